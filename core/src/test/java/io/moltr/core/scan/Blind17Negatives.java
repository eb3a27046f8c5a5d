package io.moltr.core.scan;

import static io.moltr.core.scan.Blind17Util.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Hard negatives: what a coding agent writes that looks like a secret and is not one. Label
 * decisions that could go either way, with the reason from the issue text:
 * <ul>
 *   <li>Documented example keys (AWS's AKIAIOSFODNN7EXAMPLE pair, Stripe's published test keys,
 *       jwt.io's sample token, the Azurite development-storage key, Slack's and Sentry's
 *       documentation examples): negative, the issue says "documented example keys".</li>
 *   <li>A JWT with {@code alg: none} and an empty signature: negative, the issue asks for "JWTs
 *       with a signature"; an unsigned token authenticates nothing.</li>
 *   <li>bcrypt, argon2 and other password hashes: negative, "hashes".</li>
 *   <li>A Sentry DSN with only the public key: negative, the issue names "Sentry DSNs with
 *       secrets".</li>
 *   <li>OAuth client ids (Google's *.apps.googleusercontent.com, GitHub's Iv1.): negative, the
 *       issue names client secrets, and client ids are public by design.</li>
 *   <li>Local-development defaults in connection strings (user:password@localhost,
 *       postgres:postgres@localhost) and obvious fixtures ("test-token", "dummy"):
 *       negative, they are placeholders by construction.</li>
 *   <li>Values encrypted for git (sops ENC[...], ansible-vault): negative, ciphertext without
 *       its key is like a hash; no such value is a usable credential.</li>
 *   <li>CSP nonces, DKIM signatures, SSH host fingerprints, public keys and certificates:
 *       negative, public or single-use values.</li>
 *   <li>Masked keys (first and last characters kept, the middle elided) and revocation notices
 *       quoting them: negative, the value cannot be rebuilt.</li>
 * </ul>
 */
final class Blind17Negatives {
  record Gen(String name, Function<Random, String> fn) {}

  static final List<Gen> GENS = new ArrayList<>();

  private Blind17Negatives() {}

  private static void g(String name, Function<Random, String> fn) {
    GENS.add(new Gen(name, fn));
  }

  static String fence(String lang, String body) {
    return "```" + lang + "\n" + body + "\n```";
  }

  static String uuid(Random r) {
    String h = hex(bytes(r, 16));
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-"
        + "89ab".charAt(r.nextInt(4)) + h.substring(17, 20) + "-" + h.substring(20);
  }

  static String svc(Random r) {
    return pick(r, "OPENAI_API_KEY", "STRIPE_SECRET_KEY", "GITHUB_TOKEN", "DATABASE_URL", "ANTHROPIC_API_KEY",
        "SLACK_BOT_TOKEN", "AWS_SECRET_ACCESS_KEY", "DD_API_KEY", "SENDGRID_API_KEY", "DB_PASSWORD", "HF_TOKEN",
        "TWILIO_AUTH_TOKEN", "NPM_TOKEN", "VAULT_TOKEN", "SUPABASE_SERVICE_ROLE_KEY");
  }

  static String camelSvc(String v) {
    return Blind17Contexts.camel(v);
  }

  /** A short prose frame in one of five languages. */
  static String say(Random r, String body) {
    return switch (r.nextInt(7)) {
      case 0 -> "Here's what I changed:\n\n" + body + "\n\nLet me know if you want the tests updated too.";
      case 1 -> "Hier die angepasste Version:\n\n" + body;
      case 2 -> "Voici la version corrigée :\n\n" + body;
      case 3 -> "Aquí está el cambio:\n\n" + body;
      case 4 -> "Ecco la modifica:\n\n" + body;
      case 5 -> body + "\n\nThat should fix it.";
      default -> body;
    };
  }

  static String ts(Random r) {
    return Blind17Contexts.ts(r);
  }

