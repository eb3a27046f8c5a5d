package io.moltr.server.cluster;

import io.lettuce.core.ScriptOutputType;
import io.moltr.server.auth.LoginGuard;
import io.moltr.server.auth.LoginThrottle;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The login guard of the fleet: attempts per minute, failure counts and lockouts per client
 * address and per name live in Redis, so the limit of 5 a minute and the lockout after 10
 * failures hold across all nodes. While Redis is unreachable each node guards with its own
 * {@link LoginThrottle}.
 */
public final class SharedLoginGuard implements LoginGuard {
  // KEYS: attempts, lock. ARGV: limit, window ms. Returns ms to wait (0 = admitted and counted).
  private static final String ADMIT = String.join("\n",
      "local lock = redis.call('PTTL', KEYS[2])",
      "if lock > 0 then return lock end",
      "local c = tonumber(redis.call('GET', KEYS[1]) or '0')",
      "if c >= tonumber(ARGV[1]) then",
      "  local t = redis.call('PTTL', KEYS[1])",
      "  if t > 0 then return t end",
      "end",
      "c = redis.call('INCR', KEYS[1])",
      "if c == 1 or redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end",
      "return 0");
  // KEYS: failures, lock. ARGV: lockout after, lockout ms. Returns the failure count (0 when now locked).
  private static final String FAIL = String.join("\n",
      "local f = redis.call('INCR', KEYS[1])",
      "redis.call('PEXPIRE', KEYS[1], ARGV[2])",
      "if f >= tonumber(ARGV[1]) then",
      "  redis.call('SET', KEYS[2], '1', 'PX', ARGV[2])",
      "  redis.call('DEL', KEYS[1])",
      "end",
      "return f");

  private final ClusterStore store;
  private final LoginGuard fallback;

  public SharedLoginGuard(ClusterStore store, LoginGuard fallback) {
    this.store = store;
    this.fallback = fallback;
  }

  @Override
  public Optional<Duration> admit(String clientIp, String username) {
    if (!store.up()) {
      return fallback.admit(clientIp, username);
    }
    try {
      long wait = worst(ADMIT, "login:attempts:", clientIp, username, LoginThrottle.ATTEMPTS_PER_MINUTE,
          LoginThrottle.WINDOW);
      return wait > 0 ? Optional.of(Duration.ofMillis(wait)) : Optional.empty();
    } catch (ClusterStore.Unavailable e) {
      return fallback.admit(clientIp, username);
    }
  }

  @Override
  public Duration failed(String clientIp, String username) {
    if (!store.up()) {
      return fallback.failed(clientIp, username);
    }
    try {
      long failures = worst(FAIL, "login:failures:", clientIp, username, LoginThrottle.LOCKOUT_AFTER_FAILURES,
          LoginThrottle.LOCKOUT);
      return LoginThrottle.delayAfter((int) Math.min(failures, Integer.MAX_VALUE));
    } catch (ClusterStore.Unavailable e) {
      return fallback.failed(clientIp, username);
    }
  }

  @Override
  public void succeeded(String clientIp, String username) {
    fallback.succeeded(clientIp, username);
    try {
      String[] ks = keys(clientIp, username).stream().map(k -> store.key("login:failures:" + k)).toArray(String[]::new);
      store.call(c -> c.del(ks));
    } catch (ClusterStore.Unavailable e) {
      // the counts expire on their own
    }
  }

  /** Runs {@code script} for the address's key and the name's key; the larger answer counts. */
  private long worst(String script, String counter, String clientIp, String username, int limit, Duration window) {
    long worst = 0;
    for (String k : keys(clientIp, username)) {
      long r = store.call(c -> c.<Long>eval(script, ScriptOutputType.INTEGER,
          new String[] {store.key(counter + k), store.key("login:lock:" + k)},
          Integer.toString(limit), Long.toString(window.toMillis())));
      worst = Math.max(worst, r);
    }
    return worst;
  }

  // Case variants of one name share a budget, as in the local guard.
  private static List<String> keys(String clientIp, String username) {
    return List.of("ip:" + ClusterKeys.digest(clientIp == null ? "unknown" : clientIp),
        "user:" + ClusterKeys.digest(username == null ? "" : username.trim().toLowerCase(Locale.ROOT)));
  }
}
