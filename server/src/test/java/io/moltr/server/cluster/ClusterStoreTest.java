package io.moltr.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MOLTR_REDIS_URL forms, credentials (password and ACL user) against a real redis-server, and no password in any message. */
class ClusterStoreTest {
  @TempDir Path dir;

  static RedisSettings settings(String url) {
    return RedisSettings.fromEnv(Map.of("MOLTR_REDIS_URL", url, "MOLTR_NODE_ID", "n1"), 8420).orElseThrow();
  }

  @Test
  void unsetOrBlankMeansTheEmbeddedDefault() {
    assertThat(RedisSettings.fromEnv(Map.of(), 8420)).isEmpty();
    assertThat(RedisSettings.fromEnv(Map.of("MOLTR_REDIS_URL", "  "), 8420)).isEmpty();
  }

  @Test
  void badUrlsPrefixesAndNodeNamesStopTheStartWithoutEchoingThePassword() {
    assertThatThrownBy(() -> settings("http://127.0.0.1:6379")).hasMessageContaining("redis:// or rediss://");
    assertThatThrownBy(() -> settings("redis://:pa55word@")).hasMessageNotContaining("pa55word");
    assertThatThrownBy(() -> RedisSettings.fromEnv(Map.of("MOLTR_REDIS_URL", "redis://h:1", "MOLTR_REDIS_PREFIX", "a b"), 1))
        .hasMessageContaining("MOLTR_REDIS_PREFIX");
    assertThatThrownBy(() -> RedisSettings.fromEnv(Map.of("MOLTR_REDIS_URL", "redis://h:1", "MOLTR_NODE_ID", "x/../y"), 1))
        .hasMessageContaining("MOLTR_NODE_ID");
    RedisSettings s = settings("rediss://user:pa55word@cache.internal:6380/2");
    assertThat(s.where()).isEqualTo("rediss://cache.internal:6380");
    assertThat(s.toString()).doesNotContain("pa55word");
    assertThat(s.uri().isSsl()).isTrue();
    assertThat(s.prefix()).isEqualTo("moltr:");
  }

  @Test
  void aPasswordAndAnAclUserAreUsedAndAWrongOneIsAClearDegradedReason() throws Exception {
    try (RedisProcess redis = RedisProcess.start(dir, "--requirepass", "s3cret-pass",
        "--user", "shield", "on", ">shield-pass", "~moltr:*", "&*", "+@all")) {
      try (ClusterStore ok = new ClusterStore(settings("redis://:s3cret-pass@127.0.0.1:" + redis.port()), Clock.systemUTC())) {
        assertThat(ok.heal()).isTrue();
        String answer = ok.call(c -> c.set("moltr:probe", "1"));
        assertThat(answer).isEqualTo("OK");
      }
      try (ClusterStore acl = new ClusterStore(settings("redis://shield:shield-pass@127.0.0.1:" + redis.port()), Clock.systemUTC())) {
        assertThat(acl.heal()).isTrue();
        String value = acl.call(c -> c.get("moltr:probe"));
        assertThat(value).isEqualTo("1");
      }
      try (ClusterStore wrong = new ClusterStore(settings("redis://:not-the-pass@127.0.0.1:" + redis.port()), Clock.systemUTC())) {
        assertThat(wrong.heal()).isFalse();
        assertThat(wrong.up()).isFalse();
        assertThat(wrong.downReason().orElseThrow()).doesNotContain("not-the-pass");
        assertThatThrownBy(() -> wrong.call(c -> c.get("x"))).isInstanceOf(ClusterStore.Unavailable.class);
      }
    }
  }

  @Test
  void aRedisThatHangsCostsACallAtMostItsTimeoutNeverMore() throws Exception {
    try (RedisProcess redis = RedisProcess.start(dir, "--enable-debug-command", "yes");
         ClusterStore store = new ClusterStore(settings(redis.url()), Clock.systemUTC())) {
      assertThat(store.heal()).isTrue();
      // Another client makes Redis sleep for 3 s: our next call must give up after its 500 ms.
      try (java.net.Socket s = new java.net.Socket("127.0.0.1", redis.port())) {
        s.getOutputStream().write("DEBUG SLEEP 3\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        Thread.sleep(100);
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> store.call(c -> c.ping())).isInstanceOf(ClusterStore.Unavailable.class);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(ms).as("a hung Redis must not hold a decision for long").isLessThan(2_000);
        assertThat(store.downReason().orElseThrow()).containsIgnoringCase("timed out");
      }
    }
  }

  @Test
  void aStoreThatLosesRedisSaysSoAndComesBackByItself() throws Exception {
    try (RedisProcess redis = RedisProcess.start(dir);
         ClusterStore store = new ClusterStore(settings(redis.url()), Clock.systemUTC())) {
      assertThat(store.heal()).isTrue();
      redis.kill();
      assertThatThrownBy(() -> store.call(c -> c.ping())).isInstanceOf(ClusterStore.Unavailable.class);
      assertThat(store.up()).isFalse();
      assertThat(store.downSince()).isPresent();
      redis.start();
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (!store.heal() && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(store.up()).isTrue();
      assertThat(store.downReason()).isEmpty();
    }
  }
}
