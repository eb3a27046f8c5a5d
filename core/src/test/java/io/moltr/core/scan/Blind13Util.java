package io.moltr.core.scan;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

/** Random strings, check digits and hashes for the blind13 generators. */
final class Blind13Util {
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String DIGITS = "0123456789";
  static final String ALNUM = UPPER + LOWER + DIGITS;
  static final String BASE62 = DIGITS + UPPER + LOWER;
  static final String HEX = "0123456789abcdef";
  static final String URLSAFE = ALNUM + "-_";
  static final String B64 = ALNUM + "+/";
  static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  private static List<String> bip39;

  private Blind13Util() {}

  static String pick(Random r, String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** Random alphanumerics that contain at least one upper, one lower and one digit. */
  static String mixed(Random r, int n) {
    while (true) {
      String s = pick(r, ALNUM, n);
      if (s.chars().anyMatch(Character::isUpperCase)
          && s.chars().anyMatch(Character::isLowerCase)
          && s.chars().anyMatch(Character::isDigit)) {
        return s;
      }
    }
  }

  static String hex(Random r, int n) {
    while (true) {
      String s = pick(r, HEX, n);
      if (s.chars().filter(Character::isDigit).count() >= 2
          && s.chars().filter(Character::isLetter).count() >= 2) {
        return s;
      }
    }
  }

  @SafeVarargs
  static <T> T one(Random r, T... options) {
    return options[r.nextInt(options.length)];
  }

  static <T> T one(Random r, List<T> options) {
    return options.get(r.nextInt(options.size()));
  }

  static String digits(Random r, int n) {
    return pick(r, DIGITS, n);
  }

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
    c.update(s.getBytes(StandardCharsets.US_ASCII));
    return c.getValue();
  }

  /** GitHub / npm style: random base62 body then the CRC32 of the body in six base62 digits. */
  static String checksummed(Random r, String prefix, int bodyLen) {
    String body = pick(r, ALNUM, bodyLen);
    return prefix + body + base62(crc32(body), 6);
  }

  static boolean checksumOk(String token, String prefix) {
    String rest = token.substring(prefix.length());
    String body = rest.substring(0, rest.length() - 6);
    return rest.substring(rest.length() - 6).equals(base62(crc32(body), 6));
  }

  static byte[] sha256(byte[] in) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(in);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String toHex(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (byte x : b) {
      sb.append(HEX.charAt((x >> 4) & 15)).append(HEX.charAt(x & 15));
    }
    return sb.toString();
  }

  static String base58(byte[] data) {
    BigInteger n = new BigInteger(1, data);
    StringBuilder sb = new StringBuilder();
    BigInteger b58 = BigInteger.valueOf(58);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(b58);
      sb.append(BASE58.charAt(qr[1].intValue()));
      n = qr[0];
    }
    for (byte x : data) {
      if (x != 0) {
        break;
      }
      sb.append('1');
    }
    return sb.reverse().toString();
  }

  static String base58check(byte[] payload) {
    byte[] h = sha256(sha256(payload));
    byte[] all = new byte[payload.length + 4];
    System.arraycopy(payload, 0, all, 0, payload.length);
    System.arraycopy(h, 0, all, payload.length, 4);
    return base58(all);
  }

  static byte[] base58decode(String s) {
    BigInteger n = BigInteger.ZERO;
    for (char c : s.toCharArray()) {
      n = n.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(BASE58.indexOf(c)));
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

  static boolean luhnOk(String digits) {
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
    for (int d = 0; d < 10; d++) {
      if (luhnOk(partial + d)) {
        return partial + d;
      }
    }
    throw new IllegalStateException();
  }

  /** ISO 13616 check: move the first four characters to the end, letters to numbers, mod 97. */
  static int iban97(String iban) {
    String re = iban.substring(4) + iban.substring(0, 4);
    StringBuilder num = new StringBuilder();
    for (char c : re.toCharArray()) {
      num.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(num.toString()).mod(BigInteger.valueOf(97)).intValue();
  }

  static String ibanFor(String country, String bban) {
    int check = 98 - iban97(country + "00" + bban);
    return country + String.format("%02d", check) + bban;
  }

  static synchronized List<String> bip39() {
    if (bip39 == null) {
      try (InputStream in =
          Blind13Util.class.getResourceAsStream("/io/moltr/core/scan/bip39-english.txt")) {
        List<String> words = new ArrayList<>();
        for (String w : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          if (!w.isBlank()) {
            words.add(w.strip());
          }
        }
        bip39 = words;
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return bip39;
  }

  /** A BIP39 mnemonic of 12 or 24 words with a valid checksum. */
  static String mnemonic(Random r, int words) {
    int entBytes = words == 12 ? 16 : 32;
    byte[] ent = new byte[entBytes];
    r.nextBytes(ent);
    byte[] h = sha256(ent);
    int csBits = entBytes / 4;
    StringBuilder bits = new StringBuilder();
    for (byte b : ent) {
      bits.append(String.format("%8s", Integer.toBinaryString(b & 0xff)).replace(' ', '0'));
    }
    bits.append(String.format("%8s", Integer.toBinaryString(h[0] & 0xff)).replace(' ', '0'), 0, csBits);
    List<String> list = bip39();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words; i++) {
      int idx = Integer.parseInt(bits.substring(i * 11, i * 11 + 11), 2);
      if (i > 0) {
        out.append(' ');
      }
      out.append(list.get(idx));
    }
    return out.toString();
  }

  static boolean mnemonicOk(String phrase) {
    String[] ws = phrase.trim().split("\\s+");
    List<String> list = bip39();
    StringBuilder bits = new StringBuilder();
    for (String w : ws) {
      int idx = list.indexOf(w);
      if (idx < 0) {
        return false;
      }
      bits.append(String.format("%11s", Integer.toBinaryString(idx)).replace(' ', '0'));
    }
    int total = ws.length * 11;
    int cs = total / 33;
    int ent = total - cs;
    byte[] e = new byte[ent / 8];
    for (int i = 0; i < e.length; i++) {
      e[i] = (byte) Integer.parseInt(bits.substring(i * 8, i * 8 + 8), 2);
    }
    String want = String.format("%8s", Integer.toBinaryString(sha256(e)[0] & 0xff)).replace(' ', '0');
    return bits.substring(ent).equals(want.substring(0, cs));
  }

  static String base64(byte[] b) {
    return java.util.Base64.getEncoder().encodeToString(b);
  }

  static String base64(String s) {
    return base64(s.getBytes(StandardCharsets.UTF_8));
  }

  static String b64url(byte[] b) {
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static String b64url(String s) {
    return b64url(s.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] bytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  static String wrap(String s, int width) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i += width) {
      sb.append(s, i, Math.min(s.length(), i + width)).append('\n');
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
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
