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
  record Folded(String text, OffsetMap toOriginal) {}

  private static final BitSet STABLE = new BitSet(65536);
  private static final char[] LOOKALIKE = new char[65536];
  /** NFKC of every BMP character that changes under it, computed once. */
  private static final String[] NFKC = new String[65536];

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
    if (first < 0 || !needsFolding(text, first)) {
      return new Folded(text, null);
    }
    // Copy unchanged stretches in bulk; record a breakpoint wherever the offset shifts.
    StringBuilder out = new StringBuilder(n);
    OffsetMap.Builder map = new OffsetMap.Builder();
    int copyFrom = 0;
    int i = first;
    while (i < n) {
      char c = text.charAt(i);
      if (c < 0x80 || (!Character.isSurrogate(c) && STABLE.get(c) && LOOKALIKE[c] == 0
          && !invisible(c))) {
        i++;
        continue;
      }
      out.append(text, copyFrom, i);
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (!invisible(cp)) {
        String f = cp < 65536 && LOOKALIKE[cp] != 0
            ? String.valueOf(LOOKALIKE[cp])
            : cp < 65536 && NFKC[cp] != null ? NFKC[cp]
            : Normalizer.normalize(text.substring(i, i + width), Normalizer.Form.NFKC);
        for (int k = 0; k < f.length(); k++) {
          map.mark(out.length(), i);
          out.append(f.charAt(k));
        }
      }
      i += width;
      copyFrom = i;
      map.mark(out.length(), i);
    }
    out.append(text, copyFrom, n);
    return new Folded(out.toString(), map.build());
  }

  /** Most non-ASCII text (accents, dashes in prose) is already folded; skip the copy then. */
  private static boolean needsFolding(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && (Character.isSurrogate(c) || !STABLE.get(c) || LOOKALIKE[c] != 0
          || invisible(c))) {
        return true;
      }
    }
    return false;
  }
}
