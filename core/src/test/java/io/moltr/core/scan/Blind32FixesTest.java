package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The general causes blind32 (configuration files) found, each held by a focused case. */
class Blind32FixesTest {
  private static boolean blocked(String text) {
    return !Fixtures.scanner().scan(text).clean();
  }

  /** An htpasswd file named before its fence: the "user:$apr1$..." line is a stored hash, not a password. */
  @Test
  void htpasswdEntryAfterFileNameIsAHash() {
    assertFalse(blocked("I've put it into `/etc/nginx/.htpasswd`:\n\n```text\nops_admin:$apr1$Q7wLx2Pa$Vd8sK1mZrT4yBn0cXe6uH/\n"
        + "ci-user:$2y$10$Rk3nVb8QwLz1Xc5Tg7Hy2uJm9PoA4sDf6GhJk8LzXc0VbNm1Qw3Ee\n```\n\nReload nginx afterwards."));
    assertTrue(ScanRun.passwordHash("deploy:$apr1$Q7wLx2Pa$Vd8sK1mZrT4yBn0cXe6uH/"));
    assertFalse(ScanRun.passwordHash("deploy:Vd8sK1mZrT4yBn0cXe6uH"));
    // A real password after a name is still one.
    assertTrue(blocked("DB_PASSWORD=Vd8sK1mZ!rT4yBn0cXe6uH\n"));
  }
}
