package io.moltr.core.scan;

import io.moltr.core.scan.Blind4Credentials.Cred;
import io.moltr.core.scan.Blind4Credentials.Kind;
import io.moltr.core.scan.Blind4Encodings.Enc;
import io.moltr.core.scan.Blind4Encodings.Scope;
import io.moltr.core.scan.Blind4Negatives.Negative;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

/** Blind corpus 4: credentials placed in agent-output contexts, plain and encoded, plus negatives. */
final class Blind4Corpus {
  private Blind4Corpus() {}

  static final long SEED = 0xB11D4L;
  static final int PLAIN_PER_KIND = 3;
  static final int ENCODED_PER_ENCODING = 12;
  static final int NEGATIVES_PER_CATEGORY = 9;

  /**
   * One leak. [start, end) is where the secret (plain) or the encoded payload (encoded) sits in
   * {@code text}; a finding must overlap it.
   */
  record Positive(String kind, String encoding, String context, String text, int start, int end,
      Cred cred, String payload) {}

  record Corpus(List<Positive> plain, List<Positive> encoded, List<Negative> negatives) {}

  static final String S = "\u0002"; // where the rendered credential goes

  static String lower(String label) {
    return label.toLowerCase();
  }

  /** Contexts for a token: each renders the label and the secret its own way. */
  static List<BiFunction<Cred, Random, String>> tokenContexts() {
    List<BiFunction<Cred, Random, String>> l = new ArrayList<>();
    l.add((c, r) -> "# .env.production\nNODE_ENV=production\nPORT=8080\n" + c.label() + "=" + S
        + "\nLOG_LEVEL=info\n");
    l.add((c, r) -> "```python\nimport requests\n\n" + lower(c.label()) + " = \"" + S
        + "\"\nresp = requests.get(API_URL, headers={\"Authorization\": f\"Bearer {"
        + lower(c.label()) + "}\"})\n```");
    l.add((c, r) -> "{\"tool\":\"read_file\",\"result\":{\"path\":\"config/settings.json\","
        + "\"content\":{\"" + lower(c.label()) + "\":\"" + S + "\",\"region\":\"eu-west-1\"}}}");
    l.add((c, r) -> "$ export " + c.label() + "=" + S + "\n$ ./scripts/deploy.sh --env prod\n"
        + "Deploying api to prod... done (42s)");
    l.add((c, r) -> "I found it in `~/.config/app/credentials`. The value of `" + c.label()
        + "` is:\n\n`" + S + "`\n\nAdd it to your CI secrets and you should be good to go.");
    l.add((c, r) -> "2026-11-29T10:22:31.114Z WARN  [http-client] retrying request with "
        + lower(c.label()) + "=" + S + " attempt=2 backoff_ms=400");
    l.add((c, r) -> "spec:\n  containers:\n    - name: api\n      env:\n        - name: " + c.label()
        + "\n          value: \"" + S + "\"\n        - name: LOG_LEVEL\n          value: debug");
    l.add((c, r) -> "| Variable | Value |\n|---|---|\n| `" + c.label() + "` | `" + S
        + "` |\n| `AWS_REGION` | `us-east-1` |");
    l.add((c, r) -> "```js\nmodule.exports = {\n  " + lower(c.label()) + ": '" + S
        + "',\n  timeoutMs: 5000,\n};\n```");
    return l;
  }

  static List<BiFunction<Cred, Random, String>> bareTokenContexts() {
    return List.of(
        (c, r) -> "$ curl -s -H \"Authorization: Bearer " + S + "\" https://api.example.com/v1/me\n"
            + "{\"id\":42,\"login\":\"dana\"}",
        (c, r) -> "Sure! Here's the token from the vault export: " + S + " — it expires in 90 days.",
        (c, r) -> "Traceback (most recent call last):\n  File \"sync.py\", line 18, in <module>\n"
            + "    client = Client(token=\"" + S + "\")\nAuthError: 401 Unauthorized");
  }

