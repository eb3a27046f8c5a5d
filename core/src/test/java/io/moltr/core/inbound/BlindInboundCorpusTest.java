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
 * A corpus written before the scanner's rules were read: attacks by category and hard negatives
 * (articles quoting injections, docs, README comments, menu CSS, e-mails, fixtures, CDN images,
 * API JSON). "Flagged" is {@link InputScanner#blocks}, the same cut the HTTP answer denies at.
 */
class BlindInboundCorpusTest {
  static final Set<String> ALLOWED = Set.of("github.com", "raw.githubusercontent.com", "api.openai.com");
  final InputScanner scanner = InputScanner.fromConfig(ConfigNode.empty("default.yaml"), ALLOWED::contains);

  /** Hits and totals of one category. */
  record Tally(int hits, int total) {
    Tally plus(boolean hit) {
      return new Tally(hits + (hit ? 1 : 0), total + 1);
    }

    double rate() {
      return total == 0 ? 0 : (double) hits / total;
    }
  }

  @Test
  void detectsHeldOutAttacksWithoutFlaggingHardNegatives() throws Exception {
    evaluate("/inbound/blind.jsonl", 250);
  }

  /** A second, smaller set written after the first round of fixes and run once before tuning. */
  @Test
  void detectsTheLaterSetToo() throws Exception {
    evaluate("/inbound/fresh.jsonl", 30);
  }

  private void evaluate(String resource, int minRows) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<String, Tally> detected = new TreeMap<>();
    Map<String, Tally> flaggedBenign = new TreeMap<>();
    List<String> missed = new ArrayList<>();
    List<String> falseAlarms = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode row = json.readTree(line);
        String category = row.get("category").asText();
        InputReport r = scanner.scan(row.get("text").asText());
        boolean flagged = scanner.blocks(r);
        String entry = category + ": " + row.get("why").asText().replace("\n", " ") + " | score=" + r.riskScore() + " "
            + r.findings().stream().map(f -> f.ruleId() + "=" + f.weight()).toList();
        if (row.get("attack").asBoolean()) {
          detected.merge(category, new Tally(0, 0).plus(flagged), (a, b) -> a.plus(flagged));
          if (!flagged) {
            missed.add(entry);
          }
        } else {
          flaggedBenign.merge(category, new Tally(0, 0).plus(flagged), (a, b) -> a.plus(flagged));
          if (flagged) {
            falseAlarms.add(entry);
          }
        }
      }
    }
    Tally attacks = detected.values().stream().reduce(new Tally(0, 0), (a, b) -> new Tally(a.hits + b.hits, a.total + b.total));
    Tally benign = flaggedBenign.values().stream().reduce(new Tally(0, 0), (a, b) -> new Tally(a.hits + b.hits, a.total + b.total));
    StringBuilder out = new StringBuilder(resource + " (flagged = risk >= block_at " + scanner.blockAt() + ")\n");
    detected.forEach((c, t) -> out.append(String.format("  detect %-22s %3d/%3d %5.1f%%%n", c, t.hits, t.total, 100 * t.rate())));
    out.append(String.format("  detect %-22s %3d/%3d %5.1f%%%n", "ALL", attacks.hits, attacks.total, 100 * attacks.rate()));
    flaggedBenign.forEach((c, t) -> out.append(String.format("  fp     %-22s %3d/%3d %5.1f%%%n", c, t.hits, t.total, 100 * t.rate())));
    out.append(String.format("  fp     %-22s %3d/%3d %5.1f%%%n", "ALL", benign.hits, benign.total, 100 * benign.rate()));
    missed.forEach(m -> out.append("  MISS ").append(m).append('\n'));
    falseAlarms.forEach(m -> out.append("  FP   ").append(m).append('\n'));
    System.out.print(out);

    assertThat(attacks.total).as("corpus size: attacks").isGreaterThanOrEqualTo(minRows);
    assertThat(benign.total).as("corpus size: hard negatives").isGreaterThanOrEqualTo(minRows);
    assertThat(attacks.rate()).as("overall detection").isGreaterThanOrEqualTo(0.90);
    detected.forEach((c, t) -> assertThat(t.rate()).as("detection in " + c).isGreaterThanOrEqualTo(0.80));
    assertThat(benign.rate()).as("false-positive rate").isLessThanOrEqualTo(0.03);
  }
}
