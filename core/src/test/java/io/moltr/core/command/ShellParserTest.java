package io.moltr.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moltr.core.command.Script.SimpleCommand;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the parser says will run: every simple command's argv, joined with " | " per command. */
class ShellParserTest {

  static String run(String line) throws Exception {
    Script s = ShellParser.parse(line);
    StringBuilder out = new StringBuilder();
    for (SimpleCommand c : s.commands()) {
      if (out.length() > 0) {
        out.append(" ; ");
      }
      out.append(String.join("|", c.words().stream().map(Script.Word::text).toList()));
    }
    return out.toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '~', textBlock = """
      ls -la                                ~ ls|-la                      ~ plain words
      r''m -rf /                            ~ rm|-rf|/                    ~ quote splicing removed
      $'\\x72\\155' x                       ~ rm|x                        ~ ANSI-C hex and octal
      echo "a;b|c"                          ~ echo|a;b|c                  ~ operators inside quotes stay
      echo a # comment; rm x                ~ echo|a                      ~ comment to end of line
      echo a#b                              ~ echo|a#b                    ~ hash inside a word
      a && b || c ; d & e | f |& g          ~ a ; b ; c ; d ; e ; f ; g   ~ every operator
      echo $(rm x) `id`                     ~ rm|x ; id ; echo|$(...)|`...` ~ substitutions first
      cat <(ls) >(wc)                       ~ ls ; wc ; cat|<(...)|>(...)   ~ process substitution
      (cd src; ls) > /dev/null              ~ cd|src ; ls                 ~ subshell
      { ls; pwd; }                          ~ ls ; pwd                    ~ group
      FOO=1 BAR=2 env                       ~ env                         ~ leading assignments
      echo ${x:-$(id)}                      ~ id ; echo|${x:-$(id)}       ~ substitution in parameter expansion
      echo $((1 + 2))                       ~ echo|$((...))              ~ arithmetic on numbers
      if true; then ls; fi                  ~ true ; ls                   ~ keywords skipped
      for f in a $(id); do echo $f; done    ~ id ; echo|$f                ~ for list substitution
      [[ -f x && $(id) ]]                   ~ id                          ~ conditional expression
      echo \\`x\\`                          ~ echo|`x`                    ~ escaped backticks
      case "$(uname)" in Linux) ls;; *) pwd;; esac ~ uname ; ls ; pwd        ~ case clauses
      case $x in a|b) rm x ;; (c) id; esac  ~ rm|x ; id                   ~ case pattern alternatives
      for f in a.txt b.txt; do cat "$f"; done ~ cat|a.txt ; cat|b.txt      ~ loop words bound
      for f in a b; do f=c; cat "$f"; done  ~ cat|$f                      ~ an assigned loop variable stays unknown
      """)
  void parsesWhatWillRun(String line, String expected, String why) throws Exception {
    assertThat(run(line.trim())).as(why).isEqualTo(expected.trim());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '~', textBlock = """
      echo "x                               ~ unterminated double quote
      echo 'x                               ~ unterminated single quote
      echo $'x                              ~ unterminated $'
      echo `x                               ~ unterminated backtick
      echo $(x                              ~ missing ')'
      echo ${x                              ~ unterminated ${
      ls |                                  ~ needs a command
      | ls                                  ~ syntax error near '|'
      ls && && ls                           ~ syntax error near '&&'
      echo >                                ~ has no target
      ls )                                  ~ unexpected ')'
      f() { ls; }                           ~ function definitions
      case a in a) ls;;                     ~ missing 'esac'
      case a b) ls;; esac                   ~ must be followed by 'in'
      ls;; pwd                              ~ unexpected ';;'
      a=(1 2)                               ~ array assignments
      echo $((1 + $(id -u)))                ~ '$(id -u)' is evaluated again
      (( x ))                               ~ 'x' is evaluated again
      echo ${s:n}                           ~ 'n' is evaluated again
      echo ${!y}                            ~ '!y' is evaluated again
      echo ${x@P}                           ~ 'x@P' is evaluated again
      echo $[1]                             ~ old arithmetic expansion
      """)
  void refusesWhatItCannotRead(String line, String message) {
    assertThatThrownBy(() -> ShellParser.parse(line.trim()))
        .isInstanceOf(ShellSyntaxException.class)
        .hasMessageContaining(message.trim());
  }

  @org.junit.jupiter.api.Test
  void hereDocumentsKeepTheirBodyAndRunTheirSubstitutions() throws Exception {
    Script s = ShellParser.parse("cat <<EOF > out\nhello $(id)\nEOF\nls");
    assertThat(s.commands()).extracting(c -> c.words().get(0).text())
        .containsExactly("cat", "id", "ls");
    assertThat(s.commands().get(0).redirects()).extracting(Script.Redirect::body)
        .containsExactly("hello $(id)\n", null);
    Script quoted = ShellParser.parse("cat <<'EOF'\n$(id)\nEOF");
    assertThat(quoted.commands()).hasSize(1);
    Script tabs = ShellParser.parse("cat <<-EOF\n\tbody\n\tEOF");
    assertThat(tabs.commands().get(0).redirects().get(0).body()).isEqualTo("\tbody\n");
  }

  @org.junit.jupiter.api.Test
  void marksPipedInputAndDynamicWords() throws Exception {
    Script s = ShellParser.parse("curl x | python3 ; python3 $X *.py ~/a");
    List<SimpleCommand> c = s.commands();
    assertThat(c.get(0).pipedInput()).isFalse();
    assertThat(c.get(1).pipedInput()).isTrue();
    assertThat(c.get(2).pipedInput()).isFalse();
    assertThat(c.get(2).words().get(1).dynamic()).isTrue();
    assertThat(c.get(2).words().get(2).glob()).isTrue();
    assertThat(c.get(2).words().get(3).tilde()).isTrue();
  }
}
