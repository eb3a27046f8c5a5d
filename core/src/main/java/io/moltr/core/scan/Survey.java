package io.moltr.core.scan;

/**
 * One pass over a text that finds the places a costly check may pay off: long token runs (base64,
 * hex, base32 candidates and key-shaped values), long digit runs (cards, IBANs), runs of short
 * lower-case words (seed phrases), escape sequences and spaced hex bytes. Everything else is
 * never looked at again.
 */
final class Survey {
  static final int MIN_TOKEN = 16;
  static final int MIN_DIGITS = 12;
  static final int MIN_WORDS = 12;
  static final int MIN_HEX_PAIRS = 8;

  private static final byte TOKEN = 1;
  private static final byte DIGIT = 2;
  private static final byte LOWER = 4;
  private static final byte UPPER = 8;
  private static final byte HEX = 16;
  private static final byte WORD_SEP = 32;
  private static final byte[] CLS = new byte[128];

  static {
    for (int c = 'a'; c <= 'z'; c++) {
      CLS[c] = TOKEN | LOWER;
    }
    for (int c = 'A'; c <= 'Z'; c++) {
      CLS[c] = TOKEN | UPPER;
    }
    for (int c = '0'; c <= '9'; c++) {
      CLS[c] = TOKEN | DIGIT | HEX | WORD_SEP;
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
  }

  final Spans tokens = new Spans();
  final Spans assigned = new Spans();
  final Spans digits = new Spans();
  final Spans words = new Spans();
  final Spans escapes = new Spans();
  final Spans hexPairs = new Spans();

  static boolean isToken(char c) {
    return c < 128 && (CLS[c] & TOKEN) != 0;
  }

  static boolean isHex(char c) {
    return c < 128 && (CLS[c] & HEX) != 0;
  }

  static Survey of(char[] text) {
    return of(text, null, null);
  }

  /** Surveys the text and, in the same pass, reports every keyword of {@code ac} to {@code sink}. */
  static Survey of(char[] text, AhoCorasick ac, AhoCorasick.Sink sink) {
    Survey s = new Survey();
    s.run(text, ac, sink);
    return s;
  }

  // Tracker state, kept in fields so the helpers stay small.
  private int lastTokEnd = -1;
  private int lastTokLen;
  private int pairStart = -1;
  private int pairEnd;
  private int pairs;

  private void run(char[] t, AhoCorasick ac, AhoCorasick.Sink sink) {
    final int n = t.length;
    final char[] acClass = ac == null ? new char[65536] : ac.classOf;
    final int[] acJump = ac == null ? new int[1] : ac.jump;
    final int[][] acOut = ac == null ? new int[1][] : ac.out;
    final int acWidth = ac == null ? 1 : ac.width;
    final int[] acLen = ac == null ? new int[0] : ac.lengths;
    int st = 0;
    int tokStart = -1;
    int digStart = -1;
    int digCount = 0;
    int digLast = -1;
    int wordStart = -1;
    int wordLen = 0;
    boolean wordBad = false;
    int runStart = -1;
    int runWords = 0;
    int runLastEnd = 0;
    int sepLen = 0;
    for (int i = 0; i < n; i++) {
      char c = t[i];
      int jump = acJump[st + acClass[c]];
      if (jump >= 0) {
        st = jump;
      } else {
        st = ~jump;
        for (int p : acOut[st / acWidth]) {
          sink.hit(p, i + 1 - acLen[p], i + 1);
        }
      }
      int k = c < 128 ? CLS[c] : 0;
      // Fast path, most characters: a lower-case letter inside a word inside a token.
      if ((k & LOWER) != 0 && tokStart >= 0 && wordStart >= 0 && digStart < 0) {
        wordLen++;
        continue;
      }
      // Token runs; '=' is padding only at the end of a run.
      if ((k & TOKEN) != 0) {
        if (tokStart < 0) {
          tokStart = i;
        }
      } else if (tokStart >= 0) {
        int end = i;
        if (c == '=') {
          int j = i;
          while (j < n && t[j] == '=') {
            j++;
          }
          if (j >= n || !isToken(t[j])) {
            end = j;
          }
        }
        endToken(t, tokStart, end);
        tokStart = -1;
      }
      // Digit runs with single space or dash separators.
      if ((k & DIGIT) != 0) {
        if (digStart < 0) {
          digStart = i;
          digCount = 0;
        }
        digCount++;
        digLast = i;
      } else if (digStart >= 0 && !((c == ' ' || c == '-') && digLast == i - 1)) {
        if (digCount >= MIN_DIGITS) {
          digits.add(digStart, digLast + 1);
        }
        digStart = -1;
      }
      // Runs of 3..8 letter lower-case words, as seed phrases are written.
      if ((k & LOWER) != 0) {
        if (wordStart < 0) {
          wordStart = i;
          wordLen = 0;
          wordBad = false;
        }
        wordLen++;
      } else if ((k & UPPER) != 0 || c >= 128) {
        wordBad = true;
        if (wordStart < 0) {
          wordStart = i;
          wordLen = 0;
        }
      } else {
        if (wordStart >= 0) {
          if (!wordBad && wordLen >= 3 && wordLen <= 8) {
            if (runWords == 0) {
              runStart = wordStart;
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
          wordStart = -1;
        }
        if (runWords > 0 && (++sepLen > 8 || (k & WORD_SEP) == 0)) {
          if (runWords >= MIN_WORDS) {
            words.add(runStart, runLastEnd);
          }
          runWords = 0;
        }
      }
      // Escape sequences that can hide text.
      if (c == '%' || c == '\\' || c == '&') {
        markEscape(t, i);
      }
    }
    if (tokStart >= 0) {
      endToken(t, tokStart, n);
    }
    endPairs();
    if (digStart >= 0 && digCount >= MIN_DIGITS) {
      digits.add(digStart, digLast + 1);
    }
    if (wordStart >= 0 && !wordBad && wordLen >= 3 && wordLen <= 8) {
      if (runWords == 0) {
        runStart = wordStart;
      }
      runWords++;
      runLastEnd = n;
    }
    if (runWords >= MIN_WORDS) {
      words.add(runStart, runLastEnd);
    }
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

  private void markEscape(char[] t, int i) {
    int n = t.length;
    char c = t[i];
    boolean strong;
    if (c == '%') {
      strong = i + 2 < n && isHex(t[i + 1]) && isHex(t[i + 2]);
    } else if (c == '\\') {
      char d = i + 1 < n ? t[i + 1] : ' ';
      strong = d == 'x' || d == 'u' || d == 'U';
    } else {
      char d = i + 1 < n ? t[i + 1] : ' ';
      strong = d == '#' || (d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z');
      if (strong) {
        strong = false;
        for (int j = i + 2; j < n && j <= i + 10; j++) {
          if (t[j] == ';') {
            strong = true;
            break;
          }
        }
      }
    }
    if (!strong) {
      return;
    }
    int cnt = escapes.count();
    if (cnt > 0 && escapes.end(cnt - 1) > i) {
      return;
    }
    int s = i;
    while (s > 0 && s > i - 4096 && !boundary(t, s - 1)) {
      s--;
    }
    int e = i + 1;
    while (e < n && e < i + 65536 && !boundary(t, e)) {
      e++;
    }
    escapes.add(s, e);
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
      int lineLen = e - s;
      while (i + 1 < n && lineLen >= 40 && t[e - 1] != '='
          && gapIsNewline(t, e, tokens.start(i + 1))) {
        i++;
        e = tokens.end(i);
        lineLen = Math.max(lineLen, e - tokens.start(i));
      }
      out.add(s, e);
      i++;
    }
    return out;
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
