package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind7Corpus.Label;
import io.moltr.core.scan.Blind7Corpus.Row;
import io.moltr.core.scan.Blind7Encodings.Encoding;
import io.moltr.core.scan.Blind7Secrets.Kind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Checks the Blind7 generator alone: checksums hold, encodings decode back, the mix is as promised. */
class Blind7SelfCheckTest {

  final List<Row> rows = Blind7Corpus.build();

  @Test
  void sizesAndMix() {
    long plain = rows.stream().filter(r -> r.label() == Label.PLAIN).count();
    long enc = rows.stream().filter(r -> r.label() == Label.ENCODED).count();
    long neg = rows.stream().filter(r -> r.label() == Label.NEGATIVE).count();
    assertThat(plain + enc).isGreaterThanOrEqualTo(350);
    assertThat(neg).isGreaterThanOrEqualTo(450);
    assertThat((double) plain / (plain + enc)).isBetween(0.5, 0.6);
    assertThat(rows.stream().filter(r -> r.label() == Label.ENCODED).map(Row::encoding).distinct().count())
        .isGreaterThanOrEqualTo(12);
    assertThat(rows.stream().filter(Row::leak).map(Row::kind).distinct().count()).isGreaterThanOrEqualTo(45);
    long mid = rows.stream().filter(r -> r.text().length() >= 400 && r.text().length() <= 4200).count();
    assertThat((double) mid / rows.size()).as("share of rows of 0.4-4.2 KB").isGreaterThan(0.8);
  }

  @Test
  void deterministic() {
    assertThat(Blind7Corpus.build()).isEqualTo(rows);
  }

  @Test
  void everyLeakCarriesItsProbe() {
    for (Row r : rows) {
      if (r.leak()) {
        assertThat(r.text()).as(r.id()).contains(r.probe());
      }
    }
  }

  @Test
  void encodingsDecodeBack() {
    for (Row r : rows) {
      if (r.label() != Label.ENCODED) {
        continue;
      }
      Encoding e = Blind7Encodings.byId(r.encoding());
      String decoded = e.decode().apply(r.probe());
      String expect = r.payload();
      if (r.encoding().startsWith("split") || r.encoding().equals("string-concat")) {
        String sep = r.encoding().equals("split-spaces") ? " " : r.encoding().equals("split-punct") ? "." : "\n";
        expect = expect.replace(sep, "");
      }
      assertThat(decoded).as(r.id() + " " + r.encoding()).isEqualTo(expect);
    }
  }

  @Test
  void checksumsOfGeneratedValues() {
    Random rnd = new Random(7);
    for (int i = 0; i < 200; i++) {
      String card = Blind7Secrets.card(rnd).replaceAll("[ -]", "");
      assertThat(Blind7Secrets.luhnValid(card)).as(card).isTrue();
      assertThat(Blind7Secrets.ibanValid(Blind7Secrets.ibanValue(rnd))).isTrue();
      assertThat(Blind7Secrets.base58checkValid(Blind7Secrets.wif(rnd))).isTrue();
      assertThat(Blind7Secrets.mnemonicValid(Blind7Secrets.seed(rnd))).isTrue();
      assertThat(Blind7Secrets.bech32Valid(Blind7Secrets.ageKey(rnd))).isTrue();
      String ghp = Blind7Secrets.crcToken(rnd, "ghp_");
      assertThat(ghp).hasSize(40);
      assertThat(Blind7Secrets.crc6(ghp.substring(4, 34))).isEqualTo(ghp.substring(34));
      assertThat(Blind7Secrets.verhoeffValid(Blind7Secrets.aadhaar(rnd).replace(" ", ""))).isTrue();
      assertThat(Blind7Secrets.luhnValid(Blind7Secrets.sin(rnd).replace(" ", ""))).isTrue();
    }
  }

  @Test
  void knownVectors() {
    // BIP39 reference vectors (all-zero and 0x7f entropy) and the Luhn / IBAN textbook examples.
    assertThat(Blind7Secrets.mnemonic(new byte[16])).isEqualTo(
        "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about");
    byte[] sevenF = new byte[16];
    java.util.Arrays.fill(sevenF, (byte) 0x7f);
    assertThat(Blind7Secrets.mnemonic(sevenF)).isEqualTo(
        "legal winner thank year wave sausage worth useful legal winner thank yellow");
    assertThat(Blind7Secrets.luhnValid("79927398713")).isTrue();
    assertThat(Blind7Secrets.ibanValid("GB82 WEST 1234 5698 7654 32")).isTrue();
    assertThat(Blind7Secrets.ibanValid("GB82 WEST 1234 5698 7654 33")).isFalse();
    assertThat(Blind7Secrets.verhoeffValid("2363")).isTrue();
    // Bitcoin genesis address: base58check of version 0 + hash160.
    assertThat(Blind7Secrets.base58checkValid("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")).isTrue();
  }

  @Test
  void jwtHeadersDecode() {
    Random rnd = new Random(3);
    for (int i = 0; i < 20; i++) {
      String jwt = Blind7Secrets.jwt(rnd, "{\"sub\":\"1\"}");
      String[] parts = jwt.split("\\.");
      assertThat(parts).hasSize(3);
      String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
      assertThat(header).contains("\"alg\"").contains("\"JWT\"");
      assertThat(parts[2]).isNotEmpty();
    }
  }

  @Test
  void negativesCarryNoGeneratedSecret() {
    assertThat(Blind7Secrets.KINDS.stream().map(Kind::id).distinct().count()).isGreaterThanOrEqualTo(45);
    for (Row r : rows) {
      if (!r.leak()) {
        assertThat(r.text()).as(r.id()).doesNotContain("PRIVATE KEY").doesNotContain("sk-ant-api03-")
            .doesNotContain("PuTTY-User-Key-File").doesNotContain("AGE-SECRET-KEY-");
      }
    }
  }
}
