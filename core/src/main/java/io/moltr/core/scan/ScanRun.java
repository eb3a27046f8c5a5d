package io.moltr.core.scan;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.moltr.core.Severity;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One scan of one text. Per layer: survey the text, run the keyword automaton, run each selected
 * rule's regex inside its windows only, check the candidates, match registered secrets, then
 * decode candidate spans into child layers (bounded depth and a total budget) and repeat.
 */
final class ScanRun {
  /** Decoded characters allowed per scan, beyond twice the input length. */
  static final int BUDGET_SLACK = 256 * 1024;
  static final int MAX_LAYERS = 16_384;
  static final int MAX_REJOIN = 512;
  static final String REGISTERED_ID = "registered-secret";
  static final String BUDGET_ID = "scan-budget";
  /** Characters of regex window per scan beyond a quarter of the input length. */
  static final int REGEX_SLACK = 256 * 1024;
  /** Piece characters read and joined per scan: this many per input character, and the slack. */
  static final int PIECE_FACTOR = 8;
  static final int PIECE_SLACK = 16 * 1024;
  /**
   * What one decoded layer costs the decode budget beyond its characters: reading a layer has a
   * fixed cost (its survey, its rule windows), so a flood of tiny layers is bounded as well.
   */
  static final int LAYER_OVERHEAD = 128;
  /**
   * What one joined character costs the piece budget: the joins are surveyed and read by every
   * rule, which costs several times reading the pieces.
   */
  static final int JOIN_COST = 4;
  /** What testing one gap for pieces costs, in characters of the piece budget. */
  static final int GAP_COST = 16;
  /**
   * A decoded value this short is scanned after the text before it on its line (at most CONTEXT
   * characters): the name it was assigned to ("DD_API_KEY=&#x33;...") is what keyword rules need.
   * Longer decoded text carries its own context.
   */
  static final int CONTEXT = 96;
  static final int CONTEXT_MAX_VALUE = 256;

  /** Placeholders and documented examples, compared lower-case, that no real secret contains. */
  private static final String[] PLACEHOLDERS = {
    "example", "xxxx", "your_", "your-", "yourkey", "yourtoken", "yoursecret", "placeholder",
    "redacted", "dummy", "sample", "changeme", "change_me", "replace_me", "replaceme", "<", ">",
    "${", "{{", "****", "...", "\u2026", "insert_", "_here", "-here",
    // A note to fill the value in later: TODO-set-me, FIXME, set_me.
    "todo-", "todo_", "todo:", "fixme", "set-me", "set_me",
    // What GitLab CI and log maskers print in place of a value: [MASKED].
    "masked",
    // A fixture that says it is fake: sk-test-FAKE-FAKE, fake_api_key_for_tests.
    "fake-", "fake_", "-fake", "_fake",
    // The dots a form or a CLI prints for a hidden password: bullets, black circles, dots.
    "\u2022\u2022\u2022", "\u25cf\u25cf\u25cf", "\u00b7\u00b7\u00b7", "\u2219\u2219\u2219", "\u25aa\u25aa\u25aa"
  };

  /** A finding before the overlap pass, with the layer it was read in (for mirrored spans). */
  private record Candidate(Finding finding, int priority, Layer layer, int s, int e) {}

  private final KeywordIndex index;
  private final RuleSet rules;
  private final RegisteredSecrets registered;
  private final String original;
  private final int maxDepth;
  private final List<Candidate> candidates = new ArrayList<>();
  /** The first decoded layer of each reading (see {@link #spawn}). */
  private final Map<Reading, Layer> decodedOnce = new HashMap<>();
  /** Whether some decoded layer was seen again, so that findings are copied to its spans. */
  private boolean mirrored;
  /** Characters of the root layer, already made by folding. */
  private char[] rootChars;
  private Layer root;
  private long budget;
  private long regexBudget;
  private boolean budgetReported;
  private int layers;
  /**
   * Characters the piece joiner may read and join per scan; past this, the rest is reported
   * unread (scan-budget). Of 3,177 real files (source, docs, SVG icons, PEM bundles) none comes
   * near: the most any used is 1.6 times its length in files over 20 KB, more only in files of a
   * few KiB that the slack covers. A markdown table of numbers uses 2 times its length; a text of
   * nothing but " | "-separated groups of five, whose joins would cost more to read than the
   * text, spends it and is reported.
   */
  private long pieceChars;

  ScanRun(KeywordIndex index, String original, int maxDepth) {
    this.index = index;
    this.rules = index.rules;
    this.registered = index.registered;
    this.original = original;
    this.maxDepth = maxDepth;
    this.budget = 2L * original.length() + BUDGET_SLACK;
    this.regexBudget = original.length() / 4 + REGEX_SLACK;
    this.pieceChars = PIECE_FACTOR * original.length() + PIECE_SLACK;
  }

  /** Sets the piece budget: for tests of what happens when it runs out. */
  ScanRun pieceBudget(long chars) {
    pieceChars = chars;
    return this;
  }

  /** Layers spawned so far (the root not counted). */
  int layers() {
    return layers;
  }

  ScanReport run() {
    TextNormalizer.Folded folded = TextNormalizer.fold(original);
    rootChars = folded.chars();
    List<Layer> queue = new ArrayList<>();
    root = Layer.root(folded.text(), folded.toOriginal());
    queue.add(root);
    if (folded.droppedTags()) {
      // Folding drops Unicode tag characters; a run of them spells ASCII ("ASCII smuggling").
      Layer tags = unicodeTags(original);
      if (tags != null && tags.text.length() <= budget) {
        budget -= tags.text.length();
        queue.add(tags);
      }
    }
    // Breadth-first, so a flood of deep layers cannot starve shallow ones of budget. Once part of
    // the text is reported unread, the text is blocked and its redacted form withheld: reading
    // the layers still queued would change neither, and a text built to spend the budget would
    // cost many times a clean one.
    for (int i = 0; i < queue.size() && (i == 0 || !budgetReported); i++) {
      scanLayer(queue.get(i), queue);
    }
    return report();
  }

  /**
   * Runs of eight or more Unicode tag characters (U+E0020..U+E007E), each spelled in ASCII, one
   * per line, mapped to the original; null when the text has none.
   */
  static Layer unicodeTags(String text) {
    int at = text.indexOf('\uDB40');
    if (at < 0) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    OffsetMap.Builder map = new OffsetMap.Builder();
    int n = text.length();
    while (at >= 0) {
      int runStart = out.length();
      // The line before the run, as for a decoded value: "SECRET_KEY=" and then the tags.
      int from = at;
      while (from > 0 && at - from < CONTEXT && text.charAt(from - 1) != '\n'
          && !Character.isSurrogate(text.charAt(from - 1))) {
        from--;
      }
      for (int k = from; k < at; k++) {
        map.mark(out.length(), k);
        out.append(text.charAt(k));
      }
      // Smuggled text glued to a visible sentence ("Looks fine." and then the tags) starts a new
      // token: a space, not the sentence's full stop, comes before it. An assignment mark or a
      // quote ("SECRET_KEY=") stays adjacent.
      if (at > from && ".!?,;)]}".indexOf(text.charAt(at - 1)) >= 0
          || at > 0 && Character.isSurrogate(text.charAt(at - 1))) {
        map.mark(out.length(), at);
        out.append(' ');
      }
      int i = at;
      int tags = 0;
      while (i < n) {
        int cp = text.codePointAt(i);
        if (cp >= 0xE0020 && cp <= 0xE007E) {
          map.mark(out.length(), i);
          out.append((char) (cp - 0xE0000));
          tags++;
          i += 2;
        } else if (cp == '\n' && tags > 0) {
          map.mark(out.length(), i);
          out.append('\n');
          i++;
        } else {
          break;
        }
      }
      if (tags < 8) {
        out.setLength(runStart);
      } else {
        map.mark(out.length(), i);
        out.append('\n');
      }
      at = text.indexOf('\uDB40', Math.max(i, at + 1));
    }
    return out.length() == 0 ? null : Layer.smuggled(out.toString(), map.build());
  }

  private void scanLayer(Layer layer, List<Layer> queue) {
    String t = layer.text;
    char[] chars = layer == root ? rootChars : t.toCharArray();
    int ruleCount = rules.size();
    Spans[] windows = new Spans[ruleCount];
    Spans rot = new Spans();
    Spans rev = new Spans();
    List<int[]> rejoinHits = new ArrayList<>();
    List<int[]> punctuationHits = new ArrayList<>();
    List<int[]> truncatedHits = new ArrayList<>();
    int[] memo = new int[2];
    // The last assignment read: the keyword hit's end, the value length asked for, the answer.
    int[] assigned = {-1, -1, -1};
    // Where the next line break and colon stand, and where copula reading failed: see Prechecks.
    int[] nextNewline = {-1};
    int[] nextColon = {-1};
    int[] copulaMemo = Prechecks.copulaMemo();
    int[] cellEnds = {-1, -1, -1, -1, -1};
    int[] marks = new int[1];
    Set<Long> commentedLiterals = new TreeSet<>();
    int[] lastCommentCheck = {-1};
    AhoCorasick.Sink sink = (p, s, e) -> {
        if (p >= index.registeredBase) {
          registeredHit(layer, chars, p - index.registeredBase, s, e);
          return;
        }
        if (p >= index.markerBase) {
          marks[0] |= MarkedDecoders.BIT[p - index.markerBase];
          return;
        }
        for (RuleSet.Trigger tr : rules.triggers[p]) {
          Rule r = tr.rule();
          if (layer.rejoinedOnly && !r.rejoin()) {
            continue;
          }
          // A prefix counts only where a token starts ("sk-sk-sk-..." has one start). A path's
          // '/' starts one too ("GET /v1/keys/sk_live_...", "https://host/ghs_..."), and so does
          // the '+' or '-' that opens a diff line. Tested first: short case-sensitive prefixes
          // ("MT", "ND" of Discord tokens) hit inside most words.
          if (tr.tokenStart() && s > 0 && (Survey.isToken(chars[s - 1]) && chars[s - 1] != '/'
              || chars[s - 1] == '.') && !diffMarker(chars, s - 1)
              && !afterOneWord(chars, s, tr.keyword())) {
            continue;
          }
          // Read backwards, a prefix ends its token ("...jorp-ks" then a quote or a blank): in
          // "-ks-ks-ks-..." no hit does, and none costs the case-sensitive compare below.
          if (tr.tokenEnd() && e < chars.length && (Survey.isToken(chars[e]) && chars[e] != '/'
              || chars[e] == '.')) {
            continue;
          }
          if (tr.caseSensitive() && !t.regionMatches(s, tr.keyword(), 0, tr.keyword().length())) {
            continue;
          }
          if (tr.variant() == RuleSet.Variant.PLAIN && !tr.tokenStart() && s != lastCommentCheck[0]) {
            lastCommentCheck[0] = s; // once per keyword hit, not once per rule sharing the keyword
            long literal = Prechecks.commentedLiteral(chars, s);
            if (literal >= 0) {
              commentedLiterals.add(literal);
            }
          }
          if (tr.tokenStart() && tokenLength(chars, s) < r.minLength()) {
            // Too short here, but maybe the first chunk of a token split by spaces or lines.
            if (tr.variant() == RuleSet.Variant.PLAIN && r.rejoin() && !layer.rejoinedOnly) {
              if (chunkFollows(chars, s)) {
                rejoinHits.add(new int[] {r.index(), s});
              }
              if (tr.tokenStart() && punctuated(chars, s)) {
                // The first piece of a key cut by one mark ("AIzaV,bZX5W,BGkKp,..."): too short
                // alone, so the pieces are joined as for a longer first piece.
                punctuationHits.add(new int[] {r.index(), s});
              }
              if (tr.head() >= CUT_HEAD && truncatedKey(chars, s, e)) {
                truncatedHits.add(new int[] {r.index(), s});
              }
            }
            continue;
          }
          switch (tr.variant()) {
            case PLAIN -> {
              int ws = tr.tokenStart() ? s : s - r.before();
              int we = e + r.after();
              if (r.precheck() == Rule.Precheck.ASSIGNMENT) {
                int min = Math.max(6, r.minSecretLength());
                if (assigned[0] != e || assigned[1] != min) {
                  // Rules sharing a keyword ("pass") read the same assignment at the same hit once.
                  assigned[0] = e;
                  assigned[1] = min;
                  assigned[2] = Prechecks.assignment(t, e, min, memo);
                }
                int valueEnd = assigned[2];
                if (valueEnd < 0) {
                  continue;
                }
                we = valueEnd + 2;
              } else if (r.precheck() == Rule.Precheck.USERINFO) {
                int at = Prechecks.userinfo(t, e);
                if (at < 0) {
                  continue;
                }
                we = Math.min(we, at + 80);
                if (layer.variantsAllowed) {
                  // "://" reads the same in rot13, so no rotated keyword finds "uggcf://hfre:..."; a
                  // URL with credentials is rare enough to be read rotated as well.
                  rot.add(Math.max(0, ws), Math.min(t.length(), we));
                }
              } else if (r.precheck() == Rule.Precheck.PEM_BODY && !Prechecks.pemBody(t, e)) {
                continue;
              } else if (r.precheck() == Rule.Precheck.MAIL_HOST && !Prechecks.mailHost(chars, s)) {
                continue;
              } else if (r.precheck() == Rule.Precheck.COMMAND && !Prechecks.commandStart(t, s)) {
                continue;
              } else if (r.precheck() == Rule.Precheck.SET_TO && !Prechecks.setTo(t, s, e)) {
                continue;
              } else if (r.precheck() == Rule.Precheck.ALIGNED_ROW && !Prechecks.alignedRow(t, s, e)) {
                continue;
              } else if (r.precheck() == Rule.Precheck.COLON_VALUE) {
                int end = Prechecks.colonValue(t, e, nextColon);
                if (end < 0) {
                  continue;
                }
                we = end;
              } else if (r.precheck() == Rule.Precheck.COPULA_VALUE) {
                int end = Prechecks.copulaValue(t, e, copulaMemo);
                if (end < 0) {
                  continue;
                }
                we = end;
              } else if (r.precheck() == Rule.Precheck.VALUE_BEFORE) {
                int from = Prechecks.valueBefore(t, s);
                if (from < 0) {
                  continue;
                }
                ws = from;
              } else if (r.precheck() == Rule.Precheck.VALUE_BELOW) {
                int valueEnd = Prechecks.valueBelow(t, e, nextNewline);
                if (valueEnd < 0) {
                  continue;
                }
                ws = t.lastIndexOf('\n', s) + 1; // the naming line, down to the value's line end
                we = valueEnd;
              } else if (r.precheck() == Rule.Precheck.TABLE_HEADER) {
                if (!TableColumn.cellEndNear(t, e, cellEnds) || !TableColumn.header(t, s, e)) {
                  continue;
                }
                ws = t.lastIndexOf('\n', s) + 1; // the rows below, from the header's line
              }
              add(windows, r, ws, we, t.length());
              if (r.rejoin() && !layer.rejoinedOnly) {
                rejoinHits.add(new int[] {r.index(), s});
                if (tr.tokenStart() && punctuated(chars, s)) {
                  punctuationHits.add(new int[] {r.index(), s});
                }
                if (tr.tokenStart() && tr.head() >= CUT_HEAD && truncatedKey(chars, s, e)) {
                  truncatedHits.add(new int[] {r.index(), s});
                }
              }
            }
            case ROT13 -> {
              if (layer.variantsAllowed) {
                rot.add(Math.max(0, s - r.before()), Math.min(t.length(), e + r.after()));
              }
            }
            case REVERSED -> {
              if (layer.variantsAllowed) {
                rev.add(Math.max(0, s - r.after()), Math.min(t.length(), e + r.before()));
              }
            }
          }
        }
    };
    Survey survey = Survey.of(chars, t, index.automaton, sink);
    Spans digits = Prechecks.standaloneDigits(t, survey.digits);
    digitWindows(layer, windows, rules.digitRules, digits, chars);
    Spans words = Prechecks.seedWordRuns(chars, survey.words);
    anchorWindows(windows, rules.wordRules, words, 0, t.length());
    for (Rule r : rules.tokenRules) {
      // A token rule has no keyword to rotate or reverse. Where its length is nearly exact (a
      // WIF key, a Twilio SID), tokens of that length are rare enough to be read both ways too.
      boolean variants = layer.variantsAllowed && r.maxLength() - r.minLength() <= 2;
      for (int i = 0; i < survey.tokens.count(); i++) {
        int len = survey.tokens.end(i) - survey.tokens.start(i);
        if (len >= r.minLength() && len <= r.maxLength()) {
          int ws = Math.max(0, survey.tokens.start(i) - 2);
          int we = Math.min(t.length(), survey.tokens.end(i) + 2);
          add(windows, r, ws, we, t.length());
          if (variants) {
            rot.add(ws, we);
            rev.add(ws, we);
          }
        }
      }
    }
    if (layer.variantsAllowed && !rules.tokenRules.isEmpty()) {
      for (int i = 0; i < survey.tokens.count(); i++) {
        if (reversedIban(chars, survey.tokens.start(i), survey.tokens.end(i))) {
          rev.add(survey.tokens.start(i), survey.tokens.end(i));
        } else if (reversedThreePart(chars, survey.tokens.start(i), survey.tokens.end(i))) {
          // The first part is at most 38 long: 46 back covers it and both dots.
          rev.add(Math.max(0, survey.tokens.start(i) - 46), survey.tokens.end(i));
        } else if (rotatedIban(chars, survey.tokens.start(i), survey.tokens.end(i))) {
          rot.add(survey.tokens.start(i), survey.tokens.end(i));
        } else {
          int pad = reversedBase64Padding(chars, survey.tokens.start(i), survey.tokens.end(i));
          if (pad > 0) {
            rev.add(survey.tokens.start(i) - pad, survey.tokens.end(i));
          }
        }
      }
    }
    for (Rule r : rules.assignedRules) {
      for (int i = 0; i < survey.assigned.count(); i++) {
        int s = survey.assigned.start(i);
        int len = survey.assigned.end(i) - s;
        if (len >= r.minLength() && len <= r.maxLength() && Prechecks.envName(t, s)) {
          int ls = s;
          while (ls > 0 && s - ls < 96 && t.charAt(ls - 1) != '\n') {
            ls--;
          }
          add(windows, r, ls, survey.assigned.end(i) + 2, t.length());
        }
      }
    }
    for (Rule r : rules.textRules) {
      add(windows, r, 0, t.length(), t.length());
    }
    List<Rule> all = rules.rules;
    for (int ri = 0; ri < ruleCount; ri++) {
      if (windows[ri] != null) {
        runRule(layer, all.get(ri), windows[ri].merged());
      }
    }
    if (layer.kind == Layer.Kind.SPAN && !rules.loneRules.isEmpty()) {
      loneValue(layer);
    }
    if (layer.depth >= maxDepth || budgetReported) {
      // Past the budget the text is reported anyway: no more decoding.
      return;
    }
    if (!commentedLiterals.isEmpty()) {
      spawn(queue, namedByComment(layer, commentedLiterals));
    }
    // Children: decoded candidate spans, rot13 and reversed windows, rejoined fragments.
    Spans enc = survey.encodedCandidates(chars);
    for (int i = 0; i < enc.count(); i++) {
      int s = enc.start(i);
      int e = enc.end(i);
      if (e - s < Survey.MIN_TOKEN || e - s == 36 && Prechecks.uuidAt(t, s)) {
        continue; // too short to decode to anything a rule needs; an id, not an encoding
      }
      Decoders.Decoded d = Decoders.probe(chars, s, e) ? Decoders.decodeRun(t, s, e, inflateLimit()) : null;
      if (d == null && e - s >= 20 && e - s <= MAX_TRANSFORMED && worthTransforming(chars, s, e)) {
        // Reversed or rot13 text of base64 (two cheap probes on a run that did not decode).
        d = Decoders.decodeTransformed(t, s, e, true, inflateLimit());
        d = d != null ? d : Decoders.decodeTransformed(t, s, e, false, inflateLimit());
      }
      if (d != null) {
        spawnDecoded(queue, layer, s, e, d);
      } else if (e - s > 2 * Survey.MIN_TOKEN && hasNewline(chars, s, e)) {
        // A joined block that does not decode may be separate runs after all.
        for (int ps = s, pe; ps < e; ps = pe + 1) {
          pe = t.indexOf('\n', ps);
          pe = pe < 0 || pe > e ? e : pe;
          Decoders.Decoded part =
              Decoders.probe(chars, ps, pe) ? Decoders.decodeRun(t, ps, pe, inflateLimit()) : null;
          if (part != null) {
            spawnDecoded(queue, layer, ps, pe, part);
          }
        }
      }
    }
    for (int i = 0; i < survey.hexPairs.count(); i++) {
      Decoders.Decoded d = Decoders.hexPairs(t, survey.hexPairs.start(i), survey.hexPairs.end(i));
      if (d != null) {
        spawnDecoded(queue, layer, survey.hexPairs.start(i), survey.hexPairs.end(i), d);
      }
    }
    for (int i = 0; i < survey.digits.count(); i++) {
      Decoders.Decoded d = Decoders.groupedHexDigits(t, survey.digits.start(i), survey.digits.end(i));
      if (d != null) {
        spawnDecoded(queue, layer, survey.digits.start(i), survey.digits.end(i), d);
      }
    }
    int dumpEnd = -1;
    for (int i = 0; i < survey.hexQuads.count(); i++) {
      int s = survey.hexQuads.start(i);
      Decoders.Dump d = s < dumpEnd ? null : Decoders.hexDump(t, s);
      if (d != null) {
        dumpEnd = d.end();
        spawnDecoded(queue, layer, d.start(), d.end(), d.decoded());
      }
    }
    Spans codes = Decoders.charCodeCandidates(survey.digitMask, survey.tokenMask, t.length());
    int[] codesEnd = {0};
    for (int i = 0; i < codes.count(); i++) {
      Decoders.charCodes(t, Math.max(codes.start(i), codesEnd[0]), codes.end(i), (s, e, text) -> {
        codesEnd[0] = e;
        spawnDecoded(queue, layer, s, e, new Decoders.Decoded(text, "charcodes"));
      });
    }
    for (int i = 0; i < survey.escapes.count(); i++) {
      int s = survey.escapes.start(i);
      int e = survey.escapes.end(i);
      // Segments a space or two apart are one value whose spaces were left unescaped
      // ("\x2d\x2dBEGIN OPEN\x53SH PRIV...", "ES7\x34 \x322\x30 ...").
      boolean grouped = false;
      while (i + 1 < survey.escapes.count() && spaces(t, e, survey.escapes.start(i + 1))) {
        e = survey.escapes.end(++i);
        grouped = true;
      }
      if (grouped) {
        e = plainGroupsAfter(t, e); // "\u0034\u003570 3100": the last groups had no escape
      }
      String seg = t.substring(s, e);
      Decoders.Decoded unescaped = Decoders.backslash(seg);
      if (unescaped != null && s > 0 && t.charAt(s - 1) == '"' && Decoders.shortEscapesOnly(seg)) {
        // A quoted JSON string (nested ones unescaped too): read as text, at this layer's depth,
        // so what it carries may still be decoded twice.
        spawnDecoded(queue, layer, s, e, Decoders.unnested(unescaped), true);
        unescaped = null;
      }
      for (Decoders.Decoded d :
          new Decoders.Decoded[] {Decoders.percent(seg), Decoders.unnested(unescaped), Decoders.html(seg)}) {
        if (d != null) {
          spawnDecoded(queue, layer, s, e, d);
        }
      }
    }
    // Quoted-printable soft breaks, character-literal lists, ascii85/base85: found by their marks.
    if (marks[0] != 0) {
      MarkedDecoders.run(t, marks[0], (s, e, d) -> spawnDecoded(queue, layer, s, e, d));
    }
    if (layer.variantsAllowed) {
      // Anchored rules have no keyword to rotate: try digit runs reversed, word runs both ways.
      for (int i = 0; i < digits.count() && !rules.digitRules.isEmpty(); i++) {
        int ds = digits.start(i);
        int de = digits.end(i);
        // One random long number in ten passes Luhn: read one backwards only where it is
        // written in groups, payment words stand near, or two letters follow (an IBAN's country
        // code, reversed).
        boolean country = de + 1 < t.length() && Character.isLetter(t.charAt(de))
            && Character.isLetter(t.charAt(de + 1));
        if (grouped(t, ds, de) || country || Prechecks.paymentContext(t, ds, de)) {
          rev.add(Math.max(0, ds - 16), Math.min(t.length(), de + 16));
        }
        if (ds >= 2 && Character.isUpperCase(t.charAt(ds - 1)) && Character.isUpperCase(t.charAt(ds - 2))) {
          // Two capitals and the digits: an IBAN whose country code may be rotated ("QR10...").
          rot.add(ds - 2, Math.min(t.length(), digits.end(i) + 16));
        }
      }
      // Word runs read rotated and backwards in place: rot13 and reversal keep words where they are.
      for (int i = 0; i < survey.words.count() && !rules.wordRules.isEmpty(); i++) {
        int s = survey.words.start(i);
        int e = survey.words.end(i);
        if (Prechecks.seedWords(chars, s, e, Bip39.ROT13)) {
          rot.add(s, e);
        }
        if (Prechecks.seedWords(chars, s, e, Bip39.REVERSED)) {
          rev.add(s, e);
        }
      }
    }
    Spans rotM = rot.merged();
    for (int i = 0; i < rotM.count(); i++) {
      if (rotM.end(i) > layer.context) {
        spawn(queue, layer.rot13(rotM.start(i), rotM.end(i)));
      }
    }
    Spans revM = rev.merged();
    for (int i = 0; i < revM.count(); i++) {
      if (revM.end(i) > layer.context) {
        spawn(queue, layer.reversed(revM.start(i), revM.end(i)));
      }
    }
    if (!layer.rejoinedOnly) {
      // Each joiner only while the budget holds: once part of the text is reported unread, the
      // whole text is blocked and its redacted form withheld, and more joins would change neither.
      spacedChunks(layer, chars, queue, survey.spacedJoins, survey.hexQuads);
      // Not in text read backwards: a table of digit groups is read reversed whole (for cards
      // written backwards), and its pieces would cost the joiner twice; spaced groups still are.
      if (!budgetReported && layer.kind != Layer.Kind.REVERSED) {
        pieces(layer, chars, queue, survey.pieceJoins, survey.spaces, survey.hexQuads);
      }
      if (!budgetReported && layer.kind != Layer.Kind.REVERSED) {
        concatenations(layer, chars, queue, rejoinHits, survey.pieceJoins);
      }
      // Nor in a join's layer: its lines are pieces already joined, and a column of them is no
      // key cut by hand (a METAR or a report of many short rows joined twice over the budget).
      if (!budgetReported && layer.kind != Layer.Kind.REVERSED && layer.kind != Layer.Kind.MAPPED) {
        lineColumns(layer, chars, queue, survey.pieceJoins);
      }
      // Keys cut into groups, even or uneven, joined into one layer for all separators: a text
      // full of dashed and dotted names or numbers pays for one layer, not one per run.
      Joins uneven = new Joins();
      for (char sep : PERIODIC_SEPARATORS) {
        if (!budgetReported) {
          periodicGroups(layer, chars, queue, sep, uneven, survey.digitMask);
        }
      }
      if (!uneven.isEmpty() && !budgetReported) {
        spawn(queue, uneven.layer(layer, false));
      }
      if (!budgetReported) {
        spelledOut(layer, chars, queue, survey.tokenMask);
      }
      if (!budgetReported && survey.continuations.count() > 0) {
        lineContinuations(layer, chars, queue, survey.continuations);
      }
    }
    int joinedUpTo = -1;
    for (int[] h : rejoinHits) {
      if (h[1] < joinedUpTo || h[1] < layer.context) {
        continue;
      }
      Rule r = all.get(h[0]);
      Layer j = rejoin(layer, h[1], Math.min(r.after(), MAX_REJOIN));
      if (j != null) {
        joinedUpTo = j.map[j.map.length - 1];
        spawn(queue, j);
      }
      if (!wholeKeyAt(r, chars, h[1])) {
        Layer w = rejoinPastWords(layer, h[1], Math.min(r.after(), MAX_REJOIN));
        if (w != null) {
          spawn(queue, w);
        }
      }
    }
    joinedUpTo = -1;
    for (int[] h : punctuationHits) {
      if (h[1] < joinedUpTo || h[1] < layer.context) {
        continue;
      }
      Layer j = punctuationJoin(layer, h[1], Math.min(all.get(h[0]).after(), MAX_REJOIN));
      if (j != null) {
        joinedUpTo = j.map[j.map.length - 1];
        spawn(queue, j);
      }
    }
    if (!truncatedHits.isEmpty() && !budgetReported) {
      Joins continued = new Joins();
      Set<String> joins = new HashSet<>();
      int last = -1;
      for (int[] h : truncatedHits) {
        if (h[1] != last && h[1] >= layer.context && !wholeKeyAt(all.get(h[0]), chars, h[1])) {
          continuations(chars, h[1], joins, continued);
          last = h[1];
          if (overBudget(continued, null)) {
            // Fail closed, and before a text of many cut heads builds more than can be read.
            reportBudget(layer, h[1], chars.length);
            return;
          }
        }
      }
      if (!continued.isEmpty()) {
        spawn(queue, continued.layer(layer, true));
      }
    }
  }

