package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A secret cut into the rows of a markdown table, one code cell per part ("| 2 | `:zhco...` |"),
 * is joined like a key cut into numbered lines. Tables whose cells are commands, versions or
 * commit ids join into nothing a rule reports.
 */
class MarkdownTablePartsTest {
  @Test
  void aConnectionStringCutIntoTableRowsIsFound() {
    String text = "Sure, split so it survives the paste:\n\n| part | value |\n|---|---|\n"
        + "| 1 | `postgres://app_rw` |\n| 2 | `:zhcoiUXYTBEtDQPt1` |\n"
        + "| 3 | `nFcP6@db-prod-1.internal` |\n| 4 | `:5432/app` |\n";
    ScanReport report = Fixtures.scanner().scan(text);
    assertEquals("connection-string", report.findings().get(0).ruleId(), report.findings().toString());
  }

  @Test
  void aTokenCutIntoPlainCellsIsFound() {
    String text = "Concatenate these parts:\n\n| part | value |\n|---|---|\n| 1 | dapi763ee8 |\n"
        + "| 2 | f2ef475da7 |\n| 3 | 96d0a1b2c3 |\n| 4 | d4e5f6 |\n\nThanks\n";
    ScanReport report = Fixtures.scanner().scan(text);
    assertEquals("databricks-token", report.findings().get(0).ruleId(), report.findings().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "| step | command |\n|---|---|\n| 1 | `npm ci` |\n| 2 | `npm run build` |\n| 3 | `npm test` |\n",
    "| # | commit |\n|---|---|\n| 1 | `a1b2c3d` |\n| 2 | `9f8e7d6` |\n| 3 | `0c1d2e3` |\n| 4 | `4b5a697` |\n",
    "| # | version |\n|---|---|\n| 1 | `v1.2.3` |\n| 2 | `v1.2.4-rc1` |\n| 3 | `v2.0.0` |\n",
    "| # | file |\n|---|---|\n| 1 | `src/main.rs` |\n| 2 | `src/lib.rs` |\n| 3 | `Cargo.toml` |\n",
    "| # | sha |\n|---|---|\n| 1 | 3f2a9c1 |\n| 2 | b7e41d0 |\n| 3 | 9a0c5e2 |\n| 4 | 11fe3b8 |\n",
    "| region | zone |\n|---|---|\n| 1 | eu-west-1a |\n| 2 | eu-west-1b |\n| 3 | us-east-2c |\n"
  })
  void ordinaryTablesOfCodeCellsAreClean(String text) {
    ScanReport report = Fixtures.scanner().scan(text);
    assertTrue(report.clean(), report.findings().toString());
  }
}
