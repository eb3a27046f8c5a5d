package io.moltr.core.scan;

import static io.moltr.core.scan.Blind15Creds.AN;
import static io.moltr.core.scan.Blind15Creds.B58;
import static io.moltr.core.scan.Blind15Creds.B64;
import static io.moltr.core.scan.Blind15Creds.DIG;
import static io.moltr.core.scan.Blind15Creds.HEX;
import static io.moltr.core.scan.Blind15Creds.LO;
import static io.moltr.core.scan.Blind15Creds.UP;
import static io.moltr.core.scan.Blind15Creds.URLB64;
import static io.moltr.core.scan.Blind15Creds.b64;
import static io.moltr.core.scan.Blind15Creds.b64url;
import static io.moltr.core.scan.Blind15Creds.bytes;
import static io.moltr.core.scan.Blind15Creds.digits;
import static io.moltr.core.scan.Blind15Creds.pick;
import static io.moltr.core.scan.Blind15Creds.s;

import io.moltr.core.scan.Blind15Corpus.Row;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/** Blind15 hard negatives: what an agent writes every day that looks like a secret and is not. */
final class Blind15Negatives {
  private Blind15Negatives() {}

  record Gen(String name, Function<Random, String> f) {}

  static final int PER_GEN = 20;

  static String uuid(Random r) {
    String h = s(r, HEX, 32);
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-"
        + pick(r, "8", "9", "a", "b") + h.substring(17, 20) + "-" + h.substring(20);
  }

  static String sha(Random r, int hexLen) {
    return s(r, HEX, hexLen);
  }

  static String file(Random r) {
    return pick(r, "src/main.rs", "app/models/user.py", "web/src/index.tsx", "cmd/server/main.go",
        "lib/utils.js", "README.md", "Dockerfile", "pkg/api/handler.go", "tests/test_auth.py");
  }

  static String ts(Random r) {
    return Blind15Corpus.ts(r);
  }

  static String prov(Random r) {
    return pick(r, "OPENAI_API_KEY", "STRIPE_SECRET_KEY", "GITHUB_TOKEN", "ANTHROPIC_API_KEY",
        "AWS_SECRET_ACCESS_KEY", "DATABASE_URL", "SLACK_BOT_TOKEN", "HF_TOKEN", "SENDGRID_API_KEY",
        "DD_API_KEY", "VAULT_TOKEN", "NPM_TOKEN", "DB_PASSWORD");
  }

  static String failLuhn(Random r, String prefix, int len) {
    String p = prefix + digits(r, len - 1 - prefix.length());
    int good = Blind15Creds.luhnDigit(p);
    return p + ((good + 1 + r.nextInt(8)) % 10);
  }

  static String failIban(Random r) {
    String iban = Blind15Creds.iban(r);
    int d = iban.charAt(3) - '0';
    return iban.substring(0, 3) + ((d + 1 + r.nextInt(8)) % 10) + iban.substring(4);
  }

  static final List<Gen> GENS = new ArrayList<>();

  static void g(String name, Function<Random, String> f) {
    GENS.add(new Gen(name, f));
  }

