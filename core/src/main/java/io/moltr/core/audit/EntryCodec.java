package io.moltr.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The line format. A line is the canonical JSON of the entry (keys sorted, no spaces) with
 * {@code ,"hash":"<hex>"} spliced in before the closing brace. The hash covers the exact bytes
 * written, so verification never depends on re-serialising numbers or strings the same way.
 */
final class EntryCodec {
  static final String GENESIS = "0".repeat(64);
  /** An entry is a few hundred bytes; a cap keeps one caller from bloating the log. */
  static final int MAX_LINE_BYTES = 64 * 1024;

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
  private static final String HASH_KEY = ",\"hash\":\"";
  /** {@code ,"hash":"} + 64 hex digits + {@code "}}. */
  private static final int SUFFIX_LENGTH = HASH_KEY.length() + 64 + 2;

  private EntryCodec() {}

  record Encoded(AuditEntry entry, byte[] line) {}

  static Encoded encode(
      long seq, Instant ts, String event, String actor, Map<String, ?> details, String prev) {
    if (details != null && !jsonFriendly(details, 0)) {
      throw new AuditException(
          "audit details of event '" + event + "' must be String, Number, Boolean, List or Map values");
    }
    Map<String, Object> body = new TreeMap<>();
    body.put("actor", actor);
    body.put("details", details == null ? Map.of() : details);
    body.put("event", event);
    body.put("prev", prev);
    body.put("seq", seq);
    body.put("ts", ts.toString());
    String json;
    try {
      json = JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new AuditException("audit details of event '" + event + "' are not JSON-serialisable");
    }
    String hash = hash(prev, json);
    String line = json.substring(0, json.length() - 1) + ",\"hash\":\"" + hash + "\"}\n";
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > MAX_LINE_BYTES) {
      throw new AuditException(
          "audit entry for event '" + event + "' exceeds " + MAX_LINE_BYTES + " bytes");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> readBack = JSON.convertValue(body.get("details"), Map.class);
    return new Encoded(new AuditEntry(seq, ts, event, actor, readBack, prev, hash), bytes);
  }

  /** A line as read back: either an entry (whose hash may not match) or why it is not one. */
  record Parsed(AuditEntry entry, boolean hashOk, String error) {
    boolean isEntry() {
      return entry != null;
    }
  }

  static Parsed decode(String line) {
    if (line.length() > MAX_LINE_BYTES) {
      return new Parsed(null, false, "line is longer than any entry the writer produces");
    }
    int start = line.length() - SUFFIX_LENGTH;
    if (start < 2
        || !line.startsWith(HASH_KEY, start)
        || !line.endsWith("\"}")
        || !isHex64(line.substring(start + HASH_KEY.length(), line.length() - 2))) {
      return new Parsed(null, false, "not an audit entry (no hash field at the end)");
    }
    String stored = line.substring(start + HASH_KEY.length(), line.length() - 2);
    String body = line.substring(0, start) + "}";
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return new Parsed(null, false, "not valid JSON");
    }
    if (node == null
        || !node.isObject()
        || !node.path("seq").canConvertToLong()
        || !node.path("ts").isTextual()
        || !node.path("event").isTextual()
        || !node.path("actor").isTextual()
        || !node.path("details").isObject()
        || !node.path("prev").isTextual()
        || !isHex64(node.path("prev").asText())) {
      return new Parsed(null, false, "JSON is missing or mistypes entry fields");
    }
    Instant ts;
    try {
      ts = Instant.parse(node.get("ts").asText());
    } catch (DateTimeParseException e) {
      return new Parsed(null, false, "timestamp is not ISO-8601");
    }
    String prev = node.get("prev").asText();
    @SuppressWarnings("unchecked")
    Map<String, Object> details = JSON.convertValue(node.get("details"), LinkedHashMap.class);
    AuditEntry entry =
        new AuditEntry(
            node.get("seq").asLong(),
            ts,
            node.get("event").asText(),
            node.get("actor").asText(),
            details,
            prev,
            stored);
    return new Parsed(entry, hash(prev, body).equals(stored), null);
  }

  /** Only plain JSON values, so the log never depends on how some object serialises itself. */
  private static boolean jsonFriendly(Object v, int depth) {
    if (depth > 16) {
      return false;
    }
    if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) {
      return true;
    }
    if (v instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!(e.getKey() instanceof String) || !jsonFriendly(e.getValue(), depth + 1)) {
          return false;
        }
      }
      return true;
    }
    if (v instanceof java.util.Collection<?> c) {
      for (Object o : c) {
        if (!jsonFriendly(o, depth + 1)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  static boolean isHex64(String s) {
    if (s.length() != 64) {
      return false;
    }
    for (int i = 0; i < 64; i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  static String hash(String prev, String canonicalBody) {
    MessageDigest sha = sha256();
    sha.update(prev.getBytes(StandardCharsets.US_ASCII));
    sha.update(canonicalBody.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(sha.digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
