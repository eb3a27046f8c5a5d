package io.moltr.core.scan;

import static io.moltr.core.scan.Blind12Util.*;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Credential generators written from the providers' documented formats. Each gives the value and
 * the variable name an agent would show it under; needsName marks values that only a nearby
 * name identifies (a bare 32-hex Datadog key is just hex).
 */
final class Blind12Secrets {
  record Secret(String kind, String name, String value, boolean multiline, boolean needsName) {}

  private Blind12Secrets() {}

  static final Map<String, Function<Random, Secret>> KINDS = new LinkedHashMap<>();

  private static void add(String kind, Function<Random, Secret> f) {
    KINDS.put(kind, f);
  }

  private static Secret s(String kind, String name, String value) {
    return new Secret(kind, name, value, value.contains("\n"), false);
  }

  private static Secret named(String kind, String name, String value) {
    return new Secret(kind, name, value, value.contains("\n"), true);
  }

  static {
    add("aws-access-key", r -> s("aws-access-key", "AWS_ACCESS_KEY_ID", "AKIA" + pick(r, BASE32, 16)));
    add("aws-secret-key", r -> named("aws-secret-key", "aws_secret_access_key",
        pick(r, UPPER + LOWER + DIGITS + "/+", 40)));
    add("aws-session-key", r -> s("aws-session-key", "AWS_ACCESS_KEY_ID", "ASIA" + pick(r, BASE32, 16)));
    add("github-pat", r -> s("github-pat", "GITHUB_TOKEN", checksummedToken(r, "ghp_")));
    add("github-oauth", r -> s("github-oauth", "GH_OAUTH_TOKEN", checksummedToken(r, "gho_")));
    add("github-app", r -> s("github-app", "GITHUB_APP_TOKEN", checksummedToken(r, oneOf(r, "ghs_", "ghu_", "ghr_"))));
    add("github-fine-grained", r -> s("github-fine-grained", "GH_TOKEN",
        "github_pat_11" + pick(r, UPPER + DIGITS, 20) + "_" + alnum(r, 59)));
    add("gitlab-pat", r -> s("gitlab-pat", "GITLAB_TOKEN", "glpat-" + b64url(r, 20)));
    add("gitlab-deploy", r -> s("gitlab-deploy", "CI_DEPLOY_PASSWORD", "gldt-" + b64url(r, 20)));
    add("gitlab-runner", r -> s("gitlab-runner", "RUNNER_TOKEN", "glrt-" + b64url(r, 20)));
    add("gitlab-trigger", r -> s("gitlab-trigger", "TRIGGER_TOKEN", "glptt-" + hex(r, 40)));
    add("npm-token", r -> s("npm-token", "NPM_TOKEN", checksummedToken(r, "npm_")));
    add("pypi-token", r -> s("pypi-token", "TWINE_PASSWORD", "pypi-AgEIcHlwaS5vcmc" + b64url(r, 150)));
    add("huggingface", r -> s("huggingface", "HF_TOKEN", "hf_" + alphaMixed(r, 34)));
    add("groq", r -> s("groq", "GROQ_API_KEY", "gsk_" + alnum(r, 52)));
    add("openrouter", r -> s("openrouter", "OPENROUTER_API_KEY", "sk-or-v1-" + hex(r, 64)));
    add("openai-project", r -> s("openai-project", "OPENAI_API_KEY",
        "sk-proj-" + b64url(r, 74) + "T3BlbkFJ" + b64url(r, 74)));
    add("openai-legacy", r -> s("openai-legacy", "OPENAI_API_KEY", "sk-" + alnum(r, 20) + "T3BlbkFJ" + alnum(r, 20)));
    add("openai-svcacct", r -> s("openai-svcacct", "OPENAI_API_KEY",
        "sk-svcacct-" + b64url(r, 74) + "T3BlbkFJ" + b64url(r, 74)));
    add("anthropic", r -> s("anthropic", "ANTHROPIC_API_KEY", "sk-ant-api03-" + b64url(r, 93) + "AA"));
    add("anthropic-admin", r -> s("anthropic-admin", "ANTHROPIC_ADMIN_KEY", "sk-ant-admin01-" + b64url(r, 93) + "AA"));
    add("google-oauth-secret", r -> s("google-oauth-secret", "GOOGLE_CLIENT_SECRET", "GOCSPX-" + b64url(r, 28)));
    add("google-api-key", r -> s("google-api-key", "GOOGLE_API_KEY", "AIza" + b64url(r, 35)));
    add("google-refresh-token", r -> s("google-refresh-token", "refresh_token", "1//0" + b64url(r, 99)));
    add("gcp-service-account", Blind12Secrets::serviceAccount);
    add("azure-storage", r -> s("azure-storage", "AZURE_STORAGE_CONNECTION_STRING",
        "DefaultEndpointsProtocol=https;AccountName=" + lowerName(r) + "store;AccountKey=" + b64(bytes(r, 64))
            + ";EndpointSuffix=core.windows.net"));
    add("azure-sas", Blind12Secrets::azureSas);
    add("azure-ad-secret", r -> named("azure-ad-secret", "AZURE_CLIENT_SECRET",
        alnum(r, 3) + "8Q~" + pick(r, ALNUM + "_~.-", 34)));
    add("twilio-auth", r -> named("twilio-auth", "TWILIO_AUTH_TOKEN", hex(r, 32)));
    add("twilio-api-key", r -> s("twilio-api-key", "TWILIO_API_KEY",
        "SK" + hex(r, 32) + "\nTWILIO_API_SECRET=" + alnum(r, 32)));
    add("mailgun", r -> s("mailgun", "MAILGUN_API_KEY", "key-" + hex(r, 32)));
    add("mailgun-new", r -> named("mailgun-new", "MAILGUN_API_KEY", hex(r, 32) + "-" + hex(r, 8) + "-" + hex(r, 8)));
    add("mailchimp", r -> s("mailchimp", "MAILCHIMP_API_KEY", hex(r, 32) + "-us" + (1 + r.nextInt(21))));
    add("shopify", r -> s("shopify", "SHOPIFY_ACCESS_TOKEN", oneOf(r, "shpat_", "shpca_", "shppa_", "shpss_") + hex(r, 32)));
    add("digitalocean", r -> s("digitalocean", "DIGITALOCEAN_TOKEN", oneOf(r, "dop_v1_", "doo_v1_", "dor_v1_") + hex(r, 64)));
    add("heroku", r -> s("heroku", "HEROKU_API_KEY", "HRKU-AA" + b64url(r, 58)));
    add("heroku-legacy", r -> named("heroku-legacy", "HEROKU_API_KEY", java.util.UUID.nameUUIDFromBytes(bytes(r, 16)).toString()));
    add("datadog-api", r -> named("datadog-api", "DD_API_KEY", hex(r, 32)));
    add("datadog-app", r -> named("datadog-app", "DD_APP_KEY", hex(r, 40)));
    add("newrelic-user", r -> s("newrelic-user", "NEW_RELIC_API_KEY", "NRAK-" + pick(r, UPPER + DIGITS, 27)));
    add("newrelic-license", r -> named("newrelic-license", "NEW_RELIC_LICENSE_KEY", hex(r, 36) + "NRAL"));
    add("sentry-dsn", r -> s("sentry-dsn", "SENTRY_DSN", "https://" + hex(r, 32) + "@o" + digits(r, 6)
        + ".ingest" + oneOf(r, "", ".us", ".de") + ".sentry.io/" + digits(r, 7)));
    add("sentry-user-token", r -> s("sentry-user-token", "SENTRY_AUTH_TOKEN", "sntryu_" + hex(r, 64)));
    add("discord-bot", Blind12Secrets::discordBot);
    add("discord-webhook", r -> s("discord-webhook", "DISCORD_WEBHOOK_URL", "https://discord.com/api/webhooks/"
        + "1" + digits(r, 18) + "/" + b64url(r, 68)));
    add("slack-bot", r -> s("slack-bot", "SLACK_BOT_TOKEN", "xoxb-" + digits(r, 12) + "-" + digits(r, 13) + "-" + alnum(r, 24)));
    add("slack-user", r -> s("slack-user", "SLACK_USER_TOKEN", "xoxp-" + digits(r, 12) + "-" + digits(r, 12) + "-"
        + digits(r, 13) + "-" + hex(r, 32)));
    add("slack-app", r -> s("slack-app", "SLACK_APP_TOKEN", "xapp-1-A" + pick(r, UPPER + DIGITS, 10) + "-"
        + digits(r, 13) + "-" + hex(r, 64)));
    add("slack-webhook", r -> s("slack-webhook", "SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T"
        + pick(r, UPPER + DIGITS, 10) + "/B" + pick(r, UPPER + DIGITS, 10) + "/" + alnum(r, 24)));
    add("linear", r -> s("linear", "LINEAR_API_KEY", "lin_api_" + alnum(r, 40)));
    add("notion", r -> s("notion", "NOTION_TOKEN", "ntn_" + digits(r, 11) + alnum(r, 35)));
    add("notion-legacy", r -> s("notion-legacy", "NOTION_API_KEY", "secret_" + alnum(r, 43)));
    add("atlassian", r -> s("atlassian", "JIRA_API_TOKEN", "ATATT3xFfGF0" + b64url(r, 171) + "=" + pick(r, "0123456789ABCDEF", 8)));
    add("doppler", r -> s("doppler", "DOPPLER_TOKEN", oneOf(r, "dp.st.prd.", "dp.st.dev.", "dp.pt.", "dp.sa.", "dp.ct.") + alnum(r, 43)));
    add("vault", r -> s("vault", "VAULT_TOKEN", "hvs.CAESI" + b64url(r, 86)));
    add("vault-short", r -> s("vault-short", "VAULT_TOKEN", "hvs." + alnum(r, 24)));
    add("terraform-cloud", r -> s("terraform-cloud", "TFE_TOKEN", alnum(r, 14) + ".atlasv1." + alnum(r, 67)));
    add("databricks", r -> s("databricks", "DATABRICKS_TOKEN", "dapi" + hex(r, 32) + oneOf(r, "", "-2", "-3")));
    add("cloudflare-token", r -> named("cloudflare-token", "CLOUDFLARE_API_TOKEN", b64url(r, 40)));
    add("cloudflare-global", r -> named("cloudflare-global", "CLOUDFLARE_API_KEY", hex(r, 37)));
    add("cloudflare-origin-ca", r -> s("cloudflare-origin-ca", "CF_ORIGIN_CA_KEY", "v1.0-" + hex(r, 24) + "-" + hex(r, 146)));
    add("flyio", r -> s("flyio", "FLY_API_TOKEN", "FlyV1 fm2_lJPECAAAAAAAA" + pick(r, B64, 180) + ",fm2_lJPE" + pick(r, B64, 120)));
    add("flyio-legacy", r -> s("flyio-legacy", "FLY_ACCESS_TOKEN", "fo1_" + b64url(r, 43)));
    add("vercel", r -> named("vercel", "VERCEL_TOKEN", alnum(r, 24)));
    add("netlify", r -> s("netlify", "NETLIFY_AUTH_TOKEN", "nfp_" + alnum(r, 36)));
    add("supabase-secret", r -> s("supabase-secret", "SUPABASE_SECRET_KEY", "sb_secret_" + b64url(r, 31)));
    add("supabase-service-jwt", Blind12Secrets::supabaseServiceRole);
    add("firebase-fcm", r -> s("firebase-fcm", "FCM_SERVER_KEY", "AAAA" + b64url(r, 7) + ":APA91b" + b64url(r, 134)));
    add("planetscale", r -> s("planetscale", "PLANETSCALE_TOKEN", oneOf(r, "pscale_tkn_", "pscale_pw_", "pscale_oauth_") + b64url(r, 43)));
    add("postman", r -> s("postman", "POSTMAN_API_KEY", "PMAK-" + hex(r, 24) + "-" + hex(r, 34)));
    add("stripe-live", r -> s("stripe-live", "STRIPE_SECRET_KEY", oneOf(r, "sk_live_", "rk_live_") + "51" + alnum(r, 97)));
    add("sendgrid", r -> s("sendgrid", "SENDGRID_API_KEY", "SG." + b64url(r, 22) + "." + b64url(r, 43)));
    add("telegram-bot", r -> s("telegram-bot", "TELEGRAM_BOT_TOKEN", (1 + r.nextInt(8)) + digits(r, 9) + ":AA" + b64url(r, 33)));
    add("docker-pat", r -> s("docker-pat", "DOCKERHUB_TOKEN", "dckr_pat_" + b64url(r, 27)));
    add("grafana-sa", r -> s("grafana-sa", "GRAFANA_TOKEN", "glsa_" + alnum(r, 32) + "_" + hex(r, 8)));
    add("pulumi", r -> s("pulumi", "PULUMI_ACCESS_TOKEN", "pul-" + hex(r, 40)));
    add("age-secret", r -> s("age-secret", "AGE_KEY", "AGE-SECRET-KEY-1" + pick(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".toUpperCase(), 58)));
    add("pgp-private", r -> s("pgp-private", "signing.key", pgpPrivate(r)));
    add("putty-private", Blind12Secrets::putty);
    add("openssh-private", r -> s("openssh-private", "id_ed25519", pem(r, "OPENSSH PRIVATE KEY", 300,
        "openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII))));
    add("rsa-private", r -> s("rsa-private", "server.key", pem(r, "RSA PRIVATE KEY", 1190, new byte[] {0x30, (byte) 0x82, 0x04, (byte) 0xa2, 0x02, 0x01, 0x00})));
    add("pkcs8-private", r -> s("pkcs8-private", "tls.key", pem(r, "PRIVATE KEY", 1216, new byte[] {0x30, (byte) 0x82, 0x04, (byte) 0xbc, 0x02, 0x01, 0x00})));
    add("ec-private", r -> s("ec-private", "ec.key", pem(r, "EC PRIVATE KEY", 121, new byte[] {0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20})));
    add("jwt", Blind12Secrets::jwtToken);
    add("url-basic-auth", Blind12Secrets::basicAuthUrl);
    add("k8s-secret", Blind12Secrets::k8sSecret);
    add("env-high-entropy", r -> named("env-high-entropy", oneOf(r, "SESSION_SECRET", "APP_SECRET", "JWT_SIGNING_SECRET",
        "ENCRYPTION_KEY", "SECRET_KEY_BASE", "NEXTAUTH_SECRET"), oneOf(r, alnum(r, 48), b64(bytes(r, 32)), hex(r, 64))));
    add("generic-password", r -> named("generic-password", oneOf(r, "password", "db_password", "DB_PASS",
        "admin_password", "smtp_password"), humanPassword(r)));
    add("generic-api-key", r -> named("generic-api-key", oneOf(r, "api_key", "apiKey", "X_API_KEY", "client_secret",
        "access_token", "auth_token"), oneOf(r, alnum(r, 32), b64url(r, 40), hex(r, 40))));
    add("iban", Blind12Secrets::iban);
    add("card-visa", r -> card(r, "card-visa", "4", 16));
    add("card-mastercard", r -> card(r, "card-mastercard", oneOf(r, "51", "53", "55", "2221", "2720"), 16));
    add("card-amex", r -> card(r, "card-amex", oneOf(r, "34", "37"), 15));
    add("card-discover", r -> card(r, "card-discover", oneOf(r, "6011", "65"), 16));
    add("card-jcb", r -> card(r, "card-jcb", "35" + (28 + r.nextInt(62)), 16));
    add("card-diners", r -> card(r, "card-diners", oneOf(r, "36", "38"), 14));
    add("card-unionpay", r -> card(r, "card-unionpay", "62" + digits(r, 2), oneOf(r, 16, 19)));
    add("card-maestro", r -> card(r, "card-maestro", oneOf(r, "6759", "5018", "6304"), oneOf(r, 16, 19)));
    add("us-ssn", Blind12Secrets::ssn);
    add("es-dni", Blind12Secrets::dni);
    add("nl-bsn", Blind12Secrets::bsn);
    add("pl-pesel", Blind12Secrets::pesel);
    add("br-cpf", Blind12Secrets::cpf);
    add("se-personnummer", Blind12Secrets::personnummer);
    add("fr-nir", Blind12Secrets::nir);
    add("ca-sin", r -> {
      String n = luhnComplete(r, String.valueOf(1 + r.nextInt(7)), 9);
      return named("ca-sin", "SIN", n.substring(0, 3) + "-" + n.substring(3, 6) + "-" + n.substring(6));
    });
    add("bip39-12", r -> s("bip39-12", "seed phrase", bip39(r, 16)));
    add("bip39-24", r -> s("bip39-24", "mnemonic", bip39(r, 32)));
    add("wif", r -> s("wif", "WIF private key", wif(r, r.nextBoolean())));
    add("eth-private-key", r -> named("eth-private-key", "PRIVATE_KEY", "0x" + hex(r, 64)));
    add("square", r -> s("square", "SQUARE_ACCESS_TOKEN", oneOf(r, "sq0atp-" + b64url(r, 22), "sq0csp-" + b64url(r, 43))));
  }

  private static String alphaMixed(Random r, int n) {
    while (true) {
      String s = pick(r, UPPER + LOWER, n);
      if (s.chars().anyMatch(Character::isUpperCase) && s.chars().anyMatch(Character::isLowerCase)) {
        return s;
      }
    }
  }

  static String lowerName(Random r) {
    return oneOf(r, "acme", "billing", "orders", "media", "prod", "northwind", "contoso", "tailspin", "fabrikam");
  }

  private static Secret serviceAccount(Random r) {
    String project = lowerName(r) + "-" + digits(r, 6);
    String key = pem(r, "PRIVATE KEY", 1216, new byte[] {0x30, (byte) 0x82, 0x04, (byte) 0xbc, 0x02, 0x01, 0x00});
    String json = "{\n  \"type\": \"service_account\",\n  \"project_id\": \"" + project + "\",\n"
        + "  \"private_key_id\": \"" + hex(r, 40) + "\",\n"
        + "  \"private_key\": \"" + key.replace("\n", "\\n") + "\\n\",\n"
        + "  \"client_email\": \"deployer@" + project + ".iam.gserviceaccount.com\",\n"
        + "  \"client_id\": \"1" + digits(r, 20) + "\",\n"
        + "  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}";
    return new Secret("gcp-service-account", "service-account.json", json, true, false);
  }

  private static Secret azureSas(Random r) {
    String sig = b64(bytes(r, 32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D");
    String url = "https://" + lowerName(r) + "data.blob.core.windows.net/exports/report.csv?sv=2022-11-02&ss=b&srt=sco&sp=rl"
        + "&se=2026-12-31T23:59:59Z&st=2026-01-01T00:00:00Z&spr=https&sig=" + sig;
    return s("azure-sas", "SAS_URL", url);
  }

  private static Secret discordBot(Random r) {
    String id = "1" + digits(r, 18);
    String first = Blind12Util.b64urlNoPad(id);
    return s("discord-bot", "DISCORD_BOT_TOKEN", first + "." + b64url(r, 6) + "." + b64url(r, 38));
  }

  private static Secret supabaseServiceRole(Random r) {
    String ref = pick(r, LOWER, 20);
    long iat = 1700000000L + r.nextInt(50000000);
    String token = jwt(r, "{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "{\"iss\":\"supabase\",\"ref\":\"" + ref
        + "\",\"role\":\"service_role\",\"iat\":" + iat + ",\"exp\":" + (iat + 315360000L) + "}");
    return s("supabase-service-jwt", "SUPABASE_SERVICE_ROLE_KEY", token);
  }

  private static Secret jwtToken(Random r) {
    long iat = 1760000000L + r.nextInt(10000000);
    String header = oneOf(r, "{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "{\"alg\":\"RS256\",\"kid\":\"" + hex(r, 16) + "\",\"typ\":\"JWT\"}");
    String payload = "{\"sub\":\"" + digits(r, 8) + "\",\"email\":\"" + oneOf(r, "ana", "li", "sam", "omar") + "@example.org\",\"scope\":\"read write\",\"iat\":"
        + iat + ",\"exp\":" + (iat + 3600) + "}";
    String t = header.contains("RS256")
        ? b64urlNoPad(header) + "." + b64urlNoPad(payload) + "." + b64urlNoPad(bytes(r, 256))
        : jwt(r, header, payload);
    return s("jwt", "Authorization", t);
  }

  private static Secret basicAuthUrl(Random r) {
    String user = oneOf(r, "admin", "app", "deploy", "svc_reports", "postgres", "root");
    String pw = oneOf(r, alnum(r, 20), humanPassword(r).replace("@", "").replace(":", "").replace("/", "").replace("#", ""));
    String url = switch (r.nextInt(6)) {
      case 0 -> "postgres://" + user + ":" + pw + "@db." + lowerName(r) + ".internal:5432/app";
      case 1 -> "mysql://" + user + ":" + pw + "@10.0." + r.nextInt(255) + "." + r.nextInt(255) + ":3306/shop";
      case 2 -> "mongodb+srv://" + user + ":" + pw + "@cluster0." + pick(r, LOWER + DIGITS, 5) + ".mongodb.net/?retryWrites=true";
      case 3 -> "redis://default:" + pw + "@cache." + lowerName(r) + ".com:6379/0";
      case 4 -> "https://" + user + ":" + pw + "@registry." + lowerName(r) + ".io/v2/";
      default -> "amqp://" + user + ":" + pw + "@mq." + lowerName(r) + ".local:5672/%2F";
    };
    return s("url-basic-auth", "DATABASE_URL", url);
  }

  private static Secret k8sSecret(Random r) {
    String pw = humanPassword(r);
    String tok = alnum(r, 32);
    String y = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + lowerName(r) + "-credentials\n  namespace: prod\n"
        + "type: Opaque\ndata:\n  username: " + b64("app_user") + "\n  password: " + b64(pw) + "\n  api-token: " + b64(tok) + "\n";
    return s("k8s-secret", "secret.yaml", y);
  }

  static String humanPassword(Random r) {
    String word = oneOf(r, "Harbor", "Velvet", "Quartz", "Maple", "Falcon", "Granite", "Orbit", "Cobalt", "Juniper", "Tundra");
    String word2 = oneOf(r, "rain", "lamp", "tiger", "moss", "cloud", "river", "stone", "ember");
    return word + oneOf(r, "!", "#", "$", "%", "&", "*", "-", "_") + word2 + digits(r, 2 + r.nextInt(3)) + oneOf(r, "!", "?", "@", "");
  }

  private static Secret iban(Random r) {
    String[] c = {"DE", "GB", "FR", "NL", "ES", "IT", "CH", "BE", "AT"};
    String country = oneOf(r, c);
    String bban = switch (country) {
      case "DE" -> digits(r, 18);
      case "GB" -> pick(r, UPPER, 4) + digits(r, 14);
      case "FR" -> digits(r, 10) + pick(r, UPPER + DIGITS, 11) + digits(r, 2);
      case "NL" -> pick(r, UPPER, 4) + digits(r, 10);
      case "ES" -> digits(r, 20);
      case "IT" -> pick(r, UPPER, 1) + digits(r, 10) + pick(r, UPPER + DIGITS, 12);
      case "CH" -> digits(r, 17);
      case "BE" -> digits(r, 12);
      default -> digits(r, 16);
    };
    String iban = Blind12Util.iban(country, bban);
    return s("iban", "IBAN", r.nextBoolean() ? iban : grouped(iban, 4, " "));
  }

  private static Secret card(Random r, String kind, String prefix, int len) {
    String n = luhnComplete(r, prefix, len);
    String shown = switch (len) {
      case 15 -> n.substring(0, 4) + " " + n.substring(4, 10) + " " + n.substring(10);
      case 14 -> n.substring(0, 4) + " " + n.substring(4, 10) + " " + n.substring(10);
      default -> r.nextBoolean() ? grouped(n, 4, oneOf(r, " ", "-")) : n;
    };
    return s(kind, "card number", shown);
  }

  private static Secret ssn(Random r) {
    int area;
    do {
      area = 1 + r.nextInt(899);
    } while (area == 666);
    String v = String.format("%03d-%02d-%04d", area, 1 + r.nextInt(99), 1 + r.nextInt(9999));
    return named("us-ssn", "SSN", v);
  }

  private static Secret dni(Random r) {
    int n = 10000000 + r.nextInt(89999999);
    return named("es-dni", "DNI", n + String.valueOf("TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23)));
  }

  static String bsnValue(Random r) {
    while (true) {
      String d = (1 + r.nextInt(9)) + digits(r, 7);
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

  private static Secret bsn(Random r) {
    return named("nl-bsn", "BSN", bsnValue(r));
  }

  static String peselValue(Random r) {
    int yy = r.nextInt(100);
    int mm = 1 + r.nextInt(12);
    int dd = 1 + r.nextInt(28);
    String d = String.format("%02d%02d%02d", yy, mm + (yy < 10 ? 20 : 0), dd) + digits(r, 4);
    int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += w[i] * (d.charAt(i) - '0');
    }
    return d + (10 - sum % 10) % 10;
  }

  private static Secret pesel(Random r) {
    return named("pl-pesel", "PESEL", peselValue(r));
  }

  static String cpfValue(Random r) {
    String d;
    do {
      d = digits(r, 9);
    } while (d.chars().distinct().count() == 1);
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
    return d + c2;
  }

  private static Secret cpf(Random r) {
    String d = cpfValue(r);
    return named("br-cpf", "CPF", d.substring(0, 3) + "." + d.substring(3, 6) + "." + d.substring(6, 9) + "-" + d.substring(9));
  }

  private static Secret personnummer(Random r) {
    String base = String.format("%02d%02d%02d", 50 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28)) + digits(r, 3);
    String full = base + luhnCheckDigit(base);
    return named("se-personnummer", "personnummer", full.substring(0, 6) + "-" + full.substring(6));
  }

  private static Secret nir(Random r) {
    String n = (1 + r.nextInt(2)) + String.format("%02d%02d", 50 + r.nextInt(50), 1 + r.nextInt(12))
        + String.format("%02d", 1 + r.nextInt(95)) + digits(r, 3) + digits(r, 3);
    long key = 97 - Long.parseLong(n) % 97;
    String v = n.charAt(0) + " " + n.substring(1, 3) + " " + n.substring(3, 5) + " " + n.substring(5, 7) + " "
        + n.substring(7, 10) + " " + n.substring(10) + " " + String.format("%02d", key);
    return named("fr-nir", "numéro de sécurité sociale", v);
  }

  private static String pgpPrivate(Random r) {
    String body = grouped(b64(bytes(r, 600)), 64, "\n");
    return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "lQVYBG" + body.substring(6) + "\n=" + pick(r, B64, 4)
        + "\n-----END PGP PRIVATE KEY BLOCK-----";
  }

  private static Secret putty(Random r) {
    String pub = grouped("AAAAC3NzaC1lZDI1NTE5AAAAI" + pick(r, B64, 43), 64, "\n");
    String priv = "AAAAI" + pick(r, B64, 43);
    String v = "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: " + oneOf(r, "deploy@build", "eddsa-key-20251102")
        + "\nPublic-Lines: 2\n" + pub + "\nPrivate-Lines: 1\n" + priv + "\nPrivate-MAC: " + hex(r, 64);
    return s("putty-private", "deploy.ppk", v);
  }
}