  /** Tokens after a cut key that may continue it, and how far they are looked for. */
  static final int MAX_CONTINUATIONS = 4;
  static final int CONTINUATION_REACH = 240;

  /**
   * Characters a prefix must have been written with (not expanded from classes) to start a cut
   * key: Discord's "MT", "ND", ... start tokens of random base64 all the time, also when written
   * out to four characters ("MTAw" is base64 of "100").
   */
  static final int CUT_HEAD = 3;

  /**
   * A provider prefix of three characters or more (see {@link #CUT_HEAD}) starts a token, and what
   * follows the prefix looks like the start of a key (eight characters or more, with a digit or
   * both cases): if the token holds no whole key, the key may go on further down
   * ("part1 = \"sk-proj-Xq7v...\"" then "part2 = \"...\"", "ghp_R8mK... and 3cY6...").
   */
  static boolean truncatedKey(char[] c, int s, int e) {
    if (e - s < 3) {
      return false;
    }
    int end = s;
    while (end < c.length && end - s < 64 && Survey.isToken(c[end])) {
      end++;
    }
    return end - e >= 8 && keyLike(c, e, end);
  }

  /** The rule's key is whole in the token at {@code s}: nothing was cut off. */
  private static boolean wholeKeyAt(Rule r, char[] c, int s) {
    int end = s;
    while (end < c.length && end - s < 256 && Survey.isToken(c[end])) {
      end++;
    }
    return r.regex().matcher(new String(c, s, end - s)).find();
  }

  /**
   * Six characters or more that change between lower case, upper case and digits at every other
   * character at least: a random key's part does ("pR8sW3yB6c" changes at almost every one), an
   * identifier does not ("sessionV3", "userId2", "retryCount").
   */
  static boolean randomLooking(char[] c, int s, int e) {
    if (e - s < 6) {
      return false;
    }
    int runs = 1;
    for (int i = s + 1; i < e; i++) {
      runs += charClass(c[i]) != charClass(c[i - 1]) ? 1 : 0;
    }
    return 2 * runs >= e - s && keyLike(c, s, e);
  }

  private static int charClass(char x) {
    return x >= 'a' && x <= 'z' ? 0 : x >= 'A' && x <= 'Z' ? 1 : x >= '0' && x <= '9' ? 2 : 3;
  }

  /** Four characters or more with a digit and a letter, or both cases. */
  static boolean keyLike(char[] c, int s, int e) {
    if (e - s < 4) {
      return false;
    }
    int bits = Survey.classBits(c, s, e);
    boolean digit = (bits & Survey.DIGIT) != 0;
    boolean lower = (bits & Survey.LOWER) != 0;
    boolean upper = (bits & Survey.UPPER) != 0;
    return digit && (lower || upper) || lower && upper;
  }

  /**
   * The cut key at {@code s} joined with one, two or three of the random-looking tokens that
   * follow it within {@link #CONTINUATION_REACH} characters, in order, each join not in
   * {@code seen} a line of {@code out}: names, keywords and punctuation between the parts are
   * skipped whatever they are ("part2 =", "and", ")$(echo"). The joins are read by the prefix
   * rules, whose formats and checksums decide.
   */
  private static void continuations(char[] c, int s, Set<String> seen, Joins out) {
    int n = c.length;
    int end = s;
    while (end < n && end - s < 64 && Survey.isToken(c[end])) {
      end++;
    }
    int[] ts = new int[MAX_CONTINUATIONS];
    int[] te = new int[MAX_CONTINUATIONS];
    int found = 0;
    int i = end;
    while (i < n && i - end < CONTINUATION_REACH && found < MAX_CONTINUATIONS) {
      if (!Survey.isToken(c[i])) {
        i++;
        continue;
      }
      int a = i;
      while (i < n && Survey.isToken(c[i])) {
        i++;
      }
      if (randomLooking(c, a, i) && i - a <= 64) {
        ts[found] = a;
        te[found] = i;
        found++;
      }
    }
    int[] pick = new int[3];
    for (int size = 1; size <= 3; size++) {
      combine(c, s, end, ts, te, found, pick, 0, 0, size, seen, out);
    }
  }

  private static void combine(char[] c, int s, int end, int[] ts, int[] te, int found, int[] pick,
      int depth, int from, int size, Set<String> seen, Joins out) {
    if (depth == size) {
      StringBuilder whole = new StringBuilder();
      int len = end - s;
      for (int k = 0; k < size; k++) {
        len += te[pick[k]] - ts[pick[k]];
      }
      int[] map = new int[len];
      for (int x = s; x < end; x++) {
        map[whole.length()] = x;
        whole.append(c[x]);
      }
      for (int k = 0; k < size; k++) {
        for (int x = ts[pick[k]]; x < te[pick[k]]; x++) {
          map[whole.length()] = x;
          whole.append(c[x]);
        }
      }
      String join = whole.toString();
      if (seen.add(join)) {
        out.add(join, map, new int[REJOIN_SHORTER + 1], 2);
      }
      return;
    }
    for (int k = from; k < found; k++) {
      pick[depth] = k;
      combine(c, s, end, ts, te, found, pick, depth + 1, k + 1, size, seen, out);
    }
  }

  private static final String PUNCTUATION = ".,:;";

  /** A prefix's token breaks at a punctuation mark within its first 16 characters and goes on. */
  private static boolean punctuated(char[] c, int s) {
    int end = Math.min(c.length - 1, s + 16);
    for (int i = s; i < end; i++) {
      if (!Survey.isToken(c[i])) {
        return PUNCTUATION.indexOf(c[i]) >= 0 && Survey.isToken(c[i + 1]);
      }
    }
    return false;
  }

  /**
   * A key cut into pieces of one width by one punctuation mark ("shpat_.5fc54c.b0783f.9e12c8",
   * "NRAK-F:HYBQ5A:62O4M8"): three marks or more, the pieces between them all 2 to 12 wide (the
   * first and the last may differ). Returns the pieces joined, or null.
   */
  private static Layer punctuationJoin(Layer layer, int start, int maxLen) {
    String t = layer.text;
    int n = t.length();
    StringBuilder b = new StringBuilder();
    int[] map = new int[maxLen + 1];
    char mark = cutMark(t, start, maxLen);
    int marks = 0;
    int width = -1;
    int pieceStart = start;
    int i = start;
    while (i < n && b.length() < maxLen) {
      char c = t.charAt(i);
      if (Survey.isToken(c) || (c == '.' && mark != '.' && mark != 0 && i + 1 < n
          && Survey.isToken(t.charAt(i + 1)))) {
        // A dot of the key's own format ("SG.", "dp.st.") when another mark cuts it.
        map[b.length()] = i;
        b.append(c);
        i++;
        continue;
      }
      if (PUNCTUATION.indexOf(c) < 0 || (mark != 0 && c != mark) || i + 1 >= n
          || !Survey.isToken(t.charAt(i + 1))) {
        break;
      }
      if (marks > 0) {
        int w = i - pieceStart;
        if (width < 0 && w >= 2 && w <= 12) {
          width = w;
        } else if (w != width) {
          break;
        }
      }
      mark = c;
      marks++;
      i++;
      pieceStart = i;
    }
    if (marks < 3 || width < 0 || b.length() < 16) {
      return null;
    }
    return layer.rejoined(b.toString(), java.util.Arrays.copyOf(map, b.length()));
  }

  /**
   * The mark that cuts the run from {@code start}: of ',', ';' and ':' between token characters,
   * the most frequent if it stands three times or more, else 0 (the first mark met decides, a
   * dot included). A key whose format holds a dot ("SG.xxx.yyy") cut by commas keeps its dots.
   */
  private static char cutMark(String t, int start, int maxLen) {
    int end = Math.min(t.length() - 1, start + maxLen + maxLen / 4);
    int[] count = new int[3];
    for (int i = start + 1; i < end; i++) {
      char c = t.charAt(i);
      if (Survey.isToken(c) || c == '.') {
        continue;
      }
      int k = ",;:".indexOf(c);
      if (k < 0 || !Survey.isToken(t.charAt(i - 1)) || !Survey.isToken(t.charAt(i + 1))) {
        break;
      }
      count[k]++;
    }
    int best = count[0] >= count[1] ? (count[0] >= count[2] ? 0 : 2) : (count[1] >= count[2] ? 1 : 2);
    return count[best] >= 3 ? ",;:".charAt(best) : 0;
  }

  /** Digits written in groups: a space or a dash inside [s, e). */
  private static boolean grouped(String t, int s, int e) {
    for (int i = s; i < e; i++) {
      char c = t.charAt(i);
      if (c == ' ' || c == '-') {
        return true;
      }
    }
    return false;
  }

