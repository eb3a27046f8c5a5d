package io.moltr.server.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} events per client and window. A fixed window is coarse but cannot be
 * gamed into more than twice the limit across a boundary, and needs one counter per client.
 * The map is pruned so that a flood of client keys cannot grow it without bound.
 */
public final class WindowLimiter {
  private static final int MAX_CLIENTS = 100_000;

  private record Window(long start, int count) {}

  private final int limit;
  private final long windowMillis;
  private final Clock clock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  public WindowLimiter(int limit, Duration window, Clock clock) {
    this.limit = limit;
    this.windowMillis = window.toMillis();
    this.clock = clock;
  }

  /** 0 when the event may go ahead, else the seconds until the window ends (Retry-After). */
  public long acquire(String client) {
    if (limit <= 0) {
      return 0;
    }
    long now = clock.millis();
    if (windows.size() > MAX_CLIENTS) {
      windows.entrySet().removeIf(e -> now - e.getValue().start() >= windowMillis);
    }
    Window w = windows.compute(client, (k, old) ->
        old == null || now - old.start() >= windowMillis ? new Window(now, 1) : new Window(old.start(), old.count() + 1));
    if (w.count() <= limit) {
      return 0;
    }
    return Math.max(1, (w.start() + windowMillis - now + 999) / 1000);
  }
}
