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
      "patterns: [{regex: 'a'}]|patterns[0].name|missing name"})
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
  void disabledScannerReportsClean() {
    OutputScanner s = OutputScanner.fromConfig(
        ConfigNode.load(Fixtures.configDir().resolve("scan_patterns.yaml")),
        ConfigNode.parse("default.yaml", "enabled: false"));
    assertThat(s.scan("sk_live_" + "a1B2c3D4e5F6g7H8i9J0k1L2").clean()).isTrue();
  }
}
