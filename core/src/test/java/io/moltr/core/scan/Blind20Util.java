package io.moltr.core.scan;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Random material and checksums for the blind20 corpus (fixed seed, no network). */
final class Blind20Util {
  static final String UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LO = "abcdefghijklmnopqrstuvwxyz";
  static final String DIG = "0123456789";
  static final String AN = UP + LO + DIG;
  static final String HEX = "0123456789abcdef";
  static final String B64 = AN + "+/";
  static final String B64U = AN + "-_";
  static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  static final String B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  final Random r;

  Blind20Util(long seed) {
    r = new Random(seed);
  }

  String s(String alphabet, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  /** Random string that has at least one upper, one lower and one digit (entropy-looking). */
  String mixed(String alphabet, int n) {
    while (true) {
      String v = s(alphabet, n);
      boolean needDigit = alphabet.chars().anyMatch(Character::isDigit);
      if (v.chars().anyMatch(Character::isUpperCase)
          && v.chars().anyMatch(Character::isLowerCase)
          && (!needDigit || v.chars().anyMatch(Character::isDigit))) {
        return v;
      }
    }
  }

  String digits(int n) {
    return String.valueOf(1 + r.nextInt(9)) + s(DIG, n - 1);
  }

  byte[] bytes(int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  <T> T pick(T[] xs) {
    return xs[r.nextInt(xs.length)];
  }

  int between(int lo, int hi) {
    return lo + r.nextInt(hi - lo + 1);
  }

  static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  static String b64u(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static String hex(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (byte x : b) {
      sb.append(String.format("%02x", x & 0xff));
    }
    return sb.toString();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] digest(String alg, byte[] in) {
    try {
      return MessageDigest.getInstance(alg).digest(in);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] hmac256(byte[] key, byte[] msg) {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(key, "HmacSHA256"));
      return m.doFinal(msg);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
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

  static int luhnDigit(String body) {
    for (int c = 0; c < 10; c++) {
      if (luhn(body + c)) {
        return c;
      }
    }
    throw new IllegalStateException();
  }

  /** A Luhn-valid number: prefix, random body, check digit. */
  String card(String prefix, int len) {
    String body = prefix + s(DIG, len - prefix.length() - 1);
    return body + luhnDigit(body);
  }

  static boolean ibanValid(String iban) {
    String re = iban.substring(4) + iban.substring(0, 4);
    StringBuilder n = new StringBuilder();
    for (char c : re.toCharArray()) {
      n.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(n.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }

  static String iban(String country, String bban) {
    String re = bban + country + "00";
    StringBuilder n = new StringBuilder();
    for (char c : re.toCharArray()) {
      n.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    int check = 98 - new BigInteger(n.toString()).mod(BigInteger.valueOf(97)).intValue();
    return country + String.format("%02d", check) + bban;
  }

  static String base62(long v, int width) {
    StringBuilder b = new StringBuilder();
    String a = DIG + UP + LO;
    while (v > 0) {
      b.append(a.charAt((int) (v % 62)));
      v /= 62;
    }
    while (b.length() < width) {
      b.append('0');
    }
    return b.reverse().toString();
  }

  /** GitHub / npm style: 30 random base62 characters then CRC32 of them in 6 base62 digits. */
  String crcToken(String prefix) {
    String body = s(AN, 30);
    CRC32 c = new CRC32();
    c.update(utf8(body));
    return prefix + body + base62(c.getValue(), 6);
  }

  static boolean crcTokenValid(String token, String prefix) {
    String rest = token.substring(prefix.length());
    CRC32 c = new CRC32();
    c.update(utf8(rest.substring(0, 30)));
    return base62(c.getValue(), 6).equals(rest.substring(30));
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
    byte[] h = digest("SHA-256", digest("SHA-256", payload));
    byte[] all = new byte[payload.length + 4];
    System.arraycopy(payload, 0, all, 0, payload.length);
    System.arraycopy(h, 0, all, payload.length, 4);
    return base58(all);
  }

  /** Compressed mainnet WIF (starts with K or L). */
  String wif() {
    byte[] p = new byte[34];
    p[0] = (byte) 0x80;
    System.arraycopy(bytes(32), 0, p, 1, 32);
    p[33] = 1;
    return base58check(p);
  }

  String btcLegacyAddress() {
    byte[] p = new byte[21];
    System.arraycopy(bytes(20), 0, p, 1, 20);
    return base58check(p);
  }

  String btcP2shAddress() {
    byte[] p = new byte[21];
    p[0] = 5;
    System.arraycopy(bytes(20), 0, p, 1, 20);
    return base58check(p);
  }

  String jwtHs256(String payloadJson) {
    String h = b64u(utf8("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"));
    String p = b64u(utf8(payloadJson));
    byte[] sig = hmac256(bytes(32), utf8(h + "." + p));
    return h + "." + p + "." + b64u(sig);
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

  static String base32(byte[] in) {
    StringBuilder b = new StringBuilder();
    int buf = 0;
    int bits = 0;
    for (byte x : in) {
      buf = (buf << 8) | (x & 0xff);
      bits += 8;
      while (bits >= 5) {
        b.append(B32.charAt((buf >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      b.append(B32.charAt((buf << (5 - bits)) & 31));
    }
    while (b.length() % 8 != 0) {
      b.append('=');
    }
    return b.toString();
  }

  static byte[] gzip(byte[] in) {
    try {
      ByteArrayOutputStream o = new ByteArrayOutputStream();
      try (java.util.zip.GZIPOutputStream g = new java.util.zip.GZIPOutputStream(o)) {
        g.write(in);
      }
      return o.toByteArray();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] deflate(byte[] in) {
    try {
      ByteArrayOutputStream o = new ByteArrayOutputStream();
      try (java.util.zip.DeflaterOutputStream g = new java.util.zip.DeflaterOutputStream(o)) {
        g.write(in);
      }
      return o.toByteArray();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String wrap(String s, int w) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i += w) {
      if (i > 0) {
        b.append('\n');
      }
      b.append(s, i, Math.min(s.length(), i + w));
    }
    return b.toString();
  }
}
