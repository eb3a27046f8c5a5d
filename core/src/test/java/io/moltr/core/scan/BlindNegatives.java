package io.moltr.core.scan;

import static io.moltr.core.scan.BlindCredentials.B58;
import static io.moltr.core.scan.BlindCredentials.B62;
import static io.moltr.core.scan.BlindCredentials.B64URL;
import static io.moltr.core.scan.BlindCredentials.DIGITS;
import static io.moltr.core.scan.BlindCredentials.HEX;
import static io.moltr.core.scan.BlindCredentials.LOWER;
import static io.moltr.core.scan.BlindCredentials.b64;
import static io.moltr.core.scan.BlindCredentials.bytes;
import static io.moltr.core.scan.BlindCredentials.chars;
import static io.moltr.core.scan.BlindCredentials.digits;
import static io.moltr.core.scan.BlindCredentials.pick;
import static io.moltr.core.scan.BlindCredentials.uuid;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Hard negatives for the blind corpus: text an agent emits every day that looks like a secret
 * (documented examples, placeholders, reads from the environment, hashes, ids, public keys and
 * addresses, inline images) and must pass clean.
 */
final class BlindNegatives {
  private BlindNegatives() {}

  record Negative(String category, String text) {}

  record Category(String name, Function<Random, String> make) {}

