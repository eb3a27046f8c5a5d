package io.moltr.core.network;

import java.nio.file.Path;

/** Where the shipped config/ directory is, for tests in other packages. */
public final class ShippedConfig {
  private ShippedConfig() {}

  public static Path dir() {
    return ShippedPolicy.configDir();
  }
}
