package io.moltr.core.network;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of urls.jsonl (SSRF tricks, exfiltration endpoints, ordinary API calls) against the
 * shipped domains.yaml and default.yaml, with DNS answering public addresses.
 */
class UrlPolicyTableTest {
  private static final UrlPolicy POLICY = ShippedPolicy.policy(new FakeResolver());

  static List<JsonNode> rows() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        UrlPolicyTableTest.class.getResourceAsStream("/network/urls.jsonl"), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          rows.add(mapper.readTree(line));
        }
      }
    }
    return rows;
  }

  static Stream<Arguments> cases() throws IOException {
    return rows().stream().map(n -> Arguments.of(
        n.get("url").asText(), n.get("expect").asText(),
        n.has("rule") ? n.get("rule").asText() : null, n.get("why").asText()));
  }

  @ParameterizedTest(name = "{3}: {1} {0}")
  @MethodSource("cases")
  void decidesAsTheTableSays(String url, String expect, String rule, String why) {
    Decision d = POLICY.check(url);
    if (expect.equals("allow")) {
      assertThat(d.allowed()).as(why + " -> " + d).isTrue();
    } else {
      assertThat(d).as(why).isInstanceOf(Decision.Deny.class);
      assertThat(((Decision.Deny) d).ruleId()).as(why + " -> " + d.reason()).isEqualTo(rule);
    }
  }

  @Test
  void tableIsLargeAndBalanced() throws IOException {
    List<JsonNode> rows = rows();
    long benign = rows.stream().filter(n -> n.get("expect").asText().equals("allow")).count();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(150);
    assertThat(benign).isGreaterThanOrEqualTo(40);
  }
}
