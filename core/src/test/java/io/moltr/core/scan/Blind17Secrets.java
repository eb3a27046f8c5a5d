package io.moltr.core.scan;

import static io.moltr.core.scan.Blind17Util.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Fake credentials in the providers' documented formats, with their checksums where a format has
 * one. Label decisions that could go either way:
 * <ul>
 *   <li>An AWS access key id alone (AKIA + 16) is a positive: the issue lists AWS among the
 *       original rules, and the id names the account and the key to attack.</li>
 *   <li>Values with no prefix of their own (Datadog, Twilio auth token, Cloudflare, Vercel,
 *       national ids, generic assignments, .env lines) always appear with the variable or
 *       product name beside them; the issue's generic detector is "key/secret/token/password =
 *       value with an entropy threshold", so the name is part of the leak.</li>
 *   <li>Sentry: only a DSN that carries the secret half (public:secret@) or a user auth token
 *       (sntryu_) is positive, from the issue's words "Sentry DSNs with secrets".</li>
 *   <li>Supabase: the service_role JWT (HS256, signed) and the sbp_ management token; the issue
 *       says "Supabase service keys".</li>
 *   <li>Firebase: the FCM legacy server key (AAAA...:APA91b...), a server credential; the web
 *       apiKey of a firebaseConfig is public by Google's design and is used nowhere here.</li>
 *   <li>Kubernetes Secret manifests: the secret is the base64 data value (it decodes to a random
 *       password).</li>
 *   <li>No BIP39 seed phrases: the 2048-word list cannot be produced exactly here.</li>
 * </ul>
 */
final class Blind17Secrets {
  enum Shape { TOKEN, LINE, BLOCK }

  /**
   * One credential kind. {@code named}: the value needs its variable or product name to be told
   * from a random id. {@code header}: it can stand after {@code Authorization: Bearer}.
   */
  record Kind(String id, String label, String var, Shape shape, boolean named, boolean header,
      Function<Random, String> gen) {}

  private Blind17Secrets() {}

  static final List<Kind> KINDS = new ArrayList<>();

  private static void k(String id, String label, String var, Shape shape, boolean named,
      boolean header, Function<Random, String> gen) {
    KINDS.add(new Kind(id, label, var, shape, named, header, gen));
  }

  static Kind kind(String id) {
    return KINDS.stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
  }

