package io.moltr.server;

import io.moltr.core.Shield;
import io.moltr.core.Version;
import io.moltr.core.config.ConfigNode;
import io.moltr.core.config.ShieldConfig;
import io.moltr.core.incident.ForensicLog;
import io.moltr.server.api.ApiServer;
import io.moltr.core.Mode;
import io.moltr.server.auth.ApiKeyStore;
import io.moltr.server.auth.DashboardAuth;
import io.moltr.server.auth.DashboardUsers;
import io.moltr.server.auth.SessionStore;
import io.moltr.server.proxy.EgressProxy;
import java.io.IOException;
import java.time.Duration;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** `moltr serve`: the running shield with its API, state and logs. */
public final class ShieldServer implements AutoCloseable {
  private final ApiServer api;
  private final EgressProxy proxy;
  private final ForensicLog forensic;
  private final Shield shield;
  private final DashboardAuth dashboard;

  private ShieldServer(ApiServer api, EgressProxy proxy, ForensicLog forensic, Shield shield, DashboardAuth dashboard) {
    this.api = api;
    this.proxy = proxy;
    this.forensic = forensic;
    this.shield = shield;
    this.dashboard = dashboard;
  }

  public static ShieldServer start(ServerOptions opts, Map<String, String> env, PrintStream out) {
    ShieldConfig config = Bootstrap.loadConfig(opts);
    Mode mode = Bootstrap.effectiveMode(config, opts.modeOverride());
    LogSetup.serverLogging(opts.logDir(), config.logLevel());
    Logger log = LoggerFactory.getLogger(ShieldServer.class);

    if (Bootstrap.ensureDataDir(opts.dataDir())) {
      Bootstrap.say(out, "created data directory " + opts.dataDir());
    }
    LocalSecrets secrets = LocalSecrets.load(opts.dataDir(), env);
    for (String name : secrets.generatedNow()) {
      Bootstrap.say(out, "WARNING: " + name + " is not set; generated one into " + secrets.file()
          + " (mode 0600). Set the environment variable in production.");
    }
    for (String name : secrets.fromFile()) {
      log.warn("{} taken from {} (not from the environment)", name, secrets.file());
    }

    DashboardAuth.checkJwtSecret(secrets.get(LocalSecrets.JWT_SECRET), mode == Mode.ENFORCE)
        .ifPresent(warning -> Bootstrap.say(out, warning));
    DashboardUsers users = DashboardUsers.load(opts.dataDir(), env);
    if (users.isEmpty()) {
      String password = DashboardUsers.createFirstUser(opts.dataDir(), Clock.systemUTC());
      Bootstrap.say(out, "created dashboard user 'admin'; its password is shown only this once (only a bcrypt hash is stored):");
      out.println();
      out.println("    " + password);
      out.println();
      Bootstrap.say(out, "set " + DashboardUsers.USER_ENV + " and " + DashboardUsers.HASH_ENV
          + " (`moltr hash-password`) to choose your own.");
      users = DashboardUsers.load(opts.dataDir(), env);
    }
    log.info("dashboard users from {}", users.source());
    DashboardAuth dashboard = DashboardAuth.create(users, secrets.get(LocalSecrets.JWT_SECRET), Clock.systemUTC(),
        DashboardAuth.Pause.SLEEP);

    ApiKeyStore keys = ApiKeyStore.open(opts.dataDir(), env.get("MOLTR_API_KEYS"), Clock.systemUTC());
    if (keys.isEmpty()) {
      String key = keys.create("default");
      Bootstrap.say(out, "generated an agent API key (shown only this once; only its hash is stored):");
      out.println();
      out.println("    " + key);
      out.println();
      Bootstrap.say(out, "agents send it as the X-API-Key header; `moltr apikey create NAME` makes more.");
    }

    ForensicLog forensic = new ForensicLog(opts.logDir().resolve("moltr-forensic.jsonl"));
    Shield shield = Bootstrap.shield(config, opts, forensic, Clock.systemUTC());
    EgressProxy proxy = null;
    if (opts.proxyPort() > 0 || opts.proxyPort() == EPHEMERAL) {
      ConfigNode p = config.section("proxy");
      proxy = new EgressProxy(shield, keys, new EgressProxy.Settings(
          opts.bind(), Math.max(0, opts.proxyPort()),
          p.bool("require_auth", true), p.bool("deception", false),
          p.intValue("max_connections", 256, 1, 10_000),
          Duration.ofSeconds(p.intValue("connect_timeout_seconds", 10, 1, 300)),
          Duration.ofSeconds(p.intValue("idle_timeout_seconds", 300, 1, 86_400)),
          (int) config.section("validators.network").integer("max_request_size_bytes", 1 << 20, 0, 64L << 20)),
          EgressProxy.Upstream.DIRECT);
    }
    EgressProxy proxyRef = proxy;
    String trustedProxy = env.get("MOLTR_TRUSTED_PROXY");
    ApiServer api = new ApiServer(shield, keys,
        new ApiServer.Settings(opts.bind(), opts.port(), config.maxBodyBytes(), config.maxOutputLength(), trustedProxy),
        () -> status(shield, proxyRef), dashboard);
    int port;
    int proxyPort = 0;
    try {
      port = api.start();
      if (proxy != null) {
        proxyPort = proxy.start();
      }
    } catch (IOException | RuntimeException e) {
      api.close();
      forensic.close();
      throw new IllegalStateException("cannot listen on " + opts.bind() + " ports " + opts.port() + "/"
          + opts.proxyPort() + " (" + rootMessage(e) + ")");
    }
    Bootstrap.say(out, "Moltr Shield " + Version.VALUE + " listening on http://" + opts.bind() + ":" + port
        + " (mode " + shield.mode().label() + ", config " + opts.configDir() + ")");
    if (proxy != null) {
      Bootstrap.say(out, "egress proxy on http://" + opts.bind() + ":" + proxyPort
          + (config.section("proxy").bool("require_auth", true) ? " (Proxy-Authorization: an agent key)" : " (no authentication)"));
    }
    log.info("started on {}:{} in {} mode", opts.bind(), port, shield.mode().label());
    return new ShieldServer(api, proxy, forensic, shield, dashboard);
  }

