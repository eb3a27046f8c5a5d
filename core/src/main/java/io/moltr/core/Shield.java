package io.moltr.core;

import io.moltr.core.killswitch.ActionKind;
import io.moltr.core.incident.Incident;
import io.moltr.core.incident.IncidentSink;
import io.moltr.core.incident.Pseudonymizer;
import io.moltr.core.network.UrlPolicy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The facade every caller (HTTP API, CLI, proxy, embedding agents) goes through. For each action
 * it runs, in order: the mode (disabled allows), the gate (kill switch), the engine, fail-closed
 * handling of engine errors, incident recording for denials, and monitor-mode translation.
 */
public final class Shield {
  private static final Logger LOG = LoggerFactory.getLogger(Shield.class);
  private static final int PREVIEW_CHARS = 120;

  /**
   * The policy engines, each a plain function from input to decision. The URL engine also gets
   * the payload (or null) so it can refuse oversized bodies; the shield scans payloads itself.
   */
  public record Engines(
      Function<String, Decision> commands,
      BiFunction<String, Operation, Decision> paths,
      BiFunction<String, String, Decision> urls,
      Function<String, Decision> scanner,
      UnaryOperator<String> redactor,
      Function<String, Decision> inbound) {
    public Engines {
      Objects.requireNonNull(commands);
      Objects.requireNonNull(paths);
      Objects.requireNonNull(urls);
      Objects.requireNonNull(scanner);
      Objects.requireNonNull(redactor);
      Objects.requireNonNull(inbound);
    }

    /** Engines without an inbound scanner (every input is allowed by it). */
    public Engines(
        Function<String, Decision> commands,
        BiFunction<String, Operation, Decision> paths,
        BiFunction<String, String, Decision> urls,
        Function<String, Decision> scanner,
        UnaryOperator<String> redactor) {
      this(commands, paths, urls, scanner, redactor,
          text -> Decision.allow("no inbound scanner configured", Map.of()));
    }
  }

  /**
   * The leak threshold (scan_patterns.yaml {@code lockdown}): this many leak incidents within the
   * window raise the {@code leak_threshold_exceeded} event once, which the server maps to the
   * kill switch per {@code killswitch.auto_activate_on}. The scanner itself keeps judging each
   * text on its own, so a clean answer is never refused for what came before it.
   */
  public record LeakLockdown(int maxIncidents, Duration window) {}

  /** Module switches from default.yaml; a disabled module allows without checking. */
  public record Modules(boolean scanner, boolean commands, boolean network, boolean filesystem) {
    public static final Modules ALL = new Modules(true, true, true, true);
  }

  private final Mode mode;
  private final Modules modules;
  private final Engines engines;
  private final IncidentSink incidents;
  private final ActionGate gate;
  private final LeakLockdown lockdown;
  private final Clock clock;
  private final ArrayDeque<Instant> recentLeaks = new ArrayDeque<>();
  private volatile Instant lockedSince;
  private volatile Runnable onLockdown = () -> {};

  public Shield(
      Mode mode,
      Modules modules,
      Engines engines,
      IncidentSink incidents,
      ActionGate gate,
      LeakLockdown lockdown,
      Clock clock) {
    this.mode = Objects.requireNonNull(mode);
    this.modules = Objects.requireNonNull(modules);
    this.engines = Objects.requireNonNull(engines);
    this.incidents = Objects.requireNonNull(incidents);
    this.gate = Objects.requireNonNull(gate);
    this.lockdown = Objects.requireNonNull(lockdown);
    this.clock = Objects.requireNonNull(clock);
  }

  public Mode mode() {
    return mode;
  }

  public Modules modules() {
    return modules;
  }

  /** Called once when leak incidents cross the threshold (the server raises the kill switch). */
  public void onLockdown(Runnable action) {
    this.onLockdown = Objects.requireNonNull(action);
  }

  public Decision checkCommand(String command, RequestContext ctx) {
    return decide(ActionKind.COMMAND, "command", command, modules.commands(), ctx,
        () -> engines.commands().apply(command));
  }

  public Decision checkPath(String path, Operation op, RequestContext ctx) {
    return decide(ActionKind.PATH, "path", path, modules.filesystem(), ctx,
        () -> engines.paths().apply(path, op));
  }

  /**
   * A URL is checked by the network policy; when allowed, the URL itself and the payload are run
   * through the output scanner, since an allowed host is still a way out for a secret.
   */
  public Decision checkUrl(String url, String payload, RequestContext ctx) {
    return checkEgress(ActionKind.URL, url, payload, ctx);
  }

  /** As {@link #checkUrl}, for egress that is about to happen (the proxy, the LLM gateway). */
  public Decision checkEgress(ActionKind kind, String url, String payload, RequestContext ctx) {
    return decide(kind, "url", url + (payload == null ? "" : "\n" + payload),
        modules.network(), ctx, () -> urlThenContent(url, payload));
  }

  public Decision scanOutput(String text, RequestContext ctx) {
    return decide(ActionKind.SCAN, "scan", text, modules.scanner(), ctx, () -> engines.scanner().apply(text));
  }

  /**
   * Text heading into the agent (tool results, pages, mails): planted instructions, hidden
   * text, exfiltration links. {@code source} is recorded with the incident.
   */
  public Decision scanInput(String text, String source, RequestContext ctx) {
    return decide(ActionKind.SCAN, "input", text, modules.scanner(), ctx, () -> engines.inbound().apply(text));
  }

  /** Redacts secrets from a text (for logs, previews and `moltr scan --redact`). */
  public String redact(String text) {
    return engines.redactor().apply(text);
  }

  public Optional<Instant> scannerLockedSince() {
    return Optional.ofNullable(lockedSince);
  }

