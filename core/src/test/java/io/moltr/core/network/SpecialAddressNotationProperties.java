package io.moltr.core.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.Decision;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every notation of a special-purpose address is denied as special, never as "just an IP". */
class SpecialAddressNotationProperties {
  private static final UrlPolicy POLICY = ShippedPolicy.policy(new FakeResolver());
  private static final List<String> SPECIAL_RULES =
      List.of("network.metadata", "network.private_address");

  /** (base, prefix length) of IPv4 special-purpose ranges. */
  private static final long[][] V4_RANGES = {
    {ip(0, 0, 0, 0), 8}, {ip(10, 0, 0, 0), 8}, {ip(100, 64, 0, 0), 10}, {ip(127, 0, 0, 0), 8},
    {ip(169, 254, 0, 0), 16}, {ip(172, 16, 0, 0), 12}, {ip(192, 0, 0, 0), 24},
    {ip(192, 0, 2, 0), 24}, {ip(192, 168, 0, 0), 16}, {ip(198, 18, 0, 0), 15},
    {ip(198, 51, 100, 0), 24}, {ip(203, 0, 113, 0), 24}, {ip(224, 0, 0, 0), 4},
    {ip(240, 0, 0, 0), 4}, {ip(169, 254, 169, 254), 32}, {ip(100, 100, 100, 200), 32},
  };

  private static long ip(int a, int b, int c, int d) {
    return ((long) a << 24) | (b << 16) | (c << 8) | d;
  }

  @Provide
  Arbitrary<Long> specialIpv4() {
    return Combinators.combine(Arbitraries.integers().between(0, V4_RANGES.length - 1),
            Arbitraries.longs().between(0, 0xffffffffL))
        .as((i, r) -> {
          long base = V4_RANGES[i][0];
          int len = (int) V4_RANGES[i][1];
          long mask = len == 0 ? 0 : (0xffffffffL << (32 - len)) & 0xffffffffL;
          return (base & mask) | (r & ~mask & 0xffffffffL);
        });
  }

  @Property(tries = 2000)
  void everyIpv4NotationOfASpecialAddressIsDenied(@ForAll("specialIpv4") long addr,
      @ForAll long seed) {
    Random rnd = new Random(seed);
    String host = Ipv4Notations.render(addr, rnd);
    String url = (rnd.nextBoolean() ? "http://" : "https://")
        + (rnd.nextInt(4) == 0 ? "github.com@" : "") + host + (rnd.nextBoolean() ? "/" : ":443/x");
    assertSpecialDeny(url);
  }

  @Property(tries = 1000)
  void everyIpv6EmbeddingOfASpecialIpv4IsDenied(@ForAll("specialIpv4") long addr,
      @ForAll long seed) {
    Random rnd = new Random(seed);
    int v = (int) addr;
    String hi = Integer.toHexString((v >>> 16) & 0xffff);
    String lo = Integer.toHexString(v & 0xffff);
    String dotted = UrlCanonicalizer.formatIpv4(v);
    String inv = Integer.toHexString((~v >>> 16) & 0xffff) + ":" + Integer.toHexString(~v & 0xffff);
    String[] forms = {
      "::ffff:" + dotted, "::ffff:" + hi + ":" + lo, "0:0:0:0:0:ffff:" + dotted,
      "::" + dotted, "64:ff9b::" + dotted, "64:ff9b::" + hi + ":" + lo,
      "2002:" + hi + ":" + lo + "::1", "2001:0:4136:e378:8000:63bf:" + inv,
      "::ffff:0:" + dotted,
    };
    String host = forms[rnd.nextInt(forms.length)];
    if (rnd.nextBoolean()) {
      host = host.toUpperCase(Locale.ROOT);
    }
    // ::a.b.c.d (compatible) with a zero first octet is "::" itself or the loopback; both special.
    assertSpecialDeny("http://[" + host + "]/");
  }

  @Provide
  Arbitrary<int[]> specialIpv6() {
    int[][] prefixes = {
      {0xfc00, 7}, {0xfe80, 10}, {0xfec0, 10}, {0xff00, 8}, {0x2001_0db8, 32}, {0x0100, 16},
    };
    return Combinators.combine(Arbitraries.integers().between(0, prefixes.length - 1),
            Arbitraries.integers().array(int[].class).ofSize(8))
        .as((i, words) -> {
          int[] w = new int[8];
          for (int k = 0; k < 8; k++) {
            w[k] = words[k] & 0xffff;
          }
          int[] p = prefixes[i];
          if (p[1] == 32) {
            w[0] = 0x2001;
            w[1] = 0x0db8;
          } else {
            int mask = (0xffff << (16 - p[1])) & 0xffff;
            w[0] = (p[0] & mask) | (w[0] & ~mask & 0xffff);
          }
          if (i == 5) {
            w[1] = w[2] = w[3] = 0; // 100::/64 discard-only
          }
          return w;
        });
  }

  @Property(tries = 1000)
  void everyIpv6NotationOfASpecialAddressIsDenied(@ForAll("specialIpv6") int[] words,
      @ForAll long seed) {
    Random rnd = new Random(seed);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < 8; k++) {
      if (k > 0) {
        sb.append(':');
      }
      String h = Integer.toHexString(words[k]);
      if (rnd.nextBoolean()) {
        h = "0".repeat(4 - h.length()) + h;
      }
      sb.append(rnd.nextBoolean() ? h.toUpperCase(Locale.ROOT) : h);
    }
    byte[] b = new byte[16];
    for (int k = 0; k < 8; k++) {
      b[2 * k] = (byte) (words[k] >>> 8);
      b[2 * k + 1] = (byte) words[k];
    }
    String host = rnd.nextBoolean() ? sb.toString() : UrlCanonicalizer.formatIpv6(b);
    if (rnd.nextInt(3) == 0) {
      host += rnd.nextBoolean() ? "%25eth0" : "%en0";
    }
    assertSpecialDeny("http://[" + host + "]:8080/");
  }

  private static void assertSpecialDeny(String url) {
    Decision d = POLICY.check(url);
    assertThat(d).as(url).isInstanceOf(Decision.Deny.class);
    assertThat(((Decision.Deny) d).ruleId()).as(url + " -> " + d.reason()).isIn(SPECIAL_RULES);
  }
}
