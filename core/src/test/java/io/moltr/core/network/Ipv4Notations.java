package io.moltr.core.network;

import java.util.Random;

/** Renders one IPv4 address in the notations clients accept (inet_aton and WHATWG). */
final class Ipv4Notations {
  private Ipv4Notations() {}

  static String render(long addr, Random rnd) {
    int parts = 1 + rnd.nextInt(4);
    long[] values = new long[parts];
    long rest = addr;
    // The last part holds the remaining low bytes: a.b.c.d, a.b.cd, a.bcd, abcd.
    for (int i = 0; i < parts - 1; i++) {
      values[i] = (addr >>> (8 * (3 - i))) & 0xff;
    }
    int lastBytes = 5 - parts;
    values[parts - 1] = rest & ((1L << (8 * lastBytes)) - 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      if (i > 0) {
        sb.append('.');
      }
      sb.append(number(values[i], rnd));
    }
    if (rnd.nextInt(4) == 0) {
      sb.append('.');
    }
    String s = sb.toString();
    if (rnd.nextInt(5) == 0) {
      s = percentEncodeSome(s, rnd);
    } else if (rnd.nextInt(6) == 0) {
      s = fullwidth(s);
    }
    return s;
  }

  private static String number(long v, Random rnd) {
    switch (rnd.nextInt(4)) {
      case 0:
        return "0x" + (rnd.nextBoolean() ? Long.toHexString(v) : Long.toHexString(v).toUpperCase());
      case 1:
        return "0" + Long.toOctalString(v);
      case 2:
        // Extra leading zeros: 000177 is still octal 127, 0x007f still hex.
        return rnd.nextBoolean()
            ? "0".repeat(1 + rnd.nextInt(3)) + Long.toOctalString(v)
            : "0x" + "0".repeat(rnd.nextInt(3)) + Long.toHexString(v);
      default:
        return Long.toString(v);
    }
  }

  private static String percentEncodeSome(String s, Random rnd) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (rnd.nextBoolean()) {
        sb.append('%').append(String.format("%02X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String fullwidth(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= '0' && c <= '9') {
        sb.append((char) ('０' + (c - '0')));
      } else if (c == '.') {
        sb.append('。');
      } else if (c >= 'a' && c <= 'z') {
        sb.append((char) ('ａ' + (c - 'a')));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
