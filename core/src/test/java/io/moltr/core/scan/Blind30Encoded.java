package io.moltr.core.scan;

import static io.moltr.core.scan.Blind30Util.b64;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;

/** Encoded and split forms of a credential as code hides them. */
final class Blind30Encoded {
  /** The payload (the secret, or VAR=secret for kinds that only a name identifies), encoded. */
  record Enc(String form, String text) {}

  record Encoding(String name, int depth, BiFunction<String, Blind30Util, Enc> f) {}

  static final List<Encoding> ENC = new ArrayList<>();

  private static void e(String name, int depth, BiFunction<String, Blind30Util, Enc> f) {
    ENC.add(new Encoding(name, depth, f));
  }

  static String b64url(String p) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(p.getBytes(StandardCharsets.UTF_8));
  }

  static List<String> parts(String p, int n) {
    List<String> out = new ArrayList<>();
    int step = (p.length() + n - 1) / n;
    for (int k = 0; k < p.length(); k += step) {
      out.add(p.substring(k, Math.min(p.length(), k + step)));
    }
    return out;
  }

  static String zw(String p) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < p.length(); k++) {
      if (k > 0 && k % 4 == 0) {
        b.append(k % 8 == 0 ? '\u200b' : '\u200d');
      }
      b.append(p.charAt(k));
    }
    return b.toString();
  }

  static String fullwidth(String p) {
    StringBuilder b = new StringBuilder();
    for (char c : p.toCharArray()) {
      b.append(c > 0x20 && c < 0x7f ? (char) (c - 0x21 + 0xFF01) : c);
    }
    return b.toString();
  }

  static String cyrillic(String p) {
    return p.replace('a', '\u0430').replace('e', '\u0435').replace('o', '\u043e').replace('p', '\u0440')
        .replace('c', '\u0441').replace('x', '\u0445');
  }

  static {
    e("base64-runtime", 1, (p, u) -> {
      String f = b64(p);
      return new Enc(f, "import base64\n\n# decoded at startup so the raw value is not in the repo\nAPI_KEY = base64.b64decode(\"" + f
          + "\").decode()\n");
    });
    e("base64-atob", 1, (p, u) -> {
      String f = b64(p);
      return new Enc(f, "const token = atob('" + f + "');\nfetch(url, { headers: { Authorization: `Bearer ${token}` } });\n");
    });
    e("base64url-unpadded", 1, (p, u) -> {
      String f = b64url(p);
      return new Enc(f, "raw, err := base64.RawURLEncoding.DecodeString(\"" + f + "\")\nif err != nil {\n\tpanic(err)\n}\nkey := string(raw)\n");
    });
    e("base64-wrapped76", 1, (p, u) -> {
      String f = Blind30Util.wrap(b64(p + "\n# rotated " + u.uuid() + " by the deploy job, keep in sync\n"), 76);
      return new Enc(f, "Here it is base64'd so it survives the copy:\n\n```\n" + f + "\n```\n\nDecode with `base64 -d > .env`.\n");
    });
    e("base32", 1, (p, u) -> {
      String f = Blind30Util.base32(p);
      return new Enc(f, "SECRET = base64.b32decode(\"" + f + "\").decode(\"ascii\")\n");
    });
    e("hex-fromhex", 1, (p, u) -> {
      String f = Blind30Util.hex(p);
      return new Enc(f, "key = bytes.fromhex(\"" + f + "\").decode()\nclient = Client(key)\n");
    });
    e("hex-spaced", 1, (p, u) -> {
      String f = Blind30Util.hexJoin(p, "", " ");
      return new Enc(f, "The value in the dump is at offset 0x40:\n\n    " + f + "\n\nThat's the credential the service uses.\n");
    });
    e("hex-xesc", 1, (p, u) -> {
      String f = Blind30Util.hexJoin(p, "\\x", "");
      return new Enc(f, "TOKEN = b\"" + f + "\".decode()\n");
    });
    e("hex-0x-array", 1, (p, u) -> {
      String f = Blind30Util.hexJoin(p, "0x", ", ");
      return new Enc(f, "var secret = []byte{" + f + "}\n\nfunc Token() string { return string(secret) }\n");
    });
    e("bytes-py", 1, (p, u) -> {
      String f = Blind30Util.decJoin(p, ", ");
      return new Enc(f, "API_TOKEN = bytes([" + f + "]).decode()\n");
    });
    e("bytes-java", 1, (p, u) -> {
      String f = Blind30Util.decJoin(p, ", ");
      return new Enc(f, "private static final String KEY =\n    new String(new byte[] {" + f + "}, StandardCharsets.UTF_8);\n");
    });
    e("charcodes-js", 1, (p, u) -> {
      String f = Blind30Util.decJoin(p, ",");
      return new Enc(f, "const apiKey = String.fromCharCode(" + f + ");\n");
    });
    e("uescape-java", 1, (p, u) -> {
      String f = Blind30Util.uesc(p);
      return new Enc(f, "String apiKey = \"" + f + "\";\nclient.authenticate(apiKey);\n");
    });
    e("uescape-json", 1, (p, u) -> {
      String f = Blind30Util.uesc(p);
      return new Enc(f, "{\"tool\":\"http_request\",\"arguments\":{\"method\":\"POST\",\"url\":\"https://api.acme-corp.io/v1\",\"body\":\"" + f + "\"}}");
    });
    e("percent", 1, (p, u) -> {
      String f = Blind30Util.percent(p);
      return new Enc(f, "from urllib.parse import unquote\n\nTOKEN = unquote(\"" + f + "\")\n");
    });
    e("rot13", 1, (p, u) -> {
      String f = Blind30Util.rot13(p);
      return new Enc(f, "import codecs\n\nKEY = codecs.decode(\"" + f + "\", \"rot_13\")\n");
    });
    e("html-dec", 1, (p, u) -> {
      String f = Blind30Util.htmlDec(p);
      return new Enc(f, "<form method=\"post\" action=\"/sync\">\n  <input type=\"hidden\" name=\"credential\" value=\"" + f + "\">\n</form>\n");
    });
    e("html-hex", 1, (p, u) -> {
      String f = Blind30Util.htmlHex(p);
      return new Enc(f, "<meta name=\"x-config\" content=\"" + f + "\">\n");
    });
    e("gzip-base64", 2, (p, u) -> {
      String f = Blind30Util.gzipB64(p);
      return new Enc(f, "import base64, gzip\n\nCONF = gzip.decompress(base64.b64decode(\"" + f + "\")).decode()\n");
    });
    e("deflate-base64", 2, (p, u) -> {
      String f = Blind30Util.deflateB64(p);
      return new Enc(f, "import base64, zlib\n\nBLOB = zlib.decompress(base64.b64decode(\"" + f + "\"))\n");
    });
    e("base64-base64", 2, (p, u) -> {
      String f = b64(b64(p));
      return new Enc(f, "payload = base64.b64decode(base64.b64decode(\"" + f + "\"))\n");
    });
    e("hex-of-base64", 2, (p, u) -> {
      String f = Blind30Util.hex(b64(p));
      return new Enc(f, "const k = Buffer.from(Buffer.from('" + f + "', 'hex').toString(), 'base64').toString();\n");
    });
    e("concat", 1, (p, u) -> {
      List<String> ps = parts(p, 3 + u.i(2));
      String f = "\"" + String.join("\" + \"", ps) + "\"";
      return new Enc(f, "String key = " + f + ";\nservice.init(key);\n");
    });
    e("join-list", 1, (p, u) -> {
      List<String> ps = parts(p, 4 + u.i(3));
      String f = "\"" + String.join("\", \"", ps) + "\"";
      return new Enc(f, "TOKEN = \"\".join([" + f + "])\n");
    });
    e("reversed-py", 1, (p, u) -> {
      String f = new StringBuilder(p).reverse().toString();
      return new Enc(f, "KEY = \"" + f + "\"[::-1]\n");
    });
    e("reversed-js", 1, (p, u) -> {
      String f = new StringBuilder(p).reverse().toString();
      return new Enc(f, "const key = '" + f + "'.split('').reverse().join('');\n");
    });
    e("zero-width", 1, (p, u) -> {
      String f = zw(p);
      return new Enc(f, "api_key = \"" + f + "\"\n");
    });
    e("fullwidth", 1, (p, u) -> {
      String f = fullwidth(p);
      return new Enc(f, "Your key (copied from the console): " + f + "\n");
    });
    e("cyrillic-lookalike", 1, (p, u) -> {
      String f = cyrillic(p);
      return new Enc(f, "token: \"" + f + "\"\n");
    });
    e("split-lines", 1, (p, u) -> {
      List<String> ps = parts(p, 3);
      String f = "    \"" + String.join("\"\n    \"", ps) + "\"";
      return new Enc(f, "SECRET = (\n" + f + "\n)\n");
    });
    e("k8s-secret-diff", 2, (p, u) -> {
      String f = b64(p + "\nLOG_LEVEL=info\n");
      return new Enc(f, "--- /dev/null\n+++ b/k8s/app-secret.yaml\n@@ -0,0 +1,8 @@\n+apiVersion: v1\n+kind: Secret\n+metadata:\n"
          + "+  name: app-env\n+type: Opaque\n+data:\n+  .env: " + f + "\n");
    });
  }
}
