package io.moltr.core.scan;

import static io.moltr.core.scan.Blind32Util.*;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/** Fake credentials written from the providers' documented formats (never real ones). */
final class Blind32Secrets {
  private Blind32Secrets() {}

  /** A generated secret: its kind, the value, the variable name an agent would give it, and a user where one goes with it. */
  record Sec(String kind, String value, String var, String user, String extra) {}

  static final List<String> TOKEN_KINDS = List.of(
      "aws_secret_key", "github_pat", "github_app_token", "github_oauth", "github_fine_grained", "gitlab_pat",
      "gitlab_runner", "slack_bot", "slack_webhook", "stripe_live", "stripe_restricted", "stripe_webhook",
      "openai_key", "anthropic_key", "google_api_key", "npm_token", "pypi_token", "dockerhub_pat", "sendgrid",
      "twilio_auth_token", "mailgun", "azure_client_secret", "jwt_token", "vault_token", "tfc_token",
      "digitalocean", "shopify", "datadog_api_key", "newrelic", "linear", "huggingface", "telegram", "discord",
      "age_secret", "pulumi", "grafana_sa", "postman", "cratesio", "netlify", "heroku", "doppler", "okta",
      "azure_storage_key", "azure_sas");

  static final List<String> OTHER_KINDS = List.of(
      "rsa_private_key", "ec_private_key", "openssh_private_key", "gcp_service_account", "db_url_password",
      "config_password", "netrc_password", "git_credential_url", "credit_card", "iban");

  static String ghStyle(Random r, String prefix) {
    String body = rnd(r, ALNUM, 30);
    return prefix + body + base62(crc32(body), 6);
  }

  static boolean ghStyleValid(String tok, String prefix) {
    if (!tok.startsWith(prefix) || tok.length() != prefix.length() + 36) {
      return false;
    }
    String body = tok.substring(prefix.length(), prefix.length() + 30);
    return tok.endsWith(base62(crc32(body), 6));
  }

  static String password(Random r) {
    String sym = "!#%^*-_+=.@$&";
    while (true) {
      String s = rnd(r, ALNUM + sym, 14 + r.nextInt(8));
      if (s.chars().filter(Character::isDigit).count() >= 2 && s.chars().anyMatch(Character::isUpperCase)
          && s.chars().anyMatch(Character::isLowerCase) && s.chars().anyMatch(c -> sym.indexOf(c) >= 0)) {
        return s;
      }
    }
  }

  static String alnumPassword(Random r) {
    return mixed(r, ALNUM, 20 + r.nextInt(9));
  }

  static String user(Random r) {
    return pick(r, "deploy", "app_rw", "svc_orders", "ci-bot", "billing", "etl_loader", "grafana", "jenkins",
        "api_user", "reporting", "keycloak", "gitea", "airflow", "metabase");
  }

