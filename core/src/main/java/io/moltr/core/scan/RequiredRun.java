package io.moltr.core.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of characters every match of a rule's regex holds, as one character class per position:
 * {@code \b[A-Z]{2}\d{2} ?...} holds two upper-case letters and two digits in a row, and
 * {@code (?i)\b(?:dni|nie)\b[\s\S]{0,120}?\b([0-9XYZ]\d{7}[A-Z])} holds eight digit-like
 * characters. A window with no such run cannot hold a match, so the regex need not run there: a
 * test of a few characters per position, where the regex engine costs tens of nanoseconds per
 * character and a fixed cost per window.
 *
 * <p>The regex's top-level sequence is read: literal characters, classes ({@code [...]},
 * {@code \d \w \s} and their complements, {@code .}), exact counts, groups without alternatives,
 * and a leading {@code (?i)}. An optional, repeated or alternative element ends a run (what
 * follows is at no fixed distance); an unknown element ends the reading. Of the runs read, the one
 * that rules out most text is kept. It is a necessary condition for a match, never more, so a
 * window it rules out changes no finding. A regex with a top-level alternative has none.
 */
public final class RequiredRun {
  /** Longest run kept: a few characters already rule out almost every window. */
  static final int MAX = 8;
  /**
   * Least selectivity worth a test, in bits (7 minus log2 of a class's size, summed): one literal
   * character or a run of two letters is in most windows anyway.
   */
  static final double MIN_BITS = 8;

  /** Per position: ASCII members as two 64-bit sets, and whether non-ASCII characters belong. */
  private final long[] low;
  private final long[] high;
  private final boolean[] other;

  private RequiredRun(List<long[]> classes) {
    int n = classes.size();
    low = new long[n];
    high = new long[n];
    other = new boolean[n];
    for (int i = 0; i < n; i++) {
      low[i] = classes.get(i)[0];
      high[i] = classes.get(i)[1];
      other[i] = classes.get(i)[2] != 0;
    }
  }

  public int length() {
    return low.length;
  }

  /** The run of {@code regex}, or null when none worth testing could be read. */
  public static RequiredRun of(String regex) {
    if (topLevelAlternative(regex, 0, regex.length())) {
      return null;
    }
    Reader reader = new Reader(regex);
    try {
      reader.sequence(0, regex.length());
    } catch (Stop stop) {
      // The reading ends here; the runs read so far still hold.
    } catch (RuntimeException unreadable) {
      // Syntax this reader does not follow (the regex itself compiled): no run, so the regex runs
      // in every window as before. Never a reason to refuse a rule.
      return null;
    }
    List<long[]> best = reader.best();
    return best == null ? null : new RequiredRun(best);
  }

  /** Whether some position in [from, to) starts the run, ending by {@code to}. */
  public boolean occursIn(String t, int from, int to) {
    int n = low.length;
    long l0 = low[0];
    long h0 = high[0];
    boolean o0 = other[0];
    for (int i = from; i + n <= to; i++) {
      if (!member(t.charAt(i), l0, h0, o0)) {
        continue;
      }
      int k = 1;
      while (k < n && member(t.charAt(i + k), low[k], high[k], other[k])) {
        k++;
      }
      if (k == n) {
        return true;
      }
    }
    return false;
  }

  private static boolean member(char c, long low, long high, boolean other) {
    if (c < 64) {
      return (low & (1L << c)) != 0;
    }
    if (c < 128) {
      return (high & (1L << (c - 64))) != 0;
    }
    return other;
  }

  /** Thrown where the fixed prefix ends. */
  private static final class Stop extends RuntimeException {
    Stop() {
      super(null, null, false, false);
    }
  }

