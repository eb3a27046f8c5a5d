package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The world's best-known example passwords (the IRC joke, the XKCD comic, the film's) stand in
 * documentation and tests like "changeme" does: an assignment of one alone is no leak. A value
 * that only contains one is still a password.
 */
class ExamplePasswordTest {
  private static boolean blocked(String text) {
    return !Fixtures.scanner().scan(text).clean();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "password = \"hunter2\"  # the classic example",
    "DB_PASSWORD=letmein",
    "password: swordfish",
    "ADMIN_PASSWORD='P@ssw0rd'",
    "password = \"correcthorsebatterystaple\"",
    "password: correct-horse-battery-staple"
  })
  void aFamousExampleAloneIsNoLeak(String text) {
    assertFalse(blocked(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "password = \"hunter2-Xq7vL9pR\"",
    "DB_PASSWORD=letmein4Q7zK2wP",
    "password: mH9h%kYgWX&o0y"
  })
  void aValueThatOnlyContainsOneIsStillAPassword(String text) {
    assertTrue(blocked(text), text);
  }
}
