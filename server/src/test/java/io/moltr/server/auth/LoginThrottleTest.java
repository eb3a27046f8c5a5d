package io.moltr.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
  private final LoginThrottle throttle = new LoginThrottle(clock);

  @ParameterizedTest(name = "failure {0} -> {1} s")
  @CsvSource({"1, 0", "2, 0", "3, 1", "4, 2", "5, 4", "9, 4", "10, 4"})
  void delayGrowsAndIsCapped(int failures, long seconds) {
    assertThat(LoginThrottle.delayAfter(failures)).isEqualTo(Duration.ofSeconds(seconds));
  }

  @Test
  void usernameCaseVariantsShareOneBudget() {
    String[] names = {"admin", "Admin", "ADMIN", " admin", "aDmin"};
    for (int i = 0; i < names.length; i++) {
      assertThat(throttle.admit("198.51.100." + i, names[i])).isEmpty();
    }
    assertThat(throttle.admit("203.0.113.1", "AdMiN")).isPresent();
  }

  @Test
  void oldFailuresStopCountingTowardsALockout() {
    for (int i = 0; i < 9; i++) {
      throttle.failed("198.51.100.1", "alice");
    }
    clock.advance(Duration.ofMinutes(16));
    throttle.failed("198.51.100.1", "alice");
    assertThat(throttle.admit("198.51.100.1", "alice")).as("not locked: the nine failures are stale").isEmpty();
  }
}
