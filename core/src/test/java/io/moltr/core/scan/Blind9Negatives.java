package io.moltr.core.scan;

import static io.moltr.core.scan.Blind9Util.ALNUM;
import static io.moltr.core.scan.Blind9Util.B64;
import static io.moltr.core.scan.Blind9Util.BASE58;
import static io.moltr.core.scan.Blind9Util.DIGITS;
import static io.moltr.core.scan.Blind9Util.LOWER;
import static io.moltr.core.scan.Blind9Util.UPPER;
import static io.moltr.core.scan.Blind9Util.bytes;
import static io.moltr.core.scan.Blind9Util.digits;
import static io.moltr.core.scan.Blind9Util.hex;
import static io.moltr.core.scan.Blind9Util.one;
import static io.moltr.core.scan.Blind9Util.pick;
import static io.moltr.core.scan.Blind9Util.utf8;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * Hard negatives: outputs that look secret-ish but hold nothing that grants access. Password
 * hashes (bcrypt, argon2) are left out on purpose: whether a leaked hash is a leak is arguable.
 */
final class Blind9Negatives {
  record Gen(String name, Function<Random, String> gen) {}

  private Blind9Negatives() {}

  static List<Gen> all() {
    List<Gen> g = new ArrayList<>();
    g.add(new Gen("aws_documented_example", Blind9Negatives::awsExample));
    g.add(new Gen("placeholder_prefixed", Blind9Negatives::placeholderPrefixed));
    g.add(new Gen("placeholder_templates", Blind9Negatives::placeholderTemplates));
    g.add(new Gen("env_reading_code", Blind9Negatives::envCode));
    g.add(new Gen("file_hashes", Blind9Negatives::fileHashes));
    g.add(new Gen("uuids", r -> "Created job " + uuid(r) + " (request-id: " + uuid(r) + ", parent: " + uuid(r) + ")"));
    g.add(new Gen("git_log", Blind9Negatives::gitLog));
    g.add(new Gen("sri_integrity", Blind9Negatives::sri));
    g.add(new Gen("btc_eth_addresses", Blind9Negatives::addresses));
    g.add(new Gen("ssh_public_keys", Blind9Negatives::sshPublic));
    g.add(new Gen("pem_public_and_certs", Blind9Negatives::pemPublic));
    g.add(new Gen("image_data_uri", Blind9Negatives::dataUri));
    g.add(new Gen("base64_plain_text", Blind9Negatives::base64Text));
    g.add(new Gen("minified_js", Blind9Negatives::minifiedJs));
    g.add(new Gen("yarn_lock", Blind9Negatives::yarnLock));
    g.add(new Gen("go_sum_cargo_lock", Blind9Negatives::goSum));
    g.add(new Gen("build_ids", Blind9Negatives::buildIds));
    g.add(new Gen("trace_ids", Blind9Negatives::traceIds));
    g.add(new Gen("luhn_failing_numbers", Blind9Negatives::luhnFailing));
    g.add(new Gen("iban_failing_mod97", Blind9Negatives::ibanFailing));
    g.add(new Gen("prose", Blind9Negatives::prose));
    g.add(new Gen("bip39_words_bad_checksum", Blind9Negatives::bip39Bad));
    g.add(new Gen("log_lines_numbers", Blind9Negatives::logLines));
    g.add(new Gen("docker_digests", Blind9Negatives::dockerDigests));
    g.add(new Gen("k8s_configmap", Blind9Negatives::configMap));
    g.add(new Gen("fake_fixture_values", Blind9Negatives::fakeFixtures));
    g.add(new Gen("stripe_publishable_and_ids", Blind9Negatives::stripeIds));
    g.add(new Gen("aws_resource_ids", Blind9Negatives::awsIds));
    g.add(new Gen("masked_secrets", Blind9Negatives::masked));
    g.add(new Gen("db_url_without_password", Blind9Negatives::dbUrlNoPassword));
    g.add(new Gen("terraform_var_refs", Blind9Negatives::terraformRefs));
    g.add(new Gen("blockchain_tx_hashes", r -> "tx confirmed: 0x" + hex(r, 64) + " block " + (18000000 + r.nextInt(900000))
        + " gasUsed " + (21000 + r.nextInt(90000)) + "\nfrom 0x" + hex(r, 40) + " to 0x" + hex(r, 40)));
    g.add(new Gen("cdn_asset_hashes", Blind9Negatives::assetHashes));
    g.add(new Gen("jwt_io_example", r -> "The jwt.io debugger's default token is\n"
        + "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
        + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\nwhich is signed with `your-256-bit-secret`; paste yours "
        + "in the left pane (step " + (1 + r.nextInt(5)) + ")."));
    g.add(new Gen("stripe_test_cards_docs", Blind9Negatives::testCards));
    g.add(new Gen("documented_example_iban", r -> one(r,
        "IBAN format example from the ECBS docs: GB82 WEST 1234 5698 7654 32 (check digits 82).",
        "Example IBAN for Germany, as in the Bundesbank docs: DE89 3704 0044 0532 0130 00.",
        "See the sample: FR14 2004 1010 0505 0001 3M02 606 — that is the documented example IBAN.")
        + " Row " + r.nextInt(99)));
    g.add(new Gen("bip39_test_vector", r -> "BIP39 test vector #1 (entropy 00…00):\nabandon abandon abandon abandon "
        + "abandon abandon abandon abandon abandon abandon abandon about\npassphrase: TREZOR (see vectors.json, case "
        + r.nextInt(24) + ")"));
    g.add(new Gen("env_names_no_values", Blind9Negatives::envNamesOnly));
    g.add(new Gen("public_oauth_client_ids", r -> "GOOGLE_CLIENT_ID=" + digits(r, 12) + "-" + pick(r, LOWER + DIGITS, 32)
        + ".apps.googleusercontent.com\nGITHUB_CLIENT_ID=Iv1." + hex(r, 16) + "\nredirect_uri=https://app.example.com/auth/callback"));
    g.add(new Gen("xxd_text_dump", Blind9Negatives::xxdDump));
    g.add(new Gen("sha256sums_file", r -> {
      StringBuilder sb = new StringBuilder("$ cat SHA256SUMS\n");
      for (String f : List.of("moltr-linux-amd64.tar.gz", "moltr-darwin-arm64.tar.gz", "moltr-windows.zip")) {
        sb.append(hex(r, 64)).append("  ").append(f).append('\n');
      }
      return sb.toString();
    }));
    g.add(new Gen("kubeconfig_ca_only", Blind9Negatives::kubeconfigCa));
    g.add(new Gen("analytics_and_slack_ids", r -> "gtag('config', 'G-" + pick(r, UPPER + DIGITS, 10) + "');\n"
        + "Posted to channel C0" + pick(r, UPPER + DIGITS, 9) + " by U0" + pick(r, UPPER + DIGITS, 9) + " (team T0"
        + pick(r, UPPER + DIGITS, 8) + ", ts 17" + digits(r, 8) + "." + digits(r, 6) + ")"));
    g.add(new Gen("csp_nonce_etag", r -> "HTTP/2 200\ncontent-security-policy: script-src 'nonce-"
        + Base64.getEncoder().encodeToString(bytes(r, 16)) + "' 'strict-dynamic'\netag: W/\"" + hex(r, 40)
        + "\"\nx-request-id: " + hex(r, 32) + "\ncache-control: max-age=600"));
    g.add(new Gen("unicode_prose_fullwidth", r -> one(r, "価格は１２，８００円です。", "ＵＳＢ－Ｃ ケーブル（２ｍ）",
        "注文番号：ＡＢ－２０２６－" + digits(r, 4)) + " 配送予定日は" + (1 + r.nextInt(12)) + "月" + (1 + r.nextInt(28))
        + "日です。ご不明な点があればお問い合わせください。"));
    g.add(new Gen("semver_ips_macs", r -> "node-" + r.nextInt(9) + " 10." + r.nextInt(255) + "." + r.nextInt(255) + "."
        + r.nextInt(255) + " mac " + macAddr(r) + " kernel 6." + r.nextInt(12) + "." + r.nextInt(80) + "-"
        + r.nextInt(200) + "-generic agent v" + r.nextInt(4) + "." + r.nextInt(30) + "." + r.nextInt(9)));
    g.add(new Gen("random_base58_ids", r -> "Solana program id " + pick(r, BASE58, 44) + "\nmint: " + pick(r, BASE58, 43)
        + "\nIPFS CID Qm" + pick(r, BASE58, 44)));
    g.add(new Gen("password_policy_text", r -> "Passwords must be at least " + (10 + r.nextInt(6))
        + " characters and include a digit. The `password` field in the request body is never logged; set "
        + "`password_min_length` in settings.yaml to change it. Example request: {\"username\": \"jdoe\", "
        + "\"password\": \"<redacted>\"}"));
    return g;
  }

