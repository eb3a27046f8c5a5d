package io.moltr.core.command;

import java.util.List;

/**
 * What a command line will run: every simple command, including those inside substitutions.
 * {@code joins} is set only when the line is a flat list of simple commands (no pipeline,
 * background, group, subshell, keyword or substitution): the operators between them, ";" for a
 * newline; otherwise empty.
 */
record Script(List<SimpleCommand> commands, List<Redirect> compoundRedirects, List<String> joins) {

  Script(List<SimpleCommand> commands, List<Redirect> compoundRedirects) {
    this(commands, compoundRedirects, List.of());
  }

  /** A flat list: command i+1 follows command i through joins.get(i). */
  boolean flat() {
    return commands.size() == joins.size() + 1;
  }

  /**
   * One shell word after quote removal. {@code text} is the literal value; parts that only the
   * running shell can know (expansions, substitutions) stay in their source form and set
   * {@code dynamic}.
   */
  record Word(
      String text,
      boolean quoted,
      boolean dynamic,
      boolean glob,
      boolean brace,
      boolean tilde,
      boolean procSub,
      int assignEnd) {

    /** True when the shell will use exactly {@code text}, one word, unchanged. */
    boolean isStatic() {
      return !dynamic && !glob && !brace && !tilde && !procSub;
    }

    static Word literal(String s) {
      return new Word(s, false, false, false, false, false, false, -1);
    }
  }

  /** A redirection: fd (-1 when implicit), operator, target word, and a here-document body. */
  record Redirect(int fd, String op, Word target, String body) {
    boolean writes() {
      return op.equals(">") || op.equals(">>") || op.equals(">|") || op.equals("&>")
          || op.equals("&>>") || op.equals("<>") || (op.equals(">&") && !isFdTarget());
    }

    boolean reads() {
      return op.equals("<") || op.equals("<>") || (op.equals("<&") && !isFdTarget());
    }

    /** 2>&1, >&-, <&0: duplicating descriptors touches no file. */
    boolean isFdTarget() {
      String t = target.text();
      if (!target.isStatic() || t.isEmpty()) {
        return false;
      }
      if (t.equals("-")) {
        return true;
      }
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (c < '0' || c > '9') {
          return i == t.length() - 1 && c == '-' && i > 0;
        }
      }
      return true;
    }

    boolean feedsStdin() {
      return (fd == -1 || fd == 0) && (op.equals("<") || op.startsWith("<<"));
    }
  }

  /**
   * One simple command: leading assignments, words, redirections, whether stdin is a pipe, and the
   * words of the simple command writing into that pipe (empty when none or not a simple command).
   */
  record SimpleCommand(List<Word> assignments, List<Word> words, List<Redirect> redirects,
      boolean pipedInput, List<Word> pipedFrom) {

    SimpleCommand(List<Word> assignments, List<Word> words, List<Redirect> redirects,
        boolean pipedInput) {
      this(assignments, words, redirects, pipedInput, List.of());
    }
  }
}
