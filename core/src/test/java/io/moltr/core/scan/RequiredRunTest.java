package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Matcher;
import io.moltr.core.config.ConfigNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The run read from a regex must be a necessary condition of every match: a window it rules out
 * would otherwise hide a finding.
 */
class RequiredRunTest {

  @ParameterizedTest
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      \\b[A-Z]{2}\\d{2} ?[A-Z0-9]{4}                   ~ 4 ~ GB82WEST ~ gb82west
      \\b([A-Z]{6}[0-9LMNP-V]{2}[A-EHLMPR-T])         ~ 8 ~ RSSMRA85T10 ~ encodeURIComponent
      AKIA[0-9A-Z]{16}                                 ~ 8 ~ xAKIAIOSF ~ akiaiosfodnn7
      (?:ghp|gho)_[A-Za-z0-9]{36}                      ~ 8 ~ ghp_abcdefg ~ ghp-abcdefgh
      sk-(?:proj-)?[A-Za-z0-9]{20}                      ~ 3 ~ sk-abc ~ sk_abc
      x[^\\s@]y                                         ~ 3 ~ xäy ~ "x y"
      ^(?s)x{2,}y                                       ~ 2 ~ xxy ~ xy
      \\bxoxb-[0-9]{10,13}-                              ~ 8 ~ xoxb-123 ~ xoxb-12x
      (?i)\\bdni\\b                                     ~ 3 ~ "the DNI is" ~ dn1
      (?i)(?:dni|nie)\\b[\\s\\S]{0,120}?\\b([0-9XYZ]\\d{7}[A-Z]) ~ 8 ~ x1234567 ~ "dni 12345"
      (?i)password\\s*[:=]                              ~ 8 ~ PassWord ~ passw0rd
      \\Sabc                                            ~ 4 ~ xabc ~ " abc"
      """)
  void readsTheMostSelectiveRun(String regex, int length, String holds, String doesNot) {
    RequiredRun p = RequiredRun.of(regex.strip());
    assertEquals(length, p.length(), regex);
    assertTrue(p.occursIn(holds, 0, holds.length()), holds);
    assertFalse(p.occursIn(doesNot, 0, doesNot.length()), doesNot);
  }

  @Test
  void hasNoRunWhereNothingSelectiveIsFixed() {
    for (String re : List.of("a|b", "(?i:key)=", "(?:a|b)c", "(ab)?c", "(ab)+c", "\\p{L}abc",
        "[[:alpha:]]x", "$x", "[a-z]{0,3}x", "[^\\s@:/]{6}@", "[a-z]{2}", "x|[0-9]{8}")) {
      assertNull(RequiredRun.of(re), re);
    }
  }

  @Test
  void oddButValidSyntaxReadsSafely() {
    for (String re : List.of("x{abc}", "a{", "[]a]bc", "[^]a]bc", "\\Qa.b\\E", "()abc", "(?:)abc",
        "[a-]xyz", "\\x41\\x42", "a{2,3}?bcd", "(?P<n>abc)", "(?s:.)abc", "[\\[\\]]{4}")) {
      RequiredRun r = RequiredRun.of(re);
      if (r != null) {
        assertTrue(r.length() > 0, re);
      }
    }
    assertTrue(RequiredRun.of("[]a]bc").occursIn("]bc", 0, 3));
  }

  @Test
  void readsOnlyInsideTheWindow() {
    RequiredRun p = RequiredRun.of("AB[0-9]");
    assertTrue(p.occursIn("xxAB1yy", 2, 5));
    assertFalse(p.occursIn("xxAB1yy", 3, 7));
    assertFalse(p.occursIn("xxAB1yy", 2, 4));
  }

  /**
   * Every shipped rule against generated leaks of every kind in every context, and against the
   * blind corpora's leaks: wherever a rule's regex matches, its run occurs inside the match.
   */
  @Test
  void everyMatchOfEveryShippedRuleHoldsItsRun() {
    RuleSet rules = RuleSet.fromConfig(ConfigNode.load(Path.of("../config/scan_patterns.yaml")));
    List<String> texts = new ArrayList<>();
    Random random = new Random(20261130);
    for (FakeSecrets.Kind kind : FakeSecrets.KINDS) {
      for (String context : FakeSecrets.CONTEXTS) {
        texts.add(context.replace("%s", kind.make().apply(random).text()));
      }
    }
    Blind9Corpus.rows().stream().filter(r -> r.label() != Blind9Corpus.Label.NEGATIVE)
        .forEach(r -> texts.add(r.text()));
    Blind8Corpus.rows().forEach(r -> texts.add(r.text()));
    Blind10Corpus.rows().stream().filter(r -> r.label() != Blind10Corpus.Label.NEGATIVE)
        .forEach(r -> texts.add(r.text()));
    int withRun = 0;
    int matches = 0;
    Set<String> matched = new HashSet<>();
    for (Rule r : rules.rules) {
      RequiredRun p = rules.requiredRuns[r.index()];
      if (p == null) {
        continue;
      }
      withRun++;
      for (String t : texts) {
        Matcher m = r.regex().matcher(t);
        int from = 0;
        while (from <= t.length() && m.find(from)) {
          matches++;
          matched.add(r.id());
          assertTrue(p.occursIn(t, m.start(), m.end()),
              () -> r.id() + " matches " + t.substring(m.start(), m.end()) + " without its run");
          from = m.end() > m.start() ? m.end() : m.end() + 1;
        }
      }
    }
    assertTrue(withRun >= 150, "rules with a run: " + withRun);
    assertTrue(matched.size() >= 75, "rules with a run that matched: " + matched.size());
    assertTrue(matches >= 1_500, "matches checked: " + matches);
  }
}
