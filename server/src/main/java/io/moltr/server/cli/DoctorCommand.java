package io.moltr.server.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moltr.core.Mode;
import io.moltr.core.audit.AuditReport;
import io.moltr.core.audit.AuditVerifier;
import io.moltr.core.config.ConfigNode;
import io.moltr.core.config.ShieldConfig;
import io.moltr.core.integrity.IntegrityReport;
import io.moltr.core.scan.OutputScanner;
import io.moltr.server.Bootstrap;
import io.moltr.server.LocalSecrets;
import io.moltr.server.LogRetention;
import io.moltr.server.SafetyState;
import io.moltr.server.ServerOptions;
import io.moltr.server.auth.ApiKeyStore;
import io.moltr.server.auth.DashboardUsers;
import io.moltr.server.auth.PasswordHashes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Every shortcut and risk of this installation, one line each. Reads only: it generates no key
 * and writes no file, so it can run against a live installation and before the first start.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
    description = {"Check this installation: where the secrets come from, key strength, file modes, mode,",
        "dns_check, proxy authentication, kill switch, integrity baseline, audit chain, bind address, dashboard users,",
        "password hash cost, API key age, alert channels, retention, secrets in the configuration directory, Redis.",
        "One line per check: OK, WARN (a shortcut or a risk to accept knowingly) or FAIL. Reads only.",
        "Exit 0 without a FAIL, 1 with one, 2 error."})
final class DoctorCommand implements Callable<Integer> {
  enum Level { OK, WARN, FAIL }

  record Check(Level level, String name, String message) {}

  /** Files in the data directory that hold secrets or their hashes: owner-only. */
  static final List<String> SECRET_FILES = List.of("local-secrets.json", "secrets.json", "dashboard_users.json",
      "api_keys.json", "killswitch-codephrase.hash");
  static final int MIN_JWT_SECRET = 64;
  static final int MIN_CODEPHRASE = 12;
  static final int MIN_BCRYPT_COST = 12;
  /** The spec's rotation period for agent API keys. */
  static final int MAX_API_KEY_DAYS = 90;
  static final String REDIS_ENV = "MOLTR_REDIS_URL";
  static final int REDIS_DEFAULT_PORT = 6379;
  static final int REDIS_TIMEOUT_MS = 2000;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<PosixFilePermission> GROUP_OR_OTHER = EnumSet.of(
      PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
      PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "${env:MOLTR_BIND:-127.0.0.1}",
      description = "The address the server listens on (env MOLTR_BIND, default: ${DEFAULT-VALUE}).")
  String bind;

  @Override
  public Integer call() {
    List<Check> checks = checks(common.toServerOptions(), MoltrCli.terminal(spec));
    PrintWriter out = spec.commandLine().getOut();
    for (Check c : checks) {
      out.printf("%-4s  %-16s %s%n", c.level(), c.name(), c.message());
    }
    long fails = checks.stream().filter(c -> c.level() == Level.FAIL).count();
    long warns = checks.stream().filter(c -> c.level() == Level.WARN).count();
    out.println(fails + " FAIL, " + warns + " WARN");
    out.flush();
    return fails == 0 ? MoltrCli.OK : MoltrCli.FOUND;
  }

