package io.moltr.server;

import io.moltr.core.audit.HashChainedLog;
import io.moltr.core.config.ConfigNode;
import io.moltr.core.Severity;
import io.moltr.core.config.ShieldConfig;
import io.moltr.core.incident.Incident;
import io.moltr.core.incident.IncidentSink;
import io.moltr.core.integrity.IntegrityReport;
import io.moltr.core.integrity.IntegrityWatchdog;
import io.moltr.core.integrity.WatchedRoot;
import io.moltr.core.killswitch.Codephrase;
import io.moltr.core.killswitch.KillSwitch;
import io.moltr.core.killswitch.KillSwitchLevel;
import io.moltr.core.storage.AtomicFile;
import io.moltr.core.vault.SecretVault;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state that guards safety, opened from the data directory: the WORM audit log, the kill
 * switch, the vault of registered secrets and the integrity watchdog's baseline. Shared by
 * `moltr serve` and the offline commands.
 */
public final class SafetyState implements AutoCloseable {
  public static final String CODEPHRASE_ENV = "MOLTR_KILLSWITCH_CODEPHRASE";
  private static final Logger LOG = LoggerFactory.getLogger(SafetyState.class);

  private final HashChainedLog audit;
  private final KillSwitch killSwitch;
  private final SecretVault vault;
  private final IntegrityWatchdog watchdog;
  private final Map<String, Optional<KillSwitchLevel>> autoTriggers;
  private final Path baselineFile;

  private SafetyState(HashChainedLog audit, KillSwitch killSwitch, SecretVault vault, IntegrityWatchdog watchdog,
      Map<String, Optional<KillSwitchLevel>> autoTriggers, Path baselineFile) {
    this.baselineFile = baselineFile;
    this.audit = audit;
    this.killSwitch = killSwitch;
    this.vault = vault;
    this.watchdog = watchdog;
    this.autoTriggers = autoTriggers;
  }

  /** Opens everything; messages meant for the operator go to {@code out}. */
  public static SafetyState open(ServerOptions opts, ShieldConfig config, LocalSecrets secrets,
      Map<String, String> env, Path honeypotDir, PrintStream out) {
    Path data = opts.dataDir();
    HashChainedLog audit = HashChainedLog.open(auditDirectory(data));
    for (String note : audit.recoveryNotes()) {
      Bootstrap.say(out, "audit log: " + note);
    }
    Codephrase codephrase = codephrase(data, env, out);
    KillSwitch ks = KillSwitch.open(killSwitchFile(data), audit, codephrase);
    ks.startupProblem().ifPresent(p -> Bootstrap.say(out, "KILL SWITCH: " + p));
    ks.state().level().ifPresent(l -> Bootstrap.say(out,
        "kill switch is active at " + l + " (restored from " + killSwitchFile(data) + ")"));
    SecretVault vault = SecretVault.open(vaultFile(data), secrets.get(LocalSecrets.FERNET_KEY));
    IntegrityWatchdog watchdog = watchdog(opts, config, honeypotDir, secrets.get(LocalSecrets.WATCHDOG_HMAC_KEY));
    return new SafetyState(audit, ks, vault, watchdog, autoTriggers(config.section("killswitch")),
        baselineFile(data));
  }

  // Where the state lives in the data directory; the offline commands use the same places.

  public static Path auditDirectory(Path dataDir) {
    return dataDir.resolve("audit");
  }

  public static Path killSwitchFile(Path dataDir) {
    return dataDir.resolve("killswitch.json");
  }

  public static Path vaultFile(Path dataDir) {
    return dataDir.resolve("secrets.json");
  }

  public static Path baselineFile(Path dataDir) {
    return dataDir.resolve("integrity").resolve("baseline.json");
  }

  /** Only the PBKDF2 hash of a generated codephrase; absent when it comes from the environment. */
  public static Path codephraseFile(Path dataDir) {
    return dataDir.resolve("killswitch-codephrase.hash");
  }

  /**
   * The watchdog over exactly the roots the server watches, so that `moltr integrity baseline`
   * before a start produces the baseline the server then verifies.
   */
  public static IntegrityWatchdog watchdog(ServerOptions opts, ShieldConfig config, Path honeypotDir, String hmacKey) {
    return new IntegrityWatchdog(baselineFile(opts.dataDir()), watchedRoots(opts, config, honeypotDir), hmacKey);
  }

  /**
   * The codephrase comes from MOLTR_KILLSWITCH_CODEPHRASE; without it, one is generated on first
   * start, shown once, and only its PBKDF2 hash is kept in the data directory.
   */
  static Codephrase codephrase(Path data, Map<String, String> env, PrintStream out) {
    String fromEnv = env.get(CODEPHRASE_ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Codephrase.fromSecret(fromEnv.trim());
    }
    Path stored = codephraseFile(data);
    try {
      if (Files.exists(stored)) {
        return Codephrase.parse(Files.readString(stored, StandardCharsets.UTF_8).trim());
      }
      String phrase = Codephrase.generate();
      Codephrase c = Codephrase.fromSecret(phrase);
      AtomicFile.write(stored, (c.stored() + "\n").getBytes(StandardCharsets.UTF_8));
      Bootstrap.say(out, "generated a kill-switch codephrase (shown only this once; only its hash is stored):");
      out.println();
      out.println("    " + phrase);
      out.println();
      Bootstrap.say(out, "resets and destructive levels need \"confirm\": \"CONFIRM:<codephrase>\"; set "
          + CODEPHRASE_ENV + " to choose your own.");
      return c;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write " + stored, e);
    }
  }

