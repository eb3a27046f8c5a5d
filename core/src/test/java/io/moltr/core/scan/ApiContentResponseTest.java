package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A file read through an API that returns its content as base64 in a JSON string, lines joined by
 * an escaped line feed (GitHub's contents API): a key in the file is found however long the file.
 */
class ApiContentResponseTest {
  static String sourceFile(int functions, String middle) {
    StringBuilder src = new StringBuilder("import os\n\n");
    for (int i = 0; i < functions; i++) {
      src.append("def handler_").append(i).append("(event):\n    return process(event, retries=")
          .append(i % 7).append(")\n\n");
    }
    src.append(middle);
    for (int i = 0; i < functions; i++) {
      src.append("def cleanup_").append(i).append("():\n    pass\n");
    }
    return src.toString();
  }

  static String contentsResponse(String file) {
    String b64 = Base64.getMimeEncoder(60, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(file.getBytes(StandardCharsets.UTF_8)).replace("\r", "");
    return "{\"name\":\"settings.py\",\"path\":\"app/settings.py\",\"size\":" + file.length()
        + ",\"encoding\":\"base64\",\"content\":\"" + b64.replace("\n", "\\n") + "\"}";
  }

  // 5 functions: about 1 KB of JSON; 600: about 70 KB; 6,000: about 730 KB (past 64 KiB, where a
  // JSON string used to be left unread).
  @ParameterizedTest
  @ValueSource(ints = {5, 600, 6_000})
  void aKeyInAFileOfAnyLengthIsFound(int functions) {
    String text = contentsResponse(sourceFile(functions,
        "STRIPE_KEY = \"sk_live_4eC39HqLyjWDarjtT1zdp7dcQx9Lm2Vb\"\n"));
    ScanReport r = Fixtures.scanner().scan(text);
    assertThat(r.findings()).extracting(Finding::ruleId).contains("stripe-secret-key");
  }

  @ParameterizedTest
  @ValueSource(ints = {5, 6_000})
  void aFileWithoutSecretsStaysClean(int functions) {
    String text = contentsResponse(sourceFile(functions, "TIMEOUT = int(os.environ[\"TIMEOUT\"])\n"));
    assertThat(Fixtures.scanner().scan(text).findings()).isEmpty();
  }

  static String gzipBase64(String file) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(file.getBytes(StandardCharsets.UTF_8));
    }
    return Base64.getMimeEncoder().encodeToString(bytes.toByteArray());
  }

  @Test
  void aKeyInAnArchivePipedThroughBase64IsFound() throws IOException {
    String text = "$ tar czf - app | base64\n" + gzipBase64(sourceFile(300,
        "STRIPE_KEY = \"sk_live_4eC39HqLyjWDarjtT1zdp7dcQx9Lm2Vb\"\n"));
    ScanReport r = Fixtures.scanner().scan(text);
    assertThat(r.findings()).extracting(Finding::ruleId).contains("stripe-secret-key")
        .doesNotContain(ScanRun.BUDGET_ID);
  }

  @Test
  void anArchiveThatInflatesPastTheLimitIsReportedAsUnread() throws IOException {
    // About 1.7 MB once inflated, the key past the first 256 KiB: what is not read is reported.
    String text = "$ tar czf - app | base64\n" + gzipBase64(sourceFile(20_000,
        "STRIPE_KEY = \"sk_live_4eC39HqLyjWDarjtT1zdp7dcQx9Lm2Vb\"\n"));
    ScanReport r = Fixtures.scanner().scan(text);
    assertThat(r.clean()).isFalse();
    assertThat(r.findings()).extracting(Finding::ruleId).contains(ScanRun.BUDGET_ID);
  }

  @Test
  void aReversedArchiveThatInflatesPastTheLimitIsReportedAsUnread() throws IOException {
    // Base64 of gzip, read backwards: decoded only reversed, and the stream holds about 1 MB.
    String gz = gzipBase64("a harmless line of build output\n".repeat(30_000)).replaceAll("\\s", "");
    assertThat(gz.length()).isLessThanOrEqualTo(ScanRun.MAX_TRANSFORMED);
    String text = "payload: " + new StringBuilder(gz).reverse() + "\n";
    ScanReport r = Fixtures.scanner().scan(text);
    assertThat(r.findings()).extracting(Finding::ruleId).contains(ScanRun.BUDGET_ID);
  }
}
