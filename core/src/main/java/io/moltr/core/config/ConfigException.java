package io.moltr.core.config;

/** A configuration file is missing, unreadable or holds a value the shield cannot accept. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
