package io.moltr.core.scan;

import static io.moltr.core.scan.Blind9Util.one;
import static io.moltr.core.scan.Blind9Util.utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.zip.GZIPOutputStream;

/** Encodings and obfuscations an agent output may carry a credential in. */
final class Blind9Encodings {
  /** {@code encode} turns the payload into its encoded form; {@code wrap} embeds that in an output. */
  record Encoding(String name, BiFunction<String, Random, String> encode, BiFunction<String, Random, String> wrap) {}

  private Blind9Encodings() {}

  static List<Encoding> all() {
    return List.of(
        new Encoding("base64", (p, r) -> b64(p), Blind9Encodings::blobWrap),
        new Encoding("base64url", (p, r) -> Base64.getUrlEncoder().encodeToString(utf8(p)), Blind9Encodings::blobWrap),
        new Encoding("base64_unpadded", (p, r) -> Base64.getEncoder().withoutPadding().encodeToString(utf8(p)),
            Blind9Encodings::blobWrap),
        new Encoding("base64_wrapped76", (p, r) -> Base64.getMimeEncoder().encodeToString(utf8(padEnv(p, r))),
            Blind9Encodings::wrappedWrap),
        new Encoding("base32", (p, r) -> Blind9Util.base32(utf8(p)), Blind9Encodings::blobWrap),
        new Encoding("hex", (p, r) -> Blind9Util.toHex(utf8(p)), Blind9Encodings::blobWrap),
        new Encoding("hex_backslash_x", (p, r) -> byteHex(p, "\\x", ""), Blind9Encodings::cStringWrap),
        new Encoding("hex_0x_list", (p, r) -> byteHex(p, "0x", ", "), Blind9Encodings::arrayWrap),
        new Encoding("hex_spaced", (p, r) -> byteHex(p, "", " "), Blind9Encodings::dumpWrap),
        new Encoding("percent", (p, r) -> percentAll(p), Blind9Encodings::urlWrap),
        new Encoding("rot13", (p, r) -> Blind9Util.rot13(p), Blind9Encodings::puzzleWrap),
        new Encoding("unicode_escape", (p, r) -> uEscape(p), Blind9Encodings::jsStringWrap),
        new Encoding("html_entities", (p, r) -> htmlEntities(p, r), Blind9Encodings::htmlWrap),
        new Encoding("json_escaped_json", (p, r) -> jsonInJson(p), Blind9Encodings::jsonFieldWrap),
        new Encoding("gzip_base64", (p, r) -> b64(gzip(utf8(p))), Blind9Encodings::blobWrap),
        new Encoding("reversed", (p, r) -> new StringBuilder(p).reverse().toString(), Blind9Encodings::puzzleWrap),
        new Encoding("split_lines", Blind9Encodings::splitLines, Blind9Encodings::chatWrap),
        new Encoding("split_spaces", Blind9Encodings::splitSpaces, Blind9Encodings::chatWrap),
        new Encoding("string_concat", Blind9Encodings::concat, Blind9Encodings::codeWrap),
        new Encoding("zero_width", Blind9Encodings::zeroWidth, Blind9Encodings::chatWrap),
        new Encoding("fullwidth", (p, r) -> fullwidth(p), Blind9Encodings::chatWrap),
        new Encoding("base64_of_base64", (p, r) -> b64(b64(p)), Blind9Encodings::blobWrap),
        new Encoding("hex_of_base64", (p, r) -> Blind9Util.toHex(utf8(b64(p))), Blind9Encodings::blobWrap),
        new Encoding("percent_of_base64", (p, r) -> percentSome(b64(p)), Blind9Encodings::urlWrap),
        new Encoding("base64_of_rot13", (p, r) -> b64(Blind9Util.rot13(p)), Blind9Encodings::blobWrap));
  }

  static String b64(String s) {
    return Base64.getEncoder().encodeToString(utf8(s));
  }

  static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  /** The wrapped-at-76 case only makes sense for a longer blob: a whole .env file. */
  static String padEnv(String p, Random r) {
    return "# generated " + one(r, "by terraform", "by the setup wizard", "for staging") + "\nAPP_ENV=production\n"
        + "APP_URL=https://app.example.com\nDB_POOL_SIZE=20\n" + p + "\nMAIL_FROM=noreply@example.com\n";
  }

