package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moltr.core.scan.Blind13Corpus.Label;
import io.moltr.core.scan.Blind13Corpus.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Runs the blind13 corpus through the shipped scanner and reports recall and false positives. */
class Blind13CorpusTest {
  // Floors: the counts after the blind13 fixes (first run: plain 253, encoded 209, FP 0).
  static final int PLAIN_FLOOR = 260;
  static final int ENCODED_FLOOR = 240;
  static final int FP_CEILING = 0;

  record Outcome(Row row, boolean flagged, List<String> rules, List<String> twinRules, String findings) {
    boolean caught() {
      if (!flagged) {
        return false;
      }
      Map<String, Integer> left = new HashMap<>();
      for (String t : twinRules) {
        left.merge(t, 1, Integer::sum);
      }
      for (String rule : rules) {
        int n = left.getOrDefault(rule, 0);
        if (n == 0) {
          return true;
        }
        left.put(rule, n - 1);
      }
      return false;
    }
  }

  static final class Tally {
    int hit;
    int total;

    String pct() {
      return total == 0 ? "-" : String.format("%.1f%%", 100.0 * hit / total);
    }
  }

  static List<String> ruleIds(ScanReport rep) {
    List<String> out = new ArrayList<>();
    for (Finding f : rep.findings()) {
      out.add(f.ruleId());
    }
    return out;
  }

  static String excerpt(Row row) {
    String t = row.text();
    if (row.twin() == null) {
      return "";
    }
    int p = 0;
    while (p < t.length() && p < row.twin().length() && t.charAt(p) == row.twin().charAt(p)) {
      p++;
    }
    int from = Math.max(0, p - 50);
    int to = Math.min(t.length(), p + 150);
    return t.substring(from, to).replace("\n", "\\n");
  }

  @Test
  void corpusReport() throws IOException {
    OutputScanner scanner = Fixtures.scanner();
    List<Outcome> outcomes = new ArrayList<>();
    for (Row row : Blind13Corpus.rows()) {
      ScanReport rep = scanner.scan(row.text());
      List<String> twin = row.twin() == null ? List.of() : ruleIds(scanner.scan(row.twin()));
      StringBuilder fs = new StringBuilder();
      for (Finding f : rep.findings()) {
        String s = f.toString();
        fs.append(s, 0, Math.min(s.length(), 220)).append("; ");
      }
      outcomes.add(new Outcome(row, !rep.clean(), ruleIds(rep), twin, fs.toString()));
    }

    Tally plain = new Tally();
    Tally enc = new Tally();
    Tally neg = new Tally();
    Tally twinsFlagged = new Tally();
    Map<String, Tally> byKindPlain = new TreeMap<>();
    Map<String, Tally> byKindEnc = new TreeMap<>();
    Map<String, Tally> byEnc = new TreeMap<>();
    Map<String, Tally> byFormatPlain = new TreeMap<>();
    Map<String, Tally> byFormatEnc = new TreeMap<>();
    Map<String, Tally> byNegGen = new TreeMap<>();
    Map<String, Tally> byNegFormat = new TreeMap<>();
    StringBuilder misses = new StringBuilder();
    StringBuilder fps = new StringBuilder();
    for (Outcome o : outcomes) {
      Row r = o.row();
      if (r.label() == Label.NEGATIVE) {
        neg.total++;
        byNegGen.computeIfAbsent(r.kind(), k -> new Tally()).total++;
        byNegFormat.computeIfAbsent(r.format(), k -> new Tally()).total++;
        if (o.flagged()) {
          neg.hit++;
          byNegGen.get(r.kind()).hit++;
          byNegFormat.get(r.format()).hit++;
          fps.append(String.format("FP  #%d %s/%s rules=%s %s%n", r.id(), r.kind(), r.format(), o.rules(), o.findings()));
        }
        continue;
      }
      boolean c = o.caught();
      Tally t = r.label() == Label.PLAIN ? plain : enc;
      t.total++;
      twinsFlagged.total++;
      if (!o.twinRules().isEmpty()) {
        twinsFlagged.hit++;
      }
      Map<String, Tally> kindMap = r.label() == Label.PLAIN ? byKindPlain : byKindEnc;
      Map<String, Tally> fmtMap = r.label() == Label.PLAIN ? byFormatPlain : byFormatEnc;
      Tally k = kindMap.computeIfAbsent(r.kind(), x -> new Tally());
      Tally f = fmtMap.computeIfAbsent(r.format(), x -> new Tally());
      Tally e = r.label() == Label.ENCODED ? byEnc.computeIfAbsent(r.encoding(), x -> new Tally()) : new Tally();
      k.total++;
      f.total++;
      e.total++;
      if (c) {
        t.hit++;
        k.hit++;
        f.hit++;
        e.hit++;
      } else {
        misses.append(String.format("MISS #%d %s %s enc=%s fmt=%s rules=%s twin=%s :: %s%n", r.id(), r.label(), r.kind(), r.encoding(),
            r.format(), o.rules(), o.twinRules(), excerpt(r)));
      }
    }

    StringBuilder rep = new StringBuilder();
    rep.append(String.format("blind13: plain recall %d/%d (%s), encoded recall %d/%d (%s), false positives %d/%d (%s)%n",
        plain.hit, plain.total, plain.pct(), enc.hit, enc.total, enc.pct(), neg.hit, neg.total, neg.pct()));
    rep.append(String.format("positive rows whose twin (credential replaced) was flagged anyway: %d/%d%n%n", twinsFlagged.hit, twinsFlagged.total));
    table(rep, "plain recall by kind", byKindPlain);
    table(rep, "encoded recall by kind", byKindEnc);
    table(rep, "encoded recall by encoding", byEnc);
    table(rep, "plain recall by format", byFormatPlain);
    table(rep, "encoded recall by carrier format", byFormatEnc);
    table(rep, "false positives by negative generator", byNegGen);
    table(rep, "false positives by negative carrier", byNegFormat);
    rep.append("== misses\n").append(misses).append("\n== false positives\n").append(fps);
    String text = rep.toString();
    System.out.println(text);
    Path out = Path.of("target", "blind13-report.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, text);

    assertTrue(plain.hit >= PLAIN_FLOOR, "plain recall fell below the floor: " + plain.hit);
    assertTrue(enc.hit >= ENCODED_FLOOR, "encoded recall fell below the floor: " + enc.hit);
    assertTrue(neg.hit <= FP_CEILING, "false positives rose above the ceiling: " + neg.hit);
  }

  static void table(StringBuilder sb, String title, Map<String, Tally> m) {
    sb.append("== ").append(title).append('\n');
    for (Map.Entry<String, Tally> e : m.entrySet()) {
      sb.append(String.format("  %-28s %4d/%-4d %s%n", e.getKey(), e.getValue().hit, e.getValue().total, e.getValue().pct()));
    }
    sb.append('\n');
  }
}