  /** The configuration directory, the honeypots, the application's jar and watchdog.monitored_paths. */
  static List<WatchedRoot> watchedRoots(ServerOptions opts, ShieldConfig config, Path honeypotDir) {
    Set<Path> seen = new LinkedHashSet<>();
    List<WatchedRoot> roots = new ArrayList<>();
    add(roots, seen, "config", opts.configDir());
    add(roots, seen, "honeypots", honeypotDir);
    applicationJar().ifPresent(jar -> add(roots, seen, "moltr.jar", jar));
    int i = 0;
    for (String p : config.section("watchdog").strings("monitored_paths")) {
      Path path = opts.workDir().resolve(p).normalize();
      if (Files.exists(path)) {
        add(roots, seen, "watched-" + (++i), path);
      }
    }
    return roots;
  }

  private static void add(List<WatchedRoot> roots, Set<Path> seen, String name, Path path) {
    Path abs = path.toAbsolutePath().normalize();
    for (Path s : seen) {
      if (abs.startsWith(s)) {
        return;
      }
    }
    seen.add(abs);
    roots.add(new WatchedRoot(name, abs));
  }

  private static Optional<Path> applicationJar() {
    try {
      var src = SafetyState.class.getProtectionDomain().getCodeSource();
      if (src == null) {
        return Optional.empty();
      }
      Path p = Path.of(src.getLocation().toURI());
      return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** killswitch.auto_activate_on: event -> level, or "none" to turn an automatic trigger off. */
  static Map<String, Optional<KillSwitchLevel>> autoTriggers(ConfigNode killswitch) {
    ConfigNode auto = killswitch.get("auto_activate_on");
    Map<String, Optional<KillSwitchLevel>> out = new java.util.LinkedHashMap<>();
    for (String event : List.of("honeypot_access", "leak_threshold_exceeded", "integrity_violation", "rate_limit_breach")) {
      ConfigNode n = auto.get(event);
      String v = n.asString("LOCKDOWN").trim();
      if (v.equalsIgnoreCase("none") || v.equalsIgnoreCase("off")) {
        out.put(event, Optional.empty());
        continue;
      }
      KillSwitchLevel level = KillSwitchLevel.parse(v).orElseThrow(() ->
          n.error("expected one of PAUSE, NETWORK_CUT, LOCKDOWN, WIPE, EMERGENCY or none"));
      out.put(event, Optional.of(level));
    }
    for (String k : auto.keys()) {
      if (!out.containsKey(k)) {
        throw auto.get(k).error("unknown event; expected honeypot_access, leak_threshold_exceeded,"
            + " integrity_violation or rate_limit_breach");
      }
    }
    return Map.copyOf(out);
  }

  /** Raises the kill switch for an automatic event, if the configuration says so. */
  public void autoTrigger(String event, String reason) {
    Optional<KillSwitchLevel> level = autoTriggers.getOrDefault(event, Optional.empty());
    if (level.isEmpty()) {
      return;
    }
    try {
      killSwitch.triggerAutomatic(level.get(), reason, event);
      LOG.warn("kill switch raised to {} by {}", level.get(), event);
    } catch (RuntimeException e) {
      LOG.error("automatic kill-switch trigger for {} failed: {}", event, e.getClass().getSimpleName());
    }
  }

  /** An integrity violation: an incident (names and kinds only) and the automatic trigger. */
  public void integrityViolation(IntegrityReport report, IncidentSink incidents) {
    String summary = report.summary();
    String id = UUID.randomUUID().toString();
    try {
      incidents.record(new Incident(id, report.at(), "integrity", Severity.CRITICAL, "local", "moltr-watchdog",
          "integrity violation: " + summary, "integrity.violation", "", summary, true, Map.of()));
      audit.append("integrity.violation", "system:watchdog", Map.of("summary", summary, "incident_id", id));
    } catch (RuntimeException e) {
      LOG.error("could not record the integrity violation: {}", e.getClass().getSimpleName());
    }
    autoTrigger("integrity_violation", "integrity violation (incident " + id + ")");
  }

  /** Checks the baseline at start: creates it when missing, otherwise verifies. */
  public Optional<IntegrityReport> startIntegrity(PrintStream out) {
    if (!Files.exists(baselineFile())) {
      int n = watchdog.baseline();
      audit.append("integrity.baseline", "system:first-start", Map.of("files", n));
      Bootstrap.say(out, "integrity baseline created (" + n + " files, HMAC-signed) in " + baselineFile());
      return Optional.empty();
    }
    IntegrityReport r = watchdog.verify();
    return r.violated() ? Optional.of(r) : Optional.empty();
  }

  public Path baselineFile() {
    return baselineFile;
  }

  public HashChainedLog audit() {
    return audit;
  }

  public KillSwitch killSwitch() {
    return killSwitch;
  }

  public SecretVault vault() {
    return vault;
  }

  public IntegrityWatchdog watchdog() {
    return watchdog;
  }

  @Override
  public void close() {
    watchdog.close();
    audit.close();
  }
}
