package io.moltr.core.scan;

import static io.moltr.core.scan.HeldoutCredentials.ALNUM;
import static io.moltr.core.scan.HeldoutCredentials.B58;
import static io.moltr.core.scan.HeldoutCredentials.B64URL;
import static io.moltr.core.scan.HeldoutCredentials.DIG;
import static io.moltr.core.scan.HeldoutCredentials.HEX;
import static io.moltr.core.scan.HeldoutCredentials.HEXUP;
import static io.moltr.core.scan.HeldoutCredentials.LO;
import static io.moltr.core.scan.HeldoutCredentials.UP;
import static io.moltr.core.scan.HeldoutCredentials.b64;
import static io.moltr.core.scan.HeldoutCredentials.b64url;
import static io.moltr.core.scan.HeldoutCredentials.bytes;
import static io.moltr.core.scan.HeldoutCredentials.cat;
import static io.moltr.core.scan.HeldoutCredentials.digits;
import static io.moltr.core.scan.HeldoutCredentials.digitsNoLeadingZero;
import static io.moltr.core.scan.HeldoutCredentials.pick;
import static io.moltr.core.scan.HeldoutCredentials.rs;
import static io.moltr.core.scan.HeldoutCredentials.uuid;
import static io.moltr.core.scan.HeldoutContexts.ts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Held-out corpus, part 4: hard negatives. Text an agent writes that looks like a credential,
 * sits next to credential words, or decodes to something, and yet leaks nothing: documented
 * example keys, placeholders, reads from the environment, hashes, ids, public keys, encrypted
 * material, encoded ordinary text.
 */
final class HeldoutNegatives {
  private HeldoutNegatives() {}

  record Category(String name, int count, Function<Random, String> gen) {}

  static final List<Category> ALL = new ArrayList<>();

  private static void cat_(String name, int count, Function<Random, String> gen) {
    ALL.add(new Category(name, count, gen));
  }

  static String sha256hex(Random r) {
    return rs(r, HEX, 64);
  }

  static String gitSha(Random r) {
    return rs(r, HEX, 40);
  }

  static String lines(Random r, int n, List<String> pool) {
    List<String> p = new ArrayList<>(pool);
    java.util.Collections.shuffle(p, r);
    return String.join("\n", p.subList(0, Math.min(n, p.size())));
  }

  static String failLuhn(Random r, String prefix, int len) {
    String pan = HeldoutCredentials.card(r, prefix, len);
    int last = pan.charAt(len - 1) - '0';
    return pan.substring(0, len - 1) + (char) ('0' + (last + 1 + r.nextInt(8)) % 10);
  }

  static String pemWrap(String type, byte[] der) {
    return HeldoutCredentials.pem(type, der, 64);
  }

  static byte[] fakeCertDer(Random r, int n) {
    return cat(new byte[] {0x30, (byte) 0x82, (byte) ((n - 4) >> 8), (byte) (n - 4), 0x30, (byte) 0x82, (byte) ((n - 200) >> 8), (byte) (n - 200),
        (byte) 0xa0, 0x03, 0x02, 0x01, 0x02, 0x02, 0x14}, bytes(r, n - 15));
  }

  static String readme(Random r) {
    return pick(r,
        "# acme-cli\n\nA small command line tool to manage deployments.\n\n## Install\n\n```\nnpm install -g acme-cli\n```\n\n## Usage\n\nRun `acme deploy --env staging` to deploy the current branch.\n",
        "# Changelog\n\n## 2.3.0\n- Added retry with exponential backoff\n- Fixed a race in the cache warmer\n\n## 2.2.1\n- Docs fixes\n",
        "server:\n  port: 8080\n  shutdown: graceful\nlogging:\n  level: INFO\nfeatures:\n  new_checkout: true\n  beta_search: false\n",
        "{\"theme\":\"dark\",\"locale\":\"en-GB\",\"page_size\":50,\"beta\":false,\"sidebar\":[\"inbox\",\"drafts\",\"archive\"]}",
        "def fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\n\nprint([fib(i) for i in range(10)])\n",
        "The quarterly report is attached. Revenue grew 12% quarter over quarter, driven mostly by the EMEA region. Churn stayed flat at 2.1%.\n");
  }

  static String ethAddr(Random r) {
    return "0x" + rs(r, HEX, 40);
  }

  static String btcAddr(Random r) {
    byte version = (byte) (r.nextBoolean() ? 0x00 : 0x05);
    return HeldoutCredentials.base58check(cat(new byte[] {version}, bytes(r, 20)));
  }

  static String ed25519Pub(Random r) {
    return "ssh-ed25519 " + b64(HeldoutCredentials.ed25519PublicBlob(bytes(r, 32)));
  }

  static String rsaPub(Random r) {
    return "ssh-rsa " + b64(cat(HeldoutCredentials.sshString("ssh-rsa"), HeldoutCredentials.sshString(new byte[] {1, 0, 1}),
        HeldoutCredentials.sshString(cat(new byte[] {0}, bytes(r, 256)))));
  }

  static String pgpPublic(Random r) {
    int len = 500 + r.nextInt(400);
    byte[] pkt = cat(new byte[] {(byte) 0x99, (byte) (len >> 8), (byte) len, 0x04}, bytes(r, 4), new byte[] {0x01, 0x08, 0x00}, bytes(r, len - 8));
    return HeldoutCredentials.pgpArmor("PUBLIC KEY BLOCK", pkt, null);
  }

  static String pgpSignature(Random r) {
    byte[] pkt = cat(new byte[] {(byte) 0x89, 0x02, 0x33, 0x04, 0x00, 0x01, 0x08, 0x00, 0x1d, 0x16, 0x21, 0x04}, bytes(r, 550));
    return HeldoutCredentials.pgpArmor("SIGNATURE", pkt, null);
  }

