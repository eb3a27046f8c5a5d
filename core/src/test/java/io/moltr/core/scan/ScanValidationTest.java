package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Published test vectors for each checksum, valid and with one character changed. */
class ScanValidationTest {
  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "luhn, 4539578763621486, true",
      "luhn, 4539578763621487, false",
      "mod97, DE89370400440532013000, true",
      "mod97, GB82WEST12345698765432, true",
      "mod97, DE89370400440532013001, false",
      "base58check, 5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ, true",
      "base58check, 5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTK, false",
      "bsn, 111222333, true",
      "bsn, 111222334, false",
      "dni, 12345678Z, true",
      "dni, 12345678A, false",
      "pesel, 44051401359, true",
      "pesel, 44051401358, false",
      "verhoeff, 234123412346, true",
      "verhoeff, 234123412347, false",
      "ssn, 123-45-6789, true",
      "ssn, 666-45-6789, false"})
  void checks(String kind, String value, boolean valid) {
    assertThat(Validation.parse(kind).confirm(value, 0, value.length()) != null).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({
      "'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about', true",
      "'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon', false",
      "'legal winner thank year wave sausage worth useful legal winner thank yellow', true",
      "'zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong', true"})
  void bip39Checksum(String phrase, boolean valid) {
    assertThat(Bip39.find(phrase, 0, phrase.length()) != null).isEqualTo(valid);
  }
}