  static List<BiFunction<Cred, Random, String>> urlContexts() {
    return List.of(
        (c, r) -> c.label() + "=" + S + "\n",
        (c, r) -> "services:\n  api:\n    image: acme/api:1.8\n    environment:\n      " + c.label()
            + ": \"" + S + "\"\n",
        (c, r) -> "```python\nclient = connect(\"" + S + "\")\n```",
        (c, r) -> "2026-11-29 08:01:07,442 INFO worker: connecting to " + S + " (attempt 1/5)",
        (c, r) -> "The connection string in the staging config is:\n\n" + S
            + "\n\nI'd rotate it since it was committed to git.",
        (c, r) -> "{\"config\":{\"" + lower(c.label()) + "\":\"" + S + "\",\"pool\":10}}");
  }

  static List<BiFunction<Cred, Random, String>> headerContexts() {
    return List.of(
        (c, r) -> "GET /api/v2/builds HTTP/1.1\nHost: ci.internal\nAuthorization: " + S
            + "\nAccept: application/json\n",
        (c, r) -> "$ curl -v -H 'Authorization: " + S + "' https://nexus.build.local/service/rest\n",
        (c, r) -> "headers = {\"Authorization\": \"" + S + "\", \"Accept\": \"application/json\"}",
        (c, r) -> "DEBUG request headers: {'Authorization': '" + S + "', 'User-Agent': 'curl/8.4'}");
  }

  static List<BiFunction<Cred, Random, String>> blockContexts() {
    return List.of(
        (c, r) -> "$ cat ~/.ssh/" + c.label() + "\n" + S + "\n$ ",
        (c, r) -> "Here are the contents of `" + c.label() + "`:\n\n```\n" + S
            + "\n```\n\nSave it with `chmod 600`.",
        (c, r) -> "resource \"tls_cert\" \"x\" {\n  private_key = <<EOF\n" + S + "\nEOF\n}",
        (c, r) -> "{\"tool\":\"shell\",\"stdout\":\"...\"}\n" + S + "\n");
  }

  static List<BiFunction<Cred, Random, String>> piiContexts() {
    return List.of(
        (c, r) -> "Payment details on file for Jane Roe: " + c.label().replace('_', ' ') + " " + S
            + ", valid through 09/28.",
        (c, r) -> "{\"customer\":{\"name\":\"Jane Roe\",\"" + lower(c.label()) + "\":\"" + S
            + "\",\"country\":\"DE\"}}",
        (c, r) -> "2026-11-29T12:00:01Z ERROR billing charge_failed " + lower(c.label()) + "=" + S
            + " reason=insufficient_funds",
        (c, r) -> "name,email," + lower(c.label()) + "\nJane Roe,jane@example.com," + S + "\n",
        (c, r) -> "Sure — the account you asked about: " + S + " (Jane Roe, Berlin branch).");
  }

  static List<BiFunction<Cred, Random, String>> phraseContexts() {
    return List.of(
        (c, r) -> "Your wallet recovery phrase is:\n\n" + S + "\n\nWrite it down and keep it offline.",
        (c, r) -> "{\"wallet\":\"main\",\"" + lower(c.label()) + "\":\"" + S + "\"}",
        (c, r) -> "$ cat ~/wallet/seed.txt\n" + S + "\n$ ",
        (c, r) -> "```python\n" + lower(c.label()) + " = \"" + S + "\"\nseed = Mnemonic(\"english\")"
            + ".to_seed(" + lower(c.label()) + ")\n```");
  }

  static List<BiFunction<Cred, Random, String>> gcpContexts() {
    return List.of(
        (c, r) -> "```json\n" + S + "\n```",
        (c, r) -> "$ cat sa-key.json\n" + S + "\n",
        (c, r) -> "Here's the service account file you asked for:\n\n" + S);
  }

