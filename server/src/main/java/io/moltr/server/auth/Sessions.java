package io.moltr.server.auth;

import java.time.Instant;

/**
 * Dashboard sessions: families of refresh tokens with rotation and reuse detection. {@link
 * SessionStore} keeps them in this process (the embedded default); cluster mode keeps them in
 * Redis so that a session works, and a revocation holds, on every node.
 */
public interface Sessions {
  /** A fresh refresh token and the session (family) it belongs to. */
  record Grant(String sessionId, String user, String refreshToken) {}

  /** The outcome of presenting a refresh token. */
  sealed interface Rotation permits Rotated, Refused {}

  record Rotated(Grant grant) implements Rotation {}

  record Refused(String reason) implements Rotation {}

  /** Opens a session for a user who just logged in. */
  Grant open(String user);

  /** Replaces a current refresh token with a new one; a replaced one revokes its family. */
  Rotation rotate(String refreshToken);

  /** Logout: ends the session the refresh token belongs to, if any. */
  void revokeByRefreshToken(String refreshToken);

  /** Logout by access token: ends the session it was issued for. */
  void revokeSession(String sessionId);

  /** True while the session exists and has neither expired nor been revoked. */
  boolean isActive(String sessionId);

  /** Ends every session at once (the kill switch's lockdown). */
  void revokeAll(String reason);

  /** Access tokens issued before this instant are refused. */
  Instant notBefore();

  /** Open sessions, for status pages (-1 when unknown). */
  int openSessions();
}
