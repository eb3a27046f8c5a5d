package io.moltr.core.scan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Random strings, checksums and encoders for the blind30 corpus. */
final class Blind30Util {
  static final String DIGITS = "0123456789";
  static final String HEX = "0123456789abcdef";
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String ALNUM = UPPER + LOWER + DIGITS;
  static final String B62 = DIGITS + UPPER + LOWER;
  static final String URLSAFE = ALNUM + "-_";
  static final String B64 = ALNUM + "+/";
  static final String B32 = UPPER + "234567";
  static final String UPALNUM = UPPER + DIGITS;
  static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  final Random r;

  Blind30Util(long seed) {
    r = new Random(seed);
  }

  String s(String alphabet, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  /** Random string that has at least one digit, one upper and one lower letter when long. */
  String mixed(String alphabet, int n) {
    for (int i = 0; i < 100; i++) {
      String v = s(alphabet, n);
      boolean d = v.chars().anyMatch(Character::isDigit) || !alphabet.matches(".*[0-9].*");
      boolean u = v.chars().anyMatch(Character::isUpperCase) || !alphabet.matches(".*[A-Z].*");
      boolean l = v.chars().anyMatch(Character::isLowerCase) || !alphabet.matches(".*[a-z].*");
      if (d && u && l) {
        return v;
      }
    }
    throw new IllegalStateException("no mixed string");
  }

  int i(int n) {
    return r.nextInt(n);
  }

  <T> T pick(List<T> xs) {
    return xs.get(r.nextInt(xs.size()));
  }

  String pick(String... xs) {
    return xs[r.nextInt(xs.length)];
  }

  byte[] bytes(int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  String uuid() {
    return s(HEX, 8) + "-" + s(HEX, 4) + "-4" + s(HEX, 3) + "-" + pick("8", "9", "a", "b")
        + s(HEX, 3) + "-" + s(HEX, 12);
  }

  // ---- checksums ----
  static boolean luhnValid(String digits) {
    int sum = 0;
    boolean dbl = false;
    for (int k = digits.length() - 1; k >= 0; k--) {
      int d = digits.charAt(k) - '0';
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

  static String luhnComplete(String body) {
    for (int c = 0; c < 10; c++) {
      if (luhnValid(body + c)) {
        return body + c;
      }
    }
    throw new IllegalStateException();
  }

  static String ibanNumeric(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return b.toString();
  }

  static String iban(String country, String bban) {
    int mod = new BigInteger(ibanNumeric(bban + country + "00")).mod(BigInteger.valueOf(97)).intValue();
    return country + String.format("%02d", 98 - mod) + bban;
  }

  static boolean ibanValid(String iban) {
    String re = iban.substring(4) + iban.substring(0, 4);
    return new BigInteger(ibanNumeric(re)).mod(BigInteger.valueOf(97)).intValue() == 1;
  }

  static String base62(long v, int width) {
    StringBuilder b = new StringBuilder();
    while (v > 0) {
      b.append(B62.charAt((int) (v % 62)));
      v /= 62;
    }
    while (b.length() < width) {
      b.append('0');
    }
    return b.reverse().toString();
  }

  /** GitHub/npm style: 30 random base62 characters then the CRC32 of them in 6 base62 digits. */
  String crcToken(String prefix) {
    String body = s(ALNUM, 30);
    CRC32 c = new CRC32();
    c.update(body.getBytes(StandardCharsets.US_ASCII));
    return prefix + body + base62(c.getValue(), 6);
  }

  static boolean crcTokenValid(String token, String prefix) {
    String body = token.substring(prefix.length(), token.length() - 6);
    CRC32 c = new CRC32();
    c.update(body.getBytes(StandardCharsets.US_ASCII));
    return token.endsWith(base62(c.getValue(), 6));
  }

  static byte[] sha256(byte[] in) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(in);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String base58(byte[] in) {
    BigInteger n = new BigInteger(1, in);
    StringBuilder b = new StringBuilder();
    BigInteger f = BigInteger.valueOf(58);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(f);
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

  String wif() {
    byte[] p = new byte[34];
    p[0] = (byte) 0x80;
    System.arraycopy(bytes(32), 0, p, 1, 32);
    p[33] = 1;
    return base58check(p);
  }

  // ---- bech32 (age secret keys) ----
  private static final String BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

  private static int polymod(int[] v) {
    int[] g = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    int chk = 1;
    for (int x : v) {
      int b = chk >>> 25;
      chk = ((chk & 0x1ffffff) << 5) ^ x;
      for (int k = 0; k < 5; k++) {
        if (((b >>> k) & 1) != 0) {
          chk ^= g[k];
        }
      }
    }
    return chk;
  }

  static String bech32(String hrp, byte[] data) {
    int acc = 0;
    int bits = 0;
    java.util.ArrayList<Integer> five = new java.util.ArrayList<>();
    for (byte x : data) {
      acc = (acc << 8) | (x & 0xff);
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
    for (int f : five) {
      v[k++] = f;
    }
    int mod = polymod(v) ^ 1;
    StringBuilder b = new StringBuilder(hrp).append('1');
    for (int f : five) {
      b.append(BECH.charAt(f));
    }
    for (int j = 0; j < 6; j++) {
      b.append(BECH.charAt((mod >>> (5 * (5 - j))) & 31));
    }
    return b.toString();
  }

  // ---- JWT ----
  static String b64url(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static String b64url(String s) {
    return b64url(s.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] hmac(byte[] key, String msg) {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(key, "HmacSHA256"));
      return m.doFinal(msg.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  String jwt(String payloadJson) {
    String h = b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
    String p = b64url(payloadJson);
    String sig = b64url(hmac(bytes(32), h + "." + p));
    return h + "." + p + "." + sig;
  }

  // ---- encoders ----
  static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  static String hex(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      b.append(String.format("%02x", x & 0xff));
    }
    return b.toString();
  }

  static String hexJoin(String s, String pre, String sep) {
    StringBuilder b = new StringBuilder();
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      if (b.length() > 0) {
        b.append(sep);
      }
      b.append(pre).append(String.format("%02x", x & 0xff));
    }
    return b.toString();
  }

  static String decJoin(String s, String sep) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (b.length() > 0) {
        b.append(sep);
      }
      b.append((int) c);
    }
    return b.toString();
  }

  static String base32(String s) {
    byte[] in = s.getBytes(StandardCharsets.UTF_8);
    StringBuilder b = new StringBuilder();
    int acc = 0;
    int bits = 0;
    for (byte x : in) {
      acc = (acc << 8) | (x & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        b.append(B32.charAt((acc >>> bits) & 31));
      }
    }
    if (bits > 0) {
      b.append(B32.charAt((acc << (5 - bits)) & 31));
    }
    while (b.length() % 8 != 0) {
      b.append('=');
    }
    return b.toString();
  }

  static String percent(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
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

  static String uesc(String s) {
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

  static String gzipB64(String s) {
    try {
      ByteArrayOutputStream o = new ByteArrayOutputStream();
      try (GZIPOutputStream g = new GZIPOutputStream(o)) {
        g.write(s.getBytes(StandardCharsets.UTF_8));
      }
      return b64(o.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String deflateB64(String s) {
    try {
      ByteArrayOutputStream o = new ByteArrayOutputStream();
      try (DeflaterOutputStream d = new DeflaterOutputStream(o, new Deflater(9))) {
        d.write(s.getBytes(StandardCharsets.UTF_8));
      }
      return b64(o.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String wrap(String s, int w) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < s.length(); k += w) {
      if (k > 0) {
        b.append('\n');
      }
      b.append(s, k, Math.min(s.length(), k + w));
    }
    return b.toString();
  }

  static String camel(String upperSnake) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char c : upperSnake.toLowerCase().toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return b.toString();
  }
}
