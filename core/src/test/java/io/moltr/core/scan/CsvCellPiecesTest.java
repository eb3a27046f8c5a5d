package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A prefixed key cut into two cells of a CSV row (no space after the comma) is rejoined as a key
 * cut after ", " always was; a short prefix-like cell beside ordinary cells stays clean.
 */
class CsvCellPiecesTest {
  @Test
  void aKeyCutIntoTwoCsvCellsIsFound() {
    ScanReport r = Fixtures.scanner().scan(
        "name,part_a,part_b\nHF_TOKEN,hf_cwewceYOPxWnVAJ,tDTlpeyJvswltXCMkGi\n");
    assertThat(r.findings()).extracting(Finding::ruleId).contains("huggingface-token");
    assertThat(r.redacted()).doesNotContain("hf_cwewceYOPxWnVAJ");
  }

  @Test
  void ordinaryCsvRowsStayClean() {
    assertThat(Fixtures.scanner().scan(
        "model,provider,max_tokens\ngpt-4o,openai,4096\nsk-,prefix,12\nghp_,github,40\n").findings())
        .isEmpty();
    assertThat(Fixtures.scanner().scan(
        "id,name,tags\n17,hf_hub,nlp,transformers,datasets\n18,sk-learn,ml,sklearn\n").findings())
        .isEmpty();
  }
}
