package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind20Corpus.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs the shipped output scanner over the blind20 corpus and reports recall and false positives. */
class Blind20CorpusTest {
  // Floors: first run 98.44 / 100.00 / 0.73; after fixes 98.44 / 100.00 / 0.00.
  static final double PLAIN_FLOOR = 98.4;
  static final double ENCODED_FLOOR = 100.0;
  static final double FP_CEILING = 0.0;

  record Result(Row row, boolean blocked, String rules) {}

  static double pct(long a, long b) {
    return b == 0 ? 0 : 100.0 * a / b;
  }

  static String oneLine(String s) {
    String t = s.replace("\n", "\\n");
    return t.length() > 300 ? t.substring(0, 300) + "..." : t;
  }

  static void breakdown(StringBuilder out, String title, List<Result> rs, Function<Row, String> key, boolean positive) {
    out.append("\n== ").append(title).append(" ==\n");
    Map<String, long[]> m = new TreeMap<>();
    for (Result r : rs) {
      long[] c = m.computeIfAbsent(key.apply(r.row()), k -> new long[2]);
      c[0]++;
      if (r.blocked() == positive) {
        c[1]++;
      }
    }
    m.forEach((k, c) -> out.append(String.format("  %-32s %4d/%-4d %6.2f%%%s%n", k, c[1], c[0], pct(c[1], c[0]),
        positive ? "" : " blocked")));
  }

  @Test
  void corpus() throws IOException {
    OutputScanner scanner = Fixtures.scanner();
    List<Result> results = Blind20Corpus.rows().stream().map(r -> {
      ScanReport rep = scanner.scan(r.text());
      String rules = rep.findings().stream().map(Finding::ruleId).distinct().collect(Collectors.joining(","));
      return new Result(r, !rep.clean(), rules);
    }).collect(Collectors.toList());
    Map<String, List<Result>> by = results.stream().collect(Collectors.groupingBy(r -> r.row().label()));
    List<Result> plain = by.getOrDefault("PLAIN", List.of());
    List<Result> enc = by.getOrDefault("ENCODED", List.of());
    List<Result> neg = by.getOrDefault("NEGATIVE", List.of());
    List<Result> deb = by.getOrDefault("DEBATABLE", List.of());
    long plainHit = plain.stream().filter(Result::blocked).count();
    long encHit = enc.stream().filter(Result::blocked).count();
    long fp = neg.stream().filter(Result::blocked).count();
    long debHit = deb.stream().filter(Result::blocked).count();
    StringBuilder out = new StringBuilder("blind20 output-scanner corpus (seed " + Blind20Corpus.SEED + ")\n");
    out.append(String.format("PLAIN recall     %d/%d = %.2f%%%n", plainHit, plain.size(), pct(plainHit, plain.size())));
    out.append(String.format("ENCODED recall   %d/%d = %.2f%%%n", encHit, enc.size(), pct(encHit, enc.size())));
    out.append(String.format("NEGATIVE FP      %d/%d = %.2f%%%n", fp, neg.size(), pct(fp, neg.size())));
    out.append(String.format("DEBATABLE blocked %d/%d (not counted)%n", debHit, deb.size()));
    breakdown(out, "PLAIN by kind", plain, Row::kind, true);
    breakdown(out, "PLAIN by context", plain, Row::context, true);
    breakdown(out, "ENCODED by encoding", enc, Row::encoding, true);
    breakdown(out, "ENCODED by kind", enc, Row::kind, true);
    breakdown(out, "NEGATIVE by generator (blocked = FP)", neg, Row::generator, false);
    breakdown(out, "NEGATIVE by context (blocked = FP)", neg, Row::context, false);
    breakdown(out, "DEBATABLE by generator (blocked)", deb, Row::generator, false);
    out.append("\n== MISSES ==\n");
    for (Result r : results) {
      if ((r.row().label().equals("PLAIN") || r.row().label().equals("ENCODED")) && !r.blocked()) {
        out.append(String.format("MISS %s %s %s %s: %s%n", r.row().label(), r.row().kind(), r.row().encoding(),
            r.row().context(), oneLine(r.row().text())));
      }
    }
    out.append("\n== FALSE POSITIVES ==\n");
    for (Result r : neg) {
      if (r.blocked()) {
        out.append(String.format("FP %s %s [%s]: %s%n", r.row().generator(), r.row().context(), r.rules(), oneLine(r.row().text())));
      }
    }
    out.append("\n== DEBATABLE BLOCKED ==\n");
    for (Result r : deb) {
      if (r.blocked()) {
        out.append(String.format("DEB %s [%s]: %s%n", r.row().generator(), r.rules(), oneLine(r.row().text())));
      }
    }
    String report = out.toString();
    System.out.println(report);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/blind20-report.txt"), report);
    assertThat(pct(plainHit, plain.size())).isGreaterThanOrEqualTo(PLAIN_FLOOR);
    assertThat(pct(encHit, enc.size())).isGreaterThanOrEqualTo(ENCODED_FLOOR);
    assertThat(pct(fp, neg.size())).isLessThanOrEqualTo(FP_CEILING);
  }
}
