package io.moltr.core.fs;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The identities (device and inode) of the files a rule denies, so that a second name for one of
 * them is denied too. A hard link has no "target" to resolve: {@code ln .env src/notes.txt} makes
 * src/notes.txt the very same file as .env, under a name no rule covers. Only files with more than
 * one name are looked up. The index is built when such a file is first checked, and again when
 * a file with several names that it does not hold changed after it was built.
 *
 * <p>Bounded: anchored entries are read to {@link #MAX_DEPTH} levels and at most
 * {@link #MAX_VISITS_ANCHORED} entries each; bare names are looked for in the working directory to
 * {@link #MAX_DEPTH} levels and at most {@link #MAX_VISITS} entries, breadth first. A file beyond
 * those bounds is still denied under its own name, not under a second one.
 */
final class LinkedFiles {
  static final int MAX_DEPTH = 6;
  /** Directory entries read per anchored entry ("/root/" may be large when the agent is root). */
  static final int MAX_VISITS_ANCHORED = 4_096;
  /** Directory entries read in the working directory for the bare names. */
  static final int MAX_VISITS = 20_000;

  /** Where an indexed file was found: the group of rules and the entry that covers it. */
  record Hit(Group group, String entry) {}

  enum Group { READ_PROTECTED, WRITE_PROTECTED, BLOCKED }

  private final Map<Object, Hit> byKey = new HashMap<>();
  private int visits;
  private int maxVisits;

  private LinkedFiles() {}

  /**
   * Indexes the existing files under the anchored rules and, for bare names ("{@code .env}",
   * "{@code *.key}"), the matching files in the working directory.
   *
   * @param rules the rules of each group; the first group to cover a file names it
   */
  static Map<Object, Hit> index(Map<Group, List<PathRule>> rules, Path workDir) {
    LinkedFiles f = new LinkedFiles();
    Map<PathRule, Hit> names = new LinkedHashMap<>();
    for (Map.Entry<Group, List<PathRule>> group : rules.entrySet()) {
      for (PathRule r : group.getValue()) {
        Hit hit = new Hit(group.getKey(), r.entry());
        if (r.isName()) {
          names.putIfAbsent(r, hit);
        } else {
          for (Path form : r.forms()) {
            f.walk(form, MAX_VISITS_ANCHORED, file -> hit);
          }
        }
      }
    }
    if (!names.isEmpty()) {
      // One walk for all bare names, so the bound is shared fairly between them.
      f.walk(workDir, MAX_VISITS, file -> {
        for (Map.Entry<PathRule, Hit> n : names.entrySet()) {
          if (n.getKey().coversIgnoringCase(file)) {
            return n.getValue();
          }
        }
        return null;
      });
    }
    return Map.copyOf(f.byKey);
  }

  /**
   * Adds the regular files at or below {@code start} that {@code classify} names a rule for,
   * breadth first: a .env beside a deep node_modules is read before the bound is spent on it.
   * Links are not followed (a symlink's target is checked under its own path).
   */
  private void walk(Path start, int bound, Function<Path, Hit> classify) {
    visits = 0;
    maxVisits = bound;
    ArrayDeque<Path> dirs = new ArrayDeque<>();
    ArrayDeque<Integer> depths = new ArrayDeque<>();
    consider(start, classify, dirs, depths, 0);
    while (!dirs.isEmpty() && visits < maxVisits) {
      Path dir = dirs.poll();
      int depth = depths.poll();
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
        for (Path e : entries) {
          if (visits >= maxVisits) {
            return;
          }
          consider(e, classify, dirs, depths, depth + 1);
        }
      } catch (IOException | DirectoryIteratorException e) {
        // An unreadable directory: what the agent cannot read it cannot link to either.
      }
    }
  }

  private void consider(Path p, Function<Path, Hit> classify, ArrayDeque<Path> dirs,
      ArrayDeque<Integer> depths, int depth) {
    visits++;
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return;
    }
    if (attrs.isDirectory() && depth < MAX_DEPTH) {
      dirs.add(p);
      depths.add(depth);
    } else if (attrs.isRegularFile() && attrs.fileKey() != null) {
      Hit hit = classify.apply(p);
      if (hit != null) {
        byKey.putIfAbsent(attrs.fileKey(), hit);
      }
    }
  }

  /** How many names a file has, its identity, and when its inode last changed. */
  record Names(int count, Object key, long changedMillis) {}

  /** The file's names, or null where the file system does not tell (no hard links then). */
  static Names names(Path regularFile) throws IOException {
    Map<String, Object> a;
    try {
      a = Files.readAttributes(regularFile, "unix:nlink,ctime", LinkOption.NOFOLLOW_LINKS);
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      return null;
    }
    Object key = Files.readAttributes(regularFile, BasicFileAttributes.class,
        LinkOption.NOFOLLOW_LINKS).fileKey();
    if (!(a.get("nlink") instanceof Integer n) || key == null
        || !(a.get("ctime") instanceof java.nio.file.attribute.FileTime ctime)) {
      return null;
    }
    return new Names(n, key, ctime.toMillis());
  }
}
