package io.moltr.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.moltr.core.audit.HashChainedLog;
import io.moltr.core.killswitch.Codephrase;
import io.moltr.core.killswitch.KillSwitch;
import io.moltr.core.killswitch.KillSwitchLevel;
import io.moltr.server.SafetyState;
import io.moltr.server.ServerOptions;
import io.moltr.server.auth.DashboardUsers;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "killswitch", mixinStandardHelpOptions = true,
    description = {"The kill switch of a running shield, through its admin API after a dashboard login.",
        "Password: env MOLTR_DASHBOARD_PASSWORD, else asked without echo on a terminal, else the first line of",
        "standard input. Codephrase (WIPE, EMERGENCY, every reset): --confirm or env MOLTR_KILLSWITCH_CODEPHRASE",
        "(preferred: arguments are visible to other local users), else asked without echo on a terminal."},
    subcommands = {KillSwitchCommand.Status.class, KillSwitchCommand.Trigger.class, KillSwitchCommand.Reset.class})
final class KillSwitchCommand implements Runnable {
  static final String PASSWORD_ENV = "MOLTR_DASHBOARD_PASSWORD";

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Where the server is and who logs in. */
  static final class Connection {
    @Option(names = "--url", paramLabel = "URL", defaultValue = "${env:MOLTR_URL:-http://127.0.0.1:8420}",
        description = "The shield's API (env MOLTR_URL, default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--user", paramLabel = "NAME",
        description = "Dashboard user (default: env MOLTR_DASHBOARD_USER, else admin).")
    String user;

    AdminClient login(Terminal t) {
      String name = user != null ? user : t.env(DashboardUsers.USER_ENV) != null ? t.env(DashboardUsers.USER_ENV) : "admin";
      String fromEnv = t.env(PASSWORD_ENV);
      char[] password = fromEnv != null ? fromEnv.toCharArray() : t.secretLine("Dashboard password for " + name + ": ", "password");
      return AdminClient.login(url, name, password);
    }
  }

  /** CONFIRM:<codephrase> from the flag, the environment or a no-echo prompt; null when none and not required. */
  static String confirmation(String given, Terminal t, boolean required) {
    String phrase = given != null ? given : t.env(SafetyState.CODEPHRASE_ENV);
    if (phrase == null && required && t.console() != null) {
      phrase = new String(t.secretLine("Kill-switch codephrase: ", "codephrase"));
    }
    if (phrase == null) {
      if (required) {
        throw new IllegalArgumentException("this needs the kill-switch codephrase: --confirm or "
            + SafetyState.CODEPHRASE_ENV);
      }
      return null;
    }
    return phrase.startsWith(Codephrase.PREFIX) ? phrase : Codephrase.PREFIX + phrase;
  }

  static KillSwitchLevel level(String text) {
    return KillSwitchLevel.parse(text).orElseThrow(() -> new IllegalArgumentException(
        "unknown level '" + text + "'; expected PAUSE, NETWORK_CUT, LOCKDOWN, WIPE or EMERGENCY"));
  }

  /** Prints the outcome of a trigger or reset; a refusal or error is an error. */
  static int result(AdminClient.Answer a, PrintWriter out) {
    if (a.status() == 429) {
      throw new IllegalStateException("rate limited by the server: " + a.error());
    }
    if (a.status() != 200) {
      throw new IllegalStateException("refused: " + a.error() + " (HTTP " + a.status() + ")");
    }
    JsonNode b = a.body();
    String level = b.path("level").isTextual() ? b.path("level").asText() : "none (inactive)";
    if (b.path("changed").asBoolean()) {
      out.println(b.path("event").asText("changed") + "; effective level now " + level);
    } else {
      out.println("unchanged: " + b.path("why").asText("") + "; effective level " + level);
    }
    out.flush();
    return MoltrCli.OK;
  }

  @Command(name = "status", mixinStandardHelpOptions = true,
      description = {"Show the active levels. Exit 0 inactive, 1 active, 2 error."})
  static final class Status implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CommonOptions common;
    @Mixin Connection connection;

    @Option(names = "--json", description = "Print the server's answer as JSON.")
    boolean json;

