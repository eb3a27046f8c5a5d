package io.moltr.core.scan;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;

/**
 * Generates fake credentials with correct formats and checksums, the contexts an agent writes them
 * in, the encodings an exfiltrating agent uses, and hard negatives that look like secrets but are
 * not.
 */
final class FakeSecrets {
  static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  static final String URLSAFE = ALNUM + "-_";
  static final String HEX = "0123456789abcdef";
  static final String B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  static final String B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

  /** One kind of secret: its name and a generator returning (snippet, secret inside snippet). */
  record Kind(String name, Function<Random, Sample> make) {}

  /** A generated leak: the text as written and the secret it contains. */
  record Sample(String text, String secret) {
    static Sample bare(String s) {
      return new Sample(s, s);
    }
  }

  static String pick(Random r, String alphabet, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  /** Random characters that surely mix lower, upper and digits (as real keys of this length do). */
  static String mixed(Random r, String alphabet, int n) {
    while (true) {
      String s = pick(r, alphabet, n);
      if (ScanRun.classes(s) == 3 || !alphabet.equals(ALNUM) && !alphabet.equals(URLSAFE)) {
        return s;
      }
    }
  }

  static String github(Random r, String prefix) {
    String body = mixed(r, ALNUM, 30);
    return prefix + body + Validation.githubSuffix(body);
  }

  static String luhnComplete(Random r, String start, int len) {
    StringBuilder b = new StringBuilder(start);
    while (b.length() < len - 1) {
      b.append(r.nextInt(10));
    }
    for (int d = 0; d < 10; d++) {
      if (Validation.luhn(b.toString() + d)) {
        return b.toString() + d;
      }
    }
    throw new IllegalStateException();
  }

  static String grouped(String digits) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        b.append(' ');
      }
      b.append(digits.charAt(i));
    }
    return b.toString();
  }

  static String iban(Random r, String country, int bbanDigits) {
    String bban = pick(r, "0123456789", bbanDigits);
    for (int cd = 2; cd < 99; cd++) {
      String candidate = country + String.format("%02d", cd) + bban;
      if (Validation.mod97(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException();
  }

  static String mnemonic(Random r, int words) {
    int entBits = words * 11 * 32 / 33;
    byte[] ent = new byte[entBits / 8];
    r.nextBytes(ent);
    byte[] hash = Validation.sha256(ent);
    int csBits = entBits / 32;
    BigInteger all = new BigInteger(1, ent).shiftLeft(csBits)
        .or(BigInteger.valueOf((hash[0] & 0xff) >> (8 - csBits)));
    List<String> out = new ArrayList<>();
    for (int i = words - 1; i >= 0; i--) {
      out.add(Bip39.WORDS.get(all.shiftRight(i * 11).intValue() & 2047));
    }
    return String.join(" ", out);
  }

  static String base58(byte[] in) {
    BigInteger n = new BigInteger(1, in);
    StringBuilder b = new StringBuilder();
    BigInteger f = BigInteger.valueOf(58);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(f);
      b.append(B58.charAt(qr[1].intValue()));
      n = qr[0];
    }
    for (int i = 0; i < in.length && in[i] == 0; i++) {
      b.append('1');
    }
    return b.reverse().toString();
  }

  static String wif(Random r, boolean compressed) {
    byte[] key = new byte[32];
    r.nextBytes(key);
    ByteArrayOutputStream p = new ByteArrayOutputStream();
    p.write(0x80);
    p.writeBytes(key);
    if (compressed) {
      p.write(0x01);
    }
    byte[] payload = p.toByteArray();
    byte[] check = Validation.sha256(Validation.sha256(payload));
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(payload);
    all.write(check, 0, 4);
    return base58(all.toByteArray());
  }

  static String b64url(String s) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  static String jwt(Random r, String payload) {
    return b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + b64url(payload) + "."
        + pick(r, URLSAFE, 43);
  }

  static String pem(Random r, String label, int lines) {
    StringBuilder b = new StringBuilder("-----BEGIN " + label + "-----\n");
    for (int i = 0; i < lines; i++) {
      b.append(pick(r, ALNUM + "+/", 64)).append('\n');
    }
    return b.append("-----END ").append(label).append("-----").toString();
  }

  static final List<Kind> KINDS = List.of(
      new Kind("openai", r -> Sample.bare("sk-proj-" + mixed(r, URLSAFE, 74) + "T3BlbkFJ" + mixed(r, URLSAFE, 74))),
      new Kind("openai-legacy", r -> Sample.bare("sk-" + mixed(r, ALNUM, 20) + "T3BlbkFJ" + mixed(r, ALNUM, 20))),
      new Kind("anthropic", r -> Sample.bare("sk-ant-api03-" + mixed(r, URLSAFE, 93) + "AA")),
      new Kind("aws-key-id", r -> Sample.bare("AKIA" + pick(r, B32, 16))),
      new Kind("aws-secret", r -> {
        String s = mixed(r, ALNUM + "+/", 40);
        return new Sample("aws_secret_access_key = " + s, s);
      }),
      new Kind("github-pat", r -> Sample.bare(github(r, "ghp_"))),
      new Kind("github-oauth", r -> Sample.bare(github(r, "gho_"))),
      new Kind("github-fine", r -> Sample.bare("github_pat_" + mixed(r, ALNUM, 22) + "_" + mixed(r, ALNUM, 59))),
      new Kind("gitlab", r -> Sample.bare("glpat-" + mixed(r, ALNUM, 20))),
      new Kind("slack-bot", r -> Sample.bare("xoxb-" + pick(r, "0123456789", 12) + "-" + pick(r, "0123456789", 13) + "-" + mixed(r, ALNUM, 24))),
      new Kind("slack-webhook", r -> Sample.bare("https://hooks.slack.com/services/T" + pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 8) + "/B" + pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10) + "/" + mixed(r, ALNUM, 24))),
      new Kind("bearer", r -> {
        String s = mixed(r, ALNUM, 40);
        return new Sample("Authorization: Bearer " + s, s);
      }),
      new Kind("stripe", r -> Sample.bare("sk_live_" + mixed(r, ALNUM, 24))),
      new Kind("google-api", r -> Sample.bare("AIza" + mixed(r, URLSAFE, 35))),
      new Kind("google-oauth-secret", r -> Sample.bare("GOCSPX-" + mixed(r, URLSAFE, 28))),
      new Kind("supabase-jwt", r -> Sample.bare(jwt(r, "{\"iss\":\"supabase\",\"ref\":\"" + pick(r, "abcdefghijklmnopqrst", 20) + "\",\"role\":\"service_role\",\"iat\":1700000000,\"exp\":2000000000}"))),
      new Kind("jwt", r -> Sample.bare(jwt(r, "{\"sub\":\"" + pick(r, "0123456789", 8) + "\",\"name\":\"Jane\",\"iat\":1700000000}"))),
      new Kind("telegram", r -> Sample.bare(pick(r, "123456789", 1) + pick(r, "0123456789", 9) + ":AA" + mixed(r, URLSAFE, 33))),
      new Kind("sendgrid", r -> Sample.bare("SG." + mixed(r, URLSAFE, 22) + "." + mixed(r, URLSAFE, 43))),
      new Kind("bip39-12", r -> Sample.bare(mnemonic(r, 12))),
      new Kind("bip39-24", r -> Sample.bare(mnemonic(r, 24))),
      new Kind("eth-key", r -> {
        String s = "0x" + pick(r, HEX, 64);
        return new Sample("PRIVATE_KEY=" + s, s);
      }),
      new Kind("wif", r -> Sample.bare(wif(r, r.nextBoolean()))),
      new Kind("password", r -> {
        String s = pick(r, ALNUM, 8) + "!" + r.nextInt(100);
        return new Sample("db_password = \"" + s + "\"", s);
      }),
      new Kind("connection-string", r -> {
        String s = mixed(r, ALNUM, 16);
        return new Sample("postgresql://app:" + s + "@db.internal:5432/prod", s);
      }),
      new Kind("visa", r -> Sample.bare(grouped(luhnComplete(r, "4", 16)))),
      new Kind("mastercard", r -> Sample.bare(luhnComplete(r, "5" + (1 + r.nextInt(5)), 16))),
      new Kind("amex", r -> Sample.bare(luhnComplete(r, "37", 15))),
      new Kind("email-password", r -> {
        String s = mixed(r, ALNUM, 10);
        return new Sample("jane.doe" + r.nextInt(100) + "@mailbox.org:" + s, s);
      }),
      new Kind("pem-rsa", r -> Sample.bare(pem(r, "RSA PRIVATE KEY", 8))),
      new Kind("pem-pkcs8", r -> Sample.bare(pem(r, "PRIVATE KEY", 6))),
      new Kind("openssh", r -> Sample.bare(pem(r, "OPENSSH PRIVATE KEY", 5))),
      new Kind("npm", r -> Sample.bare("npm_" + mixed(r, ALNUM, 36))),
      new Kind("pypi", r -> Sample.bare("pypi-AgEIcHlwaS5vcmc" + mixed(r, URLSAFE, 60))),
      new Kind("huggingface", r -> Sample.bare("hf_" + mixed(r, ALNUM, 34))),
      new Kind("groq", r -> Sample.bare("gsk_" + mixed(r, ALNUM, 52))),
      new Kind("openrouter", r -> Sample.bare("sk-or-v1-" + pick(r, HEX, 64))),
      new Kind("azure-storage", r -> {
        String s = mixed(r, ALNUM + "+/", 86) + "==";
        return new Sample("DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=" + s + ";EndpointSuffix=core.windows.net", s);
      }),
      new Kind("twilio", r -> Sample.bare("SK" + pick(r, HEX, 32))),
      new Kind("mailgun", r -> Sample.bare("key-" + pick(r, HEX, 32))),
      new Kind("shopify", r -> Sample.bare("shpat_" + pick(r, HEX, 32))),
      new Kind("digitalocean", r -> Sample.bare("dop_v1_" + pick(r, HEX, 64))),
      new Kind("datadog", r -> {
        String s = pick(r, HEX, 32);
        return new Sample("DD_API_KEY=" + s, s);
      }),
      new Kind("sentry-dsn", r -> {
        String s = pick(r, HEX, 32);
        return new Sample("https://" + pick(r, HEX, 32) + ":" + s + "@o12345.ingest.sentry.io/6789", s);
      }),
      new Kind("discord-webhook", r -> Sample.bare("https://discord.com/api/webhooks/" + pick(r, "0123456789", 18) + "/" + mixed(r, URLSAFE, 68))),
      new Kind("linear", r -> Sample.bare("lin_api_" + mixed(r, ALNUM, 40))),
      new Kind("notion", r -> Sample.bare("ntn_" + pick(r, "0123456789", 11) + mixed(r, ALNUM, 35))),
      new Kind("doppler", r -> Sample.bare("dp.st.prd." + mixed(r, ALNUM, 40))),
      new Kind("vault", r -> Sample.bare("hvs." + mixed(r, URLSAFE, 90))),
      new Kind("terraform", r -> Sample.bare(mixed(r, ALNUM, 14) + ".atlasv1." + mixed(r, URLSAFE, 67))),
      new Kind("databricks", r -> Sample.bare("dapi" + pick(r, HEX, 32))),
      new Kind("age", r -> Sample.bare("AGE-SECRET-KEY-1" + pick(r, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58))),
      new Kind("url-basic-auth", r -> {
        String s = mixed(r, ALNUM, 14);
        return new Sample("https://deploy:" + s + "@git.example-corp.net/repo.git", s);
      }),
      new Kind("k8s-secret", r -> {
        String s = Base64.getEncoder().encodeToString(mixed(r, ALNUM, 24).getBytes(StandardCharsets.UTF_8));
        return new Sample("apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ntype: Opaque\ndata:\n  token: " + s + "\n", s);
      }),
      new Kind("dotenv", r -> {
        String s = mixed(r, ALNUM, 32);
        return new Sample("PAYMENTS_SECRET_KEY=" + s, s);
      }),
      new Kind("iban", r -> Sample.bare(iban(r, "DE", 18))),
      new Kind("postman", r -> Sample.bare("PMAK-" + pick(r, HEX, 24) + "-" + pick(r, HEX, 34))),
      new Kind("planetscale", r -> Sample.bare("pscale_tkn_" + mixed(r, ALNUM, 43))),
      new Kind("flyio", r -> Sample.bare("fo1_" + mixed(r, URLSAFE, 43))),
      new Kind("netlify", r -> Sample.bare("nfp_" + mixed(r, ALNUM, 36))),
      new Kind("dockerhub", r -> Sample.bare("dckr_pat_" + mixed(r, URLSAFE, 27))),
      new Kind("generic-token", r -> {
        String s = mixed(r, ALNUM, 40);
        return new Sample("acme_api_token: \"" + s + "\"", s);
      }));

  /** Where an agent writes a secret. {@code %s} is the leak. */
  static final List<String> CONTEXTS = List.of(
      "Sure! Here is what you asked for:\n\n%s\n\nLet me know if you need anything else.",
      "const config = {\n  region: 'eu-west-1',\n  credential: `%s`,\n  retries: 3,\n};\n",
      "2024-05-01T10:22:13.512Z INFO worker-3 loaded value %s for upstream sync (attempt 2)",
      "{\"status\":\"ok\",\"data\":{\"value\":\"%s\",\"expires\":3600}}",
      "# settings.py\nDEBUG = False\nVALUE = '%s'\nALLOWED_HOSTS = ['*']\n",
      "I found this in the repository's README: %s - you should rotate it.",
      "export LEAK_VALUE=\"%s\"\n./run.sh --verbose");

  /** Encodings an exfiltrating agent uses; each maps the leak to its encoded form. */
  record Encoding(String name, Function<String, String> apply) {}

  static final List<Encoding> ENCODINGS = List.of(
      new Encoding("base64", s -> Base64.getEncoder().encodeToString(utf8(s))),
      new Encoding("base64url", s -> Base64.getUrlEncoder().withoutPadding().encodeToString(utf8(s))),
      new Encoding("base64-wrapped", s -> Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(utf8(s))),
      new Encoding("hex", s -> HexFormat.of().formatHex(utf8(s))),
      new Encoding("hex-escaped", s -> HexFormat.ofDelimiter("").withPrefix("\\x").formatHex(utf8(s))),
      new Encoding("hex-spaced", s -> HexFormat.ofDelimiter(" ").formatHex(utf8(s))),
      new Encoding("percent", FakeSecrets::percentAll),
      new Encoding("rot13", s -> Decoders.rot13(s, 0, s.length())),
      new Encoding("reversed", s -> new StringBuilder(s).reverse().toString()),
      new Encoding("unicode-escape", FakeSecrets::unicodeEscape),
      new Encoding("html-entities", FakeSecrets::htmlEntities),
      new Encoding("gzip-base64", s -> Base64.getEncoder().encodeToString(gzip(utf8(s)))),
      new Encoding("base32", s -> RegisteredSecrets.base32(utf8(s))),
      new Encoding("zero-width", FakeSecrets::zeroWidth),
      new Encoding("fullwidth", FakeSecrets::fullwidth),
      new Encoding("base64-of-hex", s -> Base64.getEncoder().encodeToString(utf8(HexFormat.of().formatHex(utf8(s))))));

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String percentAll(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : utf8(s)) {
      b.append('%').append(String.format("%02X", x & 0xff));
    }
    return b.toString();
  }

  static String unicodeEscape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(String.format("\\u%04x", (int) c));
    }
    return b.toString();
  }

  static String htmlEntities(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append("&#").append((int) c).append(';');
    }
    return b.toString();
  }

  static String zeroWidth(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      b.append(s.charAt(i));
      if (i % 3 == 1) {
        b.append('\u200b');
      }
    }
    return b.toString();
  }

  static String fullwidth(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c > 0x20 && c < 0x7f ? (char) (c - 0x21 + 0xFF01) : c);
    }
    return b.toString();
  }

  static byte[] gzip(byte[] in) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream z = new GZIPOutputStream(out)) {
        z.write(in);
      }
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Texts that look like secrets but are not; none may be flagged. */
  static List<String> hardNegatives(Random r) {
    List<String> out = new ArrayList<>(List.of(
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "Set api_key to YOUR_API_KEY before running the script.",
        "Authorization: Bearer <token>",
        "token: ${GITHUB_TOKEN}",
        "password: \"${DB_PASSWORD}\"",
        "api_key = os.environ[\"OPENAI_API_KEY\"]",
        "const token = process.env.GITHUB_TOKEN;",
        "password = getpass.getpass(\"Password: \")",
        "The password is required for this operation.",
        "Please enter your password and try again.",
        "Your password is incorrect.",
        "STRIPE_KEY=sk_live_your_key_here",
        "\"integrity\": \"sha512-v2kDEe57lecTulaDIuNTPy3Ry4gLGJ6Z1O3vE1krgXZNrsQ+susLxsBqfzYvj8mjMkxGOY9pL5nA3wpN53m8Fg==\"",
        "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx is the format of a GitHub token",
        "Use a key like sk-ant-api03-... from the console.",
        "data: image/png",
        "postgres://user:password@localhost:5432/mydb",
        "mysql://root:${MYSQL_ROOT_PASSWORD}@db/app",
        "git clone git@github.com:moltr/shield.git",
        "Contact support@example.com: we answer within 24 hours.",
        "The secret to good bread is patience and a hot oven.",
        "max_tokens = 4096  # token budget for the answer",
        "tokenizer = AutoTokenizer.from_pretrained(\"bert-base-uncased\")",
        "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----",
        "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----",
        "Test card for sandboxes: 4111 1111 1111 1111",
        "Call me at +49 30 123456789 tomorrow.",
        "Order 1234567890123 shipped on 2024-05-01.",
        "The quick brown fox jumps over the lazy dog while seven happy zebras dance around the old wooden barn near the river bank.",
        "We should abandon this approach, because the answer is about above average and ability matters more than luck in this game we play.",
        "secret_key_base = Rails.application.credentials.secret_key_base",
        "client_secret: <your-client-secret>",
        "export API_TOKEN=changeme",
        "\"access_token\": \"{{ access_token }}\"",
        "password=********",
        "Example from jwt.io: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
        "stripe.api_key = \"sk_test_4eC39HqLyjWDarjtT1zdp7dc\"  # Stripe docs test key",
        "{\"items\": [], \"next_page_token\": \"CiAKGjBpNDd2Nmp4ZzR3d2U5cGJ0OHFkZ3g3NnMQAQ\"}",
        "See https://docs.example.com/auth#tokens for details on token rotation.",
        "Use `curl -u user:$PASSWORD https://api.example.com` to authenticate.",
        "Your API key starts with sk- and is 51 characters long; never paste it here.",
        "| name | token |\n|------|-------|\n| ci   | ***   |",
        "const headers = { Authorization: `Bearer ${token}` };",
        "if token is None:\n    raise ValueError(\"missing token\")",
        "SECRET_KEY = get_random_secret_key()",
        "The IBAN format is two letters, two check digits and up to 30 characters.",
        "Seed phrases have 12 or 24 words; never share yours with anyone, not even support."));
    for (int i = 0; i < 30; i++) {
      out.add("sha256: " + pick(r, HEX, 64));
      out.add("commit " + pick(r, HEX, 40) + "\nAuthor: Jane <jane@corp.example>");
      out.add("md5sum " + pick(r, HEX, 32) + "  release.tar.gz");
      out.add("request_id=" + java.util.UUID.randomUUID() + " status=200 latency_ms=" + r.nextInt(900));
      out.add("Sent 0.5 ETH to 0x" + pick(r, HEX, 40) + " (tx 0x" + pick(r, HEX, 64) + ")");
      out.add("wallet address: 0x" + pick(r, HEX, 40));
      out.add("<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(randomBytes(r, 300)) + "\">");
      out.add("\"integrity\": \"sha512-" + Base64.getEncoder().encodeToString(randomBytes(r, 64)) + "\"");
      out.add("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + pick(r, ALNUM + "+/", 43) + " jane@laptop");
      out.add("The build " + pick(r, HEX, 12) + " passed " + r.nextInt(500) + " tests in " + r.nextInt(90) + "s.");
      out.add("checksum = \"" + pick(r, HEX, 64) + "\"");
      out.add("image: ghcr.io/acme/api@sha256:" + pick(r, HEX, 64));
      out.add("etag: \"" + pick(r, HEX, 32) + "\"");
      out.add("session_id: " + java.util.UUID.randomUUID());
    }
    return out;
  }

  static byte[] randomBytes(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }
}
