package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Folding in place gives the text, characters and offsets of folding into a new array. */
class FoldEquivalenceTest {
  @Provide
  Arbitrary<String> mixed() {
    // ASCII, Latin-1 (soft hyphen, NBSP), dashes, zero-width, look-alikes, fullwidth, ligatures
    // (NFKC expands them), surrogate pairs (math letters, tag characters).
    return Arbitraries.of("a", "Z", " ", "-", "\u00ad", "\u00a0", "\u00fc", "\u2013", "\u200b",
        "\u200d", "\u0430", "\u0391", "\uff41", "\ufb03", "\u2460", "\ud835\udc00", "\udb40\udc41",
        "\ud800", "sk-", "0123456789").list().ofMaxSize(80).map(l -> String.join("", l));
  }

  @Property(tries = 2000)
  void inPlaceFoldEqualsCopyingFold(@ForAll("mixed") String text) {
    assertSame(text);
  }

  @Property(tries = 300)
  void sameOnArbitraryStrings(@ForAll String text) {
    assertSame(text);
  }

  private static void assertSame(String text) {
    TextNormalizer.Folded fast = TextNormalizer.fold(text);
    TextNormalizer.Folded ref = TextNormalizer.foldCopying(text);
    assertThat(fast.text()).isEqualTo(ref.text());
    assertThat(fast.chars()).isEqualTo(ref.chars());
    // The tag layer is read only when folding says it dropped a tag character.
    boolean tags = text.codePoints().anyMatch(TextNormalizer::isTag);
    assertThat(fast.droppedTags()).isEqualTo(tags);
    assertThat(ref.droppedTags()).isEqualTo(tags);
    if (ref.toOriginal() == null || fast.toOriginal() == null) {
      // Nothing changed: both skip the map, or the copying fold made an identity one.
      assertThat(fast.text()).isEqualTo(text);
      return;
    }
    for (int i = 0; i <= ref.text().length(); i++) {
      assertThat(fast.toOriginal().toOriginal(i)).as("offset %d", i)
          .isEqualTo(ref.toOriginal().toOriginal(i));
    }
  }
}
