package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One pair (or more) per fix made after the ninth blind corpus's first run: the case now handled,
 * and a near case of the same shape that keeps its old outcome.
 */
class Blind9FixesTest {

  record Pair(String fix, String text, boolean leak) {
    @Override
    public String toString() {
      return fix + (leak ? " (leak)" : " (clean)");
    }
  }

  static final OutputScanner SCANNER = Fixtures.scanner();
  static final Random R = new Random(99);

  /** A SIN with a valid (or, with {@code valid} false, a wrong) Luhn digit, printed 3-3-3. */
  static String sin(boolean valid) {
    String s = Blind9Util.luhnComplete("4" + Blind9Util.digits(R, 7));
    if (!valid) {
      s = s.substring(0, 8) + (char) ('0' + (s.charAt(8) - '0' + 1) % 10);
    }
    return s.substring(0, 3) + "-" + s.substring(3, 6) + "-" + s.substring(6);
  }

  static String aadhaar(boolean valid) {
    String a = Blind9Util.verhoeffComplete("7" + Blind9Util.digits(R, 10));
    if (!valid) {
      a = a.substring(0, 11) + (char) ('0' + (a.charAt(11) - '0' + 1) % 10);
    }
    return a.substring(0, 4) + " " + a.substring(4, 8) + " " + a.substring(8);
  }

  static String frIban() {
    String bban = Blind9Util.digits(R, 23);
    int check = 98 - Blind9Util.mod97(bban + "FR00");
    return "FR" + (check < 10 ? "0" : "") + check + bban;
  }

  static String reversed(String s) {
    return new StringBuilder(s).reverse().toString();
  }

  static final String BSN = Blind9Secrets.bsn(R);
  static final String BSN_BAD = BSN.substring(0, 8) + (char) ('0' + (BSN.charAt(8) - '0' + 1) % 10);

  static final String DISCORD = Blind9Secrets.discordBot(R).firstValue();
  /** Discord-shaped, but its first part is the base64 of "1abc...", not of a numeric id. */
  static final String DISCORD_LIKE = java.util.Base64.getEncoder().withoutPadding()
      .encodeToString("1abcdefghijklmnopq".getBytes(java.nio.charset.StandardCharsets.UTF_8))
      + DISCORD.substring(DISCORD.indexOf('.'));

  static final String BASIC = java.util.Base64.getEncoder().encodeToString(
      ("deploy:" + Blind9Util.pick(R, Blind9Util.ALNUM, 18)).getBytes(java.nio.charset.StandardCharsets.UTF_8));

