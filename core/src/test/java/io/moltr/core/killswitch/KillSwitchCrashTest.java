package io.moltr.core.killswitch;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.JavaSubprocess;
import io.moltr.core.audit.AuditReport;
import io.moltr.core.audit.AuditVerifier;
import io.moltr.core.audit.HashChainedLog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of the JVM holding the switch: a lockdown survives, the state file is never torn. */
class KillSwitchCrashTest {
  static final String PHRASE = "crash test codephrase";

  @TempDir Path data;

  @Test
  void aLockdownSurvivesSigkill() throws Exception {
    List<String> out = JavaSubprocess.runAndKill(KillSwitchLoop.class, 1, 20, data.toString(), "lock");
    assertThat(out).containsExactly("LOCKED");
    try (HashChainedLog audit = HashChainedLog.open(data.resolve("audit"))) {
      KillSwitch ks = KillSwitch.open(data.resolve("killswitch.json"), audit, null);
      assertThat(ks.state().level()).contains(KillSwitchLevel.LOCKDOWN);
      assertThat(ks.startupProblem()).isEmpty();
    }
  }

  @Test
  void theStateFileIsWholeAfterSigkillMidChange() throws Exception {
    List<String> out = JavaSubprocess.runAndKill(KillSwitchLoop.class, 60, 20, data.toString(), "flip");
    assertThat(out).isNotEmpty();
    try (HashChainedLog audit = HashChainedLog.open(data.resolve("audit"))) {
      KillSwitch ks = KillSwitch.open(data.resolve("killswitch.json"), audit, null);
      assertThat(ks.startupProblem()).as("the saved state is readable").isEmpty();
      // The state is the last acknowledged one, or the change after it, never anything older.
      String[] last = out.get(out.size() - 1).split(" ");
      int i = Integer.parseInt(last[1]);
      String reason = ks.state().effective().map(Activation::reason).orElse("inactive");
      if (last[0].equals("LOCKED")) {
        assertThat(reason).isIn("flip " + i, "inactive");
      } else {
        assertThat(reason).isIn("inactive", "flip " + (i + 1));
      }
    }
    AuditReport report = AuditVerifier.verify(data.resolve("audit"));
    assertThat(report.intact()).as(report.summary()).isTrue();
  }
}
