package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The blind29 generator's own sanity: checksums hold, rows hold what they claim. */
class Blind29SelfCheckTest {
  static final List<Blind29Corpus.Row> ROWS = new Blind29Corpus().build();

  static String network(String d) {
    int n = d.length();
    int p2 = Integer.parseInt(d.substring(0, 2));
    int p3 = Integer.parseInt(d.substring(0, 3));
    int p4 = Integer.parseInt(d.substring(0, 4));
    if (d.startsWith("4") && (n == 13 || n == 16 || n == 19)) {
      return "visa";
    }
    if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n == 16) {
      return "mastercard";
    }
    if ((p2 == 34 || p2 == 37) && n == 15) {
      return "amex";
    }
    if ((p4 == 6011 || p2 == 65 || (p3 >= 644 && p3 <= 649)) && n >= 16) {
      return "discover";
    }
    if (p4 >= 3528 && p4 <= 3589 && n >= 16) {
      return "jcb";
    }
    if ((p2 == 36 || (p3 >= 300 && p3 <= 305)) && n >= 14) {
      return "diners";
    }
    if (p2 == 62 && n >= 16) {
      return "unionpay";
    }
    if (p4 >= 2200 && p4 <= 2204 && n >= 16) {
      return "mir";
    }
    if ((p2 == 50 || (p2 >= 56 && p2 <= 69)) && n >= 12) {
      return "maestro";
    }
    return null;
  }

  static boolean validSecret(String kind, String v) {
    String d = Blind29Corpus.compact(v);
    if (kind.startsWith("card-")) {
      return Blind29Util.luhn(d) && network(d) != null;
    }
    if (kind.startsWith("iban-")) {
      String cc = kind.substring(5);
      return d.startsWith(cc) && d.length() == Blind29Secrets.IBAN_LEN.get(cc) && Blind29Util.ibanValid(d);
    }
    switch (kind) {
      case "id-es-dni":
        return v.charAt(8) == "TRWAGMYFPDXBNJZSQVHLCKE".charAt(Integer.parseInt(v.substring(0, 8)) % 23);
      case "id-es-nie":
        return v.charAt(8) == "TRWAGMYFPDXBNJZSQVHLCKE".charAt(Integer.parseInt("XYZ".indexOf(v.charAt(0)) + v.substring(1, 8)) % 23);
      case "id-it-codicefiscale":
        return v.length() == 16 && v.charAt(15) == Blind29Secrets.cfCheck(v.substring(0, 15));
      case "id-nl-bsn":
        return Blind29Secrets.bsnValid(v);
      case "id-pl-pesel":
        return v.length() == 11 && Blind29Secrets.peselCheck(v.substring(0, 10)) == v.charAt(10) - '0';
      case "id-se-personnummer":
        return Blind29Util.luhn(d);
      case "id-fi-hetu":
        return v.charAt(10) == "0123456789ABCDEFHJKLMNPRSTUVWXY".charAt((int) (Long.parseLong(v.substring(0, 6) + v.substring(7, 10)) % 31));
      case "id-br-cpf": {
        int[] c = Blind29Secrets.cpfChecks(d.substring(0, 9));
        return d.length() == 11 && d.endsWith("" + c[0] + c[1]);
      }
      case "id-br-cnpj":
        return d.length() == 14 && d.substring(12).equals(Blind29Secrets.cnpjChecks(d.substring(0, 12)));
      case "id-in-aadhaar":
        return d.length() == 12 && Blind29Util.verhoeff(d);
      case "id-fr-nir":
      case "id-be-nn":
        return 97 - Long.parseLong(d.substring(0, d.length() - 2)) % 97 == Long.parseLong(d.substring(d.length() - 2));
      case "id-no-fnr": {
        int[] k = Blind29Secrets.fnrChecks(d.substring(0, 9));
        return k != null && d.endsWith("" + k[0] + k[1]);
      }
      case "id-ca-sin":
        return d.length() == 9 && Blind29Util.luhn(d);
      case "btc-wif":
        return Blind29Util.base58checkValid(v) && (v.startsWith("5") || v.startsWith("K") || v.startsWith("L"));
      case "github-pat":
        return v.length() == 40 && Blind29Util.githubChecksum(v.substring(4, 34)).equals(v.substring(34));
      case "telegram-bot-token":
        return v.matches("\\d{9,10}:AA[A-Za-z0-9_-]{33}");
      case "discord-bot-token": {
        String id = new String(Base64.getDecoder().decode(v.substring(0, v.indexOf('.'))), StandardCharsets.US_ASCII);
        return id.matches("\\d{17,19}");
      }
      case "jwt-hs256":
        return new String(Base64.getUrlDecoder().decode(v.substring(0, v.indexOf('.'))), StandardCharsets.UTF_8).contains("HS256")
            && v.split("\\.").length == 3;
      default:
        return !v.isEmpty();
    }
  }

  @Test
  void sizesAndSpread() {
    long plain = ROWS.stream().filter(r -> r.label().equals("PLAIN")).count();
    long enc = ROWS.stream().filter(r -> r.label().equals("ENCODED")).count();
    long neg = ROWS.stream().filter(r -> r.label().equals("NEGATIVE")).count();
    assertTrue(plain >= 250, "plain " + plain);
    assertTrue(enc >= 100, "encoded " + enc);
    assertTrue(neg >= 1200, "negative " + neg);
    Set<String> kinds = ROWS.stream().filter(r -> !r.label().equals("NEGATIVE")).map(Blind29Corpus.Row::kind).collect(Collectors.toSet());
    assertTrue(kinds.size() >= 45, "kinds " + kinds.size());
    Set<String> gens = ROWS.stream().filter(r -> r.label().equals("NEGATIVE")).map(Blind29Corpus.Row::generator).collect(Collectors.toSet());
    assertTrue(gens.size() >= 50, "generators " + gens.size());
    Set<String> encs = ROWS.stream().filter(r -> r.label().equals("ENCODED")).map(Blind29Corpus.Row::encoding).collect(Collectors.toSet());
    assertTrue(encs.size() >= 12, "encodings " + encs.size());
  }

  @Test
  void checksumHelpersAgreeWithKnownValues() {
    assertTrue(Blind29Util.luhn("4242424242424242"));
    assertFalse(Blind29Util.luhn("4242424242424241"));
    assertTrue(Blind29Util.ibanValid("GB82 WEST 1234 5698 7654 32"));
    assertTrue(Blind29Util.ibanValid("DE89370400440532013000"));
    assertTrue(Blind29Util.verhoeff("2363"));
    // Each row of Verhoeff's permutation table is the one before it composed with row 1.
    for (int i = 1; i < 7; i++) {
      for (int j = 0; j < 10; j++) {
        assertEquals(Blind29Util.VP[i + 1][j], Blind29Util.VP[i][Blind29Util.VP[1][j]], "VP " + i + "," + j);
      }
    }
    assertEquals(3, Blind29Util.verhoeffDigit("236"));
    assertTrue(Blind29Secrets.bsnValid("111222333"));
    assertEquals("9", "" + Blind29Secrets.peselCheck("4405140135"));
    int[] cpf = Blind29Secrets.cpfChecks("111444777");
    assertEquals("35", "" + cpf[0] + cpf[1]);
    assertEquals("81", Blind29Secrets.cnpjChecks("112223330001"));
    // a well-known WIF (private key 1, compressed)
    assertTrue(Blind29Util.base58checkValid("KwDiBf89QgGbjEhKnhXJuH7LrciVrZi3qYjgd9M7rFU73sVHnoWn"));
    for (String t : Blind29Negatives.TEST_CARDS) {
      assertTrue(Blind29Util.luhn(t) && network(t) != null, t);
    }
  }

  @Test
  void positivesHoldTheirSecretInTheStatedForm() {
    for (Blind29Corpus.Row r : ROWS) {
      if (r.label().equals("NEGATIVE")) {
        continue;
      }
      assertTrue(r.text().contains(r.form()), r.kind() + " " + r.encoding());
      assertTrue(r.text().substring(r.leakStart(), r.leakEnd()).contains(r.form()), r.kind());
      if (r.label().equals("PLAIN")) {
        assertEquals(r.secret(), r.form());
        assertTrue(validSecret(r.kind(), r.secret()), r.kind() + " invalid: " + r.secret());
        long lines = r.text().lines().count();
        assertTrue(lines >= 1 && lines <= 40, "lines " + lines);
      }
    }
  }

  static final Pattern GROUPED = Pattern.compile("(?<![\\d-])(\\d{4}([ -])\\d{4}\\2\\d{4}\\2\\d{1,7}|\\d{13,19})(?![\\d-])");
  static final Pattern IBANISH = Pattern.compile("\\b([A-Z]{2}\\d{2}(?: ?[A-Z0-9]{1,4}){3,8})\\b");
  static final Set<String> CARD_CONTEXT = Set.of("receipt-masked-card", "payment-confirmation-masked", "bank-statement-masked",
      "card-like-failing-luhn", "redaction-messages", "placeholders-env-reads", "stripe-test-cards-docs", "test-cards-in-test-file",
      "invoice", "order-confirmation");

  @Test
  void negativesHoldNoRealCardIbanOrKey() {
    for (Blind29Corpus.Row r : ROWS) {
      if (!r.label().equals("NEGATIVE")) {
        continue;
      }
      long lines = r.text().lines().count();
      assertTrue(lines >= 10 && lines <= 60, r.generator() + " lines " + lines);
      if (CARD_CONTEXT.contains(r.generator())) {
        Matcher m = GROUPED.matcher(r.text());
        while (m.find()) {
          String d = m.group(1).replaceAll("[ -]", "");
          boolean card = Blind29Util.luhn(d) && network(d) != null;
          assertFalse(card && !Blind29Negatives.TEST_CARDS.contains(d), r.generator() + ": " + d);
        }
      }
      Matcher m = IBANISH.matcher(r.text());
      while (m.find()) {
        String d = m.group(1).replace(" ", "");
        Integer len = Blind29Secrets.IBAN_LEN.get(d.substring(0, 2));
        assertFalse(len != null && len == d.length() && !d.contains("XXX") && Blind29Util.ibanValid(d), r.generator() + ": " + d);
      }
      assertFalse(r.text().matches("(?s).*sk_live_[A-Za-wyz0-9]{20}.*"), r.generator());
      assertFalse(r.text().contains("PRIVATE KEY-----"), r.generator());
    }
  }
}
