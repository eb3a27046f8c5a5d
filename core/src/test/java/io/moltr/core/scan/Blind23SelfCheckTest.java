package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moltr.core.scan.Blind23Corpus.Row;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The blind23 generator's own sanity: checksums, counts, every positive holds its secret. */
class Blind23SelfCheckTest {
  private final List<Row> rows = Blind23Corpus.rows();

  @Test
  void countsAndKinds() {
    long plain = rows.stream().filter(r -> r.label().equals("PLAIN")).count();
    long enc = rows.stream().filter(r -> r.label().equals("ENCODED")).count();
    long neg = rows.stream().filter(r -> r.label().equals("NEGATIVE")).count();
    assertEquals(300, plain);
    assertTrue(enc >= 100, "encoded " + enc);
    assertTrue(neg >= 1000, "negatives " + neg);
    Set<String> kinds = new HashSet<>();
    rows.stream().filter(r -> !r.label().equals("NEGATIVE")).forEach(r -> kinds.add(r.kind()));
    assertTrue(kinds.size() >= 55, "kinds " + kinds.size());
    Set<String> langs = new HashSet<>();
    rows.forEach(r -> langs.add(r.lang()));
    assertEquals(12, langs.size());
    assertTrue(Blind23Negatives.names().size() >= 50);
  }

  @Test
  void positivesHoldTheirSecret() {
    for (Row r : rows) {
      if (!r.label().equals("NEGATIVE")) {
        assertFalse(r.secret().isEmpty(), r.toString());
        assertTrue(r.text().contains(r.needle()), () -> "needle missing: " + r.kind() + " " + r.encoding() + " " + r.context());
      }
    }
  }

  @Test
  void checksumsHold() {
    for (Row r : rows) {
      if (r.label().equals("NEGATIVE")) {
        continue;
      }
      String v = r.secret();
      if (r.kind().startsWith("card_")) {
        assertTrue(Blind23Gen.luhn(v.replace(" ", "")), v);
      }
      if (r.kind().equals("iban")) {
        assertTrue(Blind23Gen.ibanValid(v), v);
      }
      if (r.kind().equals("id_nl_bsn")) {
        assertTrue(Blind23Gen.bsnValid(v), v);
      }
      if (r.kind().equals("github_pat") || r.kind().equals("npm")) {
        String body = v.substring(v.indexOf('_') + 1);
        assertEquals(Blind23Gen.crc62(body.substring(0, 30)), body.substring(30));
      }
      if (r.kind().equals("wif")) {
        assertTrue(v.startsWith("K") || v.startsWith("L"), v);
        assertEquals(52, v.length());
      }
    }
    // known-good values from public documentation of the algorithms
    assertTrue(Blind23Gen.luhn("4111111111111111"));
    assertTrue(Blind23Gen.ibanValid("DE89370400440532013000"));
    assertTrue(Blind23Gen.ibanValid("GB82WEST12345698765432"));
    assertEquals('Z', Blind23Gen.DNI_LETTERS.charAt(12345678 % 23));
    assertTrue(Blind23Gen.bsnValid("111222333"));
  }

  private static final Pattern DIGIT_RUN = Pattern.compile("(?<![\\d.])\\d(?:[ -]?\\d){12,18}(?![\\d])");
  private static final Pattern IBAN_LIKE = Pattern.compile("\\b[A-Z]{2}\\d{2}[A-Z0-9]{11,30}\\b");

  @Test
  void negativesHoldNoCardOrIban() {
    for (Row r : rows) {
      if (!r.label().equals("NEGATIVE")) {
        continue;
      }
      Matcher m = DIGIT_RUN.matcher(r.text());
      while (m.find()) {
        String d = m.group().replaceAll("[ -]", "");
        assertFalse(Blind23Negatives.cardLike(d), r.kind() + ": " + d);
      }
      Matcher i = IBAN_LIKE.matcher(r.text());
      while (i.find()) {
        assertFalse(Blind23Gen.ibanValid(i.group()), r.kind() + ": " + i.group());
      }
    }
  }
}