  static Sec make(String kind, Random r) {
    switch (kind) {
      case "aws_secret_key": {
        String id = "AKIA" + rnd(r, UPPER + "234567", 16);
        return new Sec(kind, mixed(r, ALNUM + "/+", 40), "AWS_SECRET_ACCESS_KEY", null, id);
      }
      case "github_pat": return new Sec(kind, ghStyle(r, "ghp_"), pick(r, "GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"), null, null);
      case "github_app_token": return new Sec(kind, ghStyle(r, "ghs_"), "GITHUB_APP_INSTALLATION_TOKEN", null, null);
      case "github_oauth": return new Sec(kind, ghStyle(r, "gho_"), "GH_OAUTH_TOKEN", null, null);
      case "github_fine_grained":
        return new Sec(kind, "github_pat_11" + rnd(r, UPPER + DIGITS, 20) + "_" + mixed(r, ALNUM, 59), "GITHUB_TOKEN", null, null);
      case "gitlab_pat": return new Sec(kind, "glpat-" + mixed(r, ALNUM + "_-", 20), pick(r, "GITLAB_TOKEN", "CI_PUSH_TOKEN"), null, null);
      case "gitlab_runner": return new Sec(kind, "glrt-" + mixed(r, ALNUM + "_-", 20), "RUNNER_TOKEN", null, null);
      case "slack_bot":
        return new Sec(kind, "xoxb-" + (1 + r.nextInt(9)) + rnd(r, DIGITS, 10) + "-" + (1 + r.nextInt(9)) + rnd(r, DIGITS, 12) + "-" + mixed(r, ALNUM, 24),
            "SLACK_BOT_TOKEN", null, null);
      case "slack_webhook":
        return new Sec(kind, "https://hooks.slack.com/services/T" + rnd(r, UPPER + DIGITS, 8) + "/B" + rnd(r, UPPER + DIGITS, 10) + "/" + mixed(r, ALNUM, 24),
            "SLACK_WEBHOOK_URL", null, null);
      case "stripe_live": return new Sec(kind, "sk_live_51" + mixed(r, ALNUM, 97), "STRIPE_SECRET_KEY", null, null);
      case "stripe_restricted": return new Sec(kind, "rk_live_51" + mixed(r, ALNUM, 97), "STRIPE_RESTRICTED_KEY", null, null);
      case "stripe_webhook": return new Sec(kind, "whsec_" + mixed(r, ALNUM, 32), "STRIPE_WEBHOOK_SECRET", null, null);
      case "openai_key":
        return new Sec(kind, "sk-proj-" + mixed(r, ALNUM + "_-", 74) + "T3BlbkFJ" + mixed(r, ALNUM + "_-", 74), "OPENAI_API_KEY", null, null);
      case "anthropic_key":
        return new Sec(kind, "sk-ant-api03-" + mixed(r, ALNUM + "_-", 93) + "AA", "ANTHROPIC_API_KEY", null, null);
      case "google_api_key": return new Sec(kind, "AIza" + mixed(r, ALNUM + "_-", 35), "GOOGLE_MAPS_SERVER_KEY", null, null);
      case "npm_token": return new Sec(kind, ghStyle(r, "npm_"), "NPM_TOKEN", null, null);
      case "pypi_token":
        return new Sec(kind, "pypi-AgEIcHlwaS5vcmcCJD" + mixed(r, ALNUM + "_-", 160), "TWINE_PASSWORD", "__token__", null);
      case "dockerhub_pat": return new Sec(kind, "dckr_pat_" + mixed(r, ALNUM + "_-", 27), "DOCKERHUB_TOKEN", pick(r, "acmeops", "buildbot", "platformteam"), null);
      case "sendgrid": return new Sec(kind, "SG." + mixed(r, ALNUM + "_-", 22) + "." + mixed(r, ALNUM + "_-", 43), "SENDGRID_API_KEY", null, null);
      case "twilio_auth_token":
        return new Sec(kind, rnd(r, HEX, 32), "TWILIO_AUTH_TOKEN", null, "AC" + rnd(r, HEX, 32));
      case "mailgun": return new Sec(kind, "key-" + rnd(r, HEX, 32), "MAILGUN_API_KEY", null, null);
      case "azure_client_secret":
        return new Sec(kind, mixed(r, ALNUM, 3) + r.nextInt(10) + "Q~" + mixed(r, ALNUM + "_.~-", 34), "AZURE_CLIENT_SECRET", null, uuid(r));
      case "jwt_token": {
        String h = b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        String p = b64url("{\"sub\":\"svc-" + pick(r, "billing", "reports", "sync", "ingest") + "\",\"iss\":\"auth.internal\",\"iat\":"
            + (1760000000 + r.nextInt(9000000)) + ",\"exp\":" + (1790000000 + r.nextInt(9000000)) + ",\"scope\":\"read write\"}");
        return new Sec(kind, h + "." + p + "." + mixed(r, B64URL, 43), "SERVICE_AUTH_TOKEN", null, null);
      }
      case "vault_token": return new Sec(kind, "hvs.CAESI" + mixed(r, ALNUM + "_-", 86), "VAULT_TOKEN", null, null);
      case "tfc_token": return new Sec(kind, mixed(r, ALNUM, 14) + ".atlasv1." + mixed(r, ALNUM, 67), "TF_TOKEN_app_terraform_io", null, null);
      case "digitalocean": return new Sec(kind, "dop_v1_" + rnd(r, HEX, 64), "DIGITALOCEAN_TOKEN", null, null);
      case "shopify": return new Sec(kind, "shpat_" + rnd(r, HEX, 32), "SHOPIFY_ADMIN_TOKEN", null, null);
      case "datadog_api_key": return new Sec(kind, rnd(r, HEX, 32), "DD_API_KEY", null, null);
      case "newrelic": return new Sec(kind, "NRAK-" + rnd(r, UPPER + DIGITS, 27), "NEW_RELIC_API_KEY", null, null);
      case "linear": return new Sec(kind, "lin_api_" + mixed(r, ALNUM, 40), "LINEAR_API_KEY", null, null);
      case "huggingface": return new Sec(kind, "hf_" + rnd(r, UPPER + LOWER, 34), "HF_TOKEN", null, null);
      case "telegram":
        return new Sec(kind, (1 + r.nextInt(8)) + rnd(r, DIGITS, 9) + ":AA" + mixed(r, ALNUM + "_-", 33), "TELEGRAM_BOT_TOKEN", null, null);
      case "discord": {
        String id = String.valueOf(100000000000000000L + (long) (r.nextDouble() * 899999999999999999L));
        return new Sec(kind, b64url(id) + "." + mixed(r, B64URL, 6) + "." + mixed(r, B64URL, 38), "DISCORD_BOT_TOKEN", null, null);
      }
      case "age_secret": {
        byte[] k = new byte[32];
        r.nextBytes(k);
        return new Sec(kind, bech32("age-secret-key-", k).toUpperCase(), "SOPS_AGE_KEY", null, null);
      }
      case "pulumi": return new Sec(kind, "pul-" + rnd(r, HEX, 40), "PULUMI_ACCESS_TOKEN", null, null);
      case "grafana_sa": {
        String body = mixed(r, ALNUM, 32);
        return new Sec(kind, "glsa_" + body + "_" + String.format("%08x", crc32("glsa_" + body)), "GRAFANA_SA_TOKEN", null, null);
      }
      case "postman": return new Sec(kind, "PMAK-" + rnd(r, HEX, 24) + "-" + rnd(r, HEX, 34), "POSTMAN_API_KEY", null, null);
      case "cratesio": return new Sec(kind, "cio" + mixed(r, ALNUM, 32), "CARGO_REGISTRY_TOKEN", null, null);
      case "netlify": return new Sec(kind, "nfp_" + mixed(r, ALNUM, 36), "NETLIFY_AUTH_TOKEN", null, null);
      case "heroku": return new Sec(kind, "HRKU-AA" + mixed(r, ALNUM + "_-", 58), "HEROKU_API_KEY", null, null);
      case "doppler": return new Sec(kind, "dp.st.prd." + mixed(r, ALNUM, 40), "DOPPLER_TOKEN", null, null);
      case "okta": return new Sec(kind, "00" + mixed(r, ALNUM + "_-", 40), "OKTA_API_TOKEN", null, null);
      case "azure_storage_key": {
        byte[] k = new byte[64];
        r.nextBytes(k);
        return new Sec(kind, b64(k), "AZURE_STORAGE_KEY", null, pick(r, "stacmeprod", "stlogsweu", "stbackup01", "stmediacdn"));
      }
      case "azure_sas": {
        byte[] k = new byte[32];
        r.nextBytes(k);
        return new Sec(kind, pct(b64(k)), "AZURE_BLOB_SAS", null, pick(r, "stacmeprod", "stlogsweu", "stbackup01"));
      }
      case "rsa_private_key": return new Sec(kind, rsaPem(r, r.nextBoolean()), "TLS_KEY", null, null);
      case "ec_private_key": return new Sec(kind, ecPem(r), "JWT_SIGNING_KEY", null, null);
      case "openssh_private_key": return new Sec(kind, opensshPem(r), "DEPLOY_SSH_KEY", null, null);
      case "gcp_service_account": return new Sec(kind, rsaPem(r, false), "GOOGLE_APPLICATION_CREDENTIALS", null,
          pick(r, "acme-prod-381204", "shop-analytics-22", "infra-core-9f3a", "ml-training-4471"));
      case "db_url_password": return new Sec(kind, r.nextBoolean() ? alnumPassword(r) : password(r), "DATABASE_URL", user(r), null);
      case "config_password": return new Sec(kind, r.nextBoolean() ? alnumPassword(r) : password(r), "PASSWORD", user(r), null);
      case "netrc_password": return new Sec(kind, r.nextBoolean() ? alnumPassword(r) : ghStyle(r, "ghp_"), "NETRC", user(r), null);
      case "git_credential_url": return new Sec(kind, r.nextBoolean() ? alnumPassword(r) : "glpat-" + mixed(r, ALNUM + "_-", 20), "GIT_URL", user(r), null);
      case "credit_card": {
        String body = r.nextBoolean() ? "4" + rnd(r, DIGITS, 14) : "5" + (1 + r.nextInt(5)) + rnd(r, DIGITS, 13);
        return new Sec(kind, withLuhn(body), "card_number", null, null);
      }
      case "iban": {
        String c = pick(r, "DE", "AT", "BE");
        String b = c.equals("DE") ? rnd(r, DIGITS, 18) : c.equals("AT") ? rnd(r, DIGITS, 16) : rnd(r, DIGITS, 10) + "";
        if (c.equals("BE")) {
          long n = Long.parseLong(b);
          b = b + String.format("%02d", n % 97 == 0 ? 97 : n % 97);
        }
        return new Sec(kind, iban(c, b), "payout_iban", null, pick(r, "Jana Krüger", "Lukas Bauer", "Sophie Peeters", "Tobias Hofer", "Marie Dubois"));
      }
      default:
        throw new IllegalArgumentException(kind);
    }
  }

