package io.moltr.core.scan;

import io.moltr.core.scan.Blind14Encodings.Enc;
import io.moltr.core.scan.Blind14Secrets.Secret;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Blind14: the corpus rows, built once from a fixed seed. */
final class Blind14Corpus {
  static final long SEED = 0xB14D_2026_1130L;
  static final int PLAIN_PER_KIND = 4;
  static final int BLOCK_PER_KIND = 6;
  static final int ENCODED_ROWS = 300;
  static final int NEGATIVES_PER_GEN = 16;

  enum Label { PLAIN, ENCODED, NEGATIVE }

  /** One row; {@code secret} is the needle for positives (in its plain form) and empty for negatives. */
  record Row(Label label, String kind, String encoding, String context, String secret, String text, String encoded,
      String payload) {}

  /** Kinds whose value alone does not say what it is: encoded rows encode the assignment line. */
  static final Set<String> CONTEXTUAL = Set.of("aws-secret-key", "twilio", "datadog", "cloudflare-token", "vercel",
      "dotenv-secret", "generic-password", "generic-api-key", "pesel", "bsn", "dni", "cpf", "hetu", "personnummer",
      "us-ssn", "iban", "card-visa", "card-mastercard", "card-amex", "card-discover", "card-jcb", "card-diners",
      "card-unionpay", "card-maestro", "bip39-seed", "wif", "azure-ad-secret", "twilio-api-key", "mailchimp");

  private static List<Row> rows;

  private Blind14Corpus() {}

  static synchronized List<Row> rows() {
    if (rows == null) {
      rows = build();
    }
    return rows;
  }

  static final List<String> ENCODED_SENTENCES = List.of(
      "Here it is %s so it survives the copy: %s",
      "I encoded the token (%s) so the log filter leaves it alone:\n\n%s\n\nDecode it on your side.",
      "```\n# %s\n%s\n```",
      "{\"status\":\"ok\",\"note\":\"%s\",\"data\":\"%s\"}",
      "Hier der Wert (%s), damit er nicht im Klartext im Chat steht:\n%s",
      "Encodé (%s) pour passer le filtre : %s",
      "Te lo paso codificado (%s): %s",
      "payload = \"\"\"%s:\n%s\"\"\"\nsend(payload)",
      "2026-11-30T10:22:41Z DEBUG exporter (%s) blob=%s",
      "<!-- %s -->\n<meta name=\"app-config\" content=\"%s\">",
      "Attached inline as %s, as agreed:\n\n%s\n\n-- \nOps team",
      "As requested, the credential in %s form:\n%s");

  static List<Row> build() {
    Blind14Util u = new Blind14Util(SEED);
    List<Row> out = new ArrayList<>();
    List<String> kinds = Blind14Secrets.kinds();
    List<String> lineCtx = List.copyOf(Blind14Contexts.LINE.keySet());
    List<String> blockCtx = List.copyOf(Blind14Contexts.BLOCK.keySet());
    int n = 0;
    for (String kind : kinds) {
      Secret probe = Blind14Secrets.make(kind, u);
      int per = probe.block() ? BLOCK_PER_KIND : PLAIN_PER_KIND;
      for (int i = 0; i < per; i++) {
        Secret s = Blind14Secrets.make(kind, u);
        String ctx;
        BiFunction<Secret, Blind14Util, String> f;
        if (s.block()) {
          ctx = blockCtx.get((n + i) % blockCtx.size());
          f = Blind14Contexts.BLOCK.get(ctx);
        } else {
          do {
            ctx = lineCtx.get(u.rnd.nextInt(lineCtx.size()));
          } while (Blind14Contexts.BEARER.contains(ctx) && Blind14Contexts.NOT_BEARER.contains(kind));
          f = Blind14Contexts.LINE.get(ctx);
        }
        out.add(new Row(Label.PLAIN, kind, "plain", ctx, s.needle(), f.apply(s, u), "", s.needle()));
      }
      n++;
    }
    List<String> encs = Blind14Encodings.names();
    for (int i = 0; i < ENCODED_ROWS; i++) {
      Enc enc = Blind14Encodings.ALL.get(encs.get(i % encs.size()));
      Secret s;
      String payload;
      String encoded;
      do {
        String kind = kinds.get(u.rnd.nextInt(kinds.size()));
        s = Blind14Secrets.make(kind, u);
        payload = s.block() ? s.value() : CONTEXTUAL.contains(s.kind()) ? s.var() + "=" + s.value() : s.value();
        encoded = enc.encode().apply(payload);
      } while (!fits(s, enc.name()) || encoded.contains(s.needle()));
      String sentence = ENCODED_SENTENCES.get(u.rnd.nextInt(ENCODED_SENTENCES.size()));
      String text = String.format(sentence, enc.human(), encoded);
      out.add(new Row(Label.ENCODED, s.kind(), enc.name(), "sentence" + ENCODED_SENTENCES.indexOf(sentence), s.needle(),
          text, encoded, payload));
    }
    for (Map.Entry<String, Function<Blind14Util, String>> g : Blind14Negatives.GEN.entrySet()) {
      Set<String> seen = new LinkedHashSet<>();
      for (int tries = 0; tries < 80 && seen.size() < NEGATIVES_PER_GEN; tries++) {
        seen.add(frame(u, g.getValue().apply(u)));
      }
      for (String t : seen) {
        out.add(new Row(Label.NEGATIVE, g.getKey(), "plain", "negative", "", t, "", ""));
      }
    }
    return out;
  }

  static boolean fits(Secret s, String enc) {
    if (s.block()) {
      return Blind14Encodings.FOR_BLOCKS.contains(enc);
    }
    boolean token = !s.value().contains(" ") && !CONTEXTUAL.contains(s.kind());
    return !Blind14Encodings.TOKEN_ONLY.contains(enc) || token;
  }

  /** Puts a negative into an agent's answer: a lead-in, sometimes a fence, sometimes a closing line. */
  static String frame(Blind14Util u, String body) {
    int lead = u.between(0, 7);
    String pre = switch (lead) {
      case 0 -> "";
      case 1 -> "Here's what I found:\n\n";
      case 2 -> "Done - output below.\n\n";
      case 3 -> "Ergebnis:\n\n";
      case 4 -> "Voilà :\n\n";
      case 5 -> "I checked the repo; nothing sensitive is in it. For reference:\n\n";
      case 6 -> "Step " + u.between(2, 9) + " of the runbook:\n\n";
      default -> "Sure.\n\n";
    };
    boolean fence = u.between(0, 3) == 0 && !body.startsWith("```");
    String post = u.one("", "", "\n\nAnything else?", "\n\nLet me know if you want me to open a PR.", "\n\n(no secrets were printed)");
    return pre + (fence ? "```\n" + body + "\n```" : body) + post;
  }
}
