package io.moltr.core.scan;

import static io.moltr.core.scan.Blind9Util.digits;
import static io.moltr.core.scan.Blind9Util.hex;
import static io.moltr.core.scan.Blind9Util.jsonEscape;
import static io.moltr.core.scan.Blind9Util.one;

import io.moltr.core.scan.Blind9Secrets.Secret;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/** Realistic agent outputs that carry a credential in plain sight. */
final class Blind9Contexts {
  record Context(String name, BiFunction<Secret, Random, String> render) {}

  private Blind9Contexts() {}

  static String ts(Random r) {
    return String.format("2026-%02d-%02dT%02d:%02d:%02d.%03dZ", 1 + r.nextInt(11), 1 + r.nextInt(28),
        r.nextInt(24), r.nextInt(60), r.nextInt(60), r.nextInt(1000));
  }

  static String lower(String name) {
    return name.toLowerCase().replace('.', '_').replace('/', '_').replace(':', '_');
  }

  static void each(Secret s, java.util.function.BiConsumer<String, String> f) {
    for (Map.Entry<String, String> e : s.vars().entrySet()) {
      f.accept(e.getKey(), e.getValue());
    }
  }

  static List<Context> lineContexts() {
    return List.of(
        new Context("chat_env", Blind9Contexts::chatEnv),
        new Context("shell_export", Blind9Contexts::shellExport),
        new Context("stack_trace", Blind9Contexts::stackTrace),
        new Context("ci_log", Blind9Contexts::ciLog),
        new Context("json_api", Blind9Contexts::jsonApi),
        new Context("yaml_config", Blind9Contexts::yaml),
        new Context("toml_config", Blind9Contexts::toml),
        new Context("ini_config", Blind9Contexts::ini),
        new Context("dockerfile", Blind9Contexts::dockerfile),
        new Context("terraform", Blind9Contexts::terraform),
        new Context("jupyter", Blind9Contexts::jupyter),
        new Context("sql_dump", Blind9Contexts::sqlDump),
        new Context("git_diff", Blind9Contexts::gitDiff),
        new Context("markdown_table", Blind9Contexts::markdownTable),
        new Context("curl", Blind9Contexts::curl),
        new Context("http_headers", Blind9Contexts::httpHeaders),
        new Context("email", Blind9Contexts::email),
        new Context("python_code", Blind9Contexts::python),
        new Context("k8s_env", Blind9Contexts::k8sEnv),
        new Context("json_log", Blind9Contexts::jsonLog));
  }

  static List<Context> blockContexts() {
    return List.of(
        new Context("chat_block", Blind9Contexts::chatBlock),
        new Context("shell_cat", Blind9Contexts::shellCat),
        new Context("git_diff_block", Blind9Contexts::gitDiffBlock),
        new Context("json_escaped_block", Blind9Contexts::jsonBlock),
        new Context("yaml_literal_block", Blind9Contexts::yamlBlock),
        new Context("python_triple_quoted", Blind9Contexts::pythonBlock));
  }

  static String chatEnv(Secret s, Random r) {
    return one(r, "Sure! ", "Done. ", "Here you go. ") + "This is the `.env` I generated for the "
        + one(r, "staging", "production", "preview") + " deploy of the "
        + one(r, "billing", "orders", "notifier") + " service:\n\n```dotenv\nNODE_ENV=production\nPORT="
        + (3000 + r.nextInt(5000)) + "\n" + s.envLines() + "\nLOG_LEVEL=info\n```\n\n"
        + "Restart the container after saving so the new values are picked up.";
  }

  static String shellExport(Secret s, Random r) {
    StringBuilder sb = new StringBuilder("$ cd ~/src/" + one(r, "infra", "api", "worker") + "\n");
    each(s, (k, v) -> sb.append("$ export ").append(k.replaceAll("[^A-Za-z0-9_]", "_")).append("='").append(v)
        .append("'\n"));
    sb.append("$ ./scripts/deploy.sh --env prod\n[deploy] building image... done (").append(12 + r.nextInt(40))
        .append("s)\n[deploy] rollout complete\n");
    return sb.toString();
  }

