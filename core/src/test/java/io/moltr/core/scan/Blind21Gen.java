package io.moltr.core.scan;

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
 * Blind21: fake credentials in the providers' documented formats (with their checksums).
 *
 * <p>LABEL DECISIONS that could go either way, each with its reason from issue 3:
 *
 * <ol>
 *   <li>bcrypt / argon2 / crypt(3) hashes are NEGATIVE: "Do not flag what is not a secret: ...
 *       hashes".
 *   <li>A JWT with alg "none" and an empty signature is NEGATIVE: the issue lists "JWTs with a
 *       signature" as the detected kind; an HS256 JWT with a real HMAC is POSITIVE.
 *   <li>Documented example keys (AKIAIOSFODNN7EXAMPLE, wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY)
 *       are NEGATIVE: named in "Do not flag".
 *   <li>Masked keys ("sk-...abcd", "ghp_****wxyz") are NEGATIVE: the secret is not in the text.
 *   <li>Public keys, certificates, public crypto addresses, onion addresses are NEGATIVE ("public
 *       addresses"); a Sentry DSN with only the public key is NEGATIVE (the issue lists "Sentry
 *       DSNs with secrets"); a DSN with a secret part is POSITIVE.
 *   <li>A Kubernetes Secret whose data decodes to a placeholder (changeme, REPLACE_ME) is NEGATIVE;
 *       one whose data decodes to a random value is POSITIVE ("Kubernetes secret manifests").
 *   <li>Card-like numbers failing Luhn and IBAN-like strings failing mod-97 are NEGATIVE
 *       ("Validate ... to cut false positives").
 *   <li>Look-alikes are only characters that NFKC folds to ASCII (fullwidth forms, mathematical
 *       alphanumerics): the issue says "NFKC-fold look-alikes". Cyrillic/Greek homoglyphs are not
 *       used, NFKC does not fold them.
 *   <li>"Split by punctuation where a format allows it": the separator is always a character that
 *       is NOT in the secret's own alphabet, so rejoining is unambiguous.
 *   <li>National IDs are POSITIVE only for formats with a checksum (ES DNI letter, BR CPF, NL BSN
 *       11-proof, PL PESEL): "national ID formats where a checksum exists".
 *   <li>An AWS access key id (AKIA + 16) alone is POSITIVE: it is one of the original credential
 *       rules and the issue treats only the documented EXAMPLE id as harmless.
 *   <li>Values that need a keyword (Datadog 32-hex key, Twilio auth token, Cloudflare/Vercel
 *       tokens, AWS secret key, .env values, national ids) are always written (also inside an
 *       encoding) together with their variable name, as an agent that dumps a config does; a bare
 *       32-hex string without a credential word is NEGATIVE (it is a checksum).
 *   <li>Literal placeholder passwords (password, changeme, ****, ${DB_PASS}) in URLs and
 *       assignments are NEGATIVE ("placeholders"); random values are POSITIVE ("generic detector
 *       ... with an entropy threshold").
 *   <li>BIP39 seed phrases are SKIPPED: the exact 2048-word list is not available here.
 *   <li>Base64 of harmless text, images, fonts, gzip of logs, base32 of harmless text are
 *       NEGATIVE: decoding must not turn harmless content into findings.
 * </ol>
 */
final class Blind21Gen {
  static final long SEED = 21_2026_1130L;
  static final String HEX = "0123456789abcdef";
  static final String B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  static final String B64U = B62 + "-_";
  static final String B64S = B62 + "+/";
  static final String UP32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  static final String UPNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  static final String BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";

  final Random r;

  Blind21Gen(Random r) {
    this.r = r;
  }

  /** A credential kind: name, variable name an agent would use, needs-keyword, multi-line. */
  record Kind(String name, String env, boolean ctx, boolean multi, Function<Blind21Gen, String> gen) {}

  String s(String alphabet, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  /** Random alphanumeric with at least one digit, one upper, one lower (avoids degenerate runs). */
  String mix(String alphabet, int n) {
    while (true) {
      String v = s(alphabet, n);
      if (n < 8 || (v.chars().anyMatch(Character::isDigit) == alphabet.chars().anyMatch(Character::isDigit)
          && v.chars().anyMatch(Character::isUpperCase) == alphabet.chars().anyMatch(Character::isUpperCase)
          && v.chars().anyMatch(Character::isLowerCase) == alphabet.chars().anyMatch(Character::isLowerCase))) {
        return v;
      }
    }
  }

  int n(int lo, int hi) {
    return lo + r.nextInt(hi - lo + 1);
  }

  <T> T pick(List<T> xs) {
    return xs.get(r.nextInt(xs.size()));
  }

  String pick(String... xs) {
    return xs[r.nextInt(xs.length)];
  }

  String digits(int n) {
    return s("0123456789", n);
  }

  byte[] bytes(int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  static String b64u(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
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

  /** GitHub/npm style: 30 random base62 + base62(CRC32(random)) padded to 6. */
  String crcToken(String prefix) {
    String body = s(B62, 30);
    CRC32 c = new CRC32();
    c.update(utf8(body));
    return prefix + body + base62(c.getValue(), 6);
  }

  static boolean crcOk(String token, String prefix) {
    String body = token.substring(prefix.length(), prefix.length() + 30);
    CRC32 c = new CRC32();
    c.update(utf8(body));
    return token.endsWith(base62(c.getValue(), 6));
  }

  static int luhnSum(String d) {
    int sum = 0;
    boolean dbl = false;
    for (int i = d.length() - 1; i >= 0; i--) {
      int x = d.charAt(i) - '0';
      if (dbl) {
        x *= 2;
        if (x > 9) {
          x -= 9;
        }
      }
      sum += x;
      dbl = !dbl;
    }
    return sum;
  }

  static boolean luhn(String d) {
    return luhnSum(d) % 10 == 0;
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

  static int mod97(String s) {
    String re = s.substring(4) + s.substring(0, 4);
    int m = 0;
    for (char ch : re.toCharArray()) {
      String v = Character.isDigit(ch) ? String.valueOf(ch) : String.valueOf(ch - 'A' + 10);
      for (char d : v.toCharArray()) {
        m = (m * 10 + (d - '0')) % 97;
      }
    }
    return m;
  }

  String iban() {
    String[][] c = {{"DE", "18"}, {"GB", "B"}, {"FR", "23"}, {"NL", "N"}, {"ES", "20"}, {"IT", "I"}};
    String[] p = c[r.nextInt(c.length)];
    String bban;
    switch (p[0]) {
      case "GB" -> bban = pick("NWBK", "BARC", "MIDL", "LOYD") + digits(14);
      case "NL" -> bban = pick("ABNA", "INGB", "RABO") + digits(10);
      case "IT" -> bban = s("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1) + digits(10) + s(UPNUM, 12);
      default -> bban = digits(Integer.parseInt(p[1]));
    }
    String tmp = p[0] + "00" + bban;
    int check = 98 - mod97(tmp);
    return p[0] + String.format("%02d", check) + bban;
  }

  static String base58(byte[] in) {
    java.math.BigInteger v = new java.math.BigInteger(1, in);
    StringBuilder b = new StringBuilder();
    java.math.BigInteger f = java.math.BigInteger.valueOf(58);
    while (v.signum() > 0) {
      java.math.BigInteger[] qr = v.divideAndRemainder(f);
      b.append(B58.charAt(qr[1].intValue()));
      v = qr[0];
    }
    for (byte x : in) {
      if (x != 0) {
        break;
      }
      b.append('1');
    }
    return b.reverse().toString();
  }

  String wif() {
    byte[] p = new byte[34];
    p[0] = (byte) 0x80;
    System.arraycopy(bytes(32), 0, p, 1, 32);
    p[33] = 1;
    byte[] ck = sha256(sha256(p));
    byte[] all = new byte[38];
    System.arraycopy(p, 0, all, 0, 34);
    System.arraycopy(ck, 0, all, 34, 4);
    return base58(all);
  }

  String jwt(String claims) {
    String h = b64u(utf8("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"));
    String p = b64u(utf8(claims));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(bytes(32), "HmacSHA256"));
      return h + "." + p + "." + b64u(mac.doFinal(utf8(h + "." + p)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  String pemBody(int bytes, String first) {
    String b = first + b64(bytes(bytes));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < b.length(); i += 64) {
      out.append(b, i, Math.min(b.length(), i + 64)).append('\n');
    }
    return out.toString();
  }

  String cpf() {
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
      int v = (sum * 10) % 11;
      d[k] = v == 10 ? 0 : v;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 11; i++) {
      b.append(d[i]);
      if (i == 2 || i == 5) {
        b.append('.');
      } else if (i == 8) {
        b.append('-');
      }
    }
    return b.toString();
  }

  static boolean cpfOk(String f) {
    String x = f.replaceAll("[^0-9]", "");
    for (int k = 9; k <= 10; k++) {
      int sum = 0;
      for (int i = 0; i < k; i++) {
        sum += (x.charAt(i) - '0') * (k + 1 - i);
      }
      int v = (sum * 10) % 11;
      if ((v == 10 ? 0 : v) != x.charAt(k) - '0') {
        return false;
      }
    }
    return true;
  }

  String dni() {
    int num = 10_000_000 + r.nextInt(89_999_999);
    return num + String.valueOf("TRWAGMYFPDXBNJZSQVHLCKE".charAt(num % 23));
  }

  String bsn() {
    while (true) {
      String d = (1 + r.nextInt(9)) + digits(8);
      if (bsnOk(d)) {
        return d;
      }
    }
  }

  static boolean bsnOk(String d) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (d.charAt(i) - '0');
    }
    sum -= d.charAt(8) - '0';
    return sum % 11 == 0;
  }

  String pesel() {
    int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    String d = String.format("%02d%02d%02d", n(50, 99), n(1, 12), n(1, 28)) + digits(4);
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += w[i] * (d.charAt(i) - '0');
    }
    return d + (10 - sum % 10) % 10;
  }

  String host() {
    return pick("db-prod-1.internal", "10.0.4.17", "pg.eu-west-1.rds.amazonaws.com", "mysql.corp.lan",
        "cluster0.ab12c.mongodb.net", "redis-primary", "billing-db.svc.cluster.local");
  }

  String user() {
    return pick("admin", "app", "svc_billing", "deploy", "root", "etl_reader", "grafana", "ops");
  }

  String pw() {
    return mix(B62, n(14, 22)) + pick("!", "#", "%", "", "", "*", "");
  }

  static List<Kind> kinds() {
    List<Kind> k = new ArrayList<>();
    k.add(new Kind("aws_key_id", "AWS_ACCESS_KEY_ID", false, false, g -> "AKIA" + g.mix(UP32, 16)));
    k.add(new Kind("aws_secret", "AWS_SECRET_ACCESS_KEY", true, false, g -> g.mix(B64S, 40)));
    k.add(new Kind("openai", "OPENAI_API_KEY", false, false,
        g -> g.r.nextBoolean() ? "sk-proj-" + g.mix(B64U, 74) + "T3BlbkFJ" + g.mix(B64U, 74)
            : "sk-" + g.mix(B62, 20) + "T3BlbkFJ" + g.mix(B62, 20)));
    k.add(new Kind("anthropic", "ANTHROPIC_API_KEY", false, false, g -> "sk-ant-api03-" + g.mix(B64U, 93) + "AA"));
    k.add(new Kind("stripe_secret", "STRIPE_SECRET_KEY", false, false, g -> "sk_live_" + g.mix(B62, g.r.nextBoolean() ? 24 : 99)));
    k.add(new Kind("stripe_restricted", "STRIPE_RESTRICTED_KEY", false, false, g -> "rk_live_" + g.mix(B62, 99)));
    k.add(new Kind("github_pat", "GITHUB_TOKEN", false, false, g -> g.crcToken("ghp_")));
    k.add(new Kind("github_oauth", "GH_OAUTH_TOKEN", false, false, g -> g.crcToken("gho_")));
    k.add(new Kind("github_fine", "GH_PAT", false, false, g -> "github_pat_11" + g.mix(UPNUM, 20) + "_" + g.mix(B62, 59)));
    k.add(new Kind("gitlab_pat", "GITLAB_TOKEN", false, false, g -> "glpat-" + g.mix(B64U, 20)));
    k.add(new Kind("gitlab_deploy", "CI_DEPLOY_TOKEN", false, false, g -> "gldt-" + g.mix(B64U, 20)));
    k.add(new Kind("gitlab_runner", "RUNNER_TOKEN", false, false, g -> "glrt-" + g.mix(B64U, 20)));
    k.add(new Kind("npm", "NPM_TOKEN", false, false, g -> g.crcToken("npm_")));
    k.add(new Kind("pypi", "PYPI_TOKEN", false, false, g -> "pypi-AgEIcHlwaS5vcmc" + g.mix(B64U, g.n(70, 140))));
    k.add(new Kind("huggingface", "HF_TOKEN", false, false, g -> "hf_" + g.mix(B62.substring(10), 34)));
    k.add(new Kind("groq", "GROQ_API_KEY", false, false, g -> "gsk_" + g.mix(B62, 52)));
    k.add(new Kind("openrouter", "OPENROUTER_API_KEY", false, false, g -> "sk-or-v1-" + g.s(HEX, 64)));
    k.add(new Kind("google_oauth_secret", "GOOGLE_CLIENT_SECRET", false, false, g -> "GOCSPX-" + g.mix(B64U, 28)));
    k.add(new Kind("google_api_key", "GOOGLE_API_KEY", false, false, g -> "AIza" + g.mix(B64U, 35)));
    k.add(new Kind("gcp_service_account", "GOOGLE_APPLICATION_CREDENTIALS_JSON", false, true,
        g -> "{\n  \"type\": \"service_account\",\n  \"project_id\": \"acme-" + g.s("abcdefghijklmnop", 6) + "\",\n"
            + "  \"private_key_id\": \"" + g.s(HEX, 40) + "\",\n"
            + "  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n" + g.pemBody(600, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC").replace("\n", "\\n")
            + "-----END PRIVATE KEY-----\\n\",\n"
            + "  \"client_email\": \"runner@acme.iam.gserviceaccount.com\"\n}"));
    k.add(new Kind("azure_storage_conn", "AZURE_STORAGE_CONNECTION_STRING", false, false,
        g -> "DefaultEndpointsProtocol=https;AccountName=" + g.s("abcdefghijklmnopqrstuvwxyz0123456789", 10)
            + ";AccountKey=" + b64(g.bytes(64)) + ";EndpointSuffix=core.windows.net"));
    k.add(new Kind("azure_sas", "AZURE_SAS_URL", false, false,
        g -> "https://" + g.s("abcdefghijklmnopqrstuvwxyz", 9) + ".blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-0"
            + g.n(1, 9) + "-1" + g.n(0, 9) + "T12:00:00Z&st=2026-11-30T00:00:00Z&spr=https&sig="
            + b64(g.bytes(32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")));
    k.add(new Kind("twilio", "TWILIO_AUTH_TOKEN", true, false, g -> g.s(HEX, 32)));
    k.add(new Kind("mailgun", "MAILGUN_API_KEY", false, false, g -> "key-" + g.s(HEX, 32)));
    k.add(new Kind("mailchimp", "MAILCHIMP_API_KEY", false, false, g -> g.s(HEX, 32) + "-us" + g.n(1, 21)));
    k.add(new Kind("shopify", "SHOPIFY_ACCESS_TOKEN", false, false, g -> g.pick("shpat_", "shpss_", "shpca_", "shppa_") + g.s(HEX, 32)));
    k.add(new Kind("digitalocean", "DIGITALOCEAN_TOKEN", false, false, g -> g.pick("dop_v1_", "doo_v1_") + g.s(HEX, 64)));
    k.add(new Kind("heroku", "HEROKU_API_KEY", false, false, g -> "HRKU-AA" + g.mix(B64U, 58)));
    k.add(new Kind("datadog", "DD_API_KEY", true, false, g -> g.s(HEX, 32)));
    k.add(new Kind("newrelic", "NEW_RELIC_API_KEY", false, false, g -> "NRAK-" + g.mix(UPNUM, 27)));
    k.add(new Kind("sentry_dsn", "SENTRY_DSN", false, false,
        g -> "https://" + g.s(HEX, 32) + ":" + g.s(HEX, 32) + "@o" + g.digits(6) + ".ingest.sentry.io/" + g.digits(7)));
    k.add(new Kind("sentry_token", "SENTRY_AUTH_TOKEN", false, false, g -> "sntryu_" + g.s(HEX, 64)));
    k.add(new Kind("discord_bot", "DISCORD_BOT_TOKEN", false, false,
        g -> b64u(utf8("1" + g.digits(18))) + "." + g.mix(B64U, 6) + "." + g.mix(B64U, 38)));
    k.add(new Kind("discord_webhook", "DISCORD_WEBHOOK_URL", false, false,
        g -> "https://discord.com/api/webhooks/1" + g.digits(18) + "/" + g.mix(B64U, 68)));
    k.add(new Kind("slack_bot", "SLACK_BOT_TOKEN", false, false,
        g -> "xoxb-" + g.digits(12) + "-" + g.digits(13) + "-" + g.mix(B62, 24)));
    k.add(new Kind("slack_user", "SLACK_USER_TOKEN", false, false,
        g -> "xoxp-" + g.digits(12) + "-" + g.digits(12) + "-" + g.digits(13) + "-" + g.s(HEX, 32)));
    k.add(new Kind("slack_webhook", "SLACK_WEBHOOK_URL", false, false,
        g -> "https://hooks.slack.com/services/T" + g.mix(UPNUM, 8) + "/B" + g.mix(UPNUM, 10) + "/" + g.mix(B62, 24)));
    k.add(new Kind("linear", "LINEAR_API_KEY", false, false, g -> "lin_api_" + g.mix(B62, 40)));
    k.add(new Kind("notion", "NOTION_TOKEN", false, false, g -> g.r.nextBoolean() ? "secret_" + g.mix(B62, 43) : "ntn_" + g.digits(11) + g.mix(B62, 35)));
    k.add(new Kind("atlassian", "JIRA_API_TOKEN", false, false, g -> "ATATT3xFfGF0" + g.mix(B64U, 170) + "=" + g.s(HEX, 8).toUpperCase()));
    k.add(new Kind("doppler", "DOPPLER_TOKEN", false, false, g -> g.pick("dp.pt.", "dp.st.prd.", "dp.sa.") + g.mix(B62, 43)));
    k.add(new Kind("vault", "VAULT_TOKEN", false, false, g -> g.pick("hvs.", "hvb.") + g.mix(B64U, 90)));
    k.add(new Kind("terraform_cloud", "TFE_TOKEN", false, false, g -> g.mix(B62, 14) + ".atlasv1." + g.mix(B62, 67)));
    k.add(new Kind("databricks", "DATABRICKS_TOKEN", false, false, g -> "dapi" + g.s(HEX, 32) + (g.r.nextBoolean() ? "-2" : "")));
    k.add(new Kind("cloudflare", "CLOUDFLARE_API_TOKEN", true, false, g -> g.mix(B64U, 40)));
    k.add(new Kind("flyio", "FLY_API_TOKEN", false, false, g -> "fo1_" + g.mix(B64U, 43)));
    k.add(new Kind("vercel", "VERCEL_TOKEN", true, false, g -> g.mix(B62, 24)));
    k.add(new Kind("netlify", "NETLIFY_AUTH_TOKEN", false, false, g -> "nfp_" + g.mix(B62, 36)));
    k.add(new Kind("supabase", "SUPABASE_ACCESS_TOKEN", false, false, g -> "sbp_" + g.s(HEX, 40)));
    k.add(new Kind("supabase_service_jwt", "SUPABASE_SERVICE_ROLE_KEY", false, false,
        g -> g.jwt("{\"iss\":\"supabase\",\"ref\":\"" + g.s("abcdefghijklmnopqrst", 20) + "\",\"role\":\"service_role\",\"iat\":17" + g.digits(8) + ",\"exp\":20" + g.digits(8) + "}")));
    k.add(new Kind("firebase_fcm", "FCM_SERVER_KEY", false, false, g -> "AAAA" + g.mix(B64U, 7) + ":APA91b" + g.mix(B64U, 134)));
    k.add(new Kind("planetscale", "PLANETSCALE_PASSWORD", false, false, g -> g.pick("pscale_pw_", "pscale_tkn_") + g.mix(B64U, 43)));
    k.add(new Kind("postman", "POSTMAN_API_KEY", false, false, g -> "PMAK-" + g.s(HEX, 24) + "-" + g.s(HEX, 34)));
    k.add(new Kind("sendgrid", "SENDGRID_API_KEY", false, false, g -> "SG." + g.mix(B64U, 22) + "." + g.mix(B64U, 43)));
    k.add(new Kind("telegram_bot", "TELEGRAM_BOT_TOKEN", false, false, g -> g.n(1, 7) + g.digits(9) + ":AA" + g.mix(B64U, 33)));
    k.add(new Kind("age_key", "SOPS_AGE_KEY", false, false, g -> "AGE-SECRET-KEY-1" + g.s(BECH, 58)));
    k.add(new Kind("pgp_private", "GPG_PRIVATE_KEY", false, true,
        g -> "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + g.pemBody(420, "lQOYBG") + "=" + g.mix(B64S, 4) + "\n-----END PGP PRIVATE KEY BLOCK-----\n"));
    k.add(new Kind("putty_key", "PPK", false, true,
        g -> "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-2026" + g.digits(4) + "\nPublic-Lines: 2\n"
            + g.pemBody(48, "AAAAC3NzaC1lZDI1NTE5AAAAI") + "Private-Lines: 1\n" + b64(g.bytes(36)) + "\nPrivate-MAC: " + g.s(HEX, 64) + "\n"));
    k.add(new Kind("openssh_key", "SSH_PRIVATE_KEY", false, true,
        g -> "-----BEGIN OPENSSH PRIVATE KEY-----\n" + g.pemBody(300, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW")
            + "-----END OPENSSH PRIVATE KEY-----\n"));
    k.add(new Kind("rsa_private", "TLS_KEY", false, true,
        g -> "-----BEGIN RSA PRIVATE KEY-----\n" + g.pemBody(900, "MIIEpAIBAAKCAQEA") + "-----END RSA PRIVATE KEY-----\n"));
    k.add(new Kind("ec_private", "EC_KEY", false, true,
        g -> "-----BEGIN EC PRIVATE KEY-----\n" + g.pemBody(90, "MHcCAQEEI") + "-----END EC PRIVATE KEY-----\n"));
    k.add(new Kind("jwt", "SESSION_JWT", false, false,
        g -> g.jwt("{\"sub\":\"" + g.digits(8) + "\",\"name\":\"" + g.pick("Ana Ruiz", "Jonas Weber", "Priya N", "Tom Hale") + "\",\"admin\":true,\"iat\":17" + g.digits(8) + "}")));
    k.add(new Kind("basic_auth_url", "REGISTRY_URL", false, false,
        g -> "https://" + g.user() + ":" + g.pw() + "@" + g.pick("registry.corp.example.com", "nexus.internal:8443", "git.acme.io", "artifacts.build.lan") + "/" + g.pick("repo", "simple/", "api/v2", "org/app.git")));
    k.add(new Kind("db_url", "DATABASE_URL", false, false,
        g -> g.pick("postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqp") + "://" + g.user() + ":" + g.pw() + "@" + g.host() + "/" + g.pick("app", "billing", "prod", "0", "events")));
    k.add(new Kind("k8s_secret", "K8S_SECRET", false, true,
        g -> "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + g.pick("api-creds", "db-secret", "payments") + "\ntype: Opaque\ndata:\n  "
            + g.pick("password", "api-key", "token", "DB_PASSWORD") + ": " + b64(utf8(g.mix(B62, 24))) + "\n  username: " + b64(utf8(g.user())) + "\n"));
    k.add(new Kind("env_line", "ENV", true, false, g -> g.mix(B62 + "_", g.n(32, 48))));
    k.add(new Kind("generic_password", "password", true, false, g -> g.pw()));
    k.add(new Kind("generic_api_key", "api_key", true, false, g -> g.mix(B64U, g.n(28, 44))));
    k.add(new Kind("iban", "IBAN", false, false, Blind21Gen::iban));
    k.add(new Kind("card_visa", "card", false, false, g -> g.card("4", 16)));
    k.add(new Kind("card_mastercard", "card", false, false, g -> g.card(g.pick("51", "53", "55", "2221", "2720"), 16)));
    k.add(new Kind("card_amex", "card", false, false, g -> g.card(g.pick("34", "37"), 15)));
    k.add(new Kind("card_discover", "card", false, false, g -> g.card(g.pick("6011", "65", "644"), 16)));
    k.add(new Kind("card_jcb", "card", false, false, g -> g.card("35" + g.n(28, 89), 16)));
    k.add(new Kind("card_diners", "card", false, false, g -> g.card(g.pick("36", "300", "305", "38"), 14)));
    k.add(new Kind("card_unionpay", "card", false, false, g -> g.card("62" + g.n(2, 8), 16)));
    k.add(new Kind("es_dni", "DNI", true, false, Blind21Gen::dni));
    k.add(new Kind("br_cpf", "CPF", true, false, Blind21Gen::cpf));
    k.add(new Kind("nl_bsn", "BSN", true, false, Blind21Gen::bsn));
    k.add(new Kind("pl_pesel", "PESEL", true, false, Blind21Gen::pesel));
    k.add(new Kind("btc_wif", "BTC_WIF", false, false, Blind21Gen::wif));
    return k;
  }

  /** The variable name to use for a kind (env_line/generic get a varied unknown-provider name). */
  String envFor(Kind k) {
    return switch (k.name()) {
      case "env_line" -> pick("ACME_SECRET_KEY", "PAYMENTS_API_TOKEN", "INTERNAL_SIGNING_SECRET", "WEBHOOK_SECRET",
          "LEGACY_CRM_API_KEY", "ORDERS_SERVICE_TOKEN", "SMTP_PASSWORD", "CLIENT_SECRET");
      case "generic_password" -> pick("password", "db_password", "passwd", "admin_password", "PASSWORD");
      case "generic_api_key" -> pick("api_key", "apiKey", "secret", "access_token", "auth_token", "client_secret");
      case "card" -> "card";
      default -> k.env();
    };
  }
}
