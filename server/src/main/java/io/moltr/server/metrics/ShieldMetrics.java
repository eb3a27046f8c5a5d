package io.moltr.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.moltr.core.Decision;
import io.moltr.core.incident.Incident;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Prometheus metrics, every name prefixed {@code moltr_}: decisions by check and outcome, check
 * latency, incidents by type and severity, the kill-switch level, open proxy connections. Labels
 * carry only fixed vocabularies (never input, never a rule's free text), so cardinality stays
 * bounded.
 */
public final class ShieldMetrics {
  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();
  private final java.util.List<Supplier<Number>> suppliers = new java.util.concurrent.CopyOnWriteArrayList<>();

  /** Counts a decision of {@code check} (command, url, path, scan, input, proxy). */
  public void decision(String check, Decision d, long nanos) {
    String outcome = !d.allowed() ? "denied"
        : Boolean.TRUE.equals(d.details().get("would_block")) ? "would_block" : "allowed";
    counters.computeIfAbsent(check + "|" + outcome, k -> Counter.builder("moltr_decisions")
        .description("Decisions of the shield by check and outcome")
        .tag("check", check).tag("outcome", outcome).register(registry)).increment();
    timers.computeIfAbsent(check, k -> Timer.builder("moltr_check_duration")
        .description("Time to decide, by check")
        .tag("check", check).publishPercentiles(0.5, 0.99).register(registry))
        .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
  }

  public void incident(Incident i) {
    counters.computeIfAbsent("incident|" + i.type() + "|" + i.severity(), k -> Counter.builder("moltr_incidents")
        .description("Incidents recorded, by type and severity")
        .tag("type", i.type()).tag("severity", i.severity().label()).register(registry)).increment();
  }

  /** A numeric reading taken at scrape time, e.g. the kill-switch level or open connections. */
  public void gauge(String name, String description, Supplier<Number> value) {
    Gauge.builder(name, value, v -> v.get().doubleValue()).description(description).strongReference(true).register(registry);
  }

  /** A monotonic count kept elsewhere (proxy bytes, alert deliveries), read at scrape time. */
  public void counter(String name, String description, Supplier<Number> value) {
    // The supplier is kept here too: meters hold their state object only weakly.
    suppliers.add(value);
    io.micrometer.core.instrument.FunctionCounter.builder(name, value, v -> v.get().doubleValue())
        .description(description).register(registry);
  }

  /** The Prometheus text exposition. */
  public String scrape() {
    return registry.scrape();
  }
}
