package io.moltr.core.integrity;

import java.time.Instant;
import java.util.List;

/**
 * The result of one check. {@code problems} are failures of the check itself (baseline missing,
 * unreadable or wrongly signed, limits exceeded); each is a violation, as is any change.
 */
public record IntegrityReport(Instant at, int filesChecked, List<FileChange> changes, List<String> problems) {
  public IntegrityReport {
    changes = List.copyOf(changes);
    problems = List.copyOf(problems);
  }

  public boolean violated() {
    return !changes.isEmpty() || !problems.isEmpty();
  }

  /** One line per finding, for the CLI and alerts (names and kinds only). */
  public String summary() {
    StringBuilder sb = new StringBuilder(violated() ? "VIOLATION" : "OK");
    sb.append(": ").append(filesChecked).append(" files checked");
    problems.forEach(p -> sb.append(System.lineSeparator()).append("PROBLEM ").append(p));
    changes.forEach(c -> sb.append(System.lineSeparator()).append(c));
    return sb.toString();
  }
}
