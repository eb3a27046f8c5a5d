package io.moltr.server.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * MOLTR_TRUSTED_PROXY: the reverse proxies whose X-Forwarded-* headers are believed. The one
 * place that decides who the client is; a header from any other peer changes nothing.
 */
final class TrustedProxies {
  static final String ENV = "MOLTR_TRUSTED_PROXY";

  /** An address block: the network's bytes and how many leading bits must match. */
  private record Block(byte[] network, int bits) {
    boolean contains(byte[] a) {
      if (a.length != network.length) {
        return false;
      }
      int full = bits / 8;
      for (int i = 0; i < full; i++) {
        if (a[i] != network[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = (0xff << (8 - rest)) & 0xff;
      return (a[full] & mask) == (network[full] & mask);
    }
  }

  static final TrustedProxies NONE = new TrustedProxies(List.of());

  private final List<Block> blocks;

  private TrustedProxies(List<Block> blocks) {
    this.blocks = List.copyOf(blocks);
  }

  /** Parses "10.0.0.1, 192.168.0.0/16, ::1, fd00::/8"; a bad entry is named in the error. */
  static TrustedProxies parse(String spec) {
    if (spec == null || spec.isBlank()) {
      return NONE;
    }
    List<Block> blocks = new ArrayList<>();
    for (String raw : spec.split(",")) {
      String entry = raw.trim();
      if (entry.isEmpty()) {
        continue;
      }
      int slash = entry.indexOf('/');
      String addr = slash < 0 ? entry : entry.substring(0, slash);
      byte[] bytes = literal(addr);
      if (bytes == null) {
        throw new IllegalArgumentException(ENV + ": '" + entry
            + "' is not an IP address or CIDR block (write e.g. 10.0.0.1, 10.0.0.0/8 or fd00::/8; names are not resolved)");
      }
      int bits = bytes.length * 8;
      if (slash >= 0) {
        try {
          bits = Integer.parseInt(entry.substring(slash + 1));
        } catch (NumberFormatException e) {
          bits = -1;
        }
        if (bits < 0 || bits > bytes.length * 8) {
          throw new IllegalArgumentException(ENV + ": '" + entry + "' has a prefix length outside 0-" + bytes.length * 8);
        }
      }
      blocks.add(new Block(bytes, bits));
    }
    return new TrustedProxies(blocks);
  }

  boolean isEmpty() {
    return blocks.isEmpty();
  }

  boolean trusts(String address) {
    if (blocks.isEmpty()) {
      return false;
    }
    byte[] a = literal(address);
    if (a == null) {
      return false;
    }
    for (Block b : blocks) {
      if (b.contains(a)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The client: the socket peer, unless the peer is a trusted proxy; then the right-most
   * X-Forwarded-For entry that is not itself a trusted proxy (entries further left are whatever
   * the client chose to send). A garbled entry stops the walk: the hop that added it is the client.
   */
  String clientAddress(String peer, List<String> forwardedFor) {
    if (!trusts(peer) || forwardedFor == null || forwardedFor.isEmpty()) {
      return peer;
    }
    List<String> hops = new ArrayList<>();
    for (String header : forwardedFor) {
      for (String hop : header.split(",")) {
        if (!hop.isBlank()) {
          hops.add(hop.trim());
        }
      }
    }
    String client = peer;
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = stripPort(hops.get(i));
      if (literal(hop) == null) {
        return client;
      }
      client = hop;
      if (!trusts(hop)) {
        return hop;
      }
    }
    return client;
  }

  /** True when the request reached the trusted proxy over TLS (its last X-Forwarded-Proto hop). */
  boolean forwardedOverTls(String peer, String forwardedProto) {
    if (forwardedProto == null || !trusts(peer)) {
      return false;
    }
    String[] hops = forwardedProto.split(",");
    return hops[hops.length - 1].trim().equalsIgnoreCase("https");
  }

  /** "[2001:db8::1]:443" and "203.0.113.7:5000" as some proxies write them. */
  private static String stripPort(String hop) {
    if (hop.startsWith("[")) {
      int end = hop.indexOf(']');
      return end > 0 ? hop.substring(1, end) : hop;
    }
    int colon = hop.indexOf(':');
    if (colon > 0 && colon == hop.lastIndexOf(':') && hop.indexOf('.') > 0) {
      return hop.substring(0, colon);
    }
    return hop;
  }

  /** The bytes of an IP literal, or null; never a name lookup. */
  static byte[] literal(String s) {
    if (s == null) {
      return null;
    }
    String a = s.trim();
    if (a.startsWith("[") && a.endsWith("]")) {
      a = a.substring(1, a.length() - 1);
    }
    int zone = a.indexOf('%');
    if (zone >= 0) {
      a = a.substring(0, zone);
    }
    if (a.isEmpty() || a.length() > 45) {
      return null;
    }
    boolean v6 = a.indexOf(':') >= 0;
    for (int i = 0; i < a.length(); i++) {
      char c = a.charAt(i);
      boolean ok = (c >= '0' && c <= '9') || c == '.'
          || (v6 && (c == ':' || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
      if (!ok) {
        return null;
      }
    }
    if (!v6) {
      String[] parts = a.split("\\.", -1);
      if (parts.length != 4) {
        return null;
      }
      for (String p : parts) {
        if (p.isEmpty() || p.length() > 3 || Integer.parseInt(p) > 255) {
          return null;
        }
      }
    }
    try {
      byte[] b = InetAddress.getByName(a).getAddress(); // a literal: no lookup happens
      if (b.length == 16 && isV4Mapped(b)) {
        return new byte[] {b[12], b[13], b[14], b[15]};
      }
      return b;
    } catch (UnknownHostException e) {
      return null;
    }
  }

  private static boolean isV4Mapped(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
  }
}
