package io.moltr.core.scan;

import static io.moltr.core.scan.Blind31Util.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Fake credentials in the providers' documented formats. Each kind knows its environment
 * variable name, the provider's display name and the word a user would use for it.
 * "selfIdentifying" kinds carry a distinctive prefix or structure; the others (bare hex, bare
 * base62) are only credentials with their label, so contexts always name them.
 */
final class Blind31Secrets {
  enum Word { KEY, TOKEN, PASSWORD, SECRET, NUMBER, URL }

  record Kind(String name, String env, String provider, Word word, boolean selfIdentifying,
      boolean multiline, Function<Random, String> gen) {}

  static final List<Kind> KINDS = new ArrayList<>();

  private static void k(String name, String env, String provider, Word w, boolean self,
      Function<Random, String> gen) {
    KINDS.add(new Kind(name, env, provider, w, self, false, gen));
  }

  private static void ml(String name, String env, String provider, Word w,
      Function<Random, String> gen) {
    KINDS.add(new Kind(name, env, provider, w, true, true, gen));
  }

  static Kind kind(String name) {
    for (Kind k : KINDS) {
      if (k.name().equals(name)) {
        return k;
      }
    }
    throw new IllegalArgumentException(name);
  }

  private static final String[] USERS = {"deploy", "app_rw", "svc_backup", "admin", "ci-bot", "reporting"};
  private static final String[] HOSTS = {"db-prod-01.internal", "10.20.4.17", "pg.eu-central.example.net",
      "mysql.shop.lan", "cache-7.corp.example.org"};

  static String humanPassword(Random r) {
    String[] parts = {"Tr0ub4dor", "Sommer", "Lumiere", "Primav3ra", "Zomer", "Wiosna", "Kirsch", "Falke"};
    return pick(r, parts) + pick(r, "!", "#", "&", "%", "$", "?") + rnd(r, ALNUM, 6)
        + pick(r, "-", "_", "@", "*") + digits(r, 2);
  }

  static String randomPassword(Random r) {
    return rnd(r, ALNUM + "!#%&*+-=?@^_", 20);
  }

  static String pemBody(Random r, String lead, int lines) {
    StringBuilder sb = new StringBuilder(lead);
    String all = lead + rnd(r, B64, 64 * lines - lead.length());
    sb.setLength(0);
    for (int i = 0; i < all.length(); i += 64) {
      sb.append(all, i, Math.min(all.length(), i + 64)).append('\n');
    }
    sb.append(rnd(r, B64, 40)).append("==\n");
    return sb.toString();
  }

