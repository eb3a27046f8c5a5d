package io.moltr.core.command;

import java.util.ArrayList;
import java.util.List;

/**
 * A sed script read command by command (GNU syntax) for what it does besides editing text: the
 * {@code e} command and the {@code s///e} flag run a shell, {@code w}/{@code W} and {@code s///w}
 * write a file, {@code r}/{@code R} read one. One pass, no backtracking. Anything not understood
 * is a refusal, so a script that sed would read differently fails closed.
 */
final class SedScript {
  /** What the script touches; {@code refusal} is null when nothing runs a program. */
  record Effects(String refusal, List<String> reads, List<String> writes) {}

  private final String s;
  private int i;
  private final List<String> reads = new ArrayList<>();
  private final List<String> writes = new ArrayList<>();

  private SedScript(String s) {
    this.s = s;
  }

  static Effects read(String script) {
    SedScript p = new SedScript(script);
    String refusal = p.run();
    return new Effects(refusal, List.copyOf(p.reads), List.copyOf(p.writes));
  }

  private String run() {
    while (true) {
      skip(" \t\n;");
      if (i >= s.length()) {
        return null;
      }
      String r = address();
      if (r != null) {
        return r;
      }
      skip(" \t");
      while (i < s.length() && s.charAt(i) == '!') {
        i++;
        skip(" \t");
      }
      if (i >= s.length()) {
        return "sed: address without a command";
      }
      char c = s.charAt(i++);
      switch (c) {
        case '{', '}', '=', 'd', 'D', 'g', 'G', 'h', 'H', 'x', 'n', 'N', 'p', 'P', 'z', 'F' -> { }
        case '#' -> toLineEnd();
        case ':', 'b', 't', 'T', 'v' -> toCommandEnd();
        case 'a', 'i', 'c' -> textArgument();
        case 'q', 'Q', 'l', 'L' -> {
          skip(" \t");
          while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
          }
        }
        case 'r', 'R' -> reads.add(fileName());
        case 'w', 'W' -> writes.add(fileName());
        case 'e' -> {
          return "sed: the 'e' command runs a shell command";
        }
        case 's' -> {
          String r2 = substitute();
          if (r2 != null) {
            return r2;
          }
        }
        case 'y' -> {
          char d = delimiter();
          if (d == 0 || !part(d) || !part(d)) {
            return "sed: unterminated 'y' command";
          }
        }
        default -> {
          return "sed: command '" + c + "' is not understood";
        }
      }
    }
  }

  private String address() {
    for (int n = 0; n < 2; n++) {
      if (i >= s.length()) {
        return null;
      }
      char c = s.charAt(i);
      if (Character.isDigit(c) || c == '+' || c == '~') {
        i++;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '~')) {
          i++;
        }
      } else if (c == '$') {
        i++;
      } else if (c == '/' || c == '\\') {
        char d = '/';
        if (c == '\\') {
          if (i + 1 >= s.length()) {
            return "sed: unterminated address";
          }
          d = s.charAt(i + 1);
          i++;
        }
        i++;
        if (!part(d)) {
          return "sed: unterminated address regex";
        }
        while (i < s.length() && (s.charAt(i) == 'I' || s.charAt(i) == 'M')) {
          i++;
        }
      } else if (n == 0) {
        return null;
      } else {
        return "sed: address after ',' is not understood";
      }
      if (n == 0) {
        skip(" \t");
        if (i < s.length() && s.charAt(i) == ',') {
          i++;
          skip(" \t");
        } else {
          return null;
        }
      }
    }
    return null;
  }

  private String substitute() {
    char d = delimiter();
    if (d == 0 || !part(d) || !part(d)) {
      return "sed: unterminated 's' command";
    }
    while (i < s.length()) {
      char f = s.charAt(i);
      if (f == 'e') {
        return "sed: the 's///e' flag runs the result as a shell command";
      }
      if (f == 'w') {
        i++;
        writes.add(fileName());
        return null;
      }
      if ("gpiImM0123456789".indexOf(f) < 0) {
        break;
      }
      i++;
    }
    return null;
  }

  /** The delimiter after s or y: any character but backslash and newline. */
  private char delimiter() {
    if (i >= s.length() || s.charAt(i) == '\\' || s.charAt(i) == '\n') {
      return 0;
    }
    return s.charAt(i++);
  }

  /** Steps over one delimited part, honouring backslash escapes; false when unterminated. */
  private boolean part(char d) {
    while (i < s.length()) {
      char c = s.charAt(i++);
      if (c == '\\') {
        i++;
      } else if (c == d) {
        return true;
      }
    }
    return false;
  }

  /** a, i, c: the text runs to the end of the line; a backslash-newline continues it. */
  private void textArgument() {
    while (i < s.length() && s.charAt(i) != '\n') {
      if (s.charAt(i) == '\\') {
        i++;
      }
      i++;
    }
  }

  /** r, w and the w flag: the file name is the rest of the line. */
  private String fileName() {
    skip(" \t");
    int start = i;
    toLineEnd();
    return s.substring(start, Math.min(i, s.length()));
  }

  private void toLineEnd() {
    while (i < s.length() && s.charAt(i) != '\n') {
      i++;
    }
  }

  private void toCommandEnd() {
    while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != ';' && s.charAt(i) != '}') {
      i++;
    }
  }

  private void skip(String chars) {
    while (i < s.length() && chars.indexOf(s.charAt(i)) >= 0) {
      i++;
    }
  }
}
