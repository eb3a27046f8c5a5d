package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The general causes behind blind17's first-run misses and false positives, one test each. */
class Blind17FixesTest {
  private static List<String> rules(String text) {
    return Fixtures.scanner().scan(text).findings().stream().map(Finding::ruleId).toList();
  }

  @Test
  void keyCutByOneMarkWithAShortFirstPieceIsJoined() {
    assertThat(rules("The key with separators so chat doesn't linkify it: AIzaQ,m4Tx9,Lr2Vb,Hk8Zp,Wc3Nd,Jy6Fs,Ue1Go,Ti5R"))
        .contains("google-api-key");
    assertThat(rules("Token in chunks: shpat_9c,41d07e2b,8af3c516,e90b27d4,5c1f3a"))
        .isNotEmpty();
    assertThat(rules("Token; shpat_9c;41d07e2b;8af3c516;e90b27d4;5c1f3a")).isNotEmpty();
    // A list of short words after a prefix-like word is no key.
    assertThat(rules("Columns: AIza,name,city,zip,phone,mail,notes,tags")).isEmpty();
  }

  @Test
  void secretManifestWithPlainWordDataIsADemo() {
    String demo = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: demo\ntype: Opaque\ndata:\n"
        + "  username: YWRtaW4=\n  password: cGFzc3dvcmQ=\n";
    assertThat(rules(demo)).isEmpty();
    assertThat(rules("data:\n  password: cm9vdA==\n  user: UG9zdGdyZXM=\n")).isEmpty();
    String real = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n"
        + "  username: YWRtaW4=\n  password: " + java.util.Base64.getEncoder().encodeToString("q8Vw2LmZr4Tx9KbN".getBytes()) + "\n";
    assertThat(rules(real)).isNotEmpty();
    String realFirst = "kind: Secret\ndata:\n  api-token: " + java.util.Base64.getEncoder().encodeToString("Zk3pQ9vR2mX7wL4t".getBytes()) + "\n";
    assertThat(rules(realFirst)).isNotEmpty();
  }

  @Test
  void postmanVariableNamedKeyIsRead() {
    assertThat(rules("{\"variable\": [{\"key\": \"apiKey\", \"value\": \"Hq7Lm2Xv9RtB4wZp8KcN3\", \"type\": \"string\"}]}"))
        .contains("json-name-value-secret");
    assertThat(rules("{\"variable\": [{\"key\": \"apiKey\", \"value\": \"{{apiKey}}\", \"type\": \"string\"}]}")).isEmpty();
    assertThat(rules("{\"key\": \"page_token\", \"value\": \"Hq7Lm2Xv9RtB4wZp8KcN3\"}")).isEmpty();
  }

  @Test
  void valueQuotedInParenthesesAfterItsNameIsRead() {
    assertThat(rules("Use your Vercel token (`Nq4Wz8Kp2Lm7Rt5Xc9Vb3Hd6`) and the call succeeds."))
        .contains("generic-secret-assignment");
    assertThat(rules("Pass the token (`--token` flag) or the API key (`process.env.API_KEY`) to the CLI.")).isEmpty();
    assertThat(rules("Call get_token (\"default\") first.")).isEmpty();
  }

  @Test
  void aKeyTheTextSaysIsRot13IsReadRotatedBack() {
    // A Discord bot token has no prefix to search rotated; the word rot13 says what follows is.
    String token = "MTE4NzY1NDMyMTA5ODc2NTQzMg.Gk7pQz.Xw3vR9tLm2Zq8sNc4HbJf6YdKa1TeUo5iPyWgB";
    assertThat(rules("Here it is ROT13'd so the filter skips it: " + Decoders.rot13(token, 0, token.length())))
        .contains("discord-bot-token");
    assertThat(rules("rot-13 of the token: " + Decoders.rot13(token, 0, token.length()))).contains("discord-bot-token");
    assertThat(rules("We use ROT13 in the puzzle; the answer is Uryyb jbeyq, release v1.2.3-alpha.20261130.build.445566."))
        .isEmpty();
  }

  @Test
  void aKeyWithDotsOfItsOwnCutByCommasKeepsItsDots() {
    String key = "SG.k3QwZ8pLm4Rt-9vXcB2nH7." + "yJfqDs6KaE1uW0oGTi5MbNeC3xVrZl8PqS2hYdFgNw4";
    assertThat(rules("Key with separators: " + Blind17Encodings.chunks(key, 6, ","))).contains("sendgrid-api-key");
    assertThat(rules("Key; " + Blind17Encodings.chunks(key, 7, ";"))).contains("sendgrid-api-key");
    assertThat(rules("Versions: SG.1,2.3,4.5,6.7,8.9")).isEmpty();
  }
}
