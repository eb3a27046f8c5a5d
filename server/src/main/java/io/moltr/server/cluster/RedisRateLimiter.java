package io.moltr.server.cluster;

import io.lettuce.core.ScriptOutputType;
import io.moltr.server.ratelimit.RateLimiter;
import java.time.Duration;
import java.util.List;

/**
 * Fixed-window counters in Redis, one INCR per event in a script that also sets the window's
 * expiry, so ten nodes give a client the same budget as one. While Redis is unreachable the
 * node counts locally (each node then allows the limit on its own; the store is back within
 * seconds in the common case, and the fleet-wide limit resumes with it).
 */
public final class RedisRateLimiter implements RateLimiter {
  // KEYS[1] counter. ARGV[1] window in ms. Returns {count, ms left}.
  private static final String HIT = String.join("\n",
      "local c = redis.call('INCR', KEYS[1])",
      "if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end",
      "local t = redis.call('PTTL', KEYS[1])",
      "if t < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); t = tonumber(ARGV[1]) end",
      "return {c, t}");

  private final ClusterStore store;
  private final RateLimiter fallback;

  public RedisRateLimiter(ClusterStore store, RateLimiter fallback) {
    this.store = store;
    this.fallback = fallback;
  }

  @Override
  public long acquire(String bucket, String client, int limit, Duration window) {
    if (limit <= 0) {
      return 0;
    }
    if (!store.up()) {
      return fallback.acquire(bucket, client, limit, window);
    }
    try {
      String key = store.key("rl:" + bucket + ":" + ClusterKeys.digest(client));
      List<Long> r = store.call(c -> c.eval(HIT, ScriptOutputType.MULTI, new String[] {key},
          Long.toString(window.toMillis())));
      long count = r.get(0);
      long left = r.get(1);
      return count <= limit ? 0 : Math.max(1, (left + 999) / 1000);
    } catch (ClusterStore.Unavailable e) {
      return fallback.acquire(bucket, client, limit, window);
    }
  }
}
