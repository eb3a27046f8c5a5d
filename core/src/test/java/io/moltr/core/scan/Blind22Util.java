package io.moltr.core.scan;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Blind22: random helpers, documented checksums and encoders for the generator. */
final class Blind22Util {
  static final String UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LO = "abcdefghijklmnopqrstuvwxyz";
  static final String DIG = "0123456789";
  static final String ALNUM = UP + LO + DIG;
  static final String HEX = "0123456789abcdef";
  static final String B64 = ALNUM + "+/";
  static final String B64URL = ALNUM + "-_";
  static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  static final String B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

  private Blind22Util() {}

  static String rand(Random r, String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** Random text over an alphabet that holds an upper, a lower letter and a digit when it can. */
  static String mixed(Random r, String alphabet, int n) {
    while (true) {
      String s = rand(r, alphabet, n);
      boolean up = !alphabet.matches(".*[A-Z].*") || s.matches(".*[A-Z].*");
      boolean lo = !alphabet.matches(".*[a-z].*") || s.matches(".*[a-z].*");
      boolean dg = !alphabet.matches(".*[0-9].*") || s.matches(".*[0-9].*");
      if (up && lo && dg) {
        return s;
      }
    }
  }

  static String digits(Random r, int n) {
    return rand(r, DIG, n);
  }

  @SafeVarargs
  static <T> T pick(Random r, T... items) {
    return items[r.nextInt(items.length)];
  }

  static <T> T pick(Random r, java.util.List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  static byte[] bytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  // ---- Luhn ----
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

  static boolean luhnValid(String number) {
    String d = number.replaceAll("[^0-9]", "");
    return d.length() > 1 && luhnDigit(d.substring(0, d.length() - 1)) == d.charAt(d.length() - 1) - '0';
  }

  static String card(Random r, String prefix, int length) {
    String partial = prefix + digits(r, length - prefix.length() - 1);
    return partial + luhnDigit(partial);
  }

  // ---- IBAN mod-97 ----
  static String iban(String country, String bban) {
    String check = String.format("%02d", 98 - mod97(bban + country + "00"));
    return country + check + bban;
  }

  static int mod97(String s) {
    StringBuilder num = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (Character.isDigit(c)) {
        num.append(c);
      } else {
        num.append(Character.toUpperCase(c) - 'A' + 10);
      }
    }
    return new BigInteger(num.toString()).mod(BigInteger.valueOf(97)).intValue();
  }

  static boolean ibanValid(String iban) {
    String s = iban.replace(" ", "");
    return mod97(s.substring(4) + s.substring(0, 4)) == 1;
  }

  // ---- GitHub token: 30 random base62 + base62(CRC32) in 6 chars ----
  static String base62(long v, int width) {
    StringBuilder sb = new StringBuilder();
    String al = DIG + UP + LO;
    while (v > 0) {
      sb.append(al.charAt((int) (v % 62)));
      v /= 62;
    }
    while (sb.length() < width) {
      sb.append('0');
    }
    return sb.reverse().toString();
  }

  static String githubToken(Random r, String prefix) {
    String body = mixed(r, ALNUM, 30);
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.US_ASCII));
    return prefix + body + base62(crc.getValue(), 6);
  }

  static boolean githubValid(String token) {
    int u = token.indexOf('_');
    String rest = token.substring(u + 1);
    CRC32 crc = new CRC32();
    crc.update(rest.substring(0, 30).getBytes(StandardCharsets.US_ASCII));
    return rest.substring(30).equals(base62(crc.getValue(), 6));
  }

  // ---- base58check ----
  static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String hash(String alg, byte[] b) {
    try {
      return hex(MessageDigest.getInstance(alg).digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String base58check(byte[] payload) {
    byte[] chk = sha256(sha256(payload));
    byte[] all = new byte[payload.length + 4];
    System.arraycopy(payload, 0, all, 0, payload.length);
    System.arraycopy(chk, 0, all, payload.length, 4);
    return base58(all);
  }

  static String base58(byte[] all) {
    BigInteger n = new BigInteger(1, all);
    StringBuilder sb = new StringBuilder();
    BigInteger b58 = BigInteger.valueOf(58);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(b58);
      sb.append(B58.charAt(qr[1].intValue()));
      n = qr[0];
    }
    for (byte x : all) {
      if (x != 0) {
        break;
      }
      sb.append('1');
    }
    return sb.reverse().toString();
  }

  static boolean base58checkValid(String s) {
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
    byte[] all = new byte[lead + raw.length - start];
    System.arraycopy(raw, start, all, lead, raw.length - start);
    byte[] payload = java.util.Arrays.copyOf(all, all.length - 4);
    byte[] chk = sha256(sha256(payload));
    for (int i = 0; i < 4; i++) {
      if (chk[i] != all[all.length - 4 + i]) {
        return false;
      }
    }
    return true;
  }

  // ---- encoders ----
  static String hex(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (byte x : b) {
      sb.append(HEX.charAt((x >> 4) & 15)).append(HEX.charAt(x & 15));
    }
    return sb.toString();
  }

  static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  static String b64(String s) {
    return b64(s.getBytes(StandardCharsets.UTF_8));
  }

  static String b64url(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static String b64url(String s) {
    return b64url(s.getBytes(StandardCharsets.UTF_8));
  }

  static String hmacJwt(String headerJson, String payloadJson, byte[] key) {
    String signing = b64url(headerJson) + "." + b64url(payloadJson);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return signing + "." + b64url(mac.doFinal(signing.getBytes(StandardCharsets.US_ASCII)));
    } catch (java.security.GeneralSecurityException e) {
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

  static String gzipB64(String s) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(bo)) {
        gz.write(s.getBytes(StandardCharsets.UTF_8));
      }
      return b64(bo.toByteArray());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String deflateB64(String s) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (DeflaterOutputStream d = new DeflaterOutputStream(bo, new Deflater())) {
        d.write(s.getBytes(StandardCharsets.UTF_8));
      }
      return b64(bo.toByteArray());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
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

  static String percent(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      sb.append('%').append(Character.toUpperCase(HEX.charAt((b >> 4) & 15)))
          .append(Character.toUpperCase(HEX.charAt(b & 15)));
    }
    return sb.toString();
  }

  static String jsonEscape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> sb.append(c);
      }
    }
    return sb.toString();
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

  static String camel(String snake) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char c : snake.toLowerCase().toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.toString();
  }

  static String uuid(Random r) {
    String h = rand(r, HEX, 32);
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-"
        + pick(r, "8", "9", "a", "b") + h.substring(17, 20) + "-" + h.substring(20);
  }
}
