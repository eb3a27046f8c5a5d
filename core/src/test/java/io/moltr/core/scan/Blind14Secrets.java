package io.moltr.core.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Blind14: fake credentials in their providers' documented shapes. A secret is its kind, the
 * value as it would be written, the variable an agent would put it in, and for multi-line
 * artifacts (private keys, manifests) a needle: the part that must survive in the text.
 */
final class Blind14Secrets {
  record Secret(String kind, String value, String var, boolean block, String needle) {
    static Secret of(String kind, String value, String var) {
      return new Secret(kind, value, var, false, value);
    }
  }

  static final Map<String, Function<Blind14Util, Secret>> KINDS = new LinkedHashMap<>();

  private static void k(String kind, Function<Blind14Util, Secret> f) {
    KINDS.put(kind, f);
  }

  private static void s(String kind, String var, Function<Blind14Util, String> f) {
    KINDS.put(kind, u -> Secret.of(kind, f.apply(u), var));
  }

  private Blind14Secrets() {}

  static List<String> kinds() {
    return new ArrayList<>(KINDS.keySet());
  }

  static Secret make(String kind, Blind14Util u) {
    return KINDS.get(kind).apply(u);
  }

  static String jwtHs256(Blind14Util u, String payloadJson) {
    String head = Blind14Util.b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
    String body = Blind14Util.b64url(payloadJson);
    String signingInput = head + "." + body;
    return signingInput + "." + Blind14Util.hmacSha256B64Url(u.bytes(32), signingInput);
  }

  static String card(Blind14Util u, String prefix, int len) {
    String payload = prefix + u.digits(len - prefix.length() - 1);
    return payload + Blind14Util.luhnCheckDigit(payload);
  }

