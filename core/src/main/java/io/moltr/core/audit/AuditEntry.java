package io.moltr.core.audit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of the audit log. {@code hash} is SHA-256 over {@code prevHash} and the canonical
 * JSON of the other fields, so changing any field or the order of entries breaks the chain.
 */
public record AuditEntry(
    long seq,
    Instant timestamp,
    String event,
    String actor,
    Map<String, Object> details,
    String prevHash,
    String hash) {
  public AuditEntry {
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }
}
