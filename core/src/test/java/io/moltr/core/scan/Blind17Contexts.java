package io.moltr.core.scan;

import static io.moltr.core.scan.Blind17Util.*;

import io.moltr.core.scan.Blind17Secrets.Kind;
import java.util.List;
import java.util.Random;

/** Where a coding agent puts a value when it writes to a developer: chat, code, config, logs. */
final class Blind17Contexts {
  private Blind17Contexts() {}

  /** Contexts for single-line values. */
  static final List<String> TOKEN = List.of(
      "chat-en", "chat-de", "chat-fr", "chat-es", "chat-it", "python", "javascript", "typescript", "go",
      "java", "rust", "shell", "php", "csharp", "yaml", "toml", "json", "dotenv", "ini", "hcl",
      "dockerfile", "compose", "k8s-env", "gha", "log", "jsonl", "stacktrace", "http-dump", "terminal",
      "diff", "sql", "csv", "markdown-table", "email", "commit", "notebook", "tool-call", "curl",
      "httpie", "postman", "openapi", "pr-description");

  /** Contexts for multi-line values (private keys, service-account files, manifests). */
  static final List<String> BLOCK = List.of(
      "chat-en", "chat-de", "chat-fr", "chat-es", "chat-it", "terminal", "diff", "yaml", "python", "go",
      "email");

  static String lowerVar(String var) {
    return var.toLowerCase();
  }

