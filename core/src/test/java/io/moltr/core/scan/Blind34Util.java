package io.moltr.core.scan;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

/** Random strings, checksums and alphabets for the blind34 corpus (high-entropy look-alikes). */
final class Blind34Util {
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String DIGITS = "0123456789";
  static final String ALNUM = UPPER + LOWER + DIGITS;
  static final String BASE62 = DIGITS + UPPER + LOWER;
  static final String HEX = "0123456789abcdef";
  static final String B64 = UPPER + LOWER + DIGITS + "+/";
  static final String B64URL = UPPER + LOWER + DIGITS + "-_";
  static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  static final String B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  private Blind34Util() {}

  /** A seeded random source with the picks the generators need. */
  static final class Rnd {
    final Random r;

    Rnd(long seed) {
      r = new Random(seed);
    }

    int n(int bound) {
      return r.nextInt(bound);
    }

    int between(int lo, int hiIncl) {
      return lo + r.nextInt(hiIncl - lo + 1);
    }

    boolean coin() {
      return r.nextBoolean();
    }

    boolean chance(double p) {
      return r.nextDouble() < p;
    }

    String s(String alphabet, int len) {
      StringBuilder sb = new StringBuilder(len);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      return sb.toString();
    }

    /** Random string over an alphabet that has at least one upper, one lower and one digit. */
    String mixed(int len) {
      while (true) {
        String x = s(ALNUM, len);
        if (x.chars().anyMatch(Character::isUpperCase) && x.chars().anyMatch(Character::isLowerCase)
            && x.chars().anyMatch(Character::isDigit)) {
          return x;
        }
      }
    }

    String hex(int len) {
      return s(HEX, len);
    }

    byte[] bytes(int n) {
      byte[] b = new byte[n];
      r.nextBytes(b);
      return b;
    }

    @SafeVarargs
    final <T> T pick(T... xs) {
      return xs[r.nextInt(xs.length)];
    }

    <T> T pick(List<T> xs) {
      return xs.get(r.nextInt(xs.size()));
    }

    String digits(int len) {
      return s(DIGITS, len);
    }

    String uuid() {
      String h = hex(32);
      char v = "89ab".charAt(n(4));
      return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-" + v + h.substring(17, 20) + "-"
          + h.substring(20, 32);
    }

    String word() {
      return pick("alpha", "bravo", "cedar", "delta", "ember", "falcon", "granite", "harbor", "indigo", "juniper", "kestrel",
          "lumen", "maple", "nebula", "onyx", "pelican", "quartz", "raven", "sierra", "tundra", "umber", "violet", "willow",
          "zephyr");
    }

    String ip() {
      return between(10, 203) + "." + n(256) + "." + n(256) + "." + between(1, 254);
    }

    String date() {
      return String.format("2026-%02d-%02d", between(1, 11), between(1, 28));
    }

    String time() {
      return String.format("%02d:%02d:%02d", n(24), n(60), n(60));
    }
  }

