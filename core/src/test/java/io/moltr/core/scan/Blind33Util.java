package io.moltr.core.scan;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/** Helpers for the blind33 corpus: random strings, checksums, and the encodings a smuggling agent uses. */
final class Blind33Util {
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String DIGITS = "0123456789";
  static final String ALNUM = UPPER + LOWER + DIGITS;
  static final String BASE62 = DIGITS + UPPER + LOWER;
  static final String HEX = "0123456789abcdef";
  static final String B64 = ALNUM + "+/";
  static final String URLSAFE = ALNUM + "-_";
  static final String B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  private Blind33Util() {}

  static String rs(Random r, String alpha, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alpha.charAt(r.nextInt(alpha.length())));
    }
    return sb.toString();
  }

  /** Random string that mixes classes (at least one upper, lower, digit) so it looks like a real key. */
  static String mixed(Random r, String alpha, int n) {
    while (true) {
      String s = rs(r, alpha, n);
      if (s.chars().anyMatch(Character::isUpperCase) && s.chars().anyMatch(Character::isLowerCase)
          && s.chars().anyMatch(Character::isDigit)) {
        return s;
      }
    }
  }

  static <T> T pick(Random r, List<T> xs) {
    return xs.get(r.nextInt(xs.size()));
  }

  static String pick(Random r, String... xs) {
    return xs[r.nextInt(xs.length)];
  }

  static byte[] bytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  // ---------- checksums ----------

  static int luhnDigit(String partial) {
    int sum = 0;
    boolean dbl = true;
    for (int i = partial.length() - 1; i >= 0; i--) {
      int d = partial.charAt(i) - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return (10 - sum % 10) % 10;
  }

  static boolean luhnValid(String digits) {
    int sum = 0;
    boolean dbl = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (dbl) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }

  static int mod97(String s) {
    int m = 0;
    for (char c : s.toCharArray()) {
      String v = Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10);
      for (char d : v.toCharArray()) {
        m = (m * 10 + (d - '0')) % 97;
      }
    }
    return m;
  }

  static String iban(String country, String bban) {
    int check = 98 - mod97(bban + country + "00");
    return country + String.format("%02d", check) + bban;
  }

  static boolean ibanValid(String iban) {
    String s = iban.replace(" ", "");
    return s.matches("[A-Z]{2}\\d{2}[A-Z0-9]{10,30}") && mod97(s.substring(4) + s.substring(0, 4)) == 1;
  }

  static String base62(long v, int width) {
    StringBuilder sb = new StringBuilder();
    while (v > 0) {
      sb.append(BASE62.charAt((int) (v % 62)));
      v /= 62;
    }
    while (sb.length() < width) {
      sb.append('0');
    }
    return sb.reverse().toString();
  }

  static long crc32(String s) {
    CRC32 c = new CRC32();
    c.update(utf8(s));
    return c.getValue();
  }

  /** GitHub / npm style token: prefix + 30 random base62 + base62(CRC32(random part)) padded to 6. */
  static String crcToken(Random r, String prefix) {
    String body = rs(r, BASE62, 30);
    return prefix + body + base62(crc32(body), 6);
  }

  static boolean crcTokenValid(String token, String prefix) {
    if (!token.startsWith(prefix) || token.length() != prefix.length() + 36) {
      return false;
    }
    String body = token.substring(prefix.length(), prefix.length() + 30);
    return token.substring(prefix.length() + 30).equals(base62(crc32(body), 6));
  }

  static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] digest(String alg, byte[] b) {
    try {
      return MessageDigest.getInstance(alg).digest(b);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String base58(byte[] b) {
    BigInteger n = new BigInteger(1, b);
    StringBuilder sb = new StringBuilder();
    BigInteger f58 = BigInteger.valueOf(58);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(f58);
      sb.append(B58.charAt(qr[1].intValue()));
      n = qr[0];
    }
    for (byte x : b) {
      if (x != 0) {
        break;
      }
      sb.append('1');
    }
    return sb.reverse().toString();
  }

  static byte[] unbase58(String s) {
    BigInteger n = BigInteger.ZERO;
    for (char c : s.toCharArray()) {
      n = n.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(B58.indexOf(c)));
    }
    byte[] raw = n.toByteArray();
    int lead = 0;
    while (lead < s.length() && s.charAt(lead) == '1') {
      lead++;
    }
    int start = raw.length > 1 && raw[0] == 0 ? 1 : 0;
    byte[] out = new byte[lead + raw.length - start];
    System.arraycopy(raw, start, out, lead, raw.length - start);
    return out;
  }

  static String base58check(byte[] payload) {
    byte[] chk = sha256(sha256(payload));
    byte[] all = new byte[payload.length + 4];
    System.arraycopy(payload, 0, all, 0, payload.length);
    System.arraycopy(chk, 0, all, payload.length, 4);
    return base58(all);
  }

  static boolean base58checkValid(String s) {
    byte[] all = unbase58(s);
    if (all.length < 5) {
      return false;
    }
    byte[] payload = java.util.Arrays.copyOf(all, all.length - 4);
    byte[] chk = sha256(sha256(payload));
    for (int i = 0; i < 4; i++) {
      if (chk[i] != all[payload.length + i]) {
        return false;
      }
    }
    return true;
  }

  // ---------- encodings ----------

  static String b64(String s) {
    return Base64.getEncoder().encodeToString(utf8(s));
  }

  static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  static String b64url(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(utf8(s));
  }

  static String b64unpadded(String s) {
    return Base64.getEncoder().withoutPadding().encodeToString(utf8(s));
  }

  static String b64wrapped(String s, int width) {
    return wrap(b64(s), width);
  }

  static String wrap(String s, int width) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i += width) {
      if (i > 0) {
        sb.append('\n');
      }
      sb.append(s, i, Math.min(s.length(), i + width));
    }
    return sb.toString();
  }

  static String base32(byte[] data) {
    StringBuilder sb = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : data) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        sb.append(B32.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      sb.append(B32.charAt((buffer << (5 - bits)) & 31));
    }
    while (sb.length() % 8 != 0) {
      sb.append('=');
    }
    return sb.toString();
  }

  static String hex(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (byte x : b) {
      sb.append(String.format("%02x", x & 0xff));
    }
    return sb.toString();
  }

  static String hex(String s) {
    return hex(utf8(s));
  }

  static String hexSep(String s, String sep, String prefix, boolean upper) {
    StringBuilder sb = new StringBuilder();
    for (byte x : utf8(s)) {
      if (sb.length() > 0) {
        sb.append(sep);
      }
      String h = String.format("%02x", x & 0xff);
      sb.append(prefix).append(upper ? h.toUpperCase() : h);
    }
    return sb.toString();
  }

  static String percentAll(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte x : utf8(s)) {
      sb.append('%').append(String.format("%02X", x & 0xff));
    }
    return sb.toString();
  }

  static String percentForm(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
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

  static String uEscape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(String.format("\\u%04x", (int) c));
    }
    return sb.toString();
  }

  /** JSON-style partial escaping: slashes, dashes, underscores, and some letters as \\u00XX. */
  static String jsonEscape(Random r, String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '/') {
        sb.append("\\/");
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '"') {
        sb.append("\\\"");
      } else if (!Character.isLetterOrDigit(c) || r.nextInt(3) == 0) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static String htmlDec(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append("&#").append((int) c).append(';');
    }
    return sb.toString();
  }

  static String htmlHex(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append("&#x").append(Integer.toHexString(c)).append(';');
    }
    return sb.toString();
  }

  static String xEscape(String s) {
    return hexSep(s, "", "\\x", false);
  }

  static byte[] gzip(String s) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (GZIPOutputStream g = new GZIPOutputStream(bo)) {
        g.write(utf8(s));
      }
      return bo.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] zlib(String s) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (DeflaterOutputStream d = new DeflaterOutputStream(bo, new Deflater(9))) {
        d.write(utf8(s));
      }
      return bo.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String reverse(String s) {
    return new StringBuilder(s).reverse().toString();
  }

  static List<String> chunks(String s, int n) {
    List<String> out = new ArrayList<>();
    int size = (s.length() + n - 1) / n;
    for (int i = 0; i < s.length(); i += size) {
      out.add(s.substring(i, Math.min(s.length(), i + size)));
    }
    return out;
  }

  static String fullwidth(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= '!' && c <= '~') {
        sb.append((char) (c - 0x21 + 0xFF01));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static String interleave(Random r, String s, String... marks) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      sb.append(s.charAt(i));
      if (i < s.length() - 1 && r.nextInt(3) == 0) {
        sb.append(marks[r.nextInt(marks.length)]);
      }
    }
    return sb.toString();
  }

  /** Unicode tag characters (U+E0020..U+E007E) inserted between the characters. */
  static String tagInside(Random r, String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      sb.append(s.charAt(i));
      if (i < s.length() - 1 && r.nextInt(2) == 0) {
        sb.appendCodePoint(0xE0020 + r.nextInt(0x5F));
      }
    }
    return sb.toString();
  }

  static String charCodes(String s, String sep, boolean hexForm) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (sb.length() > 0) {
        sb.append(sep);
      }
      sb.append(hexForm ? "0x" + Integer.toHexString(c) : String.valueOf((int) c));
    }
    return sb.toString();
  }
}
