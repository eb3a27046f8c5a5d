package io.moltr.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PseudonymizerTest {
  @ParameterizedTest
  @CsvSource({
      "203.0.113.77, 203.0.113.0",
      "127.0.0.1, 127.0.0.0",
      "2001:db8:1234:5678::1, 2001:db8:1234::",
      "[2001:db8:abcd:1::7], 2001:db8:abcd::",
      "fe80::1%eth0, fe80:0:0::",
      "::ffff:198.51.100.9, 198.51.100.0",
      "not-an-ip.example.com, unknown",
      "'', unknown",
  })
  void addressesLoseTheirHostPart(String in, String out) {
    assertThat(Pseudonymizer.ip(in)).isEqualTo(out);
  }

  @ParameterizedTest
  @CsvSource({"abcdefghijklmnop, abcdefgh…", "abc, a…"})
  void tokensShowEightCharactersAtMost(String in, String out) {
    assertThat(Pseudonymizer.token(in)).isEqualTo(out);
  }

  @org.junit.jupiter.api.Test
  void userAgentsAreCutTo80AndLoseControlCharacters() {
    String ua = "Mozilla/5.0\n" + "x".repeat(200);
    assertThat(Pseudonymizer.userAgent(ua)).hasSize(80).doesNotContain("\n");
  }
}
