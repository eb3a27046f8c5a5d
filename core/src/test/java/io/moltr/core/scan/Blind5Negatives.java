package io.moltr.core.scan;

import static io.moltr.core.scan.Blind5Credentials.ALNUM;
import static io.moltr.core.scan.Blind5Credentials.DIGITS;
import static io.moltr.core.scan.Blind5Credentials.HEX;
import static io.moltr.core.scan.Blind5Credentials.b64;
import static io.moltr.core.scan.Blind5Credentials.bytes;
import static io.moltr.core.scan.Blind5Credentials.pick;
import static io.moltr.core.scan.Blind5Credentials.uuid;

import io.moltr.core.scan.Blind5Contexts.Context;
import io.moltr.core.scan.Blind5Corpus.Sample;
import io.moltr.core.scan.Blind5Credentials.Cred;
import io.moltr.core.scan.Blind5Credentials.Shape;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Hard negatives of the fifth blind corpus: the same contexts holding placeholders, redactions,
 * documented example keys, environment reads, hashes, ids, public keys and addresses.
 */
final class Blind5Negatives {
  /**
   * A negative value. An identifier, hash, address or public key is only a negative where its name
   * says what it is: put in a credential slot (a Bearer header, a password line, api_key=) any
   * value is a credential, so those go only into named contexts.
   */
  record Neg(String id, Function<Random, Cred> make) {
    boolean slotSafe() {
      return id.startsWith("placeholder") || id.startsWith("documented") || id.startsWith("redacted") || id.startsWith("env-ref") || id.startsWith("masked")
          || id.startsWith("ci-secret") || id.startsWith("template") || id.startsWith("shell") || id.startsWith("db-url") || id.startsWith("mongo-url")
          || id.startsWith("jwt-io") || id.startsWith("test-card") || id.startsWith("bip39") || id.endsWith("-pem") || id.startsWith("private-key");
    }
  }

  private static final java.util.Set<String> SLOTS = java.util.Set.of("curl-verbose", "http-headers", "dotfile", "stack-trace", "chat-markdown");

  private Blind5Negatives() {}

  private static Neg v(String id, String name, Function<Random, String> value) {
    return new Neg(id, r -> new Cred("neg:" + id, name, value.apply(r), Shape.TOKEN, false));
  }

  private static Neg s(String id, String name, Shape shape, Function<Random, String> value) {
    return new Neg(id, r -> new Cred("neg:" + id, name, value.apply(r), shape, false));
  }

