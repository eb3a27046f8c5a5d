package io.moltr.core.audit;

import java.util.List;

/**
 * The verdict on a whole log. {@code firstSeq} above 1 is normal once retention has deleted old
 * files. A torn line alone keeps the log {@link #intact()}: it is what a crash leaves behind.
 */
public record AuditReport(
    int files, long entries, long firstSeq, long lastSeq, String lastHash, List<AuditFinding> findings) {
  public AuditReport {
    findings = List.copyOf(findings);
  }

  /** True when nothing but torn lines was found. */
  public boolean intact() {
    return findings.stream().allMatch(f -> f.kind() == AuditFinding.Kind.TORN_LINE);
  }

  public List<AuditFinding> findings(AuditFinding.Kind kind) {
    return findings.stream().filter(f -> f.kind() == kind).toList();
  }

  /** One line per finding, for the CLI. */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append(intact() ? "OK" : "DAMAGED")
        .append(": ")
        .append(entries)
        .append(" entries in ")
        .append(files)
        .append(" file(s)");
    if (entries > 0) {
      sb.append(", seq ").append(firstSeq).append("..").append(lastSeq);
    }
    for (AuditFinding f : findings) {
      sb.append(System.lineSeparator()).append(f);
    }
    return sb.toString();
  }
}