  List<Check> checks(ServerOptions opts, Terminal t) {
    List<Check> out = new ArrayList<>();
    Path data = opts.dataDir();
    LocalSecrets secrets = guarded(out, "secrets", () -> LocalSecrets.read(data, t.env()));
    if (secrets != null) {
      for (String name : List.of(LocalSecrets.JWT_SECRET, LocalSecrets.FERNET_KEY, LocalSecrets.WATCHDOG_HMAC_KEY)) {
        out.add(secretSource(secrets, name));
      }
      String jwt = secrets.get(LocalSecrets.JWT_SECRET);
      if (jwt != null) {
        out.add(jwt.length() >= MIN_JWT_SECRET
            ? new Check(Level.OK, "jwt-secret", jwt.length() + " characters")
            : new Check(Level.FAIL, "jwt-secret", jwt.length() + " characters; at least " + MIN_JWT_SECRET
                + " needed (`moltr keygen`)"));
      }
    }
    out.add(codephrase(data, t));
    out.add(dashboardUsers(data, t));
    out.add(passwordCost(data, t));
    out.add(apiKeyAge(data, Instant.now()));
    out.addAll(fileModes(data));
    ShieldConfig config = guarded(out, "config", () -> Bootstrap.loadConfig(opts));
    if (config != null) {
      Check mode = guarded(out, "mode", () -> mode(config));
      if (mode != null) {
        out.add(mode);
      }
      out.add(config.section("validators.network").bool("dns_check", true)
          ? new Check(Level.OK, "dns_check", "on: allowed names are resolved and private addresses denied")
          : new Check(Level.WARN, "dns_check", "off: a public name resolving to a private address (DNS rebinding) is not caught"));
      out.add(config.section("proxy").bool("require_auth", true)
          ? new Check(Level.OK, "proxy-auth", "the egress proxy needs an agent key")
          : new Check(Level.WARN, "proxy-auth", "proxy.require_auth is off: any local process can use the egress proxy"));
      if (!config.section("killswitch").bool("enabled", true)) {
        out.add(new Check(Level.WARN, "killswitch", "killswitch.enabled is false: no level has any effect"));
      }
      out.add(alertChannels(config));
      Check retention = guarded(out, "retention", () -> retention(config));
      if (retention != null) {
        out.add(retention);
      }
      out.add(secretsInConfig(opts, config));
    }
    out.add(killSwitch(data));
    if (config != null && secrets != null) {
      out.add(integrity(opts, config, secrets));
    }
    out.add(audit(data));
    out.add(bindAddress(t));
    out.add(redis(t));
    return out;
  }