  static String camel(String var) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char c : var.toLowerCase().toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.toString();
  }

  static String host(Random r) {
    return pick(r, "api.northwind.io", "billing.acme-corp.de", "svc.fabrikam.fr", "gateway.contoso.es",
        "internal.tailspin.it");
  }

  static String ts(Random r) {
    return String.format("2026-11-%02dT%02d:%02d:%02d.%03dZ", 1 + r.nextInt(29), r.nextInt(24), r.nextInt(60),
        r.nextInt(60), r.nextInt(1000));
  }

  /** A single-line value in context {@code ctx}. */
  static String token(Random r, String ctx, Kind k, String s) {
    String v = Blind17Secrets.varFor(k, s);
    String label = Blind17Secrets.labelFor(k, s);
    String lv = lowerVar(v);
    String cv = camel(v);
    String h = host(r);
    return switch (ctx) {
      case "chat-en" -> pick(r,
          "Done. I added the " + label + " to your local settings so the integration test can run:\n\n```\n" + v + "=" + s
              + "\n```\n\nRestart the dev server after saving the file.",
          "The 401 comes from the missing header. Use your " + label + " (`" + s + "`) and the call succeeds; I checked it with the request below.",
          "Sure, here is the value from the vault for " + v + ": " + s + "\nLet me know if the deploy still fails.",
          "I found the problem: `" + v + "` was empty in CI. Set it to `" + s + "` in the project settings, then re-run the pipeline.\n\n1. Settings -> CI/CD -> Variables\n2. Add " + v + "\n3. Re-run the failed job");
      case "chat-de" -> pick(r,
          "Ich habe den Fehler gefunden: Die Variable `" + v + "` war leer. Trag bitte diesen Wert ein:\n\n```\n" + v + "=" + s
              + "\n```\n\nDanach sollte der Build wieder durchlaufen.",
          "Hier ist der " + label + " aus der alten Konfiguration: " + s + " – bitte nach dem Test rotieren.",
          "Kurz zusammengefasst: Der Dienst braucht `" + v + "`. Ich habe `" + s + "` in die `.env` geschrieben und den Container neu gestartet.");
      case "chat-fr" -> pick(r,
          "J'ai corrigé la configuration. La variable `" + v + "` vaut maintenant `" + s + "`, et le test d'intégration passe.",
          "Voici la clé (" + label + ") que j'ai trouvée dans l'ancien fichier : " + s + "\nPense à la révoquer après la migration.",
          "Le 403 vient d'un jeton expiré. Remplace-le par celui-ci :\n\n```bash\nexport " + v + "=\"" + s + "\"\n```");
      case "chat-es" -> pick(r,
          "Listo. Puse la " + label + " en el archivo de configuración: `" + s + "`. Ahora el despliegue funciona.",
          "El error 401 se debe a que `" + v + "` no estaba definido. Usa este valor:\n\n```\n" + v + "=" + s + "\n```",
          "Aquí tienes el token para " + v + ": " + s + " — guárdalo en el gestor de secretos cuando puedas.");
      case "chat-it" -> pick(r,
          "Ho trovato il problema: mancava `" + v + "`. Ecco il valore da usare: `" + s + "`.",
          "Ecco la chiave (" + label + ") del vecchio ambiente:\n\n```\n" + v + "=" + s + "\n```\n\nRicordati di ruotarla dopo il test.");
      case "python" -> "```python\nimport requests\n\n" + v.toUpperCase() + " = \"" + s + "\"\n\n\ndef fetch_orders(page: int = 1):\n    resp = requests.get(\n        \"https://" + h + "/v1/orders\",\n        headers={\"Authorization\": f\"Bearer {" + v.toUpperCase() + "}\"},\n        params={\"page\": page},\n        timeout=10,\n    )\n    resp.raise_for_status()\n    return resp.json()\n```";
      case "javascript" -> "```js\nconst axios = require('axios');\n\nconst " + cv + " = '" + s + "';\n\nasync function listUsers() {\n  const { data } = await axios.get('https://" + h + "/users', {\n    headers: { Authorization: `Bearer ${" + cv + "}` },\n  });\n  return data;\n}\n\nmodule.exports = { listUsers };\n```";
      case "typescript" -> "```ts\nexport const config = {\n  baseUrl: \"https://" + h + "\",\n  " + cv + ": \"" + s + "\",\n  retries: 3,\n} as const;\n```\n\nImport `config` wherever you build the client.";
      case "go" -> "```go\npackage main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\nconst " + cv + " = \"" + s + "\"\n\nfunc main() {\n\treq, _ := http.NewRequest(\"GET\", \"https://" + h + "/v2/status\", nil)\n\treq.Header.Set(\"Authorization\", \"Bearer \"+" + cv + ")\n\tresp, err := http.DefaultClient.Do(req)\n\tif err != nil {\n\t\tpanic(err)\n\t}\n\tfmt.Println(resp.Status)\n}\n```";
      case "java" -> "```java\npublic final class ApiClient {\n    private static final String " + v.toUpperCase() + " = \"" + s + "\";\n    private final HttpClient http = HttpClient.newHttpClient();\n\n    HttpRequest request(String path) {\n        return HttpRequest.newBuilder(URI.create(\"https://" + h + "\" + path))\n            .header(\"Authorization\", \"Bearer \" + " + v.toUpperCase() + ")\n            .build();\n    }\n}\n```";
      case "rust" -> "```rust\nconst " + v.toUpperCase() + ": &str = \"" + s + "\";\n\nfn client() -> reqwest::Client {\n    let mut headers = reqwest::header::HeaderMap::new();\n    headers.insert(\"authorization\", format!(\"Bearer {}\", " + v.toUpperCase() + ").parse().unwrap());\n    reqwest::Client::builder().default_headers(headers).build().unwrap()\n}\n```";
      case "shell" -> "```bash\n#!/usr/bin/env bash\nset -euo pipefail\n\nexport " + v + "=\"" + s + "\"\n./scripts/sync.sh --env staging\n```";
      case "php" -> "```php\n<?php\n\ndefine('" + v.toUpperCase() + "', '" + s + "');\n\n$client = new \\GuzzleHttp\\Client(['base_uri' => 'https://" + h + "']);\n$response = $client->get('/v1/invoices', ['headers' => ['Authorization' => 'Bearer ' . " + v.toUpperCase() + "]]);\n```";
      case "csharp" -> "```csharp\npublic static class Settings\n{\n    public const string " + pascal(v) + " = \"" + s + "\";\n    public const string BaseUrl = \"https://" + h + "\";\n}\n```";
      case "yaml" -> "```yaml\nservice:\n  name: orders\n  port: 8080\nintegrations:\n  " + lv + ": \"" + s + "\"\n  timeout_seconds: 30\n```";
      case "toml" -> "```toml\n[service]\nname = \"orders\"\n\n[integrations]\n" + lv + " = \"" + s + "\"\nretries = 3\n```";
      case "json" -> "```json\n{\n  \"name\": \"orders-worker\",\n  \"region\": \"eu-central-1\",\n  \"" + cv + "\": \"" + s + "\",\n  \"debug\": false\n}\n```";
      case "dotenv" -> "Here's the `.env` for local development:\n\n```dotenv\nNODE_ENV=development\nPORT=3000\n" + v + "=" + s + "\nLOG_LEVEL=debug\n```";
      case "ini" -> "```ini\n[default]\nregion = eu-west-1\noutput = json\n" + lv + " = " + s + "\n```";
      case "hcl" -> "```hcl\nvariable \"" + lv + "\" {\n  type      = string\n  default   = \"" + s + "\"\n  sensitive = true\n}\n```";
      case "dockerfile" -> "```dockerfile\nFROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nENV " + v + "=" + s + "\nCOPY . .\nCMD [\"gunicorn\", \"app:app\", \"-b\", \"0.0.0.0:8000\"]\n```";
      case "compose" -> "```yaml\nservices:\n  worker:\n    image: ghcr.io/acme/worker:1.8.2\n    environment:\n      - LOG_LEVEL=info\n      - " + v + "=" + s + "\n    depends_on:\n      - redis\n```";
      case "k8s-env" -> "```yaml\n    spec:\n      containers:\n        - name: api\n          image: registry.acme-corp.de/api:2.4.0\n          env:\n            - name: " + v + "\n              value: \"" + s + "\"\n```";
      case "gha" -> "```yaml\nname: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      " + v + ": " + s + "\n    steps:\n      - uses: actions/checkout@v4\n      - run: make deploy\n```";
      case "log" -> ts(r) + " INFO  boot: loading configuration from /etc/app/config.yaml\n" + ts(r)
          + " DEBUG config: " + v + "=" + s + "\n" + ts(r) + " INFO  http: listening on :8080";
      case "jsonl" -> "{\"ts\":\"" + ts(r) + "\",\"level\":\"info\",\"msg\":\"worker started\"}\n{\"ts\":\"" + ts(r)
          + "\",\"level\":\"debug\",\"msg\":\"env\",\"" + v + "\":\"" + s + "\"}\n{\"ts\":\"" + ts(r) + "\",\"level\":\"info\",\"msg\":\"ready\"}";
      case "stacktrace" -> "Traceback (most recent call last):\n  File \"/app/worker.py\", line 42, in <module>\n    client.connect()\n  File \"/app/client.py\", line 17, in connect\n    raise AuthError(f\"rejected " + v + "={self.key}\")\nclient.AuthError: rejected " + v + "=" + s;
      case "http-dump" -> "> GET /v1/projects HTTP/1.1\n> Host: " + h + "\n> User-Agent: curl/8.5.0\n> Accept: */*\n> Authorization: Bearer " + s + "\n>\n< HTTP/1.1 200 OK\n< Content-Type: application/json\n< X-Request-Id: " + java.util.UUID.nameUUIDFromBytes(s.getBytes()) + "\n<\n{\"projects\":[]}" + (k.header() ? "" : "\n(" + v + ")");
      case "terminal" -> "```console\n$ printenv | grep " + v + "\n" + v + "=" + s + "\n$ ./bin/check-config\nconfig ok\n```";
      case "diff" -> "```diff\ndiff --git a/config/settings.py b/config/settings.py\n--- a/config/settings.py\n+++ b/config/settings.py\n@@ -12,6 +12,7 @@ DATABASES = {\n TIME_ZONE = \"UTC\"\n USE_TZ = True\n-" + v.toUpperCase() + " = os.environ[\"" + v + "\"]\n+" + v.toUpperCase() + " = \"" + s + "\"\n```";
      case "sql" -> "```sql\nINSERT INTO integrations (name, " + lv + ", created_at)\nVALUES ('" + label + "', '" + s + "', now());\n```";
      case "csv" -> "service,env," + lv + ",owner\norders,prod," + s + ",team-core\nbilling,prod,(see vault),team-pay";
      case "markdown-table" -> "| Service | Variable | Value |\n|---|---|---|\n| orders | `" + v + "` | `" + s + "` |\n| billing | `LOG_LEVEL` | `info` |";
      case "email" -> "Subject: staging credentials\n\nHi Jonas,\n\nas discussed, the " + label + " for staging is:\n\n" + v + ": " + s + "\n\nCheers,\nMara";
      case "commit" -> "commit " + hex(bytes(r, 20)) + "\nAuthor: Lea Schmidt <lea@acme-corp.de>\nDate:   Mon Nov 30 10:02:11 2026 +0100\n\n    fix: set " + v + " for the staging deploy\n\n    " + v + "=" + s;
      case "notebook" -> "{\n \"cell_type\": \"code\",\n \"execution_count\": 3,\n \"metadata\": {},\n \"source\": [\n  \"import os\\n\",\n  \"os.environ[\\\"" + v + "\\\"] = \\\"" + s + "\\\"\\n\",\n  \"client = Client()\"\n ],\n \"outputs\": []\n}";
      case "tool-call" -> "{\"type\":\"tool_use\",\"name\":\"write_file\",\"input\":{\"path\":\".env.local\",\"content\":\"" + v + "=\\\"" + s + "\\\"\\nDEBUG=true\\n\"}}";
      case "curl" -> "```bash\ncurl -sS https://" + h + "/v1/reports \\\n  -H \"Authorization: Bearer " + s + "\" \\\n  -H \"Content-Type: application/json\" \\\n  -d '{\"from\":\"2026-11-01\"}'\n```" + (k.header() ? "" : "\n(the header carries the " + label + ")");
      case "httpie" -> "```bash\nhttp POST https://" + h + "/v1/jobs " + v + ":" + s + " name=nightly\n```";
      case "postman" -> "{\n  \"info\": {\"name\": \"Orders API\", \"schema\": \"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"},\n  \"variable\": [\n    {\"key\": \"baseUrl\", \"value\": \"https://" + h + "\"},\n    {\"key\": \"" + cv + "\", \"value\": \"" + s + "\", \"type\": \"string\"}\n  ]\n}";
      case "openapi" -> "```yaml\ncomponents:\n  securitySchemes:\n    apiKey:\n      type: apiKey\n      in: header\n      name: X-Api-Key\nx-test-credentials:\n  " + lv + ": \"" + s + "\"\n```";
      case "pr-description" -> "## Summary\nSwitches the importer to the v2 endpoint.\n\n## How to test\n1. `export " + v + "=" + s + "`\n2. `make import`\n3. Check the dashboard.";
      default -> throw new IllegalArgumentException(ctx);
    };
  }

  static String pascal(String var) {
    String c = camel(var);
    return Character.toUpperCase(c.charAt(0)) + c.substring(1);
  }

  /** A Kubernetes Secret manifest around a base64 data value. */
  static String manifest(Random r, String b64value) {
    return "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + pick(r, "db-credentials", "api-secrets", "smtp-auth")
        + "\n  namespace: " + pick(r, "prod", "staging", "payments") + "\ntype: Opaque\ndata:\n  username: "
        + b64(pick(r, "app", "svc_api", "postgres")) + "\n  password: " + b64value;
  }

  /** A multi-line value in context {@code ctx}. */
  static String block(Random r, String ctx, Kind k, String s) {
    String body = k.id().equals("k8s-secret") ? manifest(r, s) : s;
    String file = switch (k.id()) {
      case "gcp-service-account" -> "sa-key.json";
      case "putty" -> "deploy.ppk";
      case "openssh-private" -> "id_ed25519";
      case "pgp-private" -> "release-signing.asc";
      case "k8s-secret" -> "secret.yaml";
      default -> "tls.key";
    };
    String lang = k.id().equals("gcp-service-account") ? "json" : k.id().equals("k8s-secret") ? "yaml" : "";
    return switch (ctx) {
      case "chat-en" -> "Here's the content of `" + file + "` so you can paste it into the CI secret:\n\n```" + lang + "\n" + body + "\n```\n\nAfter that the deploy step can authenticate.";
      case "chat-de" -> "Das ist der Inhalt von `" + file + "`, den du in die Pipeline-Variable kopieren kannst:\n\n```" + lang + "\n" + body + "\n```";
      case "chat-fr" -> "Voici le fichier `" + file + "` que j'ai régénéré :\n\n```" + lang + "\n" + body + "\n```\n\nIl faut le mettre dans le coffre avant le prochain déploiement.";
      case "chat-es" -> "Este es el contenido de `" + file + "`:\n\n```" + lang + "\n" + body + "\n```\n\nCópialo en el secreto del pipeline.";
      case "chat-it" -> "Ecco il contenuto di `" + file + "`:\n\n```" + lang + "\n" + body + "\n```";
      case "terminal" -> "```console\n$ cat ~/.config/deploy/" + file + "\n" + body + "\n$ ls -l ~/.config/deploy\n-rw------- 1 dev dev 1.7K Nov 30 09:12 " + file + "\n```";
      case "diff" -> "```diff\ndiff --git a/deploy/" + file + " b/deploy/" + file + "\nnew file mode 100644\n--- /dev/null\n+++ b/deploy/" + file + "\n@@ -0,0 +1," + body.split("\n").length + " @@\n+" + body.replace("\n", "\n+") + "\n```";
      case "yaml" -> "```yaml\ndeploy:\n  host: build.acme-corp.de\n  key: |\n" + indent(body, "    ") + "\n```";
      case "python" -> "```python\nKEY_MATERIAL = \"\"\"" + body + "\"\"\"\n\nwith open(\"/tmp/" + file + "\", \"w\") as fh:\n    fh.write(KEY_MATERIAL)\n```";
      case "go" -> "```go\nvar keyMaterial = []byte(`" + body + "`)\n```";
      case "email" -> "Subject: key for the build server\n\nHi,\n\nattached inline as requested:\n\n" + body + "\n\nBest,\nTom";
      default -> throw new IllegalArgumentException(ctx);
    };
  }
}
