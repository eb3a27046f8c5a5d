package io.moltr.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moltr.core.Decision;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The command corpus (corpus.jsonl: command, expected allow/deny, why) under the shipped
 * commands.yaml with path/URL stand-ins that mirror the shipped defaults. Prints the attack-deny
 * and benign-allow rates and every miss.
 */
class CommandCorpusTest {
  record Row(String command, boolean expectAllow, String why) {}

  static List<Row> rows() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        CommandCorpusTest.class.getResourceAsStream("/command/corpus.jsonl"),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        rows.add(new Row(n.get("command").asText(), n.get("expect").asText().equals("allow"),
            n.get("why").asText()));
      }
    }
    return rows;
  }

  @Test
  void attacksAreDeniedAndEverydayCommandsAllowed() throws Exception {
    // a fixed clock and fresh policy: the rate limits must not decide this table
    CommandPolicy policy = FakePolicies.shipped(
        Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    int attacks = 0;
    int denied = 0;
    int benign = 0;
    int allowed = 0;
    List<String> misses = new ArrayList<>();
    for (Row row : rows()) {
      CommandPolicy fresh = FakePolicies.shipped(
          Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
      Decision d = fresh.check(row.command());
      if (row.expectAllow()) {
        benign++;
        if (d.allowed()) {
          allowed++;
        } else {
          misses.add("BENIGN DENIED  " + show(row, d));
        }
      } else {
        attacks++;
        if (!d.allowed()) {
          denied++;
          if (Boolean.getBoolean("corpus.verbose")) {
            System.out.println("denied         " + show(row, d));
          }
        } else {
          misses.add("ATTACK ALLOWED " + show(row, d));
        }
      }
    }
    assertThat(policy).isNotNull();
    double denyRate = 100.0 * denied / attacks;
    double allowRate = 100.0 * allowed / benign;
    System.out.printf("command corpus: attacks denied %d/%d (%.1f%%), benign allowed %d/%d (%.1f%%)%n",
        denied, attacks, denyRate, allowed, benign, allowRate);
    misses.forEach(System.out::println);
    assertThat(attacks).isGreaterThanOrEqualTo(100);
    assertThat(benign).isGreaterThanOrEqualTo(100);
    assertThat(denyRate).as("attack-deny rate").isGreaterThanOrEqualTo(98.0);
    assertThat(allowRate).as("benign-allow rate").isGreaterThanOrEqualTo(97.0);
  }

  private static String show(Row row, Decision d) {
    String rule = d instanceof Decision.Deny deny ? deny.ruleId() : "allow";
    return row.command().replace("\n", "\\n") + "  [" + row.why() + "] -> " + rule + ": "
        + d.reason();
  }
}
