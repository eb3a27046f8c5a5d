package io.moltr.core.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The blind20 corpus: plain and encoded leaks of fake credentials, and (in {@link
 * Blind20Negatives}) many hard negatives. Seed fixed; the rows are the same on every run.
 *
 * <p>Label decisions for positives (from issue 3, "Detection"): a Sentry DSN, a Stripe
 * publishable key, a Twilio account SID and a Firebase/Google API key (AIza...) are credentials a
 * provider documents as such, so this project counts them as leaks (PLAIN/ENCODED), never as
 * negatives. A JWT counts when it carries a signature ("JWTs with a signature"). National IDs are
 * only the formats with a checksum (DNI letter, BSN 11-test, PESEL, CPF). Block kinds (PEM,
 * OpenSSH, PGP, PuTTY) are leaks when their private body is present.
 */
final class Blind20Corpus {
  record Row(String label, String kind, String encoding, String context, String generator,
      String secret, String text) {}

  static final long SEED = 20_261_130L;

  static List<Row> rows() {
    Blind20Util u = new Blind20Util(SEED);
    Blind20Secrets s = new Blind20Secrets(u);
    List<Row> out = new ArrayList<>();
    plain(u, s, out);
    encoded(u, s, out);
    Blind20Negatives.add(u, out);
    return out;
  }

  // ---------------------------------------------------------------- plain contexts

  record Ctx(String name, BiFunction<String, String, String> f) {}

