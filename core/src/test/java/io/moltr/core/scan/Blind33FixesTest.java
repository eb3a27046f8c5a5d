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
}
