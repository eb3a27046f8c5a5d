package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Blind15: one focused case for each scanner fix the corpus led to. */
class Blind15FixesTest {
  private static boolean blocked(String text) {
    return !Fixtures.scanner().scan(text).clean();
  }

  @Test
  void secretDataValueThatDecodesToAPlaceholderIsNoLeak() {
    // base64 of REPLACE_ME and of <set-by-ci>
    assertThat(blocked("apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n"
        + "  api-key: UkVQTEFDRV9NRQ==   # filled by sealed-secrets\n")).isFalse();
    assertThat(blocked("apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n"
        + "  token: PHNldC1ieS1jaT4=\n")).isFalse();
    // a real data value still blocks: base64 of 32 random letters and digits
    assertThat(blocked("apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n"
        + "  token: " + java.util.Base64.getEncoder().encodeToString(
            "q8ZfT2mLw9XcR4vN7bK1pY6sH3dJ0gEa".getBytes()) + "\n")).isTrue();
  }

  @Test
  void aQuotedWordFollowedByAColonIsTheNextKeyNotAPasswordValue() {
    assertThat(blocked("\"properties\": {\n  \"password\": {\"type\": \"string\", \"format\": \"password\", "
        + "\"minLength\": 12}\n}")).isFalse();
    assertThat(blocked("{\"field\": \"password\", \"placeholderText\": \"Enter it\"}")).isFalse();
    // a call's arguments still carry a value: setenv("DB_PASSWORD", "...")
    assertThat(blocked("setenv(\"DB_PASSWORD\", \"Xk9#mQ2!vLr7Tz\");")).isTrue();
  }

  @Test
  void aToDoNoteIsAPlaceholder() {
    assertThat(blocked("DB_PASSWORD=TODO-set-me\nPORT=8080")).isFalse();
    assertThat(blocked("DB_PASSWORD=fixme_before_release\nPORT=8080")).isFalse();
    assertThat(blocked("DB_PASSWORD=Xk9mQ2vLr7Tz4wPb\nPORT=8080")).isTrue();
  }

  @Test
  void keyNamesWrittenAsOneWordInCamelCase() {
    assertThat(blocked("export const config = {\n  paymentsHmacKey: \"AALkoWec6QZNH1rBhCB3p4azwuE42jNjQ1z0Zx8eW8Ja81Aadzk9E\",\n};")).isTrue();
    assertThat(blocked("const sessionKey = 'f8Kq2LmZ9xWv4TbN7rYc3JhD6pGs1QeA';")).isTrue();
    assertThat(blocked("const aesKey = 'f8Kq2LmZ9xWv4TbN7rYc3JhD6pGs1QeA';")).isTrue();
  }

  @Test
  void aTwilioAccountSidIsAUserNameButItsAuthTokenIsASecret() {
    assertThat(blocked("Message SMca0c55bc3d8bc19079ec48b7b2aed24a queued from account "
        + "ACa71b1090f6561b14a558b42809af93e5 (status: queued)")).isFalse();
    assertThat(blocked("TWILIO_ACCOUNT_SID=ACa71b1090f6561b14a558b42809af93e5\n"
        + "TWILIO_AUTH_TOKEN=9f86d081884c7d659a2feaa0c55ad015\n")).isTrue();
  }

  @Test
  void aPrefixedKeyCutIntoAListWithCommasOrSemicolonsIsJoined() {
    assertThat(blocked("data: hf_CnSci, fYaaZQww, jRFsdaQQ, dMorYQPn, dVtNA")).isTrue();
    assertThat(blocked("{\"data\":\"hf_CnSci; fYaaZQww; jRFsdaQQ; dMorYQPn; dVtNA\"}")).isTrue();
    // a list of prefixes and words is not a key
    assertThat(blocked("Tokens start with hf_, ghp_, glpat-, sk-ant-; models, datasets, spaces.")).isFalse();
  }

  @Test
  void aKeyValueWithSymbolsUnderASecretName() {
    assertThat(blocked("import requests\n\napiKey = \"40aYOU@i6vf6iiJ?5NeZ\"\n")).isTrue();
    assertThat(blocked("client_secret: \"Xk9#mQ2!vLr7Tz%wPb4*\"")).isTrue();
    // still no key: a masked value
    assertThat(blocked("api_key: \"ab12****************\"")).isFalse();
    // an account's e-mail address and a note of words are no keys, symbols or not
    assertThat(blocked("credential: \"deployer@acme-prod-123456.iam.gserviceaccount.com\"")).isFalse();
    assertThat(blocked("client_secret = \"See-the-vault@prod!\"")).isFalse();
  }

  @Test
  void aKeyWrappedByAnEscapedLineBreakInsideAJsonStringIsJoined() {
    assertThat(blocked("{\"data\":\"AGE_KEY=AGE-SECRET-KEY-16CZ2MLCD89D9CS06T52EM\\n"
        + "Y8Z6D7NRTZPMFQP60226G7MJNSYD5ESQLEH0L\"}")).isTrue();
    assertThat(blocked("{\"tool\":\"write_file\",\"content\":\"export HF=hf_CnScifYaaZQwwjRFsdaQQ\\n"
        + "dMorYQPndVtNA\\n\"}")).isTrue();
  }
}
