package io.moltr.server.alerts;

import static io.moltr.server.alerts.AlertFixtures.incident;
import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.Severity;
import io.moltr.server.alerts.AlertFixtures.MutableClock;
import io.moltr.server.alerts.AlertFixtures.RecordingChannel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertDispatcherTest {
  private final MutableClock clock = new MutableClock();
  private final Lane.Retry retry = new Lane.Retry(3, Duration.ofSeconds(2), Duration.ofSeconds(60));

  private AlertDispatcher dispatcher(RecordingChannel ch, Severity threshold, int perMinute, int capacity) {
    return new AlertDispatcher(List.of(new Lane(ch, new Lane.Policy(threshold, perMinute), retry)), capacity, clock);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> lane(AlertDispatcher d, String name) {
    return (Map<String, Object>) ((Map<String, Object>) d.stats().get("channels")).get(name);
  }

  @Test
  void aFullQueueDropsAndCountsInsteadOfWaiting() {
    RecordingChannel ch = new RecordingChannel("fake");
    AlertDispatcher d = dispatcher(ch, Severity.LOW, 100, 2);
    // No sender thread runs: were offer() blocking, this test would hang on the third call.
    for (int i = 0; i < 5; i++) {
      d.onIncident(incident("id-" + i, "command.rule" + i, Severity.HIGH));
    }
    assertThat(d.stats()).containsEntry("accepted", 2L).containsEntry("dropped_queue_full", 3L)
        .containsEntry("queued", 2);
    d.pumpQueued();
    assertThat(ch.sent).hasSize(2);
  }

  @Test
  void aFloodOfOneKindBecomesOneMessageAndOneSummaryPerMinute() {
    RecordingChannel ch = new RecordingChannel("fake");
    AlertDispatcher d = dispatcher(ch, Severity.LOW, 10, 1000);
    for (int i = 0; i < 39; i++) {
      d.onIncident(incident("id-" + i, "command.blocked", Severity.HIGH));
      clock.advance(Duration.ofSeconds(1));
      d.pumpQueued();
    }
    assertThat(ch.sent).hasSize(1);
    assertThat(ch.sent.get(0).text()).contains("incident: id-0").doesNotContain("similar");

    clock.advance(Duration.ofSeconds(30)); // the first alert's minute is over
    d.pumpQueued();
    assertThat(ch.sent).hasSize(2);
    Message summary = ch.sent.get(1);
    assertThat(summary.similar()).isEqualTo(37);
    assertThat(summary.text()).contains("incident: id-38").contains("and 37 similar in the last minute");
    assertThat(lane(d, "fake")).containsEntry("folded", 38L).containsEntry("delivered", 2L);

    clock.advance(Duration.ofMinutes(2)); // quiet: nothing more to say
    d.pumpQueued();
    assertThat(ch.sent).hasSize(2);
  }

  @Test
  void differentKindsAreNotFolded() {
    RecordingChannel ch = new RecordingChannel("fake");
    AlertDispatcher d = dispatcher(ch, Severity.LOW, 10, 1000);
    d.onIncident(incident("a", "command.blocked", Severity.HIGH));
    d.onIncident(incident("b", "network.private", Severity.HIGH));
    d.pumpQueued();
    assertThat(ch.sent).extracting(Message::similar).containsExactly(0, 0);
  }

  @Test
  void failedDeliveriesAreRetriedWithGrowingWaits() {
    RecordingChannel ch = new RecordingChannel("fake");
    ch.failNext = 2;
    AlertDispatcher d = dispatcher(ch, Severity.LOW, 10, 1000);
    d.onIncident(incident("r1", "command.blocked", Severity.HIGH));
    d.pumpQueued();
    assertThat(ch.attempts).isEqualTo(1);
    clock.advance(Duration.ofSeconds(1)); // first wait is 2 s
    d.pumpQueued();
    assertThat(ch.attempts).isEqualTo(1);
    clock.advance(Duration.ofSeconds(1));
    d.pumpQueued();
    assertThat(ch.attempts).isEqualTo(2);
    clock.advance(Duration.ofSeconds(3)); // second wait is 4 s
    d.pumpQueued();
    assertThat(ch.attempts).isEqualTo(2);
    clock.advance(Duration.ofSeconds(1));
    d.pumpQueued();
    assertThat(ch.attempts).isEqualTo(3);
    assertThat(ch.sent).hasSize(1);
    assertThat(lane(d, "fake")).containsEntry("delivered", 1L).containsEntry("failed_attempts", 2L)
        .containsEntry("failed", 0L).containsEntry("last_error", "HTTP 503");
  }

  @Test
  void retriesAreBoundedAndTheFailureIsCounted() {
    RecordingChannel ch = new RecordingChannel("fake");
    ch.failNext = 100;
    AlertDispatcher d = dispatcher(ch, Severity.LOW, 10, 1000);
    d.onIncident(incident("r1", "command.blocked", Severity.HIGH));
    for (int i = 0; i < 10; i++) {
      d.pumpQueued();
      clock.advance(Duration.ofMinutes(1));
    }
    assertThat(ch.attempts).isEqualTo(3);
    assertThat(lane(d, "fake")).containsEntry("failed", 1L).containsEntry("failed_attempts", 3L);
  }

  @Test
  void aDeadChannelDoesNotDelayTheOthers() {
    RecordingChannel dead = new RecordingChannel("dead");
    dead.failNext = 100;
    RecordingChannel live = new RecordingChannel("live");
    AlertDispatcher d = new AlertDispatcher(List.of(
        new Lane(dead, new Lane.Policy(Severity.LOW, 10), retry),
        new Lane(live, new Lane.Policy(Severity.LOW, 10), retry)), 100, clock);
    for (int i = 0; i < 5; i++) {
      d.onIncident(incident("x" + i, "rule" + i, Severity.HIGH));
    }
    d.pumpQueued();
    assertThat(live.sent).hasSize(5);
    assertThat(dead.attempts).isEqualTo(1); // it rests until its retry is due
  }

  @Test
  void thePerMinuteCapHoldsBackAndTheNextMessageSaysHowMany() {
    RecordingChannel ch = new RecordingChannel("fake");
    AlertDispatcher d = dispatcher(ch, Severity.LOW, 3, 1000);
    for (int i = 0; i < 5; i++) {
      d.onIncident(incident("c" + i, "rule" + i, Severity.HIGH));
    }
    d.pumpQueued();
    assertThat(ch.sent).hasSize(3);
    assertThat(lane(d, "fake")).containsEntry("rate_limited", 2L);
    clock.advance(Duration.ofSeconds(61));
    d.onIncident(incident("later", "rule.later", Severity.HIGH));
    d.pumpQueued();
    assertThat(ch.sent).hasSize(4);
    assertThat(ch.sent.get(3).heldBack()).isEqualTo(2);
    assertThat(ch.sent.get(3).text()).contains("2 other alerts held back by this channel's rate limit");
  }

  @Test
  void alertsBelowTheThresholdAreNotSent() {
    RecordingChannel critical = new RecordingChannel("critical-only");
    RecordingChannel all = new RecordingChannel("all");
    AlertDispatcher d = new AlertDispatcher(List.of(
        new Lane(critical, new Lane.Policy(Severity.CRITICAL, 10), retry),
        new Lane(all, new Lane.Policy(Severity.LOW, 10), retry)), 100, clock);
    d.onIncident(incident("m", "rule.m", Severity.MEDIUM));
    d.onIncident(incident("c", "rule.c", Severity.CRITICAL));
    d.pumpQueued();
    assertThat(critical.sent).extracting(m -> m.alert().severity()).containsExactly(Severity.CRITICAL);
    assertThat(all.sent).hasSize(2);
    assertThat(lane(d, "critical-only")).containsEntry("below_threshold", 1L);
  }

  @Test
  void withNoChannelEverythingIsAcceptedAndDiscarded() {
    AlertDispatcher d = new AlertDispatcher(List.of(), 10, clock);
    d.onIncident(incident("a", "rule", Severity.CRITICAL));
    d.start(); // no thread for nothing
    assertThat(d.stats()).containsEntry("enabled", false).containsEntry("queued", 0);
    d.close();
  }

  @Test
  void aComposerFailureNeverReachesTheCaller() {
    RecordingChannel ch = new RecordingChannel("fake");
    AlertDispatcher d = dispatcher(ch, Severity.LOW, 10, 10);
    d.useRedactor(s -> {
      throw new IllegalStateException("scanner broke");
    });
    d.onKillSwitch(null); // a null event: composing fails
    assertThat(d.stats()).containsEntry("compose_errors", 1L);
  }
}
