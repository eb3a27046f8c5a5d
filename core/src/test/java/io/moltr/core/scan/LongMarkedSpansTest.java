package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Encodings found by a mark (ascii85's {@code <~}, Python's {@code a85encode}, lists of
 * one-character literals) longer than 64 KiB. Such a span was cut or skipped without a word, so
 * a key past its first 64 KiB passed as clean; now it is read whole, within the decode budget.
 */
class LongMarkedSpansTest {
  static final String AWS_LINE = "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ9vLm3kTd";

  /** Harmless prose of about {@code size} characters. */
  static String filler(int size) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; b.length() < size; i++) {
      b.append("Line ").append(i).append(": the nightly export finished and the report was mailed.\n");
    }
    return b.toString();
  }

  /** Adobe ascii85 of {@code data}, without the {@code <~ ~>} frame. */
  static String ascii85(byte[] data) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < data.length; i += 4) {
      int n = Math.min(4, data.length - i);
      long v = 0;
      for (int k = 0; k < 4; k++) {
        v = (v << 8) | (k < n ? data[i + k] & 0xFF : 0);
      }
      if (v == 0 && n == 4) {
        out.append('z');
        continue;
      }
      char[] g = new char[5];
      for (int k = 4; k >= 0; k--) {
        g[k] = (char) ('!' + v % 85);
        v /= 85;
      }
      out.append(g, 0, n + 1);
    }
    return out.toString();
  }

  static String adobe(String text) {
    String body = ascii85(text.getBytes(StandardCharsets.UTF_8));
    StringBuilder wrapped = new StringBuilder("<~");
    for (int i = 0; i < body.length(); i += 76) {
      wrapped.append(body, i, Math.min(body.length(), i + 76)).append('\n');
    }
    return wrapped.append("~>").toString();
  }

  @Test
  void anAscii85BlockOverSixtyFourKibibytesIsReadToItsEnd() {
    String text = "%!PS-Adobe-3.0\n" + adobe(filler(80_000) + AWS_LINE + "\n") + "\n%%EOF\n";
    assertThat(text.length()).isGreaterThan(MarkedDecoders.MAX_SPAN);
    ScanReport r = Fixtures.scanner().scan(text);
    assertThat(r.clean()).isFalse();
    assertThat(r.findings()).extracting(Finding::ruleId).contains("aws-secret-access-key");
  }

  @Test
  void aPythonA85LiteralOverSixtyFourKibibytesIsReadToItsEnd() {
    String body = ascii85((filler(70_000) + AWS_LINE).getBytes(StandardCharsets.UTF_8));
    String literal = "b'" + body.replace("\\", "\\\\").replace("'", "\\'") + "'";
    String text = ">>> base64.a85encode(blob)\n" + literal + "\n";
    ScanReport r = Fixtures.scanner().scan(text);
    assertThat(r.findings()).extracting(Finding::ruleId).contains("aws-secret-access-key");
  }

  @Test
  void aCharacterListOverSixtyFourKibibytesIsReadToItsEnd() {
    String plain = filler(70_000).replace('\n', ' ') + AWS_LINE;
    StringBuilder list = new StringBuilder("char data[] = {");
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      list.append(i > 0 ? ", " : "").append('\'').append(c == '\'' || c == '\\' ? "\\" + c : String.valueOf(c)).append('\'');
    }
    String text = list.append("};\n").toString();
    ScanReport r = Fixtures.scanner().scan(text);
    assertThat(r.findings()).extracting(Finding::ruleId).contains("aws-secret-access-key");
  }

  @Test
  void aLongAscii85BlockOfHarmlessTextStaysClean() {
    ScanReport r = Fixtures.scanner().scan("%!PS\n" + adobe(filler(90_000)) + "\n");
    assertThat(r.findings()).isEmpty();
  }
}
