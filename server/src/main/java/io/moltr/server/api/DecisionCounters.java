package io.moltr.server.api;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Decisions answered since start, by check and outcome, for the dashboard's overview. */
final class DecisionCounters {
  private final Map<String, Map<String, LongAdder>> byCheck = new ConcurrentHashMap<>();

  void count(String check, String outcome) {
    byCheck.computeIfAbsent(check, c -> new ConcurrentHashMap<>())
        .computeIfAbsent(outcome, o -> new LongAdder()).increment();
  }

  /** {"command": {"allowed": 3, "denied": 1}, ...}, sorted for a stable display. */
  Map<String, Map<String, Long>> snapshot() {
    Map<String, Map<String, Long>> out = new TreeMap<>();
    byCheck.forEach((check, outcomes) -> {
      Map<String, Long> m = new TreeMap<>();
      outcomes.forEach((o, n) -> m.put(o, n.sum()));
      out.put(check, m);
    });
    return out;
  }
}
