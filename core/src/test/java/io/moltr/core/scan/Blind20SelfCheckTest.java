package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind20Corpus.Row;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Sanity of the blind20 generator itself: checksums, counts, and that rows hold what they say. */
class Blind20SelfCheckTest {
  static final List<Row> ROWS = Blind20Corpus.rows();

  static String norm(String s) {
    return s.lines().map(l -> l.strip().replaceFirst("^\\+", "")).collect(Collectors.joining("\n"));
  }

  @Test
  void countsMeetTheBrief() {
    long plain = ROWS.stream().filter(r -> r.label().equals("PLAIN")).count();
    long enc = ROWS.stream().filter(r -> r.label().equals("ENCODED")).count();
    long neg = ROWS.stream().filter(r -> r.label().equals("NEGATIVE")).count();
    Set<String> negGens = ROWS.stream().filter(r -> r.label().equals("NEGATIVE")).map(Row::generator).collect(Collectors.toSet());
    Set<String> kinds = ROWS.stream().filter(r -> !r.label().equals("NEGATIVE") && !r.label().equals("DEBATABLE"))
        .map(Row::kind).collect(Collectors.toSet());
    Set<String> encs = ROWS.stream().filter(r -> r.label().equals("ENCODED")).map(Row::encoding).collect(Collectors.toSet());
    assertThat(plain).isBetween(180L, 240L);
    assertThat(enc).isGreaterThanOrEqualTo(100);
    assertThat(neg).isGreaterThanOrEqualTo(1800);
    assertThat(negGens.size()).isGreaterThanOrEqualTo(90);
    assertThat(kinds.size()).isGreaterThanOrEqualTo(55);
    assertThat(encs.size()).isGreaterThanOrEqualTo(12);
  }

  @Test
  void positivesContainTheirSecret() {
    for (Row r : ROWS) {
      if (r.label().equals("PLAIN") || r.label().equals("ENCODED")) {
        assertThat(r.secret()).as(r.kind()).isNotEmpty();
        String text = r.context().equals("tool-call") ? r.text().replace("\\n", "\n") : r.text();
        assertThat(norm(text)).as(r.kind() + "/" + r.context()).contains(norm(r.secret()));
      }
    }
  }

  @Test
  void checksumsHold() {
    Blind20Util u = new Blind20Util(1);
    for (int i = 0; i < 50; i++) {
      assertThat(Blind20Util.luhn(u.card("4", 16))).isTrue();
      assertThat(Blind20Util.crcTokenValid(u.crcToken("ghp_"), "ghp_")).isTrue();
    }
    assertThat(Blind20Util.luhn("4111111111111111")).isTrue();
    assertThat(Blind20Util.ibanValid("GB82WEST12345698765432")).isTrue();
    assertThat(Blind20Util.ibanValid("DE89370400440532013000")).isTrue();
    assertThat(Blind20Util.base32(Blind20Util.utf8("foobar"))).isEqualTo("MZXW6YTBOI======");
    for (Row r : ROWS) {
      if (r.kind().startsWith("card-")) {
        assertThat(Blind20Util.luhn(r.secret())).as(r.secret()).isTrue();
      }
      if (r.kind().equals("iban") && r.label().equals("PLAIN")) {
        assertThat(Blind20Util.ibanValid(r.secret())).as(r.secret()).isTrue();
      }
      if (r.kind().startsWith("github-classic") && r.label().equals("PLAIN")) {
        assertThat(Blind20Util.crcTokenValid(r.secret(), "ghp_")).isTrue();
      }
      if (r.kind().equals("npm") && r.label().equals("PLAIN")) {
        assertThat(Blind20Util.crcTokenValid(r.secret(), "npm_")).isTrue();
      }
    }
  }

  static final Pattern DIGIT_RUN = Pattern.compile("(?<![0-9A-Za-z])[0-9]{13,19}(?![0-9A-Za-z])");
  static final Pattern IBAN_LIKE = Pattern.compile("\\b[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}\\b");

  @Test
  void negativesHoldNoRealSecret() {
    Set<String> secrets = new HashSet<>();
    for (Row r : ROWS) {
      if (r.label().equals("PLAIN")) {
        secrets.add(r.secret());
      }
    }
    for (Row r : ROWS) {
      if (!r.label().equals("NEGATIVE")) {
        continue;
      }
      for (String s : secrets) {
        assertThat(r.text()).doesNotContain(s);
      }
      Matcher m = DIGIT_RUN.matcher(r.text());
      while (m.find()) {
        if (m.group().chars().allMatch(c -> c == '0')) {
          continue; // an all-zero run is a fake-by-construction fixture, not a card number
        }
        assertThat(Blind20Util.luhn(m.group())).as(r.generator() + ": " + m.group()).isFalse();
      }
      Matcher b = IBAN_LIKE.matcher(r.text());
      while (b.find()) {
        assertThat(Blind20Util.ibanValid(b.group())).as(r.generator() + ": " + b.group()).isFalse();
      }
    }
  }
}
