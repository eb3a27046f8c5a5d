package io.moltr.core.scan;

import static io.moltr.core.scan.Blind8Corpus.logs;
import static io.moltr.core.scan.Blind8Corpus.prose;
import static io.moltr.core.scan.Blind8Corpus.target;
import static io.moltr.core.scan.Blind8Corpus.ts;
import static io.moltr.core.scan.Blind8Secrets.B58;
import static io.moltr.core.scan.Blind8Secrets.BECH32;
import static io.moltr.core.scan.Blind8Secrets.DIGITS;
import static io.moltr.core.scan.Blind8Secrets.HEX;
import static io.moltr.core.scan.Blind8Secrets.LOWER;
import static io.moltr.core.scan.Blind8Secrets.UPPER;
import static io.moltr.core.scan.Blind8Secrets.ALNUM;
import static io.moltr.core.scan.Blind8Secrets.b64;
import static io.moltr.core.scan.Blind8Secrets.bytes;
import static io.moltr.core.scan.Blind8Secrets.one;
import static io.moltr.core.scan.Blind8Secrets.pick;
import static io.moltr.core.scan.Blind8Secrets.wrap;

import io.moltr.core.scan.Blind8Corpus.Label;
import io.moltr.core.scan.Blind8Corpus.Row;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * Hard negatives for the eighth blind corpus: whole outputs dense with strings that look like
 * secrets and are not (see blind8-README.md for the labelling rules).
 */
final class Blind8Negatives {

    static final int COUNT = 504;

    /** Generators whose rows were relabelled as plain leaks after the first run. */
    static final java.util.Set<String> RELABELLED_AS_PLAIN_LEAK = java.util.Set.of("env-nonsecret");

    record Gen(String id, Function<Random, String> make) {}

    private Blind8Negatives() {}

