package io.moltr.server.alerts;

import static io.moltr.server.alerts.AlertFixtures.OPENAI_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moltr.core.config.ConfigNode;
import io.moltr.core.integrity.FileChange;
import io.moltr.core.integrity.IntegrityReport;
import io.moltr.core.killswitch.KillSwitchEvent;
import io.moltr.core.killswitch.KillSwitchLevel;
import io.moltr.core.killswitch.KillSwitchState;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a Telegram chat really receives, read from the bytes a local fake Bot API got. */
class TelegramAlertTest {
  static final String TOKEN = "123456789:AAHf4kE_sEcReT-b0tT0kEnVaLuE12345";
  static final String CHAT = "-1001234567";

  private final FakeHttpServer telegram = new FakeHttpServer();
  private final AlertFixtures.MutableClock clock = new AlertFixtures.MutableClock();
  private final AlertDispatcher alerts = AlertDispatcher.fromConfig(ConfigNode.parse("default.yaml", """
      alerts:
        telegram:
          enabled: true
          severity_threshold: high
          rate_limit_per_minute: 10
          api_base_url: %s
      """.formatted(telegram.base())).get("alerts"),
      Map.of("MOLTR_TELEGRAM_BOT_TOKEN", TOKEN, "MOLTR_TELEGRAM_CHAT_ID", CHAT), clock);

  TelegramAlertTest() throws Exception {}

  @AfterEach
  void stop() {
    alerts.close();
    telegram.close();
  }

  @Test
  void honeypotAlertCarriesPseudonymisedIpCutUserAgentAndIncidentIdOnly() throws Exception {
    String ua = "Mozilla/5.0 (X11; Linux x86_64) EvilAgent/1.0 " + "x".repeat(40) + "|AFTER-80|" + "y".repeat(60);
    String id = "4f9c2a1e-8d3b-4c6a-9e2f-1a2b3c4d5e6f";
    alerts.onIncident(AlertFixtures.honeypot(id, "203.0.113.77", ua));
    alerts.pumpQueued();

    assertThat(telegram.received).hasSize(1);
    FakeHttpServer.Received r = telegram.received.get(0);
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/bot" + TOKEN + "/sendMessage");
    String bytes = r.text();
    JsonNode body = new ObjectMapper().readTree(bytes);
    assertThat(body.get("chat_id").asText()).isEqualTo(CHAT);
    String text = body.get("text").asText();
    assertThat(text).contains("honeypot accessed").contains("incident: " + id).contains("ip: 203.0.113.0")
        .contains("user agent: " + ua.substring(0, 80) + "\n");
    assertThat(bytes).doesNotContain("203.0.113.77").doesNotContain(ua.substring(0, 81))
        .doesNotContain("AFTER-80").doesNotContain(TOKEN).doesNotContain(OPENAI_KEY)
        .doesNotContain("sk-proj").doesNotContain(".env.backup").doesNotContain("agent-a");
  }

  @Test
  void aSecretInTheUserAgentIsRedactedBeforeTheCut() {
    alerts.onIncident(AlertFixtures.honeypot("id-1", "2001:db8:1234:5678::1", "bot " + OPENAI_KEY));
    alerts.pumpQueued();
    String bytes = telegram.received.get(0).text();
    assertThat(bytes).contains("2001:db8:1234::").doesNotContain("5678").doesNotContain(OPENAI_KEY.substring(8, 30))
        .contains("[REDACTED:");
  }

  @Test
  void killSwitchAlertCarriesLevelAndReasonNotTheActor() {
    KillSwitchState before = KillSwitchState.INACTIVE;
    KillSwitchState after = new KillSwitchState(Map.of(KillSwitchLevel.LOCKDOWN, new io.moltr.core.killswitch.Activation(
        KillSwitchLevel.LOCKDOWN, "honeypot touched", "admin:alice@example.com", AlertFixtures.T0)));
    alerts.onKillSwitch(new KillSwitchEvent(KillSwitchEvent.Type.TRIGGERED, Set.of(KillSwitchLevel.LOCKDOWN), before,
        after, "honeypot touched; key " + OPENAI_KEY, "admin:alice@example.com", AlertFixtures.T0));
    alerts.pumpQueued();
    String bytes = telegram.received.get(0).text();
    assertThat(bytes).contains("CRITICAL: kill switch triggered").contains("level: LOCKDOWN")
        .contains("reason: honeypot touched; key [REDACTED:").doesNotContain(OPENAI_KEY).doesNotContain("alice");
  }

  @Test
  void integrityAlertNamesFilesAndKindsOnly() {
    alerts.onIntegrity(new IntegrityReport(AlertFixtures.T0, 54,
        List.of(new FileChange("config/default.yaml", FileChange.Kind.MODIFIED),
            new FileChange("honeypots/passwords.txt", FileChange.Kind.DELETED)), List.of()));
    alerts.pumpQueued();
    String bytes = telegram.received.get(0).text();
    assertThat(bytes).contains("integrity violation").contains("modified: config/default.yaml")
        .contains("deleted: honeypots/passwords.txt").contains("files checked: 54");
  }

  @Test
  void anIntegrityIncidentIsNotAlertedTwice() {
    alerts.onIncident(new io.moltr.core.incident.Incident("i", AlertFixtures.T0, "integrity",
        io.moltr.core.Severity.CRITICAL, "local", "moltr-watchdog", "integrity violation: ...",
        "integrity.violation", "", "MODIFIED config/default.yaml", true, Map.of()));
    alerts.pumpQueued();
    assertThat(telegram.received).isEmpty();
  }

  @Test
  void anHttpErrorIsCountedWithoutTheTokenInStatus() {
    telegram.status = 401;
    alerts.onIncident(AlertFixtures.honeypot("id-2", "198.51.100.9", "curl"));
    alerts.pumpQueued();
    assertThat(alerts.stats().toString()).contains("last_error=HTTP 401").contains("failed_attempts=1")
        .doesNotContain(TOKEN).doesNotContain(CHAT);
  }
}
