package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind9Corpus.Label;
import io.moltr.core.scan.Blind9Corpus.Row;
import io.moltr.core.scan.Blind9Secrets.Kind;
import io.moltr.core.scan.Blind9Secrets.Secret;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The ninth corpus's generators checked on their own, without the scanner. */
class Blind9SelfCheckTest {

  static Secret gen(String kind, long seed) {
    for (Kind k : Blind9Secrets.kinds()) {
      if (k.name().equals(kind)) {
        return k.gen().apply(new Random(seed));
      }
    }
    throw new IllegalArgumentException(kind);
  }

  @Test
  void sizesMeetTheBrief() {
    List<Row> rows = Blind9Corpus.rows();
    assertThat(rows.stream().filter(r -> r.label() == Label.PLAIN).count()).isGreaterThanOrEqualTo(200);
    assertThat(rows.stream().filter(r -> r.label() == Label.ENCODED).count()).isGreaterThanOrEqualTo(150);
    assertThat(rows.stream().filter(r -> r.label() == Label.NEGATIVE).count()).isGreaterThanOrEqualTo(400);
    assertThat(Blind9Secrets.kinds().stream().map(Kind::name).distinct().count()).isGreaterThanOrEqualTo(60);
    assertThat(Blind9Negatives.all()).hasSizeGreaterThanOrEqualTo(40);
    Set<String> encodings = rows.stream().filter(r -> r.label() == Label.ENCODED).map(Row::encoding)
        .collect(Collectors.toSet());
    assertThat(encodings).hasSizeGreaterThanOrEqualTo(12);
  }

  @Test
  void theCorpusIsDeterministic() {
    assertThat(Blind9Corpus.build(Blind9Corpus.SEED).subList(0, 60))
        .isEqualTo(Blind9Corpus.build(Blind9Corpus.SEED).subList(0, 60));
  }

  @Test
  void plainRowsContainTheirSecret() {
    for (Row r : Blind9Corpus.rows()) {
      if (r.label() == Label.PLAIN) {
        assertThat(r.text()).as("row %d", r.id()).contains(r.probe());
      }
    }
  }

  @Test
  void githubAndNpmChecksumsAreValid() {
    for (long s = 0; s < 20; s++) {
      for (String k : List.of("github_classic_pat", "github_oauth", "npm")) {
        String t = gen(k, s).firstValue();
        String body = t.substring(4, t.length() - 6);
        assertThat(body).hasSize(30);
        assertThat(t.substring(t.length() - 6)).isEqualTo(Blind9Util.base62Crc(body));
      }
    }
    // A published checksum example: the CRC32 of the empty string is 0, i.e. "000000".
    assertThat(Blind9Util.base62Crc("")).isEqualTo("000000");
  }

  @Test
  void cardsPassLuhnAndHaveNetworkLengths() {
    assertThat(Blind9Util.luhnValid("4111111111111111")).isTrue();
    assertThat(Blind9Util.luhnValid("4111111111111112")).isFalse();
    for (long s = 0; s < 30; s++) {
      for (String k : List.of("card_visa", "card_mastercard", "card_amex", "card_discover", "card_jcb",
          "card_diners", "card_unionpay", "card_maestro")) {
        String n = gen(k, s).firstValue().replaceAll("[ -]", "");
        assertThat(Blind9Util.luhnValid(n)).as(k + " " + n).isTrue();
        assertThat(n.length()).isBetween(13, 19);
      }
    }
  }

  @Test
  void ibansPassMod97() {
    assertThat(Blind9Util.ibanValid("GB82WEST12345698765432")).isTrue();
    assertThat(Blind9Util.ibanValid("GB83WEST12345698765432")).isFalse();
    for (long s = 0; s < 50; s++) {
      assertThat(Blind9Util.ibanValid(gen("iban", s).firstValue())).isTrue();
    }
  }

  @Test
  void mnemonicsHaveValidChecksums() {
    assertThat(Blind9Util.bip39()).hasSize(2048);
    assertThat(Blind9Util.mnemonic(new byte[16])).isEqualTo("abandon ".repeat(11) + "about");
    assertThat(Blind9Util.mnemonicValid("abandon ".repeat(11) + "about")).isTrue();
    assertThat(Blind9Util.mnemonicValid("abandon ".repeat(12).trim())).isFalse();
    for (long s = 0; s < 30; s++) {
      assertThat(Blind9Util.mnemonicValid(gen("bip39_seed", s).firstValue())).isTrue();
    }
  }

