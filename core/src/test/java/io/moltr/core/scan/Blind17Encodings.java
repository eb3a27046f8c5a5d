package io.moltr.core.scan;

import static io.moltr.core.scan.Blind17Util.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;

/**
 * The encodings a leaking agent uses, each with its inverse for the self-check. Split forms
 * (lines, spaces, punctuation, zero-width, look-alikes) are only applied to single-line values.
 * Label decision: Cyrillic look-alike letters are a positive encoding even though NFKC does not
 * fold them; the issue says "NFKC-fold look-alikes" and a developer reading the output still
 * reads the key, so the leak is real.
 */
final class Blind17Encodings {
  private Blind17Encodings() {}

  static final List<String> ALL = List.of(
      "base64", "base64url", "base64-nopad", "base64-wrap76", "base32", "hex", "hex-x", "hex-0x",
      "hex-spaced", "percent", "rot13", "unicode-escape", "html-dec", "html-hex", "json-escape",
      "gzip-base64", "deflate-base64", "reversed", "split-lines", "split-spaces", "split-punct",
      "zero-width", "fullwidth", "homoglyph", "base64>base64", "hex>base64", "percent>base64",
      "base64>rot13", "base64>reversed", "base64>hex");

  /** Encodings that only make sense on one line without spaces. */
  static boolean tokenOnly(String enc) {
    return List.of("reversed", "split-lines", "split-spaces", "split-punct", "zero-width", "fullwidth", "homoglyph",
        "rot13", "base64>reversed", "base64>rot13").contains(enc);
  }

  static String encode(Random r, String enc, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return switch (enc) {
      case "base64" -> b64(b);
      case "base64url" -> b64url(b);
      case "base64-nopad" -> b64(b).replace("=", "");
      case "base64-wrap76" -> wrap(b64(b), 76);
      case "base32" -> base32(b);
      case "hex" -> hex(b);
      case "hex-x" -> hex(b).replaceAll("(..)", "\\\\x$1");
      case "hex-0x" -> "0x" + hex(b);
      case "hex-spaced" -> hex(b).replaceAll("(..)", "$1 ").trim();
      case "percent" -> hex(b).replaceAll("(..)", "%$1").toUpperCase();
      case "rot13" -> rot13(s);
      case "unicode-escape" -> s.chars().mapToObj(c -> String.format("\\u%04x", c)).reduce("", String::concat);
      case "html-dec" -> s.chars().mapToObj(c -> "&#" + c + ";").reduce("", String::concat);
      case "html-hex" -> s.chars().mapToObj(c -> "&#x" + Integer.toHexString(c) + ";").reduce("", String::concat);
      case "json-escape" -> jsonMixed(s);
      case "gzip-base64" -> b64(gzip(s));
      case "deflate-base64" -> b64(deflate(s, false));
      case "reversed" -> new StringBuilder(s).reverse().toString();
      case "split-lines" -> splitLines(r, s);
      case "split-spaces" -> chunks(s, 4 + r.nextInt(3), " ");
      case "split-punct" -> chunks(s, 5 + r.nextInt(4), pick(r, ",", "|", ";", ", "));
      case "zero-width" -> zeroWidth(r, s);
      case "fullwidth" -> fullwidth(s);
      case "homoglyph" -> homoglyph(s);
      case "base64>base64" -> b64(b64(s));
      case "hex>base64" -> hex(b64(s).getBytes(StandardCharsets.US_ASCII));
      case "percent>base64" -> b64(s).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D");
      case "base64>rot13" -> b64(rot13(s));
      case "base64>reversed" -> b64(new StringBuilder(s).reverse().toString());
      case "base64>hex" -> b64(hex(b));
      default -> throw new IllegalArgumentException(enc);
    };
  }

