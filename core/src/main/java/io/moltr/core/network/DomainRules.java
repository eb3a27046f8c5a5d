package io.moltr.core.network;

import io.moltr.core.config.ConfigNode;
import io.moltr.core.network.CanonicalUrl.HostKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One list of domains.yaml (allowed or blocked), validated at load: every entry must already be
 * in canonical form (lower-case punycode, no trailing dot, IPs as dotted quads or RFC 5952), and
 * a wildcard is only "*." before a name of at least two labels, so no entry matches everything.
 */
final class DomainRules {
  private final Map<String, String> exact = new LinkedHashMap<>();
  private final Map<String, String> wildcardBases = new LinkedHashMap<>();
  private final Map<String, String> exactSkeletons = new LinkedHashMap<>();
  private final Map<String, String[]> wildcardSkeletons = new LinkedHashMap<>();

  private DomainRules() {}

  static DomainRules load(ConfigNode file, String key) {
    DomainRules rules = new DomainRules();
    for (ConfigNode item : file.list(key)) {
      String entry = item.asString("").trim();
      if (entry.isEmpty()) {
        throw item.error("entries must be host names such as api.example.com or *.example.com");
      }
      boolean wildcard = entry.startsWith("*.");
      String name = wildcard ? entry.substring(2) : entry;
      if (name.indexOf('*') >= 0 || name.indexOf('/') >= 0) {
        throw item.error("write a bare host name (no scheme, port or path); a wildcard only as a"
            + " leading '*.' label");
      }
      String canonical = canonicalEntry(item, name);
      if (!canonical.equals(name)) {
        throw item.error("write the entry in canonical form: '" + (wildcard ? "*." : "") + canonical + "'");
      }
      if (wildcard) {
        if (canonical.indexOf('.') < 0 || isIpLiteral(canonical)) {
          throw item.error("a wildcard must cover a name with at least two labels, e.g. *.example.com");
        }
        rules.wildcardBases.put(canonical, entry);
      } else {
        rules.exact.put(canonical, entry);
      }
    }
    rules.computeSkeletons();
    return rules;
  }

  private static String canonicalEntry(ConfigNode item, String name) {
    try {
      CanonicalUrl u = UrlCanonicalizer.canonicalize("http://" + (name.indexOf(':') >= 0 ? "[" + name + "]" : name) + "/");
      return u.host();
    } catch (IllegalArgumentException e) {
      throw item.error("not a valid host name: " + e.getMessage());
    }
  }

  private static boolean isIpLiteral(String host) {
    return host.indexOf(':') >= 0 || UrlCanonicalizer.endsInNumber(host);
  }

  /** The entry that matches the canonical host, or null. Wildcards match strict sub-domains. */
  String match(String host, HostKind kind) {
    String e = exact.get(host);
    if (e != null || kind != HostKind.NAME) {
      return e;
    }
    for (int dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
      String w = wildcardBases.get(host.substring(dot + 1));
      if (w != null) {
        return w;
      }
    }
    return null;
  }

  /** The entry whose look-alike skeleton the host shares without matching it, or null. */
  String lookalikeOf(String unicodeHost) {
    String sk = Lookalikes.skeleton(unicodeHost);
    for (Map.Entry<String, String> e : exactSkeletons.entrySet()) {
      if (e.getKey().equals(sk)) {
        return e.getValue();
      }
    }
    for (Map.Entry<String, String[]> e : wildcardSkeletons.entrySet()) {
      String base = e.getKey();
      // The apex itself is not a look-alike; it is simply not covered by the wildcard.
      if (!unicodeHost.equals(e.getValue()[1]) && (sk.equals(base) || sk.endsWith("." + base))) {
        return e.getValue()[0];
      }
    }
    return null;
  }

  /** Skeletons are computed once at load: the check runs per request. */
  private void computeSkeletons() {
    for (Map.Entry<String, String> e : exact.entrySet()) {
      exactSkeletons.put(Lookalikes.skeleton(display(e.getKey())), e.getValue());
    }
    for (Map.Entry<String, String> e : wildcardBases.entrySet()) {
      String shown = display(e.getKey());
      wildcardSkeletons.put(Lookalikes.skeleton(shown), new String[] {e.getValue(), shown});
    }
  }

  private static String display(String ascii) {
    try {
      return java.net.IDN.toUnicode(ascii, java.net.IDN.ALLOW_UNASSIGNED);
    } catch (IllegalArgumentException e) {
      return ascii;
    }
  }

  List<String> entries() {
    List<String> all = new java.util.ArrayList<>(exact.values());
    all.addAll(wildcardBases.values());
    return all;
  }
}
