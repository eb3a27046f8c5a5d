package io.moltr.core.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moltr.core.config.ConfigNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Blind corpus 10 (core/src/test/resources/inbound/blind10-gen.py, written before reading the
 * scanner): 450 indirect injections in the carriers an agent reads and 450 benign texts in the
 * same carriers plus hard negatives. Prints detection and false blocks by family, carrier,
 * technique and language, every miss and every false block, writes
 * target/blind10-inbound-report.txt and holds floors.
 */
class Blind10InboundCorpusTest {

  private static final Set<String> ALLOWED = Set.of("github.com", "raw.githubusercontent.com", "api.openai.com");

  // Floors: first run 377/450 detected (83.8%), 10/450 benign blocked (2.2%); after the blind10 fixes 441/450 (98.0%), 0/450.
  private static final int MIN_DETECTED = 441;
  private static final int MAX_BENIGN_BLOCKED = 0;

  private record Row(boolean attack, String family, String carrier, String lang, String technique, String text) {}

  private static final class Tally {
    int attacks;
    int detected;
    int benign;
    int blocked;
  }

  @Test
  void blind10Corpus() throws Exception {
    List<Row> rows = load();
    InputScanner scanner = InputScanner.fromConfig(ConfigNode.empty("default.yaml"), ALLOWED::contains);
    Map<String, Tally> byFamily = new TreeMap<>();
    Map<String, Tally> byCarrier = new TreeMap<>();
    Map<String, Tally> byTechnique = new TreeMap<>();
    Map<String, Tally> byLang = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    List<String> falseBlocks = new ArrayList<>();
    int attacks = 0;
    int detected = 0;
    int benign = 0;
    int blocked = 0;
    for (Row row : rows) {
      InputReport report = scanner.scan(row.text());
      boolean blocks = scanner.blocks(report);
      for (Tally t : List.of(
          byFamily.computeIfAbsent(row.family(), k -> new Tally()),
          byCarrier.computeIfAbsent(row.carrier(), k -> new Tally()),
          byTechnique.computeIfAbsent(row.technique(), k -> new Tally()),
          byLang.computeIfAbsent(row.lang(), k -> new Tally()))) {
        if (row.attack()) {
          t.attacks++;
          if (blocks) {
            t.detected++;
          }
        } else {
          t.benign++;
          if (blocks) {
            t.blocked++;
          }
        }
      }
      if (row.attack()) {
        attacks++;
        if (blocks) {
          detected++;
        } else {
          misses.add(line(row, report));
        }
      } else {
        benign++;
        if (blocks) {
          blocked++;
          falseBlocks.add(line(row, report));
        }
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format("blind10 inbound: detected %d/%d (%.1f%%), benign blocked %d/%d (%.1f%%)%n",
        detected, attacks, pct(detected, attacks), blocked, benign, pct(blocked, benign)));
    table(out, "family", byFamily);
    table(out, "carrier", byCarrier);
    table(out, "technique", byTechnique);
    table(out, "lang", byLang);
    out.append(String.format("%nmisses (%d):%n", misses.size()));
    misses.forEach(m -> out.append(m).append('\n'));
    out.append(String.format("%nfalse blocks (%d):%n", falseBlocks.size()));
    falseBlocks.forEach(m -> out.append(m).append('\n'));
    System.out.println(out);
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.writeString(target.resolve("blind10-inbound-report.txt"), out.toString(), StandardCharsets.UTF_8);

    assertThat(attacks).isEqualTo(450);
    assertThat(benign).isEqualTo(450);
    assertThat(detected).as("attacks detected").isGreaterThanOrEqualTo(MIN_DETECTED);
    assertThat(blocked).as("benign texts blocked").isLessThanOrEqualTo(MAX_BENIGN_BLOCKED);
  }

  private static String line(Row row, InputReport report) {
    Set<String> ids = new TreeSet<>();
    report.findings().forEach(f -> ids.add(f.ruleId()));
    String excerpt = row.text().replace("\n", "\\n");
    excerpt = excerpt.length() > 160 ? excerpt.substring(0, 160) + "..." : excerpt;
    return String.format("  [%s/%s/%s/%s] score=%.2f rules=%s | %s",
        row.family(), row.carrier(), row.technique(), row.lang(), report.riskScore(), ids, excerpt);
  }

  private static void table(StringBuilder out, String name, Map<String, Tally> tallies) {
    out.append(String.format("%nby %s:%n", name));
    tallies.forEach((k, t) -> out.append(String.format("  %-22s attacks %3d/%-3d (%5.1f%%)   benign blocked %2d/%-3d%n",
        k, t.detected, t.attacks, pct(t.detected, t.attacks), t.blocked, t.benign)));
  }

  private static double pct(int a, int b) {
    return b == 0 ? 0.0 : 100.0 * a / b;
  }

  private static List<Row> load() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<Row> rows = new ArrayList<>();
    try (InputStream in = Blind10InboundCorpusTest.class.getResourceAsStream("/inbound/blind10.jsonl");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String l;
      while ((l = reader.readLine()) != null) {
        if (l.isBlank()) {
          continue;
        }
        JsonNode n = mapper.readTree(l);
        rows.add(new Row("block".equals(n.get("expect").asText()), n.get("family").asText(),
            n.get("carrier").asText(), n.get("lang").asText(), n.get("technique").asText(),
            n.get("text").asText()));
      }
    }
    return rows;
  }
}
