package io.moltr.core.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * blind16: fake credentials in the providers' documented formats, with real checksums where the
 * format has one. Everything is generated from the caller's seeded Random.
 */
final class Blind16Creds {
  static final String UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LO = "abcdefghijklmnopqrstuvwxyz";
  static final String DIG = "0123456789";
  static final String B62 = DIG + UP + LO;
  static final String B64U = UP + LO + DIG + "-_";
  static final String B64 = UP + LO + DIG + "+/";
  static final String HEX = "0123456789abcdef";
  static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  final Random r;
  /** kind -> (generator, variable name used in contexts). */
  final Map<String, Supplier<String>> kinds = new LinkedHashMap<>();
  final Map<String, String> vars = new LinkedHashMap<>();
  /** kinds whose bare value carries no provider marker: contexts and encodings keep the name. */
  final java.util.Set<String> named = new java.util.HashSet<>();

  Blind16Creds(Random r) {
    this.r = r;
    k("aws_access_key", "AWS_ACCESS_KEY_ID", () -> pick("AKIA", "ASIA") + s(UP + "234567", 16));
    n("aws_secret_key", "AWS_SECRET_ACCESS_KEY", () -> mixed(B64, 40));
    k("github_classic", "GITHUB_TOKEN", () -> ghToken(pick("ghp_", "gho_", "ghs_", "ghu_", "ghr_")));
    k("github_fine", "GH_PAT", () -> "github_pat_11" + s(UP + DIG, 20) + "_" + mixed(B62, 59));
    k("gitlab", "GITLAB_TOKEN", () -> pick("glpat-", "gldt-", "glrt-", "glptt-") + mixed(B62 + "_-", 20));
    k("npm", "NPM_TOKEN", () -> ghToken("npm_"));
    k("pypi", "PYPI_TOKEN", () -> "pypi-AgEIcHlwaS5vcmc" + mixed(B64U, 70));
    k("huggingface", "HF_TOKEN", () -> "hf_" + mixed(UP + LO, 34));
    k("groq", "GROQ_API_KEY", () -> "gsk_" + mixed(B62, 52));
    k("openrouter", "OPENROUTER_API_KEY", () -> "sk-or-v1-" + s(HEX, 64));
    k("openai", "OPENAI_API_KEY", () -> r.nextBoolean()
        ? "sk-proj-" + mixed(B64U, 74) + "T3BlbkFJ" + mixed(B64U, 74)
        : "sk-" + mixed(B62, 20) + "T3BlbkFJ" + mixed(B62, 20));
    k("anthropic", "ANTHROPIC_API_KEY", () -> "sk-ant-api03-" + mixed(B64U, 93) + "AA");
    k("stripe", "STRIPE_SECRET_KEY", () -> pick("sk_live_", "rk_live_") + mixed(B62, 24 + r.nextInt(76)));
    k("stripe_webhook", "STRIPE_WEBHOOK_SECRET", () -> "whsec_" + mixed(B62, 32));
    k("google_oauth_secret", "GOOGLE_CLIENT_SECRET", () -> "GOCSPX-" + mixed(B64U, 28));
    k("google_api_key", "GOOGLE_API_KEY", () -> "AIza" + mixed(B64U, 35));
    k("gcp_service_account", "GOOGLE_APPLICATION_CREDENTIALS_JSON", this::serviceAccount);
    k("azure_storage", "AZURE_STORAGE_CONNECTION_STRING", () -> "DefaultEndpointsProtocol=https;AccountName="
        + s(LO + DIG, 12) + ";AccountKey=" + mixed(B64, 86) + "==;EndpointSuffix=core.windows.net");
    k("azure_sas", "AZURE_SAS_URL", () -> "https://" + s(LO, 10) + ".blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-31T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&sig="
        + mixed(B64, 43).replace("+", "%2B").replace("/", "%2F") + "%3D");
    k("twilio_api_key", "TWILIO_API_KEY", () -> "SK" + s(HEX, 32));
    n("twilio_auth_token", "TWILIO_AUTH_TOKEN", () -> s(HEX, 32));
    k("mailgun", "MAILGUN_API_KEY", () -> "key-" + s(HEX, 32));
    k("mailchimp", "MAILCHIMP_API_KEY", () -> s(HEX, 32) + "-us" + (1 + r.nextInt(20)));
    k("shopify", "SHOPIFY_ACCESS_TOKEN", () -> pick("shpat_", "shpss_", "shpca_", "shppa_") + s(HEX, 32));
    k("digitalocean", "DIGITALOCEAN_TOKEN", () -> pick("dop_v1_", "doo_v1_", "dor_v1_") + s(HEX, 64));
    k("heroku", "HEROKU_API_KEY", () -> "HRKU-AA" + mixed(B64U, 58));
    n("datadog", "DD_API_KEY", () -> s(HEX, 32));
    k("newrelic", "NEW_RELIC_API_KEY", () -> "NRAK-" + s(UP + DIG, 27));
    k("sentry_dsn_secret", "SENTRY_DSN", () -> "https://" + s(HEX, 32) + ":" + s(HEX, 32) + "@sentry.io/" + (100000 + r.nextInt(900000)));
    k("sentry_token", "SENTRY_AUTH_TOKEN", () -> "sntryu_" + s(HEX, 64));
    k("discord_bot", "DISCORD_BOT_TOKEN", () -> b64(("1" + s(DIG, 18)).getBytes(StandardCharsets.UTF_8)).replace("=", "")
        + "." + mixed(B64U, 6) + "." + mixed(B64U, 38));
    k("discord_webhook", "DISCORD_WEBHOOK_URL", () -> "https://discord.com/api/webhooks/1" + s(DIG, 18) + "/" + mixed(B64U, 68));
    k("slack_token", "SLACK_BOT_TOKEN", () -> pick("xoxb-", "xoxp-", "xoxa-2-") + s(DIG, 12) + "-" + s(DIG, 13) + "-" + mixed(B62, 24));
    k("slack_webhook", "SLACK_WEBHOOK_URL", () -> "https://hooks.slack.com/services/T" + s(UP + DIG, 10) + "/B" + s(UP + DIG, 10) + "/" + mixed(B62, 24));
    k("linear", "LINEAR_API_KEY", () -> "lin_api_" + mixed(B62, 40));
    k("notion", "NOTION_TOKEN", () -> r.nextBoolean() ? "secret_" + mixed(B62, 43) : "ntn_" + s(DIG, 11) + mixed(B62, 35));
    k("atlassian", "JIRA_API_TOKEN", () -> "ATATT3xFfGF0" + mixed(B64U, 170) + "=" + s(UP + DIG, 8));
    k("doppler", "DOPPLER_TOKEN", () -> pick("dp.st.prd.", "dp.pt.", "dp.sa.", "dp.ct.") + mixed(B62, 43));
    k("vault", "VAULT_TOKEN", () -> "hvs.CAESI" + mixed(B64U, 80));
    k("terraform_cloud", "TFE_TOKEN", () -> mixed(B62, 14) + ".atlasv1." + mixed(B62, 67));
    k("databricks", "DATABRICKS_TOKEN", () -> "dapi" + s(HEX, 32) + (r.nextBoolean() ? "-2" : ""));
    n("cloudflare", "CLOUDFLARE_API_TOKEN", () -> mixed(B64U.replace("-", ""), 40));
    k("flyio", "FLY_API_TOKEN", () -> "FlyV1 fm2_lJPECAAAAAAAA" + mixed(B64, 120));
    n("vercel", "VERCEL_TOKEN", () -> mixed(B62, 24));
    k("netlify", "NETLIFY_AUTH_TOKEN", () -> "nfp_" + mixed(B62, 36));
    k("supabase_service", "SUPABASE_SERVICE_ROLE_KEY", () -> r.nextBoolean()
        ? jwt("{\"iss\":\"supabase\",\"ref\":\"" + s(LO, 20) + "\",\"role\":\"service_role\",\"iat\":1700000000,\"exp\":2015576000}")
        : "sb_secret_" + mixed(B64U, 31));
    k("firebase_fcm", "FCM_SERVER_KEY", () -> "AAAA" + mixed(B64U, 7) + ":APA91b" + mixed(B64U, 134));
    k("planetscale", "PLANETSCALE_PASSWORD", () -> pick("pscale_pw_", "pscale_tkn_", "pscale_oauth_") + mixed(B64U, 43));
    k("postman", "POSTMAN_API_KEY", () -> "PMAK-" + s(HEX, 24) + "-" + s(HEX, 34));
    k("sendgrid", "SENDGRID_API_KEY", () -> "SG." + mixed(B64U, 22) + "." + mixed(B64U, 43));
    k("telegram_bot", "TELEGRAM_BOT_TOKEN", () -> (1000000000L + r.nextInt(900000000)) + ":AA" + mixed(B64U, 33));
    k("age_key", "AGE_IDENTITY", () -> "AGE-SECRET-KEY-1" + s("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58));
    k("pgp_private", "PGP_KEY", () -> pem("PGP PRIVATE KEY BLOCK", "lQVYBG" + mixed(B64, 1200)));
    k("putty_key", "PPK", this::putty);
    k("openssh_private", "SSH_KEY", () -> pem("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + mixed(B64, 300)));
    k("rsa_private", "TLS_KEY", () -> pem(pick("RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY"), "MIIEow" + mixed(B64, 1500)));
    k("jwt_hs256", "SESSION_JWT", () -> jwt("{\"sub\":\"" + (1000 + r.nextInt(90000)) + "\",\"name\":\"ops-bot\",\"scope\":\"admin\",\"iat\":1764000000}"));
    k("basic_auth_url", "REGISTRY_URL", () -> "https://" + pick("deploy", "ci-bot", "admin", "svc_backup") + ":" + mixed(B62 + "!#", 18)
        + "@" + pick("registry.internal.example.net", "nexus.corp.example.com", "git.acme-ops.io") + "/" + pick("repo", "v2/", "api"));
    k("db_url", "DATABASE_URL", () -> pick("postgres://app:", "postgresql://billing:", "mysql://root:", "mongodb+srv://admin:", "redis://default:", "amqp://rabbit:")
        + mixed(B62, 20) + "@" + pick("db-prod-1.internal", "10.0.3.17:5432", "cluster0.ab1cd.mongodb.net", "cache.prod.svc:6379") + "/" + pick("app", "billing", "main"));
    k("k8s_secret", "K8S_SECRET", this::k8sSecret);
    n("env_high_entropy", pick("APP_SECRET", "SESSION_SECRET", "ENCRYPTION_KEY", "SIGNING_KEY"), () -> mixed(B62 + "+/", 44));
    n("generic_password", pick("password", "db_password", "admin_pass"), () -> mixed(B62 + "!@#%^*", 22));
    n("generic_api_key", pick("api_key", "apiKey", "x_api_key", "client_secret"), () -> mixed(B62, 36));
    k("iban", "IBAN", this::iban);
    k("card", "CARD", this::card);
    k("national_id", "NATIONAL_ID", this::nationalId);
    k("btc_wif", "BTC_PRIVATE_KEY", this::wif);
  }

  private void k(String kind, String var, Supplier<String> g) {
    kinds.put(kind, g);
    vars.put(kind, var);
  }

  private void n(String kind, String var, Supplier<String> g) {
    k(kind, var, g);
    named.add(kind);
  }

  String s(String alpha, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alpha.charAt(r.nextInt(alpha.length())));
    }
    return b.toString();
  }

  /** Random string that has at least one upper, lower and digit when the alphabet allows. */
  String mixed(String alpha, int n) {
    while (true) {
      String v = s(alpha, n);
      boolean u = !alpha.contains("A") || v.chars().anyMatch(Character::isUpperCase);
      boolean l = !alpha.contains("a") || v.chars().anyMatch(Character::isLowerCase);
      boolean d = !alpha.contains("0") || v.chars().anyMatch(Character::isDigit);
      if (u && l && d) {
        return v;
      }
    }
  }

  String pick(String... xs) {
    return xs[r.nextInt(xs.length)];
  }

  static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  static String b62(long v, int width) {
    StringBuilder b = new StringBuilder();
    while (v > 0) {
      b.insert(0, B62.charAt((int) (v % 62)));
      v /= 62;
    }
    while (b.length() < width) {
      b.insert(0, '0');
    }
    return b.toString();
  }

  /** GitHub / npm token: prefix, 30 random base62 and the base62 CRC32 of those 30. */
  String ghToken(String prefix) {
    String body = mixed(B62, 30);
    return prefix + body + b62(crc(body), 6);
  }

  static long crc(String s) {
    CRC32 c = new CRC32();
    c.update(s.getBytes(StandardCharsets.US_ASCII));
    return c.getValue();
  }

  String jwt(String payload) {
    Base64.Encoder e = Base64.getUrlEncoder().withoutPadding();
    String h = e.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String p = e.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(s(B62, 32).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return h + "." + p + "." + e.encodeToString(mac.doFinal((h + "." + p).getBytes(StandardCharsets.US_ASCII)));
    } catch (java.security.GeneralSecurityException ex) {
      throw new IllegalStateException(ex);
    }
  }

  static String wrap(String body, int w) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < body.length(); i += w) {
      b.append(body, i, Math.min(body.length(), i + w)).append('\n');
    }
    return b.toString();
  }

