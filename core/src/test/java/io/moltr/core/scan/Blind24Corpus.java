package io.moltr.core.scan;

import static io.moltr.core.scan.Blind24Secrets.alnum;
import static io.moltr.core.scan.Blind24Secrets.b64;
import static io.moltr.core.scan.Blind24Secrets.b64url;
import static io.moltr.core.scan.Blind24Secrets.bytes;
import static io.moltr.core.scan.Blind24Secrets.digits;
import static io.moltr.core.scan.Blind24Secrets.groups;
import static io.moltr.core.scan.Blind24Secrets.hex;
import static io.moltr.core.scan.Blind24Secrets.pick;

import io.moltr.core.scan.Blind24Secrets.Kind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/** Blind corpus 24: contexts, encodings, hard negatives and the fixed-seed row list. */
final class Blind24Corpus {
  private Blind24Corpus() {}

  static final long SEED = 24_2026_1201L;

  /** form: the exact text that carries the secret (the secret itself, escaped, or encoded). */
  record Row(String label, String kind, String encoding, String context, String secret, String form, String text) {}

  interface Ctx {
    String render(Random r, String label, String value, boolean blob);
  }

  // ---------- surface helpers ----------
  /** The PHC string format's B64: the standard alphabet without padding. */
  static String phcB64(byte[] b) {
    return Base64.getEncoder().withoutPadding().encodeToString(b);
  }

