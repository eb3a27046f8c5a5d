package io.moltr.core.scan;

import io.moltr.core.scan.Blind10Contexts.Ctx;
import io.moltr.core.scan.Blind10Encodings.Enc;
import io.moltr.core.scan.Blind10Negatives.Gen;
import io.moltr.core.scan.Blind10Secrets.Kind;
import io.moltr.core.scan.Blind10Secrets.Secret;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** The tenth blind corpus: plain leaks, encoded leaks and hard negatives from one fixed seed. */
final class Blind10Corpus {
  static final long SEED = 0x10B1_17D5_EC2E_7510L;

  enum Label {
    PLAIN,
    ENCODED,
    NEGATIVE
  }

  record Row(int id, Label label, String group, String encoding, String context, String text, String probe) {}

  /** Kinds whose value means nothing without its name: encoded payloads always carry the name. */
  static final Set<String> NEEDS_NAME = Set.of("aws-access-key", "aws-session", "azure-devops-pat", "azure-ad-client-secret",
      "cloudflare-api-token", "postmark", "datadog", "twilio-api-key", "twilio-auth", "eth-private-key", "rails-secret-key-base",
      "nextauth-secret", "wireguard", "okta", "us-ssn", "it-codice-fiscale", "fr-nir", "se-personnummer", "no-fodselsnummer", "fi-hetu",
      "za-id", "cn-resident-id", "tr-kimlik", "kr-rrn", "sg-nric", "au-tfn", "be-nrn", "de-steuer-id", "mailchimp", "basic-auth");

  static String probeOf(Secret s) {
    if (s.probe().isEmpty()) {
      return s.pairs().get(1)[1];
    }
    return s.probe();
  }

  private static List<Row> rows;

  static synchronized List<Row> rows() {
    if (rows == null) {
      rows = build();
    }
    return rows;
  }

  static List<Row> build() {
    Blind10Util u = new Blind10Util(SEED);
    List<Row> out = new ArrayList<>();
    List<Kind> kinds = Blind10Secrets.kinds();
    int ctxCursor = 0;
    int multiCursor = 0;
    // plain
    for (Kind k : kinds) {
      for (int i = 0; i < k.rows(); i++) {
        Secret s = k.gen().apply(u);
        String ctx;
        String text;
        if (i == 0 && k.nativeCtx() != null) {
          ctx = "native";
          text = k.nativeCtx().apply(s);
        } else if (s.multiline()) {
          Ctx c = Blind10Contexts.MULTI.get(multiCursor++ % Blind10Contexts.MULTI.size());
          ctx = c.name();
          text = c.render().apply(s);
        } else {
          Ctx c = Blind10Contexts.SINGLE.get(ctxCursor++ % Blind10Contexts.SINGLE.size());
          ctx = c.name();
          text = c.render().apply(s);
        }
        out.add(new Row(out.size(), Label.PLAIN, k.name(), "plain", ctx, text, probeOf(s)));
      }
    }
    // encoded: kinds are dealt round-robin from a seeded shuffle so each encoding sees many kinds
    List<Kind> pool = new ArrayList<>(kinds);
    Collections.shuffle(pool, u.r);
    int kc = 0;
    for (Enc e : Blind10Encodings.ALL) {
      for (int i = 0; i < 10; i++) {
        Kind k = pool.get(kc++ % pool.size());
        Secret s = k.gen().apply(u);
        String payload;
        if (s.multiline()) {
          payload = s.value();
        } else if (NEEDS_NAME.contains(k.name()) || s.pairs().size() > 1 && s.kind().startsWith("card") || u.r.nextBoolean()) {
          payload = s.envLines();
        } else {
          payload = s.value();
        }
        String text = e.render().apply(u, payload);
        out.add(new Row(out.size(), Label.ENCODED, k.name(), e.name(), "encoded", text, probeOf(s)));
      }
    }
    // negatives
    for (Gen g : Blind10Negatives.ALL) {
      for (int i = 0; i < 10; i++) {
        out.add(new Row(out.size(), Label.NEGATIVE, g.name(), "-", "-", g.make().apply(u, i), ""));
      }
    }
    return List.copyOf(out);
  }
}
