package io.moltr.core.scan;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * Fake credentials for the blind corpus, built from the providers' documented token formats
 * (prefixes, lengths, alphabets, checksums), written without looking at the scanner's rules.
 * Every value is random; none is a real credential.
 */
final class BlindCredentials {
  private BlindCredentials() {}

  /**
   * How a kind is shown: a self-describing token, a value that needs its variable name, data
   * (cards, seeds), a whole line that carries its own context (a header), or a multi-line block.
   */
  enum Style { TOKEN, NAMED, DATA, LINE, BLOCK }

  /** One leaking unit: the text as it would be pasted, and the part of it that is the secret. */
  record Sample(String text, String secret) {
    static Sample of(String value) {
      return new Sample(value, value);
    }
  }

  /** A credential kind: its style, the variable names it is usually stored under, and a generator. */
  record Kind(String name, Style style, List<String> names, Function<Random, Sample> make) {}

  static final String DIGITS = "0123456789";
  static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  static final String B62 = DIGITS + UPPER + LOWER;
  static final String B64URL = B62 + "-_";
  static final String B64 = B62 + "+/";
  static final String HEX = "0123456789abcdef";
  static final String HEX_UP = "0123456789ABCDEF";
  static final String UPPER_NUM = UPPER + DIGITS;
  static final String B32 = UPPER + "234567";

  static final List<Kind> KINDS = kinds();

