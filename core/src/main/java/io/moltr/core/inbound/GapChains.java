package io.moltr.core.inbound;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * A cheap necessary condition for a phrase rule's match at a candidate start, checked before the
 * rule's regex runs there. Many rules read "lead words, a gap of up to n characters without a
 * sentence end, more words, another gap, ...". RE2/J's automaton keeps a thread for every gap
 * length alive, so an attempt that fails late (a text of "cc cc cc ..." for a rule that wants
 * "send ... data ... to a URL") costs about 40 us. Here each top-level branch of a rule is cut at
 * its top-level gaps into pieces; a match at p needs piece 0's lead at p, then piece 1 (its lead,
 * and its own small regex, which dies within a few characters) at a word start within reach of
 * where piece 0 can end, with no sentence end in between, and so on. Each (piece, position)
 * answer is kept, so the overlapping windows of successive candidates cost once. Only a start
 * that passes runs the rule's full regex, which alone decides the match: a condition that passes
 * too often costs time, never a different answer.
 */
final class GapChains {
  private GapChains() {}

  /** Unbounded, for lengths. */
  static final int INF = 1 << 24;

  private static final String GAP = "[^.!?\\n]{0,";
  private static final String PATH_GAP = "(?:[^.!?\\n]|\\.[^\\s.!?]){0,";

  /**
   * A piece of a branch: its lead prefixes (null: it is tried at every word boundary), its own
   * regex anchored at its start (longest match: the gap after it is measured from its furthest
   * end), the fewest and most characters it can match ({@link #INF} when open; with {@code runs},
   * a run of white space counts one, as {@code \s+} reads it), and the gap after it (0 with
   * {@code last}).
   */
  record Piece(Leads.Index leads, Pattern anchored, int min, int max, boolean runs, int gap, boolean pathGap, boolean last,
      List<String> literals) {}

  /**
   * The pieces of each top-level branch of {@code regex} ({@code flags} is "(?i)" or ""), or
   * null when there is nothing to check apart from the rule's regex (one branch, no gap).
   */
  static Piece[][] of(String flags, String regex) {
    List<int[]> alts = Leads.split(regex, 0, regex.length());
    Piece[][] out = new Piece[alts.size()][];
    boolean useful = false;
    for (int a = 0; a < alts.size(); a++) {
      out[a] = branch(flags, regex.substring(alts.get(a)[0], alts.get(a)[1]));
      if (out[a] == null) {
        return null;
      }
      useful |= out[a].length > 1;
    }
    // Several branches: each is tried alone first (its leads, its own small regex), so that the
    // rule's whole automaton runs only where some branch can match.
    return useful || out.length > 1 ? out : null;
  }

