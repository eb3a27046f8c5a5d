package io.moltr.core.scan;

import static io.moltr.core.scan.Blind25Util.*;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Blind25 fake credentials, each in its provider's documented format (prefix, length, alphabet,
 * checksum where one exists).
 *
 * <p>Label decisions (from the issue text and the project's label policy):
 * <ul>
 *   <li>Sentry DSNs (even public-key only), Google API keys and Stripe sk_/rk_ keys: positive
 *       (project policy). Stripe pk_ keys and a Twilio AC SID alone: negative (project policy).
 *   <li>AWS access key id (AKIA...) alone in a credentials column: positive; the issue lists AWS
 *       among the originals and the key id is the half that scanners key on.
 *   <li>A Twilio auth token (32 hex) is positive only under a field that names it
 *       (TWILIO_AUTH_TOKEN); bare 32-hex columns named md5/checksum are negatives.
 *   <li>Datadog API/app keys (32/40 hex) likewise: positive under DD_API_KEY / DD_APP_KEY names.
 *   <li>A JWT with alg "none" and an empty signature is NEGATIVE: the issue says "JWTs with a
 *       signature"; an unsigned token proves nothing.
 *   <li>A bcrypt/argon2 password hash is NEGATIVE: the issue lists hashes as not secrets.
 *   <li>The Azurite storage emulator key published in Microsoft's docs is NEGATIVE (a documented
 *       example key, like AKIAIOSFODNN7EXAMPLE).
 *   <li>SOPS-encrypted values (ENC[AES256_GCM,...]) are NEGATIVE: ciphertext, not the secret.
 *   <li>Kubernetes Secret manifests whose data decodes to a random value: positive; whose data
 *       decodes to a placeholder (changeme, REPLACE_ME): negative.
 *   <li>IBANs, payment cards and national IDs with a valid checksum: positive (the issue lists
 *       them under Detection); the same shapes failing the checksum: negative.
 *   <li>Public keys, certificates, public crypto addresses: negative. BIP39 seed phrases are
 *       skipped (the word list is not produced here).
 * </ul>
 */
final class Blind25Secrets {
  record Sec(String kind, String field, String value, boolean multi) {}

  record Kind(String name, Function<Random, Sec> gen) {}

  private Blind25Secrets() {}

  static Sec s(String kind, String field, String value) {
    return new Sec(kind, field, value, value.contains("\n"));
  }

  static String pem(Random r, String label, int bytes) {
    return "-----BEGIN " + label + "-----\n" + wrap(b64(bytes(r, bytes)), 64) + "\n-----END " + label
        + "-----";
  }

