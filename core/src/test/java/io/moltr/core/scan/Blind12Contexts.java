package io.moltr.core.scan;

import static io.moltr.core.scan.Blind12Util.*;

import io.moltr.core.scan.Blind12Secrets.Secret;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/** Places where an agent's output shows a value: answers, transcripts, files, code, logs. */
final class Blind12Contexts {
  private Blind12Contexts() {}

  /** Contexts for one-line values. */
  static final Map<String, BiFunction<Random, Secret, String>> LINE = new LinkedHashMap<>();
  /** Contexts that also hold multi-line values (keys, manifests, JSON files). */
  static final Map<String, BiFunction<Random, Secret, String>> BLOCK = new LinkedHashMap<>();

  /** The name without accents: "numéro" must become NUMERO, not NUM_RO. */
  static String ascii(Secret s) {
    return java.text.Normalizer.normalize(s.name(), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  static String envName(Secret s) {
    return ascii(s).toUpperCase().replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
  }

  static String camel(Secret s) {
    String[] parts = ascii(s).toLowerCase().split("[^a-z0-9]+");
    StringBuilder sb = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      if (!parts[i].isEmpty()) {
        sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
      }
    }
    return sb.toString();
  }

  static String snake(Secret s) {
    return envName(s).toLowerCase();
  }

  static {
    LINE.put("chat-answer", (r, s) -> "Sure — I found it in the deployment notes. The " + s.name() + " is " + s.value()
        + " and it was last rotated in March.");
    LINE.put("chat-inline-code", (r, s) -> "Done. I set `" + envName(s) + "` to `" + s.value() + "` in the staging project, so the"
        + " next pipeline run should pick it up.");
    LINE.put("shell-export", (r, s) -> "$ export " + envName(s) + "='" + s.value() + "'\n$ ./scripts/smoke-test.sh\nAll 14 checks passed.");
    LINE.put("shell-env-grep", (r, s) -> "$ env | grep -i " + envName(s).split("_")[0].toLowerCase() + "\n" + envName(s) + "="
        + s.value() + "\nHOME=/home/runner");
    LINE.put("stack-trace", (r, s) -> "Traceback (most recent call last):\n  File \"/app/client.py\", line 88, in connect\n"
        + "    session.auth(" + snake(s) + "=\"" + s.value() + "\")\n  File \"/app/client.py\", line 41, in auth\n"
        + "    raise AuthError(resp.status)\nclient.AuthError: 401");
    LINE.put("java-exception", (r, s) -> "java.lang.IllegalStateException: login rejected for " + snake(s) + "=" + s.value()
        + "\n\tat com.acme.billing.ApiClient.login(ApiClient.java:212)\n\tat com.acme.billing.Main.main(Main.java:19)");
    LINE.put("json-tool-result", (r, s) -> "{\"tool\":\"read_config\",\"status\":\"ok\",\"result\":{\"" + camel(s) + "\":\""
        + jsonEscape(s.value()) + "\",\"region\":\"eu-west-1\",\"retries\":3}}");
    LINE.put("yaml-config", (r, s) -> "service:\n  name: billing\n  port: 8080\ncredentials:\n  " + snake(s) + ": \"" + s.value()
        + "\"\n  timeout_seconds: 30\n");
    LINE.put("toml-config", (r, s) -> "[server]\nhost = \"0.0.0.0\"\nport = 7000\n\n[auth]\n" + snake(s) + " = \"" + s.value() + "\"\n");
    LINE.put("dotenv", (r, s) -> "NODE_ENV=production\nPORT=3000\n" + envName(s) + "=" + s.value() + "\nLOG_LEVEL=info\n");
    LINE.put("dockerfile", (r, s) -> "FROM python:3.12-slim\nWORKDIR /app\nENV " + envName(s) + "=\"" + s.value()
        + "\"\nCOPY . .\nCMD [\"python\", \"main.py\"]");
    LINE.put("k8s-env", (r, s) -> "    spec:\n      containers:\n        - name: api\n          image: registry.local/api:1.4.2\n"
        + "          env:\n            - name: " + envName(s) + "\n              value: \"" + s.value() + "\"\n");
    LINE.put("terraform", (r, s) -> "provider \"example\" {\n  region = \"us-east-1\"\n}\n\nvariable \"" + snake(s)
        + "\" {\n  type    = string\n  default = \"" + s.value() + "\"\n}\n");
    LINE.put("python-code", (r, s) -> "import requests\n\n" + envName(s) + " = \"" + s.value() + "\"\n\n"
        + "def fetch(path):\n    return requests.get(BASE + path, timeout=10)\n");
    LINE.put("js-code", (r, s) -> "const config = {\n  baseUrl: 'https://api.internal',\n  " + camel(s) + ": '" + s.value()
        + "',\n};\n\nmodule.exports = config;");
    LINE.put("go-code", (r, s) -> "package main\n\nconst " + camel(s) + " = \"" + s.value() + "\"\n\nfunc main() {\n\tclient := NewClient("
        + camel(s) + ")\n\t_ = client\n}");
    LINE.put("java-code", (r, s) -> "public final class Settings {\n  static final String " + envName(s) + " = \"" + s.value()
        + "\";\n  private Settings() {}\n}");
    LINE.put("csharp-code", (r, s) -> "var options = new ClientOptions\n{\n    Endpoint = \"https://api.internal\",\n    "
        + envName(s).charAt(0) + camel(s).substring(1) + " = \"" + s.value() + "\"\n};");
    LINE.put("ruby-code", (r, s) -> "Rails.application.configure do\n  config." + snake(s) + " = '" + s.value() + "'\nend");
    LINE.put("php-code", (r, s) -> "<?php\nreturn [\n    '" + snake(s) + "' => '" + s.value() + "',\n    'debug' => false,\n];");
    LINE.put("rust-code", (r, s) -> "fn main() {\n    let " + snake(s) + " = \"" + s.value() + "\";\n    run(" + snake(s) + ");\n}");
    LINE.put("powershell", (r, s) -> "PS C:\\deploy> $env:" + envName(s) + " = \"" + s.value() + "\"\nPS C:\\deploy> .\\publish.ps1");
    LINE.put("git-diff", (r, s) -> "diff --git a/config/settings.py b/config/settings.py\nindex 3f2a1c9..8b7d0e4 100644\n"
        + "--- a/config/settings.py\n+++ b/config/settings.py\n@@ -12,3 +12,4 @@\n DEBUG = False\n+" + envName(s)
        + " = \"" + s.value() + "\"\n ALLOWED_HOSTS = [\"*\"]");
    LINE.put("log-line", (r, s) -> "2026-11-30T14:02:11.482Z INFO  [worker-3] starting sync job id=4411 " + snake(s) + "="
        + s.value() + " region=eu-central-1");
    LINE.put("log-json", (r, s) -> "{\"ts\":\"2026-11-30T14:02:11Z\",\"level\":\"debug\",\"msg\":\"outbound request\",\""
        + camel(s) + "\":\"" + jsonEscape(s.value()) + "\",\"latency_ms\":84}");
    LINE.put("markdown-table", (r, s) -> "| Variable | Value | Notes |\n|---|---|---|\n| `PORT` | `8080` | default |\n| `"
        + envName(s) + "` | `" + s.value() + "` | from the vault |\n| `LOG_LEVEL` | `info` | |");
    LINE.put("email", (r, s) -> "Subject: Access for the new contractor\n\nHi Priya,\n\nas discussed, here is the " + s.name()
        + " for the staging account:\n\n    " + s.value() + "\n\nPlease store it in the password manager.\n\nBest,\nTom");
    LINE.put("curl-command", (r, s) -> "curl -s https://api.example.com/v1/items \\\n  -H \"Accept: application/json\" \\\n  -H \""
        + envName(s).replace('_', '-') + ": " + s.value() + "\"");
    LINE.put("docker-compose", (r, s) -> "services:\n  app:\n    image: acme/app:2.3\n    environment:\n      - " + envName(s) + "="
        + s.value() + "\n      - TZ=UTC\n");
    LINE.put("gh-actions", (r, s) -> "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      " + envName(s) + ": " + s.value()
        + "\n    steps:\n      - uses: actions/checkout@v4");
    LINE.put("ini-file", (r, s) -> "[default]\nregion = us-west-2\n" + snake(s) + " = " + s.value() + "\noutput = json\n");
    LINE.put("properties", (r, s) -> "server.port=8443\nspring.application.name=orders\napp." + camel(s) + "=" + s.value() + "\n");
    LINE.put("xml-config", (r, s) -> "<configuration>\n  <appSettings>\n    <add key=\"" + camel(s) + "\" value=\"" + s.value()
        + "\" />\n  </appSettings>\n</configuration>");
    LINE.put("csv-export", (r, s) -> "service,owner," + snake(s) + ",created\nbilling,team-pay," + s.value() + ",2026-02-11\n");
    LINE.put("sql-insert", (r, s) -> "INSERT INTO integrations (name, " + snake(s) + ", enabled) VALUES ('billing', '" + s.value()
        + "', true);");
    LINE.put("notebook-cell", (r, s) -> "{\"cell_type\":\"code\",\"source\":[\"import os\\n\",\"os.environ['" + envName(s) + "'] = '"
        + jsonEscape(s.value()) + "'\\n\"],\"outputs\":[]}");
    LINE.put("systemd-unit", (r, s) -> "[Service]\nExecStart=/usr/local/bin/worker\nEnvironment=\"" + envName(s) + "=" + s.value()
        + "\"\nRestart=always");
    LINE.put("helm-values", (r, s) -> "replicaCount: 2\nimage:\n  tag: \"1.9.0\"\nsecrets:\n  " + camel(s) + ": " + s.value() + "\n");
    LINE.put("http-dump", (r, s) -> "> POST /v2/jobs HTTP/1.1\n> Host: api.internal\n> " + envName(s).replace('_', '-') + ": "
        + s.value() + "\n> Content-Type: application/json\n>\n< HTTP/1.1 201 Created");
    LINE.put("chat-list", (r, s) -> "Here is what the setup needs:\n\n1. Install the CLI with `brew install acme`.\n2. Set the "
        + s.name() + ": " + s.value() + "\n3. Run `acme login`.");
    LINE.put("ansible-vars", (r, s) -> "---\nall:\n  vars:\n    ansible_user: deploy\n    " + snake(s) + ": '" + s.value() + "'\n");
    LINE.put("slack-message", (r, s) -> "[#ops] dana: can someone paste the " + s.name() + "?\n[#ops] bot: " + s.value());

    BLOCK.put("chat-codeblock", (r, s) -> "Here is the file you asked for (`" + s.name() + "`):\n\n```\n" + s.value()
        + "\n```\n\nLet me know if you need anything else.");
    BLOCK.put("shell-cat", (r, s) -> "$ cat ~/.config/" + s.name().replace(' ', '_') + "\n" + s.value() + "\n$ ");
    BLOCK.put("json-escaped", (r, s) -> "{\"tool\":\"read_file\",\"path\":\"/srv/app/" + s.name().replace(' ', '_')
        + "\",\"content\":\"" + jsonEscape(s.value()) + "\"}");
    BLOCK.put("git-diff-block", (r, s) -> "diff --git a/deploy/" + s.name().replace(' ', '_') + " b/deploy/" + s.name().replace(' ', '_')
        + "\nnew file mode 100644\n--- /dev/null\n+++ b/deploy/" + s.name().replace(' ', '_') + "\n@@ -0,0 +1 @@\n+"
        + s.value().replace("\n", "\n+"));
    BLOCK.put("email-block", (r, s) -> "From: ops@acme.example\nSubject: " + s.name() + "\n\nAttached inline as requested:\n\n"
        + s.value() + "\n\n-- \nOps team");
  }
}
