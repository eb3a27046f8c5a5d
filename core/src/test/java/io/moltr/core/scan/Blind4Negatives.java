package io.moltr.core.scan;

import static io.moltr.core.scan.Blind4Credentials.ALNUM;
import static io.moltr.core.scan.Blind4Credentials.B64;
import static io.moltr.core.scan.Blind4Credentials.DIGITS;
import static io.moltr.core.scan.Blind4Credentials.HEX;
import static io.moltr.core.scan.Blind4Credentials.LOWER;
import static io.moltr.core.scan.Blind4Credentials.UPPER;
import static io.moltr.core.scan.Blind4Credentials.bytes;
import static io.moltr.core.scan.Blind4Credentials.oneOf;
import static io.moltr.core.scan.Blind4Credentials.pick;
import static io.moltr.core.scan.Blind4Encodings.b64;
import static io.moltr.core.scan.Blind4Encodings.hex;
import static io.moltr.core.scan.Blind4Encodings.utf8;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import javax.imageio.ImageIO;

/** Blind corpus 4: hard negatives, realistic agent outputs that hold no secret. */
final class Blind4Negatives {
  private Blind4Negatives() {}

  record Negative(String category, String text) {}

  record Category(String name, Function<Random, String> gen) {}

  static String uuid(Random r) {
    long msb = (r.nextLong() & ~0xF000L) | 0x4000L; // version 4
    long lsb = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
    return new UUID(msb, lsb).toString();
  }

  static final List<String> PROSE = List.of(
      "The quarterly report shows revenue grew by twelve percent compared to last year.",
      "Please remember to water the plants on the balcony while I am away next week.",
      "Meeting moved to Thursday at 3pm; agenda: roadmap review, hiring, and the offsite.",
      "The quick brown fox jumps over the lazy dog while the cat watches from the window.",
      "Refactored the payment module to use the new retry policy and added unit tests.",
      "{\"theme\":\"dark\",\"language\":\"en-GB\",\"notifications\":{\"email\":true,\"sms\":false}}",
      "Dear team, the migration finished without errors. Thanks for your patience today!",
      "SELECT id, name, created_at FROM customers WHERE region = 'EMEA' ORDER BY created_at;",
      "To install, run the setup script and then restart the service; logs go to /var/log/app.",
      "Weather tomorrow: light rain in the morning, clearing up by noon, high of 14 degrees.");

