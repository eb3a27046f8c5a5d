package io.moltr.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moltr.core.Decision;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The causes behind the blind corpora's fixes (blind2-causes.jsonl, blind3-causes.jsonl), as
 * pairs under the shipped policy: each command the fixes newly allow beside a near attack that
 * must stay denied, and each attack they newly deny beside a near command that must stay allowed.
 */
class BlindCommandCausesTest {

  static List<Arguments> pairs() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Arguments> out = new ArrayList<>();
    for (String file : List.of("blind2-causes.jsonl", "blind3-causes.jsonl")) {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(
          BlindCommandCausesTest.class.getResourceAsStream("/command/" + file), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (!line.isBlank()) {
            JsonNode n = json.readTree(line);
            out.add(Arguments.of(file + ": " + n.get("why").asText(), n.get("allow").asText(),
                n.get("deny").asText()));
          }
        }
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void nearCommandsFallOnTheirSide(String why, String benign, String attack) {
    Decision allowed = ShippedCommandPolicy.fresh().check(benign);
    Decision denied = ShippedCommandPolicy.fresh().check(attack);
    assertThat(allowed.allowed()).as("must be allowed: %s -> %s", benign, allowed.reason()).isTrue();
    assertThat(denied.allowed()).as("must be denied: %s -> %s", attack, denied.reason()).isFalse();
  }
}
