package io.moltr.core.scan;

import static io.moltr.core.scan.Blind32Util.*;

import io.moltr.core.scan.Blind32Secrets.Sec;
import java.util.List;
import java.util.Random;

/** Renders a secret into the configuration files an agent writes, with the prose around them. */
final class Blind32Configs {
  private Blind32Configs() {}

  /** A rendered file: the context name, the fence language, the file name and the body. */
  record Doc(String ctx, String lang, String file, String body) {}

  static final List<String> BEFORE = List.of(
      "Here is the updated `%s` with the new value filled in:",
      "I've added the setting to `%s`. The full file now looks like this:",
      "Done. This is what `%s` contains after my edit:",
      "Below is `%s` as it stands on the branch:",
      "I wrote the following to `%s` so the service can start:",
      "Here's the diff-free view of `%s` after the change:",
      "The deployment was failing because the value was missing. I've put it into `%s`:",
      "As requested, the complete `%s`:",
      "I opened `%s` and this is its current content:",
      "Updated `%s` (only the credentials section changed):");

  static final List<String> AFTER = List.of(
      "Restart the service so it picks up the change.",
      "Let me know if you want me to commit this as well.",
      "After applying it, the pods should come up healthy again.",
      "You can verify with `kubectl rollout status` once it's applied.",
      "I ran the smoke test afterwards and it passed.",
      "The pipeline should go green on the next push.",
      "Next step: run `terraform plan` to check the diff.",
      "I haven't pushed anything yet.",
      "Tell me if the staging environment needs the same change.",
      "That should fix the 401 errors you saw in the logs.");

  static String lower(String var) {
    return var.toLowerCase().replace("_", "");
  }

  static String snake(String var) {
    return var.toLowerCase();
  }

  static String camel(String var) {
    StringBuilder sb = new StringBuilder();
    boolean up = true;
    for (String part : var.toLowerCase().split("_")) {
      if (part.isEmpty()) {
        continue;
      }
      sb.append(up ? Character.toUpperCase(part.charAt(0)) : part.charAt(0)).append(part.substring(1));
    }
    return sb.toString();
  }

  static String svc(Random r) {
    return pick(r, "orders-api", "billing", "notifier", "web", "worker", "gateway", "search", "reports");
  }

  static String ns(Random r) {
    return pick(r, "prod", "staging", "payments", "platform", "default", "apps");
  }

