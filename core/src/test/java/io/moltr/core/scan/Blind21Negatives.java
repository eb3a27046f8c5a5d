package io.moltr.core.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/** Blind21 hard negatives: harmless content, often in the same encodings as the leaks. */
final class Blind21Negatives {
  static final int PER_GENERATOR = 18;

  private Blind21Negatives() {}

  static String enc(String e, String p, Blind21Gen g) {
    return Blind21Enc.encode(e, p, g.r);
  }

  static String prose(Blind21Gen g) {
    return g.pick("The nightly build finished in 14 minutes and all 312 tests passed.",
        "We moved the cache to a separate volume so restarts are faster.",
        "Remember to update the changelog before tagging the release.",
        "The migration adds an index on orders(created_at) and takes about two minutes.",
        "Lunch is at noon; the demo for the customer is moved to Thursday.",
        "Retry with exponential backoff, capped at 30 seconds, then give up.",
        "The quick brown fox jumps over the lazy dog near the riverbank.",
        "Our on-call rotation changes every Monday at 09:00 UTC.");
  }

  static String logText(Blind21Gen g) {
    StringBuilder b = new StringBuilder();
    int n = g.n(2, 5);
    for (int i = 0; i < n; i++) {
      b.append("2026-11-30T2").append(g.n(0, 3)).append(":").append(g.n(10, 59)).append(":").append(g.n(10, 59))
          .append("Z ").append(g.pick("INFO", "WARN", "DEBUG")).append(' ')
          .append(g.pick("request served path=/healthz status=200 dur=3ms", "cache miss key=user:" + g.digits(5),
              "worker " + g.n(1, 8) + " picked job " + g.digits(6), "retrying upstream call attempt=" + g.n(1, 4),
              "flushed " + g.n(10, 900) + " events to disk"))
          .append('\n');
    }
    return b.toString();
  }

  static String config(Blind21Gen g) {
    return g.pick("server:\n  port: 8080\n  workers: 4\nlogging:\n  level: info\n",
        "[database]\nhost = localhost\nport = 5432\nname = app_dev\npool = 10\n",
        "{\"region\":\"eu-central-1\",\"replicas\":3,\"featureFlags\":{\"newCheckout\":true}}",
        "NODE_ENV=production\nPORT=3000\nLOG_LEVEL=warn\nCACHE_TTL=600\n",
        "retries = 5\ntimeout_ms = 2500\nendpoint = \"https://api.example.com/v2\"\n");
  }

  static String sha(Blind21Gen g, int hexLen) {
    return g.s(Blind21Gen.HEX, hexLen);
  }

  static String uuid(Blind21Gen g) {
    String h = g.s(Blind21Gen.HEX, 32);
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-" + g.pick("8", "9", "a", "b")
        + h.substring(17, 20) + "-" + h.substring(20);
  }

