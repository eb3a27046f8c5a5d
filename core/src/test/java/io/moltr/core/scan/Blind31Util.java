package io.moltr.core.scan;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
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

/** Small helpers for the blind31 corpus: random strings, checksums, encodings. */
final class Blind31Util {
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String DIGITS = "0123456789";
  static final String ALNUM = UPPER + LOWER + DIGITS;
  static final String HEX = "0123456789abcdef";
  static final String B64URL = ALNUM + "-_";
  static final String B64 = ALNUM + "+/";
  static final String B32 = UPPER + "234567";
  static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  private Blind31Util() {}

  /** Random string over an alphabet, with at least one digit and one letter when both exist. */
  static String rnd(Random r, String alphabet, int n) {
    while (true) {
      StringBuilder sb = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      if (n < 8 || !mixedAlphabet(alphabet) || (s.matches(".*[0-9].*") && s.matches(".*[A-Za-z].*"))) {
        return s;
      }
    }
  }

  private static boolean mixedAlphabet(String a) {
    return a.matches(".*[0-9].*") && a.matches(".*[A-Za-z].*");
  }

  static String digits(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    sb.append((char) ('1' + r.nextInt(9)));
    for (int i = 1; i < n; i++) {
      sb.append((char) ('0' + r.nextInt(10)));
    }
    return sb.toString();
  }

  static <T> T pick(Random r, List<T> xs) {
    return xs.get(r.nextInt(xs.size()));
  }

  static String pick(Random r, String... xs) {
    return xs[r.nextInt(xs.length)];
  }

