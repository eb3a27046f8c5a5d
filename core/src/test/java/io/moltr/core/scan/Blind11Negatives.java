package io.moltr.core.scan;

import static io.moltr.core.scan.Blind11Util.ALNUM;
import static io.moltr.core.scan.Blind11Util.B58;
import static io.moltr.core.scan.Blind11Util.DIGITS;
import static io.moltr.core.scan.Blind11Util.HEX;
import static io.moltr.core.scan.Blind11Util.LOWER;
import static io.moltr.core.scan.Blind11Util.UPPER;
import static io.moltr.core.scan.Blind11Util.b64;
import static io.moltr.core.scan.Blind11Util.b64url;
import static io.moltr.core.scan.Blind11Util.bytes;
import static io.moltr.core.scan.Blind11Util.hex;
import static io.moltr.core.scan.Blind11Util.one;
import static io.moltr.core.scan.Blind11Util.pick;
import static io.moltr.core.scan.Blind11Util.utf8;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/** Hard negatives: agent outputs where a naive secret regex would fire, but nothing is secret. */
final class Blind11Negatives {
  private Blind11Negatives() {}

  static final Map<String, Function<Random, String>> GEN = new LinkedHashMap<>();

  static String uuid(Random r) {
    return new UUID(r.nextLong(), r.nextLong()).toString();
  }

  static String uuid4(Random r) {
    String h = pick(r, HEX, 32);
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-" + one(r, "8", "9", "a", "b")
        + h.substring(17, 20) + "-" + h.substring(20);
  }

  static String env(Random r) {
    return one(r, "OPENAI_API_KEY", "GITHUB_TOKEN", "STRIPE_SECRET_KEY", "DATABASE_URL", "AWS_SECRET_ACCESS_KEY",
        "SLACK_BOT_TOKEN", "ANTHROPIC_API_KEY", "SENDGRID_API_KEY", "HF_TOKEN", "DB_PASSWORD", "NPM_TOKEN");
  }

  static String file(Random r) {
    return one(r, "dist/app.tar.gz", "release/moltr-cli-linux-amd64", "node-v20.11.1.tar.xz", "backup-2026-03-01.sql.gz",
        "model.safetensors", "installer.msi", "assets/logo.png", "vendor.zip");
  }

  static String luhnFail(Random r, String prefix, int len) {
    String v = Blind11Util.luhnComplete(r, prefix, len);
    int last = v.charAt(len - 1) - '0';
    return v.substring(0, len - 1) + (char) ('0' + (last + 3) % 10);
  }

  static void neg(String name, Function<Random, String> g) {
    GEN.put(name, g);
  }

