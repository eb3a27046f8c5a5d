package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A mail body in quoted-printable whose soft line breaks cut a key and that holds no =XX escape:
 * read because the message names its encoding, in any case (without the name the
 * same body is not read as quoted-printable: a line ending in = is also base64 padding).
 */
class QuotedPrintableNamedTest {
  @ParameterizedTest
  @ValueSource(strings = {"quoted-printable", "Quoted-Printable", "QUOTED-PRINTABLE"})
  void aBodyThatNamesItsEncodingIsJoinedAtItsSoftBreaks(String name) {
    String body = "Hello team, the new staging credentials are below, please store them in the vault today"
        + " aws_secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ9vLm3kTd and rotate next week";
    assertThat(Fixtures.scanner().scan(body).findings()).extracting(Finding::ruleId)
        .contains("aws-secret-access-key");
    StringBuilder qp = new StringBuilder();
    for (int i = 0; i < body.length(); i += 75) {
      qp.append(body, i, Math.min(body.length(), i + 75));
      qp.append(i + 75 < body.length() ? "=\n" : "\n");
    }
    String mail = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: " + name
        + "\n\n" + qp;
    ScanReport r = Fixtures.scanner().scan(mail);
    assertThat(r.findings()).extracting(Finding::ruleId).contains("aws-secret-access-key");
  }
}
