package io.moltr.core.scan;

/**
 * Finds the places a costly check may pay off: long token runs (base64, hex, base32 candidates
 * and key-shaped values), long digit runs (cards, IBANs), runs of short lower-case words (seed
 * phrases), escape sequences and spaced hex bytes. Everything else is never looked at again.
 *
 * <p>Two steps. A branch-free pass turns every 64 characters into bit masks (token, digit,
 * word...), and shifts and ANDs of those masks mark where a run long enough to matter can be;
 * then the exact run loops read only the characters there. Clean text is mostly short runs, so
 * the loops that mispredicted at every word end now see a few percent of the text.
 */
final class Survey {
  static final int MIN_TOKEN = 16;
  static final int MIN_DIGITS = 12;
  static final int MIN_WORDS = 12;
  static final int MIN_HEX_PAIRS = 8;
  static final int MIN_HEX_QUADS = 4;
  /**
   * Separator characters allowed between two words of a seed-phrase run: enough for a numbered
   * list indented in YAML ("\n        10. " is 13).
   */
  static final int MAX_WORD_GAP = 16;
  /** Twelve words of at least three letters with a separator between each: 47 characters. */
  private static final int MIN_WORD_SPAN = MIN_WORDS * 3 + MIN_WORDS - 1;

  private static final byte TOKEN = 1;
  private static final byte HEX = 16;
  private static final byte WORD_SEP = 32;
  private static final byte[] CLS = new byte[128];
  /** Token characters over all of char: one load and no range test in the hottest loops. */
  private static final boolean[] TOKEN_CHAR = new boolean[65536];

