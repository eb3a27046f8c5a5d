package io.moltr.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moltr.core.Decision;
import io.moltr.core.Severity;
import io.moltr.core.config.ConfigException;
import io.moltr.core.config.ConfigNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public contract the server relies on: decisions, details, rate limits, config errors. */
class CommandPolicyTest {

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:10Z");

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

  private static CommandPolicy policy(String yaml, Clock clock) {
    return CommandPolicy.fromConfig(ConfigNode.parse("commands.yaml", yaml),
        ConfigNode.empty("default.yaml"), FakePolicies::path, FakePolicies::url, clock);
  }

  @Test
  void allowShowsEverySegmentWithItsArgvAndRisk() {
    Decision d = FakePolicies.shipped().check("grep -rn foo src | wc -l");
    assertThat(d.allowed()).isTrue();
    assertThat(d.details()).containsEntry("risk_level", "harmless");
    List<?> segments = (List<?>) d.details().get("segments");
    assertThat(segments).hasSize(2);
    Map<?, ?> first = (Map<?, ?>) segments.get(0);
    assertThat(first.get("argv")).isEqualTo(List.of("grep", "-rn", "foo", "src"));
    assertThat(first.get("command")).isEqualTo("grep");
    assertThat(first.get("allowed")).isEqualTo(true);
    assertThat(first.get("rule")).isEqualTo("allowed_commands");
  }

  @Test
  void denyNamesTheFirstRefusalAndKeepsAllSegments() {
    Decision d = FakePolicies.shipped().check("ls && echo $(rm -rf /) ; r''m x");
    assertThat(d).isInstanceOf(Decision.Deny.class);
    Decision.Deny deny = (Decision.Deny) d;
    assertThat(deny.ruleId()).isEqualTo("command.blocked");
    assertThat(deny.severity()).isEqualTo(Severity.HIGH);
    assertThat(deny.reason()).contains("'rm'");
    assertThat(d.details()).containsEntry("risk_level", "dangerous");
    List<?> segments = (List<?>) d.details().get("segments");
    assertThat(segments).hasSize(4); // ls, rm (inside $( )), echo, r''m
    for (Object s : segments) {
      assertThat(((Map<?, ?>) s).keySet().stream().map(String::valueOf).toList())
          .contains("argv", "command", "risk_level", "rule", "allowed");
    }
  }

  @Test
  void detailsHoldOnlyJsonValues() {
    for (String c : List.of("ls -la", "curl https://evil.com", "echo 'x", "git -c core.pager=x log",
        "cat <<EOF\n$(id)\nEOF")) {
      assertJson(FakePolicies.shipped().check(c).details());
    }
  }

  private static void assertJson(Object v) {
    if (v instanceof Map<?, ?> m) {
      m.forEach((k, x) -> {
        assertThat(k).isInstanceOf(String.class);
        assertJson(x);
      });
    } else if (v instanceof List<?> l) {
      l.forEach(CommandPolicyTest::assertJson);
    } else {
      assertThat(v).isInstanceOfAny(String.class, Number.class, Boolean.class);
    }
  }

  @Test
  void severitiesFollowTheKindOfRefusal() {
    CommandPolicy p = FakePolicies.shipped();
    assertThat(((Decision.Deny) p.check("terraform plan")).severity()).isEqualTo(Severity.MEDIUM);
    assertThat(((Decision.Deny) p.check("terraform plan")).ruleId()).isEqualTo("command.not_allowed");
    assertThat(((Decision.Deny) p.check("$'\\x72m' x")).ruleId()).isEqualTo("command.evasion");
    assertThat(((Decision.Deny) p.check("$'\\x72m' x")).severity()).isEqualTo(Severity.HIGH);
    assertThat(((Decision.Deny) p.check("echo \"x")).ruleId()).isEqualTo("command.parse_error");
    assertThat(((Decision.Deny) p.check("echo \"x")).reason()).contains("unterminated double quote");
    assertThat(((Decision.Deny) p.check("curl https://github.com | python3")).ruleId())
        .isEqualTo("command.interpreter_pipe");
    assertThat(((Decision.Deny) p.check("find . -exec id \\;")).ruleId())
        .isEqualTo("command.argument_policy.find");
    assertThat(((Decision.Deny) p.check("cat .env")).ruleId()).isEqualTo("path.blocked");
    assertThat(((Decision.Deny) p.check("curl https://evil.com")).ruleId())
        .isEqualTo("network.domain_not_allowed");
  }

