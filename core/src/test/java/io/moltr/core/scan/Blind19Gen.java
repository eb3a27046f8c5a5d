package io.moltr.core.scan;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Random material and checksums for the blind19 corpus (all values fake, formats documented). */
final class Blind19Gen {
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String DIGITS = "0123456789";
  static final String ALNUM = UPPER + LOWER + DIGITS;
  static final String HEX = "0123456789abcdef";
  static final String B64URL = ALNUM + "-_";
  static final String B64 = ALNUM + "+/";
  static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  final Random r;

  Blind19Gen(long seed) {
    r = new Random(seed);
  }

  String pick(String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** Random string that contains at least one upper, one lower and one digit (avoids flukes). */
  String mixed(String alphabet, int n) {
    while (true) {
      String s = pick(alphabet, n);
      boolean hasU = alphabet.chars().anyMatch(Character::isUpperCase);
      boolean hasL = alphabet.chars().anyMatch(Character::isLowerCase);
      boolean hasD = alphabet.chars().anyMatch(Character::isDigit);
      if (n < 8 || ((!hasU || s.chars().anyMatch(Character::isUpperCase))
          && (!hasL || s.chars().anyMatch(Character::isLowerCase))
          && (!hasD || s.chars().anyMatch(Character::isDigit)))) {
        return s;
      }
    }
  }

  String alnum(int n) { return mixed(ALNUM, n); }
  String hex(int n) { return pick(HEX, n); }
  String digits(int n) { return pick(DIGITS, n); }
  String upper(int n) { return pick(UPPER, n); }
  String b64url(int n) { return mixed(B64URL, n); }
  String lowerAlnum(int n) { return pick(LOWER + DIGITS, n); }

  <T> T one(T[] xs) { return xs[r.nextInt(xs.length)]; }

  byte[] bytes(int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  static String b64(byte[] b) { return Base64.getEncoder().encodeToString(b); }
  static String b64u(byte[] b) { return Base64.getUrlEncoder().withoutPadding().encodeToString(b); }
  static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

  static String base62(long v, int width) {
    StringBuilder sb = new StringBuilder();
    while (v > 0) {
      sb.append(ALNUM.charAt((int) (v % 62)));
      v /= 62;
    }
    // GitHub encodes with 0-9A-Za-z; reorder alphabet accordingly.
    String s = sb.reverse().toString();
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      int i = ALNUM.indexOf(c);
      out.append((DIGITS + UPPER + LOWER).charAt(i));
    }
    while (out.length() < width) {
      out.insert(0, '0');
    }
    return out.toString();
  }

  /** GitHub token: prefix + 30 base62 + base62(crc32(30 random chars)) left-padded to 6. */
  String github(String prefix) {
    String body = alnum(30);
    return prefix + body + githubChecksum(body);
  }

  static String githubChecksum(String body) {
    CRC32 crc = new CRC32();
    crc.update(utf8(body));
    return base62(crc.getValue(), 6);
  }

  static int luhnDigit(String partial) {
    int sum = 0;
    boolean dbl = true;
    for (int i = partial.length() - 1; i >= 0; i--) {
      int d = partial.charAt(i) - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
      dbl = !dbl;
    }
    return (10 - sum % 10) % 10;
  }

  static boolean luhnOk(String number) {
    String d = number.replaceAll("[^0-9]", "");
    return luhnDigit(d.substring(0, d.length() - 1)) == d.charAt(d.length() - 1) - '0';
  }

  String card(String prefix, int len) {
    String p = prefix + digits(len - 1 - prefix.length());
    return p + luhnDigit(p);
  }

  static int mod97(String s) {
    StringBuilder num = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (Character.isLetter(c)) num.append(c - 'A' + 10);
      else num.append(c);
    }
    return new BigInteger(num.toString()).mod(BigInteger.valueOf(97)).intValue();
  }

  static boolean ibanOk(String iban) {
    String s = iban.replace(" ", "");
    return mod97(s.substring(4) + s.substring(0, 4)) == 1;
  }

  String iban(String country, String bban) {
    int check = 98 - mod97(bban + country + "00");
    return country + String.format("%02d", check) + bban;
  }

  static String groups(String s, int n, String sep) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i += n) {
      if (i > 0) sb.append(sep);
      sb.append(s, i, Math.min(s.length(), i + n));
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

  static String base58(byte[] b) {
    BigInteger v = new BigInteger(1, b);
    StringBuilder sb = new StringBuilder();
    BigInteger f = BigInteger.valueOf(58);
    while (v.signum() > 0) {
      BigInteger[] qr = v.divideAndRemainder(f);
      sb.append(B58.charAt(qr[1].intValue()));
      v = qr[0];
    }
    for (byte x : b) {
      if (x != 0) break;
      sb.append('1');
    }
    return sb.reverse().toString();
  }

  String wif() {
    byte[] payload = new byte[34];
    payload[0] = (byte) 0x80;
    System.arraycopy(bytes(32), 0, payload, 1, 32);
    payload[33] = 1;
    byte[] chk = sha256(sha256(payload));
    byte[] all = new byte[38];
    System.arraycopy(payload, 0, all, 0, 34);
    System.arraycopy(chk, 0, all, 34, 4);
    return base58(all);
  }

  String jwt() {
    String header = b64u(utf8("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"));
    String payload = b64u(utf8("{\"sub\":\"" + digits(8) + "\",\"name\":\"" + one(new String[] {"Ana Ruiz", "Tom Becker", "Li Wei", "Sara Conti"}) + "\",\"role\":\"admin\",\"iat\":" + (1760000000 + r.nextInt(9000000)) + "}"));
    return header + "." + payload + "." + hmac(header + "." + payload);
  }

  String supabaseJwt() {
    String header = b64u(utf8("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"));
    String payload = b64u(utf8("{\"iss\":\"supabase\",\"ref\":\"" + pick(LOWER, 20) + "\",\"role\":\"service_role\",\"iat\":" + (1700000000 + r.nextInt(9000000)) + ",\"exp\":2015000000}"));
    return header + "." + payload + "." + hmac(header + "." + payload);
  }

  String hmac(String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(bytes(32), "HmacSHA256"));
      return b64u(mac.doFinal(utf8(data)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] gzip(byte[] in) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (GZIPOutputStream g = new GZIPOutputStream(bo)) {
        g.write(in);
      }
      return bo.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] deflate(byte[] in) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (DeflaterOutputStream d = new DeflaterOutputStream(bo)) {
        d.write(in);
      }
      return bo.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  String pemBody(String lead, int bytes, int width) {
    String body = lead + b64(bytes(bytes)).substring(0, bytes * 4 / 3 - lead.length());
    return groups(body, width, "\n");
  }
}
