package io.moltr.core.scan;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/** Blind21: the encodings and normalisation-defeating transforms of issue 3's evasion section. */
final class Blind21Enc {
  static final List<String> ALL = List.of("b64std", "b64url", "b64nopad", "b64wrap", "b32", "hex", "hex_bs",
      "hex_0x", "hex_spaced", "percent", "rot13", "u_escape", "x_escape", "html_dec", "html_hex", "json_escape",
      "gzip_b64", "deflate_b64", "zero_width", "bidi", "tag_chars", "nfkc", "split_lines", "split_spaces",
      "split_punct", "reversed");

  /** Encodings whose output is only sensible for a single-line token. */
  static boolean tokenOnly(String e) {
    return e.startsWith("split_") || e.equals("nfkc") || e.equals("reversed") || e.equals("zero_width")
        || e.equals("bidi") || e.equals("tag_chars");
  }

  /** The inner encoding used for this encoding's depth-2 rows: outer(inner(payload)). */
  static String inner(String e) {
    return switch (e) {
      case "b64std" -> "hex";
      case "b64url" -> "b64std";
      case "b64nopad" -> "reversed";
      case "b64wrap" -> "hex";
      case "b32" -> "b64std";
      case "hex" -> "gzip_b64";
      case "hex_bs", "u_escape", "x_escape", "html_dec", "json_escape", "deflate_b64", "zero_width", "tag_chars",
          "nfkc", "split_lines", "reversed", "percent" -> "b64std";
      case "hex_0x" -> "rot13";
      case "hex_spaced", "rot13" -> "b64url";
      case "html_hex" -> "percent";
      case "gzip_b64", "bidi", "split_spaces", "split_punct" -> "hex";
      default -> throw new IllegalArgumentException(e);
    };
  }

  private Blind21Enc() {}

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String hex(byte[] b) {
    StringBuilder o = new StringBuilder();
    for (byte x : b) {
      o.append(String.format("%02x", x & 0xff));
    }
    return o.toString();
  }

  static String base32(byte[] data) {
    String a = Blind21Gen.UP32;
    StringBuilder o = new StringBuilder();
    int buf = 0;
    int bits = 0;
    for (byte x : data) {
      buf = (buf << 8) | (x & 0xff);
      bits += 8;
      while (bits >= 5) {
        o.append(a.charAt((buf >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      o.append(a.charAt((buf << (5 - bits)) & 31));
    }
    while (o.length() % 8 != 0) {
      o.append('=');
    }
    return o.toString();
  }

  static byte[] gzip(byte[] b) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (GZIPOutputStream z = new GZIPOutputStream(bo)) {
        z.write(b);
      }
      return bo.toByteArray();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] deflate(byte[] b) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (DeflaterOutputStream z = new DeflaterOutputStream(bo)) {
        z.write(b);
      }
      return bo.toByteArray();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String rot13(String s) {
    StringBuilder o = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if (c >= 'a' && c <= 'z') {
        o.append((char) ('a' + (c - 'a' + 13) % 26));
      } else if (c >= 'A' && c <= 'Z') {
        o.append((char) ('A' + (c - 'A' + 13) % 26));
      } else {
        o.append(c);
      }
    }
    return o.toString();
  }

  static String fullwidthOrMath(char c, Random r) {
    if (c >= '!' && c <= '~' && r.nextBoolean()) {
      return String.valueOf((char) (c - 0x21 + 0xFF01));
    }
    if (c >= 'A' && c <= 'Z') {
      return new String(Character.toChars(0x1D400 + (c - 'A') + 52 * r.nextInt(3)));
    }
    if (c >= 'a' && c <= 'z') {
      int cp = 0x1D41A + (c - 'a') + 52 * r.nextInt(3);
      return new String(Character.toChars(cp == 0x1D455 ? 0x210E : cp));
    }
    if (c >= '0' && c <= '9') {
      return new String(Character.toChars(0x1D7CE + (c - '0')));
    }
    return String.valueOf(c);
  }

  static String sprinkle(String s, Random r, String[] marks, int every) {
    StringBuilder o = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      o.append(s.charAt(i));
      if (i < s.length() - 1 && r.nextInt(every) == 0) {
        o.append(marks[r.nextInt(marks.length)]);
      }
    }
    if (o.length() == s.length() && s.length() > 2) {
      o.insert(s.length() / 2, marks[0]);
    }
    return o.toString();
  }

  static String chunks(String s, Random r, int lo, int hi, String sep) {
    StringBuilder o = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      int n = lo + r.nextInt(hi - lo + 1);
      if (i > 0) {
        o.append(sep);
      }
      o.append(s, i, Math.min(s.length(), i + n));
      i += n;
    }
    return o.toString();
  }

