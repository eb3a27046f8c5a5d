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

/** Checksums, alphabets and byte helpers for the eleventh blind corpus (written blind). */
final class Blind11Util {
  private Blind11Util() {}

  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String DIGITS = "0123456789";
  static final String ALNUM = UPPER + LOWER + DIGITS;
  static final String BASE62 = DIGITS + UPPER + LOWER;
  static final String HEX = "0123456789abcdef";
  static final String B64 = UPPER + LOWER + DIGITS + "+/";
  static final String B64URL = UPPER + LOWER + DIGITS + "-_";
  static final String B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

  static String pick(Random r, String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** Random string that holds at least one upper, one lower and one digit (realistic tokens). */
  static String mixed(Random r, String alphabet, int n) {
    while (true) {
      String s = pick(r, alphabet, n);
      boolean needU = alphabet.chars().anyMatch(Character::isUpperCase);
      boolean needL = alphabet.chars().anyMatch(Character::isLowerCase);
      boolean needD = alphabet.chars().anyMatch(Character::isDigit);
      if (n >= 12 && !((!needU || s.chars().anyMatch(Character::isUpperCase))
          && (!needL || s.chars().anyMatch(Character::isLowerCase)) && (!needD || s.chars().anyMatch(Character::isDigit)))) {
        continue;
      }
      return s;
    }
  }

  static <T> T one(Random r, List<T> xs) {
    return xs.get(r.nextInt(xs.size()));
  }

  @SafeVarargs
  static <T> T one(Random r, T... xs) {
    return xs[r.nextInt(xs.length)];
  }

  static byte[] bytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

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

  static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  static String b64(String s) {
    return b64(utf8(s));
  }

  static String b64url(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  // ---- checksums -------------------------------------------------------------------------

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

  /** GitHub / npm style token: prefix + 30 random base62 + 6-char base62 CRC32 of the random part. */
  static String crcToken(Random r, String prefix) {
    String body = mixed(r, BASE62, 30);
    return prefix + body + base62(crc32(body), 6);
  }

  static boolean crcTokenOk(String token, String prefix) {
    if (!token.startsWith(prefix) || token.length() != prefix.length() + 36) {
      return false;
    }
    String body = token.substring(prefix.length(), prefix.length() + 30);
    return token.endsWith(base62(crc32(body), 6));
  }

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

  static String luhnComplete(Random r, String prefix, int len) {
    String body = prefix + pick(r, DIGITS, len - 1 - prefix.length());
    for (int c = 0; c < 10; c++) {
      if (luhn(body + c)) {
        return body + c;
      }
    }
    throw new AssertionError();
  }

  static String luhnBreak(String valid) {
    int last = valid.charAt(valid.length() - 1) - '0';
    return valid.substring(0, valid.length() - 1) + (char) ('0' + (last + 1 + 0) % 10);
  }

  static int ibanMod97(String iban) {
    String s = iban.substring(4) + iban.substring(0, 4);
    StringBuilder num = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (Character.isDigit(c)) {
        num.append(c);
      } else {
        num.append(c - 'A' + 10);
      }
    }
    return new BigInteger(num.toString()).mod(BigInteger.valueOf(97)).intValue();
  }

  static String iban(String country, String bban) {
    String tmp = country + "00" + bban;
    int check = 98 - ibanMod97(tmp);
    return country + String.format("%02d", check) + bban;
  }

  static String groups4(String s, String sep) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i += 4) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(s, i, Math.min(s.length(), i + 4));
    }
    return sb.toString();
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

  static byte[] hmac(String alg, byte[] key, byte[] data) {
    try {
      Mac m = Mac.getInstance(alg);
      m.init(new SecretKeySpec(key, alg));
      return m.doFinal(data);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String base58(byte[] in) {
    BigInteger v = new BigInteger(1, in);
    StringBuilder sb = new StringBuilder();
    BigInteger b58 = BigInteger.valueOf(58);
    while (v.signum() > 0) {
      BigInteger[] qr = v.divideAndRemainder(b58);
      sb.append(B58.charAt(qr[1].intValue()));
      v = qr[0];
    }
    for (byte x : in) {
      if (x != 0) {
        break;
      }
      sb.append('1');
    }
    return sb.reverse().toString();
  }

  static byte[] unbase58(String s) {
    BigInteger v = BigInteger.ZERO;
    for (char c : s.toCharArray()) {
      v = v.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(B58.indexOf(c)));
    }
    byte[] raw = v.toByteArray();
    int lead = 0;
    while (lead < s.length() && s.charAt(lead) == '1') {
      lead++;
    }
    int strip = raw.length > 1 && raw[0] == 0 ? 1 : 0;
    byte[] out = new byte[lead + raw.length - strip];
    System.arraycopy(raw, strip, out, lead, raw.length - strip);
    return out;
  }

  static String base58check(byte[] payload) {
    byte[] chk = sha256(sha256(payload));
    byte[] all = new byte[payload.length + 4];
    System.arraycopy(payload, 0, all, 0, payload.length);
    System.arraycopy(chk, 0, all, payload.length, 4);
    return base58(all);
  }

  static boolean base58checkOk(String s) {
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

  // bech32 (BIP-173), used for age secret keys
  static int bech32Polymod(int[] values) {
    int[] gen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    int chk = 1;
    for (int v : values) {
      int b = chk >>> 25;
      chk = ((chk & 0x1ffffff) << 5) ^ v;
      for (int i = 0; i < 5; i++) {
        if (((b >>> i) & 1) != 0) {
          chk ^= gen[i];
        }
      }
    }
    return chk;
  }

  static int[] hrpExpand(String hrp) {
    int[] out = new int[hrp.length() * 2 + 1];
    for (int i = 0; i < hrp.length(); i++) {
      out[i] = hrp.charAt(i) >> 5;
      out[i + hrp.length() + 1] = hrp.charAt(i) & 31;
    }
    return out;
  }

  static int[] toBits5(byte[] data) {
    int acc = 0;
    int bits = 0;
    int[] out = new int[(data.length * 8 + 4) / 5];
    int k = 0;
    for (byte b : data) {
      acc = (acc << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        out[k++] = (acc >> bits) & 31;
      }
    }
    if (bits > 0) {
      out[k++] = (acc << (5 - bits)) & 31;
    }
    return out;
  }

  static String bech32(String hrp, byte[] data) {
    int[] d = toBits5(data);
    int[] hx = hrpExpand(hrp);
    int[] values = new int[hx.length + d.length + 6];
    System.arraycopy(hx, 0, values, 0, hx.length);
    System.arraycopy(d, 0, values, hx.length, d.length);
    int pm = bech32Polymod(values) ^ 1;
    StringBuilder sb = new StringBuilder(hrp).append('1');
    for (int v : d) {
      sb.append(BECH32.charAt(v));
    }
    for (int i = 0; i < 6; i++) {
      sb.append(BECH32.charAt((pm >> (5 * (5 - i))) & 31));
    }
    return sb.toString();
  }

  static boolean bech32Ok(String s) {
    s = s.toLowerCase();
    int pos = s.lastIndexOf('1');
    String hrp = s.substring(0, pos);
    int[] hx = hrpExpand(hrp);
    String data = s.substring(pos + 1);
    int[] values = new int[hx.length + data.length()];
    System.arraycopy(hx, 0, values, 0, hx.length);
    for (int i = 0; i < data.length(); i++) {
      values[hx.length + i] = BECH32.indexOf(data.charAt(i));
    }
    return bech32Polymod(values) == 1;
  }

  static int crc24(byte[] data) {
    int crc = 0xB704CE;
    for (byte b : data) {
      crc ^= (b & 0xff) << 16;
      for (int i = 0; i < 8; i++) {
        crc <<= 1;
        if ((crc & 0x1000000) != 0) {
          crc ^= 0x1864CFB;
        }
      }
    }
    return crc & 0xFFFFFF;
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

  static byte[] gzip(byte[] b) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (GZIPOutputStream g = new GZIPOutputStream(bo)) {
        g.write(b);
      }
      byte[] out = bo.toByteArray();
      // zero the mtime/OS so output is deterministic across runs
      out[4] = out[5] = out[6] = out[7] = 0;
      return out;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** zlib-wrapped deflate (what Python's zlib.compress and Java's Deflater produce). */
  static byte[] deflate(byte[] b) {
    Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, false);
    d.setInput(b);
    d.finish();
    byte[] buf = new byte[b.length + 64];
    int n = d.deflate(buf);
    d.end();
    return java.util.Arrays.copyOf(buf, n);
  }

  // SSH wire helpers
  static void sshString(ByteArrayOutputStream o, byte[] b) {
    sshInt(o, b.length);
    o.write(b, 0, b.length);
  }

  static void sshInt(ByteArrayOutputStream o, int v) {
    o.write((v >>> 24) & 0xff);
    o.write((v >>> 16) & 0xff);
    o.write((v >>> 8) & 0xff);
    o.write(v & 0xff);
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

  // ---- national ID check digits ------------------------------------------------------------

  static String dniLetter(int n) {
    return String.valueOf("TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23));
  }

  static boolean bsnOk(String s) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (s.charAt(i) - '0');
    }
    sum -= s.charAt(8) - '0';
    return sum % 11 == 0;
  }

  static String peselCheck(String ten) {
    int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += w[i] * (ten.charAt(i) - '0');
    }
    return String.valueOf((10 - sum % 10) % 10);
  }

  static String cpfDigits(String nine) {
    int s = 0;
    for (int i = 0; i < 9; i++) {
      s += (10 - i) * (nine.charAt(i) - '0');
    }
    int d1 = (s * 10) % 11 % 10;
    String ten = nine + d1;
    s = 0;
    for (int i = 0; i < 10; i++) {
      s += (11 - i) * (ten.charAt(i) - '0');
    }
    int d2 = (s * 10) % 11 % 10;
    return ten + d2;
  }

  private static final int[][] VD = {
      {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
      {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
      {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
      {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
  private static final int[][] VP = {
      {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
      {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
      {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
  private static final int[] VINV = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};

  static boolean verhoeffOk(String num) {
    int c = 0;
    for (int i = 0; i < num.length(); i++) {
      c = VD[c][VP[i % 8][num.charAt(num.length() - 1 - i) - '0']];
    }
    return c == 0;
  }

  static String verhoeffComplete(String num) {
    int c = 0;
    for (int i = 0; i < num.length(); i++) {
      c = VD[c][VP[(i + 1) % 8][num.charAt(num.length() - 1 - i) - '0']];
    }
    return num + VINV[c];
  }

  static String estonianCheck(String ten) {
    int[] w1 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 1};
    int[] w2 = {3, 4, 5, 6, 7, 8, 9, 1, 2, 3};
    int s = 0;
    for (int i = 0; i < 10; i++) {
      s += w1[i] * (ten.charAt(i) - '0');
    }
    int m = s % 11;
    if (m == 10) {
      s = 0;
      for (int i = 0; i < 10; i++) {
        s += w2[i] * (ten.charAt(i) - '0');
      }
      m = s % 11;
      if (m == 10) {
        m = 0;
      }
    }
    return ten + m;
  }
}
