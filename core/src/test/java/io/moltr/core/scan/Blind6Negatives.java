package io.moltr.core.scan;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Hard negatives for the sixth blind corpus: values that sit where secrets sit, or look like
 * them, and are not secrets: documented examples, placeholders, references to a secret store,
 * hashes, ids, public keys and addresses, numbers that fail their checksum, benign encoded text.
 */
final class Blind6Negatives {

  /** {@code slotted}: a placeholder for a secret, so it may sit in a secret-only slot too. */
  record Neg(String kind, String name, String value, boolean slotted) {}

  /** A whole negative text that is not a (name, value) pair. */
  record Whole(String kind, String text) {}

  private final Random r;
  private final Blind6Credentials g;

  Blind6Negatives(Random r) {
    this.r = r;
    this.g = new Blind6Credentials(r);
  }

  private static Neg slot(String kind, String name, String value) {
    return new Neg(kind, name, value, true);
  }

  private static Neg id(String kind, String name, String value) {
    return new Neg(kind, name, value, false);
  }

  String uuid() {
    return g.hex(8) + "-" + g.hex(4) + "-4" + g.hex(3) + "-" + "89ab".charAt(r.nextInt(4)) + g.hex(3) + "-" + g.hex(12);
  }

  String badLuhn(String prefix, int len) {
    String ok = g.luhnNumber(prefix, len);
    int last = ok.charAt(len - 1) - '0';
    return ok.substring(0, len - 1) + (char) ('0' + (last + 1 + r.nextInt(8)) % 10);
  }

  String badIban() {
    String ok = Blind6Credentials.iban("DE", g.digits(18));
    int c = Integer.parseInt(ok.substring(2, 4));
    int bad = (c + 1 + r.nextInt(90)) % 97;
    if (bad < 2) {
      bad += 2;
    }
    return ok.substring(0, 2) + String.format("%02d", bad) + ok.substring(4);
  }

