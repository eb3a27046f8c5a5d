package io.moltr.core.scan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.CRC32;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Held-out corpus, part 1: credential generators, written from providers' documented token
 * formats (prefixes, lengths, alphabets, checksums), independent of the scanner's rules.
 *
 * <p>Every generator returns the value as it would be printed and a probe: a substring of the
 * value that is secret by itself (the password of a URL, a body line of a PEM key, the secret
 * access key of an AWS credentials file). A redacted report must not contain the probe.
 */
final class HeldoutCredentials {
  private HeldoutCredentials() {}

  /** How a kind is presented in text. */
  enum Family {
    /** a one-line token */
    TOKEN,
    /** a connection string or URL with a password inside */
    URL,
    /** a multi-line artefact: PEM, PuTTY, JSON key file, manifest */
    BLOCK,
    /** personal or payment data shown next to a label */
    PII
  }

  record Cred(String value, String probe) {
    Cred(String value) {
      this(value, value);
    }
  }

  /**
   * A credential kind.
   *
   * @param keyword true if the value alone is not recognisable (a 32-hex Datadog key): it is only
   *     placed in contexts that name it
   * @param vars names it is stored under (env-var style); for PII, the labels
   * @param header HTTP header prefix it is sent with, or null
   * @param urlTemplate URL it is embedded in (%s), or null
   */
  record Kind(
      String name,
      Family family,
      boolean keyword,
      List<String> vars,
      String header,
      String urlTemplate,
      Function<Random, Cred> gen) {}

  // ---------------------------------------------------------------- alphabets and helpers

