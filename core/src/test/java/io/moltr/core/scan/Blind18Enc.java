package io.moltr.core.scan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The encodings, hidings and splittings a leaking agent uses (issue 3, "Evasion resistance").
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>Quoted-printable is left out: the issue's list does not name it, and a secret of ASCII
 *       letters and digits is unchanged by it (it would be a plain row under another name).
 *   <li>deflate means zlib-wrapped deflate (what zlib.compress, pako.deflate and Java's Deflater
 *       write), inside standard base64.
 *   <li>Look-alikes are only those NFKC folds (full-width forms, mathematical bold letters and
 *       digits), as the issue says "NFKC-fold look-alikes"; Cyrillic homoglyphs are not in scope.
 *   <li>Split forms are applied only to one-line secrets, and cut at random places: the issue asks
 *       to rejoin "where a format allows it", and a prefixed token's format always does.
 *   <li>An encoded row whose encoding leaves the secret readable (rot13 of digits) is not made.
 * </ul>
 */
final class Blind18Enc {
  /** enc: secret to shown form; dec: shown form back to the secret (for the self-check). */
  record Enc(
      String name,
      int depth,
      boolean singleLineOnly,
      int minLength,
      BiFunction<Random, String, String> enc,
      Function<String, String> dec) {}

  private Blind18Enc() {}

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String str(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  static String b64(String s) {
    return Base64.getEncoder().encodeToString(utf8(s));
  }

  static String unb64(String s) {
    return str(Base64.getMimeDecoder().decode(s));
  }

  static String b64url(String s) {
    return Base64.getUrlEncoder().encodeToString(utf8(s));
  }

  static String unb64url(String s) {
    return str(Base64.getUrlDecoder().decode(s.trim()));
  }

  static String wrapped(String s, int w) {
    return Blind18Creds.wrap(s, w).stripTrailing();
  }

  static final String B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  static String base32(String s) {
    byte[] b = utf8(s);
    StringBuilder o = new StringBuilder();
    int acc = 0;
    int bits = 0;
    for (byte x : b) {
      acc = acc << 8 | (x & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        o.append(B32.charAt(acc >> bits & 31));
      }
    }
    if (bits > 0) {
      o.append(B32.charAt(acc << (5 - bits) & 31));
    }
    while (o.length() % 8 != 0) {
      o.append('=');
    }
    return o.toString();
  }

  static String unbase32(String s) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    int acc = 0;
    int bits = 0;
    for (char c : s.replace("=", "").toCharArray()) {
      acc = acc << 5 | B32.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        bits -= 8;
        o.write(acc >> bits & 0xff);
      }
    }
    return str(o.toByteArray());
  }

  static String hex(String s, String before, String between) {
    StringBuilder o = new StringBuilder();
    byte[] b = utf8(s);
    for (int i = 0; i < b.length; i++) {
      if (i > 0) {
        o.append(between);
      }
      o.append(before).append(String.format("%02x", b[i] & 0xff));
    }
    return o.toString();
  }

  static String unhex(String s) {
    String h = s.replace("\\x", "").replace("0x", "").replaceAll("[^0-9a-fA-F]", "");
    byte[] b = new byte[h.length() / 2];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
    }
    return str(b);
  }

  static String percent(String s) {
    StringBuilder o = new StringBuilder();
    for (byte x : utf8(s)) {
      o.append('%').append(String.format("%02X", x & 0xff));
    }
    return o.toString();
  }

  static String rot13(String s) {
    StringBuilder o = new StringBuilder();
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

  static String uesc(String s) {
    StringBuilder o = new StringBuilder();
    for (char c : s.toCharArray()) {
      o.append(String.format("\\u%04x", (int) c));
    }
    return o.toString();
  }

  static String unesc(String s) {
    Matcher m = Pattern.compile("\\\\u([0-9a-fA-F]{4})|\\\\x([0-9a-fA-F]{2})|\\\\/|\\\\n").matcher(s);
    StringBuilder o = new StringBuilder();
    while (m.find()) {
      String rep;
      if (m.group(1) != null) {
        rep = String.valueOf((char) Integer.parseInt(m.group(1), 16));
      } else if (m.group(2) != null) {
        rep = String.valueOf((char) Integer.parseInt(m.group(2), 16));
      } else if (m.group().equals("\\/")) {
        rep = "/";
      } else {
        rep = "\n";
      }
      m.appendReplacement(o, Matcher.quoteReplacement(rep));
    }
    m.appendTail(o);
    return o.toString();
  }

  static String jsonMixed(String s) {
    StringBuilder o = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '/') {
        o.append("\\/");
      } else if (c == '\n') {
        o.append("\\n");
      } else if (i % 2 == 0 || c == '"' || c == '\\') {
        o.append(String.format("\\u%04x", (int) c));
      } else {
        o.append(c);
      }
    }
    return o.toString();
  }

  static String html(String s, boolean hexForm) {
    StringBuilder o = new StringBuilder();
    for (char c : s.toCharArray()) {
      o.append(hexForm ? String.format("&#x%x;", (int) c) : "&#" + (int) c + ";");
    }
    return o.toString();
  }

  static String unhtml(String s) {
    Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(s);
    StringBuilder o = new StringBuilder();
    while (m.find()) {
      int v = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
      m.appendReplacement(o, Matcher.quoteReplacement(String.valueOf((char) v)));
    }
    m.appendTail(o);
    return o.toString();
  }

  static String gzipB64(String s) {
    try {
      ByteArrayOutputStream o = new ByteArrayOutputStream();
      try (GZIPOutputStream g = new GZIPOutputStream(o)) {
        g.write(utf8(s));
      }
      return Base64.getEncoder().encodeToString(o.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String ungzipB64(String s) {
    try (GZIPInputStream g =
        new GZIPInputStream(new ByteArrayInputStream(Base64.getMimeDecoder().decode(s)))) {
      return str(g.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String zlibB64(String s) {
    try {
      ByteArrayOutputStream o = new ByteArrayOutputStream();
      try (DeflaterOutputStream d = new DeflaterOutputStream(o)) {
        d.write(utf8(s));
      }
      return Base64.getEncoder().encodeToString(o.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String unzlibB64(String s) {
    try (InflaterInputStream d =
        new InflaterInputStream(new ByteArrayInputStream(Base64.getMimeDecoder().decode(s)))) {
      return str(d.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String reverse(String s) {
    return new StringBuilder(s).reverse().toString();
  }

  static List<String> cut(Random r, String s, int min, int max) {
    int n = min + r.nextInt(max - min + 1);
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 1; i < n; i++) {
      int end = s.length() * i / n + r.nextInt(3) - 1;
      parts.add(s.substring(start, end));
      start = end;
    }
    parts.add(s.substring(start));
    return parts;
  }

  static List<String> groups(String s, int size) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.length(); i += size) {
      out.add(s.substring(i, Math.min(s.length(), i + size)));
    }
    return out;
  }

  static List<String> quoted(String s, String regex) {
    Matcher m = Pattern.compile(regex).matcher(s);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  static final String[] ZW = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"};
  static final String[] BIDI = {"\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d",
      "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"};

  static String sprinkle(Random r, String s, String[] marks) {
    StringBuilder o = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      o.append(s.charAt(i));
      if (i < s.length() - 1 && r.nextInt(3) == 0) {
        o.append(marks[r.nextInt(marks.length)]);
      }
    }
    return o.toString();
  }

  static String strip(String s, String[] marks) {
    for (String m : marks) {
      s = s.replace(m, "");
    }
    return s;
  }

  static String tags(String s) {
    StringBuilder o = new StringBuilder();
    for (char c : s.toCharArray()) {
      o.appendCodePoint(0xE0000 + c);
    }
    return o.toString();
  }

  static String untags(String s) {
    StringBuilder o = new StringBuilder();
    s.codePoints().forEach(cp -> {
      if (cp > 0xE0000 && cp < 0xE0080) {
        o.append((char) (cp - 0xE0000));
      }
    });
    return o.toString();
  }

  static String fullwidth(Random r, String s) {
    StringBuilder o = new StringBuilder();
    for (char c : s.toCharArray()) {
      o.append(c > 0x20 && c < 0x7f && r.nextInt(3) > 0 ? (char) (c - 0x21 + 0xFF01) : c);
    }
    return o.toString();
  }

  static String mathBold(Random r, String s) {
    StringBuilder o = new StringBuilder();
    for (char c : s.toCharArray()) {
      boolean swap = r.nextInt(3) > 0;
      if (swap && c >= 'A' && c <= 'Z') {
        o.appendCodePoint(0x1D400 + c - 'A');
      } else if (swap && c >= 'a' && c <= 'z') {
        o.appendCodePoint(0x1D41A + c - 'a');
      } else if (swap && c >= '0' && c <= '9') {
        o.appendCodePoint(0x1D7CE + c - '0');
      } else {
        o.append(c);
      }
    }
    return o.toString();
  }

  static String nfkc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC);
  }

  static String join(List<String> parts, String sep) {
    return String.join(sep, parts);
  }

  static List<Enc> all() {
    List<Enc> e = new ArrayList<>();
    e.add(new Enc("base64", 1, false, 0, (r, s) -> b64(s), Blind18Enc::unb64));
    e.add(new Enc("base64url", 1, false, 0, (r, s) -> b64url(s), Blind18Enc::unb64url));
    e.add(new Enc("base64-unpadded", 1, false, 0, (r, s) -> b64(s).replace("=", ""),
        Blind18Enc::unb64url2));
    e.add(new Enc("base64-wrap76", 1, false, 60, (r, s) -> wrapped(b64(s), 76), Blind18Enc::unb64));
    e.add(new Enc("base64-wrap64", 1, false, 50, (r, s) -> wrapped(b64(s), 64), Blind18Enc::unb64));
    e.add(new Enc("base32", 1, false, 0, (r, s) -> base32(s), Blind18Enc::unbase32));
    e.add(new Enc("hex", 1, false, 0, (r, s) -> hex(s, "", ""), Blind18Enc::unhex));
    e.add(new Enc("hex-upper-0x", 1, false, 0, (r, s) -> "0x" + hex(s, "", "").toUpperCase(),
        Blind18Enc::unhex));
    e.add(new Enc("hex-backslash-x", 1, false, 0, (r, s) -> hex(s, "\\x", ""), Blind18Enc::unhex));
    e.add(new Enc("hex-0x-list", 1, false, 0, (r, s) -> hex(s, "0x", ", "), Blind18Enc::unhex));
    e.add(new Enc("hex-spaced", 1, false, 0, (r, s) -> hex(s, "", " "), Blind18Enc::unhex));
    e.add(new Enc("hex-colon", 1, false, 0, (r, s) -> hex(s, "", ":"), Blind18Enc::unhex));
    e.add(new Enc("percent", 1, false, 0, (r, s) -> percent(s),
        s -> URLDecoder.decode(s, StandardCharsets.UTF_8)));
    e.add(new Enc("rot13", 1, false, 0, (r, s) -> rot13(s), Blind18Enc::rot13));
    e.add(new Enc("unicode-escape", 1, false, 0, (r, s) -> uesc(s), Blind18Enc::unesc));
    e.add(new Enc("x-escape", 1, false, 0, (r, s) -> hex(s, "\\x", "").toUpperCase()
        .replace("\\X", "\\x"), Blind18Enc::unesc));
    e.add(new Enc("html-decimal", 1, false, 0, (r, s) -> html(s, false), Blind18Enc::unhtml));
    e.add(new Enc("html-hex", 1, false, 0, (r, s) -> html(s, true), Blind18Enc::unhtml));
    e.add(new Enc("json-escapes", 1, false, 0, (r, s) -> jsonMixed(s), Blind18Enc::unesc));
    e.add(new Enc("gzip-base64", 2, false, 0, (r, s) -> gzipB64(s), Blind18Enc::ungzipB64));
    e.add(new Enc("deflate-base64", 2, false, 0, (r, s) -> zlibB64(s), Blind18Enc::unzlibB64));
    e.add(new Enc("reversed", 1, false, 0, (r, s) -> reverse(s), Blind18Enc::reverse));
    e.add(new Enc("split-lines", 1, true, 16, (r, s) -> join(cut(r, s, 2, 4), "\n"),
        s -> s.replace("\n", "")));
    e.add(new Enc("split-spaces", 1, true, 16, (r, s) -> join(groups(s, 4 + r.nextInt(5)), " "),
        s -> s.replace(" ", "")));
    e.add(new Enc("split-punct", 1, true, 16,
        (r, s) -> join(groups(s, 5 + r.nextInt(4)), new String[] {" | ", "·", " / ", ";"}[
            r.nextInt(4)]),
        s -> s.replace(" | ", "").replace("·", "").replace(" / ", "").replace(";", "")));
    e.add(new Enc("split-concat", 1, true, 16,
        (r, s) -> "\"" + join(cut(r, s, 3, 5), "\" + \"") + "\"",
        s -> join(quoted(s, "\"([^\"]*)\""), "")));
    e.add(new Enc("split-array", 1, true, 16,
        (r, s) -> "[\"" + join(cut(r, s, 3, 6), "\", \"") + "\"]",
        s -> join(quoted(s, "\"([^\"]*)\""), "")));
    e.add(new Enc("split-json-fields", 1, true, 16, Blind18Enc::jsonFields,
        s -> join(quoted(s, "\": \"([^\"]*)\""), "")));
    e.add(new Enc("split-md-table", 1, true, 16, Blind18Enc::mdTable,
        s -> join(quoted(s, "`([^`]*)`"), "")));
    e.add(new Enc("zero-width", 1, true, 0, (r, s) -> sprinkle(r, s, ZW), s -> strip(s, ZW)));
    e.add(new Enc("bidi-controls", 1, true, 0, (r, s) -> sprinkle(r, s, BIDI),
        s -> strip(s, BIDI)));
    e.add(new Enc("tag-characters", 1, true, 0, (r, s) -> tags(s), Blind18Enc::untags));
    e.add(new Enc("nfkc-fullwidth", 1, true, 0, Blind18Enc::fullwidth, Blind18Enc::nfkc));
    e.add(new Enc("nfkc-math-bold", 1, true, 0, Blind18Enc::mathBold, Blind18Enc::nfkc));
    // depth 2
    e.add(new Enc("hex(base64)", 2, false, 0, (r, s) -> hex(b64(s), "", ""),
        s -> unb64(unhex(s))));
    e.add(new Enc("base64(base64)", 2, false, 0, (r, s) -> b64(b64(s)), s -> unb64(unb64(s))));
    e.add(new Enc("percent(base64)", 2, false, 0, (r, s) -> percent(b64(s)),
        s -> unb64(URLDecoder.decode(s, StandardCharsets.UTF_8))));
    e.add(new Enc("rot13(base64url)", 2, false, 0, (r, s) -> rot13(b64url(s)),
        s -> unb64url(rot13(s))));
    e.add(new Enc("base64(hex)", 2, false, 0, (r, s) -> b64(hex(s, "", "")),
        s -> unhex(unb64(s))));
    e.add(new Enc("reversed(base64)", 2, false, 0, (r, s) -> reverse(b64(s)),
        s -> unb64(reverse(s))));
    e.add(new Enc("base64(rot13)", 2, false, 0, (r, s) -> b64(rot13(s)), s -> rot13(unb64(s))));
    e.add(new Enc("unicode-escape(base64)", 2, false, 0, (r, s) -> uesc(b64(s)),
        s -> unb64(unesc(s))));
    e.add(new Enc("zero-width(base64)", 2, true, 0, (r, s) -> sprinkle(r, b64(s), ZW),
        s -> unb64(strip(s, ZW))));
    e.add(new Enc("base64(reversed)", 2, false, 0, (r, s) -> b64(reverse(s)),
        s -> reverse(unb64(s))));
    return e;
  }

  static String unb64url2(String s) {
    return str(Base64.getDecoder().decode(s + "===".substring(0, (4 - s.length() % 4) % 4)));
  }

  static String jsonFields(Random r, String s) {
    List<String> parts = cut(r, s, 2, 4);
    String[] names = {"prefix", "body", "tail", "rest"};
    StringBuilder o = new StringBuilder("{");
    for (int i = 0; i < parts.size(); i++) {
      o.append(i == 0 ? "" : ", ").append('"').append(i == parts.size() - 1 && i > 1 ? "end"
          : names[i]).append("\": \"").append(parts.get(i)).append('"');
    }
    return o.append('}').toString();
  }

  static String mdTable(Random r, String s) {
    List<String> parts = cut(r, s, 3, 5);
    StringBuilder o = new StringBuilder("| part | value |\n|---|---|\n");
    for (int i = 0; i < parts.size(); i++) {
      o.append("| ").append(i + 1).append(" | `").append(parts.get(i)).append("` |\n");
    }
    return o.toString().stripTrailing();
  }
}
