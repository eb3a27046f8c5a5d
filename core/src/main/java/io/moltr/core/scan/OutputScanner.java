package io.moltr.core.scan;

import io.moltr.core.config.ConfigNode;
import java.util.Map;
import java.util.Objects;

/**
 * The output scanner: finds credentials, keys, seed phrases, cards and registered secrets in text
 * an agent wants to emit, also when encoded, and returns findings plus a redacted copy.
 * Thread-safe; the registered secrets can be swapped while scans run.
 */
public final class OutputScanner {
  private final RuleSet rules;
  private final boolean enabled;
  private final int maxOutputLength;
  private final int maxDecodeDepth;
  private volatile KeywordIndex index;

  private OutputScanner(RuleSet rules, boolean enabled, int maxOutputLength, int maxDecodeDepth) {
    this.rules = rules;
    this.enabled = enabled;
    this.maxOutputLength = maxOutputLength;
    this.maxDecodeDepth = maxDecodeDepth;
    this.index = new KeywordIndex(rules, RegisteredSecrets.NONE);
  }

  /**
   * Compiles the rules of scan_patterns.yaml ({@code scanPatterns}, its root) with the settings of
   * {@code scanners.output} in default.yaml. A bad rule throws a ConfigException that names the
   * file, the key and the value.
   */
  public static OutputScanner fromConfig(ConfigNode scanPatterns, ConfigNode outputSettings) {
    RuleSet rules = RuleSet.fromConfig(scanPatterns);
    return new OutputScanner(
        rules,
        outputSettings.bool("enabled", true),
        outputSettings.intValue("max_output_length", 1 << 20, 1, Integer.MAX_VALUE / 4),
        outputSettings.intValue("max_decode_depth", 2, 0, 8));
  }

  /**
   * Scans one text. Ordinary hostile input never throws; text longer than
   * {@code max_output_length} is refused with IllegalArgumentException. When the scanner is
   * disabled the report is always clean.
   */
  public ScanReport scan(String text) {
    Objects.requireNonNull(text, "text");
    if (!enabled) {
      return new ScanReport(java.util.List.of(), text);
    }
    if (text.length() > maxOutputLength) {
      throw new IllegalArgumentException("text is longer than max_output_length ("
          + maxOutputLength + " characters)");
    }
    return new ScanRun(index, text, maxDecodeDepth).run();
  }

  /**
   * Replaces the registered secrets (name to exact value). Values shorter than six characters are
   * ignored: they would match ordinary words.
   */
  public void setRegisteredSecrets(Map<String, String> nameToValue) {
    index = new KeywordIndex(rules, RegisteredSecrets.of(Map.copyOf(nameToValue)));
  }

  /** The automaton and rules in use (tests read a scan's internals through it). */
  KeywordIndex index() {
    return index;
  }

  public int ruleCount() {
    return rules.size();
  }

  public boolean enabled() {
    return enabled;
  }

  public int maxOutputLength() {
    return maxOutputLength;
  }
}
