package io.moltr.core.scan;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.GZIPOutputStream;

/** Small helpers for the blind32 generator: random strings, checksums and encodings. */
final class Blind32Util {
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String DIGITS = "0123456789";
  static final String ALNUM = UPPER + LOWER + DIGITS;
  static final String HEX = "0123456789abcdef";
  static final String B64 = ALNUM + "+/";
  static final String B64URL = ALNUM + "-_";

  private Blind32Util() {}

  static String rnd(Random r, String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** Random string with at least one upper, one lower and one digit (so it looks machine-made). */
  static String mixed(Random r, String alphabet, int n) {
    while (true) {
      String s = rnd(r, alphabet, n);
      if (s.chars().anyMatch(Character::isUpperCase)
          && s.chars().anyMatch(Character::isLowerCase)
          && s.chars().anyMatch(Character::isDigit)) {
        return s;
      }
    }
  }

  static <T> T pick(Random r, List<T> xs) {
    return xs.get(r.nextInt(xs.size()));
  }

  @SafeVarargs
  static <T> T pick(Random r, T... xs) {
    return xs[r.nextInt(xs.length)];
  }

  static String uuid(Random r) {
    String h = rnd(r, HEX, 32);
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-"
        + "89ab".charAt(r.nextInt(4)) + h.substring(17, 20) + "-" + h.substring(20);
  }

  static long crc32(String s) {
    CRC32 c = new CRC32();
    c.update(s.getBytes(StandardCharsets.UTF_8));
    return c.getValue();
  }

  /** Base62 encoding of a number, left-padded with '0' to width. */
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

  static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  static String b64url(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  static String hex(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      sb.append(String.format("%02x", b & 0xff));
    }
    return sb.toString();
  }

  static String base32(String s) {
    String a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    byte[] in = s.getBytes(StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder();
    int buf = 0;
    int bits = 0;
    for (byte b : in) {
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

  static String unicodeEscape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(String.format("\\u%04x", (int) c));
    }
    return sb.toString();
  }

  static String xmlDecEntities(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append("&#").append((int) c).append(';');
    }
    return sb.toString();
  }

  static String xmlHexEntities(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append("&#x").append(Integer.toHexString(c)).append(';');
    }
    return sb.toString();
  }

  /** Percent-encodes every character outside the URL userinfo-safe set. */
  static String pct(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (ALNUM.indexOf(c) >= 0 || c == '-' || c == '_' || c == '.' || c == '~') {
        sb.append(c);
      } else {
        sb.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return sb.toString();
  }

  static String gzipB64(String s) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(bo)) {
        gz.write(s.getBytes(StandardCharsets.UTF_8));
      }
      byte[] b = bo.toByteArray();
      b[4] = b[5] = b[6] = b[7] = 0; // mtime zero, deterministic
      return b64(b);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String wrap(String s, int width, String indent) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i += width) {
      sb.append(indent).append(s, i, Math.min(s.length(), i + width)).append('\n');
    }
    return sb.toString();
  }

  static boolean luhn(String digits) {
    int sum = 0;
    boolean alt = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (alt) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      alt = !alt;
    }
    return sum % 10 == 0;
  }

  static String withLuhn(String body) {
    for (int c = 0; c < 10; c++) {
      if (luhn(body + c)) {
        return body + c;
      }
    }
    throw new IllegalStateException();
  }

  static int mod97(String s) {
    int m = 0;
    for (char c : s.toCharArray()) {
      String v = Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10);
      for (char d : v.toCharArray()) {
        m = (m * 10 + (d - '0')) % 97;
      }
    }
    return m;
  }

  static String iban(String country, String bban) {
    int check = 98 - mod97(bban + country + "00");
    return country + String.format("%02d", check) + bban;
  }

  static boolean ibanValid(String iban) {
    return mod97(iban.substring(4) + iban.substring(0, 4)) == 1;
  }

  // --- bech32 (BIP-173), for age secret keys ---
  static final String BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

  private static int polymod(int[] values) {
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

  private static int[] hrpExpand(String hrp) {
    int n = hrp.length();
    int[] r = new int[2 * n + 1];
    for (int i = 0; i < n; i++) {
      r[i] = hrp.charAt(i) >> 5;
      r[n + 1 + i] = hrp.charAt(i) & 31;
    }
    return r;
  }

  static String bech32(String hrp, byte[] data) {
    // 8-bit to 5-bit
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
    int[] he = hrpExpand(hrp);
    int[] vals = new int[he.length + out.size() + 6];
    System.arraycopy(he, 0, vals, 0, he.length);
    for (int i = 0; i < out.size(); i++) {
      vals[he.length + i] = out.get(i);
    }
    int pm = polymod(vals) ^ 1;
    StringBuilder sb = new StringBuilder(hrp).append('1');
    for (int v : out) {
      sb.append(BECH.charAt(v));
    }
    for (int i = 0; i < 6; i++) {
      sb.append(BECH.charAt((pm >> (5 * (5 - i))) & 31));
    }
    return sb.toString();
  }

  static boolean bech32Valid(String s) {
    String low = s.toLowerCase();
    int pos = low.lastIndexOf('1');
    String hrp = low.substring(0, pos);
    int[] he = hrpExpand(hrp);
    String d = low.substring(pos + 1);
    int[] vals = new int[he.length + d.length()];
    System.arraycopy(he, 0, vals, 0, he.length);
    for (int i = 0; i < d.length(); i++) {
      int v = BECH.indexOf(d.charAt(i));
      if (v < 0) {
        return false;
      }
      vals[he.length + i] = v;
    }
    return polymod(vals) == 1;
  }

  static String indent(String s, String ind) {
    StringBuilder sb = new StringBuilder();
    for (String line : s.split("\n", -1)) {
      sb.append(ind).append(line).append('\n');
    }
    return sb.toString();
  }
}
