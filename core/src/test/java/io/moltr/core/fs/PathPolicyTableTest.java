package io.moltr.core.fs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moltr.core.Decision;
import io.moltr.core.Operation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of paths.jsonl against the shipped paths.yaml in a real directory tree. */
class PathPolicyTableTest {
  private static Path tmp;
  private static PathFixture fx;

  @BeforeAll
  static void setUp() throws IOException {
    tmp = Files.createTempDirectory("moltr-paths");
    fx = new PathFixture(tmp);
  }

  @AfterAll
  static void tearDown() throws IOException {
    try (Stream<Path> s = Files.walk(tmp)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  static List<JsonNode> rows() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        PathPolicyTableTest.class.getResourceAsStream("/fs/paths.jsonl"), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          rows.add(mapper.readTree(line));
        }
      }
    }
    return rows;
  }

  static Stream<Arguments> cases() throws IOException {
    return rows().stream().map(n -> Arguments.of(n.get("path").asText(),
        n.get("operation").asText(), n.get("expect").asText(),
        n.has("rule") ? n.get("rule").asText() : null, n.get("why").asText()));
  }

  @ParameterizedTest(name = "{4}: {2} {1} {0}")
  @MethodSource("cases")
  void decidesAsTheTableSays(String path, String op, String expect, String rule, String why) {
    String p = path.replace("$WD", fx.workDir.toString());
    Decision d = fx.policy.check(p, Operation.parse(op).orElseThrow());
    if (expect.equals("allow")) {
      assertThat(d.allowed()).as(why + " -> " + d).isTrue();
    } else {
      assertThat(d).as(why).isInstanceOf(Decision.Deny.class);
      assertThat(((Decision.Deny) d).ruleId()).as(why + " -> " + d).isEqualTo(rule);
    }
  }

  @Test
  void tableIsLarge() throws IOException {
    assertThat(rows()).hasSizeGreaterThanOrEqualTo(100);
  }
}
