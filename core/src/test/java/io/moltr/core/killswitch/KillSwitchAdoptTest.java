package io.moltr.core.killswitch;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.audit.HashChainedLog;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Taking over the fleet's state (cluster mode) and refusing resets the fleet cannot record. */
class KillSwitchAdoptTest {
  @TempDir Path data;
  HashChainedLog audit;

  @BeforeEach
  void setUp() {
    audit = HashChainedLog.open(data.resolve("audit"));
  }

  @AfterEach
  void tearDown() {
    audit.close();
  }

  KillSwitch open() {
    return KillSwitch.open(data.resolve("killswitch.json"), audit, KillSwitchTest.CODE);
  }

  static KillSwitchState lockdown() {
    return new KillSwitchState(Map.of(KillSwitchLevel.LOCKDOWN,
        new Activation(KillSwitchLevel.LOCKDOWN, "node a saw a honeypot", "admin", Instant.parse("2026-11-29T10:00:00Z"))));
  }

  @Test
  void adoptingARaisedStateDeniesPersistsAndTellsListeners() {
    KillSwitch ks = open();
    List<KillSwitchEvent> seen = new ArrayList<>();
    ks.addListener(seen::add);
    Optional<KillSwitchEvent> e = ks.adopt(lockdown(), "cluster:node-a");
    assertThat(e).isPresent();
    assertThat(e.get().type()).isEqualTo(KillSwitchEvent.Type.TRIGGERED);
    assertThat(e.get().raised()).isTrue();
    assertThat(seen).hasSize(1);
    assertThat(ks.check(ActionKind.COMMAND).allowed()).isFalse();
    assertThat(ks.check(ActionKind.COMMAND).reason()).contains("node a saw a honeypot");
    // persisted: a restart of this node keeps the fleet's level
    assertThat(open().state().level()).contains(KillSwitchLevel.LOCKDOWN);
  }

  @Test
  void adoptingTheSameStateAgainChangesNothing() {
    KillSwitch ks = open();
    ks.adopt(lockdown(), "cluster");
    List<KillSwitchEvent> seen = new ArrayList<>();
    ks.addListener(seen::add);
    assertThat(ks.adopt(lockdown(), "cluster")).isEmpty();
    assertThat(seen).isEmpty();
  }

  @Test
  void adoptingAnInactiveStateIsAResetEvent() {
    KillSwitch ks = open();
    ks.adopt(lockdown(), "cluster");
    KillSwitchEvent e = ks.adopt(KillSwitchState.INACTIVE, "cluster").orElseThrow();
    assertThat(e.type()).isEqualTo(KillSwitchEvent.Type.RESET);
    assertThat(e.levels()).containsExactly(KillSwitchLevel.LOCKDOWN);
    assertThat(ks.state().isActive()).isFalse();
  }

  @Test
  void aFailingPreconditionRefusesTheResetAndKeepsTheLevel() {
    KillSwitch ks = open();
    ks.trigger(KillSwitchLevel.LOCKDOWN, "test", "admin", null);
    ks.resetPrecondition(() -> Optional.of("the cluster store is unreachable"));
    KillSwitchResult r = ks.resetAll(KillSwitchTest.CONFIRM, "admin");
    assertThat(r).isInstanceOf(KillSwitchResult.Refused.class);
    assertThat(((KillSwitchResult.Refused) r).why()).contains("unreachable");
    assertThat(ks.state().level()).contains(KillSwitchLevel.LOCKDOWN);
    ks.resetPrecondition(Optional::empty);
    assertThat(ks.resetAll(KillSwitchTest.CONFIRM, "admin")).isInstanceOf(KillSwitchResult.Applied.class);
  }
}
