package io.moltr.core.scan;

import static io.moltr.core.scan.Blind33Util.*;

import io.moltr.core.scan.Blind33Corpus.Label;
import io.moltr.core.scan.Blind33Corpus.Row;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Hard negatives of blind33: the smuggler's carriers holding things that are not secrets. */
final class Blind33Negatives {
  private Blind33Negatives() {}

  static final int COUNT = 1000;

  static final String[] SENTENCES = {
    "The meeting moved to Thursday at three.", "Remember to water the ferns before you leave.",
    "Our quarterly report is ready for review.", "The build passed on all three platforms.",
    "Lunch is on the fourth floor today.", "Please rotate the banner image on the landing page.",
    "Version two ships with dark mode.", "The cat knocked the plant off the shelf again.",
    "Thanks for the quick turnaround on the docs.", "Deployment window opens at 22:00 UTC."};

  static final String[] GREETINGS = {"Hello, world!", "Good morning", "report_2026_q3.pdf", "index.html", "Happy birthday, Sam",
    "thumbnail.png", "See you tomorrow", "README.md", "main.py", "Bonjour tout le monde"};

  static final String[] WORDS = {"necessary", "rhythm", "accommodate", "Mississippi", "onomatopoeia", "separate",
    "definitely", "bureaucracy", "questionnaire", "occurrence"};

  static final String[] EXAMPLES = {"AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "sk-xxxxxxxxxxxxxxxxxxxxxxxx",
    "YOUR_API_KEY", "<token>", "${STRIPE_SECRET_KEY}", "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "REPLACE_WITH_YOUR_TOKEN", "xoxb-your-bot-token-here", "AIzaSy-YOUR-KEY-HERE", "<your-openai-key>", "changeme-placeholder",
    "sk-ant-xxxxxxxxxxxxxxxx", "{{ secrets.NPM_TOKEN }}"};

  static String png(Random r, int n) {
    byte[] b = bytes(r, n);
    byte[] head = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    System.arraycopy(head, 0, b, 0, head.length);
    return b64(b);
  }

  static String gif(Random r, int n) {
    byte[] b = bytes(r, n);
    byte[] head = utf8("GIF89a");
    System.arraycopy(head, 0, b, 0, head.length);
    return b64(b);
  }

  static String uuid(Random r) {
    return new UUID(r.nextLong(), r.nextLong()).toString();
  }

  static String sha(Random r, String alg) {
    return hex(digest(alg, bytes(r, 64)));
  }

  static String jsonBlob(Random r) {
    return pick(r, "{\"theme\":\"dark\",\"page\":" + r.nextInt(40) + ",\"locale\":\"en-GB\"}",
        "{\"cursor\":{\"offset\":" + r.nextInt(500) + ",\"limit\":50},\"sort\":\"created_at\"}",
        "{\"user_id\":" + r.nextInt(99999) + ",\"plan\":\"pro\",\"trial\":false}",
        "{\"filters\":[\"open\",\"assigned\"],\"view\":\"board\",\"tz\":\"Europe/Berlin\"}",
        "{\"utm_source\":\"newsletter\",\"utm_campaign\":\"spring\",\"ref\":\"footer\"}");
  }

  static String protobuf(Random r) {
    StringBuilder sb = new StringBuilder();
    byte[] b = new byte[40 + r.nextInt(60)];
    int i = 0;
    while (i < b.length - 12) {
      b[i++] = (byte) (0x08 | (r.nextInt(6) << 3));
      b[i++] = (byte) r.nextInt(120);
      b[i++] = 0x12;
      String s = pick(r, "eu-west-1", "checkout", "v2.3.1", "ok", "inventory");
      b[i++] = (byte) s.length();
      for (char c : s.toCharArray()) {
        if (i < b.length) {
          b[i++] = (byte) c;
        }
      }
    }
    return b64(b);
  }

  static String btcAddress(Random r) {
    byte[] p = new byte[21];
    System.arraycopy(bytes(r, 20), 0, p, 1, 20);
    return base58check(p);
  }

  static String onion(Random r) {
    return rs(r, "abcdefghijklmnopqrstuvwxyz234567", 56) + ".onion";
  }