  static {
    g("aws_doc_example", r -> pick(r,
        "To configure the CLI, run `aws configure` and enter the values from the IAM console, for example:\n\nAWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nDefault region name [None]: us-west-2",
        "[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n\n# the values above are the documented examples from the AWS docs; use your own",
        "Note that `AKIAI44QH8DHBEXAMPLE` / `je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY` are the sample keys AWS uses in its signing examples (region " + pick(r, "us-east-1", "eu-west-1") + ")."));
    g("placeholder_sk_xxxx", r -> pick(r,
        "OPENAI_API_KEY=sk-" + "x".repeat(20 + r.nextInt(30)) + "\nMODEL=gpt-4o-mini",
        "Set your key: `export OPENAI_API_KEY=sk-...` and then run `python app.py`.",
        "client = OpenAI(api_key=\"sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\")  # replace with your key",
        "STRIPE_SECRET_KEY=sk_live_" + "X".repeat(24) + "\n# get it from the dashboard",
        "ANTHROPIC_API_KEY=sk-ant-api03-" + "*".repeat(16) + "\n"));
    g("placeholder_your_key", r -> {
      String v = pick(r, "YOUR_API_KEY", "your-api-key-here", "<your-token>", "INSERT_KEY_HERE",
          "changeme", "REPLACE_ME", "your_secret_here", "TODO-set-me", "<YOUR_GITHUB_TOKEN>", "xxxxxxxx");
      String var = prov(r);
      return pick(r, var + "=" + v + "\nPORT=8080", "headers = {\"Authorization\": \"Bearer " + v + "\"}",
          "1. Copy `.env.example` to `.env`\n2. Set `" + var + "=" + v + "`\n3. Run `npm start`",
          "{\n  \"apiKey\": \"" + v + "\",\n  \"endpoint\": \"https://api.example.com\"\n}");
    });
    g("placeholder_angle", r -> pick(r,
        "curl -H \"Authorization: token <token>\" https://api.github.com/user",
        "docker login -u <username> -p <password> registry.example.com",
        "psql \"postgresql://<user>:<password>@<host>:5432/<db>\"",
        "Replace `<ACCESS_KEY>` and `<SECRET_KEY>` with the values from step 3.",
        "git clone https://<PAT>@github.com/acme/" + pick(r, "infra", "web", "api") + ".git"));
    g("shell_interpolation", r -> {
      String v = prov(r);
      return pick(r, "export " + v + "=\"${" + v + ":?missing}\"\n./run.sh",
          "services:\n  app:\n    environment:\n      " + v + ": ${" + v + "}\n      DATABASE_URL: postgres://app:${DB_PASSWORD}@db:5432/app",
          "curl -H \"Authorization: Bearer $" + v + "\" https://api.example.com/v1/me",
          "password: \"${DB_PASSWORD}\"\nusername: \"${DB_USER:-app}\"");
    });
    g("gha_secrets_expr", r -> {
      String v = prov(r);
      return "jobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm publish\n        env:\n          " + v + ": ${{ secrets." + v + " }}\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}";
    });
    g("env_read_code", r -> {
      String v = prov(r);
      return pick(r, "import os\n\napi_key = os.environ[\"" + v + "\"]\nclient = Client(api_key=api_key)",
          "const apiKey = process.env." + v + ";\nif (!apiKey) throw new Error('" + v + " is not set');",
          "String key = System.getenv(\"" + v + "\");\nObjects.requireNonNull(key, \"" + v + "\");",
          "key := os.Getenv(\"" + v + "\")\nif key == \"\" {\n\tlog.Fatal(\"missing " + v + "\")\n}",
          "let key = std::env::var(\"" + v + "\").expect(\"" + v + " must be set\");",
          "$key = getenv('" + v + "');\nif ($key === false) { throw new RuntimeException('no key'); }",
          "var key = Environment.GetEnvironmentVariable(\"" + v + "\") ?? throw new InvalidOperationException();");
    });
    g("vault_reads", r -> pick(r,
        "$ vault kv get -field=password secret/data/" + pick(r, "prod", "staging") + "/db\n(output hidden: stored in $DB_PASSWORD)",
        "import hvac\nclient = hvac.Client(url=\"https://vault.internal:8200\")\nsecret = client.secrets.kv.v2.read_secret_version(path=\"apps/" + pick(r, "billing", "search") + "\")\npassword = secret[\"data\"][\"data\"][\"password\"]",
        "The credentials live at `kv/data/teams/" + pick(r, "payments", "ml") + "/stripe` in Vault; the app reads them at start-up via the agent injector.",
        "annotations:\n  vault.hashicorp.com/agent-inject: \"true\"\n  vault.hashicorp.com/agent-inject-secret-db: \"database/creds/" + pick(r, "readonly", "app") + "\"\n  vault.hashicorp.com/role: \"app\""));
    g("k8s_secret_key_ref", r -> "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + pick(r, "api", "worker", "web") + "\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ghcr.io/acme/app:" + digits(r, 1) + "." + digits(r, 2) + "\n          env:\n            - name: " + prov(r) + "\n              valueFrom:\n                secretKeyRef:\n                  name: app-secrets\n                  key: " + pick(r, "api-key", "token", "password"));
    g("k8s_secret_placeholder", r -> {
      String ph = pick(r, "REPLACE_ME", "changeme-in-vault", "<set-by-ci>", "placeholder");
      return pick(r, "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\ntype: Opaque\nstringData:\n  api-key: \"" + ph + "\"\n  password: \"" + ph + "\"",
          "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\ntype: Opaque\ndata:\n  api-key: " + b64(ph.getBytes(StandardCharsets.UTF_8)) + "   # " + ph + ", filled by sealed-secrets\n");
    });
    g("md5_list", r -> {
      StringBuilder b = new StringBuilder("$ md5sum dist/*\n");
      for (int i = 0; i < 3 + r.nextInt(4); i++) {
        b.append(sha(r, 32)).append("  dist/").append(pick(r, "app", "lib", "vendor", "cli")).append("-").append(digits(r, 1)).append(".").append(digits(r, 1)).append(".tar.gz\n");
      }
      return b.toString();
    });
    g("sha1_list", r -> "File checksums (SHA-1):\n- installer.exe: " + sha(r, 40) + "\n- installer.msi: " + sha(r, 40));
    g("sha256sum", r -> {
      StringBuilder b = new StringBuilder("SHA256SUMS\n");
      for (int i = 0; i < 2 + r.nextInt(4); i++) {
        b.append(sha(r, 64)).append("  ").append(pick(r, "node", "go", "terraform", "kubectl")).append("_").append(digits(r, 1)).append(".").append(digits(r, 2)).append("_linux_amd64.zip\n");
      }
      return b.toString();
    });
    g("sha512", r -> "The release archive's SHA-512 is\n\n" + sha(r, 128) + "\n\nVerify it with `shasum -a 512 -c`.");
    g("bcrypt_hash", r -> {
      String h = "$2b$" + pick(r, "10", "12") + "$" + s(r, AN + "./", 53);
      return pick(r, "INSERT INTO users (email, password_hash) VALUES ('" + s(r, LO, 5) + "@example.org', '" + h + "');",
          "id,email,password_hash\n" + digits(r, 3) + ",ann@example.org," + h,
          "The stored value is a bcrypt hash (`" + h + "`), so the plaintext password cannot be recovered from the dump.");
    });
    g("argon2_hash", r -> "password_hash = \"$argon2id$v=19$m=65536,t=3,p=4$" + b64url(bytes(r, 16)) + "$" + b64url(bytes(r, 32)) + "\"  # from the users table");
    g("uuid_logs", r -> {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 3; i++) {
        b.append(ts(r)).append(" INFO request_id=").append(uuid(r)).append(" user_id=").append(uuid(r)).append(" status=200 dur=").append(r.nextInt(900)).append("ms\n");
      }
      return b.toString();
    });
    g("git_log", r -> {
      StringBuilder b = new StringBuilder("$ git log --oneline -n 5\n");
      for (int i = 0; i < 5; i++) {
        b.append(sha(r, 7)).append(" ").append(pick(r, "fix: null check in parser", "feat: add retry", "chore(deps): bump axios", "docs: update README", "refactor: split handler")).append("\n");
      }
      b.append("\n$ git rev-parse HEAD\n").append(sha(r, 40));
      return b.toString();
    });
    g("commit_refs", r -> "Fixed in " + sha(r, 40) + " (cherry-picked from " + sha(r, 12) + "). The regression came from " + sha(r, 8) + ".");
    g("sri_integrity", r -> "<script src=\"https://cdn.jsdelivr.net/npm/" + pick(r, "bootstrap@5.3.3", "htmx.org@1.9.12", "alpinejs@3.14.1") + "/dist/app.min.js\"\n        integrity=\"sha384-" + b64(bytes(r, 48)) + "\"\n        crossorigin=\"anonymous\"></script>");
    g("npm_lock_integrity", r -> "\"node_modules/" + pick(r, "lodash", "react", "chalk", "debug", "semver") + "\": {\n  \"version\": \"" + r.nextInt(20) + "." + r.nextInt(20) + "." + r.nextInt(20) + "\",\n  \"resolved\": \"https://registry.npmjs.org/x/-/x-1.0.0.tgz\",\n  \"integrity\": \"sha512-" + b64(bytes(r, 64)) + "\",\n  \"license\": \"MIT\"\n}");
    g("pip_hashes", r -> pick(r, "requests", "urllib3", "certifi", "idna") + "==2." + r.nextInt(32) + "." + r.nextInt(9) + " \\\n    --hash=sha256:" + sha(r, 64) + " \\\n    --hash=sha256:" + sha(r, 64));
    g("cargo_yarn_lock", r -> pick(r,
        "[[package]]\nname = \"serde\"\nversion = \"1.0." + r.nextInt(200) + "\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"" + sha(r, 64) + "\"",
        "\"@babel/core@^7.24.0\":\n  version \"7.24." + r.nextInt(9) + "\"\n  resolved \"https://registry.yarnpkg.com/@babel/core/-/core-7.24.0.tgz#" + sha(r, 40) + "\"\n  integrity sha512-" + b64(bytes(r, 64))));
    g("go_sum", r -> "github.com/" + pick(r, "spf13/cobra", "stretchr/testify", "google/uuid") + " v1." + r.nextInt(9) + "." + r.nextInt(9) + " h1:" + b64(bytes(r, 32)) + "\ngithub.com/x/y v1.0.0/go.mod h1:" + b64(bytes(r, 32)));
    g("docker_digest", r -> pick(r,
        "$ docker pull nginx:1.27\n1.27: Pulling from library/nginx\nDigest: sha256:" + sha(r, 64) + "\nStatus: Downloaded newer image for nginx:1.27",
        "image: ghcr.io/acme/api@sha256:" + sha(r, 64),
        "FROM python:3.12-slim@sha256:" + sha(r, 64) + "\nRUN pip install --no-cache-dir -r requirements.txt"));
    g("eth_address", r -> pick(r, "Send the test ETH to 0x", "Contract deployed at 0x", "Recipient wallet: 0x") + s(r, HEX, 40) + pick(r, " on Sepolia.", " (verified on Etherscan).", ""));
    g("btc_address", r -> "Donations: bc1q" + s(r, Blind15Creds.BECH32, 38) + "\nLegacy address: 1" + s(r, B58, 33));
    g("ssh_public_key", r -> pick(r,
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + s(r, B64, 43) + " " + s(r, LO, 5) + "@laptop",
        "$ cat ~/.ssh/id_rsa.pub\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + s(r, B64, 500) + " deploy@ci",
        "Add this to ~/.ssh/authorized_keys on the server:\n\necdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB" + s(r, B64, 87) + "= ops"));
    g("pem_public_key", r -> "-----BEGIN PUBLIC KEY-----\n" + Blind15Creds.wrap("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + b64(bytes(r, 255)) + "IDAQAB", 64) + "-----END PUBLIC KEY-----");
    g("certificate", r -> "Here is the server certificate chain (public, safe to share):\n\n-----BEGIN CERTIFICATE-----\n" + Blind15Creds.wrap("MIIDdzCCAl+gAwIBAgIE" + b64(bytes(r, 600)), 64) + "-----END CERTIFICATE-----");
    g("data_uri_image", r -> pick(r, "<img alt=\"logo\" src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA" + b64(bytes(r, 120 + r.nextInt(200))) + "\" />",
        ".icon { background-image: url(\"data:image/svg+xml;base64," + b64(("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'><path d='M" + r.nextInt(16) + " 0L16 8'/></svg>").getBytes(StandardCharsets.UTF_8)) + "\"); }",
        "![chart](data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ" + b64(bytes(r, 150)) + ")"));
    g("font_base64", r -> "@font-face {\n  font-family: 'Inter';\n  src: url(data:font/woff2;base64,d09GMgABAAAA" + b64(bytes(r, 300)) + ") format('woff2');\n}");
    g("base64_harmless", r -> {
      String t = pick(r, "Hello, world!", "The quick brown fox jumps over the lazy dog", "{\"page\":2,\"per_page\":50}", "user:alice role:viewer", "Meeting moved to Thursday 3pm", "cursor:" + r.nextInt(100000));
      return pick(r, "The pagination cursor is just base64 of the JSON: `" + b64(t.getBytes(StandardCharsets.UTF_8)) + "`",
          "echo '" + b64(t.getBytes(StandardCharsets.UTF_8)) + "' | base64 -d\n" + t,
          "{\"next\":\"" + b64(t.getBytes(StandardCharsets.UTF_8)) + "\",\"items\":[]}");
    });
    g("card_fail_luhn", r -> pick(r,
        "Order #" + failLuhn(r, "4", 16) + " shipped via DHL.",
        "Tracking number: " + failLuhn(r, "5", 16) + "\nCarrier: UPS",
        "Invoice reference " + failLuhn(r, "37", 15) + " was paid on " + ts(r).substring(0, 10) + ".",
        "batch_id," + failLuhn(r, "6011", 16) + ",processed"));
    g("iban_fail_mod97", r -> pick(r,
        "The template shows an account number like " + failIban(r) + " (illustration only).",
        "account_ref: " + failIban(r) + "\nstatus: pending"));
    g("ci_build_ids", r -> "Build #" + digits(r, 5) + " (run " + digits(r, 10) + ", attempt 1)\nArtifacts: build-" + s(r, HEX, 12) + ".zip\nRunner: " + pick(r, "ubuntu-22.04", "gha-runner-") + s(r, LO + DIG, 8));
    g("trace_ids", r -> pick(r,
        "traceparent: 00-" + s(r, HEX, 32) + "-" + s(r, HEX, 16) + "-01",
        "X-Amzn-Trace-Id: Root=1-" + s(r, HEX, 8) + "-" + s(r, HEX, 24) + ";Parent=" + s(r, HEX, 16) + ";Sampled=1",
        "{\"trace_id\":\"" + s(r, HEX, 32) + "\",\"span_id\":\"" + s(r, HEX, 16) + "\",\"name\":\"GET /orders\"}"));
    g("aws_request_ids", r -> "< HTTP/1.1 403 Forbidden\n< x-amz-request-id: " + s(r, UP + DIG, 16) + "\n< x-amz-id-2: " + b64(bytes(r, 57)) + "\n< Content-Type: application/xml");
    g("s3_object_keys", r -> "$ aws s3 ls s3://acme-uploads/" + digits(r, 4) + "/\n" + ts(r).substring(0, 10) + " 12:01:44     " + r.nextInt(900000) + " " + s(r, LO + DIG, 24) + ".jpg\n" + ts(r).substring(0, 10) + " 12:02:10     " + r.nextInt(900000) + " " + uuid(r) + "/" + s(r, AN, 20) + ".parquet");
    g("css_webpack_hashes", r -> pick(r,
        "<div class=\"_container_" + s(r, LO + DIG, 5) + "_1 css-" + s(r, LO + DIG, 7) + " sc-" + s(r, AN, 6) + "\">",
        "asset main." + s(r, HEX, 20) + ".js 214 KiB [emitted] [immutable] [minimized] (name: main)\nasset 712." + s(r, HEX, 8) + ".chunk.js 18 KiB [emitted]",
        "dist/assets/index-" + s(r, URLB64, 8) + ".js   142.31 kB │ gzip: 45.90 kB"));
    g("source_map", r -> "{\"version\":3,\"file\":\"app.min.js\",\"sources\":[\"src/app.ts\"],\"names\":[\"init\",\"render\"],\"mappings\":\"" + s(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 60) + ";AACA," + s(r, "ABCDEFGHIJKabcdefghijk", 40) + "\"}");
    g("minified_js", r -> "!function(e,t){\"object\"==typeof exports?module.exports=t():e." + s(r, LO, 3) + "=t()}(this,function(){var e=\"" + s(r, AN, 24) + "\",t=function(n){return n.replace(/[" + s(r, LO, 4) + "]/g,\"\")};return{v:e,t:t}});");
    g("protobuf_dump", r -> "$ grpcurl -plaintext localhost:50051 list\nacme.orders.v1.OrderService\n$ protoc --decode_raw < msg.bin\n1: \"" + uuid(r) + "\"\n2: " + digits(r, 10) + "\n3 {\n  1: \"" + s(r, LO, 6) + "\"\n  2: 0x" + s(r, HEX, 16) + "\n}");
    g("hex_dump", r -> {
      StringBuilder b = new StringBuilder("$ xxd -l 64 firmware.bin\n");
      for (int i = 0; i < 4; i++) {
        b.append(String.format("%08x: ", i * 16));
        for (int j = 0; j < 8; j++) {
          b.append(s(r, HEX, 4)).append(' ');
        }
        b.append(" ").append(s(r, LO + ".", 16)).append('\n');
      }
      return b.toString();
    });
    g("ci_masked", r -> "Run ./scripts/deploy.sh\n  env:\n    " + prov(r) + ": ***\n    AWS_REGION: us-east-1\n[deploy] authenticating with token ***\n[deploy] pushed image sha256:" + sha(r, 12));
    g("masked_last4", r -> pick(r,
        "The card on file is ****" + digits(r, 4) + " (Visa, expires 0" + (1 + r.nextInt(9)) + "/27).",
        "API key: ****************" + s(r, AN, 4) + " (created " + ts(r).substring(0, 10) + ")",
        "| key | last used |\n|---|---|\n| sk-...." + s(r, AN, 4) + " | 2 days ago |"));
    g("redacted", r -> pick(r,
        prov(r) + "=[REDACTED]\nREGION=eu-west-1",
        "{\"authorization\":\"Bearer [REDACTED]\",\"status\":401}",
        "I removed the credential from the log before pasting it: `password=<redacted>`.",
        "Authorization: Basic ********"));
    g("revoked_masked", r -> pick(r,
        "The key `sk-proj-..." + s(r, AN, 4) + "` has been revoked; generate a new one in the dashboard.",
        "GitHub revoked the token ghp_****" + s(r, AN, 4) + " after it was pushed to a public repo.",
        "Rotated: AKIA****" + s(r, UP, 4) + " -> new key stored in Secrets Manager."));
    g("version_strings", r -> "Python " + 3 + "." + r.nextInt(14) + "." + r.nextInt(10) + "\nnode v" + (16 + r.nextInt(8)) + "." + r.nextInt(20) + ".0\nopenssl 3.0." + r.nextInt(15) + "\nbuild: 1.4.2+" + s(r, HEX, 7) + ".20240301");
    g("aws_resource_ids", r -> pick(r,
        "Instance i-" + s(r, HEX, 17) + " in subnet subnet-" + s(r, HEX, 17) + " (vpc-" + s(r, HEX, 17) + ", sg-" + s(r, HEX, 17) + ")",
        "arn:aws:iam::" + digits(r, 12) + ":role/" + pick(r, "deploy", "lambda-exec") + "\narn:aws:s3:::acme-logs-" + digits(r, 6) + "/*",
        "AMI: ami-" + s(r, HEX, 17) + "\nKMS key: arn:aws:kms:us-east-1:" + digits(r, 12) + ":key/" + uuid(r)));
    g("azure_resource_ids", r -> "/subscriptions/" + uuid(r) + "/resourceGroups/rg-" + pick(r, "prod", "dev") + "/providers/Microsoft.Storage/storageAccounts/st" + s(r, LO + DIG, 10) + "\ntenantId: " + uuid(r));
    g("gcp_resource_ids", r -> "projects/" + pick(r, "acme-prod", "ml-data") + "-" + digits(r, 6) + "/locations/europe-west1/services/api\nservice account: deployer@acme-prod-" + digits(r, 6) + ".iam.gserviceaccount.com\nclient_id: " + digits(r, 21));
    g("oauth_client_ids", r -> pick(r,
        "GOOGLE_CLIENT_ID=" + digits(r, 12) + "-" + s(r, LO + DIG, 32) + ".apps.googleusercontent.com",
        "The GitHub App client id is Iv1." + s(r, HEX, 16) + " (public; the secret stays in the vault).",
        "<meta name=\"google-signin-client_id\" content=\"" + digits(r, 12) + "-" + s(r, LO + DIG, 32) + ".apps.googleusercontent.com\">"));
    g("publishable_keys", r -> pick(r,
        "const stripe = Stripe('pk_live_51" + s(r, AN, 97) + "');",
        "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_" + s(r, AN, 24),
        "<script>window.STRIPE_PK = \"pk_test_" + s(r, AN, 24) + "\";</script>"));
    g("license_docs", r -> pick(r,
        "// SPDX-License-Identifier: Apache-2.0\n// Copyright 2024 The Authors",
        "Licensed under the MIT License. See LICENSE in the project root for license information.",
        "license = \"GPL-3.0-or-later\"\nlicense-files = [\"LICENSE\", \"NOTICE\"]"));
    g("rfc_test_vectors", r -> pick(r,
        "RFC 4231 test case 1: Key = 0x" + "0b".repeat(20) + ", Data = \"Hi There\"\nHMAC-SHA-256 = b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
        "NIST SP 800-38A F.1.1 ECB-AES128: Key 2b7e151628aed2a6abf7158809cf4f3c, plaintext 6bc1bee22e409f96e93d7e117393172a",
        "The jwt.io sample token is eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c (signed with the documented secret \"your-256-bit-secret\")."));
    g("jwt_alg_none", r -> {
      String t = b64url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64url("{\"sub\":\"" + digits(r, 5) + "\",\"role\":\"viewer\"}") + ".";
      return "This test checks that an unsigned token is rejected:\n\nassert verify(\"" + t + "\") is False";
    });
    g("terraform_state", r -> "{\n  \"version\": 4,\n  \"terraform_version\": \"1.7." + r.nextInt(5) + "\",\n  \"serial\": " + r.nextInt(300) + ",\n  \"lineage\": \"" + uuid(r) + "\",\n  \"resources\": [{\"type\": \"aws_s3_bucket\", \"name\": \"logs\", \"instances\": [{\"attributes\": {\"arn\": \"arn:aws:s3:::acme-logs-" + digits(r, 6) + "\", \"id\": \"acme-logs\", \"hosted_zone_id\": \"Z" + s(r, UP + DIG, 13) + "\"}}]}]\n}");
    g("keygen_code", r -> pick(r,
        "import secrets\n\ndef new_api_key() -> str:\n    return \"sk_\" + secrets.token_urlsafe(32)",
        "const token = crypto.randomBytes(32).toString('hex');\nawait db.tokens.insert({ hash: sha256(token) });",
        "Generate a strong secret with `openssl rand -base64 32` and put it in the vault, never in git.",
        "TOKEN_RE = re.compile(r\"^ghp_[A-Za-z0-9]{36}$\")\n\ndef looks_like_github_token(s):\n    return bool(TOKEN_RE.match(s))",
        "func validateKey(k string) bool {\n\treturn strings.HasPrefix(k, \"sk-ant-\") && len(k) > 40\n}"));
    g("doc_placeholders", r -> pick(r,
        "GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
        "AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX",
        "SLACK_BOT_TOKEN=xoxb-your-bot-token",
        "HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "token: \"glpat-xxxxxxxxxxxxxxxxxxxx\"  # paste your own",
        "api_key = \"{{ api_key }}\"",
        "password = \"%(db_password)s\"",
        "STRIPE_KEY=sk_live_************************"));
    g("random_filenames", r -> "$ ls /tmp\ntmp" + s(r, LO + DIG + "_", 8) + "\npytest-of-user\n" + s(r, HEX, 32) + ".lock\nIMG_2024" + digits(r, 4) + "_" + digits(r, 6) + ".jpg\nsession-" + s(r, AN, 16) + ".log");
    g("stripe_object_ids", r -> "Created PaymentIntent pi_3" + s(r, AN, 23) + " for customer cus_" + s(r, AN, 14) + "\ncharge: ch_3" + s(r, AN, 23) + "\nrequest: req_" + s(r, AN, 14));
    g("llm_api_ids", r -> pick(r,
        "{\"id\":\"chatcmpl-" + s(r, AN, 29) + "\",\"object\":\"chat.completion\",\"model\":\"gpt-4o\",\"system_fingerprint\":\"fp_" + s(r, HEX, 10) + "\"}",
        "{\"id\":\"msg_01" + s(r, AN, 22) + "\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-3-5-sonnet\"}\nrequest-id: req_01" + s(r, AN, 22),
        "Uploaded file-" + s(r, AN, 24) + " to assistant asst_" + s(r, AN, 24) + " (org-" + s(r, AN, 24) + ")"));
    g("slack_ids", r -> "Posted to channel C0" + s(r, UP + DIG, 8) + " as user U0" + s(r, UP + DIG, 8) + " (team T0" + s(r, UP + DIG, 8) + "), ts=" + digits(r, 10) + "." + digits(r, 6));
    g("github_node_ids", r -> "{\"login\":\"octocat\",\"id\":" + digits(r, 7) + ",\"node_id\":\"MDQ6VXNlcj" + s(r, AN, 6) + "=\",\"avatar_url\":\"https://avatars.githubusercontent.com/u/" + digits(r, 7) + "?v=4\"}");
    g("k8s_pod_names", r -> "NAME                          READY   STATUS    RESTARTS   AGE\n" + pick(r, "api", "web", "worker") + "-" + s(r, HEX, 10) + "-" + s(r, LO + DIG, 5) + "      1/1     Running   0          3d\nuid: " + uuid(r) + "\nresourceVersion: \"" + digits(r, 8) + "\"");
    g("password_prompt", r -> pick(r,
        "$ ssh admin@10.0.0." + r.nextInt(255) + "\nadmin@10.0.0.5's password:\nPermission denied, please try again.",
        "$ sudo apt update\n[sudo] password for dev:\nHit:1 http://archive.ubuntu.com/ubuntu jammy InRelease",
        "Enter passphrase for key '/home/dev/.ssh/id_ed25519':\nIdentity added: /home/dev/.ssh/id_ed25519"));
    g("conn_no_password", r -> pick(r,
        "DATABASE_URL=postgres://localhost:5432/app_dev",
        "git remote add origin git@github.com:acme/" + pick(r, "api", "web") + ".git",
        "mongodb://mongo-0.mongo:27017,mongo-1.mongo:27017/?replicaSet=rs0",
        "redis://cache.internal:6379/0",
        "DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app"));
    g("security_prose", r -> pick(r,
        "Never paste an API key or password into a chat. If a token leaks, revoke it first, then rotate every secret that shared its scope.",
        "Die Zugangsdaten gehören in den Secret Manager, nicht in die .env im Repository. Das Passwort wird beim Start aus dem Tresor gelesen.",
        "Para rotar la clave de API, ve a Ajustes > Seguridad y pulsa «Regenerar». La contraseña anterior deja de funcionar de inmediato."));
    g("password_schema", r -> pick(r,
        "class SignupRequest(BaseModel):\n    email: EmailStr\n    password: str = Field(min_length=12)\n    api_key: Optional[str] = None",
        "\"properties\": {\n  \"password\": {\"type\": \"string\", \"format\": \"password\", \"minLength\": 12},\n  \"token\": {\"type\": \"string\"}\n}",
        "ALTER TABLE users ADD COLUMN api_key_hash CHAR(64) NOT NULL;"));
    g("env_example_empty", r -> "# .env.example\n" + prov(r) + "=\n" + prov(r) + "=\nLOG_LEVEL=info\nPORT=3000");
    g("git_lfs_pointer", r -> "version https://git-lfs.github.com/spec/v1\noid sha256:" + sha(r, 64) + "\nsize " + digits(r, 7));
    g("csp_nonce_etag", r -> "< Content-Security-Policy: script-src 'self' 'nonce-" + b64(bytes(r, 16)) + "'\n< ETag: W/\"" + s(r, HEX, 8) + "-" + s(r, AN, 27) + "\"\n< Cache-Control: max-age=3600");
    g("long_numbers", r -> "Pi to 60 digits: 3.14159265358979323846264338327950288419716939937510582097494459\nEpoch ms: " + (1_700_000_000_000L + r.nextInt(900_000_000)) + "\nOrder total (cents): " + r.nextInt(999999));
    g("sbom_hashes", r -> "{\"bomFormat\":\"CycloneDX\",\"components\":[{\"name\":\"" + pick(r, "jackson-databind", "guava", "netty-handler") + "\",\"version\":\"2." + r.nextInt(18) + ".0\",\"hashes\":[{\"alg\":\"SHA-256\",\"content\":\"" + sha(r, 64) + "\"}],\"purl\":\"pkg:maven/com.example/x@2.0\"}]}");
    g("uuid_csv", r -> {
      StringBuilder b = new StringBuilder("id,tenant_id,created_at\n");
      for (int i = 0; i < 4; i++) {
        b.append(uuid(r)).append(',').append(uuid(r)).append(',').append(ts(r)).append('\n');
      }
      return b.toString();
    });
    g("twilio_account_sid", r -> "Message SM" + s(r, HEX, 32) + " queued from account AC" + s(r, HEX, 32) + " (status: queued)");
    g("nonce_salt_params", r -> "Encryption: AES-256-GCM, iv=" + s(r, HEX, 24) + ", tag=" + s(r, HEX, 32) + " (key id " + uuid(r) + ", key itself in KMS)");
    g("wasm_sha_cache", r -> "Restored cache key: node-modules-Linux-" + sha(r, 64) + "\nCache Size: ~" + r.nextInt(500) + " MB");
  }

  static List<Row> build(Random r) {
    List<Row> rows = new ArrayList<>();
    for (Gen gen : GENS) {
      for (int i = 0; i < PER_GEN; i++) {
        rows.add(new Row("NEGATIVE", "none", "none", "negative", gen.name(), "", "", gen.f().apply(r)));
      }
    }
    return rows;
  }
}
