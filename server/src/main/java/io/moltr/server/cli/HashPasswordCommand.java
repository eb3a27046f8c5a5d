package io.moltr.server.cli;

import io.moltr.server.auth.PasswordHashes;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * The password reset procedure: prints the bcrypt hash (cost 12) to put into
 * MOLTR_DASHBOARD_PASSWORD_HASH. The password never appears on the command line (where `ps` and
 * shell history would keep it): it is read from standard input, or prompted for without echo.
 */
@Command(name = "hash-password", mixinStandardHelpOptions = true,
    description = {"Print the bcrypt hash (cost 12) of a dashboard password for MOLTR_DASHBOARD_PASSWORD_HASH.",
        "Reads the password from standard input (first line), or asks twice without echo on a terminal."})
final class HashPasswordCommand implements Callable<Integer> {
  private final Console console;
  private final InputStream in;
  private final PrintStream out;

  HashPasswordCommand() {
    this(System.console(), System.in, System.out);
  }

  HashPasswordCommand(Console console, InputStream in, PrintStream out) {
    this.console = console;
    this.in = in;
    this.out = out;
  }

  @Override
  public Integer call() {
    char[] password = console != null ? prompt() : readLine();
    try {
      out.println(PasswordHashes.hash(password));
      return MoltrCli.OK;
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private char[] prompt() {
    char[] first = console.readPassword("New dashboard password: ");
    char[] second = console.readPassword("Repeat it: ");
    if (first == null || second == null) {
      throw new IllegalArgumentException("no password entered");
    }
    boolean same = Arrays.equals(first, second);
    Arrays.fill(second, '\0');
    if (!same) {
      Arrays.fill(first, '\0');
      throw new IllegalArgumentException("the two passwords differ");
    }
    return first;
  }

  private char[] readLine() {
    try {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line = r.readLine();
      if (line == null || line.isEmpty()) {
        throw new IllegalArgumentException("no password on standard input");
      }
      return line.toCharArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input", e);
    }
  }
}
