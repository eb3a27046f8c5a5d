package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScanRedactionTest {
  private final OutputScanner scanner = Fixtures.scanner();
  private final String token = FakeSecrets.github(new Random(3), "ghp_");

  @Test
  void plainFindingCarriesOffsetsPreviewAndRedaction() {
    String text = "use " + token + " now";
    ScanReport r = scanner.scan(text);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(text.substring(f.start(), f.end())).isEqualTo(token);
      assertThat(f.decoding()).isEmpty();
      assertThat(f.type()).isEqualTo("api_key");
      assertThat(f.preview()).isEqualTo("ghp_\u202640").doesNotContain(token.substring(4, 12));
      assertThat(f.confidence()).isGreaterThan(0.9);
    });
    assertThat(r.redacted()).isEqualTo("use [REDACTED:github-pat] now");
  }

  /**
   * Keys whose rules allow a long tail used to take the words after them along: the rejoined
   * layer matched "sk_live_... is active" as one key, and the redaction ate "is active".
   */
  @Test
  void theWordsAfterAKeyStayOutOfItsSpan() {
    String stripe = "sk_live_51HqLyjWDarjtT1zdp7dcXYZabc123";
    String gitlab = "glpat-Xq7vL2mN9pR4sT8wK3zQ";
    assertThat(scanner.scan("Your key " + stripe + " is active.").redacted())
        .isEqualTo("Your key [REDACTED:stripe-secret-key] is active.");
    assertThat(scanner.scan("token " + gitlab + " works now").redacted())
        .isEqualTo("token [REDACTED:gitlab-pat] works now");
    assertThat(scanner.scan("key " + stripe + " Done").findings()).singleElement()
        .satisfies(f -> assertThat(f.decoding()).isEmpty());
    // A key cut into pieces still needs the rejoined layer: its span covers every piece.
    String cut = "key sk_live_51HqLyjW\nDarjtT1zdp7dcXYZabc123 end";
    assertThat(scanner.scan(cut).findings()).singleElement().satisfies(f -> {
      assertThat(f.decoding()).containsExactly("rejoined");
      assertThat(cut.substring(f.start(), f.end())).startsWith("sk_live_51HqLyjW\nDarjtT1zdp7dcXYZabc123");
    });
    assertThat(ScanRun.ordinaryWords(" is active", 0, 10)).isTrue();
    assertThat(ScanRun.ordinaryWords(" Done", 0, 5)).isTrue();
    assertThat(ScanRun.ordinaryWords(" bc123", 0, 6)).isFalse();
    assertThat(ScanRun.ordinaryWords(" xQzPkW", 0, 7)).isFalse();
  }

  @Test
  void decodedFindingSpansTheEncodedSegmentAndNamesTheChain() {
    String inner = Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    String outer = Base64.getEncoder().encodeToString(inner.getBytes(StandardCharsets.UTF_8));
    String text = "payload=" + outer + " end";
    ScanReport r = scanner.scan(text);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("github-pat");
      assertThat(f.decoding()).containsExactly("base64", "base64");
      assertThat(text.substring(f.start(), f.end())).isEqualTo(outer);
    });
    assertThat(r.redacted()).isEqualTo("payload=[REDACTED:github-pat] end");
  }

  @Test
  void zeroWidthCharactersDoNotHideAToken() {
    String split = token.substring(0, 10) + "\u200b" + token.substring(10, 20) + "\u2060" + token.substring(20);
    String text = "x " + split + " y";
    ScanReport r = scanner.scan(text);
    assertThat(r.findings()).singleElement().satisfies(f ->
        assertThat(text.substring(f.start(), f.end())).isEqualTo(split));
    assertThat(r.redacted()).isEqualTo("x [REDACTED:github-pat] y");
  }

  @Test
  void rot13AndReversedKeepExactOffsets() {
    String rot = Decoders.rot13(token, 0, token.length());
    String text = "a " + rot + " b";
    Finding f = scanner.scan(text).findings().get(0);
    assertThat(f.decoding()).containsExactly("rot13");
    assertThat(text.substring(f.start(), f.end())).isEqualTo(rot);
    String rev = new StringBuilder(token).reverse().toString();
    String text2 = "a " + rev + " b";
    Finding g = scanner.scan(text2).findings().get(0);
    assertThat(g.decoding()).containsExactly("reversed");
    assertThat(text2.substring(g.start(), g.end())).isEqualTo(rev);
  }

  @Test
  void tokenSplitAcrossStringConcatenationIsRejoined() {
    String text = "key = \"" + token.substring(0, 20) + "\" +\n      \"" + token.substring(20) + "\"";
    ScanReport r = scanner.scan(text);
    assertThat(r.findings()).extracting(Finding::ruleId).contains("github-pat");
    assertThat(r.findings().get(0).decoding()).containsExactly("rejoined");
  }

  @Test
  void registeredSecretsAreFoundPlainAndEncoded() {
    OutputScanner s = Fixtures.fresh();
    String value = "correct-horse-battery-staple";
    s.setRegisteredSecrets(Map.of("backup passphrase", value));
    String b64 = Base64.getEncoder().encodeToString(("db=" + value).getBytes(StandardCharsets.UTF_8));
    for (String text : new String[] {
        "the value is " + value + ".", "blob " + b64, "hex " + java.util.HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8)),
        "r13 " + Decoders.rot13(value, 0, value.length()), "pct " + FakeSecrets.percentAll(value)}) {
      ScanReport r = s.scan(text);
      assertThat(r.findings()).as(text).extracting(Finding::ruleId).contains("registered-secret");
      assertThat(r.findings().get(0).name()).isEqualTo("backup passphrase");
      assertThat(r.findings().get(0).preview()).doesNotContain(value);
    }
    s.setRegisteredSecrets(Map.of());
    assertThat(s.scan("the value is " + value + ".").clean()).isTrue();
  }

  @Test
  void shortRegisteredValuesAreIgnored() {
    OutputScanner s = Fixtures.fresh();
    s.setRegisteredSecrets(Map.of("pin", "1234"));
    assertThat(s.scan("room 1234 is free").clean()).isTrue();
  }

  @Test
  void tooLongTextIsRefused() {
    OutputScanner s = OutputScanner.fromConfig(
        io.moltr.core.config.ConfigNode.load(Fixtures.configDir().resolve("scan_patterns.yaml")),
        io.moltr.core.config.ConfigNode.parse("default.yaml", "max_output_length: 10"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.scan("x".repeat(11)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