  static String upperSnake(String label) {
    label = java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return label.replaceAll("([a-z])([A-Z])", "$1_$2").replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT);
  }

  static String lowerSnake(String label) {
    return upperSnake(label).toLowerCase(Locale.ROOT);
  }

  static String camel(String label) {
    String[] p = lowerSnake(label).split("_");
    StringBuilder sb = new StringBuilder(p[0]);
    for (int i = 1; i < p.length; i++) {
      if (!p[i].isEmpty()) {
        sb.append(Character.toUpperCase(p[i].charAt(0))).append(p[i].substring(1));
      }
    }
    return sb.toString();
  }

  static String varyLabel(Random r, String label) {
    return switch (r.nextInt(5)) {
      case 0 -> upperSnake(label);
      case 1 -> lowerSnake(label);
      case 2 -> camel(label);
      case 3 -> lowerSnake(label).replace('_', '-');
      default -> label;
    };
  }

  static final String[] SEPS = {"=", ": ", " = ", " => ", " - ", " ", ":", "=  "};
  static final String[] QUOTES = {"", "", "\"", "'", "`"};

  static String assign(Random r, String label, String value) {
    String q = QUOTES[r.nextInt(QUOTES.length)];
    if (value.contains(" ") && q.isEmpty()) {
      q = "\"";
    }
    return varyLabel(r, label) + SEPS[r.nextInt(SEPS.length)] + q + value + q;
  }

  static String indent(Random r) {
    return new String[] {"", "  ", "    ", "\t"}[r.nextInt(4)];
  }

  static String json(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  static String indentBlock(String s, String ind) {
    return ind + s.replace("\n", "\n" + ind);
  }

  // ---------- contexts ----------
  static final Map<String, Ctx> CTX = new LinkedHashMap<>();
  /** Contexts that embed a multi-line value verbatim (or JSON-escaped). */
  static final List<String> BLOB_CTX = List.of("chat_en", "chat_de", "chat_es", "chat_fr", "python", "java", "go", "rust",
      "shell", "php", "csharp", "yaml", "toml", "json", "env", "hcl", "jsonl_log", "terminal", "email", "tool_call", "markdown");
  /** Contexts for raw snippets (negatives that are whole blocks). */
  static final List<String> RAW_CTX = List.of("chat_en", "chat_de", "chat_es", "chat_fr", "terminal", "email", "tool_call",
      "markdown", "commit", "jsonl_log");

  static {
    CTX.put("chat_en", (r, l, v, b) -> switch (r.nextInt(4)) {
      case 0 -> "Sure! Here's the " + l + " you asked for:\n\n```\n" + (b ? v : assign(r, l, v)) + "\n```\n\nKeep it out of version control.";
      case 1 -> "Done. I found it in `~/.config/app/settings`:\n" + (b ? v : assign(r, l, v)) + "\nLet me know if you need anything else.";
      case 2 -> "I checked the deployment and the value it uses is below.\n\n" + (b ? v : indent(r) + assign(r, l, v) + ".") + "\n\nYou can paste it into the dashboard.";
      default -> "OK — " + (b ? "the file contains:\n" + v : "(" + assign(r, l, v) + ")") + "\nNext step: restart the worker.";
    });
    CTX.put("chat_de", (r, l, v, b) -> "Klar, hier ist der Wert aus der Konfiguration:\n\n" + (b ? v : assign(r, l, v))
        + "\n\nBitte nach dem Test rotieren, er ist produktiv.");
    CTX.put("chat_es", (r, l, v, b) -> "Aquí tienes la credencial que estaba en el archivo de configuración:\n"
        + (b ? v : "  " + assign(r, l, v)) + "\n¿Quieres que la guarde en el gestor de secretos?");
    CTX.put("chat_fr", (r, l, v, b) -> "Voici ce que j'ai trouvé dans la configuration du service :\n"
        + (b ? v : "« " + assign(r, l, v) + " »") + "\nPense à la changer après la démo.");
    CTX.put("python", (r, l, v, b) -> b
        ? "import json\n\n" + lowerSnake(l) + " = \"\"\"" + v + "\"\"\"\n\nclient = connect(" + lowerSnake(l) + ")\n"
        : "import requests\n\n" + (r.nextBoolean() ? lowerSnake(l) : upperSnake(l)) + " = " + (r.nextBoolean() ? "'" + v + "'" : "\"" + v + "\"")
            + "\nresp = requests.get(\"https://api.example.com/v1/me\", timeout=10)\nprint(resp.status_code)\n");
    CTX.put("javascript", (r, l, v, b) -> "// config.ts\nexport const config = {\n" + indent(r) + camel(l) + ": "
        + (r.nextBoolean() ? "'" + v + "'" : "\"" + v + "\"") + ",\n  region: 'eu-west-1',\n};\n");
    CTX.put("go", (r, l, v, b) -> "package main\n\nconst " + camel(l) + " = " + (b ? "`" + v + "`" : "\"" + v + "\"")
        + "\n\nfunc main() {\n\tclient := NewClient(" + camel(l) + ")\n\tclient.Run()\n}\n");
    CTX.put("java", (r, l, v, b) -> "public final class Settings {\n  private static final String " + upperSnake(l) + " = "
        + (b ? "\"\"\"\n" + v + "\"\"\"" : "\"" + v + "\"") + ";\n}\n");
    CTX.put("rust", (r, l, v, b) -> "fn main() {\n    let " + lowerSnake(l) + " = " + (b ? "r#\"" + v + "\"#" : "\"" + v + "\"")
        + ";\n    let client = Client::new(" + lowerSnake(l) + ");\n}\n");
    CTX.put("shell", (r, l, v, b) -> b
        ? "cat > ./" + lowerSnake(l) + " <<'EOF'\n" + v + "\nEOF\nchmod 600 ./" + lowerSnake(l) + "\n"
        : "#!/usr/bin/env bash\nset -euo pipefail\nexport " + upperSnake(l) + "=" + (r.nextBoolean() ? "'" + v + "'" : "\"" + v + "\"")
            + "\n./deploy.sh --env prod\n");
    CTX.put("php", (r, l, v, b) -> b
        ? "<?php\n$" + camel(l) + " = <<<'EOT'\n" + v + "\nEOT;\n"
        : "<?php\nreturn [\n    '" + lowerSnake(l) + "' => '" + v + "',\n    'debug' => false,\n];\n");
    CTX.put("csharp", (r, l, v, b) -> "var " + camel(l) + " = " + (b ? "@\"" + v + "\"" : "\"" + v + "\"")
        + ";\nvar client = new ApiClient(" + camel(l) + ");\n");
    CTX.put("yaml", (r, l, v, b) -> b
        ? "service:\n  name: billing\n  " + lowerSnake(l) + ": |\n" + indentBlock(v, "    ") + "\n"
        : "service:\n  name: billing\n  " + varyLabel(r, l) + ": " + (r.nextBoolean() ? v : "\"" + v + "\"") + "\n  replicas: 2\n");
    CTX.put("toml", (r, l, v, b) -> "[service]\nname = \"billing\"\n" + lowerSnake(l) + " = " + (b ? "'''\n" + v + "'''" : "\"" + v + "\"") + "\n");
    CTX.put("json", (r, l, v, b) -> "{\n  \"service\": \"billing\",\n  \"" + camel(l) + "\": \"" + json(v) + "\",\n  \"retries\": 3\n}");
    CTX.put("env", (r, l, v, b) -> "# .env\nNODE_ENV=production\n" + upperSnake(l) + "=" + (b ? "\"" + json(v) + "\"" : r.nextBoolean() ? v : "\"" + v + "\"") + "\nPORT=8080\n");
    CTX.put("ini", (r, l, v, b) -> "[default]\nregion = eu-west-1\n" + lowerSnake(l) + " = " + v + "\n");
    CTX.put("hcl", (r, l, v, b) -> "resource \"app_config\" \"main\" {\n  name = \"billing\"\n  " + lowerSnake(l) + " = "
        + (b ? "<<EOT\n" + v + "\nEOT" : "\"" + v + "\"") + "\n}\n");
    CTX.put("dockerfile", (r, l, v, b) -> "FROM python:3.12-slim\nWORKDIR /app\n" + (r.nextBoolean() ? "ENV " : "ARG ") + upperSnake(l) + "="
        + v.replace(" ", "\\ ") + "\nCOPY . .\nCMD [\"python\", \"main.py\"]\n");
    CTX.put("compose", (r, l, v, b) -> "services:\n  api:\n    image: acme/api:1.4.2\n    environment:\n      - " + upperSnake(l) + "=" + v + "\n");
    CTX.put("k8s_env", (r, l, v, b) -> "spec:\n  containers:\n    - name: api\n      env:\n        - name: " + upperSnake(l)
        + "\n          value: \"" + v + "\"\n");
    CTX.put("gh_actions", (r, l, v, b) -> "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      " + upperSnake(l) + ": " + v
        + "\n    steps:\n      - run: make deploy\n");
    CTX.put("log", (r, l, v, b) -> "2026-11-30 14:02:11,381 INFO  [main] starting worker pid=4312\n2026-11-30 14:02:11,402 DEBUG [config] loaded "
        + assign(r, l, v) + "\n2026-11-30 14:02:11,517 INFO  [http] listening on :8080\n");
    CTX.put("jsonl_log", (r, l, v, b) -> "{\"ts\":\"2026-11-30T14:02:11Z\",\"level\":\"info\",\"msg\":\"boot\"}\n"
        + "{\"ts\":\"2026-11-30T14:02:12Z\",\"level\":\"debug\",\"msg\":\"env\",\"" + lowerSnake(l) + "\":\"" + json(v) + "\"}\n");
    CTX.put("stack_trace", (r, l, v, b) -> "Exception in thread \"main\" java.lang.IllegalStateException: upstream rejected credentials ("
        + assign(r, l, v) + ")\n\tat com.acme.billing.Client.call(Client.java:88)\n\tat com.acme.billing.Main.main(Main.java:14)\n");
    CTX.put("py_traceback", (r, l, v, b) -> "Traceback (most recent call last):\n  File \"app.py\", line 12, in <module>\n    login()\n"
        + "PermissionError: auth failed with " + assign(r, l, v) + "\n");
    CTX.put("http_dump", (r, l, v, b) -> "> POST /v1/jobs HTTP/1.1\r\n> Host: api.example.com\r\n> " + headerName(l) + ": " + v
        + "\r\n> Content-Type: application/json\r\n>\r\n< HTTP/1.1 401 Unauthorized\r\n");
    CTX.put("terminal", (r, l, v, b) -> b
        ? "$ cat ~/" + lowerSnake(l) + "\n" + v + "\n$ "
        : r.nextBoolean()
            ? "dev@box:~/app$ grep -rn " + upperSnake(l) + " .env\n.env:3:" + upperSnake(l) + "=" + v + "\ndev@box:~/app$"
            : "PS C:\\app> echo $env:" + upperSnake(l) + "\n" + upperSnake(l) + "=" + v + "\nPS C:\\app>");
    CTX.put("diff", (r, l, v, b) -> "diff --git a/.env b/.env\nindex 3b18e51..9f2c7a0 100644\n--- a/.env\n+++ b/.env\n@@ -1,2 +1,3 @@\n LOG_LEVEL=info\n+"
        + upperSnake(l) + "=" + v + "\n PORT=8080\n");
    CTX.put("sql", (r, l, v, b) -> "INSERT INTO service_credentials (service, " + lowerSnake(l) + ")\nVALUES ('billing', '" + v + "');\n");
    CTX.put("csv", (r, l, v, b) -> "service,env," + lowerSnake(l) + "\nbilling,prod," + v + "\nsearch,dev,(none)\n");
    CTX.put("markdown", (r, l, v, b) -> b
        ? "### " + l + "\n\n```\n" + v + "\n```\n"
        : "| Service | " + l + " |\n|---|---|\n| billing | `" + v + "` |\n| search | n/a |\n");
    CTX.put("email", (r, l, v, b) -> "Subject: access for the staging box\n\nHi Sam,\n\nas requested:\n" + (b ? v : assign(r, l, v))
        + "\n\nBest,\nthe ops assistant\n");
    CTX.put("commit", (r, l, v, b) -> "Add staging config for billing\n\n" + (b ? v : assign(r, l, v)) + "\n\nSigned-off-by: Ops Bot <ops@example.com>\n");
    CTX.put("notebook", (r, l, v, b) -> "{\"cell_type\": \"code\", \"execution_count\": 3, \"source\": [\"import os\\n\", \"os.environ['"
        + upperSnake(l) + "'] = '" + json(v) + "'\\n\"]}");
    CTX.put("tool_call", (r, l, v, b) -> "{\"type\":\"tool_use\",\"name\":\"write_file\",\"input\":{\"path\":\"config/app.env\",\"content\":\"LOG=info\\n"
        + json(b ? v : upperSnake(l) + "=" + v) + "\\n\"}}");
  }

  static String headerName(String l) {
    if (l.contains("-") && !l.contains("_")) {
      return l;
    }
    String[] p = lowerSnake(l).split("_");
    StringBuilder sb = new StringBuilder("X");
    for (String s : p) {
      if (!s.isEmpty()) {
        sb.append('-').append(Character.toUpperCase(s.charAt(0))).append(s.substring(1));
      }
    }
    return sb.toString();
  }

  /** The exact form a value takes inside a context (JSON contexts escape it). */
  static String formIn(String ctx, String value, boolean blob) {
    boolean escapes = ctx.equals("json") || ctx.equals("jsonl_log") || ctx.equals("tool_call") || ctx.equals("notebook")
        || (ctx.equals("env") && blob);
    if (escapes) {
      return json(value);
    }
    if (ctx.equals("yaml") && blob) {
      return indentBlock(value, "    ");
    }
    if (ctx.equals("dockerfile")) {
      return value.replace(" ", "\\ ");
    }
    return value;
  }

  static String finish(Random r, String text) {
    int p = r.nextInt(10);
    if (p == 0) {
      return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }
    if (p == 1) {
      return "\n" + text + "\n\n";
    }
    return text;
  }

  // ---------- encodings ----------
  static final String B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  static String base32(byte[] b) {
    StringBuilder sb = new StringBuilder();
    int buf = 0;
    int bits = 0;
    for (byte x : b) {
      buf = (buf << 8) | (x & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        sb.append(B32.charAt((buf >> bits) & 31));
      }
    }
    if (bits > 0) {
      sb.append(B32.charAt((buf << (5 - bits)) & 31));
    }
    while (sb.length() % 8 != 0) {
      sb.append('=');
    }
    return sb.toString();
  }

  static byte[] u8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String hexOf(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (byte x : b) {
      sb.append(String.format("%02x", x & 0xff));
    }
    return sb.toString();
  }

  static byte[] gzip(byte[] b, boolean gz) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (var out = gz ? new GZIPOutputStream(bo) : new DeflaterOutputStream(bo)) {
        out.write(b);
      }
      return bo.toByteArray();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String rot13(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= 'a' && c <= 'z') {
        sb.append((char) ('a' + (c - 'a' + 13) % 26));
      } else if (c >= 'A' && c <= 'Z') {
        sb.append((char) ('A' + (c - 'A' + 13) % 26));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static final String ZW = "\u200B\u200C\u200D\u2060\uFEFF";

  /** Encodings; split/zero-width/homoglyph act on the secret value only (see encodeRow). */
  static final Map<String, java.util.function.BiFunction<Random, String, String>> ENC = new LinkedHashMap<>();

  static {
    ENC.put("base64", (r, s) -> b64(u8(s)));
    ENC.put("base64url", (r, s) -> Base64.getUrlEncoder().encodeToString(u8(s)));
    ENC.put("base64_nopad", (r, s) -> Base64.getEncoder().withoutPadding().encodeToString(u8(s)));
    ENC.put("base64_wrap76", (r, s) -> Base64.getMimeEncoder().encodeToString(u8(s)).replace("\r\n", "\n"));
    ENC.put("base32", (r, s) -> base32(u8(s)));
    ENC.put("hex", (r, s) -> r.nextBoolean() ? hexOf(u8(s)) : hexOf(u8(s)).toUpperCase(Locale.ROOT));
    ENC.put("hex_backslash_x", (r, s) -> hexOf(u8(s)).replaceAll("(..)", "\\\\x$1"));
    ENC.put("hex_0x", (r, s) -> r.nextBoolean() ? "0x" + hexOf(u8(s)) : hexOf(u8(s)).replaceAll("(..)", "0x$1, ").replaceAll(", $", ""));
    ENC.put("hex_spaced", (r, s) -> hexOf(u8(s)).replaceAll("(..)", "$1 ").trim());
    ENC.put("percent", (r, s) -> hexOf(u8(s)).toUpperCase(Locale.ROOT).replaceAll("(..)", "%$1"));
    ENC.put("rot13", (r, s) -> rot13(s));
    ENC.put("unicode_escape", (r, s) -> {
      StringBuilder sb = new StringBuilder();
      for (char c : s.toCharArray()) {
        sb.append(String.format("\\u%04x", (int) c));
      }
      return sb.toString();
    });
    ENC.put("html_dec", (r, s) -> {
      StringBuilder sb = new StringBuilder();
      for (char c : s.toCharArray()) {
        sb.append("&#").append((int) c).append(';');
      }
      return sb.toString();
    });
    ENC.put("html_hex", (r, s) -> {
      StringBuilder sb = new StringBuilder();
      for (char c : s.toCharArray()) {
        sb.append("&#x").append(Integer.toHexString(c)).append(';');
      }
      return sb.toString();
    });
    ENC.put("json_escape", (r, s) -> {
      StringBuilder sb = new StringBuilder();
      for (char c : s.toCharArray()) {
        if (c == '/') {
          sb.append("\\/");
        } else if (c == '\n') {
          sb.append("\\n");
        } else if (r.nextInt(3) == 0 || c == '"' || c == '\\') {
          sb.append(String.format("\\u%04X", (int) c));
        } else {
          sb.append(c);
        }
      }
      return sb.toString();
    });
    ENC.put("gzip_base64", (r, s) -> b64(gzip(u8(s), true)));
    ENC.put("deflate_base64", (r, s) -> b64(gzip(u8(s), false)));
    ENC.put("reversed", (r, s) -> new StringBuilder(s).reverse().toString());
    ENC.put("split_lines", (r, s) -> {
      int a = s.length() / 3;
      int c = 2 * s.length() / 3;
      return switch (r.nextInt(3)) {
        case 0 -> s.substring(0, a) + "\n" + s.substring(a, c) + "\n" + s.substring(c);
        case 1 -> "\"" + s.substring(0, s.length() / 2) + "\" +\n    \"" + s.substring(s.length() / 2) + "\"";
        default -> s.substring(0, s.length() / 2) + "\\\n" + s.substring(s.length() / 2);
      };
    });
    ENC.put("split_spaces", (r, s) -> groups(s, 4 + r.nextInt(4), " "));
    ENC.put("split_punct", (r, s) -> groups(s, 4 + r.nextInt(3), new String[] {" | ", " + ", "·", " / "}[r.nextInt(4)]));
    ENC.put("zero_width", (r, s) -> {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < s.length(); i++) {
        sb.append(s.charAt(i));
        if (i < s.length() - 1 && r.nextInt(3) == 0) {
          sb.append(ZW.charAt(r.nextInt(ZW.length())));
        }
      }
      return sb.toString();
    });
    ENC.put("homoglyph_nfkc", (r, s) -> {
      StringBuilder sb = new StringBuilder();
      for (char c : s.toCharArray()) {
        boolean ascii = c >= '!' && c <= '~';
        if (ascii && r.nextInt(5) < 2) {
          sb.append((char) (c - '!' + '\uFF01')); // fullwidth form, folded by NFKC
        } else if (c >= 'A' && c <= 'Z' && r.nextInt(4) == 0) {
          sb.appendCodePoint(0x1D400 + (c - 'A')); // mathematical bold capital
        } else {
          sb.append(c);
        }
      }
      return sb.toString();
    });
  }

  static final List<String> VALUE_ONLY = List.of("split_lines", "split_spaces", "split_punct", "zero_width", "homoglyph_nfkc");
  static final List<String> BLOB_OK = List.of("base64", "base64url", "base64_nopad", "base64_wrap76", "gzip_base64",
      "deflate_base64", "hex", "base32");
  static final List<String[]> DEPTH2 = List.of(
      new String[] {"base64", "base64"}, new String[] {"hex", "base64"}, new String[] {"base64", "hex"},
      new String[] {"base64", "percent"}, new String[] {"base32", "base64"}, new String[] {"base64", "reversed"});

  static final String[][] ENC_WRAP = {
      {"chat_en", "Here it is base64'd so it survives the copy: %s"},
      {"chat_en", "I encoded it so the terminal won't mangle it:\n\n%s\n\nDecode it on your side."},
      {"chat_de", "Hier der Wert, kodiert, damit er beim Kopieren heil bleibt:\n%s"},
      {"chat_es", "Te lo paso codificado para que no se rompa al copiar: %s"},
      {"json", "{\"status\":\"ok\",\"payload\":\"%s\",\"note\":\"decode before use\"}"},
      {"shell", "$ echo '%s' | decode > creds.txt"},
      {"python", "blob = \"%s\"\ncreds = decode(blob)\n"},
      {"log", "2026-11-30T09:12:44Z WARN export blob=%s"},
      {"markdown", "**Encoded value**\n\n```\n%s\n```\n"},
      {"email", "Subject: the thing you asked for\n\nEncoded below so the mail filter leaves it alone:\n\n%s\n\nCheers"},
  };

  // ---------- negatives ----------
  record Neg(String name, boolean raw, Function<Random, String[]> gen) {}

  static String[] lv(String l, String v) {
    return new String[] {l, v};
  }

  static String uuid(Random r) {
    String h = hex(r, 32);
    return h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-" + "89ab".charAt(r.nextInt(4))
        + h.substring(17, 20) + "-" + h.substring(20);
  }

  static String badLuhn(Random r, String prefix, int len) {
    String c = Blind24Secrets.card(r, prefix, len);
    int last = c.charAt(len - 1) - '0';
    return c.substring(0, len - 1) + (last + 1 + r.nextInt(8)) % 10;
  }

  static List<Neg> negatives() {
    List<Neg> n = new ArrayList<>();
    n.add(new Neg("aws_doc_example", false, r -> r.nextBoolean() ? lv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
        : lv("aws_secret_access_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")));
    n.add(new Neg("placeholder_sk_x", false, r -> lv(new String[] {"OPENAI_API_KEY", "STRIPE_SECRET_KEY", "api_key"}[r.nextInt(3)],
        new String[] {"sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "sk-...", "sk-ant-xxxxxxxxxxxxxxxx"}[r.nextInt(4)])));
    n.add(new Neg("placeholder_your_key", false, r -> lv(new String[] {"API_KEY", "token", "GITHUB_TOKEN", "password"}[r.nextInt(4)],
        new String[] {"YOUR_API_KEY", "your-token-here", "REPLACE_ME", "INSERT_TOKEN_HERE", "<your-api-key>"}[r.nextInt(5)])));
    n.add(new Neg("placeholder_angle", false, r -> lv(new String[] {"token", "SECRET_KEY", "password", "client_secret"}[r.nextInt(4)],
        new String[] {"<token>", "<secret>", "<password>", "<redacted>", "[REDACTED]"}[r.nextInt(5)])));
    n.add(new Neg("placeholder_env_ref", false, r -> {
      String v = new String[] {"DB_PASSWORD", "STRIPE_KEY", "GH_TOKEN", "API_SECRET"}[r.nextInt(4)];
      return lv(v.toLowerCase(Locale.ROOT), r.nextBoolean() ? "${" + v + "}" : "$" + v);
    }));
    n.add(new Neg("placeholder_ci_secret", false, r -> {
      String v = new String[] {"NPM_TOKEN", "DOCKERHUB_TOKEN", "AWS_SECRET_ACCESS_KEY", "SLACK_WEBHOOK"}[r.nextInt(4)];
      return lv(v, r.nextBoolean() ? "${{ secrets." + v + " }}" : "{{ vault_" + v.toLowerCase(Locale.ROOT) + " }}");
    }));
    n.add(new Neg("masked_stars", false, r -> lv(new String[] {"password", "DB_PASS", "api_key", "token"}[r.nextInt(4)],
        "*".repeat(8 + r.nextInt(12)))));
    n.add(new Neg("placeholder_weak_password", false, r -> lv(new String[] {"password", "POSTGRES_PASSWORD", "admin_password"}[r.nextInt(3)],
        new String[] {"changeme", "password", "example", "secret", "postgres", "xxxxxx"}[r.nextInt(6)])));
    n.add(new Neg("env_read_code", true, r -> lv("code", new String[] {
        "api_key = os.environ[\"OPENAI_API_KEY\"]\nclient = OpenAI(api_key=api_key)",
        "const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);",
        "token := os.Getenv(\"GITHUB_TOKEN\")\nif token == \"\" {\n\tlog.Fatal(\"GITHUB_TOKEN not set\")\n}",
        "String password = System.getenv(\"DB_PASSWORD\");",
        "let key = std::env::var(\"ANTHROPIC_API_KEY\")?;",
        "var secret = Environment.GetEnvironmentVariable(\"AZURE_CLIENT_SECRET\");",
        "$apiKey = getenv('MAILGUN_API_KEY');"}[r.nextInt(7)])));
    n.add(new Neg("vault_read_code", true, r -> lv("code", new String[] {
        "export VAULT_TOKEN=$(cat /run/secrets/vault-token)\nvault kv get -field=password secret/prod/db",
        "aws secretsmanager get-secret-value --secret-id prod/billing/stripe --query SecretString --output text",
        "DB_PASSWORD=$(gcloud secrets versions access latest --secret=db-password)",
        "password: !vault |\n  {{ lookup('hashi_vault', 'secret=secret/data/db:password') }}",
        "kubectl get secret db-credentials -o jsonpath='{.data.password}' | base64 -d"}[r.nextInt(5)])));
    n.add(new Neg("md5", false, r -> lv(r.nextBoolean() ? "md5" : "MD5 checksum", hex(r, 32))));
    n.add(new Neg("sha1", false, r -> lv("sha1", hex(r, 40))));
    n.add(new Neg("sha256", false, r -> lv(r.nextBoolean() ? "sha256" : "checksum", hex(r, 64))));
    n.add(new Neg("sha512", false, r -> lv("sha512sum", hex(r, 128))));
    n.add(new Neg("bcrypt_hash", false, r -> lv("password_hash", "$2b$12$" + pick(r, Blind24Secrets.B62 + "./", 53))));
    n.add(new Neg("argon2_hash", false, r -> lv("hashed_password", "$argon2id$v=19$m=65536,t=3,p=4$"
        + phcB64(bytes(r, 16)) + "$" + phcB64(bytes(r, 32)))));
    n.add(new Neg("uuid", false, r -> lv(new String[] {"id", "request_id", "tenant_id", "user_id"}[r.nextInt(4)], uuid(r))));
    n.add(new Neg("git_sha", false, r -> lv(r.nextBoolean() ? "commit" : "sha", hex(r, 40))));
    n.add(new Neg("git_log_short", true, r -> lv("git log", hex(r, 7) + " Fix retry loop in uploader\n" + hex(r, 7)
        + " Bump deps\n" + hex(r, 7) + " Merge pull request #" + (100 + r.nextInt(900)) + " from acme/feature")));
    n.add(new Neg("sri_integrity", false, r -> lv("integrity", "sha384-" + b64(bytes(r, 48)))));
    n.add(new Neg("npm_lock_integrity", true, r -> lv("package-lock.json", "\"node_modules/lodash\": {\n  \"version\": \"4.17.21\",\n"
        + "  \"resolved\": \"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\",\n  \"integrity\": \"sha512-" + b64(bytes(r, 64)) + "\"\n}")));
    n.add(new Neg("docker_digest", false, r -> lv("image", "ghcr.io/acme/api@sha256:" + hex(r, 64))));
    n.add(new Neg("docker_ps", true, r -> lv("docker ps", "CONTAINER ID   IMAGE          STATUS\n" + hex(r, 12)
        + "   redis:7        Up 3 hours\n" + hex(r, 12) + "   acme/api:1.4   Up 3 hours")));
    n.add(new Neg("bitcoin_address", false, r -> {
      byte[] p = new byte[21];
      System.arraycopy(bytes(r, 20), 0, p, 1, 20);
      return lv("btc_address", Blind24Secrets.base58check(p));
    }));
    n.add(new Neg("eth_address", false, r -> lv("wallet_address", "0x" + hex(r, 40))));
    n.add(new Neg("eth_tx_hash", false, r -> lv(r.nextBoolean() ? "tx_hash" : "transactionHash", "0x" + hex(r, 64))));
    n.add(new Neg("solana_address", false, r -> lv("recipient", pick(r, Blind24Secrets.B58, 44))));
    n.add(new Neg("age_recipient", false, r -> lv("age_recipient", Blind24Secrets.bech32("age", bytes(r, 32)))));
    n.add(new Neg("ssh_public_key", false, r -> lv("authorized_key", r.nextBoolean()
        ? "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + b64(bytes(r, 33)).substring(0, 43) + " dev@laptop"
        : "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + b64(bytes(r, 255)).substring(0, 340) + " ci@build")));
    n.add(new Neg("pem_public_key", true, r -> lv("public key", Blind24Secrets.pem("PUBLIC KEY",
        Blind24Secrets.pemBody(r, 294, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A")))));
    n.add(new Neg("pem_certificate", true, r -> lv("certificate", Blind24Secrets.pem("CERTIFICATE",
        Blind24Secrets.pemBody(r, 700, "MIIDdzCCAl+gAwIBAgIE")))));
    n.add(new Neg("data_uri_image", false, r -> lv(r.nextBoolean() ? "src" : "logo",
        "data:image/" + (r.nextBoolean() ? "png" : "jpeg") + ";base64," + b64(Blind24Secrets.concat(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, bytes(r, 150))))));
    n.add(new Neg("base64_harmless", false, r -> lv("message", b64(new String[] {
        "Hello from the build server, all tests passed.", "{\"page\":2,\"per_page\":50,\"sort\":\"created_at\"}",
        "The quick brown fox jumps over the lazy dog", "user preferences: dark mode, compact list, locale=de-DE"}[r.nextInt(4)]))));
    n.add(new Neg("sha256sums_file", true, r -> lv("SHA256SUMS", hex(r, 64) + "  moltr-linux-amd64.tar.gz\n" + hex(r, 64)
        + "  moltr-darwin-arm64.tar.gz\n" + hex(r, 64) + "  moltr-windows-amd64.zip")));
    n.add(new Neg("card_bad_luhn", false, r -> lv(new String[] {"card_number", "order_ref", "cc"}[r.nextInt(3)],
        Blind24Secrets.fmtCard(r, badLuhn(r, new String[] {"4", "51", "6011"}[r.nextInt(3)], 16)))));
    n.add(new Neg("iban_bad_mod97", false, r -> {
      String good = Blind24Secrets.iban("DE", digits(r, 18));
      int c = Integer.parseInt(good.substring(2, 4));
      String bad = "DE" + String.format("%02d", c == 2 ? 97 : c - 1) + good.substring(4);
      return lv("IBAN", r.nextBoolean() ? groups(bad, 4, " ") : bad);
    }));
    n.add(new Neg("build_id", false, r -> lv(new String[] {"BUILD_ID", "buildId", "build"}[r.nextInt(3)],
        r.nextBoolean() ? alnum(r, 21) : "20261130." + (1 + r.nextInt(40)) + "-" + hex(r, 8))));
    n.add(new Neg("trace_id", false, r -> switch (r.nextInt(3)) {
      case 0 -> lv("traceparent", "00-" + hex(r, 32) + "-" + hex(r, 16) + "-01");
      case 1 -> lv("X-Amzn-Trace-Id", "Root=1-" + hex(r, 8) + "-" + hex(r, 24));
      default -> lv("trace_id", hex(r, 32));
    }));
    n.add(new Neg("request_id", false, r -> switch (r.nextInt(3)) {
      case 0 -> lv("Request-Id", "req_" + alnum(r, 14));
      case 1 -> lv("x-amz-id-2", b64(bytes(r, 57)));
      default -> lv("x-request-id", uuid(r));
    }));
    n.add(new Neg("jwt_alg_none", false, r -> lv("id_token",
        b64url(u8("{\"alg\":\"none\",\"typ\":\"JWT\"}")) + "." + b64url(u8("{\"sub\":\"" + digits(r, 8) + "\",\"admin\":false}")) + ".")));
    n.add(new Neg("jwt_io_example", false, r -> lv("example_token",
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")));
    n.add(new Neg("k8s_secret_placeholder", true, r -> lv("secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\ntype: Opaque\n"
        + (r.nextBoolean() ? "data:\n  password: <base64-encoded-password>\n  api-key: <base64-encoded-key>\n"
            : "stringData:\n  password: ${DB_PASSWORD}\n  api-key: ${API_KEY}\n"))));
    n.add(new Neg("redaction_message", true, r -> lv("note", new String[] {
        "The key sk-...", "The token ghp_****", "Key AKIA************", "The secret sk_live_…"}[r.nextInt(4)]
        + pick(r, Blind24Secrets.B62, 4) + " has been revoked; I rotated it and stored the new one in the vault.")));
    n.add(new Neg("masked_prefix_listing", true, r -> lv("keys", "NAME        KEY                 CREATED\nci-deploy   sk-ant-api03-..." + alnum(r, 4)
        + "   2026-10-02\nlocal-dev   sk-proj-****" + alnum(r, 4) + "       2026-11-12")));
    n.add(new Neg("version_string", false, r -> lv(r.nextBoolean() ? "version" : "image_tag", (r.nextInt(5)) + "." + r.nextInt(30) + "."
        + r.nextInt(20) + (r.nextBoolean() ? "-rc." + r.nextInt(5) + "+build." + hex(r, 7) : ""))));
    n.add(new Neg("s3_object_key", false, r -> lv("s3_key", "uploads/2026/11/" + (10 + r.nextInt(20)) + "/" + hex(r, 32) + "/invoice-"
        + digits(r, 6) + ".pdf")));
    n.add(new Neg("css_class_hash", true, r -> lv("css", ".css-" + pick(r, "abcdefghijklmnopqrstuvwxyz0123456789", 7)
        + " { display: flex; }\n._container_" + pick(r, "abcdefghijklmnopqrstuvwxyz0123456789", 5) + "_12 { margin: 0 auto; }\n.sc-"
        + pick(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 6) + " { color: #1a73e8; }")));
    n.add(new Neg("webpack_chunks", true, r -> lv("build output", "  static/js/main." + hex(r, 8) + ".js        142.3 kB\n  static/js/"
        + (100 + r.nextInt(900)) + "." + hex(r, 8) + ".chunk.js   21.7 kB\n  static/css/main." + hex(r, 8) + ".css       8.9 kB")));
    n.add(new Neg("twilio_sid_only", false, r -> lv("TWILIO_ACCOUNT_SID", "AC" + hex(r, 32))));
    n.add(new Neg("stripe_publishable", false, r -> lv("STRIPE_PUBLISHABLE_KEY", (r.nextBoolean() ? "pk_live_" : "pk_test_") + alnum(r, 24 + r.nextInt(75)))));
    n.add(new Neg("ulid", false, r -> lv("order_id", "01" + pick(r, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24))));
    n.add(new Neg("k8s_pod_names", true, r -> lv("kubectl get pods", "NAME                          READY   STATUS    RESTARTS\napi-"
        + pick(r, "bcdfghjklmnpqrstvwxz2456789", 10) + "-" + pick(r, "bcdfghjklmnpqrstvwxz2456789", 5) + "   1/1     Running   0\nworker-"
        + pick(r, "bcdfghjklmnpqrstvwxz2456789", 9) + "-" + pick(r, "bcdfghjklmnpqrstvwxz2456789", 5) + "   1/1     Running   2")));
    n.add(new Neg("mongo_object_id", false, r -> lv("_id", hex(r, 24))));
    n.add(new Neg("aws_resource_ids", false, r -> switch (r.nextInt(3)) {
      case 0 -> lv("ami", "ami-" + hex(r, 17));
      case 1 -> lv("role_arn", "arn:aws:iam::" + digits(r, 12) + ":role/deploy-" + hex(r, 6));
      default -> lv("subnet_id", "subnet-" + hex(r, 17));
    }));
    n.add(new Neg("sentry_event_id", false, r -> lv("event_id", hex(r, 32))));
    n.add(new Neg("webhook_signature", false, r -> lv(r.nextBoolean() ? "X-Hub-Signature-256" : "Stripe-Signature",
        r.nextBoolean() ? "sha256=" + hex(r, 64) : "t=" + (1764000000 + r.nextInt(999999)) + ",v1=" + hex(r, 64))));
    n.add(new Neg("etag", false, r -> lv("ETag", "W/\"" + hex(r, 2) + "-" + b64(bytes(r, 20)).substring(0, 27) + "\"")));
    n.add(new Neg("ga_ids", false, r -> lv("measurement_id", r.nextBoolean() ? "G-" + pick(r, Blind24Secrets.UPPER_ALNUM, 10)
        : "UA-" + digits(r, 8) + "-" + (1 + r.nextInt(9)))));
    n.add(new Neg("windows_guid", false, r -> lv("CLSID", "{" + uuid(r).toUpperCase(Locale.ROOT) + "}")));
    n.add(new Neg("gerrit_change_id", true, r -> lv("commit msg", "Fix flaky upload test\n\nChange-Id: I" + hex(r, 40)
        + "\nReviewed-on: https://review.example.org/c/app/+/" + digits(r, 5))));
    n.add(new Neg("ipfs_cid", false, r -> lv("cid", r.nextBoolean() ? "Qm" + pick(r, Blind24Secrets.B58, 44)
        : "bafybei" + pick(r, "abcdefghijklmnopqrstuvwxyz234567", 52))));
    n.add(new Neg("pkce_challenge", false, r -> lv("code_challenge", b64url(bytes(r, 32)))));
    n.add(new Neg("prefix_prose", true, r -> lv("answer", new String[] {
        "Classic GitHub tokens start with `ghp_` and fine-grained ones with `github_pat_`; GitLab uses `glpat-`.",
        "Stripe secret keys begin with sk_live_ or sk_test_, publishable keys with pk_. Never commit the sk_ ones.",
        "An AWS access key id starts with AKIA and is 20 characters long; the secret key is 40 characters.",
        "Anthropic keys look like sk-ant-api03-… and OpenAI project keys like sk-proj-…; keep both in a vault.",
        "Slack bot tokens start with xoxb-, user tokens with xoxp-, and incoming webhooks live under hooks.slack.com/services/."}[r.nextInt(5)])));
    n.add(new Neg("password_policy_prose", true, r -> lv("answer", new String[] {
        "The password: must be at least 12 characters and contain a digit.",
        "Set `api_key:` in the config to the value from your dashboard, then run `make deploy`.",
        "Das Passwort muss mindestens 12 Zeichen lang sein; das Token findest du im Tresor.",
        "token = None  # filled in at runtime from the keyring"}[r.nextInt(4)])));
    n.add(new Neg("db_url_placeholder", false, r -> lv("DATABASE_URL", new String[] {
        "postgres://app:${DB_PASSWORD}@db.internal:5432/orders", "mysql://root:<password>@localhost:3306/shop",
        "mongodb+srv://admin:****@cluster0.example.mongodb.net/prod", "postgresql://user:password@localhost:5432/mydb",
        "redis://localhost:6379/0"}[r.nextInt(5)])));
    n.add(new Neg("url_user_no_password", false, r -> lv("remote", new String[] {
        "git@github.com:acme/billing.git", "https://deploy@git.example.com/acme/app.git", "ssh://git@gitlab.example.com:2222/team/api.git"}[r.nextInt(3)])));
    n.add(new Neg("ssh_fingerprint", false, r -> lv("fingerprint", "SHA256:" + b64(bytes(r, 32)).substring(0, 43))));
    n.add(new Neg("gpg_key_id", false, r -> lv("signing_key", pick(r, "0123456789ABCDEF", 40))));
    n.add(new Neg("go_sum", true, r -> lv("go.sum", "github.com/google/uuid v1.6.0 h1:" + b64(bytes(r, 32)) + "\ngithub.com/google/uuid v1.6.0/go.mod h1:"
        + b64(bytes(r, 32)))));
    n.add(new Neg("pip_hashes", true, r -> lv("requirements.txt", "requests==2.32.3 \\\n    --hash=sha256:" + hex(r, 64) + " \\\n    --hash=sha256:" + hex(r, 64))));
    n.add(new Neg("cargo_lock", true, r -> lv("Cargo.lock", "[[package]]\nname = \"serde\"\nversion = \"1.0.215\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"" + hex(r, 64) + "\"")));
    n.add(new Neg("ci_masked_log", true, r -> lv("ci log", "Run ./deploy.sh\n  env:\n    AWS_ACCESS_KEY_ID: ***\n    AWS_SECRET_ACCESS_KEY: ***\n"
        + "Deploying build " + hex(r, 7) + " to prod... done in " + (10 + r.nextInt(80)) + "s")));
    n.add(new Neg("content_md5", false, r -> lv("Content-MD5", b64(bytes(r, 16)))));
    n.add(new Neg("slack_ids", false, r -> lv(r.nextBoolean() ? "channel" : "user", (r.nextBoolean() ? "C0" : "U0") + pick(r, Blind24Secrets.UPPER_ALNUM, 9))));
    return n;
  }

  // ---------- build ----------
  static List<Row> build() {
    Random r = new Random(SEED);
    List<Row> rows = new ArrayList<>();
    List<Kind> kinds = Blind24Secrets.kinds();
    List<String> ctxNames = new ArrayList<>(CTX.keySet());

    // plain: 4 rows per kind, each in a different context
    for (Kind k : kinds) {
      List<String> pool = new ArrayList<>(k.blob() ? BLOB_CTX : ctxNames);
      Collections.shuffle(pool, r);
      for (int i = 0; i < 4; i++) {
        String c = pool.get(i);
        String label = k.labels().get(r.nextInt(k.labels().size()));
        String v = k.gen().apply(r);
        String text = finish(r, CTX.get(c).render(r, label, v, k.blob()));
        String form = formIn(c, v, k.blob());
        rows.add(new Row("PLAIN", k.name(), "none", c, v, form, text));
      }
    }

    // encoded: depth 1 (~120) and depth 2 (~30)
    List<String> encNames = new ArrayList<>(ENC.keySet());
    List<Kind> order = new ArrayList<>(kinds);
    Collections.shuffle(order, r);
    int ki = 0;
    for (int round = 0; round < 6; round++) {
      for (String e : encNames) {
        if (round == 5 && rows.size() % 2 == 0) {
          continue;
        }
        Row row;
        do {
          Kind k = order.get(ki++ % order.size());
          row = k.blob() && !BLOB_OK.contains(e) ? null : encodedRow(r, k, new String[] {e});
        } while (row == null || row.form().contains(row.secret()));
        rows.add(row);
      }
    }
    for (String[] chain : DEPTH2) {
      for (int i = 0; i < 5; i++) {
        Row row;
        do {
          Kind k = order.get(ki++ % order.size());
          row = k.blob() ? null : encodedRow(r, k, chain);
        } while (row == null || row.form().contains(row.secret()));
        rows.add(row);
      }
    }

    // negatives: 15 rows per generator over shuffled contexts
    for (Neg g : negatives()) {
      List<String> pool = new ArrayList<>(g.raw() ? RAW_CTX : ctxNames);
      Collections.shuffle(pool, r);
      for (int i = 0; i < 15; i++) {
        String c = pool.get(i % pool.size());
        String[] lv = g.gen().apply(r);
        String text = finish(r, CTX.get(c).render(r, lv[0], lv[1], g.raw()));
        rows.add(new Row("NEGATIVE", g.name(), "none", c, lv[1], formIn(c, lv[1], g.raw()), text));
      }
    }
    return rows;
  }

  static Row encodedRow(Random r, Kind k, String[] chain) {
    String label = k.labels().get(r.nextInt(k.labels().size()));
    String v = k.gen().apply(r);
    String first = chain[0];
    String payload;
    if (VALUE_ONLY.contains(first)) {
      String split = ENC.get(first).apply(r, v);
      payload = k.needsLabel() || r.nextBoolean() ? upperSnake(label) + "=" + split : split;
    } else {
      String plain = k.needsLabel() || r.nextInt(3) == 0 ? upperSnake(label) + "=" + v : v;
      payload = ENC.get(first).apply(r, plain);
    }
    for (int i = 1; i < chain.length; i++) {
      payload = ENC.get(chain[i]).apply(r, payload);
    }
    String[] w = ENC_WRAP[r.nextInt(ENC_WRAP.length)];
    String body = w[1].startsWith("{") ? payload.replace("\\", "\\\\").replace("\n", "\\n") : payload;
    String text = finish(r, w[1].replace("%s", body));
    return new Row("ENCODED", k.name(), String.join("+", chain), w[0], v, body, text);
  }
}
