package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.config.ConfigNode;
import org.junit.jupiter.api.Test;

/**
 * The piece joiner spawns a layer, read by every rule, for each run it joins: on ordinary text
 * it must join nothing, or a log of a few KiB pays for dozens of layers.
 */
class PieceJoinCostTest {
  private static final KeywordIndex INDEX = new KeywordIndex(
      RuleSet.fromConfig(ConfigNode.load(Fixtures.configDir().resolve("scan_patterns.yaml"))),
      RegisteredSecrets.NONE);

  private static int layers(String text) {
    ScanRun run = new ScanRun(INDEX, text, 3);
    run.run();
    return run.layers();
  }

  @Test
  void proseWordsBetweenNumbersAreNotPiecesOfAKey() {
    // "build" and "#1187" are one width, "see" may carry a name, "for" is a shorter last piece:
    // the shape of a split key, but three of the four pieces are prose words.
    assertThat(layers("The deploy finished in 42s; see build #1187 for details.\n")).isZero();
    assertThat(layers("retry 3 of 5: wait until task #4411 ends then exit\n")).isZero();
  }

  @Test
  void aKeyInPiecesStillSpawnsItsJoin() {
    assertThat(layers("aws_access_key_id = AKIAZ | 7QH3K | XW5N2 | LRT4M\n")).isPositive();
    assertThat(layers("key parts: mysq l:// admi n:PO XnbH 2dzW Zq9g ~aqM NIgg lZ@d b.in\n"))
        .isPositive();
  }
}
