package io.moltr.core.scan;

import static io.moltr.core.scan.Blind30Util.ALNUM;
import static io.moltr.core.scan.Blind30Util.B64;
import static io.moltr.core.scan.Blind30Util.DIGITS;
import static io.moltr.core.scan.Blind30Util.HEX;
import static io.moltr.core.scan.Blind30Util.LOWER;
import static io.moltr.core.scan.Blind30Util.UPALNUM;
import static io.moltr.core.scan.Blind30Util.UPPER;
import static io.moltr.core.scan.Blind30Util.URLSAFE;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Fake credentials in their providers' documented formats (with real checksums where the format
 * has one). Each kind knows a typical variable name and a category that decides which code
 * shapes can hold it.
 */
final class Blind30Secrets {
  enum Cat { TOKEN, URL, BLOCK, PII }

  record Sec(String kind, String value, String var, Cat cat) {}

  record Kind(String name, String var, Cat cat, Function<Blind30Util, String> gen) {}

  static final List<Kind> KINDS = new ArrayList<>();

  private static void k(String name, String var, Cat cat, Function<Blind30Util, String> gen) {
    KINDS.add(new Kind(name, var, cat, gen));
  }

  static {
    k("aws-access-key", "AWS_ACCESS_KEY_ID", Cat.TOKEN, u -> "AKIA" + u.s(UPALNUM.replaceAll("[018]", ""), 16));
    k("aws-secret-key", "AWS_SECRET_ACCESS_KEY", Cat.TOKEN, u -> u.mixed(B64, 40));
    k("openai", "OPENAI_API_KEY", Cat.TOKEN,
        u -> "sk-proj-" + u.mixed(URLSAFE, 74) + "T3BlbkFJ" + u.mixed(URLSAFE, 74));
    k("anthropic", "ANTHROPIC_API_KEY", Cat.TOKEN, u -> "sk-ant-api03-" + u.mixed(URLSAFE, 93) + "AA");
    k("stripe-secret", "STRIPE_SECRET_KEY", Cat.TOKEN, u -> "sk_live_" + u.mixed(ALNUM, u.i(2) == 0 ? 24 : 99));
    k("stripe-restricted", "STRIPE_RESTRICTED_KEY", Cat.TOKEN, u -> "rk_live_" + u.mixed(ALNUM, 99));
    k("github-pat", "GITHUB_TOKEN", Cat.TOKEN, u -> u.crcToken(u.pick("ghp_", "gho_", "ghs_", "ghu_")));
    k("github-fine-grained", "GH_TOKEN", Cat.TOKEN,
        u -> "github_pat_11" + u.s(UPALNUM, 20) + "_" + u.mixed(ALNUM, 59));
    k("gitlab", "GITLAB_TOKEN", Cat.TOKEN, u -> u.pick("glpat-", "gldt-", "glrt-") + u.mixed(ALNUM + "_-", 20));
    k("npm", "NPM_TOKEN", Cat.TOKEN, u -> u.crcToken("npm_"));
    k("pypi", "PYPI_TOKEN", Cat.TOKEN,
        u -> "pypi-AgEIcHlwaS5vcmcCJG" + u.mixed(URLSAFE, 40) + "AAIqWzMsInByb2plY3QiXQ" + u.mixed(URLSAFE, 70));
    k("huggingface", "HF_TOKEN", Cat.TOKEN, u -> "hf_" + u.mixed(UPPER + LOWER, 34));
    k("groq", "GROQ_API_KEY", Cat.TOKEN, u -> "gsk_" + u.mixed(ALNUM, 52));
    k("openrouter", "OPENROUTER_API_KEY", Cat.TOKEN, u -> "sk-or-v1-" + u.s(HEX, 64));
    k("google-api-key", "GOOGLE_API_KEY", Cat.TOKEN, u -> "AIza" + u.mixed(URLSAFE, 35));
    k("google-oauth-secret", "GOOGLE_CLIENT_SECRET", Cat.TOKEN, u -> "GOCSPX-" + u.mixed(URLSAFE, 28));
    k("azure-storage", "AZURE_STORAGE_CONNECTION_STRING", Cat.URL,
        u -> "DefaultEndpointsProtocol=https;AccountName=" + u.s(LOWER + DIGITS, 12) + ";AccountKey="
            + Blind30Util.b64(u.bytes(64)) + ";EndpointSuffix=core.windows.net");
    k("azure-sas", "AZURE_SAS_URL", Cat.URL,
        u -> "https://" + u.s(LOWER, 10) + ".blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=sco&sp=rwdlac"
            + "&se=2027-03-01T00:00:00Z&st=2026-11-30T00:00:00Z&spr=https&sig="
            + Blind30Util.b64(u.bytes(32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"));
    k("twilio-auth-token", "TWILIO_AUTH_TOKEN", Cat.TOKEN, u -> u.s(HEX, 32));
    k("twilio-api-key", "TWILIO_API_KEY", Cat.TOKEN, u -> "SK" + u.s(HEX, 32));
    k("mailgun", "MAILGUN_API_KEY", Cat.TOKEN, u -> "key-" + u.s(HEX, 32));
    k("mailchimp", "MAILCHIMP_API_KEY", Cat.TOKEN, u -> u.s(HEX, 32) + "-us" + (1 + u.i(21)));
    k("shopify", "SHOPIFY_ACCESS_TOKEN", Cat.TOKEN, u -> u.pick("shpat_", "shpss_", "shpca_", "shppa_") + u.s(HEX, 32));
    k("digitalocean", "DIGITALOCEAN_TOKEN", Cat.TOKEN, u -> u.pick("dop_v1_", "doo_v1_") + u.s(HEX, 64));
    k("heroku", "HEROKU_API_KEY", Cat.TOKEN, u -> "HRKU-AA" + u.mixed(URLSAFE, 58));
    k("datadog", "DD_API_KEY", Cat.TOKEN, u -> u.s(HEX, 32));
    k("newrelic", "NEW_RELIC_API_KEY", Cat.TOKEN, u -> "NRAK-" + u.s(UPALNUM, 27));
    k("newrelic-license", "NEW_RELIC_LICENSE_KEY", Cat.TOKEN, u -> u.s(HEX, 36) + "NRAL");
    k("sentry-dsn", "SENTRY_DSN", Cat.URL,
        u -> "https://" + u.s(HEX, 32) + "@o" + (100000 + u.i(899999)) + ".ingest.sentry.io/" + (4500000 + u.i(999999)));
    k("discord-bot", "DISCORD_BOT_TOKEN", Cat.TOKEN,
        u -> Blind30Util.b64url(String.valueOf(1000000000000000000L + (long) (u.r.nextDouble() * 1e17))) + "."
            + u.mixed(URLSAFE, 6) + "." + u.mixed(URLSAFE, 38));
    k("discord-webhook", "DISCORD_WEBHOOK_URL", Cat.URL,
        u -> "https://discord.com/api/webhooks/" + "1" + u.s(DIGITS, 18) + "/" + u.mixed(URLSAFE, 68));
    k("slack-token", "SLACK_BOT_TOKEN", Cat.TOKEN,
        Blind30Secrets::slack);
    k("slack-webhook", "SLACK_WEBHOOK_URL", Cat.URL,
        u -> "https://hooks.slack.com/services/T" + u.s(UPALNUM, 10) + "/B" + u.s(UPALNUM, 10) + "/" + u.mixed(ALNUM, 24));
    k("linear", "LINEAR_API_KEY", Cat.TOKEN, u -> "lin_api_" + u.mixed(ALNUM, 40));
    k("notion", "NOTION_TOKEN", Cat.TOKEN, u -> u.pick("secret_", "ntn_") + u.mixed(ALNUM, 43));
    k("atlassian", "JIRA_API_TOKEN", Cat.TOKEN,
        u -> "ATATT3xFfGF0" + u.mixed(URLSAFE, 170) + "=" + u.s(HEX.toUpperCase(), 8));
    k("doppler", "DOPPLER_TOKEN", Cat.TOKEN, u -> u.pick("dp.pt.", "dp.st.prd.", "dp.ct.") + u.mixed(ALNUM, 43));
    k("vault", "VAULT_TOKEN", Cat.TOKEN, u -> "hvs." + u.pick("CAESI", "") + u.mixed(URLSAFE, 90));
    k("terraform-cloud", "TFE_TOKEN", Cat.TOKEN,
        u -> u.mixed(ALNUM, 14) + ".atlasv1." + u.mixed(ALNUM, 67));
    k("databricks", "DATABRICKS_TOKEN", Cat.TOKEN, u -> "dapi" + u.s(HEX, 32));
    k("cloudflare", "CLOUDFLARE_API_TOKEN", Cat.TOKEN, u -> u.mixed(URLSAFE, 40));
    k("flyio", "FLY_API_TOKEN", Cat.TOKEN, u -> "fo1_" + u.mixed(URLSAFE, 43));
    k("vercel", "VERCEL_TOKEN", Cat.TOKEN, u -> u.mixed(ALNUM, 24));
    k("netlify", "NETLIFY_AUTH_TOKEN", Cat.TOKEN, u -> "nfp_" + u.mixed(ALNUM, 36));
    k("supabase", "SUPABASE_SERVICE_KEY", Cat.TOKEN, u -> u.pick("sbp_" + u.s(HEX, 40), "sb_secret_" + u.mixed(URLSAFE, 32)));
    k("firebase-fcm", "FCM_SERVER_KEY", Cat.TOKEN, u -> "AAAA" + u.mixed(URLSAFE, 7) + ":APA91b" + u.mixed(URLSAFE, 134));
    k("planetscale", "PLANETSCALE_PASSWORD", Cat.TOKEN, u -> u.pick("pscale_pw_", "pscale_tkn_") + u.mixed(URLSAFE, 43));
    k("postman", "POSTMAN_API_KEY", Cat.TOKEN, u -> "PMAK-" + u.s(HEX, 24) + "-" + u.s(HEX, 34));
    k("age-key", "AGE_SECRET_KEY", Cat.TOKEN, u -> Blind30Util.bech32("age-secret-key-", u.bytes(32)).toUpperCase());
    k("jwt", "AUTH_TOKEN", Cat.TOKEN,
        u -> u.jwt("{\"sub\":\"" + u.uuid() + "\",\"role\":\"" + u.pick("admin", "service", "user") + "\",\"iat\":"
            + (1764000000 + u.i(900000)) + "}"));
    k("whsec", "STRIPE_WEBHOOK_SECRET", Cat.TOKEN, u -> "whsec_" + u.mixed(ALNUM, 32));
    k("okta", "OKTA_API_TOKEN", Cat.TOKEN, u -> "00" + u.mixed(URLSAFE, 40));
    k("auth0", "AUTH0_CLIENT_SECRET", Cat.TOKEN, u -> u.mixed(URLSAFE, 64));
    k("algolia-admin", "ALGOLIA_ADMIN_KEY", Cat.TOKEN, u -> u.s(HEX, 32));
    k("pinecone", "PINECONE_API_KEY", Cat.TOKEN, u -> "pcsk_" + u.mixed(ALNUM, 5) + "_" + u.mixed(ALNUM, 63));
    k("cohere", "COHERE_API_KEY", Cat.TOKEN, u -> u.mixed(ALNUM, 40));
    k("mistral", "MISTRAL_API_KEY", Cat.TOKEN, u -> u.mixed(ALNUM, 32));
    k("replicate", "REPLICATE_API_TOKEN", Cat.TOKEN, u -> "r8_" + u.mixed(ALNUM, 37));
    k("airtable", "AIRTABLE_TOKEN", Cat.TOKEN, u -> "pat" + u.mixed(ALNUM, 14) + "." + u.s(HEX, 64));
    k("asana", "ASANA_PAT", Cat.TOKEN, u -> "2/" + "1" + u.s(DIGITS, 15) + "/1" + u.s(DIGITS, 15) + ":" + u.s(HEX, 32));
    k("sendgrid", "SENDGRID_API_KEY", Cat.TOKEN, u -> "SG." + u.mixed(URLSAFE, 22) + "." + u.mixed(URLSAFE, 43));
    k("resend", "RESEND_API_KEY", Cat.TOKEN, u -> "re_" + u.mixed(ALNUM, 8) + "_" + u.mixed(ALNUM, 24));
    k("clerk", "CLERK_SECRET_KEY", Cat.TOKEN, u -> "sk_live_" + u.mixed(ALNUM, 42));
    k("telegram-bot", "TELEGRAM_BOT_TOKEN", Cat.TOKEN, u -> (1000000000L + u.i(999999999)) + ":AA" + u.mixed(URLSAFE, 33));
    k("square", "SQUARE_ACCESS_TOKEN", Cat.TOKEN, u -> "EAAA" + u.mixed(URLSAFE, 60));
    k("acme-unknown", "ACME_API_KEY", Cat.TOKEN, u -> u.mixed(ALNUM, 36));
    k("client-secret", "CLIENT_SECRET", Cat.TOKEN, u -> u.mixed(ALNUM + "~._-", 40));
    k("hmac-signing", "HMAC_SIGNING_SECRET", Cat.TOKEN, u -> u.s(HEX, 64));
    k("generic-password", "DB_PASSWORD", Cat.TOKEN, u -> u.mixed(ALNUM + "!#%^*", 20));
    k("bitcoin-wif", "BTC_PRIVATE_KEY", Cat.TOKEN, Blind30Util::wif);
    k("postgres-url", "DATABASE_URL", Cat.URL,
        u -> "postgres://" + u.pick("app", "svc_api", "admin") + ":" + u.mixed(ALNUM, 22) + "@db" + u.i(9) + ".internal.acme-corp.net:5432/" + u.pick("orders", "prod", "billing"));
    k("mongodb-url", "MONGODB_URI", Cat.URL,
        u -> "mongodb+srv://" + u.pick("root", "api") + ":" + u.mixed(ALNUM, 18) + "@cluster0." + u.s(LOWER + DIGITS, 5) + ".mongodb.net/app?retryWrites=true");
    k("mysql-url", "MYSQL_URL", Cat.URL, u -> "mysql://deploy:" + u.mixed(ALNUM, 16) + "@10.0." + u.i(255) + "." + u.i(255) + ":3306/shop");
    k("redis-url", "REDIS_URL", Cat.URL, u -> "redis://default:" + u.mixed(ALNUM, 24) + "@redis-" + u.s(DIGITS, 5) + ".c1.eu-central-1.ec2.cloud.redislabs.com:" + u.s(DIGITS, 5));
    k("basic-auth-url", "REGISTRY_URL", Cat.URL, u -> "https://" + u.pick("ci-bot", "deploy", "jenkins") + ":" + u.mixed(ALNUM, 20) + "@" + u.pick("nexus", "artifactory", "git") + ".acme-corp.net/repository/");
    k("rsa-private-key", "PRIVATE_KEY", Cat.BLOCK, u -> pem("RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA" + Blind30Util.b64(u.bytes(700))));
    k("pkcs8-private-key", "PRIVATE_KEY", Cat.BLOCK, u -> pem("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + Blind30Util.b64(u.bytes(600))));
    k("openssh-private-key", "SSH_PRIVATE_KEY", Cat.BLOCK, u -> pem("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA" + Blind30Util.b64(u.bytes(280))));
    k("pgp-private-key", "GPG_PRIVATE_KEY", Cat.BLOCK, u -> "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQVYBG" + Blind30Util.wrap(Blind30Util.b64(u.bytes(500)), 64) + "\n=" + u.mixed(ALNUM, 4) + "\n-----END PGP PRIVATE KEY BLOCK-----");
    k("putty-private-key", "PUTTY_KEY", Cat.BLOCK,
        u -> "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@build\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI" + Blind30Util.b64(u.bytes(30)).substring(0, 40)
            + "\n" + u.mixed(B64, 20) + "\nPrivate-Lines: 1\nAAAAI" + Blind30Util.b64(u.bytes(33)).substring(0, 40) + "\nPrivate-MAC: " + u.s(HEX, 64));
    k("card", "CARD_NUMBER", Cat.PII, Blind30Secrets::card);
    k("iban", "IBAN", Cat.PII, Blind30Secrets::iban);
    k("national-id", "NATIONAL_ID", Cat.PII, Blind30Secrets::nationalId);
  }

  static String pem(String type, String body) {
    return "-----BEGIN " + type + "-----\n" + Blind30Util.wrap(body, 64) + "\n-----END " + type + "-----";
  }

  /**
   * A bot token is xoxb-digits-digits-24 alphanumerics; a user token is xoxp- with three digit
   * groups and 32 hex. The user token's third group and hex part are derived from the drawn
   * characters so that the random stream (and every later row) stays as in the first run.
   */
  static String slack(Blind30Util u) {
    String p = u.pick("xoxb-", "xoxp-");
    String a = u.s(DIGITS, 12);
    String b = u.s(DIGITS, 13);
    String c = u.mixed(ALNUM, 24);
    if (p.equals("xoxb-")) {
      return p + a + "-" + b + "-" + c;
    }
    byte[] h = Blind30Util.sha256(c.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    StringBuilder d = new StringBuilder();
    for (int k = 0; k < 12; k++) {
      d.append((h[k] & 0xff) % 10);
    }
    return p + a + "-" + b + "-" + d + "-" + hexOf(h).substring(0, 32);
  }

  static String hexOf(byte[] h) {
    StringBuilder b = new StringBuilder();
    for (byte x : h) {
      b.append(String.format("%02x", x & 0xff));
    }
    return b.toString();
  }

  static String card(Blind30Util u) {
    String[] pre = {"4", "51", "53", "55", "2221", "2720", "34", "37", "6011", "65", "3528", "3589", "36", "62", "6759"};
    String p = pre[u.i(pre.length)];
    int len = switch (p) {
      case "34", "37" -> 15;
      case "36" -> 14;
      default -> 16;
    };
    String body = p + u.s(DIGITS, len - 1 - p.length());
    String v = Blind30Util.luhnComplete(body);
    if (len == 15) {
      return v.substring(0, 4) + " " + v.substring(4, 10) + " " + v.substring(10);
    }
    if (len == 16 && u.i(2) == 0) {
      return v.substring(0, 4) + " " + v.substring(4, 8) + " " + v.substring(8, 12) + " " + v.substring(12);
    }
    return v;
  }

  static String iban(Blind30Util u) {
    return switch (u.i(4)) {
      case 0 -> Blind30Util.iban("DE", u.s(DIGITS, 18));
      case 1 -> Blind30Util.iban("GB", u.s(UPPER, 4) + u.s(DIGITS, 14));
      case 2 -> Blind30Util.iban("FR", u.s(DIGITS, 23));
      default -> Blind30Util.iban("NL", u.s(UPPER, 4) + u.s(DIGITS, 10));
    };
  }

  static String nationalId(Blind30Util u) {
    switch (u.i(4)) {
      case 0: {
        int n = 10000000 + u.i(89999999);
        return n + String.valueOf("TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23));
      }
      case 1: {
        while (true) {
          String d = u.s(DIGITS, 8);
          int sum = 0;
          for (int k = 0; k < 8; k++) {
            sum += (9 - k) * (d.charAt(k) - '0');
          }
          int last = sum % 11;
          if (last < 10 && d.charAt(0) != '0') {
            return d + last;
          }
        }
      }
      case 2: {
        String d = String.format("%02d%02d%02d", 60 + u.i(39), 1 + u.i(12), 1 + u.i(28)) + u.s(DIGITS, 4);
        int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
        int sum = 0;
        for (int k = 0; k < 10; k++) {
          sum += w[k] * (d.charAt(k) - '0');
        }
        return d + (10 - sum % 10) % 10;
      }
      default: {
        String d = u.pick("1", "2") + String.format("%02d%02d", 60 + u.i(39), 1 + u.i(12)) + String.format("%02d", 1 + u.i(95))
            + u.s(DIGITS, 6);
        long key = 97 - Long.parseLong(d) % 97;
        return d + String.format("%02d", key);
      }
    }
  }

  static Sec make(Kind k, Blind30Util u) {
    return new Sec(k.name(), k.gen().apply(u), k.var(), k.cat());
  }
}
