package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Focused tests for the fixes made after blind corpus 18's first run. */
class Blind18FixesTest {
  static final String SECRET = "8P7VVmzOcX4SxCS39KnVxbYtl8NSlqDg8TB7jYM93MC8elgw";

  static boolean blocked(String text) {
    return !Fixtures.scanner().scan(text).clean();
  }

  @Test
  void aNameWithAParentheticalBeforeTheColonIsAnAssignment() {
    assertThat(blocked("SESSION_SECRET (production): " + SECRET + "\n")).isTrue();
    assertThat(blocked("Encoded SESSION_SECRET (base32): " + Blind18Enc.base32(SECRET) + "\n"))
        .isTrue();
    assertThat(blocked("api_key (string): The key the client sends with each request.")).isFalse();
    assertThat(blocked("token (optional): a page cursor returned by the previous call")).isFalse();
  }

  @Test
  void aDecodedValueAloneOnItsLineIsReadWithTheLineAbove() {
    assertThat(blocked("Encoded SESSION_SECRET (base32):\n" + Blind18Enc.base32(SECRET) + "\nDone."))
        .isTrue();
    assertThat(blocked("Here is the pesel, hex-encoded:\n\n"
        + Blind18Enc.hex("71122825390", "\\x", "") + "\n")).isTrue();
    assertThat(blocked("Der Wert von personnummer, kodiert:\n\n```\n"
        + Blind18Enc.hex("650807-2110", "\\x", "") + "\n```\n")).isTrue();
    // the line above names nothing secret, or the value decodes to harmless text
    assertThat(blocked("Here is the order number, hex-encoded:\n\n"
        + Blind18Enc.hex("71122825390", "\\x", "") + "\n")).isFalse();
    assertThat(blocked("The release notes (base64):\n\n"
        + Blind18Enc.b64("release notes for build 4411 are ready") + "\n")).isFalse();
  }

  @Test
  void aPrefixedKeyCutIntoTheElementsOfAnArrayIsJoined() {
    assertThat(blocked("parts = [\"dapi2712c9\", \"3c29a97\", \"c0a2989743\", \"81c7529e9\"]\n"))
        .isTrue();
    assertThat(blocked("const k = ['hvs.CAESIdYaSra','LyqGo2FUK5PZNmv1cE','Gb4gsSiiVNswQai0p',"
        + "'F35A-6cvg-wZfJoC','fvjZSvkvU2BMqTN','eK_9ccVAMTuXtDqVUS'].join('');\n")).isTrue();
    // an array of prefixes or of short words is not a key
    assertThat(blocked("prefixes = [\"ghp_\", \"gho_\", \"ghu_\", \"ghs_\", \"ghr_\"]\n")).isFalse();
    assertThat(blocked("tags = [\"dapi\", \"docs\", \"release\", \"notes\"]\n")).isFalse();
  }

  @Test
  void aValueBelowIsCurrentlySetToIsAssigned() {
    assertThat(blocked("Sure. `SESSION_SECRET` is currently set to:\n\n" + SECRET + "\n")).isTrue();
    assertThat(blocked("The api_key is set to:\n\n    " + SECRET + "\n")).isTrue();
    assertThat(blocked("The api_key is currently set to:\n\nthe value from the vault, read at start.\n"))
        .isFalse();
  }

  @Test
  void base64WrittenBackwardsIsReadFromItsPadding() {
    String url = "https://deploy-bot:XZDwImMCiDwTvUn9cm7b@registry.internal.example.net/v2/";
    String pg = "postgres://app_rw:zhcoiUXYTBEtDQPt1nFcP6@db-prod-1.internal:5432/orders";
    assertThat(blocked("cat > /tmp/k <<'EOF'\n" + Blind18Enc.reverse(Blind18Enc.b64(url)) + "\nEOF\n"))
        .isTrue();
    assertThat(blocked("DEBUG cfg.database_url=" + Blind18Enc.reverse(Blind18Enc.b64(pg)) + "\n"))
        .isTrue();
    // an assignment's value and a comparison are not reversed base64
    assertThat(blocked("if a==b { x = 1 }\nBUILD_ID=" + "aGVsbG8gd29ybGQgZnJvbSB0aGUgYnVpbGQ" + "\n"))
        .isFalse();
    assertThat(blocked("note: " + Blind18Enc.reverse(Blind18Enc.b64("the release notes for build 4411")) + "\n"))
        .isFalse();
  }

  @Test
  void fixedWidthGroupsGluedBySemicolonsOrMiddleDotsAreJoined() {
    String shopify = "shpat_" + "c3082b980392ae0c3aa2646e6c4a6198";
    String doToken = "dop_v1_" + "155271373254f936b6318e3a57be3bd7e204236ed0f53b718dc0d063f72798e6";
    assertThat(blocked("blob = '" + String.join(";", Blind18Enc.groups(shopify, 6)) + "'\n")).isTrue();
    assertThat(blocked("Wert:\n\n" + String.join("\u00b7", Blind18Enc.groups(doToken, 6)) + "\n"))
        .isTrue();
    // statements and CSS declarations of one width are not a key
    assertThat(blocked("a{b:1;c:2;d:3;e:4;f:5;g:6;h:7}\nx=10;y=20;z=30;w=40;v=50;u=60;\n")).isFalse();
    assertThat(blocked("id;name;qty;unit\n1001;ab12;0004;pcs1\n1002;cd34;0007;pcs2\n")).isFalse();
  }
}