  static String pem(String label, String body) {
    return "-----BEGIN " + label + "-----\n" + wrap(body, 64) + "-----END " + label + "-----";
  }

  String serviceAccount() {
    String proj = s(LO, 8) + "-" + (100000 + r.nextInt(900000));
    return "{\n  \"type\": \"service_account\",\n  \"project_id\": \"" + proj + "\",\n  \"private_key_id\": \"" + s(HEX, 40)
        + "\",\n  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC" + mixed(B64, 600)
        + "\\n-----END PRIVATE KEY-----\\n\",\n  \"client_email\": \"deployer@" + proj + ".iam.gserviceaccount.com\",\n  \"client_id\": \"1"
        + s(DIG, 20) + "\"\n}";
  }

  String putty() {
    return "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ops@bastion\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI"
        + mixed(B64, 43) + "\nPrivate-Lines: 1\nAAAAI" + mixed(B64, 43) + "\nPrivate-MAC: " + s(HEX, 64);
  }

  String k8sSecret() {
    String pw = b64(mixed(B62, 24).getBytes(StandardCharsets.UTF_8));
    return "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + pick("db-credentials", "api-keys", "app-secrets") + "\n  namespace: prod\ntype: Opaque\ndata:\n  username: "
        + b64("app".getBytes(StandardCharsets.UTF_8)) + "\n  password: " + pw;
  }

