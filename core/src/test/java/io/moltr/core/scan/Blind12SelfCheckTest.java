package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moltr.core.scan.Blind12Corpus.Label;
import io.moltr.core.scan.Blind12Corpus.Row;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Checks the blind12 generators themselves: checksums hold, sizes are right, negatives are not secrets. */
class Blind12SelfCheckTest {
  private final Random r = new Random(7);

  @Test
  void githubAndNpmChecksums() {
    for (int i = 0; i < 50; i++) {
      String t = Blind12Util.checksummedToken(r, "ghp_");
      assertEquals(40, t.length());
      assertTrue(Blind12Util.checksummedTokenValid(t, "ghp_"));
      String broken = t.substring(0, 39) + (t.charAt(39) == 'A' ? 'B' : 'A');
      assertFalse(Blind12Util.checksummedTokenValid(broken, "ghp_"));
    }
    // The checksum is the CRC32 of the 30 random characters in base62, as GitHub describes it.
    assertEquals("000000", Blind12Util.base62(0, 6));
    assertEquals("00000z", Blind12Util.base62(61, 6));
    assertEquals("000010", Blind12Util.base62(62, 6));
  }

  @Test
  void luhnIbanBase58Bip39() {
    assertTrue(Blind12Util.luhnValid("4111111111111111"));
    assertFalse(Blind12Util.luhnValid("4111111111111112"));
    assertTrue(Blind12Util.ibanValid("GB82 WEST 1234 5698 7654 32"));
    assertTrue(Blind12Util.ibanValid("DE89370400440532013000"));
    for (int i = 0; i < 30; i++) {
      assertTrue(Blind12Util.ibanValid(Blind12Util.iban("FR", Blind12Util.digits(r, 23))));
      String w = Blind12Util.wif(r, i % 2 == 0);
      assertTrue(Blind12Util.base58checkValid(w));
      assertTrue(w.startsWith(i % 2 == 0 ? "K" : "5") || w.startsWith("L"), w);
      assertTrue(Blind12Util.bip39Valid(Blind12Util.bip39(r, 16)));
      assertTrue(Blind12Util.bip39Valid(Blind12Util.bip39(r, 32)));
      assertFalse(Blind12Util.bip39Valid(Blind12Util.bip39Invalid(r, 12)));
    }
    // BIP39 reference vector: all-zero entropy.
    assertEquals("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
        Blind12Util.bip39FromEntropy(new byte[16]));
    // A WIF with one character changed fails its base58check.
    String w = Blind12Util.wif(r, true);
    String broken = w.substring(0, 10) + (w.charAt(10) == 'a' ? 'b' : 'a') + w.substring(11);
    assertFalse(Blind12Util.base58checkValid(broken));
  }

  @Test
  void everyPlainAndEncodedRowHoldsItsSecretAndEveryKindIsChecked() {
    for (Row row : Blind12Corpus.rows()) {
      if (row.label() == Label.PLAIN) {
        String text = row.context().equals("git-diff-block") ? row.text().replace("\n+", "\n") : row.text();
        assertTrue(text.contains(row.secret()) || text.contains(Blind12Util.jsonEscape(row.secret())),
            row.kind() + " " + row.context());
      }
      if (row.label() != Label.NEGATIVE) {
        checkFormat(row.kind(), row.secret());
      }
    }
  }

  private static final Pattern GH = Pattern.compile("(gh[pousr]_|npm_)[A-Za-z0-9]{36}");

  private static void checkFormat(String kind, String v) {
    Matcher m = GH.matcher(v);
    if (kind.startsWith("github-") && !kind.equals("github-fine-grained") || kind.equals("npm-token")) {
      assertTrue(m.matches(), v);
      assertTrue(Blind12Util.checksummedTokenValid(v, v.substring(0, v.indexOf('_') + 1)), v);
    }
    if (kind.startsWith("card-")) {
      assertTrue(Blind12Util.luhnValid(v), v);
    }
    if (kind.equals("iban")) {
      assertTrue(Blind12Util.ibanValid(v), v);
    }
    if (kind.equals("wif")) {
      assertTrue(Blind12Util.base58checkValid(v), v);
    }
    if (kind.startsWith("bip39")) {
      assertTrue(Blind12Util.bip39Valid(v), v);
    }
    if (kind.equals("aws-access-key")) {
      assertTrue(v.matches("AKIA[A-Z2-7]{16}"), v);
    }
    if (kind.equals("anthropic")) {
      assertEquals(108, v.length());
    }
    if (kind.equals("openrouter")) {
      assertTrue(v.matches("sk-or-v1-[0-9a-f]{64}"), v);
    }
    if (kind.equals("jwt") || kind.equals("supabase-service-jwt")) {
      String[] parts = v.split("\\.");
      assertEquals(3, parts.length, v);
      assertFalse(parts[2].isEmpty());
      String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
      assertTrue(payload.startsWith("{"), payload);
    }
    if (kind.equals("azure-storage")) {
      String key = v.replaceAll(".*AccountKey=([^;]+);.*", "$1");
      assertEquals(64, Base64.getDecoder().decode(key).length);
    }
    if (kind.equals("nl-bsn")) {
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        sum += (9 - i) * (v.charAt(i) - '0');
      }
      assertEquals((sum - (v.charAt(8) - '0')) % 11, 0, v);
    }
    if (kind.equals("es-dni")) {
      int n = Integer.parseInt(v.substring(0, 8));
      assertEquals("TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23), v.charAt(8));
    }
    if (kind.equals("fr-nir")) {
      String d = v.replace(" ", "");
      assertEquals(97 - Long.parseLong(d.substring(0, 13)) % 97, Long.parseLong(d.substring(13)));
    }
    if (kind.equals("se-personnummer") || kind.equals("ca-sin")) {
      assertTrue(Blind12Util.luhnValid(v), v);
    }
  }

  @Test
  void negativesCarryNoGeneratedSecret() {
    Pattern valid = Pattern.compile("gh[pousr]_[A-Za-z0-9]{36}|AKIA[A-Z2-7]{16}|-----BEGIN [A-Z ]*PRIVATE KEY");
    for (Row row : Blind12Corpus.rows()) {
      if (row.label() != Label.NEGATIVE) {
        continue;
      }
      Matcher m = valid.matcher(row.text());
      while (m.find()) {
        String hit = m.group();
        if (hit.startsWith("gh")) {
          assertFalse(Blind12Util.checksummedTokenValid(hit, hit.substring(0, 4)), hit);
        } else if (hit.startsWith("AKIA")) {
          assertTrue(hit.endsWith("EXAMPLE"), hit);
        } else {
          throw new AssertionError("private key in negative " + row.kind());
        }
      }
      if (row.kind().equals("luhn-failing-numbers")) {
        String digits = row.text().replaceAll("[^0-9 ]", " ").replaceAll("(\\d) (\\d)", "$1$2").trim();
        for (String d : digits.split("\\s+")) {
          if (d.length() == 16) {
            assertFalse(Blind12Util.luhnValid(d), d);
          }
        }
      }
    }
  }

  @Test
  void sizes() {
    long plain = Blind12Corpus.rows().stream().filter(x -> x.label() == Label.PLAIN).count();
    long enc = Blind12Corpus.rows().stream().filter(x -> x.label() == Label.ENCODED).count();
    long neg = Blind12Corpus.rows().stream().filter(x -> x.label() == Label.NEGATIVE).count();
    assertTrue(plain >= 300, "plain " + plain);
    assertTrue(enc >= 250, "encoded " + enc);
    assertTrue(neg >= 600, "negative " + neg);
  }
}
