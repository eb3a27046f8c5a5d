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
  }

  @Test
  void aCardWithItsCvcOrExpiryAfterItIsStillACard() {
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
}
