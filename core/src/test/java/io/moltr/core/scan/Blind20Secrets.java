package io.moltr.core.scan;

import static io.moltr.core.scan.Blind20Util.AN;
import static io.moltr.core.scan.Blind20Util.B64;
import static io.moltr.core.scan.Blind20Util.B64U;
import static io.moltr.core.scan.Blind20Util.DIG;
import static io.moltr.core.scan.Blind20Util.HEX;
import static io.moltr.core.scan.Blind20Util.LO;
import static io.moltr.core.scan.Blind20Util.UP;

import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Fake credentials in the providers' documented shapes. Each kind has a variable name an agent
 * would use for it (contexts place the secret under that name) and a flag for multi-line blocks.
 */
final class Blind20Secrets {
  record Kind(String id, String var, boolean block, Supplier<String> gen) {}

  final Blind20Util u;
  final List<Kind> kinds = new ArrayList<>();

  Blind20Secrets(Blind20Util u) {
    this.u = u;
    add("aws-access-key-id", "AWS_ACCESS_KEY_ID", () -> u.pick(new String[] {"AKIA", "ASIA"})
        + u.s(UP + "234567", 16));
    add("aws-secret-access-key", "AWS_SECRET_ACCESS_KEY", () -> u.mixed(B64, 40));
    add("openai-project", "OPENAI_API_KEY",
        () -> "sk-proj-" + u.mixed(B64U, 74) + "T3BlbkFJ" + u.mixed(B64U, 74));
    add("openai-legacy", "OPENAI_API_KEY", () -> "sk-" + u.mixed(AN, 20) + "T3BlbkFJ" + u.mixed(AN, 20));
    add("anthropic", "ANTHROPIC_API_KEY", () -> "sk-ant-api03-" + u.mixed(B64U, 93) + "AA");
    add("stripe-secret", "STRIPE_SECRET_KEY", () -> "sk_live_" + u.mixed(AN, 99));
    add("stripe-restricted", "STRIPE_API_KEY", () -> "rk_live_" + u.mixed(AN, 24));
    add("stripe-publishable", "STRIPE_PUBLISHABLE_KEY", () -> "pk_live_" + u.mixed(AN, 99));
    add("github-classic", "GITHUB_TOKEN", () -> u.crcToken("ghp_"));
    add("github-oauth", "GH_TOKEN", () -> u.crcToken("gho_"));
    add("github-app", "GITHUB_TOKEN", () -> u.crcToken("ghs_"));
    add("github-fine-grained", "GITHUB_PAT",
        () -> "github_pat_11" + u.s(UP + DIG, 20) + "_" + u.mixed(AN, 59));
    add("gitlab-pat", "GITLAB_TOKEN", () -> "glpat-" + u.mixed(AN + "-_", 20));
    add("gitlab-deploy", "CI_DEPLOY_PASSWORD", () -> "gldt-" + u.mixed(AN + "-_", 20));
    add("gitlab-runner", "RUNNER_TOKEN", () -> "glrt-" + u.mixed(AN + "-_", 20));
    add("npm", "NPM_TOKEN", () -> u.crcToken("npm_"));
    add("pypi", "PYPI_TOKEN", () -> "pypi-AgEIcHlwaS5vcmc" + u.mixed(B64U, 140));
    add("huggingface", "HF_TOKEN", () -> "hf_" + u.mixed(UP + LO, 34));
    add("groq", "GROQ_API_KEY", () -> "gsk_" + u.mixed(AN, 52));
    add("openrouter", "OPENROUTER_API_KEY", () -> "sk-or-v1-" + u.s(HEX, 64));
    add("google-oauth-secret", "GOOGLE_CLIENT_SECRET", () -> "GOCSPX-" + u.mixed(B64U, 28));
    add("firebase-api-key", "FIREBASE_API_KEY", () -> "AIza" + u.mixed(B64U, 35));
    add("azure-storage-conn", "AZURE_STORAGE_CONNECTION_STRING",
        () -> "DefaultEndpointsProtocol=https;AccountName=" + u.s(LO + DIG, 12)
            + ";AccountKey=" + Blind20Util.b64(u.bytes(64)) + ";EndpointSuffix=core.windows.net");
    add("azure-sas", "AZURE_SAS_URL",
        () -> "https://" + u.s(LO, 10) + ".blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=sco"
            + "&sp=rwdlacupx&se=2027-01-31T18:00:00Z&st=2026-11-30T10:00:00Z&spr=https&sig="
            + Blind20Util.b64(u.bytes(32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"));
    add("twilio-sid", "TWILIO_ACCOUNT_SID", () -> "AC" + u.s(HEX, 32));
    add("twilio-api-key", "TWILIO_API_KEY", () -> "SK" + u.s(HEX, 32));
    add("twilio-auth-token", "TWILIO_AUTH_TOKEN", () -> u.s(HEX, 32));
    add("mailgun", "MAILGUN_API_KEY", () -> "key-" + u.s(HEX, 32));
    add("mailchimp", "MAILCHIMP_API_KEY", () -> u.s(HEX, 32) + "-us" + u.between(2, 21));
    add("sendgrid", "SENDGRID_API_KEY", () -> "SG." + u.mixed(B64U, 22) + "." + u.mixed(B64U, 43));
    add("shopify-access", "SHOPIFY_ACCESS_TOKEN", () -> "shpat_" + u.s(HEX, 32));
    add("shopify-shared", "SHOPIFY_API_SECRET", () -> "shpss_" + u.s(HEX, 32));
    add("digitalocean", "DIGITALOCEAN_TOKEN", () -> "dop_v1_" + u.s(HEX, 64));
    add("heroku", "HEROKU_API_KEY", () -> "HRKU-AA" + u.mixed(B64U, 58));
    add("datadog-api", "DD_API_KEY", () -> u.s(HEX, 32));
    add("datadog-app", "DD_APP_KEY", () -> u.s(HEX, 40));
    add("newrelic-user", "NEW_RELIC_API_KEY", () -> "NRAK-" + u.s(UP + DIG, 27));
    add("newrelic-ingest", "NEW_RELIC_LICENSE_KEY", () -> u.s(HEX, 36) + "NRAL");
    add("sentry-dsn", "SENTRY_DSN", () -> "https://" + u.s(HEX, 32) + "@o" + u.digits(6)
        + ".ingest.sentry.io/" + u.digits(7));
    add("discord-bot", "DISCORD_BOT_TOKEN",
        () -> Blind20Util.b64u(Blind20Util.utf8(u.digits(19))) + "." + u.mixed(B64U, 6) + "."
            + u.mixed(B64U, 38));
    add("discord-webhook", "DISCORD_WEBHOOK_URL",
        () -> "https://discord.com/api/webhooks/" + u.digits(19) + "/" + u.mixed(B64U, 68));
    add("slack-bot", "SLACK_BOT_TOKEN",
        () -> "xoxb-" + u.digits(12) + "-" + u.digits(13) + "-" + u.mixed(AN, 24));
    add("slack-user", "SLACK_TOKEN", () -> "xoxp-" + u.digits(12) + "-" + u.digits(12) + "-"
        + u.digits(13) + "-" + u.s(HEX, 32));
    add("slack-webhook", "SLACK_WEBHOOK_URL", () -> "https://hooks.slack.com/services/T"
        + u.s(UP + DIG, 10) + "/B" + u.s(UP + DIG, 10) + "/" + u.mixed(AN, 24));
    add("telegram-bot", "TELEGRAM_BOT_TOKEN", () -> u.digits(10) + ":AA" + u.mixed(B64U, 33));
    add("linear", "LINEAR_API_KEY", () -> "lin_api_" + u.mixed(AN, 40));
    add("notion-legacy", "NOTION_TOKEN", () -> "secret_" + u.mixed(AN, 43));
    add("notion-ntn", "NOTION_API_KEY", () -> "ntn_" + u.digits(11) + u.mixed(AN, 35));
    add("atlassian", "JIRA_API_TOKEN",
        () -> "ATATT3xFfGF0" + u.mixed(B64U, 170) + "=" + u.s(HEX.toUpperCase(), 8));
    add("doppler", "DOPPLER_TOKEN", () -> "dp.st.prd." + u.mixed(AN, 43));
    add("vault", "VAULT_TOKEN", () -> "hvs.CAESI" + u.mixed(B64U, 86));
    add("terraform-cloud", "TFE_TOKEN",
        () -> u.mixed(AN, 14) + ".atlasv1." + u.mixed(AN, 67));
    add("databricks", "DATABRICKS_TOKEN", () -> "dapi" + u.s(HEX, 32));
    add("cloudflare", "CLOUDFLARE_API_TOKEN", () -> u.mixed(B64U, 40));
    add("flyio", "FLY_API_TOKEN", () -> "FlyV1 fm2_" + u.mixed(B64, 180));
    add("vercel", "VERCEL_TOKEN", () -> u.mixed(AN, 24));
    add("netlify", "NETLIFY_AUTH_TOKEN", () -> "nfp_" + u.mixed(AN, 36));
    add("supabase-service", "SUPABASE_SERVICE_ROLE_KEY", () -> u.jwtHs256(
        "{\"iss\":\"supabase\",\"ref\":\"" + u.s(LO, 20) + "\",\"role\":\"service_role\",\"iat\":1730000000,\"exp\":2045000000}"));
    add("planetscale", "PLANETSCALE_PASSWORD", () -> "pscale_pw_" + u.mixed(B64U, 43));
    add("postman", "POSTMAN_API_KEY", () -> "PMAK-" + u.s(HEX, 24) + "-" + u.s(HEX, 34));
    add("age", "AGE_KEY", () -> "AGE-SECRET-KEY-1" + u.s("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58));
    add("jwt", "ACCESS_TOKEN", () -> u.jwtHs256("{\"sub\":\"" + u.digits(8)
        + "\",\"name\":\"svc-deploy\",\"scope\":\"admin\",\"iat\":1764500000}"));
    add("basic-auth-url", "REGISTRY_URL", () -> "https://" + u.pick(new String[] {"deploy", "ci", "admin"})
        + ":" + u.mixed(AN, 18) + "@" + u.pick(new String[] {"registry.internal.example.com",
            "nexus.corp.example.net", "git.example.org"}) + "/repo");
    add("db-url", "DATABASE_URL", () -> u.pick(new String[] {"postgres", "postgresql", "mysql",
        "mongodb+srv", "redis"}) + "://app_user:" + u.mixed(AN, 20) + "@db-" + u.s(LO, 6)
        + ".prod.example.net:5432/orders");
    add("env-generic", "PAYMENTS_WEBHOOK_SECRET", () -> u.mixed(AN, 32));
    add("password-assignment", "password", () -> u.mixed(AN + "!#%", 18));
    add("api-key-assignment", "api_key", () -> u.mixed(AN, 36));
    add("iban", "IBAN", this::iban);
    add("card-visa", "card_number", () -> u.card("4", 16));
    add("card-mastercard", "card_number", () -> u.card(u.pick(new String[] {"51", "53", "55", "2221", "2720"}), 16));
    add("card-amex", "card_number", () -> u.card(u.pick(new String[] {"34", "37"}), 15));
    add("card-discover", "card_number", () -> u.card("6011", 16));
    add("card-jcb", "card_number", () -> u.card("35" + u.between(28, 89), 16));
    add("card-diners", "card_number", () -> u.card("36", 14));
    add("card-unionpay", "card_number", () -> u.card("62", 16));
    add("national-id", "national_id", this::nationalId);
    add("bitcoin-wif", "BTC_PRIVATE_KEY", u::wif);
    add("pem-rsa", "private_key", true, this::rsaPem);
    add("pem-ec", "private_key", true, this::ecPem);
    add("openssh", "id_ed25519", true, this::openssh);
    add("pgp", "private.asc", true, this::pgp);
    add("putty", "deploy.ppk", true, this::putty);
  }

  private void add(String id, String var, Supplier<String> g) {
    kinds.add(new Kind(id, var, false, g));
  }

  private void add(String id, String var, boolean block, Supplier<String> g) {
    kinds.add(new Kind(id, var, block, g));
  }

  String iban() {
    switch (u.r.nextInt(5)) {
      case 0:
        return Blind20Util.iban("DE", u.s(DIG, 18));
      case 1:
        return Blind20Util.iban("GB", "NWBK" + u.s(DIG, 14));
      case 2:
        return Blind20Util.iban("FR", u.s(DIG, 23));
      case 3:
        return Blind20Util.iban("NL", "ABNA" + u.s(DIG, 10));
      default:
        return Blind20Util.iban("ES", u.s(DIG, 20));
    }
  }

  String nationalId() {
    switch (u.r.nextInt(4)) {
      case 0: { // Spanish DNI: 8 digits + letter mod 23
        String n = u.s(DIG, 8);
        return n + "TRWAGMYFPDXBNJZSQVHLCKE".charAt(Integer.parseInt(n) % 23);
      }
      case 1: { // Dutch BSN: 11-test
        while (true) {
          String n = u.digits(9);
          int sum = 0;
          for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (n.charAt(i) - '0');
          }
          sum -= n.charAt(8) - '0';
          if (sum % 11 == 0) {
            return n;
          }
        }
      }
      case 2: { // Polish PESEL
        int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
        String n = String.format("%02d%02d%02d", u.between(50, 99), u.between(1, 12), u.between(1, 28))
            + u.s(DIG, 4);
        int sum = 0;
        for (int i = 0; i < 10; i++) {
          sum += w[i] * (n.charAt(i) - '0');
        }
        return n + (10 - sum % 10) % 10;
      }
      default: { // Brazilian CPF
        int[] d = new int[11];
        for (int i = 0; i < 9; i++) {
          d[i] = u.r.nextInt(10);
        }
        for (int k = 9; k < 11; k++) {
          int s = 0;
          for (int i = 0; i < k; i++) {
            s += d[i] * (k + 1 - i);
          }
          int c = (s * 10) % 11;
          d[k] = c == 10 ? 0 : c;
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
    }
  }

  static String pem(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n"
        + Blind20Util.wrap(Blind20Util.b64(der), 64) + "\n-----END " + label + "-----";
  }

  private java.security.KeyPair rsaPair;

  String rsaPem() {
    try {
      if (rsaPair == null) {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048, new java.security.SecureRandom(new byte[] {20}));
        rsaPair = g.generateKeyPair();
      }
      // The DER of the one real key with its last 600 bytes replaced by seeded random: every row
      // differs and keeps the real PKCS#8 header.
      byte[] der = rsaPair.getPrivate().getEncoded().clone();
      byte[] tail = u.bytes(600);
      System.arraycopy(tail, 0, der, der.length - 600, 600);
      return pem(u.r.nextBoolean() ? "PRIVATE KEY" : "PRIVATE KEY", der);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  String ecPem() {
    byte[] der = new byte[121];
    byte[] head = {0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20};
    System.arraycopy(head, 0, der, 0, head.length);
    System.arraycopy(u.bytes(114), 0, der, 7, 114);
    return pem("EC PRIVATE KEY", der);
  }

  String openssh() {
    byte[] magic = Blind20Util.utf8("openssh-key-v1\0");
    byte[] body = new byte[magic.length + 220];
    System.arraycopy(magic, 0, body, 0, magic.length);
    System.arraycopy(u.bytes(220), 0, body, magic.length, 220);
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + Blind20Util.wrap(Blind20Util.b64(body), 70)
        + "\n-----END OPENSSH PRIVATE KEY-----";
  }

  String pgp() {
    return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + Blind20Util.wrap(Blind20Util.b64(u.bytes(300)), 64)
        + "\n=" + Blind20Util.b64(u.bytes(3)) + "\n-----END PGP PRIVATE KEY BLOCK-----";
  }

  String putty() {
    return "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@build\n"
        + "Public-Lines: 2\n" + Blind20Util.wrap(Blind20Util.b64(u.bytes(51)), 64)
        + "\nPrivate-Lines: 1\n" + Blind20Util.b64(u.bytes(36))
        + "\nPrivate-MAC: " + u.s(HEX, 64);
  }
}
