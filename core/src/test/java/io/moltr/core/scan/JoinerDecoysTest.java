package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The joiners added for keys built from '+' literals and cut into uneven groups share the piece
 * budget: however many harmless chains or groups come first, the cut key after them is found, or
 * the text is reported unread as {@code scan-budget}. It never passes clean.
 */
class JoinerDecoysTest {
  private static final String CUT_HOOK =
      "\nconst hook = \"https://hooks.sl\" + \"ack.com/services/TWR2J15WMV8/BEWZSWN06DW/i7u2WHEfdVIa2G8CFUVDw5RK\";\n";
  private static final String CUT_KEY = "\nkey: AKIA-QGTTE5-HRDM6-RL2QI\n";
  private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private static String word(Random r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(ALNUM.charAt(r.nextInt(ALNUM.length())));
    }
    return b.toString();
  }

  private static String chains(int lines, long seed) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      b.append("v").append(i).append(" = \"").append(word(r, 7 + r.nextInt(6))).append("\" + \"")
          .append(word(r, 7 + r.nextInt(6))).append("\" + \"").append(word(r, 5)).append("\";\n");
    }
    return b.toString();
  }

  private static String groups(int lines, long seed) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      b.append("id ").append(word(r, 3 + r.nextInt(4))).append('-').append(word(r, 2 + r.nextInt(5)))
          .append('-').append(word(r, 2 + r.nextInt(5))).append('-').append(word(r, 4 + r.nextInt(6)))
          .append('\n');
    }
    return b.toString();
  }

  private static boolean foundOrUnread(ScanReport r, String ruleId) {
    return r.findings().stream().anyMatch(f -> f.ruleId().equals(ruleId) || f.ruleId().equals("scan-budget"));
  }

  @Test
  void aKeyBuiltFromLiteralsAfterManyChainsIsFoundOrTheTextUnread() {
    for (int lines : new int[] {0, 50, 2_000, 20_000}) {
      ScanReport r = Fixtures.scanner().scan(chains(lines, lines) + CUT_HOOK);
      assertThat(r.clean()).as(lines + " chains").isFalse();
      assertThat(foundOrUnread(r, "slack-webhook")).as(lines + " chains").isTrue();
    }
  }

  @Test
  void aKeyInUnevenGroupsAfterManyRunsIsFoundOrTheTextUnread() {
    for (int lines : new int[] {0, 50, 2_000, 20_000}) {
      ScanReport r = Fixtures.scanner().scan(groups(lines, lines) + CUT_KEY);
      assertThat(r.clean()).as(lines + " runs").isFalse();
      assertThat(foundOrUnread(r, "aws-access-key-id")).as(lines + " runs").isTrue();
    }
  }
}