  static {
    Shape T = Shape.TOKEN;
    Shape L = Shape.LINE;
    Shape B = Shape.BLOCK;
    k("aws-access-key-id", "AWS access key id", "AWS_ACCESS_KEY_ID", T, false, false,
        r -> pick(r, "AKIA", "ASIA") + rand(r, UPPER + "234567", 16));
    k("aws-secret-key", "AWS secret access key", "AWS_SECRET_ACCESS_KEY", T, true, false,
        r -> rand(r, B64, 40));
    k("openai", "OpenAI API key", "OPENAI_API_KEY", T, false, true, r -> switch (r.nextInt(3)) {
      case 0 -> "sk-proj-" + rand(r, URLSAFE, 74) + "T3BlbkFJ" + rand(r, URLSAFE, 74);
      case 1 -> "sk-" + rand(r, ALNUM, 20) + "T3BlbkFJ" + rand(r, ALNUM, 20);
      default -> "sk-svcacct-" + rand(r, URLSAFE, 74) + "T3BlbkFJ" + rand(r, URLSAFE, 74);
    });
    k("anthropic", "Anthropic API key", "ANTHROPIC_API_KEY", T, false, true,
        r -> "sk-ant-" + pick(r, "api03-", "api03-", "admin01-") + rand(r, URLSAFE, 93) + "AA");
    k("stripe", "Stripe secret key", "STRIPE_SECRET_KEY", T, false, true,
        r -> pick(r, "sk_live_", "rk_live_", "sk_live_") + rand(r, ALNUM, pick(r, List.of(24, 99))));
    k("stripe-webhook", "Stripe webhook signing secret", "STRIPE_WEBHOOK_SECRET", T, false, false,
        r -> "whsec_" + rand(r, ALNUM, 32));
    k("github-classic", "GitHub token", "GITHUB_TOKEN", T, false, true,
        r -> checksummedToken(r, pick(r, "ghp_", "gho_", "ghu_", "ghs_", "ghr_")));
    k("github-fine-grained", "GitHub fine-grained token", "GH_TOKEN", T, false, true,
        r -> "github_pat_11" + rand(r, UPPER + DIGITS, 20) + "_" + rand(r, ALNUM, 59));
    k("gitlab", "GitLab token", "GITLAB_TOKEN", T, false, true, r -> switch (r.nextInt(4)) {
      case 0, 1 -> "glpat-" + rand(r, URLSAFE, 20);
      case 2 -> "gldt-" + rand(r, URLSAFE, 20);
      default -> "glrt-" + rand(r, URLSAFE, 20);
    });
    k("npm", "npm token", "NPM_TOKEN", T, false, true, r -> checksummedToken(r, "npm_"));
    k("pypi", "PyPI API token", "PYPI_API_TOKEN", T, false, false,
        r -> "pypi-AgEIcHlwaS5vcmc" + rand(r, URLSAFE, 120 + r.nextInt(60)));
    k("huggingface", "Hugging Face token", "HF_TOKEN", T, false, true,
        r -> "hf_" + rand(r, UPPER + LOWER, 34));
    k("groq", "Groq API key", "GROQ_API_KEY", T, false, true, r -> "gsk_" + rand(r, ALNUM, 52));
    k("openrouter", "OpenRouter API key", "OPENROUTER_API_KEY", T, false, true,
        r -> "sk-or-v1-" + hex(bytes(r, 32)));
    k("google-oauth-secret", "Google OAuth client secret", "GOOGLE_CLIENT_SECRET", T, false, false,
        r -> "GOCSPX-" + rand(r, URLSAFE, 28));
    k("google-api-key", "Google API key", "GOOGLE_API_KEY", T, false, false,
        r -> "AIza" + rand(r, URLSAFE, 35));
    k("gcp-service-account", "Google service-account key", "GOOGLE_APPLICATION_CREDENTIALS", B,
        false, false, Blind17Secrets::serviceAccount);
    k("azure-storage", "Azure storage connection string", "AZURE_STORAGE_CONNECTION_STRING", L,
        false, false, r -> "DefaultEndpointsProtocol=https;AccountName=" + rand(r, LOWER + DIGITS, 12)
            + ";AccountKey=" + b64(bytes(r, 64)) + ";EndpointSuffix=core.windows.net");
    k("azure-sas", "Azure SAS URL", "AZURE_BLOB_SAS_URL", L, false, false,
        r -> "https://" + rand(r, LOWER, 10) + ".blob.core.windows.net/" + pick(r, "backups", "uploads", "exports")
            + "?sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2027-03-01T18:00:00Z&st=2026-11-01T10:00:00Z&spr=https&sig="
            + b64(bytes(r, 32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"));
    k("twilio", "Twilio auth token", "TWILIO_AUTH_TOKEN", T, true, false, r -> hex(bytes(r, 16)));
    k("twilio-api-key", "Twilio API key secret", "TWILIO_API_SECRET", T, true, false,
        r -> rand(r, ALNUM, 32));
    k("mailgun", "Mailgun API key", "MAILGUN_API_KEY", T, false, false, r -> "key-" + hex(bytes(r, 16)));
    k("mailchimp", "Mailchimp API key", "MAILCHIMP_API_KEY", T, false, false,
        r -> hex(bytes(r, 16)) + "-us" + (1 + r.nextInt(21)));
    k("shopify", "Shopify access token", "SHOPIFY_ACCESS_TOKEN", T, false, true,
        r -> pick(r, "shpat_", "shpss_", "shpca_", "shppa_") + hex(bytes(r, 16)));
    k("digitalocean", "DigitalOcean token", "DIGITALOCEAN_TOKEN", T, false, true,
        r -> pick(r, "dop_v1_", "doo_v1_", "dor_v1_") + hex(bytes(r, 32)));
    k("heroku", "Heroku API key", "HEROKU_API_KEY", T, false, true, r -> "HRKU-AA" + rand(r, URLSAFE, 58));
    k("datadog", "Datadog API key", "DD_API_KEY", T, true, false,
        r -> r.nextBoolean() ? hex(bytes(r, 16)) : hex(bytes(r, 20)));
    k("newrelic", "New Relic key", "NEW_RELIC_API_KEY", T, false, false,
        r -> r.nextBoolean() ? "NRAK-" + rand(r, UPPER + DIGITS, 27) : hex(bytes(r, 18)) + "NRAL");
    k("sentry", "Sentry credential", "SENTRY_DSN", T, false, false, r -> r.nextBoolean()
        ? "https://" + hex(bytes(r, 16)) + ":" + hex(bytes(r, 16)) + "@o" + digits(r, 6)
            + ".ingest.sentry.io/" + digits(r, 7)
        : "sntryu_" + hex(bytes(r, 32)));
    k("discord-bot", "Discord bot token", "DISCORD_BOT_TOKEN", T, false, false,
        r -> b64url(("1" + digitsAny(r, 18)).getBytes(StandardCharsets.US_ASCII)) + "."
            + rand(r, URLSAFE, 6) + "." + rand(r, URLSAFE, 38));
    k("discord-webhook", "Discord webhook", "DISCORD_WEBHOOK_URL", T, false, false,
        r -> "https://discord.com/api/webhooks/" + "1" + digitsAny(r, 18) + "/" + rand(r, URLSAFE, 68));
    k("slack-token", "Slack token", "SLACK_BOT_TOKEN", T, false, true, r -> switch (r.nextInt(3)) {
      case 0 -> "xoxb-" + digits(r, 12) + "-" + digits(r, 13) + "-" + rand(r, ALNUM, 24);
      case 1 -> "xoxp-" + digits(r, 12) + "-" + digits(r, 12) + "-" + digits(r, 13) + "-" + hex(bytes(r, 16));
      default -> "xapp-1-A" + rand(r, UPPER + DIGITS, 10) + "-" + digits(r, 13) + "-" + hex(bytes(r, 32));
    });
    k("slack-webhook", "Slack webhook", "SLACK_WEBHOOK_URL", T, false, false,
        r -> "https://hooks.slack.com/services/T" + rand(r, UPPER + DIGITS, 8) + "/B"
            + rand(r, UPPER + DIGITS, 10) + "/" + rand(r, ALNUM, 24));
    k("linear", "Linear API key", "LINEAR_API_KEY", T, false, true, r -> "lin_api_" + rand(r, ALNUM, 40));
    k("notion", "Notion integration token", "NOTION_TOKEN", T, false, true, r -> r.nextBoolean()
        ? "ntn_" + digits(r, 11) + rand(r, ALNUM, 35) : "secret_" + rand(r, ALNUM, 43));
    k("atlassian", "Atlassian API token", "JIRA_API_TOKEN", T, false, false,
        r -> "ATATT3xFfGF0" + rand(r, URLSAFE, 172) + "=" + rand(r, "0123456789ABCDEF", 8));
    k("doppler", "Doppler token", "DOPPLER_TOKEN", T, false, true,
        r -> pick(r, "dp.st.", "dp.st.prd.", "dp.pt.", "dp.sa.", "dp.ct.") + rand(r, ALNUM, 43));
    k("vault", "Vault token", "VAULT_TOKEN", T, false, true, r -> r.nextBoolean()
        ? "hvs.CAESI" + rand(r, URLSAFE, 86) : "hvs." + rand(r, ALNUM, 24));
    k("terraform-cloud", "Terraform Cloud token", "TFE_TOKEN", T, false, true,
        r -> rand(r, ALNUM, 14) + ".atlasv1." + rand(r, URLSAFE, 67));
    k("databricks", "Databricks token", "DATABRICKS_TOKEN", T, false, true,
        r -> "dapi" + hex(bytes(r, 16)) + (r.nextBoolean() ? "-" + (2 + r.nextInt(3)) : ""));
    k("cloudflare", "Cloudflare API token", "CLOUDFLARE_API_TOKEN", T, true, true,
        r -> r.nextBoolean() ? rand(r, URLSAFE, 40) : hex(bytes(r, 18)) + HEX.charAt(r.nextInt(16)));
    k("flyio", "Fly.io token", "FLY_API_TOKEN", T, false, true, r -> r.nextBoolean()
        ? "fo1_" + rand(r, URLSAFE, 43) : "fm2_lJPECAAAAAAAA" + rand(r, B64, 160));
    k("vercel", "Vercel token", "VERCEL_TOKEN", T, true, true, r -> rand(r, ALNUM, 24));
    k("netlify", "Netlify token", "NETLIFY_AUTH_TOKEN", T, false, true, r -> "nfp_" + rand(r, ALNUM, 36));
    k("supabase", "Supabase service key", "SUPABASE_SERVICE_ROLE_KEY", T, false, true, r -> r.nextBoolean()
        ? "sbp_" + hex(bytes(r, 20))
        : jwtHs256("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "{\"iss\":\"supabase\",\"ref\":\"" + rand(r, LOWER, 20)
            + "\",\"role\":\"service_role\",\"iat\":1732000000,\"exp\":2047576000}", bytes(r, 32)));
    k("firebase", "Firebase Cloud Messaging server key", "FCM_SERVER_KEY", T, false, false,
        r -> "AAAA" + rand(r, URLSAFE, 7) + ":APA91b" + rand(r, URLSAFE, 134));
    k("planetscale", "PlanetScale token", "PLANETSCALE_TOKEN", T, false, true,
        r -> pick(r, "pscale_tkn_", "pscale_pw_", "pscale_oauth_") + rand(r, URLSAFE, 43));
    k("postman", "Postman API key", "POSTMAN_API_KEY", T, false, false,
        r -> "PMAK-" + hex(bytes(r, 12)) + "-" + hex(bytes(r, 17)));
    k("sendgrid", "SendGrid API key", "SENDGRID_API_KEY", T, false, true,
        r -> "SG." + rand(r, URLSAFE, 22) + "." + rand(r, URLSAFE, 43));
    k("telegram", "Telegram bot token", "TELEGRAM_BOT_TOKEN", T, false, false,
        r -> digits(r, 10) + ":AA" + rand(r, URLSAFE, 33));
    k("square", "Square access token", "SQUARE_ACCESS_TOKEN", T, false, true,
        r -> r.nextBoolean() ? "sq0atp-" + rand(r, URLSAFE, 22) : "sq0csp-" + rand(r, URLSAFE, 43));
    k("age", "age secret key", "AGE_SECRET_KEY", T, false, false,
        r -> bech32("age-secret-key-", bytes(r, 32)).toUpperCase());
    k("pgp-private", "PGP private key", "PGP_PRIVATE_KEY", B, false, false, Blind17Secrets::pgp);
    k("putty", "PuTTY private key", "PPK_FILE", B, false, false, Blind17Secrets::putty);
    k("openssh-private", "OpenSSH private key", "SSH_PRIVATE_KEY", B, false, false, Blind17Secrets::openssh);
    k("pem-private", "PEM private key", "TLS_PRIVATE_KEY", B, false, false, Blind17Secrets::pem);
    k("jwt", "signed JWT", "SESSION_JWT", T, false, true, r -> jwtHs256(
        "{\"alg\":\"HS256\",\"typ\":\"JWT\"}",
        "{\"sub\":\"" + digits(r, 8) + "\",\"email\":\"" + pick(r, "mara", "jonas", "lea", "tom") + "@"
            + pick(r, "northwind.io", "acme-corp.de", "fabrikam.fr") + "\",\"scope\":\"admin\",\"iat\":"
            + (1764000000 + r.nextInt(999999)) + ",\"exp\":" + (1796000000 + r.nextInt(999999)) + "}",
        bytes(r, 32)));
    k("basic-auth-url", "URL with credentials", "UPSTREAM_URL", L, false, false,
        r -> "https://" + pick(r, "deploy", "ci-bot", "admin", "svc_backup") + ":" + rand(r, ALNUM, 16 + r.nextInt(10))
            + "@" + pick(r, "registry.internal.example.net", "artifacts.acme-corp.de", "git.fabrikam.fr",
                "nexus.northwind.io:8443") + "/" + pick(r, "repository/maven-releases/", "v2/", "org/repo.git", ""));
    k("db-url", "database URL with password", "DATABASE_URL", L, false, false, r -> {
      String pw = rand(r, ALNUM, 14 + r.nextInt(12));
      return switch (r.nextInt(5)) {
        case 0 -> "postgres://app_user:" + pw + "@db.prod.internal:5432/orders";
        case 1 -> "postgresql://reporting:" + pw + "@10.20.4.17:5432/analytics?sslmode=require";
        case 2 -> "mysql://root:" + pw + "@mysql-primary.acme-corp.de:3306/shop";
        case 3 -> "mongodb+srv://svc-api:" + pw + "@cluster0.x7k2p.mongodb.net/prod?retryWrites=true";
        default -> "redis://default:" + pw + "@cache.northwind.io:6379/0";
      };
    });
    k("k8s-secret", "Kubernetes Secret", "K8S_SECRET", B, false, false, r -> b64(rand(r, ALNUM, 20 + r.nextInt(12))));
    k("env-entropy", ".env value", "ACME_SIGNING_SECRET", T, true, false, r -> rand(r, ALNUM + "+/_-", 32 + r.nextInt(20)));
    k("generic-assignment", "secret assignment", "api_key", T, true, false, r -> rand(r, ALNUM, 24 + r.nextInt(16)));
    k("iban", "IBAN", "IBAN", T, true, false, Blind17Secrets::iban);
    k("card", "payment card", "CARD_NUMBER", T, true, false, Blind17Secrets::card);
    k("national-id", "national ID", "NATIONAL_ID", T, true, false, Blind17Secrets::nationalId);
    k("wif", "Bitcoin private key (WIF)", "BTC_WIF", T, false, false, Blind17Util::wif);
    k("eth-private-key", "Ethereum private key", "ETH_PRIVATE_KEY", T, true, false, r -> "0x" + hex(bytes(r, 32)));
  }

  /** The name a context gives the value: the specific id for ids, cards and IBANs. */
  static String varFor(Kind k, String secret) {
    if (k.id().equals("national-id")) {
      if (Character.isLetter(secret.charAt(secret.length() - 1))) {
        return "DNI";
      }
      if (secret.contains(".")) {
        return "CPF";
      }
      return switch (secret.length()) {
        case 9 -> "BSN";
        case 11 -> "PESEL";
        default -> "NIR";
      };
    }
    return k.var();
  }

  static String labelFor(Kind k, String secret) {
    if (k.id().equals("national-id")) {
      return switch (varFor(k, secret)) {
        case "DNI" -> "DNI (Spanish ID number)";
        case "CPF" -> "CPF (Brazilian taxpayer number)";
        case "BSN" -> "BSN (Dutch citizen service number)";
        case "PESEL" -> "PESEL number";
        default -> "NIR (French social security number)";
      };
    }
    return k.label();
  }

  static String serviceAccount(Random r) {
    String project = pick(r, "orders", "billing", "ml-train", "etl") + "-" + digits(r, 6);
    String body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + b64(bytes(r, 1200)).substring(0, 1540);
    StringBuilder key = new StringBuilder("-----BEGIN PRIVATE KEY-----\\n");
    for (int i = 0; i < body.length(); i += 64) {
      key.append(body, i, Math.min(body.length(), i + 64)).append("\\n");
    }
    key.append("-----END PRIVATE KEY-----\\n");
    return "{\n  \"type\": \"service_account\",\n  \"project_id\": \"" + project + "\",\n  \"private_key_id\": \""
        + hex(bytes(r, 20)) + "\",\n  \"private_key\": \"" + key + "\",\n  \"client_email\": \"deployer@" + project
        + ".iam.gserviceaccount.com\",\n  \"client_id\": \"1" + digitsAny(r, 20) + "\",\n"
        + "  \"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\",\n"
        + "  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}";
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

  static String pgp(Random r) {
    byte[] packet = bytes(r, 420 + r.nextInt(200));
    packet[0] = (byte) 0x95;
    packet[1] = 0x03;
    packet[2] = (byte) 0xc6;
    packet[3] = 0x04;
    int c = crc24(packet);
    String crc = b64(new byte[] {(byte) (c >> 16), (byte) (c >> 8), (byte) c});
    return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + wrap(b64(packet), 64) + "\n=" + crc
        + "\n-----END PGP PRIVATE KEY BLOCK-----";
  }

  static String putty(Random r) {
    String pub = "AAAAC3NzaC1lZDI1NTE5AAAAI" + b64(bytes(r, 33)).substring(0, 43);
    return "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: " + pick(r, "deploy@build", "ed25519-key-20261130")
        + "\nPublic-Lines: 2\n" + pub.substring(0, 64) + "\n" + pub.substring(64) + "\nPrivate-Lines: 1\n"
        + "AAAAI" + b64(bytes(r, 36)).substring(0, 43) + "\nPrivate-MAC: " + hex(bytes(r, 32));
  }

  static String openssh(Random r) {
    byte[] head = "openssh-key-v1\0\0\0\0\4none\0\0\0\4none\0\0\0\0\0\0\0\1\0\0\0\63\0\0\0\13ssh-ed25519".getBytes(StandardCharsets.ISO_8859_1);
    byte[] rest = bytes(r, 300);
    byte[] all = new byte[head.length + rest.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(rest, 0, all, head.length, rest.length);
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + wrap(b64(all), 70) + "\n-----END OPENSSH PRIVATE KEY-----";
  }

  static String pem(Random r) {
    return switch (r.nextInt(3)) {
      case 0 -> "-----BEGIN RSA PRIVATE KEY-----\n" + wrap("MIIEpAIBAAKCAQEA" + b64(bytes(r, 1180)), 64)
          + "\n-----END RSA PRIVATE KEY-----";
      case 1 -> "-----BEGIN EC PRIVATE KEY-----\n" + wrap("MHcCAQEEI" + b64(bytes(r, 114)), 64)
          + "\n-----END EC PRIVATE KEY-----";
      default -> "-----BEGIN PRIVATE KEY-----\n" + wrap("MIIEvgIBADANBgkqhkiG9w0BAQEFAASC" + b64(bytes(r, 1200)), 64)
          + "\n-----END PRIVATE KEY-----";
    };
  }

  static String iban(Random r) {
    String ib = switch (r.nextInt(6)) {
      case 0 -> Blind17Util.iban("DE", digitsAny(r, 18));
      case 1 -> Blind17Util.iban("FR", digitsAny(r, 10) + rand(r, UPPER + DIGITS, 11) + digitsAny(r, 2));
      case 2 -> Blind17Util.iban("GB", rand(r, UPPER, 4) + digitsAny(r, 14));
      case 3 -> Blind17Util.iban("ES", digitsAny(r, 20));
      case 4 -> Blind17Util.iban("NL", rand(r, UPPER, 4) + digitsAny(r, 10));
      default -> Blind17Util.iban("IT", rand(r, UPPER, 1) + digitsAny(r, 10) + rand(r, UPPER + DIGITS, 12));
    };
    if (r.nextBoolean()) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < ib.length(); i += 4) {
        if (i > 0) {
          sb.append(' ');
        }
        sb.append(ib, i, Math.min(ib.length(), i + 4));
      }
      return sb.toString();
    }
    return ib;
  }

  static String card(Random r) {
    String c = switch (r.nextInt(8)) {
      case 0 -> Blind17Util.card(r, "4", 16);
      case 1 -> Blind17Util.card(r, String.valueOf(51 + r.nextInt(5)), 16);
      case 2 -> Blind17Util.card(r, String.valueOf(2221 + r.nextInt(500)), 16);
      case 3 -> Blind17Util.card(r, pick(r, "34", "37"), 15);
      case 4 -> Blind17Util.card(r, pick(r, "6011", "65"), 16);
      case 5 -> Blind17Util.card(r, String.valueOf(3528 + r.nextInt(62)), 16);
      case 6 -> Blind17Util.card(r, "36", 14);
      default -> Blind17Util.card(r, "62", 16 + r.nextInt(4) % 2 * 3);
    };
    int style = r.nextInt(3);
    if (style == 0 || c.length() != 16) {
      return c;
    }
    String sep = style == 1 ? " " : "-";
    return c.substring(0, 4) + sep + c.substring(4, 8) + sep + c.substring(8, 12) + sep + c.substring(12);
  }

  /** Spanish DNI, Dutch BSN, Polish PESEL, French NIR, Brazilian CPF, each with its check. */
  static String nationalId(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> {
        int n = 10000000 + r.nextInt(89999999);
        yield n + String.valueOf("TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23));
      }
      case 1 -> bsn(r);
      case 2 -> pesel(r);
      case 3 -> {
        String body = (1 + r.nextInt(2)) + String.format("%02d%02d", 50 + r.nextInt(50), 1 + r.nextInt(12))
            + String.format("%02d", 1 + r.nextInt(95)) + String.format("%03d%03d", 1 + r.nextInt(990), 1 + r.nextInt(998));
        long key = 97 - Long.parseLong(body) % 97;
        yield body + String.format("%02d", key);
      }
      default -> cpf(r);
    };
  }

  static String bsn(Random r) {
    while (true) {
      String d = digits(r, 8);
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        sum += (9 - i) * (d.charAt(i) - '0');
      }
      int last = sum % 11;
      if (last <= 9) {
        return d + last;
      }
    }
  }

  static String pesel(Random r) {
    String d = String.format("%02d%02d%02d", 50 + r.nextInt(49), 1 + r.nextInt(12), 1 + r.nextInt(28)) + digitsAny(r, 4);
    int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += w[i] * (d.charAt(i) - '0');
    }
    return d + (10 - sum % 10) % 10;
  }

  static String cpf(Random r) {
    String d = digits(r, 9);
    int s1 = 0;
    for (int i = 0; i < 9; i++) {
      s1 += (10 - i) * (d.charAt(i) - '0');
    }
    int c1 = (s1 * 10) % 11 % 10;
    String d2 = d + c1;
    int s2 = 0;
    for (int i = 0; i < 10; i++) {
      s2 += (11 - i) * (d2.charAt(i) - '0');
    }
    int c2 = (s2 * 10) % 11 % 10;
    String all = d2 + c2;
    return all.substring(0, 3) + "." + all.substring(3, 6) + "." + all.substring(6, 9) + "-" + all.substring(9);
  }
}
