package io.moltr.core.scan;

import java.util.Arrays;

/**
 * Maps offsets of a folded text back to the original. Folding changes few characters, so the map
 * stores only the points where the shift between the two changes, and looks up by binary search.
 */
final class OffsetMap {
  private final int[] folded;
  private final int[] original;
  private final int size;

  private OffsetMap(int[] folded, int[] original, int size) {
    this.folded = folded;
    this.original = original;
    this.size = size;
  }

  int toOriginal(int f) {
    int i = Arrays.binarySearch(folded, 0, size, f);
    if (i < 0) {
      i = -i - 2;
    } else {
      while (i + 1 < size && folded[i + 1] == f) {
        i++;
      }
      // Several characters folded from one original character all map to it.
      while (i > 0 && folded[i - 1] == f) {
        i--;
      }
    }
    return i < 0 ? f : original[i] + (f - folded[i]);
  }

  static final class Builder {
    private int[] f = new int[16];
    private int[] o = new int[16];
    private int n;

    void mark(int foldedAt, int originalAt) {
      if (n > 0 && f[n - 1] == foldedAt && o[n - 1] == originalAt) {
        return;
      }
      if (n == f.length) {
        f = Arrays.copyOf(f, n * 2);
        o = Arrays.copyOf(o, n * 2);
      }
      f[n] = foldedAt;
      o[n] = originalAt;
      n++;
    }

    OffsetMap build() {
      return new OffsetMap(f, o, n);
    }
  }
}
