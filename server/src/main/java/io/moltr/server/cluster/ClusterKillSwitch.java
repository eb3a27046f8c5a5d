package io.moltr.server.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lettuce.core.ScriptOutputType;
import io.moltr.core.killswitch.ActionKind;
import io.moltr.core.Decision;
import io.moltr.core.Severity;
import io.moltr.core.killswitch.Activation;
import io.moltr.core.killswitch.KillSwitch;
import io.moltr.core.killswitch.KillSwitchEvent;
import io.moltr.core.killswitch.KillSwitchLevel;
import io.moltr.core.killswitch.KillSwitchState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One kill switch for the fleet. Redis holds the active levels (a hash, level to activation),
 * a version counter, an epoch and the history; every change is published, and every node also
 * re-reads the state on each sync tick, so a lost message cannot leave a node open.
 *
 * <ul>
 *   <li>A local change (trigger, reset, automatic trigger) is written to Redis with the version
 *       incremented, in one script, and published.
 *   <li>A node adopts the shared state when its version is newer than the last one it wrote or
 *       adopted; both happen under the switch's own lock, so a stale read can never undo a
 *       trigger made here a moment ago.
 *   <li>Redis down: the node keeps its last known state; a trigger takes effect here and is
 *       written once Redis is back (levels are only ever added then, never lifted); a reset is
 *       refused, since the other nodes could not learn of it.
 *   <li>A node that has never read the fleet's state since it started denies every action.
 *   <li>Redis lost its data (no epoch): the nodes write back the levels they hold, so the fleet
 *       resumes from the union of what its nodes knew (fail closed).
 * </ul>
 */
public final class ClusterKillSwitch {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterKillSwitch.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String ADOPT_ACTOR = "cluster:";
  static final int HISTORY_LIMIT = 200;

  // KEYS: levels hash, version, epoch, history list. ARGV: new epoch, history entry, then pairs
  // of (op, level, activation json) where op is "set", "setnx" or "del". Returns the new version.
  private static final String WRITE = String.join("\n",
      "redis.call('SET', KEYS[3], ARGV[1], 'NX')",
      "local i = 3",
      "while i <= #ARGV do",
      "  if ARGV[i] == 'set' then redis.call('HSET', KEYS[1], ARGV[i+1], ARGV[i+2])",
      "  elseif ARGV[i] == 'setnx' then redis.call('HSETNX', KEYS[1], ARGV[i+1], ARGV[i+2])",
      "  else redis.call('HDEL', KEYS[1], ARGV[i+1]) end",
      "  i = i + 3",
      "end",
      "local v = redis.call('INCR', KEYS[2])",
      "if ARGV[2] ~= '' then",
      "  redis.call('LPUSH', KEYS[4], ARGV[2])",
      "  redis.call('LTRIM', KEYS[4], 0, " + (HISTORY_LIMIT - 1) + ")",
      "end",
      "return v");
  // KEYS: levels hash, version, epoch. Returns {epoch or false, version or false, flat hash}.
  private static final String READ = String.join("\n",
      "return {redis.call('GET', KEYS[3]), redis.call('GET', KEYS[2]), redis.call('HGETALL', KEYS[1])}");

  private final ClusterStore store;
  private final KillSwitch local;
  private final String node;
  private final String levelsKey;
  private final String versionKey;
  private final String epochKey;
  private final String historyKey;
  private final String channel = "killswitch";
  // Guarded by the KillSwitch's monitor (local changes already hold it; sync takes it).
  private long seenVersion = -1;
  private String seenEpoch;
  private boolean pendingWrite;
  private volatile boolean known;
  private volatile Instant lastSync;

  /** {@code worker} runs syncs asked for by published messages (never on Redis's I/O threads). */
  public ClusterKillSwitch(ClusterStore store, KillSwitch local, java.util.concurrent.Executor worker) {
    this.store = store;
    this.local = local;
    this.node = store.settings().nodeId();
    this.levelsKey = store.key("killswitch:levels");
    this.versionKey = store.key("killswitch:version");
    this.epochKey = store.key("killswitch:epoch");
    this.historyKey = store.key("killswitch:history");
    local.addListener(this::onLocalChange);
    local.resetPrecondition(() -> store.up() ? Optional.empty() : Optional.of(
        "the cluster store is unreachable (" + store.downReason().orElse("?") + "); a reset must reach every"
            + " node, try again when Redis is back"));
    store.subscribe(channel, (ch, msg) -> worker.execute(this::sync));
    store.onRecovery(this::sync);
  }

  /** True once this node has read the fleet's state since it started. */
  public boolean known() {
    return known;
  }

  public Optional<Instant> lastSync() {
    return Optional.ofNullable(lastSync);
  }

  /**
   * The gate's verdict: deny while the fleet's state is unknown, otherwise the local switch
   * (which mirrors the fleet).
   */
  public Optional<Decision.Deny> admit(ActionKind kind) {
    if (!known) {
      return Optional.of(Decision.deny("killswitch.cluster_unknown",
          "cluster mode: this node has not yet read the fleet's kill-switch state (Redis unreachable since start);"
              + " denying until it has", Severity.HIGH, Map.of()));
    }
    Decision d = local.check(kind);
    return d.allowed() ? Optional.empty() : Optional.of((Decision.Deny) d);
  }

