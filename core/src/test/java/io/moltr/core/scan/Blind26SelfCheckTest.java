package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind26Corpus.Row;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Sanity of the blind-26 generator itself; calls no scanner code. */
class Blind26SelfCheckTest {
  private final List<Row> rows = Blind26Corpus.rows();

  private long count(String label) {
    return rows.stream().filter(r -> r.label().equals(label)).count();
  }

  @Test
  void sizesAndSpread() {
    assertThat(count("PLAIN")).isGreaterThanOrEqualTo(300);
    assertThat(count("ENCODED")).isGreaterThanOrEqualTo(110);
    assertThat(count("NEGATIVE")).isGreaterThanOrEqualTo(1000);
    Set<String> kinds = new HashSet<>();
    Set<String> gens = new HashSet<>();
    Set<String> encs = new HashSet<>();
    for (Row r : rows) {
      if (r.label().equals("NEGATIVE")) {
        gens.add(r.kind());
      } else {
        kinds.add(r.kind());
      }
      if (r.label().equals("ENCODED")) {
        encs.add(r.encoding());
      }
    }
    assertThat(kinds.size()).isGreaterThanOrEqualTo(55);
    assertThat(gens.size()).isGreaterThanOrEqualTo(50);
    assertThat(encs.size()).isGreaterThanOrEqualTo(12);
  }

  @Test
  void deterministic() {
    Blind26Gen a = new Blind26Gen(7);
    Blind26Gen b = new Blind26Gen(7);
    assertThat(a.crcToken("ghp_")).isEqualTo(b.crcToken("ghp_"));
  }

  @Test
  void everyPositiveShowsItsFormAndDecodesToItsSecret() {
    for (Row r : rows) {
      if (r.label().equals("NEGATIVE")) {
        continue;
      }
      assertThat(r.text()).as(r.kind() + "/" + r.context()).contains(r.form());
      if (r.label().equals("PLAIN")) {
        boolean same = r.form().equals(r.secret())
            || r.form().equals(Blind26Gen.jsonEsc(r.secret()))
            || r.form().equals(r.secret().replace("\n", "\\n"))
            || r.form().equals(r.secret().replace("\n", "\n    "))
            || r.form().equals(Blind26Gen.spacedIban(r.secret()));
        assertThat(same).as(r.kind() + "/" + r.context()).isTrue();
      } else if (Arrays.asList(Blind26Corpus.ENCODINGS).contains(r.encoding())
          && !r.context().startsWith("kube") && !r.context().startsWith("docker")
          && !r.context().startsWith("printenv") && !r.context().startsWith("git-")
          && !r.context().startsWith("curl")) {
        assertThat(Blind26Gen.encode(r.encoding(), r.secret())).isEqualTo(r.form());
      } else {
        String dec = new String(Base64.getMimeDecoder().decode(r.form()), StandardCharsets.UTF_8);
        assertThat(dec).as(r.kind() + "/" + r.context())
            .containsAnyOf(r.secret(), Blind26Gen.jsonEsc(r.secret()));
      }
    }
  }

  @Test
  void checksumsHold() {
    for (Row r : rows) {
      String s = r.secret();
      switch (r.kind()) {
        case "card":
          assertThat(Blind26Gen.luhn(s)).as(s).isTrue();
          break;
        case "iban":
          assertThat(Blind26Gen.mod97(s)).as(s).isEqualTo(1);
          break;
        case "national-id-cpf":
          assertThat(Blind26Gen.cpfValid(s)).as(s).isTrue();
          break;
        case "national-id-dni":
          assertThat(Blind26Gen.dniValid(s)).as(s).isTrue();
          break;
        case "github-pat":
        case "github-oauth":
        case "github-server":
          assertThat(Blind26Gen.crcTokenValid(s, s.substring(0, 4))).as(s).isTrue();
          break;
        case "npm":
          assertThat(Blind26Gen.crcTokenValid(s, "npm_")).as(s).isTrue();
          break;
        case "bitcoin-wif":
          assertThat(wifValid(s)).as(s).isTrue();
          break;
        case "age-secret-key":
          assertThat(s).matches("AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}");
          break;
        case "jwt-hs256":
        case "supabase-service-role":
        case "azure-access-token":
          String head = new String(Base64.getUrlDecoder().decode(s.split("\\.")[0]),
              StandardCharsets.UTF_8);
          assertThat(head).contains("\"alg\":\"").doesNotContain("none");
          assertThat(s.split("\\.")).hasSize(3);
          break;
        default:
          break;
      }
    }
  }

  static boolean wifValid(String s) {
    BigInteger v = BigInteger.ZERO;
    for (char c : s.toCharArray()) {
      v = v.multiply(BigInteger.valueOf(58)).add(BigInteger.valueOf(Blind26Gen.B58.indexOf(c)));
    }
    byte[] raw = v.toByteArray();
    byte[] all = new byte[38];
    System.arraycopy(raw, Math.max(0, raw.length - 38), all, 38 - Math.min(38, raw.length),
        Math.min(38, raw.length));
    byte[] payload = Arrays.copyOf(all, 34);
    byte[] chk = Blind26Gen.sha256(Blind26Gen.sha256(payload));
    return all[0] == (byte) 0x80 && Arrays.equals(Arrays.copyOfRange(chk, 0, 4),
        Arrays.copyOfRange(all, 34, 38));
  }

  @Test
  void negativesHoldNoRealSecret() {
    Set<String> secrets = new HashSet<>();
    for (Row r : rows) {
      if (!r.label().equals("NEGATIVE")) {
        secrets.add(r.secret());
      }
    }
    Pattern digitsRun = Pattern.compile("(?<![0-9])[0-9]{13,19}(?![0-9])");
    Pattern iban = Pattern.compile("\\b[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}\\b");
    Pattern gh = Pattern.compile("\\b(gh[pousr]_|npm_)[A-Za-z0-9]{36}\\b");
    List<String> bad = new ArrayList<>();
    for (Row r : rows) {
      if (!r.label().equals("NEGATIVE")) {
        continue;
      }
      for (String s : secrets) {
        if (r.text().contains(s)) {
          bad.add(r.kind() + " holds a positive's secret");
        }
      }
      Matcher m = digitsRun.matcher(r.text());
      while (m.find()) {
        String d = m.group();
        boolean cardLike = d.matches("(4|5[1-5]|2[2-7]|3[47]|6011|35|62).*");
        if (cardLike && Blind26Gen.luhn(d) && (d.length() == 16 || d.length() == 15)) {
          bad.add(r.kind() + " has a Luhn-valid card number " + d);
        }
      }
      m = iban.matcher(r.text());
      while (m.find()) {
        if (Blind26Gen.mod97(m.group()) == 1) {
          bad.add(r.kind() + " has a valid IBAN " + m.group());
        }
      }
      m = gh.matcher(r.text());
      while (m.find()) {
        String t = m.group();
        if (Blind26Gen.crcTokenValid(t, m.group(1))) {
          bad.add(r.kind() + " has a valid token " + t);
        }
      }
    }
    assertThat(bad).isEmpty();
  }
}