  /** Puts VAR=value into one of the generic assignment contexts. */
  static Doc assign(Random r, String ctx, String var, String v) {
    String s = svc(r);
    switch (ctx) {
      case "dotenv":
        return new Doc(ctx, "dotenv", ".env", "# " + s + " local config\nNODE_ENV=production\nPORT=" + (3000 + r.nextInt(100))
            + "\nLOG_LEVEL=info\nREDIS_HOST=redis\n" + var + "=" + v + "\nFEATURE_NEW_CHECKOUT=true\n");
      case "k8s_secret_stringdata":
        return new Doc(ctx, "yaml", "k8s/" + s + "-secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + s + "-env\n  namespace: " + ns(r)
            + "\n  labels:\n    app.kubernetes.io/name: " + s + "\ntype: Opaque\nstringData:\n  " + var + ": \"" + v + "\"\n  LOG_LEVEL: info\n");
      case "compose":
        return new Doc(ctx, "yaml", "docker-compose.yml", "services:\n  " + s + ":\n    image: ghcr.io/acme/" + s + ":1." + r.nextInt(20)
            + "\n    restart: unless-stopped\n    ports:\n      - \"8080:8080\"\n    environment:\n      - TZ=UTC\n      - " + var + "=" + v
            + "\n    depends_on:\n      - db\n  db:\n    image: postgres:16\n");
      case "helm_values":
        return new Doc(ctx, "yaml", "charts/" + s + "/values-prod.yaml", "replicaCount: 3\nimage:\n  repository: registry.acme.io/" + s + "\n  tag: \"2."
            + r.nextInt(9) + "." + r.nextInt(9) + "\"\nresources:\n  limits:\n    memory: 512Mi\nsecrets:\n  " + camel(var).substring(0, 1).toLowerCase()
            + camel(var).substring(1) + ": " + v + "\ningress:\n  enabled: true\n  host: " + s + ".acme.io\n");
      case "gha_env":
        return new Doc(ctx, "yaml", ".github/workflows/deploy.yml", "name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      "
            + var + ": " + v + "\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/deploy.sh " + s + "\n");
      case "gitlab_ci":
        return new Doc(ctx, "yaml", ".gitlab-ci.yml", "stages: [build, deploy]\nvariables:\n  DOCKER_DRIVER: overlay2\n  " + var + ": \"" + v
            + "\"\ndeploy:\n  stage: deploy\n  image: alpine:3.20\n  script:\n    - ./deploy.sh\n  only:\n    - main\n");
      case "ansible_vars":
        return new Doc(ctx, "yaml", "group_vars/" + ns(r) + "/main.yml", "---\napp_name: " + s + "\napp_port: 8080\n" + snake(var) + ": \"" + v
            + "\"\nnginx_worker_processes: auto\n");
      case "systemd":
        return new Doc(ctx, "ini", "/etc/systemd/system/" + s + ".service", "[Unit]\nDescription=" + s + " service\nAfter=network-online.target\n\n[Service]\nUser=" + s
            + "\nEnvironment=\"" + var + "=" + v + "\"\nEnvironment=PORT=8080\nExecStart=/opt/" + s + "/bin/" + s + "\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n");
      case "dockerfile":
        return new Doc(ctx, "dockerfile", "Dockerfile", "FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nENV NODE_ENV=production \\\n    "
            + var + "=" + v + "\nEXPOSE 3000\nCMD [\"node\", \"server.js\"]\n");
      case "properties":
        return new Doc(ctx, "properties", "src/main/resources/application-prod.properties", "server.port=8080\nspring.application.name=" + s
            + "\nmanagement.endpoints.web.exposure.include=health,info\napp.integration." + lower(var) + "=" + v + "\nlogging.level.root=INFO\n");
      case "spring_yml":
        return new Doc(ctx, "yaml", "src/main/resources/application.yml", "spring:\n  application:\n    name: " + s + "\nserver:\n  port: 8080\napp:\n  integration:\n    "
            + lower(var) + ": " + v + "\n    timeout: 30s\n");
      case "tfvars":
        return new Doc(ctx, "hcl", "envs/" + ns(r) + ".tfvars", "region      = \"eu-west-1\"\nenvironment = \"" + ns(r) + "\"\ninstance_count = 3\n" + snake(var) + " = \"" + v
            + "\"\ntags = {\n  team = \"platform\"\n}\n");
      case "appsettings":
        return new Doc(ctx, "json", "appsettings.Production.json", "{\n  \"Logging\": {\n    \"LogLevel\": { \"Default\": \"Information\" }\n  },\n  \"AllowedHosts\": \"*\",\n  \"Integration\": {\n    \""
            + camel(var) + "\": \"" + v + "\",\n    \"TimeoutSeconds\": 30\n  }\n}\n");
      case "toml":
        return new Doc(ctx, "toml", "config/" + s + ".toml", "[server]\nhost = \"0.0.0.0\"\nport = 8080\n\n[integration]\n" + snake(var) + " = \"" + v + "\"\nretries = 3\n");
      case "crontab":
        return new Doc(ctx, "crontab", "crontab -l", "# m h dom mon dow command\n*/15 * * * * /usr/bin/curl -fsS -H \"Authorization: Bearer " + v
            + "\" https://api." + pick(r, "acme.io", "internal.example.net") + "/v1/sync >> /var/log/sync.log 2>&1\n0 3 * * * /opt/backup/run.sh\n");
      case "diff":
        return new Doc(ctx, "diff", "deploy/.env.production", "--- a/deploy/.env.production\n+++ b/deploy/.env.production\n@@ -3,6 +3,7 @@ LOG_LEVEL=info\n REDIS_HOST=redis\n PORT=8080\n-"
            + var + "=\n+" + var + "=" + v + "\n FEATURE_FLAGS=checkout,search\n");
      case "ini":
        return new Doc(ctx, "ini", "config/" + s + ".ini", "[general]\nname = " + s + "\ndebug = false\n\n[integration]\n" + snake(var) + " = " + v + "\ntimeout = 30\n");
      case "webconfig_appsettings":
        return new Doc(ctx, "xml", "web.config", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n    <add key=\"Environment\" value=\"Production\" />\n    <add key=\""
            + camel(var) + "\" value=\"" + v + "\" />\n  </appSettings>\n  <system.web>\n    <compilation debug=\"false\" targetFramework=\"4.8\" />\n  </system.web>\n</configuration>\n");
      case "vscode_settings":
        return new Doc(ctx, "json", ".vscode/settings.json", "{\n  \"editor.formatOnSave\": true,\n  \"rest-client.environmentVariables\": {\n    \"prod\": {\n      \"baseUrl\": \"https://api.acme.io\",\n      \"token\": \""
            + v + "\"\n    }\n  }\n}\n");
      case "nginx":
        return new Doc(ctx, "nginx", "/etc/nginx/conf.d/" + s + ".conf", "server {\n    listen 443 ssl;\n    server_name " + s + ".acme.io;\n\n    location /upstream/ {\n        proxy_pass https://partner.example.net/;\n        proxy_set_header Authorization \"Bearer "
            + v + "\";\n        proxy_set_header Host partner.example.net;\n    }\n}\n");
      case "package_json":
        return new Doc(ctx, "json", "package.json", "{\n  \"name\": \"" + s + "\",\n  \"version\": \"1." + r.nextInt(9) + ".0\",\n  \"scripts\": {\n    \"build\": \"tsc -p .\",\n    \"notify\": \"curl -X POST -H 'Authorization: Bearer "
            + v + "' https://hooks.acme.io/deploy\"\n  }\n}\n");
      default:
        throw new IllegalArgumentException(ctx);
    }
  }

