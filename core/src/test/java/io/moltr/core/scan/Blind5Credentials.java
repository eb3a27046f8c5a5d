package io.moltr.core.scan;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * Credentials of the fifth blind corpus, written from the providers' documented formats, with the
 * real checksums where a format has one. Seeded and deterministic.
 */
final class Blind5Credentials {
  static final String DIGITS = "0123456789";
  static final String HEX = "0123456789abcdef";
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String ALNUM = DIGITS + UPPER + LOWER;
  static final String BASE62 = DIGITS + UPPER + LOWER;
  static final String URLSAFE = ALNUM + "-_";
  static final String B64 = UPPER + LOWER + DIGITS + "+/";
  static final String B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

  /** How a credential sits in text: one token, a URL, a PEM block, a word phrase, a number. */
  enum Shape { TOKEN, URL, PEM, PHRASE, NUMBER }

  /**
   * One credential. {@code name} is the variable a program would keep it in; {@code selfNamed}
   * says the value is recognisable without that name (a prefix, a checksum, a header).
   */
  record Cred(String kind, String name, String value, Shape shape, boolean selfNamed) {
    /** What an encoding wraps: the value itself, or NAME=value when the value needs its name. */
    String payload() {
      return selfNamed ? value : name + "=" + value;
    }
  }

  record Kind(String id, Function<Random, Cred> make) {}

  private Blind5Credentials() {}

