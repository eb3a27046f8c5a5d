package io.moltr.core.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Fake credentials in their providers' documented formats (with checksums where one exists).
 *
 * <p>Label decisions that could go either way (from issue 3 and the project's label policy):
 *
 * <ul>
 *   <li>Sentry DSN, Google API keys (AIza), Stripe secret and restricted keys: positives
 *       (project policy). Stripe publishable keys and a Twilio account SID alone: negatives.
 *   <li>An AWS access key id is always written with its secret access key; the row's secret is
 *       the secret key (the id alone identifies, it does not authenticate).
 *   <li>Context-dependent keys (Datadog, Cloudflare, Vercel, Twilio auth token, Heroku legacy
 *       UUID) always appear with their variable name or a label: the issue's generic assignment
 *       detector is what should catch them; a bare 32-hex string is a digest.
 *   <li>National ids: only formats with a checksum (issue: "where a checksum exists"), and
 *       always with their name nearby, since 9 digits alone is any number.
 *   <li>JWT: a positive only when signed (issue: "JWTs with a signature"); alg none tokens are
 *       negatives. The jwt.io documented example token is a negative (documented example).
 *   <li>Documented test card numbers (4242 4242 4242 4242 in a Stripe test-mode context) are
 *       negatives: documented examples, not payment data.
 *   <li>bcrypt/argon2 hashes are negatives (a hash, not the secret).
 *   <li>Kubernetes Secret whose data decodes to a placeholder: negative; to a random value:
 *       positive.
 *   <li>Seed phrases: skipped (no exact BIP39 list available offline here).
 * </ul>
 */
final class Blind27Secrets {
  /** One credential. {@code block} is a multi-line document to show whole, or null. */
  record Sec(String kind, String value, String label, String var, boolean needsCtx, String block) {
    boolean simple() {
      return block == null && value.matches("[A-Za-z0-9_.\\-]+");
    }

    boolean singleLine() {
      return block == null && value.indexOf('\n') < 0;
    }
  }

  final Blind27Util u;
  final Map<String, Function<Blind27Util, Sec>> kinds = new LinkedHashMap<>();

  Blind27Secrets(Blind27Util u) {
    this.u = u;
    define();
  }

  private void k(String kind, Function<Blind27Util, Sec> f) {
    kinds.put(kind, f);
  }

  private static Sec t(String kind, String value, String label, String var) {
    return new Sec(kind, value, label, var, false, null);
  }

  private static Sec c(String kind, String value, String label, String var) {
    return new Sec(kind, value, label, var, true, null);
  }

  Sec make(String kind) {
    return kinds.get(kind).apply(u);
  }

  List<String> kindNames() {
    return new ArrayList<>(kinds.keySet());
  }

  private void define() {
    k("aws", x -> c("aws", x.mixed(Blind27Util.ALNUM + "/+", 40), "AWS secret access key", "AWS_SECRET_ACCESS_KEY"));
    k("openai", x -> t("openai", "sk-proj-" + x.mixed(Blind27Util.B64URL, 74) + "T3BlbkFJ" + x.mixed(Blind27Util.B64URL, 74), "OpenAI API key", "OPENAI_API_KEY"));
    k("openai-legacy", x -> t("openai-legacy", "sk-" + x.mixed(Blind27Util.ALNUM, 20) + "T3BlbkFJ" + x.mixed(Blind27Util.ALNUM, 20), "OpenAI key", "OPENAI_KEY"));
    k("anthropic", x -> t("anthropic", "sk-ant-api03-" + x.mixed(Blind27Util.B64URL, 93) + "AA", "Anthropic API key", "ANTHROPIC_API_KEY"));
    k("stripe-secret", x -> t("stripe-secret", "sk_live_51" + x.mixed(Blind27Util.ALNUM, 97), "Stripe secret key", "STRIPE_SECRET_KEY"));
    k("stripe-restricted", x -> t("stripe-restricted", "rk_live_51" + x.mixed(Blind27Util.ALNUM, 97), "Stripe restricted key", "STRIPE_RESTRICTED_KEY"));
    k("github-pat", x -> t("github-pat", x.crcToken("ghp_"), "GitHub token", "GITHUB_TOKEN"));
    k("github-oauth", x -> t("github-oauth", x.crcToken("gho_"), "GitHub OAuth token", "GH_OAUTH_TOKEN"));
    k("github-fine", x -> t("github-fine", "github_pat_11" + x.s(Blind27Util.UPPER + Blind27Util.DIGITS, 20) + "_" + x.mixed(Blind27Util.ALNUM, 59), "GitHub fine-grained token", "GH_PAT"));
    k("gitlab-pat", x -> t("gitlab-pat", "glpat-" + x.mixed(Blind27Util.B64URL, 20), "GitLab token", "GITLAB_TOKEN"));
    k("gitlab-deploy", x -> t("gitlab-deploy", "gldt-" + x.mixed(Blind27Util.B64URL, 20), "GitLab deploy token", "CI_DEPLOY_TOKEN"));
    k("gitlab-runner", x -> t("gitlab-runner", "glrt-" + x.mixed(Blind27Util.B64URL, 20), "GitLab runner token", "RUNNER_TOKEN"));
    k("npm", x -> t("npm", x.crcToken("npm_"), "npm token", "NPM_TOKEN"));
    k("pypi", x -> t("pypi", "pypi-AgEIcHlwaS5vcmcCJ" + x.mixed(Blind27Util.B64URL, 130), "PyPI token", "PYPI_TOKEN"));
    k("huggingface", x -> t("huggingface", "hf_" + x.mixed(Blind27Util.ALNUM, 34).replaceAll("[0-9]", "q"), "Hugging Face token", "HF_TOKEN"));
    k("groq", x -> t("groq", "gsk_" + x.mixed(Blind27Util.ALNUM, 52), "Groq key", "GROQ_API_KEY"));
    k("openrouter", x -> t("openrouter", "sk-or-v1-" + x.hex(64), "OpenRouter key", "OPENROUTER_API_KEY"));
    k("google-oauth-secret", x -> t("google-oauth-secret", "GOCSPX-" + x.mixed(Blind27Util.B64URL, 28), "Google OAuth client secret", "GOOGLE_CLIENT_SECRET"));
    k("google-api-key", x -> t("google-api-key", "AIza" + x.mixed(Blind27Util.B64URL, 35), "Google API key", "GOOGLE_API_KEY"));
    k("gcp-service-account", x -> {
      String pk = Blind27Util.pem("PRIVATE KEY", der(x, 1216)) + "\n";
      String proj = x.pick("acme-prod", "billing-svc-293", "data-lake-7781", "ml-infra");
      String doc = "{\n  \"type\": \"service_account\",\n  \"project_id\": \"" + proj + "\",\n  \"private_key_id\": \"" + x.hex(40)
          + "\",\n  \"private_key\": \"" + Blind27Util.json(pk) + "\",\n  \"client_email\": \"deployer@" + proj
          + ".iam.gserviceaccount.com\",\n  \"client_id\": \"" + x.digits(21) + "\",\n  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}";
      return new Sec("gcp-service-account", Blind27Util.json(pk), "service account key", "sa-key.json", false, doc);
    });
    k("azure-storage", x -> t("azure-storage", "DefaultEndpointsProtocol=https;AccountName=" + x.pick("stprod", "acmelogs", "mediablob") + x.digits(3)
        + ";AccountKey=" + Blind27Util.b64(x.bytes(64)) + ";EndpointSuffix=core.windows.net", "Azure storage connection string", "AZURE_STORAGE_CONNECTION_STRING"));
    k("azure-sas", x -> t("azure-sas", "https://" + x.pick("stbackup", "acmeexports") + x.digits(2) + ".blob.core.windows.net/exports/report.csv?sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2027-01-31T18:00:00Z&st=2026-11-30T10:00:00Z&spr=https&sig="
        + java.net.URLEncoder.encode(Blind27Util.b64(x.bytes(32)), java.nio.charset.StandardCharsets.UTF_8), "Azure SAS URL", "AZURE_SAS_URL"));
    k("twilio", x -> c("twilio", x.hex(32), "Twilio auth token", "TWILIO_AUTH_TOKEN"));
    k("twilio-apikey", x -> t("twilio-apikey", "SK" + x.hex(32), "Twilio API key", "TWILIO_API_KEY"));
    k("mailgun", x -> t("mailgun", "key-" + x.hex(32), "Mailgun API key", "MAILGUN_API_KEY"));
    k("mailchimp", x -> t("mailchimp", x.hex(32) + "-us" + x.between(1, 21), "Mailchimp API key", "MAILCHIMP_API_KEY"));
    k("shopify", x -> t("shopify", x.pick("shpat_", "shpss_", "shpca_") + x.hex(32), "Shopify access token", "SHOPIFY_ACCESS_TOKEN"));
    k("digitalocean", x -> t("digitalocean", x.pick("dop_v1_", "doo_v1_") + x.hex(64), "DigitalOcean token", "DIGITALOCEAN_TOKEN"));
    k("heroku", x -> t("heroku", "HRKU-AA" + x.mixed(Blind27Util.B64URL, 58), "Heroku API key", "HEROKU_API_KEY"));
    k("heroku-legacy", x -> c("heroku-legacy", x.uuid(), "Heroku API key", "HEROKU_API_KEY"));
    k("datadog", x -> c("datadog", x.hex(32), "Datadog API key", "DD_API_KEY"));
    k("datadog-app", x -> c("datadog-app", x.hex(40), "Datadog application key", "DD_APP_KEY"));
    k("newrelic", x -> t("newrelic", "NRAK-" + x.s(Blind27Util.UPPER + Blind27Util.DIGITS, 27), "New Relic user key", "NEW_RELIC_API_KEY"));
    k("sentry-dsn", x -> t("sentry-dsn", "https://" + x.hex(32) + "@o" + x.digits(6) + ".ingest.sentry.io/" + x.digits(7), "Sentry DSN", "SENTRY_DSN"));
    k("discord-bot", x -> t("discord-bot", Blind27Util.b64nopad("1" + x.digits(18)) + "." + x.mixed(Blind27Util.B64URL, 6) + "." + x.mixed(Blind27Util.B64URL, 38), "Discord bot token", "DISCORD_TOKEN"));
    k("discord-webhook", x -> t("discord-webhook", "https://discord.com/api/webhooks/1" + x.digits(18) + "/" + x.mixed(Blind27Util.B64URL, 68), "Discord webhook", "DISCORD_WEBHOOK_URL"));
    k("slack-bot", x -> t("slack-bot", "xoxb-" + x.digits(12) + "-" + x.digits(13) + "-" + x.mixed(Blind27Util.ALNUM, 24), "Slack bot token", "SLACK_BOT_TOKEN"));
    k("slack-user", x -> t("slack-user", "xoxp-" + x.digits(12) + "-" + x.digits(12) + "-" + x.digits(13) + "-" + x.hex(32), "Slack user token", "SLACK_USER_TOKEN"));
    k("slack-webhook", x -> t("slack-webhook", "https://hooks.slack.com/services/T" + x.s(Blind27Util.UPPER + Blind27Util.DIGITS, 10) + "/B" + x.s(Blind27Util.UPPER + Blind27Util.DIGITS, 10) + "/" + x.mixed(Blind27Util.ALNUM, 24), "Slack webhook", "SLACK_WEBHOOK_URL"));
    k("linear", x -> t("linear", "lin_api_" + x.mixed(Blind27Util.ALNUM, 40), "Linear API key", "LINEAR_API_KEY"));
    k("notion", x -> t("notion", x.r.nextBoolean() ? "ntn_" + x.digits(11) + x.mixed(Blind27Util.ALNUM, 35) : "secret_" + x.mixed(Blind27Util.ALNUM, 43), "Notion integration token", "NOTION_TOKEN"));
    k("atlassian", x -> t("atlassian", "ATATT3xFfGF0" + x.mixed(Blind27Util.B64URL, 170) + "=" + x.s("0123456789ABCDEF", 8), "Atlassian API token", "JIRA_API_TOKEN"));
    k("doppler", x -> t("doppler", x.r.nextBoolean() ? "dp.pt." + x.mixed(Blind27Util.ALNUM, 43) : "dp.st.prd." + x.mixed(Blind27Util.ALNUM, 40), "Doppler token", "DOPPLER_TOKEN"));
    k("vault", x -> t("vault", "hvs.CAESI" + x.mixed(Blind27Util.B64URL, 86), "Vault token", "VAULT_TOKEN"));
    k("terraform", x -> t("terraform", x.mixed(Blind27Util.ALNUM, 14) + ".atlasv1." + x.mixed(Blind27Util.ALNUM, 67), "Terraform Cloud token", "TFE_TOKEN"));
    k("databricks", x -> t("databricks", "dapi" + x.hex(32), "Databricks token", "DATABRICKS_TOKEN"));
    k("cloudflare", x -> c("cloudflare", x.mixed(Blind27Util.B64URL, 40), "Cloudflare API token", "CLOUDFLARE_API_TOKEN"));
    k("cloudflare-ca", x -> t("cloudflare-ca", "v1.0-" + x.hex(24) + "-" + x.hex(146), "Cloudflare Origin CA key", "CF_ORIGIN_CA_KEY"));
    k("flyio", x -> t("flyio", "fo1_" + x.mixed(Blind27Util.B64URL, 43), "Fly.io token", "FLY_API_TOKEN"));
    k("vercel", x -> c("vercel", x.mixed(Blind27Util.ALNUM, 24), "Vercel token", "VERCEL_TOKEN"));
    k("netlify", x -> t("netlify", "nfp_" + x.mixed(Blind27Util.ALNUM, 36), "Netlify token", "NETLIFY_AUTH_TOKEN"));
    k("supabase-service", x -> t("supabase-service", Blind27Util.hmacJwt("{\"alg\":\"HS256\",\"typ\":\"JWT\"}",
        "{\"iss\":\"supabase\",\"ref\":\"" + x.s(Blind27Util.LOWER, 20) + "\",\"role\":\"service_role\",\"iat\":1717000000,\"exp\":2032576000}", x.bytes(32)),
        "Supabase service role key", "SUPABASE_SERVICE_ROLE_KEY"));
    k("supabase-pat", x -> t("supabase-pat", "sbp_" + x.hex(40), "Supabase access token", "SUPABASE_ACCESS_TOKEN"));
    k("firebase-fcm", x -> t("firebase-fcm", "AAAA" + x.mixed(Blind27Util.B64URL, 7) + ":APA91b" + x.mixed(Blind27Util.B64URL, 134), "Firebase server key", "FCM_SERVER_KEY"));
    k("planetscale", x -> t("planetscale", x.pick("pscale_tkn_", "pscale_pw_") + x.mixed(Blind27Util.B64URL, 43), "PlanetScale token", "PLANETSCALE_TOKEN"));
    k("postman", x -> t("postman", "PMAK-" + x.hex(24) + "-" + x.hex(34), "Postman API key", "POSTMAN_API_KEY"));
    k("sendgrid", x -> t("sendgrid", "SG." + x.mixed(Blind27Util.B64URL, 22) + "." + x.mixed(Blind27Util.B64URL, 43), "SendGrid key", "SENDGRID_API_KEY"));
    k("telegram", x -> t("telegram", x.between(1, 7) + x.digits(9) + ":AA" + x.mixed(Blind27Util.B64URL, 33), "Telegram bot token", "TELEGRAM_BOT_TOKEN"));
    k("square", x -> t("square", "EAAA" + x.mixed(Blind27Util.B64URL, 60), "Square access token", "SQUARE_ACCESS_TOKEN"));
    k("age", x -> t("age", Blind27Util.bech32("age-secret-key-", x.bytes(32)).toUpperCase(), "age identity", "AGE_KEY"));
    k("wif", x -> t("wif", x.wif(), "bitcoin private key (WIF)", "BTC_WIF"));
    k("jwt", x -> t("jwt", Blind27Util.hmacJwt("{\"alg\":\"HS256\",\"typ\":\"JWT\"}",
        "{\"sub\":\"" + x.digits(8) + "\",\"email\":\"ops@" + x.pick("acme.io", "northwind.dev") + "\",\"scope\":\"admin\",\"iat\":1764500000,\"exp\":1764586400}", x.bytes(32)),
        "session JWT", "AUTH_TOKEN"));
    k("rsa-private", x -> blockKey("rsa-private", Blind27Util.pem("RSA PRIVATE KEY", der(x, 1190)), "RSA private key", "deploy.pem"));
    k("ec-private", x -> blockKey("ec-private", Blind27Util.pem("EC PRIVATE KEY", ec(x)), "EC private key", "signing.key"));
    k("openssh-private", x -> blockKey("openssh-private", Blind27Util.pem("OPENSSH PRIVATE KEY", ossh(x)), "SSH private key", "id_ed25519"));
    k("pgp-private", x -> blockKey("pgp-private", "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n"
        + Blind27Util.b64(pgp(x)).replaceAll("(.{64})", "$1\n") + "\n=" + x.mixed(Blind27Util.ALNUM, 4) + "\n-----END PGP PRIVATE KEY BLOCK-----", "PGP private key", "release-signing.asc"));
    k("putty-private", x -> blockKey("putty-private", "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-20261130\nPublic-Lines: 2\n"
        + Blind27Util.b64(x.bytes(51)).replaceAll("(.{64})", "$1\n") + "\nPrivate-Lines: 1\n" + Blind27Util.b64(x.bytes(36)) + "\nPrivate-MAC: " + x.hex(64), "PuTTY private key", "bastion.ppk"));
    k("basic-auth-url", x -> t("basic-auth-url", "https://" + x.pick("deploy", "ci-bot", "admin", "svc_reports") + ":" + x.mixed(Blind27Util.ALNUM + "!*", 18) + "@" + x.pick("registry.acme-internal.net", "git.northwind.dev", "nexus.corp.example.org") + "/" + x.pick("repository/npm", "api/v2", "org/app.git"), "registry URL", "REGISTRY_URL"));
    k("db-url", x -> t("db-url", x.pick("postgres", "postgresql", "mysql", "mongodb+srv", "redis") + "://" + x.pick("app", "root", "analytics", "default") + ":" + x.mixed(Blind27Util.ALNUM, 20) + "@" + x.pick("db.prod.acme.io:5432", "10.20.4.17:3306", "cluster0.a1b2c.mongodb.net", "cache.internal:6379") + "/" + x.pick("main", "orders", "0", "events"), "database URL", "DATABASE_URL"));
    k("k8s-secret", x -> {
      String pw = x.mixed(Blind27Util.ALNUM + "!#%", 24);
      String b = Blind27Util.b64(pw);
      String doc = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + x.pick("db-credentials", "api-keys", "smtp-auth") + "\n  namespace: " + x.pick("prod", "payments", "default")
          + "\ntype: Opaque\ndata:\n  username: " + Blind27Util.b64(x.pick("app", "svc", "admin")) + "\n  password: " + b + "\n";
      return new Sec("k8s-secret", b, "Kubernetes Secret", "secret.yaml", false, doc);
    });
    k("dotenv-generic", x -> c("dotenv-generic", x.mixed(Blind27Util.ALNUM, 32 + x.between(0, 16)), "API secret", x.pick("ACME_PAYMENTS_SECRET", "INTERNAL_API_KEY", "WEBHOOK_SIGNING_SECRET", "PARTNER_CLIENT_SECRET", "ZEPHYR_AUTH_TOKEN")));
    k("password-assign", x -> c("password-assign", x.mixed(Blind27Util.ALNUM + "!@#$%^&*", 16 + x.between(0, 10)), "password", x.pick("password", "db_password", "smtp_pass", "admin_password", "passwd")));
    k("apikey-assign", x -> c("apikey-assign", x.mixed(Blind27Util.ALNUM, 32), "api key", x.pick("api_key", "apiKey", "client_secret", "access_token", "secret_key")));
    k("iban", x -> {
      String v = switch (x.between(0, 3)) {
        case 0 -> Blind27Util.iban("DE", x.digits(18));
        case 1 -> Blind27Util.iban("GB", x.pick("NWBK", "BARC", "LOYD", "HBUK") + x.digits(14));
        case 2 -> Blind27Util.iban("NL", x.pick("ABNA", "INGB", "RABO") + x.digits(10));
        default -> Blind27Util.iban("FR", x.digits(10) + x.s(Blind27Util.UPPER + Blind27Util.DIGITS, 11) + x.digits(2));
      };
      return c("iban", v, "IBAN", "iban");
    });
    k("card-visa", x -> card(x, "card-visa", "4" + x.digits(14)));
    k("card-mastercard", x -> card(x, "card-mastercard", x.pick("51", "52", "53", "54", "55") + x.digits(13)));
    k("card-amex", x -> card(x, "card-amex", x.pick("34", "37") + x.digits(12)));
    k("card-discover", x -> card(x, "card-discover", "6011" + x.digits(11)));
    k("card-jcb", x -> card(x, "card-jcb", "35" + x.between(28, 89) + x.digits(11)));
    k("card-diners", x -> card(x, "card-diners", "36" + x.digits(11)));
    k("card-unionpay", x -> card(x, "card-unionpay", "62" + x.digits(14)));
    k("national-id-es-dni", x -> {
      int n = x.between(10000000, 99999999);
      return c("national-id-es-dni", n + String.valueOf("TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23)), "DNI", "dni");
    });
    k("national-id-nl-bsn", x -> {
      while (true) {
        String d = x.between(1, 6) + x.digits(8);
        int sum = 0;
        for (int i = 0; i < 8; i++) {
          sum += (9 - i) * (d.charAt(i) - '0');
        }
        sum -= d.charAt(8) - '0';
        if (sum % 11 == 0) {
          return c("national-id-nl-bsn", d, "BSN", "bsn");
        }
      }
    });
    k("national-id-se-pnr", x -> {
      String base = String.format("%02d%02d%02d%03d", x.between(60, 99), x.between(1, 12), x.between(1, 28), x.between(100, 999));
      return c("national-id-se-pnr", base.substring(0, 6) + "-" + base.substring(6) + Blind27Util.luhnDigit(base), "personnummer", "personnummer");
    });
  }

  private static Sec blockKey(String kind, String pem, String label, String file) {
    return new Sec(kind, pem, label, file, false, pem);
  }

  private static Sec card(Blind27Util x, String kind, String partial) {
    String n = partial + Blind27Util.luhnDigit(partial);
    return c(kind, n, "card number", "card_number");
  }

  private static byte[] der(Blind27Util x, int n) {
    byte[] b = x.bytes(n);
    b[0] = 0x30;
    b[1] = (byte) 0x82;
    b[2] = (byte) ((n - 4) >> 8);
    b[3] = (byte) ((n - 4) & 0xff);
    b[4] = 0x02;
    b[5] = 0x01;
    b[6] = 0x00;
    return b;
  }

  private static byte[] ec(Blind27Util x) {
    byte[] b = x.bytes(121);
    b[0] = 0x30;
    b[1] = 0x77;
    b[2] = 0x02;
    b[3] = 0x01;
    b[4] = 0x01;
    b[5] = 0x04;
    b[6] = 0x20;
    return b;
  }

  private static byte[] ossh(Blind27Util x) {
    byte[] magic = "openssh-key-v1\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] rest = x.bytes(380);
    byte[] all = new byte[magic.length + rest.length];
    System.arraycopy(magic, 0, all, 0, magic.length);
    System.arraycopy(rest, 0, all, magic.length, rest.length);
    return all;
  }

  private static byte[] pgp(Blind27Util x) {
    byte[] b = x.bytes(900);
    b[0] = (byte) 0x95;
    b[1] = 0x07;
    b[2] = 0x46;
    b[3] = 0x04;
    return b;
  }
}
