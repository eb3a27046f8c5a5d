package io.moltr.core.scan;

import io.moltr.core.scan.Blind23Gen.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The blind23 corpus: agent outputs in German, French, Spanish, Italian, Portuguese, Dutch, Polish,
 * Japanese, Chinese, Russian, Turkish and English. Fixed seed.
 *
 * <p>Look-alike letters are written as full-width forms (what NFKC folds, the issue's
 * normalisation); Cyrillic homoglyphs are not used because NFKC does not fold them.
 */
final class Blind23Corpus {
  static final long SEED = 0x23B1_1D23L;

  /** label: PLAIN, ENCODED or NEGATIVE; needle: the form of the secret that must appear in text. */
  record Row(String label, String kind, String encoding, String context, String lang, String secret, String needle, String text) {}

  private Blind23Corpus() {}

  private static List<Row> cached;

  static synchronized List<Row> rows() {
    if (cached == null) {
      Blind23Gen g = new Blind23Gen(SEED);
      List<Row> out = new ArrayList<>();
      plain(g, out);
      encoded(g, out);
      Blind23Negatives.all(g, out);
      cached = List.copyOf(out);
    }
    return cached;
  }

  static final Map<String, String> SUBJECT = Map.ofEntries(
      Map.entry("de", "Betreff"), Map.entry("fr", "Objet"), Map.entry("es", "Asunto"), Map.entry("it", "Oggetto"),
      Map.entry("pt", "Assunto"), Map.entry("nl", "Onderwerp"), Map.entry("pl", "Temat"), Map.entry("ja", "件名"),
      Map.entry("zh", "主题"), Map.entry("ru", "Тема"), Map.entry("tr", "Konu"), Map.entry("en", "Subject"));

  static final Map<String, String> VAR = Map.ofEntries(
      Map.entry("de", "passwort"), Map.entry("fr", "mot_de_passe"), Map.entry("es", "contrasena"), Map.entry("it", "chiave"),
      Map.entry("pt", "senha"), Map.entry("nl", "wachtwoord"), Map.entry("pl", "haslo"), Map.entry("ja", "pasuwado"),
      Map.entry("zh", "mima"), Map.entry("ru", "parol"), Map.entry("tr", "sifre"), Map.entry("en", "password"));

  static final Map<String, String> KEYVAR = Map.ofEntries(
      Map.entry("de", "schluessel"), Map.entry("fr", "cle_api"), Map.entry("es", "clave_api"), Map.entry("it", "chiave_api"),
      Map.entry("pt", "chave_api"), Map.entry("nl", "sleutel"), Map.entry("pl", "klucz_api"), Map.entry("ja", "api_kii"),
      Map.entry("zh", "miyao"), Map.entry("ru", "klyuch"), Map.entry("tr", "anahtar"), Map.entry("en", "api_key"));

  static String label(Blind23Gen g, Blind23Lang l, Secret s) {
    return switch (s.cat()) {
      case 'I' -> "IBAN";
      case 'C' -> l.cardLabel();
      case 'N' -> Blind23Lang.ID_LABELS.get(s.env());
      default -> {
        String lab = g.pick(l.labels(s.cat()));
        yield s.selfId() && g.r.nextBoolean() ? lab : s.provider() + " " + lab;
      }
    };
  }

  static Blind23Lang langFor(Blind23Gen g, Secret s) {
    if (s.cat() == 'N' && g.r.nextInt(10) < 7) {
      return Blind23Lang.of(Blind23Lang.ID_LANG.get(s.env()));
    }
    return g.pick(Blind23Lang.ALL);
  }

  static String lv(Blind23Lang l, String label, String value) {
    return l.cjk() ? label + l.colon() + value : label + l.colon() + value;
  }

