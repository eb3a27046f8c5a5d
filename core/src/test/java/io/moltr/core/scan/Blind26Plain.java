package io.moltr.core.scan;

import io.moltr.core.scan.Blind26Kinds.Kind;
import io.moltr.core.scan.Blind26Kinds.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders one plain leak in the layout a CLI tool prints. Returns {text, form}. */
final class Blind26Plain {
  private Blind26Plain() {}

  static String lower(String var) {
    return var.toLowerCase(Locale.ROOT);
  }

  static String camel(String var) {
    String[] p = var.toLowerCase(Locale.ROOT).split("_");
    StringBuilder sb = new StringBuilder(p[0]);
    for (int i = 1; i < p.length; i++) {
      if (!p[i].isEmpty()) {
        sb.append(Character.toUpperCase(p[i].charAt(0))).append(p[i].substring(1));
      }
    }
    return sb.toString();
  }

  static String ts(Blind26Gen g) {
    return String.format("2026-11-%02dT%02d:%02d:%02d.%07dZ", g.between(1, 30), g.between(0, 23),
        g.between(0, 59), g.between(0, 59), g.r.nextInt(10_000_000));
  }

  static String yamlScalar(String s) {
    if (s.matches("[A-Za-z0-9_./+=-]+") && !s.matches("[0-9]+")) {
      return s;
    }
    return "'" + s.replace("'", "''") + "'";
  }

  static String shq(String s) {
    return s.matches("[A-Za-z0-9_./:@=+-]+") ? s : "'" + s + "'";
  }

  static String flag(Kind k) {
    switch (k.shape()) {
      case URL: return k.var().contains("DSN") ? "--dsn" : "--database-url";
      case TOKEN: return "--token";
      default: return k.var().contains("PASSWORD") ? "--password" : "--api-key";
    }
  }

