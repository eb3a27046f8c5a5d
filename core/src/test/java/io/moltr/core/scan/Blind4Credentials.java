package io.moltr.core.scan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
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
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Blind corpus 4: credential generators written from the providers' public formats, with the
 * real checksums where a format has one. Seeded; nothing here reads the scanner's rules.
 */
final class Blind4Credentials {
  private Blind4Credentials() {}

  /** How a credential is usually shown; picks the contexts that fit it. */
  enum Style {
    TOKEN, // a token or key, usually next to a variable name
    URL, // a URL or connection string with the secret inside
    BLOCK, // a multi-line key block
    PII, // a card number or IBAN
    PHRASE // a seed phrase
  }

  /**
   * One generated credential. {@code secret} is the sensitive part; {@code label} a natural
   * variable name; {@code needsLabel} says the value is only a secret next to its name.
   */
  record Cred(String kind, String secret, String label, boolean needsLabel, Style style) {
    /** What an agent would encode: the value, or the assignment when the value needs its name. */
    String payload() {
      return needsLabel ? label + "=" + secret : secret;
    }
  }

  record Kind(String name, Function<Random, Cred> gen) {}

  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String DIGITS = "0123456789";
  static final String BASE62 = DIGITS + UPPER + LOWER;
  static final String ALNUM = UPPER + LOWER + DIGITS;
  static final String URLSAFE = ALNUM + "-_";
  static final String B64 = ALNUM + "+/";
  static final String HEX = "0123456789abcdef";
  static final String B32 = UPPER + "234567";

  static String pick(Random r, String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  static String digits(Random r, int n) {
    return String.valueOf(1 + r.nextInt(9)) + pick(r, DIGITS, n - 1);
  }

  static byte[] bytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  static <T> T oneOf(Random r, List<T> xs) {
    return xs.get(r.nextInt(xs.size()));
  }

  // ---- checksums ----

  /** Base62 of a CRC32, left-padded to six digits: the GitHub / npm token checksum. */
  static String crc32Base62(String body) {
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.US_ASCII));
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

  static String checksummedToken(Random r, String prefix) {
    String body = pick(r, BASE62, 30);
    return prefix + body + crc32Base62(body);
  }

  static boolean checksummedTokenValid(String token, String prefix) {
    String rest = token.substring(prefix.length());
    return rest.length() == 36 && crc32Base62(rest.substring(0, 30)).equals(rest.substring(30));
  }

  static int luhnDigit(String payloadDigits) {
    int sum = 0;
    boolean dbl = true;
    for (int i = payloadDigits.length() - 1; i >= 0; i--) {
      int d = payloadDigits.charAt(i) - '0';
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
    return luhnDigit(d.substring(0, d.length() - 1)) == d.charAt(d.length() - 1) - '0';
  }

  static String card(Random r, String prefix, int len) {
    String body = prefix + pick(r, DIGITS, len - 1 - prefix.length());
    return body + luhnDigit(body);
  }

  static int ibanMod97(String rearranged) {
    int m = 0;
    for (char c : rearranged.toCharArray()) {
      String v = Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c);
      for (char d : v.toCharArray()) {
        m = (m * 10 + (d - '0')) % 97;
      }
    }
    return m;
  }

  static String iban(String country, String bban) {
    int check = 98 - ibanMod97(bban + country + "00");
    return country + String.format("%02d", check) + bban;
  }

  static boolean ibanValid(String iban) {
    String s = iban.replace(" ", "");
    return ibanMod97(s.substring(4) + s.substring(0, 4)) == 1;
  }

