package io.moltr.server;

/**
 * A cheap stand-in for the output scanner, used where the scanner is not (yet) available: before
 * {@code LogSetup.installRedactor} runs, when the scanner throws, and for text that re-enters
 * the logger from inside the scanner. It masks every run of 24 or more token characters that
 * mixes letters and digits (API keys, JWT parts, base64 secrets), except a canonical UUID, which
 * the shield uses for incident ids. Linear time, no regular expression.
 */
public final class SecretMask {
  static final int MIN_RUN = 24;
  public static final String MASK = "[REDACTED:token]";

  private SecretMask() {}

  public static String mask(String text) {
    if (text == null || text.length() < MIN_RUN) {
      return text;
    }
    StringBuilder out = null;
    int i = 0;
    int n = text.length();
    int copied = 0;
    while (i < n) {
      if (!tokenChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean letter = false;
      boolean digit = false;
      while (i < n && tokenChar(text.charAt(i))) {
        char c = text.charAt(i);
        letter |= Character.isLetter(c);
        digit |= c >= '0' && c <= '9';
        i++;
      }
      if (i - start >= MIN_RUN && letter && digit && !isUuid(text, start, i)) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(text, copied, start).append(MASK);
        copied = i;
      }
    }
    if (out == null) {
      return text;
    }
    return out.append(text, copied, n).toString();
  }

  private static boolean tokenChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '_' || c == '-' || c == '+' || c == '=';
  }

  private static boolean isUuid(String s, int from, int to) {
    if (to - from != 36) {
      return false;
    }
    for (int k = 0; k < 36; k++) {
      char c = s.charAt(from + k);
      boolean dash = k == 8 || k == 13 || k == 18 || k == 23;
      if (dash ? c != '-' : Character.digit(c, 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
