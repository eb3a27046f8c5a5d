package io.moltr.core.scan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A multi-pattern automaton compiled to a full transition table, so one pass over the text costs
 * two array reads per character whatever the number of patterns. An ASCII character is its own
 * column, so the common step reads no class table; the few non-ASCII characters that patterns
 * hold borrow the columns of control characters no pattern uses, and every other character
 * shares one such column. The table holds 16-bit state numbers in rows of 128, so a step is a
 * shift and a read.
 */
public final class AhoCorasick {
  /** Receives every pattern occurrence; {@code end} is exclusive. */
  public interface Sink {
    void hit(int pattern, int start, int end);
  }

  /**
   * Column of each character; an ASCII character is its own (see {@link #column}), and characters
   * in no pattern share one.
   */
  final char[] classOf = new char[65536];
  /** Columns per row: 128, and more only when patterns leave no control character free. */
  final int width;
  /** log2 of the row length: the row of state s starts at {@code s << shift}. */
  final int shift;
  /**
   * Transitions as state numbers, row s at {@code s << shift}. States are numbered so that every
   * state that reports a pattern comes after all that do not: the hot loop tests for a hit with
   * one comparison that is not on its dependency chain.
   */
  final char[] jump;
  /** The first reporting state. */
  final int firstReporting;
  /** Patterns reported by each state, by state number; null when none. */
  final int[][] out;
  final int[] lengths;
  /** Longest pattern: a stream started this far back reaches the true state. */
  final int maxLength;

  private AhoCorasick(List<String> patterns, boolean ignoreAsciiCase) {
    boolean[] used = new boolean[128];
    List<Character> wide = new ArrayList<>();
    for (String p : patterns) {
      for (int i = 0; i < p.length(); i++) {
        char c = fold(p.charAt(i), ignoreAsciiCase);
        if (c < 128) {
          used[c] = true;
        } else if (!wide.contains(c)) {
          wide.add(c);
        }
      }
    }
    // Control characters that no pattern holds (tab and line breaks aside, which ordinary text
    // is full of) lend their columns: the first to every character in no pattern, the next to
    // the non-ASCII pattern characters, so rows stay 128 wide. Such a control character in the
    // text then steps like the character it lends to: that can add a hit, never lose one, and
    // every hit is checked again by what it opens. Past the free columns, non-ASCII pattern
    // characters share them in turn, with the same effect: a table of 256-wide rows would be
    // twice the size and slower on every text.
    List<Character> free = new ArrayList<>();
    for (char c = 0; c < 128; c = c == 31 ? 127 : (char) (c + 1)) {
      if (!used[c] && c != '\t' && c != '\n' && c != '\r') {
        free.add(c);
      }
    }
    int columns = 128;
    char none = free.isEmpty() ? (char) columns++ : free.remove(0);
    Arrays.fill(classOf, none);
    for (int k = 0; k < wide.size(); k++) {
      classOf[wide.get(k)] = free.isEmpty() ? (char) columns++ : free.get(k % free.size());
    }
    for (int c = 0; c < 128; c++) {
      classOf[c] = (char) c;
    }
    width = columns;
    lengths = new int[patterns.size()];
    maxLength = patterns.stream().mapToInt(String::length).max().orElse(0);
    // Trie first, with growable child tables.
    List<int[]> children = new ArrayList<>();
    List<List<Integer>> outputs = new ArrayList<>();
    children.add(newRow());
    outputs.add(new ArrayList<>());
    for (int pi = 0; pi < patterns.size(); pi++) {
      String p = patterns.get(pi);
      lengths[pi] = p.length();
      int s = 0;
      for (int i = 0; i < p.length(); i++) {
        int cls = classOf[fold(p.charAt(i), ignoreAsciiCase)];
        int t = children.get(s)[cls];
        if (t <= 0) {
          t = children.size();
          children.get(s)[cls] = t;
          children.add(newRow());
          outputs.add(new ArrayList<>());
        }
        s = t;
      }
      outputs.get(s).add(pi);
    }
    int states = children.size();
    if (states >= 65535) {
      throw new IllegalArgumentException("too many patterns for one automaton: " + states + " states");
    }
    char[] next = new char[states * width];
    int[] fail = new int[states];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    // States in breadth-first order: the shallow states, where the text keeps the automaton,
    // get the low numbers, so their rows lie together in the table and in the cache.
    int[] order = new int[states];
    int ordered = 1;
    for (int c = 0; c < width; c++) {
      int t = children.get(0)[c];
      if (t > 0) {
        next[c] = (char) t;
        fail[t] = 0;
        queue.add(t);
      }
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      order[ordered++] = s;
      outputs.get(s).addAll(outputs.get(fail[s]));
      for (int c = 0; c < width; c++) {
        int t = children.get(s)[c];
        if (t > 0) {
          fail[t] = next[fail[s] * width + c];
          next[s * width + c] = (char) t;
          queue.add(t);
        } else {
          next[s * width + c] = next[fail[s] * width + c];
        }
      }
    }
    int[][] outputsOf = new int[states][];
    for (int s = 0; s < states; s++) {
      List<Integer> o = outputs.get(s);
      outputsOf[s] = o.isEmpty() ? null : o.stream().mapToInt(Integer::intValue).distinct().toArray();
    }
    // Renumber: silent states first (the root stays 0), reporting states last.
    int[] number = new int[states];
    int silent = 0;
    for (int s : order) {
      if (outputsOf[s] == null) {
        number[s] = silent++;
      }
    }
    int reporting = silent;
    for (int s : order) {
      if (outputsOf[s] != null) {
        number[s] = reporting++;
      }
    }
    firstReporting = silent;
    shift = 32 - Integer.numberOfLeadingZeros(Math.max(1, width - 1));
    out = new int[states][];
    jump = new char[states << shift];
    for (int s = 0; s < states; s++) {
      out[number[s]] = outputsOf[s];
      int row = number[s] << shift;
      for (int c = 0; c < width; c++) {
        jump[row + c] = (char) number[next[s * width + c]];
      }
      if (ignoreAsciiCase) {
        // Patterns were folded to lower case: an upper-case letter steps as its lower case.
        for (int c = 'A'; c <= 'Z'; c++) {
          jump[row + c] = jump[row + c + 32];
        }
      }
    }
  }

