package io.moltr.core.scan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A text the pipeline scans: the (folded) original, or something decoded from a span of another
 * layer. Every layer can map its offsets back to the original text.
 */
final class Layer {
  enum Kind {
    /** The folded input; {@code map} is null when folding changed nothing. */
    ROOT,
    /** Decoded from [spanStart, spanEnd) of the parent; offsets inside are not preserved. */
    SPAN,
    /** Same length as the parent window at {@code offset} (rot13). */
    SHIFT,
    /** The parent window at {@code offset}, reversed. */
    REVERSED,
    /** Character-by-character map into the parent (rejoined fragments). */
    MAPPED
  }

  final String text;
  final Layer parent;
  final Kind kind;
  final String label;
  final int depth;
  final int offset;
  final int spanEnd;
  final int[] map;
  final OffsetMap rootMap;
  /** rot13 and reversal are their own inverse: a rot13 layer never spawns another one. */
  final boolean variantsAllowed;
  /** A rejoined window only re-runs rules written for prefix tokens. */
  final boolean rejoinedOnly;
  /**
   * Leading characters copied from the parent before the decoded text (SPAN layers): the name a
   * decoded value was assigned to. Read for context only; nothing is found or decoded in them.
   */
  final int context;
  /**
   * Decoded layers of the same reading found at other spans, read only through this one (see
   * ScanRun.spawn); null when none.
   */
  List<Layer> mirrors;

  private Layer(String text, Layer parent, Kind kind, String label, int offset, int spanEnd,
      int[] map, boolean variantsAllowed, boolean rejoinedOnly) {
    this(text, parent, kind, label, offset, spanEnd, map, null, variantsAllowed, rejoinedOnly, 0);
  }

  private Layer(String text, Layer parent, Kind kind, String label, int offset, int spanEnd,
      int[] map, OffsetMap rootMap, boolean variantsAllowed, boolean rejoinedOnly, int context) {
    this(text, parent, kind, label, offset, spanEnd, map, rootMap, variantsAllowed, rejoinedOnly,
        context, parent == null ? 0 : parent.depth + 1);
  }

  private Layer(String text, Layer parent, Kind kind, String label, int offset, int spanEnd,
      int[] map, OffsetMap rootMap, boolean variantsAllowed, boolean rejoinedOnly, int context,
      int depth) {
    this.context = context;
    this.rootMap = rootMap;
    this.text = text;
    this.parent = parent;
    this.kind = kind;
    this.label = label;
    this.depth = depth;
    this.offset = offset;
    this.spanEnd = spanEnd;
    this.map = map;
    this.variantsAllowed = variantsAllowed;
    this.rejoinedOnly = rejoinedOnly;
  }

  static Layer root(String folded, OffsetMap toOriginal) {
    return new Layer(folded, null, Kind.ROOT, null, 0, 0, null, toOriginal, true, false, 0);
  }

  /** Text spelled by invisible Unicode tag characters, mapped straight to the original. */
  static Layer smuggled(String text, OffsetMap toOriginal) {
    return new Layer(text, null, Kind.ROOT, "unicode-tags", 0, 0, null, toOriginal, false, false, 0);
  }

  Layer decoded(int start, int end, String text, String label) {
    return new Layer(text, this, Kind.SPAN, label, start, end, null, variantsAllowed, false);
  }

  /** As {@link #decoded}, the decoded text preceded by {@code context} read from this layer. */
  Layer decoded(int start, int end, String context, String text, String label) {
    return new Layer(context + text, this, Kind.SPAN, label, start, end, null, null, variantsAllowed,
        false, context.length());
  }

  /**
   * A JSON string unescaped (line breaks, quotes, backslashes only): how a tool result or a call's
   * arguments carry text, not an encoding anyone chose, so it takes no level of decode depth.
   * Each such layer is shorter than its parent and paid from the decode budget like any other.
   */
  Layer unescapedString(int start, int end, String context, String text) {
    return new Layer(context + text, this, Kind.SPAN, "unicode-escape", start, end, null, null,
        variantsAllowed, false, context.length(), depth);
  }

  Layer rot13(int start, int end) {
    return new Layer(Decoders.rot13(text, start, end), this, Kind.SHIFT, "rot13", start, end,
        null, false, false);
  }

  Layer reversed(int start, int end) {
    return new Layer(Decoders.reversed(text, start, end), this, Kind.REVERSED, "reversed", start,
        end, null, false, false);
  }

  Layer rejoined(String text, int[] map) {
    return rejoined(text, map, true);
  }

  /** Joined pieces; {@code prefixRulesOnly} false where the join is strict enough for every rule. */
  Layer rejoined(String text, int[] map, boolean prefixRulesOnly) {
    return new Layer(text, this, Kind.MAPPED, "rejoined", 0, 0, map, false, prefixRulesOnly);
  }

  /** [start, end) in the original text for [s, e) in this layer. */
  int[] toOriginal(int s, int e, String original) {
    int[] span = {s, e};
    for (Layer l = this; l != null; l = l.parent) {
      span = l.toParent(span[0], span[1], original);
    }
    return new int[] {span[0], Math.max(span[1], span[0])};
  }

  /**
   * [s, e) of this layer in its parent's offsets: the whole span for a decoded layer, the
   * original's offsets for the root.
   */
  int[] toParent(int s, int e, String original) {
    int a = s;
    int b = e;
    switch (kind) {
      case ROOT -> {
        if (rootMap != null) {
          int last = rootMap.toOriginal(Math.max(a, b - 1));
          a = rootMap.toOriginal(a);
          b = last + Character.charCount(original.codePointAt(last));
        }
      }
      case SPAN -> {
        a = offset;
        b = spanEnd;
      }
      case SHIFT -> {
        a += offset;
        b += offset;
      }
      case REVERSED -> {
        int len = text.length();
        int na = offset + (len - b);
        int nb = offset + (len - a);
        a = na;
        b = nb;
      }
      case MAPPED -> {
        // A match may run over the line break between two variants of a join, whose maps
        // restart: the span in the parent is the least and the greatest position mapped.
        int lo = map[a];
        int hi = map[Math.max(a, b - 1)];
        for (int k = a + 1; k < b - 1 && k < map.length; k++) {
          lo = Math.min(lo, map[k]);
          hi = Math.max(hi, map[k]);
        }
        a = Math.min(lo, hi);
        b = Math.max(lo, hi) + 1;
      }
    }
    return new int[] {a, b};
  }

  /** The decodings from the original down to this layer, outermost first. */
  List<String> chain() {
    if (parent == null) {
      return label == null ? List.of() : List.of(label);
    }
    List<String> out = new ArrayList<>();
    for (Layer l = this; l != null && l.label != null; l = l.parent) {
      // A label such as "base64+gzip" names two steps, outermost first.
      int plus = l.label.indexOf('+');
      if (plus < 0) {
        out.add(l.label);
      } else {
        out.add(l.label.substring(plus + 1));
        out.add(l.label.substring(0, plus));
      }
    }
    Collections.reverse(out);
    return List.copyOf(out);
  }
}
