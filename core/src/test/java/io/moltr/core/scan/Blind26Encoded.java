package io.moltr.core.scan;

import io.moltr.core.scan.Blind26Kinds.Kind;

/** Encoded leaks: tool-native encodings and an agent re-encoding a value. */
final class Blind26Encoded {
  private Blind26Encoded() {}

  /** Returns {text, form, encoding, context}. */
  static String[] native_(Blind26Gen g, int variant, Kind k, String s) {
    String text;
    String form;
    String enc;
    String ctx;
    switch (variant) {
      case 0: {
        String reg = g.pick("ghcr.io", "https://index.docker.io/v1/", "registry.gitlab.com",
            g.digits(12) + ".dkr.ecr.eu-west-1.amazonaws.com");
        form = Blind26Gen.b64(g.pick("deploy", "ci-bot", "AWS", "oauth2") + ":" + s);
        enc = "base64";
        ctx = "docker-config-json";
        text = Blind26Corpus.chat(g, "cat ~/.docker/config.json", "{\n\t\"auths\": {\n\t\t\""
            + reg + "\": {\n\t\t\t\"auth\": \"" + form + "\"\n\t\t}\n\t},\n\t\"currentContext\": "
            + "\"default\",\n\t\"plugins\": {\n\t\t\"-x-cli-hints\": {\n\t\t\t\"enabled\": \"true\"\n"
            + "\t\t}\n\t}\n}\n");
        break;
      }
      case 1: {
        form = Blind26Gen.b64(s);
        enc = "base64";
        String name = g.word() + "-credentials";
        String key = Blind26Plain.lower(k.var()).replace('_', '-');
        if (g.r.nextBoolean()) {
          ctx = "kubectl-get-secret-yaml";
          text = Blind26Corpus.chat(g, "kubectl get secret " + name + " -o yaml", "apiVersion: v1\n"
              + "data:\n  " + key + ": " + form + "\n  username: " + Blind26Gen.b64("svc-" + g.word())
              + "\nkind: Secret\nmetadata:\n  creationTimestamp: \"2026-11-2" + g.between(0, 9)
              + "T12:01:33Z\"\n  name: " + name + "\n  namespace: " + g.word() + "\n  "
              + "resourceVersion: \"" + g.digits(7) + "\"\n  uid: " + g.uuid() + "\ntype: Opaque\n");
        } else {
          ctx = "kubectl-get-secret-json";
          text = Blind26Corpus.chat(g, "kubectl get secret " + name + " -o json | jq .data",
              "{\n  \"" + key + "\": \"" + form + "\",\n  \"port\": \"" + Blind26Gen.b64("5432")
              + "\"\n}\n");
        }
        break;
      }
      case 2: {
        String json = "{\"service\":\"" + g.word() + "\",\"api_key\":\"" + Blind26Gen.jsonEsc(s)
            + "\",\"region\":\"eu-west-1\"}";
        form = Blind26Gen.b64(json);
        enc = "json>base64";
        if (g.r.nextBoolean()) {
          ctx = "printenv-b64-json";
          text = Blind26Corpus.chat(g, "printenv | grep _B64", "APP_CONFIG_B64=" + form + "\n"
              + "FEATURE_FLAGS_B64=" + Blind26Gen.b64("{\"beta\":true,\"newCheckout\":false}") + "\n");
        } else {
          ctx = "docker-inspect-b64-json";
          text = Blind26Corpus.chat(g, "docker inspect -f '{{json .Config.Env}}' " + g.word(),
              "[\"PATH=/usr/local/bin:/usr/bin:/bin\",\"SERVICE_CONFIG=" + form
              + "\",\"TZ=UTC\"]\n");
        }
        break;
      }
      default: {
        enc = "base64";
        if (g.r.nextBoolean()) {
          form = Blind26Gen.b64("x-access-token:" + s);
          ctx = "git-extraheader-basic";
          text = Blind26Corpus.chat(g, "git config --list | grep extraheader",
              "http.https://github.com/.extraheader=AUTHORIZATION: basic " + form + "\n");
        } else {
          form = Blind26Gen.b64(g.pick("api", "admin", "deploy") + ":" + s);
          ctx = "curl-v-basic";
          String h = "api." + g.word() + ".com";
          text = Blind26Corpus.chat(g, "curl -v -u \"$USER_CREDS\" https://" + h + "/v2/status",
              "> GET /v2/status HTTP/2\n> Host: " + h + "\n> Authorization: Basic " + form
              + "\n> User-Agent: curl/8.5.0\n> Accept: */*\n>\n< HTTP/2 200\n< date: Tue, 01 Dec "
              + "2026 05:12:44 GMT\n< content-type: application/json\n");
        }
        break;
      }
    }
    return new String[] {text, form, enc, ctx};
  }

