package io.moltr.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.ActionGate;
import io.moltr.core.Decision;
import io.moltr.core.Mode;
import io.moltr.core.Shield;
import io.moltr.core.config.ConfigNode;
import io.moltr.server.auth.ApiKeyStore;
import io.moltr.server.auth.MutableClock;
import io.moltr.server.ratelimit.LocalRateLimiter;
import io.moltr.server.ratelimit.RateLimits;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** api.rate_limits per client and endpoint group, with a clock the test moves. */
class RateLimitApiTest {
  private static final String KEY = "test-key-0123456789abcdefghijklmnopqrstuvwxyz";
  private final HttpClient http = HttpClient.newHttpClient();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
  private ApiServer server;
  private int port;

  @TempDir Path data;

  void start(String trustedProxy, Map<String, Integer> limits) {
    Shield.Engines engines = new Shield.Engines(
        cmd -> Decision.allow("allowed", Map.of()),
        (path, op) -> Decision.allow("ok", Map.of()),
        (url, payload) -> Decision.allow("ok", Map.of()),
        text -> Decision.allow("clean", Map.of()),
        text -> text);
    Shield shield = new Shield(Mode.ENFORCE, Shield.Modules.ALL, engines, i -> {}, ActionGate.OPEN,
        new Shield.LeakLockdown(0, Duration.ofMinutes(5)), Clock.systemUTC());
    ApiKeyStore keys = ApiKeyStore.open(data, KEY, Clock.systemUTC());
    server = new ApiServer(shield, keys, new ApiServer.Settings("127.0.0.1", 0, 4096, 1000, trustedProxy),
        () -> Map.of());
    server.rateLimits(new RateLimits(limits, new LocalRateLimiter(clock)));
    port = server.start();
  }

  static Map<String, Integer> shipped() {
    return Map.of("health", 60, "scan", 60, "check", 120, "killswitch_trigger", 3, "killswitch_reset", 5, "login", 5);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthAllowsSixtyAMinuteThen429WithRetryAfterUntilTheWindowEnds() throws Exception {
    start(null, shipped());
    for (int i = 0; i < 60; i++) {
      assertThat(send("GET", "/health", null).statusCode()).isEqualTo(200);
    }
    clock.advance(Duration.ofSeconds(20));
    HttpResponse<String> over = send("GET", "/health", null);
    assertThat(over.statusCode()).isEqualTo(429);
    assertThat(over.headers().firstValue("Retry-After")).contains("40");
    assertThat(over.body()).contains("\"error\"").contains("60 requests per minute").contains("api.rate_limits.health");
    clock.advance(Duration.ofSeconds(40));
    assertThat(send("GET", "/health", null).statusCode()).isEqualTo(200);
  }

  @Test
  void checksShareOneBudgetOf120AndScansHaveTheirOwn60() throws Exception {
    start(null, shipped());
    String[] checks = {"/check/command", "/check/url", "/check/path"};
    String[] bodies = {"{\"command\":\"ls\"}", "{\"url\":\"https://github.com\"}", "{\"path\":\"README.md\"}"};
    for (int i = 0; i < 120; i++) {
      assertThat(send("POST", checks[i % 3], bodies[i % 3], "X-API-Key", KEY).statusCode()).isEqualTo(200);
    }
    assertThat(send("POST", "/check/url", bodies[1], "X-API-Key", KEY).statusCode()).isEqualTo(429);
    for (int i = 0; i < 60; i++) {
      String path = i % 2 == 0 ? "/scan/output" : "/scan/input";
      assertThat(send("POST", path, "{\"text\":\"hello\"}", "X-API-Key", KEY).statusCode()).isEqualTo(200);
    }
    assertThat(send("POST", "/scan/output", "{\"text\":\"hello\"}", "X-API-Key", KEY).statusCode()).isEqualTo(429);
    // Other endpoints are not counted against these budgets.
    assertThat(send("GET", "/status", null, "X-API-Key", KEY).statusCode()).isEqualTo(200);
  }

  @Test
  void requestsWithABadKeyAreCountedToo() throws Exception {
    start(null, Map.of("health", 60, "scan", 60, "check", 3, "killswitch_trigger", 3, "killswitch_reset", 5, "login", 5));
    for (int i = 0; i < 3; i++) {
      assertThat(send("POST", "/check/command", "{\"command\":\"ls\"}", "X-API-Key", "wrong").statusCode()).isEqualTo(401);
    }
    assertThat(send("POST", "/check/command", "{\"command\":\"ls\"}", "X-API-Key", KEY).statusCode()).isEqualTo(429);
  }

  @Test
  void behindATrustedProxyEachForwardedClientHasItsOwnBudgetAndAForgedHeaderChangesNothing() throws Exception {
    start("127.0.0.1", Map.of("health", 2, "scan", 60, "check", 120, "killswitch_trigger", 3, "killswitch_reset", 5,
        "login", 5));
    for (int i = 0; i < 2; i++) {
      assertThat(send("GET", "/health", null, "X-Forwarded-For", "203.0.113.7").statusCode()).isEqualTo(200);
    }
    assertThat(send("GET", "/health", null, "X-Forwarded-For", "203.0.113.7").statusCode()).isEqualTo(429);
    assertThat(send("GET", "/health", null, "X-Forwarded-For", "198.51.100.9").statusCode()).isEqualTo(200);
    // A client that prepends a forged address is still the right-most untrusted one.
    assertThat(send("GET", "/health", null, "X-Forwarded-For", "198.51.100.1, 203.0.113.7").statusCode()).isEqualTo(429);
  }

  @Test
  void zeroTurnsALimitOffAndUnknownNamesStopTheStart() throws Exception {
    start(null, Map.of("health", 0, "scan", 60, "check", 120, "killswitch_trigger", 3, "killswitch_reset", 5, "login", 5));
    for (int i = 0; i < 100; i++) {
      assertThat(send("GET", "/health", null).statusCode()).isEqualTo(200);
    }
    ConfigNode bad = ConfigNode.parse("default.yaml", "api:\n  rate_limits:\n    helth: 10\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
        RateLimits.fromConfig(bad.get("api").get("rate_limits"), new LocalRateLimiter(clock)))
        .hasMessageContaining("helth").hasMessageContaining("unknown rate limit");
  }
}
