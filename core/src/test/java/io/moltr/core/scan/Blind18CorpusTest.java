package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Runs blind corpus 18 through the shipped output scanner and reports recall per label, kind,
 * encoding and context, false positives per generator, and every miss and false positive.
 */
class Blind18CorpusTest {
  // floors: the figures after the fixes (first run: plain 194/200, encoded 281/352, FP 17/1343)
  static final double PLAIN_FLOOR = 195 / 200.0;
  static final double ENCODED_FLOOR = 319 / 352.0; // 300 at the merge; lone decoded IDs, joined literals and fields
  static final double FP_CEILING = 17 / 1343.0;

  record Result(Blind18Corpus.Row row, boolean blocked, String rules) {}

  static String pct(long a, long b) {
    return String.format(Locale.ROOT, "%d/%d (%.1f%%)", a, b, b == 0 ? 0.0 : 100.0 * a / b);
  }

  static String preview(String s) {
    String one = s.replace("\n", "\\n");
    return one.length() > 110 ? one.substring(0, 110) + "…" : one;
  }

  static void table(StringBuilder out, String title, List<Result> rs,
      Function<Result, String> key, boolean recall) {
    Map<String, long[]> m = new TreeMap<>();
    for (Result r : rs) {
      long[] c = m.computeIfAbsent(key.apply(r), k -> new long[2]);
      c[1]++;
      if (r.blocked()) {
        c[0]++;
      }
    }
    out.append("\n== ").append(title).append(" ==\n");
    m.forEach((k, c) -> {
      if (!recall && c[0] == 0) {
        return;
      }
      out.append(String.format(Locale.ROOT, "  %-28s %s%n", k, pct(c[0], c[1])));
    });
  }

  @Test
  void corpus() throws IOException {
    OutputScanner scanner = Fixtures.scanner();
    List<Result> results = new ArrayList<>();
    for (Blind18Corpus.Row row : Blind18Corpus.build()) {
      ScanReport rep = scanner.scan(row.text());
      String rules = String.join(",", rep.findings().stream().map(Finding::ruleId).distinct().toList());
      results.add(new Result(row, !rep.clean(), rules));
    }
    List<Result> plain = results.stream().filter(r -> r.row().label().equals("PLAIN")).toList();
    List<Result> enc = results.stream().filter(r -> r.row().label().equals("ENCODED")).toList();
    List<Result> neg = results.stream().filter(r -> r.row().label().equals("NEGATIVE")).toList();
    long p = plain.stream().filter(Result::blocked).count();
    long e = enc.stream().filter(Result::blocked).count();
    long f = neg.stream().filter(Result::blocked).count();
    StringBuilder out = new StringBuilder("Blind18 corpus report (seed " + Blind18Corpus.SEED + ")\n");
    out.append("recall PLAIN:   ").append(pct(p, plain.size())).append('\n');
    out.append("recall ENCODED: ").append(pct(e, enc.size())).append('\n');
    out.append("FP NEGATIVE:    ").append(pct(f, neg.size())).append('\n');
    List<Result> pos = new ArrayList<>(plain);
    pos.addAll(enc);
    table(out, "recall per kind (plain+encoded)", pos, r -> r.row().kind(), true);
    table(out, "recall per encoding", enc, r -> r.row().encoding(), true);
    table(out, "recall per context (plain)", plain, r -> r.row().context(), true);
    table(out, "recall per carrier (encoded)", enc, r -> r.row().context(), true);
    table(out, "false positives per generator (only generators with any)", neg,
        r -> r.row().generator(), false);
    out.append("\n== misses ==\n");
    for (Result r : pos) {
      if (!r.blocked()) {
        out.append("  MISS ").append(r.row().label()).append(' ').append(r.row().kind()).append(" [")
            .append(r.row().encoding()).append(" / ").append(r.row().context()).append("] shown: ")
            .append(preview(r.row().shown())).append('\n');
      }
    }
    out.append("\n== false positives ==\n");
    for (Result r : neg) {
      if (r.blocked()) {
        out.append("  FP ").append(r.row().generator()).append(" rules=").append(r.rules())
            .append(" text: ").append(preview(r.row().text())).append('\n');
      }
    }
    String report = out.toString();
    System.out.println(report);
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.writeString(target.resolve("blind18-report.txt"), report);
    assertThat((double) p / plain.size()).as("plain recall").isGreaterThanOrEqualTo(PLAIN_FLOOR);
    assertThat((double) e / enc.size()).as("encoded recall").isGreaterThanOrEqualTo(ENCODED_FLOOR);
    assertThat((double) f / neg.size()).as("false-positive rate").isLessThanOrEqualTo(FP_CEILING);
  }
}