  static {
    k("aws-access-key-id", "AWS_ACCESS_KEY_ID", "AWS", Word.KEY, true,
        r -> "AKIA" + rnd(r, B32, 16));
    k("aws-secret-access-key", "AWS_SECRET_ACCESS_KEY", "AWS", Word.SECRET, false,
        r -> rnd(r, ALNUM + "+/", 40));
    k("openai-project-key", "OPENAI_API_KEY", "OpenAI", Word.KEY, true,
        r -> "sk-proj-" + rnd(r, B64URL, 58) + "T3BlbkFJ" + rnd(r, B64URL, 58));
    k("anthropic-key", "ANTHROPIC_API_KEY", "Anthropic", Word.KEY, true,
        r -> "sk-ant-api03-" + rnd(r, B64URL, 93) + "AA");
    k("stripe-secret-key", "STRIPE_SECRET_KEY", "Stripe", Word.KEY, true,
        r -> "sk_live_" + rnd(r, ALNUM, 99));
    k("stripe-restricted-key", "STRIPE_RESTRICTED_KEY", "Stripe", Word.KEY, true,
        r -> "rk_live_" + rnd(r, ALNUM, 99));
    k("stripe-webhook-secret", "STRIPE_WEBHOOK_SECRET", "Stripe", Word.SECRET, true,
        r -> "whsec_" + rnd(r, ALNUM, 32));
    k("github-pat", "GITHUB_TOKEN", "GitHub", Word.TOKEN, true, r -> crcToken(r, "ghp_", 30));
    k("github-oauth", "GH_OAUTH_TOKEN", "GitHub", Word.TOKEN, true, r -> crcToken(r, "gho_", 30));
    k("github-fine-grained", "GH_TOKEN", "GitHub", Word.TOKEN, true,
        r -> "github_pat_11" + rnd(r, UPPER + DIGITS, 20) + "_" + rnd(r, ALNUM, 59));
    k("gitlab-pat", "GITLAB_TOKEN", "GitLab", Word.TOKEN, true, r -> "glpat-" + rnd(r, B64URL, 20));
    k("gitlab-deploy-token", "CI_DEPLOY_PASSWORD", "GitLab", Word.TOKEN, true,
        r -> "gldt-" + rnd(r, B64URL, 20));
    k("gitlab-runner-token", "RUNNER_TOKEN", "GitLab", Word.TOKEN, true,
        r -> "glrt-" + rnd(r, B64URL, 20));
    k("npm-token", "NPM_TOKEN", "npm", Word.TOKEN, true, r -> crcToken(r, "npm_", 30));
    k("pypi-token", "PYPI_API_TOKEN", "PyPI", Word.TOKEN, true,
        r -> "pypi-AgEIcHlwaS5vcmcCJ" + rnd(r, B64URL, 150));
    k("huggingface-token", "HF_TOKEN", "Hugging Face", Word.TOKEN, true,
        r -> "hf_" + rnd(r, UPPER + LOWER, 34));
    k("groq-key", "GROQ_API_KEY", "Groq", Word.KEY, true, r -> "gsk_" + rnd(r, ALNUM, 52));
    k("openrouter-key", "OPENROUTER_API_KEY", "OpenRouter", Word.KEY, true,
        r -> "sk-or-v1-" + rnd(r, HEX, 64));
    k("google-oauth-client-secret", "GOOGLE_CLIENT_SECRET", "Google OAuth", Word.SECRET, true,
        r -> "GOCSPX-" + rnd(r, B64URL, 28));
    k("google-api-key", "GOOGLE_API_KEY", "Google", Word.KEY, true, r -> "AIza" + rnd(r, B64URL, 35));
    ml("google-service-account", "GOOGLE_APPLICATION_CREDENTIALS", "Google Cloud", Word.KEY,
        r -> "{\n  \"type\": \"service_account\",\n  \"project_id\": \"shop-prod-" + digits(r, 6)
            + "\",\n  \"private_key_id\": \"" + rnd(r, HEX, 40)
            + "\",\n  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n"
            + pemBody(r, "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 6).replace("\n", "\\n")
            + "-----END PRIVATE KEY-----\\n\",\n  \"client_email\": \"uploader@shop-prod.iam.gserviceaccount.com\",\n"
            + "  \"client_id\": \"" + digits(r, 21) + "\"\n}");
    k("azure-storage-connection-string", "AZURE_STORAGE_CONNECTION_STRING", "Azure Storage", Word.KEY,
        true, r -> "DefaultEndpointsProtocol=https;AccountName=st" + rnd(r, LOWER + DIGITS, 10)
            + ";AccountKey=" + rnd(r, B64, 86) + "==;EndpointSuffix=core.windows.net");
    k("azure-sas-token", "AZURE_SAS_URL", "Azure", Word.TOKEN, true,
        r -> "https://st" + rnd(r, LOWER, 8) + ".blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=sco&sp=rwdlac"
            + "&se=2027-03-01T00:00:00Z&st=2026-11-30T00:00:00Z&spr=https&sig="
            + percentUrl(rnd(r, B64, 43) + "="));
    k("twilio-auth-token", "TWILIO_AUTH_TOKEN", "Twilio", Word.TOKEN, false, r -> rnd(r, HEX, 32));
    k("twilio-api-secret", "TWILIO_API_SECRET", "Twilio", Word.SECRET, false, r -> rnd(r, ALNUM, 32));
    k("mailgun-key", "MAILGUN_API_KEY", "Mailgun", Word.KEY, true, r -> "key-" + rnd(r, HEX, 32));
    k("mailchimp-key", "MAILCHIMP_API_KEY", "Mailchimp", Word.KEY, true,
        r -> rnd(r, HEX, 32) + "-us" + (1 + r.nextInt(21)));
    k("shopify-access-token", "SHOPIFY_ACCESS_TOKEN", "Shopify", Word.TOKEN, true,
        r -> "shpat_" + rnd(r, HEX, 32));
    k("shopify-shared-secret", "SHOPIFY_API_SECRET", "Shopify", Word.SECRET, true,
        r -> "shpss_" + rnd(r, HEX, 32));
    k("digitalocean-token", "DIGITALOCEAN_TOKEN", "DigitalOcean", Word.TOKEN, true,
        r -> "dop_v1_" + rnd(r, HEX, 64));
    k("heroku-key", "HEROKU_API_KEY", "Heroku", Word.KEY, true, r -> "HRKU-AA" + rnd(r, B64URL, 58));
    k("datadog-api-key", "DD_API_KEY", "Datadog", Word.KEY, false, r -> rnd(r, HEX, 32));
    k("datadog-app-key", "DD_APP_KEY", "Datadog", Word.KEY, false, r -> rnd(r, HEX, 40));
    k("newrelic-user-key", "NEW_RELIC_API_KEY", "New Relic", Word.KEY, true,
        r -> "NRAK-" + rnd(r, UPPER + DIGITS, 27));
    k("newrelic-license-key", "NEW_RELIC_LICENSE_KEY", "New Relic", Word.KEY, true,
        r -> rnd(r, HEX, 36) + "NRAL");
    k("sentry-dsn", "SENTRY_DSN", "Sentry", Word.URL, true,
        r -> "https://" + rnd(r, HEX, 32) + "@o" + digits(r, 6) + ".ingest.sentry.io/" + digits(r, 7));
    k("sentry-auth-token", "SENTRY_AUTH_TOKEN", "Sentry", Word.TOKEN, true,
        r -> "sntryu_" + rnd(r, HEX, 64));
    k("discord-bot-token", "DISCORD_BOT_TOKEN", "Discord", Word.TOKEN, true,
        r -> java.util.Base64.getEncoder().withoutPadding().encodeToString(
                digits(r, 19).getBytes(StandardCharsets.US_ASCII))
            + "." + rnd(r, B64URL, 6) + "." + rnd(r, B64URL, 38));
    k("discord-webhook", "DISCORD_WEBHOOK_URL", "Discord", Word.URL, true,
        r -> "https://discord.com/api/webhooks/" + digits(r, 19) + "/" + rnd(r, B64URL, 68));
    k("slack-bot-token", "SLACK_BOT_TOKEN", "Slack", Word.TOKEN, true,
        r -> "xoxb-" + digits(r, 12) + "-" + digits(r, 13) + "-" + rnd(r, ALNUM, 24));
    k("slack-user-token", "SLACK_USER_TOKEN", "Slack", Word.TOKEN, true,
        r -> "xoxp-" + digits(r, 12) + "-" + digits(r, 12) + "-" + digits(r, 13) + "-" + rnd(r, HEX, 32));
    k("slack-webhook", "SLACK_WEBHOOK_URL", "Slack", Word.URL, true,
        r -> "https://hooks.slack.com/services/T" + rnd(r, UPPER + DIGITS, 10) + "/B"
            + rnd(r, UPPER + DIGITS, 10) + "/" + rnd(r, ALNUM, 24));
    k("linear-key", "LINEAR_API_KEY", "Linear", Word.KEY, true, r -> "lin_api_" + rnd(r, ALNUM, 40));
    k("notion-token", "NOTION_TOKEN", "Notion", Word.TOKEN, true,
        r -> "ntn_" + digits(r, 11) + rnd(r, ALNUM, 35));
    k("atlassian-token", "JIRA_API_TOKEN", "Atlassian", Word.TOKEN, true,
        r -> "ATATT3xFfGF0" + rnd(r, B64URL, 170) + "=" + rnd(r, HEX, 8).toUpperCase());
    k("doppler-token", "DOPPLER_TOKEN", "Doppler", Word.TOKEN, true,
        r -> "dp.st.prd." + rnd(r, ALNUM, 43));
    k("vault-token", "VAULT_TOKEN", "HashiCorp Vault", Word.TOKEN, true,
        r -> "hvs.CAESI" + rnd(r, B64URL, 86));
    k("terraform-cloud-token", "TFE_TOKEN", "Terraform Cloud", Word.TOKEN, true,
        r -> rnd(r, ALNUM, 14) + ".atlasv1." + rnd(r, ALNUM, 67));
    k("databricks-token", "DATABRICKS_TOKEN", "Databricks", Word.TOKEN, true,
        r -> "dapi" + rnd(r, HEX, 32));
    k("cloudflare-api-token", "CLOUDFLARE_API_TOKEN", "Cloudflare", Word.TOKEN, false,
        r -> rnd(r, B64URL, 40));
    k("cloudflare-origin-ca-key", "CF_ORIGIN_CA_KEY", "Cloudflare", Word.KEY, true,
        r -> "v1.0-" + rnd(r, HEX, 24) + "-" + rnd(r, HEX, 146));
    k("flyio-token", "FLY_API_TOKEN", "Fly.io", Word.TOKEN, true,
        r -> "FlyV1 fm2_lJPECAAAAAAAA" + rnd(r, B64, 120));
    k("vercel-token", "VERCEL_TOKEN", "Vercel", Word.TOKEN, false, r -> rnd(r, ALNUM, 24));
    k("netlify-token", "NETLIFY_AUTH_TOKEN", "Netlify", Word.TOKEN, true, r -> "nfp_" + rnd(r, ALNUM, 36));
    k("supabase-service-key", "SUPABASE_SERVICE_ROLE_KEY", "Supabase", Word.KEY, true,
        r -> hmacJwt("{\"alg\":\"HS256\",\"typ\":\"JWT\"}",
            "{\"iss\":\"supabase\",\"ref\":\"" + rnd(r, LOWER, 20) + "\",\"role\":\"service_role\",\"iat\":"
                + (1700000000 + r.nextInt(9000000)) + ",\"exp\":2031000000}",
            rnd(r, ALNUM, 40).getBytes(StandardCharsets.US_ASCII)));
    k("supabase-access-token", "SUPABASE_ACCESS_TOKEN", "Supabase", Word.TOKEN, true,
        r -> "sbp_" + rnd(r, HEX, 40));
    k("firebase-fcm-server-key", "FCM_SERVER_KEY", "Firebase", Word.KEY, true,
        r -> "AAAA" + rnd(r, B64URL, 7) + ":APA91b" + rnd(r, B64URL, 134));
    k("planetscale-token", "PLANETSCALE_SERVICE_TOKEN", "PlanetScale", Word.TOKEN, true,
        r -> "pscale_tkn_" + rnd(r, B64URL, 43));
    k("planetscale-password", "DATABASE_PASSWORD", "PlanetScale", Word.PASSWORD, true,
        r -> "pscale_pw_" + rnd(r, B64URL, 43));
    k("postman-key", "POSTMAN_API_KEY", "Postman", Word.KEY, true,
        r -> "PMAK-" + rnd(r, HEX, 24) + "-" + rnd(r, HEX, 34));
    k("sendgrid-key", "SENDGRID_API_KEY", "SendGrid", Word.KEY, true,
        r -> "SG." + rnd(r, B64URL, 22) + "." + rnd(r, B64URL, 43));
    k("telegram-bot-token", "TELEGRAM_BOT_TOKEN", "Telegram", Word.TOKEN, true,
        r -> digits(r, 10) + ":AA" + rnd(r, B64URL, 33));
    k("slack-app-token", "SLACK_APP_TOKEN", "Slack", Word.TOKEN, true,
        r -> "xapp-1-A" + rnd(r, UPPER + DIGITS, 10) + "-" + digits(r, 13) + "-" + rnd(r, HEX, 64));
    ml("age-secret-key", "AGE_KEY", "age", Word.KEY,
        r -> "# created: 2026-11-28T10:14:03+01:00\n# public key: age1" + rnd(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)
            + "\nAGE-SECRET-KEY-1" + rnd(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58));
    ml("pgp-private-key", "GPG_PRIVATE_KEY", "PGP", Word.KEY,
        r -> "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + pemBody(r, "lQVYBGV", 8)
            + "=" + rnd(r, B64, 4) + "\n-----END PGP PRIVATE KEY BLOCK-----");
    ml("putty-private-key", "PPK", "PuTTY", Word.KEY,
        r -> "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@build\nPublic-Lines: 2\n"
            + "AAAAC3NzaC1lZDI1NTE5AAAAI" + rnd(r, B64, 43) + "\n" + rnd(r, B64, 16)
            + "\nPrivate-Lines: 1\nAAAAI" + rnd(r, B64, 43) + "\nPrivate-MAC: " + rnd(r, HEX, 64));
    ml("openssh-private-key", "SSH_PRIVATE_KEY", "OpenSSH", Word.KEY,
        r -> "-----BEGIN OPENSSH PRIVATE KEY-----\n"
            + pemBody(r, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 4)
            + "-----END OPENSSH PRIVATE KEY-----");
    ml("rsa-private-key", "TLS_KEY", "RSA", Word.KEY,
        r -> "-----BEGIN RSA PRIVATE KEY-----\n" + pemBody(r, "MIIEowIBAAKCAQEA", 10)
            + "-----END RSA PRIVATE KEY-----");
    ml("ec-private-key", "EC_KEY", "EC", Word.KEY,
        r -> "-----BEGIN EC PRIVATE KEY-----\n" + pemBody(r, "MHcCAQEEI", 2)
            + "-----END EC PRIVATE KEY-----");
    k("jwt-hs256", "SESSION_JWT", "JWT", Word.TOKEN, true,
        r -> hmacJwt("{\"alg\":\"HS256\",\"typ\":\"JWT\"}",
            "{\"sub\":\"" + digits(r, 8) + "\",\"name\":\"" + pick(r, "Ana", "Jörg", "Zoë", "Piotr", "Ayşe")
                + "\",\"scope\":\"admin\",\"iat\":" + (1760000000 + r.nextInt(9000000)) + "}",
            rnd(r, ALNUM, 32).getBytes(StandardCharsets.US_ASCII)));
    k("basic-auth-url", "REGISTRY_URL", "HTTP", Word.URL, true,
        r -> "https://" + pick(r, USERS) + ":" + rnd(r, ALNUM, 18) + "@" + pick(r, "registry.corp.example.com",
            "nexus.internal.example.org", "git.example.net", "artifacts.example.io") + "/" + pick(r, "repo", "simple/", "v2/"));
    k("postgres-url", "DATABASE_URL", "PostgreSQL", Word.URL, true,
        r -> "postgres://" + pick(r, USERS) + ":" + rnd(r, ALNUM, 20) + "@" + pick(r, HOSTS) + ":5432/" + pick(r, "shop", "app", "crm"));
    k("mongodb-url", "MONGODB_URI", "MongoDB", Word.URL, true,
        r -> "mongodb+srv://" + pick(r, USERS) + ":" + rnd(r, ALNUM, 16) + "@cluster0." + rnd(r, LOWER + DIGITS, 5) + ".mongodb.net/" + pick(r, "orders", "users") + "?retryWrites=true&w=majority");
    k("mysql-url", "MYSQL_URL", "MySQL", Word.URL, true,
        r -> "mysql://" + pick(r, USERS) + ":" + humanPassword(r).replace("@", "9").replace("?", "8").replace("#", "7").replace("%", "6").replace("&", "5").replace("$", "4") + "@" + pick(r, HOSTS) + ":3306/" + pick(r, "wp", "erp"));
    k("redis-url", "REDIS_URL", "Redis", Word.URL, true,
        r -> "redis://default:" + rnd(r, ALNUM, 32) + "@" + pick(r, HOSTS) + ":6379/0");
    k("k8s-secret-manifest", "K8S", "Kubernetes", Word.SECRET, true, r -> b64(randomPassword(r)));
    k("env-high-entropy", pick(new Random(1), "APP_SECRET"), "app", Word.SECRET, false, r -> rnd(r, B64URL, 44));
    k("generic-password", "DB_PASSWORD", "", Word.PASSWORD, false, Blind31Secrets::randomPassword);
    k("human-password", "PASSWORD", "", Word.PASSWORD, false, Blind31Secrets::humanPassword);
    k("generic-api-key", "API_KEY", "", Word.KEY, false, r -> rnd(r, ALNUM, 32));
    k("bitcoin-wif", "BTC_WIF", "Bitcoin", Word.KEY, true, r -> {
      byte[] p = new byte[34];
      p[0] = (byte) 0x80;
      for (int i = 1; i < 33; i++) {
        p[i] = (byte) r.nextInt(256);
      }
      p[33] = 1;
      return base58check(p);
    });
    k("iban", "IBAN", "IBAN", Word.NUMBER, true, r -> switch (r.nextInt(6)) {
      case 0 -> iban("DE", digits(r, 18));
      case 1 -> iban("FR", digits(r, 10) + rnd(r, UPPER + DIGITS, 11) + digits(r, 2));
      case 2 -> iban("GB", rnd(r, UPPER, 4) + digits(r, 14));
      case 3 -> iban("NL", rnd(r, UPPER, 4) + digits(r, 10));
      case 4 -> iban("ES", digits(r, 20));
      default -> iban("IT", rnd(r, UPPER, 1) + digits(r, 10) + rnd(r, UPPER + DIGITS, 12));
    });
    k("card-visa", "CARD", "Visa", Word.NUMBER, true, r -> luhnComplete("4" + digits(r, 14)));
    k("card-mastercard", "CARD", "Mastercard", Word.NUMBER, true,
        r -> luhnComplete("5" + (1 + r.nextInt(5)) + digits(r, 13)));
    k("card-amex", "CARD", "American Express", Word.NUMBER, true,
        r -> luhnComplete(pick(r, "34", "37") + digits(r, 12)));
    k("card-discover", "CARD", "Discover", Word.NUMBER, true, r -> luhnComplete("6011" + digits(r, 11)));
    k("card-jcb", "CARD", "JCB", Word.NUMBER, true, r -> luhnComplete("35" + (28 + r.nextInt(62)) + digits(r, 11)));
    k("card-diners", "CARD", "Diners Club", Word.NUMBER, true, r -> luhnComplete("36" + digits(r, 11)));
    k("card-unionpay", "CARD", "UnionPay", Word.NUMBER, true, r -> luhnComplete("62" + digits(r, 13)));
    k("national-id-es-dni", "DNI", "DNI", Word.NUMBER, true, r -> {
      String n = String.format("%08d", r.nextInt(99999999));
      return n + "TRWAGMYFPDXBNJZSQVHLCKE".charAt(Integer.parseInt(n) % 23);
    });
    k("national-id-nl-bsn", "BSN", "BSN", Word.NUMBER, true, Blind31Secrets::bsn);
    k("national-id-pl-pesel", "PESEL", "PESEL", Word.NUMBER, true, Blind31Secrets::pesel);
    k("national-id-br-cpf", "CPF", "CPF", Word.NUMBER, true, Blind31Secrets::cpf);
    k("national-id-tr-tckn", "TCKN", "T.C. Kimlik", Word.NUMBER, true, Blind31Secrets::tckn);
    k("national-id-cn-resident", "CN_ID", "居民身份证", Word.NUMBER, true, Blind31Secrets::cnId);
  }

  static String bsn(Random r) {
    while (true) {
      String s = digits(r, 8);
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        sum += (9 - i) * (s.charAt(i) - '0');
      }
      int last = sum % 11;
      if (last < 10) {
        return s + last;
      }
    }
  }

