package io.moltr.core.vault;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.moltr.core.storage.AtomicFile;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registered secrets: {@code secrets.json} holds {@code {"NAME": "<fernet token>", ...}}.
 * Every call reads the file, so a CLI change is seen by the server; every change is made under
 * a file lock (read, modify, write temp, fsync, rename, fsync directory), so a crash leaves the
 * old or the new file and two writers never lose each other's change. Values never appear in
 * logs or messages.
 */
public final class SecretVault {
  /** Enough for every credential an agent might see; more is a mistake or an attack. */
  static final int MAX_SECRETS = 1000;
  static final int MAX_VALUE_BYTES = 64 * 1024;
  static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();
  /** In-process guard; FileLock alone throws when two threads of one JVM ask for it. */
  private static final Map<Path, Object> MONITORS = new ConcurrentHashMap<>();

  private final Path file;
  private final Path lockFile;
  private final MultiFernet fernet;
  private final Object monitor;

  private SecretVault(Path file, MultiFernet fernet) {
    this.file = file.toAbsolutePath().normalize();
    this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
    this.fernet = fernet;
    this.monitor = MONITORS.computeIfAbsent(this.file, k -> new Object());
  }

  /**
   * Opens {@code data/secrets.json} (created on the first write) with the keys of
   * MOLTR_FERNET_KEY: comma-separated, the first encrypts, all decrypt.
   */
  public static SecretVault open(Path file, String fernetKeys) {
    return open(file, MultiFernet.fromKeys(fernetKeys));
  }

  public static SecretVault open(Path file, MultiFernet fernet) {
    SecretVault v = new SecretVault(file, fernet);
    v.locked(() -> {
      AtomicFile.sweepTemps(v.file);
      v.readTokens(); // fail now, not at the first scan, if the file is damaged
      return null;
    });
    return v;
  }

  /** Adds or replaces a secret. Names: letters, digits, {@code _ . -}, up to 128 characters. */
  public void put(String name, String value) {
    checkName(name);
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    if (bytes.length == 0 || bytes.length > MAX_VALUE_BYTES) {
      throw new VaultException("secret '" + name + "' must be 1.." + MAX_VALUE_BYTES + " bytes");
    }
    store(name, fernet.encrypt(bytes));
  }

  private void store(String name, String token) {
    locked(() -> {
      Map<String, String> tokens = readTokens();
      if (!tokens.containsKey(name) && tokens.size() >= MAX_SECRETS) {
        throw new VaultException("the vault holds " + MAX_SECRETS + " secrets already");
      }
      tokens.put(name, token);
      writeTokens(tokens);
      return null;
    });
  }

  /** Removes a secret; false if there was none by that name. */
  public boolean remove(String name) {
    return locked(() -> {
      Map<String, String> tokens = readTokens();
      if (tokens.remove(name) == null) {
        return false;
      }
      writeTokens(tokens);
      return true;
    });
  }

  /** The names, sorted; what {@code GET /secrets} lists. */
  public SortedSet<String> names() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(readTokens().keySet()));
  }

  public Optional<String> get(String name) {
    String token = readTokens().get(name);
    return token == null ? Optional.empty() : Optional.of(decrypt(name, token));
  }

  /** Every name with its plain value, for the output scanner; hold it no longer than needed. */
  public Map<String, String> values() {
    Map<String, String> out = new LinkedHashMap<>();
    readTokens().forEach((name, token) -> out.put(name, decrypt(name, token)));
    return Collections.unmodifiableMap(out);
  }

  /** Every name with its Fernet token (never the plain value): what cluster mode shares. */
  public Map<String, String> tokens() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(readTokens()));
  }

  /**
   * Stores a token made elsewhere (another node of the fleet) as it is, after checking that a
   * configured key opens it; a token no key opens is refused and nothing changes.
   */
  public void putToken(String name, String token) {
    checkName(name);
    decrypt(name, token);
    store(name, token);
  }

  /** Re-encrypts every secret under the first key; returns how many were rewritten. */
  public int rotate() {
    return locked(() -> {
      Map<String, String> tokens = readTokens();
      for (Map.Entry<String, String> e : tokens.entrySet()) {
        try {
          e.setValue(fernet.rotate(e.getValue()));
        } catch (FernetException ex) {
          throw new VaultException("secret '" + e.getKey() + "' cannot be decrypted with any configured key");
        }
      }
      writeTokens(tokens);
      return tokens.size();
    });
  }

  public Path file() {
    return file;
  }

  @Override
  public String toString() {
    return "SecretVault[" + file + "]";
  }

  // ---------------------------------------------------------------------------------------

  private String decrypt(String name, String token) {
    try {
      return new String(fernet.decrypt(token), StandardCharsets.UTF_8);
    } catch (FernetException e) {
      throw new VaultException("secret '" + name + "' cannot be decrypted with any configured key");
    }
  }

  private static void checkName(String name) {
    if (name == null || name.isEmpty() || name.length() > 128) {
      throw new VaultException("secret name must be 1..128 characters");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '_' || c == '.' || c == '-';
      if (!ok) {
        throw new VaultException("secret name may hold only letters, digits, '_', '.' and '-'");
      }
    }
  }

  private Map<String, String> readTokens() {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new VaultException(file + " is larger than " + MAX_FILE_BYTES + " bytes");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return new TreeMap<>();
    } catch (IOException e) {
      throw new VaultException("cannot read " + file + ": " + e.getMessage(), e);
    }
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (IOException e) {
      throw new VaultException(file + " is not valid JSON");
    }
    if (root == null || !root.isObject()) {
      throw new VaultException(file + " must be a JSON object of name -> Fernet token");
    }
    Map<String, String> tokens = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      if (!e.getValue().isTextual()) {
        throw new VaultException(file + ": entry '" + e.getKey() + "' is not a token string");
      }
      tokens.put(e.getKey(), e.getValue().asText());
    }
    return tokens;
  }

  private void writeTokens(Map<String, String> tokens) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    tokens.forEach(root::put);
    try {
      AtomicFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings always serialises", e);
    }
  }

  private interface Action<T> {
    T run() throws IOException;
  }

  @SuppressWarnings("try") // the lock is held by being open
  private <T> T locked(Action<T> action) {
    synchronized (monitor) {
      try {
        AtomicFile.createOwnerOnly(lockFile);
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE);
            FileLock lock = ch.lock()) {
          return action.run();
        }
      } catch (IOException e) {
        throw new VaultException("cannot update " + file + ": " + e.getMessage(), e);
      }
    }
  }
}
