package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A value named by prose that says where it was put ("set NAME to value"), or piped into a login
 * that reads its secret from standard input; and a German password policy, which names none.
 */
class SetToAndPipedSecretTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "I've set API_SECRET to Zq8vLp2Xw7Kt9RmN4bHc6Jd1Fs5Gy0Ae in Vercel.",
      "Done: I set `DB_PASSWORD` to Hx7#kQ2p!vLm9Rz in the staging environment.",
      "Set the env var: set WEBHOOK_SIGNING_SECRET to \"whk_Q8vLp2Xw7Kt9RmN4bHc6\" and redeploy.",
      "echo Zq8vLp2Xw7Kt9RmN4bHc6Jd1Fs5Gy0Ae | gh auth login --with-token",
      "echo \"Zq8vLp2Xw7Kt9RmN4bHc6Jd1Fs5Gy0Ae\" | docker login -u ci --password-stdin ghcr.io",
      "printf '%s' 'Zq8vLp2Xw7Kt9RmN4bHc6Jd1' | helm registry login r.example.com -u bot --password-stdin",
      "Das Passwort ist Sommer2024!"})
  void theValueIsALeak(String text) {
    ScanReport r = Fixtures.scanner().scan(text);
    assertThat(r.clean()).as(text).isFalse();
    assertThat(r.redacted()).as(text).contains("[REDACTED:");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Das Passwort ist mindestens zwölf Zeichen lang.",
      "Das Kennwort war abgelaufen, bitte neu setzen.",
      "You need to set the API_TOKEN to something only you know.",
      "set SESSION_TOKEN_TTL to 3600 seconds",
      "I set GITHUB_TOKEN to your personal access token.",
      "set OPENAI_API_KEY to sk-your-key-here before running",
      "Then set SECRET_KEY_BASE to the output of `rails secret`.",
      "We reset TOKEN_CACHE_DIRECTORY to /var/cache/app-tokens on boot.",
      "echo $GH_TOKEN | gh auth login --with-token",
      "echo \"${REGISTRY_PASSWORD}\" | docker login -u ci --password-stdin",
      "cat ~/.ghcr_token | docker login ghcr.io -u me --password-stdin"})
  void policiesVariablesAndWordsAreNot(String text) {
    assertThat(Fixtures.scanner().scan(text).clean()).as(text).isTrue();
  }
}
