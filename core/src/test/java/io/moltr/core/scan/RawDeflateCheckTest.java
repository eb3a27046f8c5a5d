package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/**
 * The header checks in front of the native trial inflate only save time: every head of bytes
 * that zlib inflates to text must still pass them, and real raw deflate of text must be found.
 */
class RawDeflateCheckTest {
  @Test
  void headerChecksNeverDropWhatTheInflaterAccepts() {
    Random r = new Random(11);
    int accepted = 0;
    for (int i = 0; i < 200_000; i++) {
      byte[] b = new byte[8 + r.nextInt(41)];
      r.nextBytes(b);
      accepted += check(b) ? 1 : 0;
    }
    for (int i = 0; i < 4_000; i++) {
      // Levels 1-9: level 0 writes stored blocks, whose text is plain and needs no trial.
      byte[] raw = deflateRaw(randomText(r, 8 + r.nextInt(400)), 1 + r.nextInt(9));
      byte[] head = Arrays.copyOf(raw, Math.min(raw.length, 8 + r.nextInt(41)));
      if (head.length >= 8) {
        assertThat(check(head)).as("raw deflate head %s", Arrays.toString(head)).isTrue();
        accepted++;
      }
    }
    assertThat(accepted).isGreaterThan(3_000);
  }

  /** Asserts the fast answer equals the inflater's on this head; returns the answer. */
  private static boolean check(byte[] b) {
    int type = (b[0] >> 1) & 3;
    boolean slow = type != 0 && type != 3 && Decoders.inflatesToText(b, b.length, type);
    assertThat(Decoders.rawDeflateText(b, b.length)).as(Arrays.toString(b)).isEqualTo(slow);
    return slow;
  }

  private static String randomText(Random r, int n) {
    String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-=:/. \n";
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  private static byte[] deflateRaw(String text, int level) {
    Deflater d = new Deflater(level, true);
    d.setInput(text.getBytes(StandardCharsets.US_ASCII));
    d.finish();
    byte[] out = new byte[text.length() * 2 + 64];
    int n = d.deflate(out);
    d.end();
    return Arrays.copyOf(out, n);
  }
}