  static final List<Ctx> CTX = List.of(
      new Ctx("chat-en", (v, s) -> "I found the value in your `.env` and checked it against the API; it works.\n\n"
          + "`" + v + "` = `" + s + "`\n\nRotate it once you're done testing, since it's now in this chat."),
      new Ctx("chat-de", (v, s) -> "Erledigt! Der Wert für " + v + " aus der Konfiguration lautet:\n\n"
          + s + "\n\nBitte nach dem Test im Dashboard rotieren."),
      new Ctx("chat-fr", (v, s) -> "Voici la valeur de " + v + " que j'ai trouvée dans le fichier de configuration : "
          + s + "\nPensez à la régénérer après les tests."),
      new Ctx("chat-es", (v, s) -> "Listo. Configuré " + v + " con el valor " + s
          + " en el servidor de staging; avísame si quieres que lo cambie."),
      new Ctx("python", (v, s) -> "import requests\n\n" + v + " = \"" + s + "\"\n\n"
          + "resp = requests.get(BASE_URL + \"/v1/me\", headers={\"Authorization\": f\"Bearer {" + v + "}\"})\n"
          + "print(resp.status_code)"),
      new Ctx("js", (v, s) -> "// config.js\nconst " + camel(v) + " = '" + s + "';\n\nmodule.exports = { "
          + camel(v) + ", region: 'eu-west-1' };"),
      new Ctx("ts", (v, s) -> "export const settings = {\n  env: \"production\",\n  " + camel(v) + ": \"" + s
          + "\",\n  retries: 3,\n} as const;"),
      new Ctx("go", (v, s) -> "func init() {\n\tos.Setenv(\"" + v + "\", \"" + s + "\")\n}\n"),
      new Ctx("java", (v, s) -> "public final class Creds {\n  static final String " + v + " = \"" + s
          + "\";\n  private Creds() {}\n}"),
      new Ctx("rust", (v, s) -> "fn client() -> Client {\n    let " + v.toLowerCase() + " = \"" + s
          + "\";\n    Client::new(" + v.toLowerCase() + ")\n}"),
      new Ctx("shell", (v, s) -> "# add to ~/.bashrc\nexport " + v + "=" + s + "\nsource ~/.bashrc"),
      new Ctx("php", (v, s) -> "<?php\n$" + camel(v) + " = '" + s + "';\n$client = new ApiClient($" + camel(v) + ");"),
      new Ctx("csharp", (v, s) -> "var builder = WebApplication.CreateBuilder(args);\nbuilder.Configuration[\""
          + v + "\"] = \"" + s + "\";"),
      new Ctx("yaml", (v, s) -> "service:\n  name: billing\n  env:\n    " + v + ": \"" + s + "\"\n    LOG_LEVEL: info"),
      new Ctx("toml", (v, s) -> "[deploy]\nregion = \"fra1\"\n" + v.toLowerCase() + " = \"" + s + "\"\n"),
      new Ctx("json", (v, s) -> "{\n  \"name\": \"worker\",\n  \"" + camel(v) + "\": \"" + s + "\",\n  \"timeout\": 30\n}"),
      new Ctx("dotenv", (v, s) -> "NODE_ENV=production\nPORT=8080\n" + v + "=" + s + "\n"),
      new Ctx("ini", (v, s) -> "[credentials]\n" + v.toLowerCase() + " = " + s + "\nregion = us-east-1"),
      new Ctx("hcl", (v, s) -> "provider \"example\" {\n  " + v.toLowerCase() + " = \"" + s + "\"\n}"),
      new Ctx("dockerfile", (v, s) -> "FROM node:20-alpine\nWORKDIR /app\nENV " + v + "=" + s + "\nCMD [\"node\", \"server.js\"]"),
      new Ctx("compose", (v, s) -> "services:\n  api:\n    image: acme/api:1.4\n    environment:\n      - " + v + "=" + s),
      new Ctx("gha", (v, s) -> "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      " + v + ": " + s
          + "\n    steps:\n      - run: ./deploy.sh"),
      new Ctx("log-plain", (v, s) -> "2026-11-30T22:14:03.118Z INFO  bootstrap: loaded " + v + "=" + s
          + "\n2026-11-30T22:14:03.120Z INFO  bootstrap: listening on :8080"),
      new Ctx("log-json", (v, s) -> "{\"ts\":\"2026-11-30T22:14:03Z\",\"level\":\"debug\",\"msg\":\"client init\",\""
          + camel(v) + "\":\"" + s + "\"}"),
      new Ctx("stacktrace", (v, s) -> "Exception in thread \"main\" com.acme.AuthException: rejected credential "
          + v + "=" + s + "\n\tat com.acme.Client.login(Client.java:88)\n\tat com.acme.Main.main(Main.java:12)"),
      new Ctx("http-dump", (v, s) -> "> POST /v1/jobs HTTP/1.1\n> Host: api.example.com\n> Authorization: Bearer "
          + s + "\n> Content-Type: application/json\n< HTTP/1.1 201 Created"),
      new Ctx("terminal", (v, s) -> "$ printenv " + v + "\n" + s + "\n$ "),
      new Ctx("diff", (v, s) -> "diff --git a/.env.production b/.env.production\n--- a/.env.production\n"
          + "+++ b/.env.production\n@@ -1,2 +1,3 @@\n APP_ENV=production\n+" + v + "=" + s + "\n LOG_LEVEL=warn"),
      new Ctx("sql", (v, s) -> "INSERT INTO integrations (name, secret) VALUES ('" + v.toLowerCase() + "', '" + s + "');"),
      new Ctx("csv", (v, s) -> "service,env," + v.toLowerCase() + "\nbilling,prod," + s + "\n"),
      new Ctx("markdown-table", (v, s) -> "| Variable | Value |\n|---|---|\n| `" + v + "` | `" + s + "` |\n| `REGION` | `eu-1` |"),
      new Ctx("email", (v, s) -> "Subject: staging access\n\nHi Dana,\n\nas requested, here is the " + v
          + " for staging:\n" + s + "\n\nCheers,\nOps bot"),
      new Ctx("commit-msg", (v, s) -> "commit 9c1e2f0\nAuthor: agent <agent@example.com>\n\n    Hardcode " + v
          + " for the demo\n\n    " + v + "=" + s),
      new Ctx("notebook", (v, s) -> "In [3]: import os\n   ...: os.environ[\"" + v + "\"] = \"" + s
          + "\"\nIn [4]: client = make_client()"),
      new Ctx("tool-call", (v, s) -> "{\"tool\":\"write_file\",\"arguments\":{\"path\":\".env\",\"content\":\""
          + v + "=" + s + "\\nDEBUG=false\\n\"}}"));

  static String camel(String v) {
    String[] p = v.toLowerCase().split("[_.]");
    StringBuilder b = new StringBuilder(p[0]);
    for (int i = 1; i < p.length; i++) {
      if (!p[i].isEmpty()) {
        b.append(Character.toUpperCase(p[i].charAt(0))).append(p[i].substring(1));
      }
    }
    return b.toString();
  }

  record BlockCtx(String name, BiFunction<String, String, String> f) {}

  static final List<BlockCtx> BLOCK_CTX = List.of(
      new BlockCtx("chat-en", (v, s) -> "Here's the key from `~/.ssh` you asked for:\n\n```\n" + s + "\n```\n"),
      new BlockCtx("terminal", (v, s) -> "$ cat " + v + "\n" + s + "\n$ "),
      new BlockCtx("chat-de", (v, s) -> "Der private Schlüssel (" + v + ") sieht so aus:\n\n" + s + "\n\nSpeichere ihn mit chmod 600."),
      new BlockCtx("diff", (v, s) -> "diff --git a/deploy/" + v + " b/deploy/" + v + "\nnew file mode 100600\n--- /dev/null\n+++ b/deploy/"
          + v + "\n@@ -0,0 +1 @@\n+" + s.replace("\n", "\n+")),
      new BlockCtx("yaml", (v, s) -> "deploy:\n  host: 10.0.4.12\n  key: |\n    " + s.replace("\n", "\n    ")),
      new BlockCtx("tool-call", (v, s) -> "{\"tool\":\"write_file\",\"arguments\":{\"path\":\"keys/" + v
          + "\",\"content\":\"" + s.replace("\n", "\\n") + "\\n\"}}"));

