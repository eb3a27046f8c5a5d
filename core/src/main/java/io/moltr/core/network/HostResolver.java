package io.moltr.core.network;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

/** Resolves a host name to its addresses; injectable so that tests run offline. */
public interface HostResolver {
  List<InetAddress> resolve(String host) throws UnknownHostException;

  /** The system resolver with a 2 s timeout and a 30 s cache of at most 10,000 names. */
  static HostResolver system() {
    return system(Duration.ofSeconds(2), Duration.ofSeconds(30), 10_000);
  }

  /**
   * The system resolver (InetAddress) with a timeout per lookup and a cache. The JDK does not
   * expose DNS TTLs, so {@code ttl} is a fixed upper bound on how long an answer is reused;
   * failures are cached for a fifth of it so a dead name does not cost a timeout per request.
   */
  static HostResolver system(Duration timeout, Duration ttl, int maxEntries) {
    return new CachingSystemResolver(timeout, ttl, maxEntries, InetAddress::getAllByName);
  }
}
