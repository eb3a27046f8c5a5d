package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Digit-anchored card rules say how many digits a card holds (min_digits, max_digits): a digit
 * run with no stretch of a card's length that passes Luhn is not read by them. Logs and exports
 * full of long numbers (millisecond times, order ids) no longer spend the regex budget and end
 * reported unread, and every card is still found.
 */
class DigitRunBoundsTest {
  private static final Random RANDOM = new Random(20261201);

  /** A number of {@code len} digits after {@code prefix}, its last digit set so Luhn holds. */
  static String card(String prefix, int len) {
    StringBuilder b = new StringBuilder(prefix);
    while (b.length() < len - 1) {
      b.append((char) ('0' + RANDOM.nextInt(10)));
    }
    for (char c = '0'; c <= '9'; c++) {
      if (Validation.luhn(b + String.valueOf(c))) {
        return b.append(c).toString();
      }
    }
    throw new AssertionError("no check digit");
  }

  /** A JSON-lines log of about {@code size} characters: millisecond times and 12-digit ids. */
  static String log(int size) {
    StringBuilder b = new StringBuilder();
    long ts = 1_764_547_200_000L;
    while (b.length() < size) {
      ts += 1 + RANDOM.nextInt(900);
      // Ids start with 1 to 4: no card rule can read a 12-digit number there (Maestro is 5 or 6).
      long id = (1 + RANDOM.nextInt(4)) * 100_000_000_000L + RANDOM.nextLong(100_000_000_000L);
      b.append("{\"ts\": ").append(ts).append(", \"level\": \"info\", \"msg\": \"order shipped\", ")
          .append("\"order_id\": ").append(id).append(", \"latency_ms\": ").append(RANDOM.nextInt(900))
          .append("}\n");
    }
    return b.toString();
  }

  @Test
  void aLogOfLongNumbersIsReadWhole() {
    for (int size : new int[] {64 << 10, 256 << 10, 1000 << 10}) {
      ScanReport r = Fixtures.scanner().scan(log(size));
      assertThat(r.findings()).as("%d characters of log", size).isEmpty();
    }
  }

  @Test
  void aCardInTheLogIsFound() {
    String text = log(128 << 10);
    int at = text.indexOf('\n', text.length() / 2) + 1;
    String visa = card("4", 16);
    String withCard = text.substring(0, at) + "{\"card\": \"" + visa + "\"}\n" + text.substring(at);
    ScanReport r = Fixtures.scanner().scan(withCard);
    assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("visa-card");
    assertThat(r.redacted()).doesNotContain(visa);
  }

  @Test
  void everyNetworkAtEveryLengthItsRuleSays() {
    // Rule, IIN, length, and the grouping the network prints (empty: written unspaced only).
    String[][] cases = {
      {"visa-card", "4", "16", "4444"}, {"visa-card", "4", "19", ""},
      {"mastercard-card", "53", "16", "4444"}, {"mastercard-card", "2221", "16", "4444"},
      {"amex-card", "37", "15", "465"}, {"discover-card", "6011", "16", "4444"},
      {"discover-card", "65", "19", ""}, {"diners-card", "305", "14", "464"},
      {"jcb-card", "3530", "16", "4444"}, {"jcb-card", "3589", "19", ""},
      {"unionpay-card", "62", "16", "4444"}, {"unionpay-card", "62", "19", "44443"},
      {"maestro-card", "6759", "12", ""}, {"maestro-card", "58", "13", ""},
      {"maestro-card", "50", "18", ""}, {"maestro-card", "6759", "16", "4444"},
      {"mir-card", "2201", "16", "4444"}, {"rupay-card", "6080", "16", "4444"},
    };
    for (String[] c : cases) {
      for (int k = 0; k < 5; k++) {
        String number = card(c[1], Integer.parseInt(c[2]));
        for (String written : new String[] {number, grouped(number, c[3], ' '), grouped(number, c[3], '-')}) {
          ScanReport r = Fixtures.scanner().scan("Card on file: " + written + " (exp 04/29)");
          // Where two networks' ranges overlap (RuPay's 6080 is also a Maestro IIN) one rule reports.
          assertThat(r.findings()).as("%s %s", c[0], written).extracting(Finding::ruleId)
              .anyMatch(id -> id.endsWith("-card"));
        }
      }
    }
  }

