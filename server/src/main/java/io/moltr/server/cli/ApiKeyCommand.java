package io.moltr.server.cli;

import io.moltr.server.Bootstrap;
import io.moltr.server.auth.ApiKeyStore;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "apikey", mixinStandardHelpOptions = true,
    description = "Manage agent API keys (stored as SHA-256 hashes in the data directory).",
    subcommands = {ApiKeyCommand.Create.class, ApiKeyCommand.ListKeys.class, ApiKeyCommand.Revoke.class})
final class ApiKeyCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  static ApiKeyStore store(CommonOptions common) {
    var opts = common.toServerOptions();
    Bootstrap.ensureDataDir(opts.dataDir());
    return ApiKeyStore.open(opts.dataDir(), null, Clock.systemUTC());
  }

  @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a key; it is shown once.")
  static final class Create implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Parameters(paramLabel = "NAME") String name;

    @Override
    public Integer call() {
      String key = store(common).create(name);
      System.out.println(key);
      System.err.println("moltr: API key '" + name + "' created. It is shown only this once; the shield keeps its hash.");
      return MoltrCli.OK;
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List key names and creation dates.")
  static final class ListKeys implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Override
    public Integer call() {
      for (ApiKeyStore.StoredKey k : store(common).list()) {
        System.out.println(k.name() + "\t" + k.created() + "\tsha256:" + k.sha256().substring(0, 8) + "…");
      }
      return MoltrCli.OK;
    }
  }

  @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a key by name.")
  static final class Revoke implements Callable<Integer> {
    @Mixin CommonOptions common;
    @Parameters(paramLabel = "NAME") String name;

    @Override
    public Integer call() {
      if (!store(common).revoke(name)) {
        System.err.println("moltr: no key named '" + name + "'");
        return MoltrCli.ERROR;
      }
      System.out.println("revoked " + name + " (a running shield picks this up on restart)");
      return MoltrCli.OK;
    }
  }
}
