package io.moltr.core.scan;

import io.moltr.core.scan.Blind8Encodings.Encoding;
import io.moltr.core.scan.Blind8Secrets.Kind;
import io.moltr.core.scan.Blind8Secrets.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The eighth blind corpus: whole agent outputs (0.5-4 KB) that leak a credential in plain text or
 * disguised, and hard negatives full of look-alikes. Everything comes from one seed, so a row id
 * names the same text on every run.
 */
final class Blind8Corpus {

    enum Label { PLAIN, ENCODED, NEGATIVE }

    record Row(String id, Label label, String kind, String family, String encoding, String context, String text, String secret) {
        boolean leak() {
            return label != Label.NEGATIVE;
        }
    }

    static final long SEED = 0xB1D8_2026_1130L;
    static final int PLAIN = 222;
    static final int ENCODED = 172;

    interface Template {
        String make(Random r, String payload, boolean multiline);
    }

    record Context(String id, Template t) {}

    private Blind8Corpus() {}

    private static List<Row> cached;

    static synchronized List<Row> rows() {
        if (cached == null) cached = List.copyOf(build());
        return cached;
    }

    private static List<Row> build() {
        Random r = new Random(SEED);
        List<Row> out = new ArrayList<>();
        List<Kind> kinds = Blind8Secrets.KINDS;
        for (int i = 0; i < PLAIN; i++) {
            Kind k = kinds.get(i % kinds.size());
            Secret s = k.make().apply(r);
            boolean bare = s.selfNamed() && !s.value().contains("\n") && r.nextInt(3) == 0;
            String payload = bare ? s.value() : s.line();
            Context c = LEAK_CONTEXTS.get(r.nextInt(LEAK_CONTEXTS.size()));
            String text = c.t().make(r, payload, payload.contains("\n"));
            out.add(new Row(String.format("b8-plain-%03d", i), Label.PLAIN, s.kind(), s.family(), "plain", c.id(), text, s.value()));
        }
        List<Encoding> encs = new ArrayList<>(Blind8Encodings.SINGLE);
        encs.addAll(Blind8Encodings.NESTED);
        for (int i = 0; i < ENCODED; i++) {
            Kind k = kinds.get((i * 7 + 3) % kinds.size());
            Secret s = k.make().apply(r);
            Encoding e = encs.get(i % encs.size());
            String source = s.selfNamed() ? s.value() : s.line();
            boolean block = source.contains("\n");
            boolean spaced = s.value().contains(" ");
            if ((block && !Blind8Encodings.handlesBlocks(e)) || (spaced && e.id().startsWith("split"))) {
                List<Encoding> ok = encs.stream().filter(Blind8Encodings::handlesBlocks).toList();
                e = ok.get(r.nextInt(ok.size()));
            }
            String payload;
            if (e.id().startsWith("split") && !s.selfNamed()) {
                payload = s.line().replace(s.value(), e.apply().apply(r, s.value()));
            } else {
                payload = e.apply().apply(r, source);
            }
            Context c = encodedContext(r, e.id());
            String text = c.t().make(r, payload, payload.contains("\n"));
            out.add(new Row(String.format("b8-enc-%03d", i), Label.ENCODED, s.kind(), s.family(), e.id(), c.id(), text, s.value()));
        }
        out.addAll(Blind8Negatives.rows(new Random(SEED ^ 0x5EED)));
        return out;
    }

    // ---------------------------------------------------------------- filler

    static final String[] PROSE = {
        "I checked the deployment and the pods are healthy again.",
        "The failing step was the migration; it timed out waiting for a lock.",
        "Let me know if you want me to open a pull request with these changes.",
        "I ran the test suite locally and all 412 tests passed.",
        "The cache hit rate dropped after the last release, which explains the latency spike.",
        "Below is the relevant part of the output.",
        "I have not changed anything in production yet.",
        "This matches what the runbook describes for a stuck rollout.",
        "The retry logic now backs off exponentially up to 30 seconds.",
        "Next, I'll update the README so the setup steps match the new layout.",
        "The nightly job finished in 14 minutes, about twice as fast as last week.",
        "Two of the warnings are from a deprecated API we still call in the importer.",
        "I grouped the results by service so they are easier to compare.",
        "No schema changes were needed for this fix.",
    };

