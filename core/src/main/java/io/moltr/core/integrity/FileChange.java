package io.moltr.core.integrity;

/** One difference from the baseline: the file's name and what happened, never its content. */
public record FileChange(String name, Kind kind) {
  public enum Kind {
    MODIFIED,
    DELETED,
    ADDED
  }

  @Override
  public String toString() {
    return kind + " " + name;
  }
}
