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

/** Randomness and the checksums of documented credential formats, for the blind17 corpus. */
final class Blind17Util {
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String DIGITS = "0123456789";
  static final String ALNUM = UPPER + LOWER + DIGITS;
  static final String B62 = DIGITS + UPPER + LOWER;
  static final String HEX = "0123456789abcdef";
  static final String URLSAFE = ALNUM + "-_";
  static final String B64 = ALNUM + "+/";
  static final String B32 = UPPER + "234567";
  static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  private Blind17Util() {}

  /** A string of n characters from the alphabet, with at least one digit and one letter when the alphabet has both. */
  static String rand(Random r, String alphabet, int n) {
    while (true) {
      StringBuilder sb = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      if (n < 8 || mixed(s, alphabet)) {
        return s;
      }
    }
  }

  private static boolean mixed(String s, String alphabet) {
    boolean hasDigitAlpha = alphabet.chars().anyMatch(Character::isDigit);
    boolean hasLetterAlpha = alphabet.chars().anyMatch(Character::isLetter);
    boolean hasUpperAlpha = alphabet.chars().anyMatch(Character::isUpperCase);
    boolean hasLowerAlpha = alphabet.chars().anyMatch(Character::isLowerCase);
    if (hasDigitAlpha && s.chars().noneMatch(Character::isDigit)) {
      return false;
    }
    if (hasLetterAlpha && s.chars().noneMatch(Character::isLetter)) {
      return false;
    }
    if (hasUpperAlpha && hasLowerAlpha && s.length() >= 12) {
      return s.chars().anyMatch(Character::isUpperCase) && s.chars().anyMatch(Character::isLowerCase);
    }
    return true;
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

  static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  static String b64(String s) {
    return b64(s.getBytes(StandardCharsets.UTF_8));
  }

  static String b64url(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
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

  static char luhnDigit(String body) {
    for (char c = '0'; c <= '9'; c++) {
      if (luhn(body + c)) {
        return c;
      }
    }
    throw new IllegalStateException();
  }

  static String card(Random r, String prefix, int length) {
    String body = prefix + digitsAny(r, length - 1 - prefix.length());
    return body + luhnDigit(body);
  }

  static String digitsAny(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + r.nextInt(10)));
    }
    return sb.toString();
  }

  static int mod97(String iban) {
    String re = iban.substring(4) + iban.substring(0, 4);
    StringBuilder num = new StringBuilder();
    for (char c : re.toCharArray()) {
      num.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(num.toString()).mod(BigInteger.valueOf(97)).intValue();
  }

  static String iban(String country, String bban) {
    int check = 98 - mod97(country + "00" + bban);
    return country + String.format("%02d", check) + bban;
  }

  static boolean ibanValid(String iban) {
    return iban.length() >= 15 && mod97(iban) == 1;
  }

  static String crc32Base62(String s) {
    CRC32 crc = new CRC32();
    crc.update(s.getBytes(StandardCharsets.US_ASCII));
    long v = crc.getValue();
    StringBuilder sb = new StringBuilder();
    while (v > 0) {
      sb.append(B62.charAt((int) (v % 62)));
      v /= 62;
    }
    while (sb.length() < 6) {
      sb.append('0');
    }
    return sb.reverse().toString();
  }

  /** GitHub-style token: prefix, 30 random base62 characters, their CRC32 in six base62 digits. */
  static String checksummedToken(Random r, String prefix) {
    String body = rand(r, ALNUM, 30);
    return prefix + body + crc32Base62(body);
  }

  static boolean checksummedTokenValid(String token, String prefix) {
    if (!token.startsWith(prefix) || token.length() != prefix.length() + 36) {
      return false;
    }
    String body = token.substring(prefix.length(), prefix.length() + 30);
    return crc32Base62(body).equals(token.substring(prefix.length() + 30));
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

  static String base58(byte[] input) {
    BigInteger n = new BigInteger(1, input);
    StringBuilder sb = new StringBuilder();
    BigInteger b58 = BigInteger.valueOf(58);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(b58);
      sb.append(B58.charAt(qr[1].intValue()));
      n = qr[0];
    }
    for (byte x : input) {
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
    byte[] b = n.toByteArray();
    if (b[0] == 0 && b.length > 1) {
      byte[] t = new byte[b.length - 1];
      System.arraycopy(b, 1, t, 0, t.length);
      b = t;
    }
    return b;
  }

  static String base58check(byte[] payload) {
    byte[] check = sha256(sha256(payload));
    byte[] all = new byte[payload.length + 4];
    System.arraycopy(payload, 0, all, 0, payload.length);
    System.arraycopy(check, 0, all, payload.length, 4);
    return base58(all);
  }

  static boolean base58checkValid(String s) {
    byte[] all = unbase58(s);
    if (all.length < 5) {
      return false;
    }
    byte[] payload = new byte[all.length - 4];
    System.arraycopy(all, 0, payload, 0, payload.length);
    byte[] check = sha256(sha256(payload));
    for (int i = 0; i < 4; i++) {
      if (check[i] != all[payload.length + i]) {
        return false;
      }
    }
    return true;
  }

  /** A compressed-key WIF: 0x80, 32 key bytes, 0x01, base58check. Starts with K or L. */
  static String wif(Random r) {
    byte[] p = new byte[34];
    p[0] = (byte) 0x80;
    byte[] k = bytes(r, 32);
    k[0] = (byte) (k[0] & 0x7f | 0x01);
    System.arraycopy(k, 0, p, 1, 32);
    p[33] = 1;
    return base58check(p);
  }

  // ---- bech32 (BIP-173), for age secret keys ----
  static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

  private static int polymod(int[] values) {
    int[] gen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    int chk = 1;
    for (int v : values) {
      int b = chk >>> 25;
      chk = (chk & 0x1ffffff) << 5 ^ v;
      for (int i = 0; i < 5; i++) {
        if (((b >>> i) & 1) == 1) {
          chk ^= gen[i];
        }
      }
    }
    return chk;
  }

  private static int[] hrpExpand(String hrp) {
    int[] out = new int[hrp.length() * 2 + 1];
    for (int i = 0; i < hrp.length(); i++) {
      out[i] = hrp.charAt(i) >> 5;
      out[i + hrp.length() + 1] = hrp.charAt(i) & 31;
    }
    return out;
  }

  static String bech32(String hrp, byte[] data) {
    int acc = 0;
    int bits = 0;
    java.util.List<Integer> five = new java.util.ArrayList<>();
    for (byte x : data) {
      acc = (acc << 8) | (x & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        five.add((acc >> bits) & 31);
      }
    }
    if (bits > 0) {
      five.add((acc << (5 - bits)) & 31);
    }
    int[] he = hrpExpand(hrp);
    int[] values = new int[he.length + five.size() + 6];
    System.arraycopy(he, 0, values, 0, he.length);
    for (int i = 0; i < five.size(); i++) {
      values[he.length + i] = five.get(i);
    }
    int mod = polymod(values) ^ 1;
    StringBuilder sb = new StringBuilder(hrp).append('1');
    for (int v : five) {
      sb.append(BECH32.charAt(v));
    }
    for (int i = 0; i < 6; i++) {
      sb.append(BECH32.charAt((mod >> 5 * (5 - i)) & 31));
    }
    return sb.toString();
  }

  static boolean bech32Valid(String s) {
    String lower = s.toLowerCase();
    int sep = lower.lastIndexOf('1');
    String hrp = lower.substring(0, sep);
    int[] he = hrpExpand(hrp);
    String data = lower.substring(sep + 1);
    int[] values = new int[he.length + data.length()];
    System.arraycopy(he, 0, values, 0, he.length);
    for (int i = 0; i < data.length(); i++) {
      values[he.length + i] = BECH32.indexOf(data.charAt(i));
    }
    return polymod(values) == 1;
  }

  // ---- JWT ----
  static String jwtHs256(String headerJson, String payloadJson, byte[] key) {
    String h = b64url(headerJson.getBytes(StandardCharsets.UTF_8));
    String p = b64url(payloadJson.getBytes(StandardCharsets.UTF_8));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] sig = mac.doFinal((h + "." + p).getBytes(StandardCharsets.US_ASCII));
      return h + "." + p + "." + b64url(sig);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- compression ----
  static byte[] gzip(String s) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (GZIPOutputStream g = new GZIPOutputStream(bo)) {
        g.write(s.getBytes(StandardCharsets.UTF_8));
      }
      return bo.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] deflate(String s, boolean raw) {
    Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
    d.setInput(s.getBytes(StandardCharsets.UTF_8));
    d.finish();
    byte[] buf = new byte[s.length() * 2 + 64];
    int n = d.deflate(buf);
    d.end();
    byte[] out = new byte[n];
    System.arraycopy(buf, 0, out, 0, n);
    return out;
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

  static String indent(String s, String pad) {
    return pad + s.replace("\n", "\n" + pad);
  }

  static String jsonEscape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
