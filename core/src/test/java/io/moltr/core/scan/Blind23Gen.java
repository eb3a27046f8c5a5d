package io.moltr.core.scan;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Fake credentials in the providers' documented formats, with their checksums, for the blind23
 * multilingual corpus.
 *
 * <p>Label decisions (from the issue text and the project policy):
 *
 * <ul>
 *   <li>Sentry DSN, Google API key (AIza), Stripe sk_/rk_ keys: positive (project policy).
 *   <li>Stripe pk_live_/pk_test_ and a Twilio AC account SID alone: negative (project policy).
 *   <li>Twilio: the positive is the 32-hex auth token, always written next to its AC SID.
 *   <li>JWT with alg "none" and an empty signature: negative, the issue asks for "JWTs with a
 *       signature"; a signed HS256 JWT is positive.
 *   <li>bcrypt/argon2/sha hashes of passwords: negative, a hash is not the secret.
 *   <li>IBAN and national IDs: positive only when the checksum holds; a failing checksum is a
 *       negative (the issue: validate to cut false positives).
 *   <li>Kubernetes Secret with a base64 data value of a random password: positive; with a
 *       placeholder (base64 of "changeme", "REPLACE_ME") negative.
 *   <li>Weak example passwords quoted in a password policy ("avoid 123456") are negative: they are
 *       advice, not a handed-over credential.
 *   <li>Seed phrases are skipped: the BIP39 list cannot be reproduced here exactly.
 * </ul>
 */
final class Blind23Gen {
  static final String UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LO = "abcdefghijklmnopqrstuvwxyz";
  static final String DIG = "0123456789";
  static final String HEX = "0123456789abcdef";
  static final String B62 = DIG + UP + LO;
  static final String B62S = UP + LO + DIG;
  static final String B64U = UP + LO + DIG + "-_";
  static final String B64 = UP + LO + DIG + "+/";
  static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  static final String BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";

  final Random r;

  Blind23Gen(long seed) {
    r = new Random(seed);
  }

  /** One fake credential. cat: P password, K key, T token, I iban, C card, N national id, U url/structure, B block. */
  record Secret(String kind, String value, char cat, boolean selfId, String env, String provider) {}

  String s(String alphabet, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  /** Random string guaranteed to hold upper, lower and digit (a real random key of that length). */
  String mixed(String alphabet, int n) {
    while (true) {
      String v = s(alphabet, n);
      boolean needDigit = alphabet.chars().anyMatch(Character::isDigit);
      if (v.chars().anyMatch(Character::isUpperCase)
          && v.chars().anyMatch(Character::isLowerCase)
          && (!needDigit || v.chars().anyMatch(Character::isDigit))) {
        return v;
      }
    }
  }

  String hex(int n) {
    while (true) {
      String v = s(HEX, n);
      if (v.chars().filter(Character::isDigit).count() >= 3 && v.chars().filter(Character::isLetter).count() >= 3) {
        return v;
      }
    }
  }

  String digits(int n) {
    return s(DIG, n);
  }

  <T> T pick(List<T> l) {
    return l.get(r.nextInt(l.size()));
  }

  String pick(String... a) {
    return a[r.nextInt(a.length)];
  }

  byte[] bytes(int n) {
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

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- checksums

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

  static String luhnComplete(String body) {
    for (int c = 0; c < 10; c++) {
      if (luhn(body + c)) {
        return body + c;
      }
    }
    throw new IllegalStateException();
  }

  static int mod97(String ibanLike) {
    String re = ibanLike.substring(4) + ibanLike.substring(0, 4);
    StringBuilder n = new StringBuilder();
    for (char c : re.toCharArray()) {
      n.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(n.toString()).mod(BigInteger.valueOf(97)).intValue();
  }

  static boolean ibanValid(String iban) {
    String c = iban.replace(" ", "");
    return c.length() >= 15 && mod97(c) == 1;
  }

  static String ibanOf(String cc, String bban) {
    int m = mod97(cc + "00" + bban);
    return cc + String.format("%02d", 98 - m) + bban;
  }

  static String crc62(String data) {
    CRC32 c = new CRC32();
    c.update(utf8(data));
    long v = c.getValue();
    StringBuilder b = new StringBuilder();
    while (v > 0) {
      b.insert(0, B62.charAt((int) (v % 62)));
      v /= 62;
    }
    while (b.length() < 6) {
      b.insert(0, '0');
    }
    return b.toString();
  }

  static byte[] sha256(byte[] in) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(in);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String base58(byte[] in) {
    BigInteger n = new BigInteger(1, in);
    StringBuilder b = new StringBuilder();
    BigInteger f = BigInteger.valueOf(58);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(f);
      b.insert(0, B58.charAt(qr[1].intValue()));
      n = qr[0];
    }
    for (byte x : in) {
      if (x != 0) {
        break;
      }
      b.insert(0, '1');
    }
    return b.toString();
  }

  static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(key, "HmacSHA256"));
      return m.doFinal(data);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String hexOf(byte[] b) {
    StringBuilder s = new StringBuilder();
    for (byte x : b) {
      s.append(String.format("%02x", x));
    }
    return s.toString();
  }

  // ---------------------------------------------------------------- national ids

  static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

  String dni() {
    int n = 10000000 + r.nextInt(89999999);
    return n + "" + DNI_LETTERS.charAt(n % 23);
  }

  String nie() {
    int p = r.nextInt(3);
    String d = digits(7);
    int n = Integer.parseInt(p + d);
    return "XYZ".charAt(p) + d + DNI_LETTERS.charAt(n % 23);
  }

  static final int[] CF_ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};