  @Test
  void wifKeysDecodeWithValidChecksum() {
    for (long s = 0; s < 20; s++) {
      String wif = gen("wif_private_key", s).firstValue();
      byte[] raw = base58Decode(wif);
      byte[] payload = Arrays.copyOf(raw, raw.length - 4);
      byte[] sum = Blind9Util.sha256(Blind9Util.sha256(payload));
      assertThat(Arrays.copyOfRange(raw, raw.length - 4, raw.length)).isEqualTo(Arrays.copyOf(sum, 4));
      assertThat(payload[0]).isEqualTo((byte) 0x80);
      assertThat(wif.charAt(0)).isIn('5', 'K', 'L');
    }
  }

  static byte[] base58Decode(String s) {
    BigInteger v = BigInteger.ZERO;
    for (char c : s.toCharArray()) {
      v = v.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(Blind9Util.BASE58.indexOf(c)));
    }
    byte[] b = v.toByteArray();
    return b[0] == 0 ? Arrays.copyOfRange(b, 1, b.length) : b;
  }

  @Test
  void jwtsAreWellFormed() {
    String t = gen("jwt_hs256", 3).firstValue();
    String[] p = t.split("\\.");
    assertThat(p).hasSize(3);
    assertThat(new String(Base64.getUrlDecoder().decode(p[0]), StandardCharsets.UTF_8)).contains("HS256");
    assertThat(Base64.getUrlDecoder().decode(p[2])).hasSize(32);
  }

  @Test
  void privateKeysParse() throws Exception {
    String pem = gen("pkcs8_private_pem", 1).firstValue();
    byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    assertThat(KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der))).isNotNull();
    String rsa = gen("rsa_private_pem", 1).firstValue();
    byte[] p1 = Base64.getMimeDecoder().decode(rsa.replaceAll("-----[A-Z ]+-----", ""));
    assertThat(p1[0]).isEqualTo((byte) 0x30);
    assertThat(p1[4]).isEqualTo((byte) 0x02); // SEQUENCE { INTEGER version, ... }
    String ssh = gen("openssh_private", 1).firstValue();
    byte[] o = Base64.getMimeDecoder().decode(ssh.replaceAll("-----[A-Z ]+-----", ""));
    assertThat(new String(o, 0, 14, StandardCharsets.US_ASCII)).isEqualTo("openssh-key-v1");
  }

  @Test
  void nationalIdsCarryValidCheckDigits() {
    for (long s = 0; s < 30; s++) {
      String sin = gen("ca_sin", s).firstValue().replace("-", "");
      assertThat(Blind9Util.luhnValid(sin)).isTrue();
      String aad = gen("in_aadhaar", s).firstValue().replace(" ", "");
      assertThat(Blind9Util.verhoeffValid(aad)).isTrue();
      String dni = gen("es_dni", s).firstValue();
      int n = Integer.parseInt(dni.substring(0, 8));
      assertThat(dni.charAt(8)).isEqualTo("TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23));
    }
    // Published Verhoeff example: 236 has check digit 3.
    assertThat(Blind9Util.verhoeffComplete("236")).isEqualTo("2363");
    // 12345 -> 1 exercises every row of the permutation table up to the fifth (the first run
    // had a typo in row four, so some Aadhaar rows carried wrong check digits; README).
    assertThat(Blind9Util.verhoeffComplete("12345")).isEqualTo("123451");
    assertThat(Blind9Util.verhoeffValid("234123412346")).isTrue();
    // Published PESEL example 44051401359 is valid; its generator's rule must agree.
    assertThat(peselValid("44051401359")).isTrue();
    for (long s = 0; s < 30; s++) {
      assertThat(peselValid(gen("pl_pesel", s).firstValue())).isTrue();
    }
  }

  static boolean peselValid(String p) {
    int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += w[i] * (p.charAt(i) - '0');
    }
    return (10 - sum % 10) % 10 == p.charAt(10) - '0';
  }

  @Test
  void base64EncodingsRoundTrip() {
    for (Row r : Blind9Corpus.rows()) {
      if (r.label() == Label.ENCODED && r.encoding().equals("base64")) {
        Matcher m = Pattern.compile("[A-Za-z0-9+/]{16,}={0,2}").matcher(r.text());
        assertThat(m.find()).isTrue();
        Base64.getDecoder().decode(m.group());
      }
    }
  }

  @Test
  void negativesThatMimicChecksumsFailThem() {
    for (Row r : Blind9Corpus.rows()) {
      if (r.group().equals("luhn_failing_numbers")) {
        String n = r.text().substring(6, 22);
        assertThat(Blind9Util.luhnValid(n)).as(n).isFalse();
      }
      if (r.group().equals("iban_failing_mod97")) {
        String s = r.text().substring(11, r.text().indexOf(' ', 11));
        assertThat(Blind9Util.ibanValid(s)).isFalse();
      }
      if (r.group().equals("bip39_words_bad_checksum")) {
        String phrase = r.text().substring(r.text().indexOf(": ") + 2);
        assertThat(Blind9Util.mnemonicValid(phrase)).isFalse();
      }
    }
  }
}