  static {
    // ---- documented example keys ----
    g("doc-aws-example", r -> say(r, pick(r,
        fence("console", "$ aws configure\nAWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nDefault region name [None]: us-west-2\nDefault output format [None]: json"),
        fence("ini", "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
        "The AWS docs use `AKIAIOSFODNN7EXAMPLE` as the sample access key id; yours will look similar but never end in EXAMPLE.",
        fence("bash", "export AWS_ACCESS_KEY_ID=AKIAI44QH8DHBEXAMPLE\nexport AWS_SECRET_ACCESS_KEY=je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"))));
    g("doc-stripe-test", r -> say(r, pick(r,
        fence("bash", "curl https://api.stripe.com/v1/charges \\\n  -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: \\\n  -d amount=2000 \\\n  -d currency=usd"),
        "In Stripe's docs the sample test key is `sk_test_4eC39HqLyjWDarjtT1zdp7dc` and the publishable one `pk_test_TYooMQauvdEDq54NiTphI7jx`.",
        fence("js", "const stripe = require('stripe')('sk_test_4eC39HqLyjWDarjtT1zdp7dc'); // key from the Stripe docs example"))));
    g("doc-jwt-io", r -> say(r, pick(r,
        "The sample token from jwt.io decodes to `{\"sub\":\"1234567890\",\"name\":\"John Doe\",\"iat\":1516239022}`:\n\n`eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`",
        fence("python", "# the example token from jwt.io, for the parser test\nSAMPLE = \"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\"\nassert decode(SAMPLE)[\"name\"] == \"John Doe\""))));
    g("doc-azurite", r -> say(r, pick(r,
        fence("text", "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"),
        "For local tests against Azurite just use `UseDevelopmentStorage=true` as the connection string.",
        fence("json", "{\n  \"Values\": {\n    \"AzureWebJobsStorage\": \"UseDevelopmentStorage=true\",\n    \"FUNCTIONS_WORKER_RUNTIME\": \"dotnet-isolated\"\n  }\n}"))));
    g("doc-provider-examples", r -> say(r, pick(r,
        "Slack's docs show a webhook as `https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`.",
        fence("python", "sentry_sdk.init(dsn=\"https://examplePublicKey@o0.ingest.sentry.io/0\")  # from the Sentry quickstart"),
        "Twilio's quickstart uses `ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX` for the account SID and `your_auth_token` for the token.",
        "The GitHub docs write a token as `ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`; the real one is shown once when you create it.")));
    // ---- placeholders ----
    g("placeholder-x", r -> say(r, pick(r,
        fence("bash", "export OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
        fence("env", "GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\nGITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx"),
        fence("yaml", "slack:\n  bot_token: xoxb-xxxx-xxxx-xxxx\n  signing_secret: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
        "Replace `sk-ant-api03-xxxxx...` with your Anthropic key.",
        fence("python", "client = OpenAI(api_key=\"sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\")"),
        fence("json", "{ \"apiKey\": \"AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\" }"))));
    g("placeholder-your", r -> say(r, pick(r,
        fence("python", "API_KEY = \"YOUR_API_KEY\""),
        fence("js", "const client = new Client({ apiKey: 'your-api-key-here' });"),
        fence("env", "STRIPE_SECRET_KEY=your_stripe_secret_key\nSTRIPE_WEBHOOK_SECRET=your_webhook_secret"),
        "Set `" + svc(r) + "` to YOUR_TOKEN_HERE before you run the script.",
        fence("go", "const apiKey = \"INSERT_YOUR_KEY_HERE\""),
        fence("yaml", "auth:\n  token: REPLACE_ME\n  password: CHANGE_ME"))));
    g("placeholder-angle", r -> say(r, pick(r,
        fence("bash", "curl -H \"Authorization: Bearer <token>\" https://api.github.com/user"),
        fence("bash", "docker login -u <username> -p <password> registry.example.com"),
        fence("env", svc(r) + "=<your-key>"),
        "Run `vault login <VAULT_TOKEN>` and then `vault kv get secret/app`.",
        fence("text", "postgres://<user>:<password>@<host>:5432/<db>"))));
    g("placeholder-shell-var", r -> { String v = svc(r); return say(r, pick(r,
        fence("bash", "curl -H \"Authorization: Bearer ${" + v + "}\" https://api.example.com/v1/me"),
        fence("bash", "mysql -u root -p\"$MYSQL_ROOT_PASSWORD\" -h db app"),
        fence("yaml", "env:\n  " + v + ": ${{ secrets." + v + " }}"),
        fence("dotenv", v + "=${" + v + ":?missing}"),
        fence("bash", "echo \"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\" > ~/.npmrc"))); });
    g("placeholder-template", r -> say(r, pick(r,
        fence("yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ .Release.Name }}-db\nstringData:\n  password: {{ .Values.db.password | quote }}"),
        fence("python", "cur.execute(\"UPDATE users SET password = %(password)s WHERE id = %(id)s\", params)"),
        fence("ruby", "User.where(\"token = :token\", token: params[:token])"),
        fence("jinja", "DATABASE_URL=postgres://{{ db_user }}:{{ db_password }}@{{ db_host }}/app"),
        fence("python", "url = f\"https://{user}:{password}@{host}/repo.git\""),
        fence("erb", "password: <%= ENV['DB_PASSWORD'] %>"))));
    g("placeholder-words", r -> say(r, pick(r,
        fence("yaml", "database:\n  user: app\n  password: changeme"),
        fence("json", "{\"api_key\": \"<redacted>\", \"region\": \"eu-west-1\"}"),
        "The log line shows `Authorization: Bearer ***` — the client masks it, so that part is fine.",
        fence("env", "SECRET_KEY=...\nAPI_TOKEN=..."),
        fence("text", "token=[REDACTED] user=mara status=401"),
        fence("ini", "[smtp]\nuser = alerts\npassword = ********"))));
    // ---- code that reads secrets ----
    g("env-python", r -> { String v = svc(r); return say(r, fence("python", pick(r,
        "import os\n\n" + v.toLowerCase() + " = os.environ[\"" + v + "\"]",
        "api_key = os.getenv(\"" + v + "\")\nif not api_key:\n    raise SystemExit(\"" + v + " is not set\")",
        "from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    " + v.toLowerCase() + ": str\n\nsettings = Settings()"))); });
    g("env-js", r -> { String v = svc(r); return say(r, fence(pick(r, "js", "ts"), pick(r,
        "const " + camelSvc(v) + " = process.env." + v + ";\nif (!" + camelSvc(v) + ") throw new Error('" + v + " missing');",
        "import 'dotenv/config';\nconst client = new Client({ apiKey: process.env['" + v + "'] ?? '' });",
        "const { " + v + " } = process.env;"))); });
    g("env-go", r -> { String v = svc(r); return say(r, fence("go",
        "token := os.Getenv(\"" + v + "\")\nif token == \"\" {\n\tlog.Fatal(\"" + v + " not set\")\n}")); });
    g("env-java", r -> { String v = svc(r); return say(r, fence(pick(r, "java", "kotlin"), pick(r,
        "String key = System.getenv(\"" + v + "\");\nObjects.requireNonNull(key, \"" + v + "\");",
        "@Value(\"${" + v.toLowerCase().replace('_', '.') + "}\")\nprivate String " + camelSvc(v) + ";",
        "val key = System.getenv(\"" + v + "\") ?: error(\"" + v + " missing\")"))); });
    g("env-rust", r -> { String v = svc(r); return say(r, fence("rust",
        "let key = std::env::var(\"" + v + "\").expect(\"" + v + " must be set\");")); });
    g("env-php", r -> { String v = svc(r); return say(r, fence("php", pick(r,
        "$key = getenv('" + v + "');", "$key = $_ENV['" + v + "'] ?? null;", "'key' => env('" + v + "'),"))); });
    g("env-csharp", r -> { String v = svc(r); return say(r, fence("csharp", pick(r,
        "var key = Environment.GetEnvironmentVariable(\"" + v + "\");",
        "var key = builder.Configuration[\"Stripe:SecretKey\"];"))); });
    g("env-ruby-swift", r -> { String v = svc(r); return say(r, pick(r,
        fence("ruby", "api_key = ENV.fetch(\"" + v + "\")"),
        fence("swift", "let key = ProcessInfo.processInfo.environment[\"" + v + "\"] ?? \"\""),
        fence("bash", "[ -z \"${" + v + ":-}\" ] && echo \"" + v + " missing\" && exit 1"))); });
    g("secret-manager", r -> say(r, pick(r,
        fence("python", "secret = boto3.client(\"secretsmanager\").get_secret_value(SecretId=\"prod/orders/db\")[\"SecretString\"]"),
        fence("bash", "export VAULT_ADDR=https://vault.internal:8200\nvault kv get -field=password secret/prod/db"),
        fence("python", "name = f\"projects/{project}/secrets/stripe-key/versions/latest\"\npayload = client.access_secret_version(name=name).payload.data.decode()"),
        fence("csharp", "var secret = await new SecretClient(new Uri(vaultUri), new DefaultAzureCredential()).GetSecretAsync(\"db-password\");"),
        fence("yaml", "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: password"),
        fence("bash", "op read \"op://Engineering/Stripe/credential\" >/dev/null && doppler run -- npm start"))));
    // ---- hashes and ids ----
    g("hash-hex", r -> say(r, pick(r,
        fence("console", "$ sha256sum dist/app-1.4.2.tar.gz\n" + hex(bytes(r, 32)) + "  dist/app-1.4.2.tar.gz"),
        fence("console", "$ md5sum backup.sql\n" + hex(bytes(r, 16)) + "  backup.sql"),
        "SHA-1 of the release artifact: `" + hex(bytes(r, 20)) + "`",
        fence("text", "SHA512 (node-v20.11.1-linux-x64.tar.xz) = " + hex(bytes(r, 64))),
        "The ETag is `\"" + hex(bytes(r, 16)) + "\"`, so the object hasn't changed.")));
    g("password-hash", r -> say(r, pick(r,
        fence("sql", "INSERT INTO users (email, password_hash) VALUES ('admin@acme-corp.de', '$2b$12$" + rand(r, ALNUM + "./", 53) + "');"),
        fence("text", "$argon2id$v=19$m=65536,t=3,p=4$" + b64(bytes(r, 16)).replace("=", "") + "$" + b64(bytes(r, 32)).replace("=", "")),
        "The stored hash `$2a$10$" + rand(r, ALNUM + "./", 53) + "` is bcrypt with cost 10, so hashing is fine.",
        fence("text", "pbkdf2_sha256$600000$" + rand(r, ALNUM, 22) + "$" + b64(bytes(r, 32))))));
    g("uuid", r -> say(r, pick(r,
        fence("json", "{\n  \"id\": \"" + uuid(r) + "\",\n  \"tenant_id\": \"" + uuid(r) + "\",\n  \"status\": \"active\"\n}"),
        "The failing order is `" + uuid(r) + "`; its parent cart is " + uuid(r) + ".",
        fence("sql", "SELECT * FROM events WHERE correlation_id = '" + uuid(r) + "';"),
        "Subscription: " + uuid(r) + "\nResource group: rg-prod-weu")));
    g("git-sha", r -> say(r, pick(r,
        fence("console", "$ git log --oneline -3\n" + hex(bytes(r, 4)).substring(0, 7) + " fix: retry on 503\n" + hex(bytes(r, 4)).substring(0, 7) + " chore: bump deps\n" + hex(bytes(r, 4)).substring(0, 7) + " feat: export CSV"),
        "This was introduced in " + hex(bytes(r, 20)) + " and reverted in " + hex(bytes(r, 20)).substring(0, 12) + ".",
        fence("console", "$ git rev-parse HEAD\n" + hex(bytes(r, 20))),
        fence("yaml", "- uses: actions/checkout@" + hex(bytes(r, 20)) + " # v4.2.2"))));
    g("integrity", r -> say(r, pick(r,
        "<script src=\"https://cdn.jsdelivr.net/npm/alpinejs@3.14.1/dist/cdn.min.js\" integrity=\"sha384-" + b64(bytes(r, 48)) + "\" crossorigin=\"anonymous\"></script>",
        fence("json", "\"node_modules/lodash\": {\n  \"version\": \"4.17.21\",\n  \"resolved\": \"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\",\n  \"integrity\": \"sha512-" + b64(bytes(r, 64)) + "\"\n}"),
        fence("text", "github.com/stretchr/testify v1.9.0 h1:" + b64(bytes(r, 32)) + "\ngithub.com/stretchr/testify v1.9.0/go.mod h1:" + b64(bytes(r, 32))),
        fence("text", "requests==2.32.3 \\\n    --hash=sha256:" + hex(bytes(r, 32))),
        fence("toml", "[[package]]\nname = \"serde\"\nversion = \"1.0.210\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"" + hex(bytes(r, 32)) + "\""))));
    g("docker-digest", r -> say(r, pick(r,
        fence("console", "$ docker pull nginx:1.27\nDigest: sha256:" + hex(bytes(r, 32)) + "\nStatus: Downloaded newer image for nginx:1.27"),
        fence("dockerfile", "FROM python:3.12-slim@sha256:" + hex(bytes(r, 32))),
        fence("yaml", "image: ghcr.io/acme/api@sha256:" + hex(bytes(r, 32))))));
    g("crypto-address", r -> say(r, pick(r,
        "Donations: BTC `bc1q" + rand(r, BECH32, 38) + "`",
        "Send the test ETH to `0x" + hex(bytes(r, 20)) + "` on Sepolia.",
        fence("json", "{\"to\": \"0x" + hex(bytes(r, 20)) + "\", \"value\": \"0x2386f26fc10000\"}"),
        "Legacy address: " + base58check(concat(new byte[] {0}, bytes(r, 20))))));
    g("public-key-ssh", r -> say(r, pick(r,
        fence("text", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + b64(bytes(r, 32)).substring(0, 43) + " " + pick(r, "mara@laptop", "deploy@ci")),
        "Add this to `~/.ssh/authorized_keys` on the server:\n\n```\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + b64(bytes(r, 372)) + " tom@build\n```",
        fence("console", "$ ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:" + b64(bytes(r, 32)).replace("=", "") + " mara@laptop (ED25519)"))));
    g("public-key-pem", r -> say(r, pick(r,
        fence("text", "-----BEGIN PUBLIC KEY-----\n" + wrap("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + b64(bytes(r, 240)), 64) + "\n-----END PUBLIC KEY-----"),
        "The JWKS endpoint returns:\n\n" + fence("json", "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"" + hex(bytes(r, 8)) + "\",\"use\":\"sig\",\"alg\":\"RS256\",\"e\":\"AQAB\",\"n\":\"" + b64url(bytes(r, 256)) + "\"}]}"))));
    g("certificate", r -> say(r, fence("text", "-----BEGIN CERTIFICATE-----\n" + wrap("MIIDdzCCAl+gAwIBAgIE" + b64(bytes(r, 600)), 64) + "\n-----END CERTIFICATE-----")));
    g("data-uri-image", r -> say(r, pick(r,
        "<img alt=\"logo\" src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA" + b64(bytes(r, 120 + r.nextInt(200))) + "\">",
        fence("css", ".icon {\n  background-image: url(\"data:image/gif;base64,R0lGODlh" + b64(bytes(r, 90)) + "\");\n}"),
        "![chart](data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ" + b64(bytes(r, 300)) + ")",
        "```json\n{\"outputs\":[{\"data\":{\"image/png\":\"iVBORw0KGgoAAAANSUhEUgAA" + b64(bytes(r, 400)) + "\"},\"output_type\":\"display_data\"}]}\n```")));
    g("base64-harmless", r -> say(r, pick(r,
        fence("console", "$ echo '" + b64(pick(r, "hello world", "{\"feature\":\"dark-mode\",\"enabled\":true}", "Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "user=mara;theme=light;lang=de")) + "' | base64 -d"),
        fence("yaml", "apiVersion: v1\nkind: ConfigMap\nbinaryData:\n  banner.txt: " + b64(pick(r, "Welcome to the staging cluster.\n", "Maintenance window: Sunday 02:00-04:00 UTC\n"))),
        "The cookie is just base64 of the preferences: `" + b64("{\"theme\":\"" + pick(r, "dark", "light") + "\",\"fontSize\":" + (12 + r.nextInt(6)) + "}") + "`")));
    g("card-luhn-fail", r -> { String n; do { n = digits(r, 16); } while (luhn(n)); return say(r, pick(r,
        "Order number " + n + " was shipped yesterday.",
        fence("csv", "order_id,amount\n" + n + ",49.90"),
        "Tracking: " + n.substring(0, 4) + " " + n.substring(4, 8) + " " + n.substring(8, 12) + " " + n.substring(12))); });
    g("iban-fail", r -> { String ib; do { ib = "DE" + digitsAny(r, 20); } while (ibanValid(ib)); String b = ib; return say(r, pick(r,
        "The validator rejects `" + b + "` because the checksum is wrong — that's the expected test case.",
        fence("java", "assertThat(Iban.isValid(\"" + b + "\")).isFalse();"))); });
    g("build-ids", r -> say(r, pick(r,
        "CI run " + digits(r, 10) + " (attempt 2) failed at step `test`; build scan: https://scans.gradle.com/s/" + rand(r, LOWER + DIGITS, 13),
        fence("text", "Build ID: " + hex(bytes(r, 20)) + "\nBuild number: " + (100 + r.nextInt(9000))),
        "Cloud Build: `" + uuid(r) + "` finished in 4m12s."
        )));
    g("trace-ids", r -> say(r, pick(r,
        fence("text", "traceparent: 00-" + hex(bytes(r, 16)) + "-" + hex(bytes(r, 8)) + "-01"),
        fence("json", "{\"level\":\"error\",\"trace_id\":\"" + hex(bytes(r, 16)) + "\",\"span_id\":\"" + hex(bytes(r, 8)) + "\",\"msg\":\"upstream timeout\"}"),
        "X-Amzn-Trace-Id: Root=1-" + hex(bytes(r, 4)) + "-" + hex(bytes(r, 12)) + ";Sampled=1")));
    g("request-ids", r -> say(r, pick(r,
        "AWS returned `RequestId: " + uuid(r) + "` with an AccessDenied error.",
        "cf-ray: " + hex(bytes(r, 8)) + "-" + pick(r, "FRA", "CDG", "MAD", "AMS"),
        fence("text", "x-request-id: " + rand(r, ALNUM, 20) + "\nx-amz-id-2: " + b64(bytes(r, 57))))));
    g("k8s-placeholder-secret", r -> say(r, fence("yaml", pick(r,
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\ntype: Opaque\ndata:\n  password: <base64-encoded-password>",
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: api\ntype: Opaque\nstringData:\n  API_KEY: ${API_KEY}\n  DB_PASSWORD: changeme",
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: demo\ntype: Opaque\ndata:\n  username: " + b64("admin") + "\n  password: " + b64("password")))));
    g("masked-keys", r -> say(r, pick(r,
        "Your current key is `sk-proj-...." + rand(r, ALNUM, 4) + "`; generate a new one in the dashboard.",
        "Token: ghp_****************************" + rand(r, ALNUM, 4),
        fence("text", "STRIPE_SECRET_KEY=sk_live_" + "•".repeat(20) + rand(r, ALNUM, 4)),
        "The log prints `xoxb-****-****-" + rand(r, ALNUM, 4) + "` which is the masked bot token.",
        "AKIA************" + rand(r, UPPER, 4) + " is the key the alert refers to.")));
    g("revoked-notice", r -> say(r, pick(r,
        "The key sk-...." + rand(r, ALNUM, 4) + " has been revoked on " + ts(r).substring(0, 10) + "; the incident is closed.",
        "GitHub revoked the token ending in `" + rand(r, ALNUM, 4) + "` automatically after the push to the public repo. I rotated the deploy workflow to use the new secret.",
        "Der Schlüssel `glpat-…" + rand(r, ALNUM, 4) + "` wurde widerrufen; bitte einen neuen anlegen.")));
    g("key-format-doc", r -> say(r, pick(r,
        "An OpenAI project key looks like `sk-proj-` followed by a long run of letters, digits, `-` and `_`.",
        "GitHub classic tokens are `ghp_` plus 36 characters; the last six are a CRC32 checksum in base62.",
        "Una clave de Stripe empieza por `sk_live_` (producción) o `sk_test_` (pruebas), seguida de caracteres alfanuméricos.",
        "Les jetons GitLab commencent par `glpat-` suivi de 20 caractères.",
        "AWS access key ids start with AKIA (long-term) or ASIA (temporary) and are 20 characters long.")));
    g("regex-key-formats", r -> say(r, pick(r,
        fence("python", "GITHUB_RE = re.compile(r\"ghp_[A-Za-z0-9]{36}\")\nAWS_RE = re.compile(r\"(AKIA|ASIA)[A-Z2-7]{16}\")"),
        fence("yaml", "rules:\n  - id: slack-token\n    regex: 'xox[baprs]-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24,34}'"),
        fence("js", "const stripeKey = /sk_(live|test)_[0-9a-zA-Z]{24,99}/;"),
        fence("toml", "[[rules]]\nid = \"openai\"\nregex = '''sk-(proj-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}'''"))));
    g("keygen-code", r -> say(r, pick(r,
        fence("python", "import secrets\n\nSECRET_KEY = secrets.token_hex(32)"),
        fence("js", "const key = crypto.randomBytes(32).toString('hex');"),
        fence("bash", "openssl rand -base64 32 > .jwt-secret && chmod 600 .jwt-secret"),
        fence("go", "b := make([]byte, 32)\nif _, err := rand.Read(b); err != nil {\n\treturn err\n}\ntoken := hex.EncodeToString(b)"),
        fence("bash", "ssh-keygen -t ed25519 -C \"deploy@ci\" -f ./deploy_key -N ''"))));
    g("test-fixtures", r -> say(r, pick(r,
        fence("python", "def test_rejects_bad_token(client):\n    resp = client.get(\"/me\", headers={\"Authorization\": \"Bearer test-token\"})\n    assert resp.status_code == 401"),
        fence("js", "jest.mock('./stripe', () => ({ apiKey: 'dummy' }));"),
        fence("go", "cfg := Config{APIKey: \"fake-key\", Secret: \"not-a-real-secret\"}"),
        fence("java", "when(vault.read(\"db/password\")).thenReturn(\"test-password\");"),
        fence("yaml", "test:\n  api_key: test_api_key\n  password: password123"))));
    g("version-strings", r -> say(r, pick(r,
        "Upgraded to " + (1 + r.nextInt(5)) + "." + r.nextInt(20) + "." + r.nextInt(30) + "-rc." + r.nextInt(9) + "+build." + digits(r, 6) + ".",
        fence("text", "openjdk 17.0." + r.nextInt(20) + " 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)"),
        "Go toolchain `go1.23." + r.nextInt(9) + "`, module `v0.0.0-2026" + digitsAny(r, 10) + "-" + hex(bytes(r, 6)) + "`.")));
    g("s3-object-keys", r -> say(r, pick(r,
        "The upload landed at `s3://acme-uploads/2026/11/" + String.format("%02d", 1 + r.nextInt(28)) + "/" + uuid(r) + ".png`.",
        fence("json", "{\"Bucket\":\"exports-prod\",\"Key\":\"reports/" + hex(bytes(r, 16)) + "/summary.csv\",\"ETag\":\"\\\"" + hex(bytes(r, 16)) + "\\\"\"}"),
        "gs://ml-artifacts/runs/" + rand(r, LOWER + DIGITS, 20) + "/model.safetensors")));
    g("css-hashes", r -> say(r, pick(r,
        "<div class=\"css-" + rand(r, LOWER + DIGITS, 7) + " styles_button__" + rand(r, ALNUM, 5) + "\">Save</div>",
        fence("css", "._" + rand(r, ALNUM, 6) + "_1 { color: #1a1a1a; }\n.sc-" + rand(r, ALNUM, 6) + " { display: flex; }"))));
    g("webpack-chunks", r -> say(r, fence("console", "$ npm run build\n\nFile sizes after gzip:\n\n  " + (40 + r.nextInt(90)) + ".2 kB  build/static/js/main." + hex(bytes(r, 4)) + ".js\n  " + (2 + r.nextInt(9)) + ".1 kB   build/static/js/" + (100 + r.nextInt(800)) + "." + hex(bytes(r, 4)) + ".chunk.js\n  1.3 kB   build/static/css/main." + hex(bytes(r, 4)) + ".css")));
    g("jwt-unsigned", r -> { String t = b64url("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes()) + "." + b64url(("{\"sub\":\"" + digits(r, 6) + "\",\"role\":\"viewer\"}").getBytes()) + "."; return say(r, pick(r,
        "That token is unsigned (`alg: none`), which is why the gateway rejects it: `" + t + "`",
        fence("python", "# alg=none must be refused\nUNSIGNED = \"" + t + "\"\nwith pytest.raises(InvalidTokenError):\n    verify(UNSIGNED)"))); });
    g("csp-nonce", r -> say(r, pick(r,
        "Content-Security-Policy: script-src 'self' 'nonce-" + b64(bytes(r, 16)) + "'; object-src 'none'",
        "<script nonce=\"" + b64(bytes(r, 16)) + "\">window.__APP__ = {};</script>")));
    g("oauth-client-ids", r -> say(r, pick(r,
        fence("json", "{\"web\":{\"client_id\":\"" + digits(r, 12) + "-" + rand(r, LOWER + DIGITS, 32) + ".apps.googleusercontent.com\",\"redirect_uris\":[\"http://localhost:8080/callback\"]}}"),
        "GitHub App client id: `Iv1." + hex(bytes(r, 8)) + "` (public, goes in the frontend).")));
    g("k8s-pod-names", r -> say(r, fence("console", "$ kubectl get pods -n prod\nNAME                          READY   STATUS    RESTARTS   AGE\napi-" + hex(bytes(r, 5)).substring(0, 9) + "-" + rand(r, LOWER + DIGITS, 5) + "         1/1     Running   0          3d\nworker-" + hex(bytes(r, 5)).substring(0, 10) + "-" + rand(r, LOWER + DIGITS, 5) + "     1/1     Running   2          3d")));
    g("stripe-object-ids", r -> say(r, pick(r,
        "The webhook event `evt_" + rand(r, ALNUM, 24) + "` refers to customer `cus_" + rand(r, ALNUM, 14) + "`.",
        fence("json", "{\"id\":\"pi_" + rand(r, ALNUM, 24) + "\",\"object\":\"payment_intent\",\"amount\":2000,\"customer\":\"cus_" + rand(r, ALNUM, 14) + "\"}"))));
    g("aws-arns", r -> say(r, pick(r,
        "arn:aws:iam::" + digitsAny(r, 12) + ":role/" + pick(r, "deploy", "lambda-exec", "ci-readonly"),
        fence("json", "{\"UserId\":\"AIDA" + rand(r, UPPER + "234567", 17) + "\",\"Account\":\"" + digitsAny(r, 12) + "\",\"Arn\":\"arn:aws:iam::" + digitsAny(r, 12) + ":user/ci\"}"),
        "arn:aws:secretsmanager:eu-central-1:" + digitsAny(r, 12) + ":secret:prod/db-" + rand(r, ALNUM, 6))));
    g("notebook-output", r -> say(r, fence("json", "{\"output_type\":\"execute_result\",\"data\":{\"text/plain\":[\"array([[0." + digitsAny(r, 8) + ", 0." + digitsAny(r, 8) + "],\\n\",\"       [0." + digitsAny(r, 8) + ", 0." + digitsAny(r, 8) + "]])\"]},\"execution_count\":" + r.nextInt(40) + "}")));
    g("stacktrace-addresses", r -> say(r, pick(r,
        fence("text", "Exception in thread \"main\" java.lang.IllegalStateException: pool closed\n\tat com.acme.db.Pool.get(Pool.java:88)\n\tat com.acme.app.Main.main(Main.java:14)\nobject: com.acme.db.Pool@" + hex(bytes(r, 4))),
        fence("text", "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x" + hex(bytes(r, 3)) + "]\n\ngoroutine 1 [running]:\nmain.main()\n\t/app/main.go:12 +0x" + hex(bytes(r, 1))),
        fence("text", "#0  0x00007ffd" + hex(bytes(r, 4)) + " in __GI_raise (sig=6)\n#1  0x00007ffd" + hex(bytes(r, 4)) + " in __GI_abort ()"))));
    g("source-map", r -> say(r, fence("json", "{\"version\":3,\"file\":\"main.js\",\"sources\":[\"src/index.ts\"],\"names\":[],\"mappings\":\"AAAA," + rand(r, "ACEGIKMOQSUWYaceg", 6) + ";AACA," + rand(r, "ACEGIKMOQSUWYaceg", 8) + ",SAAS\"}")));
    g("sops-encrypted", r -> say(r, pick(r,
        fence("yaml", "db_password: ENC[AES256_GCM,data:" + b64(bytes(r, 18)) + ",iv:" + b64(bytes(r, 32)) + ",tag:" + b64(bytes(r, 16)) + ",type:str]\nsops:\n    version: 3.9.0"),
        fence("text", "$ANSIBLE_VAULT;1.1;AES256\n" + wrap(hex(bytes(r, 120)), 80)))));
    g("empty-assignments", r -> say(r, pick(r,
        fence("env", "DB_PASSWORD=\nAPI_KEY=\nSECRET_KEY="),
        fence("python", "password: str | None = None\napi_key: str = \"\""),
        "The password must be at least 12 characters and contain a digit; `password=short1` fails validation.",
        fence("yaml", "auth:\n  password: null\n  token: \"\""))));
    g("local-dev-urls", r -> say(r, pick(r,
        fence("yaml", "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: postgres\n  app:\n    environment:\n      DATABASE_URL: postgres://postgres:postgres@db:5432/app"),
        fence("env", "DATABASE_URL=postgresql://user:password@localhost:5432/mydb"),
        fence("text", "redis://localhost:6379/0"),
        fence("env", "DATABASE_URL=mysql://root:${MYSQL_ROOT_PASSWORD}@127.0.0.1:3306/app"))));
    g("curl-env-refs", r -> { String v = svc(r); return say(r, fence("bash", pick(r,
        "curl -sS https://api.openai.com/v1/models -H \"Authorization: Bearer $OPENAI_API_KEY\"",
        "curl -u \"$USER:$(cat ~/.config/token)\" https://api.bitbucket.org/2.0/user",
        "http GET api.example.com/v1/me Authorization:\"Bearer $" + v + "\""))); });
    g("openapi-no-values", r -> say(r, fence("yaml", "components:\n  securitySchemes:\n    bearerAuth:\n      type: http\n      scheme: bearer\n      bearerFormat: JWT\n    apiKeyHeader:\n      type: apiKey\n      in: header\n      name: X-API-Key\nsecurity:\n  - bearerAuth: []")));
    g("postman-var-refs", r -> say(r, fence("json", "{\n  \"auth\": {\"type\": \"bearer\", \"bearer\": [{\"key\": \"token\", \"value\": \"{{accessToken}}\", \"type\": \"string\"}]},\n  \"variable\": [{\"key\": \"baseUrl\", \"value\": \"https://api.example.com\"}, {\"key\": \"accessToken\", \"value\": \"\"}]\n}")));
    g("gha-secret-refs", r -> { String v = svc(r); return say(r, fence("yaml", "jobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/setup-node@v4\n        with:\n          registry-url: https://registry.npmjs.org\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n          " + v + ": ${{ secrets." + v + " }}")); });
    g("terraform-refs", r -> say(r, fence("hcl", pick(r,
        "resource \"aws_db_instance\" \"main\" {\n  username = \"app\"\n  password = var.db_password\n}",
        "data \"aws_secretsmanager_secret_version\" \"db\" {\n  secret_id = \"prod/db\"\n}\n\nlocals {\n  db_password = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)[\"password\"]\n}",
        "provider \"cloudflare\" {\n  api_token = var.cloudflare_api_token\n}"))));
    g("doc-ids-in-urls", r -> say(r, pick(r,
        "The spreadsheet is https://docs.google.com/spreadsheets/d/" + rand(r, URLSAFE, 44) + "/edit#gid=0",
        "Video: https://www.youtube.com/watch?v=" + rand(r, URLSAFE, 11),
        "Design: https://www.figma.com/file/" + rand(r, ALNUM, 22) + "/Checkout-Flow")));
    g("git-lfs-pointer", r -> say(r, fence("text", "version https://git-lfs.github.com/spec/v1\noid sha256:" + hex(bytes(r, 32)) + "\nsize " + (1000 + r.nextInt(9000000)))));
    g("dkim-signature", r -> say(r, fence("text", "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=acme-corp.de; s=mail2026;\n\th=from:to:subject:date; bh=" + b64(bytes(r, 32)) + ";\n\tb=" + wrap(b64(bytes(r, 256)), 70).replace("\n", "\n\t  "))));
    g("ssh-host-fingerprints", r -> say(r, fence("console", "$ ssh deploy@build.acme-corp.de\nThe authenticity of host 'build.acme-corp.de (203.0.113.7)' can't be established.\nED25519 key fingerprint is SHA256:" + b64(bytes(r, 32)).replace("=", "") + ".\nAre you sure you want to continue connecting (yes/no/[fingerprint])?")));
    g("pgp-public", r -> say(r, pick(r,
        fence("text", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + wrap("mDMEZ" + b64(bytes(r, 300)), 64) + "\n=" + b64(bytes(r, 3)) + "\n-----END PGP PUBLIC KEY BLOCK-----"),
        fence("text", "-----BEGIN PGP SIGNATURE-----\n\n" + wrap("iHUEABYKAB0WIQ" + b64(bytes(r, 100)), 64) + "\n=" + b64(bytes(r, 3)) + "\n-----END PGP SIGNATURE-----"))));
    g("sentry-public-dsn", r -> say(r, fence(pick(r, "python", "js"), "sentry_sdk.init(dsn=\"https://" + hex(bytes(r, 16)) + "@o" + digits(r, 6) + ".ingest.sentry.io/" + digits(r, 7) + "\", traces_sample_rate=0.2)")));
    g("lockfiles", r -> say(r, pick(r,
        fence("text", "\"@babel/core@^7.24.0\":\n  version \"7.24.4\"\n  resolved \"https://registry.yarnpkg.com/@babel/core/-/core-7.24.4.tgz#" + hex(bytes(r, 20)) + "\"\n  integrity sha512-" + b64(bytes(r, 64))),
        fence("text", "pnpm-lock.yaml:\n  /ms@2.1.3:\n    resolution: {integrity: sha512-" + b64(bytes(r, 64)) + "}"))));
    g("commit-messages", r -> say(r, pick(r,
        "fix(auth): stop logging the bearer token\n\nThe middleware printed the full Authorization header at debug level. It now\nprints `Bearer ***`. Refs #" + (100 + r.nextInt(900)) + ", reverts " + hex(bytes(r, 4)).substring(0, 7) + ".",
        "chore: rotate the staging API key (new value lives in Vault at secret/staging/api)",
        "feat: read STRIPE_SECRET_KEY from the environment instead of settings.py\n\nCo-authored-by: Mara <mara@acme-corp.de>")));
    g("pr-descriptions", r -> say(r, "## Summary\nMoves all credentials to the secret manager.\n\n## Changes\n- `settings.py` reads `" + svc(r) + "` via `os.environ`\n- removed the hard-coded fallback\n- CI uses `${{ secrets." + svc(r) + " }}`\n\n## Checklist\n- [x] no secrets in the diff\n- [x] `gitleaks detect` clean"));
    g("sql-migrations", r -> say(r, fence("sql", pick(r,
        "CREATE TABLE api_keys (\n  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),\n  key_hash bytea NOT NULL,\n  prefix text NOT NULL,\n  created_at timestamptz NOT NULL DEFAULT now()\n);",
        "ALTER TABLE users ADD COLUMN password_hash text;\nUPDATE users SET password_hash = crypt(password, gen_salt('bf'));\nALTER TABLE users DROP COLUMN password;",
        "INSERT INTO api_keys (id, key_hash, prefix) VALUES ('" + uuid(r) + "', decode('" + hex(bytes(r, 32)) + "', 'hex'), 'mk_live');"))));
    g("csv-data", r -> say(r, fence("csv", "id,sku,checksum,created\n" + uuid(r) + ",SKU-" + digits(r, 6) + "," + hex(bytes(r, 16)) + "," + ts(r) + "\n" + uuid(r) + ",SKU-" + digits(r, 6) + "," + hex(bytes(r, 16)) + "," + ts(r))));
    g("http-dump-no-secret", r -> say(r, fence("text", "> POST /v1/login HTTP/1.1\n> Host: api.example.com\n> Content-Type: application/json\n> Authorization: Bearer <redacted>\n>\n< HTTP/1.1 200 OK\n< Set-Cookie: session=; Max-Age=0; Path=/\n< ETag: W/\"" + hex(bytes(r, 10)) + "\"\n< X-Request-Id: " + uuid(r))));
    g("tool-call-safe", r -> say(r, "{\"type\":\"tool_use\",\"id\":\"toolu_" + rand(r, ALNUM, 24) + "\",\"name\":\"write_file\",\"input\":{\"path\":\"src/config.ts\",\"content\":\"export const apiKey = process.env.API_KEY ?? '';\\nexport const region = 'eu-west-1';\\n\"}}"));
    g("terminal-safe", r -> say(r, fence("console", pick(r,
        "$ gh auth status\ngithub.com\n  ✓ Logged in to github.com account mara (keyring)\n  - Token: gho_************************************\n  - Token scopes: 'repo', 'read:org'",
        "$ npm whoami\nmara-acme\n$ npm token list\n┌────────┬─────────┬────────────┐\n│ id     │ token   │ created    │\n├────────┼─────────┼────────────┤\n│ " + hex(bytes(r, 3)) + " │ npm_…" + rand(r, ALNUM, 4) + " │ 2026-11-02 │\n└────────┴─────────┴────────────┘",
        "$ aws sts get-caller-identity\n{\n    \"UserId\": \"AIDA" + rand(r, UPPER + "234567", 17) + "\",\n    \"Account\": \"" + digitsAny(r, 12) + "\",\n    \"Arn\": \"arn:aws:iam::" + digitsAny(r, 12) + ":user/mara\"\n}"))));
    g("random-words-b64like", r -> say(r, pick(r,
        "Feature flag keys: `checkoutV2Enabled`, `newPricingPageRollout`, `experimentalSearchRanking`.",
        fence("ts", "export const routes = {\n  orderHistoryPage: '/account/orders',\n  paymentMethodSettings: '/account/payment-methods',\n} as const;"),
        "Constant names like `MAX_RETRY_BACKOFF_MILLISECONDS` and `DEFAULT_CONNECTION_POOL_SIZE` are fine to keep in code.")));
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