  static final List<String> ASSIGN_CTX = List.of("dotenv", "k8s_secret_stringdata", "compose", "helm_values", "gha_env", "gitlab_ci",
      "ansible_vars", "systemd", "dockerfile", "properties", "spring_yml", "tfvars", "appsettings", "toml", "crontab", "diff", "ini",
      "webconfig_appsettings", "vscode_settings", "nginx", "package_json");

  /** Renders a secret in a context that fits its kind (specialised file formats first, generic assignments otherwise). */
  static Doc plain(Random r, Sec s) {
    String v = s.value();
    String u = s.user();
    String host = pick(r, "db.internal", "pg-prod.c9x2.eu-west-1.rds.amazonaws.com", "mysql-01.acme.lan", "10.20.3.14", "postgres.prod.svc.cluster.local");
    switch (s.kind()) {
      case "aws_secret_key":
        if (r.nextBoolean()) {
          return new Doc("aws_credentials", "ini", "~/.aws/credentials", "[default]\nregion = eu-west-1\n\n[" + pick(r, "prod", "deploy", "ci") + "]\naws_access_key_id = "
              + s.extra() + "\naws_secret_access_key = " + v + "\n");
        }
        return assignPair(r, "AWS_ACCESS_KEY_ID", s.extra(), "AWS_SECRET_ACCESS_KEY", v);
      case "npm_token":
        if (r.nextBoolean()) {
          return new Doc("npmrc", "ini", ".npmrc", "registry=https://registry.npmjs.org/\n@acme:registry=https://npm.pkg.github.com\n//registry.npmjs.org/:_authToken=" + v + "\nalways-auth=true\n");
        }
        break;
      case "pypi_token":
        if (r.nextBoolean()) {
          return new Doc("pypirc", "ini", "~/.pypirc", "[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = " + v + "\n");
        }
        return new Doc("pip_conf", "toml", "poetry config", "[http-basic.pypi]\nusername = \"__token__\"\npassword = \"" + v + "\"\n");
      case "cratesio":
        return new Doc("cargo_credentials", "toml", "~/.cargo/credentials.toml", "[registry]\ntoken = \"" + v + "\"\n\n[registries.internal]\ntoken = \"Bearer " + v + "\"\n");
      case "slack_webhook":
        return new Doc("alertmanager", "yaml", "alertmanager.yml", "global:\n  resolve_timeout: 5m\n  slack_api_url: '" + v
            + "'\nroute:\n  receiver: slack-ops\n  group_by: [alertname, cluster]\nreceivers:\n  - name: slack-ops\n    slack_configs:\n      - channel: '#ops-alerts'\n        send_resolved: true\n");
      case "twilio_auth_token":
        return assignPair(r, "TWILIO_ACCOUNT_SID", s.extra(), "TWILIO_AUTH_TOKEN", v);
      case "azure_client_secret":
        return new Doc("tf_provider", "hcl", "providers.tf", "provider \"azurerm\" {\n  features {}\n  subscription_id = \"" + uuid(r) + "\"\n  tenant_id       = \"" + uuid(r)
            + "\"\n  client_id       = \"" + s.extra() + "\"\n  client_secret   = \"" + v + "\"\n}\n");
      case "azure_storage_key":
        return connString(r, "DefaultEndpointsProtocol=https;AccountName=" + s.extra() + ";AccountKey=" + v + ";EndpointSuffix=core.windows.net");
      case "azure_sas":
        return assign(r, pick(r, "dotenv", "appsettings", "k8s_secret_stringdata"), "BACKUP_CONTAINER_URL", "https://" + s.extra()
            + ".blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-06-30T18:00:00Z&st=2026-11-30T10:00:00Z&spr=https&sig=" + v);
      case "dockerhub_pat":
        if (r.nextBoolean()) {
          return new Doc("gha_docker_login", "yaml", ".github/workflows/image.yml", "jobs:\n  push:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/login-action@v3\n        with:\n          username: "
              + u + "\n          password: " + v + "\n      - uses: docker/build-push-action@v6\n        with:\n          push: true\n          tags: " + u + "/app:latest\n");
        }
        break;
      case "rsa_private_key":
      case "ec_private_key":
      case "openssh_private_key":
        return keyDoc(r, s);
      case "gcp_service_account":
        return new Doc("gcp_sa_json", "json", "credentials/" + s.extra() + "-deployer.json", gcpJson(r, s.extra(), v.replace("\n", "\\n") + "\\n"));
      case "db_url_password":
        return dsnDoc(r, u, v, host);
      case "config_password":
        return passwordDoc(r, u, v, host);
      case "netrc_password":
        return new Doc("netrc", "netrc", "~/.netrc", "machine " + pick(r, "github.com", "gitlab.acme.io", "artifactory.acme.io", "api.heroku.com") + "\n  login " + u + "\n  password " + v
            + "\nmachine registry.npmjs.org login ci password ${NPM_TOKEN}\n");
      case "git_credential_url":
        if (r.nextBoolean()) {
          return new Doc("gitconfig", "ini", ".git/config", "[core]\n\trepositoryformatversion = 0\n\tbare = false\n[remote \"origin\"]\n\turl = https://" + u + ":" + v
              + "@gitlab.acme.io/platform/infra.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n[branch \"main\"]\n\tremote = origin\n\tmerge = refs/heads/main\n");
        }
        return new Doc("git_credentials", "text", "~/.git-credentials", "https://" + u + ":" + v + "@gitlab.acme.io\n");
      case "credit_card":
        return cardDoc(r, v);
      case "iban":
        return ibanDoc(r, v, s.extra());
      default:
        break;
    }
    return assign(r, pick(r, ASSIGN_CTX), s.var(), v);
  }

