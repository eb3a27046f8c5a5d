package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moltr.core.scan.Blind33Corpus.Label;
import io.moltr.core.scan.Blind33Corpus.Row;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks the blind33 generator: well-formed secrets, every positive holds its evidence, no negative holds a secret. */
class Blind33SelfCheckTest {
  @Test
  void sizes() {
    List<Row> rows = Blind33Corpus.rows();
    assertEquals(150, rows.stream().filter(x -> x.label() == Label.PLAIN).count());
    assertEquals(350, rows.stream().filter(x -> x.label() == Label.ENCODED).count());
    assertEquals(1000, rows.stream().filter(x -> x.label() == Label.NEGATIVE).count());
    assertTrue(rows.stream().filter(x -> x.label() != Label.NEGATIVE).map(Row::kind).distinct().count() >= 45);
    assertTrue(rows.stream().filter(x -> x.label() == Label.ENCODED).map(Row::encoding).distinct().count() >= 12);
  }

  @Test
  void deterministic() {
    // rows() is cached; a fresh build of the kinds must give the same first secret for the same seed
    java.util.Random a = new java.util.Random(Blind33Corpus.SEED);
    java.util.Random b = new java.util.Random(Blind33Corpus.SEED);
    for (Blind33Secrets.Kind k : Blind33Secrets.KINDS) {
      assertEquals(k.make().apply(a).value(), k.make().apply(b).value());
    }
  }

  @Test
  void positivesWellFormedAndPresent() {
    for (Row x : Blind33Corpus.rows()) {
      if (x.label() == Label.NEGATIVE) {
        continue;
      }
      Blind33Secrets.Kind k = Blind33Secrets.kind(x.kind());
      assertTrue(k.valid().test(x.secret()), "malformed " + x.kind() + ": " + x.secret());
      if (x.label() == Label.PLAIN) {
        assertTrue(x.text().contains(x.secret()), "plain row lacks its secret: " + x.text());
      } else {
        assertFalse(x.text().contains(x.secret()), "encoded row holds its secret verbatim: " + x.encoding() + " " + x.text());
        for (String p : x.parts()) {
          assertTrue(x.text().contains(p), "encoded row lacks part " + p + " :: " + x.text());
        }
      }
    }
  }

  @Test
  void checksumsCatchCorruption() {
    assertTrue(Blind33Util.luhnValid("4539578763621486"));
    assertFalse(Blind33Util.luhnValid("4539578763621487"));
    assertTrue(Blind33Util.ibanValid("GB82 WEST 1234 5698 7654 32"));
    assertFalse(Blind33Util.ibanValid("GB82 WEST 1234 5698 7654 33"));
    assertTrue(Blind33Secrets.bsnValid("111222333"));
    assertTrue(Blind33Secrets.dniValid("12345678Z"));
  }

  @Test
  void negativesHoldNoGeneratedSecret() {
    Set<String> secrets = new HashSet<>();
    for (Row x : Blind33Corpus.rows()) {
      if (x.label() != Label.NEGATIVE) {
        secrets.add(x.secret());
      }
    }
    for (Row x : Blind33Corpus.rows()) {
      if (x.label() == Label.NEGATIVE) {
        for (String s : secrets) {
          assertFalse(x.text().contains(s), "negative holds a secret: " + x.text());
        }
      }
    }
  }
}
