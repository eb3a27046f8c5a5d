package io.moltr.core.scan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Fake credentials for the sixth blind corpus, written from the providers' documented formats
 * (prefixes, alphabets, lengths) with real checksums where a format carries one. Every value is
 * generated from the seeded {@link Random}; none is a real secret.
 */
final class Blind6Credentials {

  /**
   * One fake credential. {@code name} is the variable a config would hold it in; {@code
   * contextual} means the value alone has no recognisable shape (a scanner needs the name beside
   * it); {@code multiline} marks key blocks that only fit contexts taking several lines.
   */
  record Cred(String kind, String name, String value, boolean contextual, boolean multiline) {
    /** What an encoder should encode: the bare value, or name=value when the value needs it. */
    String payload() {
      return contextual ? name + "=" + value : value;
    }
  }

  static final String ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  static final String B64URL = ALNUM + "-_";
  static final String HEX = "0123456789abcdef";
  static final String UPPER_NUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  private final Random r;

  Blind6Credentials(Random r) {
    this.r = r;
  }

  String pick(String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  String alnum(int n) {
    return pick(ALNUM, n);
  }

  String hex(int n) {
    return pick(HEX, n);
  }

  String digits(int n) {
    return pick("0123456789", n);
  }

  byte[] bytes(int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  /** A password as people pick them for services: mixed classes, 14-22 characters. */
  String password() {
    String sym = "!#%^*_-+.";
    StringBuilder sb = new StringBuilder(pick(LETTERS, 3 + r.nextInt(3)));
    sb.append(digits(2 + r.nextInt(2))).append(sym.charAt(r.nextInt(sym.length())));
    sb.append(alnum(6 + r.nextInt(6))).append(sym.charAt(r.nextInt(sym.length())));
    sb.append(pick(LETTERS, 2));
    return sb.toString();
  }

  /** A password that is safe inside a URL without escaping. */
  String urlPassword() {
    return pick(LETTERS, 4) + digits(3) + alnum(8 + r.nextInt(6));
  }

  private static Cred c(String kind, String name, String value) {
    return new Cred(kind, name, value, false, false);
  }

  private static Cred ctx(String kind, String name, String value) {
    return new Cred(kind, name, value, true, false);
  }

  private static Cred block(String kind, String name, String value) {
    return new Cred(kind, name, value, false, true);
  }

  /** One fresh credential of every kind, in a fixed order. */
  List<Cred> all() {
    List<Cred> out = new ArrayList<>();
    out.add(c("aws-access-key-id", "AWS_ACCESS_KEY_ID", "AKIA" + pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)));
    out.add(ctx("aws-secret-access-key", "AWS_SECRET_ACCESS_KEY", pick(ALNUM + "/+", 40)));
    out.add(c("github-pat-classic", "GITHUB_TOKEN", githubToken("ghp_")));
    out.add(c("github-oauth", "GH_OAUTH_TOKEN", githubToken("gho_")));
    out.add(c("github-app-install", "GITHUB_APP_TOKEN", githubToken("ghs_")));
    out.add(c("github-fine-grained", "GH_TOKEN", "github_pat_11" + pick(UPPER_NUM, 20) + "_" + alnum(59)));
    out.add(c("gitlab-pat", "GITLAB_TOKEN", "glpat-" + pick(B64URL, 20)));
    out.add(c("gitlab-deploy", "CI_DEPLOY_PASSWORD", "gldt-" + pick(B64URL, 20)));
    out.add(c("gitlab-runner", "RUNNER_TOKEN", "glrt-" + pick(B64URL, 20)));
    out.add(c("slack-bot", "SLACK_BOT_TOKEN", "xoxb-" + digits(12) + "-" + digits(13) + "-" + alnum(24)));
    out.add(c("slack-user", "SLACK_USER_TOKEN", "xoxp-" + digits(11) + "-" + digits(12) + "-" + digits(13) + "-" + hex(32)));
    out.add(c("slack-app", "SLACK_APP_TOKEN", "xapp-1-A" + pick(UPPER_NUM, 10) + "-" + digits(13) + "-" + hex(64)));
    out.add(c("slack-webhook", "SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T" + pick(UPPER_NUM, 8) + "/B" + pick(UPPER_NUM, 10) + "/" + alnum(24)));
    out.add(c("stripe-secret", "STRIPE_SECRET_KEY", "sk_live_51" + alnum(97)));
    out.add(c("stripe-restricted", "STRIPE_RK", "rk_live_51" + alnum(97)));
    out.add(c("stripe-webhook", "STRIPE_WEBHOOK_SECRET", "whsec_" + alnum(32)));
    out.add(c("openai-project", "OPENAI_API_KEY", "sk-proj-" + pick(B64URL, 64) + "T3BlbkFJ" + pick(B64URL, 64)));
    out.add(c("openai-legacy", "OPENAI_KEY", "sk-" + alnum(20) + "T3BlbkFJ" + alnum(20)));
    out.add(c("anthropic", "ANTHROPIC_API_KEY", "sk-ant-api03-" + pick(B64URL, 93) + "AA"));
    out.add(c("google-api-key", "GOOGLE_API_KEY", "AIza" + pick(B64URL, 35)));
    out.add(c("google-oauth-secret", "GOOGLE_CLIENT_SECRET", "GOCSPX-" + pick(B64URL, 28)));
    out.add(c("huggingface", "HF_TOKEN", "hf_" + pick(LETTERS, 34)));
    out.add(c("groq", "GROQ_API_KEY", "gsk_" + alnum(52)));
    out.add(c("openrouter", "OPENROUTER_API_KEY", "sk-or-v1-" + hex(64)));
    out.add(c("xai", "XAI_API_KEY", "xai-" + alnum(80)));
    out.add(c("perplexity", "PPLX_API_KEY", "pplx-" + alnum(48)));
    out.add(c("replicate", "REPLICATE_API_TOKEN", "r8_" + alnum(37)));
    out.add(ctx("mistral", "MISTRAL_API_KEY", alnum(32)));
    out.add(c("npm", "NPM_TOKEN", npmToken()));
    out.add(c("pypi", "PYPI_TOKEN", "pypi-AgEIcHlwaS5vcmcCJD" + pick(B64URL, 150)));
    out.add(c("twilio-api-key", "TWILIO_API_KEY", "SK" + hex(32)));
    out.add(ctx("twilio-auth-token", "TWILIO_AUTH_TOKEN", hex(32)));
    out.add(c("sendgrid", "SENDGRID_API_KEY", "SG." + pick(B64URL, 22) + "." + pick(B64URL, 43)));
    out.add(c("mailgun", "MAILGUN_API_KEY", "key-" + hex(32)));
    out.add(c("mailchimp", "MAILCHIMP_API_KEY", hex(32) + "-us" + (1 + r.nextInt(21))));
    out.add(c("shopify", "SHOPIFY_ACCESS_TOKEN", "shpat_" + hex(32)));
    out.add(c("digitalocean", "DIGITALOCEAN_TOKEN", "dop_v1_" + hex(64)));
    out.add(c("heroku", "HEROKU_API_KEY", "HRKU-AA" + pick(B64URL, 58)));
    out.add(ctx("datadog-api", "DD_API_KEY", hex(32)));
    out.add(ctx("datadog-app", "DD_APP_KEY", hex(40)));
    out.add(c("newrelic", "NEW_RELIC_API_KEY", "NRAK-" + pick(UPPER_NUM, 27)));
    out.add(c("sentry-user-token", "SENTRY_AUTH_TOKEN", "sntryu_" + hex(64)));
    out.add(c("sentry-dsn-secret", "SENTRY_DSN", "https://" + hex(32) + ":" + hex(32) + "@o" + digits(6) + ".ingest.sentry.io/" + digits(7)));
    out.add(c("discord-bot", "DISCORD_TOKEN", discordBot()));
    out.add(c("discord-webhook", "DISCORD_WEBHOOK", "https://discord.com/api/webhooks/1" + digits(18) + "/" + pick(B64URL, 68)));
    out.add(c("telegram-bot", "TELEGRAM_BOT_TOKEN", (1 + r.nextInt(9)) + digits(9) + ":AA" + pick(B64URL, 33)));
    out.add(c("linear", "LINEAR_API_KEY", "lin_api_" + alnum(40)));
    out.add(c("notion", "NOTION_TOKEN", "ntn_" + digits(11) + alnum(35)));
    out.add(c("atlassian", "JIRA_API_TOKEN", "ATATT3xFfGF0" + pick(B64URL, 171) + "=" + pick("0123456789ABCDEF", 8)));
    out.add(c("doppler", "DOPPLER_TOKEN", "dp.pt." + alnum(43)));
    out.add(c("vault", "VAULT_TOKEN", "hvs.CAESI" + pick(B64URL, 86)));
    out.add(c("terraform-cloud", "TFE_TOKEN", alnum(14) + ".atlasv1." + alnum(67)));
    out.add(c("databricks", "DATABRICKS_TOKEN", "dapi" + hex(32)));
    out.add(ctx("cloudflare-api-token", "CLOUDFLARE_API_TOKEN", pick(B64URL, 40)));
    out.add(c("cloudflare-origin-ca", "CF_ORIGIN_CA_KEY", "v1.0-" + hex(24) + "-" + hex(146)));
    out.add(c("flyio", "FLY_API_TOKEN", "fo1_" + pick(B64URL, 43)));
    out.add(ctx("vercel", "VERCEL_TOKEN", alnum(24)));
    out.add(c("netlify", "NETLIFY_AUTH_TOKEN", "nfp_" + alnum(40)));
    out.add(c("supabase-access", "SUPABASE_ACCESS_TOKEN", "sbp_" + hex(40)));
    out.add(c("supabase-service-role", "SUPABASE_SERVICE_ROLE_KEY", supabaseServiceKey()));
    out.add(c("firebase-fcm", "FCM_SERVER_KEY", "AAAA" + pick(B64URL, 7) + ":APA91b" + pick(B64URL, 134)));
    out.add(c("planetscale", "PLANETSCALE_TOKEN", "pscale_tkn_" + pick(B64URL, 43)));
    out.add(c("planetscale-password", "DATABASE_PASSWORD", "pscale_pw_" + pick(B64URL, 43)));
    out.add(c("postman", "POSTMAN_API_KEY", "PMAK-" + hex(24) + "-" + hex(34)));
    out.add(c("docker-hub", "DOCKERHUB_TOKEN", "dckr_pat_" + pick(B64URL, 27)));
    out.add(c("grafana-sa", "GRAFANA_TOKEN", "glsa_" + alnum(32) + "_" + hex(8)));
    out.add(c("pulumi", "PULUMI_ACCESS_TOKEN", "pul-" + hex(40)));
    out.add(c("figma", "FIGMA_TOKEN", "figd_" + pick(B64URL, 40)));
    out.add(c("square", "SQUARE_ACCESS_TOKEN", "EAAA" + pick(B64URL, 60)));
    out.add(c("braintree", "BRAINTREE_TOKEN", "access_token$production$" + pick("0123456789abcdefghijklmnopqrstuvwxyz", 16) + "$" + hex(32)));
    out.add(c("azure-ad-secret", "AZURE_CLIENT_SECRET", pick(ALNUM, 3) + "8Q~" + pick(ALNUM + "_~.-", 34)));
    out.add(c("azure-storage-conn", "AZURE_STORAGE_CONNECTION_STRING", "DefaultEndpointsProtocol=https;AccountName=st" + pick("abcdefghijklmnopqrstuvwxyz0123456789", 10) + ";AccountKey=" + Base64.getEncoder().encodeToString(bytes(64)) + ";EndpointSuffix=core.windows.net"));
    out.add(c("azure-sas", "AZURE_SAS_URL", "https://st" + pick("abcdefghijklmnopqrstuvwxyz", 8) + ".blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=co&sp=rwdlacx&se=2026-12-31T23:59:59Z&st=2026-11-01T00:00:00Z&spr=https&sig=" + Base64.getEncoder().encodeToString(bytes(32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")));
    out.add(ctx("okta", "OKTA_API_TOKEN", "00" + pick(B64URL, 40)));
    out.add(c("dropbox", "DROPBOX_ACCESS_TOKEN", "sl.u." + pick(B64URL, 136)));
    out.add(c("age-secret", "AGE_KEY", ageSecretKey()));
    out.add(c("jwt-hs256", "SESSION_JWT", jwt("HS256", "{\"sub\":\"" + digits(8) + "\",\"name\":\"svc-billing\",\"scope\":\"admin\",\"iat\":1764000000,\"exp\":1795536000}")));
    out.add(c("wif", "BTC_PRIVKEY", wif(r.nextBoolean())));
    out.add(c("bip39-12", "MNEMONIC", mnemonic(16)));
    out.add(c("bip39-24", "SEED_PHRASE", mnemonic(32)));
    out.add(c("postgres-url", "DATABASE_URL", "postgres://app_user:" + urlPassword() + "@db-prod-1.internal.example.net:5432/orders"));
    out.add(c("mysql-url", "MYSQL_URL", "mysql://root:" + urlPassword() + "@10.20.3.14:3306/shop"));
    out.add(c("mongodb-srv", "MONGODB_URI", "mongodb+srv://svc_api:" + urlPassword() + "@cluster0." + pick("abcdefghijklmnopqrstuvwxyz0123456789", 5) + ".mongodb.net/prod?retryWrites=true&w=majority"));
    out.add(c("redis-url", "REDIS_URL", "redis://default:" + urlPassword() + "@redis-13021.c12.us-east-1-4.ec2.cloud.redislabs.com:13021/0"));
    out.add(c("amqp-url", "CELERY_BROKER_URL", "amqps://worker:" + urlPassword() + "@rabbit.prod.example.org:5671/jobs"));
    out.add(c("smtp-url", "EMAIL_URL", "smtp+tls://mailer@example.org:" + urlPassword() + "@smtp.mailprovider.net:587"));
    out.add(c("jdbc-password", "SPRING_DATASOURCE_URL", "jdbc:postgresql://pg.prod.example.com:5432/ledger?user=ledger_app&password=" + urlPassword() + "&ssl=true"));
    out.add(c("https-basic-auth", "REPO_URL", "https://deploy-bot:" + urlPassword() + "@git.example-corp.com/platform/infra.git"));
    out.add(ctx("generic-password", "DB_PASSWORD", password()));
    out.add(ctx("generic-secret", "APP_SECRET", pick(B64URL, 32)));
    out.add(ctx("generic-api-secret", "api_secret", pick(ALNUM + "+/", 44)));
    out.add(c("card-visa", "card_number", luhnNumber("4", 16)));
    out.add(c("card-mastercard", "card_number", luhnNumber(String.valueOf(51 + r.nextInt(5)), 16)));
    out.add(c("card-mastercard-2", "pan", luhnNumber(String.valueOf(2221 + r.nextInt(500)), 16)));
    out.add(c("card-amex", "card_number", luhnNumber(r.nextBoolean() ? "34" : "37", 15)));
    out.add(c("card-discover", "card_number", luhnNumber("6011", 16)));
    out.add(c("card-jcb", "card_number", luhnNumber(String.valueOf(3528 + r.nextInt(62)), 16)));
    out.add(c("card-diners", "card_number", luhnNumber("36", 14)));
    out.add(c("card-unionpay", "card_number", luhnNumber("62" + (10 + r.nextInt(80)), 19)));
    out.add(c("iban-de", "iban", iban("DE", digits(18))));
    out.add(c("iban-gb", "iban", iban("GB", pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + digits(14))));
    out.add(c("iban-fr", "iban", iban("FR", digits(10) + pick(UPPER_NUM, 11) + digits(2))));
    out.add(c("iban-nl", "iban", iban("NL", pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + digits(10))));
    out.add(c("iban-es", "iban", iban("ES", digits(20))));
    out.add(c("iban-it", "iban", iban("IT", pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1) + digits(10) + pick(UPPER_NUM, 12))));
    out.add(c("iban-ch", "iban", iban("CH", digits(5) + pick(UPPER_NUM, 12))));
    out.add(ctx("nid-nl-bsn", "bsn", bsn()));
    out.add(ctx("nid-pl-pesel", "pesel", pesel()));
    out.add(ctx("nid-br-cpf", "cpf", cpf()));
    out.add(ctx("nid-es-dni", "dni", dni()));
    out.add(ctx("nid-cn-resident", "id_card", chineseId()));
    out.add(ctx("nid-se-personnummer", "personnummer", personnummer()));
    out.add(block("pem-rsa-pkcs8", "private_key", pem("PRIVATE KEY", rsaPkcs8())));
    out.add(block("pem-rsa-pkcs1", "private_key", pem("RSA PRIVATE KEY", innerOctets(rsaPkcs8()))));
    out.add(block("pem-ec-pkcs8", "private_key", pem("PRIVATE KEY", ecPkcs8())));
    out.add(block("openssh-ed25519", "id_ed25519", opensshEd25519()));
    out.add(block("putty-ppk", "key.ppk", puttyPpk()));
    out.add(block("pgp-private", "private.asc", pgpPrivate()));
    out.add(block("gcp-service-account", "credentials.json", gcpServiceAccount()));
    out.add(block("k8s-secret", "secret.yaml", k8sSecret()));
    return out;
  }

  // ---- token shapes with checksums -------------------------------------------------------

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

  static long crc32(String s) {
    CRC32 crc = new CRC32();
    crc.update(s.getBytes(StandardCharsets.US_ASCII));
    return crc.getValue();
  }

  String githubToken(String prefix) {
    String body = alnum(30);
    return prefix + body + base62(crc32(body), 6);
  }

  String npmToken() {
    String body = alnum(30);
    return "npm_" + body + base62(crc32(body), 6);
  }

  static boolean githubChecksumOk(String token) {
    String rest = token.substring(token.indexOf('_') + 1);
    return rest.length() == 36 && base62(crc32(rest.substring(0, 30)), 6).equals(rest.substring(30));
  }

  String discordBot() {
    String id = "1" + digits(18);
    String head = Base64.getEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.US_ASCII));
    return head + "." + pick(B64URL, 6) + "." + pick(B64URL, 38);
  }

  static String b64url(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  String jwt(String alg, String payload) {
    try {
      String header = b64url(("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}").getBytes(StandardCharsets.UTF_8));
      String body = b64url(payload.getBytes(StandardCharsets.UTF_8));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(bytes(32), "HmacSHA256"));
      byte[] sig = mac.doFinal((header + "." + body).getBytes(StandardCharsets.US_ASCII));
      return header + "." + body + "." + b64url(sig);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  String supabaseServiceKey() {
    String ref = pick("abcdefghijklmnopqrstuvwxyz", 20);
    return jwt("HS256", "{\"iss\":\"supabase\",\"ref\":\"" + ref + "\",\"role\":\"service_role\",\"iat\":1731000000,\"exp\":2046576000}");
  }

  String luhnNumber(String prefix, int length) {
    StringBuilder sb = new StringBuilder(prefix);
    while (sb.length() < length - 1) {
      sb.append((char) ('0' + r.nextInt(10)));
    }
    for (int d = 0; d < 10; d++) {
      if (luhnOk(sb.toString() + d)) {
        return sb.toString() + d;
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

  static String iban(String country, String bban) {
    String check = String.format("%02d", 98 - ibanMod97(bban + country + "00"));
    return country + check + bban;
  }

  static int ibanMod97(String s) {
    int mod = 0;
    for (char ch : s.toCharArray()) {
      String part = Character.isDigit(ch) ? String.valueOf(ch) : String.valueOf(ch - 'A' + 10);
      for (char p : part.toCharArray()) {
        mod = (mod * 10 + (p - '0')) % 97;
      }
    }
    return mod;
  }

  static boolean ibanOk(String iban) {
    String s = iban.replace(" ", "");
    return ibanMod97(s.substring(4) + s.substring(0, 4)) == 1;
  }

  /** Groups an IBAN in fours, the way it is printed on statements. */
  static String ibanPrinted(String iban) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < iban.length(); i += 4) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(iban, i, Math.min(iban.length(), i + 4));
    }
    return sb.toString();
  }

  String bsn() {
    while (true) {
      String s = (1 + r.nextInt(9)) + digits(8);
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        sum += (9 - i) * (s.charAt(i) - '0');
      }
      sum -= s.charAt(8) - '0';
      if (sum % 11 == 0) {
        return s;
      }
    }
  }

  String pesel() {
    int year = 50 + r.nextInt(49);
    int month = 1 + r.nextInt(12);
    int day = 1 + r.nextInt(28);
    String s = String.format("%02d%02d%02d", year, month, day) + digits(4);
    int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += w[i] * (s.charAt(i) - '0');
    }
    return s + (10 - sum % 10) % 10;
  }

  String cpf() {
    String base = digits(9);
    int d1 = cpfDigit(base, 10);
    int d2 = cpfDigit(base + d1, 11);
    String s = base + d1 + d2;
    return s.substring(0, 3) + "." + s.substring(3, 6) + "." + s.substring(6, 9) + "-" + s.substring(9);
  }

  static int cpfDigit(String s, int weight) {
    int sum = 0;
    for (int i = 0; i < s.length(); i++) {
      sum += (weight - i) * (s.charAt(i) - '0');
    }
    int rem = sum % 11;
    return rem < 2 ? 0 : 11 - rem;
  }

  String dni() {
    return dni(10_000_000 + r.nextInt(89_999_999));
  }

  static String dni(int n) {
    return n + String.valueOf("TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23));
  }

  String chineseId() {
    String region = new String[] {"110105", "310104", "440305", "330106"}[r.nextInt(4)];
    String birth = String.format("%04d%02d%02d", 1960 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28));
    String s = region + birth + digits(3);
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += w[i] * (s.charAt(i) - '0');
    }
    return s + "10X98765432".charAt(sum % 11);
  }

  String personnummer() {
    String s = String.format("%02d%02d%02d", r.nextInt(100), 1 + r.nextInt(12), 1 + r.nextInt(28)) + digits(3);
    for (int d = 0; d < 10; d++) {
      if (luhnOk(s + d)) {
        return s.substring(0, 6) + "-" + s.substring(6) + d;
      }
    }
    throw new IllegalStateException();
  }

  // ---- crypto-currency ----------------------------------------------------------------------

  static byte[] sha256(byte[] in) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(in);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String base58(byte[] in) {
    BigInteger n = new BigInteger(1, in);
    StringBuilder sb = new StringBuilder();
    BigInteger b58 = BigInteger.valueOf(58);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(b58);
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
    for (char ch : s.toCharArray()) {
      n = n.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(BASE58.indexOf(ch)));
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

  static boolean base58checkOk(String s) {
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

  String wif(boolean compressed) {
    byte[] key = bytes(32);
    key[0] = (byte) (key[0] & 0x7f); // below the curve order
    byte[] payload = new byte[compressed ? 34 : 33];
    payload[0] = (byte) 0x80;
    System.arraycopy(key, 0, payload, 1, 32);
    if (compressed) {
      payload[33] = 1;
    }
    return base58check(payload);
  }

  static List<String> bip39Words() {
    try (InputStream in = Blind6Credentials.class.getResourceAsStream("/io/moltr/core/scan/bip39-english.txt")) {
      return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final List<String> WORDS = bip39Words();

  String mnemonic(int entropyBytes) {
    byte[] ent = bytes(entropyBytes);
    byte[] hash = sha256(ent);
    BigInteger bits = new BigInteger(1, ent).shiftLeft(entropyBytes / 4).or(BigInteger.valueOf((hash[0] & 0xff) >> (8 - entropyBytes / 4)));
    int words = (entropyBytes * 8 + entropyBytes / 4) / 11;
    String[] out = new String[words];
    for (int i = words - 1; i >= 0; i--) {
      out[i] = WORDS.get(bits.intValue() & 2047);
      bits = bits.shiftRight(11);
    }
    return String.join(" ", out);
  }

  static boolean mnemonicOk(String phrase) {
    String[] w = phrase.trim().split("\\s+");
    BigInteger bits = BigInteger.ZERO;
    for (String s : w) {
      int idx = WORDS.indexOf(s);
      if (idx < 0) {
        return false;
      }
      bits = bits.shiftLeft(11).or(BigInteger.valueOf(idx));
    }
    int total = w.length * 11;
    int cs = total / 33;
    int entBytes = (total - cs) / 8;
    int check = bits.intValue() & ((1 << cs) - 1);
    byte[] raw = bits.shiftRight(cs).toByteArray();
    byte[] ent = new byte[entBytes];
    int copy = Math.min(raw.length, entBytes);
    System.arraycopy(raw, raw.length - copy, ent, entBytes - copy, copy);
    return ((sha256(ent)[0] & 0xff) >> (8 - cs)) == check;
  }

  // ---- age (bech32) -------------------------------------------------------------------------

  private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

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
    int[] values = new int[hrp.length() * 2 + 1 + five.size() + 6];
    int k = 0;
    for (char ch : hrp.toCharArray()) {
      values[k++] = ch >> 5;
    }
    values[k++] = 0;
    for (char ch : hrp.toCharArray()) {
      values[k++] = ch & 31;
    }
    for (int v : five) {
      values[k++] = v;
    }
    int mod = polymod(values) ^ 1;
    StringBuilder sb = new StringBuilder(hrp).append('1');
    for (int v : five) {
      sb.append(BECH32.charAt(v));
    }
    for (int i = 0; i < 6; i++) {
      sb.append(BECH32.charAt((mod >>> (5 * (5 - i))) & 31));
    }
    return sb.toString();
  }

  String ageSecretKey() {
    return bech32("age-secret-key-", bytes(32)).toUpperCase();
  }

  // ---- key blocks ---------------------------------------------------------------------------

  private SecureRandom keyRandom() {
    try {
      SecureRandom sr = SecureRandom.getInstance("SHA1PRNG");
      sr.setSeed(r.nextLong());
      return sr;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  byte[] rsaPkcs8() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048, keyRandom());
      return g.generateKeyPair().getPrivate().getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  byte[] ecPkcs8() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"), keyRandom());
      return g.generateKeyPair().getPrivate().getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The content of the last OCTET STRING in a PKCS#8 PrivateKeyInfo: the PKCS#1 key. */
  static byte[] innerOctets(byte[] der) {
    int i = 1;
    i += lengthBytes(der, i);
    // skip version INTEGER and AlgorithmIdentifier SEQUENCE
    for (int skip = 0; skip < 2; skip++) {
      int len = readLength(der, i + 1);
      i += 1 + lengthBytes(der, i + 1) + len;
    }
    int len = readLength(der, i + 1);
    int start = i + 1 + lengthBytes(der, i + 1);
    return java.util.Arrays.copyOfRange(der, start, start + len);
  }

  private static int lengthBytes(byte[] der, int at) {
    int b = der[at] & 0xff;
    return b < 0x80 ? 1 : 1 + (b & 0x7f);
  }

  private static int readLength(byte[] der, int at) {
    int b = der[at] & 0xff;
    if (b < 0x80) {
      return b;
    }
    int n = 0;
    for (int k = 1; k <= (b & 0x7f); k++) {
      n = (n << 8) | (der[at + k] & 0xff);
    }
    return n;
  }

  static String pem(String label, byte[] der) {
    String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + b64 + "\n-----END " + label + "-----";
  }

  private static void sshString(ByteArrayOutputStream out, byte[] b) {
    sshInt(out, b.length);
    out.writeBytes(b);
  }

  private static void sshInt(ByteArrayOutputStream out, int v) {
    out.write(v >>> 24);
    out.write(v >>> 16);
    out.write(v >>> 8);
    out.write(v);
  }

  /** Raw 32-byte public key and 32-byte seed of a fresh Ed25519 pair. */
  byte[][] ed25519() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
      g.initialize(255, keyRandom());
      KeyPair kp = g.generateKeyPair();
      byte[] pub = kp.getPublic().getEncoded();
      byte[] priv = kp.getPrivate().getEncoded();
      return new byte[][] {
        java.util.Arrays.copyOfRange(pub, pub.length - 32, pub.length),
        java.util.Arrays.copyOfRange(priv, priv.length - 32, priv.length)
      };
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] ed25519PublicBlob(byte[] pub) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    sshString(b, "ssh-ed25519".getBytes(StandardCharsets.US_ASCII));
    sshString(b, pub);
    return b.toByteArray();
  }

  String opensshEd25519() {
    byte[][] k = ed25519();
    byte[] pubBlob = ed25519PublicBlob(k[0]);
    ByteArrayOutputStream priv = new ByteArrayOutputStream();
    int check = r.nextInt();
    sshInt(priv, check);
    sshInt(priv, check);
    sshString(priv, "ssh-ed25519".getBytes(StandardCharsets.US_ASCII));
    sshString(priv, k[0]);
    byte[] sk = new byte[64];
    System.arraycopy(k[1], 0, sk, 0, 32);
    System.arraycopy(k[0], 0, sk, 32, 32);
    sshString(priv, sk);
    sshString(priv, "deploy@ci-runner-7".getBytes(StandardCharsets.US_ASCII));
    for (int pad = 1; priv.size() % 8 != 0; pad++) {
      priv.write(pad);
    }
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes("openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII));
    sshString(all, "none".getBytes(StandardCharsets.US_ASCII));
    sshString(all, "none".getBytes(StandardCharsets.US_ASCII));
    sshString(all, new byte[0]);
    sshInt(all, 1);
    sshString(all, pubBlob);
    sshString(all, priv.toByteArray());
    String b64 = Base64.getMimeEncoder(70, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(all.toByteArray());
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + b64 + "\n-----END OPENSSH PRIVATE KEY-----";
  }

  String puttyPpk() {
    byte[][] k = ed25519();
    ByteArrayOutputStream priv = new ByteArrayOutputStream();
    sshString(priv, k[1]);
    String pub = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(ed25519PublicBlob(k[0]));
    String prv = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(priv.toByteArray());
    return "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-20261129\nPublic-Lines: "
        + pub.split("\n").length + "\n" + pub + "\nPrivate-Lines: " + prv.split("\n").length + "\n" + prv
        + "\nPrivate-MAC: " + hex(64);
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

  String pgpPrivate() {
    // An old-format secret-key packet (tag 5, two-byte length), version 4, EdDSA, then noise.
    byte[] body = bytes(340);
    body[0] = (byte) 0x95;
    body[1] = 0x01;
    body[2] = (byte) 0x51;
    body[3] = 0x04;
    String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(body);
    int crc = crc24(body);
    String crcB64 = Base64.getEncoder().encodeToString(new byte[] {(byte) (crc >> 16), (byte) (crc >> 8), (byte) crc});
    return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + b64 + "\n=" + crcB64 + "\n-----END PGP PRIVATE KEY BLOCK-----";
  }

  String gcpServiceAccount() {
    String project = "acme-" + pick("abcdefghijklmnopqrstuvwxyz", 6) + "-" + digits(6);
    String pk = pem("PRIVATE KEY", rsaPkcs8()).replace("\n", "\\n") + "\\n";
    return "{\n  \"type\": \"service_account\",\n  \"project_id\": \"" + project + "\",\n  \"private_key_id\": \"" + hex(40)
        + "\",\n  \"private_key\": \"" + pk + "\",\n  \"client_email\": \"deployer@" + project
        + ".iam.gserviceaccount.com\",\n  \"client_id\": \"1" + digits(20)
        + "\",\n  \"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\",\n  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}";
  }

  String k8sSecret() {
    Base64.Encoder e = Base64.getEncoder();
    return "apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-db\n  namespace: prod\ntype: Opaque\ndata:\n  username: "
        + e.encodeToString("payments".getBytes(StandardCharsets.UTF_8)) + "\n  password: "
        + e.encodeToString(password().getBytes(StandardCharsets.UTF_8)) + "\n";
  }
}
