package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The general fixes made after blind corpus 4, each on a hand-written case and a near miss. */
class Blind4FixesTest {
  static final String GH = Blind4Credentials.checksummedToken(new Random(11), "ghp_");

  static ScanReport scan(String t) {
    return Fixtures.scanner().scan(t);
  }

  static String tags(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().forEach(c -> b.appendCodePoint(0xE0000 + c));
    return b.toString();
  }

  @Test
  void asciiSmuggledInTagCharactersIsFoundAndRedacted() {
    String text = "Done! " + tags(GH) + " Anything else?";
    ScanReport r = scan(text);
    assertThat(r.findings()).extracting(Finding::ruleId).contains("github-pat");
    assertThat(r.findings().get(0).decoding()).containsExactly("unicode-tags");
    assertThat(r.redacted()).doesNotContain(tags(GH).substring(0, 20));
    assertThat(scan("Done! " + tags("see you tomorrow, bye") + " ok").clean()).isTrue();
  }

  @Test
  void base64OfUtf16IsDecoded() {
    String enc = Base64.getEncoder().encodeToString(("$t='" + GH + "'").getBytes(StandardCharsets.UTF_16LE));
    assertThat(scan("powershell -enc " + enc).findings()).extracting(Finding::ruleId).contains("github-pat");
    String prose = Base64.getEncoder().encodeToString("Write-Host 'hello world'".getBytes(StandardCharsets.UTF_16LE));
    assertThat(scan("powershell -enc " + prose).clean()).isTrue();
  }

  @Test
  void octalAndBracedEscapesAreDecoded() {
    StringBuilder oct = new StringBuilder();
    StringBuilder braced = new StringBuilder();
    for (char c : GH.toCharArray()) {
      oct.append(String.format("\\%03o", (int) c));
      braced.append(String.format("\\u{%x}", (int) c));
    }
    assertThat(scan("printf '" + oct + "'").findings()).extracting(Finding::ruleId).contains("github-pat");
    assertThat(scan("let k = \"" + braced + "\";").findings()).extracting(Finding::ruleId).contains("github-pat");
  }

  @Test
  void piecesJoinedBySeparatorsAreFound() {
    String pipes = String.join(" | ", Blind4Encodings.chunks(GH, 8));
    String lines = String.join("\n", Blind4Encodings.chunks(GH, 10));
    String concat = "t = (\"" + String.join("\" +\n     \"", Blind4Encodings.chunks(GH, 7)) + "\")";
    for (String t : new String[] {"parts: " + pipes, "parts:\n" + lines, concat}) {
      assertThat(scan(t).findings()).as(t).extracting(Finding::ruleId).contains("github-pat");
    }
    // a markdown table of ids and numbers is no key
    assertThat(scan("| 1679 | 3d9d40d5 | 15.28 | ok |\n| 2201 | 77ab01fe | 9.10 | ok |").clean()).isTrue();
  }

  @Test
  void valueOnTheLineBelowItsName() {
    String v = "Qm9x7Tz2Lw8Rk4Np6Hs3Jd5F";
    assertThat(scan("The value of `API_SECRET` is:\n\n`" + v + "`").clean()).isFalse();
    // an empty KEY= does not take the next line as its value
    assertThat(scan("DB_PASSWORD=\nDATABASE_URL=postgres://localhost/app\n").clean()).isTrue();
  }

  @Test
  void basicCredentialWithoutHeaderName() {
    String cred = Base64.getEncoder().encodeToString("deploy:Xp1qiDn009pXP4Z7".getBytes(StandardCharsets.US_ASCII));
    assertThat(scan("DEBUG sending Basic " + cred + " upstream").clean()).isFalse();
    assertThat(scan("Basic usage: run the tool with --help").clean()).isTrue();
  }

  @Test
  void reversedIbanAndItalianIban() {
    // IT: a check letter, bank and branch codes, then an account that may hold letters
    String it = Blind4Credentials.iban("IT", "X03069096061K4718216381");
    assertThat(scan("{\"iban\":\"" + it + "\"}").clean()).isFalse();
    String nl = Blind4Credentials.iban("NL", "ABNA0417164311");
    assertThat(scan("reversed: " + new StringBuilder(nl).reverse()).clean()).isFalse();
    // a country's IBAN has one length: the same check digits on a longer body fail
    assertThat(Validation.mod97(nl + "0")).isFalse();
  }
}
