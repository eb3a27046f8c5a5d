package io.moltr.core.network;

import io.moltr.core.Decision;
import io.moltr.core.Severity;
import io.moltr.core.config.ConfigNode;
import io.moltr.core.network.CanonicalUrl.HostKind;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The egress policy: may an agent open this URL? Deny by default. {@link #check} decides on the
 * canonical form ({@link UrlCanonicalizer}) in this order, the first match deciding:
 *
 * <ol>
 *   <li>malformed, ambiguous or over-long URL: {@code network.malformed}
 *   <li>scheme not in {@code allowed_schemes}: {@code network.scheme}
 *   <li>IP literal: metadata address {@code network.metadata}; any other special-purpose address
 *       {@code network.private_address}; listed as blocked {@code network.blocked_domain};
 *       otherwise {@code network.ip_literal} unless allowed_domains lists exactly that address
 *   <li>name of a cloud metadata service: {@code network.metadata}
 *   <li>local-only name (localhost, *.internal, *.local, wildcard-DNS services such as nip.io):
 *       {@code network.private_address}
 *   <li>blocked_domains matches: {@code network.blocked_domain} (block wins over allow)
 *   <li>a label mixes scripts (Cyrillic with Latin, ...), allowed entry or not:
 *       {@code network.confusable}
 *   <li>not on allowed_domains: {@code network.confusable} when it looks like an allowed name,
 *       else {@code network.not_allowlisted}
 *   <li>port not 80/443 and not listed for the entry in {@code allowed_ports}: {@code network.port}
 *   <li>userinfo present (user:pass@ or decoy@) and {@code allow_userinfo} false:
 *       {@code network.userinfo}
 *   <li>dns_check: the name does not resolve {@code network.dns_unresolved}; any address is a
 *       metadata or special-purpose address {@code network.dns_private}
 * </ol>
 * An exception anywhere is a deny ({@code network.error}): fail closed.
 */
public final class UrlPolicy {
  private static final Set<String> METADATA_NAMES = Set.of(
      "metadata.google.internal", "metadata.goog", "metadata", "instance-data",
      "instance-data.ec2.internal", "metadata.azure.com", "metadata.azure.internal",
      "metadata.packet.net", "metadata.platformequinix.com", "metadata.tencentyun.com",
      "metadata.oraclecloud.com", "metadata.hetzner.cloud", "metadata.digitalocean.com");

  /** Names that only ever mean this host or this network. */
  private static final Set<String> LOCAL_NAMES = Set.of(
      "localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback", "broadcasthost");

  private static final Set<String> LOCAL_SUFFIXES = Set.of(
      "localhost", "local", "internal", "intranet", "lan", "home", "corp", "localdomain",
      "home.arpa", "in-addr.arpa", "ip6.arpa", "test", "invalid", "example");

  /** Wildcard DNS services that answer any embedded address: DNS rebinding as a service. */
  private static final Set<String> WILDCARD_DNS = Set.of(
      "nip.io", "sslip.io", "xip.io", "localtest.me", "lvh.me", "1u.ms", "rbndr.us",
      "traefik.me", "vcap.me", "lacolhost.com", "127-0-0-1.org.uk", "localh.st", "fbi.com.ar");

  private static final Set<Integer> DEFAULT_PORTS = Set.of(80, 443);

  private final boolean enabled;
  private final boolean blockPrivate;
  private final boolean blockMetadata;
  private final boolean dnsCheck;
  private final boolean allowUserinfo;
  private final long maxRequestBytes;
  private final long scanPayloadOverBytes;
  private final Set<String> schemes;
  private final DomainRules allowed;
  private final DomainRules blocked;
  private final Map<String, Set<Integer>> portsByEntry;
  private final HostResolver resolver;

  private UrlPolicy(Builder b) {
    this.enabled = b.enabled;
    this.blockPrivate = b.blockPrivate;
    this.blockMetadata = b.blockMetadata;
    this.dnsCheck = b.dnsCheck;
    this.allowUserinfo = b.allowUserinfo;
    this.maxRequestBytes = b.maxRequestBytes;
    this.scanPayloadOverBytes = b.scanPayloadOverBytes;
    this.schemes = Set.copyOf(b.schemes);
    this.allowed = b.allowed;
    this.blocked = b.blocked;
    this.portsByEntry = Map.copyOf(b.portsByEntry);
    this.resolver = b.resolver;
  }

  private static final class Builder {
    boolean enabled;
    boolean blockPrivate;
    boolean blockMetadata;
    boolean dnsCheck;
    boolean allowUserinfo;
    long maxRequestBytes;
    long scanPayloadOverBytes;
    Set<String> schemes;
    DomainRules allowed;
    DomainRules blocked;
    Map<String, Set<Integer>> portsByEntry = new HashMap<>();
    HostResolver resolver;
  }

  /**
   * Reads the policy once and validates it; a bad entry fails with file, key, value and fix.
   *
   * @param domainsYaml allowlists/domains.yaml
   * @param networkSettings the {@code validators.network} node of default.yaml (may be missing)
   * @param resolver used when {@code dns_check} is true (the default); tests pass a fake
   */
  public static UrlPolicy fromConfig(ConfigNode domainsYaml, ConfigNode networkSettings,
      HostResolver resolver) {
    Builder b = new Builder();
    b.enabled = networkSettings.bool("enabled", true);
    b.blockPrivate = networkSettings.bool("block_private_networks", true);
    b.blockMetadata = networkSettings.bool("block_metadata_endpoints", true);
    b.dnsCheck = networkSettings.bool("dns_check", true);
    b.allowUserinfo = networkSettings.bool("allow_userinfo", false);
    b.maxRequestBytes = networkSettings.integer("max_request_size_bytes", 1_048_576, 0, Long.MAX_VALUE);
    b.scanPayloadOverBytes = networkSettings.integer("scan_payload_over_bytes", 1024, 0, Long.MAX_VALUE);
    Set<String> schemes = new LinkedHashSet<>();
    ConfigNode schemesNode = networkSettings.get("allowed_schemes");
    if (schemesNode.isMissing()) {
      schemes.add("http");
      schemes.add("https");
    } else {
      for (ConfigNode item : schemesNode.items()) {
        String s = item.asString("").trim().toLowerCase(Locale.ROOT);
        if (UrlCanonicalizer.defaultPort(s) < 0) {
          throw item.error("only http, https, ws, wss and ftp can be allowed");
        }
        schemes.add(s);
      }
    }
    b.schemes = schemes;
    b.allowed = DomainRules.load(domainsYaml, "allowed_domains");
    b.blocked = DomainRules.load(domainsYaml, "blocked_domains");
    List<String> allowedEntries = b.allowed.entries();
    for (Map.Entry<String, ConfigNode> e : domainsYaml.get("allowed_ports").entries().entrySet()) {
      if (!allowedEntries.contains(e.getKey())) {
        throw e.getValue().error("allowed_ports keys must be entries of allowed_domains, written"
            + " the same way");
      }
      Set<Integer> ports = new LinkedHashSet<>();
      for (ConfigNode p : e.getValue().items()) {
        ConfigNode holder = p; // validate as a whole number 1..65535
        Object raw = holder.raw();
        if (!(raw instanceof Integer i) || i < 1 || i > 65535) {
          throw holder.error("ports must be whole numbers from 1 to 65535");
        }
        ports.add(i);
      }
      b.portsByEntry.put(e.getKey(), Set.copyOf(ports));
    }
    if (b.dnsCheck && resolver == null) {
      throw networkSettings.get("dns_check").error("dns_check needs a resolver");
    }
    b.resolver = resolver;
    return new UrlPolicy(b);
  }

  /**
   * The canonical form of a URL, for scanning its parts.
   *
   * @throws IllegalArgumentException when the URL is malformed or ambiguous
   */
  public CanonicalUrl canonicalize(String url) {
    return UrlCanonicalizer.canonicalize(url);
  }

  /**
   * The parts of a URL for the output scanner, one per line and decoded
   * ({@link CanonicalUrl#scannableText()}); "" when the URL does not parse.
   */
  public static String scannableParts(String url) {
    try {
      return UrlCanonicalizer.canonicalize(url).scannableText();
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** Whether names are resolved and their addresses checked (shown on /status). */
  /**
   * Whether a host name (already lower-case) is on the allowlist and not blocked, by names only
   * (no DNS): for judging links in text, not for letting traffic out.
   */
  public boolean hostAllowlisted(String host) {
    if (host == null || host.isEmpty() || host.length() > 253) {
      return false;
    }
    String h = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    return blocked.match(h, HostKind.NAME) == null && allowed.match(h, HostKind.NAME) != null;
  }

  public boolean dnsCheckEnabled() {
    return dnsCheck;
  }

  /** Payloads larger than this go through the output scanner before the URL is allowed. */
  public long scanPayloadOverBytes() {
    return scanPayloadOverBytes;
  }

  public long maxRequestSizeBytes() {
    return maxRequestBytes;
  }

  /** {@link #check(String)}, plus a deny ({@code network.payload_too_large}) for oversized bodies. */
  public Decision check(String url, long payloadBytes) {
    if (enabled && payloadBytes > maxRequestBytes) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("payload_bytes", payloadBytes);
      d.put("max_request_size_bytes", maxRequestBytes);
      return Decision.deny("network.payload_too_large",
          "request body is larger than " + maxRequestBytes + " bytes", Severity.MEDIUM, d);
    }
    return check(url);
  }

  /** Decides whether the agent may open {@code url}; see the class comment for the order. */
  public Decision check(String url) {
    if (!enabled) {
      return Decision.allow("network validator disabled", Map.of());
    }
    try {
      return decide(url);
    } catch (RuntimeException e) {
      return Decision.deny("network.error", "internal error while checking the URL",
          Severity.HIGH, Map.of());
    }
  }

  private Decision decide(String url) {
    CanonicalUrl u;
    try {
      u = UrlCanonicalizer.canonicalize(url);
    } catch (IllegalArgumentException e) {
      return Decision.deny("network.malformed", "malformed URL: " + e.getMessage(),
          Severity.MEDIUM, Map.of());
    }
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("domain", u.host());
    d.put("matched_rule", null);
    d.put("scheme", u.scheme());
    d.put("port", u.port());
    if (!schemes.contains(u.scheme())) {
      return deny("network.scheme", "scheme '" + u.scheme() + "' is not allowed (allowed: "
          + String.join(", ", schemes) + ")", Severity.MEDIUM, d);
    }
    String host = u.host();
    if (u.hostKind() != HostKind.NAME) {
      AddressClass cls = AddressClass.of(addressBytes(u));
      d.put("address_class", cls.label());
      if (cls == AddressClass.METADATA && blockMetadata) {
        return deny("network.metadata", "cloud metadata address " + host, Severity.HIGH, d);
      }
      if (!cls.isPublic() && (blockPrivate || cls == AddressClass.METADATA)) {
        return deny("network.private_address", cls.label() + " address " + host
            + " is not reachable for agents", Severity.HIGH, d);
      }
      String blockedBy = blocked.match(host, u.hostKind());
      if (blockedBy != null) {
        d.put("matched_rule", blockedBy);
        return deny("network.blocked_domain", host + " is blocked by '" + blockedBy + "'",
            Severity.HIGH, d);
      }
      String allowedBy = allowed.match(host, u.hostKind());
      if (allowedBy == null) {
        return deny("network.ip_literal", "IP address literals are not allowed; use an allowed"
            + " host name", Severity.MEDIUM, d);
      }
      d.put("matched_rule", allowedBy);
      return finish(u, allowedBy, d, false);
    }
    if (METADATA_NAMES.contains(host) && blockMetadata) {
      return deny("network.metadata", host + " is a cloud metadata service", Severity.HIGH, d);
    }
    String localReason = localName(host);
    if (localReason != null && blockPrivate) {
      return deny("network.private_address", host + " " + localReason, Severity.HIGH, d);
    }
    String blockedBy = blocked.match(host, HostKind.NAME);
    if (blockedBy != null) {
      d.put("matched_rule", blockedBy);
      return deny("network.blocked_domain", host + " is blocked by '" + blockedBy + "'",
          Severity.HIGH, d);
    }
    // Before the allowlist: under a wildcard entry the attacker picks the label, so
    // "аdmin.supabase.co" (Cyrillic а) is as much a spoof as "gіthub.com".
    String display = u.displayHost();
    if (!Lookalikes.isAscii(display) && Lookalikes.mixesScripts(display)) {
      d.put("display_host", display);
      return deny("network.confusable", "host '" + display + "' mixes writing systems, a"
          + " common look-alike trick", Severity.HIGH, d);
    }
    String allowedBy = allowed.match(host, HostKind.NAME);
    if (allowedBy == null) {
      String like = allowed.lookalikeOf(display);
      if (like == null) {
        like = blocked.lookalikeOf(display);
      }
      if (like != null) {
        d.put("display_host", display);
        d.put("looks_like", like);
        return deny("network.confusable", "host '" + display + "' looks like '" + like
            + "' but is a different name", Severity.HIGH, d);
      }
      return deny("network.not_allowlisted", host + " is not on the allowed domains list",
          Severity.MEDIUM, d);
    }
    d.put("matched_rule", allowedBy);
    return finish(u, allowedBy, d, true);
  }

  private Decision finish(CanonicalUrl u, String allowedBy, Map<String, Object> d, boolean name) {
    Set<Integer> extra = portsByEntry.getOrDefault(allowedBy, Set.of());
    if (!DEFAULT_PORTS.contains(u.port()) && !extra.contains(u.port())) {
      return deny("network.port", "port " + u.port() + " is not allowed for " + u.host()
          + " (80 and 443, plus allowed_ports in domains.yaml)", Severity.MEDIUM, d);
    }
    if (!u.userinfo().isEmpty() && !allowUserinfo) {
      return deny("network.userinfo", "credentials or a decoy name before '@' in the URL are"
          + " not allowed", Severity.MEDIUM, d);
    }
    if (name && dnsCheck) {
      List<InetAddress> addresses;
      try {
        addresses = resolver.resolve(u.host());
      } catch (UnknownHostException | RuntimeException e) {
        return deny("network.dns_unresolved", u.host() + " does not resolve (fail closed)",
            Severity.MEDIUM, d);
      }
      if (addresses == null || addresses.isEmpty()) {
        return deny("network.dns_unresolved", u.host() + " has no addresses (fail closed)",
            Severity.MEDIUM, d);
      }
      List<String> shown = new ArrayList<>();
      String bad = null;
      for (InetAddress a : addresses) {
        String text = a.getAddress().length == 4
            ? UrlCanonicalizer.formatIpv4(java.nio.ByteBuffer.wrap(a.getAddress()).getInt())
            : UrlCanonicalizer.formatIpv6(a.getAddress());
        shown.add(text);
        AddressClass cls = AddressClass.of(a);
        boolean denied = (cls == AddressClass.METADATA && blockMetadata)
            || (!cls.isPublic() && (blockPrivate || cls == AddressClass.METADATA));
        if (denied && bad == null) {
          bad = text + " (" + cls.label() + ")";
        }
      }
      d.put("addresses", List.copyOf(shown));
      if (bad != null) {
        return deny("network.dns_private", u.host() + " resolves to " + bad
            + ": possible DNS rebinding", Severity.HIGH, d);
      }
    }
    return Decision.allow(u.host() + " is allowed by '" + allowedBy + "'", d);
  }

  private static byte[] addressBytes(CanonicalUrl u) {
    if (u.hostKind() == HostKind.IPV4) {
      long v = UrlCanonicalizer.parseIpv4(u.host());
      return java.nio.ByteBuffer.allocate(4).putInt((int) v).array();
    }
    return Objects.requireNonNull(UrlCanonicalizer.parseIpv6(u.host()));
  }

  /** Why a name can only mean a local or rebinding target, or null. */
  private static String localName(String host) {
    if (LOCAL_NAMES.contains(host)) {
      return "names this machine";
    }
    for (int dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
      String suffix = host.substring(dot + 1);
      if (LOCAL_SUFFIXES.contains(suffix)) {
        return "is a local-only name (." + suffix + ")";
      }
      if (WILDCARD_DNS.contains(suffix) || WILDCARD_DNS.contains(host)) {
        return "uses a wildcard DNS service (" + suffix + ") that can point anywhere";
      }
    }
    if (host.indexOf('.') < 0) {
      return "is a single-label name resolved by the local network";
    }
    return null;
  }

  private static Decision deny(String rule, String reason, Severity s, Map<String, Object> d) {
    return Decision.deny(rule, reason, s, d);
  }
}
