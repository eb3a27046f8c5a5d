package io.moltr.core.scan;

import static io.moltr.core.scan.Blind34Util.*;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** The encodings of blind34's encoded positives. */
final class Blind34Encodings {
  private Blind34Encodings() {}

  static final List<String> NAMES = List.of("base64", "base64url", "base32", "hex", "hex_upper", "percent", "rot13",
      "unicode_escape", "hex_escape", "html_entities", "gzip_base64", "reversed", "split_lines", "spaced", "zero_width",
      "base64_of_base64", "hex_of_base64", "fullwidth");

  static String encode(String enc, String p) {
    byte[] b = p.getBytes(StandardCharsets.UTF_8);
    return switch (enc) {
      case "base64" -> b64(b);
      case "base64url" -> Base64.getUrlEncoder().withoutPadding().encodeToString(b);
      case "base32" -> base32(b);
      case "hex" -> hex(b);
      case "hex_upper" -> hex(b).toUpperCase();
      case "percent" -> percent(p);
      case "rot13" -> rot13(p);
      case "unicode_escape" -> escape(p, "\\u%04x");
      case "hex_escape" -> escape(p, "\\x%02x");
      case "html_entities" -> escape(p, "&#x%x;");
      case "gzip_base64" -> b64(gzip(b));
      case "reversed" -> new StringBuilder(p).reverse().toString();
      case "split_lines" -> split(p);
      case "spaced" -> spaced(p);
      case "zero_width" -> zeroWidth(p);
      case "base64_of_base64" -> b64(b64(b));
      case "hex_of_base64" -> hex(b64(b).getBytes(StandardCharsets.US_ASCII));
      case "fullwidth" -> fullwidth(p);
      default -> throw new IllegalArgumentException(enc);
    };
  }

  static String base32(byte[] b) {
    StringBuilder sb = new StringBuilder();
    int acc = 0;
    int bits = 0;
    for (byte x : b) {
      acc = (acc << 8) | (x & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        sb.append(B32.charAt((acc >> bits) & 31));
      }
    }
    if (bits > 0) {
      sb.append(B32.charAt((acc << (5 - bits)) & 31));
    }
    while (sb.length() % 8 != 0) {
      sb.append('=');
    }
    return sb.toString();
  }

  static String percent(String p) {
    StringBuilder sb = new StringBuilder();
    for (byte x : p.getBytes(StandardCharsets.UTF_8)) {
      sb.append(String.format("%%%02X", x & 0xff));
    }
    return sb.toString();
  }

  static String rot13(String p) {
    StringBuilder sb = new StringBuilder();
    for (char c : p.toCharArray()) {
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

  static String escape(String p, String fmt) {
    StringBuilder sb = new StringBuilder();
    for (char c : p.toCharArray()) {
      sb.append(String.format(fmt, (int) c));
    }
    return sb.toString();
  }

  static byte[] gzip(byte[] b) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (GZIPOutputStream g = new GZIPOutputStream(bo)) {
        g.write(b);
      }
      return bo.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Split into quoted chunks concatenated over several lines, as code does with long literals. */
  static String split(String p) {
    StringBuilder sb = new StringBuilder();
    int n = Math.max(8, p.length() / 4 + 1);
    for (int i = 0; i < p.length(); i += n) {
      if (i > 0) {
        sb.append(" +\n    ");
      }
      sb.append('"').append(p, i, Math.min(p.length(), i + n)).append('"');
    }
    return sb.toString();
  }

  static String spaced(String p) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < p.length(); i += 4) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(p, i, Math.min(p.length(), i + 4));
    }
    return sb.toString();
  }

  static String zeroWidth(String p) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < p.length(); i++) {
      sb.append(p.charAt(i));
      if (i % 3 == 2 && i < p.length() - 1) {
        sb.append('\u200b');
      }
    }
    return sb.toString();
  }

  static String fullwidth(String p) {
    StringBuilder sb = new StringBuilder();
    for (char c : p.toCharArray()) {
      sb.append(c > 0x20 && c < 0x7f ? (char) (c - 0x21 + 0xFF01) : c);
    }
    return sb.toString();
  }
}
