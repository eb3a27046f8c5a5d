package io.moltr.core.scan;

import static io.moltr.core.scan.HeldoutCredentials.pick;
import static io.moltr.core.scan.HeldoutCredentials.rs;

import io.moltr.core.scan.HeldoutCredentials.Family;
import io.moltr.core.scan.HeldoutCredentials.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Held-out corpus, part 2: the agent outputs a credential is printed in. Every context is a
 * realistic piece of what a coding or ops agent writes back: terminal sessions, logs, configs,
 * code, API responses, chat answers, diffs, CI logs.
 */
final class HeldoutContexts {
  private HeldoutContexts() {}

  interface Renderer {
    String render(Random r, Kind k, String var, String val);
  }

  /**
   * @param keyed the kind's name (var) is printed right next to the value
   * @param header uses the kind's HTTP header
   * @param url uses the kind's URL template
   */
  record Ctx(String name, Family family, boolean keyed, boolean header, boolean url, Renderer renderer) {}

  static final List<Ctx> ALL = new ArrayList<>();

  static String snake(String var) {
    return var.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
  }

  static String upper(String var) {
    return snake(var).toUpperCase(Locale.ROOT);
  }

  static String camel(String var) {
    String[] parts = snake(var).split("_");
    StringBuilder sb = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      if (!parts[i].isEmpty()) {
        sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
      }
    }
    return sb.toString();
  }

  static String pascal(String var) {
    String c = camel(var);
    return Character.toUpperCase(c.charAt(0)) + c.substring(1);
  }

  static String ts(Random r) {
    return String.format("2024-%02d-%02dT%02d:%02d:%02d.%03dZ", 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60), r.nextInt(60), r.nextInt(1000));
  }

  static String vendorHost(Kind k) {
    String n = k.name();
    int i = n.indexOf('_');
    return "api." + (i > 0 ? n.substring(0, i) : n) + ".com";
  }

  private static void token(String name, boolean keyed, Renderer rd) {
    ALL.add(new Ctx(name, Family.TOKEN, keyed, false, false, rd));
  }

  private static void header(String name, Renderer rd) {
    ALL.add(new Ctx(name, Family.TOKEN, true, true, false, rd));
  }

  private static void url(String name, Renderer rd) {
    ALL.add(new Ctx(name, Family.TOKEN, false, false, true, rd));
  }

  private static void block(String name, Renderer rd) {
    ALL.add(new Ctx(name, Family.BLOCK, false, false, false, rd));
  }

  private static void pii(String name, Renderer rd) {
    ALL.add(new Ctx(name, Family.PII, true, false, false, rd));
  }

  static {
    // ------------------------------------------------------------ one-line values (TOKEN, URL)
    token("terminal_cat_env", true, (r, k, v, val) -> "$ cat .env\nNODE_ENV=production\nPORT=" + (3000 + r.nextInt(6000))
        + "\n" + upper(v) + "=" + val + "\nLOG_LEVEL=" + pick(r, "info", "debug", "warn") + "\n$ npm run dev\n\n> app@1."
        + r.nextInt(9) + ".0 dev\n> node server.js\n\nServer listening on http://localhost:3000");
    token("shell_export", true, (r, k, v, val) -> "I set the variable and re-ran the sync:\n\n```console\n$ export " + upper(v) + "=\""
        + val + "\"\n$ python scripts/sync.py --dry-run\nsync: " + r.nextInt(500) + " records would be updated, 0 errors\n```");
    token("log_json_line", true, (r, k, v, val) -> ts(r) + " ERROR [http-client] request to https://" + vendorHost(k)
        + "/v2/items failed status=401 body={\"error\":\"unauthorized\"} config={\"" + snake(v) + "\":\"" + val + "\",\"timeout_ms\":"
        + (1000 * (1 + r.nextInt(30))) + ",\"retries\":3}");
    token("log_logfmt", true, (r, k, v, val) -> "level=warn ts=" + ts(r) + " caller=client.go:" + (40 + r.nextInt(200))
        + " msg=\"auth rejected, retrying\" " + snake(v) + "=" + val + " attempt=" + (1 + r.nextInt(4)) + " backoff=2s");
    token("python_traceback", true, (r, k, v, val) -> "Traceback (most recent call last):\n  File \"/app/worker/tasks.py\", line "
        + (20 + r.nextInt(300)) + ", in run\n    client = Client(" + snake(v) + "=settings." + upper(v) + ")\n  File \"/app/.venv/lib/python3.11/site-packages/vendor/client.py\", line 88, in __init__\n"
        + "    raise AuthError(f\"invalid credentials: {" + snake(v) + "!r}\")\nvendor.errors.AuthError: invalid credentials: '" + val + "'");
    token("dockerfile", true, (r, k, v, val) -> "FROM " + pick(r, "python:3.12-slim", "node:20-alpine", "golang:1.22") + "\nWORKDIR /app\nCOPY . .\nENV "
        + upper(v) + "=" + val + "\nRUN make build\nEXPOSE 8080\nCMD [\"./bin/server\"]");
    token("compose_file", true, (r, k, v, val) -> "services:\n  worker:\n    image: ghcr.io/acme/worker:1." + r.nextInt(20)
        + "\n    restart: unless-stopped\n    environment:\n      - " + upper(v) + "=" + val + "\n      - REDIS_HOST=redis\n  redis:\n    image: redis:7");
    token("yaml_config", true, (r, k, v, val) -> "# config/production.yaml\nserver:\n  port: 8080\nintegrations:\n  " + k.name().split("_")[0]
        + ":\n    enabled: true\n    " + snake(v) + ": \"" + val + "\"\n    timeout_seconds: 30");
    token("toml_config", true, (r, k, v, val) -> "[service]\nname = \"ingest\"\n\n[service." + k.name().split("_")[0] + "]\n" + snake(v) + " = \""
        + val + "\"\nregion = \"" + pick(r, "eu-west-1", "us-east-1", "ap-south-1") + "\"");
    token("ini_config", true, (r, k, v, val) -> "[" + pick(r, "default", "production", "credentials") + "]\nendpoint = https://" + vendorHost(k)
        + "\n" + snake(v) + " = " + val + "\nverify_ssl = true\n");
    token("json_api_response", true, (r, k, v, val) -> "{\n  \"id\": \"int_" + rs(r, HeldoutCredentials.LO + HeldoutCredentials.DIG, 10)
        + "\",\n  \"status\": \"active\",\n  \"credentials\": {\n    \"" + (r.nextBoolean() ? snake(v) : camel(v)) + "\": \"" + val
        + "\"\n  },\n  \"created_at\": \"" + ts(r) + "\"\n}");
    token("python_code", true, (r, k, v, val) -> "import os\nimport requests\n\n" + upper(v) + " = \"" + val
        + "\"  # TODO: move to env\n\n\ndef fetch_items(page: int = 1):\n    resp = requests.get(\n        \"https://" + vendorHost(k)
        + "/v1/items\",\n        params={\"page\": page},\n        timeout=10,\n    )\n    resp.raise_for_status()\n    return resp.json()");
    token("js_code", true, (r, k, v, val) -> "import { Client } from '@acme/sdk';\n\nconst client = new Client({\n  " + camel(v) + ": '" + val
        + "',\n  timeout: 5000,\n});\n\nexport default client;");
    token("go_code", true, (r, k, v, val) -> "package config\n\nconst (\n\tDefaultRegion = \"us-east-1\"\n\t" + pascal(v) + " = \"" + val
        + "\"\n)\n");
    token("java_code", true, (r, k, v, val) -> "public final class Settings {\n  private static final String " + upper(v) + " = \"" + val
        + "\";\n  private static final int TIMEOUT_MS = 5000;\n}");
    token("jupyter_output", true, (r, k, v, val) -> "In [" + (3 + r.nextInt(20)) + "]: import os\n   ...: os.environ[\"" + upper(v)
        + "\"]\nOut[" + (3 + r.nextInt(20)) + "]: '" + val + "'");
    token("markdown_table", true, (r, k, v, val) -> "Here are the variables currently set in the `production` environment:\n\n| Variable | Value | Updated |\n|---|---|---|\n| `APP_ENV` | `production` | 2024-03-02 |\n| `"
        + upper(v) + "` | `" + val + "` | 2024-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10) + " |\n| `LOG_FORMAT` | `json` | 2024-01-15 |");
    token("chat_answer_plain", false, (r, k, v, val) -> pick(r,
        "Done! I generated a new key for the staging project. Here it is:\n\n" + val + "\n\nCopy it now: it will not be shown again.",
        "Here is your key: " + val + " (keep it somewhere safe, e.g. your password manager).",
        "I found the credential that the failing job uses. The value is `" + val + "`, which was committed in `ci/deploy.sh` two weeks ago; I recommend rotating it."));
    token("chat_answer_named", true, (r, k, v, val) -> "I looked at your deployment settings. `" + upper(v) + "` is currently set to `" + val
        + "` on both staging and production, so the two environments share one credential. Do you want me to split them?");
    token("git_diff", true, (r, k, v, val) -> "diff --git a/config/settings.py b/config/settings.py\nindex 3f2a9c1..8be04d7 100644\n--- a/config/settings.py\n+++ b/config/settings.py\n@@ -"
        + (10 + r.nextInt(40)) + ",6 +" + (10 + r.nextInt(40)) + ",6 @@ DATABASES = {\n DEBUG = False\n-" + upper(v) + " = os.environ[\"" + upper(v) + "\"]\n+" + upper(v)
        + " = \"" + val + "\"\n ALLOWED_HOSTS = [\"api.acme.io\"]");
    token("sql_insert", true, (r, k, v, val) -> "INSERT INTO integrations (tenant_id, provider, " + snake(v) + ", created_at)\nVALUES ("
        + r.nextInt(9000) + ", '" + k.name().split("_")[0] + "', '" + val + "', NOW());");
    token("ci_log", true, (r, k, v, val) -> {
      String t = "2024-06-0" + (1 + r.nextInt(9)) + "T1" + r.nextInt(10) + ":0" + r.nextInt(10) + ":2" + r.nextInt(10) + "." + rs(r, HeldoutCredentials.DIG, 7) + "Z";
      return t + " ##[group]Run ./scripts/deploy.sh\n" + t + " ./scripts/deploy.sh\n" + t + " shell: /usr/bin/bash -e {0}\n" + t + " env:\n" + t + "   "
          + upper(v) + ": " + val + "\n" + t + "   DEPLOY_ENV: production\n" + t + " ##[endgroup]\n" + t + " Deploying build 1." + r.nextInt(300) + "...";
    });
    token("k8s_deployment_env", true, (r, k, v, val) -> "      containers:\n      - name: api\n        image: registry.acme.io/api:2." + r.nextInt(40)
        + "\n        env:\n        - name: " + upper(v) + "\n          value: \"" + val + "\"\n        - name: PORT\n          value: \"8080\"");
    token("terraform_tfvars", true, (r, k, v, val) -> "region      = \"us-east-1\"\nenvironment = \"prod\"\n" + snake(v) + " = \"" + val
        + "\"\ninstance_count = " + (1 + r.nextInt(5)));
    token("java_properties", true, (r, k, v, val) -> "spring.datasource.hikari.maximum-pool-size=10\n" + snake(v).replace('_', '.') + "=" + val
        + "\nmanagement.endpoints.web.exposure.include=health,info");
    token("csv_export", false, (r, k, v, val) -> "name,credential,created,owner\nci-deploy," + val + ",2024-0" + (1 + r.nextInt(9))
        + "-0" + (1 + r.nextInt(9)) + ",platform-team\nbackup-job,(none),2023-11-30,ops");
    token("log_connecting", false, (r, k, v, val) -> ts(r) + " INFO  [main] o.a.app.Bootstrap - Starting service (pid " + (1000 + r.nextInt(30000))
        + ")\n" + ts(r) + " DEBUG [main] o.a.app.Settings - loaded from environment: " + val + "\n" + ts(r) + " INFO  [main] o.a.app.Bootstrap - ready in 2.31s");

    header("curl_header", (r, k, v, val) -> "$ curl -sS -X " + pick(r, "GET", "POST") + " https://" + vendorHost(k) + "/v1/" + pick(r, "me", "projects", "usage")
        + " \\\n    -H \"" + k.header() + val + "\" \\\n    -H \"Content-Type: application/json\"\n{\"ok\":true,\"request_id\":\"" + rs(r, HeldoutCredentials.HEX, 16) + "\"}");
    header("http_request_dump", (r, k, v, val) -> "POST /v1/" + pick(r, "events", "jobs", "messages") + " HTTP/1.1\nHost: " + vendorHost(k)
        + "\nUser-Agent: python-httpx/0.27.0\nAccept: */*\n" + k.header() + val + "\nContent-Type: application/json\nContent-Length: " + (20 + r.nextInt(300))
        + "\n\n{\"event\":\"deploy.finished\",\"env\":\"production\"}");
    header("python_requests_headers", (r, k, v, val) -> {
      String h = k.header();
      int colon = h.indexOf(':');
      String hv = h.substring(colon + 1);
      if (hv.startsWith(" ")) {
        hv = hv.substring(1);
      }
      return "headers = {\n    \"" + h.substring(0, colon) + "\": \"" + hv + val
          + "\",\n    \"Accept\": \"application/json\",\n}\nresp = httpx.get(\"https://" + vendorHost(k) + "/v1/me\", headers=headers)\nprint(resp.status_code)  # 200";
    });

    url("curl_url", (r, k, v, val) -> "$ curl -s -X POST \"" + String.format(k.urlTemplate(), val) + "\" \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"text\":\"Deploy "
        + pick(r, "succeeded", "failed", "started") + " for api@" + rs(r, HeldoutCredentials.HEX, 7) + "\"}'\nok");
    url("log_url", (r, k, v, val) -> ts(r) + " WARN notifier: POST " + String.format(k.urlTemplate(), val) + " returned 429, retrying in "
        + (1 + r.nextInt(30)) + "s");

    // ------------------------------------------------------------ multi-line artefacts (BLOCK)
    block("terminal_cat_file", (r, k, v, val) -> "$ cat " + v + "\n" + val + "\n$ chmod 600 " + v);
    block("chat_code_block", (r, k, v, val) -> "I created the file `" + v + "` for you with the following content:\n\n```\n" + val
        + "\n```\n\nMake sure it is not committed: add it to `.gitignore`.");
    block("git_diff_new_file", (r, k, v, val) -> {
      String[] lines = val.split("\n", -1);
      StringBuilder sb = new StringBuilder("diff --git a/" + v + " b/" + v + "\nnew file mode 100644\nindex 0000000..")
          .append(rs(r, HeldoutCredentials.HEX, 7)).append("\n--- /dev/null\n+++ b/").append(v).append("\n@@ -0,0 +1,").append(lines.length).append(" @@\n");
      for (String l : lines) {
        sb.append('+').append(l).append('\n');
      }
      return sb.toString();
    });
    block("json_tool_result", (r, k, v, val) -> "{\"tool\": \"read_file\", \"path\": \"" + v + "\", \"content\": \""
        + val.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\\n\", \"truncated\": false}");
    block("yaml_block_scalar", (r, k, v, val) -> "# group_vars/prod.yml\napp_user: deploy\n" + snake(v.replaceAll(".*/", "")) + "_content: |\n  "
        + val.replace("\n", "\n  ") + "\nrestart_after_deploy: true");
    block("python_triple_quoted", (r, k, v, val) -> "KEY_MATERIAL = \"\"\"" + val + "\"\"\"\n\nwith open(\"/tmp/" + v.replaceAll(".*/", "")
        + "\", \"w\") as fh:\n    fh.write(KEY_MATERIAL)");
    block("dockerfile_heredoc", (r, k, v, val) -> "FROM alpine:3.19\nRUN apk add --no-cache openssh-client git\nRUN mkdir -p /etc/app && cat > /etc/app/"
        + v.replaceAll(".*/", "") + " <<'EOF'\n" + val + "\nEOF\nRUN chmod 600 /etc/app/*");

    // ------------------------------------------------------------ personal / payment data (PII)
    pii("pii_json_record", (r, k, v, val) -> "{\n  \"customer_id\": \"cus_" + rs(r, HeldoutCredentials.ALNUM, 14) + "\",\n  \"name\": \""
        + pick(r, "Maria Lopez", "Jan de Vries", "Anna Kowalska", "Lukas Weber", "Camille Martin", "Erik Johansson") + "\",\n  \""
        + snake(v) + "\": \"" + val + "\",\n  \"country\": \"" + pick(r, "ES", "NL", "PL", "DE", "FR", "SE") + "\"\n}");
    pii("pii_sql_insert", (r, k, v, val) -> "INSERT INTO customers (id, full_name, " + snake(v) + ", created_at) VALUES ("
        + (1000 + r.nextInt(90000)) + ", 'Jordan Blake', '" + val + "', '2024-05-0" + (1 + r.nextInt(9)) + "');");
    pii("pii_csv", (r, k, v, val) -> "id,name," + snake(v) + ",city\n" + (100 + r.nextInt(900)) + ",Sam Carter," + val + ",Rotterdam\n"
        + (100 + r.nextInt(900)) + ",Ines Duarte,,Lisbon");
    pii("pii_log", (r, k, v, val) -> ts(r) + " INFO  checkout.service - customer=" + rs(r, HeldoutCredentials.HEX, 8) + " " + snake(v) + "=" + val
        + " amount=" + (5 + r.nextInt(500)) + ".00 currency=EUR status=authorized");
    pii("pii_chat", (r, k, v, val) -> "I found the record you asked about. The " + v.replace('_', ' ') + " on file is " + val
        + ", and it was last updated in March. Let me know if you want me to update it.");
    pii("pii_markdown", (r, k, v, val) -> "| Field | Value |\n|---|---|\n| Name | Priya Natarajan |\n| " + v + " | " + val + " |\n| Status | verified |");
    pii("pii_yaml_fixture", (r, k, v, val) -> "- model: billing.customer\n  pk: " + r.nextInt(500) + "\n  fields:\n    name: Noah Fischer\n    " + snake(v) + ": \"" + val + "\"");
  }

  /** Contexts allowed for a kind. */
  static List<Ctx> contextsFor(Kind k) {
    List<Ctx> out = new ArrayList<>();
    for (Ctx c : ALL) {
      Family f = k.family() == Family.URL ? Family.TOKEN : k.family();
      if (c.family() != f) {
        continue;
      }
      if (c.header() && k.header() == null) {
        continue;
      }
      if (c.url() && k.urlTemplate() == null) {
        continue;
      }
      if (k.family() == Family.URL && (c.header() || c.url())) {
        continue;
      }
      if (k.keyword() && !c.keyed()) {
        continue;
      }
      out.add(c);
    }
    return out;
  }

  /** A short snippet holding the credential, to be encoded as a whole. */
  static String snippet(Random r, Kind k, String var, String val) {
    switch (k.family()) {
      case BLOCK:
        return val;
      case PII:
        return pick(r, snake(var) + ": " + val, "{\"" + snake(var) + "\": \"" + val + "\", \"verified\": true}",
            "name=Lea Schmidt;" + snake(var) + "=" + val);
      default:
        return switch (r.nextInt(4)) {
          case 0 -> upper(var) + "=" + val;
          case 1 -> "{\"" + snake(var) + "\": \"" + val + "\"}";
          case 2 -> "export " + upper(var) + "='" + val + "'\n";
          default -> "# generated " + ts(r).substring(0, 10) + "\n" + upper(var) + "=" + val + "\nDEBUG=false\n";
        };
    }
  }

  /** Embeds an encoded snippet in an agent output. */
  static String wrapEncoded(Random r, String label, String enc) {
    return switch (r.nextInt(5)) {
      case 0 -> "The tool returned the file encoded (" + label + "):\n\n" + enc + "\n\nShould I decode it and apply the settings?";
      case 1 -> "{\"tool\":\"read_file\",\"encoding\":\"" + label + "\",\"content\":\"" + enc.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
      case 2 -> ts(r) + " DEBUG payload=" + enc.replace("\n", "") + " len=" + enc.length();
      case 3 -> "Here is the blob from the config store:\n\n```\n" + enc + "\n```";
      default -> "$ vault-export --format " + label + " app/settings\n" + enc + "\n$ ";
    };
  }
}
