package io.moltr.server.cluster;

import io.moltr.core.vault.SecretVault;
import io.moltr.core.vault.VaultException;
import io.moltr.server.api.AdminApi;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registered secrets shared by the fleet. Only Fernet tokens leave a node: Redis holds name to
 * token ({@code <prefix>secrets}), and each node mirrors that into its own vault file, which needs
 * the same MOLTR_FERNET_KEY on every node (a token no local key opens is skipped and counted).
 *
 * <ul>
 *   <li>A secret this node has and the fleet never had (added here through the API or `moltr
 *       secrets add`, also while Redis was down) is written to the fleet.
 *   <li>A secret the fleet had and no longer has was removed elsewhere: removed here too.
 *   <li>A removal through this node's API is refused while Redis is unreachable: lifting a
 *       protection must reach every node.
 *   <li>The first sync after a start writes every local secret the fleet lacks: the fleet keeps
 *       the union (a secret removed while this node was away can come back; the safe direction).
 * </ul>
 */
public final class FleetSecrets implements AdminApi.SecretsFleet {
  private static final Logger LOG = LoggerFactory.getLogger(FleetSecrets.class);
  private static final String CHANNEL = "secrets";

  private final ClusterStore store;
  private final SecretVault vault;
  private final Runnable changed;
  private final String key;
  private final AtomicInteger undecryptable = new AtomicInteger();
  private Set<String> lastFleet = Set.of(); // guarded by this

  public FleetSecrets(ClusterStore store, SecretVault vault, Runnable changed, Executor worker) {
    this.store = store;
    this.vault = vault;
    this.changed = changed;
    this.key = store.key("secrets");
    store.subscribe(CHANNEL, (ch, msg) -> worker.execute(this::sync));
    store.onRecovery(this::sync);
  }

  /** Why a removal must wait, if it must. */
  @Override
  public Optional<String> removalRefusal() {
    return store.up() ? Optional.empty() : Optional.of("the cluster store is unreachable ("
        + store.downReason().orElse("?") + "); a registered secret can be removed only when every node learns of it");
  }

  /** After a removal through this node's API. */
  @Override
  public void removed(String name) {
    try {
      store.call(c -> c.hdel(key, name));
      store.call(c -> c.publish(store.key(CHANNEL), store.settings().nodeId()));
    } catch (ClusterStore.Unavailable e) {
      LOG.error("registered secret removal could not reach the fleet; it will be restored from the fleet");
    }
  }

  /** After an addition through this node's API: written to the fleet now rather than at the next tick. */
  @Override
  public void added() {
    sync();
  }

  /** Makes this node's vault and the fleet's set agree, as described above. */
  public synchronized void sync() {
    if (!store.up()) {
      return;
    }
    try {
      Map<String, String> local = vault.tokens();
      Map<String, String> fleet = store.call(c -> c.hgetall(key));
      boolean pushed = false;
      for (Map.Entry<String, String> e : local.entrySet()) {
        if (!fleet.containsKey(e.getKey()) && !lastFleet.contains(e.getKey())) {
          store.call(c -> c.hsetnx(key, e.getKey(), e.getValue()));
          pushed = true;
        }
      }
      if (pushed) {
        fleet = store.call(c -> c.hgetall(key));
        store.call(c -> c.publish(store.key(CHANNEL), store.settings().nodeId()));
      }
      boolean changedHere = false;
      int bad = 0;
      for (Map.Entry<String, String> e : fleet.entrySet()) {
        if (!e.getValue().equals(local.get(e.getKey()))) {
          try {
            vault.putToken(e.getKey(), e.getValue());
            changedHere = true;
          } catch (VaultException ex) {
            bad++;
          }
        }
      }
      for (String name : local.keySet()) {
        if (!fleet.containsKey(name) && lastFleet.contains(name)) {
          vault.remove(name);
          changedHere = true;
        }
      }
      if (bad > 0 && bad != undecryptable.get()) {
        LOG.error("{} registered secrets of the fleet cannot be opened with this node's MOLTR_FERNET_KEY;"
            + " set the same key on every node", bad);
      }
      undecryptable.set(bad);
      lastFleet = new HashSet<>(fleet.keySet());
      if (changedHere) {
        changed.run();
        LOG.info("registered secrets updated from the fleet ({} in total)", fleet.size());
      }
    } catch (ClusterStore.Unavailable e) {
      // next tick
    } catch (VaultException e) {
      LOG.error("registered secrets could not be synchronised: {}", e.getMessage());
    }
  }

  public Map<String, Object> stats() {
    return Map.of("shared", lastFleetSize(), "undecryptable", undecryptable.get());
  }

  private synchronized int lastFleetSize() {
    return lastFleet.size();
  }
}
