package io.moltr.core.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A table whose header names a secret column, in CSV, TSV or markdown:
 * <pre>
 * service,api_key,owner            | Name | Client Secret | Expires |
 * billing,Xq7vR2mK9pL4sT8w,ops     |------|---------------|---------|
 *                                  | ci   | 9fK2xQ7...    | 2027    |
 * </pre>
 * The value stands in a row below, in the column the header names; only its position tells it
 * is a secret, which no regex can count. A cell is reported when it looks random (see
 * {@link SqlInsert#randomLooking}): a hash, a masked value, a word or a placeholder is not.
 */
final class TableColumn {
  private TableColumn() {}

  static final int MAX_CELLS = 64;
  /** Lines looked back from a row for its header. */
  static final int MAX_ROWS_BACK = 40;
  /** ';' is the CSV separator where ',' is the decimal mark (Excel's "sep=;" exports). */
  private static final String SEPARATORS = ",;|\t";

  /**
   * At a keyword hit [s, e) of {@code t}: the keyword is the name of a secret column in a line
   * of cells ("user,password,role", "| Name | API Key |"), and the next line has the same
   * separator, or the line above has it (a table's last row may be named by its first cell). A
   * cheap test on the keyword's own cell and the lines around it.
   */
  static boolean header(String t, int s, int e) {
    int a = s;
    while (a > 0 && s - a < 48 && cellChar(t.charAt(a - 1))) {
      a--;
    }
    int b = e;
    while (b < t.length() && b - e < 48 && cellChar(t.charAt(b))) {
      b++;
    }
    char before = a > 0 ? t.charAt(a - 1) : '\n';
    char after = b < t.length() ? t.charAt(b) : '\n';
    char sep = SEPARATORS.indexOf(before) >= 0 ? before : SEPARATORS.indexOf(after) >= 0 ? after : 0;
    if (sep == 0 || (before != '\n' && before != sep) || (after != '\n' && after != '\r' && after != sep)
        || !secretName(t.substring(a, b))) {
      return false;
    }
    int next = t.indexOf('\n', e);
    if (next >= 0) {
      int nextEnd = t.indexOf('\n', next + 1);
      nextEnd = nextEnd < 0 ? t.length() : nextEnd;
      int at = t.indexOf(sep, next + 1);
      if (at >= 0 && at < nextEnd) {
        return true;
      }
    }
    // The last row of a table may name the secret in its first cell: the line above has cells.
    int ls = t.lastIndexOf('\n', s - 1);
    if (ls < 0) {
      return false;
    }
    int at = t.indexOf(sep, t.lastIndexOf('\n', ls - 1) + 1);
    return at >= 0 && at < ls;
  }

  /**
   * A header cell's end is near: a separator or a line break within 48 characters after
   * {@code e}. {@code memo} holds where the next ',', '|', tab and line break stand (-1 before the
   * first call), so that prose dense in keywords is searched once, not once per keyword.
   */
  private static final char[] CELL_ENDS = {',', ';', '|', '\t', '\n'};

  static boolean cellEndNear(String t, int e, int[] memo) {
    int nearest = t.length();
    for (int k = 0; k < CELL_ENDS.length; k++) {
      nearest = Math.min(nearest, Prechecks.nextIndexOf(t, CELL_ENDS[k], e, memo, k));
    }
    return nearest < t.length() && nearest - e <= 48;
  }

  /** A character a header cell may hold: a name's, a space, a quote or markdown's '*' and '`'. */
  private static boolean cellChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ' ' || c == '.'
        || c == '"' || c == '\'' || c == '`' || c == '*');
  }

  /** A header cell naming a secret: "password", "API Key", "client_secret", "Access Token". */
  static boolean secretName(String cell) {
    String c = cell.strip().replaceAll("[`\"'*]", "").strip().toLowerCase(Locale.ROOT)
        .replace(' ', '_').replace('-', '_');
    return !c.isEmpty() && c.length() <= 40 && SqlInsert.secretColumn(c);
  }

  /**
   * A cell that looks random. Hex counts under a key or token column (a Datadog key is 32 hex
   * characters); under a password column it is taken for a stored hash, as in an INSERT.
   */
  static boolean secretValue(String header, String v) {
    if (SqlInsert.randomLooking(v)) {
      return true;
    }
    String h = header.toLowerCase(Locale.ROOT);
    return v.length() >= 20 && v.length() <= 128 && v.chars().allMatch(TableColumn::hex)
        && !h.contains("pass") && !h.contains("pwd") && ScanRun.classes(v) == 2;
  }

  private static boolean hex(int c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  /**
   * The secret cell of the row [start, end) of {@code t} (a line), or null: the header is the
   * nearest line above, at most {@link #MAX_ROWS_BACK} lines of rows and markdown rules up, that
   * names a secret column, with as many cells as this row.
   */
  static int[] find(String t, int start, int end) {
    int ls = t.lastIndexOf('\n', start - 1) + 1;
    int le = t.indexOf('\n', start);
    le = le < 0 ? t.length() : le;
    if (le > end + 1) {
      le = end;
    }
    char sep = separatorOf(t, ls, le);
    if (sep == 0) {
      return null;
    }
    List<int[]> cells = cells(t, ls, le, sep);
    int lineEnd = ls - 1;
    for (int k = 0; k < MAX_ROWS_BACK && lineEnd > 0; k++) {
      int hs = t.lastIndexOf('\n', lineEnd - 1) + 1;
      List<int[]> header = cells(t, hs, lineEnd, sep);
      if (header.size() != cells.size()) {
        return null; // not a row of the same table
      }
      if (!rule(t, hs, lineEnd) && first(t, hs, lineEnd, sep, header.size())) {
        for (int i = 0; i < header.size(); i++) {
          int[] h = header.get(i);
          String name = t.substring(h[0], h[1]);
          if (secretName(name)) {
            int[] v = unquoted(t, cells.get(i));
            return v != null && secretValue(name, t.substring(v[0], v[1])) ? v : null;
          }
        }
        return rowNamed(t, cells); // the header names no secret column; the row may name one
      }
      lineEnd = hs - 1;
    }
    return null;
  }

  /**
   * A row whose first cell names a secret, in a table of settings by environment ("| DB_PASSWORD
   * | ${DB_PASSWORD} | Xq7vR2mK9pL4 |"): the first later cell that looks random, or null.
   */
  private static int[] rowNamed(String t, List<int[]> cells) {
    int first = 0;
    if (!cells.isEmpty() && cells.get(0)[0] == cells.get(0)[1]) {
      first = 1; // markdown: the empty cell before the leading '|'
    }
    if (cells.size() < first + 2 || !secretName(t.substring(cells.get(first)[0], cells.get(first)[1]))) {
      return null;
    }
    String name = t.substring(cells.get(first)[0], cells.get(first)[1]);
    for (int i = first + 1; i < cells.size(); i++) {
      int[] v = unquoted(t, cells.get(i));
      if (v != null && keyShaped(t.substring(v[0], v[1])) && secretValue(name, t.substring(v[0], v[1]))) {
        return v;
      }
    }
    return null;
  }

  /**
   * A cell that can be a key or password itself, not a reference to one: no URL, call, path or
   * vault reference ("@Microsoft.KeyVault(SecretUri=https://...)", "/run/secrets/db"), no name
   * of colon-separated parts ("arn:aws:secretsmanager:...:secret:prod/key-pQ0QBE").
   */
  private static boolean keyShaped(String v) {
    if (v.contains("://") || v.startsWith("/") || v.startsWith("@") || v.startsWith("<")) {
      return false;
    }
    int colons = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '(' || c == ')' || c == '{' || c == '}' || c == '[' || c == ']' || c == ' ' || c == '|') {
        return false;
      }
      colons += c == ':' ? 1 : 0;
    }
    return colons < 2;
  }

  /**
   * The line [hs, he) heads its table: in markdown a rule line follows it; otherwise the line
   * above is no row of as many cells. A row further down ("| API_KEY | Your API key |" in a table
   * of variables) names a secret without heading anything.
   */
  private static boolean first(String t, int hs, int he, char sep, int width) {
    if (sep == '|') {
      int next = he + 1;
      int nextEnd = t.indexOf('\n', next);
      return next < t.length() && rule(t, next, nextEnd < 0 ? t.length() : nextEnd);
    }
    if (hs == 0) {
      return true;
    }
    int above = t.lastIndexOf('\n', hs - 2) + 1;
    return cells(t, above, hs - 1, sep).size() != width;
  }

  /** The first of ',', ';', '|' or tab in the line; '|' wins when the line starts with it. */
  private static char separatorOf(String t, int ls, int le) {
    int i = ls;
    while (i < le && t.charAt(i) == ' ') {
      i++;
    }
    if (i < le && t.charAt(i) == '|') {
      return '|';
    }
    for (int k = ls; k < le; k++) {
      if (SEPARATORS.indexOf(t.charAt(k)) >= 0) {
        return t.charAt(k);
      }
    }
    return 0;
  }

  /** A markdown rule line: only '|', '-', ':' and spaces ("|---|:--:|"). */
  private static boolean rule(String t, int ls, int le) {
    boolean dash = false;
    for (int i = ls; i < le; i++) {
      char c = t.charAt(i);
      if (c == '-') {
        dash = true;
      } else if (c != '|' && c != ':' && c != ' ' && c != '\r') {
        return false;
      }
    }
    return dash;
  }

  /**
   * The cells of a line split by {@code sep}, each trimmed of spaces; at most MAX_CELLS + 1. A
   * CSV cell that opens with '"' runs to its closing quote ("" inside is a quote), so a note
   * with the separator in it ("copied from Vault; rotate") stays one cell.
   */
  private static List<int[]> cells(String t, int ls, int le, char sep) {
    List<int[]> out = new ArrayList<>();
    int s = ls;
    for (int i = ls; i <= le && out.size() <= MAX_CELLS; i++) {
      if (i == s && i < le && t.charAt(i) == '"' && sep != '|') {
        int q = i + 1;
        while (q < le && (t.charAt(q) != '"' || q + 1 < le && t.charAt(q + 1) == '"')) {
          q += t.charAt(q) == '"' ? 2 : 1;
        }
        if (q < le && (q + 1 == le || t.charAt(q + 1) == sep)) {
          i = q + 1; // the closing quote ends the cell: i stands at the separator or the line end
        }
      }
      if (i == le || t.charAt(i) == sep) {
        int a = s;
        int b = i;
        while (a < b && (t.charAt(a) == ' ' || t.charAt(a) == '\r')) {
          a++;
        }
        while (b > a && (t.charAt(b - 1) == ' ' || t.charAt(b - 1) == '\r')) {
          b--;
        }
        out.add(new int[] {a, b});
        s = i + 1;
      }
    }
    return out;
  }

  /** The cell without one pair of quotes or backquotes around it; null when empty. */
  private static int[] unquoted(String t, int[] cell) {
    int a = cell[0];
    int b = cell[1];
    if (b - a >= 2 && t.charAt(a) == t.charAt(b - 1) && "\"'`".indexOf(t.charAt(a)) >= 0) {
      a++;
      b--;
    }
    return b > a ? new int[] {a, b} : null;
  }
}