  static char cfCheck(String first15) {
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      char c = first15.charAt(i);
      int v = Character.isDigit(c) ? c - '0' : c - 'A';
      sum += (i % 2 == 0) ? CF_ODD[v] : v;
    }
    return (char) ('A' + sum % 26);
  }

  String codiceFiscale() {
    String b = s(UP.replace("AEIOU", ""), 3) + s(UP, 3) + String.format("%02d", r.nextInt(100))
        + "ABCDEHLMPRST".charAt(r.nextInt(12)) + String.format("%02d", 1 + r.nextInt(28) + (r.nextBoolean() ? 40 : 0))
        + pick("H501", "F205", "L219", "G273", "A662", "D612");
    return b + cfCheck(b);
  }

  String nifPt() {
    String b = pick("1", "2", "5") + digits(7);
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (b.charAt(i) - '0') * (9 - i);
    }
    int c = 11 - sum % 11;
    return b + (c >= 10 ? 0 : c);
  }

  static boolean bsnValid(String v) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (v.charAt(i) - '0') * (9 - i);
    }
    sum -= v.charAt(8) - '0';
    return sum % 11 == 0;
  }

  String bsn() {
    while (true) {
      String v = (1 + r.nextInt(8)) + digits(8);
      if (bsnValid(v)) {
        return v;
      }
    }
  }

  static final int[] PESEL_W = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};

  String pesel() {
    String b = String.format("%02d%02d%02d", 50 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28)) + digits(4);
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += (b.charAt(i) - '0') * PESEL_W[i];
    }
    return b + (10 - sum % 10) % 10;
  }

  String tckn() {
    String b = (1 + r.nextInt(9)) + digits(8);
    int odd = 0;
    int even = 0;
    for (int i = 0; i < 9; i++) {
      if (i % 2 == 0) {
        odd += b.charAt(i) - '0';
      } else {
        even += b.charAt(i) - '0';
      }
    }
    int d10 = Math.floorMod(odd * 7 - even, 10);
    int sum = odd + even + d10;
    return b + d10 + (sum % 10);
  }

  String nir() {
    String b = (1 + r.nextInt(2)) + String.format("%02d%02d", 50 + r.nextInt(50), 1 + r.nextInt(12))
        + String.format("%02d", 1 + r.nextInt(95)) + digits(3) + digits(3);
    long n = Long.parseLong(b);
    return b + String.format("%02d", 97 - n % 97);
  }

  static final int[] CN_W = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  String cnId() {
    String b = pick("110101", "310104", "440305", "510107") + (1960 + r.nextInt(40))
        + String.format("%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)) + digits(3);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (b.charAt(i) - '0') * CN_W[i];
    }
    return b + "10X98765432".charAt(sum % 11);
  }

  String cpf() {
    String b = digits(9);
    int s1 = 0;
    for (int i = 0; i < 9; i++) {
      s1 += (b.charAt(i) - '0') * (10 - i);
    }
    int d1 = (s1 * 10) % 11 % 10;
    String b2 = b + d1;
    int s2 = 0;
    for (int i = 0; i < 10; i++) {
      s2 += (b2.charAt(i) - '0') * (11 - i);
    }
    int d2 = (s2 * 10) % 11 % 10;
    String v = b2 + d2;
    return v.substring(0, 3) + "." + v.substring(3, 6) + "." + v.substring(6, 9) + "-" + v.substring(9);
  }

  String myNumber() {
    String b = (1 + r.nextInt(9)) + digits(10);
    int sum = 0;
    for (int n = 1; n <= 11; n++) {
      int p = b.charAt(11 - n) - '0';
      int q = n <= 6 ? n + 1 : n - 5;
      sum += p * q;
    }
    int rem = sum % 11;
    return b + (rem <= 1 ? 0 : 11 - rem);
  }

  static final int[] INN_W11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
  static final int[] INN_W12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

  String inn() {
    String b = pick("77", "78", "50", "66") + digits(8);
    int s = 0;
    for (int i = 0; i < 10; i++) {
      s += (b.charAt(i) - '0') * INN_W11[i];
    }
    b += (s % 11) % 10;
    s = 0;
    for (int i = 0; i < 11; i++) {
      s += (b.charAt(i) - '0') * INN_W12[i];
    }
    return b + (s % 11) % 10;
  }

  // ---------------------------------------------------------------- cards, ibans

  String card(String net) {
    return switch (net) {
      case "visa" -> luhnComplete("4" + digits(14));
      case "mastercard" -> luhnComplete(pick("51", "52", "53", "54", "55") + digits(13));
      case "amex" -> luhnComplete(pick("34", "37") + digits(12));
      case "discover" -> luhnComplete("6011" + digits(11));
      case "jcb" -> luhnComplete("35" + (28 + r.nextInt(62)) + digits(11));
      case "unionpay" -> luhnComplete("62" + (12 + r.nextInt(80)) + digits(11));
      case "diners" -> luhnComplete("36" + digits(11));
      case "mir" -> luhnComplete("220" + r.nextInt(5) + digits(11));
      default -> throw new IllegalArgumentException(net);
    };
  }

  static String grouped(String digits) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < digits.length(); i += 4) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(digits, i, Math.min(i + 4, digits.length()));
    }
    return b.toString();
  }

  String iban(String cc) {
    String bban = switch (cc) {
      case "DE" -> digits(18);
      case "FR" -> digits(10) + s(DIG + UP, 11) + digits(2);
      case "ES" -> digits(20);
      case "IT" -> s(UP, 1) + digits(10) + s(DIG, 12);
      case "PT" -> "0" + digits(20);
      case "NL" -> pick("ABNA", "INGB", "RABO", "TRIO") + digits(10);
      case "PL" -> digits(24);
      case "TR" -> digits(5) + "0" + digits(16);
      case "GB" -> pick("NWBK", "BARC", "HBUK") + digits(14);
      default -> throw new IllegalArgumentException(cc);
    };
    return ibanOf(cc, bban);
  }

  // ---------------------------------------------------------------- providers

  String pem(String type, int lines) {
    StringBuilder b = new StringBuilder("-----BEGIN " + type + "-----\n");
    String body = b64(bytes(lines * 48));
    for (int i = 0; i < body.length(); i += 64) {
      b.append(body, i, Math.min(i + 64, body.length())).append('\n');
    }
    return b.append("-----END ").append(type).append("-----").toString();
  }

  String jwtHs256(String payload) {
    String h = b64url(utf8("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"));
    String p = b64url(utf8(payload));
    String sig = b64url(hmac(bytes(32), utf8(h + "." + p)));
    return h + "." + p + "." + sig;
  }

  String password() {
    String sym = "!#%&*+-=?@^_~.";
    while (true) {
      StringBuilder b = new StringBuilder(mixed(B62, 12 + r.nextInt(8)));
      for (int i = 0; i < 2; i++) {
        b.insert(r.nextInt(b.length()), sym.charAt(r.nextInt(sym.length())));
      }
      return b.toString();
    }
  }

  static final List<String> KINDS = List.of(
      "aws_access_key", "aws_secret_key", "openai", "anthropic", "stripe_secret", "stripe_restricted",
      "github_pat", "github_fine", "github_oauth", "gitlab", "npm", "pypi", "huggingface", "groq",
      "openrouter", "google_api", "google_oauth_secret", "gcp_service_account", "azure_storage",
      "azure_sas", "twilio", "mailgun", "mailchimp", "shopify", "digitalocean", "heroku", "datadog",
      "newrelic", "sentry_dsn", "discord_bot", "discord_webhook", "slack_bot", "slack_webhook",
      "linear", "notion", "atlassian", "doppler", "vault", "terraform", "databricks", "cloudflare",
      "flyio", "vercel", "netlify", "supabase", "firebase_fcm", "planetscale", "postman",
      "sendgrid", "telegram", "age_key", "pgp_private", "putty_key", "openssh_private",
      "rsa_private", "jwt", "basic_auth_url", "postgres_url", "mongodb_url", "redis_url",
      "k8s_secret", "env_secret", "password", "wif", "iban", "card", "national_id");

  Secret make(String kind) {
    return switch (kind) {
      case "aws_access_key" -> new Secret(kind, "AKIA" + s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), 'K', true, "AWS_ACCESS_KEY_ID", "AWS");
      case "aws_secret_key" -> new Secret(kind, mixed(B62 + "+/", 40), 'K', false, "AWS_SECRET_ACCESS_KEY", "AWS");
      case "openai" -> new Secret(kind, "sk-proj-" + mixed(B64U, 74) + "T3BlbkFJ" + mixed(B64U, 74), 'K', true, "OPENAI_API_KEY", "OpenAI");
      case "anthropic" -> new Secret(kind, "sk-ant-api03-" + mixed(B64U, 93) + "AA", 'K', true, "ANTHROPIC_API_KEY", "Anthropic");
      case "stripe_secret" -> new Secret(kind, "sk_live_" + mixed(B62, 99), 'K', true, "STRIPE_SECRET_KEY", "Stripe");
      case "stripe_restricted" -> new Secret(kind, "rk_live_" + mixed(B62, 99), 'K', true, "STRIPE_RESTRICTED_KEY", "Stripe");
      case "github_pat", "github_oauth" -> {
        String body = mixed(B62, 30);
        yield new Secret(kind, (kind.equals("github_pat") ? "ghp_" : "gho_") + body + crc62(body), 'T', true, "GITHUB_TOKEN", "GitHub");
      }
      case "github_fine" -> new Secret(kind, "github_pat_11" + s(UP + DIG, 20) + "_" + mixed(B62, 59), 'T', true, "GH_TOKEN", "GitHub");
      case "gitlab" -> new Secret(kind, "glpat-" + mixed(B62 + "-_", 20), 'T', true, "GITLAB_TOKEN", "GitLab");
      case "npm" -> {
        String body = mixed(B62, 30);
        yield new Secret(kind, "npm_" + body + crc62(body), 'T', true, "NPM_TOKEN", "npm");
      }
      case "pypi" -> new Secret(kind, "pypi-AgEIcHlwaS5vcmc" + b64url(bytes(60)), 'T', true, "PYPI_TOKEN", "PyPI");
      case "huggingface" -> new Secret(kind, "hf_" + mixed(UP + LO, 34), 'T', true, "HF_TOKEN", "Hugging Face");
      case "groq" -> new Secret(kind, "gsk_" + mixed(B62, 52), 'K', true, "GROQ_API_KEY", "Groq");
      case "openrouter" -> new Secret(kind, "sk-or-v1-" + hex(64), 'K', true, "OPENROUTER_API_KEY", "OpenRouter");
      case "google_api" -> new Secret(kind, "AIza" + mixed(B64U, 35), 'K', true, "GOOGLE_API_KEY", "Google");
      case "google_oauth_secret" -> new Secret(kind, "GOCSPX-" + mixed(B64U, 28), 'K', true, "GOOGLE_CLIENT_SECRET", "Google OAuth");
      case "gcp_service_account" -> new Secret(kind, pem("PRIVATE KEY", 20).replace("\n", "\\n") + "\\n", 'B', true, "GOOGLE_APPLICATION_CREDENTIALS", "GCP");
      case "azure_storage" -> new Secret(kind, "DefaultEndpointsProtocol=https;AccountName=" + pick("stprod", "datalake", "media") + digits(3)
          + ";AccountKey=" + b64(bytes(64)) + ";EndpointSuffix=core.windows.net", 'U', true, "AZURE_STORAGE_CONNECTION_STRING", "Azure");
      case "azure_sas" -> new Secret(kind, "sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupx&se=2027-03-01T00:00:00Z&st=2026-11-30T08:00:00Z&spr=https&sig="
          + b64(bytes(32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"), 'U', true, "AZURE_SAS_TOKEN", "Azure");
      case "twilio" -> new Secret(kind, hex(32), 'T', false, "TWILIO_AUTH_TOKEN", "Twilio");
      case "mailgun" -> new Secret(kind, "key-" + hex(32), 'K', true, "MAILGUN_API_KEY", "Mailgun");
      case "mailchimp" -> new Secret(kind, hex(32) + "-us" + (1 + r.nextInt(20)), 'K', true, "MAILCHIMP_API_KEY", "Mailchimp");
      case "shopify" -> new Secret(kind, pick("shpat_", "shpss_", "shpca_") + hex(32), 'T', true, "SHOPIFY_ACCESS_TOKEN", "Shopify");
      case "digitalocean" -> new Secret(kind, "dop_v1_" + hex(64), 'T', true, "DIGITALOCEAN_TOKEN", "DigitalOcean");
      case "heroku" -> new Secret(kind, "HRKU-AA" + mixed(B64U, 58), 'K', true, "HEROKU_API_KEY", "Heroku");
      case "datadog" -> new Secret(kind, hex(32), 'K', false, "DD_API_KEY", "Datadog");
      case "newrelic" -> new Secret(kind, "NRAK-" + s(UP + DIG, 27), 'K', true, "NEW_RELIC_API_KEY", "New Relic");
      case "sentry_dsn" -> new Secret(kind, "https://" + hex(32) + "@o" + digits(6) + ".ingest.sentry.io/" + digits(7), 'U', true, "SENTRY_DSN", "Sentry");
      case "discord_bot" -> new Secret(kind, b64url(utf8("1" + digits(18))) + "." + mixed(B64U, 6) + "." + mixed(B64U, 38), 'T', true, "DISCORD_BOT_TOKEN", "Discord");
      case "discord_webhook" -> new Secret(kind, "https://discord.com/api/webhooks/1" + digits(18) + "/" + mixed(B64U, 68), 'U', true, "DISCORD_WEBHOOK_URL", "Discord");
      case "slack_bot" -> new Secret(kind, pick("xoxb-", "xoxp-") + digits(12) + "-" + digits(13) + "-" + mixed(B62, 24), 'T', true, "SLACK_BOT_TOKEN", "Slack");
      case "slack_webhook" -> new Secret(kind, "https://hooks.slack.com/services/T" + s(UP + DIG, 10) + "/B" + s(UP + DIG, 10) + "/" + mixed(B62, 24), 'U', true, "SLACK_WEBHOOK_URL", "Slack");
      case "linear" -> new Secret(kind, "lin_api_" + mixed(B62, 40), 'K', true, "LINEAR_API_KEY", "Linear");
      case "notion" -> new Secret(kind, r.nextBoolean() ? "secret_" + mixed(B62, 43) : "ntn_" + digits(11) + mixed(B62, 35), 'T', true, "NOTION_TOKEN", "Notion");
      case "atlassian" -> new Secret(kind, "ATATT3xFfGF0" + mixed(B64U, 170) + "=" + s(UP + DIG, 8), 'T', true, "JIRA_API_TOKEN", "Atlassian");
      case "doppler" -> new Secret(kind, "dp.st." + pick("prd", "dev", "stg") + "." + mixed(B62, 40), 'T', true, "DOPPLER_TOKEN", "Doppler");
      case "vault" -> new Secret(kind, "hvs." + mixed(B64U, 90), 'T', true, "VAULT_TOKEN", "Vault");
      case "terraform" -> new Secret(kind, mixed(B62, 14) + ".atlasv1." + mixed(B62, 67), 'T', true, "TFE_TOKEN", "Terraform Cloud");
      case "databricks" -> new Secret(kind, "dapi" + hex(32), 'T', true, "DATABRICKS_TOKEN", "Databricks");
      case "cloudflare" -> new Secret(kind, mixed(B64U, 40), 'T', false, "CLOUDFLARE_API_TOKEN", "Cloudflare");
      case "flyio" -> new Secret(kind, "fo1_" + mixed(B64U, 43), 'T', true, "FLY_API_TOKEN", "Fly.io");
      case "vercel" -> new Secret(kind, mixed(B62, 24), 'T', false, "VERCEL_TOKEN", "Vercel");
      case "netlify" -> new Secret(kind, "nfp_" + mixed(B62, 36), 'T', true, "NETLIFY_AUTH_TOKEN", "Netlify");
      case "supabase" -> new Secret(kind, jwtHs256("{\"iss\":\"supabase\",\"ref\":\"" + s(LO, 20) + "\",\"role\":\"service_role\",\"iat\":1764000000,\"exp\":2079576000}"),
          'K', true, "SUPABASE_SERVICE_ROLE_KEY", "Supabase");
      case "firebase_fcm" -> new Secret(kind, "AAAA" + mixed(B64U, 7) + ":APA91b" + mixed(B64U, 134), 'K', true, "FCM_SERVER_KEY", "Firebase");
      case "planetscale" -> new Secret(kind, pick("pscale_tkn_", "pscale_pw_") + mixed(B64U, 43), 'T', true, "PLANETSCALE_TOKEN", "PlanetScale");
      case "postman" -> new Secret(kind, "PMAK-" + hex(24) + "-" + hex(34), 'K', true, "POSTMAN_API_KEY", "Postman");
      case "sendgrid" -> new Secret(kind, "SG." + mixed(B64U, 22) + "." + mixed(B64U, 43), 'K', true, "SENDGRID_API_KEY", "SendGrid");
      case "telegram" -> new Secret(kind, (5 + r.nextInt(4)) + digits(9) + ":AA" + mixed(B64U, 33), 'T', true, "TELEGRAM_BOT_TOKEN", "Telegram");
      case "age_key" -> new Secret(kind, "AGE-SECRET-KEY-1" + s(BECH, 58), 'K', true, "SOPS_AGE_KEY", "age");
      case "pgp_private" -> new Secret(kind, "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + b64(bytes(45 * 8)).replaceAll("(.{64})", "$1\n") + "\n=" + mixed(B64, 4)
          + "\n-----END PGP PRIVATE KEY BLOCK-----", 'B', true, "GPG_PRIVATE_KEY", "PGP");
      case "putty_key" -> new Secret(kind, "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@build\nPublic-Lines: 2\n"
          + b64(bytes(51)) + "\n" + b64(bytes(12)) + "\nPrivate-Lines: 1\n" + b64(bytes(36)) + "\nPrivate-MAC: " + hexOf(bytes(32)), 'B', true, "PUTTY_KEY", "PuTTY");
      case "openssh_private" -> new Secret(kind, "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
          + b64(bytes(48 * 5)).replaceAll("(.{70})", "$1\n") + "\n-----END OPENSSH PRIVATE KEY-----", 'B', true, "SSH_PRIVATE_KEY", "OpenSSH");
      case "rsa_private" -> new Secret(kind, pem("RSA PRIVATE KEY", 16), 'B', true, "TLS_KEY", "RSA");
      case "jwt" -> new Secret(kind, jwtHs256("{\"sub\":\"" + digits(7) + "\",\"name\":\"" + pick("Jonas", "Léa", "Lucía", "Aiko", "Wei") + "\",\"iat\":1764"
          + digits(6) + ",\"scope\":\"admin\"}"), 'T', true, "AUTH_TOKEN", "JWT");
      case "basic_auth_url" -> new Secret(kind, "https://" + pick("deploy", "ci-bot", "admin", "jenkins") + ":" + password().replace("@", "x").replace("#", "y").replace("?", "z")
          + "@" + pick("git.intern.example.de", "nexus.firma.example.fr", "registry.empresa.example.es") + "/" + pick("repo", "api/v2", "artifactory"), 'U', true, "REPO_URL", "URL");
      case "postgres_url" -> new Secret(kind, "postgresql://" + pick("app", "shop", "billing") + ":" + mixed(B62, 20) + "@" + pick("db.prod.internal", "10.0.4.12", "pg-main") + ":5432/" + pick("shop", "crm", "erp"),
          'U', true, "DATABASE_URL", "PostgreSQL");
      case "mongodb_url" -> new Secret(kind, "mongodb+srv://" + pick("api", "svc") + ":" + mixed(B62, 18) + "@cluster0." + s(LO + DIG, 5) + ".mongodb.net/" + pick("orders", "users"),
          'U', true, "MONGO_URI", "MongoDB");
      case "redis_url" -> new Secret(kind, "redis://default:" + mixed(B62, 24) + "@" + pick("cache.internal", "redis-prod") + ":6379/0", 'U', true, "REDIS_URL", "Redis");
      case "k8s_secret" -> new Secret(kind, b64(utf8(password())), 'B', false, "db-credentials", "Kubernetes");
      case "env_secret" -> new Secret(kind, mixed(B62, 32 + r.nextInt(16)), 'K', false, pick("INTERNAL_API_SECRET", "SESSION_SECRET", "WEBHOOK_SIGNING_SECRET", "PARTNER_API_KEY"), "app");
      case "password" -> new Secret(kind, password(), 'P', false, pick("DB_PASSWORD", "SMTP_PASSWORD", "ADMIN_PASSWORD"), "password");
      case "wif" -> {
        byte[] p = new byte[38];
        p[0] = (byte) 0x80;
        System.arraycopy(bytes(32), 0, p, 1, 32);
        p[33] = 1;
        byte[] chk = sha256(sha256(java.util.Arrays.copyOf(p, 34)));
        System.arraycopy(chk, 0, p, 34, 4);
        yield new Secret(kind, base58(p), 'K', true, "BTC_WIF", "Bitcoin");
      }
      case "iban" -> new Secret(kind, iban(pick("DE", "FR", "ES", "IT", "PT", "NL", "PL", "TR", "GB")), 'I', false, "IBAN", "bank");
      case "card" -> {
        String net = pick("visa", "mastercard", "amex", "discover", "jcb", "unionpay", "diners", "mir");
        String c = card(net);
        yield new Secret("card_" + net, r.nextBoolean() ? grouped(c) : c, 'C', false, "CARD_NUMBER", net);
      }
      case "national_id" -> {
        int i = r.nextInt(10);
        String[] names = {"es_dni", "es_nie", "it_codice_fiscale", "pt_nif", "nl_bsn", "pl_pesel", "tr_tckn", "fr_nir", "cn_resident_id", "br_cpf"};
        String v = switch (i) {
          case 0 -> dni();
          case 1 -> nie();
          case 2 -> codiceFiscale();
          case 3 -> nifPt();
          case 4 -> bsn();
          case 5 -> pesel();
          case 6 -> tckn();
          case 7 -> nir();
          case 8 -> cnId();
          default -> cpf();
        };
        yield new Secret("id_" + names[i], v, 'N', false, names[i], names[i]);
      }
      default -> throw new IllegalArgumentException(kind);
    };
  }

  static String gzipB64(String s, boolean gzip) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      if (gzip) {
        try (java.util.zip.GZIPOutputStream g = new java.util.zip.GZIPOutputStream(bo)) {
          g.write(utf8(s));
        }
      } else {
        try (java.util.zip.DeflaterOutputStream d = new java.util.zip.DeflaterOutputStream(bo)) {
          d.write(utf8(s));
        }
      }
      return b64(bo.toByteArray());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> split(String s, int parts) {
    List<String> out = new ArrayList<>();
    int step = (s.length() + parts - 1) / parts;
    for (int i = 0; i < s.length(); i += step) {
      out.add(s.substring(i, Math.min(s.length(), i + step)));
    }
    return out;
  }
}
