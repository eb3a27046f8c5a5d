package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generator's own sanity: formats, checksums, counts, and that each row says what it holds. */
class Blind18SelfCheckTest {
  static final List<Blind18Corpus.Row> ROWS = Blind18Corpus.build();

  static List<Blind18Corpus.Row> label(String l) {
    return ROWS.stream().filter(r -> r.label().equals(l)).toList();
  }

  @Test
  void countsMeetTheBrief() {
    assertThat(label("PLAIN")).hasSizeGreaterThanOrEqualTo(150);
    assertThat(label("ENCODED")).hasSizeGreaterThanOrEqualTo(300);
    assertThat(label("NEGATIVE")).hasSizeGreaterThanOrEqualTo(1200);
    assertThat(Blind18Negatives.all().stream().map(Blind18Negatives.Gen::name).distinct().count())
        .isGreaterThanOrEqualTo(60);
    assertThat(Blind18Creds.all()).hasSizeGreaterThanOrEqualTo(55);
    assertThat(ROWS.stream().filter(r -> !r.label().equals("NEGATIVE")).map(Blind18Corpus.Row::kind)
        .distinct().count()).isEqualTo(Blind18Creds.all().size());
    assertThat(Blind18Enc.all().stream().filter(e -> e.depth() == 2).count())
        .isGreaterThanOrEqualTo(8);
  }

  @Test
  void textsAreLongOutputs() {
    for (Blind18Corpus.Row r : ROWS) {
      int n = r.text().getBytes(StandardCharsets.UTF_8).length;
      assertThat(n).as(r.generator() + "/" + r.kind()).isBetween(500, 10 * 1024);
    }
  }

  @Test
  void sameCorpusEveryRun() {
    List<Blind18Corpus.Row> again = Blind18Corpus.build();
    assertThat(again).isEqualTo(ROWS);
  }

  @Test
  void positivesHoldTheirSecretInTheStatedForm() {
    Map<String, Blind18Enc.Enc> encs = new HashMap<>();
    Blind18Enc.all().forEach(e -> encs.put(e.name(), e));
    for (Blind18Corpus.Row r : ROWS) {
      if (r.label().equals("NEGATIVE")) {
        continue;
      }
      assertThat(r.text()).as(r.kind() + " " + r.encoding()).contains(r.shown());
      if (r.label().equals("PLAIN")) {
        assertThat(r.shown().equals(r.secret())
            || r.shown().equals(Blind18Contexts.jsonEsc(r.secret()))
            || r.shown().equals(Blind18Corpus.diffForm(r.secret()))).isTrue();
      } else {
        assertThat(r.shown()).doesNotContain(r.secret());
        assertThat(encs.get(r.encoding()).dec().apply(r.shown()))
            .as(r.kind() + " " + r.encoding()).isEqualTo(r.secret());
      }
    }
  }

  @Test
  void checksumsAndFormatsHold() {
    for (Blind18Corpus.Row r : ROWS) {
      String s = r.secret();
      String k = r.kind();
      if (k.startsWith("card-")) {
        assertThat(Blind18Creds.luhn(s)).as(s).isTrue();
      }
      if (k.startsWith("iban-")) {
        assertThat(Blind18Creds.ibanMod(s)).as(s).isEqualTo(1);
      }
      if (k.startsWith("github-pat") || k.equals("github-oauth") || k.equals("github-app")) {
        assertThat(Blind18Creds.crcTokenValid(s, s.substring(0, 4))).as(s).isTrue();
      }
      if (k.equals("npm")) {
        assertThat(Blind18Creds.crcTokenValid(s, "npm_")).as(s).isTrue();
      }
      if (k.equals("bitcoin-wif")) {
        assertThat(Blind18Creds.base58checkValid(s)).as(s).isTrue();
        assertThat(s.charAt(0)).isIn('5', 'K', 'L');
      }
      if (k.equals("age")) {
        assertThat(s).startsWith("AGE-SECRET-KEY-1").hasSize(74);
        assertThat(Blind18Creds.bech32Valid(s)).isTrue();
      }
      if (k.equals("jwt") || k.equals("supabase-service-role")) {
        String[] p = s.split("\\.");
        assertThat(p).hasSize(3);
        String head = new String(Base64.getUrlDecoder().decode(p[0]), StandardCharsets.UTF_8);
        assertThat(head).contains("HS256");
        assertThat(Base64.getUrlDecoder().decode(p[2])).hasSize(32);
      }
      if (k.equals("es-dni")) {
        int n = Integer.parseInt(s.substring(0, 8));
        assertThat(s.charAt(8)).isEqualTo("TRWAGMYFPDXBNJZSQVHLCKE".charAt(n % 23));
      }
      if (k.equals("nl-bsn")) {
        assertThat(Blind18Creds.bsnValid(s)).isTrue();
      }
      if (k.equals("se-personnummer")) {
        assertThat(Blind18Creds.luhn(s.replace("-", ""))).isTrue();
      }
      if (k.equals("openai")) {
        assertThat(s).startsWith("sk-proj-").contains("T3BlbkFJ");
      }
      if (k.equals("anthropic")) {
        assertThat(s).matches("sk-ant-api03-[A-Za-z0-9_-]{93}AA");
      }
      if (k.equals("aws-access-key")) {
        assertThat(s).matches("AKIA[A-Z2-7]{16}");
      }
    }
  }

  @Test
  void negativesHoldNoRealSecret() {
    Set<String> secrets = ROWS.stream().filter(r -> !r.label().equals("NEGATIVE"))
        .map(Blind18Corpus.Row::secret).collect(Collectors.toSet());
    Pattern digits = Pattern.compile("\\b\\d{13,19}\\b");
    Pattern iban = Pattern.compile("\\bDE\\d{20}\\b");
    for (Blind18Corpus.Row r : label("NEGATIVE")) {
      for (String s : secrets) {
        assertThat(r.text()).doesNotContain(s);
      }
      if (r.generator().equals("card-like-luhn-fail")) {
        Matcher m = digits.matcher(r.text());
        int n = 0;
        while (m.find()) {
          assertThat(Blind18Creds.luhn(m.group())).as(m.group()).isFalse();
          n++;
        }
        assertThat(n).isEqualTo(2);
      }
      if (r.generator().equals("iban-like-mod97-fail")) {
        Matcher m = iban.matcher(r.text());
        int n = 0;
        while (m.find()) {
          assertThat(Blind18Creds.ibanMod(m.group())).isNotEqualTo(1);
          n++;
        }
        assertThat(n).isEqualTo(2);
      }
    }
  }
}
