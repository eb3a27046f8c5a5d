package io.moltr.server.auth;

import io.moltr.core.incident.Pseudonymizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dashboard login, refresh and logout: the people side of access control. The HTTP layer only
 * translates; every decision (throttle, password, tokens, sessions) is made here.
 */
public final class DashboardAuth {
  private static final Logger LOG = LoggerFactory.getLogger(DashboardAuth.class);

  /** How the progressive delay waits; tests pass one that records instead of sleeping. */
  @FunctionalInterface
  public interface Pause {
    Pause SLEEP = d -> Thread.sleep(d.toMillis());

    void pause(Duration d) throws InterruptedException;
  }

  /** What a successful login or refresh hands out. */
  public record Tokens(String accessToken, Instant accessExpiresAt, String refreshToken) {
    public long expiresInSeconds() {
      return AccessTokens.LIFETIME.toSeconds();
    }

    /** The refresh cookie's lifetime: the session's inactivity timeout. */
    public Duration refreshMaxAge() {
      return SessionStore.IDLE_TIMEOUT;
    }

    @Override
    public String toString() {
      return "Tokens[expires " + accessExpiresAt + "]";
    }
  }

  /** The outcome of a login attempt. Failed never says whether the user exists. */
  public sealed interface LoginResult permits LoggedIn, Failed, Throttled {}

  public record LoggedIn(Tokens tokens) implements LoginResult {}

  public record Failed() implements LoginResult {}

  public record Throttled(Duration retryAfter) implements LoginResult {}

  private final DashboardUsers users;
  private final Sessions sessions;
  private final AccessTokens tokens;
  private final AdminAuth admin;
  private final LoginGuard throttle;
  private final Pause pause;

  private DashboardAuth(DashboardUsers users, Sessions sessions, AccessTokens tokens, LoginGuard throttle, Pause pause) {
    this.users = users;
    this.sessions = sessions;
    this.tokens = tokens;
    this.admin = new AdminAuth(tokens);
    this.throttle = throttle;
    this.pause = pause;
  }

  public static DashboardAuth create(DashboardUsers users, String jwtSecret, Clock clock, Pause pause) {
    return create(users, jwtSecret, clock, pause, new SessionStore(clock), new LoginThrottle(clock));
  }

  /** With the sessions and the login guard given (cluster mode shares both through Redis). */
  public static DashboardAuth create(DashboardUsers users, String jwtSecret, Clock clock, Pause pause, Sessions sessions,
      LoginGuard guard) {
    return new DashboardAuth(users, sessions, new AccessTokens(jwtSecret, sessions, clock), guard, pause);
  }

  /** The embedded login guard: counters in this process. */
  public static LoginGuard localLoginGuard(Clock clock) {
    return new LoginThrottle(clock);
  }

  /**
   * Checks MOLTR_JWT_SECRET at start-up: under 64 characters stops an enforce-mode start; in the
   * other modes the returned warning is for the caller to print.
   */
  public static Optional<String> checkJwtSecret(String secret, boolean enforce) {
    return AccessTokens.checkSecret(secret, enforce);
  }

  /** Throttle, then one bcrypt comparison (always), then tokens. The password array is wiped. */
  public LoginResult login(String username, char[] password, String clientIp) {
    try {
      Optional<Duration> wait = throttle.admit(clientIp, username);
      if (wait.isPresent()) {
        LOG.warn("login throttled for client {}", Pseudonymizer.ip(clientIp));
        return new Throttled(wait.get());
      }
      Optional<String> user = users.verify(username, password);
      if (user.isEmpty()) {
        // The typed name is not logged: people type passwords into the name field.
        LOG.warn("failed dashboard login from {}", Pseudonymizer.ip(clientIp));
        Duration delay = throttle.failed(clientIp, username);
        if (!delay.isZero()) {
          pause.pause(delay);
        }
        return new Failed();
      }
      throttle.succeeded(clientIp, username);
      Sessions.Grant g = sessions.open(user.get());
      return new LoggedIn(tokensFor(g));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Failed();
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /** Rotates the refresh token; empty when it is unknown, expired, revoked or replayed. */
  public Optional<Tokens> refresh(String refreshToken) {
    Sessions.Rotation r = sessions.rotate(refreshToken);
    if (r instanceof Sessions.Rotated rotated) {
      return Optional.of(tokensFor(rotated.grant()));
    }
    return Optional.empty();
  }

  /** Ends the session named by the refresh cookie and the one named by the access token. */
  public void logout(String refreshToken, String authorizationHeader) {
    sessions.revokeByRefreshToken(refreshToken);
    admin.authenticate(authorizationHeader).ifPresent(p -> sessions.revokeSession(p.sessionId()));
  }

  public AdminAuth admin() {
    return admin;
  }

  public Sessions sessions() {
    return sessions;
  }

  public DashboardUsers users() {
    return users;
  }

  private Tokens tokensFor(Sessions.Grant g) {
    AccessTokens.Issued t = tokens.issue(g.user(), g.sessionId());
    return new Tokens(t.jwt(), t.expiresAt(), g.refreshToken());
  }
}
