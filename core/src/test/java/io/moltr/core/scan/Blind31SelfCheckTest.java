package io.moltr.core.scan;

import static io.moltr.core.scan.Blind31Util.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moltr.core.scan.Blind31Corpus.Label;
import io.moltr.core.scan.Blind31Corpus.Row;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import org.junit.jupiter.api.Test;

/** The blind31 generator's own sanity: formats, checksums, and that each row says what it claims. */
class Blind31SelfCheckTest {
  private final List<Row> rows = Blind31Corpus.rows();

  private long count(Label l) {
    return rows.stream().filter(x -> x.label() == l).count();
  }

  @Test
  void sizesAndSpread() {
    assertTrue(count(Label.PLAIN) >= 250, "plain " + count(Label.PLAIN));
    assertTrue(count(Label.ENCODED) >= 150, "encoded " + count(Label.ENCODED));
    assertTrue(count(Label.NEGATIVE) >= 1200, "negative " + count(Label.NEGATIVE));
    assertTrue(Blind31Secrets.KINDS.size() >= 55, "kinds " + Blind31Secrets.KINDS.size());
    Set<String> plainKinds = new HashSet<>();
    Set<String> langs = new HashSet<>();
    Set<String> gens = new HashSet<>();
    Set<String> encs = new HashSet<>();
    for (Row x : rows) {
      langs.add(x.lang());
      if (x.label() == Label.PLAIN) {
        plainKinds.add(x.kind());
      } else if (x.label() == Label.ENCODED) {
        encs.add(x.encoding());
      } else {
        gens.add(x.generator());
      }
    }
    assertTrue(plainKinds.size() >= 50, "plain kinds " + plainKinds.size());
    assertEquals(13, langs.size());
    assertTrue(gens.size() >= 50, "negative generators " + gens.size());
    assertTrue(encs.size() >= 12, "encodings " + encs.size());
  }

  @Test
  void everyPositiveShowsItsSecret() {
    for (Row x : rows) {
      if (x.label() != Label.NEGATIVE) {
        assertFalse(x.shown().isEmpty(), x.kind());
        assertTrue(x.text().contains(x.shown()), x.kind() + "/" + x.context() + "/" + x.encoding());
        int lines = x.text().split("\n", -1).length;
        assertTrue(lines >= 1 && lines <= 45, x.kind() + " lines " + lines);
      }
    }
  }

