package io.moltr.core.scan;

import static io.moltr.core.scan.Blind22Util.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Blind22: fake credentials in the providers' documented formats. A {@link Secret} carries the
 * variable name a context would give it, the value as written, and {@code core}: the substring
 * that must appear literally in a plain row (for multi-line blocks, one body line).
 */
final class Blind22Secrets {
  record Secret(String kind, String var, String value, String core, boolean block) {}

  static final Map<String, Function<Random, Secret>> KINDS = new LinkedHashMap<>();

  private Blind22Secrets() {}

  private static void put(String kind, Function<Random, Secret> f) {
    KINDS.put(kind, f);
  }

  private static Secret s(String kind, String var, String value) {
    return new Secret(kind, var, value, value, false);
  }

  private static Secret blk(String kind, String var, String value, String core) {
    return new Secret(kind, var, value, core, true);
  }

  static List<String> kinds() {
    return new ArrayList<>(KINDS.keySet());
  }

  static Secret make(String kind, Random r) {
    return KINDS.get(kind).apply(r);
  }

  static String pem(String label, byte[] der) {
    String body = wrap(b64(der), 64);
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----";
  }

  static String firstBodyLine(String pem) {
    return pem.split("\n")[1];
  }

  /** DER-ish prefix so the body starts like a real key (MII...). */
  static byte[] derKey(Random r, int len, byte[] head) {
    byte[] b = bytes(r, len);
    System.arraycopy(head, 0, b, 0, head.length);
    return b;
  }

