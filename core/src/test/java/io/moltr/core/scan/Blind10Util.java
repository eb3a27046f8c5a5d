package io.moltr.core.scan;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Deterministic helpers for the tenth blind corpus: alphabets, checksums, encoders. */
final class Blind10Util {
  static final String DIGITS = "0123456789";
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String HEX = "0123456789abcdef";
  static final String UHEX = "0123456789ABCDEF";
  static final String ALNUM = DIGITS + UPPER + LOWER;
  static final String LALNUM = DIGITS + LOWER;
  static final String UALNUM = DIGITS + UPPER;
  static final String B64 = UPPER + LOWER + DIGITS + "+/";
  static final String B64URL = UPPER + LOWER + DIGITS + "-_";
  static final String B32 = UPPER + "234567";
  static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

  final Random r;

  Blind10Util(long seed) {
    r = new Random(seed);
  }

  String pick(String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  String digits(int n) {
    return pick(DIGITS, n);
  }

  int between(int lo, int hiInclusive) {
    return lo + r.nextInt(hiInclusive - lo + 1);
  }

  <T> T one(T[] xs) {
    return xs[r.nextInt(xs.length)];
  }

  byte[] bytes(int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  // ---- checksums ----

  /** Base62 (0-9A-Za-z) of a CRC32, left-padded to 6: the GitHub/npm token checksum. */
  static String crc32Base62(String s) {
    CRC32 c = new CRC32();
    c.update(s.getBytes(StandardCharsets.US_ASCII));
    long v = c.getValue();
    String alpha = DIGITS + UPPER + LOWER;
    StringBuilder sb = new StringBuilder();
    while (v > 0) {
      sb.append(alpha.charAt((int) (v % 62)));
      v /= 62;
    }
    while (sb.length() < 6) {
      sb.append('0');
    }
    return sb.reverse().toString();
  }

  static int luhnCheckDigit(String partial) {
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

  static boolean luhnValid(String digits) {
    return luhnCheckDigit(digits.substring(0, digits.length() - 1))
        == digits.charAt(digits.length() - 1) - '0';
  }

  static int mod97(String alnum) {
    StringBuilder num = new StringBuilder();
    for (char c : alnum.toCharArray()) {
      if (Character.isDigit(c)) {
        num.append(c);
      } else {
        num.append(c - 'A' + 10);
      }
    }
    return new BigInteger(num.toString()).mod(BigInteger.valueOf(97)).intValue();
  }

  static String iban(String cc, String bban) {
    int m = mod97(bban + cc + "00");
    return cc + String.format("%02d", 98 - m) + bban;
  }

  static boolean ibanValid(String iban) {
    String s = iban.replace(" ", "");
    return mod97(s.substring(4) + s.substring(0, 4)) == 1;
  }

  static String group4(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i += 4) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(s, i, Math.min(s.length(), i + 4));
    }
    return sb.toString();
  }

  static byte[] sha256(byte[] in) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(in);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] hmacSha256(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA256"));
      if (key.length == 0) {
        // HMAC with an empty key equals HMAC with a key of one zero byte (both pad to zeros).
        mac.init(new SecretKeySpec(new byte[1], "HmacSHA256"));
      }
      return mac.doFinal(data);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String base58(byte[] in) {
    BigInteger n = new BigInteger(1, in);
    StringBuilder sb = new StringBuilder();
    BigInteger f = BigInteger.valueOf(58);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(f);
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

  static byte[] base58Decode(String s) {
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
    byte[] h = sha256(sha256(payload));
    byte[] all = new byte[payload.length + 4];
    System.arraycopy(payload, 0, all, 0, payload.length);
    System.arraycopy(h, 0, all, payload.length, 4);
    return base58(all);
  }

  static boolean base58checkValid(String s) {
    byte[] all = base58Decode(s);
    byte[] payload = java.util.Arrays.copyOf(all, all.length - 4);
    byte[] h = sha256(sha256(payload));
    for (int i = 0; i < 4; i++) {
      if (h[i] != all[payload.length + i]) {
        return false;
      }
    }
    return true;
  }

  // ---- bech32 (BIP-173), used by age keys ----

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

  static int[] to5bit(byte[] data) {
    int acc = 0;
    int bits = 0;
    java.util.List<Integer> out = new java.util.ArrayList<>();
    for (byte b : data) {
      acc = (acc << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        out.add((acc >> bits) & 31);
      }
    }
    if (bits > 0) {
      out.add((acc << (5 - bits)) & 31);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  static String bech32(String hrp, byte[] data) {
    int[] d = to5bit(data);
    int[] hx = hrpExpand(hrp);
    int[] v = new int[hx.length + d.length + 6];
    System.arraycopy(hx, 0, v, 0, hx.length);
    System.arraycopy(d, 0, v, hx.length, d.length);
    int pm = bech32Polymod(v) ^ 1;
    StringBuilder sb = new StringBuilder(hrp).append('1');
    for (int x : d) {
      sb.append(BECH32.charAt(x));
    }
    for (int i = 0; i < 6; i++) {
      sb.append(BECH32.charAt((pm >> (5 * (5 - i))) & 31));
    }
    return sb.toString();
  }

  static boolean bech32Valid(String s) {
    String low = s.toLowerCase();
    int sep = low.lastIndexOf('1');
    String hrp = low.substring(0, sep);
    int[] hx = hrpExpand(hrp);
    String data = low.substring(sep + 1);
    int[] v = new int[hx.length + data.length()];
    System.arraycopy(hx, 0, v, 0, hx.length);
    for (int i = 0; i < data.length(); i++) {
      v[hx.length + i] = BECH32.indexOf(data.charAt(i));
    }
    return bech32Polymod(v) == 1;
  }

  // ---- encoders ----

  static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  static String b64url(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static String hex(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (byte x : b) {
      sb.append(HEX.charAt((x >> 4) & 15)).append(HEX.charAt(x & 15));
    }
    return sb.toString();
  }

  static byte[] gzip(byte[] in) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(bo)) {
        gz.write(in);
      }
      byte[] out = bo.toByteArray();
      // fixed mtime/OS bytes are already zero in Java's GZIP header: deterministic
      return out;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String wrap(String s, int width) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i += width) {
      sb.append(s, i, Math.min(s.length(), i + width)).append('\n');
    }
    return sb.toString();
  }

  static byte[] der(int tag, byte[] content) {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    bo.write(tag);
    int n = content.length;
    if (n < 128) {
      bo.write(n);
    } else if (n < 256) {
      bo.write(0x81);
      bo.write(n);
    } else {
      bo.write(0x82);
      bo.write(n >> 8);
      bo.write(n & 0xff);
    }
    bo.writeBytes(content);
    return bo.toByteArray();
  }

  /** Returns {contentStart, contentLength} of the DER element at {@code at}. */
  static int[] derElement(byte[] d, int at) {
    int len = d[at + 1] & 0xff;
    int start = at + 2;
    if (len >= 0x80) {
      int nb = len & 0x7f;
      len = 0;
      for (int i = 0; i < nb; i++) {
        len = (len << 8) | (d[at + 2 + i] & 0xff);
      }
      start = at + 2 + nb;
    }
    return new int[] {start, len};
  }

  /** The inner private key (PKCS#1 / SEC1) of a PKCS#8 PrivateKeyInfo. */
  static byte[] pkcs8Inner(byte[] pkcs8) {
    int[] seq = derElement(pkcs8, 0);
    int p = seq[0];
    int[] ver = derElement(pkcs8, p);
    p = ver[0] + ver[1];
    int[] alg = derElement(pkcs8, p);
    p = alg[0] + alg[1];
    int[] oct = derElement(pkcs8, p);
    return java.util.Arrays.copyOfRange(pkcs8, oct[0], oct[0] + oct[1]);
  }

  static String pem(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n" + wrap(b64(der), 64) + "-----END " + label + "-----";
  }

  static byte[] sshString(byte[] b) {
    byte[] out = new byte[4 + b.length];
    out[0] = (byte) (b.length >>> 24);
    out[1] = (byte) (b.length >>> 16);
    out[2] = (byte) (b.length >>> 8);
    out[3] = (byte) b.length;
    System.arraycopy(b, 0, out, 4, b.length);
    return out;
  }

  static byte[] sshString(String s) {
    return sshString(s.getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      bo.writeBytes(p);
    }
    return bo.toByteArray();
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

  static String ascii85(byte[] in) {
    StringBuilder sb = new StringBuilder("<~");
    for (int i = 0; i < in.length; i += 4) {
      int n = Math.min(4, in.length - i);
      long v = 0;
      for (int j = 0; j < 4; j++) {
        v = (v << 8) | (j < n ? (in[i + j] & 0xff) : 0);
      }
      if (n == 4 && v == 0) {
        sb.append('z');
        continue;
      }
      char[] c = new char[5];
      for (int j = 4; j >= 0; j--) {
        c[j] = (char) ('!' + v % 85);
        v /= 85;
      }
      sb.append(c, 0, n + 1);
    }
    return sb.append("~>").toString();
  }

  static byte[] ascii85Decode(String s) {
    String body = s.substring(2, s.length() - 2).replace("z", "!!!!!");
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    for (int i = 0; i < body.length(); i += 5) {
      int n = Math.min(5, body.length() - i);
      long v = 0;
      for (int j = 0; j < 5; j++) {
        v = v * 85 + (j < n ? body.charAt(i + j) - '!' : 84);
      }
      for (int j = 0; j < n - 1; j++) {
        bo.write((int) (v >>> (24 - 8 * j)) & 0xff);
      }
    }
    return bo.toByteArray();
  }
}
