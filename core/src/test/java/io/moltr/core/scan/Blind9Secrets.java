package io.moltr.core.scan;

import static io.moltr.core.scan.Blind9Util.ALNUM;
import static io.moltr.core.scan.Blind9Util.B64;
import static io.moltr.core.scan.Blind9Util.BASE62;
import static io.moltr.core.scan.Blind9Util.DIGITS;
import static io.moltr.core.scan.Blind9Util.LOWER;
import static io.moltr.core.scan.Blind9Util.UPPER;
import static io.moltr.core.scan.Blind9Util.URLSAFE;
import static io.moltr.core.scan.Blind9Util.base62Crc;
import static io.moltr.core.scan.Blind9Util.base58check;
import static io.moltr.core.scan.Blind9Util.bytes;
import static io.moltr.core.scan.Blind9Util.digits;
import static io.moltr.core.scan.Blind9Util.hex;
import static io.moltr.core.scan.Blind9Util.luhnComplete;
import static io.moltr.core.scan.Blind9Util.mod97;
import static io.moltr.core.scan.Blind9Util.one;
import static io.moltr.core.scan.Blind9Util.pick;
import static io.moltr.core.scan.Blind9Util.utf8;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Credential generators for the ninth blind corpus, each written from the provider's documented
 * (or widely published) format, with fresh random bodies and real checksums where one exists.
 */
final class Blind9Secrets {

  /**
   * One generated credential. {@code vars} holds the name/value pairs an agent would print (a
   * pair for AWS or Twilio); {@code secret} is the part that must not leak (used as probe);
   * {@code block} marks multi-line values (PEM, JSON key files, manifests).
   */
  record Secret(String kind, Map<String, String> vars, String secret, boolean block) {
    String firstName() {
      return vars.keySet().iterator().next();
    }

    String firstValue() {
      return vars.values().iterator().next();
    }

    /** The assignment lines, one per var, for encodings of a whole .env snippet. */
    String envLines() {
      StringBuilder sb = new StringBuilder();
      vars.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
      return sb.toString().strip();
    }
  }

  record Kind(String name, Function<Random, Secret> gen) {}

  private Blind9Secrets() {}

