package io.moltr.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigNodeTest {
  @Test
  void readsTypedValuesWithDefaults() {
    ConfigNode n = ConfigNode.parse("default.yaml", "moltr:\n  mode: monitor\nscanners:\n  output:\n    enabled: false\n    max_output_length: 500\n");
    assertThat(n.get("moltr").choice("mode", "enforce", "enforce", "monitor", "disabled")).isEqualTo("monitor");
    assertThat(n.get("scanners").get("output").bool("enabled", true)).isFalse();
    assertThat(n.get("scanners").get("output").intValue("max_output_length", 1, 1, 1000)).isEqualTo(500);
    assertThat(n.get("watchdog").intValue("check_interval_seconds", 60, 1, 3600)).isEqualTo(60);
    assertThat(n.get("nothing").get("deeper").strings("list")).isEmpty();
  }

  @Test
  void errorsNameFileKeyValueAndProblem() {
    ConfigNode n = ConfigNode.parse("default.yaml", "moltr:\n  mode: panic\nscanners:\n  output:\n    enabled: yes please\n");
    assertThatThrownBy(() -> n.get("moltr").choice("mode", "enforce", "enforce", "monitor", "disabled"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("default.yaml: moltr.mode (value: panic): value 'panic' is not one of enforce, monitor, disabled");
    assertThatThrownBy(() -> n.get("scanners").get("output").bool("enabled", true))
        .hasMessageContaining("default.yaml: scanners.output.enabled")
        .hasMessageContaining("expected true or false");
  }

  @Test
  void outOfRangeAndWrongTypesAreRefused() {
    ConfigNode n = ConfigNode.parse("commands.yaml", "rate_limits:\n  max_commands_per_minute: -3\nallowed_commands: ls\n");
    assertThatThrownBy(() -> n.get("rate_limits").intValue("max_commands_per_minute", 0, 0, 100000))
        .hasMessageContaining("commands.yaml: rate_limits.max_commands_per_minute")
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> n.strings("allowed_commands"))
        .hasMessageContaining("commands.yaml: allowed_commands")
        .hasMessageContaining("expected a list");
  }

  @Test
  void badYamlSaysWhere() {
    assertThatThrownBy(() -> ConfigNode.parse("domains.yaml", "allowed_domains:\n  - a\n - b: [\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("domains.yaml: invalid YAML at line");
    assertThatThrownBy(() -> ConfigNode.parse("domains.yaml", "- just\n- a list\n"))
        .hasMessageContaining("top level must be a mapping");
    assertThatThrownBy(() -> ConfigNode.parse("x.yaml", "a: 1\na: 2\n"))
        .isInstanceOf(ConfigException.class);
  }

  @Test
  void aliasBombsAreRefused() {
    StringBuilder y = new StringBuilder("a: &a [x,x,x,x,x,x,x,x,x,x]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'z'; c++) {
      y.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 10; i++) {
        y.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      y.append("]\n");
      prev = c;
    }
    assertThatThrownBy(() -> ConfigNode.parse("bomb.yaml", y.toString())).isInstanceOf(ConfigException.class);
  }

  @Test
  void missingFileIsAClearError(@TempDir Path dir) {
    assertThatThrownBy(() -> ConfigNode.load(dir.resolve("default.yaml")))
        .isInstanceOf(ConfigException.class)
        .hasMessageEndingWith("default.yaml: file not found");
  }

  @Test
  void shippedConfigurationLoads() throws Exception {
    Path dir = Path.of("..", "config");
    assertThat(Files.isDirectory(dir)).isTrue();
    ShieldConfig c = ShieldConfig.load(dir);
    assertThat(c.mode()).isEqualTo(io.moltr.core.Mode.ENFORCE);
    assertThat(c.section("api.rate_limits").intValue("scan", 0, 0, 100000)).isEqualTo(60);
    assertThat(c.section("api.rate_limits").intValue("check", 0, 0, 100000)).isEqualTo(120);
    assertThat(c.section("api.rate_limits").intValue("health", 0, 0, 100000)).isEqualTo(60);
  }
}
