package io.moltr.core.scan;

import static io.moltr.core.scan.Blind16Creds.B62;
import static io.moltr.core.scan.Blind16Creds.B64;
import static io.moltr.core.scan.Blind16Creds.B64U;
import static io.moltr.core.scan.Blind16Creds.DIG;
import static io.moltr.core.scan.Blind16Creds.HEX;
import static io.moltr.core.scan.Blind16Creds.LO;
import static io.moltr.core.scan.Blind16Creds.UP;

import io.moltr.core.scan.Blind16Corpus.Label;
import io.moltr.core.scan.Blind16Corpus.Row;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/** blind16 hard negatives: what operations output is full of, none of it a secret. */
final class Blind16Negatives {
  static final int PER_GENERATOR = 20;
  final Random r;
  final Blind16Creds c;
  final List<Row> rows;

  Blind16Negatives(Random r, Blind16Creds c, List<Row> rows) {
    this.r = r;
    this.c = c;
    this.rows = rows;
  }

  private void g(String name, Supplier<String> s) {
    for (int i = 0; i < PER_GENERATOR; i++) {
      rows.add(new Row(Label.NEGATIVE, name, "none", name, "", "", s.get()));
    }
  }

  String s(String a, int n) {
    return c.s(a, n);
  }

  String m(String a, int n) {
    return c.mixed(a, n);
  }

  String p(String... xs) {
    return c.pick(xs);
  }

  String host() {
    return p("ip-10-0-1-23", "runner-7f9c2", "prod-api-02", "build-agent-5", "k8s-node-a3");
  }

  String uuid() {
    return new UUID(r.nextLong(), r.nextLong()).toString();
  }

  String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  String sha(int hexLen) {
    return s(HEX, hexLen);
  }

  String rawB64(int bytes) {
    byte[] b = new byte[bytes];
    r.nextBytes(b);
    return Base64.getEncoder().encodeToString(b);
  }

