package io.moltr.core.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The canonicaliser sees through every notation to the one address a client connects to. */
class CanonicalFormProperties {
  @Property(tries = 3000)
  void everyIpv4NotationCanonicalisesToTheDottedQuad(
      @ForAll @LongRange(min = 0, max = 0xffffffffL) long addr, @ForAll long seed) {
    String host = Ipv4Notations.render(addr, new Random(seed));
    CanonicalUrl u = UrlCanonicalizer.canonicalize("http://" + host + "/");
    assertThat(u.host()).as(host).isEqualTo(UrlCanonicalizer.formatIpv4((int) addr));
    assertThat(u.hostKind()).isEqualTo(CanonicalUrl.HostKind.IPV4);
  }

  @Property(tries = 2000)
  void ipv6FormatAndParseRoundTrip(@ForAll byte[] raw) {
    byte[] a = new byte[16];
    System.arraycopy(raw, 0, a, 0, Math.min(16, raw.length));
    String text = UrlCanonicalizer.formatIpv6(a);
    assertThat(UrlCanonicalizer.parseIpv6(text)).as(text).containsExactly(a);
    assertThat(UrlCanonicalizer.canonicalize("http://[" + text.toUpperCase() + "]/").host())
        .isEqualTo(text);
  }

  @Property(tries = 500)
  void canonicalisationIsIdempotent(@ForAll("hosts") String host) {
    CanonicalUrl once = UrlCanonicalizer.canonicalize("https://" + host + "/x");
    String again = once.hostKind() == CanonicalUrl.HostKind.IPV6 ? "[" + once.host() + "]" : once.host();
    assertThat(UrlCanonicalizer.canonicalize("https://" + again + "/x").host()).isEqualTo(once.host());
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> hosts() {
    return net.jqwik.api.Arbitraries.of("GitHub.com.", "ｇｉｔｈｕｂ.com", "%67ithub.com", "bücher.de",
        "0x7f.1", "[::FFFF:127.0.0.1]", "API.OPENAI.COM", "xn--bcher-kva.de", "169.254.43518");
  }
}
