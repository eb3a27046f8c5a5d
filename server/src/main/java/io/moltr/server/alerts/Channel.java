package io.moltr.server.alerts;

/** One way out for alerts. Called from the dispatcher's sender thread only. */
interface Channel {
  /** Short lower-case name, the key under alerts.* and in /status. */
  String name();

  /** Delivers one message or throws; the dispatcher retries. */
  void send(Message message) throws DeliveryException;
}
