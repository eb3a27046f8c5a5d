package io.moltr.server.alerts;

import io.moltr.core.Severity;
import java.time.Instant;
import java.util.List;

/**
 * One alert as every channel sees it, already reduced to what may leave the host. Only
 * {@link AlertComposer} makes these, so no channel can see an incident's raw fields.
 */
record Alert(Kind kind, Severity severity, String foldKey, String title, List<Field> fields, Instant at) {
  enum Kind {
    HONEYPOT,
    INTEGRITY,
    KILLSWITCH,
    INCIDENT;

    String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A labelled line of the alert; the value is already pseudonymised or redacted. */
  record Field(String name, String value) {}

  Alert {
    fields = List.copyOf(fields);
  }
}
