package io.moltr.core.inbound;

import java.util.List;

/** The inbound verdict: a risk score in [0, 1], its level, the findings and the sanitised text. */
public record InputReport(double riskScore, String riskLevel, List<InputFinding> findings, String sanitized) {
  public InputReport {
    findings = List.copyOf(findings);
  }
}
