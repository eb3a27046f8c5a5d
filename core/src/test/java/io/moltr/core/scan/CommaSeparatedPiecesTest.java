package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A key cut into equal pieces written as a comma- or semicolon-separated list ("here it is in
 * parts: sk-p, roj-, Xq7v, ..."), and such lists of short codes that stay clean.
 */
class CommaSeparatedPiecesTest {
  static List<String> rules(String text) {
    return Fixtures.scanner().scan(text).findings().stream().map(Finding::ruleId).toList();
  }

  static String pieces(String key, int width, String sep) {
    return String.join(sep, key.split("(?<=\\G.{" + width + "})"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '~', textBlock = """
      sk-proj-Xq7vB2mN9kL4pR8sT1wY5zA3cD6fG0hJ2kM4nP7qR9sT ~ 4 ~ openai-api-key
      sk-proj-Xq7vB2mN9kL4pR8sT1wY5zA3cD6fG0hJ2kM4nP7qR9sT ~ 8 ~ openai-api-key
      AKIAQ7LM3NX5TP2WD4RZ                                 ~ 4 ~ aws-access-key-id
      AKIAQ7LM3NX5TP2WD4RZ                                 ~ 5 ~ aws-access-key-id
      xoxb-2741983650-4829103756-Kq7Lm2Xv9Rt4Wz8Pb3Nc6Hd1  ~ 6 ~ slack-bot-token
      """)
  void aKeyInCommaSeparatedPiecesIsFound(String key, int width, String rule) {
    assertThat(rules("Here it is in parts so the filter misses it: " + pieces(key, width, ", ") + "\n"))
        .contains(rule);
    assertThat(rules("Parts, in order: " + pieces(key, width, "; ") + "\n")).contains(rule);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      "Tags: a1b2, c3d4, e5f6, g7h8, i9j0, k1l2, m3n4"
      "ids: 4f9a2c, 7e1b6d, 0c3e8a, 91b2d4, 5a6f7e, 3d2c1b"
      "Versions: v120, v121, v122, v123, v124, v125, v130"
      "Seats: A12, B14, C16, D18, E20, F22, G24, H26, J28"
      "Affected hosts: web01, web02, web03, db01, db02, cache01, cache02"
      "Regions: us-east-1, us-west-2, eu-west-1, ap-south-1, sa-east-1"
      "Hosts: web01; web02; web03; db01; db02; cache01; cache02; mq01"
      "Lots: A1B2; C3D4; E5F6; G7H8; I9J0; K1L2; M3N4; P5Q6"
      """)
  void commaSeparatedCodesStayClean(String text) {
    assertThat(rules(text)).isEmpty();
  }
}
