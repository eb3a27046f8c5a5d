package io.moltr.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.audit.HashChainedLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegrityCommandTest {
  static final Map<String, String> KEY = Map.of("MOLTR_WATCHDOG_HMAC_KEY", "k7-integrity-test-key-0123456789");

  @TempDir Path work;
  Path conf;
  Path data;

  @BeforeEach
  void copyConfig() {
    conf = work.resolve("conf");
    data = work.resolve("data");
    Cli.copyTree(Cli.SHIPPED_CONFIG, conf);
  }

  Cli.Result run(Map<String, String> env, String sub) {
    return Cli.run(env, "", "integrity", sub, "--config-dir", conf.toString(), "--data-dir", data.toString());
  }

  @Test
  void baselineThenVerifyNamesEachChangedFileAndItsKind() throws Exception {
    Files.writeString(conf.resolve("notes.txt"), "deployed by ops\n");
    Cli.Result b = run(KEY, "baseline");
    assertThat(b.exit()).as(b.err()).isEqualTo(MoltrCli.OK);
    assertThat(b.out()).matches("(?s)baselined \\d+ files into .*baseline\\.json \\(HMAC-signed\\)\\s*");
    assertThat(Cli.auditText(data))
        .contains("integrity.rebaseline").contains("cli:");

    Cli.Result clean = run(KEY, "verify");
    assertThat(clean.exit()).as(clean.out() + clean.err()).isEqualTo(MoltrCli.OK);
    assertThat(clean.out()).startsWith("OK: ");

    Files.writeString(conf.resolve("allowlists/domains.yaml"), "# edited\n", StandardOpenOption.APPEND);
    Files.writeString(conf.resolve("extra.yaml"), "x: 1\n");
    Files.delete(conf.resolve("notes.txt"));
    Cli.Result v = run(KEY, "verify");
    assertThat(v.exit()).isEqualTo(MoltrCli.FOUND);
    assertThat(v.out()).startsWith("VIOLATION")
        .contains("MODIFIED config/allowlists/domains.yaml")
        .contains("ADDED config/extra.yaml")
        .contains("DELETED config/notes.txt")
        .doesNotContain("# edited");
  }

  @Test
  void anotherKeyFailsTheSignature() {
    assertThat(run(KEY, "baseline").exit()).isEqualTo(MoltrCli.OK);
    Cli.Result v = run(Map.of("MOLTR_WATCHDOG_HMAC_KEY", "another-key-of-enough-length-42"), "verify");
    assertThat(v.exit()).isEqualTo(MoltrCli.FOUND);
    assertThat(v.out()).contains("signature does not match");
  }

  @Test
  void withoutTheVariableTheKeyInTheDataDirectoryIsUsedAsTheServerWould() throws Exception {
    assertThat(run(Map.of(), "baseline").exit()).isEqualTo(MoltrCli.OK);
    assertThat(Files.readString(data.resolve("local-secrets.json"))).contains("MOLTR_WATCHDOG_HMAC_KEY");
    assertThat(run(Map.of(), "verify").exit()).isEqualTo(MoltrCli.OK);
  }

  @Test
  void verifyWithoutBaselineOrKeyIsAnError() {
    run(Map.of(), "verify").isOneLineError("no watchdog key: set MOLTR_WATCHDOG_HMAC_KEY");
    run(KEY, "verify").isOneLineError("no baseline at");
    assertThat(data.resolve("local-secrets.json")).doesNotExist();
  }

  @Test
  void baselineIsRefusedWhileTheServerHoldsTheAuditLog() {
    try (HashChainedLog running = HashChainedLog.open(data.resolve("audit"))) {
      run(KEY, "baseline").isOneLineError("the server is running: use POST /integrity/baseline");
    }
    assertThat(data.resolve("integrity/baseline.json")).doesNotExist();
  }

  @Test
  void aBrokenConfigurationIsAOneLineError() throws Exception {
    Files.writeString(conf.resolve("default.yaml"), "moltr: [unclosed\n");
    run(KEY, "baseline").isOneLineError("default.yaml");
  }
}
