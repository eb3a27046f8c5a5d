package io.moltr.core.scan;

import io.moltr.core.scan.Blind9Contexts.Context;
import io.moltr.core.scan.Blind9Encodings.Encoding;
import io.moltr.core.scan.Blind9Negatives.Gen;
import io.moltr.core.scan.Blind9Secrets.Kind;
import io.moltr.core.scan.Blind9Secrets.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** The ninth blind corpus: plain leaks, encoded leaks and hard negatives, from a fixed seed. */
final class Blind9Corpus {
  static final long SEED = 0x9B11D9L;
  static final int PLAIN_PER_KIND = 2;
  static final int ENCODED_PER_ENCODING = 7;
  static final int NEGATIVES_PER_GENERATOR = 10;

  /** Kinds whose value only means something next to its name (bare hex, bare digits). */
  static final Set<String> NEEDS_NAME = Set.of("datadog", "twilio", "twilio_api_key", "env_high_entropy",
      "us_ssn", "br_cpf", "es_dni", "nl_bsn", "ca_sin", "in_aadhaar", "pl_pesel", "uk_nino", "mailchimp",
      "terraform_cloud", "http_basic");

  /** Encodings that keep line structure, so they can carry a multi-line key file. */
  static final Set<String> BLOCK_OK = Set.of("base64", "base64_wrapped76", "gzip_base64", "json_escaped_json", "hex");

  enum Label { PLAIN, ENCODED, NEGATIVE }

  /**
   * One corpus row. {@code group} is the credential kind for leaks and the generator for negatives;
   * {@code probe} is a piece of text to show around a miss.
   */
  record Row(int id, Label label, String group, String encoding, String context, String text, String probe) {}

  private static List<Row> cached;

  private Blind9Corpus() {}

  static synchronized List<Row> rows() {
    if (cached == null) {
      cached = List.copyOf(build(SEED));
    }
    return cached;
  }

  static List<Row> build(long seed) {
    Random r = new Random(seed);
    List<Row> out = new ArrayList<>();
    List<Kind> kinds = Blind9Secrets.kinds();
    addPlain(out, r, kinds);
    addEncoded(out, r, kinds);
    addNegatives(out, r);
    return out;
  }

  static void addPlain(List<Row> out, Random r, List<Kind> kinds) {
    List<Context> line = Blind9Contexts.lineContexts();
    List<Context> block = Blind9Contexts.blockContexts();
    int li = 0;
    int bi = 0;
    for (int k = 0; k < kinds.size(); k++) {
      Kind kind = kinds.get(k);
      int n = PLAIN_PER_KIND + (k % 2);
      for (int i = 0; i < n; i++) {
        Secret s = kind.gen().apply(r);
        Context c = s.block() ? block.get(bi++ % block.size()) : line.get(li++ % line.size());
        out.add(new Row(out.size(), Label.PLAIN, kind.name(), "plain", c.name(), c.render().apply(s, r), s.secret()));
      }
    }
  }

  static void addEncoded(List<Row> out, Random r, List<Kind> kinds) {
    List<Kind> single = kinds.stream().filter(k -> !isBlockKind(k.name())).toList();
    List<Kind> blocks = kinds.stream().filter(k -> isBlockKind(k.name())).toList();
    int ki = 0;
    for (Encoding e : Blind9Encodings.all()) {
      for (int i = 0; i < ENCODED_PER_ENCODING; i++) {
        Kind kind = single.get((ki++ * 7) % single.size());
        Secret s = kind.gen().apply(r);
        String payload = payload(s, r);
        addEncodedRow(out, r, e, kind.name(), payload);
      }
      if (BLOCK_OK.contains(e.name())) {
        Kind kind = blocks.get(ki++ % blocks.size());
        addEncodedRow(out, r, e, kind.name(), kind.gen().apply(r).firstValue());
      }
    }
  }

  static void addEncodedRow(List<Row> out, Random r, Encoding e, String kind, String payload) {
    String enc = e.encode().apply(payload, r);
    String text = e.wrap().apply(enc, r);
    out.add(new Row(out.size(), Label.ENCODED, kind, e.name(), "encoded", text, enc.substring(0, Math.min(24, enc.length()))));
  }

  static String payload(Secret s, Random r) {
    if (s.vars().size() > 1 || NEEDS_NAME.contains(s.kind()) || r.nextInt(3) == 0) {
      return s.envLines();
    }
    return s.firstValue();
  }

  static boolean isBlockKind(String kind) {
    return Set.of("gcp_service_account", "k8s_secret_manifest", "rsa_private_pem", "pkcs8_private_pem",
        "openssh_private", "pgp_private").contains(kind);
  }

  static void addNegatives(List<Row> out, Random r) {
    for (Gen g : Blind9Negatives.all()) {
      for (int i = 0; i < NEGATIVES_PER_GENERATOR; i++) {
        out.add(new Row(out.size(), Label.NEGATIVE, g.name(), "-", g.name(), g.gen().apply(r), ""));
      }
    }
  }
}
