package io.moltr.core.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moltr.core.config.ConfigNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A third held-out corpus ({@code inbound/heldout.jsonl}, made by {@code heldout-gen.py}), written
 * without reading the scanner's rules or the other corpora: about 300 attacks in realistic carriers
 * and about 300 hard negatives. "Detected" / "false alarm" is {@link InputScanner#blocks}, the cut
 * the HTTP API denies at. Prints per-category rates, every miss and false alarm with its finding
 * ids, and the five slowest rows.
 */
class HeldoutInboundCorpusTest {
  static final Set<String> ALLOWED = Set.of("github.com", "raw.githubusercontent.com", "api.openai.com");
  static final String RESOURCE = "/inbound/heldout.jsonl";

  final InputScanner scanner = InputScanner.fromConfig(ConfigNode.empty("default.yaml"), ALLOWED::contains);

  record Row(int line, String text, boolean attack, String category, String why) {}

  record Result(Row row, InputReport report, boolean flagged, long nanos) {}

  /** Hits and totals of one category. */

  @Test
  void heldOutCorpus() throws Exception {
    List<Row> rows = load();
    // warm-up pass so that the timings below are not dominated by class loading and JIT
    for (Row r : rows) {
      scanner.scan(r.text());
    }
    List<Result> results = new ArrayList<>();
    for (Row r : rows) {
      long t0 = System.nanoTime();
      InputReport report = scanner.scan(r.text());
      long dt = System.nanoTime() - t0;
      results.add(new Result(r, report, scanner.blocks(report), dt));
    }

    Map<String, BlindInboundCorpusTest.Tally> detected = new TreeMap<>();
    Map<String, BlindInboundCorpusTest.Tally> falseAlarm = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    List<String> alarms = new ArrayList<>();
    for (Result res : results) {
      Row r = res.row();
      if (r.attack()) {
        detected.merge(r.category(), new BlindInboundCorpusTest.Tally(0, 0).plus(res.flagged()), (a, b) -> a.plus(res.flagged()));
        if (!res.flagged()) {
          misses.add(describe(res));
        }
      } else {
        falseAlarm.merge(r.category(), new BlindInboundCorpusTest.Tally(0, 0).plus(res.flagged()), (a, b) -> a.plus(res.flagged()));
        if (res.flagged()) {
          alarms.add(describe(res));
        }
      }
    }
    BlindInboundCorpusTest.Tally attacks = sum(detected);
    BlindInboundCorpusTest.Tally benign = sum(falseAlarm);

    StringBuilder out = new StringBuilder();
    out.append(RESOURCE).append(" (flagged = blocks(), block_at ").append(scanner.blockAt()).append(")\n");
    out.append("ATTACKS: detection rate per category\n");
    detected.forEach((c, t) -> out.append(String.format("  detect %-26s %3d/%3d %6.1f%%%n", c, t.hits(), t.total(), 100 * t.rate())));
    out.append(String.format("  detect %-26s %3d/%3d %6.1f%%%n", "ALL", attacks.hits(), attacks.total(), 100 * attacks.rate()));
    out.append("HARD NEGATIVES: false-alarm rate per category\n");
    falseAlarm.forEach((c, t) -> out.append(String.format("  fp     %-26s %3d/%3d %6.1f%%%n", c, t.hits(), t.total(), 100 * t.rate())));
    out.append(String.format("  fp     %-26s %3d/%3d %6.1f%%%n", "ALL", benign.hits(), benign.total(), 100 * benign.rate()));
    out.append("MISSES (").append(misses.size()).append(")\n");
    misses.forEach(m -> out.append("  MISS ").append(m).append('\n'));
    out.append("FALSE ALARMS (").append(alarms.size()).append(")\n");
    alarms.forEach(m -> out.append("  FP   ").append(m).append('\n'));
    out.append("SLOWEST 5 ROWS\n");
    results.stream()
        .sorted(Comparator.comparingLong(Result::nanos).reversed())
        .limit(5)
        .forEach(res -> out.append(String.format("  %8.2f ms  len=%6d  line %3d  %s %s | %s%n", res.nanos() / 1e6,
            res.row().text().length(), res.row().line(), res.row().attack() ? "attack" : "benign", res.row().category(),
            shorten(res.row().text()))));
    long totalNanos = results.stream().mapToLong(Result::nanos).sum();
    out.append(String.format("TOTAL scan time %.1f ms for %d rows (mean %.3f ms)%n", totalNanos / 1e6, results.size(),
        totalNanos / 1e6 / results.size()));
    out.append(String.format("TOTALS: attacks detected %d/%d (%.1f%%), false alarms %d/%d (%.1f%%)%n", attacks.hits(),
        attacks.total(), 100 * attacks.rate(), benign.hits(), benign.total(), 100 * benign.rate()));
    System.out.print(out);

    assertThat(attacks.total()).as("corpus size: attacks").isGreaterThanOrEqualTo(300);
    assertThat(benign.total()).as("corpus size: hard negatives").isGreaterThanOrEqualTo(300);
    assertThat(attacks.rate()).as("overall detection").isGreaterThanOrEqualTo(0.90);
    assertThat(benign.rate()).as("false-alarm rate").isLessThanOrEqualTo(0.05);
  }

  private List<Row> load() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Row> rows = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE).isNotNull();
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(lines[i]);
        rows.add(new Row(i + 1, n.get("text").asText(), n.get("attack").asBoolean(), n.get("category").asText(),
            n.get("why").asText()));
      }
    }
    return rows;
  }

  private static BlindInboundCorpusTest.Tally sum(Map<String, BlindInboundCorpusTest.Tally> m) {
    return m.values().stream().reduce(new BlindInboundCorpusTest.Tally(0, 0), (a, b) -> new BlindInboundCorpusTest.Tally(a.hits() + b.hits(), a.total() + b.total()));
  }

  private static String describe(Result res) {
    Row r = res.row();
    return String.format("line %d [%s] score=%.2f findings=%s | why: %s | text: %s", r.line(), r.category(),
        res.report().riskScore(), res.report().findings().stream().map(InputFinding::ruleId).toList(), r.why(),
        shorten(r.text()));
  }

  /** The text with invisible and control characters made visible, cut to 160 characters. */
  static String shorten(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (cp == '\n') {
        b.append("\\n");
      } else if (cp == '\r') {
        b.append("\\r");
      } else if (cp == '\t') {
        b.append("\\t");
      } else if (Character.getType(cp) == Character.FORMAT || Character.isISOControl(cp)
          || (cp >= 0xE0000 && cp <= 0xE007F)) {
        b.append(String.format("\\u{%X}", cp));
      } else {
        b.appendCodePoint(cp);
      }
    });
    String t = b.toString();
    return t.length() <= 160 ? t : t.substring(0, 157) + "...";
  }
}