    @Override
    public Integer call() {
      AdminClient.Answer a = connection.login(MoltrCli.terminal(spec)).get("/killswitch/status");
      if (a.status() != 200) {
        throw new IllegalStateException("status refused: " + a.error() + " (HTTP " + a.status() + ")");
      }
      PrintWriter out = spec.commandLine().getOut();
      JsonNode s = a.body();
      if (json) {
        out.println(s.toPrettyString());
      } else if (!s.path("active").asBoolean()) {
        out.println("kill switch: inactive");
      } else {
        out.println("kill switch: " + s.path("level").asText() + " is in effect");
        for (JsonNode l : s.path("levels")) {
          out.println("  " + l.path("level").asText() + " since " + l.path("since").asText() + " by "
              + l.path("actor").asText() + ": " + l.path("reason").asText());
        }
      }
      if (!json && s.has("startup_problem")) {
        out.println("at start: " + s.path("startup_problem").asText());
      }
      if (!json && !s.path("codephrase_configured").asBoolean(true)) {
        out.println("no codephrase is configured: resets need 'moltr killswitch reset --offline' with the server stopped");
      }
      out.flush();
      return s.path("active").asBoolean() ? MoltrCli.FOUND : MoltrCli.OK;
    }
  }

  @Command(name = "trigger", mixinStandardHelpOptions = true,
      description = {"Raise a level: PAUSE, NETWORK_CUT, LOCKDOWN, WIPE or EMERGENCY (WIPE and EMERGENCY need the codephrase).",
          "LOCKDOWN and above end every dashboard session, this login's too."})
  static final class Trigger implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CommonOptions common;
    @Mixin Connection connection;
    @Parameters(paramLabel = "LEVEL") String level;

    @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why (1-500 characters; audited).")
    String reason;

    @Option(names = "--confirm", paramLabel = "CODEPHRASE", description = "The codephrase, with or without the CONFIRM: prefix.")
    String confirm;

    @Override
    public Integer call() {
      KillSwitchLevel l = level(level);
      if (reason.isBlank() || reason.length() > 500) {
        throw new IllegalArgumentException("--reason must be 1-500 characters");
      }
      Terminal t = MoltrCli.terminal(spec);
      String c = confirmation(confirm, t, l.needsConfirmation());
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("level", l.name());
      body.put("reason", reason);
      if (c != null) {
        body.put("confirm", c);
      }
      return result(connection.login(t).post("/killswitch/trigger", body), spec.commandLine().getOut());
    }
  }

  @Command(name = "reset", mixinStandardHelpOptions = true,
      description = {"Lift one level, or every level when none is named; needs the codephrase.",
          "--offline: for a stopped server, clears every level in <data-dir>/killswitch.json without a codephrase",
          "(whoever can write the data directory owns the shield anyway); audited; refused while the server runs."})
  static final class Reset implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CommonOptions common;
    @Mixin Connection connection;
    @Parameters(paramLabel = "LEVEL", arity = "0..1", description = "One level (default: all).") String level;

    @Option(names = "--confirm", paramLabel = "CODEPHRASE", description = "The codephrase, with or without the CONFIRM: prefix.")
    String confirm;

    @Option(names = "--offline", description = "Reset the state file of a stopped server directly.")
    boolean offline;

    @Override
    public Integer call() {
      if (offline) {
        return offline();
      }
      Terminal t = MoltrCli.terminal(spec);
      Map<String, Object> body = new LinkedHashMap<>();
      if (level != null) {
        body.put("level", level(level).name());
      }
      body.put("confirm", confirmation(confirm, t, true));
      return result(connection.login(t).post("/killswitch/reset", body), spec.commandLine().getOut());
    }

    private int offline() {
      if (level != null) {
        throw new IllegalArgumentException("--offline clears every level; leave out LEVEL");
      }
      ServerOptions opts = common.toServerOptions();
      if (!Files.isDirectory(opts.dataDir())) {
        throw new IllegalArgumentException("no data directory at " + opts.dataDir());
      }
      try (HashChainedLog audit = OfflineState.openAudit(opts.dataDir(), "use 'moltr killswitch reset' without --offline")) {
        KillSwitch.resetOffline(SafetyState.killSwitchFile(opts.dataDir()), audit, OfflineState.actor());
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println("kill switch reset offline: every level cleared (audited); the server starts inactive");
      out.flush();
      return MoltrCli.OK;
    }
  }
}
