package io.moltr.core.incident;

/** Where incidents go: the forensic log, and later alerts and the cluster stream. */
@FunctionalInterface
public interface IncidentSink {
  void record(Incident incident);

  IncidentSink NONE = incident -> {};
}
