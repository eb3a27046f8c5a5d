package io.moltr.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer of a policy engine. Details hold JSON-friendly values only (String, Number, Boolean,
 * List, Map) so that the API can serialise them as they are.
 */
public sealed interface Decision permits Decision.Allow, Decision.Deny {

  boolean allowed();

  String reason();

  Map<String, Object> details();

  static Allow allow(String reason, Map<String, Object> details) {
    return new Allow(reason, details);
  }

  static Deny deny(String ruleId, String reason, Severity severity, Map<String, Object> details) {
    return new Deny(ruleId, reason, severity, details);
  }

  /** The action may go ahead. */
  record Allow(String reason, Map<String, Object> details) implements Decision {
    public Allow {
      details = freeze(details);
    }

    @Override
    public boolean allowed() {
      return true;
    }
  }

  /** The action is refused: which rule, why, and how serious. */
  record Deny(String ruleId, String reason, Severity severity, Map<String, Object> details)
      implements Decision {
    public Deny {
      details = freeze(details);
    }

    @Override
    public boolean allowed() {
      return false;
    }
  }

  private static Map<String, Object> freeze(Map<String, Object> details) {
    return details == null
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }
}
