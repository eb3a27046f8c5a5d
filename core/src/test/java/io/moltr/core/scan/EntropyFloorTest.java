package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The entropy bar follows the value's alphabet and length: random hex digits and one-case tokens
 * under a secret's name are reported at any length from 16, while values with fewer distinct
 * characters than chance gives (repeats, patterns) are not.
 */
class EntropyFloorTest {
  private final OutputScanner scanner = Fixtures.scanner();

  private static String random(Random rnd, String alphabet, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  @Test
  void randomHexAndOneCaseTokensAreReportedAtEveryLength() {
    Random rnd = new Random(20261130);
    String[] names = {"ACME_API_TOKEN", "vendor_secret", "PAYMENTS_API_KEY", "ingest.access-key"};
    int runs = 0;
    int found = 0;
    for (String alphabet : new String[] {"0123456789abcdef", "0123456789ABCDEF",
        "abcdefghijklmnopqrstuvwxyz0123456789"}) {
      for (int n = 16; n <= 40; n += 4) {
        for (int i = 0; i < 25; i++) {
          String value = random(rnd, alphabet, n);
          String text = names[i % names.length] + "=" + value + "\n";
          runs++;
          if (!scanner.scan(text).clean()) {
            found++;
          }
        }
      }
    }
    // Chance alone puts about one value in a hundred under the bar; before the bar followed the
    // alphabet, 16 random hex digits passed one time in ten.
    assertThat(found).as("%d of %d", found, runs).isGreaterThanOrEqualTo(runs * 97 / 100);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "API_TOKEN=deadbeefdeadbeefdeadbeefdeadbeef",
      "API_TOKEN=abababababababab1212121212121212",
      "API_TOKEN=00000000000000000000000000000001",
      "SESSION_SECRET=aaaabbbbccccddddaaaabbbbccccdddd",
      "api_key = 'a1a1a1a1b2b2b2b2c3c3c3c3d4d4d4d4'"
  })
  void patternedValuesStayBelowTheBar(String text) {
    assertThat(scanner.scan(text).findings()).isEmpty();
  }

  @Test
  void theBarIsTheRulesForMixedCaseAndShortValues() {
    assertThat(ScanRun.entropyFloor("aB3dE5fG7hJ9kL1m", 3.5)).isEqualTo(3.5);
    assertThat(ScanRun.entropyFloor("abc123", 3.5)).isEqualTo(3.5);
    assertThat(ScanRun.entropyFloor("0123456789abcdef0123456789abcdef", 3.5)).isBetween(3.1, 3.3);
    assertThat(ScanRun.entropyFloor("0123456789abcdef", 3.5)).isBetween(2.5, 2.8);
  }
}