  /** The number in groups of the given sizes ("465": 4, 6 and 5), or as it is when none. */
  private static String grouped(String number, String sizes, char sep) {
    StringBuilder b = new StringBuilder();
    int at = 0;
    for (char size : sizes.toCharArray()) {
      if (at > 0) {
        b.append(sep);
      }
      b.append(number, at, at + size - '0');
      at += size - '0';
    }
    return sizes.isEmpty() ? number : b.toString();
  }

  @Test
  void luhnLengthsAgreeWithTheCheckOnEveryStretch() {
    int[] d = new int[RuleSet.MAX_RUN_DIGITS];
    for (int round = 0; round < 20_000; round++) {
      int count = 12 + RANDOM.nextInt(RuleSet.MAX_RUN_DIGITS - 11);
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < count; i++) {
        d[i] = RANDOM.nextInt(10);
        s.append((char) ('0' + d[i]));
      }
      long expected = 0;
      for (int len = 12; len <= 19; len++) {
        for (int from = 0; from + len <= count; from++) {
          if (Validation.luhn(s.substring(from, from + len))) {
            expected |= 1L << len;
          }
        }
      }
      assertThat(ScanRun.luhnLengths(d, count, -1L, -1L)).as(s.toString()).isEqualTo(expected);
    }
  }

  @Test
  void alignedStretchesStartAndEndAtGroupEdges() {
    int[] d = new int[RuleSet.MAX_RUN_DIGITS];
    for (int round = 0; round < 20_000; round++) {
      int count = 12 + RANDOM.nextInt(RuleSet.MAX_RUN_DIGITS - 11);
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < count; i++) {
        d[i] = RANDOM.nextInt(10);
        s.append((char) ('0' + d[i]));
      }
      long starts = RANDOM.nextLong() | 1;
      long ends = RANDOM.nextLong() | 1L << (count - 1);
      long expected = 0;
      for (int len = 12; len <= 19; len++) {
        for (int from = 0; from + len <= count; from++) {
          if ((starts >>> from & 1) == 1 && (ends >>> (from + len - 1) & 1) == 1
              && Validation.luhn(s.substring(from, from + len))) {
            expected |= 1L << len;
          }
        }
      }
      assertThat(ScanRun.luhnLengths(d, count, starts, ends)).as(s.toString()).isEqualTo(expected);
    }
  }

  @Test
  void wordBoundedMeansBothEndsInEveryBranch() {
    assertThat(RuleSet.wordBounded("\\b4\\d{3}(?:[ -]?\\d{4}){3}\\b")).isTrue();
    assertThat(RuleSet.wordBounded("\\b(?:34|37)\\d{13}\\b")).isTrue();
    assertThat(RuleSet.wordBounded("\\b34\\d{13}|37\\d{13}\\b")).isFalse();
    assertThat(RuleSet.wordBounded("\\b\\d{12}\\\\b")).isFalse();
    assertThat(RuleSet.wordBounded("(?i)\\b\\d{12}\\b")).isFalse();
    assertThat(RuleSet.wordBounded("\\d{12}\\b")).isFalse();
  }

  @Test
  void aCsvOfMillisecondTimesIsReadWhole() {
    StringBuilder b = new StringBuilder("created_at,amount\n");
    while (b.length() < 1000 << 10) {
      b.append(1_764_547_200_000L + RANDOM.nextInt(1_000_000_000)).append(',')
          .append(RANDOM.nextInt(100_000)).append('\n');
    }
    assertThat(Fixtures.scanner().scan(b.toString()).findings()).isEmpty();
  }
}
