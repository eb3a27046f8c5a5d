package io.moltr.core.audit;

/**
 * One problem found by {@link AuditVerifier}. {@code line} is 1-based within {@code file};
 * {@code seq} is -1 where the line carries no readable sequence number.
 */
public record AuditFinding(Kind kind, String file, long line, long seq, String message) {

  public enum Kind {
    /** An entry's content no longer matches its hash, or a rewrite broke the link to it. */
    MODIFIED,
    /** Entries are missing from the middle of the chain. */
    DELETED,
    /** An entry that does not belong to the chain (duplicate or forged). */
    INSERTED,
    /** An entry appears after one with a higher sequence number. */
    REORDERED,
    /** Entries are missing from the end of a file or of the log. */
    TRUNCATED,
    /** An incomplete line left by a crash during a write; not tampering by itself. */
    TORN_LINE
  }

  @Override
  public String toString() {
    return kind + " " + file + ":" + line + (seq >= 0 ? " seq " + seq : "") + ": " + message;
  }
}
