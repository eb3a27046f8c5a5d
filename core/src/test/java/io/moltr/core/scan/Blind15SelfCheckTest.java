package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind15Corpus.Row;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Blind15: the generator's own sanity, without the scanner. */
class Blind15SelfCheckTest {
  private static final List<Row> ROWS = Blind15Corpus.build();

  @Test
  void sizesAndSpread() {
    long plain = ROWS.stream().filter(r -> r.label().equals("PLAIN")).count();
    long enc = ROWS.stream().filter(r -> r.label().equals("ENCODED")).count();
    long neg = ROWS.stream().filter(r -> r.label().equals("NEGATIVE")).count();
    assertThat(plain).isGreaterThanOrEqualTo(250);
    assertThat(enc).isGreaterThanOrEqualTo(200);
    assertThat(neg).isGreaterThanOrEqualTo(1200);
    assertThat(Blind15Negatives.GENS).hasSizeGreaterThanOrEqualTo(60);
    assertThat(Blind15Creds.KINDS).hasSizeGreaterThanOrEqualTo(55);
    Set<String> encs = new HashSet<>();
    ROWS.stream().filter(r -> r.label().equals("ENCODED")).forEach(r -> encs.add(r.encoding()));
    assertThat(encs).hasSizeGreaterThanOrEqualTo(12);
    Set<String> encodedKinds = new HashSet<>();
    ROWS.stream().filter(r -> r.label().equals("ENCODED")).forEach(r -> encodedKinds.add(r.kind()));
    assertThat(encodedKinds).hasSizeGreaterThanOrEqualTo(45);
    for (Row r : ROWS) {
      long lines = r.text().lines().count();
      assertThat(lines).as(r.generator() + " " + r.kind()).isBetween(1L, 40L);
    }
  }

  @Test
  void positivesCarryTheirSecretInTheStatedForm() {
    for (Row r : ROWS) {
      if (r.label().equals("NEGATIVE")) {
        continue;
      }
      String t = r.text();
      assertThat(t.contains(r.form())
              || t.contains(Blind15Corpus.jsonEsc(r.form()))
              || t.contains(r.form().replace("\n", "\n  ")))
          .as(r.kind() + "/" + r.encoding() + ": " + t)
          .isTrue();
      if (r.label().equals("PLAIN")) {
        assertThat(r.form().contains(r.secret()) || r.form().contains(Blind15Corpus.jsonEsc(r.secret())))
            .as(r.kind()).isTrue();
      }
      if (r.encoding().equals("base64") || r.encoding().equals("base64_wrapped76")) {
        String dec = new String(Base64.getMimeDecoder().decode(r.form()), StandardCharsets.UTF_8);
        assertThat(dec).contains(r.secret());
      }
      if (r.encoding().equals("rot13")) {
        assertThat(Blind15Corpus.rot13(r.form())).contains(r.secret());
      }
      if (r.encoding().equals("reversed")) {
        assertThat(new StringBuilder(r.form()).reverse().toString()).contains(r.secret());
      }
    }
  }

  @Test
  void checksumsHold() {
    Random rnd = new Random(7);
    for (int i = 0; i < 200; i++) {
      assertThat(Blind15Creds.luhnOk(Blind15Creds.card(rnd, "4", 16))).isTrue();
      assertThat(Blind15Creds.ibanMod(Blind15Creds.iban(rnd))).isEqualTo(1);
      assertThat(Blind15Creds.bsnOk(Blind15Creds.bsn(rnd))).isTrue();
      assertThat(Blind15Negatives.failIban(rnd)).satisfies(s -> assertThat(Blind15Creds.ibanMod(s)).isNotEqualTo(1));
      assertThat(Blind15Creds.luhnOk(Blind15Negatives.failLuhn(rnd, "4", 16))).isFalse();
    }
    for (Row r : ROWS) {
      if (r.label().equals("PLAIN") && r.kind().startsWith("card_")) {
        assertThat(Blind15Creds.luhnOk(r.secret().replaceAll("[ -]", ""))).as(r.secret()).isTrue();
      }
      if (r.label().equals("PLAIN") && r.kind().equals("iban")) {
        assertThat(Blind15Creds.ibanMod(r.secret().replace(" ", ""))).isEqualTo(1);
      }
      if (r.label().equals("PLAIN") && r.kind().startsWith("github_") && !r.kind().contains("fine")) {
        assertThat(Blind15Creds.githubChecksumOk(r.secret())).isTrue();
      }
    }
    // base58check: the WIF decodes to 0x80 + 32 bytes + 0x01 + 4-byte checksum
    String wif = Blind15Creds.wif(new Random(3));
    assertThat(wif).matches("[KL][1-9A-HJ-NP-Za-km-z]{51}");
    // bech32 reference vector (BIP-173): "a12uel5l" is a valid empty-data string
    assertThat(Blind15Creds.bech32("a", new byte[0])).isEqualTo("a12uel5l");
    // the jwt.io documented example really is signed with "your-256-bit-secret"
    String hp = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ";
    assertThat(Blind15Creds.hmac("your-256-bit-secret", hp)).isEqualTo("SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");
  }

  @Test
  void negativesHoldNoRealSecret() {
    Set<String> secrets = new HashSet<>();
    ROWS.stream().filter(r -> !r.label().equals("NEGATIVE")).forEach(r -> secrets.add(r.secret()));
    Pattern digitsRun = Pattern.compile("(?<![0-9])[0-9]{13,19}(?![0-9])");
    for (Row r : ROWS) {
      if (!r.label().equals("NEGATIVE")) {
        continue;
      }
      for (String s : secrets) {
        assertThat(r.text()).doesNotContain(s);
      }
      if (r.generator().equals("card_fail_luhn")) {
        Matcher m = digitsRun.matcher(r.text());
        while (m.find()) {
          assertThat(Blind15Creds.luhnOk(m.group())).as(m.group()).isFalse();
        }
      }
      assertThat(r.text()).doesNotContain("PRIVATE KEY");
    }
  }
}
