package io.moltr.core.scan;

import io.moltr.core.scan.Blind13Secrets.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Blind13: long agent outputs (answers, transcripts, tool results, logs, files) with one credential
 * somewhere in the middle, plain or encoded by an agent trying to get it past the filter, and long
 * secret-free outputs full of look-alikes. Every positive row has a twin: the same document with the
 * credential replaced, so a finding the twin also has is not counted as catching the credential.
 */
final class Blind13Corpus {
  enum Label { PLAIN, ENCODED, NEGATIVE }

  record Row(int id, Label label, String kind, String encoding, String format, String text, String twin, String secret) {}

  static final long SEED = 13_013_2026L;
  static final int PLAIN = 260;
  static final int ENCODED = 260;
  static final int NEGATIVE = 420;

  private static List<Row> rows;

  private Blind13Corpus() {}

  static synchronized List<Row> rows() {
    if (rows == null) {
      rows = build();
    }
    return rows;
  }

  private static Secret placeholder(Secret s) {
    return new Secret(s.kind(), s.name(), s.multiline() ? "none\nnone" : "none", s.selfIdentifying());
  }

  private static List<Row> build() {
    Random master = new Random(SEED);
    List<Row> out = new ArrayList<>();
    List<String> kinds = Blind13Secrets.kinds();
    int id = 0;
    for (int i = 0; i < PLAIN; i++) {
      String kind = kinds.get(i % kinds.size());
      Secret s = Blind13Secrets.make(kind, new Random(master.nextLong()));
      long docSeed = master.nextLong();
      String format = Blind13Docs.PLAIN_FORMATS.get(new Random(docSeed ^ 7).nextInt(Blind13Docs.PLAIN_FORMATS.size()));
      String text = Blind13Docs.plain(format, new Random(docSeed), s);
      String twin = Blind13Docs.plain(format, new Random(docSeed), placeholder(s));
      out.add(new Row(id++, Label.PLAIN, kind, "none", format, text, twin, s.value()));
    }
    List<String> encs = new ArrayList<>(Blind13Encodings.ALL.keySet());
    for (int i = 0; i < ENCODED; i++) {
      String enc = encs.get(i % encs.size());
      Random kr = new Random(master.nextLong());
      Secret s;
      do {
        s = Blind13Secrets.make(kinds.get(kr.nextInt(kinds.size())), kr);
      } while (s.multiline() && Blind13Encodings.SHORT_ONLY.contains(enc));
      long docSeed = master.nextLong();
      Random er = new Random(docSeed ^ 11);
      String encoded = Blind13Encodings.ALL.get(enc).apply(er, s.encodable());
      String lead = Blind13Encodings.leadIn(er, enc);
      String format = Blind13Docs.CARRIER_FORMATS.get(er.nextInt(Blind13Docs.CARRIER_FORMATS.size()));
      String sepr = encoded.indexOf('\n') >= 0 || er.nextBoolean() ? "\n\n" : " ";
      String block = lead.isEmpty() ? encoded : lead + sepr + encoded;
      String twinBlock = lead.isEmpty() ? "none" : lead + sepr + "none";
      String text = Blind13Docs.carrier(format, new Random(docSeed), block);
      String twin = Blind13Docs.carrier(format, new Random(docSeed), twinBlock);
      out.add(new Row(id++, Label.ENCODED, s.kind(), enc, format, text, twin, s.encodable()));
    }
    List<String> gens = new ArrayList<>(Blind13Negatives.ALL.keySet());
    for (int i = 0; i < NEGATIVE; i++) {
      String gen = gens.get(i % gens.size());
      long docSeed = master.nextLong();
      Random nr = new Random(docSeed);
      String doc = Blind13Negatives.ALL.get(gen).apply(nr);
      String format = "raw";
      if (nr.nextInt(5) < 2) {
        format = Blind13Docs.CARRIER_FORMATS.get(nr.nextInt(Blind13Docs.CARRIER_FORMATS.size()));
        doc = Blind13Docs.carrier(format, nr, doc);
      }
      out.add(new Row(id++, Label.NEGATIVE, gen, "none", format, doc, null, null));
    }
    return out;
  }
}
