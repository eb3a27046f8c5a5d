package io.moltr.core.incident;

import io.moltr.core.Severity;
import java.time.Instant;
import java.util.Map;

/**
 * One blocked (or, in monitor mode, would-be-blocked) action as the forensic log records it.
 * Holds no raw input: only its SHA-256 and a redacted preview.
 */
public record Incident(
    String incidentId,
    Instant timestamp,
    String type,
    Severity severity,
    String sourceIp,
    String userAgent,
    String reason,
    String rule,
    String inputSha256,
    String preview,
    boolean enforced,
    Map<String, Object> extra) {
  public Incident {
    extra = extra == null ? Map.of() : Map.copyOf(extra);
  }
}
