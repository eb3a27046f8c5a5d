package io.moltr.server.ratelimit;

import java.time.Duration;

/** Counts events per bucket and client; in memory by default, in Redis in cluster mode. */
public interface RateLimiter {
  /**
   * Counts one event of {@code client} in {@code bucket}. Returns 0 when it may go ahead, else
   * the seconds until the window ends (for Retry-After). A limit of 0 or less means no limit.
   */
  long acquire(String bucket, String client, int limit, Duration window);
}
