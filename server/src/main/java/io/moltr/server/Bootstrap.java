package io.moltr.server;

import io.moltr.core.ActionGate;
import io.moltr.core.Mode;
import io.moltr.core.Shield;
import io.moltr.core.ShieldFactory;
import io.moltr.core.config.ConfigException;
import io.moltr.core.config.ShieldConfig;
import io.moltr.core.incident.IncidentSink;
import io.moltr.core.storage.AtomicFile;
import io.moltr.core.network.HostResolver;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/** Loads configuration and state and builds the shield the same way for every command. */
public final class Bootstrap {
  private Bootstrap() {}

  /** The configuration with the mode override (flag or MOLTR_MODE) applied and validated. */
  public static Mode effectiveMode(ShieldConfig config, String override) {
    if (override == null || override.isBlank()) {
      return config.mode();
    }
    return Mode.parse(override).orElseThrow(() -> new ConfigException(
        "MOLTR_MODE / --mode: value '" + override + "' is not one of enforce, monitor, disabled"));
  }

  public static ShieldConfig loadConfig(ServerOptions opts) {
    return ShieldConfig.load(opts.configDir());
  }

  /** Creates the data directory (mode 0700) if it does not exist; true when it was created. */
  public static boolean ensureDataDir(Path dataDir) {
    try {
      boolean created = !Files.exists(dataDir);
      AtomicFile.createDirectories(dataDir); // mode 0700 where the file system has POSIX modes
      return created;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + dataDir, e);
    }
  }

  /** Builds the shield: engines from the config, incidents to the given sink. */
  public static Shield shield(ShieldConfig config, ServerOptions opts, IncidentSink incidents, Clock clock) {
    return engines(config, opts, incidents, ActionGate.OPEN, clock, HostResolver.system()).shield();
  }

  /** The shield and its engines, with the given name resolver. */
  public static ShieldFactory.Built engines(
      ShieldConfig config, ServerOptions opts, IncidentSink incidents, ActionGate gate, Clock clock,
      HostResolver resolver) {
    return ShieldFactory.build(config, new ShieldFactory.Environment(
        effectiveMode(config, opts.modeOverride()),
        opts.workDir(),
        Set.of(opts.dataDir(), opts.logDir()),
        Set.of(opts.configDir()),
        incidents,
        gate,
        clock), resolver);
  }

  /** honeypots.directory (or validators.filesystem.honeypot_directory) against the work directory. */
  public static Path honeypotDirectory(ShieldConfig config, ServerOptions opts) {
    String dir = config.section("honeypots").string("directory",
        config.section("validators.filesystem").string("honeypot_directory", "honeypots/"));
    return opts.workDir().resolve(dir).normalize();
  }

  static void say(PrintStream out, String line) {
    out.println("moltr: " + line);
  }

  static Map<String, String> env() {
    return System.getenv();
  }
}
