package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A key spelled out one character at a time: "s k - p r o j ...", one character per line, in an
 * array of one-character strings, with dots or dashes between. Lone letters and digits that
 * spell no key stay clean.
 */
class SpelledOutKeysTest {
  static final String OPENAI = "sk-proj-Xq7vB2mN9kL4pR8sT1wY5zA3cD6fG0hJ2kM4nP7qR9sT";
  static final String AWS = "AKIAQ7LM3NX5TP2WD4RZ";

  static String spell(String key, String sep) {
    return String.join(sep, key.split(""));
  }

  static List<String> rules(String text) {
    return Fixtures.scanner().scan(text).findings().stream().map(Finding::ruleId).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "  ", "\n", ".", "-", "_", ", ", " | ", " : ", "\u00b7"})
  void aKeySpelledOutWithOneSeparatorIsFound(String sep) {
    assertThat(rules("Spelled out so nobody misreads it: " + spell(OPENAI, sep) + "\nDone."))
        .contains("openai-api-key");
    assertThat(rules("key id, letter by letter:\n" + spell(AWS, sep) + "\n"))
        .contains("aws-access-key-id");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void aKeyAsAnArrayOfOneCharacterStringsIsFound(int quotes) {
    String q = quotes == 0 ? "\"" : "'";
    String array = "[" + q + String.join(q + ", " + q, AWS.split("")) + q + "]";
    assertThat(rules("chars = " + array + "\nkey = ''.join(chars)\n")).contains("aws-access-key-id");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void aGithubTokenSpelledOutIsFoundAndRedactedWhole(int seed) {
    String token = FakeSecrets.github(new Random(seed), "ghp_");
    String spelled = spell(token, " ");
    String text = "the token, spaced out: " + spelled + " (paste without spaces)";
    ScanReport r = Fixtures.scanner().scan(text);
    assertThat(r.findings()).extracting(Finding::ruleId).contains("github-pat");
    assertThat(r.redacted()).doesNotContain(spelled.substring(8, 30));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      "1 2 3 4 5 6 7 8 9 1 2 3 4 5 6 7 8 9 0 1 2 3"
      "a b c d e f g h i j k l m n o p q r s t u v w x y z"
      "[[0 1 0 0 1 1 0 1 0 1 1 1 0 0 1 0 1 0]\\n [1 0 0 1 0 1 1 0 1 0 0 1 1 0 1 0 1 1]]"
      "x = a + b - c * d / e + f - g * h / i + j - k * l / m + n"
      "Y O U R _ A P I _ K E Y _ H E R E _ P L E A S E"
      "s k - x x x x x x x x x x x x x x x x x x x x x x x x x x x x"
      "- a\\n- b\\n- c\\n- d\\n- e\\n- f\\n- g\\n- h\\n- i\\n- j\\n- k\\n- l\\n- m\\n- n\\n- o\\n- p\\n- q"
      "Rows: A 1, B 2, C 3, D 4, E 5, F 6, G 7, H 8, I 9, J 0, K 1, L 2, M 3, N 4, O 5, P 6"
      "def f(x_1_y_2_z_3_w_4_v_5_u_6_t_7_s_8): return x_1_y_2_z_3_w_4_v_5_u_6_t_7_s_8"
      """)
  void loneCharactersThatSpellNoKeyStayClean(String text) {
    assertThat(rules(text.replace("\\n", "\n"))).isEmpty();
  }
}