  static int mod97(String digits) {
    int m = 0;
    for (char c : digits.toCharArray()) {
      m = (m * 10 + (c - '0')) % 97;
    }
    return m;
  }

  static String ibanDigits(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return b.toString();
  }

  static boolean ibanValid(String iban) {
    String c = iban.replace(" ", "");
    return mod97(ibanDigits(c.substring(4) + c.substring(0, 4))) == 1;
  }

  String ibanRaw(boolean valid) {
    String[][] cc = {{"DE", "18"}, {"FR", "23"}, {"NL", "4A10"}, {"GB", "4A14"}, {"ES", "20"}, {"IT", "1A22"}, {"AT", "16"}, {"CH", "17"}};
    String[] c = cc[r.nextInt(cc.length)];
    String bban;
    if (c[1].startsWith("4A")) {
      bban = s(UP, 4) + s(DIG, Integer.parseInt(c[1].substring(2)));
    } else if (c[1].startsWith("1A")) {
      bban = s(UP, 1) + s(DIG, Integer.parseInt(c[1].substring(2)));
    } else {
      bban = s(DIG, Integer.parseInt(c[1]));
    }
    int chk = 98 - mod97(ibanDigits(bban + c[0] + "00"));
    if (!valid) {
      chk = (chk + 1 + r.nextInt(90)) % 97;
      chk = chk < 2 ? chk + 2 : chk;
      if (mod97(ibanDigits(bban + c[0] + String.format("%02d", chk))) == 1) {
        chk = chk == 98 ? 97 : chk + 1;
      }
    }
    return c[0] + String.format("%02d", chk) + bban;
  }

