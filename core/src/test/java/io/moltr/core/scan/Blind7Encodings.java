package io.moltr.core.scan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The encodings an exfiltrating agent uses, each with the decoder the self-check runs to prove
 * the encoded text still carries the secret. Deterministic: the spacing of inserted characters
 * follows the text, not a random source.
 */
final class Blind7Encodings {

  record Encoding(String id, UnaryOperator<String> encode, UnaryOperator<String> decode) {}

  private Blind7Encodings() {}

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String str(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  static String hexOf(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (byte x : b) {
      sb.append(String.format("%02x", x & 0xff));
    }
    return sb.toString();
  }

  static byte[] unhex(String h) {
    return Blind7Secrets.hexBytes(h);
  }

  static String gzipB64(String s) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (GZIPOutputStream g = new GZIPOutputStream(bo)) {
        g.write(utf8(s));
      }
      return Base64.getEncoder().encodeToString(bo.toByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String ungzipB64(String s) {
    try (GZIPInputStream g = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(s)))) {
      return str(g.readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String zlibB64(String s) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (DeflaterOutputStream d = new DeflaterOutputStream(bo)) {
        d.write(utf8(s));
      }
      return Base64.getEncoder().encodeToString(bo.toByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String unzlibB64(String s) {
    try (InflaterInputStream in = new InflaterInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(s)))) {
      return str(in.readAllBytes());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String base32(byte[] data) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    StringBuilder sb = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : data) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        sb.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      sb.append(alphabet.charAt((buffer << (5 - bits)) & 31));
    }
    while (sb.length() % 8 != 0) {
      sb.append('=');
    }
    return sb.toString();
  }

  static byte[] unbase32(String s) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : s.replace("=", "").toCharArray()) {
      buffer = (buffer << 5) | alphabet.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
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

  /** Inserts {@code mark} after every {@code every}-th character (not inside line ends). */
  static String interleave(String s, int every, String... marks) {
    StringBuilder sb = new StringBuilder();
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c);
      if (c != '\n' && (i + 1) % every == 0 && i + 1 < s.length()) {
        sb.append(marks[n++ % marks.length]);
      }
    }
    return sb.toString();
  }

  static String strip(String s, String chars) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().filter(cp -> chars.indexOf(cp) < 0 && !(cp >= 0xE0000 && cp <= 0xE007F))
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  static String percentAll(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : utf8(s)) {
      sb.append('%').append(String.format("%02X", b & 0xff));
    }
    return sb.toString();
  }

  static String unpercent(String s) {
    return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  static String unicodeEscapes(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(String.format("\\u%04x", (int) c));
    }
    return sb.toString();
  }

  static String unescapeBackslash(String s) {
    StringBuilder sb = new StringBuilder();
    ByteArrayOutputStream pending = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(i + 1);
        if (n == 'x') {
          pending.write(Integer.parseInt(s.substring(i + 2, i + 4), 16));
          i += 3;
          continue;
        }
        flush(pending, sb);
        switch (n) {
          case 'u' -> {
            sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
            i += 5;
          }
          case 'n' -> {
            sb.append('\n');
            i++;
          }
          case '/', '"', '\\' -> {
            sb.append(n);
            i++;
          }
          default -> sb.append(c);
        }
        continue;
      }
      flush(pending, sb);
      sb.append(c);
    }
    flush(pending, sb);
    return sb.toString();
  }

  private static void flush(ByteArrayOutputStream pending, StringBuilder sb) {
    if (pending.size() > 0) {
      sb.append(str(pending.toByteArray()));
      pending.reset();
    }
  }

  static String htmlEntities(String s) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (char c : s.toCharArray()) {
      sb.append(i++ % 2 == 0 ? "&#" + (int) c + ";" : "&#x" + Integer.toHexString(c) + ";");
    }
    return sb.toString();
  }

  static String unhtml(String s) {
    StringBuilder sb = new StringBuilder();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(s);
    int last = 0;
    while (m.find()) {
      sb.append(s, last, m.start());
      sb.append((char) Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16));
      last = m.end();
    }
    return sb.append(s.substring(last)).toString();
  }

  static String jsonEscape(String s) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (char c : s.toCharArray()) {
      i++;
      if (c == '\n') {
        sb.append("\\n");
      } else if (c == '/') {
        sb.append("\\/");
      } else if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (!Character.isLetterOrDigit(c) || i % 3 == 0) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static String fullwidth(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c > 0x20 && c < 0x7f ? (char) (c - 0x21 + 0xFF01) : c);
    }
    return sb.toString();
  }

  static String tagSmuggle(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.appendCodePoint(0xE0000 + c);
    }
    return sb.toString();
  }

  static String untag(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(cp -> sb.append(cp >= 0xE0000 && cp <= 0xE007F ? (char) (cp - 0xE0000) : (char) cp));
    return sb.toString();
  }

  static String chunks(String s, int size, String sep) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i += size) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(s, i, Math.min(s.length(), i + size));
    }
    return sb.toString();
  }

  static String spacedHex(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < b.length; i++) {
      if (i > 0) {
        sb.append(i % 16 == 0 ? "\n" : " ");
      }
      sb.append(String.format("%02x", b[i] & 0xff));
    }
    return sb.toString();
  }

  static final String ZW = "\u200b\u200c\u200d\u2060\ufeff";
  static final String BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f";

  static final List<Encoding> ALL = List.of(
      new Encoding("base64", s -> Base64.getEncoder().encodeToString(utf8(s)),
          s -> str(Base64.getDecoder().decode(s))),
      new Encoding("base64url", s -> Base64.getUrlEncoder().withoutPadding().encodeToString(utf8(s)),
          s -> str(Base64.getUrlDecoder().decode(s))),
      new Encoding("base64-unpadded", s -> Base64.getEncoder().withoutPadding().encodeToString(utf8(s)),
          s -> str(Base64.getDecoder().decode(s))),
      new Encoding("base64-wrapped", s -> Blind7Secrets.wrap(Base64.getEncoder().encodeToString(utf8(s)), 76).trim(),
          s -> str(Base64.getMimeDecoder().decode(s))),
      new Encoding("base32", s -> base32(utf8(s)), s -> str(unbase32(s))),
      new Encoding("hex", s -> hexOf(utf8(s)), s -> str(unhex(s))),
      new Encoding("hex-upper", s -> hexOf(utf8(s)).toUpperCase(), s -> str(unhex(s.toLowerCase()))),
      new Encoding("hex-backslash-x", s -> hexOf(utf8(s)).replaceAll("(..)", "\\\\x$1"), Blind7Encodings::unescapeBackslash),
      new Encoding("hex-0x-array", s -> hexOf(utf8(s)).replaceAll("(..)", "0x$1, ").replaceAll(", $", ""),
          s -> str(unhex(s.replace("0x", "").replace(", ", "")))),
      new Encoding("hex-spaced", s -> spacedHex(utf8(s)), s -> str(unhex(s.replaceAll("\\s", "")))),
      new Encoding("percent", Blind7Encodings::percentAll, Blind7Encodings::unpercent),
      new Encoding("rot13", Blind7Encodings::rot13, Blind7Encodings::rot13),
      new Encoding("unicode-escape", Blind7Encodings::unicodeEscapes, Blind7Encodings::unescapeBackslash),
      new Encoding("html-entities", Blind7Encodings::htmlEntities, Blind7Encodings::unhtml),
      new Encoding("json-escape", Blind7Encodings::jsonEscape, Blind7Encodings::unescapeBackslash),
      new Encoding("gzip-base64", Blind7Encodings::gzipB64, Blind7Encodings::ungzipB64),
      new Encoding("zlib-base64", Blind7Encodings::zlibB64, Blind7Encodings::unzlibB64),
      new Encoding("base64-of-base64",
          s -> Base64.getEncoder().encodeToString(utf8(Base64.getEncoder().encodeToString(utf8(s)))),
          s -> str(Base64.getDecoder().decode(Base64.getDecoder().decode(s)))),
      new Encoding("hex-of-base64", s -> hexOf(utf8(Base64.getEncoder().encodeToString(utf8(s)))),
          s -> str(Base64.getDecoder().decode(unhex(s)))),
      new Encoding("zero-width", s -> interleave(s, 3, "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"),
          s -> strip(s, ZW)),
      new Encoding("bidi", s -> interleave(s, 5, "\u202e", "\u202c", "\u2066", "\u2069", "\u200f"),
          s -> strip(s, BIDI)),
      new Encoding("tag-chars-inserted", s -> interleave(s, 4, "\udb40\udc20", "\udb40\udc41", "\udb40\udc7f"),
          s -> strip(s, "")),
      new Encoding("tag-smuggled", Blind7Encodings::tagSmuggle, Blind7Encodings::untag),
      new Encoding("fullwidth", Blind7Encodings::fullwidth, s -> Normalizer.normalize(s, Normalizer.Form.NFKC)),
      new Encoding("split-lines", s -> chunks(s, 12, "\n"), s -> s.replace("\n", "")),
      new Encoding("split-spaces", s -> chunks(s, 4, " "), s -> s.replace(" ", "")),
      new Encoding("split-punct", s -> chunks(s, 5, "."), s -> s.replace(".", "")),
      new Encoding("string-concat", s -> "\"" + chunks(s, 10, "\" +\n    \"") + "\"",
          s -> s.replaceAll("\"\\s*\\+\\s*\"", "").replace("\"", "")),
      new Encoding("reversed", s -> new StringBuilder(s).reverse().toString(),
          s -> new StringBuilder(s).reverse().toString()));

  static Encoding byId(String id) {
    return ALL.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }
}
