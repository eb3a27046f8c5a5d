package io.moltr.core.scan;

import io.moltr.core.scan.Blind11Encodings.Enc;
import io.moltr.core.scan.Blind11Secrets.Secret;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The eleventh blind corpus: plain leaks, encoded leaks and hard negatives from a fixed seed. */
final class Blind11Corpus {
  private Blind11Corpus() {}

  static final long SEED = 0xB11_D11_C0FFEEL;
  static final int PLAIN_PER_KIND = 4;
  static final int EXTRA_CARD_ROWS = 4;
  static final int ENCODED_PER_ENCODING = 10;
  static final int NEGATIVES_PER_GENERATOR = 10;

  enum Label { PLAIN, ENCODED, NEGATIVE }

  record Row(int id, Label label, String group, String encoding, String context, String text, String probe) {}

  private static List<Row> rows;

  static synchronized List<Row> rows() {
    if (rows == null) {
      rows = List.copyOf(build());
    }
    return rows;
  }

  static boolean needsName(Secret s) {
    return Blind11Secrets.NEEDS_NAME.contains(s.kind()) || s.companionName() != null;
  }

  static List<Row> build() {
    Random r = new Random(SEED);
    List<Row> out = new ArrayList<>();
    List<String> lineCtx = Blind11Contexts.lineNames();
    List<String> bareCtx = new ArrayList<>(Blind11Contexts.BARE.keySet());
    List<String> blockCtx = new ArrayList<>(Blind11Contexts.BLOCK.keySet());
    int li = 0;
    int bi = 0;
    int ki = 0;
    Collections.shuffle(lineCtx, r);
    for (String kind : Blind11Secrets.kinds()) {
      int n = PLAIN_PER_KIND + (kind.equals("card") ? EXTRA_CARD_ROWS : 0);
      for (int i = 0; i < n; i++) {
        Secret s = Blind11Secrets.make(kind, r);
        String ctxName;
        String text;
        if (s.block()) {
          if (kind.equals("k8s-secret") && i % 2 == 0) {
            ctxName = "kubectl-get-secret-yaml";
            text = "$ kubectl get secret " + s.value().split("\n")[3].trim().substring(6) + " -o yaml\n" + s.value();
          } else {
            ctxName = blockCtx.get(ki++ % blockCtx.size());
            text = Blind11Contexts.BLOCK.get(ctxName).render(r, Blind11Contexts.pairs(s));
          }
        } else if (!needsName(s) && r.nextInt(4) == 0) {
          ctxName = bareCtx.get(bi++ % bareCtx.size());
          text = Blind11Contexts.BARE.get(ctxName).render(r, Blind11Contexts.pairs(s));
        } else {
          ctxName = lineCtx.get(li++ % lineCtx.size());
          text = Blind11Contexts.LINE.get(ctxName).render(r, Blind11Contexts.pairs(s));
        }
        out.add(new Row(out.size() + 1, Label.PLAIN, kind, "-", ctxName, text, s.probe()));
      }
    }

    List<String> kinds = Blind11Secrets.kinds();
    Collections.shuffle(kinds, r);
    int kj = 0;
    for (Map.Entry<String, Enc> e : Blind11Encodings.ALL.entrySet()) {
      Enc enc = e.getValue();
      for (int i = 0; i < ENCODED_PER_ENCODING; i++) {
        Secret s;
        while (true) {
          String kind = kinds.get(kj++ % kinds.size());
          s = Blind11Secrets.make(kind, r);
          if (!s.block() || enc.blocksOk()) {
            break;
          }
        }
        String payload;
        if (s.block()) {
          payload = s.value();
        } else if (needsName(s) || r.nextInt(10) < 3) {
          StringBuilder sb = new StringBuilder();
          for (String[] p : Blind11Contexts.pairs(s)) {
            if (sb.length() > 0) {
              sb.append('\n');
            }
            sb.append(p[0]).append('=').append(p[1]);
          }
          payload = sb.toString();
        } else {
          payload = s.value();
        }
        String encoded = enc.encode().apply(r, payload);
        String text = enc.wrap().apply(r, encoded);
        String probe = encoded.substring(0, Math.min(24, encoded.length()));
        out.add(new Row(out.size() + 1, Label.ENCODED, s.kind(), enc.name(), "-", text, probe));
      }
    }

    for (Map.Entry<String, java.util.function.Function<Random, String>> g : Blind11Negatives.GEN.entrySet()) {
      for (int i = 0; i < NEGATIVES_PER_GENERATOR; i++) {
        out.add(new Row(out.size() + 1, Label.NEGATIVE, g.getKey(), "-", "-", g.getValue().apply(r), ""));
      }
    }
    return out;
  }
}
