package io.moltr.core.network;

import java.lang.Character.UnicodeScript;
import java.util.EnumSet;
import java.util.Set;

/**
 * Look-alike detection for host names: a label that mixes scripts (Latin with Cyrillic, ...) and
 * a "skeleton" that folds characters people confuse (Cyrillic а, Greek ο, digit 0, "rn") onto
 * one Latin letter, so that gіthub.com and g1thub.com both reduce to the skeleton of github.com.
 * The table is a deliberate, small subset of Unicode's confusables: the letters that make
 * convincing fakes of Latin names.
 */
final class Lookalikes {
  private Lookalikes() {}

  /** Pairs of (look-alike, Latin letter). */
  private static final String PAIRS =
      // Cyrillic
      "аaвbсcԁdеeһhіiјjкkӏlмmпnоoрpԛqѕsтtхxуyԝwаaɑaеeхxѵvүyһhԍgϲc"
          // Greek
          + "αaβbϲcδdεeηnιiκkνvοoρpτtυuχxωwγyμu"
          // Armenian and others that pass for Latin
          + "օoսuհhցgոnաwզqլlıiɡgɩiʟlℓl"
          // ASCII digits and letters that pass for others
          + "0o1l";

  private static final char[] FROM = new char[PAIRS.length() / 2];
  private static final char[] TO = new char[PAIRS.length() / 2];

  static {
    for (int i = 0; i < FROM.length; i++) {
      FROM[i] = PAIRS.charAt(2 * i);
      TO[i] = PAIRS.charAt(2 * i + 1);
    }
  }

  /** Scripts that legitimately combine with Latin inside one label (CJK usage). */
  private static final Set<UnicodeScript> CJK =
      EnumSet.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA,
          UnicodeScript.HANGUL, UnicodeScript.BOPOMOFO);

  /** True when some label of the (Unicode) host mixes scripts in a way used for spoofing. */
  static boolean mixesScripts(String host) {
    EnumSet<UnicodeScript> seen = EnumSet.noneOf(UnicodeScript.class);
    for (int i = 0; i <= host.length(); ) {
      if (i == host.length() || host.charAt(i) == '.') {
        if (mixed(seen)) {
          return true;
        }
        seen.clear();
        i++;
        continue;
      }
      int cp = host.codePointAt(i);
      UnicodeScript s = UnicodeScript.of(cp);
      if (s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED) {
        seen.add(s);
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static boolean mixed(EnumSet<UnicodeScript> seen) {
    if (seen.size() <= 1) {
      return false;
    }
    EnumSet<UnicodeScript> rest = EnumSet.copyOf(seen);
    rest.remove(UnicodeScript.LATIN);
    rest.removeAll(CJK);
    return !rest.isEmpty();
  }

  /** The host folded onto look-alike classes; equal skeletons mean "easy to mistake". */
  static String skeleton(String host) {
    StringBuilder sb = new StringBuilder(host.length());
    for (int i = 0; i < host.length(); i++) {
      char c = Character.toLowerCase(host.charAt(i));
      sb.append(fold(c));
    }
    String s = sb.toString();
    // Multi-letter look-alikes, after the single-letter folding ("rn" renders like "m").
    return s.replace("rn", "m").replace("vv", "w").replace("cl", "d").replace('i', 'l');
  }

  private static char fold(char c) {
    for (int i = 0; i < FROM.length; i++) {
      if (FROM[i] == c) {
        return TO[i];
      }
    }
    return c;
  }

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
