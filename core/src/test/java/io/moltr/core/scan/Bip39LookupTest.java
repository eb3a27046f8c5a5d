package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The allocation-free word lookups answer as the list's map does, for words and non-words. */
class Bip39LookupTest {
  @Test
  void everyListWordIsFoundAtItsIndexInEveryForm() {
    for (int i = 0; i < Bip39.WORDS.size(); i++) {
      String w = Bip39.WORDS.get(i);
      assertThat(Bip39.indexOf(w, 0, w.length())).as(w).isEqualTo(i);
      char[] plain = w.toCharArray();
      assertThat(Bip39.indexOf(plain, 0, plain.length, Bip39.PLAIN)).as(w).isEqualTo(i);
      char[] reversed = new StringBuilder(w).reverse().toString().toCharArray();
      assertThat(Bip39.indexOf(reversed, 0, reversed.length, Bip39.REVERSED)).as(w).isEqualTo(i);
      char[] rotated = new char[plain.length];
      for (int k = 0; k < plain.length; k++) {
        rotated[k] = Decoders.rot13(plain[k]);
      }
      assertThat(Bip39.indexOf(rotated, 0, rotated.length, Bip39.ROT13)).as(w).isEqualTo(i);
    }
  }

  @Provide
  Arbitrary<String> nearWords() {
    Arbitrary<String> letters = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3)
        .ofMaxLength(9);
    // A list word with one letter changed, cut or extended: shares a prefix with a real word.
    Arbitrary<String> edited = Arbitraries.integers().between(0, 2047).flatMap(i -> {
      String w = Bip39.WORDS.get(i);
      return Arbitraries.integers().between(0, w.length()).flatMap(at ->
          Arbitraries.chars().range('a', 'z').map(c -> w.substring(0, at) + c
              + w.substring(Math.min(w.length(), at + 1))));
    });
    return Arbitraries.oneOf(letters, edited);
  }

  @Property(tries = 20000)
  void lookupsAgreeWithTheMap(@ForAll("nearWords") String w) {
    int expected = Bip39.indexOf(w);
    assertThat(Bip39.indexOf(w, 0, w.length())).isEqualTo(expected);
    char[] c = ("  " + w + " ").toCharArray();
    assertThat(Bip39.indexOf(c, 2, w.length(), Bip39.PLAIN)).isEqualTo(expected);
  }
}
