package io.moltr.core.scan;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Encodings found only by a literal mark: quoted-printable soft line breaks ({@code =\n}),
 * character-literal lists ({@code 's', 'k', ...} as C/Java arrays or Python's {@code list(s)}), and
 * ascii85/base85 after {@code <~} or Python's {@code a85encode}/{@code b85encode}. The marks ride on
 * the keyword automaton ({@link #MARKS}), so clean text pays nothing for them.
 */
final class MarkedDecoders {
  private MarkedDecoders() {}

  /** Receives one decoded span [s, e) of the layer text. */
  interface Sink {
    void decoded(int s, int e, Decoders.Decoded d);
  }

  /** Fewest characters a literal list needs before it is read as text. */
  static final int MIN_LITERALS = 8;
  /** A soft-broken quoted-printable line is long: encoders fill lines to 73-76 columns. */
  static final int MIN_QP_LINE = 60;
  /**
   * No encoder writes a quoted-printable line this long. Other marked spans have no such cap: a
   * block is read to its end, and what it decodes to is charged to the decode budget like any
   * layer, so a span too long to read is reported rather than cut (a key past the first 64 KiB of
   * an ascii85 block went unread before).
   */
  static final int MAX_SPAN = 64 * 1024;

  /**
   * The literal marks, searched by the keyword automaton with the rules' keywords (free on clean
   * text); a decoder runs only when one of its marks was seen. Index i sets bit {@link #BIT}[i].
   */
  static final List<String> MARKS =
      List.of("=\n", "', '", "','", "<~", "85encode", "quoted-printable", "rot13", "rot-13");
  static final int QP = 1;
  static final int LITERALS = 2;
  static final int BASE85 = 4;
  /** The text names quoted-printable (a Content-Transfer-Encoding header): any case. */
  static final int QP_NAMED = 8;
  /** The text names rot13 ("ROT13'd: ...", "rot-13 of the key"): any case. */
  static final int ROT13_NAMED = 16;
  static final int[] BIT = {QP, LITERALS, LITERALS, BASE85, BASE85, QP_NAMED, ROT13_NAMED, ROT13_NAMED};
  /** How far after the word rot13 its value is looked for, and the shortest value read. */
  static final int ROT13_REACH = 240;
  static final int ROT13_MIN_TOKEN = 16;

  static void run(String t, int marks, Sink sink) {
    if ((marks & QP) != 0) {
      quotedPrintable(t, (marks & QP_NAMED) != 0, sink);
    }
    if ((marks & LITERALS) != 0) {
      charLiterals(t, sink);
    }
    if ((marks & BASE85) != 0) {
      base85(t, sink);
    }
    if ((marks & ROT13_NAMED) != 0) {
      rot13Named(t, sink);
    }
  }

  // ---------------------------------------------------------------- rot13, named

  /**
   * The tokens (16 characters or more, with a letter) within {@link #ROT13_REACH} characters
   * after the word rot13 or rot-13, up to three of them, read rotated back. The keyword automaton
   * finds a rotated key by its rotated prefix; a key with no prefix of its own (a Discord bot
   * token, hex after its name) is found only when the text says it is rotated.
   */
  static void rot13Named(String t, Sink sink) {
    int n = t.length();
    int done = 0;
    for (int k = rotWord(t, 0); k >= 0; k = rotWord(t, k)) {
      int i = Math.max(k, done);
      int limit = Math.min(n, k + ROT13_REACH);
      int found = 0;
      while (i < limit && found < 3) {
        if (!rotToken(t.charAt(i))) {
          i++;
          continue;
        }
        int s = i;
        boolean letter = false;
        while (i < n && rotToken(t.charAt(i))) {
          letter |= Character.isLetter(t.charAt(i));
          i++;
        }
        if (i - s >= ROT13_MIN_TOKEN && letter) {
          sink.decoded(s, i, new Decoders.Decoded(Decoders.rot13(t, s, i), "rot13"));
          found++;
        }
      }
      done = i;
    }
  }

  /** The end of the next "rot13" or "rot-13" (any case) at or after {@code from}, or -1. */
  private static int rotWord(String t, int from) {
    for (int d = t.indexOf("13", from); d >= 0; d = t.indexOf("13", d + 2)) {
      if (d >= 3 && t.regionMatches(true, d - 3, "rot", 0, 3)) {
        return d + 2;
      }
      if (d >= 4 && t.charAt(d - 1) == '-' && t.regionMatches(true, d - 4, "rot", 0, 3)) {
        return d + 2;
      }
    }
    return -1;
  }

  private static boolean rotToken(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || "_-.+/=".indexOf(c) >= 0);
  }

  // ---------------------------------------------------------------- quoted-printable

  /**
   * Blocks of lines that end in a soft line break ("=" before the line feed), each at least
   * {@link #MIN_QP_LINE} long, and the line that ends the block: joined, with {@code =XX} decoded.
   * {@code named}: the text names quoted-printable (a Content-Transfer-Encoding header, found by
   * the automaton's mark), so a block needs no {@code =XX} escape to be read.
   */
  static void quotedPrintable(String t, boolean named, Sink sink) {
    int n = t.length();
    int q = t.indexOf("=\n");
    int done = 0;
    while (q >= 0) {
      int eol = q + 1;
      int ls = t.lastIndexOf('\n', q - 1) + 1;
      // "==" before the line feed is base64 padding: a literal '=' is always =3D in QP.
      if (ls >= done && q - ls + 1 >= MIN_QP_LINE && (q == 0 || t.charAt(q - 1) != '=')) {
        int end = eol;
        int lines = 0;
        // Follow the block while lines keep ending in a soft break.
        while (true) {
          lines++;
          int next = t.indexOf('\n', end + 1);
          int le = next < 0 ? n : next;
          if (le - end - 1 >= 1 && t.charAt(le - 1) == '=' && le - end - 1 >= MIN_QP_LINE && le - ls < MAX_SPAN) {
            end = le;
            continue;
          }
          end = le;
          break;
        }
        // A line ending in '=' is also base64 padding or code: the block must hold an =XX escape,
        // or the text must say it is quoted-printable (a Content-Transfer-Encoding header).
        String dec = named || hasEscape(t, ls, end) ? qpDecode(t, ls, end) : null;
        if (dec != null) {
          sink.decoded(ls, end, new Decoders.Decoded(dec, "quoted-printable"));
        }
        done = end;
        q = t.indexOf("=\n", Math.max(end, q + 2));
        continue;
      }
      q = t.indexOf("=\n", q + 2);
    }
  }

  private static boolean hasEscape(String t, int s, int e) {
    for (int i = t.indexOf('=', s); i >= 0 && i + 2 < e; i = t.indexOf('=', i + 1)) {
      if (hex(t.charAt(i + 1)) >= 0 && hex(t.charAt(i + 2)) >= 0) {
        return true;
      }
    }
    return false;
  }


  static String qpDecode(String t, int s, int e) {
    StringBuilder out = new StringBuilder(e - s);
    ByteArrayOutputStream pending = new ByteArrayOutputStream();
    for (int i = s; i < e; i++) {
      char c = t.charAt(i);
      if (c == '=' && i + 1 < e && t.charAt(i + 1) == '\n') {
        i++;
        continue;
      }
      if (c == '=' && i + 2 < e && t.charAt(i + 1) == '\r' && t.charAt(i + 2) == '\n') {
        i += 2;
        continue;
      }
      if (c == '=' && i + 2 < e && hex(t.charAt(i + 1)) >= 0 && hex(t.charAt(i + 2)) >= 0) {
        pending.write(hex(t.charAt(i + 1)) * 16 + hex(t.charAt(i + 2)));
        i += 2;
        continue;
      }
      if (pending.size() > 0) {
        out.append(new String(pending.toByteArray(), StandardCharsets.UTF_8));
        pending.reset();
      }
      out.append(c);
    }
    if (pending.size() > 0) {
      out.append(new String(pending.toByteArray(), StandardCharsets.UTF_8));
    }
    return out.toString();
  }

  private static int hexAny(char c) {
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : hex(c);
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  // ---------------------------------------------------------------- character literals

  /** Lists of one-character literals: {'s', 'k', '_'}, ['s', 'k'], '\x41', '\''. */
  static void charLiterals(String t, Sink sink) {
    for (char quote : new char[] {'\''}) {
      String mark = quote + ",";
      int h = t.indexOf(mark);
      int done = 0;
      while (h >= 0) {
        int start = literalStart(t, h, quote);
        if (start >= done && start >= 0) {
          int[] end = new int[1];
          String dec = readList(t, start, quote, end);
          if (dec != null) {
            sink.decoded(start, end[0], new Decoders.Decoded(dec, "char-literals"));
            done = end[0];
            h = t.indexOf(mark, end[0]);
            continue;
          }
        }
        h = t.indexOf(mark, h + 2);
      }
    }
  }

  /** The opening quote of the one-character literal whose closing quote is at {@code h}, or -1. */
  private static int literalStart(String t, int h, char q) {
    if (h >= 2 && t.charAt(h - 2) == q && t.charAt(h - 1) != '\\') {
      return h - 2;
    }
    if (h >= 3 && t.charAt(h - 3) == q && t.charAt(h - 2) == '\\') {
      return h - 3;
    }
    if (h >= 5 && t.charAt(h - 5) == q && t.charAt(h - 4) == '\\' && t.charAt(h - 3) == 'x') {
      return h - 5;
    }
    return -1;
  }

  private static String readList(String t, int i, char q, int[] endOut) {
    int n = t.length();
    StringBuilder out = new StringBuilder();
    int count = 0;
    int end = i;
    while (i < n && t.charAt(i) == q) {
      int j = i + 1;
      if (j >= n) {
        break;
      }
      char c = t.charAt(j);
      char v;
      if (c == '\\') {
        if (j + 1 >= n) {
          break;
        }
        char d = t.charAt(j + 1);
        switch (d) {
          case 'n' -> v = '\n';
          case 't' -> v = '\t';
          case 'r' -> v = '\r';
          case '0' -> v = 0;
          case '\\', '\'', '"' -> v = d;
          case 'x' -> {
            if (j + 3 >= n || hexAny(t.charAt(j + 2)) < 0 || hexAny(t.charAt(j + 3)) < 0) {
              return finish(out, count, end, endOut);
            }
            v = (char) (hexAny(t.charAt(j + 2)) * 16 + hexAny(t.charAt(j + 3)));
            j += 2;
          }
          default -> {
            return finish(out, count, end, endOut);
          }
        }
        j += 2;
      } else if (c == q || c == '\n') {
        break;
      } else {
        v = c;
        j++;
      }
      if (j >= n || t.charAt(j) != q) {
        break;
      }
      if (v != 0) {
        out.append(v);
      }
      count++;
      end = j + 1;
      int k = end;
      while (k < n && (t.charAt(k) == ' ' || t.charAt(k) == '\t')) {
        k++;
      }
      if (k >= n || t.charAt(k) != ',') {
        break;
      }
      k++;
      while (k < n && k - end < 16 && Character.isWhitespace(t.charAt(k))) {
        k++;
      }
      i = k;
    }
    return finish(out, count, end, endOut);
  }

  private static String finish(StringBuilder out, int count, int end, int[] endOut) {
    if (count < MIN_LITERALS) {
      return null;
    }
    endOut[0] = end;
    return out.toString();
  }

  // ---------------------------------------------------------------- ascii85 / base85

  private static final String B85 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";

  /** Adobe's {@code <~...~>}, and the bytes literal Python prints after a85encode/b85encode. */
  static void base85(String t, Sink sink) {
    int n = t.length();
    int a = t.indexOf("<~");
    while (a >= 0) {
      int z = t.indexOf("~>", a + 2);
      if (z < 0) {
        break;
      }
      String body = strip(t.substring(a + 2, z));
      String dec = Decoders.text(ascii85(body));
      if (dec != null) {
        sink.decoded(a, z + 2, new Decoders.Decoded(dec, "ascii85"));
      }
      a = t.indexOf("<~", z + 2);
    }
    int k = t.indexOf("85encode");
    while (k >= 0) {
      boolean adobe = k > 0 && t.charAt(k - 1) == 'a';
      boolean rfc = k > 0 && t.charAt(k - 1) == 'b';
      int lit = -1;
      char q = 0;
      for (int i = k + 8; i < n && i < k + 400; i++) {
        char c = t.charAt(i);
        if ((c == '\'' || c == '"') && i > 0 && t.charAt(i - 1) == 'b' && (i < 2 || !Character.isLetterOrDigit(t.charAt(i - 2)))) {
          lit = i;
          q = c;
          break;
        }
      }
      if (lit >= 0 && (adobe || rfc)) {
        StringBuilder body = new StringBuilder();
        int i = lit + 1;
        for (; i < n; i++) {
          char c = t.charAt(i);
          if (c == '\\' && i + 1 < n) {
            body.append(t.charAt(++i));
          } else if (c == q || c == '\n') {
            break;
          } else {
            body.append(c);
          }
        }
        String s = body.toString();
        if (s.startsWith("<~") && s.endsWith("~>")) {
          s = s.substring(2, s.length() - 2);
        }
        byte[] raw = adobe ? ascii85(strip(s)) : base85Rfc(strip(s));
        String dec = Decoders.text(raw);
        if (dec != null) {
          sink.decoded(lit - 1, Math.min(n, i + 1), new Decoders.Decoded(dec, adobe ? "ascii85" : "base85"));
        }
        k = t.indexOf("85encode", i);
      } else {
        k = t.indexOf("85encode", k + 8);
      }
    }
  }

  private static String strip(String s) {
    int first = 0;
    while (first < s.length() && !Character.isWhitespace(s.charAt(first))) {
      first++;
    }
    if (first == s.length()) {
      return s; // the common case, one line: nothing to drop, nothing to copy
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Ascii85 ('!'..'u', 'z' for four zero bytes); null on a character outside the alphabet. */
  static byte[] ascii85(String s) {
    // 'z' is four zero bytes, and text holds at most one control byte in twenty
    // (Decoders.text): a body of many is no text, and is not expanded fourfold to learn that.
    long zeros = 0;
    for (int i = 0; i < s.length(); i++) {
      zeros += s.charAt(i) == 'z' ? 1 : 0;
    }
    if (zeros * 4 * 20 > zeros * 4 + (s.length() - zeros) * 4 / 5 + 4) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    long v = 0;
    int k = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 'z' && k == 0) {
        out.write(0);
        out.write(0);
        out.write(0);
        out.write(0);
        continue;
      }
      if (c < '!' || c > 'u') {
        return null;
      }
      v = v * 85 + (c - '!');
      if (++k == 5) {
        if (!writeGroup(out, v)) {
          return null;
        }
        v = 0;
        k = 0;
      }
    }
    return tail(out, v, k, 84);
  }

  /** RFC 1924 / Python b85encode alphabet. */
  static byte[] base85Rfc(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    long v = 0;
    int k = 0;
    for (int i = 0; i < s.length(); i++) {
      int d = B85.indexOf(s.charAt(i));
      if (d < 0) {
        return null;
      }
      v = v * 85 + d;
      if (++k == 5) {
        if (!writeGroup(out, v)) {
          return null;
        }
        v = 0;
        k = 0;
      }
    }
    return tail(out, v, k, 84);
  }

  /** Writes a full group of five base-85 digits as four bytes; false when it overflows 32 bits. */
  private static boolean writeGroup(ByteArrayOutputStream out, long v) {
    if (v > 0xFFFFFFFFL) {
      return false;
    }
    for (int j = 3; j >= 0; j--) {
      out.write((int) (v >>> (8 * j)) & 0xff);
    }
    return true;
  }

  private static byte[] tail(ByteArrayOutputStream out, long v, int k, int padDigit) {
    if (k == 1) {
      return null;
    }
    if (k > 1) {
      for (int j = k; j < 5; j++) {
        v = v * 85 + padDigit;
      }
      for (int j = 0; j < k - 1; j++) {
        out.write((int) (v >>> (24 - 8 * j)) & 0xff);
      }
    }
    return out.toByteArray();
  }
}
