package io.moltr.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moltr.core.audit.AuditVerifier;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The safety state through the real server: an administrator logs in, raises and resets the kill
 * switch, exports the audit log, registers a secret; agents feel each change; restarts keep it.
 */
class SafetyEndToEndTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String CODEPHRASE = "correct horse battery staple";

  @TempDir Path work;
  ShieldServer server;
  final HttpClient http = HttpClient.newHttpClient();
  final ByteArrayOutputStream console = new ByteArrayOutputStream();
  String agentKey;
  String adminPassword;

  ServerOptions options(Path configDir) {
    return new ServerOptions(configDir, work.resolve("data"), work.resolve("logs"), work, "127.0.0.1", 0,
        ShieldServer.EPHEMERAL, null);
  }

  void start(Path configDir) {
    console.reset();
    server = ShieldServer.start(options(configDir), Map.of(SafetyState.CODEPHRASE_ENV, CODEPHRASE),
        new PrintStream(console, true, StandardCharsets.UTF_8), ServerEndToEndTest.FAKE_DNS);
    String out = console.toString(StandardCharsets.UTF_8);
    Matcher key = Pattern.compile("(moltr_[A-Za-z0-9]{40})").matcher(out);
    if (key.find()) {
      agentKey = key.group(1);
    }
    Matcher pw = Pattern.compile("password is shown only this once[^\\n]*\\n\\s*\\n\\s+(\\S+)").matcher(out);
    if (pw.find()) {
      adminPassword = pw.group(1);
    }
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  HttpResponse<String> call(String method, String path, String body, String header, String value) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (header != null) {
      b.header(header, value);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  String login() throws Exception {
    HttpResponse<String> r = call("POST", "/auth/login", "{\"username\":\"admin\",\"password\":\"" + adminPassword + "\"}", null, null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body()).get("access_token").asText();
  }

  boolean allowed(String path, String body) throws Exception {
    HttpResponse<String> r = call("POST", path, body, "X-API-Key", agentKey);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body()).get("allowed").asBoolean();
  }

  @Test
  void killSwitchLifecycleThroughTheApi() throws Exception {
    start(ServerEndToEndTest.SHIPPED_CONFIG);
    assertThat(adminPassword).as("first start prints the admin password").isNotNull();
    String bearer = "Bearer " + login();

    // Agents can never touch the kill switch.
    assertThat(call("POST", "/killswitch/trigger", "{\"level\":\"PAUSE\",\"reason\":\"x\"}", "X-API-Key", agentKey).statusCode()).isEqualTo(401);
    assertThat(call("GET", "/killswitch/status", null, null, null).statusCode()).isEqualTo(401);

    assertThat(allowed("/check/command", "{\"command\":\"git status\"}")).isTrue();
    HttpResponse<String> t = call("POST", "/killswitch/trigger", "{\"level\":\"PAUSE\",\"reason\":\"maintenance\"}", "Authorization", bearer);
    assertThat(t.statusCode()).as(t.body()).isEqualTo(200);
    assertThat(allowed("/check/command", "{\"command\":\"git status\"}")).isFalse();
    JsonNode status = JSON.readTree(call("GET", "/killswitch/status", null, "Authorization", bearer).body());
    assertThat(status.get("level").asText()).isEqualTo("PAUSE");
    assertThat(status.get("reason").asText()).isEqualTo("maintenance");

    // WIPE needs the codephrase; a wrong one is refused and audited.
    HttpResponse<String> wipe = call("POST", "/killswitch/trigger",
        "{\"level\":\"WIPE\",\"reason\":\"x\",\"confirm\":\"CONFIRM:wrong\"}", "Authorization", bearer);
    assertThat(wipe.statusCode()).isEqualTo(403);

    // LOCKDOWN ends every dashboard session at once.
    call("POST", "/killswitch/trigger", "{\"level\":\"LOCKDOWN\",\"reason\":\"drill\"}", "Authorization", bearer);
    assertThat(call("GET", "/killswitch/status", null, "Authorization", bearer).statusCode()).isEqualTo(401);
    bearer = "Bearer " + login();

    // A restart never lifts a lockdown.
    server.close();
    start(ServerEndToEndTest.SHIPPED_CONFIG);
    assertThat(console.toString(StandardCharsets.UTF_8)).contains("kill switch is active at LOCKDOWN");
    assertThat(allowed("/scan/output", "{\"text\":\"hello\"}")).isFalse();
    bearer = "Bearer " + login();

    HttpResponse<String> badReset = call("POST", "/killswitch/reset", "{\"confirm\":\"CONFIRM:nope\"}", "Authorization", bearer);
    assertThat(badReset.statusCode()).isEqualTo(403);
    HttpResponse<String> reset = call("POST", "/killswitch/reset", "{\"confirm\":\"CONFIRM:" + CODEPHRASE + "\"}", "Authorization", bearer);
    assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
    assertThat(allowed("/check/command", "{\"command\":\"git status\"}")).isTrue();

    // The audit export carries its checksum and verifies as an intact chain.
    HttpResponse<byte[]> export = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/killswitch/audit"))
        .header("Authorization", bearer).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(export.statusCode()).isEqualTo(200);
    String sum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(export.body()));
    assertThat(export.headers().firstValue("X-Checksum-SHA256")).contains(sum);
    String audit = new String(export.body(), StandardCharsets.UTF_8);
    assertThat(audit).contains("PAUSE").contains("LOCKDOWN").contains("maintenance").doesNotContain(CODEPHRASE);
    assertThat(AuditVerifier.verify(work.resolve("data/audit")).intact()).isTrue();

    // Trigger limit: 3 per minute.
    int last = 0;
    for (int i = 0; i < 4; i++) {
      last = call("POST", "/killswitch/trigger", "{\"level\":\"PAUSE\",\"reason\":\"r" + i + "\"}", "Authorization", bearer).statusCode();
    }
    assertThat(last).isEqualTo(429);
  }

  @Test
  void metricsNeedAnAdministratorAndCountDecisions() throws Exception {
    start(ServerEndToEndTest.SHIPPED_CONFIG);
    allowed("/check/command", "{\"command\":\"git status\"}");
    allowed("/check/command", "{\"command\":\"rm -rf /\"}");
    assertThat(call("GET", "/metrics", null, "X-API-Key", agentKey).statusCode()).isEqualTo(401);
    HttpResponse<String> m = call("GET", "/metrics", null, "Authorization", "Bearer " + login());
    assertThat(m.statusCode()).isEqualTo(200);
    assertThat(m.body())
        .contains("moltr_decisions_total{check=\"command\",outcome=\"allowed\"} 1.0")
        .contains("moltr_decisions_total{check=\"command\",outcome=\"denied\"} 1.0")
        .contains("moltr_incidents_total{severity=\"high\",type=\"command\"} 1.0")
        .contains("moltr_killswitch_level 0.0")
        .contains("moltr_alerts_dropped_total 0.0")
        .contains("moltr_proxy_bytes_up_total")
        .contains("moltr_watchdog_runs_total")
        .contains("moltr_watchdog_violations_total 0.0");
  }

  @Test
  void registeredSecretsAreCaughtAndNeverEchoed() throws Exception {
    start(ServerEndToEndTest.SHIPPED_CONFIG);
    String bearer = "Bearer " + login();
    String value = "Zq8x-internal-7Kp2-blue";
    HttpResponse<String> put = call("POST", "/secrets", "{\"name\":\"db_password\",\"value\":\"" + value + "\"}", "Authorization", bearer);
    assertThat(put.statusCode()).isEqualTo(201);
    assertThat(put.body()).doesNotContain(value);
    assertThat(Files.readString(work.resolve("data/secrets.json"))).doesNotContain(value).contains("db_password");
    assertThat(allowed("/scan/output", "{\"text\":\"note: " + value + " ok\"}")).isFalse();
    String b64 = java.util.Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    assertThat(allowed("/scan/output", "{\"text\":\"encoded: " + b64 + "\"}")).isFalse();
    assertThat(call("GET", "/secrets", null, "Authorization", bearer).body()).contains("db_password").doesNotContain(value);
    assertThat(call("DELETE", "/secrets/db_password", null, "Authorization", bearer).statusCode()).isEqualTo(200);
    assertThat(allowed("/scan/output", "{\"text\":\"note: " + value + " ok\"}")).isTrue();
  }

  @Test
  void honeypotAccessRaisesTheKillSwitchWhenConfigured() throws Exception {
    Path conf = work.resolve("conf");
    ServerEndToEndTest.copyTree(ServerEndToEndTest.SHIPPED_CONFIG, conf);
    Path defaults = conf.resolve("default.yaml");
    Files.writeString(defaults, Files.readString(defaults).replace("honeypot_access: none", "honeypot_access: LOCKDOWN"));
    start(conf);
    assertThat(allowed("/check/command", "{\"command\":\"git status\"}")).isTrue();
    assertThat(allowed("/check/path", "{\"path\":\"honeypots/wallet_seed.txt\"}")).isFalse();
    assertThat(allowed("/check/command", "{\"command\":\"git status\"}")).isFalse();
    String forensic = Files.readString(work.resolve("logs/moltr-forensic.jsonl"));
    assertThat(forensic).contains("path.honeypot").contains("\"severity\":\"critical\"");
  }

  @Test
  void configurationReloadSwapsAtomicallyAndKeepsTheLastValidOnError() throws Exception {
    Path conf = work.resolve("conf");
    ServerEndToEndTest.copyTree(ServerEndToEndTest.SHIPPED_CONFIG, conf);
    start(conf);
    String bearer = "Bearer " + login();
    assertThat(allowed("/check/command", "{\"command\":\"rm -rf build\"}")).isFalse();
    Path defaults = conf.resolve("default.yaml");
    Files.writeString(defaults, Files.readString(defaults).replace("mode: enforce", "mode: monitor"));
    Path commands = conf.resolve("allowlists/commands.yaml");
    String original = Files.readString(commands);

    // A valid change: monitor mode from now on.
    HttpResponse<String> ok = call("POST", "/config/reload", null, "Authorization", bearer);
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    assertThat(JSON.readTree(ok.body()).get("mode").asText()).isEqualTo("monitor");
    assertThat(allowed("/check/command", "{\"command\":\"rm -rf build\"}")).isTrue();

    // A broken file: refused with the reason, the last valid policy stays.
    Files.writeString(commands, original.replace("max_commands_per_minute: 300", "max_commands_per_minute: lots"));
    HttpResponse<String> bad = call("POST", "/config/reload", null, "Authorization", bearer);
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(bad.body()).get("error").asText()).contains("commands.yaml").contains("lots");
    assertThat(allowed("/check/command", "{\"command\":\"rm -rf build\"}")).isTrue();
    assertThat(allowed("/check/command", "{\"command\":\"git status\"}")).isTrue();
    String audit = String.join("\n", Files.readAllLines(Files.list(work.resolve("data/audit"))
        .filter(p -> p.toString().endsWith(".jsonl")).findFirst().orElseThrow()));
    assertThat(audit).contains("config.reloaded").contains("config.reload_refused");
    assertThat(call("POST", "/config/reload", null, "X-API-Key", agentKey).statusCode()).isEqualTo(401);
  }

  @Test
  void tamperingWithTheConfigurationIsAnIntegrityViolation() throws Exception {
    Path conf = work.resolve("conf");
    ServerEndToEndTest.copyTree(ServerEndToEndTest.SHIPPED_CONFIG, conf);
    start(conf);
    assertThat(console.toString(StandardCharsets.UTF_8)).contains("integrity baseline created");
    server.close();
    Files.writeString(conf.resolve("allowlists/domains.yaml"), "# edited behind the shield's back\n", java.nio.file.StandardOpenOption.APPEND);
    start(conf);
    assertThat(console.toString(StandardCharsets.UTF_8)).contains("INTEGRITY VIOLATION");
    assertThat(allowed("/check/command", "{\"command\":\"git status\"}")).isFalse();
  }
}
