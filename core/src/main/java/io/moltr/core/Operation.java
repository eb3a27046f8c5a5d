package io.moltr.core;

import java.util.Locale;
import java.util.Optional;

/** What an agent wants to do with a file. */
public enum Operation {
  READ,
  WRITE,
  DELETE,
  EXECUTE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Operation> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    for (Operation op : values()) {
      if (op.label().equals(s.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }
}
