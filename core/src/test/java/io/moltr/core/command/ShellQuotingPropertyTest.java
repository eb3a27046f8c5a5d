package io.moltr.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.command.Script.SimpleCommand;
import io.moltr.core.command.Script.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every way of quoting and escaping the same argv parses back to exactly that argv. */
class ShellQuotingPropertyTest {
  private static final Set<String> RESERVED = Set.of("if", "then", "elif", "else", "fi", "do",
      "done", "while", "until", "!", "{", "}", "for", "case", "function", "coproc", "select", "[[");

  @Provide
  Arbitrary<List<String>> argvs() {
    Arbitrary<String> word = Arbitraries.strings()
        .withCharRange(' ', '~')
        .withChars('\n', '\t', 'é', '€', 'ß')
        .ofMinLength(0)
        .ofMaxLength(12);
    return word.list().ofMinSize(1).ofMaxSize(6);
  }

  @Property(tries = 400)
  void everyQuotingOfAnArgvParsesToThatArgv(@ForAll("argvs") List<String> argv,
      @ForAll long seed) throws Exception {
    Random random = new Random(seed);
    StringBuilder line = new StringBuilder();
    for (String w : argv) {
      if (line.length() > 0) {
        line.append(random.nextBoolean() ? " " : " \t ");
      }
      line.append(render(w, random));
    }
    Script script = ShellParser.parse(line.toString());
    assertThat(script.commands()).as(line.toString()).hasSize(1);
    SimpleCommand sc = script.commands().get(0);
    List<String> parsed = new ArrayList<>();
    sc.assignments().forEach(a -> parsed.add(a.text()));
    sc.words().forEach(x -> parsed.add(x.text()));
    assertThat(parsed).as(line.toString()).isEqualTo(argv);
    for (Word x : sc.words()) {
      assertThat(x.dynamic()).as(line.toString()).isFalse();
    }
  }

  /** The word in random chunks, each chunk in one of the shell's quoting forms. */
  static String render(String w, Random random) {
    if (w.isEmpty()) {
      return random.nextBoolean() ? "''" : "\"\"";
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < w.length()) {
      int len = 1 + random.nextInt(Math.max(1, w.length() - i));
      String chunk = w.substring(i, i + len);
      out.append(renderChunk(chunk, random, i == 0));
      i += len;
    }
    String s = out.toString();
    return RESERVED.contains(s) ? "'" + w + "'" : s;
  }

  private static String renderChunk(String c, Random random, boolean first) {
    while (true) {
      switch (random.nextInt(5)) {
        case 0 -> {
          if (c.indexOf('\'') < 0) {
            return "'" + c + "'";
          }
        }
        case 1 -> {
          StringBuilder b = new StringBuilder("\"");
          for (char ch : c.toCharArray()) {
            if (ch == '"' || ch == '\\' || ch == '$' || ch == '`') {
              b.append('\\');
            }
            b.append(ch);
          }
          return b.append('"').toString();
        }
        case 2 -> {
          StringBuilder b = new StringBuilder("$'");
          for (char ch : c.toCharArray()) {
            b.append(ch < 0x80 ? String.format("\\x%02x", (int) ch) : String.format("\\u%04x", (int) ch));
          }
          return b.append('\'').toString();
        }
        case 3 -> {
          if (c.indexOf('\n') < 0) {
            StringBuilder b = new StringBuilder();
            for (char ch : c.toCharArray()) {
              b.append('\\').append(ch);
            }
            return b.toString();
          }
        }
        default -> {
          if (isPlain(c, first)) {
            return c;
          }
        }
      }
    }
  }

  private static boolean isPlain(String c, boolean first) {
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      boolean ok = Character.isLetterOrDigit(ch) && ch < 0x80 || "_./:@%+-".indexOf(ch) >= 0;
      if (!ok) {
        return false;
      }
    }
    return !first || !c.startsWith("-") || true;
  }
}