  /** The column of {@code c}: itself when ASCII, which spares the common step a table read. */
  private static int column(char[] classOf, char c) {
    return c < 128 ? c : classOf[c];
  }

  private int[] newRow() {
    int[] row = new int[width];
    Arrays.fill(row, -1);
    return row;
  }

  private static char fold(char c, boolean ignoreAsciiCase) {
    return ignoreAsciiCase && c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  public static AhoCorasick build(List<String> patterns, boolean ignoreAsciiCase) {
    for (String p : patterns) {
      if (p.isEmpty()) {
        throw new IllegalArgumentException("empty pattern");
      }
    }
    return new AhoCorasick(patterns, ignoreAsciiCase);
  }

  /** Below this many characters per stream, interleaving costs more than it saves. */
  static final int MIN_STREAM = 256;
  static final int STREAMS = 8;

  /**
   * Reports every occurrence in {@code text}, in order of end position, and possibly more: where
   * characters share a column (see the constructor) a reported hit may not be one, so a caller
   * checks each against the text. The text is cut into
   * eight parts stepped side by side: each step depends on the state before it, so one stream
   * waits on a load at every character, while eight independent ones overlap those waits.
   */
  public void scan(char[] text, Sink sink) {
    final int n = text.length;
    final int q = n / STREAMS;
    if (q < MIN_STREAM) {
      scan(text, 0, n, sink);
      return;
    }
    final char[] cls = classOf;
    final char[] jp = jump;
    final int sh = shift;
    final int last = firstReporting - 1;
    final int b1 = q;
    final int b2 = 2 * q;
    final int b3 = 3 * q;
    final int b4 = 4 * q;
    final int b5 = 5 * q;
    final int b6 = 6 * q;
    final int b7 = 7 * q;
    int s0 = 0;
    int s1 = warmUp(text, b1);
    int s2 = warmUp(text, b2);
    int s3 = warmUp(text, b3);
    int s4 = warmUp(text, b4);
    int s5 = warmUp(text, b5);
    int s6 = warmUp(text, b6);
    int s7 = warmUp(text, b7);
    Hits held = new Hits(STREAMS);
    // Hit-dense text ("sk-sk-sk-...") would fill the buffers; it reads on as one stream instead.
    // Up to 2q held ints (a hit is two): ordinary text with its short prefixes ("MT", "AC",
    // "NL" also hit inside words) stays on eight streams.
    final int maxHeld = 2 * q;
    for (int i = 0; i < q; i++) {
      s0 = jp[(s0 << sh) + column(cls, text[i])];
      s1 = jp[(s1 << sh) + column(cls, text[b1 + i])];
      s2 = jp[(s2 << sh) + column(cls, text[b2 + i])];
      s3 = jp[(s3 << sh) + column(cls, text[b3 + i])];
      s4 = jp[(s4 << sh) + column(cls, text[b4 + i])];
      s5 = jp[(s5 << sh) + column(cls, text[b5 + i])];
      s6 = jp[(s6 << sh) + column(cls, text[b6 + i])];
      s7 = jp[(s7 << sh) + column(cls, text[b7 + i])];
      // Negative where a state is at or past firstReporting: one test for all eight streams.
      if (((last - s0) | (last - s1) | (last - s2) | (last - s3) | (last - s4) | (last - s5)
          | (last - s6) | (last - s7)) < 0) {
        if (s0 > last) {
          report(s0, i + 1, sink);
        }
        held.add(1, s1, b1 + i + 1, last);
        held.add(2, s2, b2 + i + 1, last);
        held.add(3, s3, b3 + i + 1, last);
        held.add(4, s4, b4 + i + 1, last);
        held.add(5, s5, b5 + i + 1, last);
        held.add(6, s6, b6 + i + 1, last);
        held.add(7, s7, b7 + i + 1, last);
        if (held.total > maxHeld) {
          // Stream 0 has reported every hit ending at or before i + 1; s0 is the state there.
          scanFrom(text, i + 1, n, s0, sink);
          return;
        }
      }
    }
    for (int i = b7 + q; i < n; i++) {
      s7 = jp[(s7 << sh) + column(cls, text[i])];
      held.add(7, s7, i + 1, last);
    }
    held.replay(this, sink);
  }

  /** The state at {@code at}, found by stepping from the root over the characters just before. */
  private int warmUp(char[] text, int at) {
    int s = 0;
    for (int i = Math.max(0, at - maxLength); i < at; i++) {
      s = jump[(s << shift) + column(classOf, text[i])];
    }
    return s;
  }

  private void report(int state, int end, Sink sink) {
    for (int p : out[state]) {
      sink.hit(p, end - lengths[p], end);
    }
  }

  /** Hits of the later streams, held back so that the sink sees them in text order. */
  private static final class Hits {
    private final int[][] data;
    private final int[] size;
    int total;

    Hits(int streams) {
      data = new int[streams][];
      size = new int[streams];
    }

    /** Holds (state, end) for stream k when the state reports. */
    void add(int k, int state, int end, int last) {
      if (state <= last) {
        return;
      }
      int[] d = data[k];
      int sz = size[k];
      if (d == null) {
        d = data[k] = new int[16];
      } else if (sz + 2 > d.length) {
        d = data[k] = Arrays.copyOf(d, d.length * 2);
      }
      d[sz] = state;
      d[sz + 1] = end;
      size[k] = sz + 2;
      total += 2;
    }

    void replay(AhoCorasick ac, Sink sink) {
      for (int k = 1; k < data.length; k++) {
        for (int i = 0; i < size[k]; i += 2) {
          ac.report(data[k][i], data[k][i + 1], sink);
        }
      }
    }
  }

  /** One stream over [from, to); two array reads per character. */
  void scan(char[] text, int from, int to, Sink sink) {
    scanFrom(text, from, to, 0, sink);
  }

  /** One stream over [from, to), starting in the state {@code s}. */
  private void scanFrom(char[] text, int from, int to, int s, Sink sink) {
    final char[] cls = classOf;
    final char[] jp = jump;
    final int sh = shift;
    final int last = firstReporting - 1;
    for (int i = from; i < to; i++) {
      s = jp[(s << sh) + column(cls, text[i])];
      if (s > last) {
        report(s, i + 1, sink);
      }
    }
  }
}
