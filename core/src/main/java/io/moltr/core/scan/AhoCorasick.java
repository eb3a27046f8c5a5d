package io.moltr.core.scan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A multi-pattern automaton compiled to a full transition table, so one pass over the text costs
 * two array reads per character whatever the number of patterns. Characters that occur in no
 * pattern share one class, which keeps the table narrow.
 */
final class AhoCorasick {
  /** Receives every pattern occurrence; {@code end} is exclusive. */
  interface Sink {
    void hit(int pattern, int start, int end);
  }

  // Package-private so that Survey can step the automaton inside its own loop.
  final char[] classOf = new char[65536];
  final int width;
  /** Transitions as chars: at most 65535 states, half the cache footprint of ints. */
  final char[] next;
  final int[][] out;
  /** Row offset of the next state; negative (bitwise not) when that state reports patterns. */
  final int[] jump;
  final int[] lengths;
  /** Longest pattern: a stream started this far back reaches the true state. */
  final int maxLength;

  private AhoCorasick(List<String> patterns, boolean ignoreAsciiCase) {
    int classes = 1;
    for (String p : patterns) {
      for (int i = 0; i < p.length(); i++) {
        char c = fold(p.charAt(i), ignoreAsciiCase);
        if (classOf[c] == 0) {
          classOf[c] = (char) classes++;
        }
      }
    }
    if (ignoreAsciiCase) {
      for (char c = 'A'; c <= 'Z'; c++) {
        classOf[c] = classOf[(char) (c + 32)];
      }
    }
    width = classes;
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
    next = new char[states * width];
    int[] fail = new int[states];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
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
    out = new int[states][];
    for (int s = 0; s < states; s++) {
      List<Integer> o = outputs.get(s);
      out[s] = o.isEmpty() ? null : o.stream().mapToInt(Integer::intValue).distinct().toArray();
    }
    // The same table with row offsets instead of state numbers, and outputs flagged by the
    // sign: the hot loop then needs no multiplication and tests one bit for a hit.
    jump = new int[states * width];
    for (int i = 0; i < jump.length; i++) {
      int t = next[i];
      jump[i] = out[t] == null ? t * width : ~(t * width);
    }
  }

  private int[] newRow() {
    int[] row = new int[width];
    Arrays.fill(row, -1);
    return row;
  }

  private static char fold(char c, boolean ignoreAsciiCase) {
    return ignoreAsciiCase && c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  static AhoCorasick build(List<String> patterns, boolean ignoreAsciiCase) {
    for (String p : patterns) {
      if (p.isEmpty()) {
        throw new IllegalArgumentException("empty pattern");
      }
    }
    return new AhoCorasick(patterns, ignoreAsciiCase);
  }

  /** Below this many characters per stream, interleaving costs more than it saves. */
  static final int MIN_STREAM = 256;

  /**
   * Reports every occurrence in {@code text}, in order of end position. The text is cut into
   * four quarters stepped side by side: each step depends on the state before it, so one stream
   * waits on memory at every character, while four independent ones overlap those waits.
   */
  void scan(char[] text, Sink sink) {
    final int n = text.length;
    final int q = n / 4;
    if (q < MIN_STREAM) {
      scan(text, 0, n, sink);
      return;
    }
    final char[] cls = classOf;
    final int[] jp = jump;
    final int b1 = q;
    final int b2 = 2 * q;
    final int b3 = 3 * q;
    int s0 = 0;
    int s1 = warmUp(text, b1);
    int s2 = warmUp(text, b2);
    int s3 = warmUp(text, b3);
    Hits h1 = new Hits();
    Hits h2 = new Hits();
    Hits h3 = new Hits();
    // Hit-dense text ("sk-sk-sk-...") would fill the buffers; it reads on as one stream instead.
    // Up to q held ints (a hit is two): ordinary text with its short prefixes ("MT", "AC",
    // "NL" also hit inside words) stays on four streams.
    final int maxHeld = q;
    for (int i = 0; i < q; i++) {
      int j0 = jp[s0 + cls[text[i]]];
      int j1 = jp[s1 + cls[text[b1 + i]]];
      int j2 = jp[s2 + cls[text[b2 + i]]];
      int j3 = jp[s3 + cls[text[b3 + i]]];
      // A negative entry flags a reporting state; j ^ (j >> 31) recovers its offset either way.
      s0 = j0 ^ (j0 >> 31);
      s1 = j1 ^ (j1 >> 31);
      s2 = j2 ^ (j2 >> 31);
      s3 = j3 ^ (j3 >> 31);
      if ((j0 | j1 | j2 | j3) < 0) {
        if (j0 < 0) {
          report(s0, i + 1, sink);
        }
        if (j1 < 0) {
          h1.add(s1, b1 + i + 1);
        }
        if (j2 < 0) {
          h2.add(s2, b2 + i + 1);
        }
        if (j3 < 0) {
          h3.add(s3, b3 + i + 1);
        }
        if (h1.size + h2.size + h3.size > maxHeld) {
          // Stream 0 has reported every hit ending at or before i + 1; s0 is the state there.
          scanFrom(text, i + 1, n, s0, sink);
          return;
        }
      }
    }
    for (int i = b3 + q; i < n; i++) {
      int j = jp[s3 + cls[text[i]]];
      s3 = j ^ (j >> 31);
      if (j < 0) {
        h3.add(s3, i + 1);
      }
    }
    h1.replay(this, sink);
    h2.replay(this, sink);
    h3.replay(this, sink);
  }

  /** The state at {@code at}, found by stepping from the root over the characters just before. */
  private int warmUp(char[] text, int at) {
    int s = 0;
    for (int i = Math.max(0, at - maxLength); i < at; i++) {
      int j = jump[s + classOf[text[i]]];
      s = j ^ (j >> 31);
    }
    return s;
  }

  private void report(int rowOffset, int end, Sink sink) {
    for (int p : out[rowOffset / width]) {
      sink.hit(p, end - lengths[p], end);
    }
  }

  /** Hits of a later stream, held back so that the sink sees them in text order. */
  private static final class Hits {
    private int[] data = new int[64];
    private int size;

    void add(int rowOffset, int end) {
      if (size + 2 > data.length) {
        data = Arrays.copyOf(data, data.length * 2);
      }
      data[size++] = rowOffset;
      data[size++] = end;
    }

    void replay(AhoCorasick ac, Sink sink) {
      for (int i = 0; i < size; i += 2) {
        ac.report(data[i], data[i + 1], sink);
      }
    }
  }

  /** One stream over [from, to); two array reads per character. */
  void scan(char[] text, int from, int to, Sink sink) {
    scanFrom(text, from, to, 0, sink);
  }

  /** One stream over [from, to), starting in the state (row offset) {@code s}. */
  private void scanFrom(char[] text, int from, int to, int s, Sink sink) {
    final char[] cls = classOf;
    final int[] jp = jump;
    for (int i = from; i < to; i++) {
      int j = jp[s + cls[text[i]]];
      s = j ^ (j >> 31);
      if (j < 0) {
        report(s, i + 1, sink);
      }
    }
  }
}
