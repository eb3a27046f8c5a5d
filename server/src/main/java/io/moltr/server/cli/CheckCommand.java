package io.moltr.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.moltr.core.Decision;
import io.moltr.core.Operation;
import io.moltr.core.RequestContext;
import io.moltr.core.Shield;
import io.moltr.core.config.ShieldConfig;
import io.moltr.core.incident.IncidentSink;
import io.moltr.server.Bootstrap;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check one agent action against the policy. Exit 0: allowed, 1: denied, 2: error.")
final class CheckCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  enum Kind { command, url, path }

  @Mixin CommonOptions common;

  @Parameters(index = "0", paramLabel = "KIND", description = "command, url or path")
  Kind kind;

  @Parameters(index = "1", paramLabel = "VALUE", description = "The command line, URL or path (quote it).")
  String value;

  @Option(names = "--operation", paramLabel = "OP", defaultValue = "read",
      description = "For paths: read, write, delete or execute (default: ${DEFAULT-VALUE}).")
  String operation;

  @Option(names = "--payload", paramLabel = "TEXT", description = "For URLs: the request body to scan.")
  String payload;

  @Option(names = "--json", description = "Print the decision as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    ShieldConfig config = Bootstrap.loadConfig(common.toServerOptions());
    Shield shield = Bootstrap.shield(config, common.toServerOptions(), IncidentSink.NONE, Clock.systemUTC());
    Decision d = switch (kind) {
      case command -> shield.checkCommand(value, RequestContext.LOCAL);
      case url -> shield.checkUrl(value, payload, RequestContext.LOCAL);
      case path -> shield.checkPath(value, Operation.parse(operation).orElseThrow(() ->
          new IllegalArgumentException("--operation must be read, write, delete or execute")), RequestContext.LOCAL);
    };
    boolean denied = !d.allowed() || Boolean.TRUE.equals(d.details().get("would_block"));
    if (json) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("allowed", d.allowed());
      out.put("reason", d.reason());
      out.put("details", d.details());
      System.out.println(JSON.writeValueAsString(out));
    } else {
      String reason = d.reason();
      System.out.println(d.allowed() && reason.startsWith("allowed") ? reason : (d.allowed() ? "allowed: " : "DENIED: ") + reason);
    }
    return denied ? MoltrCli.FOUND : MoltrCli.OK;
  }
}