  static {
    neg("aws-doc-example", r -> one(r,
        "To configure the CLI, run `aws configure` and enter your keys. For example:\n\nAWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\n"
            + "AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nDefault region name [None]: us-west-2",
        "# ~/.aws/credentials (sample from the docs)\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
            + "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nexport AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
            + "# replace these with your own values",
        "The access key `AKIAI44QH8DHBEXAMPLE` and secret `je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY` are AWS's documented examples."));
    neg("placeholder-sk", r -> one(r, "OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "client = OpenAI(api_key=\"sk-...\")  # put your key here", "ANTHROPIC_API_KEY=sk-ant-xxxxxxxxxxxxxxxxxxxxxxxx",
        "Set `STRIPE_SECRET_KEY` to something like `sk_live_XXXXXXXXXXXXXXXXXXXXXXXX` (your real key).",
        "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "export GROQ_API_KEY=gsk_************************************************",
        "SLACK_BOT_TOKEN=xoxb-your-bot-token-here", "npm config set //registry.npmjs.org/:_authToken=npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"));
    neg("placeholder-your", r -> one(r, "api_key: YOUR_API_KEY", "Authorization: Bearer <token>",
        "curl -H \"Authorization: Bearer <YOUR_ACCESS_TOKEN>\" https://api.github.com/user",
        "DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME", "const key = 'INSERT_YOUR_KEY_HERE';",
        "token = \"REPLACE_ME\"", "SENDGRID_API_KEY=your-sendgrid-api-key", "password: <your-password>",
        "mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/test", "TELEGRAM_BOT_TOKEN=123456789:your_bot_token"));
    neg("placeholder-template", r -> one(r, "env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n  GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}",
        "password: {{ .Values.postgresql.auth.password }}", "DB_PASSWORD=${DB_PASSWORD:?must be set}",
        "api_key = \"${var.api_key}\"", "token: \"{{ vault_api_token }}\"", "export TOKEN=$(cat /run/secrets/token)",
        "password = %(DB_PASSWORD)s", "\"apiKey\": \"{{apiKey}}\"", "secret: ${file(\"secret.txt\")}",
        "ANTHROPIC_API_KEY=\"$(op read op://dev/anthropic/credential)\""));
    neg("masked-values", r -> one(r, "password: changeme", "DB_PASSWORD=********", "api_key: \"[REDACTED]\"",
        "OPENAI_API_KEY=sk-proj-****************************************Qw3d",
        "token=ghp_****************************a1B2 (masked)", "SECRET_KEY=<redacted>", "admin_password: \"\"  # set from vault at deploy time",
        "AWS_SECRET_ACCESS_KEY: ****************************************", "\"client_secret\": \"•••••••••••••\"",
        "STRIPE_SECRET_KEY=sk_live_••••••••••••4xYz"));
    neg("env-read-python", r -> one(r, "import os\n\napi_key = os.environ[\"" + env(r) + "\"]\nclient = Client(api_key=api_key)",
        "token = os.getenv(\"" + env(r) + "\", \"\")\nif not token:\n    raise SystemExit(\"missing token\")",
        "from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    openai_api_key: str\n    database_url: str",
        "secret = os.environ.get('" + env(r) + "')  # loaded from .env by python-dotenv"));
    neg("env-read-js", r -> one(r, "const apiKey = process.env." + env(r) + ";\nif (!apiKey) throw new Error('missing key');",
        "const { " + env(r) + " } = process.env;", "const token = import.meta.env.VITE_" + env(r) + " ?? '';",
        "export const config = { key: process.env['" + env(r) + "'] as string };"));
    neg("env-read-other", r -> one(r, "String key = System.getenv(\"" + env(r) + "\");",
        "key := os.Getenv(\"" + env(r) + "\")\nif key == \"\" {\n\tlog.Fatal(\"unset\")\n}",
        "token = ENV.fetch(\"" + env(r) + "\")", "$key = getenv('" + env(r) + "');",
        "let key = std::env::var(\"" + env(r) + "\").expect(\"set the key\");",
        "var key = Environment.GetEnvironmentVariable(\"" + env(r) + "\");", "curl -H \"Authorization: Bearer $" + env(r) + "\" $URL",
        "$Env:" + env(r) + " | Out-Null", "val key = System.getenv(\"" + env(r) + "\") ?: error(\"missing\")"));
    neg("md5sum", r -> {
      StringBuilder sb = new StringBuilder("$ md5sum *.tar.gz\n");
      for (int i = 0; i < 3; i++) {
        sb.append(pick(r, HEX, 32)).append("  ").append(file(r)).append('\n');
      }
      return sb.toString();
    });
    neg("sha1-openssl", r -> one(r, "$ openssl dgst -sha1 " + file(r) + "\nSHA1(" + file(r) + ")= " + pick(r, HEX, 40),
        "$ sha1sum " + file(r) + "\n" + pick(r, HEX, 40) + "  " + file(r),
        "$ shasum -a 512 " + file(r) + "\n" + pick(r, HEX, 128) + "  " + file(r)));
    neg("sha256-powershell", r -> "PS> Get-FileHash .\\" + file(r) + "\n\nAlgorithm       Hash                                                                   Path\n"
        + "---------       ----                                                                   ----\nSHA256          "
        + pick(r, HEX, 64).toUpperCase() + "       C:\\Users\\dev\\Downloads\\" + file(r));
    neg("b2sum-release", r -> "Release checksums (BLAKE2b):\n" + pick(r, HEX, 128) + "  " + file(r) + "\n" + pick(r, HEX, 128)
        + "  " + file(r));
    neg("uuid-requests", r -> {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 3; i++) {
        sb.append(Blind11Contexts.ts(r)).append(" INFO request_id=").append(uuid4(r)).append(" method=GET path=/v1/items status=200\n");
      }
      return sb.toString();
    });
    neg("k8s-uids", r -> "metadata:\n  name: api-7d9f8c6b5-x2k4q\n  namespace: prod\n  uid: " + uuid4(r)
        + "\n  resourceVersion: \"" + pick(r, DIGITS, 8) + "\"\n  ownerReferences:\n  - apiVersion: apps/v1\n    kind: ReplicaSet\n"
        + "    name: api-7d9f8c6b5\n    uid: " + uuid4(r));
    neg("git-shas", r -> one(r, "$ git log --oneline -3\n" + pick(r, HEX, 7) + " fix: retry on 502\n" + pick(r, HEX, 7)
            + " feat: add export\n" + pick(r, HEX, 7) + " chore: bump deps",
        "$ git rev-parse HEAD\n" + pick(r, HEX, 40), "See https://github.com/acme/widgets/commit/" + pick(r, HEX, 40) + " for the fix.",
        "Merge: " + pick(r, HEX, 7) + " " + pick(r, HEX, 7) + "\ncommit " + pick(r, HEX, 40),
        "index " + pick(r, HEX, 7) + ".." + pick(r, HEX, 7) + " 100644\n--- a/README.md\n+++ b/README.md"));
    neg("sri-integrity", r -> "<script src=\"https://cdn.jsdelivr.net/npm/alpinejs@3.13.3/dist/cdn.min.js\" integrity=\"sha384-"
        + b64(bytes(r, 48)) + "\" crossorigin=\"anonymous\"></script>");
    neg("npm-lock", r -> "    \"node_modules/" + one(r, "lodash", "chalk", "debug", "semver") + "\": {\n      \"version\": \"4."
        + r.nextInt(20) + ".1\",\n      \"resolved\": \"https://registry.npmjs.org/x/-/x-4.17.21.tgz\",\n      \"integrity\": \"sha512-"
        + b64(bytes(r, 64)) + "\"\n    }");
    neg("yarn-lock", r -> one(r, "ms", "chalk", "lru-cache") + "@^2.1.1:\n  version \"2.1.3\"\n  resolved \"https://registry.yarnpkg.com/ms/-/ms-2.1.3.tgz#"
        + pick(r, HEX, 40) + "\"\n  integrity sha512-" + b64(bytes(r, 64)));
    neg("go-sum", r -> "github.com/" + one(r, "spf13/cobra", "google/uuid", "stretchr/testify") + " v1." + r.nextInt(9) + ".0 h1:"
        + b64(bytes(r, 32)) + "\ngithub.com/x/y v1.0.0/go.mod h1:" + b64(bytes(r, 32)));
    neg("cargo-lock", r -> "[[package]]\nname = \"" + one(r, "serde", "tokio", "rand") + "\"\nversion = \"1.0." + r.nextInt(200)
        + "\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"" + pick(r, HEX, 64) + "\"");
    neg("pip-hash", r -> one(r, "requests", "urllib3", "idna") + "==2.31.0 \\\n    --hash=sha256:" + pick(r, HEX, 64)
        + " \\\n    --hash=sha256:" + pick(r, HEX, 64));
    neg("btc-address", r -> {
      byte[] p = new byte[21];
      p[0] = (byte) (r.nextBoolean() ? 0x00 : 0x05);
      System.arraycopy(bytes(r, 20), 0, p, 1, 20);
      String a = Blind11Util.base58check(p);
      return one(r, "Send the refund to " + a + " (BTC).", "deposit_address: " + a,
          "Donations: bitcoin:" + Blind11Util.bech32("bc", bytes(r, 20)) + "?amount=0.001");
    });
    neg("eth-address", r -> one(r, "Contract deployed at 0x" + pick(r, HEX, 40) + " on mainnet.",
        "{\"from\":\"0x" + pick(r, HEX, 40) + "\",\"to\":\"0x" + pick(r, HEX, 40) + "\",\"value\":\"0x0\"}",
        "Tx hash: 0x" + pick(r, HEX, 64)));
    neg("solana-address", r -> one(r, "Program ID: " + Blind11Util.base58(bytes(r, 32)),
        "solana transfer " + Blind11Util.base58(bytes(r, 32)) + " 0.5 --allow-unfunded-recipient",
        "Signature: " + Blind11Util.base58(bytes(r, 64))));
    neg("data-uri-image", r -> one(r, "<img alt=\"logo\" src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA"
        + b64(bytes(r, 60)) + "\">", ".icon { background-image: url(data:image/gif;base64,R0lGODlhEAAQAPIAAP" + b64(bytes(r, 45)) + "); }",
        "![chart](data:image/webp;base64,UklGR" + b64(bytes(r, 90)) + ")"));
    neg("ssh-public", r -> one(r, "$ cat ~/.ssh/id_ed25519.pub\n" + Blind11Keys.sshPublicLine(r.nextLong(), "dev@laptop"),
        "authorized_keys:\n" + Blind11Keys.sshPublicLine(r.nextLong(), "ci@runner"),
        "github.com " + Blind11Keys.sshPublicLine(r.nextLong(), "").trim()));
    neg("pem-public", r -> one(r, Blind11Keys.pem("PUBLIC KEY", Blind11Keys.rsa(r.nextInt(6)).getPublic().getEncoded()),
        "Here's the verification key for the webhook:\n\n" + Blind11Keys.pem("PUBLIC KEY", Blind11Keys.ec(r.nextLong()).getPublic().getEncoded())));
    neg("jwks-public", r -> {
      java.security.interfaces.RSAPublicKey k = (java.security.interfaces.RSAPublicKey) Blind11Keys.rsa(r.nextInt(6)).getPublic();
      return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"kid\":\"" + pick(r, HEX, 16) + "\",\"alg\":\"RS256\",\"n\":\""
          + b64url(k.getModulus().toByteArray()) + "\",\"e\":\"AQAB\"}]}";
    });
    neg("stripe-publishable", r -> one(r, "const stripe = Stripe('pk_live_" + pick(r, ALNUM, 99) + "');",
        "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_" + pick(r, ALNUM, 24),
        "<script>window.STRIPE_PK = \"pk_test_" + pick(r, ALNUM, 99) + "\";</script>"));
    neg("stripe-test-cards", r -> one(r, "Use the test card 4242 4242 4242 4242 with any future expiry and any CVC.",
        "For 3-D Secure testing use 4000 0025 0000 3155; to simulate a decline use 4000 0000 0000 9995.",
        "Mastercard test number: 5555 5555 5555 4444, Amex: 3782 822463 10005.",
        "card[number]=4242424242424242&card[exp_month]=12&card[exp_year]=2030&card[cvc]=123"));
    neg("trace-ids", r -> one(r, "traceparent: 00-" + pick(r, HEX, 32) + "-" + pick(r, HEX, 16) + "-01",
        "X-Amzn-Trace-Id: Root=1-" + pick(r, HEX, 8) + "-" + pick(r, HEX, 24) + ";Parent=" + pick(r, HEX, 16) + ";Sampled=1",
        "dd.trace_id=" + pick(r, DIGITS, 19) + " dd.span_id=" + pick(r, DIGITS, 19),
        "x-request-id: req_" + pick(r, ALNUM, 24), "cf-ray: " + pick(r, HEX, 16) + "-FRA"));
    neg("docker-digests", r -> one(r, "$ docker images --digests\nREPOSITORY   TAG     DIGEST                                                                    IMAGE ID\nnginx        1.25    sha256:"
        + pick(r, HEX, 64) + "   " + pick(r, HEX, 12), "$ docker ps --no-trunc -q\n" + pick(r, HEX, 64) + "\n" + pick(r, HEX, 64),
        "image: ghcr.io/acme/api@sha256:" + pick(r, HEX, 64)));
    neg("base64-text", r -> {
      String t = one(r, "Deployment finished at 10:42, all 12 pods healthy. No action needed.",
          "{\"page\":2,\"per_page\":50,\"sort\":\"created_at\",\"filter\":{\"status\":\"open\"}}",
          "<html><body><h1>Maintenance</h1><p>Back soon.</p></body></html>",
          "user clicked export on dashboard 7 and the report was generated in 3.1 seconds");
      return one(r, "cursor=" + b64(t), "The message body is base64: " + b64(t), "{\"next\":\"" + b64url(utf8(t)) + "\"}");
    });
    neg("long-numbers", r -> one(r, "order #" + luhnFail(r, "4", 16) + " shipped", "created_at_ms=" + (1700000000000L + r.nextInt(
        1000000000)), "ts_ns=" + (1700000000000000000L + Math.abs(r.nextLong() % 100000000000000000L)),
        "Invoice no. " + luhnFail(r, "5", 16) + " is overdue", "tracking: 1Z" + pick(r, UPPER + DIGITS, 16),
        "message_id=" + (1000000000000000000L + Math.abs(r.nextLong() % 100000000000000000L)), "phone: +1 415 555 0" + pick(r, DIGITS, 3)));
    neg("iban-bad", r -> {
      String good = Blind11Util.iban("DE", "37040044" + pick(r, DIGITS, 10));
      String bad = good.substring(0, 2) + String.format("%02d", (Integer.parseInt(good.substring(2, 4)) + 1) % 97 + 2)
          + good.substring(4);
      return "IBAN (from the form, invalid checksum): " + Blind11Util.groups4(Blind11Util.ibanMod97(bad) == 1 ? good.replace("DE", "DX")
          : bad, " ");
    });
    neg("prose-credentials", r -> one(r,
        "GitHub personal access tokens start with `ghp_` and fine-grained ones with `github_pat_`. Store them in a secret manager, never in the repo.",
        "An AWS access key ID is a 20-character string beginning with AKIA; the secret access key is 40 characters. Rotate both every 90 days.",
        "Stripe secret keys begin with sk_live_ in live mode. If one leaks, roll it from the dashboard immediately.",
        "To authenticate, pass your API key in the Authorization header as a Bearer token. Keys are shown once when created.",
        "The private key never leaves the HSM; only the public key is exported.",
        "Slack bot tokens (xoxb-) and user tokens (xoxp-) should be scoped narrowly. Webhook URLs are secrets too."));
    neg("minified-js", r -> "!function(e,t){\"object\"==typeof exports?module.exports=t():e." + pick(r, LOWER, 3)
        + "=t()}(this,function(){var e=\"" + pick(r, ALNUM, 40) + "\".split(\"\"),t=function(n){return e[n%64]};return{k:t,v:\"3.2."
        + r.nextInt(9) + "\"}});");
    neg("lorem", r -> {
      List<String> w = new ArrayList<>(List.of("lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit",
          "sed", "do", "eiusmod", "tempor", "incididunt", "ut", "labore", "et", "dolore", "magna", "aliqua", "enim", "minim",
          "veniam", "quis", "nostrud", "exercitation", "ullamco", "laboris", "nisi", "aliquip", "commodo", "consequat"));
      java.util.Collections.shuffle(w, r);
      return "<p>" + String.join(" ", w) + ".</p>";
    });
    neg("css-colors", r -> ".btn-primary {\n  color: #" + pick(r, HEX, 6) + ";\n  background: linear-gradient(#" + pick(r, HEX, 6) + ", #"
        + pick(r, HEX, 6) + ");\n  border-color: #" + pick(r, HEX, 8) + ";\n}");
    neg("git-lfs", r -> "version https://git-lfs.github.com/spec/v1\noid sha256:" + pick(r, HEX, 64) + "\nsize " + pick(r, DIGITS, 8));
    neg("tf-sensitive", r -> "Changes to Outputs:\n  + db_password = (sensitive value)\n  + api_token   = (sensitive value)\n  + endpoint    = \"https://"
        + pick(r, LOWER, 8) + ".execute-api.eu-west-1.amazonaws.com\"");
    neg("azure-ids", r -> "{\n  \"subscriptionId\": \"" + uuid4(r) + "\",\n  \"tenantId\": \"" + uuid4(r) + "\",\n  \"clientId\": \""
        + uuid4(r) + "\",\n  \"resourceGroup\": \"rg-prod-weu\"\n}");
    neg("webpack-build", r -> "asset main." + pick(r, HEX, 20) + ".js 312 KiB [emitted] [immutable] [minimized] (name: main)\nasset vendors."
        + pick(r, HEX, 20) + ".js 1.2 MiB [emitted] [immutable]\nwebpack 5.90.1 compiled successfully in 8431 ms");
    neg("webhook-signatures", r -> one(r, "X-Hub-Signature-256: sha256=" + pick(r, HEX, 64),
        "Stripe-Signature: t=" + (1700000000 + r.nextInt(10000000)) + ",v1=" + pick(r, HEX, 64),
        "X-Slack-Signature: v0=" + pick(r, HEX, 64), "svix-signature: v1," + b64(bytes(r, 32))));
    neg("s3-headers", r -> "HTTP/1.1 200 OK\nx-amz-id-2: " + b64(bytes(r, 57)) + "\nx-amz-request-id: " + pick(r, UPPER + DIGITS, 16)
        + "\nETag: \"" + pick(r, HEX, 32) + "\"\nContent-MD5: " + b64(bytes(r, 16)));
    neg("oauth-client-ids", r -> one(r, "GOOGLE_CLIENT_ID=" + pick(r, DIGITS, 12) + "-" + pick(r, LOWER + DIGITS, 32)
        + ".apps.googleusercontent.com", "\"client_id\": \"Iv1." + pick(r, HEX, 16) + "\"", "GITHUB_CLIENT_ID=Ov23li" + pick(r, ALNUM, 14)));
    neg("masked-keys-listing", r -> "$ gh secret list\nNAME                 UPDATED\n" + env(r) + "            about " + (2 + r.nextInt(20))
        + " days ago\n" + env(r) + "       about 1 month ago\n" + env(r) + "  " + (2 + r.nextInt(9)) + " months ago");
    neg("kubectl-get-secrets", r -> "$ kubectl get secrets -n prod\nNAME                  TYPE                                  DATA   AGE\ndb-credentials        Opaque                                3      41d\n"
        + "default-token-" + pick(r, LOWER + DIGITS, 5) + "   kubernetes.io/service-account-token   3      212d\ntls-ingress           kubernetes.io/tls                     2      9d");
    neg("env-example", r -> "# " + one(r, ".env.example — copy to .env and fill in", ".env.sample", "example environment for local dev")
        + "\n" + env(r) + "=\n" + env(r) + "=\n" + one(r, "DATABASE_URL=postgres://postgres:postgres@localhost:5432/",
            "DATABASE_URL=postgresql://localhost/", "DB_HOST=localhost\nDB_USER=app\nDB_NAME=") + one(r, "dev", "app_development", "test")
        + "\nREDIS_URL=redis://localhost:" + one(r, "6379", "6380") + "\n" + one(r, "JWT_SECRET=change-this-in-production",
            "SESSION_SECRET=", "SECRET_KEY=replace-me"));
    neg("youtube-drive-ids", r -> one(r, "https://www.youtube.com/watch?v=" + pick(r, ALNUM + "_-", 11),
        "https://docs.google.com/spreadsheets/d/1" + pick(r, ALNUM + "_-", 43) + "/edit#gid=0",
        "https://drive.google.com/file/d/1" + pick(r, ALNUM + "_-", 32) + "/view?usp=sharing", "https://imgur.com/a/" + pick(r, ALNUM, 7)));
    neg("public-keys-misc", r -> one(r, "age recipient: " + Blind11Util.bech32("age", bytes(r, 32)),
        "[Peer]\nPublicKey = " + b64(bytes(r, 32)) + "\nAllowedIPs = 10.8.0.2/32\nEndpoint = vpn.example.net:51820",
        "untrusted comment: minisign public key " + pick(r, HEX, 16).toUpperCase() + "\nRW" + b64(bytes(r, 40)).substring(2)));
    neg("gpg-fingerprint", r -> "$ gpg --fingerprint ops@example.org\npub   ed25519 2024-01-09 [SC]\n      " + Blind11Util.groups4(pick(r, HEX, 40).toUpperCase(), " ")
        + "\nuid           [ultimate] Ops Team <ops@example.org>");
    neg("xxd-dump", r -> {
      StringBuilder sb = new StringBuilder("$ xxd -l 48 " + one(r, "logo.png", "font.woff2", "data.bin") + "\n");
      for (int i = 0; i < 3; i++) {
        sb.append(String.format("%08x: ", i * 16));
        byte[] b = bytes(r, 16);
        for (int j = 0; j < 16; j += 2) {
          sb.append(String.format("%02x%02x ", b[j] & 0xff, b[j + 1] & 0xff));
        }
        sb.append(" ................\n");
      }
      return sb.toString();
    });
    neg("isbn-tracking", r -> "ISBN " + "978" + pick(r, DIGITS, 10) + ", shipped via DHL " + pick(r, DIGITS, 10) + ", FedEx " + pick(r, DIGITS, 12));
    neg("uuid-table", r -> "| id | name | created |\n|---|---|---|\n| " + uuid(r) + " | alpha | 2026-01-03 |\n| " + uuid(r) + " | beta | 2026-01-04 |");
    neg("hash-prose", r -> "The build is reproducible: both runners produced sha256 " + pick(r, HEX, 64) + " for the tarball, and the commit "
        + pick(r, HEX, 12) + " is tagged v2." + r.nextInt(9) + ".0.");
    neg("db-url-nopass", r -> one(r, "DATABASE_URL=postgres://localhost:5432/app_dev", "redis://redis:6379/0",
        "mongodb://mongo-0.mongo:27017,mongo-1.mongo:27017/?replicaSet=rs0", "jdbc:postgresql://db:5432/app?sslmode=require",
        "postgresql://postgres@localhost/test", "amqp://rabbitmq:5672/%2f"));
    neg("random-ids-json", r -> "{\"id\":\"evt_" + pick(r, ALNUM, 24) + "\",\"object\":\"event\",\"request\":{\"id\":\"req_" + pick(r, ALNUM, 14)
        + "\"},\"idempotency_key\":\"" + uuid4(r) + "\",\"account\":\"acct_" + pick(r, ALNUM, 16) + "\"}");
    neg("cert-fingerprints", r -> "SHA256 Fingerprint=" + Blind11Util.groups4(pick(r, HEX, 64).toUpperCase(), ":").replace(":", "")
        .replaceAll("(..)(?!$)", "$1:") + "\nSerial Number: " + pick(r, HEX, 32));
    neg("code-hashing", r -> one(r, "digest = hashlib.sha256(b\"hello world\").hexdigest()\n# 'b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9'",
        "const etag = crypto.createHash('md5').update(body).digest('hex'); // e.g. 5d41402abc4b2a76b9719d911017c592",
        "echo -n test | sha1sum  # a94a8fe5ccb19ba61c4c0873d391e987982fbbd8"));
    neg("snowflake-ids", r -> "Discord message " + (1100000000000000000L + Math.abs(r.nextLong() % 90000000000000000L)) + " in channel "
        + (1000000000000000000L + Math.abs(r.nextLong() % 90000000000000000L)) + " was deleted.");
    neg("semver-matrix", r -> "node: [18." + r.nextInt(20) + ".1, 20." + r.nextInt(20) + "." + r.nextInt(9) + ", 22." + r.nextInt(9)
        + ".0]\npython: ['3.10." + r.nextInt(15) + "', '3.11." + r.nextInt(10) + "', '3.12." + r.nextInt(8) + "']\nos: [ubuntu-22.04, macos-14]");
  }

  static List<String> names() {
    return new ArrayList<>(GEN.keySet());
  }
}
