package io.moltr.core.scan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Blind14: random choices from one seeded generator, and the checksums the formats need. */
final class Blind14Util {
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String DIGITS = "0123456789";
  static final String ALNUM = UPPER + LOWER + DIGITS;
  static final String BASE62 = DIGITS + UPPER + LOWER;
  static final String HEX = "0123456789abcdef";
  static final String URLSAFE = ALNUM + "_-";
  static final String B64 = ALNUM + "+/";
  static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

  final Random rnd;

  Blind14Util(long seed) {
    rnd = new Random(seed);
  }

  String pick(String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** Random characters, redrawn until every character class of a mixed alphabet shows up. */
  String mixed(String alphabet, int n) {
    while (true) {
      String s = pick(alphabet, n);
      boolean up = !alphabet.matches(".*[A-Z].*") || s.matches(".*[A-Z].*");
      boolean lo = !alphabet.matches(".*[a-z].*") || s.matches(".*[a-z].*");
      boolean dg = !alphabet.matches(".*[0-9].*") || s.matches(".*[0-9].*");
      if (up && lo && dg) {
        return s;
      }
    }
  }

  String hex(int n) {
    return mixed(HEX, n);
  }

  String digits(int n) {
    return pick(DIGITS, n);
  }

  int between(int lo, int hiInclusive) {
    return lo + rnd.nextInt(hiInclusive - lo + 1);
  }

  boolean coin() {
    return rnd.nextBoolean();
  }

  @SafeVarargs
  final <T> T one(T... xs) {
    return xs[rnd.nextInt(xs.length)];
  }

  <T> T one(List<T> xs) {
    return xs.get(rnd.nextInt(xs.size()));
  }

  byte[] bytes(int n) {
    byte[] b = new byte[n];
    rnd.nextBytes(b);
    return b;
  }

  String b64(int rawBytes) {
    return Base64.getEncoder().encodeToString(bytes(rawBytes));
  }

  String b64url(int rawBytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(rawBytes));
  }

  String uuid() {
    return hex(8) + "-" + hex(4) + "-4" + hex(3) + "-" + one("8", "9", "a", "b") + hex(3) + "-" + hex(12);
  }

  String word() {
    return one("alpha", "orbit", "cedar", "falcon", "harbor", "maple", "nova", "pixel", "quartz", "river",
        "summit", "tango", "umber", "vector", "willow", "zephyr", "atlas", "beacon", "comet", "delta");
  }

  String host() {
    return one("db", "api", "cache", "billing", "auth", "search", "queue") + "-" + one("prod", "staging", "eu1", "us2")
        + "." + one("internal", "corp.example.com", "svc.cluster.local", "acme.io");
  }

  String user() {
    return one("svc_app", "deploy", "admin", "ci_runner", "report", "etl_user", "backend", "maria", "jdoe");
  }

  String timestamp() {
    return String.format("2026-%02d-%02dT%02d:%02d:%02d.%03dZ", between(1, 11), between(1, 28), between(0, 23),
        between(0, 59), between(0, 59), between(0, 999));
  }

  // ---- checksums and encodings of formats ----

  static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  static String b64(String s) {
    return b64(s.getBytes(StandardCharsets.UTF_8));
  }