  /** Re-arms the leak threshold (after a kill-switch reset). */
  public void resetScannerLockdown() {
    synchronized (recentLeaks) {
      recentLeaks.clear();
      lockedSince = null;
    }
  }

  private Decision urlThenContent(String url, String payload) {
    Decision d = engines.urls().apply(url, payload);
    if (!d.allowed()) {
      return d;
    }
    Decision inUrl = engines.scanner().apply(url);
    if (!inUrl.allowed()) {
      return withDetails(inUrl, "secret in URL: " + inUrl.reason(), d.details());
    }
    // The same URL cut into its decoded parts, one per line: a key after a '/' or base64 in a
    // path segment is found only once the segment stands on its own.
    String parts = UrlPolicy.scannableParts(url);
    if (!parts.isEmpty()) {
      Decision inParts = engines.scanner().apply(parts);
      if (!inParts.allowed()) {
        return withDetails(inParts, "secret in URL: " + inParts.reason(), d.details());
      }
    }
    if (payload != null && !payload.isEmpty()) {
      Decision inPayload = engines.scanner().apply(payload);
      if (!inPayload.allowed()) {
        return withDetails(inPayload, "secret in payload: " + inPayload.reason(), d.details());
      }
    }
    return d;
  }

  private static Decision withDetails(Decision deny, String reason, Map<String, Object> urlDetails) {
    Decision.Deny dn = (Decision.Deny) deny;
    Map<String, Object> merged = new LinkedHashMap<>(urlDetails);
    merged.put("scan", dn.details());
    return Decision.deny(dn.ruleId(), reason, dn.severity(), merged);
  }

  private interface Check {
    Decision run();
  }

  private Decision decide(
      ActionKind kind, String type, String input, boolean moduleOn, RequestContext ctx, Check check) {
    if (mode == Mode.DISABLED) {
      return Decision.allow("moltr is disabled: no checks are run", Map.of("mode", mode.label()));
    }
    Decision decision;
    Optional<Decision.Deny> gated = gate.admit(kind);
    if (gated.isPresent()) {
      decision = gated.get();
    } else if (!moduleOn) {
      return Decision.allow(type + " checks are disabled in the configuration",
          Map.of("mode", mode.label(), "module_enabled", false));
    } else {
      decision = runFailClosed(type, check);
    }
    if (decision.allowed()) {
      return decision;
    }
    Decision.Deny deny = (Decision.Deny) decision;
    String incidentId = UUID.randomUUID().toString();
    record(incidentId, type, input, deny, ctx);
    if (kind == ActionKind.SCAN || deny.ruleId().startsWith("scan.")) {
      countLeak();
    }
    Map<String, Object> details = new LinkedHashMap<>(deny.details());
    details.put("incident_id", incidentId);
    details.put("rule", deny.ruleId());
    details.put("severity", deny.severity().label());
    if (mode == Mode.MONITOR) {
      details.put("would_block", true);
      return Decision.allow("monitor mode, would block: " + deny.reason(), details);
    }
    return Decision.deny(deny.ruleId(), deny.reason(), deny.severity(), details);
  }

  private Decision runFailClosed(String type, Check check) {
    try {
      Decision d = check.run();
      if (d == null) {
        throw new IllegalStateException("engine returned no decision");
      }
      return d;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // Never the input in the log: it may be the secret.
      LOG.error("{} check failed ({}); denying", type, e.getClass().getSimpleName());
      return Decision.deny(type + ".internal_error",
          "internal error during the " + type + " check; denied (fail closed)", Severity.HIGH,
          Map.of("error", e.getClass().getSimpleName()));
    }
  }

  private void record(String incidentId, String type, String input, Decision.Deny deny, RequestContext ctx) {
    try {
      incidents.record(new Incident(
          incidentId,
          clock.instant(),
          type,
          deny.severity(),
          Pseudonymizer.ip(ctx.clientIp()),
          Pseudonymizer.userAgent(ctx.userAgent()),
          deny.reason(),
          deny.ruleId(),
          sha256(input),
          preview(input),
          mode == Mode.ENFORCE,
          Map.of("principal", ctx.principal() == null ? "" : ctx.principal())));
    } catch (RuntimeException e) {
      LOG.error("could not record incident {} ({})", incidentId, e.getClass().getSimpleName());
    }
  }

  private String preview(String input) {
    String redacted;
    try {
      redacted = engines.redactor().apply(input);
    } catch (RuntimeException e) {
      return "[preview unavailable]";
    }
    StringBuilder flat = new StringBuilder(Math.min(redacted.length(), PREVIEW_CHARS + 1));
    for (int i = 0; i < redacted.length() && flat.length() <= PREVIEW_CHARS; i++) {
      char c = redacted.charAt(i);
      flat.append(c == '\r' || c == '\n' || c == '\t' ? ' ' : c);
    }
    String oneLine = flat.toString();
    return oneLine.length() <= PREVIEW_CHARS ? oneLine : oneLine.substring(0, PREVIEW_CHARS) + "…";
  }

  private void countLeak() {
    if (lockdown.maxIncidents() <= 0) {
      return;
    }
    boolean tripped = false;
    synchronized (recentLeaks) {
      Instant now = clock.instant();
      recentLeaks.addLast(now);
      Instant horizon = now.minus(lockdown.window());
      while (!recentLeaks.isEmpty() && recentLeaks.peekFirst().isBefore(horizon)) {
        recentLeaks.removeFirst();
      }
      if (lockedSince == null && recentLeaks.size() >= lockdown.maxIncidents()) {
        lockedSince = now;
        tripped = true;
      }
    }
    if (tripped) {
      LOG.warn("output scanner locked down: {} leak incidents within {}", lockdown.maxIncidents(), lockdown.window());
      onLockdown.run();
    }
  }

  static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
