package io.moltr.server.auth;

import io.moltr.core.storage.AtomicFile;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Agent API keys. Keys are long random strings, so a SHA-256 of each is a safe stored form: the
 * file {@code api_keys.json} never holds a usable key. Keys from MOLTR_API_KEYS are kept in memory
 * only, also as hashes.
 */
public final class ApiKeyStore {
  public static final int MIN_KEY_LENGTH = 32;
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A stored key: its name, the SHA-256 of the key, and when it was made. */
  public record StoredKey(String name, String sha256, String created) {}

  private final Path file;
  private final Clock clock;
  /** What authenticates: swapped whole, so a reader never sees half an update. */
  private volatile Map<String, StoredKey> byHash = Map.of();
  private final Map<String, StoredKey> envKeys = new ConcurrentHashMap<>();
  private final List<StoredKey> fromFile = new ArrayList<>();
  private boolean envRevoked;
  private java.nio.file.attribute.FileTime seen;

  private ApiKeyStore(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
  }

  /** Loads keys from the data directory's file and, if given, from MOLTR_API_KEYS. */
  public static ApiKeyStore open(Path dataDir, String envKeys, Clock clock) {
    ApiKeyStore store = new ApiKeyStore(dataDir.resolve("api_keys.json"), clock);
    if (envKeys != null && !envKeys.isBlank()) {
      int i = 0;
      for (String raw : envKeys.split(",")) {
        String key = raw.trim();
        if (key.isEmpty()) {
          continue;
        }
        i++;
        if (key.length() < MIN_KEY_LENGTH) {
          throw new IllegalArgumentException(
              "MOLTR_API_KEYS: key #" + i + " is " + key.length()
                  + " characters long; each key must have at least " + MIN_KEY_LENGTH);
        }
        StoredKey k = new StoredKey("env-" + i, sha256(key), "environment");
        store.envKeys.put(k.sha256(), k);
      }
    }
    store.reload();
    return store;
  }

  public boolean isEmpty() {
    return byHash.isEmpty();
  }

  /** The name of the key, if the presented value is a known key. */
  public Optional<String> authenticate(String presented) {
    if (presented == null || presented.length() < MIN_KEY_LENGTH || presented.length() > 512) {
      return Optional.empty();
    }
    StoredKey k = byHash.get(sha256(presented));
    return Optional.ofNullable(k).map(StoredKey::name);
  }

  /** Creates, stores (hash only) and returns a new key; the caller shows it once. */
  public synchronized String create(String name) {
    reload();
    if (name == null || !name.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new IllegalArgumentException("key name must be 1-64 characters of A-Z a-z 0-9 . _ -");
    }
    for (StoredKey k : fromFile) {
      if (k.name().equals(name)) {
        throw new IllegalArgumentException("a key named '" + name + "' already exists");
      }
    }
    String key = newKey();
    StoredKey stored = new StoredKey(name, sha256(key), clock.instant().toString());
    fromFile.add(stored);
    save();
    return key;
  }

  /** Removes a stored key; true when one was removed. */
  public synchronized boolean revoke(String name) {
    reload();
    boolean removed = fromFile.removeIf(k -> k.name().equals(name));
    if (removed) {
      save();
    }
    return removed;
  }

  /** The kill switch's WIPE: every key, stored or from the environment, stops working now. */
  public synchronized int revokeAll() {
    int n = byHash.size();
    envRevoked = true;
    fromFile.clear();
    save();
    return n;
  }

  /**
   * Re-reads the file when another process (`moltr apikey`) changed it, so a key revoked there
   * stops working here too, and a later save here cannot bring it back.
   */
  public synchronized void reload() {
    java.nio.file.attribute.FileTime now = modified();
    if (now != null && now.equals(seen)) {
      return;
    }
    fromFile.clear();
    fromFile.addAll(loadFile());
    seen = now;
    rebuild();
  }

  private void rebuild() {
    Map<String, StoredKey> next = new java.util.HashMap<>();
    if (!envRevoked) {
      next.putAll(envKeys);
    }
    for (StoredKey k : fromFile) {
      next.put(k.sha256(), k);
    }
    byHash = Map.copyOf(next);
  }

  private java.nio.file.attribute.FileTime modified() {
    try {
      return Files.exists(file) ? Files.getLastModifiedTime(file) : null;
    } catch (IOException e) {
      return null;
    }
  }

  public synchronized List<StoredKey> list() {
    reload();
    return List.copyOf(fromFile);
  }

  /** A fresh key: "moltr_" and 40 random base62 characters (about 238 bits). */
  public static String newKey() {
    StringBuilder sb = new StringBuilder("moltr_");
    for (int i = 0; i < 40; i++) {
      sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  private List<StoredKey> loadFile() {
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      List<StoredKey> keys = JSON.readValue(file.toFile(), new TypeReference<List<StoredKey>>() {});
      for (StoredKey k : keys) {
        if (k.name() == null || k.sha256() == null || !k.sha256().matches("[0-9a-f]{64}")) {
          throw new IllegalStateException(file + ": an entry has no name or an invalid sha256");
        }
      }
      return keys;
    } catch (IOException e) {
      throw new IllegalStateException(file + ": cannot read API keys (" + e.getMessage() + ")", e);
    }
  }

  private void save() {
    try {
      AtomicFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(fromFile));
      seen = modified();
      rebuild();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  public static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
