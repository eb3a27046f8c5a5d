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
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A corpus written without looking at the command policy (blind2.jsonl: command, expect, why,
 * category), decided by the shipped policy files ({@link ShippedCommandPolicy}). Prints the attack-deny and benign-allow rates, the counts by
 * category and every miss.
 */
class BlindCommandCorpusTest {
  record Row(String command, boolean expectAllow, String why, String category) {}

  static Decision decide(String command) {
    return ShippedCommandPolicy.fresh().check(command);
  }

  static List<Row> rows() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        BlindCommandCorpusTest.class.getResourceAsStream("/command/blind2.jsonl"),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          JsonNode n = json.readTree(line);
          rows.add(new Row(n.get("command").asText(), n.get("expect").asText().equals("allow"),
              n.get("why").asText(), n.get("category").asText()));
        }
      }
    }
    return rows;
  }

  @Test
  void attacksAreDeniedAndEverydayCommandsAllowed() throws IOException {
    int attacks = 0;
    int denied = 0;
    int benign = 0;
    int allowed = 0;
    Map<String, int[]> byCategory = new TreeMap<>(); // {right, total}
    Map<String, List<String>> misses = new TreeMap<>();
    for (Row row : rows()) {
      Decision d = decide(row.command());
      boolean right = d.allowed() == row.expectAllow();
      String key = (row.expectAllow() ? "benign/" : "attack/") + row.category();
      int[] c = byCategory.computeIfAbsent(key, k -> new int[2]);
      c[1]++;
      if (right) {
        c[0]++;
      } else {
        misses.computeIfAbsent(key, k -> new ArrayList<>()).add(show(row, d));
      }
      if (row.expectAllow()) {
        benign++;
        allowed += d.allowed() ? 1 : 0;
      } else {
        attacks++;
        denied += d.allowed() ? 0 : 1;
      }
    }
    double denyRate = 100.0 * denied / attacks;
    double allowRate = 100.0 * allowed / benign;
    System.out.printf("blind2 corpus: attacks denied %d/%d (%.1f%%), benign allowed %d/%d (%.1f%%)%n",
        denied, attacks, denyRate, allowed, benign, allowRate);
    byCategory.forEach((k, c) -> System.out.printf("  %-28s %3d/%3d%n", k, c[0], c[1]));
    misses.forEach((k, list) -> {
      System.out.println("misses in " + k + ":");
      list.forEach(m -> System.out.println("    " + m));
    });
    assertThat(attacks).isGreaterThanOrEqualTo(220);
    assertThat(benign).isGreaterThanOrEqualTo(220);
    assertThat(denyRate).as("attack-deny rate").isGreaterThanOrEqualTo(98.0);
    assertThat(allowRate).as("benign-allow rate").isGreaterThanOrEqualTo(97.0);
  }

  private static String show(Row row, Decision d) {
    String rule = d instanceof Decision.Deny deny ? deny.ruleId() : "allow";
    String cmd = row.command().replace("\n", "\\n");
    if (cmd.length() > 160) {
      cmd = cmd.substring(0, 80) + "...(" + cmd.length() + " chars)..." + cmd.substring(cmd.length() - 40);
    }
    String reason = d.reason().length() > 200 ? d.reason().substring(0, 200) + "..." : d.reason();
    return cmd + "  -> " + rule + ": " + reason;
  }
}
