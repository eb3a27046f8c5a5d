package io.moltr.server.alerts;

import io.moltr.core.Severity;
import io.moltr.core.config.ConfigNode;
import io.moltr.core.incident.Incident;
import io.moltr.core.integrity.IntegrityReport;
import io.moltr.core.killswitch.KillSwitchEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends alerts to the configured channels without ever holding up a decision.
 *
 * <p>The three entry points ({@link #onIncident}, {@link #onKillSwitch}, {@link #onIntegrity})
 * compose the alert on the caller's thread (cheap; privacy rules in {@link AlertComposer}) and
 * offer it to a bounded queue: when the queue is full the alert is dropped and counted, the
 * caller never waits and never sees an exception. One sender thread then, per channel: drops
 * alerts below the channel's {@code severity_threshold}; folds an alert whose kind was already
 * sent within the last minute into one later message ("and 37 similar in the last minute");
 * holds back what exceeds {@code rate_limit_per_minute} (counted, and mentioned in the next
 * message); and retries failed deliveries with exponential backoff up to {@code
 * alerts.retry.max_attempts}. Counters are in {@link #stats()} for /status.
 */
public final class AlertDispatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AlertDispatcher.class);
  static final int BATCH = 256;

  private final AlertComposer composer = new AlertComposer();
  private final List<Lane> lanes;
  private final BlockingQueue<Alert> queue;
  private final int capacity;
  private final Clock clock;
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong droppedQueueFull = new AtomicLong();
  private final AtomicLong composeErrors = new AtomicLong();
  private volatile Thread sender;
  private volatile boolean running;

  AlertDispatcher(List<Lane> lanes, int capacity, Clock clock) {
    this.lanes = List.copyOf(lanes);
    this.capacity = capacity;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.clock = clock;
  }

  /**
   * Builds the dispatcher from the {@code alerts} section of default.yaml and the environment
   * (secrets: bot token, webhook URLs, SMTP credentials). Throws {@code ConfigException} naming
   * the file, the key and the variable when an enabled channel is incomplete; never shows a
   * secret's value. With no channel enabled the dispatcher accepts and discards everything.
   */
  public static AlertDispatcher fromConfig(ConfigNode alerts, Map<String, String> env, Clock clock) {
    AlertSettings s = AlertSettings.parse(alerts, env);
    return new AlertDispatcher(s.lanes(), s.queueCapacity(), clock);
  }

  /**
   * Installs the output scanner's redactor for free text in alerts (kill-switch reasons, user
   * agents). Until then, and if it throws, a built-in mask for long tokens is used.
   */
  public void useRedactor(UnaryOperator<String> redactor) {
    composer.redactor(redactor);
  }

  /** Names of the enabled channels, for the start banner and /status. */
  public List<String> channels() {
    return lanes.stream().map(Lane::name).toList();
  }

  /** Starts the sender thread (a daemon). Does nothing when no channel is enabled. */
  public synchronized void start() {
    if (running || lanes.isEmpty()) {
      return;
    }
    running = true;
    Thread t = new Thread(this::run, "moltr-alerts");
    t.setDaemon(true);
    sender = t;
    t.start();
    LOG.info("alerts enabled: {}", channels());
  }

  /** An incident (honeypot or blocked action). Integrity incidents come through {@link #onIntegrity}. */
  public void onIncident(Incident incident) {
    submit(() -> composer.incident(incident));
  }

  /** A kill-switch change: level and reason. */
  public void onKillSwitch(KillSwitchEvent event) {
    submit(() -> composer.killSwitch(event));
  }

  /** An integrity check; only a violated report alerts. */
  public void onIntegrity(IntegrityReport report) {
    submit(() -> composer.integrity(report));
  }

  private void submit(Supplier<Optional<Alert>> compose) {
    if (lanes.isEmpty()) {
      return;
    }
    try {
      Optional<Alert> alert = compose.get();
      if (alert.isEmpty() || !anyWants(alert.get().severity())) {
        return;
      }
      if (queue.offer(alert.get())) {
        accepted.incrementAndGet();
      } else {
        droppedQueueFull.incrementAndGet();
      }
    } catch (RuntimeException e) {
      // An alert is never worth failing a decision for.
      composeErrors.incrementAndGet();
    }
  }

  private boolean anyWants(Severity s) {
    for (Lane l : lanes) {
      if (l.wants(s)) {
        return true;
      }
    }
    return false;
  }

  private void run() {
    List<Alert> batch = new ArrayList<>();
    while (running) {
      try {
        // A one-second tick also drives fold summaries and retries when nothing new arrives.
        Alert first = queue.poll(1, TimeUnit.SECONDS);
        batch.clear();
        if (first != null) {
          batch.add(first);
          queue.drainTo(batch, BATCH);
        }
        pump(batch);
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        LOG.error("alert sender: {}", e.getClass().getSimpleName());
      }
    }
  }

  /** One round of the sender: accept new alerts, flush finished folds, deliver what is due. */
  void pump(List<Alert> incoming) {
    var now = clock.instant();
    for (Alert a : incoming) {
      for (Lane l : lanes) {
        l.accept(a, now);
      }
    }
    for (Lane l : lanes) {
      l.flushFolds(now);
      l.deliverDue(now);
    }
  }

  /** Drains the queue and pumps once; tests drive the dispatcher with this instead of start(). */
  void pumpQueued() {
    List<Alert> batch = new ArrayList<>();
    queue.drainTo(batch);
    pump(batch);
  }

  /** Counters for /status: queue, drops, and per channel deliveries, failures, folds, limits. */
  public Map<String, Object> stats() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("enabled", !lanes.isEmpty());
    m.put("queued", queue.size());
    m.put("queue_capacity", capacity);
    m.put("accepted", accepted.get());
    m.put("dropped_queue_full", droppedQueueFull.get());
    m.put("compose_errors", composeErrors.get());
    Map<String, Object> ch = new LinkedHashMap<>();
    for (Lane l : lanes) {
      ch.put(l.name(), l.stats());
    }
    m.put("channels", ch);
    return m;
  }

  /** Stops the sender; alerts still queued are not sent (the forensic log has them all). */
  @Override
  public synchronized void close() {
    running = false;
    Thread t = sender;
    if (t != null) {
      t.interrupt();
      try {
        t.join(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
