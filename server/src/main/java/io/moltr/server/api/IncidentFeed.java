package io.moltr.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * Another source of recent incidents for the dashboard (the fleet's stream in cluster mode),
 * oldest first. Empty when it cannot be read right now; the dashboard then shows this node's
 * forensic log.
 */
@FunctionalInterface
public interface IncidentFeed {
  Optional<List<JsonNode>> recent();

  IncidentFeed NONE = Optional::empty;
}