  String iban() {
    String v = ibanRaw(true);
    return r.nextBoolean() ? v : v.replaceAll("(.{4})(?!$)", "$1 ");
  }

  static boolean luhn(String digits) {
    String d = digits.replaceAll("[ -]", "");
    int sum = 0;
    for (int i = 0; i < d.length(); i++) {
      int x = d.charAt(d.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        x *= 2;
        if (x > 9) {
          x -= 9;
        }
      }
      sum += x;
    }
    return sum % 10 == 0;
  }

  String luhnComplete(String prefix, int len, boolean valid) {
    String body = prefix + s(DIG, len - prefix.length() - 1);
    for (int c = 0; c < 10; c++) {
      if (luhn(body + c) == valid) {
        return body + c;
      }
    }
    throw new IllegalStateException();
  }

  String cardRaw(boolean valid) {
    switch (r.nextInt(8)) {
      case 0: return luhnComplete("4" + s(DIG, 1), 16, valid);
      case 1: return luhnComplete(pick("51", "52", "53", "54", "55", "2221", "2720"), 16, valid);
      case 2: return luhnComplete(pick("34", "37"), 15, valid);
      case 3: return luhnComplete(pick("6011", "65"), 16, valid);
      case 4: return luhnComplete("35" + (28 + r.nextInt(62)), 16, valid);
      case 5: return luhnComplete(pick("36", "300", "305"), 14, valid);
      case 6: return luhnComplete("62" + s(DIG, 2), 16, valid);
      default: return luhnComplete(pick("6759", "5018", "6304"), 16 + r.nextInt(3), valid);
    }
  }

