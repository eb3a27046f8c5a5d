package io.moltr.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.moltr.server.auth.PasswordHashes;
import io.moltr.server.cluster.RedisProcess;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three real shields sharing one real Redis (cluster mode): one kill switch, one set of limits,
 * one session store, one incident stream. Uses the Redis that .ci/run started
 * (MOLTR_TEST_REDIS_URL) or starts its own; each test has its own key prefix, so tests do not
 * see each other's state.
 */
class ClusterFleetTest {
  static final String AGENT_KEY = "moltr_fleetTestAgentKey0123456789abcdefghijKLMN";
  static final String ADMIN_PASSWORD = "fleet admin password 2026";
  static final String JWT_SECRET = "fleet-jwt-secret-".repeat(6);
  static final String FERNET_KEY = java.util.Base64.getUrlEncoder().encodeToString("0123456789abcdef0123456789ABCDEF".getBytes());
  static volatile String adminHash;
  static RedisProcess ownRedis;
  static String redisUrl;

  @TempDir Path work;
  final List<RunningShield> nodes = new ArrayList<>();
  RunningShield a;
  RunningShield b;
  RunningShield c;

  @BeforeAll
  static void redis(@TempDir Path dir) throws Exception {
    adminHash = PasswordHashes.hash(ADMIN_PASSWORD.toCharArray());
    String shared = System.getenv("MOLTR_TEST_REDIS_URL");
    if (shared != null && !shared.isBlank()) {
      redisUrl = shared.trim();
    } else {
      ownRedis = RedisProcess.start(dir.resolve("redis"));
      redisUrl = ownRedis.url();
    }
  }

  @AfterAll
  static void stopRedis() throws Exception {
    if (ownRedis != null) {
      ownRedis.close();
    }
  }

  static Map<String, String> fleetEnv(String url, String prefix, String node) {
    Map<String, String> env = new HashMap<>();
    env.put("MOLTR_REDIS_URL", url);
    env.put("MOLTR_REDIS_PREFIX", prefix);
    env.put("MOLTR_NODE_ID", node);
    env.put("MOLTR_JWT_SECRET", JWT_SECRET);
    env.put("MOLTR_API_KEYS", AGENT_KEY);
    env.put("MOLTR_FERNET_KEY", FERNET_KEY);
    env.put("MOLTR_DASHBOARD_USER", "admin");
    env.put("MOLTR_DASHBOARD_PASSWORD_HASH", adminHash);
    return env;
  }

  @BeforeEach
  void fleet() throws Exception {
    String prefix = "t" + UUID.randomUUID().toString().substring(0, 8) + ":";
    for (String n : List.of("a", "b", "c")) {
      nodes.add(RunningShield.startNode(work.resolve(n), fleetEnv(redisUrl, prefix, "node-" + n), AGENT_KEY, ADMIN_PASSWORD));
    }
    a = nodes.get(0);
    b = nodes.get(1);
    c = nodes.get(2);
  }

  @AfterEach
  void stop() {
    nodes.forEach(RunningShield::close);
  }

  static boolean allowed(RunningShield node, String command) throws Exception {
    HttpResponse<String> r = node.call("POST", "/check/command", "{\"command\":\"" + command + "\"}", "X-API-Key", AGENT_KEY);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return RunningShield.JSON.readTree(r.body()).get("allowed").asBoolean();
  }

  /** Polls until {@code done} holds or the deadline passes; returns the time it took. */
  static Duration until(Duration deadline, Check done) throws Exception {
    return until(deadline, Duration.ofMillis(10), done);
  }

  /** As above, {@code pause} between polls (for endpoints with a rate limit, such as /health). */
  static Duration until(Duration deadline, Duration pause, Check done) throws Exception {
    Instant start = Instant.now();
    while (!done.holds()) {
      if (Duration.between(start, Instant.now()).compareTo(deadline) > 0) {
        throw new AssertionError("condition not reached within " + deadline);
      }
      Thread.sleep(pause.toMillis());
    }
    return Duration.between(start, Instant.now());
  }

  interface Check {
    boolean holds() throws Exception;
  }

