package io.moltr.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moltr.core.Decision;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Bounded fuzzing: random shell-flavoured text up to the size limit never escapes as anything but
 * the declared parse error, and the policy always answers (never an internal error).
 */
class ShellFuzzTest {
  private static final CommandPolicy POLICY = FakePolicies.shipped();
  private static final String SHELLISH = "ab rm$'\"\\`(){}[]<>|&;#*?~=-\n\t${}x0:/.!,@%";

  @Provide
  Arbitrary<String> shellish() {
    Arbitrary<String> small = Arbitraries.strings().withChars(SHELLISH.toCharArray())
        .ofMaxLength(64);
    Arbitrary<String> large = Arbitraries.strings().withChars(SHELLISH.toCharArray())
        .ofMinLength(1000).ofMaxLength(16384);
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(256);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, small), net.jqwik.api.Tuple.of(1, large),
        net.jqwik.api.Tuple.of(3, any));
  }

  @Property(tries = 1500)
  void parserFailsOnlyWithItsDeclaredError(@ForAll("shellish") String input) {
    try {
      ShellParser.parse(input);
    } catch (ShellSyntaxException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
    Decision d = POLICY.check(input);
    if (d instanceof Decision.Deny deny) {
      assertThat(deny.ruleId()).isNotEqualTo("command.internal_error");
    }
  }

  @Test
  void pathologicalNestingIsRefusedQuickly() {
    String[] inputs = {
      "$(".repeat(8000), "`".repeat(16000), "(".repeat(16000), "${".repeat(8000),
      "$((".repeat(5000), "echo " + "'a'".repeat(5000), "a|".repeat(8000) + "a",
      "<<A ".repeat(3000), "\\".repeat(16000), "$'".repeat(8000), "{ ".repeat(8000),
      "echo \"$(echo \"$(echo \"$(echo hi)\")\")\"".repeat(300),
    };
    long start = System.nanoTime();
    for (String s : inputs) {
      Decision d = POLICY.check(s.length() > 16384 ? s.substring(0, 16384) : s);
      if (d.allowed()) {
        continue; // long but well-formed (echo 'a''a'...): fine, as long as it answers
      }
      assertThat(((Decision.Deny) d).ruleId()).as(s.substring(0, 20) + " " + d.reason())
          .isNotEqualTo("command.internal_error");
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void nestingBeyondTheBoundIsAParseError() {
    String deep = "echo " + "$(echo ".repeat(40) + "hi" + ")".repeat(40);
    assertThatThrownBy(() -> ShellParser.parse(deep))
        .isInstanceOf(ShellSyntaxException.class)
        .hasMessageContaining("nesting");
  }
}
