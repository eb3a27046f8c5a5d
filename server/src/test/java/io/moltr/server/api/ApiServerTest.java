package io.moltr.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moltr.core.ActionGate;
import io.moltr.core.Decision;
import io.moltr.core.Mode;
import io.moltr.core.Severity;
import io.moltr.core.Shield;
import io.moltr.core.incident.Incident;
import io.moltr.server.auth.ApiKeyStore;
import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The HTTP contract, with simple engines so that only the translation layer is under test. */
class ApiServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KEY = "test-key-0123456789abcdefghijklmnopqrstuvwxyz";
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<Incident> incidents = new CopyOnWriteArrayList<>();
  private ApiServer server;
  private int port;

  @TempDir Path data;

  void start(Mode mode) {
    Shield.Engines engines = new Shield.Engines(
        cmd -> cmd.startsWith("rm") ? Decision.deny("command.blocked", "rm is blocked", Severity.HIGH, Map.of())
            : Decision.allow("allowed", Map.of("risk_level", "harmless")),
        (path, op) -> Decision.allow("ok", Map.of("normalized_path", path)),
        (url, payload) -> url.contains("evil") ? Decision.deny("network.blocked_domain", "blocked", Severity.HIGH, Map.of())
            : Decision.allow("ok", Map.of("domain", "github.com")),
        text -> text.contains("SECRET") ? Decision.deny("scan.test", "secret", Severity.HIGH,
            Map.of("redacted", text.replace("SECRET", "[REDACTED:test]"))) : Decision.allow("clean", Map.of()),
        text -> text.replace("SECRET", "[REDACTED:test]"));
    Shield shield = new Shield(mode, Shield.Modules.ALL, engines, incidents::add, ActionGate.OPEN,
        new Shield.LeakLockdown(0, Duration.ofMinutes(5)), Clock.systemUTC());
    ApiKeyStore keys = ApiKeyStore.open(data, KEY, Clock.systemUTC());
    server = new ApiServer(shield, keys, new ApiServer.Settings("127.0.0.1", 0, 4096, 1000, null),
        () -> Map.of("mode", mode.label()));
    port = server.start();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  HttpResponse<String> send(String method, String path, String body, String key, String contentType) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (key != null) {
      b.header("X-API-Key", key);
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String body) throws Exception {
    return send("POST", path, body, KEY, "application/json");
  }

  @Test
  void healthNeedsNoKeyAndSaysOk() throws Exception {
    start(Mode.ENFORCE);
    HttpResponse<String> r = send("GET", "/health", null, null, null);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode j = JSON.readTree(r.body());
    assertThat(j.get("status").asText()).isEqualTo("ok");
    assertThat(j.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
  }

  @Test
  void everyOtherRouteNeedsAValidKey() throws Exception {
    start(Mode.ENFORCE);
    assertThat(send("GET", "/status", null, null, null).statusCode()).isEqualTo(401);
    assertThat(send("POST", "/check/command", "{\"command\":\"ls\"}", "wrong-key-wrong-key-wrong-key-wrong-key", "application/json").statusCode()).isEqualTo(401);
    HttpResponse<String> r = send("GET", "/status", null, KEY, null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(send("GET", "/status", null, null, null).body()).get("error").asText()).contains("X-API-Key");
  }

  @Test
  void allowedAndDeniedDecisionsFollowTheContract() throws Exception {
    start(Mode.ENFORCE);
    JsonNode ok = JSON.readTree(post("/check/command", "{\"command\":\"ls -la\"}").body());
    assertThat(ok.get("allowed").asBoolean()).isTrue();
    assertThat(ok.get("details").get("risk_level").asText()).isEqualTo("harmless");

    HttpResponse<String> r = post("/check/command", "{\"command\":\"rm -rf /\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode denied = JSON.readTree(r.body());
    assertThat(denied.get("allowed").asBoolean()).isFalse();
    assertThat(denied.get("reason").asText()).isEqualTo("rm is blocked");
    assertThat(denied.get("details").get("incident_id").asText()).matches("[0-9a-f-]{36}");
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).inputSha256()).hasSize(64);
    assertThat(incidents.get(0).sourceIp()).isEqualTo("127.0.0.0");
  }

  @Test
  void scanReturnsRedactedTextAndNeverRecordsTheSecret() throws Exception {
    start(Mode.ENFORCE);
    JsonNode j = JSON.readTree(post("/scan/output", "{\"text\":\"key is SECRET ok\"}").body());
    assertThat(j.get("allowed").asBoolean()).isFalse();
    assertThat(j.get("redacted").asText()).isEqualTo("key is [REDACTED:test] ok");
    assertThat(incidents.get(0).preview()).doesNotContain("SECRET");
  }

  @Test
  void monitorModeAllowsButSaysWhatItWouldHaveDone() throws Exception {
    start(Mode.MONITOR);
    JsonNode j = JSON.readTree(post("/check/url", "{\"url\":\"https://evil.example\"}").body());
    assertThat(j.get("allowed").asBoolean()).isTrue();
    assertThat(j.get("details").get("would_block").asBoolean()).isTrue();
    assertThat(j.get("details").get("incident_id")).isNotNull();
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).enforced()).isFalse();
  }

  @Test
  void disabledModeAllowsEverything() throws Exception {
    start(Mode.DISABLED);
    assertThat(JSON.readTree(post("/check/command", "{\"command\":\"rm -rf /\"}").body()).get("allowed").asBoolean()).isTrue();
    assertThat(incidents).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1} -> {3}")
  @CsvSource(delimiter = '|', value = {
      "/check/command | {\"command\": | application/json | 400",
      "/check/command | [] | application/json | 400",
      "/check/command | {} | application/json | 400",
      "/check/command | {\"command\": 42} | application/json | 400",
      "/check/command | {\"command\": null} | application/json | 400",
      "/check/command | {\"command\": \"ls\", \"extra\": 1} | application/json | 400",
      "/check/command | {\"command\": \"ls\"} {} | application/json | 400",
      "/check/command | '' | application/json | 400",
      "/check/path | {\"path\": \"a\", \"operation\": \"fly\"} | application/json | 400",
      "/check/url | {\"payload\": \"x\"} | application/json | 400",
      "/scan/output | {\"text\": [1,2]} | application/json | 400",
      "/nope | {} | application/json | 404",
  })
  void badInputIsA4xxWithAnErrorMessage(String path, String body, String type, int status) throws Exception {
    start(Mode.ENFORCE);
    HttpResponse<String> r = send("POST", path, body, KEY, type);
    assertThat(r.statusCode()).isEqualTo(status);
    assertThat(JSON.readTree(r.body()).get("error").asText()).isNotBlank();
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void oversizedBodiesAndTextsAre413() throws Exception {
    start(Mode.ENFORCE);
    String big = "{\"text\":\"" + "a".repeat(5000) + "\"}";
    HttpResponse<String> r = post("/scan/output", big);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(r.body()).get("error").asText()).contains("larger than");
    HttpResponse<String> r2 = post("/scan/output", "{\"text\":\"" + "a".repeat(1500) + "\"}");
    assertThat(r2.statusCode()).isEqualTo(413);
  }

  @Test
  void chunkedBodiesWithoutALengthAreHeldToTheSameLimit() throws Exception {
    start(Mode.ENFORCE);
    HttpResponse<String> small = chunked("{\"command\":\"ls\"}");
    assertThat(small.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(small.body()).get("allowed").asBoolean()).isTrue();
    HttpResponse<String> big = chunked("{\"command\":\"" + "a".repeat(5000) + "\"}");
    assertThat(big.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(big.body()).get("error").asText()).contains("larger than");
  }

  @Test
  void aBodyShorterThanItsContentLengthIsA400() throws Exception {
    start(Mode.ENFORCE);
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(20_000);
      String body = "{\"command\":\"ls\"}";
      String head = "POST /check/command HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: " + KEY
          + "\r\nContent-Type: application/json\r\nContent-Length: " + (body.length() + 40)
          + "\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write((head + body).getBytes(StandardCharsets.UTF_8));
      socket.shutdownOutput();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 400");
      assertThat(answer).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  private HttpResponse<String> chunked(String body) throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/check/command"))
        .header("X-API-Key", KEY)
        .header("Content-Type", "application/json")
        // A stream of unknown length goes out chunked, with no Content-Length header.
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void curlsDefaultFormContentTypeStillParsesAsJson() throws Exception {
    start(Mode.ENFORCE);
    HttpResponse<String> r = send("POST", "/check/command", "{\"command\":\"ls\"}", KEY, "application/x-www-form-urlencoded");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(r.body()).get("allowed").asBoolean()).isTrue();
  }

  @Test
  void wrongMethodIs405Json() throws Exception {
    start(Mode.ENFORCE);
    HttpResponse<String> r = send("GET", "/check/command", null, KEY, null);
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(JSON.readTree(r.body()).get("error").asText()).isNotBlank();
  }

  @Test
  void deeplyNestedJsonIsRefusedNotCrashed() throws Exception {
    start(Mode.ENFORCE);
    String nested = "{\"command\":" + "[".repeat(1000) + "]".repeat(1000) + "}";
    HttpResponse<String> r = post("/check/command", nested);
    assertThat(r.statusCode()).isIn(400, 413);
  }
}
