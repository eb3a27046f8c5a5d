package io.moltr.server.cli;

import io.moltr.server.ServerOptions;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The flags every command that reads configuration or data accepts, with their variables. */
final class CommonOptions {
  @Option(names = "--config-dir", paramLabel = "DIR", defaultValue = "${env:MOLTR_CONFIG_DIR:-config}",
      description = "Policy files (env MOLTR_CONFIG_DIR, default: ${DEFAULT-VALUE}).")
  Path configDir;

  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:MOLTR_DATA_DIR:-data}",
      description = "State: keys, secrets, kill switch, audit log (env MOLTR_DATA_DIR, default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--log-dir", paramLabel = "DIR", defaultValue = "${env:MOLTR_LOG_DIR:-logs}",
      description = "Application and forensic logs (env MOLTR_LOG_DIR, default: ${DEFAULT-VALUE}).")
  Path logDir;

  @Option(names = "--mode", paramLabel = "MODE", defaultValue = "${env:MOLTR_MODE}",
      description = "enforce, monitor or disabled; overrides moltr.mode (env MOLTR_MODE).")
  String mode;

  ServerOptions toServerOptions(String bind, int port, int proxyPort) {
    Path work = Path.of("").toAbsolutePath();
    return new ServerOptions(abs(work, configDir), abs(work, dataDir), abs(work, logDir), work, bind, port, proxyPort, mode);
  }

  /** For commands that do not listen. */
  ServerOptions toServerOptions() {
    return toServerOptions("127.0.0.1", 0, 0);
  }

  private static Path abs(Path work, Path p) {
    return work.resolve(p).normalize();
  }
}
