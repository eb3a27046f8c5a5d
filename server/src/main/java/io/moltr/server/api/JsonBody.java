package io.moltr.server.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/** A request body parsed as a JSON object, with typed field access that fails as a 400. */
final class JsonBody {
  static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(32)
                          .maxStringLength(64 * 1024 * 1024)
                          .maxNumberLength(64)
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private final ObjectNode node;

  private JsonBody(ObjectNode node) {
    this.node = node;
  }

  /** Reads at most {@code limit} bytes; more is a 413, anything but a JSON object a 400. */
  static JsonBody read(InputStream in, long declaredLength, long limit, Set<String> allowedFields) {
    if (declaredLength > limit) {
      throw new BadRequest(413, "request body is larger than " + limit + " bytes");
    }
    byte[] bytes;
    try {
      bytes = declaredLength >= 0 ? readDeclared(in, (int) declaredLength)
          : in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
    } catch (IOException e) {
      throw new BadRequest(400, "could not read the request body");
    }
    if (bytes.length > limit) {
      throw new BadRequest(413, "request body is larger than " + limit + " bytes");
    }
    if (bytes.length == 0) {
      throw new BadRequest(400, "request body is empty; expected a JSON object");
    }
    JsonNode parsed;
    try {
      parsed = MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw new BadRequest(400, "malformed JSON: " + e.getOriginalMessage().split("\n")[0]);
    } catch (IOException e) {
      throw new BadRequest(400, "malformed JSON");
    }
    if (parsed == null || !parsed.isObject()) {
      throw new BadRequest(400, "expected a JSON object");
    }
    ObjectNode obj = (ObjectNode) parsed;
    for (var it = obj.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowedFields.contains(f)) {
        throw new BadRequest(400, "unknown field '" + abbreviate(f) + "'; expected " + String.join(", ", allowedFields));
      }
    }
    return new JsonBody(obj);
  }

  /**
   * Exactly the declared number of bytes, read into one array of that size (the server holds a
   * body to its Content-Length; a short body is a 400).
   */
  private static byte[] readDeclared(InputStream in, int length) throws IOException {
    byte[] bytes = new byte[length];
    if (in.readNBytes(bytes, 0, length) < length) {
      throw new BadRequest(400, "request body is shorter than its Content-Length");
    }
    return bytes;
  }

  String requiredString(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new BadRequest(400, "missing field '" + field + "'");
    }
    if (!v.isTextual()) {
      throw new BadRequest(400, "field '" + field + "' must be a string");
    }
    return v.textValue();
  }

  String optionalString(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new BadRequest(400, "field '" + field + "' must be a string");
    }
    return v.textValue();
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
