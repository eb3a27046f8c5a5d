package io.moltr.core.scan;

import static io.moltr.core.scan.Blind33Util.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secret kinds of the blind33 corpus, written from the providers' documented formats. Each kind makes a
 * value (the secret itself) and an assignment line (how it sits in a config or env file); a kind that is
 * not self-evident (a password, a bare hex key, a national id) is always shown with its label.
 */
final class Blind33Secrets {
  private Blind33Secrets() {}

  /** One generated secret. */
  record Secret(String kind, String value, String assign, boolean selfEvident) {}

  /** A kind: its name, how to make one, and how the self-check validates the value. */
  record Kind(String name, boolean selfEvident, Function<Random, Secret> make, Predicate<String> valid) {}

  private static Kind k(String name, boolean self, String var, Function<Random, String> gen, String regex) {
    Pattern p = Pattern.compile(regex, Pattern.DOTALL);
    return new Kind(name, self, r -> {
      String v = gen.apply(r);
      return new Secret(name, v, var + "=" + v, self);
    }, v -> p.matcher(v).matches());
  }

  private static Kind k(String name, boolean self, String var, Function<Random, String> gen, String regex,
      Predicate<String> extra) {
    Pattern p = Pattern.compile(regex, Pattern.DOTALL);
    return new Kind(name, self, r -> {
      String v = gen.apply(r);
      return new Secret(name, v, var + "=" + v, self);
    }, v -> p.matcher(v).matches() && extra.test(v));
  }

  static final List<String> BIP39 = loadBip39();

