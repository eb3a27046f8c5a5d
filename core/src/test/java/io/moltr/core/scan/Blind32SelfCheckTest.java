package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moltr.core.scan.Blind32Corpus.Label;
import io.moltr.core.scan.Blind32Corpus.Row;
import io.moltr.core.scan.Blind32Secrets.Sec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks the blind32 generator itself: well-formed secrets, present in their rows, absent from negatives. */
class Blind32SelfCheckTest {
  @Test
  void positivesAreWellFormedAndPresent() {
    java.util.List<String> bad = new java.util.ArrayList<>();
    for (Row x : Blind32Corpus.rows()) {
      if (x.label() == Label.NEGATIVE) {
        continue;
      }
      Sec s = new Sec(x.kind(), x.secret(), "", null, null);
      if (!Blind32Secrets.wellFormed(s)) {
        bad.add("malformed " + x.kind() + ": " + x.secret());
      }
      assertTrue(x.text().contains(x.evidence()), "evidence missing in " + x.kind() + "/" + x.encoding());
      if (x.label() == Label.PLAIN) {
        String probe = x.secret().contains("\n") ? x.secret().split("\n")[2] : x.secret();
        assertTrue(x.text().contains(probe), "secret missing in plain " + x.kind());
      }
    }
    assertTrue(bad.isEmpty(), String.join("\n", bad));
  }

  @Test
  void negativesHoldNoGeneratedSecret() {
    List<Row> rows = Blind32Corpus.rows();
    Set<String> secrets = new HashSet<>();
    for (Row x : rows) {
      if (x.label() != Label.NEGATIVE) {
        secrets.add(x.secret().contains("\n") ? x.secret().split("\n")[2] : x.secret());
      }
    }
    for (Row x : rows) {
      if (x.label() == Label.NEGATIVE) {
        for (String s : secrets) {
          assertTrue(!x.text().contains(s), "negative " + x.generator() + " contains a secret");
        }
      }
    }
  }

  @Test
  void sizes() {
    List<Row> rows = Blind32Corpus.rows();
    long plain = rows.stream().filter(x -> x.label() == Label.PLAIN).count();
    long enc = rows.stream().filter(x -> x.label() == Label.ENCODED).count();
    long neg = rows.stream().filter(x -> x.label() == Label.NEGATIVE).count();
    long kinds = rows.stream().filter(x -> x.label() != Label.NEGATIVE).map(Row::kind).distinct().count();
    assertEquals(280, plain);
    assertEquals(140, enc);
    assertTrue(neg >= 1200, "negatives " + neg);
    assertTrue(kinds >= 45, "kinds " + kinds);
    assertEquals(rows, Blind32Corpus.rows());
  }

  @Test
  void checksumHelpers() {
    assertTrue(Blind32Util.luhn("4111111111111111"));
    assertTrue(Blind32Util.ibanValid("DE89370400440532013000"));
    assertTrue(Blind32Util.bech32Valid("a12uel5l"));
  }
}
