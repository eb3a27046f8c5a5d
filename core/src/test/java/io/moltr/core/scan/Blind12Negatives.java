package io.moltr.core.scan;

import static io.moltr.core.scan.Blind12Util.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/** Hard negatives: text that looks like a credential or personal number and is not one. */
final class Blind12Negatives {
  private Blind12Negatives() {}

  static final Map<String, Function<Random, String>> ALL = new LinkedHashMap<>();

  static String uuid(Random r) {
    return UUID.nameUUIDFromBytes(bytes(r, 16)).toString();
  }

  static String project(Random r) {
    return oneOf(r, "billing", "orders", "search", "gateway", "ingest", "frontend", "worker", "notifier");
  }

  static {
    ALL.put("aws-doc-example", r -> oneOf(r,
        "The AWS docs use AKIAIOSFODNN7EXAMPLE as the access key ID and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY as the secret in every example.",
        "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n# replace with your own keys",
        "$ aws configure\nAWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nDefault region name [None]: us-west-2",
        "Example from the IAM guide: `AKIAI44QH8DHBEXAMPLE` with secret `je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY`."));
    ALL.put("placeholder-sk", r -> oneOf(r, "OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "Set your key: `export OPENAI_API_KEY=\"sk-...\"` and run the script again.",
        "ANTHROPIC_API_KEY=sk-ant-api03-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
        "stripe.api_key = \"sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\"  # put the real key in .env",
        "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "HF_TOKEN=hf_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
        "GROQ_API_KEY=gsk_************************************************"));
    ALL.put("placeholder-words", r -> {
      String name = oneOf(r, "API_KEY", "SECRET_KEY", "ACCESS_TOKEN", "DB_PASSWORD", "CLIENT_SECRET", "AUTH_TOKEN");
      return oneOf(r, name + "=YOUR_API_KEY", name + "=<token>", name + "=<your-secret-here>", name + "=changeme-in-production-not-a-real-value",
          name + "=\"REPLACE_ME\"", name + ": \"<insert " + name.toLowerCase() + ">\"", name + "=your_" + name.toLowerCase() + "_here",
          name + "=TODO", "password: \"********\"", name + "=[REDACTED]");
    });
    ALL.put("template-variable", r -> {
      String name = oneOf(r, "OPENAI_API_KEY", "DATABASE_PASSWORD", "GITHUB_TOKEN", "STRIPE_SECRET_KEY", "SLACK_BOT_TOKEN");
      return oneOf(r, name + "=${" + name + "}", "token: ${{ secrets." + name + " }}", "api_key: \"{{ .Values." + name.toLowerCase() + " }}\"",
          "password = \"${var." + name.toLowerCase() + "}\"", "env:\n  " + name + ": ${{ secrets." + name + " }}\n",
          "DATABASE_URL=postgres://app:${DB_PASSWORD}@db.internal:5432/app", "Authorization: Bearer $" + name,
          "api_key = \"%(" + name.toLowerCase() + ")s\"", "secret: {{ lookup('env', '" + name + "') }}");
    });
    ALL.put("env-read", r -> {
      String name = oneOf(r, "OPENAI_API_KEY", "AWS_SECRET_ACCESS_KEY", "GITHUB_TOKEN", "DB_PASSWORD", "ANTHROPIC_API_KEY", "SENTRY_DSN");
      return oneOf(r, "api_key = os.environ[\"" + name + "\"]", "const key = process.env." + name + ";",
          "String key = System.getenv(\"" + name + "\");", "key := os.Getenv(\"" + name + "\")",
          "token = ENV.fetch(\"" + name + "\")", "let key = std::env::var(\"" + name + "\")?;", "$key = $env:" + name,
          "password = os.getenv('" + name + "', '')", "client = OpenAI(api_key=os.environ.get(\"" + name + "\"))");
    });
    ALL.put("sha256-hash", r -> oneOf(r, hex(r, 64) + "  dist/app-" + r.nextInt(9) + ".2.0.tar.gz",
        "SHA256 (release.zip) = " + hex(r, 64), "checksum: sha256:" + hex(r, 64), "The file's SHA-256 is " + hex(r, 64) + "."));
    ALL.put("md5-sha1-hash", r -> oneOf(r, hex(r, 32) + "  backup.sql", "ETag: \"" + hex(r, 32) + "\"",
        "sha1sum: " + hex(r, 40) + "  vendor.tar", "md5: " + hex(r, 32)));
    ALL.put("npm-lockfile", r -> "    \"node_modules/" + oneOf(r, "lodash", "react", "express", "chalk", "zod") + "\": {\n      \"version\": \"4."
        + r.nextInt(20) + ".1\",\n      \"resolved\": \"https://registry.npmjs.org/x/-/x-4.1.0.tgz\",\n      \"integrity\": \"sha512-"
        + b64(bytes(r, 64)) + "\"\n    },");
    ALL.put("other-lockfiles", r -> oneOf(r,
        "[[package]]\nname = \"serde\"\nversion = \"1.0." + r.nextInt(200) + "\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"" + hex(r, 64) + "\"",
        "github.com/stretchr/testify v1.9.0 h1:" + b64(bytes(r, 32)) + "\ngithub.com/stretchr/testify v1.9.0/go.mod h1:" + b64(bytes(r, 32)),
        "requests==2.32.3 \\\n    --hash=sha256:" + hex(r, 64) + " \\\n    --hash=sha256:" + hex(r, 64),
        "yaml@^2.3.4:\n  version \"2.3.4\"\n  resolved \"https://registry.yarnpkg.com/yaml/-/yaml-2.3.4.tgz#" + hex(r, 40) + "\"\n  integrity sha512-" + b64(bytes(r, 64))));
    ALL.put("git-sha", r -> oneOf(r, "commit " + hex(r, 40) + "\nAuthor: Dana Lee <dana@example.org>\nDate:   Mon Nov 30 10:12:44 2026 +0000\n\n    Fix retry loop",
        hex(r, 7) + " Fix flaky test\n" + hex(r, 7) + " Bump deps\n" + hex(r, 7) + " Initial commit",
        "index " + hex(r, 7) + ".." + hex(r, 7) + " 100644", "Merged in " + hex(r, 40) + " (origin/main).",
        "uses: actions/checkout@" + hex(r, 40) + " # v4.2.2"));
    ALL.put("uuid-ids", r -> oneOf(r, "request_id=" + uuid(r) + " status=200 duration=31ms", "{\"id\":\"" + uuid(r) + "\",\"object\":\"invoice\"}",
        "X-Request-Id: " + uuid(r), "Created tenant " + uuid(r) + " for workspace " + uuid(r) + ".", "trace_id=" + hex(r, 32) + " span_id=" + hex(r, 16)));
    ALL.put("sri-integrity", r -> "<script src=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js\" integrity=\"sha384-"
        + b64(bytes(r, 48)) + "\" crossorigin=\"anonymous\"></script>");
    ALL.put("crypto-addresses", r -> {
      byte[] h = bytes(r, 20);
      byte[] p = new byte[21];
      System.arraycopy(h, 0, p, 1, 20);
      return oneOf(r, "Send the refund to 0x" + hex(r, 40) + " on mainnet.", "BTC donation address: " + base58check(p),
          "Deposit address: bc1q" + pick(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38), "Solana wallet: " + base58(bytes(r, 32)));
    });
    ALL.put("data-uri-image", r -> oneOf(r, "<img alt=\"logo\" src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA" + b64(bytes(r, 120)) + "\">",
        "background-image: url(data:image/gif;base64,R0lGODlhAQABAIAAAP" + b64(bytes(r, 60)) + ");",
        "![chart](data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ" + b64(bytes(r, 150)) + ")",
        "{\"image\":\"data:image/webp;base64,UklGR" + b64(bytes(r, 90)) + "\"}"));
    ALL.put("ssh-public-key", r -> oneOf(r, "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + pick(r, B64, 43) + " dana@laptop",
        "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + pick(r, B64, 500) + " deploy@ci",
        "github.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB" + pick(r, B64, 90) + "="));
    ALL.put("pem-public", r -> oneOf(r, pem(r, "PUBLIC KEY", 294, null), pem(r, "CERTIFICATE", 900, null),
        "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBG" + grouped(b64(bytes(r, 400)), 64, "\n") + "\n-----END PGP PUBLIC KEY BLOCK-----"));
    ALL.put("age-public", r -> "recipients:\n  - age1" + pick(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58) + "\n# encrypt with: sops --age <recipient>");
    ALL.put("redacted", r -> oneOf(r, "OPENAI_API_KEY=sk-proj-****" + alnum(r, 4), "token: ghp_************************" + alnum(r, 4),
        "AWS_SECRET_ACCESS_KEY=****************************************", "card ending in " + digits(r, 4) + " (Visa)",
        "The key starts with sk-ant- and ends with ...x" + alnum(r, 3) + "; I won't print the rest.", "password: [REDACTED]",
        "IBAN: DE** **** **** **** **" + digits(r, 2) + " " + digits(r, 2), "Authorization: Bearer <redacted>"));
    ALL.put("fake-test-fixture", r -> oneOf(r, "def test_rejects_bad_key():\n    assert not validate(\"sk-test-not-a-real-key\")",
        "const FAKE_TOKEN = 'fake-token-for-tests';", "@Test void parses() { var k = ApiKey.parse(\"dummy_key_123\"); }",
        "fixtures:\n  api_key: test-api-key\n  password: password123-for-unit-tests",
        "it('masks tokens', () => expect(mask('abc')).toBe('***'))",
        "SLACK_TOKEN=xoxb-not-a-real-token-this-will-not-work"));
    ALL.put("stripe-public-ids", r -> oneOf(r, "Publishable key for the checkout page: pk_live_" + alnum(r, 24),
        "{\"id\":\"cus_" + alnum(r, 14) + "\",\"object\":\"customer\",\"default_source\":\"card_" + alnum(r, 24) + "\"}",
        "payment_intent pi_" + alnum(r, 24) + " succeeded (ch_" + alnum(r, 24) + ")", "Webhook endpoint we_" + alnum(r, 24) + " is enabled."));
    ALL.put("llm-object-ids", r -> oneOf(r, "{\"id\":\"chatcmpl-" + alnum(r, 29) + "\",\"object\":\"chat.completion\"}",
        "{\"id\":\"msg_01" + alnum(r, 22) + "\",\"type\":\"message\",\"role\":\"assistant\"}",
        "Uploaded file-" + alnum(r, 24) + " to assistant asst_" + alnum(r, 24), "tool_use id toolu_01" + alnum(r, 22),
        "run_" + alnum(r, 24) + " on thread_" + alnum(r, 24) + " completed"));
    ALL.put("docker-digest", r -> oneOf(r, "FROM node:20-alpine@sha256:" + hex(r, 64), "image: ghcr.io/acme/api@sha256:" + hex(r, 64),
        "Digest: sha256:" + hex(r, 64) + "\nStatus: Downloaded newer image"));
    ALL.put("cloud-resource-ids", r -> oneOf(r, "arn:aws:iam::" + digits(r, 12) + ":role/" + project(r) + "-deployer",
        "subscriptions/" + uuid(r) + "/resourceGroups/rg-" + project(r), "projects/" + project(r) + "-" + digits(r, 6) + "/locations/us-central1",
        "i-0" + hex(r, 16) + " running t3.medium", "vpc-0" + hex(r, 16) + " subnet-0" + hex(r, 16)));
    ALL.put("sentry-public-dsn-less", r -> "Sentry issue " + pick(r, UPPER, 4) + "-" + digits(r, 3) + " https://" + project(r)
        + ".sentry.io/issues/" + digits(r, 10) + "/?project=" + digits(r, 7));
    ALL.put("urls-without-password", r -> oneOf(r, "git clone git@github.com:acme/" + project(r) + ".git",
        "https://user@bitbucket.org/acme/" + project(r) + ".git", "postgres://localhost:5432/" + project(r),
        "redis://cache.internal:6379/0", "https://api.example.com/v1/items?page=2&per_page=50&sort=created",
        "mongodb://db1.internal:27017,db2.internal:27017/app?replicaSet=rs0"));
    ALL.put("unsigned-jwt", r -> "The token header and claims decode to: " + b64urlNoPad("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "."
        + b64urlNoPad("{\"sub\":\"" + digits(r, 6) + "\",\"role\":\"viewer\"}") + ". (alg none, no signature)");
    ALL.put("jwt-io-example", r -> "From jwt.io: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");
    ALL.put("luhn-failing-numbers", r -> {
      String n;
      do {
        n = "4" + digits(r, 15);
      } while (luhnValid(n));
      return oneOf(r, "Order number " + n + " shipped.", "tracking: " + grouped(n, 4, " "), "Reference " + n + " (not a card)");
    });
    ALL.put("test-card-numbers", r -> oneOf(r, "Use the test card 4242 4242 4242 4242 with any future date and any CVC.",
        "Stripe test cards: 4000 0566 5566 5556 (Visa debit), 5555 5555 5555 4444 (Mastercard).",
        "In sandbox mode enter 4111 1111 1111 1111, expiry 12/34, CVV 123."));
    ALL.put("bad-iban", r -> {
      String good = iban("DE", digits(r, 18));
      int check = Integer.parseInt(good.substring(2, 4));
      String bad = good.substring(0, 2) + String.format("%02d", check == 97 ? 2 : check + 1) + good.substring(4);
      return oneOf(r, "IBAN " + bad + " failed validation (check digits wrong).", "Account ref: " + grouped(bad, 4, " ") + " — rejected by the bank");
    });
    ALL.put("phone-and-numbers", r -> oneOf(r, "Call +49 30 " + digits(r, 8) + " or +1 (415) " + digits(r, 3) + "-" + digits(r, 4),
        "epoch_ms=" + (1760000000000L + r.nextInt(1000000000)), "Invoice INV-" + digits(r, 10) + " total 1,284.50 EUR",
        "ISBN 978-3-16-148410-0; order " + digits(r, 12), "Timestamp 2026-11-30 14:02:11.482913"));
    ALL.put("bip39-words-prose", r -> oneOf(r,
        "The garden project will need a budget, a simple plan, and enough water for every plant before the summer.",
        "Wordlist check: " + bip39Invalid(r, 12) + " (this checksum fails; not a wallet)",
        "She said the movie was about a brave child, a lonely island and an old machine that could talk.",
        "abandon ability able about above absent absorb abstract absurd abuse access accident — the first 12 words of the BIP39 list"));
    ALL.put("ids-high-entropy", r -> oneOf(r, "ObjectId(\"" + hex(r, 24) + "\")", "Cloudinary public_id: samples/" + alnum(r, 20),
        "session_id (opaque, non-secret correlation id) cid-" + hex(r, 16), "S3 version id: " + b64url(r, 32) + " for key reports/2026/11.csv",
        "nonce=" + hex(r, 16) + "; build " + digits(r, 5), "Slack channel C0" + pick(r, UPPER + DIGITS, 9) + ", user U0" + pick(r, UPPER + DIGITS, 9)));
    ALL.put("secret-names-only", r -> oneOf(r, "Add OPENAI_API_KEY as a repository secret under Settings → Secrets and variables → Actions.",
        "The GITHUB_TOKEN is created automatically for each workflow run and expires when the job finishes.",
        "Rotate the Stripe secret key from the dashboard, then update STRIPE_SECRET_KEY in Vercel.",
        "Your API key is stored in ~/.config/acme/credentials; run `acme auth status` to check it.",
        "Never commit .env files; use a secret manager such as Vault or Doppler."));
    ALL.put("config-non-secret", r -> oneOf(r, "max_tokens: 4096\ntemperature: 0.2\ntoken_limit: 128000",
        "password_min_length = 12\npassword_require_symbol = true\nsession_timeout = 3600",
        "api_key_header: X-API-Key\ntoken_endpoint: https://auth.example.com/oauth/token",
        "secret_name: prod/db/credentials\nkms_key_id: alias/app-" + project(r), "auth:\n  type: oauth2\n  token_url: https://login.example.com/token\n  scopes: [read]"));
    ALL.put("k8s-configmap", r -> "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + project(r) + "-config\ndata:\n  LOG_LEVEL: info\n"
        + "  FEATURE_FLAGS: \"search,export\"\n  CACHE_TTL: \"300\"\n");
    ALL.put("k8s-secret-ref", r -> "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: " + project(r)
        + "-db\n        key: password\n");
    ALL.put("base64-plain-text", r -> oneOf(r, "echo " + b64("Hello from the " + project(r) + " service, build " + digits(r, 4)) + " | base64 -d",
        "{\"payload\":\"" + b64("{\"event\":\"signup\",\"plan\":\"pro\",\"seats\":" + r.nextInt(50) + "}") + "\"}",
        "GitHub node id: " + b64("04:User" + digits(r, 7)), "cursor=" + b64urlNoPad("{\"offset\":" + r.nextInt(10000) + ",\"limit\":50}")));
    ALL.put("hex-dump", r -> {
      StringBuilder sb = new StringBuilder("$ xxd -l 48 image.png\n");
      for (int i = 0; i < 3; i++) {
        sb.append(String.format("%08x: ", i * 16)).append(grouped(hex(r, 32), 4, " ")).append("  ................\n");
      }
      return sb.toString();
    });
    ALL.put("password-hashes", r -> oneOf(r, "admin:$2b$12$" + pick(r, B64.replace('+', '.'), 53) + ":19000:0:99999:7:::",
        "argon2 hash stored: $argon2id$v=19$m=65536,t=3,p=4$" + b64urlNoPad(bytes(r, 16)) + "$" + b64urlNoPad(bytes(r, 32)),
        "pbkdf2_sha256$600000$" + alnum(r, 22) + "$" + b64(bytes(r, 32))));
    ALL.put("css-colors-versions", r -> oneOf(r, "color: #" + hex(r, 6) + "; background: #" + hex(r, 6) + ";",
        "Bumped 14 packages: react 18.3.1 → 19.0.0, vite 5.4.2 → 6.0.1", "Chrome/131.0.6778.86 Safari/537.36"));
    ALL.put("ssn-like-invalid", r -> oneOf(r, "SSN: 000-" + String.format("%02d", 1 + r.nextInt(98)) + "-" + digits(r, 4) + " is not issued",
        "Example SSN from the form instructions: 123-45-6789", "Part number 666-" + digits(r, 2) + "-" + digits(r, 4),
        "Date range 2026-11-30 to 2026-12-14"));
    ALL.put("long-random-public", r -> oneOf(r, "IPFS CID: Qm" + pick(r, BASE58, 44),
        "Google Analytics measurement ID G-" + pick(r, UPPER + DIGITS, 10), "reCAPTCHA site key 6L" + b64url(r, 38),
        "Mapbox public token pk.eyJ1Ijoi" + b64url(r, 40) + "." + b64url(r, 22)));
    ALL.put("command-reading-secret", r -> oneOf(r, "$ kubectl get secret db-creds -o jsonpath='{.data.password}' | base64 -d > /tmp/pw && echo saved",
        "aws secretsmanager get-secret-value --secret-id prod/api --query SecretString --output text | jq -r .key > key.txt",
        "export GITHUB_TOKEN=$(gh auth token)", "TOKEN=$(vault kv get -field=token secret/ci)", "op read \"op://Private/Stripe/credential\" | pbcopy"));
  }
}
