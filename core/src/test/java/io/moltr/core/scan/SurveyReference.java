package io.moltr.core.scan;

/**
 * The survey as it was before candidate masks: one plain loop per kind of run over every
 * character. The reference the fast {@code Survey} must agree with (SurveyEquivalenceTest).
 *
 * <p>One pass over a text that finds the places a costly check may pay off: long token runs (base64,
 * hex, base32 candidates and key-shaped values), long digit runs (cards, IBANs), runs of short
 * lower-case words (seed phrases), escape sequences and spaced hex bytes. Everything else is
 * never looked at again.
 */
final class SurveyReference {
  static final int MIN_TOKEN = 16;
  static final int MIN_DIGITS = 12;
  static final int MIN_WORDS = 12;
  static final int MIN_HEX_PAIRS = 8;

  private static final byte TOKEN = 1;
  private static final byte HEX = 16;
  private static final byte WORD_SEP = 32;
  private static final byte[] CLS = new byte[128];
  /** Token characters over all of char: one load and no range test in the hottest loops. */
  private static final boolean[] TOKEN_CHAR = new boolean[65536];

  static {
    for (int c = 'a'; c <= 'z'; c++) {
      CLS[c] = TOKEN;
    }
    for (int c = 'A'; c <= 'Z'; c++) {
      CLS[c] = TOKEN;
    }
    for (int c = '0'; c <= '9'; c++) {
      CLS[c] = TOKEN | HEX | WORD_SEP;
    }
    for (int c = 'a'; c <= 'f'; c++) {
      CLS[c] |= HEX;
    }
    for (int c = 'A'; c <= 'F'; c++) {
      CLS[c] |= HEX;
    }
    CLS['+'] = TOKEN;
    CLS['/'] = TOKEN;
    CLS['_'] = TOKEN;
    CLS['-'] = TOKEN | WORD_SEP;
    for (char c : " \t\r\n.,;:)(\"'[]|".toCharArray()) {
      CLS[c] |= WORD_SEP;
    }
    for (int c = 0; c < 128; c++) {
      TOKEN_CHAR[c] = (CLS[c] & TOKEN) != 0;
    }
  }

  final Spans tokens = new Spans();
  final Spans assigned = new Spans();
  final Spans digits = new Spans();
  final Spans words = new Spans();
  final Spans escapes = new Spans();
  final Spans hexPairs = new Spans();
  final Spans hexQuads = new Spans();

  static boolean isToken(char c) {
    return TOKEN_CHAR[c];
  }

  static boolean isHex(char c) {
    return c < 128 && (CLS[c] & HEX) != 0;
  }

  static SurveyReference of(char[] text) {
    return of(text, new String(text), null, null);
  }

  /**
   * Surveys {@code chars} (the characters of {@code text}) and reports every keyword of
   * {@code ac} to {@code sink}, in text order.
   */
  static SurveyReference of(char[] chars, String text, AhoCorasick ac, AhoCorasick.Sink sink) {
    SurveyReference s = new SurveyReference();
    s.run(chars, text, ac, sink);
    return s;
  }

  // Tracker state, kept in fields so the helpers stay small.
  private int lastTokEnd = -1;
  private int lastTokLen;
  private int pairStart = -1;
  private int pairEnd;
  private int pairs;
  private int quadStart = -1;
  private int quadEnd;
  private int quads;

  /**
   * One tight loop per kind of run rather than one loop tracking all of them: each loop skips
   * what it does not care about in a few instructions, where a combined loop branched on every
   * tracker at every character.
   */
  private void run(char[] t, String text, AhoCorasick ac, AhoCorasick.Sink sink) {
    if (ac != null) {
      ac.scan(t, sink);
    }
    tokenRuns(t);
    digitRuns(t);
    wordRuns(t);
    escapeSequences(t, text);
  }

  /** Token runs; '=' is padding only at the end of a run. */
  private void tokenRuns(char[] t) {
    final int n = t.length;
    int i = 0;
    while (true) {
      while (i < n && !isToken(t[i])) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int s = i;
      while (i < n && isToken(t[i])) {
        i++;
      }
      int end = i;
      if (i < n && t[i] == '=') {
        int j = i;
        while (j < n && t[j] == '=') {
          j++;
        }
        if (j >= n || !isToken(t[j])) {
          end = j;
        }
      }
      endToken(t, s, end);
    }
    endPairs();
    endQuads();
  }

