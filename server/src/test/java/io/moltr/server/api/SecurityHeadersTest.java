package io.moltr.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moltr.core.ActionGate;
import io.moltr.core.Decision;
import io.moltr.core.Mode;
import io.moltr.core.Shield;
import io.moltr.core.config.ConfigNode;
import io.moltr.core.incident.Incident;
import io.moltr.server.auth.ApiKeyStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/** Headers every answer carries, closed CORS, and whose X-Forwarded-* headers count. */
class SecurityHeadersTest {
  private static final String KEY = "test-key-0123456789abcdefghijklmnopqrstuvwxyz";
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<Incident> incidents = new CopyOnWriteArrayList<>();
  private ApiServer server;
  private int port;

  @TempDir Path data;

  void start(String trustedProxy) {
    Shield.Engines engines = new Shield.Engines(
        cmd -> Decision.allow("allowed", Map.of()), (path, op) -> Decision.allow("ok", Map.of()),
        (url, payload) -> Decision.allow("ok", Map.of()), text -> Decision.allow("clean", Map.of()), text -> text);
    Shield shield = new Shield(Mode.ENFORCE, Shield.Modules.ALL, engines, i -> {}, ActionGate.OPEN,
        new Shield.LeakLockdown(0, Duration.ofMinutes(5)), Clock.systemUTC());
    server = new ApiServer(shield, ApiKeyStore.open(data, KEY, Clock.systemUTC()),
        new ApiServer.Settings("127.0.0.1", 0, 4096, 1000, trustedProxy), () -> Map.of("mode", "enforce"));
    server.honeypots(HoneypotEndpoints.fromConfig(ConfigNode.empty("default.yaml")), incidents::add);
    port = server.start();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  HttpResponse<String> send(String method, String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{\"command\":\"ls\"}")
            : HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "GET, /health, 200",
      "GET, /status, 401",
      "POST, /check/command, 401",
      "GET, /no/such/thing, 404",
      "DELETE, /health, 405",
      "GET, /.env, 200",
      "GET, /, 200",
      "GET, /app.js, 200",
  })
  void everyAnswerCarriesTheSecurityHeaders(String method, String path, int status) throws Exception {
    start(null);
    HttpResponse<String> r = send(method, path);
    assertThat(r.statusCode()).isEqualTo(status);
    var h = r.headers();
    String csp = h.firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp).contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
        "base-uri 'none'", "form-action 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
    assertThat(h.firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(h.firstValue("Referrer-Policy")).hasValue("no-referrer");
    assertThat(h.firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(h.firstValue("Strict-Transport-Security")).as("plain HTTP: no HSTS").isEmpty();
    assertThat(h.firstValue("Access-Control-Allow-Origin")).isEmpty();
    if (!path.equals("/") && !path.equals("/app.js")) {
      assertThat(h.allValues("Cache-Control")).containsExactly("no-store");
    }
  }

  @Test
  void apiAnswersAreNotCachedAndTheDashboardRevalidates() throws Exception {
    start(null);
    assertThat(send("POST", "/check/command", "X-API-Key", KEY).headers().allValues("Cache-Control")).containsExactly("no-store");
    HttpResponse<String> page = send("GET", "/");
    assertThat(page.headers().allValues("Cache-Control")).containsExactly("no-cache");
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    // No inline script or style in the page: the CSP above would block it.
    assertThat(page.body()).contains("<script src=\"/app.js\"").doesNotContainPattern("<script>|<script [^>]*>[^<]+</script>|style=");
  }

  @Test
  void corsIsClosedAndPreflightsGetNoAllow() throws Exception {
    start(null);
    HttpResponse<String> pre = send("OPTIONS", "/check/command", "Origin", "https://evil.example",
        "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "x-api-key");
    assertThat(pre.statusCode()).isGreaterThanOrEqualTo(400);
    assertThat(pre.headers().map().keySet()).noneMatch(k -> k.toLowerCase().startsWith("access-control-allow"));
    HttpResponse<String> cross = send("POST", "/check/command", "X-API-Key", KEY, "Origin", "https://evil.example");
    assertThat(cross.statusCode()).isEqualTo(200);
    assertThat(cross.headers().map().keySet()).noneMatch(k -> k.toLowerCase().startsWith("access-control-"));
  }

  @Test
  void hstsOnlyWhenTheTrustedProxySaysTls() throws Exception {
    start("127.0.0.1");
    assertThat(send("GET", "/health", "X-Forwarded-Proto", "https").headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("max-age="));
    assertThat(send("GET", "/health", "X-Forwarded-Proto", "http").headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  @Test
  void forwardedHeadersFromAnUntrustedPeerChangeNothing() throws Exception {
    start("10.0.0.0/8, fd00::/8"); // the test client (127.0.0.1) is not among them
    HttpResponse<String> r = send("GET", "/.env", "X-Forwarded-For", "203.0.113.77", "X-Forwarded-Proto", "https");
    assertThat(r.headers().firstValue("Strict-Transport-Security")).isEmpty();
    assertThat(incidents).singleElement().satisfies(i -> assertThat(i.sourceIp()).isEqualTo("127.0.0.0"));
  }

  @Test
  void aTrustedProxyNamesTheClientByTheRightMostUntrustedHop() throws Exception {
    start("127.0.0.0/8, 10.0.0.0/8");
    send("GET", "/.env", "X-Forwarded-For", "198.51.100.1, 203.0.113.77, 10.1.2.3");
    assertThat(incidents).singleElement().satisfies(i -> assertThat(i.sourceIp())
        .as("the forged left-most entry is ignored; pseudonymised").isEqualTo("203.0.113.0"));
  }

  @Test
  void aBadTrustedProxyEntryStopsTheStartAndNamesIt() {
    assertThatThrownBy(() -> start("10.0.0.1, proxy.internal"))
        .hasMessageContaining("MOLTR_TRUSTED_PROXY").hasMessageContaining("'proxy.internal'");
  }
}