  // ---- checksums ----

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
    return luhnDigit(d.substring(0, d.length() - 1)) == d.charAt(d.length() - 1) - '0';
  }

  static String luhnComplete(String partial) {
    return partial + luhnDigit(partial);
  }

  static String ibanDigits(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (Character.isDigit(c)) {
        sb.append(c);
      } else {
        sb.append(c - 'A' + 10);
      }
    }
    return sb.toString();
  }

  static String iban(String country, String bban) {
    BigInteger n = new BigInteger(ibanDigits(bban + country + "00"));
    int check = 98 - n.mod(BigInteger.valueOf(97)).intValue();
    return country + String.format("%02d", check) + bban;
  }

  static boolean ibanValid(String iban) {
    String s = iban.replace(" ", "");
    String re = s.substring(4) + s.substring(0, 4);
    return new BigInteger(ibanDigits(re)).mod(BigInteger.valueOf(97)).intValue() == 1;
  }

  static String base62(long v, int width) {
    String a = DIGITS + UPPER + LOWER;
    StringBuilder sb = new StringBuilder();
    while (v > 0) {
      sb.append(a.charAt((int) (v % 62)));
      v /= 62;
    }
    while (sb.length() < width) {
      sb.append('0');
    }
    return sb.reverse().toString();
  }

  /** GitHub-style token: prefix + 30 random base62 + 6 base62 CRC32 of the random part. */
  static String crcToken(Random r, String prefix, int body) {
    String rand = rnd(r, ALNUM, body);
    CRC32 crc = new CRC32();
    crc.update(rand.getBytes(StandardCharsets.US_ASCII));
    return prefix + rand + base62(crc.getValue(), 6);
  }

  static boolean crcTokenValid(String token, String prefix) {
    String rest = token.substring(prefix.length());
    String rand = rest.substring(0, rest.length() - 6);
    CRC32 crc = new CRC32();
    crc.update(rand.getBytes(StandardCharsets.US_ASCII));
    return base62(crc.getValue(), 6).equals(rest.substring(rest.length() - 6));
  }

  static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String hash(String alg, String s) {
    try {
      return hex(MessageDigest.getInstance(alg).digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String base58(byte[] in) {
    BigInteger n = new BigInteger(1, in);
    StringBuilder sb = new StringBuilder();
    BigInteger b58 = BigInteger.valueOf(58);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(b58);
      sb.append(B58.charAt(qr[1].intValue()));
      n = qr[0];
    }
    for (byte b : in) {
      if (b != 0) {
        break;
      }
      sb.append('1');
    }
    return sb.reverse().toString();
  }

  static String base58check(byte[] payload) {
    byte[] chk = sha256(sha256(payload));
    byte[] all = new byte[payload.length + 4];
    System.arraycopy(payload, 0, all, 0, payload.length);
    System.arraycopy(chk, 0, all, payload.length, 4);
    return base58(all);
  }

  static byte[] base58decode(String s) {
    BigInteger n = BigInteger.ZERO;
    for (char c : s.toCharArray()) {
      n = n.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(B58.indexOf(c)));
    }
    byte[] b = n.toByteArray();
    if (b[0] == 0) {
      byte[] t = new byte[b.length - 1];
      System.arraycopy(b, 1, t, 0, t.length);
      b = t;
    }
    return b;
  }

  static boolean base58checkValid(String s) {
    byte[] all = base58decode(s);
    byte[] payload = new byte[all.length - 4];
    System.arraycopy(all, 0, payload, 0, payload.length);
    byte[] chk = sha256(sha256(payload));
    for (int i = 0; i < 4; i++) {
      if (chk[i] != all[payload.length + i]) {
        return false;
      }
    }
    return true;
  }

  static String hmacJwt(String headerJson, String payloadJson, byte[] key) {
    Base64.Encoder e = Base64.getUrlEncoder().withoutPadding();
    String h = e.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8));
    String p = e.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] sig = mac.doFinal((h + "." + p).getBytes(StandardCharsets.US_ASCII));
      return h + "." + p + "." + e.encodeToString(sig);
    } catch (Exception ex) {
      throw new IllegalStateException(ex);
    }
  }

  // ---- encodings ----

  static String hex(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (byte x : b) {
      sb.append(HEX.charAt((x >> 4) & 15)).append(HEX.charAt(x & 15));
    }
    return sb.toString();
  }

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

  static String b64unpadded(String s) {
    return Base64.getEncoder().withoutPadding().encodeToString(utf8(s));
  }

  static String b64wrapped(String s) {
    return Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(utf8(s));
  }

  static String b32(String s) {
    byte[] b = utf8(s);
    StringBuilder sb = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte x : b) {
      buffer = (buffer << 8) | (x & 0xff);
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

  static String hexEsc(String s, String prefix, String sep) {
    StringBuilder sb = new StringBuilder();
    for (byte x : utf8(s)) {
      if (sb.length() > 0) {
        sb.append(sep);
      }
      sb.append(prefix).append(HEX.charAt((x >> 4) & 15)).append(HEX.charAt(x & 15));
    }
    return sb.toString();
  }

  static String percentAll(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte x : utf8(s)) {
      sb.append('%').append(Character.toUpperCase(HEX.charAt((x >> 4) & 15)))
          .append(Character.toUpperCase(HEX.charAt(x & 15)));
    }
    return sb.toString();
  }

  static String percentUrl(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '~') {
        sb.append(c);
      } else {
        sb.append(String.format("%%%02X", (int) c));
      }
    }
    return sb.toString();
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

  static String uEsc(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(String.format("\\u%04x", (int) c));
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

  static String jsonEsc(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '/' -> sb.append("\\/");
        default -> sb.append(c);
      }
    }
    return sb.toString();
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

  static byte[] deflate(String s) {
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

  /** Full-width look-alikes for ASCII letters and digits (NFKC folds them back). */
  static String fullWidth(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= '!' && c <= '~') {
        sb.append((char) (c - '!' + 0xFF01));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static String zeroWidth(String s, Random r) {
    String[] zw = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      sb.append(s.charAt(i));
      if (i % 4 == 3 && i < s.length() - 1) {
        sb.append(zw[r.nextInt(zw.length)]);
      }
    }
    return sb.toString();
  }

  static String chunks(String s, int w, String sep) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i += w) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(s, i, Math.min(s.length(), i + w));
    }
    return sb.toString();
  }
}
