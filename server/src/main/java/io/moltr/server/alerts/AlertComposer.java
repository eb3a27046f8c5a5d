package io.moltr.server.alerts;

import io.moltr.core.Severity;
import io.moltr.core.incident.Incident;
import io.moltr.core.incident.Pseudonymizer;
import io.moltr.core.integrity.FileChange;
import io.moltr.core.integrity.IntegrityReport;
import io.moltr.core.killswitch.KillSwitchEvent;
import io.moltr.core.killswitch.KillSwitchLevel;
import io.moltr.server.SecretMask;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The one place that decides what an alert may say (TOMs section 7). Every channel sends only
 * what this class produced:
 * <ul>
 *   <li>honeypot: incident id, pseudonymised IP (IPv4 last octet 0, IPv6 /48), user agent
 *       redacted and cut to 80 characters;
 *   <li>integrity: file names and the kind of change, problem lines, never file content;
 *   <li>kill switch: event, level and the reason (redacted, cut), never who triggered it;
 *   <li>other incidents: type, rule id, severity, incident id and pseudonymised IP, never the
 *       reason or preview, which may quote the agent's input.
 * </ul>
 * Free text (reasons, user agents, problem lines) goes through the redactor (the output scanner
 * once installed) and loses control characters, so no line can be forged.
 */
final class AlertComposer {
  static final int UA_MAX = 80;
  static final int REASON_MAX = 200;
  static final int MAX_FILES = 10;
  static final int MAX_PROBLEMS = 3;
  /** Integrity incidents arrive again, with their structure, through {@code onIntegrity}. */
  static final String INTEGRITY_RULE = "integrity.violation";

  private volatile UnaryOperator<String> redactor = SecretMask::mask;

  void redactor(UnaryOperator<String> r) {
    this.redactor = r;
  }

  Optional<Alert> incident(Incident i) {
    String rule = ident(i.rule());
    if (rule.equals(INTEGRITY_RULE)) {
      return Optional.empty();
    }
    String id = ident(i.incidentId());
    String ip = Pseudonymizer.ip(i.sourceIp());
    // path.honeypot today; honeypot API endpoints (issue 7) are expected to carry "honeypot" too.
    if (rule.contains("honeypot") || ident(i.type()).contains("honeypot")) {
      String ua = Pseudonymizer.userAgent(oneLine(redact(limit(i.userAgent(), 2_000))));
      return Optional.of(new Alert(Alert.Kind.HONEYPOT, Severity.CRITICAL, "honeypot", "honeypot accessed",
          List.of(new Alert.Field("incident", id), new Alert.Field("ip", ip),
              new Alert.Field("user agent", ua.isEmpty() ? "-" : ua)),
          at(i.timestamp())));
    }
    String outcome = i.enforced() ? "blocked" : "would block (monitor mode)";
    return Optional.of(new Alert(Alert.Kind.INCIDENT, i.severity(), "incident:" + rule,
        ident(i.type()) + " " + outcome,
        List.of(new Alert.Field("rule", rule), new Alert.Field("incident", id), new Alert.Field("ip", ip)),
        at(i.timestamp())));
  }

  Optional<Alert> killSwitch(KillSwitchEvent e) {
    String level = e.after().level().map(KillSwitchLevel::name).orElse("none");
    Severity severity = switch (e.type()) {
      case FAIL_CLOSED -> Severity.CRITICAL;
      case RESET -> Severity.HIGH;
      case TRIGGERED -> e.after().level().filter(l -> l.compareTo(KillSwitchLevel.LOCKDOWN) >= 0).isPresent()
          ? Severity.CRITICAL : Severity.HIGH;
    };
    String what = switch (e.type()) {
      case TRIGGERED -> "kill switch triggered";
      case RESET -> "kill switch reset";
      case FAIL_CLOSED -> "kill switch failed closed (state unreadable)";
    };
    String reason = oneLine(redact(limit(e.reason(), 2_000)));
    return Optional.of(new Alert(Alert.Kind.KILLSWITCH, severity, "killswitch:" + e.type() + ":" + level, what,
        List.of(new Alert.Field("level", level),
            new Alert.Field("reason", reason.isEmpty() ? "-" : cut(reason, REASON_MAX))),
        at(e.at())));
  }

  Optional<Alert> integrity(IntegrityReport r) {
    if (!r.violated()) {
      return Optional.empty();
    }
    List<Alert.Field> fields = new ArrayList<>();
    List<FileChange> changes = r.changes();
    for (int k = 0; k < Math.min(changes.size(), MAX_FILES); k++) {
      FileChange c = changes.get(k);
      fields.add(new Alert.Field(c.kind().name().toLowerCase(java.util.Locale.ROOT),
          cut(oneLine(redact(limit(c.name(), 1_000))), 160)));
    }
    if (changes.size() > MAX_FILES) {
      fields.add(new Alert.Field("more", (changes.size() - MAX_FILES) + " further changed files"));
    }
    List<String> problems = r.problems();
    for (int k = 0; k < Math.min(problems.size(), MAX_PROBLEMS); k++) {
      fields.add(new Alert.Field("problem", cut(oneLine(redact(limit(problems.get(k), 1_000))), 160)));
    }
    if (problems.size() > MAX_PROBLEMS) {
      fields.add(new Alert.Field("more", (problems.size() - MAX_PROBLEMS) + " further problems"));
    }
    fields.add(new Alert.Field("files checked", String.valueOf(r.filesChecked())));
    return Optional.of(new Alert(Alert.Kind.INTEGRITY, Severity.CRITICAL, "integrity", "integrity violation",
        fields, at(r.at())));
  }

  /** The plain text every channel shows (Slack and Discord escape it further for their markup). */
  static String render(Alert a, int similar, int heldBack) {
    StringBuilder sb = new StringBuilder(256);
    sb.append("[Moltr Shield] ").append(a.severity().name()).append(": ").append(a.title()).append('\n');
    for (Alert.Field f : a.fields()) {
      sb.append(f.name()).append(": ").append(f.value()).append('\n');
    }
    if (similar > 0) {
      sb.append("and ").append(similar).append(" similar in the last minute\n");
    }
    if (heldBack > 0) {
      sb.append(heldBack).append(heldBack == 1 ? " other alert" : " other alerts")
          .append(" held back by this channel's rate limit\n");
    }
    sb.append("time: ").append(a.at());
    return sb.toString();
  }

  private String redact(String s) {
    if (s.isEmpty()) {
      return s;
    }
    try {
      // The fallback runs after the scanner too: a cut-off key may no longer match a scanner rule.
      return SecretMask.mask(redactor.apply(s));
    } catch (RuntimeException e) {
      return SecretMask.mask(s);
    }
  }

  private static Instant at(Instant t) {
    return t == null ? Instant.EPOCH : t;
  }

  /** Identifiers from our own code (rule ids, types, UUIDs): anything else becomes '_'. */
  static String ident(String s) {
    if (s == null || s.isEmpty()) {
      return "-";
    }
    StringBuilder sb = new StringBuilder(Math.min(s.length(), 64));
    for (int k = 0; k < s.length() && sb.length() < 64; k++) {
      char c = s.charAt(k);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '.' || c == '_' || c == '-' || c == ':';
      sb.append(ok ? c : '_');
    }
    return sb.toString();
  }

  private static String limit(String s, int max) {
    if (s == null) {
      return "";
    }
    return s.length() > max ? s.substring(0, max) : s;
  }

  private static String oneLine(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      sb.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
    }
    return sb.toString().strip();
  }

  private static String cut(String s, int max) {
    return s.length() > max ? s.substring(0, max - 1) + "…" : s;
  }
}
