package io.moltr.core.network;

import java.net.InetAddress;
import java.util.Locale;

/**
 * What kind of address an IP is, after looking through every embedding (IPv4-mapped, -compatible,
 * NAT64, 6to4, Teredo), so that no notation of a private address counts as public.
 */
public enum AddressClass {
  PUBLIC,
  METADATA,
  LOOPBACK,
  PRIVATE,
  LINK_LOCAL,
  SHARED_CGNAT,
  UNSPECIFIED,
  MULTICAST,
  BROADCAST,
  DOCUMENTATION,
  UNIQUE_LOCAL,
  RESERVED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isPublic() {
    return this == PUBLIC;
  }

  /** Classifies a 4- or 16-byte address. */
  public static AddressClass of(byte[] a) {
    if (a.length == 4) {
      return ofIpv4(toInt(a, 0));
    }
    if (a.length == 16) {
      return ofIpv6(a);
    }
    throw new IllegalArgumentException("address must be 4 or 16 bytes");
  }

  public static AddressClass of(InetAddress address) {
    return of(address.getAddress());
  }

  static AddressClass ofIpv4(int ip) {
    int a = (ip >>> 24) & 0xff;
    int b = (ip >>> 16) & 0xff;
    int c = (ip >>> 8) & 0xff;
    // Cloud metadata services first: more specific than the ranges they sit in.
    if (ip == ipv4(169, 254, 169, 254)     // AWS, GCP, Azure, OCI, DigitalOcean, ...
        || ip == ipv4(169, 254, 170, 2)    // AWS ECS task metadata
        || ip == ipv4(169, 254, 169, 253)  // AWS VPC DNS
        || ip == ipv4(169, 254, 169, 123)  // AWS time sync
        || ip == ipv4(100, 100, 100, 200)  // Alibaba Cloud
        || ip == ipv4(192, 0, 0, 192)) {   // Oracle Cloud (classic)
      return METADATA;
    }
    if (ip == 0xffffffff) {
      return BROADCAST;
    }
    if (a == 0) {
      return UNSPECIFIED; // 0.0.0.0/8 "this network": connects to localhost on Linux
    }
    if (a == 127) {
      return LOOPBACK;
    }
    if (a == 10 || (a == 172 && (b & 0xf0) == 16) || (a == 192 && b == 168)) {
      return PRIVATE;
    }
    if (a == 169 && b == 254) {
      return LINK_LOCAL;
    }
    if (a == 100 && (b & 0xc0) == 64) {
      return SHARED_CGNAT;
    }
    if ((a == 192 && b == 0 && c == 2) || (a == 198 && b == 51 && c == 100)
        || (a == 203 && b == 0 && c == 113)) {
      return DOCUMENTATION;
    }
    if ((a == 192 && b == 0 && c == 0)       // IETF protocol assignments
        || (a == 192 && b == 88 && c == 99)  // 6to4 relay anycast
        || (a == 198 && (b & 0xfe) == 18)) { // benchmarking 198.18/15
      return RESERVED;
    }
    if (a >= 224 && a <= 239) {
      return MULTICAST;
    }
    if (a >= 240) {
      return RESERVED;
    }
    return PUBLIC;
  }

  static AddressClass ofIpv6(byte[] a) {
    if (isZero(a, 0, 16)) {
      return UNSPECIFIED;
    }
    if (isZero(a, 0, 15) && a[15] == 1) {
      return LOOPBACK;
    }
    int w0 = word(a, 0);
    int w1 = word(a, 1);
    // Embedded IPv4: the address a client or translator will really reach.
    if (isZero(a, 0, 10) && word(a, 5) == 0xffff) {
      return ofIpv4(toInt(a, 12)); // ::ffff:a.b.c.d mapped
    }
    if (isZero(a, 0, 12)) {
      return ofIpv4(toInt(a, 12)); // ::a.b.c.d compatible (deprecated)
    }
    if (isZero(a, 0, 8) && word(a, 4) == 0xffff && word(a, 5) == 0) {
      return ofIpv4(toInt(a, 12)); // ::ffff:0:a.b.c.d translated
    }
    if (w0 == 0x64 && w1 == 0xff9b && isZero(a, 4, 12)) {
      return ofIpv4(toInt(a, 12)); // NAT64 well-known prefix
    }
    if (w0 == 0x64 && w1 == 0xff9b && word(a, 2) == 1) {
      return RESERVED; // 64:ff9b:1::/48 local-use NAT64
    }
    if (w0 == 0x2002) {
      AddressClass inner = ofIpv4(toInt(a, 2)); // 6to4 embeds the IPv4 in bits 16..47
      return inner.isPublic() ? RESERVED : inner;
    }
    if (w0 == 0x2001 && w1 == 0) {
      // Teredo: server IPv4 in bits 32..63, client IPv4 inverted in the last 32 bits.
      AddressClass client = ofIpv4(~toInt(a, 12));
      AddressClass server = ofIpv4(toInt(a, 4));
      if (!client.isPublic()) {
        return client;
      }
      return server.isPublic() ? RESERVED : server;
    }
    if (w0 == 0xfd00 && w1 == 0x0ec2 && isZero(a, 4, 14) && word(a, 7) == 0x254) {
      return METADATA; // fd00:ec2::254 AWS IMDS over IPv6
    }
    if ((a[0] & 0xfe) == 0xfc) {
      return UNIQUE_LOCAL;
    }
    if ((a[0] & 0xff) == 0xfe && (a[1] & 0xc0) == 0x80) {
      return LINK_LOCAL;
    }
    if ((a[0] & 0xff) == 0xfe && (a[1] & 0xc0) == 0xc0) {
      return PRIVATE; // deprecated site-local fec0::/10
    }
    if ((a[0] & 0xff) == 0xff) {
      return MULTICAST;
    }
    if ((w0 == 0x2001 && w1 == 0x0db8) || (w0 & 0xfff0) == 0x3ff0) {
      return DOCUMENTATION; // 2001:db8::/32, 3fff::/20
    }
    if (w0 == 0x2001 && (w1 & 0xfe00) == 0) {
      return RESERVED; // 2001::/23 IETF protocol assignments (ORCHID, benchmarking, ...)
    }
    if ((a[0] & 0xe0) != 0x20) {
      return RESERVED; // only 2000::/3 is global unicast
    }
    return PUBLIC;
  }

  private static int ipv4(int a, int b, int c, int d) {
    return (a << 24) | (b << 16) | (c << 8) | d;
  }

  private static int toInt(byte[] a, int off) {
    return ((a[off] & 0xff) << 24) | ((a[off + 1] & 0xff) << 16) | ((a[off + 2] & 0xff) << 8)
        | (a[off + 3] & 0xff);
  }

  private static int word(byte[] a, int index) {
    return ((a[index * 2] & 0xff) << 8) | (a[index * 2 + 1] & 0xff);
  }

  private static boolean isZero(byte[] a, int from, int to) {
    for (int i = from; i < to; i++) {
      if (a[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
