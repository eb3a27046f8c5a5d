package io.moltr.core.config;

import io.moltr.core.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The five policy files of a configuration directory, parsed but not yet turned into engines.
 * {@code ShieldFactory} builds the engines from it, which validates every rule.
 */
public record ShieldConfig(
    Path directory,
    ConfigNode defaults,
    ConfigNode scanPatterns,
    ConfigNode commands,
    ConfigNode domains,
    ConfigNode paths) {

  public static final String DEFAULT_FILE = "default.yaml";
  public static final String SCAN_PATTERNS_FILE = "scan_patterns.yaml";
  public static final String COMMANDS_FILE = "allowlists/commands.yaml";
  public static final String DOMAINS_FILE = "allowlists/domains.yaml";
  public static final String PATHS_FILE = "allowlists/paths.yaml";

  /** Reads all five files; each must exist and be valid YAML with a mapping at the top. */
  public static ShieldConfig load(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new ConfigException(directory + ": configuration directory not found"
          + " (set --config-dir or MOLTR_CONFIG_DIR)");
    }
    return new ShieldConfig(
        directory,
        ConfigNode.load(directory.resolve(DEFAULT_FILE)),
        ConfigNode.load(directory.resolve(SCAN_PATTERNS_FILE)),
        ConfigNode.load(directory.resolve(COMMANDS_FILE)),
        ConfigNode.load(directory.resolve(DOMAINS_FILE)),
        ConfigNode.load(directory.resolve(PATHS_FILE)));
  }

  /** moltr.mode from default.yaml. */
  public Mode mode() {
    String m = defaults.get("moltr").choice("mode", "enforce", "enforce", "monitor", "disabled");
    return Mode.parse(m).orElseThrow();
  }

  public String logLevel() {
    return defaults.get("moltr").choice("log_level", "info", "trace", "debug", "info", "warn", "warning", "error")
        .replace("warning", "warn");
  }

  public long maxBodyBytes() {
    return defaults.get("api").integer("max_body_bytes", 1024 * 1024, 1024, 64L * 1024 * 1024);
  }

  public int maxOutputLength() {
    return defaults.get("scanners").get("output").intValue("max_output_length", 1024 * 1024, 1, 16 * 1024 * 1024);
  }

  /** scan_patterns.yaml lockdown: {max_incidents, window_seconds}; 0 incidents turns it off. */
  public int lockdownMaxIncidents() {
    return scanPatterns.get("lockdown").intValue("max_incidents", 5, 0, 1_000_000);
  }

  public Duration lockdownWindow() {
    return Duration.ofSeconds(scanPatterns.get("lockdown").integer("window_seconds", 300, 1, 86_400 * 7));
  }

  public ConfigNode section(String dottedPath) {
    ConfigNode n = defaults;
    for (String k : dottedPath.split("\\.")) {
      n = n.get(k);
    }
    return n;
  }
}
