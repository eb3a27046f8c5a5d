package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind16Corpus.Label;
import io.moltr.core.scan.Blind16Corpus.Row;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The blind16 generator's own sanity: checksums hold, every row shows what it claims. */
class Blind16SelfCheckTest {
  private final List<Row> rows = Blind16Corpus.build();

  @Test
  void sizesAndSpread() {
    Map<Label, Long> n = rows.stream().collect(Collectors.groupingBy(Row::label, Collectors.counting()));
    assertThat(n.get(Label.PLAIN)).isGreaterThanOrEqualTo(250);
    assertThat(n.get(Label.ENCODED)).isGreaterThanOrEqualTo(200);
    assertThat(n.get(Label.NEGATIVE)).isGreaterThanOrEqualTo(1200);
    assertThat(rows.stream().filter(r -> r.label() == Label.NEGATIVE).map(Row::kind).distinct().count()).isGreaterThanOrEqualTo(60);
    assertThat(rows.stream().filter(r -> r.label() != Label.NEGATIVE).map(Row::kind).distinct().count()).isGreaterThanOrEqualTo(55);
    assertThat(rows.stream().filter(r -> r.label() == Label.ENCODED).map(Row::encoding).distinct().count()).isGreaterThanOrEqualTo(12);
  }

  @Test
  void deterministic() {
    assertThat(Blind16Corpus.build()).isEqualTo(rows);
  }

  @Test
  void positivesShowTheirSecret() {
    for (Row r : rows) {
      if (r.label() != Label.NEGATIVE) {
        String flat = r.shown().replace("\n", "");
        String head = flat.substring(0, Math.min(40, flat.length()));
        String want = r.label() == Label.ENCODED ? head : r.shown();
        String text = r.text().replace("\\\\", "\\").replace("\\n", "");
        assertThat(r.text().contains(want) || text.contains(want) || r.text().replace("\n", "").contains(want))
            .as(r.kind() + "/" + r.encoding() + "/" + r.context() + "\n" + r.text()).isTrue();
        assertThat(r.text().split("\n", -1).length).isLessThanOrEqualTo(40 + 30);
      }
    }
  }

  @Test
  void checksumsHold() {
    for (Row r : rows) {
      if (r.label() == Label.NEGATIVE) {
        continue;
      }
      String s = r.secret();
      switch (r.kind()) {
        case "card": assertThat(Blind16Creds.luhn(s)).as(s).isTrue(); break;
        case "iban": assertThat(Blind16Creds.ibanValid(s)).as(s).isTrue(); break;
        case "github_classic": case "npm": {
          String body = s.substring(s.indexOf('_') + 1, s.indexOf('_') + 31);
          assertThat(s).endsWith(Blind16Creds.b62(Blind16Creds.crc(body), 6));
          break;
        }
        case "jwt_hs256": assertThat(s.split("\\.")).hasSize(3); break;
        default: break;
      }
    }
  }

  @Test
  void negativesHoldNoValidChecksummedNumbers() {
    Set<String> bad = new TreeSet<>();
    for (Row r : rows) {
      if (r.label() != Label.NEGATIVE) {
        continue;
      }
      if (r.kind().equals("card_like_fail_luhn") && Blind16Creds.luhn(r.text().replaceAll("\\D", ""))) {
        bad.add(r.text());
      }
      if (r.kind().equals("iban_like_fail_mod97")) {
        String iban = r.text().replaceAll(".* ", "");
        if (Blind16Creds.ibanValid(iban)) {
          bad.add(r.text());
        }
      }
    }
    assertThat(bad).isEmpty();
  }
}
