package io.moltr.core.scan;

import static io.moltr.core.scan.Blind22Util.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Blind22: the issue's encodings and the split forms a leaking agent uses; depth 1 and 2. */
final class Blind22Encodings {
  private Blind22Encodings() {}

  static final List<String> DEPTH1 = List.of("base64", "base64url", "base64_unpadded", "base64_wrapped76", "base32", "hex", "hex_backslash_x",
      "hex_0x", "hex_spaced", "percent", "rot13", "unicode_escape", "html_dec", "html_hex", "json_escape", "gzip_base64", "deflate_base64",
      "reversed", "split_lines", "split_spaces", "split_punct", "zero_width", "homoglyph_fullwidth", "homoglyph_cyrillic");

  static final List<String> DEPTH2 = List.of("base64(hex)", "base64(base64)", "hex(base64)", "percent(base64)", "base64(reversed)",
      "base64url(rot13)");

  static String encode(String enc, String s, Random r) {
    int p = enc.indexOf('(');
    if (p > 0) {
      String outer = enc.substring(0, p);
      String inner = enc.substring(p + 1, enc.length() - 1);
      return encode(outer, encode(inner, s, r), r);
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return switch (enc) {
      case "base64" -> b64(b);
      case "base64url" -> java.util.Base64.getUrlEncoder().encodeToString(b);
      case "base64_unpadded" -> b64(b).replace("=", "");
      case "base64_wrapped76" -> wrap(b64(b), 76);
      case "base32" -> base32(b);
      case "hex" -> hex(b);
      case "hex_backslash_x" -> hex(b).replaceAll("(..)", "\\\\x$1");
      case "hex_0x" -> hex(b).replaceAll("(..)", "0x$1, ").replaceAll(", $", "");
      case "hex_spaced" -> hex(b).replaceAll("(..)", "$1 ").trim();
      case "percent" -> percent(s);
      case "rot13" -> rot13(s);
      case "unicode_escape" -> uEscape(s);
      case "html_dec" -> html(s, false);
      case "html_hex" -> html(s, true);
      case "json_escape" -> jsonAll(s);
      case "gzip_base64" -> gzipB64(s);
      case "deflate_base64" -> deflateB64(s);
      case "reversed" -> new StringBuilder(s).reverse().toString();
      case "split_lines" -> splitLines(s, r);
      case "split_spaces" -> groups(s, 4 + r.nextInt(3), " ");
      case "split_punct" -> groups(s, 4 + r.nextInt(4), pick(r, "-", ".", "_", ";"));
      case "zero_width" -> zw(s, r);
      case "homoglyph_fullwidth" -> fullwidth(s);
      case "homoglyph_cyrillic" -> cyrillic(s);
      default -> throw new IllegalArgumentException(enc);
    };
  }

  static String uEscape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(String.format("\\u%04x", (int) c));
    }
    return sb.toString();
  }

  static String html(String s, boolean hexForm) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(hexForm ? String.format("&#x%x;", (int) c) : "&#" + (int) c + ";");
    }
    return sb.toString();
  }

  /** JSON string escapes as a JSON encoder with ASCII escaping of letters writes them: mixed \\u and plain. */
  static String jsonAll(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (i % 2 == 0 || c == '"' || c == '\\' || c == '/') {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static String splitLines(String s, Random r) {
    int n = 2 + r.nextInt(2);
    int w = (s.length() + n - 1) / n;
    return wrap(s, w);
  }

  static String groups(String s, int w, String sep) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i += w) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(s, i, Math.min(s.length(), i + w));
    }
    return sb.toString();
  }

  static String zw(String s, Random r) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      sb.append(s.charAt(i));
      if (i % 3 == 2) {
        sb.append(pick(r, "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"));
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

  static String cyrillic(String s) {
    String lat = "aeopcxyAEOPCXHKMT";
    String cyr = "аеорсхуАЕОРСХНКМТ";
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      int i = lat.indexOf(c);
      sb.append(i >= 0 ? cyr.charAt(i) : c);
    }
    return sb.toString();
  }

  /** Whether the encoded form still shows the secret literally (it must not). */
  static boolean hides(String encoded, String secret) {
    return !encoded.contains(secret);
  }
}
