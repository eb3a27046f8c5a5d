package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A key cut in two (or three) with its parts some words apart: two variables joined later, "X
 * and Y", two command substitutions. The part with the provider's prefix is joined with the
 * key-like tokens after it; the rule's format and checksum decide.
 */
class CutKeyContinuationTest {
  static final String OPENAI = "sk-proj-Xq7vT2mN9kL4pR8sW3yB6cD1fG5hJ0aZ2eU7iO4";
  static final String GITHUB = FakeSecrets.github(new Random(11), "ghp_");

  static ScanReport scan(String text) {
    return Fixtures.scanner().scan(text);
  }

  @Test
  void twoVariablesJoinedLater() {
    String text = "part1 = \"" + OPENAI.substring(0, 20) + "\"\npart2 = \"" + OPENAI.substring(20)
        + "\"\nclient = OpenAI(api_key=part1 + part2)\n";
    assertThat(scan(text).findings()).extracting(Finding::ruleId).contains("openai-api-key");
    String js = "const a = '" + GITHUB.substring(0, 18) + "';\nconst b = '" + GITHUB.substring(18)
        + "';\nfetch(url, { headers: { Authorization: `token ${a}${b}` } });\n";
    assertThat(scan(js).findings()).extracting(Finding::ruleId).contains("github-pat");
  }

  @Test
  void partsInProseAndInCommandSubstitutions() {
    String prose = "The token, split in two so it won't be scanned: " + GITHUB.substring(0, 20) + " and "
        + GITHUB.substring(20) + " (glue them).\n";
    assertThat(scan(prose).findings()).extracting(Finding::ruleId).contains("github-pat");
    String shell = "export OPENAI_API_KEY=\"$(echo " + OPENAI.substring(0, 22) + ")$(echo " + OPENAI.substring(22)
        + ")\"\n";
    assertThat(scan(shell).findings()).extracting(Finding::ruleId).contains("openai-api-key");
    String three = "k1=" + OPENAI.substring(0, 16) + "\nk2=" + OPENAI.substring(16, 32) + "\nk3=" + OPENAI.substring(32)
        + "\n";
    assertThat(scan(three).findings()).extracting(Finding::ruleId).contains("openai-api-key");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // A prefix and a short value, then identifiers: nothing cut, nothing to join.
      "Set OPENAI_API_KEY to sk-proj-... (see the dashboard, project settings2, key v2)\n",
      "token = ghp_example123 # replace with yours; docs: docs2.github.com/auth v3\n",
      // A GitHub prefix with key-like tokens after it that fail the checksum whatever the join.
      "ghp_R8mK2vQ9xL4tW7nB is revoked; new id abc123XYZ and build 7f3c9e1d2b4a\n",
      // An OpenAI-like start followed by ordinary code identifiers.
      "const prefix = \"sk-test-a1b2c3d4\"; const userId2 = getUser(); const sessionV3 = 42;\n",
  })
  void prefixesFollowedByOrdinaryTokensStayClean(String text) {
    assertThat(scan(text).findings()).isEmpty();
  }
}
