package io.moltr.core.vault;

import java.util.ArrayList;
import java.util.List;

/**
 * Key rotation as in Python's MultiFernet: encrypt with the first key, decrypt with any. To
 * rotate, put the new key first in MOLTR_FERNET_KEY, re-encrypt ({@link SecretVault#rotate()}),
 * then drop the old key.
 */
public final class MultiFernet {
  private final List<Fernet> keys;

  public MultiFernet(List<Fernet> keys) {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("at least one Fernet key is needed");
    }
    this.keys = List.copyOf(keys);
  }

  /** Parses MOLTR_FERNET_KEY: one key, or several separated by commas, newest first. */
  public static MultiFernet fromKeys(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      throw new IllegalArgumentException("no Fernet key given (MOLTR_FERNET_KEY is empty)");
    }
    List<Fernet> keys = new ArrayList<>();
    int i = 0;
    for (String k : commaSeparated.split(",")) {
      i++;
      if (k.isBlank()) {
        continue;
      }
      try {
        keys.add(Fernet.fromKey(k));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Fernet key #" + i + ": " + e.getMessage());
      }
    }
    return new MultiFernet(keys);
  }

  public String encrypt(byte[] plaintext) {
    return keys.get(0).encrypt(plaintext);
  }

  public byte[] decrypt(String token) {
    FernetException last = null;
    for (Fernet f : keys) {
      try {
        return f.decrypt(token);
      } catch (FernetException e) {
        last = e;
      }
    }
    throw new FernetException("no key decrypts the token (" + last.getMessage() + ")");
  }

  /** Decrypts under any key and re-encrypts under the first. */
  public String rotate(String token) {
    return encrypt(decrypt(token));
  }

  public int keyCount() {
    return keys.size();
  }

  @Override
  public String toString() {
    return "MultiFernet[" + keys.size() + " key(s) hidden]";
  }
}
