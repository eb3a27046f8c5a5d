package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind24Corpus.Row;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The blind-24 generator's own sanity: checksums, forms, counts, spread. */
class Blind24SelfCheckTest {
  private final List<Row> rows = Blind24Corpus.build();

  @Test
  void deterministic() {
    assertThat(Blind24Corpus.build()).isEqualTo(rows);
  }

  @Test
  void everyRowCarriesItsForm() {
    for (Row row : rows) {
      assertThat(row.text().replace("\r\n", "\n")).as(row.kind() + "/" + row.context()).contains(row.form());
      if (row.label().equals("ENCODED")) {
        assertThat(row.form()).as(row.kind() + " " + row.encoding()).doesNotContain(row.secret());
      }
    }
  }

  @Test
  void checksumsHold() {
    for (Row row : rows) {
      String s = row.secret();
      if (row.label().equals("NEGATIVE")) {
        if (row.kind().equals("card_bad_luhn")) {
          assertThat(Blind24Secrets.luhn(s)).isFalse();
        }
        if (row.kind().equals("iban_bad_mod97")) {
          assertThat(Blind24Secrets.ibanValid(s)).isFalse();
        }
        if (row.kind().equals("bitcoin_address")) {
          assertThat(Blind24Secrets.base58checkValid(s)).isTrue();
        }
        continue;
      }
      if (row.kind().startsWith("card_") || row.kind().equals("se_personnummer")) {
        assertThat(Blind24Secrets.luhn(s)).as(s).isTrue();
      }
      if (row.kind().equals("iban")) {
        assertThat(Blind24Secrets.ibanValid(s)).as(s).isTrue();
      }
      if (row.kind().startsWith("github_") && !row.kind().equals("github_fine_grained")) {
        assertThat(Blind24Secrets.crcValid(s, s.substring(0, 4))).as(s).isTrue();
      }
      if (row.kind().equals("npm_token")) {
        assertThat(Blind24Secrets.crcValid(s, "npm_")).isTrue();
      }
      if (row.kind().equals("bitcoin_wif")) {
        assertThat(Blind24Secrets.base58checkValid(s)).isTrue();
        assertThat(s).matches("[KL].{51}");
      }
      if (row.kind().equals("age_secret_key")) {
        assertThat(Blind24Secrets.bech32Valid(s)).isTrue();
        assertThat(s).startsWith("AGE-SECRET-KEY-1").hasSize(74);
      }
      if (row.kind().equals("jwt_hs256") || row.kind().equals("supabase_service_role")) {
        String[] p = s.split("\\.");
        assertThat(p).hasSize(3);
        String head = new String(Base64.getUrlDecoder().decode(p[0]), StandardCharsets.UTF_8);
        assertThat(head).contains("HS256");
        assertThat(p[2]).hasSize(43);
      }
      if (row.kind().equals("nl_bsn")) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
          sum += (s.charAt(i) - '0') * (9 - i);
        }
        assertThat((sum - (s.charAt(8) - '0')) % 11).isZero();
      }
      if (row.kind().equals("es_dni")) {
        int n = Integer.parseInt(s.substring(0, 8));
        assertThat(s.charAt(8)).isEqualTo("TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23));
      }
      if (row.kind().equals("fr_nir")) {
        long n = Long.parseLong(s.substring(0, 13));
        assertThat(97 - n % 97).isEqualTo(Long.parseLong(s.substring(13)));
      }
      if (row.kind().equals("aws_access_key_id")) {
        assertThat(s).matches("AKIA[A-Z2-7]{16}");
      }
    }
  }

  @Test
  void encodedBase64FormsRoundTrip() {
    for (Row row : rows) {
      if (row.label().equals("ENCODED") && (row.encoding().equals("base64") || row.encoding().equals("base64_nopad"))) {
        String dec = new String(Base64.getDecoder().decode(row.form()), StandardCharsets.UTF_8);
        assertThat(dec).contains(row.secret());
      }
    }
  }

  @Test
  void negativesCarryNoPositiveSecret() {
    Set<String> secrets = new HashSet<>();
    rows.stream().filter(r -> !r.label().equals("NEGATIVE")).forEach(r -> secrets.add(r.secret()));
    for (Row row : rows) {
      if (row.label().equals("NEGATIVE")) {
        for (String s : secrets) {
          assertThat(row.text()).doesNotContain(s);
        }
      }
    }
  }

  @Test
  void spreadAsBriefed() {
    Map<String, Integer> perKind = new HashMap<>();
    Map<String, Set<String>> ctxPerKind = new HashMap<>();
    Map<String, Set<String>> ctxPerNeg = new HashMap<>();
    Set<String> encodings = new HashSet<>();
    int plain = 0;
    int enc = 0;
    int depth2 = 0;
    int neg = 0;
    for (Row row : rows) {
      switch (row.label()) {
        case "PLAIN" -> {
          plain++;
          perKind.merge(row.kind(), 1, Integer::sum);
          ctxPerKind.computeIfAbsent(row.kind(), k -> new HashSet<>()).add(row.context());
        }
        case "ENCODED" -> {
          enc++;
          encodings.add(row.encoding());
          if (row.encoding().contains("+")) {
            depth2++;
          }
        }
        default -> {
          neg++;
          ctxPerNeg.computeIfAbsent(row.kind(), k -> new HashSet<>()).add(row.context());
        }
      }
    }
    assertThat(perKind.size()).isGreaterThanOrEqualTo(60);
    int cap = plain * 4 / 100;
    perKind.values().forEach(n -> assertThat(n).isLessThanOrEqualTo(cap));
    ctxPerKind.values().forEach(c -> assertThat(c.size()).isGreaterThanOrEqualTo(4));
    ctxPerNeg.values().forEach(c -> assertThat(c.size()).isGreaterThanOrEqualTo(4));
    assertThat(ctxPerNeg.size()).isGreaterThanOrEqualTo(50);
    assertThat(encodings.size()).isGreaterThanOrEqualTo(12);
    assertThat(enc).isBetween(130, 170);
    assertThat(depth2).isBetween(enc / 6, enc / 4);
    assertThat(neg).isGreaterThanOrEqualTo(900);
    assertThat(plain).isGreaterThanOrEqualTo(280);
  }
}