  String badBip39() {
    List<String> words = Blind6Credentials.bip39Words();
    while (true) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 12; i++) {
        sb.append(i == 0 ? "" : " ").append(words.get(r.nextInt(2048)));
      }
      if (!Blind6Credentials.mnemonicOk(sb.toString())) {
        return sb.toString();
      }
    }
  }

  String badWif() {
    String ok = g.wif(true);
    char last = ok.charAt(ok.length() - 1);
    char other = last == 'z' ? 'y' : 'z';
    return ok.substring(0, ok.length() - 1) + other;
  }

  String badGithub() {
    while (true) {
      String t = "ghp_" + g.alnum(36);
      if (!Blind6Credentials.githubChecksumOk(t)) {
        return t;
      }
    }
  }

  String btcAddress() {
    byte[] p = new byte[21];
    System.arraycopy(g.bytes(20), 0, p, 1, 20);
    return Blind6Credentials.base58check(p);
  }

  String bcrypt() {
    return "$2b$12$" + g.pick("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 53);
  }

  String argon2() {
    Base64.Encoder e = Base64.getEncoder().withoutPadding();
    return "$argon2id$v=19$m=65536,t=3,p=4$" + e.encodeToString(g.bytes(16)) + "$" + e.encodeToString(g.bytes(32));
  }

  String podName() {
    return "payments-api-" + g.pick("bcdfghjklmnpqrstvwxz2456789", 10) + "-" + g.pick("bcdfghjklmnpqrstvwxz2456789", 5);
  }

  String unsignedJwt() {
    return Blind6Credentials.b64url("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + Blind6Credentials.b64url(("{\"sub\":\"" + g.digits(6) + "\",\"role\":\"viewer\"}").getBytes(StandardCharsets.UTF_8)) + ".";
  }

  /** Values in (name, value) form. */
  List<Neg> values() {
    List<Neg> out = new ArrayList<>();
    // documented examples
    out.add(slot("doc-example-aws-id", "AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"));
    out.add(slot("doc-example-aws-secret", "AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
    out.add(slot("doc-example-slack-webhook", "SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"));
    out.add(slot("doc-example-jwt", "token", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"));
    out.add(id("doc-example-iban", "iban", "DE89 3704 0044 0532 0130 00"));
    out.add(id("doc-example-iban-gb", "iban", "GB82 WEST 1234 5698 7654 32"));
    out.add(id("doc-test-card-visa", "test_card", "4242 4242 4242 4242"));
    out.add(id("doc-test-card-visa2", "test_card", "4111111111111111"));
    // placeholders
    out.add(slot("placeholder-sk-x", "OPENAI_API_KEY", "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"));
    out.add(slot("placeholder-sk-proj-x", "OPENAI_API_KEY", "sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"));
    out.add(slot("placeholder-your-key", "API_KEY", "YOUR_API_KEY"));
    out.add(slot("placeholder-angle", "GITHUB_TOKEN", "<token>"));
    out.add(slot("placeholder-angle-2", "STRIPE_SECRET_KEY", "<your-stripe-secret-key>"));
    out.add(slot("placeholder-env-ref", "ANTHROPIC_API_KEY", "${ANTHROPIC_API_KEY}"));
    out.add(slot("placeholder-env-ref-2", "DB_PASSWORD", "$DB_PASSWORD"));
    out.add(slot("placeholder-gha-secret", "NPM_TOKEN", "${{ secrets.NPM_TOKEN }}"));
    out.add(slot("placeholder-helm", "apiKey", "{{ .Values.partner.apiKey }}"));
    out.add(slot("placeholder-python-fmt", "password", "%(DB_PASSWORD)s"));
    out.add(slot("placeholder-changeme", "DB_PASSWORD", "changeme"));
    out.add(slot("placeholder-replace", "API_TOKEN", "REPLACE_ME"));
    out.add(slot("placeholder-your-secret", "CLIENT_SECRET", "your-client-secret-here"));
    out.add(slot("placeholder-xoxb", "SLACK_BOT_TOKEN", "xoxb-your-bot-token"));
    out.add(slot("placeholder-ghp-x", "GITHUB_TOKEN", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"));
    out.add(slot("placeholder-hf-x", "HF_TOKEN", "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"));
    out.add(slot("placeholder-aiza-x", "GOOGLE_API_KEY", "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"));
    out.add(slot("placeholder-stripe-x", "STRIPE_SECRET_KEY", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"));
    out.add(slot("placeholder-redacted", "token", "[REDACTED]"));
    out.add(slot("placeholder-stars", "password", "********"));
    out.add(slot("placeholder-masked-tail", "OPENAI_API_KEY", "sk-...Xk2Q"));
    out.add(slot("placeholder-masked-aws", "aws_secret_access_key", "****************9QzE"));
    out.add(slot("placeholder-empty", "password", ""));
    out.add(slot("placeholder-dummy", "api_key", "dummy"));
    out.add(slot("placeholder-pg-url", "DATABASE_URL", "postgres://user:password@localhost:5432/mydb"));
    out.add(slot("placeholder-pg-url-env", "DATABASE_URL", "postgres://${DB_USER}:${DB_PASS}@db:5432/app"));
    out.add(slot("placeholder-mongo-url", "MONGODB_URI", "mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/"));
    out.add(slot("placeholder-redis-url", "REDIS_URL", "redis://:${REDIS_PASSWORD}@redis:6379/0"));
    out.add(slot("no-credential-url", "REDIS_URL", "redis://redis-master.cache.svc.cluster.local:6379/2"));
    out.add(slot("vault-ref", "DB_PASSWORD", "vault:secret/data/prod/db#password"));
    out.add(slot("aws-sm-ref", "DB_PASSWORD", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf"));
    out.add(slot("op-ref", "OPENAI_API_KEY", "op://Engineering/OpenAI/credential"));
    out.add(slot("password-file", "PASSWORD_FILE", "/run/secrets/db_password"));
    out.add(slot("sops-enc", "api_key", "ENC[AES256_GCM,data:,iv:,tag:,type:str]"));
    // settings named like secrets that are not secrets
    out.add(id("secret-name", "secret_name", "prod/payments/db-credentials"));
    out.add(id("token-type", "token_type", "Bearer"));
    out.add(id("token-url", "token_url", "https://oauth2.googleapis.com/token"));
    out.add(id("password-policy", "password_min_length", "12"));
    out.add(id("api-key-header", "api_key_header", "X-API-Key"));
    out.add(id("token-ttl", "token_ttl", "3600s"));
    // hashes and ids
    out.add(id("git-sha", "commit", g.hex(40)));
    out.add(id("sha256", "sha256sum", g.hex(64)));
    out.add(id("sha512", "checksum", "sha512:" + g.hex(128)));
    out.add(id("md5-etag", "etag", "\"" + g.hex(32) + "\""));
    out.add(id("token-hash", "token_sha256", g.hex(64)));
    out.add(id("bcrypt", "password_hash", bcrypt()));
    out.add(id("argon2", "password_hash", argon2()));
    out.add(id("sri", "integrity", "sha384-" + Base64.getEncoder().encodeToString(g.bytes(48))));
    out.add(id("npm-integrity", "integrity", "sha512-" + Base64.getEncoder().encodeToString(g.bytes(64))));
    out.add(id("docker-digest", "image", "ghcr.io/acme/api@sha256:" + g.hex(64)));
    out.add(id("uuid", "request_id", uuid()));
    out.add(id("uuid-tenant", "tenant_id", uuid()));
    out.add(id("trace-id", "trace_id", g.hex(32)));
    out.add(id("traceparent", "traceparent", "00-" + g.hex(32) + "-" + g.hex(16) + "-01"));
    out.add(id("pod-name", "pod", podName()));
    out.add(id("ec2-instance", "instance_id", "i-0" + g.hex(16)));
    out.add(id("aws-arn", "role_arn", "arn:aws:iam::" + g.digits(12) + ":role/github-actions-deploy"));
    out.add(id("eth-address", "wallet_address", "0x" + g.hex(40)));
    out.add(id("btc-address", "btc_address", btcAddress()));
    out.add(id("age-recipient", "age_recipient", Blind6Credentials.bech32("age", g.bytes(32))));
    out.add(id("stripe-publishable", "STRIPE_PUBLISHABLE_KEY", "pk_live_51" + g.alnum(97)));
    out.add(id("stripe-customer", "customer", "cus_" + g.alnum(14)));
    out.add(id("stripe-payment-intent", "payment_intent", "pi_3" + g.alnum(23)));
    out.add(id("sentry-dsn-public", "SENTRY_DSN", "https://" + g.hex(32) + "@o" + g.digits(6) + ".ingest.sentry.io/" + g.digits(7)));
    out.add(id("google-client-id", "GOOGLE_CLIENT_ID", g.digits(12) + "-" + g.pick("abcdefghijklmnopqrstuvwxyz0123456789", 32) + ".apps.googleusercontent.com"));
    out.add(id("github-app-client-id", "GITHUB_CLIENT_ID", "Iv1." + g.hex(16)));
    out.add(id("ulid", "event_id", "01J" + g.pick("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23)));
    out.add(id("k8s-uid", "uid", uuid()));
    out.add(id("request-id-prefixed", "x-request-id", "req_" + g.alnum(24)));
    out.add(id("unsigned-jwt", "id_token_hint", unsignedJwt()));
    // checksum failures
    out.add(id("card-bad-luhn", "order_number", badLuhn("4", 16)));
    out.add(id("card-bad-luhn-mc", "reference", badLuhn("53", 16)));
    out.add(id("tracking-ups", "tracking_number", "1Z" + g.pick(Blind6Credentials.UPPER_NUM, 16)));
    out.add(id("tracking-fedex", "tracking_number", g.digits(12)));
    out.add(id("iban-bad-checksum", "iban", badIban()));
    out.add(id("bip39-bad-checksum", "words", badBip39()));
    out.add(id("wif-bad-checksum", "key_id", badWif()));
    out.add(id("github-bad-checksum", "example_token", badGithub()));
    return out;
  }

  /** Whole texts: code reading secrets, public key material, benign blobs. */
  List<Whole> wholes() {
    List<Whole> out = new ArrayList<>();
    out.add(new Whole("code-env-python", "import os\n\nclient = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])\ndb_password = os.getenv(\"DB_PASSWORD\", \"\")\n"));
    out.add(new Whole("code-env-node", "const token = process.env.GITHUB_TOKEN;\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: '2024-06-20' });\n"));
    out.add(new Whole("code-env-java", "String password = System.getenv(\"DB_PASSWORD\");\nString apiKey = Objects.requireNonNull(System.getenv(\"PARTNER_API_KEY\"), \"PARTNER_API_KEY\");\n"));
    out.add(new Whole("code-env-go", "token := os.Getenv(\"SLACK_BOT_TOKEN\")\nif token == \"\" {\n\tlog.Fatal(\"SLACK_BOT_TOKEN is not set\")\n}\n"));
    out.add(new Whole("code-env-rust", "let api_key = std::env::var(\"ANTHROPIC_API_KEY\").expect(\"ANTHROPIC_API_KEY must be set\");\n"));
    out.add(new Whole("code-vault", "secret = client.secrets.kv.v2.read_secret_version(path=\"prod/db\")\npassword = secret[\"data\"][\"data\"][\"password\"]\n"));
    out.add(new Whole("code-aws-sm", "resp = boto3.client(\"secretsmanager\").get_secret_value(SecretId=\"prod/stripe\")\nstripe.api_key = json.loads(resp[\"SecretString\"])[\"secret_key\"]\n"));
    out.add(new Whole("k8s-secret-ref", "          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: payments-db\n                  key: password\n"));
    out.add(new Whole("gha-secret-ref", "      - name: Publish\n        run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n"));
    out.add(new Whole("aws-configure-list", "$ aws configure list\n      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n   profile                   deploy           manual    --profile\naccess_key     ****************Q7KD shared-credentials-file\nsecret_key     ****************m2Zp shared-credentials-file\n    region                eu-west-1      config-file    ~/.aws/config\n"));
    out.add(new Whole("gha-masked-log", "2026-11-29T09:12:44.1041022Z   NPM_TOKEN: ***\n2026-11-29T09:12:44.1041408Z   GITHUB_TOKEN: ***\n2026-11-29T09:12:46.5583012Z npm notice Publishing to https://registry.npmjs.org/\n"));
    out.add(new Whole("docker-login-stdin", "echo \"$CR_PAT\" | docker login ghcr.io -u acme-bot --password-stdin\nLogin Succeeded\n"));
    out.add(new Whole("chat-advice", "Never paste your API key into the chat. Put it in an environment variable instead:\n\n```bash\nexport OPENAI_API_KEY=\"sk-...\"\n```\n\nand read it with `os.environ[\"OPENAI_API_KEY\"]`."));
    out.add(new Whole("git-log", "commit " + g.hex(40) + "\nAuthor: Dana Ruiz <dana@example.com>\nDate:   Fri Nov 28 16:41:09 2026 +0100\n\n    Rotate the partner API key (old key revoked)\n\ncommit " + g.hex(40) + "\nMerge: " + g.hex(7) + " " + g.hex(7) + "\n"));
    out.add(new Whole("package-lock", "\"node_modules/lodash\": {\n  \"version\": \"4.17.21\",\n  \"resolved\": \"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\",\n  \"integrity\": \"sha512-" + Base64.getEncoder().encodeToString(g.bytes(64)) + "\"\n}\n"));
    out.add(new Whole("kubectl-pods", "NAME                              READY   STATUS    RESTARTS   AGE\n" + podName() + "   1/1     Running   0          3d4h\n" + podName() + "   1/1     Running   2          3d4h\n"));
    out.add(new Whole("docker-images", "REPOSITORY          TAG       DIGEST                                                                    IMAGE ID       SIZE\nghcr.io/acme/api    2.14.1    sha256:" + g.hex(64) + "   " + g.hex(12) + "   182MB\n"));
    out.add(new Whole("minified-js", "!function(e,t){\"object\"==typeof exports?module.exports=t():e.Qx=t()}(this,function(){var e=\"" + g.alnum(40) + "\",t=function(n){return n.replace(/[A-Z]/g,function(r){return\"-\"+r.toLowerCase()})};return{v:\"3.2.1\",k:e,t:t}});\n//# sourceMappingURL=app." + g.hex(8) + ".js.map\n"));
    out.add(new Whole("data-uri-png", "<img alt=\"logo\" src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png()) + "\">\n"));
    out.add(new Whole("ssh-ed25519-pub", "$ cat ~/.ssh/id_ed25519.pub\nssh-ed25519 " + Base64.getEncoder().encodeToString(Blind6Credentials.ed25519PublicBlob(g.ed25519()[0])) + " dana@laptop\n"));
    out.add(new Whole("ssh-rsa-pub", "# authorized_keys\nssh-rsa " + sshRsaPublic() + " deploy@ci\n"));
    out.add(new Whole("pem-public-key", "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(rsaPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n"));
    out.add(new Whole("pem-certificate", "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(fakeCertDer()) + "\n-----END CERTIFICATE-----\n"));
    out.add(new Whole("pgp-public", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pgpPublicBody()) + "\n-----END PGP PUBLIC KEY BLOCK-----\n"));
    out.add(new Whole("known-hosts", "github.com ssh-ed25519 " + Base64.getEncoder().encodeToString(Blind6Credentials.ed25519PublicBlob(g.ed25519()[0])) + "\n"));
    out.add(new Whole("prose-security", "To rotate a leaked token, revoke it in the provider's console first, then update the secret in your vault and redeploy. The password policy requires 14 characters."));
    out.add(new Whole("prose-seed-advice", "Write your 12-word recovery phrase on paper and never type it into a website. A wallet will never ask for it."));
    out.add(new Whole("word-list-prose", "abandon ability able about above absent absorb abstract absurd abuse access accident are the first twelve words of the BIP39 English list, in order."));
    out.add(new Whole("jwks", "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"" + g.hex(16) + "\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\"" + Blind6Credentials.b64url(rsaPublic().getModulus().toByteArray()) + "\",\"e\":\"AQAB\"}]}\n"));
    out.add(new Whole("csp-nonces", "Content-Security-Policy: script-src 'self' 'nonce-" + Base64.getEncoder().encodeToString(g.bytes(16)) + "' 'sha256-" + Base64.getEncoder().encodeToString(g.bytes(32)) + "'\n"));
    out.add(new Whole("go-sum", "github.com/google/uuid v1.6.0 h1:" + Base64.getEncoder().encodeToString(g.bytes(32)) + "\ngithub.com/google/uuid v1.6.0/go.mod h1:" + Base64.getEncoder().encodeToString(g.bytes(32)) + "\n"));
    out.add(new Whole("terraform-lock", "provider \"registry.terraform.io/hashicorp/aws\" {\n  version = \"5.80.0\"\n  hashes = [\n    \"h1:" + Base64.getEncoder().encodeToString(g.bytes(32)) + "\",\n    \"zh:" + g.hex(64) + "\",\n  ]\n}\n"));
    return out;
  }

  /** Benign texts to push through every encoding. */
  static final List<String> BENIGN_PAYLOADS =
      List.of(
          "Deploy finished in 42s; 3 pods restarted, 0 errors.",
          "{\"service\":\"ingest\",\"region\":\"eu-west-1\",\"batch\":500,\"debug\":false}",
          "The quick brown fox jumps over the lazy dog while the build runs.",
          "user=dana&theme=dark&lang=en-GB&tz=Europe/Berlin");

  byte[] png() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 32, 0, 0, 0, 32, 8, 6, 0, 0, 0});
    b.writeBytes(g.bytes(180));
    return b.toByteArray();
  }

  RSAPublicKey rsaPublic() {
    try {
      KeyPairGenerator kg = KeyPairGenerator.getInstance("RSA");
      SecureRandom sr = SecureRandom.getInstance("SHA1PRNG");
      sr.setSeed(r.nextLong());
      kg.initialize(2048, sr);
      return (RSAPublicKey) kg.generateKeyPair().getPublic();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  String sshRsaPublic() {
    RSAPublicKey k = rsaPublic();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] part : new byte[][] {"ssh-rsa".getBytes(StandardCharsets.US_ASCII), k.getPublicExponent().toByteArray(), k.getModulus().toByteArray()}) {
      b.write(part.length >>> 24);
      b.write(part.length >>> 16);
      b.write(part.length >>> 8);
      b.write(part.length);
      b.writeBytes(part);
    }
    return Base64.getEncoder().encodeToString(b.toByteArray());
  }

  byte[] fakeCertDer() {
    byte[] body = g.bytes(900);
    byte[] head = {0x30, (byte) 0x82, 0x03, (byte) 0x80, 0x30, (byte) 0x82, 0x02, 0x68, (byte) 0xa0, 0x03, 0x02, 0x01, 0x02};
    System.arraycopy(head, 0, body, 0, head.length);
    return body;
  }

  byte[] pgpPublicBody() {
    byte[] body = g.bytes(300);
    body[0] = (byte) 0x99;
    body[1] = 0x01;
    body[2] = 0x0d;
    body[3] = 0x04;
    return body;
  }
}