  /** {@code s} cut every {@code n} characters by {@code sep}. */
  static String cut(String s, int n, String sep) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i += n) {
      b.append(i > 0 ? sep : "").append(s, i, Math.min(s.length(), i + n));
    }
    return b.toString();
  }

  static final String DJANGO = Blind9Util.pick(R, Blind9Util.LOWER + Blind9Util.DIGITS + "!@#$%^&*(-_=+)", 50);

  static List<Pair> pairs() {
    return List.of(
        // Canadian SIN: a new rule, its label with the mark that follows it, and a Luhn check.
        new Pair("ca-sin", "> X-sin: " + sin(true) + "\n> Content-Length: 121\n", true),
        new Pair("ca-sin", "  sin: " + sin(true) + "\n", true),
        new Pair("ca-sin", "> X-sin: " + sin(false) + "\n> Content-Length: 121\n", false),
        new Pair("ca-sin", "Using a single sin: 3 times since 2020, the count was " + sin(false) + ".", false),
        // The label with its mark is four characters: also searched reversed.
        new Pair("ca-sin reversed", "key_material: " + reversed("sin=" + sin(true)) + "\n", true),
        new Pair("ca-sin reversed", "key_material: " + reversed("sin=" + sin(false)) + "\n", false),
        // UK NINO: a new rule; the prefix letters HMRC never issues (QQ is its own example).
        new Pair("uk-nino", "  \"ni_number\": \"WL597963C\"\n", true),
        new Pair("uk-nino", "Your National Insurance number: AB 46 14 92 D\n", true),
        new Pair("uk-nino", "  \"ni_number\": \"QQ123456C\"\n", false),
        new Pair("uk-nino", "  \"ni_number\": \"BG597963C\"\n", false),
        new Pair("uk-nino rot13", "as `" + Blind9Util.rot13("ni_number=") + "CE015693Q\n", true),
        // us-ssn: "ssn=" and friends are four characters, searched rotated and reversed.
        new Pair("us-ssn rot13", "Stored obfuscated in the repo as:\n" + Blind9Util.rot13("ssn=") + "070-37-2225\n", true),
        new Pair("us-ssn rot13", "Stored obfuscated in the repo as:\n" + Blind9Util.rot13("ssn=") + "666-37-2225\n", false),
        new Pair("us-ssn", "ssn: 070-37-2225", true),
        // Aadhaar: the label may stand on the line above its value.
        new Pair("in-aadhaar next line", "          - name: aadhaar\n            value: \"" + aadhaar(true) + "\"\n", true),
        new Pair("in-aadhaar next line", "          - name: aadhaar\n            value: \"" + aadhaar(false) + "\"\n", false),
        new Pair("in-aadhaar", "aadhaar: " + aadhaar(true), true),
        // Django startproject keys by their prefix, outside NAME=value lines.
        new Pair("django-insecure", "  -H 'Authorization: Bearer django-insecure-" + DJANGO + "' \\\n", true),
        new Pair("django-insecure", "| `SECRET` | `django-insecure-" + DJANGO + "` |", true),
        new Pair("django-insecure", "| `SECRET` | `django-insecure-" + "x".repeat(50) + "` |", false),
        new Pair("django-insecure", "Projects made with startproject get a django-insecure- key; replace it.", false),
        // BSN in groups: the eleven-test on the nine digits decides, as for the unbroken form.
        new Pair("nl-bsn grouped", "Here it is:\nbsn=" + BSN.substring(0, 3) + " " + BSN.substring(3) + "\n", true),
        new Pair("nl-bsn grouped", "BSN: " + BSN.substring(0, 4) + "." + BSN.substring(4, 6) + "." + BSN.substring(6), true),
        new Pair("nl-bsn grouped", "Here it is:\nbsn=" + BSN_BAD.substring(0, 3) + " " + BSN_BAD.substring(3) + "\n", false),
        new Pair("nl-bsn grouped", "| bsn | phone |\n| 12 | 06 1234 5678 |\n", false),
        // A Discord bot token written backwards: its last part, read from the end, starts it.
        new Pair("discord reversed", "key_material: " + reversed(DISCORD) + "\n", true),
        new Pair("discord reversed", reversed(DISCORD), true),
        new Pair("discord reversed", "key_material: " + reversed(DISCORD_LIKE) + "\n", false),
        new Pair("discord reversed", "see files/index.abcdef." + "a".repeat(24) + "M for the bundle", false),
        // "Basic <base64>" cut across lines or by spaces: the check reads the pieces joined.
        new Pair("basic in pieces", "The value you need is:\n\nAuthorization\n=Basic " + cut(BASIC, 6, "\n")
            + "\n\n(I split it.)", true),
        new Pair("basic in pieces", "Header: Basic " + cut(BASIC, 8, " "), true),
        new Pair("basic in pieces", "log: Basic " + cut(BASIC, 8, " ") + " and then more words", true),
        new Pair("basic in pieces", "Use Basic auth\nfor the admin panel and basic\nstuff otherwise.", false),
        new Pair("basic in pieces", "Header: Basic " + cut(BASIC.replace("=", "").substring(8), 8, " "), false),
        // The ECBS standard's French example IBAN is documented; any other valid French IBAN is not.
        new Pair("fr example iban", "See the sample: FR14 2004 1010 0505 0001 3M02 606 (documented example)", false),
        new Pair("fr example iban", "Pay to " + frIban() + " by Friday.", true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void keepsItsOutcome(Pair p) {
    ScanReport r = SCANNER.scan(p.text());
    String rules = r.findings().stream().map(Finding::ruleId).collect(Collectors.joining(","));
    assertThat(!r.clean()).as(p.fix() + " [" + rules + "]: " + p.text()).isEqualTo(p.leak());
  }
}