  static Doc assignPair(Random r, String var1, String v1, String var2, String v2) {
    String ctx = pick(r, "dotenv", "k8s", "compose", "tfvars");
    switch (ctx) {
      case "dotenv":
        return new Doc(ctx, "dotenv", ".env", "APP_ENV=production\n" + var1 + "=" + v1 + "\n" + var2 + "=" + v2 + "\nAWS_REGION=eu-central-1\n");
      case "k8s":
        return new Doc("k8s_secret_stringdata", "yaml", "secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-credentials\ntype: Opaque\nstringData:\n  " + var1 + ": " + v1
            + "\n  " + var2 + ": " + v2 + "\n");
      case "compose":
        return new Doc(ctx, "yaml", "docker-compose.yml", "services:\n  app:\n    build: .\n    environment:\n      " + var1 + ": " + v1 + "\n      " + var2 + ": " + v2 + "\n");
      default:
        return new Doc(ctx, "hcl", "terraform.tfvars", snake(var1) + " = \"" + v1 + "\"\n" + snake(var2) + " = \"" + v2 + "\"\nregion = \"eu-central-1\"\n");
    }
  }

  static Doc connString(Random r, String cs) {
    switch (r.nextInt(3)) {
      case 0:
        return new Doc("appsettings", "json", "local.settings.json", "{\n  \"IsEncrypted\": false,\n  \"Values\": {\n    \"AzureWebJobsStorage\": \"" + cs
            + "\",\n    \"FUNCTIONS_WORKER_RUNTIME\": \"dotnet-isolated\"\n  }\n}\n");
      case 1:
        return new Doc("dotenv", "dotenv", ".env", "AZURE_STORAGE_CONNECTION_STRING=\"" + cs + "\"\nBLOB_CONTAINER=uploads\n");
      default:
        return new Doc("webconfig_connstrings", "xml", "web.config", "<configuration>\n  <connectionStrings>\n    <add name=\"Storage\" connectionString=\"" + cs
            + "\" />\n  </connectionStrings>\n</configuration>\n");
    }
  }

