package io.moltr.core.scan;

import io.moltr.core.scan.BlindCredentials.Kind;
import io.moltr.core.scan.BlindCredentials.Sample;
import io.moltr.core.scan.BlindCredentials.Style;
import io.moltr.core.scan.BlindEncodings.Encoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * The blind corpus: every credential kind placed in realistic agent output (code in several
 * languages, logs, JSON tool results, chat answers, markdown), plain and in every encoding.
 */
final class BlindCorpus {
  private BlindCorpus() {}

  /** One sample that must be flagged: the finding has to overlap [start, end). */
  record Positive(String kind, String encoding, String text, int start, int end) {}

  /** Contexts that name the value: {@code ${NAME}}, {@code ${name}}, {@code ${camel}} and {@code ${v}}. */
  static final List<String> NAMED = List.of(
      "```python\nimport os\n\n${name} = \"${v}\"\nclient = Client(${name}, timeout=30)\n```",
      "const ${camel} = '${v}';\nmodule.exports = { ${camel} };",
      "func init() {\n\tos.Setenv(\"${NAME}\", \"${v}\")\n}",
      "    private static final String ${NAME} = \"${v}\";",
      "$ export ${NAME}=${v}\n$ ./scripts/deploy.sh --env prod\nDeploying to prod...",
      "services:\n  api:\n    image: acme/api:1.4.2\n    environment:\n      ${NAME}: ${v}\n      LOG_LEVEL: info",
      "# .env\nNODE_ENV=production\n${NAME}=${v}\nPORT=8080",
      "{\"tool\":\"read_file\",\"path\":\"config/settings.json\",\"content\":{\"${name}\":\"${v}\",\"region\":\"eu-west-1\"}}",
      "provider \"acme\" {\n  ${name} = \"${v}\"\n  region  = \"us-east-2\"\n}",
      "2025-03-02 11:04:17,233 DEBUG [main] c.a.config.Loader - resolved ${name}=${v}",
      "I found it in `.env` on the staging box: **${NAME}** is `${v}`. You should rotate it after the migration.",
      "[credentials]\n${name} = \"${v}\"\nretries = 3",
      "let ${name} = \"${v}\";\nlet client = Client::new(&${name});",
      "ENV ${NAME}=${v}\nRUN npm ci --omit=dev",
      "Rails.application.configure do\n  config.${name} = '${v}'\nend",
      "return [\n    '${name}' => '${v}',\n    'debug' => false,\n];",
      "var ${camel} = \"${v}\";\nvar client = new ApiClient(${camel});");

  /** Contexts for values that identify themselves, with no variable name around them. */
  static final List<String> NEUTRAL = List.of(
      "[2025-03-02T11:04:17Z] WARN  client: retrying with credential ${v} (attempt 2/5)",
      "Here's what the tool returned:\n\n```\n${v}\n```\n\nLet me know if you need anything else.",
      "| environment | value | rotated |\n|---|---|---|\n| prod | ${v} | 2024-11-03 |",
      "Traceback (most recent call last):\n  File \"sync.py\", line 41, in <module>\nAuthError: rejected '${v}'",
      "{\"results\":[{\"id\":17,\"name\":\"prod\",\"value\":\"${v}\",\"created\":\"2025-01-12T09:00:00Z\"}]}",
      ">>> settings.get()\n'${v}'",
      "The value ${v} was committed in a7f3c21 and it still works, so treat it as leaked.",
      "- staging: ${v}\n- prod: see vault");

  /** Contexts for tokens only: an HTTP header. */
  static final List<String> HEADER = List.of(
      "curl -s -H \"Authorization: Bearer ${v}\" https://api.example.com/v1/me",
      "requests.get(url, headers={\"Authorization\": \"token ${v}\"})");

  /** Contexts for multi-line blocks, with how each one rewrites the lines of the block. */
  record BlockContext(String template, UnaryOperator<String> rewrite, String indent) {
    BlockContext(String template, UnaryOperator<String> rewrite) {
      this(template, rewrite, "");
    }

