package io.moltr.server;

import io.moltr.core.ActionGate;
import io.moltr.core.Decision;
import io.moltr.core.Shield;
import io.moltr.core.incident.IncidentSink;
import io.moltr.core.killswitch.KillSwitch;
import io.moltr.core.killswitch.KillSwitchEvent;
import io.moltr.core.killswitch.KillSwitchLevel;
import io.moltr.core.killswitch.KillSwitchState;
import io.moltr.server.alerts.AlertDispatcher;
import io.moltr.server.api.AdminApi;
import io.moltr.server.metrics.ShieldMetrics;
import io.moltr.server.api.DashboardApi;
import io.moltr.server.api.HoneypotEndpoints;
import io.moltr.server.api.LiveEvents;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import java.util.function.Function;
import io.moltr.core.ShieldFactory;
import io.moltr.core.network.HostResolver;
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
import io.moltr.server.auth.LoginGuard;
import io.moltr.server.api.IncidentFeed;
import io.moltr.server.cluster.Cluster;
import io.moltr.server.cluster.RedisSettings;
import io.moltr.server.ratelimit.LocalRateLimiter;
import io.moltr.server.ratelimit.RateLimits;
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
  private final LiveEngines live;
  private final DashboardAuth dashboard;

  private final SafetyState safety;
  private final ScheduledExecutorService background;
  private final AlertDispatcher alerts;
  private final LiveEvents events;
  private final Cluster cluster;

  private ShieldServer(ApiServer api, EgressProxy proxy, ForensicLog forensic, LiveEngines live, DashboardAuth dashboard,
      SafetyState safety, ScheduledExecutorService background, AlertDispatcher alerts, LiveEvents events, Cluster cluster) {
    this.cluster = cluster;
    this.alerts = alerts;
    this.events = events;
    this.safety = safety;
    this.background = background;
    this.dashboard = dashboard;
    this.api = api;
    this.proxy = proxy;
    this.forensic = forensic;
    this.live = live;
  }

  public static ShieldServer start(ServerOptions opts, Map<String, String> env, PrintStream out) {
    return start(opts, env, out, HostResolver.system());
  }

  /** Starts with the given name resolver (tests use a fake one; the machine may be offline). */
  public static ShieldServer start(ServerOptions opts, Map<String, String> env, PrintStream out, HostResolver resolver) {
    ShieldConfig config = Bootstrap.loadConfig(opts);
    Mode mode = Bootstrap.effectiveMode(config, opts.modeOverride());
    int retentionDays = config.section("retention").intValue("logs_days", LogRetention.DEFAULT_DAYS, 1, 3650);
    LogSetup.serverLogging(opts.logDir(), config.logLevel(), retentionDays);
    Logger log = LoggerFactory.getLogger(ShieldServer.class);
    // Read before anything is created: an incomplete alert channel stops the start.
    AlertDispatcher alerts = AlertDispatcher.fromConfig(config.section("alerts"), env, Clock.systemUTC());
    // Checked before anything opens: a typo here must stop the start, not weaken it.
    String trustedProxy = env.get("MOLTR_TRUSTED_PROXY");
    ApiServer.checkTrustedProxy(trustedProxy);
    HoneypotEndpoints honeypotEndpoints = HoneypotEndpoints.fromConfig(config.section("api"));
    Optional<RedisSettings> clusterSettings = RedisSettings.fromEnv(env, opts.port());

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
    LocalRateLimiter localLimiter = new LocalRateLimiter(Clock.systemUTC());
    Cluster cluster = null;
    if (clusterSettings.isPresent()) {
      // Every node must sign and verify the same dashboard tokens: a secret one node made up
      // for itself would log people out whenever the load balancer picks another node.
      if (secrets.generatedNow().contains(LocalSecrets.JWT_SECRET) || secrets.fromFile().contains(LocalSecrets.JWT_SECRET)) {
        throw new IllegalStateException("cluster mode (" + RedisSettings.URL_ENV + ") needs " + LocalSecrets.JWT_SECRET
            + " set to the same value on every node");
      }
      cluster = Cluster.connect(clusterSettings.get(), Clock.systemUTC(), localLimiter);
      Bootstrap.say(out, "cluster mode: node " + clusterSettings.get().nodeId() + ", Redis " + clusterSettings.get().where()
          + ", key prefix " + clusterSettings.get().prefix()
          + (cluster.store().up() ? "" : " (UNREACHABLE: running degraded, denying until the fleet's state is read)"));
    }
    SessionStore localSessions = new SessionStore(Clock.systemUTC());
    LoginGuard localGuard = DashboardAuth.localLoginGuard(Clock.systemUTC());
    DashboardAuth dashboard = DashboardAuth.create(users, secrets.get(LocalSecrets.JWT_SECRET), Clock.systemUTC(),
        DashboardAuth.Pause.SLEEP, cluster == null ? localSessions : cluster.sessions(localSessions),
        cluster == null ? localGuard : cluster.loginGuard(localGuard));

    ApiKeyStore keys = ApiKeyStore.open(opts.dataDir(), env.get("MOLTR_API_KEYS"), Clock.systemUTC());
    if (keys.isEmpty()) {
      String key = keys.create("default");
      Bootstrap.say(out, "generated an agent API key (shown only this once; only its hash is stored):");
      out.println();
      out.println("    " + key);
      out.println();
      Bootstrap.say(out, "agents send it as the X-API-Key header; `moltr apikey create NAME` makes more.");
    }

    ForensicLog forensic = new ForensicLog(opts.logDir().resolve("moltr-forensic.jsonl"), Clock.systemUTC());
    SafetyState safety = SafetyState.open(opts, config, secrets, env, Bootstrap.honeypotDirectory(config, opts), out);
    KillSwitch killSwitch = safety.killSwitch();
    boolean switchEnabled = config.section("killswitch").bool("enabled", true);
    Cluster clusterRef = cluster;
    if (cluster != null) {
      cluster.attach(killSwitch, () -> nodeReport(safety));
    }
    ActionGate gate = !switchEnabled ? ActionGate.OPEN : cluster != null ? cluster.killSwitch()::admit : kind -> {
      Decision d = killSwitch.check(kind);
      return d.allowed() ? Optional.empty() : Optional.of((Decision.Deny) d);
    };
    LiveEvents events = new LiveEvents();
    if (cluster != null) {
      events.node(clusterSettings.get().nodeId());
      cluster.incidents().onRemote(events::fleetIncident);
    }
    // Incidents go to the forensic log, the metrics, the alerts and the dashboard; some of them
    // also raise the kill switch.
    ShieldMetrics metrics = new ShieldMetrics();
    IncidentSink fleetIncidents = cluster == null ? IncidentSink.NONE : cluster.incidents();
    IncidentSink incidents = incident -> {
      forensic.record(incident);
      fleetIncidents.record(incident); // queued; written by the cluster's thread
      metrics.incident(incident);
      events.incident(incident);
      alerts.onIncident(incident); // never blocks: a bounded queue, dropped and counted when full
      if (!incident.enforced()) {
        return; // monitor mode records, it does not act
      }
      if (incident.rule().equals("path.honeypot") || incident.rule().equals("api.honeypot")) {
        safety.autoTrigger("honeypot_access", "honeypot touched (incident " + incident.incidentId() + ")");
      } else if (incident.rule().startsWith("command.rate_limit")) {
        safety.autoTrigger("rate_limit_breach", "command rate limit exceeded (incident " + incident.incidentId() + ")");
      }
    };
    Function<ShieldConfig, ShieldFactory.Built> builder = cfg -> {
      ShieldFactory.Built b = Bootstrap.engines(cfg, opts, incidents, gate, Clock.systemUTC(), resolver);
      b.shield().onLockdown(() -> safety.autoTrigger("leak_threshold_exceeded", "leak incidents over the scanner's threshold"));
      return b;
    };
    ShieldFactory.Built built = builder.apply(config);
    LiveEngines live = new LiveEngines(built, builder, opts.configDir(), safety);
    // From here on, log lines and alert texts are redacted with the rules of the scanner in force.
    java.util.function.UnaryOperator<String> redactor = text -> {
      var scanner = live.built().scanner();
      return scanner.enabled() ? scanner.scan(text).redacted() : SecretMask.mask(text);
    };
    LogSetup.installRedactor(redactor);
    alerts.useRedactor(redactor);
    try {
      built.paths().ensureHoneypots();
    } catch (IOException e) {
      forensic.close();
      safety.close();
      throw new IllegalStateException("cannot create honeypot files in " + built.paths().honeypotDirectory()
          + " (" + e.getMessage() + ")");
    }
    RegisteredSecrets registered = new RegisteredSecrets(safety.vault(), () -> live.built().scanner());
    registered.refresh();
    live.registeredSecrets(registered);
    if (cluster != null) {
      cluster.shareSecrets(safety.vault(), registered::refresh);
    }
    safety.startIntegrity(out).ifPresent(report -> {
      Bootstrap.say(out, "INTEGRITY VIOLATION at start: " + report.summary());
      safety.integrityViolation(report, incidents);
      alerts.onIntegrity(report);
    });
    ConfigNode watchdog = config.section("watchdog");
    if (watchdog.bool("enabled", true)) {
      safety.watchdog().start(Duration.ofSeconds(watchdog.intValue("check_interval_seconds", 60, 1, 86_400)),
          report -> {
            safety.integrityViolation(report, incidents);
            alerts.onIntegrity(report);
          });
    }
    EgressProxy proxy = null;
    if (opts.proxyPort() > 0 || opts.proxyPort() == EPHEMERAL) {
      ConfigNode p = config.section("proxy");
      proxy = new EgressProxy(live::shield, keys, new EgressProxy.Settings(
          opts.bind(), Math.max(0, opts.proxyPort()),
          p.bool("require_auth", true), p.bool("deception", false),
          p.intValue("max_connections", 256, 1, 10_000),
          Duration.ofSeconds(p.intValue("connect_timeout_seconds", 10, 1, 300)),
          Duration.ofSeconds(p.intValue("idle_timeout_seconds", 300, 1, 86_400)),
          (int) config.section("validators.network").integer("max_request_size_bytes", 1 << 20, 0, 64L << 20)),
          EgressProxy.Upstream.DIRECT);
    }
    EgressProxy proxyRef = proxy;
    killSwitch.addListener(alerts::onKillSwitch);
    killSwitch.addListener(event -> onKillSwitch(event, proxyRef, keys, dashboard, live.shield(), out));
    killSwitch.addListener(event -> events.killSwitchChanged(killSwitch));
    ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "moltr-background");
      t.setDaemon(true);
      return t;
    });
    background.scheduleWithFixedDelay(registered::refreshIfChanged, 5, 5, TimeUnit.SECONDS);
    // `moltr apikey revoke` on the same data directory takes effect here within seconds.
    background.scheduleWithFixedDelay(() -> {
      try {
        keys.reload();
      } catch (RuntimeException e) {
        log.warn("api_keys.json could not be re-read; the keys in force stay: {}", e.getClass().getSimpleName());
      }
    }, 5, 5, TimeUnit.SECONDS);
    LogRetention retention = new LogRetention(opts.logDir(), retentionDays, Clock.systemUTC());
    background.scheduleAtFixedRate(retention::sweep, 0, 24, TimeUnit.HOURS);
    background.scheduleWithFixedDelay(events::heartbeat, 15, 15, TimeUnit.SECONDS);
    RateLimits rateLimits = RateLimits.fromConfig(config.section("api.rate_limits"),
        cluster == null ? localLimiter : cluster.rateLimiter());
    AdminApi admin = new AdminApi(killSwitch, safety.audit(), safety.watchdog(), safety.vault(), registered::refresh,
        actor -> {
          LiveEngines.ReloadOutcome r = live.reload(actor);
          return new AdminApi.Reload(r.applied(), r.message(), r.details());
        },
        rateLimits);
    ApiServer api = new ApiServer(live::shield, keys,
        new ApiServer.Settings(opts.bind(), opts.port(), config.maxBodyBytes(), config.maxOutputLength(), trustedProxy),
        () -> status(live.shield(), proxyRef, live.built().urls().dnsCheckEnabled(), safety, alerts, clusterRef), dashboard);
    api.rateLimits(rateLimits);
    if (cluster != null) {
      api.degraded(cluster::degradedReason);
    }
    if (cluster != null) {
      admin.secretsFleet(cluster.secrets());
      admin.fleetHistory(() -> Optional.of(clusterRef.killSwitch().history(50)));
    }
    admin.register(api);
    metrics.gauge("moltr_killswitch_level", "Active kill-switch level (0 none, 1 PAUSE ... 5 EMERGENCY)",
        () -> killSwitch.state().level().map(l -> l.ordinal() + 1).orElse(0));
    if (proxyRef != null) {
      metrics.gauge("moltr_proxy_open_connections", "Open egress proxy connections",
          () -> ((Number) proxyRef.stats().get("open_connections")).intValue());
      metrics.counter("moltr_proxy_bytes_up", "Bytes agents sent through the egress proxy",
          () -> (Number) proxyRef.stats().get("bytes_up"));
      metrics.counter("moltr_proxy_bytes_down", "Bytes agents received through the egress proxy",
          () -> (Number) proxyRef.stats().get("bytes_down"));
    }
    metrics.counter("moltr_alerts_delivered", "Alerts delivered, all channels", () -> alertSum(alerts, "delivered"));
    metrics.counter("moltr_alerts_failed", "Alerts given up after retries, all channels", () -> alertSum(alerts, "failed"));
    metrics.counter("moltr_alerts_dropped", "Alerts dropped because the queue was full",
        () -> (Number) alerts.stats().get("dropped_queue_full"));
    metrics.counter("moltr_watchdog_runs", "Integrity checks run (start, schedule and manual)",
        () -> safety.watchdog().runs());
    metrics.counter("moltr_watchdog_violations", "Integrity checks that found a change or a problem",
        () -> safety.watchdog().violations());
    metrics.gauge("moltr_watchdog_last_run_seconds", "Start of the latest integrity check, Unix seconds (0 never)",
        () -> safety.watchdog().lastRun().map(java.time.Instant::getEpochSecond).orElse(0L));
    String metricsToken = env.get("MOLTR_METRICS_TOKEN");
    api.metrics(metrics, config.section("api").string("metrics_path", "/metrics"),
        metricsToken == null || metricsToken.isBlank() ? null : metricsToken.trim());
    api.honeypots(honeypotEndpoints, incidents);
    new DashboardApi(keys, safety.audit(), killSwitch, forensic.file(), cluster == null ? IncidentFeed.NONE : cluster.incidents(),
        () -> status(live.shield(), proxyRef, live.built().urls().dnsCheckEnabled(), safety, alerts, clusterRef), dashboard, events)
        .register(api);
    int port;
    int proxyPort = 0;
    try {
      port = api.start();
      if (proxy != null) {
        proxyPort = proxy.start();
      }
    } catch (IOException | RuntimeException e) {
      api.close();
      if (clusterRef != null) {
        clusterRef.close();
      }
      background.shutdownNow();
      safety.close();
      forensic.close();
      alerts.close();
      throw new IllegalStateException("cannot listen on " + opts.bind() + " ports " + opts.port() + "/"
          + opts.proxyPort() + " (" + rootMessage(e) + ")");
    }
    Bootstrap.say(out, "Moltr Shield " + Version.VALUE + " listening on http://" + opts.bind() + ":" + port
        + " (mode " + live.shield().mode().label() + ", config " + opts.configDir() + ")");
    reloadOnHangup(live);
    if (proxy != null) {
      Bootstrap.say(out, "egress proxy on http://" + opts.bind() + ":" + proxyPort
          + (config.section("proxy").bool("require_auth", true) ? " (Proxy-Authorization: an agent key)" : " (no authentication)"));
    }
    log.info("started on {}:{} in {} mode", opts.bind(), port, live.shield().mode().label());
    alerts.start();
    return new ShieldServer(api, proxy, forensic, live, dashboard, safety, background, alerts, events, cluster);
  }

  /** What this node tells the fleet about itself (cluster mode): integrity and kill switch. */
  private static Map<String, Object> nodeReport(SafetyState safety) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("version", Version.VALUE);
    r.put("killswitch_level", safety.killSwitch().state().level().map(Enum::name).orElse("NONE"));
    r.put("watchdog_running", safety.watchdog().running());
    var last = safety.watchdog().lastReport();
    r.put("integrity", last.map(rep -> rep.violated() ? "violated" : "ok").orElse("not checked yet"));
    last.ifPresent(rep -> r.put("integrity_checked", rep.at().toString()));
    return r;
  }

  /**
   * What each level does beyond denying checks: NETWORK_CUT and above close every open proxy
   * connection; WIPE revokes every agent key; EMERGENCY flushes and exits non-zero, so the
   * supervisor's restart comes back still in EMERGENCY (the state is persisted).
   */
  private static void onKillSwitch(KillSwitchEvent event, EgressProxy proxy, ApiKeyStore keys,
      DashboardAuth dashboard, Shield shield, PrintStream out) {
    KillSwitchState after = event.after();
    if (!event.raised()) {
      if (!after.isActive()) {
        shield.resetScannerLockdown(); // re-arm the leak threshold after a full reset
      }
      return;
    }
    if (proxy != null && after.blocksEgress()) {
      proxy.closeAllConnections();
    }
    KillSwitchLevel level = after.level().orElse(null);
    if (level == null) {
      return;
    }
    if (level.invalidatesSessions()) {
      dashboard.sessions().revokeAll("kill switch " + level);
    }
    if (level.revokesCredentials()) {
      int n = keys.revokeAll();
      LoggerFactory.getLogger(ShieldServer.class).warn("kill switch {}: {} agent keys revoked", level, n);
    }
    if (level.exitsProcess()) {
      Thread exit = new Thread(() -> {
        try {
          Thread.sleep(500); // let the answer to the trigger go out
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        Bootstrap.say(out, "kill switch EMERGENCY: exiting");
        ((ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory()).stop();
        Runtime.getRuntime().halt(EMERGENCY_EXIT);
      }, "moltr-emergency-exit");
      exit.start();
    }
  }

  private static Number alertSum(AlertDispatcher alerts, String key) {
    long sum = 0;
    Object channels = alerts.stats().get("channels");
    if (channels instanceof Map<?, ?> m) {
      for (Object lane : m.values()) {
        if (lane instanceof Map<?, ?> l && l.get(key) instanceof Number n) {
          sum += n.longValue();
        }
      }
    }
    return sum;
  }

  /** Exit status after an EMERGENCY trigger. */
  public static final int EMERGENCY_EXIT = 3;

  /** SIGHUP reloads the configuration, as `POST /config/reload` does. */
  private static void reloadOnHangup(LiveEngines live) {
    try {
      sun.misc.Signal.handle(new sun.misc.Signal("HUP"), sig -> {
        LiveEngines.ReloadOutcome r = live.reload("system:SIGHUP");
        LoggerFactory.getLogger(ShieldServer.class).info("SIGHUP: {}", r.message());
      });
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      // No SIGHUP on this platform; the HTTP endpoint remains.
    }
  }

  /** A proxy port of -1 asks for an ephemeral port (tests). */
  public static final int EPHEMERAL = -1;

  static Map<String, Object> status(Shield shield, EgressProxy proxy, boolean dnsCheck, SafetyState safety,
      AlertDispatcher alerts, Cluster cluster) {
    Map<String, Object> s = new LinkedHashMap<>();
    Optional<String> degraded = cluster == null ? Optional.empty() : cluster.degradedReason();
    s.put("status", degraded.isPresent() ? "degraded" : "ok");
    degraded.ifPresent(r -> s.put("reason", r));
    s.put("version", Version.VALUE);
    s.put("mode", shield.mode().label());
    s.put("timestamp", Instant.now().toString());
    Map<String, Object> modules = new LinkedHashMap<>();
    Shield.Modules m = shield.modules();
    modules.put("output_scanner", module(m.scanner(), shield.scannerLockedSince().isPresent()));
    modules.put("command_validator", module(m.commands(), false));
    Map<String, Object> network = module(m.network(), false);
    network.put("dns_check", dnsCheck);
    modules.put("network_firewall", network);
    modules.put("filesystem_guard", module(m.filesystem(), false));
    s.put("modules", modules);
    Map<String, Object> lockdown = new LinkedHashMap<>();
    lockdown.put("active", shield.scannerLockedSince().isPresent());
    shield.scannerLockedSince().ifPresent(t -> lockdown.put("since", t.toString()));
    s.put("scanner_lockdown", lockdown);
    s.put("egress_proxy", proxy == null ? Map.of("enabled", false) : proxy.stats());
    KillSwitchState ks = safety.killSwitch().state();
    Map<String, Object> kill = new LinkedHashMap<>();
    kill.put("active", ks.isActive());
    kill.put("level", ks.level().map(Enum::name).orElse(null));
    ks.effective().ifPresent(a -> kill.put("reason", a.reason()));
    s.put("killswitch", kill);
    Map<String, Object> integrity = new LinkedHashMap<>();
    integrity.put("watchdog_running", safety.watchdog().running());
    safety.watchdog().lastReport().ifPresent(r -> {
      integrity.put("last_check", r.at().toString());
      integrity.put("violated", r.violated());
    });
    s.put("integrity", integrity);
    s.put("alerts", alerts.stats());
    if (cluster != null) {
      Map<String, Object> c = cluster.status();
      c.put("nodes", cluster.nodes());
      s.put("cluster", c);
    } else {
      s.put("cluster", Map.of("enabled", false));
    }
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
    return live.shield();
  }

  /** Dashboard sessions; the kill switch's lockdown calls {@code sessions().revokeAll(reason)}. */
  public io.moltr.server.auth.Sessions sessions() {
    return dashboard.sessions();
  }

  @Override
  public void close() {
    if (proxy != null) {
      proxy.close();
    }
    events.closeAll();
    api.close();
    background.shutdownNow();
    alerts.close();
    if (cluster != null) {
      cluster.close();
    }
    safety.close();
    forensic.close();
  }

  /** The cluster-mode state, when MOLTR_REDIS_URL is set. */
  public Optional<Cluster> cluster() {
    return Optional.ofNullable(cluster);
  }

  public SafetyState safety() {
    return safety;
  }
}
