package io.moltr.core.scan;

import io.moltr.core.scan.Blind14Secrets.Secret;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/** Blind14: the places an agent writes a credential: chat, code, config, logs, terminals. */
final class Blind14Contexts {
  private Blind14Contexts() {}

  /** Single-line values. */
  static final Map<String, BiFunction<Secret, Blind14Util, String>> LINE = new LinkedHashMap<>();
  /** Contexts that present the value as a bearer token: only for token kinds. */
  static final Set<String> BEARER = Set.of("log-jsonl", "http-dump", "curl", "stacktrace");
  /** Multi-line artifacts (keys, manifests, service-account files). */
  static final Map<String, BiFunction<Secret, Blind14Util, String>> BLOCK = new LinkedHashMap<>();

  /** Kinds whose value is not something one sends as a bearer token. */
  static final Set<String> NOT_BEARER = Set.of("iban", "card-visa", "card-mastercard", "card-amex", "card-discover",
      "card-jcb", "card-diners", "card-unionpay", "card-maestro", "pesel", "bsn", "dni", "cpf", "hetu", "personnummer",
      "us-ssn", "bip39-seed", "wif", "db-url", "basic-auth-url", "discord-webhook", "slack-webhook", "azure-sas",
      "sentry-dsn-secret", "azure-storage-conn", "generic-password", "mailchimp", "age-key", "flyio");