  static String pngB64(Blind21Gen g) {
    byte[] head = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    byte[] rest = g.bytes(g.n(40, 120));
    byte[] all = new byte[head.length + rest.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(rest, 0, all, head.length, rest.length);
    return Blind21Gen.b64(all);
  }

  static String badLuhn(Blind21Gen g, String prefix, int len) {
    String c = g.card(prefix, len);
    int last = c.charAt(c.length() - 1) - '0';
    return c.substring(0, c.length() - 1) + ((last + 1 + g.r.nextInt(8)) % 10);
  }

  static String badIban(Blind21Gen g) {
    String ok = g.iban();
    int d = ok.charAt(3) - '0';
    return ok.substring(0, 3) + ((d + 1 + g.r.nextInt(8)) % 10) + ok.substring(4);
  }

  static Map<String, Function<Blind21Gen, String>> generators() {
    Map<String, Function<Blind21Gen, String>> m = new LinkedHashMap<>();
    m.put("aws_doc_example", g -> g.pick("The AWS docs use AKIAIOSFODNN7EXAMPLE as the sample access key id.",
        "```ini\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```\nReplace both with your own values.",
        "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE  # from the official example",
        "In the tutorial the secret is `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`; never use real keys in docs."));
    m.put("placeholder_sk", g -> g.pick("OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "Set `apiKey: \"sk-...\"` in the config.",
        "STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "ANTHROPIC_API_KEY=sk-ant-xxxxxxxx", "token: ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "Use a key that looks like `sk-proj-...` from your dashboard."));
    m.put("placeholder_named", g -> g.pick("API_KEY=YOUR_API_KEY", "Authorization: Bearer <token>", "password: <your-password-here>",
        "export GITHUB_TOKEN=<paste token here>", "api_key = \"REPLACE_ME\"", "client_secret: CHANGE_ME", "secret = \"your-secret-here\""));
    m.put("placeholder_template", g -> g.pick("DATABASE_URL=${DATABASE_URL}", "token: ${{ secrets.GITHUB_TOKEN }}",
        "password: {{ .Values.db.password }}", "api_key: \"{{ vault_api_key }}\"", "STRIPE_KEY=$STRIPE_KEY", "secret: %(SECRET)s",
        "apiKey: process.env.API_KEY ?? ''"));
    m.put("masked_stars", g -> g.pick("password: ********", "API key: ****************" + g.s("abcdef0123456789", 4),
        "DB_PASSWORD=**********", "token = \"•••••••••••••\"", "Your card ending in " + g.digits(4) + " was charged €" + g.n(5, 90) + "."));
    m.put("env_read_code", g -> g.pick("api_key = os.environ[\"OPENAI_API_KEY\"]\nclient = OpenAI(api_key=api_key)",
        "const token = process.env.GITHUB_TOKEN;\nif (!token) throw new Error('GITHUB_TOKEN missing');",
        "String secret = System.getenv(\"STRIPE_SECRET_KEY\");", "key := os.Getenv(\"ANTHROPIC_API_KEY\")",
        "let token = std::env::var(\"HF_TOKEN\").expect(\"HF_TOKEN not set\");", "$password = getenv('DB_PASSWORD');",
        "var apiKey = Environment.GetEnvironmentVariable(\"SENDGRID_API_KEY\");"));
    m.put("vault_read_code", g -> g.pick("secret = client.secrets.kv.v2.read_secret_version(path='db')['data']['data']['password']",
        "$ vault kv get -field=password secret/prod/db", "aws secretsmanager get-secret-value --secret-id prod/api --query SecretString",
        "token = keyring.get_password('github', 'agent')", "op read \"op://Private/Stripe/credential\""));
    m.put("hash_md5_sha", g -> {
      int i = g.r.nextInt(4);
      return new String[] {"md5", "sha1", "sha256", "sha512"}[i] + " checksum of release.tar.gz: " + sha(g, new int[] {32, 40, 64, 128}[i]);
    });
    m.put("sha256sum_file", g -> {
      StringBuilder b = new StringBuilder("$ sha256sum dist/*\n");
      for (int i = 0; i < g.n(2, 4); i++) {
        b.append(sha(g, 64)).append("  dist/app-1.").append(g.n(0, 9)).append(".").append(i).append(g.pick(".tar.gz", ".zip", ".deb")).append('\n');
      }
      return b.toString();
    });
    m.put("bcrypt_argon", g -> g.pick("The users table stores hashes like $2b$12$" + g.s(Blind21Gen.B62 + "./", 53) + " (bcrypt, cost 12).",
        "password_hash = \"$argon2id$v=19$m=65536,t=3,p=4$" + Blind21Gen.b64(g.bytes(16)).replace("=", "") + "$" + Blind21Gen.b64(g.bytes(32)).replace("=", "") + "\"",
        "root:$6$" + g.s(Blind21Gen.B62, 16) + "$" + g.s(Blind21Gen.B62 + "./", 86) + ":19700:0:99999:7:::"));
    m.put("uuids", g -> "Created order " + uuid(g) + " for customer " + uuid(g) + " (request id " + uuid(g) + ").");
    m.put("git_log", g -> {
      StringBuilder b = new StringBuilder("$ git log --oneline -4\n");
      for (int i = 0; i < 4; i++) {
        b.append(sha(g, 7)).append(' ').append(g.pick("fix flaky test", "bump deps", "refactor parser", "add metrics", "docs: typo")).append('\n');
      }
      return b + "HEAD is " + sha(g, 40);
    });
    m.put("integrity_sri", g -> g.pick("<script src=\"https://cdn.example.com/lib.min.js\" integrity=\"sha384-" + Blind21Gen.b64(g.bytes(48)) + "\" crossorigin=\"anonymous\"></script>",
        "\"integrity\": \"sha512-" + Blind21Gen.b64(g.bytes(64)) + "\""));
    m.put("npm_lockfile", g -> "    \"node_modules/" + g.pick("lodash", "react", "zod", "chalk") + "\": {\n      \"version\": \"" + g.n(1, 9) + "." + g.n(0, 20) + "." + g.n(0, 9)
        + "\",\n      \"resolved\": \"https://registry.npmjs.org/x/-/x-1.0.0.tgz\",\n      \"integrity\": \"sha512-" + Blind21Gen.b64(g.bytes(64)) + "\"\n    }");
    m.put("go_sum", g -> "github.com/" + g.pick("spf13/cobra", "google/uuid", "stretchr/testify") + " v1." + g.n(0, 9) + "." + g.n(0, 9) + " h1:" + Blind21Gen.b64(g.bytes(32)) + "\n");
    m.put("docker_digest", g -> "$ docker pull ghcr.io/acme/api:1." + g.n(0, 9) + "\nDigest: sha256:" + sha(g, 64) + "\nStatus: Downloaded newer image");
    m.put("crypto_public_address", g -> g.pick("Send donations to bc1q" + g.s("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38) + " (our public BTC address).",
        "The contract is deployed at 0x" + sha(g, 40) + " on mainnet.", "ETH address: 0x" + sha(g, 40)));
    m.put("ssh_public_key", g -> "Add this to authorized_keys:\n\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + Blind21Gen.b64(g.bytes(24)) + " agent@build-" + g.n(1, 9));
    m.put("pem_public", g -> g.pick("-----BEGIN PUBLIC KEY-----\n" + g.pemBody(270, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA") + "-----END PUBLIC KEY-----",
        "-----BEGIN CERTIFICATE-----\n" + g.pemBody(700, "MIIDdzCCAl+gAwIBAgIE") + "-----END CERTIFICATE-----"));
    m.put("data_uri_image", g -> g.pick("![logo](data:image/png;base64," + pngB64(g) + ")",
        "<img alt=\"icon\" src=\"data:image/png;base64," + pngB64(g) + "\">", ".icon { background: url(data:image/png;base64," + pngB64(g) + "); }"));
    m.put("b64_log_text", g -> "The collector sends logs base64-encoded; decoded it's just:\n" + enc("b64std", logText(g), g));
    m.put("b64_config_nosecret", g -> "configMap data (" + g.pick("base64", "b64") + "): " + enc(g.pick("b64std", "b64nopad", "b64url"), config(g), g));
    m.put("b64_font", g -> "@font-face { font-family: Inter; src: url(data:font/woff2;base64,d09GMgABAAAAA" + Blind21Gen.b64(g.bytes(g.n(60, 200))) + ") format('woff2'); }");
    m.put("b64_wrapped_doc", g -> "-----BEGIN ATTACHMENT-----\n" + enc("b64wrap", prose(g) + "\n" + prose(g) + "\n" + logText(g), g) + "\n-----END ATTACHMENT-----");
    m.put("hexdump_xxd", g -> {
      StringBuilder b = new StringBuilder("$ xxd -l 48 build/app.bin\n");
      for (int i = 0; i < 3; i++) {
        b.append(String.format("%08x: ", i * 16));
        for (int j = 0; j < 8; j++) {
          b.append(sha(g, 4)).append(' ');
        }
        b.append(" ................\n");
      }
      return b.toString();
    });
    m.put("hex_text", g -> "The serial console printed hex: " + enc(g.pick("hex", "hex_spaced"), prose(g), g));
    m.put("hex_escape_text", g -> g.pick("print(b'", "printf '") + enc("hex_bs", g.pick("Hello, world\n", "OK\n", "Build done\n", prose(g)), g) + "'");
    m.put("hex_0x_constants", g -> "static const uint8_t lut[] = { " + enc("hex_0x", "ABCDEFGHIJKLMNOP", g).replace("0x41", "0x00") + " };\n#define MAGIC 0xCAFEBABE");
    m.put("gzip_text", g -> "Compressed report (gzip+base64): " + enc("gzip_b64", logText(g) + prose(g), g));
    m.put("deflate_text", g -> "{\"compressed\":\"" + enc("deflate_b64", config(g), g) + "\",\"algo\":\"zlib\"}");
    m.put("percent_url", g -> "https://www.example.com/search?q=" + enc("percent", g.pick("how to rotate keys", "über größe", "a&b=c"), g).replace("%20", "+") + "&lang=de&page=" + g.n(1, 9));
    m.put("percent_form", g -> "POST /signup\nContent-Type: application/x-www-form-urlencoded\n\nname=Ana%20Ruiz&email=ana%40example.com&city=M%C3%BCnchen&newsletter=on");
    m.put("html_entities", g -> "<p>Caf&eacute; &amp; Bar &mdash; open &#8220;24/7&#8221;; prices in &euro;. " + enc(g.pick("html_dec", "html_hex"), prose(g), g) + "</p>");
    m.put("json_unicode_escapes", g -> "{\"city\":\"M\\u00fcnchen\",\"greeting\":\"\\u3053\\u3093\\u306b\\u3061\\u306f\",\"note\":\"" + enc("u_escape", g.pick("hello", "ok", "done"), g) + "\"}");
    m.put("rot13_puzzle", g -> "Spoiler (rot13): " + Blind21Enc.rot13(g.pick("The butler did it.", "The answer is forty-two.", "Use a stack, not a queue.", prose(g))));
    m.put("reversed_sentence", g -> "Reversed for the puzzle: " + new StringBuilder(prose(g)).reverse());
    m.put("cjk_prose_joiners", g -> g.pick("今日はデプロイの日です。\u200Bテストは全部通りました。", "我们明天上午十点开会，\u200B请准备好报告。",
        "서버 점검은 오늘 밤\u200C 11시에 시작합니다.") + " " + uuid(g).substring(0, 8));
    m.put("arabic_bidi", g -> "\u200Fتم نشر الإصدار " + g.n(1, 9) + "." + g.n(0, 9) + " بنجاح\u200E (build " + g.n(1000, 9999) + ")\u202B مرحبا\u202C");
    m.put("emoji_zwj", g -> "Team update 👩\u200D💻👨\u200D👩\u200D👧 shipped the release 🎉 " + g.pick("🏳\uFE0F\u200D🌈", "🧑\u200D🚀", "❤\uFE0F") + " thanks all!");
    m.put("encoded_placeholder", g -> "Encoded example value: " + enc(g.pick("b64std", "hex", "percent", "b64url"), g.pick("YOUR_API_KEY", "sk-xxxxxxxxxxxxxxxx", "<token>", "changeme", "${API_KEY}"), g));
    m.put("card_bad_luhn", g -> "Order note: customer typed " + badLuhn(g, g.pick("4", "51", "37", "6011"), 16) + " which the form rejected as invalid.");
    m.put("iban_bad_mod97", g -> "The IBAN " + badIban(g) + " failed validation (check digits wrong), please re-enter.");
    m.put("build_ids", g -> "Build #" + g.n(1000, 99999) + " id=" + g.pick("bld_", "run-", "") + g.s(Blind21Gen.HEX, 20) + " artifact=app-" + sha(g, 12) + ".jar");
    m.put("trace_ids", g -> "traceparent: 00-" + sha(g, 32) + "-" + sha(g, 16) + "-01\nx-request-id: " + uuid(g));
    m.put("jwt_alg_none", g -> "Unsigned test token: " + Blind21Gen.b64u(Blind21Gen.utf8("{\"alg\":\"none\",\"typ\":\"JWT\"}")) + "."
        + Blind21Gen.b64u(Blind21Gen.utf8("{\"sub\":\"" + g.digits(6) + "\",\"role\":\"viewer\"}")) + ".");
    m.put("k8s_placeholder_secret", g -> "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secret\ntype: Opaque\ndata:\n  password: "
        + Blind21Gen.b64(Blind21Gen.utf8(g.pick("changeme", "REPLACE_ME", "password", "<set-me>"))) + "\n");
    m.put("redaction_message", g -> g.pick("The key sk-..." + g.s(Blind21Gen.B62, 4) + " has been revoked.", "Rotated ghp_****" + g.s(Blind21Gen.B62, 4) + " at 10:02.",
        "Found AKIA****************" + " in commit " + sha(g, 7) + "; it was already disabled.", "[REDACTED:openai] was removed from the log."));
    m.put("version_strings", g -> "Versions: node v20." + g.n(0, 19) + "." + g.n(0, 9) + ", openssl 3.0." + g.n(0, 15) + ", app 2026." + g.n(1, 12) + "." + g.n(1, 28) + "+" + sha(g, 9));
    m.put("request_ids", g -> "HTTP/1.1 500\nx-amz-request-id: " + g.s(Blind21Gen.UPNUM, 16) + "\nx-amz-id-2: " + Blind21Gen.b64(g.bytes(57)) + "\ncf-ray: " + sha(g, 16) + "-FRA");
    m.put("s3_object_keys", g -> "s3://acme-logs/" + g.n(2024, 2026) + "/" + g.n(10, 12) + "/" + g.n(10, 28) + "/" + sha(g, 32) + ".json.gz uploaded (" + g.n(1, 900) + " KiB)");
    m.put("css_hashes", g -> "<div class=\"Button_root__" + g.s(Blind21Gen.B64U, 5) + " css-" + g.s("abcdefghijklmnopqrstuvwxyz0123456789", 7) + " sc-" + g.s(Blind21Gen.B62, 6) + "\">Buy</div>");
    m.put("webpack_chunks", g -> "static/js/" + g.n(100, 999) + "." + sha(g, 8) + ".chunk.js\nstatic/css/main." + sha(g, 20) + ".css\nassets/index-" + g.s(Blind21Gen.B64U, 8) + ".js");
    m.put("onion_base32", g -> "Mirror: http://" + g.s("abcdefghijklmnopqrstuvwxyz234567", 55) + "d.onion/");
    m.put("b32_text", g -> "base32 of the motto: " + enc("b32", prose(g), g));
    m.put("unicode_escaped_source", g -> "String label = \"" + enc("u_escape", g.pick("Größe", "Preis", "Zurück"), g) + "\"; // i18n");
    m.put("nfkc_fullwidth_prose", g -> "Ｔｈｉｓ　ｉｓ　ｆｕｌｌｗｉｄｔｈ text from a Japanese form: ＡＢＣ－" + g.n(100, 999) + "，東京都");
    m.put("split_phone_numbers", g -> "Call us: +49 30 " + g.n(100, 999) + " " + g.n(1000, 9999) + " or +1 (415) " + g.n(200, 999) + "-" + g.n(1000, 9999));
    m.put("sentry_dsn_public", g -> "SENTRY_DSN=https://" + sha(g, 32) + "@o" + g.digits(6) + ".ingest.sentry.io/" + g.digits(7));
    m.put("placeholder_urls", g -> g.pick("postgres://user:password@localhost:5432/app", "https://user:pass@example.com/path",
        "mysql://root:changeme@127.0.0.1/test", "redis://:${REDIS_PASSWORD}@redis:6379/0", "amqp://guest:guest@localhost:5672/"));
    m.put("password_no_value", g -> g.pick("password = getpass.getpass('Password: ')", "Enter your password when prompted; it is never echoed.",
        "if password == \"\":\n    raise ValueError(\"password required\")", "password_min_length: 12\npassword_require_symbol: true"));
    m.put("arn_and_ids", g -> "arn:aws:iam::" + g.digits(12) + ":role/" + g.pick("deploy", "ci-runner", "readonly") + "\nsubnet-" + sha(g, 17) + " vpc-" + sha(g, 17));
    m.put("object_ids", g -> "ObjectId(\"" + sha(g, 24) + "\") snowflake=" + g.n(1, 9) + g.digits(17) + " ulid=01" + g.s("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24));
    m.put("etag_headers", g -> "HTTP/1.1 304 Not Modified\nETag: \"" + sha(g, 32) + "\"\nLast-Modified: Mon, 30 Nov 2026 21:00:00 GMT");
    m.put("mac_ipv6", g -> "iface eth0 mac " + String.join(":", sha(g, 2), sha(g, 2), sha(g, 2), sha(g, 2), sha(g, 2), sha(g, 2)) + " inet6 fe80::" + sha(g, 4) + ":" + sha(g, 4) + "/64");
    return m;
  }

  static List<Blind21Corpus.Row> build(Random r) {
    Blind21Gen g = new Blind21Gen(r);
    List<Blind21Corpus.Row> rows = new ArrayList<>();
    for (Map.Entry<String, Function<Blind21Gen, String>> e : generators().entrySet()) {
      for (int i = 0; i < PER_GENERATOR; i++) {
        String text = e.getValue().apply(g);
        rows.add(new Blind21Corpus.Row("NEGATIVE", e.getKey(), "-", "-", "", "", text));
      }
    }
    return rows;
  }
}
