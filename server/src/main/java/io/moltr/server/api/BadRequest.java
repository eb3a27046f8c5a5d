package io.moltr.server.api;

/** A client error with the status and message the client will see. */
final class BadRequest extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  BadRequest(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