  static String unsignedJwt(Random r) {
    String header = b64url("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    String payload = b64url("{\"sub\":\"" + digits(r, 8) + "\",\"name\":\"" + pick(r, "Ada", "Linus", "Grace") + "\",\"iat\":" + (1_700_000_000L + r.nextInt(20_000_000)) + "}");
    return header + "." + payload + ".";
  }

  static String rndB64(Random r, int nBytes) {
    return b64(bytes(r, nBytes));
  }

  static String ibanFail(Random r) {
    String iban = HeldoutCredentials.randomIban(r).replace(" ", "");
    int check = Integer.parseInt(iban.substring(2, 4));
    int bad = (check + 1 + r.nextInt(90)) % 97;
    if (bad < 2) {
      bad += 2;
    }
    String s = iban.substring(0, 2) + String.format("%02d", bad) + iban.substring(4);
    return HeldoutCredentials.ibanValid(s) ? s.substring(0, s.length() - 1) + (char) ('0' + ((s.charAt(s.length() - 1) - '0' + 1) % 10)) : s;
  }

  static {
    // ------------------------------------------------------------ documented examples
    cat_("aws_documented_example", 10, r -> pick(r,
        "$ aws configure\nAWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nDefault region name [None]: us-west-2\nDefault output format [None]: json",
        "Your `~/.aws/credentials` should look like this (these are the example values from the AWS docs, replace them with yours):\n\n```ini\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```",
        "export AWS_ACCESS_KEY_ID=AKIAI44QH8DHBEXAMPLE\nexport AWS_SECRET_ACCESS_KEY=je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY\nexport AWS_DEFAULT_REGION=" + pick(r, "us-east-1", "eu-central-1"),
        "In the AWS documentation, access key IDs are shown as `AKIAIOSFODNN7EXAMPLE` and secret keys as `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`. Real ones have the same shape, so never paste yours into an issue.",
        "provider \"aws\" {\n  region     = \"us-west-2\"\n  access_key = \"AKIAIOSFODNN7EXAMPLE\"        # example only\n  secret_key = \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\"\n}",
        "{\n  \"AccessKey\": {\n    \"UserName\": \"Bob\",\n    \"AccessKeyId\": \"AKIAIOSFODNN7EXAMPLE\",\n    \"Status\": \"Active\",\n    \"SecretAccessKey\": \"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\",\n    \"CreateDate\": \"2015-03-09T18:39:23.411Z\"\n  }\n}"));
    cat_("stripe_documented_test_keys", 8, r -> pick(r,
        "$ curl https://api.stripe.com/v1/charges \\\n  -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: \\\n  -d amount=2000 \\\n  -d currency=usd \\\n  -d source=tok_visa",
        "const stripe = Stripe('pk_test_TYooMQauvdEDq54NiTphI7jx');\nconst elements = stripe.elements();",
        "The Stripe docs use the shared test key `sk_test_4eC39HqLyjWDarjtT1zdp7dc` in every example; it only works in test mode and is public.",
        "import stripe\nstripe.api_key = \"sk_test_4eC39HqLyjWDarjtT1zdp7dc\"  # docs test key\n\nstripe.PaymentIntent.create(amount=1099, currency=\"eur\")",
        "STRIPE_PUBLISHABLE_KEY=pk_test_TYooMQauvdEDq54NiTphI7jx\nSTRIPE_SECRET_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc\nSTRIPE_WEBHOOK_SECRET=whsec_...\n"));

    // ------------------------------------------------------------ placeholders
    List<String> placeholderLines = List.of(
        "OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "OPENAI_API_KEY=sk-proj-...", "ANTHROPIC_API_KEY=sk-ant-api03-...",
        "ANTHROPIC_API_KEY=<your-anthropic-key>", "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
        "STRIPE_SECRET_KEY=sk_live_...", "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "SLACK_BOT_TOKEN=xoxb-your-bot-token",
        "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX", "AWS_ACCESS_KEY_ID=YOUR_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY=YOUR_SECRET_ACCESS_KEY", "DATABASE_URL=postgres://user:password@localhost:5432/mydb", "DATABASE_URL=postgresql://USER:PASSWORD@HOST:5432/DB",
        "API_KEY=<your-api-key>", "API_KEY=YOUR_API_KEY", "SECRET_KEY=changeme", "JWT_SECRET=your-jwt-secret", "SESSION_SECRET=replace-me",
        "TOKEN=${TOKEN}", "DB_PASSWORD=***", "DB_PASSWORD=", "HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "GROQ_API_KEY=gsk_...",
        "SENDGRID_API_KEY=SG.xxxxxxxx.yyyyyyyy", "TWILIO_AUTH_TOKEN=your_auth_token", "DD_API_KEY=<DATADOG_API_KEY>", "NPM_TOKEN=npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
        "GOOGLE_API_KEY=AIza...", "SENTRY_DSN=https://<key>@<org>.ingest.sentry.io/<project>", "REDIS_URL=redis://:password@localhost:6379/0",
        "TELEGRAM_BOT_TOKEN=123456789:YOUR_BOT_TOKEN", "VAULT_TOKEN=hvs.XXXXXXXXXXXXXXXXXXXXXXXX", "PASSWORD=password", "ADMIN_PASSWORD=admin",
        "CLOUDFLARE_API_TOKEN=your-cloudflare-token", "LINEAR_API_KEY=lin_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "SECRET=\"\"", "PRIVATE_KEY=0x...");
    cat_("placeholder_env_example", 16, r -> pick(r, "$ cat .env.example\n", "Create a `.env` file based on this template:\n\n```\n", "# .env.sample, copy to .env and fill in\n")
        + lines(r, 4 + r.nextInt(4), placeholderLines) + "\n");
    cat_("placeholder_code", 14, r -> pick(r,
        "from openai import OpenAI\n\nclient = OpenAI(api_key=\"sk-...\")  # replace with your key\n",
        "import anthropic\n\nclient = anthropic.Anthropic(api_key=\"YOUR_API_KEY\")\nmsg = client.messages.create(model=\"claude-sonnet-4-5\", max_tokens=512, messages=[])",
        "const octokit = new Octokit({ auth: 'ghp_your_token_here' });",
        "curl https://api.openai.com/v1/models \\\n  -H \"Authorization: Bearer $OPENAI_API_KEY\"",
        "curl -s https://api.github.com/user -H \"Authorization: Bearer <token>\"",
        "curl -s --user 'api:YOUR_API_KEY' https://api.mailgun.net/v3/YOUR_DOMAIN_NAME/messages -F from='Excited User <mailgun@YOUR_DOMAIN_NAME>'",
        "token := \"<TOKEN>\"\nreq.Header.Set(\"Authorization\", \"Bearer \"+token)",
        "String apiKey = \"INSERT_API_KEY_HERE\";",
        "stripe.api_key = \"sk_test_...\"",
        "headers = {\"X-API-Key\": \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"}",
        "db:\n  host: localhost\n  user: postgres\n  password: <redacted>\n",
        "aws_secret_access_key = <YOUR_SECRET_KEY>",
        "client = WebClient(token=\"xoxb-XXXXXXXXXXXX-XXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX\")",
        "export GITLAB_TOKEN=glpat-XXXXXXXXXXXXXXXXXXXX",
        "password: \"********\"\nusername: admin",
        "ssh -i ~/.ssh/id_ed25519 deploy@" + pick(r, "10.0.0.5", "bastion.acme.io"),
        "const dsn = process.env.SENTRY_DSN || 'https://examplePublicKey@o0.ingest.sentry.io/0';"));
    cat_("template_variables", 12, r -> pick(r,
        "      - name: Publish\n        run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}",
        "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: " + pick(r, "db-credentials", "postgres-app") + "\n        key: password",
        "apiKey: {{ .Values.openai.apiKey | quote }}\nwebhookSecret: {{ required \"webhookSecret is required\" .Values.webhookSecret }}",
        "db_password: \"{{ vault_db_password }}\"\nsmtp_password: \"{{ lookup('env', 'SMTP_PASSWORD') }}\"",
        "resource \"aws_db_instance\" \"main\" {\n  username = \"app\"\n  password = var.db_password\n}\n\nvariable \"db_password\" {\n  type      = string\n  sensitive = true\n}",
        "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}",
        "deploy:\n  script:\n    - docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY",
        "spring.datasource.password=${SPRING_DATASOURCE_PASSWORD}\nspring.datasource.username=${DB_USER:app}",
        "token = \"%(API_TOKEN)s\"\nurl = \"%(BASE_URL)s/v1\"",
        "{\n  \"apiKey\": \"{{API_KEY}}\",\n  \"endpoint\": \"{{BASE_URL}}/v2\"\n}",
        "steps:\n  - uses: aws-actions/configure-aws-credentials@v4\n    with:\n      role-to-assume: arn:aws:iam::" + digits(r, 12) + ":role/gha-deploy\n      aws-region: us-east-1",
        "password = ENV.fetch(\"DATABASE_PASSWORD\") { raise \"DATABASE_PASSWORD missing\" }"));
    cat_("env_and_vault_reads", 12, r -> pick(r,
        "import os\n\nOPENAI_API_KEY = os.environ[\"OPENAI_API_KEY\"]\nSTRIPE_KEY = os.getenv(\"STRIPE_SECRET_KEY\", \"\")",
        "const token = process.env.GITHUB_TOKEN;\nif (!token) throw new Error('GITHUB_TOKEN is not set');",
        "apiKey := os.Getenv(\"DD_API_KEY\")\nif apiKey == \"\" {\n\tlog.Fatal(\"DD_API_KEY missing\")\n}",
        "String secret = System.getenv(\"JWT_SIGNING_SECRET\");\nObjects.requireNonNull(secret, \"JWT_SIGNING_SECRET\");",
        "$ aws secretsmanager get-secret-value --secret-id prod/payments/db --query SecretString --output text > /dev/null && echo fetched\nfetched",
        "$ vault kv get -field=password secret/apps/orders/db | wc -c\n33",
        "$ gcloud secrets versions access latest --secret=openai-api-key --project=" + pick(r, "acme-prod", "ml-platform") + " >/tmp/key && echo ok\nok",
        "$ kubectl create secret generic api-credentials --from-literal=token=\"$API_TOKEN\" --dry-run=client -o yaml | kubectl apply -f -\nsecret/api-credentials configured",
        "$ op read \"op://Production/Stripe/credential\" | pbcopy\n$ echo copied",
        "let key = std::env::var(\"ANTHROPIC_API_KEY\").expect(\"ANTHROPIC_API_KEY must be set\");",
        "with open('/run/secrets/db_password') as fh:\n    DB_PASSWORD = fh.read().strip()",
        "password = keyring.get_password(\"acme-cli\", username)"));
    cat_("masked_or_redacted", 14, r -> pick(r,
        "Your key `sk-proj-" + "*".repeat(20) + rs(r, ALNUM, 4) + "` was created on " + ts(r).substring(0, 10) + ".",
        "| Name | Token | Last used |\n|---|---|---|\n| ci | ghp_••••••••••••••••••••••••••••" + rs(r, ALNUM, 4) + " | yesterday |",
        "AccessKeyId: AKIA****************\nStatus: Active",
        "> Authorization: Bearer [REDACTED]\n> User-Agent: curl/8.5.0",
        "DB_PASSWORD=********\nDB_HOST=db.internal",
        "slack token: xoxb-***-***-***",
        ts(r) + " INFO request token=<redacted> path=/v1/items status=200",
        "Card ending in " + digits(r, 4) + " (•••• •••• •••• " + digits(r, 4) + ") was charged €" + (5 + r.nextInt(300)) + ".00",
        "DD_API_KEY=" + "*".repeat(28) + rs(r, HEX, 4),
        "The key starts with `sk-ant-api03-` and ends with `..." + rs(r, ALNUM, 4) + "`; I did not print the rest.",
        "postgres://app:*****@db.internal:5432/orders",
        "{\"api_key\": \"[FILTERED]\", \"user\": \"jdoe\"}",
        "webhook: https://hooks.slack.com/services/T0***/B0***/****",
        "Password: ******** (hidden)"));

    // ------------------------------------------------------------ hashes and digests
    cat_("hashes", 16, r -> switch (r.nextInt(8)) {
      case 0 -> "$ sha256sum dist/*.tar.gz\n" + sha256hex(r) + "  dist/app-1." + r.nextInt(20) + ".0-linux-amd64.tar.gz\n" + sha256hex(r) + "  dist/app-1.4.0-darwin-arm64.tar.gz";
      case 1 -> "$ md5sum backup.sql\n" + rs(r, HEX, 32) + "  backup.sql";
      case 2 -> "version https://git-lfs.github.com/spec/v1\noid sha256:" + sha256hex(r) + "\nsize " + (10000 + r.nextInt(9000000));
      case 3 -> "$ shasum -a 512 release.zip\n" + rs(r, HEX, 128) + "  release.zip";
      case 4 -> "{\"file\": \"model.safetensors\", \"sha256\": \"" + sha256hex(r) + "\", \"size\": " + r.nextInt(1 << 30) + "}";
      case 5 -> "$ openssl dgst -sha1 LICENSE\nSHA1(LICENSE)= " + rs(r, HEX, 40);
      case 6 -> "checksums.txt:\n" + rs(r, HEX, 64) + "  kubectl\n" + rs(r, HEX, 64) + "  helm";
      default -> "Get-FileHash .\\setup.exe\n\nAlgorithm       Hash                                                                   Path\n---------       ----                                                                   ----\nSHA256          "
          + rs(r, HEXUP, 64) + "       C:\\Users\\dev\\setup.exe";
    });
    cat_("uuids_request_ids", 12, r -> switch (r.nextInt(5)) {
      case 0 -> ts(r) + " INFO  request_id=" + uuid(r) + " method=GET path=/api/orders/" + r.nextInt(99999) + " status=200 duration_ms=" + r.nextInt(900);
      case 1 -> "{\"id\": \"" + uuid(r) + "\", \"tenant_id\": \"" + uuid(r) + "\", \"status\": \"queued\"}";
      case 2 -> "$ az account show --query id -o tsv\n" + uuid(r);
      case 3 -> "metadata:\n  name: web\n  uid: " + uuid(r) + "\n  resourceVersion: \"" + digits(r, 8) + "\"";
      default -> "Correlation ID: " + uuid(r).toUpperCase() + "\nTimestamp: " + ts(r);
    });
    cat_("git_shas", 12, r -> switch (r.nextInt(5)) {
      case 0 -> "$ git log --oneline -5\n" + rs(r, HEX, 7) + " Fix flaky test in OrderServiceTest\n" + rs(r, HEX, 7) + " Bump jackson to 2.17.1\n" + rs(r, HEX, 7)
          + " Merge pull request #" + r.nextInt(2000) + " from acme/feature/retry\n" + rs(r, HEX, 7) + " Add retry to webhook sender\n" + rs(r, HEX, 7) + " Initial commit";
      case 1 -> "commit " + gitSha(r) + "\nAuthor: Dana Kim <dana@acme.io>\nDate:   Tue May 14 10:02:11 2024 +0200\n\n    Refactor token refresh logic (no behaviour change)";
      case 2 -> "The regression was introduced in https://github.com/acme/api/commit/" + gitSha(r) + ", reverting it fixes the build.";
      case 3 -> "$ git rev-parse HEAD\n" + gitSha(r) + "\n$ git describe --tags\nv2." + r.nextInt(9) + "." + r.nextInt(9) + "-" + r.nextInt(40) + "-g" + rs(r, HEX, 7);
      default -> "GITHUB_SHA=" + gitSha(r) + "\nGITHUB_REF=refs/heads/main\nGITHUB_RUN_ID=" + digits(r, 10);
    });
    cat_("sri_and_lockfiles", 12, r -> switch (r.nextInt(6)) {
      case 0 -> "    \"node_modules/lodash\": {\n      \"version\": \"4.17.21\",\n      \"resolved\": \"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\",\n      \"integrity\": \"sha512-"
          + rndB64(r, 64) + "\"\n    },";
      case 1 -> "<script src=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js\" integrity=\"sha384-" + rndB64(r, 48)
          + "\" crossorigin=\"anonymous\"></script>";
      case 2 -> "github.com/google/uuid v1.6.0 h1:" + rndB64(r, 32) + "\ngithub.com/google/uuid v1.6.0/go.mod h1:" + rndB64(r, 32);
      case 3 -> "requests==2.32.3 \\\n    --hash=sha256:" + sha256hex(r) + " \\\n    --hash=sha256:" + sha256hex(r);
      case 4 -> "[[package]]\nname = \"serde\"\nversion = \"1.0.203\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"" + sha256hex(r) + "\"";
      default -> "ansi-styles@^4.1.0:\n  version \"4.3.0\"\n  resolved \"https://registry.yarnpkg.com/ansi-styles/-/ansi-styles-4.3.0.tgz#" + gitSha(r) + "\"\n  integrity sha1-" + rndB64(r, 20);
    });
    cat_("docker_digests", 10, r -> switch (r.nextInt(4)) {
      case 0 -> "$ docker pull nginx:1.27\n1.27: Pulling from library/nginx\n" + rs(r, HEX, 12) + ": Pull complete\n" + rs(r, HEX, 12) + ": Pull complete\nDigest: sha256:" + sha256hex(r)
          + "\nStatus: Downloaded newer image for nginx:1.27";
      case 1 -> "image: ghcr.io/acme/api@sha256:" + sha256hex(r);
      case 2 -> "    Container ID:   containerd://" + sha256hex(r) + "\n    Image:          registry.k8s.io/pause:3.9\n    Image ID:       registry.k8s.io/pause@sha256:" + sha256hex(r);
      default -> "$ docker ps\nCONTAINER ID   IMAGE          COMMAND                  STATUS\n" + rs(r, HEX, 12) + "   redis:7        \"docker-entrypoint.s…\"   Up 2 hours\n" + rs(r, HEX, 12)
          + "   postgres:16    \"docker-entrypoint.s…\"   Up 2 hours";
    });

    // ------------------------------------------------------------ public material
    cat_("blockchain_public", 12, r -> switch (r.nextInt(5)) {
      case 0 -> "Send the refund to " + btcAddr(r) + " (BTC, legacy address).";
      case 1 -> "{\"from\": \"" + ethAddr(r) + "\", \"to\": \"" + ethAddr(r) + "\", \"value\": \"0x" + rs(r, HEX, 12) + "\", \"hash\": \"0x" + sha256hex(r) + "\"}";
      case 2 -> "Contract deployed at " + ethAddr(r) + "\nTransaction: 0x" + sha256hex(r) + "\nGas used: " + (21000 + r.nextInt(900000));
      case 3 -> "$ solana address\n" + HeldoutCredentials.base58(bytes(r, 32));
      default -> "Donations: BTC " + btcAddr(r) + " / ETH " + ethAddr(r);
    });
    cat_("ssh_public_keys", 12, r -> switch (r.nextInt(4)) {
      case 0 -> "$ cat ~/.ssh/id_ed25519.pub\n" + ed25519Pub(r) + " " + pick(r, "alice@laptop", "ci@runner");
      case 1 -> "$ cat ~/.ssh/authorized_keys\n" + rsaPub(r) + " bob@desk\n" + ed25519Pub(r) + " deploy@ci";
      case 2 -> "github.com " + ed25519Pub(r) + "\ngitlab.com " + ed25519Pub(r);
      default -> "$ ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:" + b64(bytes(r, 32)).replace("=", "") + " alice@laptop (ED25519)";
    });
    cat_("x509_and_public_keys", 10, r -> switch (r.nextInt(4)) {
      case 0 -> "$ cat tls.crt\n" + pemWrap("CERTIFICATE", fakeCertDer(r, 900 + r.nextInt(500)));
      case 1 -> "Here is the CA bundle to trust:\n\n```\n" + pemWrap("CERTIFICATE", fakeCertDer(r, 1000)) + "\n" + pemWrap("CERTIFICATE", fakeCertDer(r, 1100)) + "\n```";
      case 2 -> "$ openssl rsa -in key.pem -pubout\nwriting RSA key\n" + pemWrap("PUBLIC KEY", cat(new byte[] {0x30, (byte) 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, (byte) 0x82, 0x01, 0x0f, 0x00}, bytes(r, 270)));
      default -> pemWrap("CERTIFICATE REQUEST", fakeCertDer(r, 700));
    });
    cat_("pgp_public_and_signatures", 8, r -> switch (r.nextInt(3)) {
      case 0 -> "Import my public key to verify releases:\n\n" + pgpPublic(r);
      case 1 -> "$ git cat-file -p HEAD\ntree " + gitSha(r) + "\nparent " + gitSha(r) + "\nauthor Dana Kim <dana@acme.io> 1715680931 +0200\ncommitter Dana Kim <dana@acme.io> 1715680931 +0200\ngpgsig "
          + pgpSignature(r).replace("\n", "\n ") + "\n\nRelease 2.4.0";
      default -> "$ gpg --armor --export releases@acme.io\n" + pgpPublic(r);
    });
    cat_("jwks_public", 6, r -> "{\n  \"keys\": [\n    {\n      \"kty\": \"RSA\",\n      \"use\": \"sig\",\n      \"kid\": \"" + rs(r, B64URL, 43) + "\",\n      \"alg\": \"RS256\",\n      \"n\": \""
        + b64url(bytes(r, 256)) + "\",\n      \"e\": \"AQAB\"\n    }\n  ]\n}");
    cat_("public_recipients_and_peer_keys", 8, r -> switch (r.nextInt(4)) {
      case 0 -> "# .sops.yaml\ncreation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: " + HeldoutCredentials.bech32("age", bytes(r, 32));
      case 1 -> "[Peer]\nPublicKey = " + b64(bytes(r, 32)) + "\nAllowedIPs = 10.8.0.0/24\nEndpoint = vpn.acme.io:51820\nPersistentKeepalive = 25";
      case 2 -> "untrusted comment: minisign public key " + rs(r, HEXUP, 16) + "\nRWQ" + b64(bytes(r, 39)).substring(3);
      default -> "Recipients: " + HeldoutCredentials.bech32("age", bytes(r, 32)) + ", " + HeldoutCredentials.bech32("age", bytes(r, 32));
    });
    cat_("public_client_ids", 12, r -> switch (r.nextInt(6)) {
      case 0 -> "GOOGLE_CLIENT_ID=" + digits(r, 12) + "-" + rs(r, LO + DIG, 32) + ".apps.googleusercontent.com";
      case 1 -> "GitHub App client ID: Iv1." + rs(r, HEX, 16) + "\nApp ID: " + digits(r, 6);
      case 2 -> "mapboxgl.accessToken = 'pk." + b64url("{\"u\":\"acme-maps\",\"a\":\"cl" + rs(r, LO + DIG, 23) + "\"}") + "." + rs(r, B64URL, 22) + "';";
      case 3 -> "<div class=\"g-recaptcha\" data-sitekey=\"6L" + rs(r, B64URL, 38) + "\"></div>";
      case 4 -> "gtag('config', 'G-" + rs(r, UP + DIG, 10) + "');";
      default -> "{\"account\": \"acct_" + rs(r, ALNUM, 16) + "\", \"livemode\": true, \"type\": \"express\"}";
    });

    // ------------------------------------------------------------ encoded but ordinary
    cat_("data_uris", 10, r -> switch (r.nextInt(3)) {
      case 0 -> "<img alt=\"logo\" src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA" + rndB64(r, 150 + r.nextInt(300)) + "\">";
      case 1 -> "@font-face {\n  font-family: 'Inter';\n  src: url(data:font/woff2;base64,d09GMgABAAAAA" + rndB64(r, 300) + ") format('woff2');\n}";
      default -> "![chart](data:image/gif;base64,R0lGODlh" + rndB64(r, 120) + ")";
    });
    cat_("base64_ordinary_text", 16, r -> {
      String text = readme(r);
      String enc = b64(text.getBytes(StandardCharsets.UTF_8));
      return switch (r.nextInt(6)) {
        case 0 -> "{\n  \"name\": \"README.md\",\n  \"path\": \"README.md\",\n  \"sha\": \"" + gitSha(r) + "\",\n  \"encoding\": \"base64\",\n  \"content\": \""
            + String.join("\\n", HeldoutCredentials.wrap(enc, 60)) + "\\n\"\n}";
        case 1 -> "$ echo -n '" + text.lines().findFirst().orElse("") + "' | base64\n" + b64(text.lines().findFirst().orElse("").getBytes(StandardCharsets.UTF_8));
        case 2 -> "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + String.join("\n", HeldoutCredentials.wrap(enc, 76));
        case 3 -> "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\nbinaryData:\n  settings.yaml: " + enc;
        case 4 -> "{\"data\": [], \"has_more\": true, \"next_cursor\": \"" + b64(("{\"id\":" + r.nextInt(100000) + ",\"ts\":" + (1_715_000_000L + r.nextInt(1000000)) + "}").getBytes(StandardCharsets.UTF_8)) + "\"}";
        default -> "The message body decodes to plain text:\n\n" + enc;
      };
    });
    cat_("compressed_ordinary", 8, r -> {
      String text = readme(r) + "\n" + ts(r) + " INFO job finished in " + r.nextInt(100) + "s\n";
      return r.nextBoolean()
          ? "Log bundle (gzip, base64):\n" + b64(HeldoutEncodings.gzip(text.getBytes(StandardCharsets.UTF_8)))
          : "{\"compressed\": true, \"codec\": \"zlib\", \"data\": \"" + b64(HeldoutEncodings.zlib(text.getBytes(StandardCharsets.UTF_8))) + "\"}";
    });
    cat_("unsigned_jwts", 10, r -> switch (r.nextInt(3)) {
      case 0 -> "For the test I used an unsigned token (alg none), which the server must reject:\n\n" + unsignedJwt(r);
      case 1 -> "{\"id_token_header\": \"" + b64url("{\"alg\":\"RS256\",\"kid\":\"" + rs(r, HEX, 8) + "\"}") + "\", \"claims\": {\"iss\": \"https://accounts.google.com\", \"aud\": \"web\", \"exp\": " + (1_720_000_000L + r.nextInt(1000000)) + "}}";
      default -> "$ echo \"$TOKEN\" | cut -d. -f2 | base64 -d\n{\"sub\":\"" + digits(r, 6) + "\",\"role\":\"viewer\",\"exp\":" + (1_720_000_000L + r.nextInt(1000000)) + "}";
    });
    cat_("escapes_in_ordinary_text", 12, r -> switch (r.nextInt(6)) {
      case 0 -> "{\"title\": \"Caf\\u00e9 cr\\u00e8me \\u2014 menu\", \"city\": \"M\\u00fcnchen\"}";
      case 1 -> "<p>Tom &amp; Jerry&#8217;s &#x201C;best of&#x201D; &mdash; 2024 edition</p>";
      case 2 -> "GET /search?q=hello%20world&redirect_uri=https%3A%2F%2Fapp.acme.io%2Fcallback&state=" + rs(r, ALNUM, 8) + " HTTP/1.1";
      case 3 -> "Rot13 puzzle for the team channel: Jul qvq gur qrirybcre dhvg? Ur qvqa'g trg neenlf.";
      case 4 -> "printf '\\x48\\x65\\x6c\\x6c\\x6f\\x2c\\x20\\x77\\x6f\\x72\\x6c\\x64\\x0a'\nHello, world";
      default -> "https://ja.wikipedia.org/wiki/%E6%9D%B1%E4%BA%AC%E9%83%BD";
    });
    cat_("hex_dumps", 8, r -> switch (r.nextInt(3)) {
      case 0 -> "$ xxd -l 64 logo.png\n00000000: 8950 4e47 0d0a 1a0a 0000 000d 4948 4452  .PNG........IHDR\n00000010: 0000 0200 0000 0200 0806 0000 00f4 78d4  ..............x.\n00000020: fa00 0000 0970 4859 7300 000b 1300 000b  .....pHYs.......";
      case 1 -> "$ hexdump -C -n 32 ./server\n00000000  7f 45 4c 46 02 01 01 00  00 00 00 00 00 00 00 00  |.ELF............|\n00000010  03 00 3e 00 01 00 00 00  " + String.format("%02x %02x", r.nextInt(256), r.nextInt(256)) + " 00 00 00 00 00 00  |..>.....@.......|";
      default -> "uint8_t header[] = {0x42, 0x4d, 0x36, 0x" + rs(r, HEX, 2) + ", 0x0c, 0x00, 0x00, 0x00, 0x00, 0x00, 0x36, 0x00, 0x00, 0x00, 0x28, 0x00};";
    });
    cat_("unicode_ordinary_text", 10, r -> pick(r,
        "処理が完了しました。ユーザーＩＤ：１２３４５６、注文番号：ＡＢＣ－２０２４－０５１１、合計：￥３，９８０",
        "Ошибка подключения к серверу: превышено время ожидания. Повторите попытку через 30 секунд.",
        "Family photo 👨\u200d👩\u200d👧\u200d👦 and our team 🧑\u200d💻🧑\u200d🔬 at the offsite!",
        "\uff21\uff30\uff29\u3000\u30ea\u30af\u30a8\u30b9\u30c8\u304c\u6210\u529f\u3057\u307e\u3057\u305f\uff08\uff12\uff10\uff10\uff09",
        "Заказ № 48213 отправлен. Трек-номер: RA" + digits(r, 9) + "RU.",
        "Word\u200bbreak opportunities: super\u200bcalifragilistic\u200bexpialidocious",
        "مرحبا، تم تحديث الإعدادات بنجاح",
        "Ｔｏｋｙｏ　Ｓｔａｔｉｏｎ　ー　ＰＬＡＴＦＯＲＭ　１２"));

    // ------------------------------------------------------------ ids that look random
    cat_("http_trace_headers", 14, r -> switch (r.nextInt(6)) {
      case 0 -> "< HTTP/2 200\n< content-type: application/json\n< x-request-id: req_" + rs(r, HEX, 32) + "\n< openai-processing-ms: " + r.nextInt(3000);
      case 1 -> "< HTTP/1.1 403 Forbidden\n< x-amz-request-id: " + rs(r, HEXUP, 16) + "\n< x-amz-id-2: " + rndB64(r, 57) + "\n< Server: AmazonS3";
      case 2 -> "traceparent: 00-" + rs(r, HEX, 32) + "-" + rs(r, HEX, 16) + "-01";
      case 3 -> "< cf-ray: " + rs(r, HEX, 16) + "-" + pick(r, "IAD", "FRA", "AMS", "SIN") + "\n< cf-cache-status: DYNAMIC";
      case 4 -> "< request-id: req_011C" + rs(r, ALNUM, 20) + "\n< anthropic-ratelimit-requests-remaining: " + r.nextInt(4000);
      default -> "X-Cloud-Trace-Context: " + rs(r, HEX, 32) + "/" + digits(r, 19) + ";o=1";
    });
    cat_("ai_api_object_ids", 12, r -> switch (r.nextInt(6)) {
      case 0 -> "{\"id\": \"msg_01" + rs(r, ALNUM, 22) + "\", \"type\": \"message\", \"role\": \"assistant\", \"model\": \"claude-sonnet-4-5\", \"stop_reason\": \"tool_use\", \"content\": [{\"type\": \"tool_use\", \"id\": \"toolu_01"
          + rs(r, ALNUM, 22) + "\", \"name\": \"read_file\"}]}";
      case 1 -> "{\"id\": \"chatcmpl-" + rs(r, ALNUM, 29) + "\", \"object\": \"chat.completion\", \"created\": " + (1_715_000_000L + r.nextInt(9999999)) + ", \"system_fingerprint\": \"fp_" + rs(r, HEX, 10) + "\"}";
      case 2 -> "Created assistant asst_" + rs(r, ALNUM, 24) + " and thread thread_" + rs(r, ALNUM, 24) + "; run run_" + rs(r, ALNUM, 24) + " is queued.";
      case 3 -> "{\"object\": \"file\", \"id\": \"file-" + rs(r, ALNUM, 22) + "\", \"purpose\": \"batch\", \"bytes\": " + r.nextInt(100000) + "}";
      case 4 -> "{\"id\": \"resp_" + rs(r, HEX, 48) + "\", \"status\": \"completed\"}";
      default -> "{\"id\": \"gen-" + (1_715_000_000L + r.nextInt(9999999)) + "-" + rs(r, ALNUM, 20) + "\", \"provider\": \"Together\"}";
    });
    cat_("k8s_listings", 10, r -> switch (r.nextInt(4)) {
      case 0 -> "$ kubectl get pods -n prod\nNAME                           READY   STATUS    RESTARTS   AGE\napi-" + rs(r, LO + DIG, 10) + "-" + rs(r, LO + DIG, 5) + "   1/1     Running   0          3d\nworker-"
          + rs(r, LO + DIG, 9) + "-" + rs(r, LO + DIG, 5) + "  1/1     Running   2          3d";
      case 1 -> "$ kubectl get secrets -n prod\nNAME                  TYPE                             DATA   AGE\ndb-credentials        Opaque                           2      41d\nregistry-pull         kubernetes.io/dockerconfigjson   1      90d\ntls-api               kubernetes.io/tls                2      12d";
      case 2 -> "Events:\n  Type     Reason     Age   From     Message\n  Normal   Pulled     2m    kubelet  Successfully pulled image \"ghcr.io/acme/api:" + rs(r, HEX, 7) + "\" in 1.2s\n  Normal   Created    2m    kubelet  Created container api";
      default -> "$ kubectl get rs\nNAME              DESIRED   CURRENT   READY   AGE\nweb-" + rs(r, LO + DIG, 10) + "   3         3         3       5h";
    });
    cat_("cloud_resource_ids", 12, r -> switch (r.nextInt(6)) {
      case 0 -> "arn:aws:iam::" + digits(r, 12) + ":role/" + pick(r, "lambda-exec", "eks-node", "gha-deploy");
      case 1 -> "$ aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceId,ImageId,SubnetId]' --output text\ni-0" + rs(r, HEX, 16) + "\tami-0" + rs(r, HEX, 16) + "\tsubnet-0" + rs(r, HEX, 16);
      case 2 -> "KMS key: arn:aws:kms:us-east-1:" + digits(r, 12) + ":key/" + uuid(r);
      case 3 -> "/subscriptions/" + uuid(r) + "/resourceGroups/rg-prod/providers/Microsoft.Web/sites/acme-api";
      case 4 -> "CloudFront distribution E" + rs(r, UP + DIG, 13) + " deployed; security group sg-0" + rs(r, HEX, 16) + " attached to vpc-0" + rs(r, HEX, 16);
      default -> "projects/" + digitsNoLeadingZero(r, 12) + "/locations/us-central1/functions/" + pick(r, "resize", "ingest");
    });
    cat_("s3_objects_etags", 8, r -> switch (r.nextInt(3)) {
      case 0 -> "{\n    \"AcceptRanges\": \"bytes\",\n    \"LastModified\": \"2024-05-02T09:12:44+00:00\",\n    \"ContentLength\": " + r.nextInt(9999999) + ",\n    \"ETag\": \"\\\"" + rs(r, HEX, 32)
          + "\\\"\",\n    \"VersionId\": \"" + rs(r, B64URL.replace("-", "."), 32) + "\",\n    \"ContentType\": \"image/png\"\n}";
      case 1 -> "$ aws s3 ls s3://acme-uploads/2024/05/\n2024-05-11 10:22:31     182734 " + rs(r, HEX, 32) + ".jpg\n2024-05-11 10:22:35      91822 " + rs(r, HEX, 32) + ".jpg";
      default -> "ETag: \"" + rs(r, HEX, 32) + "-" + (2 + r.nextInt(30)) + "\"";
    });
    cat_("document_links", 10, r -> switch (r.nextInt(5)) {
      case 0 -> "Spec: https://docs.google.com/document/d/1" + rs(r, B64URL, 43) + "/edit";
      case 1 -> "Design: https://www.figma.com/design/" + rs(r, ALNUM, 22) + "/Checkout-v3?node-id=12-" + r.nextInt(900);
      case 2 -> "See https://www.notion.so/acme/Runbook-" + rs(r, HEX, 32);
      case 3 -> "Recording: https://www.loom.com/share/" + rs(r, HEX, 32);
      default -> "Video: https://www.youtube.com/watch?v=" + rs(r, B64URL, 11) + "&t=" + r.nextInt(900) + "s";
    });
    cat_("build_artifacts", 10, r -> switch (r.nextInt(4)) {
      case 0 -> "asset main." + rs(r, HEX, 20) + ".js 412 KiB [emitted] [immutable] [minimized] (name: main)\nasset vendors." + rs(r, HEX, 20) + ".js 1.2 MiB [emitted] [big]";
      case 1 -> "npm notice === Tarball Details ===\nnpm notice name:          @acme/ui\nnpm notice version:       3." + r.nextInt(9) + ".0\nnpm notice shasum:        " + gitSha(r)
          + "\nnpm notice integrity:     sha512-" + rndB64(r, 16).substring(0, 14) + "[...]" + rndB64(r, 12).substring(0, 10) + "==";
      case 2 -> ".next/static/" + rs(r, B64URL, 21) + "/_buildManifest.js";
      default -> "Successfully built acme_sdk-1." + r.nextInt(9) + ".0-py3-none-any.whl\nbuild id: " + rs(r, HEX, 40);
    });

    // ------------------------------------------------------------ numbers
    cat_("luhn_failing_numbers", 12, r -> {
      String n = failLuhn(r, pick(r, "4", "51", "37", "6011"), pick(r, 16, 16, 15));
      return switch (r.nextInt(5)) {
        case 0 -> "Order reference: " + n + "\nStatus: shipped";
        case 1 -> "{\"card_number\": \"" + n + "\", \"error\": \"invalid_number\", \"message\": \"The card number fails the checksum.\"}";
        case 2 -> "Tracking: " + n.substring(0, 4) + " " + n.substring(4, 8) + " " + n.substring(8, 12) + " " + n.substring(12);
        case 3 -> ts(r) + " WARN validation failed: card " + n + " rejected (luhn)";
        default -> "| invoice | amount |\n|---|---|\n| " + n + " | 120.00 |";
      };
    });
    cat_("iban_failing_checksum", 8, r -> {
      String s = ibanFail(r);
      return pick(r, "Validation error: IBAN " + s + " has an invalid check digit.", "{\"iban\": \"" + s + "\", \"valid\": false}",
          "The IBAN you typed (" + s + ") does not pass the mod-97 check, please re-enter it.");
    });
    cat_("versions_times_phones_ips", 16, r -> switch (r.nextInt(8)) {
      case 0 -> "$ java -version\nopenjdk version \"17.0." + r.nextInt(15) + "\" 2024-04-16\nOpenJDK Runtime Environment (build 17.0.11+9-Debian-1deb12u1)";
      case 1 -> "| package | current | latest |\n|---|---|---|\n| react | 18.2.0 | 18.3.1 |\n| typescript | 5.4.5 | 5.5.2 |\n| vite | 5.2.11 | 5.3.1 |";
      case 2 -> "Support: +1-415-555-0" + digits(r, 3) + " / +44 20 7946 0" + digits(r, 3) + " / +49 30 " + digits(r, 8);
      case 3 -> "inet 10." + r.nextInt(255) + "." + r.nextInt(255) + "." + r.nextInt(255) + "/24 brd 10.0.0.255\ninet6 fe80::" + rs(r, HEX, 4) + ":" + rs(r, HEX, 4) + ":" + rs(r, HEX, 4) + ":" + rs(r, HEX, 4) + "/64\nether "
          + rs(r, HEX, 2) + ":" + rs(r, HEX, 2) + ":" + rs(r, HEX, 2) + ":" + rs(r, HEX, 2) + ":" + rs(r, HEX, 2) + ":" + rs(r, HEX, 2);
      case 4 -> "created_at=" + (1_700_000_000_000L + r.nextLong(100_000_000_000L)) + " updated_at=" + ts(r);
      case 5 -> "version: 2.14." + r.nextInt(9) + "+build." + r.nextInt(999) + ".sha." + rs(r, HEX, 7);
      case 6 -> "Snowflake IDs: " + digitsNoLeadingZero(r, 19) + ", " + digitsNoLeadingZero(r, 19);
      default -> "lat,lon,ts\n52." + digits(r, 6) + ",4." + digits(r, 6) + "," + (1_715_000_000L + r.nextInt(100000));
    });
    cat_("numeric_tables", 8, r -> {
      StringBuilder sb = new StringBuilder("ts,cpu,mem_bytes,req_count\n");
      for (int i = 0; i < 5; i++) {
        sb.append(1_715_000_000L + i * 60).append(',').append(r.nextInt(100)).append('.').append(digits(r, 2)).append(',').append(digitsNoLeadingZero(r, 10)).append(',').append(r.nextInt(100000)).append('\n');
      }
      return sb.toString();
    });

    // ------------------------------------------------------------ prose and keyword-near non-secrets
    cat_("docs_prose_about_formats", 10, r -> pick(r,
        "GitHub personal access tokens start with `ghp_`, fine-grained ones with `github_pat_`. If you see either in a log, revoke it.",
        "Stripe secret keys begin with `sk_live_` (or `sk_test_` in test mode) and restricted keys with `rk_live_`.",
        "AWS access key IDs start with AKIA for long-term keys and ASIA for temporary STS credentials.",
        "OpenAI keys look like `sk-proj-` followed by a long random string; Anthropic keys start with `sk-ant-`.",
        "A Slack bot token has the form `xoxb-<team>-<bot>-<secret>`; never commit it.",
        "The private key must be in PEM format, i.e. start with `-----BEGIN PRIVATE KEY-----`.",
        "Set the `Authorization` header to `Bearer <access token>` and the `Content-Type` to `application/json`.",
        "To rotate the database password, update the secret in Vault and restart the pods; the app reads it at startup.",
        "GitLab personal access tokens are prefixed `glpat-` since 14.5, which makes them easy to detect with secret scanning.",
        "Your API key is shown only once. If you lose it, create a new one and delete the old one."));
    cat_("keyword_near_non_secrets", 16, r -> pick(r,
        "{\"access_token_expires_in\": 3600, \"token_type\": \"Bearer\", \"scope\": \"read write\"}",
        "cache_key = f\"user:{user_id}:profile:v2\"",
        "{\"idempotency_key\": \"" + uuid(r) + "\", \"amount\": 1200}",
        "secret_name: prod/payments/db-password\nrotation_days: 30",
        "PASSWORD_MIN_LENGTH=12\nPASSWORD_REQUIRE_SYMBOL=true\nTOKEN_TTL_SECONDS=3600",
        "token_endpoint: https://auth.acme.io/oauth2/token\nauthorization_endpoint: https://auth.acme.io/oauth2/authorize",
        "{\"public_key\": \"" + b64(bytes(r, 32)) + "\", \"algorithm\": \"ed25519\"}",
        "api_key_header_name = \"X-API-Key\"\napi_key_location = \"header\"",
        "The `secret` flag is `false` for this field, so it is shown in the UI.",
        "KEY_PREFIX=myapp:\nSESSION_COOKIE_NAME=__Host-session",
        "{\"AccessKeyMetadata\": [{\"UserName\": \"ci\", \"Status\": \"Active\", \"CreateDate\": \"2023-09-01T10:00:00Z\"}]}",
        "password_hash_algorithm = \"argon2id\"\npassword_reset_ttl = \"15m\"",
        "jwt:\n  issuer: https://auth.acme.io\n  audience: api\n  algorithm: RS256\n  jwks_uri: https://auth.acme.io/.well-known/jwks.json",
        "SELECT id, name FROM api_keys WHERE revoked_at IS NULL AND owner_id = $1;",
        "CREATE TABLE api_tokens (\n  id BIGSERIAL PRIMARY KEY,\n  token_hash BYTEA NOT NULL,\n  last4 CHAR(4) NOT NULL,\n  created_at TIMESTAMPTZ DEFAULT now()\n);",
        "git config --global credential.helper osxkeychain"));
    cat_("chat_security_advice", 8, r -> pick(r,
        "I did not find any credentials in the repository. The `.env` file is ignored by git and only `.env.example` is committed.",
        "You should rotate the key that was exposed yesterday: open the dashboard, create a new key, update the secret in your CI settings, then delete the old one.",
        "The build failed because `NPM_TOKEN` is not set in the workflow. Add it under Settings > Secrets and variables > Actions.",
        "I replaced the hard-coded token with `os.environ[\"API_TOKEN\"]` and added the variable to the deployment manifest as a secretKeyRef.",
        "The 401 comes from an expired access token; the refresh flow runs every 55 minutes, so check the clock skew on the worker.",
        "Both keys are now stored in AWS Secrets Manager and the Lambda reads them at cold start.",
        "Summary: 3 files changed, no secrets detected, tests pass (142 passed, 0 failed).",
        "Use a password manager and enable 2FA on the registry account; the token in the pipeline should have publish-only scope."));
    cat_("env_listing_non_secret", 8, r -> "$ env | sort\nAWS_REGION=us-east-1\nAWS_ROLE_ARN=arn:aws:iam::" + digits(r, 12) + ":role/app\nAWS_WEB_IDENTITY_TOKEN_FILE=/var/run/secrets/eks.amazonaws.com/serviceaccount/token\nGITHUB_SHA="
        + gitSha(r) + "\nHOME=/root\nHOSTNAME=api-" + rs(r, LO + DIG, 10) + "-" + rs(r, LO + DIG, 5) + "\nKUBERNETES_SERVICE_HOST=172.20.0.1\nLANG=C.UTF-8\nPATH=/usr/local/bin:/usr/bin:/bin\nPYTHONHASHSEED="
        + r.nextInt(1000));
    cat_("encrypted_at_rest", 10, r -> switch (r.nextInt(3)) {
      case 0 -> "db_password: ENC[AES256_GCM,data:" + rndB64(r, 18) + ",iv:" + rndB64(r, 32) + ",tag:" + rndB64(r, 16) + ",type:str]\nsops:\n    age:\n        - recipient: "
          + HeldoutCredentials.bech32("age", bytes(r, 32)) + "\n    lastmodified: \"2024-05-02T09:12:44Z\"\n    version: 3.8.1";
      case 1 -> "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db-credentials\nspec:\n  encryptedData:\n    password: AgB" + rndB64(r, 300).replace("=", "") + "\n";
      default -> {
        StringBuilder sb = new StringBuilder("$ cat group_vars/prod/vault.yml\n$ANSIBLE_VAULT;1.1;AES256\n");
        for (int i = 0; i < 5; i++) {
          sb.append(rs(r, HEX, 80)).append('\n');
        }
        yield sb.toString();
      }
    });
    cat_("test_fixtures_fake_values", 8, r -> pick(r,
        "def test_login_rejects_bad_password(client):\n    resp = client.post(\"/login\", json={\"user\": \"alice\", \"password\": \"wrong-password\"})\n    assert resp.status_code == 401",
        "it('masks tokens', () => {\n  expect(mask('abcd1234')).toBe('****1234');\n});",
        "FAKE_API_KEY = \"fake-key-for-tests\"\nDUMMY_TOKEN = \"dummy\"",
        "@Test\nvoid rejectsEmptySecret() {\n  assertThrows(IllegalArgumentException.class, () -> new Signer(\"\"));\n}",
        "fixtures:\n  user:\n    email: test@example.com\n    password: test\n",
        "assert redact(\"token=abc\") == \"token=[REDACTED]\"",
        "mockClient := NewClient(\"test-token\")",
        "expect(config.apiKey).toBeUndefined();"));
    cat_("shell_sessions_safe", 8, r -> switch (r.nextInt(4)) {
      case 0 -> "$ git status\nOn branch main\nYour branch is up to date with 'origin/main'.\n\nChanges not staged for commit:\n\tmodified:   src/auth/token.ts\n\tmodified:   src/auth/session.ts";
      case 1 -> "$ npm install\n\nadded " + (100 + r.nextInt(900)) + " packages, and audited " + (100 + r.nextInt(900)) + " packages in " + r.nextInt(30) + "s\n\n" + r.nextInt(200) + " packages are looking for funding\n  run `npm fund` for details\n\nfound 0 vulnerabilities";
      case 2 -> "$ ls -la ~/.ssh\ntotal 24\ndrwx------  2 dev dev 4096 May 11 10:02 .\n-rw-------  1 dev dev  411 May 11 10:02 id_ed25519\n-rw-r--r--  1 dev dev  102 May 11 10:02 id_ed25519.pub\n-rw-r--r--  1 dev dev  444 May 11 10:05 known_hosts";
      default -> "$ ps aux | grep gunicorn\napp       " + (1000 + r.nextInt(9000)) + "  0.3  1.2 212340 48212 ?  S    10:02   0:04 gunicorn app:app --workers 4 --bind 0.0.0.0:8000";
    });
    cat_("fingerprints", 6, r -> switch (r.nextInt(3)) {
      case 0 -> {
        StringBuilder sb = new StringBuilder("$ openssl x509 -noout -fingerprint -sha256 -in tls.crt\nsha256 Fingerprint=");
        for (int i = 0; i < 32; i++) {
          sb.append(i > 0 ? ":" : "").append(rs(r, HEXUP, 2));
        }
        yield sb.toString();
      }
      case 1 -> "pub   ed25519 2024-01-11 [SC]\n      " + rs(r, HEXUP, 40) + "\nuid           [ultimate] Release Signing <releases@acme.io>";
      default -> "Public-Key-Pins: pin-sha256=\"" + b64(bytes(r, 32)) + "\"; pin-sha256=\"" + b64(bytes(r, 32)) + "\"; max-age=5184000";
    });
    cat_("base58_and_misc_ids", 8, r -> switch (r.nextInt(4)) {
      case 0 -> "IPFS CID: Qm" + rs(r, B58, 44);
      case 1 -> "ULID: 01" + rs(r, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24) + "  ObjectId: " + rs(r, HEX, 24);
      case 2 -> "Short link: https://bit.ly/" + rs(r, ALNUM, 7) + " , invite: https://discord.gg/" + rs(r, ALNUM, 8);
      default -> "Airtable base app" + rs(r, ALNUM, 14) + ", table tbl" + rs(r, ALNUM, 14) + ", view viw" + rs(r, ALNUM, 14);
    });
  }
}
