package io.moltr.core.scan;

import io.moltr.core.scan.Blind17Secrets.Kind;
import io.moltr.core.scan.Blind17Secrets.Shape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** The blind17 corpus: what a coding agent writes to a developer, with and without leaks. */
final class Blind17Corpus {
  static final long SEED = 0xB17_2026_1130L;
  static final int PLAIN = 250;
  static final int ENCODED = 150;
  static final int PER_GENERATOR = 20;

  enum Label { PLAIN, ENCODED, NEGATIVE }

  /**
   * One row. {@code shown} is the form in which the value stands in the text (the encoded form
   * for ENCODED rows); {@code payload} is what decoding {@code shown} gives; {@code source} is the
   * context for positives and the generator for negatives.
   */
  record Row(Label label, String kind, String encoding, String source, String secret, String payload,
      String shown, String text) {}

  private Blind17Corpus() {}

  private static List<Row> rows;

  static synchronized List<Row> rows() {
    if (rows == null) {
      rows = List.copyOf(build());
    }
    return rows;
  }

  static final Set<String> SPLIT = Set.of("split-lines", "split-spaces", "split-punct", "zero-width", "fullwidth", "homoglyph");
  static final List<String> BLOCK_ENCODINGS = List.of("base64", "base64-wrap76", "gzip-base64", "deflate-base64", "json-escape", "base64>base64");

  static List<Row> build() {
    Random r = new Random(SEED);
    List<Row> out = new ArrayList<>();
    List<Kind> kinds = Blind17Secrets.KINDS;
    int[] ctxCursor = new int[kinds.size()];
    for (int i = 0; i < PLAIN; i++) {
      int ki = i % kinds.size();
      Kind k = kinds.get(ki);
      String secret = k.gen().apply(r);
      List<String> ctxs = k.shape() == Shape.BLOCK ? Blind17Contexts.BLOCK : tokenContexts(k);
      String ctx = ctxs.get((ctxCursor[ki]++ * 7 + ki * 3) % ctxs.size());
      String text = k.shape() == Shape.BLOCK ? Blind17Contexts.block(r, ctx, k, secret) : Blind17Contexts.token(r, ctx, k, secret);
      out.add(new Row(Label.PLAIN, k.id(), "plain", ctx, secret, secret, secret, text));
    }
    List<Kind> encKinds = new ArrayList<>(kinds.stream().filter(k -> !k.id().equals("k8s-secret")).toList());
    java.util.Collections.shuffle(encKinds, new Random(SEED + 1));
    int ei = 0;
    int bi = 0;
    for (int i = 0; i < ENCODED; i++) {
      Kind k = encKinds.get(i % encKinds.size());
      String secret = k.gen().apply(r);
      String enc;
      if (k.shape() == Shape.BLOCK) {
        enc = BLOCK_ENCODINGS.get(bi++ % BLOCK_ENCODINGS.size());
      } else {
        enc = Blind17Encodings.ALL.get(ei++ % Blind17Encodings.ALL.size());
        if (k.shape() == Shape.LINE && SPLIT.contains(enc)) {
          enc = "base64url";
        }
      }
      String name = Blind17Secrets.varFor(k, secret);
      String payload;
      if (k.named() && !SPLIT.contains(enc)) {
        payload = name + "=" + secret;
      } else {
        payload = secret;
      }
      if (enc.equals("base64-wrap76") && payload.length() < 60) {
        payload = "APP_ENV=production\nLOG_LEVEL=info\n" + name + "=" + secret + "\nREGION=eu-central-1\n";
      }
      String shown = Blind17Encodings.encode(r, enc, payload);
      if (shown.equals(payload)) {
        enc = "fullwidth";
        shown = Blind17Encodings.encode(r, enc, payload);
      }
      String label = Blind17Secrets.labelFor(k, secret);
      String text = Blind17Encodings.frame(r, enc, shown, label);
      out.add(new Row(Label.ENCODED, k.id(), enc, "encoded-frame", secret, payload, shown, text));
    }
    for (Blind17Negatives.Gen g : Blind17Negatives.GENS) {
      Set<String> seen = new HashSet<>();
      for (int attempt = 0; attempt < PER_GENERATOR * 4 && seen.size() < PER_GENERATOR; attempt++) {
        String text = g.fn().apply(r);
        if (seen.add(text)) {
          out.add(new Row(Label.NEGATIVE, "none", "none", g.name(), "", "", "", text));
        }
      }
    }
    return out;
  }

  static List<String> tokenContexts(Kind k) {
    List<String> all = new ArrayList<>(Blind17Contexts.TOKEN);
    if (!k.header()) {
      all.remove("curl");
      all.remove("http-dump");
    }
    return all;
  }
}
