package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Blind21 generator's own sanity: checksums, forms, counts, coverage. */
class Blind21SelfCheckTest {
  private static final List<Blind21Corpus.Row> ROWS = Blind21Corpus.build();

  @Test
  void deterministic() {
    assertEquals(ROWS, Blind21Corpus.build());
  }

  @Test
  void counts() {
    long plain = ROWS.stream().filter(r -> r.label().equals("PLAIN")).count();
    long enc = ROWS.stream().filter(r -> r.label().equals("ENCODED")).count();
    long neg = ROWS.stream().filter(r -> r.label().equals("NEGATIVE")).count();
    long depth2 = ROWS.stream().filter(r -> r.label().equals("ENCODED") && r.encoding().contains("(")).count();
    assertTrue(plain >= 150, "plain " + plain);
    assertTrue(enc >= 400, "encoded " + enc);
    assertTrue(depth2 * 3 >= enc, "depth2 " + depth2);
    assertTrue(neg >= 900, "negatives " + neg);
    assertTrue(Blind21Negatives.generators().size() >= 50, "generators " + Blind21Negatives.generators().size());
    Set<String> encKinds = new HashSet<>();
    ROWS.stream().filter(r -> r.label().equals("ENCODED")).forEach(r -> encKinds.add(r.kind()));
    assertTrue(encKinds.size() >= 45, "encoded kinds " + encKinds.size());
    assertTrue(Blind21Gen.kinds().size() >= 55, "kinds " + Blind21Gen.kinds().size());
  }

  @Test
  void everyEncodingAtBothDepthsInEightContexts() {
    for (String e : Blind21Enc.ALL) {
      Set<String> ctx = new HashSet<>();
      boolean d1 = false;
      boolean d2 = false;
      for (Blind21Corpus.Row r : ROWS) {
        if (!r.label().equals("ENCODED")) {
          continue;
        }
        if (r.encoding().equals(e)) {
          d1 = true;
          ctx.add(r.context());
        } else if (r.encoding().startsWith(e + "(")) {
          d2 = true;
          ctx.add(r.context());
        }
      }
      assertTrue(d1 && d2, e);
      assertTrue(ctx.size() >= 8, e + " contexts " + ctx);
    }
  }

  @Test
  void positivesCarryTheirForm() {
    for (Blind21Corpus.Row r : ROWS) {
      if (r.label().equals("NEGATIVE")) {
        continue;
      }
      assertTrue(r.text().contains(r.form()), r.kind() + " " + r.encoding());
      if (r.label().equals("PLAIN")) {
        assertEquals(r.secret(), r.form());
      } else {
        assertFalse(r.text().contains(r.secret()), "encoded row leaks plain: " + r.kind() + " " + r.encoding());
      }
    }
  }

