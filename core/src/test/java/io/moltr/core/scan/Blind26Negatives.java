package io.moltr.core.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Hard negatives: the same tools' output with nothing secret in it. */
final class Blind26Negatives {
  static final int PER_GENERATOR = 13;

  private Blind26Negatives() {}

  static void add(Blind26Gen g, List<Blind26Corpus.Row> rows) {
    for (Map.Entry<String, Function<Blind26Gen, String[]>> e : generators().entrySet()) {
      for (int i = 0; i < PER_GENERATOR; i++) {
        String[] t = e.getValue().apply(g);
        rows.add(new Blind26Corpus.Row("NEGATIVE", e.getKey(), "plain", e.getKey(), "", "",
            Blind26Corpus.chat(g, t[0], t[1])));
      }
    }
  }

  static String lines(List<String> l) {
    StringBuilder sb = new StringBuilder();
    l.forEach(x -> sb.append(x).append('\n'));
    return sb.toString();
  }

  static String mask(Blind26Gen g) {
    return g.pick("****", "********", "<redacted>", "[MASKED]", "***", "(sensitive)",
        "[REDACTED]", "<hidden>");
  }

  static String placeholder(Blind26Gen g, String var) {
    return g.pick("${" + var + "}", "$" + var, "<your-token>", "YOUR_API_KEY", "changeme",
        "{{ secrets." + var + " }}", "xxxxxxxxxxxxxxxxxxxx", "REPLACE_ME", "<" + var.toLowerCase()
        + ">", "TODO-set-in-vault", "sk-xxxxxxxxxxxxxxxxxxxxxxxx", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXX"
        + "XXXXXXXX", "your-secret-here", "%(" + var + ")s", "op://prod/" + var.toLowerCase()
        + "/credential", "vault:secret/data/app#" + var.toLowerCase());
  }

  static final String[] VARS = {"OPENAI_API_KEY", "GITHUB_TOKEN", "STRIPE_SECRET_KEY",
    "DATABASE_PASSWORD", "AWS_SECRET_ACCESS_KEY", "SLACK_BOT_TOKEN", "NPM_TOKEN", "HF_TOKEN",
    "VAULT_TOKEN", "DD_API_KEY", "SENTRY_AUTH_TOKEN", "ANTHROPIC_API_KEY"};

  static String var(Blind26Gen g) {
    return VARS[g.r.nextInt(VARS.length)];
  }

  static String sha(Blind26Gen g) {
    return g.hex(40);
  }

  static String b64Text(Blind26Gen g) {
    return Blind26Gen.b64(g.pick("hello world from the " + g.word() + " team",
        "{\"theme\":\"dark\",\"lang\":\"" + g.pick("en", "de", "fr") + "\"}",
        "user=" + g.word() + ";role=viewer", "# " + g.word() + " config\nlog_level: info\n",
        "The quick brown fox jumps over the lazy dog " + g.digits(3)));
  }

