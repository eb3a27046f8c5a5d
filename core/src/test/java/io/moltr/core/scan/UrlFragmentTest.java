package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A URL after a key's name is an address (a reST link target with a section fragment), but a
 * token in its fragment is a token: the generic assignment's value stops at '#', so the URL does
 * not swallow the "access_token=..." after it.
 */
class UrlFragmentTest {
  @Test
  void aLinkTargetWithASectionFragmentIsNoSecret() {
    String text = "    .. _`RFC6749#Token`: https://tools.ietf.org/html/rfc6749#section-3.2\n";
    assertThat(Fixtures.scanner().scan(text).findings()).isEmpty();
  }

  @Test
  void aTokenInAUrlFragmentIsStillFound() {
    String text = "token_url: https://auth.example.com/cb#access_token=Zq8vT2mN9kL4pR8sW3yB6cD1fG5h\n";
    assertThat(Fixtures.scanner().scan(text).findings()).extracting(Finding::ruleId)
        .contains("generic-secret-assignment");
  }
}
