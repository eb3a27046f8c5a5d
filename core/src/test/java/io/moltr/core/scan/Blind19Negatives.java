package io.moltr.core.scan;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/** Hard negatives for blind19: realistic agent output that holds no live secret. */
final class Blind19Negatives {
  record Neg(String id, Function<Blind19Gen, String> f) {}

  static final int PER_GEN = 13;

  static String b64(String s) {
    return Base64.getEncoder().encodeToString(Blind19Gen.utf8(s));
  }

  static String badLuhn(Blind19Gen g, String prefix, int len) {
    String c = g.card(prefix, len);
    int last = c.charAt(c.length() - 1) - '0';
    return c.substring(0, c.length() - 1) + ((last + 1 + g.r.nextInt(8)) % 10);
  }

  static List<Neg> gens() {
    List<Neg> n = new ArrayList<>();
    n.add(new Neg("aws_doc_example", g -> g.one(new String[] {
        "The AWS docs use AKIAIOSFODNN7EXAMPLE with wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY as the sample pair; replace both with your own.",
        "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n# ^ sample values from the CLI guide",
        "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE  # documentation key, does not work"})));
    n.add(new Neg("placeholder_sk_x", g -> g.one(new String[] {
        "Set OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx in your shell before running the notebook.",
        "client = OpenAI(api_key=\"sk-...\")  # put your key here",
        "Your key should look like `sk-proj-XXXXXXXXXXXXXXXXXXXXXXXX`, keep it out of git."})));
    n.add(new Neg("placeholder_your_key", g -> g.one(new String[] {
        "curl -H \"Authorization: Bearer YOUR_API_KEY\" https://api.example.com/v1/items",
        "STRIPE_SECRET_KEY=your-stripe-secret-key-here\nSTRIPE_WEBHOOK_SECRET=your-webhook-secret",
        "const client = new Client({ apiKey: 'REPLACE_WITH_YOUR_TOKEN' });"})));
    n.add(new Neg("placeholder_angle", g -> g.one(new String[] {
        "Usage: acmectl login --token <token> [--profile <name>]",
        "git clone https://<username>:<personal-access-token>@github.com/acme/infra.git",
        "Replace `<YOUR_GITHUB_PAT>` in the workflow with a secret reference."})));
    n.add(new Neg("placeholder_dollar", g -> g.one(new String[] {
        "DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/${DB_NAME}",
        "docker run -e GITHUB_TOKEN=$GITHUB_TOKEN -e NPM_TOKEN=\"${NPM_TOKEN}\" builder:latest",
        "api_key: ${env:PAYMENTS_API_KEY}\npassword: ${file:/run/secrets/db_password}"})));
    n.add(new Neg("placeholder_gha", g -> "jobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n          " + g.one(new String[] {"SLACK_WEBHOOK", "SENTRY_AUTH_TOKEN", "AWS_SECRET_ACCESS_KEY"}) + ": ${{ secrets." + g.one(new String[] {"SLACK_WEBHOOK", "SENTRY", "AWS_SECRET"}) + " }}"));
    n.add(new Neg("masked_stars", g -> g.one(new String[] {
        "$ gh auth status\n  ✓ Logged in to github.com as octo-dev\n  ✓ Token: ghp_************************************",
        "password: ********\napi_key: ****************",
        "Stored credential: sk-ant-••••••••••••••••(hidden)"})));
    n.add(new Neg("env_read_python", g -> "import os\n\napi_key = os.environ[\"" + g.one(new String[] {"OPENAI_API_KEY", "STRIPE_SECRET_KEY", "GITHUB_TOKEN"}) + "\"]\npassword = os.getenv(\"DB_PASSWORD\", \"\")\nclient = Client(api_key=api_key)"));
    n.add(new Neg("env_read_js", g -> "const token = process.env." + g.one(new String[] {"SLACK_BOT_TOKEN", "NPM_TOKEN", "VERCEL_TOKEN"}) + ";\nif (!token) throw new Error('missing token');\nconst secret = process.env.SESSION_SECRET ?? '';"));
    n.add(new Neg("vault_read", g -> g.one(new String[] {
        "secret = vault_client.secrets.kv.v2.read_secret_version(path=\"prod/db\")[\"data\"][\"data\"][\"password\"]",
        "String apiKey = secretsManager.getSecretValue(r -> r.secretId(\"prod/payments/api-key\")).secretString();",
        "$ vault kv get -field=password secret/prod/db > /dev/null && echo ok\nok"})));
    n.add(new Neg("md5_hashes", g -> "$ md5sum dist/*.tar.gz\n" + g.hex(32) + "  dist/app-1.4.2.tar.gz\n" + g.hex(32) + "  dist/app-1.4.3.tar.gz"));
    n.add(new Neg("sha1_hashes", g -> "Checksums (SHA-1):\n- installer.msi: " + g.hex(40) + "\n- installer.pkg: " + g.hex(40)));
    n.add(new Neg("sha256_hashes", g -> "$ sha256sum release.zip\n" + g.hex(64) + "  release.zip\nThe published checksum matches."));
    n.add(new Neg("sha512_hashes", g -> "SHA512 (backup-2026-11-02.tar.zst) = " + g.hex(128)));
    n.add(new Neg("bcrypt_hash", g -> "mysql> SELECT id, email, password_hash FROM users LIMIT 1;\n| 17 | ana@example.org | $2b$12$" + g.pick(Blind19Gen.ALNUM + "./", 53) + " |"));
    n.add(new Neg("uuids", g -> "Created resources:\n  tenant_id: " + java.util.UUID.nameUUIDFromBytes(g.bytes(8)) + "\n  workspace_id: " + java.util.UUID.nameUUIDFromBytes(g.bytes(8)) + "\n  request_id: " + java.util.UUID.nameUUIDFromBytes(g.bytes(8))));
    n.add(new Neg("git_log", g -> "$ git log --oneline -3\n" + g.hex(7) + " fix: handle empty cart\n" + g.hex(7) + " feat: add export\n" + g.hex(7) + " chore: bump deps\n$ git rev-parse HEAD\n" + g.hex(40)));
    n.add(new Neg("git_merge", g -> "Merge pull request #" + g.digits(4) + " from acme/feature-x\n\nReverts commit " + g.hex(40) + ".\nCherry-picked from " + g.hex(12) + "."));
    n.add(new Neg("sri_integrity", g -> "<script src=\"https://cdn.example.net/lib.min.js\" integrity=\"sha384-" + Blind19Gen.b64(g.bytes(48)) + "\" crossorigin=\"anonymous\"></script>"));
    n.add(new Neg("npm_lock", g -> "\"node_modules/lodash\": {\n  \"version\": \"4.17.21\",\n  \"resolved\": \"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\",\n  \"integrity\": \"sha512-" + Blind19Gen.b64(g.bytes(64)) + "\"\n}"));
    n.add(new Neg("go_sum", g -> "github.com/pkg/errors v0.9.1 h1:" + Blind19Gen.b64(g.bytes(32)) + "\ngithub.com/pkg/errors v0.9.1/go.mod h1:" + Blind19Gen.b64(g.bytes(32))));
    n.add(new Neg("crypto_address", g -> g.one(new String[] {
        "Donations: BTC bc1q" + g.pick("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38) + ", ETH 0x" + g.hex(40),
        "Send the test funds to 0x" + g.hex(40) + " on Sepolia.",
        "Receiving address (legacy): 1" + g.pick(Blind19Gen.B58, 33)})));
    n.add(new Neg("ssh_public_key", g -> "Add this to ~/.ssh/authorized_keys on the bastion:\n\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + Blind19Gen.b64(g.bytes(30)).substring(0, 39) + " deploy@ci"));
    n.add(new Neg("pem_public_key", g -> "-----BEGIN PUBLIC KEY-----\n" + g.pemBody("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 294, 64) + "\n-----END PUBLIC KEY-----"));
    n.add(new Neg("certificate", g -> "The server presents this certificate:\n-----BEGIN CERTIFICATE-----\n" + g.pemBody("MIIDdzCCAl+gAwIBAgIE", 600, 64) + "\n-----END CERTIFICATE-----"));
    n.add(new Neg("kubeconfig_ca", g -> "clusters:\n- cluster:\n    certificate-authority-data: " + b64("-----BEGIN CERTIFICATE-----\n" + g.pemBody("MIIC5zCCAc+gAwIBAgIBADANBgkqhkiG9w0BAQsFADAV", 300, 64) + "\n-----END CERTIFICATE-----\n") + "\n    server: https://10.0.0.1:6443\n  name: kind"));
    n.add(new Neg("data_uri_image", g -> "![logo](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h" + Blind19Gen.b64(g.bytes(120)) + ")"));
    n.add(new Neg("base64_harmless", g -> "echo '" + b64(g.one(new String[] {"Hello from the build server, all tests passed on " + g.digits(4), "{\"page\":" + g.r.nextInt(40) + ",\"per_page\":50,\"sort\":\"created_at\"}", "The quick brown fox jumps over the lazy dog " + g.digits(3)})) + "' | base64 -d"));
    n.add(new Neg("card_bad_luhn", g -> "Order #" + g.digits(6) + " failed: card " + Blind19Gen.groups(badLuhn(g, "4", 16), 4, " ") + " was rejected as invalid (checksum)."));
    n.add(new Neg("iban_bad_mod97", g -> {
      String iban = g.iban("DE", g.digits(18));
      int chk = Integer.parseInt(iban.substring(2, 4));
      String bad = "DE" + String.format("%02d", (chk + 1 + g.r.nextInt(90)) % 97 + 2).substring(0, 2) + iban.substring(4);
      if (Blind19Gen.ibanOk(bad)) bad = "DE00" + iban.substring(4);
      return "The IBAN in the form, " + Blind19Gen.groups(bad, 4, " ") + ", fails validation; please ask the customer again.";
    }));
    n.add(new Neg("build_trace_ids", g -> "build " + g.digits(5) + " finished\nbuild_id=" + g.hex(24) + "\ntrace_id=" + g.hex(32) + " span_id=" + g.hex(16) + "\nduration=" + g.r.nextInt(300) + "s"));
    n.add(new Neg("docker_digest", g -> "$ docker pull ghcr.io/acme/api:1.9\n1.9: Pulling from acme/api\nDigest: sha256:" + g.hex(64) + "\nStatus: Downloaded newer image for ghcr.io/acme/api:1.9"));
    n.add(new Neg("jwt_alg_none", g -> "The test fixture uses an unsigned token on purpose: " + Blind19Gen.b64u(Blind19Gen.utf8("{\"alg\":\"none\",\"typ\":\"JWT\"}")) + "." + Blind19Gen.b64u(Blind19Gen.utf8("{\"sub\":\"test-user-" + g.digits(3) + "\",\"role\":\"viewer\"}")) + ". — the verifier must reject it."));
    n.add(new Neg("k8s_placeholder", g -> "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n  password: " + g.one(new String[] {"<base64-encoded-password>", "\"\"", "${DB_PASSWORD_B64}", "REPLACE_ME"}) + "\n  username: " + g.one(new String[] {"<base64-user>", "\"\""})));
    n.add(new Neg("redaction_msg", g -> g.one(new String[] {
        "I revoked the exposed key sk-...a" + g.hex(3) + " and issued a new one; it's in the vault now.",
        "The leaked token ghp_…" + g.alnum(4) + " has been rotated (see incident INC-" + g.digits(4) + ").",
        "Found a Stripe key (sk_live_****" + g.alnum(4) + ") in the logs; it was disabled at 14:02."})));
    n.add(new Neg("version_strings", g -> "Versions: node v20." + g.r.nextInt(20) + "." + g.r.nextInt(9) + ", openssl 3.0." + g.r.nextInt(15) + ", app 2026.11." + g.r.nextInt(30) + "+build." + g.hex(8) + ", kernel 6.8.0-" + g.digits(2) + "-generic"));
    n.add(new Neg("request_ids", g -> "Request failed: 503 Service Unavailable (request id req_" + g.lowerAlnum(24) + ", correlation " + g.hex(16) + "). Retrying in 5s."));
    n.add(new Neg("s3_keys", g -> "$ aws s3 ls s3://acme-exports/2026/11/\n2026-11-02 09:14:11   48213 export-" + g.hex(16) + ".parquet\n2026-11-02 09:15:40   51077 export-" + g.hex(16) + ".parquet"));
    n.add(new Neg("css_hashes", g -> "<div class=\"Button_root__" + g.b64url(5) + " css-" + g.lowerAlnum(7) + " sc-" + g.pick(Blind19Gen.ALNUM, 6) + "\">Save</div>"));
    n.add(new Neg("webpack_chunks", g -> "asset main." + g.hex(20) + ".js 214 KiB [emitted] [immutable]\nasset vendors-node_modules_react-dom." + g.hex(8) + ".js 130 KiB [emitted]\nwebpack 5.94.0 compiled successfully"));
    n.add(new Neg("stripe_publishable", g -> "<script>const stripe = Stripe('pk_test_" + g.alnum(24) + "');</script>"));
    n.add(new Neg("password_prose", g -> g.one(new String[] {
        "The password policy requires at least 12 characters and one symbol; the reset token expires after 15 minutes.",
        "To rotate the API key, open Settings → API keys, click Regenerate, and update the secret in the vault.",
        "Das Passwort muss mindestens 12 Zeichen lang sein; der Token läuft nach einer Stunde ab."})));
    n.add(new Neg("password_from_func", g -> g.one(new String[] {
        "password = getpass.getpass(\"DB password: \")\ntoken = load_token(path=\"~/.config/acme/token\")",
        "String password = System.console().readPassword(\"Password: \").toString();",
        "read -s -p \"API key: \" API_KEY && export API_KEY"})));
    n.add(new Neg("low_entropy_dummy", g -> g.one(new String[] {
        "For the local docker-compose the password is just `postgres` and the user `postgres`.",
        "POSTGRES_PASSWORD=changeme\nREDIS_PASSWORD=changeme",
        "test_password = \"password123\"  # fixture only"})));
    n.add(new Neg("snowflake_ids", g -> "Message " + "1" + g.digits(18) + " in channel " + "1" + g.digits(18) + " was pinned by user " + "1" + g.digits(17) + "."));
    n.add(new Neg("phone_order_numbers", g -> "Order " + g.digits(10) + " ships to +49 30 " + g.digits(8) + "; tracking 1Z" + g.pick(Blind19Gen.UPPER + Blind19Gen.DIGITS, 16) + "."));
    n.add(new Neg("hex_colors_css", g -> ".card { color: #" + g.hex(6) + "; background: #" + g.hex(6) + "; border-color: #" + g.hex(3) + "; }"));
    n.add(new Neg("public_ids_slack", g -> "Posted to channel C0" + g.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 9) + " by U0" + g.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 9) + " in workspace T0" + g.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 9) + "."));
    return n;
  }

  static List<Blind19Corpus.Row> rows(Blind19Gen g) {
    List<Blind19Corpus.Row> rows = new ArrayList<>();
    for (Neg n : gens()) {
      for (int i = 0; i < PER_GEN; i++) {
        rows.add(new Blind19Corpus.Row("NEGATIVE", n.id(), "none", n.id(), "", n.f().apply(g)));
      }
    }
    return rows;
  }
}
