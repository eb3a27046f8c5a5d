package io.moltr.server.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lettuce.core.Range;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAddArgs;
import io.moltr.core.incident.Incident;
import io.moltr.core.incident.IncidentSink;
import io.moltr.server.api.IncidentFeed;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fleet's incident stream: each node appends its incidents (the same redacted record as its
 * forensic log, plus the node's id) to one Redis stream, capped by length and age, and the
 * dashboard of any node reads the fleet's newest from it. Appends are queued and written by the
 * cluster's worker, never on the request's thread; while Redis is unreachable up to {@value
 * #QUEUE_LIMIT} wait and are written once it is back (beyond that the oldest are dropped and
 * counted; the local forensic log still has every one).
 */
public final class FleetIncidents implements IncidentSink, IncidentFeed {
  private static final Logger LOG = LoggerFactory.getLogger(FleetIncidents.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  static final int QUEUE_LIMIT = 10_000;
  /** How many of the newest the dashboard reads. */
  static final int READ_LIMIT = 2_000;
  private static final String TRIM_BY_AGE = "return redis.call('XTRIM', KEYS[1], 'MINID', '~', ARGV[1])";

  private final ClusterStore store;
  private final Executor worker;
  private final Clock clock;
  private final String streamKey;
  private final long maxLength;
  private final Duration maxAge;
  private final Deque<String> queue = new ArrayDeque<>();
  private final AtomicLong dropped = new AtomicLong();
  private final AtomicLong written = new AtomicLong();
  private volatile java.util.function.Consumer<JsonNode> remote = n -> {};

  public FleetIncidents(ClusterStore store, Executor worker, Clock clock, long maxLength, Duration maxAge) {
    this.store = store;
    this.worker = worker;
    this.clock = clock;
    this.streamKey = store.key("incidents");
    this.maxLength = maxLength;
    this.maxAge = maxAge;
    store.onRecovery(this::flush);
    store.subscribe(LIVE_CHANNEL, (ch, msg) -> worker.execute(() -> deliverRemote(msg)));
  }

  private static final String LIVE_CHANNEL = "incidents:live";

  /** Incidents other nodes record, as they are written (for the dashboard's live stream). */
  public void onRemote(java.util.function.Consumer<JsonNode> listener) {
    this.remote = listener;
  }

  private void deliverRemote(String json) {
    try {
      JsonNode n = JSON.readTree(json);
      if (n != null && n.isObject() && !store.settings().nodeId().equals(n.path("node").asText())) {
        remote.accept(n);
      }
    } catch (java.io.IOException | RuntimeException e) {
      LOG.debug("skipped a live incident message: {}", e.getClass().getSimpleName());
    }
  }

  @Override
  public void record(Incident incident) {
    ObjectNode n = JSON.valueToTree(incident.toJson());
    n.put("node", store.settings().nodeId());
    String json = n.toString();
    synchronized (queue) {
      if (queue.size() >= QUEUE_LIMIT) {
        queue.removeFirst();
        dropped.incrementAndGet();
      }
      queue.addLast(json);
    }
    worker.execute(this::flush);
  }

  /** Writes what is queued, oldest first; stops at the first failure and keeps the rest. */
  public void flush() {
    while (true) {
      String next;
      synchronized (queue) {
        next = queue.peekFirst();
      }
      if (next == null || !store.up()) { // the sync loop reconnects; recovery flushes
        return;
      }
      try {
        store.call(c -> c.xadd(streamKey, new XAddArgs().maxlen(maxLength).approximateTrimming(), Map.of("incident", next)));
        written.incrementAndGet();
        store.call(c -> c.publish(store.key(LIVE_CHANNEL), next));
      } catch (ClusterStore.Unavailable e) {
        return;
      }
      synchronized (queue) {
        if (queue.peekFirst() == next) {
          queue.removeFirst();
        }
      }
    }
  }

  /** Drops entries older than the maximum age (run now and then by the sync loop). */
  public void trimByAge() {
    String minId = (clock.millis() - maxAge.toMillis()) + "-0";
    try {
      store.call(c -> c.eval(TRIM_BY_AGE, ScriptOutputType.INTEGER, new String[] {streamKey}, minId));
    } catch (ClusterStore.Unavailable e) {
      // next time
    }
  }

  @Override
  public Optional<List<JsonNode>> recent() {
    if (!store.up()) {
      return Optional.empty();
    }
    try {
      List<StreamMessage<String, String>> msgs = store.call(c ->
          c.xrevrange(streamKey, Range.create("-", "+"), io.lettuce.core.Limit.from(READ_LIMIT)));
      List<JsonNode> out = new ArrayList<>(msgs.size());
      for (int i = msgs.size() - 1; i >= 0; i--) {
        String s = msgs.get(i).getBody().get("incident");
        if (s == null) {
          continue;
        }
        try {
          JsonNode n = JSON.readTree(s);
          if (n != null && n.isObject()) {
            out.add(n);
          }
        } catch (java.io.IOException e) {
          // an entry not written by a shield: skipped
        }
      }
      return Optional.of(out);
    } catch (ClusterStore.Unavailable e) {
      return Optional.empty();
    }
  }

  public Map<String, Object> stats() {
    int waiting;
    synchronized (queue) {
      waiting = queue.size();
    }
    return Map.of("written", written.get(), "queued", waiting, "dropped_queue_full", dropped.get());
  }

  int queued() {
    synchronized (queue) {
      return queue.size();
    }
  }

}
