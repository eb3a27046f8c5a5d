package io.moltr.core.scan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The decoding layer: each method turns one candidate span into the text it hides, or null when
 * the span does not decode to readable text. Binary results are dropped early so that images and
 * hashes cost only a short probe.
 */
final class Decoders {
  /**
   * Decoded text and the decoding's name. {@code partial}: the text is the first part only
   * (decompression stopped at its limit), so the rest was not read.
   */
  record Decoded(String text, String label, boolean partial) {
    Decoded(String text, String label) {
      this(text, label, false);
    }
  }

  static final int MAX_INFLATE = 256 * 1024;

  private Decoders() {}

  private static final byte[] B64 = new byte[128];
  /** Value of an ASCII hex digit, -1 for any other ASCII character. */
  private static final byte[] HEX_VALUE = new byte[128];
  // Probe classes of ASCII characters; whitespace carries every bit, so it never clears one.
  private static final int P_HEX = 1;
  private static final int P_B32 = 2;
  private static final int P_SPACE = 4;
  /** Lower-case base32 (a-z, 2-7): some tools print it so. */
  private static final int P_B32_LOWER = 8;
  private static final byte[] PROBE = new byte[128];

  static {
    for (int c = 0; c < 128; c++) {
      boolean hexDigit = Character.digit(c, 16) >= 0;
      boolean b32 = (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7') || c == '=';
      boolean b32Lower = (c >= 'a' && c <= 'z') || (c >= '2' && c <= '7') || c == '=';
      PROBE[c] = (byte) ((hexDigit ? P_HEX : 0) | (b32 ? P_B32 : 0) | (b32Lower ? P_B32_LOWER : 0));
    }
    for (char c : new char[] {'\n', '\r', ' ', '\t'}) {
      PROBE[c] = P_HEX | P_B32 | P_B32_LOWER | P_SPACE;
    }
    for (int c = 0; c < 128; c++) {
      HEX_VALUE[c] = (byte) Character.digit(c, 16);
    }
    java.util.Arrays.fill(B64, (byte) -1);
    String a = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < a.length(); i++) {
      B64[a.charAt(i)] = (byte) i;
    }
    B64['-'] = 62;
    B64['_'] = 63;
  }

  /**
   * Decodes the first few characters of a run without allocating. Most token runs are
   * identifiers, paths, ids and hashes: they fail here and cost a few nanoseconds.
   */
  static boolean probe(char[] t, int s, int e) {
    int i = s;
    if (e - s > 2 && t[s] == '0' && (t[s + 1] | 32) == 'x') {
      i += 2;
    }
    // Up to 24 characters, whitespace not counted: all hex, or all base32? Stops as soon as
    // neither can hold, which for an identifier is the second or third character.
    int acc = P_HEX | P_B32 | P_B32_LOWER;
    int seen = 0;
    for (int k = i; k < e && seen < 24 && acc != 0; k++) {
      char c = t[k];
      int f = c < 128 ? PROBE[c] : 0;
      acc &= f;
      seen += (f & P_SPACE) == 0 ? 1 : 0;
    }
    boolean hex = (acc & P_HEX) != 0;
    boolean b32 = (acc & P_B32) != 0;
    if (hex) {
      int n = 0;
      for (int k = i; k + 1 < e && n < 8; k += 2, n++) {
        if (!printable(HEX_VALUE[t[k]] << 4 | HEX_VALUE[t[k + 1]])) {
          return false; // a hash or an id
        }
      }
      return true;
    }
    if (b32) {
      return true;
    }
    if ((acc & P_B32_LOWER) != 0 && lowerBase32Text(t, i, e)) {
      // Lower-case words are runs of a-z too: only when the first five bytes decode to text.
      return true;
    }
    // Base64: 16 characters give 12 bytes; text has no control bytes, gzip and zlib headers do.
    int buf = 0;
    int bits = 0;
    int bad = 0;
    int n = 0;
    byte[] head = new byte[12];
    for (int k = i; k < e && n < 12; k++) {
      char c = t[k];
      int v = c < 128 ? B64[c] : -1;
      if (v < 0) {
        if (c == '=' || c == '\n' || c == '\r' || c == ' ') {
          continue;
        }
        return false;
      }
      buf = (buf << 6) | v;
      bits += 6;
      if (bits >= 8) {
        byte b = (byte) (buf >> (bits - 8));
        bits -= 8;
        head[n] = b;
        n++;
        bad += printable(b & 0xff) ? 0 : 1;
      }
    }
    return bad <= 3 || compressedHeader(head) || rawDeflateText(head, n) || utf16le(head, n);
  }

  /**
   * A run that did not decode as written, read backwards ({@code reversed}) or rotated by
   * rot13: base64 whose text was reversed or rotated before or after encoding ("rev | base64").
   * Probes the first 32 characters of the transformed run before building it; null if it is
   * not an encoding then either.
   */
  static Decoded decodeTransformed(String t, int s, int e, boolean reversed, int inflateLimit) {
    char[] head = new char[32];
    int n = 0;
    for (int k = 0; k < e - s && n < head.length; k++) {
      char c = reversed ? t.charAt(e - 1 - k) : rot13(t.charAt(s + k));
      if (reversed && n == 0 && c == '=') {
        continue; // reversed padding leads
      }
      head[n++] = c;
    }
    if (!probe(head, 0, n)) {
      return null;
    }
    String run = reversed ? new StringBuilder(t.substring(s, e)).reverse().toString() : rot13(t, s, e);
    int a = 0;
    while (reversed && a < run.length() && run.charAt(a) == '=') {
      a++;
    }
    Decoded d = decodeRun(run.substring(a), 0, run.length() - a, inflateLimit);
    return d == null ? null
        : new Decoded(d.text(), (reversed ? "reversed+" : "rot13+") + d.label(), d.partial());
  }

