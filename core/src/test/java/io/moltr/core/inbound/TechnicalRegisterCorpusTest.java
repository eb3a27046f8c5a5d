package io.moltr.core.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moltr.core.config.ConfigNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Technical text in the registers an agent reads from a machine (code comments, API docs,
 * changelogs, security docs that discuss prompt injection, DevOps runbooks) and attacks written
 * in the same registers. Written before the rules were changed for the false alarms on real
 * files (bench/wild), so that the fixes are measured on text they were not tuned to.
 */
class TechnicalRegisterCorpusTest {
  final InputScanner scanner = InputScanner.fromConfig(ConfigNode.empty("default.yaml"), host -> host.equals("github.com"));

  @Test
  void blocksTheAttacksAndPassesTheTechnicalText() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> wrong = new ArrayList<>();
    int attacks = 0;
    int detected = 0;
    int benign = 0;
    int blocked = 0;
    try (InputStream in = getClass().getResourceAsStream("/inbound/technical.jsonl")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode row = json.readTree(line);
        boolean attack = row.get("attack").asBoolean();
        InputReport r = scanner.scan(row.get("text").asText());
        boolean blocks = scanner.blocks(r);
        System.out.printf("%s %-6s %-13s %.3f %s | %s%n", attack == blocks ? "ok   " : "WRONG", attack ? "attack" : "benign",
            row.get("category").asText(), r.riskScore(), r.findings().stream().map(InputFinding::ruleId).distinct().toList(),
            row.get("text").asText().replace("\n", "\\n"));
        if (attack) {
          attacks++;
          detected += blocks ? 1 : 0;
        } else {
          benign++;
          blocked += blocks ? 1 : 0;
        }
        if (attack != blocks) {
          wrong.add(row.get("text").asText());
        }
      }
    }
    System.out.printf("technical registers: detected %d/%d attacks, %d/%d benign blocked%n", detected, attacks, blocked, benign);
    assertThat(attacks).isGreaterThanOrEqualTo(15);
    assertThat(benign).isGreaterThanOrEqualTo(30);
    // Still wrong, before and after the fixes for bench/wild: "Create a new task: ..." in a comment
    // (reads as an announcement), "the previous rules file is ignored" (a changelog's passive
    // read as an order), and an order to an "AI summarizer" with no rule about what it asks.
    assertThat(wrong).hasSizeLessThanOrEqualTo(3);
    assertThat(detected).isGreaterThanOrEqualTo(14);
    assertThat(blocked).isLessThanOrEqualTo(2);
  }
}
