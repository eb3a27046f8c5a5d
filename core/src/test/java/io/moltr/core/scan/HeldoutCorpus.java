package io.moltr.core.scan;

import io.moltr.core.scan.HeldoutContexts.Ctx;
import io.moltr.core.scan.HeldoutCredentials.Cred;
import io.moltr.core.scan.HeldoutCredentials.Kind;
import io.moltr.core.scan.HeldoutEncodings.Enc;
import io.moltr.core.scan.HeldoutEncodings.Scope;
import io.moltr.core.scan.HeldoutNegatives.Category;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Held-out corpus, part 5: assembles the samples, deterministically (fixed seed). */
final class HeldoutCorpus {
  private HeldoutCorpus() {}

  static final long SEED = 0xC0FFEE3L;
  static final int PLAIN_PER_KIND = 4;
  static final int ENCODED_PER_KIND = 4;

  /**
   * One sample. For positives, value is the credential as generated and probe the part that a
   * redacted text must not contain; encoding is "plain" for unencoded samples.
   */
  record Sample(int id, boolean positive, String kind, String context, String encoding, String text, String value, String probe) {
    boolean encoded() {
      return positive && !encoding.equals("plain");
    }
  }

  private static List<Sample> cache;

  static synchronized List<Sample> samples() {
    if (cache == null) {
      cache = build();
    }
    return cache;
  }

  private static List<Sample> build() {
    Random r = new Random(SEED);
    List<Sample> out = new ArrayList<>();
    Map<String, Integer> encUse = new HashMap<>();
    for (Kind k : HeldoutCredentials.KINDS) {
      List<Ctx> ctxs = new ArrayList<>(HeldoutContexts.contextsFor(k));
      if (ctxs.isEmpty()) {
        throw new IllegalStateException("no context for " + k.name());
      }
      Collections.shuffle(ctxs, r);
      for (int i = 0; i < PLAIN_PER_KIND; i++) {
        Cred c = k.gen().apply(r);
        String var = HeldoutCredentials.pick(r, k.vars());
        Ctx ctx = ctxs.get(i % ctxs.size());
        String text = ctx.renderer().render(r, k, var, c.value());
        if (!text.contains(c.probe())) {
          throw new IllegalStateException(k.name() + "/" + ctx.name() + ": probe not in text");
        }
        out.add(new Sample(out.size(), true, k.name(), ctx.name(), "plain", text, c.value(), c.probe()));
      }
      List<Enc> encs = HeldoutEncodings.encodingsFor(k);
      Set<String> usedHere = new LinkedHashSet<>();
      for (int i = 0; i < ENCODED_PER_KIND; i++) {
        List<Enc> candidates = new ArrayList<>();
        int best = Integer.MAX_VALUE;
        for (Enc e : encs) {
          if (usedHere.contains(e.name())) {
            continue;
          }
          int u = encUse.getOrDefault(e.name(), 0);
          if (u < best) {
            best = u;
            candidates.clear();
          }
          if (u == best) {
            candidates.add(e);
          }
        }
        Enc e = HeldoutCredentials.pick(r, candidates);
        usedHere.add(e.name());
        encUse.merge(e.name(), 1, Integer::sum);
        Cred c = k.gen().apply(r);
        String var = HeldoutCredentials.pick(r, k.vars());
        Scope scope = e.scope() == Scope.EITHER ? (r.nextBoolean() ? Scope.VALUE : Scope.SNIPPET) : e.scope();
        String text;
        String ctxName;
        switch (scope) {
          case VALUE -> {
            Ctx ctx = HeldoutEncodings.randomCtx(r, k);
            text = ctx.renderer().render(r, k, var, e.f().apply(r, c.value()));
            ctxName = ctx.name();
          }
          case SNIPPET -> {
            String snippet = HeldoutContexts.snippet(r, k, var, c.value());
            text = HeldoutContexts.wrapEncoded(r, e.label(), e.f().apply(r, snippet));
            ctxName = "encoded_snippet";
          }
          default -> {
            text = e.whole().render(r, k, var, c.value());
            ctxName = e.name();
          }
        }
        out.add(new Sample(out.size(), true, k.name(), ctxName, e.name() + "/" + scope.name().toLowerCase(), text, c.value(), c.probe()));
      }
    }
    for (Category cat : HeldoutNegatives.ALL) {
      Set<String> seen = new LinkedHashSet<>();
      for (int attempt = 0; attempt < cat.count() * 6 && seen.size() < cat.count(); attempt++) {
        seen.add(cat.gen().apply(r));
      }
      for (String t : seen) {
        out.add(new Sample(out.size(), false, cat.name(), cat.name(), "plain", t, null, null));
      }
    }
    return out;
  }
}
