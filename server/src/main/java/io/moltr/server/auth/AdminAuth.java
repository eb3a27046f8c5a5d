package io.moltr.server.auth;

import java.util.Optional;

/**
 * The gate of every admin route: only a dashboard user's access token (Authorization: Bearer)
 * passes. Agent API keys are a different credential and are never looked at here.
 */
public final class AdminAuth {
  private final AccessTokens tokens;

  AdminAuth(AccessTokens tokens) {
    this.tokens = tokens;
  }

  /** The user behind an {@code Authorization} header value, if it holds a valid access token. */
  public Optional<AdminPrincipal> authenticate(String authorizationHeader) {
    return bearer(authorizationHeader).flatMap(tokens::verify);
  }

  static Optional<String> bearer(String header) {
    if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    String t = header.substring(7).trim();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }
}
