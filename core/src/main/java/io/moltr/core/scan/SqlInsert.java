package io.moltr.core.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An SQL INSERT whose column list names a secret ({@code INSERT INTO t (id, name, password)
 * VALUES (7, 'x', 'N!EeIWbV...')}): the value is found by its position in the VALUES tuple, which
 * no regex can count. Only a quoted literal that looks random is reported; a hash, a bind
 * parameter or a word is not a password.
 */
final class SqlInsert {
  private SqlInsert() {}

  private static final int MAX_COLUMNS = 64;

  /** Returns the span of the secret literal inside [start, end) of {@code text}, or null. */
  static int[] find(String text, int start, int end) {
    int open = text.indexOf('(', start);
    if (open < 0 || open >= end) {
      return null;
    }
    int close = text.indexOf(')', open);
    if (close < 0 || close >= end) {
      return null;
    }
    String[] columns = text.substring(open + 1, close).split(",", MAX_COLUMNS + 1);
    int column = -1;
    for (int i = 0; i < columns.length && i < MAX_COLUMNS; i++) {
      if (secretColumn(columns[i])) {
        column = i;
        break;
      }
    }
    if (column < 0) {
      return null;
    }
    int values = indexOfIgnoreCase(text, "values", close, end);
    int tuple = values < 0 ? -1 : text.indexOf('(', values);
    if (tuple < 0 || tuple >= end) {
      return null;
    }
    List<int[]> items = items(text, tuple + 1, end);
    if (items.size() <= column) {
      return null;
    }
    int[] v = items.get(column);
    int s = v[0];
    int e = v[1];
    if (e - s < 2 || text.charAt(s) != '\'' || text.charAt(e - 1) != '\'') {
      return null; // a number, NULL, a function call or a bind parameter
    }
    String literal = text.substring(s + 1, e - 1);
    return randomLooking(literal) ? new int[] {s + 1, e - 1} : null;
  }

  /** A column named password, passwd, pwd, secret, token or api_key, alone or as a suffix. */
  static boolean secretColumn(String raw) {
    String c = raw.strip().replaceAll("[`\"\\[\\]]", "").toLowerCase(Locale.ROOT);
    if (c.endsWith("_hash") || c.endsWith("_digest") || c.endsWith("_id") || c.contains("hash")) {
      return false;
    }
    return c.equals("password") || c.equals("passwd") || c.equals("pwd") || c.equals("secret")
        || c.equals("token") || c.equals("api_key") || c.equals("apikey")
        || c.endsWith("_password") || c.endsWith("_secret") || c.endsWith("_token")
        || c.endsWith("_api_key") || c.equals("secret_key") || c.equals("private_key")
        || c.endsWith("_pass") || c.endsWith("_pwd");
  }

  /** The items of a tuple from {@code from}: top-level commas split, quotes and calls kept whole. */
  private static List<int[]> items(String t, int from, int end) {
    List<int[]> out = new ArrayList<>();
    int depth = 0;
    boolean quote = false;
    int s = from;
    for (int i = from; i < end && out.size() < MAX_COLUMNS; i++) {
      char c = t.charAt(i);
      if (quote) {
        if (c == '\'' && i + 1 < end && t.charAt(i + 1) == '\'') {
          i++; // '' inside a literal
        } else if (c == '\'') {
          quote = false;
        }
      } else if (c == '\'') {
        quote = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (c == ',' && depth == 0 || c == ')') {
        out.add(trim(t, s, i));
        if (c == ')') {
          break;
        }
        s = i + 1;
      }
    }
    return out;
  }

  private static int[] trim(String t, int s, int e) {
    while (s < e && Character.isWhitespace(t.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
      e--;
    }
    return new int[] {s, e};
  }

  private static int indexOfIgnoreCase(String t, String w, int from, int end) {
    for (int i = from; i + w.length() <= end; i++) {
      if (t.regionMatches(true, i, w, 0, w.length())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Eight to 128 characters without spaces, two classes of letters and digits at least, no hash
   * or crypt prefix ($2b$, {bcrypt}, pbkdf2_sha256$, sha256:), not all hex, and not a word with
   * a number on it.
   */
  static boolean randomLooking(String v) {
    if (v.length() < 8 || v.length() > 128) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      if (Character.isWhitespace(v.charAt(i))) {
        return false;
      }
    }
    String low = v.toLowerCase(Locale.ROOT);
    if (v.startsWith("$") || v.startsWith("{") || v.startsWith(":") || v.startsWith("?")
        || low.matches("^(?:pbkdf2|sha\\d*|md5|argon2|scrypt|bcrypt)[_$:].*")
        || low.matches("[0-9a-f]+") || low.matches("[a-z]+[_-]?[0-9]*[!.]?")) {
      return false;
    }
    return ScanRun.classes(v) >= 2 && ScanRun.entropy(v) >= 3.0;
  }
}
