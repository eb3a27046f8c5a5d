package io.moltr.core.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.moltr.core.scan.RequiredRun;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The phrase rules skip a window or an anchored attempt that lacks the run of characters their
 * regex needs ({@link RequiredRun}); that must never hide a match. Every rule's pattern, and its
 * anchored form, against every text of the inbound corpora (as written and lower-cased): wherever
 * it matches, its run lies inside the match.
 */
class InboundRequiredRunTest {
  private static final List<String> CORPORA = List.of("blind.jsonl", "blind3.jsonl", "blind4.jsonl",
      "blind5.jsonl", "blind6.jsonl", "blind7.jsonl", "blind8.jsonl", "blind9.jsonl", "heldout.jsonl", "fresh.jsonl",
      "inputs.jsonl", "technical.jsonl");

  @Test
  void everyMatchOfEveryPhraseRuleHoldsItsRun() throws Exception {
    List<String> texts = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String name : CORPORA) {
      try (InputStream in = getClass().getResourceAsStream("/inbound/" + name);
          BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          if (!line.isBlank() && json.readTree(line).has("text")) {
            String t = json.readTree(line).get("text").asText();
            texts.add(t);
            texts.add(t.toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    List<PhraseRules.Rule> rules = Stream.of(PhraseRules.ALL, ScriptRules.ALL, WideRules.ALL, WorldRules.ALL)
        .flatMap(List::stream).toList();
    int withRun = 0;
    int matches = 0;
    Set<String> matched = new HashSet<>();
    for (PhraseRules.Rule rule : rules) {
      RequiredRun run = RequiredRun.of(rule.pattern().pattern());
      RequiredRun anchoredRun = rule.anchored() == null ? null : RequiredRun.of(rule.anchored().pattern());
      if (run == null && anchoredRun == null) {
        continue;
      }
      withRun++;
      for (String t : texts) {
        Matcher m = rule.pattern().matcher(t);
        int from = 0;
        while (from <= t.length() && m.find(from)) {
          int s = m.start();
          int e = m.end();
          matches++;
          matched.add(rule.id());
          if (run != null) {
            assertThat(run.occursIn(t, s, e)).as(rule.id() + " matches " + t.substring(s, e)).isTrue();
          }
          if (anchoredRun != null) {
            Matcher a = rule.anchored().matcher(t.substring(s, Math.min(t.length(), s + PhraseRules.REACH)));
            if (a.lookingAt()) {
              assertThat(anchoredRun.occursIn(t, s, s + a.end())).as(rule.id() + " (anchored) matches " + a.group()).isTrue();
            }
          }
          from = e > s ? e : e + 1;
        }
      }
    }
    assertThat(withRun).as("rules with a run").isGreaterThanOrEqualTo(50);
    assertThat(matched.size()).as("rules with a run that matched").isGreaterThanOrEqualTo(35);
    assertThat(matches).as("matches checked").isGreaterThanOrEqualTo(1_000);
  }
}
