package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A key-value settings table is written to by name: UPDATE settings SET value = '...' WHERE
 * name = 'smtp_password'. The value stands before the name that says it is a secret.
 */
class SqlUpdateValueTest {
  private static ScanReport scan(String text) {
    return Fixtures.scanner().scan(text);
  }

  @Test
  void aRandomValueSetUnderASecretNameIsFound() {
    ScanReport r = scan("UPDATE settings SET value = '3XByIirH0EkNRp6Z4Bd2c%' WHERE name = 'password';");
    assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("sql-update-value-where-name");
    assertThat(r.redacted()).doesNotContain("3XByIirH0EkNRp6Z4Bd2c");
    assertThat(scan("UPDATE app_config SET value='Zq3v8Lr2Nx5Tp7Wd' WHERE key='smtp_password';").clean())
        .isFalse();
  }

  @Test
  void otherSettingsWordsAndHashesStayClean() {
    assertThat(scan("UPDATE settings SET value = 'dark-mode' WHERE name = 'theme';").findings()).isEmpty();
    assertThat(scan("UPDATE settings SET value = 'true' WHERE name = 'password_reset_enabled';").findings())
        .isEmpty();
    assertThat(scan("UPDATE settings SET value = '$2b$12$KIXQJ4i2uM0d7bW3mXkC4eY1zT9sV6rQ8pL2nH5jG7fD0aB3cE1hS'"
        + " WHERE name = 'admin_password_hash';").findings()).isEmpty();
    assertThat(scan("UPDATE settings SET value = 'Zq3v8Lr2Nx5Tp7Wd' WHERE name = 'build_id';").findings())
        .isEmpty();
    assertThat(scan("UPDATE settings SET value = 'eyJwYWdlIjo0Miwic29ydCI6ImNyZWF0ZWRfYXQifQ=='"
        + " WHERE name = 'page_token';").findings()).isEmpty();
  }
}
