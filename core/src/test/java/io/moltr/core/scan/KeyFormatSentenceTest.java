package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Documentation that tells a key's format by its prefix ("lin_api_ followed by 40 characters") holds no key: the words
 * after the prefix are a sentence, not the key's pieces. A key cut by spaces after its prefix is still joined.
 */
class KeyFormatSentenceTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "Linear keys look like lin_api_ followed by 40 characters; see the settings page, then copy it.",
      "Stripe secret keys begin with sk_live_ followed by a random string of about 24 characters.",
      "The prefix glpat- marks a GitLab personal access token; the rest is 20 random characters.",
      "A Hugging Face token starts with hf_ and then thirty four letters, which the hub shows once.",
  })
  void aSentenceAboutThePrefixIsClean(String text) {
    assertThat(Fixtures.scanner().scan(text).findings()).as(text).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Here it is: lin_api_ Qm7vR2xK9t Lp4ZbW8nJc Ye3HsD6fGu Aq1NoV5rTk",
      "token: glpat- xY7q Lm2P vR9s Kt4W bN6d",
      "STRIPE_KEY=sk_live_ 51HxQw8Tz3 Lk9Vb2Nc7M pR4sYd6Fg0 Jh1K",
  })
  void aKeyCutBySpacesIsStillJoined(String text) {
    assertThat(Fixtures.scanner().scan(text).clean()).as(text).isFalse();
  }
}
