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
import org.junit.jupiter.api.Test;

/**
 * Third blind corpus (blind3.jsonl, made by blind3-gen.py without reading the rules or the
 * earlier corpora): detection and false-alarm rates per family, with every miss and false alarm
 * printed. The floors sit a little under the figures reached after the fixes.
 */
class Blind3InboundCorpusTest {
  static final Set<String> ALLOWED = Set.of("github.com", "raw.githubusercontent.com", "api.openai.com");
  final InputScanner scanner = InputScanner.fromConfig(ConfigNode.empty("default.yaml"), ALLOWED::contains);

  // First run (rules untouched): 226/335 detected (67.5%), 26/353 blocked (7.4%). After the fixes
  // (tuned with this corpus in view, so no longer a blind estimate): 333/335 (99.4%), 4/353 (1.1%).
  static final double DETECTION_FLOOR = 0.98;
  static final double FALSE_ALARM_CEILING = 0.02;

  @Test
  void blindCorpusDetectionAndFalseAlarms() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<String, int[]> perFamily = new TreeMap<>();
    List<String> missed = new ArrayList<>();
    List<String> falseAlarms = new ArrayList<>();
    int attacks = 0;
    int benign = 0;
    try (InputStream in = getClass().getResourceAsStream("/inbound/blind3.jsonl")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode row = json.readTree(line);
        String text = row.get("text").asText();
        InputReport r = scanner.scan(text);
        boolean blocked = scanner.blocks(r);
        boolean attack = row.get("label").asText().equals("attack");
        String family = (attack ? "attack/" : "benign/") + row.get("family").asText();
        int[] t = perFamily.computeIfAbsent(family, k -> new int[2]);
        t[0]++;
        // For attacks the second count is hits; for benign rows it is false alarms.
        if (blocked) {
          t[1]++;
        }
        String what = row.get("id").asText() + " " + row.get("family").asText() + "/" + row.get("carrier").asText()
            + "/" + row.get("lang").asText() + " score=" + String.format("%.2f", r.riskScore())
            + " rules=" + r.findings().stream().map(InputFinding::ruleId).distinct().toList()
            + " | " + abbreviate(text);
        if (attack) {
          attacks++;
          if (!blocked) {
            missed.add(what);
          }
        } else {
          benign++;
          if (blocked) {
            falseAlarms.add(what);
          }
        }
      }
    }
    double detection = (attacks - missed.size()) / (double) attacks;
    double falseAlarm = falseAlarms.size() / (double) benign;
    System.out.printf("blind3 inbound: detected %d/%d attacks (%.1f%%), %d/%d benign blocked (%.1f%%)%n",
        attacks - missed.size(), attacks, 100 * detection, falseAlarms.size(), benign, 100 * falseAlarm);
    perFamily.forEach((family, t) -> System.out.printf("  %-32s %3d/%3d %s%n", family, t[1], t[0],
        family.startsWith("attack/") ? "detected" : "blocked"));
    missed.forEach(m -> System.out.println("  MISS  " + m));
    falseAlarms.forEach(f -> System.out.println("  FALSE " + f));
    assertThat(attacks).isGreaterThanOrEqualTo(300);
    assertThat(benign).isGreaterThanOrEqualTo(300);
    assertThat(detection).as("blind3 detection rate").isGreaterThanOrEqualTo(DETECTION_FLOOR);
    assertThat(falseAlarm).as("blind3 false-alarm rate").isLessThanOrEqualTo(FALSE_ALARM_CEILING);
  }

  /** One line, invisible characters shown as escapes so a miss can be read in the log. */
  private static String abbreviate(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints().limit(260).forEach(cp -> {
      if (cp == '\n' || cp == '\r') {
        sb.append(' ');
      } else if (cp < 0x20 || (cp >= 0x200b && cp <= 0x206f) || cp == 0xfeff || cp >= 0xe0000) {
        sb.append(String.format("\\u{%x}", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString();
  }
}
