package io.moltr.server.auth;

import io.moltr.core.storage.AtomicFile;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people who may log in to the dashboard. Source, first match wins: MOLTR_DASHBOARD_USER with
 * MOLTR_DASHBOARD_PASSWORD_HASH (one user), else {@code <data>/dashboard_users.json} (a list of
 * {"username","password_hash","created"}, mode 0600). Only bcrypt hashes are ever held.
 */
public final class DashboardUsers {
  public static final String USER_ENV = "MOLTR_DASHBOARD_USER";
  public static final String HASH_ENV = "MOLTR_DASHBOARD_PASSWORD_HASH";
  static final String FILE = "dashboard_users.json";
  private static final String NAME = "[A-Za-z0-9._@-]{1,64}";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  /** One stored user as written to the file. */
  public record StoredUser(
      @JsonProperty("username") String username,
      @JsonProperty("password_hash") String passwordHash,
      @JsonProperty("created") String created) {}

  private final Map<String, String> hashByName;
  private final Path file;
  private final String source;
  private final String dummyHash;

  private DashboardUsers(Map<String, String> hashByName, Path file, String source) {
    this.hashByName = hashByName;
    this.file = file;
    this.source = source;
    // Unknown names are compared against a hash of the same cost as the real ones, so a miss
    // takes as long as a wrong password and the answer's timing does not reveal who exists.
    int cost = hashByName.values().stream().mapToInt(PasswordHashes::cost).max().orElse(PasswordHashes.COST);
    this.dummyHash = PasswordHashes.hash(randomPassword(24).toCharArray(), cost);
  }

  /** Reads the users; a half-set or malformed environment stops the start with a clear message. */
  public static DashboardUsers load(Path dataDir, Map<String, String> env) {
    Path file = dataDir.resolve(FILE);
    String user = blankToNull(env.get(USER_ENV));
    String hash = blankToNull(env.get(HASH_ENV));
    if (user != null || hash != null) {
      if (user == null || hash == null) {
        throw new IllegalStateException(USER_ENV + " and " + HASH_ENV + " must be set together ("
            + (user == null ? USER_ENV : HASH_ENV) + " is missing)");
      }
      if (!user.matches(NAME)) {
        throw new IllegalStateException(USER_ENV + ": must be 1-64 characters of A-Z a-z 0-9 . _ @ -");
      }
      if (!PasswordHashes.isBcrypt(hash)) {
        throw new IllegalStateException(HASH_ENV + ": not a bcrypt hash ($2b$12$ and 53 characters);"
            + " make one with `moltr hash-password`");
      }
      Map<String, String> m = new LinkedHashMap<>();
      m.put(user, hash);
      return new DashboardUsers(m, file, "environment");
    }
    Map<String, String> m = new LinkedHashMap<>();
    if (Files.exists(file)) {
      try {
        for (StoredUser u : JSON.readValue(file.toFile(), new TypeReference<List<StoredUser>>() {})) {
          if (u.username() == null || !u.username().matches(NAME) || !PasswordHashes.isBcrypt(u.passwordHash())) {
            throw new IllegalStateException(file + ": an entry has an invalid username or password_hash");
          }
          m.put(u.username(), u.passwordHash());
        }
      } catch (IOException e) {
        throw new IllegalStateException(file + ": cannot read dashboard users (" + e.getClass().getSimpleName() + ")");
      }
    }
    return new DashboardUsers(m, file, file.toString());
  }

  /**
   * For the embedded default's first start: creates user "admin" with a random password in the
   * user file and returns the password, which the caller shows once. Only its hash is stored.
   */
  public static String createFirstUser(Path dataDir, Clock clock) {
    Path file = dataDir.resolve(FILE);
    if (Files.exists(file)) {
      throw new IllegalStateException(file + " already exists");
    }
    String password = randomPassword(20);
    StoredUser u = new StoredUser("admin", PasswordHashes.hash(password.toCharArray()), clock.instant().toString());
    try {
      AtomicFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(List.of(u)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return password;
  }

  public boolean isEmpty() {
    return hashByName.isEmpty();
  }

  /** Where the users came from, for the start-up message. */
  public String source() {
    return source;
  }

  Path file() {
    return file;
  }

  /**
   * The user's name when the password is right. Always runs one bcrypt comparison, against a
   * dummy hash when the name is unknown, so both failures cost the same.
   */
  Optional<String> verify(String username, char[] password) {
    String hash = username == null ? null : hashByName.get(username);
    boolean ok = PasswordHashes.matches(password, hash == null ? dummyHash : hash);
    return ok && hash != null ? Optional.of(username) : Optional.empty();
  }

  private static String randomPassword(int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