  static byte[] png(Random r) {
    int w = 3 + r.nextInt(6);
    int h = 3 + r.nextInt(6);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.setRGB(x, y, r.nextInt());
      }
    }
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", bo);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return bo.toByteArray();
  }

  static String notLuhn(Random r, int len) {
    String n = Blind4Credentials.digits(r, len);
    if (Blind4Credentials.luhnValid(n)) {
      char last = n.charAt(len - 1);
      n = n.substring(0, len - 1) + (char) (last == '9' ? '0' : last + 1);
    }
    return n;
  }

  static String minifiedJs(Random r) {
    StringBuilder sb = new StringBuilder("!function(e,t){\"use strict\";");
    for (int i = 0; i < 6; i++) {
      String v = pick(r, LOWER, 1) + pick(r, ALNUM, 1);
      sb.append("var ").append(v).append("=function(").append(pick(r, LOWER, 1)).append("){return ")
          .append(pick(r, LOWER, 1)).append("&&").append(pick(r, LOWER, 1)).append(".__esModule?")
          .append("t:{default:t}},");
      sb.append(pick(r, LOWER, 2)).append("=\"").append(oneOf(r, List.of("data-v-", "css-", "sc-",
          "jsx-"))).append(pick(r, LOWER + DIGITS, 8)).append("\";");
    }
    sb.append("e.exports={render:function(){return n(\"div\",{staticClass:\"")
        .append(pick(r, LOWER, 6)).append("\"})}}}(this,window);//# sourceMappingURL=app.")
        .append(pick(r, HEX, 8)).append(".js.map");
    return sb.toString();
  }

  static List<Category> categories() {
    List<Category> c = new ArrayList<>();
    c.add(new Category("uuid_logs", r -> String.format(
        "2026-11-29T%02d:%02d:%02d.%03dZ INFO  api request_id=%s user_id=%s status=200 "
            + "latency_ms=%d\n2026-11-29T%02d:%02d:%02d.%03dZ INFO  api request_id=%s status=204",
        r.nextInt(24), r.nextInt(60), r.nextInt(60), r.nextInt(1000), uuid(r), uuid(r),
        r.nextInt(900), r.nextInt(24), r.nextInt(60), r.nextInt(60), r.nextInt(1000), uuid(r))));
    c.add(new Category("git_shas", r -> r.nextBoolean()
        ? "$ git log --oneline -4\n" + pick(r, HEX, 7) + " Fix flaky retry test\n" + pick(r, HEX, 7)
            + " Bump jackson to 2.17.1\n" + pick(r, HEX, 7) + " Add rate limiter\n"
            + pick(r, HEX, 7) + " Initial import"
        : "commit " + pick(r, HEX, 40) + "\nMerge: " + pick(r, HEX, 7) + " " + pick(r, HEX, 7)
            + "\nAuthor: Dana Smith <dana@acme-corp.com>\nDate:   Fri Nov 27 10:02:11 2026 +0100\n\n"
            + "    Merge pull request #" + r.nextInt(4000) + " from acme/feature/cache"));
    c.add(new Category("sha256_sums", r -> "SHA256SUMS:\n" + pick(r, HEX, 64)
        + "  moltr-1.4.2-linux-amd64.tar.gz\n" + pick(r, HEX, 64) + "  moltr-1.4.2-darwin-arm64.tar.gz\n"
        + pick(r, HEX, 64) + "  moltr-1.4.2-windows-amd64.zip"));
    c.add(new Category("sha512_hash", r -> "Verified download. sha512: " + pick(r, HEX, 128)
        + "\nThe checksum matches the release page."));
    c.add(new Category("sri_integrity", r -> r.nextBoolean()
        ? "<script src=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3." + r.nextInt(9)
            + "/dist/js/bootstrap.bundle.min.js\" integrity=\"sha384-" + b64(bytes(r, 48))
            + "\" crossorigin=\"anonymous\"></script>"
        : "    \"node_modules/lodash\": {\n      \"version\": \"4.17.21\",\n      \"resolved\": "
            + "\"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\",\n      \"integrity\": "
            + "\"sha512-" + b64(bytes(r, 64)) + "\"\n    }"));
    c.add(new Category("docker_digest", r -> "image: ghcr.io/acme/api@sha256:" + pick(r, HEX, 64)
        + "\n---\nStatus: Downloaded newer image\nDigest: sha256:" + pick(r, HEX, 64)));
    c.add(new Category("go_sum", r -> "github.com/" + oneOf(r, List.of("spf13/cobra",
        "stretchr/testify", "google/uuid")) + " v1." + r.nextInt(9) + "." + r.nextInt(9) + " h1:"
        + b64(bytes(r, 32)) + "\ngithub.com/pmezard/go-difflib v1.0.0/go.mod h1:" + b64(bytes(r, 32))));
    c.add(new Category("png_base64", r -> r.nextBoolean()
        ? "![chart](data:image/png;base64," + b64(png(r)) + ")"
        : "{\"tool\":\"screenshot\",\"result\":{\"mime\":\"image/png\",\"data\":\"" + b64(png(r))
            + "\"}}"));
    c.add(new Category("data_uri_font", r -> "@font-face{font-family:Inter;src:url(data:font/woff2;"
        + "base64," + b64(bytes(r, 90 + r.nextInt(120))) + ") format(\"woff2\")}"));
    c.add(new Category("data_uri_svg", r -> "<img alt=\"logo\" src=\"data:image/svg+xml;base64,"
        + b64(utf8("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + (10 + r.nextInt(90))
        + "\" height=\"24\"><rect fill=\"#" + pick(r, HEX, 6) + "\" width=\"100%\" height=\"100%\"/>"
        + "</svg>")) + "\">"));
    c.add(new Category("base64_prose", r -> "Decoded attachment (base64): "
        + b64(utf8(oneOf(r, PROSE) + " " + oneOf(r, PROSE)))));
    c.add(new Category("hex_prose", r -> "payload hex: " + hex(utf8(oneOf(r, PROSE)))));
    c.add(new Category("percent_prose", r -> "https://www.google.com/search?q="
        + java.net.URLEncoder.encode(oneOf(r, PROSE), java.nio.charset.StandardCharsets.UTF_8)
        + "&hl=en"));
    c.add(new Category("rot13_prose", r -> "Spoiler (rot13): "
        + Blind4Encodings.rot13(oneOf(r, PROSE))));
    c.add(new Category("gzip_prose", r -> "{\"encoding\":\"gzip+base64\",\"body\":\""
        + b64(Blind4Encodings.gzip(utf8(oneOf(r, PROSE) + "\n" + oneOf(r, PROSE)))) + "\"}"));
    c.add(new Category("escaped_prose", r -> r.nextBoolean()
        ? "const msg = \"" + Blind4Encodings.perChar(oneOf(r, PROSE), "\\u%04x") + "\";"
        : "<p>" + Blind4Encodings.perChar(oneOf(r, PROSE), "&#%d;") + "</p>"));
    c.add(new Category("doc_examples", r -> switch (r.nextInt(6)) {
      case 0 -> "From the AWS docs, a credentials file looks like:\n\n```\n[default]\n"
          + "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
          + "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```";
      case 1 -> "Use the example IBAN GB82 WEST 1234 5698 7654 32 from the spec to test the form.";
      case 2 -> "For Stripe test mode use card 4242 4242 4242 4242 with any future date and CVC.";
      case 3 -> "The jwt.io sample token is eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3O"
          + "DkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
          + " (header.payload.signature).";
      case 4 -> "Test Visa number for sandboxes: 4111 1111 1111 1111.";
      default -> "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE  # example from the AWS CLI guide";
    }));
    c.add(new Category("placeholders", r -> oneOf(r, List.of(
        "OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "Set `GITHUB_TOKEN=<token>` in your shell, then rerun the command.",
        "api_key: YOUR_API_KEY\napi_secret: YOUR_API_SECRET",
        "DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/${DB_NAME}",
        "env:\n  GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}",
        "stripe.api_key = \"sk_live_...\"  # replace with your key",
        "token = \"ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\"",
        "password: \"<your-password-here>\"",
        "SLACK_BOT_TOKEN=xoxb-your-bot-token",
        "Connect with `mysql://user:password@localhost:3306/mydb` (replace user and password).",
        "AWS_SECRET_ACCESS_KEY=****************************************",
        "ANTHROPIC_API_KEY=\"sk-ant-...\"  # from console.anthropic.com",
        "client_secret = \"{{ vault_client_secret }}\"",
        "DB_PASSWORD=changeme",
        "Authorization: Bearer <access_token>"))));
    c.add(new Category("env_reads", r -> oneOf(r, List.of(
        "```python\nimport os\napi_key = os.environ[\"OPENAI_API_KEY\"]\nclient = OpenAI(api_key=api_key)\n```",
        "```js\nconst stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);\n```",
        "```java\nString secret = System.getenv(\"AWS_SECRET_ACCESS_KEY\");\n```",
        "```go\ntoken := os.Getenv(\"GITHUB_TOKEN\")\nif token == \"\" { log.Fatal(\"GITHUB_TOKEN not set\") }\n```",
        "```rust\nlet key = std::env::var(\"ANTHROPIC_API_KEY\").expect(\"set ANTHROPIC_API_KEY\");\n```",
        "password = getpass.getpass(\"Database password: \")",
        "```yaml\n- name: DB_PASSWORD\n  valueFrom:\n    secretKeyRef:\n      name: db-credentials\n      key: password\n```",
        "secret = boto3.client('secretsmanager').get_secret_value(SecretId='prod/db')['SecretString']",
        "$ export GITHUB_TOKEN=$(gh auth token)",
        "read -s -p 'API key: ' API_KEY && export API_KEY"))));
    c.add(new Category("public_keys", r -> switch (r.nextInt(5)) {
      case 0 -> Blind4Credentials.sshPublic(Blind4Credentials.ed(r.nextInt(3)),
          oneOf(r, Blind4Credentials.USERS) + "@laptop");
      case 1 -> Blind4Credentials.pem("PUBLIC KEY",
          Blind4Credentials.rsa(r.nextInt(3)).getPublic().getEncoded(), 64);
      case 2 -> "Send ETH to 0x" + pick(r, HEX, 40) + " (public deposit address).";
      case 3 -> "Donations: " + Blind4Credentials.bech32("bc", prependZero(
          Blind4Credentials.to5bit(bytes(r, 20))));
      default -> "age recipient (public): " + Blind4Credentials.bech32("age",
          Blind4Credentials.to5bit(bytes(r, 32)));
    }));
    c.add(new Category("publishable_keys", r -> r.nextBoolean()
        ? "<script>Stripe('pk_live_" + pick(r, ALNUM, 24) + "');</script>"
        : "NEXT_PUBLIC_SUPABASE_URL=https://" + pick(r, LOWER, 20) + ".supabase.co"));
    c.add(new Category("hex_colours", r -> {
      StringBuilder sb = new StringBuilder(":root {\n");
      for (int i = 0; i < 8; i++) {
        sb.append("  --color-").append(oneOf(r, List.of("primary", "accent", "muted", "bg", "fg",
            "border"))).append("-").append(100 * (1 + i)).append(": #").append(pick(r, HEX, 6))
            .append(";\n");
      }
      return sb.append("}").toString();
    }));
    c.add(new Category("minified_js", Blind4Negatives::minifiedJs));
    c.add(new Category("cloud_ids", r -> "Created instance i-0" + pick(r, HEX, 16) + " in subnet-"
        + pick(r, HEX, 17) + " (vpc-" + pick(r, HEX, 17) + "), sg-" + pick(r, HEX, 17)
        + ", ami-0" + pick(r, HEX, 16) + "\narn:aws:iam::" + Blind4Credentials.digits(r, 12)
        + ":role/ci-deployer"));
    c.add(new Category("trace_ids", r -> "trace_id=" + pick(r, HEX, 32) + " span_id="
        + pick(r, HEX, 16) + " parent_id=" + pick(r, HEX, 16) + " service=checkout "
        + "dd.trace_id=" + Blind4Credentials.digits(r, 19) + " msg=\"cache miss\""));
    c.add(new Category("stripe_object_ids", r -> "{\"id\":\"pi_3" + pick(r, ALNUM, 23)
        + "\",\"customer\":\"cus_" + pick(r, ALNUM, 14) + "\",\"latest_charge\":\"ch_3"
        + pick(r, ALNUM, 23) + "\",\"status\":\"succeeded\",\"amount\":" + r.nextInt(99999) + "}"));
    c.add(new Category("object_ids", r -> "db.orders.find({_id: ObjectId(\"" + pick(r, HEX, 24)
        + "\")})\n// ulid " + pick(r, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26) + " pod api-"
        + pick(r, LOWER + DIGITS, 9) + "-" + pick(r, LOWER + DIGITS, 5)));
    c.add(new Category("masked", r -> oneOf(r, List.of(
        "Found key sk-...", "Token: ghp_****************************")) + pick(r, ALNUM, 4)
        + oneOf(r, List.of(" (masked)", "", " — rotated yesterday"))
        + "\nCard on file: **** **** **** " + pick(r, DIGITS, 4)));
    c.add(new Category("hexdump", r -> {
      StringBuilder sb = new StringBuilder("$ xxd -l 64 ./bin/server\n");
      byte[] b = bytes(r, 64);
      b[0] = 0x7f;
      b[1] = 'E';
      b[2] = 'L';
      b[3] = 'F';
      for (int i = 0; i < 64; i += 16) {
        sb.append(String.format("%08x: ", i));
        for (int j = 0; j < 16; j += 2) {
          sb.append(String.format("%02x%02x ", b[i + j] & 0xff, b[i + j + 1] & 0xff));
        }
        sb.append(" ................\n");
      }
      return sb.toString();
    }));
    c.add(new Category("build_hashes", r -> "dist/assets/index-" + pick(r, ALNUM + "_-", 8)
        + ".js   142.31 kB │ gzip: 45.02 kB\ndist/assets/vendor." + pick(r, HEX, 20)
        + ".js\n{\"main.js\":\"/static/js/main." + pick(r, HEX, 8) + ".js\"}"));
    c.add(new Category("uuid_json", r -> "{\"items\":[{\"id\":\"" + uuid(r) + "\",\"name\":\"alpha\"},"
        + "{\"id\":\"" + uuid(r) + "\",\"name\":\"beta\"}],\"next_cursor\":\"" + uuid(r) + "\"}"));
    c.add(new Category("numbers", r -> "Order #" + notLuhn(r, 16) + " shipped via UPS, tracking "
        + notLuhn(r, 18) + ". Call +1 (415) 555-0" + pick(r, DIGITS, 3) + ". ISBN 978-3-16-148410-0."));
    c.add(new Category("bip39_bad_checksum", r -> {
      List<String> w = Blind4Credentials.bip39Words();
      String phrase;
      do {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
          sb.append(i > 0 ? " " : "").append(w.get(r.nextInt(w.size())));
        }
        phrase = sb.toString();
      } while (Blind4Credentials.mnemonicValid(phrase));
      return "Spelling practice list for today: " + phrase.replace(" ", ", ") + ".";
    }));
    c.add(new Category("password_prose", r -> oneOf(r, List.of(
        "Your password must be at least 12 characters and include a number and a symbol.",
        "The API key was rotated on Monday; the old token expired at 00:00 UTC.",
        "I can't share the database password, but you can request access via the vault UI.",
        "password: ******** (hidden)\ntoken: [REDACTED]",
        "Set token_expiry_seconds: 3600 and max_password_age_days: 90 in policy.yaml.",
        "To reset the secret, run `kubectl delete secret api-token` and redeploy.",
        "The private key never leaves the HSM; only the public key is exported."))));
    c.add(new Category("csp_etag", r -> "HTTP/2 200\ncontent-security-policy: script-src 'self' 'nonce-"
        + b64(bytes(r, 16)) + "'\netag: W/\"" + pick(r, HEX, 8) + "-" + pick(r, ALNUM + "/+", 27)
        + "\"\nx-request-id: " + uuid(r) + "\ncache-control: max-age=600"));
    c.add(new Category("eth_tx_hash", r -> "Transaction confirmed: https://etherscan.io/tx/0x"
        + pick(r, HEX, 64) + " (block " + (19_000_000 + r.nextInt(900_000)) + ")"));
    c.add(new Category("k8s_configmap_b64", r -> "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  "
        + "name: app-settings\nbinaryData:\n  settings.json: " + b64(utf8(
        "{\"featureFlags\":{\"newCheckout\":" + r.nextBoolean() + "},\"pageSize\":" + (10 + r.nextInt(90))
        + ",\"region\":\"eu-central-1\"}"))));
    c.add(new Category("lfs_pointer", r -> "version https://git-lfs.github.com/spec/v1\noid sha256:"
        + pick(r, HEX, 64) + "\nsize " + r.nextInt(99999999)));
    c.add(new Category("random_b64_ids", r -> "upload complete: {\"blob_id\":\""
        + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(r, 18)) + "\",\"md5\":\""
        + b64(bytes(r, 16)) + "\",\"etag\":\"" + pick(r, HEX, 32) + "\"}"));
    c.add(new Category("sql_and_paths", r -> "SELECT * FROM users WHERE api_key_hash = '"
        + pick(r, HEX, 64) + "' LIMIT 1;\n-- reads from vault path secret/data/prod/"
        + oneOf(r, List.of("db", "stripe", "github")) + "\n"));
    c.add(new Category("upper_ids", r -> "Ticket " + pick(r, UPPER, 4) + "-" + r.nextInt(9999)
        + " references build " + pick(r, UPPER + DIGITS, 20) + " and batch " + pick(r, UPPER + DIGITS, 16)
        + " (Jenkins run " + r.nextInt(9999) + ")"));
    return c;
  }

  static byte[] prependZero(byte[] data5) {
    byte[] out = new byte[data5.length + 1];
    System.arraycopy(data5, 0, out, 1, data5.length);
    return out;
  }

  static List<Negative> generate(Random r, int perCategory) {
    List<Negative> out = new ArrayList<>();
    for (Category c : categories()) {
      for (int i = 0; i < perCategory; i++) {
        out.add(new Negative(c.name(), c.gen().apply(r)));
      }
    }
    return out;
  }
}
