package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.BlindCorpus.Positive;
import io.moltr.core.scan.BlindNegatives.Negative;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A second corpus, written from the providers' documented formats without reading the scanner's
 * rules or the first corpus, so that it does not share their blind spots. Prints recall per kind
 * and per encoding and every miss and false positive (secret masked), and holds the scanner to
 * the targets: plain recall at least 98%, encoded at least 95%, false positives at most 1%.
 */
class BlindCorpusTest {
  private static final long SEED = 0x5EC12E7L;
  private static final int PLAIN_PER_KIND = 10;
  private static final int NEGATIVES_PER_CATEGORY = 18;

  private final OutputScanner scanner = Fixtures.scanner();

  @Test
  void blindCorpusMeetsTargets() {
    Random r = new Random(SEED);
    List<Positive> positives = BlindCorpus.positives(r, PLAIN_PER_KIND);
    List<Negative> negatives = BlindNegatives.negatives(r, NEGATIVES_PER_CATEGORY);

    Map<String, int[]> byKindPlain = new TreeMap<>();
    Map<String, int[]> byKindEncoded = new TreeMap<>();
    Map<String, int[]> byEncoding = new TreeMap<>();
    int[] plain = new int[2];
    int[] encoded = new int[2];
    List<String> misses = new ArrayList<>();
    for (Positive p : positives) {
      boolean hit = covered(p);
      boolean isPlain = p.encoding().equals("plain");
      count(isPlain ? plain : encoded, hit);
      count((isPlain ? byKindPlain : byKindEncoded).computeIfAbsent(p.kind(), k -> new int[2]), hit);
      if (!isPlain) {
        count(byEncoding.computeIfAbsent(p.encoding(), k -> new int[2]), hit);
      }
      if (!hit) {
        misses.add(p.kind() + " / " + p.encoding() + ": " + masked(p));
      }
    }
    int fp = 0;
    List<String> falsePositives = new ArrayList<>();
    for (Negative n : negatives) {
      ScanReport rep = scanner.scan(n.text());
      if (!rep.clean()) {
        fp++;
        Finding f = rep.findings().get(0);
        falsePositives.add(n.category() + " <- " + f.ruleId() + " " + f.decoding() + ": "
            + oneLine(n.text().substring(Math.max(0, f.start() - 40), Math.min(n.text().length(), f.end() + 20))));
      }
    }

    double recallPlain = percent(plain);
    double recallEncoded = percent(encoded);
    double fpr = 100.0 * fp / negatives.size();
    System.out.printf("blind corpus: %d kinds, %d encodings; plain recall %.2f%% (%d/%d), encoded recall %.2f%% (%d/%d),"
            + " FPR %.2f%% (%d/%d)%n", BlindCredentials.KINDS.size(), BlindEncodings.ALL.size(), recallPlain, plain[0],
        plain[1], recallEncoded, encoded[0], encoded[1], fpr, fp, negatives.size());
    System.out.println("per kind (plain, encoded):");
    byKindPlain.forEach((k, v) -> {
      int[] e = byKindEncoded.getOrDefault(k, new int[2]);
      System.out.printf("  %-24s %3d/%-3d %3d/%-3d%s%n", k, v[0], v[1], e[0], e[1],
          percent(v) < 98.0 || percent(e) < 95.0 ? "  <" : "");
    });
    System.out.println("per encoding:");
    byEncoding.forEach((k, v) -> System.out.printf("  %-20s %3d/%-3d%s%n", k, v[0], v[1], percent(v) < 95.0 ? "  <" : ""));
    misses.forEach(m -> System.out.println("MISS " + m));
    falsePositives.forEach(m -> System.out.println("FP   " + m));

    assertThat(positives.stream().filter(p -> p.encoding().equals("plain")).count()).isGreaterThanOrEqualTo(600);
    assertThat(negatives).hasSizeGreaterThanOrEqualTo(400);
    assertThat(recallPlain).as("plain recall").isGreaterThanOrEqualTo(98.0);
    assertThat(recallEncoded).as("encoded recall").isGreaterThanOrEqualTo(95.0);
    assertThat(fpr).as("false-positive rate").isLessThanOrEqualTo(1.0);
  }

  private boolean covered(Positive p) {
    for (Finding f : scanner.scan(p.text()).findings()) {
      if (f.start() < p.end() && p.start() < f.end()) {
        return true;
      }
    }
    return false;
  }

  private static void count(int[] stat, boolean hit) {
    stat[1]++;
    if (hit) {
      stat[0]++;
    }
  }

  private static double percent(int[] stat) {
    return stat[1] == 0 ? 100.0 : 100.0 * stat[0] / stat[1];
  }

  /** The sample with its secret cut to the first four characters and its length. */
  private static String masked(Positive p) {
    String secret = p.text().substring(p.start(), p.end());
    String head = secret.codePoints().limit(4).collect(StringBuilder::new, StringBuilder::appendCodePoint,
        StringBuilder::append).toString();
    String shown = p.text().substring(Math.max(0, p.start() - 50), p.start()) + "[" + head + "…" + secret.length()
        + "]" + p.text().substring(p.end(), Math.min(p.text().length(), p.end() + 30));
    return oneLine(shown);
  }

  private static String oneLine(String s) {
    String one = s.replace("\n", "\\n");
    return one.length() > 200 ? one.substring(0, 200) + "..." : one;
  }
}