  static String b64url(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  static int luhnCheckDigit(String payload) {
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

  static boolean luhnValid(String number) {
    String d = number.replaceAll("[^0-9]", "");
    return luhnCheckDigit(d.substring(0, d.length() - 1)) == d.charAt(d.length() - 1) - '0';
  }

  static int ibanMod97(String iban) {
    String s = iban.replace(" ", "");
    String r = s.substring(4) + s.substring(0, 4);
    StringBuilder num = new StringBuilder();
    for (char c : r.toCharArray()) {
      num.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
    }
    return new BigInteger(num.toString()).mod(BigInteger.valueOf(97)).intValue();
  }

  static String ibanWithCheck(String country, String bban) {
    int m = ibanMod97(country + "00" + bban);
    return country + String.format("%02d", 98 - m) + bban;
  }

  static String crc32Base62(String s, int width) {
    CRC32 crc = new CRC32();
    crc.update(s.getBytes(StandardCharsets.US_ASCII));
    long v = crc.getValue();
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

  static byte[] sha256(byte[] in) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(in);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] digest(String alg, byte[] in) {
    try {
      return MessageDigest.getInstance(alg).digest(in);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String toHex(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (byte x : b) {
      sb.append(String.format("%02x", x & 0xff));
    }
    return sb.toString();
  }

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
    int strip = raw.length > 1 && raw[0] == 0 ? 1 : 0;
    byte[] out = new byte[lead + raw.length - strip];
    System.arraycopy(raw, strip, out, lead, raw.length - strip);
    return out;
  }

  static String base58check(byte[] payload) {
    byte[] check = sha256(sha256(payload));
    byte[] full = new byte[payload.length + 4];
    System.arraycopy(payload, 0, full, 0, payload.length);
    System.arraycopy(check, 0, full, payload.length, 4);
    return base58(full);
  }

  static boolean base58checkValid(String s) {
    byte[] full = base58Decode(s);
    if (full.length < 5) {
      return false;
    }
    byte[] payload = java.util.Arrays.copyOf(full, full.length - 4);
    byte[] check = sha256(sha256(payload));
    for (int i = 0; i < 4; i++) {
      if (check[i] != full[payload.length + i]) {
        return false;
      }
    }
    return true;
  }

  static String hmacSha256B64Url(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getUrlEncoder().withoutPadding()
          .encodeToString(mac.doFinal(data.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  // bech32 (BIP-173) checksum, for age secret keys
  private static int bech32Polymod(int[] values) {
    int[] gen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    int chk = 1;
    for (int v : values) {
      int b = chk >>> 25;
      chk = ((chk & 0x1ffffff) << 5) ^ v;
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
    List<Integer> five = new ArrayList<>();
    int acc = 0;
    int bits = 0;
    for (byte b : data) {
      acc = (acc << 8) | (b & 0xff);
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
    int pm = bech32Polymod(values) ^ 1;
    StringBuilder sb = new StringBuilder(hrp).append('1');
    for (int v : five) {
      sb.append(BECH32.charAt(v));
    }
    for (int i = 0; i < 6; i++) {
      sb.append(BECH32.charAt((pm >> (5 * (5 - i))) & 31));
    }
    return sb.toString();
  }

  static boolean bech32Valid(String s) {
    String low = s.toLowerCase();
    int pos = low.lastIndexOf('1');
    String hrp = low.substring(0, pos);
    int[] he = hrpExpand(hrp);
    String data = low.substring(pos + 1);
    int[] values = new int[he.length + data.length()];
    System.arraycopy(he, 0, values, 0, he.length);
    for (int i = 0; i < data.length(); i++) {
      values[he.length + i] = BECH32.indexOf(data.charAt(i));
    }
    return bech32Polymod(values) == 1;
  }

  static byte[] gzip(byte[] in) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(bo)) {
        gz.write(in);
      }
      return bo.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] zlib(byte[] in) {
    Deflater d = new Deflater();
    d.setInput(in);
    d.finish();
    byte[] buf = new byte[in.length + 64];
    int n = d.deflate(buf);
    d.end();
    return java.util.Arrays.copyOf(buf, n);
  }

  static List<String> bip39Words() {
    try (InputStream in = Blind14Util.class.getResourceAsStream("/blind14/bip39-english.txt")) {
      if (in == null) {
        throw new IllegalStateException("blind14/bip39-english.txt missing");
      }
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> words = List.of(all.split("\n"));
      if (words.size() != 2048) {
        throw new IllegalStateException("BIP39 list has " + words.size() + " words");
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A BIP39 mnemonic of 128 or 256 bits of entropy with its SHA-256 checksum bits. */
  String bip39(int entropyBytes) {
    List<String> words = bip39Words();
    byte[] ent = bytes(entropyBytes);
    int csBits = entropyBytes * 8 / 32;
    BigInteger bits = new BigInteger(1, ent).shiftLeft(csBits)
        .or(BigInteger.valueOf((sha256(ent)[0] & 0xff) >> (8 - csBits)));
    int n = (entropyBytes * 8 + csBits) / 11;
    StringBuilder sb = new StringBuilder();
    for (int i = n - 1; i >= 0; i--) {
      int idx = bits.shiftRight(i * 11).and(BigInteger.valueOf(2047)).intValue();
      sb.append(sb.length() == 0 ? "" : " ").append(words.get(idx));
    }
    return sb.toString();
  }

  static boolean bip39Valid(String phrase) {
    List<String> words = bip39Words();
    String[] ws = phrase.trim().split("\\s+");
    BigInteger bits = BigInteger.ZERO;
    for (String w : ws) {
      int i = words.indexOf(w);
      if (i < 0) {
        return false;
      }
      bits = bits.shiftLeft(11).or(BigInteger.valueOf(i));
    }
    int total = ws.length * 11;
    int csBits = total / 33;
    int entBits = total - csBits;
    BigInteger ent = bits.shiftRight(csBits);
    byte[] entBytes = new byte[entBits / 8];
    byte[] raw = ent.toByteArray();
    int copy = Math.min(raw.length, entBytes.length);
    System.arraycopy(raw, raw.length - copy, entBytes, entBytes.length - copy, copy);
    int cs = bits.and(BigInteger.ONE.shiftLeft(csBits).subtract(BigInteger.ONE)).intValue();
    return ((sha256(entBytes)[0] & 0xff) >> (8 - csBits)) == cs;
  }
}
