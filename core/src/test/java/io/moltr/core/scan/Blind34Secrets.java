package io.moltr.core.scan;

import static io.moltr.core.scan.Blind34Util.*;

import io.moltr.core.scan.Blind34Util.Rnd;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Fake live secrets of the blind34 corpus, written from the providers' documented formats. */
final class Blind34Secrets {
  private Blind34Secrets() {}

  /** How a secret is carried: a one-line token, a multi-line key file, a JSON document, a wallet datum, a personal datum. */
  enum Family {
    TOKEN, KEYFILE, JSONDOC, WALLET, PII
  }

  /**
   * One generated secret.
   *
   * @param kind the kind name
   * @param value the secret itself (what must not leave)
   * @param name the variable or field name it is usually stored under
   * @param extra a companion line that is not secret by itself (an access key id, an account SID), or ""
   * @param family how it is carried
   * @param selfId whether the value names its own kind by a prefix or structure
   */
  record Secret(String kind, String value, String name, String extra, Family family, boolean selfId) {}

  record Kind(String name, Function<Rnd, Secret> gen) {}

  static final List<Kind> KINDS = new ArrayList<>();

  private static void k(String name, Function<Rnd, Secret> g) {
    KINDS.add(new Kind(name, g));
  }

  private static Secret tok(String kind, String value, String name, boolean selfId) {
    return new Secret(kind, value, name, "", Family.TOKEN, selfId);
  }

  static String ghToken(Rnd r, String prefix) {
    String body = r.s(BASE62, 30);
    return prefix + body + crc32b62(body);
  }

