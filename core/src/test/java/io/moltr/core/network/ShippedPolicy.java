package io.moltr.core.network;

import io.moltr.core.config.ConfigNode;
import java.nio.file.Files;
import java.nio.file.Path;

/** The policy files shipped in config/, as an operator gets them. */
final class ShippedPolicy {
  private ShippedPolicy() {}

  static Path configDir() {
    Path p = Path.of("").toAbsolutePath();
    for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("config/allowlists/domains.yaml"))) {
        return p.resolve("config");
      }
    }
    throw new IllegalStateException("config/ not found above " + Path.of("").toAbsolutePath());
  }

  static ConfigNode domains() {
    return ConfigNode.load(configDir().resolve("allowlists/domains.yaml"));
  }

  static ConfigNode network() {
    return ConfigNode.load(configDir().resolve("default.yaml")).get("validators").get("network");
  }

  static UrlPolicy policy(HostResolver resolver) {
    return UrlPolicy.fromConfig(domains(), network(), resolver);
  }
}
