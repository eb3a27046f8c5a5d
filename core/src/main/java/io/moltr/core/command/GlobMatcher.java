package io.moltr.core.command;

/**
 * Could a shell pattern match a given file name? Bracket classes count as any one character, so the
 * answer errs towards "yes" (a deny). Greedy star matching with one backtrack point: O(n*m).
 */
final class GlobMatcher {
  private GlobMatcher() {}

  static boolean matches(String pattern, String name) {
    int p = 0;
    int n = 0;
    int starP = -1;
    int starN = 0;
    while (n < name.length()) {
      if (p < pattern.length()) {
        char c = pattern.charAt(p);
        if (c == '*') {
          starP = p++;
          starN = n;
          continue;
        }
        if (c == '[') {
          int close = pattern.indexOf(']', p + 2);
          if (close > 0) {
            p = close + 1;
            n++;
            continue;
          }
        }
        if (c == '?' || c == name.charAt(n)) {
          p++;
          n++;
          continue;
        }
      }
      if (starP >= 0) {
        p = starP + 1;
        n = ++starN;
        continue;
      }
      return false;
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }
}
