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
import java.util.zip.GZIPOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Checksums, random helpers and encoders for the blind29 corpus (numbers and identifiers). */
final class Blind29Util {
  static final String DIGITS = "0123456789";
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String ALNUM = DIGITS + UPPER + LOWER;
  static final String HEX = "0123456789abcdef";
  static final String B64URL = ALNUM + "-_";
  static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  final Random rnd;

  Blind29Util(long seed) {
    rnd = new Random(seed);
  }

  int between(int lo, int hi) {
    return lo + rnd.nextInt(hi - lo + 1);
  }

  boolean chance(double p) {
    return rnd.nextDouble() < p;
  }

  <T> T pick(List<T> xs) {
    return xs.get(rnd.nextInt(xs.size()));
  }

  String pick(String... xs) {
    return xs[rnd.nextInt(xs.length)];
  }

  String rand(String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  String digits(int n) {
    return rand(DIGITS, n);
  }

  /** n digits whose first digit is not 0. */
  String num(int n) {
    return between(1, 9) + digits(n - 1);
  }

  /** A 13-19 digit id that can never be taken for a card: starts with 1 or 9. */
  String longId(int n) {
    return pick("1", "9") + digits(n - 1);
  }

  String hex(int n) {
    return rand(HEX, n);
  }

  String uuid() {
    return hex(8) + "-" + hex(4) + "-4" + hex(3) + "-" + pick("8", "9", "a", "b") + hex(3) + "-" + hex(12);
  }

  byte[] bytes(int n) {
    byte[] b = new byte[n];
    rnd.nextBytes(b);
    return b;
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

  static int luhnDigit(String payload) {
    for (int c = 0; c < 10; c++) {
      if (luhn(payload + c)) {
        return c;
      }
    }
    throw new IllegalStateException();
  }

  /** A Luhn-valid number of the given length starting with the prefix. */
  String luhnNumber(String prefix, int len) {
    String body = prefix + digits(len - prefix.length() - 1);
    return body + luhnDigit(body);
  }

  /** A number of the given length starting with the prefix whose Luhn check FAILS. */
  String luhnFailing(String prefix, int len) {
    String body = prefix + digits(len - prefix.length() - 1);
    int good = luhnDigit(body);
    return body + ((good + between(1, 9)) % 10);
  }

  static int mod97(String s) {
    StringBuilder n = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (Character.isLetter(c)) {
        n.append(Character.toUpperCase(c) - 'A' + 10);
      } else {
        n.append(c);
      }
    }
    return new BigInteger(n.toString()).mod(BigInteger.valueOf(97)).intValue();
  }

  static boolean ibanValid(String iban) {
    String s = iban.replace(" ", "");
    return mod97(s.substring(4) + s.substring(0, 4)) == 1;
  }

  static String ibanFrom(String country, String bban) {
    int r = mod97(bban + country + "00");
    int check = 98 - r;
    return country + String.format("%02d", check) + bban;
  }

  static String groups(String s, int n, String sep) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i += n) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(s, i, Math.min(s.length(), i + n));
    }
    return sb.toString();
  }

  // Verhoeff (Aadhaar)
  static final int[][] VD = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
    {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
    {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
    {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}
  };
  static final int[][] VP = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
    {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
    {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}
  };
  static final int[] VINV = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};

  static boolean verhoeff(String num) {
    int c = 0;
    for (int i = 0; i < num.length(); i++) {
      int d = num.charAt(num.length() - 1 - i) - '0';
      c = VD[c][VP[i % 8][d]];
    }
    return c == 0;
  }

  static int verhoeffDigit(String payload) {
    int c = 0;
    for (int i = 0; i < payload.length(); i++) {
      int d = payload.charAt(payload.length() - 1 - i) - '0';
      c = VD[c][VP[(i + 1) % 8][d]];
    }
    return VINV[c];
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
    int skip = raw.length > 1 && raw[0] == 0 ? 1 : 0;
    byte[] out = new byte[lead + raw.length - skip];
    System.arraycopy(raw, skip, out, lead, raw.length - skip);
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

  static String base62(long v, int width) {
    StringBuilder sb = new StringBuilder();
    while (v > 0) {
      sb.append(ALNUM.charAt((int) (v % 62)));
      v /= 62;
    }
    while (sb.length() < width) {
      sb.append('0');
    }
    return sb.reverse().toString();
  }

  static String githubChecksum(String body) {
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.US_ASCII));
    return base62(crc.getValue(), 6);
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

  // ---- encoders ----

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String b64(String s) {
    return Base64.getEncoder().encodeToString(utf8(s));
  }

  static String b64url(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(utf8(s));
  }

  static String b64nopad(String s) {
    return Base64.getEncoder().withoutPadding().encodeToString(utf8(s));
  }

  static String b64wrapped(String s) {
    return Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(utf8(s));
  }

  static String hexOf(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : utf8(s)) {
      sb.append(String.format("%02x", b & 0xff));
    }
    return sb.toString();
  }

  static String hexSpaced(String s) {
    return groups(hexOf(s), 2, " ");
  }

  static String hexEscaped(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : utf8(s)) {
      sb.append(String.format("\\x%02x", b & 0xff));
    }
    return sb.toString();
  }

  static String unicodeEscaped(String s) {
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

  static String percent(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : utf8(s)) {
      sb.append(String.format("%%%02X", b & 0xff));
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

  static String base32(String s) {
    String alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    byte[] in = utf8(s);
    StringBuilder sb = new StringBuilder();
    int buf = 0;
    int bits = 0;
    for (byte b : in) {
      buf = (buf << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        sb.append(alpha.charAt((buf >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      sb.append(alpha.charAt((buf << (5 - bits)) & 31));
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
        gz.write(utf8(s));
      }
      return Base64.getEncoder().encodeToString(bo.toByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String deflateB64(String s) {
    Deflater d = new Deflater();
    d.setInput(utf8(s));
    d.finish();
    byte[] buf = new byte[4096];
    int n = d.deflate(buf);
    d.end();
    return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(buf, n));
  }

  static String jsonEscaped(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        sb.append(String.format("\\u%04x", (int) c));
      } else if (c == '"') {
        sb.append("\\\"");
      } else if (c == '\n') {
        sb.append("\\n");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static String fullwidth(String s) {
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

  static String zeroWidth(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      sb.append(s.charAt(i));
      if (i % 3 == 2 && i < s.length() - 1) {
        sb.append('\u200b');
      }
    }
    return sb.toString();
  }

  static String reversed(String s) {
    return new StringBuilder(s).reverse().toString();
  }
}
