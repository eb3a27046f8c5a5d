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

/** Random helpers, checksums and encodings for the blind28 corpus. */
final class Blind28Util {
  static final String UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LO = "abcdefghijklmnopqrstuvwxyz";
  static final String DIG = "0123456789";
  static final String ALNUM = UP + LO + DIG;
  static final String HEX = "0123456789abcdef";
  static final String B64 = ALNUM + "+/";
  static final String B64U = ALNUM + "-_";
  static final String B32 = UP + "234567";
  static final String BASE62 = DIG + UP + LO;
  static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  private Blind28Util() {}

  static String pick(Random r, String alphabet, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  @SafeVarargs
  static <T> T one(Random r, T... xs) {
    return xs[r.nextInt(xs.length)];
  }

  static <T> T one(Random r, List<T> xs) {
    return xs.get(r.nextInt(xs.size()));
  }

  static int between(Random r, int lo, int hi) {
    return lo + r.nextInt(hi - lo + 1);
  }

  static byte[] bytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  static String hex(Random r, int n) {
    return pick(r, HEX, n);
  }

  static String hexOf(byte[] b) {
    StringBuilder s = new StringBuilder();
    for (byte x : b) {
      s.append(String.format("%02x", x & 0xff));
    }
    return s.toString();
  }

  static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  static String b64(String s) {
    return b64(s.getBytes(StandardCharsets.UTF_8));
  }

  static String uuid(Random r) {
    String h = hex(r, 32);
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-"
        + "89ab".charAt(r.nextInt(4)) + h.substring(17, 20) + "-" + h.substring(20);
  }

  static byte[] sha256(byte[] in) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(in);
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

  static String luhnComplete(String partial) {
    for (int c = 0; c < 10; c++) {
      if (luhn(partial + c)) {
        return partial + c;
      }
    }
    throw new IllegalStateException();
  }

  static boolean ibanValid(String iban) {
    String s = iban.substring(4) + iban.substring(0, 4);
    StringBuilder n = new StringBuilder();
    for (char c : s.toCharArray()) {
      n.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(n.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }

  static String iban(String country, String bban) {
    String s = bban + country + "00";
    StringBuilder n = new StringBuilder();
    for (char c : s.toCharArray()) {
      n.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    int check = 98 - new BigInteger(n.toString()).mod(BigInteger.valueOf(97)).intValue();
    return country + String.format("%02d", check) + bban;
  }

  static String base62(long v, int width) {
    StringBuilder b = new StringBuilder();
    while (v > 0) {
      b.append(BASE62.charAt((int) (v % 62)));
      v /= 62;
    }
    while (b.length() < width) {
      b.append('0');
    }
    return b.reverse().toString();
  }

  /** GitHub's documented token shape: prefix, 30 random base62, 6-char base62 CRC32 of the random part. */
  static String githubToken(Random r, String prefix) {
    String body = pick(r, ALNUM, 30);
    return prefix + body + githubCheck(body);
  }

  static String githubCheck(String body) {
    CRC32 c = new CRC32();
    c.update(body.getBytes(StandardCharsets.US_ASCII));
    return base62(c.getValue(), 6);
  }

  static String base58(byte[] in) {
    BigInteger v = new BigInteger(1, in);
    StringBuilder b = new StringBuilder();
    BigInteger f = BigInteger.valueOf(58);
    while (v.signum() > 0) {
      BigInteger[] qr = v.divideAndRemainder(f);
      b.append(BASE58.charAt(qr[1].intValue()));
      v = qr[0];
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
    byte[] chk = sha256(sha256(payload));
    byte[] all = new byte[payload.length + 4];
    System.arraycopy(payload, 0, all, 0, payload.length);
    System.arraycopy(chk, 0, all, payload.length, 4);
    return base58(all);
  }

  static String wif(Random r) {
    byte[] p = new byte[34];
    p[0] = (byte) 0x80;
    System.arraycopy(bytes(r, 32), 0, p, 1, 32);
    p[33] = 1;
    return base58check(p);
  }

  static String jwtHs256(Random r, String payloadJson) {
    Base64.Encoder e = Base64.getUrlEncoder().withoutPadding();
    String h = e.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String p = e.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(bytes(r, 32), "HmacSHA256"));
      byte[] sig = mac.doFinal((h + "." + p).getBytes(StandardCharsets.US_ASCII));
      return h + "." + p + "." + e.encodeToString(sig);
    } catch (Exception ex) {
      throw new IllegalStateException(ex);
    }
  }

  // ---- encodings ----
  static final List<String> ENCODINGS = List.of(
      "base64", "base64url", "base64_nopad", "base64_wrap76", "base32", "hex", "hex_x", "hex_0x",
      "hex_spaced", "percent", "rot13", "unicode_u", "html_dec", "html_hex", "json_nested",
      "gzip_base64", "deflate_base64", "reversed", "split_lines", "split_spaces", "split_dots",
      "zero_width", "fullwidth", "base64_of_hex", "hex_of_base64", "percent_of_base64",
      "base64_of_base64");

  static String encode(String enc, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    switch (enc) {
      case "base64": return b64(b);
      case "base64url": return Base64.getUrlEncoder().encodeToString(b);
      case "base64_nopad": return Base64.getEncoder().withoutPadding().encodeToString(b);
      case "base64_wrap76": return Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(b);
      case "base32": return base32(b);
      case "hex": return hexOf(b);
      case "hex_x": return each(b, "\\x%02x", "");
      case "hex_0x": return "0x" + hexOf(b);
      case "hex_spaced": return each(b, "%02x", " ");
      case "percent": return each(b, "%%%02X", "");
      case "rot13": return rot13(s);
      case "unicode_u": return eachChar(s, "\\u%04x");
      case "html_dec": return eachChar(s, "&#%d;");
      case "html_hex": return eachChar(s, "&#x%x;");
      case "json_nested": return "{\\\"token\\\":\\\"" + s.replace("\n", "\\\\n") + "\\\"}";
      case "gzip_base64": return b64(gzip(b));
      case "deflate_base64": return b64(deflate(b));
      case "reversed": return new StringBuilder(s).reverse().toString();
      case "split_lines": return chunk(s, (s.length() + 2) / 3, "\n");
      case "split_spaces": return chunk(s, 6, " ");
      case "split_dots": return chunk(s, 8, ".");
      case "zero_width": return chunk(s, 3, "\u200b");
      case "fullwidth": return fullwidth(s);
      case "base64_of_hex": return b64(hexOf(b));
      case "hex_of_base64": return hexOf(b64(b).getBytes(StandardCharsets.US_ASCII));
      case "percent_of_base64": return each(b64(b).getBytes(StandardCharsets.US_ASCII), "%%%02X", "");
      case "base64_of_base64": return b64(b64(b));
      default: throw new IllegalArgumentException(enc);
    }
  }

  static String chunk(String s, int n, String sep) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i += n) {
      if (i > 0) {
        b.append(sep);
      }
      b.append(s, i, Math.min(s.length(), i + n));
    }
    return b.toString();
  }

  static String each(byte[] b, String fmt, String sep) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < b.length; i++) {
      if (i > 0) {
        s.append(sep);
      }
      s.append(String.format(fmt, b[i] & 0xff));
    }
    return s.toString();
  }

  static String eachChar(String in, String fmt) {
    StringBuilder s = new StringBuilder();
    for (char c : in.toCharArray()) {
      s.append(String.format(fmt, (int) c));
    }
    return s.toString();
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

  static String fullwidth(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c > 0x20 && c < 0x7f && c != '\n' ? (char) (c - 0x21 + 0xFF01) : c);
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
      try (GZIPOutputStream g = new GZIPOutputStream(o)) {
        g.write(in);
      }
      return o.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] deflate(byte[] in) {
    try {
      ByteArrayOutputStream o = new ByteArrayOutputStream();
      try (DeflaterOutputStream d = new DeflaterOutputStream(o, new Deflater())) {
        d.write(in);
      }
      return o.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
