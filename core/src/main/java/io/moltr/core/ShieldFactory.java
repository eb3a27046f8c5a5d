package io.moltr.core;

import io.moltr.core.config.ShieldConfig;
import io.moltr.core.incident.IncidentSink;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;

// TEMPORARY compile shim, never committed: replaced by /work/pending/ShieldFactory.java at merge.
public final class ShieldFactory {
  public record Environment(Mode mode, Path workDir, Set<Path> readProtected, Set<Path> writeProtected, IncidentSink incidents, Clock clock) {}
  public static Shield create(ShieldConfig config, Environment env) {
    throw new IllegalStateException("not wired");
  }
}
