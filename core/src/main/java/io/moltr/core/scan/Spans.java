package io.moltr.core.scan;

import java.util.Arrays;

/** A growable list of [start, end) pairs without boxing. */
final class Spans {
  private int[] data = new int[16];
  private int size;

  void add(int start, int end) {
    if (size + 2 > data.length) {
      data = Arrays.copyOf(data, data.length * 2);
    }
    data[size++] = start;
    data[size++] = end;
  }

  int count() {
    return size / 2;
  }

  int start(int i) {
    return data[2 * i];
  }

  int end(int i) {
    return data[2 * i + 1];
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Sorts by start and merges overlapping or touching spans. */
  Spans merged() {
    int n = count();
    if (n <= 1) {
      return this;
    }
    long[] packed = new long[n];
    boolean sorted = true;
    for (int i = 0; i < n; i++) {
      packed[i] = ((long) start(i) << 32) | (end(i) & 0xffffffffL);
      if (i > 0 && start(i) < start(i - 1)) {
        sorted = false;
      }
    }
    if (!sorted) {
      Arrays.sort(packed);
    }
    Spans out = new Spans();
    int cs = (int) (packed[0] >>> 32);
    int ce = (int) packed[0];
    for (int i = 1; i < n; i++) {
      int s = (int) (packed[i] >>> 32);
      int e = (int) packed[i];
      if (s <= ce) {
        ce = Math.max(ce, e);
      } else {
        out.add(cs, ce);
        cs = s;
        ce = e;
      }
    }
    out.add(cs, ce);
    return out;
  }
}