  static boolean topLevelAlternative(String re, int from, int to) {
    int depth = 0;
    for (int i = from; i < to; i = unitEnd(re, i)) {
      char c = re.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return true;
      }
    }
    return false;
  }

  /** The index of the ')' that closes the group opened at {@code open}, or -1. */
  private static int closing(String re, int open) {
    int depth = 0;
    for (int i = open; i < re.length(); i = unitEnd(re, i)) {
      char c = re.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The index after the unit at {@code i} as far as grouping goes: an escape is two characters, a
   * bracket class runs to its ']' (one right after '[' or '[^' is a member), anything else is one.
   */
  private static int unitEnd(String re, int i) {
    char c = re.charAt(i);
    if (c == '\\') {
      return i + 2;
    }
    if (c != '[') {
      return i + 1;
    }
    int j = i + 1;
    if (j < re.length() && re.charAt(j) == '^') {
      j++;
    }
    if (j < re.length() && re.charAt(j) == ']') {
      j++;
    }
    while (j < re.length() && re.charAt(j) != ']') {
      j += re.charAt(j) == '\\' ? 2 : 1;
    }
    return j + 1;
  }

  private static final class Reader {
    private final String re;
    private final List<List<long[]>> runs = new ArrayList<>();
    private List<long[]> current = new ArrayList<>();
    /** Inside (?i): letters match in either case. */
    private boolean fold;

    Reader(String re) {
      this.re = re;
    }

    /** The most selective run read, or null. */
    List<long[]> best() {
      close();
      List<long[]> best = null;
      double bestBits = MIN_BITS - 1e-9;
      for (List<long[]> run : runs) {
        double bits = 0;
        for (long[] cls : run) {
          int members = Long.bitCount(cls[0]) + Long.bitCount(cls[1]) + (cls[2] != 0 ? 64 : 0);
          bits += Math.max(0, 7 - Math.log(Math.max(1, members)) / Math.log(2));
        }
        if (bits > bestBits) {
          bestBits = bits;
          best = run;
        }
      }
      return best;
    }

    /** Ends the run being read: what follows is not at a fixed distance from it. */
    private void close() {
      if (!current.isEmpty()) {
        runs.add(current);
        current = new ArrayList<>();
      }
    }

    private void append(long[] cls) {
      if (current.size() < MAX) {
        current.add(cls.clone());
      }
    }

    /** Reads the elements of [from, to). */
    void sequence(int from, int to) {
      int i = from;
      while (i < to) {
        char c = re.charAt(i);
        if (c == '^' || c == '$') {
          i++; // zero width
          continue;
        }
        if (c == '\\' && i + 1 < to && (re.charAt(i + 1) == 'b' || re.charAt(i + 1) == 'B')) {
          i += 2; // zero width
          continue;
        }
        if (c == '(') {
          i = group(i, to);
          continue;
        }
        long[] cls = new long[3];
        int next = atom(i, to, cls);
        i = quantified(next, to, cls);
      }
    }

    /** A group at {@code open}; returns the index after it and its quantifier. */
    private int group(int open, int to) {
      int close = closing(re, open);
      if (close < 0 || close >= to) {
        throw new Stop();
      }
      int body = open + 1;
      if (re.startsWith("?:", body)) {
        body += 2;
      } else if (re.startsWith("?P<", body) || re.startsWith("?<", body)) {
        int gt = re.indexOf('>', body);
        if (gt < 0 || gt > close) {
          throw new Stop();
        }
        body = gt + 1;
      } else if (re.charAt(body) == '?') {
        // Flags: (?s) and (?m) change no character class; (?i) at the very start folds case in
        // all that follows. Flags anywhere else, or scoped ones ((?i:...)), end the reading.
        int j = body + 1;
        boolean caseless = false;
        while (j < close && "smi".indexOf(re.charAt(j)) >= 0) {
          caseless |= re.charAt(j) == 'i';
          j++;
        }
        if (j != close || (caseless && open != 0)) {
          throw new Stop();
        }
        fold |= caseless;
        return close + 1;
      }
      int after = quantifierEnd(close + 1, to);
      if (after > close + 1 || topLevelAlternative(re, body, close)) {
        // Optional, repeated or one of several: its characters are not fixed, and neither is
        // the distance from what came before to what follows.
        close();
        return after;
      }
      sequence(body, close);
      return close + 1;
    }

    /** The index after the quantifier at {@code i} (and its lazy mark), or {@code i} if none. */
    private int quantifierEnd(int i, int to) {
      if (i >= to) {
        return i;
      }
      char q = re.charAt(i);
      int end;
      if (q == '?' || q == '*' || q == '+') {
        end = i + 1;
      } else if (q == '{') {
        int close = re.indexOf('}', i);
        if (close < 0 || close >= to) {
          throw new Stop();
        }
        end = close + 1;
      } else {
        return i;
      }
      return end < to && re.charAt(end) == '?' ? end + 1 : end;
    }

    /** One atom at {@code i} into {@code cls}; returns the index after it. */
    private int atom(int i, int to, long[] cls) {
      char c = re.charAt(i);
      if (c == '[') {
        return charClass(i, to, cls);
      }
      if (c == '\\') {
        if (i + 1 >= to) {
          throw new Stop();
        }
        escape(re.charAt(i + 1), cls);
        return i + 2;
      }
      if (c == '.') {
        cls[0] = ~(1L << '\n');
        cls[1] = -1L;
        cls[2] = 1;
        return i + 1;
      }
      if (c == ')' || c == '|' || c == '*' || c == '+' || c == '?' || c == '{') {
        throw new Stop();
      }
      add(cls, c);
      return i + 1;
    }

    /** A bracket class at {@code open}; returns the index after its ']'. */
    private int charClass(int open, int to, long[] cls) {
      int i = open + 1;
      boolean negated = i < to && re.charAt(i) == '^';
      if (negated) {
        i++;
      }
      long[] members = new long[3];
      boolean first = true;
      while (i < to && (re.charAt(i) != ']' || first)) {
        first = false;
        char c = re.charAt(i);
        if (c == '[') {
          throw new Stop(); // [[:alpha:]] and the like
        }
        char lo;
        if (c == '\\') {
          if (i + 1 >= to) {
            throw new Stop();
          }
          char e = re.charAt(i + 1);
          if (Character.isLetterOrDigit(e)) {
            escape(e, members);
            i += 2;
            continue;
          }
          lo = e;
          i += 2;
        } else {
          lo = c;
          i++;
        }
        if (i + 1 < to && re.charAt(i) == '-' && re.charAt(i + 1) != ']') {
          char hi = re.charAt(i + 1);
          if (hi == '\\' || hi == '[' || hi < lo) {
            throw new Stop();
          }
          for (char x = lo; x <= hi && x < 128; x++) {
            add(members, x);
          }
          if (hi >= 128) {
            members[2] = 1;
          }
          i += 2;
        } else {
          add(members, lo);
        }
      }
      if (i >= to) {
        throw new Stop();
      }
      if (negated) {
        cls[0] = ~members[0];
        cls[1] = ~members[1];
        cls[2] = 1; // non-ASCII characters are outside every class read here
      } else {
        cls[0] = members[0];
        cls[1] = members[1];
        cls[2] = members[2];
      }
      return i + 1;
    }

    /** An escape's characters into {@code cls}: \d \w \s, their complements, or a quoted character. */
    private void escape(char e, long[] cls) {
      long[] set = new long[3];
      switch (Character.toLowerCase(e)) {
        case 'd' -> range(set, '0', '9');
        case 'w' -> {
          range(set, '0', '9');
          range(set, 'A', 'Z');
          range(set, 'a', 'z');
          add(set, '_');
        }
        case 's' -> {
          for (char c : new char[] {' ', '\t', '\n', '\f', '\r'}) {
            add(set, c);
          }
        }
        default -> {
          if (e == 'n' || e == 't' || e == 'r') {
            add(cls, e == 'n' ? '\n' : e == 't' ? '\t' : '\r');
            return;
          }
          if (Character.isLetterOrDigit(e) || e >= 128) {
            throw new Stop(); // \p{L}, \x{..}, \A, \z, back references
          }
          add(cls, e);
          return;
        }
      }
      if (Character.isUpperCase(e)) {
        set[0] = ~set[0];
        set[1] = ~set[1];
        set[2] = 1;
      }
      cls[0] |= set[0];
      cls[1] |= set[1];
      cls[2] |= set[2];
    }

    /** Applies the quantifier at {@code i} (if any) to the atom {@code cls}; returns the next index. */
    private int quantified(int i, int to, long[] cls) {
      int end = quantifierEnd(i, to);
      if (end == i) {
        append(cls);
        return i;
      }
      char q = re.charAt(i);
      int min;
      boolean exact;
      if (q == '{') {
        String spec = re.substring(i + 1, re.indexOf('}', i));
        int comma = spec.indexOf(',');
        try {
          min = Integer.parseInt(comma < 0 ? spec : spec.substring(0, comma));
          exact = comma < 0 || (comma < spec.length() - 1
              && Integer.parseInt(spec.substring(comma + 1)) == min);
        } catch (NumberFormatException e) {
          throw new Stop();
        }
      } else {
        min = q == '+' ? 1 : 0;
        exact = false;
      }
      for (int k = 0; k < min; k++) {
        append(cls);
      }
      if (!exact || min == 0) {
        close();
      }
      return end;
    }

    private void range(long[] cls, char lo, char hi) {
      for (char c = lo; c <= hi; c++) {
        add(cls, c);
      }
    }

    private void add(long[] cls, char c) {
      if (c < 64) {
        cls[0] |= 1L << c;
      } else if (c < 128) {
        cls[1] |= 1L << (c - 64);
        if (fold && Character.isLetter(c)) {
          char o = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
          cls[1] |= 1L << (o - 64);
          if ((c | 32) == 'k' || (c | 32) == 's') {
            cls[2] = 1; // the Kelvin sign and the long s fold to k and s
          }
        }
      } else {
        cls[2] = 1;
        if (fold && (c == '\u212A' || c == '\u017F')) {
          // The Kelvin sign and the long s fold to ASCII letters.
          char ascii = c == '\u212A' ? 'k' : 's';
          cls[1] |= 1L << (ascii - 64);
          cls[1] |= 1L << (Character.toUpperCase(ascii) - 64);
        }
      }
    }
  }
}
