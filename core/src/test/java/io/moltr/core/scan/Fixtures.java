package io.moltr.core.scan;

import io.moltr.core.config.ConfigNode;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shipped configuration, loaded once for all scanner tests. */
final class Fixtures {
  private static OutputScanner scanner;

  private Fixtures() {}

  static Path configDir() {
    Path p = Path.of("../config");
    return Files.isDirectory(p) ? p : Path.of("config");
  }

  static synchronized OutputScanner scanner() {
    if (scanner == null) {
      scanner = fresh();
    }
    return scanner;
  }

  static OutputScanner fresh() {
    ConfigNode patterns = ConfigNode.load(configDir().resolve("scan_patterns.yaml"));
    ConfigNode defaults = ConfigNode.load(configDir().resolve("default.yaml"));
    return OutputScanner.fromConfig(patterns, defaults.get("scanners").get("output"));
  }
}
