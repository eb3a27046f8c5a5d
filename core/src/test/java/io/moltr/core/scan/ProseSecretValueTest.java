package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The secret's name, a few words, a copula in one of several languages, and the value. */
class ProseSecretValueTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "Ich habe das Passwort geändert, es ist jetzt N8xkQ2vLp4Rt7Z.",
      "La contraseña nueva es N8xkQ2vLp4Rt7Z",
      "Le nouveau mot de passe est N8xkQ2vLp4Rt7Z",
      "Il token di accesso è Xq7vR2mK9pL4sT8wZ3nBh4Jd",
      "A senha do banco é N8xkQ2vLp4Rt7Z",
      "Het wachtwoord is N8xkQ2vLp4Rt7Z",
      "The webhook signing secret you need is Xq7vR2mK9pL4sT8wZ3nBh4Jd, paste it into the dashboard."})
  void aSentenceThatGivesTheValueIsALeak(String text) {
    ScanReport r = Fixtures.scanner().scan(text);
    assertThat(r.clean()).as(text).isFalse();
    assertThat(r.redacted()).doesNotContain("N8xkQ2vLp4Rt7Z").doesNotContain("Xq7vR2mK9pL4sT8wZ3nBh4Jd");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The token count is 1234567890123 for this run.",
      "The password policy is documented at docs/security/passwords.md",
      "The API key is stored in AWS_SECRETS_MANAGER_PROD for now.",
      "Our secret sauce is consistency-over-intensity.",
      "The token endpoint is https://auth.example.com/oauth2/token",
      "The secret name is payments-db-credentials-v2 in the prod namespace.",
      "The token type is urn:ietf:params:oauth:token-type:jwt here.",
      "The secret key is located at /etc/ssl/private/server.key on the host.",
      "The password hash is $2b$12$KIXQJp3ZKq8fKyqRwQ1hIeH8nYVjJrXlY9m7eNw5sD0vR2aB3cD4e",
      "The secret version is projects/123456789/secrets/db-pass/versions/7",
      "The tokenizer is gpt-4o-mini-2024-07-18 for this model.",
      "secret_name: payments-db-credentials-v2"})
  void sentencesAboutSecretsWithoutOneAreNot(String text) {
    assertThat(Fixtures.scanner().scan(text).clean()).as(text).isTrue();
  }

  @Test
  void colonValuePrecheckReadsOnlyTheKeywordsLine() {
    String t = "here's the Datadog API key from the vault entry: `0b4c9e2f7a1d8c3b5e6f`.";
    int e = t.indexOf("API key") + "API key".length();
    assertThat(Prechecks.colonValue(t, e)).isEqualTo(t.lastIndexOf('`') + 2);
    assertThat(Prechecks.colonValue("the token count: 42", 9)).isEqualTo(-1);
    assertThat(Prechecks.colonValue("the token\nvalue: 0b4c9e2f7a1d8c3b5e6f", 9)).isEqualTo(-1);
    assertThat(Prechecks.colonValue("token = x: 0b4c9e2f7a1d8c3b5e6f", 5)).isEqualTo(-1);
  }
}
