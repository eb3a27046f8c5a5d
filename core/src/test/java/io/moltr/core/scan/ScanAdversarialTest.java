package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile 1 MiB inputs must be scanned, not choke the scanner. No timing is asserted (the timeout
 * is a generous guard against hangs); the benchmark measures the speed.
 */
class ScanAdversarialTest {
  static final int MIB = 1 << 20;

  static Stream<Arguments> inputs() {
    return Stream.of(
        in("one character", () -> "a".repeat(MIB)),
        in("repeated sk-", () -> "sk-".repeat(MIB / 3)),
        in("repeated ghp_", () -> "ghp_".repeat(MIB / 4)),
        in("repeated keyword password=", () -> "password=".repeat(MIB / 9)),
        in("long base64-looking run", () -> randomBase64(MIB)),
        in("base64 lines", () -> (randomBase64(76) + "\n").repeat(MIB / 77)),
        in("digits", () -> "4".repeat(MIB)),
        in("spaced digits", () -> "4111 ".repeat(MIB / 5)),
        in("seed-like words", () -> "abandon ".repeat(MIB / 8)),
        in("percent signs", () -> "%41".repeat(MIB / 3)),
        in("backslash escapes", () -> "\\x41".repeat(MIB / 4)),
        in("ampersands", () -> "&#65;".repeat(MIB / 5)),
        in("zero-width flood", () -> "\u200b".repeat(MIB)),
        in("fullwidth flood", () -> "\uff53".repeat(MIB)),
        in("spaced hex", () -> "41 ".repeat(MIB / 3)),
        in("pem headers", () -> "-----BEGIN PRIVATE KEY-----\n".repeat(MIB / 28)),
        in("urls with userinfo", () -> "https://u:p@h ".repeat(MIB / 14)),
        in("tokens of a SID's length", () -> ("AC" + "0123456789abcdef".repeat(2) + " ").repeat(MIB / 35)),
        in("tokens of a WIF key's length", () -> (randomBase64(51).replace('+', 'x').replace('/', 'y') + " ").repeat(MIB / 52)),
        in("JSON newlines, no quotes", () -> "a\\n".repeat(MIB / 3)),
        in("JSON newlines, unclosed string", () -> "\"" + "a\\n".repeat(MIB / 3)),
        in("JSON newlines, short strings", () -> ("\"" + "x\\n".repeat(40) + "\" ").repeat(MIB / 123)),
        in("JSON newlines, quote far back", () -> "\"" + "b".repeat(5000) + "a\\n".repeat((MIB - 6000) / 3)),
        in("nested base64", ScanAdversarialTest::nested));
  }

  static Arguments in(String name, Supplier<String> text) {
    return Arguments.of(name, text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void completes(String name, Supplier<String> text) {
    String t = text.get();
    ScanReport r = Fixtures.scanner().scan(t);
    assertThat(r.redacted()).isNotNull();
    for (Finding f : r.findings()) {
      assertThat(f.start()).isBetween(0, t.length());
      assertThat(f.end()).isBetween(f.start(), t.length());
    }
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void secretBuriedInHostileInputIsStillFound() {
    String token = FakeSecrets.github(new Random(5), "ghp_");
    String text = "sk-".repeat(100_000) + " " + token + " " + "a".repeat(100_000);
    assertThat(Fixtures.scanner().scan(text).findings()).extracting(Finding::ruleId).contains("github-pat");
  }

  static String randomBase64(int size) {
    byte[] raw = new byte[size];
    new Random(1).nextBytes(raw);
    return Base64.getEncoder().encodeToString(raw).substring(0, size);
  }

  /** Ten layers of base64 around a sentence, repeated. */
  static String nested() {
    String s = "nothing to see here, just a sentence";
    for (int i = 0; i < 10; i++) {
      s = Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
    StringBuilder b = new StringBuilder();
    while (b.length() < MIB) {
      b.append(s).append(' ');
    }
    return b.substring(0, MIB);
  }
}