  static String uuid(Random r) {
    return new UUID(r.nextLong(), r.nextLong()).toString();
  }

  static String macAddr(Random r) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      sb.append(i > 0 ? ":" : "").append(hex(r, 2));
    }
    return sb.toString();
  }

  static String awsExample(Random r) {
    return one(r,
        "Per the AWS docs, a credentials file looks like:\n\n```ini\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
            + "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```",
        "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
            + "# (values from the AWS CLI user guide)",
        "AccessKeyId: AKIAI44QH8DHBEXAMPLE\nSecretAccessKey: je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY  # docs example")
        + "\nRegion " + one(r, "us-west-2", "eu-west-1");
  }

  static String placeholderPrefixed(Random r) {
    String x = "x".repeat(20 + r.nextInt(20));
    return one(r, "OPENAI_API_KEY=sk-" + x, "STRIPE_SECRET_KEY=sk_live_" + x, "GITHUB_TOKEN=ghp_" + x,
        "SLACK_BOT_TOKEN=xoxb-xxxxxxxxxxxx-xxxxxxxxxxxxx-" + x, "ANTHROPIC_API_KEY=sk-ant-api03-" + "X".repeat(40),
        "HF_TOKEN=hf_" + "*".repeat(34), "GITLAB_TOKEN=glpat-XXXXXXXXXXXXXXXXXXXX", "SENDGRID_API_KEY=SG.xxxxx.yyyyy")
        + "\n# replace with your own key from the dashboard";
  }

  static String placeholderTemplates(Random r) {
    return one(r, "api_key: YOUR_API_KEY\nsecret: <your-secret-here>",
        "Authorization: Bearer <token>\nX-Api-Key: {{ api_key }}",
        "DATABASE_URL=${DATABASE_URL}\nREDIS_PASSWORD=${REDIS_PASSWORD:?missing}",
        "token: ${{ secrets.NPM_TOKEN }}\npassword: ${{ secrets.REGISTRY_PASSWORD }}",
        "password = \"{{ vault_db_password }}\"\napi_key = \"%(api_key)s\"",
        "STRIPE_KEY=<insert-stripe-secret-key>\nTWILIO_AUTH_TOKEN=your_auth_token_here",
        "client_secret: REPLACE_ME\naccess_token: CHANGEME")
        + "\n# step " + (1 + r.nextInt(9)) + " of the setup guide";
  }

  static String envCode(Random r) {
    return one(r, "api_key = os.environ[\"OPENAI_API_KEY\"]\nclient = OpenAI(api_key=api_key)",
        "const token = process.env.GITHUB_TOKEN ?? '';\nconst octokit = new Octokit({ auth: token });",
        "String secret = System.getenv(\"STRIPE_SECRET_KEY\");\nStripe.apiKey = secret;",
        "password := os.Getenv(\"DB_PASSWORD\")\ndsn := fmt.Sprintf(\"postgres://app:%s@db/app\", password)",
        "aws_secret = boto3.Session().get_credentials().secret_key",
        "let key = std::env::var(\"ANTHROPIC_API_KEY\").expect(\"set ANTHROPIC_API_KEY\");")
        + "\n// line " + (10 + r.nextInt(200));
  }

  static String fileHashes(Random r) {
    return "$ sha256sum dist/app.jar\n" + hex(r, 64) + "  dist/app.jar\n$ sha1sum README.md\n" + hex(r, 40)
        + "  README.md\n$ md5sum logo.png\n" + hex(r, 32) + "  logo.png";
  }

  static String gitLog(Random r) {
    StringBuilder sb = new StringBuilder("$ git log --oneline -n 5\n");
    for (int i = 0; i < 5; i++) {
      sb.append(hex(r, 7)).append(' ').append(one(r, "fix flaky test", "bump deps", "refactor parser",
          "add retry to client", "docs: update README")).append('\n');
    }
    sb.append("$ git rev-parse HEAD\n").append(hex(r, 40)).append('\n');
    return sb.toString();
  }

  static String sri(Random r) {
    return "<script src=\"https://cdn.jsdelivr.net/npm/lodash@4.17.21/lodash.min.js\" integrity=\"sha384-"
        + Base64.getEncoder().encodeToString(bytes(r, 48)) + "\" crossorigin=\"anonymous\"></script>\n"
        + "<link rel=\"stylesheet\" href=\"/app.css\" integrity=\"sha256-" + Base64.getEncoder().encodeToString(bytes(r, 32))
        + "\">";
  }

  static String addresses(Random r) {
    byte[] p = new byte[21];
    System.arraycopy(bytes(r, 20), 0, p, 1, 20);
    String p2pkh = Blind9Util.base58check(p);
    return "Send donations to BTC " + p2pkh + " or bc1q" + pick(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38)
        + "\nETH: 0x" + hex(r, 40) + "\n(public addresses, safe to share)";
  }

  static String sshPublic(Random r) {
    byte[] blob = new byte[51];
    byte[] head = {0, 0, 0, 11, 's', 's', 'h', '-', 'e', 'd', '2', '5', '5', '1', '9', 0, 0, 0, 32};
    System.arraycopy(head, 0, blob, 0, head.length);
    System.arraycopy(bytes(r, 32), 0, blob, 19, 32);
    return "$ cat ~/.ssh/authorized_keys\nssh-ed25519 " + Base64.getEncoder().encodeToString(blob) + " "
        + one(r, "alice@laptop", "deploy@ci") + "\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ"
        + pick(r, B64, 330) + " bob@desktop";
  }

  static String pemPublic(Random r) {
    String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(bytes(r, 294));
    return r.nextBoolean()
        ? "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----"
        : "Server certificate:\n-----BEGIN CERTIFICATE-----\nMIID" + body.substring(4)
            + "\n-----END CERTIFICATE-----\nsubject=CN=api.example.com";
  }

  static String dataUri(Random r) {
    byte[] png = new byte[120 + r.nextInt(200)];
    r.nextBytes(png);
    byte[] sig = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    System.arraycopy(sig, 0, png, 0, sig.length);
    return "![logo](data:image/png;base64," + Base64.getEncoder().encodeToString(png) + ")";
  }

  static String base64Text(Random r) {
    String t = one(r, "The quick brown fox jumps over the lazy dog. ",
        "Meeting notes: discuss roadmap, hiring plan, and Q3 budget review. ",
        "Hello from the build server! All 412 tests passed in 3m12s. ",
        "{\"name\":\"widget\",\"price\":12.5,\"tags\":[\"blue\",\"small\"]} ");
    return "Decoded attachment preview: " + Base64.getEncoder().encodeToString(utf8(t.repeat(1 + r.nextInt(3))));
  }

  static String minifiedJs(Random r) {
    StringBuilder sb = new StringBuilder("!function(e,t){\"object\"==typeof exports?module.exports=t():e.lib=t()}(this,");
    for (int i = 0; i < 8; i++) {
      String v = pick(r, LOWER, 1);
      sb.append("function(").append(v).append("){var ").append(pick(r, LOWER, 2)).append("=").append(v)
          .append(".").append(one(r, "map", "filter", "reduce")).append("(function(n){return n.").append(pick(r, LOWER, 3))
          .append("||\"").append(pick(r, ALNUM, 6)).append("\"});return ").append(r.nextInt(1000)).append("},");
    }
    return sb + "0);\n//# sourceMappingURL=app." + hex(r, 8) + ".js.map";
  }

  static String yarnLock(Random r) {
    StringBuilder sb = new StringBuilder("# yarn lockfile v1\n\n");
    for (String p : List.of("ansi-styles", "chalk", "debug")) {
      String v = "4." + r.nextInt(9) + "." + r.nextInt(9);
      sb.append('"').append(p).append("@^").append(v).append("\":\n  version \"").append(v).append("\"\n  resolved ")
          .append("\"https://registry.yarnpkg.com/").append(p).append("/-/").append(p).append('-').append(v)
          .append(".tgz#").append(hex(r, 40)).append("\"\n  integrity sha512-")
          .append(Base64.getEncoder().encodeToString(bytes(r, 64))).append("\n\n");
    }
    return sb.toString();
  }

  static String goSum(Random r) {
    return "github.com/stretchr/testify v1.9.0 h1:" + Base64.getEncoder().encodeToString(bytes(r, 32)) + "\n"
        + "github.com/stretchr/testify v1.9.0/go.mod h1:" + Base64.getEncoder().encodeToString(bytes(r, 32)) + "\n\n"
        + "[[package]]\nname = \"serde\"\nversion = \"1.0." + r.nextInt(220) + "\"\nsource = "
        + "\"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"" + hex(r, 64) + "\"";
  }

  static String buildIds(Random r) {
    return "$ file target/release/moltr\ntarget/release/moltr: ELF 64-bit LSB pie executable, x86-64, "
        + "BuildID[sha1]=" + hex(r, 40) + ", for GNU/Linux 3.2.0, stripped\nBuild " + digits(r, 6) + " ("
        + hex(r, 12) + ") finished, artifact id art_" + pick(r, LOWER + DIGITS, 20);
  }

  static String traceIds(Random r) {
    return "traceparent: 00-" + hex(r, 32) + "-" + hex(r, 16) + "-01\n" + Blind9Contexts.ts(r)
        + " span=" + hex(r, 16) + " trace=" + hex(r, 32) + " dd.trace_id=" + digits(r, 19) + " duration_ms="
        + r.nextInt(900);
  }

  static String luhnFailing(Random r) {
    String n;
    do {
      n = one(r, "4", "5", "37", "6011") + digits(r, 15);
      n = n.substring(0, 16);
    } while (Blind9Util.luhnValid(n));
    return "Order " + n + " shipped; tracking " + digits(r, 12) + ", invoice #" + digits(r, 8);
  }

  static String ibanFailing(Random r) {
    String s;
    do {
      s = one(r, "DE", "FR", "NL") + digits(r, 2) + (r.nextBoolean() ? digits(r, 18) : "ABNA" + digits(r, 10));
    } while (Blind9Util.ibanValid(s));
    return "reference: " + s + " (internal ledger code, not an account)";
  }

  static String prose(Random r) {
    return one(r,
        "The migration went smoothly. We moved the orders table to the new cluster, verified row counts, "
            + "and switched reads over at 14:05. Latency dropped from 120 ms to 40 ms on the p95.",
        "To configure the client, create a key in the dashboard, store it in your secret manager, and read it "
            + "from the environment at startup. Never commit it to the repository.",
        "I reviewed the pull request: the retry logic looks right, but the timeout should be configurable and "
            + "the error message should name the upstream host.")
        + " " + one(r, "Thanks!", "Let me know.", "Ping me if anything breaks.");
  }

  static String bip39Bad(Random r) {
    List<String> w = Blind9Util.bip39();
    String phrase;
    do {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 12; i++) {
        sb.append(i > 0 ? " " : "").append(w.get(r.nextInt(2048)));
      }
      phrase = sb.toString();
    } while (Blind9Util.mnemonicValid(phrase));
    return "Word list for the team offsite icebreaker: " + phrase;
  }

  static String logLines(Random r) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      sb.append(Blind9Contexts.ts(r)).append(" pid=").append(1000 + r.nextInt(60000)).append(" GET /api/items/")
          .append(digits(r, 7)).append(" 200 ").append(r.nextInt(5000)).append("B ").append(r.nextInt(900))
          .append("ms user_id=").append(digits(r, 9)).append('\n');
    }
    return sb.toString();
  }

  static String dockerDigests(Random r) {
    return "$ docker pull ghcr.io/acme/api:1." + r.nextInt(30) + "\nDigest: sha256:" + hex(r, 64)
        + "\nStatus: Downloaded newer image\nimage: nginx@sha256:" + hex(r, 64);
  }

  static String configMap(Random r) {
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  LOG_LEVEL: info\n"
        + "  FEATURE_FLAGS: \"checkout_v2,search_v3\"\n  UPSTREAM_URL: https://api.internal:8443\n"
        + "  CACHE_TTL: \"" + r.nextInt(3600) + "\"\n  BUILD_SHA: " + hex(r, 40) + "\n";
  }

  static String fakeFixtures(Random r) {
    return one(r, "def test_login():\n    resp = client.post('/login', json={'user': 'alice', 'password': 'not-a-real-password'})",
        "FAKE_TOKEN = \"fake-token-for-unit-tests\"\nassert auth(FAKE_TOKEN) is False",
        "api_key: dummy\nsecret: test\n# fixtures/settings.test.yaml",
        "const mockKey = 'mock_api_key_123';\nexpect(client.key).toBe(mockKey);")
        + "\n# case " + r.nextInt(50);
  }

  static String stripeIds(Random r) {
    return "Stripe.js init: Stripe('pk_live_51" + pick(r, ALNUM, 97) + "')\ncustomer cus_" + pick(r, ALNUM, 14)
        + " paid invoice in_1" + pick(r, ALNUM, 23) + " via pi_3" + pick(r, ALNUM, 23) + " (price price_1"
        + pick(r, ALNUM, 23) + ")";
  }

  static String awsIds(Random r) {
    String acct = digits(r, 12);
    return "arn:aws:iam::" + acct + ":role/deploy-role\ninstance i-0" + hex(r, 16) + " in vpc-0" + hex(r, 16)
        + " subnet-0" + hex(r, 16) + "\nx-amzn-RequestId: " + uuid(r) + "\nRequestId: " + pick(r, UPPER + DIGITS, 16);
  }

  static String masked(Random r) {
    return one(r, "OPENAI_API_KEY=sk-...", "GITHUB_TOKEN=ghp_****************************", "AWS_SECRET_ACCESS_KEY=****",
        "Using key sk-proj-…" + pick(r, ALNUM, 4) + " (last 4 shown)", "token: [REDACTED]", "password: ********")
        + "\n" + Blind9Contexts.ts(r) + " ##[debug] env TOKEN=***";
  }

  static String dbUrlNoPassword(Random r) {
    return one(r, "DATABASE_URL=postgres://postgres@localhost:5432/dev", "mongodb://localhost:27017/test",
        "DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app", "redis://localhost:6379/0",
        "jdbc:postgresql://db.internal:5432/orders?user=reporter&ssl=true")
        + "\n# port " + (5000 + r.nextInt(1000));
  }

  static String terraformRefs(Random r) {
    return "provider \"aws\" {\n  access_key = var.aws_access_key\n  secret_key = var.aws_secret_key\n}\n"
        + "resource \"aws_db_instance\" \"db\" {\n  password = data.aws_secretsmanager_secret_version.db.secret_string\n"
        + "  allocated_storage = " + (20 + r.nextInt(100)) + "\n}";
  }

  static String assetHashes(Random r) {
    return "dist/assets/index-" + pick(r, ALNUM, 8) + ".js   " + r.nextInt(900) + ".1 kB │ gzip: " + r.nextInt(90)
        + " kB\ndist/assets/vendor." + hex(r, 20) + ".chunk.js\n/static/media/logo." + hex(r, 8) + ".svg";
  }

  static String testCards(Random r) {
    return one(r, "Use Stripe's test card 4242 4242 4242 4242 with any future expiry and any CVC.",
        "Test cards: 4000 0566 5566 5556 (Visa debit), 5555 5555 5555 4444 (Mastercard), 3782 822463 10005 (Amex).",
        "For declines use 4000 0000 0000 0002 in test mode.") + " (docs section " + (1 + r.nextInt(9)) + ")";
  }

  static String envNamesOnly(Random r) {
    return "Required environment variables:\n- `OPENAI_API_KEY`\n- `DATABASE_URL`\n- `STRIPE_SECRET_KEY`\n"
        + "Set them with `export OPENAI_API_KEY=` followed by the value, or in `.env` (" + r.nextInt(9) + " total).";
  }

  static String xxdDump(Random r) {
    String text = one(r, "# Project README\nThis is a sample project.", "Hello, world! Version 2.1.0 released.");
    byte[] b = utf8(text);
    StringBuilder sb = new StringBuilder("$ xxd notes.txt | head\n");
    for (int off = 0; off < b.length; off += 16) {
      sb.append(String.format("%08x: ", off));
      for (int i = off; i < off + 16; i += 2) {
        sb.append(i < b.length ? String.format("%02x", b[i]) : "  ")
            .append(i + 1 < b.length ? String.format("%02x", b[i + 1]) : "  ").append(' ');
      }
      sb.append(' ').append(new String(b, off, Math.min(16, b.length - off)).replace('\n', '.')).append('\n');
    }
    return sb.toString();
  }

  static String kubeconfigCa(Random r) {
    String cert = "-----BEGIN CERTIFICATE-----\nMIIC" + Base64.getMimeEncoder(64, new byte[] {'\n'})
        .encodeToString(bytes(r, 400)).substring(4) + "\n-----END CERTIFICATE-----\n";
    return "apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: "
        + Base64.getEncoder().encodeToString(utf8(cert)) + "\n    server: https://10.0.0." + r.nextInt(250)
        + ":6443\n  name: kind-dev\nusers:\n- name: dev\n  user:\n    exec:\n      command: aws\n";
  }
}
