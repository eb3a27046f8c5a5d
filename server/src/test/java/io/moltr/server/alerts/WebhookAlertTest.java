package io.moltr.server.alerts;

import static io.moltr.server.alerts.AlertFixtures.OPENAI_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moltr.core.config.ConfigNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Slack, Discord and the signed generic webhook, each against a local HTTP server. */
class WebhookAlertTest {
  static final String SECRET = "whsec-test-0123456789abcdef";
  private final FakeHttpServer server = new FakeHttpServer();
  private final AlertFixtures.MutableClock clock = new AlertFixtures.MutableClock();
  private AlertDispatcher alerts;

  WebhookAlertTest() throws Exception {}

  @AfterEach
  void stop() {
    if (alerts != null) {
      alerts.close();
    }
    server.close();
  }

  private AlertDispatcher only(String channel, Map<String, String> env) {
    alerts = AlertDispatcher.fromConfig(ConfigNode.parse("default.yaml", """
        alerts:
          %s:
            enabled: true
            severity_threshold: medium
        """.formatted(channel)).get("alerts"), env, clock);
    return alerts;
  }

  @Test
  void slackGetsEscapedTextSoAUserAgentCannotPingTheChannel() throws Exception {
    only("slack", Map.of("MOLTR_SLACK_WEBHOOK_URL", server.base() + "/services/T0/B0/slacksecret"));
    alerts.onIncident(AlertFixtures.honeypot("id-s", "192.0.2.55", "<!channel> & <https://evil.example|click>"));
    alerts.pumpQueued();
    var r = server.received.get(0);
    assertThat(r.path()).isEqualTo("/services/T0/B0/slacksecret");
    String text = new ObjectMapper().readTree(r.body()).get("text").asText();
    assertThat(text).contains("&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;").contains("ip: 192.0.2.0")
        .doesNotContain("<!channel>");
    assertThat(r.text()).doesNotContain("192.0.2.55").doesNotContain(OPENAI_KEY);
  }

  @Test
  void discordGetsContentWithMentionsDisabled() throws Exception {
    only("discord", Map.of("MOLTR_DISCORD_WEBHOOK_URL", server.base() + "/api/webhooks/1/discordsecret"));
    alerts.onIncident(AlertFixtures.honeypot("id-d", "192.0.2.55", "@everyone look"));
    alerts.pumpQueued();
    JsonNode body = new ObjectMapper().readTree(server.received.get(0).body());
    assertThat(body.get("content").asText()).contains("incident: id-d").contains("@everyone look");
    assertThat(body.get("allowed_mentions").get("parse").size()).isZero();
  }

  @Test
  void genericWebhookBodyIsSignedWithHmacSha256() throws Exception {
    only("webhook", Map.of("MOLTR_WEBHOOK_URL", server.base() + "/hook", "MOLTR_WEBHOOK_SECRET", SECRET));
    alerts.onIncident(AlertFixtures.incident("id-w", "command.blocked", io.moltr.core.Severity.HIGH));
    alerts.pumpQueued();
    var r = server.received.get(0);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(r.body()));
    assertThat(MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
        r.header("X-Moltr-Signature").getBytes(StandardCharsets.US_ASCII))).isTrue();
    JsonNode body = new ObjectMapper().readTree(r.body());
    assertThat(body.get("kind").asText()).isEqualTo("incident");
    assertThat(body.get("severity").asText()).isEqualTo("high");
    assertThat(body.get("fields").toString()).contains("command.blocked").contains("id-w").contains("203.0.113.0");
    // The incident's reason and preview quote the agent's input (here a key): never sent.
    assertThat(r.text()).doesNotContain(OPENAI_KEY).doesNotContain("203.0.113.77").doesNotContain(SECRET)
        .doesNotContain("agent-a");
  }

  @Test
  void aTamperedBodyNoLongerMatchesTheSignature() throws Exception {
    only("webhook", Map.of("MOLTR_WEBHOOK_URL", server.base() + "/hook", "MOLTR_WEBHOOK_SECRET", SECRET));
    alerts.onIncident(AlertFixtures.incident("id-t", "command.blocked", io.moltr.core.Severity.HIGH));
    alerts.pumpQueued();
    var r = server.received.get(0);
    byte[] tampered = r.text().replace("id-t", "id-x").getBytes(StandardCharsets.UTF_8);
    assertThat(r.header("X-Moltr-Signature"))
        .isNotEqualTo("sha256=" + WebhookChannel.sign(SECRET.getBytes(StandardCharsets.UTF_8), tampered));
  }
}
