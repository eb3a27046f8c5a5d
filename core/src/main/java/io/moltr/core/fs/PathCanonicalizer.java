package io.moltr.core.fs;

import java.nio.file.Path;
import java.text.Normalizer;

/**
 * Turns what an agent wrote into one absolute, lexically normalised path, refusing forms whose
 * meaning depends on who interprets them. Choices, and why:
 *
 * <ul>
 *   <li>NUL and other control characters: refused (C APIs truncate at NUL).
 *   <li>Percent-encoding: '%' is an ordinary file-name character, so "%41.txt" stays as it is.
 *       But an escape of a separator, a dot, '~' or NUL (%2f %5c %2e %7e %00, any case) is
 *       refused: a tool that decodes it would see a different path than we checked.
 *   <li>Unicode: normalised to NFC (macOS and many tools compose; one name, one form).
 *   <li>'\' is a separator (Windows tools), "C:" drive prefixes address the root; UNC and
 *       device paths (\\server\share, \\?\) are refused.
 *   <li>"~" and "~/" mean the home directory, as do "$HOME" and "${HOME}"; "~user" and every
 *       other "$VAR" are refused (a shell would expand them to something we cannot see).
 *   <li>A segment ending in '.' or ' ' (other than "." and "..") is refused: Windows strips
 *       them, so "passwords.txt." would be "passwords.txt" there.
 *   <li>/proc/&lt;pid&gt;/root/x is x; /proc/&lt;pid&gt;/cwd is refused (whose working
 *       directory is unknowable here).
 *   <li>Relative paths resolve against the working directory; "." and ".." and duplicate
 *       separators are removed lexically ("/.." stays "/").
 * </ul>
 */
final class PathCanonicalizer {
  static final int MAX_PATH_CHARS = 4096;
  private static final int MAX_SEGMENTS = 256;

  private PathCanonicalizer() {}

  /** Why a path is refused before any lookup; ruleId is path.malformed unless stated. */
  static final class RefusedPath extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    final String ruleId;

    RefusedPath(String ruleId, String message) {
      super(message);
      this.ruleId = ruleId;
    }
  }

  static Path canonicalize(String input, Path workDir, Path home) {
    if (input == null || input.isEmpty()) {
      throw new RefusedPath("path.malformed", "empty path");
    }
    if (input.length() > MAX_PATH_CHARS) {
      throw new RefusedPath("path.malformed", "path longer than " + MAX_PATH_CHARS + " characters");
    }
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (c == 0) {
        throw new RefusedPath("path.nul", "NUL byte in path");
      }
      if (c < 0x20 || c == 0x7f) {
        throw new RefusedPath("path.malformed", "control character in path");
      }
    }
    checkPercentEscapes(input);
    String s = Normalizer.normalize(input.strip(), Normalizer.Form.NFC).replace('\\', '/');
    if (s.isEmpty()) {
      throw new RefusedPath("path.malformed", "empty path");
    }
    if (s.startsWith("//")) {
      throw new RefusedPath("path.unc", "UNC and device paths (\\\\server\\share, \\\\?\\) are not allowed");
    }
    if (s.length() >= 2 && s.charAt(1) == ':' && isAsciiAlpha(s.charAt(0))) {
      if (s.length() > 2 && s.charAt(2) != '/') {
        throw new RefusedPath("path.malformed", "drive-relative paths (C:file) are not allowed");
      }
      s = s.length() == 2 ? "/" : s.substring(2);
    }
    String base = null;
    if (s.equals("~") || s.startsWith("~/")) {
      base = home.toString();
      s = s.substring(1);
    } else if (s.startsWith("~")) {
      throw new RefusedPath("path.variable", "~user paths are not allowed");
    } else if (s.equals("$HOME") || s.startsWith("$HOME/")) {
      base = home.toString();
      s = s.substring(5);
    } else if (s.equals("${HOME}") || s.startsWith("${HOME}/")) {
      base = home.toString();
      s = s.substring(7);
    }
    if (s.indexOf('$') >= 0) {
      throw new RefusedPath("path.variable", "shell variables in paths are not allowed");
    }
    if (base == null) {
      base = s.startsWith("/") ? "" : workDir.toString();
    }
    String joined = base + "/" + s;
    // Lexical normalisation over '/'-separated segments.
    String[] stack = new String[MAX_SEGMENTS];
    int depth = 0;
    int i = 0;
    int n = joined.length();
    while (i < n) {
      int j = joined.indexOf('/', i);
      if (j < 0) {
        j = n;
      }
      String seg = joined.substring(i, j);
      i = j + 1;
      if (seg.isEmpty() || seg.equals(".")) {
        continue;
      }
      if (seg.equals("..")) {
        if (depth > 0) {
          depth--;
        }
        continue;
      }
      char last = seg.charAt(seg.length() - 1);
      if (last == '.' || last == ' ') {
        throw new RefusedPath("path.malformed",
            "a path segment ends in a dot or space (Windows strips them)");
      }
      if (depth == MAX_SEGMENTS) {
        throw new RefusedPath("path.malformed", "path has more than " + MAX_SEGMENTS + " segments");
      }
      stack[depth++] = seg;
    }
    // /proc/<pid>/root is the process's root directory; /proc/<pid>/cwd its working directory.
    if (depth >= 3 && stack[0].equals("proc")) {
      if (stack[2].equals("root")) {
        System.arraycopy(stack, 3, stack, 0, depth - 3);
        depth -= 3;
      } else if (stack[2].equals("cwd")) {
        throw new RefusedPath("path.proc", "/proc/*/cwd points into another process's directory");
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < depth; k++) {
      sb.append('/').append(stack[k]);
    }
    return Path.of(sb.length() == 0 ? "/" : sb.toString());
  }

  private static void checkPercentEscapes(String s) {
    for (int i = s.indexOf('%'); i >= 0 && i + 2 < s.length(); i = s.indexOf('%', i + 1)) {
      String hex = s.substring(i + 1, i + 3).toLowerCase(java.util.Locale.ROOT);
      switch (hex) {
        case "2f", "5c", "2e", "7e", "00", "25" ->
            throw new RefusedPath("path.encoded", "percent-encoded '/', '\\', '.', '~', '%' or NUL"
                + " in a path: a tool that decodes it sees another path");
        default -> { }
      }
    }
  }

  private static boolean isAsciiAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
