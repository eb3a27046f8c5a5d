package io.moltr.server;

import static io.moltr.server.ClusterFleetTest.AGENT_KEY;
import static io.moltr.server.ClusterFleetTest.ADMIN_PASSWORD;
import static io.moltr.server.ClusterFleetTest.allowed;
import static io.moltr.server.ClusterFleetTest.fleetEnv;
import static io.moltr.server.ClusterFleetTest.until;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.moltr.server.auth.PasswordHashes;
import io.moltr.server.cluster.RedisProcess;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Redis is killed under a running fleet and started again, empty, on the same port: the
 * degraded behaviour documented in docs/operations.md holds, and the fleet recovers without a
 * restart of any node.
 */
class ClusterOutageTest {
  @TempDir Path work;
  RedisProcess redis;
  final List<RunningShield> nodes = new ArrayList<>();

  @AfterEach
  void stop() throws Exception {
    nodes.forEach(RunningShield::close);
    if (redis != null) {
      redis.close();
    }
  }

  RunningShield node(String name) throws Exception {
    RunningShield n = RunningShield.startNode(work.resolve(name), fleetEnv(redis.url(), "outage:", "node-" + name),
        AGENT_KEY, ADMIN_PASSWORD);
    nodes.add(n);
    return n;
  }

  static JsonNode health(RunningShield n) throws Exception {
    return RunningShield.JSON.readTree(n.call("GET", "/health", null).body());
  }

  /**
   * /health is limited to 60 requests a minute per client (api.rate_limits.health), counted for the
   * whole fleet while Redis is up: the waits on it poll every 250 ms, and a refused poll (429, no
   * "status") reads as "not yet" instead of failing the test.
   */
  static final Duration HEALTH_POLL = Duration.ofMillis(250);

  static String healthStatus(RunningShield n) throws Exception {
    return RunningShield.JSON.readTree(n.call("GET", "/health", null).body()).path("status").asText();
  }

  static JsonNode status(RunningShield n) throws Exception {
    return RunningShield.JSON.readTree(n.call("GET", "/status", null, "X-API-Key", AGENT_KEY).body());
  }

  @Test
  void theFleetDegradesAsDocumentedWhileRedisIsDownAndRecoversWhenItIsBack() throws Exception {
    if (ClusterFleetTest.adminHash == null) {
      ClusterFleetTest.adminHash = PasswordHashes.hash(ADMIN_PASSWORD.toCharArray());
    }
    redis = RedisProcess.start(work.resolve("redis"));
    RunningShield a = node("a");
    RunningShield b = node("b");
    assertThat(health(a).get("status").asText()).isEqualTo("ok");
    String fleetBearer = a.login();
    assertThat(b.call("GET", "/admin/whoami", null, "Authorization", fleetBearer).statusCode()).isEqualTo(200);

    redis.kill();
    String bearer = fleetBearer;
    until(Duration.ofSeconds(5), HEALTH_POLL, () -> healthStatus(a).equals("degraded")
        && healthStatus(b).equals("degraded"));
    assertThat(health(a).get("reason").asText()).contains("cluster store unreachable");
    assertThat(status(b).get("status").asText()).isEqualTo("degraded");
    assertThat(status(b).at("/cluster/state").asText()).isEqualTo("degraded");

    // Decisions go on from the last known state; policy still applies.
    assertThat(allowed(a, "ls")).isTrue();
    assertThat(allowed(b, "rm -rf /")).isFalse();

    // Fleet sessions are not honoured (their revocation cannot be checked); a new login works, on this node.
    assertThat(a.call("GET", "/admin/whoami", null, "Authorization", bearer).statusCode()).isEqualTo(401);
    bearer = a.login();

    // A trigger takes effect on its node at once; a reset cannot reach the fleet and is refused.
    a.admin("POST", "/killswitch/trigger", "{\"level\":\"PAUSE\",\"reason\":\"during the outage\"}", bearer);
    assertThat(allowed(a, "ls")).isFalse();
    assertThat(allowed(b, "ls")).as("b cannot learn of it while Redis is down").isTrue();
    HttpResponse<String> reset = a.call("POST", "/killswitch/reset",
        "{\"confirm\":\"CONFIRM:" + RunningShield.CODEPHRASE + "\"}", "Authorization", bearer);
    assertThat(reset.statusCode()).isEqualTo(403);
    assertThat(reset.body()).contains("cluster store is unreachable");
    // So is removing a registered secret (lifting a protection); adding one works and waits for Redis.
    HttpResponse<String> removal = a.call("DELETE", "/secrets/anything", null, "Authorization", bearer);
    assertThat(removal.statusCode()).isEqualTo(503);
    a.admin("POST", "/secrets", "{\"name\":\"outage_value\",\"value\":\"added-during-outage-Kp3Xz8\"}", bearer);
    assertThat(ClusterFleetTest.blocks(a, "value added-during-outage-Kp3Xz8")).isTrue();

    // An incident on b waits in its queue (and is in b's own forensic log already).
    String secret = "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";
    JsonNode leak = RunningShield.JSON.readTree(b.call("POST", "/scan/output",
        "{\"text\":\"token " + secret + "\"}", "X-API-Key", AGENT_KEY).body());
    assertThat(leak.get("allowed").asBoolean()).isFalse();
    String incidentId = leak.get("incident_id").asText();
    until(Duration.ofSeconds(2), () -> status(b).at("/cluster/incidents/queued").asInt() >= 1);

    // A node that starts now has never known the fleet's state: it denies everything.
    RunningShield c = node("c");
    HttpResponse<String> unknown = c.call("POST", "/check/command", "{\"command\":\"ls\"}", "X-API-Key", AGENT_KEY);
    assertThat(unknown.body()).contains("killswitch.cluster_unknown");

    // Rate limits fall back to per-node counting: the node keeps answering.
    assertThat(a.call("GET", "/health", null).statusCode()).isEqualTo(200);

    redis.start(); // empty: Redis lost everything
    until(Duration.ofSeconds(15), HEALTH_POLL, () -> healthStatus(a).equals("ok")
        && healthStatus(b).equals("ok") && healthStatus(c).equals("ok"));
    // a wrote its PAUSE back: the whole fleet, c included, is paused now.
    until(Duration.ofSeconds(3), () -> !allowed(b, "ls") && !allowed(c, "ls"));
    // b's queued incident reached the fleet's stream.
    String local = bearer;
    until(Duration.ofSeconds(3), () -> a.admin("GET", "/admin/incidents", null, local).toString().contains(incidentId));
    // The queue's counter drops right after the push is acknowledged: wait for it, do not race it.
    until(Duration.ofSeconds(3), () -> status(b).at("/cluster/incidents/queued").asInt() == 0);
    // The secret added on a during the outage reached b (b's scanner is paused too, so look at the vault's list).
    until(Duration.ofSeconds(7), () -> b.admin("GET", "/secrets", null, b.login()).toString().contains("outage_value"));

    // And a reset works again, for everyone.
    a.admin("POST", "/killswitch/reset", "{\"confirm\":\"CONFIRM:" + RunningShield.CODEPHRASE + "\"}", bearer);
    until(Duration.ofSeconds(2), () -> allowed(a, "ls") && allowed(b, "ls") && allowed(c, "ls"));
  }
}
