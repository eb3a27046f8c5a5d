package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Many encoded spans in one text. The same decoded text is read once and reported at every span
 * it came from; more distinct decoded text than the decode budget allows is reported, not skipped.
 */
class RepeatedEncodingsTest {
  static final String AWS_LINE = "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ9vLm3kTd";

  static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  static List<Finding> of(ScanReport r, String ruleId) {
    return r.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  @Test
  void aRepeatedEncodedSecretIsReportedAndRedactedAtEverySpan() {
    String enc = b64(AWS_LINE);
    String text = "first: " + enc + "\nsecond: " + enc + "\nthird, in a list: [" + enc + "]\n";
    ScanReport r = Fixtures.scanner().scan(text);
    List<Finding> found = of(r, "aws-secret-access-key");
    assertThat(found).hasSize(3);
    for (Finding f : found) {
      assertThat(text.substring(f.start(), f.end())).isEqualTo(enc);
      assertThat(f.decoding()).containsExactly("base64");
    }
    assertThat(r.redacted()).doesNotContain(enc.substring(8, 40));
  }

  @Test
  void aSecretEncodedTwiceAndRepeatedIsRedactedAtEverySpan() {
    String twice = b64(b64(AWS_LINE));
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      text.append(twice).append('\n');
    }
    ScanReport r = Fixtures.scanner().scan(text.toString());
    assertThat(of(r, "aws-secret-access-key")).hasSize(200);
    assertThat(r.redacted()).doesNotContain(twice.substring(10, 50));
  }

  @Test
  void aRegisteredSecretInARepeatedEncodedLineIsRedactedAtEverySpan() {
    OutputScanner s = Fixtures.fresh();
    String value = "Tq8-backup-Passphrase-71";
    s.setRegisteredSecrets(Map.of("backup passphrase", value));
    String enc = b64("restore with " + value + " tonight");
    ScanReport r = s.scan("a) " + enc + "\nb) " + enc + "\n");
    assertThat(of(r, ScanRun.REGISTERED_ID)).hasSize(2);
    assertThat(r.redacted()).doesNotContain(enc.substring(4, 30));
  }

  @Test
  void harmlessRepeatsStayCleanAndCostOneLayer() {
    String enc = b64("the deploy finished and the service is healthy again");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      text.append(enc).append('\n');
    }
    ScanRun run = new ScanRun(Fixtures.scanner().index(), text.toString(), 2);
    assertThat(run.run().findings()).isEmpty();
    assertThat(run.layers()).isLessThan(10);
  }

  @Test
  void decoysAheadOfAnEncodedSecretCannotExhaustTheBudgetUnseen() {
    // Thousands of distinct harmless encoded notes, then the secret: whatever the budget does not
    // reach is reported as unread, so the text is not passed as clean.
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 6_000; i++) {
      text.append(b64("note number " + i + " is fine")).append(' ');
    }
    text.append('\n').append(b64(AWS_LINE)).append('\n');
    ScanReport r = Fixtures.scanner().scan(text.toString());
    assertThat(r.clean()).isFalse();
    assertThat(r.findings()).extracting(Finding::ruleId).contains(ScanRun.BUDGET_ID);
    // What was not read is not released: the redacted text withholds all of it.
    assertThat(r.redacted()).isEqualTo("[REDACTED:" + ScanRun.BUDGET_ID + "]");
  }

  @Test
  void distinctEncodedValuesWithinTheBudgetAreEachRead() {
    // A manifest of a few hundred distinct encoded values is read through, without a budget report.
    StringBuilder text = new StringBuilder("data:\n");
    for (int i = 0; i < 400; i++) {
      text.append("  key_").append(i).append(": ").append(b64("value number " + i + " for config")).append('\n');
    }
    String secret = b64(AWS_LINE);
    text.append("  last: ").append(secret).append('\n');
    ScanReport r = Fixtures.scanner().scan(text.toString());
    assertThat(r.findings()).extracting(Finding::ruleId).doesNotContain(ScanRun.BUDGET_ID)
        .contains("aws-secret-access-key");
  }
}