  static final java.util.Map<String, Pattern> FORMAT = java.util.Map.ofEntries(
      java.util.Map.entry("aws_secret_key", Pattern.compile("[A-Za-z0-9/+]{40}")),
      java.util.Map.entry("github_fine_grained", Pattern.compile("github_pat_11[A-Z0-9]{20}_[A-Za-z0-9]{59}")),
      java.util.Map.entry("gitlab_pat", Pattern.compile("glpat-[A-Za-z0-9_-]{20}")),
      java.util.Map.entry("gitlab_runner", Pattern.compile("glrt-[A-Za-z0-9_-]{20}")),
      java.util.Map.entry("slack_bot", Pattern.compile("xoxb-\\d{11}-\\d{13}-[A-Za-z0-9]{24}")),
      java.util.Map.entry("slack_webhook", Pattern.compile("https://hooks\\.slack\\.com/services/T[A-Z0-9]{8}/B[A-Z0-9]{10}/[A-Za-z0-9]{24}")),
      java.util.Map.entry("stripe_live", Pattern.compile("sk_live_51[A-Za-z0-9]{97}")),
      java.util.Map.entry("stripe_restricted", Pattern.compile("rk_live_51[A-Za-z0-9]{97}")),
      java.util.Map.entry("stripe_webhook", Pattern.compile("whsec_[A-Za-z0-9]{32}")),
      java.util.Map.entry("openai_key", Pattern.compile("sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}")),
      java.util.Map.entry("anthropic_key", Pattern.compile("sk-ant-api03-[A-Za-z0-9_-]{93}AA")),
      java.util.Map.entry("google_api_key", Pattern.compile("AIza[A-Za-z0-9_-]{35}")),
      java.util.Map.entry("pypi_token", Pattern.compile("pypi-AgEIcHlwaS5vcmcCJD[A-Za-z0-9_-]{160}")),
      java.util.Map.entry("dockerhub_pat", Pattern.compile("dckr_pat_[A-Za-z0-9_-]{27}")),
      java.util.Map.entry("sendgrid", Pattern.compile("SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}")),
      java.util.Map.entry("twilio_auth_token", Pattern.compile("[0-9a-f]{32}")),
      java.util.Map.entry("mailgun", Pattern.compile("key-[0-9a-f]{32}")),
      java.util.Map.entry("azure_client_secret", Pattern.compile("[A-Za-z0-9]{3}\\dQ~[A-Za-z0-9_.~-]{34}")),
      java.util.Map.entry("jwt_token", Pattern.compile("eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}")),
      java.util.Map.entry("vault_token", Pattern.compile("hvs\\.[A-Za-z0-9_-]{91}")),
      java.util.Map.entry("tfc_token", Pattern.compile("[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9]{67}")),
      java.util.Map.entry("digitalocean", Pattern.compile("dop_v1_[0-9a-f]{64}")),
      java.util.Map.entry("shopify", Pattern.compile("shpat_[0-9a-f]{32}")),
      java.util.Map.entry("datadog_api_key", Pattern.compile("[0-9a-f]{32}")),
      java.util.Map.entry("newrelic", Pattern.compile("NRAK-[A-Z0-9]{27}")),
      java.util.Map.entry("linear", Pattern.compile("lin_api_[A-Za-z0-9]{40}")),
      java.util.Map.entry("huggingface", Pattern.compile("hf_[A-Za-z]{34}")),
      java.util.Map.entry("telegram", Pattern.compile("[1-9]\\d{9}:AA[A-Za-z0-9_-]{33}")),
      java.util.Map.entry("discord", Pattern.compile("[A-Za-z0-9_-]{24}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{38}")),
      java.util.Map.entry("pulumi", Pattern.compile("pul-[0-9a-f]{40}")),
      java.util.Map.entry("grafana_sa", Pattern.compile("glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}")),
      java.util.Map.entry("postman", Pattern.compile("PMAK-[0-9a-f]{24}-[0-9a-f]{34}")),
      java.util.Map.entry("cratesio", Pattern.compile("cio[A-Za-z0-9]{32}")),
      java.util.Map.entry("netlify", Pattern.compile("nfp_[A-Za-z0-9]{36}")),
      java.util.Map.entry("heroku", Pattern.compile("HRKU-AA[A-Za-z0-9_-]{58}")),
      java.util.Map.entry("doppler", Pattern.compile("dp\\.st\\.prd\\.[A-Za-z0-9]{40}")),
      java.util.Map.entry("okta", Pattern.compile("00[A-Za-z0-9_-]{40}")),
      java.util.Map.entry("azure_storage_key", Pattern.compile("[A-Za-z0-9+/]{86}==")),
      java.util.Map.entry("azure_sas", Pattern.compile("[A-Za-z0-9%]{44,}")),
      java.util.Map.entry("credit_card", Pattern.compile("[45]\\d{15}")));

