package io.moltr.server.cli;

import io.moltr.core.Version;
import io.moltr.core.audit.AuditException;
import io.moltr.core.config.ConfigException;
import io.moltr.core.integrity.IntegrityException;
import io.moltr.core.vault.VaultException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `moltr` command. Exit codes: 0 ok / clean / allowed, 1 leak or denial, 2 error. */
@Command(
    name = "moltr",
    mixinStandardHelpOptions = true,
    versionProvider = MoltrCli.VersionInfo.class,
    description = "Moltr Shield: a security gateway between AI agents and the world.",
    subcommands = {
      ServeCommand.class,
      ScanCommand.class,
      CheckCommand.class,
      ApiKeyCommand.class,
      KeygenCommand.class,
      HashPasswordCommand.class,
      AuditCommand.class,
      IntegrityCommand.class,
      SecretsCommand.class,
      KillSwitchCommand.class,
      DoctorCommand.class,
      CommandLine.HelpCommand.class
    })
public final class MoltrCli implements Runnable {
  public static final int OK = 0;
  public static final int FOUND = 1;
  public static final int ERROR = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;
  private final Terminal terminal;

  MoltrCli(Terminal terminal) {
    this.terminal = terminal;
  }

  /** The environment, standard input and terminal of the command line {@code spec} belongs to. */
  static Terminal terminal(CommandLine.Model.CommandSpec spec) {
    return ((MoltrCli) spec.root().userObject()).terminal;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    int code = newCommandLine().execute(args);
    if (!(args.length > 0 && args[0].equals("serve") && code == OK)) {
      System.exit(code);
    }
  }

  /** A command line whose user errors print one clear line and exit 2, never a stack trace. */
  public static CommandLine newCommandLine() {
    return newCommandLine(Terminal.system());
  }

  static CommandLine newCommandLine(Terminal terminal) {
    CommandLine cl = new CommandLine(new MoltrCli(terminal));
    cl.setExitCodeExceptionMapper(e -> ERROR);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      String msg = e instanceof ConfigException || e instanceof IllegalArgumentException
              || e instanceof IllegalStateException || e instanceof java.io.UncheckedIOException
              || e instanceof AuditException || e instanceof VaultException || e instanceof IntegrityException
          ? e.getMessage()
          : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      commandLine.getErr().println("moltr: error: " + msg);
      return ERROR;
    });
    cl.setParameterExceptionHandler((e, args) -> {
      e.getCommandLine().getErr().println("moltr: " + e.getMessage());
      e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return ERROR;
    });
    return cl;
  }

  static final class VersionInfo implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"moltr " + Version.VALUE};
    }
  }
}
