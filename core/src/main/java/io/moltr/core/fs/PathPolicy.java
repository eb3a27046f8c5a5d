package io.moltr.core.fs;

import io.moltr.core.Decision;
import io.moltr.core.Operation;
import io.moltr.core.Severity;
import io.moltr.core.config.ConfigException;
import io.moltr.core.config.ConfigNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The file policy: may an agent read, write, delete or execute this path? Deny by default.
 *
 * <p>The path is canonicalised first ({@link PathCanonicalizer}: its class comment lists the
 * choices on encodings, "~", drive letters, /proc). Then both the lexical path and its real
 * target (symlinks resolved, also in parent directories, also dangling ones) are checked; the
 * first match decides:
 *
 * <ol>
 *   <li>refused syntax: {@code path.malformed}, {@code path.nul}, {@code path.encoded},
 *       {@code path.variable}, {@code path.unc}, {@code path.proc}, {@code path.lookalike}
 *   <li>a honeypot: inside the honeypot directory, the same file (hard link) as a bait file, or
 *       a file with a bait file's SHA-256 (a copy): {@code path.honeypot}, CRITICAL
 *   <li>the shield's own files: data and logs for any operation, configuration for write,
 *       delete and execute: {@code path.protected}
 *   <li>blocked_paths (case-insensitive): {@code path.blocked}
 *   <li>another name (a hard link) of a protected or blocked file: {@code path.protected} or
 *       {@code path.blocked} (see {@link LinkedFiles} for its bounds)
 *   <li>system directories (block_system_paths): {@code path.system}
 *   <li>not inside an allowed_paths entry (lexical and real path both): {@code path.not_allowlisted}
 *   <li>a dot-file or dot-directory below the allowed entry (block_dotfiles): {@code path.dotfile}
 *   <li>the entry does not grant the operation: {@code path.operation}
 *   <li>an existing file that holds a private key, whatever its name (block_private_keys, see
 *       {@link PrivateKeyFiles}): {@code path.private_key}
 * </ol>
 *
 * <p>Plain relative names ("README.md", "src/main.py") resolve against the working directory and
 * need an allowed entry like any other path: the working directory itself is not allowed unless
 * listed ("./"). allowed_paths entries are a path, or {path, operations}; a plain entry grants
 * every operation. Bare names (no "/" in front, like ".env" or ".git/") in blocked_paths match
 * that name anywhere; in allowed_paths every relative entry is anchored at the working directory.
 */
public final class PathPolicy {
  /** Bait files larger than this are recognised by path and inode only, not by content. */
  static final long MAX_HASHED_BYTES = 1 << 20;
  private static final int MAX_LINK_HOPS = 40;

  private static final List<String> SYSTEM_DIRS = List.of(
      "/etc", "/proc", "/sys", "/dev", "/boot", "/root", "/run", "/var/run", "/var/log",
      "/var/lib", "/bin", "/sbin", "/usr/bin", "/usr/sbin", "/lib", "/lib64", "/usr/lib",
      "/windows", "/program files", "/programdata", "/system", "/library", "/private/etc");

  private final boolean enabled;
  private final boolean blockDotfiles;
  private final boolean blockSystemPaths;
  private final boolean blockPrivateKeys;
  private final boolean honeypotsEnabled;
  private final boolean workdirRead;
  private final Path workDir;
  private final Path home;
  private final List<PathRule> allowed;
  private final List<PathRule> blocked;
  private final PathRule honeypotDir;
  private final List<String> honeypotNames;
  private final List<PathRule> readProtected;
  private final List<PathRule> writeProtected;
  private final Map<Long, Set<String>> baitHashesBySize = new ConcurrentHashMap<>();
  private final Set<Object> baitFileKeys = ConcurrentHashMap.newKeySet();
  /** Protected and blocked files by identity, for their hard links; built on first need. */
  private volatile Map<Object, LinkedFiles.Hit> linkedIndex;
  /** Wall-clock milliseconds when the index was started; -1 before the first one. */
  private volatile long linkedIndexedAt = -1;

