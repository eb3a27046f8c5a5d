package io.moltr.core.scan;

import io.moltr.core.scan.Blind26Kinds.Kind;
import io.moltr.core.scan.Blind26Kinds.Shape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Blind corpus 26: credentials in the exact layout CLI tools print them, and hard negatives. */
final class Blind26Corpus {
  static final long SEED = 26_2026_1201L;

  record Row(String label, String kind, String encoding, String context, String secret,
      String form, String text) {}

  private static List<Row> cached;

  private Blind26Corpus() {}

  static synchronized List<Row> rows() {
    if (cached == null) {
      Blind26Gen g = new Blind26Gen(SEED);
      List<Row> rows = new ArrayList<>();
      plain(g, rows);
      encoded(g, rows);
      Blind26Negatives.add(g, rows);
      cached = Collections.unmodifiableList(rows);
    }
    return cached;
  }

  // ---------------------------------------------------------------- shared noise
  static List<String> envNoise(Blind26Gen g) {
    List<String> e = new ArrayList<>();
    e.add("SHELL=/bin/" + g.pick("bash", "zsh"));
    e.add("PWD=/home/dev/src/" + g.word() + "-service");
    e.add("LOGNAME=dev");
    e.add("HOME=/home/dev");
    e.add("LANG=" + g.pick("en_US.UTF-8", "de_DE.UTF-8", "C.UTF-8"));
    e.add("LS_COLORS=rs=0:di=01;34:ln=01;36:mh=00:pi=40;33:so=01;35:do=01;35:bd=40;33;01:"
        + "cd=40;33;01:or=40;31;01:mi=00:su=37;41:sg=30;43:ca=30;41:tw=30;42:ow=34;42:st=37;44:"
        + "ex=01;32:*.tar=01;31:*.tgz=01;31:*.zip=01;31:*.gz=01;31:*.jpg=01;35:*.png=01;35:");
    e.add("SSH_AUTH_SOCK=/tmp/ssh-" + g.of(Blind26Gen.B62, 12) + "/agent." + g.digits(5));
    e.add("XDG_RUNTIME_DIR=/run/user/1000");
    e.add("XDG_SESSION_ID=" + g.digits(2));
    e.add("XDG_DATA_DIRS=/usr/local/share:/usr/share:/var/lib/snapd/desktop");
    e.add("TERM=xterm-256color");
    e.add("TERM_SESSION_ID=w0t0p0:" + g.uuid().toUpperCase());
    e.add("GPG_AGENT_INFO=/run/user/1000/gnupg/S.gpg-agent:0:1");
    e.add("DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/1000/bus");
    e.add("INVOCATION_ID=" + g.hex(32));
    e.add("JOURNAL_STREAM=8:" + g.digits(5));
    e.add("PATH=/home/dev/.cargo/bin:/home/dev/.local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin"
        + ":/usr/bin:/sbin:/bin:/snap/bin");
    e.add("GIT_COMMIT=" + g.hex(40));
    e.add("BUILD_ID=" + g.digits(8));
    e.add("IMAGE_DIGEST=sha256:" + g.hex(64));
    e.add("VSCODE_IPC_HOOK_CLI=/run/user/1000/vscode-ipc-" + g.uuid() + ".sock");
    e.add("HOSTNAME=" + g.word() + "-" + g.hex(10) + "-" + g.of(Blind26Gen.LOWER + "0123456789",
        5));
    e.add("OTEL_SERVICE_NAME=" + g.word());
    e.add("NODE_ENV=production");
    Collections.shuffle(e, g.r);
    return e.subList(0, g.between(8, e.size()));
  }

  static String host(Blind26Gen g) {
    return g.pick("dev@", "ubuntu@", "root@", "ci@") + g.word() + "-" + g.pick("box", "vm", "01",
        "prod-2");
  }

  static String prompt(Blind26Gen g, String cmd) {
    switch (g.r.nextInt(3)) {
      case 0: return "$ " + cmd + "\n";
      case 1: return host(g) + ":~/src$ " + cmd + "\n";
      default: return "❯ " + cmd + "\n";
    }
  }

  /** Wraps tool output in agent prose sometimes (English, German, French, Spanish). */
  static String chat(Blind26Gen g, String cmd, String out) {
    String fence = "```\n" + out + (out.endsWith("\n") ? "" : "\n") + "```";
    switch (g.r.nextInt(8)) {
      case 0: return "I ran `" + cmd + "` on the box; here is what it printed:\n\n" + fence
          + "\n\nThe service reads these at start-up, so a restart picks up changes.";
      case 1: return "Ich habe `" + cmd + "` ausgeführt, hier die vollständige Ausgabe:\n" + fence
          + "\nDamit sollte klar sein, woher die Konfiguration kommt.";
      case 2: return "Voici la sortie de `" + cmd + "` sur le serveur :\n" + fence
          + "\nLe conteneur lit ces valeurs au démarrage.";
      case 3: return "Esta es la salida de `" + cmd + "`:\n" + fence
          + "\nCon esto puedes comparar la configuración de staging y producción.";
      case 4: return "Output of `" + cmd + "` for reference:\n" + fence;
      default: return prompt(g, cmd) + out;
    }
  }

  // ---------------------------------------------------------------- plain contexts
  static final String[] FLAT = {"printenv", "export-p", "set", "docker-inspect", "compose-config",
    "heroku-config", "vercel-env-pull", "terraform-output-json", "vault-kv-get", "ps-aux",
    "proc-cmdline", "shell-history", "ci-log", "systemctl-show", "launchctl", "java-stacktrace",
    "python-repr", "node-inspect", "kubectl-describe-pod", "kubectl-configmap", "curl-v",
    "crash-dump-json", "fly-ssh-env"};

