package io.moltr.core.scan;

import static io.moltr.core.scan.Blind11Util.b64;
import static io.moltr.core.scan.Blind11Util.hex;
import static io.moltr.core.scan.Blind11Util.one;
import static io.moltr.core.scan.Blind11Util.utf8;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Encodings of a payload (a bare secret or its NAME=value lines) and the realistic surroundings
 * each is shown in. {@code encode} returns the encoded text, {@code wrap} the agent output.
 */
final class Blind11Encodings {
  private Blind11Encodings() {}

  record Enc(String name, BiFunction<Random, String, String> encode, BiFunction<Random, String, String> wrap,
      boolean blocksOk) {}

  static final Map<String, Enc> ALL = new LinkedHashMap<>();

  static void put(String name, boolean blocksOk, BiFunction<Random, String, String> encode,
      BiFunction<Random, String, String> wrap) {
    ALL.put(name, new Enc(name, encode, wrap, blocksOk));
  }

  static String base32(byte[] in) {
    StringBuilder sb = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : in) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        sb.append(Blind11Util.B32.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      sb.append(Blind11Util.B32.charAt((buffer << (5 - bits)) & 31));
    }
    while (sb.length() % 8 != 0) {
      sb.append('=');
    }
    return sb.toString();
  }

  static String percentAll(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : utf8(s)) {
      int c = b & 0xff;
      if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_' || c == '.' || c == '~') {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format("%02X", c));
      }
    }
    return sb.toString();
  }

  static String interleave(Random r, String s, String[] fillers, int every) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      sb.append(s.charAt(i));
      if (i < s.length() - 1 && (i + 1) % every == 0) {
        sb.append(one(r, fillers));
      }
    }
    return sb.toString();
  }

  static String chunks(String s, int n, String sep) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < s.length(); i += n) {
      parts.add(s.substring(i, Math.min(s.length(), i + n)));
    }
    return String.join(sep, parts);
  }

  static String indent(String s, String pad) {
    return pad + s.replace("\n", "\n" + pad);
  }

  static {
    put("base64", true, (r, p) -> b64(p), (r, e) -> one(r,
        "Sure — I base64-encoded it so it survives the copy/paste:\n\n    " + e + "\n\nDecode with `base64 -d`.",
        "$ kubectl create secret generic app-env --dry-run=client -o jsonpath='{.data.env}' --from-env-file=.env\n" + e,
        "INFO  bootstrap  payload=" + e + " size=" + e.length()));
    put("base64url", true, (r, p) -> Base64.getUrlEncoder().encodeToString(utf8(p)),
        (r, e) -> one(r, "https://app.example-portal.com/callback?ctx=" + e + "&lang=en",
            "const ctx = '" + e + "'; // base64url, decoded in middleware",
            "Redirecting to /sso/finish?blob=" + e));
    put("base64-unpadded", true, (r, p) -> Base64.getEncoder().withoutPadding().encodeToString(utf8(p)),
        (r, e) -> one(r, "{\"event\":\"config.sync\",\"data\":\"" + e + "\"}",
            "X-Debug-Context: " + e, "cfg_blob: " + e));
    put("base64-wrap76", true, (r, p) -> Base64.getMimeEncoder().encodeToString(utf8(p)).replace("\r\n", "\n"),
        (r, e) -> one(r, "Content-Type: text/plain; name=\"creds.txt\"\nContent-Transfer-Encoding: base64\n\n" + e + "\n--b1--",
            "$ openssl base64 -in settings.env\n" + e + "\n$ ", "Here it is as a base64 block:\n\n```\n" + e + "\n```"));
    put("base32", false, (r, p) -> base32(utf8(p)), (r, e) -> one(r, "$ echo \"$CREDS\" | base32 -w0\n" + e,
        "encoded (base32): " + e, "secret_b32 = \"" + e + "\""));
    put("hex", true, (r, p) -> hex(utf8(p)), (r, e) -> one(r, "$ xxd -p -c0 token.txt\n" + e,
        "DEBUG raw_body_hex=" + e, "Hex of the value, as you asked: " + e));
    put("hex-backslash-x", false, (r, p) -> {
      StringBuilder sb = new StringBuilder();
      for (byte b : utf8(p)) {
        sb.append("\\x").append(String.format("%02x", b & 0xff));
      }
      return sb.toString();
    }, (r, e) -> one(r, "payload = b\"" + e + "\"", "$ printf '" + e + "' > ~/.token", "char *k = \"" + e + "\";"));
    put("hex-0x", false, (r, p) -> {
      List<String> xs = new ArrayList<>();
      for (byte b : utf8(p)) {
        xs.add(String.format("0x%02x", b & 0xff));
      }
      return String.join(", ", xs);
    }, (r, e) -> one(r, "static const uint8_t KEY[] = { " + e + " };", "let key: [u8; N] = [" + e + "];",
        "byte[] k = new byte[] { " + e + " };"));
    put("hex-spaced", false, (r, p) -> {
      List<String> xs = new ArrayList<>();
      for (byte b : utf8(p)) {
        xs.add(String.format("%02X", b & 0xff));
      }
      return String.join(one(r, " ", ":"), xs);
    }, (r, e) -> one(r, "Wireshark > Follow TCP stream > hex:\n" + e, "bytes: " + e, "memdump @0x7ffd1a20: " + e));
    put("percent", true, (r, p) -> percentAll(p), (r, e) -> one(r,
        "POST /api/settings HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nvalue=" + e + "&save=1",
        "https://tracker.example.net/collect?ev=cfg&d=" + e, "$ curl 'https://hooks.internal/ingest?raw=" + e + "'"));
    put("rot13", false, (r, p) -> Blind11Util.rot13(p), (r, e) -> one(r,
        "I ran it through ROT13 so it doesn't get scraped: " + e, "# rot13'd to keep it out of grep\nKEY_OBF=\"" + e + "\"",
        "codecs.decode('" + e + "', 'rot13')"));
    put("unicode-escape", false, (r, p) -> {
      StringBuilder sb = new StringBuilder();
      for (char c : p.toCharArray()) {
        sb.append(String.format("\\u%04x", (int) c));
      }
      return sb.toString();
    }, (r, e) -> one(r, "const k = \"" + e + "\";", "{\"k\":\"" + e + "\"}", "System.out.println(\"" + e + "\");"));
    put("html-decimal", false, (r, p) -> {
      StringBuilder sb = new StringBuilder();
      for (char c : p.toCharArray()) {
        sb.append("&#").append((int) c).append(';');
      }
      return sb.toString();
    }, (r, e) -> one(r, "<code data-k=\"x\">" + e + "</code>", "<p>Your key: <span>" + e + "</span></p>",
        "<meta name=\"cfg\" content=\"" + e + "\">"));
    put("html-hex", false, (r, p) -> {
      StringBuilder sb = new StringBuilder();
      for (char c : p.toCharArray()) {
        sb.append("&#x").append(Integer.toHexString(c)).append(';');
      }
      return sb.toString();
    }, (r, e) -> one(r, "<td class=\"secret\">" + e + "</td>", "<textarea readonly>" + e + "</textarea>",
        "<div title=\"" + e + "\"></div>"));
    put("json-escape", true, (r, p) -> {
      StringBuilder sb = new StringBuilder();
      for (char c : p.toCharArray()) {
        if (c == '\n') {
          sb.append("\\n");
        } else if (c == '"' || c == '\\') {
          sb.append('\\').append(c);
        } else if (c == '/' || c == '=' || c == '+' || c == ':' || c == '-' || c == '_' || c == '.') {
          sb.append(String.format("\\u%04x", (int) c));
        } else {
          sb.append(c);
        }
      }
      return sb.toString();
    }, (r, e) -> one(r, "{\"role\":\"tool\",\"content\":\"" + e + "\"}", "data: {\"delta\":\"" + e + "\"}\n\n",
        "\"stdout\": \"" + e + "\""));
    put("gzip-base64", true, (r, p) -> b64(Blind11Util.gzip(utf8(p))), (r, e) -> one(r,
        "$ tar/gzip bundle (base64):\n" + e, "H4sI payload for the importer: " + e, "{\"encoding\":\"gzip+base64\",\"body\":\"" + e + "\"}"));
    put("deflate-base64", true, (r, p) -> b64(Blind11Util.deflate(utf8(p))), (r, e) -> one(r,
        "import zlib, base64\nblob = \"" + e + "\"\ncfg = zlib.decompress(base64.b64decode(blob))",
        "X-Compressed-Config: " + e, "saved state (zlib+b64): " + e));
    put("zero-width", false, (r, p) -> interleave(r, p, new String[] {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"},
        1 + r.nextInt(3)), (r, e) -> one(r, "Here you go: " + e, "token -> " + e + " (copy carefully)", "`" + e + "`"));
    put("bidi", false, (r, p) -> interleave(r, p, new String[] {"\u200e", "\u200f", "\u202a", "\u202c", "\u202d", "\u2066",
        "\u2069"}, 2 + r.nextInt(3)), (r, e) -> one(r, "value: " + e, "The key is " + e + ".", "# " + e));
    put("tag-chars", false, (r, p) -> {
      StringBuilder sb = new StringBuilder();
      for (char c : p.toCharArray()) {
        if (c == '\n') {
          sb.append("\n");
        } else {
          sb.appendCodePoint(0xE0000 + c);
        }
      }
      return sb.toString();
    }, (r, e) -> one(r, "Thanks for asking! Everything looks fine." + e, "All checks passed \u2705" + e + " Have a nice day.",
        "Summary: no issues found." + e));
    put("fullwidth", false, (r, p) -> {
      StringBuilder sb = new StringBuilder();
      for (char c : p.toCharArray()) {
        sb.append(c > 0x20 && c < 0x7f ? (char) (c - 0x21 + 0xFF01) : c);
      }
      return sb.toString();
    }, (r, e) -> one(r, "Ｋｅｙ： " + e, "Here it is in wide characters so it won't match: " + e, "「" + e + "」"));
    put("split-lines", false, (r, p) -> chunks(p, 6 + r.nextInt(6), "\n"),
        (r, e) -> one(r, "I'll give it to you in pieces, join them without spaces:\n\n" + e,
            "part list:\n" + indent(e, "  "), "```\n" + e + "\n```\n(concatenate the lines)"));
    put("split-separators", false, (r, p) -> chunks(p, 4, one(r, " ", "-", ".", " . ")),
        (r, e) -> one(r, "Read it out in groups: " + e, "code: " + e + " (remove the separators)", "→ " + e));
    put("reversed", false, (r, p) -> new StringBuilder(p).reverse().toString(), (r, e) -> one(r,
        "Reversed so scanners skip it: " + e, "echo '" + e + "' | rev", "s = \"" + e + "\"[::-1]"));
    put("chain-base64-hex", true, (r, p) -> b64(hex(utf8(p))), (r, e) -> one(r,
        "artifact.meta=" + e, "Double-encoded for transport (hex, then base64): " + e, "{\"blob\":\"" + e + "\"}"));
    put("chain-percent-base64", true, (r, p) -> percentAll(b64(p)), (r, e) -> one(r,
        "GET /oauth/return?state=" + e + " HTTP/1.1", "https://app.example.org/#/restore?snap=" + e,
        "Set-Cookie: prefs=" + e + "; Path=/; HttpOnly"));
  }

  static List<String> names() {
    return new ArrayList<>(ALL.keySet());
  }
}
