package io.moltr.core.scan;

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
 * Blind15: fake credentials in their providers' documented shapes, with the checksums the formats
 * carry (GitHub/npm CRC32-base62, Luhn, IBAN mod-97, base58check WIF, bech32 age keys, national ID
 * check digits, HMAC-signed JWTs). Every value is random and belongs to nobody.
 */
final class Blind15Creds {
  private Blind15Creds() {}

  /**
   * One credential. {@code value} is what gets written (a URL, a PEM block, a JSON file); {@code
   * secret} is the part that must not leak, always a substring of {@code value}. {@code block}
   * marks multi-line values; {@code needsName} marks values that are only recognisable next to
   * their variable name (32 hex of a Datadog key, a bare password).
   */
  record Cred(
      String kind, String secret, String value, String var, boolean block, boolean needsName) {}

  static final String UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LO = "abcdefghijklmnopqrstuvwxyz";
  static final String DIG = "0123456789";
  static final String HEX = "0123456789abcdef";
  static final String AN = UP + LO + DIG;
  static final String B62 = DIG + UP + LO;
  static final String URLB64 = AN + "-_";
  static final String B64 = AN + "+/";
  static final String B32U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

  static final List<String> KINDS =
      List.of(
          "aws_access_key", "aws_secret_key", "openai_project", "openai_legacy", "anthropic",
          "stripe_secret", "stripe_restricted", "stripe_webhook", "github_classic", "github_oauth",
          "github_fine_grained", "gitlab_pat", "gitlab_deploy", "gitlab_runner", "npm", "pypi",
          "huggingface", "groq", "openrouter", "google_oauth_secret", "google_api_key",
          "gcp_service_account", "azure_storage_conn", "azure_sas", "twilio_auth", "mailgun",
          "mailchimp", "shopify", "digitalocean", "heroku", "datadog", "newrelic", "sentry_dsn",
          "sentry_token", "discord_bot", "discord_webhook", "slack_bot", "slack_user",
          "slack_webhook", "slack_app", "linear", "notion", "atlassian", "doppler", "vault",
          "terraform_cloud", "databricks", "cloudflare", "flyio", "vercel", "netlify",
          "supabase_service_jwt", "supabase_mgmt", "firebase_fcm", "planetscale", "postman",
          "sendgrid", "age", "pgp", "putty", "openssh", "rsa_pem", "ec_pem", "pkcs8_pem",
          "jwt_hs256", "basic_auth_url", "db_url", "k8s_secret", "env_high_entropy",
          "generic_assignment", "iban", "card_visa", "card_mastercard", "card_amex",
          "card_discover", "card_jcb", "card_diners", "card_unionpay", "id_es_dni", "id_nl_bsn",
          "id_pl_pesel", "id_br_cpf", "id_fr_nir", "btc_wif");

  static String s(Random r, String alphabet, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  static String digits(Random r, int n) {
    return s(r, DIG, n);
  }

  static <T> T pick(Random r, List<T> xs) {
    return xs.get(r.nextInt(xs.size()));
  }

  @SafeVarargs
  static <T> T pick(Random r, T... xs) {
    return xs[r.nextInt(xs.length)];
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

  /** GitHub (and npm) token checksum: CRC32 of the random part, base62, six characters. */
  static String crcTail(String body) {
    CRC32 c = new CRC32();
    c.update(body.getBytes(StandardCharsets.US_ASCII));
    return base62(c.getValue(), 6);
  }

  static boolean githubChecksumOk(String token) {
    int us = token.lastIndexOf('_');
    String rest = token.substring(us + 1);
    String body = rest.substring(0, rest.length() - 6);
    return crcTail(body).equals(rest.substring(rest.length() - 6));
  }

  // ---- Luhn, IBAN, national IDs ----

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

  static boolean luhnOk(String num) {
    return luhnDigit(num.substring(0, num.length() - 1)) == num.charAt(num.length() - 1) - '0';
  }

  static String card(Random r, String prefix, int len) {
    String p = prefix + digits(r, len - 1 - prefix.length());
    return p + luhnDigit(p);
  }

  static int ibanMod(String iban) {
    String re = iban.substring(4) + iban.substring(0, 4);
    StringBuilder n = new StringBuilder();
    for (char c : re.toCharArray()) {
      n.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(n.toString()).mod(BigInteger.valueOf(97)).intValue();
  }

  static String iban(Random r) {
    String cc;
    String bban;
    switch (r.nextInt(6)) {
      case 0 -> {
        cc = "DE";
        bban = digits(r, 18);
      }
      case 1 -> {
        cc = "GB";
        bban = s(r, UP, 4) + digits(r, 14);
      }
      case 2 -> {
        cc = "NL";
        bban = s(r, UP, 4) + digits(r, 10);
      }
      case 3 -> {
        cc = "ES";
        bban = digits(r, 20);
      }
      case 4 -> {
        cc = "FR";
        bban = digits(r, 23);
      }
      default -> {
        cc = "BE";
        bban = digits(r, 12);
      }
    }
    int m = ibanMod(bban.isEmpty() ? cc : cc + "00" + bban);
    int check = 98 - m;
    return cc + String.format("%02d", check) + bban;
  }

  static String groupIban(String iban) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < iban.length(); i += 4) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(iban, i, Math.min(iban.length(), i + 4));
    }
    return b.toString();
  }

