package io.moltr.core.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Each hand-written run finder of {@link EncodedRuns} must return exactly the runs that RE2/J's
 * {@code find} returns for the regex it replaced, on any text.
 */
class EncodedRunsEquivalenceTest {
  private static final Map<EncodedRuns.Finder, Pattern> REFERENCE = Map.ofEntries(
      Map.entry(EncodedRuns::spacedHex, Pattern.compile("\\b[0-9a-fA-F]{2}\\b(?:[ \\t][0-9a-fA-F]{2}\\b){7,}")),
      Map.entry(EncodedRuns::base64, Pattern.compile("[A-Za-z0-9+/_-]{16,}={0,2}")),
      Map.entry(EncodedRuns::base32, Pattern.compile("\\b[A-Z2-7]{16,}={0,6}")),
      Map.entry(EncodedRuns::hex, Pattern.compile("\\b(?:[0-9a-fA-F]{2}){8,}\\b")),
      Map.entry(EncodedRuns::xEscapes, Pattern.compile("(?:\\\\x[0-9a-fA-F]{2}){4,}")),
      Map.entry(EncodedRuns::uEscapes, Pattern.compile("(?:\\\\u[0-9a-fA-F]{4}){4,}")),
      Map.entry(EncodedRuns::percent, Pattern.compile("[A-Za-z0-9%+._~/-]*(?:%[0-9a-fA-F]{2}|\\+)[A-Za-z0-9%+._~/-]*")),
      Map.entry(EncodedRuns::entities, Pattern.compile("&#(?:[0-9]{1,7}|[xX][0-9a-fA-F]{1,6});?[ \\t]?(?:[^&<>\\n]{0,3}&#(?:[0-9]{1,7}|[xX][0-9a-fA-F]{1,6});?[ \\t]?){3,}")));

  /** Pieces that start, extend and end every kind of run. */
  private static final String[] PIECES = {
    "A", "Z", "Q", "2", "7", "8", "0", "9", "a", "f", "g", "z", "_", "-", "+", "/", "=", "==", "%", "%4", "%41", "%zz",
    ".", "~", "&", "&#", "&#x", "&#X4", "&#65", "&#1234567", "&#12345678", ";", " ", "\t", "\n", "\\", "\\x", "\\x4",
    "\\x41", "\\u", "\\u00", "\\u0041", "ABCDEFGH", "abcdef01", "QUJDREVG", "MFRGGZDF", "deadbeef", "\u00e9", "x", "X",
    "4F ", "6f ", "20\t", "a1 b2 c3 d4 ", " 7e", "46 6F 72 67 65 74 20 79 "
  };

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(120).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void findersFindWhatTheRegexesFind(@ForAll("texts") String text) {
    assertSame(text);
  }

  @Property(tries = 500)
  void sameOnArbitraryStrings(@ForAll String text) {
    assertSame(text);
  }

  @Test
  void sameOnTheShortestAndLongestRuns() {
    for (String s : List.of("QUJDREVGR0hJSktM", "QUJDREVGR0hJSkt", "MFRGGZDFMZTWQ2LK======", "deadbeefcafebabe",
        "deadbeefcafebab", "xdeadbeefcafebabe", "deadbeefcafebabe_", "\\x41\\x42\\x43\\x44", "\\x41\\x42\\x43",
        "\\u0041\\u0042\\u0043\\u0044", "&#65;&#66;&#67;&#68;", "&#65; &#66;\t&#67;&#x44", "a+b", "%41%42", "%4",
        "x".repeat(5000) + "%41", "A".repeat(100_000), "46 6F 72 67 65 74 20 79", "46 6F 72 67 65 74 20", "x46 6F 72 67 65 74 20 79 6F",
        "46 6F 72 67 65 74 20 79 6Fx", "46 6F 72 67\t65 74 20 79  6F 75", "0 46 6F 72 67 65 74 20 79 6F 7")) {
      assertSame(s);
      assertSame("(" + s + ")");
    }
  }

  private static void assertSame(String text) {
    REFERENCE.forEach((finder, regex) -> {
      List<String> expected = new ArrayList<>();
      Matcher m = regex.matcher(text);
      while (m.find()) {
        expected.add(m.start() + "-" + m.end());
      }
      List<String> actual = finder.find(text).stream().map(r -> r[0] + "-" + r[1]).toList();
      assertThat(actual).as("%s on %s", regex, text).isEqualTo(expected);
    });
  }

  /** The \\u finder in use joins escaped words: it finds every run the regex finds, and more. */
  @Property(tries = 1000)
  void escapedWordsCoverEveryEscapeRun(@ForAll("texts") String text) {
    List<int[]> words = EncodedRuns.uEscapeWords(text);
    for (int[] run : EncodedRuns.uEscapes(text)) {
      assertThat(words).as(text).anySatisfy(w -> assertThat(w[0] <= run[0] && run[1] <= w[1]).isTrue());
    }
  }

  @Test
  void escapedWordsAreJoinedAcrossSpaces() {
    String t = "{\"msg\": \"\\u0049\\u0067\\u006e \\u0070\\u0072, \\u0069\"}";
    assertThat(EncodedRuns.uEscapeWords(t)).hasSize(1);
    int[] r = EncodedRuns.uEscapeWords(t).get(0);
    assertThat(t.substring(r[0], r[1])).isEqualTo("\\u0049\\u0067\\u006e \\u0070\\u0072, \\u0069");
    assertThat(EncodedRuns.uEscapeWords("\\u0049\\u0067 \\u0070")).isEmpty();
  }
}
