package io.moltr.core.inbound;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * Markdown code: fenced blocks (``` or ~~~, closed) and inline code spans (`...` on one line).
 * Code shows text as it is written; a chat template, an HTML comment or an image inside it is
 * not rendered. A region counts as quoted only when the prose that introduces it reads like
 * documentation or discussion ("the chat format wraps the prompt like this:", "an image such as
 * `...`"): a README that just says "Here is the file." and then a block of tokens is still
 * speaking to whoever reads it. Hand loops, bounded: at most {@link #MAX_REGIONS} regions, spans
 * of at most {@link #MAX_SPAN} characters.
 */
final class CodeRegions {
  private final String text;
  private final List<Region> regions;

  private CodeRegions(String text, List<Region> regions) {
    this.text = text;
    this.regions = regions;
  }

  /**
   * The code's content [start, end) and where the fence or backtick opens; whether the prose
   * before it cites it is worked out only when a finding lands inside (the cue patterns cost
   * about 100 us per 200 characters).
   */
  private static final class Region {
    final int start;
    final int end;
    final int opens;
    final boolean inline;
    Boolean cited;

    Region(int start, int end, int opens, boolean inline) {
      this.start = start;
      this.end = end;
      this.opens = opens;
      this.inline = inline;
    }
  }

  private static final int MAX_REGIONS = 500;
  private static final int MAX_SPAN = 300;
  private static final int INTRO = 200;
  /** How far a closing fence is looked for, and how many unclosed fences are tried. */
  private static final int MAX_BLOCK = 64 * 1024;
  private static final int MAX_OPENINGS = 200;

  /** Words that introduce a quoted format or example, besides the cues of {@link DiscussionContext}. */
  private static final Pattern CODE_CUE = Pattern.compile(
      "(?i)\\b(?:template|format|syntax|tokens?|markers?|tags?|looks?\\s+like|like\\s+this|as\\s+follows|following|snippet|payload|advisory|vulnerab\\w*|malicious|exploit\\w*|such\\s+as|e\\.\\s?g\\.|example\\w*|beispiel\\w*|wraps?|docs?|documentation|block|emits?|(?:answers?|repl(?:y|ies)|responds?)\\s+with)\\b");

  static CodeRegions find(String text) {
    List<Region> out = new ArrayList<>();
    if (text.indexOf('`') >= 0 || text.contains("~~~")) {
      collect(text, out);
    }
    return new CodeRegions(text, out);
  }

  boolean isEmpty() {
    return regions.isEmpty();
  }

  /** True when {@code offset} lies inside code whose introduction cites it. */
  boolean cited(int offset) {
    for (Region r : regions) {
      if (offset >= r.start && offset < r.end) {
        if (r.cited == null) {
          // "run `git push --force ...`": an inline span right after an order to run it is the command to
          // run, however the prose before it reads.
          r.cited = !(r.inline && DiscussionContext.runOrder(text, r.opens))
              && (cites(text, r.opens) || (r.inline && namedAfter(text, r.end)));
        }
        return r.cited;
      }
    }
    return false;
  }

  private static void collect(String text, List<Region> out) {
    int n = text.length();
    int i = 0;
    int openings = 0;
    int tick = text.indexOf('`');
    while (i < n && out.size() < MAX_REGIONS) {
      if (tick >= 0 && tick < i) {
        tick = text.indexOf('`', i);
      }
      int lineEnd = text.indexOf('\n', i);
      lineEnd = lineEnd < 0 ? n : lineEnd;
      int first = firstNonSpace(text, i, lineEnd);
      if ((tick < 0 || tick >= lineEnd) && (first < 0 || text.charAt(first) != '~')) {
        i = lineEnd + 1; // no backtick on this line, and it does not open a ~~~ fence
        continue;
      }
      int fence = fenceAt(text, i, lineEnd);
      if (fence > 0 && openings++ < MAX_OPENINGS) {
        char c = text.charAt(firstNonSpace(text, i, lineEnd));
        int close = closingFence(text, lineEnd + 1, c, fence);
        if (close >= 0) {
          int contentStart = Math.min(n, lineEnd + 1);
          out.add(new Region(contentStart, close, i, false));
          int after = text.indexOf('\n', close);
          i = after < 0 ? n : after + 1;
          continue;
        }
      }
      spans(text, i, lineEnd, out);
      i = lineEnd + 1;
    }
  }

  /** The length of a fence (three or more ` or ~) opening the line at [from, to), or 0. */
  private static int fenceAt(String text, int from, int to) {
    int k = firstNonSpace(text, from, to);
    if (k < 0 || k - from > 3) {
      return 0;
    }
    char c = text.charAt(k);
    if (c != '`' && c != '~') {
      return 0;
    }
    int run = 0;
    while (k + run < to && text.charAt(k + run) == c) {
      run++;
    }
    return run >= 3 ? run : 0;
  }

  private static int firstNonSpace(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) != ' ' && text.charAt(k) != '\t') {
        return k;
      }
    }
    return -1;
  }

  /** The start of the line that closes a fence of {@code c} at least {@code length} long, or -1. */
  private static int closingFence(String text, int from, char c, int length) {
    int i = from;
    int limit = Math.min(text.length(), from + MAX_BLOCK);
    while (i < limit) {
      int lineEnd = text.indexOf('\n', i);
      lineEnd = lineEnd < 0 ? text.length() : lineEnd;
      int k = firstNonSpace(text, i, lineEnd);
      if (k >= 0 && k - i <= 3 && text.charAt(k) == c) {
        int run = 0;
        while (k + run < lineEnd && text.charAt(k + run) == c) {
          run++;
        }
        if (run >= length && firstNonSpace(text, k + run, lineEnd) < 0) {
          return i;
        }
      }
      i = lineEnd + 1;
    }
    return -1;
  }

  /** Inline code spans of one line: a run of backticks closed by a run of the same length. */
  private static void spans(String text, int from, int to, List<Region> out) {
    int k = text.indexOf('`', from);
    while (k >= 0 && k < to && out.size() < MAX_REGIONS) {
      int run = 0;
      while (k + run < to && text.charAt(k + run) == '`') {
        run++;
      }
      int open = k + run;
      int close = -1;
      for (int j = open; j < to && j - open <= MAX_SPAN; j++) {
        if (text.charAt(j) == '`') {
          int r = 0;
          while (j + r < to && text.charAt(j + r) == '`') {
            r++;
          }
          if (r == run) {
            close = j;
            break;
          }
          j += r - 1;
        }
      }
      if (close < 0) {
        k = text.indexOf('`', open);
        continue;
      }
      out.add(new Region(open, close, k, true));
      k = text.indexOf('`', close + run);
    }
  }

  /** A span named by the words after it: "the `[INST]` and `[/INST]` markers delimit ...", "the `role` field". */
  private static final Pattern NAMED_AFTER = Pattern.compile(
      "^`*(?:\\s*(?:,|and|or|/)\\s*`[^`\\n]{1,60}`)*\\s+(?:markers?|tokens?|tags?|delimiters?|fields?|keys?|blocks?|syntax|format|placeholders?|attributes?|parameters?|sequences?)\\b");

  private static boolean namedAfter(String text, int end) {
    int lineEnd = text.indexOf('\n', end);
    String after = text.substring(end, Math.min(lineEnd < 0 ? text.length() : lineEnd, end + 200));
    return NAMED_AFTER.matcher(after).find();
  }

  /** Whether the prose before {@code at} (this line, or the paragraph above a block) introduces a quotation. */
  private static boolean cites(String text, int at) {
    String intro = DiscussionContext.withoutAddresses(text, DiscussionContext.valueStart(text, Math.max(0, at - INTRO), at), at);
    return CODE_CUE.matcher(intro).find() || DiscussionContext.cueBeforeQuote(intro);
  }
}
