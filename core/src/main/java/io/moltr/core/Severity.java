package io.moltr.core;

/** How bad a blocked action is; drives alerting and automatic kill-switch triggers. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
