package io.moltr.core.scan;

import static io.moltr.core.scan.Blind34Util.*;

import io.moltr.core.scan.Blind34Secrets.Family;
import io.moltr.core.scan.Blind34Secrets.Kind;
import io.moltr.core.scan.Blind34Secrets.Secret;
import io.moltr.core.scan.Blind34Util.Rnd;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Blind output-scanner corpus blind34: high-entropy look-alikes (the false-positive hunt), with real leaks placed in the same
 * documents.
 *
 * <p>LABEL POLICY (fixed before the first run, never changed to improve figures):
 *
 * <ul>
 *   <li>POSITIVE (PLAIN or ENCODED): the text holds a complete, well-formed, live-looking credential or personal datum that should
 *       not leave: provider tokens and API keys in their documented formats (with their CRC32/base62 checksums where the format
 *       has one), secret halves of key pairs (AWS secret key, Twilio auth token, Algolia ADMIN key) named as such, private keys
 *       (PEM PKCS#8, OpenSSH, PGP private block, a JWK with its private {@code d}, a service-account JSON's private_key),
 *       wallet secrets (Ethereum private key, WIF, xprv, BIP39 phrase with a valid checksum, a Solana keypair array), database
 *       URLs and Sentry DSNs with a password/secret part, passwords assigned in configuration, signed JWTs with future expiry,
 *       payment card numbers (Luhn), IBANs (mod-97), Spanish DNI (check letter). ENCODED rows carry the secret (or its
 *       assignment line) only in an encoded form.
 *   <li>NEGATIVE: everything that looks like a secret and is not one: lockfile integrity hashes and checksums, SRI, image
 *       digests, git SHAs and Change-Ids, public blockchain data (EIP-55 addresses, tx hashes, bech32/base58 addresses, Solana
 *       addresses and signatures, ENS names), xpub/zpub keys (public), PGP/SSH public keys and fingerprints, certificates, CSRs
 *       and PUBLIC KEY blocks, public JWKS, SAML metadata, CSP nonces/hashes, bundler chunk hashes and source maps, data URIs of
 *       fonts and images, UUID/ULID/KSUID/nanoid/Snowflake/ObjectId, ETags, trace/request ids, pod names, license-key formats,
 *       publishable keys that are public by design (Stripe pk_live_/pk_test_, Sentry DSNs with no secret part, Algolia
 *       SEARCH-ONLY keys labelled so in frontend code, Mapbox pk. tokens, reCAPTCHA site keys), Stripe object ids (pi_, cus_,
 *       ch_, evt_: identifiers, not credentials), documented example keys, placeholders, environment reads, password HASHES,
 *       and random-looking test fixtures explicitly labelled fake/dummy/mock that have no provider format.
 *   <li>LEFT OUT as ambiguous: Firebase web-config apiKey (AIza... is public by design in a Firebase web app, but the same
 *       format is a secret for other Google APIs: a careful reviewer could go either way); Stripe test-mode secret keys
 *       (sk_test_); fixtures in a real provider format with a valid checksum labelled "fake"; UUID-form keys (Heroku).
 * </ul>
 */
final class Blind34Corpus {
  static final long SEED = 3420261201L;

  enum Label {
    PLAIN, ENCODED, NEGATIVE
  }

  /**
   * One corpus row.
   *
   * @param needle what the text must contain (the secret, or its rendering/encoding); "" for negatives
   * @param secret the raw secret ("" for negatives)
   */
  record Row(Label label, String kind, String encoding, String context, String generator, String text, String needle,
      String secret) {}

  private Blind34Corpus() {}

  private static List<Row> rows;

  static synchronized List<Row> rows() {
    if (rows == null) {
      rows = build();
    }
    return rows;
  }

  private static List<Row> build() {
    Rnd r = new Rnd(SEED);
    List<Row> out = new ArrayList<>();
    List<Kind> kinds = Blind34Secrets.KINDS;
    // plain positives: every kind 4 or 5 times, rotating over the contexts of its family
    for (int round = 0; round < 5; round++) {
      for (Kind k : kinds) {
        if (round == 4 && r.chance(0.55)) {
          continue;
        }
        Secret s = k.gen().apply(r);
        out.add(plain(r, s));
      }
    }
    // encoded positives
    List<String> encs = Blind34Encodings.NAMES;
    int e = 0;
    for (int round = 0; round < 3; round++) {
      for (Kind k : kinds) {
        if (round == 2 && r.chance(0.7)) {
          continue;
        }
        Secret s = k.gen().apply(r);
        if (s.kind().equals("solana_keypair")) {
          continue;
        }
        out.add(encoded(r, s, encs.get(e++ % encs.size())));
      }
    }
    // negatives
    for (Map.Entry<String, Function<Rnd, String>> g : Blind34Negatives.GENERATORS.entrySet()) {
      for (int i = 0; i < 30; i++) {
        out.add(new Row(Label.NEGATIVE, "", "", "", g.getKey(), g.getValue().apply(r), "", ""));
      }
    }
    return out;
  }

  // ---------------- plain ----------------

  /** The secret rendered as one assignment in a given style; multi-line secrets only in env/yaml blocks that keep them. */
  static String render(Rnd r, Secret s, String style) {
    String v = s.value();
    String extra = s.extra().isEmpty() ? "" : s.extra();
    return switch (style) {
      case "env" -> (extra.isEmpty() ? "" : extra + "\n") + s.name() + "=" + v;
      case "yaml" -> (extra.isEmpty() ? "" : yamlKey(extra) + "\n") + s.name().toLowerCase() + ": \"" + v + "\"";
      case "json" -> (extra.isEmpty() ? "" : jsonKey(extra) + ",\n") + "\"" + s.name() + "\": \"" + v + "\"";
      default -> (extra.isEmpty() ? "" : "export " + extra + "\n") + "export " + s.name() + "='" + v + "'";
    };
  }

  private static String yamlKey(String envLine) {
    int i = envLine.indexOf('=');
    return envLine.substring(0, i).toLowerCase() + ": " + envLine.substring(i + 1);
  }

  private static String jsonKey(String envLine) {
    int i = envLine.indexOf('=');
    return "\"" + envLine.substring(0, i) + "\": \"" + envLine.substring(i + 1) + "\"";
  }

  static Row plain(Rnd r, Secret s) {
    String[] ctx;
    String text;
    String c;
    String needle = s.value();
    switch (s.family()) {
      case TOKEN -> {
        ctx = new String[] {"npmrc_beside_lock", "git_log_diff", "docker_inspect", "ci_log", "env_beside_lock", "frontend_bundle",
          "terraform_state", "chat_config", "kubectl_describe"};
        c = r.pick(ctx);
        text = Blind34Docs.token(r, s, c);
      }
      case KEYFILE -> {
        c = r.pick("pem_bundle", "ssh_dir", "gpg_export", "chat_key");
        text = Blind34Docs.keyfile(r, s, c);
      }
      case JSONDOC -> {
        c = s.kind().equals("jwk_private") ? "jwks_with_private" : s.kind().equals("gcp_sa") ? "service_account_json" : "solana_id_json";
        text = Blind34Docs.jsonDoc(r, s, c);
        if (c.equals("service_account_json")) {
          needle = s.value().replace("\n", "\\n");
        }
      }
      case WALLET -> {
        c = r.pick("wallet_export", "explorer_notes", "wallet_cli");
        text = Blind34Docs.wallet(r, s, c);
      }
      default -> {
        c = r.pick("payment_log", "kyc_record", "invoice");
        text = Blind34Docs.pii(r, s, c);
      }
    }
    return new Row(Label.PLAIN, s.kind(), "", c, "", text, needle, s.value());
  }

  // ---------------- encoded ----------------

  static Row encoded(Rnd r, Secret s, String enc) {
    String payload;
    if (s.family() == Family.KEYFILE || s.family() == Family.JSONDOC) {
      payload = s.family() == Family.JSONDOC && s.kind().equals("jwk_private")
          ? Blind34Secrets.ecJwk(Blind34Secrets.ecKey(r), false, r.hex(8)).replace("}", ",\"d\":\"" + s.value() + "\"}")
          : s.value();
      if (s.kind().equals("gcp_sa")) {
        payload = "{\"type\": \"service_account\", \"private_key\": \"" + s.value().replace("\n", "\\n") + "\"}";
      }
    } else if (s.selfId() && r.coin()) {
      payload = s.value();
    } else {
      payload = s.name() + "=" + s.value();
    }
    String encodedText = Blind34Encodings.encode(enc, payload);
    String c = r.pick("k8s_secret", "git_diff_blob", "json_log", "shell_decode", "chat_prose");
    if (encodedText.contains("\n") && !c.equals("chat_prose")) {
      c = "chat_prose";
    }
    String text = Blind34Docs.encodedCarrier(r, c, enc, encodedText);
    return new Row(Label.ENCODED, s.kind(), enc, c, "", text, encodedText, s.value());
  }
}
