package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind28Corpus.Row;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Runs the blind28 corpus through the shipped output scanner and reports recall and false positives. */
class Blind28CorpusTest {
  static final double FLOOR_PLAIN = 249 / 250.0;
  static final double FLOOR_ENCODED = 95 / 100.0;
  static final double CEIL_FP = 0.0;

  static final class Tally {
    int n;
    int hit;

    String show() {
      return hit + "/" + n + String.format(" (%.1f%%)", n == 0 ? 0.0 : 100.0 * hit / n);
    }
  }

  static void add(Map<String, Tally> m, String k, boolean hit) {
    Tally t = m.computeIfAbsent(k, x -> new Tally());
    t.n++;
    if (hit) {
      t.hit++;
    }
  }

  static String clip(String s) {
    String x = s.replace("\n", "\\n");
    return x.length() > 140 ? x.substring(0, 140) + "..." : x;
  }

  @Test
  void corpus() throws Exception {
    OutputScanner scanner = Fixtures.scanner();
    List<Row> rows = Blind28Corpus.rows();
    Map<String, Tally> byLabel = new TreeMap<>();
    Map<String, Tally> byKind = new TreeMap<>();
    Map<String, Tally> byEnc = new TreeMap<>();
    Map<String, Tally> byCtx = new TreeMap<>();
    Map<String, Tally> fpByGen = new TreeMap<>();
    Map<String, Tally> fpByRule = new TreeMap<>();
    StringBuilder misses = new StringBuilder();
    StringBuilder fps = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      ScanReport rep = scanner.scan(r.text());
      boolean blocked = !rep.clean();
      add(byLabel, r.label(), blocked);
      if (r.label().equals("NEGATIVE")) {
        add(fpByGen, r.context(), blocked);
        if (blocked) {
          fps.append("FP #").append(i).append(" gen=").append(r.context()).append('\n');
          for (Finding f : rep.findings()) {
            add(fpByRule, f.ruleId(), true);
            String span = r.text().substring(Math.max(0, f.start()), Math.min(r.text().length(), f.end()));
            fps.append("    rule=").append(f.ruleId()).append(" decoding=").append(f.decoding())
                .append(" span=").append(clip(span)).append('\n');
          }
        }
      } else {
        add(byKind, r.kind(), blocked);
        add(byEnc, r.encoding(), blocked);
        add(byCtx, r.context(), blocked);
        if (!blocked) {
          misses.append("MISS #").append(i).append(' ').append(r.label()).append(" kind=").append(r.kind())
              .append(" enc=").append(r.encoding()).append(" ctx=").append(r.context())
              .append(" form=").append(clip(r.form())).append('\n');
        }
      }
    }
    StringBuilder out = new StringBuilder("blind28 corpus report\n\n");
    out.append("== by label (blocked/total) ==\n");
    byLabel.forEach((k, v) -> out.append(String.format("%-10s %s%n", k, v.show())));
    out.append("\n== FP per generator / document kind ==\n");
    fpByGen.forEach((k, v) -> out.append(String.format("%-26s %s%n", k, v.show())));
    out.append("\n== FP findings per rule ==\n");
    fpByRule.forEach((k, v) -> out.append(String.format("%-34s %d%n", k, v.hit)));
    out.append("\n== recall per kind ==\n");
    byKind.forEach((k, v) -> out.append(String.format("%-22s %s%n", k, v.show())));
    out.append("\n== recall per encoding ==\n");
    byEnc.forEach((k, v) -> out.append(String.format("%-20s %s%n", k, v.show())));
    out.append("\n== recall per context (document kind) ==\n");
    byCtx.forEach((k, v) -> out.append(String.format("%-26s %s%n", k, v.show())));
    out.append("\n== misses ==\n").append(misses);
    out.append("\n== false positives ==\n").append(fps);
    System.out.println(out);
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.writeString(target.resolve("blind28-report.txt"), out.toString());
    double plain = rate(byLabel.get("PLAIN"));
    double enc = rate(byLabel.get("ENCODED"));
    double fp = rate(byLabel.get("NEGATIVE"));
    assertThat(plain).isGreaterThanOrEqualTo(FLOOR_PLAIN);
    assertThat(enc).isGreaterThanOrEqualTo(FLOOR_ENCODED);
    assertThat(fp).isLessThanOrEqualTo(CEIL_FP);
  }

  static double rate(Tally t) {
    return t == null || t.n == 0 ? 0.0 : (double) t.hit / t.n;
  }
}
