package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The table-driven {@link Decoders#probe} stops as soon as a run can be neither hex nor base32;
 * it must answer exactly what the character-by-character version below answered, on any run.
 */
class ProbeEquivalenceTest {
  private static final String[] PIECES = {
    "0x", "0X", "deadbeef", "CAFE", "4f", "7", "9", "MZXW6YTB", "ORSXG5A=", "=", "==",
    "dGVzdA", "H4sI", "eJ", "+", "/", "-", "_", "\n", "\r\n", " ", "\t", "\u00fc", "\u4e2d",
    "g", "Z", "q1", "AAAA", "ff", "2", "x"
  };

  @Provide
  Arbitrary<String> runs() {
    return Arbitraries.of(PIECES).list().ofMaxSize(30).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void sameAnswerAsTheReference(@ForAll("runs") String run) {
    char[] t = ("ab " + run + " cd").toCharArray();
    assertThat(Decoders.probe(t, 3, 3 + run.length())).as(run)
        .isEqualTo(reference(t, 3, 3 + run.length()));
  }

  @Property(tries = 1000)
  void sameOnArbitraryStrings(@ForAll String run) {
    char[] t = run.toCharArray();
    assertThat(Decoders.probe(t, 0, t.length)).isEqualTo(reference(t, 0, t.length));
  }

  @Test
  void sameWhereTheSurveyStopsAtTheLimit() {
    String hex = "41".repeat(20);
    String b32 = "MZXW6YTBOI".repeat(4);
    for (int n = 0; n <= 30; n++) {
      for (String head : new String[] {hex.substring(0, n), b32.substring(0, n), "0x" + hex.substring(0, n)}) {
        for (String tail : new String[] {"", "g", "=", "Z", " g", "\n9", "\u00fc", "4141"}) {
          String run = head + tail + "4141";
          char[] t = run.toCharArray();
          assertThat(Decoders.probe(t, 0, t.length)).as(run).isEqualTo(reference(t, 0, t.length));
        }
      }
    }
  }

  /** The probe as it was before the class table: every character, every branch. */
  private static boolean reference(char[] t, int s, int e) {
    int i = s;
    if (e - s > 2 && t[s] == '0' && (t[s + 1] | 32) == 'x') {
      i += 2;
    }
    boolean hex = true;
    boolean b32 = true;
    boolean b32Lower = true;
    int seen = 0;
    for (int k = i; k < e && seen < 24; k++) {
      char c = t[k];
      if (c == '\n' || c == '\r' || c == ' ' || c == '\t') {
        continue;
      }
      seen++;
      hex &= c < 128 && Character.digit(c, 16) >= 0;
      b32 &= (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7') || c == '=';
      b32Lower &= (c >= 'a' && c <= 'z') || (c >= '2' && c <= '7') || c == '=';
    }
    if (hex || b32) {
      return !hex || hexPrintable(t, i, e);
    }
    // Lower-case base32 (blind12): accepted when its first five bytes are text, else base64's answer.
    if (b32Lower && Decoders.lowerBase32Text(t, i, e)) {
      return true;
    }
    return base64Probe(t, i, e);
  }

  private static boolean hexPrintable(char[] t, int i, int e) {
    int n = 0;
    for (int k = i; k + 1 < e && n < 8; k += 2, n++) {
      int v = Character.digit(t[k], 16) << 4 | Character.digit(t[k + 1], 16);
      if (!((v >= 0x20 && v < 0x7f) || v == '\n' || v == '\r' || v == '\t')) {
        return false;
      }
    }
    return true;
  }

  private static boolean base64Probe(char[] t, int i, int e) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    int buf = 0;
    int bits = 0;
    int bad = 0;
    int n = 0;
    int head0 = 0;
    int head1 = 0;
    byte[] head = new byte[12];
    for (int k = i; k < e && n < 12; k++) {
      char c = t[k];
      int v = c == '-' ? 62 : c == '_' ? 63 : c < 128 ? alphabet.indexOf(c) : -1;
      if (v < 0) {
        if (c == '=' || c == '\n' || c == '\r' || c == ' ') {
          continue;
        }
        return false;
      }
      buf = (buf << 6) | v;
      bits += 6;
      if (bits >= 8) {
        int b = (buf >> (bits - 8)) & 0xff;
        bits -= 8;
        if (n == 0) {
          head0 = b;
        } else if (n == 1) {
          head1 = b;
        }
        head[n] = (byte) b;
        n++;
        bad += (b >= 0x20 && b < 0x7f) || b == '\n' || b == '\r' || b == '\t' ? 0 : 1;
      }
    }
    return bad <= 3 || (head0 == 0x1f && head1 == 0x8b)
        || (head0 == 0x78 && (head1 == 0x01 || head1 == 0x9c || head1 == 0xda))
        || Decoders.rawDeflateText(head, n); // headerless deflate: the same trial as the probe's
  }
}