  static Doc keyDoc(Random r, Sec s) {
    String pem = s.value();
    switch (r.nextInt(5)) {
      case 0:
        return new Doc("k8s_tls_stringdata", "yaml", "tls-secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n"
            + indent(pem, "    "));
      case 1:
        return new Doc("ansible_vars", "yaml", "group_vars/all/deploy.yml", "deploy_user: deploy\ndeploy_private_key: |\n" + indent(pem, "  ") + "deploy_known_hosts: []\n");
      case 2:
        return new Doc("dotenv", "dotenv", ".env", "APP_ENV=production\n" + s.var() + "=\"" + pem.replace("\n", "\\n") + "\"\n");
      case 3:
        return new Doc("tf_heredoc", "hcl", "main.tf", "resource \"tls_locally_signed_cert\" \"svc\" {\n  ca_key_algorithm = \"RSA\"\n}\n\nlocals {\n  signing_key = <<-EOT\n"
            + indent(pem, "    ") + "  EOT\n}\n");
      default:
        return new Doc("file", "text", pick(r, "deploy/id_ed25519", "certs/server.key", "keys/jwt-signing.pem"), pem + "\n");
    }
  }

  static String gcpJson(Random r, String project, String escapedPem) {
    String sa = pick(r, "deployer", "terraform", "firebase-adminsdk-x1f2q", "ci-uploader");
    return "{\n  \"type\": \"service_account\",\n  \"project_id\": \"" + project + "\",\n  \"private_key_id\": \"" + rnd(r, HEX, 40) + "\",\n  \"private_key\": \""
        + escapedPem + "\",\n  \"client_email\": \"" + sa + "@" + project + ".iam.gserviceaccount.com\",\n  \"client_id\": \"1" + rnd(r, DIGITS, 20)
        + "\",\n  \"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\",\n  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}\n";
  }

