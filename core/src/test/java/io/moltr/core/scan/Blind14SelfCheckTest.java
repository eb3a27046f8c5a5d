package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moltr.core.scan.Blind14Corpus.Label;
import io.moltr.core.scan.Blind14Corpus.Row;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Blind14: the generator's own sanity, independent of the scanner. */
class Blind14SelfCheckTest {
  private static List<Row> of(Label l) {
    return Blind14Corpus.rows().stream().filter(r -> r.label() == l).toList();
  }

  @Test
  void sizesMatchTheBrief() {
    assertTrue(Blind14Secrets.kinds().size() >= 55, "kinds " + Blind14Secrets.kinds().size());
    assertTrue(of(Label.PLAIN).size() >= 340, "plain " + of(Label.PLAIN).size());
    assertEquals(Blind14Corpus.ENCODED_ROWS, of(Label.ENCODED).size());
    assertTrue(of(Label.NEGATIVE).size() >= 600, "negatives " + of(Label.NEGATIVE).size());
    assertTrue(Blind14Negatives.GEN.size() >= 40);
    assertTrue(Blind14Encodings.names().size() >= 24);
    assertEquals(Blind14Secrets.kinds().size(), of(Label.PLAIN).stream().map(Row::kind).distinct().count());
  }

  @Test
  void bip39ListIsTheOfficialOne() {
    String all = String.join("\n", Blind14Util.bip39Words()) + "\n";
    assertEquals("2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda",
        Blind14Util.toHex(Blind14Util.sha256(all.getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void plainRowsCarryTheirSecret() {
    for (Row r : of(Label.PLAIN)) {
      assertTrue(r.text().contains(r.secret()) || r.text().contains(Blind14Contexts.jsonEscape(r.secret())),
          r.kind() + "/" + r.context());
    }
  }

  @Test
  void encodedRowsDecodeToTheirSecret() {
    for (Row r : of(Label.ENCODED)) {
      assertTrue(r.text().contains(r.encoded()), r.kind() + "/" + r.encoding());
      assertFalse(r.text().contains(r.secret()), "secret in plain sight: " + r.kind() + "/" + r.encoding());
      String back = Blind14Encodings.ALL.get(r.encoding()).decode().apply(r.encoded());
      assertEquals(r.payload(), back, r.kind() + "/" + r.encoding());
      assertTrue(r.payload().contains(r.secret()), r.kind());
    }
  }

  @Test
  void checksumsHold() {
    Pattern jwt = Pattern.compile("eyJ[\\w-]+\\.[\\w-]+\\.[\\w-]{43}");
    for (Row r : Blind14Corpus.rows()) {
      if (r.label() == Label.NEGATIVE) {
        continue;
      }
      String s = r.secret();
      String k = r.kind();
      if (k.startsWith("card-")) {
        assertTrue(Blind14Util.luhnValid(s), s);
      } else if (k.equals("iban")) {
        assertEquals(1, Blind14Util.ibanMod97(s), s);
      } else if (k.equals("github-classic")) {
        assertEquals(Blind14Util.crc32Base62(s.substring(4, 34), 6), s.substring(34));
      } else if (k.equals("wif")) {
        assertTrue(Blind14Util.base58checkValid(s), s);
      } else if (k.equals("bip39-seed")) {
        assertTrue(Blind14Util.bip39Valid(s), s);
      } else if (k.equals("age-key")) {
        assertTrue(Blind14Util.bech32Valid(s), s);
      } else if (k.equals("jwt") || k.equals("supabase-service-jwt")) {
        assertTrue(jwt.matcher(s).matches(), s);
        String head = new String(Base64.getUrlDecoder().decode(s.substring(0, s.indexOf('.'))), StandardCharsets.UTF_8);
        assertTrue(head.contains("HS256"));
      } else if (k.equals("personnummer")) {
        assertTrue(Blind14Util.luhnValid(s), s);
      }
    }
    assertFalse(Blind14Util.bip39Valid("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon"));
    assertTrue(Blind14Util.bip39Valid("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"));
    assertTrue(Blind14Util.base58checkValid("5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"));
  }

  @Test
  void negativesHoldNoRealSecret() {
    Pattern digits = Pattern.compile("(?<![\\d.-])[2-6](?:[ -]?\\d){12,18}(?![\\d.])");
    Pattern iban = Pattern.compile("\\b[A-Z]{2}\\d{2}[A-Z0-9]{11,30}\\b");
    List<String> secrets = Blind14Corpus.rows().stream().filter(r -> r.label() != Label.NEGATIVE).map(Row::secret).toList();
    for (Row r : of(Label.NEGATIVE)) {
      Matcher m = digits.matcher(r.text());
      while (m.find()) {
        String d = m.group().replaceAll("[ -]", "");
        boolean documented = d.equals("4242424242424242");
        assertTrue(documented || !Blind14Util.luhnValid(d), r.kind() + ": " + m.group());
      }
      Matcher mi = iban.matcher(r.text());
      while (mi.find()) {
        assertTrue(Blind14Util.ibanMod97(mi.group()) != 1, r.kind() + ": " + mi.group());
      }
      for (String s : secrets) {
        assertFalse(r.text().contains(s), r.kind());
      }
    }
  }
}
