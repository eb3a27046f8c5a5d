package io.moltr.core.fs;

import java.text.Normalizer;

/**
 * The "skeleton" of a path: every character replaced by the path syntax it looks like or folds
 * to. NFKC folds full-width and compatibility forms ('．' U+FF0E, '／' U+FF0F, '‥' U+2025,
 * '﹒' U+FE52); the table below adds look-alikes NFKC leaves alone (division and fraction slash,
 * ideographic and middle dots). Invisible format characters and combining marks are dropped, so
 * ".\u200b." and "..\u0338" read as "..". The skeleton is only compared with the path, never
 * used as a file name: on Linux these are legal names, but a tool, font or person that folds
 * them sees a traversal that the policy did not check.
 */
final class PathLookalikes {
  private PathLookalikes() {}

  private static final String SLASHES = "\u2044\u2215\u2571\u27cb\u29f8\u2cc6\u3033";
  private static final String BACKSLASHES = "\u2216\u2572\u27cd\u29f5\u29f9";
  private static final String DOTS =
      "\u00b7\u0387\u06d4\u0701\u0702\u2027\u2219\u22c5\u2e31\u3002\uff61\ua4f8";

  /** The path as a folding reader would see it; see the class comment. */
  static String skeleton(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      if (c < 0x80) {
        out.append((char) c);
        return;
      }
      int type = Character.getType(c);
      if (type == Character.FORMAT || type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
        return;
      }
      if (SLASHES.indexOf(c) >= 0) {
        out.append('/');
      } else if (BACKSLASHES.indexOf(c) >= 0) {
        out.append('\\');
      } else if (DOTS.indexOf(c) >= 0) {
        out.append('.');
      } else {
        String folded = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC);
        folded.codePoints().forEach(f -> {
          int t = Character.getType(f);
          if (t != Character.NON_SPACING_MARK && t != Character.ENCLOSING_MARK
              && t != Character.FORMAT) {
            out.appendCodePoint(f);
          }
        });
      }
    });
    return out.toString();
  }

  /**
   * Why {@code path} (NFC, separators not yet unified) reads as other path syntax once folded,
   * or null when it does not: a look-alike separator, a segment of look-alike dots ("．．"), or a
   * look-alike leading dot or "~". Names that only fold letters ("ｆｉｌｅ.md", "café") pass.
   */
  static String confusion(String path) {
    String skeleton = skeleton(path);
    if (skeleton.equals(path)) {
      return null;
    }
    String[] orig = path.split("[/\\\\]", -1);
    String[] skel = skeleton.split("[/\\\\]", -1);
    if (orig.length != skel.length) {
      return "a character that looks like or folds to '/' or '\\'";
    }
    for (int i = 0; i < orig.length; i++) {
      if (orig[i].equals(skel[i])) {
        continue;
      }
      if (!orig[i].isEmpty() && (skel[i].isEmpty() || skel[i].chars().allMatch(c -> c == '.'))) {
        return "a segment of characters that look like or fold to dots ('" + orig[i] + "')";
      }
      if (skel[i].startsWith(".") && !orig[i].startsWith(".")) {
        return "a look-alike leading dot ('" + orig[i] + "')";
      }
      if (i == 0 && skel[i].startsWith("~") && !orig[i].startsWith("~")) {
        return "a look-alike '~' ('" + orig[i] + "')";
      }
      if (skel[i].indexOf('%') >= 0 && orig[i].indexOf('%') < 0) {
        return "a look-alike '%' ('" + orig[i] + "')";
      }
    }
    return null;
  }
}