  private PathPolicy(boolean enabled, boolean blockDotfiles, boolean blockSystemPaths,
      boolean honeypotsEnabled, Path workDir, Path home, List<PathRule> allowed,
      List<PathRule> blocked, PathRule honeypotDir, List<String> honeypotNames,
      List<PathRule> readProtected, List<PathRule> writeProtected, boolean workdirRead,
      boolean blockPrivateKeys) {
    this.workdirRead = workdirRead;
    this.blockPrivateKeys = blockPrivateKeys;
    this.enabled = enabled;
    this.blockDotfiles = blockDotfiles;
    this.blockSystemPaths = blockSystemPaths;
    this.honeypotsEnabled = honeypotsEnabled;
    this.workDir = workDir;
    this.home = home;
    this.allowed = allowed;
    this.blocked = blocked;
    this.honeypotDir = honeypotDir;
    this.honeypotNames = honeypotNames;
    this.readProtected = readProtected;
    this.writeProtected = writeProtected;
  }

  /**
   * Reads and validates the policy; registers the bait files that exist now.
   *
   * @param pathsYaml allowlists/paths.yaml
   * @param filesystemSettings {@code validators.filesystem} of default.yaml
   * @param honeypotsSettings {@code honeypots} of default.yaml
   * @param workDir where relative entries and relative paths are anchored
   * @param readProtected the shield's data and log directories: denied for every operation
   * @param writeProtected the shield's configuration directory (and jars): denied for write,
   *     delete and execute
   */
  public static PathPolicy fromConfig(ConfigNode pathsYaml, ConfigNode filesystemSettings,
      ConfigNode honeypotsSettings, Path workDir, Set<Path> readProtected,
      Set<Path> writeProtected) {
    return fromConfig(pathsYaml, filesystemSettings, honeypotsSettings, workDir, readProtected,
        writeProtected, Path.of(System.getProperty("user.home", "/nonexistent")));
  }

