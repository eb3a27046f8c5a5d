package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind6Corpus.Sample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Recall and false-positive rate of the shipped scanner on the sixth blind corpus. Prints the
 * figures, the misses and the false positives (also to target/blind6-report.txt).
 *
 * <p>First run (corpus written before the scanner was read, commit a635bd3, scanner of 95c1152):
 * plain 95.65% (352/368), encoded 88.48% (238/269), false positives 8.16% (40/490); with the
 * generator corrected (b3a7b15): 95.65%, 89.96% (242/269), 7.20% (35/486). Reports in
 * src/test/resources/blind6/. After the fixes eight false positives were left, labels the project
 * then decided the other way: four public Sentry DSNs (the other corpora count them as leaks, and
 * still do) and four ghp_ tokens whose checksum fails (reported at lower confidence until
 * 2026-11-30; now not reported, as issue 3 asks of GitHub's checksum): 4/486 (0.82%).
 */
class Blind6CorpusTest {

  private static String pct(int hit, int total) {
    return String.format("%.2f%% (%d/%d)", total == 0 ? 100.0 : 100.0 * hit / total, hit, total);
  }

  private static String preview(String text) {
    String t = text.replace("\n", "\\n");
    return t.length() > 220 ? t.substring(0, 220) + "..." : t;
  }

  @Test
  void recallAndFalsePositives() throws IOException {
    OutputScanner scanner = Fixtures.scanner();
    List<Sample> samples = Blind6Corpus.all();
    int plain = 0, plainHit = 0, enc = 0, encHit = 0, neg = 0, fp = 0;
    Map<String, int[]> perEncoding = new TreeMap<>();
    StringBuilder misses = new StringBuilder();
    StringBuilder fps = new StringBuilder();
    for (Sample s : samples) {
      ScanReport report = scanner.scan(s.text());
      boolean flagged = !report.clean();
      if (s.positive()) {
        if (s.encoding().equals("plain")) {
          plain++;
          plainHit += flagged ? 1 : 0;
        } else {
          enc++;
          encHit += flagged ? 1 : 0;
          int[] e = perEncoding.computeIfAbsent(s.encoding(), k -> new int[2]);
          e[0]++;
          e[1] += flagged ? 1 : 0;
        }
        if (!flagged) {
          misses.append("MISS ").append(s.id()).append(" [").append(s.context()).append("] ").append(preview(s.text())).append('\n');
        }
      } else {
        neg++;
        if (flagged) {
          fp++;
          fps.append("FP ").append(s.id()).append(" [").append(s.context()).append("] rules=")
              .append(report.findings().stream().map(f -> f.ruleId() + "/" + String.join(">", f.decoding())).toList())
              .append(' ').append(preview(s.text())).append('\n');
        }
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("Blind6 plain recall   ").append(pct(plainHit, plain)).append('\n');
    out.append("Blind6 encoded recall ").append(pct(encHit, enc)).append('\n');
    out.append("Blind6 FP rate        ").append(pct(fp, neg)).append('\n');
    perEncoding.forEach((k, v) -> {
      if (v[1] < v[0]) {
        out.append("  encoding ").append(k).append(' ').append(pct(v[1], v[0])).append('\n');
      }
    });
    out.append(misses).append(fps);
    System.out.println(out);
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("blind6-report.txt"), out.toString());
    }
    // Floors: the figures reached on this corpus; a change that lowers them fails here.
    assertThat(100.0 * plainHit / plain).as("plain recall").isGreaterThanOrEqualTo(99.7);
    assertThat(100.0 * encHit / enc).as("encoded recall").isGreaterThanOrEqualTo(98.8);
    assertThat(100.0 * fp / neg).as("false-positive rate").isLessThanOrEqualTo(0.9);
  }
}
