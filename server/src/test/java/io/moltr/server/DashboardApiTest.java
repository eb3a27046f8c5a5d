package io.moltr.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin routes behind the dashboard, through the real server. */
class DashboardApiTest {
  static final String SECRET = "ghp_" + "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW11ySowm";

  @TempDir Path work;
  RunningShield shield;
  String bearer;

  @BeforeEach
  void start() throws Exception {
    shield = RunningShield.start(work, UnaryOperator.identity());
    bearer = shield.login();
  }

  @AfterEach
  void stop() {
    shield.close();
  }

  void agent(String path, String body) throws Exception {
    assertThat(shield.call("POST", path, body, "X-API-Key", shield.agentKey).statusCode()).isEqualTo(200);
  }

  @Test
  void everyDashboardRouteIsAdminOnly() throws Exception {
    for (String path : new String[] {"/admin/overview", "/admin/incidents", "/admin/apikeys", "/admin/events"}) {
      assertThat(shield.call("GET", path, null).statusCode()).as(path).isEqualTo(401);
      assertThat(shield.call("GET", path, null, "X-API-Key", shield.agentKey).statusCode()).as(path).isEqualTo(401);
    }
    assertThat(shield.call("POST", "/admin/apikeys", "{\"name\":\"x\"}", "X-API-Key", shield.agentKey).statusCode()).isEqualTo(401);
  }

  @Test
  void overviewHasStatusKillSwitchAndDecisionCounters() throws Exception {
    agent("/check/command", "{\"command\":\"ls -la\"}");
    agent("/check/command", "{\"command\":\"rm -rf /\"}");
    agent("/scan/output", "{\"text\":\"hello\"}");
    JsonNode o = shield.admin("GET", "/admin/overview", null, bearer);
    assertThat(o.get("mode").asText()).isEqualTo("enforce");
    assertThat(o.get("modules").has("output_scanner")).isTrue();
    assertThat(o.get("killswitch").get("active").asBoolean()).isFalse();
    assertThat(o.get("killswitch").get("codephrase_configured").asBoolean()).isTrue();
    assertThat(o.has("integrity")).isTrue();
    assertThat(o.at("/decisions/command/allowed").asInt()).isEqualTo(1);
    assertThat(o.at("/decisions/command/denied").asInt()).isEqualTo(1);
    assertThat(o.at("/decisions/scan/allowed").asInt()).isEqualTo(1);
  }

  @Test
  void incidentsAreListedNewestFirstFilteredAndRedacted() throws Exception {
    agent("/check/command", "{\"command\":\"rm -rf /\"}");
    agent("/scan/output", "{\"text\":\"token " + SECRET + "\"}");
    shield.call("GET", "/.env", null);

    JsonNode all = shield.admin("GET", "/admin/incidents", null, bearer).get("incidents");
    assertThat(all).hasSize(3);
    assertThat(all.get(0).get("type").asText()).isEqualTo("honeypot");
    assertThat(all.toString()).doesNotContain(SECRET).doesNotContain("input_sha256");

    JsonNode honeypots = shield.admin("GET", "/admin/incidents?type=honeypot", null, bearer).get("incidents");
    assertThat(honeypots).hasSize(1);
    assertThat(shield.admin("GET", "/admin/incidents?severity=critical", null, bearer).get("incidents")).hasSizeGreaterThanOrEqualTo(1);
    assertThat(shield.admin("GET", "/admin/incidents?limit=1", null, bearer).get("incidents")).hasSize(1);
    assertThat(shield.call("GET", "/admin/incidents?limit=0", null, "Authorization", bearer).statusCode()).isEqualTo(400);
    assertThat(shield.call("GET", "/admin/incidents?severity=bad", null, "Authorization", bearer).statusCode()).isEqualTo(400);

    String leakId = null;
    for (JsonNode i : all) {
      if (i.get("type").asText().equals("scan")) {
        leakId = i.get("incident_id").asText();
      }
    }
    assertThat(leakId).isNotNull();
    JsonNode detail = shield.admin("GET", "/admin/incidents/" + leakId, null, bearer);
    assertThat(detail.get("preview").asText()).contains("[REDACTED");
    assertThat(detail.get("input_sha256").asText()).hasSize(64);
    assertThat(detail.toString()).doesNotContain(SECRET);
    assertThat(shield.call("GET", "/admin/incidents/00000000-0000-0000-0000-000000000000", null, "Authorization", bearer)
        .statusCode()).isEqualTo(404);
  }

