package io.moltr.server.cli;

import io.moltr.server.ShieldServer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run the shield's HTTP API (embedded default: state in the data directory, no external services).")
final class ServeCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:MOLTR_PORT:-8420}",
      description = "HTTP port (env MOLTR_PORT, default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "${env:MOLTR_BIND:-127.0.0.1}",
      description = "Address to listen on (env MOLTR_BIND, default: ${DEFAULT-VALUE}; containers use 0.0.0.0).")
  String bind;

  @Option(names = "--proxy-port", paramLabel = "PORT", defaultValue = "${env:MOLTR_PROXY_PORT:-8421}",
      description = "Egress proxy port; 0 turns the proxy off (env MOLTR_PROXY_PORT, default: ${DEFAULT-VALUE}).")
  int proxyPort;

  @Override
  public Integer call() {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port/MOLTR_PORT: " + port + " is not a port number (0-65535)");
    }
    if (proxyPort < 0 || proxyPort > 65535) {
      throw new IllegalArgumentException("--proxy-port/MOLTR_PROXY_PORT: " + proxyPort + " is not a port number (0-65535)");
    }
    ShieldServer server = ShieldServer.start(common.toServerOptions(bind, port, proxyPort), System.getenv(), System.out);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "moltr-shutdown"));
    return MoltrCli.OK;
  }
}
