package io.moltr.core.scan;

import static io.moltr.core.scan.Blind22Util.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Blind22: long agent outputs (1-12 KB) with one snippet in the middle. A {@link Snip} is either
 * an assignment (var, value) rendered in the context's own syntax, or a raw block placed as is
 * (escaped inside JSON contexts).
 */
final class Blind22Contexts {
  record Snip(String var, String value, boolean raw, boolean personal, boolean bearerOk) {
    Snip(String var, String value, boolean raw, boolean personal) {
      this(var, value, raw, personal, true);
    }

    static Snip assign(String var, String value) {
      return new Snip(var, value, false, false);
    }

    /** A negative's value: never written as a bearer credential (that would make it one). */
    static Snip notCredential(String var, String value) {
      return new Snip(var, value, false, false, false);
    }

    static Snip raw(String block) {
      return new Snip("", block, true, false);
    }
  }

  static final List<String> IDS = List.of("chat", "debug_transcript", "readme", "code_review", "ci_log", "terraform_plan",
      "kubectl", "har", "notebook", "email", "source_file", "config_file", "jsonl_log", "stack_trace", "sql_csv",
      "tool_call", "commit");

  /** Contexts where the text stays as written (no JSON escaping), for encoded rows. */
  static final List<String> TEXT_IDS = List.of("chat", "debug_transcript", "readme", "email", "ci_log", "code_review", "commit");

  static final List<String> JSON_IDS = List.of("har", "notebook", "jsonl_log", "tool_call");

  private Blind22Contexts() {}

  /** Renders until the text is 1-12 KB in UTF-8 (a large block in a long context is drawn again). */
  static String render(String ctx, Random r, String lang, Snip s) {
    while (true) {
      String t = render1(ctx, r, lang, s);
      int len = t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      if (len >= 1000 && len <= 12 * 1024) {
        return t;
      }
    }
  }

  static String render1(String ctx, Random r, String lang, Snip s) {
    int target = lang.equals("ja") ? 1300 + r.nextInt(3200) : 1000 + r.nextInt(9500);
    return switch (ctx) {
      case "chat" -> chat(r, lang, s, target);
      case "debug_transcript" -> debug(r, lang, s, target);
      case "readme" -> readme(r, lang, s, target);
      case "code_review" -> review(r, lang, s, target);
      case "ci_log" -> ciLog(r, s, target);
      case "terraform_plan" -> terraform(r, s, target);
      case "kubectl" -> kubectl(r, s, target);
      case "har" -> har(r, s, target);
      case "notebook" -> notebook(r, s, target);
      case "email" -> email(r, lang, s, target);
      case "source_file" -> source(r, s, target);
      case "config_file" -> config(r, s, target);
      case "jsonl_log" -> jsonl(r, s, target);
      case "stack_trace" -> trace(r, s, target);
      case "sql_csv" -> sqlCsv(r, s, target);
      case "tool_call" -> toolCall(r, lang, s, target);
      case "commit" -> commit(r, lang, s, target);
      default -> throw new IllegalArgumentException(ctx);
    };
  }

  // ---------------------------------------------------------------- rendering of an assignment
  static String assign(String style, Random r, String lang, String var, String v) {
    String lower = var.toLowerCase();
    String camel = camel(var);
    return switch (style) {
      case "env" -> var + "=" + v;
      case "shell" -> "export " + var + "=\"" + v + "\"";
      case "yaml" -> lower + ": \"" + v + "\"";
      case "json" -> "\"" + camel + "\": \"" + v + "\"";
      case "py" -> var + " = \"" + v + "\"";
      case "js" -> "const " + camel + " = '" + v + "';";
      case "ts" -> "export const " + camel + ": string = \"" + v + "\";";
      case "go" -> camel + " := \"" + v + "\"";
      case "java" -> "private static final String " + var + " = \"" + v + "\";";
      case "rust" -> "const " + var + ": &str = \"" + v + "\";";
      case "php" -> "define('" + var + "', '" + v + "');";
      case "cs" -> "var " + camel + " = \"" + v + "\";";
      case "hcl", "toml" -> lower + " = \"" + v + "\"";
      case "ini" -> lower + " = " + v;
      case "docker" -> "ENV " + var + "=" + v;
      case "header" -> "Authorization: Bearer " + v;
      case "log" -> ts(r) + " INFO  [config] loaded " + lower + "=" + v + " source=env";
      case "sql" -> "INSERT INTO settings (name, value, updated_at) VALUES ('" + lower + "', '" + v + "', now());";
      case "csv" -> lower + "," + v + ",prod," + date(r);
      case "mdtable" -> "| `" + var + "` | `" + v + "` | prod |";
      case "cli" -> "$ curl -sS -H \"Authorization: Bearer " + v + "\" https://api." + pick(r, "acme.dev", "example.net") + "/v1/status";
      case "prose" -> String.format(pick(r, Blind22Prose.INTRO.get(lang)), var, v);
      default -> throw new IllegalArgumentException(style);
    };
  }