  static final String UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LO = "abcdefghijklmnopqrstuvwxyz";
  static final String DIG = "0123456789";
  static final String B62 = DIG + UP + LO; // order used by GitHub/npm checksums
  static final String ALNUM = UP + LO + DIG;
  static final String B64URL = ALNUM + "-_";
  static final String HEX = "0123456789abcdef";
  static final String HEXUP = "0123456789ABCDEF";
  static final String B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  static String rs(Random r, String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  static String digits(Random r, int n) {
    return rs(r, DIG, n);
  }

  static String digitsNoLeadingZero(Random r, int n) {
    return (char) ('1' + r.nextInt(9)) + digits(r, n - 1);
  }

  static byte[] bytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  static <T> T pick(Random r, List<T> xs) {
    return xs.get(r.nextInt(xs.size()));
  }

  @SafeVarargs
  static <T> T pick(Random r, T... xs) {
    return xs[r.nextInt(xs.length)];
  }

  static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  static String b64url(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static String b64url(String s) {
    return b64url(s.getBytes(StandardCharsets.UTF_8));
  }

  static String uuid(Random r) {
    return rs(r, HEX, 8) + "-" + rs(r, HEX, 4) + "-4" + rs(r, HEX, 3) + "-" + pick(r, "8", "9", "a", "b")
        + rs(r, HEX, 3) + "-" + rs(r, HEX, 12);
  }

  static String base62(long n, int pad) {
    StringBuilder sb = new StringBuilder();
    while (n > 0) {
      sb.insert(0, B62.charAt((int) (n % 62)));
      n /= 62;
    }
    while (sb.length() < pad) {
      sb.insert(0, '0');
    }
    return sb.toString();
  }

  static long crc32(String s) {
    CRC32 c = new CRC32();
    c.update(s.getBytes(StandardCharsets.US_ASCII));
    return c.getValue();
  }

  /** GitHub / npm style: prefix + 30 base62 + base62(CRC32(entropy)) padded to 6. */
  static String checksummed(Random r, String prefix) {
    String entropy = rs(r, B62, 30);
    return prefix + entropy + base62(crc32(entropy), 6);
  }

  static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String hmacJwt(Random r, String headerJson, String payloadJson) {
    String signingInput = b64url(headerJson) + "." + b64url(payloadJson);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(bytes(r, 32), "HmacSHA256"));
      return signingInput + "." + b64url(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String base58(byte[] input) {
    BigInteger n = new BigInteger(1, input);
    StringBuilder sb = new StringBuilder();
    BigInteger b58 = BigInteger.valueOf(58);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(b58);
      sb.insert(0, B58.charAt(qr[1].intValue()));
      n = qr[0];
    }
    for (byte b : input) {
      if (b != 0) {
        break;
      }
      sb.insert(0, '1');
    }
    return sb.toString();
  }

  static String base58check(byte[] payload) {
    byte[] check = sha256(sha256(payload));
    byte[] all = new byte[payload.length + 4];
    System.arraycopy(payload, 0, all, 0, payload.length);
    System.arraycopy(check, 0, all, payload.length, 4);
    return base58(all);
  }

  // ---------------------------------------------------------------- bech32 (age keys)

  private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";


  static String bech32(String hrp, byte[] data) {
    List<Integer> five = new ArrayList<>();
    int acc = 0;
    int bits = 0;
    for (byte b : data) {
      acc = (acc << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        five.add((acc >>> bits) & 31);
      }
    }
    if (bits > 0) {
      five.add((acc << (5 - bits)) & 31);
    }
    // The checksum and alphabet are bech32's, shared with the first blind corpus's generator.
    return BlindCredentials.bech32(hrp, five.stream().mapToInt(Integer::intValue).toArray());
  }

  // ---------------------------------------------------------------- DER / PEM

  static byte[] tlv(int tag, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int len = body.length;
    if (len < 128) {
      out.write(len);
    } else if (len < 256) {
      out.write(0x81);
      out.write(len);
    } else {
      out.write(0x82);
      out.write(len >> 8);
      out.write(len & 0xff);
    }
    out.writeBytes(body);
    return out.toByteArray();
  }

  static byte[] cat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  static byte[] derInt(BigInteger i) {
    return tlv(0x02, i.toByteArray());
  }

  static String pem(String type, byte[] der, int width) {
    String body = b64(der);
    StringBuilder sb = new StringBuilder("-----BEGIN ").append(type).append("-----\n");
    for (int i = 0; i < body.length(); i += width) {
      sb.append(body, i, Math.min(body.length(), i + width)).append('\n');
    }
    return sb.append("-----END ").append(type).append("-----").toString();
  }

  /** A body line of a PEM block that is random (past the nearly-constant DER header). */
  static String pemProbe(String pem) {
    String[] lines = pem.split("\n");
    int i = Math.min(3, lines.length - 2);
    return lines[i];
  }

  static byte[] rsaPkcs1(Random r) {
    BigInteger e = BigInteger.valueOf(65537);
    while (true) {
      BigInteger p = BigInteger.probablePrime(1024, r);
      BigInteger q = BigInteger.probablePrime(1024, r);
      BigInteger phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
      if (!phi.gcd(e).equals(BigInteger.ONE) || p.equals(q)) {
        continue;
      }
      BigInteger n = p.multiply(q);
      BigInteger d = e.modInverse(phi);
      return tlv(0x30, cat(
          derInt(BigInteger.ZERO), derInt(n), derInt(e), derInt(d), derInt(p), derInt(q),
          derInt(d.mod(p.subtract(BigInteger.ONE))), derInt(d.mod(q.subtract(BigInteger.ONE))),
          derInt(q.modInverse(p))));
    }
  }

  static byte[] pkcs8(byte[] pkcs1) {
    byte[] algo = tlv(0x30, cat(
        tlv(0x06, new byte[] {0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01}),
        new byte[] {0x05, 0x00}));
    return tlv(0x30, cat(derInt(BigInteger.ZERO), algo, tlv(0x04, pkcs1)));
  }

  static byte[] ecSec1(Random r) {
    byte[] oid = {0x06, 0x08, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x03, 0x01, 0x07};
    byte[] point = cat(new byte[] {0x00, 0x04}, bytes(r, 64));
    return tlv(0x30, cat(
        derInt(BigInteger.ONE), tlv(0x04, bytes(r, 32)), tlv(0xa0, oid), tlv(0xa1, tlv(0x03, point))));
  }

  static byte[] sshString(byte[] b) {
    return cat(new byte[] {(byte) (b.length >>> 24), (byte) (b.length >>> 16), (byte) (b.length >>> 8), (byte) b.length}, b);
  }

  static byte[] sshString(String s) {
    return sshString(s.getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] u32(int v) {
    return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
  }

  static byte[] ed25519PublicBlob(byte[] pub) {
    return cat(sshString("ssh-ed25519"), sshString(pub));
  }

  static String openssh(Random r) {
    byte[] seed = bytes(r, 32);
    byte[] pub = bytes(r, 32);
    int check = r.nextInt();
    String comment = pick(r, "deploy@build-01", "ci@runner", "alice@laptop", "root@bastion", "ops@acme.io");
    ByteArrayOutputStream priv = new ByteArrayOutputStream();
    priv.writeBytes(u32(check));
    priv.writeBytes(u32(check));
    priv.writeBytes(sshString("ssh-ed25519"));
    priv.writeBytes(sshString(pub));
    priv.writeBytes(sshString(cat(seed, pub)));
    priv.writeBytes(sshString(comment));
    for (int i = 1; priv.size() % 8 != 0; i++) {
      priv.write(i);
    }
    byte[] body = cat(
        "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII), sshString("none"), sshString("none"),
        sshString(""), u32(1), sshString(ed25519PublicBlob(pub)), sshString(priv.toByteArray()));
    return pem("OPENSSH PRIVATE KEY", body, 70);
  }

  static int crc24(byte[] data) {
    int crc = 0xB704CE;
    for (byte b : data) {
      crc ^= (b & 0xff) << 16;
      for (int i = 0; i < 8; i++) {
        crc <<= 1;
        if ((crc & 0x1000000) != 0) {
          crc ^= 0x1864CFB;
        }
      }
    }
    return crc & 0xFFFFFF;
  }

  static String pgpArmor(String type, byte[] body, String header) {
    String b = b64(body);
    StringBuilder sb = new StringBuilder("-----BEGIN PGP ").append(type).append("-----\n");
    if (header != null) {
      sb.append(header).append('\n');
    }
    sb.append('\n');
    for (int i = 0; i < b.length(); i += 64) {
      sb.append(b, i, Math.min(b.length(), i + 64)).append('\n');
    }
    int crc = crc24(body);
    sb.append('=').append(b64(new byte[] {(byte) (crc >> 16), (byte) (crc >> 8), (byte) crc})).append('\n');
    return sb.append("-----END PGP ").append(type).append("-----").toString();
  }

  static String pgpPrivate(Random r) {
    int len = 900 + r.nextInt(300);
    byte[] pkt = cat(new byte[] {(byte) 0x95, (byte) (len >> 8), (byte) len, 0x04}, bytes(r, 4),
        new byte[] {0x01, 0x08, 0x00}, bytes(r, len - 8));
    return pgpArmor("PRIVATE KEY BLOCK", pkt, r.nextBoolean() ? "Comment: GPGTools - https://gpgtools.org" : null);
  }

  static String putty(Random r) {
    String date = "2024" + String.format("%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28));
    if (r.nextBoolean()) {
      byte[] pub = ed25519PublicBlob(bytes(r, 32));
      String pubB64 = b64(pub);
      return "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-" + date
          + "\nPublic-Lines: 2\n" + pubB64.substring(0, 64) + "\n" + pubB64.substring(64)
          + "\nPrivate-Lines: 1\n" + b64(sshString(bytes(r, 32))) + "\nPrivate-MAC: " + rs(r, HEX, 64);
    }
    String pubB64 = b64(cat(sshString("ssh-rsa"), sshString(new byte[] {1, 0, 1}), sshString(cat(new byte[] {0}, bytes(r, 256)))));
    String privB64 = b64(cat(sshString(bytes(r, 256)), sshString(bytes(r, 129)), sshString(bytes(r, 129)), sshString(bytes(r, 128))));
    StringBuilder sb = new StringBuilder("PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: rsa-key-" + date + "\n");
    List<String> pl = wrap(pubB64, 64);
    sb.append("Public-Lines: ").append(pl.size()).append('\n');
    pl.forEach(l -> sb.append(l).append('\n'));
    List<String> vl = wrap(privB64, 64);
    sb.append("Private-Lines: ").append(vl.size()).append('\n');
    vl.forEach(l -> sb.append(l).append('\n'));
    return sb.append("Private-MAC: ").append(rs(r, HEX, 40)).toString();
  }

  static List<String> wrap(String s, int w) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.length(); i += w) {
      out.add(s.substring(i, Math.min(s.length(), i + w)));
    }
    return out;
  }

  // ---------------------------------------------------------------- checksummed numbers

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
    return luhnCheckDigit(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1) - '0';
  }

  static String card(Random r, String prefix, int length) {
    String partial = prefix + digits(r, length - 1 - prefix.length());
    return partial + luhnCheckDigit(partial);
  }

  static String formatCard(Random r, String pan) {
    int style = r.nextInt(3);
    if (style == 0) {
      return pan;
    }
    String sep = style == 1 ? " " : "-";
    int[] groups;
    if (pan.length() == 15) {
      groups = new int[] {4, 6, 5};
    } else if (pan.length() == 14) {
      groups = new int[] {4, 6, 4};
    } else if (pan.length() == 19) {
      groups = new int[] {4, 4, 4, 4, 3};
    } else {
      groups = new int[] {4, 4, 4, 4};
    }
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (int g : groups) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(pan, i, i + g);
      i += g;
    }
    return sb.toString();
  }

