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
 * The survey reads only where its bit masks say a run can matter; it must find exactly what the
 * plain loops over every character ({@link SurveyReference}) find, on any text.
 */
class SurveyEquivalenceTest {

  /** Pieces that make every kind of run, and the characters that end them, likely. */
  private static final String[] PIECES = {
    "abandon ", "ability ", "able ", "about ", "above ", "zoo ", "word", "Word ", "wordy, ",
    "is ", "zoo ", "cat.", "be ", "ad ", "of ", "\n", " ", "  ", "-", "--", "=", "==", ":", ";", ".", ",", "_", "/",
    "+", "\"", "'", "(", ")", "|", "\t", "\r\n", "0x4f", "0X", "4f ", "6b:", "73 ", "de ",
    "1234", "5678 ", "9012-", "354a ", "00000010: ", "0", "42", "4111 1111 1111 1111", "DE89 3704 0044 0532 0130 00",
    "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo", "YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo0MTIz", "dGVzdA==",
    "sk-proj-", "ghp_", "deadbeefcafebabe0123", "e\u0301", "\u00fc", "\u00dcber", "\u4e2d", "%41",
    "\\x41", "&amp;", "&#x41;", "AKIA", "zzzzzzzzzzzzzzzzz", "a"
  };

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(300).map(l -> String.join("", l));
  }

  @Property(tries = 2000)
  void fastSurveyFindsWhatTheReferenceFinds(@ForAll("texts") String text) {
    assertSame(text);
  }

  @Property(tries = 500)
  void sameOnArbitraryStrings(@ForAll String text) {
    assertSame(text);
  }

  @Test
  void sameAcrossBlockBoundariesAndOnLongRuns() {
    StringBuilder b = new StringBuilder();
    for (int pad = 0; pad < 140; pad++) {
      for (String p : new String[] {"x", "abandon ", "7", "Q"}) {
        String prefix = p.repeat(pad);
        assertSame(prefix + "abandon ".repeat(13) + "Zoo");
        // The shortest runs that count: twelve three-letter words, twelve digits, 16 characters.
        assertSame(prefix + "_zoo " + "zoo-".repeat(10) + "zoo_" + prefix);
        assertSame(prefix + "123456789012," + prefix);
        assertSame(prefix + "_" + "zoo ".repeat(12) + "zooB" + prefix);
        assertSame(prefix + "_" + "zoo ".repeat(6) + " ".repeat(8) + "zoo ".repeat(6) + prefix);
        assertSame(prefix + "_" + "zoo ".repeat(6) + " ".repeat(9) + "zoo ".repeat(6) + prefix);
        assertSame(prefix + "abcdefghijklmnop," + prefix);
        assertSame(prefix + "1234 5678 9012 3456");
        assertSame(prefix + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=" + "\n" + "QUJD");
        assertSame(prefix + "73 6b 2d 61 62 63 64 65 66 67");
        assertSame(prefix + "\n00000000: 354a 3879 6539 5372 5051 4c6e 4e48 3332  5J8ye9SrPQLnNH32\n00000010: 4e68 73  Nhs\n");
        assertSame(prefix + "1234 5678 abcd " + prefix + " beef cafe");
        assertSame(prefix + "ab=".repeat(pad % 9) + "abcdefghijklmno=" + " x");
      }
      b.append("abc1 ");
    }
    assertSame(b.toString());
    assertSame("a".repeat(5000));
    assertSame("sk-".repeat(3000));
    assertSame("abandon ".repeat(1000));
  }

  private static void assertSame(String text) {
    char[] chars = text.toCharArray();
    Survey fast = Survey.of(chars);
    SurveyReference ref = SurveyReference.of(chars);
    assertThat(list(fast.tokens)).as("tokens in %s", text).isEqualTo(list(ref.tokens));
    assertThat(list(fast.assigned)).as("assigned in %s", text).isEqualTo(list(ref.assigned));
    assertThat(list(fast.digits)).as("digits in %s", text).isEqualTo(list(ref.digits));
    assertThat(list(fast.words)).as("words in %s", text).isEqualTo(list(ref.words));
    assertThat(list(fast.escapes)).as("escapes in %s", text).isEqualTo(list(ref.escapes));
    assertThat(list(fast.hexPairs)).as("hex pairs in %s", text).isEqualTo(list(ref.hexPairs));
    assertThat(list(fast.hexQuads)).as("hex quads in %s", text).isEqualTo(list(ref.hexQuads));
    assertThat(list(fast.encodedCandidates(chars))).isEqualTo(list(ref.encodedCandidates(chars)));
    assertThat(bits(fast.spacedJoins, chars.length)).as("spaced joins in %s", text)
        .isEqualTo(joins(chars, false));
    assertThat(bits(fast.pieceJoins, chars.length)).as("piece joins in %s", text)
        .isEqualTo(joins(chars, true));
    List<Integer> spaces = new ArrayList<>();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] <= ' ') {
        spaces.add(i);
      }
    }
    assertThat(bits(fast.spaces, chars.length)).as("spaces in %s", text).isEqualTo(spaces);
  }

  private static List<Integer> bits(long[] mask, int n) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if ((mask[i >>> 6] >>> i & 1) != 0) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * The join marks character by character: spaced joins are one ' ' or '-' that is no token
   * character between two token characters; piece joins start a gap after a token character
   * with a token character again within 12, but not one separator between two letters. Both
   * need a letter beside a digit, or an upper-case letter after a lower-case one (a pair), at
   * most 13 characters away; for a piece join that pair needs another pair at most 13 from it
   * ("baseUrl" alone has one). A piece join may instead sit
   * between digits (a digit before it, and one after at most six characters of no token).
   */
  private static List<Integer> joins(char[] t, boolean pieces) {
    int n = t.length;
    List<Integer> out = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      if (Survey.isToken(t[i]) || !Survey.isToken(t[i - 1])) {
        continue;
      }
      boolean mixed = false;
      for (int j = Math.max(1, i - 13); j <= Math.min(n - 1, i + 13); j++) {
        boolean another = false;
        for (int k = Math.max(1, j - 13); pieces && k <= Math.min(n - 1, j + 13); k++) {
          another |= k != j && pair(t, k);
        }
        mixed |= pair(t, j) && (another || !pieces);
      }
      boolean sep = t[i] == ' ' || t[i] == '-';
      boolean nextToken = i + 1 < n && Survey.isToken(t[i + 1]);
      boolean mark;
      if (pieces) {
        boolean again = false;
        for (int j = i + 1; j <= Math.min(n - 1, i + 12); j++) {
          again |= Survey.isToken(t[j]);
        }
        boolean single = sep && letter(t[i - 1]) && nextToken && letter(t[i + 1]);
        boolean card = false;
        for (int k = 1; k <= 6 && i + k < n && digit(t[i - 1]); k++) {
          if (digit(t[i + k])) {
            card = true;
            break;
          }
          if (Survey.isToken(t[i + k])) {
            break;
          }
        }
        mark = again && !single && (mixed || card);
      } else {
        mark = sep && nextToken && mixed;
      }
      if (mark) {
        out.add(i);
      }
    }
    return out;
  }

  private static boolean pair(char[] t, int j) {
    return (digit(t[j]) && asciiLetter(t[j - 1])) || (asciiLetter(t[j]) && digit(t[j - 1]))
        || (t[j] >= 'A' && t[j] <= 'Z' && t[j - 1] >= 'a' && t[j - 1] <= 'z');
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean asciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 128;
  }

  private static List<Integer> list(Spans s) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < s.count(); i++) {
      out.add(s.start(i));
      out.add(s.end(i));
    }
    return out;
  }
}
