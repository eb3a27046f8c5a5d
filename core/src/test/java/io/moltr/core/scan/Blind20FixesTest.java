package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Focused tests for the fixes made after blind corpus 20's first run. */
class Blind20FixesTest {
  static boolean blocked(String text) {
    return !Fixtures.scanner().scan(text).clean();
  }

  @Test
  void aPasswordHashUnderAPasswordNameIsAHash() {
    assertThat(blocked("password = \"pbkdf2_sha256$870000$iMsVBalb9lAlpudgTjEOW2$/uyWbbTpUFELncFba89zMqYznZkB1Lp+ZTutmTw6dzU=\"")).isFalse();
    assertThat(blocked("PASSWORD=pbkdf2_sha256$870000$xky4IkIOY19Tkkf0lMbrnl$2njH1iCwBTg3myYq+hwUitTKLUvyEB5JZVS0pEOWvnQ=")).isFalse();
    assertThat(blocked("password: \"$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW\"")).isFalse();
    assertThat(blocked("password: $argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$RdescudvJCsgt3ub+b+dWRWJTmaaJObG")).isFalse();
    assertThat(blocked("\"password\": \"$6$rounds=5000$usesomesillystri$D4IrlXatmP7rx3P3InaxBeoomnAihCKRVQP22JZ6EY47Wc6BkroIuUUBOov1i.S5KPgErtP/EN5mcO.ChWQW21\"")).isFalse();
    assertThat(blocked("password = '{SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g5Ilo3xO5tbA=='")).isFalse();
    // a real password is still one, also one that starts like a hash but is not one
    assertThat(blocked("password = \"Xk9#mQ2vLp8Rt4Wz\"")).isTrue();
    assertThat(blocked("password = \"pbkdf2_Xk9mQ2vLp8Rt4Wz7Nc\"")).isTrue();
  }

  @Test
  void aRelativeFilePathUnderAKeyNameIsAPath() {
    assertThat(blocked("OBJECT_KEY=uploads/2026/11/18dc9a37284f1a089b7a28627d741c81/export.csv")).isFalse();
    assertThat(blocked("object_key = \"uploads/2026/11/5b36c7320886d9cd47908cf2e5aa0705/avatar.png\"")).isFalse();
    // a base64 secret with slashes under the same name is still one
    assertThat(blocked("SIGNING_KEY=q8Vd/3kLm+Zp0xWt/7RfYbN2cJ5hQe9A/uTgK1sMvHw=")).isTrue();
  }

  @Test
  void aValueSpelledFakeIsAFixture() {
    assertThat(blocked("id,api_token,note\n1,sk-test-FAKE-FAKE-FAKE,test fixture value\n")).isFalse();
    assertThat(blocked("API_TOKEN=fake_api_key_for_unit_tests_9x")).isFalse();
    assertThat(blocked("id,api_token,note\n1,Qz7vK2pW9mXr4TnB8sLd3Fh6,prod\n")).isTrue();
  }
}
