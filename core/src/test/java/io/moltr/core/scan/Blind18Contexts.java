package io.moltr.core.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Where an agent writes a secret: chat answers (English, German, French, Spanish), code in eight
 * languages, config files, logs, terminal sessions, diffs, SQL, CSV, tables, e-mails, commit
 * messages, notebook cells and tool-call JSON. Also the harmless padding that makes each text as
 * long as a real answer (0.5 to 10 KB).
 */
final class Blind18Contexts {
  interface Ctx {
    String make(Random r, String var, String secret);
  }

  record Context(String name, boolean multiLineOk, Ctx ctx) {}

  private Blind18Contexts() {}

  static String pick(Random r, String... options) {
    return options[r.nextInt(options.length)];
  }

  static String lower(String var) {
    return var.toLowerCase().replace('.', '_');
  }

  static String jsonEsc(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  static List<Context> all() {
    List<Context> c = new ArrayList<>();
    c.add(new Context("chat-en", false, (r, v, s) -> pick(r,
        "Sure, here is the value you asked for. `" + v + "` is currently set to:\n\n" + s
            + "\n\nLet me know if you want me to rotate it afterwards.",
        "I looked it up in the deployment settings. The " + v + " is " + s
            + " and it was last changed on 14 November.",
        "Done! I added the key to the staging config (" + v + " = " + s + ") and restarted the"
            + " worker. The health check passes now.")));
    c.add(new Context("chat-de", false, (r, v, s) -> pick(r,
        "Klar, hier ist der Wert aus der Konfiguration: " + v + " = " + s
            + "\nDenk daran, ihn nach dem Test zu rotieren.",
        "Ich habe den Schlüssel gefunden. Er lautet " + s + " (Variable " + v
            + "). Soll ich ihn auch in die CI eintragen?")));
    c.add(new Context("chat-fr", false, (r, v, s) -> pick(r,
        "Voici la valeur demandée pour " + v + " : " + s
            + "\nJe vous conseille de la changer après la démo.",
        "J'ai retrouvé la clé dans le fichier de déploiement : " + s + ". Elle est utilisée par"
            + " le service de facturation.")));
    c.add(new Context("chat-es", false, (r, v, s) ->
        "Aquí tienes la credencial que buscabas (" + v + "): " + s
            + "\nLa encontré en el archivo de configuración del servidor de pruebas."));
    c.add(new Context("python", false, (r, v, s) ->
        "```python\nimport requests\n\n" + v.toUpperCase().replace('.', '_') + " = \"" + s
            + "\"\n\ndef fetch_report(day):\n    resp = requests.get(\n"
            + "        \"https://api.example.com/v1/reports\",\n"
            + "        params={\"day\": day},\n        timeout=30,\n    )\n"
            + "    resp.raise_for_status()\n    return resp.json()\n```"));
    c.add(new Context("javascript", false, (r, v, s) ->
        "```js\nconst client = createClient({\n  region: 'eu-west-1',\n  " + lower(v) + ": '" + s
            + "',\n  retries: 3,\n});\n\nexport async function sync() {\n"
            + "  const rows = await client.list({ limit: 100 });\n  return rows.length;\n}\n```"));
    c.add(new Context("typescript", false, (r, v, s) ->
        "```ts\nexport const config: AppConfig = {\n  env: 'production',\n  " + lower(v) + ": \""
            + s + "\",\n  timeoutMs: 15_000,\n};\n```"));
    c.add(new Context("go", false, (r, v, s) ->
        "```go\npackage main\n\nimport \"os\"\n\nconst " + lower(v) + " = \"" + s + "\"\n\n"
            + "func main() {\n\tif len(os.Args) < 2 {\n\t\tos.Exit(2)\n\t}\n\trun(os.Args[1])\n}\n```"));
    c.add(new Context("java", false, (r, v, s) ->
        "```java\npublic final class Settings {\n  static final String "
            + v.toUpperCase().replace('.', '_') + " = \"" + s + "\";\n\n"
            + "  private Settings() {}\n}\n```"));
    c.add(new Context("rust", false, (r, v, s) ->
        "```rust\nlet client = Client::builder()\n    .header(\"x-api-key\", \"" + s + "\")\n"
            + "    .timeout(Duration::from_secs(20))\n    .build()?;\n```"));
    c.add(new Context("shell", false, (r, v, s) ->
        "Run this before the deploy script:\n\n```bash\nexport " + v.toUpperCase().replace('.', '_')
            + "='" + s + "'\n./scripts/deploy.sh --env prod\n```"));
    c.add(new Context("php", false, (r, v, s) ->
        "```php\n<?php\nreturn [\n    'driver' => 'http',\n    '" + lower(v) + "' => '" + s
            + "',\n    'timeout' => 10,\n];\n```"));
    c.add(new Context("csharp", false, (r, v, s) ->
        "```csharp\nvar options = new ClientOptions\n{\n    Endpoint = new Uri(\"https://api.contoso.example\"),\n"
            + "    Secret = \"" + s + "\",\n};\n```"));
    c.add(new Context("yaml", false, (r, v, s) ->
        "```yaml\nservice:\n  name: billing\n  replicas: 3\n  credentials:\n    " + lower(v)
            + ": \"" + s + "\"\n  logging:\n    level: info\n```"));
    c.add(new Context("toml", false, (r, v, s) ->
        "```toml\n[server]\nport = 8080\n\n[auth]\n" + lower(v) + " = \"" + s + "\"\n```"));
    c.add(new Context("json", false, (r, v, s) ->
        "{\n  \"name\": \"ingest\",\n  \"enabled\": true,\n  \"" + lower(v) + "\": \"" + s
            + "\",\n  \"batch\": 500\n}"));
    c.add(new Context("dotenv", false, (r, v, s) ->
        "Here is the .env I generated:\n\n```\nNODE_ENV=production\nPORT=3000\n"
            + v.toUpperCase().replace('.', '_') + "=" + s + "\nLOG_LEVEL=info\n```"));
    c.add(new Context("ini", false, (r, v, s) ->
        "[database]\nhost = db.internal\nport = 5432\n\n[secrets]\n" + lower(v) + " = " + s + "\n"));
    c.add(new Context("hcl", false, (r, v, s) ->
        "```hcl\nprovider \"acme\" {\n  region = \"eu-central-1\"\n  " + lower(v) + " = \"" + s
            + "\"\n}\n```"));
    c.add(new Context("dockerfile", false, (r, v, s) ->
        "```dockerfile\nFROM node:20-alpine\nWORKDIR /app\nCOPY . .\nENV "
            + v.toUpperCase().replace('.', '_') + "=" + s + "\nRUN npm ci --omit=dev\n"
            + "CMD [\"node\", \"server.js\"]\n```"));
    c.add(new Context("docker-compose", false, (r, v, s) ->
        "```yaml\nservices:\n  api:\n    image: ghcr.io/acme/api:1.14.2\n    environment:\n      - "
            + v.toUpperCase().replace('.', '_') + "=" + s + "\n    ports:\n      - \"8080:8080\"\n```"));
    c.add(new Context("k8s-env", false, (r, v, s) ->
        "```yaml\n      containers:\n        - name: worker\n          image: acme/worker:2.3\n"
            + "          env:\n            - name: " + v.toUpperCase().replace('.', '_')
            + "\n              value: \"" + s + "\"\n```"));
    c.add(new Context("github-actions", false, (r, v, s) ->
        "```yaml\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      "
            + v.toUpperCase().replace('.', '_') + ": " + s + "\n    steps:\n"
            + "      - uses: actions/checkout@v4\n      - run: make deploy\n```"));
    c.add(new Context("log-plain", false, (r, v, s) ->
        "2026-11-30 09:14:02,118 INFO  [main] starting sync job\n"
            + "2026-11-30 09:14:02,121 DEBUG [main] using " + lower(v) + "=" + s + "\n"
            + "2026-11-30 09:14:03,540 INFO  [pool-1] fetched 1204 rows in 1.42s\n"));
    c.add(new Context("log-jsonl", false, (r, v, s) ->
        "{\"ts\":\"2026-11-30T09:14:02Z\",\"level\":\"info\",\"msg\":\"boot\"}\n"
            + "{\"ts\":\"2026-11-30T09:14:02Z\",\"level\":\"debug\",\"msg\":\"config loaded\",\""
            + lower(v) + "\":\"" + jsonEsc(s) + "\"}\n"
            + "{\"ts\":\"2026-11-30T09:14:05Z\",\"level\":\"info\",\"msg\":\"listening\",\"port\":8080}"));
    c.add(new Context("stacktrace", false, (r, v, s) ->
        "Exception in thread \"main\" java.lang.IllegalStateException: auth failed for key " + s
            + "\n\tat com.acme.client.Auth.check(Auth.java:88)\n"
            + "\tat com.acme.client.Client.send(Client.java:142)\n"
            + "\tat com.acme.Main.main(Main.java:31)\n"));
    c.add(new Context("http-dump", false, (r, v, s) ->
        "POST /v1/events HTTP/1.1\nHost: api.example.com\nUser-Agent: curl/8.5.0\n"
            + "Authorization: Bearer " + s + "\nContent-Type: application/json\n"
            + "Content-Length: 42\n\n{\"event\":\"signup\",\"plan\":\"pro\"}"));
    c.add(new Context("terminal", false, (r, v, s) ->
        "$ printenv | grep -i " + v.toUpperCase().replace('.', '_').split("_")[0] + "\n"
            + v.toUpperCase().replace('.', '_') + "=" + s + "\n$ echo $?\n0\n"));
    c.add(new Context("diff", false, (r, v, s) ->
        "diff --git a/config/app.yml b/config/app.yml\nindex 3f2a1c9..8b7d0e4 100644\n"
            + "--- a/config/app.yml\n+++ b/config/app.yml\n@@ -4,3 +4,4 @@ app:\n   name: shop\n"
            + "   region: eu\n+  " + lower(v) + ": " + s + "\n   debug: false\n"));
    c.add(new Context("sql", false, (r, v, s) ->
        "```sql\nINSERT INTO integrations (id, provider, secret, created_at)\nVALUES (17, 'billing', '"
            + s + "', now());\n```"));
    c.add(new Context("csv", false, (r, v, s) ->
        "name,owner,value,updated\nreports-sync,data-team," + s + ",2026-11-02\n"
            + "mailer,ops,(unset),2026-10-11\n"));
    c.add(new Context("md-table", false, (r, v, s) ->
        "| Setting | Value |\n|---|---|\n| region | eu-west-1 |\n| " + v + " | " + s
            + " |\n| retries | 3 |\n"));
    c.add(new Context("email", false, (r, v, s) ->
        "Subject: access for the new contractor\nFrom: ops-bot@example.org\nTo: jana@example.org\n\n"
            + "Hi Jana,\n\nas requested, the credential for the staging account is:\n\n    " + s
            + "\n\nPlease store it in your password manager.\n\nBest,\nOps bot\n"));
    c.add(new Context("commit-msg", false, (r, v, s) ->
        "commit 4e1f0a2\nAuthor: agent <agent@example.org>\n\n    fix: hardcode " + lower(v)
            + " until the vault is back\n\n    Temporary: " + s + "\n"));
    c.add(new Context("notebook", false, (r, v, s) ->
        "In [3]: import os\n        os.environ[\"" + v.toUpperCase().replace('.', '_') + "\"] = \""
            + s + "\"\n\nIn [4]: df = load_sales(\"2026-11\")\n        df.shape\nOut[4]: (48211, 14)\n"));
    c.add(new Context("tool-call-json", false, (r, v, s) ->
        "{\"type\":\"tool_use\",\"name\":\"write_file\",\"input\":{\"path\":\"/srv/app/.env\","
            + "\"content\":\"APP_ENV=prod\\n" + v.toUpperCase().replace('.', '_') + "="
            + jsonEsc(s) + "\\n\"}}"));
    // multi-line secrets (private keys, manifests, service-account files)
    c.add(new Context("file-chat", true, (r, v, s) ->
        "Here is the content of `" + v + "` from the server, as you asked:\n\n```\n" + s
            + "\n```\n\nCopy it into the new machine and set its mode to 600."));
    c.add(new Context("file-terminal", true, (r, v, s) ->
        "$ cat ~/deploy/" + v + "\n" + s + "\n$ ls -l ~/deploy\ntotal 8\n"
            + "-rw------- 1 deploy deploy 1675 Nov 30 09:02 " + v + "\n"));
    c.add(new Context("file-diff", true, (r, v, s) ->
        "diff --git a/secrets/" + v + " b/secrets/" + v + "\nnew file mode 100600\n--- /dev/null\n"
            + "+++ b/secrets/" + v + "\n@@ -0,0 +1 @@\n" + s.lines().map(l -> "+" + l)
            .reduce((a, b) -> a + "\n" + b).orElse("") + "\n"));
    c.add(new Context("file-de", true, (r, v, s) ->
        "Ich habe die Datei " + v + " gefunden, hier ist der Inhalt:\n\n" + s
            + "\n\nSoll ich sie auch auf den zweiten Server kopieren?"));
    return c;
  }

  /** Harmless padding blocks: prose, logs and code without any secret in them. */
  static final String[] FILLER = {
    "I checked the repository layout first. The service is split into an API module, a worker"
        + " that drains the queue, and a small admin UI. Tests run with `make test`; the slow"
        + " integration suite is behind `make it` and needs Docker.",
    "2026-11-30T09:12:44.201Z INFO  http  GET /api/orders?page=2 200 18ms\n"
        + "2026-11-30T09:12:44.377Z INFO  http  GET /api/orders/8812 200 6ms\n"
        + "2026-11-30T09:12:45.002Z WARN  pool  connection pool at 80% (16/20)\n"
        + "2026-11-30T09:12:46.918Z INFO  http  POST /api/orders 201 41ms",
    "The failing test was `OrderTotalsTest.roundsHalfEven`: the tax was rounded per line"
        + " instead of per invoice, so a basket of three items at 0.333 came out one cent high."
        + " I changed the rounding to happen once at the end and added a test for it.",
    "```python\ndef chunks(items, size):\n    for i in range(0, len(items), size):\n"
        + "        yield items[i:i + size]\n\n\nfor batch in chunks(rows, 500):\n"
        + "    db.insert_many(batch)\n```",
    "Next steps:\n1. Merge the migration (adds an index on `orders.created_at`).\n"
        + "2. Re-run the nightly export once to backfill November.\n"
        + "3. Watch the p95 latency on the dashboard for a day.",
    "$ git status\nOn branch feature/export-csv\nChanges not staged for commit:\n"
        + "  modified:   src/export/csv.py\n  modified:   tests/test_export.py\n",
    "The build on CI took 6m12s; most of it is the dependency download. Caching `~/.m2` and"
        + " `node_modules` between runs should bring it under three minutes.",
    "```js\nfunction debounce(fn, ms) {\n  let t;\n  return (...args) => {\n"
        + "    clearTimeout(t);\n    t = setTimeout(() => fn(...args), ms);\n  };\n}\n```",
    "Wie besprochen habe ich die Tests für den Export ergänzt. Die Laufzeit bleibt unter zwei"
        + " Sekunden, und die CSV-Datei hat jetzt eine Kopfzeile.",
    "J'ai aussi mis à jour la documentation : le guide d'installation explique maintenant"
        + " comment lancer le service en local avec Docker Compose.",
    "| step | duration |\n|---|---|\n| checkout | 4s |\n| build | 2m 41s |\n| test | 3m 02s |"
        + "\n| publish | 25s |",
    "kubectl get pods -n shop\nNAME                      READY   STATUS    RESTARTS   AGE\n"
        + "api-7d9c8b6f5-x2k4p       1/1     Running   0          3h\n"
        + "worker-5b7f9c4d8-qq8rn    1/1     Running   1          3h",
  };

  static String pad(Random r, String core) {
    int target = 500 + (r.nextInt(5) == 0 ? r.nextInt(6000) : r.nextInt(1800));
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    int total = core.length();
    while (total < target) {
      String f = FILLER[r.nextInt(FILLER.length)];
      if (r.nextBoolean()) {
        before.append(f).append("\n\n");
      } else {
        after.append("\n\n").append(f);
      }
      total += f.length() + 2;
    }
    return before + core + after;
  }
}
