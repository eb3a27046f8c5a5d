package io.moltr.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moltr.core.Decision;
import io.moltr.core.Severity;
import io.moltr.core.config.ConfigException;
import io.moltr.core.config.ConfigNode;
import org.junit.jupiter.api.Test;

class UrlPolicyTest {
  private static ConfigNode yaml(String text) {
    return ConfigNode.parse("domains.yaml", text);
  }

  private static ConfigNode net(String text) {
    return ConfigNode.parse("default.yaml", text);
  }

  private static String rule(Decision d) {
    return d instanceof Decision.Deny deny ? deny.ruleId() : "allow";
  }

  @Test
  void mixedScriptLabelUnderAnAllowedWildcardIsDenied() {
    UrlPolicy p = ShippedPolicy.policy(new FakeResolver());
    // Cyrillic а with Latin letters in one label, as Unicode and as punycode.
    assertThat(rule(p.check("https://\u0430dmin.supabase.co/"))).isEqualTo("network.confusable");
    assertThat(rule(p.check("https://xn--pple-43d.supabase.co/"))).isEqualTo("network.confusable");
    // Near cases keep their outcome: an all-Latin label, a label in one other script, and
    // Latin with Han (CJK usage) under the same wildcard.
    assertThat(rule(p.check("https://admin.supabase.co/"))).isEqualTo("allow");
    assertThat(rule(p.check("https://\u043f\u0440\u0438\u043c\u0435\u0440.supabase.co/"))).isEqualTo("allow");
    assertThat(rule(p.check("https://\u4e2d\u6587abc.supabase.co/"))).isEqualTo("allow");
  }

  @Test
  void allowedNameResolvingToPrivateAddressIsDeniedAsRebinding() {
    FakeResolver dns = new FakeResolver().answer("api.github.com", "140.82.112.5", "10.0.0.7");
    Decision d = ShippedPolicy.policy(dns).check("https://api.github.com/user");
    assertThat(rule(d)).isEqualTo("network.dns_private");
    assertThat(((Decision.Deny) d).severity()).isEqualTo(Severity.HIGH);
    assertThat(d.details().get("addresses")).asList().containsExactly("140.82.112.5", "10.0.0.7");
  }

  @Test
  void allowedNameResolvingToMetadataOrMappedLoopbackIsDenied() {
    FakeResolver dns = new FakeResolver()
        .answer("github.com", "169.254.169.254")
        .answer("api.openai.com", "::ffff:127.0.0.1");
    UrlPolicy p = ShippedPolicy.policy(dns);
    assertThat(rule(p.check("https://github.com/"))).isEqualTo("network.dns_private");
    // InetAddress turns ::ffff:a.b.c.d into an Inet4Address; either way it is loopback.
    assertThat(rule(p.check("https://api.openai.com/"))).isEqualTo("network.dns_private");
  }

  @Test
  void unresolvableAllowedNameIsDeniedFailClosed() {
    FakeResolver dns = new FakeResolver().unknown("api.groq.com");
    assertThat(rule(ShippedPolicy.policy(dns).check("https://api.groq.com/x")))
        .isEqualTo("network.dns_unresolved");
  }

  @Test
  void resolverThatThrowsIsADenyNotAnError() {
    HostResolver broken = host -> {
      throw new IllegalStateException("boom");
    };
    assertThat(rule(ShippedPolicy.policy(broken).check("https://github.com/")))
        .isEqualTo("network.dns_unresolved");
  }

  @Test
  void deniedNamesAreNeverResolved() {
    FakeResolver dns = new FakeResolver();
    UrlPolicy p = ShippedPolicy.policy(dns);
    p.check("https://pastebin.com/");
    p.check("https://evil.example.org/");
    p.check("http://127.0.0.1/");
    assertThat(dns.calls).isZero();
  }

  @Test
  void allowDetailsNameDomainRuleSchemePortAndAddresses() {
    Decision d = ShippedPolicy.policy(new FakeResolver()).check("https://API.GitHub.com./repos");
    assertThat(d.allowed()).isTrue();
    assertThat(d.details()).containsEntry("domain", "api.github.com")
        .containsEntry("matched_rule", "*.github.com").containsEntry("scheme", "https")
        .containsEntry("port", 443).containsKey("addresses");
  }

  @Test
  void dnsCheckOffDecidesOnNamesOnly() {
    UrlPolicy p = UrlPolicy.fromConfig(yaml("allowed_domains: [github.com]"),
        net("dns_check: false"), null);
    assertThat(p.dnsCheckEnabled()).isFalse();
    assertThat(p.check("https://github.com/").allowed()).isTrue();
    assertThat(rule(p.check("http://10.0.0.1/"))).isEqualTo("network.private_address");
  }

  @Test
  void perDomainPortExceptions() {
    UrlPolicy p = UrlPolicy.fromConfig(
        yaml("allowed_domains: [db.example.com, '*.example.org']\n"
            + "allowed_ports: {'*.example.org': [8443]}"),
        net("dns_check: false"), null);
    assertThat(p.check("https://a.example.org:8443/").allowed()).isTrue();
    assertThat(rule(p.check("https://db.example.com:8443/"))).isEqualTo("network.port");
    assertThat(rule(p.check("https://a.example.org:8444/"))).isEqualTo("network.port");
  }