  static String pick(Random r, String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** Random text over an alphabet that holds at least one digit, one upper and one lower letter. */
  static String mixed(Random r, String alphabet, int n) {
    while (true) {
      String s = pick(r, alphabet, n);
      boolean d = false, u = false, l = false;
      for (char c : s.toCharArray()) {
        d |= Character.isDigit(c);
        u |= Character.isUpperCase(c);
        l |= Character.isLowerCase(c);
      }
      boolean needLetters = alphabet.chars().anyMatch(Character::isUpperCase) && alphabet.chars().anyMatch(Character::isLowerCase);
      boolean needDigit = alphabet.chars().anyMatch(Character::isDigit);
      if ((!needDigit || d) && (!needLetters || (u && l))) {
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

  static String b64url(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static String b64url(String s) {
    return b64url(s.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- checksums -------------------------------------------------------------------------

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

  /** GitHub's token format: prefix, 30 random base62 characters, base62 CRC32 of them in six. */
  static String githubStyle(Random r, String prefix) {
    String body = mixed(r, BASE62, 30);
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.US_ASCII));
    return prefix + body + base62(crc.getValue(), 6);
  }

  static boolean githubChecksumOk(String token) {
    int us = token.indexOf('_');
    String rest = token.substring(us + 1);
    if (rest.length() != 36) {
      return false;
    }
    CRC32 crc = new CRC32();
    crc.update(rest.substring(0, 30).getBytes(StandardCharsets.US_ASCII));
    return base62(crc.getValue(), 6).equals(rest.substring(30));
  }

  static String luhnComplete(Random r, String prefix, int length) {
    StringBuilder sb = new StringBuilder(prefix);
    while (sb.length() < length - 1) {
      sb.append((char) ('0' + r.nextInt(10)));
    }
    for (int d = 0; d < 10; d++) {
      String candidate = sb.toString() + d;
      if (luhnOk(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException();
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

  static int ibanMod97(String rearrangedAlnum) {
    int m = 0;
    for (char c : rearrangedAlnum.toCharArray()) {
      String part = Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10);
      for (char p : part.toCharArray()) {
        m = (m * 10 + (p - '0')) % 97;
      }
    }
    return m;
  }

  static String iban(String country, String bban) {
    int check = 98 - ibanMod97(bban + country + "00");
    return country + String.format("%02d", check) + bban;
  }

  static boolean ibanOk(String iban) {
    String s = iban.replace(" ", "");
    return ibanMod97(s.substring(4) + s.substring(0, 4)) == 1;
  }

  /** French BBAN: bank 5, branch 5, account 11, and the RIB key over them. */
  static String frenchBban(Random r) {
    String bank = pick(r, DIGITS, 5);
    String branch = pick(r, DIGITS, 5);
    String account = pick(r, DIGITS, 11);
    BigInteger k = new BigInteger(bank).multiply(BigInteger.valueOf(89))
        .add(new BigInteger(branch).multiply(BigInteger.valueOf(15)))
        .add(new BigInteger(account).multiply(BigInteger.valueOf(3)));
    int key = 97 - k.mod(BigInteger.valueOf(97)).intValue();
    return bank + branch + account + String.format("%02d", key);
  }

  static String grouped4(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        sb.append(' ');
      }
      sb.append(s.charAt(i));
    }
    return sb.toString();
  }

  static String base58(byte[] input) {
    BigInteger v = new BigInteger(1, input);
    StringBuilder sb = new StringBuilder();
    BigInteger b58 = BigInteger.valueOf(58);
    while (v.signum() > 0) {
      BigInteger[] qr = v.divideAndRemainder(b58);
      sb.append(BASE58.charAt(qr[1].intValue()));
      v = qr[0];
    }
    for (byte b : input) {
      if (b != 0) {
        break;
      }
      sb.append('1');
    }
    return sb.reverse().toString();
  }

  static byte[] unbase58(String s) {
    BigInteger v = BigInteger.ZERO;
    for (char c : s.toCharArray()) {
      v = v.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(BASE58.indexOf(c)));
    }
    byte[] raw = v.toByteArray();
    int strip = raw.length > 1 && raw[0] == 0 ? 1 : 0;
    int lead = 0;
    while (lead < s.length() && s.charAt(lead) == '1') {
      lead++;
    }
    byte[] out = new byte[lead + raw.length - strip];
    System.arraycopy(raw, strip, out, lead, raw.length - strip);
    return out;
  }

  static String base58check(byte[] payload) {
    byte[] sum = sha256(sha256(payload));
    byte[] all = new byte[payload.length + 4];
    System.arraycopy(payload, 0, all, 0, payload.length);
    System.arraycopy(sum, 0, all, payload.length, 4);
    return base58(all);
  }

  static boolean base58checkOk(String s) {
    byte[] all = unbase58(s);
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
    byte[] p = new byte[compressed ? 34 : 33];
    p[0] = (byte) 0x80;
    byte[] k = bytes(r, 32);
    k[0] = (byte) (k[0] & 0x7f); // below the curve order
    System.arraycopy(k, 0, p, 1, 32);
    if (compressed) {
      p[33] = 1;
    }
    return base58check(p);
  }

  private static List<String> words;

  static synchronized List<String> bip39Words() {
    if (words == null) {
      List<String> w = new ArrayList<>();
      try (BufferedReader in = new BufferedReader(new InputStreamReader(
          Blind5Credentials.class.getResourceAsStream("/io/moltr/core/scan/bip39-english.txt"), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          if (!line.isBlank()) {
            w.add(line.trim());
          }
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      words = w;
    }
    return words;
  }

  static String mnemonic(Random r, int count) {
    int entBits = count * 32 / 3;
    byte[] ent = bytes(r, entBits / 8);
    byte[] h = sha256(ent);
    int csBits = entBits / 32;
    BigInteger all = new BigInteger(1, ent).shiftLeft(csBits).or(BigInteger.valueOf((h[0] & 0xff) >>> (8 - csBits)));
    List<String> w = bip39Words();
    String[] out = new String[count];
    for (int i = count - 1; i >= 0; i--) {
      out[i] = w.get(all.and(BigInteger.valueOf(2047)).intValue());
      all = all.shiftRight(11);
    }
    return String.join(" ", out);
  }

  static boolean mnemonicOk(String phrase) {
    String[] ws = phrase.trim().split("\\s+");
    List<String> w = bip39Words();
    BigInteger all = BigInteger.ZERO;
    for (String s : ws) {
      int i = w.indexOf(s);
      if (i < 0) {
        return false;
      }
      all = all.shiftLeft(11).or(BigInteger.valueOf(i));
    }
    int total = ws.length * 11;
    int csBits = total / 33;
    int entBits = total - csBits;
    int cs = all.and(BigInteger.ONE.shiftLeft(csBits).subtract(BigInteger.ONE)).intValue();
    byte[] raw = all.shiftRight(csBits).toByteArray();
    byte[] ent = new byte[entBits / 8];
    int copy = Math.min(raw.length, ent.length);
    System.arraycopy(raw, raw.length - copy, ent, ent.length - copy, copy);
    return ((sha256(ent)[0] & 0xff) >>> (8 - csBits)) == cs;
  }

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
      out[i] = hrp.charAt(i) >>> 5;
      out[i + hrp.length() + 1] = hrp.charAt(i) & 31;
    }
    return out;
  }

  /** Bech32 (BIP-173) of 8-bit data under a lower-case hrp. */
  static String bech32(String hrp, byte[] data) {
    List<Integer> five = new ArrayList<>();
    int acc = 0, bits = 0;
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
    int[] he = hrpExpand(hrp);
    int[] values = new int[he.length + five.size() + 6];
    System.arraycopy(he, 0, values, 0, he.length);
    for (int i = 0; i < five.size(); i++) {
      values[he.length + i] = five.get(i);
    }
    int mod = bech32Polymod(values) ^ 1;
    StringBuilder sb = new StringBuilder(hrp).append('1');
    for (int v : five) {
      sb.append(BECH32.charAt(v));
    }
    for (int i = 0; i < 6; i++) {
      sb.append(BECH32.charAt((mod >>> (5 * (5 - i))) & 31));
    }
    return sb.toString();
  }

  static boolean bech32Ok(String s) {
    String low = s.toLowerCase();
    int sep = low.lastIndexOf('1');
    String hrp = low.substring(0, sep);
    int[] he = hrpExpand(hrp);
    String data = low.substring(sep + 1);
    int[] values = new int[he.length + data.length()];
    System.arraycopy(he, 0, values, 0, he.length);
    for (int i = 0; i < data.length(); i++) {
      values[he.length + i] = BECH32.indexOf(data.charAt(i));
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

  static String jwt(Random r, String alg, String payloadJson) {
    String header = "{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}";
    int sigLen = alg.startsWith("HS") ? 32 : alg.startsWith("ES") ? 64 : 256;
    return b64url(header) + "." + b64url(payloadJson) + "." + b64url(bytes(r, sigLen));
  }

  static String uuid(Random r) {
    String h = pick(r, HEX, 32);
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-" + "89ab".charAt(r.nextInt(4)) + h.substring(17, 20) + "-" + h.substring(20);
  }

  // ---- PEM blocks from real key material -----------------------------------------------------

  static SecureRandom seeded(Random r) {
    try {
      SecureRandom sr = SecureRandom.getInstance("SHA1PRNG");
      sr.setSeed(r.nextLong());
      return sr;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String pem(String label, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----";
  }

  /** The contents of the OCTET STRING that holds the inner key of a PKCS#8 PrivateKeyInfo. */
  static byte[] pkcs8Inner(byte[] der) {
    int[] pos = {0};
    readHeader(der, pos); // outer SEQUENCE
    skipElement(der, pos); // version
    skipElement(der, pos); // algorithm identifier
    int len = readHeader(der, pos); // OCTET STRING
    return java.util.Arrays.copyOfRange(der, pos[0], pos[0] + len);
  }

  private static int readHeader(byte[] d, int[] pos) {
    pos[0]++; // tag
    int b = d[pos[0]++] & 0xff;
    if (b < 0x80) {
      return b;
    }
    int n = b & 0x7f, len = 0;
    for (int i = 0; i < n; i++) {
      len = (len << 8) | (d[pos[0]++] & 0xff);
    }
    return len;
  }

  private static void skipElement(byte[] d, int[] pos) {
    int len = readHeader(d, pos);
    pos[0] += len;
  }

  static byte[] rsaPkcs8(Random r) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(r.nextBoolean() ? 2048 : 1024, seeded(r));
      return g.generateKeyPair().getPrivate().getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] ecPkcs8(Random r) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"), seeded(r));
      return g.generateKeyPair().getPrivate().getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sshString(ByteArrayOutputStream o, byte[] b) {
    o.write(b.length >>> 24);
    o.write(b.length >>> 16);
    o.write(b.length >>> 8);
    o.write(b.length);
    o.writeBytes(b);
  }

  private static void sshInt(ByteArrayOutputStream o, int v) {
    o.write(v >>> 24);
    o.write(v >>> 16);
    o.write(v >>> 8);
    o.write(v);
  }

  /** An unencrypted openssh-key-v1 ed25519 key (random key bytes, the real container layout). */
  static String openssh(Random r) {
    byte[] type = "ssh-ed25519".getBytes(StandardCharsets.US_ASCII);
    byte[] pub = bytes(r, 32);
    byte[] seed = bytes(r, 32);
    ByteArrayOutputStream pubBlob = new ByteArrayOutputStream();
    sshString(pubBlob, type);
    sshString(pubBlob, pub);
    ByteArrayOutputStream priv = new ByteArrayOutputStream();
    int check = r.nextInt();
    sshInt(priv, check);
    sshInt(priv, check);
    sshString(priv, type);
    sshString(priv, pub);
    byte[] full = new byte[64];
    System.arraycopy(seed, 0, full, 0, 32);
    System.arraycopy(pub, 0, full, 32, 32);
    sshString(priv, full);
    sshString(priv, ("deploy@build-" + pick(r, HEX, 6)).getBytes(StandardCharsets.US_ASCII));
    for (int i = 1; priv.size() % 8 != 0; i++) {
      priv.write(i);
    }
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes("openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII));
    sshString(all, "none".getBytes(StandardCharsets.US_ASCII));
    sshString(all, "none".getBytes(StandardCharsets.US_ASCII));
    sshString(all, new byte[0]);
    sshInt(all, 1);
    sshString(all, pubBlob.toByteArray());
    sshString(all, priv.toByteArray());
    String body = Base64.getMimeEncoder(70, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(all.toByteArray());
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + "\n-----END OPENSSH PRIVATE KEY-----";
  }

  static String pgpPrivate(Random r) {
    byte[] packet = bytes(r, 300 + r.nextInt(200));
    packet[0] = (byte) 0x95; // old-format secret-key packet, two length bytes
    packet[1] = 0x01;
    packet[2] = (byte) (packet.length - 3);
    packet[3] = 0x04; // version 4
    int crc = crc24(packet);
    byte[] c = {(byte) (crc >>> 16), (byte) (crc >>> 8), (byte) crc};
    String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(packet);
    return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + body + "\n=" + b64(c) + "\n-----END PGP PRIVATE KEY BLOCK-----";
  }

  // ---- the kinds -------------------------------------------------------------------------

  private static Kind k(String id, Function<Random, Cred> make) {
    return new Kind(id, make);
  }

  private static Cred tok(String kind, String name, String value) {
    return new Cred(kind, name, value, Shape.TOKEN, true);
  }

  private static Cred named(String kind, String name, String value) {
    return new Cred(kind, name, value, Shape.TOKEN, false);
  }

  static String password(Random r) {
    String[] stems = {"Trellis", "Quokka", "Marlin", "Copper", "Vesper", "Harbor", "Juniper", "Falcon"};
    return stems[r.nextInt(stems.length)] + pick(r, DIGITS, 2) + "!" + mixed(r, ALNUM, 6) + "#" + pick(r, DIGITS, 2);
  }

  static final List<Kind> KINDS = List.of(
      k("aws-access-key-id", r -> tok("aws-access-key-id", "AWS_ACCESS_KEY_ID", "AKIA" + pick(r, B32.substring(0, 26) + "234567", 16))),
      k("aws-temp-access-key-id", r -> tok("aws-temp-access-key-id", "AWS_ACCESS_KEY_ID", "ASIA" + pick(r, B32, 16))),
      k("aws-secret-access-key", r -> named("aws-secret-access-key", "AWS_SECRET_ACCESS_KEY", mixed(r, ALNUM + "+/", 40))),
      k("github-pat-classic", r -> tok("github-pat-classic", "GITHUB_TOKEN", githubStyle(r, "ghp_"))),
      k("github-oauth", r -> tok("github-oauth", "GH_OAUTH_TOKEN", githubStyle(r, "gho_"))),
      k("github-app-token", r -> tok("github-app-token", "GH_APP_TOKEN", githubStyle(r, "ghs_"))),
      k("github-fine-grained", r -> tok("github-fine-grained", "GITHUB_PAT", "github_pat_11" + pick(r, UPPER + DIGITS, 20) + "_" + mixed(r, ALNUM, 59))),
      k("gitlab-pat", r -> tok("gitlab-pat", "GITLAB_TOKEN", "glpat-" + mixed(r, ALNUM + "-_", 20))),
      k("slack-bot-token", r -> tok("slack-bot-token", "SLACK_BOT_TOKEN", "xoxb-" + pick(r, DIGITS, 12) + "-" + pick(r, DIGITS, 13) + "-" + mixed(r, ALNUM, 24))),
      k("slack-user-token", r -> tok("slack-user-token", "SLACK_USER_TOKEN", "xoxp-" + pick(r, DIGITS, 12) + "-" + pick(r, DIGITS, 12) + "-" + pick(r, DIGITS, 13) + "-" + pick(r, HEX, 32))),
      k("slack-webhook", r -> new Cred("slack-webhook", "SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T" + pick(r, UPPER + DIGITS, 8) + "/B" + pick(r, UPPER + DIGITS, 10) + "/" + mixed(r, ALNUM, 24), Shape.URL, true)),
      k("stripe-secret-key", r -> tok("stripe-secret-key", "STRIPE_SECRET_KEY", "sk_live_51" + mixed(r, ALNUM, 97))),
      k("stripe-restricted-key", r -> tok("stripe-restricted-key", "STRIPE_RESTRICTED_KEY", "rk_live_" + mixed(r, ALNUM, 24))),
      k("stripe-webhook-secret", r -> tok("stripe-webhook-secret", "STRIPE_WEBHOOK_SECRET", "whsec_" + mixed(r, ALNUM, 32))),
      k("openai-project-key", r -> tok("openai-project-key", "OPENAI_API_KEY", "sk-proj-" + mixed(r, URLSAFE, 74) + "T3BlbkFJ" + mixed(r, URLSAFE, 74))),
      k("openai-legacy-key", r -> tok("openai-legacy-key", "OPENAI_API_KEY", "sk-" + mixed(r, ALNUM, 20) + "T3BlbkFJ" + mixed(r, ALNUM, 20))),
      k("anthropic-api-key", r -> tok("anthropic-api-key", "ANTHROPIC_API_KEY", "sk-ant-api03-" + mixed(r, URLSAFE, 93) + "AA")),
      k("google-api-key", r -> tok("google-api-key", "GOOGLE_API_KEY", "AIza" + mixed(r, URLSAFE, 35))),
      k("google-oauth-secret", r -> tok("google-oauth-secret", "GOOGLE_CLIENT_SECRET", "GOCSPX-" + mixed(r, URLSAFE, 28))),
      k("google-oauth-access-token", r -> tok("google-oauth-access-token", "GOOGLE_ACCESS_TOKEN", "ya29.a0" + mixed(r, URLSAFE, 150))),
      k("rsa-private-key", r -> new Cred("rsa-private-key", "RSA_PRIVATE_KEY", pem("RSA PRIVATE KEY", pkcs8Inner(rsaPkcs8(r))), Shape.PEM, true)),
      k("pkcs8-private-key", r -> new Cred("pkcs8-private-key", "TLS_KEY", pem("PRIVATE KEY", r.nextBoolean() ? ecPkcs8(r) : rsaPkcs8(r)), Shape.PEM, true)),
      k("ec-private-key", r -> new Cred("ec-private-key", "EC_PRIVATE_KEY", pem("EC PRIVATE KEY", pkcs8Inner(ecPkcs8(r))), Shape.PEM, true)),
      k("openssh-private-key", r -> new Cred("openssh-private-key", "SSH_PRIVATE_KEY", openssh(r), Shape.PEM, true)),
      k("pgp-private-key", r -> new Cred("pgp-private-key", "GPG_PRIVATE_KEY", pgpPrivate(r), Shape.PEM, true)),
      k("jwt", r -> tok("jwt", "ACCESS_TOKEN", jwt(r, r.nextBoolean() ? "HS256" : "RS256",
          "{\"sub\":\"" + uuid(r) + "\",\"scope\":\"admin write\",\"iat\":" + (1760000000 + r.nextInt(9000000)) + ",\"exp\":" + (1790000000 + r.nextInt(9000000)) + "}"))),
      k("supabase-service-key", r -> tok("supabase-service-key", "SUPABASE_SERVICE_ROLE_KEY", jwt(r, "HS256",
          "{\"iss\":\"supabase\",\"ref\":\"" + pick(r, LOWER, 20) + "\",\"role\":\"service_role\",\"iat\":" + (1700000000 + r.nextInt(9000000)) + ",\"exp\":2" + pick(r, DIGITS, 9) + "}"))),
      k("npm-token", r -> tok("npm-token", "NPM_TOKEN", githubStyle(r, "npm_"))),
      k("pypi-token", r -> {
        ByteArrayOutputStream m = new ByteArrayOutputStream();
        m.writeBytes(new byte[] {2, 1, 8});
        m.writeBytes("pypi.org".getBytes(StandardCharsets.US_ASCII));
        m.writeBytes(new byte[] {2, 0x24});
        m.writeBytes(uuid(r).getBytes(StandardCharsets.US_ASCII));
        m.writeBytes(new byte[] {0, 2, 0x2a});
        m.writeBytes(("[1,{\"version\":1,\"permissions\":\"user\"}]" + "    ").substring(0, 0x2a).getBytes(StandardCharsets.US_ASCII));
        m.writeBytes(new byte[] {0, 0, 6, 0x20});
        m.writeBytes(bytes(r, 32));
        return tok("pypi-token", "PYPI_TOKEN", "pypi-" + b64url(m.toByteArray()));
      }),
      k("twilio-api-key", r -> tok("twilio-api-key", "TWILIO_API_KEY", "SK" + pick(r, HEX, 32))),
      k("twilio-auth-token", r -> named("twilio-auth-token", "TWILIO_AUTH_TOKEN", pick(r, HEX, 32))),
      k("sendgrid-api-key", r -> tok("sendgrid-api-key", "SENDGRID_API_KEY", "SG." + mixed(r, URLSAFE, 22) + "." + mixed(r, URLSAFE, 43))),
      k("mailgun-api-key", r -> tok("mailgun-api-key", "MAILGUN_API_KEY", "key-" + pick(r, HEX, 32))),
      k("mailchimp-api-key", r -> tok("mailchimp-api-key", "MAILCHIMP_API_KEY", pick(r, HEX, 32) + "-us" + (1 + r.nextInt(21)))),
      k("discord-bot-token", r -> tok("discord-bot-token", "DISCORD_TOKEN",
          b64url(("1" + pick(r, DIGITS, 17)).getBytes(StandardCharsets.US_ASCII)) + "." + mixed(r, URLSAFE, 6) + "." + mixed(r, URLSAFE, 38))),
      k("discord-webhook", r -> new Cred("discord-webhook", "DISCORD_WEBHOOK", "https://discord.com/api/webhooks/1" + pick(r, DIGITS, 18) + "/" + mixed(r, URLSAFE, 68), Shape.URL, true)),
      k("telegram-bot-token", r -> tok("telegram-bot-token", "TELEGRAM_BOT_TOKEN", (1 + r.nextInt(8)) + pick(r, DIGITS, 9) + ":AA" + mixed(r, URLSAFE, 33))),
      k("shopify-access-token", r -> tok("shopify-access-token", "SHOPIFY_ACCESS_TOKEN", "shpat_" + pick(r, HEX, 32))),
      k("azure-storage-connection", r -> new Cred("azure-storage-connection", "AZURE_STORAGE_CONNECTION_STRING",
          "DefaultEndpointsProtocol=https;AccountName=st" + pick(r, LOWER + DIGITS, 10) + ";AccountKey=" + b64(bytes(r, 64)) + ";EndpointSuffix=core.windows.net", Shape.URL, true)),
      k("azure-client-secret", r -> named("azure-client-secret", "AZURE_CLIENT_SECRET", pick(r, ALNUM, 3) + r.nextInt(10) + "Q~" + mixed(r, ALNUM + "_~.-", 34))),
      k("digitalocean-token", r -> tok("digitalocean-token", "DIGITALOCEAN_TOKEN", "dop_v1_" + pick(r, HEX, 64))),
      k("huggingface-token", r -> tok("huggingface-token", "HF_TOKEN", "hf_" + mixed(r, UPPER + LOWER, 34))),
      k("databricks-token", r -> tok("databricks-token", "DATABRICKS_TOKEN", "dapi" + pick(r, HEX, 32))),
      k("postgres-url", r -> new Cred("postgres-url", "DATABASE_URL", "postgresql://orders_app:" + password(r).replace("#", "_").replace("!", "-") + "@db-primary.internal:5432/orders", Shape.URL, true)),
      k("mongodb-url", r -> new Cred("mongodb-url", "MONGO_URI", "mongodb+srv://svc_reports:" + mixed(r, ALNUM, 16) + "@cluster0." + pick(r, LOWER + DIGITS, 5) + ".mongodb.net/reports?retryWrites=true&w=majority", Shape.URL, true)),
      k("redis-url", r -> new Cred("redis-url", "REDIS_URL", "rediss://default:" + mixed(r, ALNUM, 32) + "@redis-" + pick(r, DIGITS, 5) + ".c1.eu-west-1-2.ec2.cloud.redislabs.com:" + pick(r, DIGITS, 5), Shape.URL, true)),
      k("amqp-url", r -> new Cred("amqp-url", "RABBITMQ_URL", "amqps://billing:" + mixed(r, ALNUM, 20) + "@rabbit.prod.internal:5671/billing", Shape.URL, true)),
      k("basic-auth-header", r -> tok("basic-auth-header", "AUTH_HEADER", "Basic " + b64(("deploy:" + password(r)).getBytes(StandardCharsets.UTF_8)))),
      k("visa-card", r -> new Cred("visa-card", "CARD_NUMBER", grouped4(luhnComplete(r, "4" + (1 + r.nextInt(8)), 16)), Shape.NUMBER, true)),
      k("mastercard-card", r -> new Cred("mastercard-card", "CARD_NUMBER", luhnComplete(r, String.valueOf(51 + r.nextInt(5)), 16), Shape.NUMBER, true)),
      k("amex-card", r -> {
        String n = luhnComplete(r, r.nextBoolean() ? "34" : "37", 15);
        return new Cred("amex-card", "CARD_NUMBER", n.substring(0, 4) + " " + n.substring(4, 10) + " " + n.substring(10), Shape.NUMBER, true);
      }),
      k("iban-de", r -> new Cred("iban-de", "IBAN", grouped4(iban("DE", pick(r, DIGITS, 18))), Shape.NUMBER, true)),
      k("iban-gb", r -> new Cred("iban-gb", "IBAN", iban("GB", pick(r, UPPER, 4) + pick(r, DIGITS, 14)), Shape.NUMBER, true)),
      k("iban-fr", r -> new Cred("iban-fr", "IBAN", grouped4(iban("FR", frenchBban(r))), Shape.NUMBER, true)),
      k("bitcoin-wif", r -> tok("bitcoin-wif", "BTC_PRIVATE_KEY", wif(r, r.nextInt(3) != 0))),
      k("bip39-mnemonic", r -> new Cred("bip39-mnemonic", "WALLET_MNEMONIC", mnemonic(r, r.nextBoolean() ? 12 : 24), Shape.PHRASE, true)),
      k("ethereum-private-key", r -> named("ethereum-private-key", "ETH_PRIVATE_KEY", "0x" + pick(r, HEX, 64))),
      k("square-access-token", r -> tok("square-access-token", "SQUARE_ACCESS_TOKEN", "EAAA" + mixed(r, URLSAFE, 60))),
      k("atlassian-api-token", r -> tok("atlassian-api-token", "JIRA_API_TOKEN", "ATATT3xFfGF0" + mixed(r, URLSAFE, 170) + "=" + pick(r, "0123456789ABCDEF", 8))),
      k("linear-api-key", r -> tok("linear-api-key", "LINEAR_API_KEY", "lin_api_" + mixed(r, ALNUM, 40))),
      k("notion-token", r -> tok("notion-token", "NOTION_TOKEN", "ntn_" + pick(r, DIGITS, 11) + mixed(r, ALNUM, 35))),
      k("postman-api-key", r -> tok("postman-api-key", "POSTMAN_API_KEY", "PMAK-" + pick(r, HEX, 24) + "-" + pick(r, HEX, 34))),
      k("doppler-token", r -> tok("doppler-token", "DOPPLER_TOKEN", "dp.st.prd." + mixed(r, ALNUM, 40))),
      k("vault-token", r -> tok("vault-token", "VAULT_TOKEN", "hvs.CAESI" + mixed(r, URLSAFE, 86))),
      k("terraform-cloud-token", r -> tok("terraform-cloud-token", "TFE_TOKEN", mixed(r, ALNUM, 14) + ".atlasv1." + mixed(r, ALNUM, 67))),
      k("grafana-service-token", r -> tok("grafana-service-token", "GRAFANA_TOKEN", "glsa_" + mixed(r, ALNUM, 32) + "_" + pick(r, HEX, 8))),
      k("newrelic-user-key", r -> tok("newrelic-user-key", "NEW_RELIC_API_KEY", "NRAK-" + pick(r, UPPER + DIGITS, 27))),
      k("datadog-api-key", r -> named("datadog-api-key", "DD_API_KEY", pick(r, HEX, 32))),
      k("cloudflare-api-token", r -> named("cloudflare-api-token", "CLOUDFLARE_API_TOKEN", mixed(r, URLSAFE, 40))),
      k("okta-api-token", r -> named("okta-api-token", "OKTA_API_TOKEN", "00" + mixed(r, URLSAFE, 40))),
      k("age-secret-key", r -> tok("age-secret-key", "SOPS_AGE_KEY", bech32("age-secret-key-", bytes(r, 32)).toUpperCase())),
      k("fcm-server-key", r -> tok("fcm-server-key", "FCM_SERVER_KEY", "AAAA" + mixed(r, URLSAFE, 7) + ":APA91b" + mixed(r, URLSAFE, 134))),
      k("alibaba-access-key", r -> tok("alibaba-access-key", "ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI5t" + mixed(r, ALNUM, 18))),
      k("tencent-secret-id", r -> tok("tencent-secret-id", "TENCENTCLOUD_SECRET_ID", "AKID" + mixed(r, ALNUM, 32))),
      k("mapbox-secret-token", r -> tok("mapbox-secret-token", "MAPBOX_SECRET_TOKEN",
          "sk." + b64url("{\"u\":\"acme-maps\",\"a\":\"cl" + pick(r, LOWER + DIGITS, 23) + "\"}") + "." + mixed(r, URLSAFE, 22))),
      k("airtable-pat", r -> tok("airtable-pat", "AIRTABLE_TOKEN", "pat" + mixed(r, ALNUM, 14) + "." + pick(r, HEX, 64))),
      k("figma-token", r -> tok("figma-token", "FIGMA_TOKEN", "figd_" + mixed(r, URLSAFE, 40))),
      k("pulumi-token", r -> tok("pulumi-token", "PULUMI_ACCESS_TOKEN", "pul-" + pick(r, HEX, 40))),
      k("password-assignment", r -> named("password-assignment", "DB_PASSWORD", password(r))),
      k("docker-config-auth", r -> named("docker-config-auth", "DOCKER_AUTH", b64(("ci-bot:" + mixed(r, ALNUM, 24)).getBytes(StandardCharsets.UTF_8)))));

  static Kind kind(String id) {
    return KINDS.stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
  }
}
