package io.moltr.core.scan;

import static io.moltr.core.scan.Blind20Util.AN;
import static io.moltr.core.scan.Blind20Util.B32;
import static io.moltr.core.scan.Blind20Util.B58;
import static io.moltr.core.scan.Blind20Util.B64U;
import static io.moltr.core.scan.Blind20Util.DIG;
import static io.moltr.core.scan.Blind20Util.HEX;
import static io.moltr.core.scan.Blind20Util.LO;
import static io.moltr.core.scan.Blind20Util.UP;

import io.moltr.core.scan.Blind20Corpus.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * Hard negatives for blind20: what a busy agent writes that looks like a secret and is not.
 *
 * <p>Label decisions (issue 3, "Detection": "Do not flag what is not a secret: documented example
 * keys, placeholders, code that reads a secret from the environment, hashes, UUIDs, git SHAs,
 * integrity hashes, public addresses, data URIs of images"):
 *
 * <ul>
 *   <li>Password hashes (bcrypt, argon2, scrypt, sha512-crypt, Django pbkdf2) are hashes:
 *       NEGATIVE, as the brief says.
 *   <li>Masked keys (a prefix and the last four characters with the middle replaced by dots or
 *       stars) carry no usable secret: NEGATIVE.
 *   <li>A token-shaped string whose own checksum fails is still NOT used here: a scanner could
 *       reasonably flag it, so the fixtures are fake by construction (all-X, all-zero, words).
 *   <li>Public keys, certificates, public crypto addresses, transaction hashes: public by design:
 *       NEGATIVE. A WireGuard PublicKey line is public: NEGATIVE.
 *   <li>PKCE code challenges, OAuth state values, Google OAuth client ids: public in the flow:
 *       NEGATIVE.
 *   <li>DEBATABLE (reported, not counted): an unsigned JWT (alg none) - the issue counts "JWTs with
 *       a signature", but an unsigned token can still be accepted by a sloppy server; Stripe's
 *       documented test key sk_test_4eC39HqLyjWDarjtT1zdp7dc and random sk_test_ keys (documented
 *       example vs. a real test-mode credential); the jwt.io sample token (documented, but signed
 *       with a known secret); the Azurite well-known storage key (documented, public); Stripe's
 *       test card numbers (Luhn-valid, documented as fake); default dev credentials in a URL
 *       (postgres:postgres@localhost).
 * </ul>
 */
final class Blind20Negatives {
  private Blind20Negatives() {}

  interface Val {
    String v(Blind20Util u, int i);
  }

  interface Txt {
    String t(Blind20Util u, int i);
  }

  static final int PER = 20;

  // ---------------------------------------------------------------- placement contexts

  static final String[] CTX = {"chat-en", "chat-de", "chat-fr", "chat-es", "python", "js", "go", "java",
    "rust", "shell", "php", "csharp", "yaml", "toml", "json", "dotenv", "log-plain", "log-json",
    "ci-output", "docs-md", "diff", "terminal", "sql", "csv"};

  static String place(int c, String name, String v, String noun) {
    String lname = name.toLowerCase().replace('-', '_');
    switch (c % CTX.length) {
      case 0:
        return "Done. The " + noun + " is `" + v + "`, in case you need it for the ticket.";
      case 1:
        return "Fertig. Der Wert (" + noun + ") lautet `" + v + "` – falls du ihn fürs Ticket brauchst.";
      case 2:
        return "C'est fait. Valeur (" + noun + ") : `" + v + "`, si besoin pour le ticket.";
      case 3:
        return "Hecho. El valor (" + noun + ") es `" + v + "`, por si lo necesitas para el ticket.";
      case 4:
        return "# " + noun + "\n" + lname + " = \"" + v + "\"\nprint(" + lname + ")";
      case 5:
        return "// " + noun + "\nconst " + Blind20Corpus.camel(lname) + " = \"" + v + "\";\nconsole.log(" + Blind20Corpus.camel(lname) + ");";
      case 6:
        return "// " + noun + "\n" + Blind20Corpus.camel(lname) + " := \"" + v + "\"\nfmt.Println(" + Blind20Corpus.camel(lname) + ")";
      case 7:
        return "// " + noun + "\nString " + Blind20Corpus.camel(lname) + " = \"" + v + "\";";
      case 8:
        return "// " + noun + "\nlet " + lname + " = \"" + v + "\";";
      case 9:
        return "# " + noun + "\n" + lname.toUpperCase() + "=\"" + v + "\"\necho \"$" + lname.toUpperCase() + "\"";
      case 10:
        return "<?php\n// " + noun + "\n$" + Blind20Corpus.camel(lname) + " = '" + v + "';";
      case 11:
        return "// " + noun + "\nvar " + Blind20Corpus.camel(lname) + " = \"" + v + "\";";
      case 12:
        return "# " + noun + "\nbuild:\n  " + lname + ": \"" + v + "\"";
      case 13:
        return "# " + noun + "\n[meta]\n" + lname + " = \"" + v + "\"";
      case 14:
        return "{\n  \"" + Blind20Corpus.camel(lname) + "\": \"" + v + "\",\n  \"note\": \"" + noun + "\"\n}";
      case 15:
        return "# " + noun + "\n" + lname.toUpperCase() + "=" + v;
      case 16:
        return "2026-11-30 22:41:07,512 INFO [worker-3] " + noun + " " + lname + "=" + v;
      case 17:
        return "{\"level\":\"info\",\"ts\":1764542467.512,\"msg\":\"" + noun + "\",\"" + lname + "\":\"" + v + "\"}";
      case 18:
        return "##[group]Run ./scripts/release.sh\n" + noun + ": " + v + "\n##[endgroup]";
      case 19:
        return "| Field | Example | Notes |\n|---|---|---|\n| `" + lname + "` | `" + v + "` | " + noun + " |";
      case 20:
        return "--- a/build.yaml\n+++ b/build.yaml\n@@ -3 +3 @@\n-  " + lname + ": old\n+  " + lname + ": " + v;
      case 21:
        return "$ ./tool show " + lname + "\n" + lname + ": " + v + "\n$ ";
      case 22:
        return "-- " + noun + "\nSELECT * FROM records WHERE " + lname + " = '" + v + "';";
      default:
        return "id," + lname + ",note\n1," + v + "," + noun.replace(',', ' ') + "\n";
    }
  }

  // ---------------------------------------------------------------- helpers

  static String nonLuhn(Blind20Util u, String prefix, int len) {
    while (true) {
      String s = prefix + u.s(DIG, len - prefix.length());
      if (!Blind20Util.luhn(s)) {
        return s;
      }
    }
  }

  static String uuid4(Blind20Util u) {
    String h = u.s(HEX, 32);
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-"
        + "89ab".charAt(u.r.nextInt(4)) + h.substring(17, 20) + "-" + h.substring(20);
  }

  static String uuid7(Blind20Util u) {
    String h = "019" + u.s(HEX, 29);
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-7" + h.substring(13, 16) + "-"
        + "89ab".charAt(u.r.nextInt(4)) + h.substring(17, 20) + "-" + h.substring(20);
  }

  static final String CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  static String b64(Blind20Util u, int n) {
    return Blind20Util.b64(u.bytes(n));
  }

  static String sha(String alg, Blind20Util u) {
    return Blind20Util.hex(Blind20Util.digest(alg, u.bytes(16)));
  }

  static String sri(String alg, Blind20Util u) {
    return Blind20Util.b64(Blind20Util.digest(alg, u.bytes(16)));
  }

  static String word(Blind20Util u) {
    return u.pick(new String[] {"billing", "checkout", "ledger", "search", "gateway", "reports", "auth",
      "inventory", "mailer", "scheduler"});
  }

  // ---------------------------------------------------------------- generators

  record Gen(String name, String label, Txt t, int ctxBase) {}

  static final List<Gen> GENS = new ArrayList<>();

  static void val(String name, String field, String noun, Val v) {
    int idx = GENS.size();
    GENS.add(new Gen(name, "NEGATIVE", (u, i) -> place(i * 5 + idx, field, v.v(u, i), noun), idx));
  }

  static void txt(String name, Txt t) {
    GENS.add(new Gen(name, "NEGATIVE", t, -1));
  }

  static void debatable(String name, Txt t) {
    GENS.add(new Gen(name, "DEBATABLE", t, -1));
  }

  static <T> T at(T[] xs, int i) {
    return xs[i % xs.length];
  }

  static {
    // ---- documented example keys as providers print them
    val("aws-example-akid", "AWS_ACCESS_KEY_ID", "AWS documentation example access key id",
        (u, i) -> "AKIAIOSFODNN7EXAMPLE");
    val("aws-example-secret", "AWS_SECRET_ACCESS_KEY", "example secret key from the AWS docs",
        (u, i) -> "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    txt("aws-example-credentials-file", (u, i) -> at(new String[] {
      "From the AWS CLI guide, the credentials file looks like this (these are AWS's own example values):\n\n```ini\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```",
      "$ aws configure\nAWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nDefault region name [None]: us-west-2\nDefault output format [None]: json",
      "Laut AWS-Doku sieht die Datei so aus (Beispielwerte von AWS):\naws_access_key_id=AKIAIOSFODNN7EXAMPLE\naws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      "export AWS_ACCESS_KEY_ID=AKIAI44QH8DHBEXAMPLE\nexport AWS_SECRET_ACCESS_KEY=je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY  # example values from the docs",
    }, i));
    val("slack-docs-example", "SLACK_BOT_TOKEN", "Slack's docs sample token",
        (u, i) -> at(new String[] {"xoxb-not-a-real-token-this-will-not-work", "xoxp-your-user-token-here"}, i));
    val("twilio-docs-placeholder", "TWILIO_ACCOUNT_SID", "Twilio docs placeholder",
        (u, i) -> at(new String[] {"ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}, i));

    // ---- placeholders in every style
    val("placeholder-x", "OPENAI_API_KEY", "placeholder to replace before running",
        (u, i) -> at(new String[] {"sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sk-proj-XXXXXXXXXXXXXXXXXXXXXXXX",
          "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "AKIAXXXXXXXXXXXXXXXX", "xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX",
          "glpat-xxxxxxxxxxxxxxxxxxxx", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}, i));
    val("placeholder-your", "API_KEY", "placeholder",
        (u, i) -> at(new String[] {"YOUR_API_KEY", "your-api-key-here", "YOUR_OPENAI_API_KEY_HERE", "REPLACE_ME",
          "insert-your-token", "CHANGE_ME", "your_secret_here", "<YOUR_KEY>", "paste-key-here"}, i));
    val("placeholder-angle", "GITHUB_TOKEN", "placeholder in angle brackets",
        (u, i) -> at(new String[] {"<token>", "<your-github-token>", "<API_KEY>", "<redacted>", "<secret>", "<PASTE_TOKEN_HERE>"}, i));
    val("placeholder-env-ref", "DATABASE_PASSWORD", "reference resolved at deploy time",
        (u, i) -> at(new String[] {"${DATABASE_PASSWORD}", "$DB_PASSWORD", "${env:DB_PASSWORD}", "%DB_PASSWORD%",
          "${{ secrets.DB_PASSWORD }}", "$(cat /run/secrets/db_password)", "${DB_PASSWORD:?missing}"}, i));
    val("placeholder-template", "api_key", "template slot",
        (u, i) -> at(new String[] {"{{ secrets.API_KEY }}", "{{ .Values.apiKey }}", "%(api_key)s", "{api_key}",
          "{{api_token}}", "<%= ENV['API_KEY'] %>", "#{API_KEY}", "@@API_KEY@@"}, i));
    val("placeholder-stars", "password", "masked in the UI",
        (u, i) -> at(new String[] {"********", "****", "••••••••", "[REDACTED]", "[hidden]", "xxxxxxxx", "************"}, i));
    val("fixture-fake", "api_token", "test fixture value",
        (u, i) -> at(new String[] {"test-token", "dummy-api-key-for-tests", "fake_secret_do_not_use", "not-a-real-key",
          "sk-test-FAKE-FAKE-FAKE", "token123", "secret-for-unit-tests", "example-password"}, i));
    val("fixture-zeros", "STRIPE_SECRET_KEY", "all-zero fixture",
        (u, i) -> at(new String[] {"sk_live_000000000000000000000000", "ghp_000000000000000000000000000000000000",
          "AKIA0000000000000000", "sk-ant-api03-00000000000000000000", "xoxb-0000-0000-000000000000"}, i));

    // ---- env / vault reads
    txt("env-read-code", (u, i) -> at(new String[] {
      "import os\n\napi_key = os.environ[\"OPENAI_API_KEY\"]\nclient = OpenAI(api_key=api_key)",
      "const apiKey = process.env.ANTHROPIC_API_KEY;\nif (!apiKey) throw new Error('ANTHROPIC_API_KEY is not set');",
      "token := os.Getenv(\"GITHUB_TOKEN\")\nif token == \"\" {\n\tlog.Fatal(\"GITHUB_TOKEN missing\")\n}",
      "String secret = System.getenv(\"STRIPE_SECRET_KEY\");\nObjects.requireNonNull(secret, \"STRIPE_SECRET_KEY\");",
      "let token = std::env::var(\"SLACK_BOT_TOKEN\").expect(\"SLACK_BOT_TOKEN must be set\");",
      "curl -H \"Authorization: Bearer $OPENAI_API_KEY\" https://api.openai.com/v1/models",
      "$password = getenv('DB_PASSWORD');\n$pdo = new PDO($dsn, 'app', $password);",
      "var key = Environment.GetEnvironmentVariable(\"AZURE_STORAGE_KEY\");",
      "Ich habe den Code so geändert, dass der Schlüssel aus der Umgebung kommt: `api_key = os.getenv(\"MISTRAL_API_KEY\")`.",
      "J'ai remplacé la clé en dur par `process.env.STRIPE_SECRET_KEY` ; pensez à la définir dans Vercel.",
      "password: ENV.fetch('DATABASE_PASSWORD')",
      "He cambiado el código para leer la clave con `os.environ.get(\"GROQ_API_KEY\")` en lugar de dejarla escrita.",
    }, i));
    txt("vault-read", (u, i) -> at(new String[] {
      "$ vault kv get -field=password secret/prod/db",
      "aws secretsmanager get-secret-value --secret-id prod/billing/stripe --query SecretString --output text",
      "secret = client.access_secret_version(name=\"projects/acme/secrets/openai-key/versions/latest\")",
      "gcloud secrets versions access latest --secret=github-token > /dev/null",
      "kubectl get secret db-creds -o jsonpath='{.data.password}' | wc -c",
      "az keyvault secret show --vault-name acme-kv --name sendgrid-key --query id",
      "token, err := vaultClient.KVv2(\"secret\").Get(ctx, \"ci/npm\")",
      "SecretString value = secretsClient.getSecretValue(r -> r.secretId(\"prod/db\")).secretString();",
      "doppler secrets get STRIPE_KEY --plain --project api --config prd   # prints the value; not run here",
      "sops -d secrets.enc.yaml | yq '.db.password' # decrypt locally, never commit the output",
    }, i));
    txt("ci-secret-refs", (u, i) -> at(new String[] {
      "- name: Publish\n  run: npm publish\n  env:\n    NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}",
      "deploy:\n  script:\n    - docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY",
      "- uses: aws-actions/configure-aws-credentials@v4\n  with:\n    role-to-assume: arn:aws:iam::123456789012:role/deploy\n    aws-region: eu-central-1",
      "environment:\n  TWINE_PASSWORD: ${{ secrets.PYPI_API_TOKEN }}\n  TWINE_USERNAME: __token__",
      "steps:\n  - run: echo \"${{ secrets.SLACK_WEBHOOK_URL }}\" | wc -c",
      "withCredentials([string(credentialsId: 'sonar-token', variable: 'SONAR_TOKEN')]) {\n  sh './gradlew sonar'\n}",
    }, i));
    txt("k8s-secret-ref", (u, i) -> "env:\n  - name: " + at(new String[] {"DB_PASSWORD", "API_KEY", "REDIS_PASSWORD", "JWT_SECRET"}, i)
        + "\n    valueFrom:\n      secretKeyRef:\n        name: " + word(u) + "-secrets\n        key: " + at(new String[] {"password", "api-key", "token"}, i));
    txt("k8s-secret-placeholder", (u, i) -> "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + word(u)
        + "-creds\ntype: Opaque\nstringData:\n  password: " + at(new String[] {"\"${DB_PASSWORD}\"", "<set-me>", "REPLACE_ME",
          "\"\"", "{{ .Values.db.password }}"}, i) + "\n");

    // ---- hashes
    val("md5", "md5", "MD5 of the tarball", (u, i) -> sha("MD5", u));
    val("sha1", "sha1", "SHA-1 of the artifact", (u, i) -> sha("SHA-1", u));
    val("sha256", "sha256", "SHA-256 checksum", (u, i) -> sha("SHA-256", u));
    val("sha512", "sha512", "SHA-512 checksum", (u, i) -> sha("SHA-512", u));
    val("bcrypt", "password_hash", "bcrypt hash stored in the users table",
        (u, i) -> "$2" + at(new String[] {"b", "a", "y"}, i) + "$" + at(new String[] {"10", "12", "14"}, i) + "$"
            + u.s("./" + AN, 53));
    val("argon2", "password_hash", "argon2id hash",
        (u, i) -> "$argon2id$v=19$m=65536,t=3,p=4$" + Blind20Util.b64u(u.bytes(16)) + "$" + Blind20Util.b64u(u.bytes(32)));
    val("scrypt", "password_hash", "scrypt hash",
        (u, i) -> "$scrypt$ln=16,r=8,p=1$" + Blind20Util.b64u(u.bytes(16)) + "$" + Blind20Util.b64u(u.bytes(32)));
    val("sha512crypt", "shadow_entry", "sha512-crypt hash",
        (u, i) -> "$6$" + u.s("./" + AN, 16) + "$" + u.s("./" + AN, 86));
    val("pbkdf2-django", "password", "Django password hash (pbkdf2)",
        (u, i) -> "pbkdf2_sha256$870000$" + u.s(AN, 22) + "$" + b64(u, 32));
    txt("sha256sum-output", (u, i) -> "$ sha256sum dist/*\n" + sha("SHA-256", u) + "  dist/" + word(u) + "-1." + i + ".0.tar.gz\n"
        + sha("SHA-256", u) + "  dist/" + word(u) + "-1." + i + ".0-py3-none-any.whl");
    val("webhook-signature", "X-Hub-Signature-256", "signature header of the delivery (HMAC output, not the secret)",
        (u, i) -> "sha256=" + sha("SHA-256", u));
    val("sha3-blake", "checksum", "BLAKE2b/SHA3 digest", (u, i) -> (i % 2 == 0 ? "blake2b:" : "sha3-256:") + sha("SHA-256", u));

    // ---- ids
    val("uuid4", "request_id", "request id", (u, i) -> uuid4(u));
    val("uuid7", "event_id", "event id (UUIDv7)", (u, i) -> uuid7(u));
    val("ulid", "order_id", "ULID of the order", (u, i) -> "01J" + u.s(CROCK, 23));
    val("ksuid", "job_id", "KSUID of the job", (u, i) -> "2" + u.s(AN, 26));
    val("git-sha", "commit", "commit", (u, i) -> u.s(HEX, 40));
    val("git-short-sha", "rev", "short commit", (u, i) -> u.s(HEX, 7 + i % 5));
    txt("commit-in-prose", (u, i) -> at(new String[] {
      "The token leak you reported is fixed in commit %s; the key was rotated the same day.",
      "Der Fehler beim Token-Refresh ist mit Commit %s behoben.",
      "Le correctif pour l'expiration du jeton est dans le commit %s.",
      "El problema del token está corregido en el commit %s (rama main).",
      "See %s for the change that moved the API key to the vault.",
      "Reverted %s (\"hardcode secret for demo\") - no secret was ever pushed, the value was a placeholder.",
    }, i).replace("%s", u.s(HEX, i % 2 == 0 ? 40 : 9)));
    val("sri-integrity", "integrity", "Subresource Integrity hash",
        (u, i) -> (i % 2 == 0 ? "sha384-" + sri("SHA-384", u) : "sha512-" + sri("SHA-512", u)));
    txt("npm-lock", (u, i) -> "    \"node_modules/" + at(new String[] {"lodash", "react", "zod", "axios", "chalk"}, i) + "\": {\n"
        + "      \"version\": \"4." + i + ".2\",\n      \"resolved\": \"https://registry.npmjs.org/x/-/x-4." + i + ".2.tgz\",\n"
        + "      \"integrity\": \"sha512-" + sri("SHA-512", u) + "\"\n    }");
    txt("yarn-lock", (u, i) -> "\"" + word(u) + "@^2." + i + ".0\":\n  version \"2." + i + ".3\"\n  resolved \"https://registry.yarnpkg.com/x/-/x-2."
        + i + ".3.tgz#" + sha("SHA-1", u) + "\"\n  integrity sha512-" + sri("SHA-512", u));
    txt("pip-hashes", (u, i) -> "requests==2.32." + i + " \\\n    --hash=sha256:" + sha("SHA-256", u) + " \\\n    --hash=sha256:" + sha("SHA-256", u));
    val("docker-digest", "image", "pinned image digest",
        (u, i) -> at(new String[] {"nginx", "postgres", "ghcr.io/acme/api", "python"}, i) + "@sha256:" + sha("SHA-256", u));
    txt("go-sum", (u, i) -> "github.com/" + word(u) + "/lib v1." + i + ".0 h1:" + sri("SHA-256", u) + "\ngithub.com/" + word(u)
        + "/lib v1." + i + ".0/go.mod h1:" + sri("SHA-256", u));
    txt("cargo-lock", (u, i) -> "[[package]]\nname = \"" + word(u) + "\"\nversion = \"0." + i + ".1\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"" + sha("SHA-256", u) + "\"");
    val("request-id-header", "X-Request-Id", "request id from the response headers",
        (u, i) -> at(new String[] {"req_" + u.s(AN, 24), u.s(HEX, 32), "Root=1-" + u.s(HEX, 8) + "-" + u.s(HEX, 24)}, i));
    val("traceparent", "traceparent", "W3C trace context", (u, i) -> "00-" + u.s(HEX, 32) + "-" + u.s(HEX, 16) + "-01");
    val("span-id", "span_id", "span id", (u, i) -> u.s(HEX, 16));
    val("s3-object-key", "object_key", "S3 object key",
        (u, i) -> "uploads/2026/11/" + u.s(HEX, 32) + "/" + at(new String[] {"invoice.pdf", "avatar.png", "export.csv"}, i));
    val("css-module-hash", "className", "generated CSS class",
        (u, i) -> at(new String[] {"css-" + u.s(LO + DIG, 7), "Button_primary__" + u.s(AN + "_-", 5), "sc-" + u.s(AN, 6) + " " + u.s(AN, 6)}, i));
    val("webpack-chunk", "chunk", "built chunk file name",
        (u, i) -> at(new String[] {"main." + u.s(HEX, 8) + ".js", u.digits(3) + "." + u.s(HEX, 20) + ".chunk.js",
          "static/css/app." + u.s(HEX, 8) + ".css", "_next/static/chunks/pages/index-" + u.s(HEX, 16) + ".js"}, i));
    txt("terraform-state", (u, i) -> "{\n  \"version\": 4,\n  \"terraform_version\": \"1.9." + i + "\",\n  \"serial\": " + (40 + i)
        + ",\n  \"lineage\": \"" + uuid4(u) + "\",\n  \"outputs\": {}\n}");
    txt("k8s-uid", (u, i) -> "metadata:\n  name: " + word(u) + "-" + u.s(LO + DIG, 10) + "-" + u.s(LO + DIG, 5)
        + "\n  namespace: prod\n  uid: " + uuid4(u) + "\n  resourceVersion: \"" + u.digits(8) + "\"\n  generation: " + (i + 1));
    val("aws-resource-id", "instance", "AWS resource id",
        (u, i) -> at(new String[] {"i-0" + u.s(HEX, 16), "vpc-0" + u.s(HEX, 16), "sg-0" + u.s(HEX, 16), "ami-0" + u.s(HEX, 16),
          "arn:aws:iam::" + u.s(DIG, 12) + ":role/" + word(u)}, i));
    val("stripe-object-id", "customer", "Stripe object id",
        (u, i) -> at(new String[] {"cus_", "ch_3", "evt_1", "price_1", "prod_", "in_1"}, i) + u.s(AN, 14 + i % 10));
    val("mongo-objectid", "_id", "ObjectId", (u, i) -> u.s(HEX, 24));
    val("snowflake-id", "message_id", "Discord message id", (u, i) -> nonLuhn(u, "1", 18 + i % 2));
    val("ci-run-id", "run_id", "CI run id", (u, i) -> u.digits(10) + (i % 2 == 0 ? "" : "-" + (i % 5 + 1)));
    val("cloudfront-id", "X-Amz-Cf-Id", "CloudFront request id",
        (u, i) -> u.s(AN + "_-", 54) + "==");
    val("etag", "ETag", "ETag of the object", (u, i) -> "\"" + (i % 2 == 0 ? "W/" : "") + u.s(HEX, 32) + "\"");
    val("sentry-event-id", "sentry_event", "Sentry event id of the crash", (u, i) -> u.s(HEX, 32));
    val("correlation-id", "correlation_id", "correlation id",
        (u, i) -> at(new String[] {"corr-", "c-", "op_"}, i) + Blind20Util.b64u(u.bytes(18)));
    val("nix-store-path", "path", "Nix store path",
        (u, i) -> "/nix/store/" + u.s("0123456789abcdfghijklmnpqrsvwxyz", 32) + "-" + word(u) + "-1." + i);
    val("ipfs-cid", "cid", "IPFS content id",
        (u, i) -> i % 2 == 0 ? "Qm" + u.s(B58, 44) : "bafybei" + u.s("abcdefghijklmnopqrstuvwxyz234567", 52));
    txt("git-lfs-pointer", (u, i) -> "version https://git-lfs.github.com/spec/v1\noid sha256:" + sha("SHA-256", u) + "\nsize " + u.digits(7));
    txt("git-log-output", (u, i) -> "$ git log --oneline -4\n" + u.s(HEX, 7) + " Rotate API key reference to vault\n" + u.s(HEX, 7)
        + " Remove hardcoded token (was placeholder)\n" + u.s(HEX, 7) + " Bump deps\n" + u.s(HEX, 7) + " Add secret scanning to CI");
    val("gpg-fingerprint", "fingerprint", "GPG key fingerprint",
        (u, i) -> u.s(HEX.toUpperCase(), 40).replaceAll("(.{4})(?!$)", "$1 "));
    val("ssh-fingerprint", "fingerprint", "SSH host key fingerprint",
        (u, i) -> "SHA256:" + Blind20Util.b64(Blind20Util.digest("SHA-256", u.bytes(8))).replace("=", ""));
    val("version-string", "version", "version",
        (u, i) -> "2." + i + ".0-rc." + (i % 3) + "+build." + u.s(HEX, 7) + "." + u.digits(8));
    val("epoch-ms", "timestamp", "timestamp in ms", (u, i) -> nonLuhn(u, "176", 13));

    // ---- public crypto material
    val("btc-address", "address", "Bitcoin deposit address (public)",
        (u, i) -> i % 3 == 0 ? u.btcLegacyAddress() : i % 3 == 1 ? u.btcP2shAddress() : "bc1q" + u.s("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38));
    val("eth-address", "wallet", "Ethereum address (public)", (u, i) -> "0x" + u.s(HEX, 40));
    val("eth-tx-hash", "tx_hash", "transaction hash", (u, i) -> "0x" + u.s(HEX, 64));
    txt("ssh-public-key", (u, i) -> {
      byte[] name = Blind20Util.utf8("ssh-ed25519");
      byte[] blob = new byte[4 + name.length + 4 + 32];
      blob[3] = (byte) name.length;
      System.arraycopy(name, 0, blob, 4, name.length);
      blob[4 + name.length + 3] = 32;
      System.arraycopy(u.bytes(32), 0, blob, 4 + name.length + 4, 32);
      String key = "ssh-ed25519 " + Blind20Util.b64(blob) + " " + at(new String[] {"deploy@ci", "dana@laptop", "github-actions"}, i);
      return at(new String[] {"Add this public key to `~/.ssh/authorized_keys` on the server:\n\n" + key,
        "$ cat ~/.ssh/id_ed25519.pub\n" + key, "users:\n  - name: deploy\n    ssh_authorized_keys:\n      - " + key,
        "Füge diesen öffentlichen Schlüssel in GitHub unter Settings → SSH keys ein:\n" + key}, i);
    });
    txt("ssh-rsa-public-key", (u, i) -> "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + u.s(AN + "+/", 500) + "= " + word(u) + "@build");
    txt("pem-public-key", (u, i) -> (i % 2 == 0 ? "Here's the public key to verify webhook signatures:\n\n" : "$ openssl rsa -in key.pem -pubout\n")
        + Blind20Secrets.pem("PUBLIC KEY", concat(new byte[] {0x30, (byte) 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48,
          (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00}, u.bytes(275))));
    txt("certificate", (u, i) -> (i % 2 == 0 ? "The CA bundle to pin is:\n" : "$ openssl s_client -showcerts -connect api.example.com:443 </dev/null\n")
        + Blind20Secrets.pem("CERTIFICATE", concat(new byte[] {0x30, (byte) 0x82, 0x03, (byte) 0x8f, 0x30, (byte) 0x82}, u.bytes(600))));
    txt("pgp-public-key", (u, i) -> "Import my signing key:\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + Blind20Util.wrap(b64(u, 260), 64)
        + "\n=" + b64(u, 3) + "\n-----END PGP PUBLIC KEY BLOCK-----");
    val("age-public-key", "recipient", "age recipient (public key)", (u, i) -> "age1" + u.s("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58));
    txt("wireguard-public", (u, i) -> "[Peer]\nPublicKey = " + b64(u, 32) + "\nAllowedIPs = 10.8.0." + (i + 2) + "/32\nEndpoint = vpn.example.com:51820");
    txt("known-hosts", (u, i) -> "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + u.s(AN + "+/", 43) + "\n" + word(u)
        + ".internal ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB" + u.s(AN + "+/", 120) + "=");
    txt("jwks", (u, i) -> "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"kid\":\"" + u.s(HEX, 16) + "\",\"alg\":\"RS256\",\"e\":\"AQAB\",\"n\":\""
        + Blind20Util.b64u(u.bytes(256)) + "\"}]}");

    // ---- data
    txt("image-data-uri", (u, i) -> {
      String[] mime = {"image/png", "image/jpeg", "image/gif", "image/webp"};
      byte[][] head = {{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}, {'G', 'I', 'F', '8', '9', 'a'}, {'R', 'I', 'F', 'F'}};
      int k = i % 4;
      String uri = "data:" + mime[k] + ";base64," + Blind20Util.b64(concat(head[k], u.bytes(120 + i * 7)));
      return at(new String[] {"<img alt=\"logo\" src=\"" + uri + "\">", ".icon { background-image: url(\"" + uri + "\"); }",
        "![chart](" + uri + ")", "{\"avatar\":\"" + uri + "\"}"}, i);
    });
    txt("svg-data-uri", (u, i) -> "background: url(\"data:image/svg+xml;base64," + Blind20Util.b64(Blind20Util.utf8(
        "<svg xmlns='http://www.w3.org/2000/svg' width='" + (16 + i) + "' height='16'><path d='M0 0h" + i + "v8z'/></svg>")) + "\");");
    txt("font-data-uri", (u, i) -> "@font-face { font-family: Inter; src: url(data:font/woff2;base64," + b64(u, 180) + ") format('woff2'); }");
    txt("base64-harmless-text", (u, i) -> {
      String[] plain = {"Build finished without errors.", "Hello from the staging cluster!", "Deploy window: Tuesday 14:00-16:00 UTC",
        "Die Migration ist abgeschlossen.", "{\"ok\":true,\"items\":3}", "user=alice;role=viewer;theme=dark"};
      String b = Blind20Util.b64(Blind20Util.utf8(at(plain, i)));
      return at(new String[] {"The field `msg` is just base64: " + b + " (decodes to a status line).", "payload: " + b,
        "echo " + b + " | base64 -d", "Der Header `X-Info` enthält base64: " + b}, i);
    });
    txt("base64-harmless-json", (u, i) -> "const cfg = JSON.parse(atob(\"" + Blind20Util.b64(Blind20Util.utf8(
        "{\"theme\":\"dark\",\"pageSize\":" + (10 + i) + ",\"locale\":\"de-DE\",\"features\":[\"beta\",\"charts\"]}")) + "\"));");
    txt("xxd-dump", (u, i) -> {
      StringBuilder b = new StringBuilder("$ xxd -l 64 firmware.bin\n");
      for (int l = 0; l < 4; l++) {
        b.append(String.format("%08x: ", l * 16));
        for (int g = 0; g < 8; g++) {
          b.append(u.s(HEX, 4)).append(' ');
        }
        b.append(" ").append(u.s(LO + ".", 16)).append('\n');
      }
      return b.toString();
    });
    val("long-hex-checksum", "firmware_crc", "checksum of the firmware image", (u, i) -> u.s(HEX.toUpperCase(), 64));
    val("percent-encoded-query", "next", "redirect target",
        (u, i) -> "https%3A%2F%2Fapp.example.com%2Fdashboard%3Ftab%3Dbilling%26page%3D" + i);
    val("hex-color-palette", "palette", "brand palette",
        (u, i) -> "#" + u.s(HEX, 6) + ",#" + u.s(HEX, 6) + ",#" + u.s(HEX, 6));

    // ---- policy, fields, validators, docs
    txt("password-policy", (u, i) -> at(new String[] {
      "Passwords must be at least 12 characters long and contain an uppercase letter, a digit and a symbol.",
      "Passwörter müssen mindestens 12 Zeichen lang sein und dürfen nicht den Benutzernamen enthalten.",
      "Le mot de passe doit contenir au moins 12 caractères, dont un chiffre et un caractère spécial.",
      "La contraseña debe tener al menos 12 caracteres y no puede repetir las últimas 5 contraseñas.",
      "Password policy: min length 14, max age 90 days, history 24, lockout after 5 failed attempts.",
      "password_policy:\n  min_length: 12\n  require_symbols: true\n  max_age_days: 90",
      "We rotate API keys every 90 days; tokens older than that are rejected by the gateway.",
      "Secrets must never be committed. Store the API key in the vault and reference it by name.",
    }, i));
    txt("password-fields", (u, i) -> at(new String[] {
      "<label for=\"password\">Password</label>\n<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" required>",
      "interface LoginForm {\n  username: string;\n  password: string;\n  apiKey?: string;\n}",
      "CREATE TABLE users (\n  id BIGSERIAL PRIMARY KEY,\n  email TEXT NOT NULL,\n  password_hash VARCHAR(60) NOT NULL\n);",
      "class Credentials(BaseModel):\n    client_id: str\n    client_secret: SecretStr\n    token_url: HttpUrl",
      "| Parameter | Type | Description |\n|---|---|---|\n| `api_key` | string | Your API key (required) |\n| `secret` | string | Signing secret |",
      "password:\n  type: string\n  format: password\n  minLength: 12\n  writeOnly: true",
      "@Column(name = \"api_token\", nullable = false)\nprivate String apiToken;",
    }, i));
    txt("validators", (u, i) -> at(new String[] {
      "if len(password) < 12:\n    raise ValueError(\"password too short\")",
      "const schema = z.object({ password: z.string().min(12).regex(/[A-Z]/).regex(/[0-9]/) });",
      "if !strings.HasPrefix(token, \"ghp_\") || len(token) != 40 {\n\treturn errors.New(\"not a classic GitHub token\")\n}",
      "@Size(min = 12, max = 128)\n@Pattern(regexp = \".*\\\\d.*\")\nprivate String password;",
      "validates :password, length: { minimum: 12 }, confirmation: true",
      "if (!apiKey.startsWith('sk-')) throw new Error('API keys start with sk-');",
    }, i));
    txt("key-format-docs", (u, i) -> at(new String[] {
      "GitHub classic tokens start with `ghp_` followed by 36 base62 characters, the last 6 of which are a CRC32 checksum.",
      "AWS access key ids are 20 characters starting with AKIA (long-term) or ASIA (temporary).",
      "OpenAI project keys begin with `sk-proj-`; Anthropic keys begin with `sk-ant-api03-`.",
      "Slack bot tokens look like `xoxb-` + workspace id + `-` + bot id + `-` + 24 random characters.",
      "Stripe secret keys are `sk_live_...` in live mode and `sk_test_...` in test mode; never ship either to the browser.",
      "GitLab personal access tokens have the prefix `glpat-` (configurable on self-managed instances).",
      "Die Schlüssel von Hugging Face beginnen mit `hf_`, die von Groq mit `gsk_`.",
      "Les jetons npm commencent par `npm_` et contiennent une somme de contrôle CRC32.",
    }, i));
    txt("key-regexes", (u, i) -> at(new String[] {
      "AWS_KEY_RE = re.compile(r\"\\b(AKIA|ASIA)[A-Z2-7]{16}\\b\")",
      "const GITHUB_TOKEN = /\\bgh[pousr]_[A-Za-z0-9]{36}\\b/;",
      "- id: slack-bot\n  regex: 'xox[baprs]-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24}'",
      "var openAIKey = regexp.MustCompile(`sk-(proj-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}`)",
      "[[rules]]\nid = \"stripe\"\nregex = '''(sk|rk)_(live|test)_[0-9a-zA-Z]{24,99}'''",
      "grep -rEn 'glpat-[0-9A-Za-z_-]{20}' .",
    }, i));
    txt("masked-keys", (u, i) -> at(new String[] {
      "Your current key is `sk-proj-...%s` (created 2026-10-02).",
      "Card on file: **** **** **** %s",
      "Token ghp_****************************%s was last used 3 days ago.",
      "API key: sk-ant-api03-••••••••••••%s",
      "Der Schlüssel endet auf …%s und wurde am 12.11. erstellt.",
      "La clave termina en %s; el resto está oculto en el panel.",
      "AKIA************%s (IAM user deploy-bot)",
      "STRIPE_SECRET_KEY=sk_live_********************%s",
    }, i).replace("%s", u.s(AN, 4)));
    txt("revoked-notices", (u, i) -> at(new String[] {
      "Heads-up: the key sk-...%s has been revoked and replaced; update your secret store.",
      "The GitHub token ending in %s was revoked automatically after secret scanning flagged it.",
      "Der Token mit der Endung %s wurde widerrufen. Bitte einen neuen im Vault anlegen.",
      "La clé se terminant par %s a été révoquée ce matin.",
      "[security] Revoked 3 tokens: ghp_…%s, npm_…%s, glpat-…%s",
      "Rotated: AWS key AKIA…%s deactivated at 09:12 UTC.",
    }, i).replace("%s", u.s(AN, 4)));
    txt("openai-error-masked", (u, i) -> "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-"
        + "*".repeat(20 + i) + u.s(AN, 4) + ". You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}");
    txt("cli-help", (u, i) -> at(new String[] {
      "Usage: deploy [OPTIONS]\n\nOptions:\n  --token TEXT     API token (or set DEPLOY_TOKEN)\n  --password TEXT  registry password; prompted if omitted\n  -h, --help       Show this message and exit.",
      "$ gh auth status\ngithub.com\n  ✓ Logged in to github.com account dana (keyring)\n  - Token: gho_************************************\n  - Token scopes: 'gist', 'read:org', 'repo'",
      "$ npm whoami\ndana\n$ npm token list\n┌────────┬─────────┬────────────┐\n│ id     │ token   │ created    │\n│ " + u.s(HEX, 6) + " │ npm_…" + u.s(AN, 4) + " │ 2026-11-01 │",
      "Set the key with:\n\n    export OPENAI_API_KEY=<your key>\n\nthen run `make eval`.",
    }, i));
    txt("howto-set-secret", (u, i) -> at(new String[] {
      "To configure the integration, open Settings → API and paste your key into the \"Secret key\" field. Never share it in chat.",
      "Öffne Einstellungen → Tokens, erzeuge ein neues Token und trage es als Secret `DEPLOY_TOKEN` im Repository ein.",
      "Créez un jeton dans l'interface, puis ajoutez-le comme secret `NPM_TOKEN` dans GitHub Actions.",
      "Crea la clave en el panel y guárdala en el gestor de secretos; la aplicación la lee al arrancar.",
      "gh secret set STRIPE_SECRET_KEY < /dev/stdin   # paste the value when prompted, it isn't echoed",
    }, i));

    // ---- numbers that look like cards or IBANs but fail their checksum
    val("card-like-failing-luhn", "order_number", "order number",
        (u, i) -> nonLuhn(u, at(new String[] {"4", "5", "37", "6011"}, i), i % 4 == 2 ? 15 : 16));
    val("tracking-number", "tracking", "parcel tracking number", (u, i) -> "1Z" + u.s(UP + DIG, 16));
    val("iban-like-invalid", "reference", "payment reference (not an IBAN)", (u, i) -> {
      while (true) {
        String s = at(new String[] {"DE", "GB", "FR", "NL"}, i) + u.s(DIG, 2) + u.s(DIG, 18);
        if (!Blind20Util.ibanValid(s)) {
          return s;
        }
      }
    });
    val("ssn-like-invalid", "ticket", "ticket id", (u, i) -> "000-" + u.s(DIG, 2) + "-" + u.s(DIG, 4));

    // ---- URLs without secrets, OAuth public values
    val("url-no-password", "DATABASE_URL", "connection string without credentials (password from the secret store)",
        (u, i) -> at(new String[] {"postgres://app@db.internal:5432/orders", "postgresql://localhost/test", "redis://cache:6379/0",
          "mongodb://mongo-0.mongo:27017/app?replicaSet=rs0", "postgres://app:${DB_PASSWORD}@db:5432/app", "https://user@git.example.com/repo.git",
          "mysql://root:@localhost:3306/dev"}, i));
    val("pkce-challenge", "code_challenge", "PKCE code challenge (S256 hash, public)", (u, i) -> Blind20Util.b64u(Blind20Util.digest("SHA-256", u.bytes(32))));
    val("oauth-state", "state", "OAuth state parameter", (u, i) -> Blind20Util.b64u(u.bytes(16)));
    val("google-client-id", "GOOGLE_CLIENT_ID", "OAuth client id (public)",
        (u, i) -> u.digits(12) + "-" + u.s(LO + DIG, 32) + ".apps.googleusercontent.com");
    val("github-app-ids", "client_id", "GitHub App client id (public)", (u, i) -> "Iv1." + u.s(HEX, 16));
    txt("redacted-output", (u, i) -> at(new String[] {
      "I removed the key from the file; it now reads `OPENAI_API_KEY=[REDACTED]`.",
      "Output (secrets redacted):\nDB_PASSWORD=***\nAPI_TOKEN=***\nREGION=eu-west-1",
      "{\"api_key\":\"[REDACTED:openai-api-key]\",\"model\":\"gpt-4o\"}",
      "Authorization: Bearer <redacted>",
    }, i));
    txt("oauth-docs-flow", (u, i) -> "GET /authorize?response_type=code&client_id=" + u.s(AN, 20) + "&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb"
        + "&scope=openid%20email&state=" + Blind20Util.b64u(u.bytes(12)) + "&code_challenge=" + Blind20Util.b64u(u.bytes(32)) + "&code_challenge_method=S256");
    txt("jwt-docs-structure", (u, i) -> at(new String[] {
      "A JWT has three parts separated by dots: `header.payload.signature`. The header is e.g. `{\"alg\":\"HS256\",\"typ\":\"JWT\"}`.",
      "Ein JWT besteht aus Header, Payload und Signatur, jeweils base64url-kodiert und durch Punkte getrennt.",
      "Decoded payload: {\"sub\":\"user_42\",\"exp\":1767225600,\"scope\":\"read\"} - the signature part is not shown.",
    }, i));
    txt("encoded-harmless-hex", (u, i) -> {
      String s = at(new String[] {"hello world", "status: ok", "build 42 green", "Grüße aus Berlin"}, i);
      return "The bytes are `" + Blind20Util.hex(Blind20Util.utf8(s)) + "` (hex of \"" + s + "\").";
    });
    txt("rot13-joke", (u, i) -> "Spoiler in rot13: " + Blind20Util.rot13(at(new String[] {"The butler did it.", "It was a dream all along.", "Use the staging cluster."}, i)));
    val("build-id", "BUILD_ID", "build id",
        (u, i) -> at(new String[] {"bld-" + u.s(LO + DIG, 12), "2026.11.30-" + u.s(HEX, 8), u.s(UP + DIG, 10)}, i));
    val("feature-flag-key", "flag_key", "feature flag key", (u, i) -> "ff_" + word(u) + "_" + u.s(LO, 6) + "_rollout");
    val("uuid-as-tenant", "tenant_id", "Azure tenant id", (u, i) -> uuid4(u));
    val("subscription-id", "subscription_id", "Azure subscription id", (u, i) -> uuid4(u));
    val("base32-otp-label", "otpauth_issuer", "issuer label", (u, i) -> "ACME%20" + word(u));
    val("content-hash-filename", "asset", "fingerprinted asset",
        (u, i) -> "/assets/" + word(u) + "-" + u.s(HEX, 32) + ".woff2");
    val("k8s-pod-name", "pod", "pod name", (u, i) -> word(u) + "-" + u.s(LO + DIG, 10) + "-" + u.s(LO + DIG, 5));
    val("session-less-nonce", "nonce", "CSP script nonce (per response, public in HTML)", (u, i) -> b64(u, 16));
    val("b32-random-id", "device_id", "device id", (u, i) -> u.s(B32, 26));

    // ---- DEBATABLE
    debatable("jwt-alg-none", (u, i) -> "token: " + Blind20Util.b64u(Blind20Util.utf8("{\"alg\":\"none\",\"typ\":\"JWT\"}")) + "."
        + Blind20Util.b64u(Blind20Util.utf8("{\"sub\":\"" + u.digits(6) + "\",\"role\":\"user\"}")) + ".");
    debatable("stripe-docs-test-key", (u, i) -> "From the Stripe quickstart: `stripe.api_key = \"sk_test_4eC39HqLyjWDarjtT1zdp7dc\"`");
    debatable("stripe-test-mode-key", (u, i) -> "STRIPE_SECRET_KEY=sk_test_" + u.mixed(AN, 24));
    debatable("jwt-io-sample", (u, i) -> "The example from jwt.io: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");
    debatable("azurite-key", (u, i) -> "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;");
    debatable("stripe-test-cards", (u, i) -> "Use the test card " + at(new String[] {"4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444"}, i) + " with any future date and any CVC.");
    debatable("dev-default-db-url", (u, i) -> "DATABASE_URL=" + at(new String[] {"postgres://postgres:postgres@localhost:5432/dev", "mysql://root:root@127.0.0.1/app", "amqp://guest:guest@localhost:5672/"}, i));
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  static void add(Blind20Util u, List<Row> out) {
    for (Gen g : GENS) {
      int n = g.label().equals("DEBATABLE") ? 6 : PER;
      for (int i = 0; i < n; i++) {
        String text = g.t().t(u, i);
        String ctx = g.ctxBase() < 0 ? "custom" : CTX[(i * 5 + g.ctxBase()) % CTX.length];
        out.add(new Row(g.label(), g.name(), "none", ctx, g.name(), "", text));
      }
    }
  }
}
