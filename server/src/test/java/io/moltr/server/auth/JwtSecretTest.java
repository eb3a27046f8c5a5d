package io.moltr.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.junit.jupiter.api.Test;

class JwtSecretTest {
  private static final String SHORT = "short-but-32-bytes-long-secret-xyz-0123456789"; // 45 characters

  @Test
  void enforceModeRefusesASecretUnder64CharactersAndSaysWhatToDo() {
    assertThatThrownBy(() -> DashboardAuth.checkJwtSecret(SHORT, true))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MOLTR_JWT_SECRET is 45 characters long")
        .hasMessageContaining("at least 64")
        .hasMessageContaining("moltr keygen")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SHORT));
    assertThatThrownBy(() -> DashboardAuth.checkJwtSecret(null, true)).hasMessageContaining("is 0 characters");
  }

  @Test
  void otherModesOnlyWarn() {
    assertThat(DashboardAuth.checkJwtSecret(SHORT, false)).hasValueSatisfying(w ->
        assertThat(w).startsWith("WARNING").contains("not enforce").doesNotContain(SHORT));
  }

  @Test
  void sixtyFourCharactersAreEnough() {
    assertThat(DashboardAuth.checkJwtSecret("x".repeat(64), true)).isEmpty();
  }

  @Test
  void aSecretTooShortForHs256IsRefusedInEveryMode() {
    assertThatThrownBy(() -> new AccessTokens("0123456789abcdef", new SessionStore(Clock.systemUTC()), Clock.systemUTC()))
        .hasMessageContaining("too short for HS256");
  }
}
