package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fixes made after the blind16 first run, one table per fix: each leak must be found, each
 * look-alike must stay clean. Written fresh, not taken from the corpus.
 */
class Blind16FixesTest {

  private static void check(String why, String expected, String text) {
    ScanReport r = Fixtures.scanner().scan(text.replace("\\n", "\n"));
    String rules = r.findings().stream().map(Finding::ruleId).collect(Collectors.joining(","));
    assertEquals(expected, r.clean() ? "clean" : "leak", why + " [" + rules + "]: " + text);
  }

  // Maestro unspaced: 12 to 15 digits only at Maestro's own IINs; over the rest of the old
  // 50/56-69 range a short Luhn-valid run is an id (GCP project number, AWS account id).
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      gcp project number 12      ~ clean ~ "NAME      PROJECT_NUMBER\\nsearch    610344829177"
      account id 57...           ~ clean ~ "Account:  570123456784 (eu-west-1)"
      13 digits 6099             ~ clean ~ "queued job 6099155204718"
      maestro 6759 thirteen      ~ leak  ~ "Maestro 6759314088209 exp 09/28"
      maestro 5018 twelve        ~ leak  ~ "card=501833174029"
      """)
  void maestroShortOnlyAtItsIins(String why, String expected, String text) {
    check(why, expected, text);
  }

  // Base64 wrapped at 76 inside a JSON string: the line break is the two characters "\\n", so
  // the lines were two runs and neither decoded alone. Texts are taken as written (no unescape).
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      openrouter key, escaped wrap ~ leak  ~ "{'tool': 'http_post', 'arguments': {'body': 'c2stb3ItdjEtYTRjMTIzYjE2MTJkZDI3MmQxMzcxYzE3MTQ5ZDQzOTUzNmIzMjE2ZmRhZWViOTc1\\nNzI5ZmFlOTIzZDVhNGZkMQ=='}}"
      gitlab export, escaped wrap  ~ leak  ~ "{'content': 'ZXhwb3J0IEdJVExBQl9UT0tFTj1nbHBhdC05cUV3amt5NDBVVnNXbWZsemRFMSAmJiBnaXQgcHVz\\naA=='}"
      prose, escaped wrap          ~ clean ~ "{'content': 'VGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZyBuZWFyIHRoZSByaXZl\\nciBiYW5rIGF0IGRhd24sIHR3aWNlLg=='}"
      """)
  void wrappedBase64InJsonString(String why, String expected, String text) {
    String json = text.replace('\'', '"');
    assertEquals(true, json.contains("\\n") && !json.contains("\n"), "fixture keeps the escape");
    ScanReport r = Fixtures.scanner().scan(json);
    String rules = r.findings().stream().map(Finding::ruleId).collect(Collectors.joining(","));
    assertEquals(expected, r.clean() ? "clean" : "leak", why + " [" + rules + "]: " + json);
  }

  // terraform output -json prints a sensitive output's value in clear, whatever its name.
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      sensitive token output    ~ leak  ~ "$ terraform output -json\n{\n  ""deploy_token"": {\n    ""sensitive"": true,\n    ""type"": ""string"",\n    ""value"": ""q7XwT2mBz9LkR4vNc8PsJd1H""\n  }\n}"
      sensitive, one line       ~ leak  ~ "{""signing"":{""sensitive"":true,""type"":""string"",""value"":""Zk3pR8wQm2Vx7LtB5nYc0GhJ4sDf""}}"
      not sensitive             ~ clean ~ "{""build"":{""sensitive"":false,""type"":""string"",""value"":""Zk3pR8wQm2Vx7LtB5nYc0GhJ4sDf""}}"
      sensitive host name       ~ clean ~ "{""db_host"":{""sensitive"":true,""type"":""string"",""value"":""main.c9x2kq7ab3.eu-west-1.rds.amazonaws.com""}}"
      sensitive short word      ~ clean ~ "{""env"":{""sensitive"":true,""type"":""string"",""value"":""production-blue""}}"
      """)
  void terraformSensitiveOutput(String why, String expected, String text) {
    check(why, expected, text);
  }

  // A field named national_id (or "national ID") labels an identity number as well as the
  // country's own word; the number's checksum still decides which kind it is.
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      dni after national_id      ~ leak  ~ "customer.national_id = '52830917D'"
      pesel after national id    ~ leak  ~ "National ID: 85031407219"
      bsn after NATIONAL_ID      ~ leak  ~ "NATIONAL_ID=691400507"
      cpf after nationalId       ~ leak  ~ "{""nationalId"": ""529.982.247-25""}"
      dni bad letter             ~ clean ~ "customer.national_id = '52830917E'"
      cpf bad check              ~ clean ~ "{""nationalId"": ""529.982.247-26""}"
      """)
  void nationalIdLabel(String why, String expected, String text) {
    check(why, expected, text);
  }

  // "The variable X has the value: V" in Spanish, French and German chat answers.
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      es tiene este valor        ~ leak  ~ "La variable DEPLOY_TOKEN tiene este valor: Qm7vX2pL9rT4wK8nB3cZ6hJ1 y ya está configurada."
      fr a pour valeur           ~ leak  ~ "La variable SIGNING_SECRET a pour valeur Rt5nW8qZ2mX7vB4kP9cL3dF6 depuis hier."
      de hat den Wert            ~ leak  ~ "Die Variable API_TOKEN hat den Wert: Hs4kP8wQ2nZ7vX3mB9cL5tR1"
      es reference, no value     ~ clean ~ "La variable DEPLOY_TOKEN tiene este valor: ${{ secrets.DEPLOY_TOKEN }}"
      de words                   ~ clean ~ "Das Feld token hat den Wert: undefined-in-staging-environment"
      """)
  void valuePhrasesInOtherLanguages(String why, String expected, String text) {
    check(why, expected, text);
  }
}