  /** The pieces of one branch, cut short at the first piece whose start cannot be indexed. */
  private static Piece[] branch(String flags, String b) {
    List<String> texts = new ArrayList<>();
    List<int[]> gaps = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < b.length(); ) {
      if (depth == 0 && (b.startsWith(GAP, i) || b.startsWith(PATH_GAP, i))) {
        boolean path = b.startsWith(PATH_GAP, i);
        int digits = i + (path ? PATH_GAP : GAP).length();
        int close = b.indexOf('}', digits);
        int n = Integer.parseInt(b.substring(digits, close));
        texts.add(b.substring(start, i));
        gaps.add(new int[] {n, path ? 1 : 0});
        i = close + 1;
        if (i < b.length() && b.charAt(i) == '?') {
          i++;
        }
        start = i;
        continue;
      }
      char c = b.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      i = Leads.step(b, i, b.length());
    }
    texts.add(b.substring(start));
    List<Piece> pieces = new ArrayList<>();
    for (int k = 0; k < texts.size(); k++) {
      String t = texts.get(k);
      List<String> leads = Leads.of(t);
      if ((leads == null && (k == 0 || !t.startsWith("\\b"))) || anchors(t)) {
        if (k == 0) {
          return null;
        }
        // A piece that can start anywhere (a URL or an e-mail address: "[\\w.+-]+@...") still
        // contains one of some strings ("http", "@", "pastebin"): the last thing checked.
        List<String> literals = anchors(t) ? null : literals(t, 0, t.length());
        if (literals != null) {
          pieces.add(new Piece(null, null, 0, 0, false, 0, false, true, literals));
        }
        break; // what follows is not checked here; the full regex still is
      }
      int[] span = span(t, 0, t.length());
      // A piece after a gap with no literal start ("\\b[oó]rdenes") is tried at every word boundary in reach.
      pieces.add(new Piece(leads == null ? null : new Leads.Index(List.of(leads)), Pattern.compile(flags + "^(?:" + t + ")", Pattern.LONGEST_MATCH), span[0],
          span[1], span[2] == 1, k < gaps.size() ? gaps.get(k)[0] : 0, k < gaps.size() && gaps.get(k)[1] == 1, false, null));
    }
    Piece end = pieces.get(pieces.size() - 1);
    pieces.set(pieces.size() - 1, new Piece(end.leads(), end.anchored(), end.min(), end.max(), end.runs(), 0, false, true, end.literals()));
    return pieces.toArray(new Piece[0]);
  }

  /**
   * Lower-case strings of which every match of r[from, to) contains one, or null when none can be
   * read off it. Per alternative, the element of its sequence (a run of literal characters, or a
   * group that must occur) whose strings are longest.
   */
  static List<String> literals(String r, int from, int to) {
    List<String> out = new ArrayList<>();
    for (int[] alt : Leads.split(r, from, to)) {
      List<String> s = sequenceLiterals(r, alt[0], alt[1]);
      if (s == null) {
        return null;
      }
      for (String x : s) {
        if (!out.contains(x)) {
          out.add(x);
        }
      }
    }
    return out;
  }

  private static List<String> sequenceLiterals(String r, int from, int to) {
    List<String> best = null;
    StringBuilder run = new StringBuilder();
    int i = from;
    while (i < to) {
      char c = r.charAt(i);
      List<String> group = null;
      char literal = 0;
      boolean zeroWidth = false;
      int next;
      if (c == '(') {
        int close = Leads.closing(r, i, to);
        if (close < 0) {
          return null;
        }
        int content = groupContent(r, i);
        if (content < 0) {
          i = r.indexOf(')', i) + 1; // a flag group, (?i): matches nothing
          continue;
        }
        group = literals(r, content, close);
        next = close + 1;
      } else if (c == '\\') {
        char e = i + 1 < to ? r.charAt(i + 1) : 0;
        next = i + 2;
        if (e == 'b' || e == 'B' || e == 'A' || e == 'z') {
          zeroWidth = true;
        } else if (e == 'Q') {
          return null;
        } else if (e == 'p' || e == 'P') {
          next = i + 2 < to && r.charAt(i + 2) == '{' ? r.indexOf('}', i) + 1 : i + 3;
        } else if (e == 'x') {
          next = i + 2 < to && r.charAt(i + 2) == '{' ? r.indexOf('}', i) + 1 : i + 4;
        } else if (e > ' ' && e < 127 && !Character.isLetterOrDigit(e)) {
          literal = e; // an escaped punctuation mark: \\. \\/ \\-
        }
      } else if (c == '[') {
        next = Leads.classEnd(r, i, to) + 1;
      } else if (c == '^' || c == '$') {
        zeroWidth = true;
        next = i + 1;
      } else {
        literal = c != '.' && c >= ' ' && c < 127 ? c : 0;
        next = i + 1;
      }
      int least = 1;
      boolean once = true;
      if (next < to) {
        char q = r.charAt(next);
        if (q == '?' || q == '*' || q == '+') {
          least = q == '+' ? 1 : 0;
          once = false;
          next++;
        } else if (q == '{') {
          int close = r.indexOf('}', next);
          String[] bounds = r.substring(next + 1, close).split(",", -1);
          least = Integer.parseInt(bounds[0]);
          once = least == 1 && bounds.length == 1;
          next = close + 1;
        }
        if (!once && next < to && r.charAt(next) == '?') {
          next++; // lazy
        }
      }
      if (zeroWidth) {
        if (!once) {
          best = longer(best, run);
          run.setLength(0);
        }
        i = next;
        continue;
      }
      if (literal != 0 && once) {
        run.append(Character.toLowerCase(literal));
      } else {
        best = longer(best, run);
        run.setLength(0);
        if (group != null && least >= 1) {
          best = longer(best, group);
        }
      }
      i = next;
    }
    return longer(best, run);
  }

  private static List<String> longer(List<String> best, CharSequence run) {
    return run.length() == 0 ? best : longer(best, List.of(run.toString()));
  }

  /** The set whose shortest string is longer (the rarer to occur by chance). */
  private static List<String> longer(List<String> best, List<String> candidate) {
    if (candidate.isEmpty()) {
      return best;
    }
    if (best == null) {
      return candidate;
    }
    int b = best.stream().mapToInt(String::length).min().orElse(0);
    int c = candidate.stream().mapToInt(String::length).min().orElse(0);
    return c > b || (c == b && candidate.size() < best.size()) ? candidate : best;
  }

  /** A piece with ^, $ or a mode switch reads differently when run on its own. */
  private static boolean anchors(String r) {
    for (int i = 0; i < r.length(); i = Leads.step(r, i, r.length())) {
      char c = r.charAt(i);
      if (c == '^' || c == '$' || r.startsWith("(?m", i) || r.startsWith("(?s", i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {fewest, most, runs}: the characters (UTF-16 units) that r[from, to) can match; most is
   * {@link #INF} when unbounded. A class that may match a supplementary character counts two.
   * {@code \s+} and {@code \s*} read one run of white space: they count one, and runs is 1, when
   * nothing else is unbounded; a text is then walked run by run ({@link Check}).
   */
  static int[] span(String r, int from, int to) {
    int min = INF;
    int max = 0;
    int runs = 0;
    for (int[] alt : Leads.split(r, from, to)) {
      int[] s = sequence(r, alt[0], alt[1]);
      min = Math.min(min, s[0]);
      max = Math.max(max, s[1]);
      runs |= s[2];
    }
    return new int[] {min, max, max >= INF ? 0 : runs};
  }

  private static int[] sequence(String r, int from, int to) {
    long min = 0;
    long max = 0;
    int runs = 0;
    int i = from;
    while (i < to) {
      char c = r.charAt(i);
      int lo;
      int hi;
      int next;
      if (c == '(') {
        int close = Leads.closing(r, i, to);
        if (close < 0) {
          return new int[] {0, INF, 0};
        }
        int content = groupContent(r, i);
        if (content < 0) {
          i = r.indexOf(')', i) + 1; // a flag group, (?i): matches nothing
          continue;
        }
        int[] s = span(r, content, close);
        lo = s[0];
        hi = s[1];
        runs |= s[2];
        next = close + 1;
      } else if (c == '\\') {
        char e = i + 1 < to ? r.charAt(i + 1) : 0;
        next = i + 2;
        if (e == 'b' || e == 'B' || e == 'A' || e == 'z') {
          lo = 0;
          hi = 0;
        } else if (e == 'p' || e == 'P') {
          lo = 1;
          hi = 2;
          next = i + 2 < to && r.charAt(i + 2) == '{' ? r.indexOf('}', i) + 1 : i + 3;
        } else if (e == 'S' || e == 'W' || e == 'D' || e == 'x' || e == 'C') {
          lo = 1;
          hi = 2;
          if (e == 'x' && i + 2 < to && r.charAt(i + 2) == '{') {
            next = r.indexOf('}', i) + 1;
          }
        } else if (e == 'Q') {
          return new int[] {0, INF, 0};
        } else {
          lo = 1;
          hi = 1;
        }
      } else if (c == '[') {
        int end = Leads.classEnd(r, i, to);
        lo = 1;
        hi = 2; // a class may match one supplementary character
        next = end + 1;
      } else if (c == '.') {
        lo = 1;
        hi = 2;
        next = i + 1;
      } else if (c == '^' || c == '$') {
        lo = 0;
        hi = 0;
        next = i + 1;
      } else {
        lo = 1;
        hi = Character.isHighSurrogate(c) ? 2 : 1;
        next = i + (Character.isHighSurrogate(c) ? 2 : 1);
      }
      long qlo = 1;
      long qhi = 1;
      if (next < to) {
        char q = r.charAt(next);
        if (q == '?') {
          qlo = 0;
          next++;
        } else if (q == '*' || q == '+') {
          qlo = q == '*' ? 0 : 1;
          if (r.startsWith("\\s", i) && next == i + 2) {
            runs = 1; // one run of white space, however long
          } else {
            qhi = INF;
          }
          next++;
        } else if (q == '{') {
          int close = r.indexOf('}', next);
          String[] bounds = r.substring(next + 1, close).split(",", -1);
          qlo = Integer.parseInt(bounds[0]);
          qhi = bounds.length == 1 ? qlo : bounds[1].isEmpty() ? INF : Integer.parseInt(bounds[1]);
          next = close + 1;
        }
        if (next < to && r.charAt(next) == '?' && (q == '?' || q == '*' || q == '+' || q == '{')) {
          next++; // lazy
        }
      }
      min = Math.min(INF, min + lo * qlo);
      max = Math.min(INF, max + (hi == 0 ? 0 : hi * qhi));
      i = next;
    }
    return new int[] {(int) min, (int) max, runs};
  }

  /** The condition over one text, for one rule: answers kept per (piece, position). */
  static final class Check {
    private static final int SLOTS = 1024;
    private final Piece[][] branches;
    private final String text;
    private final String lower;
    /** Per branch and piece: positions and answers (1 no, 2 yes) of a direct-mapped cache. */
    private final int[][][] keys;
    private final byte[][][] answers;
    private final Matcher[][] matchers;
    private boolean touched;
    /** Starts that passed and so ran the full regex. */
    int passed;
    /** {@link #lower} with 'ſ' read as 's', as RE2's case folding reads it. */
    private final String search;
    /** Per literal of a piece that can start anywhere ({@link Piece#literals}): where it occurs. */
    private final java.util.Map<String, Occurrences> occurrences = new java.util.HashMap<>();

    Check(Piece[][] branches, String text, String lower) {
      this.branches = branches;
      this.text = text;
      this.lower = lower;
      this.search = lower.indexOf('\u017f') < 0 ? lower : lower.replace('\u017f', 's');
      keys = new int[branches.length][][];
      answers = new byte[branches.length][][];
      matchers = new Matcher[branches.length][];
      for (int b = 0; b < branches.length; b++) {
        keys[b] = new int[branches[b].length][];
        answers[b] = new byte[branches[b].length][];
        matchers[b] = new Matcher[branches[b].length];
      }
    }

    /**
     * False only when no branch can match at p within {@code limit} (the end of the characters
     * the anchored attempt reads).
     */
    boolean possible(int p, int limit) {
      for (int b = 0; b < branches.length; b++) {
        if (from(b, 0, p, limit)) {
          passed++;
          return true;
        }
      }
      return false;
    }

    private boolean from(int b, int i, int y, int limit) {
      Piece pc = branches[b][i];
      if (pc.leads() != null && !pc.leads().startsAt(lower, y)) {
        return false;
      }
      if (i == 0) {
        if (pc.last()) {
          // A branch without gaps: its own regex, apart from the rule's other branches, dies within a few characters.
          return longestEnd(b, 0, y, limit) >= 0;
        }
        // The first piece reads the attempt's own stretch; its regex runs only when its length is open.
        if (pc.max() >= INF) {
          int end = longestEnd(b, 0, y, limit);
          return end >= 0 && window(b, 0, y, end, limit);
        }
        int bound = pc.runs() ? walk(y, pc.max()) : y + pc.max();
        if (!window(b, 0, y, bound, limit)) {
          return false;
        }
        // Passed with the first piece's longest possible length ("do not pay any attention to" for
        // "ignore"): measure the gap again from where it really ends before the full regex runs.
        int end = longestEnd(b, 0, y, limit);
        return end >= 0 && (end >= bound || window(b, 0, y, end, limit));
      }
      if (keys[b][i] == null) {
        keys[b][i] = new int[SLOTS];
        java.util.Arrays.fill(keys[b][i], -1);
        answers[b][i] = new byte[SLOTS];
      }
      int slot = y & (SLOTS - 1);
      if (keys[b][i][slot] == y) {
        return answers[b][i][slot] == 2;
      }
      boolean before = touched;
      touched = false;
      int end = longestEnd(b, i, y, Math.min(text.length(), y + PhraseRules.REACH));
      boolean ok = end >= 0 && (pc.last() || window(b, i, y, end, limit));
      if (!touched) {
        keys[b][i][slot] = y;
        answers[b][i][slot] = (byte) (ok ? 2 : 1);
      }
      touched |= before;
      return ok;
    }

    /**
     * Whether one of {@code literals} lies wholly in [from, to). Each literal's occurrences are found
     * once, front to back, as far as some query has needed them: starts move back and forth.
     */
    private boolean contains(List<String> literals, int from, int to) {
      boolean found = false;
      for (int k = 0; k < literals.size() && !found; k++) {
        String lit = literals.get(k);
        Occurrences o = occurrences.computeIfAbsent(lit, x -> new Occurrences());
        while (o.searched < to - lit.length() + 1) {
          int at = search.indexOf(lit, o.searched);
          if (at < 0) {
            o.searched = Integer.MAX_VALUE;
          } else {
            o.add(at);
            o.searched = at + 1;
          }
        }
        int first = o.firstFrom(from);
        found = first >= 0 && first + lit.length() <= to;
      }
      return found;
    }

    /** The positions of one literal found so far, in order, and where the search goes on. */
    private static final class Occurrences {
      int[] at = new int[8];
      int size;
      int searched;

      void add(int p) {
        if (size == at.length) {
          at = java.util.Arrays.copyOf(at, size * 2);
        }
        at[size++] = p;
      }

      /** The first position at or after {@code from}, or -1. */
      int firstFrom(int from) {
        int k = java.util.Arrays.binarySearch(at, 0, size, from);
        k = k < 0 ? -k - 1 : k;
        return k < size ? at[k] : -1;
      }
    }

    /** The furthest end of {@code units} characters from y, a run of white space counting one. */
    private int walk(int y, int units) {
      int q = y;
      for (int u = 0; u < units && q < text.length(); u++) {
        if (space(text.charAt(q))) {
          while (q < text.length() && space(text.charAt(q))) {
            q++;
          }
        } else {
          q++;
        }
      }
      return q;
    }

    /** RE2's \s. */
    private static boolean space(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** Where the longest match of piece i at y ends within text[y, to), or -1 when it does not match. */
    private int longestEnd(int b, int i, int y, int to) {
      String slice = text.substring(y, to);
      Matcher m = matchers[b][i];
      if (m == null) {
        m = matchers[b][i] = branches[b][i].anchored().matcher(slice);
      } else {
        m.reset(slice);
      }
      return m.lookingAt() ? y + m.end() : -1;
    }

    /**
     * Whether piece i + 1 can start at a word start after piece i (at y) and its gap: at most
     * {@code gap} code points (twice that for a path gap, whose steps may take two) past the
     * furthest end of piece i, none of them a sentence end.
     */
    private boolean window(int b, int i, int y, int from, int limit) {
      Piece pc = branches[b][i];
      Piece next = branches[b][i + 1];
      if (next.literals() != null) {
        // Within REACH of y, not of the attempt's start: looser, but the same for every attempt,
        // so that the answer for (piece, y) is kept.
        return contains(next.literals(), y + Math.max(1, pc.min()), Math.min(text.length(), y + PhraseRules.REACH));
      }
      int allowance = pc.pathGap() ? 2 * pc.gap() : pc.gap();
      int end = Math.min(limit, text.length());
      int used = 0;
      for (int q = y + Math.max(1, pc.min()); q < end; q++) {
        if (q >= from && used > allowance) {
          return false;
        }
        char c = text.charAt(q);
        boolean word = Leads.wordChar(c);
        boolean edge = word != Leads.wordChar(text.charAt(q - 1));
        if (edge && (word || next.leads() == null) && from(b, i + 1, q, limit)) {
          return true;
        }
        if (q >= from) {
          if (stops(c, q, pc.pathGap())) {
            return false;
          }
          if (!Character.isLowSurrogate(c)) {
            used++;
          }
        }
      }
      if (end == limit) {
        touched = true; // a longer stretch might have room for the next piece
      }
      return false;
    }

    /** A character no gap steps over: a sentence end (a path gap steps over a dot inside a word). */
    private boolean stops(char c, int q, boolean path) {
      if (c == '!' || c == '?' || c == '\n') {
        return true;
      }
      if (c != '.') {
        return false;
      }
      if (!path) {
        return true;
      }
      char n = q + 1 < text.length() ? text.charAt(q + 1) : ' ';
      return n == ' ' || n == '\t' || n == '\n' || n == '\r' || n == '\f' || n == '.' || n == '!' || n == '?';
    }
  }

  /**
   * Where the group opened at {@code i} starts to match ("(", "(?:", "(?i:"); -1 for a flag
   * group "(?i)", which matches nothing.
   */
  private static int groupContent(String r, int i) {
    if (!r.startsWith("(?", i)) {
      return i + 1;
    }
    int colon = r.indexOf(':', i);
    int paren = r.indexOf(')', i);
    return paren >= 0 && (colon < 0 || paren < colon) ? -1 : colon + 1;
  }
}