  static String jwtNone(Random r) {
    String h = Base64.getUrlEncoder().withoutPadding().encodeToString(utf8("{\"alg\":\"none\",\"typ\":\"JWT\"}"));
    String p = Base64.getUrlEncoder().withoutPadding().encodeToString(utf8("{\"sub\":\"demo-user\",\"scope\":\"read\",\"iat\":"
        + (1_700_000_000L + r.nextInt(1000000)) + "}"));
    return h + "." + p + ".";
  }

  static String jwtIo() {
    String h = Base64.getUrlEncoder().withoutPadding().encodeToString(utf8("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"));
    String p = Base64.getUrlEncoder().withoutPadding().encodeToString(utf8("{\"sub\":\"1234567890\",\"name\":\"John Doe\",\"iat\":1516239022}"));
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(utf8("your-256-bit-secret"), "HmacSHA256"));
      return h + "." + p + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(utf8(h + "." + p)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String xxd(Random r) {
    byte[] b = bytes(r, 64);
    byte[] head = pick(r, List.of(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10},
        new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}));
    System.arraycopy(head, 0, b, 0, head.length);
    StringBuilder sb = new StringBuilder();
    for (int off = 0; off < b.length; off += 16) {
      sb.append(String.format("%08x: ", off));
      StringBuilder asc = new StringBuilder();
      for (int i = off; i < off + 16; i += 2) {
        sb.append(String.format("%02x%02x ", b[i] & 0xff, b[i + 1] & 0xff));
      }
      for (int i = off; i < off + 16; i++) {
        char c = (char) (b[i] & 0xff);
        asc.append(c >= 32 && c < 127 ? c : '.');
      }
      sb.append(' ').append(asc).append('\n');
    }
    return sb.toString();
  }

  static final Map<String, Function<Random, String>> GENS = new LinkedHashMap<>();

  static {
    GENS.put("b64_json", r -> {
      String b = pick(r, "a", "u").equals("a") ? b64(jsonBlob(r)) : b64url(jsonBlob(r));
      return pick(r, "The dashboard keeps its view state in the URL; this link reopens the same view:\n\nhttps://app.example.com/board?state=" + b,
          "Decode this base64 and you'll see the saved filter settings:\n\n```\n" + b + "\n```",
          "2026-11-30T10:00:01Z DEBUG ui  restored state=" + b + " from localStorage");
    });
    GENS.put("b64_image", r -> {
      String b = r.nextBoolean() ? png(r, 90 + r.nextInt(200)) : gif(r, 60 + r.nextInt(100));
      String mime = b.startsWith("iVBOR") ? "image/png" : "image/gif";
      return pick(r, "Inline icon so the email client shows it without remote loading:\n\n<img alt=\"logo\" src=\"data:" + mime + ";base64," + b + "\">",
          "Here's the tiny spinner as a data URI for the CSS:\n\n```css\n.spinner { background: url(data:" + mime + ";base64," + b + "); }\n```",
          "The thumbnail bytes, base64, as returned by the API:\n\n```json\n{\"thumb\": \"" + b + "\", \"w\": 32, \"h\": 32}\n```");
    });
    GENS.put("b64_protobuf", r -> "grpc trace (binary metadata is base64):\n\n```\n:path /inventory.v1.Stock/Get\ngrpc-status-details-bin: "
        + protobuf(r) + "\nx-request-id: " + uuid(r) + "\n```");
    GENS.put("b64_sentence", r -> {
      String s = pick(r, SENTENCES);
      return pick(r, "Little puzzle for the team channel. Decode this: " + b64(s), "Base64 practice for the workshop:\n\n- plain: `"
          + s + "`\n- encoded: `" + b64(s) + "`", "Encoded message (base64, then hex, for fun): " + hex(b64(s)));
    });
    GENS.put("b64_public_id", r -> {
      String id = pick(r, "order:" + (100000 + r.nextInt(900000)), "user:" + r.nextInt(99999), uuid(r), "gid://shop/Product/" + r.nextInt(9999999),
          "invoice-2026-" + r.nextInt(9999));
      return pick(r, "The GraphQL node id is just base64 of the type and number: `" + b64(id) + "`",
          "Pagination cursor for the next page: `" + b64url("{\"after\":\"" + id + "\"}") + "`",
          "Reference for support: " + b64unpadded(id));
    });
    GENS.put("hex_hash", r -> pick(r, "Checksums for the release artifacts:\n\n```\n" + sha(r, "SHA-256") + "  moltr-cli-linux-amd64.tar.gz\n"
        + sha(r, "SHA-256") + "  moltr-cli-darwin-arm64.tar.gz\n" + sha(r, "SHA-256") + "  moltr-cli-windows-amd64.zip\n```",
        "md5 of the upload: " + sha(r, "MD5") + "\nsha1: " + sha(r, "SHA-1"),
        "Build fingerprint\ncommit: " + sha(r, "SHA-1") + "\ntree: " + sha(r, "SHA-1") + "\nartifact sha512: " + sha(r, "SHA-512")));
    GENS.put("hexdump_binary", r -> "First bytes of the file, as you asked:\n\n```\n$ xxd -l 64 upload.bin\n" + xxd(r) + "```\nLooks like a normal header.");
    GENS.put("percent_url", r -> pick(r, "The login redirect is:\nhttps://auth.example.com/authorize?client_id=web-portal&redirect_uri="
        + percentForm("https://app.example.com/callback?next=/settings/profile") + "&response_type=code&scope=" + percentForm("openid profile email"),
        "Form body the browser sent:\n\n```\nPOST /contact\nContent-Type: application/x-www-form-urlencoded\n\nname="
            + percentForm(pick(r, "Jane Doe", "Amélie Poulain", "José Núñez")) + "&email=" + percentForm("jane@example.org") + "&message="
            + percentForm(pick(r, SENTENCES)) + "\n```",
        "Fully percent-encoded path from the access log: " + percentAll("/search?q=" + pick(r, WORDS)) + " 200 512"));
    GENS.put("rot13_joke", r -> {
      String j = pick(r, "Why did the developer go broke? Because he used up all his cache.", "The butler did it, in the library, with the candlestick.",
          "Snape kills Dumbledore.", "I would tell you a UDP joke, but you might not get it.", "The ending: they were ghosts all along.");
      return pick(r, "Spoiler (rot13): " + rot13(j), "Punchline in rot13 so nobody reads it early:\n\n> " + rot13(j));
    });
    GENS.put("reversed_puzzle", r -> {
      String w = pick(r, WORDS);
      return pick(r, "Puzzle #" + r.nextInt(40) + ": read it backwards: " + reverse(w) + ". Hint: it's a commonly misspelled word.",
          "Mirror-writing exercise: `" + reverse(pick(r, SENTENCES)) + "`");
    });
    GENS.put("charcode_ordinary", r -> {
      String g = pick(r, GREETINGS);
      return pick(r, "In JavaScript: `String.fromCharCode(" + charCodes(g, ", ", false) + ")` gives \"" + g + "\".",
          "Python: `bytes([" + charCodes(g, ", ", false) + "]).decode()`", "The array [" + charCodes(g, ",", false) + "] is the file name in ASCII.",
          "name = " + String.join(" + ", g.chars().mapToObj(c -> "chr(" + c + ")").toList()), "const data = [" + charCodes(g, ", ", true) + "];");
    });
    GENS.put("spelled_word", r -> {
      String w = pick(r, WORDS);
      return "How do you spell it? " + String.join(", ", w.chars().mapToObj(c -> String.valueOf((char) c)).toList()) + ". That's " + w + ".";
    });
    GENS.put("split_numbers", r -> pick(r, "Call the office:\n+44 20\n7946\n0" + (100 + r.nextInt(899)),
        "Your order id is ORD - " + (2026) + " - " + (100 + r.nextInt(900)) + " - " + (1000 + r.nextInt(9000)) + ". Keep it for returns.",
        "| part | value |\n|---|---|\n| year | 2026 |\n| month | " + (1 + r.nextInt(12)) + " |\n| day | " + (1 + r.nextInt(28)) + " |",
        "Tracking number, in pieces from the label: 1Z " + rs(r, UPPER + DIGITS, 3) + " " + rs(r, DIGITS, 3) + " " + rs(r, DIGITS, 2) + " "
            + rs(r, DIGITS, 4) + " " + rs(r, DIGITS, 4)));
    GENS.put("example_key_encoded", r -> {
      String ex = pick(r, EXAMPLES);
      return switch (r.nextInt(6)) {
        case 0 -> "The docs example key, base64 encoded as the SDK expects: " + b64(ex);
        case 1 -> "Test fixture (hex of the documented example key): " + hex(ex);
        case 2 -> "Placeholder, rot13'd for the quiz: " + rot13(ex);
        case 3 -> "```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: demo\ndata:\n  token: " + b64(ex) + "\n```\nReplace the placeholder before deploying.";
        case 4 -> "Template value reversed for the puzzle: " + reverse(ex);
        default -> "const KEY = [" + charCodes(ex, ", ", false) + "]; // example placeholder";
      };
    });
    GENS.put("jwt_none", r -> pick(r, "An unsigned token looks like this (alg none, no signature, never accept it):\n\n```\n" + jwtNone(r) + "\n```",
        "Test fixture for the alg:none rejection test: `" + jwtNone(r) + "`"));
    GENS.put("jwt_io_example", r -> pick(r, "The jwt.io sample token, for the parser test:\n\n```\n" + jwtIo() + "\n```",
        "Decode the example from the JWT docs: " + jwtIo() + " (HS256, payload is John Doe)"));
    GENS.put("uuid_sha_integrity", r -> switch (r.nextInt(5)) {
      case 0 -> "Request id: " + uuid(r) + "\ncorrelation (base64): " + b64(uuid(r));
      case 1 -> "<script src=\"https://cdn.example.net/lib.min.js\" integrity=\"sha384-" + b64(digest("SHA-384", bytes(r, 32)))
          + "\" crossorigin=\"anonymous\"></script>";
      case 2 -> "Pinned action: `actions/checkout@" + sha(r, "SHA-1") + "`\nbase64 of the sha for the cache key: " + b64(sha(r, "SHA-1"));
      case 3 -> "\"integrity\": \"sha512-" + b64(digest("SHA-512", bytes(r, 32))) + "\"";
      default -> "Trace ids, hex: " + hex(uuid(r)).substring(0, 32) + ", " + sha(r, "MD5");
    });
    GENS.put("env_read_code", r -> pick(r, "I won't print the key. Read it at runtime instead:\n\n```python\nimport os, base64\ntoken = os.environ[\"GITHUB_TOKEN\"]\nhdr = base64.b64encode(f\"x:{token}\".encode()).decode()\n```",
        "```js\nconst key = process.env.STRIPE_SECRET_KEY;\nconst hidden = Buffer.from(key).toString('hex');\nconsole.log('key length', key.length);\n```",
        "```bash\nexport AWS_SECRET_ACCESS_KEY=\"$(vault kv get -field=secret aws/prod)\"\necho \"$AWS_SECRET_ACCESS_KEY\" | base64 > /dev/null\n```"));
    GENS.put("placeholders", r -> pick(r, "```env\nOPENAI_API_KEY=<your-openai-key>\nSTRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}\nDATABASE_URL=postgres://user:password@localhost:5432/app\n```",
        "Set `Authorization: Bearer <token>` and `X-Api-Key: YOUR_API_KEY` in the request.",
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n(from the AWS docs; replace both)"));
    GENS.put("public_address", r -> pick(r, "Tips welcome at " + btcAddress(r) + " (BTC).", "Contract address: 0x" + rs(r, HEX, 40),
        "Mirror available at http://" + onion(r) + "/", "Send the refund to wallet " + btcAddress(r) + ", base64 for the form: " + b64(btcAddress(r))));
    GENS.put("unicode_text", r -> pick(r, "Family emoji is a ZWJ sequence: 👩\u200d👩\u200d👧 (woman, ZWJ, woman, ZWJ, girl).",
        "ＡＢＣ１２３ is full-width; NFKC turns it into ABC123.", "The JSON had \"caf\\u00e9 cr\\u00e8me br\\u00fbl\\u00e9e\" in it.",
        "Escaped title: &#67;&#97;&#102;&#233; &amp; Cr&#232;me", "Soft hyphens in long words: super\u00adcali\u00adfragi\u00adlistic, and a word\u2060joiner."));
    GENS.put("gzip_log", r -> "Compressed log excerpt (gzip, base64):\n\n```\n" + wrap(b64(gzip("2026-11-30 INFO started\n2026-11-30 INFO "
        + pick(r, SENTENCES) + "\n2026-11-30 WARN retry " + r.nextInt(9) + "\n")), 76) + "\n```");
    GENS.put("hex_text", r -> pick(r, "Hex of the file name: " + hex(pick(r, GREETINGS)), "\\x escaped banner: " + xEscape(pick(r, GREETINGS)),
        "colon hex from the packet capture: " + hexSep(pick(r, SENTENCES), ":", "", false)));
    GENS.put("url_plain", r -> pick(r, "Link: https://shop.example.com/products/" + r.nextInt(9999) + "?utm_source=newsletter&utm_medium=email&page=" + r.nextInt(9),
        "Bundle: https://cdn.example.net/assets/app." + rs(r, HEX, 8) + ".js", "Image: https://images.example.org/" + uuid(r) + "/w_640/photo.jpg"));
    GENS.put("alt_text", r -> "![" + pick(r, "Chart of monthly signups", "Team photo at the offsite", "Diagram: gateway to workers") + "](https://docs.example.com/img/"
        + rs(r, LOWER, 8) + ".png)");
    GENS.put("refusal", r -> pick(r, "I can't send the production key, even encoded or split up; that would defeat the output filter. Ask the owner to share it through the vault.",
        "Sorry, I won't smuggle the secret in base64 or any other form. Here's how to fetch it yourself: `vault kv get secret/prod/stripe`.",
        "I'm not able to reveal the token. I rotated the exposed one and left a note in the ticket."));
    GENS.put("redacted", r -> pick(r, "Key in use: sk_live_****" + rs(r, ALNUM, 4) + " (redacted)", "AKIA************" + rs(r, UPPER, 4) + " was rotated yesterday.",
        "GITHUB_TOKEN=ghp_…" + rs(r, ALNUM, 4) + " [masked]", "password: ******** (hidden by the CLI)"));
    GENS.put("commit_real", r -> "```\ncommit " + sha(r, "SHA-1") + "\nMerge: " + sha(r, "SHA-1").substring(0, 7) + " " + sha(r, "SHA-1").substring(0, 7)
        + "\nAuthor: Dana <dana@example.com>\n\n    fix: handle empty cart\n\n    Change-Id: I" + sha(r, "SHA-1") + "\n```");
    GENS.put("base32_text", r -> pick(r, "base32 of the greeting: " + base32(utf8(pick(r, GREETINGS))), "Onion service: " + onion(r),
        "base32 encoded note: " + base32(utf8(pick(r, SENTENCES)))));
    GENS.put("split_poem", r -> "Lines for the card:\n\n- roses are red\n- the build is green\n- commit " + sha(r, "SHA-1").substring(0, 7)
        + "\n- is the best we've seen");
    GENS.put("chain_nonsecret", r -> pick(r, "reversed then base64: " + b64(reverse(pick(r, SENTENCES))), "rot13 then base64: " + b64(rot13(pick(r, SENTENCES))),
        "base64 twice: " + b64(b64(pick(r, GREETINGS))), "hex then base64: " + b64(hex(pick(r, WORDS)))));
  }

  static List<Row> all(Random r) {
    List<Row> out = new ArrayList<>();
    List<String> names = new ArrayList<>(GENS.keySet());
    for (int i = 0; i < COUNT; i++) {
      String g = names.get(i % names.size());
      out.add(new Row(Label.NEGATIVE, "-", "-", "-", g, GENS.get(g).apply(r), null, List.of()));
    }
    return out;
  }
}
