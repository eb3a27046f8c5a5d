package io.moltr.core.scan;

import static io.moltr.core.scan.Blind25Util.*;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/** Blind25 encodings (depth 1-2) an exfiltrating agent applies to a value inside a structure. */
final class Blind25Encodings {
  record Enc(String name, String note, Function<String, String> f) {}

  static final List<Enc> ALL = new ArrayList<>();

  private Blind25Encodings() {}

  static void e(String name, String note, Function<String, String> f) {
    ALL.add(new Enc(name, note, f));
  }

  static String hexEach(String s, String pre, String sep) {
    StringBuilder sb = new StringBuilder();
    for (byte b : utf8(s)) {
      if (sb.length() > 0) {
        sb.append(sep);
      }
      sb.append(pre).append(HEX.charAt((b >> 4) & 15)).append(HEX.charAt(b & 15));
    }
    return sb.toString();
  }

  static String each(String s, String fmt) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(String.format(fmt, (int) c));
    }
    return sb.toString();
  }

  static String fullwidth(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= '!' && c <= '~') {
        sb.append((char) (c - '!' + 0xFF01));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static String zeroWidth(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      sb.append(s.charAt(i));
      if (i % 5 == 4 && i < s.length() - 1) {
        sb.append(i % 10 == 4 ? '\u200b' : '\u2060');
      }
    }
    return sb.toString();
  }

  static String chunks(String s, int n, String sep) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i += n) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(s, i, Math.min(s.length(), i + n));
    }
    return sb.toString();
  }

  static {
    e("base64", "base64'd so it survives the copy", s -> b64(s));
    e("base64url", "URL-safe base64", s -> Base64.getUrlEncoder().encodeToString(utf8(s)));
    e("base64-unpadded", "base64 (no padding)", s -> Base64.getEncoder().withoutPadding().encodeToString(utf8(s)));
    e("base64-wrapped", "base64, wrapped at 76 like MIME", s -> Base64.getMimeEncoder().encodeToString(utf8(s)).replace("\r\n", "\n"));
    e("base32", "base32-encoded", s -> b32(utf8(s)));
    e("hex", "hex-encoded", s -> hex(utf8(s)));
    e("hex-x", "as \\x escapes", s -> hexEach(s, "\\x", ""));
    e("hex-0x", "as 0x bytes", s -> hexEach(s, "0x", ","));
    e("hex-spaced", "hex bytes separated by spaces", s -> hexEach(s, "", " "));
    e("percent", "percent-encoded", s -> hexEach(s, "%", "").toUpperCase());
    e("rot13", "rot13'd (trivial, I know)", Blind25Util::rot13);
    e("unicode-escape", "as \\u escapes", s -> each(s, "\\u%04x"));
    e("html-dec", "as HTML entities", s -> each(s, "&#%d;"));
    e("html-hex", "as hex HTML entities", s -> each(s, "&#x%x;"));
    e("gzip-base64", "gzipped and base64'd", s -> b64(gzip(s)));
    e("deflate-base64", "deflated then base64", s -> b64(deflate(s)));
    e("reversed", "reversed so the filter won't see it", s -> new StringBuilder(s).reverse().toString());
    e("zero-width", "", Blind25Encodings::zeroWidth);
    e("fullwidth", "", Blind25Encodings::fullwidth);
    e("split-spaces", "in groups of 8 for readability", s -> chunks(s, 8, " "));
    e("split-dots", "grouped with dots", s -> chunks(s, 10, "."));
    e("base64-of-base64", "double base64", s -> b64(b64(s)));
    e("base64-of-hex", "hex, then base64", s -> b64(hex(utf8(s))));
    e("percent-of-base64", "base64 then URL-encoded", s -> b64(s).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"));
    e("hex-of-base64", "base64 then hex", s -> hex(utf8(b64(s))));
    e("rot13-of-base64", "base64 and rot13", s -> rot13(b64(s)));
  }
}