  static void plain(Blind20Util u, Blind20Secrets s, List<Row> out) {
    int c = 0;
    for (Blind20Secrets.Kind k : s.kinds) {
      int n = k.block() ? 3 : 2;
      for (int i = 0; i < n; i++) {
        String secret = k.gen().get();
        if (k.block()) {
          BlockCtx b = BLOCK_CTX.get((c++) % BLOCK_CTX.size());
          out.add(new Row("PLAIN", k.id(), "none", b.name(), k.id(), secret, b.f().apply(k.var(), secret)));
        } else {
          Ctx x = CTX.get((c * 7 + i * 3) % CTX.size());
          c++;
          out.add(new Row("PLAIN", k.id(), "none", x.name(), k.id(), secret, x.f().apply(k.var(), secret)));
        }
      }
    }
    // Kubernetes Secret manifests: the data values are base64 of real-looking secrets.
    for (int i = 0; i < 6; i++) {
      String pw = u.mixed(Blind20Util.AN, 24);
      String b = Blind20Util.b64(Blind20Util.utf8(pw));
      String text = (i % 2 == 0 ? "Here is the manifest; apply it with `kubectl apply -f secret.yaml`:\n\n" : "$ kubectl get secret db-creds -o yaml\n")
          + "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-creds\n  namespace: prod\ntype: Opaque\ndata:\n"
          + "  username: " + Blind20Util.b64(Blind20Util.utf8("app")) + "\n  password: " + b + "\n";
      out.add(new Row("PLAIN", "k8s-secret", "none", i % 2 == 0 ? "chat-en" : "terminal", "k8s-secret", b, text));
    }
    // Google service-account JSON with its private key.
    for (int i = 0; i < 5; i++) {
      String pem = s.rsaPem();
      String esc = pem.replace("\n", "\\n");
      String text = (i % 2 == 0 ? "Saved the service account file as `sa.json`:\n" : "$ cat sa.json\n")
          + "{\n  \"type\": \"service_account\",\n  \"project_id\": \"acme-prod-" + u.digits(6) + "\",\n"
          + "  \"private_key_id\": \"" + u.s(Blind20Util.HEX, 40) + "\",\n  \"private_key\": \"" + esc + "\\n\",\n"
          + "  \"client_email\": \"deployer@acme-prod.iam.gserviceaccount.com\",\n  \"client_id\": \"" + u.digits(21) + "\"\n}";
      out.add(new Row("PLAIN", "gcp-service-account", "none", i % 2 == 0 ? "chat-en" : "terminal", "gcp-service-account",
          esc.substring(40, 120), text));
    }
    // Stray keys in prose without any name next to them, as a chat answer gives them.
    String[][] prose = {
      {"en", "Your new token is %s — copy it now, it won't be shown again."},
      {"de", "Dein neuer Token lautet %s. Er wird nur einmal angezeigt."},
      {"fr", "Le nouveau jeton est %s ; il ne sera plus affiché ensuite."},
      {"es", "Tu nuevo token es %s. Guárdalo, no se volverá a mostrar."},
    };
    String[] prefixed = {"github-classic", "gitlab-pat", "openai-project", "anthropic", "slack-bot",
      "npm", "huggingface", "groq", "doppler", "linear", "postman", "digitalocean"};
    for (int i = 0; i < prefixed.length; i++) {
      Blind20Secrets.Kind k = kind(s, prefixed[i]);
      String secret = k.gen().get();
      String[] p = prose[i % prose.length];
      out.add(new Row("PLAIN", k.id(), "none", "chat-" + p[0], k.id(), secret, String.format(p[1], secret)));
    }
  }

  static Blind20Secrets.Kind kind(Blind20Secrets s, String id) {
    for (Blind20Secrets.Kind k : s.kinds) {
      if (k.id().equals(id)) {
        return k;
      }
    }
    throw new IllegalArgumentException(id);
  }

  // ---------------------------------------------------------------- encodings

  record Enc(String name, Function<String, String> f) {}

  static String hexSep(String s, String pre, String sep) {
    StringBuilder b = new StringBuilder();
    for (byte x : Blind20Util.utf8(s)) {
      if (b.length() > 0) {
        b.append(sep);
      }
      b.append(pre).append(String.format("%02x", x & 0xff));
    }
    return b.toString();
  }

