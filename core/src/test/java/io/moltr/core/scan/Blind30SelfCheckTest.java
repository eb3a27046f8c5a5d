package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind30Corpus.Row;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The generator's own sanity: checksums hold, rows hold their secret, negatives hold none. */
class Blind30SelfCheckTest {
  private final List<Row> rows = Blind30Corpus.rows();

  @Test
  void countsAndKinds() {
    assertThat(rows.stream().filter(r -> r.label().equals("PLAIN")).count()).isGreaterThanOrEqualTo(250);
    assertThat(rows.stream().filter(r -> r.label().equals("ENCODED")).count()).isGreaterThanOrEqualTo(120);
    assertThat(rows.stream().filter(r -> r.label().equals("NEGATIVE")).count()).isGreaterThanOrEqualTo(1100);
    assertThat(Blind30Secrets.KINDS.size()).isGreaterThanOrEqualTo(55);
    assertThat(Blind30Negatives.GENS.size()).isGreaterThanOrEqualTo(50);
    assertThat(Blind30Encoded.ENC.size()).isGreaterThanOrEqualTo(12);
    assertThat(rows.stream().map(Row::text).mapToInt(t -> t.split("\n", -1).length).max().orElse(0)).isLessThanOrEqualTo(40);
  }

  @Test
  void positivesHoldTheirSecretInTheStatedForm() {
    for (Row r : rows) {
      if (r.label().equals("NEGATIVE")) {
        continue;
      }
      assertThat(r.text()).as(r.kind() + "/" + r.encoding()).contains(r.form());
      if (r.label().equals("PLAIN")) {
        assertThat(r.form().replace("\\n", "\n").replace("\n+", "\n").replace("\n    ", "\n")).isEqualTo(r.secret());
      }
    }
  }

  @Test
  void checksumsHold() {
    Pattern card = Pattern.compile("^[0-9 ]{14,19}$");
    for (Row r : rows) {
      switch (r.kind()) {
        case "card" -> {
          assertThat(r.secret()).matches(card);
          assertThat(Blind30Util.luhnValid(r.secret().replace(" ", ""))).isTrue();
        }
        case "iban" -> assertThat(Blind30Util.ibanValid(r.secret())).as(r.secret()).isTrue();
        case "github-pat" -> assertThat(Blind30Util.crcTokenValid(r.secret(), r.secret().substring(0, 4))).isTrue();
        case "github-fine-grained" -> assertThat(r.secret()).matches("github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}");
        case "slack-token" -> assertThat(r.secret())
            .matches("xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24}|xoxp-[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[a-f0-9]{32}");
        case "npm" -> assertThat(Blind30Util.crcTokenValid(r.secret(), "npm_")).isTrue();
        case "jwt" -> {
          String[] p = r.secret().split("\\.");
          assertThat(p).hasSize(3);
          assertThat(p[2]).hasSize(43);
        }
        default -> { }
      }
    }
    assertThat(Blind30Util.ibanValid("GB82WEST12345698765432")).isTrue();
    assertThat(Blind30Util.luhnValid("4242424242424242")).isTrue();
    assertThat(Blind30Util.base58check(new byte[] {0})).isEqualTo("1Wh4bh");
  }

  @Test
  void negativesHoldNoGeneratedSecretAndNoValidNumber() {
    Set<String> secrets = new HashSet<>();
    for (Row r : rows) {
      if (!r.label().equals("NEGATIVE")) {
        secrets.add(r.secret());
      }
    }
    Pattern sixteen = Pattern.compile("(?<![0-9])[0-9]{16}(?![0-9])");
    for (Row r : rows) {
      if (!r.label().equals("NEGATIVE")) {
        continue;
      }
      for (String s : secrets) {
        assertThat(r.text()).doesNotContain(s);
      }
      if (r.kind().equals("non-luhn-numbers")) {
        Matcher m = sixteen.matcher(r.text());
        while (m.find()) {
          assertThat(Blind30Util.luhnValid(m.group())).isFalse();
        }
      }
      if (r.kind().equals("bad-iban")) {
        Matcher m = Pattern.compile("DE[0-9]{20}").matcher(r.text());
        assertThat(m.find()).isTrue();
        assertThat(Blind30Util.ibanValid(m.group())).isFalse();
      }
    }
  }
}