  static String crockford(Random r, int n) {
    return pick(r, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", n);
  }

  static String p2pkh(Random r) {
    byte[] p = new byte[21];
    System.arraycopy(bytes(r, 20), 0, p, 1, 20);
    return Blind5Credentials.base58check(p);
  }

  static String segwit(Random r) {
    byte[] prog = bytes(r, 20);
    List<Integer> five = new ArrayList<>();
    five.add(0);
    int acc = 0, bits = 0;
    for (byte b : prog) {
      acc = (acc << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        five.add((acc >>> bits) & 31);
      }
    }
    if (bits > 0) {
      five.add((acc << (5 - bits)) & 31);
    }
    int[] he = Blind5Credentials.hrpExpand("bc");
    int[] values = new int[he.length + five.size() + 6];
    System.arraycopy(he, 0, values, 0, he.length);
    for (int i = 0; i < five.size(); i++) {
      values[he.length + i] = five.get(i);
    }
    int mod = Blind5Credentials.bech32Polymod(values) ^ 1;
    StringBuilder sb = new StringBuilder("bc1");
    for (int x : five) {
      sb.append(Blind5Credentials.BECH32.charAt(x));
    }
    for (int i = 0; i < 6; i++) {
      sb.append(Blind5Credentials.BECH32.charAt((mod >>> (5 * (5 - i))) & 31));
    }
    return sb.toString();
  }

  static String xpub(Random r) {
    byte[] p = new byte[78];
    p[0] = 0x04;
    p[1] = (byte) 0x88;
    p[2] = (byte) 0xB2;
    p[3] = 0x1E;
    p[4] = 3;
    System.arraycopy(bytes(r, 4), 0, p, 5, 4);
    p[9] = (byte) 0x80;
    System.arraycopy(bytes(r, 32), 0, p, 13, 32);
    p[45] = (byte) (r.nextBoolean() ? 2 : 3);
    System.arraycopy(bytes(r, 32), 0, p, 46, 32);
    return Blind5Credentials.base58check(p);
  }

  static String sshPublic(Random r) {
    byte[] type = "ssh-ed25519".getBytes(StandardCharsets.US_ASCII);
    byte[] blob = new byte[4 + type.length + 4 + 32];
    blob[3] = (byte) type.length;
    System.arraycopy(type, 0, blob, 4, type.length);
    blob[4 + type.length + 3] = 32;
    System.arraycopy(bytes(r, 32), 0, blob, 8 + type.length, 32);
    return "ssh-ed25519 " + b64(blob) + " deploy@build-" + pick(r, HEX, 4);
  }

  static String publicKeyPem(Random r) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(1024, Blind5Credentials.seeded(r));
      return Blind5Credentials.pem("PUBLIC KEY", g.generateKeyPair().getPublic().getEncoded());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String certificatePem(Random r) {
    byte[] der = bytes(r, 600 + r.nextInt(200));
    der[0] = 0x30;
    der[1] = (byte) 0x82;
    der[2] = (byte) ((der.length - 4) >>> 8);
    der[3] = (byte) (der.length - 4);
    der[4] = 0x30;
    der[5] = (byte) 0x82;
    return Blind5Credentials.pem("CERTIFICATE", der);
  }

  static String pngDataUri(Random r) {
    byte[] png = bytes(r, 120 + r.nextInt(200));
    byte[] head = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    System.arraycopy(head, 0, png, 0, head.length);
    return "data:image/png;base64," + b64(png);
  }

  static String notLuhn(Random r, String prefix, int length) {
    String ok = Blind5Credentials.luhnComplete(r, prefix, length);
    char last = ok.charAt(length - 1);
    return ok.substring(0, length - 1) + (char) ('0' + (last - '0' + 1 + r.nextInt(8)) % 10);
  }

  static String badIban(Random r) {
    String ok = Blind5Credentials.iban("DE", pick(r, DIGITS, 18));
    int check = Integer.parseInt(ok.substring(2, 4));
    int bad = check == 97 ? 2 : check + 1;
    return Blind5Credentials.grouped4("DE" + String.format("%02d", bad) + ok.substring(4));
  }

  static String badMnemonic(Random r) {
    while (true) {
      List<String> w = Blind5Credentials.bip39Words();
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 12; i++) {
        sb.append(i == 0 ? "" : " ").append(w.get(r.nextInt(w.size())));
      }
      if (!Blind5Credentials.mnemonicOk(sb.toString())) {
        return sb.toString();
      }
    }
  }

