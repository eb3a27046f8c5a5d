package io.moltr.server.alerts;

import io.moltr.core.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One channel's delivery state: threshold, folding, per-minute cap and pending retries. Only the
 * dispatcher's sender thread calls the mutating methods; {@link #stats()} may be called from
 * any thread.
 */
final class Lane {
  private static final Logger LOG = LoggerFactory.getLogger(Lane.class);
  static final Duration WINDOW = Duration.ofMinutes(1);
  /** Messages waiting for a retry; more than this and new ones are dropped (counted). */
  static final int MAX_PENDING = 100;

  record Policy(Severity threshold, int perMinute) {}

  record Retry(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
    Duration backoff(int failedAttempts) {
      long factor = 1L << Math.min(failedAttempts - 1, 20);
      Duration d = initialBackoff.multipliedBy(factor);
      return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }
  }

  /** Alerts of one fold key within a minute of the last one sent. */
  private static final class Fold {
    Instant start;
    int pending;
    Alert latest;

    Fold(Instant start) {
      this.start = start;
    }
  }

  private static final class Pending {
    final Message message;
    int failures;
    Instant due;

    Pending(Message message, Instant due) {
      this.message = message;
      this.due = due;
    }
  }

  private final Channel channel;
  private final Policy policy;
  private final Retry retry;
  private final Map<String, Fold> folds = new HashMap<>();
  private final List<Pending> pending = new ArrayList<>();
  private Instant capWindowStart = Instant.MIN;
  private int sentInWindow;
  private int heldBack;
  /** After a failure the channel rests until the retry is due, so a dead endpoint cannot stall the others. */
  private Instant restUntil = Instant.MIN;

  private final AtomicLong delivered = new AtomicLong();
  private final AtomicLong failedAttempts = new AtomicLong();
  private final AtomicLong gaveUp = new AtomicLong();
  private final AtomicLong folded = new AtomicLong();
  private final AtomicLong rateLimited = new AtomicLong();
  private final AtomicLong belowThreshold = new AtomicLong();
  private final AtomicLong droppedPendingFull = new AtomicLong();
  private volatile String lastError;
  private volatile Instant lastDelivery;

  Lane(Channel channel, Policy policy, Retry retry) {
    this.channel = channel;
    this.policy = policy;
    this.retry = retry;
  }

  String name() {
    return channel.name();
  }

  boolean wants(Severity s) {
    return s.compareTo(policy.threshold()) >= 0;
  }

  /** A new alert: filtered by severity, folded into its key's minute, or queued for delivery. */
  void accept(Alert a, Instant now) {
    if (!wants(a.severity())) {
      belowThreshold.incrementAndGet();
      return;
    }
    Fold f = folds.get(a.foldKey());
    if (f != null && now.isBefore(f.start.plus(WINDOW))) {
      f.pending++;
      f.latest = a;
      folded.incrementAndGet();
      return;
    }
    if (f != null && f.pending > 0) {
      // The minute ended without a pump in between: say how many came before this one.
      folds.put(a.foldKey(), new Fold(now));
      enqueue(a, f.pending, now);
      return;
    }
    folds.put(a.foldKey(), new Fold(now));
    enqueue(a, 0, now);
  }

  /**
   * Sends the summary of every fold whose minute is over: the latest folded alert, "and N
   * similar in the last minute". A flood that goes on yields one message per key per minute.
   */
  void flushFolds(Instant now) {
    Iterator<Map.Entry<String, Fold>> it = folds.entrySet().iterator();
    List<Map.Entry<Alert, Integer>> summaries = new ArrayList<>();
    while (it.hasNext()) {
      Fold f = it.next().getValue();
      if (now.isBefore(f.start.plus(WINDOW))) {
        continue;
      }
      if (f.pending == 0) {
        it.remove();
        continue;
      }
      summaries.add(Map.entry(f.latest, f.pending - 1));
      f.start = now;
      f.pending = 0;
      f.latest = null;
    }
    summaries.forEach(s -> enqueue(s.getKey(), s.getValue(), now));
  }

  private void enqueue(Alert a, int similar, Instant now) {
    if (!now.isBefore(capWindowStart.plus(WINDOW))) {
      capWindowStart = now;
      sentInWindow = 0;
    }
    if (sentInWindow >= policy.perMinute()) {
      rateLimited.incrementAndGet();
      heldBack += 1 + similar;
      return;
    }
    if (pending.size() >= MAX_PENDING) {
      droppedPendingFull.incrementAndGet();
      return;
    }
    sentInWindow++;
    pending.add(new Pending(new Message(a, AlertComposer.render(a, similar, heldBack), similar, heldBack), now));
    heldBack = 0;
  }

  /** Tries every due message in order; after a failure the lane rests until that retry is due. */
  void deliverDue(Instant now) {
    Iterator<Pending> it = pending.iterator();
    while (it.hasNext()) {
      if (now.isBefore(restUntil)) {
        return;
      }
      Pending p = it.next();
      if (now.isBefore(p.due)) {
        continue;
      }
      try {
        channel.send(p.message);
        delivered.incrementAndGet();
        lastDelivery = now;
        it.remove();
      } catch (DeliveryException | RuntimeException e) {
        p.failures++;
        failedAttempts.incrementAndGet();
        lastError = e instanceof DeliveryException ? e.getMessage() : e.getClass().getSimpleName();
        if (p.failures >= retry.maxAttempts()) {
          gaveUp.incrementAndGet();
          it.remove();
          LOG.warn("alert via {} dropped after {} attempts ({})", name(), p.failures, lastError);
        } else {
          p.due = now.plus(retry.backoff(p.failures));
          restUntil = p.due;
          LOG.info("alert via {} failed (attempt {} of {}: {}); retrying", name(), p.failures,
              retry.maxAttempts(), lastError);
        }
      }
    }
  }

  int pendingCount() {
    return pending.size();
  }

  Map<String, Object> stats() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("severity_threshold", policy.threshold().label());
    m.put("rate_limit_per_minute", policy.perMinute());
    m.put("delivered", delivered.get());
    m.put("failed_attempts", failedAttempts.get());
    m.put("failed", gaveUp.get());
    m.put("folded", folded.get());
    m.put("rate_limited", rateLimited.get());
    m.put("below_threshold", belowThreshold.get());
    m.put("dropped_retry_queue_full", droppedPendingFull.get());
    m.put("last_error", lastError);
    Instant last = lastDelivery;
    m.put("last_delivery", last == null ? null : last.toString());
    return m;
  }
}
