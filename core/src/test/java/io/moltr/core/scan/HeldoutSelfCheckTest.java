package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.HeldoutCorpus.Sample;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import org.junit.jupiter.api.Test;

/** Checks the held-out generators themselves (formats, checksums), without the scanner. */
class HeldoutSelfCheckTest {

  static List<Sample> of(String kind) {
    return HeldoutCorpus.samples().stream().filter(s -> s.positive() && s.kind().equals(kind)).toList();
  }

  @Test
  void sizes() {
    List<Sample> all = HeldoutCorpus.samples();
    long plain = all.stream().filter(s -> s.positive() && !s.encoded()).count();
    long enc = all.stream().filter(Sample::encoded).count();
    long neg = all.stream().filter(s -> !s.positive()).count();
    System.out.println("kinds=" + HeldoutCredentials.KINDS.size() + " plain=" + plain + " encoded=" + enc + " negatives=" + neg);
    Map<String, Long> enc2 = new TreeMap<>(all.stream().filter(Sample::encoded).collect(Collectors.groupingBy(s -> s.encoding().replaceAll("/.*", ""), Collectors.counting())));
    System.out.println("encodings=" + enc2);
    Map<String, Long> neg2 = new TreeMap<>(all.stream().filter(s -> !s.positive()).collect(Collectors.groupingBy(Sample::kind, Collectors.counting())));
    System.out.println("negatives=" + neg2);
    assertThat(HeldoutCredentials.KINDS.size()).isGreaterThanOrEqualTo(55);
    assertThat(plain).isGreaterThanOrEqualTo(400);
    assertThat(neg).isGreaterThanOrEqualTo(400);
    assertThat(enc2.size()).isGreaterThanOrEqualTo(12);
  }

  @Test
  void githubAndNpmChecksums() {
    for (String k : List.of("github_classic_pat", "github_oauth_token", "github_app_token", "npm_token")) {
      for (Sample s : of(k)) {
        String v = s.value();
        String body = v.substring(4);
        assertThat(body).hasSize(36);
        assertThat(HeldoutCredentials.base62(HeldoutCredentials.crc32(body.substring(0, 30)), 6)).isEqualTo(body.substring(30));
      }
    }
  }

  @Test
  void cardsPassLuhnAndIbansPassMod97() {
    for (Sample s : HeldoutCorpus.samples()) {
      if (s.positive() && s.kind().startsWith("card_")) {
        assertThat(HeldoutCredentials.luhnValid(s.value().replaceAll("[ -]", ""))).as(s.value()).isTrue();
      }
      if (s.positive() && s.kind().equals("iban")) {
        assertThat(HeldoutCredentials.ibanValid(s.value())).as(s.value()).isTrue();
      }
      if (!s.positive() && s.kind().equals("iban_failing_checksum")) {
        String iban = s.text().replaceAll("(?s).*?([A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}).*", "$1");
        assertThat(HeldoutCredentials.ibanValid(iban)).as(iban).isFalse();
      }
      if (!s.positive() && s.kind().equals("luhn_failing_numbers")) {
        String digits = s.text().replaceAll("(?s).*?((?:[0-9][ ]?){15,16}).*", "$1").replace(" ", "");
        assertThat(HeldoutCredentials.luhnValid(digits)).as(digits).isFalse();
      }
    }
  }

  @Test
  void bip39PhrasesHaveValidChecksums() throws Exception {
    List<String> wl = HeldoutCredentials.bip39Words();
    for (Sample s : of("bip39_seed_phrase")) {
      String[] words = s.value().split(" ");
      BigInteger bits = BigInteger.ZERO;
      for (String w : words) {
        bits = bits.shiftLeft(11).or(BigInteger.valueOf(wl.indexOf(w)));
      }
      int cs = words.length / 3;
      int entBytes = (words.length * 11 - cs) / 8;
      byte[] ent = bits.shiftRight(cs).toByteArray();
      byte[] e = new byte[entBytes];
      System.arraycopy(ent, Math.max(0, ent.length - entBytes), e, Math.max(0, entBytes - ent.length), Math.min(ent.length, entBytes));
      int expected = (MessageDigest.getInstance("SHA-256").digest(e)[0] & 0xff) >> (8 - cs);
      assertThat(bits.and(BigInteger.valueOf((1 << cs) - 1)).intValue()).isEqualTo(expected);
    }
  }

  @Test
  void nationalIdChecksums() {
    for (Sample s : of("nl_bsn")) {
      String v = s.value();
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        sum += (9 - i) * (v.charAt(i) - '0');
      }
      assertThat((sum - (v.charAt(8) - '0')) % 11).isZero();
    }
    for (Sample s : of("es_dni")) {
      String v = s.value();
      String num = v.substring(0, 8).replace('X', '0').replace('Y', '1').replace('Z', '2');
      assertThat(v.charAt(8)).isEqualTo("TRWAGMYFPDXBNJZSQVHLCKE".charAt((int) (Long.parseLong(num) % 23)));
    }
    for (Sample s : of("pl_pesel")) {
      int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3, 1};
      int sum = 0;
      for (int i = 0; i < 11; i++) {
        sum += w[i] * (s.value().charAt(i) - '0');
      }
      assertThat(sum % 10).isZero();
    }
    for (Sample s : of("fr_nir")) {
      String v = s.value().replace(" ", "");
      assertThat(97 - Long.parseLong(v.substring(0, 13)) % 97).isEqualTo(Long.parseLong(v.substring(13)));
    }
    for (Sample s : of("se_personnummer")) {
      assertThat(HeldoutCredentials.luhnValid(s.value().replace("-", ""))).isTrue();
    }
  }

  @Test
  void wifAndJwtAndAge() throws Exception {
    for (Sample s : of("bitcoin_wif")) {
      assertThat(s.value()).matches("[5KL][1-9A-HJ-NP-Za-km-z]{50,51}");
    }
    for (Sample s : of("age_secret_key")) {
      assertThat(s.value()).matches("AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}");
    }
    for (Sample s : of("jwt_hs256_access_token")) {
      String[] parts = s.value().split("\\.");
      assertThat(parts).hasSize(3);
      assertThat(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8)).contains("HS256");
      assertThat(Base64.getUrlDecoder().decode(parts[2])).hasSize(32);
    }
    assertThat(Mac.getInstance("HmacSHA256")).isNotNull();
  }

  @Test
  void printSomeSamples() throws java.io.IOException {
    List<Sample> all = HeldoutCorpus.samples();
    StringBuilder dump = new StringBuilder();
    for (Sample s : all) {
      dump.append("==== #").append(s.id()).append(' ').append(s.positive() ? "POS " : "NEG ").append(s.kind()).append(" / ").append(s.context())
          .append(" / ").append(s.encoding()).append('\n').append(s.text()).append('\n');
    }
    if (java.nio.file.Files.isDirectory(java.nio.file.Path.of("target"))) {
      java.nio.file.Files.writeString(java.nio.file.Path.of("target", "heldout-samples.txt"), dump.toString());
    }
    for (int i = 0; i < all.size(); i += 97) {
      Sample s = all.get(i);
      System.out.println("---- #" + s.id() + " " + s.positive() + " " + s.kind() + " / " + s.context() + " / " + s.encoding() + "\n" + s.text());
    }
  }
}
