package io.moltr.core.scan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

/** Small helpers for the ninth blind corpus: alphabets, checksums and encoders written from specs. */
final class Blind9Util {
  static final String DIGITS = "0123456789";
  static final String HEX = "0123456789abcdef";
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String BASE62 = DIGITS + UPPER + LOWER;
  static final String ALNUM = UPPER + LOWER + DIGITS;
  static final String URLSAFE = ALNUM + "-_";
  static final String B64 = ALNUM + "+/";
  static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  private static List<String> words;

  private Blind9Util() {}

  static String pick(Random r, String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  static String digits(Random r, int n) {
    return pick(r, DIGITS, n);
  }

  static String hex(Random r, int n) {
    return pick(r, HEX, n);
  }

  static <T> T one(Random r, List<T> xs) {
    return xs.get(r.nextInt(xs.size()));
  }

  static String one(Random r, String... xs) {
    return xs[r.nextInt(xs.length)];
  }

  static byte[] bytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** GitHub-style checksum: CRC32 of the random part written in base62, left-padded to six. */
  static String base62Crc(String body) {
    CRC32 crc = new CRC32();
    crc.update(utf8(body));
    long v = crc.getValue();
    StringBuilder sb = new StringBuilder();
    while (v > 0) {
      sb.append(BASE62.charAt((int) (v % 62)));
      v /= 62;
    }
    while (sb.length() < 6) {
      sb.append('0');
    }
    return sb.reverse().toString();
  }

  static byte[] sha256(byte[] in) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(in);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String digestHex(String alg, byte[] in) {
    try {
      return toHex(MessageDigest.getInstance(alg).digest(in));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String toHex(byte[] b) {
    StringBuilder sb = new StringBuilder(b.length * 2);
    for (byte x : b) {
      sb.append(HEX.charAt((x >> 4) & 15)).append(HEX.charAt(x & 15));
    }
    return sb.toString();
  }

  static String base58(byte[] in) {
    BigInteger v = new BigInteger(1, in);
    StringBuilder sb = new StringBuilder();
    BigInteger b58 = BigInteger.valueOf(58);
    while (v.signum() > 0) {
      BigInteger[] qr = v.divideAndRemainder(b58);
      sb.append(BASE58.charAt(qr[1].intValue()));
      v = qr[0];
    }
    for (int i = 0; i < in.length && in[i] == 0; i++) {
      sb.append('1');
    }
    return sb.reverse().toString();
  }

  static String base58check(byte[] payload) {
    byte[] sum = sha256(sha256(payload));
    byte[] all = new byte[payload.length + 4];
    System.arraycopy(payload, 0, all, 0, payload.length);
    System.arraycopy(sum, 0, all, payload.length, 4);
    return base58(all);
  }

  static boolean luhnValid(String digits) {
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

  /** Appends the Luhn check digit to a payload. */
  static String luhnComplete(String payload) {
    for (int c = 0; c < 10; c++) {
      if (luhnValid(payload + c)) {
        return payload + c;
      }
    }
    throw new IllegalStateException();
  }

  static int mod97(String alnum) {
    int m = 0;
    for (char c : alnum.toCharArray()) {
      String part = Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10);
      for (char d : part.toCharArray()) {
        m = (m * 10 + (d - '0')) % 97;
      }
    }
    return m;
  }

  static boolean ibanValid(String iban) {
    String s = iban.replace(" ", "");
    return mod97(s.substring(4) + s.substring(0, 4)) == 1;
  }

  static synchronized List<String> bip39() {
    if (words == null) {
      List<String> w = new ArrayList<>();
      try (InputStream in = Blind9Util.class.getResourceAsStream("/io/moltr/core/scan/bip39-english.txt");
          BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line; (line = br.readLine()) != null; ) {
          if (!line.isBlank()) {
            w.add(line.trim());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      words = List.copyOf(w);
    }
    return words;
  }

  /** A mnemonic from entropy, with the checksum bits BIP39 specifies (ENT/32 bits of SHA-256). */
  static String mnemonic(byte[] entropy) {
    int ent = entropy.length * 8;
    int cs = ent / 32;
    BigInteger v = new BigInteger(1, entropy).shiftLeft(cs);
    int check = (sha256(entropy)[0] & 0xff) >> (8 - cs);
    v = v.or(BigInteger.valueOf(check));
    int n = (ent + cs) / 11;
    List<String> out = new ArrayList<>();
    for (int i = n - 1; i >= 0; i--) {
      out.add(bip39().get(v.shiftRight(i * 11).intValue() & 2047));
    }
    return String.join(" ", out);
  }

  static boolean mnemonicValid(String phrase) {
    String[] w = phrase.trim().split("\\s+");
    BigInteger v = BigInteger.ZERO;
    for (String x : w) {
      int i = bip39().indexOf(x);
      if (i < 0) {
        return false;
      }
      v = v.shiftLeft(11).or(BigInteger.valueOf(i));
    }
    int total = w.length * 11;
    int cs = total / 33;
    int ent = total - cs;
    byte[] raw = v.shiftRight(cs).toByteArray();
    byte[] entropy = new byte[ent / 8];
    int copy = Math.min(raw.length, entropy.length);
    System.arraycopy(raw, raw.length - copy, entropy, entropy.length - copy, copy);
    int check = v.intValue() & ((1 << cs) - 1);
    return check == (sha256(entropy)[0] & 0xff) >> (8 - cs);
  }

  private static final int[][] VD = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
    {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
    {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
    {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}
  };
  private static final int[][] VP = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
    {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
    {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}
  };
  private static final int[] VINV = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};

  static boolean verhoeffValid(String num) {
    int c = 0;
    for (int i = 0; i < num.length(); i++) {
      int d = num.charAt(num.length() - 1 - i) - '0';
      c = VD[c][VP[i % 8][d]];
    }
    return c == 0;
  }

  static String verhoeffComplete(String payload) {
    int c = 0;
    for (int i = 0; i < payload.length(); i++) {
      int d = payload.charAt(payload.length() - 1 - i) - '0';
      c = VD[c][VP[(i + 1) % 8][d]];
    }
    return payload + VINV[c];
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

  static String base32(byte[] in) {
    String a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
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