  @Test
  void aLockdownOnOneNodeDeniesOnEveryNodeWithinOneSecondAndAResetElsewhereLiftsIt() throws Exception {
    assertThat(allowed(b, "ls")).isTrue();
    assertThat(allowed(c, "ls")).isTrue();
    String bearer = a.login();
    a.admin("POST", "/killswitch/trigger", "{\"level\":\"LOCKDOWN\",\"reason\":\"fleet drill\"}", bearer);
    Duration took = until(Duration.ofSeconds(1), () -> !allowed(b, "ls") && !allowed(c, "ls"));
    assertThat(took).isLessThan(Duration.ofSeconds(1));
    HttpResponse<String> denied = c.call("POST", "/check/command", "{\"command\":\"ls\"}", "X-API-Key", AGENT_KEY);
    assertThat(denied.body()).contains("LOCKDOWN").contains("fleet drill");
    JsonNode status = RunningShield.JSON.readTree(b.call("GET", "/status", null, "X-API-Key", AGENT_KEY).body());
    assertThat(status.at("/killswitch/level").asText()).isEqualTo("LOCKDOWN");
    assertThat(status.at("/cluster/state").asText()).isEqualTo("connected");
    // The fleet's history names the node and the reason, on any node.
    JsonNode ks = c.admin("GET", "/killswitch/status", null, c.login());
    assertThat(ks.at("/fleet_history/0/node").asText()).isEqualTo("node-a");
    assertThat(ks.at("/fleet_history/0/reason").asText()).isEqualTo("fleet drill");
    assertThat(ks.at("/fleet_history/0/levels/0").asText()).isEqualTo("LOCKDOWN");

    // The lockdown revoked every session; a new login on another node resets the whole fleet.
    String bearerB = b.login();
    b.admin("POST", "/killswitch/reset", "{\"confirm\":\"CONFIRM:" + RunningShield.CODEPHRASE + "\"}", bearerB);
    until(Duration.ofSeconds(1), () -> allowed(a, "ls") && allowed(c, "ls"));
  }

  @Test
  void aNodeStartingWhileTheFleetIsLockedDownStartsLockedDown() throws Exception {
    a.admin("POST", "/killswitch/trigger", "{\"level\":\"PAUSE\",\"reason\":\"maintenance\"}", a.login());
    String prefix = RunningShield.JSON.readTree(a.call("GET", "/status", null, "X-API-Key", AGENT_KEY).body())
        .at("/cluster/prefix").asText();
    try (RunningShield d = RunningShield.startNode(work.resolve("d"), fleetEnv(redisUrl, prefix, "node-d"), AGENT_KEY,
        ADMIN_PASSWORD)) {
      assertThat(allowed(d, "ls")).isFalse();
    }
  }

