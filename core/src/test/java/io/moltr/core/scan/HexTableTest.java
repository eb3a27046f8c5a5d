package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Tables of hex codes (Perl's Unicode::Collate::CJK code point lists, {@code od -An -x}) are rows
 * of four- and five-digit hex groups. Their groups are not the pieces of a key cut by spaces,
 * and their all-digit runs are not card numbers: such a file is read whole and found clean,
 * where it used to spend the join budget and be reported unread. A key or a card written in
 * groups on its own line is still found.
 */
class HexTableTest {
  private static String codePointTable(int rows, Random random) {
    StringBuilder t = new StringBuilder("package Unicode::Collate::CJK::Sample;\n\n1;\n__DATA__\n");
    for (int r = 0; r < rows; r++) {
      for (int g = 0; g < 10; g++) {
        if (g > 0) {
          t.append(' ');
        }
        if (r % 3 == 0) {
          t.append(5000 + random.nextInt(4999)); // a row of code points with no letter
        } else if (random.nextInt(20) == 0) {
          t.append(String.format("2%04X", random.nextInt(0x10000))); // beyond the BMP
        } else {
          t.append(String.format("%04X", 0x4E00 + random.nextInt(0x5000)));
        }
      }
      t.append('\n');
    }
    return t.toString();
  }

  private static String odDump(int rows, Random random) {
    StringBuilder t = new StringBuilder("$ od -An -x firmware.bin\n");
    for (int r = 0; r < rows; r++) {
      for (int g = 0; g < 8; g++) {
        t.append(' ').append(String.format("%04x", random.nextInt(0x10000)));
      }
      t.append('\n');
    }
    return t.toString();
  }

  @Test
  void aCodePointTableIsReadWholeAndClean() {
    String table = codePointTable(2_000, new Random(11));
    ScanReport report = Fixtures.scanner().scan(table);
    assertTrue(report.clean(), report.findings().toString());
  }

  @Test
  void anOdDumpWithoutOffsetsIsReadWholeAndClean() {
    String dump = odDump(4_000, new Random(12));
    ScanReport report = Fixtures.scanner().scan(dump);
    assertTrue(report.clean(), report.findings().toString());
  }

  @Test
  void allDigitRowsOfATableHoldNoCard() {
    // 5421 5457 5459 5423 ... : some sixteen of these digits pass Luhn at a Mastercard IIN.
    String rows = "53FB 5412 5416 5406 544B 5452 5453 5454 5456 5443\n"
        + "5421 5457 5459 5423 5432 5482 5494 5477 5471 5464\n"
        + "549A 549B 5484 5476 5466 549D 5463 5499 5497 548A\n";
    assertTrue(Fixtures.scanner().scan(rows).clean());
  }

  @Test
  void aCardOnItsOwnLineIsStillACard() {
    String text = "5421 5457 5459 5423 5432 5482 5494 5477 5471 5464\nCard on file:\n5414 5415 5416 5417\n";
    assertFalse(Fixtures.scanner().scan(text).clean());
  }

  @Test
  void aHexKeyCutIntoGroupsAfterItsNameIsStillFound() {
    ScanReport report = Fixtures.scanner().scan("DD_API_KEY=679d 0540 98ab 3c4d 5e6f 7a8b 9c0d 1e2f\n");
    assertEquals("datadog-api-key", report.findings().get(0).ruleId());
  }

  @Test
  void aRowNeedsSixGroupsAndANeighbourRow() {
    String row = "5421 5457 5459 5423 5432 5482\n";
    assertTrue(Decoders.hexTableRow(row, 0));
    assertFalse(Decoders.hexTableRow("5421 5457 5459 5423 5432\n", 0));
    assertFalse(Decoders.hexTableRow("ids 5421 5457 5459 5423 5432 5482\n", 0));
    assertFalse(Decoders.inHexTable(row, 3), "one row alone is no table");
    assertTrue(Decoders.inHexTable(row + row, 3));
    assertTrue(Decoders.inHexTable(row + row, row.length() + 3));
  }
}
