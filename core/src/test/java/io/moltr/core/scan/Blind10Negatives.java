package io.moltr.core.scan;

import static io.moltr.core.scan.Blind10Util.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Hard negatives for the tenth blind corpus: agent outputs that look like they hold secrets and
 * do not (hashes, ids, public keys, placeholders, owner-documented examples, masked values).
 */
final class Blind10Negatives {

  record Gen(String name, BiFunction<Blind10Util, Integer, String> make) {}

  static String uuid(Blind10Util u) {
    return u.pick(HEX, 8) + "-" + u.pick(HEX, 4) + "-4" + u.pick(HEX, 3) + "-" + u.one(new String[] {"8", "9", "a", "b"})
        + u.pick(HEX, 3) + "-" + u.pick(HEX, 12);
  }

  static final String[] FILES = {"app-linux-amd64.tar.gz", "app-darwin-arm64.tar.gz", "app-windows-amd64.zip", "checksums.txt.sig",
      "install.sh", "sbom.spdx.json", "worker_2.3.1_amd64.deb", "worker-2.3.1.x86_64.rpm"};

  static final String[] NAMES = {"STRIPE_SECRET_KEY", "OPENAI_API_KEY", "GITHUB_TOKEN", "DATABASE_URL", "SLACK_BOT_TOKEN",
      "ANTHROPIC_API_KEY", "AWS_SECRET_ACCESS_KEY", "SENDGRID_API_KEY", "DD_API_KEY", "TWILIO_AUTH_TOKEN"};

  static final String[] DOC_IBANS = {"GB82WEST12345698765432", "DE89370400440532013000", "NL91ABNA0417164300",
      "CH9300762011623852957", "BE68539007547034", "AT611904300234573201", "PL61109010140000071219812874",
      "SE4550000000058398257466", "NO9386011117947", "DK5000400440116243"};

  static final String[] STRIPE_TEST_CARDS = {"4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222",
      "5200828282828210", "378282246310005", "371449635398431", "6011111111111117", "3056930009020004", "3566002020360505",
      "6200000000000005"};

  static String notLuhn(Blind10Util u, String prefix, int len) {
    String body = prefix + u.digits(len - prefix.length() - 1);
    return body + (luhnCheckDigit(body) + 1 + u.r.nextInt(9)) % 10;
  }

  static String luhnOk(Blind10Util u, String prefix, int len) {
    String body = prefix + u.digits(len - prefix.length() - 1);
    return body + luhnCheckDigit(body);
  }

  static String badIban(Blind10Util u) {
    String good = Blind10Secrets.ibanFor(u, u.one(new String[] {"DE", "GB", "PL", "AT", "SE"}));
    int d = Integer.parseInt(good.substring(2, 4));
    int wrong = (d + 1 + u.r.nextInt(90)) % 97;
    if (wrong < 2) {
      wrong += 2;
    }
    String s = good.substring(0, 2) + String.format("%02d", wrong) + good.substring(4);
    return ibanValid(s) ? good.substring(0, 2) + String.format("%02d", (wrong + 1) % 97 + 2) + good.substring(4) : s;
  }

  static final List<Gen> ALL = new ArrayList<>();

  static void g(String name, BiFunction<Blind10Util, Integer, String> make) {
    ALL.add(new Gen(name, make));
  }