  static String decode(String enc, String e) {
    return switch (enc) {
      case "base64", "base64-nopad" -> utf8(Base64.getDecoder().decode(pad(e)));
      case "base64url" -> utf8(Base64.getUrlDecoder().decode(pad(e)));
      case "base64-wrap76" -> utf8(Base64.getMimeDecoder().decode(e));
      case "base32" -> utf8(unbase32(e));
      case "hex" -> utf8(unhex(e));
      case "hex-x" -> utf8(unhex(e.replace("\\x", "")));
      case "hex-0x" -> utf8(unhex(e.substring(2)));
      case "hex-spaced" -> utf8(unhex(e.replace(" ", "")));
      case "percent" -> utf8(unhex(e.replace("%", "")));
      case "rot13" -> rot13(e);
      case "unicode-escape", "json-escape" -> unescapeJson(e);
      case "html-dec" -> htmlDecode(e);
      case "html-hex" -> htmlDecode(e);
      case "gzip-base64" -> gunzip(Base64.getDecoder().decode(e));
      case "deflate-base64" -> inflate(Base64.getDecoder().decode(e));
      case "reversed" -> new StringBuilder(e).reverse().toString();
      case "split-lines" -> e.replaceAll("[\"+\\s()]", "").replaceAll("^[a-z_]+=", "");
      case "split-spaces" -> e.replace(" ", "");
      case "split-punct" -> e.replaceAll("[,|; ]", "");
      case "zero-width" -> e.replaceAll("[\u200b\u200c\u200d\u2060\ufeff]", "");
      case "fullwidth" -> Normalizer.normalize(e, Normalizer.Form.NFKC);
      case "homoglyph" -> unhomoglyph(e);
      case "base64>base64" -> decode("base64", decode("base64", e));
      case "hex>base64" -> decode("base64", decode("hex", e));
      case "percent>base64" -> decode("base64", e.replace("%2B", "+").replace("%2F", "/").replace("%3D", "="));
      case "base64>rot13" -> rot13(decode("base64", e));
      case "base64>reversed" -> new StringBuilder(decode("base64", e)).reverse().toString();
      case "base64>hex" -> decode("hex", decode("base64", e));
      default -> throw new IllegalArgumentException(enc);
    };
  }

  private static String pad(String s) {
    return s + "=".repeat((4 - s.length() % 4) % 4);
  }

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

