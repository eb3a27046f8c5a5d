package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The copula precheck reads at most eight words after a keyword. Its memo lets a text dense in
 * keywords be read once; it must answer, at every keyword in text order, what a fresh read from
 * that keyword answers: no value further than eight words away because an earlier keyword's read
 * stopped there.
 */
class CopulaMemoTest {
  private static final String[] PIECES = {
    "secret", "secret", "token", " ", " ", "  ", ",", ", ", "is", "ist", "es", "the", "now ",
    "jetzt ", ":", ".", "\n", "`.env`", "`", "Xq7vL2pR9sT4wK8m", "Zt5Nq8Wd2Lr7Hx3Vk9", "short", "a",
    "value", "new", "api", "key", "'s", "-", "_",
    "Zt5Nq8Wd2Lr7Hx3Vk9Zt5Nq8Wd2Lr7Hx3Vk9Zt5Nq8Wd2Lr7Hx3Vk9Zt5Nq8Wd2Lr7Hx3Vk9secret", "`secret_key_base_for_the_app_x`"
  };

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(80).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void memoAnswersAsAFreshReadAtEveryKeyword(@ForAll("texts") String text) {
    int[] memo = Prechecks.copulaMemo();
    for (int e : keywordEnds(text)) {
      int fresh = Prechecks.copulaValue(text, e, Prechecks.copulaMemo());
      int memoized = Prechecks.copulaValue(text, e, memo);
      if (wholeWord(text, e)) {
        assertThat(memoized).as("at %d in [%s]", e, text).isEqualTo(fresh);
      }
    }
  }

  @Test
  void aValueNineWordsOnIsNotReadThroughAnEarlierKeywordsMemo() {
    String text = "the secret one two three four secret a b c d e f g is Xq7vL2pR9sT4wK8mZt";
    int[] memo = Prechecks.copulaMemo();
    List<Integer> ends = keywordEnds(text);
    assertThat(Prechecks.copulaValue(text, ends.get(0), memo)).isEqualTo(-1);
    // From the second "secret": a b c d e f g is = eight words, the value is the ninth.
    assertThat(Prechecks.copulaValue(text, ends.get(1), memo)).isEqualTo(text.length());
    String far = "the secret one two three four secret a b c d e f g h is Xq7vL2pR9sT4wK8mZt";
    int[] memo2 = Prechecks.copulaMemo();
    List<Integer> farEnds = keywordEnds(far);
    assertThat(Prechecks.copulaValue(far, farEnds.get(0), memo2)).isEqualTo(-1);
    assertThat(Prechecks.copulaValue(far, farEnds.get(1), memo2)).isEqualTo(-1);
  }

  @Test
  void aDenseRunOfKeywordsStillFindsTheValueAfterTheLast() {
    String text = "the secret is the secret is the secret is Xq7vL2pR9sT4wK8mZt5N";
    int[] memo = Prechecks.copulaMemo();
    int found = -1;
    for (int e : keywordEnds(text)) {
      found = Math.max(found, Prechecks.copulaValue(text, e, memo));
    }
    assertThat(found).isEqualTo(text.length());
  }

  /**
   * The keyword ending at e is a word of its own: a keyword inside a longer word is read from
   * its middle, which no earlier read's words line up with; there the memo may differ, and is
   * only bounded.
   */
  private static boolean wholeWord(String text, int e) {
    int s = text.lastIndexOf(text.startsWith("token", e - 5) ? "token" : "secret", e);
    return (s == 0 || !wordChar(text.charAt(s - 1)))
        && (e == text.length() || !wordChar(text.charAt(e)));
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '-' || c == '_' || c == '`';
  }

  private static List<Integer> keywordEnds(String text) {
    List<Integer> ends = new ArrayList<>();
    for (String k : new String[] {"secret", "token"}) {
      for (int i = text.indexOf(k); i >= 0; i = text.indexOf(k, i + 1)) {
        ends.add(i + k.length());
      }
    }
    ends.sort(null);
    return ends;
  }
}
