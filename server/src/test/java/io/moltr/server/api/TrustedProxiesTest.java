package io.moltr.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrustedProxiesTest {

  @ParameterizedTest(name = "{0} trusts {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      10.0.0.1                  | 10.0.0.1          | true
      10.0.0.1                  | 10.0.0.2          | false
      10.0.0.0/8                | 10.255.1.2        | true
      10.0.0.0/8                | 11.0.0.1          | false
      192.168.4.0/22            | 192.168.7.255     | true
      192.168.4.0/22            | 192.168.8.0       | false
      0.0.0.0/0                 | 203.0.113.9       | true
      ::1                       | ::1               | true
      ::1                       | 0:0:0:0:0:0:0:1   | true
      fd00::/8                  | fd12:3456::1      | true
      fd00::/8                  | fe80::1           | false
      2001:db8::/32             | 2001:db8:ffff::1  | true
      2001:db8::/32             | 10.0.0.1          | false
      10.0.0.1                  | ::ffff:10.0.0.1   | true
      '10.0.0.1, fd00::/8'      | fd00::5           | true
      10.0.0.1                  | proxy.example     | false
      ''                        | 127.0.0.1         | false
      """)
  void trusts(String spec, String address, boolean expected) {
    assertThat(TrustedProxies.parse(spec).trusts(address)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "peer {1}, X-Forwarded-For \"{2}\" -> {3} ({4})")
  @CsvSource(delimiter = '|', textBlock = """
      10.0.0.1   | 10.0.0.1     | 203.0.113.7                     | 203.0.113.7  | one trusted hop
      10.0.0.1   | 198.51.100.2 | 203.0.113.7                     | 198.51.100.2 | untrusted peer: the header is ignored
      10.0.0.0/8 | 10.0.0.1     | 1.2.3.4, 203.0.113.7, 10.0.0.9  | 203.0.113.7  | right-most untrusted entry; the forged 1.2.3.4 is skipped
      10.0.0.0/8 | 10.0.0.1     | 10.0.0.3, 10.0.0.9              | 10.0.0.3     | every hop trusted: the left-most
      10.0.0.1   | 10.0.0.1     | ''                              | 10.0.0.1     | no header
      10.0.0.1   | 10.0.0.1     | evil, 203.0.113.7               | 203.0.113.7  | garbage further left does not matter
      10.0.0.1   | 10.0.0.1     | 203.0.113.7, garbage            | 10.0.0.1     | garbage from the proxy's side: the proxy is the client
      10.0.0.1   | 10.0.0.1     | 203.0.113.7:5123                | 203.0.113.7  | a port is dropped
      ::1        | ::1          | 2001:db8::7                     | 2001:db8::7  | IPv6
      ::1        | ::1          | [2001:db8::7]:443               | 2001:db8::7  | bracketed IPv6 with a port
      """)
  void clientAddress(String spec, String peer, String xff, String expected, String why) {
    List<String> headers = xff.isEmpty() ? List.of() : List.of(xff);
    assertThat(TrustedProxies.parse(spec).clientAddress(peer, headers)).as(why).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      proxy.internal   | not an IP address or CIDR block
      10.0.0.0/33      | prefix length outside 0-32
      fd00::/129       | prefix length outside 0-128
      10.0.0.0/x       | prefix length
      300.1.1.1        | not an IP address
      """)
  void badEntriesAreNamed(String spec, String message) {
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.1, " + spec))
        .hasMessageContaining("MOLTR_TRUSTED_PROXY").hasMessageContaining(spec).hasMessageContaining(message);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      127.0.0.1 | https        | true
      127.0.0.1 | http, https  | true
      127.0.0.1 | https, http  | false
      10.9.9.9  | https        | false
      """)
  void forwardedProtoCountsOnlyFromTheProxy(String peer, String proto, boolean tls) {
    assertThat(TrustedProxies.parse("127.0.0.1").forwardedOverTls(peer, proto)).isEqualTo(tls);
  }
}
