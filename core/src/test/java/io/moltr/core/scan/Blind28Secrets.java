package io.moltr.core.scan;

import static io.moltr.core.scan.Blind28Util.*;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/** Fake credentials in the providers' documented shapes; each kind knows the variable name an agent would use. */
final class Blind28Secrets {
  record Secret(String kind, String env, String value) {}

  record Kind(String name, Function<Random, Secret> gen) {}

  private Blind28Secrets() {}

  static Secret s(String kind, String env, String value) {
    return new Secret(kind, env, value);
  }

  static String pem(Random r, String type, int bodyLen, String prefix) {
    String body = prefix + pick(r, B64, bodyLen - prefix.length());
    return "-----BEGIN " + type + "-----\n" + chunk(body, 64, "\n") + "\n-----END " + type + "-----";
  }

  static final List<Kind> KINDS = new ArrayList<>();

  static void k(String name, Function<Random, Secret> g) {
    KINDS.add(new Kind(name, g));
  }

  static {
    k("aws_access_key", r -> s("aws_access_key", "AWS_ACCESS_KEY_ID", "AKIA" + pick(r, B32, 16)));
    k("aws_secret_key", r -> s("aws_secret_key", "AWS_SECRET_ACCESS_KEY", pick(r, ALNUM + "+/", 40)));
    k("github_classic", r -> s("github_classic", "GITHUB_TOKEN", githubToken(r, one(r, "ghp_", "gho_", "ghs_", "ghu_"))));
    k("github_fine", r -> s("github_fine", "GH_PAT", "github_pat_11" + pick(r, UP + DIG, 20) + "_" + pick(r, ALNUM, 59)));
    k("gitlab", r -> s("gitlab", "GITLAB_TOKEN", one(r, "glpat-", "gldt-", "glrt-") + pick(r, ALNUM + "_-", 20)));
    k("npm", r -> s("npm", "NPM_TOKEN", "npm_" + pick(r, ALNUM, 36)));
    k("pypi", r -> s("pypi", "PYPI_TOKEN", "pypi-AgEIcHlwaS5vcmc" + pick(r, B64U, 140)));
    k("huggingface", r -> s("huggingface", "HF_TOKEN", "hf_" + pick(r, UP + LO, 34)));
    k("groq", r -> s("groq", "GROQ_API_KEY", "gsk_" + pick(r, ALNUM, 52)));
    k("openrouter", r -> s("openrouter", "OPENROUTER_API_KEY", "sk-or-v1-" + hex(r, 64)));
    k("openai", r -> s("openai", "OPENAI_API_KEY", "sk-proj-" + pick(r, B64U, 74) + "T3BlbkFJ" + pick(r, B64U, 74)));
    k("anthropic", r -> s("anthropic", "ANTHROPIC_API_KEY", "sk-ant-api03-" + pick(r, B64U, 93) + "AA"));
    k("stripe_secret", r -> s("stripe_secret", "STRIPE_SECRET_KEY", one(r, "sk_live_", "rk_live_") + pick(r, ALNUM, 99)));
    k("google_api", r -> s("google_api", "GOOGLE_API_KEY", "AIza" + pick(r, B64U, 35)));
    k("google_oauth_secret", r -> s("google_oauth_secret", "GOOGLE_CLIENT_SECRET", "GOCSPX-" + pick(r, B64U, 28)));
    k("gcp_service_account", r -> s("gcp_service_account", "GOOGLE_PRIVATE_KEY",
        pem(r, "PRIVATE KEY", 1624, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ")));
    k("azure_storage", r -> s("azure_storage", "AZURE_STORAGE_CONNECTION_STRING",
        "DefaultEndpointsProtocol=https;AccountName=" + pick(r, LO + DIG, 12) + ";AccountKey="
            + b64(bytes(r, 64)) + ";EndpointSuffix=core.windows.net"));
    k("azure_sas", r -> s("azure_sas", "AZURE_SAS_URL", "https://" + pick(r, LO, 10)
        + ".blob.core.windows.net/backups?sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2026-12-31T18:00:00Z&st=2026-11-01T10:00:00Z&spr=https&sig="
        + b64(bytes(r, 32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")));
    k("twilio_auth", r -> s("twilio_auth", "TWILIO_AUTH_TOKEN", hex(r, 32)));
    k("mailgun", r -> s("mailgun", "MAILGUN_API_KEY", "key-" + hex(r, 32)));
    k("mailchimp", r -> s("mailchimp", "MAILCHIMP_API_KEY", hex(r, 32) + "-us" + between(r, 1, 21)));
    k("shopify", r -> s("shopify", "SHOPIFY_ACCESS_TOKEN", one(r, "shpat_", "shpss_", "shpca_") + hex(r, 32)));
    k("digitalocean", r -> s("digitalocean", "DIGITALOCEAN_TOKEN", one(r, "dop_v1_", "doo_v1_") + hex(r, 64)));
    k("heroku", r -> s("heroku", "HEROKU_API_KEY", "HRKU-AA" + pick(r, B64U, 58)));
    k("datadog", r -> s("datadog", "DD_API_KEY", hex(r, 32)));
    k("newrelic", r -> s("newrelic", "NEW_RELIC_API_KEY", "NRAK-" + pick(r, UP + DIG, 27)));
    k("sentry_dsn", r -> s("sentry_dsn", "SENTRY_DSN", "https://" + hex(r, 32) + "@o" + between(r, 100000, 999999)
        + ".ingest." + one(r, "", "us.", "de.") + "sentry.io/" + between(r, 1000000, 9999999)));
    k("discord_bot", r -> s("discord_bot", "DISCORD_BOT_TOKEN",
        Base64.getUrlEncoder().withoutPadding().encodeToString(String.valueOf(1000000000000000000L + (r.nextLong() & 0xffffffffffffL) * 1000).getBytes())
            + "." + pick(r, B64U, 6) + "." + pick(r, B64U, 38)));
    k("discord_webhook", r -> s("discord_webhook", "DISCORD_WEBHOOK_URL", "https://discord.com/api/webhooks/"
        + (1100000000000000000L + (r.nextLong() & 0xfffffffffffL)) + "/" + pick(r, B64U, 68)));
    // Slack documents bot tokens as xoxb-<team>-<bot>-<24 alnum> and user tokens as
    // xoxp-<team>-<user>-<id>-<32 hex>.
    k("slack_token", r -> {
      String p = one(r, "xoxb-", "xoxp-");
      String head = p + between(r, 100000000, 999999999) + "" + between(r, 100, 999) + "-" + between(r, 100000000, 999999999) + between(r, 100, 999) + "-";
      return s("slack_token", p.equals("xoxb-") ? "SLACK_BOT_TOKEN" : "SLACK_USER_TOKEN",
          p.equals("xoxb-") ? head + pick(r, ALNUM, 24) : head + between(r, 100000000, 999999999) + between(r, 100, 999) + "-" + hex(r, 32));
    });
    k("slack_webhook", r -> s("slack_webhook", "SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T" + pick(r, UP + DIG, 8)
        + "/B" + pick(r, UP + DIG, 10) + "/" + pick(r, ALNUM, 24)));
    k("linear", r -> s("linear", "LINEAR_API_KEY", "lin_api_" + pick(r, ALNUM, 40)));
    k("notion", r -> s("notion", "NOTION_TOKEN", one(r, "secret_" + pick(r, ALNUM, 43), "ntn_" + pick(r, DIG, 11) + pick(r, ALNUM, 35))));
    k("atlassian", r -> s("atlassian", "JIRA_API_TOKEN", "ATATT3xFfGF0" + pick(r, B64U, 170) + "=" + pick(r, HEX.toUpperCase(), 8)));
    k("doppler", r -> s("doppler", "DOPPLER_TOKEN", "dp.st." + one(r, "prd", "dev", "stg") + "." + pick(r, ALNUM, 43)));
    k("vault", r -> s("vault", "VAULT_TOKEN", "hvs.CAESI" + pick(r, B64U, 86)));
    k("terraform_cloud", r -> s("terraform_cloud", "TFE_TOKEN", pick(r, ALNUM, 14) + ".atlasv1." + pick(r, ALNUM, 67)));
    k("databricks", r -> s("databricks", "DATABRICKS_TOKEN", "dapi" + hex(r, 32)));
    k("cloudflare", r -> s("cloudflare", "CLOUDFLARE_API_TOKEN", pick(r, B64U, 40)));
    k("flyio", r -> s("flyio", "FLY_API_TOKEN", "fo1_" + pick(r, B64U, 43)));
    k("vercel", r -> s("vercel", "VERCEL_TOKEN", pick(r, ALNUM, 24)));
    k("netlify", r -> s("netlify", "NETLIFY_AUTH_TOKEN", "nfp_" + pick(r, ALNUM, 36)));
    k("supabase", r -> s("supabase", "SUPABASE_SERVICE_ROLE_KEY", jwtHs256(r,
        "{\"iss\":\"supabase\",\"ref\":\"" + pick(r, LO, 20) + "\",\"role\":\"service_role\",\"iat\":1700000000,\"exp\":2015000000}")));
    k("firebase_fcm", r -> s("firebase_fcm", "FCM_SERVER_KEY", "AAAA" + pick(r, B64U, 7) + ":APA91b" + pick(r, B64U, 134)));
    k("planetscale", r -> s("planetscale", "PLANETSCALE_PASSWORD", "pscale_pw_" + pick(r, B64U, 43)));
    k("postman", r -> s("postman", "POSTMAN_API_KEY", "PMAK-" + hex(r, 24) + "-" + hex(r, 34)));
    k("age", r -> s("age", "AGE_SECRET_KEY", "AGE-SECRET-KEY-1" + pick(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)));
    k("pgp_private", r -> s("pgp_private", "GPG_PRIVATE_KEY", "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n"
        + chunk("lQdGBF" + pick(r, B64, 1200), 64, "\n") + "\n=" + pick(r, B64, 4) + "\n-----END PGP PRIVATE KEY BLOCK-----"));
    k("putty", r -> s("putty", "PUTTY_KEY", "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@build\nPublic-Lines: 2\n"
        + "AAAAC3NzaC1lZDI1NTE5AAAAI" + pick(r, B64, 43) + "\nPrivate-Lines: 1\nAAAAI" + pick(r, B64, 39) + "=\nPrivate-MAC: " + hex(r, 64)));
    k("openssh_private", r -> s("openssh_private", "SSH_PRIVATE_KEY", pem(r, "OPENSSH PRIVATE KEY", 400,
        "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA")));
    k("rsa_private", r -> s("rsa_private", "TLS_KEY", pem(r, "RSA PRIVATE KEY", 1588, "MIIEowIBAAKCAQEA")));
    k("jwt", r -> s("jwt", "ACCESS_TOKEN", jwtHs256(r, "{\"sub\":\"" + uuid(r) + "\",\"scope\":\"admin\",\"iat\":" + between(r, 1700000000, 1790000000) + "}")));
    k("basic_auth_url", r -> s("basic_auth_url", "REGISTRY_URL", "https://" + one(r, "deploy", "ci-bot", "admin", "svc_build") + ":"
        + pick(r, ALNUM, 18) + "@" + one(r, "nexus.internal.example.net", "registry.acme-corp.io", "artifacts.teamhub.dev") + "/repository/npm/"));
    k("db_url", r -> s("db_url", "DATABASE_URL", one(r, "postgres://", "mysql://", "mongodb+srv://") + one(r, "app", "orders_rw", "admin")
        + ":" + pick(r, ALNUM, 20) + "@" + one(r, "db.prod.internal", "10.12.4.7:5432", "cluster0.ab12c.mongodb.net") + "/" + one(r, "orders", "app", "main")));
    k("k8s_secret_b64", r -> s("k8s_secret_b64", "DB_PASSWORD_B64", b64(pick(r, ALNUM + "!#%", 22))));
    k("env_high_entropy", r -> s("env_high_entropy", one(r, "ACME_PAYMENTS_SECRET", "INTERNAL_SIGNING_KEY", "WEBHOOK_SECRET", "PARTNER_API_KEY"), pick(r, ALNUM, 40)));
    k("generic_password", r -> s("generic_password", one(r, "password", "db_password", "admin_pass"), pick(r, ALNUM + "!@#$%^&*", 20)));
    k("iban", r -> {
      String c = one(r, "DE", "GB", "FR", "NL");
      String bban = switch (c) {
        case "DE" -> pick(r, DIG, 18);
        case "GB" -> pick(r, UP, 4) + pick(r, DIG, 14);
        case "FR" -> pick(r, DIG, 10) + pick(r, UP + DIG, 11) + pick(r, DIG, 2);
        default -> pick(r, UP, 4) + pick(r, DIG, 10);
      };
      return s("iban", "iban", iban(c, bban));
    });
    k("card", r -> {
      String pre = one(r, "4", "51", "55", "2221", "34", "37", "6011", "65", "3528", "36", "62", "6759");
      int len = pre.startsWith("34") || pre.startsWith("37") ? 15 : pre.equals("36") ? 14 : 16;
      return s("card", "card_number", luhnComplete(pre + pick(r, DIG, len - pre.length() - 1)));
    });
    k("national_id", r -> {
      int t = r.nextInt(3);
      if (t == 0) {
        int n = between(r, 10000000, 99999999);
        return s("national_id", "dni", n + String.valueOf("TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23)));
      } else if (t == 1) {
        while (true) {
          String d = pick(r, DIG, 8);
          int sum = 0;
          for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (d.charAt(i) - '0');
          }
          int last = sum % 11;
          if (last < 10 && d.charAt(0) != '0') {
            return s("national_id", "bsn", d + last);
          }
        }
      }
      String d = pick(r, DIG, 9);
      int s1 = 0;
      for (int i = 0; i < 9; i++) {
        s1 += (10 - i) * (d.charAt(i) - '0');
      }
      int c1 = (s1 * 10) % 11 % 10;
      int s2 = 0;
      String d2 = d + c1;
      for (int i = 0; i < 10; i++) {
        s2 += (11 - i) * (d2.charAt(i) - '0');
      }
      int c2 = (s2 * 10) % 11 % 10;
      return s("national_id", "cpf", d.substring(0, 3) + "." + d.substring(3, 6) + "." + d.substring(6) + "-" + c1 + c2);
    });
    k("bitcoin_wif", r -> s("bitcoin_wif", "BTC_WIF", wif(r)));
    k("sendgrid", r -> s("sendgrid", "SENDGRID_API_KEY", "SG." + pick(r, B64U, 22) + "." + pick(r, B64U, 43)));
    k("telegram_bot", r -> s("telegram_bot", "TELEGRAM_BOT_TOKEN", between(r, 100000000, 999999999) + ":AA" + pick(r, B64U, 33)));
    k("github_app_key", r -> s("github_app_key", "GITHUB_APP_PRIVATE_KEY", pem(r, "RSA PRIVATE KEY", 1588, "MIIEpAIBAAKCAQEA")));
    k("ec_private", r -> s("ec_private", "SIGNING_KEY", pem(r, "EC PRIVATE KEY", 160, "MHcCAQEEI")));
  }
}
