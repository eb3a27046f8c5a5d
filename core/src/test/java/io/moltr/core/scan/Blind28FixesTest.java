package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Focused tests for the general causes the blind28 corpus found. */
class Blind28FixesTest {
  private static List<String> rules(String text) {
    return Fixtures.scanner().scan(text).findings().stream().map(Finding::ruleId).toList();
  }

  @Test
  void aCacheKeyLabelInSpanishIsNoCredential() {
    assertThat(rules("- Clave de caché: `Linux-pnpm-store-660acf8ffab232b72853b61d2ae9541be1d625c5ee5ca2ca030f9c9685c40e55`\n")).isEmpty();
    assertThat(rules("- Clé de cache : `node-modules-5a6dbc0dcc41b2644e7a7339fa8ad99d04adda948b667b0c`\n")).isEmpty();
    assertThat(rules("La clave de la API: `q8Vz3LmT0pRxK2wYb7NcH4sJ`\n")).isNotEmpty();
  }

  @Test
  void aCsrfCookieIsNoSession() {
    assertThat(rules("set-cookie: __Host-csrf=l-W66Qc374No-mdY4B08E3FaCaK4q9hB1e6WZka-eN1; Path=/; Secure\n")).isEmpty();
    assertThat(rules("Cookie: XSRF-TOKEN=_9DYaCdxgLY8GlyKaON7ctRHatZt9QBzE3nOMICL6sq\n")).isEmpty();
    assertThat(rules("set-cookie: __Host-session=l-W66Qc374No-mdY4B08E3FaCaK4q9hB1e6WZka-eN1; Path=/\n")).contains("session-cookie");
    assertThat(rules("Cookie: csrftoken=abcdefgh12345678XYZ; sessionid=l-W66Qc374No-mdY4B08E3FaCaK4q9hB1e6WZka\n")).contains("session-cookie");
  }

  @Test
  void aProjectNumberInACloudResourceNameIsNoCard() {
    assertThat(rules("Das Passwort liegt nur im Secret Manager (`projects/667205645415/secrets/db-password/versions/latest`).\n")).isEmpty();
    String card = Blind28Util.luhnComplete("667205645415123");
    assertThat(rules("Maestro card on file: " + card + " (billing)\n")).isNotEmpty();
  }

  @Test
  void aSecretNamedThenAPhraseFromWhereThenIs() {
    assertThat(rules("The db_password from the old config is `LSlYhNmKf1oTSNt&qYfW`.\n")).isNotEmpty();
    assertThat(rules("The DD_API_KEY from the old config is `be5d28b70af22bcbae5335db21d33105`.\n")).isNotEmpty();
    assertThat(rules("The API token in the staging cluster was q8Vz3LmT0pRxK2wYb7NcH4sJ\n")).isNotEmpty();
    assertThat(rules("The password in the form is required and must have 12 characters.\n")).isEmpty();
    assertThat(rules("The connection string without credentials (password from the secret store) is `postgresql://localhost/test`.\n")).isEmpty();
    assertThat(rules("The password from the old config is `postgresql://app:Zk7qLm2vX9pR4tYw@db.internal/app`.\n")).isNotEmpty();
  }

  @Test
  void aPasswordNamedWithAnEncodingSuffix() {
    assertThat(rules("2026-11-17T14:26:36.037Z DEBUG config loaded DB_PASSWORD_B64=Yzg3blVaQ21FdGlpeXZkVFBFIzNNZw==\n")).isNotEmpty();
    assertThat(rules("Voici le DB_PASSWORD_B64 : ZUFhTjlTWXB5TEx0dUt5ZkZXM0xURw==\n")).isNotEmpty();
    assertThat(rules("password_base64: ${DB_PASSWORD_B64}\n")).isEmpty();
  }

  @Test
  void anAwsSecretKeyAfterItsNameAndASpace() {
    assertThat(rules("[worker] using AWS_SECRET_ACCESS_KEY s7uhXOJx04Ce8UvANZEFbohuClMCYmBrZ/0Grzjh\n")).contains("aws-secret-access-key-after-name");
    assertThat(rules("[worker] using AWS_SECRET_ACCESS_KEY wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n")).isEmpty();
    assertThat(rules("$ unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN\n")).isEmpty();
    assertThat(rules("AWS_SECRET_ACCESS_KEY 0123456789abcdef0123456789abcdef01234567\n")).isEmpty();
  }
}