  static {
    put("aws_access_key", r -> s("aws_access_key", "AWS_ACCESS_KEY_ID", "AKIA" + rand(r, UP + "234567", 16)));
    put("aws_secret_key", r -> s("aws_secret_key", "AWS_SECRET_ACCESS_KEY", mixed(r, ALNUM + "/+", 40)));
    put("openai", r -> s("openai", "OPENAI_API_KEY",
        "sk-proj-" + mixed(r, B64URL, 56) + "T3BlbkFJ" + mixed(r, B64URL, 56)));
    put("openai_legacy", r -> s("openai_legacy", "OPENAI_API_KEY", "sk-" + mixed(r, ALNUM, 20) + "T3BlbkFJ" + mixed(r, ALNUM, 20)));
    put("anthropic", r -> s("anthropic", "ANTHROPIC_API_KEY", "sk-ant-api03-" + mixed(r, B64URL, 93) + "AA"));
    put("stripe_secret", r -> s("stripe_secret", "STRIPE_SECRET_KEY",
        pick(r, "sk_live_", "rk_live_") + mixed(r, ALNUM, pick(r, 24, 99))));
    put("stripe_publishable", r -> s("stripe_publishable", "STRIPE_PUBLISHABLE_KEY", "pk_live_" + mixed(r, ALNUM, 99)));
    put("github_classic", r -> s("github_classic", "GITHUB_TOKEN", githubToken(r, pick(r, "ghp_", "gho_", "ghu_", "ghs_", "ghr_"))));
    put("github_fine_grained", r -> s("github_fine_grained", "GH_TOKEN",
        "github_pat_11" + rand(r, UP + DIG, 20) + "_" + mixed(r, ALNUM, 59)));
    put("gitlab", r -> s("gitlab", "GITLAB_TOKEN", pick(r, "glpat-", "gldt-", "glrt-", "glcbt-") + mixed(r, B64URL, 20)));
    put("npm", r -> s("npm", "NPM_TOKEN", "npm_" + mixed(r, ALNUM, 36)));
    put("pypi", r -> s("pypi", "PYPI_API_TOKEN", "pypi-AgEIcHlwaS5vcmc" + mixed(r, B64URL, 150)));
    put("huggingface", r -> s("huggingface", "HF_TOKEN", "hf_" + mixed(r, UP + LO, 34)));
    put("groq", r -> s("groq", "GROQ_API_KEY", "gsk_" + mixed(r, ALNUM, 52)));
    put("openrouter", r -> s("openrouter", "OPENROUTER_API_KEY", "sk-or-v1-" + rand(r, HEX, 64)));
    put("google_oauth_secret", r -> s("google_oauth_secret", "GOOGLE_CLIENT_SECRET", "GOCSPX-" + mixed(r, B64URL, 28)));
    put("google_api_key", r -> s("google_api_key", "GOOGLE_API_KEY", "AIza" + mixed(r, B64URL, 35)));
    put("gcp_service_account", r -> {
      String key = pem("PRIVATE KEY", derKey(r, 1216, new byte[] {0x30, (byte) 0x82, 0x04, (byte) 0xbc, 0x02, 0x01, 0x00}));
      String proj = pick(r, "acme-prod", "billing-svc-381", "data-lake-eu");
      String json = "{\n  \"type\": \"service_account\",\n  \"project_id\": \"" + proj + "\",\n"
          + "  \"private_key_id\": \"" + rand(r, HEX, 40) + "\",\n"
          + "  \"private_key\": \"" + jsonEscape(key + "\n") + "\",\n"
          + "  \"client_email\": \"deployer@" + proj + ".iam.gserviceaccount.com\",\n"
          + "  \"client_id\": \"1" + digits(r, 20) + "\",\n"
          + "  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}";
      return blk("gcp_service_account", "GOOGLE_APPLICATION_CREDENTIALS_JSON", json, firstBodyLine(key));
    });
    put("azure_storage_conn", r -> s("azure_storage_conn", "AZURE_STORAGE_CONNECTION_STRING",
        "DefaultEndpointsProtocol=https;AccountName=" + pick(r, "acmeprodstore", "logsweu01", "mediablobs")
            + ";AccountKey=" + b64(bytes(r, 64)) + ";EndpointSuffix=core.windows.net"));
    put("azure_sas", r -> {
      String sig = percentSig(b64(bytes(r, 32)));
      return s("azure_sas", "AZURE_SAS_URL", "https://" + pick(r, "acmeprodstore", "backupsweu") + ".blob.core.windows.net/"
          + pick(r, "exports", "backups") + "/" + pick(r, "2026-11-30.tar.gz", "users.csv")
          + "?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&st=2026-11-30T00:00:00Z&spr=https&sig=" + sig);
    });
    put("twilio", r -> s("twilio", "TWILIO_API_KEY", "SK" + rand(r, HEX, 32)));
    put("twilio_auth", r -> s("twilio_auth", "TWILIO_AUTH_TOKEN", rand(r, HEX, 32)));
    put("mailgun", r -> s("mailgun", "MAILGUN_API_KEY", "key-" + rand(r, HEX, 32)));
    put("mailchimp", r -> s("mailchimp", "MAILCHIMP_API_KEY", rand(r, HEX, 32) + "-us" + (1 + r.nextInt(21))));
    put("sendgrid", r -> s("sendgrid", "SENDGRID_API_KEY", "SG." + mixed(r, B64URL, 22) + "." + mixed(r, B64URL, 43)));
    put("shopify", r -> s("shopify", "SHOPIFY_ACCESS_TOKEN", pick(r, "shpat_", "shpss_", "shpca_", "shppa_") + rand(r, HEX, 32)));
    put("digitalocean", r -> s("digitalocean", "DIGITALOCEAN_TOKEN", pick(r, "dop_v1_", "doo_v1_", "dor_v1_") + rand(r, HEX, 64)));
    put("heroku", r -> s("heroku", "HEROKU_API_KEY", "HRKU-AA" + mixed(r, B64URL, 58)));
    put("datadog", r -> s("datadog", "DD_API_KEY", rand(r, HEX, 32)));
    put("newrelic", r -> s("newrelic", "NEW_RELIC_API_KEY", "NRAK-" + rand(r, UP + DIG, 27)));
    put("sentry_dsn", r -> s("sentry_dsn", "SENTRY_DSN", "https://" + rand(r, HEX, 32) + "@o" + digits(r, 6)
        + ".ingest." + pick(r, "", "us.", "de.") + "sentry.io/" + (4500000000000000L + r.nextInt(99999999))));
    put("discord_bot", r -> {
      String id = "1" + digits(r, 18);
      return s("discord_bot", "DISCORD_BOT_TOKEN", b64url(id) + "." + mixed(r, B64URL, 6) + "." + mixed(r, B64URL, 38));
    });
    put("discord_webhook", r -> s("discord_webhook", "DISCORD_WEBHOOK_URL",
        "https://discord.com/api/webhooks/1" + digits(r, 18) + "/" + mixed(r, B64URL, 68)));
    put("slack_bot", r -> s("slack_bot", "SLACK_BOT_TOKEN",
        "xoxb-" + digits(r, 12) + "-" + digits(r, 13) + "-" + mixed(r, ALNUM, 24)));
    put("slack_user", r -> s("slack_user", "SLACK_USER_TOKEN",
        "xoxp-" + digits(r, 12) + "-" + digits(r, 12) + "-" + digits(r, 13) + "-" + rand(r, HEX, 32)));
    put("slack_webhook", r -> s("slack_webhook", "SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T"
        + rand(r, UP + DIG, 10) + "/B" + rand(r, UP + DIG, 10) + "/" + mixed(r, ALNUM, 24)));
    put("linear", r -> s("linear", "LINEAR_API_KEY", "lin_api_" + mixed(r, ALNUM, 40)));
    put("notion", r -> s("notion", "NOTION_TOKEN", r.nextBoolean() ? "secret_" + mixed(r, ALNUM, 43)
        : "ntn_" + digits(r, 11) + mixed(r, ALNUM, 35)));
    put("atlassian", r -> s("atlassian", "ATLASSIAN_API_TOKEN", "ATATT3xFfGF0" + mixed(r, B64URL, 170) + "=" + rand(r, HEX.toUpperCase(), 8)));
    put("doppler", r -> s("doppler", "DOPPLER_TOKEN", r.nextBoolean() ? "dp.st.prd." + mixed(r, ALNUM, 40) : "dp.pt." + mixed(r, ALNUM, 43)));
    put("vault", r -> s("vault", "VAULT_TOKEN", "hvs.CAESI" + mixed(r, B64URL, 86)));
    put("terraform_cloud", r -> s("terraform_cloud", "TFE_TOKEN", mixed(r, ALNUM, 14) + ".atlasv1." + mixed(r, ALNUM, 67)));
    put("databricks", r -> s("databricks", "DATABRICKS_TOKEN", "dapi" + rand(r, HEX, 32)));
    put("cloudflare", r -> s("cloudflare", "CLOUDFLARE_API_TOKEN", mixed(r, B64URL, 40)));
    put("flyio", r -> s("flyio", "FLY_API_TOKEN", "fo1_" + mixed(r, B64URL, 43)));
    put("vercel", r -> s("vercel", "VERCEL_TOKEN", mixed(r, ALNUM, 24)));
    put("netlify", r -> s("netlify", "NETLIFY_AUTH_TOKEN", "nfp_" + mixed(r, ALNUM, 36)));
    put("supabase_service", r -> {
      String ref = rand(r, LO, 20);
      long iat = 1700000000L + r.nextInt(50000000);
      String jwt = hmacJwt("{\"alg\":\"HS256\",\"typ\":\"JWT\"}",
          "{\"iss\":\"supabase\",\"ref\":\"" + ref + "\",\"role\":\"service_role\",\"iat\":" + iat + ",\"exp\":" + (iat + 315360000L) + "}",
          bytes(r, 32));
      return s("supabase_service", "SUPABASE_SERVICE_ROLE_KEY", jwt);
    });
    put("firebase_fcm", r -> s("firebase_fcm", "FCM_SERVER_KEY", "AAAA" + mixed(r, B64URL, 7) + ":APA91b" + mixed(r, B64URL, 134)));
    put("planetscale", r -> s("planetscale", "PLANETSCALE_PASSWORD", pick(r, "pscale_pw_", "pscale_tkn_") + mixed(r, B64URL, 43)));
    put("postman", r -> s("postman", "POSTMAN_API_KEY", "PMAK-" + rand(r, HEX, 24) + "-" + rand(r, HEX, 34)));
    put("age", r -> s("age", "AGE_SECRET_KEY", "AGE-SECRET-KEY-1" + rand(r, BECH32, 58).toUpperCase()));
    put("pgp_private", r -> {
      String body = wrap(b64(derKey(r, 700, new byte[] {(byte) 0x95, 0x03, (byte) 0xc6, 0x04})), 64);
      String v = "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + body + "\n=" + b64(bytes(r, 3))
          + "\n-----END PGP PRIVATE KEY BLOCK-----";
      return blk("pgp_private", "PGP_PRIVATE_KEY", v, body.split("\n")[2]);
    });
    put("putty", r -> {
      String pub = wrap(b64(derKey(r, 51, new byte[] {0, 0, 0, 11, 's', 's', 'h', '-', 'e', 'd', '2', '5', '5', '1', '9'})), 64);
      String priv = b64(bytes(r, 36));
      String v = "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@build-01\nPublic-Lines: "
          + pub.split("\n").length + "\n" + pub + "\nPrivate-Lines: 1\n" + priv + "\nPrivate-MAC: " + rand(r, HEX, 64);
      return blk("putty", "PUTTY_KEY", v, priv);
    });
    put("openssh_private", r -> {
      byte[] head = "openssh-key-v1\0\0\0\0\4none\0\0\0\4none".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
      String k = pem("OPENSSH PRIVATE KEY", derKey(r, 400, head)).replace("\n", "\n");
      return blk("openssh_private", "SSH_PRIVATE_KEY", wrap70(k), k.split("\n")[2]);
    });
    put("rsa_private", r -> {
      String k = pem("RSA PRIVATE KEY", derKey(r, 1190, new byte[] {0x30, (byte) 0x82, 0x04, (byte) 0xa2, 0x02, 0x01, 0x00}));
      return blk("rsa_private", "RSA_PRIVATE_KEY", k, firstBodyLine(k));
    });
    put("ec_private", r -> {
      String k = pem("EC PRIVATE KEY", derKey(r, 121, new byte[] {0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20}));
      return blk("ec_private", "EC_PRIVATE_KEY", k, firstBodyLine(k));
    });
    put("jwt_hs256", r -> {
      String payload = "{\"sub\":\"" + uuid(r) + "\",\"email\":\"" + pick(r, "ana", "jonas", "li") + "@example.org\",\"scope\":\"admin\",\"iat\":"
          + (1764000000L + r.nextInt(1000000)) + "}";
      return s("jwt_hs256", "ACCESS_TOKEN", hmacJwt("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", payload, bytes(r, 32)));
    });
    put("basic_auth_url", r -> s("basic_auth_url", "UPSTREAM_URL", "https://" + pick(r, "deploy", "ci-bot", "admin")
        + ":" + mixed(r, ALNUM, 20) + "@" + pick(r, "registry.acme-corp.io", "nexus.internal.example.net", "git.acme.dev") + "/"
        + pick(r, "v2/", "repository/maven-releases/", "api/")));
    put("k8s_secret", r -> {
      String pw = mixed(r, ALNUM + "!#%", 24);
      String enc = b64(pw);
      String v = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + pick(r, "db-credentials", "api-keys", "app-secrets")
          + "\n  namespace: " + pick(r, "prod", "payments", "default") + "\ntype: Opaque\ndata:\n  username: " + b64("app_user")
          + "\n  password: " + enc;
      return blk("k8s_secret", "K8S_SECRET", v, enc);
    });
    put("dotenv_entropy", r -> s("dotenv_entropy", pick(r, "ACME_PARTNER_SECRET", "PAYLINK_API_SECRET", "INTERNAL_SIGNING_KEY", "WEBHOOK_SECRET"),
        mixed(r, ALNUM, 32 + r.nextInt(16))));
    put("generic_password", r -> s("generic_password", pick(r, "DB_PASSWORD", "ADMIN_PASSWORD", "SMTP_PASSWORD", "REDIS_PASSWORD"),
        mixed(r, ALNUM + "!@#%^*", 18 + r.nextInt(8))));
    put("generic_api_key", r -> s("generic_api_key", pick(r, "PARTNER_API_KEY", "ACME_API_KEY", "INTERNAL_API_TOKEN", "CRM_API_KEY"),
        mixed(r, ALNUM, 32 + r.nextInt(16))));
    put("db_url", r -> {
      String pw = mixed(r, ALNUM, 18);
      String v = switch (r.nextInt(4)) {
        case 0 -> "postgres://app_user:" + pw + "@db.prod.internal:5432/orders";
        case 1 -> "mysql://root:" + pw + "@10.0.3.17:3306/shop";
        case 2 -> "mongodb+srv://svc:" + pw + "@cluster0.ab12c.mongodb.net/app?retryWrites=true";
        default -> "redis://default:" + pw + "@cache.prod.internal:6379/0";
      };
      return s("db_url", "DATABASE_URL", v);
    });
    put("telegram_bot", r -> s("telegram_bot", "TELEGRAM_BOT_TOKEN", (5000000000L + r.nextInt(999999999)) + ":AA" + mixed(r, B64URL, 33)));
    put("bitcoin_wif", r -> {
      byte[] p = new byte[34];
      p[0] = (byte) 0x80;
      System.arraycopy(bytes(r, 32), 0, p, 1, 32);
      p[33] = 1;
      return s("bitcoin_wif", "BTC_WIF", base58check(p));
    });
    put("iban", r -> {
      String v = switch (r.nextInt(5)) {
        case 0 -> iban("DE", digits(r, 18));
        case 1 -> iban("FR", digits(r, 10) + rand(r, UP + DIG, 11) + digits(r, 2));
        case 2 -> iban("ES", digits(r, 20));
        case 3 -> iban("GB", rand(r, UP, 4) + digits(r, 14));
        default -> iban("NL", rand(r, UP, 4) + digits(r, 10));
      };
      return s("iban", "IBAN", v);
    });
    put("card_visa", r -> s("card_visa", "CARD_NUMBER", card(r, "4", 16)));
    put("card_mastercard", r -> s("card_mastercard", "CARD_NUMBER", card(r, pick(r, "51", "53", "55", "2221", "2720"), 16)));
    put("card_amex", r -> s("card_amex", "CARD_NUMBER", card(r, pick(r, "34", "37"), 15)));
    put("card_discover", r -> s("card_discover", "CARD_NUMBER", card(r, pick(r, "6011", "65"), 16)));
    put("card_jcb", r -> s("card_jcb", "CARD_NUMBER", card(r, "35" + (28 + r.nextInt(62)), 16)));
    put("card_diners", r -> s("card_diners", "CARD_NUMBER", card(r, pick(r, "36", "300", "305"), 14)));
    put("card_unionpay", r -> s("card_unionpay", "CARD_NUMBER", card(r, "62", 16)));
    put("es_dni", r -> {
      int n = r.nextInt(100000000);
      return s("es_dni", "DNI", String.format("%08d", n) + "TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23));
    });
    put("nl_bsn", r -> {
      while (true) {
        String d = digits(r, 9);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
          sum += (9 - i) * (d.charAt(i) - '0');
        }
        sum -= d.charAt(8) - '0';
        if (sum % 11 == 0 && d.charAt(0) != '0') {
          return s("nl_bsn", "BSN", d);
        }
      }
    });
    put("pl_pesel", r -> {
      String d = String.format("%02d%02d%02d", 60 + r.nextInt(39), 1 + r.nextInt(12), 1 + r.nextInt(28)) + digits(r, 4);
      int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
      int sum = 0;
      for (int i = 0; i < 10; i++) {
        sum += w[i] * (d.charAt(i) - '0');
      }
      return s("pl_pesel", "PESEL", d + (10 - sum % 10) % 10);
    });
    put("fr_nir", r -> {
      String d = (1 + r.nextInt(2)) + String.format("%02d%02d", 50 + r.nextInt(49), 1 + r.nextInt(12))
          + String.format("%02d", 1 + r.nextInt(95)) + digits(r, 3) + digits(r, 3);
      long key = 97 - Long.parseLong(d) % 97;
      return s("fr_nir", "NIR", d + String.format("%02d", key));
    });
    put("br_cpf", r -> {
      String d = digits(r, 9);
      int s1 = 0;
      for (int i = 0; i < 9; i++) {
        s1 += (10 - i) * (d.charAt(i) - '0');
      }
      int c1 = (s1 * 10) % 11 % 10;
      d = d + c1;
      int s2 = 0;
      for (int i = 0; i < 10; i++) {
        s2 += (11 - i) * (d.charAt(i) - '0');
      }
      int c2 = (s2 * 10) % 11 % 10;
      d = d + c2;
      return s("br_cpf", "CPF", d.substring(0, 3) + "." + d.substring(3, 6) + "." + d.substring(6, 9) + "-" + d.substring(9));
    });
  }

  static boolean personal(String kind) {
    return kind.startsWith("card_") || kind.equals("iban") || kind.equals("es_dni") || kind.equals("nl_bsn")
        || kind.equals("pl_pesel") || kind.equals("fr_nir") || kind.equals("br_cpf");
  }

  private static String percentSig(String b64) {
    return b64.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D");
  }

  private static String wrap70(String k) {
    return k;
  }
}
