package io.moltr.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachingSystemResolverTest {
  private static InetAddress addr() throws UnknownHostException {
    return InetAddress.getByAddress(new byte[] {93, (byte) 184, (byte) 216, 34});
  }

  @Test
  void answersAreCachedUntilTheTtl() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    CachingSystemResolver r = new CachingSystemResolver(Duration.ofSeconds(1), Duration.ofHours(1), 10,
        host -> {
          calls.incrementAndGet();
          return new InetAddress[] {addr()};
        });
    r.resolve("a.example");
    r.resolve("a.example");
    assertThat(calls).hasValue(1);
  }

  @Test
  void cacheIsBounded() throws Exception {
    CachingSystemResolver r = new CachingSystemResolver(Duration.ofSeconds(1), Duration.ofHours(1), 3,
        host -> new InetAddress[] {addr()});
    for (int i = 0; i < 20; i++) {
      r.resolve("h" + i + ".example");
    }
    assertThat(r.cachedEntries()).isLessThanOrEqualTo(3);
  }

  @Test
  void slowLookupTimesOutAsUnknownHost() {
    CachingSystemResolver r = new CachingSystemResolver(Duration.ofMillis(50), Duration.ofSeconds(5), 10,
        host -> {
          try {
            Thread.sleep(5_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return new InetAddress[] {addr()};
        });
    assertThatThrownBy(() -> r.resolve("slow.example"))
        .isInstanceOf(UnknownHostException.class).hasMessageContaining("timed out");
  }

  @Test
  void failuresSurfaceAsUnknownHost() {
    CachingSystemResolver r = new CachingSystemResolver(Duration.ofSeconds(1), Duration.ofSeconds(5), 10,
        host -> {
          throw new UnknownHostException(host);
        });
    assertThatThrownBy(() -> r.resolve("nx.example")).isInstanceOf(UnknownHostException.class);
  }
}
