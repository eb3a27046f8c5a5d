package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind28Corpus.Row;
import io.moltr.core.scan.Blind28Secrets.Kind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The blind28 generator's own sanity: checksums, shapes, counts and that each row holds what it claims. */
class Blind28SelfCheckTest {
  @Test
  void countsAndVariety() {
    List<Row> rows = Blind28Corpus.rows();
    assertThat(rows.stream().filter(r -> r.label().equals("NEGATIVE")).count()).isGreaterThanOrEqualTo(1600);
    assertThat(rows.stream().filter(r -> r.label().equals("PLAIN")).count()).isEqualTo(250);
    assertThat(rows.stream().filter(r -> r.label().equals("ENCODED")).count()).isEqualTo(100);
    assertThat(Blind28Docs.GENERATORS).hasSizeGreaterThanOrEqualTo(50);
    Set<String> kinds = new HashSet<>();
    rows.stream().filter(r -> !r.label().equals("NEGATIVE")).forEach(r -> kinds.add(r.kind()));
    assertThat(kinds).hasSizeGreaterThanOrEqualTo(55);
    Set<String> encs = new HashSet<>();
    rows.stream().filter(r -> r.label().equals("ENCODED")).forEach(r -> encs.add(r.encoding()));
    assertThat(encs).hasSizeGreaterThanOrEqualTo(12);
  }

  @Test
  void everyRowIsLongAndPositivesHoldTheirForm() {
    for (Row r : Blind28Corpus.rows()) {
      int lines = r.text().split("\n", -1).length;
      assertThat(lines).as(r.context() + " " + r.kind()).isBetween(15, 80);
      if (!r.label().equals("NEGATIVE")) {
        assertThat(r.text()).as(r.kind() + "/" + r.encoding()).contains(r.form());
        assertThat(r.secret()).isNotEmpty();
      }
      if (r.label().equals("PLAIN")) {
        assertThat(r.form()).isIn(r.secret(), Blind28Corpus.jsonEscape(r.secret()), r.secret().replace("\n", "\n    "));
      }
    }
  }

  @Test
  void checksumsHold() {
    for (int i = 0; i < 200; i++) {
      Random r = new Random(i);
      for (Kind k : Blind28Secrets.KINDS) {
        String v = k.gen().apply(r).value();
        switch (k.name()) {
          case "card" -> assertThat(Blind28Util.luhn(v)).isTrue();
          case "iban" -> assertThat(Blind28Util.ibanValid(v)).isTrue();
          case "github_classic" -> assertThat(v.substring(34)).isEqualTo(Blind28Util.githubCheck(v.substring(4, 34)));
          case "bitcoin_wif" -> {
            assertThat(v).matches("[KL][1-9A-HJ-NP-Za-km-z]{51}");
          }
          case "jwt", "supabase" -> {
            String[] p = v.split("\\.");
            assertThat(p).hasSize(3);
            assertThat(new String(Base64.getUrlDecoder().decode(p[0]), StandardCharsets.UTF_8)).contains("HS256");
            assertThat(Base64.getUrlDecoder().decode(p[2])).hasSize(32);
          }
          case "aws_access_key" -> assertThat(v).matches("AKIA[A-Z2-7]{16}");
          case "openai" -> assertThat(v).contains("T3BlbkFJ");
          case "national_id" -> assertThat(v).matches("\\d{8}[A-Z]|\\d{9}|\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}");
          default -> assertThat(v).isNotBlank();
        }
      }
    }
    assertThat(Blind28Util.luhn("4111111111111111")).isTrue();
    assertThat(Blind28Util.ibanValid("GB82WEST12345698765432")).isTrue();
    assertThat(Blind28Util.encode("base64", "hi")).isEqualTo("aGk=");
    assertThat(Blind28Util.encode("base32", "hi")).isEqualTo("NBUQ====");
    assertThat(Blind28Util.encode("rot13", "Abc")).isEqualTo("Nop");
  }

  static final Pattern REAL = Pattern.compile(
      "-----BEGIN [A-Z ]*PRIVATE KEY|sk_live_[A-Za-z0-9]{20}|(ghp|gho|ghs|ghu)_[A-Za-z0-9]{36}|xox[bp]-\\d|glpat-[A-Za-z0-9_-]{20}"
          + "|npm_[A-Za-z0-9]{36}|AIza[A-Za-z0-9_-]{35}|hooks\\.slack\\.com/services/T[A-Z0-9]|sk-ant-api|T3BlbkFJ|://[^/\\s:@]+:[^/\\s@$]{6,}@");

  @Test
  void negativesHoldNoRealSecret() {
    for (Row r : Blind28Corpus.rows()) {
      if (r.label().equals("NEGATIVE")) {
        Matcher m = REAL.matcher(r.text());
        while (m.find()) {
          String hit = m.group();
          // documented placeholders are allowed: a run of X in a GitHub-shaped string
          assertThat(hit.matches("ghp_X{36}") || hit.equals("://postgres:postgres@")).as(r.context() + ": " + hit).isTrue();
        }
      }
    }
  }
}