  static Map<String, Function<Blind26Gen, String[]>> generators() {
    Map<String, Function<Blind26Gen, String[]>> m = new LinkedHashMap<>();
    m.put("printenv-ordinary", g -> new String[] {"printenv", lines(Blind26Corpus.envNoise(g))});
    m.put("printenv-masked", g -> {
      List<String> env = new ArrayList<>(Blind26Corpus.envNoise(g));
      env.add(var(g) + "=" + mask(g));
      env.add(var(g) + "=" + mask(g));
      return new String[] {"printenv | sed -E 's/(TOKEN|KEY|PASSWORD)=.*/\\1=****/'", lines(env)};
    });
    m.put("export-p-ordinary", g -> {
      StringBuilder sb = new StringBuilder();
      for (String l : Blind26Corpus.envNoise(g)) {
        int eq = l.indexOf('=');
        sb.append("declare -x ").append(l, 0, eq).append("=\"").append(l.substring(eq + 1))
            .append("\"\n");
      }
      sb.append("declare -x OLDPWD\n");
      return new String[] {"export -p", sb.toString()};
    });
    m.put("env-placeholders", g -> {
      List<String> env = new ArrayList<>(List.of("NODE_ENV=development", "PORT=3000"));
      for (int i = 0; i < 3; i++) {
        String v = var(g);
        env.add(v + "=" + placeholder(g, v));
      }
      return new String[] {"cat .env.example", lines(env)};
    });
    m.put("env-file-paths", g -> new String[] {"env | grep -E 'FILE|CONFIG|CREDENTIALS'", lines(List
        .of("GOOGLE_APPLICATION_CREDENTIALS=/var/secrets/google/" + g.word() + "-sa.json",
            "AWS_SHARED_CREDENTIALS_FILE=/home/dev/.aws/credentials", "DOCKER_CONFIG=/home/dev/"
            + ".docker", "KUBECONFIG=/home/dev/.kube/" + g.word() + ".yaml",
            "DB_PASSWORD_FILE=/run/secrets/db_password", "NPM_CONFIG_USERCONFIG=/home/dev/.npmrc",
            "VAULT_ADDR=https://vault." + g.word() + ".internal:8200"))});
    m.put("set-functions", g -> new String[] {"set | sed -n '1,12p'", "BASH=/usr/bin/bash\n"
        + "BASH_ARGC=([0]=\"0\")\nBASH_LINENO=()\nBASH_SOURCE=()\nBASH_VERSION='5.2.21(1)-release'\n"
        + "HISTFILE=/home/dev/.bash_history\nHISTSIZE=" + g.between(500, 10000) + "\nHOSTTYPE=x86_64\n"
        + "IFS=$' \\t\\n'\nPPID=" + g.between(100, 90000) + "\nRANDOM=" + g.between(0, 32767)
        + "\nSRANDOM=" + g.digits(10) + "\n__git_ps1 () \n{ \n    local exit=$?;\n}\n"});
    m.put("aws-configure-list", g -> new String[] {"aws configure list", "      Name                 "
        + "   Value             Type    Location\n      ----                    -----             ----"
        + "    --------\n   profile                " + g.word() + "           manual    --profile\n"
        + "access_key     ****************" + g.of(Blind26Gen.UPPER_NUM, 4) + " shared-credentials-file"
        + "    \nsecret_key     ****************" + g.of(Blind26Gen.B62, 4) + " shared-credentials-file"
        + "    \n    region             eu-west-1      config-file    ~/.aws/config\n"});
    m.put("aws-sts-caller-identity", g -> new String[] {"aws sts get-caller-identity", "{\n    "
        + "\"UserId\": \"AROA" + g.of(Blind26Gen.UPPER_NUM, 17) + ":" + g.word() + "@example.com\",\n"
        + "    \"Account\": \"" + g.digits(12) + "\",\n    \"Arn\": \"arn:aws:sts::" + g.digits(12)
        + ":assumed-role/AWSReservedSSO_AdministratorAccess_" + g.hex(16) + "/" + g.word() + "\"\n}\n"});
    m.put("aws-credentials-example", g -> new String[] {"cat ~/.aws/credentials", "[default]\n"
        + "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/"
        + "bPxRfiCYEXAMPLEKEY\n\n[" + g.word() + "]\ncredential_process = /usr/local/bin/aws-vault "
        + "export --format=json " + g.word() + "\n"});
    m.put("aws-config-sso", g -> new String[] {"cat ~/.aws/config", "[profile " + g.word() + "]\n"
        + "sso_session = corp\nsso_account_id = " + g.digits(12) + "\nsso_role_name = Admin\nregion = "
        + "eu-central-1\n\n[sso-session corp]\nsso_start_url = https://d-" + g.hex(10) + ".awsapps.com"
        + "/start\nsso_region = eu-west-1\nsso_registration_scopes = sso:account:access\n"});
    m.put("netrc-placeholder", g -> new String[] {"cat ~/.netrc", "machine github.com\n  login "
        + g.word() + "\n  password " + placeholder(g, "GITHUB_TOKEN") + "\nmachine api.heroku.com\n  "
        + "login dev@" + g.word() + ".io\n"});
    m.put("npmrc-env", g -> new String[] {"cat .npmrc", "@" + g.word() + ":registry=https://npm.pkg"
        + ".github.com\n//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}\n//registry.npmjs.org/"
        + ":_authToken=${NPM_TOKEN}\nengine-strict=true\nsave-exact=true\n"});
    m.put("npm-config-protected", g -> new String[] {"npm config list", "; \"user\" config from "
        + "/home/dev/.npmrc\n\n//registry.npmjs.org/:_authToken = (protected)\nfund = false\n\n; node "
        + "bin location = /usr/local/bin/node\n; node version = v20.10.0\n; npm local prefix = "
        + "/home/dev/src/" + g.word() + "\n; npm version = 10.2.3\n; cwd = /home/dev/src/" + g.word()
        + "\n; HOME = /home/dev\n; Run `npm config ls -l` to show all defaults.\n"});
    m.put("pypirc-keyring", g -> new String[] {"cat ~/.pypirc", "[distutils]\nindex-servers =\n    "
        + "pypi\n\n[pypi]\n  username = __token__\n  # password comes from keyring (" + g.word()
        + ")\n"});
    m.put("docker-config-credstore", g -> new String[] {"cat ~/.docker/config.json", "{\n\t\"auths\":"
        + " {\n\t\t\"https://index.docker.io/v1/\": {},\n\t\t\"ghcr.io\": {}\n\t},\n\t\"credsStore\": \""
        + g.pick("desktop", "osxkeychain", "pass", "ecr-login") + "\",\n\t\"currentContext\": \""
        + g.pick("default", "desktop-linux", "colima") + "\"\n}\n"});
    m.put("docker-login-ok", g -> new String[] {"docker login ghcr.io -u " + g.word()
        + " --password-stdin < ~/.ghcr", "WARNING! Your password will be stored unencrypted in "
        + "/home/dev/.docker/config.json.\nConfigure a credential helper to remove this warning. See\n"
        + "https://docs.docker.com/engine/reference/commandline/login/#credential-stores\n\nLogin "
        + "Succeeded\n"});
    m.put("kubeconfig-exec", g -> {
      String c = g.word() + "-eks";
      return new String[] {"kubectl config view --minify", "apiVersion: v1\nclusters:\n- cluster:\n"
          + "    certificate-authority-data: DATA+OMITTED\n    server: https://" + g.hex(32)
          .toUpperCase() + ".gr7.eu-west-1.eks.amazonaws.com\n  name: " + c + "\ncontexts:\n- "
          + "context:\n    cluster: " + c + "\n    user: " + c + "\n  name: " + c + "\ncurrent-context: "
          + c + "\nkind: Config\nusers:\n- name: " + c + "\n  user:\n    exec:\n      apiVersion: "
          + "client.authentication.k8s.io/v1beta1\n      args:\n      - eks\n      - get-token\n      "
          + "- --cluster-name\n      - " + c + "\n      command: aws\n"};
    });
    m.put("kubeconfig-ca-data", g -> new String[] {"grep certificate-authority-data ~/.kube/config",
        "    certificate-authority-data: " + Blind26Gen.b64("-----BEGIN CERTIFICATE-----\n"
        + "MIIC5zCCAc+gAwIBAgIBADANBgkqhkiG9w0BAQsFADAVMRMwEQYDVQQDEwprdWJl\n" + g.mixed(Blind26Gen.B64,
        64) + "\n-----END CERTIFICATE-----\n") + "\n"});
    m.put("gh-auth-status-masked", g -> new String[] {"gh auth status", "github.com\n  ✓ Logged in "
        + "to github.com account " + g.word() + " (keyring)\n  - Active account: true\n  - Git "
        + "operations protocol: " + g.pick("https", "ssh") + "\n  - Token: gho_************************"
        + "************\n  - Token scopes: 'gist', 'read:org', 'repo', 'workflow'\n"});
    m.put("git-remote-plain", g -> {
      String u = g.r.nextBoolean() ? "https://github.com/" + g.word() + "/" + g.word() + ".git"
          : "git@gitlab.com:" + g.word() + "/" + g.word() + ".git";
      return new String[] {"git remote -v", "origin\t" + u + " (fetch)\norigin\t" + u + " (push)\n"};
    });
    m.put("git-config-list-plain", g -> new String[] {"git config --list", "user.name=Dev Ops\n"
        + "user.email=dev@" + g.word() + ".io\nuser.signingkey=" + g.hex(16).toUpperCase() + "\n"
        + "commit.gpgsign=true\ncore.editor=nvim\npull.rebase=true\nremote.origin.url=git@github.com:"
        + g.word() + "/" + g.word() + ".git\nremote.origin.fetch=+refs/heads/*:refs/remotes/origin/*\n"
        + "branch.main.remote=origin\nbranch.main.merge=refs/heads/main\n"});
    m.put("git-log", g -> {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < g.between(2, 4); i++) {
        sb.append("commit ").append(sha(g)).append("\nAuthor: ").append(g.pick("Lea Weber", "Ana "
            + "Souza", "Tom Berg")).append(" <").append(g.word()).append("@example.com>\nDate:   "
            + "Mon Nov ").append(g.between(10, 30)).append(" 1").append(g.between(0, 9))
            .append(":22:03 2026 +0100\n\n    ").append(g.pick("fix: retry on 503", "chore: bump "
            + "deps", "feat: add export endpoint", "docs: update README")).append("\n\n");
      }
      return new String[] {"git log -n 3", sb.toString()};
    });
    m.put("git-log-oneline", g -> {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        sb.append(g.hex(g.pick("7", "9", "12").length() > 1 ? 12 : 7)).append(' ')
            .append(g.pick("Merge pull request #" + g.between(10, 999) + " from " + g.word() + "/"
            + g.word(), "Bump lodash from 4.17.20 to 4.17.21", "Revert \"feat: cache\"",
            "fix(api): handle empty body")).append('\n');
      }
      return new String[] {"git log --oneline -6", sb.toString()};
    });
    m.put("git-show-lockfile", g -> new String[] {"git show --stat HEAD && git show HEAD -- "
        + "package-lock.json | head -20", "commit " + sha(g) + "\n\n    chore(deps): bump "
        + g.word() + "\n\n package-lock.json | 12 ++++++------\n\ndiff --git a/package-lock.json "
        + "b/package-lock.json\nindex " + g.hex(7) + ".." + g.hex(7) + " 100644\n--- a/package-lock"
        + ".json\n+++ b/package-lock.json\n@@ -1021,9 +1021,9 @@\n     \"node_modules/" + g.word()
        + "\": {\n-      \"version\": \"2.3.1\",\n-      \"integrity\": \"sha512-" + g.mixed(
        Blind26Gen.B64, 86) + "==\",\n+      \"version\": \"2.3.2\",\n+      \"integrity\": \"sha512-"
        + g.mixed(Blind26Gen.B64, 86) + "==\",\n"});
    m.put("kubectl-configmap-plain", g -> new String[] {"kubectl get configmap " + g.word()
        + " -o yaml", "apiVersion: v1\ndata:\n  LOG_LEVEL: info\n  FEATURE_CHECKOUT_V2: \"true\"\n"
        + "  UPSTREAM_URL: http://" + g.word() + ".svc.cluster.local:8080\n  CACHE_TTL: \"300\"\n"
        + "kind: ConfigMap\nmetadata:\n  name: " + g.word() + "\n  uid: " + g.uuid() + "\n"
        + "  resourceVersion: \"" + g.digits(8) + "\"\n"});
    m.put("kubectl-get-secrets-table", g -> {
      StringBuilder sb = new StringBuilder("NAME                                TYPE                "
          + "                  DATA   AGE\n");
      for (int i = 0; i < 4; i++) {
        sb.append(g.word()).append("-").append(g.pick("tls", "db", "token", "registry"))
            .append("                  ").append(g.pick("Opaque", "kubernetes.io/tls",
            "kubernetes.io/dockerconfigjson")).append("   ").append(g.between(1, 4)).append("      ")
            .append(g.between(2, 300)).append("d\n");
      }
      return new String[] {"kubectl get secrets -n " + g.word(), sb.toString()};
    });
    m.put("kubectl-secret-placeholder", g -> new String[] {"kubectl get secret " + g.word()
        + " -o yaml", "apiVersion: v1\ndata:\n  username: " + Blind26Gen.b64("svc_" + g.word())
        + "\n  host: " + Blind26Gen.b64("db." + g.word() + ".internal") + "\n  port: "
        + Blind26Gen.b64("5432") + "\n  password: " + Blind26Gen.b64(g.pick("REPLACE_ME",
        "<set-by-external-secrets>", "changeme-in-vault", "TODO")) + "\nkind: Secret\nmetadata:\n  "
        + "name: " + g.word() + "-db\ntype: Opaque\n"});
    m.put("docker-inspect-image", g -> new String[] {"docker image inspect python:3.12-slim | jq "
        + "'.[0] | {Id, RepoDigests, Env: .Config.Env, Layers: .RootFS.Layers}'", "{\n  \"Id\": "
        + "\"sha256:" + g.hex(64) + "\",\n  \"RepoDigests\": [\n    \"python@sha256:" + g.hex(64)
        + "\"\n  ],\n  \"Env\": [\n    \"PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:"
        + "/usr/bin:/sbin:/bin\",\n    \"LANG=C.UTF-8\",\n    \"GPG_KEY=" + g.hex(40).toUpperCase()
        + "\",\n    \"PYTHON_VERSION=3.12." + g.between(0, 9) + "\",\n    \"PYTHON_SHA256=" + g.hex(64)
        + "\"\n  ],\n  \"Layers\": [\n    \"sha256:" + g.hex(64) + "\",\n    \"sha256:" + g.hex(64)
        + "\"\n  ]\n}\n"});
    m.put("docker-ps-images", g -> new String[] {"docker ps --no-trunc --format '{{.ID}} "
        + "{{.Image}} {{.Names}}'", g.hex(64) + " " + g.word() + "/api@sha256:" + g.hex(64) + " "
        + g.word() + "-api-1\n" + g.hex(64) + " redis:7-alpine " + g.word() + "-redis-1\n"});
    m.put("compose-config-interp", g -> new String[] {"docker compose config", "services:\n  api:\n"
        + "    environment:\n      DATABASE_URL: postgres://app@db:5432/app\n      OPENAI_API_KEY: "
        + "\"\"\n      SESSION_SECRET_FILE: /run/secrets/session\n    secrets:\n      - source: "
        + "session\n        target: session\nsecrets:\n  session:\n    name: " + g.word()
        + "_session\n    file: /home/dev/src/app/secrets/session.txt\n"});
    m.put("heroku-config-plain", g -> new String[] {"heroku config -a " + g.word(), "=== "
        + g.word() + " Config Vars\nLOG_LEVEL:          info\nNODE_ENV:           production\n"
        + "PAPERTRAIL_SYSTEM:  logs" + g.digits(1) + ".papertrailapp.com\nSOURCE_VERSION:     "
        + sha(g) + "\nWEB_CONCURRENCY:    " + g.between(1, 8) + "\n"});
    m.put("vercel-env-ls", g -> new String[] {"vercel env ls", "Vercel CLI 33.4.1\n> Environment "
        + "Variables found for " + g.word() + "/web [" + g.between(100, 900) + "ms]\n\n name        "
        + "           value               environments                        created\n "
        + var(g) + "        Encrypted           Production, Preview             " + g.between(2, 90)
        + "d ago\n DATABASE_URL          Encrypted           Production                      "
        + g.between(2, 90) + "d ago\n"});
    m.put("fly-secrets-list", g -> {
      StringBuilder sb = new StringBuilder("NAME                \tDIGEST          \tCREATED AT\n");
      for (int i = 0; i < 3; i++) {
        sb.append(var(g)).append("       \t").append(g.hex(16)).append("\t").append(g.between(1, 30))
            .append("d ago\n");
      }
      return new String[] {"fly secrets list -a " + g.word(), sb.toString()};
    });
    m.put("terraform-output-sensitive", g -> new String[] {"terraform output", "cluster_endpoint ="
        + " \"https://" + g.hex(32).toUpperCase() + ".gr7.eu-west-1.eks.amazonaws.com\"\n"
        + "db_password = <sensitive>\nvpc_id = \"vpc-" + g.hex(17) + "\"\nbucket_arn = \"arn:aws:s3:::"
        + g.word() + "-artifacts-" + g.digits(12) + "\"\n"});
    m.put("terraform-output-json-plain", g -> new String[] {"terraform output -json", "{\n  "
        + "\"instance_ids\": {\n    \"sensitive\": false,\n    \"type\": [\"list\", \"string\"],\n    "
        + "\"value\": [\"i-" + g.hex(17) + "\", \"i-" + g.hex(17) + "\"]\n  },\n  \"kms_key_id\": {\n"
        + "    \"sensitive\": false,\n    \"type\": \"string\",\n    \"value\": \"" + g.uuid()
        + "\"\n  }\n}\n"});
    m.put("terraform-plan-sensitive", g -> new String[] {"terraform plan -no-color | sed -n "
        + "'/resource/,/}/p'", "  # aws_db_instance.main will be updated in-place\n  ~ resource "
        + "\"aws_db_instance\" \"main\" {\n        id       = \"db-" + g.of(Blind26Gen.UPPER_NUM, 26)
        + "\"\n      ~ password = (sensitive value)\n        username = \"app\"\n        # (41 "
        + "unchanged attributes hidden)\n    }\n"});
    m.put("vault-kv-metadata", g -> new String[] {"vault kv metadata get secret/" + g.word(),
        "======== Metadata Path ========\nsecret/metadata/" + g.word() + "\n\n========== Metadata "
        + "==========\nKey                     Value\n---                     -----\ncas_required    "
        + "        false\ncreated_time            2026-10-0" + g.between(1, 9) + "T08:11:52."
        + g.digits(6) + "Z\ncurrent_version         " + g.between(1, 9) + "\nmax_versions            0\n"});
    m.put("vault-status", g -> new String[] {"vault status", "Key                     Value\n---  "
        + "                   -----\nSeal Type               shamir\nInitialized             true\n"
        + "Sealed                  false\nTotal Shares            5\nThreshold               3\n"
        + "Version                 1.15." + g.between(0, 6) + "\nBuild Date              "
        + "2026-10-25T13:59:30Z\nStorage Type            raft\nCluster Name            vault-cluster-"
        + g.hex(8) + "\nCluster ID              " + g.uuid() + "\nHA Enabled              true\n"
        + "Raft Committed Index    " + g.digits(6) + "\n"});
    m.put("vault-token-lookup-masked", g -> new String[] {"vault token lookup -format=table | grep "
        + "-v '^id'", "Key                 Value\n---                 -----\naccessor            "
        + g.b62(24) + "\ncreation_time       " + g.now() + "\ndisplay_name        userpass-" + g.word()
        + "\nentity_id           " + g.uuid() + "\nexpire_time         2026-12-3" + g.between(0, 1)
        + "T09:14:02.38Z\npolicies            [default deploy]\nttl                 767h59m3s\n"});
    m.put("gcloud-config-list", g -> new String[] {"gcloud config list && gcloud auth list",
        "[core]\naccount = " + g.word() + "@" + g.word() + ".iam.gserviceaccount.com\n"
        + "disable_usage_reporting = True\nproject = " + g.word() + "-" + g.digits(6) + "\n\nYour "
        + "active configuration is: [default]\n    Credentialed Accounts\nACTIVE  ACCOUNT\n*       "
        + g.word() + "@example.com\n"});
    m.put("az-account-show", g -> new String[] {"az account show", "{\n  \"environmentName\": "
        + "\"AzureCloud\",\n  \"homeTenantId\": \"" + g.uuid() + "\",\n  \"id\": \"" + g.uuid()
        + "\",\n  \"isDefault\": true,\n  \"name\": \"" + g.word() + "-prod\",\n  \"state\": "
        + "\"Enabled\",\n  \"tenantId\": \"" + g.uuid() + "\",\n  \"user\": {\n    \"name\": \""
        + g.word() + "@example.com\",\n    \"type\": \"user\"\n  }\n}\n"});
    m.put("ps-aux-hashes", g -> new String[] {"ps aux | head -5", "USER         PID %CPU %MEM    VSZ"
        + "   RSS TTY      STAT START   TIME COMMAND\nroot           1  0.0  0.1 168644 12988 ?     "
        + "   Ss   Nov28   0:07 /sbin/init\nroot        " + g.between(800, 9999) + "  0.3  0.2 1245008"
        + " 21760 ?      Sl   Nov28   2:11 /usr/bin/containerd-shim-runc-v2 -namespace moby -id "
        + g.hex(64) + " -address /run/containerd/containerd.sock\napp         " + g.between(800,
        9999) + "  1.2  3.1 3401244 251832 ?     Ssl  09:01   1:03 java -Dbuild.id=" + g.uuid()
        + " -Dgit.sha=" + sha(g) + " -jar /opt/app/app.jar\n"});
    m.put("proc-cmdline-passfile", g -> new String[] {"cat /proc/" + g.between(300, 9999)
        + "/cmdline | tr '\\0' ' '", "/usr/sbin/postgres_exporter --web.listen-address=:9187 "
        + "--auto-discover-databases --password-file=/run/secrets/pg_password --trace-id="
        + g.hex(32) + "\n"});
    m.put("curl-v-public", g -> {
      String h = g.pick("registry.npmjs.org", "api.github.com", "pypi.org", "example.com");
      return new String[] {"curl -v https://" + h + "/", "* Host " + h + ":443 was resolved.\n"
          + "*   Trying 140.82." + g.between(1, 250) + "." + g.between(1, 250) + ":443...\n* SSL "
          + "connection using TLSv1.3 / TLS_AES_128_GCM_SHA256\n> GET / HTTP/2\n> Host: " + h + "\n"
          + "> User-Agent: curl/8.5.0\n> Accept: */*\n>\n< HTTP/2 200\n< etag: W/\"" + g.hex(32)
          + "\"\n< x-github-request-id: " + g.hex(4).toUpperCase() + ":" + g.hex(6).toUpperCase()
          + ":" + g.hex(7).toUpperCase() + "\n< cf-ray: " + g.hex(16) + "-FRA\n< x-amz-request-id: "
          + g.of(Blind26Gen.UPPER_NUM, 16) + "\n<\n"};
    });
    m.put("curl-v-authvar", g -> new String[] {"history | grep curl | tail -2", "  " + g.between(
        100, 999) + "  curl -v -H \"Authorization: Bearer $" + var(g) + "\" https://api." + g.word()
        + ".com/v1/me\n  " + g.between(100, 999) + "  curl -sS -u \"$CI_USER:$CI_PASSWORD\" https://"
        + "ci." + g.word() + ".io/api/json\n"});
    m.put("psql-password-prompt", g -> new String[] {"psql -h db." + g.word() + ".internal -U app -d "
        + g.word(), "Password for user app: \npsql (16.1)\nSSL connection (protocol: TLSv1.3, cipher: "
        + "TLS_AES_256_GCM_SHA384, compression: off)\nType \"help\" for help.\n\n" + g.word() + "=> "});
    m.put("psql-users-bcrypt", g -> new String[] {"psql -c 'select id, email, password_hash from "
        + "users limit 2'", " id |        email         |                        password_hash\n----"
        + "+----------------------+--------------------------------------------------------------\n  "
        + g.between(1, 9) + " | " + g.word() + "@example.com | $2b$12$" + g.of(Blind26Gen.B64
        .replace("+", "."), 53) + "\n  " + g.between(10, 99) + " | " + g.word() + "@example.com | "
        + "$argon2id$v=19$m=65536,t=3,p=4$" + g.mixed(Blind26Gen.B64, 22) + "$" + g.mixed(Blind26Gen
        .B64, 43) + "\n(2 rows)\n"});
    m.put("redis-info", g -> new String[] {"redis-cli INFO server | head -12", "# Server\n"
        + "redis_version:7.2." + g.between(0, 4) + "\nredis_git_sha1:00000000\nredis_git_dirty:0\n"
        + "redis_build_id:" + g.hex(16) + "\nredis_mode:standalone\nos:Linux 6.5.0-1014-aws x86_64\n"
        + "arch_bits:64\nprocess_id:" + g.between(1, 999) + "\nrun_id:" + g.hex(40) + "\ntcp_port:"
        + "6379\nuptime_in_seconds:" + g.digits(6) + "\n"});
    m.put("mongosh-banner", g -> new String[] {"mongosh", "Current Mongosh Log ID:\t" + g.hex(24)
        + "\nConnecting to:\t\tmongodb://127.0.0.1:27017/?directConnection=true&serverSelection"
        + "TimeoutMS=2000&appName=mongosh+2.1.1\nUsing MongoDB:\t\t7.0.4\nUsing Mongosh:\t\t2.1.1\n"
        + "\ntest> db.orders.findOne()\n{ _id: ObjectId('" + g.hex(24) + "'), sku: '" + g.of(
        Blind26Gen.UPPER_NUM, 10) + "', qty: " + g.between(1, 9) + " }\n"});
    m.put("shell-history-clean", g -> new String[] {"tail -n 6 ~/.bash_history", "git checkout -b "
        + "fix/" + g.word() + "\nexport AWS_PROFILE=" + g.word() + "\nkubectl rollout restart "
        + "deploy/" + g.word() + "\ndocker pull " + g.word() + "@sha256:" + g.hex(64) + "\nexport "
        + var(g) + "=\"$(pass show " + g.word() + "/token)\"\ngit push -u origin HEAD\n"});
    m.put("ci-log-masked", g -> {
      String job = g.pick("build", "deploy");
      return new String[] {"gh run view " + g.digits(10) + " --log | tail -n 6", job + "\tRun deploy"
          + "\t" + Blind26Plain.ts(g) + " env:\n" + job + "\tRun deploy\t" + Blind26Plain.ts(g)
          + "   " + var(g) + ": ***\n" + job + "\tRun deploy\t" + Blind26Plain.ts(g) + "   GIT_SHA: "
          + sha(g) + "\n" + job + "\tRun deploy\t" + Blind26Plain.ts(g) + " Deployed revision "
          + g.hex(12) + " (run " + g.digits(10) + ")\n"};
    });
    m.put("gitlab-ci-log", g -> new String[] {"glab ci trace " + g.digits(9) + " | head",
        "Running with gitlab-runner 16.6.0 (" + g.hex(8) + ")\n  on runner-" + g.of(Blind26Gen
        .LOWER + "0123456789", 8) + " " + g.of(Blind26Gen.B62, 8) + ", system ID: s_" + g.hex(12)
        + "\nPreparing the \"docker\" executor\nUsing docker image sha256:" + g.hex(64) + " for "
        + "node:20 with digest node@sha256:" + g.hex(64) + " ...\nGetting source from Git repository"
        + "\nFetching changes with git depth set to 20...\nChecking out " + g.hex(8) + " as detached "
        + "HEAD (ref is main)...\n$ echo \"CI_JOB_TOKEN=[MASKED]\"\nCI_JOB_TOKEN=[MASKED]\n"});
    m.put("systemctl-show-plain", g -> new String[] {"systemctl show " + g.word() + ".service -p "
        + "Environment -p InvocationID -p MainPID", "Environment=LANG=C.UTF-8 PORT=" + g.between(3000,
        9000) + " CONFIG=/etc/" + g.word() + "/config.yaml\nInvocationID=" + g.hex(32)
        + "\nMainPID=" + g.between(300, 99999) + "\n"});
    m.put("launchctl-print-plain", g -> new String[] {"launchctl print gui/501/com.apple.Safari |"
        + " head", "com.apple.Safari = {\n\tactive count = 0\n\tpath = (submitted by Safari)\n\ttype "
        + "= Submitted\n\tstate = not running\n\n\tdomain = gui/501 [100003]\n\tasid = 100003\n\t"
        + "minimum runtime = 10\n\tinstance = " + g.uuid().toUpperCase() + "\n}\n"});
    m.put("java-stacktrace-masked", g -> new String[] {"kubectl logs deploy/" + g.word()
        + " --tail=4", "java.lang.IllegalStateException: Failed to bind client with ClientProperties"
        + "{endpoint='https://api." + g.word() + ".com', apiKey='" + mask(g) + "', timeout=PT30S}\n"
        + "\tat com.acme.ClientConfig.client(ClientConfig.java:" + g.between(20, 200) + ")\n\tat java"
        + ".base/java.lang.Thread.run(Thread.java:1583)\n"});
    m.put("python-traceback-plain", g -> new String[] {"python -m app", "Traceback (most recent "
        + "call last):\n  File \"/app/app/__main__.py\", line " + g.between(5, 99) + ", in <module>\n"
        + "    main()\n  File \"/app/app/db.py\", line 22, in connect\n    return psycopg.connect("
        + "os.environ[\"DATABASE_URL\"])\nKeyError: 'DATABASE_URL'\n"});
    m.put("json-log-traceids", g -> new String[] {"kubectl logs " + g.word() + " --tail=2",
        "{\"level\":\"info\",\"ts\":\"" + Blind26Plain.ts(g) + "\",\"msg\":\"request done\","
        + "\"trace_id\":\"" + g.hex(32) + "\",\"span_id\":\"" + g.hex(16) + "\",\"request_id\":\""
        + g.uuid() + "\",\"traceparent\":\"00-" + g.hex(32) + "-" + g.hex(16) + "-01\",\"status\":200"
        + "}\n{\"level\":\"info\",\"msg\":\"cache hit\",\"key\":\"product:" + g.digits(6) + "\"}\n"});
    m.put("npm-ls", g -> new String[] {"npm ls --depth=0", g.word() + "@1.4." + g.between(0, 9)
        + " /home/dev/src/" + g.word() + "\n├── @types/node@20.10." + g.between(0, 9) + "\n├── "
        + "express@4.18.2\n├── typescript@5.3.3\n└── zod@3.22.4\n"});
    m.put("npm-build-chunks", g -> new String[] {"npm run build", "> web@0.1.0 build\n> vite build\n"
        + "\nvite v5.0.8 building for production...\n✓ 412 modules transformed.\ndist/index.html     "
        + "               0.46 kB │ gzip:  0.30 kB\ndist/assets/index-" + g.of(Blind26Gen.B64URL, 8)
        + ".css    " + g.between(5, 40) + ".12 kB │ gzip:  4.01 kB\ndist/assets/index-" + g.of(
        Blind26Gen.B64URL, 8) + ".js    " + g.between(100, 400) + ".55 kB │ gzip: 48.11 kB\n"
        + "dist/assets/vendor." + g.hex(8) + ".chunk.js  88.01 kB\n✓ built in 3." + g.between(1, 9)
        + "1s\n"});
    m.put("go-sum", g -> new String[] {"head -4 go.sum", "github.com/" + g.word() + "/" + g.word()
        + " v1.2." + g.between(0, 9) + " h1:" + g.mixed(Blind26Gen.B64, 43) + "=\ngithub.com/"
        + g.word() + "/" + g.word() + " v1.2.0/go.mod h1:" + g.mixed(Blind26Gen.B64, 43) + "=\n"});
    m.put("pip-hashes", g -> new String[] {"grep -A1 requests requirements.txt", "requests==2.31.0 "
        + "\\\n    --hash=sha256:" + g.hex(64) + " \\\n    --hash=sha256:" + g.hex(64) + "\n"});
    m.put("ssh-add-L", g -> new String[] {"ssh-add -L", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI"
        + g.mixed(Blind26Gen.B64, 43) + " " + g.word() + "@laptop\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAA"
        + "ABgQ" + g.mixed(Blind26Gen.B64, 300) + " deploy@" + g.word() + "\n"});
    m.put("gpg-list-keys", g -> new String[] {"gpg --list-keys --keyid-format long", "/home/dev/"
        + ".gnupg/pubring.kbx\n-------------------------------\npub   ed25519/" + g.hex(16)
        .toUpperCase() + " 2025-03-1" + g.between(0, 9) + " [SC]\n      " + g.hex(40).toUpperCase()
        + "\nuid                 [ultimate] " + g.pick("Lea Weber", "Ana Souza") + " <" + g.word()
        + "@example.com>\nsub   cv25519/" + g.hex(16).toUpperCase() + " 2025-03-11 [E]\n"});
    m.put("cat-public-key-pem", g -> new String[] {"cat jwt-public.pem", "-----BEGIN PUBLIC KEY-----"
        + "\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + g.of(Blind26Gen.B64, 20) + "\n"
        + g.of(Blind26Gen.B64, 64) + "\n" + g.of(Blind26Gen.B64, 64) + "\n" + g.of(Blind26Gen.B64,
        24) + "IDAQAB\n-----END PUBLIC KEY-----\n"});
    m.put("openssl-cert", g -> new String[] {"openssl s_client -connect " + g.word() + ".com:443 "
        + "</dev/null 2>/dev/null | sed -n '/BEGIN/,/END/p'", "-----BEGIN CERTIFICATE-----\n"
        + "MIIFazCCBFOgAwIBAgISA" + g.of(Blind26Gen.B64, 43) + "\n" + g.of(Blind26Gen.B64, 64) + "\n"
        + g.of(Blind26Gen.B64, 64) + "\n" + g.of(Blind26Gen.B64, 30) + "=\n-----END CERTIFICATE-----\n"});
    m.put("sha256sum", g -> new String[] {"sha256sum dist/*", g.hex(64) + "  dist/" + g.word()
        + "-linux-amd64.tar.gz\n" + g.hex(64) + "  dist/" + g.word() + "-darwin-arm64.tar.gz\n"
        + g.hex(32) + "  dist/checksums.md5\n"});
    m.put("kubectl-get-pods", g -> {
      StringBuilder sb = new StringBuilder("NAME                                READY   STATUS    "
          + "RESTARTS   AGE\n");
      for (int i = 0; i < 4; i++) {
        sb.append(g.word()).append('-').append(g.hex(10)).append('-').append(g.of(Blind26Gen.LOWER
            + "0123456789", 5)).append("   1/1     Running   0          ").append(g.between(1, 40))
            .append("h\n");
      }
      return new String[] {"kubectl get pods -n " + g.word(), sb.toString()};
    });
    m.put("kubectl-describe-ids", g -> new String[] {"kubectl describe pod " + g.word() + " | grep "
        + "-E 'ID|Image'", "    Container ID:   containerd://" + g.hex(64) + "\n    Image:          "
        + "ghcr.io/" + g.word() + "/api:1." + g.between(0, 20) + "\n    Image ID:       ghcr.io/"
        + g.word() + "/api@sha256:" + g.hex(64) + "\n"});
    m.put("redaction-messages", g -> new String[] {"./scripts/rotate-keys.sh", "Rotated "
        + g.pick("sk-proj-", "ghp_", "xoxb-", "AKIA", "sk_live_") + "..." + g.b62(4) + " (created "
        + "2026-0" + g.between(1, 9) + "-1" + g.between(0, 9) + ")\nRevoked old key ending in "
        + g.b62(4) + "\nNew key stored in 1Password item \"" + g.word() + "-prod\" (vault: Infra)\n"});
    m.put("stripe-publishable-env", g -> new String[] {"grep PUBLIC .env.production",
        "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_" + g.pick("live", "test") + "_51" + g.b62(97)
        + "\nNEXT_PUBLIC_APP_URL=https://" + g.word() + ".app\n"});
    m.put("twilio-sid-only", g -> new String[] {"heroku config:get TWILIO_ACCOUNT_SID TWILIO_FROM",
        "AC" + g.hex(32) + "\n+1415555" + g.digits(4) + "\n"});
    m.put("jwt-alg-none", g -> new String[] {"jq -r .id_token fixtures/unsigned.json",
        Blind26Gen.b64url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + Blind26Gen.b64url(
        "{\"sub\":\"" + g.uuid() + "\",\"name\":\"test user\"}") + ".\n"});
    m.put("data-uri-image", g -> new String[] {"grep -o 'data:image[^\\\"]*' dist/index.html | head "
        + "-1", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA" + g.of(
        Blind26Gen.B64, 120) + "AAAABJRU5ErkJggg==\n"});
    m.put("base64-harmless", g -> new String[] {"kubectl get configmap " + g.word() + " -o "
        + "jsonpath='{.binaryData}'", "{\"banner.txt\":\"" + b64Text(g) + "\",\"motd\":\"" + b64Text(g)
        + "\"}\n"});
    m.put("order-numbers-luhn-fail", g -> new String[] {"psql -c 'select id, tracking_no from "
        + "shipments limit 2'", " id |   tracking_no\n----+------------------\n " + g.between(1, 99)
        + " | " + g.badCard("4", 16) + "\n " + g.between(100, 999) + " | " + g.badCard("5" + g.between(
        1, 5), 16) + "\n(2 rows)\n"});
    m.put("iban-bad-checksum", g -> new String[] {"grep -n IBAN tests/fixtures/invalid_ibans.txt",
        "3:" + g.badIban() + "   # wrong check digits, must be rejected\n7:" + g.badIban() + "\n"});
    m.put("crypto-addresses", g -> new String[] {"cast wallet address --account " + g.word(),
        "0x" + g.hex(40) + "\nbc1q" + g.of("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 38) + "\n"});
    m.put("uuids-machine-id", g -> new String[] {"cat /etc/machine-id /proc/sys/kernel/random/"
        + "boot_id; uuidgen", g.hex(32) + "\n" + g.uuid() + "\n" + g.uuid().toUpperCase() + "\n"});
    m.put("s3-ls-keys", g -> {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 4; i++) {
        sb.append("2026-11-2").append(g.between(0, 9)).append(" 0").append(g.between(0, 9))
            .append(":1").append(g.between(0, 9)).append(":02    ").append(g.between(1000, 999999))
            .append(" uploads/").append(g.hex(2)).append('/').append(g.uuid()).append('/')
            .append(g.mixed(Blind26Gen.B62, 22)).append(".").append(g.pick("jpg", "pdf", "parquet"))
            .append('\n');
      }
      return new String[] {"aws s3 ls s3://" + g.word() + "-uploads/ --recursive | head -4",
          sb.toString()};
    });
    m.put("code-reads-env", g -> new String[] {"cat app/settings.py", "import os\n\nOPENAI_API_KEY ="
        + " os.environ[\"OPENAI_API_KEY\"]\nDATABASE_URL = os.getenv(\"DATABASE_URL\", \"postgres://"
        + "localhost/dev\")\nSTRIPE_KEY = vault.read(\"secret/data/stripe\")[\"data\"][\"key\"]\n"
        + "SESSION_SECRET = os.environ.get(\"SESSION_SECRET\")\n"});
    m.put("version-strings", g -> new String[] {"docker version --format json | jq .Server",
        "{\n  \"Version\": \"24.0." + g.between(0, 9) + "\",\n  \"ApiVersion\": \"1.43\",\n  "
        + "\"GitCommit\": \"" + g.hex(7) + "\",\n  \"GoVersion\": \"go1.20.10\",\n  \"KernelVersion\":"
        + " \"6.5.0-1014-aws\",\n  \"BuildTime\": \"2026-10-26T09:08:02.000000000+00:00\"\n}\n"});
    m.put("integrity-sri", g -> new String[] {"curl -s https://" + g.word() + ".com | grep "
        + "integrity", "<script src=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap"
        + ".bundle.min.js\" integrity=\"sha384-" + g.mixed(Blind26Gen.B64, 64) + "\" crossorigin="
        + "\"anonymous\"></script>\n"});
    return m;
  }
}