  static String[] render(Blind26Gen g, String ctx, Kind k, String s) {
    String v = k.var();
    String form = s;
    String cmd;
    StringBuilder o = new StringBuilder();
    switch (ctx) {
      case "printenv": {
        List<String> env = new ArrayList<>(Blind26Corpus.envNoise(g));
        env.add(g.r.nextInt(env.size() + 1), v + "=" + s);
        cmd = g.pick("printenv", "env", "env | sort");
        if (cmd.endsWith("sort")) {
          env.sort(null);
        }
        env.forEach(l -> o.append(l).append('\n'));
        break;
      }
      case "export-p": {
        List<String> env = new ArrayList<>(Blind26Corpus.envNoise(g));
        env.add(v + "=" + s);
        env.sort(null);
        cmd = "export -p";
        for (String l : env) {
          int eq = l.indexOf('=');
          o.append("declare -x ").append(l, 0, eq).append("=\"")
              .append(l.substring(eq + 1).replace("\"", "\\\"")).append("\"\n");
        }
        break;
      }
      case "set": {
        cmd = "set | head -n 40";
        o.append("BASH=/usr/bin/bash\nBASHOPTS=checkwinsize:cmdhist:complete_fullquote:expand_aliases"
            + ":extglob:extquote:force_fignore:globasciiranges:histappend:interactive_comments\n"
            + "BASH_VERSINFO=([0]=\"5\" [1]=\"2\" [2]=\"21\" [3]=\"1\" [4]=\"release\" "
            + "[5]=\"x86_64-pc-linux-gnu\")\nBASH_VERSION='5.2.21(1)-release'\nCOLUMNS=" + g.between(
            80, 220) + "\nDIRSTACK=()\nEUID=1000\n");
        List<String> env = new ArrayList<>(Blind26Corpus.envNoise(g));
        env.add(v + "=" + shq(s));
        env.sort(null);
        env.forEach(l -> o.append(l).append('\n'));
        o.append("PS1='\\u@\\h:\\w\\$ '\nSHLVL=1\n_=" + g.pick("ls", "make", "git") + "\n");
        break;
      }
      case "docker-inspect": {
        String name = g.word() + "-api";
        form = Blind26Gen.jsonEsc(s);
        if (g.r.nextBoolean()) {
          cmd = "docker inspect --format '{{json .Config.Env}}' " + name;
          o.append("[\"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\",\"")
              .append(v).append('=').append(form).append("\",\"NODE_VERSION=20.10.0\",\"")
              .append("YARN_VERSION=1.22.19\"]\n");
        } else {
          cmd = "docker inspect " + name + " | jq '.[0].Config'";
          o.append("{\n  \"Hostname\": \"").append(g.hex(12)).append("\",\n  \"User\": \"node\",\n")
              .append("  \"Env\": [\n    \"PATH=/usr/local/bin:/usr/bin:/bin\",\n    \"")
              .append(v).append('=').append(form).append("\",\n    \"PORT=8080\"\n  ],\n")
              .append("  \"Cmd\": [\n    \"node\",\n    \"dist/main.js\"\n  ],\n  \"Image\": \"")
              .append("registry.example.com/").append(name).append("@sha256:").append(g.hex(64))
              .append("\",\n  \"WorkingDir\": \"/app\"\n}\n");
        }
        break;
      }
      case "compose-config": {
        cmd = "docker compose config";
        o.append("name: ").append(g.word()).append("\nservices:\n  api:\n    build:\n      context: "
            + "/home/dev/src/app\n      dockerfile: Dockerfile\n    environment:\n      LOG_LEVEL: "
            + "info\n      ").append(v).append(": ").append(yamlScalar(s)).append("\n      PORT: "
            + "\"8080\"\n    networks:\n      default: null\n    ports:\n      - mode: ingress\n"
            + "        target: 8080\n        published: \"8080\"\n        protocol: tcp\n"
            + "networks:\n  default:\n    name: app_default\n");
        if (!yamlScalar(s).equals(s)) {
          form = s;
        }
        break;
      }
      case "heroku-config": {
        cmd = "heroku config -a " + g.word() + "-prod";
        o.append("=== ").append(g.word()).append("-prod Config Vars\n");
        String pad = " ".repeat(Math.max(1, 26 - v.length()));
        o.append("LOG_LEVEL:").append(" ".repeat(17)).append("info\n");
        o.append(v).append(':').append(pad).append(s).append('\n');
        o.append("WEB_CONCURRENCY:").append(" ".repeat(11)).append("2\n");
        break;
      }
      case "vercel-env-pull": {
        cmd = "vercel env pull .env.local && cat .env.local";
        o.append("Vercel CLI 33.").append(g.between(0, 9)).append(".0\n> Downloading `development` "
            + "Environment Variables for Project ").append(g.word()).append("-web\n")
            .append("✅  Created .env.local file  [").append(g.between(90, 900)).append("ms]\n")
            .append("# Created by Vercel CLI\nNEXT_PUBLIC_APP_URL=\"http://localhost:3000\"\n")
            .append(v).append("=\"").append(s).append("\"\nVERCEL=\"1\"\nVERCEL_ENV=\"development\"\n")
            .append("VERCEL_GIT_COMMIT_SHA=\"").append(g.hex(40)).append("\"\n");
        break;
      }
      case "terraform-output-json": {
        cmd = "terraform output -json";
        form = Blind26Gen.jsonEsc(s);
        o.append("{\n  \"cluster_endpoint\": {\n    \"sensitive\": false,\n    \"type\": \"string\",\n"
            + "    \"value\": \"https://").append(g.hex(32).toUpperCase()).append(".gr7.eu-west-1.eks."
            + "amazonaws.com\"\n  },\n  \"").append(Blind26Plain.lower(v)).append("\": {\n    "
            + "\"sensitive\": true,\n    \"type\": \"string\",\n    \"value\": \"").append(form)
            .append("\"\n  }\n}\n");
        break;
      }
      case "vault-kv-get": {
        cmd = "vault kv get secret/" + g.word() + "/prod";
        o.append("====== Secret Path ======\nsecret/data/").append(g.word()).append("/prod\n\n"
            + "======= Metadata =======\nKey                Value\n---                -----\n"
            + "created_time       2026-11-").append(g.between(10, 29)).append("T10:1")
            .append(g.between(0, 9)).append(":04.3").append(g.digits(5)).append("Z\n"
            + "custom_metadata    <nil>\ndeletion_time      n/a\ndestroyed          false\n"
            + "version            ").append(g.between(1, 12)).append("\n\n====== Data ======\n"
            + "Key               Value\n---               -----\n")
            .append(lower(v)).append(" ".repeat(Math.max(1, 18 - v.length()))).append(s).append('\n');
        break;
      }
      case "ps-aux": {
        cmd = "ps aux | grep -v grep | grep " + g.word();
        String arg = flag(k) + (g.r.nextBoolean() ? "=" + s : " " + shq(s));
        o.append("USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n");
        o.append("app        ").append(g.between(1000, 9999)).append("  2.1  1.4 1287344 ")
            .append(g.between(10000, 99999)).append(" ?      Ssl  09:12   0:41 /usr/local/bin/")
            .append(g.word()).append("-worker --config /etc/app/config.yaml ").append(arg)
            .append(" --metrics-port 9102\n");
        o.append("app        ").append(g.between(1000, 9999)).append("  0.0  0.1  18412  3312 pts/0"
            + "    S+   09:40   0:00 tail -f /var/log/app/worker.log\n");
        break;
      }
      case "proc-cmdline": {
        int pid = g.between(300, 40000);
        cmd = "cat /proc/" + pid + "/cmdline | tr '\\0' ' '; echo";
        o.append(g.pick("/usr/bin/python3 -m app.worker", "node dist/server.js",
            "/opt/app/bin/server")).append(' ').append(flag(k)).append(' ').append(s)
            .append(" --port ").append(g.between(3000, 9000)).append(" \n");
        break;
      }
      case "shell-history": {
        boolean zsh = g.r.nextBoolean();
        cmd = zsh ? "tail -n 6 ~/.zsh_history" : "tail -n 6 ~/.bash_history";
        List<String> h = new ArrayList<>(List.of("git pull --rebase", "kubectl get pods -n "
            + g.word(), "make test", "ls -la"));
        if (k.shape() == Shape.TOKEN && g.r.nextBoolean()) {
          h.add(g.r.nextInt(3) + 1, "curl -sS -H \"Authorization: Bearer " + s
              + "\" https://api." + g.word() + ".com/v1/me | jq .");
        } else {
          h.add(g.r.nextInt(3) + 1, "export " + v + "=" + shq(s));
        }
        long t = 1764400000L + g.r.nextInt(100000);
        for (String l : h) {
          o.append(zsh ? ": " + (t += g.between(3, 90)) + ":0;" : "").append(l).append('\n');
        }
        break;
      }
      case "ci-log": {
        cmd = "gh run view " + g.digits(10) + " --log-failed | tail -n 12";
        if (k.shape() == Shape.MULTI || k.shape() == Shape.PII) {
          o.append("deploy\tRun deploy\t").append(ts(g)).append(" + echo \"$").append(v)
              .append("\" > key.pem\n").append("deploy\tRun deploy\t").append(ts(g))
              .append(" + cat key.pem\n").append(s).append("\ndeploy\tRun deploy\t").append(ts(g))
              .append(" ##[error]Process completed with exit code 1.\n");
        } else {
          String job = g.pick("build", "deploy", "release");
          o.append(job).append("\tRun ./scripts/").append(job).append(".sh\t").append(ts(g))
              .append(" ##[group]Run ./scripts/").append(job).append(".sh\n");
          o.append(job).append("\tRun ./scripts/").append(job).append(".sh\t").append(ts(g))
              .append(" shell: /usr/bin/bash -e {0}\n");
          o.append(job).append("\tRun ./scripts/").append(job).append(".sh\t").append(ts(g))
              .append(" env:\n");
          o.append(job).append("\tRun ./scripts/").append(job).append(".sh\t").append(ts(g))
              .append("   ").append(v).append(": ").append(s).append('\n');
          o.append(job).append("\tRun ./scripts/").append(job).append(".sh\t").append(ts(g))
              .append(" ##[endgroup]\n");
          o.append(job).append("\tRun ./scripts/").append(job).append(".sh\t").append(ts(g))
              .append(" ##[error]Process completed with exit code 22.\n");
        }
        break;
      }
      case "systemctl-show": {
        String unit = g.word() + ".service";
        cmd = "systemctl show " + unit + " -p Environment -p InvocationID";
        String kv = v + "=" + s;
        o.append("Environment=NODE_ENV=production PORT=").append(g.between(3000, 9000)).append(' ')
            .append(s.contains(" ") ? "\"" + kv + "\"" : kv).append(" LOG_FORMAT=json\n")
            .append("InvocationID=").append(g.hex(32)).append('\n');
        break;
      }
      case "launchctl": {
        cmd = "launchctl print gui/501/com." + g.word() + ".agent | sed -n '1,20p'";
        o.append("com.").append(g.word()).append(".agent = {\n\tactive count = 1\n\tpath = /Users/dev/"
            + "Library/LaunchAgents/com.app.agent.plist\n\ttype = LaunchAgent\n\tstate = running\n\n"
            + "\tprogram = /usr/local/bin/agent\n\tenvironment = {\n\t\tPATH => /usr/bin:/bin:"
            + "/usr/sbin:/sbin\n\t\t").append(v).append(" => ").append(s).append("\n\t\tXPC_SERVICE"
            + "_NAME => com.app.agent\n\t}\n\n\tpid = ").append(g.between(400, 90000))
            .append("\n}\n");
        break;
      }
      case "java-stacktrace": {
        cmd = "kubectl logs deploy/" + g.word() + " --tail=8";
        o.append(ts(g)).append(" ERROR 1 --- [           main] o.s.boot.SpringApplication               "
            + ": Application run failed\njava.lang.IllegalStateException: Failed to bind client "
            + "with ClientProperties{endpoint='https://api.").append(g.word()).append(".com', ")
            .append(camel(v)).append("='").append(s).append("', timeout=PT30S, retries=3}\n"
            + "\tat com.acme.").append(g.word()).append(".ClientConfig.client(ClientConfig.java:")
            .append(g.between(20, 200)).append(")\n\tat java.base/jdk.internal.reflect.DirectMethod"
            + "HandleAccessor.invoke(DirectMethodHandleAccessor.java:103)\n\tat org.springframework"
            + ".beans.factory.support.SimpleInstantiationStrategy.instantiate(SimpleInstantiation"
            + "Strategy.java:140)\n");
        break;
      }
      case "python-repr": {
        cmd = "python -m app.worker";
        form = s.replace("\n", "\\n");
        o.append("Traceback (most recent call last):\n  File \"/app/app/worker.py\", line ")
            .append(g.between(10, 300)).append(", in main\n    client = Client(settings)\n"
            + "  File \"/app/app/client.py\", line 41, in __init__\n    raise ConnectionError("
            + "f\"cannot reach {settings!r}\")\nConnectionError: cannot reach Settings(endpoint="
            + "'https://api.").append(g.word()).append(".io', ").append(lower(v)).append("='")
            .append(form).append("', timeout=30.0, debug=False)\n");
        break;
      }
      case "node-inspect": {
        cmd = "pm2 logs api --lines 10 --nostream";
        o.append("0|api  | ").append(ts(g)).append(": AxiosError: Request failed with status code 401\n"
            + "0|api  |     at settle (/app/node_modules/axios/dist/node/axios.cjs:1966:12)\n"
            + "0|api  |   config: {\n0|api  |     url: 'https://api.").append(g.word())
            .append(".com/v2/items',\n0|api  |     method: 'get',\n0|api  |     headers: Object"
            + "[AxiosHeaders] {\n0|api  |       Accept: 'application/json',\n0|api  |       ");
        if (k.shape() == Shape.TOKEN) {
          o.append("Authorization: 'Bearer ").append(s).append("'");
        } else {
          o.append("'x-").append(lower(v).replace('_', '-')).append("': '").append(s).append("'");
        }
        o.append("\n0|api  |     },\n0|api  |     timeout: 10000\n0|api  |   }\n");
        break;
      }
      case "kubectl-describe-pod": {
        String pod = g.word() + "-" + g.hex(10) + "-" + g.of(Blind26Gen.LOWER, 5);
        cmd = "kubectl describe pod " + pod + " | sed -n '/Environment/,/Mounts/p'";
        o.append("    Environment:\n      POD_NAME:       ").append(pod).append(" (v1:metadata.name)\n"
            + "      ").append(v).append(":  ").append(s).append("\n      OTEL_EXPORTER_OTLP_ENDPOINT: "
            + " http://otel-collector:4317\n    Mounts:\n      /var/run/secrets/kubernetes.io/service"
            + "account from kube-api-access-").append(g.of(Blind26Gen.LOWER, 5)).append(" (ro)\n");
        break;
      }
      case "kubectl-configmap": {
        String cm = g.word() + "-config";
        cmd = "kubectl get configmap " + cm + " -o yaml";
        o.append("apiVersion: v1\ndata:\n  LOG_LEVEL: info\n");
        if (s.contains("\n")) {
          o.append("  ").append(lower(v)).append(".pem: |\n");
          form = s.replace("\n", "\n    ");
          for (String l : s.split("\n")) {
            o.append("    ").append(l).append('\n');
          }
        } else {
          o.append("  ").append(v).append(": ").append(yamlScalar(s)).append('\n');
        }
        o.append("kind: ConfigMap\nmetadata:\n  creationTimestamp: \"2026-11-2").append(g.between(0,
            9)).append("T08:14:55Z\"\n  name: ").append(cm).append("\n  namespace: ")
            .append(g.word()).append("\n  resourceVersion: \"").append(g.digits(8))
            .append("\"\n  uid: ").append(g.uuid()).append('\n');
        break;
      }
      case "curl-v": {
        String hostName = "api." + g.word() + ".com";
        cmd = "curl -v https://" + hostName + "/v1/account";
        o.append("*   Trying 104.18.").append(g.between(1, 250)).append('.').append(g.between(1, 250))
            .append(":443...\n* Connected to ").append(hostName).append(" port 443\n* ALPN: curl "
            + "offers h2,http/1.1\n* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384\n"
            + "> GET /v1/account HTTP/2\n> Host: ").append(hostName).append("\n> User-Agent: "
            + "curl/8.5.0\n> Accept: */*\n> Authorization: Bearer ").append(s).append("\n>\n"
            + "< HTTP/2 200\n< content-type: application/json\n< x-request-id: ").append(g.uuid())
            .append("\n<\n{\"id\":\"acct_").append(g.b62(14)).append("\",\"plan\":\"team\"}\n");
        break;
      }
      case "crash-dump-json": {
        cmd = "journalctl -u " + g.word() + " -o cat -n 3";
        form = Blind26Gen.jsonEsc(s);
        o.append("{\"level\":\"info\",\"ts\":\"").append(ts(g)).append("\",\"msg\":\"starting\"}\n");
        o.append("{\"level\":\"fatal\",\"ts\":\"").append(ts(g)).append("\",\"msg\":\"panic: "
            + "upstream handshake failed\",\"trace_id\":\"").append(g.hex(32)).append("\",\"config\":{"
            + "\"region\":\"eu-west-1\",\"").append(camel(v)).append("\":\"").append(form)
            .append("\",\"timeout_ms\":5000}}\n");
        break;
      }
      case "fly-ssh-env": {
        cmd = "fly ssh console -a " + g.word() + " -C env";
        o.append("Connecting to fdaa:").append(g.hex(4)).append(':').append(g.hex(4)).append(":a7b:"
            + g.hex(3) + ":" + g.hex(4) + ":" + g.hex(4) + ":2... complete\n");
        List<String> env = new ArrayList<>(List.of("FLY_APP_NAME=" + g.word(), "FLY_REGION=fra",
            "FLY_ALLOC_ID=" + g.uuid(), "FLY_IMAGE_REF=registry.fly.io/app:deployment-" + g.of(
            Blind26Gen.UPPER_NUM, 26), "PRIMARY_REGION=fra"));
        env.add(g.r.nextInt(env.size()), v + "=" + s);
        env.forEach(l -> o.append(l).append('\n'));
        break;
      }
      case "cat-file": {
        String path = k.name().startsWith("age") ? "~/.config/sops/age/keys.txt"
            : k.name().startsWith("putty") ? "~/keys/deploy.ppk"
            : k.name().startsWith("pgp") ? "release-signing.asc"
            : k.name().startsWith("openssh") ? "~/.ssh/id_ed25519" : "certs/server.key";
        cmd = "cat " + path;
        o.append(s).append('\n');
        break;
      }
      // ---------------- specials
      case "aws-credentials": {
        cmd = "cat ~/.aws/credentials";
        o.append("[default]\naws_access_key_id = AKIA").append(g.of(Blind26Gen.UP32, 16))
            .append("\naws_secret_access_key = ").append(s).append("\n\n[").append(g.word())
            .append("]\nrole_arn = arn:aws:iam::").append(g.digits(12)).append(":role/deployer\n"
            + "source_profile = default\n");
        break;
      }
      case "aws-export-credentials": {
        cmd = "aws configure export-credentials --profile " + g.word();
        o.append("{\n  \"Version\": 1,\n  \"AccessKeyId\": \"ASIA").append(g.of(Blind26Gen.UP32, 16))
            .append("\",\n  \"SecretAccessKey\": \"").append(Blind26Gen.jsonEsc(s))
            .append("\",\n  \"SessionToken\": \"IQoJb3JpZ2luX2VjE").append(g.mixed(Blind26Gen.B64,
                300)).append("\",\n  \"Expiration\": \"2026-12-01T1").append(g.between(0, 9))
            .append(":00:00+00:00\"\n}\n");
        form = Blind26Gen.jsonEsc(s);
        break;
      }
      case "aws-sts-session": {
        cmd = "aws sts get-session-token --duration-seconds 3600";
        o.append("{\n    \"Credentials\": {\n        \"AccessKeyId\": \"ASIA").append(g.of(
            Blind26Gen.UP32, 16)).append("\",\n        \"SecretAccessKey\": \"")
            .append(Blind26Gen.jsonEsc(s)).append("\",\n        \"SessionToken\": \"FwoGZXIvYXdzE")
            .append(g.mixed(Blind26Gen.B64, 260)).append("\",\n        \"Expiration\": "
            + "\"2026-12-01T10:41:07+00:00\"\n    }\n}\n");
        form = Blind26Gen.jsonEsc(s);
        break;
      }
      case "aws-configure-get": {
        cmd = "aws configure get aws_secret_access_key --profile " + g.word();
        o.append(s).append('\n');
        break;
      }
      case "git-remote-v": {
        cmd = "git remote -v";
        String hostName = k.name().startsWith("gitlab") ? "gitlab.com" : "github.com";
        String user = k.name().startsWith("gitlab") ? "oauth2" : g.pick("x-access-token", "octo-bot");
        String url = "https://" + user + ":" + s + "@" + hostName + "/" + g.word() + "/" + g.word()
            + ".git";
        o.append("origin\t").append(url).append(" (fetch)\norigin\t").append(url).append(" (push)\n");
        if (g.r.nextBoolean()) {
          o.append("upstream\tgit@").append(hostName).append(':').append(g.word()).append('/')
              .append(g.word()).append(".git (fetch)\n");
        }
        break;
      }
      case "gh-auth-status-t": {
        cmd = "gh auth status -t";
        o.append("github.com\n  ✓ Logged in to github.com account ").append(g.word())
            .append("-dev (keyring)\n  - Active account: true\n  - Git operations protocol: https\n"
            + "  - Token: ").append(s).append("\n  - Token scopes: 'gist', 'read:org', 'repo', "
            + "'workflow'\n");
        break;
      }
      case "gh-auth-token": {
        cmd = "gh auth token";
        o.append(s).append('\n');
        break;
      }
      case "netrc": {
        cmd = "cat ~/.netrc";
        String hostName = k.name().startsWith("gitlab") ? "gitlab." + g.word() + ".com"
            : k.name().startsWith("github") ? "github.com" : "ftp." + g.word() + ".net";
        o.append("machine ").append(hostName).append("\n  login ").append(g.pick("deploy", "ci-bot",
            "gitlab+deploy-token-" + g.digits(6))).append("\n  password ").append(s).append('\n');
        if (g.r.nextBoolean()) {
          o.append("\nmachine api.heroku.com\n  login dev@").append(g.word()).append(".io\n");
        }
        break;
      }
      case "git-config-list": {
        cmd = "git config --list --show-origin";
        String hostName = k.name().startsWith("gitlab") ? "gitlab.com" : "github.com";
        o.append("file:/home/dev/.gitconfig\tuser.name=Dev Ops\nfile:/home/dev/.gitconfig\tuser.email="
            + "dev@").append(g.word()).append(".io\nfile:/home/dev/.gitconfig\tinit.defaultbranch="
            + "main\nfile:.git/config\tcore.repositoryformatversion=0\nfile:.git/config\tcore.bare="
            + "false\nfile:.git/config\tremote.origin.url=https://oauth2:").append(s).append('@')
            .append(hostName).append('/').append(g.word()).append('/').append(g.word()).append(
            ".git\nfile:.git/config\tremote.origin.fetch=+refs/heads/*:refs/remotes/origin/*\n"
            + "file:.git/config\tbranch.main.remote=origin\n");
        break;
      }
      case "ci-log-unmasked": {
        cmd = "gh run view --log --job " + g.digits(11) + " | grep -A2 clone";
        o.append("build\tCheckout\t").append(ts(g)).append(" [command]/usr/bin/git clone https://"
            + "x-access-token:").append(s).append("@github.com/").append(g.word()).append('/')
            .append(g.word()).append(".git vendor/lib\nbuild\tCheckout\t").append(ts(g))
            .append(" Cloning into 'vendor/lib'...\n");
        break;
      }
      case "git-config-extraheader": {
        cmd = "git config --global --list";
        o.append("user.name=github-actions[bot]\nuser.email=41898282+github-actions[bot]@users."
            + "noreply.github.com\nurl.https://x-access-token:").append(s).append(
            "@github.com/.insteadof=https://github.com/\nsafe.directory=*\n");
        break;
      }
      case "npmrc": {
        cmd = "cat ~/.npmrc";
        o.append("@").append(g.word()).append(":registry=https://npm.pkg.github.com\n"
            + "//registry.npmjs.org/:_authToken=").append(s).append("\nfund=false\n");
        break;
      }
      case "npm-config-list": {
        cmd = "cat .yarnrc.yml";
        o.append("nodeLinker: node-modules\nnpmRegistryServer: \"https://registry.npmjs.org\"\n"
            + "npmAuthToken: \"").append(s).append("\"\nyarnPath: .yarn/releases/yarn-4.0.2.cjs\n");
        break;
      }
      case "pypirc": {
        cmd = "cat ~/.pypirc";
        o.append("[distutils]\nindex-servers =\n    pypi\n    testpypi\n\n[pypi]\n  username = "
            + "__token__\n  password = ").append(s).append("\n\n[testpypi]\n  repository = "
            + "https://test.pypi.org/legacy/\n  username = __token__\n");
        break;
      }
      case "gcloud-print-token": {
        cmd = "gcloud auth print-access-token";
        o.append(s).append('\n');
        break;
      }
      case "az-get-access-token": {
        cmd = "az account get-access-token";
        o.append("{\n  \"accessToken\": \"").append(s).append("\",\n  \"expiresOn\": \"2026-12-01 "
            + "11:0").append(g.between(0, 9)).append(":12.000000\",\n  \"expires_on\": ")
            .append(g.now()).append(",\n  \"subscription\": \"").append(g.uuid()).append("\",\n  "
            + "\"tenant\": \"").append(g.uuid()).append("\",\n  \"tokenType\": \"Bearer\"\n}\n");
        break;
      }
      case "psql-connect": {
        cmd = "psql \"" + s + "\"";
        o.append("psql (16.1 (Ubuntu 16.1-1.pgdg22.04+1), server 15.4)\nSSL connection (protocol: "
            + "TLSv1.3, cipher: TLS_AES_256_GCM_SHA384, compression: off)\nType \"help\" for help.\n"
            + "\n").append(g.word()).append("=> \\dt\n");
        break;
      }
      case "mysql-connect": {
        cmd = "mysqlsh --sql " + s;
        o.append("MySQL Shell 8.2.1\n\nCopyright (c) 2016, 2023, Oracle and/or its affiliates.\n"
            + "Type '\\help' or '\\?' for help; '\\quit' to exit.\nCreating a session to '")
            .append(s.replaceFirst(":[^:@]+@", "@")).append("'\nFetching global names for "
            + "auto-completion... Press ^C to stop.\n");
        break;
      }
      case "mongosh-connect": {
        cmd = "mongosh \"" + s + "\"";
        o.append("Current Mongosh Log ID:\t").append(g.hex(24)).append("\nConnecting to:\t\t"
            + "mongodb+srv://<credentials>@cluster0.mongodb.net/\nUsing MongoDB:\t\t7.0.4\n"
            + "Using Mongosh:\t\t2.1.1\n\nAtlas atlas-").append(g.of(Blind26Gen.LOWER, 6))
            .append("-shard-0 [primary] test>\n");
        break;
      }
      case "redis-cli-connect": {
        cmd = "redis-cli -u " + s + " --tls ping";
        o.append("Warning: Using a password with '-a' or '-u' option on the command line interface "
            + "may not be safe.\nPONG\n");
        break;
      }
      case "mysql-p-arg": {
        cmd = "mysql -h db." + g.word() + ".internal -u root -p" + shq(s) + " -e 'select count(*) from "
            + "orders'";
        o.append("mysql: [Warning] Using a password on the command line interface can be insecure.\n"
            + "+----------+\n| count(*) |\n+----------+\n|    ").append(g.between(1000, 99999))
            .append(" |\n+----------+\n");
        break;
      }
      case "bitcoin-cli-dumpprivkey": {
        cmd = "bitcoin-cli -rpcwallet=hot dumpprivkey bc1q" + g.of("qpzry9x8gf2tvdw0s3jn54khce6mua7l",
            38);
        o.append(s).append('\n');
        break;
      }
      case "cast-wallet-new": {
        cmd = "cast wallet new";
        o.append("Successfully created new keypair.\nAddress:     0x").append(g.hex(40))
            .append("\nPrivate key: ").append(s).append('\n');
        break;
      }
      case "age-keygen": {
        cmd = "age-keygen";
        o.append("# created: 2026-11-").append(g.between(10, 29)).append("T09:14:").append(g.between(
            10, 59)).append("Z\n# public key: age1").append(g.of("qpzry9x8gf2tvdw0s3jn54khce6mua7l",
            58)).append('\n').append(s).append('\n');
        break;
      }
      case "vault-login": {
        cmd = "vault login -method=userpass username=" + g.word();
        o.append("Success! You are now authenticated. The token information displayed below\nis "
            + "already stored in the token helper. You do NOT need to run \"vault login\"\nagain. "
            + "Future Vault requests will automatically use this token.\n\nKey                    "
            + "Value\n---                    -----\ntoken                  ").append(s)
            .append("\ntoken_accessor         ").append(g.b62(24)).append("\ntoken_duration         "
            + "768h\ntoken_renewable        true\ntoken_policies         [\"default\" \"deploy\"]\n");
        break;
      }
      case "docker-login-history": {
        cmd = "history | tail -n 4";
        int n = g.between(400, 1900);
        o.append("  ").append(n).append("  docker build -t ").append(g.word()).append(":dev .\n  ")
            .append(n + 1).append("  echo \"").append(s).append("\" | docker login -u ")
            .append(g.word()).append("bot --password-stdin\n  ").append(n + 2).append("  docker push "
            + g.word() + "/api:1.4." + g.between(0, 20) + "\n  ").append(n + 3).append("  history | "
            + "tail -n 4\n");
        break;
      }
      case "curl-v-cookie": {
        cmd = "curl -v -b cookies.txt https://app." + g.word() + ".io/api/me";
        o.append("> GET /api/me HTTP/1.1\n> Host: app.").append(g.word()).append(".io\n> User-Agent: "
            + "curl/8.4.0\n> Accept: */*\n> Cookie: theme=dark; session=").append(s).append("\n>\n"
            + "< HTTP/1.1 200 OK\n< Content-Type: application/json; charset=utf-8\n< ETag: W/\"")
            .append(g.hex(8)).append("\"\n<\n{\"user\":\"ops\"}\n");
        break;
      }
      // ---------------- PII
      case "psql-select": {
        String col = piiCol(k);
        if (k.name().equals("iban") && g.r.nextBoolean()) {
          form = Blind26Gen.spacedIban(s);
        }
        cmd = "psql -c \"select id, name, " + col + " from customers where id = " + g.between(10,
            9999) + "\"";
        o.append("  id  |      name       |  ").append(col).append("\n------+-----------------+----"
            + "---------------------\n ").append(g.between(10, 9999)).append(" | ")
            .append(g.pick("Ana Souza", "Jan Kowalski", "María García", "Lea Weber")).append("      | ")
            .append(form).append("\n(1 row)\n");
        break;
      }
      case "mysql-select": {
        String col = piiCol(k);
        cmd = "mysql -e \"SELECT customer_id, " + col + " FROM payments LIMIT 2\" shop";
        o.append("+-------------+---------------------+\n| customer_id | ").append(col)
            .append(" |\n+-------------+---------------------+\n|       ").append(g.between(1000,
                9999)).append(" | ").append(s).append(" |\n|       ").append(g.between(1000, 9999))
            .append(" | NULL |\n+-------------+---------------------+\n2 rows in set (0.00 sec)\n");
        break;
      }
      case "mongosh-find": {
        String col = piiCol(k);
        cmd = "db.customers.find({ status: 'overdue' }).limit(1)";
        o.append("[\n  {\n    _id: ObjectId('").append(g.hex(24)).append("'),\n    name: '")
            .append(g.pick("Ana Souza", "Pedro Alves", "Lucía Ruiz")).append("',\n    ").append(col)
            .append(": '").append(s).append("',\n    status: 'overdue'\n  }\n]\n");
        break;
      }
      case "redis-hgetall": {
        String col = piiCol(k);
        cmd = "redis-cli HGETALL customer:" + g.between(1000, 99999);
        o.append("1) \"name\"\n2) \"").append(g.pick("Ana Souza", "Lea Weber")).append("\"\n3) \"")
            .append(col).append("\"\n4) \"").append(s).append("\"\n5) \"updated_at\"\n6) \"")
            .append(g.now()).append("\"\n");
        break;
      }
      default:
        throw new IllegalArgumentException(ctx);
    }
    String text = Blind26Corpus.chat(g, cmd, o.toString());
    return new String[] {text, form};
  }

  static String piiCol(Kind k) {
    switch (k.name()) {
      case "card": return "card_number";
      case "iban": return "iban";
      case "national-id-cpf": return "cpf";
      default: return "dni";
    }
  }
}
