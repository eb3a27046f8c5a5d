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
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Random material, checksums and encoders for the blind27 corpus. */
final class Blind27Util {
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String DIGITS = "0123456789";
  static final String ALNUM = UPPER + LOWER + DIGITS;
  static final String HEX = "0123456789abcdef";
  static final String B64 = ALNUM + "+/";
  static final String B64URL = ALNUM + "-_";
  static final String B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  final Random r;

  Blind27Util(long seed) {
    r = new Random(seed);
  }

  String s(String alphabet, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  /** Random string that contains at least one upper, lower and digit (real keys always do). */
  String mixed(String alphabet, int n) {
    while (true) {
      String v = s(alphabet, n);
      if (v.chars().anyMatch(Character::isUpperCase)
          && v.chars().anyMatch(Character::isLowerCase)
          && v.chars().anyMatch(Character::isDigit)) {
        return v;
      }
    }
  }

  String hex(int n) {
    while (true) {
      String v = s(HEX, n);
      if (v.chars().anyMatch(Character::isLetter) && v.chars().anyMatch(Character::isDigit)) {
        return v;
      }
    }
  }

  String digits(int n) {
    return s(DIGITS, n);
  }

  int between(int lo, int hi) {
    return lo + r.nextInt(hi - lo + 1);
  }

  <T> T pick(List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  String pick(String... items) {
    return items[r.nextInt(items.length)];
  }

  byte[] bytes(int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  String uuid() {
    return hex(8) + "-" + hex(4) + "-4" + hex(3) + "-" + pick("8", "9", "a", "b") + hex(3) + "-" + hex(12);
  }

  // ---- checksums ----

  static boolean luhn(String digits) {
    int sum = 0;
    boolean dbl = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }

  static char luhnDigit(String partial) {
    for (char c = '0'; c <= '9'; c++) {
      if (luhn(partial + c)) {
        return c;
      }
    }
    throw new IllegalStateException();
  }

  static boolean ibanValid(String iban) {
    String s = iban.replace(" ", "");
    String moved = s.substring(4) + s.substring(0, 4);
    StringBuilder num = new StringBuilder();
    for (char c : moved.toCharArray()) {
      num.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
    }
    return new BigInteger(num.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }

  static String iban(String country, String bban) {
    String moved = bban + country + "00";
    StringBuilder num = new StringBuilder();
    for (char c : moved.toCharArray()) {
      num.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
    }
    int check = 98 - new BigInteger(num.toString()).mod(BigInteger.valueOf(97)).intValue();
    return country + String.format("%02d", check) + bban;
  }

  static String base62(long v, int width) {
    StringBuilder b = new StringBuilder();
    while (v > 0) {
      b.append(ALNUM_ORDERED.charAt((int) (v % 62)));
      v /= 62;
    }
    while (b.length() < width) {
      b.append('0');
    }
    return b.reverse().toString();
  }

  static final String ALNUM_ORDERED = DIGITS + UPPER + LOWER;

  /** GitHub-style token: prefix, 30 random base62 characters, base62 CRC32 of them in 6. */
  String crcToken(String prefix) {
    String body = mixed(ALNUM, 30);
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.US_ASCII));
    return prefix + body + base62(crc.getValue(), 6);
  }

  static boolean crcTokenValid(String token, String prefix) {
    String body = token.substring(prefix.length(), prefix.length() + 30);
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.US_ASCII));
    return token.substring(prefix.length() + 30).equals(base62(crc.getValue(), 6));
  }