  /** A proxy port of -1 asks for an ephemeral port (tests). */
  public static final int EPHEMERAL = -1;

  static Map<String, Object> status(Shield shield, EgressProxy proxy) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("status", "ok");
    s.put("version", Version.VALUE);
    s.put("mode", shield.mode().label());
    s.put("timestamp", Instant.now().toString());
    Map<String, Object> modules = new LinkedHashMap<>();
    Shield.Modules m = shield.modules();
    modules.put("output_scanner", module(m.scanner(), shield.scannerLockedSince().isPresent()));
    modules.put("command_validator", module(m.commands(), false));
    modules.put("network_firewall", module(m.network(), false));
    modules.put("filesystem_guard", module(m.filesystem(), false));
    s.put("modules", modules);
    Map<String, Object> lockdown = new LinkedHashMap<>();
    lockdown.put("active", shield.scannerLockedSince().isPresent());
    shield.scannerLockedSince().ifPresent(t -> lockdown.put("since", t.toString()));
    s.put("scanner_lockdown", lockdown);
    s.put("egress_proxy", proxy == null ? Map.of("enabled", false) : proxy.stats());
    return s;
  }

  private static Map<String, Object> module(boolean enabled, boolean locked) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("enabled", enabled);
    m.put("locked", locked);
    return m;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  public int port() {
    return api.port();
  }

  public int proxyPort() {
    return proxy == null ? 0 : proxy.port();
  }

  public Shield shield() {
    return shield;
  }

  /** Dashboard sessions; the kill switch's lockdown calls {@code sessions().revokeAll(reason)}. */
  public SessionStore sessions() {
    return dashboard.sessions();
  }

  @Override
  public void close() {
    if (proxy != null) {
      proxy.close();
    }
    api.close();
    forensic.close();
  }
}
