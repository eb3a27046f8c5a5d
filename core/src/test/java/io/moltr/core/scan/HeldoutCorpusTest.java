package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.HeldoutCorpus.Sample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Held-out ("blind") corpus: credentials of 100+ kinds written from providers' documented formats,
 * printed in realistic agent outputs, plain and under two dozen encodings, plus hard negatives.
 * Prints recall, false-positive rate and every miss and false alarm, and holds the scanner to the
 * targets: plain recall >= 98%, encoded recall >= 95%, false-positive rate <= 1%.
 */
class HeldoutCorpusTest {

  static final class Tally {
    int hit;
    int total;

    void add(boolean ok) {
      total++;
      if (ok) {
        hit++;
      }
    }

    String pct() {
      return total == 0 ? "-" : String.format("%6.2f%% (%d/%d)", 100.0 * hit / total, hit, total);
    }
  }

  static String oneLine(String s, int max) {
    String t = s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    return t.length() <= max ? t : t.substring(0, max) + "...";
  }

  static String around(String text, int start, int end, int pad) {
    int a = Math.max(0, start - pad);
    int b = Math.min(text.length(), end + pad);
    return (a > 0 ? "..." : "") + oneLine(text.substring(a, b), 2 * pad + (end - start) + 20) + (b < text.length() ? "..." : "");
  }

  /** Where a plain sample's value sits in its text (blocks may be re-indented or escaped). */
  static int[] region(Sample s) {
    int i = s.text().indexOf(s.value());
    if (i >= 0) {
      return new int[] {i, i + s.value().length()};
    }
    String[] ls = s.value().split("\n");
    String head = ls[0].substring(0, Math.min(16, ls[0].length()));
    String last = ls[ls.length - 1];
    String tail = last.substring(Math.max(0, last.length() - 16));
    int a = s.text().indexOf(head);
    int b = s.text().lastIndexOf(tail);
    if (a >= 0 && b >= a) {
      return new int[] {a, b + tail.length()};
    }
    return new int[] {0, s.text().length()};
  }

