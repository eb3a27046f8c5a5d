package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The causes of the false positives found on real files (bench/wild over the system's Python
 * packages, the JDK's sources, C headers and npm's modules), each next to a leak of the same
 * shape that must still be reported. Every clean row was flagged before the fix.
 */
class RealFilesFixesTest {
  private final OutputScanner scanner = Fixtures.scanner();

  @ParameterizedTest(name = "{2}: {0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      NAMES = ['ASAuthorizationAppleIDCredential', 'ASAuthorizationAppleIDProvider', 'ASPasswordCredentialIdentity']  | false | a list of type names
      CLASSES = ('HMAccessoryOwnershipToken', 'HMAccessoryProfile', 'NSPersistentHistoryToken')                      | false | type names ending in a keyword
      headers.put("X-Client-Secret", "Hq8sK2vX9pLm4Tz7Wd3N");                                                          | true  | a random value after the same separator
      for index, token, value in stream:\\n        if token is Comment.Preproc:\\n            continue          | false | a dotted name after 'is'
      the token is Xq7vL2mN9pR4sT8wK3z                                                                                | true  | a random value after 'is'
      --validation-shared-key='secret_version=projects/PROJECT/secrets/SECRET/versions/VERSION'                       | false | a Secret Manager reference
      client_secret=Zq8vL2mN9pR4sT8wK3xQ                                                                              | true  | a value in the same place
      extra_args += ["--password", password]                                                                          | false | a variable after the option
      args = ["--password", "Tr0ub4dorXq73"]                                                                          | true  | a literal after the option
      // protect against shoulder-hacks if the password is memorable, I guess?                                       | false | a word in a sentence
      the password is Xk9mQ2vL8r4T                                                                                    | true  | a password in a sentence
      { "keystore.password", "Keystore-Kennwort" },                                                                   | false | a label in a message bundle
      { "key.password", "Schlüsselkennwort" },                                                                        | false | a label with a non-ASCII letter
      { "new.password", "新しいパスワード" },                                                                           | false | a label in Japanese
      { "keystore.password", "Kx9mQ2vL8pw4" },                                                                        | true  | a password in the same place
      return f'machine {host} login {self.username} password {self.password}'                                         | false | a template field in netrc syntax
      machine api.example.com login deploy password Vq7xK2mL9p                                                        | true  | a netrc password
      POST https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/sa-target@my-proj.iam.gserviceaccount.com:generateAccessToken | false | an API's custom method after an account
      alice@mailbox.org:Sunfl0wer92x                                                                                  | true  | the combo-list format
      .. _`Bearer Token`: https://tools.ietf.org/html/rfc6750                                                        | false | a reST link target
      .. _`Bearer Token`: Vq7xK2mL9pR4sT8wK3zQ                                                                        | true  | a key in the same place
      {"access_token":"2YotnFZFEjr1zCsicMWpAA","token_type":"example","expires_in":3600}                              | false | RFC 6749's example token
      {"access_token":"9YqtnFZKEjr1zCsicMWpAQ","token_type":"bearer","expires_in":3600}                               | true  | a token of the same shape
      """)
  void realFileShapesAndTheirLeaks(String text, boolean leak, String why) {
    ScanReport r = scanner.scan(text.replace("\\n", "\n"));
    assertThat(!r.clean()).as(why + " " + r.findings()).isEqualTo(leak);
  }

  @Test
  void aGithubTokenWhoseChecksumFailsIsNotReportedByAnyRule() {
    String valid = FakeSecrets.github(new Random(7), "ghp_");
    char last = valid.charAt(39);
    String broken = valid.substring(0, 39) + (last == 'a' ? 'b' : 'a');
    for (String context : new String[] {"token %s", "example_token=%s", "GITHUB_TOKEN: \"%s\"", "api_key = '%s'"}) {
      assertThat(scanner.scan(String.format(context, valid)).clean()).as(context).isFalse();
      assertThat(scanner.scan(String.format(context, broken)).findings()).as(context).isEmpty();
    }
    assertThat(ScanRun.brokenGithubToken(broken)).isTrue();
    assertThat(ScanRun.brokenGithubToken(valid)).isFalse();
  }

  @Test
  void wordNamesAreTypeNamesNotRandomKeys() {
    assertThat(ScanRun.wordName("ASAuthorizationAppleIDProvider")).isTrue();
    assertThat(ScanRun.wordName("opaqueCMBufferQueueTriggerToken")).isTrue();
    assertThat(ScanRun.wordName("Hq8sK2vX9pLm4Tz7Wd3N")).isFalse();
    assertThat(ScanRun.wordName("wJalrXUtnFEMI_K7MDENG")).isFalse();
    assertThat(ScanRun.wordName("Session-Token-Value")).isFalse(); // only letters, digits and '_'
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    Random random = new Random(20261130);
    int named = 0;
    int keys = 20_000;
    for (int k = 0; k < keys; k++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 16; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      named += ScanRun.wordName(b.toString()) ? 1 : 0;
    }
    // Random 16-character keys read as names about twice in a thousand; more would cost recall.
    assertThat(named).isLessThan(keys / 200);
  }
}