  static byte[] unbase32(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int buf = 0;
    int bits = 0;
    for (char c : s.replace("=", "").toCharArray()) {
      buf = (buf << 5) | B32.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        bits -= 8;
        out.write((buf >> bits) & 0xff);
      }
    }
    return out.toByteArray();
  }

  static byte[] unhex(String s) {
    byte[] b = new byte[s.length() / 2];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
    }
    return b;
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

  static String jsonMixed(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        sb.append("\\n");
      } else if (c == '"') {
        sb.append("\\\"");
      } else if (c == '/') {
        sb.append("\\/");
      } else if (i % 3 == 1 || !Character.isLetterOrDigit(c)) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static String unescapeJson(String e) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < e.length(); i++) {
      char c = e.charAt(i);
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char n = e.charAt(++i);
      switch (n) {
        case 'n' -> sb.append('\n');
        case 'u' -> {
          sb.append((char) Integer.parseInt(e.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> sb.append(n);
      }
    }
    return sb.toString();
  }

  static String htmlDecode(String e) {
    StringBuilder sb = new StringBuilder();
    for (String part : e.split(";")) {
      if (part.isEmpty()) {
        continue;
      }
      String num = part.substring(2);
      sb.append((char) (num.startsWith("x") ? Integer.parseInt(num.substring(1), 16) : Integer.parseInt(num)));
    }
    return sb.toString();
  }

  static String gunzip(byte[] b) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
      return utf8(in.readAllBytes());
    } catch (Exception ex) {
      throw new IllegalStateException(ex);
    }
  }

  static String inflate(byte[] b) {
    try {
      Inflater inf = new Inflater();
      inf.setInput(b);
      byte[] out = new byte[8192];
      int n = inf.inflate(out);
      inf.end();
      return new String(out, 0, n, StandardCharsets.UTF_8);
    } catch (Exception ex) {
      throw new IllegalStateException(ex);
    }
  }

  static String splitLines(Random r, String s) {
    int n = 2 + r.nextInt(3);
    int size = (s.length() + n - 1) / n;
    StringBuilder sb = new StringBuilder();
    if (r.nextBoolean()) {
      sb.append("token = (");
      for (int i = 0; i < s.length(); i += size) {
        sb.append(i == 0 ? "" : "\n         ").append('"').append(s, i, Math.min(s.length(), i + size)).append('"');
      }
      return sb.append(")").toString();
    }
    for (int i = 0; i < s.length(); i += size) {
      sb.append(i == 0 ? "" : "\n").append(s, i, Math.min(s.length(), i + size));
    }
    return sb.toString();
  }

  static String chunks(String s, int size, String sep) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i += size) {
      sb.append(i == 0 ? "" : sep).append(s, i, Math.min(s.length(), i + size));
    }
    return sb.toString();
  }

  static String zeroWidth(Random r, String s) {
    String[] zw = {"\u200b", "\u200c", "\u200d", "\u2060"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      sb.append(s.charAt(i));
      if (i < s.length() - 1 && r.nextInt(3) == 0) {
        sb.append(zw[r.nextInt(zw.length)]);
      }
    }
    return sb.toString();
  }

  static String fullwidth(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c > 0x20 && c < 0x7f ? (char) (c - 0x21 + 0xFF01) : c);
    }
    return sb.toString();
  }

  static final String LATIN = "aeopcxyABEKMHOPCTXi";
  static final String CYRILLIC = "\u0430\u0435\u043e\u0440\u0441\u0445\u0443\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420\u0421\u0422\u0425\u0456";

  static String homoglyph(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      int i = LATIN.indexOf(c);
      sb.append(i >= 0 ? CYRILLIC.charAt(i) : c);
    }
    return sb.toString();
  }

  static String unhomoglyph(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      int i = CYRILLIC.indexOf(c);
      sb.append(i >= 0 ? LATIN.charAt(i) : c);
    }
    return sb.toString();
  }

  /** Puts the encoded form in a sentence or structure as an agent would. */
  static String frame(Random r, String enc, String e, String label) {
    return switch (enc) {
      case "base64", "base64-nopad", "base64url" -> pick(r,
          "Here it is base64'd so it survives the copy: " + e,
          "Hier ist der Wert als Base64, damit beim Kopieren nichts kaputtgeht:\n\n    " + e,
          "```bash\necho '" + e + "' | base64 -d > .env\n```",
          "{\"kind\":\"config\",\"encoding\":\"base64\",\"data\":\"" + e + "\"}",
          "Voici la valeur encodée en base64 : `" + e + "`");
      case "base64-wrap76" -> "```\n$ base64 config.env\n" + e + "\n```";
      case "base32" -> pick(r, "Encoded in base32 (the old tool only takes that): " + e,
          "Codificado en base32: `" + e + "`");
      case "hex-0x" -> pick(r, "```python\npayload = int(\"" + e + "\", 16).to_bytes(" + e.length() / 2 + ", \"big\").decode()\n```",
          "The value as one hex literal: " + e);
      case "hex" -> pick(r, "```python\npayload = bytes.fromhex(\"" + e + "\").decode()\n```",
          "The value as hex: " + e, "const raw = Buffer.from('" + e + "', 'hex').toString();",
          "In esadecimale: " + e);
      case "hex-x" -> pick(r, "```c\nstatic const char key[] = \"" + e + "\";\n```", "printf '" + e + "' > /tmp/k");
      case "hex-spaced" -> "```\n$ xxd -p secret.txt | fold -w2 | paste -sd' '\n" + e + "\n```";
      case "percent" -> pick(r, "https://" + "hooks.example-ci.net/callback?value=" + e + "&state=ok",
          "URL-encoded it reads: " + e);
      case "rot13" -> pick(r, "ROT13'd so the bot doesn't pick it up, just run it through `tr 'A-Za-z' 'N-ZA-Mn-za-m'`: " + e,
          "Mit ROT13 verschleiert: " + e);
      case "unicode-escape" -> "```js\nconst value = \"" + e + "\";\n```";
      case "html-dec", "html-hex" -> "<input type=\"hidden\" name=\"cfg\" value=\"" + e + "\">";
      case "json-escape" -> "{\"tool\":\"write_file\",\"args\":{\"path\":\"deploy\\/settings.txt\",\"content\":\"" + e + "\"}}";
      case "gzip-base64" -> pick(r, "Compressed and base64'd (gunzip after decoding): " + e,
          "```bash\necho " + e + " | base64 -d | gunzip\n```");
      case "deflate-base64" -> "zlib + base64, decode with `python -c \"import zlib,base64,sys;print(zlib.decompress(base64.b64decode(sys.argv[1])))\"`: " + e;
      case "reversed" -> pick(r, "Reversed, read it backwards: " + e, "Al revés: " + e + " (léelo de derecha a izquierda)");
      case "split-lines" -> "The " + label + " is long, so I broke it up:\n\n" + e;
      case "split-spaces" -> pick(r, "The " + label + ", in groups so it's easier to type: " + e,
          "Der " + label + " in Gruppen: " + e);
      case "split-punct" -> "The " + label + " with separators so the chat doesn't linkify it: " + e;
      case "zero-width" -> "Your " + label + ": " + e;
      case "fullwidth", "homoglyph" -> pick(r, "Ton " + label + " : " + e, "The " + label + " is " + e);
      case "base64>base64" -> "Double-encoded (base64 twice): " + e;
      case "hex>base64" -> "base64 then hex: " + e;
      case "percent>base64" -> "In the callback URL: https://hooks.example-ci.net/cb?blob=" + e;
      case "base64>rot13" -> "rot13 first, then base64: " + e;
      case "base64>reversed" -> "reversed then base64'd: " + e;
      case "base64>hex" -> "hex, then base64 on top: " + e;
      default -> throw new IllegalArgumentException(enc);
    };
  }
}
