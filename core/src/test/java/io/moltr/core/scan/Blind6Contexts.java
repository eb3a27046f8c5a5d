package io.moltr.core.scan;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Where an agent's output puts a value: config files, shell sessions, logs, code in several
 * languages, data exports and chat answers. Each context takes (variable name, value) and
 * writes the text around them; the same contexts carry the hard negatives.
 */
final class Blind6Contexts {

  record Ctx(String id, boolean multiline, BiFunction<String, String, String> render) {
    String apply(String name, String value) {
      return render.apply(name, value);
    }
  }

  private Blind6Contexts() {}

  static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  static String dotted(String name) {
    return lower(name).replace('_', '.');
  }

  static String camel(String name) {
    StringBuilder sb = new StringBuilder();
    boolean up = true;
    for (char ch : lower(name).toCharArray()) {
      if (ch == '_' || ch == '.' || ch == '-') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(ch) : ch);
        up = false;
      }
    }
    return sb.toString();
  }

  static String kebab(String name) {
    return lower(name).replace('_', '-');
  }

  /** Contexts for single-line values. */
  static final List<Ctx> LINE =
      List.of(
          new Ctx("printenv", false, (n, v) ->
              "$ printenv | sort\nHOME=/home/runner\nHOSTNAME=build-7f9c\nLANG=C.UTF-8\n" + n + "=" + v
                  + "\nPATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\nPWD=/workspace\nSHLVL=1\nTERM=xterm\n"),
          new Ctx("dotenv", false, (n, v) ->
              "# .env (local development)\nNODE_ENV=production\nPORT=8080\nLOG_LEVEL=info\n" + n + "=" + v + "\nFEATURE_FLAGS=search,v2-checkout\n"),
          new Ctx("aws-ini", false, (n, v) ->
              "$ cat ~/.aws/credentials\n[default]\nregion = eu-west-1\noutput = json\n\n[deploy]\n" + lower(n) + " = " + v + "\n"),
          new Ctx("pypirc", false, (n, v) ->
              "[distutils]\nindex-servers =\n    pypi\n    internal\n\n[internal]\nrepository = https://pypi.internal.example.com/simple/\nusername = ci-publisher\n"
                  + "password = " + v + "\n"),
          new Ctx("maven-settings", false, (n, v) ->
              "<settings>\n  <servers>\n    <server>\n      <id>releases</id>\n      <username>ci-deployer</username>\n      <password>" + v
                  + "</password>\n    </server>\n  </servers>\n</settings>\n"),
          new Ctx("npmrc", false, (n, v) ->
              "registry=https://registry.npmjs.org/\n@acme:registry=https://npm.pkg.github.com/\n//npm.pkg.github.com/:_authToken=" + v + "\nalways-auth=true\n"),
          new Ctx("properties", false, (n, v) ->
              "# application-prod.properties\nserver.port=8443\nspring.jpa.open-in-view=false\n" + dotted(n) + "=" + v + "\nmanagement.endpoints.web.exposure.include=health,info\n"),
          new Ctx("helm-values", false, (n, v) ->
              "replicaCount: 3\nimage:\n  repository: ghcr.io/acme/api\n  tag: \"2.14.1\"\nenv:\n  " + camel(n).substring(0, 1).toLowerCase(Locale.ROOT) + camel(n).substring(1) + ": \"" + v
                  + "\"\nresources:\n  limits:\n    cpu: 500m\n"),
          new Ctx("gha-log", false, (n, v) ->
              "2026-11-29T09:12:44.1021938Z ##[group]Run ./scripts/deploy.sh\n2026-11-29T09:12:44.1022510Z ./scripts/deploy.sh\n2026-11-29T09:12:44.1040190Z shell: /usr/bin/bash -e {0}\n2026-11-29T09:12:44.1040566Z env:\n2026-11-29T09:12:44.1041022Z   "
                  + n + ": " + v + "\n2026-11-29T09:12:44.1041408Z ##[endgroup]\n2026-11-29T09:12:46.5583012Z Deploying api to production...\n"),
          new Ctx("dockerfile", false, (n, v) ->
              "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nARG " + n + "=" + v + "\nENV " + n + "=${" + n
                  + "}\nCOPY . .\nCMD [\"gunicorn\", \"app:app\", \"-b\", \"0.0.0.0:8000\"]\n"),
          new Ctx("docker-run", false, (n, v) ->
              "docker run -d --name worker --restart unless-stopped \\\n  -e LOG_LEVEL=info \\\n  -e " + n + "=" + v + " \\\n  -p 9000:9000 ghcr.io/acme/worker:1.8.3\n"),
          new Ctx("shell-history", false, (n, v) ->
              " 1038  cd ~/src/billing\n 1039  git pull --rebase\n 1040  export " + n + "='" + v + "'\n 1041  make run\n 1042  history | tail\n"),
          new Ctx("python-repr", false, (n, v) ->
              ">>> print(settings)\n{'debug': False, 'region': 'us-east-1', '" + lower(n) + "': '" + v + "', 'timeout': 30, 'retries': 3}\n"),
          new Ctx("go-struct", false, (n, v) ->
              "cfg := &Config{\n\tEndpoint: \"https://api.example.com/v2\",\n\t" + camel(n) + ": \"" + v + "\",\n\tTimeout:  30 * time.Second,\n}\nclient := NewClient(cfg)\n"),
          new Ctx("rust-const", false, (n, v) ->
              "use std::time::Duration;\n\nconst " + n + ": &str = \"" + v + "\";\nconst TIMEOUT: Duration = Duration::from_secs(30);\n\nfn main() {\n    let client = Client::new(" + n + ", TIMEOUT);\n}\n"),
          new Ctx("sql-insert", false, (n, v) ->
              "INSERT INTO integration_settings (tenant_id, setting, value, updated_at)\nVALUES (4412, '" + lower(n) + "', '" + v + "', '2026-11-28 17:03:11');\n"),
          new Ctx("csv", false, (n, v) ->
              "tenant,setting,value,owner\nacme,region,eu-central-1,ops\nacme," + lower(n) + "," + v + ",ops\nacme,retention_days,30,ops\n"),
          new Ctx("markdown-table", false, (n, v) ->
              "| Variable | Value | Notes |\n|---|---|---|\n| `REGION` | `eu-west-2` | primary |\n| `" + n + "` | `" + v + "` | rotate quarterly |\n| `TIMEOUT` | `30` | seconds |\n"),
          new Ctx("chat-answer", false, (n, v) ->
              "Sure! Your service is failing because the variable is set in the wrong file. Move it into `.env` like this:\n\n```\n" + n + "=" + v
                  + "\n```\n\nThen restart the container with `docker compose up -d` and the 401 errors should stop."),
          new Ctx("git-diff", false, (n, v) ->
              "diff --git a/config/prod.env b/config/prod.env\nindex 3f1c2a9..8be41d0 100644\n--- a/config/prod.env\n+++ b/config/prod.env\n@@ -4,3 +4,4 @@ LOG_LEVEL=warn\n CACHE_TTL=300\n QUEUE=jobs\n+" + n + "=" + v + "\n WORKERS=4\n"),
          new Ctx("stack-trace", false, (n, v) ->
              "ERROR 2026-11-29 10:02:17,331 [http-nio-8080-exec-4] c.a.b.ApiClient - request failed\norg.springframework.web.client.HttpClientErrorException$Unauthorized: 401 Unauthorized\n  request: POST https://api.partner.example/v1/charges\n  headers: {Content-Type=[application/json], X-Api-Key=["
                  + v + "], User-Agent=[acme-billing/3.2]}\n\tat org.springframework.web.client.DefaultResponseErrorHandler.handleError(DefaultResponseErrorHandler.java:168)\n\tat com.acme.billing.ApiClient.charge(ApiClient.java:88)\n"),
          new Ctx("curl", false, (n, v) ->
              "You can test it quickly with curl:\n\n```bash\ncurl -sS https://api.example.com/v1/models \\\n  -H \"Authorization: Bearer " + v + "\" \\\n  -H \"Content-Type: application/json\"\n```\n"),
          new Ctx("postman", false, (n, v) ->
              "{\n  \"info\": {\"name\": \"Partner API\", \"schema\": \"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"},\n  \"auth\": {\n    \"type\": \"apikey\",\n    \"apikey\": [\n      {\"key\": \"value\", \"value\": \""
                  + v + "\", \"type\": \"string\"},\n      {\"key\": \"key\", \"value\": \"" + n + "\", \"type\": \"string\"}\n    ]\n  },\n  \"item\": []\n}\n"),
          new Ctx("json-config", false, (n, v) ->
              "{\n  \"service\": \"notifier\",\n  \"retries\": 5,\n  \"" + camel(n).substring(0, 1).toLowerCase(Locale.ROOT) + camel(n).substring(1) + "\": \"" + v + "\",\n  \"endpoints\": [\"https://hooks.example.com/a\"]\n}\n"),
          new Ctx("k8s-env", false, (n, v) ->
              "    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:2.14.1\n          env:\n            - name: " + n + "\n              value: \"" + v
                  + "\"\n            - name: LOG_LEVEL\n              value: info\n"),
          new Ctx("app-log", false, (n, v) ->
              "2026-11-29 10:15:02.118 INFO  [main] Starting ApiApplication v2.14.1\n2026-11-29 10:15:02.904 DEBUG [main] Effective config: region=eu-west-1, " + lower(n) + "=" + v
                  + ", pool=16\n2026-11-29 10:15:03.551 INFO  [main] Started ApiApplication in 1.62 seconds\n"),
          new Ctx("terraform-tfvars", false, (n, v) ->
              "# terraform.tfvars\nproject     = \"acme-prod\"\nregion      = \"europe-west1\"\n" + lower(n) + " = \"" + v + "\"\nnode_count  = 3\n"),
          new Ctx("insomnia", false, (n, v) ->
              "{\"_type\":\"export\",\"__export_format\":4,\"resources\":[{\"_id\":\"env_8c1f\",\"_type\":\"environment\",\"name\":\"Production\",\"data\":{\"base_url\":\"https://api.example.com\",\""
                  + lower(n) + "\":\"" + v + "\"}}]}\n"));

  /** Contexts for multi-line key blocks and files. */
  static final List<Ctx> BLOCK =
      List.of(
          new Ctx("cat-file", true, (n, v) -> "$ cat ~/.config/deploy/" + n + "\n" + v + "\n$ ls -la ~/.config/deploy\n"),
          new Ctx("chat-block", true, (n, v) ->
              "Here's the file you asked for (`" + n + "`). Keep it out of version control:\n\n```\n" + v + "\n```\n\nLet me know if the deploy still fails."),
          new Ctx("diff-block", true, (n, v) ->
              "diff --git a/deploy/" + n + " b/deploy/" + n + "\nnew file mode 100600\n--- /dev/null\n+++ b/deploy/" + n + "\n@@ -0,0 +1 @@\n+"
                  + v.replace("\n", "\n+") + "\n"),
          new Ctx("helm-block", true, (n, v) ->
              "tls:\n  enabled: true\n  secretName: api-tls\nsecrets:\n  " + kebab(n).replace('.', '-') + ": |\n    " + v.replace("\n", "\n    ") + "\nservice:\n  port: 443\n"),
          new Ctx("terraform-heredoc", true, (n, v) ->
              "resource \"local_sensitive_file\" \"key\" {\n  filename = \"${path.module}/" + n + "\"\n  content  = <<-EOT\n    " + v.replace("\n", "\n    ") + "\n  EOT\n}\n"));
}
