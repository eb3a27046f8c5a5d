package io.moltr.core.network;

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

  /** The text an agent could hide data in: userinfo, host, path, query and fragment. */
  public String scannableText() {
    StringBuilder sb = new StringBuilder();
    if (!userinfo.isEmpty()) {
      sb.append(userinfo).append('\n');
    }
    sb.append(host).append('\n').append(path);
    if (query != null) {
      sb.append('\n').append(query);
    }
    if (fragment != null) {
      sb.append('\n').append(fragment);
    }
    return sb.toString();
  }

  /** host:port with IPv6 in brackets, as a proxy would connect. */
  public String authority() {
    return (hostKind == HostKind.IPV6 ? "[" + host + "]" : host) + ":" + port;
  }
}
