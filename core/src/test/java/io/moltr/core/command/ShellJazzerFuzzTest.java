package io.moltr.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.moltr.core.Decision;
import io.moltr.core.config.ConfigNode;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Coverage-guided fuzzing of the command check (Jazzer). In the normal test command it replays
 * its seed inputs (src/test/resources/.../ShellJazzerFuzzTestInputs) and then fuzzes for the
 * duration below; `JAZZER_FUZZ=1` with a longer `-Djazzer.max_duration` runs it for longer (see
 * bench/RESULTS.md). Property: whatever the input, the check answers with a decision, never an
 * exception, and an internal error never stands in for a parse error.
 */
class ShellJazzerFuzzTest {
  private static final CommandPolicy POLICY = CommandPolicy.fromConfig(
      ConfigNode.load(Path.of("..", "config", "allowlists", "commands.yaml")),
      ConfigNode.empty("default.yaml"),
      (path, op) -> Decision.allow("fuzz", java.util.Map.of()),
      url -> Decision.allow("fuzz", java.util.Map.of()),
      Clock.systemUTC());

  @FuzzTest(maxDuration = "20s")
  void everyInputGetsADecisionNeverAnException(FuzzedDataProvider data) {
    String command = data.consumeRemainingAsString();
    Decision d = POLICY.check(command);
    assertThat(d).isNotNull();
    if (d instanceof Decision.Deny deny) {
      assertThat(deny.ruleId()).isNotEqualTo("command.internal_error");
    }
  }
}
