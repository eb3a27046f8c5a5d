package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A key cut into the string values of one JSON object, and the fields after a whole key. */
class JsonFieldPiecesTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "{\"prefix\": \"sbp_60b43f7\", \"body\": \"1f61757315\", \"tail\": \"7828a454a13f\", \"end\": \"6c9845444fe\"}",
      "{\"prefix\": \"pscale_pw_6B_\", \"body\": \"ksJw2829cbo3K3\", \"tail\": \"HFb3OUnmNS-4U\", \"end\": \"kediRtblBA3rB\"}",
      "{\n  \"a\": \"PMAK-cd64cfdf1858be78\",\n  \"b\": \"0e1d3d58-9a97c30383d23\",\n  \"c\": \"593a493819c1431b82d65\"\n}"})
  void theFieldsAreJoined(String text) {
    assertThat(Fixtures.scanner().scan(text).clean()).as(text).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"name\": \"alice\", \"role\": \"admin\", \"team\": \"ops\", \"region\": \"eu-west-1\"}",
      "{\"prefix\": \"sk-\", \"description\": \"OpenAI key prefix\", \"example\": \"sk-xxxx\"}",
      "{\"id\": \"ghp_\", \"kind\": \"github\", \"len\": \"40\"}"})
  void ordinaryObjectsAreNot(String text) {
    assertThat(Fixtures.scanner().scan(text).clean()).as(text).isTrue();
  }

  @Test
  void aWholeKeyIsRedactedAloneAndTheNextFieldKept() {
    ScanReport r = Fixtures.scanner().scan(
        "{\"token\": \"sk_live_51Nq8ZxKp2Lr7Vw3Tt9Ym4Hb6Jc1Df5Gs0Aa8Ee2Ii7Oo3Uu9\", \"expires\": \"2026-12-01T00:00:00Z\"}");
    assertThat(r.redacted())
        .isEqualTo("{\"token\": \"[REDACTED:stripe-secret-key]\", \"expires\": \"2026-12-01T00:00:00Z\"}");
  }
}
