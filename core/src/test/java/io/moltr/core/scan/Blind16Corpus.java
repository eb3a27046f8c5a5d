package io.moltr.core.scan;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * blind16: operations output (cloud CLIs, kubectl, terraform, docker, CI logs, package managers,
 * certificate dumps, journals, HTTP traces), heavy in hard negatives.
 *
 * <p>Label decisions that could go either way, with the reason (from issue 3):
 * <ul>
 *   <li>bcrypt/argon2/sha-crypt password hashes: NEGATIVE. The issue lists hashes as "not a
 *       secret"; a hash is not a usable credential.
 *   <li>JWT with alg "none" and an empty signature: NEGATIVE. The issue asks for "JWTs with a
 *       signature"; an unsigned token carries no key material.
 *   <li>Stripe publishable keys (pk_live_/pk_test_): NEGATIVE. Stripe documents them as public,
 *       meant for the browser.
 *   <li>Sentry DSN with only the public key (modern form, no ":secret@"): NEGATIVE. The issue
 *       asks for "Sentry DSNs with secrets"; Sentry documents the public DSN as safe to expose.
 *   <li>Google OAuth client ids (*.apps.googleusercontent.com): NEGATIVE, public by design.
 *   <li>AWS unique ids (AIDA/AROA/ANPA...) and account ids: NEGATIVE, identifiers not keys.
 *   <li>Documented test values (AKIAIOSFODNN7EXAMPLE, the Azurite emulator key, Stripe test card
 *       4242 4242 4242 4242, RFC 4231/6238 test vectors): NEGATIVE, "documented example keys".
 *   <li>Kubernetes Secret manifests: POSITIVE when a data value is base64 of a random value,
 *       NEGATIVE when the value is a placeholder or the manifest only references a Secret.
 *   <li>Public keys, certificates, fingerprints and public crypto addresses: NEGATIVE.
 *   <li>Masked values (****1234, sk-...abcd, ***, [MASKED]): NEGATIVE.
 *   <li>Card-like numbers failing Luhn and IBAN-like strings failing mod-97: NEGATIVE.
 *   <li>Generic password= assignments: POSITIVE only with a random (high-entropy) value.
 *   <li>Seed phrases are skipped: the BIP39 word list is not reproduced here.
 * </ul>
 */
final class Blind16Corpus {
  enum Label { PLAIN, ENCODED, NEGATIVE }

  record Row(Label label, String kind, String encoding, String context, String secret, String shown, String text) {}

  static final long SEED = 16_2026_1130L;
  static final String[] MULTILINE = {"chat_en", "chat_de", "chat_fr", "shell_cat", "diff_add", "log_dump", "md_fence", "email"};
  static final String[] CONTEXTS = {"chat_en", "chat_de", "chat_fr", "chat_es", "python", "js", "ts", "go", "java", "rust", "php",
      "csharp", "shell_export", "shell_cat", "yaml", "toml", "json", "dotenv", "ini", "hcl", "dockerfile", "compose", "k8s_env",
      "gha", "log_plain", "log_json", "stacktrace", "http_dump", "diff_add", "sql", "csv", "md_table", "email", "commit_msg",
      "notebook", "tool_call", "tf_output_json", "docker_inspect", "ci_log_unmasked", "aws_export", "env_dump", "log_dump", "md_fence"};

  final Random r = new Random(SEED);
  final Blind16Creds c = new Blind16Creds(r);
  final List<Row> rows = new ArrayList<>();

  static List<Row> build() {
    Blind16Corpus b = new Blind16Corpus();
    b.plain();
    b.encoded();
    new Blind16Negatives(b.r, b.c, b.rows).all();
    return b.rows;
  }

  boolean multiline(String v) {
    return v.contains("\n");
  }

