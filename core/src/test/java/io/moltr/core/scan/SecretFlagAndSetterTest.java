package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A secret as a long command-line flag's value, or as the literal handed to a setter. */
class SecretFlagAndSetterTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "acme-cli deploy --token Xq7vR2mK9pL4sT8wZ3nBh4Jd --env prod",
      "./sync --api-key=Xq7vR2mK9pL4sT8wZ3nBh4Jd --dry-run",
      "runner register --client-secret 'N8xkQ2vLp4Rt7ZqW9' --url https://ci.example.com",
      "ds.setPassword(\"N8xkQ2vLp4Rt7Z\");",
      "client.set_api_key('Xq7vR2mK9pL4sT8wZ3nBh4Jd')",
      "Client.builder().withToken(\"Xq7vR2mK9pL4sT8wZ3nBh4Jd\").build();"})
  void theSecretItselfIsALeak(String text) {
    ScanReport r = Fixtures.scanner().scan(text);
    assertThat(r.clean()).as(text).isFalse();
    assertThat(r.redacted()).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "docker login ghcr.io -u bot --password-stdin < token.txt",
      "acme-cli deploy --token \"$DEPLOY_TOKEN\" --env prod",
      "acme-cli deploy --token-file ./secrets/deploy.token",
      "vault write auth/approle/login role_id=abc --secret payments-db-credentials",
      "ds.setPassword(System.getenv(\"DB_PASSWORD\"));",
      "client.set_api_key(os.environ[\"API_KEY\"])",
      "user.setPassword(\"\");",
      "builder.withToken(\"<your-token>\")",
      "stripe listen --api-key sk_test_xxxxxxxxxxxxxxxxxxxx",
      "myapp --secret-name prod/payments/stripe --region eu-west-1"})
  void variablesNamesFilesAndPlaceholdersAreNot(String text) {
    assertThat(Fixtures.scanner().scan(text).clean()).as(text).isTrue();
  }
}
