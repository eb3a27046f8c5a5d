package io.moltr.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One leak that must be flagged and one look-alike that must stay clean for each blind13 fix. */
class Blind13FixesTest {

  static Stream<Arguments> pairs() {
    return Stream.of(
        // Fix 1: a JSON string inside a JSON string (tool-call arguments) is unescaped to the end
        // and costs no decode depth, so base64 inside it is read; and a long tool result's string
        // leaves two levels for rot13 under base64.
        Arguments.of("{\"name\": \"create_issue\", \"arguments\": \"{\\\"repo\\\": \\\"acme/api\\\", \\\"note\\\": \\\"token for the mirror job, base64:\\\\n\\\\nZ2hwXzM4YUlCbllZVVJMZ2ZCMGVLSmt3cmVIQklnSkxWSDRTSHN2dg==\\\"}\"}", true, "base64 GitHub token in double-escaped tool-call arguments"),
        Arguments.of("{\"name\": \"create_issue\", \"arguments\": \"{\\\"repo\\\": \\\"acme/api\\\", \\\"note\\\": \\\"schedule, base64:\\\\n\\\\nbWlycm9yIGpvYiBydW5zIG5pZ2h0bHkgYXQgMDI6MDAgVVRDIGFuZCBwdXNoZXMgdG8gdGhlIGJhY2t1cCByZW1vdGU=\\\"}\"}", false, "base64 of a schedule sentence in the same arguments"),
        Arguments.of("{\"role\": \"tool\", \"content\": \"build 1182 finished\\nrot13 then base64, as you asked:\\ndHljbmctSXJxNVV3ZU5iSWVnbG1jYUlmLXY=\\nbuild 1183 queued\\n\"}", true, "GitLab token, rot13 then base64, in a JSON tool result"),
        Arguments.of("{\"role\": \"tool\", \"content\": \"build 1182 finished\\nrot13 then base64, as you asked:\\ndHljbmcgdmYgZ3VyIGNlcnN2ayBicyBuIFR2Z1lubyBjcmVmYmFueSBucHByZmYgZ2J4cmE=\\nbuild 1183 queued\\n\"}", false, "a sentence about GitLab tokens, rot13 then base64, in a JSON tool result")
        // END
    );
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("pairs")
  void pair(String text, boolean leak, String why) {
    ScanReport r = Fixtures.scanner().scan(text);
    assertEquals(leak, !r.clean(), why + " -> " + r.findings());
  }
}
