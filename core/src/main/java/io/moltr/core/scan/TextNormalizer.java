package io.moltr.core.scan;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Folds what an agent can use to break a match: zero-width, bidi and Unicode tag characters are
 * dropped, compatibility forms are NFKC-folded (fullwidth, math letters), common Cyrillic and
 * Greek look-alikes and dash variants become ASCII. Keeps a map back to original offsets.
 */
final class TextNormalizer {
  /**
   * The folded text, its characters (handed to the scan, which needs them as an array anyway)
   * and, when it differs, the original offset of each of its characters.
   */
  record Folded(String text, OffsetMap toOriginal, char[] chars) {}

  private static final BitSet STABLE = new BitSet(65536);
  private static final char[] LOOKALIKE = new char[65536];
  /** NFKC of every BMP character that changes under it, computed once. */
  private static final String[] NFKC = new String[65536];
  /** Non-zero for every character that folding changes or drops; one load per character. */
  private static final boolean[] CHANGES = new boolean[65536];

  static {
    for (int c = 0x80; c < 65536; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      String s = String.valueOf((char) c);
      if (Normalizer.isNormalized(s, Normalizer.Form.NFKC)) {
        STABLE.set(c);
      } else {
        NFKC[c] = Normalizer.normalize(s, Normalizer.Form.NFKC);
      }
    }
    String from = "аеорсухіјѕԁԛԝАВЕКМНОРСТХЅІЈΑΒΕΖΗΙΚΜΝΟΡΤΥΧον‐‑‒–—―−";
    String to = "aeopcyxijsdqwABEKMHOPCTXSIJABEZHIKMNOPTYXov-------";
    for (int i = 0; i < from.length(); i++) {
      LOOKALIKE[from.charAt(i)] = to.charAt(i);
    }
    for (int c = 0x80; c < 65536; c++) {
      CHANGES[c] = Character.isSurrogate((char) c) || !STABLE.get(c) || LOOKALIKE[c] != 0
          || invisible(c);
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
    char[] src = text.toCharArray();
    int n = src.length;
    int first = 0;
    while (first < n && !CHANGES[src[first]]) {
      first++;
    }
    if (first == n) {
      return new Folded(text, null, src);
    }
    // Copy unchanged stretches in bulk; record a breakpoint wherever the offset shifts.
    char[] out = new char[n + 16];
    int len = 0;
    OffsetMap.Builder map = new OffsetMap.Builder();
    int copyFrom = 0;
    int i = first;
    while (i < n) {
      char c = src[i];
      if (!CHANGES[c]) {
        i++;
        continue;
      }
      System.arraycopy(src, copyFrom, out, len, i - copyFrom);
      len += i - copyFrom;
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (!invisible(cp)) {
        String f = cp < 65536 && LOOKALIKE[cp] != 0
            ? String.valueOf(LOOKALIKE[cp])
            : cp < 65536 && NFKC[cp] != null ? NFKC[cp]
            : Normalizer.normalize(text.substring(i, i + width), Normalizer.Form.NFKC);
        // NFKC can expand one character to many; keep room for the rest of the text.
        if (len + f.length() + (n - i) > out.length) {
          out = Arrays.copyOf(out, Math.max(out.length * 2, len + f.length() + (n - i)));
        }
        for (int k = 0; k < f.length(); k++) {
          map.mark(len, i);
          out[len++] = f.charAt(k);
        }
      }
      i += width;
      copyFrom = i;
      map.mark(len, i);
    }
    System.arraycopy(src, copyFrom, out, len, n - copyFrom);
    len += n - copyFrom;
    return new Folded(new String(out, 0, len), map.build(), Arrays.copyOf(out, len));
  }
}
