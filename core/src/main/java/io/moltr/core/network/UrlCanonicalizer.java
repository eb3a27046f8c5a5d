package io.moltr.core.network;

import io.moltr.core.network.CanonicalUrl.HostKind;
import java.io.ByteArrayOutputStream;
import java.net.IDN;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The one place where URLs are parsed. Follows the WHATWG URL standard (what browsers do and
 * what curl approximates) for the parts that decide where a request goes, and is stricter where
 * clients disagree, so that no parser differential lets a URL reach a host other than the one
 * we decided on:
 *
 * <ul>
 *   <li>Leading and trailing spaces and C0 controls are trimmed; any other control character
 *       (including tab and newline, which WHATWG silently drops) makes the URL malformed.
 *   <li>For special schemes any run of '/' and '\' after "scheme:" starts the authority, which
 *       ends at '/', '\', '?' or '#'. A backslash inside what RFC 3986 would call the authority
 *       is refused as ambiguous (curl and browsers would pick different hosts).
 *   <li>Userinfo is everything before the last '@' of the authority.
 *   <li>Hosts are percent-decoded, mapped with IDNA (java.net.IDN: case folding, NFKC, dot
 *       variants) to punycode, lower-cased, one trailing dot dropped. A host whose last label is
 *       numeric is parsed as IPv4 the WHATWG way (decimal, octal, hex, 1 to 4 parts), so
 *       127.1, 0x7f.0.0.1, 017700000001 and 2130706433 are all 127.0.0.1.
 *   <li>IPv6 in brackets in every textual form, with an optional zone id (%eth0 or %25eth0).
 * </ul>
 * Every input is bounded: at most {@link #MAX_URL_CHARS} characters.
 */
final class UrlCanonicalizer {
  static final int MAX_URL_CHARS = 16_384;
  private static final int MAX_HOST_CHARS = 253;
  private static final int MAX_LABEL_CHARS = 63;

  private UrlCanonicalizer() {}

  /** A URL we cannot parse unambiguously. */
  static final class MalformedUrlException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    MalformedUrlException(String message) {
      super(message);
    }
  }

  static CanonicalUrl canonicalize(String input) {
    if (input == null) {
      throw new MalformedUrlException("no URL given");
    }
    if (input.length() > MAX_URL_CHARS) {
      throw new MalformedUrlException("URL is longer than " + MAX_URL_CHARS + " characters");
    }
    int start = 0;
    int end = input.length();
    while (start < end && input.charAt(start) <= 0x20) {
      start++;
    }
    while (end > start && input.charAt(end - 1) <= 0x20) {
      end--;
    }
    String s = input.substring(start, end);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
        throw new MalformedUrlException("control character in URL at position " + i);
      }
    }
    int colon = schemeEnd(s);
    if (colon < 0) {
      throw new MalformedUrlException("no scheme (expected e.g. https://host/path)");
    }
    String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
    String rest = s.substring(colon + 1);
    int defaultPort = defaultPort(scheme);
    if (defaultPort < 0) {
      // Not a scheme with an authority; the policy refuses it by scheme.
      return new CanonicalUrl(scheme, "", "", HostKind.NONE, -1, "", rest, null, null);
    }
    int p = 0;
    while (p < rest.length() && (rest.charAt(p) == '/' || rest.charAt(p) == '\\')) {
      p++;
    }
    int authEnd = p;
    while (authEnd < rest.length() && "/\\?#".indexOf(rest.charAt(authEnd)) < 0) {
      authEnd++;
    }
    int rfcAuthEnd = p;
    while (rfcAuthEnd < rest.length() && "/?#".indexOf(rest.charAt(rfcAuthEnd)) < 0) {
      rfcAuthEnd++;
    }
    if (rfcAuthEnd != authEnd) {
      throw new MalformedUrlException("backslash in the authority: clients disagree on the host");
    }
    String authority = rest.substring(p, authEnd);
    int at = authority.lastIndexOf('@');
    String userinfo = at < 0 ? "" : authority.substring(0, at);
    String hostPort = authority.substring(at + 1);
    if (hostPort.isEmpty()) {
      throw new MalformedUrlException("no host");
    }
    String rawHost;
    String rawPort = null;
    if (hostPort.charAt(0) == '[') {
      int close = hostPort.indexOf(']');
      if (close < 0) {
        throw new MalformedUrlException("unterminated IPv6 address");
      }
      rawHost = hostPort.substring(0, close + 1);
      String after = hostPort.substring(close + 1);
      if (!after.isEmpty()) {
        if (after.charAt(0) != ':') {
          throw new MalformedUrlException("unexpected text after IPv6 address");
        }
        rawPort = after.substring(1);
      }
    } else {
      int c = hostPort.indexOf(':');
      rawHost = c < 0 ? hostPort : hostPort.substring(0, c);
      rawPort = c < 0 ? null : hostPort.substring(c + 1);
    }
    int port = parsePort(rawPort, defaultPort);

    String tail = rest.substring(authEnd);
    String fragment = null;
    int hash = tail.indexOf('#');
    if (hash >= 0) {
      fragment = tail.substring(hash + 1);
      tail = tail.substring(0, hash);
    }
    String query = null;
    int q = tail.indexOf('?');
    if (q >= 0) {
      query = tail.substring(q + 1);
      tail = tail.substring(0, q);
    }
    String path = tail.replace('\\', '/');
    if (path.isEmpty()) {
      path = "/";
    }

    if (rawHost.charAt(0) == '[') {
      byte[] v6 = parseBracketedIpv6(rawHost.substring(1, rawHost.length() - 1));
      String text = formatIpv6(v6);
      return new CanonicalUrl(scheme, text, text, HostKind.IPV6, port, userinfo, path, query, fragment);
    }
    String decoded = percentDecode(rawHost);
    String ascii = domainToAscii(decoded);
    if (endsInNumber(ascii)) {
      long v4 = parseIpv4(ascii);
      if (v4 < 0) {
        throw new MalformedUrlException("host looks like an IPv4 address but is not a valid one");
      }
      String text = formatIpv4((int) v4);
      return new CanonicalUrl(scheme, text, text, HostKind.IPV4, port, userinfo, path, query, fragment);
    }
    String display = ascii;
    if (ascii.contains("xn--")) {
      try {
        display = IDN.toUnicode(ascii, IDN.ALLOW_UNASSIGNED);
      } catch (IllegalArgumentException e) {
        display = ascii;
      }
    }
    return new CanonicalUrl(scheme, ascii, display, HostKind.NAME, port, userinfo, path, query, fragment);
  }

  /** Index of the ':' ending a scheme (ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )), or -1. */
  private static int schemeEnd(String s) {
    if (s.isEmpty() || !isAsciiAlpha(s.charAt(0))) {
      return -1;
    }
    for (int i = 1; i < s.length() && i < 64; i++) {
      char c = s.charAt(i);
      if (c == ':') {
        return i;
      }
      if (!(isAsciiAlpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
        return -1;
      }
    }
    return -1;
  }

  static int defaultPort(String scheme) {
    switch (scheme) {
      case "http":
      case "ws":
        return 80;
      case "https":
      case "wss":
        return 443;
      case "ftp":
        return 21;
      default:
        return -1;
    }
  }

  private static int parsePort(String raw, int defaultPort) {
    if (raw == null || raw.isEmpty()) {
      return defaultPort;
    }
    if (raw.length() > 10) {
      throw new MalformedUrlException("port is not a number from 1 to 65535");
    }
    int v = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < '0' || c > '9') {
        throw new MalformedUrlException("port is not a number from 1 to 65535");
      }
      v = v * 10 + (c - '0');
      if (v > 65535) {
        throw new MalformedUrlException("port is not a number from 1 to 65535");
      }
    }
    if (v == 0) {
      throw new MalformedUrlException("port 0 is not a destination");
    }
    return v;
  }

  private static String percentDecode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    // Work on UTF-8 bytes: '%' and hex digits are ASCII and never part of a multi-byte sequence.
    byte[] in = s.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    for (int i = 0; i < in.length; i++) {
      if (in[i] != '%') {
        out.write(in[i]);
        continue;
      }
      if (i + 2 >= in.length || hex((char) in[i + 1]) < 0 || hex((char) in[i + 2]) < 0) {
        throw new MalformedUrlException("invalid percent-encoding in host");
      }
      out.write(hex((char) in[i + 1]) * 16 + hex((char) in[i + 2]));
      i += 2;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(out.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new MalformedUrlException("percent-encoded host is not valid UTF-8");
    }
  }

  /** IDNA mapping to an ASCII host; rejects anything a policy entry could never match. */
  static String domainToAscii(String host) {
    if (host.isEmpty()) {
      throw new MalformedUrlException("empty host");
    }
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (c <= 0x20 || c == 0x7f || "#/:<>?@[\\]^|%".indexOf(c) >= 0) {
        throw new MalformedUrlException("forbidden character in host");
      }
    }
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      // UTS #46 "deviation" characters: IDNA2003 (java.net.IDN) maps ß to ss and drops ZWJ,
      // browsers keep them, so the two would reach different hosts. Refuse the ambiguity.
      if (c == '\u00df' || c == '\u03c2' || c == '\u200c' || c == '\u200d') {
        throw new MalformedUrlException("host contains a character that IDNA versions map"
            + " differently (ß, ς, zero-width joiner)");
      }
    }
    String ascii;
    if (isAscii(host)) {
      ascii = host; // IDNA leaves ASCII labels as they are (bar case); skip its cost
    } else {
      try {
        ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
      } catch (IllegalArgumentException e) {
        throw new MalformedUrlException("host is not a valid internationalised name");
      }
    }
    ascii = ascii.toLowerCase(Locale.ROOT);
    if (ascii.endsWith(".")) {
      ascii = ascii.substring(0, ascii.length() - 1);
    }
    if (ascii.isEmpty() || ascii.length() > MAX_HOST_CHARS) {
      throw new MalformedUrlException("host is empty or longer than " + MAX_HOST_CHARS + " characters");
    }
    int labelLength = 0;
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      if (c == '.') {
        if (labelLength == 0) {
          throw new MalformedUrlException("empty label in host");
        }
        labelLength = 0;
        continue;
      }
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
      if (!ok) {
        throw new MalformedUrlException("invalid character in host");
      }
      if (++labelLength > MAX_LABEL_CHARS) {
        throw new MalformedUrlException("host label longer than " + MAX_LABEL_CHARS + " characters");
      }
    }
    return ascii;
  }

  /** WHATWG "ends in a number": the last label is all digits or a 0x hex number. */
  static boolean endsInNumber(String host) {
    int dot = host.lastIndexOf('.');
    String last = host.substring(dot + 1);
    if (last.isEmpty()) {
      return false;
    }
    boolean digits = true;
    for (int i = 0; i < last.length(); i++) {
      char c = last.charAt(i);
      if (c < '0' || c > '9') {
        digits = false;
        break;
      }
    }
    if (digits) {
      return true;
    }
    if (last.length() >= 2 && last.charAt(0) == '0' && (last.charAt(1) == 'x' || last.charAt(1) == 'X')) {
      for (int i = 2; i < last.length(); i++) {
        if (hex(last.charAt(i)) < 0) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** WHATWG IPv4 parser: the address as an unsigned 32-bit value, or -1. */
  static long parseIpv4(String host) {
    String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    long[] parts = new long[4];
    int count = 0;
    int from = 0;
    while (true) {
      int dot = h.indexOf('.', from);
      String part = dot < 0 ? h.substring(from) : h.substring(from, dot);
      if (count == 4) {
        return -1;
      }
      long n = parseIpv4Number(part);
      if (n < 0) {
        return -1;
      }
      parts[count++] = n;
      if (dot < 0) {
        break;
      }
      from = dot + 1;
    }
    for (int i = 0; i < count - 1; i++) {
      if (parts[i] > 255) {
        return -1;
      }
    }
    long limit = 1L << (8 * (5 - count));
    if (parts[count - 1] >= limit) {
      return -1;
    }
    long ip = parts[count - 1];
    for (int i = 0; i < count - 1; i++) {
      ip += parts[i] << (8 * (3 - i));
    }
    return ip;
  }

  /** Decimal, 0-prefixed octal or 0x-prefixed hex; values above 2^32 are capped (invalid). */
  private static long parseIpv4Number(String part) {
    if (part.isEmpty()) {
      return -1;
    }
    int radix = 10;
    String digits = part;
    if (part.length() >= 2 && part.charAt(0) == '0' && (part.charAt(1) == 'x' || part.charAt(1) == 'X')) {
      radix = 16;
      digits = part.substring(2);
    } else if (part.length() >= 2 && part.charAt(0) == '0') {
      radix = 8;
      digits = part.substring(1);
    }
    long v = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = Character.digit(digits.charAt(i), radix);
      if (d < 0 || digits.charAt(i) > 0x7f) {
        return -1;
      }
      v = v * radix + d;
      if (v > 0xffffffffL) {
        v = 0x1_0000_0000L; // too big for any part; keeps the arithmetic bounded
      }
    }
    return v;
  }

  static byte[] parseBracketedIpv6(String inner) {
    String addr = inner;
    int pct = inner.indexOf('%');
    if (pct >= 0) {
      // Zone id (RFC 6874 writes it %25eth0); only its syntax matters, the address decides.
      String zone = inner.substring(pct + 1);
      if (zone.startsWith("25") && zone.length() > 2) {
        zone = zone.substring(2);
      }
      if (zone.isEmpty() || zone.length() > 64) {
        throw new MalformedUrlException("invalid IPv6 zone id");
      }
      for (int i = 0; i < zone.length(); i++) {
        char c = zone.charAt(i);
        if (!(isAsciiAlpha(c) || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-' || c == '~')) {
          throw new MalformedUrlException("invalid IPv6 zone id");
        }
      }
      addr = inner.substring(0, pct);
    }
    byte[] v6 = parseIpv6(addr);
    if (v6 == null) {
      throw new MalformedUrlException("invalid IPv6 address");
    }
    return v6;
  }

  /** WHATWG IPv6 parser; null when invalid. */
  static byte[] parseIpv6(String in) {
    if (in.length() > 64) {
      return null;
    }
    int[] pieces = new int[8];
    int pieceIndex = 0;
    int compress = -1;
    int p = 0;
    int n = in.length();
    if (p < n && in.charAt(p) == ':') {
      if (p + 1 >= n || in.charAt(p + 1) != ':') {
        return null;
      }
      p += 2;
      pieceIndex++;
      compress = pieceIndex;
    }
    while (p < n) {
      if (pieceIndex == 8) {
        return null;
      }
      if (in.charAt(p) == ':') {
        if (compress != -1) {
          return null;
        }
        p++;
        pieceIndex++;
        compress = pieceIndex;
        continue;
      }
      int value = 0;
      int length = 0;
      while (length < 4 && p < n && hex(in.charAt(p)) >= 0) {
        value = value * 16 + hex(in.charAt(p));
        p++;
        length++;
      }
      if (p < n && in.charAt(p) == '.') {
        if (length == 0) {
          return null;
        }
        p -= length;
        if (pieceIndex > 6) {
          return null;
        }
        int numbersSeen = 0;
        while (p < n) {
          int ipv4Piece = -1;
          if (numbersSeen > 0) {
            if (in.charAt(p) == '.' && numbersSeen < 4) {
              p++;
            } else {
              return null;
            }
          }
          if (p >= n || in.charAt(p) < '0' || in.charAt(p) > '9') {
            return null;
          }
          while (p < n && in.charAt(p) >= '0' && in.charAt(p) <= '9') {
            int number = in.charAt(p) - '0';
            if (ipv4Piece == -1) {
              ipv4Piece = number;
            } else if (ipv4Piece == 0) {
              return null;
            } else {
              ipv4Piece = ipv4Piece * 10 + number;
            }
            if (ipv4Piece > 255) {
              return null;
            }
            p++;
          }
          pieces[pieceIndex] = pieces[pieceIndex] * 0x100 + ipv4Piece;
          numbersSeen++;
          if (numbersSeen == 2 || numbersSeen == 4) {
            pieceIndex++;
          }
        }
        if (numbersSeen != 4) {
          return null;
        }
        break;
      } else if (p < n && in.charAt(p) == ':') {
        p++;
        if (p >= n) {
          return null;
        }
      } else if (p < n) {
        return null;
      }
      pieces[pieceIndex] = value;
      pieceIndex++;
    }
    if (compress != -1) {
      int swaps = pieceIndex - compress;
      pieceIndex = 7;
      while (pieceIndex != 0 && swaps > 0) {
        int t = pieces[pieceIndex];
        pieces[pieceIndex] = pieces[compress + swaps - 1];
        pieces[compress + swaps - 1] = t;
        pieceIndex--;
        swaps--;
      }
    } else if (pieceIndex != 8) {
      return null;
    }
    byte[] out = new byte[16];
    for (int i = 0; i < 8; i++) {
      out[2 * i] = (byte) (pieces[i] >>> 8);
      out[2 * i + 1] = (byte) pieces[i];
    }
    return out;
  }

  static String formatIpv4(int ip) {
    return ((ip >>> 24) & 0xff) + "." + ((ip >>> 16) & 0xff) + "." + ((ip >>> 8) & 0xff) + "."
        + (ip & 0xff);
  }

  /** RFC 5952: lower-case, no leading zeros, the longest run (of 2 or more) of zeros as "::". */
  static String formatIpv6(byte[] a) {
    int[] w = new int[8];
    for (int i = 0; i < 8; i++) {
      w[i] = ((a[2 * i] & 0xff) << 8) | (a[2 * i + 1] & 0xff);
    }
    int bestStart = -1;
    int bestLen = 0;
    for (int i = 0; i < 8; ) {
      if (w[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && w[j] == 0) {
        j++;
      }
      if (j - i > bestLen && j - i >= 2) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLen - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
        sb.append(':');
      }
      sb.append(Integer.toHexString(w[i]));
    }
    return sb.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
