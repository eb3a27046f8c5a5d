package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The piece joiner's budget. Decoy runs of short groups ahead of a key cut into pieces used to
 * spend it (eight rows of digit groups were enough) and let the key through unjoined; now every
 * run's joins share one layer, the budget is the text's length and more, and a text that still
 * spends it is reported unread.
 */
class PieceBudgetTest {
  static final String SPLIT_SECRET = "Here is the key in parts: AKIA Q7LM 3NX5 TP2W D4RZ\n"
      + "and the secret: wJal rXUt nFEM I/K7 MDEN G/bP xRfi CYzQ 9vLm 3kTd\n";

  static String digitRows(int rows, long seed) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < rows; i++) {
      b.append("row ").append(i).append(": ");
      for (int g = 0; g < 4; g++) {
        b.append(String.format("%04d ", r.nextInt(10000)));
      }
      b.append('x').append(String.format("%04d", r.nextInt(10000))).append("ab\n");
    }
    return b.toString();
  }

  @Test
  void aKeyInPiecesAfterRowsOfDigitGroupsIsStillJoined() {
    assertThat(Fixtures.scanner().scan(SPLIT_SECRET).findings()).isNotEmpty();
    for (int rows : new int[] {8, 40}) {
      ScanReport r = Fixtures.scanner().scan(digitRows(rows, rows) + SPLIT_SECRET);
      assertThat(r.findings()).as(rows + " rows").extracting(Finding::ruleId)
          .contains("generic-secret-assignment");
    }
    // Four hundred rows of card-like groups spend the budget: the text is blocked all the same.
    ScanReport r = Fixtures.scanner().scan(digitRows(400, 400) + SPLIT_SECRET);
    assertThat(r.clean()).isFalse();
    assertThat(r.redacted()).doesNotContain("wJal");
  }

  @Test
  void aKeyInPiecesPastTheSpentBudgetIsReportedUnread() {
    String text = digitRows(40, 1) + SPLIT_SECRET;
    ScanReport full = new ScanRun(Fixtures.scanner().index(), text, 2).run();
    assertThat(full.findings()).extracting(Finding::ruleId).contains("generic-secret-assignment");
    // With a budget the decoy rows spend, the key's pieces are not joined: the scan says so.
    ScanReport spent = new ScanRun(Fixtures.scanner().index(), text, 2).pieceBudget(600).run();
    assertThat(spent.findings()).extracting(Finding::ruleId)
        .doesNotContain("generic-secret-assignment").contains(ScanRun.BUDGET_ID);
    assertThat(spent.clean()).isFalse();
  }

  @Test
  void aTextOfNothingButPiecesIsReportedWhenItSpendsTheBudget() {
    Random r = new Random(5);
    StringBuilder b = new StringBuilder();
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ234567";
    while (b.length() < 200_000) {
      for (int g = 0; g < 5; g++) {
        for (int k = 0; k < 5; k++) {
          b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        b.append(g < 4 ? " | " : "\n");
      }
    }
    ScanReport report = Fixtures.scanner().scan(b + SPLIT_SECRET);
    assertThat(report.clean()).isFalse();
    assertThat(report.findings()).extracting(Finding::ruleId).contains(ScanRun.BUDGET_ID);
    assertThat(report.redacted()).isEqualTo("[REDACTED:" + ScanRun.BUDGET_ID + "]");
  }

  @Test
  void svgPathsAndTablesOfNumbersStayClean() {
    Random r = new Random(9);
    StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 16\">\n");
    for (int i = 0; i < 400; i++) {
      svg.append(String.format("  <path d=\"M%d.%d %d.%dc%d.%d-%d.%d %d.%d %d.%d\"/>\n", r.nextInt(16), r.nextInt(1000),
          r.nextInt(16), r.nextInt(1000), r.nextInt(9), r.nextInt(1000), r.nextInt(9), r.nextInt(1000), r.nextInt(9),
          r.nextInt(1000), r.nextInt(9), r.nextInt(1000)));
    }
    assertThat(Fixtures.scanner().scan(svg.append("</svg>\n").toString()).findings()).isEmpty();
    StringBuilder table = new StringBuilder("| region | p50 ms | p99 ms | errors | requests |\n|---|---|---|---|---|\n");
    for (int i = 0; i < 500; i++) {
      table.append(String.format("| eu-%d | %d | %d | %d | %d |\n", i % 7, r.nextInt(90), 100 + r.nextInt(900), r.nextInt(5),
          r.nextInt(100000)));
    }
    assertThat(Fixtures.scanner().scan(table.toString()).findings()).isEmpty();
  }
}
