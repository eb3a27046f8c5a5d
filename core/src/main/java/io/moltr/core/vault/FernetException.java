package io.moltr.core.vault;

/** A token that is not valid under the key(s). The message names the check, never the data. */
public final class FernetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FernetException(String message) {
    super(message);
  }
}
