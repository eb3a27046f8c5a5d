package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind16Corpus.Label;
import io.moltr.core.scan.Blind16Corpus.Row;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** blind16: the shipped output scanner against operations output, heavy in hard negatives. */
class Blind16CorpusTest {
  static final double PLAIN_FLOOR = 0.977;
  static final double ENCODED_FLOOR = 0.99;
  static final double FP_CEILING = 0.013;

  @Test
  void corpus() throws Exception {
    OutputScanner scanner = Fixtures.scanner();
    List<Row> rows = Blind16Corpus.build();
    StringBuilder out = new StringBuilder();
    Map<Row, ScanReport> res = new java.util.IdentityHashMap<>();
    for (Row r : rows) {
      res.put(r, scanner.scan(r.text()));
    }
    double plain = rate(rows, res, Label.PLAIN);
    double enc = rate(rows, res, Label.ENCODED);
    double fp = rate(rows, res, Label.NEGATIVE);
    out.append(String.format("blind16 rows=%d plain=%.4f (%d) encoded=%.4f (%d) fp=%.4f (%d)%n", rows.size(), plain,
        count(rows, Label.PLAIN), enc, count(rows, Label.ENCODED), fp, count(rows, Label.NEGATIVE)));
    section(out, "recall per kind", rows, res, r -> r.label() != Label.NEGATIVE, Row::kind);
    section(out, "recall per encoding", rows, res, r -> r.label() == Label.ENCODED, Row::encoding);
    section(out, "recall per context (plain)", rows, res, r -> r.label() == Label.PLAIN, Row::context);
    section(out, "FP per generator", rows, res, r -> r.label() == Label.NEGATIVE, Row::kind);
    out.append("\n== misses\n");
    for (Row r : rows) {
      if (r.label() != Label.NEGATIVE && res.get(r).clean()) {
        out.append("MISS ").append(r.label()).append(' ').append(r.kind()).append(' ').append(r.encoding()).append(' ')
            .append(r.context()).append("\n  ").append(r.text().replace("\n", "\n  ")).append('\n');
      }
    }
    out.append("\n== false positives\n");
    for (Row r : rows) {
      if (r.label() == Label.NEGATIVE && !res.get(r).clean()) {
        out.append("FP ").append(r.kind()).append(' ')
            .append(res.get(r).findings().stream().map(Finding::ruleId).distinct().collect(Collectors.toList()))
            .append("\n  ").append(r.text().replace("\n", "\n  ")).append('\n');
      }
    }
    Path p = Path.of("target/blind16-report.txt");
    Files.createDirectories(p.getParent());
    Files.writeString(p, out.toString());
    System.out.println(out.toString().lines().limit(200).collect(Collectors.joining("\n")));
    assertThat(plain).isGreaterThanOrEqualTo(PLAIN_FLOOR);
    assertThat(enc).isGreaterThanOrEqualTo(ENCODED_FLOOR);
    assertThat(fp).isLessThanOrEqualTo(FP_CEILING);
  }

  static long count(List<Row> rows, Label l) {
    return rows.stream().filter(r -> r.label() == l).count();
  }

  static double rate(List<Row> rows, Map<Row, ScanReport> res, Label l) {
    long n = count(rows, l);
    long hit = rows.stream().filter(r -> r.label() == l && !res.get(r).clean()).count();
    return n == 0 ? 0 : (double) hit / n;
  }

  static void section(StringBuilder out, String title, List<Row> rows, Map<Row, ScanReport> res,
      java.util.function.Predicate<Row> which, Function<Row, String> key) {
    out.append("\n== ").append(title).append('\n');
    Map<String, int[]> m = new TreeMap<>();
    for (Row r : rows) {
      if (which.test(r)) {
        int[] c = m.computeIfAbsent(key.apply(r), k -> new int[2]);
        c[0]++;
        if (!res.get(r).clean()) {
          c[1]++;
        }
      }
    }
    m.forEach((k, c) -> out.append(String.format("  %-28s %3d/%3d%n", k, c[1], c[0])));
  }
}
