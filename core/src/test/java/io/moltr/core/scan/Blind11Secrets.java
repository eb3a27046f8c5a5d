package io.moltr.core.scan;

import static io.moltr.core.scan.Blind11Util.ALNUM;
import static io.moltr.core.scan.Blind11Util.B64;
import static io.moltr.core.scan.Blind11Util.B64URL;
import static io.moltr.core.scan.Blind11Util.BASE62;
import static io.moltr.core.scan.Blind11Util.DIGITS;
import static io.moltr.core.scan.Blind11Util.HEX;
import static io.moltr.core.scan.Blind11Util.LOWER;
import static io.moltr.core.scan.Blind11Util.UPPER;
import static io.moltr.core.scan.Blind11Util.b64;
import static io.moltr.core.scan.Blind11Util.b64url;
import static io.moltr.core.scan.Blind11Util.bytes;
import static io.moltr.core.scan.Blind11Util.hex;
import static io.moltr.core.scan.Blind11Util.mixed;
import static io.moltr.core.scan.Blind11Util.one;
import static io.moltr.core.scan.Blind11Util.pick;
import static io.moltr.core.scan.Blind11Util.utf8;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Fake credentials in their providers' real formats (with checksums where the format has one).
 * A {@link Secret} is one leak: a value under a name, optionally preceded by a companion line
 * (key id before its secret), or a multi-line block (keys, manifests) printed whole.
 */
final class Blind11Secrets {
  private Blind11Secrets() {}

  /**
   * kind, env-style name, value (the probe), optional companion, multiline block flag. For blocks
   * {@code value} is the whole block and {@code probe} a distinctive piece of it.
   */
  record Secret(String kind, String name, String value, String companionName, String companionValue, boolean block,
      String probe) {
    Secret(String kind, String name, String value) {
      this(kind, name, value, null, null, false, value);
    }

    Secret(String kind, String name, String value, String cName, String cValue) {
      this(kind, name, value, cName, cValue, false, value);
    }

    static Secret block(String kind, String name, String text, String probe) {
      return new Secret(kind, name, text, null, null, true, probe);
    }
  }

  /** Kinds whose value means nothing without its name (or a companion line): always printed with it. */
  static final Set<String> NEEDS_NAME = Set.of("aws", "twilio-auth-token", "datadog", "cloudflare-token",
      "vercel-token", "password-config", "env-generic", "ssn-us", "es-dni", "nl-bsn", "pl-pesel", "br-cpf",
      "in-aadhaar", "ca-sin", "ee-isikukood", "mailgun-key", "notion-secret", "linear-key", "mailchimp");

  static final Map<String, Function<Random, Secret>> KINDS = new LinkedHashMap<>();

  static String uuid(Random r) {
    return new UUID(r.nextLong(), r.nextLong()).toString();
  }

  static String word(Random r) {
    return one(r, "harbor", "maple", "quartz", "falcon", "ember", "tundra", "orchid", "cobalt", "meadow", "saffron",
        "glacier", "lantern", "pepper", "violet", "canyon", "walnut", "raven", "copper", "juniper", "sierra");
  }

  static String human(Random r) {
    String w1 = word(r);
    String w2 = word(r);
    return Character.toUpperCase(w1.charAt(0)) + w1.substring(1) + one(r, "!", "#", "$", "%", "&", "*", "@", "^")
        + Character.toUpperCase(w2.charAt(0)) + w2.substring(1) + pick(r, DIGITS, 2 + r.nextInt(3))
        + one(r, "", "?", "+", "~");
  }

  static String host(Random r) {
    return one(r, "db-prod-1.internal", "pg.eu-west-1.rds.amazonaws.com", "10.20.3.14", "orders-db.svc.cluster.local",
        "analytics.c9xkq2.us-east-2.rds.amazonaws.com", "cache.prod.lan", "primary.db.acme-corp.net");
  }

