package io.moltr.core.scan;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Blind14: hard negatives, texts an agent writes that look like leaks and are not. Decisions:
 * an unsigned JWT (alg none, empty signature) is not a credential, a bcrypt or argon2 hash is a
 * hash, a publishable Stripe key and a public key are public, a masked value is not the value.
 */
final class Blind14Negatives {
  private Blind14Negatives() {}

  static final Map<String, Function<Blind14Util, String>> GEN = new LinkedHashMap<>();

  private static void g(String name, Function<Blind14Util, String> f) {
    GEN.put(name, f);
  }

  static String nonLuhn(Blind14Util u, String prefix, int len) {
    String payload = prefix + u.digits(len - prefix.length() - 1);
    int good = Blind14Util.luhnCheckDigit(payload);
    return payload + (good + u.between(1, 9)) % 10;
  }

  static String badIban(Blind14Util u) {
    String c = u.one("DE", "FR", "NL", "GB");
    String bban = c.equals("NL") ? "INGB" + u.digits(10) : c.equals("GB") ? "NWBK" + u.digits(14) : u.digits(18);
    String good = Blind14Util.ibanWithCheck(c, bban);
    int check = Integer.parseInt(good.substring(2, 4));
    int bad = check + u.between(1, 5);
    if (bad > 98) {
      bad = check - u.between(1, 5);
    }
    return c + String.format("%02d", bad) + bban;
  }

  /**
   * A SealedSecret value is the RSA-OAEP-wrapped session key (512 bytes under kubeseal's 4096-bit
   * key) and the AES-GCM ciphertext, so at least about 700 base64 characters. The first run's
   * generator stopped at 93; the rest comes from a generator of its own so that no other row moves.
   */
  static String sealed(String head) {
    return head + new Blind14Util(head.hashCode()).pick(Blind14Util.B64, 640);
  }

