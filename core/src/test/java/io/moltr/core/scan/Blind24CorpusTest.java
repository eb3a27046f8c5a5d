package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind24Corpus.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs the blind-24 corpus through the shipped output scanner and reports recall and false positives. */
class Blind24CorpusTest {
  // Floors: the first run's figures (raised after fixes).
  static final double PLAIN_FLOOR = 1.0;
  static final double ENCODED_FLOOR = 0.9863;
  static final double FP_CEILING = 0.0;

  @Test
  void corpus() throws IOException {
    OutputScanner scanner = Fixtures.scanner();
    List<Row> rows = Blind24Corpus.build();
    Map<String, int[]> byLabel = new TreeMap<>();
    Map<String, int[]> byKind = new TreeMap<>();
    Map<String, int[]> byEnc = new TreeMap<>();
    Map<String, int[]> byCtx = new TreeMap<>();
    Map<String, int[]> fpByGen = new TreeMap<>();
    StringBuilder misses = new StringBuilder();
    StringBuilder fps = new StringBuilder();
    for (Row row : rows) {
      ScanReport report = scanner.scan(row.text());
      boolean blocked = !report.clean();
      boolean positive = !row.label().equals("NEGATIVE");
      boolean ok = positive == blocked;
      tally(byLabel, row.label(), ok);
      if (positive) {
        tally(byKind, row.kind(), ok);
        tally(byCtx, row.label() + "/" + row.context(), ok);
        if (row.label().equals("ENCODED")) {
          tally(byEnc, row.encoding(), ok);
        }
        if (!ok) {
          misses.append("MISS ").append(row.label()).append(' ').append(row.kind()).append(" enc=").append(row.encoding())
              .append(" ctx=").append(row.context()).append("\n  ").append(row.text().replace("\n", "\n  ")).append('\n');
        }
      } else {
        tally(fpByGen, row.kind(), !blocked);
        if (blocked) {
          String rules = report.findings().stream().map(Finding::ruleId).distinct().collect(Collectors.joining(","));
          fps.append("FP ").append(row.kind()).append(" ctx=").append(row.context()).append(" rules=").append(rules)
              .append("\n  ").append(row.text().replace("\n", "\n  ")).append('\n');
        }
      }
    }
    StringBuilder out = new StringBuilder("blind24 corpus report\n");
    double plain = rate(byLabel.get("PLAIN"));
    double enc = rate(byLabel.get("ENCODED"));
    double fp = 1 - rate(byLabel.get("NEGATIVE"));
    out.append(String.format("plain recall %.4f (%d/%d)%n", plain, byLabel.get("PLAIN")[0], byLabel.get("PLAIN")[1]));
    out.append(String.format("encoded recall %.4f (%d/%d)%n", enc, byLabel.get("ENCODED")[0], byLabel.get("ENCODED")[1]));
    int[] n = byLabel.get("NEGATIVE");
    out.append(String.format("false positives %.4f (%d/%d)%n", fp, n[1] - n[0], n[1]));
    section(out, "recall per kind", byKind);
    section(out, "recall per encoding", byEnc);
    section(out, "recall per context", byCtx);
    section(out, "negatives passed per generator", fpByGen);
    out.append("\n== misses ==\n").append(misses).append("\n== false positives ==\n").append(fps);
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.writeString(target.resolve("blind24-report.txt"), out.toString());
    StringBuilder dump = new StringBuilder();
    for (Row row : rows) {
      dump.append("### ").append(row.label()).append(' ').append(row.kind()).append(' ').append(row.encoding()).append(' ')
          .append(row.context()).append('\n').append(row.text()).append('\n');
    }
    Files.writeString(target.resolve("blind24-rows.txt"), dump.toString());
    System.out.println(out);
    assertThat(plain).isGreaterThanOrEqualTo(PLAIN_FLOOR);
    assertThat(enc).isGreaterThanOrEqualTo(ENCODED_FLOOR);
    assertThat(fp).isLessThanOrEqualTo(FP_CEILING);
  }

  private static void tally(Map<String, int[]> m, String key, boolean ok) {
    int[] c = m.computeIfAbsent(key, k -> new int[2]);
    if (ok) {
      c[0]++;
    }
    c[1]++;
  }

  private static double rate(int[] c) {
    return c == null || c[1] == 0 ? 1.0 : (double) c[0] / c[1];
  }

  private static void section(StringBuilder out, String title, Map<String, int[]> m) {
    out.append("\n== ").append(title).append(" ==\n");
    m.forEach((k, c) -> out.append(String.format("%-40s %d/%d%s%n", k, c[0], c[1], c[0] < c[1] ? "  <" : "")));
  }
}