  static Doc dsnDoc(Random r, String u, String pw, String host) {
    String db = pick(r, "orders", "app", "billing", "analytics");
    switch (r.nextInt(7)) {
      case 0:
        return new Doc("dotenv", "dotenv", ".env", "DATABASE_URL=postgresql://" + u + ":" + pw + "@" + host + ":5432/" + db + "?sslmode=require\nPOOL_SIZE=10\n");
      case 1:
        return new Doc("spring_yml", "yaml", "application-prod.yml", "spring:\n  datasource:\n    url: jdbc:postgresql://" + host + ":5432/" + db + "\n    username: " + u + "\n    password: " + pw
            + "\n  jpa:\n    hibernate:\n      ddl-auto: validate\n");
      case 2:
        return new Doc("appsettings", "json", "appsettings.json", "{\n  \"ConnectionStrings\": {\n    \"Default\": \"Server=" + host + ";Database=" + db + ";User Id=" + u + ";Password=" + pw
            + ";TrustServerCertificate=True\"\n  }\n}\n");
      case 3:
        return new Doc("compose", "yaml", "docker-compose.yml", "services:\n  api:\n    image: acme/api:latest\n    environment:\n      MONGO_URL: mongodb+srv://" + u + ":" + pw + "@cluster0.ab12c.mongodb.net/" + db
            + "?retryWrites=true&w=majority\n      REDIS_URL: redis://redis:6379/0\n");
      case 4:
        return new Doc("odbc_ini", "ini", "/etc/odbc.ini", "[" + db + "]\nDriver=ODBC Driver 18 for SQL Server\nServer=tcp:" + host + ",1433\nDatabase=" + db + "\nUID=" + u + "\nPWD=" + pw + "\nEncrypt=yes\n");
      case 5:
        return new Doc("webconfig_connstrings", "xml", "web.config", "<configuration>\n  <connectionStrings>\n    <add name=\"Default\" connectionString=\"Data Source=" + host + ";Initial Catalog=" + db
            + ";User ID=" + u + ";Password=" + pw + "\" providerName=\"System.Data.SqlClient\" />\n  </connectionStrings>\n</configuration>\n");
      default:
        return new Doc("helm_values", "yaml", "values.yaml", "celery:\n  brokerUrl: amqp://" + u + ":" + pw + "@rabbitmq.messaging.svc:5672/" + db + "\n  concurrency: 4\n");
    }
  }

  static Doc passwordDoc(Random r, String u, String pw, String host) {
    switch (r.nextInt(10)) {
      case 0:
        return new Doc("my_cnf", "ini", "~/.my.cnf", "[client]\nuser=" + u + "\npassword=" + pw + "\nhost=" + host + "\nport=3306\n\n[mysqldump]\nsingle-transaction\n");
      case 1:
        return new Doc("maven_settings", "xml", "~/.m2/settings.xml", "<settings>\n  <servers>\n    <server>\n      <id>acme-releases</id>\n      <username>" + u + "</username>\n      <password>" + pw
            + "</password>\n    </server>\n  </servers>\n</settings>\n");
      case 2:
        return new Doc("tomcat_users", "xml", "conf/tomcat-users.xml", "<tomcat-users xmlns=\"http://tomcat.apache.org/xml\" version=\"1.0\">\n  <role rolename=\"manager-gui\"/>\n  <user username=\"" + u
            + "\" password=\"" + pw + "\" roles=\"manager-gui,manager-script\"/>\n</tomcat-users>\n");
      case 3:
        return new Doc("log4j", "xml", "log4j2.xml", "<Configuration status=\"WARN\">\n  <Appenders>\n    <SMTP name=\"Mail\" subject=\"Prod error\" to=\"oncall@acme.io\" from=\"alerts@acme.io\" smtpHost=\"smtp.acme.io\" smtpPort=\"587\" smtpUsername=\""
            + u + "\" smtpPassword=\"" + pw + "\" bufferSize=\"50\"/>\n  </Appenders>\n  <Loggers>\n    <Root level=\"error\"><AppenderRef ref=\"Mail\"/></Root>\n  </Loggers>\n</Configuration>\n");
      case 4:
        return new Doc("ansible_vars", "yaml", "host_vars/db01.yml", "ansible_host: " + host + "\nansible_user: " + u + "\nansible_become_password: " + pw + "\n");
      case 5:
        return new Doc("properties", "properties", "application.properties", "spring.datasource.url=jdbc:mysql://" + host + ":3306/app\nspring.datasource.username=" + u
            + "\nspring.datasource.password=" + pw + "\nspring.jpa.open-in-view=false\n");
      case 6:
        return new Doc("redis_conf", "conf", "/etc/redis/redis.conf", "bind 0.0.0.0\nport 6379\nprotected-mode yes\nrequirepass " + pw + "\nmaxmemory 2gb\nmaxmemory-policy allkeys-lru\n");
      case 7:
        return new Doc("php_ini", "ini", "php.ini", "[MySQLi]\nmysqli.default_host = " + host + "\nmysqli.default_user = " + u + "\nmysqli.default_pw = " + pw + "\n");
      case 8:
        return new Doc("compose", "yaml", "docker-compose.yml", "services:\n  db:\n    image: mariadb:11\n    environment:\n      MARIADB_USER: " + u + "\n      MARIADB_PASSWORD: \"" + pw
            + "\"\n      MARIADB_DATABASE: app\n");
      default:
        return new Doc("rabbitmq_conf", "conf", "rabbitmq.conf", "listeners.tcp.default = 5672\ndefault_user = " + u + "\ndefault_pass = " + pw + "\n");
    }
  }

