package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moltr.core.scan.Blind22Corpus.Row;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Blind22: long agent outputs sent through the shipped output scanner; recall, FP rate, every miss. */
class Blind22CorpusTest {
  // First run: plain 389/395, encoded 98/100, FP 6/960 (3/960 after the generator fix).
  // After fixes: plain 390/395, encoded 99/100, FP 0/960. The six stripe_publishable misses
  // are a label conflict (see Blind22Corpus), not counted away.
  static final double PLAIN_FLOOR = 390 / 395.0;
  static final double ENCODED_FLOOR = 99 / 100.0;
  static final double FP_CEILING = 0.0;

  @Test
  void corpus() throws IOException {
    List<Row> rows = Blind22Corpus.build();
    OutputScanner scanner = Fixtures.scanner();
    Map<String, int[]> byLabel = new TreeMap<>();
    Map<String, int[]> byKind = new TreeMap<>();
    Map<String, int[]> byEnc = new TreeMap<>();
    Map<String, int[]> byCtx = new TreeMap<>();
    Map<String, int[]> byLang = new TreeMap<>();
    Map<String, int[]> fpByGen = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    List<String> fps = new ArrayList<>();
    long t0 = System.nanoTime();
    long bytes = 0;
    for (Row row : rows) {
      ScanReport rep = scanner.scan(row.text());
      bytes += row.text().getBytes(StandardCharsets.UTF_8).length;
      boolean blocked = !rep.clean();
      if (row.label().equals("NEGATIVE")) {
        inc(byLabel, "NEGATIVE", !blocked);
        inc(fpByGen, row.kind(), !blocked);
        inc(byCtx, "neg/" + row.context(), !blocked);
        if (blocked) {
          TreeSet<String> ids = new TreeSet<>();
          StringBuilder where = new StringBuilder();
          for (Finding f : rep.findings()) {
            ids.add(f.ruleId());
            int a = Math.max(0, f.start() - 40);
            int b = Math.min(row.text().length(), f.end() + 40);
            where.append("\n      ").append(f.ruleId()).append(" ").append(f.decoding()).append(" @").append(f.start()).append(": ")
                .append(row.text().substring(a, b).replace("\n", "\\n"));
          }
          fps.add("FP " + row.kind() + " [" + row.context() + "/" + row.lang() + "] rules=" + ids + where);
        }
      } else {
        inc(byLabel, row.label(), blocked);
        inc(byKind, row.label() + "/" + row.kind(), blocked);
        inc(byCtx, row.label() + "/" + row.context(), blocked);
        inc(byLang, row.label() + "/" + row.lang(), blocked);
        if (row.label().equals("ENCODED")) {
          inc(byEnc, row.encoding(), blocked);
        }
        if (!blocked) {
          String t = row.text();
          int at = Math.max(t.indexOf(row.form()), 0);
          String around = t.substring(Math.max(0, at - 120), Math.min(t.length(), at + row.form().length() + 80)).replace("\n", "\\n");
          misses.add("MISS " + row.label() + " " + row.kind() + " enc=" + row.encoding() + " [" + row.context() + "/" + row.lang() + "] secret="
              + row.secret() + "\n      ..." + around + "...");
        }
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    StringBuilder out = new StringBuilder("Blind22 corpus (long agent outputs, seed " + Blind22Corpus.SEED + "): " + rows.size() + " rows, "
        + bytes / 1024 + " KiB, scanned in " + String.format("%.2f", secs) + " s\n\n");
    int[] p = byLabel.get("PLAIN");
    int[] e = byLabel.get("ENCODED");
    int[] n = byLabel.get("NEGATIVE");
    double plain = p[0] / (double) p[1];
    double enc = e[0] / (double) e[1];
    double fp = (n[1] - n[0]) / (double) n[1];
    out.append(String.format("PLAIN recall    %d/%d = %.2f%%%n", p[0], p[1], 100 * plain));
    out.append(String.format("ENCODED recall  %d/%d = %.2f%%%n", e[0], e[1], 100 * enc));
    out.append(String.format("FALSE POSITIVES %d/%d = %.2f%%%n%n", n[1] - n[0], n[1], 100 * fp));
    section(out, "recall per kind", byKind);
    section(out, "recall per encoding", byEnc);
    section(out, "recall / pass per context", byCtx);
    section(out, "recall per language", byLang);
    section(out, "negatives passed per generator", fpByGen);
    out.append("\nMISSES (").append(misses.size()).append(")\n");
    misses.forEach(m -> out.append("  ").append(m).append('\n'));
    out.append("\nFALSE POSITIVES (").append(fps.size()).append(")\n");
    fps.forEach(f -> out.append("  ").append(f).append('\n'));
    System.out.println(out);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/blind22-report.txt"), out.toString());
    StringBuilder dump = new StringBuilder();
    for (Row row : rows) {
      dump.append("=== ").append(row.label()).append(' ').append(row.kind()).append(' ').append(row.encoding()).append(' ').append(row.context())
          .append('/').append(row.lang()).append('\n').append(row.text()).append('\n');
    }
    Files.writeString(Path.of("target/blind22-rows.txt"), dump.toString());
    assertTrue(plain >= PLAIN_FLOOR, "plain recall " + plain);
    assertTrue(enc >= ENCODED_FLOOR, "encoded recall " + enc);
    assertTrue(fp <= FP_CEILING, "false positive rate " + fp);
  }

  private static void inc(Map<String, int[]> m, String key, boolean ok) {
    int[] c = m.computeIfAbsent(key, k -> new int[2]);
    if (ok) {
      c[0]++;
    }
    c[1]++;
  }

  private static void section(StringBuilder out, String title, Map<String, int[]> m) {
    out.append(title).append(":\n");
    m.forEach((k, v) -> out.append(String.format("  %-48s %4d/%-4d%s%n", k, v[0], v[1], v[0] < v[1] ? "  <" : "")));
    out.append('\n');
  }
}
