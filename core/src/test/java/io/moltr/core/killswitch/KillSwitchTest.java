package io.moltr.core.killswitch;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.Decision;
import io.moltr.core.audit.AuditEntry;
import io.moltr.core.audit.AuditException;
import io.moltr.core.audit.AuditTrail;
import io.moltr.core.audit.AuditVerifier;
import io.moltr.core.audit.HashChainedLog;
import io.moltr.core.killswitch.KillSwitchResult.Applied;
import io.moltr.core.killswitch.KillSwitchResult.Refused;
import io.moltr.core.killswitch.KillSwitchResult.Unchanged;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KillSwitchTest {
  static final String PHRASE = "open sesame 2026";
  static final String CONFIRM = "CONFIRM:" + PHRASE;
  static final Codephrase CODE = Codephrase.fromSecret(PHRASE, 1000);

  @TempDir Path data;
  Path stateFile;
  HashChainedLog audit;

  @BeforeEach
  void setUp() {
    stateFile = data.resolve("killswitch.json");
    audit = HashChainedLog.open(data.resolve("audit"));
  }

  @AfterEach
  void tearDown() {
    audit.close();
  }

  KillSwitch open() {
    return KillSwitch.open(stateFile, audit, CODE);
  }

  @Test
  void inactiveOnFirstStartAndAllowsEverything() {
    KillSwitch ks = open();
    assertThat(ks.state().isActive()).isFalse();
    for (ActionKind k : ActionKind.values()) {
      assertThat(ks.check(k).allowed()).isTrue();
    }
    assertThat(ks.blocksEgress()).isFalse();
    assertThat(ks.startupProblem()).isEmpty();
  }

  @Test
  void pauseDeniesEveryActionWithThePauseReason() {
    KillSwitch ks = open();
    assertThat(ks.trigger(KillSwitchLevel.PAUSE, "operator review", "admin#01", null)).isInstanceOf(Applied.class);
    for (ActionKind k : ActionKind.values()) {
      Decision d = ks.check(k);
      assertThat(d.allowed()).isFalse();
      assertThat(d.reason()).contains("PAUSE").contains("operator review");
      assertThat(((Decision.Deny) d).ruleId()).isEqualTo("killswitch.pause");
    }
  }

  @Test
  void networkCutDeniesEgressOnly() {
    KillSwitch ks = open();
    ks.trigger(KillSwitchLevel.NETWORK_CUT, "exfiltration suspected", "admin#01", null);
    assertThat(ks.check(ActionKind.URL).allowed()).isFalse();
    assertThat(ks.check(ActionKind.PROXY).allowed()).isFalse();
    assertThat(ks.check(ActionKind.GATEWAY).allowed()).isFalse();
    assertThat(ks.check(ActionKind.PATH).allowed()).isTrue();
    assertThat(ks.check(ActionKind.COMMAND).allowed()).isTrue();
    assertThat(ks.checkEgress().allowed()).as("a network command").isFalse();
  }

  @Test
  void aLowerTriggerNeverLowersAndResetFallsBackToTheNextActiveLevel() {
    KillSwitch ks = open();
    ks.trigger(KillSwitchLevel.PAUSE, "first", "a", null);
    ks.triggerAutomatic(KillSwitchLevel.LOCKDOWN, "honeypot touched", "honeypot");
    ks.trigger(KillSwitchLevel.NETWORK_CUT, "lower", "a", null);
    assertThat(ks.state().level()).contains(KillSwitchLevel.LOCKDOWN);
    assertThat(ks.trigger(KillSwitchLevel.LOCKDOWN, "again", "a", null)).isInstanceOf(Unchanged.class);

    KillSwitchResult r = ks.reset(KillSwitchLevel.LOCKDOWN, CONFIRM, "admin#01");
    assertThat(r).isInstanceOf(Applied.class);
    assertThat(ks.state().level()).contains(KillSwitchLevel.NETWORK_CUT);
    assertThat(ks.resetAll(CONFIRM, "admin#01")).isInstanceOf(Applied.class);
    assertThat(ks.state().isActive()).isFalse();
    assertThat(ks.resetAll(CONFIRM, "admin#01")).isInstanceOf(Unchanged.class);
  }

  @Test
  void destructiveLevelsAndEveryResetNeedTheCodephrase() {
    KillSwitch ks = open();
    assertThat(ks.trigger(KillSwitchLevel.WIPE, "x", "a", null)).isInstanceOf(Refused.class);
    assertThat(ks.trigger(KillSwitchLevel.EMERGENCY, "x", "a", "CONFIRM:wrong phrase here")).isInstanceOf(Refused.class);
    assertThat(ks.trigger(KillSwitchLevel.WIPE, "x", "a", PHRASE)).as("prefix missing").isInstanceOf(Refused.class);
    assertThat(ks.state().isActive()).isFalse();

    assertThat(ks.trigger(KillSwitchLevel.WIPE, "keys leaked", "a", CONFIRM)).isInstanceOf(Applied.class);
    KillSwitchResult noConfirm = ks.reset(KillSwitchLevel.WIPE, null, "a");
    assertThat(noConfirm).isInstanceOf(Refused.class);
    assertThat(((Refused) noConfirm).why()).contains("CONFIRM:").doesNotContain(PHRASE);
    assertThat(ks.reset(KillSwitchLevel.WIPE, "CONFIRM:nope nope nope", "a")).isInstanceOf(Refused.class);
    assertThat(ks.state().level()).contains(KillSwitchLevel.WIPE);
  }

  @Test
  void aLockdownSurvivesARestartWithItsHistory() {
    KillSwitch first = open();
    first.trigger(KillSwitchLevel.LOCKDOWN, "integrity violation", "system:watchdog", null);
    first.trigger(KillSwitchLevel.PAUSE, "also paused", "admin#02", null);

    KillSwitch restarted = open();
    assertThat(restarted.state().level()).contains(KillSwitchLevel.LOCKDOWN);
    assertThat(restarted.state().effective().orElseThrow().reason()).isEqualTo("integrity violation");
    assertThat(restarted.check(ActionKind.PATH).allowed()).isFalse();
    assertThat(restarted.history()).hasSize(2);
    assertThat(restarted.startupProblem()).isEmpty();
  }

  @Test
  void anUnreadableStateFileMeansLockdown() throws Exception {
    Files.writeString(stateFile, "{\"version\":1,\"active\":[{\"level\":\"LOCKD");
    KillSwitch ks = open();
    assertThat(ks.state().level()).contains(KillSwitchLevel.LOCKDOWN);
    assertThat(ks.startupProblem()).get().asString().contains("unreadable");
    assertThat(ks.check(ActionKind.SCAN).allowed()).isFalse();
    try (var files = Files.list(data)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.startsWith("killswitch.json.corrupt-"));
    }
    assertThat(open().state().level()).as("and stays so after another restart").contains(KillSwitchLevel.LOCKDOWN);
  }

  @Test
  void anUnknownLevelInTheStateFileMeansLockdown() throws Exception {
    Files.writeString(stateFile,
        "{\"version\":1,\"active\":[{\"level\":\"OFF\",\"reason\":\"r\",\"actor\":\"a\",\"at\":\"2026-01-01T00:00:00Z\"}]}");
    KillSwitch ks = open();
    assertThat(ks.state().level()).contains(KillSwitchLevel.LOCKDOWN);
    assertThat(ks.startupProblem()).get().asString().contains("unknown level 'OFF'");
  }

  @Test
  void withoutACodephraseOnlyTheOfflineResetLifts() {
    KillSwitch ks = KillSwitch.open(stateFile, audit, null);
    ks.trigger(KillSwitchLevel.LOCKDOWN, "x", "a", null);
    KillSwitchResult r = ks.resetAll("CONFIRM:anything at all", "a");
    assertThat(r).isInstanceOf(Refused.class);
    assertThat(((Refused) r).why()).contains("offline");

    KillSwitch.resetOffline(stateFile, audit, "operator@host");
    assertThat(KillSwitch.open(stateFile, audit, null).state().isActive()).isFalse();
  }

  @Test
  void everyTriggerResetAndRefusalIsInTheAuditLog() {
    KillSwitch ks = open();
    ks.trigger(KillSwitchLevel.LOCKDOWN, "why", "admin#01", null);
    ks.reset(KillSwitchLevel.LOCKDOWN, "CONFIRM:bad guess here", "admin#02");
    ks.reset(KillSwitchLevel.LOCKDOWN, CONFIRM, "admin#01");

    var report = AuditVerifier.verify(data.resolve("audit"));
    assertThat(report.findings()).isEmpty();
    assertThat(report.entries()).isEqualTo(3);
    List<String> lines = readAll(data.resolve("audit"));
    assertThat(lines.get(0)).contains("\"event\":\"killswitch.trigger\"").contains("LOCKDOWN");
    assertThat(lines.get(1)).contains("\"event\":\"killswitch.refused\"").doesNotContain("bad guess");
    assertThat(lines.get(2)).contains("\"event\":\"killswitch.reset\"");
    assertThat(String.join("\n", lines)).doesNotContain(PHRASE);
  }

  @Test
  void aResetThatCannotBeAuditedIsRefused() {
    AuditTrail broken = new AuditTrail() {
      @Override
      public AuditEntry append(String event, String actor, Map<String, ?> details) {
        throw new AuditException("disk full");
      }
    };
    KillSwitch ks = KillSwitch.open(stateFile, broken, CODE);
    assertThat(ks.trigger(KillSwitchLevel.LOCKDOWN, "x", "a", null))
        .as("a trigger still applies: safety first").isInstanceOf(Applied.class);
    assertThat(ks.resetAll(CONFIRM, "a")).isInstanceOf(Refused.class);
    assertThat(ks.state().level()).contains(KillSwitchLevel.LOCKDOWN);
  }

  @Test
  void listenersHearEveryChangeEvenIfOneFails() {
    KillSwitch ks = open();
    List<KillSwitchEvent> heard = new ArrayList<>();
    ks.addListener(e -> {
      throw new IllegalStateException("boom");
    });
    ks.addListener(heard::add);
    ks.trigger(KillSwitchLevel.NETWORK_CUT, "x", "a", null);
    ks.trigger(KillSwitchLevel.PAUSE, "y", "a", null);
    ks.resetAll(CONFIRM, "a");
    assertThat(heard).extracting(KillSwitchEvent::type)
        .containsExactly(KillSwitchEvent.Type.TRIGGERED, KillSwitchEvent.Type.TRIGGERED, KillSwitchEvent.Type.RESET);
    assertThat(heard.get(0).raised()).isTrue();
    assertThat(heard.get(1).raised()).as("PAUSE is below NETWORK_CUT").isFalse();
    assertThat(heard.get(2).after().isActive()).isFalse();
  }

  @Test
  void theStateFileIsOwnerOnlyJson() throws Exception {
    open().trigger(KillSwitchLevel.PAUSE, "x", "a", null);
    assertThat(Files.readString(stateFile)).contains("\"level\" : \"PAUSE\"");
    if (stateFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stateFile))).isEqualTo("rw-------");
    }
    assertThat(Instant.parse(open().state().effective().orElseThrow().at().toString())).isNotNull();
  }

  private List<String> readAll(Path dir) {
    List<String> out = new ArrayList<>();
    for (Path f : audit.files()) {
      try {
        out.addAll(Files.readAllLines(f));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return out;
  }
}
