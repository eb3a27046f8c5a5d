package io.moltr.core.killswitch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodephraseTest {
  static final String PHRASE = "correct horse battery";

  @Test
  void matchesOnlyThePrefixedPhrase() {
    Codephrase c = Codephrase.fromSecret(PHRASE, 1000);
    assertThat(c.matchesConfirmation("CONFIRM:" + PHRASE)).isTrue();
    assertThat(c.matchesConfirmation(PHRASE)).isFalse();
    assertThat(c.matchesConfirmation("confirm:" + PHRASE)).isFalse();
    assertThat(c.matchesConfirmation("CONFIRM:" + PHRASE + "x")).isFalse();
    assertThat(c.matchesConfirmation("CONFIRM:")).isFalse();
    assertThat(c.matchesConfirmation(null)).isFalse();
  }

  @Test
  void keepsOnlyASaltedHash() {
    Codephrase a = Codephrase.fromSecret(PHRASE, 1000);
    Codephrase b = Codephrase.fromSecret(PHRASE, 1000);
    assertThat(a.stored()).doesNotContain(PHRASE).startsWith("pbkdf2-sha256$1000$");
    assertThat(a.stored()).as("random salt").isNotEqualTo(b.stored());
    assertThat(a.toString()).doesNotContain(PHRASE);
    assertThat(Codephrase.parse(a.stored()).matchesConfirmation("CONFIRM:" + PHRASE)).isTrue();
  }

  @Test
  void defaultWorkFactorIsTheOwaspFigure() {
    assertThat(Codephrase.fromSecret(PHRASE).stored()).startsWith("pbkdf2-sha256$600000$");
  }

  @Test
  void rejectsShortPhrasesAndBadStoredForms() {
    assertThatThrownBy(() -> Codephrase.fromSecret("short")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("short");
    assertThatThrownBy(() -> Codephrase.parse("sha1$1$abc$def")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void generatedPhrasesAreLongRandomAndAccepted() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      String p = Codephrase.generate();
      assertThat(p).matches("[A-Z2-9]{6}(-[A-Z2-9]{6}){3}");
      seen.add(p);
    }
    assertThat(seen).hasSize(50);
    String p = Codephrase.generate();
    assertThat(Codephrase.fromSecret(p, 1000).matchesConfirmation("CONFIRM:" + p)).isTrue();
  }
}