  void all() {
    g("aws_docs_example", () -> p("Per the AWS docs, a profile looks like:\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nregion = " + p("us-east-1", "eu-west-1"),
        "$ aws configure\nAWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nDefault region name [None]: " + p("us-west-2", "ap-south-1")));
    g("placeholder_sk", () -> p("OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "Set `ANTHROPIC_API_KEY=sk-ant-...` in your shell first.",
        "export STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  # replace", "token: glpat-xxxxxxxxxxxxxxxxxxxx")
        + (r.nextBoolean() ? "\n# see docs/setup.md step " + (1 + r.nextInt(9)) : ""));
    g("placeholder_styles", () -> p("api_key: YOUR_API_KEY", "password: <your-password-here>", "token = \"${" + p("GITLAB_TOKEN", "NPM_TOKEN", "HF_TOKEN") + "}\"",
        "DATABASE_URL=postgres://user:password@localhost:5432/mydb", "secret: {{ .Values.secret }}", "client_secret=%(client_secret)s", "key: <REPLACE_ME>",
        "Authorization: Bearer <token>", "PASSWORD=changeme", "api_key = \"...\"", "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
        "password: ********", "token: \"$" + p("CI_JOB_TOKEN", "DEPLOY_TOKEN") + "\"", "aws_secret_access_key = <secret>") + "\n" + p("", "# fill in before deploy", "# never commit the real value"));
    g("gha_secrets_ref", () -> "      - name: Deploy\n        env:\n          " + p("NPM_TOKEN", "FLY_API_TOKEN", "VERCEL_TOKEN", "CLOUDFLARE_API_TOKEN") + ": ${{ secrets." + p("NPM_TOKEN", "FLY_TOKEN", "DEPLOY_KEY") + " }}\n        run: ./deploy.sh --sha ${{ github.sha }}");
    g("env_read_code", () -> p("api_key = os.environ[\"" + p("OPENAI_API_KEY", "STRIPE_KEY") + "\"]\nclient = OpenAI(api_key=api_key)",
        "const token = process.env." + p("GITHUB_TOKEN", "SLACK_BOT_TOKEN") + " ?? '';\nif (!token) throw new Error('missing token');",
        "key := os.Getenv(\"" + p("DD_API_KEY", "VAULT_TOKEN") + "\")\nif key == \"\" {\n\tlog.Fatal(\"no key\")\n}",
        "String secret = System.getenv(\"" + p("DB_PASSWORD", "JWT_SECRET") + "\");\nObjects.requireNonNull(secret, \"secret\");",
        "let token = std::env::var(\"" + p("HF_TOKEN", "GROQ_API_KEY") + "\").expect(\"token not set\");",
        "$apiKey = getenv('MAILGUN_API_KEY') ?: throw new RuntimeException('no key');"));
    g("vault_paths", () -> p("$ vault kv metadata get secret/" + p("prod", "staging") + "/db\n======= Metadata =======\nKey                Value\n---                -----\ncreated_time       2026-10-0" + (1 + r.nextInt(9)) + "T08:12:44.0192Z\ncurrent_version    " + (1 + r.nextInt(9)) + "\nmax_versions       0",
        "$ vault token lookup\naccessor           " + m(B62, 24) + "\ndisplay_name       token-ci\nentity_id          " + uuid() + "\npolicies           [default deploy]\nttl                " + (1 + r.nextInt(760)) + "h"));
    g("sha256sum", () -> sha(64) + "  " + p("moltr-linux-amd64.tar.gz", "terraform_1.9.8_linux_amd64.zip", "node-v20.11.1-linux-x64.tar.xz") + "\n" + sha(64) + "  " + p("SHA256SUMS.sig", "checksums.txt"));
    g("hash_mix", () -> "md5: " + sha(32) + "\nsha1: " + sha(40) + "\nsha512: " + sha(128));
    g("password_hashes", () -> p("$ sudo grep deploy /etc/shadow\ndeploy:$6$" + m(B62, 16) + "$" + m(B62 + "./", 86) + ":19700:0:99999:7:::",
        " id |  email              | password_hash\n----+---------------------+--------------------------------------------------------------\n  " + r.nextInt(900) + " | ops@example.com     | $2b$12$" + m(B62 + "./", 53),
        "hash = \"$argon2id$v=19$m=65536,t=3,p=4$" + rawB64(16).replace("=", "") + "$" + rawB64(32).replace("=", "") + "\""));
    g("uuid_logs", () -> "2026-11-30 12:0" + r.nextInt(10) + ":11 INFO request_id=" + uuid() + " tenant=" + uuid() + " status=200 latency_ms=" + r.nextInt(900));
    g("git_log", () -> "$ git log --oneline -4\n" + sha(7) + " fix: retry on 503\n" + sha(7) + " chore(deps): bump axios\n" + sha(7) + " Merge pull request #" + r.nextInt(900) + "\n" + sha(40) + " (tag: v1." + r.nextInt(9) + ".0) release");
    g("npm_lock", () -> "    \"node_modules/" + p("lodash", "axios", "chalk", "semver") + "\": {\n      \"version\": \"4." + r.nextInt(20) + ".1\",\n      \"resolved\": \"https://registry.npmjs.org/x/-/x-4.17.21.tgz\",\n      \"integrity\": \"sha512-" + rawB64(64) + "\"\n    }");
    g("sri_tags", () -> "<script src=\"https://cdn.jsdelivr.net/npm/" + p("bootstrap@5.3.3", "htmx.org@2.0.0") + "/dist/x.min.js\" integrity=\"sha384-" + rawB64(48) + "\" crossorigin=\"anonymous\"></script>");
    g("docker_digests", () -> "$ docker images --digests\nREPOSITORY            TAG     DIGEST                                                                    IMAGE ID       SIZE\nghcr.io/acme/api      1.8." + r.nextInt(9) + "   sha256:" + sha(64) + "   " + sha(12) + "   " + (80 + r.nextInt(300)) + "MB");
    g("docker_inspect_clean", () -> "$ docker inspect web | jq '.[0].Config.Env'\n[\n  \"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\",\n  \"NODE_VERSION=20.11.1\",\n  \"YARN_VERSION=1.22.19\",\n  \"HOSTNAME=" + sha(12) + "\"\n]");
    g("docker_build_log", () -> "#" + (5 + r.nextInt(9)) + " [build 3/7] RUN npm ci\n#8 sha256:" + sha(64) + " 12.58MB / 48.2MB 2.1s\n#12 exporting layers\n#12 writing image sha256:" + sha(64) + " done\n#12 naming to docker.io/library/api:dev done");
    g("aws_sts_identity", () -> "$ aws sts get-caller-identity\n{\n    \"UserId\": \"" + p("AIDA", "AROA") + s(UP + "234567", 17) + (r.nextBoolean() ? ":botocore-session-" + (1700000000 + r.nextInt(90000000)) : "") + "\",\n    \"Account\": \"" + s(DIG, 12) + "\",\n    \"Arn\": \"arn:aws:iam::" + s(DIG, 12) + ":user/ci-deployer\"\n}");
    g("aws_ec2", () -> "$ aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceId,ImageId,SubnetId]'\n[\n  [\"i-0" + sha(16) + "\", \"ami-0" + sha(16) + "\", \"subnet-0" + sha(16) + "\"],\n  [\"i-0" + sha(16) + "\", \"ami-0" + sha(16) + "\", \"sg-0" + sha(16) + "\"]\n]");
    g("aws_arns", () -> "arn:aws:lambda:eu-west-1:" + s(DIG, 12) + ":function:" + p("resize", "ingest", "notify") + "-" + m(B62, 12) + "\narn:aws:kms:eu-west-1:" + s(DIG, 12) + ":key/" + uuid() + "\narn:aws:secretsmanager:eu-west-1:" + s(DIG, 12) + ":secret:prod/db-" + m(B62, 6));
    g("s3_ls", () -> "$ aws s3 ls s3://acme-uploads/2026/11/\n2026-11-30 09:12:44     " + r.nextInt(999999) + " " + m(B62, 22) + ".jpg\n2026-11-30 09:13:02     " + r.nextInt(999999) + " upload_" + sha(32) + ".pdf\n2026-11-30 09:14:55      " + r.nextInt(99999) + " " + uuid() + ".json");
    g("gcloud_ids", () -> "$ gcloud projects list\nPROJECT_ID              NAME        PROJECT_NUMBER\n" + s(LO, 7) + "-prod-" + s(DIG, 6) + "   " + p("payments", "search") + "    " + s(DIG, 12) + "\n\nOAuth client: " + s(DIG, 12) + "-" + s(LO + DIG, 32) + ".apps.googleusercontent.com");
    g("az_resource_ids", () -> "$ az resource list -o tsv --query '[].id'\n/subscriptions/" + uuid() + "/resourceGroups/rg-prod/providers/Microsoft.Storage/storageAccounts/st" + s(LO + DIG, 14) + "\n/subscriptions/" + uuid() + "/resourceGroups/rg-prod/providers/Microsoft.Web/sites/app-" + s(LO, 6) + "\ntenantId: " + uuid());
    g("doctl_list", () -> "$ doctl compute ssh-key list\nID          Name        FingerPrint\n" + s(DIG, 8) + "    laptop      " + String.join(":", sha(2), sha(2), sha(2), sha(2), sha(2), sha(2), sha(2), sha(2), sha(2), sha(2), sha(2), sha(2), sha(2), sha(2), sha(2), sha(2)) + "\n$ doctl compute droplet list --format ID,Name\n" + s(DIG, 9) + "   web-" + r.nextInt(9));
    g("flyctl_status", () -> "$ fly machine list -a api\nID              NAME                STATE   REGION  IMAGE\n" + sha(14) + "  " + p("falling", "misty", "quiet") + "-" + p("sun", "lake", "hill") + "-" + r.nextInt(9999) + "  started fra     api:deployment-01" + s(UP + DIG, 25));
    g("vercel_deploys", () -> "$ vercel ls\n  Age  Deployment                                              Status\n  " + r.nextInt(59) + "m   https://web-" + s(LO + DIG, 9) + "-acme-team.vercel.app     ● Ready\n  id: dpl_" + m(B62, 28) + "\n  project: prj_" + m(B62, 28));
    g("netlify_deploy", () -> "$ netlify deploy --prod\nDeploy path: dist\nUnique deploy URL: https://" + sha(24) + "--acme-site.netlify.app\nSite ID: " + uuid() + "\nDeploy ID: " + sha(24));
    g("kubectl_pods", () -> "$ kubectl get pods -n prod\nNAME                          READY   STATUS    RESTARTS   AGE\napi-" + sha(10) + "-" + s(LO + DIG, 5) + "       1/1     Running   0          " + r.nextInt(40) + "h\nworker-" + sha(9) + "-" + s(LO + DIG, 5) + "    1/1     Running   2          3d");
    g("k8s_secretkeyref", () -> "        env:\n          - name: " + p("DB_PASSWORD", "STRIPE_KEY", "API_TOKEN") + "\n            valueFrom:\n              secretKeyRef:\n                name: " + p("db-credentials", "payments") + "\n                key: " + p("password", "token"));
    g("k8s_secret_placeholder", () -> "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\ntype: Opaque\n" + p("stringData:\n  password: REPLACE_ME\n  api-key: <set-by-sealed-secrets>", "data:\n  password: <base64-encoded-password>", "data: {}"));
    g("kubectl_describe_secret", () -> "$ kubectl describe secret " + p("db-credentials", "tls-cert", "registry-auth") + "\nName:         x\nNamespace:    prod\nType:  Opaque\n\nData\n====\npassword:  " + (8 + r.nextInt(40)) + " bytes\nusername:  " + r.nextInt(9) + " bytes");
    g("helm_status", () -> "$ helm list -A\nNAME      NAMESPACE  REVISION  UPDATED                                  STATUS    CHART              APP VERSION\nredis     data       " + r.nextInt(20) + "         2026-11-2" + r.nextInt(9) + " 10:11:02.8" + s(DIG, 5) + " +0000 UTC  deployed  redis-18." + r.nextInt(9) + ".1     7.2.4");
    g("terraform_plan", () -> "  # aws_db_instance.main will be updated in-place\n  ~ resource \"aws_db_instance\" \"main\" {\n        id       = \"db-" + s(UP + DIG, 26) + "\"\n      ~ password = (sensitive value)\n        arn      = \"arn:aws:rds:eu-west-1:" + s(DIG, 12) + ":db:main\"\n    }\nPlan: 0 to add, 1 to change, 0 to destroy.");
    g("terraform_state", () -> "$ terraform state show aws_s3_bucket.logs\nresource \"aws_s3_bucket\" \"logs\" {\n    arn            = \"arn:aws:s3:::acme-logs-" + sha(8) + "\"\n    bucket         = \"acme-logs-" + sha(8) + "\"\n    hosted_zone_id = \"Z" + s(UP + DIG, 13) + "\"\n    id             = \"acme-logs-" + sha(8) + "\"\n}");
    g("terraform_output_masked", () -> "$ terraform output\ndb_endpoint = \"main." + s(LO + DIG, 12) + ".eu-west-1.rds.amazonaws.com\"\ndb_password = <sensitive>\nvpc_id = \"vpc-0" + sha(16) + "\"");
    g("gha_masked_log", () -> "2026-11-30T10:1" + r.nextInt(10) + ":02.1183Z ##[group]Run npm publish\n2026-11-30T10:15:02.1190Z env:\n2026-11-30T10:15:02.1191Z   NODE_AUTH_TOKEN: ***\n2026-11-30T10:15:02.1192Z   GITHUB_SHA: " + sha(40) + "\n2026-11-30T10:15:05.0021Z + curl -H 'Authorization: token ***' https://api.github.com/repos/acme/api");
    g("gitlab_masked_log", () -> "$ echo \"deploying with $DEPLOY_TOKEN\"\ndeploying with [MASKED]\nRunning on runner-" + s(LO + DIG, 8) + "-project-" + r.nextInt(99999) + "-concurrent-0 via " + host() + "...\nJob succeeded\nCI_JOB_ID=" + s(DIG, 10));
    g("npm_install_out", () -> "$ npm ci\nadded " + r.nextInt(1500) + " packages, and audited " + r.nextInt(1500) + " packages in " + r.nextInt(60) + "s\n\n" + r.nextInt(200) + " packages are looking for funding\nnpm notice shasum: " + sha(40) + "\nnpm notice integrity: sha512-" + rawB64(12) + "[...]" + rawB64(6).replace("=", "") + "==");
    g("pip_hashes", () -> p("requests", "urllib3", "certifi", "idna") + "==2." + r.nextInt(32) + ".0 \\\n    --hash=sha256:" + sha(64) + " \\\n    --hash=sha256:" + sha(64));
    g("cargo_lock", () -> "[[package]]\nname = \"" + p("serde", "tokio", "anyhow", "rand") + "\"\nversion = \"1.0." + r.nextInt(200) + "\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"" + sha(64) + "\"");
    g("go_sum", () -> "github.com/" + p("stretchr/testify", "spf13/cobra", "google/uuid") + " v1." + r.nextInt(10) + ".0 h1:" + rawB64(32) + "\ngithub.com/x/y v1.0.0/go.mod h1:" + rawB64(32));
    g("openssl_x509", () -> "$ openssl x509 -in cert.pem -noout -text | head\n        Serial Number:\n            " + String.join(":", sha(2), sha(2), sha(2), sha(2), sha(2), sha(2), sha(2), sha(2)) + "\n        Signature Algorithm: sha256WithRSAEncryption\n        Subject: CN = api.example.com\n            Modulus:\n                00:" + String.join(":", sha(2), sha(2), sha(2), sha(2), sha(2), sha(2), sha(2), sha(2), sha(2), sha(2), sha(2), sha(2), sha(2), sha(2), sha(2)) + ":\n            Exponent: 65537 (0x10001)\nSHA256 Fingerprint=" + sha(64).toUpperCase());
    g("ssh_fingerprints", () -> "$ ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:" + rawB64(32).replace("=", "") + " ops@laptop (ED25519)\n$ ssh-keyscan -t rsa github.com | ssh-keygen -lf -\n3072 SHA256:" + rawB64(32).replace("=", "") + " github.com (RSA)");
    g("ssh_public_keys", () -> p("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + m(B64, 43) + " ops@" + host(), "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + m(B64, 500) + " deploy@ci") + "\n# added to ~/.ssh/authorized_keys");
    g("pem_public", () -> p("-----BEGIN PUBLIC KEY-----\n" + Blind16Creds.wrap("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + m(B64, 320) + "IDAQAB", 64) + "-----END PUBLIC KEY-----",
        "-----BEGIN CERTIFICATE-----\n" + Blind16Creds.wrap("MIIDdzCCAl+gAwIBAgIE" + m(B64, 800), 64) + "-----END CERTIFICATE-----"));
    g("gpg_list_keys", () -> "$ gpg --list-keys\npub   ed25519 2024-0" + (1 + r.nextInt(9)) + "-11 [SC]\n      " + sha(40).toUpperCase() + "\nuid           [ultimate] Release Bot <release@example.com>\nsub   cv25519 2024-03-11 [E]");
    g("psql_output", () -> "app=> select id, slug, token_hash from api_tokens limit 2;\n id |   slug    |                            token_hash\n----+-----------+------------------------------------------------------------------\n " + r.nextInt(99) + " | ci-" + s(LO, 4) + "   | " + sha(64) + "\n(2 rows)");
    g("journal_logs", () -> "Nov 30 14:0" + r.nextInt(10) + ":11 " + host() + " systemd[1]: Started app.service - API (" + sha(12) + ").\nNov 30 14:02:12 " + host() + " app[" + r.nextInt(40000) + "]: trace_id=" + sha(32) + " span_id=" + sha(16) + " msg=\"ready\"");
    g("http_headers", () -> "< HTTP/2 200\n< etag: \"" + sha(32) + "\"\n< x-request-id: " + m(B62, 26) + "\n< cf-ray: " + sha(16) + "-FRA\n< traceparent: 00-" + sha(32) + "-" + sha(16) + "-01\n< x-amz-cf-id: " + m(B64U, 56) + "==\n< content-md5: " + rawB64(16));
    g("data_uri_image", () -> "<img alt=\"logo\" src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA" + rawB64(180) + "\">");
    g("b64_harmless", () -> "$ echo '" + p("{\"replicas\":3,\"region\":\"eu-west-1\"}", "hello from the build server", "feature-flags: dark-mode, beta-search") + "' | base64\n" + b64(p("{\"replicas\":3,\"region\":\"eu-west-1\"}", "hello from the build server " + r.nextInt(99), "feature-flags: dark-mode, beta-search")));
    g("font_css", () -> "@font-face{font-family:Inter;src:url(data:font/woff2;base64,d09GMgABAAAA" + rawB64(240) + ") format(\"woff2\");font-display:swap}");
    g("minified_js", () -> "(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[" + r.nextInt(999) + "],{" + r.nextInt(99999) + ":function(e,t,n){\"use strict\";n.d(t,{Z:function(){return a}});var r=n(" + r.nextInt(9999) + "),a=\"_app-" + sha(16) + "\"}}]);\n//# sourceMappingURL=main-" + sha(20) + ".js.map");
    g("source_map", () -> "{\"version\":3,\"file\":\"main." + sha(8) + ".js\",\"sources\":[\"webpack://app/./src/index.ts\"],\"mappings\":\"AAAA,SAASA,EAAIC,GACX,OAAO" + s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 80) + ";AAAA\"}");
    g("grpc_dump", () -> "$ grpcurl -d '{\"id\":\"" + uuid() + "\"}' api:443 store.v1.Blobs/Get\n{\n  \"id\": \"" + uuid() + "\",\n  \"checksum\": \"" + rawB64(32) + "\",\n  \"etag\": \"" + rawB64(12) + "\"\n}");
    g("hexdump", () -> "$ xxd -l 48 blob.bin\n00000000: " + sha(4) + " " + sha(4) + " " + sha(4) + " " + sha(4) + " " + sha(4) + " " + sha(4) + " " + sha(4) + " " + sha(4) + "  ................\n00000010: " + sha(4) + " " + sha(4) + " " + sha(4) + " " + sha(4) + " " + sha(4) + " " + sha(4) + " " + sha(4) + " " + sha(4) + "  ................");
    g("card_like_fail_luhn", () -> p("Order number: ", "Tracking: ", "Invoice ref ", "Shipment ID ") + c.cardRaw(false) + p(" (shipped)", "", " — see portal"));
    g("iban_like_fail_mod97", () -> p("Ref: ", "Bank account (from the old form, invalid checksum): ", "Verwendungszweck ") + c.ibanRaw(false));
    g("crypto_addresses", () -> p("Send the donation to bc1q" + s("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38), "ETH deposit address: 0x" + sha(40), "BTC: 1" + s(Blind16Creds.B58, 33), "Contract deployed at 0x" + sha(40) + " (tx 0x" + sha(64) + ")"));
    g("masked_values", () -> p("Card on file: **** **** **** " + s(DIG, 4), "The key sk-...." + s(LO + DIG, 4) + " has been revoked and replaced.", "token: ghp_****" + s(B62, 4), "AWS key AKIA****************" + " (last used 3d ago)", "API key ending in …" + s(B62, 4) + " was rotated on 2026-11-2" + r.nextInt(9)));
    g("redacted", () -> p("password=[REDACTED]", "Authorization: Bearer [REDACTED]", "\"client_secret\": \"<redacted>\"", "DATABASE_URL=postgres://app:*****@db:5432/app", "api_key=[FILTERED]") + "\n" + p("log sanitizer applied", "", "(redacted by log pipeline)"));
    g("version_build_ids", () -> "version: 1." + r.nextInt(20) + "." + r.nextInt(20) + "-rc." + r.nextInt(5) + "+build." + sha(12) + "\nbuild_id: " + p("bld", "run") + "_" + m(B62, 22) + "\ncommit: " + sha(40));
    g("css_and_filenames", () -> "<div class=\"css-" + s(LO + DIG, 7) + " Button_root__" + m(B62, 5) + " sc-" + m(B62, 6) + "\">\n" + p("IMG_", "upload_", "tmp") + m(B62, 20) + "." + p("png", "heic", "tar.gz") + "\n/static/chunks/pages/_app-" + sha(16) + ".js");
    g("jwt_alg_none", () -> {
      Base64.Encoder e = Base64.getUrlEncoder().withoutPadding();
      return "Decoded session (unsigned, alg none, rejected by the server):\n" + e.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
          + e.encodeToString(("{\"sub\":\"" + r.nextInt(9999) + "\",\"role\":\"viewer\"}").getBytes(StandardCharsets.UTF_8)) + ".";
    });
    g("stripe_publishable", () -> "<script>const stripe = Stripe('" + p("pk_live_", "pk_test_") + m(B62, 99) + "');</script>");
    g("sentry_public_dsn", () -> "Sentry.init({ dsn: \"https://" + sha(32) + "@o" + s(DIG, 6) + ".ingest." + p("", "de.") + "sentry.io/" + s(DIG, 16) + "\", tracesSampleRate: 0.1 });");
    g("documented_test_values", () -> p("Use test card 4242 4242 4242 4242 with any future date.", "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFqTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;",
        "RFC 4231 test case 1: Key = 0x0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b, Data = \"Hi There\"", "RFC 6238 TOTP test seed (ASCII): 12345678901234567890", "UseDevelopmentStorage=true", "Stripe test card 5555 5555 5555 4444 (Mastercard)"));
    g("keygen_code", () -> p("import secrets\nprint(secrets.token_urlsafe(32))", "const key = crypto.randomBytes(32).toString('hex');", "$ openssl rand -hex 32 > /run/secrets/session_key",
        "func newKey() []byte {\n\tb := make([]byte, 32)\n\tif _, err := rand.Read(b); err != nil {\n\t\tpanic(err)\n\t}\n\treturn b\n}", "$ ssh-keygen -t ed25519 -C deploy@ci -f ~/.ssh/deploy -N ''"));
    g("key_validators", () -> p("TOKEN_RE = re.compile(r\"^ghp_[A-Za-z0-9]{36}$\")", "if (!/^sk-[A-Za-z0-9]{48}$/.test(key)) throw new Error('bad key');",
        "private static final Pattern AWS = Pattern.compile(\"AKIA[0-9A-Z]{16}\");", "  - id: slack-token\n    regex: 'xox[baprs]-([0-9a-zA-Z]{10,48})'"));
    g("s3_etag_md5", () -> "{\n  \"ETag\": \"\\\"" + sha(32) + "-" + r.nextInt(40) + "\\\"\",\n  \"ChecksumSHA256\": \"" + rawB64(32) + "\",\n  \"VersionId\": \"" + m(B62 + "._", 32) + "\"\n}");
    g("env_dump_clean", () -> "$ printenv | sort\nGIT_COMMIT=" + sha(40) + "\nHOME=/root\nHOSTNAME=" + sha(12) + "\nKUBERNETES_SERVICE_HOST=10.96.0.1\nPATH=/usr/local/bin:/usr/bin\nRUNNER_TRACKING_ID=github_" + uuid());
    g("ci_cache_keys", () -> "Cache restored from key: " + p("node-cache-Linux-x64-npm-", "pip-Linux-", "cargo-registry-") + sha(64) + "\nReceived " + r.nextInt(999999999) + " of " + r.nextInt(999999999) + " (100.0%), 37.4 MBs/sec");
    g("openapi_security", () -> "components:\n  securitySchemes:\n    ApiKeyAuth:\n      type: apiKey\n      in: header\n      name: " + p("X-API-Key", "Authorization") + "\n    bearerAuth:\n      type: http\n      scheme: bearer\n      bearerFormat: JWT");
    g("gcloud_token_info", () -> "$ gcloud auth list\n       Credentialed Accounts\nACTIVE  ACCOUNT\n*       deployer@" + s(LO, 8) + "-" + s(DIG, 6) + ".iam.gserviceaccount.com\n\nkey id: " + sha(40));
    g("az_account_show", () -> "$ az account show\n{\n  \"environmentName\": \"AzureCloud\",\n  \"id\": \"" + uuid() + "\",\n  \"tenantId\": \"" + uuid() + "\",\n  \"user\": { \"name\": \"ops@example.com\", \"type\": \"user\" }\n}");
    g("mysql_processlist", () -> "mysql> SHOW PROCESSLIST;\n| Id  | User | Host             | db   | Command | Time | State |\n| " + r.nextInt(999) + " | app  | 10.0." + r.nextInt(255) + "." + r.nextInt(255) + ":" + (30000 + r.nextInt(30000)) + " | main | Sleep   | " + r.nextInt(99) + "   |       |");
    g("redis_cli", () -> "127.0.0.1:6379> KEYS session:*\n1) \"session:" + m(B62, 32) + "\"\n2) \"session:" + m(B62, 32) + "\"\n127.0.0.1:6379> TTL session:x\n(integer) " + r.nextInt(86400));
    g("chat_explain_rotation", () -> p("I rotated the key in the dashboard; the old one (ending in " + s(B62, 4) + ") no longer works. The new value is stored in Vault at secret/prod/stripe, I did not paste it here.",
        "Ich habe das Token erneuert und in GitHub Secrets als `NPM_TOKEN` hinterlegt. Der Wert selbst steht nicht im Log.", "J'ai mis le mot de passe dans le coffre (vault kv put secret/prod/db password=@pw.txt), pas dans le ticket."));
    g("trace_ids", () -> "X-Amzn-Trace-Id: Root=1-" + sha(8) + "-" + sha(24) + ";Parent=" + sha(16) + ";Sampled=1\nx-cloud-trace-context: " + sha(32) + "/" + s(DIG, 19) + ";o=1\nx-b3-traceid: " + sha(32));
  }
}
