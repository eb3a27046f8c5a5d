package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind25Corpus.Row;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs the shipped output scanner over the Blind25 corpus and reports recall and false positives. */
class Blind25CorpusTest {
  static final double PLAIN_FLOOR = 298 / 300.0;
  static final double ENCODED_FLOOR = 114 / 120.0;
  static final double FP_CEILING = 0 / 1050.0;

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

  static void tally(Map<String, Tally> m, String key, boolean hit) {
    m.computeIfAbsent(key, k -> new Tally()).add(hit);
  }

  static String oneLine(String s) {
    String t = s.replace("\n", "\\n");
    return t.length() > 400 ? t.substring(0, 400) + "..." : t;
  }

  @Test
  void corpus() throws Exception {
    OutputScanner scanner = Fixtures.scanner();
    Map<String, Tally> byLabel = new TreeMap<>();
    Map<String, Tally> byKind = new TreeMap<>();
    Map<String, Tally> byEnc = new TreeMap<>();
    Map<String, Tally> byCtx = new TreeMap<>();
    Map<String, Tally> fpByGen = new TreeMap<>();
    Map<String, Tally> fpByCtx = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    List<String> fps = new ArrayList<>();
    for (Row row : Blind25Corpus.rows()) {
      ScanReport rep = scanner.scan(row.text());
      boolean blocked = !rep.clean();
      if (row.label().equals("NEGATIVE")) {
        tally(byLabel, "NEGATIVE (flagged)", blocked);
        tally(fpByGen, row.kind(), blocked);
        tally(fpByCtx, row.context(), blocked);
        if (blocked) {
          String rules = rep.findings().stream().map(Finding::ruleId).distinct().collect(Collectors.joining(","));
          fps.add("FP " + row.kind() + " / " + row.context() + " rules=" + rules + "\n    " + oneLine(row.text()));
        }
        continue;
      }
      tally(byLabel, row.label(), blocked);
      tally(byKind, row.label() + " " + row.kind(), blocked);
      tally(byCtx, row.label() + " " + row.context(), blocked);
      if (row.label().equals("ENCODED")) {
        tally(byEnc, row.encoding(), blocked);
      }
      if (!blocked) {
        misses.add("MISS " + row.label() + " " + row.kind() + " / " + row.encoding() + " / " + row.context() + "\n    secret="
            + oneLine(row.secret()) + "\n    " + oneLine(row.text()));
      }
    }
    StringBuilder sb = new StringBuilder("Blind25 corpus (seed " + Blind25Corpus.SEED + ")\n\n== by label\n");
    byLabel.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
    sb.append("\n== by kind\n");
    byKind.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
    sb.append("\n== by encoding\n");
    byEnc.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
    sb.append("\n== by context\n");
    byCtx.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
    sb.append("\n== false positives by generator\n");
    fpByGen.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
    sb.append("\n== false positives by context\n");
    fpByCtx.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
    sb.append("\n== misses (").append(misses.size()).append(")\n");
    misses.forEach(m -> sb.append(m).append('\n'));
    sb.append("\n== false positives (").append(fps.size()).append(")\n");
    fps.forEach(m -> sb.append(m).append('\n'));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/blind25-report.txt"), sb.toString());
    System.out.println(sb);
    assertThat(byLabel.get("PLAIN").rate()).isGreaterThanOrEqualTo(PLAIN_FLOOR);
    assertThat(byLabel.get("ENCODED").rate()).isGreaterThanOrEqualTo(ENCODED_FLOOR);
    assertThat(byLabel.get("NEGATIVE (flagged)").rate()).isLessThanOrEqualTo(FP_CEILING);
  }
}
