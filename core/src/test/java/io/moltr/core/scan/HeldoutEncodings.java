package io.moltr.core.scan;

import static io.moltr.core.scan.HeldoutCredentials.pick;

import io.moltr.core.scan.HeldoutContexts.Ctx;
import io.moltr.core.scan.HeldoutCredentials.Family;
import io.moltr.core.scan.HeldoutCredentials.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Held-out corpus, part 3: encodings an agent's output may carry a credential in, applied either
 * to the credential alone (then printed in a normal context) or to a whole snippet holding it.
 */
final class HeldoutEncodings {
  private HeldoutEncodings() {}

  enum Scope {
    /** the value alone is encoded and printed in a context */
    VALUE,
    /** a snippet holding the value is encoded and wrapped */
    SNIPPET,
    /** either, chosen per sample */
    EITHER,
    /** the encoding builds the whole output itself (string concatenation, line splits) */
    WHOLE
  }

  interface Whole {
    String render(Random r, Kind k, String var, String val);
  }

  record Enc(String name, String label, Scope scope, Set<Family> families, BiFunction<Random, String, String> f, Whole whole) {}

  static final List<Enc> ALL = new ArrayList<>();

  static final Set<Family> ALL_F = EnumSet.allOf(Family.class);
  static final Set<Family> LINE = EnumSet.of(Family.TOKEN, Family.URL, Family.PII);
  static final Set<Family> TOKENS = EnumSet.of(Family.TOKEN, Family.URL);

  private static void enc(String name, String label, Scope scope, Set<Family> fs, BiFunction<Random, String, String> f) {
    ALL.add(new Enc(name, label, scope, fs, f, null));
  }

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