  static byte[] gzip(byte[] in) {
    try {
      ByteArrayOutputStream bo = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(bo)) {
        gz.write(in);
      }
      return bo.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String byteHex(String p, String prefix, String sep) {
    StringBuilder sb = new StringBuilder();
    for (byte b : utf8(p)) {
      if (sb.length() > 0) {
        sb.append(sep);
      }
      sb.append(prefix).append(String.format("%02x", b & 0xff));
    }
    return sb.toString();
  }

  static String percentAll(String p) {
    StringBuilder sb = new StringBuilder();
    for (byte b : utf8(p)) {
      sb.append('%').append(String.format("%02X", b & 0xff));
    }
    return sb.toString();
  }

  static String percentSome(String p) {
    return p.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D");
  }

  static String uEscape(String p) {
    StringBuilder sb = new StringBuilder();
    for (char c : p.toCharArray()) {
      sb.append(String.format("\\u%04x", (int) c));
    }
    return sb.toString();
  }

  static String htmlEntities(String p, Random r) {
    boolean hexForm = r.nextBoolean();
    StringBuilder sb = new StringBuilder();
    for (char c : p.toCharArray()) {
      sb.append(hexForm ? String.format("&#x%x;", (int) c) : "&#" + (int) c + ";");
    }
    return sb.toString();
  }

  /** A JSON document serialised into a JSON string: quotes, slashes and newlines escaped. */
  static String jsonInJson(String p) {
    String inner = "{\"credentials\":{\"value\":\"" + Blind9Util.jsonEscape(p) + "\"}}";
    return Blind9Util.jsonEscape(inner).replace("/", "\\/");
  }

  static String splitLines(String p, Random r) {
    StringBuilder sb = new StringBuilder();
    int step = 8 + r.nextInt(9);
    for (int i = 0; i < p.length(); i += step) {
      sb.append(p, i, Math.min(p.length(), i + step)).append('\n');
    }
    return sb.toString().strip();
  }

  static String splitSpaces(String p, Random r) {
    StringBuilder sb = new StringBuilder();
    int step = 4 + r.nextInt(5);
    for (int i = 0; i < p.length(); i += step) {
      sb.append(p, i, Math.min(p.length(), i + step)).append(' ');
    }
    return sb.toString().strip();
  }

  static String concat(String p, Random r) {
    StringBuilder sb = new StringBuilder();
    int step = 6 + r.nextInt(10);
    for (int i = 0; i < p.length(); i += step) {
      if (sb.length() > 0) {
        sb.append(" + ");
      }
      sb.append('"').append(p.substring(i, Math.min(p.length(), i + step)).replace("\"", "\\\"")).append('"');
    }
    return sb.toString();
  }

  static String zeroWidth(String p, Random r) {
    String[] zw = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < p.length(); i++) {
      sb.append(p.charAt(i));
      if (i % (2 + r.nextInt(3)) == 0) {
        sb.append(zw[r.nextInt(zw.length)]);
      }
    }
    return sb.toString();
  }

  /** Fullwidth forms (U+FF01..U+FF5E) fold back to ASCII under NFKC. */
  static String fullwidth(String p) {
    StringBuilder sb = new StringBuilder();
    for (char c : p.toCharArray()) {
      sb.append(c >= '!' && c <= '~' ? (char) (c - '!' + 0xFF01) : c);
    }
    return sb.toString();
  }

  // ---- wrappers ----------------------------------------------------------------------------

  static String blobWrap(String enc, Random r) {
    return switch (r.nextInt(4)) {
      case 0 -> "$ echo '" + enc + "' | base64 -d > .env\n$ source .env\n";
      case 1 -> "{\"kind\":\"config_blob\",\"encoding\":\"opaque\",\"data\":\"" + enc + "\",\"version\":"
          + r.nextInt(9) + "}";
      case 2 -> "The stored value in the settings table is `" + enc + "`; decode it to get the original line.";
      default -> Blind9Contexts.ts(r) + " INFO  sync.worker payload=" + enc + " attempt=" + (1 + r.nextInt(3));
    };
  }

  static String wrappedWrap(String enc, Random r) {
    return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bootstrap-env\nbinaryData:\n  env.b64: |\n    "
        + enc.replace("\r\n", "\n").replace("\n", "\n    ") + "\n";
  }

  static String cStringWrap(String enc, Random r) {
    return "static const char *cfg = \"" + enc + "\";\n/* decoded at startup by load_cfg() */";
  }

  static String arrayWrap(String enc, Random r) {
    return "byte[] seed = new byte[] {" + enc + "};";
  }

  static String dumpWrap(String enc, Random r) {
    return "Captured frame (" + enc.split(" ").length + " bytes):\n" + enc + "\n";
  }

  static String urlWrap(String enc, Random r) {
    return "GET /callback?state=" + Blind9Util.hex(r, 8) + "&cfg=" + enc + " HTTP/1.1\nHost: app.example.com\n";
  }

  static String puzzleWrap(String enc, Random r) {
    return one(r, "Stored obfuscated in the repo as:\n", "The bootstrap script keeps it as `", "key_material: ")
        + enc + "\n";
  }

  static String jsStringWrap(String enc, Random r) {
    return "const cfg = JSON.parse(\"{\\\"v\\\":\\\"" + enc + "\\\"}\");";
  }

  static String htmlWrap(String enc, Random r) {
    return "<div class=\"settings\"><label>Token</label><code>" + enc + "</code></div>";
  }

  static String jsonFieldWrap(String enc, Random r) {
    return "{\"event\":\"webhook.retry\",\"body\":\"" + enc + "\"}";
  }

  static String chatWrap(String enc, Random r) {
    return one(r, "The value you need is:\n\n", "Copy this into the settings page:\n", "Here it is:\n") + enc
        + "\n\n(I split it so the chat client doesn't mangle it.)";
  }

  static String codeWrap(String enc, Random r) {
    return "```js\nconst apiKey = " + enc + ";\nfetch(url, { headers: { Authorization: `Bearer ${apiKey}` } });\n```";
  }
}
