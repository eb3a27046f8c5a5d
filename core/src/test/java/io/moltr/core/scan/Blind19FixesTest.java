package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Focused tests for the fixes made after blind corpus 19's first run. */
class Blind19FixesTest {
  static boolean blocked(String text) {
    return !Fixtures.scanner().scan(text).clean();
  }

  @Test
  void aSecretAfterATokenFlagIsBlocked() {
    assertThat(blocked("$ acmectl login --token 13f11238f3265da2bfb025da79de07e9 --profile ops\n"))
        .isTrue();
    assertThat(blocked("$ tool auth --api-key=ATLt7G2DL3kiEH24lxY6vc1k\n")).isTrue();
    assertThat(blocked("$ acmectl login --token $ACME_TOKEN --profile ops\n")).isFalse();
    assertThat(blocked("Usage: acmectl login --token <token> [--profile <name>]\n")).isFalse();
    assertThat(blocked("acmectl login --token REPLACE_WITH_YOUR_TOKEN\n")).isFalse();
  }

  @Test
  void aDinersNumberGroupedInFoursIsBlocked() {
    assertThat(blocked("{\"card\":\"3682 9267 8779 75\",\"status\":200}")).isTrue();
    // the same grouping failing Luhn
    assertThat(blocked("{\"card\":\"3682 9267 8779 76\",\"status\":200}")).isFalse();
  }

  @Test
  void aNirLabelledInEnglishIsBlocked() {
    assertThat(blocked("French social security number:\n\n    297090213906127\n")).isTrue();
    assertThat(blocked("French social security number:\n\n    297090213906128\n")).isFalse();
  }
}
