package io.moltr.server.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The embedded default: one {@link WindowLimiter} per bucket, in this process. */
public final class LocalRateLimiter implements RateLimiter {
  private record Key(String bucket, int limit, Duration window) {}

  private final Clock clock;
  private final Map<Key, WindowLimiter> limiters = new ConcurrentHashMap<>();

  public LocalRateLimiter(Clock clock) {
    this.clock = clock;
  }

  @Override
  public long acquire(String bucket, String client, int limit, Duration window) {
    if (limit <= 0) {
      return 0;
    }
    return limiters.computeIfAbsent(new Key(bucket, limit, window), k -> new WindowLimiter(limit, window, clock))
        .acquire(client);
  }
}
