package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The piece joiner's cheap tests at a whitespace gap read widths from the survey's mask of
 * spaces; they must answer what the character walks answer, at every whitespace gap of any text.
 */
class PieceTestsEquivalenceTest {
  private static final String[] PIECES = {
    "AKIAZ", "7QH3K", "abc", "ab", "abcd", "a1b2c3", "x", " ", "  ", "\n", "\t", " | ", "|", "\"",
    "'", "]", "[", ",", ";", ")", "+", "4111", "1111", "deploy", "#1187", "42s;", "=", "\r\n",
    "0123456789012345678901234567890123456789012", "\u00fc", "\u0000"
  };

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(120).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void sameAnswersAtEveryWhitespaceGap(@ForAll("texts") String text) {
    check(text);
  }

  @Property(tries = 500)
  void sameOnArbitraryStrings(@ForAll String text) {
    check(text);
  }

  private static void check(String text) {
    char[] c = text.toCharArray();
    long[] spaces = Survey.of(c).spaces;
    int n = c.length;
    for (int p = 1; p < n; p++) {
      for (int ge = p + 1; ge <= Math.min(n - 1, p + 12); ge++) {
        if (!ScanRun.blank(c, p, ge)) {
          break;
        }
        int gl = ge - p;
        assertThat(ScanRun.forwardBlank(c, spaces, p, ge, gl))
            .as("forward at %d+%d in [%s]", p, gl, text)
            .isEqualTo(ScanRun.forwardPieces(c, p, ge, gl));
        assertThat(ScanRun.backwardBlank(c, spaces, p, gl))
            .as("backward at %d+%d in [%s]", p, gl, text)
            .isEqualTo(ScanRun.backwardPieces(c, p, gl));
      }
    }
  }
}