  static {
    g("aws-doc-example", (u, i) -> new String[] {
        "$ cat ~/.aws/credentials\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
        "From the AWS CLI docs, the config looks like:\n\n```ini\n[profile dev]\naws_access_key_id=AKIAIOSFODNN7EXAMPLE\naws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```",
        "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nexport AWS_DEFAULT_REGION=us-west-2\n",
        "env:\n  AWS_ACCESS_KEY_ID: AKIAI44QH8DHBEXAMPLE\n  AWS_SECRET_ACCESS_KEY: je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY\n"}[i % 4]
        + "# region " + u.one(new String[] {"us-east-1", "eu-west-1", "ap-south-1"}) + "\n");
  g("helm-placeholders", (u, i) -> "```yaml\nenv:\n  " + NAMES[i] + ": \"" + new String[] {"<your-api-key>", "changeme", "REPLACE_ME", "",
        "${" + NAMES[i] + "}", "{{ .Values.secret }}", "TODO", "xxxxxxxxxxxxxxxx", "<set-in-vault>", "dummy"}[i] + "\"\n  LOG_LEVEL: debug\n```");
    g("ci-secret-refs", (u, i) -> new String[] {
        "environment {\n    STRIPE_KEY = credentials('stripe-live-key')\n    GH = credentials('github-app')\n}\n",
        "      - run: ./deploy.sh\n        env:\n          OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n",
        "variables:\n  DATABASE_URL: $CI_DATABASE_URL\n  SENTRY_AUTH_TOKEN: $SENTRY_TOKEN_MASKED\n",
        "- task: AzureCLI@2\n  inputs:\n    azureSubscription: 'prod-conn'\n  env:\n    ARM_CLIENT_SECRET: $(armClientSecret)\n"}[i % 4]
        + "# build " + u.digits(4) + "\n");
    g("go-getenv", (u, i) -> "func loadConfig() Config {\n\treturn Config{\n\t\tAPIKey: os.Getenv(\"" + NAMES[i] + "\"),\n\t\tTimeout: "
        + u.between(5, 60) + " * time.Second,\n\t}\n}\n");
    g("sha256sums", (u, i) -> {
      StringBuilder sb = new StringBuilder("$ cat SHA256SUMS\n");
      for (int j = 0; j < 3 + i % 3; j++) {
        sb.append(u.pick(HEX, 64)).append("  ").append(FILES[(i + j) % FILES.length]).append('\n');
      }
      return sb.toString();
    });
    g("git-log", (u, i) -> {
      StringBuilder sb = new StringBuilder("$ git log --format='%H %an %s' -n 4\n");
      String[] msgs = {"fix: retry on 429", "chore(deps): bump jackson", "feat: add export endpoint", "docs: README badges"};
      for (int j = 0; j < 4; j++) {
        sb.append(u.pick(HEX, 40)).append(" Dana Kim ").append(msgs[j]).append('\n');
      }
      return sb.toString();
    });
    g("npm-lock-integrity", (u, i) -> "    \"node_modules/" + u.one(new String[] {"lodash", "chalk", "semver", "debug", "ms"}) + "\": {\n      \"version\": \"4."
        + u.between(0, 17) + "." + u.between(0, 21) + "\",\n      \"resolved\": \"https://registry.npmjs.org/pkg/-/pkg-4.17.21.tgz\",\n      \"integrity\": \"sha512-"
        + b64(u.bytes(64)) + "\",\n      \"dev\": true\n    },\n");
    g("cargo-lock", (u, i) -> "[[package]]\nname = \"" + u.one(new String[] {"serde", "tokio", "rand", "hyper", "regex"}) + "\"\nversion = \"1."
        + u.between(0, 40) + ".0\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"" + u.pick(HEX, 64) + "\"\n");
    g("go-sum", (u, i) -> "github.com/" + u.one(new String[] {"spf13/cobra", "stretchr/testify", "google/uuid", "rs/zerolog"}) + " v1." + u.between(1, 9)
        + ".0 h1:" + b64(u.bytes(32)) + "\ngithub.com/pkg/errors v0.9.1/go.mod h1:" + b64(u.bytes(32)) + "\n");
    g("docker-digests", (u, i) -> "$ docker images --digests\nREPOSITORY          TAG       DIGEST                                                                    IMAGE ID       SIZE\n"
        + "ghcr.io/acme/api    2.3." + i + "     sha256:" + u.pick(HEX, 64) + "   " + u.pick(HEX, 12) + "   182MB\n");
    g("uuid-logs", (u, i) -> "2026-02-11T09:1" + i + ":02Z INFO request_id=" + uuid(u) + " tenant=" + uuid(u) + " path=/v1/orders status=200 dur_ms="
        + u.between(3, 400) + "\n2026-02-11T09:1" + i + ":03Z INFO request_id=" + uuid(u) + " status=204\n");
    g("k8s-metadata", (u, i) -> "metadata:\n  creationTimestamp: \"2026-01-2" + i + "T10:11:12Z\"\n  name: api-" + u.pick(LALNUM, 10) + "-" + u.pick(LALNUM, 5)
        + "\n  namespace: prod\n  resourceVersion: \"" + u.digits(9) + "\"\n  uid: " + uuid(u) + "\n");
    g("ssh-authorized-keys", (u, i) -> {
      byte[][] k = Blind10Secrets.ed25519(u);
      return "$ cat ~/.ssh/authorized_keys\nssh-ed25519 " + b64(Blind10Secrets.edPubBlob(k[1])) + " dana@laptop-" + i + "\n";
    });
    g("pem-certificate", (u, i) -> "$ cat /etc/ssl/certs/edge.crt\n-----BEGIN CERTIFICATE-----\nMIID" + wrap(b64(u.bytes(700)), 64).substring(4)
        + "-----END CERTIFICATE-----\n");
    g("pem-public-key", (u, i) -> "The webhook signature is verified with this public key:\n\n" + pem("PUBLIC KEY", Blind10Secrets.ec(u).getPublic().getEncoded())
        + "\n");
    g("eth-tx-receipt", (u, i) -> "Transaction sent ✅\n  from: 0x" + u.pick(HEX, 40) + "\n  to:   0x" + u.pick(HEX, 40) + "\n  tx hash: 0x"
        + u.pick(HEX, 64) + "\n  block: " + u.between(19000000, 21000000) + "\n  blockHash: 0x" + u.pick(HEX, 64) + "\n");
    g("data-uri-png", (u, i) -> "<img alt=\"logo\" src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA" + b64(u.bytes(300)) + "\" />");
    g("minified-js", (u, i) -> "!function(e,t){\"object\"==typeof exports?module.exports=t():e." + u.pick(LOWER, 6) + "=t()}(this,function(){var e=\"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\",t=function(n){return n.replace(/[A-Z]/g,function(r){return\"-\"+r.toLowerCase()})};return{v:\"" + u.pick(HEX, 8)
        + "\",k:e,f:t}});");
    g("stripe-test-cards", (u, i) -> "# tests/fixtures/cards.py — Stripe's documented test numbers\nCARDS = {\n    \"success\": \"" + STRIPE_TEST_CARDS[i]
        + "\",\n    \"cvc\": \"123\",\n    \"exp\": \"12/34\",\n}\n");
    g("stripe-publishable", (u, i) -> "<script>\n  const stripe = Stripe('pk_" + (i % 2 == 0 ? "live" : "test") + "_51" + u.pick(ALNUM, 97) + "');\n</script>");
    g("stripe-object-ids", (u, i) -> "{\"id\": \"pi_3" + u.pick(ALNUM, 23) + "\", \"customer\": \"cus_" + u.pick(ALNUM, 14) + "\", \"latest_charge\": \"ch_3"
        + u.pick(ALNUM, 23) + "\", \"invoice\": \"in_1" + u.pick(ALNUM, 23) + "\", \"status\": \"succeeded\"}");
    g("masked-secrets", (u, i) -> new String[] {
        "STRIPE_SECRET_KEY=sk_live_••••••••••••" + u.pick(ALNUM, 4),
        "GITHUB_TOKEN=ghp_************************************",
        "aws_access_key_id = AKIA************" + u.pick(UPPER, 4),
        "Slack token: xoxb-****-****-" + u.pick(ALNUM, 4),
        "OPENAI_API_KEY=sk-...." + u.pick(ALNUM, 4) + " (last 4 shown)",
        "ANTHROPIC_API_KEY=sk-ant-***redacted***",
        "Authorization: Bearer eyJ***.***.***",
        "DATABASE_URL=postgres://app:*****@db.internal:5432/app",
        "twilio auth token: ********************************",
        "sendgrid: SG.**********************." + "*".repeat(20)}[i] + "\n");
    g("db-url-no-password", (u, i) -> new String[] {
        "DATABASE_URL=postgres://app@db.internal:5432/app", "DATABASE_URL=postgresql://app:${DB_PASSWORD}@db:5432/app",
        "MONGO_URI=mongodb://localhost:27017/test", "REDIS_URL=redis://redis:6379/0", "mysql://root:<password>@127.0.0.1:3306/shop",
        "jdbc:postgresql://pg:5432/ledger?user=ledger&password=${LEDGER_DB_PASSWORD}", "amqp://guest@rabbitmq:5672/",
        "Server=tcp:sql.internal,1433;Initial Catalog=orders;Authentication=Active Directory Default;",
        "postgres://user:password@localhost:5432/mydb  # from the README quickstart", "mongodb+srv://<username>:<password>@cluster0.mongodb.net/"}[i]
        + "\n# pool size " + u.between(5, 50) + "\n");
    g("jwt-io-example", (u, i) -> new String[] {"Example from jwt.io: ", "The docs show this token: ", "curl -H 'Authorization: Bearer ",
        "test fixture (jwt.io sample) = '"}[i % 4]
        + "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
        + (i % 4 == 2 ? "' https://api.example.com/" + i : "") + "\n");
    g("order-numbers-not-luhn", (u, i) -> "Order " + notLuhn(u, "4" + u.digits(1), 16) + " shipped; tracking " + notLuhn(u, "5" + u.between(1, 5), 16)
        + ", invoice no. " + notLuhn(u, "6011", 16) + "\n");
    g("iban-bad-checksum", (u, i) -> "Payment failed: IBAN " + badIban(u) + " rejected by the bank (check digits invalid). Please ask the customer to re-enter it.\n");
    g("iban-documented-examples", (u, i) -> "Per the SWIFT IBAN registry, an example for this country is `" + DOC_IBANS[i] + "` (print format "
        + group4(DOC_IBANS[i]) + "). Use it only in docs.\n");
    g("prose-about-secrets", (u, i) -> new String[] {
        "Rotate your API keys every 90 days and never commit them; store them in a secret manager such as Vault or AWS Secrets Manager.",
        "The token is read from the STRIPE_SECRET_KEY environment variable; if it's missing the service refuses to start.",
        "GitHub personal access tokens start with ghp_ and fine-grained ones with github_pat_; both can be revoked from Settings.",
        "A private key must never leave the HSM. The public key can be shared freely.",
        "If you leaked an AWS access key, deactivate it in IAM first, then check CloudTrail for use.",
        "Use `openssl rand -hex 32` to generate a session secret and put it in your .env file.",
        "The IBAN check digits are computed with mod 97; a typo almost always breaks them.",
        "Slack bot tokens (xoxb-) are scoped to a workspace; user tokens (xoxp-) act as the user.",
        "Stripe's secret keys start with sk_live_ in live mode and sk_test_ in test mode.",
        "Credit card numbers are validated with the Luhn algorithm, which catches single-digit typos."}[i] + "\n");
    g("css-colors", (u, i) -> ":root {\n  --brand: #" + u.pick(HEX, 6) + ";\n  --accent: #" + u.pick(HEX, 6) + ";\n  --bg: #" + u.pick(HEX, 6)
        + ";\n  --shadow: 0 1px 2px #" + u.pick(HEX, 8) + ";\n}\n");
    g("base64-text", (u, i) -> "{\"level\":\"info\",\"msg_b64\":\"" + b64(new String[] {"user dana logged in from 10.0.3.4", "job 42 finished in 3.2s",
        "cache miss for key orders:2026-02", "retrying upload (attempt 2 of 5)", "scheduled maintenance at 02:00 UTC"}[i % 5] + " #" + i) + "\"}\n");
    g("numeric-ids", (u, i) -> "Customer phone +1 415 " + u.digits(3) + " " + u.digits(4) + ", created_at_ms=" + (1700000000000L + u.r.nextInt(1000000000))
        + ", ticket #" + u.digits(8) + ", UPS 1Z" + u.pick(UALNUM, 16) + "\n");
    g("slack-ids", (u, i) -> "{\"ok\":true,\"channel\":\"C0" + u.pick(UALNUM, 9) + "\",\"ts\":\"17708" + u.digits(5) + "." + u.digits(6)
        + "\",\"message\":{\"user\":\"U0" + u.pick(UALNUM, 9) + "\",\"bot_id\":\"B0" + u.pick(UALNUM, 9) + "\",\"team\":\"T0" + u.pick(UALNUM, 8) + "\"}}\n");
    g("public-client-ids", (u, i) -> new String[] {
        "GOOGLE_CLIENT_ID=" + u.digits(12) + "-" + u.pick(LALNUM, 32) + ".apps.googleusercontent.com",
        "GITHUB_CLIENT_ID=Iv1." + u.pick(HEX, 16),
        "AZURE_TENANT_ID=" + uuid(u) + "\nAZURE_CLIENT_ID=" + uuid(u),
        "NEXT_PUBLIC_SUPABASE_URL=https://" + u.pick(LOWER, 20) + ".supabase.co",
        "AUTH0_CLIENT_ID=" + u.pick(ALNUM, 32) + "\nAUTH0_DOMAIN=acme.eu.auth0.com"}[i % 5] + "\n");
    g("ipfs-solana-ids", (u, i) -> "Pinned: ipfs://Qm" + u.pick(B58, 44) + "\nmint address: " + u.pick(B58, 44) + "\n");
    g("btc-public", (u, i) -> i % 2 == 0
        ? "Send the refund to bc1" + bech32("bc", concat(new byte[] {0}, u.bytes(20))).substring(3) + "\n"
        : "Watch-only wallet imported from xpub: " + base58check(concat(new byte[] {0x04, (byte) 0x88, (byte) 0xB2, 0x1E, 0, 0, 0, 0, 0, 0, 0, 0, 0},
            u.bytes(32), new byte[] {0x02}, u.bytes(32))) + "\n");
    g("age-recipients", (u, i) -> "# .sops.yaml\ncreation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: " + bech32("age", u.bytes(32)) + "\n");
    g("wg-show-hidden", (u, i) -> "$ sudo wg show\ninterface: wg0\n  public key: " + b64(u.bytes(32)) + "\n  private key: (hidden)\n  listening port: 51820\n\npeer: "
        + b64(u.bytes(32)) + "\n  endpoint: 203.0.113." + u.between(1, 254) + ":51820\n  allowed ips: 10.8.0." + u.between(2, 250) + "/32\n");
    g("fake-test-fixtures", (u, i) -> "def test_client_sends_token(monkeypatch):\n    monkeypatch.setenv(\"" + NAMES[i] + "\", \"" + new String[] {"test-token",
        "dummy", "fake-key-for-tests", "not-a-real-secret", "x", "sk_test_dummy", "placeholder", "abc123", "secret", "token"}[i]
        + "\")\n    assert build_client().token\n");
    g("env-example", (u, i) -> "# .env.example — copy to .env and fill in\n" + new String[] {"STRIPE_SECRET_KEY=", "OPENAI_API_KEY=sk-...",
        "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "DATABASE_URL=postgres://user:password@localhost:5432/db", "SLACK_BOT_TOKEN=xoxb-your-token",
        "ANTHROPIC_API_KEY=your-anthropic-key", "AWS_SECRET_ACCESS_KEY=<secret>", "SENDGRID_API_KEY=SG.xxxxx", "DD_API_KEY=<datadog api key>",
        "TWILIO_AUTH_TOKEN=your_auth_token"}[i] + "\nPORT=3000\n");
    g("build-hashes", (u, i) -> "{\n  \"main.js\": \"/static/js/main." + u.pick(HEX, 8) + ".js\",\n  \"vendor.js\": \"/static/js/vendor." + u.pick(HEX, 20)
        + ".chunk.js\",\n  \"buildId\": \"" + u.pick(ALNUM + "_-", 21) + "\"\n}\n");
    g("websocket-headers", (u, i) -> "GET /chat HTTP/1.1\nUpgrade: websocket\nSec-WebSocket-Key: " + (i == 0 ? "dGhlIHNhbXBsZSBub25jZQ==" : b64(u.bytes(16)))
        + "\nSec-WebSocket-Version: 13\n\nHTTP/1.1 101 Switching Protocols\nSec-WebSocket-Accept: " + b64(u.bytes(20)) + "\nx-amz-cf-id: "
        + u.pick(ALNUM + "_-", 54) + "==\netag: \"" + u.pick(HEX, 32) + "\"\n");
    g("terraform-sensitive", (u, i) -> "  # aws_db_instance.main will be updated in-place\n  ~ resource \"aws_db_instance\" \"main\" {\n      id       = \"db-"
        + u.pick(UALNUM, 26) + "\"\n    ~ password = (sensitive value)\n      username = \"app\"\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.\n");
    g("cloud-resource-ids", (u, i) -> "arn:aws:kms:eu-west-1:" + u.digits(12) + ":key/" + uuid(u) + "\n/subscriptions/" + uuid(u)
        + "/resourceGroups/rg-prod/providers/Microsoft.KeyVault/vaults/kv-acme\nprojects/acme-" + u.digits(6) + "/secrets/db-password/versions/" + u.between(1, 9) + "\n");
    g("gpg-list-keys", (u, i) -> "$ gpg --list-keys --keyid-format long\npub   ed25519/" + u.pick(UHEX, 16) + " 2024-03-0" + (i % 9 + 1) + " [SC]\n      "
        + u.pick(UHEX, 40) + "\nuid                 [ultimate] Dana Kim <dana@acme.io>\nsub   cv25519/" + u.pick(UHEX, 16) + " 2024-03-01 [E]\n");
    g("masked-cards", (u, i) -> new String[] {"Card on file: **** **** **** " + u.digits(4), "pan: 411111******" + u.digits(4),
        "Visa ending in " + u.digits(4) + " (exp 08/29)", "card_number: XXXX-XXXX-XXXX-" + u.digits(4), "last4=" + u.digits(4) + " brand=mastercard"}[i % 5] + "\n");
    g("ean-isbn", (u, i) -> {
      String b = "978" + u.digits(9);
      int s = 0;
      for (int j = 0; j < 12; j++) {
        s += (b.charAt(j) - '0') * (j % 2 == 0 ? 1 : 3);
      }
      return "sku,isbn13,title,price\nBK-" + u.digits(4) + "," + b + (10 - s % 10) % 10 + ",\"Designing Data-Intensive Applications\",45.90\n";
    });
    g("imei-inventory", (u, i) -> "device_id,model,imei,assigned_to\ndev-" + u.digits(4) + ",Pixel 8," + luhnOk(u, "35" + u.digits(6), 15) + ",dana.kim\ndev-"
        + u.digits(4) + ",iPhone 15," + luhnOk(u, "35" + u.digits(6), 15) + ",li.wei\n");
    g("redacted-logs", (u, i) -> "2026-02-11T10:0" + i + ":00Z DEBUG outbound request POST https://api.partner.example.net/v2/charges headers={'Authorization': 'Bearer [REDACTED]', "
        + "'Idempotency-Key': '" + uuid(u) + "'} password=*** api_key=<redacted>\n");
    g("kubectl-secrets-list", (u, i) -> "$ kubectl -n prod describe secret worker-env\nName:         worker-env\nNamespace:    prod\nType:  Opaque\n\nData\n====\n"
        + "STRIPE_SECRET_KEY:  " + u.between(100, 110) + " bytes\nDATABASE_URL:       " + u.between(60, 90) + " bytes\n");
    g("ssh-fingerprints", (u, i) -> "$ ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:" + b64(u.bytes(32)).replace("=", "") + " dana@laptop (ED25519)\n"
        + "The authenticity of host 'git.acme.io' can't be established.\nED25519 key fingerprint is SHA256:" + b64(u.bytes(32)).replace("=", "") + ".\n");
    g("google-doc-ids", (u, i) -> "Notes are in https://docs.google.com/document/d/1" + u.pick(ALNUM + "_-", 43) + "/edit and the sheet https://docs.google.com/spreadsheets/d/1"
        + u.pick(ALNUM + "_-", 43) + "/edit#gid=0\n");
    g("pip-hashes", (u, i) -> "requests==2.32." + i + " \\\n    --hash=sha256:" + u.pick(HEX, 64) + " \\\n    --hash=sha256:" + u.pick(HEX, 64) + "\n");
    g("vault-token-lookup-accessor", (u, i) -> "$ vault token lookup -accessor " + u.pick(ALNUM, 24) + "\nKey                 Value\n---                 -----\naccessor            "
        + u.pick(ALNUM, 24) + "\ndisplay_name        approle\nentity_id           " + uuid(u) + "\nid                  n/a\npolicies            [default ci]\nttl                 " + u.between(100, 3000) + "s\n");
    g("aws-caller-identity", (u, i) -> "$ aws sts get-caller-identity\n{\n    \"UserId\": \"AIDA" + u.pick(B32, 17) + "\",\n    \"Account\": \"" + u.digits(12)
        + "\",\n    \"Arn\": \"arn:aws:iam::" + u.digits(12) + ":user/ci-deployer\"\n}\n");
    g("actions-masked-log", (u, i) -> "2026-02-11T09:12:0" + i + ".1234567Z ##[group]Run ./deploy.sh\n2026-02-11T09:12:0" + i + ".1234567Z env:\n"
        + "2026-02-11T09:12:0" + i + ".1234567Z   " + NAMES[i] + ": ***\n2026-02-11T09:12:0" + i + ".1234567Z ##[endgroup]\n");
    g("postman-var-refs", (u, i) -> "{\"request\":{\"method\":\"GET\",\"header\":[{\"key\":\"Authorization\",\"value\":\"Bearer {{" + new String[] {"accessToken",
        "apiKey", "token", "jwt", "bearer"}[i % 5] + "}}\"},{\"key\":\"X-Request-Id\",\"value\":\"" + uuid(u) + "\"}],\"url\":\"{{baseUrl}}/v1/items\"}}\n");
  }
}