  static Secret one1(String kind, String var, String value) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(var, value);
    return new Secret(kind, m, longestLine(value), value.contains("\n"));
  }

  /** For a multi-line value the probe is its longest line, which every block context keeps whole. */
  static String longestLine(String v) {
    String best = "";
    for (String line : v.split("\n")) {
      if (line.length() > best.length()) {
        best = line;
      }
    }
    return best;
  }

  static Secret two(String kind, String var1, String v1, String var2, String v2) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(var1, v1);
    m.put(var2, v2);
    return new Secret(kind, m, v2, false);
  }

  static List<Kind> kinds() {
    List<Kind> k = new ArrayList<>();
    k.add(new Kind("github_classic_pat", r -> one1("github_classic_pat", "GITHUB_TOKEN", gh("ghp_", r))));
    k.add(new Kind("github_oauth", r -> one1("github_oauth", "GH_OAUTH_TOKEN", gh("gho_", r))));
    k.add(new Kind("github_user_to_server", r -> one1("github_user_to_server", "GH_APP_USER_TOKEN", gh("ghu_", r))));
    k.add(new Kind("github_server_to_server", r -> one1("github_server_to_server", "GH_INSTALLATION_TOKEN", gh("ghs_", r))));
    k.add(new Kind("github_refresh", r -> one1("github_refresh", "GH_REFRESH_TOKEN", gh("ghr_", r))));
    k.add(new Kind("github_fine_grained", r -> one1("github_fine_grained", "GITHUB_PAT",
        "github_pat_" + pick(r, ALNUM, 22) + "_" + pick(r, ALNUM, 59))));
    k.add(new Kind("aws_access_key", Blind9Secrets::aws));
    k.add(new Kind("aws_session", Blind9Secrets::awsSession));
    k.add(new Kind("gcp_service_account", Blind9Secrets::gcpServiceAccount));
    k.add(new Kind("gcp_api_key", r -> one1("gcp_api_key", "GOOGLE_MAPS_API_KEY", "AIza" + pick(r, URLSAFE, 35))));
    k.add(new Kind("google_oauth_client_secret", r -> one1("google_oauth_client_secret", "GOOGLE_CLIENT_SECRET",
        "GOCSPX-" + pick(r, URLSAFE, 28))));
    k.add(new Kind("azure_storage_connection", Blind9Secrets::azureConn));
    k.add(new Kind("azure_sas_url", Blind9Secrets::azureSas));
    k.add(new Kind("azure_ad_client_secret", r -> one1("azure_ad_client_secret", "AZURE_CLIENT_SECRET",
        pick(r, ALNUM, 3) + digits(r, 1) + "Q~" + pick(r, ALNUM + "_~.-", 34))));
    k.add(new Kind("slack_bot", r -> one1("slack_bot", "SLACK_BOT_TOKEN",
        "xoxb-" + digits(r, 12) + "-" + digits(r, 13) + "-" + pick(r, ALNUM, 24))));
    k.add(new Kind("slack_user", r -> one1("slack_user", "SLACK_USER_TOKEN",
        "xoxp-" + digits(r, 12) + "-" + digits(r, 12) + "-" + digits(r, 13) + "-" + hex(r, 32))));
    k.add(new Kind("slack_webhook", r -> one1("slack_webhook", "SLACK_WEBHOOK_URL",
        "https://hooks.slack.com/services/T" + pick(r, UPPER + DIGITS, 10) + "/B" + pick(r, UPPER + DIGITS, 10)
            + "/" + pick(r, ALNUM, 24))));
    k.add(new Kind("slack_app", r -> one1("slack_app", "SLACK_APP_TOKEN",
        "xapp-1-A" + pick(r, UPPER + DIGITS, 10) + "-" + digits(r, 13) + "-" + hex(r, 64))));
    k.add(new Kind("stripe_secret", r -> one1("stripe_secret", "STRIPE_SECRET_KEY",
        "sk_live_51" + pick(r, ALNUM, 97))));
    k.add(new Kind("stripe_restricted", r -> one1("stripe_restricted", "STRIPE_RESTRICTED_KEY",
        "rk_live_51" + pick(r, ALNUM, 97))));
    k.add(new Kind("stripe_webhook_secret", r -> one1("stripe_webhook_secret", "STRIPE_WEBHOOK_SECRET",
        "whsec_" + pick(r, ALNUM, 32))));
    k.add(new Kind("twilio", r -> two("twilio", "TWILIO_ACCOUNT_SID", "AC" + hex(r, 32),
        "TWILIO_AUTH_TOKEN", hex(r, 32))));
    k.add(new Kind("twilio_api_key", r -> two("twilio_api_key", "TWILIO_API_KEY", "SK" + hex(r, 32),
        "TWILIO_API_SECRET", pick(r, ALNUM, 32))));
    k.add(new Kind("sendgrid", r -> one1("sendgrid", "SENDGRID_API_KEY",
        "SG." + pick(r, URLSAFE, 22) + "." + pick(r, URLSAFE, 43))));
    k.add(new Kind("openai_project", r -> one1("openai_project", "OPENAI_API_KEY",
        "sk-proj-" + pick(r, URLSAFE, 74) + "T3BlbkFJ" + pick(r, URLSAFE, 74))));
    k.add(new Kind("openai_legacy", r -> one1("openai_legacy", "OPENAI_API_KEY",
        "sk-" + pick(r, ALNUM, 20) + "T3BlbkFJ" + pick(r, ALNUM, 20))));
    k.add(new Kind("anthropic", r -> one1("anthropic", "ANTHROPIC_API_KEY",
        "sk-ant-api03-" + pick(r, URLSAFE, 93) + "AA")));
    k.add(new Kind("gitlab_pat", r -> one1("gitlab_pat", "GITLAB_TOKEN", "glpat-" + pick(r, URLSAFE, 20))));
    k.add(new Kind("gitlab_runner", r -> one1("gitlab_runner", "CI_RUNNER_TOKEN", "glrt-" + pick(r, URLSAFE, 20))));
    k.add(new Kind("npm", r -> {
      String body = pick(r, BASE62, 30);
      return one1("npm", "NPM_TOKEN", "npm_" + body + base62Crc(body));
    }));
    k.add(new Kind("pypi", r -> one1("pypi", "TWINE_PASSWORD",
        "pypi-AgEIcHlwaS5vcmc" + pick(r, URLSAFE, 160))));
    k.add(new Kind("huggingface", r -> one1("huggingface", "HF_TOKEN", "hf_" + pick(r, UPPER + LOWER, 34))));
    k.add(new Kind("datadog", r -> two("datadog", "DD_API_KEY", hex(r, 32), "DD_APP_KEY", hex(r, 40))));
    k.add(new Kind("sentry_dsn_secret", r -> one1("sentry_dsn_secret", "SENTRY_DSN",
        "https://" + hex(r, 32) + ":" + hex(r, 32) + "@o" + digits(r, 6) + ".ingest.sentry.io/" + digits(r, 7))));
    k.add(new Kind("sentry_auth_token", r -> one1("sentry_auth_token", "SENTRY_AUTH_TOKEN",
        "sntrys_" + Base64.getEncoder().withoutPadding().encodeToString(utf8(
            "{\"iat\":" + (1700000000 + r.nextInt(50000000)) + ".0,\"url\":\"https://sentry.io\",\"region_url\":"
                + "\"https://us.sentry.io\",\"org\":\"acme\"}")) + "_" + pick(r, B64.substring(0, 62), 43))));
    k.add(new Kind("discord_bot", Blind9Secrets::discordBot));
    k.add(new Kind("discord_webhook", r -> one1("discord_webhook", "DISCORD_WEBHOOK",
        "https://discord.com/api/webhooks/" + "1" + digits(r, 18) + "/" + pick(r, URLSAFE, 68))));
    k.add(new Kind("telegram_bot", r -> one1("telegram_bot", "TELEGRAM_BOT_TOKEN",
        (1 + r.nextInt(9)) + digits(r, 9) + ":AA" + pick(r, URLSAFE, 33))));
    k.add(new Kind("shopify_access", r -> one1("shopify_access", "SHOPIFY_ACCESS_TOKEN", "shpat_" + hex(r, 32))));
    k.add(new Kind("shopify_shared_secret", r -> one1("shopify_shared_secret", "SHOPIFY_API_SECRET", "shpss_" + hex(r, 32))));
    k.add(new Kind("postgres_url", r -> one1("postgres_url", "DATABASE_URL",
        "postgres://" + one(r, "app", "svc_orders", "analytics") + ":" + password(r) + "@"
            + one(r, "db.internal", "prod-pg.c9akciq32.eu-west-1.rds.amazonaws.com", "10.0.3.17") + ":5432/"
            + one(r, "orders", "app_prod", "warehouse"))));
    k.add(new Kind("mysql_url", r -> one1("mysql_url", "MYSQL_URL",
        "mysql://root:" + password(r) + "@mysql-primary.prod.svc:3306/shop")));
    k.add(new Kind("mongodb_srv", r -> one1("mongodb_srv", "MONGODB_URI",
        "mongodb+srv://admin:" + password(r) + "@cluster0." + pick(r, LOWER + DIGITS, 5)
            + ".mongodb.net/prod?retryWrites=true&w=majority")));
    k.add(new Kind("redis_url", r -> one1("redis_url", "REDIS_URL",
        "redis://default:" + password(r) + "@redis-" + digits(r, 5) + ".c1.us-east-1-2.ec2.cloud.redislabs.com:"
            + digits(r, 5))));
    k.add(new Kind("amqp_url", r -> one1("amqp_url", "CELERY_BROKER_URL",
        "amqps://worker:" + password(r) + "@rabbit.internal.example.net:5671/prod")));
    k.add(new Kind("env_high_entropy", r -> one1("env_high_entropy",
        one(r, "SESSION_SECRET", "APP_SECRET_KEY", "JWT_SIGNING_SECRET", "ENCRYPTION_KEY", "COOKIE_SECRET"),
        pick(r, ALNUM + "+/", 44))));
    k.add(new Kind("django_secret", r -> one1("django_secret", "DJANGO_SECRET_KEY",
        "django-insecure-" + pick(r, LOWER + DIGITS + "!@#$%^&*(-_=+)", 50))));
    k.add(new Kind("k8s_secret_manifest", Blind9Secrets::k8sSecret));
    k.add(new Kind("jwt_hs256", Blind9Secrets::jwt));
    k.add(new Kind("rsa_private_pem", r -> one1("rsa_private_pem", "server.key", Keys.rsaPkcs1(r))));
    k.add(new Kind("pkcs8_private_pem", r -> one1("pkcs8_private_pem", "tls.key", Keys.ecPkcs8(r))));
    k.add(new Kind("openssh_private", r -> one1("openssh_private", "id_ed25519", Keys.openssh(r))));
    k.add(new Kind("pgp_private", r -> one1("pgp_private", "private.asc", Keys.pgp(r))));
    k.add(new Kind("card_visa", r -> card("card_visa", r, "4", 16)));
    k.add(new Kind("card_mastercard", r -> card("card_mastercard", r,
        r.nextBoolean() ? "5" + (1 + r.nextInt(5)) : String.valueOf(2221 + r.nextInt(500)), 16)));
    k.add(new Kind("card_amex", r -> card("card_amex", r, one(r, "34", "37"), 15)));
    k.add(new Kind("card_discover", r -> card("card_discover", r, one(r, "6011", "65"), 16)));
    k.add(new Kind("card_jcb", r -> card("card_jcb", r, String.valueOf(3528 + r.nextInt(62)), 16)));
    k.add(new Kind("card_diners", r -> card("card_diners", r, one(r, "36", "300", "305"), 14)));
    k.add(new Kind("card_unionpay", r -> card("card_unionpay", r, "62" + (1 + r.nextInt(8)), one(r, "16", "19").equals("16") ? 16 : 19)));
    k.add(new Kind("card_maestro", r -> card("card_maestro", r, one(r, "6759", "5018", "6304"), one(r, "12", "19").equals("12") ? 13 : 19)));
    k.add(new Kind("iban", Blind9Secrets::iban));
    k.add(new Kind("bip39_seed", r -> one1("bip39_seed", "seed_phrase",
        Blind9Util.mnemonic(bytes(r, r.nextBoolean() ? 16 : 32)))));
    k.add(new Kind("wif_private_key", Blind9Secrets::wif));
    k.add(new Kind("us_ssn", r -> one1("us_ssn", "ssn", ssn(r))));
    k.add(new Kind("br_cpf", r -> one1("br_cpf", "cpf", cpf(r))));
    k.add(new Kind("es_dni", r -> {
      int n = 10000000 + r.nextInt(89999999);
      return one1("es_dni", "dni", n + String.valueOf("TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23)));
    }));
    k.add(new Kind("nl_bsn", r -> one1("nl_bsn", "bsn", bsn(r))));
    k.add(new Kind("ca_sin", r -> {
      String s = luhnComplete((1 + r.nextInt(7)) + digits(r, 7));
      return one1("ca_sin", "sin", s.substring(0, 3) + "-" + s.substring(3, 6) + "-" + s.substring(6));
    }));
    k.add(new Kind("in_aadhaar", r -> {
      String s = Blind9Util.verhoeffComplete((2 + r.nextInt(8)) + digits(r, 10));
      return one1("in_aadhaar", "aadhaar", s.substring(0, 4) + " " + s.substring(4, 8) + " " + s.substring(8));
    }));
    k.add(new Kind("pl_pesel", r -> one1("pl_pesel", "pesel", pesel(r))));
    k.add(new Kind("uk_nino", r -> one1("uk_nino", "ni_number",
        one(r, "AB", "CE", "JG", "PR", "SN", "WL") + digits(r, 6) + one(r, "A", "B", "C", "D"))));
    k.add(new Kind("mailgun", r -> one1("mailgun", "MAILGUN_API_KEY", "key-" + hex(r, 32))));
    k.add(new Kind("mailchimp", r -> one1("mailchimp", "MAILCHIMP_API_KEY", hex(r, 32) + "-us" + (1 + r.nextInt(20)))));
    k.add(new Kind("digitalocean", r -> one1("digitalocean", "DIGITALOCEAN_TOKEN", "dop_v1_" + hex(r, 64))));
    k.add(new Kind("vault_token", r -> one1("vault_token", "VAULT_TOKEN", "hvs." + pick(r, URLSAFE, 91))));
    k.add(new Kind("terraform_cloud", r -> one1("terraform_cloud", "TFE_TOKEN",
        pick(r, ALNUM, 14) + ".atlasv1." + pick(r, ALNUM, 67))));
    k.add(new Kind("doppler", r -> one1("doppler", "DOPPLER_TOKEN", "dp.st.prd." + pick(r, ALNUM, 43))));
    k.add(new Kind("linear", r -> one1("linear", "LINEAR_API_KEY", "lin_api_" + pick(r, ALNUM, 40))));
    k.add(new Kind("notion", r -> one1("notion", "NOTION_TOKEN", "ntn_" + digits(r, 11) + pick(r, ALNUM, 35))));
    k.add(new Kind("airtable", r -> one1("airtable", "AIRTABLE_TOKEN", "pat" + pick(r, ALNUM, 14) + "." + hex(r, 64))));
    k.add(new Kind("atlassian", r -> one1("atlassian", "JIRA_API_TOKEN",
        "ATATT3xFfGF0" + pick(r, URLSAFE, 170) + "=" + hex(r, 8).toUpperCase())));
    k.add(new Kind("postman", r -> one1("postman", "POSTMAN_API_KEY", "PMAK-" + hex(r, 24) + "-" + hex(r, 34))));
    k.add(new Kind("grafana_sa", r -> {
      String body = pick(r, ALNUM, 32);
      return one1("grafana_sa", "GRAFANA_TOKEN", "glsa_" + body + "_" + hex(r, 8));
    }));
    k.add(new Kind("newrelic", r -> one1("newrelic", "NEW_RELIC_API_KEY", "NRAK-" + pick(r, UPPER + DIGITS, 27))));
    k.add(new Kind("square", r -> one1("square", "SQUARE_ACCESS_TOKEN", "EAAA" + pick(r, URLSAFE, 60))));
    k.add(new Kind("braintree", r -> one1("braintree", "BRAINTREE_ACCESS_TOKEN",
        "access_token$production$" + pick(r, LOWER + DIGITS, 16) + "$" + hex(r, 32))));
    k.add(new Kind("dropbox", r -> one1("dropbox", "DROPBOX_ACCESS_TOKEN", "sl." + pick(r, URLSAFE, 138))));
    k.add(new Kind("firebase_fcm", r -> one1("firebase_fcm", "FCM_SERVER_KEY",
        "AAAA" + pick(r, URLSAFE, 7) + ":APA91b" + pick(r, URLSAFE, 134))));
    k.add(new Kind("age_secret", r -> one1("age_secret", "AGE_KEY",
        "AGE-SECRET-KEY-1" + pick(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58))));
    k.add(new Kind("dockerhub_pat", r -> one1("dockerhub_pat", "DOCKERHUB_TOKEN", "dckr_pat_" + pick(r, URLSAFE, 27))));
    k.add(new Kind("supabase", r -> one1("supabase", "SUPABASE_ACCESS_TOKEN", "sbp_" + hex(r, 40))));
    k.add(new Kind("pulumi", r -> one1("pulumi", "PULUMI_ACCESS_TOKEN", "pul-" + hex(r, 40))));
    k.add(new Kind("databricks", r -> one1("databricks", "DATABRICKS_TOKEN", "dapi" + hex(r, 32))));
    k.add(new Kind("replicate", r -> one1("replicate", "REPLICATE_API_TOKEN", "r8_" + pick(r, ALNUM, 37))));
    k.add(new Kind("groq", r -> one1("groq", "GROQ_API_KEY", "gsk_" + pick(r, ALNUM, 52))));
    k.add(new Kind("http_basic", r -> {
      String cred = one(r, "deploy", "ci-bot", "admin") + ":" + password(r);
      return one1("http_basic", "Authorization", "Basic " + Base64.getEncoder().encodeToString(utf8(cred)));
    }));
    k.add(new Kind("npmrc_auth", r -> {
      String body = pick(r, BASE62, 30);
      return one1("npmrc_auth", "//registry.npmjs.org/:_authToken", "npm_" + body + base62Crc(body));
    }));
    return k;
  }

  // ---- generators -------------------------------------------------------------------------

  static String gh(String prefix, Random r) {
    String body = pick(r, BASE62, 30);
    return prefix + body + base62Crc(body);
  }

  static String password(Random r) {
    return pick(r, ALNUM, 10 + r.nextInt(6)) + one(r, "!", "#", "_", "-", "~", "") + pick(r, ALNUM, 4);
  }

  static Secret aws(Random r) {
    String id = one(r, "AKIA", "AKIA", "ABIA", "ACCA") + pick(r, UPPER + "234567", 16);
    return two("aws_access_key", "AWS_ACCESS_KEY_ID", id, "AWS_SECRET_ACCESS_KEY", pick(r, B64, 40));
  }

  static Secret awsSession(Random r) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("AWS_ACCESS_KEY_ID", "ASIA" + pick(r, UPPER + "234567", 16));
    String secret = pick(r, B64, 40);
    m.put("AWS_SECRET_ACCESS_KEY", secret);
    m.put("AWS_SESSION_TOKEN", "IQoJb3JpZ2luX2Vj" + pick(r, B64, 300));
    return new Secret("aws_session", m, secret, false);
  }

  static Secret gcpServiceAccount(Random r) {
    String project = one(r, "acme-prod", "billing-svc-4471", "ml-pipeline-dev") + "-" + digits(r, 3);
    String pem = Keys.rsaPkcs8(r);
    String json = "{\n"
        + "  \"type\": \"service_account\",\n"
        + "  \"project_id\": \"" + project + "\",\n"
        + "  \"private_key_id\": \"" + hex(r, 40) + "\",\n"
        + "  \"private_key\": \"" + pem.replace("\n", "\\n") + "\\n\",\n"
        + "  \"client_email\": \"deployer@" + project + ".iam.gserviceaccount.com\",\n"
        + "  \"client_id\": \"1" + digits(r, 20) + "\",\n"
        + "  \"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\",\n"
        + "  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n"
        + "}";
    Map<String, String> m = new LinkedHashMap<>();
    m.put("service-account.json", json);
    return new Secret("gcp_service_account", m, pem.split("\n")[1], true);
  }

  static Secret azureConn(Random r) {
    String key = Base64.getEncoder().encodeToString(bytes(r, 64));
    String v = "DefaultEndpointsProtocol=https;AccountName=" + one(r, "acmeprodstore", "mlartifacts01", "logsarchive")
        + ";AccountKey=" + key + ";EndpointSuffix=core.windows.net";
    Map<String, String> m = new LinkedHashMap<>();
    m.put("AZURE_STORAGE_CONNECTION_STRING", v);
    return new Secret("azure_storage_connection", m, key, false);
  }

  static Secret azureSas(Random r) {
    String sig = Base64.getEncoder().encodeToString(bytes(r, 32)).replace("+", "%2B").replace("/", "%2F")
        .replace("=", "%3D");
    String v = "https://" + one(r, "acmebackups", "mldata") + ".blob.core.windows.net/exports/report.csv?"
        + "sv=2022-11-02&ss=b&srt=sco&sp=rwdlacupiytfx&se=2027-01-31T18:00:00Z&st=2026-11-30T10:00:00Z"
        + "&spr=https&sig=" + sig;
    Map<String, String> m = new LinkedHashMap<>();
    m.put("AZURE_BLOB_SAS_URL", v);
    return new Secret("azure_sas_url", m, sig, false);
  }

  static Secret discordBot(Random r) {
    String id = "1" + digits(r, 17);
    String first = Base64.getEncoder().withoutPadding().encodeToString(utf8(id));
    return one1("discord_bot", "DISCORD_BOT_TOKEN", first + "." + pick(r, URLSAFE, 6) + "." + pick(r, URLSAFE, 38));
  }

  static Secret k8sSecret(Random r) {
    String pw = password(r);
    String api = gh("ghp_", r);
    String doc = "apiVersion: v1\n"
        + "kind: Secret\n"
        + "metadata:\n"
        + "  name: " + one(r, "orders-db", "app-credentials", "registry-auth") + "\n"
        + "  namespace: " + one(r, "prod", "payments", "default") + "\n"
        + "type: Opaque\n"
        + "data:\n"
        + "  username: " + Base64.getEncoder().encodeToString(utf8("app")) + "\n"
        + "  password: " + Base64.getEncoder().encodeToString(utf8(pw)) + "\n"
        + "  github-token: " + Base64.getEncoder().encodeToString(utf8(api)) + "\n";
    Map<String, String> m = new LinkedHashMap<>();
    m.put("secret.yaml", doc);
    return new Secret("k8s_secret_manifest", m, Base64.getEncoder().encodeToString(utf8(api)), true);
  }

  static Secret jwt(Random r) {
    Base64.Encoder e = Base64.getUrlEncoder().withoutPadding();
    String header = e.encodeToString(utf8("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"));
    long iat = 1760000000L + r.nextInt(20000000);
    String payload = e.encodeToString(utf8("{\"sub\":\"" + "user_" + digits(r, 6) + "\",\"role\":\""
        + one(r, "admin", "service", "editor") + "\",\"iat\":" + iat + ",\"exp\":" + (iat + 86400 * 30) + "}"));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(bytes(r, 32), "HmacSHA256"));
      String sig = e.encodeToString(mac.doFinal(utf8(header + "." + payload)));
      return one1("jwt_hs256", "ACCESS_TOKEN", header + "." + payload + "." + sig);
    } catch (Exception ex) {
      throw new IllegalStateException(ex);
    }
  }

  static Secret card(String kind, Random r, String prefix, int len) {
    String n = luhnComplete(prefix + digits(r, len - prefix.length() - 1));
    String shown = n;
    int style = r.nextInt(3);
    if (style == 1 && len == 16) {
      shown = n.substring(0, 4) + " " + n.substring(4, 8) + " " + n.substring(8, 12) + " " + n.substring(12);
    } else if (style == 2 && len == 16) {
      shown = n.substring(0, 4) + "-" + n.substring(4, 8) + "-" + n.substring(8, 12) + "-" + n.substring(12);
    } else if (style == 1 && len == 15) {
      shown = n.substring(0, 4) + " " + n.substring(4, 10) + " " + n.substring(10);
    }
    return one1(kind, "card_number", shown);
  }

  static Secret iban(Random r) {
    String cc = one(r, "DE", "GB", "FR", "NL", "ES", "BE", "CH", "IT");
    String bban = switch (cc) {
      case "DE" -> digits(r, 18);
      case "GB" -> one(r, "NWBK", "BARC", "HBUK", "LOYD") + digits(r, 14);
      case "FR" -> digits(r, 23);
      case "NL" -> one(r, "ABNA", "INGB", "RABO") + digits(r, 10);
      case "ES" -> digits(r, 20);
      case "BE" -> belgianBban(r);
      case "CH" -> digits(r, 17);
      default -> pick(r, UPPER, 1) + digits(r, 22);
    };
    int check = 98 - mod97(bban + cc + "00");
    String iban = cc + (check < 10 ? "0" : "") + check + bban;
    String shown = r.nextBoolean() ? iban : iban.replaceAll("(.{4})", "$1 ").trim();
    return one1("iban", "iban", shown);
  }

  static String belgianBban(Random r) {
    long base = 1000000000L + (long) (r.nextDouble() * 8999999999L);
    long c = base % 97;
    return base + String.format("%02d", c == 0 ? 97 : c);
  }

  static Secret wif(Random r) {
    boolean compressed = r.nextBoolean();
    byte[] p = new byte[compressed ? 34 : 33];
    p[0] = (byte) 0x80;
    System.arraycopy(bytes(r, 32), 0, p, 1, 32);
    if (compressed) {
      p[33] = 1;
    }
    return one1("wif_private_key", "btc_wif", base58check(p));
  }

  static String ssn(Random r) {
    int area;
    do {
      area = 1 + r.nextInt(899);
    } while (area == 666);
    return String.format("%03d-%02d-%04d", area, 1 + r.nextInt(99), 1 + r.nextInt(9999));
  }

  static String cpf(Random r) {
    int[] d = new int[11];
    for (int i = 0; i < 9; i++) {
      d[i] = r.nextInt(10);
    }
    d[9] = cpfDigit(d, 9);
    d[10] = cpfDigit(d, 10);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 11; i++) {
      sb.append(d[i]);
      if (i == 2 || i == 5) {
        sb.append('.');
      } else if (i == 8) {
        sb.append('-');
      }
    }
    return sb.toString();
  }

  static int cpfDigit(int[] d, int n) {
    int s = 0;
    for (int i = 0; i < n; i++) {
      s += d[i] * (n + 1 - i);
    }
    int m = (s * 10) % 11;
    return m == 10 ? 0 : m;
  }

  static String bsn(Random r) {
    while (true) {
      String s = (1 + r.nextInt(6)) + digits(r, 8);
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        sum += (9 - i) * (s.charAt(i) - '0');
      }
      sum -= s.charAt(8) - '0';
      if (sum % 11 == 0) {
        return s;
      }
    }
  }

  static String pesel(Random r) {
    int yy = 50 + r.nextInt(49);
    int mm = 1 + r.nextInt(12);
    int dd = 1 + r.nextInt(28);
    String s = String.format("%02d%02d%02d", yy, mm, dd) + digits(r, 4);
    int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += w[i] * (s.charAt(i) - '0');
    }
    return s + (10 - sum % 10) % 10;
  }

  /** Private keys: real key pairs from a seeded generator, and OpenSSH/PGP containers. */
  static final class Keys {
    private Keys() {}

    static SecureRandom seeded(Random r) {
      try {
        SecureRandom sr = SecureRandom.getInstance("SHA1PRNG");
        sr.setSeed(r.nextLong());
        return sr;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    static byte[] rsaDer(Random r) {
      try {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048, seeded(r));
        return g.generateKeyPair().getPrivate().getEncoded();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    static String pem(String label, byte[] der) {
      String b = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
      return "-----BEGIN " + label + "-----\n" + b + "\n-----END " + label + "-----";
    }

    static String rsaPkcs8(Random r) {
      return pem("PRIVATE KEY", rsaDer(r));
    }

    /** PKCS#1 is the OCTET STRING inside the PKCS#8 wrapper; for 2048-bit keys that starts at 26. */
    static String rsaPkcs1(Random r) {
      byte[] p8 = rsaDer(r);
      byte[] p1 = java.util.Arrays.copyOfRange(p8, 26, p8.length);
      return pem("RSA PRIVATE KEY", p1);
    }

    static String ecPkcs8(Random r) {
      try {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"), seeded(r));
        KeyPair kp = g.generateKeyPair();
        return pem("PRIVATE KEY", kp.getPrivate().getEncoded());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }

    static String openssh(Random r) {
      try {
        byte[] pub = bytes(r, 32);
        byte[] seed = bytes(r, 32);
        ByteArrayOutputStream pubBlob = new ByteArrayOutputStream();
        DataOutputStream pb = new DataOutputStream(pubBlob);
        str(pb, utf8("ssh-ed25519"));
        str(pb, pub);
        ByteArrayOutputStream privBlob = new ByteArrayOutputStream();
        DataOutputStream pr = new DataOutputStream(privBlob);
        int check = r.nextInt();
        pr.writeInt(check);
        pr.writeInt(check);
        str(pr, utf8("ssh-ed25519"));
        str(pr, pub);
        byte[] both = new byte[64];
        System.arraycopy(seed, 0, both, 0, 32);
        System.arraycopy(pub, 0, both, 32, 32);
        str(pr, both);
        str(pr, utf8(one(r, "deploy@ci", "alice@laptop", "root@bastion")));
        for (int i = 1; privBlob.size() % 8 != 0; i++) {
          pr.writeByte(i);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        DataOutputStream a = new DataOutputStream(all);
        a.write(utf8("openssh-key-v1"));
        a.writeByte(0);
        str(a, utf8("none"));
        str(a, utf8("none"));
        str(a, new byte[0]);
        a.writeInt(1);
        str(a, pubBlob.toByteArray());
        str(a, privBlob.toByteArray());
        String b = Base64.getMimeEncoder(70, new byte[] {'\n'}).encodeToString(all.toByteArray());
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + b + "\n-----END OPENSSH PRIVATE KEY-----";
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    static void str(DataOutputStream o, byte[] b) throws IOException {
      o.writeInt(b.length);
      o.write(b);
    }

    /** A secret-key packet (tag 5, new format) with version 4, EdDSA, unencrypted material. */
    static String pgp(Random r) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.write(4);
      body.writeBytes(new byte[] {0x65, 0x3a, (byte) 0xb1, 0x20});
      body.write(22);
      body.writeBytes(new byte[] {9, 0x2b, 6, 1, 4, 1, (byte) 0xda, 0x47, 0x0f, 1});
      body.writeBytes(new byte[] {1, 7, 0x40});
      body.writeBytes(bytes(r, 32));
      body.write(0);
      body.writeBytes(new byte[] {0, (byte) 0xff});
      body.writeBytes(bytes(r, 32));
      body.writeBytes(bytes(r, 2));
      byte[] b = body.toByteArray();
      byte[] pkt = new byte[b.length + 2];
      pkt[0] = (byte) 0xc5;
      pkt[1] = (byte) b.length;
      System.arraycopy(b, 0, pkt, 2, b.length);
      String armored = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pkt);
      return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + armored + "\n=" + pick(r, B64, 4)
          + "\n-----END PGP PRIVATE KEY BLOCK-----";
    }
  }
}