  static {
    g("aws-doc-example", u -> u.one(
        "The AWS docs use placeholder credentials like these:\n\n```ini\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
            + "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```\n\nReplace them with your own before running `aws s3 ls`.",
        "In the test fixture I kept AWS's documented example key `AKIAIOSFODNN7EXAMPLE` so nothing real ends up in the repo.",
        "export AWS_ACCESS_KEY_ID=AKIAI44QH8DHBEXAMPLE\nexport AWS_SECRET_ACCESS_KEY=je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY\n# ^ example values from the IAM guide"));
    g("jwt-io-example", u -> "The sample token from jwt.io decodes to {\"sub\":\"1234567890\",\"name\":\"John Doe\",\"iat\":1516239022}:\n\n"
        + "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\n\n"
        + "Paste it into the debugger to see the three parts.");
    g("prefix-placeholder", u -> u.one(
        "Set `OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` in your .env and restart the dev server.",
        "# .env.example\nGITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\nGITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx\nSLACK_BOT_TOKEN=xoxb-your-bot-token",
        "ANTHROPIC_API_KEY=sk-ant-api03-...  # put your key here\nHF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "stripe:\n  secret_key: sk_live_XXXXXXXXXXXXXXXXXXXXXXXX  # replace in prod\n  webhook_secret: whsec_...",
        "The token format is `npm_` followed by 36 characters, e.g. npm_000000000000000000000000000000000000."));
    g("named-placeholder", u -> u.one(
        "api_key: YOUR_API_KEY\nsecret: <your-secret-here>\ntoken: \"<token>\"",
        "curl -H \"Authorization: Bearer <ACCESS_TOKEN>\" https://api.example.com/v1/me",
        "DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME",
        "client = Client(api_key=\"REPLACE_ME\", region=\"eu\")",
        "password = \"********\"  # masked in the export",
        "Put your key in place of `INSERT_KEY_HERE` and run `make deploy`."));
    g("env-reference", u -> u.one(
        "import os\n\nAPI_KEY = os.environ[\"STRIPE_SECRET_KEY\"]\nDB_URL = os.getenv(\"DATABASE_URL\", \"sqlite:///dev.db\")",
        "const token = process.env.GITHUB_TOKEN;\nif (!token) throw new Error('GITHUB_TOKEN is not set');",
        "token := os.Getenv(\"VAULT_TOKEN\")\nif token == \"\" {\n\tlog.Fatal(\"VAULT_TOKEN missing\")\n}",
        "String secret = System.getenv(\"JWT_SECRET\");\nObjects.requireNonNull(secret, \"JWT_SECRET\");",
        "let key = std::env::var(\"OPENAI_API_KEY\").expect(\"OPENAI_API_KEY not set\");",
        "$apiKey = getenv('MAILGUN_API_KEY');\n$client = new Mailgun($apiKey);",
        "var secret = Environment.GetEnvironmentVariable(\"AZURE_CLIENT_SECRET\");"));
    g("template-reference", u -> u.one(
        "      - name: Publish\n        env:\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n          PYPI_TOKEN: ${{ secrets.PYPI_API_TOKEN }}\n        run: make publish",
        "environment:\n  - POSTGRES_PASSWORD=${POSTGRES_PASSWORD}\n  - REDIS_URL=redis://:${REDIS_PASSWORD}@redis:6379/0",
        "password: {{ .Values.db.password | quote }}\napiKey: {{ required \"apiKey\" .Values.apiKey }}",
        "provider \"cloudflare\" {\n  api_token = var.cloudflare_api_token\n}\n\nvariable \"cloudflare_api_token\" {\n  sensitive = true\n}",
        "DB_PASSWORD=%DB_PASSWORD%\nset API_TOKEN=%API_TOKEN%",
        "secret_key: \"{{ vault('secret/data/prod/app', 'secret_key') }}\""));
    g("vault-read-code", u -> u.one(
        "client = hvac.Client(url=VAULT_ADDR)\nsecret = client.secrets.kv.v2.read_secret_version(path=\"prod/payments\")\napi_key = secret[\"data\"][\"data\"][\"stripe_key\"]",
        "resp = boto3.client(\"secretsmanager\").get_secret_value(SecretId=\"prod/db\")\ncreds = json.loads(resp[\"SecretString\"])",
        "$ op read \"op://Engineering/Stripe/credential\" >/dev/null && echo ok\nok",
        "The key now lives in Vault at `secret/data/prod/stripe`; the app reads it at start via the Kubernetes auth method, so nothing is in the repo anymore."));
    g("hash-digests", u -> {
      byte[] d = u.bytes(32);
      return u.one(
          "$ sha256sum dist/app-1." + u.between(0, 9) + ".0.tar.gz\n" + Blind14Util.toHex(Blind14Util.sha256(d)) + "  dist/app.tar.gz",
          "md5: " + Blind14Util.toHex(Blind14Util.digest("MD5", d)) + "\nsha1: " + Blind14Util.toHex(Blind14Util.digest("SHA-1", d)),
          "SHA512 (release.zip) = " + Blind14Util.toHex(Blind14Util.digest("SHA-512", d)),
          "The ETag is \"" + Blind14Util.toHex(Blind14Util.digest("MD5", d)) + "\", so the upload matches the local file.");
    });
    g("password-hashes", u -> u.one(
        "id | email | password_hash\n" + u.between(1, 99) + " | maria@example.org | $2b$12$" + u.pick(Blind14Util.ALNUM + "./", 53),
        "The users table stores bcrypt hashes only, e.g. `$2a$10$" + u.pick(Blind14Util.ALNUM + "./", 53) + "`, so a dump does not reveal passwords.",
        "admin:$argon2id$v=19$m=65536,t=3,p=4$" + u.b64(16).replace("=", "") + "$" + u.b64(32).replace("=", ""),
        "shadow entry: deploy:$6$" + u.pick(Blind14Util.ALNUM, 16) + "$" + u.pick(Blind14Util.ALNUM + "./", 86) + ":19700:0:99999:7:::"));
    g("uuids", u -> u.one(
        "Created tenant " + u.uuid() + " and linked it to subscription " + u.uuid() + ".",
        u.timestamp() + " INFO request_id=" + u.uuid() + " user_id=" + u.uuid() + " status=200 dur=" + u.between(3, 900) + "ms",
        "{\"id\":\"" + u.uuid() + "\",\"correlationId\":\"" + u.uuid() + "\",\"status\":\"queued\"}"));
    g("git-shas", u -> u.one(
        "$ git log --oneline -3\n" + u.hex(7) + " Fix flaky test\n" + u.hex(7) + " Bump deps\n" + u.hex(7) + " Add retry to client",
        "I reverted commit " + u.hex(40) + " and cherry-picked " + u.hex(40) + " onto release/2.4.",
        "HEAD is now at " + u.hex(7) + " Merge pull request #" + u.between(100, 999) + " from acme/feature/cache",
        "- uses: actions/checkout@" + u.hex(40) + " # v4.1.1"));
    g("integrity-hashes", u -> u.one(
        "<script src=\"https://cdn.example.com/lib.min.js\" integrity=\"sha384-" + u.b64(48) + "\" crossorigin=\"anonymous\"></script>",
        "    \"node_modules/lodash\": {\n      \"version\": \"4.17.21\",\n      \"resolved\": \"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\",\n      \"integrity\": \"sha512-"
            + u.b64(64) + "\"\n    }",
        "requests==2.32.3 \\\n    --hash=sha256:" + u.hex(64) + "\nurllib3==2.2.2 \\\n    --hash=sha256:" + u.hex(64),
        "golang.org/x/net v0.28.0 h1:" + u.b64(32) + "\ngolang.org/x/net v0.28.0/go.mod h1:" + u.b64(32),
        "[[package]]\nname = \"serde\"\nversion = \"1.0.210\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"" + u.hex(64) + "\""));
    g("crypto-addresses", u -> u.one(
        "Send the refund to bc1q" + u.pick(Blind14Util.BECH32, 38) + " (that's the public deposit address on the invoice).",
        "Contract deployed at 0x" + u.hex(40) + "; owner 0x" + u.hex(40) + ".",
        "Donations: BTC 1" + u.pick(Blind14Util.B58, 32) + " / ETH 0x" + u.hex(40),
        "Your age recipient (public) is " + Blind14Util.bech32("age", u.bytes(32)) + " - share it with anyone who needs to encrypt for you."));
    g("ssh-public-keys", u -> u.one(
        "Add this to ~/.ssh/authorized_keys on the server:\n\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + u.pick(Blind14Util.B64, 43) + " deploy@ci",
        "$ cat ~/.ssh/id_rsa.pub\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + u.pick(Blind14Util.B64, 500) + " me@laptop",
        "known_hosts:\ngithub.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB" + u.pick(Blind14Util.B64, 88) + "="));
    g("pem-public", u -> u.one(
        "Public key for verifying webhooks:\n\n-----BEGIN PUBLIC KEY-----\n" + Blind14Secrets.pemBody(u, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 6, 64)
            + "-----END PUBLIC KEY-----",
        "$ openssl s_client -connect api.example.com:443 -showcerts </dev/null\n-----BEGIN CERTIFICATE-----\n"
            + Blind14Secrets.pemBody(u, "MIIFazCCA1OgAwIBAgIR", 10, 64) + "-----END CERTIFICATE-----",
        "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + Blind14Secrets.pemBody(u, "mDMEZ", 5, 64) + "=" + u.pick(Blind14Util.B64, 4) + "\n-----END PGP PUBLIC KEY BLOCK-----"));
    g("data-uri-images", u -> u.one(
        "<img alt=\"logo\" src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA" + u.pick(Blind14Util.B64, 300) + "=\">",
        ".icon { background-image: url(data:image/svg+xml;base64," + Blind14Util.b64("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'><path d='M" + u.digits(3) + "'/></svg>") + "); }",
        "![chart](data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ" + u.pick(Blind14Util.B64, 240) + ")",
        "favicon: data:image/gif;base64,R0lGODlhAQABAIAAAP" + u.pick(Blind14Util.B64, 40) + "=="));
    g("base64-harmless", u -> {
      String t = u.one("Hello from the build pipeline, everything is fine.", "{\"event\":\"deploy\",\"status\":\"succeeded\",\"region\":\"eu-west-1\"}",
          "The quarterly report is attached; see section 3 for the numbers.", "user=guest&theme=dark&lang=de");
      return u.one("The message body is base64: " + Blind14Util.b64(t) + " (decodes to a plain status note).",
          "echo '" + Blind14Util.b64(t) + "' | base64 -d",
          "{\"payload\":\"" + Blind14Util.b64(t) + "\",\"encoding\":\"base64\"}");
    });
    g("long-hex-checksums", u -> u.one(
        "Firmware image v2." + u.between(0, 9) + " checksum: " + u.hex(64).toUpperCase(),
        "Build fingerprint " + u.hex(40) + " matches the signed manifest.",
        "etag: W/\"" + u.hex(32) + "\"\ncache-control: max-age=3600"));
    g("luhn-failing-cards", u -> u.one(
        "Order " + u.digits(8) + ": tracking number " + nonLuhn(u, "4", 16) + " (DHL).",
        "test,card\n1," + nonLuhn(u, "5" + u.between(1, 5), 16) + "\n2," + nonLuhn(u, "37", 15),
        "The invoice reference is " + nonLuhn(u, "6011", 16) + "; quote it when you call support."));
    g("iban-failing", u -> "Please double-check this IBAN, our validator rejected it as mistyped: " + badIban(u)
        + ". The customer will send the correct one.");
    g("build-ids", u -> u.one(
        "CI run #" + u.between(1000, 99999) + " (build id " + u.pick(Blind14Util.LOWER + Blind14Util.DIGITS, 20) + ") finished in 6m12s.",
        "Codebuild: build-" + u.word() + ":" + u.uuid() + " SUCCEEDED",
        "artifact: app-" + u.between(1, 3) + "." + u.between(0, 20) + "." + u.between(0, 9) + "+" + u.hex(12) + ".jar"));
    g("trace-ids", u -> u.one(
        "traceparent: 00-" + u.hex(32) + "-" + u.hex(16) + "-01",
        "x-amzn-RequestId: " + u.uuid() + "\nx-amz-id-2: " + u.b64(48),
        "span " + u.hex(16) + " (trace " + u.hex(32) + ") took 412ms in db.query",
        "X-Request-Id: req_" + u.mixed(Blind14Util.ALNUM, 14) + "\nX-Cloud-Trace-Context: " + u.hex(32) + "/" + u.digits(18) + ";o=1"));
    g("docker-digests", u -> u.one(
        "FROM python:3.12-slim@sha256:" + u.hex(64),
        "$ docker pull ghcr.io/acme/api:1.4.2\n1.4.2: Pulling from acme/api\nDigest: sha256:" + u.hex(64) + "\nStatus: Downloaded newer image",
        "image: registry.example.com/team/worker@sha256:" + u.hex(64)));
    g("jwt-unsigned", u -> {
      String h = Blind14Util.b64url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
      String p = Blind14Util.b64url("{\"sub\":\"" + u.digits(5) + "\",\"role\":\"viewer\",\"iat\":17" + u.digits(8) + "}");
      return "This is why the library rejects `alg: none` - an unsigned token like\n\n" + h + "." + p + ".\n\nhas no signature at all, anyone can forge it.";
    });
    g("k8s-placeholder-secret", u -> u.one(
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-db\ntype: Opaque\nstringData:\n  username: ${DB_USER}\n  password: ${DB_PASSWORD}",
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-keys\ndata:\n  api-key: <base64-encoded-key>\n  token: \"\"",
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: placeholder\ndata:\n  password: " + Blind14Util.b64("REPLACE_ME") + "  # REPLACE_ME",
        "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db\nspec:\n  encryptedData:\n    password: "
            + sealed("AgB" + u.pick(Blind14Util.B64, 90))));
    g("redaction-messages", u -> u.one(
        "The key sk-...", "Rotated: the old token ghp_****************************" + u.pick(Blind14Util.ALNUM, 4) + " has been revoked.",
        "Found 1 leaked credential: AKIA************" + u.pick(Blind14Util.UPPER, 4) + " (redacted) in commit " + u.hex(7) + ".",
        "gh auth status\n  ✓ Logged in to github.com account octocat (keyring)\n  - Token: gho_************************************",
        "The key sk-proj-...wXyZ has been revoked and replaced; the new one is in 1Password.",
        "password: [REDACTED]\napi_key: ***redacted***"));
    g("version-strings", u -> u.one(
        "Upgraded spring-boot from 3.2." + u.between(0, 9) + " to 3.3." + u.between(0, 9) + ", jackson-databind 2.17.2, netty 4.1.112.Final.",
        "node v20." + u.between(1, 18) + ".0, npm 10.8." + u.between(0, 3) + ", pnpm 9.7.0+sha512." + u.hex(32),
        "Version: 1." + u.between(0, 40) + "." + u.between(0, 9) + "-rc." + u.between(1, 5) + "+build." + u.hex(7)));
    g("random-ids", u -> u.one(
        "Uploaded to s3://acme-exports/2026/11/" + u.pick(Blind14Util.LOWER + Blind14Util.DIGITS, 24) + "/report-" + u.hex(8) + ".parquet",
        "<div class=\"css-" + u.pick(Blind14Util.LOWER + Blind14Util.DIGITS, 7) + " _" + u.mixed(Blind14Util.ALNUM, 5) + "\">",
        "dist/assets/index-" + u.pick(Blind14Util.ALNUM, 8) + ".js   142.31 kB │ gzip: 45.88 kB\ndist/assets/vendor-" + u.pick(Blind14Util.ALNUM, 8) + ".js  402.11 kB",
        "static/js/main." + u.hex(8) + ".chunk.js\nstatic/css/main." + u.hex(8) + ".css",
        "Shared link: https://docs.example.com/d/" + u.mixed(Blind14Util.URLSAFE, 44) + "/edit",
        "Mongo _id ObjectId(\"" + u.hex(24) + "\"), ulid 01J" + u.pick("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23)));
    g("publishable-keys", u -> u.one(
        "Frontend only needs the publishable key: `pk_live_" + u.mixed(Blind14Util.ALNUM, 24) + "` - never put the sk_ key in the bundle.",
        "STRIPE_PUBLISHABLE_KEY=pk_test_" + u.mixed(Blind14Util.ALNUM, 24) + "\nSTRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}",
        "Sentry (browser) DSN is public by design: https://" + u.hex(32) + "@o" + u.digits(6) + ".ingest.sentry.io/" + u.digits(7)));
    g("password-code", u -> u.one(
        "def check(password: str) -> bool:\n    if len(password) < 12:\n        raise ValueError(\"password too short\")\n    return bcrypt.checkpw(password.encode(), stored_hash)",
        "const password = req.body.password;\nconst confirmPassword = req.body.confirmPassword;\nif (password !== confirmPassword) return res.status(400).send('mismatch');",
        "class LoginForm(forms.Form):\n    username = forms.CharField(max_length=150)\n    password = forms.CharField(widget=forms.PasswordInput)",
        "Passwords must be at least 12 characters long and must not equal the username; the field `password_confirm` has to match."));
    g("empty-config", u -> u.one(
        "[database]\nhost = localhost\nuser = app\npassword =\n",
        "spring:\n  datasource:\n    url: jdbc:postgresql://localhost:5432/app\n    username: app\n    password: ${DB_PASSWORD:}",
        "{\"apiKey\": null, \"token\": \"\", \"secret\": false}",
        "REDIS_PASSWORD=\nSMTP_PASSWORD=\n# fill these in locally"));
    g("diff-remove-secret", u -> "diff --git a/config.py b/config.py\n--- a/config.py\n+++ b/config.py\n@@ -3,2 +3,2 @@\n-API_KEY = \"sk-xxxxxxxxxxxxxxxxxxxxxxxx\"\n+API_KEY = os.environ[\"API_KEY\"]\n DEBUG = False");
    g("jwks-public", u -> "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"kid\":\"" + u.hex(16) + "\",\"alg\":\"RS256\",\"n\":\""
        + u.b64url(256) + "\",\"e\":\"AQAB\"}]}");
    g("rotation-chat-de", u -> u.one(
        "Ich habe den Stripe-Schlüssel rotiert. Der neue liegt im Vault unter `secret/prod/stripe`, die Pods lesen ihn beim Start.",
        "Le jeton a été révoqué ; le nouveau est dans le gestionnaire de secrets (chemin prod/github). Rien n'est dans le dépôt.",
        "He cambiado la contraseña de la base de datos; está en el gestor de secretos del equipo, no en el repositorio."));
    g("package-paths", u -> u.one(
        "node_modules/.pnpm/@babel+core@7.24." + u.between(0, 9) + "_supports-color@5.5.0/node_modules/@babel/core/lib/index.js",
        "~/.cache/pip/wheels/" + u.hex(2) + "/" + u.hex(2) + "/" + u.hex(56) + "/numpy-2.1.0-cp312-linux_x86_64.whl",
        "/var/lib/docker/overlay2/" + u.hex(64) + "/merged/usr/lib"));
    g("phone-order-numbers", u -> u.one(
        "Call us at +49 30 " + u.digits(8) + " or +1 (415) " + u.digits(3) + "-" + u.digits(4) + ".",
        "Order #" + u.digits(10) + " ships with UPS 1Z" + u.pick(Blind14Util.UPPER + Blind14Util.DIGITS, 16) + ".",
        "ISBN 978-3-" + u.digits(3) + "-" + u.digits(5) + "-" + u.digits(1) + ", invoice INV-2026-" + u.digits(6)));
    g("cloud-identifiers", u -> u.one(
        "arn:aws:iam::" + u.digits(12) + ":role/" + u.word() + "-deployer",
        "Subscription " + u.uuid() + " / resource group rg-" + u.word() + "-prod / tenant " + u.uuid(),
        "GCP project number " + u.digits(12) + ", service account " + u.word() + "@" + u.word() + "-" + u.digits(6) + ".iam.gserviceaccount.com",
        "Account SID ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX is the placeholder used in Twilio's docs."));
    g("csp-nonces", u -> "content-security-policy: default-src 'self'; script-src 'nonce-" + u.b64(16) + "' 'strict-dynamic'; object-src 'none'");
    g("masked-cli", u -> u.one(
        "$ vercel env ls\n  name              value       environments\n  DATABASE_URL      Encrypted   Production\n  API_SECRET        Encrypted   Production, Preview",
        "$ heroku config\n=== app Config Vars\nDATABASE_URL: postgres://****:****@ec2-host:5432/db\nREDIS_URL:    [hidden]",
        "$ kubectl get secret app-db -o yaml | grep -c password\n1\n(I didn't print the value on purpose.)",
        "$ doppler secrets --only-names\n┌───────────────┐\n│ NAME          │\n├───────────────┤\n│ STRIPE_KEY    │\n│ DATABASE_URL  │\n└───────────────┘"));
    g("terraform-state-sensitive", u -> "  # aws_db_instance.main will be updated in-place\n  ~ resource \"aws_db_instance\" \"main\" {\n      ~ password = (sensitive value)\n        id       = \"db-"
        + u.pick(Blind14Util.UPPER + Blind14Util.DIGITS, 26) + "\"\n    }");
    g("minified-js", u -> "!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n)}n.h=\""
        + u.hex(20) + "\",n.p=\"/static/\"}([function(e,t){e.exports=\"" + u.mixed(Blind14Util.ALNUM, 12) + "\"}]);");
    g("test-vectors", u -> u.one(
        "RFC 4231 test case 2: key = \"Jefe\", data = \"what do ya want for nothing?\", HMAC-SHA-256 = 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
        "SHA-256(\"abc\") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "The well-known test card 4242 4242 4242 4242 with any future date works in test mode."));
    g("uuid-api-keys-docs", u -> "Heroku's docs show the API key as a UUID placeholder: `heroku config:set HEROKU_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`.");
    g("ssn-like-invalid", u -> u.one(
        "The form rejects SSNs starting with 000, 666 or 9xx, e.g. 000-" + u.digits(2) + "-" + u.digits(4) + " or 9" + u.digits(2) + "-" + u.digits(2) + "-" + u.digits(4) + ".",
        "Support hotline: 1-800-" + u.digits(3) + "-" + u.digits(4) + ", fax 1-800-" + u.digits(3) + "-" + u.digits(4)));
    g("otp-and-codes", u -> u.one(
        "Your verification code is " + u.digits(6) + "; it expires in 10 minutes.",
        "Use recovery code list from the admin page (they're stored there, not here).",
        "PR #" + u.between(100, 9999) + " merged; coverage 87." + u.digits(1) + "% (+0.4)."));
    g("encoded-harmless-hex", u -> {
      String t = u.one("GET /healthz HTTP/1.1", "temperature=21.5;humidity=40", "hello world from device " + u.digits(4));
      return u.one("The sensor sent hex " + Blind14Encodings.hex(t) + " which decodes to the reading.",
          "percent-encoded query: " + java.net.URLEncoder.encode(t, StandardCharsets.UTF_8));
    });
  }
}
