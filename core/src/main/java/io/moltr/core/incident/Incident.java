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

  /** The fields as the forensic log writes them (snake_case, UTC timestamp, severity label). */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("incident_id", incidentId);
    m.put("timestamp", timestamp.toString());
    m.put("type", type);
    m.put("severity", severity.label());
    m.put("source_ip", sourceIp);
    m.put("user_agent", userAgent);
    m.put("reason", reason);
    m.put("rule", rule);
    m.put("input_sha256", inputSha256);
    m.put("preview", preview);
    m.put("enforced", enforced);
    m.putAll(extra);
    return m;
  }
}
