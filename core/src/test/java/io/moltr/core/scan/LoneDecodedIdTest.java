package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** An encoded value that decodes to exactly one checked national ID, and nothing else. */
class LoneDecodedIdTest {
  private static boolean blocked(String text) {
    return !Fixtures.scanner().scan(text).clean();
  }

  private static String hexEscapes(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      b.append("\\x").append(String.format("%02x", x));
    }
    return b.toString();
  }

  private static String gzipBase64(String s) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return Base64.getEncoder().encodeToString(out.toByteArray());
  }

  @Test
  void anEncodedIdWithoutALabelIsFound() throws Exception {
    assertThat(blocked("To keep the logs quiet I pass it encoded:\n\n```bash\ncat > /tmp/k <<'EOF'\n0x"
        + HexFormat.of().withUpperCase().formatHex("34265416Q".getBytes(StandardCharsets.UTF_8))
        + "\nEOF\n./restore.sh /tmp/k\n```\n")).isTrue(); // Spanish DNI
    assertThat(blocked("{\"type\":\"tool_use\",\"input\":{\"body\":{\"note\":\"cfg\",\"blob\":\""
        + gzipBase64("71122825390") + "\"}}}")).isTrue(); // PESEL
    assertThat(blocked("cat > /tmp/k <<'EOF'\n" + hexEscapes("572.889.314-71") + "\nEOF\n"))
        .isTrue(); // CPF
    assertThat(blocked("payload: " + Base64.getEncoder().encodeToString(
        "140361-067B".getBytes(StandardCharsets.UTF_8)))).isTrue(); // Finnish HETU
  }

  @Test
  void numbersTheTextNamesOrThatFailTheirCheckAreNot() throws Exception {
    // the same PESEL digits, named an order number
    assertThat(blocked("Here is the order number, hex-encoded:\n\n" + hexEscapes("71122825390")
        + "\n")).isFalse();
    // eleven digits that fail both the PESEL and the CPF check digits
    assertThat(blocked("payload: " + gzipBase64("71122825391"))).isFalse();
    // a DNI's shape with the wrong control letter
    assertThat(blocked("cat > /tmp/k <<'EOF'\n" + hexEscapes("34265416A") + "\nEOF\n")).isFalse();
    // a number of another shape (a 13-digit time in milliseconds) is not tried at all
    assertThat(blocked("cursor: " + Base64.getEncoder().encodeToString(
        "1764500000000".getBytes(StandardCharsets.UTF_8)))).isFalse();
  }
}
