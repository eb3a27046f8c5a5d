package io.moltr.server.cli;

import io.moltr.core.audit.HashChainedLog;
import io.moltr.core.config.ShieldConfig;
import io.moltr.core.integrity.IntegrityReport;
import io.moltr.core.integrity.IntegrityWatchdog;
import io.moltr.server.Bootstrap;
import io.moltr.server.LocalSecrets;
import io.moltr.server.SafetyState;
import io.moltr.server.ServerOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "integrity", mixinStandardHelpOptions = true,
    description = {"The integrity baseline: SHA-256 of the configuration directory, the honeypots, the application jar",
        "and watchdog.monitored_paths, signed with MOLTR_WATCHDOG_HMAC_KEY (else the key in <data-dir>/local-secrets.json).",
        "For deploy scripts; the server watches the same files. Run it from the server's working directory:",
        "relative paths (honeypots/, watchdog.monitored_paths) resolve against it, as they do for the server."},
    subcommands = {IntegrityCommand.Baseline.class, IntegrityCommand.Verify.class})
final class IntegrityCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The server's watchdog, built offline from the same configuration and data directory. */
  static IntegrityWatchdog watchdog(ServerOptions opts, LocalSecrets secrets) {
    ShieldConfig config = Bootstrap.loadConfig(opts);
    String key = secrets.get(LocalSecrets.WATCHDOG_HMAC_KEY);
    if (key == null) {
      throw new IllegalStateException("no watchdog key: set " + LocalSecrets.WATCHDOG_HMAC_KEY
          + " (the data directory " + opts.dataDir() + " holds none)");
    }
    return SafetyState.watchdog(opts, config, Bootstrap.honeypotDirectory(config, opts), key);
  }

  @Command(name = "baseline", mixinStandardHelpOptions = true,
      description = {"Hash every watched file and write the signed baseline (after a deployment); audited.",
          "Refused while the server runs (it holds the audit log): use POST /integrity/baseline then.",
          "Without MOLTR_WATCHDOG_HMAC_KEY a key is generated into <data-dir>/local-secrets.json, as the server would."})
  static final class Baseline implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CommonOptions common;

    @Override
    public Integer call() {
      ServerOptions opts = common.toServerOptions();
      Bootstrap.ensureDataDir(opts.dataDir());
      try (HashChainedLog audit = OfflineState.openAudit(opts.dataDir(), "use POST /integrity/baseline")) {
        LocalSecrets secrets = LocalSecrets.load(opts.dataDir(), MoltrCli.terminal(spec).env());
        IntegrityWatchdog watchdog = watchdog(opts, secrets);
        int files = watchdog.baseline();
        audit.append("integrity.rebaseline", OfflineState.actor(), Map.of("files", files));
        PrintWriter out = spec.commandLine().getOut();
        out.println("baselined " + files + " files into " + SafetyState.baselineFile(opts.dataDir()) + " (HMAC-signed)");
        out.flush();
        return MoltrCli.OK;
      }
    }
  }

  @Command(name = "verify", mixinStandardHelpOptions = true,
      description = {"Compare the watched files with the signed baseline; prints each modified, deleted and added file.",
          "Reading only: safe while the server runs. Exit 0 clean, 1 violation (a change or a bad signature), 2 error."})
  static final class Verify implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CommonOptions common;

    @Override
    public Integer call() {
      ServerOptions opts = common.toServerOptions();
      LocalSecrets secrets = LocalSecrets.read(opts.dataDir(), MoltrCli.terminal(spec).env());
      IntegrityWatchdog watchdog = watchdog(opts, secrets);
      if (!Files.exists(SafetyState.baselineFile(opts.dataDir()))) {
        throw new IllegalStateException("no baseline at " + SafetyState.baselineFile(opts.dataDir())
            + "; create one with 'moltr integrity baseline'");
      }
      IntegrityReport report = watchdog.verify();
      PrintWriter out = spec.commandLine().getOut();
      out.println(report.summary());
      out.flush();
      return report.violated() ? MoltrCli.FOUND : MoltrCli.OK;
    }
  }
}