  /** The first eight characters (not counting whitespace) of lower-case base32 decode to printable bytes. */
  static boolean lowerBase32Text(char[] t, int s, int e) {
    int buf = 0;
    int bits = 0;
    int n = 0;
    for (int k = s; k < e && n < 5; k++) {
      char c = t[k];
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        continue;
      }
      if (c == '=') {
        break;
      }
      buf = (buf << 5) | (c >= 'a' ? c - 'a' : c - '2' + 26);
      bits += 5;
      if (bits >= 8) {
        if (!printable((buf >> (bits - 8)) & 0xff)) {
          return false;
        }
        bits -= 8;
        n++;
      }
    }
    return n == 5;
  }

  /**
   * ASCII text as UTF-16LE (PowerShell's -EncodedCommand): a printable byte, then a zero, over
   * the first {@code len} bytes.
   */
  static boolean utf16le(byte[] b, int len) {
    if (len < 8) {
      return false;
    }
    for (int k = 0; k + 1 < len; k += 2) {
      if (b[k + 1] != 0 || !printable(b[k] & 0xff)) {
        return false;
      }
    }
    return true;
  }

  /** Printable ASCII or common whitespace: what a secret written as text decodes to. */
  private static boolean printable(int v) {
    return (v >= 0x20 && v < 0x7f) || v == '\n' || v == '\r' || v == '\t';
  }

  /**
   * Chooses the decoder a token run looks like: hex, base32 or base64 (any variant); a compressed
   * run inflates to at most {@code inflateLimit} bytes.
   */
  static Decoded decodeRun(String t, int s, int e, int inflateLimit) {
    String run = stripWhitespace(t, s, e);
    int len = run.length();
    if (len < Survey.MIN_TOKEN) {
      return null;
    }
    String body = run.startsWith("0x") || run.startsWith("0X") ? run.substring(2) : run;
    if (allHex(body)) {
      // Hashes and ids are hex too: look at the first bytes before decoding the rest.
      if (body.length() % 2 == 0 && text(hex(body.substring(0, Math.min(16, body.length())))) != null) {
        String h = text(hex(body));
        if (h != null) {
          return new Decoded(h, "hex");
        }
      }
      // Hex-only runs that are not text are hashes or ids; base64 of text is rarely all-hex.
      return null;
    }
    if (base32Shaped(run)) {
      String b = text(base32(run));
      if (b != null) {
        return new Decoded(b, "base32");
      }
    }
    byte[] raw = base64(run);
    if (raw == null) {
      return null;
    }
    Decoded z = inflate(raw, inflateLimit);
    if (z != null) {
      return z;
    }
    String b = text(raw);
    if (b == null && raw.length >= 8 && raw.length % 2 == 0 && utf16le(raw, Math.min(raw.length, 64))) {
      String w = text(new String(raw, StandardCharsets.UTF_16LE).getBytes(StandardCharsets.UTF_8));
      return w == null ? null : new Decoded(w, "base64+utf16le");
    }
    return b == null ? null : new Decoded(b, "base64");
  }

  /** The run without its line breaks, also those written as "\\n" (wrapped lines in a JSON string). */
  private static String stripWhitespace(String t, int s, int e) {
    StringBuilder b = null;
    for (int i = s; i < e; i++) {
      char c = t.charAt(i);
      boolean escapedBreak = c == '\\' && i + 1 < e && t.charAt(i + 1) == 'n';
      if (escapedBreak || c == '\n' || c == '\r' || c == ' ' || c == '\t') {
        if (b == null) {
          b = new StringBuilder(e - s).append(t, s, i);
        }
        i += escapedBreak ? 1 : 0;
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? t.substring(s, e) : b.toString();
  }

  static boolean allHex(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Survey.isHex(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** All upper-case or all lower-case (some tools print base32 in lower case), digits 2-7. */
  private static boolean base32Shaped(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '=') {
      end--;
    }
    boolean upper = false;
    boolean lower = false;
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      upper |= c >= 'A' && c <= 'Z';
      lower |= c >= 'a' && c <= 'z';
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '2' && c <= '7')) || upper && lower) {
        return false;
      }
    }
    return true;
  }

  static byte[] hex(String s) {
    byte[] out = new byte[s.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) (Character.digit(s.charAt(2 * i), 16) << 4 | Character.digit(s.charAt(2 * i + 1), 16));
    }
    return out;
  }

  static byte[] base32(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() * 5 / 8);
    int buf = 0;
    int bits = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '=') {
        break;
      }
      int v = c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' : c - '2' + 26;
      buf = (buf << 5) | v;
      bits += 5;
      if (bits >= 8) {
        out.write((buf >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }

  /** Standard or URL-safe alphabet, padded or not. Probes the first bytes before the rest. */
  static byte[] base64(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '=') {
      end--;
    }
    if (end % 4 == 1) {
      end--; // a stray trailing character cannot carry a byte
    }
    byte[] out = new byte[end * 3 / 4];
    int o = 0;
    int buf = 0;
    int bits = 0;
    int bad = 0;
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      int v = c < 128 ? B64[c] : -1;
      if (v < 0) {
        return null;
      }
      buf = (buf << 6) | v;
      bits += 6;
      if (bits >= 8) {
        byte b = (byte) (buf >> (bits - 8));
        out[o++] = b;
        bits -= 8;
        if (o <= 48 && isBad(b)) {
          bad++;
        }
        // Early exit: gzip/zlib headers and raw deflate are binary on purpose, the rest must read.
        if ((o == 12 && bad > 2 || o == 48 && bad > 3) && !compressedHeader(out)
            && !rawDeflateText(out, o) && !utf16le(out, o)) {
          return null;
        }
      }
    }
    return o == out.length ? out : java.util.Arrays.copyOf(out, o);
  }

  private static boolean compressedHeader(byte[] b) {
    return (b[0] == 0x1f && (b[1] & 0xff) == 0x8b)
        || (b[0] == 0x78 && (b[1] == 0x01 || (b[1] & 0xff) == 0x9c || (b[1] & 0xff) == 0xda));
  }

  private static boolean isBad(byte b) {
    int v = b & 0xff;
    return (v < 0x20 && v != '\n' && v != '\r' && v != '\t') || v == 0x7f;
  }

  /** Reused per thread: a trial inflate runs for every binary-looking run. */
  private static final ThreadLocal<Inflater> RAW_INFLATER = ThreadLocal.withInitial(() -> new Inflater(true));

  /**
   * Raw deflate (no zlib or gzip header: zlib.compressobj(wbits=-15), deflateRaw, SAML) starts
   * with a block header, not a signature: the first bytes must inflate to readable text, or be
   * the still unfinished tables of a dynamic block. Images and hashes fail in a few bytes.
   */
  static boolean rawDeflateText(byte[] b, int len) {
    int type = (b[0] >> 1) & 3;
    if (len < 8 || type == 0 || type == 3 || !plausibleBlock(b, len, type)) {
      return false;
    }
    return inflatesToText(b, len, type);
  }

  /** The native trial alone, without the header checks: what {@link #plausibleBlock} must keep. */
  static boolean inflatesToText(byte[] b, int len, int type) {
    Inflater inf = RAW_INFLATER.get();
    inf.reset();
    inf.setInput(b, 0, len);
    byte[] out = new byte[64];
    int n;
    try {
      n = inf.inflate(out);
    } catch (java.util.zip.DataFormatException e) {
      return false;
    }
    if (n < 8 && (inf.finished() || !inf.needsInput())) {
      return false; // ended before eight bytes: too short to hide a secret
    }
    // Fewer than eight bytes and wanting more: the head ran out, inside a dynamic block's
    // Huffman tables or just after them; what came out so far must read.
    for (int k = 0; k < n; k++) {
      if (isBad(out[k]) || (out[k] & 0x80) != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The checks zlib would make on the first bits of a block, in Java, so that ids and hashes that
   * merely decode to binary do not each cost a native inflate. A fixed-code block must open with
   * three literals of readable text (nothing earlier can be referred back to); a dynamic block
   * must declare at most 286 and 30 codes and a complete code for its code lengths. Whatever
   * zlib would accept passes; most random bytes do not.
   */
  private static boolean plausibleBlock(byte[] b, int len, int type) {
    Bits in = new Bits(b, len, 3);
    if (type == 1) {
      for (int k = 0; k < 3; k++) {
        int sym = in.fixedSymbol();
        if (sym < 0 || sym == 256) {
          return true; // too few bytes to tell, or an empty block that another may follow
        }
        if (sym > 256) {
          // A copy of earlier output: fine after a literal, impossible before one.
          return k > 0 && sym <= 285;
        }
        if (sym > 0x7e || (sym < 0x20 && sym != '\n' && sym != '\r' && sym != '\t')) {
          return false;
        }
      }
      return true;
    }
    int hlit = in.read(5);
    int hdist = in.read(5);
    int hclen = in.read(4) + 4;
    if (hlit > 29 || hdist > 29) {
      return false;
    }
    int kraft = 0; // in units of 2^-7
    int used = 0;
    for (int k = 0; k < hclen; k++) {
      int l = in.read(3);
      if (l < 0) {
        return true; // not enough bytes to tell
      }
      if (l > 0) {
        kraft += 1 << (7 - l);
        used++;
      }
    }
    return used == 0 || kraft == 128;
  }

  /** Bits of a deflate stream, least significant first; -1 past the end. */
  private static final class Bits {
    private final byte[] b;
    private final int limit;
    private int pos;

    Bits(byte[] b, int len, int pos) {
      this.b = b;
      this.limit = len * 8;
      this.pos = pos;
    }

    int bit() {
      if (pos >= limit) {
        return -1;
      }
      int v = (b[pos >> 3] >> (pos & 7)) & 1;
      pos++;
      return v;
    }

    int read(int n) {
      int v = 0;
      for (int k = 0; k < n; k++) {
        int x = bit();
        if (x < 0) {
          return -1;
        }
        v |= x << k;
      }
      return v;
    }

    /** One symbol of the fixed literal/length code (codes are read most significant first). */
    int fixedSymbol() {
      int code = 0;
      for (int k = 0; k < 9; k++) {
        int x = bit();
        if (x < 0) {
          return -1;
        }
        code = code << 1 | x;
        if (k == 6 && code <= 0x17) {
          return 256 + code;
        }
        if (k == 7 && code >= 0x30 && code <= 0xbf) {
          return code - 0x30;
        }
        if (k == 7 && code >= 0xc0 && code <= 0xc7) {
          return 280 + code - 0xc0;
        }
      }
      return 144 + code - 0x190;
    }
  }

  /**
   * Gzip, zlib or raw deflate (headerless, only when its first bytes inflate to text), reading at
   * most {@code limit} bytes; a stream that holds more gives a partial result, which the scan
   * reports as not read to the end.
   */
  static Decoded inflate(byte[] raw, int limit) {
    if (raw.length < 8) {
      return null;
    }
    boolean header = compressedHeader(raw);
    if (!header && !rawDeflateText(raw, Math.min(raw.length, 48))) {
      return null;
    }
    boolean gzip = header && raw[0] == 0x1f;
    Inflater inflater = new Inflater(!header);
    try (InputStream in = gzip
        ? new GZIPInputStream(new ByteArrayInputStream(raw))
        : new InflaterInputStream(new ByteArrayInputStream(raw), inflater)) {
      byte[] out = in.readNBytes(Math.max(0, limit));
      boolean partial = in.read() >= 0;
      String label = gzip ? "base64+gzip" : "base64+deflate";
      String s = text(out);
      if (s == null && partial && out.length < 64) {
        return new Decoded("", label, true); // too little room left to tell: reported as unread
      }
      return s == null ? null : new Decoded(s, label, partial);
    } catch (IOException | RuntimeException e) {
      return null;
    } finally {
      inflater.end(); // a stream given its Inflater leaves ending it to the caller
    }
  }


  /** Bytes to text when at least 95% of them are printable; else null. */
  static String text(byte[] b) {
    if (b == null || b.length < 4) {
      return null;
    }
    int bad = 0;
    for (byte x : b) {
      if (isBad(x)) {
        bad++;
      }
    }
    if (bad * 20 > b.length) {
      return null;
    }
    String s = new String(b, StandardCharsets.UTF_8);
    int replaced = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\uFFFD') {
        replaced++;
      }
    }
    return replaced * 10 > s.length() ? null : s;
  }

  /** Spaced or listed hex bytes: "73 6b 2d", "0x73, 0x6b", "73:6b". */
  static Decoded hexPairs(String t, int s, int e) {
    StringBuilder h = new StringBuilder();
    int i = s;
    while (i < e) {
      char c = t.charAt(i);
      if (c == '0' && i + 1 < e && (t.charAt(i + 1) | 32) == 'x' && i + 3 < e
          && Survey.isHex(t.charAt(i + 2)) && Survey.isHex(t.charAt(i + 3))) {
        h.append(t, i + 2, i + 4);
        i += 4;
      } else if (i + 1 < e && Survey.isHex(c) && Survey.isHex(t.charAt(i + 1))) {
        h.append(t, i, i + 2);
        i += 2;
      } else {
        i++;
      }
    }
    String out = text(hex(h.toString()));
    return out == null ? null : new Decoded(out, "hex");
  }

  /** Longest digit run read as hex written in groups. */
  static final int MAX_GROUPED_HEX = 512;

  /**
   * A run of digits in groups ("3432 3033 333930 3135 ..."): hex of text cut into groups of any
   * width, as a card number or an IBAN hex-encodes to digits only. Read only when the groups
   * are separated (a run without separators is a token, decoded as such), the digits are even
   * in number, 24 or more, and the first bytes are text already; null otherwise.
   */
  static Decoded groupedHexDigits(String t, int s, int e) {
    if (e - s > MAX_GROUPED_HEX) {
      return null;
    }
    StringBuilder h = new StringBuilder(e - s);
    for (int i = s; i < e; i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        h.append(c);
      }
    }
    if (h.length() == e - s || h.length() < 24 || h.length() % 2 != 0
        || text(hex(h.substring(0, 16))) == null) {
      return null;
    }
    String out = text(hex(h.toString()));
    return out == null ? null : new Decoded(out, "hex");
  }

  /** A hex dump's lines [start, end) and the bytes they hold. */
  record Dump(int start, int end, Decoded decoded) {}

  /**
   * An xxd dump ("00000000: 354a 3879 ...  5J8y...") whose first line's groups start at
   * {@code s}: the groups of it and of every dump line after it, read as one byte string (a
   * value runs on across lines). Null when the line does not start with an offset.
   */
  static Dump hexDump(String t, int s) {
    int n = t.length();
    // The offset stands right before the groups: seven or eight hex digits, ':' and a space (a
    // bounded look back, so a text of many group runs on one long line stays linear).
    int ls = s >= 10 && (s == 10 || t.charAt(s - 11) == '\n') ? s - 10 : s - 9;
    if (ls < 0 || (ls > 0 && t.charAt(ls - 1) != '\n') || dumpOffsetEnd(t, ls) != s) {
      return null;
    }
    StringBuilder h = new StringBuilder();
    int line = ls;
    int end = ls;
    while (line < n) {
      int i = dumpOffsetEnd(t, line);
      if (i < 0) {
        break;
      }
      int groups = 0;
      while (groups < 8) {
        int w = i + 4 <= n && hexRun(t, i, 4) ? 4 : i + 2 <= n && hexRun(t, i, 2) ? 2 : 0;
        if (w == 0 || (i + w < n && t.charAt(i + w) != ' ' && t.charAt(i + w) != '\n')) {
          break;
        }
        h.append(t, i, i + w);
        groups++;
        i += w;
        // one space: the next group; two: the character column
        if (w == 2 || i + 1 >= n || t.charAt(i) != ' ' || t.charAt(i + 1) == ' ') {
          break;
        }
        i++;
      }
      if (groups == 0) {
        break;
      }
      int nl = t.indexOf('\n', i);
      end = nl < 0 ? n : nl;
      if (nl < 0) {
        break;
      }
      line = nl + 1;
    }
    String out = h.length() < 16 ? null : text(hex(h.toString()));
    return out == null ? null : new Dump(ls, end, new Decoded(out, "hex"));
  }

  /** After a dump line's offset (seven or eight hex digits, ':' and a space), else -1. */
  private static int dumpOffsetEnd(String t, int ls) {
    int i = ls;
    while (i < t.length() && i - ls < 8 && Survey.isHex(t.charAt(i))) {
      i++;
    }
    if (i - ls < 7 || i + 1 >= t.length() || t.charAt(i) != ':' || t.charAt(i + 1) != ' ') {
      return -1;
    }
    return i + 2;
  }

  /**
   * Character {@code at} stands in the offset or group columns of an xxd line ("000013f0: 7200
   * 7265 ...") or of a hexdump or {@code od -x} line ("0000010 0003 003e 0001 ..."): its digits
   * are an offset or bytes written in hex, not a number.
   */
  static boolean inDumpGroups(String t, int at) {
    int ls = at;
    while (ls > 0 && at - ls < 60 && t.charAt(ls - 1) != '\n') {
      ls--;
    }
    if (ls > 0 && t.charAt(ls - 1) != '\n') {
      return false;
    }
    int groups = dumpOffsetEnd(t, ls);
    if (groups < 0) {
      groups = wordDumpOffsetEnd(t, ls);
    }
    return groups >= 0 && at < groups + 40;
  }

  /**
   * After a hexdump or {@code od -x} line's offset (seven hex digits and a space) when the rest
   * of the line is two to eight groups of four hex digits, else -1. Its words are little-endian,
   * so it is not decoded as xxd is; a short commit id ("a1b2c3d fix the parser") is no offset.
   */
  private static int wordDumpOffsetEnd(String t, int ls) {
    int n = t.length();
    if (ls + 8 > n || !hexRun(t, ls, 7) || t.charAt(ls + 7) != ' ') {
      return -1;
    }
    int g = ls + 8;
    int groups = 0;
    for (int i = g; groups < 8 && i + 4 <= n && hexRun(t, i, 4); i += 5) {
      groups++;
      if (i + 4 == n || t.charAt(i + 4) == '\n') {
        return groups >= 2 ? g : -1;
      }
      if (t.charAt(i + 4) != ' ') {
        return -1;
      }
    }
    return -1;
  }

  /** Longest line read as a row of a table of hex codes. */
  static final int MAX_TABLE_LINE = 200;

  /**
   * Character {@code at} stands on a row of a table of hex codes, and so does the line above or
   * below it: each row is six or more groups of four or five hex digits, one or two spaces apart
   * (Perl's Unicode::Collate::CJK tables, {@code od -An -x}). Its groups are code points or
   * words, not the pieces of a key cut by spaces; a key cut so stands alone or after its name.
   */
  static boolean inHexTable(String t, int at) {
    int ls = lineStart(t, at);
    if (ls < 0 || !hexTableRow(t, ls)) {
      return false;
    }
    int le = t.indexOf('\n', ls);
    if (le >= 0 && hexTableRow(t, le + 1)) {
      return true;
    }
    if (ls == 0) {
      return false;
    }
    int above = lineStart(t, ls - 1);
    return above >= 0 && hexTableRow(t, above);
  }

  /** The start of the line holding {@code at}, or -1 when it lies over MAX_TABLE_LINE before. */
  private static int lineStart(String t, int at) {
    int ls = at;
    while (ls > 0 && at - ls < MAX_TABLE_LINE && t.charAt(ls - 1) != '\n') {
      ls--;
    }
    return ls > 0 && t.charAt(ls - 1) != '\n' ? -1 : ls;
  }

  /** The line at {@code ls} is six or more hex groups of four or five digits and nothing else. */
  static boolean hexTableRow(String t, int ls) {
    int n = t.length();
    int i = ls;
    while (i < n && i - ls < 8 && t.charAt(i) == ' ') {
      i++;
    }
    int groups = 0;
    while (i < n && i - ls <= MAX_TABLE_LINE) {
      int g = i;
      while (i < n && i - g < 6 && Survey.isHex(t.charAt(i))) {
        i++;
      }
      if (i - g < 4 || i - g > 5) {
        return false;
      }
      groups++;
      int gap = i;
      while (i < n && i - gap < 3 && (t.charAt(i) == ' ' || t.charAt(i) == '\r')) {
        i++;
      }
      if (i == n || t.charAt(i) == '\n') {
        return groups >= 6;
      }
      if (i - gap == 0 || i - gap > 2) {
        return false;
      }
    }
    return false;
  }

  /**
   * The digits in [start, end) are groups of a table of four-digit hex codes ("5099 5091 5080
   * 5096 5098 509A", a code-point table): within three groups before or after them, on the same
   * or the next line, stands a group of four hex characters that holds a letter and a digit. A
   * card number written in groups has words, dates or other numbers around it, not hex codes.
   */
  static boolean inHexQuadTable(String t, int start, int end) {
    int n = t.length();
    int at = end;
    for (int k = 0; k < 3; k++) {
      int s = at;
      while (s < n && s - at < 2 && (t.charAt(s) == ' ' || t.charAt(s) == '\n')) {
        s++;
      }
      if (s == at || s + 4 > n || (s + 4 < n && Survey.isToken(t.charAt(s + 4)))
          || !hexRun(t, s, 4)) {
        break;
      }
      if (hexLetter(t, s)) {
        return true;
      }
      at = s + 4;
    }
    at = start;
    for (int k = 0; k < 3; k++) {
      int e = at;
      while (e > 0 && at - e < 2 && (t.charAt(e - 1) == ' ' || t.charAt(e - 1) == '\n')) {
        e--;
      }
      if (e == at || e < 4 || (e > 4 && Survey.isToken(t.charAt(e - 5))) || !hexRun(t, e - 4, 4)) {
        break;
      }
      if (hexLetter(t, e - 4)) {
        return true;
      }
      at = e - 4;
    }
    return false;
  }

  /** A hex group with a letter and a digit ("509A", "51f1"); "FACE" or "dead" are words. */
  private static boolean hexLetter(String t, int s) {
    boolean letter = false;
    boolean digit = false;
    for (int k = s; k < s + 4; k++) {
      boolean d = Character.isDigit(t.charAt(k));
      letter |= !d;
      digit |= d;
    }
    return letter && digit;
  }

  private static boolean hexRun(String t, int i, int w) {
    for (int k = i; k < i + w; k++) {
      if (!Survey.isHex(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Fewest character codes a list needs before it is read as text. */
  static final int MIN_CHAR_CODES = 8;

  /**
   * Where decimal character-code lists may be ("String.fromCharCode(65,75,...)",
   * "[104, 101, ...]", "chr(65)+chr(75)"): 64-character words of the masks (bit i of word w for
   * character 64w + i) holding at least five numbers of one to three digits that stand alone (a
   * whole token run: no letter, '_', '-', '+' or '/' glued to them), or three and, with the word
   * before, seven. Digits inside hex, ids, dates and words do not count, so clean text rarely
   * yields a candidate; each is read exactly by {@link #charCodes}. Candidates cover at most a
   * 32nd of the text plus 4 K characters, as the piece joiner's budget does.
   */
  static Spans charCodeCandidates(long[] digit, long[] token, int n) {
    Spans out = new Spans();
    int words = Math.min(digit.length, token.length);
    int before = 0;
    long budget = n / 32 + 4096;
    for (int w = 0; w < words; w++) {
      long d = digit[w];
      if (Long.bitCount(d) < 3) {
        before = 0;
        continue;
      }
      long tok = token[w];
      long ts = tok & ~((tok << 1) | (w > 0 ? token[w - 1] >>> 63 : 0));
      long te = tok & ~((tok >>> 1) | (w + 1 < words ? token[w + 1] << 63 : 0));
      long de = te & d;
      long numbers = ts & d & (te | (de >>> 1) | ((d >>> 1) & (de >>> 2)));
      int count = Long.bitCount(numbers);
      if (count >= 5 || count >= 3 && count + before >= 7) {
        out.add(Math.max(0, (w << 6) - 64), Math.min(n, (w << 6) + 64));
        budget -= 128;
        if (budget < 0) {
          break; // a text of nothing but short numbers: past this, lists are no longer read
        }
      }
      before = count;
    }
    return out.merged();
  }

  /**
   * The code lists that start inside [s, e) of {@code t} (a list may run on past e): numbers of
   * one to three digits, each a printable character (or tab, line feed, carriage return), all
   * separated by the same text (", ", ",", ")+chr("), after an opening bracket, '=' or ':'.
   * Reports each list of at least
   * {@link #MIN_CHAR_CODES} codes to {@code sink} as (start, end, decoded).
   */
  static void charCodes(String t, int s, int e, CodeSink sink) {
    int n = t.length();
    int i = s;
    while (i < e) {
      if (!digit(t.charAt(i)) || !opened(t, i)) {
        i++;
        continue;
      }
      // First pass: count the codes and find the end, without allocating.
      int count = 0;
      int end = i;
      int sepStart = -1;
      int sepLen = 0;
      int j = i;
      while (true) {
        int k = j;
        int v = 0;
        while (k < n && k - j < 4 && digit(t.charAt(k))) {
          v = v * 10 + (t.charAt(k) - '0');
          k++;
        }
        if (k - j > 3 || (k < n && digit(t.charAt(k))) || !(v >= 32 && v < 127 || v == 9 || v == 10 || v == 13)) {
          break;
        }
        count++;
        end = k;
        int g = k;
        while (g < n && g - k <= 8 && !digit(t.charAt(g)) && t.charAt(g) != '\n') {
          g++;
        }
        if (g >= n || g - k > 8 || !digit(t.charAt(g))) {
          break;
        }
        if (sepStart < 0) {
          if (!separator(t, k, g)) {
            break;
          }
          sepStart = k;
          sepLen = g - k;
        } else if (g - k != sepLen || !t.regionMatches(k, t, sepStart, sepLen)) {
          break;
        }
        j = g;
      }
      if (count >= MIN_CHAR_CODES) {
        StringBuilder out = new StringBuilder(count);
        int v = 0;
        for (int k = i; k <= end; k++) {
          char c = k < end ? t.charAt(k) : ',';
          if (digit(c)) {
            v = v * 10 + (c - '0');
          } else if (k > i && digit(t.charAt(k - 1))) {
            out.append((char) v);
            v = 0;
          }
        }
        sink.list(i, end, out.toString());
        i = end;
      } else {
        i = Math.max(i + 1, end);
      }
    }
  }

  /** Receives one decoded character-code list. */
  interface CodeSink {
    void list(int start, int end, String text);
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * A list opens after '(', '[', '{', '=' or ':' (spaces allowed between): fromCharCode(65,
   * [104, chr(65, codes: 65. Numbers in running text or a table are not read at all.
   */
  private static boolean opened(String t, int i) {
    int j = i - 1;
    while (j >= 0 && i - j <= 3 && t.charAt(j) == ' ') {
      j--;
    }
    if (j < 0) {
      return false;
    }
    char c = t.charAt(j);
    return c == '(' || c == '[' || c == '{' || c == '=' || c == ':';
  }

  /** A list's separator in [k, g): a comma or semicolon with spaces, or calls joined by '+' (")+chr("). */
  private static boolean separator(String t, int k, int g) {
    if (g == k) {
      return false;
    }
    if (t.startsWith(")+chr(", k) && g - k == 6 || t.startsWith(") + chr(", k) && g - k == 8) {
      return true;
    }
    boolean mark = false;
    for (int i = k; i < g; i++) {
      char c = t.charAt(i);
      if (c != ',' && c != ' ' && c != ';' && c != '\t') {
        return false;
      }
      mark |= c != ' ';
    }
    return mark;
  }

  /** Percent-encoding; null when the segment holds none. */
  static Decoded percent(String s) {
    if (s.indexOf('%') < 0) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    boolean any = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length() && Survey.isHex(s.charAt(i + 1)) && Survey.isHex(s.charAt(i + 2))) {
        out.write(Character.digit(s.charAt(i + 1), 16) << 4 | Character.digit(s.charAt(i + 2), 16));
        i += 2;
        any = true;
      } else if (c == '+') {
        out.write(' ');
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
      }
    }
    if (!any) {
      return null;
    }
    String decoded = out.toString(StandardCharsets.UTF_8);
    // Bytes that are no UTF-8 ("%DB_PASSWORD%", a cmd variable) were never percent-encoded text.
    if (decoded.indexOf('\uFFFD') >= 0 && s.indexOf('\uFFFD') < 0) {
      return null;
    }
    return new Decoded(decoded, "percent");
  }

  /** Backslash x, u and U hex escapes and JSON string escapes. */
  static Decoded backslash(String s) {
    if (s.indexOf('\\') < 0) {
      return null;
    }
    StringBuilder out = new StringBuilder(s.length());
    // \xHH and octal escapes are bytes: C, Python and printf write UTF-8 text so, one escape
    // per byte ("\xe5\xb1\x85" is one Han character). Bytes are held until the run ends.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean any = false;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= n) {
        flushBytes(bytes, out);
        out.append(c);
        continue;
      }
      char d = s.charAt(i + 1);
      int cp = -1;
      int used = 0;
      if (d == 'x' && i + 3 < n + 0 && hexAt(s, i + 2, 2)) {
        cp = Integer.parseInt(s.substring(i + 2, i + 4), 16);
        used = 4;
      } else if (d == 'u' && i + 2 < n && s.charAt(i + 2) == '{') {
        // a code point in braces after backslash-u: ES2015, Rust and Swift write it so
        int close = s.indexOf('}', i + 3);
        if (close > i + 3 && close <= i + 9 && hexAt(s, i + 3, close - i - 3)) {
          cp = Integer.parseInt(s.substring(i + 3, close), 16);
          used = close - i + 1;
        }
      } else if (d == 'u' && hexAt(s, i + 2, 4)) {
        cp = Integer.parseInt(s.substring(i + 2, i + 6), 16);
        used = 6;
      } else if (d == 'U' && hexAt(s, i + 2, 8)) {
        cp = (int) Long.parseLong(s.substring(i + 2, i + 10), 16);
        used = 10;
      } else if (d >= '0' && d <= '3' && i + 3 < n && octalAt(s, i + 1)) {
        // \163\153: octal bytes, as C, Python and shell printf write them
        cp = (d - '0') * 64 + (s.charAt(i + 2) - '0') * 8 + (s.charAt(i + 3) - '0');
        used = 4;
      } else if ("nrt\"\\/bf".indexOf(d) >= 0) {
        cp = switch (d) {
          case 'n' -> '\n';
          case 'r' -> '\r';
          case 't' -> '\t';
          case 'b' -> '\b';
          case 'f' -> '\f';
          default -> d;
        };
        used = 2;
      }
      if (cp < 0 || !Character.isValidCodePoint(cp)) {
        flushBytes(bytes, out);
        out.append(c);
        continue;
      }
      if (d == 'x' || d >= '0' && d <= '3') {
        bytes.write(cp);
      } else {
        flushBytes(bytes, out);
        out.appendCodePoint(cp);
      }
      i += used - 1;
      any = true;
    }
    flushBytes(bytes, out);
    return any ? new Decoded(out.toString(), "unicode-escape") : null;
  }

  /**
   * Appends escaped bytes: as UTF-8 when they are valid UTF-8 with a byte above 0x7f, else one
   * character per byte (Latin-1), as before.
   */
  private static void flushBytes(ByteArrayOutputStream bytes, StringBuilder out) {
    if (bytes.size() == 0) {
      return;
    }
    byte[] b = bytes.toByteArray();
    bytes.reset();
    boolean high = false;
    for (byte x : b) {
      high |= x < 0;
    }
    if (high) {
      try {
        out.append(StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(b)));
        return;
      } catch (java.nio.charset.CharacterCodingException e) {
        // not UTF-8: each byte stands for its Latin-1 character below
      }
    }
    for (byte x : b) {
      out.append((char) (x & 0xff));
    }
  }

  /**
   * A JSON string inside a JSON string (a tool call's arguments, a logged request body) is
   * escaped once per level: what is one line break to the agent reads "\\n" two levels out.
   * Unescaping is repeated, twice more at most, while the result still has escapes, so the
   * nesting costs no decode depth: an encoding inside it is still read.
   */
  static Decoded unnested(Decoded d) {
    for (int k = 0; k < 2 && d != null && d.text().indexOf('\\') >= 0; k++) {
      Decoded again = backslash(d.text());
      if (again == null) {
        break;
      }
      d = again;
    }
    return d;
  }

  /**
   * Every backslash in {@code s} starts one of JSON's short escapes (\\n, \\", \\\\ ...): a
   * JSON string, with no hex or octal escape that could spell hidden text.
   */
  static boolean shortEscapesOnly(String s) {
    for (int i = s.indexOf('\\'); i >= 0; i = s.indexOf('\\', i + 2)) {
      if (i + 1 >= s.length() || "nrt\"\\/bf".indexOf(s.charAt(i + 1)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean octalAt(String s, int from) {
    for (int i = from; i < from + 3; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '7') {
        return false;
      }
    }
    return true;
  }

  private static boolean hexAt(String s, int from, int count) {
    if (from + count > s.length()) {
      return false;
    }
    for (int i = from; i < from + count; i++) {
      if (!Survey.isHex(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.Map<String, String> ENTITIES =
      java.util.Map.ofEntries(
          java.util.Map.entry("amp", "&"), java.util.Map.entry("lt", "<"),
          java.util.Map.entry("gt", ">"), java.util.Map.entry("quot", "\""),
          java.util.Map.entry("apos", "'"), java.util.Map.entry("nbsp", " "),
          java.util.Map.entry("sol", "/"), java.util.Map.entry("equals", "="),
          java.util.Map.entry("plus", "+"), java.util.Map.entry("colon", ":"),
          java.util.Map.entry("period", "."), java.util.Map.entry("lowbar", "_"),
          java.util.Map.entry("hyphen", "-"), java.util.Map.entry("dash", "-"));

  /** Numeric and common named HTML entities. */
  static Decoded html(String s) {
    if (s.indexOf('&') < 0) {
      return null;
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean any = false;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      int semi = -1;
      if (c == '&') {
        for (int j = i + 2; j < n && j <= i + 10; j++) {
          if (s.charAt(j) == ';') {
            semi = j;
            break;
          }
        }
      }
      if (semi < 0) {
        out.append(c);
        continue;
      }
      String ent = s.substring(i + 1, semi);
      String rep = null;
      try {
        if (ent.startsWith("#x") || ent.startsWith("#X")) {
          rep = new String(Character.toChars(Integer.parseInt(ent.substring(2), 16)));
        } else if (ent.startsWith("#")) {
          rep = new String(Character.toChars(Integer.parseInt(ent.substring(1))));
        } else {
          rep = ENTITIES.get(ent);
        }
      } catch (IllegalArgumentException e) {
        rep = null;
      }
      if (rep == null) {
        out.append(c);
        continue;
      }
      out.append(rep);
      i = semi;
      any = true;
    }
    return any ? new Decoded(out.toString(), "html-entities") : null;
  }

  static String rot13(CharSequence s, int from, int to) {
    char[] out = new char[to - from];
    for (int i = from; i < to; i++) {
      out[i - from] = rot13(s.charAt(i));
    }
    return new String(out);
  }

  static char rot13(char c) {
    if (c >= 'a' && c <= 'z') {
      return (char) ('a' + (c - 'a' + 13) % 26);
    }
    if (c >= 'A' && c <= 'Z') {
      return (char) ('A' + (c - 'A' + 13) % 26);
    }
    return c;
  }

  static String reversed(CharSequence s, int from, int to) {
    return new StringBuilder(s.subSequence(from, to)).reverse().toString();
  }
}
