package io.moltr.core.scan;

import static io.moltr.core.scan.Blind12Util.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/** The encodings an agent (or an attacker steering it) uses to hide a value. */
final class Blind12Encodings {
  private Blind12Encodings() {}

  static final Map<String, BiFunction<Random, String, String>> ALL = new LinkedHashMap<>();

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String base64(String s) {
    return Base64.getEncoder().encodeToString(utf8(s));
  }

  static String base32(byte[] data) {
    StringBuilder sb = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : data) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        sb.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      sb.append(BASE32.charAt((buffer << (5 - bits)) & 31));
    }
    while (sb.length() % 8 != 0) {
      sb.append('=');
    }
    return sb.toString();
  }

  static String hexOf(String s, String prefix, String sep, boolean upper) {
    StringBuilder sb = new StringBuilder();
    byte[] b = utf8(s);
    for (int i = 0; i < b.length; i++) {
      if (i > 0) {
        sb.append(sep);
      }
      String h = String.format("%02x", b[i] & 0xff);
      sb.append(prefix).append(upper ? h.toUpperCase() : h);
    }
    return sb.toString();
  }

  static byte[] gzip(String s) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (GZIPOutputStream g = new GZIPOutputStream(bo)) {
        g.write(utf8(s));
      }
      return bo.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] zlib(String s) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (DeflaterOutputStream d = new DeflaterOutputStream(bo, new Deflater(Deflater.BEST_COMPRESSION))) {
        d.write(utf8(s));
      }
      return bo.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String insertEvery(Random r, String s, String[] marks) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      sb.append(s.charAt(i));
      if (i < s.length() - 1 && r.nextInt(3) == 0) {
        sb.append(marks[r.nextInt(marks.length)]);
      }
    }
    return sb.toString();
  }

  static String fullwidth(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c > 0x20 && c < 0x7f) {
        sb.append((char) (c - 0x21 + 0xFF01));
      } else {
        sb.append(c);
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

  static String percent(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : utf8(s)) {
      sb.append('%').append(String.format("%02X", b & 0xff));
    }
    return sb.toString();
  }

  static String chunks(String s, int n, String sep) {
    return grouped(s, n, sep);
  }

  static {
    ALL.put("base64", (r, s) -> base64(s));
    ALL.put("base64-url", (r, s) -> Base64.getUrlEncoder().encodeToString(utf8(s)));
    ALL.put("base64-unpadded", (r, s) -> Base64.getEncoder().withoutPadding().encodeToString(utf8(s)));
    ALL.put("base64-wrapped", (r, s) -> grouped(base64(s), oneOf(r, 60, 64, 76), "\n"));
    ALL.put("base32", (r, s) -> base32(utf8(s)));
    ALL.put("hex", (r, s) -> hexOf(s, "", "", false));
    ALL.put("hex-upper", (r, s) -> hexOf(s, "", "", true));
    ALL.put("hex-backslash-x", (r, s) -> hexOf(s, "\\x", "", false));
    ALL.put("hex-0x-list", (r, s) -> hexOf(s, "0x", oneOf(r, ", ", ",", " "), false));
    ALL.put("hex-spaced", (r, s) -> hexOf(s, "", " ", r.nextBoolean()));
    ALL.put("percent", (r, s) -> percent(s));
    ALL.put("rot13", (r, s) -> rot13(s));
    ALL.put("unicode-escapes", (r, s) -> {
      StringBuilder sb = new StringBuilder();
      for (char c : s.toCharArray()) {
        sb.append(String.format("\\u%04x", (int) c));
      }
      return sb.toString();
    });
    ALL.put("html-entities-hex", (r, s) -> {
      StringBuilder sb = new StringBuilder();
      for (char c : s.toCharArray()) {
        sb.append("&#x").append(Integer.toHexString(c)).append(';');
      }
      return sb.toString();
    });
    ALL.put("html-entities-dec", (r, s) -> {
      StringBuilder sb = new StringBuilder();
      for (char c : s.toCharArray()) {
        sb.append("&#").append((int) c).append(';');
      }
      return sb.toString();
    });
    ALL.put("json-escapes", (r, s) -> {
      StringBuilder sb = new StringBuilder();
      for (char c : s.toCharArray()) {
        if (Character.isLetterOrDigit(c) && r.nextInt(3) > 0) {
          sb.append(String.format("\\u%04X", (int) c));
        } else if (c == '/') {
          sb.append("\\/");
        } else if (c == '"') {
          sb.append("\\\"");
        } else if (c == '\n') {
          sb.append("\\n");
        } else {
          sb.append(c);
        }
      }
      return sb.toString();
    });
    ALL.put("gzip-base64", (r, s) -> Base64.getEncoder().encodeToString(gzip(s)));
    ALL.put("deflate-base64", (r, s) -> Base64.getEncoder().encodeToString(zlib(s)));
    ALL.put("zero-width", (r, s) -> insertEvery(r, s, new String[] {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}));
    ALL.put("bidi-controls", (r, s) -> insertEvery(r, s, new String[] {"\u202a", "\u202c", "\u2066", "\u2069", "\u200e"}));
    ALL.put("unicode-tags", (r, s) -> tags(s));
    ALL.put("fullwidth", (r, s) -> fullwidth(s));
    ALL.put("split-lines", (r, s) -> chunks(s, 8 + r.nextInt(8), "\n"));
    ALL.put("split-spaces", (r, s) -> chunks(s, 4 + r.nextInt(5), " "));
    ALL.put("split-punct", (r, s) -> chunks(s, 6 + r.nextInt(5), oneOf(r, "-", ".", " | ", ", ")));
    ALL.put("reversed", (r, s) -> new StringBuilder(s).reverse().toString());
    ALL.put("base64-of-hex", (r, s) -> base64(hexOf(s, "", "", false)));
    ALL.put("hex-of-base64", (r, s) -> hexOf(base64(s), "", "", false));
    ALL.put("base64-of-base64", (r, s) -> base64(base64(s)));
    ALL.put("percent-of-base64", (r, s) -> percent(base64(s)));
    ALL.put("base64-of-rot13", (r, s) -> base64(rot13(s)));
    ALL.put("base32-of-base64", (r, s) -> base32(utf8(base64(s))));
  }
}