  @Test
  void heldoutCorpus() throws IOException {
    OutputScanner scanner = Fixtures.scanner();
    List<Sample> samples = HeldoutCorpus.samples();

    Tally plain = new Tally();
    Tally encoded = new Tally();
    Tally negatives = new Tally();
    Map<String, Tally[]> byKind = new TreeMap<>();
    Map<String, Tally> byEncoding = new TreeMap<>();
    Map<String, Tally> byEncodingBase = new TreeMap<>();
    Map<String, Tally> byContext = new TreeMap<>();
    Map<String, Tally> byNegCategory = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    List<String> falseAlarms = new ArrayList<>();
    List<String> unredacted = new ArrayList<>();
    List<String> elsewhere = new ArrayList<>();

    for (Sample s : samples) {
      ScanReport rep = scanner.scan(s.text());
      if (!s.positive()) {
        boolean fp = !rep.clean();
        negatives.add(fp);
        byNegCategory.computeIfAbsent(s.kind(), x -> new Tally()).add(fp);
        if (fp) {
          StringBuilder sb = new StringBuilder("#" + s.id() + " [" + s.kind() + "]");
          for (Finding f : rep.findings()) {
            sb.append("\n      ").append(f.ruleId()).append(" (").append(f.name()).append(", decoding=").append(f.decoding()).append(", conf=")
                .append(f.confidence()).append(") at ").append(f.start()).append('-').append(f.end()).append(": ")
                .append(around(s.text(), f.start(), f.end(), 40));
          }
          falseAlarms.add(sb.toString());
        }
        continue;
      }
      boolean detected;
      if (s.encoded()) {
        detected = !rep.clean();
      } else {
        int[] reg = region(s);
        detected = false;
        for (Finding f : rep.findings()) {
          if (f.start() < reg[1] && f.end() > reg[0]) {
            detected = true;
            break;
          }
        }
        if (!detected && !rep.clean()) {
          elsewhere.add("#" + s.id() + " [" + s.kind() + " / " + s.context() + "] finding(s) outside the value: "
              + rep.findings().stream().map(f -> f.ruleId() + "@" + f.start()).toList());
        }
        if (!rep.clean() && rep.redacted().contains(s.probe())) {
          unredacted.add("#" + s.id() + " [" + s.kind() + " / " + s.context() + "] probe " + oneLine(s.probe(), 60) + " still in redacted text");
        }
      }
      (s.encoded() ? encoded : plain).add(detected);
      Tally[] kt = byKind.computeIfAbsent(s.kind(), x -> new Tally[] {new Tally(), new Tally()});
      kt[s.encoded() ? 1 : 0].add(detected);
      if (s.encoded()) {
        byEncoding.computeIfAbsent(s.encoding(), x -> new Tally()).add(detected);
        byEncodingBase.computeIfAbsent(s.encoding().replaceAll("/.*", ""), x -> new Tally()).add(detected);
      } else {
        byContext.computeIfAbsent(s.context(), x -> new Tally()).add(detected);
      }
      if (!detected) {
        String ex;
        if (s.encoded()) {
          ex = oneLine(s.text(), 220);
        } else {
          int[] reg = region(s);
          ex = around(s.text(), reg[0], Math.min(reg[1], reg[0] + 120), 50);
        }
        misses.add("#" + s.id() + " [" + s.kind() + " / " + s.context() + " / " + s.encoding() + "] " + ex);
      }
    }

    StringBuilder out = new StringBuilder();
    out.append("=== Held-out corpus (seed 0x").append(Long.toHexString(HeldoutCorpus.SEED).toUpperCase()).append(") ===\n");
    out.append("kinds: ").append(byKind.size()).append(", encodings: ").append(byEncodingBase.size()).append(", contexts: ").append(byContext.size())
        .append(", negative categories: ").append(byNegCategory.size()).append('\n');
    out.append("plain recall:   ").append(plain.pct()).append('\n');
    out.append("encoded recall: ").append(encoded.pct()).append('\n');
    out.append("false positives: ").append(negatives.pct()).append('\n');
    out.append("plain detections with findings only outside the value (counted as misses): ").append(elsewhere.size()).append('\n');
    out.append("plain detections whose redacted text still holds the secret: ").append(unredacted.size()).append('\n');
    section(out, "per kind (plain | encoded)", byKind, t -> t[0].pct() + " | " + t[1].pct());
    section(out, "per encoding", byEncodingBase, Tally::pct);
    section(out, "per encoding and scope", byEncoding, Tally::pct);
    section(out, "per context (plain)", byContext, Tally::pct);
    section(out, "per negative category (false alarms)", byNegCategory, Tally::pct);
    out.append("\n--- misses (").append(misses.size()).append(") ---\n");
    misses.forEach(m -> out.append("  ").append(m).append('\n'));
    out.append("\n--- false alarms (").append(falseAlarms.size()).append(") ---\n");
    falseAlarms.forEach(m -> out.append("  ").append(m).append('\n'));
    out.append("\n--- findings outside the value ---\n");
    elsewhere.forEach(m -> out.append("  ").append(m).append('\n'));
    out.append("\n--- secret left in redacted text ---\n");
    unredacted.forEach(m -> out.append("  ").append(m).append('\n'));
    System.out.println(out);
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("heldout-report.txt"), out.toString());
    }

    double plainRecall = (double) plain.hit / plain.total;
    double encodedRecall = (double) encoded.hit / encoded.total;
    double fpr = (double) negatives.hit / negatives.total;
    assertThat(plain.total).as("plain positives").isGreaterThanOrEqualTo(400);
    assertThat(negatives.total).as("negatives").isGreaterThanOrEqualTo(400);
    assertThat(unredacted).as("blocked plain positives must be redacted").isEmpty();
    assertThat(plainRecall).as("plain recall").isGreaterThanOrEqualTo(0.98);
    assertThat(encodedRecall).as("encoded recall").isGreaterThanOrEqualTo(0.95);
    assertThat(fpr).as("false-positive rate").isLessThanOrEqualTo(0.01);
  }

  static <T> void section(StringBuilder out, String title, Map<String, T> m, Function<T, String> f) {
    out.append("\n--- ").append(title).append(" ---\n");
    m.forEach((k, v) -> out.append(String.format("  %-36s %s%n", k, f.apply(v))));
  }
}
