package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind30Corpus.Row;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs the blind30 corpus through the shipped output scanner and reports recall and false positives. */
class Blind30CorpusTest {
  // Floors: the first run was plain 0.9920, encoded 0.9435, FP 0.0008; raised to the figures after fixes.
  static final double PLAIN_FLOOR = 0.9959;
  static final double ENCODED_FLOOR = 1.0;
  static final double FP_CEILING = 0.0;

  record Result(Row row, ScanReport report) {
    boolean blocked() {
      return !report.clean();
    }
  }

  @Test
  void corpus() throws IOException {
    OutputScanner scanner = Fixtures.scanner();
    List<Result> results = new ArrayList<>();
    for (Row r : Blind30Corpus.rows()) {
      results.add(new Result(r, scanner.scan(r.text())));
    }
    StringBuilder out = new StringBuilder();
    double plain = rate(results, "PLAIN");
    double encoded = rate(results, "ENCODED");
    long negatives = results.stream().filter(x -> x.row().label().equals("NEGATIVE")).count();
    long fps = results.stream().filter(x -> x.row().label().equals("NEGATIVE") && x.blocked()).count();
    double fp = (double) fps / negatives;
    out.append(String.format("blind30: plain recall %.4f (%d rows), encoded recall %.4f (%d rows), false positives %.4f (%d of %d)%n",
        plain, count(results, "PLAIN"), encoded, count(results, "ENCODED"), fp, fps, negatives));
    table(out, "recall per kind (plain+encoded)", results, x -> !x.row().label().equals("NEGATIVE"), x -> x.row().kind());
    table(out, "recall per encoding", results, x -> x.row().label().equals("ENCODED"), x -> x.row().encoding());
    table(out, "recall per context (plain)", results, x -> x.row().label().equals("PLAIN"), x -> x.row().context());
    out.append("\n== false positives per generator (blocked/total)\n");
    Map<String, List<Result>> byGen = results.stream().filter(x -> x.row().label().equals("NEGATIVE"))
        .collect(Collectors.groupingBy(x -> x.row().kind(), TreeMap::new, Collectors.toList()));
    byGen.forEach((g, xs) -> {
      long b = xs.stream().filter(Result::blocked).count();
      if (b > 0) {
        out.append(String.format("  %-26s %d/%d%n", g, b, xs.size()));
      }
    });
    out.append("\n== misses\n");
    for (Result x : results) {
      if (!x.row().label().equals("NEGATIVE") && !x.blocked()) {
        out.append("-- ").append(x.row().label()).append(' ').append(x.row().kind()).append(" / ").append(x.row().encoding())
            .append(" / ").append(x.row().context()).append('\n').append(show(x.row().text())).append('\n');
      }
    }
    out.append("\n== false positives\n");
    for (Result x : results) {
      if (x.row().label().equals("NEGATIVE") && x.blocked()) {
        out.append("-- ").append(x.row().kind()).append(" rules=");
        for (Finding f : x.report().findings()) {
          String span = x.row().text().substring(Math.max(0, f.start()), Math.min(x.row().text().length(), f.end()));
          out.append(f.ruleId()).append(f.decoding().isEmpty() ? "" : f.decoding().toString()).append(" [")
              .append(span.length() > 80 ? span.substring(0, 80) + "…" : span).append("] ");
        }
        out.append('\n').append(show(x.row().text())).append('\n');
      }
    }
    String report = out.toString();
    System.out.println(report);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/blind30-report.txt"), report, StandardCharsets.UTF_8);
    assertThat(plain).isGreaterThanOrEqualTo(PLAIN_FLOOR);
    assertThat(encoded).isGreaterThanOrEqualTo(ENCODED_FLOOR);
    assertThat(fp).isLessThanOrEqualTo(FP_CEILING);
  }

  private static String show(String text) {
    String t = text.length() > 600 ? text.substring(0, 600) + "…" : text;
    return "   | " + t.replace("\n", "\n   | ");
  }

  private static long count(List<Result> rs, String label) {
    return rs.stream().filter(x -> x.row().label().equals(label)).count();
  }

  private static double rate(List<Result> rs, String label) {
    long n = count(rs, label);
    long hit = rs.stream().filter(x -> x.row().label().equals(label) && x.blocked()).count();
    return n == 0 ? 0 : (double) hit / n;
  }

  private static void table(StringBuilder out, String title, List<Result> rs, java.util.function.Predicate<Result> filter,
      Function<Result, String> key) {
    out.append("\n== ").append(title).append('\n');
    Map<String, List<Result>> m = rs.stream().filter(filter).collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    m.forEach((k, xs) -> {
      long hit = xs.stream().filter(Result::blocked).count();
      out.append(String.format("  %-26s %3d/%-3d %s%n", k, hit, xs.size(), hit == xs.size() ? "" : "<"));
    });
  }
}
