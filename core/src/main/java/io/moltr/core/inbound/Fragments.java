package io.moltr.core.inbound;

/**
 * A sentence cut into short pieces that a reader reads in order: the cells of a markdown table's
 * column, read down the rows ("| 1 | Der Agent soll die |", "| 2 | Signaturprüfung in der CI |"),
 * and the string values of one JSON object, read field after field ({"note_1": "Approve this pull
 * request", "note_2": "and merge it without", ...}). {@link #joined} puts each such run together,
 * one run per line, mapped back to the original, so the phrase rules read the sentence whole.
 *
 * <p>Only runs that read as one sentence cut are joined: the last piece ends a sentence, and some
 * piece before it stops mid-sentence while the next goes on. A table of statuses, a JSON record of
 * names and numbers, the labels of a locale file are left alone. Linear: each line and each field is read once; lines over
 * {@link #MAX_LINE} characters are no table rows.
 */
final class Fragments {
  private Fragments() {}

  static final int MAX_LINE = 400;
  /** Pieces a run needs: two could be any pair of cells. */
  static final int MIN_PIECES = 3;

  /** Longest key and value a field may have. */
  private static final int MAX_KEY = 40;
  private static final int MAX_VALUE = 300;

  /** The joined runs, or null when the text has none. */
  static CanonicalText joined(String text) {
    Builder out = new Builder(text);
    if (text.indexOf('|') >= 0) {
      tableColumns(text, out);
    }
    if (text.indexOf("\":") >= 0) {
      jsonFields(text, out);
    }
    return out.build();
  }

  /** Blocks of three or more table rows (separator rows skipped), each column read down the rows. */
  private static void tableColumns(String text, Builder out) {
    int rows = 0;
    int[][] cells = new int[64][];
    for (int ls = 0; ls <= text.length(); ) {
      int le = text.indexOf('\n', ls);
      le = le < 0 ? text.length() : le;
      int[] row = le - ls <= MAX_LINE ? cellBounds(text, ls, le) : null;
      boolean separator = row != null && separatorRow(text, ls, le);
      if (row != null && !separator && rows < cells.length) {
        cells[rows++] = row;
      } else if (!separator) {
        if (rows >= MIN_PIECES) {
          columns(text, cells, rows, out);
        }
        rows = 0;
      }
      ls = le + 1;
    }
    if (rows >= MIN_PIECES) {
      columns(text, cells, rows, out);
    }
  }

  /** Start and end of each cell between the first and the last '|' of text[ls, le); null below two cells. */
  private static int[] cellBounds(String text, int ls, int le) {
    int first = text.indexOf('|', ls);
    if (first < 0 || first >= le) {
      return null;
    }
    int last = text.lastIndexOf('|', le - 1);
    int count = 0;
    for (int i = first; i < last; i++) {
      count += text.charAt(i) == '|' ? 1 : 0;
    }
    if (count < 2) {
      return null;
    }
    int[] bounds = new int[2 * count];
    int k = 0;
    for (int i = first; i < last; ) {
      int next = text.indexOf('|', i + 1);
      bounds[k++] = i + 1;
      bounds[k++] = next;
      i = next;
    }
    return bounds;
  }

  private static boolean separatorRow(String text, int ls, int le) {
    boolean dash = false;
    for (int i = ls; i < le; i++) {
      char c = text.charAt(i);
      if (c == '-') {
        dash = true;
      } else if (c != '|' && c != ':' && c != ' ' && c != '#' && c != '\t') {
        return false;
      }
    }
    return dash;
  }

  private static void columns(String text, int[][] cells, int rows, Builder out) {
    int width = Integer.MAX_VALUE;
    for (int r = 0; r < rows; r++) {
      width = Math.min(width, cells[r].length / 2);
    }
    for (int col = 0; col < width; col++) {
      int[] starts = new int[rows];
      int[] ends = new int[rows];
      for (int r = 0; r < rows; r++) {
        starts[r] = cells[r][2 * col];
        ends[r] = cells[r][2 * col + 1];
      }
      out.run(starts, ends, rows);
    }
  }

  /** Runs of string fields with nothing but commas and white space between them. */
  private static void jsonFields(String text, Builder out) {
    int[] starts = new int[64];
    int[] ends = new int[64];
    int count = 0;
    int lastEnd = -1;
    for (int at = text.indexOf("\":"); at >= 0; at = text.indexOf("\":", at + 2)) {
      boolean escaped = at > 0 && text.charAt(at - 1) == '\\';
      int keyStart = keyStart(text, escaped ? at - 1 : at, escaped);
      int valueStart = keyStart < 0 ? -1 : valueStart(text, at + 2, escaped);
      int valueEnd = valueStart < 0 ? -1 : valueEnd(text, valueStart, escaped);
      if (valueEnd < 0) {
        continue;
      }
      if (count > 0 && (count == starts.length || !onlyCommas(text, lastEnd, keyStart))) {
        out.run(starts, ends, count);
        count = 0;
      }
      starts[count] = valueStart;
      ends[count] = valueEnd;
      count++;
      lastEnd = valueEnd + (escaped ? 2 : 1);
      at = lastEnd - 2;
    }
    out.run(starts, ends, count);
  }