  private static String undo(String e, String f) {
    switch (e) {
      case "b64std", "b64url", "b64nopad", "b64wrap":
        return new String(Base64.getMimeDecoder().decode(f.replace('-', '+').replace('_', '/')), StandardCharsets.UTF_8);
      case "hex":
        return new String(java.util.HexFormat.of().parseHex(f.toLowerCase()), StandardCharsets.UTF_8);
      case "hex_spaced":
        return undo("hex", f.replace(" ", ""));
      case "hex_bs":
        return undo("hex", f.replace("\\x", ""));
      case "hex_0x":
        return undo("hex", f.replace("0x", "").replace(", ", ""));
      case "percent":
        return java.net.URLDecoder.decode(f, StandardCharsets.UTF_8);
      case "rot13":
        return Blind21Enc.rot13(f);
      case "reversed":
        return new StringBuilder(f).reverse().toString();
      case "html_dec", "html_hex": {
        Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(f);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
          m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
        }
        m.appendTail(b);
        return b.toString();
      }
      case "u_escape", "json_escape", "x_escape": {
        Matcher m = Pattern.compile("\\\\u([0-9a-fA-F]{4})|\\\\x([0-9a-fA-F]{2})|\\\\([\"/\\\\n])").matcher(f);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
          String rep;
          if (m.group(1) != null) {
            rep = String.valueOf((char) Integer.parseInt(m.group(1), 16));
          } else if (m.group(2) != null) {
            rep = String.valueOf((char) Integer.parseInt(m.group(2), 16));
          } else {
            rep = m.group(3).equals("n") ? "\n" : m.group(3);
          }
          m.appendReplacement(b, Matcher.quoteReplacement(rep));
        }
        m.appendTail(b);
        return b.toString();
      }
      case "zero_width", "bidi", "tag_chars":
        return f.codePoints().filter(c -> !(c >= 0x200B && c <= 0x200F) && !(c >= 0x202A && c <= 0x202E)
            && !(c >= 0x2060 && c <= 0x2069) && c != 0xFEFF && !(c >= 0xE0000 && c <= 0xE007F))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
      case "nfkc":
        return Normalizer.normalize(f, Normalizer.Form.NFKC);
      case "split_lines":
        return f.replace("\n", "");
      case "split_spaces":
        return f.replace(" ", "");
      case "gzip_b64", "deflate_b64":
        return null;
      default:
        return null;
    }
  }

  @Test
  void reversibleFormsDecodeToTheirSecret() {
    int checked = 0;
    for (Blind21Corpus.Row r : ROWS) {
      if (!r.label().equals("ENCODED") || r.encoding().contains("(")) {
        continue;
      }
      String d = undo(r.encoding(), r.form());
      if (d == null) {
        continue;
      }
      assertTrue(d.contains(r.secret()), r.kind() + " " + r.encoding() + " -> " + d);
      checked++;
    }
    assertTrue(checked >= 200, "checked " + checked);
  }

  @Test
  void checksums() {
    Blind21Gen g = new Blind21Gen(new java.util.Random(7));
    Map<String, Integer> seen = new HashMap<>();
    for (Blind21Corpus.Row r : ROWS) {
      String s = r.secret();
      seen.merge(r.kind(), 1, Integer::sum);
      if (r.kind().startsWith("card_")) {
        assertTrue(Blind21Gen.luhn(s), s);
      } else if (r.kind().equals("iban")) {
        assertEquals(1, Blind21Gen.mod97(s), s);
      } else if (r.kind().equals("github_pat")) {
        assertTrue(Blind21Gen.crcOk(s, "ghp_"), s);
      } else if (r.kind().equals("npm")) {
        assertTrue(Blind21Gen.crcOk(s, "npm_"), s);
      } else if (r.kind().equals("br_cpf")) {
        assertTrue(Blind21Gen.cpfOk(s), s);
      } else if (r.kind().equals("nl_bsn")) {
        assertTrue(Blind21Gen.bsnOk(s), s);
      } else if (r.kind().equals("es_dni")) {
        int n = Integer.parseInt(s.substring(0, 8));
        assertEquals("TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23), s.charAt(8));
      }
    }
    for (int i = 0; i < 50; i++) {
      assertFalse(Blind21Gen.luhn(Blind21Negatives.badLuhn(g, "4", 16)));
      assertTrue(Blind21Gen.mod97(Blind21Negatives.badIban(g)) != 1);
    }
    // GitHub's published checksum scheme: a known-good shape check on our own encoder.
    assertEquals("000001", Blind21Gen.base62(1, 6));
    assertTrue(seen.size() >= 55);
  }

  @Test
  void negativesHoldNoGeneratedSecretAndNoValidCard() {
    Set<String> secrets = new HashSet<>();
    ROWS.stream().filter(r -> !r.label().equals("NEGATIVE")).forEach(r -> secrets.add(r.secret()));
    Pattern digits = Pattern.compile("\\d{13,19}");
    for (Blind21Corpus.Row r : ROWS) {
      if (!r.label().equals("NEGATIVE")) {
        continue;
      }
      for (String s : secrets) {
        assertFalse(r.text().contains(s), r.kind());
      }
      Matcher m = digits.matcher(r.text());
      while (m.find()) {
        if (r.kind().equals("card_bad_luhn")) {
          assertFalse(Blind21Gen.luhn(m.group()), r.text());
        }
      }
    }
  }
}
