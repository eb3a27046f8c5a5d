package io.moltr.server.auth;

import io.moltr.core.incident.Pseudonymizer;
import java.time.Instant;

/** A dashboard user proven by a valid access token, with its session and token ids. */
public record AdminPrincipal(String user, String sessionId, String tokenId, Instant expiresAt) {
  // Ids are shortened so that logging a principal can never leak a usable id.
  @Override
  public String toString() {
    return "AdminPrincipal[user=" + user + ", session=" + Pseudonymizer.token(sessionId)
        + ", token=" + Pseudonymizer.token(tokenId) + ", expires=" + expiresAt + "]";
  }
}
