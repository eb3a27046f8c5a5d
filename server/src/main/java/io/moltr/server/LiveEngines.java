package io.moltr.server;

import io.moltr.core.Shield;
import io.moltr.core.ShieldFactory;
import io.moltr.core.config.ShieldConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engines in force, swapped atomically by a configuration reload. A reload parses and
 * builds the new engines completely before the swap; on any error the last valid configuration
 * stays in force and the error says why. Listener addresses, proxy settings, API limits and
 * kill-switch triggers are read at start only and need a restart.
 */
final class LiveEngines {
  private static final Logger LOG = LoggerFactory.getLogger(LiveEngines.class);

  /** What a reload did: the new mode and file digests, or why nothing changed. */
  record ReloadOutcome(boolean applied, String message, Map<String, Object> details) {}

  private final AtomicReference<ShieldFactory.Built> current;
  private final Function<ShieldConfig, ShieldFactory.Built> builder;
  private final Path configDir;
  private final SafetyState safety;
  private RegisteredSecrets registered;

  LiveEngines(ShieldFactory.Built initial, Function<ShieldConfig, ShieldFactory.Built> builder, Path configDir,
      SafetyState safety) {
    this.current = new AtomicReference<>(initial);
    this.builder = builder;
    this.configDir = configDir;
    this.safety = safety;
  }

  void registeredSecrets(RegisteredSecrets registered) {
    this.registered = registered;
  }

  Shield shield() {
    return current.get().shield();
  }

  ShieldFactory.Built built() {
    return current.get();
  }

  /** Parses, validates and builds the configuration directory again, then swaps. */
  synchronized ReloadOutcome reload(String actor) {
    ShieldFactory.Built next;
    try {
      next = builder.apply(ShieldConfig.load(configDir));
      next.paths().ensureHoneypots();
    } catch (RuntimeException | IOException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      LOG.warn("configuration reload refused, the last valid configuration stays in force: {}", why);
      safety.audit().append("config.reload_refused", actor, Map.of("error", why));
      return new ReloadOutcome(false, "configuration not reloaded; the last valid one stays in force: " + why, Map.of());
    }
    if (registered != null) {
      registered.apply(next.scanner());
    }
    current.set(next);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("mode", next.shield().mode().label());
    details.put("files", digests());
    // The operator accepted these files: they are the new integrity baseline.
    int baselined = safety.watchdog().baseline();
    details.put("baselined_files", baselined);
    safety.audit().append("config.reloaded", actor, details);
    LOG.info("configuration reloaded by {} (mode {})", actor, next.shield().mode().label());
    return new ReloadOutcome(true, "configuration reloaded", details);
  }

  private Map<String, Object> digests() {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String f : new String[] {ShieldConfig.DEFAULT_FILE, ShieldConfig.SCAN_PATTERNS_FILE,
        ShieldConfig.COMMANDS_FILE, ShieldConfig.DOMAINS_FILE, ShieldConfig.PATHS_FILE}) {
      try {
        out.put(f, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
            .digest(Files.readAllBytes(configDir.resolve(f)))));
      } catch (IOException | NoSuchAlgorithmException e) {
        out.put(f, "unreadable");
      }
    }
    return out;
  }
}
