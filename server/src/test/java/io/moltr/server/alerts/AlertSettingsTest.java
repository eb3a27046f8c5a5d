package io.moltr.server.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moltr.core.config.ConfigException;
import io.moltr.core.config.ConfigNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AlertSettingsTest {
  static final String SLACK = "https://hooks.slack.com/services/T000/B000/s3cretS1ackT0ken";

  private static AlertDispatcher build(String yaml, Map<String, String> env) {
    return AlertDispatcher.fromConfig(ConfigNode.parse("default.yaml", yaml).get("alerts"), env, Clock.systemUTC());
  }

  @Test
  void theShippedDefaultsEnableNothingAndParse() {
    ConfigNode shipped = ConfigNode.load(Path.of("../config/default.yaml"));
    AlertDispatcher d = AlertDispatcher.fromConfig(shipped.get("alerts"), Map.of(), Clock.systemUTC());
    assertThat(d.channels()).isEmpty();
    assertThat(d.stats()).containsEntry("enabled", false);
  }

  @Test
  void allChannelsFromConfigAndEnvironment() {
    AlertDispatcher d = build("""
        alerts:
          telegram: {enabled: true}
          slack: {enabled: true}
          discord: {enabled: true}
          webhook: {enabled: true, url: "https://hooks.example.org/moltr"}
          email: {enabled: true, host: smtp.example.org, from: a@example.org, to: [b@example.org]}
        """, Map.of("MOLTR_TELEGRAM_BOT_TOKEN", TelegramAlertTest.TOKEN, "MOLTR_TELEGRAM_CHAT_ID", "42",
        "MOLTR_SLACK_WEBHOOK_URL", SLACK, "MOLTR_DISCORD_WEBHOOK_URL", "https://discord.com/api/webhooks/1/x",
        "MOLTR_WEBHOOK_SECRET", "0123456789abcdef0123", "MOLTR_SMTP_USER", "u", "MOLTR_SMTP_PASSWORD", "p"));
    assertThat(d.channels()).containsExactly("telegram", "slack", "discord", "webhook", "email");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "telegram without token   | 'alerts: {telegram: {enabled: true}}'                        | alerts.telegram: enabled, but MOLTR_TELEGRAM_BOT_TOKEN is not set",
      "slack URL in the file    | 'alerts: {slack: {enabled: true, url: \"https://x.example\"}}' | set MOLTR_SLACK_WEBHOOK_URL instead",
      "threshold not a level    | 'alerts: {slack: {enabled: true, severity_threshold: loud}}' | alerts.slack.severity_threshold (value: loud)",
      "cap out of range         | 'alerts: {slack: {enabled: true, rate_limit_per_minute: 0}}' | alerts.slack.rate_limit_per_minute (value: 0)",
      "plain SMTP over network  | 'alerts: {email: {enabled: true, host: smtp.example.org, starttls: false, from: a@b.c, to: [d@e.f]}}' | alerts.email.starttls (value: false)",
      "webhook without secret   | 'alerts: {webhook: {enabled: true, url: \"https://h.example\"}}' | MOLTR_WEBHOOK_SECRET is not set",
      "http to a remote host    | 'alerts: {telegram: {enabled: true, api_base_url: \"http://api.example\"}}' | alerts.telegram.api_base_url (value: http://api.example): must be an https:// URL",
      "unknown channel          | 'alerts: {pager: {enabled: true}}'                           | alerts.pager",
  })
  void configErrorsNameFileKeyAndValue(String why, String yaml, String message) {
    Map<String, String> env = Map.of("MOLTR_SLACK_WEBHOOK_URL", SLACK, "MOLTR_TELEGRAM_CHAT_ID", "1");
    assertThatThrownBy(() -> build(yaml, env)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("default.yaml: ").hasMessageContaining(message);
  }

  @Test
  void aBadSecretUrlIsNamedButNeverShown() {
    String http = "http://hooks.slack.example/services/T/B/s3cretS1ackT0ken";
    assertThatThrownBy(() -> build("alerts: {slack: {enabled: true}}", Map.of("MOLTR_SLACK_WEBHOOK_URL", http)))
        .isInstanceOf(ConfigException.class).hasMessageContaining("MOLTR_SLACK_WEBHOOK_URL must be an https:// URL")
        .hasMessageNotContaining("s3cret");
    assertThatThrownBy(() -> build("alerts: {telegram: {enabled: true}}",
        Map.of("MOLTR_TELEGRAM_BOT_TOKEN", "not/a/token/../x", "MOLTR_TELEGRAM_CHAT_ID", "1")))
        .hasMessageContaining("MOLTR_TELEGRAM_BOT_TOKEN is not a bot token").hasMessageNotContaining("not/a");
  }
}
