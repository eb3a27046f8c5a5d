package io.moltr.core.scan;

import static io.moltr.core.scan.Blind11Util.DIGITS;
import static io.moltr.core.scan.Blind11Util.HEX;
import static io.moltr.core.scan.Blind11Util.one;
import static io.moltr.core.scan.Blind11Util.pick;

import io.moltr.core.scan.Blind11Secrets.Secret;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Agent-output surroundings for plain leaks. Names are written the way each context writes them. */
final class Blind11Contexts {
  private Blind11Contexts() {}

  interface Ctx {
    String render(Random r, List<String[]> pairs);
  }

  /** context name to renderer; every one shows the names. */
  static final Map<String, Ctx> LINE = new LinkedHashMap<>();
  /** contexts that show a bare value (only for kinds that carry their own format). */
  static final Map<String, Ctx> BARE = new LinkedHashMap<>();
  /** contexts for multi-line blocks: (name, block). */
  static final Map<String, Ctx> BLOCK = new LinkedHashMap<>();

  static String lower(String n) {
    return n.toLowerCase();
  }

  static String camel(String n) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char c : n.toLowerCase().toCharArray()) {
      if (c == '_' || c == '-' || c == ' ') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.toString();
  }

  static String pascal(String n) {
    String c = camel(n);
    return Character.toUpperCase(c.charAt(0)) + c.substring(1);
  }

  static String upper(String n) {
    return n.toUpperCase().replace(' ', '_').replace('-', '_');
  }

  static String kebab(String n) {
    return n.toLowerCase().replace('_', '-').replace(' ', '-');
  }

  static String jsonEsc(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  static String ts(Random r) {
    return String.format("2026-%02d-%02dT%02d:%02d:%02d.%03dZ", 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24),
        r.nextInt(60), r.nextInt(60), r.nextInt(1000));
  }

  interface LineFmt {
    String line(Random r, String name, String value);
  }

  static Ctx lines(String head, LineFmt f, String tail) {
    return (r, pairs) -> {
      StringBuilder sb = new StringBuilder(head);
      for (String[] p : pairs) {
        sb.append(f.line(r, p[0], p[1])).append('\n');
      }
      return sb.append(tail).toString();
    };
  }

  static {
    LINE.put("chat-fenced-dotenv", lines("Here is your config — I pulled it from the running container so you can paste it into "
        + "your local setup:\n\n```dotenv\nNODE_ENV=production\n", (r, n, v) -> upper(n) + "=" + v,
        "```\n\nRestart the dev server after saving `.env.local`."));
    LINE.put("env-grep", lines("$ env | grep -iE 'key|token|secret|pass'\n", (r, n, v) -> upper(n) + "=" + v, "$ "));
    LINE.put("printenv", (r, pairs) -> {
      StringBuilder sb = new StringBuilder();
      for (String[] p : pairs) {
        sb.append("$ printenv ").append(upper(p[0])).append('\n').append(p[1]).append('\n');
      }
      return sb.append("$ ").toString();
    });
    LINE.put("cat-env", lines("user@build-7:~/srv/checkout$ cat .env.production\nAPP_ENV=production\nLOG_LEVEL=info\n",
        (r, n, v) -> upper(n) + "=\"" + v + "\"", "PORT=8080\nuser@build-7:~/srv/checkout$ "));
    LINE.put("docker-inspect", (r, pairs) -> {
      StringBuilder sb = new StringBuilder("$ docker inspect --format '{{json .Config.Env}}' api-worker-1 | jq .\n[\n"
          + "  \"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\",\n");
      for (String[] p : pairs) {
        sb.append("  \"").append(upper(p[0])).append('=').append(jsonEsc(p[1])).append("\",\n");
      }
      return sb.append("  \"LANG=C.UTF-8\"\n]").toString();
    });
    LINE.put("git-diff-python", (r, pairs) -> {
      StringBuilder sb = new StringBuilder("diff --git a/app/settings.py b/app/settings.py\nindex " + pick(r, HEX, 7) + ".."
          + pick(r, HEX, 7) + " 100644\n--- a/app/settings.py\n+++ b/app/settings.py\n@@ -12,7 +12,7 @@ DEBUG = False\n");
      for (String[] p : pairs) {
        sb.append("-").append(upper(p[0])).append(" = os.environ[\"").append(upper(p[0])).append("\"]\n");
      }
      for (String[] p : pairs) {
        sb.append("+").append(upper(p[0])).append(" = \"").append(p[1]).append("\"  # TODO revert before merge\n");
      }
      return sb.append(" ALLOWED_HOSTS = [\"*\"]").toString();
    });
    LINE.put("log-line-kv", lines("", (r, n, v) -> ts(r) + " WARN  [worker-" + r.nextInt(9) + "] config.loader: loaded override "
        + lower(n) + "=" + v + " from /etc/app/override.conf", ""));
    LINE.put("stacktrace-locals", (r, pairs) -> {
      StringBuilder sb = new StringBuilder("Traceback (most recent call last):\n  File \"/srv/app/jobs/sync.py\", line 88, in run\n"
          + "    client.push(batch)\n  File \"/srv/app/clients/base.py\", line 41, in push\n    raise UpstreamError(resp.status)\n"
          + "clients.base.UpstreamError: 401\n\nLocal variables in frame 'push':\n");
      for (String[] p : pairs) {
        sb.append("    self.").append(lower(p[0])).append(" = '").append(p[1]).append("'\n");
      }
      return sb.append("    resp = <Response [401]>").toString();
    });
    LINE.put("json-tool-result", (r, pairs) -> {
      StringBuilder sb = new StringBuilder("{\"tool\":\"get_deployment_config\",\"ok\":true,\"result\":{\"service\":\"billing-api\",");
      for (String[] p : pairs) {
        sb.append('"').append(camel(p[0])).append("\":\"").append(jsonEsc(p[1])).append("\",");
      }
      return sb.append("\"replicas\":3}}").toString();
    });
    LINE.put("python-client", lines("import requests\n\n", (r, n, v) -> lower(n) + " = \"" + v + "\"",
        "session = requests.Session()\nsession.headers.update({\"X-Client\": \"sync-job\"})"));
    LINE.put("ts-config", lines("// src/config/secrets.ts\nexport const secrets = {\n", (r, n, v) -> "  " + camel(n) + ": '" + v + "',",
        "} as const;"));
    LINE.put("go-setenv", lines("func init() {\n", (r, n, v) -> "\tos.Setenv(\"" + upper(n) + "\", \"" + v + "\")", "}"));
    LINE.put("java-constant", lines("public final class DevCredentials {\n",
        (r, n, v) -> "  public static final String " + upper(n) + " = \"" + v + "\";", "  private DevCredentials() {}\n}"));
    LINE.put("ruby-env", lines("# config/initializers/dev_defaults.rb\n", (r, n, v) -> "ENV['" + upper(n) + "'] ||= '" + v + "'", ""));
    LINE.put("php-define", lines("<?php\n// wp-config.php (staging)\n", (r, n, v) -> "define( '" + upper(n) + "', '" + v + "' );",
        "define( 'WP_DEBUG', false );"));
    LINE.put("rust-setvar", lines("fn main() {\n", (r, n, v) -> "    std::env::set_var(\"" + upper(n) + "\", \"" + v + "\");",
        "    run().unwrap();\n}"));
    LINE.put("csharp-dict", lines("var settings = new Dictionary<string, string>\n{\n",
        (r, n, v) -> "    [\"" + pascal(n) + "\"] = \"" + v + "\",", "};"));
    LINE.put("shell-export", lines("#!/usr/bin/env bash\nset -euo pipefail\n", (r, n, v) -> "export " + upper(n) + "='" + v + "'",
        "./deploy.sh --env prod"));
    LINE.put("terraform-tfvars", lines("# terraform.tfvars\nregion = \"eu-central-1\"\n", (r, n, v) -> lower(n) + " = \"" + v + "\"",
        ""));
    LINE.put("gha-env-yaml", lines("jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n",
        (r, n, v) -> "      " + upper(n) + ": " + v, "    steps:\n      - uses: actions/checkout@v4"));
    LINE.put("toml-section", lines("[service.auth]\nendpoint = \"https://auth.internal\"\n", (r, n, v) -> lower(n) + " = \"" + v + "\"",
        "timeout_ms = 2500"));
    LINE.put("ini-section", lines("[production]\nhost = 0.0.0.0\n", (r, n, v) -> lower(n) + " = " + v, "workers = 4"));
    LINE.put("xml-appsettings", lines("<configuration>\n  <appSettings>\n",
        (r, n, v) -> "    <add key=\"" + pascal(n) + "\" value=\"" + v.replace("&", "&amp;") + "\" />", "  </appSettings>\n</configuration>"));
    LINE.put("markdown-table", lines("| Variable | Value | Environment |\n|---|---|---|\n",
        (r, n, v) -> "| `" + upper(n) + "` | `" + v + "` | production |", "\nThese are the values currently set on the service."));
    LINE.put("commit-message", lines("commit " + "4f1c2ab9d0e3" + "\nAuthor: dev <dev@example.org>\nDate:   Tue Mar 3 10:12:44 2026 +0100\n\n"
        + "    chore: temporary creds for staging smoke test\n\n", (r, n, v) -> "    " + upper(n) + "=" + v,
        "\n    Will rotate after the demo."));
    LINE.put("makefile", lines("# Makefile\n", (r, n, v) -> upper(n) + " ?= " + v, "\ndeploy:\n\t./scripts/deploy.sh"));
    LINE.put("dockerfile-env", lines("FROM python:3.12-slim\nWORKDIR /app\n", (r, n, v) -> "ENV " + upper(n) + "=\"" + v + "\"",
        "COPY . .\nCMD [\"gunicorn\", \"app:app\"]"));
    LINE.put("psql-table", (r, pairs) -> {
      StringBuilder sb = new StringBuilder("app=> SELECT key, value FROM app_settings WHERE key LIKE '%secret%' OR key LIKE '%key%';\n"
          + "        key         |   value\n--------------------+-------------\n");
      for (String[] p : pairs) {
        sb.append(' ').append(lower(p[0])).append(" | ").append(p[1]).append('\n');
      }
      return sb.append("(" + pairs.size() + " rows)").toString();
    });
    LINE.put("redis-cli", (r, pairs) -> {
      StringBuilder sb = new StringBuilder();
      for (String[] p : pairs) {
        sb.append("127.0.0.1:6379> HGET config:prod ").append(lower(p[0])).append("\n\"").append(p[1]).append("\"\n");
      }
      return sb.append("127.0.0.1:6379> ").toString();
    });
    LINE.put("chat-inline", (r, pairs) -> {
      StringBuilder sb = new StringBuilder("I checked the deployment and found the credentials it is using. ");
      for (String[] p : pairs) {
        sb.append("`").append(upper(p[0])).append("` is set to `").append(p[1]).append("`. ");
      }
      return sb.append("If these were committed by accident you should rotate them right away.").toString();
    });
    LINE.put("aws-export-json", (r, pairs) -> {
      StringBuilder sb = new StringBuilder("$ ./bin/show-config --format json\n{\n  \"Version\": 1,\n");
      for (String[] p : pairs) {
        sb.append("  \"").append(pascal(p[0])).append("\": \"").append(jsonEsc(p[1])).append("\",\n");
      }
      return sb.append("  \"Expiration\": \"2026-04-01T12:00:00Z\"\n}").toString();
    });

    BARE.put("curl-bearer", (r, pairs) -> "$ curl -sS -X POST https://api.example-service.io/v1/jobs \\\n  -H \"Authorization: Bearer "
        + pairs.get(pairs.size() - 1)[1] + "\" \\\n  -H 'Content-Type: application/json' -d '{\"dry_run\":true}'");
    BARE.put("chat-found", (r, pairs) -> "Found it. The token hard-coded in `scripts/release.sh` on line 14 is "
        + pairs.get(pairs.size() - 1)[1] + " — that's why the job works locally but fails in CI.");
    BARE.put("http-log", (r, pairs) -> ts(r) + " DEBUG http.client: > GET /api/v2/projects?per_page=50\n" + ts(r)
        + " DEBUG http.client: > token: " + pairs.get(pairs.size() - 1)[1] + "\n" + ts(r) + " DEBUG http.client: < 200 OK (83 ms)");
    BARE.put("js-client", (r, pairs) -> "import { Client } from './client.js';\n\nconst client = new Client({\n  baseUrl: 'https://api.internal',\n"
        + "  credential: '" + pairs.get(pairs.size() - 1)[1] + "',\n});\nawait client.ping();");

    BLOCK.put("cat-file", (r, pairs) -> "$ cat ~/" + pairs.get(0)[0] + "\n" + pairs.get(0)[1] + "\n$ ");
    BLOCK.put("chat-codeblock", (r, pairs) -> "Here's the content of `" + pairs.get(0)[0]
        + "` you asked for:\n\n```\n" + pairs.get(0)[1] + "\n```\n\nSave it with mode 600.");
    BLOCK.put("json-escaped-read", (r, pairs) -> "{\"type\":\"tool_result\",\"name\":\"read_file\",\"content\":{\"path\":\"/home/dev/"
        + pairs.get(0)[0] + "\",\"text\":\"" + jsonEsc(pairs.get(0)[1]) + "\"}}");
    BLOCK.put("terraform-heredoc", (r, pairs) -> "resource \"local_sensitive_file\" \"key\" {\n  filename = \"${path.module}/"
        + pairs.get(0)[0] + "\"\n  content  = <<-EOT\n    " + pairs.get(0)[1].replace("\n", "\n    ") + "\n  EOT\n}");
    BLOCK.put("kubectl-exec", (r, pairs) -> "$ kubectl exec -n prod deploy/api -- cat /var/run/secrets/app/" + pairs.get(0)[0]
        + "\n" + pairs.get(0)[1] + "\n");
  }

  static List<String> lineNames() {
    return new ArrayList<>(LINE.keySet());
  }

  static List<String[]> pairs(Secret s) {
    List<String[]> p = new ArrayList<>();
    if (s.companionName() != null) {
      p.add(new String[] {s.companionName(), s.companionValue()});
    }
    p.add(new String[] {s.name(), s.value()});
    return p;
  }

  static String ensure(String s) {
    return s == null ? "" : s;
  }

  static String rndDigits(Random r, int n) {
    return pick(r, DIGITS, n);
  }

  static String pickAny(Random r, List<String> xs) {
    return one(r, xs);
  }
}
