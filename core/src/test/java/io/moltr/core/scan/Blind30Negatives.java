package io.moltr.core.scan;

import static io.moltr.core.scan.Blind30Util.ALNUM;
import static io.moltr.core.scan.Blind30Util.B58;
import static io.moltr.core.scan.Blind30Util.DIGITS;
import static io.moltr.core.scan.Blind30Util.HEX;
import static io.moltr.core.scan.Blind30Util.LOWER;
import static io.moltr.core.scan.Blind30Util.UPPER;
import static io.moltr.core.scan.Blind30Util.b64;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Code that looks like it could hold a secret but does not. */
final class Blind30Negatives {
  record Gen(String name, Function<Blind30Util, String> f) {}

  static final List<Gen> GENS = new ArrayList<>();

  private static void g(String name, Function<Blind30Util, String> f) {
    GENS.add(new Gen(name, f));
  }

  static String var(Blind30Util u) {
    return u.pick("OPENAI_API_KEY", "STRIPE_SECRET_KEY", "GITHUB_TOKEN", "DATABASE_URL", "SLACK_BOT_TOKEN", "AWS_SECRET_ACCESS_KEY",
        "SENDGRID_API_KEY", "DB_PASSWORD", "JWT_SECRET", "ANTHROPIC_API_KEY", "HF_TOKEN", "CLIENT_SECRET", "WEBHOOK_SECRET");
  }

  static String sha(Blind30Util u, int n) {
    return u.s(HEX, n);
  }

  static String nonLuhn(Blind30Util u) {
    String v = Blind30Util.luhnComplete("4" + u.s(DIGITS, 14));
    char last = v.charAt(15);
    return v.substring(0, 15) + (char) ('0' + (last - '0' + 1 + u.i(8)) % 10);
  }

  static String badIban(Blind30Util u) {
    String v = Blind30Util.iban("DE", u.s(DIGITS, 18));
    int cd = Integer.parseInt(v.substring(2, 4));
    int bad = (cd + 1 + u.i(50)) % 97;
    if (bad < 2) {
      bad += 2;
    }
    return "DE" + String.format("%02d", bad) + v.substring(4);
  }