  static byte[] sha256(byte[] in) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(in);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] sha512(byte[] in) {
    try {
      return MessageDigest.getInstance("SHA-512").digest(in);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] sha1(byte[] in) {
    try {
      return MessageDigest.getInstance("SHA-1").digest(in);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String hex(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (byte x : b) {
      sb.append(HEX.charAt((x >> 4) & 15)).append(HEX.charAt(x & 15));
    }
    return sb.toString();
  }

  static byte[] unhex(String h) {
    byte[] b = new byte[h.length() / 2];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
    }
    return b;
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

  /** PEM body lines of 64 characters. */
  static String pemBody(byte[] der) {
    String b = b64(der);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < b.length(); i += 64) {
      sb.append(b, i, Math.min(b.length(), i + 64)).append('\n');
    }
    return sb.toString();
  }

  static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n" + pemBody(der) + "-----END " + type + "-----";
  }

  // ---- base58check ----

  static String base58(byte[] in) {
    BigInteger n = new BigInteger(1, in);
    StringBuilder sb = new StringBuilder();
    BigInteger b58 = BigInteger.valueOf(58);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(b58);
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

  static byte[] unbase58(String s) {
    BigInteger n = BigInteger.ZERO;
    for (char c : s.toCharArray()) {
      int v = B58.indexOf(c);
      if (v < 0) {
        return null;
      }
      n = n.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(v));
    }
    byte[] raw = n.toByteArray();
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
    byte[] c = sha256(sha256(payload));
    byte[] all = new byte[payload.length + 4];
    System.arraycopy(payload, 0, all, 0, payload.length);
    System.arraycopy(c, 0, all, payload.length, 4);
    return base58(all);
  }

  static boolean base58checkValid(String s) {
    byte[] all = unbase58(s);
    if (all == null || all.length < 5) {
      return false;
    }
    byte[] p = java.util.Arrays.copyOf(all, all.length - 4);
    byte[] c = sha256(sha256(p));
    for (int i = 0; i < 4; i++) {
      if (c[i] != all[all.length - 4 + i]) {
        return false;
      }
    }
    return true;
  }

  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] o = new byte[n];
    int i = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, o, i, p.length);
      i += p.length;
    }
    return o;
  }

  // ---- CRC32 base62 checksums (GitHub / npm token style) ----

  static String base62Fixed(long v, int width) {
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

  static String crc32b62(String body) {
    CRC32 c = new CRC32();
    c.update(body.getBytes(StandardCharsets.US_ASCII));
    return base62Fixed(c.getValue(), 6);
  }

  // ---- Luhn, IBAN ----

  static int luhnDigit(String partial) {
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

  static boolean luhnValid(String n) {
    return luhnDigit(n.substring(0, n.length() - 1)) == n.charAt(n.length() - 1) - '0';
  }

  static int mod97(String rearranged) {
    int m = 0;
    for (char c : rearranged.toCharArray()) {
      String v = Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10);
      for (char d : v.toCharArray()) {
        m = (m * 10 + (d - '0')) % 97;
      }
    }
    return m;
  }

  static String iban(String country, String bban) {
    int chk = 98 - mod97(bban + country + "00");
    return country + String.format("%02d", chk) + bban;
  }

  static boolean ibanValid(String iban) {
    return mod97(iban.substring(4) + iban.substring(0, 4)) == 1;
  }

  // ---- bech32 ----

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
    int[] r = new int[hrp.length() * 2 + 1];
    for (int i = 0; i < hrp.length(); i++) {
      r[i] = hrp.charAt(i) >> 5;
      r[i + hrp.length() + 1] = hrp.charAt(i) & 31;
    }
    return r;
  }

  /** Bech32 (constant 1) or bech32m (constant 0x2bc830a3) over 5-bit data. */
  static String bech32(String hrp, int[] data, int constant) {
    int[] he = hrpExpand(hrp);
    int[] v = new int[he.length + data.length + 6];
    System.arraycopy(he, 0, v, 0, he.length);
    System.arraycopy(data, 0, v, he.length, data.length);
    int pm = polymod(v) ^ constant;
    StringBuilder sb = new StringBuilder(hrp).append('1');
    for (int d : data) {
      sb.append(BECH32.charAt(d));
    }
    for (int i = 0; i < 6; i++) {
      sb.append(BECH32.charAt((pm >>> (5 * (5 - i))) & 31));
    }
    return sb.toString();
  }

  static int[] to5bit(byte[] in) {
    List<Integer> out = new ArrayList<>();
    int acc = 0;
    int bits = 0;
    for (byte b : in) {
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

  // ---- keccak-free EIP-55 stand-in is not possible without keccak: implement keccak-256 ----

  private static final long[] RC = {
    0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L, 0x000000000000808bL,
    0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L, 0x000000000000008aL, 0x0000000000000088L,
    0x0000000080008009L, 0x000000008000000aL, 0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L,
    0x8000000000008003L, 0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
    0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L
  };
  private static final int[] ROT = {0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14};

  private static void keccakF(long[] a) {
    long[] c = new long[5];
    long[] b = new long[25];
    for (int round = 0; round < 24; round++) {
      for (int x = 0; x < 5; x++) {
        c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
      }
      for (int x = 0; x < 5; x++) {
        long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
        for (int y = 0; y < 25; y += 5) {
          a[y + x] ^= d;
        }
      }
      for (int x = 0; x < 5; x++) {
        for (int y = 0; y < 5; y++) {
          b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROT[x + 5 * y]);
        }
      }
      for (int x = 0; x < 5; x++) {
        for (int y = 0; y < 25; y += 5) {
          a[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
        }
      }
      a[0] ^= RC[round];
    }
  }

  /** Keccak-256 (Ethereum's, padding 0x01). */
  static byte[] keccak256(byte[] in) {
    int rate = 136;
    int padded = (in.length / rate + 1) * rate;
    byte[] p = new byte[padded];
    System.arraycopy(in, 0, p, 0, in.length);
    p[in.length] ^= 0x01;
    p[padded - 1] ^= (byte) 0x80;
    long[] a = new long[25];
    for (int off = 0; off < padded; off += rate) {
      for (int i = 0; i < rate / 8; i++) {
        long v = 0;
        for (int k = 7; k >= 0; k--) {
          v = (v << 8) | (p[off + 8 * i + k] & 0xff);
        }
        a[i] ^= v;
      }
      keccakF(a);
    }
    byte[] out = new byte[32];
    for (int i = 0; i < 32; i++) {
      out[i] = (byte) (a[i / 8] >>> (8 * (i % 8)));
    }
    return out;
  }

  static String eip55(String lowerHex40) {
    String h = hex(keccak256(lowerHex40.getBytes(StandardCharsets.US_ASCII)));
    StringBuilder sb = new StringBuilder("0x");
    for (int i = 0; i < 40; i++) {
      char c = lowerHex40.charAt(i);
      sb.append(Character.isLetter(c) && Character.digit(h.charAt(i), 16) >= 8 ? Character.toUpperCase(c) : c);
    }
    return sb.toString();
  }

  // ---- BIP39 ----

  private static List<String> words;

  static synchronized List<String> bip39() {
    if (words == null) {
      try (BufferedReader br = new BufferedReader(new InputStreamReader(
          Blind34Util.class.getResourceAsStream("/io/moltr/core/scan/bip39-english.txt"), StandardCharsets.UTF_8))) {
        words = br.lines().map(String::trim).filter(x -> !x.isEmpty()).toList();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return words;
  }

  static String mnemonic(byte[] entropy) {
    byte[] h = sha256(entropy);
    int ent = entropy.length * 8;
    int cs = ent / 32;
    StringBuilder bits = new StringBuilder();
    for (byte b : entropy) {
      bits.append(String.format("%8s", Integer.toBinaryString(b & 0xff)).replace(' ', '0'));
    }
    bits.append(String.format("%8s", Integer.toBinaryString(h[0] & 0xff)).replace(' ', '0'), 0, cs);
    List<String> w = bip39();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < bits.length(); i += 11) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(w.get(Integer.parseInt(bits.substring(i, i + 11), 2)));
    }
    return sb.toString();
  }

  static boolean mnemonicValid(String m) {
    String[] ws = m.split(" ");
    List<String> w = bip39();
    StringBuilder bits = new StringBuilder();
    for (String x : ws) {
      int i = w.indexOf(x);
      if (i < 0) {
        return false;
      }
      bits.append(String.format("%11s", Integer.toBinaryString(i)).replace(' ', '0'));
    }
    int cs = bits.length() / 33;
    int ent = bits.length() - cs;
    byte[] e = new byte[ent / 8];
    for (int i = 0; i < e.length; i++) {
      e[i] = (byte) Integer.parseInt(bits.substring(8 * i, 8 * i + 8), 2);
    }
    return mnemonic(e).equals(m);
  }

  static String indent(String s, String pfx) {
    return pfx + s.replace("\n", "\n" + pfx);
  }
}