  @Test
  void schemesAreConfigurable() {
    UrlPolicy p = UrlPolicy.fromConfig(yaml("allowed_domains: [github.com]"),
        net("dns_check: false\nallowed_schemes: [https]"), null);
    assertThat(rule(p.check("http://github.com/"))).isEqualTo("network.scheme");
    assertThat(p.check("https://github.com/").allowed()).isTrue();
    assertThatThrownBy(() -> UrlPolicy.fromConfig(yaml(""), net("allowed_schemes: [file]"), null))
        .isInstanceOf(ConfigException.class).hasMessageContaining("allowed_schemes");
  }

  @Test
  void blockWinsOverAllow() {
    UrlPolicy p = UrlPolicy.fromConfig(
        yaml("allowed_domains: ['*.example.com']\nblocked_domains: [bad.example.com]"),
        net("dns_check: false"), null);
    assertThat(rule(p.check("https://bad.example.com/"))).isEqualTo("network.blocked_domain");
    assertThat(rule(p.check("https://x.bad.example.com/"))).isEqualTo("allow");
    assertThat(p.check("https://good.example.com/").allowed()).isTrue();
  }

  @Test
  void anExplicitlyListedPublicIpIsTheOnlyIpThatPasses() {
    UrlPolicy p = UrlPolicy.fromConfig(yaml("allowed_domains: [93.184.216.34, 10.1.2.3]"),
        net("dns_check: false"), null);
    assertThat(p.check("http://0x5db8d822/").allowed()).isTrue();
    assertThat(rule(p.check("http://10.1.2.3/"))).isEqualTo("network.private_address");
  }

  @Test
  void payloadLimits() {
    UrlPolicy p = ShippedPolicy.policy(new FakeResolver());
    assertThat(rule(p.check("https://github.com/", 2_000_000))).isEqualTo("network.payload_too_large");
    assertThat(p.check("https://github.com/", 10).allowed()).isTrue();
    assertThat(p.scanPayloadOverBytes()).isEqualTo(1024);
  }

  @Test
  void invalidEntriesNameTheEntryAndTheFix() {
    assertThatThrownBy(() -> UrlPolicy.fromConfig(yaml("allowed_domains: [GitHub.com]"), net(""), host -> null))
        .isInstanceOf(ConfigException.class).hasMessageContaining("allowed_domains[0]")
        .hasMessageContaining("'github.com'");
    assertThatThrownBy(() -> UrlPolicy.fromConfig(yaml("allowed_domains: [münchen.de]"), net(""), host -> null))
        .hasMessageContaining("xn--mnchen-3ya.de");
    assertThatThrownBy(() -> UrlPolicy.fromConfig(yaml("allowed_domains: ['*.com']"), net(""), host -> null))
        .hasMessageContaining("at least two labels");
    assertThatThrownBy(() -> UrlPolicy.fromConfig(yaml("allowed_domains: ['*']"), net(""), host -> null))
        .isInstanceOf(ConfigException.class);
    assertThatThrownBy(() -> UrlPolicy.fromConfig(yaml("allowed_domains: ['https://x.com/']"), net(""), host -> null))
        .isInstanceOf(ConfigException.class);
    assertThatThrownBy(() -> UrlPolicy.fromConfig(yaml("allowed_domains: [a.com]\nallowed_ports: {b.com: [22]}"), net(""), host -> null))
        .hasMessageContaining("allowed_ports");
  }

  @Test
  void disabledValidatorAllows() {
    UrlPolicy p = UrlPolicy.fromConfig(yaml(""), net("enabled: false\ndns_check: false"), null);
    assertThat(p.check("http://127.0.0.1/").allowed()).isTrue();
  }

  @Test
  void canonicalUrlExposesPartsForTheScanner() {
    CanonicalUrl u = ShippedPolicy.policy(new FakeResolver())
        .canonicalize("HTTPS://user:pw@GitHub.com:0443/a\\b?q=sk-123#frag");
    assertThat(u.scheme()).isEqualTo("https");
    assertThat(u.host()).isEqualTo("github.com");
    assertThat(u.port()).isEqualTo(443);
    assertThat(u.userinfo()).isEqualTo("user:pw");
    assertThat(u.path()).isEqualTo("/a/b");
    assertThat(u.query()).isEqualTo("q=sk-123");
    assertThat(u.fragment()).isEqualTo("frag");
    assertThat(u.scannableText()).isEqualTo("user:pw\ngithub.com\nGITHUB.COM\na\nb\nq=sk-123\nfrag\n");
    assertThat(ShippedPolicy.policy(new FakeResolver())
        .canonicalize("https://api.github.com/x%2Fy/a%20b?q=caf%C3%A9+au+lait&p=%zz#%41").scannableText())
        .isEqualTo("api.github.com\nAPI.GITHUB.COM\nx/y\na b\nq=café au lait\np=%zz\nA\n");
  }

  @Test
  void canonicalHostsOfAddressNotations() {
    assertThat(UrlCanonicalizer.canonicalize("http://0x7f.1/").host()).isEqualTo("127.0.0.1");
    assertThat(UrlCanonicalizer.canonicalize("http://4294967295/").host()).isEqualTo("255.255.255.255");
    assertThat(UrlCanonicalizer.canonicalize("http://[0:0:0:0:0:ffff:7f00:1]/").host())
        .isEqualTo("::ffff:7f00:1");
    assertThat(UrlCanonicalizer.canonicalize("http://[2001:DB8:0:0:1:0:0:1]/").host())
        .isEqualTo("2001:db8::1:0:0:1");
    assertThat(UrlCanonicalizer.canonicalize("http://bücher.example/").host())
        .isEqualTo("xn--bcher-kva.example");
  }
}