  void plain() {
    List<String> kinds = new ArrayList<>(c.kinds.keySet());
    for (int i = 0; i < 270; i++) {
      String kind = kinds.get(i % kinds.size());
      String v = c.kinds.get(kind).get();
      String ctx = multiline(v) ? MULTILINE[r.nextInt(MULTILINE.length)] : CONTEXTS[r.nextInt(CONTEXTS.length)];
      String var = c.vars.get(kind);
      String text = context(ctx, var, v);
      String shown = ctx.equals("tool_call") || ctx.equals("log_json") || ctx.equals("json") || ctx.equals("tf_output_json")
          || ctx.equals("docker_inspect") || ctx.equals("notebook") ? jsonEsc(v) : v;
      rows.add(new Row(Label.PLAIN, kind, "none", ctx, v, shown, text));
    }
  }

  static String jsonEsc(String v) {
    return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  String host() {
    return c.pick("ip-10-0-1-23", "runner-7f9c2", "prod-api-02", "build-agent-5", "k8s-node-a3");
  }

  String context(String ctx, String var, String v) {
    String lv = var.toLowerCase();
    String j = jsonEsc(v);
    switch (ctx) {
      case "chat_en": return c.pick("Sure, here's the value from the vault so you can test it:\n\n", "Found it in the old .env on the server. ",
          "The deploy failed because the token was rotated. The new one is:\n") + var + ": " + v + "\n\nLet me know if the call still returns 401.";
      case "chat_de": return "Hier ist der Schlüssel aus der Konfiguration (" + var + "):\n" + v + "\nBitte nach dem Test wieder rotieren.";
      case "chat_fr": return "Voici la valeur de " + var + " que j'ai trouvée dans le dépôt :\n" + v + "\nPensez à la changer ensuite.";
      case "chat_es": return "Listo, la variable " + var + " tiene este valor: " + v + " — ya la configuré en el servidor.";
      case "python": return "import requests\n\n" + lv + " = \"" + v + "\"\nresp = requests.get(\"https://api.example.com/v1/me\", headers={\"Authorization\": f\"Bearer {" + lv + "}\"})\nprint(resp.status_code)";
      case "js": return "const client = new Client({\n  " + c.pick("apiKey", "token", "secret") + ": '" + v + "', // " + var + "\n  timeout: 5000,\n});";
      case "ts": return "export const config: AppConfig = {\n  region: 'eu-west-1',\n  " + lv + ": \"" + v + "\",\n};";
      case "go": return "func newClient() *Client {\n\t" + camel(lv) + " := \"" + v + "\"\n\treturn &Client{Token: " + camel(lv) + "}\n}";
      case "java": return "private static final String " + var + " = \"" + v + "\";\n\nHttpRequest req = HttpRequest.newBuilder(uri).header(\"Authorization\", \"Bearer \" + " + var + ").build();";
      case "rust": return "let " + lv + " = \"" + v + "\";\nlet client = reqwest::Client::new();\nlet res = client.get(url).bearer_auth(" + lv + ").send().await?;";
      case "php": return "<?php\n$config['" + lv + "'] = '" + v + "';\n$client = new ApiClient($config);";
      case "csharp": return "var options = new ClientOptions {\n    " + camel(lv) + " = \"" + v + "\",\n    Retries = 3\n};";
      case "shell_export": return "$ export " + var + "=" + v + "\n$ ./deploy.sh --env prod\n[deploy] authenticating... ok";
      case "shell_cat": return "ubuntu@" + host() + ":~/app$ cat .secrets/" + lv + "\n" + v + "\nubuntu@" + host() + ":~/app$";
      case "yaml": return "service:\n  name: payments\n  credentials:\n    " + lv + ": \"" + v + "\"\n  replicas: 2";
      case "toml": return "[auth]\n" + lv + " = \"" + v + "\"\nendpoint = \"https://api.example.com\"";
      case "json": return "{\n  \"env\": \"production\",\n  \"" + lv + "\": \"" + j + "\",\n  \"retries\": 3\n}";
      case "dotenv": return "NODE_ENV=production\nPORT=8080\n" + var + "=" + v + "\nLOG_LEVEL=info";
      case "ini": return "[default]\nregion = eu-central-1\n" + lv + " = " + v;
      case "hcl": return "provider \"example\" {\n  region = \"us-east-1\"\n  " + lv + " = \"" + v + "\"\n}";
      case "dockerfile": return "FROM node:20-alpine\nWORKDIR /app\nENV " + var + "=" + v + "\nCOPY . .\nRUN npm ci --omit=dev\nCMD [\"node\", \"server.js\"]";
      case "compose": return "services:\n  api:\n    image: ghcr.io/acme/api:1.8.2\n    environment:\n      - " + var + "=" + v + "\n      - PORT=3000";
      case "k8s_env": return "        env:\n          - name: " + var + "\n            value: \"" + v + "\"\n          - name: LOG_LEVEL\n            value: debug";
      case "gha": return "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      " + var + ": " + v + "\n    steps:\n      - uses: actions/checkout@v4";
      case "log_plain": return "2026-11-30T14:02:11.482Z INFO  [config] loaded " + var + "=" + v + " from /etc/app/env\n2026-11-30T14:02:11.490Z INFO  [http] listening on :8080";
      case "log_json": return "{\"ts\":\"2026-11-30T14:02:11Z\",\"level\":\"debug\",\"msg\":\"client init\",\"" + lv + "\":\"" + j + "\",\"pid\":4121}";
      case "stacktrace": return "Traceback (most recent call last):\n  File \"/app/sync.py\", line 44, in run\n    client.auth(" + lv + "='" + v + "')\nAuthError: 401 Unauthorized";
      case "http_dump": return "> POST /v1/deploy HTTP/1.1\n> Host: api.example.com\n> Authorization: Bearer " + v + "\n> Content-Type: application/json\n>\n< HTTP/1.1 202 Accepted";
      case "diff_add": return "diff --git a/.env.production b/.env.production\n--- a/.env.production\n+++ b/.env.production\n@@ -3,2 +3,3 @@\n LOG_LEVEL=info\n+" + var + "=" + v + "\n";
      case "sql": return "INSERT INTO integrations (name, " + lv + ", enabled) VALUES ('prod', '" + v + "', true);";
      case "csv": return "service,owner," + lv + "\nbilling,ops,\"" + v + "\"\nsearch,platform,\"\"";
      case "md_table": return "| Service | " + var + " |\n|---|---|\n| prod | `" + v + "` |";
      case "email": return "Subject: credentials for the staging migration\n\nHi Mara,\n\nas asked, the " + var + " is:\n\n" + v + "\n\nBest,\nOps bot";
      case "commit_msg": return "commit " + c.s(Blind16Creds.HEX, 40) + "\nAuthor: ci-bot <ci@example.com>\n\n    temp: hardcode " + var + "=" + v + " until vault is back";
      case "notebook": return "{\"cell_type\": \"code\", \"source\": [\"" + lv + " = '" + j + "'\\n\", \"client = Client(" + lv + ")\"], \"outputs\": []}";
      case "tool_call": return "{\"tool\":\"write_file\",\"arguments\":{\"path\":\"config/.env\",\"content\":\"" + jsonEsc(var + "=" + v + "\nDEBUG=false") + "\"}}";
      case "tf_output_json": return "$ terraform output -json\n{\n  \"" + lv + "\": {\n    \"sensitive\": true,\n    \"type\": \"string\",\n    \"value\": \"" + j + "\"\n  }\n}";
      case "docker_inspect": return "$ docker inspect api --format '{{json .Config.Env}}'\n[\"PATH=/usr/local/sbin:/usr/local/bin:/usr/bin\",\"" + var + "=" + j + "\",\"NODE_VERSION=20.11.1\"]";
      case "ci_log_unmasked": return "2026-11-30T10:15:02.1183Z ##[group]Run ./scripts/release.sh\n2026-11-30T10:15:02.1190Z + curl -sf -H 'X-Token: " + v + "' https://deploy.example.com/hook\n2026-11-30T10:15:03.0021Z ##[endgroup]";
      case "aws_export": return "$ aws configure export-credentials --format env\nexport AWS_ACCESS_KEY_ID=AKIA" + c.s(Blind16Creds.UP + "234567", 16) + "\nexport " + var + "=" + v;
      case "env_dump": return "$ env | sort\nHOME=/home/runner\nHOSTNAME=" + host() + "\n" + var + "=" + v + "\nPATH=/usr/local/bin:/usr/bin:/bin";
      case "log_dump": return "[" + host() + "] loading key material for " + var + "\n" + v + "\n[" + host() + "] done";
      case "md_fence": return "Put this in `" + lv + "` on the bastion:\n\n```\n" + v + "\n```";
      default: throw new IllegalArgumentException(ctx);
    }
  }

  static String camel(String snake) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char ch : snake.toCharArray()) {
      if (ch == '_') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(ch) : ch);
        up = false;
      }
    }
    return b.toString();
  }

  // ---------------------------------------------------------------- encodings

  static final String[] ENCODINGS = {"base64", "base64url", "base64_nopad", "base64_wrap76", "base32", "hex", "hex_x", "hex_0x",
      "hex_spaced", "percent", "rot13", "unicode_u", "html_dec", "html_hex", "json_u", "gzip_b64", "deflate_b64", "reversed",
      "split_lines", "split_spaces", "split_punct", "zero_width", "fullwidth", "b64_of_b64", "b64_of_hex", "percent_of_b64", "hex_of_b64"};

  void encoded() {
    List<String> kinds = new ArrayList<>();
    for (String k : c.kinds.keySet()) {
      if (!k.equals("iban") && !k.equals("card") && !k.equals("national_id")) {
        kinds.add(k);
      }
    }
    for (int i = 0; i < 216; i++) {
      String kind = kinds.get((i * 7) % kinds.size());
      String enc = ENCODINGS[i % ENCODINGS.length];
      String v = c.kinds.get(kind).get();
      if (multiline(v) && enc.startsWith("split")) {
        enc = "base64";
      }
      String payload = c.named.contains(kind) || multiline(v) && !kind.equals("k8s_secret") ? c.vars.get(kind) + "=" + v : v;
      if (kind.equals("k8s_secret")) {
        payload = v;
      }
      String shown = encode(enc, payload);
      String text = wrapEncoded(enc, c.vars.get(kind), shown);
      rows.add(new Row(Label.ENCODED, kind, enc, "enc_sentence", v, shown, text));
    }
  }

  String wrapEncoded(String enc, String var, String shown) {
    switch (r.nextInt(6)) {
      case 0: return "Here it is " + enc.replace('_', ' ') + "'d so it survives the copy:\n" + shown + "\nDecode it on your side.";
      case 1: return "{\"tool\":\"http_post\",\"arguments\":{\"url\":\"https://paste.example.org/api\",\"body\":\"" + shown.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"") + "\"}}";
      case 2: return "Der Wert für " + var + " (kodiert, damit der Filter ihn nicht zerstört):\n" + shown;
      case 3: return "$ echo \"" + shown.replace("\n", "") + "\" > /tmp/blob.txt\n$ scp /tmp/blob.txt ops@" + host() + ":/tmp/";
      case 4: return "Payload for the webhook:\n```\n" + shown + "\n```";
      default: return "ok — " + shown;
    }
  }

  static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String hex(byte[] b) {
    StringBuilder s = new StringBuilder();
    for (byte x : b) {
      s.append(String.format("%02x", x & 0xff));
    }
    return s.toString();
  }

  static String base32(byte[] in) {
    String a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    StringBuilder b = new StringBuilder();
    int buf = 0;
    int bits = 0;
    for (byte x : in) {
      buf = (buf << 8) | (x & 0xff);
      bits += 8;
      while (bits >= 5) {
        b.append(a.charAt((buf >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      b.append(a.charAt((buf << (5 - bits)) & 31));
    }
    while (b.length() % 8 != 0) {
      b.append('=');
    }
    return b.toString();
  }

  static String rot13(String s) {
    StringBuilder b = new StringBuilder();
    for (char ch : s.toCharArray()) {
      if (ch >= 'a' && ch <= 'z') {
        b.append((char) ('a' + (ch - 'a' + 13) % 26));
      } else if (ch >= 'A' && ch <= 'Z') {
        b.append((char) ('A' + (ch - 'A' + 13) % 26));
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }

  static byte[] compress(String s, boolean gzip) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (java.io.OutputStream z = gzip ? new GZIPOutputStream(out) : new DeflaterOutputStream(out, new Deflater())) {
        z.write(utf8(s));
      }
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  String encode(String enc, String p) {
    StringBuilder b = new StringBuilder();
    switch (enc) {
      case "base64": return b64(utf8(p));
      case "base64url": return Base64.getUrlEncoder().encodeToString(utf8(p));
      case "base64_nopad": return Base64.getEncoder().withoutPadding().encodeToString(utf8(p));
      case "base64_wrap76": return Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(utf8(p));
      case "base32": return base32(utf8(p));
      case "hex": return hex(utf8(p));
      case "hex_x": for (byte x : utf8(p)) { b.append(String.format("\\x%02x", x & 0xff)); } return b.toString();
      case "hex_0x": return "0x" + hex(utf8(p)).toUpperCase();
      case "hex_spaced": for (byte x : utf8(p)) { b.append(String.format("%02x ", x & 0xff)); } return b.toString().trim();
      case "percent": for (byte x : utf8(p)) { b.append(String.format("%%%02X", x & 0xff)); } return b.toString();
      case "rot13": return rot13(p);
      case "unicode_u": for (char ch : p.toCharArray()) { b.append(String.format("\\u%04x", (int) ch)); } return b.toString();
      case "html_dec": for (char ch : p.toCharArray()) { b.append("&#").append((int) ch).append(';'); } return b.toString();
      case "html_hex": for (char ch : p.toCharArray()) { b.append("&#x").append(Integer.toHexString(ch)).append(';'); } return b.toString();
      case "json_u": for (char ch : p.toCharArray()) { b.append(Character.isLetterOrDigit(ch) && r.nextInt(3) > 0 ? String.format("\\u%04X", (int) ch) : ch == '\n' ? "\\n" : String.valueOf(ch)); } return b.toString();
      case "gzip_b64": return b64(compress(p, true));
      case "deflate_b64": return b64(compress(p, false));
      case "reversed": return new StringBuilder(p).reverse().toString();
      case "split_lines": return chunks(p, 10 + r.nextInt(8), "\n");
      case "split_spaces": return chunks(p, 4 + r.nextInt(5), " ");
      case "split_punct": return chunks(p, 6 + r.nextInt(6), c.pick("-", ".", " | ", "·"));
      case "zero_width": for (int i = 0; i < p.length(); i++) { b.append(p.charAt(i)); if (i % 3 == 2) { b.append(c.pick("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")); } } return b.toString();
      case "fullwidth": for (char ch : p.toCharArray()) { b.append(ch > 32 && ch < 127 && r.nextInt(2) == 0 ? (char) (ch + 0xFEE0) : ch); } return b.toString();
      case "b64_of_b64": return b64(utf8(b64(utf8(p))));
      case "b64_of_hex": return b64(utf8(hex(utf8(p))));
      case "percent_of_b64": return b64(utf8(p)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D");
      case "hex_of_b64": return hex(utf8(b64(utf8(p))));
      default: throw new IllegalArgumentException(enc);
    }
  }

  static String chunks(String p, int n, String sep) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < p.length(); i += n) {
      if (i > 0) {
        b.append(sep);
      }
      b.append(p, i, Math.min(p.length(), i + n));
    }
    return b.toString();
  }

  static Map<String, Supplier<String>> ordered() {
    return new LinkedHashMap<>();
  }
}
