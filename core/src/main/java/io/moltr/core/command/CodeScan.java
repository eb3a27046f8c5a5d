package io.moltr.core.command;

import java.util.Set;

/**
 * A coarse look at inline program text (python -c, node -e): the identifiers it names. Names are
 * read wherever they appear, in strings too, because a string is how code smuggles a module name.
 */
final class CodeScan {
  private CodeScan() {}

  /** The first identifier of {@code code} that is in {@code forbidden}, or null. */
  static String firstForbidden(String code, Set<String> forbidden) {
    int i = 0;
    int n = code.length();
    while (i < n) {
      char c = code.charAt(i);
      if (Character.isLetter(c) || c == '_' || c == '$') {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(code.charAt(i)) || code.charAt(i) == '_'
            || code.charAt(i) == '$')) {
          i++;
        }
        String id = code.substring(start, i);
        if (forbidden.contains(id)) {
          return id;
        }
      } else if (c == '\\' && i + 1 < n && "xuUN0".indexOf(code.charAt(i + 1)) >= 0) {
        // escaped characters in string literals spell names this scan cannot see
        return "\\" + code.charAt(i + 1) + " escape";
      } else {
        i++;
      }
    }
    return null;
  }
}