  /** True when the secret has its provider's documented shape and checksum. */
  static boolean wellFormed(Sec s) {
    String v = s.value();
    switch (s.kind()) {
      case "github_pat": return ghStyleValid(v, "ghp_");
      case "github_app_token": return ghStyleValid(v, "ghs_");
      case "github_oauth": return ghStyleValid(v, "gho_");
      case "npm_token": return ghStyleValid(v, "npm_");
      case "age_secret": return v.startsWith("AGE-SECRET-KEY-1") && v.length() == 74 && bech32Valid(v);
      case "credit_card": return FORMAT.get("credit_card").matcher(v).matches() && luhn(v);
      case "iban": return ibanValid(v);
      case "grafana_sa":
        return FORMAT.get("grafana_sa").matcher(v).matches()
            && v.endsWith(String.format("%08x", crc32(v.substring(0, v.length() - 9))));
      case "rsa_private_key":
      case "gcp_service_account":
      case "ec_private_key":
        return pemDecodes(v, "PRIVATE KEY");
      case "openssh_private_key":
        return pemDecodes(v, "OPENSSH PRIVATE KEY")
            && new String(pemBody(v), StandardCharsets.ISO_8859_1).startsWith("openssh-key-v1\0");
      case "db_url_password":
      case "config_password":
      case "git_credential_url":
      case "netrc_password":
        return v.length() >= 14 && !v.contains(" ");
      case "azure_storage_key":
        return FORMAT.get(s.kind()).matcher(v).matches() && java.util.Base64.getDecoder().decode(v).length == 64;
      default:
        Pattern p = FORMAT.get(s.kind());
        return p != null && p.matcher(v).matches();
    }
  }

