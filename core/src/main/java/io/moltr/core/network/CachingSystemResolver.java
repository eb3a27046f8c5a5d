package io.moltr.core.network;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * InetAddress lookups run on a small daemon pool so that a slow DNS server costs at most the
 * timeout; answers are cached (bounded) so an allowed name costs one lookup per TTL.
 */
final class CachingSystemResolver implements HostResolver {
  /** The lookup function, so tests can count calls. */
  interface Lookup {
    InetAddress[] lookup(String host) throws UnknownHostException;
  }

  private record Entry(List<InetAddress> addresses, String failure, long expiresAtNanos) {}

  private final long timeoutNanos;
  private final long ttlNanos;
  private final int maxEntries;
  private final Lookup lookup;
  private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();
  private final ThreadPoolExecutor pool;

  CachingSystemResolver(Duration timeout, Duration ttl, int maxEntries, Lookup lookup) {
    if (timeout.isNegative() || timeout.isZero() || ttl.isNegative() || maxEntries < 1) {
      throw new IllegalArgumentException("timeout must be positive, ttl >= 0, maxEntries >= 1");
    }
    this.timeoutNanos = timeout.toNanos();
    this.ttlNanos = ttl.toNanos();
    this.maxEntries = maxEntries;
    this.lookup = lookup;
    // A bounded queue: a flood of unique names is refused (fail closed), not queued forever.
    this.pool = new ThreadPoolExecutor(4, 4, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(256),
        r -> {
          Thread t = new Thread(r, "moltr-dns");
          t.setDaemon(true);
          return t;
        });
    pool.allowCoreThreadTimeOut(true);
  }

  @Override
  public List<InetAddress> resolve(String host) throws UnknownHostException {
    long now = System.nanoTime();
    Entry cached = cache.get(host);
    if (cached != null && now - cached.expiresAtNanos < 0) {
      return answer(host, cached);
    }
    Entry fresh = lookupWithTimeout(host, now);
    if (ttlNanos > 0) {
      if (cache.size() >= maxEntries) {
        evict(now);
      }
      cache.put(host, fresh);
    }
    return answer(host, fresh);
  }

  private Entry lookupWithTimeout(String host, long now) {
    Future<InetAddress[]> f;
    try {
      f = pool.submit(() -> lookup.lookup(host));
    } catch (RejectedExecutionException e) {
      return new Entry(null, "resolver busy", now); // not cached: expires at once
    }
    try {
      InetAddress[] all = f.get(timeoutNanos, TimeUnit.NANOSECONDS);
      return new Entry(List.of(all), null, now + ttlNanos);
    } catch (TimeoutException e) {
      f.cancel(true);
      return new Entry(null, "lookup timed out", now + ttlNanos / 5);
    } catch (ExecutionException e) {
      return new Entry(null, "no such host", now + ttlNanos / 5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Entry(null, "interrupted", now);
    }
  }

  private static List<InetAddress> answer(String host, Entry e) throws UnknownHostException {
    if (e.addresses == null || e.addresses.isEmpty()) {
      throw new UnknownHostException(host + ": " + (e.failure == null ? "no addresses" : e.failure));
    }
    return e.addresses;
  }

  private void evict(long now) {
    cache.values().removeIf(e -> now - e.expiresAtNanos >= 0);
    Iterator<String> it = cache.keySet().iterator();
    while (cache.size() >= maxEntries && it.hasNext()) {
      it.next();
      it.remove();
    }
  }

  int cachedEntries() {
    return cache.size();
  }
}
