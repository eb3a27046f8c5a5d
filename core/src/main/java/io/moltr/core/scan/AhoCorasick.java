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

  /** The hot loop: two array reads per character. */
  void scan(char[] text, int from, int to, Sink sink) {
    final char[] cls = classOf;
    final char[] nx = next;
    final int w = width;
    int s = 0;
    for (int i = from; i < to; i++) {
      s = nx[s * w + cls[text[i]]];
      int[] o = out[s];
      if (o != null) {
        for (int p : o) {
          sink.hit(p, i + 1 - lengths[p], i + 1);
        }
      }
    }
  }
}