  @Test
  void apiKeysAreCreatedShownOnceListedAndRevoked() throws Exception {
    JsonNode created = shield.admin("POST", "/admin/apikeys", "{\"name\":\"ci-runner\"}", bearer);
    String key = created.get("key").asText();
    assertThat(key).matches("moltr_[A-Za-z0-9]{40}");
    agent("/check/command", "{\"command\":\"ls\"}");
    assertThat(shield.call("POST", "/check/command", "{\"command\":\"ls\"}", "X-API-Key", key).statusCode()).isEqualTo(200);

    JsonNode list = shield.admin("GET", "/admin/apikeys", null, bearer).get("keys");
    assertThat(list.findValuesAsText("name")).contains("default", "ci-runner");
    assertThat(list.toString()).doesNotContain(key).doesNotContain("sha256");

    assertThat(shield.call("POST", "/admin/apikeys", "{\"name\":\"ci-runner\"}", "Authorization", bearer).statusCode()).isEqualTo(400);
    assertThat(shield.call("POST", "/admin/apikeys", "{\"name\":\"bad name!\"}", "Authorization", bearer).statusCode()).isEqualTo(400);

    shield.admin("DELETE", "/admin/apikeys/ci-runner", null, bearer);
    assertThat(shield.call("POST", "/check/command", "{\"command\":\"ls\"}", "X-API-Key", key).statusCode()).isEqualTo(401);
    assertThat(shield.call("DELETE", "/admin/apikeys/ci-runner", null, "Authorization", bearer).statusCode()).isEqualTo(404);
  }

  @Test
  void theEventStreamPushesIncidentsAndKillSwitchChangesAndEndsWithTheSession() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(URI.create(shield.base() + "/admin/events"))
        .header("Authorization", bearer).header("Accept", "text/event-stream").build(),
        HttpResponse.BodyHandlers.ofInputStream());
    assertThat(stream.statusCode()).isEqualTo(200);
    assertThat(stream.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          lines.add(line);
        }
        lines.add("<closed>");
      } catch (Exception e) {
        lines.add("<closed>");
      }
    });
    reader.setDaemon(true);
    reader.start();
    assertThat(next(lines, ": connected")).isNotNull();

    shield.call("GET", "/wp-login.php", null);
    assertThat(next(lines, "event: incident")).isNotNull();
    assertThat(next(lines, "data: ")).contains("\"type\":\"honeypot\"", "\"severity\":\"critical\"");

    shield.admin("POST", "/killswitch/trigger", "{\"level\":\"PAUSE\",\"reason\":\"drill\"}", bearer);
    assertThat(next(lines, "event: killswitch")).isNotNull();
    assertThat(next(lines, "data: ")).contains("\"level\":\"PAUSE\"");

    // LOCKDOWN ends every session: the stream closes with it.
    shield.admin("POST", "/killswitch/trigger", "{\"level\":\"LOCKDOWN\",\"reason\":\"drill\"}", bearer);
    assertThat(next(lines, "<closed>")).isNotNull();
  }

  @Test
  void theStreamNeedsAValidToken() throws Exception {
    HttpResponse<String> r = shield.call("GET", "/admin/events", null, "Authorization", "Bearer nope", "Accept", "text/event-stream");
    assertThat(r.statusCode()).isEqualTo(401);
  }

  private static String next(BlockingQueue<String> lines, String prefix) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      String line = lines.poll(200, TimeUnit.MILLISECONDS);
      if (line != null && line.startsWith(prefix)) {
        return line;
      }
    }
    return null;
  }
}
