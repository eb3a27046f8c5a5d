package io.moltr.server.alerts;

import static io.moltr.server.alerts.AlertFixtures.OPENAI_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.moltr.core.config.ConfigNode;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E-mail alerts against a real local SMTP server (GreenMail on 127.0.0.1). */
class EmailAlertTest {
  private GreenMail smtp;
  private AlertDispatcher alerts;
  private final AlertFixtures.MutableClock clock = new AlertFixtures.MutableClock();

  @BeforeEach
  void startSmtp() {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stop() {
    if (alerts != null) {
      alerts.close();
    }
    smtp.stop();
  }

  private void configure(boolean starttls) {
    alerts = AlertDispatcher.fromConfig(ConfigNode.parse("default.yaml", """
        alerts:
          email:
            enabled: true
            severity_threshold: high
            host: 127.0.0.1
            starttls: %s
            from: shield@example.org
            to: [ops@example.org]
        """.formatted(starttls)).get("alerts"),
        Map.of("MOLTR_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort())), clock);
  }

  @Test
  void aHoneypotAlertArrivesWithoutFullIpOrSecrets() throws Exception {
    configure(false);
    alerts.onIncident(AlertFixtures.honeypot("9d2e-inc", "203.0.113.77", "python-requests/2.31 " + OPENAI_KEY));
    alerts.pumpQueued();

    MimeMessage[] got = smtp.getReceivedMessages();
    assertThat(got).hasSize(1);
    assertThat(got[0].getSubject()).isEqualTo("[Moltr Shield] CRITICAL: honeypot accessed");
    assertThat(got[0].getAllRecipients()[0].toString()).isEqualTo("ops@example.org");
    String raw = GreenMailUtil.getWholeMessage(got[0]);
    assertThat(raw).contains("incident: 9d2e-inc").contains("ip: 203.0.113.0").contains("python-requests/2.31")
        .doesNotContain("203.0.113.77").doesNotContain(OPENAI_KEY).doesNotContain(OPENAI_KEY.substring(8, 28));
  }

  @Test
  void withStarttlsRequiredAServerWithoutTlsGetsNothing() {
    // GreenMail offers no STARTTLS: the alert must fail rather than go out in clear text.
    configure(true);
    alerts.onIncident(AlertFixtures.honeypot("tls-inc", "203.0.113.77", "curl"));
    alerts.pumpQueued();
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(alerts.stats().toString()).contains("failed_attempts=1").contains("delivered=0");
  }
}
