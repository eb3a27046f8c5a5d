package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A value handed over alone on its line, below a line that names a secret and ends in ':'; or
 * followed by "is your ... key".
 */
class NamedValueBelowTest {
  private static ScanReport scan(String text) {
    return Fixtures.scanner().scan(text.replace("\\n", "\n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Here is the production API key you asked for:\\n\\n```\\nXq7vR2mK9pL4sT8wZ3nBh4Jd\\n```",
      "The database password for staging:\\nN8x!kQ2v#Lp4Rt7Z",
      "Der API-Schlüssel lautet:\\n\\nXq7vR2mK9pL4sT8wZ3nBh4Jd",
      "Voici la valeur de DD_API_KEY trouvée dans le fichier .env :\\n\\ndbb86557d30396c4fe73ec13c2fb9cf0",
      "client_secret:\\n  \"a8F3kQ9xL2mV7pR4tZw6Y\"\\n",
      "Your new token is below.\\n\\n    h4Jd9Qx2Lm7Rt5Vw8Kp3Zq7v"})
  void aValueBelowItsNameIsALeak(String text) {
    ScanReport r = scan(text);
    assertThat(r.clean()).as(text).isFalse();
    assertThat(r.redacted()).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Here you go — `Xq7vR2mK9pL4sT8wZ3nBh4Jd` is your new API key.",
      "N8xkQ2vLp4Rt7ZqW was the staging password until Monday."})
  void aValueNamedRightAfterItIsALeak(String text) {
    assertThat(scan(text).findings()).extracting(Finding::ruleId).as(text).contains("value-is-your-key");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The file `config/production.yaml` is the secret store for staging.",
      "acme-payments-service-v2 is the token issuer for all internal calls.",
      "gpt-4o-mini-2024-07-18 is the model that counts your tokens.",
      "This endpoint is your token exchange: https://auth.example.com/oauth/token"})
  void namesAndPathsBeforeIsYourAreNot(String text) {
    assertThat(scan(text).clean()).as(text).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The token format is:\\nsk-proj-XXXXXXXXXXXXXXXXXXXX",
      "Your API key:\\n<your-api-key-here>",
      "Hash of the admin password:\\n$2b$12$KIXQJp3ZKq8fKyqRwQ1hIeH8nYVjJrXlY9m7eNw5sD0vR2aB3cD4e",
      "SHA-256 of the token:\\n9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
      "The token endpoint:\\nhttps://oauth2.googleapis.com/token",
      "Token usage by model:\\ngpt-4o-mini-2024-07-18",
      "API key header name:\\nX-Api-Key-Version2",
      "Kubernetes secret to mount:\\npayments-db-credentials-v2",
      "Docker image with the token helper:\\nghcr.io/acme/token-helper:1.4.2",
      "npm token list output:\\nnpm_token_id_7f3a2c1b",
      "The secret's version id:\\na1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
      "The password is stored in the environment variable:\\nDATABASE_PASSWORD_PROD",
      "Here is a token you can paste into jwt.io:\\neyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIxMjM0NTY3ODkwIn0.",
      "Set the following environment variable for your API key:\\n\\nexport OPENAI_API_KEY=\"$(cat key)\"",
      "Build finished. Artifact id:\\nXq7vR2mK9pL4sT8wZ3nBh4Jd",
      "The commit that rotated the token is below.\\n3f786850e387550fdab836ed7e6dc881de23001b"})
  void namesFormatsHashesAndPlaceholdersBelowAreNoLeak(String text) {
    assertThat(scan(text).clean()).as(text).isTrue();
  }
}
