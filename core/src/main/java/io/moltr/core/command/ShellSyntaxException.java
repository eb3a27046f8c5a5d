package io.moltr.core.command;

/** The input is not a command line this parser will vouch for; the command is denied, never guessed at. */
final class ShellSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  ShellSyntaxException(String message) {
    super(message, null, false, false);
  }
}