  static String encode(String e, String p, Random r) {
    byte[] b = utf8(p);
    switch (e) {
      case "b64std":
        return Base64.getEncoder().encodeToString(b);
      case "b64url": {
        String v = Base64.getUrlEncoder().encodeToString(b);
        return v;
      }
      case "b64nopad":
        return Base64.getEncoder().withoutPadding().encodeToString(b);
      case "b64wrap":
        return Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(b);
      case "b32":
        return base32(b);
      case "hex":
        return r.nextInt(4) == 0 ? hex(b).toUpperCase() : hex(b);
      case "hex_bs": {
        StringBuilder o = new StringBuilder();
        for (byte x : b) {
          o.append(String.format("\\x%02x", x & 0xff));
        }
        return o.toString();
      }
      case "hex_0x": {
        if (r.nextBoolean()) {
          return "0x" + hex(b);
        }
        StringBuilder o = new StringBuilder();
        for (int i = 0; i < b.length; i++) {
          o.append(i == 0 ? "" : ", ").append(String.format("0x%02x", b[i] & 0xff));
        }
        return o.toString();
      }
      case "hex_spaced": {
        StringBuilder o = new StringBuilder();
        for (int i = 0; i < b.length; i++) {
          o.append(i == 0 ? "" : " ").append(String.format("%02x", b[i] & 0xff));
        }
        return r.nextBoolean() ? o.toString().toUpperCase() : o.toString();
      }
      case "percent": {
        StringBuilder o = new StringBuilder();
        for (byte x : b) {
          o.append(String.format("%%%02X", x & 0xff));
        }
        return o.toString();
      }
      case "rot13":
        return rot13(p);
      case "u_escape": {
        StringBuilder o = new StringBuilder();
        for (char c : p.toCharArray()) {
          o.append(String.format("\\u%04x", (int) c));
        }
        return o.toString();
      }
      case "x_escape": {
        StringBuilder o = new StringBuilder();
        for (char c : p.toCharArray()) {
          if (c < 128 && (r.nextInt(10) < 6 || !Character.isLetterOrDigit(c))) {
            o.append(String.format("\\x%02X", (int) c));
          } else {
            o.append(c);
          }
        }
        return o.toString();
      }
      case "html_dec": {
        StringBuilder o = new StringBuilder();
        for (char c : p.toCharArray()) {
          o.append("&#").append((int) c).append(';');
        }
        return o.toString();
      }
      case "html_hex": {
        StringBuilder o = new StringBuilder();
        for (char c : p.toCharArray()) {
          o.append("&#x").append(Integer.toHexString(c)).append(';');
        }
        return o.toString();
      }
      case "json_escape": {
        StringBuilder o = new StringBuilder();
        for (char c : p.toCharArray()) {
          if (c == '"') {
            o.append("\\\"");
          } else if (c == '\\') {
            o.append("\\\\");
          } else if (c == '\n') {
            o.append("\\n");
          } else if (c == '/') {
            o.append("\\/");
          } else if (r.nextInt(10) < 7) {
            o.append(String.format("\\u%04X", (int) c));
          } else {
            o.append(c);
          }
        }
        return o.toString();
      }
      case "gzip_b64":
        return Base64.getEncoder().encodeToString(gzip(b));
      case "deflate_b64":
        return Base64.getEncoder().encodeToString(deflate(b));
      case "zero_width":
        return sprinkle(p, r, new String[] {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"}, 4);
      case "bidi":
        return sprinkle(p, r, new String[] {"\u202E", "\u202D", "\u2066", "\u2069", "\u200E", "\u200F", "\u202C"}, 5);
      case "tag_chars": {
        String[] tags = new String[6];
        for (int i = 0; i < tags.length; i++) {
          tags[i] = new String(Character.toChars(0xE0020 + r.nextInt(0x5F)));
        }
        return sprinkle(p, r, tags, 4);
      }
      case "nfkc": {
        StringBuilder o = new StringBuilder();
        for (char c : p.toCharArray()) {
          o.append(r.nextInt(10) < 6 ? fullwidthOrMath(c, r) : String.valueOf(c));
        }
        return o.toString();
      }
      case "split_lines":
        return chunks(p, r, Math.max(6, p.length() / 4), Math.max(8, p.length() / 2), "\n");
      case "split_spaces":
        return chunks(p, r, 4, 8, " ");
      case "split_punct": {
        String sep = null;
        for (String c : new String[] {"-", ".", "|", ":", ",", "/"}) {
          if (!p.contains(c)) {
            sep = c;
            break;
          }
        }
        return chunks(p, r, 4, 6, sep == null ? "\u00B7" : sep);
      }
      case "reversed":
        return new StringBuilder(p).reverse().toString();
      default:
        throw new IllegalArgumentException(e);
    }
  }
}