  static final String[] MULTI = {"cat-file", "docker-inspect", "terraform-output-json",
    "vault-kv-get", "kubectl-configmap", "ci-log", "python-repr"};

  static final String[] PII = {"psql-select", "mysql-select", "mongosh-find", "redis-hgetall",
    "java-stacktrace", "ci-log"};

  static List<String> special(Kind k) {
    switch (k.name()) {
      case "aws-secret-key":
        return List.of("aws-credentials", "aws-export-credentials", "aws-sts-session",
            "aws-configure-get");
      case "github-pat": return List.of("git-remote-v", "gh-auth-status-t", "netrc");
      case "github-oauth": return List.of("gh-auth-status-t", "gh-auth-token", "git-config-list");
      case "github-server": return List.of("ci-log-unmasked", "git-config-extraheader");
      case "gitlab-pat": return List.of("git-remote-v", "git-config-list");
      case "gitlab-deploy": return List.of("netrc");
      case "npm": return List.of("npmrc", "npm-config-list");
      case "pypi": return List.of("pypirc");
      case "gcp-access-token": return List.of("gcloud-print-token");
      case "azure-access-token": return List.of("az-get-access-token");
      case "db-postgres": return List.of("psql-connect");
      case "db-mysql": return List.of("mysql-connect");
      case "db-mongo": return List.of("mongosh-connect");
      case "db-redis": return List.of("redis-cli-connect");
      case "generic-password": return List.of("mysql-p-arg", "ps-aux", "netrc");
      case "bitcoin-wif": return List.of("bitcoin-cli-dumpprivkey");
      case "eth-private-key": return List.of("cast-wallet-new");
      case "age-secret-key": return List.of("age-keygen", "cat-file");
      case "vault": return List.of("vault-login");
      case "dockerhub-pat": return List.of("docker-login-history");
      case "jwt-hs256": return List.of("curl-v-cookie");
      default: return List.of();
    }
  }

  static void plain(Blind26Gen g, List<Row> rows) {
    for (Kind k : Blind26Kinds.all()) {
      List<String> ctx = new ArrayList<>(special(k));
      String[] pool = k.shape() == Shape.MULTI ? MULTI : k.shape() == Shape.PII ? PII : FLAT;
      int want = k.shape() == Shape.PII ? 5 : 4;
      while (ctx.size() < want) {
        String c = pool[g.r.nextInt(pool.length)];
        if (c.equals("curl-v") && k.shape() != Shape.TOKEN) {
          continue;
        }
        if (!ctx.contains(c)) {
          ctx.add(c);
        }
      }
      for (String c : ctx) {
        String secret = k.gen().apply(g);
        String[] t = Blind26Plain.render(g, c, k, secret);
        rows.add(new Row("PLAIN", k.name(), "plain", c, secret, t[1], t[0]));
      }
    }
  }

  // ---------------------------------------------------------------- encoded
  static final String[] ENCODINGS = {"base64", "base64url", "base64-nopad", "base64-wrap76",
    "base32", "hex", "hex-x", "hex-0x", "hex-spaced", "percent", "rot13", "unicode-escape",
    "html-dec", "html-hex", "json-escape", "gzip-base64", "deflate-base64", "reversed",
    "split-lines", "split-spaces", "split-dashes", "zero-width", "fullwidth", "base64>hex",
    "hex>base64", "base64>base64", "base64>percent", "rot13>base64", "json>base64"};

  static final String[] ENC_KINDS = {"github-pat", "github-oauth", "gitlab-pat", "npm", "openai",
    "anthropic", "stripe-secret", "slack-bot", "slack-webhook", "google-api", "huggingface",
    "groq", "openrouter", "sendgrid", "digitalocean", "databricks", "linear", "postman",
    "shopify", "doppler", "vault", "planetscale", "sentry-dsn", "db-postgres", "dockerhub-pat",
    "discord-webhook", "newrelic-user", "pulumi", "grafana-sa", "supabase-access",
    "netlify", "aws-secret-key"};

  static void encoded(Blind26Gen g, List<Row> rows) {
    List<Kind> kinds = new ArrayList<>();
    for (Kind k : Blind26Kinds.all()) {
      for (String n : ENC_KINDS) {
        if (k.name().equals(n)) {
          kinds.add(k);
        }
      }
    }
    // tool-native encodings first: docker config auth, k8s secret data, kubeconfig key data,
    // env values holding base64 JSON.
    for (int i = 0; i < 40; i++) {
      Kind k = kinds.get(i % kinds.size());
      String secret = k.gen().apply(g);
      String[] t = Blind26Encoded.native_(g, i % 4, k, secret);
      rows.add(new Row("ENCODED", k.name(), t[2], t[3], secret, t[1], t[0]));
    }
    Kind pem = null;
    for (Kind k : Blind26Kinds.all()) {
      if (k.name().equals("rsa-private-key")) {
        pem = k;
      }
    }
    for (int i = 0; i < 6; i++) {
      String secret = pem.gen().apply(g);
      String[] t = Blind26Encoded.kubeconfigKey(g, secret);
      rows.add(new Row("ENCODED", pem.name(), "base64", "kubeconfig-client-key-data", secret,
          t[1], t[0]));
    }
    int i = 0;
    for (int round = 0; round < 3; round++) {
      for (String enc : ENCODINGS) {
        if (round == 2 && i % 2 == 0) {
          i++;
          continue;
        }
        Kind k = kinds.get((i * 7 + round) % kinds.size());
        String secret = k.gen().apply(g);
        String form = Blind26Gen.encode(enc, secret);
        String[] t = Blind26Encoded.wrap(g, enc, k, form);
        rows.add(new Row("ENCODED", k.name(), enc, t[1], secret, form, t[0]));
        i++;
      }
    }
  }
}
