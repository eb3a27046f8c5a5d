package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Blind19SelfCheckTest {
  static List<Blind19Corpus.Row> rows() {
    Blind19Gen g = new Blind19Gen(Blind19Corpus.SEED);
    List<Blind19Corpus.Row> rows = new java.util.ArrayList<>(Blind19Corpus.plain(g));
    rows.addAll(Blind19Encoded.rows(g));
    rows.addAll(Blind19Negatives.rows(g));
    return rows;
  }

  @Test
  void deterministic() {
    assertEquals(rows(), rows());
  }

  @Test
  void sizesAndCoverage() {
    List<Blind19Corpus.Row> rows = rows();
    Map<String, Integer> byLabel = new HashMap<>();
    Map<String, Set<String>> ctxByKind = new HashMap<>();
    Set<String> negGens = new HashSet<>();
    for (Blind19Corpus.Row r : rows) {
      byLabel.merge(r.label(), 1, Integer::sum);
      if (r.label().equals("PLAIN")) ctxByKind.computeIfAbsent(r.kind(), k -> new HashSet<>()).add(r.context());
      if (r.label().equals("NEGATIVE")) negGens.add(r.kind());
    }
    assertTrue(byLabel.get("PLAIN") >= 440, byLabel.toString());
    assertEquals(100, byLabel.get("ENCODED"));
    assertTrue(byLabel.get("NEGATIVE") >= 600, byLabel.toString());
    assertTrue(ctxByKind.size() >= 50, "kinds " + ctxByKind.size());
    ctxByKind.forEach((k, v) -> assertTrue(v.size() >= 6, k + " " + v));
    assertTrue(negGens.size() >= 40);
  }

  @Test
  void positivesContainTheirSecret() {
    for (Blind19Corpus.Row r : rows()) {
      if (r.label().equals("NEGATIVE")) continue;
      assertFalse(r.secret().isEmpty());
      boolean in = r.text().contains(r.secret()) || r.text().contains(Blind19Corpus.jsonEsc(r.secret()))
          || r.text().contains(r.secret().replace(' ', '+'));
      assertTrue(in, r.kind() + "/" + r.encoding() + "/" + r.context());
    }
  }

  @Test
  void checksumsHold() {
    for (Blind19Corpus.Row r : rows()) {
      if (!r.label().equals("PLAIN")) continue;
      if (r.kind().startsWith("card_")) assertTrue(Blind19Gen.luhnOk(r.secret()), r.secret());
      if (r.kind().equals("iban")) assertTrue(Blind19Gen.ibanOk(r.secret()), r.secret());
      if (r.kind().startsWith("github_c") || r.kind().equals("github_oauth")) {
        String body = r.secret().substring(4, 34);
        assertEquals(Blind19Gen.githubChecksum(body), r.secret().substring(34));
      }
      if (r.kind().equals("bitcoin_wif")) {
        assertTrue(r.secret().startsWith("K") || r.secret().startsWith("L"), r.secret());
      }
    }
  }

  @Test
  void negativesHoldNoValidChecksummedNumber() {
    for (Blind19Corpus.Row r : rows()) {
      if (!r.label().equals("NEGATIVE")) continue;
      if (r.kind().equals("card_bad_luhn")) {
        String num = r.text().replaceAll(".*card ([0-9 ]+) was.*", "$1");
        assertFalse(Blind19Gen.luhnOk(num), num);
      }
      if (r.kind().equals("iban_bad_mod97")) {
        String iban = r.text().replaceAll(".*form, ([A-Z0-9 ]+), fails.*", "$1");
        assertFalse(Blind19Gen.ibanOk(iban), iban);
      }
    }
  }
}
