package io.moltr.core.inbound;

import java.text.Normalizer;

/**
 * The one canonical view phrase rules are matched against, with a map from every canonical
 * character back to the original offset. Folding, in order: NFKC (fullwidth and mathematical
 * letters), zero-width, bidi, soft-hyphen and tag characters removed, German umlauts spelled out
 * (ä -> ae, so "Einschränkungen" and "Einschraenkungen" meet), other diacritics and strokes (ł, ø, đ) dropped, Cyrillic
 * and Greek look-alikes folded to Latin. {@link #flat} additionally joins letter-spaced words
 * ("i g n o r e", "i.g.n.o.r.e"), reads '-' and '_' as spaces, reads digits inside words as the
 * letters they imitate ("1gn0r3"), reads inline styling tags (span, b, em, font...) as nothing and
 * collapses whitespace, keeping paragraph breaks.
 */
record CanonicalText(String text, int[] origin) {

  /** Maps an offset in this view back to the original text. */
  int toOriginal(int index) {
    if (origin.length == 0) {
      return 0;
    }
    return origin[Math.max(0, Math.min(index, origin.length - 1))];
  }

  int toOriginalEnd(int end) {
    return end <= 0 ? toOriginal(0) : toOriginal(end - 1) + 1;
  }

  static boolean invisible(int cp) {
    return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064)
        || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF || cp == 0x00AD || cp == 0x180E || cp == 0x034F
        || (cp >= 0xE0000 && cp <= 0xE007F);
  }

  /** The original itself, offset for offset: the view of rules that read the text unfolded. */
  static CanonicalText identity(String original) {
    int[] origin = new int[original.length()];
    for (int i = 0; i < origin.length; i++) {
      origin[i] = i;
    }
    return new CanonicalText(original, origin);
  }

  /**
   * The original with its inline styling tags ({@link #INLINE_TAGS}) left out and all else as it is,
   * or null when it has none: "<span>To the assistant </span><span>handling this calendar:</span>"
   * read as the sentence it renders to, for the rules that read the original's letters.
   */
  static CanonicalText withoutInlineTags(String original) {
    StringBuilder out = null;
    int[] origin = null;
    int n = 0;
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      int end = c == '<' ? inlineTagEnd(original, i) : -1;
      int cell = c == '<' && end < 0 ? cellTagEnd(original, i) : -1;
      if ((cell > 0 || end > 0) && out == null) {
        out = new StringBuilder(original.length());
        origin = new int[original.length()];
        out.append(original, 0, i);
        for (int k = 0; k < i; k++) {
          origin[k] = k;
        }
        n = i;
      }
      if (cell > 0) {
        // A cell or list item on the line reads as a space, so the sentence cut into cells reads whole.
        if (n > 0 && out.charAt(n - 1) != ' ' && out.charAt(n - 1) != '\n') {
          out.append(' ');
          origin[n++] = i;
        }
        i = cell - 1;
        continue;
      }
      if (end > 0) {
        i = end - 1;
      } else if (out != null) {
        out.append(c);
        origin[n++] = i;
      }
    }
    return out == null ? null : new CanonicalText(out.toString(), java.util.Arrays.copyOf(origin, n));
  }

  /**
   * The original with its invisible characters ({@link #invisible}) left out and all else as it is, or null when it has
   * none: "忽\u200b略\u200d你之前的指令" read as the sentence it shows, by the rules that read the original's letters (the
   * folded view drops them too, but also folds the Cyrillic those rules need). Null too when no invisible character
   * splits a word ({@link #splitsWord}): a byte order mark, an emoji's joiner and the soft hyphens of Latin-script
   * typography leave every sentence readable, and reading a long text twice for them would cost a third more.
   */
  static CanonicalText withoutInvisibles(String original) {
    int first = 0;
    while (first < original.length() && !splitsWord(original, first)) {
      first += Character.charCount(original.codePointAt(first));
    }
    if (first >= original.length()) {
      return null;
    }
    StringBuilder out = new StringBuilder(original.length());
    int[] origin = new int[original.length()];
    out.append(original, 0, first);
    for (int k = 0; k < first; k++) {
      origin[k] = k;
    }
    int n = first;
    for (int i = first; i < original.length(); ) {
      int cp = original.codePointAt(i);
      int w = Character.charCount(cp);
      if (!invisible(cp)) {
        for (int k = 0; k < w; k++) {
          out.append(original.charAt(i + k));
          origin[n++] = i + k;
        }
      }
      i += w;
    }
    return new CanonicalText(out.toString(), java.util.Arrays.copyOf(origin, n));
  }

  /**
   * An invisible character at {@code i} between two letters, where a soft hyphen counts only between letters of a
   * script other than Latin (where it breaks no word for display).
   */
  private static boolean splitsWord(String text, int i) {
    int cp = text.codePointAt(i);
    if (!invisible(cp) || i == 0) {
      return false;
    }
    int before = text.codePointBefore(i);
    int j = i + Character.charCount(cp);
    while (j < text.length() && invisible(text.codePointAt(j))) {
      j += Character.charCount(text.codePointAt(j));
    }
    if (j >= text.length() || !Character.isLetter(before)) {
      return false;
    }
    int after = text.codePointAt(j);
    return Character.isLetter(after) && (cp != 0x00AD || before >= 0x0370 && after >= 0x0370);
  }

  /**
   * The original with its JSON escapes of non-ASCII characters ("f\\u00fcr", "\\u0418\\u0418") read as the
   * characters they stand for and all else as it is, or null when it has none: a tool result serialised with
   * ensure_ascii, read by the rules that match the original's letters.
   */
  static CanonicalText jsonUnescaped(String original) {
    int first = original.indexOf("\\u");
    while (first >= 0 && jsonEscape(original, first) == 0) {
      first = original.indexOf("\\u", first + 2);
    }
    if (first < 0) {
      return null;
    }
    StringBuilder out = new StringBuilder(original.length());
    int[] origin = new int[original.length()];
    out.append(original, 0, first);
    int n = first;
    for (int k = 0; k < first; k++) {
      origin[k] = k;
    }
    for (int i = first; i < original.length(); ) {
      int escaped = original.charAt(i) == '\\' ? jsonEscape(original, i) : 0;
      if (escaped > 0) {
        for (char c : Character.toChars(escaped >>> 4)) {
          out.append(c);
          origin[n++] = i;
        }
        i += escaped & 0xF;
      } else {
        out.append(original.charAt(i));
        origin[n++] = i;
        i++;
      }
    }
    return new CanonicalText(out.toString(), java.util.Arrays.copyOf(origin, n));
  }

  /** Same layout as the original (newlines and punctuation kept); for markup and line rules. */
  static CanonicalText folded(String original) {
    StringBuilder out = new StringBuilder(original.length());
    int[] origin = new int[original.length() * 2 + 8];
    int n = 0;
    int tokenEnd = -1;
    boolean separators = false;
    boolean calendar = original.contains("BEGIN:V");
    for (int i = 0; i < original.length(); ) {
      if (calendar) {
        // iCalendar and vCard (RFC 5545 3.1, 3.3.11): a line break followed by one space or tab
        // continues the line; \, \; \\ and \n stand for ',', ';', '\' and a line break.
        int fold = foldedBreak(original, i);
        if (fold > 0) {
          i += fold;
          continue;
        }
        char e = i + 1 < original.length() && original.charAt(i) == '\\' ? original.charAt(i + 1) : 0;
        if (e == ',' || e == ';' || e == '\\' || e == 'n' || e == 'N') {
          if (n == origin.length) {
            origin = java.util.Arrays.copyOf(origin, origin.length * 2);
          }
          out.append(e == 'n' || e == 'N' ? '\n' : e);
          origin[n++] = i;
          i += 2;
          continue;
        }
      }
      int escaped = jsonEscape(original, i);
      if (escaped > 0) {
        // A JSON-escaped character ("\u00e4", "\u200b", "\u043e") in a value written with ensure_ascii:
        // read as the character it stands for (an invisible one is dropped).
        int cp = escaped >>> 4;
        if (!invisible(cp)) {
          String folded = fold(cp);
          for (int k = 0; k < folded.length(); k++) {
            if (n == origin.length) {
              origin = java.util.Arrays.copyOf(origin, origin.length * 2);
            }
            out.append(folded.charAt(k));
            origin[n++] = i;
          }
        }
        i += escaped & 0xF;
        continue;
      }
      if (original.charAt(i) == '"' && i + 1 < original.length() && original.charAt(i + 1) == '"'
          && ((i > 0 && Character.isLetterOrDigit(original.charAt(i - 1))) || (i + 2 < original.length() && Character.isLetter(original.charAt(i + 2))))) {
        // A CSV cell doubles its quotes (""function_call"": ...): read one.
        if (n == origin.length) {
          origin = java.util.Arrays.copyOf(origin, origin.length * 2);
        }
        out.append('"');
        origin[n++] = i;
        i += 2;
        continue;
      }
      int cp = original.codePointAt(i);
      int width = Character.charCount(cp);
      if (cp != 0x00AD && invisible(cp) && latinBefore(original, i) && latinAfter(original, i + width)) {
        if (i >= tokenEnd) {
          tokenEnd = tokenEnd(original, i);
          separators = separatesWords(original, tokenStart(original, i), tokenEnd);
        }
        if (separators) {
          if (n == origin.length) {
            origin = java.util.Arrays.copyOf(origin, origin.length * 2);
          }
          out.append(' ');
          origin[n++] = i;
        }
      } else if (!invisible(cp)) {
        String folded = fold(cp);
        for (int k = 0; k < folded.length(); k++) {
          if (n == origin.length) {
            origin = java.util.Arrays.copyOf(origin, origin.length * 2);
          }
          out.append(folded.charAt(k));
          origin[n++] = i;
        }
      }
      i += width;
    }
    return new CanonicalText(out.toString(), java.util.Arrays.copyOf(origin, n));
  }

  /**
   * A JSON escape of a non-ASCII character at i ("\\u00e4", or a surrogate pair "\\ud83d\\ude00"):
   * the code point shifted left by four bits plus the escape's length (6 or 12), or 0.
   */
  static int jsonEscape(String s, int i) {
    int cp = hex4(s, i);
    if (cp < 0x80) {
      return 0;
    }
    if (Character.isHighSurrogate((char) cp)) {
      int low = hex4(s, i + 6);
      if (low >= 0 && Character.isLowSurrogate((char) low)) {
        return (Character.toCodePoint((char) cp, (char) low) << 4) | 12;
      }
      // A JSON string inside a JSON string ("\\\\udb40\\\\udc41"): the pair's second half has its backslash doubled too.
      low = i > 0 && s.charAt(i - 1) == '\\' && i + 6 < s.length() && s.charAt(i + 6) == '\\' ? hex4(s, i + 7) : -1;
      return low >= 0 && Character.isLowSurrogate((char) low) ? (Character.toCodePoint((char) cp, (char) low) << 4) | 13 : 0;
    }
    return Character.isSurrogate((char) cp) ? 0 : (cp << 4) | 6;
  }

  /** The value of "\\uXXXX" at i, or -1. */
  private static int hex4(String s, int i) {
    if (i + 6 > s.length() || s.charAt(i) != '\\' || s.charAt(i + 1) != 'u') {
      return -1;
    }
    int v = 0;
    for (int k = i + 2; k < i + 6; k++) {
      int d = Character.digit(s.charAt(k), 16);
      if (d < 0) {
        return -1;
      }
      v = v * 16 + d;
    }
    return v;
  }

  /** The length of a folded line break (CRLF or LF, then one space or tab) at i, or 0. */
  private static int foldedBreak(String s, int i) {
    int k = i;
    if (k < s.length() && s.charAt(k) == '\r') {
      k++;
    }
    if (k + 1 < s.length() && s.charAt(k) == '\n' && (s.charAt(k + 1) == ' ' || s.charAt(k + 1) == '\t')) {
      return k + 2 - i;
    }
    return 0;
  }

  /**
   * Whether the zero-width characters between Latin letters in {@code original[from, to)} (a
   * token between real spaces) stand for spaces: at least two of them, and the pieces they cut
   * include at least two short function words ("Ignore|all|previous|instructions|and ...", with
   * U+200B for '|'). Otherwise they split a word to dodge keyword matching ("ig|nore",
   * "in|struc|tions") and are dropped. A soft hyphen marks a break inside a word, never
   * between words.
   */
  private static boolean separatesWords(String original, int from, int to) {
    int splits = 0;
    int functionWords = 0;
    int wordStart = -1;
    for (int k = from; k <= to; k++) {
      char c = k < to ? original.charAt(k) : ' ';
      if (latin(c)) {
        wordStart = wordStart < 0 ? k : wordStart;
        continue;
      }
      if (wordStart >= 0) {
        String word = original.substring(wordStart, k).toLowerCase(java.util.Locale.ROOT);
        functionWords += FUNCTION_WORDS.contains(word) ? 1 : 0;
        if (k < to && c != '\u00ad' && invisible(c) && latinAfter(original, k + 1)) {
          splits++;
        }
      }
      wordStart = -1;
    }
    return splits >= 2 && functionWords >= 2;
  }

  /** Short words of English and German that a sentence is hardly ever without. */
  private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("a", "an", "the", "and", "or", "to", "of",
      "in", "on", "at", "by", "for", "from", "with", "all", "any", "your", "you", "my", "me", "is", "are", "be", "it", "its",
      "this", "that", "now", "not", "no", "do", "our", "der", "die", "das", "und", "alle", "deine", "du", "ist", "nicht",
      "zu", "mit");

  private static final int TOKEN_REACH = 400;

  private static int tokenStart(String s, int i) {
    int k = i;
    while (k > 0 && i - k < TOKEN_REACH && !Character.isWhitespace(s.charAt(k - 1))) {
      k--;
    }
    return k;
  }

  private static int tokenEnd(String s, int i) {
    int k = i;
    while (k < s.length() && k - i < TOKEN_REACH && !Character.isWhitespace(s.charAt(k))) {
      k++;
    }
    return k;
  }

  private static boolean latin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** A Latin letter right before i, skipping other invisible characters. */
  private static boolean latinBefore(String s, int i) {
    int k = i - 1;
    while (k >= 0 && i - k < 8 && invisible(s.charAt(k))) {
      k--;
    }
    return k >= 0 && latin(s.charAt(k));
  }

  /** A Latin letter at or after i, skipping invisible characters. */
  private static boolean latinAfter(String s, int i) {
    int k = i;
    while (k < s.length() && k - i < 8 && invisible(s.charAt(k))) {
      k++;
    }
    return k < s.length() && latin(s.charAt(k));
  }

  /** The folded view, flattened for phrase matching. */
  static CanonicalText flat(CanonicalText folded) {
    String s = folded.text;
    int len = s.length();
    StringBuilder out = new StringBuilder(len);
    int[] origin = new int[len];
    int n = 0;
    int i = 0;
    boolean[] address = addressTokens(s);
    while (i < len) {
      int run = letterSpacedRun(s, i);
      if (run > 0) {
        // Letters one separator apart form a word; a wider gap ends it.
        for (int k = i; k < run; k++) {
          char c = s.charAt(k);
          if (Character.isLetter(c)) {
            out.append(c);
            origin[n++] = folded.origin[k];
          } else if (k + 1 < run && !Character.isLetter(s.charAt(k + 1)) && n > 0 && out.charAt(n - 1) != ' ') {
            out.append(' ');
            origin[n++] = folded.origin[k];
          }
        }
        i = run;
        continue;
      }
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < len && "ntr".indexOf(s.charAt(i + 1)) >= 0 && (i == 0 || s.charAt(i - 1) != '\\') && !address[i]) {
        // A JSON-escaped line break or tab ("it:\nIgnore ...") separates words as the real one would.
        if (n > 0 && out.charAt(n - 1) != ' ' && out.charAt(n - 1) != '\n') {
          out.append(' ');
          origin[n++] = folded.origin[i];
        }
        i += 2;
        continue;
      }
      if ((c == '-' || c == '_') && address[i]) {
        // Inside an e-mail address, a host name or a path the dash belongs to the name.
        out.append(c);
        origin[n++] = folded.origin[i];
        i++;
        continue;
      }
      int tag = c == '<' ? inlineTagEnd(s, i) : -1;
      if (c == '<' && tag < 0) {
        tag = cellTagEnd(s, i);
      }
      if (c == '-' || c == '_' || Character.isWhitespace(c) || Character.isSpaceChar(c) || tag > 0) {
        int j = i;
        int newlines = 0;
        boolean spaced = false;
        while (j < len) {
          char d = s.charAt(j);
          if (d == '-' || d == '_' || Character.isWhitespace(d) || Character.isSpaceChar(d)) {
            newlines += d == '\n' ? 1 : 0;
            spaced = true;
            j++;
          } else if (d == '<' && (tag = inlineTagEnd(s, j)) > 0) {
            j = tag;
          } else if (d == '<' && (tag = cellTagEnd(s, j)) > 0) {
            j = tag;
            spaced = true; // a cell or list item ends: a word ends with it
          } else {
            break;
          }
        }
        if (!spaced) {
          // "ig<b>no</b>re": inline tags alone, with no space around them, render as nothing.
          i = j;
          continue;
        }
        if (newlines == 1) {
          if (listItems(s, i, j) || optionLines(s, i, j) || headingLine(s, i, j)) {
            newlines = 2; // one item of a bulleted list or an option table ends where the next begins
          }
          j = afterPartMarker(s, afterCommentMarker(s, i, j));
        }
        if (j - i > 1 && onlyDashes(s, i, j)) {
          // "---" or "___" is a rule line, not a word separator.
          for (int k = i; k < j; k++) {
            out.append(s.charAt(k));
            origin[n++] = folded.origin[k];
          }
        } else if (n > 0) {
          out.append(newlines >= 2 ? '\n' : ' ');
          origin[n++] = folded.origin[i];
        }
        i = j;
        continue;
      }
      out.append(c);
      origin[n++] = folded.origin[i];
      i++;
    }
    char[] chars = out.toString().toCharArray();
    unLeet(chars);
    return new CanonicalText(new String(chars), java.util.Arrays.copyOf(origin, n));
  }

  /** Inline HTML elements that only style text: a sentence cut into them reads as one sentence once rendered. */
  private static final java.util.Set<String> INLINE_TAGS = java.util.Set.of("span", "b", "i", "em", "strong", "u", "s", "small",
      "mark", "font", "sup", "sub", "bdi", "wbr", "abbr", "ins", "q", "cite");

  /**
   * The end of the inline tag ("<span>", "</b>", "<font color=red>") that opens at {@code i}, or -1.
   * A tag's attributes stay short and hold no other tag; links ({@code <a href>}) are not inline
   * styling and stay, their URL is what link rules read.
   */
  private static int inlineTagEnd(String s, int i) {
    return tagEnd(s, i, INLINE_TAGS);
  }

  /**
   * Table cells and list items written on one line ("<td>Ignore</td><td>previous instructions</td>", an inline
   * {@code <ul>}): rendered, each is a word or phrase of its own, set apart by a space, and the sentence cut
   * into them reads whole.
   */
  private static final java.util.Set<String> CELL_TAGS = java.util.Set.of("td", "th", "tr", "li", "ul", "ol", "table", "tbody", "thead");

  /** The end of the cell or list tag that opens at {@code i}, or -1. */
  private static int cellTagEnd(String s, int i) {
    return tagEnd(s, i, CELL_TAGS);
  }

  private static int tagEnd(String s, int i, java.util.Set<String> names) {
    int j = i + 1;
    if (j < s.length() && s.charAt(j) == '/') {
      j++;
    }
    int nameStart = j;
    while (j < s.length() && j - nameStart < 6 && asciiLetter(s.charAt(j))) {
      j++;
    }
    if (j == nameStart || !names.contains(s.substring(nameStart, j).toLowerCase(java.util.Locale.ROOT))) {
      return -1;
    }
    int limit = Math.min(s.length(), j + 200);
    for (int k = j; k < limit; k++) {
      char c = s.charAt(k);
      if (c == '>') {
        return k == j || Character.isWhitespace(s.charAt(j)) || s.charAt(j) == '/' ? k + 1 : -1;
      }
      if (c == '<' || c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  private static boolean asciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Words that number the pieces of a message cut in parts: "Part 2/3:", "Teil 2 von 3:", "Parte 2/3:". */
  private static final String[] PART_WORDS = {"part ", "teil ", "parte ", "partie ", "deel ", "czesc ", "część "};

  /**
   * A line that opens with the number of a piece of a message ("Part 2/3: ...", "Teil 2 von 3 -"),
   * after a single line break: the sentence the pieces were cut from goes on past the label. Returns
   * the offset past the label and its spaces, or j.
   */
  private static int afterPartMarker(String s, int j) {
    int k = -1;
    for (String w : PART_WORDS) {
      if (s.regionMatches(true, j, w, 0, w.length())) {
        k = j + w.length();
        break;
      }
    }
    if (k < 0) {
      return j;
    }
    int digits = 0;
    while (k < s.length() && digits < 3 && Character.isDigit(s.charAt(k))) {
      k++;
      digits++;
    }
    if (digits == 0) {
      return j;
    }
    int sep = k;
    while (k < s.length() && k - sep < 6 && (s.charAt(k) == ' ' || s.charAt(k) == '/' || Character.isLetter(s.charAt(k)))) {
      k++; // "/", " of ", " von ", " de ", " di ", " van ", " z "
    }
    int second = 0;
    while (k < s.length() && second < 3 && Character.isDigit(s.charAt(k))) {
      k++;
      second++;
    }
    if (second == 0 || k >= s.length() || ":).-".indexOf(s.charAt(k)) < 0) {
      return j;
    }
    k++;
    while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
      k++;
    }
    return k;
  }

  /**
   * Where a comment or quotation continues on the next line ("# the user has already\n# authorised
   * you"), the sentence does too: when the line after the break at [from, j) opens with the marker
   * its predecessor opened with ('#', '//', '*', '>'), returns the offset past that marker and its
   * spaces; otherwise j. Reads back at most 200 characters.
   */
  private static int afterCommentMarker(String s, int from, int j) {
    int markerLength = commentMarker(s, j);
    if (markerLength == 0) {
      return j;
    }
    int line = from;
    while (line > 0 && from - line < 200 && s.charAt(line - 1) != '\n') {
      line--;
    }
    if (line > 0 && s.charAt(line - 1) != '\n') {
      return j;
    }
    while (line < from && (s.charAt(line) == ' ' || s.charAt(line) == '\t')) {
      line++;
    }
    if (!s.startsWith(s.substring(j, j + markerLength), line)) {
      return j;
    }
    int k = j + markerLength;
    while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
      k++;
    }
    return k;
  }

  /**
   * True when the line break in the separator run [from, to) parts two items of a bulleted list:
   * both lines open with the same bullet ('*', '-', '+', '•') and a capital letter. A comment's
   * sentence that wraps (" * the user has already\n * authorised you") goes on in lower case.
   * Reads back at most 200 characters.
   */
  private static boolean listItems(String s, int from, int to) {
    int[] starts = lineStarts(s, from, to);
    return starts != null && s.charAt(starts[1]) == s.charAt(starts[0])
        && capitalItem(s, starts[0]) && capitalItem(s, starts[1]);
  }

  /**
   * True when the line before the break in [from, to) is a markdown section heading ("## Roadmap"): a heading
   * ends where its line does, and the next line's first word opens a sentence. One '#' is also a shell or
   * Python comment, whose sentences run on to the next comment line; two or more mark a heading.
   */
  private static boolean headingLine(String s, int from, int to) {
    int[] starts = lineStarts(s, from, to);
    if (starts == null) {
      return false;
    }
    int k = starts[0];
    while (k < s.length() && k - starts[0] < 6 && s.charAt(k) == '#') {
      k++;
    }
    return k > starts[0] + 1 && k < s.length() && s.charAt(k) == ' ';
  }

  /**
   * True when the line break in [from, to) parts two rows of a command's option table ("--referer=URL
   * include ... header", "-U,  --user-agent=AGENT  identify as ..."): both lines open with an option.
   */
  private static boolean optionLines(String s, int from, int to) {
    int[] starts = lineStarts(s, from, to);
    return starts != null && option(s, starts[0]) && option(s, starts[1]);
  }

  /**
   * The first characters after the indentation of the line that holds {@code from} and of the
   * line after the last line break in [from, to); null when there is no break, the line started
   * more than 200 characters back, or the next line is empty to the end of the text.
   */
  private static int[] lineStarts(String s, int from, int to) {
    int nl = s.lastIndexOf('\n', to - 1);
    if (nl < from) {
      return null;
    }
    int next = nl + 1;
    while (next < s.length() && (s.charAt(next) == ' ' || s.charAt(next) == '\t')) {
      next++;
    }
    int line = from;
    while (line > 0 && from - line < 200 && s.charAt(line - 1) != '\n') {
      line--;
    }
    if (line > 0 && s.charAt(line - 1) != '\n' || next >= s.length()) {
      return null;
    }
    while (line < from && (s.charAt(line) == ' ' || s.charAt(line) == '\t')) {
      line++;
    }
    return new int[] {line, next};
  }

  /** "-x", "--name" at {@code at}: one or two dashes and a letter. */
  private static boolean option(String s, int at) {
    int i = at;
    while (i < s.length() && i - at < 2 && s.charAt(i) == '-') {
      i++;
    }
    return i > at && i < s.length() && Character.isLetter(s.charAt(i));
  }

  private static boolean capitalItem(String s, int at) {
    return at + 2 < s.length() && "*-+•".indexOf(s.charAt(at)) >= 0 && s.charAt(at + 1) == ' '
        && Character.isUpperCase(s.charAt(at + 2));
  }

  /** The length of a line comment or quotation marker at i, followed by a space or tab; else 0. */
  private static int commentMarker(String s, int i) {
    int m = s.startsWith("//", i) ? 2 : i < s.length() && "#*>".indexOf(s.charAt(i)) >= 0 ? 1 : 0;
    return m > 0 && i + m < s.length() && (s.charAt(i + m) == ' ' || s.charAt(i + m) == '\t') ? m : 0;
  }

  /** Marks the characters of tokens that look like addresses: with '@', '/' or an inner '.'; a token ends at white space, '"', '<' or '>'. */
  private static boolean[] addressTokens(String s) {
    boolean[] mark = new boolean[s.length()];
    int i = 0;
    while (i < s.length()) {
      if (Character.isWhitespace(s.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      boolean address = false;
      // A quote or an angle bracket ends a token: no address holds one, and a CSV row
      // ("guest@example.net,"Pre-approved ...") or markup glues the next words to it.
      while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && (j == i || "\"<>".indexOf(s.charAt(j)) < 0)) {
        char c = s.charAt(j);
        if (c == '@' || c == '/' || (c == '.' && j + 1 < s.length() && Character.isLetterOrDigit(s.charAt(j + 1)) && j > i)) {
          address = true;
        }
        j++;
      }
      if (address) {
        java.util.Arrays.fill(mark, i, j, true);
      }
      i = j;
    }
    return mark;
  }

  private static boolean onlyDashes(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.charAt(k) != '-' && s.charAt(k) != '_') {
        return false;
      }
    }
    return true;
  }

  /**
   * The end of a run of at least four single letters separated by one repeated separator
   * character (with wider gaps allowed between words), or 0 when none starts at {@code i}.
   */
  private static int letterSpacedRun(String s, int i) {
    int len = s.length();
    if (!Character.isLetter(s.charAt(i)) || (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1)))) {
      return 0;
    }
    if (i + 1 >= len) {
      return 0;
    }
    char sep = s.charAt(i + 1);
    if (sep != ' ' && sep != '.' && sep != '-' && sep != '_' && sep != '*' && sep != '\u00b7' && sep != '/') {
      return 0;
    }
    int letters = 0;
    int k = i;
    int end = i;
    while (k < len && Character.isLetter(s.charAt(k)) && (k + 1 >= len || !Character.isLetterOrDigit(s.charAt(k + 1)))) {
      letters++;
      end = k + 1;
      int gap = k + 1;
      int g = 0;
      while (gap < len && s.charAt(gap) == sep && g < 4) {
        gap++;
        g++;
      }
      if (g == 0 || gap >= len || !Character.isLetter(s.charAt(gap))) {
        break;
      }
      k = gap;
    }
    return letters >= 4 ? end : 0;
  }

  /** Digits standing in for letters, only inside tokens of two or more characters that also hold letters ("1gn0r3", "t0"). */
  private static void unLeet(char[] c) {
    int i = 0;
    while (i < c.length) {
      if (!Character.isLetterOrDigit(c[i])) {
        i++;
        continue;
      }
      int j = i;
      boolean letter = false;
      boolean digit = false;
      while (j < c.length && Character.isLetterOrDigit(c[j])) {
        letter |= Character.isLetter(c[j]);
        digit |= Character.isDigit(c[j]);
        j++;
      }
      if (letter && digit && j - i >= 2 && !nameWithNumber(c, i, j)) {
        for (int k = i; k < j; k++) {
          c[k] = switch (c[k]) {
            case '0' -> 'o';
            case '1' -> 'i';
            case '3' -> 'e';
            case '4' -> 'a';
            case '5' -> 's';
            case '7' -> 't';
            default -> c[k];
          };
        }
      }
      i = j;
    }
  }

  /**
   * Letters then two or more digits ("rot13", "base64", "sha256", "DE54"): a name with a number,
   * not leet. One or two lower-case letters are leet's short words ("n07", "bi57", "th47") unless
   * three or more digits follow with one that no letter looks like ("ed25519"); lower-case letters
   * followed only by digits that stand for letters ("hinw315") are leet too.
   */
  private static boolean nameWithNumber(char[] c, int from, int to) {
    int k = from;
    boolean upper = true;
    while (k < to && Character.isLetter(c[k])) {
      upper &= Character.isUpperCase(c[k]);
      k++;
    }
    if (k == from || to - k < 2) {
      return false;
    }
    boolean leetDigits = true;
    for (int d = k; d < to; d++) {
      if (!Character.isDigit(c[d])) {
        return false;
      }
      leetDigits &= "013457".indexOf(c[d]) >= 0;
    }
    if (k - from < 3 && !upper) {
      // "ed25519", "p256": short letters, then three or more digits with one no letter looks like.
      return !leetDigits && to - k >= 3;
    }
    // "sha256", "base64", "win32": a digit no letter looks like. "hinw315" is leet; "rot13" keeps its name.
    return upper || !leetDigits || (to - from == 5 && new String(c, from, 3).equalsIgnoreCase("rot"));
  }

  private static String fold(int cp) {
    if (cp < 0x80) {
      return String.valueOf((char) cp);
    }
    switch (cp) {
      case 'ä': return "ae";
      case 'ö': return "oe";
      case 'ü': return "ue";
      case 'Ä': return "Ae";
      case 'Ö': return "Oe";
      case 'Ü': return "Ue";
      case 'ß': return "ss";
      // Letters with a stroke have no decomposition: "zatwierdził" meets "zatwierdzil", "Ødegaard" "Odegaard".
      case 'ł': return "l";
      case 'Ł': return "L";
      case 'ø': return "o";
      case 'Ø': return "O";
      case 'đ': return "d";
      case 'Đ': return "D";
      case 0x00A0, 0x2007, 0x202F, 0x3000: return " ";
      default: break;
    }
    char look = lookalike(cp);
    if (look != 0) {
      return String.valueOf(look);
    }
    String s = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(s.length());
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        char l = lookalike(c);
        sb.append(l != 0 ? l : c);
      }
    }
    return sb.toString();
  }

  private static final String CONFUSABLE_FROM =
      "аеорсухіјѕԁһӏԛԝАВЕКМНОРСТХІЅЈοαειĸκνρτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧıɡ";
  private static final String CONFUSABLE_TO =
      "aeopcyxijsdhlqwABEKMHOPCTXISJoaeikkvptuxABEZHIKMNOPTYXig";

  /**
   * A Cyrillic or Greek letter that reads as a Latin one. Turkish dotless ı, the IPA script g and
   * the kra are left out: they are letters of Latin-script words, not disguises.
   */
  static boolean lookalikeLetter(char c) {
    return c >= 0x370 && c < 0x530 && lookalike(c) != 0;
  }

  private static char lookalike(int cp) {
    if (cp > 0xFFFF) {
      return 0;
    }
    int at = CONFUSABLE_FROM.indexOf((char) cp);
    return at < 0 ? 0 : CONFUSABLE_TO.charAt(at);
  }
}
