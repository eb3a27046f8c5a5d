package io.moltr.core.scan;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

/** Random strings and the checksums of the formats the blind12 corpus generates. */
final class Blind12Util {
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String DIGITS = "0123456789";
  static final String ALNUM = DIGITS + UPPER + LOWER;
  static final String HEX = "0123456789abcdef";
  static final String B64URL = UPPER + LOWER + DIGITS + "-_";
  static final String B64 = UPPER + LOWER + DIGITS + "+/";
  static final String BASE32 = UPPER + "234567";
  static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  private Blind12Util() {}

  static String pick(Random r, String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** Alphanumeric with at least one digit, one upper and one lower letter, as real tokens have. */
  static String alnum(Random r, int n) {
    while (true) {
      String s = pick(r, ALNUM, n);
      if (n < 8 || (s.chars().anyMatch(Character::isDigit)
          && s.chars().anyMatch(Character::isUpperCase)
          && s.chars().anyMatch(Character::isLowerCase))) {
        return s;
      }
    }
  }

  static String hex(Random r, int n) {
    while (true) {
      String s = pick(r, HEX, n);
      if (n < 8 || (s.chars().anyMatch(Character::isDigit) && s.chars().anyMatch(Character::isLetter))) {
        return s;
      }
    }
  }

  static String digits(Random r, int n) {
    return pick(r, DIGITS, n);
  }

  static String b64url(Random r, int n) {
    return alnumMixed(r, B64URL, n);
  }

  private static String alnumMixed(Random r, String alphabet, int n) {
    while (true) {
      String s = pick(r, alphabet, n);
      if (s.chars().anyMatch(Character::isDigit) && s.chars().anyMatch(Character::isUpperCase)
          && s.chars().anyMatch(Character::isLowerCase)) {
        return s;
      }
    }
  }

  static byte[] bytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  static String b64(String s) {
    return b64(s.getBytes(StandardCharsets.UTF_8));
  }

  static String b64urlNoPad(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  static String b64urlNoPad(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** Base62 with digits first, left-padded with '0' to width: GitHub's and npm's checksum text. */
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

  static long crc32(String s) {
    CRC32 c = new CRC32();
    c.update(s.getBytes(StandardCharsets.US_ASCII));
    return c.getValue();
  }

  /** prefix + 30 random base62 + 6-character base62 CRC32 of the random part. */
  static String checksummedToken(Random r, String prefix) {
    String body = alnum(r, 30);
    return prefix + body + base62(crc32(body), 6);
  }

  static boolean checksummedTokenValid(String token, String prefix) {
    if (!token.startsWith(prefix) || token.length() != prefix.length() + 36) {
      return false;
    }
    String body = token.substring(prefix.length(), prefix.length() + 30);
    return token.substring(prefix.length() + 30).equals(base62(crc32(body), 6));
  }

  // ---- Luhn

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

  static boolean luhnValid(String number) {
    String d = number.replaceAll("[^0-9]", "");
    return luhnCheckDigit(d.substring(0, d.length() - 1)) == d.charAt(d.length() - 1) - '0';
  }

  static String luhnComplete(Random r, String prefix, int length) {
    String partial = prefix + digits(r, length - prefix.length() - 1);
    return partial + luhnCheckDigit(partial);
  }

  // ---- IBAN mod-97

  static String ibanNumeric(String rearranged) {
    StringBuilder sb = new StringBuilder();
    for (char c : rearranged.toCharArray()) {
      if (Character.isLetter(c)) {
        sb.append(c - 'A' + 10);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static String iban(String country, String bban) {
    BigInteger n = new BigInteger(ibanNumeric(bban + country + "00"));
    int check = 98 - n.mod(BigInteger.valueOf(97)).intValue();
    return country + String.format("%02d", check) + bban;
  }

  static boolean ibanValid(String iban) {
    String s = iban.replace(" ", "");
    BigInteger n = new BigInteger(ibanNumeric(s.substring(4) + s.substring(0, 4)));
    return n.mod(BigInteger.valueOf(97)).intValue() == 1;
  }

  static String grouped(String s, int size, String sep) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i += size) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(s, i, Math.min(s.length(), i + size));
    }
    return sb.toString();
  }

  // ---- base58check

  static byte[] sha256(byte[] in) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(in);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String base58(byte[] in) {
    BigInteger n = new BigInteger(1, in);
    StringBuilder sb = new StringBuilder();
    BigInteger b58 = BigInteger.valueOf(58);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(b58);
      sb.append(BASE58.charAt(qr[1].intValue()));
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
      n = n.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(BASE58.indexOf(c)));
    }
    byte[] raw = n.toByteArray();
    int lead = 0;
    while (lead < s.length() && s.charAt(lead) == '1') {
      lead++;
    }
    int start = raw.length > 1 && raw[0] == 0 ? 1 : 0;
    byte[] out = new byte[lead + raw.length - start];
    System.arraycopy(raw, start, out, lead, raw.length - start);
    return out;
  }

  static String base58check(byte[] payload) {
    byte[] sum = sha256(sha256(payload));
    byte[] all = new byte[payload.length + 4];
    System.arraycopy(payload, 0, all, 0, payload.length);
    System.arraycopy(sum, 0, all, payload.length, 4);
    return base58(all);
  }

  static boolean base58checkValid(String s) {
    byte[] all = base58Decode(s);
    if (all.length < 5) {
      return false;
    }
    byte[] payload = java.util.Arrays.copyOf(all, all.length - 4);
    byte[] sum = sha256(sha256(payload));
    for (int i = 0; i < 4; i++) {
      if (sum[i] != all[payload.length + i]) {
        return false;
      }
    }
    return true;
  }

  static String wif(Random r, boolean compressed) {
    byte[] key = bytes(r, 32);
    byte[] payload = new byte[compressed ? 34 : 33];
    payload[0] = (byte) 0x80;
    System.arraycopy(key, 0, payload, 1, 32);
    if (compressed) {
      payload[33] = 1;
    }
    return base58check(payload);
  }

  // ---- BIP39

  private static List<String> words;

  static synchronized List<String> bip39Words() {
    if (words == null) {
      try (InputStream in = Blind12Util.class.getResourceAsStream("/io/moltr/core/scan/bip39-english.txt")) {
        String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        List<String> w = new ArrayList<>();
        for (String line : all.split("\n")) {
          if (!line.isBlank()) {
            w.add(line.trim());
          }
        }
        words = List.copyOf(w);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return words;
  }

  /** A mnemonic of entropyBytes*3/4 words whose last word carries the SHA-256 checksum bits. */
  static String bip39(Random r, int entropyBytes) {
    byte[] ent = bytes(r, entropyBytes);
    return bip39FromEntropy(ent);
  }

  static String bip39FromEntropy(byte[] ent) {
    int csBits = ent.length * 8 / 32;
    byte[] hash = sha256(ent);
    StringBuilder bits = new StringBuilder();
    for (byte b : ent) {
      bits.append(String.format("%8s", Integer.toBinaryString(b & 0xff)).replace(' ', '0'));
    }
    bits.append(String.format("%8s", Integer.toBinaryString(hash[0] & 0xff)).replace(' ', '0'), 0, csBits);
    List<String> w = bip39Words();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < bits.length(); i += 11) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(w.get(Integer.parseInt(bits.substring(i, i + 11), 2)));
    }
    return out.toString();
  }

  static boolean bip39Valid(String phrase) {
    String[] ws = phrase.trim().split("\\s+");
    if (ws.length % 3 != 0 || ws.length < 12) {
      return false;
    }
    List<String> w = bip39Words();
    StringBuilder bits = new StringBuilder();
    for (String x : ws) {
      int i = w.indexOf(x);
      if (i < 0) {
        return false;
      }
      bits.append(String.format("%11s", Integer.toBinaryString(i)).replace(' ', '0'));
    }
    int csBits = ws.length / 3;
    int entBits = bits.length() - csBits;
    byte[] ent = new byte[entBits / 8];
    for (int i = 0; i < ent.length; i++) {
      ent[i] = (byte) Integer.parseInt(bits.substring(i * 8, i * 8 + 8), 2);
    }
    byte[] hash = sha256(ent);
    String expected = String.format("%8s", Integer.toBinaryString(hash[0] & 0xff)).replace(' ', '0').substring(0, csBits);
    return expected.equals(bits.substring(entBits));
  }

  /** Words from the list, in a random order, whose checksum fails. */
  static String bip39Invalid(Random r, int count) {
    List<String> w = bip39Words();
    while (true) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < count; i++) {
        if (i > 0) {
          sb.append(' ');
        }
        sb.append(w.get(r.nextInt(w.size())));
      }
      if (!bip39Valid(sb.toString())) {
        return sb.toString();
      }
    }
  }

  // ---- JWT

  static String jwt(Random r, String headerJson, String payloadJson) {
    return b64urlNoPad(headerJson) + "." + b64urlNoPad(payloadJson) + "." + b64urlNoPad(bytes(r, 32));
  }

  // ---- PEM

  static String pem(Random r, String label, int bodyBytes, byte[] prefix) {
    byte[] body = bytes(r, bodyBytes);
    if (prefix != null) {
      System.arraycopy(prefix, 0, body, 0, prefix.length);
    }
    String b = b64(body);
    return "-----BEGIN " + label + "-----\n" + grouped(b, 64, "\n") + "\n-----END " + label + "-----";
  }

  static String rot13(String s) {
    StringBuilder sb = new StringBuilder(s.length());
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

  static <T> T oneOf(Random r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  @SafeVarargs
  static <T> T oneOf(Random r, T... items) {
    return items[r.nextInt(items.length)];
  }
}
