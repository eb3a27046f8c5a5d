package io.moltr.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moltr.core.Decision;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The third blind command corpus (blind3.jsonl), written before reading the command code: attacks
 * and evasions an agent gateway must deny, and everyday coding-agent commands it must allow, all
 * under the shipped policy. Prints the figures per category and every miss with its reason.
 */
class Blind3CommandCorpusTest {
  /** The figures after the cmd4 fixes (750/751 and 407/416); see blind3-README.md. */
  private static final double ATTACK_FLOOR = 0.998;
  private static final double BENIGN_FLOOR = 0.978;

  record Row(String command, boolean expectAllow, String why, String category) {}

  @Test
  void blind3CorpusMeetsFloors() throws IOException {
    List<Row> rows = load();
    Map<String, int[]> attack = new TreeMap<>();
    Map<String, int[]> benign = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    int attacks = 0;
    int denied = 0;
    int benigns = 0;
    int allowed = 0;
    for (Row row : rows) {
      Decision d = ShippedCommandPolicy.fresh().check(row.command());
      boolean ok = d.allowed() == row.expectAllow();
      int[] cell = (row.expectAllow() ? benign : attack).computeIfAbsent(row.category(), k -> new int[2]);
      cell[1]++;
      if (ok) {
        cell[0]++;
      } else {
        misses.add(String.format("MISS [%s] expect=%s got=%s :: %s%n    reason: %s",
            row.category(), row.expectAllow() ? "allow" : "deny", d.allowed() ? "allow" : "deny",
            row.command().replace("\n", "\\n"), d.reason()));
      }
      if (row.expectAllow()) {
        benigns++;
        allowed += d.allowed() ? 1 : 0;
      } else {
        attacks++;
        denied += d.allowed() ? 0 : 1;
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format("blind3: attacks denied %d/%d = %.1f%%, benign allowed %d/%d = %.1f%%%n",
        denied, attacks, 100.0 * denied / attacks, allowed, benigns, 100.0 * allowed / benigns));
    out.append("attacks denied per category:\n");
    attack.forEach((k, v) -> out.append(String.format("  %-20s %3d/%3d%n", k, v[0], v[1])));
    out.append("benign allowed per category:\n");
    benign.forEach((k, v) -> out.append(String.format("  %-20s %3d/%3d%n", k, v[0], v[1])));
    out.append("misses (").append(misses.size()).append("):\n");
    misses.forEach(m -> out.append(m).append('\n'));
    System.out.print(out);
    assertThat(attacks).isGreaterThanOrEqualTo(350);
    assertThat(benigns).isGreaterThanOrEqualTo(350);
    assertThat((double) denied / attacks).as("attacks denied").isGreaterThanOrEqualTo(ATTACK_FLOOR);
    assertThat((double) allowed / benigns).as("benign allowed").isGreaterThanOrEqualTo(BENIGN_FLOOR);
  }

  private static List<Row> load() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Row> rows = new ArrayList<>();
    try (InputStream in = Blind3CommandCorpusTest.class.getResourceAsStream("/command/blind3.jsonl");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        String expect = n.get("expect").asText();
        if (!expect.equals("allow") && !expect.equals("deny")) {
          throw new IllegalStateException("blind3.jsonl: expect must be allow or deny: " + line);
        }
        rows.add(new Row(n.get("command").asText(), expect.equals("allow"), n.get("why").asText(),
            n.get("category").asText()));
      }
    }
    return rows;
  }
}
