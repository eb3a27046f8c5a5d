package io.moltr.server;

import io.moltr.core.storage.AtomicFile;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The shield's own secrets. Each comes from its environment variable; where one is missing (the
 * embedded default), it is generated once into {@code <data>/local-secrets.json} (mode 0600) and
 * reused on later starts. {@link #generatedNow()} and {@link #fromFile()} let the caller say so
 * loudly, and `moltr doctor` reports every such shortcut.
 */
public final class LocalSecrets {
  public static final String JWT_SECRET = "MOLTR_JWT_SECRET";
  public static final String WATCHDOG_HMAC_KEY = "MOLTR_WATCHDOG_HMAC_KEY";
  public static final String FERNET_KEY = "MOLTR_FERNET_KEY";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Supplier<String>> GENERATORS = new LinkedHashMap<>();

  static {
    GENERATORS.put(JWT_SECRET, () -> randomBase64Url(64)); // 86 characters, over the 64 minimum
    GENERATORS.put(WATCHDOG_HMAC_KEY, () -> randomBase64Url(32));
    // A Fernet key is 32 random bytes in URL-safe base64 with padding, as Python's generate_key().
    GENERATORS.put(FERNET_KEY, () -> Base64.getUrlEncoder().encodeToString(randomBytes(32)));
  }

  private final Map<String, String> values;
  private final List<String> generatedNow;
  private final List<String> fromFile;
  private final Path file;

  private LocalSecrets(Map<String, String> values, List<String> generatedNow, List<String> fromFile, Path file) {
    this.values = values;
    this.generatedNow = generatedNow;
    this.fromFile = fromFile;
    this.file = file;
  }

  public static LocalSecrets load(Path dataDir, Map<String, String> env) {
    return load(dataDir, env, true);
  }

  /**
   * As {@link #load}, but generates and writes nothing: a secret set neither in the environment
   * nor in the file is absent ({@link #get} returns null). For `moltr doctor` and checks that
   * must not change the installation they inspect.
   */
  public static LocalSecrets read(Path dataDir, Map<String, String> env) {
    return load(dataDir, env, false);
  }

  private static LocalSecrets load(Path dataDir, Map<String, String> env, boolean generate) {
    Path file = dataDir.resolve("local-secrets.json");
    Map<String, String> stored = new TreeMap<>();
    try {
      if (Files.exists(file)) {
        stored.putAll(JSON.readValue(file.toFile(), new TypeReference<Map<String, String>>() {}));
      }
    } catch (IOException e) {
      throw new IllegalStateException(file + ": cannot read local secrets (" + e.getClass().getSimpleName() + ")");
    }
    Map<String, String> values = new LinkedHashMap<>();
    List<String> generated = new ArrayList<>();
    List<String> fromFile = new ArrayList<>();
    boolean changed = false;
    for (var g : GENERATORS.entrySet()) {
      String name = g.getKey();
      String fromEnv = env.get(name);
      if (fromEnv != null && !fromEnv.isBlank()) {
        values.put(name, fromEnv.trim());
      } else if (stored.containsKey(name)) {
        values.put(name, stored.get(name));
        fromFile.add(name);
      } else if (generate) {
        String v = g.getValue().get();
        stored.put(name, v);
        values.put(name, v);
        generated.add(name);
        changed = true;
      }
    }
    if (changed) {
      try {
        AtomicFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(stored));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + file, e);
      }
    }
    return new LocalSecrets(values, List.copyOf(generated), List.copyOf(fromFile), file);
  }

  public String get(String name) {
    return values.get(name);
  }

  /** Secrets generated on this start. */
  public List<String> generatedNow() {
    return generatedNow;
  }

  /** Secrets read from the data directory rather than the environment (a shortcut). */
  public List<String> fromFile() {
    return fromFile;
  }

  public Path file() {
    return file;
  }

  static String randomBase64Url(int bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(bytes));
  }

  private static byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    RANDOM.nextBytes(b);
    return b;
  }
}
