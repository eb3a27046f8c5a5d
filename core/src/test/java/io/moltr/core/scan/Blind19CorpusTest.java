package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class Blind19CorpusTest {
  static final double FLOOR_PLAIN = 0.993;
  static final double FLOOR_ENCODED = 0.99;
  static final double CEIL_FP = 0.0;

  @Test
  void corpus() throws Exception {
    OutputScanner scanner = Fixtures.scanner();
    List<Blind19Corpus.Row> rows = Blind19SelfCheckTest.rows();
    Map<String, int[]> byLabel = new TreeMap<>();
    Map<String, int[]> byKind = new TreeMap<>();
    Map<String, int[]> byEnc = new TreeMap<>();
    Map<String, int[]> byCtx = new TreeMap<>();
    Map<String, int[]> fpByGen = new TreeMap<>();
    StringBuilder misses = new StringBuilder();
    StringBuilder fps = new StringBuilder();
    for (Blind19Corpus.Row r : rows) {
      ScanReport rep = scanner.scan(r.text());
      boolean blocked = !rep.clean();
      if (r.label().equals("NEGATIVE")) {
        int[] c = fpByGen.computeIfAbsent(r.kind(), k -> new int[2]);
        c[1]++;
        byLabel.computeIfAbsent("NEGATIVE(fp)", k -> new int[2])[1]++;
        if (blocked) {
          c[0]++;
          byLabel.get("NEGATIVE(fp)")[0]++;
          fps.append("FP ").append(r.kind()).append(" rules=")
              .append(rep.findings().stream().map(Finding::ruleId).toList())
              .append("\n  ").append(r.text().replace("\n", "\n  ")).append('\n');
        }
        continue;
      }
      int hit = blocked ? 1 : 0;
      for (Map<String, int[]> m : List.of(byLabel, byKind, byEnc, byCtx)) {
        String key = m == byLabel ? r.label() : m == byKind ? r.label() + ":" + r.kind()
            : m == byEnc ? r.encoding() : r.label() + ":" + r.context();
        int[] c = m.computeIfAbsent(key, k -> new int[2]);
        c[0] += hit;
        c[1]++;
      }
      if (!blocked) {
        misses.append("MISS ").append(r.label()).append(' ').append(r.kind()).append(' ')
            .append(r.encoding()).append(' ').append(r.context())
            .append("\n  ").append(r.text().replace("\n", "\n  ")).append('\n');
      }
    }
    StringBuilder out = new StringBuilder("blind19 corpus report (seed " + Blind19Corpus.SEED + ")\n");
    section(out, "by label (hit/total; NEGATIVE(fp) = blocked/total)", byLabel);
    section(out, "by kind", byKind);
    section(out, "by encoding", byEnc);
    section(out, "by context", byCtx);
    section(out, "false positives by generator", fpByGen);
    out.append("\nMISSES\n").append(misses).append("\nFALSE POSITIVES\n").append(fps);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/blind19-report.txt"), out.toString());
    System.out.println(out);
    double plain = rate(byLabel.get("PLAIN"));
    double enc = rate(byLabel.get("ENCODED"));
    double fp = rate(byLabel.get("NEGATIVE(fp)"));
    assertTrue(plain >= FLOOR_PLAIN, "plain " + plain);
    assertTrue(enc >= FLOOR_ENCODED, "encoded " + enc);
    assertTrue(fp <= CEIL_FP, "fp " + fp);
  }

  static double rate(int[] c) {
    return c == null || c[1] == 0 ? 0 : (double) c[0] / c[1];
  }

  static void section(StringBuilder out, String title, Map<String, int[]> m) {
    out.append('\n').append(title).append('\n');
    m.forEach((k, c) -> out.append(String.format("  %-40s %4d/%-4d %6.1f%%%n", k, c[0], c[1], 100.0 * rate(c))));
  }
}
