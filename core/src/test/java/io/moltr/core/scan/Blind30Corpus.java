package io.moltr.core.scan;

import io.moltr.core.scan.Blind30Encoded.Enc;
import io.moltr.core.scan.Blind30Encoded.Encoding;
import io.moltr.core.scan.Blind30Negatives.Gen;
import io.moltr.core.scan.Blind30Plain.Ctx;
import io.moltr.core.scan.Blind30Secrets.Cat;
import io.moltr.core.scan.Blind30Secrets.Kind;
import io.moltr.core.scan.Blind30Secrets.Sec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The blind30 corpus: credentials in code as a coding agent writes, edits and shows it.
 *
 * <p>Label decisions that could go either way (from the issue text and the project's policy):
 *
 * <ul>
 *   <li>A live-looking key in a test fixture (even one named {@code test_live_key}) is POSITIVE: a
 *       scanner cannot tell a random key of a real format from a live one, and test keys leak.
 *   <li>Documented example keys (AKIAIOSFODNN7EXAMPLE), documented test cards (4242 4242 ...,
 *       4111 1111 ...) and RFC/NIST test vectors are NEGATIVE: the issue names documented examples
 *       as not secret, and these are published values.
 *   <li>A JWT with {@code alg: none} and an empty signature is NEGATIVE: the issue asks for "JWTs
 *       with a signature"; an unsigned token proves nothing.
 *   <li>bcrypt and argon2 password hashes are NEGATIVE: the issue lists hashes as not secret.
 *   <li>A SealedSecret's encryptedData is NEGATIVE: it is ciphertext made to be committed.
 *   <li>Stripe publishable keys and a Twilio account SID alone are NEGATIVE (project policy);
 *       Sentry DSNs, Google API keys and Stripe secret/restricted keys are POSITIVE (project policy).
 *   <li>Random Luhn-valid card numbers, mod-97-valid IBANs and checksummed national IDs in fixtures,
 *       SQL seeds and logs are POSITIVE (the issue lists them as findings; they are not documented
 *       test values).
 *   <li>A .env line whose value is an empty string, a placeholder or a local default such as
 *       {@code postgres://user:password@localhost} is NEGATIVE (the placeholders).
 *   <li>Kinds without a distinctive prefix (32-hex Datadog/Algolia keys, Cohere, Mistral, Auth0,
 *       Okta, generic secrets) are encoded together with their variable name ({@code VAR=value}):
 *       the bare encoded value carries nothing that marks it a secret.
 * </ul>
 */
final class Blind30Corpus {
  static final long SEED = 30_2026_12_01L;
  static final int PLAIN = 250;
  static final int ENCODED = 124;
  static final int PER_NEGATIVE_GEN = 18;

  record Row(String label, String kind, String encoding, String context, String secret, String form, String text) {}

  static final Set<String> NEEDS_NAME = Set.of("aws-secret-key", "twilio-auth-token", "datadog", "cloudflare", "vercel", "okta",
      "auth0", "algolia-admin", "cohere", "mistral", "acme-unknown", "client-secret", "hmac-signing", "generic-password",
      "newrelic-license", "mailchimp");

  private static List<Row> rows;

  static synchronized List<Row> rows() {
    if (rows == null) {
      rows = build();
    }
    return rows;
  }

  private static List<Row> build() {
    Blind30Util u = new Blind30Util(SEED);
    List<Row> out = new ArrayList<>();
    List<Kind> kinds = Blind30Secrets.KINDS;
    for (int n = 0; n < PLAIN; n++) {
      Kind k = kinds.get(n % kinds.size());
      Sec s = Blind30Secrets.make(k, u);
      List<Ctx> fits = new ArrayList<>();
      for (Ctx c : Blind30Plain.CTX) {
        if (c.cat() == k.cat() && (!c.name().equals("sa-json") || k.name().equals("pkcs8-private-key"))) {
          fits.add(c);
        }
      }
      Ctx c = fits.get(u.i(fits.size()));
      String text = Blind30Plain.wrap(c.f().apply(s, u), u);
      String form = s.value();
      for (String sep : new String[] {"\\n", "\n+", "\n    "}) {
        if (!text.contains(form)) {
          form = s.value().replace("\n", sep);
        }
      }
      out.add(new Row("PLAIN", k.name(), "plain", c.name(), s.value(), form, text));
    }
    List<Kind> tokenKinds = new ArrayList<>();
    for (Kind k : kinds) {
      if (k.cat() == Cat.TOKEN || k.cat() == Cat.URL) {
        tokenKinds.add(k);
      }
    }
    List<Encoding> encs = Blind30Encoded.ENC;
    for (int n = 0; n < ENCODED; n++) {
      Encoding e = encs.get(n % encs.size());
      Kind k = tokenKinds.get(u.i(tokenKinds.size()));
      Sec s = Blind30Secrets.make(k, u);
      boolean named = NEEDS_NAME.contains(k.name()) || e.name().equals("k8s-secret-diff");
      String payload = named ? s.var() + "=" + s.value() : s.value();
      Enc enc = e.f().apply(payload, u);
      String text = Blind30Plain.wrap(enc.text(), u);
      out.add(new Row("ENCODED", k.name(), e.name(), "code", s.value(), enc.form(), text));
    }
    Set<String> seen = new HashSet<>();
    for (Gen g : Blind30Negatives.GENS) {
      int made = 0;
      for (int tries = 0; made < PER_NEGATIVE_GEN && tries < PER_NEGATIVE_GEN * 6; tries++) {
        String text = g.f().apply(u);
        if (u.i(100) < 25) {
          text = Blind30Plain.wrap(text, u);
        }
        if (seen.add(text)) {
          out.add(new Row("NEGATIVE", g.name(), "none", g.name(), "", "", text));
          made++;
        }
      }
    }
    return out;
  }
}
