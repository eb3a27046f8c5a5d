package io.moltr.core.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The windowed rules find their keywords in one automaton pass; at every keyword of every rule
 * list read that way, the starts must be those a search per keyword finds, overlaps included.
 */
class KeywordSetTest {
  private static final List<List<PhraseRules.Rule>> LISTS = List.of(ScriptRules.ALL,
      Stream.concat(WorldRules.ALL.stream(), WideRules.ALL.stream()).toList(),
      unled(PhraseRules.Target.FLAT), unled(PhraseRules.Target.MARKUP));

  /** The phrase rules without lead prefixes, which also read only around their keywords. */
  private static List<PhraseRules.Rule> unled(PhraseRules.Target t) {
    return PhraseRules.ALL.stream().filter(r -> r.target() == t && r.leads() == null).toList();
  }

  @Provide
  Arbitrary<String> texts() {
    List<String> pieces = new ArrayList<>(List.of(" ", "  ", "\n", ", ", ".", "a", "ai", "the",
        "é", "ü", "ß", "İ", "я", "的", "。"));
    for (List<PhraseRules.Rule> list : LISTS) {
      for (PhraseRules.Rule r : list) {
        for (String k : r.keywords()) {
          pieces.add(k);
          if (k.length() > 2) {
            pieces.add(k.substring(0, k.length() / 2));
            pieces.add(k.substring(k.length() / 2));
          }
        }
      }
    }
    return Arbitraries.of(pieces).list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void startsAreThoseOfASearchPerKeyword(@ForAll("texts") String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (List<PhraseRules.Rule> list : LISTS) {
      PhraseRules.KeywordSet set = PhraseRules.KeywordSet.of(list);
      int[][] found = set.occurrences(lower);
      for (int i = 0; i < list.size(); i++) {
        List<String> keywords = list.get(i).keywords();
        for (int k = 0; k < keywords.size(); k++) {
          assertThat(found[set.ofRule()[i][k]]).as("%s in [%s]", keywords.get(k), lower)
              .isEqualTo(search(lower, keywords.get(k)));
        }
      }
    }
  }

  private static int[] search(String lower, String w) {
    List<Integer> at = new ArrayList<>();
    for (int i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
      at.add(i);
    }
    return at.isEmpty() ? null : at.stream().mapToInt(Integer::intValue).toArray();
  }
}