  /** A check that throws is a FAIL with its message, and the checks that need its result are skipped. */
  private static <T> T guarded(List<Check> out, String name, Supplier<T> s) {
    try {
      return s.get();
    } catch (RuntimeException e) {
      out.add(new Check(Level.FAIL, name, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      return null;
    }
  }

  private static Check secretSource(LocalSecrets s, String name) {
    if (s.get(name) == null) {
      return new Check(Level.WARN, "secret", name + " is not set; the first start generates it into " + s.file());
    }
    if (s.fromFile().contains(name)) {
      return new Check(Level.WARN, "secret", name + " comes from " + s.file() + " (generated), not the environment");
    }
    return new Check(Level.OK, "secret", name + " from the environment");
  }

  private static Check codephrase(Path data, Terminal t) {
    String env = t.env(SafetyState.CODEPHRASE_ENV);
    if (env != null) {
      return env.length() >= MIN_CODEPHRASE
          ? new Check(Level.OK, "codephrase", SafetyState.CODEPHRASE_ENV + " from the environment")
          : new Check(Level.FAIL, "codephrase", SafetyState.CODEPHRASE_ENV + " is shorter than " + MIN_CODEPHRASE
              + " characters; the server will not start");
    }
    Path stored = SafetyState.codephraseFile(data);
    return Files.exists(stored)
        ? new Check(Level.WARN, "codephrase", "generated at first start (its hash in " + stored + "); set "
            + SafetyState.CODEPHRASE_ENV)
        : new Check(Level.WARN, "codephrase", "not set; the first start generates one and prints it once");
  }

  private static Check dashboardUsers(Path data, Terminal t) {
    boolean user = t.env(DashboardUsers.USER_ENV) != null;
    boolean hash = t.env(DashboardUsers.HASH_ENV) != null;
    if (user && hash) {
      return new Check(Level.OK, "dashboard-users", "from the environment");
    }
    if (user || hash) {
      return new Check(Level.FAIL, "dashboard-users", DashboardUsers.USER_ENV + " and " + DashboardUsers.HASH_ENV
          + " must be set together; the server will not start");
    }
    Path file = data.resolve("dashboard_users.json");
    return Files.exists(file)
        ? new Check(Level.WARN, "dashboard-users", "from " + file + " (the generated admin); set "
            + DashboardUsers.USER_ENV + " and " + DashboardUsers.HASH_ENV)
        : new Check(Level.WARN, "dashboard-users", "none yet; the first start creates 'admin' and prints its password once");
  }

  /** Reads the hashes without loading the users: loading runs bcrypt, at whatever cost the hash names. */
  private static Check passwordCost(Path data, Terminal t) {
    Map<String, String> hashes = new LinkedHashMap<>();
    String envHash = t.env(DashboardUsers.HASH_ENV);
    if (envHash != null) {
      hashes.put(DashboardUsers.HASH_ENV, envHash);
    } else {
      Path file = data.resolve("dashboard_users.json");
      if (!Files.exists(file)) {
        return new Check(Level.OK, "password-cost", "no dashboard user yet (the first start hashes with cost "
            + PasswordHashes.COST + ")");
      }
      try {
        for (DashboardUsers.StoredUser u : JSON.readValue(file.toFile(),
            new TypeReference<List<DashboardUsers.StoredUser>>() {})) {
          hashes.put(String.valueOf(u.username()), u.passwordHash());
        }
      } catch (IOException e) {
        return new Check(Level.FAIL, "password-cost", file + " is unreadable or not a list of users");
      }
    }
    List<String> weak = new ArrayList<>();
    for (Map.Entry<String, String> h : hashes.entrySet()) {
      int cost;
      try {
        cost = h.getValue() == null ? -1 : PasswordHashes.cost(h.getValue());
      } catch (IllegalArgumentException e) {
        cost = -1;
      }
      if (cost < MIN_BCRYPT_COST) {
        weak.add(h.getKey() + (cost < 0 ? " (not a bcrypt hash)" : " (cost " + cost + ")"));
      }
    }
    return weak.isEmpty()
        ? new Check(Level.OK, "password-cost", "bcrypt cost " + MIN_BCRYPT_COST + " or more")
        : new Check(Level.FAIL, "password-cost", "below bcrypt cost " + MIN_BCRYPT_COST + ": " + String.join(", ", weak)
            + "; set a new hash made with `moltr hash-password`");
  }

  /** Stored keys only: keys from MOLTR_API_KEYS have no creation date the shield could know. */
  static Check apiKeyAge(Path data, Instant now) {
    Path file = data.resolve("api_keys.json");
    if (!Files.exists(file)) {
      return new Check(Level.OK, "api-key-age", "no stored API keys");
    }
    List<ApiKeyStore.StoredKey> keys;
    try {
      keys = JSON.readValue(file.toFile(), new TypeReference<List<ApiKeyStore.StoredKey>>() {});
    } catch (IOException e) {
      return new Check(Level.FAIL, "api-key-age", file + " is unreadable or not a list of keys");
    }
    List<String> old = new ArrayList<>();
    for (ApiKeyStore.StoredKey k : keys) {
      try {
        long days = Duration.between(Instant.parse(k.created()), now).toDays();
        if (days >= MAX_API_KEY_DAYS) {
          old.add(k.name() + " (" + days + " days)");
        }
      } catch (RuntimeException e) {
        old.add(k.name() + " (no valid creation time)");
      }
    }
    return old.isEmpty()
        ? new Check(Level.OK, "api-key-age", keys.size() + " stored key(s), all younger than " + MAX_API_KEY_DAYS + " days")
        : new Check(Level.WARN, "api-key-age", "older than " + MAX_API_KEY_DAYS + " days: " + String.join(", ", old)
            + "; create a new key, switch the agent, revoke the old one");
  }

  private static Check alertChannels(ShieldConfig config) {
    List<String> enabled = new ArrayList<>();
    // Every mapping under alerts with enabled: true is a channel; retry and the like have no such key.
    config.section("alerts").entries().forEach((name, node) -> {
      if (node.isMapping() && node.bool("enabled", false)) {
        enabled.add(name);
      }
    });
    return enabled.isEmpty()
        ? new Check(Level.WARN, "alerts", "no alert channel enabled: incidents and kill-switch changes reach nobody")
        : new Check(Level.OK, "alerts", "enabled: " + String.join(", ", enabled));
  }

  /** Missing means the built-in default applies; a value the server would refuse throws (a FAIL). */
  private static Check retention(ShieldConfig config) {
    ConfigNode r = config.section("retention");
    if (r.get("logs_days").isMissing()) {
      return new Check(Level.WARN, "retention", "retention.logs_days is not set; the default of "
          + LogRetention.DEFAULT_DAYS + " days applies");
    }
    int days = r.intValue("logs_days", LogRetention.DEFAULT_DAYS, 1, 3650);
    return new Check(Level.OK, "retention", "logs kept " + days + " days");
  }

  /**
   * Every file of the configuration directory through the shield's own output scanner. Two parts
   * are skipped because they hold secret-shaped text on purpose: scan_patterns.yaml (its regexes
   * and its example_values, documented vendor examples, would match its own rules) and the
   * honeypot directory when it lies inside (its files are bait). The scanner is built with the
   * default output settings so that a disabled output scanner does not disable this check.
   */
  private static Check secretsInConfig(ServerOptions opts, ShieldConfig config) {
    Path dir = opts.configDir();
    if (dir == null || !Files.isDirectory(dir)) {
      return new Check(Level.OK, "config-secrets", "no configuration directory (embedded defaults)");
    }
    OutputScanner scanner;
    try {
      scanner = OutputScanner.fromConfig(config.scanPatterns(), ConfigNode.empty("doctor"));
    } catch (RuntimeException e) {
      return new Check(Level.FAIL, "config-secrets", "cannot build the scanner: " + e.getMessage());
    }
    Path base = dir.toAbsolutePath().normalize();
    Path patterns = base.resolve(ShieldConfig.SCAN_PATTERNS_FILE);
    Path honeypots = Bootstrap.honeypotDirectory(config, opts).toAbsolutePath().normalize();
    List<String> found = new ArrayList<>();
    List<String> unscanned = new ArrayList<>();
    int scanned = 0;
    try (Stream<Path> files = Files.walk(base)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        if (f.equals(patterns) || f.startsWith(honeypots)) {
          continue;
        }
        String rel = base.relativize(f).toString();
        try {
          String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
          if (text.length() > scanner.maxOutputLength()) {
            unscanned.add(rel + " (too large)");
            continue;
          }
          scanned++;
          // Rule ids only: the finding's preview is part of the secret and must not reach a terminal.
          Set<String> rules = new TreeSet<>();
          scanner.scan(text).findings().forEach(x -> rules.add(x.ruleId()));
          if (!rules.isEmpty()) {
            found.add(rel + " [" + String.join(", ", rules) + "]");
          }
        } catch (IOException e) {
          unscanned.add(rel + " (unreadable)");
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return new Check(Level.FAIL, "config-secrets", "cannot read " + base + ": " + e.getMessage());
    }
    if (!found.isEmpty()) {
      return new Check(Level.FAIL, "config-secrets", "secret-like values in " + String.join("; ", found)
          + "; move them to MOLTR_* variables or the vault");
    }
    if (!unscanned.isEmpty()) {
      return new Check(Level.WARN, "config-secrets", "not scanned: " + String.join(", ", unscanned));
    }
    return new Check(Level.OK, "config-secrets", scanned + " file(s) scanned, nothing secret-like ("
        + ShieldConfig.SCAN_PATTERNS_FILE + " skipped: it holds the patterns and examples)");
  }

  /**
   * Cluster mode: the URL's form, a TCP connection, then a real PING with the URL's credentials,
   * and the shared JWT secret the fleet needs. The URL is never printed (it may carry a password).
   */
  static Check redis(Terminal t) {
    String url = t.env(REDIS_ENV);
    if (url == null) {
      return new Check(Level.OK, "redis", "not configured (single instance, state in this process)");
    }
    String host;
    int port;
    try {
      URI u = new URI(url);
      if (!"redis".equalsIgnoreCase(u.getScheme()) && !"rediss".equalsIgnoreCase(u.getScheme())) {
        throw new URISyntaxException(u.getScheme() == null ? "" : u.getScheme(), "scheme is not redis or rediss");
      }
      host = u.getHost();
      if (host == null || host.isEmpty()) {
        throw new URISyntaxException("host", "no host");
      }
      port = u.getPort() < 0 ? REDIS_DEFAULT_PORT : u.getPort();
    } catch (URISyntaxException e) {
      return new Check(Level.FAIL, "redis", REDIS_ENV + " is not a redis:// or rediss:// URL with a host");
    }
    String where = (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(host, port), REDIS_TIMEOUT_MS);
    } catch (IOException e) {
      return new Check(Level.FAIL, "redis", where + " is not reachable (" + e.getClass().getSimpleName() + ")");
    }
    io.moltr.server.cluster.RedisSettings settings;
    try {
      settings = io.moltr.server.cluster.RedisSettings.fromEnv(Map.of(REDIS_ENV, url,
          io.moltr.server.cluster.RedisSettings.PREFIX_ENV, t.env(io.moltr.server.cluster.RedisSettings.PREFIX_ENV) == null
              ? "moltr:" : t.env(io.moltr.server.cluster.RedisSettings.PREFIX_ENV)), 0).orElseThrow();
    } catch (IllegalArgumentException e) {
      return new Check(Level.FAIL, "redis", e.getMessage());
    }
    try (io.moltr.server.cluster.ClusterStore store =
        new io.moltr.server.cluster.ClusterStore(settings, java.time.Clock.systemUTC())) {
      if (!store.heal()) {
        return new Check(Level.FAIL, "redis", where + " accepts connections but did not answer PING ("
            + store.downReason().orElse("?") + ")");
      }
    }
    if (t.env("MOLTR_JWT_SECRET") == null) {
      return new Check(Level.FAIL, "redis", where + " answers (cluster mode, prefix " + settings.prefix()
          + "), but MOLTR_JWT_SECRET is not set: cluster mode needs the same secret on every node");
    }
    return new Check(Level.OK, "redis", where + " answers PING: cluster mode, prefix " + settings.prefix()
        + "; kill switch, limits, sessions and incidents are shared");
  }

  private static List<Check> fileModes(Path data) {
    List<Check> out = new ArrayList<>();
    if (!Files.isDirectory(data)) {
      out.add(new Check(Level.WARN, "data-dir", data + " does not exist yet (the first start creates it, mode 0700)"));
      return out;
    }
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      out.add(new Check(Level.WARN, "file-modes", "no POSIX permissions on this file system; cannot check"));
      return out;
    }
    try {
      Set<PosixFilePermission> dir = Files.getPosixFilePermissions(data);
      out.add(exposed(dir)
          ? new Check(Level.FAIL, "data-dir", data + " is " + octal(dir) + "; make it 0700 (chmod 700)")
          : new Check(Level.OK, "data-dir", data + " is " + octal(dir)));
      List<String> loose = new ArrayList<>();
      for (String name : SECRET_FILES) {
        Path f = data.resolve(name);
        if (Files.exists(f)) {
          Set<PosixFilePermission> p = Files.getPosixFilePermissions(f);
          if (exposed(p)) {
            loose.add(name + " " + octal(p));
          }
        }
      }
      out.add(loose.isEmpty()
          ? new Check(Level.OK, "secret-files", "owner-only (0600)")
          : new Check(Level.FAIL, "secret-files", "readable beyond the owner: " + String.join(", ", loose)
              + "; chmod 600"));
    } catch (IOException e) {
      out.add(new Check(Level.FAIL, "file-modes", "cannot read permissions in " + data + ": " + e.getMessage()));
    }
    return out;
  }

  private Check mode(ShieldConfig config) {
    Mode m = Bootstrap.effectiveMode(config, common.mode);
    return switch (m) {
      case ENFORCE -> new Check(Level.OK, "mode", "enforce");
      case MONITOR -> new Check(Level.WARN, "mode", "monitor: violations are recorded, not blocked");
      case DISABLED -> new Check(Level.FAIL, "mode", "disabled: nothing is checked");
    };
  }

  /** Read from the state file directly: opening the kill switch could change it (an unreadable file is moved aside). */
  private static Check killSwitch(Path data) {
    Path f = SafetyState.killSwitchFile(data);
    if (!Files.exists(f)) {
      return new Check(Level.OK, "killswitch", "inactive (no state yet)");
    }
    try {
      JsonNode root = JSON.readTree(Files.readAllBytes(f));
      if (root == null || !root.path("active").isArray()) {
        throw new IOException("no active list");
      }
      List<String> levels = new ArrayList<>();
      root.get("active").forEach(a -> levels.add(a.path("level").asText() + " (" + a.path("reason").asText() + ")"));
      return levels.isEmpty()
          ? new Check(Level.OK, "killswitch", "inactive")
          : new Check(Level.WARN, "killswitch", "active: " + String.join(", ", levels));
    } catch (IOException | RuntimeException e) {
      return new Check(Level.FAIL, "killswitch", f + " is unreadable; the server will start in LOCKDOWN");
    }
  }

  private static Check integrity(ServerOptions opts, ShieldConfig config, LocalSecrets secrets) {
    if (!config.section("watchdog").bool("enabled", true)) {
      return new Check(Level.WARN, "integrity", "watchdog.enabled is false: changes are only seen at start");
    }
    String key = secrets.get(LocalSecrets.WATCHDOG_HMAC_KEY);
    Path baseline = SafetyState.baselineFile(opts.dataDir());
    if (!Files.exists(baseline)) {
      return new Check(Level.WARN, "integrity", "no baseline yet (the first start or 'moltr integrity baseline' makes one)");
    }
    if (key == null) {
      return new Check(Level.FAIL, "integrity", "a baseline exists but no " + LocalSecrets.WATCHDOG_HMAC_KEY
          + " to verify it");
    }
    try {
      IntegrityReport r = SafetyState.watchdog(opts, config, Bootstrap.honeypotDirectory(config, opts), key).verify();
      return r.violated()
          ? new Check(Level.FAIL, "integrity", r.changes().size() + " changed file(s), " + r.problems().size()
              + " problem(s); see 'moltr integrity verify'")
          : new Check(Level.OK, "integrity", r.filesChecked() + " files match the signed baseline");
    } catch (RuntimeException e) {
      return new Check(Level.FAIL, "integrity", "cannot verify: " + e.getMessage());
    }
  }

  private static Check audit(Path data) {
    Path dir = SafetyState.auditDirectory(data);
    if (!Files.isDirectory(dir)) {
      return new Check(Level.WARN, "audit", "no audit log yet at " + dir);
    }
    try {
      AuditReport r = AuditVerifier.verify(dir);
      return r.intact()
          ? new Check(Level.OK, "audit", "chain intact, " + r.entries() + " entries")
          : new Check(Level.FAIL, "audit", r.findings().size() + " finding(s); see 'moltr audit verify'");
    } catch (RuntimeException e) {
      return new Check(Level.FAIL, "audit", "cannot verify: " + e.getMessage());
    }
  }

  private Check bindAddress(Terminal t) {
    boolean trusted = t.env("MOLTR_TRUSTED_PROXY") != null;
    if (loopback(bind)) {
      return new Check(Level.OK, "bind", bind + " (this host only)");
    }
    return trusted
        ? new Check(Level.OK, "bind", bind + " behind the trusted proxy in MOLTR_TRUSTED_PROXY")
        : new Check(Level.WARN, "bind", bind + " is reachable from the network and MOLTR_TRUSTED_PROXY is not set:"
            + " put a TLS reverse proxy in front");
  }

  /** Literals and "localhost" only: the doctor does not ask DNS. */
  static boolean loopback(String address) {
    String a = address.strip();
    if (a.equalsIgnoreCase("localhost")) {
      return true;
    }
    if (!a.matches("[0-9.]+|\\[?[0-9A-Fa-f:.]+]?")) {
      return false;
    }
    try {
      return InetAddress.getByName(a).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static boolean exposed(Set<PosixFilePermission> p) {
    return p.stream().anyMatch(GROUP_OR_OTHER::contains);
  }

  private static String octal(Set<PosixFilePermission> p) {
    int v = 0;
    for (PosixFilePermission x : p) {
      v |= 1 << (8 - x.ordinal());
    }
    return String.format("%04o", v);
  }
}
