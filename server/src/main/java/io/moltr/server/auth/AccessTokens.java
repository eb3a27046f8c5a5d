package io.moltr.server.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Dashboard access tokens: JWT, HS256 only, 15 minutes, issuer "moltr-shield", audience
 * "moltr-dashboard", a random jti and the session ("sid") they belong to. Verification accepts
 * nothing else: no "none", no other algorithm, no missing claim.
 */
final class AccessTokens {
  static final String ISSUER = "moltr-shield";
  static final String AUDIENCE = "moltr-dashboard";
  static final Duration LIFETIME = Duration.ofMinutes(15);
  /** The specification's minimum for MOLTR_JWT_SECRET. */
  static final int MIN_SECRET_CHARS = 64;
  /** HS256 needs a key of at least 256 bits; nimbus refuses shorter ones outright. */
  static final int MIN_SECRET_BYTES = 32;
  private static final int MAX_TOKEN_CHARS = 4096;

  /** A signed token and what the client is told about it. */
  record Issued(String jwt, String tokenId, Instant expiresAt) {}

  private final MACSigner signer;
  private final MACVerifier verifier;
  private final Sessions sessions;
  private final Clock clock;

  AccessTokens(String secret, Sessions sessions, Clock clock) {
    byte[] key = secret.getBytes(StandardCharsets.UTF_8);
    if (key.length < MIN_SECRET_BYTES) {
      throw new IllegalStateException("MOLTR_JWT_SECRET is too short for HS256 (at least "
          + MIN_SECRET_BYTES + " bytes; " + MIN_SECRET_CHARS + " characters recommended; `moltr keygen` prints one)");
    }
    try {
      this.signer = new MACSigner(key);
      this.verifier = new MACVerifier(key);
    } catch (JOSEException e) {
      throw new IllegalStateException("MOLTR_JWT_SECRET cannot be used as an HS256 key");
    }
    this.sessions = sessions;
    this.clock = clock;
  }

  Issued issue(String user, String sessionId) {
    // JWT times are whole seconds; the expiry the client sees must be the one in the token.
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    Instant exp = now.plus(LIFETIME);
    String jti = SessionStore.randomId();
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .subject(user)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(exp))
        .jwtID(jti)
        .claim("sid", sessionId)
        .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign an access token", e);
    }
    return new Issued(jwt.serialize(), jti, exp);
  }

  /** The verified token's holder, or empty for anything not issued by us, expired or revoked. */
  Optional<AdminPrincipal> verify(String token) {
    if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
      return Optional.empty();
    }
    try {
      // SignedJWT.parse refuses unsecured ("alg":"none") tokens; the algorithm is then pinned.
      SignedJWT jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
        return Optional.empty();
      }
      JWTClaimsSet c = jwt.getJWTClaimsSet();
      Date exp = c.getExpirationTime();
      Date iat = c.getIssueTime();
      String sid = c.getStringClaim("sid");
      List<String> aud = c.getAudience();
      if (!ISSUER.equals(c.getIssuer()) || aud == null || !aud.equals(List.of(AUDIENCE))
          || exp == null || iat == null || c.getSubject() == null || c.getJWTID() == null || sid == null) {
        return Optional.empty();
      }
      Instant now = clock.instant();
      if (!now.isBefore(exp.toInstant())) {
        return Optional.empty();
      }
      // Issued before a revokeAll (compared in whole seconds, as iat is) or for a dead session.
      if (iat.toInstant().isBefore(sessions.notBefore().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
          || !sessions.isActive(sid)) {
        return Optional.empty();
      }
      return Optional.of(new AdminPrincipal(c.getSubject(), sid, c.getJWTID(), exp.toInstant()));
    } catch (ParseException | JOSEException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Start-up check of MOLTR_JWT_SECRET: in enforce mode a secret under 64 characters stops the
   * start; otherwise it is a warning (returned, for the caller to print). Never shows the value.
   */
  static Optional<String> checkSecret(String secret, boolean enforce) {
    int length = secret == null ? 0 : secret.length();
    if (length >= MIN_SECRET_CHARS) {
      return Optional.empty();
    }
    String msg = "MOLTR_JWT_SECRET is " + length + " characters long; at least " + MIN_SECRET_CHARS
        + " are required (`moltr keygen` prints one, or unset it to have one generated into the data directory)";
    if (enforce) {
      throw new IllegalStateException(msg);
    }
    return Optional.of("WARNING: " + msg + "; accepted only because the mode is not enforce");
  }
}