  static String[] kubeconfigKey(Blind26Gen g, String pem) {
    String form = Blind26Gen.b64(pem + "\n");
    String cluster = g.word() + "-" + g.pick("prod", "staging");
    String text = Blind26Corpus.chat(g, "kubectl config view --raw --minify", "apiVersion: v1\n"
        + "clusters:\n- cluster:\n    certificate-authority-data: " + Blind26Gen.b64(
        "-----BEGIN CERTIFICATE-----\nMIIC/jCCAeagAwIBAgIBADANBgkqhkiG9w0BAQsFADAVMRMwEQYDVQQDEwpr\n"
        + "-----END CERTIFICATE-----\n") + "\n    server: https://10.0." + g.between(0, 255) + "."
        + g.between(1, 254) + ":6443\n  name: " + cluster + "\ncontexts:\n- context:\n    cluster: "
        + cluster + "\n    user: admin\n  name: " + cluster + "\ncurrent-context: " + cluster
        + "\nkind: Config\nusers:\n- name: admin\n  user:\n    client-certificate-data: "
        + Blind26Gen.b64("-----BEGIN CERTIFICATE-----\nMIIDITCCAgmgAwIBAgIIc2Vy\n-----END "
        + "CERTIFICATE-----\n") + "\n    client-key-data: " + form + "\n");
    return new String[] {text, form};
  }

  static String encName(String enc) {
    switch (enc) {
      case "split-lines": return "split over a few lines";
      case "split-spaces": return "in groups of four";
      case "split-dashes": return "in chunks";
      case "zero-width": return "as is";
      case "fullwidth": return "as typed";
      case "reversed": return "reversed";
      case "json-escape": return "JSON-escaped";
      case "unicode-escape": return "as \\u escapes";
      default: return enc.replace('>', '+');
    }
  }

  static String pipe(String enc) {
    switch (enc) {
      case "base64": return "base64 -w0";
      case "base64-wrap76": return "base64 -w76";
      case "base64url": return "basenc --base64url -w0";
      case "base64-nopad": return "base64 -w0 | tr -d =";
      case "base32": return "base32 -w0";
      case "hex": return "xxd -p -c0";
      case "hex-spaced": return "od -An -tx1 | tr -s ' '";
      case "gzip-base64": return "gzip -c | base64 -w0";
      case "rot13": return "tr 'A-Za-z' 'N-ZA-Mn-za-m'";
      case "reversed": return "rev";
      default: return null;
    }
  }

  /** Returns {text, context, formInText}. */
  static String[] wrap(Blind26Gen g, String enc, Kind k, String form) {
    String v = k.var();
    boolean multiline = form.contains("\n");
    boolean backslash = form.contains("\\");
    String p = pipe(enc);
    int choice = g.r.nextInt(6);
    if (choice == 3 && p == null) {
      choice = 0;
    }
    if (choice == 4 && (multiline || backslash)) {
      choice = 1;
    }
    if (choice == 5 && multiline) {
      choice = 2;
    }
    switch (choice) {
      case 0:
        return new String[] {"Here is the " + v + " value, " + encName(enc) + " so it survives the "
            + "copy into the ticket:\n\n" + form + "\n\nDecode it on your side before use.",
            "chat-en"};
      case 1:
        return new String[] {"Der Wert von `" + v + "` (" + encName(enc) + "), damit beim Kopieren "
            + "nichts umbricht:\n" + form + "\nBitte nach dem Einspielen wieder löschen.", "chat-de"};
      case 2:
        return new String[] {"Voici la valeur de " + v + " (" + encName(enc) + ") :\n" + form
            + "\nElle est utilisée par le job de déploiement.", "chat-fr"};
      case 3:
        return new String[] {"$ printenv " + v + " | " + p + "\n" + form + "\n$ ", "terminal-pipe"};
      case 4:
        return new String[] {"{\"tool\":\"write_file\",\"arguments\":{\"path\":\"/tmp/" + Blind26Plain
            .lower(v) + ".txt\",\"content\":\"" + form + "\"}}", "tool-call-json"};
      default:
        return new String[] {"$ cat deploy/values.prod.yaml\nreplicaCount: 3\nimage:\n  tag: \"1."
            + g.between(0, 30) + "." + g.between(0, 9) + "\"\nsecrets:\n  " + Blind26Plain.camel(v)
            + "Encoded: \"" + form + "\"\n  encoding: " + enc + "\n", "values-yaml"};
    }
  }
}
