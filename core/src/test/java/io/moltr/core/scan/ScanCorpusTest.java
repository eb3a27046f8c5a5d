package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A generated corpus: every credential kind in realistic contexts, plain and in every encoding,
 * plus hard negatives. Prints recall and false-positive rate and holds them to the targets.
 */
class ScanCorpusTest {
  private final OutputScanner scanner = Fixtures.scanner();

  @Test
  void recallAndFalsePositiveRate() {
    Random r = new Random(20261129);
    int plain = 0;
    int plainHit = 0;
    int enc = 0;
    int encHit = 0;
    List<String> misses = new ArrayList<>();
    Map<String, int[]> byEncoding = new LinkedHashMap<>();
    for (FakeSecrets.Kind kind : FakeSecrets.KINDS) {
      for (int rep = 0; rep < 3; rep++) {
        for (String ctx : FakeSecrets.CONTEXTS) {
          FakeSecrets.Sample s = kind.make().apply(r);
          String text = ctx.formatted(s.text());
          int at = text.indexOf(s.secret());
          plain++;
          if (covered(text, at, at + s.secret().length())) {
            plainHit++;
          } else {
            misses.add("plain " + kind.name() + ": " + abbreviate(text));
          }
        }
      }
      for (FakeSecrets.Encoding e : FakeSecrets.ENCODINGS) {
        FakeSecrets.Sample s = kind.make().apply(r);
        String encoded = e.apply().apply(s.text());
        String ctx = FakeSecrets.CONTEXTS.get(r.nextInt(FakeSecrets.CONTEXTS.size()));
        String text = ctx.formatted(encoded);
        int at = text.indexOf(encoded);
        enc++;
        int[] stat = byEncoding.computeIfAbsent(e.name(), k -> new int[2]);
        stat[1]++;
        if (covered(text, at, at + encoded.length())) {
          encHit++;
          stat[0]++;
        } else {
          misses.add(e.name() + " " + kind.name() + ": " + abbreviate(text));
        }
      }
    }
    List<String> negatives = FakeSecrets.hardNegatives(r);
    int fp = 0;
    List<String> fps = new ArrayList<>();
    for (String n : negatives) {
      ScanReport rep = scanner.scan(n);
      if (!rep.clean()) {
        fp++;
        fps.add(rep.findings().get(0).ruleId() + ": " + abbreviate(n));
      }
    }
    double recallPlain = 100.0 * plainHit / plain;
    double recallEnc = 100.0 * encHit / enc;
    double fpr = 100.0 * fp / negatives.size();
    System.out.printf("kinds=%d plain recall %.2f%% (%d/%d), encoded recall %.2f%% (%d/%d), FPR %.2f%% (%d/%d)%n",
        FakeSecrets.KINDS.size(), recallPlain, plainHit, plain, recallEnc, encHit, enc, fpr, fp, negatives.size());
    byEncoding.forEach((k, v) -> System.out.printf("  %-16s %d/%d%n", k, v[0], v[1]));
    misses.stream().limit(80).forEach(m -> System.out.println("MISS " + m));
    fps.forEach(m -> System.out.println("FP   " + m));
    assertThat(recallPlain).as("plain recall").isGreaterThanOrEqualTo(98.0);
    assertThat(recallEnc).as("encoded recall").isGreaterThanOrEqualTo(95.0);
    assertThat(fpr).as("false-positive rate").isLessThanOrEqualTo(1.0);
  }

  private boolean covered(String text, int start, int end) {
    for (Finding f : scanner.scan(text).findings()) {
      if (f.start() < end && start < f.end()) {
        return true;
      }
    }
    return false;
  }

  private static String abbreviate(String s) {
    String one = s.replace("\n", "\\n");
    return one.length() > 160 ? one.substring(0, 160) + "..." : one;
  }
}
