package io.moltr.core.killswitch;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The kill-switch codephrase, kept only as a PBKDF2-HMAC-SHA256 hash (random 16-byte salt,
 * 600,000 iterations, the OWASP 2023 figure) so that a heap dump or the stored form does not
 * give the phrase away cheaply. The slow hash is fine here: resets are rate-limited and rare.
 * Stored form: {@code pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>}.
 */
public final class Codephrase {
  /** Destructive actions and resets must carry {@code CONFIRM:<codephrase>}. */
  public static final String PREFIX = "CONFIRM:";
  static final int DEFAULT_ITERATIONS = 600_000;
  static final int MIN_LENGTH = 12;
  private static final String SCHEME = "pbkdf2-sha256";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final int iterations;
  private final byte[] salt;
  private final byte[] hash;

  private Codephrase(int iterations, byte[] salt, byte[] hash) {
    this.iterations = iterations;
    this.salt = salt;
    this.hash = hash;
  }

  /** Hashes the phrase from MOLTR_KILLSWITCH_CODEPHRASE; at least 12 characters. */
  public static Codephrase fromSecret(String phrase) {
    return fromSecret(phrase, DEFAULT_ITERATIONS);
  }

  static Codephrase fromSecret(String phrase, int iterations) {
    if (phrase == null || phrase.strip().length() < MIN_LENGTH) {
      throw new IllegalArgumentException(
          "kill-switch codephrase must be at least " + MIN_LENGTH + " characters");
    }
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return new Codephrase(iterations, salt, derive(phrase, salt, iterations));
  }

  /** Reads the stored form written by {@link #stored()}. */
  public static Codephrase parse(String stored) {
    String[] parts = stored == null ? new String[0] : stored.strip().split("\\$");
    try {
      if (parts.length != 4 || !parts[0].equals(SCHEME)) {
        throw new IllegalArgumentException("unknown scheme");
      }
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] hash = Base64.getDecoder().decode(parts[3]);
      if (iterations < 1 || salt.length < 16 || hash.length != 32) {
        throw new IllegalArgumentException("bad parameters");
      }
      return new Codephrase(iterations, salt, hash);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "stored codephrase hash is not in the form " + SCHEME + "$<iterations>$<salt>$<hash>");
    }
  }

  /** A random phrase (24 characters of base32) for the server to generate on first start. */
  public static String generate() {
    byte[] b = new byte[15];
    RANDOM.nextBytes(b);
    String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 24; i++) {
      int bit = i * 5;
      int v = ((b[bit / 8] & 0xff) << 8 | (bit / 8 + 1 < b.length ? b[bit / 8 + 1] & 0xff : 0)) >> (11 - bit % 8);
      sb.append(alphabet.charAt(v & 31));
      if (i % 6 == 5 && i < 23) {
        sb.append('-');
      }
    }
    return sb.toString();
  }

  public String stored() {
    Base64.Encoder b64 = Base64.getEncoder();
    return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
  }

  /**
   * True when {@code confirm} is {@code CONFIRM:} followed by the phrase. The hashes are compared
   * with {@link MessageDigest#isEqual}, which takes the same time wherever they differ.
   */
  public boolean matchesConfirmation(String confirm) {
    if (confirm == null || !confirm.startsWith(PREFIX) || confirm.length() > 1024) {
      return false;
    }
    byte[] candidate = derive(confirm.substring(PREFIX.length()), salt, iterations);
    return MessageDigest.isEqual(candidate, hash);
  }

  @Override
  public String toString() {
    return "Codephrase[hash only]";
  }

  private static byte[] derive(String phrase, byte[] salt, int iterations) {
    char[] chars = phrase.strip().toCharArray();
    KeySpec spec = new PBEKeySpec(chars, salt, iterations, 256);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java platform", e);
    } finally {
      java.util.Arrays.fill(chars, '\0');
    }
  }

}
