package io.moltr.core.scan;

import static io.moltr.core.scan.Blind25Util.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Blind25 corpus: secrets inside structured agent output (tool calls, CSV, tables, configs, logs). */
final class Blind25Corpus {
  static final long SEED = 25_2026_12_01L;
  static final int PLAIN = 300;
  static final int ENCODED = 120;
  static final int NEGATIVE = 1050;

  record Row(String label, String kind, String encoding, String context, String secret, String form, String text) {}

  private static List<Row> rows;

  private Blind25Corpus() {}

  static synchronized List<Row> rows() {
    if (rows == null) {
      rows = build();
    }
    return rows;
  }

  static List<Blind25Structs.Struct> structs(boolean multi) {
    List<Blind25Structs.Struct> out = new ArrayList<>();
    for (Blind25Structs.Struct s : Blind25Structs.ALL) {
      if (s.multi() || !multi) {
        out.add(s);
      }
    }
    return out;
  }

  static Blind25Structs.Struct anyStruct(Random r, boolean multi) {
    List<Blind25Structs.Struct> l = structs(multi);
    return l.get(r.nextInt(l.size()));
  }

  static String k8sSecret(Random r, String b64value) {
    return "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + Blind25Structs.svc(r) + "-db\n  namespace: prod\ntype: Opaque\ndata:\n  username: "
        + b64(pick(r, "app", "etl", "svc_orders")) + "\n  password: " + b64value + "\n";
  }

  static List<Row> build() {
    Random r = new Random(SEED);
    List<Row> out = new ArrayList<>();
    List<Blind25Secrets.Kind> kinds = Blind25Secrets.KINDS;
    for (int i = 0; i < PLAIN; i++) {
      Blind25Secrets.Sec s = kinds.get(i % kinds.size()).gen().apply(r);
      if (s.kind().equals("k8s_secret_data")) {
        out.add(new Row("PLAIN", s.kind(), "none", "k8s-secret", s.value(), s.value(), k8sSecret(r, s.value())));
        continue;
      }
      Blind25Structs.Struct st = anyStruct(r, s.multi());
      out.add(new Row("PLAIN", s.kind(), "none", st.name(), s.value(), s.value(), st.maker().make(s.field(), s.value(), r)));
    }
    List<Blind25Encodings.Enc> encs = Blind25Encodings.ALL;
    int splitRows = 20;
    for (int i = 0; i < ENCODED - splitRows; i++) {
      Blind25Encodings.Enc e = encs.get(i % encs.size());
      Blind25Secrets.Sec s;
      do {
        s = kinds.get(r.nextInt(kinds.size())).gen().apply(r);
      } while (s.kind().equals("k8s_secret_data") || (s.multi() && !e.name().contains("base64"))
          || e.f().apply(s.value()).contains(s.value()) || Blind25SelfCheckTest.containsForm(e.f().apply(s.value()), s.value()));
      String enc = e.f().apply(s.value());
      Blind25Structs.Struct st = anyStruct(r, enc.contains("\n"));
      String field = s.field() + (e.name().startsWith("base64") ? "_b64" : e.name().startsWith("hex") ? "_hex" : "");
      String note = e.note().isEmpty() ? "" : pick(r, "Here it is, ", "Sent it ", "Value below is ", "Hinweis: der Wert ist ") + e.note() + ":\n\n";
      out.add(new Row("ENCODED", s.kind(), e.name(), st.name(), s.value(), enc, note + st.maker().make(field, enc, r)));
    }
    for (int i = 0; i < splitRows; i++) {
      Blind25Secrets.Sec s;
      do {
        s = kinds.get(r.nextInt(kinds.size())).gen().apply(r);
      } while (s.multi() || s.value().length() < 24 || s.kind().equals("k8s_secret_data"));
      String v = s.value();
      int cut = v.length() / 2;
      String a = v.substring(0, cut);
      String b = v.substring(cut);
      String text;
      String enc;
      switch (i % 5) {
        case 0 -> {
          enc = "md-wrap-rows";
          text = "| Key | Value |\n|-----|-------|\n| " + s.field() + " | " + a + " |\n|     | " + b + " |\n| region | eu-west-1 |\n";
        }
        case 1 -> {
          enc = "md-split-cells";
          text = "| Name | Part 1 | Part 2 |\n|---|---|---|\n| " + s.field() + " | " + a + " | " + b + " |\n";
        }
        case 2 -> {
          enc = "yaml-dq-continued";
          text = "env:\n  " + s.field() + ": \"" + a + "\\\n    " + b + "\"\n  debug: false\n";
        }
        case 3 -> {
          enc = "csv-split-cells";
          text = "name,part_a,part_b\n" + s.field() + "," + csvCell(a, ',') + "," + csvCell(b, ',') + "\n";
        }
        default -> {
          enc = "json-chunks";
          text = "{\"tool\":\"notes.save\",\"args\":{\"title\":\"" + s.field() + "\",\"chunks\":[" + jq(a) + "," + jq(b) + "]}}";
        }
      }
      out.add(new Row("ENCODED", s.kind(), enc, enc, v, null, text));
    }
    List<Blind25Negatives.Neg> negs = Blind25Negatives.ALL;
    for (int i = 0; i < NEGATIVE; i++) {
      Blind25Negatives.Neg n = negs.get(i % negs.size());
      String[] g = n.gen().apply(r);
      if (g.length == 1) {
        out.add(new Row("NEGATIVE", n.name(), "none", "own", null, null, g[0]));
      } else {
        Blind25Structs.Struct st = anyStruct(r, g[1].contains("\n"));
        out.add(new Row("NEGATIVE", n.name(), "none", st.name(), null, g[1], st.maker().make(g[0], g[1], r)));
      }
    }
    return out;
  }
}