  static final List<Category> CATEGORIES = List.of(
      new Category("documented_example", BlindNegatives::documentedExample),
      new Category("placeholder", BlindNegatives::placeholder),
      new Category("env_read", BlindNegatives::envRead),
      new Category("hash", BlindNegatives::hash),
      new Category("uuid", r -> pick(r,
          "request_id=" + uuid(r) + " status=200 duration_ms=" + r.nextInt(900),
          "{\"id\":\"" + uuid(r) + "\",\"tenant\":\"" + uuid(r) + "\",\"state\":\"active\"}",
          "GET /api/v2/orders/" + uuid(r) + "/items HTTP/1.1\" 200 1532",
          "kms_key_id = \"" + uuid(r) + "\"",
          "Created workspace " + uuid(r).toUpperCase() + " in 2.3s")),
      new Category("git_sha", r -> pick(r,
          "commit " + chars(r, HEX, 40) + "\nAuthor: Dana Lee <dana@example.com>\nDate:   Tue Mar 4 10:12:01 2025 +0100\n\n    Fix flaky retry test",
          "Merge pull request #" + r.nextInt(9000) + " from acme/feature-x\n\n" + chars(r, HEX, 7) + " Bump deps",
          "$ git checkout " + chars(r, HEX, 40) + "\nNote: switching to '" + chars(r, HEX, 40).substring(0, 12) + "'.",
          "uses: actions/checkout@" + chars(r, HEX, 40) + " # v4.1.1",
          "\"resolved\": \"git+ssh://git@github.com/acme/lib.git#" + chars(r, HEX, 40) + "\"")),
      new Category("sri_integrity", r -> pick(r,
          "<script src=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js\" integrity=\"sha384-"
              + b64(bytes(r, 48)) + "\" crossorigin=\"anonymous\"></script>",
          "\"node_modules/lodash\": {\n  \"version\": \"4.17.21\",\n  \"resolved\": \"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\",\n  \"integrity\": \"sha512-"
              + b64(bytes(r, 64)) + "\"\n}",
          "<link rel=\"stylesheet\" href=\"/css/app.css\" integrity=\"sha256-" + b64(bytes(r, 32)) + "\">",
          "lodash@^4.17.21:\n  version \"4.17.21\"\n  integrity sha512-" + b64(bytes(r, 64)))),
      new Category("lockfile_hash", r -> pick(r,
          "github.com/stretchr/testify v1.9.0 h1:" + b64(bytes(r, 32)) + "\ngithub.com/stretchr/testify v1.9.0/go.mod h1:" + b64(bytes(r, 32)),
          "requests==2.32.3 \\\n    --hash=sha256:" + chars(r, HEX, 64) + " \\\n    --hash=sha256:" + chars(r, HEX, 64),
          "[[package]]\nname = \"serde\"\nversion = \"1.0.203\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"" + chars(r, HEX, 64) + "\"",
          "provider \"registry.terraform.io/hashicorp/aws\" {\n  version = \"5.40.0\"\n  hashes = [\n    \"h1:" + b64(bytes(r, 32)) + "\",\n    \"zh:" + chars(r, HEX, 64) + "\",\n  ]\n}",
          "image: ghcr.io/acme/api@sha256:" + chars(r, HEX, 64),
          "src = fetchurl { url = \"https://example.org/pkg-1.2.tar.gz\"; hash = \"sha256-" + b64(bytes(r, 32)) + "\"; };")),
      new Category("crypto_address", BlindNegatives::cryptoAddress),
      new Category("data_uri_image", BlindNegatives::dataUri),
      new Category("public_key", BlindNegatives::publicKey),
      new Category("test_card", r -> pick(r,
          "Use the test card 4242 4242 4242 4242 with any future expiry and any CVC.",
          "In test mode, 4000 0000 0000 9995 always declines with insufficient_funds.",
          "Stripe test cards: 4242424242424242 (Visa), 5555555555554444 (Mastercard), 378282246310005 (Amex).",
          "card_number: \"4111111111111111\"  # sandbox test card from the gateway docs")),
      new Category("numbers", BlindNegatives::numbers),
      new Category("cloud_ids", BlindNegatives::cloudIds),
      new Category("redacted", r -> pick(r,
          "OPENAI_API_KEY=sk-...", "token: ghp_************************************",
          "Your key sk-proj-****" + chars(r, B62, 4) + " was revoked.", "AWS key AKIA************ (masked)",
          "password: [REDACTED]", "Authorization: Bearer ***", "\"api_key\": \"<redacted>\"",
          "stripe key ending in ..." + chars(r, B62, 4))),
      new Category("prose", BlindNegatives::prose),
      new Category("code", BlindNegatives::code),
      new Category("logs", BlindNegatives::logs),
      new Category("json", BlindNegatives::json),
      new Category("k8s_no_secret", r -> pick(r,
          "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-auth\n        key: password",
          "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  LOG_LEVEL: debug\n  FEATURE_FLAGS: \"search,export\"\n  TIMEOUT_MS: \"" + r.nextInt(9000) + "\"",
          "apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls-placeholder\ntype: Opaque\nstringData:\n  password: ${DB_PASSWORD}",
          "kubectl create secret generic db-auth --from-literal=password=\"$(openssl rand -base64 24)\"")),
      new Category("benign_base64", r -> {
        String json = pick(r, "{\"page\":" + r.nextInt(90) + ",\"limit\":50,\"sort\":\"created_at\"}",
            "{\"offset\":" + r.nextInt(9999) + ",\"id\":\"" + uuid(r) + "\"}",
            "Hello from the build bot! Nothing to see here.",
            "{\"alg\":\"none\",\"note\":\"public config\"}");
        String enc = Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        return pick(r, "{\"data\":[],\"next_cursor\":\"" + enc + "\"}", "X-Trace-Context: " + enc,
            "echo '" + enc + "' | base64 -d");
      }),
      new Category("asset_names", r -> pick(r,
          "dist/assets/index-" + chars(r, B64URL, 8) + ".js   142.31 kB │ gzip: 45.90 kB",
          "<script src=\"/static/js/main." + chars(r, HEX, 8) + ".chunk.js\"></script>",
          "Uploaded s3://acme-artifacts/builds/" + chars(r, HEX, 40) + "/app.tar.gz (ETag \"" + chars(r, HEX, 32) + "\")",
          "color: #" + chars(r, HEX, 6) + "; background: #" + chars(r, HEX, 6) + ";",
          "youtube.com/watch?v=" + chars(r, B64URL, 11) + " and https://youtu.be/" + chars(r, B64URL, 11))),
      new Category("password_policy", r -> pick(r,
          "The password must be at least 12 characters long and include a digit.",
          "password = getpass.getpass(\"Password: \")",
          "if (password.length() < MIN_PASSWORD_LENGTH) { throw new WeakPasswordException(); }",
          "Set `password_hash` to the bcrypt output, never the plain password.",
          "hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))",
          "password_reset_token_ttl: 3600",
          "\"password\": null,",
          "DB_PASSWORD=")));

