package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seed words read rotated or backwards in place agree with the same words rotated or reversed
 * first and read as written.
 */
class SeedWordFormsTest {
  private static String rot13(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      b.append(Decoders.rot13(s.charAt(i)));
    }
    return b.toString();
  }

  private static boolean asWritten(String s) {
    return Prechecks.seedWords(s.toCharArray(), 0, s.length(), Bip39.PLAIN);
  }

  @Test
  void rotatedAndReversedReadInPlaceAgreeWithTransformedText() {
    Random rnd = new Random(20261130);
    String[] filler = {"the", "xqz", "Value", "of", "42", "zzzzzzzzz", "ab", "-", ", ", "\n"};
    int phrases = 0;
    for (int round = 0; round < 3000; round++) {
      StringBuilder b = new StringBuilder();
      int words = 8 + rnd.nextInt(20);
      for (int k = 0; k < words; k++) {
        b.append(rnd.nextInt(10) < 8 ? Bip39.WORDS.get(rnd.nextInt(2048)) : filler[rnd.nextInt(filler.length)]);
        b.append(rnd.nextInt(6) == 0 ? ", " : " ");
      }
      String plain = b.toString();
      phrases += asWritten(plain) ? 1 : 0;
      // Written rotated: read rotated, it is the phrase; likewise written backwards.
      String rotated = rot13(plain);
      char[] r = rotated.toCharArray();
      assertThat(Prechecks.seedWords(r, 0, r.length, Bip39.ROT13)).as(rotated).isEqualTo(asWritten(plain));
      String reversed = new StringBuilder(plain).reverse().toString();
      char[] v = reversed.toCharArray();
      assertThat(Prechecks.seedWords(v, 0, v.length, Bip39.REVERSED)).as(reversed).isEqualTo(asWritten(plain));
      // A slice inside a longer text reads only the slice.
      String framed = "Xy " + rotated + " Zq";
      char[] f = framed.toCharArray();
      assertThat(Prechecks.seedWords(f, 3, 3 + r.length, Bip39.ROT13)).isEqualTo(asWritten(plain));
    }
    // Both outcomes occur, so the comparison is not between two constant answers.
    assertThat(phrases).isBetween(100, 2900);
  }
}
