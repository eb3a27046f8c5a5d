package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A key wrapped over line comments ("# xoxb-...-", "# ...-", "# ...") is joined as a list's items are. */
class CommentLinePiecesTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "# Slack bot token, wrapped to fit the column:\n# xoxb-4417205839-\n# 6620183940571-\n# Zq8rT2vLm4Nc7Xw1Pe9Ks3Hd\nCHANNEL = \"#alerts\"\n",
      "    ; xoxb-4417205839-\n    ; 6620183940571-\n    ; Zq8rT2vLm4Nc7Xw1Pe9Ks3Hd\n",
      "-- xoxb-4417205839-\n-- 6620183940571-\n-- Zq8rT2vLm4Nc7Xw1Pe9Ks3Hd\nSELECT 1;\n",
      "  // xoxb-4417205839-\n  // 6620183940571-\n  // Zq8rT2vLm4Nc7Xw1Pe9Ks3Hd\n",
  })
  void aKeyWrappedOverCommentLinesIsFound(String text) {
    assertThat(Fixtures.scanner().scan(text).findings()).as(text).anyMatch(f -> f.ruleId().startsWith("slack"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "# Requirements\n# pip install requests\n# TODO cleanup\n",
      "#!/bin/sh\n# deploy.sh\n# --------\n# usage: deploy\n# xoxb-style tokens are read from SLACK_TOKEN\n",
      "// sk-\n// see the vault for the key\n",
  })
  void commentsThatHoldNoKeyAreClean(String text) {
    assertThat(Fixtures.scanner().scan(text).findings()).as(text).isEmpty();
  }
}
