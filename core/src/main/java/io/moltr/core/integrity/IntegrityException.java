package io.moltr.core.integrity;

/** A baseline could not be made or written. Messages name files and limits, never keys. */
public final class IntegrityException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IntegrityException(String message) {
    super(message);
  }

  public IntegrityException(String message, Throwable cause) {
    super(message, cause);
  }
}
