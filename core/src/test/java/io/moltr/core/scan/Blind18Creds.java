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
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Fake credentials in their providers' documented formats, with the checksums the formats carry.
 *
 * <p>Label decisions (from issue 3's "Detection" list):
 *
 * <ul>
 *   <li>BIP39 seed phrases are left out: the 2048-word list cannot be written here exactly from
 *       memory, and a phrase with a wrong word would test nothing.
 *   <li>Datadog, Cloudflare and Vercel keys have no prefix of their own; they appear as
 *       assignments to their documented variable names (DD_API_KEY, CLOUDFLARE_API_TOKEN,
 *       VERCEL_TOKEN), as an agent writes them. The issue names these providers, and the generic
 *       assignment detector with entropy is what must catch an unprefixed key.
 *   <li>A Sentry DSN is positive only with a secret in it (the legacy public:secret form), and a
 *       Sentry auth token (sntryu_); the issue says "Sentry DSNs with secrets". A public-only DSN
 *       is a negative (Blind18Negatives).
 *   <li>A JWT is positive only with a real HMAC signature; alg none is a negative.
 *   <li>National IDs: only formats whose checksum exists and is documented (ES DNI letter, NL BSN
 *       eleven-test, PL PESEL, BR CPF, SE personnummer Luhn, FI HETU mod 31). US SSNs have no
 *       checksum and are left out.
 * </ul>
 */
final class Blind18Creds {
  record Kind(String name, String var, boolean multiLine, Function<Random, String> make) {}

  static final String UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOW = "abcdefghijklmnopqrstuvwxyz";
  static final String DIG = "0123456789";
  static final String B62 = DIG + UP + LOW;
  static final String B64URL = UP + LOW + DIG + "-_";
  static final String B64 = UP + LOW + DIG + "+/";
  static final String HEX = "0123456789abcdef";

  private Blind18Creds() {}

  static String from(Random r, String alphabet, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  /** Random text of the alphabet, retried until it mixes upper, lower and digits (real keys do). */
  static String mixed(Random r, String alphabet, int n) {
    boolean up = alphabet.chars().anyMatch(Character::isUpperCase);
    boolean low = alphabet.chars().anyMatch(Character::isLowerCase);
    boolean dig = alphabet.chars().anyMatch(Character::isDigit);
    while (true) {
      String s = from(r, alphabet, n);
      if ((!up || s.chars().anyMatch(Character::isUpperCase))
          && (!low || s.chars().anyMatch(Character::isLowerCase))
          && (!dig || s.chars().filter(Character::isDigit).count() >= 2)) {
        return s;
      }
    }
  }

  static String hex(Random r, int n) {
    while (true) {
      String s = from(r, HEX, n);
      if (s.chars().filter(Character::isLetter).count() >= 3) {
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

  static String base62(long v, int width) {
    StringBuilder b = new StringBuilder();
    while (v > 0) {
      b.append(B62.charAt((int) (v % 62)));
      v /= 62;
    }
    while (b.length() < width) {
      b.append('0');
    }
    return b.reverse().toString();
  }

  /** GitHub's and npm's token checksum: CRC32 of the random part, base62, six characters. */
  static String crcToken(Random r, String prefix) {
    String body = mixed(r, B62, 30);
    CRC32 c = new CRC32();
    c.update(body.getBytes(StandardCharsets.US_ASCII));
    return prefix + body + base62(c.getValue(), 6);
  }

  static boolean crcTokenValid(String token, String prefix) {
    String rest = token.substring(prefix.length());
    CRC32 c = new CRC32();
    c.update(rest.substring(0, 30).getBytes(StandardCharsets.US_ASCII));
    return rest.length() == 36 && rest.substring(30).equals(base62(c.getValue(), 6));
  }

  static int luhnSum(String digits) {
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
    return sum;
  }

  static boolean luhn(String digits) {
    return luhnSum(digits) % 10 == 0;
  }

  static String withLuhn(String partial) {
    for (int d = 0; d < 10; d++) {
      if (luhn(partial + d)) {
        return partial + d;
      }
    }
    throw new IllegalStateException();
  }

  static String card(Random r, String prefix, int length) {
    return withLuhn(prefix + from(r, DIG, length - prefix.length() - 1));
  }

  static int ibanMod(String iban) {
    String s = iban.substring(4) + iban.substring(0, 4);
    StringBuilder n = new StringBuilder();
    for (char c : s.toCharArray()) {
      n.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(n.toString()).mod(BigInteger.valueOf(97)).intValue();
  }

  static String iban(String country, String bban) {
    int check = 98 - ibanMod(country + "00" + bban);
    return country + String.format("%02d", check) + bban;
  }

  static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  static String base58check(byte[] payload) {
    byte[] check = sha256(sha256(payload));
    byte[] all = new byte[payload.length + 4];
    System.arraycopy(payload, 0, all, 0, payload.length);
    System.arraycopy(check, 0, all, payload.length, 4);
    BigInteger v = new BigInteger(1, all);
    StringBuilder b = new StringBuilder();
    while (v.signum() > 0) {
      BigInteger[] qr = v.divideAndRemainder(BigInteger.valueOf(58));
      b.append(B58.charAt(qr[1].intValue()));
      v = qr[0];
    }
    for (byte x : all) {
      if (x != 0) {
        break;
      }
      b.append('1');
    }
    return b.reverse().toString();
  }

  static boolean base58checkValid(String s) {
    BigInteger v = BigInteger.ZERO;
    for (char c : s.toCharArray()) {
      v = v.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(B58.indexOf(c)));
    }
    byte[] raw = v.toByteArray();
    int off = raw[0] == 0 ? 1 : 0;
    int n = raw.length - off;
    byte[] payload = new byte[n - 4];
    System.arraycopy(raw, off, payload, 0, n - 4);
    byte[] check = sha256(sha256(payload));
    for (int i = 0; i < 4; i++) {
      if (check[i] != raw[off + n - 4 + i]) {
        return false;
      }
    }
    return true;
  }

  static String wif(Random r, boolean compressed) {
    byte[] key = bytes(r, 32);
    key[0] = (byte) (key[0] & 0x7f);
    byte[] p = new byte[compressed ? 34 : 33];
    p[0] = (byte) 0x80;
    System.arraycopy(key, 0, p, 1, 32);
    if (compressed) {
      p[33] = 1;
    }
    return base58check(p);
  }

  // bech32 (BIP 173), as age uses it for AGE-SECRET-KEY-1...
  static final String BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

  static int polymod(int[] values) {
    int[] gen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    int chk = 1;
    for (int v : values) {
      int top = chk >>> 25;
      chk = (chk & 0x1ffffff) << 5 ^ v;
      for (int i = 0; i < 5; i++) {
        if (((top >>> i) & 1) != 0) {
          chk ^= gen[i];
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
      acc = acc << 8 | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        five.add(acc >> bits & 31);
      }
    }
    if (bits > 0) {
      five.add(acc << (5 - bits) & 31);
    }
    int[] he = hrpExpand(hrp);
    int[] vals = new int[he.length + five.size() + 6];
    System.arraycopy(he, 0, vals, 0, he.length);
    for (int i = 0; i < five.size(); i++) {
      vals[he.length + i] = five.get(i);
    }
    int mod = polymod(vals) ^ 1;
    StringBuilder b = new StringBuilder(hrp).append('1');
    for (int v : five) {
      b.append(BECH.charAt(v));
    }
    for (int i = 0; i < 6; i++) {
      b.append(BECH.charAt(mod >> 5 * (5 - i) & 31));
    }
    return b.toString();
  }

  static boolean bech32Valid(String s) {
    String low = s.toLowerCase();
    int sep = low.lastIndexOf('1');
    String hrp = low.substring(0, sep);
    int[] he = hrpExpand(hrp);
    String d = low.substring(sep + 1);
    int[] vals = new int[he.length + d.length()];
    System.arraycopy(he, 0, vals, 0, he.length);
    for (int i = 0; i < d.length(); i++) {
      vals[he.length + i] = BECH.indexOf(d.charAt(i));
    }
    return polymod(vals) == 1;
  }

  static String hmacJwt(Random r, String payload) {
    try {
      String h = b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
      String p = b64url(payload.getBytes(StandardCharsets.UTF_8));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(bytes(r, 32), "HmacSHA256"));
      byte[] sig = mac.doFinal((h + "." + p).getBytes(StandardCharsets.US_ASCII));
      return h + "." + p + "." + b64url(sig);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String wrap(String s, int width) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i += width) {
      b.append(s, i, Math.min(s.length(), i + width)).append('\n');
    }
    return b.toString();
  }

  static String pem(Random r, String label, byte[] head, int len) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    o.writeBytes(head);
    o.writeBytes(bytes(r, len - head.length));
    return "-----BEGIN " + label + "-----\n" + wrap(b64(o.toByteArray()), 64) + "-----END " + label
        + "-----";
  }

  static final byte[] PKCS8_RSA = {
    0x30, (byte) 0x82, 0x04, (byte) 0xbd, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a,
    (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04,
    (byte) 0x82, 0x04, (byte) 0xa7, 0x30, (byte) 0x82, 0x04, (byte) 0xa3, 0x02, 0x01, 0x00, 0x02,
    (byte) 0x82, 0x01, 0x01, 0x00
  };
  static final byte[] PKCS1_RSA = {
    0x30, (byte) 0x82, 0x04, (byte) 0xa4, 0x02, 0x01, 0x00, 0x02, (byte) 0x82, 0x01, 0x01, 0x00
  };
  static final byte[] SEC1_EC = {0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20};

  static String openssh(Random r) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    o.writeBytes("openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII));
    o.writeBytes(new byte[] {0, 0, 0, 4});
    o.writeBytes("none".getBytes(StandardCharsets.US_ASCII));
    o.writeBytes(new byte[] {0, 0, 0, 4});
    o.writeBytes("none".getBytes(StandardCharsets.US_ASCII));
    o.writeBytes(new byte[] {0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0x33, 0, 0, 0, 0x0b});
    o.writeBytes("ssh-ed25519".getBytes(StandardCharsets.US_ASCII));
    o.writeBytes(new byte[] {0, 0, 0, 0x20});
    o.writeBytes(bytes(r, 32));
    o.writeBytes(new byte[] {0, 0, 0, (byte) 0x88});
    o.writeBytes(bytes(r, 136));
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + wrap(b64(o.toByteArray()), 70)
        + "-----END OPENSSH PRIVATE KEY-----";
  }

  static String pgp(Random r) {
    byte[] body = bytes(r, 600);
    body[0] = (byte) 0x95;
    int crc = 0xB704CE;
    for (byte b : body) {
      crc ^= (b & 0xff) << 16;
      for (int i = 0; i < 8; i++) {
        crc <<= 1;
        if ((crc & 0x1000000) != 0) {
          crc ^= 0x1864CFB;
        }
      }
    }
    crc &= 0xffffff;
    byte[] c = {(byte) (crc >> 16), (byte) (crc >> 8), (byte) crc};
    return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + wrap(b64(body), 64) + "=" + b64(c)
        + "\n-----END PGP PRIVATE KEY BLOCK-----";
  }

  static String putty(Random r) {
    String pub = b64(bytes(r, 51));
    return "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@ci-runner\n"
        + "Public-Lines: 2\n" + wrap(pub, 64) + "Private-Lines: 1\n" + b64(bytes(r, 36)) + "\n"
        + "Private-MAC: " + hex(r, 64);
  }

  static String snowflake(Random r) {
    return "1" + from(r, DIG, 18);
  }

  static String discordBot(Random r) {
    String id = b64url(snowflake(r).getBytes(StandardCharsets.US_ASCII));
    return id + "." + mixed(r, B64URL, 6) + "." + mixed(r, B64URL, 38);
  }

  static String gcpServiceAccount(Random r) {
    String key = pem(r, "PRIVATE KEY", PKCS8_RSA, 1217).replace("\n", "\\n");
    String proj = "billing-etl-" + from(r, DIG, 6);
    return "{\n  \"type\": \"service_account\",\n  \"project_id\": \"" + proj + "\",\n"
        + "  \"private_key_id\": \"" + hex(r, 40) + "\",\n  \"private_key\": \"" + key + "\\n\",\n"
        + "  \"client_email\": \"etl-runner@" + proj + ".iam.gserviceaccount.com\",\n"
        + "  \"client_id\": \"1" + from(r, DIG, 20) + "\",\n"
        + "  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}";
  }

  static String k8sSecret(Random r) {
    String pw = mixed(r, B62 + "!#%", 24);
    String user = b64("svc_orders".getBytes(StandardCharsets.UTF_8));
    return "apiVersion: v1\nkind: Secret\nmetadata:\n  name: orders-db\n  namespace: prod\n"
        + "type: Opaque\ndata:\n  username: " + user + "\n  password: "
        + b64(pw.getBytes(StandardCharsets.UTF_8));
  }

  static String dni(Random r) {
    int n = 10_000_000 + r.nextInt(89_999_999);
    return n + String.valueOf("TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23));
  }

  static boolean bsnValid(String s) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (s.charAt(i) - '0') * (9 - i);
    }
    return (sum - (s.charAt(8) - '0')) % 11 == 0;
  }

  static String bsn(Random r) {
    while (true) {
      String s = (1 + r.nextInt(8)) + from(r, DIG, 8);
      if (bsnValid(s)) {
        return s;
      }
    }
  }

  static String pesel(Random r) {
    String s = String.format("%02d%02d%02d", 50 + r.nextInt(49), 1 + r.nextInt(12),
        1 + r.nextInt(28)) + from(r, DIG, 4);
    int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += (s.charAt(i) - '0') * w[i];
    }
    return s + (10 - sum % 10) % 10;
  }

  static String cpf(Random r) {
    String s = from(r, DIG, 9);
    for (int k = 0; k < 2; k++) {
      int sum = 0;
      for (int i = 0; i < s.length(); i++) {
        sum += (s.charAt(i) - '0') * (s.length() + 1 - i);
      }
      int d = sum * 10 % 11;
      s += d == 10 ? 0 : d;
    }
    return s.substring(0, 3) + "." + s.substring(3, 6) + "." + s.substring(6, 9) + "-"
        + s.substring(9);
  }

  static String personnummer(Random r) {
    String s = String.format("%02d%02d%02d", 60 + r.nextInt(39), 1 + r.nextInt(12),
        1 + r.nextInt(28)) + from(r, DIG, 3);
    String full = withLuhn(s);
    return full.substring(0, 6) + "-" + full.substring(6);
  }

  static String hetu(Random r) {
    String date = String.format("%02d%02d%02d", 1 + r.nextInt(28), 1 + r.nextInt(12),
        60 + r.nextInt(39));
    String ind = String.format("%03d", 2 + r.nextInt(890));
    long n = Long.parseLong(date + ind);
    return date + "-" + ind + "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt((int) (n % 31));
  }

  static String openai(Random r) {
    return "sk-proj-" + mixed(r, B64URL, 74) + "T3BlbkFJ" + mixed(r, B64URL, 74);
  }

  static List<Kind> all() {
    List<Kind> k = new ArrayList<>();
    k.add(new Kind("aws-access-key", "AWS_ACCESS_KEY_ID", false,
        r -> "AKIA" + from(r, UP + "234567", 16)));
    k.add(new Kind("aws-secret-key", "aws_secret_access_key", false,
        r -> mixed(r, B64, 40)));
    k.add(new Kind("github-pat", "GITHUB_TOKEN", false, r -> crcToken(r, "ghp_")));
    k.add(new Kind("github-oauth", "GH_OAUTH_TOKEN", false, r -> crcToken(r, "gho_")));
    k.add(new Kind("github-app", "GH_APP_TOKEN", false, r -> crcToken(r, "ghs_")));
    k.add(new Kind("github-fine-grained", "GH_PAT", false,
        r -> "github_pat_11" + from(r, UP + DIG, 20) + "_" + mixed(r, B62, 59)));
    k.add(new Kind("gitlab-pat", "GITLAB_TOKEN", false, r -> "glpat-" + mixed(r, B62 + "-_", 20)));
    k.add(new Kind("gitlab-deploy", "CI_DEPLOY_TOKEN", false,
        r -> "gldt-" + mixed(r, B62 + "-_", 20)));
    k.add(new Kind("gitlab-runner", "RUNNER_TOKEN", false, r -> "glrt-" + mixed(r, B62 + "-_", 20)));
    k.add(new Kind("npm", "NPM_TOKEN", false, r -> crcToken(r, "npm_")));
    k.add(new Kind("pypi", "PYPI_API_TOKEN", false,
        r -> "pypi-AgEIcHlwaS5vcmcCJ" + mixed(r, B64URL, 140)));
    k.add(new Kind("huggingface", "HF_TOKEN", false, r -> "hf_" + mixed(r, UP + LOW, 34)));
    k.add(new Kind("groq", "GROQ_API_KEY", false, r -> "gsk_" + mixed(r, B62, 52)));
    k.add(new Kind("openrouter", "OPENROUTER_API_KEY", false, r -> "sk-or-v1-" + hex(r, 64)));
    k.add(new Kind("google-oauth-secret", "GOOGLE_CLIENT_SECRET", false,
        r -> "GOCSPX-" + mixed(r, B64URL, 28)));
    k.add(new Kind("google-api-key", "GOOGLE_API_KEY", false, r -> "AIza" + mixed(r, B64URL, 35)));
    k.add(new Kind("gcp-service-account", "credentials.json", true, Blind18Creds::gcpServiceAccount));
    k.add(new Kind("azure-storage-conn", "AZURE_STORAGE_CONNECTION_STRING", false,
        r -> "DefaultEndpointsProtocol=https;AccountName=stfinance" + from(r, LOW + DIG, 6)
            + ";AccountKey=" + b64(bytes(r, 64)) + ";EndpointSuffix=core.windows.net"));
    k.add(new Kind("azure-sas", "AZURE_SAS_URL", false,
        r -> "https://stexports" + from(r, LOW, 5) + ".blob.core.windows.net/reports?sv=2022-11-02"
            + "&ss=b&srt=co&sp=rwdlacx&se=2027-03-01T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https"
            + "&sig=" + b64(bytes(r, 32)).replace("+", "%2B").replace("/", "%2F").replace("=",
                "%3D")));
    k.add(new Kind("twilio-api-key", "TWILIO_API_KEY", false, r -> "SK" + hex(r, 32)));
    k.add(new Kind("mailgun", "MAILGUN_API_KEY", false, r -> "key-" + hex(r, 32)));
    k.add(new Kind("mailchimp", "MAILCHIMP_API_KEY", false,
        r -> hex(r, 32) + "-us" + (1 + r.nextInt(21))));
    k.add(new Kind("shopify", "SHOPIFY_ACCESS_TOKEN", false, r -> "shpat_" + hex(r, 32)));
    k.add(new Kind("digitalocean", "DIGITALOCEAN_TOKEN", false, r -> "dop_v1_" + hex(r, 64)));
    k.add(new Kind("heroku", "HEROKU_API_KEY", false, r -> "HRKU-AA" + mixed(r, B64URL, 58)));
    k.add(new Kind("datadog", "DD_API_KEY", false, r -> hex(r, 32)));
    k.add(new Kind("newrelic", "NEW_RELIC_API_KEY", false, r -> "NRAK-" + mixed(r, UP + DIG, 27)));
    k.add(new Kind("sentry-dsn", "SENTRY_DSN", false,
        r -> "https://" + hex(r, 32) + ":" + hex(r, 32) + "@o" + from(r, DIG, 6)
            + ".ingest.sentry.io/" + from(r, DIG, 7)));
    k.add(new Kind("sentry-token", "SENTRY_AUTH_TOKEN", false, r -> "sntryu_" + hex(r, 64)));
    k.add(new Kind("discord-bot", "DISCORD_BOT_TOKEN", false, Blind18Creds::discordBot));
    k.add(new Kind("discord-webhook", "DISCORD_WEBHOOK_URL", false,
        r -> "https://discord.com/api/webhooks/" + snowflake(r) + "/" + mixed(r, B64URL, 68)));
    k.add(new Kind("slack-bot", "SLACK_BOT_TOKEN", false,
        r -> "xoxb-" + from(r, DIG, 12) + "-" + from(r, DIG, 13) + "-" + mixed(r, B62, 24)));
    k.add(new Kind("slack-user", "SLACK_USER_TOKEN", false,
        r -> "xoxp-" + from(r, DIG, 12) + "-" + from(r, DIG, 12) + "-" + from(r, DIG, 13) + "-"
            + hex(r, 32)));
    k.add(new Kind("slack-webhook", "SLACK_WEBHOOK_URL", false,
        r -> "https://hooks.slack.com/services/T" + from(r, UP + DIG, 10) + "/B"
            + from(r, UP + DIG, 10) + "/" + mixed(r, B62, 24)));
    k.add(new Kind("linear", "LINEAR_API_KEY", false, r -> "lin_api_" + mixed(r, B62, 40)));
    k.add(new Kind("notion", "NOTION_TOKEN", false,
        r -> "ntn_" + from(r, DIG, 11) + mixed(r, B62, 35)));
    k.add(new Kind("atlassian", "JIRA_API_TOKEN", false,
        r -> "ATATT3xFfGF0" + mixed(r, B64URL, 170) + "=" + hex(r, 8).toUpperCase()));
    k.add(new Kind("doppler", "DOPPLER_TOKEN", false, r -> "dp.st.prd." + mixed(r, B62, 40)));
    k.add(new Kind("vault", "VAULT_TOKEN", false, r -> "hvs.CAESI" + mixed(r, B64URL, 90)));
    k.add(new Kind("terraform-cloud", "TFE_TOKEN", false,
        r -> mixed(r, B62, 14) + ".atlasv1." + mixed(r, B62, 67)));
    k.add(new Kind("databricks", "DATABRICKS_TOKEN", false, r -> "dapi" + hex(r, 32)));
    k.add(new Kind("cloudflare", "CLOUDFLARE_API_TOKEN", false, r -> mixed(r, B64URL, 40)));
    k.add(new Kind("flyio", "FLY_API_TOKEN", false, r -> "fo1_" + mixed(r, B64URL, 43)));
    k.add(new Kind("vercel", "VERCEL_TOKEN", false, r -> mixed(r, B62, 24)));
    k.add(new Kind("netlify", "NETLIFY_AUTH_TOKEN", false, r -> "nfp_" + mixed(r, B62, 40)));
    k.add(new Kind("supabase-service-role", "SUPABASE_SERVICE_ROLE_KEY", false,
        r -> hmacJwt(r, "{\"iss\":\"supabase\",\"ref\":\"" + from(r, LOW, 20)
            + "\",\"role\":\"service_role\",\"iat\":1730000000,\"exp\":2045576000}")));
    k.add(new Kind("supabase-pat", "SUPABASE_ACCESS_TOKEN", false, r -> "sbp_" + hex(r, 40)));
    k.add(new Kind("firebase-fcm", "FCM_SERVER_KEY", false,
        r -> "AAAA" + mixed(r, B64URL, 7) + ":APA91b" + mixed(r, B64URL, 134)));
    k.add(new Kind("planetscale", "PLANETSCALE_SERVICE_TOKEN", false,
        r -> "pscale_tkn_" + mixed(r, B64URL, 43)));
    k.add(new Kind("planetscale-password", "DATABASE_PASSWORD", false,
        r -> "pscale_pw_" + mixed(r, B64URL, 43)));
    k.add(new Kind("postman", "POSTMAN_API_KEY", false,
        r -> "PMAK-" + hex(r, 24) + "-" + hex(r, 34)));
    k.add(new Kind("age", "AGE_KEY", false,
        r -> bech32("age-secret-key-", bytes(r, 32)).toUpperCase()));
    k.add(new Kind("pgp-private", "private.asc", true, Blind18Creds::pgp));
    k.add(new Kind("putty", "deploy.ppk", true, Blind18Creds::putty));
    k.add(new Kind("openssh-private", "id_ed25519", true, Blind18Creds::openssh));
    k.add(new Kind("rsa-private", "server.key", true, r -> pem(r, "RSA PRIVATE KEY", PKCS1_RSA, 1192)));
    k.add(new Kind("pkcs8-private", "tls.key", true, r -> pem(r, "PRIVATE KEY", PKCS8_RSA, 1217)));
    k.add(new Kind("ec-private", "ec.key", true, r -> pem(r, "EC PRIVATE KEY", SEC1_EC, 121)));
    k.add(new Kind("jwt", "ACCESS_TOKEN", false,
        r -> hmacJwt(r, "{\"sub\":\"" + from(r, DIG, 8) + "\",\"name\":\"svc-billing\",\"scope\":"
            + "\"admin\",\"iat\":1764500000,\"exp\":1764586400}")));
    k.add(new Kind("basic-auth-url", "REGISTRY_URL", false,
        r -> "https://deploy-bot:" + mixed(r, B62, 20) + "@registry.internal.example.net/v2/"));
    k.add(new Kind("postgres-url", "DATABASE_URL", false,
        r -> "postgres://app_rw:" + mixed(r, B62, 22) + "@db-prod-1.internal:5432/orders"));
    k.add(new Kind("mysql-url", "MYSQL_URL", false,
        r -> "mysql://root:" + mixed(r, B62 + "!", 18) + "@10.20.3.14:3306/shop"));
    k.add(new Kind("mongodb-url", "MONGO_URI", false,
        r -> "mongodb+srv://analytics:" + mixed(r, B62, 24) + "@cluster0.ab12c.mongodb.net/"
            + "events?retryWrites=true&w=majority"));
    k.add(new Kind("redis-url", "REDIS_URL", false,
        r -> "redis://default:" + mixed(r, B62, 32) + "@cache-7.internal:6379/0"));
    k.add(new Kind("k8s-secret", "secret.yaml", true, Blind18Creds::k8sSecret));
    k.add(new Kind("dotenv-generic", "SESSION_SECRET", false, r -> mixed(r, B62, 48)));
    k.add(new Kind("generic-password", "password", false, r -> mixed(r, B62 + "!@#$%^&*", 20)));
    k.add(new Kind("generic-api-key", "api_key", false, r -> mixed(r, B62, 36)));
    k.add(new Kind("iban-de", "iban", false, r -> iban("DE", from(r, DIG, 18))));
    k.add(new Kind("iban-fr", "iban", false, r -> iban("FR", from(r, DIG, 23))));
    k.add(new Kind("iban-gb", "iban", false, r -> iban("GB", from(r, UP, 4) + from(r, DIG, 14))));
    k.add(new Kind("iban-nl", "iban", false, r -> iban("NL", from(r, UP, 4) + from(r, DIG, 10))));
    k.add(new Kind("iban-es", "iban", false, r -> iban("ES", from(r, DIG, 20))));
    k.add(new Kind("card-visa", "card_number", false, r -> card(r, "4", 16)));
    k.add(new Kind("card-mastercard", "card_number", false,
        r -> card(r, String.valueOf(51 + r.nextInt(5)), 16)));
    k.add(new Kind("card-mastercard-2", "card_number", false,
        r -> card(r, String.valueOf(2221 + r.nextInt(499)), 16)));
    k.add(new Kind("card-amex", "card_number", false, r -> card(r, r.nextBoolean() ? "34" : "37", 15)));
    k.add(new Kind("card-discover", "card_number", false, r -> card(r, "6011", 16)));
    k.add(new Kind("card-jcb", "card_number", false,
        r -> card(r, String.valueOf(3528 + r.nextInt(61)), 16)));
    k.add(new Kind("card-diners", "card_number", false, r -> card(r, "36", 14)));
    k.add(new Kind("card-unionpay", "card_number", false, r -> card(r, "62", 16)));
    k.add(new Kind("es-dni", "dni", false, Blind18Creds::dni));
    k.add(new Kind("nl-bsn", "bsn", false, Blind18Creds::bsn));
    k.add(new Kind("pl-pesel", "pesel", false, Blind18Creds::pesel));
    k.add(new Kind("br-cpf", "cpf", false, Blind18Creds::cpf));
    k.add(new Kind("se-personnummer", "personnummer", false, Blind18Creds::personnummer));
    k.add(new Kind("fi-hetu", "hetu", false, Blind18Creds::hetu));
    k.add(new Kind("openai", "OPENAI_API_KEY", false, Blind18Creds::openai));
    k.add(new Kind("anthropic", "ANTHROPIC_API_KEY", false,
        r -> "sk-ant-api03-" + mixed(r, B64URL, 93) + "AA"));
    k.add(new Kind("stripe-secret", "STRIPE_SECRET_KEY", false, r -> "sk_live_" + mixed(r, B62, 99)));
    k.add(new Kind("stripe-restricted", "STRIPE_RESTRICTED_KEY", false,
        r -> "rk_live_" + mixed(r, B62, 24)));
    k.add(new Kind("stripe-webhook", "STRIPE_WEBHOOK_SECRET", false, r -> "whsec_" + mixed(r, B62, 32)));
    k.add(new Kind("sendgrid", "SENDGRID_API_KEY", false,
        r -> "SG." + mixed(r, B64URL, 22) + "." + mixed(r, B64URL, 43)));
    k.add(new Kind("telegram-bot", "TELEGRAM_BOT_TOKEN", false,
        r -> (1 + r.nextInt(8)) + from(r, DIG, 9) + ":AA" + mixed(r, B64URL, 33)));
    k.add(new Kind("bitcoin-wif", "wallet_key", false, r -> wif(r, r.nextBoolean())));
    return k;
  }
}