  static String emb(Random r, String lang, Snip s, String... styles) {
    if (s.raw()) {
      return s.value();
    }
    List<String> ok = new ArrayList<>();
    for (String st : styles) {
      if (s.personal() && (st.equals("header") || st.equals("cli"))) {
        continue;
      }
      ok.add(st);
    }
    if (ok.isEmpty()) {
      ok.add("env");
    }
    String style = pick(r, ok);
    if (!s.bearerOk() && (style.equals("header") || style.equals("cli"))) {
      if (style.equals("cli")) {
        r.nextInt(2); // keep the draws of the rows after this one as they were
      }
      style = "env";
    }
    return assign(style, r, lang, s.var(), s.value());
  }

  // ---------------------------------------------------------------- filler
  static String ts(Random r) {
    return String.format("2026-11-%02dT%02d:%02d:%02d.%03dZ", 1 + r.nextInt(29), r.nextInt(24), r.nextInt(60), r.nextInt(60), r.nextInt(1000));
  }

  static String date(Random r) {
    return String.format("2026-%02d-%02d", 1 + r.nextInt(11), 1 + r.nextInt(28));
  }

  static String prose(Random r, String lang, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(pick(r, Blind22Prose.SENTENCES.get(lang))).append(lang.equals("ja") ? "" : " ");
    }
    return sb.toString().trim();
  }

  static String logLine(Random r) {
    return switch (r.nextInt(9)) {
      case 0 -> ts(r) + " INFO  [http-nio-8080-exec-" + r.nextInt(20) + "] o.a.c.c.C.[Tomcat].[localhost] request_id="
          + uuid(r) + " GET /api/v1/orders/" + r.nextInt(99999) + " 200 " + r.nextInt(400) + "ms";
      case 1 -> ts(r) + " DEBUG [worker-" + r.nextInt(8) + "] job " + rand(r, HEX, 24) + " picked up from queue 'billing'";
      case 2 -> ts(r) + " WARN  [pool] connection to db.prod.internal:5432 slow (" + (200 + r.nextInt(900)) + " ms)";
      case 3 -> ts(r) + " INFO  [deploy] image ghcr.io/acme/api@sha256:" + rand(r, HEX, 64) + " pulled";
      case 4 -> ts(r) + " INFO  [cache] hit ratio " + r.nextInt(100) + "% keys=" + r.nextInt(100000) + " evicted=" + r.nextInt(500);
      case 5 -> ts(r) + " ERROR [sync] upstream returned 503, retrying in " + (1 + r.nextInt(30)) + "s (attempt " + r.nextInt(5) + ")";
      case 6 -> ts(r) + " INFO  [git] checked out " + rand(r, HEX, 40) + " (" + pick(r, "main", "release/2.4", "fix/timeouts") + ")";
      case 7 -> ts(r) + " INFO  [trace] traceparent=00-" + rand(r, HEX, 32) + "-" + rand(r, HEX, 16) + "-01 span=db.query";
      default -> ts(r) + " INFO  [s3] uploaded s3://acme-artifacts/builds/" + date(r) + "/" + rand(r, HEX, 12) + "/app.tar.gz ("
          + r.nextInt(90000) + " KiB)";
    };
  }

  static String codeLine(Random r, String lang) {
    return switch (lang) {
      case "py" -> pick(r, "    for item in batch:", "        result.append(transform(item, strict=True))", "    logger.info(\"processed %d rows\", len(result))",
          "def load_orders(session, since):", "    return session.query(Order).filter(Order.created_at >= since).all()",
          "import json, os, time", "from dataclasses import dataclass", "    if not rows:\n        return []", "TIMEOUT_SECONDS = 30");
      case "go" -> pick(r, "func (s *Server) handle(w http.ResponseWriter, req *http.Request) {", "\tif err != nil {\n\t\treturn fmt.Errorf(\"decode: %w\", err)\n\t}",
          "\tctx, cancel := context.WithTimeout(ctx, 5*time.Second)", "\tdefer cancel()", "import (\n\t\"context\"\n\t\"net/http\"\n)", "}");
      case "js", "ts" -> pick(r, "export async function fetchOrders(since) {", "  const res = await fetch(`${BASE_URL}/orders?since=${since}`);",
          "  if (!res.ok) throw new Error(`HTTP ${res.status}`);", "  return res.json();", "}", "import express from 'express';",
          "app.get('/health', (_req, res) => res.send('ok'));");
      case "java" -> pick(r, "  public List<Order> load(Instant since) {", "    return repo.findByCreatedAtAfter(since);", "  }",
          "import java.time.Instant;", "  private final OrderRepository repo;", "  @Override\n  public String toString() {\n    return \"Order[\" + id + \"]\";\n  }");
      case "rust" -> pick(r, "fn main() -> anyhow::Result<()> {", "    let cfg = Config::from_env()?;", "    Ok(())", "}", "use std::time::Duration;",
          "    let client = reqwest::Client::builder().timeout(Duration::from_secs(10)).build()?;");
      case "php" -> pick(r, "<?php", "function loadOrders(PDO $db, string $since): array {", "    $stmt = $db->prepare('SELECT * FROM orders WHERE created_at >= ?');",
          "    $stmt->execute([$since]);", "    return $stmt->fetchAll();", "}");
      case "cs" -> pick(r, "using System.Net.Http;", "public async Task<IReadOnlyList<Order>> LoadAsync(DateTime since)", "{",
          "    var rows = await _db.Orders.Where(o => o.CreatedAt >= since).ToListAsync();", "    return rows;", "}");
      default -> pick(r, "set -euo pipefail", "cd \"$(dirname \"$0\")/..\"", "docker compose up -d --wait", "echo \"deploying $(git rev-parse --short HEAD)\"",
          "./gradlew build -x test", "kubectl rollout status deploy/api -n prod --timeout=120s");
    };
  }

  static String codeBlock(Random r, String lang, int lines) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      sb.append(codeLine(r, lang)).append('\n');
    }
    return sb.toString();
  }

  static String termLine(Random r) {
    return switch (r.nextInt(8)) {
      case 0 -> "$ git log --oneline -3\n" + rand(r, HEX, 7) + " Fix retry backoff\n" + rand(r, HEX, 7) + " Bump deps\n" + rand(r, HEX, 7) + " Merge pull request #" + r.nextInt(900);
      case 1 -> "$ pip install -r requirements.txt\nCollecting requests==2.32.3\n  Using cached requests-2.32.3-py3-none-any.whl (64 kB)\nSuccessfully installed requests-2.32.3 urllib3-2.2.3";
      case 2 -> "$ docker ps --format '{{.ID}} {{.Image}} {{.Status}}'\n" + rand(r, HEX, 12) + " acme/api:2.4." + r.nextInt(20) + " Up 3 hours (healthy)";
      case 3 -> "$ kubectl get pods -n prod\nNAME                       READY   STATUS    RESTARTS   AGE\napi-" + rand(r, LO + DIG, 10) + "-" + rand(r, LO + DIG, 5) + "   1/1     Running   0          " + r.nextInt(60) + "m";
      case 4 -> "$ npm test\n\n> api@2.4.0 test\n> vitest run\n\n ✓ src/orders.test.ts (12 tests) " + r.nextInt(900) + "ms\n Test Files  1 passed (1)";
      case 5 -> "$ sha256sum dist/app.tar.gz\n" + rand(r, HEX, 64) + "  dist/app.tar.gz";
      case 6 -> "$ curl -sI https://status.acme.dev\nHTTP/2 200\ncontent-type: text/html\nx-request-id: " + uuid(r);
      default -> "$ df -h /var\nFilesystem      Size  Used Avail Use% Mounted on\n/dev/nvme0n1p2   98G   " + r.nextInt(90) + "G   40G  60% /";
    };
  }

  interface Fill {
    String next();
  }

  static String grow(StringBuilder sb, int target, Fill f) {
    while (sb.length() < target) {
      sb.append(f.next()).append('\n');
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- contexts
  static String chat(Random r, String lang, Snip s, int target) {
    StringBuilder a = new StringBuilder(prose(r, lang, 3)).append("\n\n");
    grow(a, target / 2, () -> pick(r, Blind22Prose.HEADINGS.get(lang)) + "\n\n" + prose(r, lang, 2 + r.nextInt(3)) + "\n\n"
        + (r.nextBoolean() ? "```" + pick(r, "bash", "text") + "\n" + termLine(r) + "\n```\n" : "- " + prose(r, lang, 1) + "\n- " + prose(r, lang, 1) + "\n"));
    String style = pick(r, "env", "yaml", "py", "js", "shell", "prose", "json", "toml", "go", "ts");
    String snip = emb(r, lang, s, style);
    if (style.equals("prose") && !s.raw()) {
      a.append(snip).append("\n\n");
    } else {
      a.append(prose(r, lang, 1)).append("\n\n```").append(style.equals("prose") ? "" : style).append('\n').append(snip).append("\n```\n\n");
    }
    StringBuilder b = new StringBuilder();
    grow(b, target / 2, () -> pick(r, Blind22Prose.HEADINGS.get(lang)) + "\n\n" + prose(r, lang, 2 + r.nextInt(3)) + "\n");
    return a + b.toString();
  }

  static String debug(Random r, String lang, Snip s, int target) {
    StringBuilder a = new StringBuilder(prose(r, lang, 2)).append("\n\n```console\n");
    grow(a, target / 2, () -> termLine(r));
    String snip = emb(r, lang, s, "env", "shell", "log", "cli", "ini");
    if (s.raw()) {
      a.append("```\n\n").append(snip).append("\n\n```console\n");
    } else {
      a.append("$ ").append(pick(r, "cat .env | grep -v '^#'", "grep -r " + s.var().toLowerCase() + " config/", "tail -n 40 /var/log/app/app.log",
          "printenv | sort | head -40")).append('\n').append(snip).append('\n');
    }
    StringBuilder b = new StringBuilder();
    grow(b, target / 2, () -> termLine(r));
    return a + b.toString() + "```\n\n" + prose(r, lang, 2) + "\n";
  }

  static String readme(Random r, String lang, Snip s, int target) {
    StringBuilder a = new StringBuilder("# " + pick(r, "orders-service", "acme-billing", "ingest-worker") + "\n\n" + prose(r, lang, 2) + "\n\n## Installation\n\n```bash\n"
        + codeBlock(r, "sh", 4) + "```\n\n");
    grow(a, target / 2, () -> pick(r, Blind22Prose.HEADINGS.get(lang)) + "\n\n" + prose(r, lang, 3) + "\n\n| Option | Default | Description |\n|---|---|---|\n| `PORT` | `8080` | HTTP port |\n| `LOG_LEVEL` | `info` | "
        + prose(r, lang, 1) + " |\n");
    String style = pick(r, "env", "yaml", "mdtable", "shell", "json", "toml", "docker");
    String snip = emb(r, lang, s, style);
    if (style.equals("mdtable") && !s.raw()) {
      a.append("## Configuration\n\n| Variable | Value | Env |\n|---|---|---|\n| `PORT` | `8080` | all |\n").append(snip).append("\n\n");
    } else {
      a.append("## Configuration\n\n```").append(style).append('\n').append(snip).append("\n```\n\n");
    }
    StringBuilder b = new StringBuilder();
    grow(b, target / 2, () -> "## Usage\n\n```bash\n" + codeBlock(r, "sh", 3) + "```\n\n" + prose(r, lang, 2) + "\n");
    return a + b.toString() + "\n## License\n\nApache-2.0\n";
  }

  static String review(Random r, String lang, Snip s, int target) {
    String cl = pick(r, "py", "go", "js", "ts", "java", "rust", "php", "cs");
    String file = switch (cl) {
      case "py" -> "app/settings.py";
      case "go" -> "internal/config/config.go";
      case "js" -> "src/config.js";
      case "ts" -> "src/config.ts";
      case "java" -> "src/main/java/com/acme/Config.java";
      case "rust" -> "src/config.rs";
      case "php" -> "config/app.php";
      default -> "src/Acme.Api/Settings.cs";
    };
    StringBuilder a = new StringBuilder("**Review of #" + (100 + r.nextInt(900)) + "**\n\n" + prose(r, lang, 2) + "\n\n");
    grow(a, target / 2, () -> "`" + file + "` line " + r.nextInt(300) + ": " + prose(r, lang, 1) + "\n\n```diff\n@@ -" + r.nextInt(200) + ",6 +"
        + r.nextInt(200) + ",7 @@\n" + prefix(codeBlock(r, cl, 3), " ") + prefix(codeLine(r, cl), "-") + "\n" + prefix(codeLine(r, cl), "+") + "\n```\n");
    String snip = emb(r, lang, s, cl, cl, "env", "yaml");
    a.append("```diff\ndiff --git a/").append(file).append(" b/").append(file).append("\n--- a/").append(file).append("\n+++ b/").append(file)
        .append("\n@@ -10,4 +10,6 @@\n").append(prefix(codeLine(r, cl), " ")).append('\n').append(prefix(snip, "+")).append('\n')
        .append(prefix(codeLine(r, cl), " ")).append("\n```\n\n").append(prose(r, lang, 1)).append("\n\n");
    StringBuilder b = new StringBuilder();
    grow(b, target / 2, () -> "- " + prose(r, lang, 1) + "\n");
    return a + b.toString();
  }

  static String prefix(String block, String p) {
    StringBuilder sb = new StringBuilder();
    String[] lines = block.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i == lines.length - 1 && lines[i].isEmpty()) {
        break;
      }
      sb.append(p).append(lines[i]);
      if (i < lines.length - 1) {
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  static String ciLog(Random r, Snip s, int target) {
    StringBuilder a = new StringBuilder("##[group]Run actions/checkout@v4\n");
    grow(a, target / 2, () -> ts(r) + " " + pick(r, "Downloading action repository", "Syncing repository: acme/api", "Fetching the repository",
        "HEAD is now at " + rand(r, HEX, 7) + " Merge pull request #" + r.nextInt(900), "Resolving dependencies...",
        "Downloaded from central: https://repo.maven.apache.org/maven2/org/slf4j/slf4j-api/2.0.16/slf4j-api-2.0.16.jar (" + r.nextInt(90) + " kB)",
        "Cache restored from key: Linux-node-" + rand(r, HEX, 64), "[INFO] Tests run: " + r.nextInt(300) + ", Failures: 0, Errors: 0, Skipped: " + r.nextInt(5)));
    String snip = emb(r, "en", s, "log", "env", "shell", "cli");
    a.append("##[group]Run ./scripts/deploy.sh\n").append(ts(r)).append(" env:\n").append(prefix(snip, ts(r) + "   ")).append('\n');
    StringBuilder b = new StringBuilder();
    grow(b, target / 2, () -> ts(r) + " " + logLine(r));
    return a + b.toString() + "##[endgroup]\n";
  }

  static String terraform(Random r, Snip s, int target) {
    StringBuilder a = new StringBuilder("Terraform used the selected providers to generate the following execution plan.\n\n");
    grow(a, target / 2, () -> "  # aws_s3_bucket." + pick(r, "logs", "assets", "backups") + r.nextInt(9) + " will be created\n  + resource \"aws_s3_bucket\" \"b"
        + r.nextInt(99) + "\" {\n      + arn    = (known after apply)\n      + bucket = \"acme-" + rand(r, LO, 6) + "\"\n      + id     = (known after apply)\n    }\n");
    String v;
    if (s.raw()) {
      v = "      + content = <<-EOT\n" + prefix(s.value(), "            ") + "\n        EOT\n";
    } else {
      v = "      + " + s.var().toLowerCase() + " = \"" + s.value() + "\"\n";
    }
    a.append("  # kubernetes_secret.app will be created\n  + resource \"kubernetes_secret\" \"app\" {\n      + id = (known after apply)\n").append(v).append("    }\n\n");
    StringBuilder b = new StringBuilder();
    grow(b, target / 2, () -> "  # aws_iam_role.r" + r.nextInt(99) + " will be updated in-place\n  ~ resource \"aws_iam_role\" \"r\" {\n        id   = \"svc-"
        + rand(r, LO, 5) + "\"\n      ~ tags = { \"rev\" = \"" + rand(r, HEX, 7) + "\" }\n    }\n");
    return a + b.toString() + "\nPlan: " + r.nextInt(20) + " to add, " + r.nextInt(5) + " to change, 0 to destroy.\n";
  }

  static String kubectl(Random r, Snip s, int target) {
    String pod = "api-" + rand(r, LO + DIG, 10) + "-" + rand(r, LO + DIG, 5);
    StringBuilder a = new StringBuilder("Name:             " + pod + "\nNamespace:        prod\nNode:             ip-10-0-" + r.nextInt(255) + "-" + r.nextInt(255)
        + ".eu-west-1.compute.internal\nLabels:           app=api\n                  pod-template-hash=" + rand(r, LO + DIG, 10) + "\nStatus:           Running\nContainers:\n  api:\n    Container ID:   containerd://"
        + rand(r, HEX, 64) + "\n    Image:          ghcr.io/acme/api:2.4.1\n    Image ID:       ghcr.io/acme/api@sha256:" + rand(r, HEX, 64) + "\n");
    grow(a, target / 2, () -> "    Mounts:\n      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-" + rand(r, LO + DIG, 5) + " (ro)");
    if (s.raw()) {
      a.append("\n---\n$ kubectl get secret -o yaml\n").append(s.value()).append('\n');
    } else {
      a.append("    Environment:\n      PORT:  8080\n      ").append(s.var()).append(":  ").append(s.value()).append("\n      LOG_LEVEL:  info\n");
    }
    StringBuilder b = new StringBuilder("Events:\n  Type    Reason     Age   From               Message\n");
    grow(b, target / 2, () -> "  Normal  " + pick(r, "Pulled", "Created", "Started", "Scheduled") + "  " + r.nextInt(60) + "m   kubelet            "
        + pick(r, "Container image already present on machine", "Created container api", "Successfully assigned prod/" + pod + " to node"));
    return a + b.toString();
  }

  static String har(Random r, Snip s, int target) {
    StringBuilder a = new StringBuilder("{\n  \"log\": {\n    \"version\": \"1.2\",\n    \"creator\": {\"name\": \"Firefox\", \"version\": \"133.0\"},\n    \"entries\": [\n");
    grow(a, target / 2, () -> harEntry(r, "GET", "https://app.acme.dev/static/js/main." + rand(r, HEX, 8) + ".chunk.js", "{\"name\": \"Accept\", \"value\": \"*/*\"}", ""));
    String header;
    String post = "";
    if (s.raw()) {
      post = jsonEscape(s.value());
      header = "{\"name\": \"Content-Type\", \"value\": \"text/plain\"}";
    } else if (!s.personal() && r.nextBoolean() && s.bearerOk()) {
      header = "{\"name\": \"Authorization\", \"value\": \"Bearer " + jsonEscape(s.value()) + "\"}";
    } else {
      header = "{\"name\": \"Content-Type\", \"value\": \"application/json\"}";
      post = jsonEscape("{\"" + camel(s.var()) + "\":\"" + s.value() + "\"}");
    }
    a.append(harEntry(r, "POST", "https://api.acme.dev/v1/" + pick(r, "integrations", "checkout", "settings"), header, post));
    StringBuilder b = new StringBuilder();
    grow(b, target / 2, () -> harEntry(r, "GET", "https://app.acme.dev/api/orders?page=" + r.nextInt(40), "{\"name\": \"X-Request-Id\", \"value\": \"" + uuid(r) + "\"}", ""));
    String all = a + b.toString();
    return all.substring(0, all.length() - 2) + "\n    ]\n  }\n}\n";
  }

  static String harEntry(Random r, String method, String url, String header, String post) {
    return "      {\n        \"startedDateTime\": \"" + ts(r) + "\",\n        \"time\": " + r.nextInt(900) + ",\n        \"request\": {\n          \"method\": \"" + method
        + "\",\n          \"url\": \"" + url + "\",\n          \"headers\": [" + header + "],\n"
        + (post.isEmpty() ? "" : "          \"postData\": {\"mimeType\": \"application/json\", \"text\": \"" + post + "\"},\n")
        + "          \"cookies\": []\n        },\n        \"response\": {\"status\": 200, \"content\": {\"size\": " + r.nextInt(90000) + ", \"mimeType\": \"application/json\"}}\n      },";
  }

  static String notebook(Random r, Snip s, int target) {
    StringBuilder a = new StringBuilder("{\n \"cells\": [\n");
    grow(a, target / 2, () -> cell(r, "import pandas as pd\ndf = pd.read_parquet('s3://acme-lake/orders/" + date(r) + "/part-0000.parquet')\ndf.groupby('country').total.sum().head()"));
    String code = s.raw() ? "creds = '''" + s.value() + "'''" : assign(pick(r, "py", "py", "env"), r, "en", s.var(), s.value());
    if (code.startsWith(s.var() + "=")) {
      code = "%env " + code;
    }
    a.append(cell(r, "import os\n" + code + "\nclient = make_client()"));
    StringBuilder b = new StringBuilder();
    grow(b, target / 2, () -> cell(r, "df.describe()\n# " + rand(r, HEX, 7)));
    String all = a + b.toString();
    return all.substring(0, all.length() - 2) + "\n ],\n \"metadata\": {\"kernelspec\": {\"name\": \"python3\"}},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n";
  }

  static String cell(Random r, String src) {
    StringBuilder sb = new StringBuilder("  {\n   \"cell_type\": \"code\",\n   \"execution_count\": " + r.nextInt(60) + ",\n   \"id\": \"" + rand(r, HEX, 8)
        + "\",\n   \"metadata\": {},\n   \"outputs\": [{\"name\": \"stdout\", \"output_type\": \"stream\", \"text\": [\"rows: " + r.nextInt(99999) + "\\n\"]}],\n   \"source\": [\n");
    String[] lines = src.split("\n");
    for (int i = 0; i < lines.length; i++) {
      sb.append("    \"").append(jsonEscape(lines[i])).append(i < lines.length - 1 ? "\\n\",\n" : "\"\n");
    }
    return sb.append("   ]\n  },").toString();
  }

  static String email(Random r, String lang, Snip s, int target) {
    StringBuilder a = new StringBuilder("From: Support <support@acme.dev>\nTo: ops@customer.example\nSubject: Re: " + pick(r, "Deployment failing", "Zugang zur API",
        "Accès à l'API", "Acceso a la API", "APIアクセスについて") + "\nDate: Mon, 30 Nov 2026 10:" + r.nextInt(60) + ":00 +0000\n\n" + prose(r, lang, 2) + "\n\n");
    String style = pick(r, "prose", "env", "ini", "prose");
    String snip = emb(r, lang, s, style);
    a.append(prose(r, lang, 2)).append("\n\n").append(snip).append("\n\n").append(prose(r, lang, 1)).append("\n\n--\nAcme Support\n\n");
    StringBuilder b = new StringBuilder();
    grow(b, target, () -> "> " + prose(r, lang, 1) + "\n> " + prose(r, lang, 1) + "\n>");
    return a + b.toString();
  }

  static String source(Random r, Snip s, int target) {
    String cl = pick(r, "py", "go", "js", "java", "rust", "php", "cs", "sh");
    StringBuilder a = new StringBuilder();
    grow(a, target / 2, () -> codeLine(r, cl));
    String snip = s.raw() ? blockInCode(cl, s.value()) : assign(cl.equals("sh") ? "shell" : cl, r, "en", s.var(), s.value());
    a.append(snip).append('\n');
    StringBuilder b = new StringBuilder();
    grow(b, target / 2, () -> codeLine(r, cl));
    return a + b.toString();
  }

  static String blockInCode(String cl, String block) {
    return switch (cl) {
      case "py" -> "KEY = \"\"\"" + block + "\"\"\"";
      case "js", "ts" -> "const key = `" + block + "`;";
      case "go" -> "const key = `" + block + "`";
      case "java" -> "static final String KEY = \"\"\"\n" + block + "\"\"\";";
      case "rust" -> "const KEY: &str = r#\"" + block + "\"#;";
      case "php" -> "$key = <<<EOT\n" + block + "\nEOT;";
      case "cs" -> "var key = @\"" + block + "\";";
      default -> "cat > key.txt <<'EOF'\n" + block + "\nEOF";
    };
  }

  static String config(Random r, Snip s, int target) {
    int kind = r.nextInt(3);
    StringBuilder a = new StringBuilder();
    if (kind == 0) {
      a.append("services:\n");
      grow(a, target / 2, () -> "  " + pick(r, "api", "worker", "cron", "web") + r.nextInt(9) + ":\n    image: ghcr.io/acme/app:2.4." + r.nextInt(20)
          + "\n    restart: unless-stopped\n    ports:\n      - \"" + (8000 + r.nextInt(900)) + ":8080\"\n    environment:\n      LOG_LEVEL: info");
      a.append("  billing:\n    image: ghcr.io/acme/billing:1.9.0\n    environment:\n");
      a.append(s.raw() ? prefix(s.value(), "      # ") : "      " + s.var() + ": \"" + s.value() + "\"").append('\n');
    } else if (kind == 1) {
      a.append("name: deploy\non:\n  push:\n    branches: [main]\njobs:\n");
      grow(a, target / 2, () -> "  test" + r.nextInt(99) + ":\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm test");
      a.append("  deploy:\n    runs-on: ubuntu-24.04\n    env:\n");
      a.append(s.raw() ? "      KEY: |\n" + prefix(s.value(), "        ") : "      " + s.var() + ": " + s.value()).append('\n');
    } else {
      a.append("# generated by setup.sh\n");
      grow(a, target / 2, () -> pick(r, "PORT=" + (8000 + r.nextInt(99)), "LOG_LEVEL=info", "FEATURE_" + rand(r, UP, 5) + "=true", "WORKERS=" + r.nextInt(16),
          "CACHE_TTL=" + r.nextInt(3600), "# " + prose(r, "en", 1)));
      a.append(s.raw() ? "KEY=\"" + s.value() + "\"" : s.var() + "=" + s.value()).append('\n');
    }
    StringBuilder b = new StringBuilder();
    grow(b, target / 2, () -> kind == 2 ? "# " + prose(r, "en", 1) : "      - run: echo done # " + rand(r, HEX, 7));
    return a + b.toString();
  }

  static String jsonl(Random r, Snip s, int target) {
    StringBuilder a = new StringBuilder();
    grow(a, target / 2, () -> "{\"ts\":\"" + ts(r) + "\",\"level\":\"info\",\"msg\":\"request done\",\"request_id\":\"" + uuid(r) + "\",\"path\":\"/api/v1/items/"
        + r.nextInt(9999) + "\",\"status\":200,\"duration_ms\":" + r.nextInt(500) + "}");
    String field = s.raw() ? "\"payload\":\"" + jsonEscape(s.value()) + "\"" : "\"" + s.var().toLowerCase() + "\":\"" + jsonEscape(s.value()) + "\"";
    a.append("{\"ts\":\"").append(ts(r)).append("\",\"level\":\"debug\",\"msg\":\"outbound call config\",").append(field).append(",\"attempt\":1}\n");
    StringBuilder b = new StringBuilder();
    grow(b, target / 2, () -> "{\"ts\":\"" + ts(r) + "\",\"level\":\"warn\",\"msg\":\"slow query\",\"trace_id\":\"" + rand(r, HEX, 32) + "\",\"ms\":" + r.nextInt(3000) + "}");
    return a + b.toString();
  }

  static String trace(Random r, Snip s, int target) {
    boolean java = r.nextBoolean();
    StringBuilder a = new StringBuilder();
    grow(a, target / 2, () -> logLine(r));
    String snip = s.raw() ? s.value() : s.var().toLowerCase() + "=" + s.value();
    if (java) {
      a.append(ts(r)).append(" ERROR [main] c.a.b.PaymentClient - call failed\ncom.acme.billing.UpstreamException: 401 Unauthorized with ").append(snip)
          .append("\n\tat com.acme.billing.PaymentClient.charge(PaymentClient.java:").append(r.nextInt(300)).append(")\n\tat com.acme.billing.Worker.run(Worker.java:88)\n\tat java.base/java.lang.Thread.run(Thread.java:840)\n");
    } else {
      a.append("Traceback (most recent call last):\n  File \"/app/worker.py\", line ").append(r.nextInt(300)).append(", in run\n    client.charge(order)\n  File \"/app/client.py\", line 41, in charge\n    raise AuthError(f\"rejected: {cfg}\")\nclient.AuthError: rejected: ")
          .append(snip).append('\n');
    }
    StringBuilder b = new StringBuilder();
    grow(b, target / 2, () -> logLine(r));
    return a + b.toString();
  }

  static String sqlCsv(Random r, Snip s, int target) {
    StringBuilder a = new StringBuilder();
    if (r.nextBoolean()) {
      a.append("-- dump of acme_prod, pg_dump 16.4\nSET statement_timeout = 0;\n");
      grow(a, target / 2, () -> "INSERT INTO orders (id, customer_id, total, created_at) VALUES (" + r.nextInt(999999) + ", '" + uuid(r) + "', " + r.nextInt(9999) + "."
          + r.nextInt(99) + ", '" + date(r) + "');");
      a.append(s.raw() ? "INSERT INTO keys (name, pem) VALUES ('deploy', '" + s.value() + "');" : assign("sql", r, "en", s.var(), s.value())).append('\n');
      StringBuilder b = new StringBuilder();
      grow(b, target / 2, () -> "INSERT INTO events (id, kind, payload_sha) VALUES (" + r.nextInt(999999) + ", 'sync', '" + rand(r, HEX, 40) + "');");
      return a + b.toString();
    }
    a.append("name,value,env,updated\n");
    grow(a, target / 2, () -> pick(r, "log_level,info,prod,", "port,8080,prod,", "region,eu-west-1,prod,", "replicas," + r.nextInt(9) + ",prod,") + date(r));
    a.append(s.raw() ? "key,\"" + s.value() + "\",prod," + date(r) : assign("csv", r, "en", s.var(), s.value())).append('\n');
    StringBuilder b = new StringBuilder();
    grow(b, target / 2, () -> "build_sha," + rand(r, HEX, 40) + ",prod," + date(r));
    return a + b.toString();
  }

  static String toolCall(Random r, String lang, Snip s, int target) {
    StringBuilder content = new StringBuilder();
    String file = pick(r, ".env.production", "config/app.yaml", "settings.py");
    String style = file.endsWith(".yaml") ? "yaml" : file.endsWith(".py") ? "py" : "env";
    grow(content, target / 3, () -> style.equals("yaml") ? "feature_" + rand(r, LO, 5) + ": true" : style.equals("py") ? codeLine(r, "py") : "FLAG_" + rand(r, UP, 5) + "=1");
    content.append(emb(r, lang, s, style)).append('\n');
    grow(content, target * 2 / 3, () -> style.equals("yaml") ? "timeout_" + rand(r, LO, 4) + ": " + r.nextInt(90) : style.equals("py") ? codeLine(r, "py") : "WORKERS=" + r.nextInt(9));
    return prose(r, lang, 2) + "\n\n{\"type\":\"tool_use\",\"id\":\"toolu_" + rand(r, ALNUM, 24) + "\",\"name\":\"write_file\",\"input\":{\"path\":\"" + file
        + "\",\"content\":\"" + jsonEscape(content.toString()) + "\"}}\n\n" + prose(r, lang, 1) + "\n";
  }

  static String commit(Random r, String lang, Snip s, int target) {
    StringBuilder a = new StringBuilder("commit " + rand(r, HEX, 40) + "\nAuthor: Dev Bot <bot@acme.dev>\nDate:   Mon Nov 30 " + r.nextInt(24) + ":12:03 2026 +0100\n\n    "
        + pick(r, "Wire billing client to new provider", "Move config to env", "Fix flaky deploy") + "\n\n    " + prose(r, lang, 2) + "\n\n");
    grow(a, target / 2, () -> "diff --git a/src/util" + r.nextInt(9) + ".js b/src/util" + r.nextInt(9) + ".js\nindex " + rand(r, HEX, 7) + ".." + rand(r, HEX, 7)
        + " 100644\n@@ -1,3 +1,4 @@\n" + prefix(codeBlock(r, "js", 3), " ") + "\n+" + codeLine(r, "js"));
    String snip = emb(r, lang, s, "env", "yaml", "py", "js");
    a.append("diff --git a/.env.example b/.env.example\nindex ").append(rand(r, HEX, 7)).append("..").append(rand(r, HEX, 7))
        .append(" 100644\n--- a/.env.example\n+++ b/.env.example\n@@ -3,2 +3,3 @@\n PORT=8080\n").append(prefix(snip, "+")).append('\n');
    StringBuilder b = new StringBuilder();
    grow(b, target / 2, () -> "diff --git a/README.md b/README.md\n@@ -10,1 +10,1 @@\n-" + prose(r, "en", 1) + "\n+" + prose(r, lang, 1));
    return a + b.toString();
  }
}
