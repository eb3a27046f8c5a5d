package io.moltr.core.scan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/** Blind14: the encodings a leaking agent uses, each with its inverse for the self-check. */
final class Blind14Encodings {
  private Blind14Encodings() {}

  record Enc(String name, String human, UnaryOperator<String> encode, UnaryOperator<String> decode) {}

  static final Map<String, Enc> ALL = new LinkedHashMap<>();
  /** Encodings that keep a multi-line block intact (byte encodings). */
  static final Set<String> FOR_BLOCKS = Set.of("base64", "base64-wrap76", "gzip-base64", "deflate-base64", "hex",
      "base64>base64", "base64-url");
  /** Encodings that cut or disguise the characters of one token: only for values without spaces. */
  static final Set<String> TOKEN_ONLY = Set.of("split-lines", "split-spaces", "split-concat", "zero-width", "homoglyph",
      "fullwidth", "split-dots");

  private static final Base64.Encoder STD = Base64.getEncoder();
  private static final Base64.Decoder DEC = Base64.getDecoder();

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String str(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  private static void e(String name, String human, UnaryOperator<String> enc, UnaryOperator<String> dec) {
    ALL.put(name, new Enc(name, human, enc, dec));
  }

  static String hex(String s) {
    return Blind14Util.toHex(utf8(s));
  }

  static String unhex(String s) {
    String h = s.replaceAll("[^0-9a-fA-F]", "");
    byte[] b = new byte[h.length() / 2];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
    }
    return str(b);
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

  static String inflate(byte[] data, boolean gzip) {
    try (var in = gzip ? new GZIPInputStream(new java.io.ByteArrayInputStream(data))
        : new InflaterInputStream(new java.io.ByteArrayInputStream(data))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return str(out.toByteArray());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static String perByte(String s, String fmt, String sep) {
    StringBuilder sb = new StringBuilder();
    for (byte b : utf8(s)) {
      sb.append(sb.length() == 0 ? "" : sep).append(String.format(fmt, b & 0xff));
    }
    return sb.toString();
  }

  private static String chunks(String s, int n, String sep) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i += n) {
      sb.append(i == 0 ? "" : sep).append(s, i, Math.min(s.length(), i + n));
    }
    return sb.toString();
  }

  static final String CYR_FROM = "aeopcxyAEOPCXBHKMT";
  static final String CYR_TO = "\u0430\u0435\u043e\u0440\u0441\u0445\u0443\u0410\u0415\u041e\u0420\u0421\u0425\u0412\u041d\u041a\u041c\u0422";

  static {
    e("base64", "base64", s -> STD.encodeToString(utf8(s)), s -> str(DEC.decode(s)));
    e("base64-url", "URL-safe base64", s -> Base64.getUrlEncoder().encodeToString(utf8(s)),
        s -> str(Base64.getUrlDecoder().decode(s)));
    e("base64-nopad", "base64", s -> STD.withoutPadding().encodeToString(utf8(s)), s -> str(DEC.decode(s)));
    e("base64-wrap76", "base64", s -> Base64.getMimeEncoder().encodeToString(utf8(s)).replace("\r\n", "\n"),
        s -> str(Base64.getMimeDecoder().decode(s)));
    e("base32", "base32", Blind14Encodings::base32, Blind14Encodings::unbase32);
    e("hex", "hex", Blind14Encodings::hex, Blind14Encodings::unhex);
    e("hex-spaced", "hex", s -> perByte(s, "%02X", " "), Blind14Encodings::unhex);
    e("hex-escaped", "escaped bytes", s -> perByte(s, "\\x%02x", ""), s -> unhex(s.replace("\\x", "")));
    e("hex-0x", "a byte array", s -> perByte(s, "0x%02x", ", "), s -> unhex(s.replace("0x", "")));
    e("percent", "URL-encoded", s -> perByte(s, "%%%02X", ""), s -> unhex(s.replace("%", "")));
    e("rot13", "ROT13", Blind14Encodings::rot13, Blind14Encodings::rot13);
    e("unicode-escape", "\\u escapes", s -> {
      StringBuilder sb = new StringBuilder();
      for (char c : s.toCharArray()) {
        sb.append(String.format("\\u%04x", (int) c));
      }
      return sb.toString();
    }, s -> {
      StringBuilder sb = new StringBuilder();
      for (String p : s.split("\\\\u")) {
        if (!p.isEmpty()) {
          sb.append((char) Integer.parseInt(p, 16));
        }
      }
      return sb.toString();
    });
    e("html-dec", "HTML entities", s -> perByte(s, "&#%d;", ""), s -> {
      StringBuilder sb = new StringBuilder();
      for (String p : s.split(";")) {
        if (!p.isEmpty()) {
          sb.append((char) Integer.parseInt(p.substring(2)));
        }
      }
      return sb.toString();
    });
    e("html-hex", "HTML entities", s -> perByte(s, "&#x%x;", ""), s -> {
      StringBuilder sb = new StringBuilder();
      for (String p : s.split(";")) {
        if (!p.isEmpty()) {
          sb.append((char) Integer.parseInt(p.substring(3), 16));
        }
      }
      return sb.toString();
    });
    e("json-escape", "JSON-escaped", s -> s.replace("\\", "\\\\").replace("/", "\\/").replace("-", "\\u002d")
            .replace("_", "\\u005f").replace(".", "\\u002e").replace(":", "\\u003a").replace("=", "\\u003d")
            .replace("+", "\\u002b").replace("\n", "\\n"),
        s -> s.replace("\\u002d", "-").replace("\\u005f", "_").replace("\\u002e", ".").replace("\\u003a", ":")
            .replace("\\u003d", "=").replace("\\u002b", "+").replace("\\/", "/").replace("\\n", "\n").replace("\\\\", "\\"));
    e("gzip-base64", "gzip+base64", s -> STD.encodeToString(Blind14Util.gzip(utf8(s))), s -> inflate(DEC.decode(s), true));
    e("deflate-base64", "zlib+base64", s -> STD.encodeToString(Blind14Util.zlib(utf8(s))), s -> inflate(DEC.decode(s), false));
    e("reversed", "reversed", s -> new StringBuilder(s).reverse().toString(), s -> new StringBuilder(s).reverse().toString());
    e("split-lines", "split over lines", s -> chunks(s, 16, "\n"), s -> s.replace("\n", ""));
    e("split-spaces", "in groups", s -> chunks(s, 4, " "), s -> s.replace(" ", ""));
    e("split-concat", "concatenated pieces", s -> "\"" + chunks(s, 12, "\" +\n    \"") + "\"",
        s -> s.replace("\" +\n    \"", "").replace("\"", ""));
    e("split-dots", "dotted groups", s -> chunks(s, 6, " . "), s -> s.replace(" . ", ""));
    e("zero-width", "with invisible characters", s -> chunks(s, 3, "\u200b"), s -> s.replace("\u200b", ""));
    e("homoglyph", "look-alike letters", s -> {
      StringBuilder sb = new StringBuilder();
      for (char c : s.toCharArray()) {
        int i = CYR_FROM.indexOf(c);
        sb.append(i >= 0 ? CYR_TO.charAt(i) : c);
      }
      return sb.toString();
    }, s -> {
      StringBuilder sb = new StringBuilder();
      for (char c : s.toCharArray()) {
        int i = CYR_TO.indexOf(c);
        sb.append(i >= 0 ? CYR_FROM.charAt(i) : c);
      }
      return sb.toString();
    });
    e("fullwidth", "full-width", s -> {
      StringBuilder sb = new StringBuilder();
      for (char c : s.toCharArray()) {
        sb.append(c > 0x20 && c < 0x7f ? (char) (c - 0x21 + 0xFF01) : c);
      }
      return sb.toString();
    }, s -> java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC));
    e("base64>base64", "double base64", s -> STD.encodeToString(utf8(STD.encodeToString(utf8(s)))),
        s -> str(DEC.decode(str(DEC.decode(s)))));
    e("hex>base64", "hex of base64", s -> hex(STD.encodeToString(utf8(s))), s -> str(DEC.decode(unhex(s))));
    e("base64>hex", "base64 of hex", s -> STD.encodeToString(utf8(hex(s))), s -> unhex(str(DEC.decode(s))));
    e("percent>base64", "URL-encoded base64", s -> STD.encodeToString(utf8(s)).replace("+", "%2B").replace("/", "%2F")
        .replace("=", "%3D"), s -> str(DEC.decode(s.replace("%2B", "+").replace("%2F", "/").replace("%3D", "="))));
    e("base64>rot13", "rot13 then base64", s -> STD.encodeToString(utf8(rot13(s))), s -> rot13(str(DEC.decode(s))));
    e("base64>reversed", "reversed then base64", s -> STD.encodeToString(utf8(new StringBuilder(s).reverse().toString())),
        s -> new StringBuilder(str(DEC.decode(s))).reverse().toString());
  }

  static List<String> names() {
    return List.copyOf(ALL.keySet());
  }

  private static final String B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  static String base32(String s) {
    byte[] in = utf8(s);
    StringBuilder sb = new StringBuilder();
    int buf = 0;
    int bits = 0;
    for (byte b : in) {
      buf = (buf << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        sb.append(B32.charAt((buf >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      sb.append(B32.charAt((buf << (5 - bits)) & 31));
    }
    while (sb.length() % 8 != 0) {
      sb.append('=');
    }
    return sb.toString();
  }

  static String unbase32(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int buf = 0;
    int bits = 0;
    for (char c : s.replace("=", "").toCharArray()) {
      buf = (buf << 5) | B32.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out.write((buf >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return str(out.toByteArray());
  }
}
