package io.moltr.core.scan;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Blind corpus 26: fake credentials in the documented formats of their providers, with the
 * checksums those formats carry.
 *
 * <p>Label decisions that could go either way (from the issue text and the project's policy):
 *
 * <ul>
 *   <li>Sentry DSNs (even public-key only), Google API keys (AIza) and Stripe secret/restricted
 *       keys are positives (project policy).
 *   <li>Stripe publishable keys and a Twilio account SID alone are negatives (project policy).
 *   <li>An AWS access key id printed next to its secret key: the row is positive because of the
 *       pair; the row's secret is the secret access key.
 *   <li>An unsigned JWT (alg "none", empty signature) is a negative: the issue asks for "JWTs with
 *       a signature"; a token without one authenticates nothing on a correct server.
 *   <li>A bcrypt/argon2 hash in a users table is a hash, not a secret: negative.
 *   <li>Vault token accessors and `fly secrets list` digests are not usable credentials:
 *       negatives.
 *   <li>Kubernetes Secret data whose decoded value is a placeholder (REPLACE_ME, changeme-later
 *       markers) or a plain non-secret (a user name, a port) is a negative.
 *   <li>A certificate (also base64'd inside a kubeconfig certificate-authority-data) and public
 *       keys are negatives; a kubeconfig client-key-data (base64 of a private key) is positive.
 *   <li>GPG fingerprints in a Docker image's Env (GPG_KEY=...) are public: negative.
 *   <li>Cards, IBANs and national ids are positives only when their checksum is valid; the same
 *       shapes with a wrong checksum are negatives.
 *   <li>Seed phrases are skipped: the BIP39 list cannot be reproduced here exactly.
 * </ul>
 */
final class Blind26Gen {
  static final String B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  static final String B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  static final String HEX = "0123456789abcdef";
  static final String UP32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String UPPER_NUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  final Random r;

  Blind26Gen(long seed) {
    r = new Random(seed);
  }

  // ---------- random helpers ----------
  String of(String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** Random string that has at least one digit, one upper and one lower letter. */
  String mixed(String alphabet, int n) {
    while (true) {
      String s = of(alphabet, n);
      if (s.matches(".*[0-9].*") && s.matches(".*[A-Z].*") && s.matches(".*[a-z].*")) {
        return s;
      }
    }
  }

  String b62(int n) {
    return mixed(B62, n);
  }

  String hex(int n) {
    return of(HEX, n);
  }

  String digits(int n) {
    return of("0123456789", n);
  }

  String word() {
    return pick(
        "orders", "billing", "ledger", "atlas", "nova", "quartz", "harbor", "falcon", "juniper",
        "cobalt", "ember", "tundra", "aurora", "sparrow", "delta", "meadow", "granite", "pixel");
  }

  String pick(String... xs) {
    return xs[r.nextInt(xs.length)];
  }

  <T> T pickOf(List<T> xs) {
    return xs.get(r.nextInt(xs.size()));
  }

  int between(int lo, int hi) {
    return lo + r.nextInt(hi - lo + 1);
  }

  byte[] bytes(int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  String uuid() {
    String h = hex(32);
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-a"
        + h.substring(17, 20) + "-" + h.substring(20);
  }

  /** A strong random password (mixed classes and symbols). */
  String password() {
    String s = mixed(B62, between(14, 22));
    int p = r.nextInt(s.length());
    return s.substring(0, p) + pick("!", "#", "%", "^", "*", "-", "_") + s.substring(p);
  }

  // ---------- checksums ----------
  static String base62(long v, int width) {
    StringBuilder sb = new StringBuilder();
    while (v > 0) {
      sb.append(B62.charAt((int) (v % 62)));
      v /= 62;
    }
    while (sb.length() < width) {
      sb.append('0');
    }
    return sb.reverse().toString();
  }

  /** GitHub style token: prefix + 30 random base62 + 6 base62 CRC32 of the random part. */
  String crcToken(String prefix) {
    String body = b62(30);
    CRC32 c = new CRC32();
    c.update(body.getBytes(StandardCharsets.US_ASCII));
    return prefix + body + base62(c.getValue(), 6);
  }

  static boolean crcTokenValid(String token, String prefix) {
    String body = token.substring(prefix.length(), prefix.length() + 30);
    CRC32 c = new CRC32();
    c.update(body.getBytes(StandardCharsets.US_ASCII));
    return token.substring(prefix.length() + 30).equals(base62(c.getValue(), 6));
  }

  static boolean luhn(String digits) {
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

  String card(String prefix, int len) {
    String body = prefix + digits(len - prefix.length() - 1);
    for (int c = 0; c < 10; c++) {
      if (luhn(body + c)) {
        return body + c;
      }
    }
    throw new IllegalStateException();
  }

  String badCard(String prefix, int len) {
    String ok = card(prefix, len);
    int last = ok.charAt(len - 1) - '0';
    return ok.substring(0, len - 1) + ((last + 1 + r.nextInt(8)) % 10);
  }

  static int mod97(String iban) {
    String s = iban.substring(4) + iban.substring(0, 4);
    StringBuilder n = new StringBuilder();
    for (char ch : s.toCharArray()) {
      n.append(Character.isDigit(ch) ? String.valueOf(ch) : String.valueOf(ch - 'A' + 10));
    }
    return new BigInteger(n.toString()).mod(BigInteger.valueOf(97)).intValue();
  }

  String iban() {
    String[][] c = {{"DE", "18"}, {"GB", "B4"}, {"FR", "23"}, {"NL", "B14"}, {"ES", "20"},
      {"IT", "X22"}, {"CH", "17"}, {"AT", "16"}, {"BE", "12"}, {"PL", "24"}};
    String[] k = c[r.nextInt(c.length)];
    String bban;
    if (k[1].startsWith("B")) {
      int n = Integer.parseInt(k[1].substring(1));
      bban = k[0].equals("GB") ? of("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + digits(14)
          : of("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + digits(n - 4);
    } else if (k[1].startsWith("X")) {
      bban = of("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1) + digits(10) + digits(12);
    } else {
      bban = digits(Integer.parseInt(k[1]));
    }
    String base = k[0] + "00" + bban;
    int check = 98 - mod97(base);
    return k[0] + String.format("%02d", check) + bban;
  }

  String badIban() {
    String ok = iban();
    int check = Integer.parseInt(ok.substring(2, 4));
    int wrong = check == 97 ? 2 : check + 1;
    return ok.substring(0, 2) + String.format("%02d", wrong) + ok.substring(4);
  }

  static String spacedIban(String iban) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < iban.length(); i += 4) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(iban, i, Math.min(iban.length(), i + 4));
    }
    return sb.toString();
  }

  /** Brazilian CPF with both mod-11 check digits, formatted 000.000.000-00. */
  String cpf() {
    int[] d = new int[11];
    for (int i = 0; i < 9; i++) {
      d[i] = r.nextInt(10);
    }
    if (d[0] == d[1] && d[1] == d[2]) {
      d[0] = (d[0] + 1) % 10;
    }
    for (int k = 9; k <= 10; k++) {
      int sum = 0;
      for (int i = 0; i < k; i++) {
        sum += d[i] * (k + 1 - i);
      }
      int rem = (sum * 10) % 11;
      d[k] = rem == 10 ? 0 : rem;
    }
    StringBuilder s = new StringBuilder();
    for (int x : d) {
      s.append(x);
    }
    String t = s.toString();
    return t.substring(0, 3) + "." + t.substring(3, 6) + "." + t.substring(6, 9) + "-"
        + t.substring(9);
  }

  static boolean cpfValid(String f) {
    String t = f.replaceAll("[^0-9]", "");
    for (int k = 9; k <= 10; k++) {
      int sum = 0;
      for (int i = 0; i < k; i++) {
        sum += (t.charAt(i) - '0') * (k + 1 - i);
      }
      int rem = (sum * 10) % 11;
      if ((rem == 10 ? 0 : rem) != t.charAt(k) - '0') {
        return false;
      }
    }
    return true;
  }

  /** Spanish DNI: 8 digits and the mod-23 control letter. */
  String dni() {
    String n = digits(8);
    return n + "TRWAGMYFPDXBNJZSQVHLCKE".charAt(Integer.parseInt(n) % 23);
  }

  static boolean dniValid(String s) {
    return s.charAt(8) == "TRWAGMYFPDXBNJZSQVHLCKE".charAt(Integer.parseInt(s.substring(0, 8)) % 23);
  }

  // ---------- base58check / bech32 ----------
  static byte[] sha256(byte[] in) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(in);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String base58(byte[] in) {
    BigInteger v = new BigInteger(1, in);
    StringBuilder sb = new StringBuilder();
    BigInteger b = BigInteger.valueOf(58);
    while (v.signum() > 0) {
      BigInteger[] qr = v.divideAndRemainder(b);
      sb.append(B58.charAt(qr[1].intValue()));
      v = qr[0];
    }
    for (byte x : in) {
      if (x != 0) {
        break;
      }
      sb.append('1');
    }
    return sb.reverse().toString();
  }

  static String base58check(byte[] payload) {
    byte[] chk = sha256(sha256(payload));
    byte[] all = new byte[payload.length + 4];
    System.arraycopy(payload, 0, all, 0, payload.length);
    System.arraycopy(chk, 0, all, payload.length, 4);
    return base58(all);
  }

  /** Compressed mainnet WIF private key (K... or L...). */
  String wif() {
    byte[] p = new byte[34];
    p[0] = (byte) 0x80;
    byte[] k = bytes(32);
    k[0] = (byte) (k[0] & 0x7f | 0x01);
    System.arraycopy(k, 0, p, 1, 32);
    p[33] = 1;
    return base58check(p);
  }

  static int polymod(int[] values) {
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

  /** age X25519 identity: bech32 with HRP age-secret-key-, upper case. */
  String ageKey() {
    String hrp = "age-secret-key-";
    byte[] key = bytes(32);
    List<Integer> data = new ArrayList<>();
    int acc = 0;
    int bits = 0;
    for (byte b : key) {
      acc = (acc << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        data.add((acc >>> bits) & 31);
      }
    }
    if (bits > 0) {
      data.add((acc << (5 - bits)) & 31);
    }
    int[] values = new int[hrp.length() * 2 + 1 + data.size() + 6];
    int i = 0;
    for (char c : hrp.toCharArray()) {
      values[i++] = c >> 5;
    }
    values[i++] = 0;
    for (char c : hrp.toCharArray()) {
      values[i++] = c & 31;
    }
    for (int d : data) {
      values[i++] = d;
    }
    int pm = polymod(values) ^ 1;
    String cs = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    StringBuilder sb = new StringBuilder(hrp).append('1');
    for (int d : data) {
      sb.append(cs.charAt(d));
    }
    for (int k = 0; k < 6; k++) {
      sb.append(cs.charAt((pm >>> (5 * (5 - k))) & 31));
    }
    return sb.toString().toUpperCase();
  }

  // ---------- JWT ----------
  static String b64url(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static String b64url(String s) {
    return b64url(s.getBytes(StandardCharsets.UTF_8));
  }

  String jwtHs256(String payload) {
    String head = b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + b64url(payload);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(bytes(32), "HmacSHA256"));
      return head + "." + b64url(mac.doFinal(head.getBytes(StandardCharsets.US_ASCII)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  String jwtRs256(String payload) {
    String head = b64url("{\"alg\":\"RS256\",\"kid\":\"" + b62(20) + "\",\"typ\":\"JWT\"}") + "."
        + b64url(payload);
    return head + "." + b64url(bytes(256));
  }

  long now() {
    return 1764500000L + r.nextInt(3_000_000);
  }

  // ---------- PEM-ish bodies ----------
  String b64Lines(String firstPrefix, int lines, int width) {
    StringBuilder sb = new StringBuilder();
    String first = firstPrefix + of(B64, Math.max(0, width - firstPrefix.length()));
    sb.append(first).append('\n');
    for (int i = 1; i < lines; i++) {
      sb.append(of(B64, width)).append('\n');
    }
    sb.append(of(B64, between(8, width - 4))).append("==\n");
    return sb.toString();
  }

  String rsaPem() {
    return "-----BEGIN RSA PRIVATE KEY-----\n" + b64Lines("MIIEpAIBAAKCAQEA", between(8, 14), 64)
        + "-----END RSA PRIVATE KEY-----";
  }

  String pkcs8Pem() {
    return "-----BEGIN PRIVATE KEY-----\n"
        + b64Lines("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", between(8, 14), 64)
        + "-----END PRIVATE KEY-----";
  }

  String ecPem() {
    return "-----BEGIN EC PRIVATE KEY-----\n" + "MHcCAQEEI" + of(B64, 55) + "\n" + of(B64, 64)
        + "\n" + of(B64, 40) + "==\n-----END EC PRIVATE KEY-----";
  }

  String opensshKey() {
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n"
        + b64Lines("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 4, 70)
        + "-----END OPENSSH PRIVATE KEY-----";
  }

  String pgpKey() {
    return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + b64Lines("lQVYBGV", between(6, 10), 64)
        + "=" + of(B64, 4) + "\n-----END PGP PRIVATE KEY BLOCK-----";
  }

  String puttyKey() {
    return "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ed25519-key-2025"
        + digits(4) + "\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI" + of(B64, 39) + "\n"
        + of(B64, 20) + "\nPrivate-Lines: 1\nAAAAI" + of(B64, 38) + "\nPrivate-MAC: " + hex(64);
  }

  // ---------- encodings ----------
  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String b64(String s) {
    return Base64.getEncoder().encodeToString(utf8(s));
  }

  static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  static String base32(byte[] in) {
    StringBuilder sb = new StringBuilder();
    int acc = 0;
    int bits = 0;
    for (byte b : in) {
      acc = (acc << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        sb.append(UP32.charAt((acc >>> bits) & 31));
      }
    }
    if (bits > 0) {
      sb.append(UP32.charAt((acc << (5 - bits)) & 31));
    }
    while (sb.length() % 8 != 0) {
      sb.append('=');
    }
    return sb.toString();
  }

  static String hexOf(byte[] b, String sep, String pre) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < b.length; i++) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(pre).append(String.format("%02x", b[i] & 0xff));
    }
    return sb.toString();
  }

  static byte[] gzip(String s) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (GZIPOutputStream g = new GZIPOutputStream(bo)) {
        g.write(utf8(s));
      }
      return bo.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] deflate(String s) {
    Deflater d = new Deflater();
    d.setInput(utf8(s));
    d.finish();
    byte[] buf = new byte[s.length() * 2 + 64];
    int n = d.deflate(buf);
    d.end();
    byte[] out = new byte[n];
    System.arraycopy(buf, 0, out, 0, n);
    return out;
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

  static String perChar(String s, Function<Character, String> f) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(f.apply(c));
    }
    return sb.toString();
  }

  static String wrap(String s, int w) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i += w) {
      if (i > 0) {
        sb.append('\n');
      }
      sb.append(s, i, Math.min(s.length(), i + w));
    }
    return sb.toString();
  }

  static String jsonEsc(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  /** Fullwidth letters and digits: NFKC folds them back to ASCII. */
  static String fullwidth(String s, int every) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (i % every == 1 && c > 0x20 && c < 0x7f) {
        sb.append((char) (c - 0x21 + 0xFF01));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Encodes s by name; returns the encoded form that appears in the text. */
  static String encode(String enc, String s) {
    switch (enc) {
      case "base64":
        return b64(s);
      case "base64url":
        return Base64.getUrlEncoder().encodeToString(utf8(s));
      case "base64-nopad":
        return Base64.getEncoder().withoutPadding().encodeToString(utf8(s));
      case "base64-wrap76":
        return Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(utf8(s));
      case "base32":
        return base32(utf8(s));
      case "hex":
        return hexOf(utf8(s), "", "");
      case "hex-x":
        return hexOf(utf8(s), "", "\\x");
      case "hex-0x":
        return "0x" + hexOf(utf8(s), "", "");
      case "hex-spaced":
        return hexOf(utf8(s), " ", "");
      case "percent":
        return perChar(s, c -> String.format("%%%02X", (int) c));
      case "rot13":
        return rot13(s);
      case "unicode-escape":
        return perChar(s, c -> String.format("\\u%04x", (int) c));
      case "html-dec":
        return perChar(s, c -> "&#" + (int) c + ";");
      case "html-hex":
        return perChar(s, c -> "&#x" + Integer.toHexString(c) + ";");
      case "json-escape":
        return perChar(s, c -> Character.isLetter(c) && (c % 3 == 0)
            ? String.format("\\u%04X", (int) c) : c == '/' ? "\\/" : String.valueOf(c));
      case "gzip-base64":
        return b64(gzip(s));
      case "deflate-base64":
        return b64(deflate(s));
      case "reversed":
        return new StringBuilder(s).reverse().toString();
      case "split-lines":
        return wrap(s, Math.max(8, s.length() / 3));
      case "split-spaces":
        return wrap(s, 4).replace('\n', ' ');
      case "split-dashes":
        return wrap(s, 6).replace("\n", " - ");
      case "zero-width":
        return perChar(s, c -> c + "\u200b");
      case "fullwidth":
        return fullwidth(s, 2);
      case "base64>hex":
        return hexOf(utf8(b64(s)), "", "");
      case "hex>base64":
        return b64(hexOf(utf8(s), "", ""));
      case "base64>base64":
        return b64(b64(s));
      case "base64>percent":
        return encode("percent", b64(s));
      case "rot13>base64":
        return b64(rot13(s));
      case "json>base64":
        return b64("{\"credentials\":{\"token\":\"" + jsonEsc(s) + "\"}}");
      default:
        throw new IllegalArgumentException(enc);
    }
  }
}
