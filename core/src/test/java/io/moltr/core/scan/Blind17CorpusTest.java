package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind17Corpus.Label;
import io.moltr.core.scan.Blind17Corpus.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Runs the shipped output scanner over the blind17 corpus and reports recall and false positives. */
class Blind17CorpusTest {
  // Floors: the first run was 245/250, 144/150, 33/1568; raised to the figures after the fixes.
  // Of the 26 false positives left, 20 are public Sentry DSNs (labelled negative here from the
  // issue's "Sentry DSNs with secrets"; the shipped sentry-dsn rule reports them on purpose, and
  // earlier corpora label them positive).
  static final double PLAIN_FLOOR = 247.0 / 250;
  static final double ENCODED_FLOOR = 148.0 / 150;
  static final double FP_CEILING = 26.0 / 1568;

  @Test
  void corpus() throws IOException {
    OutputScanner scanner = Fixtures.scanner();
    List<Row> rows = Blind17Corpus.rows();
    List<Boolean> blocked = new ArrayList<>();
    List<String> ruleIds = new ArrayList<>();
    for (Row r : rows) {
      ScanReport rep = scanner.scan(r.text());
      blocked.add(!rep.clean());
      ruleIds.add(String.join(",", rep.findings().stream().map(Finding::ruleId).distinct().toList()));
    }
    StringBuilder out = new StringBuilder("blind17 corpus (seed " + Long.toHexString(Blind17Corpus.SEED) + ")\n\n");
    double[] rate = new double[3];
    for (Label l : Label.values()) {
      int n = 0;
      int b = 0;
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).label() == l) {
          n++;
          b += blocked.get(i) ? 1 : 0;
        }
      }
      rate[l.ordinal()] = n == 0 ? 0 : (double) b / n;
      out.append(String.format("%-8s rows %4d  blocked %4d  %s %.2f%%%n", l, n, b,
          l == Label.NEGATIVE ? "false-positive rate" : "recall", 100.0 * rate[l.ordinal()]));
    }
    section(out, "recall per kind", rows, blocked, r -> r.label() != Label.NEGATIVE, Row::kind);
    section(out, "recall per encoding (encoded rows)", rows, blocked, r -> r.label() == Label.ENCODED, Row::encoding);
    section(out, "recall per context (plain rows)", rows, blocked, r -> r.label() == Label.PLAIN, Row::source);
    section(out, "blocked per negative generator", rows, blocked, r -> r.label() == Label.NEGATIVE, Row::source);
    out.append("\nMISSES\n");
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (r.label() != Label.NEGATIVE && !blocked.get(i)) {
        out.append("--- ").append(r.label()).append(' ').append(r.kind()).append(" / ").append(r.encoding())
            .append(" / ").append(r.source()).append('\n').append(r.text()).append('\n');
      }
    }
    out.append("\nFALSE POSITIVES\n");
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (r.label() == Label.NEGATIVE && blocked.get(i)) {
        out.append("--- ").append(r.source()).append(" [").append(ruleIds.get(i)).append("]\n").append(r.text()).append('\n');
      }
    }
    Path report = Path.of("target/blind17-report.txt");
    Files.createDirectories(report.getParent());
    Files.writeString(report, out.toString());
    System.out.println(out);
    assertThat(rate[Label.PLAIN.ordinal()]).isGreaterThanOrEqualTo(PLAIN_FLOOR);
    assertThat(rate[Label.ENCODED.ordinal()]).isGreaterThanOrEqualTo(ENCODED_FLOOR);
    assertThat(rate[Label.NEGATIVE.ordinal()]).isLessThanOrEqualTo(FP_CEILING);
  }

  private static void section(StringBuilder out, String title, List<Row> rows, List<Boolean> blocked,
      java.util.function.Predicate<Row> filter, Function<Row, String> key) {
    Map<String, int[]> m = new TreeMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (filter.test(r)) {
        int[] c = m.computeIfAbsent(key.apply(r), k -> new int[2]);
        c[0]++;
        c[1] += blocked.get(i) ? 1 : 0;
      }
    }
    out.append('\n').append(title).append('\n');
    m.forEach((k, c) -> out.append(String.format("  %-28s %3d/%3d%n", k, c[1], c[0])));
  }
}
