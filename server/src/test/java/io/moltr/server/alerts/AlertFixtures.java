package io.moltr.server.alerts;

import io.moltr.core.Severity;
import io.moltr.core.incident.Incident;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Shared test doubles: a clock the test moves, a channel that records or fails on demand. */
final class AlertFixtures {
  static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");
  /** An OpenAI-format project key (fake, but the scanner's shape). */
  static final String OPENAI_KEY = "sk-proj-" + "Ab3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9fG1hJ3kL5m";

  private AlertFixtures() {}

  static final class MutableClock extends Clock {
    Instant now = T0;

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  static final class RecordingChannel implements Channel {
    final String name;
    final List<Message> sent = new ArrayList<>();
    int failNext;
    int attempts;

    RecordingChannel(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public void send(Message m) throws DeliveryException {
      attempts++;
      if (failNext > 0) {
        failNext--;
        throw new DeliveryException("HTTP 503");
      }
      sent.add(m);
    }
  }

  static Incident incident(String id, String rule, Severity severity) {
    return new Incident(id, T0, "command", severity, "203.0.113.77", "curl/8.5", "denied: cat " + OPENAI_KEY,
        rule, "abc", "cat " + OPENAI_KEY, true, Map.of("principal", "agent-a"));
  }

  static Incident honeypot(String id, String ip, String userAgent) {
    return new Incident(id, T0, "path", Severity.HIGH, ip, userAgent, "honeypot file touched: /srv/honeypots/.env.backup",
        "path.honeypot", "abc", "cat honeypots/.env.backup " + OPENAI_KEY, true, Map.of());
  }
}