  private static List<Kind> kinds() {
    List<Kind> k = new ArrayList<>();
    // Source forges and package registries.
    k.add(token("github_classic", "github_token", r -> crcToken(r, pick(r, "ghp_", "gho_", "ghu_", "ghs_", "ghr_"))));
    k.add(token("github_fine_grained", "github_token",
        r -> "github_pat_11" + chars(r, UPPER_NUM, 20) + "_" + chars(r, B62, 59)));
    k.add(token("gitlab", "gitlab_token", r -> pick(r, "glpat-", "glpat-", "gldt-", "glrt-") + chars(r, B64URL, 20)));
    k.add(token("npm", "npm_token", r -> crcToken(r, "npm_")));
    k.add(token("pypi", "pypi_token", BlindCredentials::pypi));
    k.add(token("rubygems", "gem_host_api_key", r -> "rubygems_" + chars(r, HEX, 48)));
    k.add(token("docker_hub", "docker_token", r -> "dckr_pat_" + chars(r, B64URL, 27)));
    // Clouds.
    k.add(token("aws_access_key_id", "aws_access_key_id", r -> pick(r, "AKIA", "ASIA") + chars(r, B32, 16)));
    k.add(named("aws_secret_access_key", List.of("aws_secret_access_key", "aws_secret_key"),
        r -> chars(r, B64, 40)));
    k.add(token("google_api_key", "google_api_key", r -> "AIzaSy" + chars(r, B64URL, 33)));
    k.add(token("google_oauth_secret", "client_secret", r -> "GOCSPX-" + chars(r, B64URL, 28)));
    k.add(token("google_oauth_access", "access_token", r -> "ya29.a0" + chars(r, B64URL, 150)));
    k.add(token("azure_ad_client_secret", "azure_client_secret",
        r -> chars(r, B62, 3) + pick(r, "7Q~", "8Q~") + chars(r, B62 + "_.~-", 34)));
    k.add(token("azure_storage_conn", "azure_storage_connection_string",
        r -> "DefaultEndpointsProtocol=https;AccountName=" + chars(r, LOWER + DIGITS, 12)
            + ";AccountKey=" + b64(bytes(r, 64)) + ";EndpointSuffix=core.windows.net"));
    k.add(token("azure_sas", "sas_url", BlindCredentials::azureSas));
    k.add(token("digitalocean", "digitalocean_token", r -> pick(r, "dop_v1_", "doo_v1_", "dor_v1_") + chars(r, HEX, 64)));
    k.add(token("alibaba_access_key", "alibaba_access_key_id", r -> "LTAI" + chars(r, B62, 20)));
    k.add(named("cloudflare_api_token", List.of("cloudflare_api_token", "cf_api_token"), r -> chars(r, B64URL, 40)));
    k.add(named("heroku_api_key", List.of("heroku_api_key"), r -> uuid(r)));
    k.add(token("databricks", "databricks_token", r -> "dapi" + chars(r, HEX, 32) + (r.nextBoolean() ? "-2" : "")));
    k.add(token("terraform_cloud", "tfe_token", r -> chars(r, B62, 14) + ".atlasv1." + chars(r, B62, 67)));
    k.add(token("vault", "vault_token", r -> pick(r, "hvs.", "hvs.", "hvb.") + "CAESI" + chars(r, B64URL, 87)));
    k.add(token("doppler", "doppler_token", r -> pick(r, "dp.pt.", "dp.st.", "dp.sa.") + chars(r, B62, 43)));
    k.add(token("planetscale", "planetscale_password", r -> pick(r, "pscale_pw_", "pscale_tkn_") + chars(r, B64URL, 43)));
    k.add(token("supabase", "supabase_access_token", r -> "sbp_" + chars(r, HEX, 40)));
    k.add(token("pulumi", "pulumi_access_token", r -> "pul-" + chars(r, HEX, 40)));
    k.add(token("tailscale", "ts_authkey", r -> "tskey-auth-k" + chars(r, B62, 10) + "CNTRL-" + chars(r, B62, 33)));
    // AI providers.
    k.add(token("openai", "openai_api_key", BlindCredentials::openai));
    k.add(token("anthropic", "anthropic_api_key",
        r -> pick(r, "sk-ant-api03-", "sk-ant-api03-", "sk-ant-admin01-") + chars(r, B64URL, 93) + "AA"));
    k.add(token("huggingface", "hf_token", r -> "hf_" + chars(r, UPPER + LOWER, 34)));
    k.add(token("groq", "groq_api_key", r -> "gsk_" + chars(r, B62, 52)));
    k.add(token("replicate", "replicate_api_token", r -> "r8_" + chars(r, B62, 37)));
    k.add(token("perplexity", "perplexity_api_key", r -> "pplx-" + chars(r, B62, 48)));
    k.add(token("xai", "xai_api_key", r -> "xai-" + chars(r, B62, 80)));
    k.add(token("langsmith", "langchain_api_key",
        r -> pick(r, "lsv2_pt_", "lsv2_sk_") + chars(r, HEX, 32) + "_" + chars(r, HEX, 10)));
    // Payments and commerce.
    k.add(token("stripe", "stripe_secret_key", BlindCredentials::stripe));
    k.add(token("stripe_webhook", "stripe_webhook_secret", r -> "whsec_" + chars(r, B62, 32)));
    k.add(token("square", "square_access_token",
        r -> r.nextBoolean() ? "EAAA" + chars(r, B64URL, 60) : "sq0csp-" + chars(r, B64URL, 43)));
    k.add(token("shopify", "shopify_access_token", r -> pick(r, "shpat_", "shpss_", "shpca_") + chars(r, HEX, 32)));
    // Messaging and collaboration.
    k.add(token("slack_token", "slack_token", BlindCredentials::slack));
    k.add(token("slack_webhook", "slack_webhook_url",
        r -> "https://hooks.slack.com/services/T" + chars(r, UPPER_NUM, 10) + "/B" + chars(r, UPPER_NUM, 10)
            + "/" + chars(r, B62, 24)));
    k.add(token("discord_bot", "discord_token", BlindCredentials::discordBot));
    k.add(token("discord_webhook", "discord_webhook_url",
        r -> "https://" + pick(r, "discord.com", "discordapp.com") + "/api/webhooks/1" + digits(r, 18) + "/"
            + chars(r, B64URL, 68)));
    k.add(token("telegram_bot", "telegram_bot_token", r -> "7" + digits(r, 9) + ":AA" + chars(r, B64URL, 33)));
    k.add(token("twilio", "twilio_api_key", r -> pick(r, "SK", "AC") + chars(r, HEX, 32)));
    k.add(named("twilio_auth_token", List.of("twilio_auth_token"), r -> chars(r, HEX, 32)));
    k.add(token("sendgrid", "sendgrid_api_key", r -> "SG." + chars(r, B64URL, 22) + "." + chars(r, B64URL, 43)));
    k.add(token("mailgun", "mailgun_api_key", r -> "key-" + chars(r, HEX, 32)));
    k.add(token("linear", "linear_api_key", r -> "lin_api_" + chars(r, B62, 40)));
    k.add(token("notion", "notion_token",
        r -> r.nextBoolean() ? "secret_" + chars(r, B62, 43) : "ntn_" + digits(r, 11) + chars(r, B62, 35)));
    k.add(token("atlassian", "jira_api_token",
        r -> "ATATT3xFfGF0" + chars(r, B64URL, 171) + "=" + chars(r, HEX_UP, 8)));
    k.add(token("figma", "figma_token", r -> "figd_" + chars(r, B64URL, 40)));
    k.add(token("postman", "postman_api_key", r -> "PMAK-" + chars(r, HEX, 24) + "-" + chars(r, HEX, 34)));
    // Observability.
    k.add(named("datadog", List.of("dd_api_key", "datadog_api_key", "dd_app_key"), r -> chars(r, HEX, r.nextBoolean() ? 32 : 40)));
    k.add(token("sentry_dsn", "sentry_dsn",
        r -> "https://" + chars(r, HEX, 32) + "@o" + digits(r, 6) + ".ingest." + pick(r, "", "us.", "de.")
            + "sentry.io/" + digits(r, 7)));
    k.add(token("sentry_token", "sentry_auth_token", r -> "sntryu_" + chars(r, HEX, 64)));
    k.add(token("grafana", "grafana_token", r -> "glsa_" + chars(r, B62, 32) + "_" + chars(r, HEX, 8)));
    k.add(token("newrelic", "new_relic_api_key", r -> "NRAK-" + chars(r, UPPER_NUM, 27)));
    k.add(token("mapbox", "mapbox_token", BlindCredentials::mapbox));
    // Generic shapes.
    k.add(token("jwt", "id_token", BlindCredentials::jwt));
    k.add(new Kind("bearer_header", Style.LINE, List.of("authorization"), r -> {
      String t = chars(r, B64URL, 40 + r.nextInt(24));
      return new Sample("Authorization: Bearer " + t, t);
    }));
    k.add(new Kind("basic_auth_header", Style.LINE, List.of("authorization"), r -> {
      String t = b64((pick(r, "admin", "deploy", "ci-bot", "svc_backup") + ":" + password(r))
          .getBytes(StandardCharsets.UTF_8));
      return new Sample("Authorization: Basic " + t, t);
    }));
    k.add(token("basic_auth_url", "repo_url", BlindCredentials::basicAuthUrl));
    k.add(token("db_connection_string", "database_url", BlindCredentials::dbUrl));
    k.add(named("env_high_entropy", List.of("session_secret", "jwt_secret", "app_secret", "encryption_key",
        "nextauth_secret", "secret_key_base", "django_secret_key", "app_key"), BlindCredentials::envSecret));
    k.add(named("password_assignment", List.of("password", "db_password", "admin_password", "smtp_password",
        "passwd", "redis_password", "mysql_root_password"), r -> Sample.of(password(r))));
    k.add(named("okta_token", List.of("okta_api_token"), r -> "00" + chars(r, B64URL, 40)));
    // Data.
    k.add(data("credit_card", List.of("card_number", "pan", "cc_number"), BlindCredentials::card));
    k.add(data("iban", List.of("iban"), BlindCredentials::iban));
    k.add(data("bip39_seed", List.of("mnemonic", "seed_phrase", "recovery_phrase"), BlindCredentials::seed));
    k.add(data("bitcoin_wif", List.of("private_key", "wif"), BlindCredentials::wif));
    k.add(token("age_secret_key", "age_key", BlindCredentials::ageKey));
    // Blocks.
    k.add(block("pem_private_key", BlindCredentials::pem));
    k.add(block("openssh_private_key", BlindCredentials::openssh));
    k.add(block("pgp_private_key", BlindCredentials::pgp));
    k.add(block("putty_private_key", BlindCredentials::putty));
    k.add(block("gcp_service_account", BlindCredentials::gcpServiceAccount));
    k.add(block("k8s_secret_manifest", BlindCredentials::k8sSecret));
    return List.copyOf(k);
  }

