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
   * The folded text, its map to the original (null when nothing changed), its characters, and
   * whether folding dropped a Unicode tag character (U+E0000..U+E007F): only then can the text
   * spell something in tags, and only then is it read for them.
   */
  record Folded(String text, OffsetMap toOriginal, char[] chars, boolean droppedTags) {}

  static boolean isTag(int cp) {
    return cp >= 0xE0000 && cp <= 0xE007F;
  }

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
        || isTag(cp);
  }

  static Folded fold(String text) {
    char[] src = text.toCharArray();
    int n = src.length;
    int first = nextChange(src, 0);
    if (first == n) {
      return new Folded(text, null, src, false);
    }
    // Fold in place in our own copy: dropping or replacing characters never lets the output
    // overtake the input; an NFKC expansion that would goes the copying way.
    OffsetMap.Builder map = new OffsetMap.Builder();
    int len = first;
    int i = first;
    boolean tags = false;
    while (i < n) {
      int cp = Character.codePointAt(src, i);
      int width = Character.charCount(cp);
      tags |= isTag(cp);
      if (!invisible(cp)) {
        String f = replacement(text, i, cp, width);
        if (len + f.length() > i + width) {
          return foldCopying(text);
        }
        for (int k = 0; k < f.length(); k++) {
          map.mark(len, i);
          src[len++] = f.charAt(k);
        }
      }
      i += width;
      map.mark(len, i);
      int j = nextChange(src, i);
      System.arraycopy(src, i, src, len, j - i);
      len += j - i;
      i = j;
    }
    return new Folded(new String(src, 0, len), map.build(), len == n ? src : Arrays.copyOf(src, len),
        tags);
  }

  /** The first character at or after {@code from} that folding changes or drops. */
  private static int nextChange(char[] s, int from) {
    int n = s.length;
    int j = from;
    while (true) {
      // ASCII never changes: eight characters at a time while there is nothing else.
      while (j + 8 <= n && (s[j] | s[j + 1] | s[j + 2] | s[j + 3] | s[j + 4] | s[j + 5]
          | s[j + 6] | s[j + 7]) < 0x80) {
        j += 8;
      }
      int stop = Math.min(n, j + 8);
      for (; j < stop; j++) {
        if (s[j] >= 0x80 && CHANGES[s[j]]) {
          return j;
        }
      }
      if (j >= n) {
        return n;
      }
    }
  }

  private static String replacement(String text, int i, int cp, int width) {
    return cp < 65536 && LOOKALIKE[cp] != 0
        ? String.valueOf(LOOKALIKE[cp])
        : cp < 65536 && NFKC[cp] != null ? NFKC[cp]
        : Normalizer.normalize(text.substring(i, i + width), Normalizer.Form.NFKC);
  }

  /**
   * Folding into a new array, for text where NFKC makes some character longer; also the
   * reference the in-place fold is tested against.
   */
  static Folded foldCopying(String text) {
    char[] src = text.toCharArray();
    int n = src.length;
    int first = nextChange(src, 0);
    char[] out = new char[n + 16];
    int len = 0;
    OffsetMap.Builder map = new OffsetMap.Builder();
    int copyFrom = 0;
    int i = first;
    boolean tags = false;
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
      tags |= isTag(cp);
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
    return new Folded(new String(out, 0, len), map.build(), Arrays.copyOf(out, len), tags);
  }
}
