package io.moltr.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the newest incidents from the tail of the forensic log for the dashboard. Only the fields
 * below leave the server; the log itself holds no raw input, only a hash and a redacted preview.
 */
final class IncidentLogReader {
  /** How far back the dashboard looks: the newest part of the file, not all of it. */
  static final int TAIL_BYTES = 4 * 1024 * 1024;
  private static final List<String> FIELDS = List.of("incident_id", "timestamp", "type", "severity", "source_ip",
      "user_agent", "reason", "rule", "preview", "enforced");
  private static final List<String> DETAIL_FIELDS = List.of("input_sha256", "principal");

  private static final List<String> FLEET_FIELDS = List.of("node");

  private final Path file;
  private final IncidentFeed feed;

  IncidentLogReader(Path file, IncidentFeed feed) {
    this.file = file;
    this.feed = feed;
  }

  /** Newest first, at most {@code limit}, optionally only one type and/or severity. */
  List<Map<String, Object>> newest(int limit, String type, String severity) {
    List<Map<String, Object>> out = new ArrayList<>();
    List<JsonNode> lines = entries();
    for (int i = lines.size() - 1; i >= 0 && out.size() < limit; i--) {
      JsonNode n = lines.get(i);
      if (type != null && !type.equals(n.path("type").asText())) {
        continue;
      }
      if (severity != null && !severity.equals(n.path("severity").asText())) {
        continue;
      }
      out.add(project(n, false));
    }
    return out;
  }

  Optional<Map<String, Object>> find(String incidentId) {
    List<JsonNode> lines = entries();
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (incidentId.equals(lines.get(i).path("incident_id").asText())) {
        return Optional.of(project(lines.get(i), true));
      }
    }
    return Optional.empty();
  }

  static Map<String, Object> project(JsonNode n, boolean detail) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (String f : FIELDS) {
      m.put(f, value(n.get(f)));
    }
    for (String f : FLEET_FIELDS) {
      if (n.has(f)) {
        m.put(f, value(n.get(f)));
      }
    }
    if (detail) {
      for (String f : DETAIL_FIELDS) {
        if (n.has(f)) {
          m.put(f, value(n.get(f)));
        }
      }
    }
    return m;
  }

  private static Object value(JsonNode v) {
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isBoolean() ? v.asBoolean() : v.asText();
  }

  /** The fleet's incidents when there is a feed and it answers, else this node's log. */
  private List<JsonNode> entries() {
    return feed.recent().orElseGet(this::tail);
  }

  private List<JsonNode> tail() {
    List<JsonNode> out = new ArrayList<>();
    if (!Files.exists(file)) {
      return out;
    }
    byte[] bytes;
    boolean cut;
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
      long len = f.length();
      long start = Math.max(0, len - TAIL_BYTES);
      cut = start > 0;
      bytes = new byte[(int) (len - start)];
      f.seek(start);
      f.readFully(bytes);
    } catch (IOException e) {
      throw new BadRequest(503, "the forensic log cannot be read right now");
    }
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
    for (int i = cut ? 1 : 0; i < lines.length; i++) { // a cut first line is a fragment
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        JsonNode n = JsonBody.MAPPER.readTree(lines[i]);
        if (n != null && n.isObject()) {
          out.add(n);
        }
      } catch (IOException e) {
        // a torn last line while a write is in progress
      }
    }
    return out;
  }
}