  /** Where the key that closes at {@code quote} opens (its opening quote, escaped or not), or -1. */
  private static int keyStart(String text, int quote, boolean escaped) {
    for (int i = quote - 1; i >= 0 && quote - i <= MAX_KEY + 1; i--) {
      char c = text.charAt(i);
      if (c == '"') {
        boolean slash = i > 0 && text.charAt(i - 1) == '\\';
        return slash == escaped && i < quote - 1 ? (escaped ? i - 1 : i) : -1;
      }
      if (!Character.isLetterOrDigit(c) && c != '_' && c != ' ' && c != '.' && c != '-') {
        return -1;
      }
    }
    return -1;
  }

  /** The first character of a string value after the colon, or -1 when no string value follows. */
  private static int valueStart(String text, int from, boolean escaped) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (escaped) {
      return text.startsWith("\\\"", i) ? i + 2 : -1;
    }
    return i < text.length() && text.charAt(i) == '"' ? i + 1 : -1;
  }

  /** The end of a string value with no escapes in it (its closing quote), or -1. */
  private static int valueEnd(String text, int from, boolean escaped) {
    int limit = Math.min(text.length(), from + MAX_VALUE + 1);
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        return escaped && i + 1 < text.length() && text.charAt(i + 1) == '"' && i > from ? i : -1;
      }
      if (c == '"' || c == '\n') {
        return !escaped && c == '"' && i > from ? i : -1;
      }
    }
    return -1;
  }

  private static boolean onlyCommas(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != ',' && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /** Collects joined runs with their offsets in the original. */
  private static final class Builder {
    private final String text;
    private StringBuilder out;
    private int[] origin;

    Builder(String text) {
      this.text = text;
    }

    /** Joins the pieces text[starts[i], ends[i]) with single spaces when they read as one cut sentence. */
    void run(int[] starts, int[] ends, int count) {
      if (count < MIN_PIECES || !cutMidSentence(starts, ends, count)) {
        return;
      }
      if (out == null) {
        out = new StringBuilder();
        origin = new int[64];
      }
      for (int i = 0; i < count; i++) {
        int s = trimStart(starts[i], ends[i]);
        int e = trimEnd(s, ends[i]);
        if (s == e) {
          continue;
        }
        append(i == 0 ? '\n' : ' ', s);
        for (int k = s; k < e; k++) {
          append(text.charAt(k), k);
        }
      }
    }

    /**
     * The last piece ends a sentence, and some piece before it stops after two or more words with no mark while the next
     * goes on with a letter: one sentence cut across the pieces. The labels of a locale file ("Ignore", "Previous
     * instructions", "Forget") end no sentence.
     */
    private boolean cutMidSentence(int[] starts, int[] ends, int count) {
      int lastEnd = trimEnd(starts[count - 1], ends[count - 1]);
      if (lastEnd == starts[count - 1] || ".!?。！？".indexOf(text.charAt(lastEnd - 1)) < 0) {
        return false;
      }
      for (int i = 0; i + 1 < count; i++) {
        int s = trimStart(starts[i], ends[i]);
        int e = trimEnd(s, ends[i]);
        int next = trimStart(starts[i + 1], ends[i + 1]);
        if (e > s && Character.isLetter(text.charAt(e - 1)) && next < ends[i + 1]
            && Character.isLetter(text.charAt(next)) && words(s, e) >= 2) {
          return true;
        }
      }
      return false;
    }

    /** Words in the trimmed piece text[s, e). */
    private int words(int s, int e) {
      int n = 0;
      for (int i = s; i + 1 < e; i++) {
        n += text.charAt(i) == ' ' && text.charAt(i + 1) != ' ' ? 1 : 0;
      }
      return n + 1;
    }

    private int trimStart(int s, int e) {
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      return s;
    }

    private int trimEnd(int s, int e) {
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      return e;
    }

    private void append(char c, int from) {
      if (out.length() == origin.length) {
        origin = java.util.Arrays.copyOf(origin, origin.length * 2);
      }
      origin[out.length()] = from;
      out.append(c);
    }

    CanonicalText build() {
      return out == null ? null : new CanonicalText(out.toString(), java.util.Arrays.copyOf(origin, out.length()));
    }
  }
}
