package io.moltr.server.ratelimit;

import io.moltr.core.config.ConfigNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The per-minute limits of {@code api.rate_limits}, per client address: health, scan, check,
 * killswitch_trigger, killswitch_reset and login (0 turns one off). The counting is done by a
 * {@link RateLimiter}, local or shared by the fleet.
 */
public final class RateLimits {
  public static final String HEALTH = "health";
  public static final String SCAN = "scan";
  public static final String CHECK = "check";
  public static final String KILLSWITCH_TRIGGER = "killswitch_trigger";
  public static final String KILLSWITCH_RESET = "killswitch_reset";
  public static final String LOGIN = "login";
  private static final Map<String, Integer> DEFAULTS = defaults();
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final Map<String, Integer> perMinute;
  private final RateLimiter limiter;

  public RateLimits(Map<String, Integer> perMinute, RateLimiter limiter) {
    this.perMinute = Map.copyOf(perMinute);
    this.limiter = limiter;
  }

  private static Map<String, Integer> defaults() {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put(HEALTH, 60);
    m.put(SCAN, 60);
    m.put(CHECK, 120);
    m.put(KILLSWITCH_TRIGGER, 3);
    m.put(KILLSWITCH_RESET, 5);
    m.put(LOGIN, 5);
    return m;
  }

  /** Reads {@code api.rate_limits}; a missing entry takes the specification's value, an unknown one stops the start. */
  public static RateLimits fromConfig(ConfigNode limits, RateLimiter limiter) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> d : DEFAULTS.entrySet()) {
      m.put(d.getKey(), limits.intValue(d.getKey(), d.getValue(), 0, 1_000_000));
    }
    for (String k : limits.keys()) {
      if (!DEFAULTS.containsKey(k)) {
        throw limits.get(k).error("unknown rate limit; expected one of " + String.join(", ", DEFAULTS.keySet()));
      }
    }
    return new RateLimits(m, limiter);
  }

  /** No limits at all (tests of other things). */
  public static RateLimits none() {
    Map<String, Integer> m = new LinkedHashMap<>();
    DEFAULTS.keySet().forEach(k -> m.put(k, 0));
    return new RateLimits(m, (b, c, l, w) -> 0);
  }

  /** 0 when {@code client} may go ahead in {@code name}, else the seconds to wait. */
  public long acquire(String name, String client) {
    Integer limit = perMinute.get(name);
    if (limit == null) {
      throw new IllegalArgumentException("no rate limit named " + name);
    }
    return limiter.acquire(name, client == null ? "unknown" : client, limit, MINUTE);
  }

  public int perMinute(String name) {
    return perMinute.getOrDefault(name, 0);
  }
}
