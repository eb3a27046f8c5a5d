package io.moltr.core.scan;

import static io.moltr.core.scan.Blind12Util.*;

import io.moltr.core.scan.Blind12Secrets.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The blind12 corpus: plain leaks, encoded leaks and hard negatives, from one fixed seed. */
final class Blind12Corpus {
  enum Label { PLAIN, ENCODED, NEGATIVE }

  record Row(Label label, String kind, String encoding, String context, String secret, String text) {}

  static final long SEED = 0xB12_2026L;

  /** Kinds that are personal numbers, shown only in contexts where such numbers appear. */
  static final Set<String> PII = Set.of("iban", "card-visa", "card-mastercard", "card-amex", "card-discover", "card-jcb",
      "card-diners", "card-unionpay", "card-maestro", "us-ssn", "es-dni", "nl-bsn", "pl-pesel", "br-cpf", "se-personnummer",
      "fr-nir", "ca-sin", "bip39-12", "bip39-24", "wif");

  static final List<String> PII_CONTEXTS = List.of("chat-answer", "json-tool-result", "csv-export", "email", "log-json",
      "markdown-table", "sql-insert", "chat-list", "slack-message", "yaml-config", "log-line");

  private static List<Row> rows;

  private Blind12Corpus() {}

  static synchronized List<Row> rows() {
    if (rows == null) {
      rows = List.copyOf(build());
    }
    return rows;
  }

  private static List<Row> build() {
    Random r = new Random(SEED);
    List<Row> out = new ArrayList<>();
    List<String> lineContexts = new ArrayList<>(Blind12Contexts.LINE.keySet());
    List<String> blockContexts = new ArrayList<>(Blind12Contexts.BLOCK.keySet());
    int ctxCursor = 0;
    // Plain: three rows per kind, contexts taken round-robin so every context is used.
    for (Map.Entry<String, Function<Random, Secret>> e : Blind12Secrets.KINDS.entrySet()) {
      for (int i = 0; i < 3; i++) {
        Secret s = e.getValue().apply(r);
        String ctx;
        BiFunction<Random, Secret, String> f;
        if (s.multiline()) {
          ctx = blockContexts.get((ctxCursor + i) % blockContexts.size());
          f = Blind12Contexts.BLOCK.get(ctx);
        } else if (PII.contains(s.kind())) {
          ctx = PII_CONTEXTS.get((ctxCursor + i) % PII_CONTEXTS.size());
          f = Blind12Contexts.LINE.get(ctx);
        } else {
          ctx = lineContexts.get(ctxCursor % lineContexts.size());
          ctxCursor++;
          f = Blind12Contexts.LINE.get(ctx);
        }
        out.add(new Row(Label.PLAIN, s.kind(), "none", ctx, s.value(), f.apply(r, s)));
      }
      ctxCursor++;
    }
    // Encoded: every encoding gets nine rows over kinds drawn at random from the one-line kinds.
    List<String> kinds = new ArrayList<>();
    for (String k : Blind12Secrets.KINDS.keySet()) {
      Secret probe = Blind12Secrets.KINDS.get(k).apply(new Random(1));
      if (!probe.multiline()) {
        kinds.add(k);
      }
    }
    List<String> blockKinds = List.of("rsa-private", "openssh-private", "pkcs8-private", "ec-private", "gcp-service-account", "k8s-secret");
    Set<String> blockEncodings = Set.of("base64", "base64-wrapped", "gzip-base64", "deflate-base64", "base64-unpadded", "hex", "base64-url");
    String[] carriers = {"chat", "json", "shell", "log", "markdown"};
    int carrier = 0;
    for (Map.Entry<String, BiFunction<Random, String, String>> e : Blind12Encodings.ALL.entrySet()) {
      String enc = e.getKey();
      for (int i = 0; i < 9; i++) {
        String kind = blockEncodings.contains(enc) && i == 8 ? oneOf(r, blockKinds) : kinds.get(r.nextInt(kinds.size()));
        Secret s = Blind12Secrets.KINDS.get(kind).apply(r);
        String payload = s.needsName() || PII.contains(kind) && r.nextBoolean() || r.nextInt(4) == 0
            ? Blind12Contexts.envName(s) + "=" + s.value() : s.value();
        if (PII.contains(kind) && !payload.contains("=")) {
          payload = s.name() + ": " + s.value();
        }
        String encoded = e.getValue().apply(r, payload);
        String c = carriers[carrier++ % carriers.length];
        out.add(new Row(Label.ENCODED, kind, enc, c, s.value(), carry(c, enc, encoded)));
      }
    }
    // Negatives: fifteen per generator, plus encoded forms of documented examples and placeholders.
    for (Map.Entry<String, Function<Random, String>> e : Blind12Negatives.ALL.entrySet()) {
      for (int i = 0; i < 15; i++) {
        out.add(new Row(Label.NEGATIVE, e.getKey(), "none", "negative", "", e.getValue().apply(r)));
      }
    }
    List<String> encodable = List.of("aws-doc-example", "placeholder-sk", "placeholder-words", "template-variable", "env-read",
        "redacted", "fake-test-fixture", "secret-names-only", "config-non-secret", "sha256-hash", "uuid-ids");
    String[] negEnc = {"base64", "hex", "percent", "base64-url", "gzip-base64", "rot13", "unicode-escapes", "reversed"};
    for (int i = 0; i < 40; i++) {
      String gen = encodable.get(i % encodable.size());
      String enc = negEnc[i % negEnc.length];
      String plain = Blind12Negatives.ALL.get(gen).apply(r);
      String c = carriers[i % carriers.length];
      out.add(new Row(Label.NEGATIVE, "encoded-" + gen, enc, c, "", carry(c, enc, Blind12Encodings.ALL.get(enc).apply(r, plain))));
    }
    return out;
  }

  static String carry(String carrier, String enc, String encoded) {
    return switch (carrier) {
      case "chat" -> "Here is the value (" + enc.replace('-', ' ') + "), as you asked:\n\n" + encoded + "\n\nDecode it on your side.";
      case "json" -> "{\"status\":\"ok\",\"data\":\"" + jsonEscape(encoded) + "\"}";
      case "shell" -> "$ cat payload.txt\n" + encoded + "\n$ wc -c payload.txt\n" + encoded.length() + " payload.txt";
      case "log" -> "2026-11-30 14:05:09,221 DEBUG sync.client - request body=" + encoded + " attempt=2";
      default -> "The blob from the export:\n\n```\n" + encoded + "\n```";
    };
  }
}