  static {
    g("py-environ", u -> "import os\n\n" + var(u) + " = os.environ[\"" + var(u) + "\"]\nTIMEOUT = int(os.getenv(\"TIMEOUT\", \"30\"))\n");
    g("py-getenv-default", u -> "api_key = os.getenv(\"" + var(u) + "\", \"" + u.pick("changeme", "", "YOUR_API_KEY", "dev-placeholder") + "\")\nif not api_key:\n    raise RuntimeError(\"missing key\")\n");
    g("js-process-env", u -> "const " + Blind30Util.camel(var(u)) + " = process.env." + var(u) + ";\nif (!" + Blind30Util.camel(var(u)) + ") throw new Error('" + var(u) + " is not set');\n");
    g("go-getenv", u -> "token := os.Getenv(\"" + var(u) + "\")\nif token == \"\" {\n\tlog.Fatal(\"" + var(u) + " must be set\")\n}\n");
    g("java-getenv", u -> "String key = Objects.requireNonNull(System.getenv(\"" + var(u) + "\"), \"" + var(u) + "\");\n");
    g("java-value", u -> "@Value(\"${" + var(u).toLowerCase().replace('_', '.') + "}\")\nprivate String " + Blind30Util.camel(var(u)) + ";\n");
    g("rust-env", u -> "let key = std::env::var(\"" + var(u) + "\").expect(\"" + var(u) + " not set\");\n");
    g("csharp-config", u -> "var key = builder.Configuration[\"" + u.pick("Stripe:SecretKey", "OpenAI:ApiKey", "ConnectionStrings:Default") + "\"]\n    ?? throw new InvalidOperationException(\"missing\");\n");
    g("php-getenv", u -> "<?php\n$key = getenv('" + var(u) + "') ?: $_ENV['" + var(u) + "'];\n");
    g("ruby-env", u -> "config.api_key = ENV.fetch('" + var(u) + "')\nconfig.timeout = 10\n");
    g("vault-read", u -> "import hvac\n\nclient = hvac.Client(url=os.environ[\"VAULT_ADDR\"], token=os.environ[\"VAULT_TOKEN\"])\nsecret = client.secrets.kv.v2.read_secret_version(path=\"apps/" + u.pick("billing", "api", "web") + "\")\npassword = secret[\"data\"][\"data\"][\"password\"]\n");
    g("secrets-manager", u -> "sm = boto3.client(\"secretsmanager\")\nresp = sm.get_secret_value(SecretId=\"prod/" + u.pick("db", "stripe", "openai") + "/" + u.pick("password", "api-key") + "\")\ncreds = json.loads(resp[\"SecretString\"])\n");
    g("keychain", u -> u.pick("password = keyring.get_password(\"acme-cli\", username)\n",
        "let query: [String: Any] = [kSecClass as String: kSecClassGenericPassword,\n    kSecAttrService as String: \"api-token\",\n    kSecReturnData as String: true]\nvar item: CFTypeRef?\nlet status = SecItemCopyMatching(query as CFDictionary, &item)\n"));
    g("gha-secrets", u -> "    steps:\n      - uses: actions/checkout@v4\n      - run: ./deploy.sh\n        env:\n          " + var(u) + ": ${{ secrets." + var(u) + " }}\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n");
    g("compose-vars", u -> "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it}\n      " + var(u) + ": ${" + var(u) + "}\n");
    g("helm-template", u -> "apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ include \"app.fullname\" . }}\ntype: Opaque\ndata:\n  api-key: {{ .Values." + Blind30Util.camel(var(u)) + " | b64enc | quote }}\n");
    g("terraform-var", u -> "provider \"github\" {\n  token = var.github_token\n}\n\nvariable \"github_token\" {\n  type      = string\n  sensitive = true\n}\n");
    g("placeholders", u -> u.pick("OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n", "api_key: YOUR_API_KEY\n", "Authorization: Bearer <token>\n",
        "STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\n", "password: \"********\"\n", "GITHUB_TOKEN=ghp_your_token_here\n",
        "export AWS_SECRET_ACCESS_KEY=<your-secret-key>\n", "token = \"REPLACE_ME\"\n", "DB_PASSWORD=changeme\n") + "# fill in before running\n");
    g("env-example", u -> "# .env.example — copy to .env and fill in\n" + var(u) + "=\nDATABASE_URL=postgres://user:password@localhost:5432/app\nREDIS_URL=redis://localhost:6379\nSENTRY_DSN=\n");
    g("fake-test-keys", u -> "def test_rejects_bad_key():\n    with pytest.raises(AuthError):\n        Client(api_key=\"" + u.pick("fake-key", "test", "sk-test-invalid", "not-a-real-key", "dummy_token_123") + "\").ping()\n");
    g("aws-example", u -> "# from the AWS docs\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nregion = us-west-2\n");
    g("rfc-test-vectors", u -> u.pick(
        "# RFC 4231 test case 2\nkey = b\"Jefe\"\ndata = b\"what do ya want for nothing?\"\nexpected = \"5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843\"\nassert hmac.new(key, data, hashlib.sha256).hexdigest() == expected\n",
        "// FIPS-197 appendix C.1\nbyte[] key = hex(\"000102030405060708090a0b0c0d0e0f\");\nbyte[] plain = hex(\"00112233445566778899aabbccddeeff\");\nassertArrayEquals(hex(\"69c4e0d86a7b0430d8cdb78070b4c55a\"), aes(key, plain));\n",
        "# NIST SP 800-38A F.1.1\nKEY = \"2b7e151628aed2a6abf7158809cf4f3c\"\nPT = \"6bc1bee22e409f96e93d7e117393172a\"\nCT = \"3ad77bb40d7a3660a89ecaf32466ef97\"\n",
        "// RFC 8439 2.4.2\nconst key = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';\nconst nonce = '000000000000004a00000000';\n"));
    g("sha256-constants", u -> "static const uint32_t K[64] = {\n    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,\n    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,\n    /* ... */\n};\n");
    g("aes-sbox", u -> "SBOX = [\n    0x63, 0x7c, 0x77, 0x7b, 0xf2, 0x6b, 0x6f, 0xc5, 0x30, 0x01, 0x67, 0x2b, 0xfe, 0xd7, 0xab, 0x76,\n    0xca, 0x82, 0xc9, 0x7d, 0xfa, 0x59, 0x47, 0xf0, 0xad, 0xd4, 0xa2, 0xaf, 0x9c, 0xa4, 0x72, 0xc0,\n]\n");
    g("checksums-file", u -> sha(u, 64) + "  moltr-" + u.i(5) + "." + u.i(20) + ".0-linux-amd64.tar.gz\n" + sha(u, 64) + "  moltr-" + u.i(5) + ".1.0-darwin-arm64.tar.gz\n");
    g("md5-sha1", u -> "$ md5sum build/app.jar\n" + sha(u, 32) + "  build/app.jar\n$ sha1sum build/app.jar\n" + sha(u, 40) + "  build/app.jar\n");
    g("sha512-sums", u -> "expected_sha512 = \"" + sha(u, 128) + "\"\nassert hashlib.sha512(data).hexdigest() == expected_sha512\n");
    g("go-sum", u -> "github.com/" + u.pick("stretchr/testify", "spf13/cobra", "google/uuid") + " v1." + u.i(10) + "." + u.i(5) + " h1:" + b64(u.bytes(32)) + "\ngithub.com/pkg/errors v0.9.1/go.mod h1:" + b64(u.bytes(32)) + "\n");
    g("cargo-lock", u -> "[[package]]\nname = \"" + u.pick("serde", "tokio", "regex") + "\"\nversion = \"1." + u.i(40) + ".0\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"" + sha(u, 64) + "\"\n");
    g("lockfile-diff", u -> "--- a/package-lock.json\n+++ b/package-lock.json\n@@ -1021,9 +1021,9 @@\n     \"node_modules/" + u.pick("lodash", "axios", "semver") + "\": {\n-      \"version\": \"4.17.20\",\n-      \"integrity\": \"sha512-" + b64(u.bytes(64)) + "\",\n+      \"version\": \"4.17.21\",\n+      \"resolved\": \"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\",\n+      \"integrity\": \"sha512-" + b64(u.bytes(64)) + "\",\n");
    g("yarn-lock", u -> u.pick("chalk", "debug", "ms") + "@^4.1.0:\n  version \"4.1." + u.i(9) + "\"\n  resolved \"https://registry.yarnpkg.com/chalk/-/chalk-4.1.2.tgz#" + sha(u, 40) + "\"\n  integrity sha512-" + b64(u.bytes(64)) + "\n");
    g("sri-script", u -> "<script src=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3." + u.i(4) + "/dist/js/bootstrap.bundle.min.js\"\n        integrity=\"sha384-" + b64(u.bytes(48)) + "\"\n        crossorigin=\"anonymous\"></script>\n");
    g("data-uri", u -> ".logo {\n  background-image: url(\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA" + b64(u.bytes(120)) + "\");\n}\n");
    g("font-base64", u -> "@font-face {\n  font-family: 'Inter';\n  src: url(data:font/woff2;base64,d09GMgABAAAAA" + b64(u.bytes(150)) + ") format('woff2');\n}\n");
    g("go-protobuf", u -> {
      StringBuilder b = new StringBuilder("var file_api_v1_service_proto_rawDesc = []byte{\n\t0x0a, 0x14, 0x61, 0x70, 0x69, 0x2f, 0x76, 0x31, 0x2f, 0x73, 0x65, 0x72,\n");
      for (int k = 0; k < 3; k++) {
        b.append("\t");
        for (int j = 0; j < 12; j++) {
          b.append(String.format("0x%02x, ", u.i(256)));
        }
        b.append("\n");
      }
      return b.append("}\n").toString();
    });
    g("py-pb2", u -> "DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\\n\\x13api/v1/" + u.pick("user", "order", "event") + ".proto\\x12\\x06api.v1\\\"\\x1a\\n\\x04User\\x12\\n\\n\\x02id\\x18\\x01 \\x01(\\t')\n");
    g("minified", u -> "!function(e,t){\"use strict\";var n=" + u.i(99) + ",r=\"" + u.s(LOWER + DIGITS, 8) + "\";e.exports=function(o){return o.map(function(i){return i+n})}}(module,window);\n//# sourceMappingURL=main." + sha(u, 8) + ".js.map\n");
    g("webpack-chunks", u -> "  dist/assets/index-" + u.s(ALNUM + "_-", 8) + ".js   " + (100 + u.i(200)) + ".42 kB │ gzip: " + u.i(90) + ".10 kB\n  dist/assets/vendor-" + u.s(ALNUM + "_-", 8) + ".js  " + (300 + u.i(500)) + ".17 kB │ gzip: " + u.i(200) + ".55 kB\n  dist/assets/index-" + u.s(ALNUM, 8) + ".css   " + u.i(40) + ".01 kB\n");
    g("css-hashes", u -> "<div class=\"css-" + u.s(LOWER + DIGITS, 6) + " e1" + u.s(LOWER + DIGITS, 5) + "0\"><span class=\"_" + u.s(ALNUM, 5) + "_" + u.s(LOWER, 3) + "\">Sign in</span></div>\n");
    g("migration-uuids", u -> "INSERT INTO tenants (id, name, plan_id) VALUES\n  ('" + u.uuid() + "', 'acme', '" + u.uuid() + "'),\n  ('" + u.uuid() + "', 'globex', '" + u.uuid() + "');\n");
    g("uuid-code", u -> "const TENANT_ID = '" + u.uuid() + "';\nconst requestId = crypto.randomUUID();\n");
    g("faker", u -> "from faker import Faker\n\nfake = Faker(\"de_DE\")\nrows = [{\"name\": fake.name(), \"iban\": fake.iban(), \"card\": fake.credit_card_number()} for _ in range(" + (10 + u.i(90)) + ")]\n");
    g("i18n", u -> "{\n  \"login.password\": \"" + u.pick("Passwort", "Mot de passe", "Contraseña") + "\",\n  \"settings.apiKey\": \"" + u.pick("API-Schlüssel", "Clé API", "Clave de API") + "\",\n  \"settings.apiKeyHint\": \"" + u.pick("Den Schlüssel finden Sie im Dashboard.", "Vous trouverez la clé dans le tableau de bord.") + "\"\n}\n");
    g("token-regex", u -> u.pick("GITHUB_RE = re.compile(r\"ghp_[A-Za-z0-9]{36}\")\n", "const stripeRe = /sk_live_[0-9a-zA-Z]{24,99}/g;\n",
        "var awsKey = regexp.MustCompile(`AKIA[0-9A-Z]{16}`)\n", "Pattern SLACK = Pattern.compile(\"xox[baprs]-[0-9A-Za-z-]{10,48}\");\n",
        "OPENAI = re.compile(r\"sk-(proj-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}\")\n"));
    g("gitleaks-config", u -> "[[rules]]\nid = \"" + u.pick("stripe-access-token", "github-pat", "slack-webhook") + "\"\ndescription = \"Detected a token\"\nregex = '''(?i)\\b((?:sk|rk)_(?:test|live|prod)_[a-z0-9]{10,99})\\b'''\nkeywords = [\"sk_test\", \"sk_live\"]\n\n[allowlist]\npaths = ['''^testdata/''']\n");
    g("scanner-fixture", u -> "func TestIgnoresExamples(t *testing.T) {\n\tfor _, s := range []string{\"AKIAIOSFODNN7EXAMPLE\", \"sk_live_" + "x".repeat(24) + "\", \"ghp_" + "0".repeat(36) + "\"} {\n\t\tif detect(s) {\n\t\t\tt.Errorf(\"flagged %q\", s)\n\t\t}\n\t}\n}\n");
    g("redaction-code", u -> "def redact(text: str) -> str:\n    text = re.sub(r\"sk-[A-Za-z0-9_-]{20,}\", \"[REDACTED]\", text)\n    return re.sub(r\"(?i)(password|token)=\\S+\", r\"\\1=***\", text)\n");
    g("masked-message", u -> "The key " + u.pick("sk-proj-", "sk_live_", "ghp_", "xoxb-") + "..." + u.s(ALNUM, 4) + " has been revoked; I generated a new one in the dashboard and stored it in the vault as `" + var(u) + "`.\n");
    g("git-log", u -> "$ git log --oneline -3\n" + sha(u, 7) + " fix token refresh race\n" + sha(u, 7) + " bump deps\n" + sha(u, 7) + " add retry to webhook sender\n");
    g("diff-index", u -> "diff --git a/src/auth.ts b/src/auth.ts\nindex " + sha(u, 7) + ".." + sha(u, 7) + " 100644\n--- a/src/auth.ts\n+++ b/src/auth.ts\n@@ -4,7 +4,7 @@\n-const TOKEN_TTL = 3600;\n+const TOKEN_TTL = 900;\n");
    g("docker-digest", u -> "FROM node:20-alpine@sha256:" + sha(u, 64) + "\nWORKDIR /app\n");
    g("trace-ids", u -> "{\"level\":\"info\",\"msg\":\"request done\",\"trace_id\":\"" + sha(u, 32) + "\",\"span_id\":\"" + sha(u, 16) + "\",\"traceparent\":\"00-" + sha(u, 32) + "-" + sha(u, 16) + "-01\",\"duration_ms\":" + u.i(900) + "}\n");
    g("request-ids", u -> "2026-11-30 09:12:0" + u.i(9) + " INFO  x-request-id=req_" + u.s(ALNUM, 24) + " GET /api/orders 200 " + u.i(300) + "ms\n");
    g("bcrypt-seed", u -> "INSERT INTO users (email, password_hash) VALUES ('admin@example.com', '$2b$12$" + u.s(ALNUM + "./", 53) + "');\n");
    g("argon2-hash", u -> "hash = \"$argon2id$v=19$m=65536,t=3,p=4$" + b64(u.bytes(16)).replace("=", "") + "$" + b64(u.bytes(32)).replace("=", "") + "\"\nassert ph.verify(hash, password)\n");
    g("ssh-public", u -> "# ~/.ssh/authorized_keys\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + b64(u.bytes(32)).substring(0, 43) + " deploy@ci\n");
    g("pem-public", u -> "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + Blind30Util.wrap(b64(u.bytes(200)), 64) + "\n-----END PUBLIC KEY-----\n");
    g("certificate", u -> "ca.crt: |\n  -----BEGIN CERTIFICATE-----\n  MIIDdzCCAl+gAwIBAgIE" + Blind30Util.wrap(b64(u.bytes(150)), 64).replace("\n", "\n  ") + "\n  -----END CERTIFICATE-----\n");
    g("crypto-address", u -> u.pick("DONATE_BTC = \"bc1q" + u.s("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38) + "\"\n",
        "const TREASURY = \"0x" + sha(u, 40) + "\"; // public address\n", "receiver: 1" + u.s(B58, 33) + "\n"));
    g("non-luhn-numbers", u -> "order_number = \"" + nonLuhn(u) + "\"\nshipment_id = \"" + nonLuhn(u) + "\"\n");
    g("bad-iban", u -> "# invalid on purpose: check digits wrong\nassert not is_valid_iban(\"" + badIban(u) + "\")\n");
    g("stripe-publishable", u -> "const stripe = Stripe('pk_" + u.pick("live", "test") + "_" + u.s(ALNUM, 99) + "');\n");
    g("twilio-sid-only", u -> "TWILIO_ACCOUNT_SID = \"AC" + sha(u, 32) + "\"\n# auth token comes from the environment\n");
    g("jwt-alg-none", u -> "const unsigned = '" + Blind30Util.b64url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + Blind30Util.b64url("{\"sub\":\"" + u.i(9999) + "\",\"scope\":\"read\"}") + ".';\nexpect(() => verify(unsigned)).toThrow();\n");
    g("k8s-secret-placeholder", u -> "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\nstringData:\n  " + u.pick("password", "api-key") + ": \"" + u.pick("<set-me>", "${DB_PASSWORD}", "REPLACE_ME", "") + "\"\n");
    g("test-cards", u -> "# Stripe's documented test cards\nVISA = \"" + u.pick("4242424242424242", "4111111111111111", "4000056655665556") + "\"\nMASTERCARD = \"" + u.pick("5555555555554444", "5105105105105100") + "\"\n");
    g("version-strings", u -> "version: " + u.i(5) + "." + u.i(30) + "." + u.i(9) + "+build." + sha(u, 7) + "\ncommit: " + sha(u, 40) + "\nbuilt: 2026-11-" + (10 + u.i(19)) + "T08:00:00Z\n");
    g("s3-keys", u -> "aws s3 cp s3://acme-backups/" + u.pick("db", "logs") + "/2026/11/" + u.s(ALNUM, 20) + "/" + sha(u, 32) + ".tar.zst ./restore/\n");
    g("base64-harmless", u -> {
      String t = u.pick("Hello, World!", "{\"theme\":\"dark\",\"lang\":\"de\"}", "user:guest role:viewer", "The quick brown fox jumps over the lazy dog");
      return "msg = base64.b64decode(\"" + b64(t) + "\").decode()  # \"" + t.replace("\"", "'") + "\"\n";
    });
    g("build-ids", u -> "BUILD_ID=" + u.s(UPPER + DIGITS, 12) + "\nCI_PIPELINE_ID=" + u.s(DIGITS, 9) + "\nGIT_COMMIT=" + sha(u, 40) + "\n");
    g("password-policy", u -> "if len(password) < " + (8 + u.i(8)) + " or password.lower() == password:\n    raise ValueError(\"password too weak\")\n");
    g("hmac-compare", u -> "expected = hmac.new(secret, body, hashlib.sha256).hexdigest()\nif not hmac.compare_digest(expected, request.headers[\"X-Signature\"]):\n    abort(401)\n");
    g("sql-params", u -> "cur.execute(\"UPDATE users SET password_hash = %s WHERE id = %s\", (hashed, user_id))\n");
    g("sealed-secret", u -> "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db\nspec:\n  encryptedData:\n    password: AgB" + b64(u.bytes(180)) + "\n");
    g("phone-dates", u -> "Contact: +49 30 " + u.s(DIGITS, 8) + ", order from 2026-11-" + (10 + u.i(19)) + ", ticket #" + u.s(DIGITS, 6) + "\n");
    g("chat-explain", u -> u.pick("To rotate the key, open Settings → API keys, click \"Roll key\", then update the `" + var(u) + "` secret in GitHub Actions. Never paste the key into the chat.\n",
        "Ich habe den Token nicht in den Code geschrieben; er wird zur Laufzeit aus `" + var(u) + "` gelesen.\n",
        "La clave se carga desde el gestor de secretos (`" + var(u) + "`), así que no está en el repositorio.\n"));
    g("mock-server", u -> "nock('https://api.acme-corp.io')\n  .matchHeader('authorization', /^Bearer /)\n  .get('/v1/me')\n  .reply(200, { id: '" + u.uuid() + "', plan: 'pro' });\n");
  }
}