  static String dni(Random r) {
    int n = 10_000_000 + r.nextInt(89_999_999);
    return n + String.valueOf("TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23));
  }

  static boolean bsnOk(String s) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (s.charAt(i) - '0');
    }
    sum -= s.charAt(8) - '0';
    return sum % 11 == 0;
  }

  static String bsn(Random r) {
    while (true) {
      String s = (1 + r.nextInt(9)) + digits(r, 8);
      if (bsnOk(s)) {
        return s;
      }
    }
  }

  static String pesel(Random r) {
    int yy = 50 + r.nextInt(49);
    String base =
        String.format("%02d%02d%02d", yy, 1 + r.nextInt(12), 1 + r.nextInt(28)) + digits(r, 4);
    int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += w[i] * (base.charAt(i) - '0');
    }
    return base + (10 - sum % 10) % 10;
  }

  static String cpf(Random r) {
    String b = digits(r, 9);
    int s1 = 0;
    for (int i = 0; i < 9; i++) {
      s1 += (10 - i) * (b.charAt(i) - '0');
    }
    int d1 = (s1 * 10) % 11 % 10;
    b += d1;
    int s2 = 0;
    for (int i = 0; i < 10; i++) {
      s2 += (11 - i) * (b.charAt(i) - '0');
    }
    int d2 = (s2 * 10) % 11 % 10;
    b += d2;
    return b.substring(0, 3) + "." + b.substring(3, 6) + "." + b.substring(6, 9) + "-"
        + b.substring(9);
  }

  static String nir(Random r) {
    String b =
        (1 + r.nextInt(2)) + String.format("%02d%02d", r.nextInt(99), 1 + r.nextInt(12))
            + String.format("%02d", 1 + r.nextInt(95)) + digits(r, 3) + digits(r, 3);
    long key = 97 - new BigInteger(b).mod(BigInteger.valueOf(97)).longValue();
    return b + String.format("%02d", key);
  }

  // ---- base58check WIF, bech32 age ----

  static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
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
      b.append(B58.charAt(qr[1].intValue()));
      n = qr[0];
    }
    for (byte x : in) {
      if (x != 0) {
        break;
      }
      b.append('1');
    }
    return b.reverse().toString();
  }

  static String base58check(byte[] payload) {
    byte[] h = sha256(sha256(payload));
    byte[] all = new byte[payload.length + 4];
    System.arraycopy(payload, 0, all, 0, payload.length);
    System.arraycopy(h, 0, all, payload.length, 4);
    return base58(all);
  }

  static String wif(Random r) {
    byte[] p = new byte[34];
    p[0] = (byte) 0x80;
    System.arraycopy(bytes(r, 32), 0, p, 1, 32);
    p[33] = 1;
    return base58check(p);
  }

  static int polymod(int[] values) {
    int[] gen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    int chk = 1;
    for (int v : values) {
      int b = chk >>> 25;
      chk = (chk & 0x1ffffff) << 5 ^ v;
      for (int i = 0; i < 5; i++) {
        if (((b >>> i) & 1) != 0) {
          chk ^= gen[i];
        }
      }
    }
    return chk;
  }

  static String bech32(String hrp, byte[] data) {
    List<Integer> five = new ArrayList<>();
    int acc = 0;
    int bits = 0;
    for (byte x : data) {
      acc = (acc << 8) | (x & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        five.add((acc >>> bits) & 31);
      }
    }
    if (bits > 0) {
      five.add((acc << (5 - bits)) & 31);
    }
    int[] vals = new int[hrp.length() * 2 + 1 + five.size() + 6];
    int k = 0;
    for (char c : hrp.toCharArray()) {
      vals[k++] = c >> 5;
    }
    vals[k++] = 0;
    for (char c : hrp.toCharArray()) {
      vals[k++] = c & 31;
    }
    for (int f : five) {
      vals[k++] = f;
    }
    int pm = polymod(vals) ^ 1;
    StringBuilder b = new StringBuilder(hrp).append('1');
    for (int f : five) {
      b.append(BECH32.charAt(f));
    }
    for (int i = 0; i < 6; i++) {
      b.append(BECH32.charAt((pm >>> (5 * (5 - i))) & 31));
    }
    return b.toString();
  }

  // ---- JWT ----

  static String hmac(String key, String data) {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return b64url(m.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String jwt(String payload, String key) {
    String hp = b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + b64url(payload);
    return hp + "." + hmac(key, hp);
  }

  // ---- PEM ----

  static String wrap(String body, int w) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < body.length(); i += w) {
      b.append(body, i, Math.min(body.length(), i + w)).append('\n');
    }
    return b.toString();
  }

  static String pemBody(Random r, String lead, int n) {
    String body = lead + b64(bytes(r, n));
    return body.substring(0, body.length() - body.length() % 4);
  }

  static Cred pem(String kind, String label, String lead, Random r, int n) {
    String body = pemBody(r, lead, n);
    String v =
        "-----BEGIN " + label + "-----\n" + wrap(body, 64) + "-----END " + label + "-----";
    return new Cred(kind, body.substring(0, 64), v, "PRIVATE_KEY", true, false);
  }

  static long epoch(Random r) {
    return 1_700_000_000L + r.nextInt(60_000_000);
  }

  static Cred make(String kind, Random r) {
    switch (kind) {
      case "aws_access_key" -> {
        String v = "AKIA" + s(r, B32U, 16);
        return simple(kind, v, "AWS_ACCESS_KEY_ID", false);
      }
      case "aws_secret_key" -> {
        return simple(kind, s(r, AN + "/+", 40), "AWS_SECRET_ACCESS_KEY", true);
      }
      case "openai_project" -> {
        return simple(
            kind,
            "sk-proj-" + s(r, URLB64, 74) + "T3BlbkFJ" + s(r, URLB64, 74),
            "OPENAI_API_KEY",
            false);
      }
      case "openai_legacy" -> {
        return simple(kind, "sk-" + s(r, AN, 20) + "T3BlbkFJ" + s(r, AN, 20), "OPENAI_API_KEY", false);
      }
      case "anthropic" -> {
        return simple(kind, "sk-ant-api03-" + s(r, URLB64, 93) + "AA", "ANTHROPIC_API_KEY", false);
      }
      case "stripe_secret" -> {
        return simple(kind, "sk_live_51" + s(r, AN, 97), "STRIPE_SECRET_KEY", false);
      }
      case "stripe_restricted" -> {
        return simple(kind, "rk_live_51" + s(r, AN, 97), "STRIPE_RESTRICTED_KEY", false);
      }
      case "stripe_webhook" -> {
        return simple(kind, "whsec_" + s(r, AN, 32), "STRIPE_WEBHOOK_SECRET", false);
      }
      case "github_classic", "github_oauth" -> {
        String body = s(r, AN, 30);
        String p = kind.equals("github_classic") ? pick(r, "ghp_", "ghs_", "ghu_") : "gho_";
        return simple(kind, p + body + crcTail(body), "GITHUB_TOKEN", false);
      }
      case "github_fine_grained" -> {
        return simple(
            kind, "github_pat_11" + s(r, UP + DIG, 20) + "_" + s(r, AN, 59), "GH_TOKEN", false);
      }
      case "gitlab_pat" -> {
        return simple(kind, "glpat-" + s(r, URLB64, 20), "GITLAB_TOKEN", false);
      }
      case "gitlab_deploy" -> {
        return simple(kind, "gldt-" + s(r, URLB64, 20), "CI_DEPLOY_TOKEN", false);
      }
      case "gitlab_runner" -> {
        return simple(kind, "glrt-" + s(r, URLB64, 20), "RUNNER_TOKEN", false);
      }
      case "npm" -> {
        String body = s(r, AN, 30);
        return simple(kind, "npm_" + body + crcTail(body), "NPM_TOKEN", false);
      }
      case "pypi" -> {
        return simple(kind, "pypi-AgEIcHlwaS5vcmc" + s(r, URLB64, 140), "PYPI_API_TOKEN", false);
      }
      case "huggingface" -> {
        return simple(kind, "hf_" + s(r, UP + LO, 34), "HF_TOKEN", false);
      }
      case "groq" -> {
        return simple(kind, "gsk_" + s(r, AN, 52), "GROQ_API_KEY", false);
      }
      case "openrouter" -> {
        return simple(kind, "sk-or-v1-" + s(r, HEX, 64), "OPENROUTER_API_KEY", false);
      }
      case "google_oauth_secret" -> {
        return simple(kind, "GOCSPX-" + s(r, URLB64, 28), "GOOGLE_CLIENT_SECRET", false);
      }
      case "google_api_key" -> {
        return simple(kind, "AIza" + s(r, URLB64, 35), "GOOGLE_API_KEY", false);
      }
      case "gcp_service_account" -> {
        String body = pemBody(r, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 900);
        String proj = pick(r, "billing-prod", "acme-data", "ml-pipeline") + "-" + digits(r, 6);
        String v =
            "{\n  \"type\": \"service_account\",\n  \"project_id\": \"" + proj + "\",\n"
                + "  \"private_key_id\": \"" + s(r, HEX, 40) + "\",\n"
                + "  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n"
                + wrap(body, 64).replace("\n", "\\n")
                + "-----END PRIVATE KEY-----\\n\",\n"
                + "  \"client_email\": \"deployer@" + proj + ".iam.gserviceaccount.com\",\n"
                + "  \"client_id\": \"" + digits(r, 21) + "\",\n"
                + "  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}";
        return new Cred(kind, body.substring(0, 64), v, "GOOGLE_APPLICATION_CREDENTIALS", true, false);
      }
      case "azure_storage_conn" -> {
        String key = b64(bytes(r, 64));
        String v =
            "DefaultEndpointsProtocol=https;AccountName=" + pick(r, "stprod", "acmelogs", "mlblobs")
                + digits(r, 3) + ";AccountKey=" + key + ";EndpointSuffix=core.windows.net";
        return new Cred(kind, key, v, "AZURE_STORAGE_CONNECTION_STRING", false, false);
      }
      case "azure_sas" -> {
        String sig = b64(bytes(r, 32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D");
        String v =
            "https://" + pick(r, "stprod", "acmedata") + digits(r, 3)
                + ".blob.core.windows.net/exports/report.csv?sv=2022-11-02&ss=b&srt=sco&sp=rl"
                + "&se=2025-12-31T23:59:59Z&st=2024-01-01T00:00:00Z&spr=https&sig=" + sig;
        return new Cred(kind, sig, v, "AZURE_SAS_URL", false, false);
      }
      case "twilio_auth" -> {
        return simple(kind, s(r, HEX, 32), "TWILIO_AUTH_TOKEN", true);
      }
      case "mailgun" -> {
        return simple(kind, "key-" + s(r, HEX, 32), "MAILGUN_API_KEY", false);
      }
      case "mailchimp" -> {
        return simple(kind, s(r, HEX, 32) + "-us" + (1 + r.nextInt(21)), "MAILCHIMP_API_KEY", false);
      }
      case "shopify" -> {
        return simple(kind, pick(r, "shpat_", "shpss_", "shpca_") + s(r, HEX, 32), "SHOPIFY_ACCESS_TOKEN", false);
      }
      case "digitalocean" -> {
        return simple(kind, pick(r, "dop_v1_", "doo_v1_") + s(r, HEX, 64), "DIGITALOCEAN_TOKEN", false);
      }
      case "heroku" -> {
        return simple(kind, "HRKU-AA" + s(r, URLB64, 58), "HEROKU_API_KEY", false);
      }
      case "datadog" -> {
        return simple(kind, s(r, HEX, 32), "DD_API_KEY", true);
      }
      case "newrelic" -> {
        return simple(kind, "NRAK-" + s(r, UP + DIG, 27), "NEW_RELIC_API_KEY", false);
      }
      case "sentry_dsn" -> {
        String pub = s(r, HEX, 32);
        String sec = s(r, HEX, 32);
        String v = "https://" + pub + ":" + sec + "@o" + digits(r, 6) + ".ingest.sentry.io/" + digits(r, 7);
        return new Cred(kind, sec, v, "SENTRY_DSN", false, false);
      }
      case "sentry_token" -> {
        return simple(kind, "sntryu_" + s(r, HEX, 64), "SENTRY_AUTH_TOKEN", false);
      }
      case "discord_bot" -> {
        String id = (1 + r.nextInt(9)) + digits(r, 17);
        String v =
            b64url(id) + "." + s(r, URLB64, 6) + "." + s(r, URLB64, 38);
        return simple(kind, v, "DISCORD_BOT_TOKEN", false);
      }
      case "discord_webhook" -> {
        String tok = s(r, URLB64, 68);
        String v = "https://discord.com/api/webhooks/" + (1 + r.nextInt(9)) + digits(r, 18) + "/" + tok;
        return new Cred(kind, tok, v, "DISCORD_WEBHOOK_URL", false, false);
      }
      case "slack_bot" -> {
        return simple(kind, "xoxb-" + digits(r, 11) + "-" + digits(r, 13) + "-" + s(r, AN, 24), "SLACK_BOT_TOKEN", false);
      }
      case "slack_user" -> {
        return simple(kind, "xoxp-" + digits(r, 11) + "-" + digits(r, 12) + "-" + digits(r, 13) + "-" + s(r, HEX, 32), "SLACK_USER_TOKEN", false);
      }
      case "slack_webhook" -> {
        String tok = s(r, AN, 24);
        String v = "https://hooks.slack.com/services/T" + s(r, UP + DIG, 10) + "/B" + s(r, UP + DIG, 10) + "/" + tok;
        return new Cred(kind, tok, v, "SLACK_WEBHOOK_URL", false, false);
      }
      case "slack_app" -> {
        return simple(kind, "xapp-1-A" + s(r, UP + DIG, 10) + "-" + digits(r, 13) + "-" + s(r, HEX, 64), "SLACK_APP_TOKEN", false);
      }
      case "linear" -> {
        return simple(kind, "lin_api_" + s(r, AN, 40), "LINEAR_API_KEY", false);
      }
      case "notion" -> {
        String v = r.nextBoolean() ? "secret_" + s(r, AN, 43) : "ntn_" + digits(r, 11) + s(r, AN, 35);
        return simple(kind, v, "NOTION_TOKEN", false);
      }
      case "atlassian" -> {
        return simple(kind, "ATATT3xFfGF0" + s(r, URLB64, 170) + "=" + s(r, HEX.toUpperCase(), 8), "JIRA_API_TOKEN", false);
      }
      case "doppler" -> {
        return simple(kind, "dp.st." + pick(r, "prd", "dev", "stg") + "." + s(r, AN, 43), "DOPPLER_TOKEN", false);
      }
      case "vault" -> {
        return simple(kind, "hvs." + s(r, URLB64, 24 + r.nextInt(70)), "VAULT_TOKEN", false);
      }
      case "terraform_cloud" -> {
        return simple(kind, s(r, AN, 14) + ".atlasv1." + s(r, AN, 67), "TFE_TOKEN", false);
      }
      case "databricks" -> {
        return simple(kind, "dapi" + s(r, HEX, 32), "DATABRICKS_TOKEN", false);
      }
      case "cloudflare" -> {
        return simple(kind, s(r, URLB64, 40), "CLOUDFLARE_API_TOKEN", true);
      }
      case "flyio" -> {
        String v = r.nextBoolean() ? "fo1_" + s(r, URLB64, 43) : "FlyV1 fm2_" + s(r, B64, 180) + "==";
        return simple(kind, v, "FLY_API_TOKEN", false);
      }
      case "vercel" -> {
        return simple(kind, s(r, AN, 24), "VERCEL_TOKEN", true);
      }
      case "netlify" -> {
        return simple(kind, "nfp_" + s(r, AN, 36), "NETLIFY_AUTH_TOKEN", false);
      }
      case "supabase_service_jwt" -> {
        long iat = epoch(r);
        String p = "{\"iss\":\"supabase\",\"ref\":\"" + s(r, LO, 20) + "\",\"role\":\"service_role\",\"iat\":" + iat + ",\"exp\":" + (iat + 315_360_000L) + "}";
        return simple(kind, jwt(p, s(r, AN, 40)), "SUPABASE_SERVICE_ROLE_KEY", false);
      }
      case "supabase_mgmt" -> {
        return simple(kind, "sbp_" + s(r, HEX, 40), "SUPABASE_ACCESS_TOKEN", false);
      }
      case "firebase_fcm" -> {
        return simple(kind, "AAAA" + s(r, URLB64, 7) + ":APA91b" + s(r, URLB64, 134), "FCM_SERVER_KEY", false);
      }
      case "planetscale" -> {
        return simple(kind, pick(r, "pscale_tkn_", "pscale_pw_", "pscale_oauth_") + s(r, URLB64, 43), "PLANETSCALE_TOKEN", false);
      }
      case "postman" -> {
        return simple(kind, "PMAK-" + s(r, HEX, 24) + "-" + s(r, HEX, 34), "POSTMAN_API_KEY", false);
      }
      case "sendgrid" -> {
        return simple(kind, "SG." + s(r, URLB64, 22) + "." + s(r, URLB64, 43), "SENDGRID_API_KEY", false);
      }
      case "age" -> {
        String v = bech32("age-secret-key-", bytes(r, 32)).toUpperCase();
        return simple(kind, v, "AGE_KEY", false);
      }
      case "pgp" -> {
        String body = pemBody(r, "lQVYBG", 1200);
        String v = "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + wrap(body, 64) + "=" + s(r, B64, 4)
            + "\n-----END PGP PRIVATE KEY BLOCK-----";
        return new Cred(kind, body.substring(0, 64), v, "GPG_PRIVATE_KEY", true, false);
      }
      case "putty" -> {
        String priv = b64(bytes(r, 36));
        String v = "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ed25519-key-2024"
            + digits(r, 4) + "\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI" + s(r, B64, 39)
            + "\n" + s(r, B64, 4) + "\nPrivate-Lines: 1\n" + priv + "\nPrivate-MAC: " + s(r, HEX, 64);
        return new Cred(kind, priv, v, "PUTTY_KEY", true, false);
      }
      case "openssh" -> {
        return pem(kind, "OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", r, 300);
      }
      case "rsa_pem" -> {
        return pem(kind, "RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", r, 1100);
      }
      case "ec_pem" -> {
        return pem(kind, "EC PRIVATE KEY", "MHcCAQEEI", r, 110);
      }
      case "pkcs8_pem" -> {
        return pem(kind, "PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", r, 1100);
      }
      case "jwt_hs256" -> {
        long iat = epoch(r);
        String p = "{\"sub\":\"" + digits(r, 6) + "\",\"email\":\"" + s(r, LO, 6) + "@example.org\",\"scope\":\"admin\",\"iat\":" + iat + ",\"exp\":" + (iat + 3600) + "}";
        return simple(kind, jwt(p, s(r, AN, 32)), "ACCESS_TOKEN", false);
      }
      case "basic_auth_url" -> {
        String pw = s(r, AN, 10 + r.nextInt(12));
        String v = pick(r, "https://", "http://") + pick(r, "deploy", "ci-bot", "admin", "jenkins") + ":" + pw + "@"
            + pick(r, "registry.internal.acme.io", "nexus.corp.example.net:8081", "git.acme-labs.dev") + pick(r, "/v2/", "/repository/pypi/simple", "/team/app.git");
        return new Cred(kind, pw, v, "REGISTRY_URL", false, false);
      }
      case "db_url" -> {
        String pw = s(r, AN, 12 + r.nextInt(12));
        String v = switch (r.nextInt(4)) {
          case 0 -> "postgres://app_user:" + pw + "@db-prod.internal:5432/orders";
          case 1 -> "mysql://root:" + pw + "@10.0." + r.nextInt(255) + "." + r.nextInt(255) + ":3306/shop";
          case 2 -> "mongodb+srv://svc:" + pw + "@cluster0." + s(r, LO + DIG, 5) + ".mongodb.net/prod?retryWrites=true";
          default -> "redis://default:" + pw + "@cache.internal:6379/0";
        };
        return new Cred(kind, pw, v, "DATABASE_URL", false, false);
      }
      case "k8s_secret" -> {
        String tok = s(r, AN, 32);
        String enc = b64(tok.getBytes(StandardCharsets.UTF_8));
        String pw = b64(s(r, AN, 20).getBytes(StandardCharsets.UTF_8));
        String v = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + pick(r, "api-credentials", "db-secret", "payments")
            + "\n  namespace: prod\ntype: Opaque\ndata:\n  api-token: " + enc + "\n  db-password: " + pw;
        return new Cred(kind, enc, v, "K8S_SECRET", true, false);
      }
      case "env_high_entropy" -> {
        String var = pick(r, "ACME_SIGNING_SECRET", "INTERNAL_API_KEY", "PAYMENTS_HMAC_KEY", "SESSION_SECRET", "WEBHOOK_SIGNING_KEY", "PARTNER_TOKEN");
        return simple(kind, s(r, AN, 32 + r.nextInt(24)), var, true);
      }
      case "generic_assignment" -> {
        String var = pick(r, "password", "db_password", "api_key", "apiKey", "secret", "client_secret", "auth_token");
        return simple(kind, s(r, AN, 6) + pick(r, "#", "!", "%", "@", "&") + s(r, AN, 8) + pick(r, "$", "*", "?") + s(r, AN, 4), var, true);
      }
      case "iban" -> {
        String v = iban(r);
        return simple(kind, r.nextBoolean() ? groupIban(v) : v, "IBAN", true);
      }
      case "card_visa", "card_mastercard", "card_amex", "card_discover", "card_jcb", "card_diners", "card_unionpay" -> {
        String n = switch (kind) {
          case "card_visa" -> card(r, "4", 16);
          case "card_mastercard" -> card(r, pick(r, "51", "52", "53", "54", "55", "2221", "2720"), 16);
          case "card_amex" -> card(r, pick(r, "34", "37"), 15);
          case "card_discover" -> card(r, pick(r, "6011", "65"), 16);
          case "card_jcb" -> card(r, "35" + (28 + r.nextInt(62)), 16);
          case "card_diners" -> card(r, "36", 14);
          default -> card(r, "62", 16);
        };
        String shown = n;
        if (r.nextInt(3) == 0 && n.length() == 16) {
          shown = n.substring(0, 4) + " " + n.substring(4, 8) + " " + n.substring(8, 12) + " " + n.substring(12);
        } else if (r.nextInt(3) == 0 && n.length() == 16) {
          shown = n.substring(0, 4) + "-" + n.substring(4, 8) + "-" + n.substring(8, 12) + "-" + n.substring(12);
        }
        return simple(kind, shown, "CARD_NUMBER", true);
      }
      case "id_es_dni" -> {
        return simple(kind, dni(r), "DNI", true);
      }
      case "id_nl_bsn" -> {
        return simple(kind, bsn(r), "BSN", true);
      }
      case "id_pl_pesel" -> {
        return simple(kind, pesel(r), "PESEL", true);
      }
      case "id_br_cpf" -> {
        return simple(kind, cpf(r), "CPF", true);
      }
      case "id_fr_nir" -> {
        return simple(kind, nir(r), "NIR", true);
      }
      case "btc_wif" -> {
        return simple(kind, wif(r), "BTC_PRIVATE_KEY", false);
      }
      default -> throw new IllegalArgumentException(kind);
    }
  }

  static Cred simple(String kind, String v, String var, boolean needsName) {
    return new Cred(kind, v, v, var, false, needsName);
  }
}