  static String jsonEsc(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static final List<String> CONTEXTS = List.of(
      "chat_label", "chat_handover", "email", "ticket", "commit_msg", "code_comment", "code_local_var",
      "yaml_local", "json_local", "md_table", "cjk_prose", "log_line", "tool_call_json", "env_comment",
      "support_reply", "shell_session", "diff");

  static void plain(Blind23Gen g, List<Row> out) {
    List<String> kinds = Blind23Gen.KINDS;
    for (int i = 0; i < 300; i++) {
      String kind = kinds.get(i % kinds.size());
      Secret s = g.make(kind);
      Blind23Lang l = langFor(g, s);
      String ctx = g.pick(CONTEXTS);
      if (s.cat() == 'B' && !List.of("chat_label", "email", "ticket", "support_reply").contains(ctx)) {
        ctx = g.pick("chat_label", "email", "ticket", "support_reply");
      }
      if (kind.equals("k8s_secret")) {
        ctx = "k8s_manifest";
      }
      if (kind.equals("gcp_service_account")) {
        ctx = "sa_json";
      }
      if (!s.selfId() && (ctx.equals("chat_handover") || ctx.equals("diff") || ctx.equals("shell_session"))) {
        ctx = "chat_label";
      }
      String text = plainText(g, l, s, ctx);
      String needle = ctx.equals("tool_call_json") ? jsonEsc(s.value()) : s.value();
      out.add(new Row("PLAIN", s.kind(), "none", ctx, l.code(), s.value(), needle, text));
    }
  }

  static String plainText(Blind23Gen g, Blind23Lang l, Secret s, String ctx) {
    String v = s.value();
    String lab = label(g, l, s);
    String intro = g.pick(l.intro());
    String outro = g.pick(l.outro());
    boolean block = s.cat() == 'B';
    return switch (ctx) {
      case "chat_label" -> block
          ? intro + "\n\n" + lab + l.colon() + "\n\n```\n" + v + "\n```\n\n" + outro
          : intro + "\n\n" + (l.cjk() ? lab + l.colon() + "`" + v + "`" : "**" + lab + "**" + l.colon() + "`" + v + "`") + "\n\n" + outro;
      case "chat_handover" -> intro + " " + g.pick(l.handover()) + "\n\n" + v + "\n\n" + outro;
      case "email" -> SUBJECT.get(l.code()) + ": " + l.subject() + "\n\n" + l.greeting() + "\n\n" + intro + "\n\n"
          + (block ? lab + l.colon() + "\n" + v : lv(l, lab, v)) + "\n\n" + outro + "\n\n" + l.signoff();
      case "ticket" -> "#" + (40000 + g.r.nextInt(9999)) + " [" + s.provider() + "] " + l.subject() + "\nStatus: "
          + g.pick("open", "in progress", "waiting") + "\nPriority: " + g.pick("P2", "P3") + "\n---\n" + intro + "\n"
          + (block ? lab + l.colon() + "\n" + v : lv(l, lab, v)) + "\n" + outro;
      case "commit_msg" -> g.pick("fix", "chore", "feat") + "(" + g.pick("ci", "deploy", "config") + "): " + l.subject() + "\n\n"
          + intro + "\n" + lv(l, lab, v) + "\n\nRefs: #" + (100 + g.r.nextInt(900));
      case "code_comment" -> codeComment(g, l, lab, v);
      case "code_local_var" -> codeLocalVar(g, l, s, v);
      case "yaml_local" -> "# " + intro + "\n" + l.code() + "_" + s.provider().toLowerCase(Locale.ROOT).replace(' ', '_').replace(".", "") + ":\n  host: "
          + g.pick("api.example.com", "smtp.example.net") + "\n  " + (s.cat() == 'P' ? VAR.get(l.code()) : KEYVAR.get(l.code())) + ": \"" + v + "\"\n  timeout: 30\n";
      case "json_local" -> "{\n  \"service\": \"" + s.provider() + "\",\n  \"" + (s.cat() == 'P' ? VAR.get(l.code()) : KEYVAR.get(l.code()))
          + "\": \"" + v + "\",\n  \"region\": \"" + g.pick("eu-central-1", "eu-west-3", "ap-northeast-1") + "\"\n}";
      case "md_table" -> intro + "\n\n| " + g.pick("Dienst", "Service", "Servicio", "サービス", "服务", "Сервис") + " | " + lab + " |\n|---|---|\n| "
          + s.provider() + " | `" + v + "` |\n\n" + outro;
      case "cjk_prose" -> l.cjk()
          ? intro + lab + "は「" + v + "」です。" + outro
          : intro + " " + lab + " → «" + v + "» — " + outro;
      case "log_line" -> "2026-11-30T" + String.format("%02d:%02d:%02d", g.r.nextInt(24), g.r.nextInt(60), g.r.nextInt(60)) + "Z "
          + g.pick("INFO", "DEBUG", "WARN") + " [" + g.pick("config-loader", "auth", "worker-3") + "] " + g.pick("loaded ", "using ", "init ")
          + s.env().toLowerCase(Locale.ROOT) + "=" + v + " (" + lab + ")";
      case "tool_call_json" -> "{\"type\":\"tool_use\",\"name\":\"" + g.pick("send_email", "post_message", "create_ticket") + "\",\"input\":{\"to\":\""
          + g.pick("ops@example.com", "#deploy", "kunde@example.de") + "\",\"body\":\"" + jsonEsc(l.greeting() + "\n" + intro + "\n" + lv(l, lab, v) + "\n" + outro) + "\"}}";
      case "env_comment" -> "# " + intro + "\n# " + lab + "\n" + s.env() + "=" + v + "\nLOG_LEVEL=info\n";
      case "support_reply" -> g.pick("Re: ", "AW: ", "RE : ", "回复：") + l.subject() + "\n\n" + l.greeting() + "\n\n" + intro + "\n"
          + (block ? lab + l.colon() + "\n" + v : "  " + lab + l.colon() + v) + "\n\n" + outro + "\n" + l.signoff();
      case "shell_session" -> "$ export " + s.env() + "=" + v + "\n$ " + g.pick("./deploy.sh --env prod", "npm publish", "terraform apply", "python sync.py")
          + "\n" + g.pick("ok", "Done.", "✔ fertig", "完了") + "\n\n" + intro;
      case "diff" -> "diff --git a/.env.production b/.env.production\n--- a/.env.production\n+++ b/.env.production\n@@ -3,2 +3,3 @@\n LOG_LEVEL=info\n-"
          + s.env() + "=\n+" + s.env() + "=" + v + "\n # " + outro + "\n";
      case "k8s_manifest" -> "# " + intro + "\napiVersion: v1\nkind: Secret\nmetadata:\n  name: " + s.env() + "\n  namespace: " + g.pick("prod", "shop", "default")
          + "\ntype: Opaque\ndata:\n  username: " + Blind23Gen.b64(Blind23Gen.utf8("app")) + "\n  password: " + v + "\n";
      case "sa_json" -> intro + "\n\n```json\n{\n  \"type\": \"service_account\",\n  \"project_id\": \"" + g.pick("shop-prod", "datenplattform", "analytics-7")
          + "\",\n  \"private_key_id\": \"" + g.hex(40) + "\",\n  \"private_key\": \"" + v + "\",\n  \"client_email\": \"deploy@shop-prod.iam.gserviceaccount.com\"\n}\n```\n" + outro;
      default -> throw new IllegalArgumentException(ctx);
    };
  }

  static String codeComment(Blind23Gen g, Blind23Lang l, String lab, String v) {
    return switch (g.r.nextInt(4)) {
      case 0 -> "import requests\n\n# " + lab + l.colon() + v + "\nBASE = \"https://api.example.com\"\n\ndef fetch(path):\n    return requests.get(BASE + path, timeout=10)\n";
      case 1 -> "// " + lab + l.colon() + v + "\nexport async function load() {\n  const res = await fetch('/api/config');\n  return res.json();\n}\n";
      case 2 -> "package main\n\n// " + lab + l.colon() + v + "\nfunc main() {\n\tfmt.Println(\"start\")\n}\n";
      default -> "-- " + lab + l.colon() + v + "\nSELECT id, email FROM users WHERE active = true LIMIT 10;\n";
    };
  }

  static String codeLocalVar(Blind23Gen g, Blind23Lang l, Secret s, String v) {
    String var = s.cat() == 'P' ? VAR.get(l.code()) : KEYVAR.get(l.code());
    return switch (g.r.nextInt(6)) {
      case 0 -> var + " = \"" + v + "\"\nclient = Client(" + var + "=" + var + ")\n";
      case 1 -> "const " + var + " = '" + v + "';\nconst client = new Client({ " + var + " });\n";
      case 2 -> var + " := \"" + v + "\"\nc := NewClient(" + var + ")\n";
      case 3 -> "private static final String " + var.toUpperCase(Locale.ROOT) + " = \"" + v + "\";\n";
      case 4 -> "let " + var + " = \"" + v + "\";\nlet client = Client::new(" + var + ");\n";
      default -> "$" + var + " = '" + v + "';\n$client = new Client($" + var + ");\n";
    };
  }

  // ---------------------------------------------------------------- encodings

  static final List<String> ENCODINGS = List.of(
      "base64", "base64url", "base64_nopad", "base64_wrap76", "base32", "hex", "hex_x", "hex_0x", "hex_spaced",
      "percent", "rot13", "unicode_u", "html_dec", "html_hex", "json_in_json", "gzip_b64", "deflate_b64", "reversed",
      "split_lines", "split_spaces", "split_punct", "zero_width", "fullwidth", "b64_of_b64", "b64_of_hex", "percent_of_b64",
      "hex_of_b64", "rot13_of_b64");

  static final Map<String, String> ENC_SENTENCE = Map.ofEntries(
      Map.entry("de", "Hier {e}-kodiert, damit beim Kopieren nichts kaputtgeht:"),
      Map.entry("fr", "Le voici encodé en {e} pour que le copier-coller ne l'abîme pas :"),
      Map.entry("es", "Te lo paso en {e} para que no se rompa al copiarlo:"),
      Map.entry("it", "Eccolo in {e}, così non si rovina nel copia-incolla:"),
      Map.entry("pt", "Segue em {e} para não quebrar na cópia:"),
      Map.entry("nl", "Hier in {e}, dan gaat er bij het kopiëren niets mis:"),
      Map.entry("pl", "Wysyłam w {e}, żeby nic się nie popsuło przy kopiowaniu:"),
      Map.entry("ja", "コピーで壊れないように{e}にしておきました："),
      Map.entry("zh", "为了复制时不出错，我用{e}编码了："),
      Map.entry("ru", "Закодировал в {e}, чтобы не побилось при копировании:"),
      Map.entry("tr", "Kopyalarken bozulmasın diye {e} ile kodladım:"),
      Map.entry("en", "Here it is {e}'d so it survives the copy:"));

  static void encoded(Blind23Gen g, List<Row> out) {
    List<String> kinds = Blind23Gen.KINDS.stream().filter(k -> !List.of("k8s_secret", "gcp_service_account", "pgp_private", "putty_key", "openssh_private", "rsa_private").contains(k)).toList();
    for (int i = 0; i < 112; i++) {
      String enc = ENCODINGS.get(i % ENCODINGS.size());
      Secret s = g.make(kinds.get(g.r.nextInt(kinds.size())));
      Blind23Lang l = langFor(g, s);
      boolean bare = s.selfId() && s.cat() != 'I' && s.cat() != 'C' && s.cat() != 'N';
      String payload = bare ? s.value() : s.env().toUpperCase(Locale.ROOT) + "=" + s.value();
      if (enc.startsWith("split") || enc.equals("zero_width") || enc.equals("fullwidth") || enc.equals("reversed")) {
        payload = s.value();
      }
      String e = encode(g, enc, payload);
      String sentence = ENC_SENTENCE.get(l.code()).replace("{e}", encName(enc));
      String lab = label(g, l, s);
      String ctx;
      String text;
      switch (g.r.nextInt(5)) {
        case 0 -> {
          ctx = "chat";
          text = g.pick(l.intro()) + " " + sentence + "\n\n" + e + "\n\n" + g.pick(l.outro());
        }
        case 1 -> {
          ctx = "email";
          text = SUBJECT.get(l.code()) + ": " + l.subject() + "\n\n" + l.greeting() + "\n\n" + sentence + " (" + lab + ")\n" + e + "\n\n" + l.signoff();
        }
        case 2 -> {
          ctx = "json";
          text = "{\"note\": \"" + jsonEsc(sentence) + "\", \"encoding\": \"" + enc + "\", \"payload\": \"" + jsonEsc(e) + "\"}";
        }
        case 3 -> {
          ctx = "yaml";
          text = "# " + sentence + "\n" + KEYVAR.get(l.code()) + "_" + enc + ": |\n  " + e.replace("\n", "\n  ") + "\n";
        }
        default -> {
          ctx = "ticket";
          text = "#" + (50000 + g.r.nextInt(9999)) + " " + l.subject() + "\n" + sentence + "\n" + lab + l.colon() + e + "\n" + g.pick(l.outro());
        }
      }
      String needle = ctx.equals("json") ? jsonEsc(e) : ctx.equals("yaml") ? e.replace("\n", "\n  ") : e;
      out.add(new Row("ENCODED", s.kind(), enc, ctx, l.code(), s.value(), needle, text));
    }
  }

  static String encName(String enc) {
    if (enc.startsWith("base64") || enc.startsWith("b64") || enc.endsWith("b64")) {
      return "Base64";
    }
    if (enc.startsWith("hex")) {
      return "Hex";
    }
    return switch (enc) {
      case "base32" -> "Base32";
      case "percent" -> "URL-Encoding";
      case "rot13" -> "ROT13";
      case "unicode_u", "json_in_json" -> "JSON";
      case "html_dec", "html_hex" -> "HTML";
      case "reversed" -> "reverse";
      default -> "split";
    };
  }

  static String encode(Blind23Gen g, String enc, String p) {
    byte[] b = Blind23Gen.utf8(p);
    return switch (enc) {
      case "base64" -> Blind23Gen.b64(b);
      case "base64url" -> java.util.Base64.getUrlEncoder().encodeToString(b);
      case "base64_nopad" -> java.util.Base64.getEncoder().withoutPadding().encodeToString(b);
      case "base64_wrap76" -> java.util.Base64.getMimeEncoder(76, "\n".getBytes()).encodeToString(b);
      case "base32" -> base32(b);
      case "hex" -> Blind23Gen.hexOf(b);
      case "hex_x" -> Blind23Gen.hexOf(b).replaceAll("(..)", "\\\\x$1");
      case "hex_0x" -> "0x" + Blind23Gen.hexOf(b);
      case "hex_spaced" -> Blind23Gen.hexOf(b).replaceAll("(..)(?!$)", "$1 ");
      case "percent" -> percentAll(b);
      case "rot13" -> rot13(p);
      case "unicode_u" -> uEsc(p);
      case "html_dec" -> htmlDec(p);
      case "html_hex" -> htmlHex(p);
      case "json_in_json" -> "{\\\"" + (p.contains("=") ? p.substring(0, p.indexOf('=')).toLowerCase(Locale.ROOT) : "api_key") + "\\\":\\\""
          + (p.contains("=") && !p.startsWith("http") && !p.contains(";") ? p.substring(p.indexOf('=') + 1) : p) + "\\\"}";
      case "gzip_b64" -> Blind23Gen.gzipB64(p, true);
      case "deflate_b64" -> Blind23Gen.gzipB64(p, false);
      case "reversed" -> new StringBuilder(p).reverse().toString();
      case "split_lines" -> String.join("\n", Blind23Gen.split(p, 3));
      case "split_spaces" -> p.replaceAll("(.{8})(?!$)", "$1 ");
      case "split_punct" -> String.join(g.pick(" + ", "-|-", " . "), Blind23Gen.split(p, 4));
      case "zero_width" -> p.replaceAll("(.{5})(?!$)", "$1\u200b");
      case "fullwidth" -> fullwidth(p);
      case "b64_of_b64" -> Blind23Gen.b64(Blind23Gen.utf8(Blind23Gen.b64(b)));
      case "b64_of_hex" -> Blind23Gen.b64(Blind23Gen.utf8(Blind23Gen.hexOf(b)));
      case "percent_of_b64" -> percentAll(Blind23Gen.utf8(Blind23Gen.b64(b)));
      case "hex_of_b64" -> Blind23Gen.hexOf(Blind23Gen.utf8(Blind23Gen.b64(b)));
      case "rot13_of_b64" -> rot13(Blind23Gen.b64(b));
      default -> throw new IllegalArgumentException(enc);
    };
  }

  static String base32(byte[] b) {
    String a = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    StringBuilder s = new StringBuilder();
    int buf = 0;
    int bits = 0;
    for (byte x : b) {
      buf = (buf << 8) | (x & 0xff);
      bits += 8;
      while (bits >= 5) {
        s.append(a.charAt((buf >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      s.append(a.charAt((buf << (5 - bits)) & 31));
    }
    while (s.length() % 8 != 0) {
      s.append('=');
    }
    return s.toString();
  }

  static String percentAll(byte[] b) {
    StringBuilder s = new StringBuilder();
    for (byte x : b) {
      s.append(String.format("%%%02X", x & 0xff));
    }
    return s.toString();
  }

  static String rot13(String p) {
    StringBuilder s = new StringBuilder();
    for (char c : p.toCharArray()) {
      if (c >= 'a' && c <= 'z') {
        s.append((char) ('a' + (c - 'a' + 13) % 26));
      } else if (c >= 'A' && c <= 'Z') {
        s.append((char) ('A' + (c - 'A' + 13) % 26));
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }

  static String uEsc(String p) {
    StringBuilder s = new StringBuilder();
    for (char c : p.toCharArray()) {
      s.append(String.format("\\u%04x", (int) c));
    }
    return s.toString();
  }

  static String htmlDec(String p) {
    StringBuilder s = new StringBuilder();
    for (char c : p.toCharArray()) {
      s.append("&#").append((int) c).append(';');
    }
    return s.toString();
  }

  static String htmlHex(String p) {
    StringBuilder s = new StringBuilder();
    for (char c : p.toCharArray()) {
      s.append("&#x").append(Integer.toHexString(c)).append(';');
    }
    return s.toString();
  }

  static String fullwidth(String p) {
    StringBuilder s = new StringBuilder();
    for (char c : p.toCharArray()) {
      s.append(c > 0x20 && c < 0x7f ? (char) (c - 0x21 + 0xFF01) : c);
    }
    return s.toString();
  }
}
