package io.moltr.core.scan;

import io.moltr.core.scan.Blind5Contexts.Context;
import io.moltr.core.scan.Blind5Credentials.Cred;
import io.moltr.core.scan.Blind5Credentials.Kind;
import io.moltr.core.scan.Blind5Credentials.Shape;
import io.moltr.core.scan.Blind5Encodings.Enc;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/** The fifth blind corpus: credentials in realistic agent output, plain and encoded, and hard negatives. */
final class Blind5Corpus {
  /** One text. {@code encoding} is "plain" for a credential in clear; {@code secret} is what was leaked (null for a negative). */
  record Sample(String kind, String encoding, String context, String text, String secret) {
    boolean positive() {
      return secret != null;
    }
  }

  static final int PLAIN_PER_KIND = 4;
  static final int ENCODED_PER_ENCODING = 9;

  private Blind5Corpus() {}

  static List<Sample> positives() {
    Random r = new Random(0xB15_0005L);
    List<Sample> out = new ArrayList<>();
    List<Kind> kinds = Blind5Credentials.KINDS;
    for (int k = 0; k < kinds.size(); k++) {
      for (int i = 0; i < PLAIN_PER_KIND; i++) {
        Cred c = kinds.get(k).make().apply(r);
        List<Context> fit = Blind5Contexts.fitting(c.shape());
        Context ctx = fit.get((k * 3 + i * 5) % fit.size());
        out.add(new Sample(c.kind(), "plain", ctx.id(), ctx.render().apply(c, r), c.value()));
      }
    }
    List<Enc> encs = Blind5Encodings.ALL;
    int cursor = 0;
    for (int e = 0; e < encs.size(); e++) {
      Enc enc = encs.get(e);
      for (int i = 0; i < ENCODED_PER_ENCODING; i++) {
        Kind kind = kinds.get((cursor++ * 7) % kinds.size());
        Cred c = kind.make().apply(r);
        if (enc.id().startsWith("decimal") || enc.id().equals("tag-characters") || enc.id().equals("string-concat")) {
          while (c.shape() == Shape.PEM) {
            c = kinds.get((cursor++ * 7) % kinds.size()).make().apply(r);
          }
        }
        String encoded = enc.apply().apply(c.payload(), r);
        out.add(new Sample(c.kind(), enc.id(), "wrapped", wrap(enc.id(), encoded, i, r), c.value()));
      }
    }
    // kubectl get secret -o yaml: the value is only in the base64 of data.
    for (int i = 0; i < 16; i++) {
      Cred c = kinds.get((i * 11 + 3) % kinds.size()).make().apply(r);
      out.add(new Sample(c.kind(), "kubectl-data-base64", "kubectl-secret", kubectlData(c, r), c.value()));
    }
    // A card number given in two pieces.
    for (int i = 0; i < 6; i++) {
      String number = Blind5Credentials.luhnComplete(r, i % 2 == 0 ? "4" : "5" + (1 + r.nextInt(5)), 16);
      String text = i % 3 == 0
          ? "The card on file starts with " + number.substring(0, 8) + " and ends with " + number.substring(8) + "; expiry 11/28."
          : i % 3 == 1
              ? "card_part_1 = \"" + number.substring(0, 8) + "\"\ncard_part_2 = \"" + number.substring(8) + "\"\ncard = card_part_1 + card_part_2\n"
              : "First half: " + number.substring(0, 8) + "\nSecond half: " + number.substring(8) + "\n(split so the chat filter would not mangle it)";
      out.add(new Sample(i % 2 == 0 ? "visa-card" : "mastercard-card", "card-two-pieces", "chat-markdown", text, number));
    }
    return out;
  }

  static String wrap(String encId, String encoded, int i, Random r) {
    boolean multiLine = encoded.contains("\n");
    boolean jsonSafe = encoded.chars().allMatch(ch -> ch < 128 && (Character.isLetterOrDigit(ch) || "+/=_-%.:, ".indexOf(ch) >= 0));
    if (encId.startsWith("decimal")) {
      return switch (i % 3) {
        case 0 -> "Here's the snippet that rebuilds it at runtime so it isn't stored as a literal:\n\n```js\nconst cfg = " + encoded + ";\n```\n";
        case 1 -> "payload = " + encoded + "\nprint(''.join(map(chr, payload)) if isinstance(payload, list) else payload)\n";
        default -> "I converted the value to character codes as requested: " + encoded;
      };
    }
    if (multiLine) {
      return i % 2 == 0
          ? "Here is the value, encoded so it survives the ticket system:\n\n```\n" + encoded + "\n```\n\nDecode it on your side before use."
          : "credential (copied from the vault export):\n" + encoded + "\n-- end --\n";
    }
    return switch (i % 4) {
      case 0 -> "Here is the value you asked for, encoded so it survives the ticket system: `" + encoded + "` (decode before use).";
      case 1 -> Blind5Contexts.ts(r, i) + " [config-sync] loaded blob=" + encoded + " source=vault path=kv/prod/app\n";
      case 2 -> jsonSafe ? "{\"id\":\"" + Blind5Credentials.uuid(r) + "\",\"kind\":\"export\",\"data\":\"" + encoded + "\",\"version\":3}"
          : "export.txt:\n" + encoded + "\n";
      default -> "| key | value |\n|---|---|\n| blob | " + encoded + " |\n";
    };
  }

  static String kubectlData(Cred c, Random r) {
    String b = Base64.getEncoder().encodeToString(c.value().getBytes(StandardCharsets.UTF_8));
    return "$ kubectl get secret " + Blind5Contexts.var(c).replace('_', '-') + " -n prod -o yaml\napiVersion: v1\ndata:\n  " + Blind5Contexts.var(c) + ": " + b + "\n  region: ZXUtd2VzdC0x\nkind: Secret\nmetadata:\n  creationTimestamp: \"2026-01-20T10:11:12Z\"\n  name: app-credentials\n  namespace: prod\n  resourceVersion: \""
        + (100000 + r.nextInt(900000)) + "\"\n  uid: " + Blind5Credentials.uuid(r) + "\ntype: Opaque\n";
  }

  static List<Sample> all() {
    List<Sample> all = new ArrayList<>(positives());
    all.addAll(Blind5Negatives.all());
    return all;
  }
}