  private static List<String> loadBip39() {
    List<String> out = new ArrayList<>();
    try (BufferedReader br = new BufferedReader(new InputStreamReader(
        Blind33Secrets.class.getResourceAsStream("/io/moltr/core/scan/bip39-english.txt"), StandardCharsets.UTF_8))) {
      String l;
      while ((l = br.readLine()) != null) {
        if (!l.isBlank()) {
          out.add(l.trim());
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  static String mnemonic(Random r) {
    byte[] ent = bytes(r, 16);
    byte[] h = sha256(ent);
    StringBuilder bits = new StringBuilder();
    for (byte b : ent) {
      bits.append(String.format("%8s", Integer.toBinaryString(b & 0xff)).replace(' ', '0'));
    }
    bits.append(String.format("%8s", Integer.toBinaryString(h[0] & 0xff)).replace(' ', '0'), 0, 4);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      words.add(BIP39.get(Integer.parseInt(bits.substring(i * 11, i * 11 + 11), 2)));
    }
    return String.join(" ", words);
  }

  static boolean mnemonicValid(String m) {
    String[] w = m.split(" ");
    if (w.length != 12) {
      return false;
    }
    StringBuilder bits = new StringBuilder();
    for (String x : w) {
      int i = BIP39.indexOf(x);
      if (i < 0) {
        return false;
      }
      bits.append(String.format("%11s", Integer.toBinaryString(i)).replace(' ', '0'));
    }
    byte[] ent = new byte[16];
    for (int i = 0; i < 16; i++) {
      ent[i] = (byte) Integer.parseInt(bits.substring(i * 8, i * 8 + 8), 2);
    }
    String want = String.format("%8s", Integer.toBinaryString(sha256(ent)[0] & 0xff)).replace(' ', '0').substring(0, 4);
    return bits.substring(128).equals(want);
  }

  static String card(Random r) {
    String p;
    int len;
    switch (r.nextInt(4)) {
      case 0 -> { p = "4" + rs(r, DIGITS, 5); len = 16; }
      case 1 -> { p = "5" + (1 + r.nextInt(5)) + rs(r, DIGITS, 4); len = 16; }
      case 2 -> { p = "3" + pick(r, "4", "7") + rs(r, DIGITS, 4); len = 15; }
      default -> { p = "6011" + rs(r, DIGITS, 2); len = 16; }
    }
    String partial = p + rs(r, DIGITS, len - 1 - p.length());
    String num = partial + luhnDigit(partial);
    if (len == 15) {
      return num.substring(0, 4) + " " + num.substring(4, 10) + " " + num.substring(10);
    }
    return num.substring(0, 4) + " " + num.substring(4, 8) + " " + num.substring(8, 12) + " " + num.substring(12);
  }

  static String ibanOf(Random r) {
    String iban = switch (r.nextInt(4)) {
      case 0 -> iban("DE", rs(r, DIGITS, 18));
      case 1 -> iban("GB", rs(r, UPPER, 4) + rs(r, DIGITS, 14));
      case 2 -> iban("FR", rs(r, DIGITS, 23));
      default -> iban("NL", rs(r, UPPER, 4) + rs(r, DIGITS, 10));
    };
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < iban.length(); i += 4) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(iban, i, Math.min(iban.length(), i + 4));
    }
    return sb.toString();
  }

  static String ssn(Random r) {
    int area;
    do {
      area = 1 + r.nextInt(899);
    } while (area == 666);
    return String.format("%03d-%02d-%04d", area, 1 + r.nextInt(99), 1 + r.nextInt(9999));
  }

  static String bsn(Random r) {
    while (true) {
      int[] d = new int[9];
      d[0] = 1 + r.nextInt(9);
      for (int i = 1; i < 8; i++) {
        d[i] = r.nextInt(10);
      }
      int s = 0;
      for (int i = 0; i < 8; i++) {
        s += (9 - i) * d[i];
      }
      int last = s % 11;
      if (last <= 9) {
        d[8] = last;
        StringBuilder sb = new StringBuilder();
        for (int x : d) {
          sb.append(x);
        }
        if (bsnValid(sb.toString())) {
          return sb.toString();
        }
      }
    }
  }

  static boolean bsnValid(String s) {
    if (!s.matches("\\d{9}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (s.charAt(i) - '0');
    }
    sum -= s.charAt(8) - '0';
    return sum % 11 == 0;
  }

  static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

  static String dni(Random r) {
    int n = 10_000_000 + r.nextInt(89_999_999);
    return n + "" + DNI_LETTERS.charAt(n % 23);
  }

  static boolean dniValid(String s) {
    return s.matches("\\d{8}[A-Z]") && DNI_LETTERS.charAt(Integer.parseInt(s.substring(0, 8)) % 23) == s.charAt(8);
  }

  static String nir(Random r) {
    String body = (1 + r.nextInt(2)) + String.format("%02d", 40 + r.nextInt(60)) + String.format("%02d", 1 + r.nextInt(12))
        + String.format("%02d", 1 + r.nextInt(95)) + String.format("%03d", 1 + r.nextInt(990))
        + String.format("%03d", 1 + r.nextInt(999));
    long key = 97 - Long.parseLong(body) % 97;
    return body + String.format("%02d", key);
  }

  static boolean nirValid(String s) {
    return s.matches("[12]\\d{14}") && 97 - Long.parseLong(s.substring(0, 13)) % 97 == Long.parseLong(s.substring(13));
  }

  static String wif(Random r) {
    byte[] p = new byte[34];
    p[0] = (byte) 0x80;
    System.arraycopy(bytes(r, 32), 0, p, 1, 32);
    p[33] = 1;
    return base58check(p);
  }

  static String pem(Random r, String type, int bodyBytes) {
    byte[] der = bytes(r, bodyBytes);
    der[0] = 0x30;
    der[1] = (byte) 0x82;
    der[2] = (byte) ((bodyBytes - 4) >> 8);
    der[3] = (byte) ((bodyBytes - 4) & 0xff);
    der[4] = 0x02;
    der[5] = 0x01;
    der[6] = 0x00;
    return "-----BEGIN " + type + "-----\n" + wrap(b64(der), 64) + "\n-----END " + type + "-----";
  }

  static String opensshKey(Random r) {
    byte[] head = utf8("openssh-key-v1\0");
    byte[] rest = bytes(r, 360);
    byte[] all = new byte[head.length + rest.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(rest, 0, all, head.length, rest.length);
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + wrap(b64(all), 70) + "\n-----END OPENSSH PRIVATE KEY-----";
  }

  static String hmacJwt(Random r) {
    String header = Base64.getUrlEncoder().withoutPadding().encodeToString(utf8("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"));
    long iat = 1_795_000_000L + r.nextInt(5_000_000);
    String payload = "{\"sub\":\"" + (100000 + r.nextInt(900000)) + "\",\"email\":\"" + pick(r, "ops", "mira.k", "deploy", "j.okafor")
        + "@" + pick(r, "northwind-labs.io", "kestrel.dev", "orbitpay.com") + "\",\"role\":\"" + pick(r, "admin", "service", "billing")
        + "\",\"iat\":" + iat + ",\"exp\":" + (iat + 86400 * 30) + "}";
    String p = Base64.getUrlEncoder().withoutPadding().encodeToString(utf8(payload));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(bytes(r, 32), "HmacSHA256"));
      String sig = Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(utf8(header + "." + p)));
      return header + "." + p + "." + sig;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String password(Random r) {
    String base = pick(r, "Tr0ub4dor", "Kx9!mPq", "Zebra#Lamp", "v8Q$wn", "Harbor-Gl1de", "n0rth&Star", "Qm7@Fz");
    return base + rs(r, ALNUM, 4 + r.nextInt(4)) + pick(r, "!", "#", "%", "&", "*", "") + r.nextInt(100);
  }

  static final List<Kind> KINDS = List.of(
      new Kind("aws_key_pair", false, r -> {
        String id = "AKIA" + rs(r, B32.substring(0, 26) + "234567", 16);
        String sec = mixed(r, ALNUM + "/+", 40);
        return new Secret("aws_key_pair", sec, "aws_access_key_id = " + id + "\naws_secret_access_key = " + sec, false);
      }, v -> v.matches("[A-Za-z0-9/+]{40}")),
      k("github_pat_classic", true, "GITHUB_TOKEN", r -> crcToken(r, "ghp_"), "ghp_[A-Za-z0-9]{36}", v -> crcTokenValid(v, "ghp_")),
      k("github_oauth", true, "GH_OAUTH_TOKEN", r -> crcToken(r, "gho_"), "gho_[A-Za-z0-9]{36}", v -> crcTokenValid(v, "gho_")),
      k("github_app", true, "GH_APP_TOKEN", r -> crcToken(r, "ghs_"), "ghs_[A-Za-z0-9]{36}", v -> crcTokenValid(v, "ghs_")),
      k("github_refresh", true, "GH_REFRESH_TOKEN", r -> crcToken(r, "ghr_"), "ghr_[A-Za-z0-9]{36}", v -> crcTokenValid(v, "ghr_")),
      k("github_fine_grained", true, "GH_PAT", r -> "github_pat_11" + rs(r, UPPER + DIGITS, 20) + "_" + mixed(r, ALNUM, 59),
          "github_pat_[A-Z0-9]{22}_[A-Za-z0-9]{59}"),
      k("gitlab_pat", true, "GITLAB_TOKEN", r -> "glpat-" + mixed(r, URLSAFE, 20), "glpat-[A-Za-z0-9_-]{20}"),
      k("slack_bot", true, "SLACK_BOT_TOKEN", r -> "xoxb-" + rs(r, DIGITS, 12) + "-" + rs(r, DIGITS, 13) + "-" + mixed(r, ALNUM, 24),
          "xoxb-\\d{12}-\\d{13}-[A-Za-z0-9]{24}"),
      k("slack_user", true, "SLACK_USER_TOKEN", r -> "xoxp-" + rs(r, DIGITS, 12) + "-" + rs(r, DIGITS, 12) + "-" + rs(r, DIGITS, 13) + "-" + rs(r, HEX, 32),
          "xoxp-\\d{12}-\\d{12}-\\d{13}-[0-9a-f]{32}"),
      k("slack_webhook", true, "SLACK_WEBHOOK_URL", r -> "https://hooks.slack.com/services/T" + rs(r, UPPER + DIGITS, 8) + "/B" + rs(r, UPPER + DIGITS, 10)
          + "/" + mixed(r, ALNUM, 24), "https://hooks\\.slack\\.com/services/T[A-Z0-9]{8}/B[A-Z0-9]{10}/[A-Za-z0-9]{24}"),
      k("stripe_live", true, "STRIPE_SECRET_KEY", r -> "sk_live_51" + mixed(r, ALNUM, 97), "sk_live_[A-Za-z0-9]{99}"),
      k("stripe_restricted", true, "STRIPE_RESTRICTED_KEY", r -> "rk_live_51" + mixed(r, ALNUM, 97), "rk_live_[A-Za-z0-9]{99}"),
      k("stripe_webhook", true, "STRIPE_WEBHOOK_SECRET", r -> "whsec_" + mixed(r, ALNUM, 32), "whsec_[A-Za-z0-9]{32}"),
      k("openai_project", true, "OPENAI_API_KEY", r -> "sk-proj-" + mixed(r, URLSAFE, 74) + "T3BlbkFJ" + mixed(r, URLSAFE, 74),
          "sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}"),
      k("openai_legacy", true, "OPENAI_API_KEY", r -> "sk-" + mixed(r, ALNUM, 20) + "T3BlbkFJ" + mixed(r, ALNUM, 20),
          "sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}"),
      k("anthropic", true, "ANTHROPIC_API_KEY", r -> "sk-ant-api03-" + mixed(r, URLSAFE, 93) + "AA", "sk-ant-api03-[A-Za-z0-9_-]{93}AA"),
      k("google_api", true, "GOOGLE_API_KEY", r -> "AIza" + mixed(r, URLSAFE, 35), "AIza[A-Za-z0-9_-]{35}"),
      k("google_oauth_secret", true, "GOOGLE_CLIENT_SECRET", r -> "GOCSPX-" + mixed(r, URLSAFE, 28), "GOCSPX-[A-Za-z0-9_-]{28}"),
      k("sendgrid", true, "SENDGRID_API_KEY", r -> "SG." + mixed(r, URLSAFE, 22) + "." + mixed(r, URLSAFE, 43), "SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}"),
      k("mailgun", true, "MAILGUN_API_KEY", r -> "key-" + rs(r, HEX, 32), "key-[0-9a-f]{32}"),
      k("npm", true, "NPM_TOKEN", r -> crcToken(r, "npm_"), "npm_[A-Za-z0-9]{36}", v -> crcTokenValid(v, "npm_")),
      k("pypi", true, "PYPI_TOKEN", r -> "pypi-AgEIcHlwaS5vcmc" + mixed(r, URLSAFE, 140), "pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{140}"),
      k("digitalocean", true, "DIGITALOCEAN_TOKEN", r -> "dop_v1_" + rs(r, HEX, 64), "dop_v1_[0-9a-f]{64}"),
      k("shopify", true, "SHOPIFY_ACCESS_TOKEN", r -> "shpat_" + rs(r, HEX, 32), "shpat_[0-9a-f]{32}"),
      k("huggingface", true, "HF_TOKEN", r -> "hf_" + rs(r, UPPER + LOWER, 34), "hf_[A-Za-z]{34}"),
      k("databricks", true, "DATABRICKS_TOKEN", r -> "dapi" + rs(r, HEX, 32), "dapi[0-9a-f]{32}"),
      k("vault", true, "VAULT_TOKEN", r -> "hvs." + mixed(r, URLSAFE, 90), "hvs\\.[A-Za-z0-9_-]{90}"),
      k("linear", true, "LINEAR_API_KEY", r -> "lin_api_" + mixed(r, ALNUM, 40), "lin_api_[A-Za-z0-9]{40}"),
      k("postman", true, "POSTMAN_API_KEY", r -> "PMAK-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 34), "PMAK-[0-9a-f]{24}-[0-9a-f]{34}"),
      k("grafana_sa", true, "GRAFANA_TOKEN", r -> "glsa_" + mixed(r, ALNUM, 32) + "_" + rs(r, HEX, 8), "glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}"),
      k("doppler", true, "DOPPLER_TOKEN", r -> "dp.st." + pick(r, "prd", "dev") + "." + mixed(r, ALNUM, 40), "dp\\.st\\.(prd|dev)\\.[A-Za-z0-9]{40}"),
      k("telegram_bot", true, "TELEGRAM_BOT_TOKEN", r -> (1 + r.nextInt(9)) + rs(r, DIGITS, 9) + ":AA" + mixed(r, URLSAFE, 33),
          "\\d{10}:AA[A-Za-z0-9_-]{33}"),
      k("azure_storage", true, "AZURE_STORAGE_CONNECTION_STRING", r -> "DefaultEndpointsProtocol=https;AccountName=" + rs(r, LOWER + DIGITS, 12)
          + ";AccountKey=" + b64(bytes(r, 64)) + ";EndpointSuffix=core.windows.net",
          "DefaultEndpointsProtocol=https;AccountName=[a-z0-9]{12};AccountKey=[A-Za-z0-9+/]{86}==;EndpointSuffix=core\\.windows\\.net"),
      k("postgres_url", true, "DATABASE_URL", r -> "postgres://" + pick(r, "app", "billing_rw", "etl") + ":" + mixed(r, ALNUM, 18) + "@"
          + pick(r, "db-prod-1.internal", "pg.orbitpay.net", "10.0.4.12") + ":5432/" + pick(r, "app", "ledger", "warehouse"),
          "postgres://\\w+:[A-Za-z0-9]{18}@[\\w.-]+:5432/\\w+"),
      k("mongodb_url", true, "MONGO_URI", r -> "mongodb+srv://" + pick(r, "svc", "admin", "reporter") + ":" + mixed(r, ALNUM, 16) + "@cluster0."
          + rs(r, LOWER + DIGITS, 5) + ".mongodb.net/" + pick(r, "prod", "events"), "mongodb\\+srv://\\w+:[A-Za-z0-9]{16}@cluster0\\.[a-z0-9]{5}\\.mongodb\\.net/\\w+"),
      k("basic_auth", true, "AUTH_HEADER", r -> "Authorization: Basic " + b64(pick(r, "deploy", "admin", "ci-bot") + ":" + mixed(r, ALNUM, 16)),
          "Authorization: Basic [A-Za-z0-9+/=]{20,}"),
      k("pem_rsa", true, "PRIVATE_KEY", r -> pem(r, "RSA PRIVATE KEY", 600), "-----BEGIN RSA PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END RSA PRIVATE KEY-----"),
      k("pem_pkcs8", true, "PRIVATE_KEY", r -> pem(r, "PRIVATE KEY", 330), "-----BEGIN PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END PRIVATE KEY-----"),
      k("openssh_key", true, "SSH_KEY", Blind33Secrets::opensshKey,
          "-----BEGIN OPENSSH PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END OPENSSH PRIVATE KEY-----"),
      new Kind("jwt_session", false, r -> {
        String j = hmacJwt(r);
        return new Secret("jwt_session", j, "Authorization: Bearer " + j, false);
      }, v -> v.matches("eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}")),
      k("payment_card", true, "card", Blind33Secrets::card, "[\\d ]{17,19}", v -> luhnValid(v.replace(" ", ""))),
      k("iban", true, "IBAN", Blind33Secrets::ibanOf, "[A-Z]{2}\\d{2}[A-Z0-9 ]+", Blind33Util::ibanValid),
      k("bitcoin_wif", true, "WIF", Blind33Secrets::wif, "[KL][1-9A-HJ-NP-Za-km-z]{51}", Blind33Util::base58checkValid),
      new Kind("bip39_mnemonic", false, r -> {
        String m = mnemonic(r);
        return new Secret("bip39_mnemonic", m, "recovery phrase: " + m, false);
      }, Blind33Secrets::mnemonicValid),
      new Kind("eth_private_key", false, r -> {
        String v = "0x" + rs(r, HEX, 64);
        return new Secret("eth_private_key", v, "ETH_PRIVATE_KEY=" + v, false);
      }, v -> v.matches("0x[0-9a-f]{64}")),
      new Kind("twilio", false, r -> {
        String sid = "AC" + rs(r, HEX, 32);
        String tok = rs(r, HEX, 32);
        return new Secret("twilio", tok, "TWILIO_ACCOUNT_SID=" + sid + "\nTWILIO_AUTH_TOKEN=" + tok, false);
      }, v -> v.matches("[0-9a-f]{32}")),
      new Kind("datadog", false, r -> {
        String v = rs(r, HEX, 32);
        return new Secret("datadog", v, "DD_API_KEY=" + v, false);
      }, v -> v.matches("[0-9a-f]{32}")),
      new Kind("password", false, r -> {
        String v = password(r);
        return new Secret("password", v, pick(r, "DB_PASSWORD", "ADMIN_PASSWORD", "SMTP_PASSWORD") + "=" + v, false);
      }, v -> v.length() >= 10),
      new Kind("us_ssn", false, r -> {
        String v = ssn(r);
        return new Secret("us_ssn", v, "SSN: " + v, false);
      }, v -> v.matches("(?!000|666|9)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}")),
      new Kind("nl_bsn", false, r -> {
        String v = bsn(r);
        return new Secret("nl_bsn", v, "BSN: " + v, false);
      }, Blind33Secrets::bsnValid),
      new Kind("es_dni", false, r -> {
        String v = dni(r);
        return new Secret("es_dni", v, "DNI: " + v, false);
      }, Blind33Secrets::dniValid),
      new Kind("fr_nir", false, r -> {
        String v = nir(r);
        return new Secret("fr_nir", v, "numéro de sécurité sociale: " + v, false);
      }, Blind33Secrets::nirValid));

  static Kind kind(String name) {
    return KINDS.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
  }
}
