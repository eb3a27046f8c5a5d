package io.moltr.core.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.Decision;
import io.moltr.core.RequestContext;
import io.moltr.core.Shield;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Secrets in URLs bound for allowed hosts, through the whole shield as /check/url runs it: the
 * raw URL and its decoded parts (one per line) both go through the output scanner.
 * Keys are generated in their real formats (valid GitHub checksum); none is live.
 */
class UrlSecretScanTest {
  private static final String GHS = "ghs_Ky9Pf34qY6Nb3wWD25RQ4F5ZR3qa7y3gm1IL";
  /** The same token with its checksum broken: no GitHub token. */
  private static final String GHS_BAD_CRC = "ghs_Ky9Pf34qY6Nb3wWD25RQ4F5ZR3qa7y3gm1IM";
  private static Shield shield;

  @BeforeAll
  static void build() throws IOException {
    shield = BlindUrlCorpusTest.shield(new FakeResolver());
  }

  private static String rule(String url) {
    Decision d = shield.checkUrl(url, null, RequestContext.LOCAL);
    return d instanceof Decision.Deny deny ? deny.ruleId() : "allow";
  }

  @Test
  void keyRightAfterAPathSlashIsFound() {
    assertThat(rule("https://raw.githubusercontent.com/o/r/main/" + GHS)).startsWith("scan.");
    assertThat(rule("https://github.com/o/r/AKIAODZDOCIS2JHTLGMX/x")).startsWith("scan.");
    // Near cases: a broken checksum is no token, a commit SHA and a file path are no keys.
    assertThat(rule("https://raw.githubusercontent.com/o/r/main/" + GHS_BAD_CRC)).isEqualTo("allow");
    assertThat(rule("https://github.com/o/r/blob/8f3c2a1e9b7d6c5f4e3a2b1c0d9e8f7a6b5c4d3e/src/main.py"))
        .isEqualTo("allow");
  }

  @Test
  void base64InOnePathSegmentIsDecoded() {
    String awsPair = "QUtJQU9EWkRPQ0lTMkpIVExHTVg6bWloQSsyTzc2VU1GeEZrTStSNUtqcDF2UnQvMWZqT1JTKzZpbEk4aQ";
    assertThat(rule("https://raw.githubusercontent.com/o/r/main/" + awsPair)).startsWith("scan.");
    // Near case: base64 that decodes to nothing secret (a GitHub node id) passes.
    assertThat(rule("https://api.github.com/node/MDQ6VXNlcjU4MzIzMQ==")).isEqualTo("allow");
  }

  @Test
  void upperCaseKeyWrittenInLowerCaseAsAHostLabelIsFound() {
    assertThat(rule("https://akiaodzdocis2jhtlgmx.supabase.co/")).startsWith("scan.");
    // Near case: an ordinary 20-letter project ref under the same wildcard.
    assertThat(rule("https://qwhzkrtbnmvlpxsdfgea.supabase.co/rest/v1/todos?select=*")).isEqualTo("allow");
  }
}
