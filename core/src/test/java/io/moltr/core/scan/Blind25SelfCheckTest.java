package io.moltr.core.scan;

import static io.moltr.core.scan.Blind25Util.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.scan.Blind25Corpus.Row;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sanity of the Blind25 generator itself (no scanner involved). */
class Blind25SelfCheckTest {
  static boolean containsForm(String text, String form) {
    if (form.contains("\n")) {
      for (String line : form.split("\n")) {
        if (!line.isEmpty() && !containsOne(text, line)) {
          return false;
        }
      }
      return true;
    }
    return containsOne(text, form);
  }

  static boolean containsOne(String text, String form) {
    return text.contains(form) || text.contains(js(form)) || text.contains(js(js(form))) || text.contains(js(js(js(form))))
        || text.contains(xml(form)) || text.contains(form.replace("\"", "\"\"")) || text.contains(form.replace("'", "''"))
        || text.contains(js(xml(form)));
  }

  @Test
  void countsAndKinds() {
    List<Row> rows = Blind25Corpus.rows();
    Set<String> kinds = new HashSet<>();
    Set<String> negGens = new HashSet<>();
    Set<String> encs = new HashSet<>();
    int plain = 0;
    int enc = 0;
    int neg = 0;
    for (Row row : rows) {
      switch (row.label()) {
        case "PLAIN" -> {
          plain++;
          kinds.add(row.kind());
        }
        case "ENCODED" -> {
          enc++;
          encs.add(row.encoding());
        }
        default -> {
          neg++;
          negGens.add(row.kind());
        }
      }
    }
    assertThat(plain).isEqualTo(300);
    assertThat(enc).isEqualTo(120);
    assertThat(neg).isGreaterThanOrEqualTo(1000);
    assertThat(kinds.size()).isGreaterThanOrEqualTo(55);
    assertThat(negGens.size()).isGreaterThanOrEqualTo(50);
    assertThat(encs.size()).isGreaterThanOrEqualTo(12);
    assertThat(Blind25Structs.ALL.size()).isGreaterThanOrEqualTo(40);
  }

  @Test
  void checksumsHold() {
    for (Row row : Blind25Corpus.rows()) {
      if (row.secret() == null) {
        continue;
      }
      String v = row.secret();
      if (row.kind().startsWith("card_")) {
        assertThat(luhnOk(v)).as(v).isTrue();
      }
      if (row.kind().equals("iban")) {
        assertThat(mod97(v)).as(v).isEqualTo(1);
      }
      if (row.kind().equals("github_pat") || row.kind().equals("github_app")) {
        assertThat(crcTokenOk(v, 4)).as(v).isTrue();
      }
      if (row.kind().equals("npm")) {
        assertThat(crcTokenOk(v, 4)).as(v).isTrue();
      }
      if (row.kind().equals("btc_wif")) {
        assertThat(base58checkOk(v)).as(v).isTrue();
        assertThat(v).matches("[KL][1-9A-HJ-NP-Za-km-z]{51}");
      }
      if (row.kind().equals("jwt")) {
        assertThat(v.split("\\.")).hasSize(3);
      }
    }
  }

  @Test
  void positivesCarryTheirSecretInTheStatedForm() {
    List<String> bad = new ArrayList<>();
    for (Row row : Blind25Corpus.rows()) {
      if (row.label().equals("PLAIN") && !containsForm(row.text(), row.secret())) {
        bad.add(row.kind() + "/" + row.context());
      }
      if (row.label().equals("ENCODED")) {
        if (containsForm(row.text(), row.secret())) {
          bad.add("plain inside encoded: " + row.kind() + "/" + row.encoding());
        }
        if (row.form() != null && !containsForm(row.text(), row.form())) {
          bad.add("encoded form missing: " + row.kind() + "/" + row.encoding() + "/" + row.context());
        }
      }
    }
    assertThat(bad).isEmpty();
  }

  @Test
  void negativesHoldNoGeneratedSecretAndFailTheirChecksums() {
    Set<String> secrets = new HashSet<>();
    for (Row row : Blind25Corpus.rows()) {
      if (row.secret() != null) {
        secrets.add(row.secret());
      }
    }
    for (Row row : Blind25Corpus.rows()) {
      if (!row.label().equals("NEGATIVE")) {
        continue;
      }
      for (String s : secrets) {
        assertThat(row.text()).doesNotContain(s);
      }
      if (row.kind().startsWith("luhn-fail")) {
        assertThat(luhnOk(row.form())).as(row.form()).isFalse();
      }
      if (row.kind().equals("iban-fail")) {
        assertThat(mod97(row.form())).as(row.form()).isNotEqualTo(1);
      }
    }
  }
}
