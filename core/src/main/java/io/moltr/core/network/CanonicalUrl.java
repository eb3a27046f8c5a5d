package io.moltr.core.network;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A URL as a client will use it: lower-case scheme, canonical host (punycode name, dotted-quad
 * IPv4 or RFC 5952 IPv6 without brackets), effective port, and the raw path, query, fragment
 * and userinfo (still percent-encoded) for the output scanner.
 *
 * @param displayHost the host in Unicode (IDNA decoded), for look-alike checks and messages
 * @param userinfo the part before '@' in the authority, or "" when there is none
 * @param query the query without '?', or null when there is none
 * @param fragment the fragment without '#', or null when there is none
 */
public record CanonicalUrl(
    String scheme,
    String host,
    String displayHost,
    HostKind hostKind,
    int port,
    String userinfo,
    String path,
    String query,
    String fragment) {

  /** What the host of a URL is. */
  public enum HostKind {
    NAME,
    IPV4,
    IPV6,
    /** Non-hierarchical schemes (mailto:, data:, ...) have no host. */
    NONE
  }

  /**
   * The text an agent could hide data in, one part per line and percent-decoded: userinfo, the
   * host, each path segment, each query parameter and the fragment. On its own line each part
   * starts a token for the scanner; inside the raw URL "/main/ghs_..." hides a key prefix in the
   * middle of one long path token, and base64 in a segment decodes only when cut out of it. The
   * host comes in upper case as well: DNS folds case, so "akia....supabase.co" still carries an
   * upper-case key.
   */
  public String scannableText() {
    StringBuilder sb = new StringBuilder();
    if (!userinfo.isEmpty()) {
      sb.append(decode(userinfo, false)).append('\n');
    }
    sb.append(host).append('\n');
    if (hostKind == HostKind.NAME) {
      sb.append(host.toUpperCase(Locale.ROOT)).append('\n');
    }
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        sb.append(decode(segment, false)).append('\n');
      }
    }
    if (query != null) {
      for (String parameter : query.split("&")) {
        if (!parameter.isEmpty()) {
          sb.append(decode(parameter, true)).append('\n');
        }
      }
    }
    if (fragment != null) {
      sb.append(decode(fragment, false)).append('\n');
    }
    return sb.toString();
  }

  /** Lenient percent-decoding: a stray '%' stays as it is, bad UTF-8 becomes U+FFFD. */
  private static String decode(String s, boolean plusIsSpace) {
    if (s.indexOf('%') < 0 && !(plusIsSpace && s.indexOf('+') >= 0)) {
      return s;
    }
    byte[] in = s.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    for (int i = 0; i < in.length; i++) {
      int hi = i + 2 < in.length ? Character.digit(in[i + 1], 16) : -1;
      int lo = i + 2 < in.length ? Character.digit(in[i + 2], 16) : -1;
      if (in[i] == '%' && hi >= 0 && lo >= 0) {
        out.write(hi * 16 + lo);
        i += 2;
      } else if (in[i] == '+' && plusIsSpace) {
        out.write(' ');
      } else {
        out.write(in[i]);
      }
    }
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  /** host:port with IPv6 in brackets, as a proxy would connect. */
  public String authority() {
    return (hostKind == HostKind.IPV6 ? "[" + host + "]" : host) + ":" + port;
  }
}