  static byte[] gzip(byte[] in) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(bo)) {
        gz.write(in);
      }
      return bo.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] zlib(byte[] in) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (DeflaterOutputStream d = new DeflaterOutputStream(bo, new Deflater(Deflater.BEST_COMPRESSION))) {
        d.write(in);
      }
      return bo.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String base32(byte[] data) {
    StringBuilder sb = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : data) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        sb.append(HeldoutCredentials.B32.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      sb.append(HeldoutCredentials.B32.charAt((buffer << (5 - bits)) & 31));
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

  static String jsonEscape(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '/' -> sb.append("\\/");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  private static final String HOMO_FROM = "aceopxyABCEHKMOPTX";
  private static final String HOMO_TO = "\u0430\u0441\u0435\u043e\u0440\u0445\u0443\u0410\u0412\u0421\u0415\u041d\u041a\u041c\u041e\u0420\u0422\u0425";

  static String homoglyph(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      int i = HOMO_FROM.indexOf(c);
      sb.append(i >= 0 ? HOMO_TO.charAt(i) : c);
    }
    return sb.toString();
  }

  static String fullwidth(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      sb.append(c > 0x20 && c < 0x7f ? (char) (c - 0x21 + 0xFF01) : c);
    }
    return sb.toString();
  }

  static {
    enc("base64", "base64", Scope.EITHER, ALL_F, (r, s) -> Base64.getEncoder().encodeToString(utf8(s)));
    enc("base64url", "base64url", Scope.EITHER, ALL_F, (r, s) -> Base64.getUrlEncoder().withoutPadding().encodeToString(utf8(s)));
    enc("base64_unpadded", "b64", Scope.EITHER, ALL_F, (r, s) -> Base64.getEncoder().withoutPadding().encodeToString(utf8(s)));
    enc("base64_mime76", "base64", Scope.SNIPPET, ALL_F,
        (r, s) -> new String(Base64.getMimeEncoder(76, new byte[] {'\n'}).encode(utf8(s)), StandardCharsets.US_ASCII));
    enc("base32", "base32", Scope.EITHER, LINE, (r, s) -> base32(utf8(s)));
    enc("hex", "hex", Scope.EITHER, ALL_F, (r, s) -> {
      String h = hex(utf8(s));
      return r.nextBoolean() ? h : h.toUpperCase(Locale.ROOT);
    });
    enc("hex_escaped", "hex", Scope.EITHER, LINE, (r, s) -> {
      StringBuilder sb = new StringBuilder();
      for (byte b : utf8(s)) {
        sb.append(String.format("\\x%02x", b & 0xff));
      }
      return sb.toString();
    });
    enc("hex_0x_list", "bytes", Scope.EITHER, LINE, (r, s) -> {
      StringBuilder sb = new StringBuilder();
      String sep = pick(r, ", ", ",", " ");
      for (byte b : utf8(s)) {
        if (sb.length() > 0) {
          sb.append(sep);
        }
        sb.append(String.format("0x%02x", b & 0xff));
      }
      return sb.toString();
    });
    enc("hex_spaced", "hexdump", Scope.EITHER, LINE, (r, s) -> {
      StringBuilder sb = new StringBuilder();
      boolean up = r.nextBoolean();
      for (byte b : utf8(s)) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(String.format(up ? "%02X" : "%02x", b & 0xff));
      }
      return sb.toString();
    });
    enc("percent_all", "urlencoded", Scope.EITHER, ALL_F, (r, s) -> {
      StringBuilder sb = new StringBuilder();
      for (byte b : utf8(s)) {
        sb.append(String.format("%%%02X", b & 0xff));
      }
      return sb.toString();
    });
    enc("rot13", "rot13", Scope.EITHER, EnumSet.of(Family.TOKEN, Family.URL, Family.BLOCK), (r, s) -> rot13(s));
    enc("reversed", "reversed", Scope.EITHER, ALL_F, (r, s) -> new StringBuilder(s).reverse().toString());
    enc("unicode_escape", "unicode-escaped", Scope.EITHER, ALL_F, (r, s) -> {
      StringBuilder sb = new StringBuilder();
      for (char c : s.toCharArray()) {
        sb.append(String.format("\\u%04x", (int) c));
      }
      return sb.toString();
    });
    enc("html_entities_dec", "html", Scope.EITHER, LINE, (r, s) -> {
      StringBuilder sb = new StringBuilder();
      for (char c : s.toCharArray()) {
        sb.append("&#").append((int) c).append(';');
      }
      return sb.toString();
    });
    enc("html_entities_hex", "html", Scope.EITHER, LINE, (r, s) -> {
      StringBuilder sb = new StringBuilder();
      for (char c : s.toCharArray()) {
        sb.append("&#x").append(Integer.toHexString(c)).append(';');
      }
      return sb.toString();
    });
    enc("json_string_escape", "json", Scope.SNIPPET, ALL_F, (r, s) -> jsonEscape(s));
    enc("gzip_base64", "gzip+base64", Scope.SNIPPET, ALL_F, (r, s) -> Base64.getEncoder().encodeToString(gzip(utf8(s))));
    enc("deflate_base64", "zlib+base64", Scope.SNIPPET, ALL_F, (r, s) -> Base64.getEncoder().encodeToString(zlib(utf8(s))));
    enc("double_base64", "base64", Scope.EITHER, ALL_F,
        (r, s) -> Base64.getEncoder().encodeToString(utf8(Base64.getEncoder().encodeToString(utf8(s)))));
    enc("zero_width", "text", Scope.VALUE, LINE, (r, s) -> {
      String zw = pick(r, "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff");
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < s.length(); i++) {
        if (i > 0 && (i % (1 + r.nextInt(3)) == 0)) {
          sb.append(zw);
        }
        sb.append(s.charAt(i));
      }
      return sb.toString();
    });
    enc("fullwidth", "text", Scope.VALUE, LINE, (r, s) -> fullwidth(s));
    enc("homoglyph", "text", Scope.VALUE, TOKENS, (r, s) -> homoglyph(s));
    enc("grouped", "text", Scope.VALUE, EnumSet.of(Family.TOKEN), (r, s) -> {
      String sep = pick(r, " ", "-", " ");
      int g = pick(r, 4, 5, 6, 8);
      return String.join(sep, HeldoutCredentials.wrap(s, g));
    });
    ALL.add(new Enc("split_lines", "text", Scope.WHOLE, TOKENS, null, (r, k, var, val) -> {
      int w = 16 + r.nextInt(24);
      List<String> parts = HeldoutCredentials.wrap(val, w);
      return switch (r.nextInt(3)) {
        case 0 -> "Your `" + HeldoutContexts.upper(var) + "` is below (wrapped so it fits the terminal, join the lines):\n\n" + String.join("\n", parts) + "\n";
        case 1 -> "$ " + HeldoutContexts.snake(var) + "=\"" + String.join("\\\n", parts) + "\"\n$ ./deploy.sh";
        default -> "| " + HeldoutContexts.upper(var) + " |\n|---|\n" + String.join("\n", parts.stream().map(p -> "| " + p + " |").toList());
      };
    }));
    ALL.add(new Enc("string_concat", "code", Scope.WHOLE, TOKENS, null, (r, k, var, val) -> {
      int n = 2 + r.nextInt(3);
      List<String> parts = new ArrayList<>();
      int cut = 0;
      for (int i = 1; i <= n; i++) {
        int next = i == n ? val.length() : Math.max(cut + 1, (int) ((long) val.length() * i / n) + r.nextInt(3) - 1);
        parts.add(val.substring(cut, Math.min(next, val.length())));
        cut = Math.min(next, val.length());
      }
      parts.removeIf(String::isEmpty);
      return switch (r.nextInt(4)) {
        case 0 -> HeldoutContexts.upper(var) + " = " + String.join(" + ", parts.stream().map(p -> "\"" + p + "\"").toList());
        case 1 -> "const " + HeldoutContexts.camel(var) + " = " + String.join(" +\n  ", parts.stream().map(p -> "'" + p + "'").toList()) + ";";
        case 2 -> "private static final String " + HeldoutContexts.upper(var) + " =\n    " + String.join("\n        + ", parts.stream().map(p -> "\"" + p + "\"").toList()) + ";";
        default -> HeldoutContexts.snake(var) + " = (\n    " + String.join("\n    ", parts.stream().map(p -> "\"" + p + "\"").toList()) + "\n)";
      };
    }));
  }

  static List<Enc> encodingsFor(Kind k) {
    List<Enc> out = new ArrayList<>();
    for (Enc e : ALL) {
      if (e.families().contains(k.family())) {
        out.add(e);
      }
    }
    return out;
  }

  static Ctx randomCtx(Random r, Kind k) {
    return pick(r, HeldoutContexts.contextsFor(k));
  }
}
