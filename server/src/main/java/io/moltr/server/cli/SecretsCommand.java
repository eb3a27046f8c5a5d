package io.moltr.server.cli;

import io.moltr.core.audit.HashChainedLog;
import io.moltr.core.vault.SecretVault;
import io.moltr.server.Bootstrap;
import io.moltr.server.LocalSecrets;
import io.moltr.server.SafetyState;
import io.moltr.server.ServerOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The registered secrets the output scanner looks for. Every change is audited; while the server
 * runs it owns the audit log, so changes are refused here (before anything is written) and go
 * through its API instead: an unaudited registration is worse than an inconvenient one.
 */
@Command(name = "secrets", mixinStandardHelpOptions = true,
    description = {"Registered secrets: exact values the agent may see and the scanner must catch.",
        "Stored Fernet-encrypted in <data-dir>/secrets.json under MOLTR_FERNET_KEY (else the key in",
        "<data-dir>/local-secrets.json). add and remove are audited, so they need the server stopped;",
        "while it runs use POST /secrets and DELETE /secrets/NAME (the CLI refuses and changes nothing)."},
    subcommands = {SecretsCommand.Add.class, SecretsCommand.ListNames.class, SecretsCommand.Remove.class,
        SecretsCommand.Rotate.class})
final class SecretsCommand implements Runnable {
  /** The vault's own bound on one value. */
  static final int MAX_VALUE_BYTES = 64 * 1024;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static SecretVault vault(ServerOptions opts, LocalSecrets secrets) {
    String key = secrets.get(LocalSecrets.FERNET_KEY);
    if (key == null) {
      throw new IllegalStateException("no vault key: set " + LocalSecrets.FERNET_KEY);
    }
    return SecretVault.open(SafetyState.vaultFile(opts.dataDir()), key);
  }

  @Command(name = "add", mixinStandardHelpOptions = true,
      description = {"Register (or replace) a secret. The value is read from standard input (all of it, without one",
          "trailing line break), or asked twice without echo on a terminal; never from the command line; never printed."})
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CommonOptions common;
    @Parameters(paramLabel = "NAME", description = "Letters, digits, '_', '.' and '-'.") String name;

    @Override
    public Integer call() {
      ServerOptions opts = common.toServerOptions();
      Terminal t = MoltrCli.terminal(spec);
      Bootstrap.ensureDataDir(opts.dataDir());
      try (HashChainedLog audit = OfflineState.openAudit(opts.dataDir(), "use POST /secrets")) {
        SecretVault vault = vault(opts, LocalSecrets.load(opts.dataDir(), t.env()));
        String value;
        if (t.console() != null) {
          char[] typed = t.newSecret("Value of secret '" + name + "': ", "value");
          value = new String(typed);
          Arrays.fill(typed, '\0');
        } else {
          value = t.allInput(MAX_VALUE_BYTES, "value");
        }
        boolean replaced = vault.names().contains(name);
        vault.put(name, value);
        audit.append("secret.registered", OfflineState.actor(), Map.of("name", name));
        PrintWriter out = spec.commandLine().getOut();
        out.println((replaced ? "replaced " : "registered ") + name);
        out.flush();
        return MoltrCli.OK;
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the names (never the values).")
  static final class ListNames implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CommonOptions common;

    @Override
    public Integer call() {
      ServerOptions opts = common.toServerOptions();
      PrintWriter out = spec.commandLine().getOut();
      if (!Files.exists(SafetyState.vaultFile(opts.dataDir()))) {
        out.flush();
        return MoltrCli.OK; // nothing registered yet; do not create keys just to list nothing
      }
      for (String n : vault(opts, LocalSecrets.read(opts.dataDir(), MoltrCli.terminal(spec).env())).names()) {
        out.println(n);
      }
      out.flush();
      return MoltrCli.OK;
    }
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a secret by name; audited.")
  static final class Remove implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CommonOptions common;
    @Parameters(paramLabel = "NAME") String name;

    @Override
    public Integer call() {
      ServerOptions opts = common.toServerOptions();
      if (!Files.exists(SafetyState.vaultFile(opts.dataDir()))) {
        throw new IllegalArgumentException("no registered secret named '" + name + "'");
      }
      try (HashChainedLog audit = OfflineState.openAudit(opts.dataDir(), "use DELETE /secrets/" + name)) {
        SecretVault vault = vault(opts, LocalSecrets.read(opts.dataDir(), MoltrCli.terminal(spec).env()));
        if (!vault.remove(name)) {
          throw new IllegalArgumentException("no registered secret named '" + name + "'");
        }
        audit.append("secret.deleted", OfflineState.actor(), Map.of("name", name));
        PrintWriter out = spec.commandLine().getOut();
        out.println("removed " + name);
        out.flush();
        return MoltrCli.OK;
      }
    }
  }

  /**
   * Key rotation's middle step: with MOLTR_FERNET_KEY=new,old every token is decrypted with
   * whichever key fits and re-encrypted with the first, so the old key can then be dropped.
   * All or nothing: one token no key opens stops it before the file is written.
   */
  @Command(name = "rotate", mixinStandardHelpOptions = true,
      description = {"Re-encrypt every secret with the first key of MOLTR_FERNET_KEY (set it to new,old first);",
          "afterwards the old key can be removed. Audited; needs the server stopped."})
  static final class Rotate implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CommonOptions common;

    @Override
    public Integer call() {
      ServerOptions opts = common.toServerOptions();
      PrintWriter out = spec.commandLine().getOut();
      if (!Files.exists(SafetyState.vaultFile(opts.dataDir()))) {
        out.println("no secrets to re-encrypt");
        out.flush();
        return MoltrCli.OK;
      }
      try (HashChainedLog audit = OfflineState.openAudit(opts.dataDir(), "stop the server first")) {
        int n = vault(opts, LocalSecrets.read(opts.dataDir(), MoltrCli.terminal(spec).env())).rotate();
        audit.append("secret.rotated", OfflineState.actor(), Map.of("count", n));
        out.println("re-encrypted " + n + " secret(s) with the first key");
        out.flush();
        return MoltrCli.OK;
      }
    }
  }
}