  static int mod97(String numeric) {
    int m = 0;
    for (char c : numeric.toCharArray()) {
      m = (m * 10 + (c - '0')) % 97;
    }
    return m;
  }

  static String ibanNumeric(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (Character.isLetter(c)) {
        sb.append(c - 'A' + 10);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static String iban(String country, String bban) {
    int check = 98 - mod97(ibanNumeric(bban + country + "00"));
    return country + String.format("%02d", check) + bban;
  }

  static boolean ibanValid(String iban) {
    String s = iban.replace(" ", "");
    return mod97(ibanNumeric(s.substring(4) + s.substring(0, 4))) == 1;
  }

  static String spanishDc(String ten) {
    int[] w = {1, 2, 4, 8, 5, 10, 9, 7, 3, 6};
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += (ten.charAt(i) - '0') * w[i];
    }
    int d = 11 - sum % 11;
    return String.valueOf(d == 11 ? 0 : d == 10 ? 1 : d);
  }

  static String randomIban(Random r) {
    switch (r.nextInt(7)) {
      case 0:
        return iban("DE", digits(r, 8) + digits(r, 10));
      case 1:
        return iban("GB", pick(r, "NWBK", "BARC", "HBUK", "LOYD", "MIDL") + digits(r, 6) + digits(r, 8));
      case 2: {
        String bank = digits(r, 5);
        String branch = digits(r, 5);
        String acct = digits(r, 11);
        long key = 97 - (89L * Long.parseLong(bank) + 15L * Long.parseLong(branch) + 3L * (Long.parseLong(acct) % 97)) % 97;
        return iban("FR", bank + branch + acct + String.format("%02d", key));
      }
      case 3:
        return iban("NL", pick(r, "ABNA", "INGB", "RABO", "TRIO", "SNSB") + digits(r, 10));
      case 4: {
        String bank = digits(r, 4);
        String branch = digits(r, 4);
        String acct = digits(r, 10);
        String dc = spanishDc("00" + bank + branch) + spanishDc(acct);
        return iban("ES", bank + branch + dc + acct);
      }
      case 5: {
        String bank = digits(r, 3);
        String acct = digits(r, 7);
        int chk = (int) (Long.parseLong(bank + acct) % 97);
        return iban("BE", bank + acct + String.format("%02d", chk == 0 ? 97 : chk));
      }
      default:
        return iban("CH", digits(r, 5) + digits(r, 12));
    }
  }

  static String groupIban(Random r, String iban) {
    if (r.nextBoolean()) {
      return iban;
    }
    return String.join(" ", wrap(iban, 4));
  }

  static String germanTaxId(Random r) {
    while (true) {
      List<Integer> ds = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        ds.add(i);
      }
      java.util.Collections.shuffle(ds, r);
      // drop one digit, duplicate another: exactly one digit occurs twice
      int dup = ds.get(r.nextInt(9));
      ds.set(9, dup);
      java.util.Collections.shuffle(ds, r);
      if (ds.get(0) == 0) {
        continue;
      }
      StringBuilder sb = new StringBuilder();
      ds.forEach(sb::append);
      int product = 10;
      for (int i = 0; i < 10; i++) {
        int sum = (sb.charAt(i) - '0' + product) % 10;
        if (sum == 0) {
          sum = 10;
        }
        product = (sum * 2) % 11;
      }
      int check = 11 - product;
      if (check == 10) {
        check = 0;
      }
      return sb.append(check).toString();
    }
  }

  static String spanishDni(Random r) {
    String letters = "TRWAGMYFPDXBNJZSQVHLCKE";
    if (r.nextInt(4) == 0) {
      int lead = r.nextInt(3);
      String seven = digits(r, 7);
      long n = Long.parseLong(lead + seven);
      return "XYZ".charAt(lead) + seven + letters.charAt((int) (n % 23));
    }
    String eight = digitsNoLeadingZero(r, 8);
    return eight + letters.charAt((int) (Long.parseLong(eight) % 23));
  }

