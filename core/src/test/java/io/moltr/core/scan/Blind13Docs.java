package io.moltr.core.scan;

import static io.moltr.core.scan.Blind13Util.*;

import io.moltr.core.scan.Blind13Secrets.Secret;
import java.util.List;
import java.util.Random;

/** Long agent outputs (answers, transcripts, tool results, logs, files) around one payload. */
final class Blind13Docs {
  private Blind13Docs() {}

  static final List<String> PLAIN_FORMATS = List.of("md-answer", "shell-env", "shell-cat-env", "docker-inspect",
      "kubectl-yaml", "git-log-p", "json-tool-result", "function-args", "ci-log", "http-dump", "stack-trace",
      "config-yaml", "config-toml", "config-ini", "config-properties", "config-xml", "config-hcl", "ipynb",
      "sql-dump", "email", "chat-answer");

  static final List<String> CARRIER_FORMATS = List.of("md-answer", "chat-answer", "json-tool-result",
      "function-args", "shell-session", "ci-log", "email", "ipynb");

  // ---------------------------------------------------------------- filler

  private static final String[] SENTENCES = {
    "The deployment finished after the second retry; the first attempt timed out while pulling the base image.",
    "I checked the service logs and the error only appears when the cache is cold.",
    "Running the migration twice is safe because every statement is guarded by IF NOT EXISTS.",
    "The health check now returns 200 within 40 ms on all three replicas.",
    "You can roll back with the previous tag if the canary shows a higher error rate.",
    "The flaky test depended on the system clock, so I replaced it with a fixed clock.",
    "Memory usage dropped from 1.8 GB to 620 MB after switching to streaming parsing.",
    "The config loader reads values from the environment first and falls back to the file.",
    "I left the feature flag off in production until the dashboards look stable.",
    "Note that the staging cluster uses a smaller node pool, so autoscaling kicks in earlier.",
    "The linter complained about unused imports in three files; those are fixed now.",
    "Latency at p99 went from 820 ms to 310 ms once the N+1 query was removed.",
    "The build uses the lockfile, so the same versions are installed everywhere.",
    "I could not reproduce the crash locally with the sample data set.",
    "After the upgrade the client library needs Python 3.10 or newer.",
    "The cron job runs at 02:15 UTC and usually takes about six minutes.",
    "Let me know if you want me to open a pull request with these changes.",
    "The queue depth stays below 50 messages even during the evening peak.",
  };

