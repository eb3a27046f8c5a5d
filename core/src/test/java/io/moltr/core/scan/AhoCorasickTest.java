package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.config.ConfigNode;
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
 * The eight-stream scan (from 2 KiB up) reports exactly the hits of one plain stream, in the same
 * order: the sink's rejoin and tie-breaking depend on it.
 */
class AhoCorasickTest {
  @Provide
  Arbitrary<List<String>> patterns() {
    return Arbitraries.strings().withChars("abAB-_@~:/ 1\u00fc").ofMinLength(1).ofMaxLength(7)
        .list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("abAB-_@~:/ 1\u00fc\nz").ofMaxLength(6000);
  }

  @Property(tries = 500)
  void eightStreamsFindWhatOneStreamFinds(@ForAll("patterns") List<String> patterns,
      @ForAll("texts") String text) {
    AhoCorasick ac = AhoCorasick.build(patterns, true);
    assertThat(hits(ac, text, true)).as("%s in %s", patterns, text)
        .isEqualTo(hits(ac, text, false));
  }

  @Provide
  Arbitrary<String> mixedTexts() {
    return Arbitraries.strings().withChars("abAB-_@~:/ 1\u00fc\u00dc\u4e2d\u0000\n\u007fz").ofMaxLength(600);
  }

  /**
   * Every occurrence, ASCII letters folded and nothing more: non-ASCII pattern characters match
   * only themselves and characters in no pattern reset the search. A control character other
   * than tab and line breaks may step like a non-ASCII pattern character (it lends its column),
   * so a text holding one may show more hits, never fewer.
   */
  @Property(tries = 500)
  void findsExactlyTheOccurrences(@ForAll("patterns") List<String> patterns,
      @ForAll("mixedTexts") String text) {
    AhoCorasick ac = AhoCorasick.build(patterns, true);
    List<List<Integer>> expected = new ArrayList<>();
    for (int e = 1; e <= text.length(); e++) {
      for (int p = 0; p < patterns.size(); p++) {
        String pat = patterns.get(p);
        int s = e - pat.length();
        if (s >= 0 && foldedEquals(text, s, pat)) {
          expected.add(List.of(p, s, e));
        }
      }
    }
    List<List<Integer>> got = hits(ac, text, false);
    got.sort((a, b) -> a.get(2).equals(b.get(2)) ? a.get(0) - b.get(0) : a.get(2) - b.get(2));
    if (text.chars().anyMatch(c -> c == 0 || c == 0x7f)) {
      assertThat(got).as("%s in %s", patterns, text).containsAll(expected);
    } else {
      assertThat(got).as("%s in %s", patterns, text).isEqualTo(expected);
    }
  }

  /** Forty CJK characters and eight Cyrillic ones: more than the free control columns. */
  private static final String WIDE = "密钥码令牌证身份鍵秘番号登録主民等アキクスセトドパワンー"
      + "клнопртчьюаебвгдж";

  @Provide
  Arbitrary<List<String>> widePatterns() {
    return Arbitraries.strings().withChars(WIDE + "ab:").ofMinLength(1).ofMaxLength(4)
        .list().ofMinSize(20).ofMaxSize(60);
  }

  @Provide
  Arbitrary<String> wideTexts() {
    return Arbitraries.strings().withChars(WIDE + "ab: \u00e9").ofMaxLength(3000);
  }

  /**
   * Non-ASCII pattern characters beyond the free columns share them: rows stay 128 wide, and a
   * shared column may add hits (they are checked by what they open), never lose one.
   */
  @Property(tries = 300)
  void manyNonAsciiPatternCharactersKeepRowsNarrowAndLoseNoHit(
      @ForAll("widePatterns") List<String> patterns, @ForAll("wideTexts") String text) {
    AhoCorasick ac = AhoCorasick.build(patterns, true);
    assertThat(ac.width).isEqualTo(128);
    List<List<Integer>> got = hits(ac, text, false);
    for (int e = 1; e <= text.length(); e++) {
      for (int p = 0; p < patterns.size(); p++) {
        int s = e - patterns.get(p).length();
        if (s >= 0 && foldedEquals(text, s, patterns.get(p))) {
          assertThat(got).as("%s in %s", patterns, text).contains(List.of(p, s, e));
        }
      }
    }
    assertThat(hits(ac, text, true)).isEqualTo(got);
  }

  private static boolean foldedEquals(String text, int at, String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      char a = text.charAt(at + i);
      char b = pattern.charAt(i);
      if (a != b && !(a < 128 && b < 128 && Character.toLowerCase(a) == Character.toLowerCase(b))) {
        return false;
      }
    }
    return true;
  }

  @Test
  void sameOnTheShippedRulesAndFloods() {
    RuleSet rules = RuleSet.fromConfig(
        ConfigNode.load(Fixtures.configDir().resolve("scan_patterns.yaml")));
    AhoCorasick ac = new KeywordIndex(rules, RegisteredSecrets.of(
        Map.of("db", "Zq3v8Lr2Nx5Tp7Wd", "short", "ab@cd~1"))).automaton;
    StringBuilder mixed = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      mixed.append("token = ghp_abc sk-ant- @x password: hunter2 api_key=1 Zq3v8Lr2Nx5Tp7Wd ")
          .append(i).append(" -----BEGIN PRIVATE KEY----- the agent reads a file\n");
    }
    for (String text : List.of("sk-".repeat(5000), "a".repeat(4000), mixed.toString(),
        "ks-" + "gnp_".repeat(900), "Zq3v8Lr2Nx5Tp7W".repeat(300), "x".repeat(1030) + "sk-")) {
      assertThat(hits(ac, text, true)).isEqualTo(hits(ac, text, false));
    }
  }

  private static List<List<Integer>> hits(AhoCorasick ac, String text, boolean streams) {
    List<List<Integer>> out = new ArrayList<>();
    AhoCorasick.Sink sink = (p, s, e) -> out.add(List.of(p, s, e));
    char[] chars = text.toCharArray();
    if (streams) {
      ac.scan(chars, sink);
    } else {
      ac.scan(chars, 0, chars.length, sink);
    }
    return out;
  }
}
