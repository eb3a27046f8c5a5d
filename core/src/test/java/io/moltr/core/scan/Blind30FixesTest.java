package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The general causes behind blind30's misses and false positives, one focused case each. */
class Blind30FixesTest {
  private static boolean blocked(String text) {
    return !Fixtures.scanner().scan(text).clean();
  }

  @Test
  void adjacentLiteralsAcrossLinesAreJoinedAsTheCompilerJoinsThem() {
    // Python's (and C's) implicit concatenation: no '+', one literal per line, uneven widths.
    assertThat(blocked("SECRET = (\n    \"AWS_SECRET_ACCESS_KEY\"\n    \"=Sq7dBiZrCdtBSCi\"\n    \"FFjj0JNV7eNXp03oOxujtXwz6\"\n)\n")).isTrue();
    assertThat(blocked("DSN = (\"https://b4e0adc95bfb1305011b31\"\n       \"f26d0d5060@o731777.ingest.sentry.io/4971075\")\n")).isTrue();
    assertThat(blocked("const char *key =\n    \"HMAC_SIGNING_SECRET=484a271a1164376c9266\"\n    \"ffe108cb27275889ee7ee0ae51ccb54565c2df2bf1e8\";\n")).isTrue();
  }

  @Test
  void adjacentLiteralsOfPlainWordsStayClean() {
    assertThat(blocked("msg = (\n    \"Deployment finished; \"\n    \"see the dashboard for details\"\n)\n")).isFalse();
    assertThat(blocked("HELP = (\"usage: tool [--verbose]\"\n        \"  --region eu-west-1\")\n")).isFalse();
  }

  @Test
  void aTemplatePipelineIsNoValue() {
    assertThat(blocked("data:\n  api-key: {{ .Values.dbPassword | b64enc | quote }}\n")).isFalse();
    assertThat(blocked("  password: {{ vault_db_password | default(omit) }}\n")).isFalse();
    // A literal value after a template on the same line is still read.
    assertThat(blocked("name: {{ .Release.Name }}\npassword: Xk29pLmq7RtZ4wV8\n")).isTrue();
    assertThat(blocked("{{ header }} db_password = \"Xk29pLmq7RtZ4wV8\"\n")).isTrue();
  }

  @Test
  void anAsanaV2TokenNeedsNoName() {
    String pat = "2/1585162073175491/1991693334553571:3101c1a03010dffb578ca35544347bc9";
    assertThat(blocked("payload = " + pat + "\n")).isTrue();
    assertThat(blocked("payload = base64.b64decode(\"" + java.util.Base64.getEncoder().encodeToString(pat.getBytes(
        java.nio.charset.StandardCharsets.US_ASCII)) + "\")\n")).isTrue();
    assertThat(blocked("due 2/14/2026, ticket 2/1585162073175491 done\n")).isFalse();
  }

  @Test
  void aChainAssignedInParenthesesOrBelowItsNameKeepsTheName() {
    // The name on the line above the literals, Python's usual way to wrap a long string.
    assertThat(blocked("API_SECRET = (\n    \"Xk29pLmq7RtZ\"\n    \"4wV8bN3cQ\"\n)\n")).isTrue();
    // KEY = ("..." and the rest on the next line: the '(' stands between the name and the value.
    assertThat(blocked("DD_API_KEY = (\"dc8a43d93db061c0\"\n    \"6962909260a1ad9d\")\n")).isTrue();
    // A setter call keeps its parenthesis: the setter rule reads it.
    assertThat(blocked("client.setApiKey(\"dc8a43d93db061c0\" +\n    \"6962909260a1ad9d\");\n")).isTrue();
    assertThat(blocked("HASHES = (\n    \"5d41402abc4b2a76b9719d911017c592\"\n    \"7d793037a0760186574b0282f2f435e7\"\n)\n")).isFalse();
    assertThat(blocked("BASE = (\n    \"https://api.example.com/v1/\"\n    \"orders?limit=100&page=2\"\n)\n")).isFalse();
  }

  @Test
  void aChainWhosePlusOpensTheNextLineIsJoined() {
    assertThat(blocked("String ddApiKey = \"dc8a43d93db0\"\n        + \"61c06962909260a1ad9d\";\n")).isTrue();
    assertThat(blocked("const mistralApiKey = 'Xk29pLmq7RtZ4wV8'\n  + 'bN3cQyT6uJ1oP5sD';\n")).isTrue();
    assertThat(blocked("String msg = \"Deployment finished;\"\n    + \"see-the-dashboard\";\n")).isFalse();
  }

  @Test
  void adjacentLiteralsJoinedByABackslashContinuationAreJoined() {
    assertThat(blocked("DD_API_KEY = \"dc8a43d93db0\" \\\n    \"61c06962909260a1ad9d\"\n")).isTrue();
    assertThat(blocked("label = \"Deployment finished\" \\\n    \"see-the-dashboard\"\n")).isFalse();
  }
}