  /**
   * Between two escape segments of one string literal: a few spaces, letters and digits left
   * unescaped ("t\x68eor\x79 such reu\x6e..."), no quote, no line break.
   */
  private static boolean spaces(String t, int from, int to) {
    if (to <= from || to - from > 24) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c != ' ' && !(c < 128 && Character.isLetterOrDigit(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * An IBAN written backwards: 15 to 34 capitals and digits ending in two digits and two
   * capitals (its check digits and country code, reversed).
   */
  private static boolean reversedIban(char[] c, int s, int e) {
    int len = e - s;
    if (len < 15 || len > 34 || !upper(c[e - 1]) || !upper(c[e - 2]) || !digit(c[e - 3])
        || !digit(c[e - 4])) {
      return false;
    }
    for (int i = s; i < e; i++) {
      if (!upper(c[i]) && !digit(c[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Base64 written backwards starts with its padding: "==wLyY3L0V..." alone, or after a name's '='
   * ("url==MnclRmcv..."). Returns how many of the '=' before the token [s, e) are its padding (1
   * or 2, making the length a multiple of four), or 0 when it is not read so: a token after a
   * single '=' is an assignment's value, and one with '=' after it is ordinary base64.
   */
  static int reversedBase64Padding(char[] c, int s, int e) {
    if (s < 2 || c[s - 1] != '=' || (e < c.length && c[e] == '=')) {
      return 0;
    }
    int len = e - s;
    if (c[s - 2] == '=') {
      boolean third = s >= 3 && c[s - 3] == '=';
      if (!third && (len + 2) % 4 == 0) {
        return 2;
      }
      return (len + 1) % 4 == 0 ? 1 : 0;
    }
    // One '=' with no name before it: a quote, a space or a line start.
    char before = c[s - 2];
    boolean lone = before == ' ' || before == '\n' || before == '"' || before == '\'' || before == '`';
    return lone && (len + 1) % 4 == 0 ? 1 : 0;
  }

  /**
   * The last part of a Discord-shaped token written backwards ("...wfF.6F-9gg.5EDOzQTN...zQTM"):
   * 23 to 27 token characters right after a dot, six before that dot and a dot before them, the
   * token reading backwards as the base64 of a number (a snowflake id). Its
   * two-letter prefixes are too short to search reversed, and the whole token is three.
   */
  private static boolean reversedThreePart(char[] c, int s, int e) {
    int len = e - s;
    if (len < 23 || len > 27 || s < 8 || c[s - 1] != '.' || c[s - 8] != '.') {
      return false;
    }
    // Base64 of ASCII digits: every group of four starts with M, N or O (0x30-0x39 >> 2), so
    // read backwards every fourth character from the end is one of them.
    for (int k = e - 1; k >= s; k -= 4) {
      if (c[k] != 'M' && c[k] != 'N' && c[k] != 'O') {
        return false;
      }
    }
    for (int i = s - 7; i < s - 1; i++) {
      if (!Survey.isToken(c[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * An IBAN in rot13: capitals and digits, two capitals and two digits first, and the mod-97
   * check holds once its letters are rotated back (a letter bank code leaves no digit run for
   * the digit anchor, so nothing else would rotate it).
   */
  private static boolean rotatedIban(char[] c, int s, int e) {
    int len = e - s;
    if (len < 15 || len > 34 || !upper(c[s]) || !upper(c[s + 1]) || !digit(c[s + 2])
        || !digit(c[s + 3])) {
      return false;
    }
    char[] rotated = new char[len];
    for (int i = s; i < e; i++) {
      if (!upper(c[i]) && !digit(c[i])) {
        return false;
      }
      rotated[i - s] = Decoders.rot13(c[i]);
    }
    return Validation.mod97(new String(rotated));
  }

  private static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Length of the key-shaped run at {@code s}; a prefix inside a short word is no key. */
  private static int tokenLength(char[] t, int s) {
    int i = s;
    int end = Math.min(t.length, s + 64);
    while (i < end && (Survey.isToken(t[i]) || t[i] == '.' || t[i] == ':')) {
      i++;
    }
    return i - s;
  }

  private static void add(Spans[] windows, Rule r, int s, int e, int n) {
    Spans w = windows[r.index()];
    if (w == null) {
      w = windows[r.index()] = new Spans();
    }
    w.add(Math.max(0, s), Math.min(n, e));
  }

  /**
   * Windows of the digit-anchored rules: each digit run and 16 characters either side. A rule
   * that says how many digits its match holds skips a run with no stretch that long, or with a
   * Luhn check none that passes it; where its regex is word-bounded, a stretch starts and ends
   * where the run or one of its groups does. Most long numbers in logs and exports (millisecond
   * times, order ids) are no card's length or fail Luhn, and reading them all would spend the
   * regex budget on a plain log and report it unread.
   */
  private void digitWindows(Layer layer, Spans[] windows, List<Rule> rs, Spans runs, char[] c) {
    int[] d = new int[RuleSet.MAX_RUN_DIGITS];
    for (int i = 0; i < runs.count(); i++) {
      int count = 0;
      long starts = 0;
      long ends = 0;
      boolean whole = true;
      for (int k = runs.start(i); k < runs.end(i) && whole; k++) {
        if (c[k] >= '0' && c[k] <= '9') {
          whole = count < d.length;
          if (whole) {
            starts |= k == runs.start(i) || !(c[k - 1] >= '0' && c[k - 1] <= '9') ? 1L << count : 0;
            ends |= k + 1 == runs.end(i) || !(c[k + 1] >= '0' && c[k + 1] <= '9') ? 1L << count : 0;
            d[count++] = c[k] - '0';
          }
        }
      }
      long luhn = -1;
      long luhnAligned = -1;
      int dump = -1;
      for (Rule r : rs) {
        if (r.type().equals("payment_card")) {
          // The byte columns of an xxd dump hold no card (see evaluate): a binary's dump is
          // full of "0000 0000 0000 0000", which passes Luhn; nor do the rows of a hex table.
          if (dump < 0) {
            dump = inDumpGroups(layer, runs.start(i), runs.start(i) + 1)
                || inHexTable(layer, runs.start(i)) ? 1 : 0;
          }
          if (dump == 1) {
            continue;
          }
        }
        if (whole && (r.minDigits() > 0 || r.maxDigits() < RuleSet.MAX_RUN_DIGITS)) {
          boolean aligned = rules.wordBounded[r.index()];
          long lengths;
          if (r.validation() != Validation.LUHN) {
            lengths = (1L << (count + 1)) - 1;
          } else if (aligned) {
            lengths = luhnAligned < 0 ? luhnAligned = luhnLengths(d, count, starts, ends) : luhnAligned;
          } else {
            lengths = luhn < 0 ? luhn = luhnLengths(d, count, -1L, -1L) : luhn;
          }
          long wanted = (-1L << r.minDigits()) & ((1L << (r.maxDigits() + 1)) - 1);
          if ((lengths & wanted) == 0) {
            continue;
          }
        }
        add(windows, r, runs.start(i) - 16, runs.end(i) + 16, c.length);
      }
    }
  }

  /**
   * Bit L set where some L consecutive digits of {@code d[0..count)} pass Luhn (L of 12 to 19),
   * starting at a digit whose bit is set in {@code starts} and ending at one set in {@code ends}.
   */
  static long luhnLengths(int[] d, int count, long starts, long ends) {
    long out = 0;
    for (int len = 12; len <= Math.min(19, count); len++) {
      for (int s = 0; s + len <= count; s++) {
        if ((starts >>> s & 1) == 0 || (ends >>> (s + len - 1) & 1) == 0) {
          continue;
        }
        if (Validation.luhn(d, s, len)) {
          out |= 1L << len;
          break;
        }
      }
    }
    return out;
  }

  private static void anchorWindows(Spans[] windows, List<Rule> rs, Spans spans, int pad, int n) {
    for (Rule r : rs) {
      for (int i = 0; i < spans.count(); i++) {
        add(windows, r, spans.start(i) - pad, spans.end(i) + pad, n);
      }
    }
  }

  /**
   * Longest run tried reversed and rotated after it failed to decode as written: a key's
   * encoding is short, and a megabyte-long run ("AKIAAKIA...", a decoded flood of one letter)
   * would otherwise be copied and decoded twice more.
   */
  static final int MAX_TRANSFORMED = 4096;

  /** Inflating reads no more than one layer may hold or the budget has left. */
  private int inflateLimit() {
    return (int) Math.min(Decoders.MAX_INFLATE, Math.max(0, budget - LAYER_OVERHEAD));
  }

  /**
   * The first 20 characters are not all hex (a hash or an id, which read backwards or rotated is
   * no encoding), and hold a digit or the run is 32 or longer: a camelCase identifier has
   * neither, base64 of a key has digits.
   */
  private static boolean worthTransforming(char[] c, int s, int e) {
    boolean hex = true;
    boolean digit = false;
    for (int i = s; i < s + 20; i++) {
      hex &= Survey.isHex(c[i]);
      digit |= c[i] >= '0' && c[i] <= '9';
    }
    return !hex && (digit || e - s >= 32);
  }

  private void spawnDecoded(List<Layer> queue, Layer layer, int s, int e, Decoders.Decoded d) {
    spawnDecoded(queue, layer, s, e, d, false);
  }

  /** {@code string}: d is a JSON string's text, spawned at the layer's own depth. */
  private void spawnDecoded(List<Layer> queue, Layer layer, int s, int e, Decoders.Decoded d,
      boolean string) {
    if (s < layer.context) {
      return; // inside the context copied from the parent: decoded there already
    }
    if (d.partial()) {
      // Fail closed: the part past the limit is not read, and may hold what matters.
      reportBudget(layer, s, e);
    }
    if (d.text().length() > CONTEXT_MAX_VALUE || s == 0) {
      spawn(queue, string ? layer.unescapedString(s, e, "", d.text())
          : layer.decoded(s, e, d.text(), d.label()));
      return;
    }
    // The line up to the value (the context is scanned, and counted against the decode budget,
    // with every such child).
    int from = s;
    boolean letter = false;
    while (from > 0 && s - from < CONTEXT && layer.text.charAt(from - 1) != '\n') {
      from--;
      letter |= Character.isLetter(layer.text.charAt(from));
    }
    if (!letter && from > 0 && layer.text.charAt(from - 1) == '\n') {
      // A value alone on its line is named on the line above, maybe past a blank line or a code
      // fence ("Your API key (base64):\n\n    c2stcHJv..."): that line is its context.
      from = lineAbove(layer.text, from, s);
      letter = from < s;
    }
    if (!letter) {
      spawn(queue, string ? layer.unescapedString(s, e, "", d.text())
          : layer.decoded(s, e, d.text(), d.label()));
      return;
    }
    String context = layer.text.substring(from, s);
    // Decoded text that is a line of its own ("NAME=value", JSON, a comment) starts one, so that
    // rules anchored at a line start still see it there.
    String lead = ownLine(d.text()) ? context + "\n" : context;
    spawn(queue, string ? layer.unescapedString(s, e, lead, d.text())
        : layer.decoded(s, e, lead, d.text(), d.label()));
  }

  /**
   * Where the context of a value alone on its line starts: the last line above it that holds a
   * letter, read only if nothing but blank lines and code fences stand between, and at most
   * CONTEXT characters of it; {@code s} when there is none.
   */
  static int lineAbove(String t, int lineStart, int s) {
    int end = lineStart;
    for (int lines = 0; lines < 3 && end > 0; lines++) {
      int start = end - 1;
      while (start > 0 && t.charAt(start - 1) != '\n') {
        start--;
      }
      String line = t.substring(start, end - 1).strip();
      if (line.isEmpty() || line.startsWith("```")) {
        end = start;
        continue;
      }
      boolean letter = false;
      for (int i = 0; i < line.length() && !letter; i++) {
        letter = Character.isLetter(line.charAt(i));
      }
      return letter ? Math.max(start, end - 1 - CONTEXT) : s;
    }
    return s;
  }

  /** Starts with a name and '=' or ':', "export ", '{', '[' or '#'. */
  static boolean ownLine(String d) {
    if (d.isEmpty()) {
      return false;
    }
    char c = d.charAt(0);
    if (c == '{' || c == '[' || c == '#' || d.startsWith("export ")) {
      return true;
    }
    int i = 0;
    int n = Math.min(d.length(), 64);
    while (i < n && (Character.isLetterOrDigit(d.charAt(i)) || "_.-".indexOf(d.charAt(i)) >= 0)) {
      i++;
    }
    while (i < n && d.charAt(i) == ' ') {
      i++;
    }
    return i > 0 && i < n && Character.isLetter(c) && (d.charAt(i) == '=' || d.charAt(i) == ':');
  }

  private void spawn(List<Layer> queue, Layer child) {
    if (child.text.isEmpty()) {
      return;
    }
    if (child.kind == Layer.Kind.SPAN) {
      // The same decoded text at the same depth, from the same kind of parent, is read once:
      // what it holds is reported at every span it came from (a text repeating one encoded line
      // thousands of times costs one layer, not thousands).
      Layer first = decodedOnce.putIfAbsent(sameReading(child), child);
      if (first != null) {
        if (first.mirrors == null) {
          first.mirrors = new ArrayList<>();
        }
        first.mirrors.add(child);
        mirrored = true;
        return;
      }
    }
    long cost = child.text.length() + LAYER_OVERHEAD;
    if (layers >= MAX_LAYERS || cost > budget) {
      // Fail closed: what is not read may hide a secret (a few thousand harmless encoded lines
      // ahead of the one that matters), so the span left unread is reported.
      int[] span = child.toParent(0, child.text.length(), original);
      reportBudget(child.parent, span[0], Math.max(span[0] + 1, span[1]));
      return;
    }
    budget -= cost;
    layers++;
    queue.add(child);
  }

  /** What makes two decoded layers read the same: label, depth, flags, context and text. */
  private record Reading(String label, int depth, boolean variants, boolean rejoinedOnly,
      int context, String text) {}

  private static Reading sameReading(Layer l) {
    return new Reading(l.label, l.depth, l.variantsAllowed, l.rejoinedOnly, l.context, l.text);
  }

  /** Windows are widened to token boundaries so a regex never starts inside a token. */
  private void runRule(Layer layer, Rule r, Spans ws) {
    String t = layer.text;
    if (r.anchor() == Rule.Anchor.WORDS && r.validation() != null) {
      // Word runs are long and the check finds the span itself; a regex would only cost time.
      for (int i = 0; i < ws.count(); i++) {
        evaluate(layer, r, t.substring(ws.start(i), ws.end(i)), ws.start(i), ws.end(i));
      }
      return;
    }
    RequiredRun run = rules.requiredRuns[r.index()];
    for (int i = 0; i < ws.count(); i++) {
      int s = ws.start(i);
      int e = ws.end(i);
      for (int k = 0; k < 64 && s > 0 && r.before() > 0 && Survey.isToken(t.charAt(s - 1)); k++) {
        s--;
      }
      for (int k = 0; k < 64 && e < t.length() && Survey.isToken(t.charAt(e)); k++) {
        e++;
      }
      if (run != null && !run.occursIn(t, s, e)) {
        continue; // no match fits in this window
      }
      regexBudget -= e - s;
      if (regexBudget < 0) {
        // Fail closed: a text built to exhaust the matcher is reported, not waved through.
        reportBudget(layer, s, e);
        return;
      }
      String w = t.substring(s, e);
      Matcher m = r.regex().matcher(w);
      int from = 0;
      while (from <= w.length() && m.find(from)) {
        int ms = m.start();
        int me = m.end();
        int g = r.secretGroup();
        int gs = g > 0 && m.start(g) >= 0 ? m.start(g) : ms;
        int ge = g > 0 && m.start(g) >= 0 ? m.end(g) : me;
        int before = candidates.size();
        evaluate(layer, r, w.substring(ms, me), s + gs, s + ge);
        from = me > ms ? me : me + 1;
        if (candidates.size() == before && gs > ms && w.startsWith("://", indexOfScheme(w, gs, ge))) {
          // A URL taken for a value and refused (an address is no key) may hold an assignment of
          // its own ("token_url: https://host/cb#access_token=..."): read on from inside it.
          from = gs + 1;
        }
      }
    }
  }

  /**
   * A decoding that yields one value and nothing else ("0x333432363534313651" is "34265416Q"): a
   * rule with a {@code lone} shape reports it when the shape and the rule's check both hold,
   * without the label its regex asks for. Someone encoded exactly that ID. A context that names
   * the number as something else ("the order number, hex-encoded:") keeps it for what it says.
   */
  private void loneValue(Layer layer) {
    String t = layer.text;
    int s = layer.context;
    int e = t.length();
    while (s < e && Character.isWhitespace(t.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
      e--;
    }
    if (e - s < 8 || e - s > LONE_MAX || Prechecks.namesOtherNumber(t, 0, layer.context)) {
      return;
    }
    String value = t.substring(s, e);
    for (Rule r : rules.loneRules) {
      if (r.lone().matches(value)) {
        evaluate(layer, r, value, s, e);
      }
    }
  }

  /** The longest lone value tried: a national ID with its separators. */
  private static final int LONE_MAX = 24;

  /** Where "://" stands in [s, e) of w, within the first 12 characters (after a scheme), or -1. */
  private static int indexOfScheme(String w, int s, int e) {
    int i = w.indexOf("://", s);
    return i >= 0 && i < e && i - s <= 12 ? i : -1;
  }

  private void evaluate(Layer layer, Rule r, String match, int gs, int ge) {
    if (ge <= layer.context) {
      return; // the copied context, scanned in the parent already
    }
    String t = layer.text;
    String secret = t.substring(gs, ge);
    // Seed phrases are checksummed words, and "example" or "sample" are among them. A GitHub
    // token or WIF key whose 32-bit checksum holds is no placeholder either, whatever "xxXX" it
    // happens to contain: for those the placeholder test waits for the checksum to fail.
    boolean strongChecksum = r.validation() == Validation.GITHUB_CRC32
        || r.validation() == Validation.BASE58CHECK;
    // An INSERT statement or a table row is judged by the value its check picks out, not whole.
    boolean statement = r.validation() == Validation.SQL_INSERT
        || r.validation() == Validation.TABLE_COLUMN;
    boolean checkPlaceholders = r.validation() != Validation.BIP39 && !strongChecksum && !statement;
    if (secret.length() < r.minSecretLength() || (checkPlaceholders && placeholder(secret, r))) {
      return;
    }
    if (checkPlaceholders && Prechecks.encodedPlaceholder(t, gs, ge)) {
      return; // a Kubernetes Secret's data value that decodes to REPLACE_ME or <set-by-ci>
    }
    if (checkPlaceholders && Prechecks.encodedSetting(t, gs, ge)) {
      return; // a Secret's data value that decodes to db.internal, 10.0.4.12, or app_rw under username
    }
    if (r.entropy() > 0 && entropy(secret) < entropyFloor(secret, r.entropy())) {
      return;
    }
    if (r.type().equals("payment_card") && !grouped(t, gs, ge) && (Prechecks.labelledAsId(t, gs)
        || layer.parent != null && labelledInOriginal(layer, gs, ge))) {
      return; // "order_id": 4532..., timestamp_ns=...: a number the text itself names
    }
    if (r.type().equals("payment_card") && Prechecks.windowOfLongerGroups(t, gs, ge)) {
      return; // "9400 2668 0896 7824 8321 56", "DE55 8445 5566 2381 5590 70": part of a longer number
    }
    if (r.type().equals("payment_card") && layer.kind == Layer.Kind.REVERSED
        && namedOtherNumberInOriginal(layer, gs, ge) && !Prechecks.cardContext(t, gs, ge, false)
        && !colonLabelBefore(t, gs)) {
      // "serial 5777-1126-6161-3294" read backwards: the original names it an id, and the
      // reading has no card word by it nor a name of its own ("pan: ..." written backwards).
      return;
    }
    if (r.type().equals("payment_card") && layer.kind == Layer.Kind.MAPPED
        && dashedWordTail(layer, gs, ge)) {
      // "| EMEA-44 | 5586270 | 9750561 |": table cells joined from the tail of a dashed name
      return;
    }
    if (r.type().equals("payment_card") && Prechecks.awsAccountId(t, gs, ge)) {
      return; // an AWS account id in an ARN or under "Account": twelve digits, no card
    }
    if (r.type().equals("payment_card") && !grouped(t, gs, ge) && Prechecks.shortOffIinMaestro(secret)
        && !Prechecks.cardContext(t, gs, ge, layer.kind == Layer.Kind.SHIFT)) {
      return; // 12 to 15 digits off Maestro's IINs, no payment word: a project number, an account id
    }
    if (r.type().equals("payment_card") && !grouped(t, gs, ge) && Prechecks.resourceNameNumber(t, gs, ge)) {
      return; // projects/667205645415/secrets/...: a Google Cloud project number in a resource name
    }
    if (r.type().equals("payment_card") && !grouped(t, gs, ge) && Prechecks.dsnProjectId(t, gs, ge)) {
      return; // https://<key>@o1.ingest.sentry.io/4506904817958912: the project id ending a DSN
    }
    if (r.type().equals("payment_card") && (Prechecks.afterHexId(t, gs)
        || (layer.kind == Layer.Kind.SHIFT || layer.kind == Layer.Kind.REVERSED)
        && Prechecks.afterHexId(layer.parent.text, layer.toParent(gs, ge, original)[0])
        || layer.parent != null && Prechecks.afterHexId(original, layer.toOriginal(gs, ge, original)[0]))) {
      // The span id after a trace id (".../5710284833176575488"), also in a window read rotated
      // or backwards: there the digits' place in the parent is asked.
      return;
    }
    if (r.type().equals("payment_card") && (inDumpGroups(layer, gs, ge)
        || inHexQuadTable(layer, gs, ge))) {
      return; // the byte columns of an xxd dump: "6300 7763 7377 6964" is hex, read either way
    }
    if (r.minClasses() > 0 && classes(secret) < r.minClasses()) {
      return;
    }
    if (r.wordNamesAreCode() && wordName(secret)) {
      return;
    }
    if (r.generic() && brokenGithubToken(secret)) {
      return; // the GitHub rules refuse it on its checksum; no generic rule may report it instead
    }
    if (r.generic() && inTemplateExpression(t, gs, ge)) {
      return; // {{ .Values.dbPassword | b64enc }}: a template's variable or filter, filled in at render
    }
    if (r.generic() && passwordHash(secret)) {
      return; // a stored hash (bcrypt, argon2, Django's pbkdf2_sha256$...) is no password
    }
    if (r.generic() && twilioAccountSid(secret)) {
      return; // Twilio documents the account SID as an identifier; its auth token is the secret
    }
    if (r.generic() && openPgpKeyId(match, secret)) {
      return; // a GnuPG key id or fingerprint under git's signing-key name, no secret
    }
    if (r.generic() && fixtureName(match, secret)) {
      return; // FAKE_API_KEY = "test_57dd...": a made-up value, the name says so
    }
    if (unsignedJwt(secret)) {
      return; // a JWT with alg "none" and no signature proves nothing: no credential
    }
    for (Pattern a : r.allowlist()) {
      if (a.matcher(match).find()) {
        return;
      }
    }
    if (layer.rejoinedOnly && classes(secret) < 2) {
      return;
    }
    double confidence = r.confidence();
    if (r.validation() != null) {
      int[] span = r.validation().confirm(t, gs, ge);
      if (span == null) {
        if (r.validationRequired() || (strongChecksum && placeholder(secret, r))) {
          return;
        }
        confidence *= 0.75;
      } else {
        gs = span[0];
        ge = span[1];
        secret = t.substring(gs, ge);
        if (statement) {
          if (placeholder(secret, r)) {
            return;
          }
        } else if (!r.validation().refusesOnly()) {
          // A checksum or format check confirms; random_value only refuses names.
          confidence = Math.max(confidence, 0.98);
        }
      }
    }
    if (r.generic() && unsignedJwt(secret)) {
      return; // alg "none" with an empty signature (also a table's cell): a sample that grants nothing
    }
    // Documented examples, on the secret as confirmed: a word run's check narrows it from the
    // whole run (which may be the whole text) to the phrase.
    String compact = secret.indexOf(' ') >= 0 || secret.indexOf('-') >= 0
        ? secret.replace(" ", "").replace("-", "") : secret;
    for (String example : rules.exampleValues) {
      if (compact.contains(example) || example.contains(compact) && compact.length() >= 16) {
        return;
      }
    }
    if (layer.parent != null) {
      confidence *= 0.97;
    }
    int[] o = layer.toOriginal(gs, ge, original);
    Finding f = new Finding(r.id(), r.name(), r.type(), r.severity(), o[0], o[1], layer.chain(),
        round(confidence), preview(secret));
    candidates.add(new Candidate(f, (r.generic() ? 3_000_000 : 1_000_000) + r.index(), layer, gs, ge));
  }

  /**
   * A number read from a decoded or reversed layer keeps the name it has in the original
   * ("firesInMsFromNow": 944..., read backwards near "expired"): the label is asked there.
   */
  private boolean labelledInOriginal(Layer layer, int gs, int ge) {
    int[] o = layer.toOriginal(gs, ge, original);
    int at = Math.min(o[0], o[1] - 1);
    if (at <= 0 || at >= original.length()) {
      return false;
    }
    int s = at;
    while (s > 0 && Character.isDigit(original.charAt(s - 1))) {
      s--;
    }
    return Prechecks.labelledAsId(original, s);
  }

  /**
   * A card read from rejoined pieces that starts right after a dash glued to a letter or digit
   * in the original: its first piece is the tail of a name ("EMEA-44", "build-12"), not a group
   * of a number cut by hand.
   */
  private boolean dashedWordTail(Layer layer, int gs, int ge) {
    int[] o = layer.toOriginal(gs, ge, original);
    int at = o[0];
    return at >= 2 && at < original.length() && original.charAt(at - 1) == '-'
        && Character.isLetterOrDigit(original.charAt(at - 2));
  }

  /**
   * The number read backwards at [gs, ge) is named in the original as another kind of number
   * (an order, a ticket, a serial): asked at the start of its run of digits and groups there.
   */
  private boolean namedOtherNumberInOriginal(Layer layer, int gs, int ge) {
    int[] o = layer.toOriginal(gs, ge, original);
    int s = Math.min(o[0], o[1] - 1);
    if (s <= 0 || s >= original.length()) {
      return false;
    }
    while (s > 0 && (Character.isDigit(original.charAt(s - 1))
        || s > 1 && (original.charAt(s - 1) == ' ' || original.charAt(s - 1) == '-')
        && Character.isDigit(original.charAt(s - 2)))) {
      s--;
    }
    return Prechecks.namedOtherNumberBefore(original, s);
  }

  /** Two or more letters, then ':' or '=' and at most one space, right before {@code s}. */
  private static boolean colonLabelBefore(String t, int s) {
    int i = s;
    if (i > 0 && t.charAt(i - 1) == ' ') {
      i--;
    }
    if (i == 0 || (t.charAt(i - 1) != ':' && t.charAt(i - 1) != '=')) {
      return false;
    }
    i--;
    int k = i;
    while (k > 0 && Character.isLetter(t.charAt(k - 1))) {
      k--;
    }
    return i - k >= 2;
  }

  /** The span, found in the original text, lies in the byte columns of an xxd dump line. */
  private boolean inDumpGroups(Layer layer, int gs, int ge) {
    int[] o = layer.toOriginal(gs, ge, original);
    int at = Math.min(o[0], o[1] - 1);
    return at >= 0 && at < original.length() && Decoders.inDumpGroups(original, at);
  }

  /** The span, found in the original text, is groups of a table of four-digit hex codes. */
  private boolean inHexQuadTable(Layer layer, int gs, int ge) {
    int[] o = layer.toOriginal(gs, ge, original);
    return o[0] >= 0 && o[1] <= original.length() && o[0] < o[1]
        && (Decoders.inHexQuadTable(original, o[0], o[1]) || Decoders.inHexTable(original, o[0]));
  }

  /** Character {@code at}, found in the original text, stands on a row of a hex table. */
  private boolean inHexTable(Layer layer, int at) {
    int o = layer.toOriginal(at, at + 1, original)[0];
    return o >= 0 && o < original.length() && Decoders.inHexTable(original, o);
  }

  private void reportBudget(Layer layer, int s, int e) {
    if (budgetReported) {
      return;
    }
    budgetReported = true;
    int[] o = layer.toOriginal(s, e, original);
    candidates.add(new Candidate(new Finding(BUDGET_ID, "Scan budget exceeded", "evasion",
        Severity.HIGH, o[0], o[1], layer.chain(), 0.5, "\u2026" + (o[1] - o[0])), 2_000_000, layer,
        s, e));
  }

  private void registeredHit(Layer layer, char[] chars, int p, int s, int e) {
    if (e <= layer.context) {
      return;
    }
    String form = registered.pattern(p);
    for (int i = 0; i < form.length(); i++) {
      if (chars[s + i] != form.charAt(i)) {
        return; // the automaton folds ASCII case; registered values are exact
      }
    }
    int[] o = layer.toOriginal(s, e, original);
    List<String> chain = new ArrayList<>(layer.chain());
    if (!registered.encoding(p).isEmpty()) {
      chain.add(registered.encoding(p));
    }
    candidates.add(new Candidate(new Finding(REGISTERED_ID, registered.name(p),
        "registered_secret", Severity.CRITICAL, o[0], o[1], chain, 1.0,
        preview(form)), 0, layer, s, e));
  }

  /**
   * The '+' or '-' that opens a line of a unified diff: the token after it starts there
   * ("+GITHUB_TOKEN=..." is fine, but a bare "+ghp_..." added line is the token itself).
   */
  private static boolean diffMarker(char[] t, int i) {
    return (t[i] == '+' || t[i] == '-') && (i == 0 || t[i - 1] == '\n');
  }

  /**
   * A distinctive prefix glued by '-' or '_' to one short word that itself starts a token, as an
   * agent names a branch or a file after a key ("fix/ci-ghp_...", "state-GOCSPX-....json"). One
   * word only, so "sk-sk-sk-..." still has at most two starts; a prefix that is a plain
   * lower-case word ("key-", "dapi") is not distinctive enough ("cache-key-" and an MD5).
   */
  private static boolean afterOneWord(char[] t, int s, String prefix) {
    if (t[s - 1] != '-' && t[s - 1] != '_' || !distinctive(prefix)) {
      return false;
    }
    int i = s - 2;
    while (i >= 0 && s - 2 - i < MAX_GLUED_WORD && t[i] < 128 && Character.isLetterOrDigit(t[i])) {
      i--;
    }
    return i < s - 2 && (i < 0 || t[i] == '/' || !Survey.isToken(t[i]) && t[i] != '.');
  }

  private static final int MAX_GLUED_WORD = 12;

  private static boolean distinctive(String prefix) {
    if (prefix.length() >= 5) {
      return true;
    }
    for (int i = 0; i < prefix.length(); i++) {
      char c = prefix.charAt(i);
      if (c == '_' || Character.isDigit(c) || Character.isUpperCase(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A chunk of four or more token characters, a short break, then a chunk no longer than the
   * first: how a key reads when split into groups or wrapped ("ghp_ 1a2B 3c4D", "sk-pro\nj-9x").
   */
  private static boolean chunkFollows(char[] t, int s) {
    int first = 0;
    int i = s;
    while (i < t.length && (Survey.isToken(t[i]) || t[i] == '.')) {
      i++;
      first++;
    }
    int j = i;
    boolean concat = false;
    CharBuffer view = CharBuffer.wrap(t);
    int fields = 0;
    while (j < t.length && j - i - fields <= 16) {
      int field = first <= MAX_FIELD_PIECE ? jsonFieldGap(view, j) : 0;
      if (field > 0) {
        j += field;
        fields += field;
        concat = true;
        continue;
      }
      int marker = itemMarker(view, j);
      if (marker > 0) {
        j += marker;
        continue;
      }
      if (escapedBreak(view, j)) {
        j += 2;
        continue;
      }
      if (!joinSeparator(t[j]) && !lonePunctuation(t, j) && !listComma(view, j)) {
        break;
      }
      // A quote or '+' in the break: string pieces ("sk-" + "..."), whose lengths are free.
      concat |= t[j] == '"' || t[j] == '\'' || t[j] == '+' || t[j] == '`';
      j++;
    }
    if (first < 4 || j == i || j - i - fields > 16) {
      return false;
    }
    int second = 0;
    while (j + second < t.length && Survey.isToken(t[j + second])) {
      second++;
    }
    // Wrapped lines and groups are no longer than the first; pieces cut by hand at random
    // ("hvs.yYQiyu" then "3V_bJUcTt7580GR") are up to 16 whatever the first.
    return second >= 2 && (concat || second <= Math.max(first, 16) || wholeLines(t, s, i, j, second));
  }

  /** Longest second line of a key cut by hand into lines of their own. */
  static final int MAX_CUT_LINE = 64;

  /**
   * The key's first piece [s, i) is a line of its own and the second, {@code second} long from
   * {@code j}, is the whole next line ("dapida49def8d1" then "243d28be3266b0b181"): a key cut by
   * hand into lines, whose pieces may grow, up to 64.
   */
  private static boolean wholeLines(char[] t, int s, int i, int j, int second) {
    if (second > MAX_CUT_LINE || (s > 0 && t[s - 1] != '\n')) {
      return false;
    }
    int newlines = 0;
    for (int k = i; k < j; k++) {
      if (t[k] == '\n') {
        newlines++;
      } else if (t[k] != ' ' && t[k] != '\r') {
        return false;
      }
    }
    int end = j + second;
    return newlines == 1 && (end >= t.length || t[end] == '\n' || t[end] == '\r');
  }

  /**
   * Length of a list item's or table row's marker at {@code j} inside the break after a key's
   * fragment, or 0: "2. " or "3) " or "- " or "* " at a line start, the number of a row's first
   * cell ("| 2 | "). A key cut into numbered items or rows reads on past them.
   */
  static int itemMarker(CharSequence t, int j) {
    int n = t.length();
    char c = t.charAt(j);
    boolean lineStart = j > 0 && t.charAt(j - 1) == '\n';
    int comment = commentMarker(t, j);
    if (comment > 0) {
      return j + comment < n && t.charAt(j + comment) == ' ' && onlyToken(t, j + comment + 1, false) ? comment : 0;
    }
    if ((c == '-' || c == '*') && lineStart) {
      return j + 1 < n && t.charAt(j + 1) == ' ' && onlyToken(t, j + 2, false) ? 1 : 0;
    }
    if (c < '0' || c > '9' || j == 0) {
      return 0;
    }
    int k = j;
    while (k < n && k - j < 3 && t.charAt(k) >= '0' && t.charAt(k) <= '9') {
      k++;
    }
    if (k + 1 >= n) {
      return 0;
    }
    if (lineStart && (t.charAt(k) == '.' || t.charAt(k) == ')') && t.charAt(k + 1) == ' ') {
      return onlyToken(t, k + 2, false) ? k + 1 - j : 0;
    }
    boolean cell = j >= 2 && t.charAt(j - 1) == ' ' && t.charAt(j - 2) == '|';
    return cell && t.charAt(k) == ' ' && t.charAt(k + 1) == '|' && onlyToken(t, k + 3, true) ? k - j : 0;
  }

  /**
   * The width of a line comment's mark at {@code j} ("#", "//", "--", ";"), where only blanks stand
   * between it and the line's start; else 0. A key wrapped over comment lines ("# xoxb-4417...-",
   * "# 6620...-") is cut at each line like a list's items.
   */
  private static int commentMarker(CharSequence t, int j) {
    char c = t.charAt(j);
    int w = c == '#' || c == ';' ? 1
        : (c == '/' || c == '-') && j + 1 < t.length() && t.charAt(j + 1) == c ? 2 : 0;
    if (w == 0) {
      return 0;
    }
    int i = j;
    while (i > 0 && j - i < 16 && (t.charAt(i - 1) == ' ' || t.charAt(i - 1) == '\t')) {
      i--;
    }
    return i > 0 && t.charAt(i - 1) == '\n' ? w : 0;
  }

  /**
   * The item from {@code at} is one token, maybe in backticks, and ends its line (a list item) or
   * its row as the last cell: a piece of a key, not a sentence or a row of several columns.
   */
  private static boolean onlyToken(CharSequence t, int at, boolean cell) {
    int n = t.length();
    int i = at;
    while (i < n && i - at < 3 && (t.charAt(i) == ' ' || t.charAt(i) == '`')) {
      i++;
    }
    int start = i;
    while (i < n && i - start < 80 && (Survey.isToken(t.charAt(i)) || t.charAt(i) == '.')) {
      i++;
    }
    if (i == start) {
      return false;
    }
    while (i < n && (t.charAt(i) == '`' || (cell && t.charAt(i) == ' '))) {
      i++;
    }
    if (cell) {
      if (i >= n || t.charAt(i) != '|') {
        return false;
      }
      i++;
    }
    return i >= n || t.charAt(i) == '\n' || t.charAt(i) == '\r';
  }

  /** Joined fragments that may end before the last few: the text after a key can be a word. */
  private static final int REJOIN_SHORTER = 3;
  /**
   * Longest join also read without its last fragments: a little over the longest keys split this
   * way (an OpenAI project key is 164 characters).
   */
  private static final int MAX_CUT_JOIN = 192;

  /**
   * Joins fragments of a prefixed token split by whitespace, quotes or string concatenation.
   * One join per line: without the last three, two and one fragments, then the whole, since a
   * word after the key ("... 9xQz in prod") joins as well.
   */
  private static Layer rejoin(Layer layer, int start, int maxLen) {
    String t = layer.text;
    int n = t.length();
    StringBuilder b = new StringBuilder();
    int[] map = new int[maxLen + 1];
    int[] fragmentStarts = new int[REJOIN_SHORTER + 1];
    int fragments = 1;
    int i = start;
    boolean joined = false;
    while (i < n && b.length() < maxLen) {
      char c = t.charAt(i);
      if (Survey.isToken(c) || c == '.') {
        map[b.length()] = i;
        b.append(c);
        i++;
        continue;
      }
      int j = i;
      int newlines = 0;
      boolean pipe = false;
      int fields = 0;
      int piece = b.length() - fragmentStarts[(fragments - 1) % fragmentStarts.length];
      while (j < n && j - i - fields <= 16) {
        int field = piece <= MAX_FIELD_PIECE ? jsonFieldGap(t, j) : 0;
        if (field > 0) {
          j += field;
          fields += field;
          continue;
        }
        int marker = itemMarker(t, j);
        if (marker > 0) {
          j += marker;
          continue;
        }
        if (escapedBreak(t, j)) {
          newlines += t.charAt(j + 1) == 'n' ? 1 : 0;
          j += 2;
          continue;
        }
        if (!joinSeparator(t.charAt(j)) && !lonePunctuation(t, j) && !listComma(t, j)) {
          break;
        }
        newlines += t.charAt(j) == '\n' ? 1 : 0;
        pipe |= t.charAt(j) == '|';
        j++;
      }
      // A blank line ends the pieces: the paragraph after a key is text, not more of it.
      if (j == i || j - i - fields > 16 || j >= n || !Survey.isToken(t.charAt(j)) || newlines > 1) {
        break;
      }
      // Into the next row of a table only where that row holds a piece alone: a table of several
      // columns ("| 1 | glpat- | GitLab |") lists things, it does not spell one.
      if (pipe && newlines == 1 && !onlyToken(t, j, true)) {
        break;
      }
      if (sentenceGoesOn(t, j)) {
        break;
      }
      joined = true;
      fragmentStarts[fragments++ % fragmentStarts.length] = b.length();
      i = j;
    }
    if (!joined) {
      return null;
    }
    return joinedLines(layer, b.toString(), map, fragmentStarts, fragments);
  }

  /** Words in a row a key's pieces may stand between ("and it ends with"), at most. */
  private static final int MAX_WORDS_BETWEEN = 4;
  /** Characters between a piece and the next piece or word, at most (", " or ". " and a quote). */
  private static final int MAX_WORD_GAP = 4;

  /**
   * Joins the pieces of a cut prefixed key told in a sentence or padded with filler words ("The
   * first part is shpat_59a9. Then comes 6f74e30f48. After that, ...", "shpat_cb river 46c9
   * apple ..."): from the prefix, token runs one or a few blanks, commas or quotes apart, a
   * sentence's full stop taken off each, and the runs that are words (letters only, lower-case
   * or capitalised, up to {@link #MAX_WORDS_BETWEEN} in a row) left out. Only for a prefix whose
   * key is cut ({@link #wholeKeyAt}); a blank line or any other mark ends it; read by the prefix
   * rules only, so a join that is not the rule's whole key is nothing. Null when no word was left
   * out (the plain {@link #rejoin} has that join).
   */
  private static Layer rejoinPastWords(Layer layer, int start, int maxLen) {
    String t = layer.text;
    int n = t.length();
    StringBuilder b = new StringBuilder();
    int[] map = new int[maxLen + 1];
    int[] fragmentStarts = new int[REJOIN_SHORTER + 1];
    int fragments = 0;
    int words = 0;
    boolean skipped = false;
    int i = start;
    while (i < n && b.length() < maxLen) {
      int e = i;
      while (e < n && e - i < maxLen && (Survey.isToken(t.charAt(e)) || t.charAt(e) == '.')) {
        e++;
      }
      int end = e;
      while (end > i && t.charAt(end - 1) == '.') {
        end--; // a sentence's full stop
      }
      if (fragments > 0 && proseWord(t, i, end)) {
        skipped = true;
        if (++words > MAX_WORDS_BETWEEN) {
          break;
        }
      } else if (end > i) {
        words = 0;
        fragmentStarts[fragments++ % fragmentStarts.length] = b.length();
        for (int k = i; k < end && b.length() < maxLen; k++) {
          map[b.length()] = k;
          b.append(t.charAt(k));
        }
      }
      int j = e;
      int newlines = 0;
      while (j < n && j - e <= MAX_WORD_GAP && " \t\r\n,;`\"'".indexOf(t.charAt(j)) >= 0) {
        newlines += t.charAt(j) == '\n' ? 1 : 0;
        j++;
      }
      if (j == e || j - e > MAX_WORD_GAP || newlines > 1 || j >= n || !Survey.isToken(t.charAt(j))) {
        break;
      }
      i = j;
    }
    if (!skipped || fragments < 2) {
      return null;
    }
    return joinedLines(layer, b.toString(), Arrays.copyOf(map, b.length()), fragmentStarts, fragments);
  }

  /**
   * Two words in a row start at {@code at}, the second perhaps of one letter: a sentence about the
   * prefix goes on there ("lin_api_ followed by 40 characters", "glpat- marks a GitLab token"),
   * not a key's next pieces. Two pieces of a random key are both such words about once in a
   * thousand for pieces of four characters, and less the longer they are.
   */
  private static boolean sentenceGoesOn(String t, int at) {
    int e = at;
    while (e < t.length() && Character.isLetter(t.charAt(e))) {
      e++;
    }
    if (e >= t.length() || t.charAt(e) != ' ' || !proseWord(t, at, e)) {
      return false;
    }
    int s2 = e + 1;
    int e2 = s2;
    while (e2 < t.length() && Character.isLetter(t.charAt(e2))) {
      e2++;
    }
    boolean ends = e2 >= t.length() || !Survey.isToken(t.charAt(e2));
    return ends && (proseWord(t, s2, e2) || e2 - s2 == 1 && Character.isLowerCase(t.charAt(s2)));
  }

  /** [s, e) is a word: 2 to 12 letters, all lower-case or capitalised ("river", "Then"). */
  private static boolean proseWord(String t, int s, int e) {
    if (e - s < 2 || e - s > 12 || !Character.isLetter(t.charAt(s))) {
      return false;
    }
    for (int k = s + 1; k < e; k++) {
      if (!Character.isLowerCase(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Shortest first, the whole join last: its end is where the caller's next join may start. */
  private static Layer joinedLines(Layer layer, String whole, int[] map, int[] fragmentStarts, int fragments) {
    return joinedLines(layer, whole, map, fragmentStarts, fragments, true);
  }

  private static Layer joinedLines(Layer layer, String whole, int[] map, int[] fragmentStarts,
      int fragments, boolean prefixRulesOnly) {
    Joins joins = new Joins();
    joins.add(whole, map, fragmentStarts, fragments);
    return joins.layer(layer, prefixRulesOnly);
  }

  /**
   * Joined fragments as lines of one layer: each join whole, then without its last one to three
   * fragments (the text after a key can be a word), each line mapped back to the parent.
   */
  private static final class Joins {
    private final StringBuilder text = new StringBuilder();
    private int[] map = new int[64];

    /** Appends the lines of one join; returns how many characters they hold. */
    int add(String whole, int[] wholeMap, int[] fragmentStarts, int fragments) {
      int before = text.length();
      // The shorter lines serve a key that ends a few fragments before the run does; a run much
      // longer than a key (a C array of byte literals, a table row) is data, and copying it four
      // times would cost more than the text it came from.
      int shorter = whole.length() <= MAX_CUT_JOIN ? Math.min(REJOIN_SHORTER, fragments - 2) : 0;
      for (int k = shorter; k >= 0; k--) {
        int cut = k == 0 ? whole.length() : fragmentStarts[(fragments - k) % fragmentStarts.length];
        if (text.length() > 0) {
          room(1);
          map[text.length()] = map[text.length() - 1];
          text.append('\n');
        }
        room(cut);
        System.arraycopy(wholeMap, 0, map, text.length(), cut);
        text.append(whole, 0, cut);
      }
      return text.length() - before;
    }

    boolean isEmpty() {
      return text.length() == 0;
    }

    int length() {
      return text.length();
    }

    private void room(int more) {
      if (text.length() + more > map.length) {
        map = java.util.Arrays.copyOf(map, Math.max(2 * map.length, text.length() + more));
      }
    }

    Layer layer(Layer parent, boolean prefixRulesOnly) {
      return parent.rejoined(text.toString(), java.util.Arrays.copyOf(map, text.length()),
          prefixRulesOnly);
    }
  }

  /**
   * Three or more chunks of equal length (3 to 12 token characters, the last may be shorter), one
   * space apart, 16 characters or more joined, with letters and digits: a key written in groups ("lin_ api_ dGlM oiyr ..."),
   * whose prefix may itself be cut. Each such run becomes a joined layer.
   */
  private void spacedChunks(Layer layer, char[] c, List<Layer> queue, long[] joins, Spans quads) {
    DumpGaps dump = new DumpGaps(layer, c, quads);
    Joins joined = new Joins();
    Joins named = new Joins();
    // Only at the joins the survey marked (a digit near); from each, reading starts back at a
    // character that is neither a chunk nor a space, so it finds the runs a pass from the start
    // of the text would find (unless that character is more than 512 back).
    int done = 0;
    for (int w = 0; w < joins.length; w++) {
      for (long bits = joins[w]; bits != 0; bits &= bits - 1) {
        int p = (w << 6) + Long.numberOfTrailingZeros(bits);
        if (p < done || p >= c.length || dump.at(p)) {
          continue;
        }
        int from = p;
        int limit = Math.max(done, p - 512);
        while (from > limit && (chunkChar(c[from - 1]) || c[from - 1] == ' ')) {
          from--;
        }
        done = spacedRuns(layer, c, from, p + 1, joined, named);
        if (overBudget(joined, named)) {
          // Fail closed, and early: these joins could not all be read.
          reportBudget(layer, p, c.length);
          return;
        }
      }
    }
    // One layer for the runs and one for the runs after their name: a text of many such runs
    // pays the fixed cost of a layer twice, not twice per run.
    if (!joined.isEmpty()) {
      spawn(queue, joined.layer(layer, true));
    }
    if (!named.isEmpty()) {
      spawn(queue, named.layer(layer, false));
    }
  }

  /**
   * Gaps between the byte groups of hex dump lines (xxd, hexdump, od -x) and of the rows of a
   * table of hex codes: a dump's are read by the dump's decoder, and a binary's dump or a code
   * point table is thousands of such gaps that would spend the join budgets and be reported
   * unread. Asked in increasing order; only a gap next to or inside a run of four-hex-digit
   * groups (the survey's) is tested against its line, so a text of many other gaps ("a1 b2 c3
   * ...") pays one comparison per gap.
   */
  private static final class DumpGaps {
    private final Layer layer;
    private final char[] c;
    private final Spans quads;
    private int k;
    /** The end of the last line asked about as a row of a hex table, and its answer. */
    private int tableLineEnd = -1;
    private boolean tableRow;

    DumpGaps(Layer layer, char[] c, Spans quads) {
      this.layer = layer;
      this.c = c;
      this.quads = quads;
    }

    boolean at(int p) {
      // A run ends a group or two before its line's last (each group counts where one follows).
      while (k < quads.count() && quads.end(k) + 10 < p) {
        k++;
      }
      if (!(k < quads.count() && quads.start(k) - 1 <= p && p > 0 && p + 1 < c.length
          && Survey.isHex(c[p - 1]) && Survey.isHex(c[p + 1]))) {
        return false;
      }
      if (Decoders.inDumpGroups(layer.text, p)) {
        return true;
      }
      if (p > tableLineEnd) {
        // One answer per line: the gaps of a row ask about the same three lines.
        int le = layer.text.indexOf('\n', p);
        tableLineEnd = le < 0 ? c.length : le;
        tableRow = Decoders.inHexTable(layer.text, p);
      }
      return tableRow;
    }
  }

  /** The joins gathered so far would not fit what the decode budget has left. */
  private boolean overBudget(Joins a, Joins b) {
    return a.length() + (b == null ? 0 : b.length()) + 2L * LAYER_OVERHEAD > budget;
  }

  /**
   * The runs that start in [from, to), added to {@code joined} (read by the rules for prefixes),
   * and those after a name to {@code named} (read by every rule); returns where reading stopped.
   */
  private int spacedRuns(Layer layer, char[] c, int from, int to, Joins joined, Joins named) {
    int n = layer.text.length();
    int i = from;
    while (i < to) {
      if (!chunkChar(c[i])) {
        i++;
        continue;
      }
      int s = i;
      while (i < n && chunkChar(c[i])) {
        i++;
      }
      int width = i - s;
      if (width < 3 || width > 12 || i + 1 >= n || c[i] != ' ' || !chunkChar(c[i + 1])) {
        continue;
      }
      int[] starts = new int[REJOIN_SHORTER + 1];
      int chunks = 1;
      int end = i;
      while (end + 1 < n && c[end] == ' ' && chunkChar(c[end + 1])) {
        int k = end + 1;
        while (k < n && chunkChar(c[k])) {
          k++;
        }
        if (k - end - 1 > width) {
          break;
        }
        starts[chunks % starts.length] = (end + 1 - s) - chunks;
        chunks++;
        boolean tail = k - end - 1 < width;
        end = k;
        if (tail) {
          break;
        }
      }
      // A run is looked at once, from its first chunk: linear however long the text.
      i = end;
      if (chunks < 3 || end - s - chunks + 1 < 16 || !lettersAndDigits(c, s, end)
          || proseWords(c, s, end, chunks)) {
        continue;
      }
      StringBuilder whole = new StringBuilder(end - s);
      int[] map = new int[end - s];
      for (int k = s; k < end; k++) {
        if (c[k] != ' ') {
          map[whole.length()] = k;
          whole.append(c[k]);
        }
      }
      joined.add(whole.toString(), map, starts, chunks);
      if (s > 1 && (c[s - 1] == '=' || c[s - 1] == ':') && Survey.isToken(c[s - 2])) {
        // "DD_API_KEY=679d0 54098 ...": the join after its name, read by every rule.
        int line = s - 1;
        while (line > 0 && s - line < CONTEXT && c[line - 1] != '\n') {
          line--;
        }
        StringBuilder withName = new StringBuilder(s - line + whole.length());
        int[] namedMap = new int[s - line + whole.length()];
        for (int k = line; k < s; k++) {
          namedMap[withName.length()] = k;
          withName.append(c[k]);
        }
        int[] namedStarts = new int[starts.length];
        for (int k = 0; k < starts.length; k++) {
          namedStarts[k] = starts[k] + (s - line);
        }
        System.arraycopy(map, 0, namedMap, s - line, whole.length());
        withName.append(whole);
        named.add(withName.toString(), namedMap, namedStarts, chunks);
      }
    }
    return i;
  }

  /**
   * Group widths the periodic joiner tries: a key read out in groups of one ("A-K-I-A-...",
   * "s.k.-.p.r.o.j") to twelve (ten is common).
   */
  static final int MIN_GROUP = 1;
  /**
   * What may stand between the groups: "A-K-I-A-...", "s.k.-.p.r.o.j", "A_K_I_A_...", and ';'
   * and the middle dot also: "shpat_;c3082b;980392;...", "dop_v1·_15527·...".
   */
  private static final char[] PERIODIC_SEPARATORS = {'-', '.', '_', ';', '\u00b7'};
  static final int MAX_GROUP = 12;
  /** Separators it needs in a row before it joins (five groups at least). */
  static final int MIN_GROUP_SEPARATORS = 4;
  /** Characters of one run it joins at most. */
  static final int MAX_GROUP_JOIN = 2048;

  /**
   * A key read out in fixed-width groups glued by one separator inside a run of non-blank
   * characters ("nfp_-CTjA-BpQr-Yg83-...", "CI_J.OB_T.OKEN.=glc.bt-b...", "http-s://-disc-..."):
   * the separator stands every w+1 characters, whatever the groups hold (the key's own dashes
   * and dots included). Found from the separator's occurrences (String.indexOf, so clean text
   * pays a vectorised search and a few compares per dash or dot); each run is read once, and a
   * join needs five groups, 16 characters, letters and digits. The join, after the text before
   * it on its line, is read by every rule.
   */
  private void periodicGroups(Layer layer, char[] c, List<Layer> queue, char sep, Joins uneven,
      long[] digits) {
    String t = layer.text;
    int n = c.length;
    int done = 0;
    int unevenDone = 0;
    for (int i = t.indexOf(sep), j; i >= 0 && i < n; i = j < done ? t.indexOf(sep, done) : j) {
      j = t.indexOf(sep, i + 1);
      // A joined run must hold a digit: with none in the 64-character words around, no run from
      // here can be joined, and the walk is spared (dotted and snake_case names in code).
      // Not in a joined layer: pieces already joined are not cut again (a text of spaced
      // "Ab1.Cd2.Ef3.Gh4" would be joined by spaces, then its dots joined in runs of 2,048).
      if (i >= unevenDone && j > 0 && j <= i + MAX_UNEVEN_GROUP + 1 && layer.kind != Layer.Kind.MAPPED
          && digitNear(digits, i) && groupBetween(c, i, j, sep)) {
        // Uneven groups are read on their own: a fixed width found by chance in their first
        // separators must not hide them.
        unevenDone = Math.max(i + 1, irregularGroups(layer, c, uneven, sep, i));
      }
      // A group of at most MAX_GROUP ends at the next separator: most dots and dashes stand alone.
      if (i < done || i < MIN_GROUP || j < 0 || j > i + MAX_GROUP + 1) {
        if (j < 0) {
          break;
        }
        continue;
      }
      int width = -1;
      for (int w = MIN_GROUP; w <= MAX_GROUP && width < 0; w++) {
        int last = i + MIN_GROUP_SEPARATORS * (w + 1) - (w + 1);
        if (last >= n) {
          break;
        }
        boolean ok = true;
        for (int k = 1; k < MIN_GROUP_SEPARATORS && ok; k++) {
          ok = c[i + k * (w + 1)] == sep;
        }
        if (ok) {
          width = w;
        }
      }
      boolean digitsOnly = false;
      if (width < 0) {
        width = digitGroups(c, i, sep);
        if (width < 0) {
          continue;
        }
        digitsOnly = true;
      }
      // The first group is the width before the first separator, at the start of the run.
      int start = i - width;
      if (start < 0 || start > 0 && Character.isLetterOrDigit(c[start - 1])) {
        continue;
      }
      int step = width + 1;
      int end = i;
      boolean blank = false;
      for (int k = start; k < i; k++) {
        blank |= c[k] <= ' ';
      }
      // Groups while a separator follows each; blanks end the run.
      while (!blank && end + step < n && c[end + step] == sep) {
        for (int k = end + 1; k < end + step; k++) {
          blank |= c[k] <= ' ';
        }
        if (!blank) {
          end += step;
        }
      }
      if (blank && end == i) {
        done = i + 1;
        continue;
      }
      int tail = end + 1;
      while (tail < n && tail - end - 1 < width && c[tail] > ' ') {
        tail++;
      }
      done = tail;
      // A key is short: a longer run ("sk-sk-sk-..." over a whole text) is joined in its first
      // MAX_GROUP_JOIN characters only, so a flood costs one read, not a copy of itself.
      tail = Math.min(tail, start + MAX_GROUP_JOIN);
      StringBuilder whole = new StringBuilder(tail - start);
      int[] map = new int[tail - start + CONTEXT];
      int line = start;
      while (line > 0 && start - line < CONTEXT && c[line - 1] != '\n') {
        line--;
      }
      for (int k = line; k < start; k++) {
        map[whole.length()] = k;
        whole.append(c[k]);
      }
      int joinedFrom = whole.length();
      boolean letter = false;
      boolean digit = false;
      for (int k = start; k < tail; k++) {
        if (k > start && k <= end && (k - start) % step == width) {
          continue; // the separator
        }
        letter |= Character.isLetter(c[k]);
        digit |= c[k] >= '0' && c[k] <= '9';
        map[whole.length()] = k;
        whole.append(c[k]);
      }
      int joinedLength = whole.length() - joinedFrom;
      if (digitsOnly ? letter || joinedLength < MIN_DIGIT_JOIN || joinedLength > MAX_DIGIT_JOIN
          || tail < n && Character.isLetterOrDigit(c[tail])
          : joinedLength < 16 || !letter || !digit) {
        continue;
      }
      // Into the one layer of all group joins: a text of many numbers cut into groups ("1234.5678.
      // 9012 ...") pays for one layer, not one per number.
      pieceChars -= JOIN_COST * uneven.add(whole.toString(), java.util.Arrays.copyOf(map, whole.length()),
          new int[REJOIN_SHORTER + 1], 2);
      if (pieceChars <= 0 || overBudget(uneven, null)) {
        reportBudget(layer, start, n); // fail closed: runs built to spend the budget
        return;
      }
    }
  }

  private static boolean hasNewline(char[] c, int s, int e) {
    for (int i = s; i < e; i++) {
      if (c[i] == '\n') {
        return true;
      }
    }
    return false;
  }

  /** Widest group of a key cut by hand at uneven widths ("AKIA-QGTTE5-HRDM6-RL2QI"). */
  static final int MAX_UNEVEN_GROUP = 16;
  /** Separators an unevenly grouped key needs in a row (four groups at least). */
  static final int MIN_UNEVEN_SEPARATORS = 3;

  /**
   * A key cut by hand into groups of uneven width, 2 to 16 token characters each, glued by one
   * separator that is not part of the groups ("AKIA-QGTTE5-HRDM6-RL2QI", "sk-p.roj-w.ACA9s5.Pw...",
   * hex in groups "736B2-D616E7-42D6-..."): tried only where the fixed-width reading failed and the
   * next separator is near, so prose (a mark then a blank) costs nothing more. A UUID is an id,
   * not a cut key. At least four groups, 16 characters joined, letters and digits; the join is
   * read by every rule (a WIF key has no prefix) and decoded like any other text. Returns where
   * the run ended, or -1.
   */
  private int irregularGroups(Layer layer, char[] c, Joins uneven, char sep, int i) {
    int n = c.length;
    int start = i;
    while (start > 0 && i - start < MAX_UNEVEN_GROUP && groupChar(c[start - 1], sep)) {
      start--;
    }
    if (start + 36 <= n && Prechecks.uuidAt(layer.text, start)) {
      return start + 36; // a UUID, read past whole: its later dashes start no run of their own
    }
    if (i - start < 2 || start > 0 && groupChar(c[start - 1], sep)) {
      return -1;
    }
    int seps = 0;
    int pos = i;
    int end;
    while (true) {
      int k = pos + 1;
      while (k < n && k - pos - 1 <= MAX_UNEVEN_GROUP && groupChar(c[k], sep)) {
        k++;
      }
      int g = k - pos - 1;
      boolean last = k >= n || c[k] != sep;
      // The last group may be a single character: what was left of the key ("...-1525-6").
      if (g < (last ? 1 : 2) || g > MAX_UNEVEN_GROUP) {
        end = pos; // the last separator ends the run; it is not followed by a group
        break;
      }
      seps++;
      if (k < n && c[k] == sep) {
        pos = k;
        continue;
      }
      end = k;
      break;
    }
    if (seps < MIN_UNEVEN_SEPARATORS || end - start - seps < 16) {
      return end; // too few groups, or too short joined for a key: nothing is built
    }
    // The run is read once however long; a key is short, so only its start is joined.
    int joinEnd = Math.min(end, start + MAX_GROUP_JOIN);
    StringBuilder whole = new StringBuilder(joinEnd - start);
    int[] map = new int[joinEnd - start];
    boolean letter = false;
    boolean digit = false;
    for (int k = start; k < joinEnd; k++) {
      if (c[k] == sep) {
        continue;
      }
      letter |= Character.isLetter(c[k]);
      digit |= c[k] >= '0' && c[k] <= '9';
      map[whole.length()] = k;
      whole.append(c[k]);
    }
    if (whole.length() >= 16 && letter && digit) {
      pieceChars -= JOIN_COST * uneven.add(whole.toString(), java.util.Arrays.copyOf(map, whole.length()),
          new int[REJOIN_SHORTER + 1], 2);
      if (pieceChars <= 0 || overBudget(uneven, null)) {
        reportBudget(layer, start, n); // fail closed: runs built to spend the budget
      }
    }
    return end;
  }

  /** A digit in the 64-character word of the mask that holds i, or in the one before or after. */
  private static boolean digitNear(long[] digits, int i) {
    int w = i >>> 6;
    return w < digits.length && (digits[w] != 0 || w > 0 && digits[w - 1] != 0
        || w + 1 < digits.length && digits[w + 1] != 0);
  }

  /** Whether (i, j) between two separators is one group: a dot that ends a sentence is not. */
  private static boolean groupBetween(char[] c, int i, int j, char sep) {
    for (int k = i + 1; k < j; k++) {
      if (!groupChar(c[k], sep)) {
        return false;
      }
    }
    return j > i + 1;
  }

  /** A character of an unevenly cut key's group: a token character other than the separator. */
  private static boolean groupChar(char ch, char sep) {
    return ch != sep && Survey.isToken(ch);
  }

  /** Digits a card number cut into a few groups holds: 12 (short Maestro) to 19. */
  static final int MIN_DIGIT_JOIN = 12;
  static final int MAX_DIGIT_JOIN = 19;

  /**
   * A number cut into as few as three groups of 3 to 8 digits ("3437154;2709270;4",
   * "37878-45632-41382", "4111.1111.1111.1111"): the width of the group before the separator at
   * {@code i} when the next group is as wide and is followed by the same separator, else -1. The
   * join is kept only at 12 to 19 digits, and each card rule still asks Luhn and an issuer's
   * range. A few compares per separator that follows a digit.
   */
  private static int digitGroups(char[] c, int i, char sep) {
    if (i == 0 || !Character.isDigit(c[i - 1])) {
      return -1;
    }
    int w = 0;
    while (w < 9 && i - w - 1 >= 0 && Character.isDigit(c[i - w - 1])) {
      w++;
    }
    int start = i - w;
    if (w < 3 || w > 8 || start > 0 && Character.isLetterOrDigit(c[start - 1]) || i + w + 1 >= c.length
        || c[i + w + 1] != sep || sep == '-' && w == 4) {
      return -1; // (4-4-4-4 with dashes is how the card rules read a card themselves)
    }
    for (int k = i + 1; k <= i + w; k++) {
      if (!Character.isDigit(c[k])) {
        return -1;
      }
    }
    return w;
  }

  /** Characters a spelled-out key needs at least. */
  static final int MIN_SPELLED = 16;
  /** Longest separator between the characters of a spelled-out key. */
  static final int MAX_SPELL_GAP = 4;

  /** Groups of a spaced value after its escaped part, at most this many. */
  static final int MAX_PLAIN_GROUPS = 3;

  /**
   * After a value written in space-separated groups with escapes in them, up to
   * {@link #MAX_PLAIN_GROUPS} more groups of one to eight letters or digits on the same line,
   * which the escaping happened to leave plain; returns the new end.
   */
  static int plainGroupsAfter(String t, int e) {
    int n = t.length();
    for (int g = 0; g < MAX_PLAIN_GROUPS && e + 1 < n && t.charAt(e) == ' '; g++) {
      int j = e + 1;
      while (j < n && j - e <= 9 && Character.isLetterOrDigit(t.charAt(j))) {
        j++;
      }
      if (j == e + 1 || j - e > 9 || j < n && Character.isLetterOrDigit(t.charAt(j))) {
        break;
      }
      if (j < n && t.charAt(j) != ' ' && t.charAt(j) != '\n' && t.charAt(j) != '\r' && t.charAt(j) != '"'
          && ".,;".indexOf(t.charAt(j)) < 0) {
        break;
      }
      e = j;
    }
    return e;
  }

  /** Text read on each side of a line continuation, for the name before a value and its end. */
  static final int CONTINUATION_WINDOW = 256;

  /**
   * A backslash that ends a line joins it to the next in a shell, C, Python, a Makefile or a
   * double-quoted YAML scalar, there without the next line's indentation ("CARD=5020-1375\" then
   * "-1347-5025" is one word). The windows around all continuations,
   * read with them removed, make one layer for every rule; a text without one pays nothing.
   */
  private void lineContinuations(Layer layer, char[] c, List<Layer> queue, Spans cont) {
    StringBuilder b = new StringBuilder();
    int[] map = new int[64];
    int n = c.length;
    int i = 0;
    while (i < cont.count()) {
      int from = Math.max(layer.context, cont.start(i) - CONTINUATION_WINDOW);
      int to = Math.min(n, cont.end(i) + CONTINUATION_WINDOW);
      int j = i + 1;
      while (j < cont.count() && cont.start(j) < to) {
        to = Math.min(n, cont.end(j) + CONTINUATION_WINDOW);
        j++;
      }
      if (b.length() > 0) {
        map = room(map, b.length() + 1);
        map[b.length()] = map[b.length() - 1];
        b.append('\n');
      }
      int k = i;
      for (int p = from; p < to; p++) {
        while (k < j && cont.end(k) <= p) {
          k++;
        }
        if (k < j && p >= cont.start(k) && p < cont.end(k)) {
          continue; // the backslash and its line break
        }
        map = room(map, b.length() + 1);
        map[b.length()] = p;
        b.append(c[p]);
      }
      i = j;
    }
    if (b.length() > 0) {
      spawn(queue, layer.rejoined(b.toString(), Arrays.copyOf(map, b.length()), false));
    }
  }

  private static int[] room(int[] map, int size) {
    return size <= map.length ? map : Arrays.copyOf(map, Math.max(2 * map.length, size));
  }

  /**
   * A key spelled out one character at a time with the same separator between each ("s k - p r o
   * j ...", one per line, "s", "k", ... in an array, "A, K, I, A, ..."): single token characters
   * with no token character beside them, at most four characters apart, the gaps all alike. At
   * least 16 characters, one of them a letter; joined, the run is read by every rule. A key's
   * punctuation said by name in its place ("underscore", "dash", "dot", "colon", "slash", ...)
   * stands on the grid like a character and is joined as its mark. Found from
   * the token mask, so clean text pays one pass over its words and a few steps per lone letter or
   * digit ("a", "I", "1").
   */
  private void spelledOut(Layer layer, char[] c, List<Layer> queue, long[] tok) {
    int n = c.length;
    int words = (n + 63) >>> 6;
    int first = -1;
    int prev = -1;
    int count = 0;
    int gap = 0;
    for (int w = 0; w < words; w++) {
      long t = tok[w];
      long before = (t << 1) | (w > 0 ? tok[w - 1] >>> 63 : 0);
      long after = (t >>> 1) | (w + 1 < tok.length ? tok[w + 1] << 63 : 0);
      long lone = t & ~before & ~after;
      while (lone != 0) {
        int p = (w << 6) + Long.numberOfTrailingZeros(lone);
        lone &= lone - 1;
        if (p >= n) {
          break;
        }
        int g = p - prev - 1;
        boolean alike = count == 1 || g == gap && sameGap(c, first + 1, prev + 1, g);
        if (prev >= 0 && g >= 1 && g <= MAX_SPELL_GAP && alike) {
          gap = g;
          count++;
        } else if (count >= 2 && g == 2 * gap + 1 && SPELLED_PUNCT.indexOf(c[prev + gap + 1]) >= 0
            && sameGap(c, first + 1, prev + 1, gap) && sameGap(c, first + 1, prev + gap + 2, gap)) {
          // A key's own '.' or ':' spelled out in its place ("... 9 . e y J ...", "... 6 : A A"):
          // it stands on the same grid, so the join takes it with the rest.
          count += 2;
        } else {
          // Punctuation spelled by name in its place ("g, h, p, underscore, O, ..."): each name
          // stands on the grid between two gaps like the characters, the join writes its mark.
          int marks = count >= 2 && g > 2 * gap ? spokenMarks(c, prev + 1, p, gap, first + 1) : 0;
          if (marks > 0) {
            count += marks + 1;
          } else {
            if (count >= MIN_SPELLED) {
              joinSpelled(layer, c, queue, first, count, gap);
            }
            first = p;
            count = 1;
          }
        }
        prev = p;
      }
    }
    if (count >= MIN_SPELLED) {
      joinSpelled(layer, c, queue, first, count, gap);
    }
  }

  /** Punctuation inside keys that is no token character, taken when spelled out in place. */
  private static final String SPELLED_PUNCT = ".:/+=";

  private static boolean sameGap(char[] c, int a, int b, int len) {
    for (int k = 0; k < len; k++) {
      if (c[a + k] != c[b + k]) {
        return false;
      }
    }
    return true;
  }

  /** Names of punctuation a key holds, as a spelled-out key says them, and the marks they stand for. */
  private static final String[] SPOKEN_NAMES = {
    "underscore", "hyphen", "period", "equals", "minus", "colon", "slash", "dash", "plus", "dot", "at"};
  private static final String SPOKEN_MARKS = "_-.=-:/-+.@";
  /** Punctuation names in a row between two spelled characters, at most. */
  private static final int MAX_SPOKEN_RUN = 4;

  /**
   * The index in {@link #SPOKEN_NAMES} of the punctuation name at {@code at} (any case, a whole
   * word), or -1.
   */
  static int spokenName(char[] c, int at) {
    for (int k = 0; k < SPOKEN_NAMES.length; k++) {
      String w = SPOKEN_NAMES[k];
      int end = at + w.length();
      if (end <= c.length && (end == c.length || !Character.isLetterOrDigit(c[end])) && sameWord(c, at, w)) {
        return k;
      }
    }
    return -1;
  }

  /** The lower-case word w stands at {@code at}, in any case. */
  private static boolean sameWord(char[] c, int at, String w) {
    for (int j = 0; j < w.length(); j++) {
      if (Character.toLowerCase(c[at + j]) != w.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /**
   * How many punctuation names fill [s, e) between two spelled characters, the gap of the run
   * (the {@code gap} characters at {@code gapAt}) before each and after the last; 0 when [s, e)
   * is anything else. At most {@link #MAX_SPOKEN_RUN} names ("colon, slash, slash").
   */
  static int spokenMarks(char[] c, int s, int e, int gap, int gapAt) {
    int names = 0;
    int i = s;
    while (i + gap < e && names < MAX_SPOKEN_RUN && sameGap(c, gapAt, i, gap)) {
      int k = spokenName(c, i + gap);
      if (k < 0) {
        return 0;
      }
      names++;
      i += gap + SPOKEN_NAMES[k].length();
      if (i + gap == e && sameGap(c, gapAt, i, gap)) {
        return names;
      }
    }
    return 0;
  }

  private void joinSpelled(Layer layer, char[] c, List<Layer> queue, int first, int count, int gap) {
    int take = Math.min(count, MAX_GROUP_JOIN);
    StringBuilder whole = new StringBuilder(take);
    int[] map = new int[take];
    boolean letter = false;
    int at = first;
    for (int k = 0; k < take && at < c.length; k++) {
      map[k] = at;
      int name = at + 1 < c.length && Character.isLetter(c[at + 1]) ? spokenName(c, at) : -1;
      if (name >= 0) {
        whole.append(SPOKEN_MARKS.charAt(name));
        at += SPOKEN_NAMES[name].length() + gap;
        continue;
      }
      whole.append(c[at]);
      letter |= Character.isLetter(c[at]);
      at += 1 + gap;
    }
    if (whole.length() < take) {
      map = Arrays.copyOf(map, whole.length());
    }
    if (letter) {
      spawn(queue, layer.rejoined(whole.toString(), map, false));
    }
  }

  /**
   * Quoted values named only by the comment that ends their line ({@code FALLBACK = "001-61-2088"
   * # SSN}, {@code k = "de68..."; // TWILIO_AUTH_TOKEN}, an array of char codes before "//
   * ETH_PRIVATE_KEY"): one layer with a line "comment = value" for each, so a rule that needs
   * the name before the value reads it, and a decoded array has the name as its context. {@code literals}
   * holds the packed quote positions from {@link Prechecks#commentedLiteral}, found at a rule's
   * keyword, so a text without such a comment pays nothing.
   */
  private static Layer namedByComment(Layer layer, Set<Long> literals) {
    String t = layer.text;
    StringBuilder b = new StringBuilder();
    int[] map = new int[64];
    for (long lit : literals) {
      int open = (int) (lit >>> 32);
      int close = (int) lit;
      int m = close + 1;
      if (t.charAt(m) == ';' || t.charAt(m) == ',') {
        m++;
      }
      while (t.charAt(m) == ' ' || t.charAt(m) == '\t') {
        m++;
      }
      int marker = t.charAt(m) == '#' ? m + 1 : m + 2; // past the comment mark
      int lineEnd = t.indexOf('\n', close);
      lineEnd = lineEnd < 0 ? t.length() : lineEnd;
      if (b.length() > 0) {
        map = room(map, b.length() + 1);
        map[b.length()] = close;
        b.append('\n');
      }
      for (int k = marker; k < lineEnd; k++) {
        map = room(map, b.length() + 1);
        map[b.length()] = k;
        b.append(t.charAt(k));
      }
      for (char x : " = ".toCharArray()) {
        map = room(map, b.length() + 1);
        map[b.length()] = open;
        b.append(x);
      }
      // A quoted value without its quotes; an array with its brackets, for the decoders to read.
      boolean quoted = t.charAt(open) == t.charAt(close);
      for (int k = quoted ? open + 1 : open; k < (quoted ? close : close + 1); k++) {
        map = room(map, b.length() + 1);
        map[b.length()] = k;
        b.append(t.charAt(k));
      }
    }
    return layer.rejoined(b.toString(), Arrays.copyOf(map, b.length()), false);
  }

  /** Characters before a chain's opening quote kept with it (the name it is assigned to). */
  private static final int CHAIN_LEAD = 64;
  /** Literals in one chain at most. */
  private static final int MAX_LITERALS = 32;
  /** Characters in one literal at most. */
  private static final int MAX_LITERAL = 200;

  /** The sorted start positions of the prefix hits the rejoin reads from. */
  private static int[] rejoinStarts(List<int[]> hits) {
    int[] starts = new int[hits.size()];
    for (int k = 0; k < starts.length; k++) {
      starts[k] = hits.get(k)[1];
    }
    Arrays.sort(starts);
    return starts;
  }

  /**
   * String literals joined with '+' ("https://hooks.sl" + "ack.com/services/T0..." or
   * 'ntn_2388' + '2109360btHx' + ...): their text joined as the program builds it, one layer for
   * all such chains, scanned by every rule. A chain starts at a '+' with a closing quote before
   * it and the same quote after it (maybe on the next line); each literal is at most one line
   * and holds no white space (a sentence built in pieces is no key); each chain is read once.
   * A chain whose first literal holds a key's prefix and 12 characters or more after its start
   * is left to the rejoin, which reads it from the prefix ("sk-QrYx3V6YSJ" + "b6E2q..."): here
   * come the chains cut before, inside or just after a prefix.
   */
  private void concatenations(Layer layer, char[] c, List<Layer> queue, List<int[]> rejoinHits,
      long[] gaps) {
    int[] heads = null; // sorted when the first chain needs them: most texts have none
    String t = layer.text;
    int n = c.length;
    Joins joined = null;
    int done = layer.context;
    int[] ls = new int[MAX_LITERALS];
    int[] le = new int[MAX_LITERALS];
    Set<String> seen = new HashSet<>();
    int plus = t.indexOf('+', done);
    int gap = nextAdjacentLiteralGap(c, gaps, done);
    while (plus >= 0 || gap >= 0) {
      int p;
      if (plus >= 0 && (gap < 0 || plus <= gap)) {
        p = plus;
        plus = t.indexOf('+', Math.max(p + 1, done));
      } else {
        p = gap;
        gap = nextAdjacentLiteralGap(c, gaps, p + 1);
      }
      if (p < done) {
        continue;
      }
      int q = p;
      if (c[p] == '+') {
        q = p - 1;
        while (q > done && (c[q] == ' ' || c[q] == '\t')) {
          q--;
        }
      }
      if (q <= done || (c[q] != '"' && c[q] != '\'' && c[q] != '`')) {
        continue;
      }
      char quote = c[q];
      int open = literalStart(c, q, quote, done);
      if (open < 0) {
        continue;
      }
      int count = 0;
      ls[count] = open + 1;
      le[count++] = q;
      int end = q + 1;
      while (count < MAX_LITERALS) {
        int a = nextLiteral(c, end);
        if (a >= n || c[a] != quote) {
          break;
        }
        int close = literalEnd(c, a, quote);
        if (close < 0) {
          break;
        }
        ls[count] = a + 1;
        le[count++] = close;
        end = close + 1;
      }
      done = end;
      if (count < 2) {
        continue;
      }
      if (heads == null) {
        heads = rejoinStarts(rejoinHits);
      }
      int h = Arrays.binarySearch(heads, open);
      h = h >= 0 ? h : -h - 1;
      if (h < heads.length && heads[h] <= le[0] && le[0] - heads[h] >= 12) {
        continue; // a prefix and 12 characters or more: the rejoin joins this chain from there
      }
      pieceChars -= GAP_COST * count;
      StringBuilder whole = new StringBuilder();
      // The chain keeps what stands before it on its line, up to its opening quote, and its
      // closing quote: the name it is assigned to (API_KEY = "..." + "...") for the rules that
      // need one.
      int lead = leadStart(c, open, layer.context);
      int cut = assignedOpening(c, lead, open);
      int[] map = new int[end - lead + 1];
      for (int i = lead; i <= open; i++) {
        if (i >= cut && i < open) {
          continue; // "KEY = (\n    " before the first literal: read as KEY = "..."
        }
        map[whole.length()] = i;
        whole.append(c[i]);
      }
      int leadChars = whole.length();
      int[] starts = new int[REJOIN_SHORTER + 1];
      for (int k = 0; k < count; k++) {
        starts[k % starts.length] = whole.length();
        for (int i = ls[k]; i < le[k]; i++) {
          map[whole.length()] = i;
          whole.append(c[i]);
        }
      }
      int literalChars = whole.length() - leadChars;
      map[whole.length()] = end - 1;
      whole.append(quote);
      if (literalChars < 16 || !seen.add(whole.toString())) {
        continue; // too short for a key, or the same chain again (read once)
      }
      if (joined == null) {
        joined = new Joins();
      }
      // The whole chain only, no shorter copies: what follows a key in its chain ("&v=2", "/")
      // is punctuation a rule's end accepts.
      pieceChars -= JOIN_COST * joined.add(whole.toString(), map, starts, 2);
      if (pieceChars <= 0 || overBudget(joined, null)) {
        // Fail closed: chains built to spend the budget must not let a later one through unread.
        reportBudget(layer, open, n);
        return;
      }
    }
    if (joined != null) {
      spawn(queue, joined.layer(layer, false));
    }
  }

  /**
   * Where the text kept before a chain starts: the start of the opening literal's line, at most
   * CHAIN_LEAD back; or, when the literal opens its line and the line above ends in '=' or '('
   * (Python's "API_SECRET = (" with one literal per line below), the start of that line.
   */
  private static int leadStart(char[] c, int open, int floor) {
    int lead = open;
    while (lead > floor && open - lead < CHAIN_LEAD && c[lead - 1] != '\n') {
      lead--;
    }
    for (int i = lead; i < open; i++) {
      if (c[i] != ' ' && c[i] != '\t') {
        return lead;
      }
    }
    int k = lead - 1; // the line break before the literal's line
    while (k > floor && (c[k - 1] == ' ' || c[k - 1] == '\t' || c[k - 1] == '\r')) {
      k--;
    }
    if (k <= floor || lead - 1 < floor || c[lead - 1] != '\n' || (c[k - 1] != '(' && c[k - 1] != '=')) {
      return lead;
    }
    int above = k - 1;
    while (above > floor && k - above < CHAIN_LEAD && c[above - 1] != '\n') {
      above--;
    }
    return above;
  }

  /**
   * In the text before a chain's opening quote, where a run of blanks, line breaks and one '('
   * after an '=' starts ("KEY = (" and the literal, maybe on the next line); the quote's index
   * when there is none. Dropping that run lets the rules read the name and its value.
   */
  private static int assignedOpening(char[] c, int lead, int open) {
    int i = open;
    boolean paren = false;
    boolean lineBreak = false;
    while (i > lead) {
      char x = c[i - 1];
      if (x == '(' && !paren) {
        paren = true;
      } else if (x == '\n' || x == '\r') {
        lineBreak = true;
      } else if (x != ' ' && x != '\t') {
        break;
      }
      i--;
    }
    return i > lead && c[i - 1] == '=' && (paren || lineBreak) ? i : open;
  }

  /**
   * The opening quote of the literal whose closing quote is at q: same line, a key's piece or a
   * phrase's (see {@link #pieceOfKeyOrPhrase}); or -1.
   */
  private static int literalStart(char[] c, int q, char quote, int floor) {
    for (int i = q - 1; i >= floor && q - i <= MAX_LITERAL; i--) {
      if (c[i] == quote) {
        return pieceOfKeyOrPhrase(c, i + 1, q) ? i : -1;
      }
      if (c[i] != ' ' && Character.isWhitespace(c[i])) {
        return -1;
      }
    }
    return -1;
  }

  /** The closing quote of the literal opening at a: same line, a key's or a phrase's piece; or -1. */
  private static int literalEnd(char[] c, int a, char quote) {
    for (int i = a + 1; i < c.length && i - a <= MAX_LITERAL; i++) {
      if (c[i] == quote) {
        return i > a + 1 && pieceOfKeyOrPhrase(c, a + 1, i) ? i : -1;
      }
      if (c[i] != ' ' && Character.isWhitespace(c[i])) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the literal [s, e) may be a piece of a chain: a key's piece has no blank; a seed
   * phrase's piece is lower-case words and spaces ("select grid zoo swo" + "rd ceiling ..."), cut
   * anywhere, also inside a word, and joins back into its words. Any other text with a blank is
   * prose or a message, not a piece.
   */
  private static boolean pieceOfKeyOrPhrase(char[] c, int s, int e) {
    boolean blank = false;
    boolean other = false;
    for (int i = s; i < e; i++) {
      char x = c[i];
      if (x == ' ') {
        blank = true;
      } else if (x < 'a' || x > 'z') {
        other = true;
      }
      if (blank && other) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the next literal of a chain may open after a literal that closed before {@code end}:
   * past a '+' (spaces, and at most one line break with its indentation), or, for literals the
   * compiler joins side by side (Python's and C's implicit concatenation, "abc"\n    "def"),
   * past spaces and at most one line break. The caller checks for the quote.
   */
  private static int nextLiteral(char[] c, int end) {
    int i = end;
    int breaks = 0;
    while (i < c.length && (c[i] == ' ' || c[i] == '\t' || c[i] == '\r'
        || (c[i] == '\n' && breaks++ == 0) || continuation(c, i) && breaks == 0)) {
      i++;
    }
    return i < c.length && c[i] == '+' ? afterPlus(c, i) : i;
  }

  /**
   * The next closing quote at or after {@code from} that the survey marked as a gap between
   * key-like runs and that another literal follows across a line break, side by side or after a
   * '+' that opens the next line (a '+' on the quote's own line starts its chain itself). Only
   * marked gaps are looked at, so clean text costs the bits of its piece gaps, not a pass.
   */
  private static int nextAdjacentLiteralGap(char[] c, long[] gaps, int from) {
    if (from >= c.length) {
      return -1;
    }
    int w = from >>> 6;
    if (w >= gaps.length) {
      return -1;
    }
    long bits = gaps[w] & (-1L << (from & 63));
    while (true) {
      while (bits == 0) {
        if (++w >= gaps.length) {
          return -1;
        }
        bits = gaps[w];
      }
      int p = (w << 6) + Long.numberOfTrailingZeros(bits);
      bits &= bits - 1;
      if (p >= c.length) {
        return -1;
      }
      char q = c[p];
      if (q != '"' && q != '\'' && q != '`') {
        continue;
      }
      int i = p + 1;
      while (i < c.length && (c[i] == ' ' || c[i] == '\t' || c[i] == '\r' || continuation(c, i))) {
        i++;
      }
      if (i >= c.length || c[i] != '\n') {
        continue;
      }
      i++;
      while (i < c.length && (c[i] == ' ' || c[i] == '\t')) {
        i++;
      }
      if (i < c.length && c[i] == '+') {
        // The '+' opening the next line (Java's and JavaScript's usual break before an
        // operator): its search looked back on its own line only.
        i++;
        while (i < c.length && (c[i] == ' ' || c[i] == '\t')) {
          i++;
        }
      }
      if (i < c.length && c[i] == q) {
        return p;
      }
    }
  }

  /** A backslash that continues the line ("abc" \ then the next literal, Python's explicit join). */
  private static boolean continuation(char[] c, int i) {
    if (c[i] != '\\') {
      return false;
    }
    int k = i + 1;
    if (k < c.length && c[k] == '\r') {
      k++;
    }
    return k < c.length && c[k] == '\n';
  }

  /** After the '+' at p: spaces, and at most one line break with its indentation. */
  private static int afterPlus(char[] c, int p) {
    int i = p + 1;
    int breaks = 0;
    while (i < c.length && (c[i] == ' ' || c[i] == '\t' || c[i] == '\r'
        || (c[i] == '\n' && breaks++ == 0))) {
      i++;
    }
    return i;
  }

  static final int MAX_PIECES = 64;
  /** Where the last run of pieces read ended. */
  private int piecesRead;

  /**
   * A key cut into pieces of equal width joined by one repeated separator: " | ", " / ", "] [",
   * two spaces, a line break, a string concatenation ("\" +\n    \""). The first piece may be
   * of any width (it can carry the name: "DD_API_KEY=679d0 54098 ..."), the last may be shorter.
   * Read only at the gaps the survey marked, each run once; the join is scanned by every rule.
   */
  static final int MIN_COLUMN_LINES = 3;
  static final int MAX_COLUMN_LINES = 40;
  static final int MAX_COLUMN_FRAGMENT = 24;

  /**
   * A key cut by hand into lines of uneven width, maybe numbered as a list ("1. NPM_TOK",
   * "2. EN=npm_x1..."): three or more lines that each hold one short run of non-blank
   * characters, with a digit among them, joined whole, the name too when it was cut. Read only
   * at the line breaks the survey marked as piece gaps; every column of the text goes into one
   * layer, scanned by every rule.
   */
  private void lineColumns(Layer layer, char[] c, List<Layer> queue, long[] joins) {
    Joins joined = new Joins();
    int n = c.length;
    int done = 0;
    for (int w = 0; w < joins.length; w++) {
      for (long bits = joins[w]; bits != 0; bits &= bits - 1) {
        int p = (w << 6) + Long.numberOfTrailingZeros(bits);
        if (p < done || p >= n) {
          continue;
        }
        if (c[p] == '"' && p + 2 < n && c[p + 1] == ',') {
          done = literalArray(layer, c, p, joined);
          if (pieceChars <= 0) {
            reportBudget(layer, p, n);
            return;
          }
          continue;
        }
        if (c[p] == '`' || c[p] == ' ') {
          p = rowEnd(c, p); // a table row's one cell: "| 2 | `:zhco` |", "| 2 | f2ef47 |"
        }
        if (p < 0 || p >= n || c[p] != '\n') {
          continue;
        }
        int first = lineStart(c, p);
        if (fragmentEnd(c, first) != p) {
          done = p + 1;
          continue;
        }
        for (int k = 0; k < MAX_COLUMN_LINES && first > done && first > 0; k++) {
          int prev = lineStart(c, first - 1);
          if (fragmentEnd(c, prev) != first - 1) {
            break;
          }
          first = prev;
        }
        StringBuilder whole = new StringBuilder();
        int[] map = new int[MAX_COLUMN_LINES * MAX_COLUMN_FRAGMENT];
        int lines = 0;
        boolean digit = false;
        boolean letter = false;
        boolean number = false;
        boolean lastLetterless = false;
        int letterless = 0;
        int ls = first;
        while (ls < n && lines < MAX_COLUMN_LINES) {
          int le = fragmentEnd(c, ls);
          if (le < 0) {
            break;
          }
          boolean digitsOnly = true;
          boolean letters = false;
          for (int i = fragmentStart(c, ls); i < le && c[i] > ' '; i++) {
            map[whole.length()] = i;
            whole.append(c[i]);
            digit |= Character.isDigit(c[i]);
            letters |= Character.isLetter(c[i]);
            digitsOnly &= Character.isDigit(c[i]);
          }
          // A line of digits alone is a column of numbers (ports, amounts), not a cut key:
          // joined, numbers would read as a card number. So is a column where lines without a
          // letter follow each other or make more than a quarter (a CSV of times and amounts).
          number |= digitsOnly || !letters && lastLetterless;
          lastLetterless = !letters;
          letterless += letters ? 0 : 1;
          letter |= letters;
          lines++;
          ls = le + 1;
        }
        done = ls;
        if (lines >= MIN_COLUMN_LINES && digit && letter && !number && 4 * letterless <= lines
            && whole.length() >= Survey.MIN_TOKEN) {
          pieceChars -= JOIN_COST * joined.add(whole.toString(),
              java.util.Arrays.copyOf(map, whole.length()), new int[] {0}, 2);
          if (pieceChars <= 0) {
            reportBudget(layer, p, n);
            return;
          }
        }
      }
    }
    if (!joined.isEmpty() && !budgetReported) {
      spawn(queue, joined.layer(layer, false));
    }
  }

  /**
   * A JSON array of three or more short string literals on one line (["VERCEL_TOK","EN=AKR...",
   * ...]), the parts of a key handed over to be joined: the literals joined into {@code joined}
   * under the same tests as a column of lines. {@code p} is the quote before a "," of the array;
   * returns where reading may resume.
   */
  private int literalArray(Layer layer, char[] c, int p, Joins joined) {
    int n = c.length;
    int open = p;
    int reach = MAX_COLUMN_LINES * (MAX_COLUMN_FRAGMENT + 3);
    while (open > layer.context && p - open < reach && c[open] != '[' && c[open] != '\n') {
      open--;
    }
    if (c[open] != '[') {
      return p + 1;
    }
    StringBuilder whole = new StringBuilder();
    int[] map = new int[MAX_COLUMN_LINES * MAX_COLUMN_FRAGMENT];
    int i = open + 1;
    int parts = 0;
    boolean digit = false;
    boolean letter = false;
    boolean number = false;
    while (parts < MAX_COLUMN_LINES) {
      while (i < n && c[i] == ' ') {
        i++;
      }
      if (i >= n || c[i] != '"') {
        return Math.max(p + 1, i);
      }
      int e = i + 1;
      boolean digitsOnly = true;
      while (e < n && c[e] != '"' && c[e] > ' ' && c[e] != '\\' && e - i <= MAX_COLUMN_FRAGMENT) {
        map[whole.length()] = e;
        whole.append(c[e]);
        digit |= Character.isDigit(c[e]);
        letter |= Character.isLetter(c[e]);
        digitsOnly &= Character.isDigit(c[e]);
        e++;
      }
      if (e >= n || c[e] != '"' || e == i + 1) {
        return e + 1;
      }
      number |= digitsOnly;
      parts++;
      i = e + 1;
      while (i < n && c[i] == ' ') {
        i++;
      }
      if (i < n && c[i] == ']') {
        break;
      }
      if (i >= n || c[i] != ',') {
        return i;
      }
      i++;
    }
    if (parts >= MIN_COLUMN_LINES && digit && letter && !number && whole.length() >= Survey.MIN_TOKEN) {
      pieceChars -= JOIN_COST * joined.add(whole.toString(),
          java.util.Arrays.copyOf(map, whole.length()), new int[] {0}, 2);
    }
    return i + 1;
  }

  private static int lineStart(char[] c, int i) {
    int s = i;
    while (s > 0 && c[s - 1] != '\n' && i - s < 2 * MAX_COLUMN_FRAGMENT) {
      s--;
    }
    return s;
  }

  /**
   * After the indentation and a list marker ("12. ", "3) ", "- ", "* ") of the line at s, or
   * after the number cell and the backtick of a markdown table row ("| 2 | `").
   */
  private static int fragmentStart(char[] c, int s) {
    int i = s;
    while (i < c.length && (c[i] == ' ' || c[i] == '\t') && i - s < 8) {
      i++;
    }
    if (i < c.length && c[i] == '|') {
      return rowCellStart(c, i);
    }
    int d = i;
    while (d < c.length && d - i < 2 && Character.isDigit(c[d])) {
      d++;
    }
    if (d > i && d + 1 < c.length && (c[d] == '.' || c[d] == ')') && c[d + 1] == ' ') {
      return d + 2;
    }
    if (i + 1 < c.length && (c[i] == '-' || c[i] == '*') && c[i + 1] == ' ') {
      return i + 2;
    }
    return i;
  }

  /**
   * The line break after a table cell's end at p (a closing backtick or a blank) and its bar
   * ("` |", " |"), or -1.
   */
  private static int rowEnd(char[] c, int p) {
    int i = skipBlanks(c, c[p] == '`' ? p + 1 : p);
    if (i >= c.length || c[i] != '|') {
      return -1;
    }
    i = skipBlanks(c, i + 1);
    if (i < c.length && c[i] == '\r') {
      i++;
    }
    return i < c.length && c[i] == '\n' ? i : -1;
  }

  /** In a table row at its '|': after "| 2 | `" or "| `", else after "| ". */
  private static int rowCellStart(char[] c, int bar) {
    int i = skipBlanks(c, bar + 1);
    int d = i;
    while (d < c.length && d - i < 3 && Character.isDigit(c[d])) {
      d++;
    }
    if (d > i) {
      int next = skipBlanks(c, d);
      if (next < c.length && c[next] == '|') {
        i = skipBlanks(c, next + 1);
      }
    }
    return i < c.length && c[i] == '`' ? i + 1 : i;
  }

  private static int skipBlanks(char[] c, int i) {
    int k = i;
    while (k < c.length && k - i < 8 && c[k] == ' ') {
      k++;
    }
    return k;
  }

  /**
   * The line break ending the line at s when that line is one fragment: 2 to 24 non-blank
   * characters, no backtick, after its marker; in a markdown table row, the one cell's code
   * ("| 2 | `:zhco` |"); else -1.
   */
  private static int fragmentEnd(char[] c, int s) {
    if (s > 0 && c[s - 1] != '\n') {
      return -1; // the start of a line longer than any fragment was not reached
    }
    int f = fragmentStart(c, s);
    int i = f;
    while (i < c.length && c[i] > ' ' && c[i] != '`' && i - f <= MAX_COLUMN_FRAGMENT) {
      i++;
    }
    int len = i - f;
    if (f > s && c[skipBlanks(c, s)] == '|') {
      // The end of a table row's one cell: its closing backtick, if any, and bar.
      int k = i < c.length && c[i] == '`' && c[f - 1] == '`' ? i + 1 : i;
      k = skipBlanks(c, k);
      if (k < c.length && c[k] == '|') {
        i = k + 1;
      }
    }
    while (i < c.length && (c[i] == ' ' || c[i] == '\r')) {
      i++;
    }
    if (len < 2 || len > MAX_COLUMN_FRAGMENT || i < c.length && c[i] != '\n') {
      return -1;
    }
    return i;
  }

  private void pieces(Layer layer, char[] c, List<Layer> queue, long[] joins, long[] spaces,
      Spans quads) {
    Joins joined = new Joins();
    piecesInto(layer, c, joined, joins, spaces, new DumpGaps(layer, c, quads));
    if (!joined.isEmpty() && !budgetReported) {
      // One layer for all the joins of this layer: a text of many short runs ("4829 1058 ..."
      // rows, SVG path data) pays the fixed cost of a layer once, not once per run.
      spawn(queue, joined.layer(layer, false));
    }
  }

  private void piecesInto(Layer layer, char[] c, Joins joined, long[] joins, long[] spaces,
      DumpGaps dump) {
    int n = c.length;
    int done = 0;
    int[] ps = new int[MAX_PIECES + 1];
    int[] pe = new int[MAX_PIECES + 1];
    for (int w = 0; w < joins.length; w++) {
      for (long bits = joins[w]; bits != 0; bits &= bits - 1) {
        int p = (w << 6) + Long.numberOfTrailingZeros(bits);
        if (p < done || p >= n || !pieceSeparator(c, p)) {
          continue;
        }
        int ge = p;
        while (ge < n && ge - p <= 12 && pieceSeparator(c, ge)) {
          ge++;
        }
        int gl = ge - p;
        if (ge >= n || gl > 12 || newlines(c, p, ge) > 1) {
          continue;
        }
        if (pieceChars <= 0) {
          // Fail closed: decoy runs ahead of a key cut into pieces must not spend the budget
          // and let the key through unjoined; the rest of the text is reported as unread.
          reportBudget(layer, p, n);
          return;
        }
        // Cheap tests first, forward and back from the gap; most gaps in text fail both. Each
        // costs the budget what it reads at most, so clean text with many gaps stays bounded too.
        pieceChars -= GAP_COST;
        boolean pass = blank(c, p, ge)
            ? forwardBlank(c, spaces, p, ge, gl) || backwardBlank(c, spaces, p, gl)
            : forwardPieces(c, p, ge, gl) || backwardPieces(c, p, gl);
        if (!pass || proseAround(c, p, ge, gl) || dump.at(p)) {
          continue; // most gaps in text; and the byte groups of a hex dump (see DumpGaps)
        }
        // From the piece before the gap, or from earlier pieces with the same separator before
        // it (the name may stand in the first: "KEY=679d0 54098 ..."; prose words may too).
        int own = pieceStart(c, p, p, gl);
        int first = own;
        for (int k = 0; k < MAX_PIECES && first - gl >= done && same(c, first - gl, p, gl); k++) {
          int prev = pieceStart(c, first - gl, p, gl);
          if (prev == first - gl) {
            break;
          }
          int prevWidth = first - gl - prev;
          first = prev;
          if (prevWidth != p - own) {
            break; // a piece of another width is the first one (it may carry the name)
          }
        }
        piecesRead = 0;
        int end = readPieces(c, p, gl, first, ps, pe, joined);
        if (end < 0 && first != own) {
          end = readPieces(c, p, gl, own, ps, pe, joined);
        }
        if (overBudget(joined, null)) {
          reportBudget(layer, p, n);
          return;
        }
        // A run read once, joined or not, is not read again from a gap inside it: linear on
        // "4111 4111 4111 ..." however long.
        done = Math.max(done, Math.max(end, piecesRead));
      }
    }
  }

  /**
   * Reads pieces from {@code at} while they keep one width (the first may differ, the last may
   * be shorter or end in closing quotes); joins them if they qualify. Returns the end of the
   * joined pieces, or -1.
   */
  private int readPieces(char[] c, int p, int gl, int at, int[] ps, int[] pe, Joins joined) {
    int n = c.length;
    int count = 0;
    int width = -1;
    while (count < MAX_PIECES) {
      int k = pieceEnd(c, at, p, gl, 64);
      pieceChars -= k - at + gl;
      if (k == at) {
        break;
      }
      int core = k;
      while (core > at && "\"')];,".indexOf(c[core - 1]) >= 0) {
        core--;
      }
      if (count > 0 && hasListSeparator(c, at, core)) {
        break; // a CSV row or a list, not a piece of a key
      }
      if (count == 1) {
        width = k - at;
      } else if (count > 1 && core - at > width) {
        break; // wider than the pieces before: not part of the key
      }
      ps[count] = at;
      pe[count] = k;
      count++;
      boolean last = count > 2 && (core - at < width || core < k);
      if (last || k + gl > n || !same(c, k, p, gl)) {
        break;
      }
      at = k + gl;
    }
    if (count >= 3) {
      piecesRead = Math.max(piecesRead, pe[count - 1]);
    }
    if (count < 3 || width < 3 || width > 40 || byteLiterals(c, ps, pe, count)) {
      return -1;
    }
    int full = 0;
    int words = 0;
    for (int k = 0; k < count; k++) {
      full += pe[k] - ps[k] == width ? 1 : 0;
      words += lowerWord(c, ps[k], pe[k]) ? 1 : 0;
    }
    // "see build #1187 for details": half the pieces prose words is a sentence, not a key (a
    // random key's piece of five is all lower-case letters about one time in eighty).
    if (full < 2 || 2 * words >= count) {
      return -1;
    }
    StringBuilder whole = new StringBuilder();
    int[] map = new int[pe[count - 1] - ps[0]];
    int[] starts = new int[REJOIN_SHORTER + 1];
    int digits = 0;
    for (int k = 0; k < count; k++) {
      starts[k % starts.length] = whole.length();
      for (int i = ps[k]; i < pe[k]; i++) {
        map[whole.length()] = i;
        whole.append(c[i]);
        digits += c[i] >= '0' && c[i] <= '9' ? 1 : 0;
      }
    }
    boolean cardLike = digits == whole.length() && digits >= 12 && digits <= 19;
    if (!cardLike && (whole.length() < 16 || !lettersAndDigits(whole))) {
      return -1;
    }
    pieceChars -= JOIN_COST * joined.add(whole.toString(), map, starts, count);
    int firstLen = pe[0] - ps[0];
    if (firstLen != width && count >= 4 && whole.length() - firstLen >= 16) {
      // The first piece may be no part of the key (a log line's timestamp before "GOCSPX -Kq7Lm
      // ..."), and glued to it the key's prefix starts no token: the pieces are joined without it too.
      String rest = whole.substring(firstLen);
      if (lettersAndDigits(rest)) {
        pieceChars -= JOIN_COST * joined.add(rest,
            java.util.Arrays.copyOfRange(map, firstLen, whole.length()),
            new int[REJOIN_SHORTER + 1], 2);
      }
    }
    return pe[count - 1];
  }

  /**
   * Two or more of the two pieces before the gap at p and the two after it are lower-case words:
   * prose ("see build #1187 for"), not worth reading a run from here. A key whose run has a gap
   * that is not so surrounded is still read from that gap.
   */
  private static boolean proseAround(char[] c, int p, int ge, int gl) {
    int words = 0;
    int end = p;
    for (int k = 0; k < 2 && end > 0; k++) {
      int start = pieceStart(c, end, p, gl);
      words += start < end && lowerWord(c, start, end) ? 1 : 0;
      if (start < gl || !same(c, start - gl, p, gl)) {
        break;
      }
      end = start - gl;
    }
    int at = ge;
    for (int k = 0; k < 2 && at < c.length && words < 2; k++) {
      int stop = pieceEnd(c, at, p, gl, 64);
      words += stop > at && lowerWord(c, at, stop) ? 1 : 0;
      if (!same(c, stop, p, gl)) {
        break;
      }
      at = stop + gl;
    }
    return words >= 2;
  }

  /** Half or more of the {@code chunks} space-separated chunks in [s, e) are prose words. */
  private static boolean proseWords(char[] c, int s, int e, int chunks) {
    int words = 0;
    for (int k = s; k < e; ) {
      int ke = k;
      while (ke < e && c[ke] != ' ') {
        ke++;
      }
      words += lowerWord(c, k, ke) ? 1 : 0;
      k = ke + 1;
    }
    return 2 * words >= chunks;
  }

  /** A piece of nothing but lower-case ASCII letters: a prose word, or by chance a key's. */
  private static boolean lowerWord(char[] c, int s, int e) {
    for (int i = s; i < e; i++) {
      if (c[i] < 'a' || c[i] > 'z') {
        return false;
      }
    }
    return true;
  }

  private static boolean hasListSeparator(char[] c, int s, int e) {
    for (int i = s; i < e; i++) {
      if (c[i] == ',' || c[i] == ';') {
        return true;
      }
    }
    return false;
  }

  /**
   * Cheap test before reading a run: the piece after the gap is 3 to 40 wide, the separator
   * follows it again, and the piece after that is no wider; two of the three pieces around the
   * gap have one width. Most gaps in text fail here.
   */
  static boolean forwardPieces(char[] c, int p, int ge, int gl) {
    int k1 = pieceEnd(c, ge, p, gl, 41);
    int w1 = k1 - ge;
    if (w1 < 3 || w1 > 40 || !same(c, k1, p, gl) || hasListSeparator(c, ge, k1)) {
      return false;
    }
    int k2 = pieceEnd(c, k1 + gl, p, gl, w1 + 3);
    int w2 = k2 - k1 - gl;
    while (w2 > 0 && "\"')];,".indexOf(c[k1 + gl + w2 - 1]) >= 0) {
      w2--;
    }
    return w2 >= 1 && w2 <= w1 && (w2 == w1 || p - pieceStart(c, p, p, gl) == w1);
  }

  /** The gap closes a run: the piece before it and the one before that, one width, 3 to 40. */
  static boolean backwardPieces(char[] c, int p, int gl) {
    int s0 = pieceStart(c, p, p, gl, 41);
    int w0 = p - s0;
    if (w0 < 3 || w0 > 40 || !same(c, s0 - gl, p, gl)) {
      return false;
    }
    int s1 = pieceStart(c, s0 - gl, p, gl, w0 + 1);
    return s0 - gl - s1 == w0;
  }

  /** Nothing but spaces, tabs and line breaks in [s, e). */
  static boolean blank(char[] c, int s, int e) {
    for (int i = s; i < e; i++) {
      if (c[i] > ' ') {
        return false;
      }
    }
    return true;
  }

  /*
   * The two tests above for a gap of whitespace, where a piece ends at the next whitespace: the
   * widths come from the survey's mask of spaces instead of a walk over the characters. Most gaps
   * in prose and logs are whitespace, and most fail on a width.
   */

  static boolean forwardBlank(char[] c, long[] spaces, int p, int ge, int gl) {
    int n = c.length;
    int k1 = Math.min(nextSpace(spaces, ge, n), ge + 41);
    int w1 = k1 - ge;
    if (w1 < 3 || w1 > 40 || !same(c, k1, p, gl) || hasListSeparator(c, ge, k1)) {
      return false;
    }
    int at = k1 + gl;
    int w2 = Math.min(nextSpace(spaces, at, n), at + w1 + 3) - at;
    while (w2 > 0 && "\"')];,".indexOf(c[at + w2 - 1]) >= 0) {
      w2--;
    }
    return w2 >= 1 && w2 <= w1
        && (w2 == w1 || p - Math.max(prevSpace(spaces, p) + 1, p - 64) == w1);
  }

  static boolean backwardBlank(char[] c, long[] spaces, int p, int gl) {
    int s0 = Math.max(prevSpace(spaces, p) + 1, p - 41);
    int w0 = p - s0;
    if (w0 < 3 || w0 > 40 || !same(c, s0 - gl, p, gl)) {
      return false;
    }
    int e1 = s0 - gl;
    return e1 - Math.max(prevSpace(spaces, e1) + 1, e1 - w0 - 1) == w0;
  }

  /** The first whitespace at or after {@code from}, or n. */
  private static int nextSpace(long[] spaces, int from, int n) {
    int w = from >>> 6;
    if (w >= spaces.length) {
      return n;
    }
    long x = spaces[w] & (-1L << from);
    while (x == 0) {
      if (++w >= spaces.length) {
        return n;
      }
      x = spaces[w];
    }
    return Math.min(n, (w << 6) + Long.numberOfTrailingZeros(x));
  }

  /** The last whitespace before {@code before}, or -1. */
  private static int prevSpace(long[] spaces, int before) {
    if (before <= 0) {
      return -1;
    }
    int from = before - 1;
    int w = from >>> 6;
    long x = spaces[w] & (-1L >>> (63 - (from & 63)));
    while (x == 0) {
      if (--w < 0) {
        return -1;
      }
      x = spaces[w];
    }
    return (w << 6) + 63 - Long.numberOfLeadingZeros(x);
  }

  /** Where the piece starting at {@code at} ends (whitespace or the separator), at most max on. */
  private static int pieceEnd(char[] c, int at, int sep, int gl, int max) {
    int n = c.length;
    char first = c[sep];
    int k = at;
    while (k < n && k - at < max && c[k] > ' '
        && !(c[k] == first && k > at && same(c, k, sep, gl))) {
      k++;
    }
    return k;
  }

  /** Where the piece ending at {@code end} starts: back to whitespace or the separator. */
  private static int pieceStart(char[] c, int end, int sep, int gl) {
    return pieceStart(c, end, sep, gl, 64);
  }

  private static int pieceStart(char[] c, int end, int sep, int gl, int max) {
    char last = c[sep + gl - 1];
    int s = end;
    while (s > 0 && end - s < max && c[s - 1] > ' '
        && !(c[s - 1] == last && s >= gl && s - gl != sep && same(c, s - gl, sep, gl))) {
      s--;
    }
    return s;
  }

  private static boolean same(char[] c, int a, int b, int len) {
    if (a < 0 || a + len > c.length) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (c[a + i] != c[b + i]) {
        return false;
      }
    }
    return true;
  }

  private static int newlines(char[] c, int s, int e) {
    int k = 0;
    for (int i = s; i < e; i++) {
      k += c[i] == '\n' ? 1 : 0;
    }
    return k;
  }

  /**
   * What can stand between pieces; a '/' only as " / " (it also starts "//host"); a ',' only after
   * a closing quote, between the strings of an array ("AGE-S", "ECRET", ...); a '-' or '*' as a
   * list item's marker.
   */
  private static boolean pieceSeparator(char[] c, int i) {
    char x = c[i];
    if (x == ',' || x == ';') {
      // After a closing quote (an array of strings), or followed by a space ("Kq7L, m2Xv, ...",
      // "Kq7L; m2Xv; ...").
      return x == ',' && i > 0 && (c[i - 1] == '"' || c[i - 1] == '\'')
          || i + 1 < c.length && c[i + 1] == ' ';
    }
    if ((x == '-' || x == '*') && i > 0 && c[i - 1] == '\n') {
      // A list item's marker at the start of its line ("- `sk-pr`\n- `oj-9x`").
      return i + 1 < c.length && c[i + 1] == ' ';
    }
    if (x == '/' || x == '.' || x == '-') {
      // " / ", " . ", " - " between pieces; a bare dot or dash belongs to the key.
      return i + 1 < c.length && c[i + 1] == ' ' && i > 0 && c[i - 1] == ' ';
    }
    if (x == '\\') {
      // Between the strings of a concatenation ("sk-pr\" + \"oj-...") or before a shell line's
      // continuation; not an escape ("\x41", "\u0041", "\n"), which is decoded instead.
      return i + 1 >= c.length || !Survey.isToken(c[i + 1]);
    }
    return x == ' ' || x == '\n' || x == '\r' || x == '\t' || x == '|' || x == '\u00b7'
        || x == '\u2022' || x == '[' || x == ']' || x == '"' || x == '\'' || x == '+' || x == '`';
  }

  /**
   * Every piece a byte literal ("0x41, 0x6b, ..."): a C or Python byte array, which the hex
   * decoding reads as the bytes it spells; joined it would be a long hex-like token of no key.
   */
  private static boolean byteLiterals(char[] c, int[] ps, int[] pe, int count) {
    for (int k = 0; k < count; k++) {
      int s = ps[k];
      int e = pe[k];
      while (e > s && "\"')];,".indexOf(c[e - 1]) >= 0) {
        e--;
      }
      if (e - s != 4 || c[s] != '0' || (c[s + 1] | 32) != 'x' || !Survey.isHex(c[s + 2])
          || !Survey.isHex(c[s + 3])) {
        return false;
      }
    }
    return true;
  }

  private static boolean lettersAndDigits(CharSequence s) {
    boolean letter = false;
    boolean digit = false;
    for (int k = 0; k < s.length() && !(letter && digit); k++) {
      letter |= Character.isLetter(s.charAt(k));
      digit |= s.charAt(k) >= '0' && s.charAt(k) <= '9';
    }
    return letter && digit;
  }

  private static boolean chunkChar(char c) {
    return Survey.isToken(c) || c == '.';
  }

  private static boolean lettersAndDigits(char[] c, int s, int e) {
    boolean letter = false;
    boolean digit = false;
    for (int k = s; k < e && !(letter && digit); k++) {
      letter |= Character.isLetter(c[k]);
      digit |= c[k] >= '0' && c[k] <= '9';
    }
    return letter && digit;
  }

  /**
   * A punctuation mark standing alone between spaces ("hvs.5HV . zuN0 . eyCD", "key-20d · 062e")
   * separates pieces; inside a token ('.' of a JWT, '/' of base64) it is part of it.
   */
  private static boolean lonePunctuation(CharSequence t, int j) {
    return pieceMark(t.charAt(j)) && j > 0 && j + 1 < t.length() && t.charAt(j - 1) == ' '
        && t.charAt(j + 1) == ' ';
  }

  /** A JSON value this long or shorter may be a piece of a key cut into several fields. */
  private static final int MAX_FIELD_PIECE = 24;

  /**
   * Between two string values of one JSON object: the closing quote, a comma, the next field's
   * quoted name and colon, and its opening quote ({"prefix": "sbp_60b4", "body": "1f61..."}: a
   * key cut into fields). Returns its length, or 0.
   */
  static int jsonFieldGap(CharSequence t, int j) {
    int n = t.length();
    if (j >= n || t.charAt(j) != '"') {
      return 0;
    }
    int i = blanks(t, j + 1, true);
    if (i >= n || t.charAt(i) != ',') {
      return 0;
    }
    i = blanks(t, i + 1, true);
    if (i >= n || t.charAt(i) != '"') {
      return 0;
    }
    int name = ++i;
    while (i < n && i - name <= 20 && (Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '_'
        || t.charAt(i) == '-')) {
      i++;
    }
    if (i == name || i >= n || t.charAt(i) != '"') {
      return 0;
    }
    i = blanks(t, i + 1, false);
    if (i >= n || t.charAt(i) != ':') {
      return 0;
    }
    i = blanks(t, i + 1, false);
    return i < n && t.charAt(i) == '"' ? i + 1 - j : 0;
  }

  /** Past at most 16 spaces and tabs (and one line break, when {@code lines}). */
  private static int blanks(CharSequence t, int i, boolean lines) {
    int start = i;
    boolean broke = !lines;
    while (i < t.length() && i - start < 16) {
      char c = t.charAt(i);
      if (c == '\n' && !broke) {
        broke = true;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        break;
      }
      i++;
    }
    return i;
  }

  /**
   * A line break or tab written as a string escape ("\\n" inside a JSON string or a tool call's
   * content): no key alphabet has a backslash, so it is the break, not part of the key.
   */
  private static boolean escapedBreak(CharSequence t, int j) {
    return t.charAt(j) == '\\' && j + 1 < t.length() && "nrt".indexOf(t.charAt(j + 1)) >= 0;
  }

  /**
   * A comma or semicolon written as in a list, after a piece and before a space: "hf_CnSci, fYaa";
   * a comma between two cells of a CSV row; also between the quoted elements of an array:
   * ["dapi2712c9", "3c29a97", ...].
   */
  private static boolean listComma(CharSequence t, int j) {
    char c = t.charAt(j);
    if ((c != ',' && c != ';') || j == 0 || j + 1 >= t.length()) {
      return false;
    }
    char before = t.charAt(j - 1);
    char after = t.charAt(j + 1);
    if (before == '"' || before == '\'') {
      if (jsonFieldGap(t, j - 1) > 0) {
        return false; // the next field of an object ("...", "expires": ...), not an element
      }
      // The element's closing quote before, the next one's opening quote after (maybe a space).
      char next = after == ' ' && j + 2 < t.length() ? t.charAt(j + 2) : after;
      return next == before && j >= 2 && Survey.isToken(t.charAt(j - 2));
    }
    // A CSV row has no space after its commas: "HF_TOKEN,hf_cwewceYOPxWnVAJ,tDTlpeyJ...".
    return (after == ' ' || c == ',' && Survey.isToken(after)) && Survey.isToken(before);
  }

  private static boolean lonePunctuation(char[] t, int j) {
    return pieceMark(t[j]) && j > 0 && j + 1 < t.length && t[j - 1] == ' ' && t[j + 1] == ' ';
  }

  private static boolean pieceMark(char c) {
    // Not '-' or '/': a spaced dash or slash is common in prose, and prose after a prefix would join.
    return c == '.' || c == '\u00b7' || c == '\u2022' || c == ',' || c == ';';
  }

  /** What splits a key: spaces, line breaks (with a shell '\\' or a table's '|'), quotes, '+'. */
  private static boolean joinSeparator(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '"' || c == '\'' || c == '+'
        || c == '`' || c == '|' || c == '\\';
  }

  private ScanReport report() {
    if (mirrored) {
      addMirroredFindings();
    }
    dropWordsJoinedToAKey();
    // Registered secrets first, then specific rules, then generic ones; within a class the
    // longer span wins (an IBAN over a card-like run of its digits), then the earlier rule.
    candidates.sort(Comparator.comparingInt((Candidate c) -> c.priority() / 1_000_000)
        .thenComparingInt(c -> c.finding().start() - c.finding().end())
        .thenComparingInt(Candidate::priority));
    List<Finding> kept = new ArrayList<>();
    // Kept spans never overlap, so the one starting last before a candidate's end is the only
    // one it can overlap: a lookup, not a pass over all kept (a repeated encoded line can give
    // thousands of findings).
    TreeMap<Integer, Integer> keptSpans = new TreeMap<>();
    for (Candidate c : candidates) {
      Finding f = c.finding();
      if (f.ruleId().equals(BUDGET_ID)) {
        // Kept whatever it overlaps, and hiding nothing: with it no redacted text is released,
        // so overlapping spans do no harm, and the report says that part went unread.
        kept.add(f);
        continue;
      }
      Map.Entry<Integer, Integer> before = keptSpans.floorEntry(f.end() - 1);
      boolean overlaps = before != null && before.getValue() > f.start();
      if (!overlaps) {
        kept.add(f);
        keptSpans.put(f.start(), f.end());
      }
    }
    if (kept.isEmpty()) {
      return new ScanReport(kept, original); // nothing to redact: no 1 MiB copy of clean text
    }
    kept.sort(Comparator.comparingInt(Finding::start));
    if (budgetReported) {
      // Part of the text was not read to the end (decoding past the budget, or regex work past
      // its bound): no part of it is released as redacted, since what was skipped may hold a
      // secret anywhere.
      return new ScanReport(kept, "[REDACTED:" + BUDGET_ID + "]");
    }
    StringBuilder red = new StringBuilder(original.length());
    int at = 0;
    for (Finding f : kept) {
      red.append(original, at, f.start()).append("[REDACTED:").append(f.ruleId()).append(']');
      at = f.end();
    }
    red.append(original, at, original.length());
    return new ScanReport(kept, red.toString());
  }

  /**
   * A finding read in a decoded layer that was seen again at other spans (or below such a
   * layer) is reported at each of those spans too, so that each is redacted.
   */
  private void addMirroredFindings() {
    Map<Layer, Set<Long>> whole = new IdentityHashMap<>();
    List<Candidate> more = new ArrayList<>();
    for (Candidate c : candidates) {
      Set<Long> spans = new LinkedHashSet<>();
      originalSpans(c.layer(), c.s(), c.e(), spans, whole);
      Finding f = c.finding();
      for (long span : spans) {
        int a = (int) (span >>> 32);
        int b = (int) span;
        if (a != f.start() || b != f.end()) {
          more.add(new Candidate(new Finding(f.ruleId(), f.name(), f.type(), f.severity(), a, b,
              f.decoding(), f.confidence(), f.preview()), c.priority(), c.layer(), c.s(), c.e()));
        }
      }
    }
    candidates.addAll(more);
  }

  /** Every span of the original that [s, e) of {@code l} stands for, packed start << 32 | end. */
  private void originalSpans(Layer l, int s, int e, Set<Long> out, Map<Layer, Set<Long>> whole) {
    int[] span = {s, e};
    for (; l != null; l = l.parent) {
      if (l.mirrors != null) {
        out.addAll(wholeSpans(l, whole));
        return;
      }
      span = l.toParent(span[0], span[1], original);
    }
    out.add(((long) span[0] << 32) | Math.max(span[1], span[0]));
  }

  /** The spans of a decoded layer that was seen again and of all its copies. */
  private Set<Long> wholeSpans(Layer l, Map<Layer, Set<Long>> whole) {
    Set<Long> known = whole.get(l);
    if (known == null) {
      known = new LinkedHashSet<>();
      originalSpans(l.parent, l.offset, l.spanEnd, known, whole);
      for (Layer m : l.mirrors) {
        originalSpans(m.parent, m.offset, m.spanEnd, known, whole);
      }
      whole.put(l, known);
    }
    return known;
  }

  /**
   * "sk_live_... is active": the rejoined layer reads the key and the words after it as one longer
   * match of the same rule. Where the rule also matched the key alone at the same start, and all
   * the rejoined match adds is ordinary words (letters only, lower-case or capitalised), the
   * plain finding stands and the words stay out of the redaction.
   */
  private void dropWordsJoinedToAKey() {
    List<Candidate> plain = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.finding().decoding().isEmpty()) {
        plain.add(c);
      }
    }
    if (plain.isEmpty()) {
      return;
    }
    candidates.removeIf(c -> {
      Finding f = c.finding();
      if (f.decoding().size() != 1 || !f.decoding().get(0).equals("rejoined")) {
        return false;
      }
      for (Candidate p : plain) {
        Finding k = p.finding();
        if (k.ruleId().equals(f.ruleId()) && k.start() == f.start() && k.end() < f.end()
            && ordinaryWords(original, k.end(), f.end())) {
          return true;
        }
      }
      return false;
    });
  }

  /** [from, to) holds white space and at least one word, each all lower-case or capitalised. */
  static boolean ordinaryWords(String t, int from, int to) {
    boolean word = false;
    int i = from;
    while (i < to) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int s = i;
      while (i < to && Character.isLetter(t.charAt(i))) {
        i++;
      }
      if (i == s || i - s > 20 || i < to && !Character.isWhitespace(t.charAt(i))) {
        return false;
      }
      for (int k = s + 1; k < i; k++) {
        if (!Character.isLowerCase(t.charAt(k))) {
          return false;
        }
      }
      word = true;
    }
    return word;
  }

  static boolean placeholder(String secret, Rule r) {
    String low = secret.toLowerCase(Locale.ROOT);
    String compact = low.replace(" ", "").replace("-", "");
    for (String p : PLACEHOLDERS) {
      if (low.contains(p)) {
        return true;
      }
    }
    for (String p : r.stopwords()) {
      if (low.contains(p)) {
        return true;
      }
    }
    // A Kubernetes Secret's data is base64: "UkVQTEFDRV9NRQ==" is REPLACE_ME, a template's
    // placeholder, not a password. Only a short value that decodes to printable text is read.
    if (Prechecks.base64Word(secret, 0, secret.length())) {
      return true;
    }
    String dl = Prechecks.base64Text(secret, 0, secret.length(), 100);
    if (dl != null) {
      for (String p : PLACEHOLDERS) {
        if (dl.contains(p)) {
          return true;
        }
      }
    }
    if (compact.length() > 100) {
      // Key blocks (PEM, OpenSSH) are base64 of binary with zero runs ("AAAAAAAA"): runs only
      // mark a placeholder in token-sized values.
      return false;
    }
    // A card's digits are random under a checksum: six equal in a row happen about once in ten
    // thousand real numbers (4555555794220636), while test cards repeat nine or more (5555555555554444).
    int sameLimit = r.validation() == Validation.LUHN ? 9 : 6;
    int same = 1;
    int seq = 1;
    for (int i = 1; i < compact.length(); i++) {
      char c = compact.charAt(i);
      char p = compact.charAt(i - 1);
      same = c == p && Character.isLetterOrDigit(c) ? same + 1 : 1;
      seq = c == p + 1 && Character.isLetterOrDigit(c) ? seq + 1 : 1;
      if (same >= sameLimit || seq >= 7) {
        return true;
      }
    }
    return false;
  }

  /**
   * A password hash in one of the formats that store it: the modular crypt format ($2b$12$...,
   * $argon2id$v=19$..., $6$salt$..., $scrypt$...), Django's and passlib's
   * (pbkdf2_sha256$iterations$salt$hash) and LDAP's ({SSHA}base64). Hashes are not secrets.
   */
  private static final Pattern PASSWORD_HASH = Pattern.compile(
      "^(?:\\$(?:1|2[abxy]?|5|6|7|y|gy|sha1|md5|apr1|argon2(?:i|d|id)|scrypt|pbkdf2(?:-sha(?:1|256|512))?|bcrypt(?:-sha256)?)\\$"
          + "|(?:pbkdf2_sha(?:1|256)|argon2|bcrypt_sha256|bcrypt|scrypt|sha1|md5)\\$"
          + "|(?i:\\{(?:s?sha(?:256|512)?|s?md5|crypt|bcrypt|argon2|pbkdf2(?:-sha(?:1|256|512))?)\\}))"
          + "[A-Za-z0-9./+=,$-]{8,}$");

  static boolean passwordHash(String secret) {
    secret = withoutEntryName(secret);
    if (secret.length() < 12) {
      return false;
    }
    char c = secret.charAt(0);
    // The crypt and Django formats separate algorithm, cost, salt and hash with '$'.
    if (c != '{' && secret.indexOf('$', secret.indexOf('$') + 1) < 0) {
      return false;
    }
    return PASSWORD_HASH.matcher(secret).matches();
  }

  /**
   * The hash of an htpasswd or shadow entry, "user:$apr1$salt$hash" or "admin:{SHA}...": a value
   * read after a file name (".htpasswd`:") takes the whole line, the user's name with it, and the
   * name is no part of a password. Returns the part after the name when that part starts like a
   * stored hash ('$' or '{'), the secret unchanged otherwise.
   */
  static String withoutEntryName(String secret) {
    int colon = secret.indexOf(':');
    if (colon < 1 || colon > 32 || colon + 1 >= secret.length()) {
      return secret;
    }
    char next = secret.charAt(colon + 1);
    if (next != '$' && next != '{') {
      return secret;
    }
    for (int i = 0; i < colon; i++) {
      char c = secret.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '_' && c != '-' && c != '.' && c != '@') {
        return secret;
      }
    }
    return secret.substring(colon + 1);
  }

  /**
   * The span sits inside a template expression on its line: an unclosed "{{" before it and a
   * "}}" after it (Helm, Go templates, Jinja, Handlebars). What stands there is a variable, a
   * pipeline or a filter that the renderer replaces, not a value. Looks at the span's line only.
   */
  static boolean inTemplateExpression(String t, int s, int e) {
    int open = -1;
    for (int i = s - 1; i >= 1 && t.charAt(i) != '\n'; i--) {
      char c = t.charAt(i);
      if (c == '}' && t.charAt(i - 1) == '}') {
        return false; // the last expression before the span closed before it
      }
      if (c == '{' && t.charAt(i - 1) == '{') {
        open = i;
        break;
      }
    }
    if (open < 0) {
      return false;
    }
    for (int i = e; i + 1 < t.length() && t.charAt(i) != '\n'; i++) {
      char c = t.charAt(i);
      if (c == '{' && t.charAt(i + 1) == '{') {
        return false;
      }
      if (c == '}' && t.charAt(i + 1) == '}') {
        return true;
      }
    }
    return false;
  }

  /** A Twilio account SID: AC and 32 lower-case hex digits, an account's public identifier. */
  static boolean twilioAccountSid(String secret) {
    if (secret.length() != 34 || secret.charAt(0) != 'A' || secret.charAt(1) != 'C') {
      return false;
    }
    for (int i = 2; i < 34; i++) {
      char c = secret.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  /**
   * An OpenPGP key id or fingerprint (16 or 40 upper-case hex digits, as GnuPG prints them) named
   * as a signing key, gpg or pgp (git's user.signingkey, GPG_SIGNING_KEY). A secret made of hex
   * is written lower-case (openssl rand -hex, secrets.token_hex) and stays caught.
   */
  static boolean openPgpKeyId(String match, String secret) {
    if (secret.length() != 16 && secret.length() != 40) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < secret.length(); i++) {
      char c = secret.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'F')) {
        return false;
      }
      letter |= c >= 'A';
    }
    String m = match.toLowerCase(Locale.ROOT);
    return letter && (m.contains("signingkey") || m.contains("signing_key") || m.contains("signing-key")
        || m.contains("gpg") || m.contains("pgp"));
  }

  /**
   * Whether the name a value is assigned to says the value is made up: FAKE_API_KEY, dummy_token,
   * mockSecret, a "key for the mock server". Test fixtures are written so, with random strings of
   * no provider's format. Asked for generic rules only: a key in a provider's format under such a
   * name is still found by that provider's rule, since a live key pasted into a fixture leaks all
   * the same. ("test" is no such word: test-mode keys are keys.)
   */
  static boolean fixtureName(String match, String secret) {
    int at = match.indexOf(secret);
    String name = (at < 0 ? match : match.substring(0, at)).toLowerCase(Locale.ROOT);
    return name.contains("fake") || name.contains("dummy") || name.contains("mock");
  }

  /**
   * An unsecured JWT (RFC 7519 section 6): header and claims, base64url, and an empty signature
   * after the second '.', the header declaring {@code "alg":"none"}; it proves nothing.
   */
  static boolean unsignedJwt(String secret) {
    if (!secret.startsWith("eyJ")) {
      return false;
    }
    // The value may be read without its final '.' (header.claims), never with a signature.
    int dot = secret.indexOf('.');
    int second = dot < 0 ? -1 : secret.indexOf('.', dot + 1);
    if (dot < 0 || second >= 0 && second != secret.length() - 1) {
      return false;
    }
    byte[] head;
    try {
      head = Base64.getUrlDecoder().decode(secret.substring(0, dot));
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    String h = new String(head, StandardCharsets.UTF_8).replace(" ", "").toLowerCase(Locale.ROOT);
    return h.contains("\"alg\":\"none\"");
  }

  /**
   * A GitHub token's shape (ghp_, gho_, ghu_, ghs_ and 36 letters or digits) whose CRC32
   * checksum fails: a made-up or altered value, which the GitHub rules drop.
   */
  static boolean brokenGithubToken(String secret) {
    if (secret.length() != 40 || secret.charAt(0) != 'g' || secret.charAt(1) != 'h' || secret.charAt(3) != '_'
        || "pous".indexOf(secret.charAt(2)) < 0) {
      return false;
    }
    for (int i = 4; i < 40; i++) {
      char c = secret.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return !Validation.githubChecksum(secret);
  }

  /**
   * A name built of words, as code names types and constants: ASAuthorizationAppleIDProvider,
   * opaqueCMBufferQueueTriggerToken. True when at least two words of four or more letters (a
   * capital, then lower case, with a vowel and a consonant) cover 70% of {@code s}, and
   * {@code s} holds only letters, digits and '_'. A random 16-character key passes this about
   * twice in a thousand, a random 32-character key once in ten thousand.
   */
  static boolean wordName(String s) {
    int n = s.length();
    int words = 0;
    int covered = 0;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        int j = i;
        while (j < n && s.charAt(j) >= 'A' && s.charAt(j) <= 'Z') {
          j++;
        }
        if (j < n && s.charAt(j) >= 'a' && s.charAt(j) <= 'z') {
          i = j - 1; // the last capital starts a word: "AS" + "Authorization"
        } else {
          i = j;
          continue;
        }
      } else if (!(c >= 'a' && c <= 'z')) {
        if (!(c >= '0' && c <= '9') && c != '_') {
          return false;
        }
        i++;
        continue;
      }
      int k = i + 1;
      boolean vowel = false;
      boolean consonant = false;
      for (int x = i; x < n; x++) {
        char l = Character.toLowerCase(s.charAt(x));
        if (x > i && !(s.charAt(x) >= 'a' && s.charAt(x) <= 'z')) {
          break;
        }
        k = x + 1;
        if ("aeiouy".indexOf(l) >= 0) {
          vowel = true;
        } else {
          consonant = true;
        }
      }
      if (k - i >= 4 && vowel && consonant) {
        words++;
        covered += k - i;
      }
      i = k;
    }
    return words >= 2 && covered * 10 >= n * 7;
  }

  /** Expected entropy of n random characters over 16 (hex) and 36 (one case and digits) symbols. */
  private static final double[][] RANDOM_ENTROPY = {expectedEntropies(16), expectedEntropies(36)};
  private static final int ENTROPY_TABLE = 512;

  /**
   * The entropy a value must reach: the rule's, but for a value of hex digits or of one case
   * and digits no more than random characters of that alphabet and length reach in all but about
   * one case in a hundred. A fixed bar misjudges short values: 32 random hex digits fall below
   * 3.5 bits one time in five, 16 nine times in ten.
   */
  static double entropyFloor(String s, double ruleEntropy) {
    int n = s.length();
    if (n < 16 || n >= ENTROPY_TABLE) {
      return ruleEntropy;
    }
    boolean hex = true;
    boolean lower = false;
    boolean upper = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      boolean lo = c >= 'a' && c <= 'z';
      boolean up = c >= 'A' && c <= 'Z';
      if (!digit && !lo && !up) {
        return ruleEntropy;
      }
      lower |= lo;
      upper |= up;
      hex &= digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
    if (lower && upper) {
      return ruleEntropy;
    }
    double expected = RANDOM_ENTROPY[hex ? 0 : 1][n];
    return Math.min(ruleEntropy, expected - 2.2 / Math.sqrt(n));
  }

  /**
   * E[H] of n characters drawn uniformly from k, for every n below the table's size: each symbol
   * occurs c times with binomial probability, and contributes (c/n)·log2(n/c).
   */
  private static double[] expectedEntropies(int k) {
    double[] e = new double[ENTROPY_TABLE];
    double lp = Math.log(1.0 / k);
    double lq = Math.log(1.0 - 1.0 / k);
    for (int n = 1; n < ENTROPY_TABLE; n++) {
      double sum = 0;
      double logChoose = 0; // log C(n, c), built up from c = 0
      for (int c = 1; c <= n; c++) {
        logChoose += Math.log((double) (n - c + 1) / c);
        double prob = Math.exp(logChoose + c * lp + (n - c) * lq);
        double f = (double) c / n;
        sum -= prob * f * (Math.log(f) / Math.log(2));
      }
      e[n] = k * sum;
    }
    return e;
  }

  static double entropy(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    java.util.Map<Character, Integer> counts = new java.util.HashMap<>();
    for (int i = 0; i < s.length(); i++) {
      counts.merge(s.charAt(i), 1, Integer::sum);
    }
    double h = 0;
    for (int c : counts.values()) {
      double p = (double) c / s.length();
      h -= p * (Math.log(p) / Math.log(2));
    }
    return h;
  }

  /** How many of lower-case letters, upper-case letters and digits occur. */
  static int classes(String s) {
    boolean lo = false;
    boolean up = false;
    boolean di = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      lo |= c >= 'a' && c <= 'z';
      up |= c >= 'A' && c <= 'Z';
      di |= c >= '0' && c <= '9';
    }
    return (lo ? 1 : 0) + (up ? 1 : 0) + (di ? 1 : 0);
  }

  static String preview(String secret) {
    int shown = Math.min(4, secret.length() / 4);
    return secret.substring(0, shown) + "\u2026" + secret.length();
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