  // Bits of MASK_CLASS, one mask per bit.
  private static final int M_TOKEN = 0;
  private static final int M_DIGIT = 1;
  /** ' ' or '-': may sit between the digits of a card number. */
  private static final int M_DIGIT_SEP = 2;
  /** Lower-case letter or word separator: all a seed phrase is made of. */
  private static final int M_PHRASE = 3;
  /** Any letter, or non-ASCII: what a word is made of. */
  private static final int M_WORD = 4;
  private static final int M_HEX = 5;
  private static final int M_PAD = 6;
  /** A control character or ' ': where a piece of a split key ends. The byte's sign bit. */
  private static final int M_SPACE = 7;
  private static final int MASKS = 8;
  private static final byte[] MASK_CLASS = new byte[65536];
  /**
   * For place j (0..7) in a group of eight characters and character c (0..127, and 128 for every
   * character above): bit k of c's class at bit 8k + j. Index 129j + c.
   */
  private static final long[] SPREAD = new long[8 * 129];

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
    for (int c = 0; c < 65536; c++) {
      int m = 0;
      if (c < 128) {
        m |= (CLS[c] & TOKEN) != 0 ? 1 << M_TOKEN : 0;
        m |= c >= '0' && c <= '9' ? 1 << M_DIGIT : 0;
        m |= c == ' ' || c == '-' ? 1 << M_DIGIT_SEP : 0;
        m |= (c >= 'a' && c <= 'z') || (CLS[c] & WORD_SEP) != 0 ? 1 << M_PHRASE : 0;
        m |= (CLS[c] & HEX) != 0 ? 1 << M_HEX : 0;
        m |= c == '=' ? 1 << M_PAD : 0;
        m |= c <= ' ' ? 1 << M_SPACE : 0;
      }
      m |= isWordChar((char) c) ? 1 << M_WORD : 0;
      MASK_CLASS[c] = (byte) m;
    }
    for (int c = 129; c < 65536; c++) {
      if (MASK_CLASS[c] != MASK_CLASS[128]) {
        throw new ExceptionInInitializerError("characters above 127 must share one mask class");
      }
    }
    for (int j = 0; j < 8; j++) {
      for (int c = 0; c <= 128; c++) {
        int cls = MASK_CLASS[c] & 0xFF;
        long v = 0;
        for (int k = 0; k < MASKS; k++) {
          v |= (long) ((cls >>> k) & 1) << (8 * k + j);
        }
        SPREAD[129 * j + c] = v;
      }
    }
  }

  final Spans tokens = new Spans();
  final Spans assigned = new Spans();
  final Spans digits = new Spans();
  final Spans words = new Spans();
  final Spans escapes = new Spans();
  /**
   * Backslash-newline line continuations (shell, C, Python, Makefile, a double-quoted YAML
   * scalar) that cut a word: [backslash, after the line break and, inside double quotes, the
   * next line's indentation).
   */
  final Spans continuations = new Spans();
  final Spans hexPairs = new Spans();
  /** Runs of space-separated four-hex-digit groups: the body of an xxd line. */
  final Spans hexQuads = new Spans();
  /** Bit i of word w: character 64w + i is a digit, a token character (for code lists). */
  long[] digitMask = new long[0];
  long[] tokenMask = new long[0];
  /**
   * Where a key written in spaced groups ("ghp_ 1a2B 3c4D") can be: a single space between token
   * characters with a digit at most 13 characters away (a group is at most 12 wide, so every
   * digit of such a run is that close to one of its joins). One bit per character.
   */
  long[] spacedJoins = new long[0];
  /**
   * Where a key written in pieces with other separators can be (" | ", "] [", a line break, a
   * string concatenation): after a token character, a gap (not one space between two letters)
   * with a token character again at most 12 characters on, a digit at most 13 characters away.
   * One bit per gap start.
   */
  long[] pieceJoins = new long[0];
  /** Bit i set where character i is a control character or ' '. */
  long[] spaces = new long[1];

  static boolean isToken(char c) {
    return TOKEN_CHAR[c];
  }

  static boolean isHex(char c) {
    return c < 128 && (CLS[c] & HEX) != 0;
  }

  static Survey of(char[] text) {
    return of(text, new String(text), null, null);
  }

  /**
   * Surveys {@code chars} (the characters of {@code text}) and reports every keyword of
   * {@code ac} to {@code sink}, in text order.
   */
  static Survey of(char[] chars, String text, AhoCorasick ac, AhoCorasick.Sink sink) {
    Survey s = new Survey();
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

  private void run(char[] t, String text, AhoCorasick ac, AhoCorasick.Sink sink) {
    if (ac != null) {
      ac.scan(t, sink);
    }
    long[][] m = masks(t);
    digitMask = m[M_DIGIT];
    tokenMask = m[M_TOKEN];
    tokenRuns(t, m[M_TOKEN], tokenCandidates(m));
    digitRuns(t, digitCandidates(m));
    wordRuns(t.length, m[M_PHRASE], m[M_WORD], runsOf(m[M_PHRASE], MIN_WORD_SPAN),
        wordStarts(m[M_WORD]));
    escapeSequences(t, text);
    long[] pairs = mixedPairs(m);
    spacedJoins = spacedJoins(m, spread13(pairs));
    pieceJoins = pieceJoins(m, spread13(twoNear(pairs)));
    spaces = m[M_SPACE];
  }

  private static long[] pieceJoins(long[][] m, long[] mixed) {
    long[] tok = m[M_TOKEN];
    long[] sep = m[M_DIGIT_SEP];
    long[] word = m[M_WORD];
    int words = tok.length;
    // A token character 1 to 12 on, by doubling: 1, 1-2, 1-4, 1-8, then 1-12 (8-wide moved by 4).
    long[] again = new long[words];
    orDown(again, again, tok, 1);
    for (int by : new int[] {1, 2, 4, 4}) {
      orDown(again, again, again, by);
    }
    long[] cards = cardGaps(m);
    long[] out = new long[words];
    for (int w = 0; w < words; w++) {
      // One space between two ASCII letters is prose's gap; a key's pieces mostly hold digits.
      long letters = word[w] & tok[w];
      long before = (letters << 1) | (w > 0 ? (word[w - 1] & tok[w - 1]) >>> 63 : 0);
      long after = (letters >>> 1) | (w + 1 < tok.length ? (word[w + 1] & tok[w + 1]) << 63 : 0);
      long single = sep[w] & before & after;
      out[w] = ~tok[w] & up1(tok, w) & again[w] & (mixed[w] | cards[w]) & ~single;
    }
    return out;
  }

  /**
   * Where a letter and a digit ("a1", "7Q") or a lower-case and an upper-case letter ("xF") stand
   * side by side: a key's pieces have such pairs, log numbers ("batch 77 in 118 ms", "#1187") and
   * prose mostly do not.
   */
  private static long[] mixedPairs(long[][] m) {
    long[] tok = m[M_TOKEN];
    long[] digit = m[M_DIGIT];
    long[] word = m[M_WORD];
    long[] phrase = m[M_PHRASE];
    int words = tok.length;
    long[] near = new long[words];
    long prevLetters = 0;
    long prevLower = 0;
    for (int w = 0; w < words; w++) {
      long letters = word[w] & tok[w];
      long lower = letters & phrase[w];
      long lettersBefore = (letters << 1) | (prevLetters >>> 63);
      long lowerBefore = (lower << 1) | (prevLower >>> 63);
      near[w] = (digit[w] & lettersBefore) | (letters & up1(digit, w))
          | (letters & ~lower & lowerBefore);
      prevLetters = letters;
      prevLower = lower;
    }
    return near;
  }

  /**
   * The pairs with another pair at most 13 characters away. A random key has a pair every two or
   * three characters; a name in camel case mostly has one ("baseUrl", "encodeURIComponent"), and
   * code is full of them.
   */
  private static long[] twoNear(long[] pairs) {
    int words = pairs.length;
    // Another pair 1 to 13 on or back: 1, then 1-2, 1-4, 1-8 and 1-13 by shifted ORs.
    long[] after = new long[words];
    long[] before = new long[words];
    orDown(after, after, pairs, 1);
    orUp(before, before, pairs, 1);
    for (int by : new int[] {1, 2, 4, 5}) {
      orDown(after, after, after, by);
      orUp(before, before, before, by);
    }
    long[] out = new long[words];
    for (int w = 0; w < words; w++) {
      out[w] = pairs[w] & (after[w] | before[w]);
    }
    return out;
  }

  /** An odd number of unescaped '"' stands between the start of i's line and i (at most 512 back). */
  private static boolean inDoubleQuotes(char[] t, int i) {
    int quotes = 0;
    for (int k = i - 1; k >= 0 && i - k <= 512 && t[k] != '\n'; k--) {
      if (t[k] == '"' && (k == 0 || t[k - 1] != '\\')) {
        quotes++;
      }
    }
    return (quotes & 1) == 1;
  }

  /** Spread 13 either way: 1, then 3, 7 and 13 by shifted ORs. */
  private static long[] spread13(long[] in) {
    long[] near = in;
    long[] wider = new long[in.length];
    for (int by : new int[] {1, 2, 4, 6}) {
      orDown(wider, near, near, by);
      orUp(wider, wider, near, by);
      long[] swap = near == in ? new long[in.length] : near;
      near = wider;
      wider = swap;
    }
    return near;
  }

  /**
   * out = a | b moved down by {@code by} (1 to 63): bit i of word w gets the bit {@code by} on,
   * the character {@code by} later. Forwards, so {@code out} may be {@code a} or {@code b}.
   */
  private static void orDown(long[] out, long[] a, long[] b, int by) {
    int last = out.length - 1;
    int back = 64 - by;
    for (int w = 0; w < last; w++) {
      out[w] = a[w] | (b[w] >>> by) | (b[w + 1] << back);
    }
    out[last] = a[last] | (b[last] >>> by);
  }

  /**
   * out = a | b moved up by {@code by} (1 to 63): the character {@code by} earlier. Backwards, so
   * {@code out} may be {@code a} or {@code b}.
   */
  private static void orUp(long[] out, long[] a, long[] b, int by) {
    int back = 64 - by;
    for (int w = out.length - 1; w > 0; w--) {
      out[w] = a[w] | (b[w] << by) | (b[w - 1] >>> back);
    }
    out[0] = a[0] | (b[0] << by);
  }

  /**
   * Gaps between the digit groups of a card ("4111 | 1111", "4788] [4705", "4111\" + \"1111"): a
   * digit before, and after at most six characters that are no token characters, a digit again.
   */
  private static long[] cardGaps(long[][] m) {
    long[] tok = m[M_TOKEN];
    long[] digit = m[M_DIGIT];
    int words = tok.length;
    // r[k]: a digit at most k on with only gap characters before it; g[k]: k gap characters on.
    long[] r1 = new long[words];
    long[] g1 = new long[words];
    for (int w = 0; w < words; w++) {
      r1[w] = down(digit, w, 1);
      g1[w] = ~down(tok, w, 1);
    }
    long[] r2 = new long[words];
    long[] g2 = new long[words];
    for (int w = 0; w < words; w++) {
      r2[w] = r1[w] | (g1[w] & down(r1, w, 1));
      g2[w] = g1[w] & down(g1, w, 1);
    }
    long[] out = new long[words];
    for (int w = 0; w < words; w++) {
      long g4 = g2[w] & down(g2, w, 2);
      long r4 = r2[w] | (g2[w] & down(r2, w, 2));
      long r6 = r4 | (g4 & down(r2, w, 4));
      out[w] = up1(digit, w) & r6;
    }
    return out;
  }

  private static long[] spacedJoins(long[][] m, long[] mixed) {
    long[] tok = m[M_TOKEN];
    long[] sep = m[M_DIGIT_SEP];
    int words = tok.length;
    long[] out = new long[words];
    for (int w = 0; w < words; w++) {
      // ' ' is the separator that is not a token character ('-' is one).
      out[w] = sep[w] & ~tok[w] & up1(tok, w) & down(tok, w, 1) & mixed[w];
    }
    return out;
  }

  /** Word w of mask {@code a} moved up by {@code by} (1..63) bits: bit i holds bit i - by. */
  private static long up(long[] a, int w, int by) {
    return (a[w] << by) | (w > 0 ? a[w - 1] >>> (64 - by) : 0);
  }

  /**
   * One mask per class bit, bit i of word w for character 64w + i, with a zero word at the end.
   * Branch-free, eight characters at a time: {@link #SPREAD} gives each character's class bits
   * already spread to their mask's byte (bit k of the class to byte k, at the character's place in
   * its group of eight), so eight loads ORed together hold eight masks' bytes for eight
   * characters; an 8x8 byte transpose of a 64-character block's eight such words then gives the
   * block's word of each mask. A character above 127 reads the table at 128: all of them share
   * one class.
   */
  private static long[][] masks(char[] t) {
    int n = t.length;
    int words = (n + 63) >>> 6;
    long[][] m = new long[MASKS][words + 1];
    long[] m0 = m[0];
    long[] m1 = m[1];
    long[] m2 = m[2];
    long[] m3 = m[3];
    long[] m4 = m[4];
    long[] m5 = m[5];
    long[] m6 = m[6];
    long[] m7 = m[7];
    long[] sp = SPREAD;
    final long bytes1 = 0x00FF00FF00FF00FFL;
    final long bytes2 = 0x0000FFFF0000FFFFL;
    final long bytes4 = 0x00000000FFFFFFFFL;
    int full = n >>> 6;
    for (int w = 0; w < full; w++) {
      int o = w << 6;
      // Row g: the masks' bytes for characters 8g..8g+7 of the block, byte k for mask k.
      long a0 = spread(sp, t, o);
      long a1 = spread(sp, t, o + 8);
      long a2 = spread(sp, t, o + 16);
      long a3 = spread(sp, t, o + 24);
      long a4 = spread(sp, t, o + 32);
      long a5 = spread(sp, t, o + 40);
      long a6 = spread(sp, t, o + 48);
      long a7 = spread(sp, t, o + 56);
      // Transpose: swap single bytes between neighbouring rows, then pairs, then fours.
      long x = ((a0 >>> 8) ^ a1) & bytes1;
      a1 ^= x;
      a0 ^= x << 8;
      x = ((a2 >>> 8) ^ a3) & bytes1;
      a3 ^= x;
      a2 ^= x << 8;
      x = ((a4 >>> 8) ^ a5) & bytes1;
      a5 ^= x;
      a4 ^= x << 8;
      x = ((a6 >>> 8) ^ a7) & bytes1;
      a7 ^= x;
      a6 ^= x << 8;
      x = ((a0 >>> 16) ^ a2) & bytes2;
      a2 ^= x;
      a0 ^= x << 16;
      x = ((a1 >>> 16) ^ a3) & bytes2;
      a3 ^= x;
      a1 ^= x << 16;
      x = ((a4 >>> 16) ^ a6) & bytes2;
      a6 ^= x;
      a4 ^= x << 16;
      x = ((a5 >>> 16) ^ a7) & bytes2;
      a7 ^= x;
      a5 ^= x << 16;
      x = ((a0 >>> 32) ^ a4) & bytes4;
      a4 ^= x;
      a0 ^= x << 32;
      x = ((a1 >>> 32) ^ a5) & bytes4;
      a5 ^= x;
      a1 ^= x << 32;
      x = ((a2 >>> 32) ^ a6) & bytes4;
      a6 ^= x;
      a2 ^= x << 32;
      x = ((a3 >>> 32) ^ a7) & bytes4;
      a7 ^= x;
      a3 ^= x << 32;
      m0[w] = a0;
      m1[w] = a1;
      m2[w] = a2;
      m3[w] = a3;
      m4[w] = a4;
      m5[w] = a5;
      m6[w] = a6;
      m7[w] = a7;
    }
    byte[] mc = MASK_CLASS;
    for (int i = full << 6; i < n; i++) {
      int c = mc[t[i]] & 0xFF;
      for (int k = 0; k < MASKS; k++) {
        m[k][i >>> 6] |= (long) ((c >>> k) & 1) << i;
      }
    }
    return m;
  }

  /** The spread class bits of the eight characters at {@code o}, ORed. */
  private static long spread(long[] sp, char[] t, int o) {
    return sp[Math.min(t[o], 128)]
        | sp[129 + Math.min(t[o + 1], 128)]
        | sp[258 + Math.min(t[o + 2], 128)]
        | sp[387 + Math.min(t[o + 3], 128)]
        | sp[516 + Math.min(t[o + 4], 128)]
        | sp[645 + Math.min(t[o + 5], 128)]
        | sp[774 + Math.min(t[o + 6], 128)]
        | sp[903 + Math.min(t[o + 7], 128)];
  }

  /** Word w of mask {@code a} moved down by {@code by} bits: bit i holds bit i + by. */
  private static long down(long[] a, int w, int by) {
    int q = w + (by >>> 6);
    int r = by & 63;
    long lo = q < a.length ? a[q] : 0;
    if (r == 0) {
      return lo;
    }
    long hi = q + 1 < a.length ? a[q + 1] : 0;
    return (lo >>> r) | (hi << (64 - r));
  }

  /** Word w of mask {@code a} moved up by one bit: bit i holds bit i - 1. */
  private static long up1(long[] a, int w) {
    return (a[w] << 1) | (w > 0 ? a[w - 1] >>> 63 : 0);
  }

  /** Bit i set where bits i .. i + k - 1 of {@code m} are all set. */
  static long[] runsOf(long[] m, int k) {
    long[] cur = m.clone();
    int len = 1;
    while (len * 2 <= k) {
      andDown(cur, len);
      len *= 2;
    }
    if (len < k) {
      andDown(cur, k - len);
    }
    return cur;
  }

  /** a &= a moved down by {@code by}; in place, since word w reads only words at or above w. */
  private static void andDown(long[] a, int by) {
    if (by >= 64) {
      for (int w = 0; w < a.length; w++) {
        a[w] &= down(a, w, by);
      }
      return;
    }
    int last = a.length - 1;
    int back = 64 - by;
    for (int w = 0; w < last; w++) {
      a[w] &= (a[w] >>> by) | (a[w + 1] << back);
    }
    a[last] &= a[last] >>> by;
  }

  /** The next set bit at or after {@code from}, or -1. */
  private static int nextSet(long[] m, int from) {
    int w = from >>> 6;
    if (w >= m.length) {
      return -1;
    }
    long x = m[w] & (-1L << from);
    while (x == 0) {
      if (++w >= m.length) {
        return -1;
      }
      x = m[w];
    }
    return (w << 6) + Long.numberOfTrailingZeros(x);
  }

  /**
   * Tokens the exact loop must see: runs of 16 or more, runs followed by '=' (padding can make
   * them long enough), and runs of two or four hex characters (spaced hex bytes).
   */
  private static long[] tokenCandidates(long[][] m) {
    long[] tok = m[M_TOKEN];
    long[] hex = m[M_HEX];
    long[] pad = m[M_PAD];
    long[] sep = m[M_DIGIT_SEP];
    long[] out = runsOf(tok, MIN_TOKEN);
    long prevQuad = 0;
    for (int w = 0; w < out.length; w++) {
      long t = tok[w];
      long start = t & ~up1(tok, w);
      long t1 = down(tok, w, 1);
      long t2 = down(tok, w, 2);
      long h2 = hex[w] & down(hex, w, 1);
      long pair = start & t1 & ~t2 & h2;
      long t3 = down(tok, w, 3);
      long t4 = down(tok, w, 4);
      long hx23 = down(hex, w, 2) & down(hex, w, 3);
      long prefixed = start & t1 & t2 & t3 & ~t4 & hx23;
      // Four hex characters and a space: a group of a hex dump line ("354a 3879 ...", xxd). A
      // group counts where another one follows it (a year or a port alone costs no read).
      long quad = start & t1 & t2 & t3 & ~t4 & h2 & hx23 & down(sep, w, 4);
      out[w] |= (t & down(pad, w, 1)) | pair | prefixed;
      if (w > 0) {
        out[w - 1] |= prevQuad & ((prevQuad >>> 5) | (quad << 59));
      }
      prevQuad = quad;
    }
    out[out.length - 1] |= prevQuad & (prevQuad >>> 5);
    return out;
  }

  /**
   * Starts of twelve characters that are all digits or single separators between two digits:
   * a digit run of twelve or more (what the exact loop counts) holds such a stretch.
   */
  private static long[] digitCandidates(long[][] m) {
    long[] d = m[M_DIGIT];
    long[] sep = m[M_DIGIT_SEP];
    long[] linked = new long[d.length];
    for (int w = 0; w < d.length; w++) {
      linked[w] = d[w] | (sep[w] & up1(d, w) & down(d, w, 1));
    }
    return runsOf(linked, MIN_DIGITS);
  }

  /**
   * Token runs; '=' is padding only at the end of a run. Only candidate runs are read; a skipped
   * run is shorter than 16 and no hex pair, so its only effect would end a pair sequence, which
   * the next pair's distance test does as well.
   */
  private void tokenRuns(char[] t, long[] tok, long[] candidates) {
    final int n = t.length;
    int next = 0;
    boolean follow = false;
    while (true) {
      // A short last line of wrapped base64 continues the block: after one, read the next run.
      int p = nextSet(follow ? tok : candidates, next);
      if (p < 0) {
        break;
      }
      int s = prevClear(tok, p) + 1;
      int i = nextClear(tok, p);
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
      int before = tokens.count();
      endToken(t, s, end);
      follow = tokens.count() > before && lastTokLen >= 40 && t[lastTokEnd - 1] != '=';
      next = i;
    }
    endPairs();
    endQuads();
  }

  /** Digit runs at the candidates, each read from its first digit by the exact loop. */
  private void digitRuns(char[] t, long[] candidates) {
    int next = 0;
    int p;
    while ((p = nextSet(candidates, next)) >= 0) {
      int s = p;
      while (s > 0 && digitLink(t, s - 1)) {
        s--;
      }
      next = digitRun(t, s);
    }
  }

  private static boolean digitLink(char[] t, int i) {
    char c = t[i];
    if (c >= '0' && c <= '9') {
      return true;
    }
    return (c == ' ' || c == '-') && i > 0 && i + 1 < t.length
        && (char) (t[i - 1] - '0') <= 9 && (char) (t[i + 1] - '0') <= 9;
  }

  /**
   * One digit run with single space or dash separators, from the digit at {@code s}; recorded
   * when it holds enough digits. Returns where the run stopped.
   */
  private int digitRun(char[] t, int s) {
    final int n = t.length;
    int i = s;
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
    return i;
  }

  /**
   * Runs of 3..8 letter lower-case words, as seed phrases are written, inside the candidate
   * stretches: 47 or more characters that are all lower-case letters or separators. Inside one,
   * every word is lower-case and every gap is separators, so only lengths decide; a word that
   * the stretch's edge cuts goes on with an upper-case or non-ASCII letter and is bad. Words
   * are stepped through on the masks, never character by character.
   */
  private void wordRuns(int n, long[] phrase, long[] word, long[] candidates, long[] starts) {
    // A word of any other length ends every run: only the parts between two such words that
    // hold twelve starts are stepped through. Prose, full of "a", "of" and "configuration", has
    // few such parts.
    long[] breaks = new long[word.length];
    for (int w = 0; w < word.length; w++) {
      breaks[w] = word[w] & ~up1(word, w) & ~starts[w];
    }
    int next = 0;
    int p;
    while ((p = nextSet(candidates, next)) >= 0) {
      int s = prevClear(phrase, p) + 1;
      int e = nextClear(phrase, p);
      next = e;
      if (count(starts, s, e) < MIN_WORDS) {
        continue; // hex ids and hashes: long stretches with few words of three to eight letters
      }
      boolean cutStart = s > 0 && bit(word, s - 1);
      boolean cutEnd = e < n && bit(word, e);
      int from = s;
      while (from < e) {
        int b = nextSet(breaks, from);
        int to = b < 0 || b >= e ? e : b;
        if (count(starts, from, to) >= MIN_WORDS) {
          stepWords(word, from, to, s, e, cutStart, cutEnd);
        }
        if (to >= e) {
          break;
        }
        from = Math.min(nextClear(word, to), e);
      }
    }
  }

  /**
   * The runs among the words that start in [from, to) of the stretch [s, e): a word is good at
   * three to eight letters unless the stretch's edge cuts it, and a gap over {@link
   * #MAX_WORD_GAP} ends a run as a bad word does.
   */
  private void stepWords(long[] word, int from, int to, int s, int e, boolean cutStart, boolean cutEnd) {
    int runStart = -1;
    int runWords = 0;
    int runLastEnd = 0;
    int i = from;
    while (true) {
      int ws = nextSet(word, i);
      if (ws < 0 || ws >= to) {
        break;
      }
      int we = Math.min(nextClear(word, ws), e);
      int len = we - ws;
      boolean good = len >= 3 && len <= 8 && !(ws == s && cutStart) && !(we == e && cutEnd);
      if (runWords > 0 && (!good || ws - runLastEnd > MAX_WORD_GAP)) {
        if (runWords >= MIN_WORDS) {
          words.add(runStart, runLastEnd);
        }
        runWords = 0;
      }
      if (good) {
        if (runWords == 0) {
          runStart = ws;
        }
        runWords++;
        runLastEnd = we;
      }
      i = we;
    }
    if (runWords >= MIN_WORDS) {
      words.add(runStart, runLastEnd);
    }
  }

  /** Starts of words of three to eight letters (of any case: a superset of the good ones). */
  private static long[] wordStarts(long[] word) {
    long[] three = runsOf(word, 3);
    long[] nine = runsOf(word, 9);
    for (int w = 0; w < three.length; w++) {
      three[w] &= ~up1(word, w) & ~nine[w];
    }
    return three;
  }

  /** Set bits in [from, to). */
  private static int count(long[] m, int from, int to) {
    if (from >= to) {
      return 0;
    }
    int fw = from >>> 6;
    int tw = (to - 1) >>> 6;
    long first = m[fw] & (-1L << from);
    long lastMask = -1L >>> (63 - ((to - 1) & 63));
    if (fw == tw) {
      return Long.bitCount(first & lastMask);
    }
    int c = Long.bitCount(first) + Long.bitCount(m[tw] & lastMask);
    for (int w = fw + 1; w < tw; w++) {
      c += Long.bitCount(m[w]);
    }
    return c;
  }

  private static boolean bit(long[] m, int i) {
    return (m[i >>> 6] & (1L << i)) != 0;
  }

  /** The first clear bit at or after {@code from}; the zero word at the end bounds it. */
  private static int nextClear(long[] m, int from) {
    int w = from >>> 6;
    long x = ~m[w] & (-1L << from);
    while (x == 0) {
      x = ~m[++w];
    }
    return (w << 6) + Long.numberOfTrailingZeros(x);
  }

  /** The last clear bit at or before {@code from}, or -1. */
  private static int prevClear(long[] m, int from) {
    int w = from >>> 6;
    long x = ~m[w] & (-1L >>> (63 - (from & 63)));
    while (x == 0) {
      if (--w < 0) {
        return -1;
      }
      x = ~m[w];
    }
    return (w << 6) + 63 - Long.numberOfLeadingZeros(x);
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
      if (i == bsl && i > 0 && (isToken(t[i - 1]) || t[i - 1] == '=' || t[i - 1] == ':')) {
        // Only a word cut by the continuation: "5020-1375\" then "-1347-5025"; a break after a
        // space ("docker run --rm \") joins nothing.
        int k = i + 1 < t.length && t[i + 1] == '\r' ? i + 2 : i + 1;
        if (k + 1 < t.length && t[k] == '\n') {
          // In a double-quoted YAML scalar an escaped line break also drops the next line's
          // indentation ("glptt-ROF-47n\" then "    749Cup..." is one word).
          int v = k + 1;
          if (inDoubleQuotes(t, i)) {
            while (v < t.length && v - k <= 32 && (t[v] == ' ' || t[v] == '\t')) {
              v++;
            }
          }
          if (v < t.length && isToken(t[v])) {
            continuations.add(i, v);
          }
        }
      }
      markEscape(t, i, escapes, searched);
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
    boolean pair =
        (len == 2 && isHex(t[s]) && isHex(t[s + 1]))
            || (len == 4 && t[s] == '0' && (t[s + 1] | 32) == 'x'
                && isHex(t[s + 2]) && isHex(t[s + 3]));
    if (len == 4 && quadGroup(t, s) && quadGroup(t, s + 5)) {
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

  /** Four hex characters at {@code s}, a space after them, a non-token character before. */
  static boolean quadGroup(char[] t, int s) {
    return s + 4 < t.length && (s == 0 || !isToken(t[s - 1])) && isHex(t[s]) && isHex(t[s + 1])
        && isHex(t[s + 2]) && isHex(t[s + 3]) && t[s + 4] == ' ';
  }

  private void endQuads() {
    if (quads >= MIN_HEX_QUADS) {
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

  /**
   * Marks the segment around an escape at {@code i} ({@code %41}, {@code \\x41}, {@code \\u0041},
   * {@code &#65;}, a JSON-escaped slash) for decoding, unless the last segment already covers it.
   * Two or more {@code \\n} close together mark a whole JSON string instead: a file read by a tool
   * and returned as JSON (an .env, a key, a numbered word list) only reads as lines once decoded.
   * Shared with the reference survey of the tests.
   */
  static void markEscape(char[] t, int i, Spans escapes, int[] searched) {
    int n = t.length;
    char c = t[i];
    boolean strong;
    if (c == '%') {
      strong = i + 2 < n && isHex(t[i + 1]) && isHex(t[i + 2]);
    } else if (c == '\\') {
      char d = i + 1 < n ? t[i + 1] : ' ';
      strong = d == 'x' || d == 'u' || d == 'U' || d == '/'
          || (d >= '0' && d <= '3' && i + 3 < n && octal(t[i + 2]) && octal(t[i + 3]));
      if (d == 'n' && !covered(escapes, i) && jsonString(t, i, escapes, searched)) {
        return;
      }
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
    if (!strong || covered(escapes, i)) {
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
    if (c == '\\' && s > 0 && t[s - 1] == '"' && e < n && t[e] == ' ') {
      // Inside a JSON string the value may hold plain spaces ("Aadhaar", an escaped '=', then
      // "9389 0327 6414"):
      // the segment runs on to the closing quote, 256 characters at most, on the same line.
      int q = e;
      while (q < n && q - e < 256 && t[q] != '\n' && !(t[q] == '"' && t[q - 1] != '\\')) {
        q++;
      }
      if (q < n && t[q] == '"') {
        e = q;
      }
    }
    escapes.add(s, e);
  }

  private static boolean octal(char c) {
    return c >= '0' && c <= '7';
  }

  private static boolean covered(Spans escapes, int i) {
    int cnt = escapes.count();
    return cnt > 0 && escapes.end(cnt - 1) > i;
  }

  /**
   * Longest JSON string read as one: a file's content in an API response (GitHub's contents API
   * gives base64 lines joined by \n) is as long as the file. Each character is passed at most
   * once, whatever the length ({@code searched}).
   */
  static final int MAX_JSON_STRING = 1 << 20;

  /**
   * The JSON string around the {@code \\n} at {@code i}, when another follows within 200
   * characters: between unescaped quotes, or else the line it stands on (4 KiB back, 64 KiB ahead
   * at most).
   * {@code searched} keeps the work linear on hostile text: [0] is where the last look ahead ended
   * (no new look starts before it), [1] the last point a look back found neither quote nor line
   * start after.
   */
  private static boolean jsonString(char[] t, int i, Spans escapes, int[] searched) {
    int n = t.length;
    if (i < searched[0]) {
      return false;
    }
    boolean second = false;
    for (int j = i + 2; j + 1 < n && j < i + 200 && !second; j++) {
      second = t[j] == '\\' && t[j + 1] == 'n';
    }
    if (!second) {
      return false;
    }
    int floor = Math.max(searched[1], escapes.count() > 0 ? escapes.end(escapes.count() - 1) : 0);
    int s = i;
    while (s > floor && i - s < MAX_JSON_STRING && !unescapedQuote(t, s - 1) && t[s - 1] != '\n') {
      s--;
    }
    // Inside quotes, the string; printed without them ("Tool output: a\\nb\\n..."), the line.
    boolean quoted = s > floor && unescapedQuote(t, s - 1);
    boolean line = !quoted && (s == 0 || (s > floor && t[s - 1] == '\n'));
    if (!quoted && !line) {
      searched[1] = i;
      return false;
    }
    int e = i + 2;
    while (e < n && e - i < MAX_JSON_STRING && !(quoted ? unescapedQuote(t, e) : t[e] == '\n')) {
      e++;
    }
    searched[0] = e;
    if (quoted ? e >= n || !unescapedQuote(t, e) : e - i >= MAX_JSON_STRING) {
      return false;
    }
    escapes.add(s, e);
    return true;
  }

  private static boolean unescapedQuote(char[] t, int i) {
    return t[i] == '"' && (i == 0 || t[i - 1] != '\\');
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
      int firstEnd = e;
      int lineLen = e - s;
      // Only a token that ends its line can start a block of lines (the class test reads it all).
      boolean shortLines = lineLen >= MIN_TOKEN && e < t.length
          && (t[e] == '\n' || t[e] == '\r' || t[e] == '\\') && threeClasses(t, s, e);
      while ((lineLen >= 40 || shortLines) && t[e - 1] != '=') {
        if (i + 1 < n
            && (gapIsNewline(t, e, tokens.start(i + 1)) || escapedNewline(t, e, tokens.start(i + 1)))
            && sameAlphabet(t, s, firstEnd, tokens.start(i + 1) + (t[e] == '\\' ? 1 : 0), tokens.end(i + 1))
            && endsItsLine(t, tokens.end(i + 1))) {
          i++;
          e = tokens.end(i);
          lineLen = Math.max(lineLen, e - tokens.start(i));
          continue;
        }
        // A line cut by hand may be shorter than a token: "PVA1ckZ4V2NPV", "zVJeTJzRQ==".
        int next = shortLines ? shortLineEnd(t, e) : -1;
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

  /**
   * End of the line after {@code e} when that line is one run of base64 characters shorter than a
   * token (up to 12 blanks before it), ending its line; else -1.
   */
  static int shortLineEnd(char[] t, int e) {
    int k = e;
    if (k < t.length && t[k] == '\r') {
      k++;
    }
    if (k >= t.length || t[k] != '\n') {
      return -1;
    }
    k++;
    while (k < t.length && k - e <= 12 && (t[k] == ' ' || t[k] == '\t')) {
      k++;
    }
    int ns = k;
    while (k < t.length && k - ns < MIN_TOKEN && base64Char(t[k])) {
      k++;
    }
    return k > ns && k - ns < MIN_TOKEN && k - e <= 12 + MIN_TOKEN && endsItsLine(t, k) ? k : -1;
  }

  private static boolean base64Char(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
        || c == '=' || c == '-' || c == '_';
  }

  /**
   * Upper-case and lower-case letters and digits in [s, e): a base64 line cut short by hand
   * ("VkVSQ0VMX1RPS0VO" then "PVA1ckZ4V2NPV"), which is joined with the lines below it like a
   * block wrapped at 76, though it is shorter than 40.
   */
  static boolean threeClasses(char[] t, int s, int e) {
    return classBits(t, s, e) == (UPPER | LOWER | DIGIT);
  }

  static final int UPPER = 1;
  static final int LOWER = 2;
  static final int DIGIT = 4;

  /** Which of ASCII upper case, lower case and digits [s, e) holds, as UPPER | LOWER | DIGIT. */
  static int classBits(char[] t, int s, int e) {
    int bits = 0;
    for (int i = s; i < e && bits != (UPPER | LOWER | DIGIT); i++) {
      char c = t[i];
      bits |= c >= 'A' && c <= 'Z' ? UPPER : c >= 'a' && c <= 'z' ? LOWER : c >= '0' && c <= '9' ? DIGIT : 0;
    }
    return bits;
  }

  /**
   * A wrapped block keeps its first line's alphabet: a base32 or hex line is not continued by a
   * line with lower-case letters (a YAML key after a base32 value, "entry671: ...").
   */
  private static boolean sameAlphabet(char[] t, int s, int e, int ns, int ne) {
    boolean upper32 = true;
    boolean hex = true;
    for (int i = s; i < e && (upper32 || hex); i++) {
      char c = t[i];
      upper32 &= (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7');
      hex &= isHex(c);
    }
    if (!upper32 && !hex) {
      return true;
    }
    for (int i = ns; i < ne; i++) {
      char c = t[i];
      boolean ok = c == '=' || (upper32 && ((c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7'))) || (hex && isHex(c));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * A wrapped line is all of its line, or closes a quote or bracket: a run that goes on with
   * ':' ("entry671: ...", a YAML key) or other punctuation starts new text.
   */
  private static boolean endsItsLine(char[] t, int e) {
    return e >= t.length || " \t\r\n\"'`)]},;<\\".indexOf(t[e]) >= 0;
  }

  /**
   * The line break between two wrapped lines written as a string escape ("...NzU5\\nNzEx...",
   * base64 wrapped at 76 inside a JSON string): the backslash ends the first run and the next
   * run starts at its 'n'.
   */
  private static boolean escapedNewline(char[] t, int from, int to) {
    return to == from + 1 && t[from] == '\\' && t[to] == 'n';
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
