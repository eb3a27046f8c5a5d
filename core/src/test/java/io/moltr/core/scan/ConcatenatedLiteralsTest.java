package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A secret built from string literals joined with '+', cut anywhere, even inside its prefix. */
class ConcatenatedLiteralsTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "const hook = \"https://hooks.slack\" + \".com/services/TWR2J15WMV8/BEWZSWN06DW/i7u2WHEfdVIa2G8CFUVDw5RK\";",
      "webhook = (\"https://discord.com/api/\" + \"webhooks/1574411611042338544/\" +\n"
          + "    \"2M93eLQNdrBIS37cN4V1-r58h1D8B_FQ6RKw5sA55ih0AHvtjJHQTSkrWXPoHkgacSug\")",
      "String k = 'sk_li' + 've_51Nq8ZxKp2Lr7Vw3Tt9Ym4Hb6Jc1Df5Gs0Aa8Ee2Ii7Oo3Uu9';",
      "token := \"AK\" + \"IAZ7Q3\" + \"KX5NPL2WRT4M\""})
  void theJoinedLiteralsAreScanned(String text) {
    ScanReport r = Fixtures.scanner().scan(text);
    assertThat(r.clean()).as(text).isFalse();
    assertThat(r.redacted()).as(text).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "String url = \"https://api.example.com\" + \"/v1/users/\" + id + \"?page=\" + page;",
      "msg = \"Hello, \" + name + \"! Your order \" + orderId + \" has shipped.\";",
      "const path = \"/static/\" + \"js/\" + \"app.3f2a9c1d.js\";",
      "x = 'abc' + 'def' + 'ghi' + 'jkl' + 'mno' + 'pqr'",
      "const sql = \"SELECT id, name \" + \"FROM users \" + \"WHERE active = 1\";"})
  void ordinaryConcatenationIsNot(String text) {
    assertThat(Fixtures.scanner().scan(text).clean()).as(text).isTrue();
  }
}
