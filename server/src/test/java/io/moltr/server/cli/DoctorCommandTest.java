package io.moltr.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.audit.HashChainedLog;
import at.favre.lib.crypto.bcrypt.BCrypt;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorCommandTest {
  @TempDir Path work;

  Path data() {
    return work.resolve("data");
  }

  Cli.Result doctor(Map<String, String> env, String... extra) {
    String[] args = Stream.concat(Stream.of("doctor", "--config-dir", Cli.SHIPPED_CONFIG.toString(),
        "--data-dir", data().toString()), Stream.of(extra)).toArray(String[]::new);
    return Cli.run(env, "", args);
  }

  /** The installation the embedded default leaves: generated keys, an audit log, a baseline, a secret. */
  void installed() {
    Path conf = Cli.SHIPPED_CONFIG;
    assertThat(Cli.run(Map.of(), "", "integrity", "baseline", "--config-dir", conf.toString(), "--data-dir",
        data().toString()).exit()).isEqualTo(MoltrCli.OK);
    assertThat(Cli.run(Map.of(), "value-of-a-secret-1", "secrets", "add", "db_password", "--data-dir",
        data().toString()).exit()).isEqualTo(MoltrCli.OK);
  }

  static String line(Cli.Result r, String check) {
    return r.out().lines().filter(l -> l.substring(6).startsWith(check + " ")).findFirst()
        .orElseThrow(() -> new AssertionError("no line for " + check + " in\n" + r.out()));
  }

  @Test
  void theSafetyCommandsAreCommandsOfMoltrWithUsageWithoutASubcommand() {
    assertThat(MoltrCli.newCommandLine().getSubcommands())
        .containsKeys("audit", "integrity", "secrets", "killswitch", "doctor");
    Cli.Result r = Cli.run(Map.of(), "", "secrets");
    assertThat(r.exit()).isEqualTo(MoltrCli.OK);
    assertThat(r.out()).contains("add").contains("list").contains("remove").contains("POST /secrets");
  }

  @Test
  void aFreshInstallationHasShortcutsButNoFailureAndIsNotTouched() {
    Cli.Result r = doctor(Map.of());
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(MoltrCli.OK);
    assertThat(line(r, "secret")).startsWith("WARN").contains("MOLTR_JWT_SECRET is not set");
    assertThat(line(r, "mode")).startsWith("OK").contains("enforce");
    assertThat(line(r, "data-dir")).startsWith("WARN").contains("does not exist yet");
    assertThat(r.out()).contains("0 FAIL");
    assertThat(data()).doesNotExist();
  }

  @Test
  void generatedSecretsAreReportedAsShortcutsAndTheStateAsHealthy() {
    installed();
    Cli.Result r = doctor(Map.of());
    assertThat(r.exit()).as(r.out()).isEqualTo(MoltrCli.OK);
    assertThat(r.out()).contains("WARN  secret           MOLTR_JWT_SECRET comes from " + data().resolve("local-secrets.json"))
        .contains("MOLTR_FERNET_KEY comes from").contains("MOLTR_WATCHDOG_HMAC_KEY comes from");
    assertThat(line(r, "jwt-secret")).startsWith("OK").contains("86 characters");
    assertThat(line(r, "data-dir")).startsWith("OK").contains("0700");
    assertThat(line(r, "secret-files")).startsWith("OK");
    assertThat(line(r, "integrity")).startsWith("OK").contains("files match");
    assertThat(line(r, "audit")).startsWith("OK").contains("2 entries");
    assertThat(line(r, "killswitch")).startsWith("OK");
    assertThat(line(r, "bind")).startsWith("OK");
    assertThat(line(r, "codephrase")).startsWith("WARN");
  }

  @Test
  void everySecretFromTheEnvironmentIsOk() {
    Map<String, String> env = new HashMap<>();
    env.put("MOLTR_JWT_SECRET", "j".repeat(64));
    env.put("MOLTR_FERNET_KEY", SecretsCommandTest.fernetKey());
    env.put("MOLTR_WATCHDOG_HMAC_KEY", "w".repeat(32));
    env.put("MOLTR_KILLSWITCH_CODEPHRASE", "a long enough codephrase");
    Cli.Result r = doctor(env);
    assertThat(r.out().lines().filter(l -> l.contains(" secret ") || l.contains("codephrase")))
        .hasSize(4).allMatch(l -> l.startsWith("OK"));
  }

  @Test
  void risksAreFailures() throws Exception {
    installed();
    Files.setPosixFilePermissions(data(), PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(data().resolve("local-secrets.json"), PosixFilePermissions.fromString("rw-r--r--"));
    Path audit;
    try (HashChainedLog log = HashChainedLog.open(data().resolve("audit"))) {
      audit = log.files().get(0);
    }
    List<String> lines = Files.readAllLines(audit);
    lines.set(0, lines.get(0).replace("cli:", "cli:x"));
    Files.write(audit, lines);
    Files.writeString(work.resolve("data/killswitch.json"), "{not json");

    Cli.Result r = doctor(Map.of("MOLTR_JWT_SECRET", "short"), "--mode", "disabled", "--bind", "0.0.0.0");
    assertThat(r.exit()).isEqualTo(MoltrCli.FOUND);
    assertThat(line(r, "data-dir")).startsWith("FAIL").contains("0755");
    assertThat(line(r, "secret-files")).startsWith("FAIL").contains("local-secrets.json 0644");
    assertThat(line(r, "jwt-secret")).startsWith("FAIL").contains("5 characters");
    assertThat(line(r, "mode")).startsWith("FAIL");
    assertThat(line(r, "audit")).startsWith("FAIL");
    assertThat(line(r, "killswitch")).startsWith("FAIL").contains("LOCKDOWN");
    assertThat(line(r, "bind")).startsWith("WARN").contains("MOLTR_TRUSTED_PROXY");
    assertThat(r.out()).doesNotContain("short");
    assertThat(Files.readString(work.resolve("data/killswitch.json"))).as("the doctor changes nothing").isEqualTo("{not json");
  }

  @Test
  void integrityChangesActiveLevelsAndRelaxedSettingsAreReported() throws Exception {
    installed();
    Files.writeString(data().resolve("killswitch.json"),
        "{\"version\":1,\"active\":[{\"level\":\"PAUSE\",\"reason\":\"maintenance\",\"actor\":\"a\",\"at\":\"2026-01-01T00:00:00Z\"}],\"history\":[]}");
    Path conf = work.resolve("conf");
    Cli.copyTree(Cli.SHIPPED_CONFIG, conf);
    Path defaults = conf.resolve("default.yaml");
    Files.writeString(defaults, Files.readString(defaults)
        .replace("dns_check: true", "dns_check: false").replace("require_auth: true", "require_auth: false"));
    Cli.Result r = Cli.run(Map.of("MOLTR_TRUSTED_PROXY", "10.0.0.1"), "", "doctor", "--config-dir", conf.toString(),
        "--data-dir", data().toString(), "--mode", "monitor", "--bind", "0.0.0.0");
    assertThat(line(r, "killswitch")).startsWith("WARN").contains("PAUSE (maintenance)");
    assertThat(line(r, "dns_check")).startsWith("WARN");
    assertThat(line(r, "proxy-auth")).startsWith("WARN");
    assertThat(line(r, "mode")).startsWith("WARN").contains("monitor");
    assertThat(line(r, "bind")).startsWith("OK").contains("trusted proxy");
    // The baseline was made over the shipped configuration directory, not this copy.
    assertThat(line(r, "integrity")).startsWith("FAIL");
    assertThat(r.exit()).isEqualTo(MoltrCli.FOUND);

    assertThat(line(doctor(Map.of()), "integrity")).startsWith("OK");
  }

  @Test
  void theShippedInstallationPassesTheNewChecks() {
    installed();
    Cli.Result r = doctor(Map.of());
    assertThat(line(r, "password-cost")).startsWith("OK");
    assertThat(line(r, "api-key-age")).startsWith("OK");
    assertThat(line(r, "retention")).startsWith("OK").contains("7 days");
    assertThat(line(r, "config-secrets")).startsWith("OK").contains("scan_patterns.yaml skipped");
    assertThat(line(r, "redis")).startsWith("OK").contains("not configured");
    // The shipped configuration enables no channel.
    assertThat(line(r, "alerts")).startsWith("WARN").contains("no alert channel");
  }

  @Test
  void apiKeysOlderThanNinetyDaysAreAWarning() throws Exception {
    Files.createDirectories(data());
    Instant now = Instant.now();
    Files.writeString(data().resolve("api_keys.json"), "[{\"name\":\"fresh\",\"sha256\":\"" + "a".repeat(64)
        + "\",\"created\":\"" + now.minus(Duration.ofDays(10)) + "\"},{\"name\":\"stale\",\"sha256\":\""
        + "b".repeat(64) + "\",\"created\":\"" + now.minus(Duration.ofDays(91)) + "\"}]");
    Cli.Result r = doctor(Map.of());
    assertThat(line(r, "api-key-age")).startsWith("WARN").contains("stale (91 days)").doesNotContain("fresh");
    assertThat(r.out()).doesNotContain("a".repeat(64));
    assertThat(DoctorCommand.apiKeyAge(data(), now.minus(Duration.ofDays(2))).level()).isEqualTo(DoctorCommand.Level.OK);
  }

  @Test
  void aPasswordHashBelowCostTwelveIsAFailure() throws Exception {
    String weak = BCrypt.withDefaults().hashToString(10, "a password".toCharArray());
    Cli.Result r = doctor(Map.of("MOLTR_DASHBOARD_USER", "ops", "MOLTR_DASHBOARD_PASSWORD_HASH", weak));
    assertThat(r.exit()).isEqualTo(MoltrCli.FOUND);
    assertThat(line(r, "password-cost")).startsWith("FAIL").contains("cost 10");
    assertThat(r.out()).doesNotContain(weak);

    Files.createDirectories(data());
    Files.writeString(data().resolve("dashboard_users.json"), "[{\"username\":\"old\",\"password_hash\":\""
        + weak.replace("$2a$", "$2y$") + "\",\"created\":\"2026-01-01T00:00:00Z\"}]");
    assertThat(line(doctor(Map.of()), "password-cost")).startsWith("FAIL").contains("old (cost 10)");

    String strong = BCrypt.withDefaults().hashToString(12, "a password".toCharArray());
    assertThat(line(doctor(Map.of("MOLTR_DASHBOARD_USER", "ops", "MOLTR_DASHBOARD_PASSWORD_HASH", strong)),
        "password-cost")).startsWith("OK");
  }

  @Test
  void anEnabledChannelAndAMissingOrInvalidRetentionAreReported() throws Exception {
    Path conf = work.resolve("conf");
    Cli.copyTree(Cli.SHIPPED_CONFIG, conf);
    Path defaults = conf.resolve("default.yaml");
    String shipped = Files.readString(defaults);
    Files.writeString(defaults, shipped.replaceFirst("(slack:[^\n]*\n\s+enabled: )false", "$1true")
        .replace("  logs_days: 7\n", ""));
    Cli.Result r = Cli.run(Map.of(), "", "doctor", "--config-dir", conf.toString(), "--data-dir", data().toString());
    assertThat(line(r, "alerts")).startsWith("OK").contains("slack");
    assertThat(line(r, "retention")).startsWith("WARN").contains("default of 7 days");

    Files.writeString(defaults, shipped.replace("logs_days: 7", "logs_days: 0"));
    r = Cli.run(Map.of(), "", "doctor", "--config-dir", conf.toString(), "--data-dir", data().toString());
    assertThat(line(r, "retention")).startsWith("FAIL").contains("logs_days");
    assertThat(r.exit()).isEqualTo(MoltrCli.FOUND);
  }

  @Test
  void aSecretInTheConfigurationDirectoryIsAFailureWithoutBeingShown() throws Exception {
    Path conf = work.resolve("conf");
    Cli.copyTree(Cli.SHIPPED_CONFIG, conf);
    // Made at run time so that no secret-shaped literal sits in the repository.
    String secret = randomToken(40);
    Files.writeString(conf.resolve("notes.txt"), "aws_secret_access_key = " + secret + "\n");
    Cli.Result r = Cli.run(Map.of(), "", "doctor", "--config-dir", conf.toString(), "--data-dir", data().toString());
    assertThat(line(r, "config-secrets")).startsWith("FAIL").contains("notes.txt").contains("aws");
    assertThat(r.out()).doesNotContain(secret).doesNotContain(secret.substring(0, 4) + "\u2026");
    assertThat(r.exit()).isEqualTo(MoltrCli.FOUND);
  }

  @Test
  void redisIsCheckedByAConnectionAndItsUrlIsNeverShown() throws Exception {
    try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Cli.Result r = doctor(Map.of("MOLTR_REDIS_URL", "redis://:hunter2secret@127.0.0.1:" + listening.getLocalPort() + "/0"));
      // Something listens, but it is not Redis: no PING answer.
      assertThat(line(r, "redis")).startsWith("FAIL").contains("did not answer PING");
      assertThat(r.out()).doesNotContain("hunter2secret");
    }
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    Cli.Result down = doctor(Map.of("MOLTR_REDIS_URL", "rediss://127.0.0.1:" + closed));
    assertThat(line(down, "redis")).startsWith("FAIL").contains("not reachable");
    assertThat(down.exit()).isEqualTo(MoltrCli.FOUND);
    assertThat(line(doctor(Map.of("MOLTR_REDIS_URL", "http://127.0.0.1:6379")), "redis")).startsWith("FAIL")
        .contains("not a redis");
  }

  @Test
  void aRealRedisAnswersAndClusterModeNeedsTheSharedJwtSecret(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    try (io.moltr.server.cluster.RedisProcess redis = io.moltr.server.cluster.RedisProcess.start(dir)) {
      assertThat(line(doctor(Map.of("MOLTR_REDIS_URL", redis.url())), "redis")).startsWith("FAIL")
          .contains("MOLTR_JWT_SECRET");
      assertThat(line(doctor(Map.of("MOLTR_REDIS_URL", redis.url(), "MOLTR_JWT_SECRET", "s".repeat(64))), "redis"))
          .startsWith("OK").contains("answers PING").contains("prefix moltr:");
    }
  }

  private static String randomToken(int n) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    SecureRandom random = new SecureRandom();
    StringBuilder sb = new StringBuilder();
    while (sb.length() < n) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
