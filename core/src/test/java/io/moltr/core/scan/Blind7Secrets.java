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
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * Fake credentials for the seventh blind corpus, each in its provider's real shape and with a
 * valid checksum where the format has one (Luhn, mod-97, base58check, BIP39, CRC32, bech32).
 * Everything is random from the caller's seeded {@link Random}; nothing here is a real secret.
 */
final class Blind7Secrets {

  /** How a value is shown: a one-line token, a multi-line block, or a personal-data record. */
  enum Shape { TOKEN, BLOCK, PII }

  /** A generated secret. {@code name} is the variable a config would hold it in. */
  record Secret(String kind, String name, String value, Shape shape) {}

  /** A kind of secret: its id, its usual variable name and how to make one. */
  record Kind(String id, String name, Shape shape, Function<Random, String> make) {
    Secret make(Random r) {
      return new Secret(id, name, make.apply(r), shape);
    }
  }

  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String DIGITS = "0123456789";
  static final String ALNUM = DIGITS + UPPER + LOWER;
  static final String HEX = "0123456789abcdef";
  static final String URLSAFE = ALNUM + "-_";
  static final String B64 = UPPER + LOWER + DIGITS + "+/";
  static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

  private Blind7Secrets() {}

  static String from(Random r, String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** Random text over an alphabet that has at least one digit, one upper and one lower letter. */
  static String mixed(Random r, String alphabet, int n) {
    while (true) {
      String s = from(r, alphabet, n);
      boolean wantDigit = alphabet.chars().anyMatch(Character::isDigit);
      boolean wantUpper = alphabet.chars().anyMatch(Character::isUpperCase);
      boolean wantLower = alphabet.chars().anyMatch(Character::isLowerCase);
      if ((!wantDigit || s.chars().anyMatch(Character::isDigit))
          && (!wantUpper || s.chars().anyMatch(Character::isUpperCase))
          && (!wantLower || s.chars().anyMatch(Character::isLowerCase))) {
        return s;
      }
    }
  }

  static String hex(Random r, int n) {
    return from(r, HEX, n);
  }

  static String digits(Random r, int n) {
    return from(r, DIGITS, n);
  }

  static byte[] bytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  static byte[] sha256(byte[] in) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(in);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static <T> T pick(Random r, List<T> items) {
    return items.get(r.nextInt(items.size()));
  }

  @SafeVarargs
  static <T> T pick(Random r, T... items) {
    return items[r.nextInt(items.length)];
  }

  // ---- checksum helpers (also used by the self-check) ----

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

  /** GitHub-style token: prefix, 30 random base62 chars, then base62 CRC32 of those 30. */
  static String crcToken(Random r, String prefix) {
    String body = from(r, ALNUM, 30);
    return prefix + body + crc6(body);
  }

  static String crc6(String body) {
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.US_ASCII));
    return base62(crc.getValue(), 6);
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

  static String withLuhn(String partial) {
    for (int c = 0; c < 10; c++) {
      if (luhnValid(partial + c)) {
        return partial + c;
      }
    }
    throw new AssertionError();
  }

