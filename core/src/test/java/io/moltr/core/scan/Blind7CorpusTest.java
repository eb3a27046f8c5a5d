package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind7Corpus.Label;
import io.moltr.core.scan.Blind7Corpus.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs the seventh blind corpus through the shipped scanner and prints recall on plain and
 * encoded leaks (per encoding), the false-positive rate, and every miss and false positive.
 * The same report goes to target/blind7-report.txt. The floors are the after-fix figures.
 */
class Blind7CorpusTest {

  // After the fixes: 216/216 plain, 170/174 encoded, 0/470 false positives (first run: 212, 168, 5).
  static final double PLAIN_FLOOR = 216 / 216.0 - 1e-9;
  static final double ENCODED_FLOOR = 170 / 174.0 - 1e-9;
  static final double FP_CEILING = 0 / 470.0 + 1e-9;

  record Outcome(Row row, boolean flagged, String rules) {}

  static String preview(String text, String probe) {
    String flat = text;
    int at = probe.isEmpty() ? -1 : text.indexOf(probe.length() > 24 ? probe.substring(0, 24) : probe);
    int from = at < 0 ? 0 : Math.max(0, at - 60);
    String cut = flat.substring(from, Math.min(flat.length(), from + 180));
    StringBuilder sb = new StringBuilder();
    cut.codePoints().forEach(cp -> {
      if (cp == '\n') {
        sb.append("\\n");
      } else if (cp < 0x20 || (cp >= 0x200b && cp <= 0x206f) || cp == 0xfeff || cp >= 0xe0000) {
        sb.append(String.format("<U+%04X>", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString();
  }

  static String report(List<Outcome> outcomes) {
    StringBuilder sb = new StringBuilder();
    long plain = outcomes.stream().filter(o -> o.row().label() == Label.PLAIN).count();
    long plainHit = outcomes.stream().filter(o -> o.row().label() == Label.PLAIN && o.flagged()).count();
    long enc = outcomes.stream().filter(o -> o.row().label() == Label.ENCODED).count();
    long encHit = outcomes.stream().filter(o -> o.row().label() == Label.ENCODED && o.flagged()).count();
    long neg = outcomes.stream().filter(o -> o.row().label() == Label.NEGATIVE).count();
    long fp = outcomes.stream().filter(o -> o.row().label() == Label.NEGATIVE && o.flagged()).count();
    sb.append(String.format("blind7: %d rows (%d plain, %d encoded, %d negatives)%n", outcomes.size(), plain, enc, neg));
    sb.append(String.format("plain recall   %.2f%% (%d/%d)%n", 100.0 * plainHit / plain, plainHit, plain));
    sb.append(String.format("encoded recall %.2f%% (%d/%d)%n", 100.0 * encHit / enc, encHit, enc));
    sb.append(String.format("FP rate        %.2f%% (%d/%d)%n", 100.0 * fp / neg, fp, neg));
    sb.append("\nper encoding:\n");
    Map<String, List<Outcome>> byEnc = outcomes.stream().filter(o -> o.row().label() == Label.ENCODED)
        .collect(Collectors.groupingBy(o -> o.row().encoding(), TreeMap::new, Collectors.toList()));
    byEnc.forEach((k, v) -> sb.append(String.format("  %-20s %d/%d%n", k,
        v.stream().filter(Outcome::flagged).count(), v.size())));
    sb.append("\nmisses:\n");
    outcomes.stream().filter(o -> o.row().leak() && !o.flagged()).forEach(o -> sb.append(String.format(
        "  %s %-8s %-26s %-18s %-8s | %s%n", o.row().id(), o.row().label(), o.row().kind(), o.row().encoding(),
        o.row().shape(), preview(o.row().text(), o.row().probe()))));
    sb.append("\nfalse positives:\n");
    outcomes.stream().filter(o -> !o.row().leak() && o.flagged()).forEach(o -> sb.append(String.format(
        "  %s %-24s rules=%s | %s%n", o.row().id(), o.row().kind(), o.rules(), preview(o.row().text(), ""))));
    return sb.toString();
  }

  static List<Outcome> run(OutputScanner scanner) {
    return Blind7Corpus.build().stream().map(row -> {
      ScanReport rep = scanner.scan(row.text());
      String rules = rep.findings().stream().map(f -> f.ruleId()).distinct().collect(Collectors.joining(","));
      return new Outcome(row, !rep.clean(), rules);
    }).toList();
  }

  static double rate(List<Outcome> outcomes, Label label) {
    List<Outcome> of = outcomes.stream().filter(o -> o.row().label() == label).toList();
    return (double) of.stream().filter(Outcome::flagged).count() / of.size();
  }

  @Test
  void corpusFigures() throws IOException {
    List<Outcome> outcomes = run(Fixtures.scanner());
    String report = report(outcomes);
    System.out.println(report);
    Path out = Path.of("target", "blind7-report.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    assertThat(rate(outcomes, Label.PLAIN)).as("plain recall").isGreaterThanOrEqualTo(PLAIN_FLOOR);
    assertThat(rate(outcomes, Label.ENCODED)).as("encoded recall").isGreaterThanOrEqualTo(ENCODED_FLOOR);
    assertThat(rate(outcomes, Label.NEGATIVE)).as("false-positive rate").isLessThanOrEqualTo(FP_CEILING);
  }
}
