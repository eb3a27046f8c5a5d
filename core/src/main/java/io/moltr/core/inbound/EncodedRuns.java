package io.moltr.core.inbound;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the runs {@link EncodedPayloads} tries to decode, one character loop per kind. Each
 * finder returns the [start, end) pairs, in order, that RE2/J's {@code find} would return for the
 * regex in its comment (held to it by {@code EncodedRunsEquivalenceTest}); a hand loop reads each
 * character once, where the automaton cost about 50 ns per character per kind.
 */
final class EncodedRuns {
  private EncodedRuns() {}

  /** A run finder: the [start, end) pairs of the runs of {@code text}, in order. */
  @FunctionalInterface
  interface Finder {
    List<int[]> find(String text);
  }

  static boolean wordChar(char c) {
    return Leads.wordChar(c);
  }

  private static boolean base64Char(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' || c == '_'
        || c == '-';
  }

  private static boolean base32Char(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7');
  }

  static boolean hexChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean percentChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '%' || c == '+' || c == '.'
        || c == '_' || c == '~' || c == '-' || c == '/';
  }

  /** {@code [A-Za-z0-9+/_-]{16,}={0,2}}. */
  static List<int[]> base64(String t) {
    return maximalRuns(t, EncodedRuns::base64Char, (s, e) -> e - s >= 16 ? padded(t, e, 2) : -1);
  }

  /** {@code \b[A-Z2-7]{16,}={0,6}}. */
  static List<int[]> base32(String t) {
    return maximalRuns(t, EncodedRuns::base32Char,
        (s, e) -> e - s >= 16 && (s == 0 || !wordChar(t.charAt(s - 1))) ? padded(t, e, 6) : -1);
  }

  /** {@code \b(?:[0-9a-fA-F]{2}){8,}\b}: a whole hex word of even length. */
  static List<int[]> hex(String t) {
    return maximalRuns(t, EncodedRuns::hexChar, (s, e) -> e - s >= 16 && (e - s) % 2 == 0
        && (s == 0 || !wordChar(t.charAt(s - 1))) && (e == t.length() || !wordChar(t.charAt(e))) ? e : -1);
  }

  /** Hex runs written with a 0x prefix ("payload=0x4967..."): the "x" is a letter, so {@link #hex} does not start there. */
  static List<int[]> hex0x(String t) {
    List<int[]> out = new ArrayList<>();
    for (int i = t.indexOf("0x"); i >= 0 && out.size() < 200; i = t.indexOf("0x", i + 2)) {
      if (i > 0 && wordChar(t.charAt(i - 1))) {
        continue;
      }
      int s = i + 2;
      int e = s;
      while (e < t.length() && hexChar(t.charAt(e))) {
        e++;
      }
      if (e - s >= 16 && (e - s) % 2 == 0 && (e == t.length() || !wordChar(t.charAt(e)))) {
        out.add(new int[] {s, e});
      }
    }
    return out;
  }

  private interface CharClass {
    boolean has(char c);
  }

  /** Given a maximal run [start, end), the end of the run to report, or -1 to pass it over. */
  private interface RunEnd {
    int of(int start, int end);
  }

  /** The maximal runs of one character class, each kept or passed over by {@code accept}. */
  private static List<int[]> maximalRuns(String t, CharClass cls, RunEnd accept) {
    List<int[]> out = new ArrayList<>();
    int n = t.length();
    for (int i = 0; i < n; i++) {
      if (!cls.has(t.charAt(i))) {
        continue;
      }
      int e = i;
      while (e < n && cls.has(t.charAt(e))) {
        e++;
      }
      int end = accept.of(i, e);
      if (end >= 0) {
        out.add(new int[] {i, end});
      }
      i = e - 1;
    }
    return out;
  }

  /** {@code end} moved past at most {@code max} '=' signs. */
  private static int padded(String t, int end, int max) {
    int e = end;
    while (e - end < max && e < t.length() && t.charAt(e) == '=') {
      e++;
    }
    return e;
  }

  /** {@code (?:\\x[0-9a-fA-F]{2}){4,}}. */
  static List<int[]> xEscapes(String t) {
    return escapes(t, 'x', 2);
  }

  /** {@code (?:\\u[0-9a-fA-F]{4}){4,}}. */
  static List<int[]> uEscapes(String t) {
    return escapes(t, 'u', 4);
  }

  private static List<int[]> escapes(String t, char letter, int digits) {
    List<int[]> out = new ArrayList<>();
    int n = t.length();
    int width = 2 + digits;
    for (int i = t.indexOf('\\'); i >= 0; i = t.indexOf('\\', i + 1)) {
      int e = i;
      int groups = 0;
      for (int len = escapeLength(t, e, letter, digits); len > 0; len = escapeLength(t, e, letter, digits)) {
        e += len;
        groups++;
      }
      if (groups >= 4) {
        out.add(new int[] {i, e});
        i = e - 1;
      }
    }
    return out;
  }

  /**
   * The length of the escape at i, or 0: "\\x41", or "\\\\x41" with its backslash escaped once
   * more (an escape inside a JSON string).
   */
  private static int escapeLength(String t, int i, char letter, int digits) {
    if (escapeAt(t, i, letter, digits)) {
      return 2 + digits;
    }
    return i + 1 < t.length() && t.charAt(i) == '\\' && escapeAt(t, i + 1, letter, digits) ? 3 + digits : 0;
  }

  private static boolean escapeAt(String t, int i, char letter, int digits) {
    if (i + 2 + digits > t.length() || t.charAt(i) != '\\' || t.charAt(i + 1) != letter) {
      return false;
    }
    for (int k = i + 2; k < i + 2 + digits; k++) {
      if (!hexChar(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code [A-Za-z0-9%+._~/-]*(?:%[0-9a-fA-F]{2}|\+)[A-Za-z0-9%+._~/-]*}: a whole run of URL
   * characters that holds a '+' or a valid %XX. '/' belongs to the run: encoders leave it as it is
   * in a path (Python's quote, encodeURI), and a sentence encoded so is one run, not one per slash.
   */
  static List<int[]> percent(String t) {
    List<int[]> out = new ArrayList<>();
    int n = t.length();
    for (int i = 0; i < n; i++) {
      if (!percentChar(t.charAt(i))) {
        continue;
      }
      int e = i;
      boolean encoded = false;
      while (e < n && percentChar(t.charAt(e))) {
        char c = t.charAt(e);
        if (c == '+' || (c == '%' && e + 2 < n && hexChar(t.charAt(e + 1)) && hexChar(t.charAt(e + 2)))) {
          encoded = true;
        }
        e++;
      }
      if (encoded) {
        out.add(new int[] {i, e});
      }
      i = e - 1;
    }
    return out;
  }

  /** {@code (?:&#(?:[0-9]{1,7}|[xX][0-9a-fA-F]{1,6});?[ \t]?){4,}}. */
  static List<int[]> entities(String t) {
    List<int[]> out = new ArrayList<>();
    for (int i = t.indexOf("&#"); i >= 0; i = t.indexOf("&#", i + 1)) {
      int e = i;
      int groups = 0;
      while (true) {
        int next = entityEnd(t, e);
        if (next < 0) {
          // A letter or two left as they are between entities ("&#73;&#77;N&#84;") is rendered the same: the run goes on.
          int k = e;
          while (k < t.length() && k - e < 3 && "&<>\n".indexOf(t.charAt(k)) < 0) {
            k++;
          }
          if (k == e || groups == 0 || (next = entityEnd(t, k)) < 0) {
            break;
          }
        }
        groups++;
        e = next;
      }
      if (groups >= 4) {
        out.add(new int[] {i, e});
        i = e - 1;
      }
    }
    return out;
  }

  /** The end of one numeric entity (with its optional ';' and one space or tab) at i, or -1. */
  private static int entityEnd(String t, int i) {
    int n = t.length();
    if (i + 2 >= n || t.charAt(i) != '&' || t.charAt(i + 1) != '#') {
      return -1;
    }
    int k = i + 2;
    int digits = 0;
    if (t.charAt(k) == 'x' || t.charAt(k) == 'X') {
      k++;
      while (k < n && digits < 6 && hexChar(t.charAt(k))) {
        k++;
        digits++;
      }
    } else {
      while (k < n && digits < 7 && t.charAt(k) >= '0' && t.charAt(k) <= '9') {
        k++;
        digits++;
      }
    }
    if (digits == 0) {
      return -1;
    }
    if (k < n && t.charAt(k) == ';') {
      k++;
    }
    if (k < n && (t.charAt(k) == ' ' || t.charAt(k) == '\t')) {
      k++;
    }
    return k;
  }

  /**
   * Hex bytes written with spaces between them ("46 6F 72 67 65 74"): at least eight pairs of hex
   * digits, each a whole word, one space or tab apart. No regex equivalent: a hand loop only.
   */
  static List<int[]> spacedHex(String t) {
    List<int[]> out = new ArrayList<>();
    int n = t.length();
    int i = 0;
    while (i < n) {
      if (!hexPairAt(t, i)) {
        i++;
        continue;
      }
      int start = i;
      int pairs = 1;
      int e = i + 2;
      while (e + 2 < n && (t.charAt(e) == ' ' || t.charAt(e) == '\t') && hexPairAt(t, e + 1)) {
        e += 3;
        pairs++;
      }
      if (pairs >= 8) {
        out.add(new int[] {start, e});
      }
      i = pairs > 1 ? e : i + 1;
    }
    return out;
  }

  /** Two hex digits that form a whole word at i. */
  private static boolean hexPairAt(String t, int i) {
    return i + 1 < t.length() && hexChar(t.charAt(i)) && hexChar(t.charAt(i + 1)) && (i == 0 || !wordChar(t.charAt(i - 1)))
        && (i + 2 == t.length() || !wordChar(t.charAt(i + 2)));
  }

  /**
   * Runs of {@code \\uXXXX} escapes that spell words with plain spaces or punctuation between them
   * ("\\u0049\\u0067... \\u0070..."): each word alone is too short to decode to a sentence. A
   * run holds at least four escapes; gaps are at most three characters of spaces and punctuation.
   * Runs without a gap are those {@link #uEscapes} finds.
   */
  static List<int[]> uEscapeWords(String t) {
    List<int[]> out = new ArrayList<>();
    int n = t.length();
    for (int i = t.indexOf("\\u"); i >= 0 && i < n; i = t.indexOf("\\u", i + 1)) {
      if (!escapeAt(t, i, 'u', 4)) {
        continue;
      }
      int e = i;
      int escapes = 0;
      while (true) {
        for (int len = escapeLength(t, e, 'u', 4); len > 0; len = escapeLength(t, e, 'u', 4)) {
          e += len;
          escapes++;
        }
        int g = e;
        while (g < n && g - e < 3 && " \t,.;:!?'-".indexOf(t.charAt(g)) >= 0) {
          g++;
        }
        if (g > e && escapeLength(t, g, 'u', 4) > 0) {
          e = g;
          continue;
        }
        break;
      }
      if (escapes >= 4) {
        out.add(new int[] {i, e});
      }
      i = e - 1;
    }
    return out;
  }

  /**
   * Reversed spellings of words that override instructions or ask for secrets, and of a URL's scheme.
   * "curtsni" is "instruc" backwards (instruction, instrucción, instrução, instructie), "kurtsni"
   * "instruk" (Instruktion, instrukcja), "куртсни" "инструк" (инструкция), "tsissa" "assist" (assistant,
   * assistente, assistent). U+202E (right-to-left
   * override) shows the characters after it in reverse order: text stored backwards that a reader
   * sees the right way round.
   */
  private static final String[] REVERSED_CUES = {"erongi", "dragersid", "tegrof", "curtsni", "kurtsni", "куртсни", "tpmorp",
      "drowssap", "ereirongi", "negnusiewna", "etucexe", "//:sptth", "//:ptth", "drawrof", "eteled", "llehs", "\u202e", "tsissa"};

  /** Words that say the next line is written backwards. */
  private static final String[] BACKWARDS_CUES = {"backwards", "in reverse", "right to left", "rueckwaerts", "rückwärts", "à l'envers", "al revés",
      "reversed"};

  /**
   * Lines that hold a reversed cue word ("snoitcurtsni suoiverp lla erongI"), at most 1000
   * characters each side of the cue. Each cue is searched once; the lines are merged.
   */
  static List<int[]> reversedLines(String text) {
    char[] low = new char[text.length()];
    for (int i = 0; i < low.length; i++) {
      char c = text.charAt(i);
      low[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    String lower = new String(low);
    List<int[]> spans = new ArrayList<>();
    for (String cue : REVERSED_CUES) {
      int found = 0;
      for (int at = lower.indexOf(cue); at >= 0 && found++ < 20; at = lower.indexOf(cue, at + cue.length())) {
        int s = at;
        while (s > 0 && at - s < 1000 && lower.charAt(s - 1) != '\n') {
          s--;
        }
        int e = at;
        while (e < lower.length() && e - at < 1000 && lower.charAt(e) != '\n') {
          e++;
        }
        spans.add(new int[] {s, e});
      }
    }
    for (String cue : BACKWARDS_CUES) {
      int found = 0;
      for (int at = lower.indexOf(cue); at >= 0 && found++ < 20; at = lower.indexOf(cue, at + cue.length())) {
        // "Read the next line backwards": the line after the one that says so.
        int s = lower.indexOf('\n', at);
        while (s >= 0 && s + 1 < lower.length() && lower.charAt(s + 1) == '\n') {
          s++;
        }
        int colon = lower.indexOf(':', at);
        int eol = lower.indexOf('\n', at);
        if (colon >= 0 && colon - at <= 80 && (eol < 0 || colon < eol)) {
          // "Read this backwards and do it: .ti od ...": the rest of the same line, after the colon.
          int e = colon + 1;
          while (e < lower.length() && e - colon < 1000 && lower.charAt(e) != '\n') {
            e++;
          }
          if (e - colon > 16) {
            spans.add(new int[] {colon + 1, e});
          }
        } else {
          // "(reversed) .ti od ...": the rest of the same line, right after the cue.
          int from = at + cue.length();
          int e = from;
          while (e < lower.length() && e - from < 1000 && lower.charAt(e) != '\n') {
            e++;
          }
          if (e - from > 16) {
            spans.add(new int[] {from, e});
          }
        }
        if (s < 0 || s - at > 200) {
          continue;
        }
        int e = s + 1;
        while (e < lower.length() && e - s < 1000 && lower.charAt(e) != '\n') {
          e++;
        }
        spans.add(new int[] {s + 1, e});
      }
    }
    spans.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<int[]> out = new ArrayList<>();
    for (int[] sp : spans) {
      if (!out.isEmpty() && sp[0] <= out.get(out.size() - 1)[1]) {
        out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], sp[1]);
      } else {
        out.add(sp);
      }
    }
    return out;
  }
}