  private static Kind token(String name, String varName, Function<Random, String> make) {
    return new Kind(name, Style.TOKEN, List.of(varName), r -> Sample.of(make.apply(r)));
  }

  private static Kind named(String name, List<String> names, Function<Random, ?> make) {
    return new Kind(name, Style.NAMED, names, r -> {
      Object v = make.apply(r);
      return v instanceof Sample s ? s : Sample.of((String) v);
    });
  }

  private static Kind data(String name, List<String> names, Function<Random, Sample> make) {
    return new Kind(name, Style.DATA, names, make);
  }

  private static Kind block(String name, Function<Random, Sample> make) {
    return new Kind(name, Style.BLOCK, List.of("key"), make);
  }

  // ---- Token formats -------------------------------------------------------------------------

  /** GitHub and npm: 30 random base62 characters, then their CRC32 in base62, padded to six. */
  static String crcToken(Random r, String prefix) {
    String body = chars(r, B62, 30);
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.US_ASCII));
    return prefix + body + base62(crc.getValue(), 6);
  }

  static String base62(long v, int width) {
    StringBuilder sb = new StringBuilder();
    while (v > 0) {
      sb.append(B62.charAt((int) (v % 62)));
      v /= 62;
    }
    while (sb.length() < width) {
      sb.append('0');
    }
    return sb.reverse().toString();
  }

  /** A PyPI macaroon: location "pypi.org", an identifier caveat, a signature. */
  private static String pypi(Random r) {
    var out = new java.io.ByteArrayOutputStream();
    out.writeBytes(new byte[] {2, 1, 8});
    out.writeBytes("pypi.org".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(new byte[] {2, 0x24});
    out.writeBytes(uuid(r).getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(new byte[] {0, 2, 0x2b});
    out.writeBytes(("{\"version\": 1, \"permissions\": \"user\"}").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(new byte[] {0, 0, 6, 0x20});
    out.writeBytes(bytes(r, 32));
    return "pypi-" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
  }

  private static String openai(Random r) {
    return switch (r.nextInt(3)) {
      case 0 -> "sk-proj-" + chars(r, B64URL, 74) + "T3BlbkFJ" + chars(r, B64URL, 74);
      case 1 -> "sk-svcacct-" + chars(r, B64URL, 74) + "T3BlbkFJ" + chars(r, B64URL, 74);
      default -> "sk-" + chars(r, B62, 20) + "T3BlbkFJ" + chars(r, B62, 20);
    };
  }

  private static String stripe(Random r) {
    String prefix = pick(r, "sk_live_", "sk_live_", "rk_live_");
    return r.nextBoolean()
        ? prefix + chars(r, B62, 24)
        : prefix + "51" + chars(r, B62, 97);
  }

  private static String slack(Random r) {
    return switch (r.nextInt(3)) {
      case 0 -> "xoxb-" + digits(r, 12) + "-" + digits(r, 13) + "-" + chars(r, B62, 24);
      case 1 -> "xoxp-" + digits(r, 12) + "-" + digits(r, 12) + "-" + digits(r, 13) + "-" + chars(r, HEX, 32);
      default -> "xapp-1-A" + chars(r, UPPER_NUM, 10) + "-" + digits(r, 13) + "-" + chars(r, HEX, 64);
    };
  }

  /** Discord: the bot's snowflake id in base64, a timestamp part, an HMAC part. */
  private static String discordBot(Random r) {
    String id = "1" + digits(r, 18);
    String idPart = Base64.getEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.US_ASCII));
    return idPart + "." + chars(r, B64URL, 6) + "." + chars(r, B64URL, r.nextBoolean() ? 38 : 27);
  }

  private static String mapbox(Random r) {
    String claims = "{\"u\":\"" + pick(r, "acme-maps", "jdoe", "geo-team") + "\",\"a\":\"cl" + chars(r, LOWER + DIGITS, 23) + "\"}";
    return "sk." + b64url(claims.getBytes(StandardCharsets.US_ASCII)) + "." + chars(r, B64URL, 22);
  }

  static String jwt(Random r) {
    boolean rsa = r.nextInt(3) == 0;
    String header = rsa ? "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + chars(r, HEX, 16) + "\"}"
        : "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
    long iat = 1_700_000_000L + r.nextInt(50_000_000);
    String payload = "{\"sub\":\"" + uuid(r) + "\",\"email\":\"" + pick(r, "ana", "li.wei", "m.ross") + "@"
        + pick(r, "acme.io", "example-corp.com") + "\",\"role\":\"" + pick(r, "admin", "user", "service")
        + "\",\"iat\":" + iat + ",\"exp\":" + (iat + 3600) + "}";
    return b64url(header.getBytes(StandardCharsets.UTF_8)) + "." + b64url(payload.getBytes(StandardCharsets.UTF_8))
        + "." + b64url(bytes(r, rsa ? 256 : 32));
  }

  private static String azureSas(Random r) {
    String sig = b64(bytes(r, 32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D");
    return "https://" + chars(r, LOWER + DIGITS, 10) + ".blob.core.windows.net/" + pick(r, "backups", "exports", "uploads")
        + "/" + pick(r, "db.bak", "report.csv", "model.bin") + "?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacx"
        + "&se=2026-0" + (1 + r.nextInt(9)) + "-15T18:00:00Z&st=2025-01-01T00:00:00Z&spr=https&sig=" + sig;
  }

  private static String basicAuthUrl(Random r) {
    String user = pick(r, "deploy", "ci", "jenkins", "admin", "svc-sync");
    return pick(r, "https://", "https://", "ftp://", "http://") + user + ":" + urlSafePassword(r) + "@"
        + pick(r, "git.internal.acme.io/platform/infra.git", "nexus.acme-corp.com/repository/releases/",
            "files.example-partner.net/incoming", "registry.corp.local:5000/v2/")
        ;
  }

  private static String dbUrl(Random r) {
    String pw = urlSafePassword(r);
    String user = pick(r, "app", "admin", "postgres", "svc_orders", "reporting");
    return switch (r.nextInt(8)) {
      case 0 -> "postgres://" + user + ":" + pw + "@db-prod-1.cluster-c9x2.eu-west-1.rds.amazonaws.com:5432/orders";
      case 1 -> "postgresql://" + user + ":" + pw + "@10.0.3.17:5432/app?sslmode=require";
      case 2 -> "mysql://" + user + ":" + pw + "@mysql.internal:3306/shop";
      case 3 -> "mongodb+srv://" + user + ":" + pw + "@cluster0." + chars(r, LOWER + DIGITS, 5) + ".mongodb.net/prod?retryWrites=true&w=majority";
      case 4 -> "redis://default:" + pw + "@redis-12345.c1.us-east-1-2.ec2.cloud.redislabs.com:12345";
      case 5 -> "amqps://" + user + ":" + pw + "@rabbit.internal:5671/prod";
      case 6 -> "Server=tcp:" + pick(r, "sql-prod", "acme-db") + ".database.windows.net,1433;Initial Catalog=app;"
          + "User ID=" + user + ";Password=" + pw + ";Encrypt=True;Connection Timeout=30;";
      default -> "jdbc:postgresql://db.internal:5432/billing?user=" + user + "&password=" + pw + "&ssl=true";
    };
  }

  private static Sample envSecret(Random r) {
    return Sample.of(switch (r.nextInt(5)) {
      case 0 -> chars(r, B62, 32 + r.nextInt(32));
      case 1 -> chars(r, HEX, 64);
      case 2 -> "base64:" + b64(bytes(r, 32));
      case 3 -> chars(r, LOWER + DIGITS + "!@#$%^&*(-_=+)", 50);
      default -> b64(bytes(r, 24 + r.nextInt(24)));
    });
  }

  /** A password as people and password managers write them; no quotes or backslashes. */
  static String password(Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> chars(r, B62 + "!#$%&*+-=?@^_", 14 + r.nextInt(10));
      case 1 -> capital(pick(r, "tiger", "harbor", "maple", "falcon", "copper", "winter", "orbit"))
          + pick(r, "!", "#", "$", "-", "_", "@") + capital(pick(r, "lake", "stone", "river", "cloud", "ember"))
          + (1000 + r.nextInt(9000));
      case 2 -> chars(r, B62, 8) + "-" + chars(r, B62, 6) + "-" + chars(r, B62, 6);
      default -> chars(r, B62, 20);
    };
  }

  private static String urlSafePassword(Random r) {
    return r.nextBoolean() ? chars(r, B62, 16 + r.nextInt(12)) : chars(r, B62 + "-_.~", 18 + r.nextInt(8));
  }

  // ---- Data with checksums -------------------------------------------------------------------

  private static final String[][] CARD_NETWORKS = {
      // prefix, length, grouping ("4444", "465", "464")
      {"4", "16", "4444"}, {"4", "16", "4444"}, {"51", "16", "4444"}, {"55", "16", "4444"},
      {"2221", "16", "4444"}, {"2720", "16", "4444"}, {"34", "15", "465"}, {"37", "15", "465"},
      {"6011", "16", "4444"}, {"65", "16", "4444"}, {"3528", "16", "4444"}, {"3589", "16", "4444"},
      {"36", "14", "464"}, {"300", "14", "464"}, {"62", "16", "4444"}, {"62", "19", "4447"},
  };

  private static Sample card(Random r) {
    String[] n = CARD_NETWORKS[r.nextInt(CARD_NETWORKS.length)];
    int len = Integer.parseInt(n[1]);
    String body = n[0] + digits(r, len - n[0].length() - 1);
    String number = body + luhnDigit(body);
    String shown = switch (r.nextInt(3)) {
      case 0 -> number;
      case 1 -> group(number, n[2], " ");
      default -> group(number, n[2], "-");
    };
    return Sample.of(shown);
  }

  static int luhnDigit(String body) {
    int sum = 0;
    boolean dbl = true;
    for (int i = body.length() - 1; i >= 0; i--) {
      int d = body.charAt(i) - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return (10 - sum % 10) % 10;
  }

  static boolean luhnValid(String number) {
    return luhnDigit(number.substring(0, number.length() - 1)) == number.charAt(number.length() - 1) - '0';
  }

  private static String group(String s, String pattern, String sep) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (int i = 0; i < pattern.length() && at < s.length(); i++) {
      int n = pattern.charAt(i) - '0';
      if (sb.length() > 0) {
        sb.append(sep);
      }
      sb.append(s, at, Math.min(s.length(), at + n));
      at += n;
    }
    return sb.toString();
  }

  /** Country, BBAN layout: n digit, a letter, c letter or digit. */
  private static final String[][] IBAN_COUNTRIES = {
      {"DE", "nnnnnnnnnnnnnnnnnn"}, {"GB", "aaaannnnnnnnnnnnnn"}, {"FR", "nnnnnnnnnnccccccccccnnn"},
      {"NL", "aaaannnnnnnnnn"}, {"ES", "nnnnnnnnnnnnnnnnnnnn"}, {"IT", "annnnnnnnnnccccccccccccc"},
      {"CH", "nnnnncccccccccccc"}, {"BE", "nnnnnnnnnnnn"}, {"AT", "nnnnnnnnnnnnnnnn"},
      {"PL", "nnnnnnnnnnnnnnnnnnnnnnnn"}, {"SE", "nnnnnnnnnnnnnnnnnnnn"}, {"IE", "aaaannnnnnnnnnnnnn"},
  };

  private static Sample iban(Random r) {
    String[] c = IBAN_COUNTRIES[r.nextInt(IBAN_COUNTRIES.length)];
    // Account parts that may hold letters ('c') hold digits in most real accounts.
    boolean lettersInAccount = r.nextInt(5) == 0;
    StringBuilder bban = new StringBuilder();
    for (char p : c[1].toCharArray()) {
      bban.append(switch (p) {
        case 'n' -> DIGITS.charAt(r.nextInt(10));
        case 'a' -> UPPER.charAt(r.nextInt(26));
        default -> lettersInAccount ? UPPER_NUM.charAt(r.nextInt(36)) : DIGITS.charAt(r.nextInt(10));
      });
    }
    String iban = c[0] + ibanCheck(c[0], bban.toString()) + bban;
    return Sample.of(r.nextBoolean() ? iban : group(iban, "44444444", " "));
  }

  static String ibanCheck(String country, String bban) {
    String rearranged = bban + country + "00";
    StringBuilder num = new StringBuilder();
    for (char ch : rearranged.toCharArray()) {
      num.append(Character.isDigit(ch) ? String.valueOf(ch) : String.valueOf(ch - 'A' + 10));
    }
    int check = 98 - new BigInteger(num.toString()).mod(BigInteger.valueOf(97)).intValue();
    return check < 10 ? "0" + check : String.valueOf(check);
  }

  private static List<String> wordlist;

  static synchronized List<String> bip39Words() {
    if (wordlist == null) {
      try (InputStream in = BlindCredentials.class.getResourceAsStream("/io/moltr/core/scan/bip39-english.txt")) {
        wordlist = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\\s+"));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return wordlist;
  }

  /** A BIP39 mnemonic: entropy plus the first ENT/32 bits of its SHA-256, in 11-bit words. */
  static List<String> mnemonic(Random r, int words) {
    int entBits = words * 11 * 32 / 33;
    byte[] ent = bytes(r, entBits / 8);
    byte[] hash = sha256(ent);
    BigInteger bits = new BigInteger(1, ent).shiftLeft(entBits / 32)
        .or(BigInteger.valueOf((hash[0] & 0xff) >>> (8 - entBits / 32)));
    List<String> out = new ArrayList<>();
    for (int i = words - 1; i >= 0; i--) {
      out.add(bip39Words().get(bits.shiftRight(i * 11).intValue() & 0x7ff));
    }
    return out;
  }

  private static Sample seed(Random r) {
    List<String> words = mnemonic(r, pick(r, 12, 12, 24, 18, 15));
    if (r.nextInt(4) == 0) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < words.size(); i++) {
        sb.append(i + 1).append(". ").append(words.get(i)).append('\n');
      }
      String s = sb.toString().strip();
      return Sample.of(s);
    }
    return Sample.of(String.join(" ", words));
  }

  /** Bitcoin WIF: 0x80, the key, optionally 0x01 for compressed, in Base58Check. */
  private static Sample wif(Random r) {
    byte[] key = bytes(r, 32);
    key[0] &= 0x7f;
    boolean compressed = r.nextInt(3) > 0;
    byte[] payload = new byte[compressed ? 34 : 33];
    payload[0] = (byte) 0x80;
    System.arraycopy(key, 0, payload, 1, 32);
    if (compressed) {
      payload[33] = 1;
    }
    return Sample.of(base58Check(payload));
  }

  static String base58Check(byte[] payload) {
    byte[] check = sha256(sha256(payload));
    byte[] all = Arrays.copyOf(payload, payload.length + 4);
    System.arraycopy(check, 0, all, payload.length, 4);
    return base58(all);
  }

  static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  static String base58(byte[] data) {
    BigInteger n = new BigInteger(1, data);
    StringBuilder sb = new StringBuilder();
    BigInteger base = BigInteger.valueOf(58);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(base);
      sb.append(B58.charAt(qr[1].intValue()));
      n = qr[0];
    }
    for (int i = 0; i < data.length && data[i] == 0; i++) {
      sb.append('1');
    }
    return sb.reverse().toString();
  }

  /** age: an X25519 key in Bech32 with the human-readable part "age-secret-key-", upper-cased. */
  private static String ageKey(Random r) {
    return bech32("age-secret-key-", convertBits(bytes(r, 32), 8, 5, true)).toUpperCase(java.util.Locale.ROOT);
  }

  private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

  static String bech32(String hrp, int[] data) {
    int[] values = new int[hrp.length() * 2 + 1 + data.length + 6];
    int i = 0;
    for (char c : hrp.toCharArray()) {
      values[i++] = c >> 5;
    }
    values[i++] = 0;
    for (char c : hrp.toCharArray()) {
      values[i++] = c & 31;
    }
    for (int d : data) {
      values[i++] = d;
    }
    int mod = polymod(values) ^ 1;
    StringBuilder sb = new StringBuilder(hrp).append('1');
    for (int d : data) {
      sb.append(BECH32.charAt(d));
    }
    for (int k = 0; k < 6; k++) {
      sb.append(BECH32.charAt((mod >>> (5 * (5 - k))) & 31));
    }
    return sb.toString();
  }

  private static int polymod(int[] values) {
    int[] gen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    int chk = 1;
    for (int v : values) {
      int b = chk >>> 25;
      chk = ((chk & 0x1ffffff) << 5) ^ v;
      for (int k = 0; k < 5; k++) {
        if (((b >>> k) & 1) == 1) {
          chk ^= gen[k];
        }
      }
    }
    return chk;
  }

  static int[] convertBits(byte[] in, int from, int to, boolean pad) {
    List<Integer> out = new ArrayList<>();
    int acc = 0;
    int bits = 0;
    int maxv = (1 << to) - 1;
    for (byte b : in) {
      acc = (acc << from) | (b & 0xff);
      bits += from;
      while (bits >= to) {
        bits -= to;
        out.add((acc >>> bits) & maxv);
      }
    }
    if (pad && bits > 0) {
      out.add((acc << (to - bits)) & maxv);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  // ---- Blocks --------------------------------------------------------------------------------

  private static Sample pem(Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> Sample.of(pemBlock("RSA PRIVATE KEY", der(r, "308204a40201000282010100", 1190)));
      case 1 -> Sample.of(pemBlock("PRIVATE KEY",
          der(r, "308204be020100300d06092a864886f70d0101010500048204a8", 1190)));
      case 2 -> Sample.of(pemBlock("EC PRIVATE KEY", der(r, "30770201010420", 113)));
      default -> Sample.of(pemBlock("ENCRYPTED PRIVATE KEY",
          der(r, "30820526305006092a864886f70d01050d3043", 1300)));
    };
  }

  private static byte[] der(Random r, String hexPrefix, int total) {
    byte[] prefix = java.util.HexFormat.of().parseHex(hexPrefix);
    byte[] out = bytes(r, total);
    System.arraycopy(prefix, 0, out, 0, prefix.length);
    return out;
  }

  static String pemBlock(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n" + wrap(b64(der), 64) + "\n-----END " + label + "-----";
  }

  static String wrap(String s, int width) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i += width) {
      if (i > 0) {
        sb.append('\n');
      }
      sb.append(s, i, Math.min(s.length(), i + width));
    }
    return sb.toString();
  }

  private static Sample openssh(Random r) {
    var out = new java.io.ByteArrayOutputStream();
    out.writeBytes("openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII));
    sshString(out, "none".getBytes(StandardCharsets.US_ASCII));
    sshString(out, "none".getBytes(StandardCharsets.US_ASCII));
    sshString(out, new byte[0]);
    out.writeBytes(new byte[] {0, 0, 0, 1});
    byte[] pub = ed25519PublicBlob(r);
    sshString(out, pub);
    sshString(out, bytes(r, 144));
    String body = b64(out.toByteArray());
    return Sample.of("-----BEGIN OPENSSH PRIVATE KEY-----\n" + wrap(body, 70) + "\n-----END OPENSSH PRIVATE KEY-----");
  }

  static byte[] ed25519PublicBlob(Random r) {
    var pub = new java.io.ByteArrayOutputStream();
    sshString(pub, "ssh-ed25519".getBytes(StandardCharsets.US_ASCII));
    sshString(pub, bytes(r, 32));
    return pub.toByteArray();
  }

  static void sshString(java.io.ByteArrayOutputStream out, byte[] s) {
    out.writeBytes(new byte[] {(byte) (s.length >>> 24), (byte) (s.length >>> 16), (byte) (s.length >>> 8), (byte) s.length});
    out.writeBytes(s);
  }

  private static Sample pgp(Random r) {
    byte[] packet = bytes(r, 900);
    packet[0] = (byte) 0x95;
    String body = wrap(b64(packet), 64);
    return Sample.of("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + body + "\n=" + chars(r, B64, 4)
        + "\n-----END PGP PRIVATE KEY BLOCK-----");
  }

  private static Sample putty(Random r) {
    String pub = b64(ed25519PublicBlob(r));
    return Sample.of("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-2024"
        + (1000 + r.nextInt(8999)) + "\nPublic-Lines: 2\n" + wrap(pub, 64) + "\nPrivate-Lines: 1\n"
        + b64(bytes(r, 36)) + "\nPrivate-MAC: " + chars(r, HEX, 64));
  }

  private static Sample gcpServiceAccount(Random r) {
    String project = pick(r, "acme-prod", "data-pipeline-42", "ml-training") + "-" + digits(r, 6);
    String key = pemBlock("PRIVATE KEY", der(r, "308204be020100300d06092a864886f70d0101010500048204a8", 1190))
        .replace("\n", "\\n") + "\\n";
    String json = "{\n  \"type\": \"service_account\",\n  \"project_id\": \"" + project + "\",\n"
        + "  \"private_key_id\": \"" + chars(r, HEX, 40) + "\",\n"
        + "  \"private_key\": \"" + key + "\",\n"
        + "  \"client_email\": \"deployer@" + project + ".iam.gserviceaccount.com\",\n"
        + "  \"client_id\": \"1" + digits(r, 20) + "\",\n"
        + "  \"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\",\n"
        + "  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}";
    return new Sample(json, key);
  }

  private static Sample k8sSecret(Random r) {
    String key = pick(r, "password", "db-password", "api-token", "POSTGRES_PASSWORD", "secret-key");
    String value = key.contains("token") ? chars(r, B64URL, 40) : password(r);
    String encoded = b64(value.getBytes(StandardCharsets.UTF_8));
    String yaml = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + pick(r, "app-credentials", "db-auth", "backend-env")
        + "\n  namespace: " + pick(r, "prod", "default", "payments") + "\ntype: Opaque\ndata:\n  username: "
        + b64(pick(r, "admin", "app", "svc").getBytes(StandardCharsets.UTF_8)) + "\n  " + key + ": " + encoded + "\n";
    return new Sample(yaml, encoded);
  }

  // ---- Small helpers -------------------------------------------------------------------------

  static String chars(Random r, String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  static String digits(Random r, int n) {
    return chars(r, DIGITS, n);
  }

  @SafeVarargs
  static <T> T pick(Random r, T... options) {
    return options[r.nextInt(options.length)];
  }

  static byte[] bytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  static String uuid(Random r) {
    String h = chars(r, HEX, 32);
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-"
        + "89ab".charAt(r.nextInt(4)) + h.substring(17, 20) + "-" + h.substring(20);
  }

  static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  static String b64url(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
