package io.moltr.core.integrity;

import java.nio.file.Path;

/**
 * A directory (walked recursively, symlinks recorded but not followed) or a single file under a
 * short name; reports call files {@code <name>/<relative path>}, or just {@code <name>}.
 */
public record WatchedRoot(String name, Path path) {
  public WatchedRoot {
    if (name == null || name.isBlank() || name.contains("/")) {
      throw new IllegalArgumentException("a watched root needs a short name without '/'");
    }
    path = path.toAbsolutePath().normalize();
  }
}
