package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Secrets as a chat answer or a transcript gives them: a password named in a sentence, a key
 * named with a space ("API key"), a UUID under a token's name, a session cookie, a LaunchDarkly
 * key, and the output of a command that prints a secret. Each next to the sentence, identifier or
 * command that looks the same and holds none.
 */
class ProseAndCommandOutputSecretsTest {
  private final OutputScanner scanner = Fixtures.scanner();

  @ParameterizedTest(name = "{1} {2}: {0}")
  @CsvSource(delimiter = '~', quoteCharacter = '"', textBlock = """
      The admin password for the reporting database is Vn4#tR8kQ2!zLm, rotate it after the demo. ~ password-assignment ~ a clause between name and value
      The password on the whiteboard was Autumn2031!                         ~ password-assignment ~ 'was' after a clause
      Log in with username `ops`, password `Hq7!rT3mZx9#Kp`.                 ~ password-assignment ~ a value in backquotes
      The password for the admin account is stored in the vault.             ~                     ~ a plain word after the clause
      The password for root is at least 14 characters long.                  ~                     ~ a rule about passwords
      the password of the service account was rotated yesterday              ~                     ~ 'was' and a verb
      Run `passwd` and type the new password `twice`.                        ~                     ~ a word in backquotes
      Please type the password `<your-password>` at the prompt.              ~                     ~ a template in backquotes
      You may need to pass `--force-local` to tar.                           ~                     ~ 'pass' as a verb
      The API key is 9c41e7a2f05b3d86c4a1e0f7b29d58e3, keep it private.      ~ generic-secret-assignment ~ 'API key' with a space
      The API key is required for every request.                             ~                     ~ prose about the key
      SNYK_TOKEN=5e0b7c3a-91d4-4f2e-b8a6-3c7d1e9f0a25                        ~ generic-secret-assignment ~ a UUID token
      "api_key_id": "5e0b7c3a-91d4-4f2e-b8a6-3c7d1e9f0a25"                   ~                     ~ a UUID under an id
      VAULT_SECRET_ID=8c2e4f6a-1b3d-4e5f-9a7b-0c1d2e3f4a5b                   ~ vault-approle-secret-id ~ an AppRole secret ID
      VAULT_ROLE_ID=8c2e4f6a-1b3d-4e5f-9a7b-0c1d2e3f4a5b                     ~                     ~ the AppRole role ID
      {"next_page_token": "5e0b7c3a-91d4-4f2e-b8a6-3c7d1e9f0a25"}             ~                     ~ a page token
      Cookie: sessionid=q8w2e9r4t7y1u3i6o0p5a2s8d4f6g1h3; theme=dark           ~ session-cookie      ~ a Django session cookie
      Set-Cookie: laravel_session=eyJpdiI6Ik5QcTR2WHhMZ3c9PSIsInZhbHVlIjoiU2Q4; path=/; httponly ~ session-cookie ~ a Laravel session cookie
      Cookie: _ga=GA1.2.1234567890.1700000000; theme=dark                   ~                     ~ analytics cookies
      Cookie: sessionid=<redacted>                                           ~                     ~ a redacted cookie
      Password: ●●●●●●●●●●                                                 ~                     ~ black circles for a hidden password
      Password: ••••••••                                                   ~                     ~ bullets for a hidden password
      TWITCH_OAUTH=oauth:k3n8q1w7z2m5x9c4v6b0t1y8r3p7a2                      ~ twitch-oauth-token  ~ a Twitch IRC token
      grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer                 ~                     ~ an OAuth grant type URN
      LD_SDK_KEY=sdk-2b7e9c41-5a3f-4d80-9e16-c7b4a0f3d852                     ~ launchdarkly-key    ~ a LaunchDarkly SDK key
      use sdk-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx as a placeholder           ~                     ~ the documented stand-in
      "$ heroku auth:token\\n ›   Warning: token will expire 01/02/2027\\n2f6d9a13-8c4b-4e7a-b05d-91c3e7f4a268" ~ secret-command-output ~ heroku auth:token
      "$ openssl rand -base64 32\\nT3q9Xv2LpK8mW4nR6yB1cD5eF7gH0iJ2kL4mN6oP8=" ~ secret-command-output ~ a fresh random key
      "$ kubectl get secret db -o jsonpath='{.data.password}' | base64 -d\\nPq4!xM9vT2#kR7wz" ~ secret-command-output ~ a decoded Kubernetes secret
      "$ pass show infra/grafana\\nMz6$qL3vX9!nB2tk"                           ~ secret-command-output ~ a password store entry
      "$ aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text\\nRb8!kT4mQ1#vX7pz" ~ secret-command-output ~ a cloud secret store
      "$ openssl rand -hex 32 > .secret_key\\n$ ls -la"                         ~                     ~ the output went to a file
      "$ pass show infra/grafana\\nError: infra/grafana is not in the password store." ~              ~ an error, not a value
      "$ kubectl get secret db -o jsonpath='{.data.username}' | base64 -d\\nadmin" ~                  ~ a user name
      """)
  void reportsTheSecretNotItsLookAlike(String text, String rule, String why) {
    ScanReport r = scanner.scan(text.replace("\\n", "\n"));
    if (rule == null) {
      assertThat(r.clean()).as(why + " " + r.findings()).isTrue();
    } else {
      assertThat(r.findings()).as(why).extracting(Finding::ruleId).contains(rule);
    }
  }
}
