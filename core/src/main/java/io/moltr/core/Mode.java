package io.moltr.core;

import java.util.Locale;
import java.util.Optional;

/** How the shield applies its decisions (the original moltr.mode values). */
public enum Mode {
  /** Deny what the policy denies. */
  ENFORCE,
  /** Decide and record, but allow; the answer says what enforce mode would have done. */
  MONITOR,
  /** Run no checks; allow everything. */
  DISABLED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Mode> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    for (Mode m : values()) {
      if (m.label().equals(s.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
