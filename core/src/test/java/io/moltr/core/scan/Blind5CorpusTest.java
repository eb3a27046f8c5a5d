package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind5Corpus.Sample;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The fifth blind corpus through the shipped scanner: recall on plain and encoded credentials in
 * realistic agent output, and the false-positive rate on hard negatives in the same contexts.
 * Misses are printed per kind, encoding and context so a fall can be read, not just seen.
 */
class Blind5CorpusTest {

  private static String pct(int hit, int total) {
    return String.format("%.2f%% (%d/%d)", total == 0 ? 100.0 : 100.0 * hit / total, hit, total);
  }

  @Test
  void recallAndFalsePositives() {
    OutputScanner scanner = Fixtures.scanner();
    List<Sample> samples = Blind5Corpus.all();
    int plain = 0, plainHit = 0, enc = 0, encHit = 0, neg = 0, fp = 0;
    Map<String, int[]> perKind = new TreeMap<>();
    Map<String, int[]> perEncoding = new TreeMap<>();
    Map<String, int[]> perContext = new TreeMap<>();
    StringBuilder misses = new StringBuilder();
    StringBuilder fps = new StringBuilder();
    for (Sample s : samples) {
      ScanReport report = scanner.scan(s.text());
      boolean flagged = !report.clean();
      if (s.positive()) {
        boolean isPlain = s.encoding().equals("plain");
        if (isPlain) {
          plain++;
          plainHit += flagged ? 1 : 0;
        } else {
          enc++;
          encHit += flagged ? 1 : 0;
        }
        perKind.computeIfAbsent(s.kind(), k -> new int[2])[flagged ? 0 : 1]++;
        perEncoding.computeIfAbsent(s.encoding(), k -> new int[2])[flagged ? 0 : 1]++;
        if (isPlain) {
          perContext.computeIfAbsent(s.context(), k -> new int[2])[flagged ? 0 : 1]++;
        }
        if (!flagged) {
          misses.append("  MISS ").append(s.kind()).append(" / ").append(s.encoding()).append(" / ").append(s.context()).append(": ")
              .append(abbreviate(s.text())).append('\n');
        }
      } else {
        neg++;
        if (flagged) {
          fp++;
          fps.append("  FP ").append(s.kind()).append(" / ").append(s.encoding()).append(" / ").append(s.context()).append(" -> ")
              .append(report.findings().stream().map(f -> f.ruleId() + f.decoding()).toList()).append(": ").append(abbreviate(s.text())).append('\n');
        }
      }
    }
    double plainRecall = 100.0 * plainHit / plain;
    double encRecall = 100.0 * encHit / enc;
    double fpRate = 100.0 * fp / neg;
    System.out.println("Blind5 corpus: " + Blind5Credentials.KINDS.size() + " kinds, " + (plain + enc) + " positives, " + neg + " negatives");
    System.out.println("  plain recall   " + pct(plainHit, plain));
    System.out.println("  encoded recall " + pct(encHit, enc));
    System.out.println("  false positives " + pct(fp, neg));
    System.out.println("Per kind (hit/miss) with misses:");
    perKind.forEach((k, v) -> {
      if (v[1] > 0) {
        System.out.println("  " + k + " " + v[0] + "/" + v[1]);
      }
    });
    System.out.println("Per encoding (hit/miss):");
    perEncoding.forEach((k, v) -> System.out.println("  " + k + " " + v[0] + "/" + v[1]));
    System.out.println("Per plain context (hit/miss):");
    perContext.forEach((k, v) -> System.out.println("  " + k + " " + v[0] + "/" + v[1]));
    System.out.print(misses);
    System.out.print(fps);
    System.out.printf("BLIND5 plain=%.2f encoded=%.2f fp=%.2f%n", plainRecall, encRecall, fpRate);
    assertThat(plain).isGreaterThanOrEqualTo(300);
    assertThat(neg).isGreaterThanOrEqualTo(300);
    // Floors just under the figures after the fixes of 2026-11-29 (99.69 / 98.59 / 1.01): a fall
    // below them is a regression. The first run, before any fix, was 94.69 / 85.87 / 11.06.
    assertThat(plainRecall).as("plain recall").isGreaterThanOrEqualTo(99.0);
    assertThat(encRecall).as("encoded recall").isGreaterThanOrEqualTo(98.0);
    assertThat(fpRate).as("false-positive rate").isLessThanOrEqualTo(1.5);
  }

  private static String abbreviate(String text) {
    String one = text.replace("\n", "\\n");
    return one.length() > 260 ? one.substring(0, 260) + "..." : one;
  }
}
