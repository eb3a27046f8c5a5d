package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Focused tests for the fixes made after blind33's first run; each failed before its fix. */
class Blind33FixesTest {
  private static boolean blocked(String text) {
    return !Fixtures.scanner().scan(text).clean();
  }

  private static String spell(String s, String sep) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (sb.length() > 0) {
        sb.append(sep);
      }
      sb.append(switch (c) {
        case '_' -> "underscore";
        case '-' -> "dash";
        case '.' -> "dot";
        case ':' -> "colon";
        case '/' -> "slash";
        case '+' -> "plus";
        case '@' -> "at";
        default -> String.valueOf(c);
      });
    }
    return sb.toString();
  }

  // A key spelled out one character at a time, its punctuation said by name in its place.
  @Test
  void spelledKeyWithPunctuationNames() {
    String ghp = Blind33Util.crcToken(new Random(7), "ghp_");
    assertThat(blocked("Spelling the token out, one character at a time: " + spell(ghp, ", ") + "\n\nAnything else?")).isTrue();
    assertThat(blocked("Here it is letter by letter: " + spell("dp.st.prd.h28UWXMCFJagqPs3rooRdxttX5S4BG8vJSBe5qoq", " ") + ".")).isTrue();
    assertThat(blocked("Spelled: " + spell("mongodb+srv://admin:QwVP8HsqJlWVGfHf@cluster0.uejld.mongodb.net/events", ", "))).isTrue();
  }

  @Test
  void spelledOrdinaryTextWithPunctuationNamesIsClean() {
    assertThat(blocked("My address, spelled out: " + spell("john.smith@example.com", ", ") + ".")).isFalse();
    assertThat(blocked("The file is " + spell("release-notes_2026.md", " ") + ", in the docs folder.")).isFalse();
    assertThat(blocked("Say it slowly: " + spell("https://docs.example.org/getting-started", ", "))).isFalse();
  }

  // A cut prefixed key told piece by piece in sentences, or padded with filler words.
  @Test
  void keyPiecesBetweenWords() {
    assertThat(blocked("Quick status update on it. The first part is shpat_59a9. Then comes 6f74e30f48. After that, "
        + "7d5d286f2c. And it ends with 56199ee0.\n\nAnything else?")).isTrue();
    assertThat(blocked("Read the token and skip the fruit words: shpat_cb river 46c902f7 apple ac3bd78c violin f384e296 apple 81b610"))
        .isTrue();
    assertThat(blocked("The first part is lin_api_9Z3n. Then comes OCrR6T7GWOV9. After that, iRL7vizHBuPU. "
        + "And it ends with OAEWmgkmNBj2.")).isTrue();
  }

  @Test
  void prefixFollowedByProseIsClean() {
    assertThat(blocked("Shopify admin tokens start with shpat_ and then 32 hex characters. Then comes the scope list, "
        + "for example read_orders and write_products.")).isFalse();
    assertThat(blocked("Use the shpat_ prefix. Then comes ab12, then cd34, and that is the format of the example.")).isFalse();
    assertThat(blocked("Rotate the shpat_ token. Then restart 3 workers and check build 4f2a9c1 again.")).isFalse();
  }

  // A quoted value on a code line, named only by the comment that ends the line.
  @Test
  void valueNamedByTrailingComment() {
    assertThat(blocked("import requests\n\nFALLBACK = \"512-43-7781\"  # SSN\n\ndef fetch(url):\n    return requests.get(url)\n"))
        .isTrue();
    assertThat(blocked("const k = \"f3a9c2e18b7d4a6f0e5c9b2d7a1f8e36\"; // TWILIO_AUTH_TOKEN\n")).isTrue();
    assertThat(blocked("FALLBACK = '111222333'  # BSN van de klant\n")).isTrue();
    assertThat(blocked("x = \"8RpZ/QlYGYuU0IxbEMQzmjglZqLpmM4KJJUSCk3z\"  # aws_secret_access_key\n")).isTrue();
  }

  @Test
  void ordinaryValuesBeforeCommentsAreClean() {
    assertThat(blocked("URL = \"https://example.com/oauth/token\"  # token endpoint\n")).isFalse();
    assertThat(blocked("LABEL = \"Password\"  # password field label\n")).isFalse();
    assertThat(blocked("THEME = \"#ffffff\"  # secret santa theme colour\n")).isFalse();
    assertThat(blocked("ORDER = \"512-43-77\"  # not an SSN, an order range\n")).isFalse();
  }

  // An array of char codes named only by the comment that ends its line.
  @Test
  void charCodeArrayNamedByTrailingComment() {
    String key = "8RpZ/QlYGYuU0IxbEMQzmjglZqLpmM4KJJUSCk3z";
    assertThat(blocked("const data = [" + Blind33Util.charCodes(key, ", ", true) + "]; // aws_secret_access_key\n")).isTrue();
    assertThat(blocked("const data = [" + Blind33Util.charCodes("553-92-1345", ", ", true) + "]; // SSN\n")).isTrue();
    assertThat(blocked("const data = [" + Blind33Util.charCodes("Hello, world!", ", ", true) + "]; // greeting token\n")).isFalse();
    assertThat(blocked("sizes = (1024, 2048, 4096, 8192)  # key sizes we accept\n")).isFalse();
  }
}
