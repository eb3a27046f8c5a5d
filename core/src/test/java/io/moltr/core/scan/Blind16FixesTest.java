package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fixes made after the blind16 first run, one table per fix: each leak must be found, each
 * look-alike must stay clean. Written fresh, not taken from the corpus.
 */
class Blind16FixesTest {

  private static void check(String why, String expected, String text) {
    ScanReport r = Fixtures.scanner().scan(text.replace("\\n", "\n"));
    String rules = r.findings().stream().map(Finding::ruleId).collect(Collectors.joining(","));
    assertEquals(expected, r.clean() ? "clean" : "leak", why + " [" + rules + "]: " + text);
  }

  // Maestro unspaced: 12 to 15 digits only at Maestro's own IINs; over the rest of the old
  // 50/56-69 range a short Luhn-valid run is an id (GCP project number, AWS account id).
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      gcp project number 12      ~ clean ~ "NAME      PROJECT_NUMBER\\nsearch    610344829177"
      account id 57...           ~ clean ~ "Account:  570123456784 (eu-west-1)"
      13 digits 6099             ~ clean ~ "queued job 6099155204718"
      maestro 6759 thirteen      ~ leak  ~ "Maestro 6759314088209 exp 09/28"
      maestro 5018 twelve        ~ leak  ~ "card=501833174029"
      """)
  void maestroShortOnlyAtItsIins(String why, String expected, String text) {
    check(why, expected, text);
  }
}
