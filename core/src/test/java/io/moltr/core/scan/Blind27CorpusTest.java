package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moltr.core.scan.Blind27Corpus.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Runs the blind27 corpus through the shipped output scanner and prints where it stands. */
class Blind27CorpusTest {
  // Floors: first run 141 / 241 / 7; raised to the after-fixes run (rows caught / negatives flagged).
  static final int PLAIN_FLOOR = 151;
  static final int ENCODED_FLOOR = 251;
  static final int FP_CEILING = 0;

  private record Result(Row row, boolean flagged, String rules) {}

  @Test
  void corpus() throws IOException {
    OutputScanner scanner = Fixtures.scanner();
    List<Result> results = new ArrayList<>();
    for (Row r : Blind27Corpus.rows()) {
      ScanReport rep = scanner.scan(r.text());
      StringBuilder rules = new StringBuilder();
      for (Finding f : rep.findings()) {
        rules.append(rules.length() == 0 ? "" : ",").append(f.ruleId());
        if (!f.decoding().isEmpty()) {
          rules.append(f.decoding());
        }
      }
      results.add(new Result(r, !rep.clean(), rules.toString()));
    }
    StringBuilder out = new StringBuilder("blind27 corpus (seed " + Blind27Corpus.SEED + ")\n");
    int plain = count(results, "PLAIN", true);
    int plainN = count(results, "PLAIN", null);
    int enc = count(results, "ENCODED", true);
    int encN = count(results, "ENCODED", null);
    int fp = count(results, "NEGATIVE", true);
    int negN = count(results, "NEGATIVE", null);
    out.append(String.format("PLAIN    recall %d/%d = %.1f%%%n", plain, plainN, 100.0 * plain / plainN));
    out.append(String.format("ENCODED  recall %d/%d = %.1f%%%n", enc, encN, 100.0 * enc / encN));
    out.append(String.format("NEGATIVE false positives %d/%d = %.2f%%%n", fp, negN, 100.0 * fp / negN));
    breakdown(out, "recall per kind", results, r -> !r.row.label().equals("NEGATIVE"), r -> r.row.kind());
    breakdown(out, "recall per encoding (encoded rows)", results, r -> r.row.label().equals("ENCODED"), r -> r.row.encoding());
    breakdown(out, "recall per context (plain rows)", results, r -> r.row.label().equals("PLAIN"), r -> r.row.context());
    breakdown(out, "recall per carrier (encoded rows)", results, r -> r.row.label().equals("ENCODED"), r -> r.row.context());
    breakdown(out, "flagged per negative generator", results, r -> r.row.label().equals("NEGATIVE"), r -> r.row.kind());
    out.append("\n== misses ==\n");
    for (Result r : results) {
      if (!r.row.label().equals("NEGATIVE") && !r.flagged) {
        out.append("MISS ").append(r.row.label()).append(' ').append(r.row.kind()).append(" enc=").append(r.row.encoding())
            .append(" ctx=").append(r.row.context()).append('\n').append(indent(r.row.text())).append('\n');
      }
    }
    out.append("\n== false positives ==\n");
    for (Result r : results) {
      if (r.row.label().equals("NEGATIVE") && r.flagged) {
        out.append("FP ").append(r.row.kind()).append(" rules=").append(r.rules).append('\n').append(indent(r.row.text())).append('\n');
      }
    }
    System.out.println(out);
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.writeString(target.resolve("blind27-report.txt"), out.toString());
    assertTrue(plain >= PLAIN_FLOOR, "plain recall fell below the floor: " + plain);
    assertTrue(enc >= ENCODED_FLOOR, "encoded recall fell below the floor: " + enc);
    assertTrue(fp <= FP_CEILING, "false positives rose above the ceiling: " + fp);
  }

  private static int count(List<Result> rs, String label, Boolean flagged) {
    int n = 0;
    for (Result r : rs) {
      if (r.row.label().equals(label) && (flagged == null || r.flagged == flagged)) {
        n++;
      }
    }
    return n;
  }

  private static void breakdown(StringBuilder out, String title, List<Result> rs, java.util.function.Predicate<Result> which, Function<Result, String> key) {
    Map<String, int[]> m = new TreeMap<>();
    for (Result r : rs) {
      if (which.test(r)) {
        int[] c = m.computeIfAbsent(key.apply(r), k -> new int[2]);
        c[1]++;
        if (r.flagged) {
          c[0]++;
        }
      }
    }
    out.append("\n== ").append(title).append(" ==\n");
    m.forEach((k, c) -> out.append(String.format("  %-28s %d/%d%n", k, c[0], c[1])));
  }

  private static String indent(String text) {
    String t = text.length() > 1500 ? text.substring(0, 1500) + "..." : text;
    return "    | " + t.replace("\n", "\n    | ");
  }
}