  static List<Negative> negatives(Random r, int perCategory) {
    List<Negative> out = new ArrayList<>();
    for (Category c : CATEGORIES) {
      for (int i = 0; i < perCategory; i++) {
        out.add(new Negative(c.name(), c.make().apply(r)));
      }
    }
    return out;
  }

  private static String documentedExample(Random r) {
    return pick(r,
        "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "$ export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n$ export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n$ export AWS_DEFAULT_REGION=us-west-2",
        "aws_session_token = AQoDYXdzEJr...<remainder of session token>",
        "Example: `AKIAI44QH8DHBEXAMPLE` with secret `je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY`.",
        "{\"AccessKeyId\": \"AKIAIOSFODNN7EXAMPLE\", \"SecretAccessKey\": \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"}",
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 is just the base64 of {\"alg\":\"HS256\",\"typ\":\"JWT\"}.",
        "See https://docs.github.com/en/authentication: tokens look like `ghp_` followed by 36 characters.",
        "The connection string has the form postgres://USER:PASSWORD@HOST:5432/DBNAME.");
  }

  private static String placeholder(Random r) {
    return pick(r,
        "OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "client = OpenAI(api_key=\"sk-your-api-key-here\")",
        "export GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
        "api_key: YOUR_API_KEY",
        "headers = {\"Authorization\": \"Bearer <token>\"}",
        "token: ${GITHUB_TOKEN}",
        "password: \"{{ .Values.postgres.password }}\"",
        "STRIPE_SECRET_KEY=sk_live_...",
        "SLACK_BOT_TOKEN=xoxb-your-bot-token",
        "\"apiKey\": \"REPLACE_ME\"",
        "DATABASE_URL=postgres://user:password@localhost:5432/mydb",
        "password = \"********\"",
        "ANTHROPIC_API_KEY=<your-anthropic-key>",
        "secret_key = os.getenv(\"SECRET_KEY\", \"change-me\")",
        "aws_secret_access_key = <YOUR_SECRET_ACCESS_KEY>",
        "mysql://root:${MYSQL_ROOT_PASSWORD}@db:3306/app",
        "HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "token = \"%s\" % get_token()",
        "Replace `<API_KEY>` with the key from your dashboard and `<PROJECT_ID>` with the project id.",
        "secrets:\n  GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}",
        "-----BEGIN PRIVATE KEY-----\n...your key here...\n-----END PRIVATE KEY-----",
        "api_key = \"\"  # fill in",
        "password=<password>",
        "curl -u \"$USER:$TOKEN\" https://api.example.com/");
  }

  private static String envRead(Random r) {
    return pick(r,
        "api_key = os.environ[\"OPENAI_API_KEY\"]",
        "const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);",
        "String secret = System.getenv(\"AWS_SECRET_ACCESS_KEY\");",
        "token := os.Getenv(\"GITHUB_TOKEN\")\nif token == \"\" {\n\tlog.Fatal(\"GITHUB_TOKEN not set\")\n}",
        "let key = std::env::var(\"ANTHROPIC_API_KEY\").expect(\"ANTHROPIC_API_KEY must be set\");",
        "password = config[\"database\"][\"password\"]",
        "$password = getenv('DB_PASSWORD');",
        "DB_PASSWORD=$(cat /run/secrets/db_password)",
        "password = keyring.get_password(\"acme\", username)",
        "aws_secret_access_key = session.get_credentials().secret_key",
        "val token = BuildConfig.API_TOKEN",
        "client_secret: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  " + chars(r, DIGITS + "abcdef", 64),
        "secret = ENV.fetch(\"SECRET_KEY_BASE\")",
        "export DD_API_KEY=$(aws secretsmanager get-secret-value --secret-id dd --query SecretString --output text)");
  }

  private static String hash(Random r) {
    String sha256 = chars(r, HEX, 64);
    String sha1 = chars(r, HEX, 40);
    String md5 = chars(r, HEX, 32);
    return pick(r,
        sha256 + "  release-1.4.2-linux-amd64.tar.gz",
        "SHA1 (installer.dmg) = " + sha1,
        "md5: " + md5 + "\nsize: " + r.nextInt(100000),
        "{\"file\":\"report.pdf\",\"sha256\":\"" + sha256 + "\",\"md5\":\"" + md5 + "\"}",
        "ETag: \"" + md5 + "\"",
        "Checksum verified: sha512=" + chars(r, HEX, 128),
        "content_hash = hashlib.sha256(data).hexdigest()  # e.g. " + sha256,
        "x-amz-content-sha256: " + sha256,
        "$2b$12$" + chars(r, B62 + "./", 53) + " is the bcrypt hash stored for the user.",
        "Cache key: build-" + sha1);
  }

  private static String cryptoAddress(Random r) {
    byte[] p2pkh = new byte[21];
    System.arraycopy(bytes(r, 20), 0, p2pkh, 1, 20);
    byte[] p2sh = new byte[21];
    p2sh[0] = 5;
    System.arraycopy(bytes(r, 20), 0, p2sh, 1, 20);
    int[] prog = BlindCredentials.convertBits(bytes(r, 20), 8, 5, true);
    int[] data = new int[prog.length + 1];
    System.arraycopy(prog, 0, data, 1, prog.length);
    return pick(r,
        "Send donations to " + BlindCredentials.base58Check(p2pkh) + " (BTC).",
        "deposit_address: " + BlindCredentials.base58Check(p2sh),
        "Withdrawal to " + BlindCredentials.bech32("bc", data) + " confirmed.",
        "ETH address: 0x" + chars(r, HEX, 40),
        "Transaction 0x" + chars(r, HEX, 64) + " confirmed in block " + (19_000_000 + r.nextInt(900_000)),
        "txid " + chars(r, HEX, 64) + " has 3 confirmations",
        "Solana wallet " + chars(r, B58, 44),
        "contract: \"0x" + chars(r, HEX, 40) + "\"");
  }

  private static String dataUri(Random r) {
    byte[] png = bytes(r, 200 + r.nextInt(600));
    byte[] sig = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    System.arraycopy(sig, 0, png, 0, sig.length);
    byte[] jpg = bytes(r, 300 + r.nextInt(500));
    jpg[0] = (byte) 0xff;
    jpg[1] = (byte) 0xd8;
    jpg[2] = (byte) 0xff;
    jpg[3] = (byte) 0xe0;
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\"><circle cx=\"8\" cy=\"8\" r=\"" + (2 + r.nextInt(6)) + "\"/></svg>";
    return pick(r,
        "<img alt=\"logo\" src=\"data:image/png;base64," + b64(png) + "\">",
        "background-image: url(data:image/jpeg;base64," + b64(jpg) + ");",
        "![chart](data:image/png;base64," + b64(png) + ")",
        "{\"icon\":\"data:image/svg+xml;base64," + b64(svg.getBytes(StandardCharsets.UTF_8)) + "\"}",
        "<link rel=\"icon\" href=\"data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\">");
  }

  private static String publicKey(Random r) {
    String ed = b64(BlindCredentials.ed25519PublicBlob(r));
    return pick(r,
        "ssh-ed25519 " + ed + " dana@laptop",
        "Add this to authorized_keys:\n\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + chars(r, B62 + "+/", 500) + " deploy@ci",
        BlindCredentials.pemBlock("PUBLIC KEY", prefixed(r, "30820122300d06092a864886f70d01010105000382010f00", 294)),
        BlindCredentials.pemBlock("CERTIFICATE", prefixed(r, "3082030d308201f5a003020102", 785)),
        "gitlab.example.com ssh-ed25519 " + b64(BlindCredentials.ed25519PublicBlob(r)),
        "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + BlindCredentials.wrap(b64(bytes(r, 400)), 64) + "\n=" + chars(r, B62, 4) + "\n-----END PGP PUBLIC KEY BLOCK-----",
        "age recipient: " + BlindCredentials.bech32("age", BlindCredentials.convertBits(bytes(r, 32), 8, 5, true)));
  }

  private static byte[] prefixed(Random r, String hex, int total) {
    byte[] p = HexFormat.of().parseHex(hex);
    byte[] out = bytes(r, total);
    System.arraycopy(p, 0, out, 0, p.length);
    return out;
  }

  private static String numbers(Random r) {
    String notLuhn;
    do {
      notLuhn = "4" + digits(r, 15);
    } while (BlindCredentials.luhnValid(notLuhn));
    return pick(r,
        "Order #" + notLuhn + " shipped via DHL, tracking " + digits(r, 10),
        "Call us at +1 (415) " + digits(r, 3) + "-" + digits(r, 4) + " or +44 20 " + digits(r, 4) + " " + digits(r, 4),
        "timestamp_ms=" + (1_700_000_000_000L + r.nextInt(1_000_000_000)) + " offset=" + r.nextInt(100000),
        "ISBN 978-" + digits(r, 1) + "-" + digits(r, 3) + "-" + digits(r, 5) + "-" + digits(r, 1),
        "Invoice " + digits(r, 8) + ", amount 1,234.56 EUR, due 2025-04-30",
        "Build " + digits(r, 4) + "." + digits(r, 2) + "." + digits(r, 5) + " (" + notLuhn.substring(0, 12) + ")",
        "lat=" + (r.nextInt(180) - 90) + "." + digits(r, 6) + " lon=" + (r.nextInt(360) - 180) + "." + digits(r, 6));
  }

  private static String cloudIds(Random r) {
    return pick(r,
        "Launched i-0" + chars(r, HEX, 16) + " from ami-0" + chars(r, HEX, 16) + " in subnet-" + chars(r, HEX, 17),
        "arn:aws:iam::" + digits(r, 12) + ":role/service-role/lambda-exec-" + chars(r, LOWER, 8),
        "{\"id\":\"cus_" + chars(r, B62, 14) + "\",\"object\":\"customer\",\"default_source\":\"card_" + chars(r, B62, 24) + "\"}",
        "PaymentIntent pi_" + chars(r, B62, 24) + " succeeded (charge ch_" + chars(r, B62, 24) + ")",
        "Posted to channel C0" + chars(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 9) + " as U0" + chars(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 9),
        "/subscriptions/" + uuid(r) + "/resourceGroups/rg-prod/providers/Microsoft.Web/sites/api-prod",
        "gcloud projects describe acme-prod-" + digits(r, 6) + " --format=json",
        "node_id: \"MDQ6VXNlcj" + chars(r, B62, 6) + "=\"",
        "Sentry event " + chars(r, HEX, 32) + " captured for release 1.4.2",
        "traceparent: 00-" + chars(r, HEX, 32) + "-" + chars(r, HEX, 16) + "-01");
  }

  private static String prose(Random r) {
    return pick(r,
        "To keep your API keys safe, store them in a secrets manager and rotate them every 90 days. Never commit them to git.",
        "I couldn't find a token in the repository. The CI reads GITHUB_TOKEN from the environment, which GitHub injects for each run.",
        "A seed phrase is a list of 12 or 24 words; anyone who has it can spend your funds, so write it on paper and keep it offline.",
        "The deployment failed because the database password was rotated but the app still had the old one cached. Restart the pods.",
        "Sure! Here's a summary: the service authenticates with OAuth2 client credentials, caches the access token for 55 minutes and refreshes it before expiry.",
        "Your IBAN is shown in the banking app under Account details; I can't see it from here.",
        "Private keys should never leave the HSM. The public key is what you upload to the registry.",
        "We rotated the Stripe keys yesterday, so the old ones in the wiki no longer work.",
        "Run `ssh-keygen -t ed25519 -C \"you@example.com\"` and paste the contents of id_ed25519.pub into the form.",
        "abandon ability able about above absent absorb abstract are all words from the BIP39 list, but this sentence is not a wallet.");
  }

  private static String code(Random r) {
    return pick(r,
        "def rotate_key(client, key_id):\n    new_key = client.create_access_key()\n    client.delete_access_key(key_id)\n    return new_key[\"AccessKeyId\"]",
        "public final class TokenBucket {\n  private final long capacity;\n  private long tokens;\n  TokenBucket(long capacity) { this.capacity = capacity; this.tokens = capacity; }\n}",
        "const secretName = `projects/${projectId}/secrets/${name}/versions/latest`;\nconst [version] = await client.accessSecretVersion({ name: secretName });",
        "func hashPassword(pw string) (string, error) {\n\tb, err := bcrypt.GenerateFromPassword([]byte(pw), 12)\n\treturn string(b), err\n}",
        "SELECT id, email, password_hash FROM users WHERE last_login < now() - interval '90 days';",
        "resource \"aws_iam_access_key\" \"ci\" {\n  user = aws_iam_user.ci.name\n}\noutput \"ci_key_id\" { value = aws_iam_access_key.ci.id }",
        "x = np.random.default_rng(" + r.nextInt(1000) + ").integers(0, 2**32, size=16)\nprint(x.tobytes().hex())",
        "if (!apiKey) {\n  throw new Error('Missing API key: set ACME_API_KEY');\n}",
        "static const uint8_t sbox[16] = {0x63, 0x7c, 0x77, 0x7b, 0xf2, 0x6b, 0x6f, 0xc5, 0x30, 0x01, 0x67, 0x2b, 0xfe, 0xd7, 0xab, 0x76};",
        "token_type = \"Bearer\"\nexpires_in = 3600\nscope = \"read:org repo\"");
  }

  private static String logs(Random r) {
    String ts = "2025-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10) + "T0" + r.nextInt(10) + ":1" + r.nextInt(10) + ":2" + r.nextInt(10) + "Z";
    return pick(r,
        ts + " INFO  http: GET /healthz 200 0.8ms ip=10." + r.nextInt(255) + "." + r.nextInt(255) + ".7 ua=kube-probe/1.29",
        ts + " WARN  auth: login failed for user=alice reason=bad_password attempts=" + r.nextInt(5),
        ts + " DEBUG cache: hit key=user:" + r.nextInt(99999) + ":profile ttl=" + r.nextInt(3600) + "s",
        ts + " ERROR worker-" + r.nextInt(8) + ": job " + uuid(r) + " failed: context deadline exceeded",
        "10.0." + r.nextInt(255) + ".12 - - [12/Mar/2025:10:22:01 +0000] \"POST /api/login HTTP/1.1\" 302 0 \"-\" \"Mozilla/5.0\"",
        ts + " INFO  token refreshed for client_id=web-app, expires_in=3600",
        "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x" + chars(r, HEX, 6) + "]",
        ts + " INFO  session " + chars(r, HEX, 8) + " opened for uid=" + r.nextInt(5000) + " (mfa=totp)",
        "fe80::" + chars(r, HEX, 4) + ":" + chars(r, HEX, 4) + ":" + chars(r, HEX, 4) + ":" + chars(r, HEX, 4) + " dev eth0 lladdr 02:42:" + chars(r, HEX, 2) + ":" + chars(r, HEX, 2) + ":" + chars(r, HEX, 2) + ":" + chars(r, HEX, 2));
  }

  private static String json(Random r) {
    return pick(r,
        "{\"status\":\"ok\",\"items\":[{\"sku\":\"A-" + r.nextInt(9999) + "\",\"qty\":2,\"price\":19.99}],\"total\":39.98}",
        "{\"user\":{\"id\":" + r.nextInt(100000) + ",\"login\":\"octocat\",\"avatar_url\":\"https://avatars.githubusercontent.com/u/583231?v=4\"}}",
        "{\"access_token_expires_in\":3600,\"token_type\":\"bearer\",\"scope\":\"repo\"}",
        "{\"etag\":\"W/\\\"" + chars(r, HEX, 16) + "\\\"\",\"last_modified\":\"2025-02-11T08:00:00Z\"}",
        "{\"password_changed_at\":\"2024-12-01\",\"password_expires\":false,\"has_2fa\":true}",
        "{\"kind\":\"youtube#video\",\"etag\":\"" + chars(r, B64URL, 27) + "\",\"id\":\"" + chars(r, B64URL, 11) + "\"}",
        "{\"model\":\"claude-3-5-sonnet\",\"usage\":{\"input_tokens\":" + r.nextInt(4000) + ",\"output_tokens\":" + r.nextInt(900) + "}}",
        "{\"key\":\"feature.search.enabled\",\"value\":true,\"updated_by\":\"" + uuid(r) + "\"}");
  }
}
