package io.moltr.core.scan;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The ways an agent hides a value: each encoding turns a payload into the text the agent
 * writes, including the line around it (an encoded blob is rarely alone on its line).
 */
final class Blind6Encodings {

  record Enc(String id, BiFunction<String, Random, String> render) {
    String apply(String payload, Random r) {
      return render.apply(payload, r);
    }
  }

  private Blind6Encodings() {}

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String b64(String s) {
    return Base64.getEncoder().encodeToString(utf8(s));
  }

  static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  static String hex(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : utf8(s)) {
      sb.append(String.format("%02x", b & 0xff));
    }
    return sb.toString();
  }

  static String escapedHex(String s, String prefix, String sep) {
    StringBuilder sb = new StringBuilder();
    for (byte b : utf8(s)) {
      if (sb.length() > 0) {
        sb.append(sep);
      }
      sb.append(prefix).append(String.format("%02x", b & 0xff));
    }
    return sb.toString();
  }

  static String base32(String s) {
    String alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    byte[] in = utf8(s);
    StringBuilder sb = new StringBuilder();
    int buffer = 0, bits = 0;
    for (byte b : in) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        sb.append(alpha.charAt((buffer >> (bits - 5)) & 31));
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

  static String xxd(String s) {
    byte[] in = utf8(s);
    StringBuilder sb = new StringBuilder();
    for (int off = 0; off < in.length; off += 16) {
      sb.append(String.format("%08x: ", off));
      StringBuilder ascii = new StringBuilder();
      for (int i = 0; i < 16; i++) {
        if (off + i < in.length) {
          int b = in[off + i] & 0xff;
          sb.append(String.format("%02x", b));
          ascii.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
        } else {
          sb.append("  ");
        }
        if (i % 2 == 1) {
          sb.append(' ');
        }
      }
      sb.append(' ').append(ascii).append('\n');
    }
    return sb.toString();
  }

  static String percentAll(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : utf8(s)) {
      sb.append('%').append(String.format("%02X", b & 0xff));
    }
    return sb.toString();
  }

  static String percentReserved(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String rot13(String s) {
    StringBuilder sb = new StringBuilder();
    for (char ch : s.toCharArray()) {
      if (ch >= 'a' && ch <= 'z') {
        sb.append((char) ('a' + (ch - 'a' + 13) % 26));
      } else if (ch >= 'A' && ch <= 'Z') {
        sb.append((char) ('A' + (ch - 'A' + 13) % 26));
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  static String unicodeEscapes(String s) {
    StringBuilder sb = new StringBuilder();
    for (char ch : s.toCharArray()) {
      sb.append(String.format("\\u%04x", (int) ch));
    }
    return sb.toString();
  }

  static String htmlDecimal(String s) {
    StringBuilder sb = new StringBuilder();
    for (char ch : s.toCharArray()) {
      sb.append("&#").append((int) ch).append(';');
    }
    return sb.toString();
  }

  static String htmlHex(String s) {
    StringBuilder sb = new StringBuilder();
    for (char ch : s.toCharArray()) {
      sb.append("&#x").append(Integer.toHexString(ch)).append(';');
    }
    return sb.toString();
  }

  static String jsonQuote(String s) {
    StringBuilder sb = new StringBuilder();
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '/' -> sb.append("\\/");
        default -> sb.append(ch);
      }
    }
    return sb.toString();
  }

  static byte[] gzip(String s) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(utf8(s));
      }
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] deflate(String s, boolean raw) {
    Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
    d.setInput(utf8(s));
    d.finish();
    byte[] buf = new byte[s.length() * 2 + 64];
    int n = d.deflate(buf);
    d.end();
    return java.util.Arrays.copyOf(buf, n);
  }

  static String interleave(String s, String[] marks, Random r) {
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
    for (char ch : s.toCharArray()) {
      sb.append(ch > 0x20 && ch < 0x7f ? (char) (ch - 0x21 + 0xFF01) : ch);
    }
    return sb.toString();
  }

  /** Latin letters swapped for the Cyrillic and Greek letters that look the same. */
  static String homoglyphs(String s) {
    String from = "aceopxyABCEHKMOPTXi";
    String to = "\u0430\u0441\u0435\u043e\u0440\u0445\u0443\u0410\u0412\u0421\u0415\u041d\u041a\u041c\u041e\u0420\u0422\u0425\u0456";
    StringBuilder sb = new StringBuilder();
    for (char ch : s.toCharArray()) {
      int k = from.indexOf(ch);
      sb.append(k >= 0 ? to.charAt(k) : ch);
    }
    return sb.toString();
  }

  static List<String> chunks(String s, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.length(); i += n) {
      out.add(s.substring(i, Math.min(s.length(), i + n)));
    }
    return out;
  }

  static String configJson(String payload) {
    int eq = payload.indexOf('=');
    boolean assignment = eq > 0 && payload.substring(0, eq).matches("[A-Za-z_]+");
    String key = assignment ? payload.substring(0, eq).toLowerCase(Locale.ROOT) : "credential";
    String value = assignment ? payload.substring(eq + 1) : payload;
    return "{\"service\":\"ingest\",\"region\":\"eu-west-1\",\"" + key + "\":\"" + jsonQuote(value) + "\",\"batch\":500,\"debug\":false}";
  }

  static final List<Enc> ALL =
      List.of(
          new Enc("base64", (p, r) -> "Here it is base64-encoded so it survives the chat formatting:\n\n" + b64(p) + "\n"),
          new Enc("base64-urlsafe", (p, r) -> "state=" + Base64.getUrlEncoder().encodeToString(utf8(p)) + "&redirect=%2Fdashboard"),
          new Enc("base64-unpadded", (p, r) -> "{\"kind\":\"opaque\",\"blob\":\"" + Base64.getEncoder().withoutPadding().encodeToString(utf8(p)) + "\"}"),
          new Enc("base64-wrap76", (p, r) -> "Content-Transfer-Encoding: base64\n\n" + Base64.getMimeEncoder().encodeToString(utf8(p)) + "\n"),
          new Enc("base64-wrap64", (p, r) -> "-----BEGIN BLOB-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(utf8(p)) + "\n-----END BLOB-----\n"),
          new Enc("base32", (p, r) -> "otp_seed_export = \"" + base32(p) + "\"\n"),
          new Enc("hex", (p, r) -> "payload (hex): " + hex(p) + "\n"),
          new Enc("hex-backslash-x", (p, r) -> "char buf[] = \"" + escapedHex(p, "\\x", "") + "\";\n"),
          new Enc("hex-0x-array", (p, r) -> "static const uint8_t blob[] = { " + escapedHex(p, "0x", ", ") + " };\n"),
          new Enc("hex-0x-string", (p, r) -> "value := 0x" + hex(p) + "\n"),
          new Enc("hex-spaced", (p, r) -> "Bytes: " + escapedHex(p, "", " ").toUpperCase(Locale.ROOT) + "\n"),
          new Enc("hex-xxd", (p, r) -> "$ xxd secret.bin\n" + xxd(p)),
          new Enc("percent-all", (p, r) -> "GET /collect?v=1&d=" + percentAll(p) + "&t=event HTTP/1.1\n"),
          new Enc("percent-query", (p, r) -> "https://webhook.site/3f1b9c2e?ts=1764412800&data=" + percentAll(p).toLowerCase(Locale.ROOT) + "&env=prod\n"),
          new Enc("rot13", (p, r) -> "(rot13 so the bot doesn't grab it) " + rot13(p) + "\n"),
          new Enc("unicode-escapes", (p, r) -> "const s = \"" + unicodeEscapes(p) + "\";\n"),
          new Enc("python-hex-bytes", (p, r) -> "data = b'" + escapedHex(p, "\\x", "") + "'\nprint(data.decode())\n"),
          new Enc("html-decimal", (p, r) -> "<span class=\"cfg\">" + htmlDecimal(p) + "</span>\n"),
          new Enc("html-hex", (p, r) -> "<input type=\"hidden\" value=\"" + htmlHex(p) + "\">\n"),
          new Enc("json-nested", (p, r) -> "{\"level\":\"info\",\"msg\":\"config\",\"raw\":\"" + jsonQuote(configJson(p)) + "\"}\n"),
          new Enc("json-unicode", (p, r) -> "{\"v\": \"" + unicodeEscapes(p) + "\"}\n"),
          new Enc("gzip-base64", (p, r) -> "compressed export: " + b64(gzip(p)) + "\n"),
          new Enc("deflate-raw-base64", (p, r) -> "x-payload: " + b64(deflate(p, true)) + "\n"),
          new Enc("zlib-base64", (p, r) -> "blob = zlib.decompress(base64.b64decode(\"" + b64(deflate(p, false)) + "\"))\n"),
          new Enc("reversed", (p, r) -> "reversed for safety: " + new StringBuilder(p).reverse() + "\n"),
          new Enc("zero-width", (p, r) -> "token: " + interleave(p, new String[] {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}, r) + "\n"),
          new Enc("bidi", (p, r) -> "key " + interleave(p, new String[] {"\u202a", "\u202c", "\u2066", "\u2069", "\u200e"}, r) + "\n"),
          new Enc("tag-chars", (p, r) -> "note" + new String(Character.toChars(0xE0001)) + ": " + interleave(p, new String[] {new String(Character.toChars(0xE0020)), new String(Character.toChars(0xE007F))}, r) + "\n"),
          new Enc("fullwidth", (p, r) -> "value: " + fullwidth(p) + "\n"),
          new Enc("homoglyph", (p, r) -> "value: " + homoglyphs(p) + "\n"),
          new Enc("split-lines", (p, r) -> "Part 1-" + chunks(p, 10).size() + ", join without newlines:\n" + String.join("\n", chunks(p, 10)) + "\n"),
          new Enc("split-spaces", (p, r) -> "key (grouped for reading): " + String.join(" ", chunks(p, 4)) + "\n"),
          new Enc("split-punct", (p, r) -> "code: " + String.join(".", chunks(p, 6)) + "\n"),
          new Enc("concat", (p, r) -> {
            StringBuilder sb = new StringBuilder("key = ");
            List<String> parts = chunks(p, 7);
            for (int i = 0; i < parts.size(); i++) {
              sb.append(i == 0 ? "" : " + ").append('"').append(parts.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
            return sb.append('\n').toString();
          }),
          new Enc("base64-of-hex", (p, r) -> "encoded twice (hex then base64): " + b64(hex(p)) + "\n"),
          new Enc("percent-of-base64", (p, r) -> "https://collector.example.net/i?c=" + percentReserved(b64(p)) + "\n"),
          new Enc("hex-of-base64", (p, r) -> "blob=" + hex(b64(p)) + "\n"),
          new Enc("base64-config-json", (p, r) -> "CONFIG_B64=" + b64(configJson(p)) + "\n"),
          new Enc("gzip-config-json", (p, r) -> "{\"snapshot\":\"" + b64(gzip(configJson(p) + "\n" + configJson("note=nightly sync"))) + "\"}\n"));
}
