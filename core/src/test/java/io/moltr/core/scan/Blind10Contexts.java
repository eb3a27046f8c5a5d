package io.moltr.core.scan;

import io.moltr.core.scan.Blind10Secrets.Secret;
import java.util.List;
import java.util.function.Function;

/** Agent outputs a leak can sit in: tool results, code edits, configs, transcripts. */
final class Blind10Contexts {

  record Ctx(String name, Function<Secret, String> render) {}

  static String lower(String n) {
    return n.toLowerCase();
  }

  static String camel(String n) {
    String[] parts = n.split("[_.\\-]+");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i].toLowerCase();
      if (p.isEmpty()) {
        continue;
      }
      sb.append(sb.length() == 0 ? p : Character.toUpperCase(p.charAt(0)) + p.substring(1));
    }
    return sb.toString();
  }

  static String pascal(String n) {
    String c = camel(n);
    return Character.toUpperCase(c.charAt(0)) + c.substring(1);
  }

  static String springKey(String n) {
    String[] parts = n.toLowerCase().split("[_.]+");
    if (parts.length == 1) {
      return "app." + parts[0];
    }
    StringBuilder sb = new StringBuilder("app.").append(parts[0]).append('.');
    for (int i = 1; i < parts.length; i++) {
      sb.append(i > 1 ? "-" : "").append(parts[i]);
    }
    return sb.toString();
  }

  static String header(String n) {
    return "x-" + n.toLowerCase().replace('_', '-');
  }

  static String jsonEsc(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  interface PairFn {
    String f(String name, String value);
  }

  static String each(Secret s, PairFn f) {
    StringBuilder sb = new StringBuilder();
    for (String[] p : s.pairs()) {
      sb.append(f.f(p[0], p[1]));
    }
    return sb.toString();
  }

  // ---------------- single-line contexts ----------------

  static final List<Ctx> SINGLE = List.of(
      new Ctx("helm-values", s -> "Here's the updated `values.yaml` for the billing chart — I moved the credentials under `env`:\n\n"
          + "```yaml\nreplicaCount: 2\nimage:\n  repository: ghcr.io/acme/billing\n  tag: \"1.14.2\"\nenv:\n"
          + each(s, (n, v) -> "  " + n + ": \"" + v + "\"\n") + "  LOG_LEVEL: info\nresources:\n  limits:\n    memory: 512Mi\n```\n\n"
          + "Then run `helm upgrade --install billing ./chart -f values.yaml`."),
      new Ctx("jenkinsfile", s -> "pipeline {\n  agent { label 'linux' }\n  environment {\n"
          + each(s, (n, v) -> "    " + n + " = '" + v + "'\n") + "  }\n  stages {\n    stage('Deploy') {\n"
          + "      steps {\n        sh './gradlew publish'\n      }\n    }\n  }\n}\n"),
      new Ctx("postman-collection", s -> "{\n  \"info\": {\n    \"name\": \"Partner API\",\n    \"schema\": "
          + "\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"\n  },\n  \"variable\": [\n"
          + each(s, (n, v) -> "    {\n      \"key\": \"" + camel(n) + "\",\n      \"value\": \"" + jsonEsc(v) + "\",\n      \"type\": \"string\"\n    },\n")
          + "    {\n      \"key\": \"baseUrl\",\n      \"value\": \"https://api.partner.example.net\"\n    }\n  ]\n}"),
      new Ctx("har-entry", s -> "{\"log\":{\"version\":\"1.2\",\"entries\":[{\"startedDateTime\":\"2026-02-11T09:12:44.120Z\","
          + "\"request\":{\"method\":\"POST\",\"url\":\"https://internal.acme.io/api/v2/sync\",\"httpVersion\":\"HTTP/2\","
          + "\"headers\":[{\"name\":\"accept\",\"value\":\"application/json\"},"
          + each(s, (n, v) -> "{\"name\":\"" + header(n) + "\",\"value\":\"" + jsonEsc(v) + "\"},")
          + "{\"name\":\"user-agent\",\"value\":\"Mozilla/5.0\"}]},\"response\":{\"status\":401,\"statusText\":\"\"}}]}}"),
      new Ctx("ansible-inventory", s -> "# inventories/prod/hosts.ini\n[web]\nweb01 ansible_host=10.0.3.11\nweb02 ansible_host=10.0.3.12\n\n"
          + "[web:vars]\nansible_user=deploy\n" + each(s, (n, v) -> lower(n) + "=" + v + "\n")),
      new Ctx("go-source", s -> "package config\n\nimport \"time\"\n\n// Defaults used when the environment is empty.\nconst (\n"
          + each(s, (n, v) -> "\t" + camel(n) + " = \"" + v + "\"\n") + "\tdefaultTimeout = 30 * time.Second\n)\n"),
      new Ctx("rust-source", s -> "use std::env;\n\n" + each(s, (n, v) -> "const " + n.toUpperCase().replaceAll("[^A-Z0-9]", "_") + ": &str = \"" + v + "\";\n")
          + "\nfn main() {\n    let client = Client::new();\n    println!(\"starting\");\n}\n"),
      new Ctx("csharp-appsettings", s -> "I've added the settings to `appsettings.Production.json`:\n\n```json\n{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n"
          + "  \"Integrations\": {\n" + each(s, (n, v) -> "    \"" + pascal(n) + "\": \"" + jsonEsc(v) + "\",\n")
          + "    \"TimeoutSeconds\": 30\n  }\n}\n```"),
      new Ctx("sql-migration", s -> "-- V42__seed_integration_settings.sql\nBEGIN;\n"
          + each(s, (n, v) -> "INSERT INTO app_settings (setting_key, setting_value, updated_at) VALUES ('" + lower(n) + "', '" + v + "', now());\n")
          + "COMMIT;\n"),
      new Ctx("slack-transcript", s -> "#ops-staging — exported thread\n[09:14] dana.kim: deploy to staging fails with 401 again :(\n"
          + "[09:15] moltr-agent: Found it. The worker was started with the old value. The current one in the vault is:\n"
          + each(s, (n, v) -> "[09:15] moltr-agent: `" + n + "=" + v + "`\n") + "[09:16] dana.kim: thx, restarting the worker now\n"),
      new Ctx("pytest-failure", s -> "=================================== FAILURES ===================================\n"
          + "______________________________ test_sync_invoices ______________________________\n\n"
          + "client = <TestClient base_url='http://testserver'>\n" + each(s, (n, v) -> lower(n) + " = '" + v + "'\n")
          + "\n    def test_sync_invoices(client):\n        resp = client.post(\"/sync\")\n>       assert resp.status_code == 200\n"
          + "E       assert 401 == 200\n\ntests/test_sync.py:27: AssertionError\n=========================== short test summary info ============================\n"
          + "FAILED tests/test_sync.py::test_sync_invoices - assert 401 == 200\n"),
      new Ctx("devtools-fetch", s -> "fetch(\"https://dashboard.acme.io/api/graphql\", {\n  \"headers\": {\n    \"accept\": \"*/*\",\n"
          + "    \"content-type\": \"application/json\",\n" + each(s, (n, v) -> "    \"" + header(n) + "\": \"" + jsonEsc(v) + "\",\n")
          + "    \"sec-fetch-mode\": \"cors\"\n  },\n  \"body\": \"{\\\"query\\\":\\\"{ viewer { id } }\\\"}\",\n  \"method\": \"POST\",\n  \"mode\": \"cors\"\n});"),
      new Ctx("gradle-properties", s -> "# gradle.properties\norg.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8\nandroid.useAndroidX=true\n"
          + "kotlin.code.style=official\n" + each(s, (n, v) -> camel(n) + "=" + v + "\n")),
      new Ctx("ios-plist", s -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
          + "<plist version=\"1.0\">\n<dict>\n\t<key>CFBundleIdentifier</key>\n\t<string>io.acme.field</string>\n"
          + each(s, (n, v) -> "\t<key>" + pascal(n) + "</key>\n\t<string>" + v.replace("&", "&amp;") + "</string>\n") + "</dict>\n</plist>\n"),
      new Ctx("spring-properties", s -> "# src/main/resources/application-prod.properties\nserver.port=8080\nspring.jpa.hibernate.ddl-auto=validate\n"
          + each(s, (n, v) -> springKey(n) + "=" + v + "\n") + "management.endpoints.web.exposure.include=health\n"),
      new Ctx("systemd-unit", s -> "$ systemctl cat sync-worker.service\n# /etc/systemd/system/sync-worker.service\n[Unit]\nDescription=Sync worker\nAfter=network-online.target\n\n"
          + "[Service]\nUser=sync\n" + each(s, (n, v) -> "Environment=\"" + n + "=" + v + "\"\n")
          + "ExecStart=/usr/local/bin/sync-worker --queue default\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n"),
      new Ctx("powershell", s -> "PS C:\\src\\acme> " + each(s, (n, v) -> "$env:" + n + " = \"" + v + "\"\nPS C:\\src\\acme> ")
          + "dotnet run --project .\\Worker\\\ninfo: Worker[0] Worker running at: 02/11/2026 09:31:02 +01:00\n"),
      new Ctx("ipynb", s -> "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 3,\n   \"metadata\": {},\n   \"outputs\": [],\n   \"source\": [\n"
          + "    \"import os\\n\",\n" + each(s, (n, v) -> "    \"os.environ[\\\"" + n + "\\\"] = \\\"" + jsonEsc(v).replace("\\\"", "\\\\\\\"") + "\\\"\\n\",\n")
          + "    \"client = build_client()\"\n   ]\n  }\n ],\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}"),
      new Ctx("docker-compose", s -> "services:\n  worker:\n    image: acme/worker:2.3.1\n    restart: unless-stopped\n    environment:\n"
          + each(s, (n, v) -> "      - " + n + "=" + v + "\n") + "    depends_on:\n      - redis\n"),
      new Ctx("kubectl-from-literal", s -> "Run this to recreate the secret in the `payments` namespace:\n\n```bash\nkubectl -n payments create secret generic worker-env \\\n"
          + each(s, (n, v) -> "  --from-literal=" + n + "='" + v + "' \\\n") + "  --dry-run=client -o yaml | kubectl apply -f -\n```"),
      new Ctx("heroku-config", s -> "$ heroku config -a acme-api\n=== acme-api Config Vars\nLOG_LEVEL:        info\nNODE_ENV:         production\n"
          + each(s, (n, v) -> String.format("%-17s %s%n", n + ":", v)) + "WEB_CONCURRENCY:  2\n"),
      new Ctx("python-log", s -> "2026-02-11 09:40:13,552 DEBUG [worker.settings] loaded settings: {'debug': False, "
          + each(s, (n, v) -> "'" + lower(n) + "': '" + v + "', ") + "'region': 'eu-central-1'}\n2026-02-11 09:40:13,560 INFO [worker] started\n"),
      new Ctx("nginx-conf", s -> "location /upstream/ {\n    proxy_pass https://partner.example.net/;\n    proxy_set_header Host partner.example.net;\n"
          + each(s, (n, v) -> "    proxy_set_header " + header(n).substring(0, 1).toUpperCase() + header(n).substring(1) + " \"" + v + "\";\n")
          + "    proxy_read_timeout 60s;\n}\n"),
      new Ctx("chat-inline", s -> "Done. I set the variables in the Vercel project settings (Production only):\n\n"
          + each(s, (n, v) -> "- `" + n + "` → `" + v + "`\n") + "\nRedeploy to pick them up; preview deployments keep the old values."),
      new Ctx("github-cli-secret", s -> each(s, (n, v) -> "$ gh secret set " + n + " --repo acme/platform --body \"" + v + "\"\n✓ Set Actions secret " + n + " for acme/platform\n")),
      new Ctx("csv-export", s -> "service,key_name,key_value,rotated_at\n" + each(s, (n, v) -> "worker," + lower(n) + ",\"" + v.replace("\"", "\"\"") + "\",2026-01-30\n")
          + "scheduler,log_level,info,2025-11-02\n"));

  // ---------------- multi-line contexts ----------------

  static final List<Ctx> MULTI = List.of(
      new Ctx("cat-file", s -> "$ cat ./secrets/" + s.name() + "\n" + s.value() + "\n$ ls -l ./secrets\n-rw------- 1 ci ci 1704 Feb 11 09:12 " + s.name() + "\n"),
      new Ctx("git-diff-new-file", s -> "diff --git a/deploy/" + s.name() + " b/deploy/" + s.name() + "\nnew file mode 100600\nindex 0000000..3b18e51\n--- /dev/null\n+++ b/deploy/"
          + s.name() + "\n@@ -0,0 +1," + s.value().split("\n").length + " @@\n+" + s.value().replace("\n", "\n+") + "\n"),
      new Ctx("tool-json-escaped", s -> "{\"tool_use_id\":\"toolu_01X\",\"type\":\"tool_result\",\"content\":[{\"type\":\"text\",\"text\":\""
          + jsonEsc(s.value()) + "\\n\"}],\"is_error\":false}"),
      new Ctx("helm-block", s -> "```yaml\n# values-prod.yaml\ningress:\n  enabled: true\ntls:\n  secretName: edge-tls\n  key: |\n    "
          + s.value().replace("\n", "\n    ") + "\n```"),
      new Ctx("go-raw-string", s -> "package deploy\n\n// TODO: load from vault\nvar signingKey = []byte(`" + s.value() + "`)\n"),
      new Ctx("csharp-verbatim", s -> "internal static class Keys\n{\n    public const string Pem = @\"" + s.value().replace("\"", "\"\"") + "\";\n}\n"),
      new Ctx("jenkins-writefile", s -> "stage('ssh') {\n  steps {\n    writeFile file: '" + s.name() + "', text: '''" + s.value() + "'''\n    sh 'chmod 600 " + s.name() + "'\n  }\n}\n"));

  // ---------------- native contexts ----------------

  static String awsCredentialsFile(Secret s) {
    StringBuilder sb = new StringBuilder("$ cat ~/.aws/credentials\n[default]\nregion = eu-west-1\n\n[ci-deployer]\n");
    for (String[] p : s.pairs()) {
      sb.append(p[0].toLowerCase()).append(" = ").append(p[1]).append('\n');
    }
    return sb.append("\n$ aws sts get-caller-identity --profile ci-deployer\n").toString();
  }

  static String netrc(Secret s) {
    String host = s.kind().startsWith("github") ? "github.com" : "api.heroku.com";
    return "~/.netrc (mode 600):\n\nmachine " + host + "\n  login ops@acme.io\n  password " + s.value() + "\nmachine git.heroku.com\n  login ops@acme.io\n  password " + s.value() + "\n";
  }

  static String npmrc(Secret s) {
    return "# .npmrc committed by mistake in 3f1c2e9\n@acme:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=" + s.value() + "\nalways-auth=true\n";
  }

  static String pypirc(Secret s) {
    return "[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = " + s.value() + "\n";
  }

  static String pgpass(Secret s) {
    String url = s.value();
    String pwd = url.substring(url.indexOf(':', 14) + 1, url.indexOf('@'));
    String host = url.substring(url.indexOf('@') + 1, url.indexOf(':', url.indexOf('@')));
    return "$ cat ~/.pgpass\n# hostname:port:database:username:password\n" + host + ":5432:billing:billing_app:" + pwd + "\nlocalhost:5432:*:postgres:*\n";
  }

  static String wireguard(Secret s) {
    return "$ sudo cat /etc/wireguard/wg0.conf\n[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = " + s.value()
        + "\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 0.0.0.0/0\n";
  }
}
