package io.moltr.core.scan;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.CRC32;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Blind corpus 24: fake credentials in the providers' documented formats, with their checksums.
 *
 * <p>Label decisions (from issue 3 and the project's decided policy):
 *
 * <ul>
 *   <li>Sentry DSN (even public key only), Google API keys (AIza), Stripe sk_/rk_ keys: positive
 *       (project policy). Stripe pk_ keys and a Twilio account SID alone: negative.
 *   <li>An AWS access key id (AKIA...) alone is a positive: it is a credential half and the issue
 *       ships AWS rules among the original kinds.
 *   <li>Datadog, Cloudflare, Vercel, Twilio auth tokens, generic passwords have no distinctive
 *       prefix: they are positives only next to a naming label (the issue's generic assignment
 *       detector "key/secret/token/password = value"), and every row carries such a label.
 *   <li>Kubernetes Secret manifests: positive when data: values are base64 of a random secret;
 *       negative when the data values are placeholders.
 *   <li>A JWT with alg "none" and an empty signature is a negative (the issue asks for "JWTs with a
 *       signature"). The jwt.io documented example token is a documented example: negative.
 *   <li>Hashes of every kind (md5..sha512, bcrypt, argon2) are negatives ("hashes").
 *   <li>Look-alike letters: only the ones NFKC folds (fullwidth, mathematical alphanumerics), as
 *       the issue says "NFKC-fold look-alikes"; no Cyrillic confusables.
 *   <li>Public material (ssh public keys, certificates, age recipients, crypto addresses) is negative.
 *   <li>BIP39 seed phrases are skipped: the 2048-word list is not reproduced here.
 *   <li>Obvious placeholder passwords (changeme, &lt;password&gt;, ********) are negatives.
 * </ul>
 */
final class Blind24Secrets {
  private Blind24Secrets() {}

  static final String B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  static final String B64URL = B62 + "-_";
  static final String HEX = "0123456789abcdef";
  static final String UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  /** A credential kind. needsLabel: only a secret when named (no distinctive prefix). */
  record Kind(String name, List<String> labels, boolean needsLabel, boolean blob, Function<Random, String> gen) {}

  static String pick(Random r, String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  static String alnum(Random r, int n) {
    return pick(r, B62, n);
  }

  static String hex(Random r, int n) {
    return pick(r, HEX, n);
  }

  static String digits(Random r, int n) {
    return pick(r, "0123456789", n);
  }

  static byte[] bytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  static String b64url(byte[] b) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static String b64(String s) {
    return b64(s.getBytes(StandardCharsets.UTF_8));
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

  /** GitHub/npm style: 30 random base62 chars then base62(CRC32(random)) padded to 6. */
  static String crcToken(Random r, String prefix) {
    String body = alnum(r, 30);
    return prefix + body + crcSuffix(body);
  }

  static String crcSuffix(String body) {
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.US_ASCII));
    return base62(crc.getValue(), 6);
  }

  static boolean crcValid(String token, String prefix) {
    String rest = token.substring(prefix.length());
    return rest.length() == 36 && crcSuffix(rest.substring(0, 30)).equals(rest.substring(30));
  }

  // ---- checksums ----
  static int luhnDigit(String partial) {
    int sum = 0;
    boolean dbl = true;
    for (int i = partial.length() - 1; i >= 0; i--) {
      int d = partial.charAt(i) - '0';
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

  static boolean luhn(String number) {
    String d = number.replaceAll("[^0-9]", "");
    return luhnDigit(d.substring(0, d.length() - 1)) == d.charAt(d.length() - 1) - '0';
  }

  static String card(Random r, String prefix, int len) {
    String p = prefix + digits(r, len - 1 - prefix.length());
    return p + luhnDigit(p);
  }

  static int mod97(String s) {
    StringBuilder num = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (Character.isLetter(c)) {
        num.append(Character.toUpperCase(c) - 'A' + 10);
      } else {
        num.append(c);
      }
    }
    return new BigInteger(num.toString()).mod(BigInteger.valueOf(97)).intValue();
  }

  static String iban(String cc, String bban) {
    int check = 98 - mod97(bban + cc + "00");
    return cc + String.format("%02d", check) + bban;
  }

  static boolean ibanValid(String iban) {
    String s = iban.replace(" ", "");
    return mod97(s.substring(4) + s.substring(0, 4)) == 1;
  }

  static String groups(String s, int n, String sep) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i += n) {
      if (i > 0) {
        sb.append(sep);
      }
      sb.append(s, i, Math.min(s.length(), i + n));
    }
    return sb.toString();
  }

  static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String base58(byte[] b) {
    BigInteger v = new BigInteger(1, b);
    StringBuilder sb = new StringBuilder();
    BigInteger f = BigInteger.valueOf(58);
    while (v.signum() > 0) {
      BigInteger[] qr = v.divideAndRemainder(f);
      sb.append(B58.charAt(qr[1].intValue()));
      v = qr[0];
    }
    for (byte x : b) {
      if (x != 0) {
        break;
      }
      sb.append('1');
    }
    return sb.reverse().toString();
  }

  static byte[] unbase58(String s) {
    BigInteger v = BigInteger.ZERO;
    for (char c : s.toCharArray()) {
      v = v.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(B58.indexOf(c)));
    }
    byte[] raw = v.toByteArray();
    int lead = 0;
    while (lead < s.length() && s.charAt(lead) == '1') {
      lead++;
    }
    int skip = raw.length > 1 && raw[0] == 0 ? 1 : 0;
    byte[] out = new byte[lead + raw.length - skip];
    System.arraycopy(raw, skip, out, lead, raw.length - skip);
    return out;
  }

  static String base58check(byte[] payload) {
    byte[] chk = sha256(sha256(payload));
    byte[] all = new byte[payload.length + 4];
    System.arraycopy(payload, 0, all, 0, payload.length);
    System.arraycopy(chk, 0, all, payload.length, 4);
    return base58(all);
  }

  static boolean base58checkValid(String s) {
    byte[] all = unbase58(s);
    byte[] payload = java.util.Arrays.copyOf(all, all.length - 4);
    byte[] chk = sha256(sha256(payload));
    for (int i = 0; i < 4; i++) {
      if (chk[i] != all[payload.length + i]) {
        return false;
      }
    }
    return true;
  }

  static String wif(Random r) {
    byte[] p = new byte[34];
    p[0] = (byte) 0x80;
    System.arraycopy(bytes(r, 32), 0, p, 1, 32);
    p[33] = 1;
    return base58check(p);
  }

  // ---- bech32 (BIP-173) for age keys ----
  static final String BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

  static int polymod(int[] values) {
    int[] gen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    int chk = 1;
    for (int v : values) {
      int b = chk >>> 25;
      chk = ((chk & 0x1ffffff) << 5) ^ v;
      for (int i = 0; i < 5; i++) {
        if (((b >>> i) & 1) != 0) {
          chk ^= gen[i];
        }
      }
    }
    return chk;
  }

  static int[] hrpExpand(String hrp) {
    int[] out = new int[hrp.length() * 2 + 1];
    for (int i = 0; i < hrp.length(); i++) {
      out[i] = hrp.charAt(i) >> 5;
      out[i + hrp.length() + 1] = hrp.charAt(i) & 31;
    }
    return out;
  }

  static String bech32(String hrp, byte[] data) {
    List<Integer> five = new ArrayList<>();
    int acc = 0;
    int bits = 0;
    for (byte x : data) {
      acc = (acc << 8) | (x & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        five.add((acc >> bits) & 31);
      }
    }
    if (bits > 0) {
      five.add((acc << (5 - bits)) & 31);
    }
    int[] he = hrpExpand(hrp);
    int[] vals = new int[he.length + five.size() + 6];
    System.arraycopy(he, 0, vals, 0, he.length);
    for (int i = 0; i < five.size(); i++) {
      vals[he.length + i] = five.get(i);
    }
    int mod = polymod(vals) ^ 1;
    StringBuilder sb = new StringBuilder(hrp).append('1');
    for (int v : five) {
      sb.append(BECH.charAt(v));
    }
    for (int i = 0; i < 6; i++) {
      sb.append(BECH.charAt((mod >> (5 * (5 - i))) & 31));
    }
    return sb.toString();
  }

  static boolean bech32Valid(String s) {
    String low = s.toLowerCase();
    int pos = low.lastIndexOf('1');
    String hrp = low.substring(0, pos);
    int[] he = hrpExpand(hrp);
    String data = low.substring(pos + 1);
    int[] vals = new int[he.length + data.length()];
    System.arraycopy(he, 0, vals, 0, he.length);
    for (int i = 0; i < data.length(); i++) {
      vals[he.length + i] = BECH.indexOf(data.charAt(i));
    }
    return polymod(vals) == 1;
  }

  // ---- JWT ----
  static String hmac(String key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return b64url(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String jwt(String payloadJson, String key) {
    String head = b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
    String body = b64url(payloadJson.getBytes(StandardCharsets.UTF_8));
    return head + "." + body + "." + hmac(key, head + "." + body);
  }

  static String jwtKey(Random r) {
    return alnum(r, 40);
  }

  // ---- national ids ----
  static String bsn(Random r) {
    while (true) {
      String d = digits(r, 8);
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        sum += (d.charAt(i) - '0') * (9 - i);
      }
      int last = sum % 11;
      if (last < 10 && d.charAt(0) != '0') {
        return d + last;
      }
    }
  }

  static String dni(Random r) {
    int n = 10000000 + r.nextInt(89999999);
    return n + "" + "TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23);
  }

  static String cpf(Random r) {
    int[] d = new int[11];
    for (int i = 0; i < 9; i++) {
      d[i] = r.nextInt(10);
    }
    d[0] = 1 + r.nextInt(9);
    for (int k = 9; k <= 10; k++) {
      int sum = 0;
      for (int i = 0; i < k; i++) {
        sum += d[i] * (k + 1 - i);
      }
      int c = 11 - sum % 11;
      d[k] = c >= 10 ? 0 : c;
    }
    StringBuilder s = new StringBuilder();
    for (int x : d) {
      s.append(x);
    }
    String v = s.toString();
    return v.substring(0, 3) + "." + v.substring(3, 6) + "." + v.substring(6, 9) + "-" + v.substring(9);
  }

  static String pesel(Random r) {
    int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    String d = String.format("%02d%02d%02d", 60 + r.nextInt(39), 1 + r.nextInt(12), 1 + r.nextInt(28))
        + digits(r, 4);
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += (d.charAt(i) - '0') * w[i];
    }
    return d + (10 - sum % 10) % 10;
  }

  static String personnummer(Random r) {
    String d = String.format("%02d%02d%02d", 50 + r.nextInt(49), 1 + r.nextInt(12), 1 + r.nextInt(28))
        + digits(r, 3);
    return d.substring(0, 6) + "-" + d.substring(6) + luhnDigit(d);
  }

  static String hetu(Random r) {
    String date = String.format("%02d%02d%02d", 1 + r.nextInt(28), 1 + r.nextInt(12), 50 + r.nextInt(49));
    String ind = String.format("%03d", 2 + r.nextInt(897));
    long n = Long.parseLong(date + ind);
    return date + "-" + ind + "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt((int) (n % 31));
  }

  static String nir(Random r) {
    String n = (1 + r.nextInt(2)) + String.format("%02d%02d", 50 + r.nextInt(49), 1 + r.nextInt(12))
        + String.format("%02d", 1 + r.nextInt(95)) + digits(r, 3) + digits(r, 3);
    long key = 97 - new BigInteger(n).mod(BigInteger.valueOf(97)).longValue();
    return n + String.format("%02d", key);
  }

  // ---- PEM-ish blobs ----
  static String pemBody(Random r, int nbytes, String head) {
    String body = b64(bytes(r, nbytes));
    return groups(head + body.substring(head.length()), 64, "\n");
  }

  static String pem(String label, String body) {
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----";
  }

  static List<String> l(String... s) {
    return List.of(s);
  }

  static List<Kind> kinds() {
    List<Kind> k = new ArrayList<>();
    k.add(new Kind("aws_access_key_id", l("AWS_ACCESS_KEY_ID", "aws_access_key_id", "accessKeyId"), false, false,
        r -> "AKIA" + pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)));
    k.add(new Kind("aws_secret_access_key", l("AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "secretAccessKey"), true, false,
        r -> pick(r, B62 + "+/", 40)));
    k.add(new Kind("github_pat_classic", l("GITHUB_TOKEN", "GH_TOKEN", "github_token"), false, false,
        r -> crcToken(r, "ghp_")));
    k.add(new Kind("github_oauth", l("GITHUB_OAUTH_TOKEN", "gho_token", "oauthToken"), false, false,
        r -> crcToken(r, r.nextBoolean() ? "gho_" : "ghu_")));
    k.add(new Kind("github_app_server", l("GITHUB_APP_TOKEN", "installation_token", "ghs"), false, false,
        r -> crcToken(r, r.nextBoolean() ? "ghs_" : "ghr_")));
    k.add(new Kind("github_fine_grained", l("GITHUB_PAT", "gh_pat", "githubPat"), false, false,
        r -> "github_pat_11" + pick(r, UPPER_ALNUM, 20) + "_" + alnum(r, 59)));
    k.add(new Kind("gitlab_pat", l("GITLAB_TOKEN", "CI_JOB_TOKEN_OVERRIDE", "gitlab_private_token"), false, false,
        r -> "glpat-" + pick(r, B64URL, 20)));
    k.add(new Kind("gitlab_deploy_runner", l("GITLAB_DEPLOY_TOKEN", "RUNNER_TOKEN", "registration_token"), false, false,
        r -> (r.nextBoolean() ? "gldt-" : "glrt-") + pick(r, B64URL, 20)));
    k.add(new Kind("npm_token", l("NPM_TOKEN", "//registry.npmjs.org/:_authToken", "npmAuthToken"), false, false,
        r -> crcToken(r, "npm_")));
    k.add(new Kind("pypi_token", l("PYPI_API_TOKEN", "TWINE_PASSWORD", "pypi_token"), false, false,
        r -> "pypi-AgEIcHlwaS5vcmc" + pick(r, B64URL, 160)));
    k.add(new Kind("huggingface", l("HF_TOKEN", "HUGGINGFACE_HUB_TOKEN", "hf_token"), false, false,
        r -> "hf_" + pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 34)));
    k.add(new Kind("groq", l("GROQ_API_KEY", "groq_api_key", "groqKey"), false, false,
        r -> "gsk_" + alnum(r, 52)));
    k.add(new Kind("openrouter", l("OPENROUTER_API_KEY", "openrouter_key", "OR_KEY"), false, false,
        r -> "sk-or-v1-" + hex(r, 64)));
    k.add(new Kind("openai_project", l("OPENAI_API_KEY", "openai_api_key", "openaiKey"), false, false,
        r -> "sk-proj-" + pick(r, B64URL, 74) + "T3BlbkFJ" + pick(r, B64URL, 74)));
    k.add(new Kind("openai_legacy", l("OPENAI_KEY", "openai.api_key", "OPENAI_API_KEY"), false, false,
        r -> "sk-" + alnum(r, 20) + "T3BlbkFJ" + alnum(r, 20)));
    k.add(new Kind("anthropic", l("ANTHROPIC_API_KEY", "anthropic_key", "x-api-key"), false, false,
        r -> "sk-ant-api03-" + pick(r, B64URL, 93) + "AA"));
    k.add(new Kind("stripe_secret", l("STRIPE_SECRET_KEY", "stripe.api_key", "stripeSecret"), false, false,
        r -> "sk_live_" + alnum(r, 24 + r.nextInt(75))));
    k.add(new Kind("stripe_restricted", l("STRIPE_RESTRICTED_KEY", "stripe_rk", "STRIPE_KEY"), false, false,
        r -> "rk_live_" + alnum(r, 24 + r.nextInt(75))));
    k.add(new Kind("google_api_key", l("GOOGLE_API_KEY", "MAPS_API_KEY", "apiKey"), false, false,
        r -> "AIza" + pick(r, B64URL, 35)));
    k.add(new Kind("google_oauth_client_secret", l("GOOGLE_CLIENT_SECRET", "client_secret", "clientSecret"), false, false,
        r -> "GOCSPX-" + pick(r, B64URL, 28)));
    k.add(new Kind("gcp_service_account", l("service-account.json", "GOOGLE_APPLICATION_CREDENTIALS_JSON", "sa_key"), false, true,
        r -> "{\n  \"type\": \"service_account\",\n  \"project_id\": \"billing-" + digits(r, 6) + "\",\n"
            + "  \"private_key_id\": \"" + hex(r, 40) + "\",\n  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n"
            + pemBody(r, 300, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC").replace("\n", "\\n")
            + "\\n-----END PRIVATE KEY-----\\n\",\n  \"client_email\": \"deployer@billing.iam.gserviceaccount.com\",\n"
            + "  \"client_id\": \"" + digits(r, 21) + "\",\n  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}"));
    k.add(new Kind("azure_storage_conn", l("AZURE_STORAGE_CONNECTION_STRING", "AzureWebJobsStorage", "storageConn"), false, false,
        r -> "DefaultEndpointsProtocol=https;AccountName=st" + pick(r, "abcdefghijklmnopqrstuvwxyz0123456789", 10)
            + ";AccountKey=" + b64(bytes(r, 64)) + ";EndpointSuffix=core.windows.net"));
    k.add(new Kind("azure_sas", l("AZURE_SAS_URL", "sasUrl", "BLOB_SAS"), false, false,
        r -> "https://st" + pick(r, "abcdefghijklmnopqrstuvwxyz", 8) + ".blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacupx&se=2027-03-01T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&sig="
            + b64(bytes(r, 32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")));
    k.add(new Kind("azure_ad_client_secret", l("AZURE_CLIENT_SECRET", "ClientSecret", "azure_client_secret"), false, false,
        r -> pick(r, B62, 3) + "8Q~" + pick(r, B62 + "-_.~", 31)));
    k.add(new Kind("twilio_auth_token", l("TWILIO_AUTH_TOKEN", "twilio_auth_token", "authToken"), true, false,
        r -> hex(r, 32)));
    k.add(new Kind("twilio_api_key_secret", l("TWILIO_API_SECRET", "twilio_api_secret", "apiSecret"), true, false,
        r -> alnum(r, 32)));
    k.add(new Kind("mailgun", l("MAILGUN_API_KEY", "mailgun_key", "MG_KEY"), false, false,
        r -> "key-" + hex(r, 32)));
    k.add(new Kind("mailchimp", l("MAILCHIMP_API_KEY", "mailchimp_key", "MC_API_KEY"), false, false,
        r -> hex(r, 32) + "-us" + (1 + r.nextInt(21))));
    k.add(new Kind("sendgrid", l("SENDGRID_API_KEY", "sendgrid_key", "SG_KEY"), false, false,
        r -> "SG." + pick(r, B64URL, 22) + "." + pick(r, B64URL, 43)));
    k.add(new Kind("shopify", l("SHOPIFY_ACCESS_TOKEN", "shopify_token", "X-Shopify-Access-Token"), false, false,
        r -> new String[] {"shpat_", "shpss_", "shpca_", "shppa_"}[r.nextInt(4)] + hex(r, 32)));
    k.add(new Kind("digitalocean", l("DIGITALOCEAN_TOKEN", "DO_TOKEN", "do_api_token"), false, false,
        r -> new String[] {"dop_v1_", "doo_v1_", "dor_v1_"}[r.nextInt(3)] + hex(r, 64)));
    k.add(new Kind("heroku", l("HEROKU_API_KEY", "heroku_token", "HEROKU_AUTH"), false, false,
        r -> "HRKU-AA" + pick(r, B64URL, 58)));
    k.add(new Kind("datadog_api_key", l("DD_API_KEY", "datadog_api_key", "DATADOG_API_KEY"), true, false,
        r -> hex(r, 32)));
    k.add(new Kind("datadog_app_key", l("DD_APP_KEY", "datadog_application_key", "DD_APPLICATION_KEY"), true, false,
        r -> hex(r, 40)));
    k.add(new Kind("newrelic", l("NEW_RELIC_API_KEY", "newrelic_user_key", "NR_KEY"), false, false,
        r -> "NRAK-" + pick(r, UPPER_ALNUM, 27)));
    k.add(new Kind("sentry_dsn", l("SENTRY_DSN", "sentry_dsn", "dsn"), false, false,
        r -> "https://" + hex(r, 32) + "@o" + digits(r, 6) + ".ingest.sentry.io/" + (4500000000000000L + r.nextInt(99999999))));
    k.add(new Kind("discord_bot_token", l("DISCORD_TOKEN", "discord_bot_token", "BOT_TOKEN"), false, false,
        r -> b64url(("1" + digits(r, 18)).getBytes(StandardCharsets.US_ASCII)) + "." + pick(r, B64URL, 6) + "." + pick(r, B64URL, 38)));
    k.add(new Kind("discord_webhook", l("DISCORD_WEBHOOK_URL", "discord_webhook", "webhookUrl"), false, false,
        r -> "https://discord.com/api/webhooks/1" + digits(r, 18) + "/" + pick(r, B64URL, 68)));
    k.add(new Kind("slack_bot_token", l("SLACK_BOT_TOKEN", "slack_token", "SLACK_TOKEN"), false, false,
        r -> (r.nextBoolean() ? "xoxb-" : "xoxp-") + digits(r, 12) + "-" + digits(r, 13) + "-" + alnum(r, 24)));
    k.add(new Kind("slack_webhook", l("SLACK_WEBHOOK_URL", "slack_webhook", "incomingWebhook"), false, false,
        r -> "https://hooks.slack.com/services/T" + pick(r, UPPER_ALNUM, 10) + "/B" + pick(r, UPPER_ALNUM, 10) + "/" + alnum(r, 24)));
    k.add(new Kind("slack_app_token", l("SLACK_APP_TOKEN", "socket_token", "appToken"), false, false,
        r -> "xapp-1-A" + pick(r, UPPER_ALNUM, 10) + "-" + digits(r, 13) + "-" + hex(r, 64)));
    k.add(new Kind("linear", l("LINEAR_API_KEY", "linear_key", "linearToken"), false, false,
        r -> "lin_api_" + alnum(r, 40)));
    k.add(new Kind("notion", l("NOTION_TOKEN", "NOTION_API_KEY", "notion_secret"), false, false,
        r -> r.nextBoolean() ? "secret_" + alnum(r, 43) : "ntn_" + digits(r, 11) + alnum(r, 35)));
    k.add(new Kind("atlassian", l("JIRA_API_TOKEN", "ATLASSIAN_TOKEN", "confluence_token"), false, false,
        r -> "ATATT3xFfGF0" + pick(r, B64URL, 170) + "=" + pick(r, "0123456789ABCDEF", 8)));
    k.add(new Kind("doppler", l("DOPPLER_TOKEN", "doppler_service_token", "DOPPLER_KEY"), false, false,
        r -> r.nextBoolean() ? "dp.st.prd." + alnum(r, 40) : "dp.pt." + alnum(r, 43)));
    k.add(new Kind("vault_token", l("VAULT_TOKEN", "vault_token", "X-Vault-Token"), false, false,
        r -> (r.nextBoolean() ? "hvs." : "hvb.") + pick(r, B64URL, 90)));
    k.add(new Kind("terraform_cloud", l("TFE_TOKEN", "TF_TOKEN_app_terraform_io", "credentials_token"), false, false,
        r -> alnum(r, 14) + ".atlasv1." + pick(r, B64URL, 67)));
    k.add(new Kind("databricks", l("DATABRICKS_TOKEN", "databricks_token", "DBX_TOKEN"), false, false,
        r -> "dapi" + hex(r, 32) + (r.nextBoolean() ? "-2" : "")));
    k.add(new Kind("cloudflare_api_token", l("CLOUDFLARE_API_TOKEN", "CF_API_TOKEN", "cloudflare_token"), true, false,
        r -> pick(r, B64URL, 40)));
    k.add(new Kind("cloudflare_global_key", l("CLOUDFLARE_API_KEY", "CF_API_KEY", "X-Auth-Key"), true, false,
        r -> hex(r, 37)));
    k.add(new Kind("flyio", l("FLY_API_TOKEN", "fly_token", "FLY_ACCESS_TOKEN"), false, false,
        r -> "FlyV1 fm2_" + pick(r, B62 + "+/", 180) + "=="));
    k.add(new Kind("vercel", l("VERCEL_TOKEN", "vercel_token", "VERCEL_API_TOKEN"), true, false,
        r -> alnum(r, 24)));
    k.add(new Kind("netlify", l("NETLIFY_AUTH_TOKEN", "netlify_token", "NETLIFY_TOKEN"), false, false,
        r -> "nfp_" + alnum(r, 36)));
    k.add(new Kind("supabase_service_role", l("SUPABASE_SERVICE_ROLE_KEY", "supabase_service_key", "serviceRoleKey"), false, false,
        r -> jwt("{\"iss\":\"supabase\",\"ref\":\"" + pick(r, "abcdefghijklmnopqrstuvwxyz", 20)
            + "\",\"role\":\"service_role\",\"iat\":1700000000,\"exp\":2015576000}", jwtKey(r))));
    k.add(new Kind("supabase_access_token", l("SUPABASE_ACCESS_TOKEN", "supabase_pat", "SB_TOKEN"), false, false,
        r -> "sbp_" + hex(r, 40)));
    k.add(new Kind("firebase_fcm_server_key", l("FCM_SERVER_KEY", "firebase_server_key", "serverKey"), false, false,
        r -> "AAAA" + pick(r, B64URL, 7) + ":APA91b" + pick(r, B64URL, 134)));
    k.add(new Kind("planetscale", l("PLANETSCALE_TOKEN", "DATABASE_PASSWORD", "pscale_password"), false, false,
        r -> (r.nextBoolean() ? "pscale_tkn_" : "pscale_pw_") + pick(r, B64URL, 43)));
    k.add(new Kind("postman", l("POSTMAN_API_KEY", "postman_key", "X-Api-Key"), false, false,
        r -> "PMAK-" + hex(r, 24) + "-" + hex(r, 34)));
    k.add(new Kind("telegram_bot", l("TELEGRAM_BOT_TOKEN", "telegram_token", "BOT_TOKEN"), false, false,
        r -> (1 + r.nextInt(8)) + digits(r, 9) + ":AA" + pick(r, B64URL, 33)));
    k.add(new Kind("grafana_sa", l("GRAFANA_TOKEN", "grafana_service_account_token", "GF_TOKEN"), false, false,
        r -> "glsa_" + alnum(r, 32) + "_" + hex(r, 8)));
    k.add(new Kind("pulumi", l("PULUMI_ACCESS_TOKEN", "pulumi_token", "PULUMI_TOKEN"), false, false,
        r -> "pul-" + hex(r, 40)));
    k.add(new Kind("dockerhub_pat", l("DOCKERHUB_TOKEN", "DOCKER_PASSWORD", "registry_token"), false, false,
        r -> "dckr_pat_" + pick(r, B64URL, 27)));
    k.add(new Kind("age_secret_key", l("AGE_KEY", "SOPS_AGE_KEY", "age_identity"), false, false,
        r -> bech32("age-secret-key-", bytes(r, 32)).toUpperCase()));
    k.add(new Kind("pgp_private_key", l("signing.asc", "GPG_PRIVATE_KEY", "pgp_key"), false, true,
        r -> "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + pemBody(r, 420, "lQOYBF") + "\n=" + pick(r, B62 + "+/", 4)
            + "\n-----END PGP PRIVATE KEY BLOCK-----"));
    k.add(new Kind("putty_private_key", l("deploy.ppk", "PUTTY_KEY", "ppk"), false, true,
        r -> "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@build\nPublic-Lines: 2\n"
            + groups(b64(bytes(r, 51)), 64, "\n") + "\nPrivate-Lines: 1\n" + b64(bytes(r, 36))
            + "\nPrivate-MAC: " + hex(r, 64)));
    k.add(new Kind("openssh_private_key", l("id_ed25519", "SSH_PRIVATE_KEY", "deploy_key"), false, true,
        r -> pem("OPENSSH PRIVATE KEY", groups(b64(concat("openssh-key-v1\0".getBytes(StandardCharsets.US_ASCII), bytes(r, 380))), 70, "\n"))));
    k.add(new Kind("rsa_private_key", l("server.key", "TLS_KEY", "private_key"), false, true,
        r -> pem("RSA PRIVATE KEY", pemBody(r, 600, "MIIEpAIBAAKCAQEA"))));
    k.add(new Kind("ec_private_key", l("ec.key", "EC_PRIVATE_KEY", "signing_key"), false, true,
        r -> pem("EC PRIVATE KEY", pemBody(r, 121, "MHcCAQEEI"))));
    k.add(new Kind("pkcs8_private_key", l("key.pem", "PRIVATE_KEY", "jwt_private_key"), false, true,
        r -> pem("PRIVATE KEY", pemBody(r, 640, "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC"))));
    k.add(new Kind("jwt_hs256", l("ACCESS_TOKEN", "id_token", "Authorization"), false, false,
        r -> jwt("{\"sub\":\"usr_" + alnum(r, 10) + "\",\"name\":\"" + new String[] {"Ana", "Bo", "Chen"}[r.nextInt(3)]
            + "\",\"scope\":\"admin\",\"iat\":" + (1760000000 + r.nextInt(9999999)) + "}", jwtKey(r))));
    k.add(new Kind("basic_auth_url", l("REGISTRY_URL", "git_remote", "proxy"), false, false,
        r -> "https://" + new String[] {"deploy", "ci-bot", "admin", "svc_backup"}[r.nextInt(4)] + ":" + alnum(r, 10 + r.nextInt(14))
            + "@" + new String[] {"git.internal.example.net/team/app.git", "registry.corp.example.com/v2/", "proxy.example.org:3128"}[r.nextInt(3)]));
    k.add(new Kind("k8s_secret_manifest", l("secret.yaml", "db-credentials", "manifest"), false, true,
        r -> "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\n  namespace: prod\ntype: Opaque\ndata:\n  username: "
            + b64("app_user") + "\n  password: " + b64(alnum(r, 20)) + "\n"));
    k.add(new Kind("env_high_entropy", l("APP_SECRET", "SESSION_SECRET", "ENCRYPTION_KEY", "SIGNING_SECRET"), true, false,
        r -> pick(r, B62 + "+/", 32 + r.nextInt(20))));
    k.add(new Kind("generic_password", l("password", "db_password", "DB_PASS", "passwd", "adminPassword"), true, false,
        r -> alnum(r, 6) + pick(r, "!#%&*+-.@^_", 2) + alnum(r, 8)));
    k.add(new Kind("generic_api_key", l("api_key", "apiKey", "API-KEY", "secret_key", "auth_token"), true, false,
        r -> alnum(r, 32 + r.nextInt(16))));
    k.add(new Kind("postgres_url", l("DATABASE_URL", "postgres_dsn", "SQLALCHEMY_DATABASE_URI"), false, false,
        r -> "postgres://app:" + alnum(r, 16) + "@db-" + digits(r, 2) + ".prod.internal:5432/orders"));
    k.add(new Kind("mysql_url", l("MYSQL_URL", "JDBC_URL", "mysql_dsn"), false, false,
        r -> "mysql://root:" + alnum(r, 8) + pick(r, "!$*", 1) + alnum(r, 6) + "@10.0." + r.nextInt(255) + ".7:3306/shop"));
    k.add(new Kind("mongodb_url", l("MONGODB_URI", "mongo_url", "MONGO_URL"), false, false,
        r -> "mongodb+srv://admin:" + alnum(r, 18) + "@cluster0." + pick(r, "abcdefghijklmnopqrstuvwxyz0123456789", 5) + ".mongodb.net/prod?retryWrites=true"));
    k.add(new Kind("redis_url", l("REDIS_URL", "CACHE_URL", "redis"), false, false,
        r -> "redis://default:" + alnum(r, 24) + "@redis-" + digits(r, 5) + ".cache.example.com:6379/0"));
    k.add(new Kind("bitcoin_wif", l("WALLET_PRIVATE_KEY", "wif", "btc_privkey"), false, false, Blind24Secrets::wif));
    k.add(new Kind("eth_private_key", l("ETH_PRIVATE_KEY", "DEPLOYER_PRIVATE_KEY", "privateKey"), true, false,
        r -> "0x" + hex(r, 64)));
    k.add(new Kind("iban", l("IBAN", "iban", "Kontonummer (IBAN)"), true, false, r -> {
      String[] cc = {"DE", "GB", "FR", "NL", "ES", "IT", "BE", "CH"};
      String c = cc[r.nextInt(cc.length)];
      String bban = switch (c) {
        case "DE" -> digits(r, 18);
        case "GB" -> "NWBK" + digits(r, 14);
        case "FR" -> digits(r, 23);
        case "NL" -> "ABNA" + digits(r, 10);
        case "ES" -> digits(r, 20);
        case "IT" -> "X" + digits(r, 22);
        case "BE" -> digits(r, 12);
        default -> digits(r, 17);
      };
      String v = iban(c, bban);
      return r.nextBoolean() ? groups(v, 4, " ") : v;
    }));
    k.add(new Kind("card_visa", l("card_number", "Card", "cc"), true, false, r -> fmtCard(r, card(r, "4", 16))));
    k.add(new Kind("card_mastercard", l("card_number", "pan", "Kreditkarte"), true, false,
        r -> fmtCard(r, card(r, r.nextBoolean() ? "5" + (1 + r.nextInt(5)) : "2" + (221 + r.nextInt(499)), 16))));
    k.add(new Kind("card_amex", l("card", "amex", "cardNumber"), true, false, r -> fmtAmex(r, card(r, r.nextBoolean() ? "34" : "37", 15))));
    k.add(new Kind("card_discover", l("card_number", "discover", "cc_number"), true, false,
        r -> fmtCard(r, card(r, r.nextBoolean() ? "6011" : "65", 16))));
    k.add(new Kind("card_jcb", l("card", "jcb_card", "pan"), true, false, r -> fmtCard(r, card(r, "35" + (28 + r.nextInt(62)), 16))));
    k.add(new Kind("card_diners", l("card", "diners", "card_no"), true, false, r -> card(r, "36", 14)));
    k.add(new Kind("card_unionpay", l("card", "unionpay", "银行卡号"), true, false, r -> card(r, "62", 16 + r.nextInt(4))));
    k.add(new Kind("card_maestro", l("card", "maestro", "debit_card"), true, false,
        r -> fmtCard(r, card(r, new String[] {"6759", "6304", "5018", "5020"}[r.nextInt(4)], 16))));
    k.add(new Kind("nl_bsn", l("BSN", "burgerservicenummer", "bsn"), true, false, Blind24Secrets::bsn));
    k.add(new Kind("es_dni", l("DNI", "dni", "NIF"), true, false, Blind24Secrets::dni));
    k.add(new Kind("br_cpf", l("CPF", "cpf", "cpf_cliente"), true, false, Blind24Secrets::cpf));
    k.add(new Kind("pl_pesel", l("PESEL", "pesel", "nr PESEL"), true, false, Blind24Secrets::pesel));
    k.add(new Kind("se_personnummer", l("personnummer", "Personnummer", "pnr"), true, false, Blind24Secrets::personnummer));
    k.add(new Kind("fi_hetu", l("henkilötunnus", "HETU", "hetu"), true, false, Blind24Secrets::hetu));
    k.add(new Kind("fr_nir", l("NIR", "numéro de sécurité sociale", "nir"), true, false, Blind24Secrets::nir));
    return k;
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  static String fmtCard(Random r, String n) {
    return switch (r.nextInt(3)) {
      case 0 -> groups(n, 4, " ");
      case 1 -> groups(n, 4, "-");
      default -> n;
    };
  }

  static String fmtAmex(Random r, String n) {
    return r.nextBoolean() ? n.substring(0, 4) + " " + n.substring(4, 10) + " " + n.substring(10) : n;
  }
}