  static byte[] sha256(byte[] in) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(in);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String base58(byte[] in) {
    BigInteger n = new BigInteger(1, in);
    StringBuilder b = new StringBuilder();
    BigInteger base = BigInteger.valueOf(58);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(base);
      b.append(B58.charAt(qr[1].intValue()));
      n = qr[0];
    }
    for (byte x : in) {
      if (x != 0) {
        break;
      }
      b.append('1');
    }
    return b.reverse().toString();
  }

  static String base58check(byte[] payload) {
    byte[] h = sha256(sha256(payload));
    byte[] all = new byte[payload.length + 4];
    System.arraycopy(payload, 0, all, 0, payload.length);
    System.arraycopy(h, 0, all, payload.length, 4);
    return base58(all);
  }

  static boolean base58checkValid(String s) {
    BigInteger n = BigInteger.ZERO;
    for (char c : s.toCharArray()) {
      n = n.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(B58.indexOf(c)));
    }
    byte[] raw = n.toByteArray();
    int len = raw.length;
    int off = raw[0] == 0 ? 1 : 0;
    byte[] all = java.util.Arrays.copyOfRange(raw, off, len);
    byte[] payload = java.util.Arrays.copyOf(all, all.length - 4);
    byte[] h = sha256(sha256(payload));
    for (int i = 0; i < 4; i++) {
      if (h[i] != all[all.length - 4 + i]) {
        return false;
      }
    }
    return true;
  }

  String wif() {
    byte[] p = new byte[34];
    p[0] = (byte) 0x80;
    System.arraycopy(bytes(32), 0, p, 1, 32);
    p[33] = 1;
    return base58check(p);
  }

  // bech32 (BIP-173), used for age secret keys
  private static final String BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

  private static int polymod(int[] v) {
    int[] g = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    int chk = 1;
    for (int x : v) {
      int top = chk >>> 25;
      chk = ((chk & 0x1ffffff) << 5) ^ x;
      for (int i = 0; i < 5; i++) {
        if (((top >>> i) & 1) == 1) {
          chk ^= g[i];
        }
      }
    }
    return chk;
  }

  static String bech32(String hrp, byte[] data) {
    List<Integer> five = new ArrayList<>();
    int acc = 0;
    int bits = 0;
    for (byte b : data) {
      acc = (acc << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        five.add((acc >>> bits) & 31);
      }
    }
    if (bits > 0) {
      five.add((acc << (5 - bits)) & 31);
    }
    int[] v = new int[hrp.length() * 2 + 1 + five.size() + 6];
    int k = 0;
    for (char c : hrp.toCharArray()) {
      v[k++] = c >> 5;
    }
    v[k++] = 0;
    for (char c : hrp.toCharArray()) {
      v[k++] = c & 31;
    }
    for (int x : five) {
      v[k++] = x;
    }
    int pm = polymod(v) ^ 1;
    StringBuilder b = new StringBuilder(hrp).append('1');
    for (int x : five) {
      b.append(BECH.charAt(x));
    }
    for (int i = 0; i < 6; i++) {
      b.append(BECH.charAt((pm >>> (5 * (5 - i))) & 31));
    }
    return b.toString();
  }

  static String hmacJwt(String headerJson, String payloadJson, byte[] key) {
    Base64.Encoder e = Base64.getUrlEncoder().withoutPadding();
    String signing =
        e.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8))
            + "."
            + e.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return signing + "." + e.encodeToString(mac.doFinal(signing.getBytes(StandardCharsets.US_ASCII)));
    } catch (Exception ex) {
      throw new IllegalStateException(ex);
    }
  }

  static String pem(String label, byte[] der) {
    String b = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + b + "\n-----END " + label + "-----";
  }

  // ---- encoders ----

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String b64(String s) {
    return Base64.getEncoder().encodeToString(utf8(s));
  }

  static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  static String b64url(String s) {
    return Base64.getUrlEncoder().encodeToString(utf8(s));
  }

  static String b64nopad(String s) {
    return Base64.getEncoder().withoutPadding().encodeToString(utf8(s));
  }

  static String b64wrap(String s) {
    return Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(utf8(s));
  }

  static String base32(String s) {
    byte[] in = utf8(s);
    StringBuilder out = new StringBuilder();
    int acc = 0;
    int bits = 0;
    for (byte b : in) {
      acc = (acc << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        out.append(B32.charAt((acc >>> bits) & 31));
      }
    }
    if (bits > 0) {
      out.append(B32.charAt((acc << (5 - bits)) & 31));
    }
    while (out.length() % 8 != 0) {
      out.append('=');
    }
    return out.toString();
  }

  static String hexOf(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : utf8(s)) {
      b.append(String.format("%02x", x & 0xff));
    }
    return b.toString();
  }

  static String hexJoined(String s, String before, String between) {
    StringBuilder b = new StringBuilder();
    for (byte x : utf8(s)) {
      if (b.length() > 0) {
        b.append(between);
      }
      b.append(before).append(String.format("%02x", x & 0xff));
    }
    return b.toString();
  }

  static String percent(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : utf8(s)) {
      b.append('%').append(String.format("%02X", x & 0xff));
    }
    return b.toString();
  }

  static String rot13(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= 'a' && c <= 'z') {
        b.append((char) ('a' + (c - 'a' + 13) % 26));
      } else if (c >= 'A' && c <= 'Z') {
        b.append((char) ('A' + (c - 'A' + 13) % 26));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  static String uEsc(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(String.format("\\u%04x", (int) c));
    }
    return b.toString();
  }

  static String htmlDec(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append("&#").append((int) c).append(';');
    }
    return b.toString();
  }

  static String htmlHex(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append("&#x").append(Integer.toHexString(c)).append(';');
    }
    return b.toString();
  }

  /** JSON string escaping as a serializer that escapes '/' and non-alphanumerics would write. */
  static String jsonEsc(String s) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    for (char c : s.toCharArray()) {
      if (c == '/') {
        b.append("\\/");
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (!Character.isLetterOrDigit(c) || i % 4 == 3) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
      i++;
    }
    return b.toString();
  }

  /** Plain JSON string body (only what JSON requires). */
  static String json(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  static String gzipB64(String s) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (GZIPOutputStream g = new GZIPOutputStream(bo)) {
        g.write(utf8(s));
      }
      return b64(bo.toByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String deflateB64(String s) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (DeflaterOutputStream d = new DeflaterOutputStream(bo, new Deflater(9))) {
        d.write(utf8(s));
      }
      return b64(bo.toByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String reversed(String s) {
    return new StringBuilder(s).reverse().toString();
  }

  String interleave(String s, String... marks) {
    StringBuilder b = new StringBuilder();
    int next = between(2, 5);
    for (int i = 0; i < s.length(); i++) {
      b.append(s.charAt(i));
      if (i == next && i < s.length() - 1) {
        b.append(marks[r.nextInt(marks.length)]);
        next += between(2, 5);
      }
    }
    return b.toString();
  }

  static String tagChar(char c) {
    return new String(Character.toChars(0xE0000 + c));
  }

  static String fullwidth(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c > 0x20 && c < 0x7f ? (char) (c - 0x21 + 0xFF01) : c);
    }
    return b.toString();
  }

  /** Mathematical bold letters and digits, which NFKC folds back to ASCII. */
  static String mathBold(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= 'A' && c <= 'Z') {
        b.appendCodePoint(0x1D400 + (c - 'A'));
      } else if (c >= 'a' && c <= 'z') {
        b.appendCodePoint(0x1D41A + (c - 'a'));
      } else if (c >= '0' && c <= '9') {
        b.appendCodePoint(0x1D7CE + (c - '0'));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  List<String> chunks(String s, int lo, int hi) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      int n = Math.min(s.length() - i, between(lo, hi));
      out.add(s.substring(i, i + n));
      i += n;
    }
    return out;
  }
}
