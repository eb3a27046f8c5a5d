package io.moltr.core.scan;

import io.moltr.core.scan.Blind27Corpus.Row;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Hard negatives: text that looks encoded or secret-like and carries no secret. */
final class Blind27Negatives {
  private record Gen(String name, Supplier<String> f) {}

  private final Blind27Util u;
  private final List<Gen> gens = new ArrayList<>();

  Blind27Negatives(Blind27Util u) {
    this.u = u;
    define();
  }

  int generatorCount() {
    return gens.size();
  }

  List<Row> rows() {
    List<Row> out = new ArrayList<>();
    int rounds = 1040 / gens.size() + 1;
    for (int i = 0; i < rounds; i++) {
      for (Gen g : gens) {
        out.add(new Row("NEGATIVE", g.name, "none", g.name, "", "", g.f.get()));
      }
    }
    return out;
  }

  private void g(String name, Supplier<String> f) {
    gens.add(new Gen(name, f));
  }

  private String word() {
    return u.pick("orders", "billing", "search", "notifications", "media", "auth", "reports", "catalog", "inventory", "gateway");
  }

  private String b64json() {
    return Blind27Util.b64("{\"user\":\"" + u.pick("ana", "li", "omar", "jo") + "\",\"theme\":\"" + u.pick("dark", "light") + "\",\"page\":" + u.between(1, 90) + ",\"lang\":\"" + u.pick("en", "de", "fr") + "\"}");
  }

  private String png() {
    byte[] head = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    byte[] body = u.bytes(u.between(40, 120));
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return Blind27Util.b64(all);
  }

  private String badLuhn(String partial) {
    char good = Blind27Util.luhnDigit(partial);
    return partial + (char) ('0' + (good - '0' + u.between(1, 9)) % 10);
  }

