package io.moltr.server.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.moltr.core.killswitch.KillSwitch;
import io.moltr.core.vault.SecretVault;
import io.moltr.server.auth.LoginGuard;
import io.moltr.server.auth.SessionStore;
import io.moltr.server.auth.Sessions;
import io.moltr.server.ratelimit.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cluster mode (MOLTR_REDIS_URL set): what the fleet shares through Redis, and the loop that
 * keeps this node in step. Every {@value #SYNC_MILLIS} ms one thread reconnects when needed,
 * re-reads the kill switch, writes what waited while Redis was down and reports this node;
 * published messages make a kill-switch change arrive sooner. Each node keeps its own audit log,
 * forensic log and integrity baseline.
 */
public final class Cluster implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Cluster.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  static final long SYNC_MILLIS = 500;
  static final Duration NODE_TTL = Duration.ofSeconds(30);
  /** Incident stream caps: entries and age. */
  static final long INCIDENT_MAX_LENGTH = 100_000;
  static final Duration INCIDENT_MAX_AGE = Duration.ofDays(30);

  private final ClusterStore store;
  private final ScheduledExecutorService worker;
  private final Clock clock;
  private final RedisRateLimiter limiter;
  private final FleetIncidents incidents;
  private ClusterKillSwitch killSwitch;
  private volatile FleetSecrets secrets;
  private Supplier<Map<String, Object>> nodeReport = Map::of;
  private long ticks;

  private Cluster(ClusterStore store, ScheduledExecutorService worker, Clock clock, RateLimiter localLimiter) {
    this.store = store;
    this.worker = worker;
    this.clock = clock;
    this.limiter = new RedisRateLimiter(store, localLimiter);
    this.incidents = new FleetIncidents(store, worker, clock, INCIDENT_MAX_LENGTH, INCIDENT_MAX_AGE);
  }

  /**
   * Connects (a Redis that is down at start is not an error: the node starts degraded, denies
   * until it has read the fleet's kill switch, and keeps trying).
   */
  public static Cluster connect(RedisSettings settings, Clock clock, RateLimiter localLimiter) {
    ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "moltr-cluster");
      t.setDaemon(true);
      return t;
    });
    ClusterStore store = new ClusterStore(settings, clock);
    Cluster c = new Cluster(store, worker, clock, localLimiter);
    if (!store.heal()) {
      LOG.error("cluster store {} unreachable at start ({}); running degraded", settings.where(),
          store.downReason().orElse("?"));
    }
    return c;
  }

  /** Shares {@code local} with the fleet, reads the fleet's state once, and starts the sync loop. */
  public void attach(KillSwitch local, Supplier<Map<String, Object>> report) {
    this.killSwitch = new ClusterKillSwitch(store, local, worker);
    this.nodeReport = report;
    killSwitch.sync();
    worker.scheduleWithFixedDelay(this::tick, SYNC_MILLIS, SYNC_MILLIS, TimeUnit.MILLISECONDS);
  }

  private void tick() {
    try {
      store.heal();
      killSwitch.sync();
      incidents.flush();
      if (ticks % 10 == 0) {
        report();
        FleetSecrets s = secrets;
        if (s != null) {
          s.sync();
        }
      }
      if (ticks % 1200 == 0) {
        incidents.trimByAge();
      }
      ticks++;
    } catch (RuntimeException e) {
      LOG.warn("cluster sync step failed: {}", e.getClass().getSimpleName());
    }
  }

  private void report() {
    Map<String, Object> r = new LinkedHashMap<>(nodeReport.get());
    r.put("node", store.settings().nodeId());
    r.put("seen", clock.instant().toString());
    try {
      String json = JSON.writeValueAsString(r);
      store.call(c -> {
        c.psetex(store.key("node:" + store.settings().nodeId()), NODE_TTL.toMillis(), json);
        c.sadd(store.key("nodes"), store.settings().nodeId());
        return null;
      });
    } catch (ClusterStore.Unavailable | com.fasterxml.jackson.core.JsonProcessingException e) {
      // reported again on the next round
    }
  }

  /** The fleet's nodes as they last reported (integrity, kill switch); empty when Redis is unreachable. */
  public List<Map<String, Object>> nodes() {
    List<Map<String, Object>> out = new ArrayList<>();
    try {
      // One SMEMBERS and one MGET, however many nodes: /status and the dashboard call this often.
      List<String> ids = new ArrayList<>(store.call(c -> c.smembers(store.key("nodes"))));
      if (ids.isEmpty()) {
        return out;
      }
      String[] keys = ids.stream().map(id -> store.key("node:" + id)).toArray(String[]::new);
      List<io.lettuce.core.KeyValue<String, String>> reports = store.call(c -> c.mget(keys));
      List<String> gone = new ArrayList<>();
      for (int i = 0; i < reports.size(); i++) {
        io.lettuce.core.KeyValue<String, String> kv = reports.get(i);
        if (!kv.hasValue()) {
          gone.add(ids.get(i)); // gone for longer than its report lives
          continue;
        }
        out.add(JSON.readValue(kv.getValue(), JSON.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Object.class)));
      }
      if (!gone.isEmpty()) {
        store.call(c -> c.srem(store.key("nodes"), gone.toArray(String[]::new)));
      }
    } catch (ClusterStore.Unavailable | java.io.IOException e) {
      return List.of();
    }
    out.sort((a, b) -> String.valueOf(a.get("node")).compareTo(String.valueOf(b.get("node"))));
    return out;
  }

  public ClusterStore store() {
    return store;
  }

  public ClusterKillSwitch killSwitch() {
    return killSwitch;
  }

  public RateLimiter rateLimiter() {
    return limiter;
  }

  /** Shares the vault's registered secrets with the fleet; {@code changed} reloads the scanner. */
  public FleetSecrets shareSecrets(SecretVault vault, Runnable changed) {
    FleetSecrets s = new FleetSecrets(store, vault, changed, worker);
    s.sync();
    this.secrets = s;
    return s;
  }

  public FleetSecrets secrets() {
    return secrets;
  }

  public FleetIncidents incidents() {
    return incidents;
  }

  /** Dashboard sessions shared by the fleet, this node's own while Redis is unreachable. */
  public Sessions sessions(SessionStore local) {
    return new RedisSessions(store, local, clock);
  }

  public LoginGuard loginGuard(LoginGuard local) {
    return new SharedLoginGuard(store, local);
  }

  /** Why this node is degraded: the store is unreachable, or the fleet's state was never read. */
  public Optional<String> degradedReason() {
    Optional<String> down = store.downReason();
    if (down.isPresent()) {
      return Optional.of("cluster store unreachable: " + down.get()
          + (killSwitch != null && killSwitch.known() ? "; using the last known kill-switch state"
              : "; the fleet's kill-switch state was never read, so every action is denied"));
    }
    return Optional.empty();
  }

  /** The "cluster" section of /status. */
  public Map<String, Object> status() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("enabled", true);
    m.put("node", store.settings().nodeId());
    m.put("redis", store.settings().where());
    m.put("prefix", store.settings().prefix());
    m.put("state", store.up() ? "connected" : "degraded");
    store.downReason().ifPresent(r -> m.put("reason", r));
    store.downSince().map(Instant::toString).ifPresent(s -> m.put("degraded_since", s));
    m.put("killswitch_known", killSwitch != null && killSwitch.known());
    if (killSwitch != null) {
      killSwitch.lastSync().map(Instant::toString).ifPresent(s -> m.put("killswitch_synced", s));
    }
    m.put("incidents", incidents.stats());
    if (secrets != null) {
      m.put("secrets", secrets.stats());
    }
    return m;
  }

  @Override
  public void close() {
    worker.shutdownNow();
    store.close();
  }
}