  @Test
  void encodedRowsDecodeBack() {
    for (Row x : rows) {
      if (x.label() != Label.ENCODED || x.context().equals("enc-tool")) {
        continue;
      }
      String pay = Blind31Corpus.payload(Blind31Secrets.kind(x.kind()), x.secret());
      String s = x.shown();
      switch (x.encoding()) {
        case "base64", "base64-wrapped" -> assertEquals(pay, new String(Base64.getMimeDecoder().decode(s), StandardCharsets.UTF_8));
        case "base64url" -> assertEquals(pay, new String(Base64.getUrlDecoder().decode(s), StandardCharsets.UTF_8));
        case "hex" -> assertEquals(hex(utf8(pay)), s);
        case "rot13" -> assertEquals(pay, rot13(s));
        case "reversed" -> assertEquals(pay, reverse(s));
        case "split-lines" -> assertEquals(pay, s.replace("\n", ""));
        case "base64-of-base64" -> assertEquals(b64(pay), new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8));
        default -> { }
      }
    }
  }

  @Test
  void checksumsHold() {
    for (Row x : rows) {
      if (x.label() == Label.NEGATIVE) {
        continue;
      }
      String v = x.secret();
      switch (x.kind()) {
        case "card-visa", "card-mastercard", "card-amex", "card-discover", "card-jcb", "card-diners", "card-unionpay" ->
            assertTrue(luhnValid(v), v);
        case "iban" -> assertTrue(ibanValid(v), v);
        case "github-pat" -> assertTrue(crcTokenValid(v, "ghp_"), v);
        case "github-oauth" -> assertTrue(crcTokenValid(v, "gho_"), v);
        case "npm-token" -> assertTrue(crcTokenValid(v, "npm_"), v);
        case "bitcoin-wif" -> {
          assertTrue(base58checkValid(v), v);
          assertTrue(v.startsWith("K") || v.startsWith("L"), v);
        }
        case "national-id-nl-bsn" -> assertTrue(Blind31Secrets.bsnValid(v), v);
        case "national-id-pl-pesel" -> assertTrue(Blind31Secrets.peselValid(v), v);
        case "national-id-br-cpf" -> assertTrue(Blind31Secrets.cpfValid(v), v);
        case "national-id-tr-tckn" -> assertTrue(Blind31Secrets.tcknValid(v), v);
        case "national-id-cn-resident" -> assertEquals(Blind31Secrets.cnCheck(v.substring(0, 17)), v.charAt(17), v);
        case "national-id-es-dni" -> assertEquals("TRWAGMYFPDXBNJZSQVHLCKE".charAt(Integer.parseInt(v.substring(0, 8)) % 23), v.charAt(8));
        case "aws-access-key-id" -> assertTrue(v.matches("AKIA[A-Z2-7]{16}"), v);
        case "jwt-hs256", "supabase-service-key" -> {
          String[] parts = v.split("\\.");
          assertEquals(3, parts.length);
          String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
          assertTrue(header.contains("HS256"));
          assertEquals(43, parts[2].length());
        }
        default -> { }
      }
    }
  }

  @Test
  void knownValuesOfTheHelpers() throws Exception {
    assertTrue(luhnValid("4111111111111111"));
    assertFalse(luhnValid("4111111111111112"));
    assertTrue(ibanValid("GB82WEST12345698765432"));
    assertTrue(ibanValid("DE89370400440532013000"));
    assertTrue(Blind31Secrets.cpfValid("529.982.247-25"));
    assertTrue(Blind31Secrets.peselValid("44051401359"));
    assertTrue(Blind31Secrets.tcknValid("10000000146"));
    assertTrue(Blind31Secrets.bsnValid("111222333"));
    assertEquals('X', Blind31Secrets.cnCheck("11010519491231002"));
    assertTrue(base58checkValid("5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"));
    assertEquals("JBSWY3DPEB3W64TMMQ======", b32("Hello world"));
    Mac m = Mac.getInstance("HmacSHA256");
    assertEquals(32, m.getMacLength());
  }

  @Test
  void negativesCarryNoGeneratedSecret() {
    Set<String> secrets = new HashSet<>();
    for (Row x : rows) {
      if (x.label() != Label.NEGATIVE && x.secret().length() >= 8) {
        secrets.add(x.secret());
      }
    }
    Pattern real = Pattern.compile("(ghp_[A-Za-z0-9]{36}|sk_live_[A-Za-z0-9]{20,}|sk-proj-[A-Za-z0-9_-]{40,}|glpat-[A-Za-z0-9_-]{20}"
        + "|AKIA(?!IOSFODNN7EXAMPLE)[A-Z2-7]{16}|xox[bp]-[0-9]+-|-----BEGIN [A-Z ]*PRIVATE KEY)");
    for (Row x : rows) {
      if (x.label() != Label.NEGATIVE) {
        continue;
      }
      for (String s : secrets) {
        assertFalse(x.text().contains(s), x.generator());
      }
      assertFalse(real.matcher(x.text().replaceAll("[xX#]{8,}", "")).find(), x.generator() + ": " + x.text());
      if (x.generator().equals("card-bad-luhn")) {
        String d = x.text().replaceAll("[^0-9]", "").substring(0, 16);
        assertFalse(luhnValid(d), d);
      }
      if (x.generator().equals("iban-bad")) {
        String ib = x.text().substring(x.text().indexOf('`') + 1, x.text().indexOf('`', x.text().indexOf('`') + 1));
        assertFalse(ibanValid(ib), ib);
      }
    }
  }
}
