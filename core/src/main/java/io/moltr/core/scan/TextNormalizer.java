package io.moltr.core.scan;

import java.text.Normalizer;
import java.util.BitSet;

/**
 * Folds what an agent can use to break a match: zero-width, bidi and Unicode tag characters are
 * dropped, compatibility forms are NFKC-folded (fullwidth, math letters), common Cyrillic and
 * Greek look-alikes and dash variants become ASCII. Keeps a map back to original offsets.
 */
final class TextNormalizer {
  /** The folded text and, when it differs, the original offset of each of its characters. */
  record Folded(String text, int[] toOriginal) {}

  private static final BitSet STABLE = new BitSet(65536);
  private static final char[] LOOKALIKE = new char[65536];

  static {
    for (int c = 0x80; c < 65536; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      String s = String.valueOf((char) c);
      if (Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
        STABLE.set(c);
      }
    }
    String from = "аеорсухіјѕԁԛԝАВЕКМНОРСТХЅІЈΑΒΕΖΗΙΚΜΝΟΡΤΥΧον‐‑‒–—―−";
    String to = "aeopcyxijsdqwABEKMHOPCTXSIJABEZHIKMNOPTYXov-------";
    for (int i = 0; i < from.length(); i++) {
      LOOKALIKE[from.charAt(i)] = to.charAt(i);
    }
  }

  private TextNormalizer() {}

  static boolean invisible(int cp) {
    return (cp >= 0x200B && cp <= 0x200F)
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2060 && cp <= 0x2064)
        || (cp >= 0x2066 && cp <= 0x206F)
        || cp == 0xFEFF
        || cp == 0x00AD
        || cp == 0x180E
        || cp == 0x034F
        || (cp >= 0xFE00 && cp <= 0xFE0F)
        || (cp >= 0xE0000 && cp <= 0xE007F);
  }

  static Folded fold(String text) {
    int n = text.length();
    int first = -1;
    for (int i = 0; i < n; i++) {
      if (text.charAt(i) >= 0x80) {
        first = i;
        break;
      }
    }
    if (first < 0) {
      return new Folded(text, null);
    }
    StringBuilder out = new StringBuilder(n);
    int[] map = new int[n + 16];
    out.append(text, 0, first);
    for (int i = 0; i < first; i++) {
      map[i] = i;
    }
    boolean changed = false;
    int i = first;
    while (i < n) {
      char c = text.charAt(i);
      if (c < 0x80) {
        map = put(map, out.length(), i);
        out.append(c);
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (invisible(cp)) {
        changed = true;
      } else if (cp < 65536 && LOOKALIKE[cp] != 0) {
        map = put(map, out.length(), i);
        out.append(LOOKALIKE[cp]);
        changed = true;
      } else if (cp < 65536 && STABLE.get(cp)) {
        map = put(map, out.length(), i);
        out.append(c);
      } else {
        String f = Normalizer.normalize(text.substring(i, i + width), Normalizer.Form.NFKC);
        for (int k = 0; k < f.length(); k++) {
          map = put(map, out.length(), i);
          out.append(f.charAt(k));
        }
        changed |= !f.equals(text.substring(i, i + width));
      }
      i += width;
    }
    if (!changed) {
      return new Folded(text, null);
    }
    return new Folded(out.toString(), java.util.Arrays.copyOf(map, out.length()));
  }

  private static int[] put(int[] map, int at, int value) {
    if (at >= map.length) {
      map = java.util.Arrays.copyOf(map, map.length * 2);
    }
    map[at] = value;
    return map;
  }
}
