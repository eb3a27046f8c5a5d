package io.moltr.core.fs;

import io.moltr.core.Operation;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * One entry of paths.yaml. Anchored entries ("./src/", "/etc/shadow", "~/.ssh/") cover a
 * directory and everything below it (trailing '/') or exactly one file; a bare name (".env",
 * ".git/") in blocked_paths matches that name as any segment of the path, anywhere, and a bare
 * "*.key" every name ending in ".key".
 *
 * @param forms the lexical form and, when it exists, the real (symlink-free) form
 */
record PathRule(String entry, Set<Path> forms, String name, boolean directory,
    Set<Operation> operations) {

  boolean isName() {
    return name != null;
  }

  /** True when the rule covers the path (exact case, for allow rules). */
  boolean covers(Path p) {
    if (isName()) {
      return hasSegment(p, name, false);
    }
    for (Path f : forms) {
      if (directory ? p.startsWith(f) : p.equals(f)) {
        return true;
      }
    }
    return false;
  }

  /** Case-insensitive cover, for block rules: on macOS and Windows ".ENV" is ".env". */
  boolean coversIgnoringCase(Path p) {
    if (isName()) {
      return hasSegment(p, name, true);
    }
    String s = lower(p);
    for (Path f : forms) {
      String fs = lower(f);
      if (s.equals(fs) || (directory && (fs.equals("/") || s.startsWith(fs + "/")))) {
        return true;
      }
    }
    return false;
  }

  /** The covering form, to compute the part of the path below the rule. */
  Path root(Path p) {
    for (Path f : forms) {
      if (directory ? p.startsWith(f) : p.equals(f)) {
        return f;
      }
    }
    return null;
  }

  /** A name, or "*.ext" for every name ending in ".ext" (only in blocked_paths). */
  static boolean hasSegment(Path p, String name, boolean ignoreCase) {
    boolean suffix = name.startsWith("*.");
    String want = suffix ? name.substring(1) : name;
    for (Path seg : p) {
      String s = seg.toString();
      if (suffix) {
        if (s.length() > want.length()
            && s.regionMatches(ignoreCase, s.length() - want.length(), want, 0, want.length())) {
          return true;
        }
      } else if (ignoreCase ? s.equalsIgnoreCase(name) : s.equals(name)) {
        return true;
      }
    }
    return false;
  }

  static String lower(Path p) {
    return p.toString().toLowerCase(Locale.ROOT);
  }
}