  static String stackTrace(Secret s, Random r) {
    return "Exception in thread \"main\" java.lang.IllegalStateException: upstream rejected credentials ("
        + s.firstName() + "=" + s.firstValue() + (s.vars().size() > 1 ? ", " + lastName(s) + "=" + lastValue(s) : "")
        + ")\n\tat com.acme.client.AuthInterceptor.intercept(AuthInterceptor.java:" + (40 + r.nextInt(90)) + ")\n"
        + "\tat okhttp3.internal.http.RealInterceptorChain.proceed(RealInterceptorChain.kt:109)\n"
        + "\tat com.acme.jobs.SyncJob.run(SyncJob.java:" + (20 + r.nextInt(60)) + ")\n"
        + "\tat java.base/java.lang.Thread.run(Thread.java:833)\n";
  }

  static String lastName(Secret s) {
    String last = null;
    for (String k : s.vars().keySet()) {
      last = k;
    }
    return last;
  }

  static String lastValue(Secret s) {
    return s.vars().get(lastName(s));
  }

  static String ciLog(Secret s, Random r) {
    StringBuilder sb = new StringBuilder();
    sb.append(ts(r)).append(" ##[group]Run ./ci/publish.sh\n");
    sb.append(ts(r)).append(" ./ci/publish.sh\n");
    sb.append(ts(r)).append(" shell: /usr/bin/bash -e {0}\n");
    sb.append(ts(r)).append(" env:\n");
    each(s, (k, v) -> sb.append(ts(r)).append("   ").append(k).append(": ").append(v).append('\n'));
    sb.append(ts(r)).append(" ##[endgroup]\n");
    sb.append(ts(r)).append(" Publishing artifact build-").append(digits(r, 4)).append(" ... ok\n");
    return sb.toString();
  }

  static String jsonApi(Secret s, Random r) {
    StringBuilder sb = new StringBuilder("{\n  \"id\": \"cfg_" + hex(r, 12) + "\",\n  \"status\": \"active\",\n"
        + "  \"settings\": {\n");
    int[] i = {0};
    each(s, (k, v) -> {
      sb.append(i[0]++ > 0 ? ",\n" : "").append("    \"").append(lower(k)).append("\": \"").append(jsonEscape(v))
          .append('"');
    });
    sb.append("\n  },\n  \"updated_at\": \"").append(ts(r)).append("\"\n}");
    return "Response from GET /api/v2/integrations/" + digits(r, 5) + ":\n```json\n" + sb + "\n```";
  }

  static String yaml(Secret s, Random r) {
    StringBuilder sb = new StringBuilder("app:\n  name: " + one(r, "checkout", "reports", "ingest") + "\n"
        + "  replicas: " + (1 + r.nextInt(5)) + "\ncredentials:\n");
    each(s, (k, v) -> sb.append("  ").append(lower(k)).append(": \"").append(v).append("\"\n"));
    return "Here's the merged `config/values.yaml`:\n\n```yaml\n" + sb + "```";
  }

  static String toml(Secret s, Random r) {
    StringBuilder sb = new StringBuilder("[server]\nhost = \"0.0.0.0\"\nport = " + (8000 + r.nextInt(100))
        + "\n\n[secrets]\n");
    each(s, (k, v) -> sb.append(lower(k)).append(" = \"").append(v.replace("\\", "\\\\")).append("\"\n"));
    return "```toml\n# config.toml\n" + sb + "```";
  }

  static String ini(Secret s, Random r) {
    StringBuilder sb = new StringBuilder("[" + one(r, "default", "production", "profile ci") + "]\nregion = "
        + one(r, "us-east-1", "eu-west-1") + "\n");
    each(s, (k, v) -> sb.append(lower(k)).append(" = ").append(v).append('\n'));
    return "$ cat ~/.config/acme/credentials\n" + sb;
  }

  static String dockerfile(Secret s, Random r) {
    StringBuilder sb = new StringBuilder("FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\n"
        + "RUN pip install --no-cache-dir -r requirements.txt\n");
    each(s, (k, v) -> sb.append("ENV ").append(k.replaceAll("[^A-Za-z0-9_]", "_")).append("=\"").append(v)
        .append("\"\n"));
    sb.append("COPY . .\nCMD [\"gunicorn\", \"app:app\", \"-b\", \"0.0.0.0:8080\"]\n");
    return "I updated the Dockerfile so the worker can start without the secret mount:\n\n```dockerfile\n" + sb + "```";
  }

  static String terraform(Secret s, Random r) {
    StringBuilder sb = new StringBuilder("resource \"aws_ssm_parameter\" \"app\" {\n");
    each(s, (k, v) -> sb.append("  # ").append(k).append("\n  ").append(lower(k)).append(" = \"").append(v)
        .append("\"\n"));
    sb.append("  tags = { team = \"").append(one(r, "platform", "data", "growth")).append("\" }\n}\n");
    return "```hcl\n" + sb + "```\n`terraform plan` shows 1 to add, 0 to change, 0 to destroy.";
  }