  static byte[] pemBody(String pem) {
    String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return java.util.Base64.getDecoder().decode(body);
  }

  static boolean pemDecodes(String pem, String label) {
    if (!pem.contains("-----BEGIN ") || !pem.contains(label + "-----")) {
      return false;
    }
    try {
      byte[] der = pemBody(pem);
      return der.length > 60 && (der[0] == 0x30 || der[0] == 'o');
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static SecureRandom seeded(Random r) {
    try {
      SecureRandom sr = SecureRandom.getInstance("SHA1PRNG");
      sr.setSeed(r.nextLong());
      return sr;
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String pem(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n" + wrap(b64(der), 64, "") + "-----END " + label + "-----";
  }

  static String rsaPem(Random r, boolean pkcs1) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048, seeded(r));
      byte[] der = g.generateKeyPair().getPrivate().getEncoded();
      if (pkcs1) {
        return pem("RSA PRIVATE KEY", Arrays.copyOfRange(der, 26, der.length));
      }
      return pem("PRIVATE KEY", der);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String ecPem(Random r) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"), seeded(r));
      return pem("PRIVATE KEY", g.generateKeyPair().getPrivate().getEncoded());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void putStr(ByteBuffer bb, byte[] s) {
    bb.putInt(s.length);
    bb.put(s);
  }

  static String opensshPem(Random r) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("Ed25519");
      g.initialize(255, seeded(r));
      KeyPair kp = g.generateKeyPair();
      byte[] seed = ((EdECPrivateKey) kp.getPrivate()).getBytes().orElseThrow();
      EdECPublicKey pk = (EdECPublicKey) kp.getPublic();
      byte[] y = pk.getPoint().getY().toByteArray();
      byte[] pub = new byte[32];
      for (int i = 0; i < 32 && i < y.length; i++) {
        pub[i] = y[y.length - 1 - i];
      }
      if (pk.getPoint().isXOdd()) {
        pub[31] |= (byte) 0x80;
      }
      byte[] type = "ssh-ed25519".getBytes(StandardCharsets.US_ASCII);
      ByteBuffer pubBlob = ByteBuffer.allocate(4 + type.length + 4 + 32);
      putStr(pubBlob, type);
      putStr(pubBlob, pub);
      byte[] comment = (user(r) + "@" + pick(r, "build-01", "bastion", "laptop", "ci-runner")).getBytes(StandardCharsets.US_ASCII);
      byte[] priv64 = new byte[64];
      System.arraycopy(seed, 0, priv64, 0, 32);
      System.arraycopy(pub, 0, priv64, 32, 32);
      ByteBuffer sec = ByteBuffer.allocate(512);
      int check = r.nextInt();
      sec.putInt(check).putInt(check);
      putStr(sec, type);
      putStr(sec, pub);
      putStr(sec, priv64);
      putStr(sec, comment);
      int pad = 1;
      while (sec.position() % 8 != 0) {
        sec.put((byte) pad++);
      }
      byte[] secBytes = Arrays.copyOf(sec.array(), sec.position());
      ByteBuffer all = ByteBuffer.allocate(1024);
      all.put("openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII));
      putStr(all, "none".getBytes(StandardCharsets.US_ASCII));
      putStr(all, "none".getBytes(StandardCharsets.US_ASCII));
      putStr(all, new byte[0]);
      all.putInt(1);
      putStr(all, pubBlob.array());
      putStr(all, secBytes);
      byte[] out = Arrays.copyOf(all.array(), all.position());
      return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + wrap(b64(out), 70, "") + "-----END OPENSSH PRIVATE KEY-----";
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
