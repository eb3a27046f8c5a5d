package io.moltr.core.scan;

import io.moltr.core.scan.Blind6Contexts.Ctx;
import io.moltr.core.scan.Blind6Credentials.Cred;
import io.moltr.core.scan.Blind6Encodings.Enc;
import io.moltr.core.scan.Blind6Negatives.Neg;
import io.moltr.core.scan.Blind6Negatives.Whole;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The sixth blind corpus: plain leaks of every kind in realistic contexts, encoded leaks in
 * every encoding, and hard negatives in the same contexts. Deterministic (fixed seed).
 */
final class Blind6Corpus {

  static final long SEED = 0xB11D6L;

  /** {@code secret} is the credential's value for positives and the negative's value otherwise. */
  record Sample(String id, String kind, String encoding, String context, boolean positive, String text, String secret) {}

  private Blind6Corpus() {}

  private static List<Sample> cached;

  static synchronized List<Sample> all() {
    if (cached == null) {
      cached = build(SEED);
    }
    return cached;
  }

  /** Contexts that put a value in a slot only a secret goes into (so not for ids and hashes). */
  static final Set<String> SECRET_SLOTS = Set.of("aws-ini", "pypirc", "maven-settings", "npmrc", "stack-trace", "curl", "postman");

  static final Set<String> DATA_CONTEXTS = Set.of("sql-insert", "csv", "markdown-table", "python-repr", "json-config", "app-log", "chat-answer", "go-struct", "insomnia", "printenv");

  static boolean isData(String kind) {
    return kind.startsWith("card-") || kind.startsWith("iban-") || kind.startsWith("nid-") || kind.startsWith("bip39") || kind.equals("wif");
  }

  /** Single-line contexts a credential of this kind can realistically appear in. */
  static List<Ctx> contextsFor(Cred c) {
    List<Ctx> out = new ArrayList<>();
    for (Ctx x : Blind6Contexts.LINE) {
      String id = x.id();
      boolean ok;
      if (isData(c.kind())) {
        ok = DATA_CONTEXTS.contains(id);
      } else if (id.equals("aws-ini")) {
        ok = c.kind().startsWith("aws-");
      } else if (id.equals("pypirc")) {
        ok = c.kind().equals("pypi") || c.kind().equals("generic-password");
      } else if (id.equals("npmrc")) {
        ok = c.kind().equals("npm") || c.kind().startsWith("github-");
      } else if (id.equals("maven-settings")) {
        ok = Set.of("generic-password", "github-pat-classic", "gitlab-pat", "gitlab-deploy", "planetscale-password").contains(c.kind());
      } else if (c.value().contains("://") || c.value().contains(";AccountKey=")) {
        ok = !Set.of("curl", "stack-trace", "postman").contains(id);
      } else {
        ok = true;
      }
      if (ok) {
        out.add(x);
      }
    }
    return out;
  }

  static final Set<String> SHAPE_ENCODINGS = Set.of("split-lines", "split-spaces", "split-punct", "concat", "reversed", "fullwidth", "homoglyph", "zero-width", "bidi", "tag-chars");

  static List<Sample> build(long seed) {
    Random r = new Random(seed);
    List<Sample> out = new ArrayList<>();
    // plain leaks: three rounds of every kind, each in a different context
    List<Cred> kinds = null;
    for (int round = 0; round < 3; round++) {
      kinds = new Blind6Credentials(r).all();
      for (int k = 0; k < kinds.size(); k++) {
        Cred c = kinds.get(k);
        Ctx ctx;
        if (c.multiline()) {
          List<Ctx> blocks = c.kind().equals("gcp-service-account") || c.kind().equals("k8s-secret") ? Blind6Contexts.BLOCK.subList(0, 3) : Blind6Contexts.BLOCK;
          ctx = blocks.get((k * 3 + round * 2) % blocks.size());
        } else {
          List<Ctx> ok = contextsFor(c);
          ctx = ok.get((k * 7 + round * 11) % ok.size());
        }
        out.add(new Sample("p" + round + "-" + c.kind(), c.kind(), "plain", ctx.id(), true, ctx.apply(c.name(), c.value()), c.value()));
      }
    }
    // encoded leaks: seven per encoding, kinds taken round-robin
    List<Cred> pool = new ArrayList<>();
    List<Cred> blocks = new ArrayList<>();
    for (Cred c : new Blind6Credentials(r).all()) {
      (c.multiline() ? blocks : pool).add(c);
    }
    int next = 0;
    for (Enc e : Blind6Encodings.ALL) {
      int made = 0;
      while (made < 7) {
        Cred c = pool.get(next++ % pool.size());
        if (SHAPE_ENCODINGS.contains(e.id()) && (c.contextual() || isData(c.kind()))) {
          continue;
        }
        String text = e.apply(c.payload(), r);
        // an encoding that left the value readable (JSON escapes of an alphanumeric token) is a plain leak
        boolean readable = text.contains(c.value());
        out.add(new Sample("e-" + e.id() + "-" + c.kind(), c.kind(), readable ? "plain" : e.id(), readable ? "noop-" + e.id() : "encoded", true, text, c.value()));
        made++;
      }
      if (Set.of("base64", "base64-wrap76", "gzip-base64", "base64-unpadded").contains(e.id())) {
        Cred b = blocks.get(next % 4);
        out.add(new Sample("e-" + e.id() + "-" + b.kind(), b.kind(), e.id(), "encoded", true, e.apply(b.value(), r), b.value()));
      }
    }
    // negatives in the same contexts
    List<Ctx> neutral = Blind6Contexts.LINE.stream().filter(x -> !SECRET_SLOTS.contains(x.id())).toList();
    for (int round = 0; round < 4; round++) {
      List<Neg> negs = new Blind6Negatives(r).values();
      for (int k = 0; k < negs.size(); k++) {
        Neg n = negs.get(k);
        // a URL never goes into a password-only slot (pypirc, settings.xml, a Bearer header)
        List<Ctx> ok = n.slotted() && !n.value().contains("://") ? Blind6Contexts.LINE : neutral;
        Ctx ctx = ok.get((k * 5 + round * 13) % ok.size());
        out.add(new Sample("n" + round + "-" + n.kind(), n.kind(), "plain", ctx.id(), false, ctx.apply(n.name(), n.value()), n.value()));
      }
    }
    for (int round = 0; round < 2; round++) {
      for (Whole w : new Blind6Negatives(r).wholes()) {
        out.add(new Sample("w" + round + "-" + w.kind(), w.kind(), "plain", "whole", false, w.text(), ""));
      }
    }
    int b = 0;
    for (Enc e : Blind6Encodings.ALL) {
      for (int i = 0; i < 2; i++) {
        String p = Blind6Negatives.BENIGN_PAYLOADS.get(b++ % Blind6Negatives.BENIGN_PAYLOADS.size());
        out.add(new Sample("nb-" + e.id() + "-" + i, "benign-encoded", e.id(), "encoded", false, e.apply(p, r), p));
      }
    }
    return out;
  }
}
