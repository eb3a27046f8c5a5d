package io.moltr.core.scan;

import static io.moltr.core.scan.Blind11Util.ALNUM;
import static io.moltr.core.scan.Blind11Util.DIGITS;
import static io.moltr.core.scan.Blind11Util.HEX;
import static io.moltr.core.scan.Blind11Util.mixed;
import static io.moltr.core.scan.Blind11Util.pick;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One pair (or more) per fix made after the eleventh blind corpus's first run: the case now
 * handled, and a near case of the same shape that stays clean. Values are made up here, from
 * their own seed, not taken from the corpus.
 */
class Blind11FixesTest {

  record Pair(String fix, String text, boolean leak) {
    @Override
    public String toString() {
      return fix + (leak ? " (leak)" : " (clean)");
    }
  }

  static final OutputScanner SCANNER = Fixtures.scanner();

  static String tags(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.appendCodePoint(0xE0000 + c);
    }
    return sb.toString();
  }

  static String fullwidth(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c > 0x20 && c < 0x7f ? (char) (c - 0x21 + 0xFF01) : c);
    }
    return sb.toString();
  }

  static String groups(String s, int w, String sep) {
    return Blind11Encodings.chunks(s, w, sep);
  }

  static String isikukood(Random r) {
    return Blind11Util.estonianCheck("4" + String.format("%02d%02d%02d", 70 + r.nextInt(20), 1 + r.nextInt(12),
        1 + r.nextInt(28)) + pick(r, DIGITS, 3));
  }

  static String offByOne(String s) {
    int i = s.length() - 1;
    return s.substring(0, i) + (char) ('0' + (s.charAt(i) - '0' + 1) % 10);
  }

  static List<Pair> pairs() {
    Random r = new Random(0xF1_1E5L);
    List<Pair> p = new ArrayList<>();

    // Stripe's documented test cards are examples; an undocumented Luhn-valid Visa is not.
    p.add(new Pair("stripe-test-cards", "Use 4000 0027 6000 3184 to trigger authentication and 4000 0000 0000 0069 for an "
        + "expired card.", false));
    p.add(new Pair("stripe-test-cards", "Charged card 4" + Blind11Util.luhnComplete(r, "4716", 16).substring(1) + " for order 8812.",
        true));

    // Image defaults on a local host are the stock dev setup; the same pair on a remote host, or a
    // real password on localhost, is a leak.
    p.add(new Pair("db-url-defaults", "DATABASE_URL=postgres://postgres:postgres@localhost:5432/shop_dev", false));
    p.add(new Pair("db-url-defaults", "AMQP_URL=amqp://guest:guest@rabbitmq:5672/", false));
    p.add(new Pair("db-url-defaults", "DATABASE_URL=postgres://postgres:postgres@pg-main.prod.example-corp.net:5432/shop", true));
    p.add(new Pair("db-url-defaults", "DATABASE_URL=postgres://shop:" + mixed(r, ALNUM, 18) + "@localhost:5432/shop", true));

    // ID labels written as identifiers.
    p.add(new Pair("ssn-identifier", "| `SOCIAL_SECURITY_NUMBER` | `" + (100 + r.nextInt(500)) + "-" + (10 + r.nextInt(80)) + "-"
        + (1000 + r.nextInt(8000)) + "` |", true));
    p.add(new Pair("ssn-identifier", "| `SOCIAL_SECURITY_NUMBER` | `000-12-3456` |", false));
    String sin = Blind11Util.luhnComplete(r, "5", 9);
    p.add(new Pair("sin-identifier", "socialInsuranceNumber: \"" + sin.substring(0, 3) + " " + sin.substring(3, 6) + " "
        + sin.substring(6) + "\"", true));
    p.add(new Pair("sin-identifier", "socialInsuranceNumber: \"" + sin.substring(0, 3) + " " + sin.substring(3, 6) + " "
        + offByOne(sin).substring(6) + "\"", false));
    p.add(new Pair("sin-makefile", "SIN ?= " + sin, true));
    p.add(new Pair("sin-makefile", "SIN ?= " + offByOne(sin), false));
    int dni = 30000000 + r.nextInt(60000000);
    String dniOk = dni + Blind11Util.dniLetter(dni);
    String dniBad = dni + Blind11Util.dniLetter(dni + 1);
    p.add(new Pair("dni-label", "documentoNacionalDeIdentidad: " + dniOk, true));
    p.add(new Pair("dni-label", "documentoNacionalDeIdentidad: " + dniBad, false));
    p.add(new Pair("dni-rot13", "print(codecs.decode('" + Blind11Util.rot13("DNI=" + dniOk) + "', 'rot13'))", true));
    p.add(new Pair("dni-rot13", "print(codecs.decode('" + Blind11Util.rot13("DNI=" + dniBad) + "', 'rot13'))", false));

    // Estonian / Lithuanian personal code: label, date and check digit.
    String ik = isikukood(r);
    p.add(new Pair("ee-isikukood", "Kliendi isikukood: " + ik, true));
    p.add(new Pair("ee-isikukood", "Kliendi isikukood: " + offByOne(ik), false));
    p.add(new Pair("ee-isikukood", "{\"asmens_kodas\": \"" + isikukood(r) + "\"}", true));
    p.add(new Pair("ee-isikukood", "personal code of conduct, revision 41234567890", false));

    // Mailgun's newer key shape needs the provider's name.
    String mg = pick(r, HEX, 32) + "-" + pick(r, HEX, 8) + "-" + pick(r, HEX, 8);
    p.add(new Pair("mailgun-v2", "form: key=MAILGUN_SENDING_KEY%3D" + mg + "&domain=mg.example.org", true));
    p.add(new Pair("mailgun-v2", "build " + mg + " finished", false));

    // Makefile ?= and XML value= are assignments.
    String cf = mixed(r, ALNUM + "_-", 40);
    p.add(new Pair("makefile-assign", "CLOUDFLARE_API_TOKEN ?= " + cf, true));
    p.add(new Pair("makefile-assign", "CLOUDFLARE_API_TOKEN ?= $(shell cat .cf-token)", false));
    p.add(new Pair("xml-value", "<add key=\"LedgerSigningSecret\" value=\"" + Blind11Util.b64(Blind11Util.bytes(r, 32)) + "\" />", true));
    p.add(new Pair("xml-value", "<add key=\"LedgerSigningSecret\" value=\"\" />", false));
    p.add(new Pair("ampersand-end", "grant_type=client_credentials&client_secret=" + mixed(r, ALNUM, 34) + "&scope=read", true));
    p.add(new Pair("ampersand-end", "grant_type=client_credentials&client_secret=${CLIENT_SECRET}&scope=read", false));

    // printenv / echo of a secret-named variable.
    p.add(new Pair("printenv", "$ printenv BILLING_WEBHOOK_SECRET\n" + mixed(r, ALNUM, 36) + "\n$ ", true));
    p.add(new Pair("printenv", "$ echo \"$SIGNING_KEY_PATH\"\n/etc/billing/keys/signing.pem\n$ ", false));

    // Unicode tag characters glued to a sentence's full stop.
    p.add(new Pair("tags-after-sentence", "All set, nothing to report." + tags("gsk_" + mixed(r, ALNUM, 52)), true));
    p.add(new Pair("tags-after-sentence", "All set, nothing to report." + tags("thanks, and have a lovely weekend"), false));

    // Keys read out in fixed-width groups glued by '-' or '.', or " . " between groups.
    p.add(new Pair("periodic-groups", "Spell it out: " + groups("nfp_" + mixed(r, ALNUM, 36), 4, "-"), true));
    p.add(new Pair("periodic-groups", "Licence: " + groups("Q" + pick(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 24), 5, "-"), false));
    p.add(new Pair("periodic-groups", "token: " + groups("glpat-" + mixed(r, ALNUM, 20), 3, "."), true));
    p.add(new Pair("periodic-groups", "hosts 10.120.33.4 and 10.120.33.5 at v1.22.3.4.5.6 build a.b.c.d.e.f", false));
    p.add(new Pair("spaced-dot-pieces", "→ " + groups(Blind11Util.crcToken(r, "ghp_"), 4, " . "), true));
    p.add(new Pair("spaced-dot-pieces", "see . the . notes . for . more . on . this", false));

    // A value ends at a non-ASCII character: fullwidth text folded, inside corner brackets.
    p.add(new Pair("non-ascii-end", "「" + fullwidth("SESSION_SECRET=" + Blind11Util.b64(Blind11Util.bytes(r, 30))) + "」", true));
    p.add(new Pair("non-ascii-end", "「" + fullwidth("SESSION_SECRET=your-session-secret") + "」", false));
    // JSON string escapes: the escaped segment runs on over plain spaces to the closing quote.
    String aadhaar = Blind11Util.verhoeffComplete("7" + pick(r, DIGITS, 10));
    String spaced = aadhaar.substring(0, 4) + " " + aadhaar.substring(4, 8) + " " + aadhaar.substring(8);
    p.add(new Pair("json-escape-spaces", "{\"type\":\"tool_result\",\"text\":\"aadhaar_no\\u003a " + spaced + "\"}", true));
    String wrong = aadhaar.substring(0, 4) + " " + aadhaar.substring(4, 8) + " " + offByOne(aadhaar).substring(8);
    p.add(new Pair("json-escape-spaces", "{\"type\":\"tool_result\",\"text\":\"aadhaar_no\\u003a " + wrong + "\"}", false));
    return p;
  }

  @ParameterizedTest
  @MethodSource("pairs")
  void fixHolds(Pair pair) {
    ScanReport rep = SCANNER.scan(pair.text());
    String rules = rep.findings().stream().map(Finding::ruleId).collect(Collectors.joining(","));
    assertThat(!rep.clean()).as(pair + " [" + rules + "]: " + pair.text()).isEqualTo(pair.leak());
  }
}