  static String grouped(Blind14Util u, String digits) {
    int style = u.between(0, 2);
    if (style == 0 || digits.length() % 4 != 0) {
      return digits;
    }
    String sep = style == 1 ? " " : "-";
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < digits.length(); i += 4) {
      sb.append(i == 0 ? "" : sep).append(digits, i, i + 4);
    }
    return sb.toString();
  }

  static String pemBody(Blind14Util u, String lead, int lines, int width) {
    String all = lead + u.pick(Blind14Util.B64, lines * width - lead.length());
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < all.length(); i += width) {
      sb.append(all, i, Math.min(all.length(), i + width)).append('\n');
    }
    return sb.toString();
  }

  static Secret pem(String kind, Blind14Util u, String label, String lead, int lines) {
    String body = pemBody(u, lead, lines, 64);
    String v = "-----BEGIN " + label + "-----\n" + body + "-----END " + label + "-----";
    return new Secret(kind, v, "private_key", true, body.substring(0, 64));
  }

  static {
    s("aws-access-key", "AWS_ACCESS_KEY_ID", u -> u.one("AKIA", "ASIA") + u.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16));
    s("aws-secret-key", "aws_secret_access_key", u -> u.mixed(Blind14Util.B64, 40));
    s("openai", "OPENAI_API_KEY", u -> u.coin()
        ? "sk-proj-" + u.mixed(Blind14Util.URLSAFE, 74) + "T3BlbkFJ" + u.mixed(Blind14Util.URLSAFE, 74)
        : "sk-" + u.mixed(Blind14Util.ALNUM, 20) + "T3BlbkFJ" + u.mixed(Blind14Util.ALNUM, 20));
    s("anthropic", "ANTHROPIC_API_KEY", u -> "sk-ant-api03-" + u.mixed(Blind14Util.URLSAFE, 93) + "AA");
    s("stripe-secret", "STRIPE_SECRET_KEY", u -> "sk_live_" + u.mixed(Blind14Util.ALNUM, u.one(24, 99)));
    s("stripe-restricted", "STRIPE_RESTRICTED_KEY", u -> "rk_live_" + u.mixed(Blind14Util.ALNUM, 99));
    s("stripe-webhook", "STRIPE_WEBHOOK_SECRET", u -> "whsec_" + u.mixed(Blind14Util.ALNUM, 32));
    s("github-classic", "GITHUB_TOKEN", u -> {
      String p = u.one("ghp_", "gho_", "ghs_", "ghu_", "ghr_");
      String body = u.mixed(Blind14Util.BASE62, 30);
      return p + body + Blind14Util.crc32Base62(body, 6);
    });
    s("github-fine-grained", "GH_PAT", u -> "github_pat_11" + u.pick(Blind14Util.UPPER + Blind14Util.DIGITS, 20)
        + "_" + u.mixed(Blind14Util.ALNUM, 59));
    s("gitlab-pat", "GITLAB_TOKEN", u -> "glpat-" + u.mixed(Blind14Util.URLSAFE, 20));
    s("gitlab-other", "CI_DEPLOY_TOKEN", u -> u.one("gldt-", "glrt-", "glptt-", "glcbt-") + u.mixed(Blind14Util.URLSAFE, 20));
    s("npm", "NPM_TOKEN", u -> "npm_" + u.mixed(Blind14Util.ALNUM, 36));
    s("pypi", "PYPI_API_TOKEN", u -> "pypi-AgEIcHlwaS5vcmcCJ" + u.mixed(Blind14Util.URLSAFE, 130));
    s("huggingface", "HF_TOKEN", u -> "hf_" + u.mixed(Blind14Util.UPPER + Blind14Util.LOWER, 34));
    s("groq", "GROQ_API_KEY", u -> "gsk_" + u.mixed(Blind14Util.ALNUM, 52));
    s("openrouter", "OPENROUTER_API_KEY", u -> "sk-or-v1-" + u.hex(64));
    s("google-oauth-secret", "GOOGLE_CLIENT_SECRET", u -> "GOCSPX-" + u.mixed(Blind14Util.URLSAFE, 28));
    s("google-api-key", "GOOGLE_API_KEY", u -> "AIza" + u.mixed(Blind14Util.URLSAFE, 35));
    k("gcp-service-account", u -> {
      String body = pemBody(u, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 8, 64);
      String pk = "-----BEGIN PRIVATE KEY-----\\n" + body.replace("\n", "\\n") + "-----END PRIVATE KEY-----\\n";
      String project = u.word() + "-" + u.word() + "-" + u.digits(6);
      String v = "{\n  \"type\": \"service_account\",\n  \"project_id\": \"" + project + "\",\n"
          + "  \"private_key_id\": \"" + u.hex(40) + "\",\n  \"private_key\": \"" + pk + "\",\n"
          + "  \"client_email\": \"deployer@" + project + ".iam.gserviceaccount.com\",\n"
          + "  \"client_id\": \"1" + u.digits(20) + "\",\n"
          + "  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}";
      return new Secret("gcp-service-account", v, "GOOGLE_APPLICATION_CREDENTIALS_JSON", true, body.substring(0, 64));
    });
    s("azure-storage-conn", "AZURE_STORAGE_CONNECTION_STRING", u -> "DefaultEndpointsProtocol=https;AccountName="
        + u.word() + u.digits(3) + "store;AccountKey=" + u.b64(64) + ";EndpointSuffix=core.windows.net");
    s("azure-sas", "AZURE_BLOB_SAS_URL", u -> "https://" + u.word() + u.digits(2) + ".blob.core.windows.net/"
        + u.one("backups", "exports", "uploads") + "/dump.tar.gz?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacupiytfx"
        + "&se=2027-01-01T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&sig="
        + u.b64(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"));
    s("azure-ad-secret", "AZURE_CLIENT_SECRET", u -> u.mixed(Blind14Util.ALNUM, 3) + "8Q~" + u.mixed(Blind14Util.ALNUM + "_.-~", 34));
    s("twilio", "TWILIO_AUTH_TOKEN", u -> u.hex(32));
    s("twilio-api-key", "TWILIO_API_KEY", u -> "SK" + u.hex(32));
    s("mailgun", "MAILGUN_API_KEY", u -> "key-" + u.hex(32));
    s("mailchimp", "MAILCHIMP_API_KEY", u -> u.hex(32) + "-us" + u.between(1, 21));
    s("shopify", "SHOPIFY_ACCESS_TOKEN", u -> u.one("shpat_", "shpss_", "shpca_", "shppa_") + u.hex(32));
    s("digitalocean", "DIGITALOCEAN_TOKEN", u -> u.one("dop_v1_", "doo_v1_", "dor_v1_") + u.hex(64));
    s("heroku", "HEROKU_API_KEY", u -> "HRKU-AA" + u.mixed(Blind14Util.URLSAFE, 58));
    s("datadog", "DD_API_KEY", u -> u.hex(32));
    s("newrelic", "NEW_RELIC_API_KEY", u -> u.one("NRAK-", "NRII-", "NRJS-") + u.pick(Blind14Util.UPPER + Blind14Util.DIGITS, 27));
    s("sentry-dsn-secret", "SENTRY_DSN", u -> "https://" + u.hex(32) + ":" + u.hex(32) + "@o" + u.digits(6)
        + ".ingest.sentry.io/" + u.digits(7));
    s("sentry-token", "SENTRY_AUTH_TOKEN", u -> "sntryu_" + u.hex(64));
    s("discord-bot", "DISCORD_BOT_TOKEN", u -> Blind14Util.b64url(u.one("1", "9") + u.digits(u.between(17, 18)))
        + "." + u.mixed(Blind14Util.URLSAFE, 6) + "." + u.mixed(Blind14Util.URLSAFE, 38));
    s("discord-webhook", "DISCORD_WEBHOOK_URL", u -> "https://discord.com/api/webhooks/1" + u.digits(18) + "/"
        + u.mixed(Blind14Util.URLSAFE, 68));
    s("slack-bot", "SLACK_BOT_TOKEN", u -> "xoxb-" + u.digits(12) + "-" + u.digits(13) + "-" + u.mixed(Blind14Util.ALNUM, 24));
    s("slack-user", "SLACK_USER_TOKEN", u -> "xoxp-" + u.digits(12) + "-" + u.digits(12) + "-" + u.digits(13) + "-" + u.hex(32));
    s("slack-app", "SLACK_APP_TOKEN", u -> "xapp-1-A" + u.pick(Blind14Util.UPPER + Blind14Util.DIGITS, 10) + "-" + u.digits(13) + "-" + u.hex(64));
    s("slack-webhook", "SLACK_WEBHOOK_URL", u -> "https://hooks.slack.com/services/T" + u.pick(Blind14Util.UPPER + Blind14Util.DIGITS, 10)
        + "/B" + u.pick(Blind14Util.UPPER + Blind14Util.DIGITS, 10) + "/" + u.mixed(Blind14Util.ALNUM, 24));
    s("linear", "LINEAR_API_KEY", u -> "lin_api_" + u.mixed(Blind14Util.ALNUM, 40));
    s("notion", "NOTION_TOKEN", u -> u.coin() ? "secret_" + u.mixed(Blind14Util.ALNUM, 43) : "ntn_" + u.digits(11) + u.mixed(Blind14Util.ALNUM, 35));
    s("atlassian", "JIRA_API_TOKEN", u -> "ATATT3xFfGF0" + u.mixed(Blind14Util.URLSAFE, 170) + "=" + u.pick("0123456789ABCDEF", 8));
    s("doppler", "DOPPLER_TOKEN", u -> u.one("dp.pt.", "dp.st.prd.", "dp.sa.", "dp.ct.") + u.mixed(Blind14Util.ALNUM, 43));
    s("vault", "VAULT_TOKEN", u -> u.coin() ? "hvs.CAESI" + u.mixed(Blind14Util.URLSAFE, 86) : "hvs." + u.mixed(Blind14Util.ALNUM, 24));
    s("terraform-cloud", "TF_TOKEN_app_terraform_io", u -> u.mixed(Blind14Util.ALNUM, 14) + ".atlasv1." + u.mixed(Blind14Util.ALNUM, 67));
    s("databricks", "DATABRICKS_TOKEN", u -> "dapi" + u.hex(32) + (u.coin() ? "-2" : ""));
    s("cloudflare-token", "CLOUDFLARE_API_TOKEN", u -> u.mixed(Blind14Util.URLSAFE, 40));
    s("cloudflare-origin-ca", "CF_ORIGIN_CA_KEY", u -> "v1.0-" + u.hex(24) + "-" + u.hex(146));
    s("flyio", "FLY_API_TOKEN", u -> u.coin() ? "fo1_" + u.mixed(Blind14Util.URLSAFE, 43)
        : "FlyV1 fm2_lJPECAAAAAAAA" + u.mixed(Blind14Util.B64, 90) + "==");
    s("vercel", "VERCEL_TOKEN", u -> u.mixed(Blind14Util.ALNUM, 24));
    s("netlify", "NETLIFY_AUTH_TOKEN", u -> "nfp_" + u.mixed(Blind14Util.ALNUM, 36));
    s("supabase-service-jwt", "SUPABASE_SERVICE_ROLE_KEY", u -> jwtHs256(u, "{\"iss\":\"supabase\",\"ref\":\""
        + u.pick(Blind14Util.LOWER, 20) + "\",\"role\":\"service_role\",\"iat\":17" + u.digits(8) + ",\"exp\":20" + u.digits(8) + "}"));
    s("supabase-access", "SUPABASE_ACCESS_TOKEN", u -> "sbp_" + u.hex(40));
    s("firebase-fcm", "FCM_SERVER_KEY", u -> "AAAA" + u.mixed(Blind14Util.ALNUM, 7) + ":APA91b" + u.mixed(Blind14Util.URLSAFE, 134));
    s("planetscale", "PLANETSCALE_TOKEN", u -> u.one("pscale_tkn_", "pscale_pw_", "pscale_oauth_") + u.mixed(Blind14Util.URLSAFE, 43));
    s("postman", "POSTMAN_API_KEY", u -> "PMAK-" + u.hex(24) + "-" + u.hex(34));
    s("sendgrid", "SENDGRID_API_KEY", u -> "SG." + u.mixed(Blind14Util.URLSAFE, 22) + "." + u.mixed(Blind14Util.URLSAFE, 43));
    s("telegram-bot", "TELEGRAM_BOT_TOKEN", u -> u.one("5", "6", "7") + u.digits(9) + ":AA" + u.mixed(Blind14Util.URLSAFE, 33));
    s("dockerhub", "DOCKERHUB_TOKEN", u -> "dckr_pat_" + u.mixed(Blind14Util.URLSAFE, 27));
    s("grafana", "GRAFANA_SA_TOKEN", u -> "glsa_" + u.mixed(Blind14Util.ALNUM, 32) + "_" + u.hex(8));
    s("pulumi", "PULUMI_ACCESS_TOKEN", u -> "pul-" + u.hex(40));
    s("age-key", "AGE_SECRET_KEY", u -> Blind14Util.bech32("age-secret-key-", u.bytes(32)).toUpperCase());
    k("pgp-private", u -> {
      String body = pemBody(u, "lQdGBG" + u.pick(Blind14Util.B64, 6), 12, 64);
      String v = "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + body + "=" + u.pick(Blind14Util.B64, 4)
          + "\n-----END PGP PRIVATE KEY BLOCK-----";
      return new Secret("pgp-private", v, "PGP_PRIVATE_KEY", true, body.substring(0, 64));
    });
    k("putty-private", u -> {
      String priv = "AAAAI" + u.pick(Blind14Util.B64, 42) + "=";
      String v = "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-2026" + u.digits(4)
          + "\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI" + u.pick(Blind14Util.B64, 39) + "\n" + u.pick(Blind14Util.B64, 4)
          + "=\nPrivate-Lines: 1\n" + priv + "\nPrivate-MAC: " + u.hex(64);
      return new Secret("putty-private", v, "ppk", true, priv);
    });
    k("openssh-private", u -> {
      String body = pemBody(u, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 5, 70);
      String v = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + "-----END OPENSSH PRIVATE KEY-----";
      return new Secret("openssh-private", v, "id_ed25519", true, body.substring(0, 70));
    });
    k("rsa-private", u -> pem("rsa-private", u, "RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", 12));
    k("ec-private", u -> pem("ec-private", u, "EC PRIVATE KEY", "MHcCAQEEI", 3));
    k("pkcs8-private", u -> pem("pkcs8-private", u, "PRIVATE KEY", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC", 10));
    s("jwt", "access_token", u -> jwtHs256(u, "{\"sub\":\"" + u.digits(6) + "\",\"name\":\"" + u.user()
        + "\",\"scope\":\"" + u.one("admin", "read write", "billing:write") + "\",\"iat\":17" + u.digits(8) + ",\"exp\":17" + u.digits(8) + "}"));
    s("basic-auth-url", "REGISTRY_URL", u -> "https://" + u.user() + ":" + u.mixed(Blind14Util.ALNUM, u.between(14, 22))
        + "@" + u.one("registry.", "nexus.", "git.", "artifacts.") + u.one("acme.io", "corp.example.com", "internal.net") + "/"
        + u.one("repository/npm-private/", "org/repo.git", "simple/", "v2/"));
    k("k8s-secret", u -> {
      String pw = Blind14Util.b64(u.mixed(Blind14Util.ALNUM + "!#%*", u.between(20, 28)));
      String v = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + u.word() + "-db\n  namespace: "
          + u.one("prod", "payments", "default") + "\ntype: Opaque\ndata:\n  username: " + Blind14Util.b64(u.user())
          + "\n  password: " + pw;
      return new Secret("k8s-secret", v, "secret.yaml", true, pw);
    });
    KINDS.put("dotenv-secret", u -> Secret.of("dotenv-secret", u.mixed(Blind14Util.ALNUM + "_-", u.between(32, 48)),
        u.one("SESSION_SECRET", "INTERNAL_SIGNING_KEY", "WEBHOOK_SECRET", "APP_SECRET", "ENCRYPTION_KEY", "AUTH_SECRET")));
    s("generic-password", "password", u -> u.mixed(Blind14Util.ALNUM + "!@#%^*_+", u.between(14, 24)));
    KINDS.put("generic-api-key", u -> Secret.of("generic-api-key", u.mixed(Blind14Util.ALNUM, u.between(32, 40)),
        u.one("api_key", "apiKey", "client_secret", "auth_token", "x-api-key", "secret_key")));
    s("db-url", "DATABASE_URL", u -> {
      String pw = u.mixed(Blind14Util.ALNUM, u.between(16, 24));
      int t = u.between(0, 3);
      return switch (t) {
        case 0 -> "postgres://" + u.user() + ":" + pw + "@" + u.host() + ":5432/" + u.word();
        case 1 -> "mysql://" + u.user() + ":" + pw + "@" + u.host() + ":3306/" + u.word();
        case 2 -> "mongodb+srv://" + u.user() + ":" + pw + "@cluster0." + u.pick(Blind14Util.LOWER, 5) + ".mongodb.net/" + u.word();
        default -> "redis://default:" + pw + "@" + u.host() + ":6379/0";
      };
    });
    s("iban", "iban", u -> {
      String c = u.one("DE", "FR", "NL", "GB", "ES", "IT", "BE", "CH");
      String bban = switch (c) {
        case "DE" -> u.digits(18);
        case "FR" -> u.digits(10) + u.pick(Blind14Util.UPPER + Blind14Util.DIGITS, 11) + u.digits(2);
        case "NL" -> u.one("ABNA", "INGB", "RABO") + u.digits(10);
        case "GB" -> u.one("NWBK", "BARC", "HBUK") + u.digits(14);
        case "ES" -> u.digits(20);
        case "IT" -> u.pick(Blind14Util.UPPER, 1) + u.digits(10) + u.pick(Blind14Util.UPPER + Blind14Util.DIGITS, 12);
        case "BE" -> u.digits(12);
        default -> u.digits(17);
      };
      String iban = Blind14Util.ibanWithCheck(c, bban);
      if (u.coin()) {
        return iban;
      }
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < iban.length(); i += 4) {
        sb.append(i == 0 ? "" : " ").append(iban, i, Math.min(iban.length(), i + 4));
      }
      return sb.toString();
    });
    s("card-visa", "card_number", u -> grouped(u, card(u, "4", 16)));
    s("card-mastercard", "card_number", u -> grouped(u, card(u, u.coin() ? "5" + u.between(1, 5) : "2" + u.between(221, 720), 16)));
    s("card-amex", "card_number", u -> {
      String n = card(u, u.one("34", "37"), 15);
      return u.coin() ? n : n.substring(0, 4) + " " + n.substring(4, 10) + " " + n.substring(10);
    });
    s("card-discover", "card_number", u -> grouped(u, card(u, u.one("6011", "65", "644"), 16)));
    s("card-jcb", "card_number", u -> grouped(u, card(u, "35" + u.between(28, 89), 16)));
    s("card-diners", "card_number", u -> card(u, u.one("36", "38", "300", "305"), 14));
    s("card-unionpay", "card_number", u -> card(u, "62" + u.between(2126, 2925), u.one(16, 19)));
    s("card-maestro", "card_number", u -> card(u, u.one("5018", "5020", "6304", "6759"), u.one(16, 18, 19)));
    s("pesel", "pesel", u -> {
      String p = String.format("%02d%02d%02d", u.between(50, 99), u.between(1, 12), u.between(1, 28)) + u.digits(4);
      int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
      int sum = 0;
      for (int i = 0; i < 10; i++) {
        sum += (p.charAt(i) - '0') * w[i];
      }
      return p + (10 - sum % 10) % 10;
    });
    s("bsn", "bsn", u -> {
      while (true) {
        String p = u.between(1, 6) + u.digits(7);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
          sum += (p.charAt(i) - '0') * (9 - i);
        }
        if (sum % 11 != 10) {
          return p + sum % 11;
        }
      }
    });
    s("dni", "dni", u -> {
      String n = u.between(1, 9) + u.digits(7);
      return n + "TRWAGMYFPDXBNJZSQVHLCKE".charAt(Integer.parseInt(n) % 23);
    });
    s("cpf", "cpf", u -> {
      String d = u.between(1, 9) + u.digits(8);
      int s1 = 0;
      for (int i = 0; i < 9; i++) {
        s1 += (d.charAt(i) - '0') * (10 - i);
      }
      d += (s1 * 10 % 11) % 10;
      int s2 = 0;
      for (int i = 0; i < 10; i++) {
        s2 += (d.charAt(i) - '0') * (11 - i);
      }
      d += (s2 * 10 % 11) % 10;
      return d.substring(0, 3) + "." + d.substring(3, 6) + "." + d.substring(6, 9) + "-" + d.substring(9);
    });
    s("hetu", "henkilotunnus", u -> {
      String date = String.format("%02d%02d%02d", u.between(1, 28), u.between(1, 12), u.between(50, 99));
      String nnn = String.format("%03d", u.between(2, 899));
      int v = Integer.parseInt(date + nnn) % 31;
      return date + "-" + nnn + "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt(v);
    });
    s("personnummer", "personnummer", u -> {
      String p = String.format("%02d%02d%02d", u.between(50, 99), u.between(1, 12), u.between(1, 28)) + u.digits(3);
      return p.substring(0, 6) + "-" + p.substring(6) + Blind14Util.luhnCheckDigit(p);
    });
    s("us-ssn", "ssn", u -> String.format("%03d-%02d-%04d", u.between(100, 665), u.between(1, 99), u.between(1, 9999)));
    s("wif", "wallet_wif", u -> {
      byte[] p = new byte[34];
      p[0] = (byte) 0x80;
      System.arraycopy(u.bytes(32), 0, p, 1, 32);
      p[33] = 1;
      return Blind14Util.base58check(p);
    });
    s("bip39-seed", "mnemonic", u -> u.bip39(u.coin() ? 16 : 32));
  }
}