  static String openssh(Random r) {
    byte[] head = utf8("openssh-key-v1\0");
    byte[] rest = bytes(r, 380);
    byte[] all = new byte[head.length + rest.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(rest, 0, all, head.length, rest.length);
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + wrap(b64(all), 70)
        + "\n-----END OPENSSH PRIVATE KEY-----";
  }

  static String putty(Random r) {
    return "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@build-07\n"
        + "Public-Lines: 2\n" + wrap("AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, B64, 43), 64) + "\n"
        + "Private-Lines: 1\n" + "AAAAI" + rs(r, B64, 43) + "\nPrivate-MAC: " + rs(r, HEX, 64);
  }

  static String pgp(Random r) {
    return "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + wrap("lQVYBGX" + rs(r, B64, 600), 64) + "\n="
        + rs(r, B64, 4) + "\n-----END PGP PRIVATE KEY BLOCK-----";
  }

  static String cardNum(Random r, String prefix, int len) {
    String p = prefix + rs(r, DIGITS, len - 1 - prefix.length());
    return p + luhnDigit(p);
  }

  static String bsn(Random r) {
    while (true) {
      String d = rs(r, DIGITS, 8);
      if (d.charAt(0) == '0') {
        continue;
      }
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        sum += (9 - i) * (d.charAt(i) - '0');
      }
      int last = sum % 11;
      if (last < 10) {
        return d + last;
      }
    }
  }

  static String cpf(Random r) {
    int[] d = new int[11];
    for (int i = 0; i < 9; i++) {
      d[i] = r.nextInt(10);
    }
    for (int k = 9; k <= 10; k++) {
      int sum = 0;
      for (int i = 0; i < k; i++) {
        sum += d[i] * (k + 1 - i);
      }
      int v = (sum * 10) % 11;
      d[k] = v == 10 ? 0 : v;
    }
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

  static String pesel(Random r) {
    int yy = 60 + r.nextInt(39);
    int mm = 1 + r.nextInt(12);
    int dd = 1 + r.nextInt(28);
    String d = String.format("%02d%02d%02d", yy, mm, dd) + rs(r, DIGITS, 4);
    int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += w[i] * (d.charAt(i) - '0');
    }
    return d + (10 - sum % 10) % 10;
  }

  static String dni(Random r) {
    int n = 10000000 + r.nextInt(89999999);
    return n + String.valueOf("TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23));
  }

  static String hetu(Random r) {
    int dd = 1 + r.nextInt(28);
    int mm = 1 + r.nextInt(12);
    int yy = r.nextInt(100);
    int ind = 2 + r.nextInt(897);
    String num = String.format("%02d%02d%02d%03d", dd, mm, yy, ind);
    char c = "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt((int) (Long.parseLong(num) % 31));
    return String.format("%02d%02d%02d-%03d", dd, mm, yy, ind) + c;
  }

  static String ibanFor(Random r, String cc) {
    return switch (cc) {
      case "DE" -> iban("DE", rs(r, DIGITS, 18));
      case "GB" -> iban("GB", pick(r, "NWBK", "BARC", "LOYD", "HBUK") + rs(r, DIGITS, 14));
      case "FR" -> iban("FR", rs(r, DIGITS, 23));
      case "NL" -> iban("NL", pick(r, "ABNA", "INGB", "RABO") + rs(r, DIGITS, 10));
      case "ES" -> iban("ES", rs(r, DIGITS, 20));
      default -> iban("IT", "X" + rs(r, DIGITS, 22));
    };
  }

  static String serviceAccount(Random r) {
    String key = pem(r, "PRIVATE KEY", 1190);
    String proj = pick(r, "billing-prod", "ml-pipeline", "acme-data") + "-" + (100000 + r.nextInt(899999));
    return "{\n  \"type\": \"service_account\",\n  \"project_id\": \"" + proj + "\",\n"
        + "  \"private_key_id\": \"" + rs(r, HEX, 40) + "\",\n  \"private_key\": " + jq(key + "\n") + ",\n"
        + "  \"client_email\": \"etl-runner@" + proj + ".iam.gserviceaccount.com\",\n"
        + "  \"client_id\": \"1" + rs(r, DIGITS, 20) + "\",\n"
        + "  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}";
  }

  static final List<Kind> KINDS = new ArrayList<>();

  static void k(String name, Function<Random, Sec> g) {
    KINDS.add(new Kind(name, g));
  }

  static {
    k("aws_access_key_id", r -> s("aws_access_key_id", "aws_access_key_id", "AKIA" + mixed(r, UPPER + "234567", 16)));
    k("aws_secret_key", r -> s("aws_secret_key", "aws_secret_access_key", mixed(r, B64, 40)));
    k("github_pat", r -> s("github_pat", "GITHUB_TOKEN", crcToken(r, "ghp_")));
    k("github_app", r -> s("github_app", "GH_INSTALL_TOKEN", crcToken(r, pick(r, "ghs_", "gho_", "ghu_", "ghr_"))));
    k("github_fine", r -> s("github_fine", "GH_PAT", "github_pat_11" + mixed(r, UPPER + DIGITS, 20) + "_" + mixed(r, ALNUM, 59)));
    k("gitlab_pat", r -> s("gitlab_pat", "GITLAB_TOKEN", "glpat-" + mixed(r, B64URL, 20)));
    k("gitlab_deploy", r -> s("gitlab_deploy", "CI_DEPLOY_TOKEN", pick(r, "gldt-", "glrt-", "glptt-") + mixed(r, B64URL, 20)));
    k("npm", r -> s("npm", "NPM_TOKEN", crcToken(r, "npm_")));
    k("pypi", r -> s("pypi", "PYPI_API_TOKEN", "pypi-AgEIcHlwaS5vcmc" + mixed(r, B64URL, 70 + r.nextInt(60))));
    k("huggingface", r -> s("huggingface", "HF_TOKEN", "hf_" + mixed(r, UPPER + LOWER, 34)));
    k("groq", r -> s("groq", "GROQ_API_KEY", "gsk_" + mixed(r, ALNUM, 52)));
    k("openrouter", r -> s("openrouter", "OPENROUTER_API_KEY", "sk-or-v1-" + rs(r, HEX, 64)));
    k("openai", r -> s("openai", "OPENAI_API_KEY", r.nextBoolean()
        ? "sk-proj-" + mixed(r, B64URL, 74) + "T3BlbkFJ" + mixed(r, B64URL, 74)
        : "sk-" + mixed(r, ALNUM, 20) + "T3BlbkFJ" + mixed(r, ALNUM, 20)));
    k("anthropic", r -> s("anthropic", "ANTHROPIC_API_KEY", "sk-ant-api03-" + mixed(r, B64URL, 93) + "AA"));
    k("stripe_secret", r -> s("stripe_secret", "STRIPE_SECRET_KEY", pick(r, "sk_live_", "rk_live_", "sk_test_") + mixed(r, ALNUM, 24 + r.nextInt(76))));
    k("google_api_key", r -> s("google_api_key", "GOOGLE_MAPS_API_KEY", "AIza" + mixed(r, B64URL, 35)));
    k("google_oauth_secret", r -> s("google_oauth_secret", "GOOGLE_CLIENT_SECRET", "GOCSPX-" + mixed(r, B64URL, 28)));
    k("gcp_service_account", r -> s("gcp_service_account", "GOOGLE_CREDENTIALS", serviceAccount(r)));
    k("azure_storage_conn", r -> s("azure_storage_conn", "AZURE_STORAGE_CONNECTION_STRING",
        "DefaultEndpointsProtocol=https;AccountName=" + pick(r, "acmeprod", "stlogs", "datalake") + rs(r, DIGITS, 3)
            + ";AccountKey=" + b64(bytes(r, 64)) + ";EndpointSuffix=core.windows.net"));
    k("azure_sas", r -> s("azure_sas", "AZURE_BLOB_SAS_URL", "https://" + pick(r, "acmeprod", "backups") + ".blob.core.windows.net/"
        + pick(r, "exports", "db") + "?sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2027-03-01T00:00:00Z&st=2026-11-30T00:00:00Z&spr=https&sig="
        + b64(bytes(r, 32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")));
    k("twilio", r -> s("twilio", "TWILIO_AUTH_TOKEN", rs(r, HEX, 32)));
    k("mailgun", r -> s("mailgun", "MAILGUN_API_KEY", "key-" + mixed(r, DIGITS + LOWER, 32)));
    k("mailchimp", r -> s("mailchimp", "MAILCHIMP_API_KEY", rs(r, HEX, 32) + "-us" + (1 + r.nextInt(21))));
    k("shopify", r -> s("shopify", "SHOPIFY_ACCESS_TOKEN", pick(r, "shpat_", "shpss_", "shpca_", "shppa_") + rs(r, HEX, 32)));
    k("digitalocean", r -> s("digitalocean", "DIGITALOCEAN_TOKEN", pick(r, "dop_v1_", "doo_v1_", "dor_v1_") + rs(r, HEX, 64)));
    k("heroku", r -> s("heroku", "HEROKU_API_KEY", "HRKU-AA" + mixed(r, B64URL, 58)));
    k("datadog", r -> r.nextBoolean() ? s("datadog", "DD_API_KEY", rs(r, HEX, 32)) : s("datadog", "DD_APP_KEY", rs(r, HEX, 40)));
    k("newrelic", r -> s("newrelic", "NEW_RELIC_API_KEY", pick(r, "NRAK-", "NRII-", "NRJS-") + mixed(r, UPPER + DIGITS, 27)));
    k("sentry_dsn", r -> s("sentry_dsn", "SENTRY_DSN", "https://" + rs(r, HEX, 32) + "@o" + (100000 + r.nextInt(899999))
        + ".ingest." + pick(r, "", "us.", "de.") + "sentry.io/" + (1000000 + r.nextInt(8999999))));
    k("discord_bot", r -> s("discord_bot", "DISCORD_BOT_TOKEN", Base64.getEncoder().withoutPadding()
        .encodeToString(utf8("1" + rs(r, DIGITS, 18))) + "." + mixed(r, B64URL, 6) + "." + mixed(r, B64URL, 38)));
    k("discord_webhook", r -> s("discord_webhook", "DISCORD_WEBHOOK_URL", "https://discord.com/api/webhooks/1" + rs(r, DIGITS, 18)
        + "/" + mixed(r, B64URL, 68)));
    k("slack_token", r -> s("slack_token", "SLACK_BOT_TOKEN", pick(r, "xoxb-", "xoxp-") + rs(r, DIGITS, 12) + "-" + rs(r, DIGITS, 13)
        + "-" + mixed(r, ALNUM, 24)));
    k("slack_webhook", r -> s("slack_webhook", "SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T" + mixed(r, UPPER + DIGITS, 10)
        + "/B" + mixed(r, UPPER + DIGITS, 10) + "/" + mixed(r, ALNUM, 24)));
    k("linear", r -> s("linear", "LINEAR_API_KEY", "lin_api_" + mixed(r, ALNUM, 40)));
    k("notion", r -> s("notion", "NOTION_TOKEN", r.nextBoolean() ? "secret_" + mixed(r, ALNUM, 43) : "ntn_" + rs(r, DIGITS, 11) + mixed(r, ALNUM, 35)));
    k("atlassian", r -> s("atlassian", "JIRA_API_TOKEN", "ATATT3xFfGF0" + mixed(r, B64URL, 170) + "=" + rs(r, HEX, 8).toUpperCase()));
    k("doppler", r -> s("doppler", "DOPPLER_TOKEN", pick(r, "dp.st.prd.", "dp.st.dev.", "dp.pt.", "dp.sa.") + mixed(r, ALNUM, 43)));
    k("vault", r -> s("vault", "VAULT_TOKEN", pick(r, "hvs.", "hvb.") + "CAESI" + mixed(r, B64URL, 86)));
    k("terraform_cloud", r -> s("terraform_cloud", "TFE_TOKEN", mixed(r, ALNUM, 14) + ".atlasv1." + mixed(r, ALNUM, 67)));
    k("databricks", r -> s("databricks", "DATABRICKS_TOKEN", "dapi" + rs(r, HEX, 32) + (r.nextBoolean() ? "-2" : "")));
    k("cloudflare", r -> s("cloudflare", "CLOUDFLARE_API_TOKEN", mixed(r, B64URL, 40)));
    k("flyio", r -> s("flyio", "FLY_API_TOKEN", "FlyV1 fm2_" + mixed(r, B64, 160) + "," + "fm2_" + mixed(r, B64, 120)));
    k("vercel", r -> s("vercel", "VERCEL_TOKEN", mixed(r, ALNUM, 24)));
    k("netlify", r -> s("netlify", "NETLIFY_AUTH_TOKEN", "nfp_" + mixed(r, ALNUM, 36)));
    k("supabase", r -> r.nextBoolean()
        ? s("supabase", "SUPABASE_SERVICE_ROLE_KEY", hmacJwt(r, "{\"iss\":\"supabase\",\"ref\":\"" + rs(r, LOWER, 20)
            + "\",\"role\":\"service_role\",\"iat\":1716000000,\"exp\":2031576000}"))
        : s("supabase", "SUPABASE_SECRET_KEY", "sb_secret_" + mixed(r, B64URL, 31)));
    k("firebase_fcm", r -> s("firebase_fcm", "FCM_SERVER_KEY", "AAAA" + mixed(r, B64URL, 7) + ":APA91b" + mixed(r, B64URL, 134)));
    k("planetscale", r -> s("planetscale", "PLANETSCALE_TOKEN", pick(r, "pscale_tkn_", "pscale_pw_", "pscale_oauth_") + mixed(r, B64URL, 43)));
    k("postman", r -> s("postman", "POSTMAN_API_KEY", "PMAK-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 34)));
    k("sendgrid", r -> s("sendgrid", "SENDGRID_API_KEY", "SG." + mixed(r, B64URL, 22) + "." + mixed(r, B64URL, 43)));
    k("telegram_bot", r -> s("telegram_bot", "TELEGRAM_BOT_TOKEN", (1 + r.nextInt(8)) + rs(r, DIGITS, 9) + ":AA" + mixed(r, B64URL, 33)));
    k("age_key", r -> s("age_key", "SOPS_AGE_KEY", "AGE-SECRET-KEY-1" + rs(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58).toUpperCase()));
    k("pgp_private", r -> s("pgp_private", "signing_key", pgp(r)));
    k("putty_key", r -> s("putty_key", "ppk", putty(r)));
    k("openssh_key", r -> s("openssh_key", "ssh_private_key", openssh(r)));
    k("rsa_private", r -> s("rsa_private", "tls_key", pem(r, pick(r, "RSA PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"), 600)));
    k("jwt", r -> s("jwt", "access_token", hmacJwt(r, "{\"sub\":\"" + (1000 + r.nextInt(90000)) + "\",\"scope\":\"admin\",\"iat\":1764547200,\"exp\":1764633600}")));
    k("basic_auth_url", r -> s("basic_auth_url", "registry_url", "https://" + pick(r, "ci-bot", "deploy", "admin") + ":" + mixed(r, ALNUM, 18)
        + "@" + pick(r, "nexus.internal.acme.io", "git.acme-corp.net", "registry.example-shop.de") + "/repository/releases"));
    k("db_url", r -> s("db_url", "DATABASE_URL", pick(r, "postgres://app:", "mysql://root:", "mongodb+srv://svc_etl:", "redis://default:")
        + mixed(r, ALNUM, 20) + "@" + pick(r, "db-prod-1.cluster-c9x.eu-west-1.rds.amazonaws.com:5432/orders", "10.0.4.17:3306/shop",
        "cluster0.ab12c.mongodb.net/analytics", "cache.internal:6379/0")));
    k("env_generic", r -> s("env_generic", pick(r, "APP_SECRET", "SESSION_SECRET", "SIGNING_KEY", "ENCRYPTION_KEY"), mixed(r, ALNUM, 32 + r.nextInt(16))));
    k("password_assign", r -> s("password_assign", pick(r, "password", "db_password", "admin_password", "smtp_pass"), mixed(r, ALNUM + "!#%", 18 + r.nextInt(8))));
    k("api_key_assign", r -> s("api_key_assign", pick(r, "api_key", "apiKey", "x_api_key", "client_secret"), mixed(r, ALNUM, 32 + r.nextInt(12))));
    k("iban", r -> s("iban", "iban", ibanFor(r, pick(r, "DE", "GB", "FR", "NL", "ES", "IT"))));
    k("card_visa", r -> s("card_visa", "card_number", cardNum(r, "4", 16)));
    k("card_mastercard", r -> s("card_mastercard", "card_number", cardNum(r, pick(r, "51", "53", "55", "2221", "2720"), 16)));
    k("card_amex", r -> s("card_amex", "card_number", cardNum(r, pick(r, "34", "37"), 15)));
    k("card_discover", r -> s("card_discover", "card_number", cardNum(r, "6011", 16)));
    k("card_jcb", r -> s("card_jcb", "card_number", cardNum(r, "35" + (28 + r.nextInt(62)), 16)));
    k("card_diners", r -> s("card_diners", "card_number", cardNum(r, pick(r, "36", "38"), 14)));
    k("card_unionpay", r -> s("card_unionpay", "card_number", cardNum(r, "62", 16)));
    k("nl_bsn", r -> s("nl_bsn", "bsn", bsn(r)));
    k("br_cpf", r -> s("br_cpf", "cpf", cpf(r)));
    k("pl_pesel", r -> s("pl_pesel", "pesel", pesel(r)));
    k("es_dni", r -> s("es_dni", "dni", dni(r)));
    k("fi_hetu", r -> s("fi_hetu", "henkilotunnus", hetu(r)));
    k("btc_wif", r -> {
      byte[] p = new byte[34];
      p[0] = (byte) 0x80;
      System.arraycopy(bytes(r, 32), 0, p, 1, 32);
      p[33] = 1;
      return s("btc_wif", "wallet_wif", base58check(p));
    });
    k("k8s_secret_data", r -> s("k8s_secret_data", "password", b64(mixed(r, ALNUM, 24))));
  }
}