  static String dutchBsn(Random r) {
    while (true) {
      String eight = pick(r, "1", "2", "3", "6") + digits(r, 7);
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        sum += (9 - i) * (eight.charAt(i) - '0');
      }
      int last = sum % 11;
      if (last < 10) {
        return eight + last;
      }
    }
  }

  static String pesel(Random r) {
    int year = 1950 + r.nextInt(60);
    int month = 1 + r.nextInt(12);
    int day = 1 + r.nextInt(28);
    int mm = year >= 2000 ? month + 20 : month;
    String ten = String.format("%02d%02d%02d", year % 100, mm, day) + digits(r, 4);
    int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += w[i] * (ten.charAt(i) - '0');
    }
    return ten + (10 - sum % 10) % 10;
  }

  static String frenchNir(Random r) {
    String n = (1 + r.nextInt(2)) + String.format("%02d%02d", r.nextInt(100), 1 + r.nextInt(12))
        + String.format("%02d", 1 + r.nextInt(95)) + digits(r, 3) + digits(r, 3);
    long key = 97 - Long.parseLong(n) % 97;
    String full = n + String.format("%02d", key);
    if (r.nextBoolean()) {
      return full.charAt(0) + " " + full.substring(1, 3) + " " + full.substring(3, 5) + " " + full.substring(5, 7) + " "
          + full.substring(7, 10) + " " + full.substring(10, 13) + " " + full.substring(13);
    }
    return full;
  }

  static String swedishPersonnummer(Random r) {
    String nine = String.format("%02d%02d%02d", r.nextInt(100), 1 + r.nextInt(12), 1 + r.nextInt(28)) + digits(r, 3);
    return nine.substring(0, 6) + "-" + nine.substring(6) + luhnCheckDigit(nine);
  }

  // ---------------------------------------------------------------- BIP39

  private static List<String> wordlist;

  static synchronized List<String> bip39Words() {
    if (wordlist == null) {
      try (InputStream in = HeldoutCredentials.class.getResourceAsStream("/io/moltr/core/scan/bip39-english.txt")) {
        if (in == null) {
          throw new IllegalStateException("bip39-english.txt not on the classpath");
        }
        wordlist = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+"));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return wordlist;
  }

  static String bip39(Random r, int words) {
    int entBytes = words == 24 ? 32 : words == 18 ? 24 : 16;
    byte[] ent = bytes(r, entBytes);
    byte[] h = sha256(ent);
    BigInteger bits = new BigInteger(1, ent).shiftLeft(entBytes / 4).or(BigInteger.valueOf((h[0] & 0xff) >> (8 - entBytes / 4)));
    List<String> wl = bip39Words();
    String[] out = new String[words];
    for (int i = words - 1; i >= 0; i--) {
      out[i] = wl.get(bits.and(BigInteger.valueOf(2047)).intValue());
      bits = bits.shiftRight(11);
    }
    return String.join(" ", out);
  }

  // ---------------------------------------------------------------- kinds

  static final String BEARER = "Authorization: Bearer ";

  static final List<Kind> KINDS = new ArrayList<>();

  private static void tok(String name, String vars, String header, Function<Random, String> gen) {
    KINDS.add(new Kind(name, Family.TOKEN, false, List.of(vars.split(",")), header, null, r -> new Cred(gen.apply(r))));
  }

  private static void kw(String name, String vars, String header, Function<Random, String> gen) {
    KINDS.add(new Kind(name, Family.TOKEN, true, List.of(vars.split(",")), header, null, r -> new Cred(gen.apply(r))));
  }

  private static void urlTok(String name, String vars, String urlTemplate, Function<Random, String> gen) {
    KINDS.add(new Kind(name, Family.TOKEN, false, List.of(vars.split(",")), null, urlTemplate, r -> new Cred(gen.apply(r))));
  }

  private static void add(String name, Family f, boolean keyword, String vars, Function<Random, Cred> gen) {
    KINDS.add(new Kind(name, f, keyword, List.of(vars.split(",")), null, null, gen));
  }

  static String host(Random r) {
    return pick(r, "db.internal.acme.io", "10.0.3.17", "pg-prod-1.c9akciq32.eu-west-1.rds.amazonaws.com",
        "mysql.staging.svc.cluster.local", "cluster0.x8kq2.mongodb.net", "redis-14022.c12.us-east-1-4.ec2.cloud.redislabs.com",
        "rabbit.prod.example.net", "db.payments.local");
  }

  static String password(Random r) {
    String sym = "!@#%^*-_+=.?";
    StringBuilder sb = new StringBuilder();
    int n = 14 + r.nextInt(12);
    for (int i = 0; i < n; i++) {
      int c = r.nextInt(10);
      sb.append(c < 7 ? ALNUM.charAt(r.nextInt(ALNUM.length())) : c < 9 ? DIG.charAt(r.nextInt(10)) : sym.charAt(r.nextInt(sym.length())));
    }
    return sb.toString();
  }

  static String urlSafePassword(Random r) {
    return rs(r, ALNUM, 12 + r.nextInt(14)) + (r.nextBoolean() ? "" : pick(r, "-", "_", ".", "~") + rs(r, ALNUM, 4));
  }

  static String projectRef(Random r) {
    return rs(r, LO, 20);
  }

  static {
    // ---- cloud
    tok("aws_access_key_id", "AWS_ACCESS_KEY_ID,aws_access_key_id", null,
        r -> pick(r, "AKIA", "AKIA", "ASIA") + rs(r, UP + "234567", 16));
    kw("aws_secret_access_key", "AWS_SECRET_ACCESS_KEY,aws_secret_access_key,AWS_SECRET_KEY", null,
        r -> rs(r, ALNUM + "+/", 40));
    add("aws_credentials_file", Family.BLOCK, false, "~/.aws/credentials", r -> {
      String secret = rs(r, ALNUM + "+/", 40);
      String v = "[" + pick(r, "default", "prod", "deploy") + "]\naws_access_key_id = AKIA" + rs(r, UP + "234567", 16)
          + "\naws_secret_access_key = " + secret + (r.nextBoolean() ? "\nregion = " + pick(r, "us-east-1", "eu-west-1") : "");
      return new Cred(v, secret);
    });
    tok("google_api_key", "GOOGLE_API_KEY,GEMINI_API_KEY,MAPS_API_KEY", null, r -> "AIza" + rs(r, B64URL, 35));
    tok("google_oauth_client_secret", "GOOGLE_CLIENT_SECRET,client_secret", null, r -> "GOCSPX-" + rs(r, B64URL, 28));
    add("gcp_service_account_json", Family.BLOCK, false, "service-account.json", r -> {
      String project = pick(r, "acme-prod", "billing-etl", "ml-platform", "data-lake") + "-" + digits(r, 6);
      String pem = pem("PRIVATE KEY", pkcs8(rsaPkcs1(r)), 64);
      String sa = pick(r, "deployer", "etl-runner", "ci", "vertex-agent");
      String v = "{\n  \"type\": \"service_account\",\n  \"project_id\": \"" + project + "\",\n  \"private_key_id\": \""
          + rs(r, HEX, 40) + "\",\n  \"private_key\": \"" + pem.replace("\n", "\\n") + "\\n\",\n  \"client_email\": \""
          + sa + "@" + project + ".iam.gserviceaccount.com\",\n  \"client_id\": \"" + digitsNoLeadingZero(r, 21)
          + "\",\n  \"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\",\n  \"token_uri\": \"https://oauth2.googleapis.com/token\",\n"
          + "  \"auth_provider_x509_cert_url\": \"https://www.googleapis.com/oauth2/v1/certs\",\n  \"client_x509_cert_url\": \"https://www.googleapis.com/robot/v1/metadata/x509/"
          + sa + "%40" + project + ".iam.gserviceaccount.com\",\n  \"universe_domain\": \"googleapis.com\"\n}";
      return new Cred(v, pemProbe(pem));
    });
    add("azure_storage_connection_string", Family.URL, false, "AZURE_STORAGE_CONNECTION_STRING,AzureWebJobsStorage", r -> {
      String key = b64(bytes(r, 64));
      return new Cred("DefaultEndpointsProtocol=https;AccountName=" + pick(r, "acmeprodstore", "mlartifacts01", "logsarchive")
          + ";AccountKey=" + key + ";EndpointSuffix=core.windows.net", key);
    });
    kw("azure_client_secret", "AZURE_CLIENT_SECRET,ARM_CLIENT_SECRET", null,
        r -> rs(r, ALNUM, 3) + "8Q~" + rs(r, ALNUM + "-_.~", 34));
    tok("digitalocean_token", "DIGITALOCEAN_TOKEN,DO_TOKEN", BEARER, r -> pick(r, "dop_v1_", "doo_v1_", "dor_v1_") + rs(r, HEX, 64));
    tok("heroku_api_key", "HEROKU_API_KEY", BEARER, r -> "HRKU-" + uuid(r));
    kw("heroku_legacy_api_key", "HEROKU_API_KEY,heroku_api_key", null, HeldoutCredentials::uuid);
    kw("cloudflare_api_token", "CLOUDFLARE_API_TOKEN,CF_API_TOKEN", null, r -> rs(r, B64URL, 40));
    tok("flyio_token", "FLY_API_TOKEN,FLY_ACCESS_TOKEN", null, r -> r.nextBoolean()
        ? "FlyV1 fm2_" + b64(bytes(r, 150)) + ",fm2_" + b64(bytes(r, 90))
        : "fo1_" + rs(r, B64URL, 43));
    kw("vercel_token", "VERCEL_TOKEN,VERCEL_API_TOKEN", BEARER, r -> rs(r, ALNUM, 24));
    tok("netlify_token", "NETLIFY_AUTH_TOKEN", BEARER, r -> "nfp_" + rs(r, ALNUM, 36));
    tok("databricks_token", "DATABRICKS_TOKEN", BEARER, r -> "dapi" + rs(r, HEX, 32) + (r.nextBoolean() ? "-" + (2 + r.nextInt(3)) : ""));
    tok("terraform_cloud_token", "TFE_TOKEN,TF_TOKEN_app_terraform_io", BEARER,
        r -> rs(r, ALNUM, 14) + ".atlasv1." + rs(r, ALNUM, 67));
    tok("vault_token", "VAULT_TOKEN", "X-Vault-Token: ", r -> r.nextInt(3) == 0 ? "hvs." + rs(r, ALNUM, 24)
        : "hvs.CAESI" + rs(r, B64URL, 43) + "Gh4KHGh2cy4" + rs(r, ALNUM, 24));
    tok("pulumi_token", "PULUMI_ACCESS_TOKEN", "Authorization: token ", r -> "pul-" + rs(r, HEX, 40));
    tok("alibaba_access_key_id", "ALIBABA_CLOUD_ACCESS_KEY_ID", null, r -> "LTAI" + rs(r, ALNUM, 20));
    tok("supabase_service_role_jwt", "SUPABASE_SERVICE_ROLE_KEY,SUPABASE_SERVICE_KEY", BEARER, r -> {
      long iat = 1_690_000_000L + r.nextInt(40_000_000);
      return hmacJwt(r, "{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "{\"iss\":\"supabase\",\"ref\":\"" + projectRef(r)
          + "\",\"role\":\"service_role\",\"iat\":" + iat + ",\"exp\":" + (iat + 315_360_000L) + "}");
    });
    tok("supabase_pat", "SUPABASE_ACCESS_TOKEN", BEARER, r -> "sbp_" + rs(r, HEX, 40));
    tok("firebase_fcm_server_key", "FCM_SERVER_KEY,FIREBASE_SERVER_KEY", "Authorization: key=",
        r -> "AAAA" + rs(r, B64URL, 7) + ":APA91b" + rs(r, B64URL, 134));
    tok("planetscale_token", "PLANETSCALE_SERVICE_TOKEN,DATABASE_PASSWORD", null,
        r -> pick(r, "pscale_tkn_", "pscale_pw_", "pscale_oauth_") + rs(r, B64URL, 43));
    tok("tailscale_auth_key", "TS_AUTHKEY,TAILSCALE_AUTH_KEY", null,
        r -> "tskey-" + pick(r, "auth", "api") + "-k" + rs(r, ALNUM, 6 + r.nextInt(3)) + "CNTRL-" + rs(r, ALNUM, 33));
    tok("dockerhub_pat", "DOCKERHUB_TOKEN,DOCKER_PASSWORD", null, r -> "dckr_pat_" + rs(r, B64URL, 27));

    // ---- source hosting / CI
    tok("github_classic_pat", "GITHUB_TOKEN,GH_TOKEN,GITHUB_PAT", "Authorization: token ", r -> checksummed(r, "ghp_"));
    tok("github_oauth_token", "GITHUB_OAUTH_TOKEN,GH_TOKEN", BEARER, r -> checksummed(r, "gho_"));
    tok("github_app_token", "GITHUB_TOKEN,GH_APP_TOKEN", BEARER, r -> checksummed(r, pick(r, "ghs_", "ghu_")));
    tok("github_fine_grained_pat", "GITHUB_TOKEN,GH_PAT", BEARER,
        r -> "github_pat_11" + rs(r, UP + DIG, 20) + "_" + rs(r, ALNUM, 59));
    tok("gitlab_pat", "GITLAB_TOKEN,CI_JOB_TOKEN_OVERRIDE,GL_TOKEN", "PRIVATE-TOKEN: ", r -> "glpat-" + rs(r, B64URL, 20));
    tok("gitlab_deploy_token", "GITLAB_DEPLOY_TOKEN", null, r -> "gldt-" + rs(r, B64URL, 20));
    tok("gitlab_runner_token", "RUNNER_TOKEN,CI_SERVER_TOKEN", null, r -> "glrt-" + (r.nextBoolean() ? "t1_" + rs(r, B64URL, 27) : rs(r, B64URL, 20)));
    tok("gitlab_trigger_token", "TRIGGER_TOKEN", null, r -> "glptt-" + rs(r, HEX, 40));
    tok("bitbucket_app_password", "BITBUCKET_APP_PASSWORD", null, r -> "ATBB" + rs(r, ALNUM, 32));
    tok("npm_token", "NPM_TOKEN,NODE_AUTH_TOKEN", BEARER, r -> checksummed(r, "npm_"));
    tok("pypi_token", "PYPI_API_TOKEN,TWINE_PASSWORD", null,
        r -> "pypi-AgEIcHlwaS5vcmc" + "CJ" + rs(r, B64URL, 8) + "-" + rs(r, B64URL, 140 + r.nextInt(40)));
    tok("postman_api_key", "POSTMAN_API_KEY", "X-Api-Key: ", r -> "PMAK-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 34));
    tok("doppler_token", "DOPPLER_TOKEN", BEARER, r -> pick(r, "dp.pt.", "dp.st.prd.", "dp.st.dev.", "dp.ct.") + rs(r, ALNUM, 43));
    tok("linear_api_key", "LINEAR_API_KEY", "Authorization: ", r -> "lin_api_" + rs(r, ALNUM, 40));
    tok("atlassian_api_token", "JIRA_API_TOKEN,ATLASSIAN_API_TOKEN,CONFLUENCE_TOKEN", null,
        r -> "ATATT3xFfGF0" + rs(r, B64URL, 170 + r.nextInt(10)) + "=" + rs(r, HEXUP, 8));
    tok("notion_token", "NOTION_TOKEN,NOTION_API_KEY", BEARER,
        r -> r.nextBoolean() ? "ntn_" + digits(r, 11) + rs(r, ALNUM, 35) : "secret_" + rs(r, ALNUM, 43));
    tok("figma_token", "FIGMA_TOKEN", "X-Figma-Token: ", r -> "figd_" + rs(r, B64URL, 40));
    tok("airtable_pat", "AIRTABLE_API_KEY,AIRTABLE_TOKEN", BEARER, r -> "pat" + rs(r, ALNUM, 14) + "." + rs(r, HEX, 64));
    tok("contentful_pat", "CONTENTFUL_MANAGEMENT_TOKEN", BEARER, r -> "CFPAT-" + rs(r, B64URL, 43));
    tok("sentry_auth_token", "SENTRY_AUTH_TOKEN", BEARER, r -> "sntryu_" + rs(r, HEX, 64));
    tok("sentry_dsn", "SENTRY_DSN", null, r -> "https://" + rs(r, HEX, 32) + "@o" + digitsNoLeadingZero(r, 6)
        + pick(r, ".ingest.sentry.io/", ".ingest.us.sentry.io/", ".ingest.de.sentry.io/") + digitsNoLeadingZero(r, 7));
    tok("grafana_service_account_token", "GRAFANA_TOKEN,GRAFANA_SA_TOKEN", BEARER, r -> "glsa_" + rs(r, ALNUM, 32) + "_" + rs(r, HEX, 8));
    tok("newrelic_user_key", "NEW_RELIC_API_KEY,NEW_RELIC_USER_KEY", "Api-Key: ", r -> "NRAK-" + rs(r, UP + DIG, 27));
    kw("datadog_api_key", "DD_API_KEY,DATADOG_API_KEY", "DD-API-KEY: ", r -> rs(r, HEX, 32));
    kw("datadog_app_key", "DD_APP_KEY,DATADOG_APP_KEY", "DD-APPLICATION-KEY: ", r -> rs(r, HEX, 40));
    kw("okta_api_token", "OKTA_API_TOKEN,OKTA_TOKEN", "Authorization: SSWS ", r -> "00" + rs(r, B64URL, 40));

    // ---- AI providers
    tok("openai_project_key", "OPENAI_API_KEY", BEARER, r -> "sk-proj-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74));
    tok("openai_service_account_key", "OPENAI_API_KEY,OPENAI_KEY", BEARER,
        r -> "sk-svcacct-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74));
    tok("anthropic_api_key", "ANTHROPIC_API_KEY,CLAUDE_API_KEY", "x-api-key: ", r -> "sk-ant-api03-" + rs(r, B64URL, 93) + "AA");
    tok("groq_api_key", "GROQ_API_KEY", BEARER, r -> "gsk_" + rs(r, ALNUM, 52));
    tok("openrouter_api_key", "OPENROUTER_API_KEY", BEARER, r -> "sk-or-v1-" + rs(r, HEX, 64));
    tok("huggingface_token", "HF_TOKEN,HUGGINGFACE_HUB_TOKEN", BEARER, r -> "hf_" + rs(r, UP + LO, 34));
    tok("replicate_token", "REPLICATE_API_TOKEN", BEARER, r -> "r8_" + rs(r, ALNUM, 37));
    tok("perplexity_api_key", "PERPLEXITY_API_KEY,PPLX_API_KEY", BEARER, r -> "pplx-" + rs(r, ALNUM, 48));
    tok("xai_api_key", "XAI_API_KEY,GROK_API_KEY", BEARER, r -> "xai-" + rs(r, ALNUM, 80));
    tok("langsmith_api_key", "LANGSMITH_API_KEY,LANGCHAIN_API_KEY", "x-api-key: ",
        r -> pick(r, "lsv2_pt_", "lsv2_sk_") + rs(r, HEX, 32) + "_" + rs(r, HEX, 10));

    // ---- messaging / payments / SaaS
    tok("slack_bot_token", "SLACK_BOT_TOKEN", BEARER,
        r -> "xoxb-" + digitsNoLeadingZero(r, 11 + r.nextInt(2)) + "-" + digitsNoLeadingZero(r, 12 + r.nextInt(2)) + "-" + rs(r, ALNUM, 24));
    tok("slack_user_token", "SLACK_USER_TOKEN,SLACK_TOKEN", BEARER,
        r -> "xoxp-" + digitsNoLeadingZero(r, 11) + "-" + digitsNoLeadingZero(r, 11) + "-" + digitsNoLeadingZero(r, 13) + "-" + rs(r, HEX, 32));
    urlTok("slack_webhook", "SLACK_WEBHOOK_URL,SLACK_WEBHOOK", "%s",
        r -> "https://hooks.slack.com/services/T0" + rs(r, UP + DIG, 7 + r.nextInt(2)) + "/B0" + rs(r, UP + DIG, 8 + r.nextInt(2)) + "/" + rs(r, ALNUM, 24));
    urlTok("discord_webhook", "DISCORD_WEBHOOK_URL", "%s",
        r -> "https://" + pick(r, "discord.com", "discordapp.com") + "/api/webhooks/" + digitsNoLeadingZero(r, 19) + "/" + rs(r, B64URL, 68));
    tok("discord_bot_token", "DISCORD_TOKEN,DISCORD_BOT_TOKEN", "Authorization: Bot ", r -> {
      String id = "1" + digits(r, 18);
      return b64url(id) + "." + rs(r, B64URL, 6) + "." + rs(r, B64URL, 38);
    });
    urlTok("telegram_bot_token", "TELEGRAM_BOT_TOKEN,TG_TOKEN", "https://api.telegram.org/bot%s/sendMessage",
        r -> digitsNoLeadingZero(r, 10) + ":AA" + rs(r, B64URL, 33));
    tok("stripe_live_secret_key", "STRIPE_SECRET_KEY,STRIPE_API_KEY", BEARER,
        r -> r.nextBoolean() ? "sk_live_" + rs(r, ALNUM, 24) : "sk_live_51" + rs(r, ALNUM, 97));
    tok("stripe_restricted_key", "STRIPE_RESTRICTED_KEY", BEARER, r -> "rk_live_51" + rs(r, ALNUM, 97));
    tok("stripe_webhook_secret", "STRIPE_WEBHOOK_SECRET", null, r -> "whsec_" + rs(r, ALNUM, 32));
    tok("square_access_token", "SQUARE_ACCESS_TOKEN", BEARER, r -> r.nextBoolean() ? "EAAA" + rs(r, B64URL, 60) : "sq0csp-" + rs(r, B64URL, 43));
    kw("twilio_auth_token", "TWILIO_AUTH_TOKEN", null, r -> rs(r, HEX, 32));
    kw("twilio_api_key_secret", "TWILIO_API_SECRET", null, r -> rs(r, ALNUM, 32));
    tok("sendgrid_api_key", "SENDGRID_API_KEY", BEARER, r -> "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43));
    tok("mailgun_api_key", "MAILGUN_API_KEY", null, r -> "key-" + rs(r, HEX, 32));
    kw("mailchimp_api_key", "MAILCHIMP_API_KEY", null, r -> rs(r, HEX, 32) + "-us" + (1 + r.nextInt(21)));
    tok("brevo_api_key", "BREVO_API_KEY,SENDINBLUE_API_KEY", "api-key: ", r -> "xkeysib-" + rs(r, HEX, 64) + "-" + rs(r, ALNUM, 16));
    tok("shopify_token", "SHOPIFY_ACCESS_TOKEN,SHOPIFY_API_SECRET", "X-Shopify-Access-Token: ",
        r -> pick(r, "shpat_", "shpca_", "shppa_", "shpss_") + rs(r, HEX, 32));
    tok("mapbox_secret_token", "MAPBOX_SECRET_TOKEN,MAPBOX_DOWNLOADS_TOKEN", null,
        r -> "sk." + b64url("{\"u\":\"" + pick(r, "acme-maps", "jdoe", "fleetco") + "\",\"a\":\"cl" + rs(r, LO + DIG, 23) + "\"}") + "." + rs(r, B64URL, 22));

    // ---- keys, crypto
    tok("age_secret_key", "AGE_SECRET_KEY,SOPS_AGE_KEY", null, r -> bech32("age-secret-key-", bytes(r, 32)).toUpperCase());
    tok("bitcoin_wif", "WALLET_WIF,BTC_PRIVATE_KEY", null, r -> {
      boolean compressed = r.nextInt(3) != 0;
      byte[] payload = compressed ? cat(new byte[] {(byte) 0x80}, bytes(r, 32), new byte[] {1}) : cat(new byte[] {(byte) 0x80}, bytes(r, 32));
      return base58check(payload);
    });
    kw("ethereum_private_key", "PRIVATE_KEY,DEPLOYER_PRIVATE_KEY,ETH_PRIVATE_KEY", null, r -> (r.nextBoolean() ? "0x" : "") + rs(r, HEX, 64));
    tok("jwt_hs256_access_token", "ACCESS_TOKEN,AUTH_TOKEN", BEARER, r -> {
      long iat = 1_700_000_000L + r.nextInt(30_000_000);
      return hmacJwt(r, "{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "{\"sub\":\"usr_" + rs(r, ALNUM, 12) + "\",\"org\":\""
          + pick(r, "acme", "globex", "initech") + "\",\"scope\":\"" + pick(r, "read write", "admin", "repo:read deploy") + "\",\"iat\":" + iat
          + ",\"exp\":" + (iat + 3600) + "}");
    });
    add("rsa_private_key", Family.BLOCK, false, "id_rsa,server.key", r -> {
      String p = pem("RSA PRIVATE KEY", rsaPkcs1(r), 64);
      return new Cred(p, pemProbe(p));
    });
    add("pkcs8_private_key", Family.BLOCK, false, "tls.key,private.pem", r -> {
      String p = pem("PRIVATE KEY", pkcs8(rsaPkcs1(r)), 64);
      return new Cred(p, pemProbe(p));
    });
    add("ec_private_key", Family.BLOCK, false, "ec.key,signing-key.pem", r -> {
      String p = pem("EC PRIVATE KEY", ecSec1(r), 64);
      return new Cred(p, p.split("\n")[2]);
    });
    add("openssh_private_key", Family.BLOCK, false, "~/.ssh/id_ed25519,deploy_key", r -> {
      String p = openssh(r);
      return new Cred(p, p.split("\n")[3]);
    });
    add("pgp_private_key", Family.BLOCK, false, "private.asc,signing-key.asc", r -> {
      String p = pgpPrivate(r);
      String[] ls = p.split("\n");
      return new Cred(p, ls[ls.length / 2]);
    });
    add("putty_private_key", Family.BLOCK, false, "id_ed25519.ppk,server.ppk", r -> {
      String p = putty(r);
      String[] ls = p.split("\n");
      int i = 0;
      while (!ls[i].startsWith("Private-Lines")) {
        i++;
      }
      return new Cred(p, ls[i + 1]);
    });
    add("k8s_secret_manifest", Family.BLOCK, false, "secret.yaml", r -> {
      String pw = password(r);
      String token = rs(r, ALNUM, 32 + r.nextInt(16));
      String pwB64 = b64(pw.getBytes(StandardCharsets.UTF_8));
      String app = pick(r, "payments-api", "orders", "billing-worker", "auth-service");
      String v = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + app + "-credentials\n  namespace: " + pick(r, "prod", "default", "staging")
          + "\ntype: Opaque\ndata:\n  DB_USER: " + b64(pick(r, "app", "payments", "svc_orders").getBytes(StandardCharsets.UTF_8))
          + "\n  DB_PASSWORD: " + pwB64 + "\n  " + pick(r, "API_TOKEN", "SESSION_SECRET", "JWT_SIGNING_KEY") + ": "
          + b64(token.getBytes(StandardCharsets.UTF_8));
      return new Cred(v, pwB64);
    });

    // ---- connection strings
    add("db_connection_url", Family.URL, false, "DATABASE_URL,DB_URL,MONGO_URI,REDIS_URL,CELERY_BROKER_URL", r -> {
      String pw = urlSafePassword(r);
      String scheme = pick(r, "postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqps", "mssql");
      String user = pick(r, "app", "admin", "svc_orders", "analytics", "root", "default");
      String v = switch (scheme) {
        case "mongodb+srv" -> scheme + "://" + user + ":" + pw + "@" + host(r) + "/" + pick(r, "prod", "orders") + "?retryWrites=true&w=majority";
        case "redis" -> "redis://" + (r.nextBoolean() ? "" : user) + ":" + pw + "@" + host(r) + ":6379/0";
        default -> scheme + "://" + user + ":" + pw + "@" + host(r) + ":" + pick(r, "5432", "3306", "5671", "1433") + "/" + pick(r, "app", "orders", "analytics");
      };
      return new Cred(v, pw);
    });
    add("https_basic_auth_url", Family.URL, false, "PIP_INDEX_URL,NPM_REGISTRY,GIT_REMOTE,ARTIFACTORY_URL", r -> {
      String pw = urlSafePassword(r);
      String v = "https://" + pick(r, "ci-bot", "deploy", "jenkins", "svc-reader") + ":" + pw + "@"
          + pick(r, "artifacts.acme.io/repository/pypi/simple", "nexus.internal.example.com/repository/npm-private/",
              "git.example.org/platform/infra.git", "registry.acme.dev/v2/");
      return new Cred(v, pw);
    });

    // ---- unknown providers, generic assignments
    kw("dotenv_unknown_provider", "ACME_SIGNING_SECRET,ZEPHYRPAY_API_SECRET,KESTREL_CLIENT_SECRET,ORBITAL_WEBHOOK_SECRET,NIMBUSDB_AUTH_TOKEN,QUILLHQ_PRIVATE_TOKEN,LUMENSYNC_ACCESS_KEY",
        null, r -> switch (r.nextInt(3)) {
          case 0 -> rs(r, HEX, 48 + 16 * r.nextInt(2));
          case 1 -> rs(r, ALNUM, 32 + r.nextInt(20));
          default -> b64(bytes(r, 24 + 8 * r.nextInt(3)));
        });
    kw("generic_api_key_assignment", "api_key,apiKey,API_KEY,apikey,api_token,x_api_key", null,
        r -> pick(r, "", "", "live_", "prod-") + rs(r, ALNUM, 32 + r.nextInt(16)));
    kw("password_assignment", "DB_PASSWORD,db_password,password,SMTP_PASSWORD,REDIS_PASSWORD,ADMIN_PASSWORD", null,
        HeldoutCredentials::password);

    // ---- payment cards
    add("card_visa", Family.PII, false, "card_number,cc_number,pan,Card number", r -> new Cred(formatCard(r, card(r, "4", 16))));
    add("card_mastercard", Family.PII, false, "card_number,cc_number,pan,Card number",
        r -> new Cred(formatCard(r, card(r, r.nextBoolean() ? String.valueOf(51 + r.nextInt(5)) : String.valueOf(2221 + r.nextInt(500)), 16))));
    add("card_amex", Family.PII, false, "card_number,cc_number,pan,Card number", r -> new Cred(formatCard(r, card(r, pick(r, "34", "37"), 15))));
    add("card_discover", Family.PII, false, "card_number,cc_number,pan,Card number", r -> new Cred(formatCard(r, card(r, pick(r, "6011", "65", "644", "649"), 16))));
    add("card_jcb", Family.PII, false, "card_number,cc_number,pan,Card number", r -> new Cred(formatCard(r, card(r, String.valueOf(3528 + r.nextInt(62)), 16))));
    add("card_unionpay", Family.PII, false, "card_number,cc_number,pan,Card number", r -> new Cred(formatCard(r, card(r, "62" + (r.nextInt(8) + 1), r.nextBoolean() ? 16 : 19))));
    add("card_diners", Family.PII, false, "card_number,cc_number,pan,Card number", r -> new Cred(formatCard(r, card(r, pick(r, "36", "300", "305", "38"), 14))));
    add("iban", Family.PII, false, "iban,IBAN,account_iban,beneficiary_iban", r -> new Cred(groupIban(r, randomIban(r))));
    add("de_tax_id", Family.PII, true, "steuer_id,Steuer-ID,Steueridentifikationsnummer,tax_id_de", r -> new Cred(germanTaxId(r)));
    add("es_dni", Family.PII, true, "dni,DNI,NIF,dni_nie", r -> new Cred(spanishDni(r)));
    add("nl_bsn", Family.PII, true, "bsn,BSN,burgerservicenummer", r -> new Cred(dutchBsn(r)));
    add("pl_pesel", Family.PII, true, "pesel,PESEL", r -> new Cred(pesel(r)));
    add("fr_nir", Family.PII, true, "nir,numero_securite_sociale,NIR,n_secu", r -> new Cred(frenchNir(r)));
    add("se_personnummer", Family.PII, true, "personnummer,Personnummer", r -> new Cred(swedishPersonnummer(r)));
    add("bip39_seed_phrase", Family.PII, false, "mnemonic,seed_phrase,MNEMONIC,recovery phrase", r -> new Cred(bip39(r, pick(r, 12, 12, 24))));
  }

  static Kind kind(String name) {
    return KINDS.stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
  }
}
