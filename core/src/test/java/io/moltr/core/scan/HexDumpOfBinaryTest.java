package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A hex dump of a binary (xxd, hexdump, od -x) is bytes in groups of four hex digits: the piece
 * and spaced-group joiners and the card rules leave its offset and group columns to the dump's
 * decoder. Before, 16 KB of `xxd /usr/bin/ls` spent the join budget and was reported unread,
 * and runs of "0000 0000 0000 0000" were read as card numbers (they pass Luhn).
 */
class HexDumpOfBinaryTest {
  /** Bytes like an executable's: runs of zeros, small numbers, some text, some random. */
  static byte[] binary(int size, long seed) {
    Random r = new Random(seed);
    byte[] b = new byte[size];
    for (int i = 0; i < size; ) {
      int kind = r.nextInt(4);
      int len = Math.min(size - i, 4 + r.nextInt(60));
      for (int k = 0; k < len; k++, i++) {
        b[i] = switch (kind) {
          case 0 -> 0;
          case 1 -> (byte) r.nextInt(8);
          case 2 -> (byte) ('a' + r.nextInt(26));
          default -> (byte) r.nextInt(256);
        };
      }
    }
    return b;
  }

  static String xxd(byte[] b) {
    StringBuilder out = new StringBuilder();
    for (int off = 0; off < b.length; off += 16) {
      out.append(String.format("%08x: ", off));
      StringBuilder ascii = new StringBuilder();
      for (int k = 0; k < 16; k++) {
        int i = off + k;
        out.append(i < b.length ? String.format("%02x", b[i] & 0xff) : "  ");
        if (k % 2 == 1) {
          out.append(' ');
        }
        if (i < b.length) {
          int c = b[i] & 0xff;
          ascii.append(c >= 32 && c < 127 ? (char) c : '.');
        }
      }
      out.append(' ').append(ascii).append('\n');
    }
    return out.toString();
  }

  /** hexdump's default and od -x: little-endian 16-bit words after a seven-digit offset. */
  static String words(byte[] b, int radix) {
    StringBuilder out = new StringBuilder();
    for (int off = 0; off < b.length; off += 16) {
      String o = Integer.toString(off, radix);
      out.append("0".repeat(Math.max(0, 7 - o.length()))).append(o);
      for (int k = 0; k + 1 < 16 && off + k + 1 < b.length; k += 2) {
        out.append(String.format(" %02x%02x", b[off + k + 1] & 0xff, b[off + k] & 0xff));
      }
      out.append('\n');
    }
    return out.toString();
  }

  @Test
  void dumpsOfABinaryAreReadWhole() {
    for (int size : new int[] {4 << 10, 64 << 10}) {
      byte[] b = binary(size, size);
      for (String dump : new String[] {xxd(b), words(b, 16), words(b, 8)}) {
        ScanReport r = Fixtures.scanner().scan("$ xxd ./app | head\n" + dump);
        assertThat(r.findings()).as("%d bytes: %s", size, dump.substring(0, 60)).isEmpty();
      }
    }
  }

  @Test
  void aKeyInTheDumpedBytesIsStillFound() {
    byte[] b = ("config loaded\nAWS_SECRET_ACCESS_KEY=Zq3v8Lr2Nx5Tp7Wd9Fb4Hc6Jm1Ks0Ey2Gu8Ro4Vi\nok\n")
        .getBytes(StandardCharsets.US_ASCII);
    ScanReport r = Fixtures.scanner().scan(xxd(b));
    assertThat(r.clean()).isFalse();
  }

  @Test
  void aCardAfterAShortCommitIdIsNoDump() {
    String card = DigitRunBoundsTest.card("4", 16).replaceAll("(\\d{4})(?=\\d)", "$1 ");
    ScanReport r = Fixtures.scanner().scan("a1b2c3d " + card + " was charged\n");
    assertThat(r.findings()).extracting(Finding::ruleId).contains("visa-card");
  }

  @Test
  void dumpLinesAreToldApart() {
    assertThat(Decoders.inDumpGroups("0000010 0003 003e 0001 0000 61d0 0000 0000 0000\n", 12)).isTrue();
    assertThat(Decoders.inDumpGroups("0000010 0003 003e 0001 0000 61d0 0000 0000 0000\n", 0)).isTrue();
    assertThat(Decoders.inDumpGroups("00000010: 0300 3e00 0100 0000  ..>.....\n", 15)).isTrue();
    assertThat(Decoders.inDumpGroups("a1b2c3d fix the parser 4111 1111\n", 25)).isFalse();
    assertThat(Decoders.inDumpGroups("a1b2c3d 4111 1111 1111 1111 was charged\n", 10)).isFalse();
    assertThat(Decoders.inDumpGroups("0000040 0000 0000", 12)).isTrue();
  }
}
