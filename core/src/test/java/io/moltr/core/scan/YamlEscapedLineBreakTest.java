package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * In a double-quoted YAML scalar a backslash at the end of a line joins the next line without
 * its indentation: a key wrapped that way is one word again. Outside quotes (a shell command
 * continued over lines) the indentation stays a separator.
 */
class YamlEscapedLineBreakTest {
  private static ScanReport scan(String text) {
    return Fixtures.scanner().scan(text);
  }

  @Test
  void aTokenWithoutPrefixWrappedInADoubleQuotedScalarIsFound() {
    ScanReport r = scan("env:\n  TELEGRAM_BOT_TOKEN: \"6874169578:AArgGANZQ2ck\\\n"
        + "    KP2pY35BdiwDAJmeI8nW73B\"\n  debug: false\n");
    assertThat(r.findings()).extracting(Finding::ruleId).contains("telegram-bot-token");
    assertThat(r.redacted()).doesNotContain("KP2pY35BdiwDAJmeI8nW73B");
  }

  @Test
  void aGenericSecretWrappedTheSameWayIsFound() {
    ScanReport r = scan("app:\n  signing_secret: \"Xq7vR2mK9pL4sT8w\\\n      Zb3nC6yD1fG5hJ0k\"\n");
    assertThat(r.clean()).isFalse();
  }

  @Test
  void commandsAndProseContinuedOverLinesStayClean() {
    assertThat(scan("docker run --rm \\\n    -e FOO=bar \\\n    nginx:latest\n").findings()).isEmpty();
    assertThat(scan("msg: \"the deploy finished\\\n    without errors\"\n").findings()).isEmpty();
    assertThat(scan("RUN ./configure --prefix=/usr\\\n    --enable-shared && make\n").findings()).isEmpty();
  }
}
