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
 *       But an escape that decodes to a separator, a dot, '~', '%', NUL or another control
 *       character is refused (%2f %5c %2e %7e %25 %00, any case; also %uXXXX and multi-byte
 *       UTF-8 such as %ef%bc%8e, a full-width dot), and so are escaped bytes that are not valid
 *       UTF-8 (%c0%ae is an overlong '.' that lenient decoders accept): a tool that decodes the
 *       path would see a different one than we checked.
 *   <li>Unicode: normalised to NFC (macOS and many tools compose; one name, one form). A path
 *       whose path syntax is spelled with look-alikes ('．．／', '‥', '∕', '。。') is refused,
 *       see {@link PathLookalikes}; names that only use other letters pass.
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
    String nfc = Normalizer.normalize(input.strip(), Normalizer.Form.NFC);
    String confusion = PathLookalikes.confusion(nfc);
    if (confusion != null) {
      throw new RefusedPath("path.lookalike", "path syntax spelled with look-alike characters: "
          + confusion);
    }
    String s = nfc.replace('\\', '/');
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

  /** Decodes every escape run (%XX bytes as UTF-8, %uXXXX) and refuses what the class comment lists. */
  private static void checkPercentEscapes(String s) {
    int i = s.indexOf('%');
    while (i >= 0 && i + 2 < s.length()) {
      if ((s.charAt(i + 1) == 'u' || s.charAt(i + 1) == 'U') && i + 5 < s.length()
          && isHex(s, i + 2, 4)) {
        checkDecoded(new String(Character.toChars(Integer.parseInt(s.substring(i + 2, i + 6), 16))));
        i = s.indexOf('%', i + 6);
        continue;
      }
      java.io.ByteArrayOutputStream run = new java.io.ByteArrayOutputStream();
      int j = i;
      while (j + 2 < s.length() && s.charAt(j) == '%' && isHex(s, j + 1, 2)) {
        run.write(Integer.parseInt(s.substring(j + 1, j + 3), 16));
        j += 3;
      }
      if (j == i) {
        i = s.indexOf('%', i + 1);
        continue;
      }
      byte[] bytes = run.toByteArray();
      try {
        checkDecoded(java.nio.charset.StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(bytes)).toString());
      } catch (java.nio.charset.CharacterCodingException e) {
        throw new RefusedPath("path.encoded", "percent-encoded bytes that are not valid UTF-8 in a"
            + " path (an overlong form decodes to '.' or '/' in lenient decoders)");
      }
      i = s.indexOf('%', j);
    }
  }

  private static void checkDecoded(String decoded) {
    String skeleton = PathLookalikes.skeleton(decoded);
    for (int k = 0; k < skeleton.length(); k++) {
      char c = skeleton.charAt(k);
      if (c == '/' || c == '\\' || c == '.' || c == '~' || c == '%' || c < 0x20 || c == 0x7f) {
        throw new RefusedPath("path.encoded", "percent-encoded '/', '\\', '.', '~', '%' or a"
            + " control character in a path: a tool that decodes it sees another path");
      }
    }
  }

  private static boolean isHex(String s, int from, int count) {
    if (from + count > s.length()) {
      return false;
    }
    for (int k = from; k < from + count; k++) {
      if (Character.digit(s.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