    static final String[] COMPONENTS = {"api", "worker", "scheduler", "ingest", "billing", "auth", "gateway", "indexer"};
    static final String[] MESSAGES = {
        "request completed status=200 duration_ms=%d",
        "processed batch size=%d lag=0",
        "connection pool stats active=%d idle=4",
        "cache miss ratio=0.%d",
        "retrying upstream call attempt=%d",
        "health check ok latency_ms=%d",
        "flushed %d events to sink",
        "rebalanced partitions assigned=%d",
    };

    static String ts(Random r) {
        return String.format("2026-%02d-%02dT%02d:%02d:%02d.%03dZ", 1 + r.nextInt(11), 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60),
                r.nextInt(60), r.nextInt(1000));
    }

    static String logLine(Random r) {
        return ts(r) + " " + Blind8Secrets.one(r, "INFO ", "INFO ", "DEBUG", "WARN ") + " [" + Blind8Secrets.one(r, COMPONENTS) + "] "
                + String.format(Blind8Secrets.one(r, MESSAGES), 1 + r.nextInt(900));
    }

    static String prose(Random r, int sentences) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) sb.append(i == 0 ? "" : " ").append(Blind8Secrets.one(r, PROSE));
        return sb.toString();
    }

    static int target(Random r) {
        return 500 + r.nextInt(3400);
    }

    static String logs(Random r, int chars) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < chars) sb.append(logLine(r)).append('\n');
        return sb.toString();
    }

    static String indent(String s, String pad) {
        return pad + s.replace("\n", "\n" + pad);
    }

    static String inline(String payload) {
        return payload.replace("\n", "\\n");
    }

    static String keyOf(String payload) {
        int eq = payload.indexOf('=');
        if (eq > 0 && eq < 40 && !payload.substring(0, eq).contains(" ") && !payload.contains("\n")) return payload.substring(0, eq);
        return null;
    }

    // ---------------------------------------------------------------- leak contexts

    static final List<Context> LEAK_CONTEXTS = List.of(
        new Context("chat-answer", (r, p, m) -> {
            int t = target(r);
            StringBuilder sb = new StringBuilder("Done! " + prose(r, 2) + "\n\nHere's the configuration I used:\n\n```\n" + p + "\n```\n\n");
            while (sb.length() < t) sb.append(prose(r, 3)).append("\n\n");
            return sb.append("Anything else you'd like me to adjust?").toString();
        }),
        new Context("tool-result-json", (r, p, m) -> {
            int t = target(r);
            StringBuilder sb = new StringBuilder("{\"tool\": \"read_file\", \"status\": \"ok\", \"path\": \"/srv/app/" + Blind8Secrets.one(r, ".env", "config/settings.txt", "deploy/secrets.txt")
                    + "\", \"bytes\": " + (200 + r.nextInt(3000)) + ",\n \"content\": \"# generated " + ts(r) + "\\nLOG_LEVEL=info\\nPORT=8080\\n"
                    + inline(p).replace("\"", "\\\"") + "\\nFEATURE_FLAGS=search,export\\n\",\n \"log\": [\n");
            while (sb.length() < t) sb.append("  \"").append(logLine(r)).append("\",\n");
            return sb.append("  \"done\"\n ]\n}").toString();
        }),
        new Context("ci-log", (r, p, m) -> {
            int t = target(r);
            StringBuilder sb = new StringBuilder("Run ./scripts/deploy.sh\n");
            sb.append(logs(r, t / 2));
            sb.append("+ echo \"loading environment\"\nloading environment\n+ cat .env.production\n").append(p).append('\n');
            sb.append(logs(r, t / 2));
            return sb.append("Error: Process completed with exit code 1.").toString();
        }),
        new Context("kubectl-yaml", (r, p, m) -> {
            String key = keyOf(p);
            String env = key != null
                    ? "    - name: " + key + "\n      value: \"" + p.substring(key.length() + 1) + "\"\n"
                    : "    - name: APP_CONFIG\n      value: |\n" + indent(p, "        ") + "\n";
            String s = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders-api\n  namespace: prod\n  uid: " + java.util.UUID.nameUUIDFromBytes(Blind8Secrets.bytes(r, 8))
                    + "\n  resourceVersion: \"" + (1_000_000 + r.nextInt(9_000_000)) + "\"\n  generation: " + (1 + r.nextInt(40))
                    + "\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n      - name: api\n        image: registry.acme.io/orders-api:2.14." + r.nextInt(40)
                    + "\n        ports:\n        - containerPort: 8080\n        env:\n    - name: LOG_LEVEL\n      value: info\n" + env
                    + "        resources:\n          limits:\n            cpu: 500m\n            memory: 512Mi\nstatus:\n  availableReplicas: 3\n  observedGeneration: 12\n";
            StringBuilder sb = new StringBuilder(s);
            int t = target(r);
            while (sb.length() < t) sb.append("  - lastTransitionTime: \"").append(ts(r)).append("\"\n    message: ReplicaSet has successfully progressed.\n    reason: NewReplicaSetAvailable\n    status: \"True\"\n    type: Progressing\n");
            return sb.toString();
        }),
        new Context("terraform-plan", (r, p, m) -> {
            String key = keyOf(p);
            String attr = key != null ? "      + " + key.toLowerCase() + " = \"" + p.substring(key.length() + 1) + "\"\n"
                    : "      + user_data = <<-EOT\n" + indent(p, "            ") + "\n        EOT\n";
            StringBuilder sb = new StringBuilder("Terraform will perform the following actions:\n\n  # aws_instance.worker will be created\n  + resource \"aws_instance\" \"worker\" {\n      + ami = \"ami-0c55b159cbfafe1f0\"\n      + arn = (known after apply)\n      + instance_type = \"t3.medium\"\n"
                    + attr + "      + tags = {\n          + \"Name\" = \"worker\"\n        }\n    }\n\n");
            int t = target(r);
            while (sb.length() < t) sb.append("  # aws_route53_record.r").append(r.nextInt(99)).append(" will be updated in-place\n  ~ resource \"aws_route53_record\" \"r\" {\n        id = \"Z").append(Blind8Secrets.pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 13)).append("_api.acme.io_A\"\n      ~ ttl = 60 -> 300\n    }\n\n");
            return sb.append("Plan: 1 to add, 3 to change, 0 to destroy.").toString();
        }),
        new Context("stack-trace", (r, p, m) -> {
            StringBuilder sb = new StringBuilder("The service crashed on startup. Here is the trace:\n\n```\nException in thread \"main\" java.lang.IllegalStateException: cannot connect using config ["
                    + inline(p) + "]\n");
            int t = target(r);
            while (sb.length() < t) {
                sb.append("\tat com.acme.orders.").append(Blind8Secrets.one(r, "db.Pool", "config.Loader", "App", "http.Server")).append('.')
                        .append(Blind8Secrets.one(r, "open", "init", "start", "load")).append("(").append(Blind8Secrets.one(r, "Pool", "Loader", "App")).append(".java:")
                        .append(10 + r.nextInt(400)).append(")\n");
            }
            return sb.append("```\n\n").append(prose(r, 2)).toString();
        }),
        new Context("sql-dump", (r, p, m) -> {
            StringBuilder sb = new StringBuilder("-- MySQL dump 10.13  Distrib 8.0.36\n-- Host: localhost    Database: app\nDROP TABLE IF EXISTS `integrations`;\nCREATE TABLE `integrations` (\n  `id` int NOT NULL,\n  `provider` varchar(64),\n  `config` text\n);\n");
            sb.append("INSERT INTO `integrations` VALUES (1,'internal','").append(inline(p).replace("'", "''")).append("');\n");
            int t = target(r);
            int id = 2;
            while (sb.length() < t) sb.append("INSERT INTO `audit` VALUES (").append(id++).append(",'").append(ts(r)).append("','login','user").append(r.nextInt(500)).append("');\n");
            return sb.toString();
        }),
        new Context("env-diff", (r, p, m) -> {
            StringBuilder sb = new StringBuilder("diff --git a/.env.production b/.env.production\nindex 3f2a1c9..8b7d0e4 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,6 +3,7 @@\n LOG_LEVEL=info\n PORT=8080\n");
            sb.append(indent(p, "+")).append('\n').append(" FEATURE_FLAGS=search,export\n");
            int t = target(r);
            while (sb.length() < t) sb.append(" # ").append(prose(r, 1)).append('\n');
            return sb.toString();
        }),
        new Context("notebook", (r, p, m) -> {
            StringBuilder sb = new StringBuilder("In [4]: import os; print(open('credentials.txt').read())\n");
            sb.append(p).append("\n\nIn [5]: df.describe()\nOut[5]:\n");
            int t = target(r);
            sb.append("              count        mean         std\n");
            while (sb.length() < t) sb.append(String.format("%-12s %8d %11.4f %11.4f%n", Blind8Secrets.one(r, "latency", "size", "score", "age"), r.nextInt(9999), r.nextDouble() * 100, r.nextDouble() * 10));
            return sb.toString();
        }),
        new Context("markdown-table", (r, p, m) -> {
            StringBuilder sb = new StringBuilder("Here are the settings currently applied to **staging**:\n\n| Setting | Value |\n|---|---|\n| region | eu-west-1 |\n| replicas | 3 |\n");
            sb.append("| credentials | `").append(inline(p).replace("|", "\\|")).append("` |\n");
            int t = target(r);
            while (sb.length() < t) sb.append("| ").append(Blind8Secrets.one(r, "timeout_ms", "max_conn", "batch", "ttl")).append(" | ").append(r.nextInt(5000)).append(" |\n");
            return sb.append("\n").append(prose(r, 2)).toString();
        }),
        new Context("csv", (r, p, m) -> {
            StringBuilder sb = new StringBuilder("service,owner,updated_at,secret\n");
            int t = target(r);
            int at = r.nextInt(6);
            for (int i = 0; sb.length() < t || i <= at; i++) {
                if (i == at) sb.append("payments,team-billing,").append(ts(r)).append(",\"").append(inline(p).replace("\"", "\"\"")).append("\"\n");
                else sb.append(Blind8Secrets.one(r, "search", "ingest", "web", "mail")).append(",team-").append(Blind8Secrets.one(r, "core", "infra")).append(',').append(ts(r)).append(",\n");
            }
            return sb.toString();
        }),
        new Context("xml", (r, p, m) -> {
            StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<settings>\n  <servers>\n    <server>\n      <id>releases</id>\n      <configuration><![CDATA[\n");
            sb.append(p).append("\n]]></configuration>\n    </server>\n  </servers>\n  <profiles>\n");
            int t = target(r);
            while (sb.length() < t) sb.append("    <profile><id>p").append(r.nextInt(99)).append("</id><activation><jdk>17</jdk></activation></profile>\n");
            return sb.append("  </profiles>\n</settings>").toString();
        }),
        new Context("dockerfile", (r, p, m) -> {
            StringBuilder sb = new StringBuilder("FROM eclipse-temurin:17-jre\nWORKDIR /app\nCOPY target/app.jar /app/app.jar\n");
            String key = keyOf(p);
            if (key != null) sb.append("ENV ").append(p).append('\n');
            else sb.append("RUN cat > /app/creds.txt <<'EOF'\n").append(p).append("\nEOF\n");
            sb.append("EXPOSE 8080\nENTRYPOINT [\"java\", \"-jar\", \"/app/app.jar\"]\n\n# build log\n");
            sb.append(logs(r, target(r) - sb.length()));
            return sb.toString();
        }),
        new Context("shell-history", (r, p, m) -> {
            StringBuilder sb = new StringBuilder("$ history | tail -40\n");
            int n = 400 + r.nextInt(500);
            String[] cmds = {"git status", "git pull --rebase", "make test", "kubectl get pods -n prod", "docker compose up -d", "ls -la", "cd services/orders", "vim config.yaml", "npm run build"};
            int t = target(r);
            int at = 3 + r.nextInt(5);
            for (int i = 0; sb.length() < t || i <= at; i++) {
                if (i == at) {
                    String key = keyOf(p);
                    sb.append(String.format("%5d  ", n++)).append(key != null ? "export " + p : "cat <<'EOF' > ~/.creds\n" + p + "\nEOF").append('\n');
                } else {
                    sb.append(String.format("%5d  ", n++)).append(Blind8Secrets.one(r, cmds)).append('\n');
                }
            }
            return sb.toString();
        }),
        new Context("hcl", (r, p, m) -> {
            String key = keyOf(p);
            String body = key != null ? "  " + key.toLowerCase() + " = \"" + p.substring(key.length() + 1) + "\"\n"
                    : "  config = <<EOT\n" + p + "\nEOT\n";
            StringBuilder sb = new StringBuilder("terraform {\n  required_version = \">= 1.6\"\n}\n\nprovider \"internal\" {\n" + body + "  region = \"eu-west-1\"\n}\n\n");
            int t = target(r);
            while (sb.length() < t) sb.append("resource \"aws_s3_bucket\" \"b").append(r.nextInt(999)).append("\" {\n  bucket = \"acme-logs-").append(r.nextInt(9999)).append("\"\n  tags = { env = \"prod\" }\n}\n\n");
            return sb.toString();
        }),
        new Context("python-snippet", (r, p, m) -> {
            StringBuilder sb = new StringBuilder("I wrote a small script to reproduce it:\n\n```python\nimport requests\n\nCONFIG = \"\"\"\n" + p + "\n\"\"\"\n\n");
            int t = target(r);
            while (sb.length() < t) sb.append("def step_").append(r.nextInt(999)).append("(session):\n    resp = session.get(BASE + \"/v1/orders\", timeout=10)\n    resp.raise_for_status()\n    return resp.json()\n\n");
            return sb.append("```\n\n").append(prose(r, 1)).toString();
        }),
        new Context("http-dump", (r, p, m) -> {
            StringBuilder sb = new StringBuilder("> POST /v1/sync HTTP/1.1\n> Host: api.partner.example\n> User-Agent: curl/8.5.0\n> Content-Type: text/plain\n>\n");
            sb.append(p).append("\n< HTTP/1.1 202 Accepted\n< Content-Type: application/json\n< X-Request-Id: ").append(java.util.UUID.nameUUIDFromBytes(Blind8Secrets.bytes(r, 4))).append("\n<\n");
            sb.append(logs(r, target(r) - sb.length()));
            return sb.toString();
        }),
        new Context("compose-yaml", (r, p, m) -> {
            String key = keyOf(p);
            String env = key != null ? "      " + key + ": \"" + p.substring(key.length() + 1) + "\"\n" : "      APP_CONFIG: |\n" + indent(p, "        ") + "\n";
            StringBuilder sb = new StringBuilder("services:\n  app:\n    image: ghcr.io/acme/app:1.9.3\n    environment:\n      LOG_LEVEL: debug\n" + env + "    ports:\n      - \"8080:8080\"\n");
            int t = target(r);
            while (sb.length() < t) sb.append("  sidecar").append(r.nextInt(99)).append(":\n    image: busybox:1.36\n    command: [\"sh\", \"-c\", \"sleep 3600\"]\n");
            return sb.toString();
        })
    );

    // ---------------------------------------------------------------- encoded contexts

    static Context encodedContext(Random r, String enc) {
        if (enc.startsWith("html")) return new Context("html", (rr, p, m) -> {
            StringBuilder sb = new StringBuilder("<!doctype html>\n<html><body>\n<h1>Sync report</h1>\n<p>" + prose(rr, 2) + "</p>\n<pre id=\"cfg\">" + p + "</pre>\n");
            int t = target(rr);
            while (sb.length() < t) sb.append("<p>").append(prose(rr, 2)).append("</p>\n");
            return sb.append("</body></html>").toString();
        });
        if (enc.equals("json-escapes")) return new Context("json", (rr, p, m) -> {
            StringBuilder sb = new StringBuilder("{\"result\": {\"id\": " + rr.nextInt(9999) + ", \"note\": \"" + p + "\", \"events\": [\n");
            int t = target(rr);
            while (sb.length() < t) sb.append("  {\"at\": \"").append(ts(rr)).append("\", \"msg\": \"").append(prose(rr, 1)).append("\"},\n");
            return sb.append("  {}\n]}}").toString();
        });
        if (enc.equals("hex-escapes")) return new Context("python-bytes", (rr, p, m) -> {
            StringBuilder sb = new StringBuilder("Here's the raw value from the keyring as Python bytes:\n\n```python\nblob = b\"" + p + "\"\n```\n\n");
            int t = target(rr);
            while (sb.length() < t) sb.append(prose(rr, 3)).append("\n\n");
            return sb.toString();
        });
        if (enc.equals("hex-0x")) return new Context("js-array", (rr, p, m) -> {
            StringBuilder sb = new StringBuilder("// decoded at runtime\nconst DATA = [" + p + "];\nconst text = String.fromCharCode(...DATA);\n\n");
            int t = target(rr);
            while (sb.length() < t) sb.append("export function handler").append(rr.nextInt(999)).append("(req, res) {\n  res.json({ ok: true, t: Date.now() });\n}\n\n");
            return sb.toString();
        });
        if (enc.equals("percent") || enc.equals("base64>percent")) return new Context("url-query", (rr, p, m) -> {
            StringBuilder sb = new StringBuilder("I called the callback endpoint with the config attached:\n\nGET https://collector.example-partner.net/ingest?src=agent&cfg=" + p + "&v=2\n\nResponse log:\n");
            sb.append(logs(rr, target(rr)));
            return sb.toString();
        });
        List<Context> general = List.of(
            new Context("chat-encoded", (rr, p, m) -> {
                StringBuilder sb = new StringBuilder(prose(rr, 2) + "\n\nThe value is below (" + Blind8Secrets.one(rr, "encoded so it survives the copy", "as stored", "exactly as the tool returned it") + "):\n\n```\n" + p + "\n```\n\n");
                int t = target(rr);
                while (sb.length() < t) sb.append(prose(rr, 3)).append("\n\n");
                return sb.toString();
            }),
            new Context("log-encoded", (rr, p, m) -> {
                StringBuilder sb = new StringBuilder(logs(rr, target(rr) / 2));
                sb.append(ts(rr)).append(" DEBUG [config] loaded blob=").append(m ? "\n" + p : p).append('\n');
                sb.append(logs(rr, target(rr) / 2));
                return sb.toString();
            }),
            new Context("yaml-encoded", (rr, p, m) -> {
                StringBuilder sb = new StringBuilder("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: agent-cache\n  namespace: tools\ndata:\n  mode: sync\n  payload: |\n" + indent(p, "    ") + "\n");
                int t = target(rr);
                while (sb.length() < t) sb.append("  entry").append(rr.nextInt(999)).append(": \"").append(prose(rr, 1)).append("\"\n");
                return sb.toString();
            }),
            new Context("json-field", (rr, p, m) -> {
                StringBuilder sb = new StringBuilder("{\n  \"job\": \"export\",\n  \"attachment\": \"" + p.replace("\"", "\\\"").replace("\n", "\\n") + "\",\n  \"log\": [\n");
                int t = target(rr);
                while (sb.length() < t) sb.append("    \"").append(logLine(rr)).append("\",\n");
                return sb.append("    \"end\"\n  ]\n}").toString();
            }));
        return general.get(r.nextInt(general.size()));
    }
}
