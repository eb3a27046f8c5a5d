package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind26Corpus.Row;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Blind corpus 26 (credentials in CLI/tool output) against the shipped output scanner. */
class Blind26CorpusTest {
  // Floors: first run figures; raised after fixes.
  static final double PLAIN_FLOOR = 339.0 / 340;
  static final double ENCODED_FLOOR = 118.0 / 118;
  static final double FP_CEILING = 0.0 / 1066;

  static final class Tally {
    int n;
    int hit;

    void add(boolean h) {
      n++;
      if (h) {
        hit++;
      }
    }

    double rate() {
      return n == 0 ? 0 : (double) hit / n;
    }

    @Override
    public String toString() {
      return String.format("%d/%d (%.1f%%)", hit, n, 100.0 * rate());
    }
  }

  static String oneLine(String s, int max) {
    String t = s.replace("\n", "\\n").replace("\t", "\\t");
    return t.length() > max ? t.substring(0, max) + "..." : t;
  }

  @Test
  void corpus() throws Exception {
    OutputScanner scanner = Fixtures.scanner();
    List<Row> rows = Blind26Corpus.rows();
    Map<String, Tally> byLabel = new TreeMap<>();
    Map<String, Tally> byKind = new TreeMap<>();
    Map<String, Tally> byEnc = new TreeMap<>();
    Map<String, Tally> byCtx = new TreeMap<>();
    Map<String, Tally> fpByGen = new TreeMap<>();
    StringBuilder misses = new StringBuilder();
    StringBuilder fps = new StringBuilder();
    for (Row r : rows) {
      ScanReport rep = scanner.scan(r.text());
      boolean blocked = !rep.clean();
      String rules = rep.findings().stream().map(Finding::ruleId).distinct()
          .collect(Collectors.joining(","));
      byLabel.computeIfAbsent(r.label(), k -> new Tally()).add(blocked);
      if (r.label().equals("NEGATIVE")) {
        fpByGen.computeIfAbsent(r.kind(), k -> new Tally()).add(blocked);
        if (blocked) {
          fps.append("FP  ").append(r.kind()).append(" [").append(rules).append("] ")
              .append(oneLine(r.text(), 400)).append('\n');
        }
      } else {
        byKind.computeIfAbsent(r.label() + " " + r.kind(), k -> new Tally()).add(blocked);
        byEnc.computeIfAbsent(r.label() + " " + r.encoding(), k -> new Tally()).add(blocked);
        byCtx.computeIfAbsent(r.label() + " " + r.context(), k -> new Tally()).add(blocked);
        if (!blocked) {
          misses.append("MISS ").append(r.label()).append(' ').append(r.kind()).append(" enc=")
              .append(r.encoding()).append(" ctx=").append(r.context()).append(" secret=")
              .append(oneLine(r.secret(), 80)).append("\n     ").append(oneLine(r.text(), 400))
              .append('\n');
        }
      }
    }
    StringBuilder out = new StringBuilder("blind26 corpus (CLI/tool output) seed=")
        .append(Blind26Corpus.SEED).append(" rows=").append(rows.size()).append('\n');
    Tally plain = byLabel.getOrDefault("PLAIN", new Tally());
    Tally enc = byLabel.getOrDefault("ENCODED", new Tally());
    Tally neg = byLabel.getOrDefault("NEGATIVE", new Tally());
    out.append("recall PLAIN   ").append(plain).append('\n');
    out.append("recall ENCODED ").append(enc).append('\n');
    out.append("FP NEGATIVE    ").append(neg).append('\n');
    out.append("\n== per kind\n");
    byKind.forEach((k, t) -> out.append("  ").append(k).append(": ").append(t).append('\n'));
    out.append("\n== per encoding\n");
    byEnc.forEach((k, t) -> out.append("  ").append(k).append(": ").append(t).append('\n'));
    out.append("\n== per context\n");
    byCtx.forEach((k, t) -> out.append("  ").append(k).append(": ").append(t).append('\n'));
    out.append("\n== false positives per generator\n");
    fpByGen.forEach((k, t) -> out.append("  ").append(k).append(": ").append(t).append('\n'));
    out.append("\n== misses\n").append(misses).append("\n== false positives\n").append(fps);
    String report = out.toString();
    System.out.println(report);
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.writeString(target.resolve("blind26-report.txt"), report, StandardCharsets.UTF_8);
    assertThat(plain.rate()).as("plain recall").isGreaterThanOrEqualTo(PLAIN_FLOOR);
    assertThat(enc.rate()).as("encoded recall").isGreaterThanOrEqualTo(ENCODED_FLOOR);
    assertThat(neg.rate()).as("false-positive rate").isLessThanOrEqualTo(FP_CEILING);
  }
}
