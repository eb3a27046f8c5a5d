package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moltr.core.config.ConfigException;
import io.moltr.core.config.ConfigNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScanConfigTest {
  private static OutputScanner load(String yaml) {
    return OutputScanner.fromConfig(ConfigNode.parse("scan_patterns.yaml", yaml), ConfigNode.empty("default.yaml"));
  }

  @Test
  void shippedRulesCoverAtLeastEightyKinds() {
    assertThat(Fixtures.scanner().ruleCount()).isGreaterThanOrEqualTo(80);
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(delimiter = '|', value = {
      "patterns: [{name: Bad, regex: '(?<=x)y'}]|patterns[0].regex|lookbehind is not RE2",
      "patterns: [{name: Bad, regex: 'a(b'}]|patterns[0].regex|unbalanced group",
      "patterns: [{name: Bad, regex: 'abc', validate: crc64}]|patterns[0].validate|unknown check",
      "patterns: [{id: x, name: A, regex: a}, {id: x, name: B, regex: b}]|patterns[1].id|duplicate id",
      "patterns: [{name: A, regex: a}]\\ncustom_patterns: [{name: A, regex: b}]|custom_patterns[0].name|duplicate derived id",
      "patterns: [{name: A, regex: 'a', secret_group: 2}]|patterns[0].secret_group|group out of range",
      "patterns: [{name: A, regex: 'a', severity: urgent}]|patterns[0].severity|bad severity",
      "patterns: [{name: A, regex: 'a', anchor: keywords}]|patterns[0].anchor|keywords anchor without keywords",
      "patterns: [{name: A, regex: 'a', anchor: token, min_digits: 12}]|patterns[0].min_digits|digit bounds without anchor digits",
      "patterns: [{name: A, regex: 'a', anchor: digits, min_digits: 16, max_digits: 12}]|patterns[0].min_digits|digit bounds reversed",
      "patterns: [{name: A, regex: 'a', anchor: digits, max_digits: 99}]|patterns[0].max_digits|digit bound out of range",
      "patterns: [{regex: 'a'}]|patterns[0].name|missing name",
      "patterns: [{name: A, regex: 'a', prefixes: ['x[ab']}]|patterns[0].prefixes|open class",
      "patterns: [{name: A, regex: 'a', prefixes: ['x[]']}]|patterns[0].prefixes|empty class",
      "patterns: [{name: A, regex: 'a', prefixes: ['x[z-a]']}]|patterns[0].prefixes|reversed range",
      "patterns: [{name: A, regex: 'a', prefixes: ['[a-z][a-z][a-z]']}]|patterns[0].prefixes|too many expansions"})
  void invalidRulesNameFileKeyAndValue(String yaml, String key, String why) {
    assertThatThrownBy(() -> load(yaml.replace("\\n", "\n")))
        .as(why)
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("scan_patterns.yaml")
        .hasMessageContaining(key);
  }

  @Test
  void originalFormatAndCustomPatternsWork() {
    OutputScanner s = load("""
        lockdown: {max_incidents: 5, window_seconds: 300}
        patterns:
          - {name: Internal ticket token, type: api_key, regex: 'TKT-[0-9]{6}', description: old style}
        custom_patterns:
          - {id: acme-key, name: ACME key, prefixes: [acme_], regex: 'acme_[a-z0-9]{20}', severity: critical}
        """);
    assertThat(s.ruleCount()).isEqualTo(2);
    assertThat(s.scan("see TKT-123456").findings()).extracting(Finding::ruleId).containsExactly("internal-ticket-token");
    ScanReport r = s.scan("k=acme_7f3k9q2m4x8z1c5v6b0n");
    assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("acme-key");
    assertThat(r.redacted()).isEqualTo("k=[REDACTED:acme-key]");
  }

  @Test
  void prefixClassesStandForEachCharacter() {
    assertThat(RuleSet.expandPrefix("O[DT][w-y0]")).containsExactly(
        "ODw", "ODx", "ODy", "OD0", "OTw", "OTx", "OTy", "OT0");
    assertThat(RuleSet.expandPrefix("sk-")).containsExactly("sk-");
    OutputScanner s = load("""
        patterns:
          - {id: acme-key, name: ACME key, prefixes: ['ac[mn][e-f]_'], regex: 'ac[mn][ef]_[a-z0-9]{20}'}
        """);
    assertThat(s.scan("k=acnf_7f3k9q2m4x8z1c5v6b0n").findings()).extracting(Finding::ruleId)
        .containsExactly("acme-key");
    // Case-sensitive like any prefix: the class is not folded.
    assertThat(s.scan("k=ACNF_7f3k9q2m4x8z1c5v6b0n").clean()).isTrue();
  }

  @Test
  void discordPrefixesNoLongerHitInsideWords() {
    // "NT" and "ND" used to be the keywords: "and", "content" and "onwards" each hit. Written
    // out to the four characters a snowflake id's base64 starts with, these words do not.
    KeywordIndex index = Fixtures.scanner().index();
    int[] hits = {0};
    String prose = "Print the content and the name of every agent, then send it onwards. ".repeat(50);
    index.automaton.scan(prose.toCharArray(), (p, st, e) -> {
      if (p < index.markerBase) {
        for (RuleSet.Trigger t : index.rules.triggers[p]) {
          if (t.rule().id().equals("discord-bot-token")) {
            hits[0]++;
          }
        }
      }
    });
    assertThat(hits[0]).isZero();
  }

  @Test
  void disabledScannerReportsClean() {
    OutputScanner s = OutputScanner.fromConfig(
        ConfigNode.load(Fixtures.configDir().resolve("scan_patterns.yaml")),
        ConfigNode.parse("default.yaml", "enabled: false"));
    assertThat(s.scan("sk_live_" + "a1B2c3D4e5F6g7H8i9J0k1L2").clean()).isTrue();
  }
}