  static String jupyter(Secret s, Random r) {
    StringBuilder sb = new StringBuilder("In [" + (3 + r.nextInt(20)) + "]: import os, requests\n");
    each(s, (k, v) -> sb.append("   ...: os.environ['").append(k).append("'] = '").append(v).append("'\n"));
    sb.append("   ...: resp = requests.get(BASE + '/health')\n   ...: resp.status_code\nOut[")
        .append(4 + r.nextInt(20)).append("]: 200\n");
    return sb.toString();
  }

  static String sqlDump(Secret s, Random r) {
    StringBuilder sb = new StringBuilder("-- MySQL dump 10.13  Distrib 8.0.36\n--\n-- Dumping data for table `"
        + one(r, "integrations", "customers", "app_settings") + "`\n--\n\nLOCK TABLES `t` WRITE;\n");
    int id = 1 + r.nextInt(900);
    for (Map.Entry<String, String> e : s.vars().entrySet()) {
      sb.append("INSERT INTO `t` VALUES (").append(id++).append(",'").append(lower(e.getKey())).append("','")
          .append(e.getValue().replace("'", "''")).append("','").append(ts(r)).append("');\n");
    }
    sb.append("UNLOCK TABLES;\n");
    return sb.toString();
  }

  static String gitDiff(Secret s, Random r) {
    StringBuilder sb = new StringBuilder("diff --git a/.env.production b/.env.production\nindex "
        + hex(r, 7) + ".." + hex(r, 7) + " 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,4 +3,"
        + (4 + s.vars().size()) + " @@ APP_NAME=shop\n REGION=eu-central-1\n");
    each(s, (k, v) -> sb.append('+').append(k).append('=').append(v).append('\n'));
    sb.append(" FEATURE_FLAGS=checkout_v2\n");
    return "Committed as " + hex(r, 7) + ":\n\n```diff\n" + sb + "```";
  }

  static String markdownTable(Secret s, Random r) {
    StringBuilder sb = new StringBuilder("| Variable | Value | Notes |\n|---|---|---|\n");
    each(s, (k, v) -> sb.append("| `").append(k).append("` | `").append(v).append("` | set in ")
        .append(one(r, "Vercel", "Render", "Fly.io")).append(" |\n"));
    return "These are the values currently configured:\n\n" + sb + "\nLet me know if you want them rotated.";
  }

  static String curl(Secret s, Random r) {
    String host = one(r, "api.acme.io", "internal-gw.example.net", "hooks.partner.com");
    if (s.vars().size() > 1) {
      return "$ curl -s -u '" + s.firstValue() + ":" + lastValue(s) + "' https://" + host + "/v1/accounts | jq .\n"
          + "{\n  \"accounts\": []\n}";
    }
    String v = s.firstValue();
    String header = v.startsWith("Basic ") ? "Authorization: " + v : "Authorization: Bearer " + v;
    return "You can reproduce it with:\n\n```bash\ncurl -X POST https://" + host + "/v2/jobs \\\n  -H '" + header
        + "' \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"name\": \"nightly\"}'\n```";
  }

  static String httpHeaders(Secret s, Random r) {
    StringBuilder sb = new StringBuilder("> POST /v1/" + one(r, "messages", "events", "charges") + " HTTP/1.1\n"
        + "> Host: api.example.com\n> User-Agent: python-requests/2.32.3\n");
    each(s, (k, v) -> {
      if (v.startsWith("Basic ")) {
        sb.append("> Authorization: ").append(v).append('\n');
      } else {
        sb.append("> X-").append(k.replace('_', '-').replaceAll("[^A-Za-z0-9-]", "")).append(": ").append(v)
            .append('\n');
      }
    });
    sb.append("> Content-Length: ").append(50 + r.nextInt(400)).append("\n>\n< HTTP/1.1 401 Unauthorized\n");
    return sb.toString();
  }

