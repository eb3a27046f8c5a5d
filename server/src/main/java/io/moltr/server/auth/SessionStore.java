package io.moltr.server.auth;

import io.moltr.core.incident.Pseudonymizer;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dashboard sessions. A session is a family of refresh tokens: each refresh replaces the current
 * token, and presenting a replaced one (a stolen copy being replayed, or the thief's copy after
 * the owner refreshed) revokes the whole family. Access tokens name their family, so revoking a
 * family or {@link #revokeAll} also ends every access token issued for it.
 *
 * <p>Held in memory: a restart ends every session (people log in again), which is the safe
 * direction for the embedded default. Refresh tokens are kept as SHA-256 hashes only.
 */
public final class SessionStore implements Sessions {
  private static final Logger LOG = LoggerFactory.getLogger(SessionStore.class);
  /** A session that has not been refreshed for this long is over. */
  public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);
  /** However active, a session ends after this; a person logs in again once a working day. */
  public static final Duration MAX_LIFETIME = Duration.ofHours(12);
  private static final SecureRandom RANDOM = new SecureRandom();

  private static final class Family {
    final String id;
    final String user;
    final Instant created;
    Instant lastUsed;
    String currentHash;
    final List<String> hashes = new ArrayList<>();

    Family(String id, String user, Instant created) {
      this.id = id;
      this.user = user;
      this.created = created;
      this.lastUsed = created;
    }
  }

  private final Clock clock;
  private final Map<String, Family> families = new HashMap<>();
  private final Map<String, Family> byTokenHash = new HashMap<>();
  private Instant notBefore = Instant.EPOCH;

  public SessionStore(Clock clock) {
    this.clock = clock;
  }

  /** Opens a session for a user who just logged in. */
  @Override
  public synchronized Grant open(String user) {
    sweep();
    Family f = new Family(randomId(), user, clock.instant());
    families.put(f.id, f);
    String token = issue(f);
    LOG.info("session {} opened for dashboard user {}", Pseudonymizer.token(f.id), user);
    return new Grant(f.id, user, token);
  }

  /** Replaces a current refresh token with a new one; a replaced or unknown token is refused. */
  @Override
  public synchronized Rotation rotate(String refreshToken) {
    if (refreshToken == null || refreshToken.isEmpty() || refreshToken.length() > 256) {
      return new Refused("no refresh token");
    }
    Family f = byTokenHash.get(ApiKeyStore.sha256(refreshToken));
    if (f == null) {
      return new Refused("unknown or revoked refresh token");
    }
    if (expired(f)) {
      drop(f);
      LOG.info("session {} expired", Pseudonymizer.token(f.id));
      return new Refused("session expired");
    }
    if (!f.currentHash.equals(ApiKeyStore.sha256(refreshToken))) {
      drop(f);
      LOG.warn("session {}: a replaced refresh token was presented again; the session is revoked",
          Pseudonymizer.token(f.id));
      return new Refused("refresh token reuse; session revoked");
    }
    f.lastUsed = clock.instant();
    return new Rotated(new Grant(f.id, f.user, issue(f)));
  }

  /** Logout: ends the session the refresh token belongs to, if any. */
  @Override
  public synchronized void revokeByRefreshToken(String refreshToken) {
    if (refreshToken != null && refreshToken.length() <= 256) {
      Family f = byTokenHash.get(ApiKeyStore.sha256(refreshToken));
      if (f != null) {
        drop(f);
        LOG.info("session {} logged out", Pseudonymizer.token(f.id));
      }
    }
  }

  /** Logout by access token: ends the session it was issued for. */
  @Override
  public synchronized void revokeSession(String sessionId) {
    Family f = families.get(sessionId);
    if (f != null) {
      drop(f);
      LOG.info("session {} logged out", Pseudonymizer.token(f.id));
    }
  }

  /** True while the session exists and has neither expired nor been revoked. */
  @Override
  public synchronized boolean isActive(String sessionId) {
    Family f = sessionId == null ? null : families.get(sessionId);
    return f != null && !expired(f);
  }

  /**
   * Ends every session at once: all refresh tokens, and every access token issued before now
   * (they carry their issue time and session, and both checks fail). For the kill switch's
   * lockdown; people can log in again afterwards.
   */
  @Override
  public synchronized void revokeAll(String reason) {
    int n = families.size();
    families.clear();
    byTokenHash.clear();
    notBefore = clock.instant();
    LOG.warn("all dashboard sessions revoked ({} open): {}", n, reason);
  }

  /** Access tokens issued before this instant are refused. */
  @Override
  public synchronized Instant notBefore() {
    return notBefore;
  }

  /** Open sessions, for status pages. */
  @Override
  public synchronized int openSessions() {
    sweep();
    return families.size();
  }

  private String issue(Family f) {
    String token = randomId();
    String hash = ApiKeyStore.sha256(token);
    f.currentHash = hash;
    f.hashes.add(hash);
    byTokenHash.put(hash, f);
    return token;
  }

  private boolean expired(Family f) {
    Instant now = clock.instant();
    return !now.isBefore(f.lastUsed.plus(IDLE_TIMEOUT)) || !now.isBefore(f.created.plus(MAX_LIFETIME));
  }

  private void drop(Family f) {
    families.remove(f.id);
    f.hashes.forEach(byTokenHash::remove);
  }

  // Expired families are removed on each login, which bounds memory by the login rate.
  private void sweep() {
    new ArrayList<>(families.values()).stream().filter(this::expired).forEach(this::drop);
  }

  /** 256 random bits, URL-safe. */
  public static String randomId() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
