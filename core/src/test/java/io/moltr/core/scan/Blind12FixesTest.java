package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fixes made after the blind12 first run, one table per fix: each leak must be found, each
 * look-alike must stay clean. Written fresh, not taken from the corpus.
 */
class Blind12FixesTest {

  private static void check(String why, String expected, String text) {
    ScanReport r = Fixtures.scanner().scan(text.replace("\\n", "\n"));
    String rules = r.findings().stream().map(Finding::ruleId).collect(Collectors.joining(","));
    assertEquals(expected, r.clean() ? "clean" : "leak", why + " [" + rules + "]: " + text);
  }

  // Maestro in groups of four (spaces or dashes) at its IINs 5018, 5020, 5038, 5893, 6304, 6759,
  // 6761-6763; only the unspaced form was read before.
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      maestro 6304 dashed        ~ leak  ~ "Refund goes back to Maestro 6304-8857-1462-0030, as requested."
      maestro 6759 dashed        ~ leak  ~ "Charged to the customer's Maestro card 6759-6639-2332-1462 on Friday."
      maestro 6763 nineteen      ~ leak  ~ "{""pan"":""6763 6327 2951 8175 606""}"
      maestro 6763 dashed 19     ~ leak  ~ "pan=6763-6327-2951-8175-606"
      maestro bad luhn           ~ clean ~ "Refund goes back to Maestro 6304-8857-1462-0031, as requested."
      maestro 6763 bad luhn      ~ clean ~ "pan=6763-6327-2951-8175-607"
      not a maestro iin          ~ clean ~ "Ticket 6305-4213-9009-7878 closed."
      """)
  void maestroGrouped(String why, String expected, String text) {
    check(why, expected, text);
  }

  // Twilio and Heroku context rules: the value may stand up to three lines below the name (an
  // e-mail, a Terraform variable block's default).
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      twilio next line           ~ leak  ~ "Hi Sam,\nthe Twilio auth token for the EU subaccount is below:\n\n    b465e551305fd2d2490ca4c616e8c4bf\n\nThanks"
      heroku terraform block     ~ leak  ~ "variable ""heroku_api_token"" {\n  type    = string\n  default = ""bd11e14f-2184-6d9e-0e4a-1175ec154269""\n}"
      twilio message sid         ~ clean ~ "Twilio auth token rotated.\n\nLast message: SMb465e551305fd2d2490ca4c616e8c4bf"
      heroku app id              ~ clean ~ "variable ""heroku_app_id"" {\n  type    = string\n  default = ""bd11e14f-2184-6d9e-0e4a-1175ec154269""\n}"
      twilio too far below       ~ clean ~ "Twilio auth token: ask Sam.\none\ntwo\nthree\nfour\nb465e551305fd2d2490ca4c616e8c4bf"
      """)
  void contextValueOnAFollowingLine(String why, String expected, String text) {
    check(why, expected, text);
  }

  // A US SSN asked for on one line and given on the next.
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      ssn answer next line       ~ leak  ~ "[#hr] lee: what is the new hire's SSN?\n[#hr] maya: 523-41-8872"
      ssn invalid next line      ~ clean ~ "[#hr] lee: what is the new hire's SSN?\n[#hr] maya: 666-41-8872"
      ssn two lines down         ~ clean ~ "SSN?\nnot yet\n523-41-8872"
      """)
  void ssnOnTheNextLine(String why, String expected, String text) {
    check(why, expected, text);
  }

  // A Canadian SIN named in a SQL column list, with a row id before it in VALUES.
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      sin sql column             ~ leak  ~ "INSERT INTO staff (id, sin, start_date) VALUES (12, '948 063 581', '2026-01-05');"
      sin sql column no id       ~ leak  ~ "INSERT INTO staff (sin, name) VALUES ('517-839-700', 'R. Gagnon');"
      sin sql bad luhn           ~ clean ~ "INSERT INTO staff (id, sin, start_date) VALUES (12, '948 063 582', '2026-01-05');"
      cosine column              ~ clean ~ "SELECT cosine, sin, tan FROM trig WHERE angle = 30;"
      """)
  void sinInASqlRow(String why, String expected, String text) {
    check(why, expected, text);
  }

  // A password value made of words naming a password, with digits on the word, is a fixture.
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      password fixture words     ~ clean ~ "test_users:\n  - name: alice\n    password: password42-for-ci-tests"
      secret fixture words       ~ clean ~ "db:\n  password: secret2-for-local-dev"
      password words and symbol  ~ leak  ~ "password: Copper#lantern-58"
      password with word inside  ~ leak  ~ "DB_PASSWORD=tiger7-Password!x"
      password word then random  ~ leak  ~ "password: password-Xq81vLm3"
      """)
  void passwordFixtureWords(String why, String expected, String text) {
    check(why, expected, text);
  }

  // Fixed-width groups glued by '-' or '.' are read up to twelve wide (eight before); ten is a
  // common width to read a key out in.
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      anthropic groups of ten    ~ leak  ~ "key: sk-ant-api-03-575YX8X-M5mSLFy5UB-IHEYeD7p4Z-dl_AK6j0Kg-odkDINzNlx-ICAbaG8wy1-JZirLnqB0P-RfMBH7-WY5-YQ1xOy1bAi-mCaXyMAA"
      sendgrid groups of ten     ~ leak  ~ "body=SG.gtD7fGU.Ov8fwNfBb0.jXxUJ.R4QQ.AAabVVloZa.XZxmCu1VSh.IqmArIntn9.oX98WHgCt attempt=2"
      serial in groups of ten    ~ clean ~ "Serial: K7Q2M9X4PA-J3H8R6T1WB-N5C0V7Y2ZD-F4G9L1S8UE-Q6W3E0R5TY"
      dates glued by dots        ~ clean ~ "dates 2026-11-30.2026-12-01.2026-12-02.2026-12-03.2026-12-04.2026-12-05"
      hex groups of ten          ~ clean ~ "path a1b2c3d4e5-f6a7b8c9d0-e1f2a3b4c5-d6e7f8a9b0-c1d2e3f4a5"
      """)
  void groupsUpToTwelveWide(String why, String expected, String text) {
    check(why, expected, text);
  }

  // Slack Workflow Builder webhook URLs (workflows/ and triggers/ carry a numeric part) and the
  // Databricks OAuth client secret (dose + hex).
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      slack workflows url        ~ leak  ~ "WORKFLOW_HOOK=https://hooks.slack.com/workflows/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"
      slack triggers url         ~ leak  ~ "POST https://hooks.slack.com/triggers/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"
      slack triggers no secret   ~ clean ~ "Workflow Builder URLs look like https://hooks.slack.com/triggers/T07QX2M4LKD/ followed by an id"
      databricks oauth secret    ~ leak  ~ "{""clientId"":""1b7e0c52-4a7d-4f0e-9b35-7c2d1e6f8a90"",""clientSecret"":""dose5a1c9e7b3f20d84a6c1e9b7d3f5a2c8e""}"
      dose bare in an answer     ~ leak  ~ "Created dose5a1c9e7b3f20d84a6c1e9b7d3f5a2c8e for the nightly job."
      dose in prose              ~ clean ~ "The recommended dose is 20 mg; dosed twice daily."
      dose with short hex        ~ clean ~ "dose4f2a9c"
      """)
  void slackWorkflowAndDatabricksOauth(String why, String expected, String text) {
    check(why, expected, text);
  }

  // Base32 in lower case (some tools print it so) is decoded like upper-case base32.
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      lower base32 unpadded      ~ leak  ~ "encoded: i5je6uk7ifiesx2livmt2z3tnnpvcmtnhbnhitbuozmds4csg5ru4mlck43hssbtnnddkzckgbzucodfkuzgstzum5kdo4kwgf4fsol2imzw4ti"
      lower base32 of notes      ~ clean ~ "encoded: ojswyzlbonssa3tporsxgidgn5zca5tfojzws33oea2c4mr2ebtgs6dfmqqhi2dfebzgk5dspeqgy33poa"
      long lower-case word       ~ clean ~ "the word pneumonoultramicroscopicsilicovolcanoconiosis is long"
      """)
  void lowerCaseBase32(String why, String expected, String text) {
    check(why, expected, text);
  }

  // Base64 that was reversed or rot13-rotated after encoding is decoded (a run that did not
  // decode as written gets two more probes).
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      reversed base64            ~ leak  ~ "payload (reverse it first): ==gMRVHOBVmNHRGNCNHMKhWOGB3MLlXNX5WMSN2NYZnMa1GT4EHV2AzM5UTM3IDO08lb05WPOV0SPR1XO9USU9kT"
      rot13 of base64            ~ leak  ~ "blob: Gx9HFH9BK1ECF0IBCJ50oy80BQV3ZGH5ZmN2IUR4GT1nZaMLA2AFZJ5KAKyYZ3OTBJuXZUAPATEUAzIOBUIEZt=="
      reversed base64 of a note  ~ clean ~ "payload: =4yZul2ZhR3cg42bgQWZzNXYwBycrNWZoNGIsxWYgQmbhBiMwoDNxACdhBCZlh2cp5WamBSevxGclRGIlhGV"
      rot13 base64 of a note     ~ clean ~ "blob: ITuyVTEypTkirFOznJ5cp2uyMPOuqPNkAQbjZvOuozDtLJkfVTAbMJAeplOjLKAmMJDto24tp3EuM2yhMl4="
      """)
  void reversedAndRot13Base64(String why, String expected, String text) {
    check(why, expected, text);
  }
}
