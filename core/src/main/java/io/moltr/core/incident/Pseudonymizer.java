package io.moltr.core.incident;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Reduces personal data before it is written: IPv4 addresses lose their last octet, IPv6
 * addresses keep their first 48 bits, tokens keep their first 8 characters.
 */
public final class Pseudonymizer {
  static final int USER_AGENT_MAX = 80;

  private Pseudonymizer() {}

  /** "203.0.113.77" becomes "203.0.113.0"; "2001:db8:1234:5678::1" becomes "2001:db8:1234::". */
  public static String ip(String address) {
    if (address == null || address.isBlank()) {
      return "unknown";
    }
    String a = address.trim();
    if (a.startsWith("[") && a.endsWith("]")) {
      a = a.substring(1, a.length() - 1);
    }
    int zone = a.indexOf('%');
    if (zone >= 0) {
      a = a.substring(0, zone);
    }
    if (!looksLikeIpLiteral(a)) {
      return "unknown";
    }
    try {
      // Only literals reach here, so no name lookup happens.
      byte[] b = InetAddress.getByName(a).getAddress();
      if (b.length == 4) {
        return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + ".0";
      }
      return String.format(
          "%x:%x:%x::", ((b[0] & 0xff) << 8) | (b[1] & 0xff), ((b[2] & 0xff) << 8) | (b[3] & 0xff),
          ((b[4] & 0xff) << 8) | (b[5] & 0xff));
    } catch (UnknownHostException e) {
      return "unknown";
    }
  }

  /** The user agent cut to 80 characters, control characters removed. */
  public static String userAgent(String ua) {
    if (ua == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(Math.min(ua.length(), USER_AGENT_MAX));
    for (int i = 0; i < ua.length() && sb.length() < USER_AGENT_MAX; i++) {
      char c = ua.charAt(i);
      sb.append(Character.isISOControl(c) ? ' ' : c);
    }
    return sb.toString();
  }

  /** The first 8 characters of a token or session id, never more. */
  public static String token(String token) {
    if (token == null || token.isEmpty()) {
      return "";
    }
    return token.length() <= 8 ? token.charAt(0) + "…" : token.substring(0, 8) + "…";
  }

  private static boolean looksLikeIpLiteral(String a) {
    if (a.isEmpty() || a.length() > 45) {
      return false;
    }
    boolean colon = a.indexOf(':') >= 0;
    for (int i = 0; i < a.length(); i++) {
      char c = a.charAt(i);
      boolean ok =
          (c >= '0' && c <= '9') || c == '.' || (colon && (c == ':' || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
      if (!ok) {
        return false;
      }
    }
    if (!colon) {
      String[] parts = a.split("\\.", -1);
      if (parts.length != 4) {
        return false;
      }
      for (String p : parts) {
        if (p.isEmpty() || p.length() > 3 || Integer.parseInt(p) > 255) {
          return false;
        }
      }
    }
    return true;
  }
}
