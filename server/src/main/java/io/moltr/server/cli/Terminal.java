package io.moltr.server.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * What a command reads besides its arguments: the environment, standard input and the terminal.
 * Injected so that tests can give a command secrets without a real environment or terminal.
 */
record Terminal(Map<String, String> env, InputStream in, Console console) {
  static Terminal system() {
    return new Terminal(System.getenv(), System.in, System.console());
  }

  /** The variable's value, or null when it is unset or blank. */
  String env(String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /**
   * A secret typed without echo on a terminal, else the first line of standard input. Never
   * taken from the command line, where `ps` and shell history would keep it.
   */
  char[] secretLine(String prompt, String what) {
    if (console != null) {
      char[] v = console.readPassword("%s", prompt);
      if (v == null || v.length == 0) {
        throw new IllegalArgumentException("no " + what + " entered");
      }
      return v;
    }
    try {
      String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
      if (line == null || line.isEmpty()) {
        throw new IllegalArgumentException("no " + what + " on standard input");
      }
      return line.toCharArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input", e);
    }
  }

  /** Asked twice on a terminal so that a typo is caught before it is stored. */
  char[] newSecret(String prompt, String what) {
    char[] first = secretLine(prompt, what);
    if (console == null) {
      return first;
    }
    char[] second = secretLine("Repeat it: ", what);
    boolean same = Arrays.equals(first, second);
    Arrays.fill(second, '\0');
    if (!same) {
      Arrays.fill(first, '\0');
      throw new IllegalArgumentException("the two entries differ");
    }
    return first;
  }

  /** All of standard input up to {@code max} bytes, without one trailing line break. */
  String allInput(int max, String what) {
    try {
      byte[] b = in.readNBytes(max + 1);
      if (b.length > max) {
        throw new IllegalArgumentException(what + " on standard input is longer than " + max + " bytes");
      }
      String s = new String(b, StandardCharsets.UTF_8);
      if (s.endsWith("\r\n")) {
        s = s.substring(0, s.length() - 2);
      } else if (s.endsWith("\n")) {
        s = s.substring(0, s.length() - 1);
      }
      if (s.isEmpty()) {
        throw new IllegalArgumentException("no " + what + " on standard input");
      }
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read standard input", e);
    }
  }
}