  /** As above with an explicit home directory for "~" and $HOME (tests). */
  static PathPolicy fromConfig(ConfigNode pathsYaml, ConfigNode filesystemSettings,
      ConfigNode honeypotsSettings, Path workDir, Set<Path> readProtected,
      Set<Path> writeProtected, Path homeDir) {
    Path wd = workDir.toAbsolutePath().normalize();
    Path home = homeDir.toAbsolutePath().normalize();
    List<PathRule> allowed = new ArrayList<>();
    for (ConfigNode item : pathsYaml.list("allowed_paths")) {
      allowed.add(parseAllowed(item, wd, home));
    }
    List<PathRule> blocked = new ArrayList<>();
    for (ConfigNode item : pathsYaml.list("blocked_paths")) {
      blocked.add(parseRule(item, item.asString("").trim(), wd, home, true, EnumSet.allOf(Operation.class)));
    }
    String dir = honeypotsSettings.string("directory",
        filesystemSettings.string("honeypot_directory", "honeypots/"));
    ConfigNode dirNode = honeypotsSettings.get("directory").isMissing()
        ? filesystemSettings.get("honeypot_directory") : honeypotsSettings.get("directory");
    PathRule honeypotDir = anchored(dirNode, dir.endsWith("/") ? dir : dir + "/", wd, home,
        EnumSet.allOf(Operation.class), false);
    List<String> names = honeypotsSettings.strings("files");
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      if (n.indexOf('/') >= 0 || n.indexOf('\\') >= 0 || n.equals("..") || n.equals(".")) {
        throw honeypotsSettings.get("files").items().get(i).error("must be a plain file name");
      }
    }
    PathPolicy policy = new PathPolicy(
        filesystemSettings.bool("enabled", true),
        filesystemSettings.bool("block_dotfiles", true),
        filesystemSettings.bool("block_system_paths", true),
        honeypotsSettings.bool("enabled", true),
        wd, home, List.copyOf(allowed), List.copyOf(blocked), honeypotDir, List.copyOf(names),
        protectedRules(readProtected), protectedRules(writeProtected),
        filesystemSettings.bool("workdir_read", true),
        filesystemSettings.bool("block_private_keys", true));
    policy.registerBait();
    return policy;
  }

  /**
   * Creates missing bait files in the honeypot directory and registers all of them (path,
   * inode, content hash). Call at start-up.
   */
  public List<Path> ensureHoneypots() throws IOException {
    List<Path> created = new HoneypotFiles().ensure(honeypotDirectory(), honeypotNames);
    registerBait();
    return created;
  }

  /** The directory that holds the bait files. */
  public Path honeypotDirectory() {
    return honeypotDir.forms().iterator().next();
  }

  /** Decides whether the agent may perform {@code op} on {@code path}; see the class comment. */
  public Decision check(String path, Operation op) {
    if (!enabled) {
      return Decision.allow("filesystem validator disabled", Map.of());
    }
    Operation operation = op == null ? Operation.READ : op;
    try {
      return decide(path, operation);
    } catch (RuntimeException | IOException e) {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("operation", operation.label());
      return Decision.deny("path.error", "the path could not be checked (fail closed)",
          Severity.HIGH, d);
    }
  }

  private Decision decide(String input, Operation op) throws IOException {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("normalized_path", null);
    d.put("is_honeypot", false);
    d.put("operation", op.label());
    d.put("matched_rule", null);
    Path lexical;
    try {
      lexical = PathCanonicalizer.canonicalize(input, workDir, home);
    } catch (PathCanonicalizer.RefusedPath e) {
      Severity s = e.ruleId.equals("path.nul") || e.ruleId.equals("path.encoded")
          || e.ruleId.equals("path.lookalike") ? Severity.HIGH : Severity.MEDIUM;
      return Decision.deny(e.ruleId, e.getMessage(), s, d);
    }
    d.put("normalized_path", lexical.toString());
    Path real;
    try {
      real = realTarget(lexical, 0);
    } catch (IOException e) {
      // /dev/fd/0 and /proc/self/fd/3 name pipes and sockets, which have no real path; what
      // decides them is where they are, not the failure to resolve them.
      String sys = blockSystemPaths ? systemDir(lexical) : null;
      if (sys == null) {
        throw e;
      }
      d.put("matched_rule", sys);
      return Decision.deny("path.system", "system path " + sys + " is off limits", Severity.HIGH, d);
    }
    if (!real.equals(lexical)) {
      d.put("real_path", real.toString());
    }
    List<Path> both = real.equals(lexical) ? List.of(lexical) : List.of(lexical, real);

    if (honeypotsEnabled && isBait(both, real)) {
      d.put("is_honeypot", true);
      d.put("matched_rule", "honeypot");
      return Decision.deny("path.honeypot", "honeypot file touched: no legitimate task needs it",
          Severity.CRITICAL, d);
    }
    for (Path p : both) {
      PathRule r = firstCovering(readProtected, p, true);
      if (r == null && op != Operation.READ) {
        r = firstCovering(writeProtected, p, true);
      }
      if (r != null) {
        d.put("matched_rule", r.entry());
        return Decision.deny("path.protected", "the shield's own files are off limits ("
            + (op == Operation.READ ? "data and logs" : "configuration, data and logs") + ")",
            Severity.HIGH, d);
      }
    }
    for (Path p : both) {
      PathRule r = firstCovering(blocked, p, true);
      if (r != null) {
        d.put("matched_rule", r.entry());
        return Decision.deny("path.blocked", "blocked by '" + r.entry() + "'", Severity.HIGH, d);
      }
    }
    LinkedFiles.Hit linked = linkedHit(real);
    if (linked != null && (linked.group() != LinkedFiles.Group.WRITE_PROTECTED
        || op != Operation.READ)) {
      d.put("matched_rule", linked.entry());
      return linked.group() == LinkedFiles.Group.BLOCKED
          ? Decision.deny("path.blocked", "a hard link to a file blocked by '" + linked.entry()
              + "'", Severity.HIGH, d)
          : Decision.deny("path.protected", "a hard link to one of the shield's own files",
              Severity.HIGH, d);
    }
    if (blockSystemPaths) {
      for (Path p : both) {
        String sys = systemDir(p);
        if (sys != null) {
          d.put("matched_rule", sys);
          return Decision.deny("path.system", "system path " + sys + " is off limits",
              Severity.HIGH, d);
        }
      }
    }
    PathRule grant = null;
    for (Path p : both) {
      PathRule r = firstCovering(allowed, p, false);
      if (r == null && op == Operation.READ && workdirRead && isWorkdirEntry(p)) {
        continue;
      }
      if (r == null) {
        return Decision.deny("path.not_allowlisted", (p == real && p != lexical
                ? "the link target " + real : lexical) + " is not inside an allowed path",
            Severity.MEDIUM, d);
      }
      if (blockDotfiles && r.directory()) {
        Path below = r.root(p).relativize(p);
        for (Path seg : below) {
          if (seg.toString().startsWith(".")) {
            d.put("matched_rule", r.entry());
            return Decision.deny("path.dotfile", "hidden file or directory '" + seg + "'",
                Severity.MEDIUM, d);
          }
        }
      }
      if (!r.operations().contains(op)) {
        d.put("matched_rule", r.entry());
        return Decision.deny("path.operation", op.label() + " is not allowed under '"
            + r.entry() + "'", Severity.MEDIUM, d);
      }
      grant = r;
    }
    // Last, so that only files the agent could otherwise reach are opened (never /proc or /dev).
    if (blockPrivateKeys && PrivateKeyFiles.holdsPrivateKey(real)) {
      d.put("matched_rule", "block_private_keys");
      return Decision.deny("path.private_key", "the file holds a private key"
          + " (validators.filesystem.block_private_keys)", Severity.HIGH, d);
    }
    if (grant == null) {
      d.put("matched_rule", "workdir_read");
      return Decision.allow("read allowed: the working directory and the files directly in it"
          + " (validators.filesystem.workdir_read)", d);
    }
    d.put("matched_rule", grant.entry());
    return Decision.allow(op.label() + " allowed by '" + grant.entry() + "'", d);
  }

  /**
   * The working directory itself or a visible file directly in it: what `ls`, `cat README.md`
   * or `find . -name x` touch on a project. Deeper paths need an allowed entry.
   */
  private boolean isWorkdirEntry(Path p) {
    if (p.equals(workDir)) {
      return true;
    }
    Path parent = p.getParent();
    return parent != null && parent.equals(workDir) && p.getFileName() != null
        && !p.getFileName().toString().startsWith(".") && !java.nio.file.Files.isDirectory(p);
  }

  private static PathRule firstCovering(List<PathRule> rules, Path p, boolean ignoreCase) {
    for (PathRule r : rules) {
      if (ignoreCase ? r.coversIgnoringCase(p) : r.covers(p)) {
        return r;
      }
    }
    return null;
  }

  private static String systemDir(Path p) {
    String s = PathRule.lower(p);
    for (String sys : SYSTEM_DIRS) {
      if (s.equals(sys) || s.startsWith(sys + "/")) {
        return sys;
      }
    }
    return null;
  }

  /**
   * The path with every symlink resolved, also dangling links and links in parent directories
   * (a write through a dangling link creates its target). Bounded by {@link #MAX_LINK_HOPS}.
   */
  static Path realTarget(Path p, int hops) throws IOException {
    if (hops > MAX_LINK_HOPS) {
      throw new IOException("too many levels of symbolic links");
    }
    if (Files.exists(p)) {
      return p.toRealPath();
    }
    if (Files.isSymbolicLink(p)) {
      Path target = p.getParent().resolve(Files.readSymbolicLink(p)).normalize();
      return realTarget(target, hops + 1);
    }
    Path parent = p.getParent();
    if (parent == null) {
      return p;
    }
    return realTarget(parent, hops).resolve(p.getFileName());
  }

  /**
   * The protected or blocked file that {@code real} is another name of, or null. Only a regular
   * file with more than one name can be one.
   */
  private LinkedFiles.Hit linkedHit(Path real) throws IOException {
    if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    LinkedFiles.Names names = LinkedFiles.names(real);
    if (names == null || names.count() < 2) {
      return null;
    }
    Map<Object, LinkedFiles.Hit> idx = linkedIndex;
    LinkedFiles.Hit hit = idx == null ? null : idx.get(names.key());
    // A link made since the index changed the file's ctime: its other name may be a file the
    // index has not seen. Files linked long ago (pnpm's node_modules) cost no new walk.
    // File times come from a clock that may lag by a tick: a second of margin.
    if (hit == null && (idx == null || names.changedMillis() >= linkedIndexedAt - 1000)) {
      hit = reindexLinked().get(names.key());
    }
    return hit;
  }

  private synchronized Map<Object, LinkedFiles.Hit> reindexLinked() {
    Map<LinkedFiles.Group, List<PathRule>> groups = new java.util.EnumMap<>(LinkedFiles.Group.class);
    groups.put(LinkedFiles.Group.READ_PROTECTED, readProtected);
    groups.put(LinkedFiles.Group.WRITE_PROTECTED, writeProtected);
    groups.put(LinkedFiles.Group.BLOCKED, blocked);
    long started = System.currentTimeMillis();
    Map<Object, LinkedFiles.Hit> idx = LinkedFiles.index(groups, workDir);
    linkedIndex = idx;
    linkedIndexedAt = started;
    return idx;
  }

  private boolean isBait(List<Path> paths, Path real) throws IOException {
    for (Path p : paths) {
      if (honeypotDir.coversIgnoringCase(p)) {
        return true;
      }
    }
    if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    BasicFileAttributes attrs = Files.readAttributes(real, BasicFileAttributes.class);
    Object key = attrs.fileKey();
    if (key != null && baitFileKeys.contains(key)) {
      return true; // a hard link to a bait file
    }
    Set<String> hashes = baitHashesBySize.get(attrs.size());
    return hashes != null && attrs.size() <= MAX_HASHED_BYTES && hashes.contains(sha256(real));
  }

  /** Records path-independent identities of the bait files: inode and content hash. */
  private void registerBait() {
    Path dir = honeypotDirectory();
    for (String name : honeypotNames) {
      Path f = dir.resolve(name);
      try {
        if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        BasicFileAttributes attrs = Files.readAttributes(f, BasicFileAttributes.class);
        if (attrs.fileKey() != null) {
          baitFileKeys.add(attrs.fileKey());
        }
        if (attrs.size() > 0 && attrs.size() <= MAX_HASHED_BYTES) {
          baitHashesBySize.computeIfAbsent(attrs.size(), k -> ConcurrentHashMap.newKeySet())
              .add(sha256(f));
        }
      } catch (IOException e) {
        // An unreadable bait file is still caught by its path; the watchdog reports the damage.
      }
    }
  }

  private static String sha256(Path f) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    byte[] buf = new byte[8192];
    long total = 0;
    try (InputStream in = Files.newInputStream(f)) {
      for (int n = in.read(buf); n > 0; n = in.read(buf)) {
        total += n;
        if (total > MAX_HASHED_BYTES) {
          return "";
        }
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static PathRule parseAllowed(ConfigNode item, Path wd, Path home) {
    if (item.isMapping()) {
      String path = item.requiredString("path");
      Set<Operation> ops = EnumSet.noneOf(Operation.class);
      for (ConfigNode o : item.list("operations")) {
        String s = o.asString("");
        ops.add(Operation.parse(s).orElseThrow(
            () -> o.error("operations are read, write, delete and execute")));
      }
      if (ops.isEmpty()) {
        throw item.get("operations").error("list at least one operation");
      }
      return anchored(item.get("path"), path, wd, home, ops, true);
    }
    return anchored(item, item.asString("").trim(), wd, home, EnumSet.allOf(Operation.class), true);
  }

  /** Some component of {@code p} is a symbolic link whose directory others may write to. */
  static boolean linkInSharedDirectory(Path p) {
    Path q = p.getRoot();
    for (Path part : p) {
      Path next = q == null ? part : q.resolve(part);
      if (Files.isSymbolicLink(next) && q != null) {
        try {
          if (Files.getPosixFilePermissions(q).contains(PosixFilePermission.OTHERS_WRITE)) {
            return true;
          }
        } catch (IOException | UnsupportedOperationException e) {
          return true; // unknown permissions: do not widen the allowlist on trust
        }
      }
      q = next;
    }
    return false;
  }

  private static PathRule parseRule(ConfigNode item, String entry, Path wd, Path home,
      boolean namesAnywhere, Set<Operation> ops) {
    if (entry.isEmpty()) {
      throw item.error("entries must be paths such as ./src/ or /etc/shadow");
    }
    boolean anchored = entry.startsWith("/") || entry.startsWith("./") || entry.startsWith("../")
        || entry.startsWith("~") || entry.startsWith("$HOME");
    String bare = entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry;
    if (entry.indexOf('*') >= 0 && !(namesAnywhere && entry.startsWith("*.")
        && entry.length() > 2 && entry.indexOf('*', 1) < 0 && entry.indexOf('/') < 0)) {
      throw wildcardError(item);
    }
    if (namesAnywhere && !anchored && bare.indexOf('/') < 0) {
      return new PathRule(entry, Set.of(), bare, entry.endsWith("/"), ops);
    }
    return anchored(item, entry, wd, home, ops, false);
  }

  private static ConfigException wildcardError(ConfigNode item) {
    return item.error("a wildcard is only allowed as a whole-name prefix of a blocked name,"
        + " like *.key (write the exact path otherwise)");
  }

  /**
   * The entry's lexical form and, when it exists, its real (symlink-free) form. An allowed entry
   * ({@code allowed}) reached through a symbolic link in a directory anyone may write (such as
   * /tmp) keeps its lexical form only: another local user could have planted "/tmp/moltr" as a link
   * to their choice before the shield started, and paths through it then resolve outside the entry
   * and are denied.
   */
  private static PathRule anchored(ConfigNode item, String entry, Path wd, Path home,
      Set<Operation> ops, boolean allowed) {
    if (entry.indexOf('*') >= 0) {
      throw wildcardError(item);
    }
    Path lexical;
    try {
      lexical = PathCanonicalizer.canonicalize(entry, wd, home);
    } catch (IllegalArgumentException e) {
      throw item.error("not a usable path: " + e.getMessage());
    }
    Set<Path> forms = new LinkedHashSet<>();
    forms.add(lexical);
    try {
      if (!allowed || !linkInSharedDirectory(lexical)) {
        forms.add(realTarget(lexical, 0));
      }
    } catch (IOException e) {
      // A missing or looping entry is matched by its lexical form only.
    }
    return new PathRule(entry, Set.copyOf(forms), null, entry.endsWith("/"), Set.copyOf(ops));
  }

  private static List<PathRule> protectedRules(Set<Path> dirs) {
    List<PathRule> out = new ArrayList<>();
    for (Path dir : dirs) {
      Path lexical = dir.toAbsolutePath().normalize();
      Set<Path> forms = new LinkedHashSet<>();
      forms.add(lexical);
      try {
        forms.add(realTarget(lexical, 0));
      } catch (IOException e) {
        // matched lexically only
      }
      out.add(new PathRule(lexical + "/", Set.copyOf(forms), null, true,
          EnumSet.allOf(Operation.class)));
    }
    return List.copyOf(out);
  }
}
