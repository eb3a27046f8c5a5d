package io.moltr.core.scan;

import java.util.List;

/**
 * What the output scanner found, ordered by offset, and the text with every finding replaced by
 * {@code [REDACTED:<rule-id>]}.
 */
public record ScanReport(List<Finding> findings, String redacted) {
  public ScanReport {
    findings = List.copyOf(findings);
  }

  public boolean clean() {
    return findings.isEmpty();
  }
}
