package io.moltr.server.alerts;

/**
 * A failed delivery. The message is shown in /status and logs, so it is built from our own
 * words (an HTTP status, an exception class name), never from a URL that carries a token.
 */
final class DeliveryException extends Exception {
  DeliveryException(String safeMessage) {
    super(safeMessage, null, false, false);
  }

  static DeliveryException of(Throwable cause) {
    return new DeliveryException(cause.getClass().getSimpleName());
  }
}
