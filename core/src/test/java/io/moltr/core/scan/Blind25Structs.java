package io.moltr.core.scan;

import static io.moltr.core.scan.Blind25Util.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Blind25 structures an agent emits; each embeds one (field, value) pair among ordinary fields. */
final class Blind25Structs {
  interface Maker {
    String make(String field, String value, Random r);
  }

  record Struct(String name, boolean multi, Maker maker) {}

  static final List<Struct> ALL = new ArrayList<>();

  private Blind25Structs() {}

  static void st(String name, boolean multi, Maker m) {
    ALL.add(new Struct(name, multi, m));
  }

  static String low(String f) {
    return f.toLowerCase(Locale.ROOT);
  }

  static String camel(String f) {
    String[] p = low(f).split("_");
    StringBuilder sb = new StringBuilder(p[0]);
    for (int i = 1; i < p.length; i++) {
      if (!p[i].isEmpty()) {
        sb.append(Character.toUpperCase(p[i].charAt(0))).append(p[i].substring(1));
      }
    }
    return sb.toString();
  }

  static String up(String f) {
    return f.toUpperCase(Locale.ROOT);
  }

  static String svc(Random r) {
    return pick(r, "billing-api", "orders-worker", "checkout", "notifier", "etl-nightly", "search-indexer");
  }

  static String preamble(Random r) {
    return pick(r, "", "", "Here is the export you asked for:\n\n", "Done. The file now reads:\n\n",
        "Hier ist der Export:\n\n", "Aquí tienes la configuración actualizada:\n\n", "Voici le fichier généré :\n\n",
        "I wrote this to disk:\n\n");
  }

  static String yamlBlock(String field, String value) {
    return field + ": |\n" + indent(value, "  ");
  }