    static List<Row> rows(Random r) {
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            Gen g = GENS.get(i % GENS.size());
            String text = g.make().apply(r);
            if (RELABELLED_AS_PLAIN_LEAK.contains(g.id())) {
                // Relabelled after the first run (blind8-README.md, "Relabels"): the project counts a
                // public-key-only Sentry DSN as a leak (Blind4, Blind6 notes), and so does this corpus now.
                out.add(new Row(String.format("b8-neg-%03d", i), Label.PLAIN, "sentry-dsn-public", "saas", "plain", g.id(), text, ""));
                continue;
            }
            out.add(new Row(String.format("b8-neg-%03d", i), Label.NEGATIVE, g.id(), "negative", "none", g.id(), text, ""));
        }
        return out;
    }

    static String uuid(Random r) {
        return UUID.nameUUIDFromBytes(bytes(r, 16)).toString();
    }

    static String sha(Random r, int hexLen) {
        return pick(r, HEX, hexLen);
    }

    static String fill(StringBuilder sb, Random r, Function<Random, String> more) {
        int t = target(r);
        while (sb.length() < t) sb.append(more.apply(r));
        return sb.toString();
    }

    static final String[] AUTHORS = {"Ana Ruiz <ana@example.com>", "Jon Berg <jon@example.org>", "Mei Tan <mei.tan@example.net>", "dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>"};
    static final String[] SUBJECTS = {"Fix flaky retry test", "Bump lodash from 4.17.20 to 4.17.21", "Add pagination to orders endpoint", "Refactor token parsing into its own class",
        "Update secrets handling docs", "Remove hard-coded API key placeholder", "Rotate signing key reference in docs", "Merge pull request #4821 from acme/feature/password-reset"};

    static String base64Text(String s) {
        return b64(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A P2PKH address: version 0, a 20-byte hash, base58check. */
    static String btcAddress(Random r) {
        byte[] p = new byte[21];
        System.arraycopy(bytes(r, 20), 0, p, 1, 20);
        return Blind8Secrets.base58check(p);
    }

    static String badLuhnCard(Random r) {
        String good = Blind8Secrets.luhnComplete("4" + pick(r, DIGITS, 14));
        int last = good.charAt(15) - '0';
        return good.substring(0, 15) + ((last + 1 + r.nextInt(8)) % 10);
    }

    static String badIban(Random r) {
        String good = Blind8Secrets.iban("DE", pick(r, DIGITS, 18));
        int c = Integer.parseInt(good.substring(2, 4));
        int bad = (c + 1 + r.nextInt(90)) % 97;
        if (bad < 2) bad = c == 50 ? 51 : 50;
        return "DE" + String.format("%02d", bad) + good.substring(4);
    }

    static String imei(Random r) {
        return Blind8Secrets.luhnComplete("35" + pick(r, DIGITS, 12));
    }

    static final List<Gen> GENS = List.of(
        new Gen("git-log", r -> fill(new StringBuilder("$ git log --stat -n 8\n"), r, rr ->
                "commit " + sha(rr, 40) + "\nAuthor: " + one(rr, AUTHORS) + "\nDate:   Mon Nov " + (1 + rr.nextInt(28)) + " 10:" + (10 + rr.nextInt(49)) + ":02 2026 +0100\n\n    "
                        + one(rr, SUBJECTS) + "\n\n    Change-Id: I" + sha(rr, 40) + "\n    Reviewed-on: https://review.acme.io/c/orders/+/" + (10000 + rr.nextInt(90000)) + "\n\n src/main/Token.java | " + rr.nextInt(40) + " ++--\n\n")),
        new Gen("checksums", r -> fill(new StringBuilder("Release artifacts verified:\n\n```\n"), r, rr ->
                (rr.nextBoolean() ? sha(rr, 64) : sha(rr, 128)) + "  dist/" + one(rr, "app-linux-amd64", "app-darwin-arm64", "app.tar.gz", "app-windows.zip", "SHA256SUMS.sig") + "\n") + "```\nAll checksums match."),
        new Gen("uuid-json", r -> fill(new StringBuilder("{\"data\": [\n"), r, rr ->
                "  {\"id\": \"" + uuid(rr) + "\", \"order_id\": \"" + uuid(rr) + "\", \"request_id\": \"" + uuid(rr) + "\", \"tenant\": \"" + uuid(rr) + "\", \"status\": \"" + one(rr, "paid", "pending", "refunded") + "\"},\n") + "  {}\n], \"next_cursor\": \"" + base64Text("{\"after\":\"" + uuid(r) + "\"}") + "\"}"),
        new Gen("ulid-ksuid-log", r -> fill(new StringBuilder(), r, rr ->
                ts(rr) + " INFO  event_id=" + "01H" + pick(rr, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23) + " trace=" + pick(rr, ALNUM, 27) + " span=" + sha(rr, 16) + " msg=\"" + one(rr, "order created", "payment captured", "email queued") + "\"\n")),
        new Gen("data-uri-html", r -> {
            byte[] png = bytes(r, 300 + r.nextInt(900));
            png[0] = (byte) 0x89; png[1] = 'P'; png[2] = 'N'; png[3] = 'G'; png[4] = '\r'; png[5] = '\n'; png[6] = 0x1a; png[7] = '\n';
            byte[] font = bytes(r, 200 + r.nextInt(500));
            font[0] = 'w'; font[1] = 'O'; font[2] = 'F'; font[3] = '2';
            return "<!doctype html>\n<html><head><style>\n@font-face { font-family: Inter; src: url(data:font/woff2;base64," + b64(font) + ") format('woff2'); }\n</style></head>\n<body>\n<p>" + prose(r, 2)
                    + "</p>\n<img alt=\"logo\" src=\"data:image/png;base64," + b64(png) + "\">\n</body></html>";
        }),
        new Gen("sri-html", r -> fill(new StringBuilder("<!-- generated by the docs build -->\n"), r, rr ->
                "<script src=\"https://cdn.jsdelivr.net/npm/" + one(rr, "vue@3.4.21", "htmx.org@1.9.12", "alpinejs@3.13.5") + "/dist/min.js\" integrity=\"sha384-" + b64(bytes(rr, 48)) + "\" crossorigin=\"anonymous\"></script>\n"
                        + "<link rel=\"stylesheet\" href=\"/css/site." + sha(rr, 8) + ".css\" integrity=\"sha256-" + b64(bytes(rr, 32)) + "\">\n")),
        new Gen("package-lock", r -> fill(new StringBuilder("{\n  \"name\": \"web\",\n  \"lockfileVersion\": 3,\n  \"packages\": {\n"), r, rr -> {
            String n = one(rr, "lodash", "react-dom", "esbuild", "picomatch", "debug", "ms", "semver", "tslib");
            return "    \"node_modules/" + n + "\": {\n      \"version\": \"" + rr.nextInt(9) + "." + rr.nextInt(30) + "." + rr.nextInt(20) + "\",\n      \"resolved\": \"https://registry.npmjs.org/" + n + "/-/" + n + "-1.2.3.tgz\",\n      \"integrity\": \"sha512-" + b64(bytes(rr, 64)) + "\",\n      \"dev\": true\n    },\n";
        }) + "    \"\": {}\n  }\n}"),
        new Gen("cargo-lock", r -> fill(new StringBuilder("# This file is automatically @generated by Cargo.\nversion = 3\n\n"), r, rr ->
                "[[package]]\nname = \"" + one(rr, "serde", "tokio", "regex", "hyper", "rand_core", "syn") + "\"\nversion = \"1." + rr.nextInt(40) + "." + rr.nextInt(9) + "\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"" + sha(rr, 64) + "\"\n\n")),
        new Gen("poetry-lock", r -> fill(new StringBuilder(), r, rr ->
                "[[package]]\nname = \"" + one(rr, "requests", "urllib3", "idna", "certifi", "pydantic") + "\"\nversion = \"2." + rr.nextInt(30) + ".0\"\nfiles = [\n    {file = \"pkg-2.0-py3-none-any.whl\", hash = \"sha256:" + sha(rr, 64) + "\"},\n    {file = \"pkg-2.0.tar.gz\", hash = \"sha256:" + sha(rr, 64) + "\"},\n]\n\n")),
        new Gen("go-sum", r -> fill(new StringBuilder(), r, rr -> {
            String m = one(rr, "github.com/stretchr/testify", "golang.org/x/crypto", "google.golang.org/grpc", "github.com/spf13/cobra");
            String v = "v1." + rr.nextInt(60) + "." + rr.nextInt(9);
            return m + " " + v + " h1:" + b64(bytes(rr, 32)) + "\n" + m + " " + v + "/go.mod h1:" + b64(bytes(rr, 32)) + "\n";
        })),
        new Gen("minified-js", r -> fill(new StringBuilder("/*! app.bundle.js | (c) Acme */\n"), r, rr -> {
            String a = pick(rr, LOWER, 1), b = pick(rr, LOWER + UPPER, 2);
            return "var " + a + "=function(" + b + "){return " + b + "&&" + b + ".__esModule?" + b + ":{default:" + b + "}};" + "const _0x" + sha(rr, 4) + "=[\"" + pick(rr, ALNUM, 12) + "\",\"" + one(rr, "push", "length", "apply") + "\"];"
                    + "function " + pick(rr, LOWER, 2) + "(e,t){return e[\"" + one(rr, "token", "apiKey", "secret", "password") + "\"]=t,e}" + "var cssHash=\"" + sha(rr, 20) + "\";\n";
        })),
        new Gen("source-map", r -> {
            StringBuilder m = new StringBuilder();
            while (m.length() < 800 + r.nextInt(2000)) m.append(one(r, "AAAA", "CAAC", "SAAS", "GAAG", "IAAI", "EAAE", "OAAO", "QAAQ", "YAAY")).append(one(r, "", "C", "G", "K")).append(one(r, ",", ";", ",", ";;"));
            return "{\"version\":3,\"file\":\"main." + sha(r, 8) + ".js\",\"sources\":[\"webpack://app/./src/index.ts\",\"webpack://app/./src/api/client.ts\"],\"names\":[\"apiKey\",\"token\",\"fetch\"],\"mappings\":\"" + m + "\",\"sourceRoot\":\"\"}";
        }),
        new Gen("css-classes", r -> fill(new StringBuilder("<div class=\"" ), r, rr ->
                "css-" + pick(rr, LOWER + DIGITS, 7) + " _container_" + pick(rr, LOWER + DIGITS, 5) + "_" + rr.nextInt(99) + " sc-" + pick(rr, ALNUM, 6) + " " + one(rr, "flex", "items-center", "px-4", "md:grid-cols-3") + " jsx-" + (1_000_000_000L + rr.nextInt(1_000_000_000)) + " ") + "\">\n  <span>" + prose(r, 1) + "</span>\n</div>"),
        new Gen("kubectl-pod", r -> {
            String digest = sha(r, 64);
            StringBuilder sb = new StringBuilder("apiVersion: v1\nkind: Pod\nmetadata:\n  name: orders-api-7d9f8b6c5d-" + pick(r, LOWER + DIGITS, 5) + "\n  namespace: prod\n  uid: " + uuid(r) + "\n  resourceVersion: \"" + (10_000_000 + r.nextInt(90_000_000)) + "\"\n  ownerReferences:\n  - kind: ReplicaSet\n    name: orders-api-7d9f8b6c5d\n    uid: " + uuid(r)
                    + "\nspec:\n  serviceAccountName: orders-api\n  containers:\n  - name: api\n    image: registry.acme.io/orders-api@sha256:" + digest + "\n    envFrom:\n    - secretRef:\n        name: orders-api-secrets\n    env:\n    - name: DB_PASSWORD\n      valueFrom:\n        secretKeyRef:\n          name: orders-db\n          key: password\n  volumes:\n  - name: kube-api-access-" + pick(r, LOWER + DIGITS, 5) + "\n    projected:\n      sources:\n      - serviceAccountToken:\n          expirationSeconds: 3607\n          path: token\nstatus:\n  containerStatuses:\n  - containerID: containerd://" + sha(r, 64) + "\n    imageID: registry.acme.io/orders-api@sha256:" + digest + "\n    ready: true\n");
            return fill(sb, r, rr -> "  - lastProbeTime: null\n    lastTransitionTime: \"" + ts(rr) + "\"\n    status: \"True\"\n    type: " + one(rr, "Ready", "Initialized", "PodScheduled") + "\n");
        }),
        new Gen("docker-inspect", r -> fill(new StringBuilder("$ docker images --digests\nREPOSITORY            TAG      DIGEST                                                                    IMAGE ID       SIZE\n"), r, rr ->
                String.format("%-21s %-8s sha256:%s   %s   %dMB%n", one(rr, "postgres", "redis", "acme/orders", "nginx"), one(rr, "16", "7.2", "latest", "1.25"), sha(rr, 64), sha(rr, 12), 20 + rr.nextInt(400)))),
        new Gen("aws-cli", r -> fill(new StringBuilder("$ aws ec2 describe-instances --output json\n{\n  \"Reservations\": [\n"), r, rr ->
                "    {\"InstanceId\": \"i-0" + sha(rr, 16) + "\", \"ImageId\": \"ami-0" + sha(rr, 16) + "\", \"SubnetId\": \"subnet-0" + sha(rr, 16) + "\", \"VpcId\": \"vpc-0" + sha(rr, 16) + "\", \"IamInstanceProfile\": {\"Arn\": \"arn:aws:iam::" + pick(rr, DIGITS, 12) + ":instance-profile/app-role\"},\n"
                        + "     \"RequestId\": \"" + uuid(rr) + "\", \"ETag\": \"\\\"" + sha(rr, 32) + "\\\"\", \"SnapshotId\": \"snap-0" + sha(rr, 16) + "\"},\n") + "    {}\n  ]\n}"),
        new Gen("doc-example-keys", r -> "From the AWS docs, the example credentials are:\n\n```ini\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```\n\n"
                + "Never commit real values; these are the placeholders AWS publishes for documentation. The same guide shows the temporary-credential example `ASIAIOSFODNN7EXAMPLE`.\n\n"
                + "The jwt.io debugger loads this sample token by default:\n\n`eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`\n\n" + prose(r, 4)),
        new Gen("placeholders-env", r -> ".env.example — copy to .env and fill in:\n\n```\nOPENAI_API_KEY=<your-api-key>\nANTHROPIC_API_KEY=sk-ant-xxxxxxxxxxxxxxxxxxxxxxxx\nSTRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}\nGITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/app\n"
                + "SLACK_BOT_TOKEN=xoxb-your-token-here\nAWS_SECRET_ACCESS_KEY=changeme\nJWT_SECRET=" + one(r, "REPLACE_ME", "your-secret-here", "<generate with openssl rand -hex 32>", "TODO") + "\nSENDGRID_API_KEY=YOUR_SENDGRID_API_KEY\nREDIS_PASSWORD=\n```\n\n"
                + "In CI the values come from `{{ secrets.OPENAI_API_KEY }}` and `${{ secrets.DEPLOY_TOKEN }}`. " + prose(r, 3)),
        new Gen("env-reading-code", r -> "Here's the change:\n\n```diff\n-API_KEY = \"TODO\"\n+API_KEY = os.environ[\"PAYMENTS_API_KEY\"]\n+token = os.getenv(\"GITHUB_TOKEN\", \"\")\n```\n\n```ts\nconst client = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });\nconst password = process.env.DB_PASSWORD ?? '';\n```\n\n```java\nString secret = System.getenv(\"JWT_SECRET\");\nchar[] password = console.readPassword(\"Password: \");\n```\n\n" + prose(r, 2 + r.nextInt(6))),
        new Gen("redacted", r -> fill(new StringBuilder("I checked the environment (values masked by the tool):\n\n"), r, rr -> one(rr,
                "OPENAI_API_KEY=sk-proj-****************************" + pick(rr, ALNUM, 4) + "\n",
                "GITHUB_TOKEN=ghp_************************************\n",
                "STRIPE_SECRET_KEY=sk_live_" + "*".repeat(24) + "\n",
                "SLACK_BOT_TOKEN=xoxb-***-***-" + "*".repeat(12) + "\n",
                "DATABASE_URL=postgres://app:********@db.internal:5432/app\n",
                "AWS_SECRET_ACCESS_KEY=[REDACTED]\n",
                "password: \"<redacted>\"\n",
                "Authorization: Bearer [FILTERED]\n"))),
        new Gen("ssh-public", r -> fill(new StringBuilder("$ cat ~/.ssh/authorized_keys\n"), r, rr ->
                (rr.nextBoolean() ? "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + b64(bytes(rr, 32)).substring(0, 43) : "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + b64(bytes(rr, 256)).replace("=", ""))
                        + " " + one(rr, "ana@laptop", "ci@build-01", "deploy-key") + "\n")),
        new Gen("pgp-public", r -> {
            byte[] body = bytes(r, 400 + r.nextInt(800));
            body[0] = (byte) 0x99;
            int c = Blind8Secrets.crc24(body);
            return "Import my public key to verify the release signature:\n\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + wrap(b64(body), 64) + "=" + b64(new byte[] {(byte) (c >> 16), (byte) (c >> 8), (byte) c})
                    + "\n-----END PGP PUBLIC KEY BLOCK-----\n\nFingerprint: " + sha(r, 40).toUpperCase().replaceAll("(.{4})", "$1 ").trim();
        }),
        new Gen("certificate", r -> "$ openssl s_client -connect api.acme.io:443 -showcerts\nCONNECTED(00000003)\ndepth=0 CN = api.acme.io\n---\nCertificate chain\n 0 s:CN = api.acme.io\n   i:C = US, O = Let's Encrypt, CN = R11\n-----BEGIN CERTIFICATE-----\n"
                + wrap("MIIF" + b64(bytes(r, 900 + r.nextInt(400))), 64) + "-----END CERTIFICATE-----\n---\nSSL-Session:\n    Protocol  : TLSv1.3\n    Cipher    : TLS_AES_256_GCM_SHA384\n    Session-ID: " + sha(r, 64).toUpperCase() + "\n    Verify return code: 0 (ok)\n"),
        new Gen("blockchain", r -> fill(new StringBuilder("Recent transfers from the public explorer:\n\n| tx hash | from | to | amount |\n|---|---|---|---|\n"), r, rr ->
                "| 0x" + sha(rr, 64) + " | 0x" + sha(rr, 40) + " | " + (rr.nextBoolean() ? btcAddress(rr) : "bc1q" + pick(rr, BECH32, 38)) + " | " + rr.nextInt(99) + "." + rr.nextInt(999) + " |\n")
                + "\nBlock hash: 0000000000000000000" + sha(r, 45) + "\n"),
        new Gen("stripe-object-ids", r -> fill(new StringBuilder("Stripe events received by the webhook (ids only):\n"), r, rr ->
                ts(rr) + " " + one(rr, "charge.succeeded", "payment_intent.created", "invoice.paid") + " evt_" + pick(rr, ALNUM, 24) + " customer=cus_" + pick(rr, ALNUM, 14) + " intent=pi_" + pick(rr, ALNUM, 24) + " charge=ch_" + pick(rr, ALNUM, 24) + "\n")
                + "\nPublishable key used by the checkout page: pk_live_" + pick(r, ALNUM, 99) + "\n"),
        new Gen("hexdump", r -> {
            StringBuilder sb = new StringBuilder("$ xxd firmware.bin | head -40\n");
            int off = 0;
            int t = target(r);
            while (sb.length() < t) {
                byte[] b = bytes(r, 16);
                sb.append(String.format("%08x: ", off));
                for (int i = 0; i < 16; i += 2) sb.append(String.format("%02x%02x ", b[i] & 0xff, b[i + 1] & 0xff));
                sb.append(' ');
                for (byte x : b) sb.append(x >= 32 && x < 127 ? (char) x : '.');
                sb.append('\n');
                off += 16;
            }
            return sb.toString();
        }),
        new Gen("base64-prose", r -> {
            String body = prose(r, 6 + r.nextInt(10));
            return "Received: from mail.example.org\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\nMessage-ID: <" + uuid(r) + "@mail.example.org>\n\n" + wrap(base64Text(body), 76)
                    + "\nDecoded, the message says the nightly report is ready.";
        }),
        new Gen("numbers-ids", r -> fill(new StringBuilder("Order summary from the support tool:\n\n"), r, rr ->
                "Order #" + (100000 + rr.nextInt(900000)) + "-" + pick(rr, UPPER, 2) + "  ISBN 978-" + rr.nextInt(10) + "-" + pick(rr, DIGITS, 4) + "-" + pick(rr, DIGITS, 4) + "-" + rr.nextInt(10)
                        + "  phone +49 30 " + pick(rr, DIGITS, 8) + "  tracking 1Z" + pick(rr, UPPER + DIGITS, 16) + "  IMEI " + imei(rr) + "  total EUR " + rr.nextInt(999) + "." + pick(rr, DIGITS, 2) + "\n")),
        new Gen("bad-checksums", r -> fill(new StringBuilder("Validation report (rows rejected by the importer because the check digits are wrong):\n\n"), r, rr ->
                "row " + rr.nextInt(9999) + ": card " + badLuhnCard(rr) + " rejected (Luhn); iban " + badIban(rr) + " rejected (mod 97)\n")),
        new Gen("timestamps-versions", r -> fill(new StringBuilder("Build metadata:\n"), r, rr ->
                "version=" + rr.nextInt(5) + "." + rr.nextInt(30) + "." + rr.nextInt(99) + "-rc." + rr.nextInt(9) + "+build." + (20260000000000L + rr.nextInt(1_000_000_000)) + " built_at=" + ts(rr) + " epoch_ms=" + (1_760_000_000_000L + rr.nextInt(1_000_000_000)) + " git_sha=" + sha(rr, 40) + "\n")),
        new Gen("csp-nonce", r -> fill(new StringBuilder("HTTP/2 200\ncontent-type: text/html; charset=utf-8\ncontent-security-policy: default-src 'self'; script-src 'self' 'nonce-" + b64(bytes(r, 16)) + "'; style-src 'self' 'sha256-" + b64(bytes(r, 32)) + "'\nx-request-id: " + uuid(r) + "\ntraceparent: 00-" + sha(r, 32) + "-" + sha(r, 16) + "-01\netag: W/\"" + sha(r, 27) + "\"\ncf-ray: " + sha(r, 16) + "-FRA\n\n"), r, rr ->
                "<script nonce=\"" + b64(bytes(rr, 16)) + "\">window.__ctx={build:\"" + sha(rr, 12) + "\"};</script>\n")),
        new Gen("oauth-docs", r -> "The authorization request from the spec looks like this:\n\n```\nGET /authorize?response_type=code&client_id=s6BhdRkqt3&state=" + pick(r, ALNUM, 12) + "&nonce=" + pick(r, ALNUM + "-_", 16)
                + "\n    &redirect_uri=https%3A%2F%2Fclient%2Eexample%2Ecom%2Fcb&code_challenge=" + Blind8Secrets.b64url(bytes(r, 32)) + "&code_challenge_method=S256 HTTP/1.1\nHost: server.example.com\n```\n\n"
                + "The `state` and `nonce` values are random per request and are not secrets; the `code_challenge` is a hash of the verifier. " + prose(r, 3 + r.nextInt(8))),
        new Gen("password-fields", r -> "The login form and schema:\n\n```html\n<input type=\"password\" name=\"password\" autocomplete=\"current-password\" required>\n```\n\n```json\n{\"type\": \"object\", \"properties\": {\"username\": {\"type\": \"string\"}, \"password\": {\"type\": \"string\", \"minLength\": 12}}, \"required\": [\"password\"]}\n```\n\n"
                + "```yaml\ndatabase:\n  user: app\n  password: \"\"\n  password_file: /run/secrets/db_password\napi_key: null\ntoken: ~\n```\n\n```bash\necho \"$REGISTRY_PASSWORD\" | docker login ghcr.io -u ci --password-stdin\nPGPASSWORD= psql -h localhost\n```\n\n" + prose(r, 2 + r.nextInt(6))),
        new Gen("password-hash-docs", r -> "Password hashes in the users table use bcrypt (cost 12) or Argon2id, for example:\n\n| algorithm | stored form |\n|---|---|\n| bcrypt | `$2b$12$" + pick(r, ALNUM + "./", 53) + "` |\n| argon2id | `$argon2id$v=19$m=65536,t=3,p=4$" + Blind8Secrets.b64url(bytes(r, 16)) + "$" + Blind8Secrets.b64url(bytes(r, 32)) + "` |\n| pbkdf2 | `pbkdf2_sha256$600000$" + pick(r, ALNUM, 22) + "$" + b64(bytes(r, 32)) + "` |\n\n"
                + "The hash alone does not reveal the password; compare with `bcrypt.checkpw`. " + prose(r, 3 + r.nextInt(6))),
        new Gen("jvm-trace", r -> fill(new StringBuilder("java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"token\" is null\n"), r, rr ->
                "\tat com.acme.auth.TokenFilter$$Lambda$" + rr.nextInt(900) + "/0x000000080" + sha(rr, 7) + ".apply(Unknown Source)\n\tat com.acme.auth.TokenFilter.doFilter(TokenFilter.java:" + rr.nextInt(300) + ")\n\t- locked <0x00000007" + sha(rr, 8) + "> (a java.lang.Object)\n")),
        new Gen("terraform-sensitive", r -> fill(new StringBuilder("  # aws_db_instance.main will be updated in-place\n  ~ resource \"aws_db_instance\" \"main\" {\n        id       = \"db-" + pick(r, UPPER + DIGITS, 26) + "\"\n      ~ password = (sensitive value)\n        arn      = \"arn:aws:rds:eu-west-1:" + pick(r, DIGITS, 12) + ":db:main\"\n    }\n\n"), r, rr ->
                "  # aws_secretsmanager_secret_version.v" + rr.nextInt(99) + " must be replaced\n-/+ resource \"aws_secretsmanager_secret_version\" \"v\" {\n      ~ id            = \"arn:aws:secretsmanager:eu-west-1:" + pick(rr, DIGITS, 12) + ":secret:app-" + pick(rr, ALNUM, 6) + "|" + uuid(rr) + "\" -> (known after apply)\n      ~ secret_string = (sensitive value)\n      ~ version_id    = \"" + uuid(rr) + "\" -> (known after apply)\n    }\n\n")),
        new Gen("dockerfile-digest", r -> "FROM python:3.12-slim@sha256:" + sha(r, 64) + " AS build\nARG PIP_INDEX_URL\nRUN --mount=type=secret,id=pip_token pip install -r requirements.txt\nFROM gcr.io/distroless/python3@sha256:" + sha(r, 64) + "\nCOPY --from=build /app /app\n\n$ docker build .\n"
                + fill(new StringBuilder(), r, rr -> "#" + rr.nextInt(20) + " [build " + rr.nextInt(6) + "/6] sha256:" + sha(rr, 64) + " " + rr.nextInt(90) + "MB / " + rr.nextInt(90) + "MB done\n")),
        new Gen("webpack-output", r -> fill(new StringBuilder("webpack 5.91.0 compiled successfully in 8412 ms\n"), r, rr ->
                "asset " + one(rr, "main", "vendors", "runtime", "chunk-" + rr.nextInt(900)) + "." + sha(rr, 20) + ".js " + rr.nextInt(900) + " KiB [emitted] [immutable] [minimized] (name: main) 1 related asset\n")),
        new Gen("notebook-hashes", r -> fill(new StringBuilder("In [7]: model.summary(); print(run.id, run.info.artifact_uri)\n" + sha(r, 32) + " s3://mlflow/1/" + sha(r, 32) + "/artifacts\n\nOut[8]:\narray([\n"), r, rr ->
                String.format("  [%.8f, %.8f, %.8f, %.8f],%n", rr.nextGaussian(), rr.nextGaussian(), rr.nextGaussian(), rr.nextGaussian())) + "])"),
        new Gen("ci-cache", r -> fill(new StringBuilder(), r, rr ->
                ts(rr) + " Cache restored from key: Linux-node-" + sha(rr, 64) + "\n" + ts(rr) + " Artifact uploaded id=" + (1_000_000_000L + rr.nextInt(900_000_000)) + " digest=sha256:" + sha(rr, 64) + "\n" + ts(rr) + " ##[group]Run actions/checkout@" + sha(rr, 40) + "\n")),
        new Gen("sql-nonsecret", r -> fill(new StringBuilder("-- PostgreSQL database dump\nCOPY public.orders (id, public_id, customer_ref, sku, created_at) FROM stdin;\n"), r, rr ->
                rr.nextInt(99999) + "\t" + uuid(rr) + "\tC-" + pick(rr, UPPER + DIGITS, 10) + "\tSKU-" + pick(rr, UPPER + DIGITS, 8) + "\t" + ts(rr) + "\n") + "\\.\n"),
        new Gen("url-ids", r -> fill(new StringBuilder("Sources I used:\n"), r, rr -> "- " + one(rr,
                "https://docs.google.com/spreadsheets/d/1" + pick(rr, ALNUM + "-_", 43) + "/edit#gid=0",
                "https://www.youtube.com/watch?v=" + pick(rr, ALNUM + "-_", 11),
                "https://bit.ly/" + pick(rr, ALNUM, 7),
                "https://drive.google.com/file/d/1" + pick(rr, ALNUM + "-_", 32) + "/view",
                "https://www.figma.com/file/" + pick(rr, ALNUM, 22) + "/Design-System",
                "https://twitter.com/acme/status/" + (1_700_000_000_000_000_000L + rr.nextInt(1_000_000_000)),
                "https://github.com/acme/orders/commit/" + sha(rr, 40)) + "\n")),
        new Gen("sealed-secret", r -> "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db-credentials\n  namespace: prod\nspec:\n  encryptedData:\n    password: Ag" + b64(bytes(r, 300 + r.nextInt(200))) + "\n    username: Ag" + b64(bytes(r, 300))
                + "\n  template:\n    metadata:\n      name: db-credentials\n\nThe sealed values can only be decrypted by the controller in the cluster, so this file is safe to commit."),
        new Gen("unsigned-jwt", r -> {
            String h = Blind8Secrets.b64url("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            String p = Blind8Secrets.b64url(("{\"sub\":\"" + pick(r, DIGITS, 6) + "\",\"role\":\"viewer\"}").getBytes(StandardCharsets.UTF_8));
            return "The test fixture uses an unsigned token (alg none, empty signature), which the server must reject:\n\n```\n" + h + "." + p + ".\n```\n\n" + prose(r, 4 + r.nextInt(8));
        }),
        new Gen("npmrc-placeholder", r -> "```ini\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}\nalways-auth=true\n```\n\n```yaml\n# values.yaml\npostgresql:\n  auth:\n    existingSecret: orders-db\n    secretKeys:\n      adminPasswordKey: postgres-password\n      userPasswordKey: password\n```\n\n" + prose(r, 3 + r.nextInt(8))),
        new Gen("azure-ids", r -> fill(new StringBuilder("$ az resource list -o tsv\n"), r, rr ->
                "/subscriptions/" + uuid(rr) + "/resourceGroups/rg-" + one(rr, "prod", "data", "web") + "/providers/Microsoft." + one(rr, "Storage/storageAccounts/acmeprod", "Web/sites/orders-api", "KeyVault/vaults/kv-acme") + "\t" + uuid(rr) + "\twesteurope\n")),
        new Gen("http-headers", r -> fill(new StringBuilder("GET /chat HTTP/1.1\nHost: server.example.com\nUpgrade: websocket\nConnection: Upgrade\nSec-WebSocket-Key: " + b64(bytes(r, 16)) + "\nSec-WebSocket-Version: 13\n\nHTTP/1.1 101 Switching Protocols\nSec-WebSocket-Accept: " + b64(bytes(r, 20)) + "\n\n"), r, rr ->
                "x-amz-cf-id: " + Blind8Secrets.b64url(bytes(rr, 42)) + "==\nx-amz-request-id: " + pick(rr, UPPER + DIGITS, 16) + "\nx-amz-id-2: " + b64(bytes(rr, 60)) + "\n")),
        new Gen("mongo-snowflake", r -> fill(new StringBuilder("db.messages.find().limit(20)\n"), r, rr ->
                "{ \"_id\": ObjectId(\"" + sha(rr, 24) + "\"), \"discord_message_id\": \"" + (1_100_000_000_000_000_000L + rr.nextInt(1_000_000_000)) + "\", \"channel_id\": \"" + (900_000_000_000_000_000L + rr.nextInt(1_000_000_000)) + "\", \"text\": \"" + prose(rr, 1) + "\" }\n")),
        new Gen("env-nonsecret", r -> "```\nBUILD_SHA=" + sha(r, 40) + "\nIMAGE_DIGEST=sha256:" + sha(r, 64) + "\nSENTRY_RELEASE=orders@" + sha(r, 12) + "\nSENTRY_DSN=https://" + sha(r, 32) + "@o" + pick(r, DIGITS, 6) + ".ingest.sentry.io/" + pick(r, DIGITS, 7)
                + "\nNEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_" + pick(r, ALNUM, 99) + "\nCACHE_BUSTER=" + sha(r, 8) + "\nREQUEST_TIMEOUT_MS=30000\nTZ=Europe/Berlin\nCORRELATION_ID=" + uuid(r) + "\n```\n\nThe DSN above is the public client key Sentry puts in browser code; the publishable key is meant for the checkout page. " + prose(r, 2 + r.nextInt(6))),
        new Gen("test-vectors", r -> "RFC 4231 test case 2 for HMAC-SHA-256 (published vectors):\n\n```\nKey  = 4a656665  (\"Jefe\")\nData = 7768617420646f2079612077616e7420666f72206e6f7468696e673f\nHMAC = 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843\n```\n\nAES-128 (FIPS-197 C.1): key `000102030405060708090a0b0c0d0e0f`, plaintext `00112233445566778899aabbccddeeff`, ciphertext `69c4e0d86a7b0430d8cdb78070b4c55a`.\n\n"
                + "SHA-256(\"abc\") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\n\n" + prose(r, 2 + r.nextInt(8))),
        new Gen("hash-table-md", r -> fill(new StringBuilder("| file | md5 | sha1 | sha256 |\n|---|---|---|---|\n"), r, rr ->
                "| " + one(rr, "logo.svg", "app.js", "index.html", "data.parquet") + " | " + sha(rr, 32) + " | " + sha(rr, 40) + " | " + sha(rr, 64) + " |\n")),
        new Gen("svg-path", r -> fill(new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\"><path fill=\"#" + sha(r, 6) + "\" d=\""), r, rr ->
                "M" + rr.nextInt(24) + "." + rr.nextInt(99) + " " + rr.nextInt(24) + "." + rr.nextInt(99) + "c" + rr.nextInt(9) + ".1-" + rr.nextInt(9) + " " + rr.nextInt(9) + "." + rr.nextInt(99) + "-1." + rr.nextInt(9) + "z") + "\"/></svg>"),
        new Gen("random-fixture-ids", r -> fill(new StringBuilder("```python\n# tests/fixtures.py (generated ids, not credentials)\n"), r, rr ->
                "FIXTURE_" + pick(rr, UPPER, 5) + "_ID = \"" + one(rr, "fx_", "tst_", "obj_", "") + pick(rr, ALNUM, 20 + rr.nextInt(12)) + "\"\n") + "```"),
        new Gen("k8s-token-review", r -> "$ kubectl get secret -n prod\nNAME                         TYPE                                  DATA   AGE\norders-db                    Opaque                                2      41d\ndefault-token-" + pick(r, LOWER + DIGITS, 5) + "          kubernetes.io/service-account-token   3      300d\nregistry-pull                kubernetes.io/dockerconfigjson        1      12d\n\n"
                + "$ kubectl describe secret orders-db -n prod\nName:         orders-db\nNamespace:    prod\nType:  Opaque\n\nData\n====\npassword:  24 bytes\nusername:  3 bytes\n\n" + prose(r, 2 + r.nextInt(8))),
        new Gen("gpg-fingerprints", r -> fill(new StringBuilder("$ gpg --list-keys --with-subkey-fingerprints\n"), r, rr ->
                "pub   ed25519 2024-0" + (1 + rr.nextInt(9)) + "-1" + rr.nextInt(9) + " [SC]\n      " + sha(rr, 40).toUpperCase() + "\nuid           [ultimate] " + one(rr, AUTHORS) + "\nsub   cv25519 2024-03-11 [E]\n      " + sha(rr, 40).toUpperCase() + "\n\n")),
        new Gen("base58-ids", r -> fill(new StringBuilder("IPFS pins:\n"), r, rr ->
                "Qm" + pick(rr, B58, 44) + "  " + one(rr, "dataset-v2.tar", "model.onnx", "index.html") + "  " + rr.nextInt(9999) + " KB\n")),
        new Gen("word-list-prose", r -> "Here is a list of twelve English words for the vocabulary exercise: " + String.join(" ", pickWords(r, 12)) + ".\n\nAnd a short story using some of them: " + prose(r, 3 + r.nextInt(8)))
    );

    /** Twelve BIP39 words in random order: almost never a valid checksum, and not labelled as a seed. */
    static List<String> pickWords(Random r, int n) {
        List<String> all = Blind8Secrets.bip39();
        while (true) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < n; i++) out.add(all.get(r.nextInt(all.size())));
            if (!Blind8Secrets.mnemonicValid(String.join(" ", out))) return out;
        }
    }
}
