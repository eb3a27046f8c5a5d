package io.moltr.core.inbound;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a phrase rule's match can begin. Most rules read {@code \b(?:ignore|disregard|...)...}:
 * every match starts at a word beginning with one of a few literal prefixes. {@link #of} reads
 * those prefixes off the regex text (conservatively: any branch it cannot read makes the answer
 * null), and {@link Index} finds, in one pass over the word starts of a text, the positions
 * where each rule may match. The rule's regex then runs anchored at those positions only, instead
 * of sliding RE2/J's automaton over every character.
 */
final class Leads {
  private Leads() {}

  /**
   * The lower-case prefixes every match of {@code regex} starts with, at a word boundary; null
   * when some branch does not begin with {@code \b} and a literal (or a group of such branches).
   */
  static List<String> of(String regex) {
    Set<String> out = new TreeSet<>();
    return alternatives(regex, 0, regex.length(), false, "", out) && !out.isEmpty() ? List.copyOf(out) : null;
  }

  /** Prefixes stop growing at this length: long enough to be rare, short enough to stay few. */
  private static final int MAX_LEAD = 24;

  private static boolean alternatives(String r, int from, int to, boolean bounded, String acc, Set<String> out) {
    for (int[] alt : split(r, from, to)) {
      if (!branch(r, alt[0], alt[1], bounded, acc, out)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds the prefixes of branch r[at, to) to {@code out}, each extending {@code acc} (the literal
   * read before this group). A prefix grows through letters and through {@code \s+} (written as
   * one space: the flat text has single spaces), into a required group (one prefix per
   * alternative), and stops before anything optional or not literal.
   */
  private static boolean branch(String r, int at, int to, boolean bounded, String acc, Set<String> out) {
    int i = at;
    if (acc.isEmpty() && r.startsWith("\\b", i)) {
      bounded = true;
      i += 2;
    }
    StringBuilder lead = new StringBuilder(acc);
    while (i < to && lead.length() < MAX_LEAD) {
      if (r.startsWith("(?:", i) || r.startsWith("(?i:", i)) {
        int close = closing(r, i, to);
        if (close < 0) {
          return false;
        }
        int content = r.indexOf(':', i) + 1;
        int after = close + 1;
        boolean optional = after < to && "?*{".indexOf(r.charAt(after)) >= 0;
        if (!optional) {
          return alternatives(r, content, close, bounded, lead.toString(), out);
        }
        if (lead.length() > 0) {
          break; // the match goes on differently with or without the group: stop here
        }
        // An optional group first: the match starts with it, or with what follows it.
        if (!alternatives(r, content, close, bounded, "", out)) {
          return false;
        }
        after = r.charAt(after) == '{' ? r.indexOf('}', after) + 1 : after + 1;
        if (after < to && r.charAt(after) == '?') {
          after++;
        }
        return after > 0 && branch(r, after, to, bounded, "", out);
      }
      if (lead.length() == 0 && !bounded) {
        return false;
      }
      char c = r.charAt(i);
      if (literal(c)) {
        char next = i + 1 < to ? r.charAt(i + 1) : 0;
        if (next == '?' || next == '*' || next == '{') {
          break; // this letter is optional
        }
        lead.append(Character.toLowerCase(c));
        if (next == '+') {
          break;
        }
        i++;
      } else if (r.startsWith("\\s+", i) && lead.length() > 0 && lead.charAt(lead.length() - 1) != ' '
          && (i + 3 >= to || "?*{+".indexOf(r.charAt(i + 3)) < 0)) {
        lead.append(' ');
        i += 3;
      } else {
        break;
      }
    }
    if (lead.length() == 0 || lead.charAt(0) == ' ') {
      return false;
    }
    out.add(lead.toString());
    return true;
  }

  private static boolean literal(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'';
  }

  /** [start, end) of each top-level alternative of r[from, to). */
  static List<int[]> split(String r, int from, int to) {
    List<int[]> alts = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int i = from; i < to; i = step(r, i, to)) {
      char c = r.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (c == '|' && depth == 0) {
        alts.add(new int[] {start, i});
        start = i + 1;
      }
    }
    alts.add(new int[] {start, to});
    return alts;
  }

  /** The index of the ')' closing the '(' at {@code open}, or -1. */
  static int closing(String r, int open, int to) {
    int depth = 0;
    for (int i = open; i < to; i = step(r, i, to)) {
      char c = r.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (c == ')' && depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The index after the atom at i: an escape and a character class are read whole (their parens and bars are literal). */
  static int step(String r, int i, int to) {
    char c = r.charAt(i);
    return c == '\\' ? i + 2 : c == '[' ? classEnd(r, i, to) + 1 : i + 1;
  }

  static int classEnd(String r, int open, int to) {
    int i = open + 1;
    if (i < to && r.charAt(i) == '^') {
      i++;
    }
    if (i < to && r.charAt(i) == ']') {
      i++;
    }
    for (; i < to; i++) {
      char c = r.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == ']') {
        return i;
      }
    }
    return to;
  }

  /** RE2/J's \b: a word character is an ASCII letter, digit or underscore. */
  static boolean wordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /** A trie of every rule's lead prefixes over the symbols a-z, 0-9 and the apostrophe. */
  static final class Index {
    private static final int SYMBOLS = 38;
    private static final int SPACE = 37;
    private final int rules;
    private int[] next = new int[SYMBOLS * 64];
    private int[][] ending = new int[64][];
    private int nodes = 1;

    /** {@code leads.get(i)}: rule i's prefixes, or null for a rule not indexed. */
    Index(List<List<String>> leads) {
      rules = leads.size();
      Arrays.fill(next, -1);
      for (int rule = 0; rule < rules; rule++) {
        if (leads.get(rule) == null) {
          continue;
        }
        for (String lead : leads.get(rule)) {
          int node = 0;
          for (int i = 0; i < lead.length(); i++) {
            int s = symbol(lead.charAt(i));
            if (next[node * SYMBOLS + s] < 0) {
              grow();
              next[node * SYMBOLS + s] = nodes++;
            }
            node = next[node * SYMBOLS + s];
          }
          ending[node] = append(ending[node] == null ? new int[0] : ending[node], rule);
        }
      }
      for (int i = 0; i < nodes; i++) {
        if (ending[i] != null) {
          ending[i] = Arrays.stream(ending[i]).distinct().sorted().toArray();
        }
      }
    }

    private void grow() {
      if ((nodes + 1) * SYMBOLS > next.length) {
        int old = next.length;
        next = Arrays.copyOf(next, old * 2);
        Arrays.fill(next, old, next.length, -1);
        ending = Arrays.copyOf(ending, ending.length * 2);
      }
    }

    private static int[] append(int[] a, int v) {
      int[] b = Arrays.copyOf(a, a.length + 1);
      b[a.length] = v;
      return b;
    }

    private static int symbol(char c) {
      if (c >= 'a' && c <= 'z') {
        return c - 'a';
      }
      if (c >= '0' && c <= '9') {
        return 26 + c - '0';
      }
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
        return SPACE;
      }
      return c == '\'' ? 36 : -1;
    }

    /** True when one of the prefixes begins at {@code p} of {@code lower}, the lower-cased text. */
    boolean startsAt(String lower, int p) {
      int node = 0;
      int last = -1;
      for (int i = p; i < lower.length(); i++) {
        int s = symbol(lower.charAt(i));
        if (s == SPACE && last == SPACE) {
          continue;
        }
        last = s;
        if (s < 0 || (node = next[node * SYMBOLS + s]) < 0) {
          return false;
        }
        if (ending[node] != null) {
          return true;
        }
      }
      return false;
    }

    /**
     * For each rule, the ascending word starts of {@code lower} (the lower-cased text) where one
     * of its prefixes begins; null for a rule with none.
     */
    int[][] candidates(String lower) {
      int[][] out = new int[rules][];
      int[] counts = new int[rules];
      int n = lower.length();
      boolean prevWord = false;
      for (int p = 0; p < n; p++) {
        char c = lower.charAt(p);
        boolean word = wordChar(c);
        if (word && !prevWord) {
          int node = 0;
          int last = -1;
          for (int i = p; i < n; i++) {
            int s = symbol(lower.charAt(i));
            if (s == SPACE && last == SPACE) {
              continue; // \s+ reads a run of white space as one
            }
            last = s;
            if (s < 0 || (node = next[node * SYMBOLS + s]) < 0) {
              break;
            }
            int[] e = ending[node];
            if (e != null) {
              for (int rule : e) {
                int k = counts[rule];
                if (k > 0 && out[rule][k - 1] == p) {
                  continue;
                }
                if (out[rule] == null) {
                  out[rule] = new int[8];
                } else if (k == out[rule].length) {
                  out[rule] = Arrays.copyOf(out[rule], k * 2);
                }
                out[rule][k] = p;
                counts[rule] = k + 1;
              }
            }
          }
        }
        prevWord = word;
      }
      for (int rule = 0; rule < rules; rule++) {
        if (out[rule] != null) {
          out[rule] = Arrays.copyOf(out[rule], counts[rule]);
        }
      }
      return out;
    }
  }
}