  static {
    st("mcp-call-d2", true, (f, v, r) -> {
      String inner = "{\n  \"service\": \"" + svc(r) + "\",\n  \"" + camel(f) + "\": " + jq(v) + ",\n  \"timeoutMs\": 3000\n}";
      return "{\"jsonrpc\":\"2.0\",\"id\":" + (1 + r.nextInt(90)) + ",\"method\":\"tools/call\",\"params\":{\"name\":\"write_file\","
          + "\"arguments\":{\"path\":\"config/app.json\",\"content\":" + jq(inner) + "}}}";
    });
    st("mcp-call-d3", true, (f, v, r) -> {
      String inner = "{\"" + camel(f) + "\":" + jq(v) + ",\"region\":\"eu-central-1\"}";
      String args = "{\"path\":\"secrets.json\",\"content\":" + jq(inner) + "}";
      return "{\"jsonrpc\":\"2.0\",\"id\":" + (1 + r.nextInt(90)) + ",\"method\":\"tools/call\",\"params\":{\"name\":\"fs.write\",\"arguments\":"
          + jq(args) + "}}";
    });
    st("mcp-result", true, (f, v, r) -> {
      String env = "# ." + svc(r) + ".env\nNODE_ENV=production\n" + up(f) + "=" + v + "\nLOG_LEVEL=info\n";
      return "{\"jsonrpc\":\"2.0\",\"id\":" + (1 + r.nextInt(90)) + ",\"result\":{\"content\":[{\"type\":\"text\",\"text\":" + jq(env)
          + "}],\"isError\":false}}";
    });
    st("openai-toolcall", true, (f, v, r) -> "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"call_" + rs(r, ALNUM, 24)
        + "\",\"type\":\"function\",\"function\":{\"name\":\"set_env\",\"arguments\":" + jq("{\"name\":\"" + up(f) + "\",\"value\":" + jq(v) + "}")
        + "}}]}");
    st("anthropic-tooluse", false, (f, v, r) -> "{\n  \"type\": \"tool_use\",\n  \"id\": \"toolu_01" + rs(r, ALNUM, 22) + "\",\n  \"name\": \"bash\",\n"
        + "  \"input\": {\"command\": " + jq("export " + up(f) + "='" + v + "' && ./scripts/deploy.sh " + svc(r)) + "}\n}");
    st("csv", true, (f, v, r) -> preamble(r) + "service,env," + low(f) + ",owner,rotated_at\n" + svc(r) + ",staging,"
        + csvCell("n/a", ',') + ",team-a,2026-10-02\n" + svc(r) + ",prod," + csvCell(v, ',') + ",team-b,2026-11-28\n"
        + svc(r) + ",dev,,team-c,2026-09-14\n");
    st("csv-doubled-quotes", false, (f, v, r) -> "ticket,summary,status\nOPS-" + (1000 + r.nextInt(8000)) + ","
        + csvCell("Rotated " + f + " to \"" + v + "\" after the incident", ',') + ",done\nOPS-" + (1000 + r.nextInt(8000))
        + ",\"Bump \"\"timeout\"\" to 30s\",open\n");
    st("csv-semicolon", true, (f, v, r) -> "sep=;\nName;Umgebung;" + f + ";Kommentar\n" + svc(r) + ";prod;" + csvCell(v, ';')
        + ";\"aus Vault kopiert; bitte rotieren\"\n" + svc(r) + ";test;;leer\n");
    st("tsv", false, (f, v, r) -> "id\tservice\t" + low(f) + "\tcreated\n" + (10 + r.nextInt(80)) + "\t" + svc(r) + "\t" + v
        + "\t2026-11-" + (10 + r.nextInt(19)) + "\n" + (10 + r.nextInt(80)) + "\t" + svc(r) + "\t-\t2026-10-01\n");
    st("md-table", false, (f, v, r) -> preamble(r) + "| Service | Variable | Value |\n|---|---|---|\n| " + svc(r) + " | `LOG_LEVEL` | `debug` |\n| "
        + svc(r) + " | `" + up(f) + "` |   " + v + "   |\n| " + svc(r) + " | `REGION` | `eu-west-1` |\n");
    st("sql-insert", false, (f, v, r) -> "INSERT INTO integration_credentials (id, provider, " + low(f) + ", created_at) VALUES\n  ("
        + (100 + r.nextInt(900)) + ", '" + svc(r) + "', '" + v.replace("'", "''") + "', '2026-11-30 22:14:05'),\n  ("
        + (100 + r.nextInt(900)) + ", 'legacy', NULL, '2025-01-01 00:00:00');");
    st("sql-copy", false, (f, v, r) -> "COPY public.app_settings (id, name, value) FROM stdin;\n" + (1 + r.nextInt(9)) + "\tlog_level\tinfo\n"
        + (10 + r.nextInt(9)) + "\t" + low(f) + "\t" + v + "\n" + (20 + r.nextInt(9)) + "\tfeature_x\ttrue\n\\.\n");
    st("yaml", false, (f, v, r) -> preamble(r) + svc(r) + ":\n  replicas: 3\n  env:\n    " + low(f) + ": \"" + v + "\"\n    log_level: info\n");
    st("yaml-block", true, (f, v, r) -> "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + svc(r) + "-config\ndata:\n"
        + indent(yamlBlock(low(f), v), "  ") + "\n  region: eu-west-1\n");
    st("yaml-folded", false, (f, v, r) -> "settings:\n  description: >\n    Values below were copied from the old\n    deployment.\n  "
        + low(f) + ": >-\n    " + v + "\n  retries: 5\n");
    st("toml", true, (f, v, r) -> "[service]\nname = \"" + svc(r) + "\"\nport = 8080\n\n[credentials]\n" + low(f) + " = "
        + (v.contains("\n") ? "\"\"\"\n" + v + "\n\"\"\"" : "\"" + v + "\"") + "\n");
    st("ini", false, (f, v, r) -> "; generated by setup.sh\n[general]\nname = " + svc(r) + "\n\n[auth]\n" + low(f) + " = " + v + "\ntimeout = 30\n");
    st("hcl", true, (f, v, r) -> "resource \"kubernetes_secret\" \"app\" {\n  metadata {\n    name = \"" + svc(r) + "\"\n  }\n  data = {\n    "
        + low(f) + " = " + (v.contains("\n") ? "<<EOT\n" + v + "\nEOT" : "\"" + v + "\"") + "\n  }\n}\n");
    st("xml-attr", false, (f, v, r) -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<configuration>\n  <appSettings>\n    <add key=\"Environment\" value=\"Production\" />\n"
        + "    <add key=\"" + up(f) + "\" value=\"" + xml(v) + "\" />\n  </appSettings>\n</configuration>");
    st("xml-cdata", true, (f, v, r) -> "<settings>\n  <service name=\"" + svc(r) + "\">\n    <" + camel(f) + "><![CDATA[" + v + "]]></" + camel(f)
        + ">\n    <retries>3</retries>\n  </service>\n</settings>");
    st("plist", false, (f, v, r) -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
        + "<plist version=\"1.0\">\n<dict>\n  <key>CFBundleIdentifier</key>\n  <string>com.acme.mobile</string>\n  <key>" + up(f)
        + "</key>\n  <string>" + xml(v) + "</string>\n</dict>\n</plist>");
    st("properties", false, (f, v, r) -> "# application-prod.properties\nserver.port=8443\nspring.application.name=" + svc(r) + "\napp."
        + low(f).replace('_', '.') + "=" + v + "\nmanagement.endpoints.web.exposure.include=health\n");
    st("har", false, (f, v, r) -> "{\"log\":{\"version\":\"1.2\",\"entries\":[{\"startedDateTime\":\"2026-11-30T21:04:11.532Z\",\"request\":{\"method\":\"POST\","
        + "\"url\":\"https://api." + svc(r) + ".example.com/v2/sync\",\"headers\":[{\"name\":\"Content-Type\",\"value\":\"application/json\"},"
        + "{\"name\":\"X-" + camel(f) + "\",\"value\":" + jq(v) + "}]},\"response\":{\"status\":200,\"headers\":[]},\"time\":182.4}]}}");
    st("http-req", false, (f, v, r) -> "POST /v1/jobs HTTP/1.1\nHost: api.internal.acme.io\nUser-Agent: python-requests/2.32.3\nAccept: */*\n"
        + "Content-Type: application/json\nX-" + up(f).replace('_', '-') + ": " + v + "\nContent-Length: 41\n\n{\"job\":\"reindex\",\"priority\":\"low\"}");
    st("http-resp", false, (f, v, r) -> "HTTP/1.1 201 Created\nContent-Type: application/json\nDate: Mon, 30 Nov 2026 22:01:09 GMT\n\n{\n  \"id\": "
        + (5000 + r.nextInt(4000)) + ",\n  \"" + low(f) + "\": " + jq(v) + ",\n  \"expires_in\": 3600\n}");
    st("tfstate", true, (f, v, r) -> "{\n  \"version\": 4,\n  \"terraform_version\": \"1.9.8\",\n  \"resources\": [\n    {\n      \"mode\": \"managed\",\n"
        + "      \"type\": \"random_password\",\n      \"name\": \"" + low(f) + "\",\n      \"instances\": [\n        {\n          \"attributes\": {\n"
        + "            \"id\": \"none\",\n            \"result\": " + jq(v) + ",\n            \"length\": 32\n          },\n"
        + "          \"sensitive_attributes\": []\n        }\n      ]\n    }\n  ]\n}");
    st("helm", true, (f, v, r) -> "# values-prod.yaml\nimage:\n  repository: ghcr.io/acme/" + svc(r) + "\n  tag: \"2.14.1\"\nsecrets:\n"
        + (v.contains("\n") ? indent(yamlBlock(camel(f), v), "  ") : "  " + camel(f) + ": " + v) + "\ningress:\n  enabled: true\n");
    st("ipynb", true, (f, v, r) -> {
      String[] lines = ("import os\nos.environ[\"" + up(f) + "\"] = " + (v.contains("\n") ? "\"\"\"" + v + "\"\"\"" : "\"" + v + "\"")
          + "\nclient = make_client()").split("\n");
      StringBuilder src = new StringBuilder();
      for (int i = 0; i < lines.length; i++) {
        src.append("     ").append(jq(lines[i] + (i < lines.length - 1 ? "\n" : ""))).append(i < lines.length - 1 ? ",\n" : "\n");
      }
      return "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": " + (1 + r.nextInt(20))
          + ",\n   \"metadata\": {},\n   \"outputs\": [],\n   \"source\": [\n" + src + "   ]\n  }\n ],\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}";
    });
    st("sheet", false, (f, v, r) -> "\tA\tB\tC\n1\tSystem\tKey\tValue\n2\t" + svc(r) + "\tregion\teu-west-1\n3\t" + svc(r) + "\t" + up(f)
        + "\t" + v + "\n4\t\t\t\n");
    st("logfmt", false, (f, v, r) -> "ts=2026-11-30T22:10:01Z level=info msg=\"starting worker\" svc=" + svc(r) + "\nts=2026-11-30T22:10:02Z level=debug msg=\"loaded config\" "
        + low(f) + "=" + v + " pid=" + (1000 + r.nextInt(9000)) + "\nts=2026-11-30T22:10:02Z level=info msg=ready\n");
    st("jsonl", false, (f, v, r) -> "{\"ts\":\"2026-11-30T22:11:00Z\",\"level\":\"info\",\"msg\":\"boot\"}\n{\"ts\":\"2026-11-30T22:11:01Z\",\"level\":\"debug\",\"msg\":\"env\",\""
        + low(f) + "\":" + jq(v) + "}\n{\"ts\":\"2026-11-30T22:11:01Z\",\"level\":\"info\",\"msg\":\"listening\",\"port\":8080}\n");
    st("compose", false, (f, v, r) -> "services:\n  " + svc(r) + ":\n    image: acme/app:1.4\n    environment:\n      - " + up(f) + "=" + v
        + "\n      - TZ=UTC\n    ports:\n      - \"8080:8080\"\n");
    st("gha", false, (f, v, r) -> "name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      "
        + up(f) + ": " + v + "\n    steps:\n      - uses: actions/checkout@v4\n      - run: make deploy\n");
    st("dotenv", true, (f, v, r) -> "# .env.production\nAPP_ENV=production\n" + up(f) + "=" + (v.contains("\n") ? "\"" + v + "\"" : v) + "\nPORT=3000\n");
    st("dockerfile", false, (f, v, r) -> "FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nENV " + up(f) + "=" + v + "\nRUN npm ci --omit=dev\nCMD [\"node\", \"server.js\"]\n");
    st("appsettings", true, (f, v, r) -> "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"" + camel(f) + "\": " + jq(v)
        + ",\n  \"AllowedHosts\": \"*\"\n}");
    st("systemd", false, (f, v, r) -> "[Unit]\nDescription=" + svc(r) + "\n\n[Service]\nEnvironment=\"" + up(f) + "=" + v + "\"\nExecStart=/usr/local/bin/"
        + svc(r) + "\nRestart=always\n");
    st("ansible", false, (f, v, r) -> "- hosts: web\n  vars:\n    " + low(f) + ": \"" + v + "\"\n  tasks:\n    - name: render config\n      template:\n        src: app.j2\n        dest: /etc/app.conf\n");
    st("tfvars", false, (f, v, r) -> "region      = \"eu-central-1\"\ninstance    = \"t3.medium\"\n" + low(f) + " = \"" + v + "\"\n");
    st("graphql-vars", false, (f, v, r) -> "{\n  \"query\": \"mutation Connect($input: ConnectInput!) { connect(input: $input) { id } }\",\n  \"variables\": {\"input\": {\"provider\": \""
        + svc(r) + "\", \"" + camel(f) + "\": " + jq(v) + "}}\n}");
    st("postman", false, (f, v, r) -> "{\n  \"info\": {\"name\": \"" + svc(r) + "\", \"schema\": \"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"},\n"
        + "  \"variable\": [\n    {\"key\": \"baseUrl\", \"value\": \"https://api.acme.io\"},\n    {\"key\": \"" + camel(f) + "\", \"value\": " + jq(v)
        + "}\n  ]\n}");
    st("spring-xml", false, (f, v, r) -> "<bean id=\"client\" class=\"com.acme.Client\">\n  <property name=\"endpoint\" value=\"https://api.acme.io\"/>\n  <property name=\""
        + camel(f) + "\" value=\"" + xml(v) + "\"/>\n</bean>");
    st("json-pretty", true, (f, v, r) -> preamble(r) + "```json\n{\n  \"name\": \"" + svc(r) + "\",\n  \"" + low(f) + "\": " + jq(v) + ",\n  \"enabled\": true\n}\n```");
    st("protobuf-text", false, (f, v, r) -> "config {\n  name: \"" + svc(r) + "\"\n  " + low(f) + ": \"" + v + "\"\n  max_retries: 4\n}\n");
    st("k8s-env", false, (f, v, r) -> "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: " + svc(r) + "\nspec:\n  template:\n    spec:\n      containers:\n"
        + "        - name: app\n          env:\n            - name: " + up(f) + "\n              value: \"" + v + "\"\n");
    st("sql-update", false, (f, v, r) -> "UPDATE settings SET value = '" + v.replace("'", "''") + "' WHERE name = '" + low(f) + "';  -- rotated 2026-11-30");
    st("js-object", false, (f, v, r) -> "export const config = {\n  service: '" + svc(r) + "',\n  " + camel(f) + ": '" + v + "',\n  retries: 3,\n};\n");
  }

  static Struct byName(String n) {
    for (Struct s : ALL) {
      if (s.name().equals(n)) {
        return s;
      }
    }
    throw new IllegalArgumentException(n);
  }
}