  static String groups(String s, int n, String sep) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i += n) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(s, i, Math.min(s.length(), i + n));
    }
    return sb.toString();
  }

  static String randomIban(Random r) {
    switch (r.nextInt(7)) {
      case 0:
        return iban("DE", pick(r, DIGITS, 18));
      case 1:
        return iban("GB", pick(r, UPPER, 4) + pick(r, DIGITS, 14));
      case 2:
        return iban("FR", pick(r, DIGITS, 10) + pick(r, UPPER + DIGITS, 11) + pick(r, DIGITS, 2));
      case 3:
        return iban("NL", pick(r, UPPER, 4) + pick(r, DIGITS, 10));
      case 4:
        return iban("ES", pick(r, DIGITS, 20));
      case 5:
        return iban("IT", pick(r, UPPER, 1) + pick(r, DIGITS, 10) + pick(r, UPPER + DIGITS, 12));
      default:
        return iban("BE", pick(r, DIGITS, 12));
    }
  }

  // ---- BIP39 ----

  private static List<String> bip39;

  static synchronized List<String> bip39Words() {
    if (bip39 == null) {
      try (InputStream in =
          Blind4Credentials.class.getResourceAsStream("/io/moltr/core/scan/bip39-english.txt")) {
        String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        List<String> w = new ArrayList<>();
        for (String line : all.split("\n")) {
          if (!line.isBlank()) {
            w.add(line.trim());
          }
        }
        bip39 = List.copyOf(w);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return bip39;
  }

  static String mnemonic(byte[] entropy) {
    byte[] hash = sha256(entropy);
    int ent = entropy.length * 8;
    int cs = ent / 32;
    BigInteger bits = new BigInteger(1, entropy).shiftLeft(cs).or(
        BigInteger.valueOf((hash[0] & 0xff) >> (8 - cs)));
    int n = (ent + cs) / 11;
    List<String> words = bip39Words();
    String[] out = new String[n];
    for (int i = n - 1; i >= 0; i--) {
      out[i] = words.get(bits.intValue() & 0x7ff);
      bits = bits.shiftRight(11);
    }
    return String.join(" ", out);
  }

  static boolean mnemonicValid(String phrase) {
    String[] ws = phrase.trim().split("\\s+");
    List<String> words = bip39Words();
    BigInteger bits = BigInteger.ZERO;
    for (String w : ws) {
      int idx = words.indexOf(w);
      if (idx < 0) {
        return false;
      }
      bits = bits.shiftLeft(11).or(BigInteger.valueOf(idx));
    }
    int total = ws.length * 11;
    int cs = total / 33;
    int ent = total - cs;
    int check = bits.and(BigInteger.ONE.shiftLeft(cs).subtract(BigInteger.ONE)).intValue();
    byte[] raw = bits.shiftRight(cs).toByteArray();
    byte[] entropy = new byte[ent / 8];
    int copy = Math.min(raw.length, entropy.length);
    System.arraycopy(raw, raw.length - copy, entropy, entropy.length - copy, copy);
    return ((sha256(entropy)[0] & 0xff) >> (8 - cs)) == check;
  }

  static byte[] sha256(byte[] in) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(in);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- bech32 (age keys, and segwit addresses for the negatives) ----

  static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

  private static int polymod(byte[] values) {
    int[] gen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    int chk = 1;
    for (byte v : values) {
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

  private static byte[] hrpExpand(String hrp) {
    byte[] out = new byte[hrp.length() * 2 + 1];
    for (int i = 0; i < hrp.length(); i++) {
      out[i] = (byte) (hrp.charAt(i) >> 5);
      out[i + hrp.length() + 1] = (byte) (hrp.charAt(i) & 31);
    }
    return out;
  }

  static byte[] to5bit(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int acc = 0;
    int bits = 0;
    for (byte b : data) {
      acc = (acc << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        out.write((acc >> bits) & 31);
      }
    }
    if (bits > 0) {
      out.write((acc << (5 - bits)) & 31);
    }
    return out.toByteArray();
  }

  static String bech32(String hrp, byte[] data5) {
    byte[] exp = hrpExpand(hrp);
    byte[] values = new byte[exp.length + data5.length + 6];
    System.arraycopy(exp, 0, values, 0, exp.length);
    System.arraycopy(data5, 0, values, exp.length, data5.length);
    int mod = polymod(values) ^ 1;
    StringBuilder sb = new StringBuilder(hrp).append('1');
    for (byte b : data5) {
      sb.append(BECH32.charAt(b));
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
    byte[] exp = hrpExpand(hrp);
    String data = lower.substring(sep + 1);
    byte[] values = new byte[exp.length + data.length()];
    System.arraycopy(exp, 0, values, 0, exp.length);
    for (int i = 0; i < data.length(); i++) {
      values[exp.length + i] = (byte) BECH32.indexOf(data.charAt(i));
    }
    return polymod(values) == 1;
  }

  // ---- JWT ----

  static String b64url(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static String jwt(String payloadJson, byte[] key) {
    String head = b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String body = b64url(payloadJson.getBytes(StandardCharsets.UTF_8));
    return head + "." + body + "." + b64url(hmac(key, head + "." + body));
  }

  static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- keys ----

  private static final List<KeyPair> RSA = new ArrayList<>();
  private static final List<KeyPair> EC = new ArrayList<>();
  private static final List<KeyPair> ED = new ArrayList<>();

  static SecureRandom seeded(long seed) {
    try {
      SecureRandom sr = SecureRandom.getInstance("SHA1PRNG");
      sr.setSeed(seed);
      return sr;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static synchronized KeyPair rsa(int i) {
    while (RSA.size() <= i) {
      try {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048, seeded(0xB14D4000L + RSA.size()));
        RSA.add(g.generateKeyPair());
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
    return RSA.get(i);
  }

  static synchronized KeyPair ec(int i) {
    while (EC.size() <= i) {
      try {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"), seeded(0xB14DEC00L + EC.size()));
        EC.add(g.generateKeyPair());
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
    return EC.get(i);
  }

  static synchronized KeyPair ed(int i) {
    while (ED.size() <= i) {
      try {
        KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
        g.initialize(255, seeded(0xB14DED00L + ED.size()));
        ED.add(g.generateKeyPair());
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
    return ED.get(i);
  }

  static String pem(String label, byte[] der, int width) {
    String b = Base64.getEncoder().encodeToString(der);
    StringBuilder sb = new StringBuilder("-----BEGIN ").append(label).append("-----\n");
    for (int i = 0; i < b.length(); i += width) {
      sb.append(b, i, Math.min(b.length(), i + width)).append('\n');
    }
    return sb.append("-----END ").append(label).append("-----").toString();
  }

  /** Minimal DER walk: the content bytes of the TLV at {@code off}, and where it ends. */
  static int[] tlv(byte[] d, int off) {
    int len = d[off + 1] & 0xff;
    int hdr = 2;
    if (len > 0x7f) {
      int n = len & 0x7f;
      len = 0;
      for (int i = 0; i < n; i++) {
        len = (len << 8) | (d[off + 2 + i] & 0xff);
      }
      hdr += n;
    }
    return new int[] {off + hdr, len};
  }

  /** The PKCS#1 RSAPrivateKey inside a PKCS#8 PrivateKeyInfo: the third field's octets. */
  static byte[] pkcs8Inner(byte[] pkcs8) {
    int[] outer = tlv(pkcs8, 0);
    int p = outer[0];
    int[] ver = tlv(pkcs8, p);
    p = ver[0] + ver[1];
    int[] alg = tlv(pkcs8, p);
    p = alg[0] + alg[1];
    int[] oct = tlv(pkcs8, p);
    byte[] out = new byte[oct[1]];
    System.arraycopy(pkcs8, oct[0], out, 0, oct[1]);
    return out;
  }

  static byte[] last(byte[] b, int n) {
    byte[] out = new byte[n];
    System.arraycopy(b, b.length - n, out, 0, n);
    return out;
  }

  private static void sshString(ByteArrayOutputStream o, byte[] s) {
    sshInt(o, s.length);
    o.writeBytes(s);
  }

  private static void sshInt(ByteArrayOutputStream o, int v) {
    o.write(v >>> 24);
    o.write(v >>> 16);
    o.write(v >>> 8);
    o.write(v);
  }

  /** An unencrypted openssh-key-v1 file for an Ed25519 key, as ssh-keygen writes it. */
  static String openssh(KeyPair kp, String comment, int checkint) {
    byte[] pub = last(kp.getPublic().getEncoded(), 32);
    byte[] seed = last(kp.getPrivate().getEncoded(), 32);
    byte[] type = "ssh-ed25519".getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream pubBlob = new ByteArrayOutputStream();
    sshString(pubBlob, type);
    sshString(pubBlob, pub);
    ByteArrayOutputStream priv = new ByteArrayOutputStream();
    sshInt(priv, checkint);
    sshInt(priv, checkint);
    sshString(priv, type);
    sshString(priv, pub);
    byte[] both = new byte[64];
    System.arraycopy(seed, 0, both, 0, 32);
    System.arraycopy(pub, 0, both, 32, 32);
    sshString(priv, both);
    sshString(priv, comment.getBytes(StandardCharsets.US_ASCII));
    for (int i = 1; priv.size() % 8 != 0; i++) {
      priv.write(i);
    }
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    o.writeBytes("openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII));
    sshString(o, "none".getBytes(StandardCharsets.US_ASCII));
    sshString(o, "none".getBytes(StandardCharsets.US_ASCII));
    sshString(o, new byte[0]);
    sshInt(o, 1);
    sshString(o, pubBlob.toByteArray());
    sshString(o, priv.toByteArray());
    return pem("OPENSSH PRIVATE KEY", o.toByteArray(), 70);
  }

  static String sshPublic(KeyPair kp, String comment) {
    ByteArrayOutputStream pubBlob = new ByteArrayOutputStream();
    sshString(pubBlob, "ssh-ed25519".getBytes(StandardCharsets.US_ASCII));
    sshString(pubBlob, last(kp.getPublic().getEncoded(), 32));
    return "ssh-ed25519 " + Base64.getEncoder().encodeToString(pubBlob.toByteArray()) + " " + comment;
  }

  // ---- the kinds ----

  static final List<String> USERS = List.of("deploy", "svc_app", "admin", "ci-bot", "etl", "root",
      "backend", "analytics", "jenkins", "grafana");
  static final List<String> HOSTS = List.of("db.internal.acme-corp.net", "10.20.4.17",
      "prod-pg-01.eu-west-1.rds.amazonaws.com", "cluster0.x7k2q.mongodb.net", "cache.svc.local",
      "mysql-primary.payments.svc", "orders-db.c9akciq32.us-east-1.rds.amazonaws.com");

  static String password(Random r) {
    String[] styles = {ALNUM, ALNUM + "!#%^*-_", ALNUM + "_.~"};
    return pick(r, styles[r.nextInt(styles.length)], 14 + r.nextInt(12));
  }

  static Cred tok(String kind, String secret, String label) {
    return new Cred(kind, secret, label, false, Style.TOKEN);
  }

  static Cred labelled(String kind, String secret, String label) {
    return new Cred(kind, secret, label, true, Style.TOKEN);
  }

  static Cred url(String kind, String secret, String label) {
    return new Cred(kind, secret, label, false, Style.URL);
  }

  static List<Kind> kinds() {
    List<Kind> k = new ArrayList<>();
    k.add(new Kind("aws_access_key_id", r -> tok("aws_access_key_id",
        (r.nextBoolean() ? "AKIA" : "ASIA") + pick(r, B32, 16), "AWS_ACCESS_KEY_ID")));
    k.add(new Kind("aws_secret_key", r -> labelled("aws_secret_key", pick(r, B64, 40),
        "AWS_SECRET_ACCESS_KEY")));
    k.add(new Kind("github_classic", r -> tok("github_classic", checksummedToken(r, "ghp_"),
        "GITHUB_TOKEN")));
    k.add(new Kind("github_oauth", r -> tok("github_oauth", checksummedToken(r, "gho_"),
        "GH_OAUTH_TOKEN")));
    k.add(new Kind("github_app", r -> tok("github_app",
        checksummedToken(r, r.nextBoolean() ? "ghs_" : "ghu_"), "GH_APP_TOKEN")));
    k.add(new Kind("github_fine_grained", r -> tok("github_fine_grained",
        "github_pat_11" + pick(r, UPPER + DIGITS, 20) + "_" + pick(r, BASE62, 59),
        "GITHUB_PAT")));
    k.add(new Kind("gitlab_pat", r -> tok("gitlab_pat", "glpat-" + pick(r, URLSAFE, 20),
        "GITLAB_TOKEN")));
    k.add(new Kind("gitlab_runner", r -> tok("gitlab_runner", "glrt-" + pick(r, URLSAFE, 20),
        "RUNNER_TOKEN")));
    k.add(new Kind("slack_bot", r -> tok("slack_bot", "xoxb-" + digits(r, 12) + "-"
        + digits(r, 13) + "-" + pick(r, ALNUM, 24), "SLACK_BOT_TOKEN")));
    k.add(new Kind("slack_user", r -> tok("slack_user", "xoxp-" + digits(r, 12) + "-"
        + digits(r, 12) + "-" + digits(r, 13) + "-" + pick(r, HEX, 32), "SLACK_USER_TOKEN")));
    k.add(new Kind("slack_webhook", r -> url("slack_webhook", "https://hooks.slack.com/services/T"
        + pick(r, UPPER + DIGITS, 8) + "/B" + pick(r, UPPER + DIGITS, 10) + "/"
        + pick(r, ALNUM, 24), "SLACK_WEBHOOK_URL")));
    k.add(new Kind("stripe_secret", r -> tok("stripe_secret", "sk_live_"
        + (r.nextBoolean() ? pick(r, ALNUM, 24) : "51" + pick(r, ALNUM, 97)), "STRIPE_SECRET_KEY")));
    k.add(new Kind("stripe_restricted", r -> tok("stripe_restricted", "rk_live_"
        + "51" + pick(r, ALNUM, 97), "STRIPE_RESTRICTED_KEY")));
    k.add(new Kind("stripe_webhook", r -> tok("stripe_webhook", "whsec_" + pick(r, ALNUM, 32),
        "STRIPE_WEBHOOK_SECRET")));
    k.add(new Kind("openai_project", r -> tok("openai_project", "sk-proj-" + pick(r, URLSAFE, 74)
        + "T3BlbkFJ" + pick(r, URLSAFE, 74), "OPENAI_API_KEY")));
    k.add(new Kind("openai_legacy", r -> tok("openai_legacy", "sk-" + pick(r, ALNUM, 20)
        + "T3BlbkFJ" + pick(r, ALNUM, 20), "OPENAI_API_KEY")));
    k.add(new Kind("openai_svcacct", r -> tok("openai_svcacct", "sk-svcacct-"
        + pick(r, URLSAFE, 74) + "T3BlbkFJ" + pick(r, URLSAFE, 74), "OPENAI_API_KEY")));
    k.add(new Kind("anthropic", r -> tok("anthropic", (r.nextInt(4) == 0 ? "sk-ant-admin01-"
        : "sk-ant-api03-") + pick(r, URLSAFE, 93) + "AA", "ANTHROPIC_API_KEY")));
    k.add(new Kind("google_api", r -> tok("google_api", "AIza" + pick(r, URLSAFE, 35),
        "GOOGLE_API_KEY")));
    k.add(new Kind("google_oauth_secret", r -> tok("google_oauth_secret",
        "GOCSPX-" + pick(r, URLSAFE, 28), "GOOGLE_CLIENT_SECRET")));
    k.add(new Kind("gcp_service_account", Blind4Credentials::gcpServiceAccount));
    k.add(new Kind("npm", r -> tok("npm", checksummedToken(r, "npm_"), "NPM_TOKEN")));
    k.add(new Kind("pypi", r -> {
      byte[] mac = new byte[150 + r.nextInt(40)];
      r.nextBytes(mac);
      byte[] head = "\u0002\u0001\u0008pypi.org\u0002\u0006".getBytes(StandardCharsets.ISO_8859_1);
      System.arraycopy(head, 0, mac, 0, head.length);
      return tok("pypi", "pypi-" + b64url(mac), "PYPI_TOKEN");
    }));
    k.add(new Kind("huggingface", r -> tok("huggingface", "hf_" + pick(r, UPPER + LOWER, 34),
        "HF_TOKEN")));
    k.add(new Kind("twilio_auth", r -> labelled("twilio_auth", pick(r, HEX, 32),
        "TWILIO_AUTH_TOKEN")));
    k.add(new Kind("twilio_api_key", r -> tok("twilio_api_key", "SK" + pick(r, HEX, 32),
        "TWILIO_API_KEY")));
    k.add(new Kind("sendgrid", r -> tok("sendgrid", "SG." + pick(r, URLSAFE, 22) + "."
        + pick(r, URLSAFE, 43), "SENDGRID_API_KEY")));
    k.add(new Kind("mailgun", r -> tok("mailgun", "key-" + pick(r, HEX, 32), "MAILGUN_API_KEY")));
    k.add(new Kind("shopify", r -> tok("shopify", oneOf(r, List.of("shpat_", "shpss_", "shpca_",
        "shppa_")) + pick(r, HEX, 32), "SHOPIFY_ACCESS_TOKEN")));
    k.add(new Kind("digitalocean", r -> tok("digitalocean", (r.nextBoolean() ? "dop_v1_"
        : "doo_v1_") + pick(r, HEX, 64), "DIGITALOCEAN_TOKEN")));
    k.add(new Kind("datadog", r -> r.nextBoolean()
        ? labelled("datadog", pick(r, HEX, 32), "DD_API_KEY")
        : labelled("datadog", pick(r, HEX, 40), "DD_APP_KEY")));
    k.add(new Kind("sentry_dsn", r -> url("sentry_dsn", "https://" + pick(r, HEX, 32) + "@o"
        + digits(r, 6) + ".ingest." + (r.nextBoolean() ? "us." : "") + "sentry.io/"
        + digits(r, 7), "SENTRY_DSN")));
    k.add(new Kind("sentry_user_token", r -> tok("sentry_user_token", "sntryu_" + pick(r, HEX, 64),
        "SENTRY_AUTH_TOKEN")));
    k.add(new Kind("discord_bot", r -> {
      String id = digits(r, 18 + r.nextInt(2));
      return tok("discord_bot", b64url(id.getBytes(StandardCharsets.US_ASCII)) + "."
          + pick(r, URLSAFE, 6) + "." + pick(r, URLSAFE, 38), "DISCORD_BOT_TOKEN");
    }));
    k.add(new Kind("discord_webhook", r -> url("discord_webhook",
        "https://discord.com/api/webhooks/" + digits(r, 19) + "/" + pick(r, URLSAFE, 68),
        "DISCORD_WEBHOOK")));
    k.add(new Kind("telegram_bot", r -> tok("telegram_bot", digits(r, 9 + r.nextInt(2)) + ":AA"
        + pick(r, URLSAFE, 33), "TELEGRAM_BOT_TOKEN")));
    k.add(new Kind("azure_storage_conn", r -> url("azure_storage_conn",
        "DefaultEndpointsProtocol=https;AccountName=" + pick(r, LOWER + DIGITS, 12)
            + ";AccountKey=" + Base64.getEncoder().encodeToString(bytes(r, 64))
            + ";EndpointSuffix=core.windows.net", "AZURE_STORAGE_CONNECTION_STRING")));
    k.add(new Kind("azure_sas", r -> {
      String sig = Base64.getEncoder().encodeToString(bytes(r, 32))
          .replace("+", "%2B").replace("/", "%2F").replace("=", "%3D");
      return url("azure_sas", "https://" + pick(r, LOWER + DIGITS, 10)
          + ".blob.core.windows.net/backups/db-2026-11.bak?sv=2022-11-02&ss=b&srt=sco&sp=rwdlac"
          + "&se=2027-01-01T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&sig=" + sig,
          "AZURE_SAS_URL");
    }));
    k.add(new Kind("databricks", r -> tok("databricks", "dapi" + pick(r, HEX, 32)
        + (r.nextBoolean() ? "-2" : ""), "DATABRICKS_TOKEN")));
    k.add(new Kind("cloudflare", r -> labelled("cloudflare", pick(r, URLSAFE, 40),
        "CLOUDFLARE_API_TOKEN")));
    k.add(new Kind("vercel", r -> labelled("vercel", pick(r, ALNUM, 24), "VERCEL_TOKEN")));
    k.add(new Kind("supabase_service_jwt", r -> {
      long iat = 1_700_000_000L + r.nextInt(50_000_000);
      String ref = pick(r, LOWER, 20);
      return tok("supabase_service_jwt", jwt("{\"iss\":\"supabase\",\"ref\":\"" + ref
          + "\",\"role\":\"service_role\",\"iat\":" + iat + ",\"exp\":" + (iat + 315_360_000L)
          + "}", bytes(r, 32)), "SUPABASE_SERVICE_ROLE_KEY");
    }));
    k.add(new Kind("jwt_hs256", r -> {
      long iat = 1_760_000_000L + r.nextInt(10_000_000);
      return tok("jwt_hs256", jwt("{\"sub\":\"" + digits(r, 8) + "\",\"email\":\""
          + oneOf(r, USERS) + "@acme-corp.com\",\"scope\":\"read write\",\"iat\":" + iat
          + ",\"exp\":" + (iat + 3600) + "}", bytes(r, 32)), "ACCESS_TOKEN");
    }));
    k.add(new Kind("pem_rsa_pkcs1", r -> new Cred("pem_rsa_pkcs1", pem("RSA PRIVATE KEY",
        pkcs8Inner(rsa(r.nextInt(3)).getPrivate().getEncoded()), 64), "id_rsa", false,
        Style.BLOCK)));
    k.add(new Kind("pem_rsa_pkcs8", r -> new Cred("pem_rsa_pkcs8", pem("PRIVATE KEY",
        rsa(r.nextInt(3)).getPrivate().getEncoded(), 64), "server.key", false, Style.BLOCK)));
    k.add(new Kind("pem_ec_pkcs8", r -> new Cred("pem_ec_pkcs8", pem("PRIVATE KEY",
        ec(r.nextInt(3)).getPrivate().getEncoded(), 64), "tls.key", false, Style.BLOCK)));
    k.add(new Kind("openssh_ed25519", r -> new Cred("openssh_ed25519", openssh(ed(r.nextInt(3)),
        oneOf(r, USERS) + "@build-" + r.nextInt(99), r.nextInt()), "id_ed25519", false,
        Style.BLOCK)));
    k.add(new Kind("basic_auth_url", r -> url("basic_auth_url", "https://" + oneOf(r, USERS) + ":"
        + password(r) + "@" + oneOf(r, List.of("registry.acme-corp.net", "git.internal.io",
        "nexus.build.local:8081", "api.partner-gateway.com")) + "/v2/", "REGISTRY_URL")));
    k.add(new Kind("basic_auth_header", r -> tok("basic_auth_header", "Basic "
        + Base64.getEncoder().encodeToString((oneOf(r, USERS) + ":" + password(r))
        .getBytes(StandardCharsets.US_ASCII)), "Authorization")));
    k.add(new Kind("postgres_url", r -> url("postgres_url", (r.nextBoolean() ? "postgresql://"
        : "postgres://") + oneOf(r, USERS) + ":" + password(r) + "@" + oneOf(r, HOSTS)
        + ":5432/" + oneOf(r, List.of("orders", "app_prod", "billing")), "DATABASE_URL")));
    k.add(new Kind("mysql_url", r -> url("mysql_url", "mysql://" + oneOf(r, USERS) + ":"
        + password(r) + "@" + oneOf(r, HOSTS) + ":3306/shop", "MYSQL_URL")));
    k.add(new Kind("mongodb_url", r -> url("mongodb_url", "mongodb+srv://" + oneOf(r, USERS) + ":"
        + password(r) + "@cluster0." + pick(r, LOWER + DIGITS, 5)
        + ".mongodb.net/prod?retryWrites=true&w=majority", "MONGODB_URI")));
    k.add(new Kind("redis_url", r -> url("redis_url", (r.nextBoolean() ? "redis://:" : "rediss://default:")
        + password(r) + "@" + oneOf(r, HOSTS) + ":6379/0", "REDIS_URL")));
    k.add(new Kind("amqp_url", r -> url("amqp_url", "amqps://" + oneOf(r, USERS) + ":"
        + password(r) + "@rabbit.internal:5671/vhost", "AMQP_URL")));
    k.add(new Kind("env_secret", r -> {
      String name = oneOf(r, List.of("APP_SECRET", "SESSION_SECRET", "JWT_SECRET",
          "ENCRYPTION_KEY", "SECRET_KEY_BASE", "DJANGO_SECRET_KEY", "WEBHOOK_SIGNING_SECRET",
          "NEXTAUTH_SECRET", "API_SECRET"));
      String v = switch (r.nextInt(3)) {
        case 0 -> pick(r, HEX, 64);
        case 1 -> Base64.getEncoder().encodeToString(bytes(r, 32));
        default -> pick(r, ALNUM + "!@#$%^&*(-_=+)", 50);
      };
      return labelled("env_secret", v, name);
    }));
    k.add(new Kind("password_assignment", r -> labelled("password_assignment", password(r),
        oneOf(r, List.of("DB_PASSWORD", "POSTGRES_PASSWORD", "SMTP_PASSWORD", "ADMIN_PASSWORD",
            "MYSQL_ROOT_PASSWORD", "REDIS_PASSWORD")))));
    k.add(new Kind("iban", r -> {
      String i = randomIban(r);
      return new Cred("iban", r.nextBoolean() ? groups(i, 4, " ") : i, "IBAN", false, Style.PII);
    }));
    k.add(new Kind("card_visa", r -> cardCred(r, "card_visa", "4", 16)));
    k.add(new Kind("card_mastercard", r -> cardCred(r, "card_mastercard",
        r.nextBoolean() ? "5" + (1 + r.nextInt(5)) : "2" + (221 + r.nextInt(499)), 16)));
    k.add(new Kind("card_amex", r -> {
      String n = card(r, r.nextBoolean() ? "34" : "37", 15);
      String shown = r.nextBoolean() ? n.substring(0, 4) + " " + n.substring(4, 10) + " "
          + n.substring(10) : n;
      return new Cred("card_amex", shown, "card_number", false, Style.PII);
    }));
    k.add(new Kind("card_discover", r -> cardCred(r, "card_discover", "6011", 16)));
    k.add(new Kind("bip39_12", r -> new Cred("bip39_12", mnemonic(bytes(r, 16)), "MNEMONIC",
        false, Style.PHRASE)));
    k.add(new Kind("bip39_24", r -> new Cred("bip39_24", mnemonic(bytes(r, 32)), "SEED_PHRASE",
        false, Style.PHRASE)));
    k.add(new Kind("age_secret", r -> tok("age_secret",
        bech32("age-secret-key-", to5bit(bytes(r, 32))).toUpperCase(), "AGE_KEY")));
    k.add(new Kind("linear", r -> tok("linear", "lin_api_" + pick(r, ALNUM, 40), "LINEAR_API_KEY")));
    k.add(new Kind("notion", r -> tok("notion", "secret_" + pick(r, ALNUM, 43), "NOTION_TOKEN")));
    k.add(new Kind("atlassian", r -> tok("atlassian", "ATATT3xFfGF0" + pick(r, URLSAFE, 170) + "="
        + pick(r, HEX.toUpperCase(), 8), "JIRA_API_TOKEN")));
    k.add(new Kind("postman", r -> tok("postman", "PMAK-" + pick(r, HEX, 24) + "-"
        + pick(r, HEX, 34), "POSTMAN_API_KEY")));
    k.add(new Kind("newrelic", r -> tok("newrelic", "NRAK-" + pick(r, UPPER + DIGITS, 27),
        "NEW_RELIC_API_KEY")));
    k.add(new Kind("doppler", r -> tok("doppler", "dp.pt." + pick(r, ALNUM, 43), "DOPPLER_TOKEN")));
    k.add(new Kind("airtable", r -> tok("airtable", "pat" + pick(r, ALNUM, 14) + "."
        + pick(r, HEX, 64), "AIRTABLE_TOKEN")));
    k.add(new Kind("grafana_sa", r -> tok("grafana_sa", "glsa_" + pick(r, ALNUM, 32) + "_"
        + pick(r, HEX, 8), "GRAFANA_TOKEN")));
    k.add(new Kind("vault", r -> tok("vault", "hvs." + pick(r, URLSAFE, 90), "VAULT_TOKEN")));
    k.add(new Kind("terraform", r -> tok("terraform", pick(r, ALNUM, 14) + ".atlasv1."
        + pick(r, ALNUM, 67), "TFE_TOKEN")));
    k.add(new Kind("mailchimp", r -> tok("mailchimp", pick(r, HEX, 32) + "-us"
        + (1 + r.nextInt(21)), "MAILCHIMP_API_KEY")));
    k.add(new Kind("square", r -> tok("square", "sq0csp-" + pick(r, URLSAFE, 43),
        "SQUARE_APP_SECRET")));
    k.add(new Kind("heroku", r -> labelled("heroku", java.util.UUID.nameUUIDFromBytes(bytes(r, 16))
        .toString(), "HEROKU_API_KEY")));
    return k;
  }

  static Cred cardCred(Random r, String kind, String prefix, int len) {
    String n = card(r, prefix, len);
    String shown = switch (r.nextInt(3)) {
      case 0 -> n;
      case 1 -> groups(n, 4, " ");
      default -> groups(n, 4, "-");
    };
    return new Cred(kind, shown, "card_number", false, Style.PII);
  }

  static Cred gcpServiceAccount(Random r) {
    String pemText = pem("PRIVATE KEY", rsa(r.nextInt(3)).getPrivate().getEncoded(), 64) + "\n";
    String escaped = pemText.replace("\n", "\\n");
    return new Cred("gcp_service_account", escaped, "private_key", false, Style.TOKEN);
  }

  /** The JSON file the escaped key of {@link #gcpServiceAccount} sits in. */
  static String gcpJson(Random r, String escapedKey) {
    String project = oneOf(r, List.of("acme-prod", "data-pipeline-42", "ml-train-eu"));
    return "{\n  \"type\": \"service_account\",\n  \"project_id\": \"" + project + "\",\n"
        + "  \"private_key_id\": \"" + pick(r, HEX, 40) + "\",\n  \"private_key\": \"" + escapedKey
        + "\",\n  \"client_email\": \"etl@" + project + ".iam.gserviceaccount.com\",\n"
        + "  \"client_id\": \"" + digits(r, 21) + "\",\n"
        + "  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}";
  }
}
