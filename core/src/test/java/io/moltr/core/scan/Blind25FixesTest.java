package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Focused tests for the general causes the Blind25 first run showed. */
class Blind25FixesTest {
  private static boolean blocked(String text) {
    return !Fixtures.scanner().scan(text).clean();
  }

  @Test
  void unsignedJwtIsNoSecretUnderAnyGenericRule() {
    String none = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiI2Mzc0IiwibmFtZSI6InRlc3QgdXNlciJ9.";
    assertThat(blocked("# .env\nAPP_ENV=production\nSAMPLE_TOKEN=" + none + "\nPORT=3000\n")).isFalse();
    assertThat(blocked("id\tservice\tsample_token\tcreated\n10\tnotifier\t" + none + "\t2026-11-28\n")).isFalse();
    assertThat(blocked("{\"headers\":[{\"name\":\"X-idTokenDebug\",\"value\":\"" + none + "\"}]}")).isFalse();
    // a signed token under the same names is still a secret
    String signed = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI2Mzc0IiwibmFtZSI6InRlc3QgdXNlciJ9."
        + "qF3xv0Zx8oVQ2nWl7cJ6bT1yPp9dK4mR5sE3uA7hG2o";
    assertThat(blocked("# .env\nSAMPLE_TOKEN=" + signed + "\n")).isTrue();
  }

  @Test
  void hexUnderAnIdNameIsAnIdentifier() {
    assertThat(blocked("{\"level\":\"debug\",\"msg\":\"env\",\"signing_key_id\":\"584EAD24B44640F0\"}")).isFalse();
    assertThat(blocked("{\n  \"signingKeyId\": \"F13E6CE47E65C222\",\n  \"AllowedHosts\": \"*\"\n}")).isFalse();
    assertThat(blocked("[Service]\nEnvironment=\"SIGNING_KEY_ID=327A1E318E3AEC6B\"\n")).isFalse();
    assertThat(blocked("{\"signing_key\":\"Xk29fLq8ZpR3mWv7TtY4nB6c\"}")).isTrue();
  }

  @Test
  void objectPathsWithTwoExtensionsAreFileNames() {
    assertThat(blocked("FROM node:20-alpine\nENV OBJECT_KEY=uploads/2026/11/30/077412dbc3d7/export.csv.gz\n")).isFalse();
    assertThat(blocked("{\"variable\": [{\"key\": \"objectKey\", \"value\": \"uploads/2026/11/30/89a81b7a6bae/invoice.pdf\"}]}")).isFalse();
  }

  @Test
  void paginationTokenInEnvIsNoKey() {
    assertThat(blocked("FROM node:20-alpine\nENV PAGE_TOKEN=eyJwYWdlIjoxMywic29ydCI6ImNyZWF0ZWRfYXQiLCJkaXIiOiJkZXNjIn0=\nRUN npm ci\n")).isFalse();
  }

  @Test
  void nameValuePairsInsideEscapedJsonAndPassNames() {
    assertThat(blocked("{\"tool_calls\":[{\"function\":{\"name\":\"set_env\",\"arguments\":\"{\\\"name\\\":\\\"DB_PASSWORD\\\",\\\"value\\\":"
        + "\\\"dacsvqYO0AlezHSQ7rQZCG\\\"}\"}}]}")).isTrue();
    assertThat(blocked("{\"request\":{\"headers\":[{\"name\":\"Content-Type\",\"value\":\"application/json\"},"
        + "{\"name\":\"X-smtpPass\",\"value\":\"D3RqPsg8qvzHJgMA7pxe6q3hp\"}]}}")).isTrue();
  }

  @Test
  void semicolonCsvAndQuotedCellsAndPassColumns() {
    assertThat(blocked("sep=;\nName;Umgebung;DD_API_KEY;Kommentar\nnotifier;prod;a63773c18a6d7d5051f62279e397d063;"
        + "\"aus Vault kopiert; bitte rotieren\"\netl-nightly;test;;leer\n")).isTrue();
    assertThat(blocked("id\tservice\tsmtp_pass\tcreated\n13\torders-worker\trNp876xReHrKi4t3kfC5\t2026-11-25\n")).isTrue();
    assertThat(blocked("name,api_key,note\nbilling,\"Xq7vR2mK9pL4sT8wZ3nB\",\"moved, then rotated\"\n")).isTrue();
    // the same tables without a random value under the secret column
    assertThat(blocked("sep=;\nName;Preis;api_key;Kommentar\nWidget;3,50;${API_KEY};\"aus Vault; bitte rotieren\"\n")).isFalse();
    assertThat(blocked("id\tservice\tsmtp_pass\tcreated\n13\torders-worker\t********\t2026-11-25\n")).isFalse();
  }

  @Test
  void yamlBlockScalarAndTabSeparatedValues() {
    assertThat(blocked("settings:\n  dd_api_key: >-\n    ec40ad92bed0959b7508b2a1c1d1405e\n  retries: 5\n")).isTrue();
    assertThat(blocked("env:\n  signing_key: |\n    Qm9x7TzLp2VwR8kNc4HdYs6J\n")).isTrue();
    assertThat(blocked("COPY public.app_settings (id, name, value) FROM stdin;\n5\tlog_level\tinfo\n10\taws_secret_access_key\t"
        + "Mo02KAUOsaTO85uE2FyFsyMIZ9r1EIduLCVn8ZIc\n\\.\n")).isTrue();
    // names with no value of their own
    assertThat(blocked("settings:\n  api_key: >-\n    ${API_KEY}\n")).isFalse();
    assertThat(blocked("token:\n  min: 3\n  max: 40\n")).isFalse();
    assertThat(blocked("api_key\tcreated_at\towner\nsecret_name\tpayments-db-v2\n")).isFalse();
    assertThat(blocked("settings:\n  signing_key_id: >-\n    584EAD24B44640F0\n")).isFalse();
    assertThat(blocked("\tA\tB\n3\tSIGNING_KEY_ID\t327A1E318E3AEC6B\n")).isFalse();
  }
}
