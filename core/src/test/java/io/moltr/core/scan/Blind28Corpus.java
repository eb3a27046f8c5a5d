package io.moltr.core.scan;

import static io.moltr.core.scan.Blind28Docs.ts;
import static io.moltr.core.scan.Blind28Util.*;

import io.moltr.core.scan.Blind28Docs.Doc;
import io.moltr.core.scan.Blind28Docs.Style;
import io.moltr.core.scan.Blind28Secrets.Kind;
import io.moltr.core.scan.Blind28Secrets.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Blind corpus 28: false positives in long everyday agent output, with a few real leaks hidden in
 * the same kinds of documents.
 *
 * <p>Label decisions that could go either way (from the issue text and the project's policy):
 *
 * <ul>
 *   <li>Sentry DSNs, Google API keys (AIza...) and Stripe secret/restricted keys: positive (project
 *       policy). Stripe publishable keys and a Twilio account SID without its auth token: negative.
 *   <li>JWTs with alg "none" and an empty signature: negative; the issue asks for "JWTs with a
 *       signature", and an unsigned token proves nothing and grants nothing to a correct verifier.
 *   <li>bcrypt/argon2/pbkdf2/sha256 password hashes in dumps: negative (a hash, listed by the issue).
 *   <li>The providers' documented example secrets (AKIAIOSFODNN7EXAMPLE, wJalrXUtnFEMI/...EXAMPLEKEY,
 *       Stripe's doc key sk_test_4eC39HqLyjWDarjtT1zdp7dc): negative, "documented example keys".
 *   <li>CSP nonces, SRI hashes, ETags, S3 continuation tokens, cache keys, trace/span ids, request
 *       ids, CloudFront ids, Cognito client ids, GitHub node ids: negative (public or per-response ids).
 *   <li>Google OAuth client ids (...apps.googleusercontent.com): negative, they are public by design.
 *   <li>Kubernetes Secret data that is base64 of "placeholder"/"REPLACE_ME": negative (a placeholder).
 *   <li>A Kubernetes-style base64 value of a random password under a DB_PASSWORD_B64 key: positive.
 *   <li>Public wallet addresses and transaction hashes, PGP/SSH public keys, certificates: negative.
 *   <li>National ids (DNI, BSN, CPF with valid checksum) next to their name: positive (personal data
 *       the issue lists for detection).
 * </ul>
 */
final class Blind28Corpus {
  record Row(String label, String kind, String encoding, String context, String secret, String form, String text) {}

  static final long SEED = 28_2026_1201L;
  static final int NEGATIVES = 1647;
  static final int PLAIN = 250;
  static final int ENCODED = 100;

  private static List<Row> rows;

  private Blind28Corpus() {}

  static synchronized List<Row> rows() {
    if (rows == null) {
      rows = build();
    }
    return rows;
  }

  static final String[] OPEN = {"Done. Here is what I found:", "I checked the repository; the relevant output is below.",
      "Sure, here's the full output so you can compare.", "Voilà la sortie complète :", "Hier ist die vollständige Ausgabe:",
      "Aquí tienes el resultado completo:", "Ran it again with verbose logging:"};
  static final String[] CLOSE = {"Let me know if you want me to open a PR with this.", "Nothing in there looks wrong to me.",
      "Sag Bescheid, wenn ich das committen soll.", "Si quieres, lo subo a la rama de staging.", "Next step: rerun the pipeline.",
      "I left the rest of the file unchanged.", "All checks passed after this change."};

  static List<String> pad(Random r, List<String> lines, int room) {
    List<String> l = new ArrayList<>(lines);
    if (l.size() > room) {
      l = new ArrayList<>(l.subList(0, room));
    }
    if (l.size() < 15) {
      l.add(0, "");
      l.add(0, one(r, OPEN));
    }
    while (l.size() < 15) {
      l.add("");
      l.add(one(r, CLOSE));
    }
    return l;
  }

  static List<Row> build() {
    List<Row> out = new ArrayList<>();
    List<Map.Entry<String, Function<Random, Doc>>> gens = new ArrayList<>(Blind28Docs.GENERATORS.entrySet());
    for (int i = 0; i < NEGATIVES; i++) {
      Random r = new Random(SEED + i);
      var g = gens.get(i % gens.size());
      Doc d = g.getValue().apply(r);
      String text = String.join("\n", pad(r, d.lines(), 80));
      out.add(new Row("NEGATIVE", "none", "none", g.getKey(), "", "", text));
    }
    List<Kind> kinds = Blind28Secrets.KINDS;
    for (int i = 0; i < PLAIN; i++) {
      Random r = new Random(SEED + 100_000 + i);
      Kind k = kinds.get(i % kinds.size());
      Secret s = k.gen().apply(r);
      var g = gens.get(r.nextInt(gens.size()));
      Doc d = g.getValue().apply(r);
      List<String> leak = plainLeak(r, d.style(), s);
      String form = plainForm(d.style(), s.value());
      out.add(new Row("PLAIN", s.kind(), "plain", g.getKey(), s.value(), form, insert(r, d, leak)));
    }
    List<Kind> single = new ArrayList<>();
    for (Kind k : kinds) {
      if (!k.gen().apply(new Random(1)).value().contains("\n")) {
        single.add(k);
      }
    }
    for (int i = 0; i < ENCODED; i++) {
      Random r = new Random(SEED + 200_000 + i);
      Kind k = single.get((i * 7) % single.size());
      Secret s = k.gen().apply(r);
      String enc = ENCODINGS.get(i % ENCODINGS.size());
      String e = encode(enc, s.value());
      var g = gens.get(r.nextInt(gens.size()));
      Doc d = g.getValue().apply(r);
      List<String> leak = encodedLeak(r, d.style(), s, enc, e);
      out.add(new Row("ENCODED", s.kind(), enc, g.getKey(), s.value(), e, insert(r, d, leak)));
    }
    return out;
  }

  static String insert(Random r, Doc d, List<String> leak) {
    List<String> l = pad(r, d.lines(), Math.max(10, 80 - leak.size()));
    int at = 1 + r.nextInt(l.size() - 1);
    l.addAll(at, leak);
    return String.join("\n", l);
  }

  static String plainForm(Style st, String v) {
    if (st == Style.JSON) {
      return jsonEscape(v);
    }
    return st == Style.YAML ? v.replace("\n", "\n    ") : v;
  }

  static String jsonEscape(String v) {
    return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  static List<String> plainLeak(Random r, Style st, Secret s) {
    String v = s.value();
    String env = s.env();
    String low = env.toLowerCase();
    boolean multi = v.contains("\n");
    List<String> l = new ArrayList<>();
    switch (st) {
      case YAML -> {
        if (multi) {
          l.add("  " + env + ": |");
          for (String x : v.split("\n")) {
            l.add("    " + x);
          }
        } else {
          l.add(one(r, "  " + env + ": " + v, "  " + env + ": \"" + v + "\"", "      - " + env + "=" + v));
        }
      }
      case JSON -> l.add(one(r, "  \"" + low + "\": \"", "    \"" + env + "\": \"") + jsonEscape(v) + "\",");
      case LOG -> {
        if (multi) {
          l.add(ts(r) + " DEBUG dumping " + env + " for diagnostics:");
          l.addAll(List.of(v.split("\n")));
        } else {
          l.add(one(r, ts(r) + " DEBUG config loaded " + env + "=" + v, "+ export " + env + "=" + v,
              "    " + env + ": " + v + "   # not masked: variable was not marked secret", "[worker] using " + env + " " + v));
        }
      }
      case ENV -> {
        if (multi) {
          l.add(env + "=\"" + v.split("\n")[0]);
          String[] p = v.split("\n");
          for (int i = 1; i < p.length; i++) {
            l.add(p[i] + (i == p.length - 1 ? "\"" : ""));
          }
        } else {
          l.add(one(r, env + "=" + v, "export " + env + "=\"" + v + "\"", "ENV " + env + "=" + v));
        }
      }
      case HCL -> {
        if (multi) {
          l.add("  " + low + " = <<EOT");
          l.addAll(List.of(v.split("\n")));
          l.add("EOT");
        } else {
          l.add("  " + low + " = \"" + v + "\"");
        }
      }
      case TOML -> {
        if (multi) {
          l.add(low + " = \"\"\"");
          l.addAll(List.of(v.split("\n")));
          l.add("\"\"\"");
        } else {
          l.add(low + " = \"" + v + "\"");
        }
      }
      case SQL -> {
        String[] p = ("INSERT INTO app_config (name, value) VALUES ('" + low + "', '" + v + "');").split("\n");
        l.addAll(List.of(p));
      }
      case HTML -> {
        if (multi) {
          l.add("<!-- " + env + ":");
          l.addAll(List.of(v.split("\n")));
          l.add("-->");
        } else {
          l.add(one(r, "<!-- " + env + "=" + v + " -->", "<input type=\"hidden\" name=\"" + low + "\" value=\"" + v + "\">"));
        }
      }
      case CODE -> {
        if (multi) {
          l.add(env + " = \"\"\"");
          l.addAll(List.of(v.split("\n")));
          l.add("\"\"\"");
        } else {
          l.add(one(r, env + " = \"" + v + "\"  # TODO: move to vault", "const " + low + " = \"" + v + "\";",
              "\t" + low + " := \"" + v + "\"", "$" + low + " = '" + v + "';", "let " + low + " = \"" + v + "\";"));
        }
      }
      default -> {
        if (multi) {
          l.add(one(r, "And the " + env + " you asked for:", "Hier ist der " + env + ":", "Voici la " + env + " :"));
          l.addAll(List.of(v.split("\n")));
        } else {
          l.add(one(r, "The " + env + " from the old config is `" + v + "`.", "Der " + env + " lautet: " + v,
              "Aquí está el " + env + ": " + v, "Voici le " + env + " : " + v));
        }
      }
    }
    return l;
  }

  static List<String> encodedLeak(Random r, Style st, Secret s, String enc, String e) {
    String env = s.env();
    String suf = enc.toUpperCase();
    String head = switch (st) {
      case YAML -> "  " + env + "_" + suf + ": ";
      case JSON -> "  \"" + env.toLowerCase() + "_" + enc + "\": \"";
      case LOG -> ts(r) + " INFO exporting " + env + " (" + enc + ") ";
      case ENV -> env + "_" + suf + "=";
      case HCL, TOML -> env.toLowerCase() + "_" + enc + " = \"";
      default -> one(r, "Here is the " + env + ", " + enc + " so it survives the copy: ",
          "Den " + env + " habe ich als " + enc + " kodiert: ", "El " + env + " va en " + enc + ": ",
          "(" + env + ", " + enc + ") ");
    };
    String tail = switch (st) {
      case JSON -> "\",";
      case HCL, TOML -> "\"";
      default -> "";
    };
    String[] p = (head + e + tail).split("\n");
    return new ArrayList<>(List.of(p));
  }
}
