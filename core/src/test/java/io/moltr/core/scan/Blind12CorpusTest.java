package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moltr.core.scan.Blind12Corpus.Label;
import io.moltr.core.scan.Blind12Corpus.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs the blind12 corpus through the shipped scanner and reports recall and false positives. */
class Blind12CorpusTest {
  // Floors: the after-fix run (blind12-after-fixes.txt): plain 332/333, encoded 282/288, FP 0/700;
  // encoded 284/288 since comma-separated pieces are joined (CommaSeparatedPiecesTest).
  // The first run (blind12-first-run.txt) was plain 325/333, encoded 278/288, FP 4/700.
  static final double PLAIN_FLOOR = 332.0 / 333;
  static final double ENCODED_FLOOR = 284.0 / 288;
  static final double FP_CEILING = 0.0 / 700;

  @Test
  void corpus() throws IOException {
    OutputScanner scanner = Fixtures.scanner();
    StringBuilder rep = new StringBuilder();
    Map<String, int[]> byKind = new TreeMap<>();
    Map<String, int[]> byEncoding = new TreeMap<>();
    Map<String, int[]> byContext = new TreeMap<>();
    Map<String, int[]> byNegative = new TreeMap<>();
    int[] plain = new int[2];
    int[] encoded = new int[2];
    int[] neg = new int[2];
    StringBuilder misses = new StringBuilder();
    StringBuilder fps = new StringBuilder();
    for (Row row : Blind12Corpus.rows()) {
      ScanReport report = scanner.scan(row.text());
      boolean flagged = !report.clean();
      String rules = report.findings().stream().map(Finding::ruleId).distinct().sorted().collect(Collectors.joining(","));
      switch (row.label()) {
        case PLAIN, ENCODED -> {
          int[] tot = row.label() == Label.PLAIN ? plain : encoded;
          tot[1]++;
          if (flagged) {
            tot[0]++;
          } else {
            misses.append(row.label()).append(" kind=").append(row.kind()).append(" enc=").append(row.encoding())
                .append(" ctx=").append(row.context()).append("\n    secret: ").append(clip(row.secret()))
                .append("\n    text: ").append(clip(row.text())).append('\n');
          }
          count(row.label() == Label.PLAIN ? byKind : byKind, row.kind(), flagged);
          if (row.label() == Label.ENCODED) {
            count(byEncoding, row.encoding(), flagged);
          } else {
            count(byContext, row.context(), flagged);
          }
        }
        case NEGATIVE -> {
          neg[1]++;
          if (flagged) {
            neg[0]++;
            fps.append("FP gen=").append(row.kind()).append(" enc=").append(row.encoding()).append(" rules=").append(rules)
                .append("\n    text: ").append(clip(row.text())).append('\n');
          }
          count(byNegative, row.kind(), !flagged);
        }
        default -> throw new IllegalStateException();
      }
    }
    double plainRecall = (double) plain[0] / plain[1];
    double encRecall = (double) encoded[0] / encoded[1];
    double fpRate = (double) neg[0] / neg[1];
    rep.append(String.format("blind12 corpus (seed %x)%n", Blind12Corpus.SEED));
    rep.append(String.format("plain recall   %d/%d = %.2f%%%n", plain[0], plain[1], 100 * plainRecall));
    rep.append(String.format("encoded recall %d/%d = %.2f%%%n", encoded[0], encoded[1], 100 * encRecall));
    rep.append(String.format("false positives %d/%d = %.2f%%%n", neg[0], neg[1], 100 * fpRate));
    rep.append(String.format("kinds %d, encodings %d, contexts %d, negative generators %d%n%n", byKind.size(), byEncoding.size(),
        byContext.size(), byNegative.size()));
    table(rep, "per kind (plain and encoded, found/total)", byKind);
    table(rep, "per encoding (found/total)", byEncoding);
    table(rep, "per context, plain rows (found/total)", byContext);
    table(rep, "per negative generator (clean/total)", byNegative);
    rep.append("== misses\n").append(misses).append('\n');
    rep.append("== false positives\n").append(fps);
    String text = rep.toString();
    System.out.println(text);
    Path out = Path.of("target", "blind12-report.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, text);
    assertTrue(plainRecall >= PLAIN_FLOOR, "plain recall " + plainRecall);
    assertTrue(encRecall >= ENCODED_FLOOR, "encoded recall " + encRecall);
    assertTrue(fpRate <= FP_CEILING, "false-positive rate " + fpRate);
  }

  private static void count(Map<String, int[]> m, String key, boolean good) {
    int[] c = m.computeIfAbsent(key, k -> new int[2]);
    c[1]++;
    if (good) {
      c[0]++;
    }
  }

  private static void table(StringBuilder rep, String title, Map<String, int[]> m) {
    rep.append("== ").append(title).append('\n');
    for (Map.Entry<String, int[]> e : m.entrySet()) {
      int[] c = e.getValue();
      rep.append(String.format("  %-28s %3d/%-3d%s%n", e.getKey(), c[0], c[1], c[0] < c[1] ? "  <" : ""));
    }
    rep.append('\n');
  }

  private static String clip(String s) {
    String one = s.replace("\n", "\\n");
    return one.length() > 300 ? one.substring(0, 300) + "…(" + one.length() + ")" : one;
  }
}
