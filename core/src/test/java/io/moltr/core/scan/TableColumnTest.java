package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A secret that only its column's header names: CSV, TSV and markdown tables. */
class TableColumnTest {
  private static final String KEY_A = "Xq7vR2mK9pL4sT8wZ3nB";
  private static final String KEY_B = "h4Jd9Qx2Lm7Rt5Vw8Kp3";

  private static ScanReport scan(String text) {
    return Fixtures.scanner().scan(text);
  }

  @Test
  void csvRowsUnderAnApiKeyHeader() {
    String text = "Here is the export you asked for:\n\nservice,api_key,owner\nbilling," + KEY_A
        + ",ops\nsearch," + KEY_B + ",platform\n";
    ScanReport r = scan(text);
    assertThat(r.clean()).isFalse();
    assertThat(r.redacted()).doesNotContain(KEY_A).doesNotContain(KEY_B)
        .contains("billing,[REDACTED:table-column-secret],ops");
  }

  @Test
  void markdownTableWithAClientSecretColumn() {
    String text = "| App | Client Secret | Expires |\n|-----|---------------|---------|\n"
        + "| portal | `" + KEY_A + "` | 2027-01-01 |\n| admin | " + KEY_B + " | 2027-03-01 |\n";
    ScanReport r = scan(text);
    assertThat(r.findings()).extracting(Finding::ruleId).contains("table-column-secret");
    assertThat(r.redacted()).doesNotContain(KEY_A).doesNotContain(KEY_B);
  }

  @Test
  void tsvWithAPasswordColumn() {
    String text = "user\tpassword\trole\nalice\t" + KEY_A + "\tadmin\n";
    assertThat(scan(text).redacted()).doesNotContain(KEY_A);
  }

  @Test
  void headerFarAboveStillCounts() {
    StringBuilder b = new StringBuilder("id,name,token\n");
    for (int i = 0; i < 30; i++) {
      b.append(i).append(",worker-").append(i).append(",\n");
    }
    b.append("31,worker-31,").append(KEY_A).append('\n');
    assertThat(scan(b.toString()).redacted()).doesNotContain(KEY_A);
  }

  @Test
  void hashesMaskedValuesWordsAndPlaceholdersAreNoSecrets() {
    String text = "user,password_hash,role\nalice,$2b$12$KIXQJp3ZKq8fKyqRwQ1hIeH8nYVjJrXlY9m7eNw5sD0vR2aB3cD4e,admin\n\n"
        + "| Name | Token | Note |\n|---|---|---|\n| ci | ghp_****************************aB3c | masked |\n"
        + "| dev | <your-token> | placeholder |\n| ops | changeme123 | default |\n\n"
        + "service,api_key,owner\nbilling,${BILLING_API_KEY},ops\nsearch,YOUR_API_KEY_HERE,platform\n";
    ScanReport r = scan(text);
    assertThat(r.findings()).extracting(Finding::ruleId).doesNotContain("table-column-secret");
  }

  @Test
  void aTableOfVariablesNamesSecretsWithoutHoldingThem() {
    // The row "API_KEY" names a secret, but heads nothing: the header is "Variable | Description".
    String text = "| Variable | Description |\n|---|---|\n| API_KEY | Your API key from the dashboard |\n"
        + "| STRIPE_KEY2 | The second Stripe key |\n| TIMEOUT_MS | Request timeout |\n\n"
        + "name,description\nAPI_KEY,the key\nSTRIPE_KEY2,backup key\n";
    assertThat(scan(text).clean()).isTrue();
  }

  @Test
  void rowsOfAnotherWidthAreAnotherTable() {
    String text = "service,api_key\nbilling,see vault\n\na,b,c\n1," + KEY_A + ",3\n";
    assertThat(scan(text).findings()).extracting(Finding::ruleId).doesNotContain("table-column-secret");
  }

  @Test
  void headerCheckNeedsTheKeywordToBeAWholeCell() {
    assertThat(TableColumn.header("service,api_key,owner\nx,y,z", 8, 15)).isTrue();
    assertThat(TableColumn.header("the api_key is below\nx,y,z", 4, 11)).isFalse();
    assertThat(TableColumn.header("service,api_key_id,owner\nx,y,z", 8, 15)).isFalse();
    assertThat(TableColumn.header("| Name | API Key |\n|---|---|", 9, 16)).isTrue();
    assertThat(TableColumn.header("service,api_key,owner", 8, 15)).isFalse(); // no row below
  }
}
