package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** Properties of the scanner that hold for every input, checked on generated ones. */
class ScanPropertiesTest {
  private final OutputScanner scanner = Fixtures.scanner();

  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.strings().withChars("abcdefghij klmnop.,\n").ofMaxLength(200);
  }

  @Property(tries = 200)
  void aTokenIsFoundWhereverItIsAndRedactedExactly(@ForAll("prose") String before,
      @ForAll("prose") String after, @ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
    String token = FakeSecrets.github(new Random(seed), "ghp_");
    String text = before + " " + token + " " + after;
    ScanReport r = scanner.scan(text);
    assertThat(r.findings()).anySatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo("github-pat");
      assertThat(text.substring(f.start(), f.end())).isEqualTo(token);
    });
    assertThat(r.redacted()).doesNotContain(token);
  }

  @Property(tries = 300)
  void anyTextScansWithoutErrorAndOffsetsStayInside(@ForAll @StringLength(max = 400) String text) {
    ScanReport r = scanner.scan(text);
    for (Finding f : r.findings()) {
      assertThat(f.start()).isBetween(0, f.end());
      assertThat(f.end()).isLessThanOrEqualTo(text.length());
      assertThat(f.preview()).doesNotContain(text.substring(f.start(), f.end()).length() > 8
          ? text.substring(f.start(), f.end()) : "\u0000");
    }
    if (r.clean()) {
      assertThat(r.redacted()).isEqualTo(text);
    }
  }

  @Property(tries = 100)
  void invisibleCharactersNeverHideAKey(@ForAll @IntRange(min = 1, max = 38) int cut,
      @ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
    String token = FakeSecrets.github(new Random(seed), "ghp_");
    String hidden = token.substring(0, cut) + "\u200d\u2063" + token.substring(cut);
    assertThat(scanner.scan("here: " + hidden).findings()).extracting(Finding::ruleId)
        .contains("github-pat");
  }

  @Test
  void aChecksummedTokenThatHappensToContainXxxxIsStillFound() {
    // Seed 163044 gives 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: valid CRC32, and "xxXX" inside.
    String token = FakeSecrets.github(new Random(163044), "ghp_");
    assertThat(token.toLowerCase()).contains("xxxx");
    assertThat(scanner.scan("here: " + token).findings()).extracting(Finding::ruleId).contains("github-pat");
    assertThat(scanner.scan("token: ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx").findings()).isEmpty();
  }

  @Property(tries = 100)
  void everyLuhnValidVisaIsFoundEveryOtherCheckDigitIsNot(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
    String card = FakeSecrets.luhnComplete(new Random(seed), "4", 16);
    assertThat(scanner.scan("card " + card + " exp 12/29").findings()).extracting(Finding::ruleId).contains("visa-card");
    char last = card.charAt(15);
    String wrong = card.substring(0, 15) + (char) ('0' + (last - '0' + 1) % 10);
    // Read backwards the same digits may be a valid card by chance; only the plain reading counts.
    assertThat(scanner.scan("card " + wrong + " exp 12/29").findings())
        .filteredOn(f -> f.decoding().isEmpty())
        .extracting(Finding::ruleId)
        .doesNotContain("visa-card");
  }
}
