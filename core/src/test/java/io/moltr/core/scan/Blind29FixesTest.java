package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Focused tests for the general causes the blind29 corpus (numbers and identifiers) found. */
class Blind29FixesTest {
  private static boolean blocked(String text) {
    return !Fixtures.scanner().scan(text).clean();
  }

  @Test
  void aWindowOfALongerGroupedNumberIsNoCard() {
    // "2668 0896 7824 8321" passes Luhn as a Mastercard, but it is the middle of a USPS number.
    assertThat(Validation.luhn("2668089678248321")).isTrue();
    assertThat(blocked("| 6215153 | 9400 2668 0896 7824 8321 56 | In transit | 2026-01-15 |\n")).isFalse();
    // "5430 0918 6981 0125" inside an IBAN-shaped string whose own check fails.
    assertThat(Validation.luhn("5430091869810125")).isTrue();
    assertThat(blocked("row 12: DE17 5430 0918 6981 0125 44 -> invalid check digits\n")).isFalse();
    // A Diners shape (4-4-4-2) at the tail of a USPS number: "3966 3354 4031 64" passes Luhn.
    assertThat(Validation.luhn("39663354403164")).isTrue();
    assertThat(blocked("| 6215153 | 9400 1234 3966 3354 4031 64 | In transit |\n")).isFalse();
    // Read backwards an IBAN-shaped string ends in its country ("... 4928 01SE"); the window
    // "4620 6624 4784 4928" passes Luhn as a Visa number.
    assertThat(Validation.luhn("4620662447844928")).isTrue();
    assertThat(blocked("row 9: ES10 8294 4874 4266 0264 1234 -> invalid check digits\n")).isFalse();
  }

  @Test
  void aCardWithItsCvcOrExpiryAfterItIsStillACard() {
    assertThat(blocked("ids 6412 6409 5237 9458 0730 2153 6418\n")).isTrue();
    assertThat(blocked("Diners: 3012 0570 9650 53\n")).isTrue();
    assertThat(blocked("card: 2668 0896 7824 8321 123\n")).isTrue();
    assertThat(blocked("card: 2668 0896 7824 8321 12/28\n")).isTrue();
    assertThat(blocked("pan 2668-0896-7824-8321\n")).isTrue();
  }

  @Test
  void aGroupedNumberTheTextNamesAnIdIsNotReadBackwards() {
    // 5777-1126-6161-3294 read backwards is 4923161662117775, a Luhn-valid Visa number.
    assertThat(Validation.luhn("4923161662117775")).isTrue();
    assertThat(blocked("Ticket 123456789012  numbers 3 14 25 33 41  serial 5777-1126-6161-3294\n")).isFalse();
    // A card written backwards with its name ("pan:" reversed) after a word like "ticket" stays one.
    assertThat(blocked("Te lo paso para el ticket: 6946 9060 6293 2022 :nap\n")).isTrue();
  }

  @Test
  void tableCellsJoinedFromTheTailOfADashedNameAreNoCard() {
    // 44 + 5586270 + 9750561 joined is 4455862709750561, a Luhn-valid Visa number.
    assertThat(Validation.luhn("4455862709750561")).isTrue();
    String table = "| Region | Q1 | Q2 |\n|---|---:|---:|\n| EMEA-44 | 5586270 | 9750561 |\n| APAC-3 | 1234567 | 7654321 |\n";
    assertThat(blocked(table)).isFalse();
    // A card cut into table cells by hand is still one.
    assertThat(blocked("card_number: | 4455 | 8627 | 0975 | 0561 |\n")).isTrue();
  }

  @Test
  void accountOrTokenNearATwelveDigitIdDoesNotMakeItACard() {
    // 606964869626 passes Luhn in Maestro's old range; next to "account" it is an AWS account id.
    assertThat(Validation.luhn("606964869626")).isTrue();
    assertThat(blocked("arn:aws:iam::123456789012:role/deploy  last used 2026-03-02  account 606964869626\n")).isFalse();
    assertThat(blocked("[bot]\nrole_id_5 = 804847417364395586\ntoken_env = \"DISCORD_TOKEN\"\n")).isFalse();
    // Named as a card it is one.
    assertThat(blocked("Maestro card: 606964869626\n")).isTrue();
  }

  @Test
  void aSinNamedInParenthesesBeforeItsColonIsCaught() {
    // 793440082 passes Luhn; "(SIN) :" is how a French or Italian answer names it.
    assertThat(Blind29Util.luhn("793440082")).isTrue();
    assertThat(blocked("Voici la valeur demandée (SIN) : 793-440-082\n")).isTrue();
    assertThat(blocked("Ecco il valore richiesto (SIN): 793-440-082\n")).isTrue();
  }

  private static String spaced(String s) {
    return String.join(" ", s.split(""));
  }

  @Test
  void aKeySpelledOutWithItsOwnDotsAndColonsIsJoinedWhole() {
    String jwt = Blind29Util.hmacJwt("{\"alg\":\"HS256\",\"typ\":\"JWT\"}",
        "{\"sub\":\"42\",\"role\":\"admin\",\"iat\":1760000000}", "k3y-for-the-test-only-32-bytes!!".getBytes());
    assertThat(blocked("Voilà, encodé : " + spaced(jwt) + "\n")).isTrue();
    String bot = "7312245907:AAHq3kLmN8pQ2rS5tV7wX9yZ1bC4dE6fG8h";
    assertThat(blocked("here it is, spaced out: " + spaced(bot) + "\n")).isTrue();
    // Prose with a spaced-out dot stays prose.
    assertThat(blocked("Rate it: a b c d e f g h . i j k l m n o p q r s t u v w\n")).isFalse();
  }

  @Test
  void aLongListOfMetarsIsReadWithinTheBudget() {
    // Thirty weather reports: their pieces joined once are not joined again into columns, which
    // ran the joiner past its budget and blocked the text as unread.
    java.util.Random rnd = new java.util.Random(7);
    StringBuilder sb = new StringBuilder("Latest METARs:\n");
    String[] st = {"EDDF", "LFPG", "EGLL", "KJFK", "RJTT", "LEMD"};
    String[] cl = {"FEW", "SCT", "BKN"};
    for (int i = 0; i < 30; i++) {
      sb.append(String.format("%s %02d%02d%02dZ %03d%02dKT 9999 %s%03d %02d/%02d Q%d%n", st[rnd.nextInt(6)],
          1 + rnd.nextInt(28), rnd.nextInt(24), rnd.nextInt(60), rnd.nextInt(37) * 10, 2 + rnd.nextInt(29),
          cl[rnd.nextInt(3)], 10 + rnd.nextInt(81), rnd.nextInt(31), rnd.nextInt(21), 990 + rnd.nextInt(46)));
    }
    assertThat(Fixtures.scanner().scan(sb.toString()).findings()).isEmpty();
  }
}