  /** Digit runs with single space or dash separators. */
  private void digitRuns(char[] t) {
    final int n = t.length;
    int i = 0;
    while (true) {
      while (i < n && (char) (t[i] - '0') > 9) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int s = i;
      int count = 0;
      int last = i;
      while (i < n) {
        char c = t[i];
        if (c >= '0' && c <= '9') {
          count++;
          last = i;
        } else if (!((c == ' ' || c == '-') && last == i - 1)) {
          break;
        }
        i++;
      }
      if (count >= MIN_DIGITS) {
        digits.add(s, last + 1);
      }
    }
  }

  /** Runs of 3..8 letter lower-case words, as seed phrases are written. */
  private void wordRuns(char[] t) {
    final int n = t.length;
    int runStart = -1;
    int runWords = 0;
    int runLastEnd = 0;
    int sepLen = 0;
    int i = 0;
    while (i < n) {
      char c = t[i];
      if (runWords == 0 && !isWordChar(c)) {
        i++;
        continue;
      }
      if (isWordChar(c)) {
        // Upper-case and non-ASCII letters make a word "bad" but do not count to its length.
        int ws = i;
        int len = 0;
        boolean bad = false;
        while (i < n) {
          c = t[i];
          if (c >= 'a' && c <= 'z') {
            len++;
          } else if ((c >= 'A' && c <= 'Z') || c >= 128) {
            bad = true;
          } else {
            break;
          }
          i++;
        }
        boolean good = !bad && len >= 3 && len <= 8;
        if (i >= n) {
          if (good) {
            if (runWords == 0) {
              runStart = ws;
            }
            runWords++;
            runLastEnd = n;
          }
          break;
        }
        if (good) {
          if (runWords == 0) {
            runStart = ws;
          }
          runWords++;
          runLastEnd = i;
          sepLen = 0;
        } else {
          if (runWords >= MIN_WORDS) {
            words.add(runStart, runLastEnd);
          }
          runWords = 0;
        }
      }
      // t[i] is a separator here.
      if (runWords > 0 && (++sepLen > Survey.MAX_WORD_GAP || (c >= 128 || (CLS[c] & WORD_SEP) == 0))) {
        if (runWords >= MIN_WORDS) {
          words.add(runStart, runLastEnd);
        }
        runWords = 0;
      }
      i++;
    }
    if (runWords >= MIN_WORDS) {
      words.add(runStart, runLastEnd);
    }
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 128;
  }

  /**
   * Escape sequences that can hide text. String.indexOf is vectorised by the JIT, so three
   * searches merged in order beat one loop testing every character.
   */
  private void escapeSequences(char[] t, String text) {
    int[] searched = new int[2];
    int pct = text.indexOf('%');
    int bsl = text.indexOf('\\');
    int amp = text.indexOf('&');
    while (pct >= 0 || bsl >= 0 || amp >= 0) {
      int i = minPresent(pct, minPresent(bsl, amp));
      Survey.markEscape(t, i, escapes, searched);
      if (i == pct) {
        pct = text.indexOf('%', i + 1);
      } else if (i == bsl) {
        bsl = text.indexOf('\\', i + 1);
      } else {
        amp = text.indexOf('&', i + 1);
      }
    }
  }