  static {
    KINDS.put("aws", r -> {
      String id = one(r, "AKIA", "AKIA", "ASIA") + pick(r, UPPER + "234567", 16);
      String sec = mixed(r, B64, 40);
      return new Secret("aws", "AWS_SECRET_ACCESS_KEY", sec, "AWS_ACCESS_KEY_ID", id);
    });
    KINDS.put("github-ghp", r -> new Secret("github-ghp", one(r, "GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"),
        Blind11Util.crcToken(r, "ghp_")));
    KINDS.put("github-gho", r -> new Secret("github-gho", "GH_OAUTH_TOKEN", Blind11Util.crcToken(r, "gho_")));
    KINDS.put("github-ghu", r -> new Secret("github-ghu", "GITHUB_USER_TOKEN", Blind11Util.crcToken(r, "ghu_")));
    KINDS.put("github-ghs", r -> new Secret("github-ghs", "INSTALLATION_TOKEN", Blind11Util.crcToken(r, "ghs_")));
    KINDS.put("github-ghr", r -> new Secret("github-ghr", "GITHUB_REFRESH_TOKEN", Blind11Util.crcToken(r, "ghr_")));
    KINDS.put("github-fine", r -> new Secret("github-fine", "GITHUB_PAT",
        "github_pat_11" + pick(r, UPPER + DIGITS, 20) + "_" + mixed(r, ALNUM, 59)));
    KINDS.put("gitlab-glpat", r -> new Secret("gitlab-glpat", "GITLAB_TOKEN", "glpat-" + mixed(r, ALNUM + "_-", 20)));
    KINDS.put("gitlab-gldt", r -> new Secret("gitlab-gldt", "CI_DEPLOY_PASSWORD", "gldt-" + mixed(r, ALNUM + "_-", 20)));
    KINDS.put("gitlab-glrt", r -> new Secret("gitlab-glrt", "RUNNER_TOKEN", "glrt-" + mixed(r, ALNUM + "_-", 20)));
    KINDS.put("gitlab-glcbt", r -> new Secret("gitlab-glcbt", "CI_JOB_TOKEN",
        "glcbt-" + pick(r, HEX, 2) + "_" + mixed(r, ALNUM + "_-", 20)));
    KINDS.put("gitlab-glft", r -> new Secret("gitlab-glft", "GITLAB_FEED_TOKEN", "glft-" + mixed(r, ALNUM + "_-", 20)));
    KINDS.put("npm", r -> new Secret("npm", "NPM_TOKEN", Blind11Util.crcToken(r, "npm_")));
    KINDS.put("pypi", r -> {
      ByteArrayOutputStream o = new ByteArrayOutputStream();
      o.writeBytes(new byte[] {0x02, 0x01, 0x08});
      o.writeBytes(utf8("pypi.org"));
      o.writeBytes(new byte[] {0x02, 0x24});
      o.writeBytes(utf8(uuid(r)));
      o.writeBytes(new byte[] {0x00, 0x02, 0x2a});
      o.writeBytes(utf8("[1,[\"version\",1],{\"permissions\":\"user\"}]"));
      o.writeBytes(new byte[] {0x00, 0x00, 0x06, 0x20});
      o.writeBytes(bytes(r, 32));
      return new Secret("pypi", "TWINE_PASSWORD", "pypi-" + b64url(o.toByteArray()));
    });
    KINDS.put("huggingface", r -> new Secret("huggingface", "HF_TOKEN", "hf_" + mixed(r, UPPER + LOWER, 34)));
    KINDS.put("groq", r -> new Secret("groq", "GROQ_API_KEY", "gsk_" + mixed(r, ALNUM, 52)));
    KINDS.put("openrouter", r -> new Secret("openrouter", "OPENROUTER_API_KEY", "sk-or-v1-" + pick(r, HEX, 64)));
    KINDS.put("openai", r -> new Secret("openai", "OPENAI_API_KEY", r.nextBoolean()
        ? "sk-proj-" + mixed(r, ALNUM + "_-", 74) + "T3BlbkFJ" + mixed(r, ALNUM + "_-", 74)
        : "sk-" + mixed(r, ALNUM, 20) + "T3BlbkFJ" + mixed(r, ALNUM, 20)));
    KINDS.put("anthropic", r -> new Secret("anthropic", "ANTHROPIC_API_KEY",
        one(r, "sk-ant-api03-", "sk-ant-api03-", "sk-ant-admin01-") + mixed(r, ALNUM + "_-", 93) + "AA"));
    KINDS.put("google-api-key", r -> new Secret("google-api-key", one(r, "GOOGLE_API_KEY", "MAPS_API_KEY", "GEMINI_API_KEY"),
        "AIza" + mixed(r, ALNUM + "_-", 35)));
    KINDS.put("google-oauth-secret", r -> new Secret("google-oauth-secret", "GOOGLE_CLIENT_SECRET",
        "GOCSPX-" + mixed(r, ALNUM + "_-", 28)));
    KINDS.put("gcp-service-account", r -> {
      String project = word(r) + "-" + word(r) + "-" + pick(r, DIGITS, 6);
      String keyId = pick(r, HEX, 40);
      String pem = Blind11Keys.rsaPkcs8(r.nextInt(6)).replace("\n", "\\n") + "\\n";
      String json = "{\n  \"type\": \"service_account\",\n  \"project_id\": \"" + project + "\",\n  \"private_key_id\": \""
          + keyId + "\",\n  \"private_key\": \"" + pem + "\",\n  \"client_email\": \"deployer@" + project
          + ".iam.gserviceaccount.com\",\n  \"client_id\": \"1" + pick(r, DIGITS, 20) + "\",\n"
          + "  \"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\",\n"
          + "  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}";
      int at = pem.indexOf("\\n") + 2;
      return Secret.block("gcp-service-account", "service-account.json", json, pem.substring(at, at + 40));
    });
    KINDS.put("azure-storage", r -> {
      String acct = word(r) + pick(r, LOWER + DIGITS, 6);
      String key = b64(bytes(r, 64));
      return new Secret("azure-storage", "AZURE_STORAGE_CONNECTION_STRING", "DefaultEndpointsProtocol=https;AccountName="
          + acct + ";AccountKey=" + key + ";EndpointSuffix=core.windows.net", null, null, false, key);
    });
    KINDS.put("azure-sas", r -> {
      String acct = word(r) + pick(r, LOWER + DIGITS, 5);
      String sig = b64(bytes(r, 32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D");
      String url = "https://" + acct + ".blob.core.windows.net/" + one(r, "backups", "exports", "uploads")
          + "?sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2026-12-31T23:59:59Z&st=2026-01-01T00:00:00Z"
          + "&spr=https&sig=" + sig;
      return new Secret("azure-sas", "AZURE_SAS_URL", url, null, null, false, sig);
    });
    KINDS.put("twilio-auth-token", r -> new Secret("twilio-auth-token", "TWILIO_AUTH_TOKEN", pick(r, HEX, 32),
        "TWILIO_ACCOUNT_SID", "AC" + pick(r, HEX, 32)));
    KINDS.put("twilio-api-key", r -> new Secret("twilio-api-key", "TWILIO_API_SECRET", mixed(r, ALNUM, 32),
        "TWILIO_API_KEY", "SK" + pick(r, HEX, 32)));
    KINDS.put("mailgun-key", r -> new Secret("mailgun-key", "MAILGUN_API_KEY", r.nextBoolean()
        ? "key-" + pick(r, HEX, 32) : pick(r, HEX, 32) + "-" + pick(r, HEX, 8) + "-" + pick(r, HEX, 8)));
    KINDS.put("mailchimp", r -> new Secret("mailchimp", "MAILCHIMP_API_KEY", pick(r, HEX, 32) + "-us" + (1 + r.nextInt(21))));
    KINDS.put("shopify", r -> new Secret("shopify", "SHOPIFY_ACCESS_TOKEN",
        one(r, "shpat_", "shpca_", "shppa_", "shpss_") + pick(r, HEX, 32)));
    KINDS.put("digitalocean", r -> new Secret("digitalocean", "DIGITALOCEAN_TOKEN",
        one(r, "dop_v1_", "doo_v1_", "dor_v1_") + pick(r, HEX, 64)));
    KINDS.put("heroku", r -> new Secret("heroku", "HEROKU_API_KEY", "HRKU-AA" + mixed(r, ALNUM + "_-", 58)));
    KINDS.put("datadog", r -> new Secret("datadog", "DD_APP_KEY", pick(r, HEX, 40), "DD_API_KEY", pick(r, HEX, 32)));
    KINDS.put("newrelic", r -> r.nextBoolean()
        ? new Secret("newrelic", "NEW_RELIC_API_KEY", "NRAK-" + pick(r, UPPER + DIGITS, 27))
        : new Secret("newrelic", "NEW_RELIC_LICENSE_KEY", "eu01xx" + pick(r, HEX, 30) + "NRAL"));
    KINDS.put("sentry", r -> r.nextBoolean()
        ? new Secret("sentry", "SENTRY_AUTH_TOKEN", "sntryu_" + pick(r, HEX, 64))
        : new Secret("sentry", "SENTRY_DSN", "https://" + pick(r, HEX, 32) + "@o" + pick(r, DIGITS, 6)
            + ".ingest.us.sentry.io/" + pick(r, DIGITS, 7), null, null, false, null));
    KINDS.put("discord-bot", r -> {
      String id = "1" + pick(r, DIGITS, 18);
      return new Secret("discord-bot", "DISCORD_BOT_TOKEN", b64url(utf8(id)) + "." + mixed(r, ALNUM + "_-", 6) + "."
          + mixed(r, ALNUM + "_-", 38));
    });
    KINDS.put("discord-webhook", r -> new Secret("discord-webhook", "DISCORD_WEBHOOK_URL",
        "https://discord.com/api/webhooks/1" + pick(r, DIGITS, 18) + "/" + mixed(r, ALNUM + "_-", 68)));
    KINDS.put("slack-token", r -> new Secret("slack-token", "SLACK_BOT_TOKEN", r.nextBoolean()
        ? "xoxb-" + pick(r, DIGITS, 12) + "-" + pick(r, DIGITS, 13) + "-" + mixed(r, ALNUM, 24)
        : "xoxp-" + pick(r, DIGITS, 12) + "-" + pick(r, DIGITS, 12) + "-" + pick(r, DIGITS, 13) + "-" + pick(r, HEX, 32)));
    KINDS.put("slack-webhook", r -> new Secret("slack-webhook", "SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T"
        + pick(r, UPPER + DIGITS, 10) + "/B" + pick(r, UPPER + DIGITS, 10) + "/" + mixed(r, ALNUM, 24)));
    KINDS.put("linear-key", r -> new Secret("linear-key", "LINEAR_API_KEY", "lin_api_" + mixed(r, ALNUM, 40)));
    KINDS.put("notion-secret", r -> new Secret("notion-secret", "NOTION_TOKEN", "secret_" + mixed(r, ALNUM, 43)));
    KINDS.put("atlassian", r -> new Secret("atlassian", "JIRA_API_TOKEN",
        "ATATT3xFfGF0" + mixed(r, ALNUM + "_-", 170) + "=" + pick(r, HEX, 8).toUpperCase()));
    KINDS.put("doppler", r -> new Secret("doppler", "DOPPLER_TOKEN", one(r, "dp.pt.", "dp.sa.", "dp.ct.") + mixed(r, ALNUM, 43)));
    KINDS.put("vault", r -> new Secret("vault", "VAULT_TOKEN", one(r, "hvs.", "hvb.") + "CAESI" + mixed(r, ALNUM + "_-", 90)));
    KINDS.put("terraform-cloud", r -> new Secret("terraform-cloud", "TF_TOKEN_app_terraform_io",
        mixed(r, ALNUM, 14) + ".atlasv1." + mixed(r, ALNUM, 67)));
    KINDS.put("databricks", r -> new Secret("databricks", "DATABRICKS_TOKEN", "dapi" + pick(r, HEX, 32) + one(r, "", "-2", "-3")));
    KINDS.put("cloudflare-token", r -> new Secret("cloudflare-token", "CLOUDFLARE_API_TOKEN", mixed(r, ALNUM + "_-", 40)));
    KINDS.put("flyio", r -> new Secret("flyio", "FLY_API_TOKEN", "FlyV1 fm2_" + mixed(r, ALNUM + "+/", 120) + "=="));
    KINDS.put("vercel-token", r -> new Secret("vercel-token", "VERCEL_TOKEN", mixed(r, ALNUM, 24)));
    KINDS.put("netlify", r -> new Secret("netlify", "NETLIFY_AUTH_TOKEN", "nfp_" + mixed(r, ALNUM, 36)));
    KINDS.put("supabase-service", r -> {
      String ref = pick(r, LOWER, 20);
      long iat = 1690000000L + r.nextInt(50000000);
      String jwt = Blind11Keys.jwtHs256("{\"iss\":\"supabase\",\"ref\":\"" + ref + "\",\"role\":\"service_role\",\"iat\":"
          + iat + ",\"exp\":" + (iat + 315360000L) + "}", bytes(r, 32));
      return r.nextInt(3) == 0
          ? new Secret("supabase-service", "SUPABASE_SECRET_KEY", "sb_secret_" + mixed(r, ALNUM + "_-", 31))
          : new Secret("supabase-service", "SUPABASE_SERVICE_ROLE_KEY", jwt);
    });
    KINDS.put("firebase-fcm", r -> new Secret("firebase-fcm", "FCM_SERVER_KEY",
        "AAAA" + mixed(r, ALNUM + "_-", 7) + ":APA91b" + mixed(r, ALNUM + "_-", 134)));
    KINDS.put("planetscale", r -> new Secret("planetscale", "PLANETSCALE_PASSWORD",
        one(r, "pscale_pw_", "pscale_tkn_", "pscale_oauth_") + mixed(r, ALNUM + "_-", 43)));
    KINDS.put("postman", r -> new Secret("postman", "POSTMAN_API_KEY", "PMAK-" + pick(r, HEX, 24) + "-" + pick(r, HEX, 34)));
    KINDS.put("stripe", r -> new Secret("stripe", one(r, "STRIPE_SECRET_KEY", "STRIPE_API_KEY"),
        one(r, "sk_live_", "rk_live_") + mixed(r, ALNUM, one(r, 24, 99))));
    KINDS.put("stripe-webhook", r -> new Secret("stripe-webhook", "STRIPE_WEBHOOK_SECRET", "whsec_" + mixed(r, ALNUM, 32)));
    KINDS.put("sendgrid", r -> new Secret("sendgrid", "SENDGRID_API_KEY",
        "SG." + mixed(r, ALNUM + "_-", 22) + "." + mixed(r, ALNUM + "_-", 43)));
    KINDS.put("telegram", r -> new Secret("telegram", "TELEGRAM_BOT_TOKEN",
        (1 + r.nextInt(8)) + pick(r, DIGITS, 9) + ":AA" + mixed(r, ALNUM + "_-", 33)));
    KINDS.put("age", r -> {
      String k = Blind11Util.bech32("age-secret-key-", bytes(r, 32)).toUpperCase();
      return new Secret("age", "SOPS_AGE_KEY", k);
    });
    KINDS.put("pgp", r -> {
      String b = Blind11Keys.pgp(r.nextLong(), word(r) + " <ops@" + word(r) + ".io>");
      return Secret.block("pgp", "private.asc", b, b.split("\n")[2].substring(0, 40));
    });
    KINDS.put("putty", r -> {
      String b = Blind11Keys.putty(r.nextLong(), "deploy@" + word(r));
      return Secret.block("putty", "deploy.ppk", b, b.split("\n")[7].substring(0, 30));
    });
    KINDS.put("openssh", r -> {
      String b = Blind11Keys.openssh(r.nextLong(), word(r) + "@laptop");
      return Secret.block("openssh", "id_ed25519", b, b.split("\n")[3].substring(0, 40));
    });
    KINDS.put("pem-rsa", r -> {
      String b = r.nextBoolean() ? Blind11Keys.rsaPkcs1(r.nextInt(6)) : Blind11Keys.rsaPkcs8(r.nextInt(6));
      return Secret.block("pem-rsa", "server.key", b, b.split("\n")[5]);
    });
    KINDS.put("pem-ec", r -> {
      String b = Blind11Keys.ecSec1(r.nextLong());
      return Secret.block("pem-ec", "tls.key", b, b.split("\n")[1].substring(0, 40));
    });
    KINDS.put("jwt", r -> {
      long iat = 1700000000L + r.nextInt(60000000);
      String payload = "{\"sub\":\"" + uuid(r) + "\",\"email\":\"" + word(r) + "@" + word(r) + ".com\",\"scope\":\"read write\","
          + "\"iat\":" + iat + ",\"exp\":" + (iat + 3600) + "}";
      String jwt = r.nextBoolean() ? Blind11Keys.jwtHs256(payload, bytes(r, 32))
          : Blind11Keys.jwtRs256(payload, r.nextInt(6), pick(r, HEX, 16));
      return new Secret("jwt", one(r, "ACCESS_TOKEN", "AUTH_TOKEN", "ID_TOKEN"), jwt);
    });
    KINDS.put("url-postgres", r -> {
      String pw = human(r);
      return new Secret("url-postgres", "DATABASE_URL", "postgres://app_user:" + pw.replace("@", "%40") + "@" + host(r)
          + ":5432/" + one(r, "orders", "billing", "app"), null, null, false, pw.replace("@", "%40"));
    });
    KINDS.put("url-mongodb", r -> {
      String pw = mixed(r, ALNUM, 16);
      return new Secret("url-mongodb", "MONGODB_URI", "mongodb+srv://svc-" + word(r) + ":" + pw + "@cluster0."
          + pick(r, LOWER + DIGITS, 5) + ".mongodb.net/?retryWrites=true&w=majority", null, null, false, pw);
    });
    KINDS.put("url-redis", r -> {
      String pw = mixed(r, ALNUM, 24);
      return new Secret("url-redis", "REDIS_URL", one(r, "redis://", "rediss://") + "default:" + pw + "@" + word(r)
          + "-" + pick(r, DIGITS, 5) + ".upstash.io:6379", null, null, false, pw);
    });
    KINDS.put("url-https", r -> {
      String pw = human(r).replace("@", "").replace("#", "");
      return new Secret("url-https", "REGISTRY_URL", "https://ci-bot:" + pw + "@" + one(r, "nexus", "artifacts", "git")
          + "." + word(r) + "corp.com/" + one(r, "repository/pypi/simple", "org/repo.git", "api/v2"), null, null, false, pw);
    });
    KINDS.put("k8s-secret", r -> {
      String pw = human(r);
      String tok = mixed(r, ALNUM, 40);
      String b = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + word(r) + "-credentials\n  namespace: "
          + one(r, "prod", "payments", "default") + "\ntype: Opaque\ndata:\n  username: " + b64("svc_" + word(r))
          + "\n  password: " + b64(pw) + "\n  api-token: " + b64(tok) + "\n";
      return Secret.block("k8s-secret", "secret.yaml", b, b64(pw));
    });
    KINDS.put("env-generic", r -> new Secret("env-generic",
        one(r, "ACME_SIGNING_SECRET", "PAYGATE_API_SECRET", "INTERNAL_HMAC_KEY", "WEBHOOK_SIGNING_KEY", "LEDGERLY_SECRET_KEY",
            "SESSION_SECRET", "ENCRYPTION_KEY", "ZEPHYR_CLIENT_SECRET"),
        r.nextBoolean() ? mixed(r, ALNUM, 32 + r.nextInt(16)) : b64(bytes(r, 32))));
    KINDS.put("password-config", r -> new Secret("password-config",
        one(r, "DB_PASSWORD", "password", "SMTP_PASSWORD", "admin_password", "MYSQL_ROOT_PASSWORD", "ldap_bind_password"),
        human(r)));
    KINDS.put("iban", r -> {
      String[] c = one(r, new String[][] {{"FR", "20041010050500013M02606"}, {"ES", "21000418450200051332"},
          {"IT", "X0542811101000000123456"}, {"NL", "ABNA0417164300"}, {"BE", "539007547034"},
          {"CH", "0483" + "5012345678009"}, {"FI", "21421000000000"}, {"CZ", "08000000192000145399"},
          {"RO", "AAAA1B31007593840000"}, {"HU", "117730161111101800000000"}});
      // keep each country's BBAN shape but use fresh digits
      String bban = c[1];
      StringBuilder nb = new StringBuilder();
      for (int i = 0; i < bban.length(); i++) {
        char ch = bban.charAt(i);
        nb.append(Character.isDigit(ch) && i >= 5 ? (char) ('0' + r.nextInt(10)) : ch);
      }
      String iban = Blind11Util.iban(c[0], nb.toString());
      boolean spaced = r.nextBoolean();
      return new Secret("iban", "IBAN", spaced ? Blind11Util.groups4(iban, " ") : iban);
    });
    KINDS.put("card", r -> {
      int t = r.nextInt(8);
      String num = switch (t) {
        case 0 -> Blind11Util.luhnComplete(r, "4", 16);
        case 1 -> Blind11Util.luhnComplete(r, one(r, "51", "53", "55", "2221", "2720"), 16);
        case 2 -> Blind11Util.luhnComplete(r, one(r, "34", "37"), 15);
        case 3 -> Blind11Util.luhnComplete(r, one(r, "6011", "65", "644"), 16);
        case 4 -> Blind11Util.luhnComplete(r, "35" + (28 + r.nextInt(62)), 16);
        case 5 -> Blind11Util.luhnComplete(r, one(r, "36", "300", "38"), 14);
        case 6 -> Blind11Util.luhnComplete(r, "62", one(r, 16, 19));
        default -> Blind11Util.luhnComplete(r, one(r, "6759", "5018", "6304"), one(r, 16, 18));
      };
      String shown;
      if (num.length() == 15) {
        shown = num.substring(0, 4) + " " + num.substring(4, 10) + " " + num.substring(10);
      } else if (num.length() == 14) {
        shown = num.substring(0, 4) + " " + num.substring(4, 10) + " " + num.substring(10);
      } else if (num.length() == 16 && r.nextBoolean()) {
        shown = Blind11Util.groups4(num, one(r, " ", "-"));
      } else {
        shown = num;
      }
      return new Secret("card", one(r, "card_number", "pan", "cc_number", "cardNumber"), shown);
    });
    KINDS.put("ssn-us", r -> {
      int area = 1 + r.nextInt(665);
      if (area == 666) {
        area = 667;
      }
      String ssn = String.format("%03d-%02d-%04d", area, 1 + r.nextInt(99), 1 + r.nextInt(9999));
      return new Secret("ssn-us", one(r, "SSN", "ssn", "social_security_number"), ssn);
    });
    KINDS.put("es-dni", r -> {
      int n = 10000000 + r.nextInt(89999999);
      return new Secret("es-dni", one(r, "DNI", "dni", "documento_identidad"), n + Blind11Util.dniLetter(n));
    });
    KINDS.put("nl-bsn", r -> {
      while (true) {
        String s = pick(r, DIGITS, 9);
        if (s.charAt(0) != '0' && Blind11Util.bsnOk(s)) {
          return new Secret("nl-bsn", one(r, "BSN", "burgerservicenummer"), s);
        }
      }
    });
    KINDS.put("pl-pesel", r -> {
      String ten = String.format("%02d%02d%02d", 50 + r.nextInt(49), 1 + r.nextInt(12), 1 + r.nextInt(28)) + pick(r, DIGITS, 4);
      return new Secret("pl-pesel", "PESEL", ten + Blind11Util.peselCheck(ten));
    });
    KINDS.put("br-cpf", r -> {
      String c = Blind11Util.cpfDigits(pick(r, DIGITS, 9));
      return new Secret("br-cpf", one(r, "CPF", "cpf"), c.substring(0, 3) + "." + c.substring(3, 6) + "."
          + c.substring(6, 9) + "-" + c.substring(9));
    });
    KINDS.put("in-aadhaar", r -> {
      String a = Blind11Util.verhoeffComplete((2 + r.nextInt(8)) + pick(r, DIGITS, 10));
      return new Secret("in-aadhaar", one(r, "Aadhaar", "aadhaar_number"), a.substring(0, 4) + " " + a.substring(4, 8) + " "
          + a.substring(8));
    });
    KINDS.put("ca-sin", r -> {
      String s = Blind11Util.luhnComplete(r, String.valueOf(1 + r.nextInt(7)), 9);
      return new Secret("ca-sin", one(r, "SIN", "social_insurance_number"), s.substring(0, 3) + " " + s.substring(3, 6) + " "
          + s.substring(6));
    });
    KINDS.put("ee-isikukood", r -> {
      String ten = (3 + r.nextInt(4)) + String.format("%02d%02d%02d", r.nextInt(99), 1 + r.nextInt(12), 1 + r.nextInt(28))
          + pick(r, DIGITS, 3);
      return new Secret("ee-isikukood", one(r, "isikukood", "Estonian personal code"), Blind11Util.estonianCheck(ten));
    });
  }

  static List<String> kinds() {
    return new ArrayList<>(KINDS.keySet());
  }

  static Secret make(String kind, Random r) {
    Secret s = KINDS.get(kind).apply(r);
    if (s.probe() == null) {
      // Sentry DSN: the probe is the key part
      String v = s.value();
      return new Secret(s.kind(), s.name(), v, null, null, false, v.substring(8, 40));
    }
    return s;
  }
}