  @Test
  void theLoginLimitOfFivePerMinuteHoldsAcrossTheFleet() throws Exception {
    RunningShield[] order = {a, b, c, a, b};
    for (RunningShield n : order) {
      HttpResponse<String> r = n.call("POST", "/auth/login", "{\"username\":\"admin\",\"password\":\"wrong\"}");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(401);
    }
    HttpResponse<String> sixth = c.call("POST", "/auth/login", "{\"username\":\"admin\",\"password\":\"wrong\"}");
    assertThat(sixth.statusCode()).isEqualTo(429);
    assertThat(sixth.headers().firstValue("Retry-After")).isPresent();
    // The right password does not get through either: the limit counts attempts, not failures.
    HttpResponse<String> right = a.call("POST", "/auth/login",
        "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
    assertThat(right.statusCode()).isEqualTo(429);
  }

  @Test
  void endpointRateLimitsAreCountedOnceForTheWholeFleet() throws Exception {
    // api.rate_limits.health is 60 a minute per client: 30 on each of two nodes, then the third refuses.
    for (int i = 0; i < 30; i++) {
      assertThat(a.call("GET", "/health", null).statusCode()).isEqualTo(200);
      assertThat(b.call("GET", "/health", null).statusCode()).isEqualTo(200);
    }
    HttpResponse<String> over = c.call("GET", "/health", null);
    assertThat(over.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(over.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
  }

  @Test
  void aSessionWorksOnEveryNodeAndALogoutEndsItEverywhere() throws Exception {
    HttpResponse<String> login = a.call("POST", "/auth/login",
        "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
    assertThat(login.statusCode()).isEqualTo(200);
    String bearer = "Bearer " + RunningShield.JSON.readTree(login.body()).get("access_token").asText();
    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    assertThat(b.call("GET", "/admin/whoami", null, "Authorization", bearer).statusCode()).isEqualTo(200);

    // The refresh token rotates on another node; the replaced one, replayed on a third, revokes the family.
    HttpResponse<String> refreshed = b.call("POST", "/auth/refresh", null, "Cookie", cookie);
    assertThat(refreshed.statusCode()).isEqualTo(200);
    String cookie2 = refreshed.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    assertThat(c.call("POST", "/auth/refresh", null, "Cookie", cookie).statusCode()).isEqualTo(401);
    assertThat(a.call("POST", "/auth/refresh", null, "Cookie", cookie2).statusCode()).isEqualTo(401);
    assertThat(c.call("GET", "/admin/whoami", null, "Authorization", bearer).statusCode()).isEqualTo(401);

    // A fresh session, logged out on one node, is over on the others.
    String second = c.login();
    assertThat(a.call("GET", "/admin/whoami", null, "Authorization", second).statusCode()).isEqualTo(200);
    assertThat(c.call("POST", "/auth/logout", null, "Authorization", second).statusCode()).isEqualTo(204);
    assertThat(a.call("GET", "/admin/whoami", null, "Authorization", second).statusCode()).isEqualTo(401);
    assertThat(b.call("GET", "/admin/whoami", null, "Authorization", second).statusCode()).isEqualTo(401);
  }

  @Test
  void anIncidentOnOneNodeShowsInAnotherNodesIncidentList() throws Exception {
    // A's dashboard stream is open before B sees anything: B's incident arrives there live.
    String streamBearer = a.login();
    java.net.http.HttpResponse<java.io.InputStream> stream = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(a.base() + "/admin/events"))
            .header("Authorization", streamBearer).header("Accept", "text/event-stream").build(),
        java.net.http.HttpResponse.BodyHandlers.ofInputStream());
    java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (java.io.BufferedReader r = new java.io.BufferedReader(
          new java.io.InputStreamReader(stream.body(), java.nio.charset.StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          lines.add(line);
        }
      } catch (java.io.IOException e) {
        lines.add("<closed>");
      }
    });
    reader.setDaemon(true);
    reader.start();
    String secret = "sk-proj-Xq3vT9bKp2LmN8rS4wY6zA1cD5fG7hJ0kQ2eR4tU6iO8pA3sD5fG7hJ9kL1zX3cV";
    HttpResponse<String> r = b.call("POST", "/scan/output", "{\"text\":\"export OPENAI_API_KEY=" + secret + "\"}",
        "X-API-Key", AGENT_KEY);
    JsonNode d = RunningShield.JSON.readTree(r.body());
    assertThat(d.get("allowed").asBoolean()).isFalse();
    String id = d.get("incident_id").asText();
    String bearer = a.login();
    until(Duration.ofSeconds(2), () -> contains(a.admin("GET", "/admin/incidents", null, bearer), id));
    JsonNode list = a.admin("GET", "/admin/incidents", null, bearer);
    JsonNode mine = find(list, n -> n.get("incident_id").asText().equals(id));
    assertThat(mine.get("node").asText()).isEqualTo("node-b");
    assertThat(mine.toString()).doesNotContain(secret).doesNotContain(secret.substring(10, 40));
    assertThat(a.admin("GET", "/admin/incidents/" + id, null, bearer).get("node").asText()).isEqualTo("node-b");
    String live = null;
    long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
    while (System.nanoTime() < deadline && (live == null || !live.contains(id))) {
      live = lines.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
    }
    assertThat(live).as("B's incident on A's live stream").isNotNull().contains(id).contains("\"node\":\"node-b\"")
        .doesNotContain(secret);
  }

  @Test
  void everyNodeReportsItselfToTheFleet() throws Exception {
    until(Duration.ofSeconds(8), () -> RunningShield.JSON.readTree(a.call("GET", "/status", null, "X-API-Key", AGENT_KEY)
        .body()).at("/cluster/nodes").size() == 3);
    JsonNode nodesSeen = RunningShield.JSON.readTree(a.call("GET", "/status", null, "X-API-Key", AGENT_KEY).body())
        .at("/cluster/nodes");
    assertThat(nodesSeen.get(1).get("node").asText()).isEqualTo("node-b");
    assertThat(nodesSeen.get(1).has("killswitch_level")).isTrue();
    assertThat(nodesSeen.get(1).get("integrity").asText()).isIn("ok", "not checked yet");
  }

  static boolean blocks(RunningShield node, String text) throws Exception {
    HttpResponse<String> r = node.call("POST", "/scan/output", "{\"text\":\"" + text + "\"}", "X-API-Key", AGENT_KEY);
    return !RunningShield.JSON.readTree(r.body()).get("allowed").asBoolean();
  }

  @Test
  void aRegisteredSecretReachesEveryNodeAsAFernetTokenAndARemovalToo() throws Exception {
    String value = "internal-deploy-Zq7Rk2Lm9Xw4";
    String text = "the deploy value is " + value;
    assertThat(blocks(c, text)).isFalse();
    String bearer = a.login();
    a.admin("POST", "/secrets", "{\"name\":\"deploy_value\",\"value\":\"" + value + "\"}", bearer);
    until(Duration.ofSeconds(2), () -> blocks(b, text) && blocks(c, text));

    // Redis holds a Fernet token, never the value.
    String prefix = RunningShield.JSON.readTree(a.call("GET", "/status", null, "X-API-Key", AGENT_KEY).body())
        .at("/cluster/prefix").asText();
    io.lettuce.core.RedisClient client = io.lettuce.core.RedisClient.create(redisUrl);
    try (var conn = client.connect()) {
      Map<String, String> shared = conn.sync().hgetall(prefix + "secrets");
      assertThat(shared).containsOnlyKeys("deploy_value");
      assertThat(shared.get("deploy_value")).startsWith("gAAAAA").doesNotContain(value);
    } finally {
      client.shutdown();
    }

    b.admin("DELETE", "/secrets/deploy_value", null, b.login());
    until(Duration.ofSeconds(2), () -> !blocks(a, text) && !blocks(c, text));
  }

  static boolean contains(JsonNode list, String id) {
    return find(list, n -> n.get("incident_id").asText().equals(id)) != null;
  }

  static JsonNode find(JsonNode list, Predicate<JsonNode> p) {
    for (JsonNode n : list.get("incidents")) {
      if (p.test(n)) {
        return n;
      }
    }
    return null;
  }
}