  static String prose(Random r, int sentences) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      sb.append(one(r, SENTENCES)).append(' ');
    }
    return sb.toString().trim() + "\n";
  }

  static String ts(Random r) {
    return String.format("2026-11-%02dT%02d:%02d:%02d.%03dZ", 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60),
        r.nextInt(60), r.nextInt(1000));
  }

  static String logLines(Random r, int n) {
    String[] msgs = {"processed batch %d in %d ms", "GET /api/v2/orders/%d 200 %dms", "cache miss for product:%d (%d entries)",
        "worker %d picked up job %d", "retrying request %d after %d ms backoff", "flushed %d metrics in %d ms",
        "connection pool size=%d idle=%d", "scheduled task sync-%d finished in %d s"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(ts(r)).append(' ').append(one(r, "INFO ", "DEBUG", "INFO ", "WARN ")).append(" [")
          .append(one(r, "main", "worker-1", "worker-2", "http-nio-8080-exec-4", "scheduler")).append("] ")
          .append(String.format(one(r, msgs), r.nextInt(5000), r.nextInt(900))).append('\n');
    }
    return sb.toString();
  }

  static String table(Random r) {
    StringBuilder sb = new StringBuilder("| Service | Status | p95 latency | Replicas |\n|---|---|---|---|\n");
    for (String s : List.of("api-gateway", "orders", "billing", "search", "notifications")) {
      if (r.nextInt(4) > 0) {
        sb.append("| ").append(s).append(" | ").append(one(r, "healthy", "healthy", "degraded")).append(" | ")
            .append(20 + r.nextInt(400)).append(" ms | ").append(1 + r.nextInt(6)).append(" |\n");
      }
    }
    return sb.toString();
  }

  static String code(Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> "```python\nimport logging\n\nlog = logging.getLogger(__name__)\n\ndef chunked(items, size=100):\n"
          + "    for i in range(0, len(items), size):\n        yield items[i:i + size]\n\nfor batch in chunked(load_orders()):\n"
          + "    log.info(\"sending %d orders\", len(batch))\n    client.submit(batch)\n```\n";
      case 1 -> "```js\nexport async function retry(fn, attempts = 3) {\n  for (let i = 0; i < attempts; i++) {\n"
          + "    try { return await fn(); } catch (e) { await sleep(2 ** i * 100); }\n  }\n  throw new Error('gave up');\n}\n```\n";
      case 2 -> "```go\nfunc (s *Server) health(w http.ResponseWriter, r *http.Request) {\n\tif err := s.db.PingContext(r.Context()); err != nil {\n"
          + "\t\thttp.Error(w, \"db down\", http.StatusServiceUnavailable)\n\t\treturn\n\t}\n\tw.WriteHeader(http.StatusOK)\n}\n```\n";
      default -> "```bash\nset -euo pipefail\nfor f in migrations/*.sql; do\n  echo \"applying $f\"\n  psql \"$DATABASE_URL\" -f \"$f\"\ndone\n```\n";
    };
  }

  static String benignEnv(Random r) {
    String[] vars = {"HOME=/home/runner", "LANG=C.UTF-8", "NODE_ENV=production", "PORT=8080", "LOG_LEVEL=info",
        "AWS_REGION=eu-west-1", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "TZ=UTC",
        "HOSTNAME=api-7f9c8d6b5-x2kq4", "PYTHONUNBUFFERED=1", "WORKERS=4", "FEATURE_NEW_CHECKOUT=false",
        "DB_HOST=db.internal", "DB_PORT=5432", "DB_NAME=orders", "REDIS_HOST=redis.internal", "SHLVL=1",
        "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64", "TERM=xterm-256color", "USER=app", "APP_VERSION=4.12.3",
        "KUBERNETES_SERVICE_HOST=10.96.0.1", "KUBERNETES_SERVICE_PORT=443", "S3_BUCKET=acme-exports-prod"};
    StringBuilder sb = new StringBuilder();
    int n = 6 + r.nextInt(10);
    for (int i = 0; i < n; i++) {
      sb.append(one(r, vars)).append('\n');
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- how a value is written

  /** NAME=value, quoting and escaping a multi-line value the way .env files do. */
  static String envLine(Secret s) {
    if (s.multiline()) {
      return s.name() + "=\"" + s.value().replace("\n", "\\n") + "\"";
    }
    return s.name() + "=" + s.value();
  }

  static String quoted(Secret s) {
    return "\"" + jsonEscape(s.value()) + "\"";
  }

  /** A sentence or line that carries the value in plain text. */
  static String mention(Random r, Secret s) {
    if (s.multiline()) {
      return "```\n" + s.value() + "\n```\n";
    }
    return switch (r.nextInt(3)) {
      case 0 -> "Your " + s.name() + " is `" + s.value() + "`.\n";
      case 1 -> "- **" + s.name() + "**: " + s.value() + "\n";
      default -> "```\n" + envLine(s) + "\n```\n";
    };
  }

  // ---------------------------------------------------------------- plain rows

  static String plain(String format, Random r, Secret s) {
    String body = plainBody(format, r, s);
    if (List.of("json-tool-result", "docker-inspect", "ipynb").contains(format)) {
      return body;
    }
    // Agents narrate around what they show; this also keeps short file formats at answer length.
    return prose(r, 3) + "\n" + body + "\n" + prose(r, 2);
  }

  private static String plainBody(String format, Random r, Secret s) {
    String v = s.value();
    String n = s.name();
    return switch (format) {
      case "md-answer" -> "## What I found\n\n" + prose(r, 3) + "\n" + table(r) + "\n### Configuration\n\n"
          + prose(r, 2) + "\n" + mention(r, s) + "\n" + code(r) + "\n### Next steps\n\n" + prose(r, 3);
      case "shell-env" -> "$ kubectl exec -it deploy/api -- env | sort\n" + benignEnv(r) + envLine(s) + "\n" + benignEnv(r)
          + "$ kubectl get pods\nNAME                   READY   STATUS    RESTARTS   AGE\napi-7f9c8d6b5-x2kq4    1/1     Running   0          3h12m\n";
      case "shell-cat-env" -> "$ ls -la\ntotal 48\ndrwxr-xr-x  6 app app 4096 Nov 30 09:12 .\n-rw-------  1 app app  612 Nov 30 09:10 .env\n"
          + "-rw-r--r--  1 app app 1204 Nov 30 09:10 package.json\n$ cat .env\n# generated by setup.sh\n" + benignEnv(r)
          + envLine(s) + "\n" + benignEnv(r) + "$ npm run start\n> api@4.12.3 start\n> node dist/server.js\n\n" + logLines(r, 6);
      case "docker-inspect" -> "$ docker inspect api-1 --format '{{json .Config}}' | jq .\n{\n  \"Hostname\": \"" + hex(r, 12)
          + "\",\n  \"User\": \"app\",\n  \"Env\": [\n" + jsonEnv(r, s) + "  ],\n  \"Cmd\": [\"node\", \"dist/server.js\"],\n"
          + "  \"Image\": \"ghcr.io/acme/api:4.12.3\",\n  \"WorkingDir\": \"/srv/app\",\n  \"Labels\": {\"org.opencontainers.image.version\": \"4.12.3\"}\n}\n";
      case "kubectl-yaml" -> "$ kubectl get deploy api -o yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  namespace: prod\n"
          + "spec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n      - name: api\n        image: ghcr.io/acme/api:4.12.3\n"
          + "        env:\n        - name: LOG_LEVEL\n          value: info\n        - name: " + n + "\n          value: " + quoted(s)
          + "\n        - name: PORT\n          value: \"8080\"\n        resources:\n          limits:\n            memory: 512Mi\n";
      case "git-log-p" -> "$ git log -p -2\ncommit " + hex(r, 40) + "\nAuthor: Dana Ortiz <dana@acme.io>\nDate:   Fri Nov 27 16:02:11 2026 +0100\n\n"
          + "    Wire up the notifier\n\ndiff --git a/config/settings.env b/config/settings.env\nindex " + hex(r, 7) + ".." + hex(r, 7)
          + " 100644\n--- a/config/settings.env\n+++ b/config/settings.env\n@@ -3,6 +3,7 @@\n LOG_LEVEL=info\n PORT=8080\n+" + envLine(s)
          + "\n WORKERS=4\n\ncommit " + hex(r, 40) + "\nAuthor: Sam Lee <sam@acme.io>\nDate:   Thu Nov 26 11:40:55 2026 +0100\n\n"
          + "    Bump retry budget\n\ndiff --git a/src/retry.ts b/src/retry.ts\n--- a/src/retry.ts\n+++ b/src/retry.ts\n@@ -1,3 +1,3 @@\n"
          + "-const ATTEMPTS = 3;\n+const ATTEMPTS = 5;\n";
      case "json-tool-result" -> "{\"tool_call_id\":\"call_" + mixed(r, 24) + "\",\"role\":\"tool\",\"name\":\"read_file\",\"content\":\""
          + jsonEscape("# settings for the worker\n" + benignEnv(r) + envLine(s) + "\n" + benignEnv(r)) + "\",\"metadata\":{\"path\":\"/srv/app/.env\",\"bytes\":"
          + (400 + r.nextInt(900)) + "}}\n";
      case "function-args" -> "{\"id\":\"call_" + mixed(r, 24) + "\",\"type\":\"function\",\"function\":{\"name\":\"http_request\",\"arguments\":\""
          + jsonEscape("{\"method\":\"POST\",\"url\":\"https://api.example-saas.com/v1/sync\",\"headers\":{\"Content-Type\":\"application/json\",\""
              + headerName(s) + "\":\"" + headerValue(s) + "\"},\"body\":{\"since\":\"2026-11-01\",\"limit\":500}}") + "\"}}\n";
      case "ci-log" -> ciLog(r, "+ export " + envLine(s).replace("\n", "\\n"));
      case "http-dump" -> "$ curl -v https://api.example-saas.com/v1/projects\n*   Trying 203.0.113.10:443...\n* Connected to api.example-saas.com port 443\n"
          + "> GET /v1/projects HTTP/2\n> Host: api.example-saas.com\n> User-Agent: curl/8.5.0\n> Accept: */*\n> " + headerName(s) + ": "
          + headerValue(s) + "\n>\n< HTTP/2 200\n< content-type: application/json\n< x-request-id: " + UUIDs.next(r)
          + "\n<\n{\"projects\":[{\"id\":42,\"name\":\"checkout\"}]}\n";
      case "stack-trace" -> logLines(r, 4) + ts(r) + " ERROR [main] Application run failed\norg.springframework.beans.factory.BeanCreationException: "
          + "Error creating bean 'dataSource': " + (s.kind().equals("db-url") ? "cannot connect to " + v : "client init failed with " + n + "=" + v.replace("\n", "\\n"))
          + "\n\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1806)\n"
          + "\tat org.springframework.boot.SpringApplication.run(SpringApplication.java:334)\n\tat com.acme.orders.Application.main(Application.java:14)\n"
          + "Caused by: java.net.ConnectException: Connection refused\n\tat java.base/sun.nio.ch.Net.connect0(Native Method)\n\t... 23 common frames omitted\n";
      case "config-yaml" -> "Here is the merged config:\n\n```yaml\nserver:\n  port: 8080\n  workers: 4\nlogging:\n  level: info\nintegrations:\n  "
          + n.toLowerCase() + ": " + (s.multiline() ? "|\n    " + v.replace("\n", "\n    ") : quoted(s)) + "\n  timeout_seconds: 30\n```\n\n" + prose(r, 2);
      case "config-toml" -> "`config.toml` after the change:\n\n```toml\n[server]\nport = 8080\n\n[integrations]\n" + n.toLowerCase() + " = "
          + (s.multiline() ? "\"\"\"\n" + v + "\n\"\"\"" : quoted(s)) + "\nretries = 3\n```\n" + prose(r, 2);
      case "config-ini" -> "```ini\n[default]\nregion = eu-west-1\noutput = json\n\n[service]\n" + n.toLowerCase() + " = "
          + v.replace("\n", "\\n") + "\nendpoint = https://api.internal\n```\n" + prose(r, 1);
      case "config-properties" -> "```properties\nspring.application.name=orders\nserver.port=8080\napp.integration." + n.toLowerCase().replace('_', '.')
          + "=" + v.replace("\n", "\\n\\\n") + "\nmanagement.endpoints.web.exposure.include=health,info\n```\n" + prose(r, 2);
      case "config-xml" -> "```xml\n<configuration>\n  <appSettings>\n    <add key=\"Environment\" value=\"Production\" />\n    <add key=\"" + n
          + "\" value=\"" + v.replace("&", "&amp;").replace("\"", "&quot;").replace("\n", "&#10;") + "\" />\n    <add key=\"Timeout\" value=\"30\" />\n  </appSettings>\n</configuration>\n```\n" + prose(r, 2);
      case "config-hcl" -> "```hcl\nprovider \"acme\" {\n  region = \"eu-west-1\"\n}\n\nvariable \"" + n.toLowerCase() + "\" {\n  type    = string\n  default = "
          + quoted(s) + "\n}\n```\n" + prose(r, 2);
      case "ipynb" -> notebook(r, "import os\nos.environ[\"" + n + "\"] = " + quoted(s) + "\n");
      case "sql-dump" -> "-- PostgreSQL database dump\nSET statement_timeout = 0;\nSET client_encoding = 'UTF8';\n\nCOPY public.users (id, email, created_at) FROM stdin;\n"
          + "1\tana@example.com\t2026-01-04\n2\tli@example.com\t2026-02-11\n\\.\n\nINSERT INTO public.integrations (id, provider, name, secret, created_at) VALUES ("
          + (10 + r.nextInt(90)) + ", '" + s.kind() + "', '" + n + "', '" + v.replace("'", "''") + "', '2026-11-02 10:00:00');\n"
          + "INSERT INTO public.integrations (id, provider, name, secret, created_at) VALUES (7, 'internal', 'ping', NULL, '2026-11-02 10:00:00');\n";
      case "email" -> "From: Priya Nair <priya@acme.io>\nTo: ops@acme.io\nSubject: Re: access for the new contractor\nDate: Mon, 30 Nov 2026 09:14:02 +0000\n"
          + "Message-ID: <" + hex(r, 16) + "@mail.acme.io>\nContent-Type: text/plain; charset=utf-8\n\nHi team,\n\n" + prose(r, 2)
          + "\nAs requested, here are the details:\n\n" + (s.multiline() ? v : n + ": " + v) + "\n\nPlease rotate it after the migration.\n\n"
          + "Thanks,\nPriya\n\n> On Fri, 27 Nov 2026, Tom wrote:\n> " + one(r, SENTENCES) + "\n";
      case "chat-answer" -> prose(r, 2) + "\n" + (s.selfIdentifying() ? "Sure, here it is: " : "Sure, here is the " + n + ": ") + (s.multiline() ? "\n\n" + v + "\n\n" : v + "\n\n") + prose(r, 3);
      default -> throw new IllegalArgumentException(format);
    };
  }

  static String headerName(Secret s) {
    return switch (s.kind()) {
      case "basic-auth-url", "db-url", "sentry-dsn", "discord-webhook", "slack-webhook", "azure-sas" -> "X-Target-Url";
      case "jwt-signed", "openai-project", "openai-legacy", "github-classic", "github-fine-grained", "groq", "openrouter",
          "huggingface", "slack-bot", "linear", "notion", "vault", "terraform-cloud", "databricks", "cloudflare", "vercel",
          "netlify", "supabase", "digitalocean", "doppler", "planetscale", "stripe", "sendgrid", "flyio", "gitlab-pat",
          "npm-token", "heroku" -> "Authorization";
      default -> "X-Api-Key";
    };
  }

  static String headerValue(Secret s) {
    String v = s.value().replace("\n", "\\n");
    if (headerName(s).equals("Authorization")) {
      return s.kind().equals("flyio") ? v : "Bearer " + v;
    }
    return v;
  }

  static String jsonEnv(Random r, Secret s) {
    StringBuilder sb = new StringBuilder();
    String[] before = benignEnv(r).split("\n");
    for (String e : before) {
      sb.append("    \"").append(e).append("\",\n");
    }
    sb.append("    \"").append(jsonEscape(s.name() + "=" + s.value())).append("\",\n");
    sb.append("    \"HOSTNAME=").append(hex(r, 12)).append("\"\n");
    return sb.toString();
  }

  static String ciLog(Random r, String line) {
    StringBuilder sb = new StringBuilder();
    sb.append("2026-11-30T10:02:11.0000000Z ##[group]Run actions/checkout@v4\n2026-11-30T10:02:11.0000000Z with:\n")
        .append("2026-11-30T10:02:11.0000000Z   fetch-depth: 1\n2026-11-30T10:02:13.0000000Z ##[endgroup]\n")
        .append("2026-11-30T10:02:14.0000000Z ##[group]Run ./scripts/deploy.sh\n2026-11-30T10:02:14.0000000Z + set -x\n");
    for (String l : logLines(r, 5).split("\n")) {
      sb.append("2026-11-30T10:02:15.0000000Z ").append(l).append('\n');
    }
    for (String l : line.split("\n", -1)) {
      sb.append("2026-11-30T10:02:16.0000000Z ").append(l).append('\n');
    }
    sb.append("2026-11-30T10:02:17.0000000Z + ./gradlew build --no-daemon\n2026-11-30T10:02:58.0000000Z BUILD SUCCESSFUL in 41s\n")
        .append("2026-11-30T10:02:58.0000000Z 17 actionable tasks: 17 executed\n2026-11-30T10:02:59.0000000Z ##[endgroup]\n");
    return sb.toString();
  }

  static String notebook(Random r, String cellSource) {
    StringBuilder src = new StringBuilder();
    String[] lines = cellSource.split("\n");
    for (int i = 0; i < lines.length; i++) {
      src.append("    \"").append(jsonEscape(lines[i] + (i < lines.length - 1 ? "\n" : ""))).append('"').append(i < lines.length - 1 ? ",\n" : "\n");
    }
    return "{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",\n   \"metadata\": {},\n   \"source\": [\"# Churn analysis\\n\", \"Load the export and plot weekly churn.\"]\n  },\n"
        + "  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 1,\n   \"metadata\": {},\n   \"outputs\": [],\n   \"source\": [\n" + src
        + "   ]\n  },\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 2,\n   \"metadata\": {},\n   \"outputs\": [{\"name\": \"stdout\", \"output_type\": \"stream\", \"text\": [\"rows: 48213\\n\"]}],\n"
        + "   \"source\": [\"import pandas as pd\\n\", \"df = pd.read_parquet('churn.parquet')\\n\", \"print('rows:', len(df))\"]\n  }\n ],\n"
        + " \"metadata\": {\"kernelspec\": {\"display_name\": \"Python 3\", \"language\": \"python\", \"name\": \"python3\"}},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n";
  }

  // ---------------------------------------------------------------- carriers for encoded and negative payloads

  /** Puts a block of text (lead-in plus payload) in the middle of a long output of the given kind. */
  static String carrier(String format, Random r, String block) {
    return switch (format) {
      case "md-answer" -> "## Summary\n\n" + prose(r, 3) + "\n" + table(r) + "\n" + block + "\n\n" + code(r) + "\n## Notes\n\n" + prose(r, 3);
      case "chat-answer" -> prose(r, 4) + "\n" + block + "\n\n" + prose(r, 3);
      case "json-tool-result" -> "{\"role\":\"tool\",\"tool_call_id\":\"call_" + mixed(r, 24) + "\",\"content\":\""
          + jsonEscape(logLines(r, 4) + block + "\n" + logLines(r, 4)) + "\",\"is_error\":false}\n";
      case "function-args" -> prose(r, 3) + "\nCalling `send_message`:\n\n{\"name\":\"send_message\",\"arguments\":\"" + jsonEscape("{\"channel\":\"#ops\",\"text\":\""
          + jsonEscape(block) + "\",\"unfurl_links\":false}") + "\"}\n\n" + prose(r, 2);
      case "shell-session" -> "$ ./scripts/status.sh\n" + logLines(r, 5) + "$ cat notes.txt\n" + block + "\n$ uptime\n 10:14:02 up 12 days,  3:01,  1 user,  load average: 0.31, 0.27, 0.22\n";
      case "ci-log" -> ciLog(r, block);
      case "email" -> "From: build-bot <ci@acme.io>\nTo: dev@acme.io\nSubject: nightly report\nContent-Type: text/plain; charset=utf-8\n\n"
          + prose(r, 3) + "\n" + block + "\n\n" + prose(r, 2) + "\n-- \nbuild-bot\n";
      case "ipynb" -> notebook(r, "# scratch\n" + block + "\n");
      default -> throw new IllegalArgumentException(format);
    };
  }

  /** Deterministic UUID strings from the row's random source. */
  static final class UUIDs {
    static String next(Random r) {
      return new java.util.UUID(r.nextLong(), r.nextLong()).toString();
    }
  }
}
