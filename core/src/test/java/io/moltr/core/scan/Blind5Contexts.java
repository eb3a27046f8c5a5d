package io.moltr.core.scan;

import io.moltr.core.scan.Blind5Credentials.Cred;
import io.moltr.core.scan.Blind5Credentials.Shape;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The places an agent's output carries a value: chat answers, diffs, stack traces, kubectl,
 * terraform, docker inspect, CI logs, notebooks, curl transcripts, SQL dumps, headers, dotfiles.
 * Each takes a name and a value, so the same template holds a credential or a hard negative.
 */
final class Blind5Contexts {
  record Context(String id, Set<Shape> shapes, BiFunction<Cred, Random, String> render) {}

  private Blind5Contexts() {}

  static String json(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  static String sql(String s) {
    return s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n");
  }

  static String prefixLines(String s, String prefix) {
    StringBuilder sb = new StringBuilder();
    for (String line : s.split("\n", -1)) {
      sb.append(prefix).append(line).append('\n');
    }
    return sb.toString();
  }

  static String ts(Random r, int second) {
    return String.format("2026-03-%02dT%02d:%02d:%02d.%07dZ", 1 + r.nextInt(27), 8 + r.nextInt(10), r.nextInt(60), second % 60, r.nextInt(10_000_000));
  }

  static String hex(Random r, int n) {
    return Blind5Credentials.pick(r, Blind5Credentials.HEX, n);
  }

  static String var(Cred c) {
    return c.name().toLowerCase();
  }

  static String chat(Cred c, Random r) {
    return switch (c.shape()) {
      case PEM -> "Found it. The deploy job reads the key from `deploy/keys/" + var(c) + ".pem`; here is its content so you can add it to the runner:\n\n```\n"
          + c.value() + "\n```\n\nAfter pasting it, run `chmod 600` on the file, otherwise ssh refuses it with *UNPROTECTED PRIVATE KEY FILE*.";
      case PHRASE -> "I restored the wallet from the backup note in `notes/wallet.md`. The recovery phrase is:\n\n> " + c.value()
          + "\n\nKeep it offline: anyone who has these words controls the funds.";
      case NUMBER -> "Here is the record you asked about (order #" + (40000 + r.nextInt(9999)) + "):\n\n| Field | Value |\n|---|---|\n| Customer | M. Okafor |\n| "
          + (c.name().equals("IBAN") ? "IBAN" : "Card") + " | " + c.value() + " |\n| Status | settled |\n\nLet me know if you want the refund issued.";
      default -> r.nextBoolean()
          ? "Sure! The 401 comes from the client starting without credentials. Your `.env` is missing one line:\n\n```bash\n" + c.name() + "=" + c.value()
              + "\n```\n\nThen restart with `npm run dev`. **Note:** `.env` is already in `.gitignore`, so it won't be committed."
          : "The quickest way to test it is from Python:\n\n```python\nimport httpx\n\n" + var(c) + " = \"" + c.value() + "\"\nresp = httpx.get(\"https://api.internal.example/v1/status\", headers={\"Authorization\": f\"Bearer {" + var(c)
              + "}\"})\nprint(resp.status_code)\n```\n\nIf that prints `200`, the key itself is fine and the problem is in the proxy config.";
    };
  }

  static String diff(Cred c, Random r) {
    String head = "diff --git a/config/settings.py b/config/settings.py\nindex " + hex(r, 7) + ".." + hex(r, 7) + " 100644\n--- a/config/settings.py\n+++ b/config/settings.py\n";
    return switch (c.shape()) {
      case PEM -> "diff --git a/deploy/keys/" + var(c) + ".pem b/deploy/keys/" + var(c) + ".pem\nnew file mode 100600\nindex 0000000.." + hex(r, 7) + "\n--- /dev/null\n+++ b/deploy/keys/" + var(c) + ".pem\n@@ -0,0 +1,"
          + c.value().split("\n").length + " @@\n" + prefixLines(c.value(), "+");
      case NUMBER -> "diff --git a/tests/fixtures/payments.yaml b/tests/fixtures/payments.yaml\nindex " + hex(r, 7) + ".." + hex(r, 7) + " 100644\n--- a/tests/fixtures/payments.yaml\n+++ b/tests/fixtures/payments.yaml\n@@ -3,4 +3,4 @@ customer:\n   name: M. Okafor\n-  account: null\n+  account: \""
          + c.value() + "\"\n   currency: EUR\n";
      default -> head + "@@ -14,7 +14,7 @@ LOGGING = {\n     \"version\": 1,\n }\n \n-" + c.name() + " = os.environ[\"" + c.name() + "\"]\n+" + c.name() + " = \"" + c.value() + "\"\n \n TIMEOUT_SECONDS = 30\n";
    };
  }

  static String stack(Cred c, Random r) {
    if (c.shape() == Shape.URL) {
      return "Traceback (most recent call last):\n  File \"/app/worker/main.py\", line 42, in <module>\n    conn = connect(\"" + c.value()
          + "\")\n  File \"/usr/local/lib/python3.11/site-packages/worker/db.py\", line 17, in connect\n    return pool.acquire(timeout=5)\nConnectionError: could not reach server: timeout after 5.0s\n";
    }
    if (c.shape() == Shape.NUMBER) {
      return "com.acme.pay.DeclinedException: issuer declined account=" + c.value().replace(" ", "") + " code=05\n\tat com.acme.pay.Gateway.authorize(Gateway.java:211)\n\tat com.acme.pay.CheckoutService.pay(CheckoutService.java:88)\n\tat jdk.internal.reflect.GeneratedMethodAccessor" + r.nextInt(400) + ".invoke(Unknown Source)\n";
    }
    return r.nextBoolean()
        ? "Exception in thread \"main\" com.acme.client.AuthException: 401 Unauthorized for credential " + c.name() + "=" + c.value() + "\n\tat com.acme.client.HttpApi.send(HttpApi.java:" + (100 + r.nextInt(300))
            + ")\n\tat com.acme.client.HttpApi.get(HttpApi.java:74)\n\tat com.acme.Main.main(Main.java:19)\nCaused by: java.io.IOException: Server returned HTTP response code: 401\n\tat java.base/sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:2000)\n"
        : "Traceback (most recent call last):\n  File \"/srv/app/sync.py\", line 88, in run\n    client = Client(api_key=\"" + c.value() + "\", timeout=30)\n  File \"/srv/app/.venv/lib/python3.12/site-packages/vendor/client.py\", line 51, in __init__\n    self._check()\nvendor.errors.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided', 'type': 'invalid_request_error'}}\n";
  }

  static String terraform(Cred c, Random r) {
    if (c.shape() == Shape.PEM) {
      return "  # tls_private_key.deploy will be created\n  + resource \"local_sensitive_file\" \"deploy_key\" {\n      + content              = <<-EOT\n"
          + prefixLines(c.value(), "            ") + "        EOT\n      + directory_permission = \"0777\"\n      + file_permission      = \"0600\"\n      + filename             = \"./out/deploy.pem\"\n      + id                   = (known after apply)\n    }\n\nPlan: 1 to add, 0 to change, 0 to destroy.\n";
    }
    return "Terraform will perform the following actions:\n\n  # aws_lambda_function.sync will be updated in-place\n  ~ resource \"aws_lambda_function\" \"sync\" {\n        id            = \"sync-prod\"\n        # (18 unchanged attributes hidden)\n\n      ~ environment {\n          ~ variables = {\n              + \""
        + c.name() + "\" = \"" + c.value() + "\"\n                \"LOG_LEVEL\" = \"info\"\n            }\n        }\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.\n";
  }

  static String docker(Cred c, Random r) {
    return "[\n    {\n        \"Id\": \"" + hex(r, 64) + "\",\n        \"Created\": \"2026-02-11T08:14:52.018237411Z\",\n        \"Path\": \"/docker-entrypoint.sh\",\n        \"Image\": \"sha256:" + hex(r, 64)
        + "\",\n        \"Config\": {\n            \"Hostname\": \"" + hex(r, 12) + "\",\n            \"Env\": [\n                \"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\",\n                \"" + c.name() + "=" + json(c.value())
        + "\",\n                \"NODE_VERSION=20.11.1\",\n                \"YARN_VERSION=1.22.19\"\n            ],\n            \"Cmd\": [\"node\", \"server.js\"]\n        }\n    }\n]\n";
  }

  static String ci(Cred c, Random r) {
    StringBuilder sb = new StringBuilder();
    int s = r.nextInt(60);
    sb.append(ts(r, s)).append(" ##[group]Run ./scripts/deploy.sh\n").append(ts(r, s)).append(" ./scripts/deploy.sh\n").append(ts(r, s)).append(" ##[endgroup]\n");
    String stamp = ts(r, s + 1);
    if (c.shape() == Shape.PEM) {
      sb.append(stamp).append(" + cat deploy.pem\n");
      for (String line : c.value().split("\n")) {
        sb.append(stamp).append(' ').append(line).append('\n');
      }
    } else if (c.shape() == Shape.NUMBER) {
      sb.append(stamp).append(" [fixtures] seeding payment method ").append(c.value()).append(" for customer cus_test_42\n");
    } else {
      sb.append(stamp).append(" + export ").append(c.name()).append('=').append(c.shape() == Shape.PHRASE ? "'" + c.value() + "'" : c.value()).append('\n');
    }
    sb.append(ts(r, s + 2)).append(" + curl -fsS -X POST https://deploy.internal.example/hooks/release\n").append(ts(r, s + 3)).append(" {\"status\":\"queued\",\"id\":\"").append(Blind5Credentials.uuid(r)).append("\"}\n");
    return sb.toString();
  }

  static String jupyter(Cred c, Random r) {
    String line = switch (c.shape()) {
      case NUMBER -> "df.loc[0, \"account\"] = \"" + c.value() + "\"\n";
      case PEM -> var(c) + " = \"\"\"" + c.value() + "\"\"\"\n";
      default -> "os.environ[\"" + c.name() + "\"] = \"" + c.value() + "\"\n";
    };
    return "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": " + (1 + r.nextInt(40)) + ",\n   \"id\": \"" + hex(r, 8) + "\",\n   \"metadata\": {},\n   \"outputs\": [],\n   \"source\": [\n    \"import os\\n\",\n    \""
        + json(line) + "\",\n    \"client = load_client()\"\n   ]\n  }\n ],\n \"metadata\": {\"kernelspec\": {\"display_name\": \"Python 3\", \"language\": \"python\", \"name\": \"python3\"}},\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n";
  }

  static String curl(Cred c, Random r) {
    String host = "api.internal.example";
    if (c.shape() == Shape.URL) {
      return "$ curl -v -X POST -H 'Content-Type: application/json' -d '{\"text\":\"deploy done\"}' '" + c.value() + "'\n*   Trying 10.20.3.14:443...\n* Connected (10.20.3.14) port 443\n* SSL connection using TLSv1.3 / TLS_AES_128_GCM_SHA256\n< HTTP/2 200\n< content-type: text/plain\n<\nok\n";
    }
    if (c.shape() == Shape.NUMBER) {
      return "> POST /v1/payment_methods HTTP/2\n> Host: " + host + "\n> content-type: application/json\n> content-length: " + (60 + r.nextInt(30)) + "\n>\n{\"type\":\"card\",\"number\":\"" + c.value() + "\",\"exp_month\":9,\"exp_year\":2029}\n< HTTP/2 402\n< content-type: application/json\n";
    }
    String auth = c.value().startsWith("Basic ") ? c.value() : "Bearer " + c.value();
    return "*   Trying 203.0.113.10:443...\n* Connected to " + host + " (203.0.113.10) port 443\n* ALPN: server accepted h2\n> GET /v1/models HTTP/2\n> Host: " + host + "\n> user-agent: curl/8.5.0\n> accept: */*\n> authorization: " + auth
        + "\n>\n< HTTP/2 200\n< date: Tue, 10 Mar 2026 09:14:02 GMT\n< content-type: application/json\n< x-request-id: " + Blind5Credentials.uuid(r) + "\n<\n{\"object\":\"list\",\"data\":[]}\n";
  }

  static String sqlDump(Cred c, Random r) {
    return "-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n--\n-- Host: localhost    Database: app\n-- ------------------------------------------------------\n\nDROP TABLE IF EXISTS `integrations`;\nCREATE TABLE `integrations` (\n  `id` int NOT NULL AUTO_INCREMENT,\n  `provider` varchar(64) NOT NULL,\n  `secret` text NOT NULL,\n  `created_at` datetime NOT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n\nLOCK TABLES `integrations` WRITE;\nINSERT INTO `integrations` VALUES (1,'internal','none','2024-01-09 11:02:17'),("
        + (2 + r.nextInt(90)) + ",'" + var(c) + "','" + sql(c.value()) + "','2025-06-21 08:44:03');\nUNLOCK TABLES;\n";
  }

  static String headers(Cred c, Random r) {
    String header = c.value().startsWith("Basic ") ? "Authorization: " + c.value()
        : switch (r.nextInt(3)) {
          case 0 -> "Authorization: Bearer " + c.value();
          case 1 -> "X-Api-Key: " + c.value();
          default -> "Authorization: token " + c.value();
        };
    return "GET /api/v2/orders?limit=50 HTTP/1.1\nHost: api.internal.example\nAccept: application/json\n" + header + "\nX-Request-Id: " + Blind5Credentials.uuid(r) + "\nUser-Agent: python-httpx/0.27.0\nAccept-Encoding: gzip, deflate\n";
  }

  static String dotfile(Cred c, Random r) {
    if (c.shape() == Shape.URL) {
      return "# ~/.config/app/credentials\n[default]\nurl = " + c.value() + "\nretries = 3\n";
    }
    return switch (r.nextInt(4)) {
      case 0 -> "$ cat ~/.npmrc\nregistry=https://registry.npmjs.org/\n@acme:registry=https://npm.pkg.github.com/\n//npm.pkg.github.com/:_authToken=" + c.value() + "\nalways-auth=true\n";
      case 1 -> "$ cat ~/.pypirc\n[distutils]\nindex-servers =\n    pypi\n    internal\n\n[internal]\nrepository = https://pypi.internal.example/simple/\nusername = __token__\npassword = " + c.value() + "\n";
      case 2 -> "$ cat ~/.netrc\nmachine api.internal.example\n  login deploy-bot\n  password " + c.value() + "\n";
      default -> "$ cat ~/.git-credentials\nhttps://deploy-bot:" + c.value().replace("/", "%2F").replace("+", "%2B") + "@git.internal.example\n";
    };
  }

  static String kubectlLastApplied(Cred c, Random r) {
    String stringData = "{\"" + var(c) + "\":\"" + json(c.value()) + "\"}";
    return "$ kubectl get secret app-secrets -n prod -o yaml\napiVersion: v1\ndata:\n  " + var(c) + ": " + Base64.getEncoder().encodeToString(c.value().getBytes(StandardCharsets.UTF_8))
        + "\nkind: Secret\nmetadata:\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: |\n      {\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"metadata\":{\"annotations\":{},\"name\":\"app-secrets\",\"namespace\":\"prod\"},\"stringData\":" + stringData
        + ",\"type\":\"Opaque\"}\n  creationTimestamp: \"2026-01-20T10:11:12Z\"\n  name: app-secrets\n  namespace: prod\n  resourceVersion: \"" + (100000 + r.nextInt(900000)) + "\"\n  uid: " + Blind5Credentials.uuid(r) + "\ntype: Opaque\n";
  }

  static String envDump(Cred c, Random r) {
    return "$ env | sort\nHOME=/root\nHOSTNAME=api-" + hex(r, 9) + "-" + Blind5Credentials.pick(r, "bcdfghjklmnpqrstvwxz2456789", 5) + "\nKUBERNETES_PORT=tcp://10.96.0.1:443\nLANG=C.UTF-8\n" + c.name() + "=" + c.value()
        + "\nPATH=/usr/local/bin:/usr/bin:/bin\nPYTHON_VERSION=3.12.2\nPWD=/app\n";
  }

  private static final Set<Shape> TOKENISH = EnumSet.of(Shape.TOKEN, Shape.URL);

  static final List<Context> ALL = List.of(
      new Context("chat-markdown", EnumSet.allOf(Shape.class), Blind5Contexts::chat),
      new Context("unified-diff", EnumSet.allOf(Shape.class), Blind5Contexts::diff),
      new Context("stack-trace", EnumSet.of(Shape.TOKEN, Shape.URL, Shape.NUMBER), Blind5Contexts::stack),
      new Context("terraform-plan", EnumSet.of(Shape.TOKEN, Shape.URL, Shape.PEM), Blind5Contexts::terraform),
      new Context("docker-inspect", EnumSet.of(Shape.TOKEN, Shape.URL, Shape.PEM, Shape.PHRASE), Blind5Contexts::docker),
      new Context("ci-log", EnumSet.allOf(Shape.class), Blind5Contexts::ci),
      new Context("jupyter-json", EnumSet.allOf(Shape.class), Blind5Contexts::jupyter),
      new Context("curl-verbose", EnumSet.of(Shape.TOKEN, Shape.URL, Shape.NUMBER), Blind5Contexts::curl),
      new Context("sql-dump", EnumSet.allOf(Shape.class), Blind5Contexts::sqlDump),
      new Context("http-headers", EnumSet.of(Shape.TOKEN), Blind5Contexts::headers),
      new Context("dotfile", TOKENISH, Blind5Contexts::dotfile),
      new Context("kubectl-last-applied", EnumSet.of(Shape.TOKEN, Shape.URL, Shape.PHRASE, Shape.PEM), Blind5Contexts::kubectlLastApplied),
      new Context("env-dump", EnumSet.of(Shape.TOKEN, Shape.URL, Shape.PHRASE), Blind5Contexts::envDump));

  static List<Context> fitting(Shape shape) {
    return ALL.stream().filter(c -> c.shapes().contains(shape)).toList();
  }
}
