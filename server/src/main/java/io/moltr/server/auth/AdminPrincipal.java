package io.moltr.server.auth;

import java.time.Instant;

/** A dashboard user proven by a valid access token; sessionId and tokenId are for revocation, never for logs in full. */
public record AdminPrincipal(String user, String sessionId, String tokenId, Instant expiresAt) {}
