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

/** Blind25: random strings, checksums and encodings for the structured-output corpus. */
final class Blind25Util {
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String DIGITS = "0123456789";
  static final String HEX = "0123456789abcdef";
  static final String ALNUM = DIGITS + UPPER + LOWER;
  static final String B64URL = ALNUM + "-_";
  static final String B64 = ALNUM + "+/";
  static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  private Blind25Util() {}

  static String rs(Random r, String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** A random string that has at least one digit, one upper and one lower letter when long enough. */
  static String mixed(Random r, String alphabet, int n) {
    while (true) {
      String s = rs(r, alphabet, n);
      boolean d = s.chars().anyMatch(Character::isDigit);
      boolean u = s.chars().anyMatch(Character::isUpperCase);
      boolean l = s.chars().anyMatch(Character::isLowerCase);
      boolean needU = alphabet.chars().anyMatch(Character::isUpperCase);
      boolean needL = alphabet.chars().anyMatch(Character::isLowerCase);
      boolean needD = alphabet.chars().anyMatch(Character::isDigit);
      if ((n < 8) || ((d || !needD) && (u || !needU) && (l || !needL))) {
        return s;
      }
    }
  }

  static <T> T pick(Random r, T[] a) {
    return a[r.nextInt(a.length)];
  }

  static String pick(Random r, String... a) {
    return a[r.nextInt(a.length)];
  }

  static byte[] bytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- checksums

  static int luhnDigit(String payload) {
    int sum = 0;
    boolean dbl = true;
    for (int i = payload.length() - 1; i >= 0; i--) {
      int d = payload.charAt(i) - '0';
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

  static boolean luhnOk(String digits) {
    String d = digits.replaceAll("[^0-9]", "");
    return luhnDigit(d.substring(0, d.length() - 1)) == d.charAt(d.length() - 1) - '0';
  }

  static int mod97(String iban) {
    String s = iban.replace(" ", "");
    String re = s.substring(4) + s.substring(0, 4);
    StringBuilder num = new StringBuilder();
    for (char c : re.toCharArray()) {
      if (Character.isLetter(c)) {
        num.append(c - 'A' + 10);
      } else {
        num.append(c);
      }
    }
    return new BigInteger(num.toString()).mod(BigInteger.valueOf(97)).intValue();
  }

  static String iban(String country, String bban) {
    String probe = country + "00" + bban;
    int check = 98 - mod97(probe);
    return country + String.format("%02d", check) + bban;
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

  /** GitHub's documented token layout: prefix, 30 random base62, 6 base62 of CRC32(random part). */
  static String crcToken(Random r, String prefix) {
    String body = mixed(r, ALNUM, 30);
    CRC32 c = new CRC32();
    c.update(utf8(body));
    return prefix + body + base62(c.getValue(), 6);
  }

  static boolean crcTokenOk(String token, int prefixLen) {
    String body = token.substring(prefixLen, prefixLen + 30);
    CRC32 c = new CRC32();
    c.update(utf8(body));
    return token.substring(prefixLen + 30).equals(base62(c.getValue(), 6));
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

  static String base58(byte[] in) {
    BigInteger v = new BigInteger(1, in);
    StringBuilder sb = new StringBuilder();
    BigInteger f = BigInteger.valueOf(58);
    while (v.signum() > 0) {
      BigInteger[] qr = v.divideAndRemainder(f);
      sb.append(B58.charAt(qr[1].intValue()));
      v = qr[0];
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

  static byte[] unbase58(String s) {
    BigInteger v = BigInteger.ZERO;
    for (char c : s.toCharArray()) {
      v = v.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(B58.indexOf(c)));
    }
    byte[] b = v.toByteArray();
    if (b[0] == 0) {
      byte[] t = new byte[b.length - 1];
      System.arraycopy(b, 1, t, 0, t.length);
      b = t;
    }
    int zeros = 0;
    while (zeros < s.length() && s.charAt(zeros) == '1') {
      zeros++;
    }
    byte[] out = new byte[zeros + b.length];
    System.arraycopy(b, 0, out, zeros, b.length);
    return out;
  }

  static boolean base58checkOk(String s) {
    byte[] all = unbase58(s);
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

  static String hmacJwt(Random r, String payloadJson) {
    Base64.Encoder u = Base64.getUrlEncoder().withoutPadding();
    String h = u.encodeToString(utf8("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"));
    String p = u.encodeToString(utf8(payloadJson));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(bytes(r, 32), "HmacSHA256"));
      String sig = u.encodeToString(mac.doFinal(utf8(h + "." + p)));
      return h + "." + p + "." + sig;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- encodings

  static String hex(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (byte x : b) {
      sb.append(HEX.charAt((x >> 4) & 15)).append(HEX.charAt(x & 15));
    }
    return sb.toString();
  }

  static String b64(String s) {
    return Base64.getEncoder().encodeToString(utf8(s));
  }

  static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  static String b32(byte[] data) {
    String a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    StringBuilder sb = new StringBuilder();
    int buf = 0;
    int bits = 0;
    for (byte b : data) {
      buf = (buf << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        sb.append(a.charAt((buf >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      sb.append(a.charAt((buf << (5 - bits)) & 31));
    }
    while (sb.length() % 8 != 0) {
      sb.append('=');
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

  static String wrap(String s, int w) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i += w) {
      if (i > 0) {
        sb.append('\n');
      }
      sb.append(s, i, Math.min(s.length(), i + w));
    }
    return sb.toString();
  }

  /** JSON string body (no surrounding quotes). */
  static String js(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  static String jq(String s) {
    return "\"" + js(s) + "\"";
  }

  static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  static String csvCell(String s, char sep) {
    if (s.indexOf(sep) >= 0 || s.contains("\"") || s.contains("\n")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  static String indent(String s, String pad) {
    return pad + s.replace("\n", "\n" + pad);
  }
}
