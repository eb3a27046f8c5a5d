package io.moltr.core.scan;

import static io.moltr.core.scan.Blind25Util.*;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * Blind25 hard negatives. A generator returns either {field, value} (embedded into a random
 * structure by the corpus) or {text} (a whole structure of its own).
 */
final class Blind25Negatives {
  record Neg(String name, Function<Random, String[]> gen) {}

  static final List<Neg> ALL = new ArrayList<>();

  private Blind25Negatives() {}

  static void n(String name, Function<Random, String[]> g) {
    ALL.add(new Neg(name, g));
  }

  static String[] fv(String f, String v) {
    return new String[] {f, v};
  }

  static String[] txt(String t) {
    return new String[] {t};
  }

  static String uuid(Random r) {
    return new UUID(r.nextLong(), r.nextLong()).toString();
  }

  static String uuid4(Random r) {
    long hi = (r.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
    long lo = (r.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(hi, lo).toString();
  }

  static String luhnFail(Random r, String prefix, int len) {
    String p = prefix + rs(r, DIGITS, len - 1 - prefix.length());
    int good = luhnDigit(p);
    return p + (good + 1 + r.nextInt(8)) % 10;
  }

  static String ibanFail(Random r) {
    String good = Blind25Secrets.ibanFor(r, pick(r, "DE", "GB", "FR", "NL", "ES", "IT"));
    int cd = Integer.parseInt(good.substring(2, 4));
    int bad = (cd + 1 + r.nextInt(90)) % 97;
    if (bad < 2) {
      bad += 2;
    }
    return good.substring(0, 2) + String.format("%02d", bad) + good.substring(4);
  }

  static String sha(Random r, String alg) {
    return hex(digest(alg, bytes(r, 16)));
  }

  static String pubPem(Random r, String label, int n) {
    return "-----BEGIN " + label + "-----\n" + wrap(b64(bytes(r, n)), 64) + "\n-----END " + label + "-----";
  }

  static final String[] PLACEHOLDERS = {
    "YOUR_API_KEY", "<your-token-here>", "<token>", "sk-xxxxxxxxxxxxxxxxxxxxxxxx", "********", "xxxxxxxxxxxxxxxx",
    "changeme", "REPLACE_ME", "your-secret-here", "<REDACTED>", "[redacted]", "TODO: fill in", "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX",
    "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "AKIAXXXXXXXXXXXXXXXX", "<paste key>", "example-key", "dummy", "null", "none"
  };

  static final String[] ENVREFS = {
    "${DB_PASSWORD}", "${env:API_TOKEN}", "{{ secrets.DEPLOY_TOKEN }}", "${{ secrets.NPM_TOKEN }}", "$(cat /run/secrets/api_key)",
    "%(SMTP_PASSWORD)s", "{{ .Values.apiKey }}", "${var.db_password}", "!vault |", "{{ lookup('env', 'API_KEY') }}",
    "${STRIPE_SECRET_KEY:?missing}", "env(GITHUB_TOKEN)", "os.environ[\"OPENAI_API_KEY\"]", "process.env.SLACK_TOKEN",
    "secretKeyRef:app-secrets/password", "@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.azure.net/secrets/db/)",
    "vault:secret/data/app#token", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf", "$SENTRY_AUTH_TOKEN", "%API_KEY%"
  };

  static final String[] FIELDS = {"api_key", "token", "password", "secret", "client_secret", "OPENAI_API_KEY", "GITHUB_TOKEN",
    "DATABASE_PASSWORD", "STRIPE_SECRET_KEY", "auth_token", "SLACK_WEBHOOK_URL", "access_token"};

  static {
    n("sha256-column", r -> fv(pick(r, "sha256", "checksum", "content_sha256", "digest"), sha(r, "SHA-256")));
    n("md5-column", r -> fv(pick(r, "md5", "etag", "file_md5", "checksum_md5"), sha(r, "MD5")));
    n("sha1-column", r -> fv(pick(r, "sha1", "commit", "git_sha", "revision"), sha(r, "SHA-1")));
    n("sha512-column", r -> fv(pick(r, "sha512", "artifact_digest"), sha(r, "SHA-512")));
    n("short-sha", r -> fv(pick(r, "commit", "build_ref", "short_sha"), sha(r, "SHA-1").substring(0, 7 + r.nextInt(5))));
    n("uuid-id", r -> fv(pick(r, "id", "request_id", "tenant_id", "customer_uuid", "correlation_id"), uuid4(r)));
    n("order-number", r -> fv(pick(r, "order_no", "invoice", "order_id"), pick(r, "ORD-", "INV-", "SO") + (2026000000L + r.nextInt(999999))));
    n("luhn-fail-card", r -> fv(pick(r, "card_number", "pan", "cc"), luhnFail(r, pick(r, "4", "51", "37", "6011"), 16)));
    n("luhn-fail-order", r -> fv(pick(r, "tracking_number", "reference"), luhnFail(r, "9", 16)));
    n("iban-fail", r -> fv(pick(r, "iban", "account", "IBAN"), ibanFail(r)));
    n("base64-json", r -> fv(pick(r, "state", "cursor", "payload", "page_token"), b64("{\"page\":" + r.nextInt(50) + ",\"sort\":\"created_at\",\"dir\":\"desc\"}")));
    n("base64-text", r -> fv(pick(r, "banner", "motd", "description_b64"), b64(pick(r, "Welcome to the staging cluster. Be nice.", "Maintenance window Sunday 02:00-04:00 UTC", "hello world from the build farm"))));
    n("ssh-public-key", r -> fv(pick(r, "ssh_authorized_key", "public_key", "deploy_key_pub"), "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, B64, 43) + " ops@bastion"));
    n("ssh-rsa-public", r -> fv("authorized_keys", "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rs(r, B64, 360) + " ci@runner"));
    n("pem-public-key", r -> fv(pick(r, "public_key", "jwt_public_key", "verify_key"), pubPem(r, "PUBLIC KEY", 294)));
    n("certificate", r -> fv(pick(r, "tls_cert", "ca_bundle", "certificate"), pubPem(r, "CERTIFICATE", 800)));
    n("aws-example", r -> fv(pick(r, "aws_access_key_id", "aws_secret_access_key"), r.nextBoolean() ? "AKIAIOSFODNN7EXAMPLE" : "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
    n("placeholder", r -> fv(pick(r, FIELDS), pick(r, PLACEHOLDERS)));
    n("env-reference", r -> fv(pick(r, FIELDS), pick(r, ENVREFS)));
    n("docker-digest", r -> fv(pick(r, "image", "digest"), pick(r, "ghcr.io/acme/api", "nginx", "postgres") + "@sha256:" + sha(r, "SHA-256")));
    n("trace-id", r -> fv(pick(r, "trace_id", "traceparent"), "00-" + rs(r, HEX, 32) + "-" + rs(r, HEX, 16) + "-01"));
    n("request-id", r -> fv(pick(r, "x_request_id", "request_id", "amzn_request_id"), rs(r, UPPER + DIGITS, 20)));
    n("s3-object-key", r -> fv(pick(r, "object_key", "s3_key"), "uploads/2026/11/30/" + rs(r, HEX, 12) + "/" + pick(r, "invoice.pdf", "avatar.png", "export.csv.gz")));
    n("css-hash", r -> fv(pick(r, "className", "css_module"), "_button_" + rs(r, ALNUM + "_-", 5) + " " + "css-" + rs(r, LOWER + DIGITS, 6)));
    n("webpack-chunk", r -> fv(pick(r, "chunk", "asset"), "static/js/" + pick(r, "main", "vendors", "runtime") + "." + rs(r, HEX, 20) + ".chunk.js"));
    n("build-id", r -> fv(pick(r, "build_id", "run_id"), pick(r, "bld-", "run_") + (10000000 + r.nextInt(90000000)) + "-" + rs(r, HEX, 8)));
    n("version-string", r -> fv(pick(r, "version", "tag"), "v" + r.nextInt(5) + "." + r.nextInt(30) + "." + r.nextInt(40) + pick(r, "", "-rc.1", "+build." + rs(r, HEX, 7))));
    n("redaction-message", r -> fv(pick(r, "note", "comment", "status"), "key " + pick(r, "sk-", "ghp_", "sk_live_", "xoxb-") + "...." + rs(r, ALNUM, 4) + " was revoked on 2026-11-29"));
    n("bcrypt-hash", r -> fv(pick(r, "password_hash", "pw_hash", "password_digest"), "$2b$12$" + rs(r, ALNUM + "./", 53)));
    n("argon2-hash", r -> fv("password_hash", "$argon2id$v=19$m=65536,t=3,p=4$" + rs(r, B64, 22) + "$" + rs(r, B64, 43)));
    n("data-uri", r -> fv(pick(r, "icon", "avatar", "logo"), "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h" + rs(r, B64, 120) + "=="));
    n("btc-address", r -> fv(pick(r, "payout_address", "btc_address"), "bc1q" + rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38)));
    n("eth-address", r -> fv(pick(r, "wallet", "eth_address", "contract"), "0x" + rs(r, HEX, 40)));
    n("eth-tx-hash", r -> fv(pick(r, "tx_hash", "transaction"), "0x" + rs(r, HEX, 64)));
    n("jwt-alg-none", r -> fv(pick(r, "id_token_debug", "sample_token"), Base64.getUrlEncoder().withoutPadding().encodeToString(utf8("{\"alg\":\"none\",\"typ\":\"JWT\"}"))
        + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(utf8("{\"sub\":\"" + r.nextInt(9999) + "\",\"name\":\"test user\"}")) + "."));
    n("stripe-publishable", r -> fv(pick(r, "STRIPE_PUBLISHABLE_KEY", "stripePublicKey"), pick(r, "pk_live_", "pk_test_") + mixed(r, ALNUM, 24 + r.nextInt(76))));
    n("twilio-sid-alone", r -> fv(pick(r, "TWILIO_ACCOUNT_SID", "account_sid"), "AC" + rs(r, HEX, 32)));
    n("google-client-id", r -> fv(pick(r, "GOOGLE_CLIENT_ID", "clientId"), rs(r, DIGITS, 12) + "-" + rs(r, LOWER + DIGITS, 32) + ".apps.googleusercontent.com"));
    n("ulid", r -> fv(pick(r, "event_id", "ulid"), "01J" + rs(r, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23)));
    n("nanoid", r -> fv(pick(r, "public_id", "slug", "share_id"), rs(r, B64URL, 21)));
    n("azurite-key", r -> txt("# local dev with Azurite\nAZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
        + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;\n"));
    n("sops-encrypted", r -> txt("db:\n    password: ENC[AES256_GCM,data:" + rs(r, B64, 24) + ",iv:" + rs(r, B64, 43) + "=,tag:" + rs(r, B64, 22)
        + "==,type:str]\nsops:\n    age:\n        - recipient: age1" + rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58) + "\n    lastmodified: \"2026-11-30T21:00:00Z\"\n    version: 3.9.1\n"));
    n("k8s-secret-placeholder", r -> txt("apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\ntype: Opaque\ndata:\n  password: "
        + b64(pick(r, "changeme", "REPLACE_ME", "password", "example")) + "\n  username: " + b64(pick(r, "admin", "app", "postgres")) + "\n"));
    n("npm-lockfile", r -> txt("{\n  \"name\": \"web\",\n  \"lockfileVersion\": 3,\n  \"packages\": {\n    \"node_modules/" + pick(r, "lodash", "react", "zod", "chalk")
        + "\": {\n      \"version\": \"4.17.21\",\n      \"resolved\": \"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\",\n      \"integrity\": \"sha512-"
        + b64(bytes(r, 64)) + "\"\n    }\n  }\n}"));
    n("yarn-lock", r -> txt(pick(r, "chalk", "debug", "ms") + "@^4.1.0:\n  version \"4.1.2\"\n  resolved \"https://registry.yarnpkg.com/chalk/-/chalk-4.1.2.tgz#" + sha(r, "SHA-1")
        + "\"\n  integrity sha512-" + b64(bytes(r, 64)) + "\n"));
    n("go-sum", r -> txt("github.com/" + pick(r, "spf13/cobra", "stretchr/testify", "google/uuid") + " v1.8.1 h1:" + b64(bytes(r, 32)) + "\ngithub.com/spf13/cobra v1.8.1/go.mod h1:"
        + b64(bytes(r, 32)) + "\n"));
    n("cargo-lock", r -> txt("[[package]]\nname = \"" + pick(r, "serde", "tokio", "anyhow") + "\"\nversion = \"1.0.215\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \""
        + sha(r, "SHA-256") + "\"\n"));
    n("poetry-lock", r -> txt("[[package]]\nname = \"requests\"\nversion = \"2.32.3\"\nfiles = [\n    {file = \"requests-2.32.3-py3-none-any.whl\", hash = \"sha256:" + sha(r, "SHA-256")
        + "\"},\n    {file = \"requests-2.32.3.tar.gz\", hash = \"sha256:" + sha(r, "SHA-256") + "\"},\n]\n"));
    n("sri-hash", r -> txt("<script src=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js\" integrity=\"sha384-" + b64(bytes(r, 48))
        + "\" crossorigin=\"anonymous\"></script>"));
    n("tfstate-public", r -> txt("{\n  \"version\": 4,\n  \"resources\": [{\n    \"type\": \"aws_s3_bucket\",\n    \"name\": \"logs\",\n    \"instances\": [{\"attributes\": {\n"
        + "      \"arn\": \"arn:aws:s3:::acme-logs-" + rs(r, LOWER + DIGITS, 8) + "\",\n      \"id\": \"acme-logs\",\n      \"hosted_zone_id\": \"Z" + rs(r, UPPER + DIGITS, 13)
        + "\",\n      \"vpc_id\": \"vpc-" + rs(r, HEX, 17) + "\",\n      \"subnet_id\": \"subnet-" + rs(r, HEX, 17) + "\",\n      \"kms_key_id\": \"arn:aws:kms:eu-west-1:"
        + rs(r, DIGITS, 12) + ":key/" + uuid4(r) + "\"\n    }}]\n  }]\n}"));
    n("aws-arn", r -> fv(pick(r, "role_arn", "topic_arn"), "arn:aws:" + pick(r, "iam::", "sns:eu-west-1:") + rs(r, DIGITS, 12) + ":" + pick(r, "role/deploy-", "alerts-") + rs(r, LOWER, 6)));
    n("azure-resource-id", r -> fv("resource_id", "/subscriptions/" + uuid4(r) + "/resourceGroups/rg-prod/providers/Microsoft.Storage/storageAccounts/st" + rs(r, LOWER + DIGITS, 10)));
    n("gerrit-change-id", r -> txt("commit " + sha(r, "SHA-1") + "\nAuthor: Dana <dana@acme.io>\n\n    Fix retry loop in the uploader\n\n    Change-Id: I" + sha(r, "SHA-1") + "\n"));
    n("gtin-ean", r -> fv(pick(r, "ean", "gtin", "barcode"), "40" + rs(r, DIGITS, 11)));
    n("isbn", r -> fv("isbn", "978-3-" + rs(r, DIGITS, 3) + "-" + rs(r, DIGITS, 5) + "-" + r.nextInt(10)));
    n("phone", r -> fv(pick(r, "phone", "mobile"), "+49 " + (150 + r.nextInt(30)) + " " + rs(r, DIGITS, 8)));
    n("epoch-ms", r -> fv(pick(r, "created_ms", "ts"), String.valueOf(1700000000000L + (long) r.nextInt(Integer.MAX_VALUE) * 10)));
    n("mac-ipv6", r -> fv(pick(r, "mac", "ipv6"), r.nextBoolean() ? "3c:22:fb:" + rs(r, HEX, 2) + ":" + rs(r, HEX, 2) + ":" + rs(r, HEX, 2)
        : "2001:db8:" + rs(r, HEX, 4) + "::" + rs(r, HEX, 4)));
    n("color-hex", r -> fv(pick(r, "primary", "accent"), "#" + rs(r, HEX, 6)));
    n("ssh-fingerprint", r -> fv("fingerprint", "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(bytes(r, 32))));
    n("pgp-public", r -> fv("gpg_public_key", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + wrap("mDMEZ" + rs(r, B64, 200), 64) + "\n=" + rs(r, B64, 4)
        + "\n-----END PGP PUBLIC KEY BLOCK-----"));
    n("age-public", r -> fv("age_recipient", "age1" + rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)));
    n("gpg-key-id", r -> fv("signing_key_id", rs(r, HEX, 16).toUpperCase()));
    n("webhook-signature", r -> txt("POST /hooks/github HTTP/1.1\nHost: ci.acme.io\nX-GitHub-Event: push\nX-GitHub-Delivery: " + uuid4(r)
        + "\nX-Hub-Signature-256: sha256=" + sha(r, "SHA-256") + "\nContent-Type: application/json\n\n{\"ref\":\"refs/heads/main\"}"));
    n("etag-header", r -> txt("HTTP/1.1 200 OK\nETag: W/\"" + rs(r, HEX, 32) + "\"\nCache-Control: max-age=600\nX-Amz-Request-Id: " + rs(r, UPPER + DIGITS, 16)
        + "\nX-Amz-Id-2: " + rs(r, B64, 76) + "\n"));
    n("password-policy", r -> fv(pick(r, "password", "password_policy"), pick(r, "min 12 chars, 1 digit", "required", "must be rotated every 90 days", "see 1Password")));
    n("masked-card", r -> fv("card", pick(r, "4111 **** **** ", "**** **** **** ", "XXXX-XXXX-XXXX-") + rs(r, DIGITS, 4)));
    n("helm-existing-secret", r -> txt("postgresql:\n  auth:\n    existingSecret: pg-credentials\n    secretKeys:\n      adminPasswordKey: postgres-password\n"
        + "redis:\n  auth:\n    password: \"\"\n    existingSecret: redis-auth\n"));
    n("env-from-code", r -> txt(pick(r, "api_key = os.environ[\"OPENAI_API_KEY\"]\nclient = OpenAI(api_key=api_key)\n",
        "const token = process.env.GITHUB_TOKEN ?? '';\nconst octokit = new Octokit({ auth: token });\n",
        "token := os.Getenv(\"SLACK_BOT_TOKEN\")\nif token == \"\" {\n\tlog.Fatal(\"SLACK_BOT_TOKEN not set\")\n}\n",
        "String key = System.getenv(\"STRIPE_SECRET_KEY\");\nStripe.apiKey = Objects.requireNonNull(key);\n",
        "$password = getenv('DB_PASSWORD');\n$pdo = new PDO($dsn, 'app', $password);\n")));
    n("uuid-csv", r -> {
      StringBuilder sb = new StringBuilder("order_id,customer_id,amount,currency\n");
      for (int i = 0; i < 4 + r.nextInt(6); i++) {
        sb.append("ORD-").append(100000 + r.nextInt(899999)).append(',').append(uuid4(r)).append(',').append(r.nextInt(900)).append('.').append(r.nextInt(90) + 10).append(",EUR\n");
      }
      return txt(sb.toString());
    });
    n("hash-table-md", r -> {
      StringBuilder sb = new StringBuilder("| File | SHA-256 |\n|------|---------|\n");
      for (int i = 0; i < 3 + r.nextInt(3); i++) {
        sb.append("| ").append(pick(r, "app.jar", "cli-linux-amd64", "cli-darwin-arm64", "checksums.txt", "bundle.tgz")).append(" | `").append(sha(r, "SHA-256")).append("` |\n");
      }
      return txt(sb.toString());
    });
    n("users-sql", r -> txt("INSERT INTO users (id, email, password_hash, api_key_last4) VALUES ('" + uuid4(r) + "', 'ana@example.com', '$2a$10$" + rs(r, ALNUM + "./", 53)
        + "', '" + rs(r, ALNUM, 4) + "');"));
    n("copy-ids", r -> txt("COPY public.sessions (id, user_id, created) FROM stdin;\n" + uuid4(r) + "\t" + (100 + r.nextInt(900)) + "\t2026-11-30\n" + uuid4(r) + "\t"
        + (100 + r.nextInt(900)) + "\t2026-11-29\n\\.\n"));
    n("notebook-output", r -> txt("{\n \"cell_type\": \"code\",\n \"outputs\": [{\"name\": \"stdout\", \"output_type\": \"stream\", \"text\": [\"model sha256: " + sha(r, "SHA-256")
        + "\\n\", \"run id: " + uuid4(r) + "\\n\"]}],\n \"source\": [\"print(digest(model))\"]\n}"));
    n("logfmt-trace", r -> txt("ts=2026-11-30T22:00:00Z level=info trace_id=" + rs(r, HEX, 32) + " span_id=" + rs(r, HEX, 16) + " msg=\"GET /api/orders\" status=200 dur_ms="
        + r.nextInt(900) + "\n"));
    n("har-public", r -> txt("{\"log\":{\"entries\":[{\"request\":{\"method\":\"GET\",\"url\":\"https://cdn.acme.io/app." + rs(r, HEX, 20)
        + ".js\",\"headers\":[{\"name\":\"If-None-Match\",\"value\":\"\\\"" + rs(r, HEX, 32) + "\\\"\"},{\"name\":\"Authorization\",\"value\":\"Bearer <token>\"}]},\"response\":{\"status\":304}}]}}"));
    n("plist-public", r -> txt("<dict>\n  <key>CFBundleVersion</key>\n  <string>" + (100 + r.nextInt(900)) + "</string>\n  <key>TeamIdentifier</key>\n  <string>"
        + rs(r, UPPER + DIGITS, 10) + "</string>\n  <key>GIDClientID</key>\n  <string>" + rs(r, DIGITS, 12) + "-" + rs(r, LOWER + DIGITS, 32) + ".apps.googleusercontent.com</string>\n</dict>"));
    n("ini-refs", r -> txt("[database]\nhost = db.internal\nuser = app\npassword = %(DB_PASSWORD)s\n\n[smtp]\npassword = ${SMTP_PASSWORD}\n"));
  }
}
