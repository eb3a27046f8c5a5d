package io.moltr.core.scan;

import io.moltr.core.scan.Blind30Secrets.Cat;
import io.moltr.core.scan.Blind30Secrets.Sec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Code shapes that hold a credential in plain sight, as a coding agent writes or shows them. */
final class Blind30Plain {
  record Ctx(String name, Cat cat, BiFunction<Sec, Blind30Util, String> f) {}

  static final List<Ctx> CTX = new ArrayList<>();

  private static void c(String name, Cat cat, BiFunction<Sec, Blind30Util, String> f) {
    CTX.add(new Ctx(name, cat, f));
  }

  static String host(Blind30Util u) {
    return u.pick("api.acme-corp.io", "payments.internal", "hooks.example-shop.com", "svc.staging.lan");
  }

  static {
    // ---------- TOKEN ----------
    c("py-assign", Cat.TOKEN, (s, u) -> "import requests\n\n" + s.var() + " = \"" + s.value() + "\"\nBASE_URL = \"https://"
        + host(u) + "/v2\"\n\n\ndef fetch(path):\n    headers = {\"Authorization\": f\"Bearer {" + s.var() + "}\"}\n"
        + "    return requests.get(BASE_URL + path, headers=headers, timeout=10).json()\n");
    c("py-kwarg", Cat.TOKEN, (s, u) -> "from " + u.pick("acme_sdk", "vendor_client", "integrations.client") + " import Client\n\n"
        + "client = Client(\n    " + u.pick("api_key", "token", "secret", "auth_token") + "=\"" + s.value() + "\",\n    region=\""
        + u.pick("eu-west-1", "us-east-2") + "\",\n    retries=3,\n)\nresult = client." + u.pick("list_items", "ping", "sync")
        + "()\nprint(result)\n");
    c("py-dict", Cat.TOKEN, (s, u) -> "SETTINGS = {\n    \"debug\": False,\n    \"timeout\": " + (5 + u.i(50)) + ",\n    \""
        + s.var().toLowerCase() + "\": \"" + s.value() + "\",\n    \"log_level\": \"INFO\",\n}\n");
    c("py-headers", Cat.TOKEN, (s, u) -> "resp = httpx.post(\n    \"https://" + host(u) + "/v1/events\",\n    headers={\"X-Api-Key\": \""
        + s.value() + "\", \"Content-Type\": \"application/json\"},\n    json=payload,\n)\nresp.raise_for_status()\n");
    c("js-const", Cat.TOKEN, (s, u) -> "const axios = require('axios');\n\nconst " + Blind30Util.camel(s.var()) + " = '" + s.value()
        + "';\n\nmodule.exports = async function call(path) {\n  const res = await axios.get(`https://" + host(u)
        + "${path}`, {\n    headers: { Authorization: `Bearer ${" + Blind30Util.camel(s.var()) + "}` },\n  });\n  return res.data;\n};\n");
    c("ts-object", Cat.TOKEN, (s, u) -> "import type { AppConfig } from './types';\n\nexport const config: AppConfig = {\n  baseUrl: 'https://"
        + host(u) + "',\n  " + Blind30Util.camel(s.var()) + ": \"" + s.value() + "\",\n  retries: 2,\n};\n");
    c("js-fetch", Cat.TOKEN, (s, u) -> "export async function load() {\n  const res = await fetch('https://" + host(u)
        + "/v1/me', {\n    headers: { 'Authorization': 'Bearer " + s.value() + "' },\n  });\n  return res.json();\n}\n");
    c("go-const", Cat.TOKEN, (s, u) -> "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\nconst " + Blind30Util.camel(s.var())
        + " = \"" + s.value() + "\"\n\nfunc main() {\n\treq, _ := http.NewRequest(\"GET\", \"https://" + host(u) + "/status\", nil)\n"
        + "\treq.Header.Set(\"Authorization\", \"Bearer \"+" + Blind30Util.camel(s.var()) + ")\n\tfmt.Println(req.URL)\n}\n");
    c("go-struct", Cat.TOKEN, (s, u) -> "cfg := client.Config{\n\tEndpoint: \"https://" + host(u) + "\",\n\tAPIKey:   \"" + s.value()
        + "\",\n\tTimeout:  30 * time.Second,\n}\nc, err := client.New(cfg)\nif err != nil {\n\tlog.Fatal(err)\n}\n");
    c("java-builder", Cat.TOKEN, (s, u) -> "ApiClient client = ApiClient.builder()\n    .endpoint(\"https://" + host(u) + "\")\n    ."
        + u.pick("apiKey", "token", "secretKey", "credentials") + "(\"" + s.value() + "\")\n    .connectTimeout(Duration.ofSeconds(5))\n    .build();\n");
    c("java-annotation", Cat.TOKEN, (s, u) -> "@Service\npublic class " + u.pick("Billing", "Notify", "Sync") + "Service {\n\n  @Value(\"${"
        + s.var().toLowerCase().replace('_', '.') + ":" + s.value() + "}\")\n  private String " + Blind30Util.camel(s.var()) + ";\n}\n");
    c("java-field", Cat.TOKEN, (s, u) -> "public final class Credentials {\n  public static final String " + s.var() + " = \"" + s.value()
        + "\";\n\n  private Credentials() {}\n}\n");
    c("kotlin", Cat.TOKEN, (s, u) -> "object ApiConfig {\n    const val BASE_URL = \"https://" + host(u) + "\"\n    private val "
        + Blind30Util.camel(s.var()) + " = \"" + s.value() + "\"\n\n    fun headers() = mapOf(\"Authorization\" to \"Bearer $"
        + Blind30Util.camel(s.var()) + "\")\n}\n");
    c("rust", Cat.TOKEN, (s, u) -> "use reqwest::Client;\n\nconst " + s.var() + ": &str = \"" + s.value() + "\";\n\n"
        + "async fn get(c: &Client) -> reqwest::Result<String> {\n    c.get(\"https://" + host(u) + "/v1\")\n        .bearer_auth("
        + s.var() + ")\n        .send().await?.text().await\n}\n");
    c("csharp-header", Cat.TOKEN, (s, u) -> "using var http = new HttpClient();\nhttp.DefaultRequestHeaders.Add(\"X-Api-Key\", \""
        + s.value() + "\");\nvar body = await http.GetStringAsync(\"https://" + host(u) + "/v3/items\");\nConsole.WriteLine(body);\n");
    c("csharp-ctor", Cat.TOKEN, (s, u) -> "var options = new ClientOptions\n{\n    " + u.pick("ApiKey", "Token", "ClientSecret")
        + " = \"" + s.value() + "\",\n    Region = \"westeurope\"\n};\nvar client = new VendorClient(options);\n");
    c("php-define", Cat.TOKEN, (s, u) -> "<?php\n\ndefine('" + s.var() + "', '" + s.value() + "');\ndefine('API_BASE', 'https://"
        + host(u) + "');\n\n$client = new \\Acme\\Client(" + s.var() + ");\n");
    c("php-array", Cat.TOKEN, (s, u) -> "<?php\n\nreturn [\n    'driver' => 'http',\n    '" + s.var().toLowerCase() + "' => '"
        + s.value() + "',\n    'timeout' => 15,\n];\n");
    c("ruby", Cat.TOKEN, (s, u) -> "Acme.configure do |config|\n  config." + s.var().toLowerCase() + " = '" + s.value()
        + "'\n  config.logger = Rails.logger\nend\n");
    c("swift", Cat.TOKEN, (s, u) -> "import Foundation\n\nenum Secrets {\n    static let " + Blind30Util.camel(s.var()) + " = \""
        + s.value() + "\"\n}\n\nvar request = URLRequest(url: URL(string: \"https://" + host(u) + "/v1\")!)\n"
        + "request.setValue(\"Bearer \\(Secrets." + Blind30Util.camel(s.var()) + ")\", forHTTPHeaderField: \"Authorization\")\n");
    c("shell-export", Cat.TOKEN, (s, u) -> "#!/usr/bin/env bash\nset -euo pipefail\n\nexport " + s.var() + "=" + s.value()
        + "\nexport APP_ENV=production\n\n./bin/deploy --region eu-central-1\n");
    c("shell-curl", Cat.TOKEN, (s, u) -> "$ curl -sS -X POST https://" + host(u) + "/v1/jobs \\\n    -H \"Authorization: Bearer "
        + s.value() + "\" \\\n    -H 'Content-Type: application/json' \\\n    -d '{\"name\":\"nightly\"}'\n{\"id\":\"job_" + u.i(99999)
        + "\",\"status\":\"queued\"}\n");
    c("sql-insert", Cat.TOKEN, (s, u) -> "-- seed the integration for staging\nINSERT INTO integrations (name, provider, "
        + s.var().toLowerCase() + ", created_at)\nVALUES ('nightly-sync', '" + s.kind() + "', '" + s.value() + "', NOW());\n");
    c("terraform", Cat.TOKEN, (s, u) -> "provider \"" + u.pick("acme", "cloudflare", "datadog", "github") + "\" {\n  "
        + u.pick("api_token", "token", "api_key") + " = \"" + s.value() + "\"\n}\n\nresource \"acme_project\" \"main\" {\n  name = \"web\"\n}\n");
    c("gha-yaml", Cat.TOKEN, (s, u) -> "name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"
        + "    env:\n      " + s.var() + ": " + s.value() + "\n    steps:\n      - uses: actions/checkout@v4\n      - run: make deploy\n");
    c("gitlab-ci", Cat.TOKEN, (s, u) -> "variables:\n  " + s.var() + ": \"" + s.value() + "\"\n  DOCKER_DRIVER: overlay2\n\n"
        + "deploy:\n  stage: deploy\n  script:\n    - ./scripts/release.sh\n");
    c("diff-plus", Cat.TOKEN, (s, u) -> "diff --git a/app/settings.py b/app/settings.py\nindex " + u.s(Blind30Util.HEX, 7) + ".."
        + u.s(Blind30Util.HEX, 7) + " 100644\n--- a/app/settings.py\n+++ b/app/settings.py\n@@ -12,6 +12,7 @@ DEBUG = False\n"
        + " ALLOWED_HOSTS = [\"*\"]\n TIME_ZONE = \"UTC\"\n+" + s.var() + " = \"" + s.value() + "\"\n \n LOGGING = {\n");
    c("git-show", Cat.TOKEN, (s, u) -> "commit " + u.s(Blind30Util.HEX, 40) + "\nAuthor: dev <dev@acme-corp.io>\nDate:   Mon Nov 30 14:02:11 2026 +0100\n\n"
        + "    wire up " + s.kind() + " client\n\ndiff --git a/.env.production b/.env.production\nnew file mode 100644\n--- /dev/null\n"
        + "+++ b/.env.production\n@@ -0,0 +1,2 @@\n+APP_ENV=production\n+" + s.var() + "=" + s.value() + "\n");
    c("test-fixture", Cat.TOKEN, (s, u) -> "import pytest\n\n\n@pytest.fixture\ndef test_live_key():\n    return \"" + s.value()
        + "\"\n\n\ndef test_client_auth(test_live_key):\n    c = Client(test_live_key)\n    assert c.ping()\n");
    c("dotenv", Cat.TOKEN, (s, u) -> "# .env\nNODE_ENV=production\nPORT=" + (3000 + u.i(100)) + "\n" + s.var() + "=" + s.value()
        + "\nLOG_LEVEL=info\n");
    c("yaml-config", Cat.TOKEN, (s, u) -> "server:\n  port: 8080\nintegrations:\n  " + s.kind() + ":\n    enabled: true\n    "
        + u.pick("api_key", "token", "secret") + ": \"" + s.value() + "\"\n");
    c("json-config", Cat.TOKEN, (s, u) -> "{\n  \"name\": \"worker\",\n  \"" + Blind30Util.camel(s.var()) + "\": \"" + s.value()
        + "\",\n  \"concurrency\": " + (1 + u.i(8)) + "\n}\n");
    c("notebook", Cat.TOKEN, (s, u) -> "{\n \"cell_type\": \"code\",\n \"execution_count\": " + (1 + u.i(30))
        + ",\n \"metadata\": {},\n \"source\": [\n  \"import os\\n\",\n  \"os.environ[\\\"" + s.var() + "\\\"] = \\\"" + s.value()
        + "\\\"\\n\"\n ],\n \"outputs\": []\n}\n");
    c("docker-compose", Cat.TOKEN, (s, u) -> "services:\n  api:\n    image: acme/api:1." + u.i(20) + "\n    environment:\n      - "
        + s.var() + "=" + s.value() + "\n      - PORT=8080\n");
    c("dockerfile", Cat.TOKEN, (s, u) -> "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nENV " + s.var() + "=" + s.value()
        + "\nRUN pip install -r requirements.txt\nCMD [\"python\", \"main.py\"]\n");
    c("k8s-env", Cat.TOKEN, (s, u) -> "      containers:\n        - name: api\n          image: acme/api:2.3\n          env:\n"
        + "            - name: " + s.var() + "\n              value: \"" + s.value() + "\"\n");
    c("toml", Cat.TOKEN, (s, u) -> "[service]\nname = \"worker\"\n\n[service.auth]\n" + s.var().toLowerCase() + " = \"" + s.value() + "\"\n");
    c("tool-call", Cat.TOKEN, (s, u) -> "{\"tool\":\"write_file\",\"arguments\":{\"path\":\"src/config.js\",\"content\":\"export const "
        + Blind30Util.camel(s.var()) + " = \\\"" + s.value() + "\\\";\\nexport const region = \\\"eu\\\";\\n\"}}");

    // ---------- URL ----------
    c("py-engine", Cat.URL, (s, u) -> "from sqlalchemy import create_engine\n\nengine = create_engine(\"" + s.value()
        + "\", pool_pre_ping=True)\n");
    c("js-connect", Cat.URL, (s, u) -> "const client = createClient({\n  url: '" + s.value() + "',\n});\nawait client.connect();\n");
    c("go-open", Cat.URL, (s, u) -> "dsn := \"" + s.value() + "\"\nconn, err := open(ctx, dsn)\nif err != nil {\n\treturn err\n}\n");
    c("dotenv-url", Cat.URL, (s, u) -> "APP_ENV=staging\n" + s.var() + "=" + s.value() + "\nWORKERS=4\n");
    c("yaml-url", Cat.URL, (s, u) -> "app:\n  name: billing\n  " + s.var().toLowerCase() + ": \"" + s.value() + "\"\n");
    c("appsettings", Cat.URL, (s, u) -> "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"ConnectionStrings\": {\n"
        + "    \"Default\": \"" + s.value() + "\"\n  }\n}\n");
    c("spring-props", Cat.URL, (s, u) -> "spring.application.name=orders\n" + s.var().toLowerCase().replace('_', '.') + "=" + s.value()
        + "\nserver.port=8081\n");
    c("diff-url", Cat.URL, (s, u) -> "--- a/docker-compose.yml\n+++ b/docker-compose.yml\n@@ -8,3 +8,4 @@ services:\n     environment:\n"
        + "       - TZ=UTC\n+      - " + s.var() + "=" + s.value() + "\n");
    c("rust-url", Cat.URL, (s, u) -> "let pool = PgPoolOptions::new()\n    .max_connections(5)\n    .connect(\"" + s.value()
        + "\")\n    .await?;\n");
    c("csharp-url", Cat.URL, (s, u) -> "builder.Services.AddSingleton(new ServiceConfig(\"" + s.value() + "\"));\n");

    // ---------- BLOCK ----------
    c("py-triple", Cat.BLOCK, (s, u) -> "SIGNING_KEY = \"\"\"" + s.value() + "\"\"\"\n\ndef sign(data: bytes) -> bytes:\n"
        + "    key = load_pem_private_key(SIGNING_KEY.encode(), password=None)\n    return key.sign(data)\n");
    c("terminal-cat", Cat.BLOCK, (s, u) -> "agent@build-" + u.i(9) + ":~/deploy$ cat keys/" + u.pick("deploy_key", "id_ed25519", "release.asc", "server.ppk")
        + "\n" + s.value() + "\nagent@build:~/deploy$ \n");
    c("diff-newfile", Cat.BLOCK, (s, u) -> "diff --git a/certs/dev.key b/certs/dev.key\nnew file mode 100600\n--- /dev/null\n+++ b/certs/dev.key\n"
        + "@@ -0,0 +1 @@\n+" + s.value().replace("\n", "\n+") + "\n");
    c("k8s-stringdata", Cat.BLOCK, (s, u) -> "apiVersion: v1\nkind: Secret\nmetadata:\n  name: deploy-key\ntype: Opaque\nstringData:\n  key.pem: |\n    "
        + s.value().replace("\n", "\n    ") + "\n");
    c("sa-json", Cat.BLOCK, (s, u) -> "{\n  \"type\": \"service_account\",\n  \"project_id\": \"acme-prod-" + u.i(999) + "\",\n  \"private_key_id\": \""
        + u.s(Blind30Util.HEX, 40) + "\",\n  \"private_key\": \"" + s.value().replace("\n", "\\n") + "\\n\",\n  \"client_email\": \"ci@acme-prod.iam.gserviceaccount.com\"\n}\n");

    // ---------- PII ----------
    c("py-fixture", Cat.PII, (s, u) -> "CUSTOMER = {\n    \"name\": \"Jana Novak\",\n    \"" + s.var().toLowerCase() + "\": \"" + s.value()
        + "\",\n    \"country\": \"" + u.pick("DE", "NL", "FR", "ES") + "\",\n}\n");
    c("sql-pii", Cat.PII, (s, u) -> "INSERT INTO customers (id, full_name, " + s.var().toLowerCase() + ")\nVALUES (" + u.i(9999)
        + ", 'Marek Wojcik', '" + s.value() + "');\n");
    c("csv", Cat.PII, (s, u) -> "id,name," + s.var().toLowerCase() + ",city\n" + u.i(999) + ",Lea Berger," + s.value() + ",Graz\n"
        + u.i(999) + ",Tom Ruiz,,Madrid\n");
    c("json-pii", Cat.PII, (s, u) -> "{\"customer\":{\"name\":\"Ana Silva\",\"" + Blind30Util.camel(s.var()) + "\":\"" + s.value()
        + "\"},\"amount\":" + u.i(900) + ".00}");
    c("log-pii", Cat.PII, (s, u) -> "2026-11-30T10:1" + u.i(9) + ":22.481Z INFO  PaymentService - charge ok customer=4821 "
        + s.var().toLowerCase() + "=" + s.value() + " amount=49.90\n");
    c("ts-mock", Cat.PII, (s, u) -> "export const customer = {\n  id: 'cus_" + u.i(9999) + "',\n  " + Blind30Util.camel(s.var()) + ": '"
        + s.value() + "',\n};\n");
  }

  static final String[][] LEADS = {
    {"Here's the updated file:\n\n```\n", "```\n\nRun the tests again and it should pass."},
    {"I fixed the client setup. The change:\n\n```\n", "```\n"},
    {"Hier ist die angepasste Konfiguration:\n\n```\n", "```\n\nDanach den Dienst neu starten."},
    {"Voici le fichier corrigé :\n\n```\n", "```\n"},
    {"Aquí tienes el código actualizado:\n\n```\n", "```\n\nCon esto ya debería funcionar."},
    {"Done — I committed this:\n\n", "\nLet me know if you want me to push."},
  };

  static String wrap(String code, Blind30Util u) {
    if (u.i(100) < 40) {
      String[] l = LEADS[u.i(LEADS.length)];
      return l[0] + code + l[1];
    }
    return code;
  }
}
