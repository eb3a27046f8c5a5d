package io.moltr.core.command;

import java.util.Set;

/**
 * An awk program read for what reaches outside the text it filters: {@code system()}, pipes to
 * and from commands ({@code print | "cmd"}, {@code "cmd" | getline}), {@code getline} from files,
 * output redirection inside print/printf, the environment, and gawk's {@code @load}/{@code
 * @include} and indirect calls. One pass, no backtracking.
 *
 * <p>Names are looked for everywhere outside string literals, including what looks like a regex
 * literal, so a division that awk reads where this reader sees a regex hides nothing. A '/' opens
 * a regex only after a character that cannot end an operand; when unsure it is a division, and
 * a '|' or '>' then seen is refused (a false refusal, never a miss).
 */
final class AwkProgram {
  private static final Set<String> FORBIDDEN = Set.of("system", "getline", "ENVIRON", "PROCINFO",
      "ARGV", "ARGC"); // assigning ARGV makes awk read a file the policy never saw
  private static final String REGEX_AFTER = "({};,\n~!&|=?:";

  private AwkProgram() {}

  /** Null when the program only filters text; otherwise why it is refused. */
  static String refusal(String p) {
    int depth = 0;
    int printDepth = -1; // paren depth at which the current print/printf statement started
    char prev = '\n'; // last significant character outside strings
    int i = 0;
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == '"') {
        i = skipString(p, i + 1);
        if (i < 0) {
          return "unterminated string";
        }
        prev = '"';
        continue;
      }
      if (c == '#') {
        while (i < p.length() && p.charAt(i) != '\n') {
          i++;
        }
        continue;
      }
      if (c == '\\' && i + 1 < p.length() && p.charAt(i + 1) == '\n') {
        i += 2;
        continue;
      }
      if (c == '/' && REGEX_AFTER.indexOf(prev) >= 0) {
        int end = skipRegex(p, i + 1);
        if (end < 0) {
          return "unterminated regular expression";
        }
        String names = forbiddenName(p.substring(i + 1, end));
        if (names != null) {
          return "'" + names + "' reaches outside the text";
        }
        i = end + 1;
        prev = ')'; // a regex is an operand
        continue;
      }
      if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < p.length() && (Character.isLetterOrDigit(p.charAt(i)) || p.charAt(i) == '_')) {
          i++;
        }
        String word = p.substring(start, i);
        if (FORBIDDEN.contains(word)) {
          return "'" + word + "' reaches outside the text (a command, a file or the environment)";
        }
        if (word.equals("print") || word.equals("printf")) {
          printDepth = depth;
        }
        prev = 'a';
        continue;
      }
      switch (c) {
        case '@' -> {
          return "'@' loads code or calls a function by name (gawk)";
        }
        case '|' -> {
          if (i + 1 < p.length() && p.charAt(i + 1) == '|') {
            i += 2;
            prev = '|';
            continue;
          }
          return "'|' pipes to or from a command";
        }
        case '>' -> {
          if (printDepth >= 0 && depth <= printDepth) {
            return "'>' in print/printf writes a file";
          }
        }
        case '(' -> depth++;
        case ')' -> depth = Math.max(0, depth - 1);
        case ';', '\n', '{', '}' -> printDepth = -1;
        default -> { }
      }
      if (!Character.isWhitespace(c) || c == '\n') {
        prev = c;
      }
      i++;
    }
    return null;
  }

  private static String forbiddenName(String s) {
    int i = 0;
    while (i < s.length()) {
      if (Character.isLetter(s.charAt(i)) || s.charAt(i) == '_') {
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
          i++;
        }
        if (FORBIDDEN.contains(s.substring(start, i))) {
          return s.substring(start, i);
        }
      } else {
        i++;
      }
    }
    return null;
  }

  /** Index after the closing quote, or -1. */
  private static int skipString(String p, int i) {
    while (i < p.length()) {
      char c = p.charAt(i++);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i;
      } else if (c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  /** Index of the closing '/', or -1; a bracket expression may hold a '/'. */
  private static int skipRegex(String p, int i) {
    boolean bracket = false;
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '\n') {
        return -1;
      }
      if (bracket) {
        if (c == ']') {
          bracket = false;
        }
      } else if (c == '[') {
        bracket = true;
      } else if (c == '/') {
        return i;
      }
      i++;
    }
    return -1;
  }
}