  static {
    k("aws_keypair", r -> new Secret("aws_keypair", r.mixed(20) + r.s(B64, 18) + r.s(ALNUM, 2), "AWS_SECRET_ACCESS_KEY",
        "AWS_ACCESS_KEY_ID=AKIA" + r.s(UPPER + "234567", 16), Family.TOKEN, false));
    k("github_pat", r -> tok("github_pat", ghToken(r, "ghp_"), "GITHUB_TOKEN", true));
    k("github_oauth", r -> tok("github_oauth", ghToken(r, "gho_"), "GH_OAUTH_TOKEN", true));
    k("github_server", r -> tok("github_server", ghToken(r, "ghs_"), "GH_APP_INSTALLATION_TOKEN", true));
    k("github_user", r -> tok("github_user", ghToken(r, "ghu_"), "GH_USER_TOKEN", true));
    k("github_fine", r -> tok("github_fine", "github_pat_11" + r.s(UPPER + DIGITS, 20) + "_" + r.mixed(59), "GH_PAT", true));
    k("gitlab_pat", r -> tok("gitlab_pat", "glpat-" + r.mixed(20), "GITLAB_TOKEN", true));
    k("slack_bot", r -> tok("slack_bot", "xoxb-" + r.digits(12) + "-" + r.digits(13) + "-" + r.mixed(24), "SLACK_BOT_TOKEN", true));
    k("slack_user", r -> tok("slack_user", "xoxp-" + r.digits(12) + "-" + r.digits(12) + "-" + r.digits(13) + "-" + r.hex(32),
        "SLACK_USER_TOKEN", true));
    k("slack_webhook", r -> tok("slack_webhook", "https://hooks.slack.com/services/T" + r.s(UPPER + DIGITS, 10) + "/B"
        + r.s(UPPER + DIGITS, 10) + "/" + r.mixed(24), "SLACK_WEBHOOK_URL", true));
    k("stripe_secret", r -> tok("stripe_secret", "sk_live_51" + r.mixed(30) + r.mixed(67), "STRIPE_SECRET_KEY", true));
    k("stripe_restricted", r -> tok("stripe_restricted", "rk_live_51" + r.mixed(97), "STRIPE_RESTRICTED_KEY", true));
    k("stripe_webhook", r -> tok("stripe_webhook", "whsec_" + r.mixed(32), "STRIPE_WEBHOOK_SECRET", true));
    k("openai", r -> tok("openai", "sk-proj-" + r.s(B64URL, 74) + "T3BlbkFJ" + r.s(B64URL, 74), "OPENAI_API_KEY", true));
    k("anthropic", r -> tok("anthropic", "sk-ant-api03-" + r.s(B64URL, 93) + "AA", "ANTHROPIC_API_KEY", true));
    k("google_api", r -> tok("google_api", "AIza" + r.s(B64URL, 35), "GEMINI_API_KEY", true));
    k("sendgrid", r -> tok("sendgrid", "SG." + r.s(B64URL, 22) + "." + r.s(B64URL, 43), "SENDGRID_API_KEY", true));
    k("twilio", r -> new Secret("twilio", r.hex(32), "TWILIO_AUTH_TOKEN", "TWILIO_ACCOUNT_SID=AC" + r.hex(32), Family.TOKEN,
        false));
    k("npm", r -> tok("npm", ghToken(r, "npm_"), "NPM_TOKEN", true));
    k("pypi", r -> tok("pypi", "pypi-AgEIcHlwaS5vcmcCJ" + r.s(B64URL, 140), "PYPI_TOKEN", true));
    k("mailgun", r -> tok("mailgun", "key-" + r.hex(32), "MAILGUN_API_KEY", true));
    k("mailchimp", r -> tok("mailchimp", r.hex(32) + "-us" + r.between(2, 21), "MAILCHIMP_API_KEY", true));
    k("datadog", r -> tok("datadog", r.hex(32), "DD_API_KEY", false));
    k("discord_bot", r -> tok("discord_bot", b64url(("1" + r.digits(18)).getBytes(StandardCharsets.US_ASCII)) + "."
        + r.s(B64URL, 6) + "." + r.s(B64URL, 38), "DISCORD_BOT_TOKEN", true));
    k("telegram_bot", r -> tok("telegram_bot", r.between(1, 7) + r.digits(9) + ":AA" + r.s(B64URL, 33), "TELEGRAM_BOT_TOKEN",
        true));
    k("huggingface", r -> tok("huggingface", "hf_" + r.s(UPPER + LOWER, 34), "HF_TOKEN", true));
    k("vault", r -> tok("vault", "hvs.CAESI" + r.s(B64URL, 86), "VAULT_TOKEN", true));
    k("linear", r -> tok("linear", "lin_api_" + r.mixed(40), "LINEAR_API_KEY", true));
    k("digitalocean", r -> tok("digitalocean", "dop_v1_" + r.hex(64), "DIGITALOCEAN_TOKEN", true));
    k("shopify", r -> tok("shopify", "shpat_" + r.hex(32), "SHOPIFY_ACCESS_TOKEN", true));
    k("sentry_auth", r -> tok("sentry_auth", "sntryu_" + r.hex(64), "SENTRY_AUTH_TOKEN", true));
    k("postman", r -> tok("postman", "PMAK-" + r.hex(24) + "-" + r.hex(34), "POSTMAN_API_KEY", true));
    k("newrelic", r -> tok("newrelic", "NRAK-" + r.s(UPPER + DIGITS, 27), "NEW_RELIC_API_KEY", true));
    k("grafana", r -> tok("grafana", "glsa_" + r.mixed(32) + "_" + r.hex(8), "GRAFANA_SA_TOKEN", true));
    k("databricks", r -> tok("databricks", "dapi" + r.hex(32), "DATABRICKS_TOKEN", true));
    k("pulumi", r -> tok("pulumi", "pul-" + r.hex(40), "PULUMI_ACCESS_TOKEN", true));
    k("dockerhub", r -> tok("dockerhub", "dckr_pat_" + r.s(B64URL, 27), "DOCKERHUB_TOKEN", true));
    k("age", r -> tok("age", bech32("age-secret-key-", to5bit(r.bytes(32)), 1).toUpperCase(), "AGE_KEY", true));
    k("square", r -> tok("square", "sq0csp-" + r.s(B64URL, 43), "SQUARE_APP_SECRET", true));
    k("mapbox_secret", r -> tok("mapbox_secret", "sk." + b64url(("{\"u\":\"" + r.word() + r.digits(2) + "\",\"a\":\"cl"
        + r.s(LOWER + DIGITS, 23) + "\"}").getBytes(StandardCharsets.UTF_8)) + "." + r.s(B64URL, 22), "MAPBOX_SECRET_TOKEN",
        true));
    k("algolia_admin", r -> new Secret("algolia_admin", r.hex(32), "ALGOLIA_ADMIN_API_KEY", "ALGOLIA_APP_ID="
        + r.s(UPPER + DIGITS, 10), Family.TOKEN, false));
    k("sentry_dsn_secret", r -> tok("sentry_dsn_secret", "https://" + r.hex(32) + ":" + r.hex(32) + "@o" + r.digits(6)
        + ".ingest.sentry.io/" + r.digits(7), "SENTRY_DSN", true));
    k("db_url", r -> tok("db_url", r.pick("postgres", "postgresql", "mysql", "mongodb+srv") + "://" + r.pick("app", "svc_orders",
        "billing_rw", "admin") + ":" + r.mixed(14) + r.pick("!", "%21", "_", "") + r.mixed(4) + "@" + r.pick("db", "pg-primary",
        "cluster0.x7k2p") + "." + r.pick("internal", "prod.svc", "mongodb.net") + "/" + r.pick("app", "orders", "billing"),
        "DATABASE_URL", true));
    k("password", r -> tok("password", r.mixed(10) + r.pick("#", "!", "@", "$", "%", "&") + r.mixed(8) + r.pick("?", "*", "~"),
        r.pick("DB_PASSWORD", "POSTGRES_PASSWORD", "SMTP_PASSWORD", "REDIS_PASSWORD", "ADMIN_PASSWORD"), false));
    k("jwt", r -> tok("jwt", jwt(r), r.pick("ACCESS_TOKEN", "Authorization", "session_token"), true));
    k("azure_storage", r -> tok("azure_storage", "DefaultEndpointsProtocol=https;AccountName=" + r.word() + r.s(LOWER + DIGITS, 8)
        + ";AccountKey=" + b64(r.bytes(64)) + ";EndpointSuffix=core.windows.net", "AZURE_STORAGE_CONNECTION_STRING", true));
    k("terraform_cloud", r -> tok("terraform_cloud", r.mixed(14) + ".atlasv1." + r.mixed(67), "TFE_TOKEN", true));
    k("doppler", r -> tok("doppler", "dp.pt." + r.mixed(43), "DOPPLER_TOKEN", true));
    k("atlassian", r -> tok("atlassian", "ATATT3xFfGF0" + r.s(B64URL, 171) + "=" + r.s("0123456789ABCDEF", 8), "JIRA_API_TOKEN",
        true));
    k("pkcs8_rsa", r -> new Secret("pkcs8_rsa", pem("PRIVATE KEY", rsaKey(r).getPrivate().getEncoded()), "tls.key", "",
        Family.KEYFILE, true));
    k("pkcs8_ec", r -> new Secret("pkcs8_ec", pem("PRIVATE KEY", ecKey(r).getPrivate().getEncoded()), "server.key", "",
        Family.KEYFILE, true));
    k("openssh", r -> new Secret("openssh", opensshKey(r), "id_ed25519", "", Family.KEYFILE, true));
    k("pgp_private", r -> new Secret("pgp_private", pgpBlock(r, "PRIVATE", 0xc5), "secret.asc", "", Family.KEYFILE, true));
    k("jwk_private", r -> new Secret("jwk_private", ecJwkD(r), "d", "", Family.JSONDOC, true));
    k("gcp_sa", r -> new Secret("gcp_sa", pem("PRIVATE KEY", rsaKey(r).getPrivate().getEncoded()) + "\n", "private_key", "",
        Family.JSONDOC, true));
    k("solana_keypair", r -> {
      StringBuilder a = new StringBuilder("[");
      for (int i = 0; i < 64; i++) {
        a.append(i == 0 ? "" : ",").append(r.n(256));
      }
      return new Secret("solana_keypair", a.append("]").toString(), "id.json", "", Family.JSONDOC, true);
    });
    k("eth_private", r -> new Secret("eth_private", "0x" + r.hex(64), "privateKey", "", Family.WALLET, false));
    k("btc_wif", r -> new Secret("btc_wif", base58check(concat(new byte[] {(byte) 0x80}, r.bytes(32), new byte[] {1})), "wif",
        "", Family.WALLET, true));
    k("xprv", r -> new Secret("xprv", base58check(concat(unhex("0488ade4"), new byte[] {3}, r.bytes(4), unhex("80000000"),
        r.bytes(32), new byte[] {0}, r.bytes(32))), "xprv", "", Family.WALLET, true));
    k("bip39", r -> new Secret("bip39", mnemonic(r.bytes(r.coin() ? 16 : 32)), "mnemonic", "", Family.WALLET, true));
    k("credit_card", r -> new Secret("credit_card", card(r), "card_number", "", Family.PII, true));
    k("iban", r -> new Secret("iban", ibanOf(r), "iban", "", Family.PII, true));
    k("spanish_dni", r -> {
      int n = r.between(10000000, 99999999);
      return new Secret("spanish_dni", n + "" + "TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23), "dni", "", Family.PII, false);
    });
  }

  static String card(Rnd r) {
    String p = r.pick("4" + r.digits(14), "5" + r.between(1, 5) + r.digits(13), "37" + r.digits(12));
    return p + luhnDigit(p);
  }

  static String ibanOf(Rnd r) {
    return switch (r.n(4)) {
      case 0 -> iban("DE", r.digits(18));
      case 1 -> iban("GB", "NWBK" + r.digits(14));
      case 2 -> iban("FR", r.digits(10) + r.s(UPPER + DIGITS, 11) + r.digits(2));
      default -> iban("NL", r.pick("ABNA", "INGB", "RABO") + r.digits(10));
    };
  }

  static String jwt(Rnd r) {
    String h = b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    long iat = 1795000000L + r.n(5000000);
    String p = b64url(("{\"sub\":\"" + r.uuid() + "\",\"email\":\"" + r.word() + "@" + r.word() + ".io\",\"role\":\""
        + r.pick("admin", "user", "service") + "\",\"iat\":" + iat + ",\"exp\":" + (iat + 86400 * 30) + "}")
        .getBytes(StandardCharsets.UTF_8));
    return h + "." + p + "." + b64url(r.bytes(32));
  }

  private static SecureRandom seeded(Rnd r) {
    try {
      SecureRandom s = SecureRandom.getInstance("SHA1PRNG");
      s.setSeed(r.r.nextLong());
      return s;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static KeyPair rsaKey(Rnd r) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(r.coin() ? 1024 : 2048, seeded(r));
      return g.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static KeyPair ecKey(Rnd r) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"), seeded(r));
      return g.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] fixed32(BigInteger v) {
    byte[] b = v.toByteArray();
    byte[] o = new byte[32];
    int n = Math.min(32, b.length);
    System.arraycopy(b, b.length - n, o, 32 - n, n);
    return o;
  }

  /** The JWK of a P-256 key pair; with d when private. */
  static String ecJwk(KeyPair kp, boolean priv, String kid) {
    ECPublicKey pub = (ECPublicKey) kp.getPublic();
    String s = "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"" + kid + "\",\"use\":\"sig\",\"alg\":\"ES256\",\"x\":\""
        + b64url(fixed32(pub.getW().getAffineX())) + "\",\"y\":\"" + b64url(fixed32(pub.getW().getAffineY())) + "\"";
    if (priv) {
      s += ",\"d\":\"" + b64url(fixed32(((ECPrivateKey) kp.getPrivate()).getS())) + "\"";
    }
    return s + "}";
  }

  private static String ecJwkD(Rnd r) {
    KeyPair kp = ecKey(r);
    return b64url(fixed32(((ECPrivateKey) kp.getPrivate()).getS()));
  }

  private static byte[] sshString(byte[] b) {
    return concat(new byte[] {(byte) (b.length >>> 24), (byte) (b.length >>> 16), (byte) (b.length >>> 8), (byte) b.length}, b);
  }

  private static byte[] sshString(String s) {
    return sshString(s.getBytes(StandardCharsets.US_ASCII));
  }

  /** An ed25519 public key blob (ssh wire format) from 32 random bytes. */
  static byte[] ed25519Blob(byte[] pub32) {
    return concat(sshString("ssh-ed25519"), sshString(pub32));
  }

  static String opensshKey(Rnd r) {
    byte[] pub = r.bytes(32);
    byte[] priv = r.bytes(32);
    byte[] check = r.bytes(4);
    byte[] sec = concat(check, check, ed25519Blob(pub).length > 0 ? sshString("ssh-ed25519") : new byte[0], sshString(pub),
        sshString(concat(priv, pub)), sshString(r.word() + "@" + r.word()));
    int pad = (8 - sec.length % 8) % 8;
    byte[] padding = new byte[pad];
    for (int i = 0; i < pad; i++) {
      padding[i] = (byte) (i + 1);
    }
    byte[] all = concat("openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII), sshString("none"), sshString("none"),
        sshString(""), new byte[] {0, 0, 0, 1}, sshString(ed25519Blob(pub)), sshString(concat(sec, padding)));
    String b = b64(all);
    StringBuilder sb = new StringBuilder("-----BEGIN OPENSSH PRIVATE KEY-----\n");
    for (int i = 0; i < b.length(); i += 70) {
      sb.append(b, i, Math.min(b.length(), i + 70)).append('\n');
    }
    return sb.append("-----END OPENSSH PRIVATE KEY-----").toString();
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

  /** An armored PGP block (PUBLIC or PRIVATE); the packet bytes are random after a plausible header. */
  static String pgpBlock(Rnd r, String what, int tag) {
    int len = r.between(300, 900);
    byte[] body = concat(new byte[] {(byte) tag, (byte) 0xcd, (byte) (len >> 8), (byte) len, 4}, r.bytes(len));
    int c = crc24(body);
    String crc = b64(new byte[] {(byte) (c >> 16), (byte) (c >> 8), (byte) c});
    return "-----BEGIN PGP " + what + " KEY BLOCK-----\n\n" + pemBody(body) + "=" + crc + "\n-----END PGP " + what
        + " KEY BLOCK-----";
  }
}
