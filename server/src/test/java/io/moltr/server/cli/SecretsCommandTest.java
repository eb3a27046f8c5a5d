package io.moltr.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.audit.HashChainedLog;
import io.moltr.core.vault.SecretVault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsCommandTest {
  static final String VALUE = "Zq8x-internal-7Kp2-blue";

  @TempDir Path data;
  final String fernetKey = fernetKey();
  final Map<String, String> env = Map.of("MOLTR_FERNET_KEY", fernetKey);

  static String fernetKey() {
    byte[] k = new byte[32];
    new SecureRandom().nextBytes(k);
    return Base64.getUrlEncoder().encodeToString(k);
  }

  Cli.Result run(Map<String, String> env, String stdin, String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "secrets";
    System.arraycopy(args, 0, all, 1, args.length);
    all[all.length - 2] = "--data-dir";
    all[all.length - 1] = data.toString();
    return Cli.run(env, stdin, all);
  }

  String auditText() {
    return Cli.auditText(data);
  }

  @Test
  void addReadsTheValueFromStandardInputAndNeverShowsOrStoresItInThePlain() throws Exception {
    Cli.Result add = run(env, VALUE + "\n", "add", "db_password");
    assertThat(add.exit()).as(add.err()).isEqualTo(MoltrCli.OK);
    assertThat(add.out()).contains("registered db_password").doesNotContain(VALUE);
    assertThat(add.err()).doesNotContain(VALUE);
    String file = Files.readString(data.resolve("secrets.json"));
    assertThat(file).contains("db_password").doesNotContain(VALUE);
    // The trailing line break is not part of the value.
    assertThat(SecretVault.open(data.resolve("secrets.json"), fernetKey).get("db_password")).contains(VALUE);

    Cli.Result list = run(env, "", "list");
    assertThat(list.exit()).isEqualTo(MoltrCli.OK);
    assertThat(list.out().lines()).containsExactly("db_password");

    Cli.Result remove = run(env, "", "remove", "db_password");
    assertThat(remove.exit()).as(remove.err()).isEqualTo(MoltrCli.OK);
    assertThat(run(env, "", "list").out()).isEmpty();
    run(env, "", "remove", "db_password").isOneLineError("no registered secret named 'db_password'");

    String audit = auditText();
    assertThat(audit).contains("secret.registered").contains("secret.deleted").contains("db_password")
        .doesNotContain(VALUE);
  }

  @Test
  void aValueIsNeverTakenFromTheCommandLine() {
    Cli.Result r = run(env, "", "add", "db_password", VALUE);
    assertThat(r.exit()).isEqualTo(MoltrCli.ERROR);
    assertThat(data.resolve("secrets.json")).doesNotExist();
  }

  @Test
  void emptyInputAndBadNamesAreOneLineErrors() {
    run(env, "", "add", "db_password").isOneLineError("no value on standard input");
    run(env, VALUE, "add", "db password").isOneLineError("secret name may hold only");
  }

  @Test
  void changesAreRefusedWhileTheServerHoldsTheAuditLogButListingWorks() {
    assertThat(run(env, VALUE, "add", "api_token").exit()).isEqualTo(MoltrCli.OK);
    try (HashChainedLog running = HashChainedLog.open(data.resolve("audit"))) {
      run(env, "other-value-123", "add", "db_password").isOneLineError("the server is running: use POST /secrets");
      run(env, "", "remove", "api_token").isOneLineError("the server is running: use DELETE /secrets/api_token");
      assertThat(run(env, "", "list").out().lines()).containsExactly("api_token");
    }
  }

  @Test
  void withoutTheVariableTheKeyIsGeneratedIntoTheDataDirectoryAsTheServerWould() throws Exception {
    assertThat(run(Map.of(), "", "list").out()).isEmpty();
    assertThat(data.resolve("local-secrets.json")).doesNotExist();
    assertThat(run(Map.of(), VALUE, "add", "db_password").exit()).isEqualTo(MoltrCli.OK);
    assertThat(Files.readString(data.resolve("local-secrets.json"))).contains("MOLTR_FERNET_KEY");
    assertThat(run(Map.of(), "", "list").out().lines()).containsExactly("db_password");
  }

  @Test
  void rotateReEncryptsUnderTheFirstKeySoTheOldOneCanBeDropped() {
    assertThat(run(env, VALUE + "\n", "add", "db_password").exit()).isEqualTo(MoltrCli.OK);
    String newKey = fernetKey();
    Cli.Result rotate = run(Map.of("MOLTR_FERNET_KEY", newKey + "," + fernetKey), "", "rotate");
    assertThat(rotate.exit()).as(rotate.err()).isEqualTo(MoltrCli.OK);
    assertThat(rotate.out()).contains("re-encrypted 1 secret(s)").doesNotContain(VALUE);
    assertThat(SecretVault.open(data.resolve("secrets.json"), newKey).get("db_password")).contains(VALUE);
    assertThat(auditText()).contains("secret.rotated");
    // A key set that opens nothing changes nothing.
    String before = readVault();
    assertThat(run(Map.of("MOLTR_FERNET_KEY", fernetKey()), "", "rotate").exit()).isNotEqualTo(MoltrCli.OK);
    assertThat(readVault()).isEqualTo(before);
  }

  private String readVault() {
    try {
      return Files.readString(data.resolve("secrets.json"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
