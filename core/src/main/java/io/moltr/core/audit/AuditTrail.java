package io.moltr.core.audit;

import java.util.Map;

/** Somewhere security events are recorded for good. {@link HashChainedLog} is the real one. */
public interface AuditTrail {
  /**
   * Records an event durably before returning.
   *
   * @param actor who did it, already pseudonymised by the caller (never a raw IP or token)
   * @param details JSON-friendly values only (String, Number, Boolean, List, Map, null)
   * @throws AuditException if the entry could not be made durable; callers that lift a
   *     protection must then refuse to act
   */
  AuditEntry append(String event, String actor, Map<String, ?> details);
}