  static String email(Secret s, Random r) {
    StringBuilder sb = new StringBuilder("From: " + one(r, "ops", "finance", "it-support") + "@acme-corp.com\n"
        + "To: " + one(r, "dana", "li.wei", "marco") + "@acme-corp.com\nSubject: "
        + one(r, "access for the new vendor", "details you asked for", "re: onboarding") + "\n\nHi,\n\n"
        + "As requested, here are the details:\n\n");
    each(s, (k, v) -> sb.append("  ").append(k.replace('_', ' ')).append(": ").append(v).append('\n'));
    sb.append("\nPlease don't forward this email.\n\nThanks,\nOps\n");
    return "Draft ready:\n\n" + sb;
  }

  static String python(Secret s, Random r) {
    StringBuilder sb = new StringBuilder("import httpx\n\n");
    each(s, (k, v) -> sb.append(k.toUpperCase().replaceAll("[^A-Z0-9_]", "_")).append(" = \"")
        .append(v.replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n"));
    sb.append("\nclient = httpx.Client(base_url=\"https://api.").append(one(r, "vendor", "partner"))
        .append(".com\", timeout=10)\n");
    return "Here's a minimal script that works:\n\n```python\n" + sb + "```";
  }

  static String k8sEnv(Secret s, Random r) {
    StringBuilder sb = new StringBuilder("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: "
        + one(r, "api", "worker", "cron") + "\nspec:\n  template:\n    spec:\n      containers:\n"
        + "        - name: app\n          image: ghcr.io/acme/app:1." + r.nextInt(40) + ".0\n          env:\n");
    each(s, (k, v) -> sb.append("            - name: ").append(k.replaceAll("[^A-Za-z0-9_]", "_"))
        .append("\n              value: \"").append(v).append("\"\n"));
    return sb.toString();
  }

  static String jsonLog(Secret s, Random r) {
    StringBuilder sb = new StringBuilder("{\"ts\":\"" + ts(r) + "\",\"level\":\"debug\",\"msg\":\"loaded settings\"");
    each(s, (k, v) -> sb.append(",\"").append(lower(k)).append("\":\"").append(jsonEscape(v)).append('"'));
    sb.append(",\"pid\":").append(1000 + r.nextInt(30000)).append("}");
    return "{\"ts\":\"" + ts(r) + "\",\"level\":\"info\",\"msg\":\"starting\"}\n" + sb + "\n";
  }

  // ---- block contexts ----------------------------------------------------------------------

  static String chatBlock(Secret s, Random r) {
    return "I found the file `" + s.firstName() + "` in the repo; its contents are:\n\n```\n" + s.firstValue()
        + "\n```\n\nYou should move it out of version control.";
  }

  static String shellCat(Secret s, Random r) {
    return "$ ls -la secrets/\ntotal 12\n-rw------- 1 app app " + (300 + r.nextInt(3000)) + " Nov 2 10:11 "
        + s.firstName() + "\n$ cat secrets/" + s.firstName() + "\n" + s.firstValue() + "\n$ ";
  }

  static String gitDiffBlock(Secret s, Random r) {
    StringBuilder sb = new StringBuilder("diff --git a/deploy/" + s.firstName() + " b/deploy/" + s.firstName()
        + "\nnew file mode 100644\nindex 0000000.." + hex(r, 7) + "\n--- /dev/null\n+++ b/deploy/" + s.firstName()
        + "\n@@ -0,0 +1," + s.firstValue().split("\n").length + " @@\n");
    for (String line : s.firstValue().split("\n")) {
      sb.append('+').append(line).append('\n');
    }
    return sb.toString();
  }

  static String jsonBlock(Secret s, Random r) {
    return "{\"tool\":\"read_file\",\"path\":\"deploy/" + s.firstName() + "\",\"content\":\""
        + jsonEscape(s.firstValue()) + "\",\"bytes\":" + s.firstValue().length() + "}";
  }

  static String yamlBlock(Secret s, Random r) {
    StringBuilder sb = new StringBuilder("files:\n  - path: /etc/app/" + s.firstName() + "\n    mode: \"0600\"\n"
        + "    content: |\n");
    for (String line : s.firstValue().split("\n")) {
      sb.append("      ").append(line).append('\n');
    }
    return "cloud-init user-data:\n```yaml\n#cloud-config\n" + sb + "```";
  }

  static String pythonBlock(Secret s, Random r) {
    return "```python\n" + lower(s.firstName()).toUpperCase() + " = \"\"\"" + s.firstValue()
        + "\"\"\"\n\nwith open('/tmp/" + s.firstName() + "', 'w') as fh:\n    fh.write(" + lower(s.firstName()).toUpperCase()
        + ")\n```";
  }
}
