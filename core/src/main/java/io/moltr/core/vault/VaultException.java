package io.moltr.core.vault;

/** The vault cannot do what was asked. Messages name secrets by name, never by value. */
public final class VaultException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public VaultException(String message) {
    super(message);
  }

  public VaultException(String message, Throwable cause) {
    super(message, cause);
  }
}