  static String name(Random r) {
    return pick(r, "Anna Schmidt", "Jonas Weber", "Clara Novak", "Mateo García", "Emma Laurent", "Noah Fischer", "Lea Vogel");
  }

  static Doc cardDoc(Random r, String pan) {
    String n = name(r);
    String exp = String.format("%02d/%02d", 1 + r.nextInt(12), 27 + r.nextInt(4));
    switch (r.nextInt(3)) {
      case 0:
        return new Doc("seed_yaml", "yaml", "db/seeds/customers.yml", "- id: " + (100 + r.nextInt(900)) + "\n  name: " + n + "\n  email: " + n.split(" ")[0].toLowerCase()
            + "@mail.example\n  card_number: \"" + pan + "\"\n  card_expiry: \"" + exp + "\"\n");
      case 1:
        return new Doc("init_sql", "sql", "docker-entrypoint-initdb.d/02-customers.sql", "INSERT INTO payment_methods (customer_name, pan, expiry) VALUES\n  ('" + n + "', '" + pan + "', '" + exp + "');\n");
      default:
        return new Doc("fixture_json", "json", "fixtures/payment.json", "{\n  \"customer\": \"" + n + "\",\n  \"card\": {\n    \"number\": \"" + pan + "\",\n    \"exp\": \"" + exp + "\",\n    \"cvc\": \""
            + (100 + r.nextInt(900)) + "\"\n  }\n}\n");
    }
  }

  static Doc ibanDoc(Random r, String iban, String holder) {
    switch (r.nextInt(3)) {
      case 0:
        return new Doc("helm_values", "yaml", "values-prod.yaml", "payouts:\n  enabled: true\n  accountHolder: \"" + holder + "\"\n  iban: " + iban + "\n  schedule: weekly\n");
      case 1:
        return new Doc("properties", "properties", "payout.properties", "payout.holder=" + holder + "\npayout.iban=" + iban + "\npayout.currency=EUR\n");
      default:
        return new Doc("appsettings", "json", "appsettings.json", "{\n  \"Payout\": {\n    \"Holder\": \"" + holder + "\",\n    \"Iban\": \"" + iban + "\"\n  }\n}\n");
    }
  }

  /** Wraps a file body in the prose and fence an agent writes around it. */
  static String wrapProse(Random r, Doc d) {
    String before = String.format(pick(r, BEFORE), d.file());
    return before + "\n\n```" + d.lang() + "\n" + d.body() + (d.body().endsWith("\n") ? "" : "\n") + "```\n\n" + pick(r, AFTER);
  }
}
