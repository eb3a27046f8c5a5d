package io.moltr.core.scan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/** The ways an agent's output can carry a secret in disguise, for the blind corpus. */
final class BlindEncodings {
  private BlindEncodings() {}

  /**
   * An encoding. {@code splitting} ones break a single token apart; they are applied only to
   * self-describing tokens (a block, a URL or a spaced card number is not split that way).
   */
  record Encoding(String name, boolean splitting, BiFunction<Random, String, String> apply) {}

  static final List<Encoding> ALL = List.of(
      enc("base64", (r, s) -> Base64.getEncoder().encodeToString(utf8(s))),
      enc("base64_url", (r, s) -> Base64.getUrlEncoder().encodeToString(utf8(s))),
      enc("base64_unpadded", (r, s) -> Base64.getEncoder().withoutPadding().encodeToString(utf8(s))),
      enc("base64_wrapped", (r, s) -> BlindCredentials.wrap(Base64.getEncoder().encodeToString(utf8(s)),
          r.nextBoolean() ? 76 : 64)),
      enc("base32", (r, s) -> base32(utf8(s))),
      enc("hex", (r, s) -> HexFormat.of().formatHex(utf8(s))),
      enc("hex_upper", (r, s) -> HexFormat.of().withUpperCase().formatHex(utf8(s))),
      enc("hex_backslash_x", (r, s) -> HexFormat.ofDelimiter("").withPrefix("\\x").formatHex(utf8(s))),
      enc("hex_0x", (r, s) -> "0x" + HexFormat.of().formatHex(utf8(s))),
      enc("hex_0x_list", (r, s) -> HexFormat.ofDelimiter(", ").withPrefix("0x").formatHex(utf8(s))),
      enc("hex_spaced", (r, s) -> HexFormat.ofDelimiter(" ").formatHex(utf8(s))),
      enc("percent", (r, s) -> HexFormat.ofDelimiter("").withPrefix("%").withUpperCase().formatHex(utf8(s))),
      enc("rot13", (r, s) -> rot13(s)),
      enc("unicode_escape", (r, s) -> perChar(s, c -> String.format("\\u%04x", (int) c))),
      enc("html_decimal", (r, s) -> perChar(s, c -> "&#" + (int) c + ";")),
      enc("html_hex", (r, s) -> perChar(s, c -> "&#x" + Integer.toHexString(c) + ";")),
      enc("json_string", (r, s) -> jsonString(s)),
      enc("gzip_base64", (r, s) -> Base64.getEncoder().encodeToString(gzip(utf8(s)))),
      enc("zlib_base64", (r, s) -> Base64.getEncoder().encodeToString(deflate(utf8(s), false))),
      enc("raw_deflate_base64", (r, s) -> Base64.getEncoder().encodeToString(deflate(utf8(s), true))),
      enc("reversed", (r, s) -> new StringBuilder(s).reverse().toString()),
      enc("zero_width", (r, s) -> sprinkle(r, s, new int[] {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF})),
      enc("bidi_controls", (r, s) -> sprinkle(r, s, new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066,
          0x2067, 0x2068, 0x2069, 0x200E, 0x200F})),
      enc("tag_chars", (r, s) -> sprinkle(r, s, new int[] {0xE0020, 0xE0041, 0xE0061, 0xE007F, 0xE0001})),
      enc("nfkc_fullwidth", (r, s) -> perChar(s, c -> c > 0x20 && c < 0x7f ? String.valueOf((char) (c - 0x21 + 0xFF01))
          : String.valueOf(c))),
      enc("nfkc_math", (r, s) -> mathAlnum(r, s)),
      enc("homoglyph", (r, s) -> homoglyph(s)),
      new Encoding("split_lines", true, BlindEncodings::splitLines),
      new Encoding("split_spaces", true, BlindEncodings::splitSpaces));

  private static Encoding enc(String name, BiFunction<Random, String, String> f) {
    return new Encoding(name, false, f);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String base32(byte[] data) {
    String alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    StringBuilder sb = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : data) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        sb.append(alpha.charAt((buffer >>> (bits - 5)) & 31));
        bits -= 5;
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
    StringBuilder sb = new StringBuilder(s.length());
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

  private static String perChar(String s, java.util.function.Function<Character, String> f) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(f.apply(c));
    }
    return sb.toString();
  }

  /** As Gson writes a string value: quotes, backslashes, slashes, newlines and HTML-unsafe characters escaped. */
  static String jsonString(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '/' -> sb.append("\\/");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '=', '<', '>', '&', '\'' -> sb.append(String.format("\\u%04x", (int) c));
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  static byte[] gzip(byte[] in) {
    try {
      ByteArrayOutputStream bos = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
        gz.write(in);
      }
      return bos.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] deflate(byte[] in, boolean raw) {
    try {
      ByteArrayOutputStream bos = new ByteArrayOutputStream();
      try (DeflaterOutputStream d = new DeflaterOutputStream(bos, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
        d.write(in);
      }
      return bos.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Inserts invisible code points after one to four visible characters, at random. */
  private static String sprinkle(Random r, String s, int[] invisible) {
    StringBuilder sb = new StringBuilder();
    int next = 1 + r.nextInt(4);
    for (int i = 0; i < s.length(); i++) {
      sb.append(s.charAt(i));
      if (--next == 0 && i < s.length() - 1) {
        sb.appendCodePoint(invisible[r.nextInt(invisible.length)]);
        next = 1 + r.nextInt(4);
      }
    }
    return sb.toString();
  }

  /** Mathematical alphanumerics (bold, sans-serif bold, monospace); NFKC folds them back to ASCII. */
  private static String mathAlnum(Random r, String s) {
    int[][] styles = {{0x1D400, 0x1D41A, 0x1D7CE}, {0x1D5D4, 0x1D5EE, 0x1D7EC}, {0x1D670, 0x1D68A, 0x1D7F6}};
    int[] st = styles[r.nextInt(styles.length)];
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= 'A' && c <= 'Z') {
        sb.appendCodePoint(st[0] + c - 'A');
      } else if (c >= 'a' && c <= 'z') {
        sb.appendCodePoint(st[1] + c - 'a');
      } else if (c >= '0' && c <= '9') {
        sb.appendCodePoint(st[2] + c - '0');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Cyrillic and Greek letters that look like Latin ones. */
  private static String homoglyph(String s) {
    String latin = "aceopxyABCEHKMOPTX";
    String look = "\u0430\u0441\u0435\u043e\u0440\u0445\u0443\u0410\u0412\u0421\u0415\u041d\u039a\u041c\u041e\u0420\u0422\u03a7";
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      int i = latin.indexOf(c);
      sb.append(i >= 0 ? look.charAt(i) : c);
    }
    return sb.toString();
  }

  /** Broken into two or three lines, as a terminal or a chat client breaks a long token. */
  private static String splitLines(Random r, String s) {
    int width = Math.max(6, (s.length() + 1) / (2 + r.nextInt(2)));
    return BlindCredentials.wrap(s, width);
  }

  /** Groups of four to eight characters separated by single spaces, as people dictate keys. */
  private static String splitSpaces(Random r, String s) {
    int width = 4 + r.nextInt(5);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i += width) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(s, i, Math.min(s.length(), i + width));
    }
    return sb.toString();
  }
}