  static String jsonEscape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t");
  }

  private static String lower(Secret s) {
    return s.var().toLowerCase().replace('-', '_');
  }

  private static void line(String name, BiFunction<Secret, Blind14Util, String> f) {
    LINE.put(name, f);
  }

  private static void block(String name, BiFunction<Secret, Blind14Util, String> f) {
    BLOCK.put(name, f);
  }

  static {
    line("chat-en", (s, u) -> u.one(
        "Here's the value from the vault so you can keep going:\n\n`" + s.var() + "=" + s.value() + "`\n\nLet me know if the deploy still fails.",
        "Found it in the old `config/prod.env` on the build box. The " + s.var().toLowerCase().replace('_', ' ')
            + " is " + s.value() + " - you'll want to rotate it after the migration.",
        "Sure! I looked it up for you.\n\n**" + s.var() + "**: " + s.value() + "\n\nPaste that into the settings page and hit Save.",
        "Done. I set `" + s.var() + "` on the staging service to:\n\n    " + s.value() + "\n\nThe health check is green again."));
    line("chat-de", (s, u) -> u.one(
        "Klar, hier ist der Wert aus der Konfiguration:\n\n" + s.var() + " = " + s.value() + "\n\nBitte nach dem Test wieder rotieren.",
        "Ich habe den Eintrag gefunden. Der Schlüssel lautet " + s.value() + " (steht so in der alten .env auf dem Jenkins-Server)."));
    line("chat-fr", (s, u) -> u.one(
        "Voici la valeur que tu m'as demandée pour " + s.var() + " : " + s.value() + "\nPense à la changer une fois la démo terminée.",
        "D'accord. J'ai retrouvé l'identifiant dans le coffre de l'équipe :\n\n" + s.value() + "\n\nIl est encore valide jusqu'à la fin du mois."));
    line("chat-es", (s, u) -> u.one(
        "Listo. La credencial que buscabas es: " + s.value() + "\nGuárdala en un lugar seguro y no la subas al repositorio.",
        "He revisado el servidor y el valor de " + s.var() + " es `" + s.value() + "`. ¿Quieres que lo actualice también en staging?"));
    line("chat-it", (s, u) -> "Ecco il valore richiesto (" + s.var() + "):\n\n" + s.value() + "\n\nRicordati di ruotarlo dopo il rilascio.");
    line("python", (s, u) -> "import requests\n\n" + s.var().toUpperCase().replace('-', '_') + " = \"" + s.value() + "\"\n\n"
        + "def fetch(path):\n    resp = requests.get(BASE_URL + path, timeout=10)\n    resp.raise_for_status()\n    return resp.json()\n");
    line("js", (s, u) -> "const client = createClient({\n  " + lowerCamel(s.var()) + ": '" + s.value() + "',\n  timeout: 5000,\n  retries: 3,\n});\n\nmodule.exports = client;");
    line("ts", (s, u) -> "import type { AppConfig } from './types';\n\nexport const config: AppConfig = {\n  region: 'eu-west-1',\n  "
        + lowerCamel(s.var()) + ": \"" + s.value() + "\",\n  debug: false,\n};");
    line("go", (s, u) -> "package main\n\nimport \"os\"\n\nfunc newClient() *Client {\n\treturn &Client{\n\t\tBaseURL: os.Getenv(\"API_URL\"),\n\t\t"
        + upperCamel(s.var()) + ": \"" + s.value() + "\",\n\t}\n}");
    line("java", (s, u) -> "public final class Settings {\n  static final String " + s.var().toUpperCase().replace('-', '_') + " = \""
        + s.value() + "\";\n  static final int TIMEOUT_MS = 3000;\n}");
    line("rust", (s, u) -> "fn main() -> anyhow::Result<()> {\n    let " + lower(s) + " = \"" + s.value()
        + "\";\n    let client = Client::new(" + lower(s) + ")?;\n    client.ping()?;\n    Ok(())\n}");
    line("shell", (s, u) -> "$ export " + s.var().toUpperCase().replace('-', '_') + "='" + s.value() + "'\n$ ./scripts/deploy.sh --env prod\n"
        + "[deploy] uploading artifacts... done\n[deploy] restarting workers... done");
    line("php", (s, u) -> "<?php\n\nreturn [\n    'driver' => 'http',\n    '" + lower(s) + "' => '" + s.value() + "',\n    'timeout' => 10,\n];");
    line("csharp", (s, u) -> "var options = new ServiceOptions\n{\n    Endpoint = new Uri(\"https://api.example.net\"),\n    "
        + upperCamel(s.var()) + " = \"" + s.value() + "\",\n};");
    line("yaml", (s, u) -> "service:\n  name: " + u.word() + "-worker\n  replicas: 2\n  credentials:\n    " + lower(s) + ": \"" + s.value() + "\"\n  log_level: info");
    line("toml", (s, u) -> "[server]\nport = 8080\n\n[integrations." + u.word() + "]\n" + lower(s) + " = \"" + s.value() + "\"\nenabled = true");
    line("json-config", (s, u) -> "{\n  \"environment\": \"production\",\n  \"" + lowerCamel(s.var()) + "\": \"" + s.value()
        + "\",\n  \"features\": [\"billing\", \"search\"]\n}");
    line("dotenv", (s, u) -> "NODE_ENV=production\nPORT=8080\n" + s.var().toUpperCase().replace('-', '_') + "=" + quoteIfSpace(s.value()) + "\nLOG_LEVEL=warn");
    line("ini", (s, u) -> "[default]\nregion = eu-central-1\n\n[" + u.word() + "]\n" + lower(s) + " = " + s.value() + "\n");
    line("hcl", (s, u) -> "resource \"app_integration\" \"" + u.word() + "\" {\n  name  = \"" + u.word() + "\"\n  " + lower(s) + " = \""
        + s.value() + "\"\n}");
    line("dockerfile", (s, u) -> "FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nENV " + s.var().toUpperCase().replace('-', '_') + "=\""
        + s.value() + "\"\nRUN npm ci --omit=dev\nCMD [\"node\", \"server.js\"]");
    line("compose", (s, u) -> "services:\n  app:\n    image: ghcr.io/acme/app:1.8.2\n    environment:\n      - "
        + s.var().toUpperCase().replace('-', '_') + "=" + s.value() + "\n    ports:\n      - \"8080:8080\"");
    line("k8s-env", (s, u) -> "    spec:\n      containers:\n        - name: api\n          env:\n            - name: "
        + s.var().toUpperCase().replace('-', '_') + "\n              value: \"" + s.value() + "\"");
    line("gha", (s, u) -> "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: Release\n        env:\n          "
        + s.var().toUpperCase().replace('-', '_') + ": " + s.value() + "\n        run: ./release.sh");
    line("log-plain", (s, u) -> u.timestamp() + " INFO  [main] c.a.config.Loader - loaded 14 keys from /etc/app/app.env\n" + u.timestamp()
        + " DEBUG [main] c.a.config.Loader - " + s.var() + "=" + s.value() + "\n" + u.timestamp() + " INFO  [main] c.a.Server - listening on :8080");
    line("log-jsonl", (s, u) -> "{\"ts\":\"" + u.timestamp() + "\",\"level\":\"info\",\"msg\":\"request start\",\"path\":\"/v1/sync\"}\n"
        + "{\"ts\":\"" + u.timestamp() + "\",\"level\":\"debug\",\"msg\":\"outbound\",\"headers\":{\"authorization\":\"Bearer " + s.value()
        + "\",\"accept\":\"application/json\"}}\n{\"ts\":\"" + u.timestamp() + "\",\"level\":\"info\",\"msg\":\"request end\",\"status\":200}");
    line("stacktrace", (s, u) -> "Traceback (most recent call last):\n  File \"/app/sync.py\", line 88, in run\n    client.login(token=\""
        + s.value() + "\")\n  File \"/app/client.py\", line 41, in login\n    raise AuthError(resp.text)\nclient.AuthError: 401 token expired");
    line("http-dump", (s, u) -> "> POST /v1/messages HTTP/1.1\n> Host: api." + u.word() + ".io\n> User-Agent: agent/0.9\n> Authorization: Bearer "
        + s.value() + "\n> Content-Type: application/json\n>\n< HTTP/1.1 200 OK\n< content-length: 512");
    line("curl", (s, u) -> "You can test it directly:\n\n```bash\ncurl -sS https://api." + u.word() + ".com/v2/account \\\n  -H \"Authorization: Bearer "
        + s.value() + "\" \\\n  -H 'Accept: application/json'\n```");
    line("terminal", (s, u) -> "user@build-01:~$ cat ~/.config/" + u.word() + "/credentials\n[default]\n" + lower(s) + " = " + s.value()
        + "\nuser@build-01:~$ ");
    line("diff", (s, u) -> "diff --git a/src/settings.py b/src/settings.py\n--- a/src/settings.py\n+++ b/src/settings.py\n@@ -10,4 +10,4 @@\n DEBUG = False\n-"
        + s.var().toUpperCase().replace('-', '_') + " = os.environ[\"" + s.var().toUpperCase().replace('-', '_') + "\"]\n+"
        + s.var().toUpperCase().replace('-', '_') + " = \"" + s.value() + "\"\n ALLOWED_HOSTS = [\"*\"]");
    line("sql", (s, u) -> "INSERT INTO integration_settings (tenant_id, name, " + lower(s) + ", created_at)\nVALUES (" + u.between(10, 999)
        + ", '" + u.word() + "', '" + s.value() + "', now());");
    line("csv", (s, u) -> "tenant,owner," + lower(s) + ",updated\n" + u.word() + "," + u.user() + "," + s.value() + ",2026-10-0" + u.between(1, 9)
        + "\n" + u.word() + "," + u.user() + ",,2026-09-1" + u.between(0, 9));
    line("md-table", (s, u) -> "| Environment | Variable | Value |\n|---|---|---|\n| staging | `" + s.var() + "` | `" + s.value()
        + "` |\n| prod | `LOG_LEVEL` | `warn` |");
    line("email", (s, u) -> "Subject: access for the new contractor\n\nHi Sam,\n\nas discussed, the " + s.var() + " for the shared account is:\n\n"
        + s.value() + "\n\nPlease don't forward this mail.\n\nBest,\nAlex");
    line("commit-msg", (s, u) -> "commit " + u.hex(40) + "\nAuthor: ci-bot <ci@acme.io>\nDate:   Tue Nov 24 10:12:44 2026 +0100\n\n"
        + "    hotfix: hardcode " + s.var() + " until the vault is reachable again\n\n    " + s.var() + "=" + s.value());
    line("notebook", (s, u) -> "In [3]: import os\n\nIn [4]: os.environ[\"" + s.var().toUpperCase().replace('-', '_') + "\"] = \"" + s.value()
        + "\"\n\nIn [5]: df = load_frame(\"sales_2026.parquet\")\n\nIn [6]: df.shape\nOut[6]: (48211, 17)");
    line("toolcall-json", (s, u) -> "{\"type\":\"tool_use\",\"name\":\"write_file\",\"input\":{\"path\":\"deploy/.env\",\"content\":\""
        + jsonEscape(s.var().toUpperCase().replace('-', '_') + "=" + s.value() + "\nDEBUG=false\n") + "\"}}");
    line("support-ticket", (s, u) -> "Ticket #" + u.digits(5) + " - customer update\nName: " + u.one("Jana Novak", "Luis Ortega", "Mette Olsen")
        + "\n" + s.var().replace('_', ' ') + ": " + s.value() + "\nNote: customer asked us to keep this on file for the renewal.");

    block("chat-fence", (s, u) -> "Here is the file you asked for (`" + s.var() + "`):\n\n```\n" + s.value() + "\n```\n\nKeep it private and chmod it to 600.");
    block("terminal-cat", (s, u) -> "root@worker-3:/srv# cat " + u.one("/root/.ssh/", "/etc/app/", "/srv/keys/") + s.var() + "\n" + s.value()
        + "\nroot@worker-3:/srv# ls -l\ntotal 8\ndrwxr-xr-x 2 root root 4096 Nov 20 09:14 keys");
    block("toolcall-escaped", (s, u) -> "{\"tool\":\"create_file\",\"arguments\":{\"path\":\"secrets/" + s.var() + "\",\"content\":\""
        + jsonEscape(s.value()) + "\"}}");
    block("diff-added", (s, u) -> "diff --git a/deploy/" + s.var() + " b/deploy/" + s.var() + "\nnew file mode 100600\n--- /dev/null\n+++ b/deploy/"
        + s.var() + "\n@@ -0,0 +1," + s.value().split("\n").length + " @@\n+" + s.value().replace("\n", "\n+"));
    block("python-const", (s, u) -> "# loaded at import time; see issue #412\nKEY_MATERIAL = \"\"\"" + s.value() + "\"\"\"\n\nsigner = Signer(KEY_MATERIAL)");
    block("chat-de", (s, u) -> "Hier ist der Inhalt der Datei, wie gewünscht:\n\n" + s.value() + "\n\nDenk daran, sie danach zu löschen.");
    block("yaml-literal", (s, u) -> "tls:\n  enabled: true\n  material: |\n    " + s.value().replace("\n", "\n    ") + "\n  verify: true");
  }

  static String quoteIfSpace(String v) {
    return v.contains(" ") ? "\"" + v + "\"" : v;
  }

  static String lowerCamel(String var) {
    String uc = upperCamel(var);
    return Character.toLowerCase(uc.charAt(0)) + uc.substring(1);
  }

  static String upperCamel(String var) {
    StringBuilder sb = new StringBuilder();
    for (String part : var.toLowerCase().split("[_\\-]")) {
      if (!part.isEmpty()) {
        sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return sb.toString();
  }
}