    String place(String block) {
      return template.replace("${v}", indent + rewrite.apply(block).replace("\n", "\n" + indent));
    }

    String locate(String secret) {
      return rewrite.apply(secret).replace("\n", "\n" + indent);
    }
  }

  static final List<BlockContext> BLOCKS = List.of(
      new BlockContext("```\n${v}\n```", s -> s),
      new BlockContext("Here is the file you asked for:\n\n${v}\n\nStore it somewhere safe.", s -> s),
      new BlockContext("{\"tool\":\"read_file\",\"path\":\"/home/dev/secrets/key\",\"content\":\"${v}\"}",
          BlindCorpus::jsonEscape),
      new BlockContext("KEY = \"\"\"${v}\"\"\"", s -> s),
      new BlockContext("secret:\n  value: |\n${v}\n", s -> s, "    "),
      new BlockContext("$ cat ~/.config/deploy/credentials\n${v}\n$ ", s -> s));

  /** Where an encoded blob is placed; none of these rewrite the blob. */
  static final List<String> ENCODED = List.of(
      "Tool output: ${v}",
      "```\n${v}\n```",
      "2025-01-09T10:22:41Z INFO  sync: payload=${v} bytes=512",
      "The attachment contains:\n${v}\n",
      "blob = '${v}'");

  static List<Positive> positives(Random r, int plainPerKind) {
    List<Positive> out = new ArrayList<>();
    for (Kind kind : BlindCredentials.KINDS) {
      for (int i = 0; i < plainPerKind; i++) {
        out.add(plain(r, kind));
      }
      for (Encoding e : BlindEncodings.ALL) {
        Sample s = kind.make().apply(r);
        if (e.splitting() && (kind.style() != Style.TOKEN || s.text().contains("://") || s.text().contains(";"))) {
          continue;
        }
        String unit = kind.style() == Style.NAMED
            ? kind.names().get(r.nextInt(kind.names().size())).toUpperCase(Locale.ROOT) + "=" + s.text()
            : s.text();
        String blob = e.apply().apply(r, unit);
        String text = ENCODED.get(r.nextInt(ENCODED.size())).replace("${v}", blob);
        int at = text.indexOf(blob);
        out.add(new Positive(kind.name(), e.name(), text, at, at + blob.length()));
      }
    }
    return out;
  }

  private static Positive plain(Random r, Kind kind) {
    Sample s = kind.make().apply(r);
    String name = kind.names().get(r.nextInt(kind.names().size()));
    if (kind.style() == Style.BLOCK || s.text().contains("\n")) {
      BlockContext c = BLOCKS.get(r.nextInt(BLOCKS.size()));
      return located(kind, c.place(s.text()), c.locate(s.secret()));
    }
    List<String> pool = new ArrayList<>();
    switch (kind.style()) {
      case NAMED -> pool.addAll(NAMED);
      case LINE -> pool.addAll(NEUTRAL);
      case DATA -> {
        pool.addAll(NAMED);
        pool.addAll(NEUTRAL.subList(1, NEUTRAL.size()));
      }
      default -> {
        pool.addAll(NAMED);
        pool.addAll(NEUTRAL);
        if (!s.text().contains("://") && !s.text().contains(";")) {
          pool.addAll(HEADER);
        }
      }
    }
    String template = pool.get(r.nextInt(pool.size()));
    String text = template
        .replace("${NAME}", name.toUpperCase(Locale.ROOT))
        .replace("${name}", name)
        .replace("${camel}", camel(name))
        .replace("${v}", s.text());
    return located(kind, text, s.secret());
  }

  private static Positive located(Kind kind, String text, String secret) {
    int at = text.indexOf(secret);
    if (at < 0) {
      throw new IllegalStateException(kind.name() + ": secret not in its own text");
    }
    return new Positive(kind.name(), "plain", text, at, at + secret.length());
  }

  static String camel(String snake) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char c : snake.toCharArray()) {
      if (c == '_' || c == '-') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return sb.toString();
  }

  static String jsonEscape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }
}
