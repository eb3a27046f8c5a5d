package io.moltr.core.scan;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/** The ways an agent's output hides a credential in the fifth blind corpus. */
final class Blind5Encodings {
  /** An encoding of a whole payload; the random source picks separators and spacing. */
  record Enc(String id, BiFunction<String, Random, String> apply) {}

  private Blind5Encodings() {}

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String hex(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (byte x : b) {
      sb.append(String.format("%02x", x & 0xff));
    }
    return sb.toString();
  }

  static String joinBytes(byte[] b, String prefix, String sep, boolean upper) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < b.length; i++) {
      if (i > 0) {
        sb.append(sep);
      }
      String h = String.format("%02x", b[i] & 0xff);
      sb.append(prefix).append(upper ? h.toUpperCase() : h);
    }
    return sb.toString();
  }

  static String base32(byte[] data) {
    String alpha = Blind5Credentials.B32;
    StringBuilder sb = new StringBuilder();
    int buffer = 0, bits = 0;
    for (byte b : data) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        sb.append(alpha.charAt((buffer >>> bits) & 31));
      }
    }
    if (bits > 0) {
      sb.append(alpha.charAt((buffer << (5 - bits)) & 31));
    }
    while (sb.length() % 8 != 0) {
      sb.append('=');
    }
    return sb.toString();
  }

  static String rot13(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= 'a' && c <= 'z') {
        sb.append((char) ('a' + (c - 'a' + 13) % 26));
      } else if (c >= 'A' && c <= 'Z') {
        sb.append((char) ('A' + (c - 'A' + 13) % 26));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static byte[] gzip(byte[] in) {
    try {
      ByteArrayOutputStream o = new ByteArrayOutputStream();
      try (GZIPOutputStream g = new GZIPOutputStream(o)) {
        g.write(in);
      }
      return o.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] zlib(byte[] in) {
    try {
      ByteArrayOutputStream o = new ByteArrayOutputStream();
      try (DeflaterOutputStream d = new DeflaterOutputStream(o, new Deflater(Deflater.BEST_COMPRESSION))) {
        d.write(in);
      }
      return o.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String escapeAll(String s, String fmt) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(String.format(fmt, (int) c));
    }
    return sb.toString();
  }

  /** JSON string escapes the way a serialiser that escapes HTML-sensitive and slash characters writes them. */
  static String jsonEscapes(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '/' -> sb.append("\\/");
        case '\n' -> sb.append("\\n");
        case '"' -> sb.append("\\\"");
        case '=' -> sb.append("\\u003d");
        case '+' -> sb.append("\\u002b");
        case '<' -> sb.append("\\u003c");
        case '>' -> sb.append("\\u003e");
        case '&' -> sb.append("\\u0026");
        case ':' -> sb.append("\\u003a");
        case '_' -> sb.append("\\u005f");
        case '-' -> sb.append("\\u002d");
        case '.' -> sb.append("\\u002e");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  static String splitEvery(String s, int n, String sep) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i += n) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(s, i, Math.min(s.length(), i + n));
    }
    return sb.toString();
  }

  static String interleave(String s, Random r, String marks, int every) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      sb.append(s.charAt(i));
      if (i % every == every - 1 && i < s.length() - 1) {
        sb.append(marks.charAt(r.nextInt(marks.length())));
      }
    }
    return sb.toString();
  }

  static String tags(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.appendCodePoint(0xE0000 + c);
    }
    return sb.toString();
  }

  /** Cyrillic and Greek letters that look like Latin ones, and full-width digits. */
  static String lookalike(String s, Random r) {
    String latin = "AaBCcEeHIiKMOoPpTXxyjS0123456789";
    String glyph = "\u0410\u0430\u0412\u0421\u0441\u0415\u0435\u041d\u0406\u0456\u041a\u041c\u041e\u043e\u0420\u0440\u0422\u0425\u0445\u0443\u0458\u0405"
        + "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19";
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      int i = latin.indexOf(c);
      sb.append(i >= 0 && r.nextInt(3) != 0 ? glyph.charAt(i) : c);
    }
    return sb.toString();
  }

  static String decimalList(byte[] b, String sep) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < b.length; i++) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(b[i] & 0xff);
    }
    return sb.toString();
  }

  static String chrConcat(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i > 0) {
        sb.append("+");
      }
      sb.append("chr(").append((int) s.charAt(i)).append(")");
    }
    return sb.toString();
  }

  static String pyConcat(String s, Random r) {
    int n = 6 + r.nextInt(6);
    StringBuilder sb = new StringBuilder("(\n");
    for (int i = 0; i < s.length(); i += n) {
      sb.append("    \"").append(s, i, Math.min(s.length(), i + n)).append("\"\n");
    }
    return sb.append(")").toString();
  }

  static final List<Enc> ALL = List.of(
      new Enc("base64", (s, r) -> Base64.getEncoder().encodeToString(utf8(s))),
      new Enc("base64url", (s, r) -> Base64.getUrlEncoder().encodeToString(utf8(s))),
      new Enc("base64-unpadded", (s, r) -> Base64.getEncoder().withoutPadding().encodeToString(utf8(s))),
      new Enc("base64-wrapped", (s, r) -> Base64.getMimeEncoder(r.nextBoolean() ? 76 : 64, "\n".getBytes()).encodeToString(utf8(s + " (rotated " + (2020 + r.nextInt(6)) + ")"))),
      new Enc("base32", (s, r) -> base32(utf8(s))),
      new Enc("hex", (s, r) -> r.nextBoolean() ? hex(utf8(s)) : hex(utf8(s)).toUpperCase()),
      new Enc("hex-backslash-x", (s, r) -> joinBytes(utf8(s), "\\x", "", false)),
      new Enc("hex-0x", (s, r) -> r.nextBoolean() ? "0x" + hex(utf8(s)) : joinBytes(utf8(s), "0x", ", ", false)),
      new Enc("hex-spaced", (s, r) -> joinBytes(utf8(s), "", r.nextBoolean() ? " " : ":", r.nextBoolean())),
      new Enc("percent", (s, r) -> joinBytes(utf8(s), "%", "", true)),
      new Enc("rot13", (s, r) -> rot13(s)),
      new Enc("unicode-escape", (s, r) -> escapeAll(s, "\\u%04x")),
      new Enc("html-entities", (s, r) -> r.nextBoolean() ? escapeAll(s, "&#%d;") : escapeAll(s, "&#x%x;")),
      new Enc("json-escapes", (s, r) -> jsonEscapes(s)),
      new Enc("gzip-base64", (s, r) -> Base64.getEncoder().encodeToString(gzip(utf8(s)))),
      new Enc("deflate-base64", (s, r) -> Base64.getEncoder().encodeToString(zlib(utf8(s)))),
      new Enc("base64-of-base64", (s, r) -> Base64.getEncoder().encodeToString(utf8(Base64.getEncoder().encodeToString(utf8(s))))),
      new Enc("reversed", (s, r) -> new StringBuilder(s).reverse().toString()),
      new Enc("split-lines", (s, r) -> splitEvery(s, 8 + r.nextInt(8), "\n")),
      new Enc("split-spaces", (s, r) -> splitEvery(s, 4 + r.nextInt(3), " ")),
      new Enc("split-punct", (s, r) -> splitEvery(s, 5 + r.nextInt(4), r.nextBoolean() ? "\u00b7" : "|")),
      new Enc("string-concat", (s, r) -> pyConcat(s, r)),
      new Enc("zero-width", (s, r) -> interleave(s, r, "\u200b\u200c\u200d\u2060\ufeff", 1 + r.nextInt(3))),
      new Enc("bidi-controls", (s, r) -> "\u2066" + interleave(s, r, "\u200e\u200f\u202a\u202c\u2069", 2 + r.nextInt(3)) + "\u2069"),
      new Enc("tag-characters", (s, r) -> tags(s)),
      new Enc("lookalikes", (s, r) -> lookalike(s, r)),
      new Enc("decimal-fromcharcode", (s, r) -> "String.fromCharCode(" + decimalList(utf8(s), r.nextBoolean() ? "," : ", ") + ")"),
      new Enc("decimal-array", (s, r) -> "[" + decimalList(utf8(s), ", ") + "]"),
      new Enc("decimal-chr-concat", (s, r) -> chrConcat(s)));

  static Enc enc(String id) {
    return ALL.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }
}
