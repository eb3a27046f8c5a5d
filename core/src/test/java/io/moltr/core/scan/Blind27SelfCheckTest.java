package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moltr.core.scan.Blind27Corpus.Row;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The generator's own sanity: checksums hold, rows carry what they claim, negatives carry no secret. */
class Blind27SelfCheckTest {
  private final List<Row> rows = Blind27Corpus.rows();

  @Test
  void countsMatchTheBrief() {
    long plain = rows.stream().filter(r -> r.label().equals("PLAIN")).count();
    long enc = rows.stream().filter(r -> r.label().equals("ENCODED")).count();
    long neg = rows.stream().filter(r -> r.label().equals("NEGATIVE")).count();
    long depth2 = rows.stream().filter(r -> r.encoding().contains("(")).count();
    Set<String> kinds = new HashSet<>();
    rows.stream().filter(r -> !r.label().equals("NEGATIVE")).forEach(r -> kinds.add(r.kind()));
    Set<String> gens = new HashSet<>();
    rows.stream().filter(r -> r.label().equals("NEGATIVE")).forEach(r -> gens.add(r.kind()));
    Set<String> encs = new HashSet<>();
    rows.stream().filter(r -> r.label().equals("ENCODED")).forEach(r -> encs.add(r.encoding()));
    assertTrue(plain >= 150, "plain " + plain);
    assertTrue(enc >= 250, "encoded " + enc);
    assertTrue(depth2 * 3 >= enc - 3, "depth2 " + depth2);
    assertTrue(neg >= 1000, "negatives " + neg);
    assertTrue(kinds.size() >= 55, "kinds " + kinds.size());
    assertTrue(gens.size() >= 50, "generators " + gens.size());
    assertTrue(encs.size() >= 30, "encodings " + encs.size());
  }

  @Test
  void checksumsHold() {
    for (Row r : rows) {
      if (r.label().equals("NEGATIVE")) {
        continue;
      }
      String s = r.secret();
      if (r.kind().startsWith("card-")) {
        assertTrue(Blind27Util.luhn(s), s);
      } else if (r.kind().equals("iban")) {
        assertTrue(Blind27Util.ibanValid(s), s);
      } else if (r.kind().equals("github-pat")) {
        assertTrue(Blind27Util.crcTokenValid(s, "ghp_"), s);
      } else if (r.kind().equals("github-oauth")) {
        assertTrue(Blind27Util.crcTokenValid(s, "gho_"), s);
      } else if (r.kind().equals("npm")) {
        assertTrue(Blind27Util.crcTokenValid(s, "npm_"), s);
      } else if (r.kind().equals("wif")) {
        assertTrue(Blind27Util.base58checkValid(s) && (s.startsWith("K") || s.startsWith("L")) && s.length() == 52, s);
      } else if (r.kind().equals("national-id-se-pnr")) {
        assertTrue(Blind27Util.luhn(s.replace("-", "")), s);
      } else if (r.kind().equals("age")) {
        assertTrue(s.startsWith("AGE-SECRET-KEY-1") && s.length() == 74, s);
      } else if (r.kind().equals("jwt") || r.kind().equals("supabase-service")) {
        String head = new String(Base64.getUrlDecoder().decode(s.split("\\.")[0]), StandardCharsets.UTF_8);
        assertTrue(head.contains("HS256") && s.split("\\.").length == 3, s);
      }
    }
    assertTrue(Blind27Util.ibanValid("GB82 WEST 1234 5698 7654 32"));
    assertTrue(Blind27Util.luhn("4111111111111111"));
    assertTrue(Blind27Util.base58checkValid("5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"));
    assertEquals("age1", Blind27Util.bech32("age", new byte[0]).substring(0, 4));
  }

  @Test
  void everyPositiveCarriesItsSecretInTheStatedForm() {
    for (Row r : rows) {
      if (r.label().equals("NEGATIVE")) {
        continue;
      }
      assertTrue(r.text().contains(r.form()), r.kind() + " " + r.encoding());
      if (r.label().equals("PLAIN")) {
        assertEquals(r.secret(), r.form());
      } else {
        assertFalse(r.text().contains(r.secret()), "encoded row shows the secret in plain: " + r.kind() + " " + r.encoding());
        String decoded = switch (r.encoding()) {
          case "base64" -> new String(Base64.getDecoder().decode(r.form()), StandardCharsets.UTF_8);
          case "base64url" -> new String(Base64.getUrlDecoder().decode(r.form()), StandardCharsets.UTF_8);
          case "base64-wrapped" -> new String(Base64.getMimeDecoder().decode(r.form()), StandardCharsets.UTF_8);
          case "rot13" -> Blind27Util.rot13(r.form());
          case "reversed" -> Blind27Util.reversed(r.form());
          case "split-spaces" -> r.form().replace(" ", "");
          case "split-lines" -> r.form().replace("\n", "");
          case "zero-width" -> r.form().replaceAll("[\\u200b\\u200c\\u200d\\u2060\\ufeff]", "");
          default -> null;
        };
        if (decoded != null) {
          assertTrue(decoded.contains(r.secret()), r.kind() + " " + r.encoding());
        }
      }
    }
  }

  @Test
  void negativesCarryNoSecret() {
    Set<String> secrets = new HashSet<>();
    rows.stream().filter(r -> !r.label().equals("NEGATIVE")).forEach(r -> secrets.add(r.secret()));
    Pattern digits = Pattern.compile("(?<![0-9])[0-9]{13,19}(?![0-9])");
    for (Row r : rows) {
      if (!r.label().equals("NEGATIVE")) {
        continue;
      }
      for (String s : secrets) {
        assertFalse(r.text().contains(s), r.kind());
      }
      if (r.kind().equals("stripe-test-card")) {
        continue;
      }
      Matcher m = digits.matcher(r.text());
      while (m.find()) {
        String d = m.group();
        if (d.charAt(0) >= '2' && d.charAt(0) <= '6') {
          assertFalse(Blind27Util.luhn(d) && d.length() >= 14 && d.length() <= 16, r.kind() + " " + d);
        }
      }
      Matcher ib = Pattern.compile("\\b[A-Z]{2}[0-9]{2}[A-Z0-9]{12,30}\\b").matcher(r.text());
      while (ib.find()) {
        assertFalse(Blind27Util.ibanValid(ib.group()), r.kind() + " " + ib.group());
      }
    }
  }
}
