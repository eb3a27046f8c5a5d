package io.moltr.core.scan;

import static io.moltr.core.scan.Blind31Util.*;

import io.moltr.core.scan.Blind31Secrets.Kind;
import io.moltr.core.scan.Blind31Secrets.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Blind corpus 31: chat answers in thirteen languages (en, de, fr, es, it, pt, nl, pl, ru, zh,
 * ja, ko, tr) that carry, or talk about, credentials.
 *
 * <p>Label decisions that could go either way, with the reason (from issue 3):
 * <ul>
 *   <li>Sentry DSN (public key only), Google API keys (AIza), Stripe sk_/rk_ keys: positive
 *       (project policy). Stripe pk_live_/pk_test_ and a Twilio AC account SID alone: negative
 *       (project policy; they are identifiers, not credentials).
 *   <li>JWT with alg "none" and an empty signature: negative. The issue asks for "JWTs with a
 *       signature"; an unsigned token proves nothing and carries no key.
 *   <li>HS256 JWT with a real signature: positive (a bearer credential that still works).
 *   <li>bcrypt / argon2 / sha-crypt password hashes: negative. The issue lists hashes among what
 *       must not be flagged; a hash is not the password.
 *   <li>The jwt.io sample token, AKIAIOSFODNN7EXAMPLE and its secret, and documented test card
 *       numbers (4111 1111 1111 1111, 4242 4242 4242 4242, 5555 5555 5555 4444): negative, they are
 *       documented examples (issue: "documented example keys").
 *   <li>Masked values with a visible head and tail (sk-...abcd, ghp_****...1a2b): negative, the
 *       middle is gone (issue: redaction messages).
 *   <li>Transaction hashes and ids of 64 hex characters labelled as such (tx hash, Transaktions-Hash):
 *       negative, they are public ids even though an Ethereum private key has the same shape.
 *   <li>Public keys, certificates and public addresses: negative.
 *   <li>Cards, IBANs and national IDs are positives only when their checksum holds; the same
 *       shapes failing the checksum are negatives.
 *   <li>Human-chosen passwords said in a sentence ("the password for the shared account is
 *       Sommer!x7Kd2q-41"): positive; the issue's generic detector targets key/secret/token/password
 *       assignments, and a chat answer says it in the user's language.
 *   <li>Encoded rows of kinds that are only a credential with their label (bare 32-hex Datadog
 *       key, 40-char Cloudflare token, password) encode the line "NAME=value", as an agent that
 *       copies an env line would; self-identifying kinds encode the bare value; national IDs encode
 *       "label: value".
 *   <li>A Kubernetes Secret whose data is base64 of a random password: positive; the same
 *       manifest with a placeholder or base64 of "changeme"/"password": negative.
 *   <li>A password reset URL with no token in it: negative; a key/token/password word used for a
 *       non-secret (primary key, tokenizer token, cache key, music key): negative.
 * </ul>
 * Seed phrases are skipped: the BIP39 word list could not be produced exactly in this corpus.
 */
final class Blind31Corpus {
  static final long SEED = 3131_2026L;

  enum Label { PLAIN, ENCODED, NEGATIVE }

  record Row(Label label, String kind, String encoding, String context, String lang, String secret,
      String shown, String text, String generator) {}

  private Blind31Corpus() {}

  private static List<Row> cached;

  static synchronized List<Row> rows() {
    if (cached == null) {
      List<Row> all = new ArrayList<>();
      Random r = new Random(SEED);
      all.addAll(plain(r));
      all.addAll(encoded(r));
      all.addAll(Blind31Negatives.rows(r));
      cached = List.copyOf(all);
    }
    return cached;
  }

  static String f(String tpl, Blind31Lang L, Kind k) {
    String p = k.provider().isEmpty() ? k.env() : k.provider();
    return tpl.replace("{p}", p).replace("{w}", L.word(k.word())).replace("{f}", ".env");
  }

  // ------------------------------------------------------------------ plain

  static final List<String> CHAT = List.of("chat-inline", "chat-list", "chat-table", "chat-fenced-env",
      "chat-setup-steps", "chat-quoted-log", "chat-email", "chat-message", "chat-file-summary",
      "chat-troubleshoot", "chat-tool-call", "chat-compare-table");
  static final List<String> CODE = List.of("python", "javascript", "typescript", "go", "java", "rust",
      "shell", "php", "csharp", "yaml", "toml", "json", "ini", "hcl", "dockerfile", "compose",
      "k8s-env", "gha", "dotenv", "jsonl-log", "stacktrace", "http-dump", "terminal", "diff", "sql",
      "csv", "commit", "notebook");
  static final List<String> NUMBER_CTX = List.of("chat-inline", "chat-list", "chat-table", "chat-email",
      "chat-message", "chat-file-summary", "chat-tool-call", "csv", "sql", "jsonl-log");
  static final List<String> ML_CTX = List.of("ml-fenced", "ml-summary", "ml-email", "ml-tool", "ml-terminal");
  static final List<String> K8S_CTX = List.of("k8s-fenced", "k8s-terminal", "k8s-tool");

  static List<Row> plain(Random r) {
    List<Row> out = new ArrayList<>();
    int i = 0;
    for (int round = 0; round < 3; round++) {
      for (Kind k : Blind31Secrets.KINDS) {
        Blind31Lang L = Blind31Lang.ALL.get(i % Blind31Lang.ALL.size());
        List<String> pool;
        if (k.name().equals("k8s-secret-manifest")) {
          pool = K8S_CTX;
        } else if (k.multiline()) {
          pool = ML_CTX;
        } else if (k.word() == Word.NUMBER) {
          pool = NUMBER_CTX;
        } else if (round == 1) {
          pool = CODE;
        } else {
          pool = CHAT;
        }
        String ctx = pool.get((i * 7 + round) % pool.size());
        String v = k.gen().apply(r);
        String[] ts = plainText(r, L, k, v, ctx);
        out.add(new Row(Label.PLAIN, k.name(), "none", ctx, L.code(), v, ts[1], ts[0], "plain"));
        i++;
      }
    }
    return out;
  }

  static String varName(String env, String style) {
    String lower = env.toLowerCase();
    return switch (style) {
      case "camel" -> {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : lower.toCharArray()) {
          if (c == '_') {
            up = true;
          } else {
            sb.append(up ? Character.toUpperCase(c) : c);
            up = false;
          }
        }
        yield sb.toString();
      }
      default -> lower;
    };
  }

  static String manifest(Random r, String b64value) {
    return "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + pick(r, "db-credentials", "api-secrets", "payment-keys")
        + "\n  namespace: " + pick(r, "prod", "shop", "default") + "\ntype: Opaque\ndata:\n  username: "
        + b64(pick(r, "app", "shop_rw", "admin")) + "\n  password: " + b64value + "\n";
  }

  /** Returns {text, shown}. */
  static String[] plainText(Random r, Blind31Lang L, Kind k, String v, String ctx) {
    String env = k.env();
    String p = k.provider().isEmpty() ? env : k.provider();
    String w = L.word(k.word());
    String newIs = f(L.newIs(), L, k);
    String shownCard = v;
    if (k.name().startsWith("card-") && r.nextBoolean()) {
      shownCard = chunks(v, 4, " ");
    }
    String sv = k.word() == Word.NUMBER ? shownCard : v;
    String date = "2026-11-" + (10 + r.nextInt(19)) + "T0" + r.nextInt(10) + ":" + (10 + r.nextInt(50)) + ":" + (10 + r.nextInt(50)) + "Z";
    switch (ctx) {
      case "chat-inline":
        return new String[] {newIs + " `" + sv + "`. " + L.restart(), sv};
      case "chat-list":
        return new String[] {L.here() + "\n\n- **" + L.setting() + "**: `" + env + "`\n- **" + capital(w) + "** (" + p + "): `" + sv
            + "`\n- Region: `eu-central-1`\n\n" + L.fixed(), sv};
      case "chat-table":
        return new String[] {f(L.summary(), L, k) + "\n\n| " + L.setting() + " | " + L.value() + " |\n|---|---|\n| `"
            + env + "` | `" + sv + "` |\n| `TIMEOUT_MS` | `3000` |\n| `LOG_LEVEL` | `info` |\n", sv};
      case "chat-fenced-env":
        return new String[] {L.setVar() + "\n\n```bash\nexport " + env + "=\"" + v + "\"\n```\n\n" + L.restart(), v};
      case "chat-setup-steps":
        return new String[] {f(L.setupIntro(), L, k) + "\n\n1. " + L.step() + ": `pip install -r requirements.txt`\n2. "
            + L.setVar() + "\n   ```\n   " + env + "=" + v + "\n   ```\n3. " + L.restart() + "\n", v};
      case "chat-quoted-log":
        return new String[] {L.logIntro() + "\n\n> " + date + " INFO  client.init " + env + "=" + v
            + " status=200 latency_ms=" + r.nextInt(900) + "\n\n" + L.fixed(), v};
      case "chat-email":
        return new String[] {"**" + L.subject() + "**\n\n" + L.greeting() + "\n\n" + f(L.sharedIs(), L, k) + " " + sv
            + "\n\n" + L.regards() + "\n" + pick(r, "Maria", "Jonas", "Aylin", "Kenji", "Olga", "Wei"), sv};
      case "chat-message":
        return new String[] {"```\n@" + pick(r, "channel", "here", "ops") + " " + p + " " + w + ": " + sv + "\n```", sv};
      case "chat-file-summary":
        return new String[] {f(L.summary(), L, k) + "\n\n- `HOST` = `" + pick(r, "0.0.0.0", "localhost") + "`\n- `"
            + env + "` = `" + sv + "`\n- `WORKERS` = `4`\n", sv};
      case "chat-troubleshoot":
        return new String[] {L.youWrote() + "\n\n```yaml\nservice:\n  name: billing\n  " + varName(env, "lower") + ": " + v
            + "\n   timeout: 30\n```\n\n`timeout` ← indentation. " + L.fixed(), v};
      case "chat-tool-call": {
        String content = env + "=" + sv + "\nDEBUG=false\n";
        String shown = jsonEsc(sv);
        return new String[] {"{\"type\":\"tool_use\",\"name\":\"write_file\",\"input\":{\"path\":\".env\",\"content\":\""
            + jsonEsc(content) + "\"}}", shown};
      }
      case "chat-compare-table":
        return new String[] {"| " + L.setting() + " | staging | production |\n|---|---|---|\n| `" + env + "` | `${" + env
            + "}` | `" + v + "` |\n| `REPLICAS` | 1 | 3 |\n\n" + L.fixed(), v};
      case "python":
        return new String[] {L.here() + "\n\n```python\nimport requests\n\n" + varName(env, "lower") + " = \"" + v
            + "\"\nresp = requests.get(\"https://api.example.com/v1/me\", headers={\"Authorization\": f\"Bearer {"
            + varName(env, "lower") + "}\"})\nprint(resp.status_code)\n```", v};
      case "javascript":
        return new String[] {"```js\nconst " + varName(env, "camel") + " = '" + v + "';\nconst client = new Client({ auth: "
            + varName(env, "camel") + " });\nawait client.ping();\n```\n" + L.fixed(), v};
      case "typescript":
        return new String[] {"```ts\nexport const config = {\n  region: \"eu-west-1\",\n  " + varName(env, "camel") + ": \"" + v
            + "\",\n} as const;\n```", v};
      case "go":
        return new String[] {"```go\npackage main\n\nconst " + varName(env, "camel") + " = \"" + v
            + "\"\n\nfunc main() {\n\tclient := NewClient(" + varName(env, "camel") + ")\n\t_ = client\n}\n```", v};
      case "java":
        return new String[] {"```java\nprivate static final String " + env + " = \"" + v
            + "\";\n\nHttpRequest req = HttpRequest.newBuilder(URI.create(BASE)).header(\"Authorization\", \"Bearer \" + " + env
            + ").build();\n```", v};
      case "rust":
        return new String[] {"```rust\nlet " + varName(env, "lower") + " = \"" + v + "\";\nlet client = Client::new("
            + varName(env, "lower") + ");\n```\n" + L.fixed(), v};
      case "shell":
        return new String[] {"```sh\n#!/usr/bin/env bash\nset -euo pipefail\nexport " + env + "='" + v
            + "'\n./deploy.sh --env prod\n```", v};
      case "php":
        return new String[] {"```php\n<?php\n$" + varName(env, "camel") + " = '" + v + "';\n$client = new Client(['auth' => $"
            + varName(env, "camel") + "]);\n```", v};
      case "csharp":
        return new String[] {"```csharp\nvar " + varName(env, "camel") + " = \"" + v
            + "\";\nservices.AddHttpClient(\"api\", c => c.DefaultRequestHeaders.Add(\"Authorization\", $\"Bearer {"
            + varName(env, "camel") + "}\"));\n```", v};
      case "yaml":
        return new String[] {"```yaml\n" + varName(env, "lower").replace('_', '-') + ":\n  enabled: true\n  "
            + varName(env, "lower") + ": \"" + v + "\"\n```", v};
      case "toml":
        return new String[] {"```toml\n[" + pick(r, "service", "integrations", "deploy") + "]\n" + varName(env, "lower")
            + " = \"" + v + "\"\nretries = 3\n```", v};
      case "json":
        return new String[] {"```json\n{\n  \"" + varName(env, "camel") + "\": \"" + jsonEsc(v)
            + "\",\n  \"timeoutMs\": 5000\n}\n```", jsonEsc(v)};
      case "ini":
        return new String[] {"```ini\n[default]\n" + varName(env, "lower") + " = " + v + "\nregion = eu-central-1\n```", v};
      case "hcl":
        return new String[] {"```hcl\nresource \"app_config\" \"main\" {\n  " + varName(env, "lower") + " = \"" + v
            + "\"\n}\n```", v};
      case "dockerfile":
        return new String[] {"```dockerfile\nFROM python:3.12-slim\nENV " + env + "=" + v + "\nCMD [\"python\", \"app.py\"]\n```", v};
      case "compose":
        return new String[] {"```yaml\nservices:\n  api:\n    image: shop/api:1.4.2\n    environment:\n      " + env + ": \"" + v
            + "\"\n```", v};
      case "k8s-env":
        return new String[] {"```yaml\n        env:\n          - name: " + env + "\n            value: \"" + v + "\"\n```", v};
      case "gha":
        return new String[] {"```yaml\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      " + env + ": " + v
            + "\n    steps:\n      - uses: actions/checkout@v4\n```", v};
      case "dotenv":
        return new String[] {"```\n# .env\nNODE_ENV=production\n" + env + "=" + v + "\nPORT=8080\n```", v};
      case "jsonl-log": {
        String j = jsonEsc(sv);
        return new String[] {L.logIntro() + "\n\n```\n{\"ts\":\"" + date + "\",\"level\":\"debug\",\"msg\":\"config loaded\",\""
            + varName(env, "lower") + "\":\"" + j + "\"}\n{\"ts\":\"" + date + "\",\"level\":\"info\",\"msg\":\"ready\"}\n```", j};
      }
      case "stacktrace":
        return new String[] {"```\nTraceback (most recent call last):\n  File \"app.py\", line 42, in <module>\n    connect(" + varName(env, "lower")
            + "=\"" + v + "\")\nConnectionError: 401 Unauthorized\n```\n" + L.fixed(), v};
      case "http-dump":
        return new String[] {"```http\nPOST /v1/jobs HTTP/1.1\nHost: api.example.com\nContent-Type: application/json\n"
            + (k.word() == Word.URL ? "\n{\"" + varName(env, "lower") + "\": \"" + v + "\"}" : "Authorization: Bearer " + v + "\n") + "\n```", v};
      case "terminal":
        return new String[] {"```console\n$ printenv | grep " + env.substring(0, Math.min(6, env.length())) + "\n" + env + "=" + v + "\n$ \n```", v};
      case "diff":
        return new String[] {"```diff\n--- a/config/settings.py\n+++ b/config/settings.py\n@@ -10,3 +10,3 @@\n-" + env
            + " = os.environ[\"" + env + "\"]\n+" + env + " = \"" + v + "\"\n DEBUG = False\n```", v};
      case "sql":
        return new String[] {"```sql\nINSERT INTO settings (name, value) VALUES ('" + varName(env, "lower") + "', '" + sv + "');\n```", sv};
      case "csv":
        return new String[] {"```csv\nname,owner," + varName(env, "lower") + ",created\nbilling," + pick(r, "ana", "tom", "ewa") + "," + sv
            + ",2026-11-02\n```", sv};
      case "commit":
        return new String[] {"```\ncommit " + rnd(r, HEX, 40) + "\nAuthor: ci-bot <ci@example.com>\n\n    hotfix: hardcode " + varName(env, "lower")
            + " until vault is back\n\n+" + env + "=" + v + "\n```", v};
      case "notebook":
        return new String[] {"```python\n# In [3]:\nimport os\nos.environ[\"" + env + "\"] = \"" + v + "\"\n# Out[3]: None\n```", v};
      case "ml-fenced":
        return new String[] {L.here() + "\n\n```\n" + v + "\n```\n\n" + L.restart(), v};
      case "ml-summary":
        return new String[] {f(L.summary(), L, k).replace(".env", pick(r, "keys/deploy", "secrets/id_key", "creds.json"))
            + "\n\n```\n" + v + "\n```", v};
      case "ml-email":
        return new String[] {"**" + L.subject() + "**\n\n" + L.greeting() + "\n\n" + f(L.sharedIs(), L, k) + ":\n\n" + v
            + "\n\n" + L.regards(), v};
      case "ml-tool":
        return new String[] {"{\"tool\":\"write_file\",\"arguments\":{\"path\":\"/tmp/key\",\"content\":\"" + jsonEsc(v) + "\"}}",
            jsonEsc(v)};
      case "ml-terminal":
        return new String[] {"```console\n$ cat ~/.config/" + pick(r, "deploy/key", "app/credentials") + "\n" + v + "\n$\n```", v};
      case "k8s-fenced":
        return new String[] {L.here() + "\n\n```yaml\n" + manifest(r, v) + "```\n\n" + L.fixed(), v};
      case "k8s-terminal":
        return new String[] {"```console\n$ kubectl get secret db-credentials -o yaml\n" + manifest(r, v) + "```", v};
      case "k8s-tool": {
        String m = manifest(r, v);
        return new String[] {"{\"tool\":\"apply_manifest\",\"arguments\":{\"yaml\":\"" + jsonEsc(m) + "\"}}", v};
      }
      default:
        throw new IllegalArgumentException(ctx);
    }
  }

  static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  // ------------------------------------------------------------------ encoded

  record Enc(String name, String display, BiFunction<String, Random, String> fn) {}

  static final List<Enc> ENCODINGS = List.of(
      new Enc("base64", "base64", (s, r) -> b64(s)),
      new Enc("base64url", "base64url", (s, r) -> b64url(s)),
      new Enc("base64-unpadded", "base64", (s, r) -> b64unpadded(s)),
      new Enc("base64-wrapped", "base64", (s, r) -> b64wrapped(s)),
      new Enc("base32", "base32", (s, r) -> b32(s)),
      new Enc("hex", "hex", (s, r) -> hex(utf8(s))),
      new Enc("hex-x", "\\x escapes", (s, r) -> hexEsc(s, "\\x", "")),
      new Enc("hex-0x", "0x bytes", (s, r) -> hexEsc(s, "0x", " ")),
      new Enc("hex-spaced", "hex", (s, r) -> hexEsc(s, "", " ")),
      new Enc("percent", "URL-encoded", (s, r) -> percentAll(s)),
      new Enc("rot13", "ROT13", (s, r) -> rot13(s)),
      new Enc("u-escape", "\\u escapes", (s, r) -> uEsc(s)),
      new Enc("html-dec", "HTML entities", (s, r) -> htmlDec(s)),
      new Enc("html-hex", "HTML entities", (s, r) -> htmlHex(s)),
      new Enc("json-escape", "JSON", (s, r) -> jsonUnicodeEsc(s)),
      new Enc("gzip-base64", "gzip+base64", (s, r) -> b64(gzip(s))),
      new Enc("deflate-base64", "zlib+base64", (s, r) -> b64(deflate(s))),
      new Enc("reversed", "reversed", (s, r) -> reverse(s)),
      new Enc("split-lines", "pieces", (s, r) -> chunks(s, 12 + r.nextInt(8), "\n")),
      new Enc("split-spaces", "groups", (s, r) -> chunks(s, 4 + r.nextInt(3), " ")),
      new Enc("split-punct", "groups", (s, r) -> chunks(s, 8, pick(r, "-", ".", "·", ";"))),
      new Enc("zero-width", "as is", (s, r) -> zeroWidth(s, r)),
      new Enc("fullwidth", "as is", (s, r) -> fullWidth(s)),
      new Enc("base64-of-base64", "double base64", (s, r) -> b64(b64(s))),
      new Enc("base64-of-hex", "base64", (s, r) -> b64(hex(utf8(s)))),
      new Enc("percent-of-base64", "URL-safe base64", (s, r) -> percentUrl(b64(s))),
      new Enc("hex-of-base64", "hex", (s, r) -> hex(utf8(b64(s)))));

  static final List<String> ML_ENC = List.of("base64", "base64-wrapped", "gzip-base64", "deflate-base64",
      "base64url", "percent", "json-escape", "hex");

  static String jsonUnicodeEsc(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (Character.isLetterOrDigit(c) && c < 128) {
        sb.append(c);
      } else {
        sb.append(String.format("\\u%04x", (int) c));
      }
    }
    return sb.toString();
  }

  static Enc enc(String name) {
    for (Enc e : ENCODINGS) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw new IllegalArgumentException(name);
  }

  static String payload(Kind k, String v) {
    if (k.name().startsWith("national-id")) {
      return k.provider() + ": " + v;
    }
    if (k.multiline() || k.selfIdentifying()) {
      return v;
    }
    return k.env() + "=" + v;
  }

  static List<Row> encoded(Random r) {
    List<Row> out = new ArrayList<>();
    List<Kind> kinds = Blind31Secrets.KINDS.stream().filter(k -> !k.name().equals("k8s-secret-manifest")).toList();
    List<String> ectx = List.of("enc-sentence", "enc-fenced", "enc-tool", "enc-email", "enc-inline");
    for (int i = 0; i < 150; i++) {
      Kind k = kinds.get((i * 37) % kinds.size());
      Blind31Lang L = Blind31Lang.ALL.get((i * 5) % Blind31Lang.ALL.size());
      Enc e = k.multiline() ? enc(ML_ENC.get(i % ML_ENC.size())) : ENCODINGS.get(i % ENCODINGS.size());
      String v = k.gen().apply(r);
      String pay = payload(k, v);
      String coded = e.fn().apply(pay, r);
      String ctx = ectx.get(i % ectx.size());
      if (coded.contains("\n") && ctx.equals("enc-inline")) {
        ctx = "enc-fenced";
      }
      String intro = capital(L.encodedIntro().replace("{e}", e.display()));
      String p = k.provider().isEmpty() ? k.env() : k.provider();
      String text;
      String shown = coded;
      switch (ctx) {
        case "enc-sentence" -> text = p + " " + L.word(k.word()) + " — " + intro + "\n\n" + coded + "\n\n" + L.restart();
        case "enc-fenced" -> text = intro + "\n\n```\n" + coded + "\n```\n" + L.fixed();
        case "enc-tool" -> {
          shown = jsonEsc(coded);
          text = "{\"name\":\"send_message\",\"arguments\":{\"to\":\"ops@example.com\",\"body\":\"" + jsonEsc(intro) + " "
              + shown + "\"}}";
        }
        case "enc-email" -> text = "**" + L.subject() + "**\n\n" + L.greeting() + "\n\n" + intro + "\n" + coded + "\n\n" + L.regards();
        default -> text = intro + " `" + coded + "`";
      }
      out.add(new Row(Label.ENCODED, k.name(), e.name(), ctx, L.code(), v, shown, text, "encoded"));
    }
    return out;
  }
}