  @Test
  void rateLimitsCountOnlyAllowedCommandsPerCategoryAndWindow() {
    MutableClock clock = new MutableClock();
    CommandPolicy p = policy("""
        allowed_commands: [ls, mkdir]
        network_commands: [curl]
        write_commands: [mkdir]
        rate_limits: {max_commands_per_minute: 5, max_write_commands_per_minute: 2,
                      max_network_commands_per_minute: 1}
        """, clock);
    assertThat(p.check("mkdir -p src/a").allowed()).isTrue();
    assertThat(p.check("mkdir -p src/b").allowed()).isTrue();
    Decision third = p.check("mkdir -p src/c");
    assertThat(((Decision.Deny) third).ruleId()).isEqualTo("command.rate_limit.write");
    assertThat(p.check("curl https://github.com").allowed()).isTrue();
    assertThat(((Decision.Deny) p.check("curl https://github.com")).ruleId())
        .isEqualTo("command.rate_limit.network");
    for (int i = 0; i < 5; i++) {
      p.check("rm x"); // denied commands are not counted
    }
    assertThat(p.check("ls").allowed()).isTrue(); // 4th counted
    assertThat(p.check("ls").allowed()).isTrue(); // 5th
    assertThat(((Decision.Deny) p.check("ls")).ruleId()).isEqualTo("command.rate_limit.commands");
    clock.now = clock.now.plus(Duration.ofMinutes(1));
    assertThat(p.check("ls").allowed()).isTrue();
    assertThat(p.check("mkdir -p src/d").allowed()).isTrue();
  }

  @Test
  void zeroMeansNoLimit() {
    CommandPolicy p = policy("allowed_commands: [ls]\nrate_limits: {max_commands_per_minute: 0}\n",
        Clock.systemUTC());
    for (int i = 0; i < 1000; i++) {
      assertThat(p.check("ls").allowed()).isTrue();
    }
  }

  @Test
  void disabledAllowsAndLengthLimitDenies() {
    ConfigNode cmds = FakePolicies.shippedCommands();
    CommandPolicy off = CommandPolicy.fromConfig(cmds,
        ConfigNode.parse("default.yaml", "enabled: false\n"), FakePolicies::path,
        FakePolicies::url, Clock.systemUTC());
    assertThat(off.check("rm -rf /").allowed()).isTrue();
    CommandPolicy small = CommandPolicy.fromConfig(cmds,
        ConfigNode.parse("default.yaml", "max_command_length: 10\n"), FakePolicies::path,
        FakePolicies::url, Clock.systemUTC());
    assertThat(((Decision.Deny) small.check("echo 12345678901")).ruleId())
        .isEqualTo("command.too_long");
  }

  @Test
  void invalidConfigNamesFileKeyAndValue() {
    assertThatThrownBy(() -> policy("risk_levels: {scary: [rm]}\n", Clock.systemUTC()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("commands.yaml")
        .hasMessageContaining("risk_levels.scary");
    assertThatThrownBy(() -> policy("rate_limits: {max_commands_per_minute: -1}\n",
        Clock.systemUTC()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("rate_limits.max_commands_per_minute");
    assertThatThrownBy(() -> policy("allowed_commands: [rm]\nblocked_commands: [rm]\n",
        Clock.systemUTC()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("both allowed and blocked");
    assertThatThrownBy(() -> policy("argument_policies: {python: {inline_code: maybe}}\n",
        Clock.systemUTC()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("argument_policies.python.inline_code");
    assertThatThrownBy(() -> CommandPolicy.fromConfig(FakePolicies.shippedCommands(),
        ConfigNode.parse("default.yaml", "max_command_length: 0\n"), FakePolicies::path,
        FakePolicies::url, Clock.systemUTC()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("default.yaml: max_command_length");
  }

  @Test
  void inlineCodePolicyIsConfigurable() {
    String base = "allowed_commands: [python3]\n";
    assertThat(policy(base + "argument_policies: {python: {inline_code: deny}}\n",
        Clock.systemUTC()).check("python3 -c 'print(1)'").allowed()).isFalse();
    assertThat(policy(base + "argument_policies: {python: {inline_code: allow}}\n",
        Clock.systemUTC()).check("python3 -c 'import os'").allowed()).isTrue();
  }

  @Test
  void aFailingPathPolicyIsADenyNotAnException() {
    CommandPolicy p = CommandPolicy.fromConfig(FakePolicies.shippedCommands(),
        ConfigNode.empty("default.yaml"), (path, op) -> {
          throw new IllegalStateException("boom");
        }, FakePolicies::url, Clock.systemUTC());
    Decision d = p.check("cat README.md");
    assertThat(d.allowed()).isFalse();
    assertThat(((Decision.Deny) d).ruleId()).isEqualTo("command.internal_error");
  }

  @Test
  void theShippedConfigLoads() {
    assertThat(FakePolicies.shipped().check("git status").allowed()).isTrue();
  }
}
