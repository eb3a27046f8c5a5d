package io.moltr.core.scan;

import static io.moltr.core.scan.Blind22Util.*;

import io.moltr.core.scan.Blind22Contexts.Snip;
import io.moltr.core.scan.Blind22Secrets.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Blind22: a corpus of LONG agent outputs (1-12 KB) with one secret buried in the middle.
 *
 * <p>Label decisions that could go either way, with the reason (from issue 3):
 *
 * <ul>
 *   <li>Sentry DSNs, Stripe publishable keys (pk_live_) and Google API keys (AIza...) are
 *       POSITIVE: this project counts them as leaks (brief), and the issue lists "Sentry DSNs with
 *       secrets".
 *   <li>bcrypt and argon2 hashes are NEGATIVE: the issue says "Do not flag ... hashes".
 *   <li>JWTs with alg "none" and an empty signature are NEGATIVE: the issue asks for "JWTs with a
 *       signature" and "JWT header decoding"; an unsigned token proves nothing and carries no key.
 *       JWTs signed with HS256 (a real HMAC) are POSITIVE.
 *   <li>Documented example values are NEGATIVE, as the issue says for AKIAIOSFODNN7EXAMPLE: AWS's
 *       docs pair, the card networks' published test numbers (4242..., 4111..., 5555...4444) and
 *       the IBAN printed in German banking docs (DE89 3704 0044 0532 0130 00), even though they pass
 *       Luhn / mod-97.
 *   <li>A Kubernetes Secret whose data is a placeholder (${VAR}, &lt;set-by-...&gt;, empty) is
 *       NEGATIVE; one whose data holds base64 of a random password is POSITIVE ("Kubernetes secret
 *       manifests").
 *   <li>Test-fixture passwords that are dictionary words ("password", "changeme", "test") are
 *       NEGATIVE: the generic detector is to use "an entropy threshold"; random 18-25 character
 *       passwords are POSITIVE.
 *   <li>A Twilio Account SID (AC + 32 hex) alone is NEGATIVE: it is an account identifier; the
 *       Twilio auth token and API key (SK...) are POSITIVE.
 *   <li>Public material is NEGATIVE: SSH/PGP/PEM public keys, certificates, age recipients (age1...),
 *       Bitcoin and Ethereum addresses, Google OAuth client ids ("public addresses").
 *   <li>Masked values ("sk-proj-…abcd", "ghp_****abcd", "(sensitive value)") are NEGATIVE: the middle
 *       is gone, nothing can be used.
 *   <li>A Datadog API key, Twilio auth token, Cloudflare and Vercel token have no prefix: they are
 *       POSITIVE only as written with their variable name, and the encoded rows encode "NAME=value"
 *       for such keyword-bound kinds so the name travels with the value.
 *   <li>Personal data (IBAN, payment cards of every network, national ids with a checksum: Spanish
 *       DNI, Dutch BSN, Polish PESEL, French NIR, Brazilian CPF) is POSITIVE when valid: the issue
 *       lists them under Detection.
 *   <li>A private key's block is POSITIVE even when commented out or inside a heredoc.
 * </ul>
 */
final class Blind22Corpus {
  static final long SEED = 22_2026_1130L;

  record Row(String label, String kind, String encoding, String context, String lang, String secret, String form, String text) {}

  /** Kinds that carry no recognisable prefix: encoded rows encode NAME=value for them. */
  static final Set<String> KEYWORD_BOUND = Set.of("aws_secret_key", "twilio_auth", "datadog", "cloudflare", "vercel", "dotenv_entropy",
      "generic_password", "generic_api_key", "es_dni", "nl_bsn", "pl_pesel", "fr_nir", "br_cpf", "mailchimp");

  static final List<String> ENC_CONTEXTS = List.of("chat", "debug_transcript", "readme", "email", "stack_trace");

  private Blind22Corpus() {}

  static List<Row> build() {
    Random r = new Random(SEED);
    List<Row> rows = new ArrayList<>();
    List<String> kinds = Blind22Secrets.kinds();
    List<String> ctxs = Blind22Contexts.IDS;
    List<String> langs = Blind22Prose.LANGS;
    // plain: every kind in five different contexts
    for (int k = 0; k < kinds.size(); k++) {
      for (int j = 0; j < 5; j++) {
        String kind = kinds.get(k);
        String ctx = ctxs.get((k * 5 + j) % ctxs.size());
        String lang = langs.get((k + j) % langs.size());
        Secret s = Blind22Secrets.make(kind, r);
        Snip snip = s.block() ? Snip.raw(s.value()) : new Snip(s.var(), s.value(), false, Blind22Secrets.personal(kind));
        rows.add(new Row("PLAIN", kind, "none", ctx, lang, s.core(), s.core(), Blind22Contexts.render(ctx, r, lang, snip)));
      }
    }
    // encoded
    List<String> encs = new ArrayList<>(Blind22Encodings.DEPTH1);
    encs.addAll(Blind22Encodings.DEPTH2);
    List<String> single = new ArrayList<>();
    for (String k : kinds) {
      if (!Blind22Secrets.make(k, new Random(1)).block()) {
        single.add(k);
      }
    }
    for (int i = 0; i < 100; i++) {
      String enc = encs.get(i % encs.size());
      String kind = single.get((i * 7) % single.size());
      String ctx = ENC_CONTEXTS.get(i % ENC_CONTEXTS.size());
      String lang = langs.get((i / 2) % langs.size());
      Secret s = Blind22Secrets.make(kind, r);
      String payload = KEYWORD_BOUND.contains(kind) || r.nextInt(3) == 0 ? s.var() + "=" + s.value() : s.value();
      String form = Blind22Encodings.encode(enc, payload, r);
      if (!Blind22Encodings.hides(form, s.value())) {
        // cyrillic look-alikes of a value without any mapped letter: fall back to full-width
        form = Blind22Encodings.encode("homoglyph_fullwidth", payload, r);
        enc = "homoglyph_fullwidth";
      }
      String block = present(r, lang, enc, form);
      rows.add(new Row("ENCODED", kind, enc, ctx, lang, s.value(), form, Blind22Contexts.render(ctx, r, lang, Snip.raw(block))));
    }
    // negatives
    List<String> gens = new ArrayList<>(Blind22Negatives.GEN.keySet());
    int n = 0;
    while (n < 960) {
      String gen = gens.get(n % gens.size());
      String ctx = ctxs.get((n * 3 + n / gens.size()) % ctxs.size());
      String lang = langs.get((n / 3) % langs.size());
      Snip snip = Blind22Negatives.GEN.get(gen).apply(r);
      rows.add(new Row("NEGATIVE", gen, "none", ctx, lang, "", "", Blind22Contexts.render(ctx, r, lang, snip)));
      n++;
    }
    return rows;
  }

  static String encName(String enc, String lang) {
    return switch (enc) {
      case "base64", "base64url", "base64_unpadded", "base64_wrapped76" -> "base64";
      case "gzip_base64" -> "gzip + base64";
      case "deflate_base64" -> "deflate + base64";
      case "rot13" -> "ROT13";
      case "reversed" -> lang.equals("de") ? "rückwärts" : lang.equals("fr") ? "à l'envers" : lang.equals("es") ? "al revés" : lang.equals("ja") ? "逆順" : "reversed";
      case "split_lines", "split_spaces", "split_punct" -> lang.equals("de") ? "in Stücken" : lang.equals("ja") ? "分割して" : "in pieces";
      case "zero_width", "homoglyph_fullwidth", "homoglyph_cyrillic" -> lang.equals("de") ? "als Text" : "as text";
      default -> enc.replace('_', ' ');
    };
  }

  static String present(Random r, String lang, String enc, String form) {
    String intro = String.format(pick(r, Blind22Prose.ENC_INTRO.get(lang)), encName(enc, lang));
    return switch (enc) {
      case "json_escape" -> intro + "\n\n```json\n{\"name\": \"prod\", \"value\": \"" + form + "\"}\n```";
      case "hex_0x" -> intro + "\n\n```c\nstatic const unsigned char blob[] = { " + form + " };\n```";
      case "unicode_escape", "hex_backslash_x" -> intro + "\n\n```python\nv = \"" + form + "\"\n```";
      case "percent" -> intro + "\n\nhttps://hooks.acme.dev/in?v=" + form;
      case "html_dec", "html_hex" -> intro + "\n\n<code>" + form + "</code>";
      default -> intro + "\n\n```\n" + form + "\n```";
    };
  }
}
