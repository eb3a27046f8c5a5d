package io.moltr.core.scan;

import java.util.Map;

/** The counting and report lines the blind corpus tests share: hits out of a total per key, one-line texts. */
final class CorpusTally {
  private CorpusTally() {}

  /** Blocked rows out of all rows with one key. */
  static final class Tally {
    int n;
    int hit;

    String fmt() {
      return String.format("%d/%d (%.1f%%)", hit, n, n == 0 ? 0.0 : 100.0 * hit / n);
    }
  }

  static void add(Map<String, Tally> m, String key, boolean hit) {
    Tally t = m.computeIfAbsent(key, k -> new Tally());
    t.n++;
    if (hit) {
      t.hit++;
    }
  }

  /** A text on one line (breaks shown as ⏎), cut at 400 characters. */
  static String oneLine(String s) {
    String x = s.replace("\n", "⏎");
    return x.length() > 400 ? x.substring(0, 400) + "…" : x;
  }

  /** "== title ==" and a "key: hit/n (pct%)" line per key. */
  static void section(StringBuilder sb, String title, Map<String, Tally> m) {
    sb.append("== ").append(title).append(" ==\n");
    m.forEach((k, v) -> sb.append(k).append(": ").append(v.fmt()).append('\n'));
  }
}