  /** The smaller of two indexOf results, where -1 means absent. */
  private static int minPresent(int a, int b) {
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  private void endToken(char[] t, int s, int e) {
    int len = e - s;
    if (len >= MIN_TOKEN || continuesWrappedLine(t, s)) {
      tokens.add(s, e);
      if (len >= MIN_TOKEN && isAssigned(t, s)) {
        assigned.add(s, e);
      }
      lastTokEnd = e;
      lastTokLen = len;
    }
    if (len == 4 && Survey.quadGroup(t, s) && Survey.quadGroup(t, s + 5)) {
      if (quads > 0 && s - quadEnd == 1) {
        quads++;
      } else {
        endQuads();
        quadStart = s;
        quads = 1;
      }
      quadEnd = e;
    } else if (quads > 0) {
      endQuads();
    }
    boolean pair =
        (len == 2 && isHex(t[s]) && isHex(t[s + 1]))
            || (len == 4 && t[s] == '0' && (t[s + 1] | 32) == 'x'
                && isHex(t[s + 2]) && isHex(t[s + 3]));
    if (pair) {
      if (pairs > 0 && s - pairEnd <= 2) {
        pairs++;
      } else {
        endPairs();
        pairStart = s;
        pairs = 1;
      }
      pairEnd = e;
    } else if (pairs > 0) {
      endPairs();
    }
  }

  private void endQuads() {
    if (quads >= Survey.MIN_HEX_QUADS) {
      hexQuads.add(quadStart, quadEnd);
    }
    quads = 0;
  }

  private void endPairs() {
    if (pairs >= MIN_HEX_PAIRS) {
      hexPairs.add(pairStart, pairEnd);
    }
    pairs = 0;
  }

  /** A short last line of wrapped base64 still belongs to the block above it. */
  private boolean continuesWrappedLine(char[] t, int s) {
    if (lastTokEnd < 0 || lastTokLen < 40 || t[lastTokEnd - 1] == '=') {
      return false;
    }
    return gapIsNewline(t, lastTokEnd, s);
  }

  private static boolean isAssigned(char[] t, int s) {
    int i = s - 1;
    if (i >= 0 && (t[i] == '"' || t[i] == '\'')) {
      i--;
    }
    while (i >= 0 && t[i] == ' ') {
      i--;
    }
    return i >= 0 && (t[i] == '=' || t[i] == ':');
  }


  private static boolean boundary(char[] t, int i) {
    char c = t[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '<' || c == '>' || c == '`') {
      return true;
    }
    return (c == '"' || c == '\'') && (i == 0 || t[i - 1] != '\\');
  }

  /** Token runs, with base64 blocks wrapped over several lines joined into one span. */
  Spans encodedCandidates(char[] t) {
    Spans out = new Spans();
    int n = tokens.count();
    int i = 0;
    while (i < n) {
      int s = tokens.start(i);
      int e = tokens.end(i);
      String first = new String(t, s, e - s);
      int lineLen = e - s;
      // Only a token followed by a line break (or an escaped one) may start a block of short lines.
      boolean shortLines = lineLen >= 16 && e < t.length && "\n\r\\".indexOf(t[e]) >= 0
          && first.matches(".*[A-Z].*") && first.matches(".*[a-z].*") && first.matches(".*[0-9].*");
      while ((lineLen >= 40 || shortLines) && t[e - 1] != '=') {
        if (i + 1 < n && gapIsNewline(t, e, tokens.start(i + 1))
            && sameAlphabet(first, new String(t, tokens.start(i + 1), tokens.end(i + 1) - tokens.start(i + 1)))
            && (tokens.end(i + 1) == t.length || String.valueOf(t[tokens.end(i + 1)]).matches("[ \\t\\r\\n\"'`)\\]},;<\\\\]"))) {
          i++;
          e = tokens.end(i);
          lineLen = Math.max(lineLen, e - tokens.start(i));
          continue;
        }
        int next = -1;
        if (shortLines) {
          java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\r?\\n[ \\t]*([A-Za-z0-9+/=_-]{1,15})(?=$|[ \\t\\r\\n\"'`)\\]},;<\\\\])")
              .matcher(new String(t)).region(e, t.length);
          if (m.lookingAt() && m.start(1) - e <= 13 && !(m.end(1) < t.length && String.valueOf(t[m.end(1)]).matches("[A-Za-z0-9+/=_-]"))) {
            next = m.end(1);
          }
        }
        if (next < 0 || (i + 1 < n && tokens.start(i + 1) < next)) {
          break;
        }
        e = next;
      }
      out.add(s, e);
      i++;
    }
    return out;
  }

  /** A base32 or hex first line is continued only by a line of its own alphabet (or '='). */
  private static boolean sameAlphabet(String first, String next) {
    boolean b32 = first.matches("[A-Z2-7]+");
    boolean hex = first.matches("[0-9A-Fa-f]+");
    if (!b32 && !hex) {
      return true;
    }
    return next.chars().allMatch(c -> c == '='
        || (b32 && String.valueOf((char) c).matches("[A-Z2-7]"))
        || (hex && String.valueOf((char) c).matches("[0-9A-Fa-f]")));
  }

  private static boolean gapIsNewline(char[] t, int from, int to) {
    if (to - from > 12 || to <= from) {
      return false;
    }
    int newlines = 0;
    for (int i = from; i < to; i++) {
      char c = t[i];
      if (c == '\n') {
        newlines++;
      } else if (c != ' ' && c != '\r' && c != '\t') {
        return false;
      }
    }
    return newlines == 1;
  }
}
