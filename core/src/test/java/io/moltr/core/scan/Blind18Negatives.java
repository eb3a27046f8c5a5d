package io.moltr.core.scan;

import static io.moltr.core.scan.Blind18Creds.B62;
import static io.moltr.core.scan.Blind18Creds.B64URL;
import static io.moltr.core.scan.Blind18Creds.DIG;
import static io.moltr.core.scan.Blind18Creds.LOW;
import static io.moltr.core.scan.Blind18Creds.UP;
import static io.moltr.core.scan.Blind18Creds.bytes;
import static io.moltr.core.scan.Blind18Creds.from;
import static io.moltr.core.scan.Blind18Creds.hex;
import static io.moltr.core.scan.Blind18Contexts.pick;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * Harmless agent output, much of it in the encodings a decoder reads, none of it a secret.
 *
 * <p>Label decisions (from issue 3: "Do not flag what is not a secret: documented example keys,
 * placeholders, code that reads a secret from the environment, hashes, UUIDs, git SHAs, integrity
 * hashes, public addresses, data URIs of images"):
 *
 * <ul>
 *   <li>A bcrypt or argon2 hash is a hash: negative.
 *   <li>A JWT with alg none and an empty signature is not "a JWT with a signature": negative.
 *   <li>A Sentry DSN with only its public key (the modern form, embedded in every browser bundle)
 *       has no secret: negative. The legacy public:secret form is a positive (Blind18Creds).
 *   <li>A Kubernetes Secret whose data decodes to a placeholder (REPLACE_ME, &lt;password&gt;,
 *       ${DB_PASSWORD}) holds no secret: negative.
 *   <li>A redaction message that shows only a prefix and the last four characters is not a leak.
 *   <li>Base64, hex or percent-encoding of a placeholder ("YOUR_API_KEY") is still a placeholder.
 *   <li>Documented test card numbers (4242...) are left out both ways: Luhn-valid, publicly known,
 *       and a matter of policy the issue does not settle.
 *   <li>Card-like and IBAN-like numbers here fail Luhn or mod 97 (checked by the self-test).
 *   <li>Public keys, certificates, public crypto addresses: negative (the issue lists them).
 * </ul>
 */
final class Blind18Negatives {
  static final int PER_GENERATOR = 17;

  record Gen(String name, String encoding, String context, Function<Random, String> make) {}

  private Blind18Negatives() {}

  static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  static String uuid(Random r) {
    return new UUID(r.nextLong(), r.nextLong()).toString();
  }

  static String sha(Random r, int hexLen) {
    return from(r, Blind18Creds.HEX, hexLen);
  }

  static String luhnFail(Random r, String prefix, int len) {
    String ok = Blind18Creds.card(r, prefix, len);
    char last = ok.charAt(len - 1);
    char bad = (char) ('0' + (last - '0' + 1 + r.nextInt(8)) % 10);
    return ok.substring(0, len - 1) + bad;
  }

  static String ibanFail(Random r) {
    String ok = Blind18Creds.iban("DE", from(r, DIG, 18));
    int check = Integer.parseInt(ok.substring(2, 4));
    int bad = (check + 1 + r.nextInt(90)) % 97;
    if (bad < 2) {
      bad = 50;
    }
    return "DE" + String.format("%02d", bad) + ok.substring(4);
  }

  static final String[] PROSE = {
    "The quick brown fox jumps over the lazy dog while the build finishes.",
    "Remember to update the changelog before you tag the release.",
    "All tests passed on the second run; the first failure was a flaky network timeout.",
    "Our meeting moved to Thursday at ten, same room as last week.",
    "The export now streams rows instead of loading the whole table into memory.",
  };

  static String prose(Random r) {
    return PROSE[r.nextInt(PROSE.length)];
  }

  static List<Gen> all() {
    List<Gen> g = new ArrayList<>();
    g.add(new Gen("aws-doc-example", "plain", "chat-en", r -> pick(r,
        "The AWS docs use these example values:\n\n```\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
            + "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```\n"
            + "Replace them with your own before running `aws s3 ls`.",
        "In the tutorial the key id is AKIAIOSFODNN7EXAMPLE and the session token is omitted;"
            + " both are placeholders from the AWS documentation.",
        "export AWS_ACCESS_KEY_ID=AKIAI44QH8DHBEXAMPLE\nexport AWS_SECRET_ACCESS_KEY="
            + "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY   # documentation example")));
    g.add(new Gen("placeholder-sk-xxxx", "plain", "code", r -> pick(r,
        "```python\nclient = OpenAI(api_key=\"sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\")\n```\n"
            + "Put your real key in place of the x's.",
        "OPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=sk-ant-...",
        "Set `STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX` in your shell; never commit it.",
        "```\nGITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n```")));
    g.add(new Gen("placeholder-your-key", "plain", "config", r -> pick(r,
        "```yaml\napi:\n  key: YOUR_API_KEY\n  secret: YOUR_API_SECRET_HERE\n```",
        "curl -H \"Authorization: Bearer YOUR_TOKEN_HERE\" https://api.example.com/v1/me",
        "const apiKey = 'your-api-key-goes-here';\nconst secret = 'INSERT_SECRET_HERE';",
        "password = \"changeme\"  # set a real one in production\napi_key = \"replace-me\"")));
    g.add(new Gen("placeholder-angle", "plain", "docs", r -> pick(r,
        "Call it like this:\n\n    mycli login --token <token> --org <org-id>\n",
        "Authorization: Bearer <YOUR_ACCESS_TOKEN>\nX-Api-Key: <api-key>",
        "DATABASE_URL=postgres://<user>:<password>@<host>:5432/<db>")));
    g.add(new Gen("placeholder-env-ref", "plain", "config", r -> pick(r,
        "```yaml\nenv:\n  DB_PASSWORD: ${DB_PASSWORD}\n  API_TOKEN: ${API_TOKEN:?missing}\n```",
        "docker run -e OPENAI_API_KEY=$OPENAI_API_KEY -e HF_TOKEN=\"$HF_TOKEN\" app:latest",
        "set API_KEY=%API_KEY%\npassword: ${{ env.DB_PASS }}",
        "DATABASE_URL=postgres://app:${POSTGRES_PASSWORD}@db:5432/app")));
    g.add(new Gen("placeholder-gha-secrets", "plain", "github-actions", r ->
        "```yaml\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm publish\n"
            + "        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n"
            + "          SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK_URL }}\n```"));
    g.add(new Gen("placeholder-masked", "plain", "chat-en", r -> pick(r,
        "Your current settings: api_key = ************, password = ********",
        "| name | value |\n|---|---|\n| DB_PASSWORD | •••••••• |\n| API_KEY | (hidden) |",
        "token: [REDACTED]\nsecret: <redacted>\npassword: ***")));
    g.add(new Gen("env-read-python", "plain", "python", r ->
        "```python\nimport os\n\napi_key = os.environ[\"OPENAI_API_KEY\"]\n"
            + "db_password = os.getenv(\"DB_PASSWORD\", \"\")\nif not api_key:\n"
            + "    raise SystemExit(\"set OPENAI_API_KEY\")\n```"));
    g.add(new Gen("env-read-js", "plain", "javascript", r ->
        "```ts\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });\n"
            + "const token = process.env.GITHUB_TOKEN ?? '';\n```"));
    g.add(new Gen("env-read-other", "plain", "code", r -> pick(r,
        "```go\ntoken := os.Getenv(\"SLACK_BOT_TOKEN\")\nif token == \"\" {\n\tlog.Fatal(\"missing token\")\n}\n```",
        "```java\nString secret = System.getenv(\"JWT_SECRET\");\n```",
        "```rust\nlet key = std::env::var(\"ANTHROPIC_API_KEY\").expect(\"ANTHROPIC_API_KEY\");\n```",
        "```csharp\nvar conn = Environment.GetEnvironmentVariable(\"AZURE_STORAGE_CONNECTION_STRING\");\n```")));
    g.add(new Gen("vault-read", "plain", "code", r -> pick(r,
        "```python\nsecret = client.secrets.kv.v2.read_secret_version(path=\"billing/stripe\")\n"
            + "key = secret[\"data\"][\"data\"][\"api_key\"]\n```",
        "$ vault kv get -field=password secret/db/prod > /run/secrets/db_password\n$ echo done\ndone",
        "aws secretsmanager get-secret-value --secret-id prod/api --query SecretString --output text"
            + " | jq -r .token > token.txt")));
    g.add(new Gen("hashes-sums", "hex", "terminal", r ->
        "$ sha256sum dist/*\n" + sha(r, 64) + "  dist/app-1.4.2.tar.gz\n" + sha(r, 64)
            + "  dist/app-1.4.2.zip\n$ md5sum README.md\n" + sha(r, 32) + "  README.md\n$ sha1sum LICENSE\n"
            + sha(r, 40) + "  LICENSE\n"));
    g.add(new Gen("sha512-sums", "hex", "docs", r ->
        "SHA512 (node-v20.18.0-linux-x64.tar.xz) = " + sha(r, 128)
            + "\nVerify the download before you extract it."));
    g.add(new Gen("bcrypt-hash", "plain", "sql", r -> pick(r,
        "```sql\nSELECT id, email, password_hash FROM users LIMIT 2;\n```\n\n| id | email | password_hash |\n"
            + "|---|---|---|\n| 1 | ana@example.org | $2b$12$" + from(r, B62 + "./", 53) + " |\n"
            + "| 2 | li@example.org | $2b$12$" + from(r, B62 + "./", 53) + " |",
        "The stored hash looks like `$argon2id$v=19$m=65536,t=3,p=4$" + from(r, B62, 22) + "$"
            + from(r, B62, 43) + "` which is fine: only the hash is kept.")));
    g.add(new Gen("uuids", "plain", "json", r ->
        "{\"orders\":[{\"id\":\"" + uuid(r) + "\",\"customer\":\"" + uuid(r) + "\"},{\"id\":\""
            + uuid(r) + "\",\"customer\":\"" + uuid(r) + "\"}],\"request_id\":\"" + uuid(r) + "\"}"));
    g.add(new Gen("git-log", "hex", "terminal", r ->
        "$ git log --format='%H %s' -3\n" + sha(r, 40) + " fix: handle empty cart\n" + sha(r, 40)
            + " feat: export csv\n" + sha(r, 40) + " chore: bump deps\n"));
    g.add(new Gen("git-short-shas", "hex", "terminal", r ->
        "pick " + sha(r, 7) + " add export\npick " + sha(r, 7) + " fix tests\nsquash " + sha(r, 7)
            + " typo\n\n# Rebase " + sha(r, 7) + ".." + sha(r, 7) + " onto " + sha(r, 7)));
    g.add(new Gen("integrity-hashes", "base64", "json", r ->
        "\"node_modules/lodash\": {\n  \"version\": \"4.17.21\",\n  \"resolved\": "
            + "\"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\",\n  \"integrity\": \"sha512-"
            + b64(bytes(r, 64)) + "\"\n}\n<script src=\"/app.js\" integrity=\"sha384-"
            + b64(bytes(r, 48)) + "\" crossorigin=\"anonymous\"></script>"));
    g.add(new Gen("crypto-addresses", "plain", "chat-en", r ->
        "Donations welcome:\n- BTC: " + Blind18Creds.bech32("bc", bytes(r, 20)) + "\n- BTC (legacy): "
            + Blind18Creds.base58check(concat(new byte[] {0}, bytes(r, 20))) + "\n- ETH: 0x"
            + sha(r, 40) + "\nThese are public receiving addresses."));
    g.add(new Gen("ssh-public-keys", "base64", "config", r ->
        "authorized_keys on the bastion:\n\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI"
            + Base64.getEncoder().encodeToString(bytes(r, 32)).substring(0, 43) + " ana@laptop\n"
            + "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + from(r, B62 + "+/", 340) + " ci@runner\n"));
    g.add(new Gen("pem-public-key", "base64", "file", r ->
        "-----BEGIN PUBLIC KEY-----\n" + Blind18Creds.wrap("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"
            + b64(bytes(r, 270)), 64) + "-----END PUBLIC KEY-----"));
    g.add(new Gen("pem-certificate", "base64", "file", r ->
        "Here is the server certificate (public, safe to share):\n\n-----BEGIN CERTIFICATE-----\n"
            + Blind18Creds.wrap("MIIDdzCCAl+gAwIBAgIE" + b64(bytes(r, 600)), 64)
            + "-----END CERTIFICATE-----"));
    g.add(new Gen("data-uri-image", "base64", "html", r ->
        "<img alt=\"logo\" src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA"
            + b64(bytes(r, 300)) + "\" width=\"32\">"));
    g.add(new Gen("base64-log", "base64", "chat-en", r ->
        "The CI log was attached base64-encoded; decoded it says nothing interesting:\n\n"
            + b64("2026-11-30 08:00:01 INFO build started\n2026-11-30 08:03:12 INFO tests 412 passed\n"
                + "2026-11-30 08:03:40 INFO artifact uploaded " + uuid(r) + "\n")));
    g.add(new Gen("base64-config", "base64", "k8s", r ->
        "```yaml\napiVersion: v1\nkind: ConfigMap\nbinaryData:\n  app.ini: "
            + b64("[server]\nport=8080\nworkers=" + (2 + r.nextInt(8)) + "\nlog_level=info\n")
            + "\n```"));
    g.add(new Gen("base64-font", "base64", "css", r ->
        "@font-face {\n  font-family: 'Inter';\n  src: url(data:font/woff2;base64,d09GMgABAAAA"
            + b64(bytes(r, 420)) + ") format('woff2');\n}"));
    g.add(new Gen("hex-dump", "hex", "terminal", r -> {
      String t = prose(r) + " " + prose(r);
      StringBuilder b = new StringBuilder("$ xxd notes.txt | head\n");
      byte[] by = t.getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < by.length; i += 16) {
        b.append(String.format("%08x: ", i));
        StringBuilder asc = new StringBuilder();
        for (int j = i; j < i + 16; j++) {
          if (j < by.length) {
            b.append(String.format("%02x", by[j]));
            asc.append(by[j] >= 32 && by[j] < 127 ? (char) by[j] : '.');
          } else {
            b.append("  ");
          }
          if (j % 2 == 1) {
            b.append(' ');
          }
        }
        b.append(' ').append(asc).append('\n');
      }
      return b.toString();
    }));
    g.add(new Gen("checksum-list", "hex", "file", r ->
        "# SHA256SUMS\n" + sha(r, 64) + " *terraform_1.9.8_linux_amd64.zip\n" + sha(r, 64)
            + " *terraform_1.9.8_darwin_arm64.zip\n" + sha(r, 64) + " *terraform_1.9.8_windows_amd64.zip\n"));
    g.add(new Gen("gzip-text", "gzip-base64", "chat-en", r ->
        "Compressed release notes (gzip+base64) for the archive:\n\n"
            + Blind18Enc.gzipB64("Release 3.2\n- faster export\n- fixed the date filter\n- "
                + prose(r) + "\n")));
    g.add(new Gen("deflate-text", "deflate-base64", "json", r ->
        "{\"encoding\":\"deflate\",\"payload\":\"" + Blind18Enc.zlibB64("{\"items\":[1,2,3],\"note\":\""
            + prose(r) + "\"}") + "\"}"));
    g.add(new Gen("percent-url", "percent", "chat-en", r ->
        "The redirect goes to https://www.example.com/search?q=" + Blind18Enc.percent(prose(r))
            .replace("%20", "+") + "&lang=en&ref=docs%2Fguide%2Fintro"));
    g.add(new Gen("form-body", "percent", "http-dump", r ->
        "POST /signup HTTP/1.1\nHost: shop.example.com\nContent-Type: application/x-www-form-urlencoded\n\n"
            + "name=Ana%20Lima&email=ana%40example.org&city=S%C3%A3o%20Paulo&plan=pro&"
            + "comment=" + Blind18Enc.percent(prose(r)) + "&newsletter=1"));
    g.add(new Gen("html-entities", "html", "html", r ->
        "<p>Caf&eacute; &amp; cr&egrave;me &mdash; &laquo;" + Blind18Enc.html(prose(r), r.nextBoolean())
            + "&raquo; &copy; 2026 &#8212; &#x2192; next</p>"));
    g.add(new Gen("json-unicode-escapes", "unicode-escape", "json", r ->
        "{\"title\":\"Gr\\u00fc\\u00dfe aus M\\u00fcnchen\",\"body\":\"" + Blind18Enc.uesc(prose(r))
            + "\",\"emoji\":\"\\ud83d\\ude00\"}"));
    g.add(new Gen("rot13-puzzle", "rot13", "chat-en", r ->
        "Here's the riddle, answer in rot13 so nobody spoils it:\n\n" + Blind18Enc.rot13(prose(r))
            + "\n\nAnswer: " + Blind18Enc.rot13("a towel")));
    g.add(new Gen("reversed-sentence", "reversed", "chat-en", r ->
        "Read this backwards: \"" + Blind18Enc.reverse(prose(r)) + "\" — it's a palindrome game."));
    g.add(new Gen("cjk-prose", "plain", "chat-zh", r -> pick(r,
        "我已经更新了部署脚本，现在测试全部通过。下一步是把数据库迁移合并到主分支，然后观察一天的延迟。",
        "デプロイが完了しました。ログにエラーはありません。明日の朝にもう一度確認します。",
        "배포가 끝났습니다. 오류는 없고, 내일 다시 확인하겠습니다.")));
    g.add(new Gen("arabic-prose", "plain", "chat-ar", r ->
        "تم تحديث الخادم بنجاح، وجميع الاختبارات ناجحة. سأراقب الأداء غدًا صباحًا.\n"
            + "שלום, הבנייה הסתיימה בהצלחה."));
    g.add(new Gen("emoji-zwj", "zero-width", "chat-en", r ->
        "Team update 👩‍💻👨‍👩‍👧‍👦 🏳️‍🌈 — release shipped! 🎉 Thanks 🙏🏽 and see you Monday 👋\u200d"));
    g.add(new Gen("accented-prose", "plain", "chat-fr", r -> pick(r,
        "Ça marche : la façade du service est prête, déjà testée à São Paulo et Zürich.",
        "Ｆｕｌｌ-width text like ＡＢＣ１２３ appears in Japanese forms; NFKC turns it into ABC123.",
        "Ελληνικά και русский текст: привет мир, καλημέρα κόσμε.")));
    g.add(new Gen("trace-ids", "hex", "log", r ->
        "traceparent: 00-" + sha(r, 32) + "-" + sha(r, 16) + "-01\nx-request-id: "
            + uuid(r) + "\nx-amzn-trace-id: Root=1-" + sha(r, 8) + "-" + sha(r, 24)));
    g.add(new Gen("s3-object-keys", "plain", "terminal", r ->
        "$ aws s3 ls s3://acme-exports/2026/11/\n2026-11-30 08:00:12   48211 export-"
            + from(r, LOW + DIG, 20) + ".csv.gz\n2026-11-30 08:00:13   12902 part-00000-" + uuid(r)
            + "-c000.snappy.parquet\n"));
    g.add(new Gen("css-class-hashes", "plain", "html", r ->
        "<div class=\"Card_root__" + from(r, B62, 5) + " css-" + from(r, LOW + DIG, 7) + "\"><span class=\"sc-"
            + from(r, UP + LOW, 6) + " " + from(r, UP + LOW, 6) + "\">Total</span></div>"));
    g.add(new Gen("webpack-chunks", "plain", "terminal", r ->
        "asset main." + sha(r, 20) + ".js 212 KiB [emitted] [immutable]\nasset 842."
            + sha(r, 20) + ".chunk.js 18 KiB\nasset vendors-node_modules_react-dom_index_js."
            + sha(r, 8) + ".js 130 KiB\nwebpack 5.94.0 compiled successfully in 4211 ms"));
    g.add(new Gen("minified-js", "plain", "code", r ->
        "!function(e,t){\"object\"==typeof exports?module.exports=t():e.lib=t()}(this,function(){"
            + "var n=\"" + from(r, B62, 30) + "\",r=function(e){return e.split(\"\").reverse()"
            + ".join(\"\")};return{v:\"2.1.0\",id:n,r:r}});"));
    g.add(new Gen("source-map", "base64", "json", r ->
        "{\"version\":3,\"file\":\"app.min.js\",\"sources\":[\"src/app.ts\"],\"names\":[\"init\"],"
            + "\"mappings\":\"" + from(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 120)
                .replaceAll("(.{6})", "$1;") + "\"}"));
    g.add(new Gen("protobuf-dump", "plain", "terminal", r ->
        "$ protoc --decode_raw < msg.bin\n1: " + (r.nextInt(90000) + 1000) + "\n2: \"order-"
            + from(r, DIG, 6) + "\"\n3 {\n  1: 1764489600\n  2: 0x" + sha(r, 16) + "\n}\n4: \""
            + "\\022\\010\\001\\377\"\n"));
    g.add(new Gen("msgpack-dump", "hex", "terminal", r ->
        "msgpack (hex): 83 a2 69 64 cd " + sha(r, 2) + " " + sha(r, 2)
            + " a4 6e 61 6d 65 a3 41 6e 61 a4 74 61 67 73 92 a1 61 a1 62\n"
            + "decoded: {\"id\": " + r.nextInt(60000) + ", \"name\": \"Ana\", \"tags\": [\"a\", \"b\"]}"));
    g.add(new Gen("card-like-luhn-fail", "plain", "chat-en", r ->
        "The order reference is " + luhnFail(r, "4", 16) + " and the invoice number "
            + luhnFail(r, "5" + (1 + r.nextInt(5)), 16) + "; neither is a card."));
    g.add(new Gen("iban-like-mod97-fail", "plain", "csv", r ->
        "account_ref,amount\n" + ibanFail(r) + ",120.00\n" + ibanFail(r) + ",80.50\n"));
    g.add(new Gen("build-ids", "plain", "log", r ->
        "Build ID: " + sha(r, 40) + "\nBuild number: " + (1000 + r.nextInt(9000))
            + "\nGradle build scan: https://scans.gradle.com/s/" + from(r, LOW + DIG, 13)));
    g.add(new Gen("npm-lockfile", "base64", "json", r ->
        "\"node_modules/@types/node\": {\n  \"version\": \"20.14.2\",\n  \"resolved\": "
            + "\"https://registry.npmjs.org/@types/node/-/node-20.14.2.tgz\",\n  \"integrity\": \"sha512-"
            + b64(bytes(r, 64)) + "\",\n  \"dev\": true\n}"));
    g.add(new Gen("docker-digests", "hex", "terminal", r ->
        "$ docker pull nginx:1.27\nDigest: sha256:" + sha(r, 64) + "\nStatus: Downloaded newer image\n"
            + "$ docker images --digests\nnginx 1.27 sha256:" + sha(r, 64) + " " + sha(r, 12)
            + " 2 weeks ago 188MB\n"));
    g.add(new Gen("jwt-alg-none", "base64", "chat-en", r -> {
      String h = Blind18Creds.b64url("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
      String p = Blind18Creds.b64url(("{\"sub\":\"" + from(r, DIG, 6) + "\",\"role\":\"viewer\"}")
          .getBytes(StandardCharsets.UTF_8));
      return "This unsigned test token (alg none) is rejected by the server, as it should be:\n"
          + h + "." + p + ".";
    }));
    g.add(new Gen("k8s-secret-placeholder", "base64", "k8s", r ->
        "```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n"
            + "  password: " + b64(pick(r, "REPLACE_ME", "<password>", "${DB_PASSWORD}", "changeme"))
            + "\n  api_key: " + b64(pick(r, "YOUR_API_KEY", "<api-key>", "TODO")) + "\n```"));
    g.add(new Gen("redaction-message", "plain", "chat-en", r -> pick(r,
        "The key sk-proj-...." + from(r, B62, 4) + " has been revoked and replaced.",
        "Rotated: ghp_****************************" + from(r, B62, 4) + " (old token, now disabled).",
        "AKIA************" + from(r, UP, 4) + " was deactivated in IAM on 30 Nov.")));
    g.add(new Gen("version-strings", "plain", "log", r ->
        "openjdk 17.0." + r.nextInt(15) + " 2024-10-15\nOpenJDK Runtime Environment (build 17.0.13+11-Debian-2)\n"
            + "app version 4." + r.nextInt(20) + "." + r.nextInt(9) + "+build." + sha(r, 7)
            + "\nnode v20.18.0, npm 10.8.2"));
    g.add(new Gen("encoded-placeholder", "base64", "chat-en", r -> pick(r,
        "For the sample config the key field holds " + b64("YOUR_API_KEY") + " (base64 of the"
            + " placeholder).",
        "token (hex): " + Blind18Enc.hex("YOUR_TOKEN_HERE", "", "") + "  # placeholder",
        "secret=" + Blind18Enc.percent("<your-secret>") + "&mode=demo")));
    g.add(new Gen("known-hosts", "base64", "file", r ->
        "|1|" + b64(bytes(r, 20)) + "|" + b64(bytes(r, 20)) + " ecdsa-sha2-nistp256 "
            + "AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB" + from(r, B62 + "+/", 88) + "=\n"));
    g.add(new Gen("tls-fingerprints", "hex", "terminal", r -> {
      StringBuilder b = new StringBuilder("SHA256 Fingerprint=");
      for (int i = 0; i < 32; i++) {
        b.append(i > 0 ? ":" : "").append(sha(r, 2).toUpperCase());
      }
      return "$ openssl x509 -noout -fingerprint -sha256 -in cert.pem\n" + b + "\n";
    }));
    g.add(new Gen("gpg-fingerprint", "hex", "terminal", r ->
        "pub   ed25519 2024-03-01 [SC]\n      " + sha(r, 40).toUpperCase()
            + "\nuid           [ultimate] Ana Lima <ana@example.org>\nsub   cv25519 2024-03-01 [E]"));
    g.add(new Gen("ulid-nanoid", "plain", "json", r ->
        "{\"id\":\"01J" + from(r, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23) + "\",\"short\":\""
            + from(r, B64URL, 21) + "\",\"ksuid\":\"" + from(r, B62, 27) + "\"}"));
    g.add(new Gen("go-sum", "base64", "file", r ->
        "github.com/google/uuid v1.6.0 h1:" + b64(bytes(r, 32)) + "\ngithub.com/google/uuid v1.6.0/go.mod h1:"
            + b64(bytes(r, 32)) + "\n"));
    g.add(new Gen("cargo-lock", "hex", "file", r ->
        "[[package]]\nname = \"serde\"\nversion = \"1.0.210\"\nsource = "
            + "\"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"" + sha(r, 64) + "\"\n"));
    g.add(new Gen("pip-hashes", "hex", "file", r ->
        "requests==2.32.3 \\\n    --hash=sha256:" + sha(r, 64) + " \\\n    --hash=sha256:" + sha(r, 64) + "\n"));
    g.add(new Gen("aws-arns", "plain", "json", r ->
        "{\"Role\":\"arn:aws:iam::" + from(r, DIG, 12) + ":role/ci-deploy\",\"Bucket\":\"arn:aws:s3:::acme-"
            + from(r, LOW, 6) + "\",\"KeyId\":\"arn:aws:kms:eu-west-1:" + from(r, DIG, 12) + ":key/"
            + uuid(r) + "\"}"));
    g.add(new Gen("sentry-dsn-public", "plain", "javascript", r ->
        "```js\nSentry.init({\n  dsn: \"https://" + sha(r, 32) + "@o" + from(r, DIG, 6)
            + ".ingest.sentry.io/" + from(r, DIG, 7) + "\",\n  tracesSampleRate: 0.1,\n});\n```"));
    g.add(new Gen("ipfs-cids", "plain", "chat-en", r ->
        "Pinned to IPFS: Qm" + from(r, Blind18Creds.B58, 44) + " and bafybei"
            + from(r, "abcdefghijklmnopqrstuvwxyz234567", 52)));
    g.add(new Gen("lfs-pointer", "hex", "file", r ->
        "version https://git-lfs.github.com/spec/v1\noid sha256:" + sha(r, 64) + "\nsize "
            + (10000 + r.nextInt(900000)) + "\n"));
    g.add(new Gen("nix-store-paths", "plain", "terminal", r ->
        "/nix/store/" + from(r, "0123456789abcdfghijklmnpqrsvwxyz", 32) + "-openssl-3.0.14\n/nix/store/"
            + from(r, "0123456789abcdfghijklmnpqrsvwxyz", 32) + "-python3-3.12.5\n"));
    g.add(new Gen("password-policy-text", "plain", "chat-en", r -> pick(r,
        "Password requirements: at least 12 characters, one digit, one symbol. The password field"
            + " is hashed with bcrypt before it is stored.",
        "The token expires after 15 minutes; the refresh token lasts 12 hours. The api_key header"
            + " is required on every request.",
        "Ich habe das Passwort zurückgesetzt; der Nutzer bekommt eine E-Mail mit einem Link.")));
    g.add(new Gen("commit-rotation", "plain", "commit-msg", r ->
        "commit " + sha(r, 40) + "\nAuthor: Ana Lima <ana@example.org>\n\n    security: rotate the Stripe"
            + " key and read it from Vault\n\n    The old key was revoked in the dashboard.\n"));
    g.add(new Gen("quoted-printable-mail", "quoted-printable", "email", r ->
        "Content-Transfer-Encoding: quoted-printable\n\nHallo Ana,=0A=0Adie Pr=C3=BCfung ist ="
            + "\nabgeschlossen; alle Tests gr=C3=BCn. " + prose(r) + "=0A=0AGr=C3=BC=C3=9Fe"));
    g.add(new Gen("md-table-hashes", "hex", "md-table", r ->
        "| file | sha256 |\n|---|---|\n| app.jar | `" + sha(r, 64) + "` |\n| app.sbom.json | `"
            + sha(r, 64) + "` |"));
    g.add(new Gen("base64-image-binary", "base64", "json", r ->
        "{\"filename\":\"avatar.jpg\",\"mime\":\"image/jpeg\",\"data\":\"/9j/4AAQSkZJRgABAQ"
            + b64(bytes(r, 360)) + "\"}"));
    g.add(new Gen("terraform-state", "plain", "json", r ->
        "{\"version\":4,\"terraform_version\":\"1.9.8\",\"serial\":" + r.nextInt(300)
            + ",\"lineage\":\"" + uuid(r) + "\",\"outputs\":{\"bucket\":{\"value\":\"acme-logs-"
            + from(r, LOW + DIG, 8) + "\",\"type\":\"string\"}},\"resources\":[]}"));
    g.add(new Gen("youtube-ids-slugs", "plain", "chat-en", r ->
        "Watch https://www.youtube.com/watch?v=" + from(r, B64URL, 11) + " and the doc at"
            + " https://docs.google.com/document/d/" + from(r, B64URL, 44) + "/edit"));
    g.add(new Gen("git-remote-no-password", "plain", "terminal", r ->
        "$ git remote -v\norigin  https://github.com/acme/shop.git (fetch)\norigin  "
            + "git@github.com:acme/shop.git (push)\n$ git clone https://ana@bitbucket.org/acme/tools.git"));
    g.add(new Gen("reversed-placeholder", "reversed", "chat-en", r ->
        "Fun fact: YEK_IPA_RUOY is YOUR_API_KEY backwards, and " + Blind18Enc.reverse(prose(r))));
    return g;
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] o = new byte[a.length + b.length];
    System.arraycopy(a, 0, o, 0, a.length);
    System.arraycopy(b, 0, o, a.length, b.length);
    return o;
  }
}
