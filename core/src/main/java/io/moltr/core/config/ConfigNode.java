package io.moltr.core.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A read-only view of one YAML value with its file and key path, so that every error names the
 * file, the key, the value and what is wrong. Missing keys read as defaults; wrong types fail.
 */
public final class ConfigNode {
  /** Policy files are small; anything bigger is a mistake or an attack. */
  static final int MAX_FILE_BYTES = 4 * 1024 * 1024;

  private final String file;
  private final String path;
  private final Object value;

  private ConfigNode(String file, String path, Object value) {
    this.file = file;
    this.path = path;
    this.value = value;
  }

  /** Parses a YAML file. A missing file, bad YAML or a non-mapping top level is an error. */
  public static ConfigNode load(Path file) {
    String name = file.getFileName().toString();
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new ConfigException(name + ": file is larger than " + MAX_FILE_BYTES + " bytes");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ConfigException(file + ": file not found");
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read (" + e.getMessage() + ")");
    }
    return parse(name, new String(bytes, StandardCharsets.UTF_8));
  }

  /** Parses YAML text; {@code file} is the name used in error messages. */
  public static ConfigNode parse(String file, String yaml) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file)
            .setAllowDuplicateKeys(false)
            .setMaxAliasesForCollections(20)
            .setCodePointLimit(MAX_FILE_BYTES)
            .build();
    Object root;
    try {
      root = new Load(settings).loadFromString(yaml);
    } catch (MarkedYamlEngineException e) {
      String where =
          e.getProblemMark()
              .map(m -> " at line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1))
              .orElse("");
      throw new ConfigException(file + ": invalid YAML" + where + ": " + e.getProblem());
    } catch (YamlEngineException e) {
      throw new ConfigException(file + ": invalid YAML: " + firstLine(e.getMessage()));
    }
    if (root != null && !(root instanceof Map)) {
      throw new ConfigException(file + ": the top level must be a mapping of keys, found " + kind(root));
    }
    return new ConfigNode(file, "", root == null ? Map.of() : root);
  }

  /** An empty mapping, for tests and for optional files. */
  public static ConfigNode empty(String file) {
    return new ConfigNode(file, "", Map.of());
  }

  public String file() {
    return file;
  }

  /** The dotted key path of this node, e.g. {@code validators.network}. */
  public String path() {
    return path;
  }

  /** "file: key.path", the prefix of every message about this node. */
  public String location() {
    return path.isEmpty() ? file : file + ": " + path;
  }

  public boolean isMissing() {
    return value == null;
  }

  public boolean isMapping() {
    return value instanceof Map;
  }

  /** The raw value (String, Integer, Long, Double, Boolean, List, Map, or null). */
  public Object raw() {
    return value;
  }

  /** The child under {@code key}; a missing key (or a missing parent) gives a missing node. */
  public ConfigNode get(String key) {
    String childPath = path.isEmpty() ? key : path + "." + key;
    if (value == null) {
      return new ConfigNode(file, childPath, null);
    }
    if (!(value instanceof Map)) {
      throw error("expected a mapping with key '" + key + "', found " + describe(value));
    }
    return new ConfigNode(file, childPath, ((Map<?, ?>) value).get(key));
  }

  /** Keys of this mapping in file order; empty when missing. */
  public Set<String> keys() {
    if (value == null) {
      return Set.of();
    }
    if (!(value instanceof Map)) {
      throw error("expected a mapping, found " + describe(value));
    }
    Set<String> keys = new LinkedHashSet<>();
    for (Object k : ((Map<?, ?>) value).keySet()) {
      keys.add(String.valueOf(k));
    }
    return Collections.unmodifiableSet(keys);
  }

  public String asString(String def) {
    if (value == null) {
      return def;
    }
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return String.valueOf(value);
    }
    throw error("expected a text value, found " + describe(value));
  }

  public String string(String key, String def) {
    return get(key).asString(def);
  }

  /** A text value that must be present and non-blank. */
  public String requiredString(String key) {
    ConfigNode child = get(key);
    String s = child.asString(null);
    if (s == null || s.isBlank()) {
      throw child.error("is required and must not be empty");
    }
    return s;
  }

  public boolean bool(String key, boolean def) {
    ConfigNode child = get(key);
    if (child.value == null) {
      return def;
    }
    if (child.value instanceof Boolean b) {
      return b;
    }
    throw child.error("expected true or false, found " + describe(child.value));
  }

  public long integer(String key, long def, long min, long max) {
    ConfigNode child = get(key);
    if (child.value == null) {
      return def;
    }
    long v;
    if (child.value instanceof Integer || child.value instanceof Long) {
      v = ((Number) child.value).longValue();
    } else if (child.value instanceof java.math.BigInteger) {
      throw child.error("number " + child.value + " is out of range " + min + ".." + max);
    } else {
      throw child.error("expected a whole number, found " + describe(child.value));
    }
    if (v < min || v > max) {
      throw child.error("value " + v + " is out of range " + min + ".." + max);
    }
    return v;
  }

  public int intValue(String key, int def, int min, int max) {
    return (int) integer(key, def, min, max);
  }

  public double decimal(String key, double def, double min, double max) {
    ConfigNode child = get(key);
    if (child.value == null) {
      return def;
    }
    if (!(child.value instanceof Number n)) {
      throw child.error("expected a number, found " + describe(child.value));
    }
    double v = n.doubleValue();
    if (Double.isNaN(v) || v < min || v > max) {
      throw child.error("value " + v + " is out of range " + min + ".." + max);
    }
    return v;
  }

  /** One of the given choices, compared case-insensitively; returns the lower-case choice. */
  public String choice(String key, String def, String... choices) {
    ConfigNode child = get(key);
    String s = child.asString(null);
    if (s == null) {
      return def;
    }
    String lower = s.trim().toLowerCase(Locale.ROOT);
    for (String c : choices) {
      if (c.equals(lower)) {
        return c;
      }
    }
    throw child.error("value '" + s + "' is not one of " + String.join(", ", choices));
  }

  /** Items of this list; a missing or null value is an empty list. */
  public List<ConfigNode> items() {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List)) {
      throw error("expected a list, found " + describe(value));
    }
    List<?> raw = (List<?>) value;
    List<ConfigNode> out = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      out.add(new ConfigNode(file, path + "[" + i + "]", raw.get(i)));
    }
    return out;
  }

  public List<ConfigNode> list(String key) {
    return get(key).items();
  }

  /** A list of non-blank strings (numbers are accepted as text); missing is empty. */
  public List<String> strings(String key) {
    List<String> out = new ArrayList<>();
    for (ConfigNode item : list(key)) {
      String s = item.asString(null);
      if (s == null || s.isBlank()) {
        throw item.error("list entries must be non-empty text");
      }
      out.add(s.trim());
    }
    return List.copyOf(out);
  }

  /** This mapping as an ordered map of child nodes. */
  public Map<String, ConfigNode> entries() {
    Map<String, ConfigNode> out = new LinkedHashMap<>();
    for (String k : keys()) {
      out.put(k, get(k));
    }
    return out;
  }

  /** An exception naming file, key, value and the problem. */
  public ConfigException error(String problem) {
    String shown = value == null ? "" : " (value: " + abbreviate(String.valueOf(value)) + ")";
    return new ConfigException(location() + shown + ": " + problem);
  }

  private static String describe(Object v) {
    return kind(v) + " " + abbreviate(String.valueOf(v));
  }

  private static String kind(Object v) {
    if (v instanceof Map) {
      return "a mapping";
    }
    if (v instanceof List) {
      return "a list";
    }
    if (v instanceof String) {
      return "text";
    }
    if (v instanceof Boolean) {
      return "a boolean";
    }
    if (v instanceof Number) {
      return "a number";
    }
    return v.getClass().getSimpleName();
  }

  private static String abbreviate(String s) {
    String one = s.replace('\n', ' ');
    return one.length() > 80 ? one.substring(0, 77) + "..." : one;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