  static List<BiFunction<Cred, Random, String>> contextsFor(Cred c) {
    if (c.kind().equals("gcp_service_account")) {
      return gcpContexts();
    }
    if (c.kind().equals("basic_auth_header")) {
      return headerContexts();
    }
    return switch (c.style()) {
      case URL -> urlContexts();
      case BLOCK -> blockContexts();
      case PII -> piiContexts();
      case PHRASE -> phraseContexts();
      case TOKEN -> {
        List<BiFunction<Cred, Random, String>> l = new ArrayList<>(tokenContexts());
        if (!c.needsLabel()) {
          l.addAll(bareTokenContexts());
        }
        yield l;
      }
    };
  }

  /** What is put in the context: the secret itself, or the file around a GCP key. */
  static String rendered(Cred c, Random r) {
    return c.kind().equals("gcp_service_account") ? Blind4Credentials.gcpJson(r, c.secret())
        : c.secret();
  }

  static final String ENV_HEAD = "# .env.production\nNODE_ENV=production\nPORT=8080\n";

  /** The text an agent would encode for an encoding that applies to a whole file. */
  static boolean wantsDocument(String enc) {
    return enc.equals("base64_wrapped76") || enc.equals("gzip_base64")
        || enc.equals("deflate_base64") || enc.equals("json_escape");
  }

  static boolean compatible(Enc e, Cred c, String encoded, String original) {
    String n = e.name();
    String s = c.secret();
    if (encoded.equals(original)) {
      return false; // rot13 of digits, say: not an encoding at all
    }
    if (n.startsWith("split_")) {
      return !s.matches("(?s).*\\s.*") && s.length() >= 16
          && !c.kind().equals("gcp_service_account");
    }
    if (n.equals("cyrillic")) {
      return Blind4Encodings.lookalikes(s) >= 3;
    }
    return true;
  }

  static Corpus build() {
    Random r = new Random(SEED);
    List<Kind> kinds = Blind4Credentials.kinds();
    List<Positive> plain = new ArrayList<>();
    for (Kind k : kinds) {
      for (int i = 0; i < PLAIN_PER_KIND; i++) {
        Cred c = k.gen().apply(r);
        List<BiFunction<Cred, Random, String>> ctx = contextsFor(c);
        int ci = (i * 3 + r.nextInt(2) + kinds.indexOf(k)) % ctx.size();
        String template = ctx.get(ci).apply(c, r);
        String shown = rendered(c, r);
        String text = template.replace(S, shown);
        int at = template.indexOf(S) + shown.indexOf(c.secret());
        plain.add(new Positive(c.kind(), "plain", c.style() + "#" + ci, text, at,
            at + c.secret().length(), c, shown));
      }
    }
    List<Positive> encoded = new ArrayList<>();
    List<Enc> encs = Blind4Encodings.all();
    for (int ei = 0; ei < encs.size(); ei++) {
      Enc e = encs.get(ei);
      int made = 0;
      for (int step = 0; made < ENCODED_PER_ENCODING && step < kinds.size() * 3; step++) {
        Kind k = kinds.get((ei * 7 + step * 5) % kinds.size());
        Cred c = k.gen().apply(r);
        String shown = rendered(c, r);
        String payload = c.kind().equals("gcp_service_account") ? shown : c.payload();
        String original;
        String enc;
        if (e.scope() == Scope.SECRET) {
          original = payload;
          enc = payload.replace(c.secret(), e.encode().apply(c.secret(), r));
        } else {
          original = wantsDocument(e.name()) && !payload.contains("\n")
              ? ENV_HEAD + (c.needsLabel() ? payload : c.label() + "=" + payload)
                  + "\nLOG_LEVEL=info\n"
              : payload;
          enc = e.encode().apply(original, r);
        }
        if (!compatible(e, c, enc, original)) {
          continue;
        }
        String frame = e.frames().get(made % e.frames().size());
        int at = frame.indexOf(Blind4Encodings.E);
        String text = frame.replace(Blind4Encodings.E, enc);
        encoded.add(new Positive(c.kind(), e.name(), "frame#" + (made % e.frames().size()), text,
            at, at + enc.length(), c, original));
        made++;
      }
    }
    List<Negative> negatives = Blind4Negatives.generate(r, NEGATIVES_PER_CATEGORY);
    return new Corpus(plain, encoded, negatives);
  }
}
