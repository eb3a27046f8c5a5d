package io.moltr.core.scan;

import static io.moltr.core.scan.Blind13Util.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/** One generator per credential kind, each in the provider's documented shape. */
final class Blind13Secrets {

  /**
   * A generated credential. {@code name} is the variable a developer would keep it in; a
   * self-identifying value (a prefix, a URL, a block) needs no name to be recognised, others do.
   */
  record Secret(String kind, String name, String value, boolean selfIdentifying) {
    boolean multiline() {
      return value.indexOf('\n') >= 0;
    }

    /** What an agent would encode: the value alone when it names itself, else NAME=value. */
    String encodable() {
      return selfIdentifying ? value : name + "=" + value;
    }
  }

  static final Map<String, Function<Random, Secret>> KINDS = new LinkedHashMap<>();

  private static void add(String kind, Function<Random, Secret> g) {
    KINDS.put(kind, g);
  }

  private static Secret self(String kind, String name, String value) {
    return new Secret(kind, name, value, true);
  }

  private static Secret named(String kind, String name, String value) {
    return new Secret(kind, name, value, false);
  }

  static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

  static {
    add("aws-access-key-id", r -> self("aws-access-key-id", one(r, "AWS_ACCESS_KEY_ID", "aws_access_key_id"),
        one(r, "AKIA", "ASIA") + pick(r, UPPER + "234567", 16)));
    add("aws-secret-key", r -> named("aws-secret-key", one(r, "AWS_SECRET_ACCESS_KEY", "aws_secret_access_key"),
        mixed(r, 30) + pick(r, B64, 10)));
    add("github-classic", r -> self("github-classic", one(r, "GITHUB_TOKEN", "GH_TOKEN", "github_token"),
        checksummed(r, one(r, "ghp_", "gho_", "ghs_", "ghu_"), 30)));
    add("github-fine-grained", r -> self("github-fine-grained", "GITHUB_PAT",
        "github_pat_11" + pick(r, UPPER + DIGITS, 20) + "_" + mixed(r, 59)));
    add("gitlab-pat", r -> self("gitlab-pat", one(r, "GITLAB_TOKEN", "CI_JOB_TOKEN_OVERRIDE", "gitlab_token"),
        one(r, "glpat-") + pick(r, URLSAFE, 20)));
    add("npm-token", r -> self("npm-token", "NPM_TOKEN", checksummed(r, "npm_", 30)));
    add("pypi-token", r -> self("pypi-token", "PYPI_API_TOKEN",
        "pypi-AgEIcHlwaS5vcmc" + b64url(bytes(r, 110))));
    add("huggingface", r -> self("huggingface", one(r, "HF_TOKEN", "HUGGINGFACE_HUB_TOKEN"),
        "hf_" + pick(r, UPPER + LOWER, 34)));
    add("groq", r -> self("groq", "GROQ_API_KEY", "gsk_" + mixed(r, 52)));
    add("openrouter", r -> self("openrouter", "OPENROUTER_API_KEY", "sk-or-v1-" + hex(r, 64)));
    add("openai-project", r -> self("openai-project", "OPENAI_API_KEY",
        "sk-proj-" + pick(r, URLSAFE, 74) + "T3BlbkFJ" + pick(r, URLSAFE, 74)));
    add("openai-legacy", r -> self("openai-legacy", "OPENAI_API_KEY",
        "sk-" + mixed(r, 20) + "T3BlbkFJ" + mixed(r, 20)));
    add("anthropic", r -> self("anthropic", "ANTHROPIC_API_KEY",
        "sk-ant-api03-" + pick(r, URLSAFE, 93) + "AA"));
    add("google-api-key", r -> self("google-api-key", one(r, "GOOGLE_API_KEY", "GEMINI_API_KEY", "MAPS_KEY"),
        "AIza" + "Sy" + pick(r, URLSAFE, 33)));
    add("google-oauth-secret", r -> self("google-oauth-secret", "GOOGLE_CLIENT_SECRET",
        "GOCSPX-" + pick(r, URLSAFE, 28)));
    add("gcp-service-account", Blind13Secrets::serviceAccount);
    add("azure-storage-conn", r -> {
      String acct = one(r, "prodassets", "stlogs01", "mediastore", "backupsweu") + digits(r, 2);
      return self("azure-storage-conn", "AZURE_STORAGE_CONNECTION_STRING",
          "DefaultEndpointsProtocol=https;AccountName=" + acct + ";AccountKey="
              + base64(bytes(r, 64)) + ";EndpointSuffix=core.windows.net");
    });
    add("azure-sas", r -> {
      String sig = base64(bytes(r, 32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D");
      return self("azure-sas", "AZURE_BLOB_SAS_URL",
          "https://" + one(r, "contosodata", "exportsprod", "mlartifacts") + ".blob.core.windows.net/"
              + one(r, "exports", "models", "raw") + "?sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2026-"
              + "12-31T23:59:59Z&st=2026-01-01T00:00:00Z&spr=https&sig=" + sig);
    });
    add("twilio-auth-token", r -> named("twilio-auth-token", "TWILIO_AUTH_TOKEN", hex(r, 32)));
    add("twilio-api-key-secret", r -> named("twilio-api-key-secret", "TWILIO_API_SECRET", mixed(r, 32)));
    add("mailgun", r -> self("mailgun", "MAILGUN_API_KEY", "key-" + hex(r, 32)));
    add("mailchimp", r -> self("mailchimp", "MAILCHIMP_API_KEY", hex(r, 32) + "-us" + (1 + r.nextInt(21))));
    add("shopify", r -> self("shopify", "SHOPIFY_ACCESS_TOKEN", one(r, "shpat_", "shpss_", "shpca_") + hex(r, 32)));
    add("digitalocean", r -> self("digitalocean", "DIGITALOCEAN_TOKEN", one(r, "dop_v1_", "doo_v1_") + hex(r, 64)));
    add("heroku", r -> named("heroku", "HEROKU_API_KEY", UUID.nameUUIDFromBytes(bytes(r, 16)).toString()));
    add("datadog-api", r -> named("datadog-api", one(r, "DD_API_KEY", "DATADOG_API_KEY"), hex(r, 32)));
    add("datadog-app", r -> named("datadog-app", one(r, "DD_APP_KEY", "DATADOG_APP_KEY"), hex(r, 40)));
    add("newrelic", r -> self("newrelic", "NEW_RELIC_API_KEY", "NRAK-" + pick(r, UPPER + DIGITS, 27)));
    add("sentry-dsn", r -> self("sentry-dsn", "SENTRY_DSN", "https://" + hex(r, 32) + "@o" + digits(r, 6)
        + ".ingest." + one(r, "", "us.", "de.") + "sentry.io/" + (4500000000000000L + r.nextInt(99999999))));
    add("sentry-auth-token", r -> self("sentry-auth-token", "SENTRY_AUTH_TOKEN", "sntryu_" + hex(r, 64)));
    add("discord-bot", r -> {
      String id = "1" + digits(r, 18);
      return self("discord-bot", "DISCORD_BOT_TOKEN",
          b64url(id.getBytes(StandardCharsets.US_ASCII)) + "." + pick(r, URLSAFE, 6) + "." + pick(r, URLSAFE, 38));
    });
    add("discord-webhook", r -> self("discord-webhook", "DISCORD_WEBHOOK_URL",
        "https://discord.com/api/webhooks/1" + digits(r, 18) + "/" + pick(r, URLSAFE, 68)));
    add("slack-bot", r -> r.nextBoolean()
        ? self("slack-bot", "SLACK_BOT_TOKEN", "xoxb-" + digits(r, 12) + "-" + digits(r, 13) + "-" + mixed(r, 24))
        : self("slack-bot", "SLACK_USER_TOKEN", "xoxp-" + digits(r, 12) + "-" + digits(r, 12) + "-" + digits(r, 13) + "-" + hex(r, 32)));
    add("slack-webhook", r -> self("slack-webhook", "SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T"
        + pick(r, UPPER + DIGITS, 10) + "/B" + pick(r, UPPER + DIGITS, 10) + "/" + mixed(r, 24)));
    add("linear", r -> self("linear", "LINEAR_API_KEY", "lin_api_" + mixed(r, 40)));
    add("notion", r -> self("notion", "NOTION_TOKEN", one(r, "ntn_" + digits(r, 11) + mixed(r, 35), "secret_" + mixed(r, 43))));
    add("atlassian", r -> self("atlassian", one(r, "JIRA_API_TOKEN", "CONFLUENCE_TOKEN"),
        "ATATT3xFfGF0" + pick(r, URLSAFE, 171) + "=" + pick(r, "0123456789ABCDEF", 8)));
    add("doppler", r -> self("doppler", "DOPPLER_TOKEN", one(r, "dp.pt.", "dp.st.", "dp.sa.") + mixed(r, 43)));
    add("vault", r -> self("vault", "VAULT_TOKEN", "hvs.CAESI" + pick(r, URLSAFE, 40) + "Gh4KHGh2cy5" + mixed(r, 24)));
    add("terraform-cloud", r -> self("terraform-cloud", "TFE_TOKEN", mixed(r, 14) + ".atlasv1." + mixed(r, 67)));
    add("databricks", r -> self("databricks", "DATABRICKS_TOKEN", "dapi" + hex(r, 32) + one(r, "", "-2", "-3")));
    add("cloudflare", r -> named("cloudflare", one(r, "CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"), pick(r, URLSAFE, 40)));
    add("flyio", r -> self("flyio", "FLY_API_TOKEN", "FlyV1 fm2_lJPECAAAAAAAA" + base64(bytes(r, 150)).replace("=", "")));
    add("vercel", r -> named("vercel", "VERCEL_TOKEN", mixed(r, 24)));
    add("netlify", r -> self("netlify", "NETLIFY_AUTH_TOKEN", "nfp_" + mixed(r, 36)));
    add("supabase", r -> self("supabase", "SUPABASE_ACCESS_TOKEN", "sbp_" + hex(r, 40)));
    add("firebase-fcm", r -> self("firebase-fcm", "FCM_SERVER_KEY",
        "AAAA" + pick(r, URLSAFE, 7) + ":APA91b" + pick(r, URLSAFE, 134)));
    add("planetscale", r -> self("planetscale", "PLANETSCALE_TOKEN", one(r, "pscale_tkn_", "pscale_pw_") + pick(r, URLSAFE, 43)));
    add("postman", r -> self("postman", "POSTMAN_API_KEY", "PMAK-" + hex(r, 24) + "-" + hex(r, 34)));
    add("stripe", r -> self("stripe", "STRIPE_SECRET_KEY", one(r, "sk_live_", "rk_live_") + mixed(r, 99)));
    add("sendgrid", r -> self("sendgrid", "SENDGRID_API_KEY", "SG." + pick(r, URLSAFE, 22) + "." + pick(r, URLSAFE, 43)));
    add("telegram-bot", r -> self("telegram-bot", "TELEGRAM_BOT_TOKEN", (1 + r.nextInt(8)) + digits(r, 9) + ":AA" + pick(r, URLSAFE, 33)));
    add("age-key", r -> self("age-key", "SOPS_AGE_KEY", "AGE-SECRET-KEY-1" + pick(r, BECH32, 58).toUpperCase()));
    add("openssh-key", Blind13Secrets::openssh);
    add("rsa-pem", r -> self("rsa-pem", "PRIVATE_KEY", pem("RSA PRIVATE KEY",
        concat(new byte[] {0x30, (byte) 0x82, 0x04, (byte) 0xa4, 0x02, 0x01, 0x00, 0x02, (byte) 0x82, 0x01, 0x01, 0x00}, bytes(r, 1180)))));
    add("pgp-private", Blind13Secrets::pgp);
    add("putty-key", Blind13Secrets::putty);
    add("jwt-signed", r -> self("jwt-signed", "ACCESS_TOKEN", jwt(r)));
    add("basic-auth-url", r -> self("basic-auth-url", "REPO_URL", "https://" + one(r, "deploy", "ci-bot", "admin", "jenkins")
        + ":" + password(r) .replace("@", "9").replace("/", "x").replace(":", "x").replace("#", "x").replace("?", "x") + "@"
        + one(r, "git.internal.example.com/platform/infra.git", "registry.acme-corp.io/v2/", "nexus.corp.local/repository/npm/")));
    add("db-url", Blind13Secrets::dbUrl);
    add("k8s-secret", Blind13Secrets::k8s);
    add("env-app-secret", r -> named("env-app-secret", one(r, "SECRET_KEY", "JWT_SECRET", "SESSION_SECRET", "APP_KEY", "ENCRYPTION_KEY"),
        one(r, pick(r, ALNUM + "!@#%^*(-_=+)", 50), "base64:" + base64(bytes(r, 32)), hex(r, 64))));
    add("generic-password", r -> named("generic-password", one(r, "DB_PASSWORD", "password", "admin_password", "SMTP_PASSWORD", "REDIS_PASSWORD"), password(r)));
    add("iban", Blind13Secrets::iban);
    add("payment-card", Blind13Secrets::card);
    add("national-id", Blind13Secrets::nationalId);
    add("bip39-seed", r -> self("bip39-seed", "SEED_PHRASE", mnemonic(r, one(r, 12, 24))));
    add("wif-key", r -> {
      byte[] p = new byte[r.nextBoolean() ? 34 : 33];
      p[0] = (byte) 0x80;
      System.arraycopy(bytes(r, 32), 0, p, 1, 32);
      if (p.length == 34) {
        p[33] = 1;
      }
      return self("wif-key", "BTC_WIF", base58check(p));
    });
    add("eth-private-key", r -> named("eth-private-key", one(r, "PRIVATE_KEY", "DEPLOYER_PRIVATE_KEY", "WALLET_KEY"), "0x" + hex(r, 64)));
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static String pem(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n" + wrap(base64(der), 64) + "-----END " + label + "-----";
  }

  static String password(Random r) {
    String[] words = {"Harbor", "falcon", "Maple", "quartz", "Violet", "ember", "Cobalt", "tundra", "Orchid", "summit"};
    return switch (r.nextInt(3)) {
      case 0 -> one(r, words) + one(r, "!", "#", "$", "%", "&", "*") + digits(r, 4) + one(r, words).toLowerCase() + one(r, "@", "?", "~");
      case 1 -> pick(r, ALNUM + "!#$%&*+-=?@^_", 20);
      default -> mixed(r, 12) + one(r, "!", "#", "%") + mixed(r, 6);
    };
  }

  private static Secret serviceAccount(Random r) {
    String project = one(r, "acme-analytics", "billing-prod-3812", "ml-pipeline-dev") ;
    String key = pem("PRIVATE KEY", concat(new byte[] {0x30, (byte) 0x82, 0x04, (byte) 0xbd, 0x02, 0x01, 0x00}, bytes(r, 1200)));
    String json = "{\n  \"type\": \"service_account\",\n  \"project_id\": \"" + project + "\",\n"
        + "  \"private_key_id\": \"" + hex(r, 40) + "\",\n"
        + "  \"private_key\": \"" + key.replace("\n", "\\n") + "\\n\",\n"
        + "  \"client_email\": \"deployer@" + project + ".iam.gserviceaccount.com\",\n"
        + "  \"client_id\": \"1" + digits(r, 20) + "\",\n"
        + "  \"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\",\n"
        + "  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}";
    return self("gcp-service-account", "GOOGLE_APPLICATION_CREDENTIALS_JSON", json);
  }

  private static Secret openssh(Random r) {
    byte[] head = "openssh-key-v1\0\0\0\0\4none\0\0\0\4none\0\0\0\0\0\0\0\1\0\0\0\63\0\0\0\13ssh-ed25519".getBytes(StandardCharsets.ISO_8859_1);
    byte[] body = concat(head, bytes(r, 300));
    return self("openssh-key", "SSH_PRIVATE_KEY", "-----BEGIN OPENSSH PRIVATE KEY-----\n" + wrap(base64(body), 70)
        + "-----END OPENSSH PRIVATE KEY-----");
  }

  private static Secret pgp(Random r) {
    String body = base64(concat(new byte[] {(byte) 0x95, 0x07, 0x46, 0x04}, bytes(r, 900)));
    return self("pgp-private", "GPG_PRIVATE_KEY", "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + wrap(body, 64) + "="
        + pick(r, B64, 4) + "\n-----END PGP PRIVATE KEY BLOCK-----");
  }

  private static Secret putty(Random r) {
    String pub = base64(concat("\0\0\0\13ssh-ed25519\0\0\0 ".getBytes(StandardCharsets.ISO_8859_1), bytes(r, 32)));
    String priv = base64(concat(new byte[] {0, 0, 0, 32}, bytes(r, 32)));
    return self("putty-key", "PPK", "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-2026"
        + digits(r, 4) + "\nPublic-Lines: 2\n" + wrap(pub, 64) + "Private-Lines: 1\n" + priv + "\nPrivate-MAC: " + hex(r, 64));
  }

  static String jwt(Random r) {
    String header = b64url("{\"alg\":\"" + one(r, "HS256", "RS256", "ES256") + "\",\"typ\":\"JWT\"}");
    String payload = b64url("{\"sub\":\"" + UUID.nameUUIDFromBytes(bytes(r, 8)) + "\",\"iss\":\"https://auth."
        + one(r, "acme.io", "payments.internal", "example-saas.com") + "\",\"scope\":\"" + one(r, "read write", "admin", "repo:all")
        + "\",\"iat\":17" + digits(r, 8) + ",\"exp\":17" + digits(r, 8) + "}");
    return header + "." + payload + "." + b64url(bytes(r, one(r, 32, 64)));
  }

  private static Secret dbUrl(Random r) {
    String pw = mixed(r, 10 + r.nextInt(10)) + one(r, "", "!", "%21", "_");
    String user = one(r, "app", "postgres", "svc_orders", "admin", "root");
    String url = switch (r.nextInt(5)) {
      case 0 -> "postgresql://" + user + ":" + pw + "@db-prod-" + r.nextInt(9) + ".cluster-c9xk.eu-west-1.rds.amazonaws.com:5432/orders";
      case 1 -> "mysql://" + user + ":" + pw + "@10.20.3." + r.nextInt(250) + ":3306/shop?sslmode=require";
      case 2 -> "mongodb+srv://" + user + ":" + pw + "@cluster0.ab" + pick(r, LOWER + DIGITS, 3) + ".mongodb.net/prod?retryWrites=true&w=majority";
      case 3 -> "redis://default:" + pw + "@redis-" + digits(r, 5) + ".c1.us-east-1-2.ec2.cloud.redislabs.com:" + digits(r, 5);
      default -> "amqp://" + user + ":" + pw + "@rabbitmq.internal:5672/%2F";
    };
    return self("db-url", "DATABASE_URL", url);
  }

  private static Secret k8s(Random r) {
    String pw = password(r);
    String tok = mixed(r, 40);
    String manifest = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + one(r, "db-credentials", "api-secrets", "app-env")
        + "\n  namespace: " + one(r, "prod", "payments", "default") + "\ntype: Opaque\ndata:\n  username: "
        + base64(one(r, "app", "admin", "svc-orders")) + "\n  password: " + base64(pw) + "\n  api-token: " + base64(tok);
    return self("k8s-secret", "manifest", manifest);
  }

  private static Secret iban(Random r) {
    String v = switch (r.nextInt(5)) {
      case 0 -> ibanFor("DE", digits(r, 18));
      case 1 -> ibanFor("GB", one(r, "NWBK", "BARC", "HBUK", "LOYD") + digits(r, 14));
      case 2 -> ibanFor("FR", digits(r, 10) + pick(r, UPPER + DIGITS, 11) + digits(r, 2));
      case 3 -> ibanFor("NL", one(r, "ABNA", "INGB", "RABO") + digits(r, 10));
      default -> ibanFor("ES", digits(r, 20));
    };
    String shown = r.nextBoolean() ? v : v.replaceAll("(.{4})", "$1 ").trim();
    return self("iban", "IBAN", shown);
  }

  private static Secret card(Random r) {
    String n = switch (r.nextInt(3)) {
      case 0 -> luhnComplete("4" + digits(r, 14));
      case 1 -> luhnComplete("5" + (1 + r.nextInt(5)) + digits(r, 13));
      default -> luhnComplete("3" + one(r, "4", "7") + digits(r, 12));
    };
    String shown = n;
    if (r.nextBoolean()) {
      shown = n.length() == 15 ? n.substring(0, 4) + " " + n.substring(4, 10) + " " + n.substring(10)
          : n.replaceAll("(.{4})", "$1 ").trim();
    }
    return named("payment-card", one(r, "card_number", "cc", "Card number", "pan"), shown);
  }

  private static Secret nationalId(Random r) {
    switch (r.nextInt(5)) {
      case 0 -> {
        int area = 1 + r.nextInt(665);
        return named("national-id", "SSN", String.format("%03d-%02d-%04d", area, 1 + r.nextInt(99), 1 + r.nextInt(9999)));
      }
      case 1 -> {
        int n = r.nextInt(100_000_000);
        return named("national-id", "DNI", String.format("%08d", n) + "TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23));
      }
      case 2 -> {
        while (true) {
          String d = (1 + r.nextInt(9)) + digits(r, 8);
          int s = 0;
          for (int i = 0; i < 8; i++) {
            s += (9 - i) * (d.charAt(i) - '0');
          }
          s -= d.charAt(8) - '0';
          if (s % 11 == 0) {
            return named("national-id", "BSN", d);
          }
        }
      }
      case 3 -> {
        String body = one(r, "1", "2") + String.format("%02d%02d", 50 + r.nextInt(50), 1 + r.nextInt(12))
            + String.format("%02d", 1 + r.nextInt(95)) + digits(r, 3) + digits(r, 3);
        long key = 97 - Long.parseLong(body) % 97;
        return named("national-id", "NIR", body + String.format("%02d", key));
      }
      default -> {
        String dob = String.format("%02d%02d%02d", 1 + r.nextInt(28), 1 + r.nextInt(12), r.nextInt(100));
        String ind = String.format("%03d", 2 + r.nextInt(897));
        char c = "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt((int) (Long.parseLong(dob + ind) % 31));
        return named("national-id", "HETU", dob + one(r, "-", "A") + ind + c);
      }
    }
  }

  static List<String> kinds() {
    return new ArrayList<>(KINDS.keySet());
  }

  static Secret make(String kind, Random r) {
    return KINDS.get(kind).apply(r);
  }
}
