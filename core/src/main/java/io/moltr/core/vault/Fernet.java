package io.moltr.core.vault;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Fernet tokens (the spec at github.com/fernet/spec), interoperable with Python's {@code
 * cryptography.fernet}: {@code 0x80 | timestamp (8, big-endian seconds) | IV (16) | AES-128-CBC
 * PKCS7 ciphertext | HMAC-SHA256 (32)} over everything before the HMAC, urlsafe base64 with
 * padding. The 32-byte key is signing key (first 16) then encryption key (last 16). Written on
 * javax.crypto so that core needs no crypto library.
 */
public final class Fernet {
  static final byte VERSION = (byte) 0x80;
  /** Tokens from the future are accepted up to this far ahead, as in the reference code. */
  static final Duration MAX_CLOCK_SKEW = Duration.ofSeconds(60);
  private static final int HEADER = 1 + 8 + 16;
  private static final int MAC_LENGTH = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec signingKey;
  private final SecretKeySpec encryptionKey;

  private Fernet(byte[] key) {
    this.signingKey = new SecretKeySpec(key, 0, 16, "HmacSHA256");
    this.encryptionKey = new SecretKeySpec(key, 16, 16, "AES");
  }

  /** A key in the usual form: 32 bytes, urlsafe base64 (as {@code Fernet.generate_key()}). */
  public static Fernet fromKey(String urlsafeBase64Key) {
    byte[] key;
    try {
      key = Base64.getUrlDecoder().decode(urlsafeBase64Key.strip());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("Fernet key must be urlsafe base64");
    }
    if (key.length != 32) {
      throw new IllegalArgumentException("Fernet key must decode to 32 bytes, not " + key.length);
    }
    try {
      return new Fernet(key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /** A fresh random key, for {@code moltr keygen}. */
  public static String generateKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return Base64.getUrlEncoder().encodeToString(key);
  }

  public String encrypt(byte[] plaintext) {
    byte[] iv = new byte[16];
    RANDOM.nextBytes(iv);
    return encrypt(plaintext, Instant.now().getEpochSecond(), iv);
  }

  /** With a given time and IV: only for the specification's test vectors. */
  String encrypt(byte[] plaintext, long timestamp, byte[] iv) {
    try {
      Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding"); // PKCS5 is PKCS7 for 16-byte blocks
      aes.init(Cipher.ENCRYPT_MODE, encryptionKey, new IvParameterSpec(iv));
      byte[] ciphertext = aes.doFinal(plaintext);
      ByteBuffer token = ByteBuffer.allocate(HEADER + ciphertext.length + MAC_LENGTH);
      token.put(VERSION).putLong(timestamp).put(iv).put(ciphertext);
      token.put(mac(token.array(), token.position()));
      return Base64.getUrlEncoder().encodeToString(token.array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-CBC is part of every Java platform", e);
    }
  }

  /** Decrypts without an age limit (secrets at rest do not expire). */
  public byte[] decrypt(String token) {
    return decrypt(token, null, Instant.now());
  }

  /**
   * Decrypts, rejecting tokens older than {@code ttl} (null: no limit) or more than a minute in
   * the future of {@code now}. The HMAC is checked in constant time before anything is decrypted.
   */
  public byte[] decrypt(String token, Duration ttl, Instant now) {
    byte[] data;
    try {
      data = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new FernetException("token is not urlsafe base64");
    }
    int ciphertextLength = data.length - HEADER - MAC_LENGTH;
    if (ciphertextLength < 16 || ciphertextLength % 16 != 0) {
      throw new FernetException("token has the wrong length");
    }
    if (data[0] != VERSION) {
      throw new FernetException("token version is not 0x80");
    }
    long timestamp = ByteBuffer.wrap(data, 1, 8).getLong();
    if (ttl != null) {
      long nowSeconds = now.getEpochSecond();
      if (timestamp + ttl.getSeconds() < nowSeconds) {
        throw new FernetException("token has expired");
      }
      if (timestamp > nowSeconds + MAX_CLOCK_SKEW.getSeconds()) {
        throw new FernetException("token timestamp is too far in the future");
      }
    }
    byte[] expected = mac(data, data.length - MAC_LENGTH);
    byte[] actual = Arrays.copyOfRange(data, data.length - MAC_LENGTH, data.length);
    if (!MessageDigest.isEqual(expected, actual)) {
      throw new FernetException("token signature does not match (wrong key or altered token)");
    }
    try {
      Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
      aes.init(Cipher.DECRYPT_MODE, encryptionKey, new IvParameterSpec(data, 9, 16));
      return aes.doFinal(data, HEADER, ciphertextLength);
    } catch (javax.crypto.BadPaddingException | javax.crypto.IllegalBlockSizeException e) {
      throw new FernetException("token padding is invalid");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-CBC is part of every Java platform", e);
    }
  }

  /** The token's creation time, read without checking it (for rotation reports). */
  static Instant timestampOf(String token) {
    byte[] data = Base64.getUrlDecoder().decode(token);
    return Instant.ofEpochSecond(ByteBuffer.wrap(data, 1, 8).getLong());
  }

  private byte[] mac(byte[] data, int length) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(signingKey);
      hmac.update(data, 0, length);
      return hmac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return "Fernet[key hidden]";
  }
}