  String card() {
    String c = cardRaw(true);
    if (r.nextBoolean() && c.length() == 16) {
      return c.replaceAll("(\\d{4})(?!$)", "$1 ");
    }
    return c;
  }

  String nationalId() {
    switch (r.nextInt(5)) {
      case 0: { // Spanish DNI: 8 digits and the mod-23 letter
        int n = 10000000 + r.nextInt(89999999);
        return n + String.valueOf("TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23));
      }
      case 1: { // Polish PESEL: weights 1,3,7,9
        String d = String.format("%02d%02d%02d", 60 + r.nextInt(39), 1 + r.nextInt(12), 1 + r.nextInt(28)) + s(DIG, 4);
        int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
        int sum = 0;
        for (int i = 0; i < 10; i++) {
          sum += w[i] * (d.charAt(i) - '0');
        }
        return d + (10 - sum % 10) % 10;
      }
      case 2: { // Brazilian CPF: two mod-11 check digits
        String d = s(DIG, 9);
        d += cpfDigit(d);
        d += cpfDigit(d);
        return d.substring(0, 3) + "." + d.substring(3, 6) + "." + d.substring(6, 9) + "-" + d.substring(9);
      }
      case 3: { // Dutch BSN: 11-proof
        while (true) {
          String d = s(DIG, 9);
          int sum = 0;
          for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (d.charAt(i) - '0');
          }
          sum -= d.charAt(8) - '0';
          if (sum % 11 == 0 && d.charAt(0) != '0') {
            return d;
          }
        }
      }
      default: { // Finnish HETU: DDMMYY-NNN + mod-31 char
        String date = String.format("%02d%02d%02d", 1 + r.nextInt(28), 1 + r.nextInt(12), r.nextInt(99));
        String ind = String.format("%03d", 2 + r.nextInt(897));
        long v = Long.parseLong(date + ind);
        return date + "-" + ind + "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt((int) (v % 31));
      }
    }
  }

  static int cpfDigit(String d) {
    int sum = 0;
    for (int i = 0; i < d.length(); i++) {
      sum += (d.length() + 1 - i) * (d.charAt(i) - '0');
    }
    int m = sum % 11;
    return m < 2 ? 0 : 11 - m;
  }

  static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String base58(byte[] in) {
    java.math.BigInteger v = new java.math.BigInteger(1, in);
    StringBuilder b = new StringBuilder();
    java.math.BigInteger f = java.math.BigInteger.valueOf(58);
    while (v.signum() > 0) {
      java.math.BigInteger[] qr = v.divideAndRemainder(f);
      b.insert(0, B58.charAt(qr[1].intValue()));
      v = qr[0];
    }
    for (int i = 0; i < in.length && in[i] == 0; i++) {
      b.insert(0, '1');
    }
    return b.toString();
  }

  String wif() {
    byte[] p = new byte[r.nextBoolean() ? 34 : 33];
    p[0] = (byte) 0x80;
    for (int i = 1; i < 33; i++) {
      p[i] = (byte) r.nextInt(256);
    }
    if (p.length == 34) {
      p[33] = 1;
    }
    byte[] chk = sha256(sha256(p));
    byte[] all = java.util.Arrays.copyOf(p, p.length + 4);
    System.arraycopy(chk, 0, all, p.length, 4);
    return base58(all);
  }
}