  static boolean bsnValid(String s) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (s.charAt(i) - '0');
    }
    return (sum - (s.charAt(8) - '0')) % 11 == 0;
  }

  static String pesel(Random r) {
    String s = String.format("%02d%02d%02d", 60 + r.nextInt(39), 1 + r.nextInt(12), 1 + r.nextInt(28))
        + String.format("%04d", r.nextInt(10000));
    int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += w[i] * (s.charAt(i) - '0');
    }
    return s + (10 - sum % 10) % 10;
  }

  static boolean peselValid(String s) {
    int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += w[i] * (s.charAt(i) - '0');
    }
    return (10 - sum % 10) % 10 == s.charAt(10) - '0';
  }

  static String cpf(Random r) {
    String s = digits(r, 9);
    s += cpfDigit(s);
    s += cpfDigit(s);
    return s.substring(0, 3) + "." + s.substring(3, 6) + "." + s.substring(6, 9) + "-" + s.substring(9);
  }

  static int cpfDigit(String s) {
    int sum = 0;
    for (int i = 0; i < s.length(); i++) {
      sum += (s.length() + 1 - i) * (s.charAt(i) - '0');
    }
    int d = 11 - sum % 11;
    return d >= 10 ? 0 : d;
  }

  static boolean cpfValid(String f) {
    String s = f.replaceAll("[^0-9]", "");
    return cpfDigit(s.substring(0, 9)) == s.charAt(9) - '0' && cpfDigit(s.substring(0, 10)) == s.charAt(10) - '0';
  }

  static String tckn(Random r) {
    String s = digits(r, 9);
    int odd = 0;
    int even = 0;
    for (int i = 0; i < 9; i++) {
      if (i % 2 == 0) {
        odd += s.charAt(i) - '0';
      } else {
        even += s.charAt(i) - '0';
      }
    }
    int d10 = ((odd * 7 - even) % 10 + 10) % 10;
    s += d10;
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += s.charAt(i) - '0';
    }
    return s + (sum % 10);
  }

  static boolean tcknValid(String s) {
    return tckn(new Random(0)).length() == 11 && s.length() == 11
        && tcknTail(s.substring(0, 9)).equals(s.substring(9));
  }

  private static String tcknTail(String s) {
    int odd = 0;
    int even = 0;
    for (int i = 0; i < 9; i++) {
      if (i % 2 == 0) {
        odd += s.charAt(i) - '0';
      } else {
        even += s.charAt(i) - '0';
      }
    }
    int d10 = ((odd * 7 - even) % 10 + 10) % 10;
    int sum = d10;
    for (int i = 0; i < 9; i++) {
      sum += s.charAt(i) - '0';
    }
    return "" + d10 + (sum % 10);
  }

  static String cnId(Random r) {
    String s = pick(r, "110101", "310104", "440305", "510107") + (1960 + r.nextInt(45))
        + String.format("%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)) + String.format("%03d", r.nextInt(1000));
    return s + cnCheck(s);
  }

  static char cnCheck(String s17) {
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += w[i] * (s17.charAt(i) - '0');
    }
    return "10X98765432".charAt(sum % 11);
  }

  private Blind31Secrets() {}
}
