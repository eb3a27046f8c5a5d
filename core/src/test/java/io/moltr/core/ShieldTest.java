package io.moltr.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.incident.Incident;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ShieldTest {
  static final String SECRET = "sk-proj-REALLOOKINGSECRET";
  final List<Incident> incidents = new CopyOnWriteArrayList<>();

  Shield.Engines engines() {
    return new Shield.Engines(
        cmd -> { throw new IllegalStateException("boom " + cmd); },
        (p, op) -> Decision.allow("ok", Map.of()),
        (url, payload) -> Decision.allow("ok", Map.of("domain", "github.com")),
        text -> text.contains(SECRET)
            ? Decision.deny("scan.openai", "output contains an OpenAI key", Severity.HIGH, Map.of())
            : Decision.allow("clean", Map.of()),
        text -> text.replace(SECRET, "[REDACTED:openai]"));
  }

  Shield shield(Mode mode, int maxIncidents, ActionGate gate) {
    return new Shield(mode, Shield.Modules.ALL, engines(), incidents::add, gate,
        new Shield.LeakLockdown(maxIncidents, Duration.ofMinutes(5)),
        Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC));
  }

  @Test
  void engineErrorsDeny() {
    Decision d = shield(Mode.ENFORCE, 0, ActionGate.OPEN).checkCommand("ls", RequestContext.LOCAL);
    assertThat(d.allowed()).isFalse();
    assertThat(((Decision.Deny) d).ruleId()).isEqualTo("command.internal_error");
    assertThat(d.reason()).contains("fail closed").doesNotContain("boom");
    assertThat(incidents).hasSize(1);
  }

  @Test
  void incidentsHoldAHashAndARedactedPreviewNeverTheSecret() {
    Decision d = shield(Mode.ENFORCE, 0, ActionGate.OPEN)
        .scanOutput("here: " + SECRET, new RequestContext("198.51.100.23", "agent/1.0", "default"));
    assertThat(d.allowed()).isFalse();
    Incident i = incidents.get(0);
    assertThat(i.preview()).isEqualTo("here: [REDACTED:openai]");
    assertThat(i.toString()).doesNotContain(SECRET);
    assertThat(i.inputSha256()).isEqualTo(Shield.sha256("here: " + SECRET));
    assertThat(i.sourceIp()).isEqualTo("198.51.100.0");
    assertThat(d.details().get("incident_id")).isEqualTo(i.incidentId());
  }

  @Test
  void leaksOverTheThresholdRaiseTheEventOnceUntilReArmed() {
    Shield s = shield(Mode.ENFORCE, 3, ActionGate.OPEN);
    AtomicInteger trips = new AtomicInteger();
    s.onLockdown(trips::incrementAndGet);
    for (int i = 0; i < 2; i++) {
      s.scanOutput(SECRET, RequestContext.LOCAL);
    }
    assertThat(trips.get()).isZero();
    assertThat(s.scannerLockedSince()).isEmpty();
    for (int i = 0; i < 3; i++) {
      s.scanOutput(SECRET, RequestContext.LOCAL);
    }
    assertThat(trips.get()).isEqualTo(1);
    assertThat(s.scannerLockedSince()).isPresent();
    // Each text is still judged on its own: a clean answer passes.
    assertThat(s.scanOutput("hello", RequestContext.LOCAL).allowed()).isTrue();
    s.resetScannerLockdown();
    assertThat(s.scannerLockedSince()).isEmpty();
    for (int i = 0; i < 3; i++) {
      s.scanOutput(SECRET, RequestContext.LOCAL);
    }
    assertThat(trips.get()).isEqualTo(2);
  }

  @Test
  void aGateDeniesBeforeAnyEngineRuns() {
    ActionGate paused = kind -> Optional.of(Decision.deny("killswitch.pause", "paused", Severity.HIGH, Map.of()));
    Decision d = shield(Mode.ENFORCE, 0, paused).checkUrl("https://github.com", null, RequestContext.LOCAL);
    assertThat(d.allowed()).isFalse();
    assertThat(d.reason()).isEqualTo("paused");
  }

  @Test
  void secretsInAllowedUrlsOrPayloadsAreLeaks() {
    Shield s = shield(Mode.ENFORCE, 0, ActionGate.OPEN);
    assertThat(s.checkUrl("https://github.com/?q=" + SECRET, null, RequestContext.LOCAL).allowed()).isFalse();
    Decision d = s.checkUrl("https://github.com/", "{\"k\":\"" + SECRET + "\"}", RequestContext.LOCAL);
    assertThat(d.allowed()).isFalse();
    assertThat(d.reason()).startsWith("secret in payload");
    assertThat(d.details().get("domain")).isEqualTo("github.com");
    assertThat(s.checkUrl("https://github.com/", "{\"k\":1}", RequestContext.LOCAL).allowed()).isTrue();
  }

  @Test
  void monitorModeAllowsWithWouldBlock() {
    Decision d = shield(Mode.MONITOR, 0, ActionGate.OPEN).scanOutput(SECRET, RequestContext.LOCAL);
    assertThat(d.allowed()).isTrue();
    assertThat(d.details()).containsEntry("would_block", true);
    assertThat(d.reason()).startsWith("monitor mode, would block");
    assertThat(incidents.get(0).enforced()).isFalse();
  }
}