  static int mod97(String alnum) {
    int m = 0;
    for (char ch : alnum.toCharArray()) {
      String part = Character.isDigit(ch) ? String.valueOf(ch) : String.valueOf(ch - 'A' + 10);
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

  static String iban(String country, String bban) {
    int check = 98 - mod97(bban + country + "00");
    return country + String.format("%02d", check) + bban;
  }

  static String base58(byte[] in) {
    BigInteger n = new BigInteger(1, in);
    StringBuilder sb = new StringBuilder();
    BigInteger fifty8 = BigInteger.valueOf(58);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(fifty8);
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

  static byte[] unbase58(String s) {
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

  static String base58check(byte[] payload) {
    byte[] check = sha256(sha256(payload));
    byte[] all = new byte[payload.length + 4];
    System.arraycopy(payload, 0, all, 0, payload.length);
    System.arraycopy(check, 0, all, payload.length, 4);
    return base58(all);
  }

  static boolean base58checkValid(String s) {
    byte[] all = unbase58(s);
    if (all.length < 5) {
      return false;
    }
    byte[] payload = java.util.Arrays.copyOf(all, all.length - 4);
    byte[] check = sha256(sha256(payload));
    for (int i = 0; i < 4; i++) {
      if (check[i] != all[payload.length + i]) {
        return false;
      }
    }
    return true;
  }

  private static List<String> words;

  static synchronized List<String> bip39Words() {
    if (words == null) {
      try (InputStream in = Blind7Secrets.class.getResourceAsStream("bip39-english.txt")) {
        if (in == null) {
          throw new IllegalStateException("bip39-english.txt not on the classpath");
        }
        words = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+"));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return words;
  }

  static String mnemonic(byte[] entropy) {
    int entBits = entropy.length * 8;
    int csBits = entBits / 32;
    byte[] hash = sha256(entropy);
    BigInteger all = new BigInteger(1, entropy).shiftLeft(csBits)
        .or(BigInteger.valueOf((hash[0] & 0xff) >> (8 - csBits)));
    int n = (entBits + csBits) / 11;
    String[] out = new String[n];
    for (int i = n - 1; i >= 0; i--) {
      out[i] = bip39Words().get(all.intValue() & 0x7ff);
      all = all.shiftRight(11);
    }
    return String.join(" ", out);
  }

  static boolean mnemonicValid(String phrase) {
    String[] ws = phrase.trim().split("\\s+");
    if (ws.length % 3 != 0 || ws.length < 12) {
      return false;
    }
    BigInteger all = BigInteger.ZERO;
    for (String w : ws) {
      int idx = bip39Words().indexOf(w);
      if (idx < 0) {
        return false;
      }
      all = all.shiftLeft(11).or(BigInteger.valueOf(idx));
    }
    int total = ws.length * 11;
    int csBits = total / 33;
    int entBits = total - csBits;
    BigInteger ent = all.shiftRight(csBits);
    byte[] raw = ent.toByteArray();
    byte[] entropy = new byte[entBits / 8];
    int copy = Math.min(raw.length, entropy.length);
    System.arraycopy(raw, raw.length - copy, entropy, entropy.length - copy, copy);
    int cs = all.and(BigInteger.ONE.shiftLeft(csBits).subtract(BigInteger.ONE)).intValue();
    return cs == ((sha256(entropy)[0] & 0xff) >> (8 - csBits));
  }

  private static final int[] BECH32_GEN = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};

  static int bech32Polymod(int[] values) {
    int chk = 1;
    for (int v : values) {
      int b = chk >>> 25;
      chk = ((chk & 0x1ffffff) << 5) ^ v;
      for (int i = 0; i < 5; i++) {
        if (((b >>> i) & 1) != 0) {
          chk ^= BECH32_GEN[i];
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
    int[] exp = hrpExpand(hrp);
    int[] values = new int[exp.length + five.size() + 6];
    System.arraycopy(exp, 0, values, 0, exp.length);
    for (int i = 0; i < five.size(); i++) {
      values[exp.length + i] = five.get(i);
    }
    int mod = bech32Polymod(values) ^ 1;
    StringBuilder sb = new StringBuilder(hrp).append('1');
    for (int v : five) {
      sb.append(BECH32.charAt(v));
    }
    for (int i = 0; i < 6; i++) {
      sb.append(BECH32.charAt((mod >> (5 * (5 - i))) & 31));
    }
    return sb.toString();
  }

  static boolean bech32Valid(String s) {
    String lower = s.toLowerCase();
    int sep = lower.lastIndexOf('1');
    String hrp = lower.substring(0, sep);
    int[] exp = hrpExpand(hrp);
    String data = lower.substring(sep + 1);
    int[] values = new int[exp.length + data.length()];
    System.arraycopy(exp, 0, values, 0, exp.length);
    for (int i = 0; i < data.length(); i++) {
      values[exp.length + i] = BECH32.indexOf(data.charAt(i));
    }
    return bech32Polymod(values) == 1;
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

  static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  static String b64url(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  static String wrap(String s, int width) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i += width) {
      sb.append(s, i, Math.min(s.length(), i + width)).append('\n');
    }
    return sb.toString();
  }

  static String pem(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n" + wrap(b64(der), 64) + "-----END " + label + "-----";
  }

  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  static byte[] hexBytes(String h) {
    byte[] out = new byte[h.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
    }
    return out;
  }

  static byte[] sshString(byte[] b) {
    return concat(new byte[] {0, 0, (byte) (b.length >> 8), (byte) b.length}, b);
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  // ---- the kinds ----

  static String jwt(Random r, String payloadJson) {
    String header = pick(r, "{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\""
        + hex(r, 16) + "\"}", "{\"typ\":\"JWT\",\"alg\":\"HS512\"}");
    int sigLen = header.contains("RS256") ? 342 : header.contains("HS512") ? 86 : 43;
    return b64url(header) + "." + b64url(payloadJson) + "." + from(r, URLSAFE, sigLen);
  }

  static long epoch(Random r) {
    return 1_700_000_000L + r.nextInt(60_000_000);
  }

  static String rsaPem(Random r) {
    byte[] der = concat(hexBytes("308204a40201000282010100"), bytes(r, 256), hexBytes("0203010001028201"),
        bytes(r, 900));
    return pem("RSA PRIVATE KEY", der);
  }

  static String pkcs8Pem(Random r) {
    byte[] der = concat(hexBytes("308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100"),
        bytes(r, 1180));
    return pem("PRIVATE KEY", der);
  }

  static String ecPem(Random r) {
    byte[] der = concat(hexBytes("30770201010420"), bytes(r, 32), hexBytes("a00a06082a8648ce3d030107a14403420004"),
        bytes(r, 64));
    return pem("EC PRIVATE KEY", der);
  }

  static String opensshPem(Random r) {
    byte[] pub = concat(sshString(ascii("ssh-ed25519")), sshString(bytes(r, 32)));
    byte[] check = bytes(r, 4);
    byte[] priv = concat(check, check, sshString(ascii("ssh-ed25519")), sshString(bytes(r, 32)),
        sshString(bytes(r, 64)), sshString(ascii("deploy@build-" + digits(r, 2))), new byte[] {1, 2, 3});
    byte[] all = concat(ascii("openssh-key-v1\0"), sshString(ascii("none")), sshString(ascii("none")),
        sshString(new byte[0]), new byte[] {0, 0, 0, 1}, sshString(pub), sshString(priv));
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + wrap(b64(all), 70) + "-----END OPENSSH PRIVATE KEY-----";
  }

  static String pgpPrivate(Random r) {
    byte[] body = concat(hexBytes("9503c6"), bytes(r, 4), new byte[] {1}, bytes(r, 950));
    int crc = crc24(body);
    byte[] crcBytes = {(byte) (crc >> 16), (byte) (crc >> 8), (byte) crc};
    return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + wrap(b64(body), 64) + "=" + b64(crcBytes)
        + "\n-----END PGP PRIVATE KEY BLOCK-----";
  }

  static String putty(Random r) {
    byte[] pub = concat(sshString(ascii("ssh-ed25519")), sshString(bytes(r, 32)));
    return "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-2025" + digits(r, 4)
        + "\nPublic-Lines: 2\n" + wrap(b64(pub), 64) + "Private-Lines: 1\n" + b64(sshString(bytes(r, 32)))
        + "\nPrivate-MAC: " + hex(r, 64);
  }

  static String ageKey(Random r) {
    return bech32("age-secret-key-", bytes(r, 32)).toUpperCase();
  }

  static String wif(Random r) {
    boolean compressed = r.nextBoolean();
    byte[] payload = concat(new byte[] {(byte) 0x80}, bytes(r, 32), compressed ? new byte[] {1} : new byte[0]);
    return base58check(payload);
  }

  static String seed(Random r) {
    return mnemonic(bytes(r, pick(r, 16, 16, 32, 20)));
  }

  static String card(Random r) {
    int network = r.nextInt(9);
    String digits = switch (network) {
      case 0 -> withLuhn("4" + digits(r, 14));
      case 1 -> withLuhn("5" + (1 + r.nextInt(5)) + digits(r, 13));
      case 2 -> withLuhn((2221 + r.nextInt(500)) + digits(r, 11));
      case 3 -> withLuhn(pick(r, "34", "37") + digits(r, 12));
      case 4 -> withLuhn("6011" + digits(r, 11));
      case 5 -> withLuhn((3528 + r.nextInt(62)) + digits(r, 11));
      case 6 -> withLuhn("36" + digits(r, 11));
      case 7 -> withLuhn("62" + digits(r, 14 + (r.nextBoolean() ? 0 : 3)));
      default -> withLuhn("6759" + digits(r, 11));
    };
    return groupCard(r, digits);
  }

  static String groupCard(Random r, String digits) {
    int style = r.nextInt(3);
    if (style == 0 || digits.length() > 16) {
      return digits;
    }
    String sep = style == 1 ? " " : "-";
    if (digits.length() == 15) {
      return digits.substring(0, 4) + sep + digits.substring(4, 10) + sep + digits.substring(10);
    }
    if (digits.length() == 14) {
      return digits.substring(0, 4) + sep + digits.substring(4, 10) + sep + digits.substring(10);
    }
    return digits.substring(0, 4) + sep + digits.substring(4, 8) + sep + digits.substring(8, 12) + sep
        + digits.substring(12);
  }

  static String ibanValue(Random r) {
    String iban = switch (r.nextInt(7)) {
      case 0 -> iban("DE", digits(r, 18));
      case 1 -> iban("GB", from(r, UPPER, 4) + digits(r, 14));
      case 2 -> iban("NL", from(r, UPPER, 4) + digits(r, 10));
      case 3 -> {
        String first = digits(r, 10);
        long rest = Long.parseLong(first) % 97;
        yield iban("BE", first + String.format("%02d", rest == 0 ? 97 : rest));
      }
      case 4 -> iban("CH", digits(r, 5) + from(r, DIGITS + UPPER, 12));
      case 5 -> iban("PL", digits(r, 24));
      default -> {
        String bank = digits(r, 5);
        String branch = digits(r, 5);
        String acct = digits(r, 11);
        long key = 97 - ((89 * Long.parseLong(bank) + 15 * Long.parseLong(branch)
            + 3 * (Long.parseLong(acct) % 97)) % 97);
        yield iban("FR", bank + branch + acct + String.format("%02d", key));
      }
    };
    if (r.nextBoolean()) {
      return iban.replaceAll("(.{4})", "$1 ").trim();
    }
    return iban;
  }

  static String cpf(Random r) {
    int[] d = new int[11];
    for (int i = 0; i < 9; i++) {
      d[i] = r.nextInt(10);
    }
    d[0] = 1 + r.nextInt(9);
    for (int k = 9; k <= 10; k++) {
      int sum = 0;
      for (int i = 0; i < k; i++) {
        sum += d[i] * (k + 1 - i);
      }
      int c = (sum * 10) % 11;
      d[k] = c == 10 ? 0 : c;
    }
    StringBuilder s = new StringBuilder();
    for (int x : d) {
      s.append(x);
    }
    String v = s.toString();
    return v.substring(0, 3) + "." + v.substring(3, 6) + "." + v.substring(6, 9) + "-" + v.substring(9);
  }

  static String bsn(Random r) {
    while (true) {
      String v = (1 + r.nextInt(8)) + digits(r, 8);
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        sum += (9 - i) * (v.charAt(i) - '0');
      }
      sum -= v.charAt(8) - '0';
      if (sum % 11 == 0) {
        return v;
      }
    }
  }

  static String dni(Random r) {
    int n = 10_000_000 + r.nextInt(89_999_999);
    return n + String.valueOf("TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23));
  }

  static String pesel(Random r) {
    int yy = 50 + r.nextInt(49);
    int mm = 1 + r.nextInt(12);
    int dd = 1 + r.nextInt(28);
    String v = String.format("%02d%02d%02d", yy, mm, dd) + digits(r, 4);
    int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += w[i] * (v.charAt(i) - '0');
    }
    return v + (10 - sum % 10) % 10;
  }

  private static final int[][] VD = {
      {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
      {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
      {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
      {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
  private static final int[][] VP = {
      {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
      {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
      {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
  private static final int[] VINV = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};

  static boolean verhoeffValid(String num) {
    int c = 0;
    for (int i = 0; i < num.length(); i++) {
      c = VD[c][VP[i % 8][num.charAt(num.length() - 1 - i) - '0']];
    }
    return c == 0;
  }

  static String aadhaar(Random r) {
    String base = (2 + r.nextInt(8)) + digits(r, 10);
    int c = 0;
    for (int i = 0; i < base.length(); i++) {
      c = VD[c][VP[(i + 1) % 8][base.charAt(base.length() - 1 - i) - '0']];
    }
    String v = base + VINV[c];
    return v.substring(0, 4) + " " + v.substring(4, 8) + " " + v.substring(8);
  }

  static String chinaId(Random r) {
    String v = pick(r, "110101", "310104", "440305", "510107") + (1960 + r.nextInt(40))
        + String.format("%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)) + digits(r, 3);
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += w[i] * (v.charAt(i) - '0');
    }
    return v + "10X98765432".charAt(sum % 11);
  }

  static String swedish(Random r) {
    String v = String.format("%02d%02d%02d", 50 + r.nextInt(49), 1 + r.nextInt(12), 1 + r.nextInt(28))
        + digits(r, 3);
    String full = withLuhn(v);
    return full.substring(0, 6) + "-" + full.substring(6);
  }

  static String sin(Random r) {
    String v = withLuhn((1 + r.nextInt(7)) + digits(r, 7));
    return v.substring(0, 3) + " " + v.substring(3, 6) + " " + v.substring(6);
  }

  static String hetu(Random r) {
    String ddmmyy = String.format("%02d%02d%02d", 1 + r.nextInt(28), 1 + r.nextInt(12), r.nextInt(100));
    String zzz = String.format("%03d", 2 + r.nextInt(897));
    int n = Integer.parseInt(ddmmyy + zzz) % 31;
    return ddmmyy + pick(r, "-", "A") + zzz + "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt(n);
  }

  static String nhs(Random r) {
    while (true) {
      String v = (4 + r.nextInt(2)) + digits(r, 8);
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (10 - i) * (v.charAt(i) - '0');
      }
      int c = 11 - sum % 11;
      if (c == 10) {
        continue;
      }
      v += c == 11 ? 0 : c;
      return v.substring(0, 3) + " " + v.substring(3, 6) + " " + v.substring(6);
    }
  }

  static String nir(Random r) {
    String v = (1 + r.nextInt(2)) + String.format("%02d%02d", 50 + r.nextInt(49), 1 + r.nextInt(12))
        + String.format("%02d", 1 + r.nextInt(95)) + digits(r, 6);
    long key = 97 - Long.parseLong(v) % 97;
    return v.charAt(0) + " " + v.substring(1, 3) + " " + v.substring(3, 5) + " " + v.substring(5, 7) + " "
        + v.substring(7, 10) + " " + v.substring(10) + " " + String.format("%02d", key);
  }

  static final List<Kind> KINDS = List.of(
      new Kind("aws-access-key", "AWS_ACCESS_KEY_ID", Shape.TOKEN, r -> "AKIA" + from(r, UPPER + "234567", 16)),
      new Kind("aws-secret-key", "AWS_SECRET_ACCESS_KEY", Shape.TOKEN, r -> mixed(r, B64, 40)),
      new Kind("openai-project", "OPENAI_API_KEY", Shape.TOKEN,
          r -> "sk-proj-" + mixed(r, URLSAFE, 74) + "T3BlbkFJ" + mixed(r, URLSAFE, 74)),
      new Kind("openai-legacy", "OPENAI_API_KEY", Shape.TOKEN,
          r -> "sk-" + mixed(r, ALNUM, 20) + "T3BlbkFJ" + mixed(r, ALNUM, 20)),
      new Kind("anthropic", "ANTHROPIC_API_KEY", Shape.TOKEN, r -> "sk-ant-api03-" + mixed(r, URLSAFE, 93) + "AA"),
      new Kind("stripe-secret", "STRIPE_SECRET_KEY", Shape.TOKEN, r -> "sk_live_51" + mixed(r, ALNUM, 97)),
      new Kind("stripe-restricted", "STRIPE_RESTRICTED_KEY", Shape.TOKEN, r -> "rk_live_51" + mixed(r, ALNUM, 97)),
      new Kind("stripe-webhook", "STRIPE_WEBHOOK_SECRET", Shape.TOKEN, r -> "whsec_" + mixed(r, ALNUM, 32)),
      new Kind("slack-bot", "SLACK_BOT_TOKEN", Shape.TOKEN,
          r -> "xoxb-" + digits(r, 12) + "-" + digits(r, 13) + "-" + mixed(r, ALNUM, 24)),
      new Kind("slack-user", "SLACK_USER_TOKEN", Shape.TOKEN,
          r -> "xoxp-" + digits(r, 12) + "-" + digits(r, 12) + "-" + digits(r, 13) + "-" + hex(r, 32)),
      new Kind("slack-webhook", "SLACK_WEBHOOK_URL", Shape.TOKEN,
          r -> "https://hooks.slack.com/services/T" + from(r, UPPER + DIGITS, 8) + "/B" + from(r, UPPER + DIGITS, 10)
              + "/" + mixed(r, ALNUM, 24)),
      new Kind("github-pat", "GITHUB_TOKEN", Shape.TOKEN, r -> crcToken(r, "ghp_")),
      new Kind("github-oauth", "GH_OAUTH_TOKEN", Shape.TOKEN, r -> crcToken(r, pick(r, "gho_", "ghu_", "ghs_"))),
      new Kind("github-fine", "GITHUB_PAT", Shape.TOKEN,
          r -> "github_pat_11" + from(r, UPPER + DIGITS, 20) + "_" + mixed(r, ALNUM, 59)),
      new Kind("gitlab-pat", "GITLAB_TOKEN", Shape.TOKEN, r -> "glpat-" + mixed(r, URLSAFE, 20)),
      new Kind("gitlab-deploy", "CI_DEPLOY_PASSWORD", Shape.TOKEN, r -> "gldt-" + mixed(r, URLSAFE, 20)),
      new Kind("gitlab-runner", "RUNNER_TOKEN", Shape.TOKEN, r -> "glrt-" + mixed(r, URLSAFE, 20)),
      new Kind("gitlab-trigger", "TRIGGER_TOKEN", Shape.TOKEN, r -> "glptt-" + hex(r, 40)),
      new Kind("npm", "NPM_TOKEN", Shape.TOKEN, r -> crcToken(r, "npm_")),
      new Kind("pypi", "PYPI_API_TOKEN", Shape.TOKEN,
          r -> "pypi-AgEIcHlwaS5vcmc" + mixed(r, URLSAFE, 160)),
      new Kind("huggingface", "HF_TOKEN", Shape.TOKEN, r -> "hf_" + mixed(r, UPPER + LOWER, 34)),
      new Kind("groq", "GROQ_API_KEY", Shape.TOKEN, r -> "gsk_" + mixed(r, ALNUM, 52)),
      new Kind("openrouter", "OPENROUTER_API_KEY", Shape.TOKEN, r -> "sk-or-v1-" + hex(r, 64)),
      new Kind("google-oauth-secret", "GOOGLE_CLIENT_SECRET", Shape.TOKEN, r -> "GOCSPX-" + mixed(r, URLSAFE, 28)),
      new Kind("google-api-key", "GOOGLE_API_KEY", Shape.TOKEN, r -> "AIza" + mixed(r, URLSAFE, 35)),
      new Kind("gcp-service-account", "GOOGLE_APPLICATION_CREDENTIALS_JSON", Shape.BLOCK,
          r -> serviceAccount(r)),
      new Kind("azure-storage", "AZURE_STORAGE_CONNECTION_STRING", Shape.TOKEN,
          r -> "DefaultEndpointsProtocol=https;AccountName=st" + from(r, LOWER + DIGITS, 10) + ";AccountKey="
              + b64(bytes(r, 64)) + ";EndpointSuffix=core.windows.net"),
      new Kind("azure-sas", "AZURE_BLOB_SAS_URL", Shape.TOKEN,
          r -> "https://st" + from(r, LOWER + DIGITS, 10) + ".blob.core.windows.net/backups?sv=2022-11-02&ss=b"
              + "&srt=sco&sp=rwdlacx&se=2026-12-31T23:59:59Z&st=2025-11-01T00:00:00Z&spr=https&sig="
              + b64(bytes(r, 32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")),
      new Kind("azure-ad-secret", "AZURE_CLIENT_SECRET", Shape.TOKEN,
          r -> from(r, ALNUM, 3) + r.nextInt(10) + "Q~" + mixed(r, ALNUM + "_~.-", 34)),
      new Kind("twilio-auth", "TWILIO_AUTH_TOKEN", Shape.TOKEN, r -> hex(r, 32)),
      new Kind("twilio-api-key", "TWILIO_API_KEY_SID_AND_SECRET", Shape.TOKEN,
          r -> "SK" + hex(r, 32) + ":" + mixed(r, ALNUM, 32)),
      new Kind("mailgun", "MAILGUN_API_KEY", Shape.TOKEN, r -> "key-" + hex(r, 32)),
      new Kind("mailchimp", "MAILCHIMP_API_KEY", Shape.TOKEN, r -> hex(r, 32) + "-us" + (1 + r.nextInt(21))),
      new Kind("sendgrid", "SENDGRID_API_KEY", Shape.TOKEN,
          r -> "SG." + mixed(r, URLSAFE, 22) + "." + mixed(r, URLSAFE, 43)),
      new Kind("shopify", "SHOPIFY_ACCESS_TOKEN", Shape.TOKEN, r -> pick(r, "shpat_", "shpss_", "shpca_") + hex(r, 32)),
      new Kind("digitalocean", "DIGITALOCEAN_TOKEN", Shape.TOKEN, r -> pick(r, "dop_v1_", "doo_v1_") + hex(r, 64)),
      new Kind("heroku", "HEROKU_API_KEY", Shape.TOKEN, r -> "HRKU-AA" + mixed(r, URLSAFE, 58)),
      new Kind("datadog", "DD_API_KEY", Shape.TOKEN, r -> hex(r, 32)),
      new Kind("datadog-app", "DD_APP_KEY", Shape.TOKEN, r -> hex(r, 40)),
      new Kind("newrelic", "NEW_RELIC_API_KEY", Shape.TOKEN, r -> "NRAK-" + from(r, UPPER + DIGITS, 27)),
      new Kind("newrelic-license", "NEW_RELIC_LICENSE_KEY", Shape.TOKEN, r -> hex(r, 36) + "NRAL"),
      new Kind("sentry-dsn-secret", "SENTRY_DSN", Shape.TOKEN,
          r -> "https://" + hex(r, 32) + ":" + hex(r, 32) + "@o" + digits(r, 6) + ".ingest.sentry.io/" + digits(r, 7)),
      new Kind("sentry-auth", "SENTRY_AUTH_TOKEN", Shape.TOKEN, r -> "sntryu_" + hex(r, 64)),
      new Kind("discord-bot", "DISCORD_BOT_TOKEN", Shape.TOKEN,
          r -> Base64.getEncoder().withoutPadding().encodeToString(
                  ("1" + digits(r, 18)).getBytes(StandardCharsets.US_ASCII))
              + "." + mixed(r, URLSAFE, 6) + "." + mixed(r, URLSAFE, 38)),
      new Kind("discord-webhook", "DISCORD_WEBHOOK_URL", Shape.TOKEN,
          r -> "https://discord.com/api/webhooks/1" + digits(r, 18) + "/" + mixed(r, URLSAFE, 68)),
      new Kind("linear", "LINEAR_API_KEY", Shape.TOKEN, r -> "lin_api_" + mixed(r, ALNUM, 40)),
      new Kind("notion", "NOTION_TOKEN", Shape.TOKEN, r -> "ntn_" + digits(r, 11) + mixed(r, ALNUM, 35)),
      new Kind("notion-legacy", "NOTION_API_KEY", Shape.TOKEN, r -> "secret_" + mixed(r, ALNUM, 43)),
      new Kind("atlassian", "JIRA_API_TOKEN", Shape.TOKEN,
          r -> "ATATT3xFfGF0" + mixed(r, URLSAFE, 170) + "=" + from(r, "0123456789ABCDEF", 8)),
      new Kind("doppler", "DOPPLER_TOKEN", Shape.TOKEN,
          r -> "dp.st." + pick(r, "prd", "stg", "dev") + "." + mixed(r, ALNUM, 40)),
      new Kind("vault", "VAULT_TOKEN", Shape.TOKEN, r -> "hvs.CAESI" + mixed(r, URLSAFE, 86)),
      new Kind("terraform-cloud", "TFE_TOKEN", Shape.TOKEN,
          r -> mixed(r, ALNUM, 14) + ".atlasv1." + mixed(r, ALNUM, 67)),
      new Kind("databricks", "DATABRICKS_TOKEN", Shape.TOKEN, r -> "dapi" + hex(r, 32) + pick(r, "", "-2", "-3")),
      new Kind("cloudflare", "CLOUDFLARE_API_TOKEN", Shape.TOKEN, r -> mixed(r, URLSAFE, 40)),
      new Kind("cloudflare-origin-ca", "CF_ORIGIN_CA_KEY", Shape.TOKEN,
          r -> "v1.0-" + hex(r, 24) + "-" + hex(r, 146)),
      new Kind("flyio", "FLY_API_TOKEN", Shape.TOKEN, r -> "FlyV1 fm2_" + b64(bytes(r, 180))),
      new Kind("vercel", "VERCEL_TOKEN", Shape.TOKEN, r -> mixed(r, ALNUM, 24)),
      new Kind("netlify", "NETLIFY_AUTH_TOKEN", Shape.TOKEN, r -> "nfp_" + mixed(r, ALNUM, 36)),
      new Kind("supabase-service", "SUPABASE_SERVICE_ROLE_KEY", Shape.TOKEN,
          r -> jwt(r, "{\"iss\":\"supabase\",\"ref\":\"" + from(r, LOWER, 20) + "\",\"role\":\"service_role\",\"iat\":"
              + epoch(r) + ",\"exp\":" + (epoch(r) + 315_000_000L) + "}")),
      new Kind("supabase-secret", "SUPABASE_SECRET_KEY", Shape.TOKEN, r -> "sb_secret_" + mixed(r, URLSAFE, 31)),
      new Kind("firebase-fcm", "FCM_SERVER_KEY", Shape.TOKEN,
          r -> "AAAA" + mixed(r, URLSAFE, 7) + ":APA91b" + mixed(r, URLSAFE, 134)),
      new Kind("planetscale", "PLANETSCALE_SERVICE_TOKEN", Shape.TOKEN,
          r -> pick(r, "pscale_tkn_", "pscale_pw_") + mixed(r, URLSAFE, 43)),
      new Kind("postman", "POSTMAN_API_KEY", Shape.TOKEN, r -> "PMAK-" + hex(r, 24) + "-" + hex(r, 34)),
      new Kind("telegram-bot", "TELEGRAM_BOT_TOKEN", Shape.TOKEN,
          r -> (1 + r.nextInt(9)) + digits(r, 9) + ":AA" + mixed(r, URLSAFE, 33)),
      new Kind("jwt", "SESSION_JWT", Shape.TOKEN,
          r -> jwt(r, "{\"sub\":\"" + digits(r, 8) + "\",\"name\":\"svc-" + from(r, LOWER, 6) + "\",\"scope\":\"admin\",\"iat\":"
              + epoch(r) + "}")),
      new Kind("basic-auth-url", "DATABASE_URL", Shape.TOKEN, r -> basicAuthUrl(r)),
      new Kind("dotenv-generic", "APP_SIGNING_SECRET", Shape.TOKEN, r -> mixed(r, ALNUM + "+/_-", 44)),
      new Kind("generic-password", "DB_PASSWORD", Shape.TOKEN,
          r -> mixed(r, ALNUM, 6) + pick(r, "!", "#", "%", "&", "*", "@") + mixed(r, ALNUM, 6)
              + pick(r, "$", "^", "!", "?") + mixed(r, ALNUM, 4)),
      new Kind("generic-unknown-provider", "ACME_CLOUD_API_TOKEN", Shape.TOKEN,
          r -> pick(r, "acm_live_", "zx1_", "") + mixed(r, ALNUM, 40)),
      new Kind("rsa-private-key", "TLS_KEY", Shape.BLOCK, Blind7Secrets::rsaPem),
      new Kind("pkcs8-private-key", "JWT_PRIVATE_KEY", Shape.BLOCK, Blind7Secrets::pkcs8Pem),
      new Kind("ec-private-key", "SIGNING_KEY", Shape.BLOCK, Blind7Secrets::ecPem),
      new Kind("openssh-private-key", "DEPLOY_KEY", Shape.BLOCK, Blind7Secrets::opensshPem),
      new Kind("pgp-private-key", "GPG_PRIVATE_KEY", Shape.BLOCK, Blind7Secrets::pgpPrivate),
      new Kind("putty-private-key", "PPK", Shape.BLOCK, Blind7Secrets::putty),
      new Kind("age-secret-key", "SOPS_AGE_KEY", Shape.TOKEN, Blind7Secrets::ageKey),
      new Kind("k8s-secret", "K8S_SECRET", Shape.BLOCK, Blind7Secrets::k8sSecret),
      new Kind("wif", "BTC_WIF", Shape.TOKEN, Blind7Secrets::wif),
      new Kind("bip39", "WALLET_MNEMONIC", Shape.PII, Blind7Secrets::seed),
      new Kind("card", "card_number", Shape.PII, Blind7Secrets::card),
      new Kind("iban", "iban", Shape.PII, Blind7Secrets::ibanValue),
      new Kind("national-id", "national_id", Shape.PII, Blind7Secrets::nationalId));

  static String nationalId(Random r) {
    return switch (r.nextInt(10)) {
      case 0 -> "CPF|" + cpf(r);
      case 1 -> "BSN|" + bsn(r);
      case 2 -> "DNI|" + dni(r);
      case 3 -> "PESEL|" + pesel(r);
      case 4 -> "Aadhaar|" + aadhaar(r);
      case 5 -> "Resident ID (居民身份证)|" + chinaId(r);
      case 6 -> "Personnummer|" + swedish(r);
      case 7 -> "SIN|" + sin(r);
      case 8 -> "HETU|" + hetu(r);
      default -> r.nextBoolean() ? "NHS number|" + nhs(r) : "NIR|" + nir(r);
    };
  }

  static String basicAuthUrl(Random r) {
    String user = pick(r, "app", "svc_etl", "deploy", "admin", "reporting");
    String pw = mixed(r, ALNUM, 10) + pick(r, "", "-", "_", ".") + mixed(r, ALNUM, 8);
    String host = pick(r, "db-prod-1.internal", "10.20.3.14", "pg.cluster-c" + from(r, LOWER + DIGITS, 12)
        + ".eu-west-1.rds.amazonaws.com", "cluster0." + from(r, LOWER + DIGITS, 5) + ".mongodb.net",
        "rabbit.svc.cluster.local", "git.corp.example.net");
    return switch (r.nextInt(6)) {
      case 0 -> "postgres://" + user + ":" + pw + "@" + host + ":5432/app";
      case 1 -> "mysql://" + user + ":" + pw + "@" + host + ":3306/orders";
      case 2 -> "mongodb+srv://" + user + ":" + pw + "@" + host + "/prod?retryWrites=true&w=majority";
      case 3 -> "redis://default:" + pw + "@" + host + ":6379/0";
      case 4 -> "amqp://" + user + ":" + pw + "@" + host + ":5672/%2F";
      default -> "https://" + user + ":" + pw + "@" + host + "/scm/platform/infra.git";
    };
  }

  static String serviceAccount(Random r) {
    String project = pick(r, "acme-data", "billing-prod", "ml-platform") + "-" + digits(r, 6);
    String pemKey = pkcs8Pem(r).replace("\n", "\\n") + "\\n";
    return "{\n  \"type\": \"service_account\",\n  \"project_id\": \"" + project + "\",\n"
        + "  \"private_key_id\": \"" + hex(r, 40) + "\",\n"
        + "  \"private_key\": \"" + pemKey + "\",\n"
        + "  \"client_email\": \"etl-runner@" + project + ".iam.gserviceaccount.com\",\n"
        + "  \"client_id\": \"1" + digits(r, 20) + "\",\n"
        + "  \"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\",\n"
        + "  \"token_uri\": \"https://oauth2.googleapis.com/token\",\n"
        + "  \"universe_domain\": \"googleapis.com\"\n}";
  }

  static String k8sSecret(Random r) {
    String pw = mixed(r, ALNUM, 12) + pick(r, "!", "#", "%") + mixed(r, ALNUM, 8);
    String key = mixed(r, ALNUM, 40);
    return "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + pick(r, "orders-db", "payments-api", "etl-creds")
        + "\n  namespace: " + pick(r, "prod", "default", "data") + "\ntype: Opaque\ndata:\n"
        + "  username: " + b64(ascii(pick(r, "orders", "payments", "etl"))) + "\n"
        + "  password: " + b64(ascii(pw)) + "\n"
        + "  api-key: " + b64(ascii(key)) + "\n";
  }
}
