package io.moltr.core.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Blind corpus 19: plain leaks in everyday agent output, a depth-1 encoded set and hard
 * negatives. Seed fixed; every value is generated fake material in its provider's documented
 * shape. Decisions: an unsigned JWT (alg none, empty signature) is a NEGATIVE (no signature, not
 * a credential by the issue's wording); Stripe publishable test keys are NEGATIVE (public by
 * design); look-alike letters use fullwidth forms (NFKC folds them).
 */
final class Blind19Corpus {
  static final long SEED = 19_1130L;

  record Row(String label, String kind, String encoding, String context, String secret, String text) {}

  /** kind type: T token, U url/connection string, P personal/financial, B multi-line block. */
  record Kind(String id, char type, String name, String label, Function<Blind19Gen, String[]> gen) {}

  record Ctx(String id, String types, Fill f) {}

  interface Fill {
    String fill(String name, String label, String v, Blind19Gen g);
  }

  static String[] one(String v) {
    return new String[] {v, v};
  }

  static List<Kind> kinds() {
    List<Kind> k = new ArrayList<>();
    k.add(new Kind("aws_access_key", 'T', "AWS_ACCESS_KEY_ID", "AWS access key", g -> one("AKIA" + g.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))));
    k.add(new Kind("aws_secret_key", 'T', "AWS_SECRET_ACCESS_KEY", "AWS secret access key", g -> one(g.mixed(Blind19Gen.B64, 40))));
    k.add(new Kind("github_classic", 'T', "GITHUB_TOKEN", "GitHub token", g -> one(g.github("ghp_"))));
    k.add(new Kind("github_oauth", 'T', "GH_OAUTH_TOKEN", "GitHub OAuth token", g -> one(g.github("gho_"))));
    k.add(new Kind("github_fine", 'T', "GH_PAT", "fine-grained GitHub PAT", g -> one("github_pat_11" + g.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 20) + "_" + g.alnum(59))));
    k.add(new Kind("gitlab_pat", 'T', "GITLAB_TOKEN", "GitLab personal access token", g -> one("glpat-" + g.b64url(20))));
    k.add(new Kind("gitlab_runner", 'T', "CI_RUNNER_TOKEN", "GitLab runner token", g -> one("glrt-" + g.b64url(20))));
    k.add(new Kind("npm", 'T', "NPM_TOKEN", "npm token", g -> one("npm_" + g.alnum(36))));
    k.add(new Kind("pypi", 'T', "PYPI_TOKEN", "PyPI upload token", g -> one("pypi-AgEIcHlwaS5vcmc" + g.b64url(70))));
    k.add(new Kind("huggingface", 'T', "HF_TOKEN", "Hugging Face token", g -> one("hf_" + g.mixed(Blind19Gen.UPPER + Blind19Gen.LOWER, 34))));
    k.add(new Kind("groq", 'T', "GROQ_API_KEY", "Groq key", g -> one("gsk_" + g.alnum(52))));
    k.add(new Kind("openrouter", 'T', "OPENROUTER_API_KEY", "OpenRouter key", g -> one("sk-or-v1-" + g.hex(64))));
    k.add(new Kind("openai", 'T', "OPENAI_API_KEY", "OpenAI key", g -> one("sk-proj-" + g.b64url(74) + "T3BlbkFJ" + g.b64url(74))));
    k.add(new Kind("anthropic", 'T', "ANTHROPIC_API_KEY", "Anthropic key", g -> one("sk-ant-api03-" + g.b64url(93) + "AA")));
    k.add(new Kind("stripe_secret", 'T', "STRIPE_SECRET_KEY", "Stripe secret key", g -> one("sk_live_51" + g.alnum(97))));
    k.add(new Kind("stripe_restricted", 'T', "STRIPE_RK", "Stripe restricted key", g -> one("rk_live_" + g.alnum(24))));
    k.add(new Kind("google_api", 'T', "GOOGLE_API_KEY", "Google API key", g -> one("AIza" + g.b64url(35))));
    k.add(new Kind("google_oauth_secret", 'T', "GOOGLE_CLIENT_SECRET", "Google OAuth client secret", g -> one("GOCSPX-" + g.b64url(28))));
    k.add(new Kind("azure_storage_conn", 'U', "AZURE_STORAGE_CONNECTION_STRING", "Azure storage connection string", g -> {
      String key = Blind19Gen.b64(g.bytes(64));
      return new String[] {key, "DefaultEndpointsProtocol=https;AccountName=" + g.pick(Blind19Gen.LOWER, 10) + ";AccountKey=" + key + ";EndpointSuffix=core.windows.net"};
    }));
    k.add(new Kind("azure_sas", 'U', "AZURE_SAS_URL", "Azure SAS URL", g -> {
      String sig = Blind19Gen.b64(g.bytes(32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D");
      return new String[] {sig, "https://" + g.pick(Blind19Gen.LOWER, 9) + ".blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-12-31T23:59:59Z&st=2026-11-01T00:00:00Z&spr=https&sig=" + sig};
    }));
    k.add(new Kind("twilio_auth", 'T', "TWILIO_AUTH_TOKEN", "Twilio auth token", g -> one(g.hex(32))));
    k.add(new Kind("twilio_api_key", 'T', "TWILIO_API_KEY", "Twilio API key SID", g -> one("SK" + g.hex(32))));
    k.add(new Kind("mailgun", 'T', "MAILGUN_API_KEY", "Mailgun key", g -> one("key-" + g.hex(32))));
    k.add(new Kind("mailchimp", 'T', "MAILCHIMP_API_KEY", "Mailchimp key", g -> one(g.hex(32) + "-us" + (1 + g.r.nextInt(21)))));
    k.add(new Kind("shopify", 'T', "SHOPIFY_ACCESS_TOKEN", "Shopify admin token", g -> one("shpat_" + g.hex(32))));
    k.add(new Kind("digitalocean", 'T', "DIGITALOCEAN_TOKEN", "DigitalOcean token", g -> one("dop_v1_" + g.hex(64))));
    k.add(new Kind("heroku", 'T', "HEROKU_API_KEY", "Heroku API key", g -> one("HRKU-AA" + g.b64url(58))));
    k.add(new Kind("datadog", 'T', "DD_API_KEY", "Datadog API key", g -> one(g.hex(32))));
    k.add(new Kind("newrelic", 'T', "NEW_RELIC_API_KEY", "New Relic user key", g -> one("NRAK-" + g.pick(Blind19Gen.UPPER + Blind19Gen.DIGITS, 27))));
    k.add(new Kind("sentry_token", 'T', "SENTRY_AUTH_TOKEN", "Sentry auth token", g -> one("sntryu_" + g.hex(64))));
    k.add(new Kind("sentry_dsn", 'U', "SENTRY_DSN", "Sentry DSN", g -> {
      String sec = g.hex(32);
      return new String[] {sec, "https://" + g.hex(32) + ":" + sec + "@o" + g.digits(6) + ".ingest.sentry.io/" + g.digits(7)};
    }));
    k.add(new Kind("discord_bot", 'T', "DISCORD_BOT_TOKEN", "Discord bot token", g -> one(Blind19Gen.b64u(Blind19Gen.utf8("1" + g.digits(18))) + "." + g.b64url(6) + "." + g.b64url(38))));
    k.add(new Kind("discord_webhook", 'U', "DISCORD_WEBHOOK_URL", "Discord webhook", g -> {
      String t = g.b64url(68);
      return new String[] {t, "https://discord.com/api/webhooks/1" + g.digits(18) + "/" + t};
    }));
    k.add(new Kind("slack_bot", 'T', "SLACK_BOT_TOKEN", "Slack bot token", g -> one("xoxb-" + g.digits(12) + "-" + g.digits(13) + "-" + g.alnum(24))));
    k.add(new Kind("slack_user", 'T', "SLACK_USER_TOKEN", "Slack user token", g -> one("xoxp-" + g.digits(12) + "-" + g.digits(12) + "-" + g.digits(13) + "-" + g.hex(32))));
    k.add(new Kind("slack_webhook", 'U', "SLACK_WEBHOOK_URL", "Slack webhook", g -> {
      String t = g.alnum(24);
      return new String[] {t, "https://hooks.slack.com/services/T" + g.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 10) + "/B" + g.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 10) + "/" + t};
    }));
    k.add(new Kind("linear", 'T', "LINEAR_API_KEY", "Linear API key", g -> one("lin_api_" + g.alnum(40))));
    k.add(new Kind("notion", 'T', "NOTION_TOKEN", "Notion integration secret", g -> one("secret_" + g.alnum(43))));
    k.add(new Kind("atlassian", 'T', "JIRA_API_TOKEN", "Atlassian API token", g -> one("ATATT3xFfGF0" + g.b64url(170) + "=" + g.pick("0123456789ABCDEF", 8))));
    k.add(new Kind("doppler", 'T', "DOPPLER_TOKEN", "Doppler service token", g -> one("dp.st.prd." + g.alnum(40))));
    k.add(new Kind("vault", 'T', "VAULT_TOKEN", "Vault token", g -> one("hvs." + g.b64url(91))));
    k.add(new Kind("terraform_cloud", 'T', "TFE_TOKEN", "Terraform Cloud token", g -> one(g.alnum(14) + ".atlasv1." + g.alnum(67))));
    k.add(new Kind("databricks", 'T', "DATABRICKS_TOKEN", "Databricks token", g -> one("dapi" + g.hex(32))));
    k.add(new Kind("cloudflare", 'T', "CLOUDFLARE_API_TOKEN", "Cloudflare API token", g -> one(g.b64url(40))));
    k.add(new Kind("flyio", 'T', "FLY_API_TOKEN", "Fly.io token", g -> one("fo1_" + g.b64url(43))));
    k.add(new Kind("vercel", 'T', "VERCEL_TOKEN", "Vercel token", g -> one(g.alnum(24))));
    k.add(new Kind("netlify", 'T', "NETLIFY_AUTH_TOKEN", "Netlify token", g -> one("nfp_" + g.alnum(36))));
    k.add(new Kind("supabase_pat", 'T', "SUPABASE_ACCESS_TOKEN", "Supabase access token", g -> one("sbp_" + g.hex(40))));
    k.add(new Kind("supabase_service", 'T', "SUPABASE_SERVICE_ROLE_KEY", "Supabase service role key", g -> one(g.supabaseJwt())));
    k.add(new Kind("firebase_fcm", 'T', "FCM_SERVER_KEY", "Firebase Cloud Messaging server key", g -> one("AAAA" + g.b64url(7) + ":APA91b" + g.b64url(134))));
    k.add(new Kind("planetscale", 'T', "PLANETSCALE_PASSWORD", "PlanetScale password", g -> one("pscale_pw_" + g.b64url(43))));
    k.add(new Kind("postman", 'T', "POSTMAN_API_KEY", "Postman API key", g -> one("PMAK-" + g.hex(24) + "-" + g.hex(34))));
    k.add(new Kind("sendgrid", 'T', "SENDGRID_API_KEY", "SendGrid key", g -> one("SG." + g.b64url(22) + "." + g.b64url(43))));
    k.add(new Kind("age", 'T', "AGE_KEY", "age secret key", g -> one("AGE-SECRET-KEY-1" + g.pick("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58))));
    k.add(new Kind("jwt", 'T', "SESSION_JWT", "session JWT", g -> one(g.jwt())));
    k.add(new Kind("bitcoin_wif", 'T', "BTC_WIF", "Bitcoin private key (WIF)", g -> one(g.wif())));
    k.add(new Kind("basic_auth_url", 'U', "REGISTRY_URL", "registry URL with credentials", g -> {
      String pw = g.alnum(18);
      return new String[] {pw, "https://" + g.one(new String[] {"deploy", "ci-bot", "jenkins", "svc_build"}) + ":" + pw + "@" + g.one(new String[] {"nexus.internal.acme.io/repository/npm/", "git.corp.example.net/infra/tools.git", "registry.lab.local:5000/v2/"})};
    }));
    k.add(new Kind("postgres_url", 'U', "DATABASE_URL", "Postgres URL", g -> {
      String pw = g.alnum(20);
      return new String[] {pw, "postgres://app_user:" + pw + "@db-" + g.lowerAlnum(6) + ".eu-central-1.rds.amazonaws.com:5432/orders"};
    }));
    k.add(new Kind("mongodb_url", 'U', "MONGODB_URI", "MongoDB URI", g -> {
      String pw = g.alnum(16);
      return new String[] {pw, "mongodb+srv://analytics:" + pw + "@cluster0." + g.lowerAlnum(5) + ".mongodb.net/events?retryWrites=true&w=majority"};
    }));
    k.add(new Kind("redis_url", 'U', "REDIS_URL", "Redis URL", g -> {
      String pw = g.alnum(24);
      return new String[] {pw, "redis://default:" + pw + "@redis-" + g.digits(5) + ".c" + g.digits(3) + ".us-east-1-2.ec2.cloud.redislabs.com:" + g.digits(5)};
    }));
    k.add(new Kind("mysql_url", 'U', "MYSQL_DSN", "MySQL DSN", g -> {
      String pw = g.alnum(16);
      return new String[] {pw, "mysql://root:" + pw + "@10.0." + g.r.nextInt(255) + "." + g.r.nextInt(255) + ":3306/shop"};
    }));
    k.add(new Kind("generic_password", 'T', "DB_PASSWORD", "database password", g -> one(g.mixed(Blind19Gen.ALNUM + "!#%&*+-", 20))));
    k.add(new Kind("generic_api_key", 'T', "API_KEY", "API key for the internal service", g -> one(g.alnum(32))));
    k.add(new Kind("env_secret", 'T', "SESSION_SECRET", "session secret", g -> one(Blind19Gen.b64(g.bytes(33)))));
    k.add(new Kind("iban", 'P', "IBAN", "IBAN", g -> {
      int c = g.r.nextInt(4);
      String iban = switch (c) {
        case 0 -> g.iban("DE", g.digits(18));
        case 1 -> g.iban("FR", g.digits(23));
        case 2 -> g.iban("NL", g.upper(4) + g.digits(10));
        default -> g.iban("ES", g.digits(20));
      };
      return one(g.r.nextBoolean() ? iban : Blind19Gen.groups(iban, 4, " "));
    }));
    k.add(card("card_visa", "4", 16));
    k.add(card("card_mastercard", "5" + (1 + 0), 16));
    k.add(card("card_mastercard2", "22", 16));
    k.add(card("card_amex", "37", 15));
    k.add(card("card_discover", "6011", 16));
    k.add(card("card_jcb", "35", 16));
    k.add(card("card_unionpay", "62", 16));
    k.add(card("card_diners", "36", 14));
    k.add(new Kind("es_dni", 'P', "DNI", "Spanish DNI", g -> {
      String d = g.digits(8);
      return one(d + "TRWAGMYFPDXBNJZSQVHLCKE".charAt(Integer.parseInt(d) % 23));
    }));
    k.add(new Kind("nl_bsn", 'P', "BSN", "Dutch BSN", g -> {
      while (true) {
        String d = (1 + g.r.nextInt(9)) + g.digits(8);
        int s = 0;
        for (int i = 0; i < 8; i++) s += (9 - i) * (d.charAt(i) - '0');
        s -= d.charAt(8) - '0';
        if (s % 11 == 0) return one(d);
      }
    }));
    k.add(new Kind("br_cpf", 'P', "CPF", "Brazilian CPF", g -> {
      String d = g.digits(9);
      int s = 0;
      for (int i = 0; i < 9; i++) s += (10 - i) * (d.charAt(i) - '0');
      int d1 = (s * 10) % 11 % 10;
      d = d + d1;
      s = 0;
      for (int i = 0; i < 10; i++) s += (11 - i) * (d.charAt(i) - '0');
      int d2 = (s * 10) % 11 % 10;
      d = d + d2;
      return one(d.substring(0, 3) + "." + d.substring(3, 6) + "." + d.substring(6, 9) + "-" + d.substring(9));
    }));
    k.add(new Kind("fr_nir", 'P', "NIR", "French social security number", g -> {
      String n = (1 + g.r.nextInt(2)) + String.format("%02d%02d", 60 + g.r.nextInt(40), 1 + g.r.nextInt(12)) + String.format("%02d", 1 + g.r.nextInt(95)) + g.digits(6);
      long key = 97 - Long.parseLong(n) % 97;
      return one(n + String.format("%02d", key));
    }));
    k.add(new Kind("rsa_private_key", 'B', "id_rsa", "RSA private key", g -> {
      String body = g.pemBody("MIIEpAIBAAKCAQEA", 900, 64);
      return new String[] {body.substring(0, 64), "-----BEGIN RSA PRIVATE KEY-----\n" + body + "\n-----END RSA PRIVATE KEY-----"};
    }));
    k.add(new Kind("pkcs8_private_key", 'B', "tls.key", "TLS private key", g -> {
      String body = g.pemBody("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", 900, 64);
      return new String[] {body.substring(0, 64), "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----"};
    }));
    k.add(new Kind("openssh_private_key", 'B', "id_ed25519", "OpenSSH private key", g -> {
      String body = g.pemBody("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 300, 70);
      return new String[] {body.substring(0, 70), "-----BEGIN OPENSSH PRIVATE KEY-----\n" + body + "\n-----END OPENSSH PRIVATE KEY-----"};
    }));
    k.add(new Kind("pgp_private_key", 'B', "private.asc", "PGP private key", g -> {
      String body = g.pemBody("lQOYBG", 600, 64);
      return new String[] {body.substring(0, 64), "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + body + "\n=" + g.b64url(4).replace('-', 'a').replace('_', 'b') + "\n-----END PGP PRIVATE KEY BLOCK-----"};
    }));
    k.add(new Kind("putty_private_key", 'B', "server.ppk", "PuTTY private key", g -> {
      String priv = Blind19Gen.b64(g.bytes(33));
      return new String[] {priv, "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ed25519-key-20261102\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI" + Blind19Gen.b64(g.bytes(30)).substring(0, 39) + "\nPublic-Lines-End\nPrivate-Lines: 1\n" + priv + "\nPrivate-MAC: " + g.hex(64)};
    }));
    k.add(new Kind("gcp_service_account", 'B', "sa.json", "Google service-account key", g -> {
      String body = g.pemBody("MIIEvgIBADANBgkqhkiG9w0BAQEFAASC", 900, 64);
      String first = body.substring(0, 64);
      String esc = "-----BEGIN PRIVATE KEY-----\\n" + body.replace("\n", "\\n") + "\\n-----END PRIVATE KEY-----\\n";
      String proj = "proj-" + g.lowerAlnum(6);
      return new String[] {first, "{\n  \"type\": \"service_account\",\n  \"project_id\": \"" + proj + "\",\n  \"private_key_id\": \"" + g.hex(40) + "\",\n  \"private_key\": \"" + esc + "\",\n  \"client_email\": \"deployer@" + proj + ".iam.gserviceaccount.com\",\n  \"client_id\": \"1" + g.digits(20) + "\",\n  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}"};
    }));
    k.add(new Kind("k8s_secret", 'B', "secret.yaml", "Kubernetes Secret", g -> {
      String pw = g.alnum(22);
      String b = Blind19Gen.b64(Blind19Gen.utf8(pw));
      return new String[] {b, "apiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-db\n  namespace: prod\ntype: Opaque\ndata:\n  username: " + Blind19Gen.b64(Blind19Gen.utf8("billing")) + "\n  password: " + b};
    }));
    return k;
  }

  static Kind card(String id, String prefix, int len) {
    return new Kind(id, 'P', "CARD", "card number", g -> {
      String p = prefix;
      if (prefix.equals("22")) p = "2" + (221 + g.r.nextInt(499));
      if (prefix.equals("51")) p = "5" + (1 + g.r.nextInt(5));
      if (prefix.equals("35")) p = "35" + (28 + g.r.nextInt(62));
      String c = g.card(p, len);
      int style = g.r.nextInt(3);
      if (style == 1) c = len == 15 ? c.substring(0, 4) + " " + c.substring(4, 10) + " " + c.substring(10) : Blind19Gen.groups(c, 4, " ");
      if (style == 2 && len == 16) c = Blind19Gen.groups(c, 4, "-");
      return one(c);
    });
  }

  static String ts(Blind19Gen g) {
    return String.format("2026-11-%02dT%02d:%02d:%02d.%03dZ", 1 + g.r.nextInt(28), g.r.nextInt(24), g.r.nextInt(60), g.r.nextInt(60), g.r.nextInt(1000));
  }

  static String lower(String name) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char c : name.toLowerCase().toCharArray()) {
      if (c == '_' || c == '.') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.toString();
  }

  static String snake(String name) {
    return name.toLowerCase().replace('.', '_');
  }

  static String jsonEsc(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  static List<Ctx> contexts() {
    List<Ctx> c = new ArrayList<>();
    c.add(new Ctx("chat_en_inline", "TUP", (n, l, v, g) -> "Sure, here's the " + l + " from the vault entry you pointed me at: `" + v + "`.\nLet me know if the call still fails after you swap it in."));
    c.add(new Ctx("chat_en_below", "TUP", (n, l, v, g) -> "I found the " + l + " in the old deployment notes. It's this one:\n\n" + v + "\n\nI'd rotate it once the migration is done, it has been sitting in that doc since spring."));
    c.add(new Ctx("chat_en_hereyougo", "TUP", (n, l, v, g) -> "Here you go:\n" + v + "\n(that's the " + l + " for staging, not prod)"));
    c.add(new Ctx("chat_de", "TUP", (n, l, v, g) -> "Klar! Der Wert steht in der alten Konfiguration. Nimm diesen hier: " + v + "\nDanach sollte der Build wieder durchlaufen. Bitte nicht ins Repo einchecken."));
    c.add(new Ctx("chat_fr", "TUP", (n, l, v, g) -> "D'accord. Voici la valeur que j'ai retrouvée dans le ticket (" + l + ") :\n\n    " + v + "\n\nPense à la remplacer dans le coffre après la démo."));
    c.add(new Ctx("chat_es", "TUP", (n, l, v, g) -> "Listo, usa esta: " + v + " — es la que aparece en el runbook del equipo de pagos."));
    c.add(new Ctx("chat_it", "TUP", (n, l, v, g) -> "Ecco quello che mi hai chiesto. Il valore attuale di " + n + " è\n" + v + "\nFammi sapere se l'accesso funziona."));
    c.add(new Ctx("chat_pt", "TUP", (n, l, v, g) -> "Encontrei no arquivo de configuração antigo. Aqui está: " + v + "\nSe der erro 401, me avisa que eu procuro outra."));
    c.add(new Ctx("chat_nl", "TUP", (n, l, v, g) -> "Ik heb het gevonden in de gedeelde map. Gebruik deze waarde voor " + n + ": " + v + " en start daarna de service opnieuw."));
    c.add(new Ctx("py_ctor", "T", (n, l, v, g) -> "from acme_sdk import Client\n\nclient = Client(\n    api_key=\"" + v + "\",\n    timeout=30,\n)\nprint(client.whoami())"));
    c.add(new Ctx("py_dict", "TUP", (n, l, v, g) -> "SETTINGS = {\n    \"region\": \"eu-west-1\",\n    \"" + snake(n) + "\": \"" + v + "\",\n    \"retries\": 3,\n}"));
    c.add(new Ctx("py_default", "TU", (n, l, v, g) -> "def connect(" + snake(n) + ": str = \"" + v + "\", verbose: bool = False):\n    \"\"\"Open a session; the default is only for local runs.\"\"\"\n    return Session(" + snake(n) + ", verbose=verbose)"));
    c.add(new Ctx("py_fixture", "TUP", (n, l, v, g) -> "import pytest\n\n\n@pytest.fixture\ndef creds():\n    return {\"user\": \"qa-bot\", \"" + snake(n) + "\": \"" + v + "\"}\n\n\ndef test_login(creds):\n    assert login(**creds).ok"));
    c.add(new Ctx("js_ctor", "T", (n, l, v, g) -> "import { Client } from './client.js';\n\nconst client = new Client({\n  " + lower(n) + ": '" + v + "',\n  baseUrl: 'https://api.internal',\n});\n\nawait client.ping();"));
    c.add(new Ctx("ts_builder", "TU", (n, l, v, g) -> "const svc = new ServiceBuilder()\n  .withRegion('us-east-1')\n  .withCredential(\"" + v + "\")\n  .build();"));
    c.add(new Ctx("go_struct", "TU", (n, l, v, g) -> "cfg := Config{\n\tEndpoint: \"https://api.internal\",\n\t" + Character.toUpperCase(lower(n).charAt(0)) + lower(n).substring(1) + ": \"" + v + "\",\n\tTimeout:  10 * time.Second,\n}\nclient, err := NewClient(cfg)\nif err != nil {\n\tlog.Fatal(err)\n}"));
    c.add(new Ctx("java_builder", "TU", (n, l, v, g) -> "var client = ApiClient.builder()\n    .endpoint(URI.create(\"https://api.internal\"))\n    .secret(\"" + v + "\")\n    .build();"));
    c.add(new Ctx("rust", "TU", (n, l, v, g) -> "fn main() -> anyhow::Result<()> {\n    let " + snake(n) + " = \"" + v + "\";\n    let client = Client::new(" + snake(n) + ")?;\n    client.sync()?;\n    Ok(())\n}"));
    c.add(new Ctx("csharp", "TU", (n, l, v, g) -> "var options = new ClientOptions\n{\n    " + Character.toUpperCase(lower(n).charAt(0)) + lower(n).substring(1) + " = \"" + v + "\",\n    Retries = 3\n};\nvar client = new ServiceClient(options);"));
    c.add(new Ctx("php", "TUP", (n, l, v, g) -> "<?php\n$client = new Client([\n    '" + snake(n) + "' => '" + v + "',\n    'timeout' => 15,\n]);\n$client->send($message);"));
    c.add(new Ctx("sh_export", "TU", (n, l, v, g) -> "$ export " + n + "=" + v + "\n$ ./scripts/deploy.sh staging\n==> deploying build 4812 to staging\n==> done in 41s"));
    c.add(new Ctx("sh_echo", "TUP", (n, l, v, g) -> "$ echo $" + n + "\n" + v + "\n$ "));
    c.add(new Ctx("sh_printenv", "TU", (n, l, v, g) -> "root@worker-3:/app# printenv | sort | head\nHOME=/root\nHOSTNAME=worker-3\nLANG=C.UTF-8\n" + n + "=" + v + "\nPATH=/usr/local/bin:/usr/bin:/bin\nPWD=/app"));
    c.add(new Ctx("sh_curl_header", "T", (n, l, v, g) -> "I reproduced it with curl:\n\n```\ncurl -sS -H \"Authorization: Bearer " + v + "\" \\\n  -H 'Accept: application/json' \\\n  https://api.internal/v2/projects | jq '.items | length'\n```\nIt returns 12, so the token itself works."));
    c.add(new Ctx("sh_cli_flag", "T", (n, l, v, g) -> "$ acmectl login --token " + v + " --profile ops\nLogged in as ops@acme (expires in 89 days)"));
    c.add(new Ctx("sh_cli_p", "TP", (n, l, v, g) -> "Run the import like this:\n\n    mysql -h db.internal -u loader -p" + v + " inventory < dump.sql"));
    c.add(new Ctx("docker_run", "TU", (n, l, v, g) -> "docker run -d --name worker \\\n  -e LOG_LEVEL=info \\\n  -e " + n + "=" + v + " \\\n  ghcr.io/acme/worker:2.4.1"));
    c.add(new Ctx("kubectl_literal", "TU", (n, l, v, g) -> "$ kubectl -n prod create secret generic app-creds --from-literal=" + snake(n) + "=" + v + "\nsecret/app-creds created"));
    c.add(new Ctx("yaml", "TUP", (n, l, v, g) -> "service:\n  name: ingest\n  replicas: 2\n  auth:\n    " + snake(n) + ": " + v + "\n  logging:\n    level: info"));
    c.add(new Ctx("toml", "TU", (n, l, v, g) -> "[server]\nport = 8080\n\n[upstream]\nurl = \"https://api.internal\"\n" + snake(n) + " = \"" + v + "\""));
    c.add(new Ctx("json_config", "TUP", (n, l, v, g) -> "{\n  \"env\": \"staging\",\n  \"upstream\": {\n    \"" + lower(n) + "\": \"" + v + "\",\n    \"timeoutMs\": 5000\n  }\n}"));
    c.add(new Ctx("env_cat", "TU", (n, l, v, g) -> "$ cat .env\nNODE_ENV=production\nPORT=3000\n" + n + "=" + v + "\nLOG_FORMAT=json"));
    c.add(new Ctx("ini", "TU", (n, l, v, g) -> "[default]\nregion = eu-central-1\noutput = json\n" + snake(n) + " = " + v));
    c.add(new Ctx("hcl", "TU", (n, l, v, g) -> "provider \"acme\" {\n  region = \"eu-west-1\"\n  " + snake(n) + " = \"" + v + "\"\n}"));
    c.add(new Ctx("dockerfile", "TU", (n, l, v, g) -> "FROM node:20-alpine\nWORKDIR /srv\nCOPY . .\nENV " + n + "=" + v + "\nRUN npm ci --omit=dev\nCMD [\"node\", \"server.js\"]"));
    c.add(new Ctx("compose", "TU", (n, l, v, g) -> "services:\n  api:\n    image: acme/api:1.9\n    environment:\n      - " + n + "=" + v + "\n      - PORT=8080\n    ports:\n      - \"8080:8080\""));
    c.add(new Ctx("gha", "TU", (n, l, v, g) -> "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      " + n + ": " + v + "\n    steps:\n      - uses: actions/checkout@v4\n      - run: make deploy"));
    c.add(new Ctx("log_plain", "TUP", (n, l, v, g) -> ts(g) + " INFO  [main] starting sync worker\n" + ts(g) + " DEBUG [auth] loaded " + n + "=" + v + "\n" + ts(g) + " INFO  [main] connected, 3 jobs queued"));
    c.add(new Ctx("log_json", "TUP", (n, l, v, g) -> "{\"ts\":\"" + ts(g) + "\",\"level\":\"debug\",\"msg\":\"outbound request\",\"" + lower(n) + "\":\"" + v + "\",\"status\":200}\n{\"ts\":\"" + ts(g) + "\",\"level\":\"info\",\"msg\":\"sync done\",\"items\":48}"));
    c.add(new Ctx("stacktrace", "TU", (n, l, v, g) -> "Traceback (most recent call last):\n  File \"/app/sync.py\", line 88, in <module>\n    run()\n  File \"/app/sync.py\", line 61, in run\n    client.auth(\"" + v + "\")\nacme.errors.AuthError: 401 Unauthorized"));
    c.add(new Ctx("http_dump", "T", (n, l, v, g) -> "> POST /v1/messages HTTP/1.1\n> Host: api.internal\n> User-Agent: curl/8.5.0\n> Authorization: Bearer " + v + "\n> Content-Type: application/json\n>\n< HTTP/1.1 429 Too Many Requests\n< Retry-After: 20"));
    c.add(new Ctx("http_header_x", "T", (n, l, v, g) -> "GET /api/v3/status HTTP/1.1\nHost: hooks.internal\nX-Api-Key: " + v + "\nAccept: */*"));
    c.add(new Ctx("diff", "TUP", (n, l, v, g) -> "diff --git a/config/app.env b/config/app.env\nindex 3f2a1c9..8b0d4e2 100644\n--- a/config/app.env\n+++ b/config/app.env\n@@ -3,3 +3,4 @@ APP_NAME=orders\n LOG_LEVEL=info\n-" + n + "=\n+" + n + "=" + v + "\n FEATURE_FLAGS=beta"));
    c.add(new Ctx("sql", "TUP", (n, l, v, g) -> "INSERT INTO integrations (tenant_id, provider, secret_value, created_at)\nVALUES (42, 'acme', '" + v + "', now());"));
    c.add(new Ctx("csv", "TUP", (n, l, v, g) -> "name,owner,value,updated\n" + snake(n) + ",platform," + v + ",2026-10-02\nregion,platform,eu-west-1,2026-09-14"));
    c.add(new Ctx("md_table", "TUP", (n, l, v, g) -> "| Variable | Value | Notes |\n|---|---|---|\n| `" + n + "` | `" + v + "` | rotated last week |\n| `LOG_LEVEL` | `info` | |"));
    c.add(new Ctx("email", "TUP", (n, l, v, g) -> "Subject: access for the audit\n\nHi Marta,\n\nas discussed, the " + l + " is " + v + " — it only works from the VPN.\n\nBest,\nJonas"));
    c.add(new Ctx("commit_msg", "TU", (n, l, v, g) -> "commit 4e1d0b7c2a9f\nAuthor: dev <dev@acme.io>\n\n    hotfix: hardcode " + snake(n) + " until vault sync is fixed\n\n    value: " + v));
    c.add(new Ctx("front_matter", "TU", (n, l, v, g) -> "---\ntitle: Release checklist\ndraft: true\n" + snake(n) + ": " + v + "\n---\n\n# Release checklist\n\n1. Tag the build."));
    c.add(new Ctx("notebook", "TUP", (n, l, v, g) -> "In [7]: os.environ[\"" + n + "\"]\nOut[7]: '" + v + "'\n\nIn [8]: df.shape\nOut[8]: (1204, 9)"));
    c.add(new Ctx("tool_call", "TUP", (n, l, v, g) -> "{\"type\":\"tool_use\",\"name\":\"write_file\",\"input\":{\"path\":\"deploy/.env\",\"content\":\"" + jsonEsc("APP=orders\n" + n + "=" + v + "\nDEBUG=false\n") + "\"}}"));
    c.add(new Ctx("url_query", "T", (n, l, v, g) -> "The export link works if you add the token as a query param: https://reports.internal/export.csv?from=2026-10-01&access_token=" + v));
    c.add(new Ctx("form_body", "P", (n, l, v, g) -> "POST /checkout HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nname=Ana+Ruiz&email=ana%40example.org&" + snake(n) + "=" + v.replace(" ", "+") + "&country=ES"));
    // block contexts
    c.add(new Ctx("blk_chat_fence", "B", (n, l, v, g) -> "Here is the " + l + " that was in the repo (`" + n + "`):\n\n```\n" + v + "\n```\n\nMove it out of git and into the secret store."));
    c.add(new Ctx("blk_chat_de", "B", (n, l, v, g) -> "Hier der Inhalt von " + n + ", wie gewünscht:\n\n" + v + "\n\nDanach bitte die Datei löschen."));
    c.add(new Ctx("blk_cat", "B", (n, l, v, g) -> "$ cat ~/keys/" + n + "\n" + v + "\n$ ls -l ~/keys\n-rw------- 1 ops ops 1679 Nov  2 09:14 " + n));
    c.add(new Ctx("blk_diff", "B", (n, l, v, g) -> "--- /dev/null\n+++ b/deploy/" + n + "\n@@ -0,0 +1," + v.split("\n").length + " @@\n+" + v.replace("\n", "\n+")));
    c.add(new Ctx("blk_email", "B", (n, l, v, g) -> "Subject: " + n + " for the new box\n\nHi,\n\nattached inline as you asked:\n\n" + v + "\n\nCheers,\nPriya"));
    c.add(new Ctx("blk_tool_call", "B", (n, l, v, g) -> "{\"tool\":\"create_file\",\"arguments\":{\"path\":\"/tmp/" + n + "\",\"content\":\"" + jsonEsc(v) + "\"}}"));
    c.add(new Ctx("blk_notebook", "B", (n, l, v, g) -> "In [3]: print(open('" + n + "').read())\n" + v + "\n\nIn [4]: "));
    c.add(new Ctx("blk_log", "B", (n, l, v, g) -> ts(g) + " WARN  config dump follows (" + n + ")\n" + v + "\n" + ts(g) + " INFO  config loaded"));
    return c;
  }

  static final int PER_KIND = 7;

  static List<Row> plain(Blind19Gen g) {
    List<Row> rows = new ArrayList<>();
    List<Kind> kinds = kinds();
    List<Ctx> ctxs = contexts();
    for (int ki = 0; ki < kinds.size(); ki++) {
      Kind k = kinds.get(ki);
      List<Ctx> ok = new ArrayList<>();
      for (Ctx c : ctxs) {
        if (c.types().indexOf(k.type()) >= 0) ok.add(c);
      }
      int start = (ki * 5) % ok.size();
      int stride = ok.size() % 7 == 0 ? 5 : 7;
      java.util.Set<Integer> used = new java.util.HashSet<>();
      int idx = start;
      for (int i = 0; i < Math.min(PER_KIND + (k.type() == 'B' ? 1 : 0), ok.size()); i++) {
        while (used.contains(idx)) idx = (idx + 1) % ok.size();
        used.add(idx);
        Ctx c = ok.get(idx);
        idx = (idx + stride) % ok.size();
        String[] sv = k.gen().apply(g);
        rows.add(new Row("PLAIN", k.id(), "none", c.id(), sv[0], c.f().fill(k.name(), k.label(), sv[1], g)));
      }
    }
    return rows;
  }
}
