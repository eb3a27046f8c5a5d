package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * National identity numbers with a check digit or letter (UK NHS, Australian TFN, Brazilian CNPJ,
 * Belgian national number, Norwegian fødselsnummer, Swiss AHV, Singapore NRIC, Turkish kimlik,
 * Irish PPSN, Italian codice fiscale): each generated with a valid check is found near its label,
 * and the same text with the check character changed is not. The values are random, not real
 * people's numbers.
 */
class NationalIdRulesTest {
  private final OutputScanner scanner = Fixtures.scanner();

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '~', quoteCharacter = '`', textBlock = """
      Patient NHS number: 083 016 6130 ~ uk-nhs-number ~ Patient NHS number: 083 016 6131
      TFN 628 194 821 on the payslip ~ au-tfn ~ TFN 628 194 822 on the payslip
      {"cnpj": "99.351.819/0001-60"} ~ br-cnpj ~ {"cnpj": "99.351.819/0001-61"}
      Rijksregisternummer: 63.10.07-509.92 ~ be-national-number ~ Rijksregisternummer: 63.10.07-509.93
      fødselsnummer=22097739718 ~ no-fodselsnummer ~ fødselsnummer=22097739719
      AHV-Nr. 756.5797.5432.37 ~ ch-ahv ~ AHV-Nr. 756.5797.5432.38
      NRIC: S1948757A ~ sg-nric ~ NRIC: S1948757B
      TC Kimlik No: 59118625254 ~ tr-kimlik ~ TC Kimlik No: 59118625255
      PPSN: 7601895K ~ ie-ppsn ~ PPSN: 7601895A
      codice_fiscale: KWLTPS79B27C376O ~ it-codice-fiscale ~ codice_fiscale: KWLTPS79B27C376A
      Il codice fiscale del cliente è PWVCBX94E21S797B. ~ it-codice-fiscale ~ Il codice fiscale del cliente è PWVCBX94E21S797A.
      """)
  void foundWithAValidCheckAndNotWithABrokenOne(String text, String rule, String broken) {
    assertThat(scanner.scan(text).findings()).as(text).extracting(Finding::ruleId).contains(rule);
    assertThat(scanner.scan(broken).findings()).as(broken).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '~', quoteCharacter = '`', textBlock = """
      NHS number: 943 476 5919 ~ the NHS's own example number
      AHV-Nr. 756.9217.0769.85 ~ the AHV example the federal office prints
      NRIC: S1234567D ~ the example NRIC of most explainers
      order 4829104726 shipped ~ ten digits without a label
      ref ABCDEF12G34H567I ~ a code shaped like a codice fiscale with a wrong check letter
      """)
  void documentedExamplesAndUnlabelledNumbersStayClean(String text, String why) {
    assertThat(scanner.scan(text).findings()).as(why).isEmpty();
  }
}