  /** Values that sit where a secret would and are not one. */
  static final List<Neg> VALUES = List.of(
      v("placeholder-openai-x", "OPENAI_API_KEY", r -> "sk-" + "x".repeat(48)),
      v("placeholder-openai-words", "OPENAI_API_KEY", r -> "sk-proj-your-api-key-here"),
      v("placeholder-github-x", "GITHUB_TOKEN", r -> "ghp_" + "X".repeat(36)),
      v("placeholder-angle", "GITHUB_TOKEN", r -> "<token>"),
      v("placeholder-stripe-stars", "STRIPE_SECRET_KEY", r -> "sk_live_" + "*".repeat(24)),
      v("placeholder-your-key", "STRIPE_SECRET_KEY", r -> "YOUR_STRIPE_SECRET_KEY"),
      v("placeholder-slack-words", "SLACK_BOT_TOKEN", r -> "xoxb-your-bot-token-here"),
      v("documented-slack", "SLACK_BOT_TOKEN", r -> "xoxb-not-a-real-token-this-will-not-work"),
      v("documented-aws-id", "AWS_ACCESS_KEY_ID", r -> "AKIAIOSFODNN7EXAMPLE"),
      v("documented-aws-secret", "AWS_SECRET_ACCESS_KEY", r -> "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
      v("documented-aws-id-2", "AWS_ACCESS_KEY_ID", r -> "AKIAI44QH8DHBEXAMPLE"),
      v("documented-aws-secret-2", "AWS_SECRET_ACCESS_KEY", r -> "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"),
      v("env-ref-braces", "ANTHROPIC_API_KEY", r -> "${ANTHROPIC_API_KEY}"),
      v("env-ref-dollar", "NPM_TOKEN", r -> "$NPM_TOKEN"),
      v("ci-secret-ref", "API_KEY", r -> "${{ secrets.API_KEY }}"),
      v("template-ref", "DB_PASSWORD", r -> "{{ .Values.db.password }}"),
      v("placeholder-changeme", "DB_PASSWORD", r -> "changeme"),
      v("redacted-stars", "DB_PASSWORD", r -> "********"),
      v("placeholder-your-password", "DB_PASSWORD", r -> "<your-password>"),
      v("placeholder-hf-x", "HF_TOKEN", r -> "hf_" + "x".repeat(34)),
      v("redacted-bracket", "API_TOKEN", r -> "[REDACTED]"),
      v("masked-ci", "API_TOKEN", r -> "***"),
      v("placeholder-sendgrid-x", "SENDGRID_API_KEY", r -> "SG." + "x".repeat(22) + "." + "x".repeat(43)),
      v("redacted-last4", "OPENAI_API_KEY", r -> "sk-...." + pick(r, ALNUM, 4)),
      v("redacted-middle", "GITHUB_TOKEN", r -> "ghp_" + "*".repeat(32) + pick(r, ALNUM, 4)),
      v("shell-subst", "JWT_SECRET", r -> "$(openssl rand -hex 32)"),
      v("placeholder-todo", "TWILIO_AUTH_TOKEN", r -> "TODO-fill-in"),
      v("sha256-hex", "ARTIFACT_SHA256", r -> pick(r, HEX, 64)),
      v("sha1-git", "GIT_COMMIT", r -> pick(r, HEX, 40)),
      v("md5-hex", "CONTENT_MD5", r -> pick(r, HEX, 32)),
      v("uuid", "REQUEST_ID", r -> uuid(r)),
      v("image-digest", "IMAGE_DIGEST", r -> "sha256:" + pick(r, HEX, 64)),
      v("integrity-sha384", "SCRIPT_INTEGRITY", r -> "sha384-" + b64(bytes(r, 48))),
      v("integrity-sha512", "PACKAGE_INTEGRITY", r -> "sha512-" + b64(bytes(r, 64))),
      v("go-sum", "MODULE_SUM", r -> "h1:" + b64(bytes(r, 32))),
      v("ulid", "JOB_ID", r -> "01" + crockford(r, 24)),
      v("nanoid", "SHARE_ID", r -> pick(r, ALNUM + "_-", 21)),
      v("pod-name", "HOSTNAME", r -> "checkout-" + pick(r, "bcdfghjklmnpqrstvwxz2456789", 10) + "-" + pick(r, "bcdfghjklmnpqrstvwxz2456789", 5)),
      v("aws-arn", "ROLE_ARN", r -> "arn:aws:iam::" + pick(r, DIGITS, 12) + ":role/ci-deploy"),
      v("ec2-instance", "INSTANCE_ID", r -> "i-0" + pick(r, HEX, 16)),
      v("stripe-publishable", "STRIPE_PUBLISHABLE_KEY", r -> "pk_live_51" + Blind5Credentials.mixed(r, ALNUM, 97)),
      v("stripe-customer-id", "STRIPE_CUSTOMER", r -> "cus_" + Blind5Credentials.mixed(r, ALNUM, 14)),
      v("twilio-account-sid", "TWILIO_ACCOUNT_SID", r -> "AC" + pick(r, HEX, 32)),
      v("google-client-id", "GOOGLE_CLIENT_ID", r -> pick(r, DIGITS, 12) + "-" + pick(r, "abcdefghijklmnopqrstuvwxyz0123456789", 32) + ".apps.googleusercontent.com"),
      v("mapbox-public", "MAPBOX_PUBLIC_TOKEN", r -> "pk." + Blind5Credentials.b64url("{\"u\":\"acme-maps\",\"a\":\"cl" + pick(r, "abcdefghijklmnopqrstuvwxyz0123456789", 23) + "\"}") + "." + Blind5Credentials.mixed(r, Blind5Credentials.URLSAFE, 22)),
      v("eth-address", "TREASURY_ADDRESS", r -> "0x" + pick(r, HEX, 40)),
      v("btc-p2pkh", "PAYOUT_ADDRESS", Blind5Negatives::p2pkh),
      v("btc-segwit", "PAYOUT_ADDRESS", Blind5Negatives::segwit),
      v("btc-xpub", "WATCH_ONLY_XPUB", Blind5Negatives::xpub),
      v("ssh-public-key", "DEPLOY_PUBLIC_KEY", Blind5Negatives::sshPublic),
      v("traceparent", "TRACEPARENT", r -> "00-" + pick(r, HEX, 32) + "-" + pick(r, HEX, 16) + "-01"),
      v("data-uri-png", "AVATAR", Blind5Negatives::pngDataUri),
      v("base64-benign-json", "FEATURE_FLAGS", r -> b64(("{\"checkout_v2\":true,\"beta_banner\":false,\"rollout\":" + r.nextInt(100) + "}").getBytes(StandardCharsets.UTF_8))),
      v("db-url-placeholder", "DATABASE_URL", r -> "postgres://user:password@localhost:5432/mydb"),
      v("db-url-env", "DATABASE_URL", r -> "postgresql://app:${DB_PASSWORD}@db:5432/app"),
      v("mongo-url-angle", "MONGO_URI", r -> "mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/"),
      v("redis-url-nopass", "REDIS_URL", r -> "redis://redis-master.cache.svc.cluster.local:6379/0"),
      v("jwt-io-example", "ACCESS_TOKEN", r -> "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
      v("documented-wif", "BTC_PRIVATE_KEY", r -> "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"),
      s("test-card-4242", "CARD_NUMBER", Shape.NUMBER, r -> "4242 4242 4242 4242"),
      s("test-card-4111", "CARD_NUMBER", Shape.NUMBER, r -> "4111111111111111"),
      s("test-card-5555", "CARD_NUMBER", Shape.NUMBER, r -> "5555 5555 5555 4444"),
      s("test-card-amex", "CARD_NUMBER", Shape.NUMBER, r -> "378282246310005"),
      s("order-number-not-luhn", "ORDER_NUMBER", Shape.NUMBER, r -> notLuhn(r, "4", 16)),
      s("iban-bad-checksum", "IBAN", Shape.NUMBER, Blind5Negatives::badIban),
      s("documented-iban-gb", "IBAN", Shape.NUMBER, r -> "GB82 WEST 1234 5698 7654 32"),
      s("documented-iban-de", "IBAN", Shape.NUMBER, r -> "DE89 3704 0044 0532 0130 00"),
      s("bip39-test-vector", "WALLET_MNEMONIC", Shape.PHRASE, r -> "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"),
      s("bip39-bad-checksum", "WALLET_MNEMONIC", Shape.PHRASE, Blind5Negatives::badMnemonic),
      s("public-key-pem", "JWT_PUBLIC_KEY", Shape.PEM, Blind5Negatives::publicKeyPem),
      s("certificate-pem", "TLS_CERT", Shape.PEM, Blind5Negatives::certificatePem),
      s("private-key-placeholder", "TLS_KEY", Shape.PEM, r -> "-----BEGIN PRIVATE KEY-----\n<paste your private key here>\n-----END PRIVATE KEY-----"),
      s("private-key-redacted", "SSH_PRIVATE_KEY", Shape.PEM, r -> "-----BEGIN OPENSSH PRIVATE KEY-----\n[redacted: 411 bytes]\n-----END OPENSSH PRIVATE KEY-----"));

  static final int CONTEXTS_PER_VALUE = 4;

  /** Whole documents that are negatives as written. */
  static List<String> documents(Random r) {
    List<String> d = new ArrayList<>();
    d.add("To authenticate, read the key from the environment rather than hard-coding it:\n\n```python\nimport os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])\n```\n\nSet it once with `export OPENAI_API_KEY=sk-...` in your shell profile.");
    d.add("```js\nconst stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);\nconst gh = new Octokit({ auth: process.env.GITHUB_TOKEN });\n```\nBoth values come from the deployment's secret store; nothing is committed.");
    d.add("```java\nString key = System.getenv(\"AWS_SECRET_ACCESS_KEY\");\nString id = System.getenv(\"AWS_ACCESS_KEY_ID\");\nif (key == null) throw new IllegalStateException(\"AWS_SECRET_ACCESS_KEY not set\");\n```");
    d.add("```ruby\nTwilio::REST::Client.new(ENV.fetch(\"TWILIO_ACCOUNT_SID\"), ENV.fetch(\"TWILIO_AUTH_TOKEN\"))\n```");
    d.add("```go\ntoken := os.Getenv(\"SLACK_BOT_TOKEN\")\nif token == \"\" {\n\tlog.Fatal(\"SLACK_BOT_TOKEN is required\")\n}\n```");
    d.add("```yaml\nenv:\n  - name: DATABASE_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: password\n  - name: OPENAI_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: llm\n        key: api-key\n```");
    d.add("Terraform will perform the following actions:\n\n  # aws_db_instance.main will be created\n  + resource \"aws_db_instance\" \"main\" {\n      + allocated_storage = 20\n      + engine            = \"postgres\"\n      + engine_version    = \"16.2\"\n      + id                = (known after apply)\n      + password          = (sensitive value)\n      + username          = \"app\"\n    }\n\n  # random_password.db will be created\n  + resource \"random_password\" \"db\" {\n      + id     = (known after apply)\n      + length = 32\n      + result = (sensitive value)\n    }\n\nPlan: 2 to add, 0 to change, 0 to destroy.\n");
    d.add("Changes to Outputs:\n  + api_endpoint = \"https://" + pick(r, "abcdefghijklmnopqrstuvwxyz0123456789", 10) + ".execute-api.eu-west-1.amazonaws.com/prod\"\n  + db_password  = (sensitive value)\n  + bucket_arn   = \"arn:aws:s3:::acme-artifacts-" + pick(r, DIGITS, 6) + "\"\n");
    for (int i = 0; i < 3; i++) {
      d.add(Blind5Contexts.ts(r, 1) + " ##[group]Run npm publish\n" + Blind5Contexts.ts(r, 1) + " npm publish --access public\n" + Blind5Contexts.ts(r, 1) + "   NODE_AUTH_TOKEN: ***\n" + Blind5Contexts.ts(r, 2) + " ##[endgroup]\n"
          + Blind5Contexts.ts(r, 3) + " npm notice package: @acme/ui@" + (1 + r.nextInt(4)) + "." + r.nextInt(20) + ".0\n" + Blind5Contexts.ts(r, 3) + " npm notice shasum: " + pick(r, HEX, 40) + "\n" + Blind5Contexts.ts(r, 3)
          + " npm notice integrity: sha512-" + b64(bytes(r, 64)).substring(0, 20) + "[...]" + pick(r, ALNUM, 6) + "==\n" + Blind5Contexts.ts(r, 4) + " + @acme/ui@1.4.0\n");
    }
    for (int i = 0; i < 3; i++) {
      d.add("$ kubectl get secret default-token-" + pick(r, "bcdfghjklmnpqrstvwxz2456789", 5) + " -n kube-system -o yaml\napiVersion: v1\ndata:\n  ca.crt: " + b64(Blind5Contexts.json(certificatePem(r)).getBytes(StandardCharsets.UTF_8)).substring(0, 600)
          + "\n  namespace: a3ViZS1zeXN0ZW0=\nkind: Secret\nmetadata:\n  name: default-token\n  namespace: kube-system\n  uid: " + uuid(r) + "\ntype: kubernetes.io/service-account-token\n");
    }
    d.add("$ kubectl get secret db-credentials -o yaml\napiVersion: v1\ndata:\n  password: Y2hhbmdlbWU=\n  username: cG9zdGdyZXM=\nkind: Secret\nmetadata:\n  name: db-credentials\n  namespace: dev\ntype: Opaque\n");
    for (int i = 0; i < 3; i++) {
      d.add("{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 3,\n   \"id\": \"" + pick(r, HEX, 8) + "\",\n   \"metadata\": {},\n   \"outputs\": [\n    {\n     \"data\": {\n      \"image/png\": \"" + b64(bytes(r, 900)).replace("/", "\\/")
          + "\",\n      \"text/plain\": [\"<Figure size 640x480 with 1 Axes>\"]\n     },\n     \"metadata\": {},\n     \"output_type\": \"display_data\"\n    }\n   ],\n   \"source\": [\"df.plot(x=\\\"day\\\", y=\\\"revenue\\\")\"]\n  }\n ],\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n");
    }
    for (int i = 0; i < 3; i++) {
      d.add("*   Trying 203.0.113.10:443...\n* Connected to api.internal.example (203.0.113.10) port 443\n* Server certificate:\n*  subject: CN=api.internal.example\n*  start date: Jan  2 00:00:00 2026 GMT\n*  SSL certificate verify ok.\n> GET /v1/models HTTP/2\n> Host: api.internal.example\n> authorization: Bearer $API_TOKEN\n> user-agent: curl/8.5.0\n>\n< HTTP/2 401\n< www-authenticate: Bearer error=\"invalid_token\"\n< x-request-id: "
          + uuid(r) + "\n< etag: W/\"" + pick(r, HEX, 40) + "\"\n<\n{\"error\":\"invalid_token\"}\n");
    }
    for (int i = 0; i < 3; i++) {
      d.add("HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\nContent-Security-Policy: script-src 'nonce-" + b64(bytes(r, 16)) + "' 'sha256-" + b64(bytes(r, 32)) + "'; object-src 'none'\nETag: \"" + pick(r, HEX, 32) + "\"\nX-Amz-Cf-Id: "
          + Blind5Credentials.mixed(r, ALNUM + "_-", 54) + "==\nX-Amz-Request-Id: " + pick(r, "0123456789ABCDEF", 16) + "\nSet-Cookie: _ga=GA1.2." + pick(r, DIGITS, 10) + "." + pick(r, DIGITS, 10) + "; Path=/; Max-Age=63072000\nStrict-Transport-Security: max-age=63072000; includeSubDomains\n");
    }
    for (int i = 0; i < 3; i++) {
      d.add("-- Dumping data for table `api_keys`\nINSERT INTO `api_keys` (`id`,`owner`,`key_prefix`,`key_hash`,`created_at`) VALUES (" + (10 + i) + ",'svc-billing','sk_live_" + pick(r, ALNUM, 4) + "','" + pick(r, HEX, 64) + "','2025-11-02 10:14:22'),(" + (20 + i)
          + ",'svc-search','rk_live_" + pick(r, ALNUM, 4) + "','" + pick(r, HEX, 64) + "','2025-11-03 09:01:44');\n");
    }
    for (int i = 0; i < 3; i++) {
      d.add("diff --git a/config/settings.py b/config/settings.py\nindex " + pick(r, HEX, 7) + ".." + pick(r, HEX, 7) + " 100644\n--- a/config/settings.py\n+++ b/config/settings.py\n@@ -14,7 +14,7 @@\n-OPENAI_API_KEY = \"<redacted>\"\n+OPENAI_API_KEY = os.environ[\"OPENAI_API_KEY\"]\n-STRIPE_KEY = \"sk_live_...\"\n+STRIPE_KEY = os.getenv(\"STRIPE_SECRET_KEY\", \"\")\n");
    }
    for (int i = 0; i < 3; i++) {
      d.add("Exception in thread \"pool-3-thread-" + (1 + r.nextInt(8)) + "\" java.lang.IllegalStateException: session " + uuid(r) + " expired\n\tat com.acme.session.Store.load(Store.java:51)\n\tat com.acme.session.Filter.doFilter(Filter.java:33)\n\tat com.acme.Main$$Lambda$" + r.nextInt(300) + "/0x0000" + pick(r, HEX, 12) + ".run(Unknown Source)\n# SIGSEGV (0xb) at pc=0x00007f" + pick(r, HEX, 10) + ", pid=" + (1000 + r.nextInt(9000)) + ", tid=" + (1000 + r.nextInt(9000)) + "\n");
    }
    for (int i = 0; i < 3; i++) {
      d.add("[\n    {\n        \"Id\": \"" + pick(r, HEX, 64) + "\",\n        \"Image\": \"sha256:" + pick(r, HEX, 64) + "\",\n        \"RepoDigests\": [\"ghcr.io/acme/api@sha256:" + pick(r, HEX, 64) + "\"],\n        \"Config\": {\n            \"Env\": [\n                \"PATH=/usr/local/bin:/usr/bin:/bin\",\n                \"API_KEY_FILE=/run/secrets/api_key\",\n                \"GIT_SHA="
          + pick(r, HEX, 40) + "\",\n                \"BUILD_ID=" + uuid(r) + "\"\n            ]\n        },\n        \"NetworkSettings\": {\"IPAddress\": \"172.17.0." + (2 + r.nextInt(200)) + "\", \"MacAddress\": \"02:42:ac:11:00:0" + r.nextInt(10) + "\"}\n    }\n]\n");
    }
    d.add("$ cat ~/.npmrc\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n");
    d.add("$ cat ~/.pypirc\n[pypi]\nusername = __token__\npassword = <your PyPI API token, starting with pypi->\n");
    d.add("$ cat ~/.netrc\nmachine github.com\n  login deploy-bot\n  password $GITHUB_TOKEN\n");
    d.add("$ cat ~/.git-credentials\nhttps://deploy-bot:<personal-access-token>@github.com\n");
    d.add("```\nAKIAIOSFODNN7EXAMPLE\nwJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```\nThese are the example credentials from the AWS documentation; replace them with your own.");
    d.add("Your lockfile pins `lodash@4.17.21` with `\"integrity\": \"sha512-" + b64(bytes(r, 64)) + "\"` and `\"resolved\": \"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\"`.");
    d.add("Send the payout to `" + segwit(r) + "` (bech32) or `" + p2pkh(r) + "`; the watch-only wallet uses `" + xpub(r) + "`.");
    d.add("The commit `" + pick(r, HEX, 40) + "` (short `" + pick(r, HEX, 7) + "`) introduced the regression; `git bisect` confirms it. Tree: " + pick(r, HEX, 40) + ".");
    d.add("Use `<img src=\"" + pngDataUri(r) + "\" alt=\"logo\">` to inline the logo.");
    d.add("The test cards are 4242 4242 4242 4242 (Visa), 5555 5555 5555 4444 (Mastercard) and 3782 822463 10005 (Amex); any future expiry and CVC work.");
    return d;
  }

  /** Encodings of harmless text: a decoder must not turn these into a finding. */
  static List<Sample> encoded(Random r) {
    List<Sample> out = new ArrayList<>();
    String[] benign = {
        "{\"checkout_v2\":true,\"rollout\":25,\"regions\":[\"eu-west-1\",\"us-east-1\"]}",
        "OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "Build 4512 finished in 3m12s on runner ubuntu-22.04",
        "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
        "password=<set-me>",
        "The quick brown fox jumps over the lazy dog",
        "commit " + pick(r, HEX, 40),
        "user-id:" + uuid(r)};
    String[] encIds = {"base64", "base64url", "base64-unpadded", "base32", "hex", "hex-backslash-x", "hex-spaced", "percent", "rot13", "unicode-escape", "html-entities",
        "gzip-base64", "deflate-base64", "reversed", "split-lines", "zero-width", "tag-characters", "lookalikes", "decimal-array", "decimal-fromcharcode"};
    int i = 0;
    for (String e : encIds) {
      for (int j = 0; j < 3; j++) {
        String text = benign[(i++) % benign.length];
        String enc = Blind5Encodings.enc(e).apply().apply(text, r);
        out.add(new Sample("neg:encoded-benign", e, "wrapped", Blind5Corpus.wrap(e, enc, j, r), null));
      }
    }
    return out;
  }

  static List<Sample> all() {
    Random r = new Random(0xB15_0005L ^ 0x5EEDL);
    List<Sample> out = new ArrayList<>();
    for (int n = 0; n < VALUES.size(); n++) {
      for (int i = 0; i < CONTEXTS_PER_VALUE; i++) {
        Cred c = VALUES.get(n).make().apply(r);
        boolean slotSafe = VALUES.get(n).slotSafe();
        List<Context> fit = Blind5Contexts.fitting(c.shape()).stream().filter(x -> slotSafe || !SLOTS.contains(x.id())).toList();
        Context ctx = fit.get((n * 5 + i * 3) % fit.size());
        out.add(new Sample(c.kind(), "plain", ctx.id(), ctx.render().apply(c, r), null));
      }
    }
    for (String d : documents(r)) {
      out.add(new Sample("neg:document", "plain", "document", d, null));
    }
    out.addAll(encoded(r));
    return out;
  }
}
