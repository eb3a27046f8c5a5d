package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Runs the Blind21 corpus through the shipped output scanner and reports recall and FP. */
class Blind21CorpusTest {
  // Floors: the first run's figures (raised after fixes only).
  static final double FLOOR_PLAIN = 1.0;
  static final double FLOOR_ENCODED = 0.968;
  static final double CEIL_FP = 0.0157;

  private static String esc(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        b.append("\\n");
      } else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x200b && c <= 0x206f) || c == 0xfeff || Character.isSurrogate(c)) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static void group(StringBuilder out, String title, List<Blind21Corpus.Row> rows, Map<Blind21Corpus.Row, Boolean> hit,
      Function<Blind21Corpus.Row, String> key) {
    Map<String, int[]> m = new TreeMap<>();
    for (Blind21Corpus.Row r : rows) {
      int[] c = m.computeIfAbsent(key.apply(r), k -> new int[2]);
      c[0]++;
      if (hit.get(r)) {
        c[1]++;
      }
    }
    out.append("== ").append(title).append('\n');
    m.forEach((k, c) -> out.append(String.format("  %-40s %4d/%-4d %6.1f%%%n", k, c[1], c[0], 100.0 * c[1] / c[0])));
  }

  @Test
  void corpus() throws IOException {
    OutputScanner scanner = Fixtures.scanner();
    List<Blind21Corpus.Row> rows = Blind21Corpus.build();
    Map<Blind21Corpus.Row, Boolean> hit = new java.util.IdentityHashMap<>();
    Map<Blind21Corpus.Row, String> rules = new java.util.IdentityHashMap<>();
    for (Blind21Corpus.Row r : rows) {
      ScanReport rep = scanner.scan(r.text());
      hit.put(r, !rep.clean());
      rules.put(r, rep.findings().stream().map(Finding::ruleId).distinct().sorted().toList().toString());
    }
    List<Blind21Corpus.Row> plain = rows.stream().filter(r -> r.label().equals("PLAIN")).toList();
    List<Blind21Corpus.Row> enc = rows.stream().filter(r -> r.label().equals("ENCODED")).toList();
    List<Blind21Corpus.Row> neg = rows.stream().filter(r -> r.label().equals("NEGATIVE")).toList();
    double rp = plain.stream().filter(hit::get).count() / (double) plain.size();
    double re = enc.stream().filter(hit::get).count() / (double) enc.size();
    double fp = neg.stream().filter(hit::get).count() / (double) neg.size();
    StringBuilder out = new StringBuilder();
    out.append(String.format("Blind21: plain recall %.2f%% (%d/%d), encoded recall %.2f%% (%d/%d), false positives %.2f%% (%d/%d)%n",
        100 * rp, plain.stream().filter(hit::get).count(), plain.size(), 100 * re, enc.stream().filter(hit::get).count(), enc.size(),
        100 * fp, neg.stream().filter(hit::get).count(), neg.size()));
    long d1 = enc.stream().filter(r -> !r.encoding().contains("(")).count();
    long d1hit = enc.stream().filter(r -> !r.encoding().contains("(") && hit.get(r)).count();
    long d2hit = enc.stream().filter(r -> r.encoding().contains("(") && hit.get(r)).count();
    out.append(String.format("  encoded depth 1: %d/%d, depth 2: %d/%d%n", d1hit, d1, d2hit, enc.size() - d1));
    group(out, "plain recall per kind", plain, hit, Blind21Corpus.Row::kind);
    group(out, "plain recall per context", plain, hit, Blind21Corpus.Row::context);
    group(out, "encoded recall per kind", enc, hit, Blind21Corpus.Row::kind);
    group(out, "encoded recall per encoding", enc, hit, Blind21Corpus.Row::encoding);
    group(out, "encoded recall per context", enc, hit, Blind21Corpus.Row::context);
    group(out, "negatives flagged per generator", neg, hit, Blind21Corpus.Row::kind);
    out.append("== misses\n");
    for (Blind21Corpus.Row r : rows) {
      if (!r.label().equals("NEGATIVE") && !hit.get(r)) {
        out.append("MISS ").append(r.label()).append(' ').append(r.kind()).append(' ').append(r.encoding()).append(' ')
            .append(r.context()).append(" | ").append(esc(r.text())).append('\n');
      }
    }
    out.append("== false positives\n");
    for (Blind21Corpus.Row r : neg) {
      if (hit.get(r)) {
        out.append("FP ").append(r.kind()).append(' ').append(rules.get(r)).append(" | ").append(esc(r.text())).append('\n');
      }
    }
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.writeString(target.resolve("blind21-report.txt"), out.toString());
    System.out.println(out.toString().lines().limit(3).reduce("", (a, b) -> a + b + "\n"));
    assertTrue(rp >= FLOOR_PLAIN, "plain recall " + rp);
    assertTrue(re >= FLOOR_ENCODED, "encoded recall " + re);
    assertTrue(fp <= CEIL_FP, "fp " + fp);
  }
}