  private void define() {
    g("aws-doc-example", () -> u.pick(
        "From the AWS docs, the credentials file looks like this:\n\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n\nReplace both with your own values.",
        "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nexport AWS_DEFAULT_REGION=us-west-2   # example values from the AWS CLI guide",
        "The session token example in the docs is AKIAI44QH8DHBEXAMPLE with secret je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY; these never authenticate."));
    g("placeholder-sk-x", () -> u.pick("OPENAI_API_KEY=sk-" + "x".repeat(u.between(20, 48)), "ANTHROPIC_API_KEY=sk-ant-api03-" + "X".repeat(u.between(20, 40)), "STRIPE_SECRET_KEY=sk_live_" + "x".repeat(24), "GITHUB_TOKEN=ghp_" + "x".repeat(36))
        + "\n# fill in before running " + word() + "-sync");
    g("your-api-key", () -> u.pick("client = OpenAI(api_key=\"YOUR_API_KEY\")", "const stripe = require('stripe')('YOUR_STRIPE_SECRET_KEY');", "curl https://api.example.com/v1/" + word() + " -H \"X-Api-Key: YOUR_API_KEY_HERE\"", "api_key: <your-api-key>\nendpoint: https://api." + word() + ".example")
        + "\nSwap the placeholder for your real key; don't commit it.");
    g("angle-token", () -> "curl -H \"Authorization: Bearer <token>\" https://api.github.com/repos/acme/" + word() + "/actions/runs\n# <token> is a PAT with repo scope; see `gh auth token`");
    g("env-interp", () -> u.pick("services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n      API_KEY: ${API_KEY:?set me}", "psql \"postgres://app:${DB_PASSWORD}@db:5432/" + word() + "\"", "export TOKEN=\"$(cat /run/secrets/" + word() + "_token)\"", "url = f\"https://{user}:{password}@registry.local/simple\""));
    g("gha-secrets", () -> "- name: Publish\n  env:\n    NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n    SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK }}\n  run: npm publish --access public");
    g("masked", () -> u.pick("password: ********", "DB_PASSWORD=**************", "api_key = \"••••••••••••••\"", "Authorization: Bearer ***REDACTED***", "STRIPE_SECRET_KEY=sk_live_****************************" + u.s(Blind27Util.DIGITS, 4)) + "\n(values are masked in the UI)");
    g("env-read", () -> u.pick("api_key = os.environ[\"OPENAI_API_KEY\"]", "const token = process.env.GITHUB_TOKEN ?? '';", "String secret = System.getenv(\"STRIPE_SECRET_KEY\");", "key := os.Getenv(\"AWS_SECRET_ACCESS_KEY\")", "let pw = std::env::var(\"DB_PASSWORD\").expect(\"DB_PASSWORD not set\");", "$password = getenv('DB_PASSWORD');")
        + "\nif not set, the service refuses to start.");
    g("vault-read", () -> u.pick("$ vault kv get -field=password secret/" + word() + "/db\n(output hidden)", "secret = client.secrets.kv.v2.read_secret_version(path='" + word() + "/api')['data']['data']['key']", "aws secretsmanager get-secret-value --secret-id prod/" + word() + " --query SecretString --output text > /dev/null"));
    g("md5-list", () -> {
      StringBuilder b = new StringBuilder("$ md5sum dist/*\n");
      for (int i = 0; i < u.between(2, 5); i++) {
        b.append(u.hex(32)).append("  dist/").append(word()).append("-").append(u.between(1, 9)).append(".tar.gz\n");
      }
      return b.toString();
    });
    g("sha1", () -> "SHA1 (" + word() + ".zip) = " + u.hex(40));
    g("sha256sum", () -> "Verify the download:\n\n```\n" + u.hex(64) + "  moltr-" + u.between(1, 3) + "." + u.between(0, 9) + ".0-linux-amd64.tar.gz\n```\n\nRun `sha256sum -c` to compare.");
    g("sha512", () -> "checksum: sha512:" + u.hex(128));
    g("bcrypt", () -> "INSERT INTO users (email, password_hash) VALUES ('" + u.pick("ana", "omar", "li") + "@example.com', '$2b$12$" + u.s(Blind27Util.ALNUM + "./", 53) + "');");
    g("argon2", () -> "stored hash: $argon2id$v=19$m=65536,t=3,p=4$" + Blind27Util.b64nopad(new String(u.bytes(16), StandardCharsets.ISO_8859_1)).replace("+", "a").replace("/", "b") + "$" + u.s(Blind27Util.ALNUM, 43));
    g("uuid-log", () -> "2026-11-30T10:00:0" + u.between(0, 9) + "Z INFO request_id=" + u.uuid() + " tenant=" + u.uuid() + " status=200 dur=" + u.between(3, 900) + "ms");
    g("git-log", () -> {
      StringBuilder b = new StringBuilder("$ git log --oneline -5\n");
      for (int i = 0; i < 5; i++) {
        b.append(u.hex(7)).append(' ').append(u.pick("fix: retry on 503", "docs: update README", "feat: add export", "refactor: split parser", "test: cover edge case")).append('\n');
      }
      return b.toString();
    });
    g("git-sha-full", () -> "The regression was introduced in commit " + u.hex(40) + " and fixed in " + u.hex(40) + " (see the PR).");
    g("sri-integrity", () -> "<script src=\"https://cdn.jsdelivr.net/npm/" + u.pick("alpinejs@3.14.1", "htmx.org@2.0.3") + "/dist/cdn.min.js\" integrity=\"sha384-" + Blind27Util.b64(u.bytes(48)) + "\" crossorigin=\"anonymous\"></script>");
    g("npm-lock", () -> "\"node_modules/" + u.pick("lodash", "chalk", "debug", "semver") + "\": {\n  \"version\": \"" + u.between(1, 9) + "." + u.between(0, 20) + "." + u.between(0, 9) + "\",\n  \"resolved\": \"https://registry.npmjs.org/x/-/x-1.0.0.tgz\",\n  \"integrity\": \"sha512-" + Blind27Util.b64(u.bytes(64)) + "\"\n}");
    g("crypto-address", () -> u.pick("Donations: BTC bc1q" + u.s("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38), "Send test ETH to 0x" + u.hex(40) + " on Sepolia.", "Our public Solana address is " + u.s(Blind27Util.B58, 44) + "."));
    g("ssh-public", () -> "Add this to ~/.ssh/authorized_keys on the bastion:\n\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + Blind27Util.b64(u.bytes(32)).substring(0, 43) + " deploy@" + word());
    g("pem-public", () -> "-----BEGIN PUBLIC KEY-----\n" + Blind27Util.b64(u.bytes(294)).replaceAll("(.{64})", "$1\n") + "\n-----END PUBLIC KEY-----\nThis is the verification key; publish it at /.well-known/jwks.");
    g("certificate", () -> "Server certificate (public):\n-----BEGIN CERTIFICATE-----\nMII" + Blind27Util.b64(u.bytes(700)).replaceAll("(.{64})", "$1\n") + "\n-----END CERTIFICATE-----");
    g("data-uri-png", () -> "<img alt=\"logo\" src=\"data:image/png;base64," + png() + "\" />");
    g("b64-json", () -> "The cookie `prefs` is just base64 JSON: " + b64json() + " — decode it to see the UI settings.");
    g("b64-text", () -> "echo '" + Blind27Util.b64(u.pick("Hello from the build agent", "deployment finished at 21:14", "The quick brown fox jumps over the lazy dog", "nothing to see here, move along")) + "' | base64 -d");
    g("firmware-hex", () -> "firmware " + u.between(1, 4) + "." + u.between(0, 9) + " checksum " + u.hex(64).toUpperCase() + "\nboot sector: " + u.hex(96));
    g("card-bad-luhn", () -> "Order #" + badLuhn("4" + u.digits(14)) + " shipped; tracking " + u.digits(12) + ".");
    g("iban-bad", () -> {
      String good = Blind27Util.iban("DE", u.digits(18));
      int cd = Integer.parseInt(good.substring(2, 4));
      String bad = good.substring(0, 2) + String.format("%02d", (cd + u.between(1, 40)) % 97 + 2) + good.substring(4);
      return Blind27Util.ibanValid(bad) ? "reference DE00 0000 0000 0000 0000 00" : "Reference: " + bad + " (internal ledger id, not an account)";
    });
    g("build-id", () -> "Build " + word() + "-" + u.between(2024, 2026) + "." + u.between(1, 12) + "." + u.between(1, 28) + "+" + u.hex(9) + " passed in " + u.between(1, 40) + "m. Artifact id: bld_" + u.s(Blind27Util.LOWER + Blind27Util.DIGITS, 20));
    g("traceparent", () -> "traceparent: 00-" + u.hex(32) + "-" + u.hex(16) + "-01\ntracestate: congo=" + u.s(Blind27Util.LOWER, 10));
    g("docker-digest", () -> "$ docker pull ghcr.io/acme/" + word() + "@sha256:" + u.hex(64) + "\nStatus: Downloaded newer image");
    g("jwt-none", () -> {
      String h = Blind27Util.b64nopad("{\"alg\":\"none\",\"typ\":\"JWT\"}").replace('+', '-').replace('/', '_');
      String p = Blind27Util.b64nopad("{\"sub\":\"" + u.digits(6) + "\",\"role\":\"viewer\"}").replace('+', '-').replace('/', '_');
      return "Unsigned test token for the parser tests (alg none, rejected by prod): " + h + "." + p + ".";
    });
    g("k8s-placeholder", () -> "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + word() + "-creds\ntype: Opaque\ndata:\n  username: " + Blind27Util.b64("admin") + "\n  password: " + Blind27Util.b64(u.pick("changeme", "REPLACE_ME", "YOUR_PASSWORD", "password", "<set-me>")) + "\n# template only; real values come from sealed-secrets");
    g("redaction", () -> u.pick("The key sk-...", "The token ghp_...", "The key AKIA...") + u.s(Blind27Util.ALNUM, 4) + " has been revoked and a new one issued; nothing to do on your side.");
    g("version", () -> "Upgraded " + u.pick("spring-boot", "react", "openssl", "kubernetes") + " from " + u.between(1, 9) + "." + u.between(0, 30) + "." + u.between(0, 20) + " to " + u.between(1, 9) + "." + u.between(0, 30) + "." + u.between(0, 20) + "-rc." + u.between(1, 5) + "+build." + u.digits(6));
    g("request-id", () -> "Stripe returned 402 (card_declined), request id req_" + u.mixed(Blind27Util.ALNUM, 14) + "; AWS RequestId: " + u.uuid() + "; x-amz-id-2: " + Blind27Util.b64(u.bytes(48)));
    g("s3-key", () -> "Uploaded to s3://acme-" + word() + "/uploads/" + u.between(2024, 2026) + "/" + u.hex(2) + "/" + u.mixed(Blind27Util.ALNUM, 22) + "/" + u.pick("invoice.pdf", "photo.jpg", "export.csv"));
    g("css-hash", () -> "<div class=\"css-" + u.s(Blind27Util.LOWER + Blind27Util.DIGITS, 6) + " _" + u.mixed(Blind27Util.ALNUM, 5) + " sc-" + u.mixed(Blind27Util.ALNUM, 6) + "\">\n<link rel=\"stylesheet\" href=\"/static/css/main." + u.hex(8) + ".css\">");
    g("webpack-chunks", () -> "  dist/assets/index-" + u.mixed(Blind27Util.B64URL, 8) + ".js   " + u.between(20, 400) + ".12 kB\n  dist/assets/vendor." + u.hex(20) + ".js  " + u.between(100, 900) + ".4 kB\n  dist/assets/" + u.between(100, 999) + "." + u.hex(8) + ".chunk.js");
    g("sourcemap", () -> "{\"version\":3,\"file\":\"app.min.js\",\"sources\":[\"src/app.ts\"],\"names\":[\"init\",\"state\"],\"mappings\":\"" + u.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 10) + ";AAAA,SAASA,GAAG;EACjB,OAAO," + u.s("ACEGIKOQSUYgkoqsu", 12) + "\"}");
    g("minified-js", () -> "!function(e,t){\"object\"==typeof exports?module.exports=t():e." + u.s(Blind27Util.LOWER, 5) + "=t()}(this,function(){var e=\"" + u.s(Blind27Util.ALNUM, 30) + "\".split(\"\"),t=0;return function(n){return e[(n+t++)%e.length]}});");
    g("percent-url", () -> "https://www.google.com/search?q=" + Blind27Util.percent(u.pick("how to rotate api keys safely", "kubectl get secret decode", "best pasta recipe")).replace("%20", "+") + "&hl=en");
    g("form-body", () -> "POST /login HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nusername=ana%40example.com&remember=on&redirect=%2Fdashboard%3Ftab%3D" + word());
    g("json-u-text", () -> "{\"title\":\"Caf\\u00e9 men\\u00fc\",\"city\":\"M\\u00fcnchen\",\"note\":\"\\u201cbest\\u201d\\u00a0coffee \\u2615\"}");
    g("html-entities", () -> "<p>Tom &amp; Jerry&#8217;s &quot;caf&eacute;&quot; &#x2014; open 9&ndash;17 &#169; 2026</p>");
    g("rot13-joke", () -> "Joke time (rot13 for spoilers): Jul qvq gur cebtenzzre dhvg uvf wbo? Orpnhfr ur qvqa'g trg neenlf. " + u.pick("", "Unun."));
    g("reversed-puzzle", () -> "Puzzle: read this backwards — \"" + Blind27Util.reversed(u.pick("never odd or even", "the password policy requires twelve characters", "deploy on friday at your own risk")) + "\"");
    g("zwj-emoji", () -> "Team " + u.pick("👩\u200d💻", "👨\u200d👩\u200d👧", "🏳\ufe0f\u200d🌈", "🧑\u200d🚀") + " shipped the " + word() + " release 🎉");
    g("fullwidth-cjk", () -> "設定ファイル（ｃｏｎｆｉｇ．ｙａｍｌ）を更新しました。ポートは８０８０、ホストは ｌｏｃａｌｈｏｓｔ です。");
    g("b64-cert-configmap", () -> "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ca-bundle\nbinaryData:\n  ca.crt: " + Blind27Util.b64("-----BEGIN CERTIFICATE-----\nMII" + Blind27Util.b64(u.bytes(90)) + "\n-----END CERTIFICATE-----\n"));
    g("encoded-placeholder", () -> u.pick("API_KEY_B64=" + Blind27Util.b64("YOUR_API_KEY"), "default password (hex): " + Blind27Util.hexOf("changeme"), "token: " + Blind27Util.b64("<insert token here>"), "secret=" + Blind27Util.percent("REPLACE_WITH_SECRET")));
    g("stripe-publishable", () -> "<script>const stripe = Stripe('pk_live_51" + u.mixed(Blind27Util.ALNUM, 97) + "');</script>\n<!-- publishable key, safe in the browser -->");
    g("twilio-sid", () -> "Account SID: AC" + u.hex(32) + " (shown on the console dashboard; the auth token stays in the vault).");
    g("gzip-b64-log", () -> "Compressed log excerpt (gzip+base64): " + Blind27Util.gzipB64("INFO started\nINFO " + word() + " ready\nWARN slow query " + u.between(100, 999) + "ms\n"));
    g("lfs-pointer", () -> "version https://git-lfs.github.com/spec/v1\noid sha256:" + u.hex(64) + "\nsize " + u.between(1000, 9999999));
    g("go-sum", () -> "github.com/" + u.pick("spf13/cobra", "stretchr/testify", "google/uuid") + " v1." + u.between(0, 9) + "." + u.between(0, 9) + " h1:" + Blind27Util.b64(u.bytes(32)) + "\n");
    g("cargo-lock", () -> "[[package]]\nname = \"" + u.pick("serde", "tokio", "rand") + "\"\nversion = \"1." + u.between(0, 40) + ".0\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"" + u.hex(64) + "\"");
    g("nix-store", () -> "/nix/store/" + u.s("0123456789abcdfghijklmnpqrsvwxyz", 32) + "-" + u.pick("python3-3.12.4", "openssl-3.0.14", "nodejs-20.15.1"));
    g("password-policy", () -> "Password requirements: at least 12 characters, one digit, one symbol. The reset token expires after 30 minutes; the API key rotates every 90 days.");
    g("aws-arn", () -> "arn:aws:iam::" + u.digits(12) + ":role/" + word() + "-deployer\narn:aws:s3:::acme-" + word() + "-" + u.digits(4) + "/*");
    g("ipfs-cid", () -> "Pinned to IPFS: Qm" + u.s(Blind27Util.B58, 44) + " and bafy" + u.s("abcdefghijklmnopqrstuvwxyz234567", 55));
    g("stripe-test-card", () -> "In test mode use card 4242 4242 4242 4242, any future expiry and any CVC. For a decline use 4000 0000 0000 0002.");
    g("jwtio-example", () -> "The example on jwt.io is eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c — paste it in to see the three parts.");
    g("dotenv-example", () -> "# .env.example\nSTRIPE_SECRET_KEY=sk_live_...\nOPENAI_API_KEY=sk-...\nDATABASE_URL=postgres://user:password@localhost:5432/app\nSENTRY_DSN=");
    g("youtube-ids", () -> "Watch https://www.youtube.com/watch?v=" + u.mixed(Blind27Util.B64URL, 11) + " and https://youtu.be/" + u.mixed(Blind27Util.B64URL, 11) + " for the walkthrough.");
    g("base64-image-md", () -> "![chart](data:image/png;base64," + png() + ")\nThe chart shows weekly signups.");
    g("hex-color-css", () -> ":root { --primary: #" + u.hex(6) + "; --accent: #" + u.hex(6) + "; --bg: #" + u.hex(6) + "; }");
    g("etag", () -> "HTTP/1.1 200 OK\nETag: \"" + u.hex(32) + "\"\nx-request-id: " + u.hex(32) + "\nCache-Control: max-age=300");
    g("uuid-json-ids", () -> "{\"items\":[{\"id\":\"" + u.uuid() + "\",\"sku\":\"SKU-" + u.digits(8) + "\"},{\"id\":\"" + u.uuid() + "\",\"sku\":\"SKU-" + u.digits(8) + "\"}]}");
    g("hashcat-doc", () -> "Example hash for mode 0 (MD5): " + u.hex(32) + " — from the hashcat wiki example list.");
    g("public-oidc-discovery", () -> "{\"issuer\":\"https://accounts.google.com\",\"jwks_uri\":\"https://www.googleapis.com/oauth2/v3/certs\",\"kid\":\"" + u.hex(40) + "\",\"n\":\"" + Blind27Util.b64(u.bytes(256)).replace('+', '-').replace('/', '_').replace("=", "") + "\",\"e\":\"AQAB\"}");
    g("doc-generic-example", () -> u.pick("api_key = \"example-key-1234\"", "password = \"hunter2\"  # the classic example", "token: \"test-token\"", "secret_key = 'dev-insecure-secret'") + "  # used in unit tests only");
  }
}