  /** Reads the fleet's state and adopts it when newer; writes back what Redis is missing. */
  public void sync() {
    synchronized (local) {
      try {
        List<Object> r = store.call(c -> c.eval(READ, ScriptOutputType.MULTI, levelsKey, versionKey, epochKey));
        String epoch = (String) r.get(0);
        if (epoch == null || !epoch.equals(seenEpoch) && seenEpoch != null || pendingWrite) {
          if (epoch == null || !epoch.equals(seenEpoch) && seenEpoch != null) {
            if (local.state().isActive()) {
              LOG.warn("cluster kill-switch state {} in Redis; writing back this node's levels",
                  epoch == null ? "is missing" : "has a new epoch");
            } else {
              LOG.info("cluster kill-switch state {} in Redis; starting it (no level active here)",
                  epoch == null ? "is missing" : "has a new epoch");
            }
            seenVersion = -1;
          }
          writeBack(local.state());
          pendingWrite = false;
          r = store.call(c -> c.eval(READ, ScriptOutputType.MULTI, levelsKey, versionKey, epochKey));
          epoch = (String) r.get(0);
        }
        long version = r.get(1) == null ? 0 : Long.parseLong((String) r.get(1));
        if (!known || version > seenVersion || !java.util.Objects.equals(epoch, seenEpoch)) {
          KillSwitchState shared = parse(r.get(2));
          seenVersion = version;
          seenEpoch = epoch;
          local.adopt(shared, ADOPT_ACTOR + "sync").ifPresent(e ->
              LOG.warn("kill switch now {} (fleet state, version {})", shared.level().map(Enum::name).orElse("NONE"), version));
        }
        known = true;
        lastSync = Instant.now();
      } catch (ClusterStore.Unavailable e) {
        // Keep the last known state; the next tick tries again.
      }
    }
  }

  /** Runs under the switch's monitor (listeners are called inside its synchronized changes). */
  private void onLocalChange(KillSwitchEvent e) {
    if (e.actor().startsWith(ADOPT_ACTOR)) {
      return; // came from the fleet
    }
    List<String> ops = new ArrayList<>();
    if (e.type() == KillSwitchEvent.Type.RESET) {
      for (KillSwitchLevel l : e.levels()) {
        ops.add("del");
        ops.add(l.name());
        ops.add("");
      }
    } else {
      for (KillSwitchLevel l : e.levels()) {
        Activation a = e.after().active().get(l);
        if (a != null) {
          ops.add("set");
          ops.add(l.name());
          ops.add(activationJson(a));
        }
      }
    }
    try {
      long v = write(ops, historyJson(e));
      seenVersion = v;
      LOG.info("kill-switch change written to the fleet (version {})", v);
    } catch (ClusterStore.Unavailable ex) {
      if (e.type() != KillSwitchEvent.Type.RESET) {
        pendingWrite = true;
        LOG.error("kill switch {} is in force on this node but could not reach the fleet; it is written when Redis is back",
            e.after().level().map(Enum::name).orElse("?"));
      } else {
        LOG.error("a reset on this node could not reach the fleet; the fleet's state will be re-adopted");
        seenVersion = -1;
      }
    }
  }

  private void writeBack(KillSwitchState state) {
    List<String> ops = new ArrayList<>();
    for (Activation a : state.active().values()) {
      ops.add("setnx");
      ops.add(a.level().name());
      ops.add(activationJson(a));
    }
    seenVersion = write(ops, "");
  }

  private long write(List<String> ops, String history) {
    List<String> args = new ArrayList<>();
    args.add(UUID.randomUUID().toString());
    args.add(history);
    args.addAll(ops);
    Long v = store.call(c -> c.eval(WRITE, ScriptOutputType.INTEGER,
        new String[] {levelsKey, versionKey, epochKey, historyKey}, args.toArray(String[]::new)));
    store.call(c -> c.publish(store.key(channel), node));
    return v;
  }

  /** The fleet's history, newest first (empty when Redis is unreachable). */
  public List<Map<String, Object>> history(int limit) {
    try {
      List<String> raw = store.call(c -> c.lrange(historyKey, 0, Math.max(0, limit - 1)));
      List<Map<String, Object>> out = new ArrayList<>();
      for (String s : raw) {
        out.add(JSON.readValue(s, JSON.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Object.class)));
      }
      return out;
    } catch (ClusterStore.Unavailable | java.io.IOException e) {
      return List.of();
    }
  }

  private String historyJson(KillSwitchEvent e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", e.type().name());
    m.put("levels", e.levels().stream().sorted().map(Enum::name).toList());
    m.put("effective", e.after().level().map(Enum::name).orElse("NONE"));
    m.put("reason", e.reason());
    m.put("actor", e.actor());
    m.put("node", node);
    m.put("at", e.at().toString());
    return json(m);
  }

  private static String activationJson(Activation a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("reason", a.reason());
    m.put("actor", a.actor());
    m.put("at", a.at().toString());
    return json(m);
  }

  private static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A level Redis holds that this node cannot read counts as LOCKDOWN (fail closed). */
  static KillSwitchState parse(Object flatHash) {
    Map<KillSwitchLevel, Activation> active = new EnumMap<>(KillSwitchLevel.class);
    if (flatHash instanceof List<?> flat) {
      for (int i = 0; i + 1 < flat.size(); i += 2) {
        String field = String.valueOf(flat.get(i));
        String value = String.valueOf(flat.get(i + 1));
        Optional<KillSwitchLevel> level = KillSwitchLevel.parse(field);
        try {
          JsonNode n = JSON.readTree(value);
          KillSwitchLevel l = level.orElseThrow(() -> new IllegalArgumentException("unknown level"));
          active.put(l, new Activation(l, n.path("reason").asText("fleet"), n.path("actor").asText("?"),
              Instant.parse(n.path("at").asText())));
        } catch (java.io.IOException | RuntimeException e) {
          KillSwitchLevel l = level.orElse(KillSwitchLevel.LOCKDOWN);
          active.put(l, new Activation(l, "unreadable fleet kill-switch entry " + field.replaceAll("[^A-Za-z_]", "")
              + " (fail closed)", "cluster", Instant.now()));
        }
      }
    }
    return new KillSwitchState(active);
  }
}