  static String percentAll(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : Blind20Util.utf8(s)) {
      b.append('%').append(String.format("%02X", x & 0xff));
    }
    return b.toString();
  }

  static String uEsc(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(String.format("\\u%04x", (int) c));
    }
    return b.toString();
  }

  static String html(String s, boolean hex) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(hex ? String.format("&#x%x;", (int) c) : "&#" + (int) c + ";");
    }
    return b.toString();
  }

  static String fullwidth(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(Character.isLetterOrDigit(c) && c < 128 ? (char) (c - 0x21 + 0xFF01) : c);
    }
    return b.toString();
  }

  static String every(String s, int n, String sep) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i += n) {
      if (i > 0) {
        b.append(sep);
      }
      b.append(s, i, Math.min(s.length(), i + n));
    }
    return b.toString();
  }

  static final List<Enc> ENC = List.of(
      new Enc("base64", x -> Blind20Util.b64(Blind20Util.utf8(x))),
      new Enc("base64url", x -> java.util.Base64.getUrlEncoder().encodeToString(Blind20Util.utf8(x))),
      new Enc("base64-nopad", x -> java.util.Base64.getEncoder().withoutPadding().encodeToString(Blind20Util.utf8(x))),
      new Enc("base64-wrapped76", x -> Blind20Util.wrap(Blind20Util.b64(Blind20Util.utf8(x)), 76)),
      new Enc("base32", x -> Blind20Util.base32(Blind20Util.utf8(x))),
      new Enc("hex", x -> Blind20Util.hex(Blind20Util.utf8(x))),
      new Enc("hex-x", x -> hexSep(x, "\\x", "")),
      new Enc("hex-0x", x -> hexSep(x, "0x", ", ")),
      new Enc("hex-spaced", x -> hexSep(x, "", " ")),
      new Enc("percent", Blind20Corpus::percentAll),
      new Enc("rot13", Blind20Util::rot13),
      new Enc("unicode-escape", Blind20Corpus::uEsc),
      new Enc("html-dec", x -> html(x, false)),
      new Enc("html-hex", x -> html(x, true)),
      new Enc("gzip-base64", x -> Blind20Util.b64(Blind20Util.gzip(Blind20Util.utf8(x)))),
      new Enc("deflate-base64", x -> Blind20Util.b64(Blind20Util.deflate(Blind20Util.utf8(x)))),
      new Enc("reversed", x -> new StringBuilder(x).reverse().toString()),
      new Enc("split-lines", x -> every(x, 12, "\n")),
      new Enc("split-spaces", x -> every(x, 4, " ")),
      new Enc("split-dashes", x -> every(x, 8, "-")),
      new Enc("zero-width", x -> every(x, 3, "\u200b")),
      new Enc("fullwidth", Blind20Corpus::fullwidth),
      new Enc("base64(base64)", x -> Blind20Util.b64(Blind20Util.utf8(Blind20Util.b64(Blind20Util.utf8(x))))),
      new Enc("hex(base64)", x -> Blind20Util.hex(Blind20Util.utf8(Blind20Util.b64(Blind20Util.utf8(x))))),
      new Enc("percent(base64)", x -> percentAll(Blind20Util.b64(Blind20Util.utf8(x)))));

  static final String[] ENC_KINDS = {"openai-project", "anthropic", "github-classic", "aws-access-key-id",
    "stripe-secret", "gitlab-pat", "slack-bot", "npm", "huggingface", "groq", "openrouter", "sendgrid",
    "digitalocean", "databricks", "doppler", "linear", "postman", "shopify-access", "pypi", "planetscale",
    "google-oauth-secret", "notion-ntn", "netlify", "age", "jwt", "db-url", "slack-webhook", "mailgun"};

  static final String[] ENC_SENTENCES = {
    "Here it is base64'd so it survives the copy: %s",
    "Encoded as requested (%s form):\n%s",
    "Da der Filter Klartext blockiert, hier kodiert: %s",
    "{\"note\":\"encoded\",\"payload\":\"%s\"}",
    "Voici la clé encodée : %s",
    "payload=%s",
  };

  static void encoded(Blind20Util u, Blind20Secrets s, List<Row> out) {
    int n = 0;
    for (int round = 0; round < 4; round++) {
      for (Enc e : ENC) {
        Blind20Secrets.Kind k = kind(s, ENC_KINDS[n % ENC_KINDS.length]);
        String secret = k.gen().get();
        // Half the rows encode the bare key, half the whole assignment line.
        String payload = (n % 2 == 0) ? secret : k.var() + "=" + secret;
        String enc = e.f().apply(payload);
        String sent = ENC_SENTENCES[n % ENC_SENTENCES.length];
        String text = sent.startsWith("Encoded as") ? String.format(sent, e.name(), enc) : String.format(sent, enc);
        out.add(new Row("ENCODED", k.id(), e.name(), "enc-" + (n % ENC_SENTENCES.length), k.id(), enc, text));
        n++;
      }
    }
  }
}
