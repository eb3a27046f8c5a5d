package io.moltr.core.command;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which arithmetic text is safe to let bash evaluate. Bash evaluates a variable named in an
 * arithmetic context by its value, recursively, and expands an array subscript inside that value:
 * after {@code x='a[$(rm -rf ~)]'}, {@code (( x ))}, {@code $((x))}, {@code ${s:x}},
 * {@code ${arr[x]}}, {@code [[ x -eq 0 ]]} and {@code [[ -v 'a[$(cmd)]' ]]} all run the command.
 * The value can come from anywhere (an earlier command of a persistent shell, a file read into a
 * variable), so the only safe arithmetic is one whose every operand is known now: numbers,
 * operators, and variables this text or an enclosing for loop binds to numbers.
 */
final class Arithmetic {
  private Arithmetic() {}

  /** ";" separates the three parts of for (( ; ; )). */
  private static final String OPERATORS = "+-*/%<>=!&|^~?:,();";
  /** $# $? $$ $! are always numbers. */
  private static final String NUMERIC_SPECIALS = "#?$!";

  /**
   * @param numericVar whether a variable is bound (by an enclosing for loop over numbers) to a
   *     number whatever the shell held before
   * @return null when safe, else the first operand that is not known to be a number
   */
  static String unsafeOperand(String expr, Predicate<String> numericVar) {
    Set<String> assigned = new HashSet<>();
    int i = 0;
    while (i < expr.length()) {
      char c = expr.charAt(i);
      if (Character.isWhitespace(c) || OPERATORS.indexOf(c) >= 0) {
        i++;
      } else if (Character.isDigit(c)) {
        i = number(expr, i);
      } else if (c == '$') {
        int end = dollar(expr, i);
        String name = end < 0 ? null : stripDollar(expr.substring(i, end));
        if (name == null || !(NUMERIC_SPECIALS.contains(name) && name.length() == 1
            || numericVar.test(name) || assigned.contains(name))) {
          return end < 0 ? expr.substring(i) : expr.substring(i, end);
        }
        i = end;
      } else if (Character.isLetter(c) || c == '_') {
        int end = identifier(expr, i);
        String name = expr.substring(i, end);
        if (assignsNumber(expr, end) && !name.equals(name.toUpperCase(Locale.ROOT))) {
          // i=0 in for (( i=0; i<3; i++ )): a number from here on. Upper-case names are the
          // shell's and the environment's (HISTSIZE=0 switches history off): never assigned here
          assigned.add(name);
        } else if (!numericVar.test(name) && !assigned.contains(name)) {
          return name;
        }
        i = end;
      } else {
        return expr.substring(i, Math.min(expr.length(), i + 12)); // [ ] ` quotes, anything else
      }
    }
    return null;
  }

  /** A subscript ("@", "*", or arithmetic) or substring offset that is safe to evaluate. */
  static boolean safeIndex(String index, Predicate<String> numericVar) {
    String t = index.trim();
    return t.equals("@") || t.equals("*") || unsafeOperand(t, numericVar) == null;
  }

  /**
   * The arithmetic parts of the inside of ${...}: a subscript (${a[i]}) and the offset and length
   * of a substring (${s:1:2}); null when all are safe, else the unsafe part.
   */
  static String unsafeParameter(String inner, Predicate<String> numericVar) {
    String indirect = unsafeIndirection(inner);
    if (indirect != null) {
      return indirect;
    }
    int i = 0;
    while (i < inner.length() && (inner.charAt(i) == '#' || inner.charAt(i) == '!')) {
      i++;
    }
    if (i < inner.length() && (Character.isLetter(inner.charAt(i)) || inner.charAt(i) == '_')) {
      i = identifier(inner, i);
    } else {
      while (i < inner.length() && Character.isDigit(inner.charAt(i))) {
        i++;
      }
      if (i < inner.length() && "@*#?$!-0".indexOf(inner.charAt(i)) >= 0 && i == 0) {
        i++;
      }
    }
    if (i < inner.length() && inner.charAt(i) == '[') {
      int close = closing(inner, i);
      if (close < 0) {
        return inner.substring(i);
      }
      String sub = inner.substring(i + 1, close);
      if (!safeIndex(sub, numericVar)) {
        return sub;
      }
      i = close + 1;
    }
    if (inner.startsWith("@P", i)) {
      return inner; // prompt expansion runs the $( ) the value holds
    }
    if (i + 1 < inner.length() && inner.charAt(i) == ':' && "-=+?".indexOf(inner.charAt(i + 1)) < 0) {
      for (String part : inner.substring(i + 1).split(":", -1)) {
        if (part.isBlank() || !safeIndex(part, numericVar)) {
          return part;
        }
      }
    }
    return null;
  }

  /**
   * ${!name} expands the variable whose name the value of name holds, subscript included
   * (y='a[$(cmd)]'; ${!y} runs cmd); only the name listings ${!prefix*}, ${!prefix@},
   * ${!arr[@]} and ${!arr[*]} are safe. Null when inner is no indirection or a safe one.
   */
  private static String unsafeIndirection(String inner) {
    if (!inner.startsWith("!") || inner.length() < 2) {
      return null;
    }
    int end = identifier(inner, 1);
    String rest = inner.substring(end);
    boolean listing = end > 1 && (rest.equals("*") || rest.equals("@") || rest.equals("[@]")
        || rest.equals("[*]"));
    return listing ? null : inner;
  }

  /** A name with a subscript ("a[...]") whose subscript is not a literal number, "@" or "*". */
  static boolean unsafeSubscriptName(String name) {
    int open = name.indexOf('[');
    if (open < 0) {
      return false;
    }
    int close = name.lastIndexOf(']');
    return close < open || !safeIndex(name.substring(open + 1, close), v -> false);
  }

  private static int closing(String s, int open) {
    int depth = 0;
    for (int k = open; k < s.length(); k++) {
      if (s.charAt(k) == '[') {
        depth++;
      } else if (s.charAt(k) == ']' && --depth == 0) {
        return k;
      }
    }
    return -1;
  }

  private static boolean assignsNumber(String expr, int end) {
    int k = end;
    while (k < expr.length() && expr.charAt(k) == ' ') {
      k++;
    }
    if (k >= expr.length() || expr.charAt(k) != '=' || k + 1 < expr.length()
        && expr.charAt(k + 1) == '=') {
      return false;
    }
    k++;
    while (k < expr.length() && expr.charAt(k) == ' ') {
      k++;
    }
    int n = k;
    while (n < expr.length() && Character.isDigit(expr.charAt(n))) {
      n++;
    }
    return n > k && (n == expr.length() || !Character.isLetter(expr.charAt(n))
        && expr.charAt(n) != '_' && expr.charAt(n) != '[');
  }

  /** Digits, a base (2#101) or hex (0x1f). */
  private static int number(String s, int i) {
    int k = i;
    while (k < s.length() && (Character.isLetterOrDigit(s.charAt(k)) || s.charAt(k) == '#')) {
      k++;
    }
    return k;
  }

  private static int identifier(String s, int i) {
    int k = i;
    while (k < s.length() && (Character.isLetterOrDigit(s.charAt(k)) || s.charAt(k) == '_')) {
      k++;
    }
    return k;
  }

  /** The end of $name, ${name} or $#-style special; -1 for anything else ($( ), ${a[i]}, ...). */
  private static int dollar(String s, int i) {
    if (i + 1 >= s.length()) {
      return -1;
    }
    char n = s.charAt(i + 1);
    if (NUMERIC_SPECIALS.indexOf(n) >= 0) {
      return i + 2;
    }
    if (Character.isLetter(n) || n == '_') {
      return identifier(s, i + 1);
    }
    if (n == '{') {
      int close = s.indexOf('}', i);
      if (close > i + 2 && s.substring(i + 2, close).matches("[A-Za-z_][A-Za-z0-9_]*")) {
        return close + 1;
      }
    }
    return -1;
  }

  private static String stripDollar(String ref) {
    String t = ref.substring(1);
    return t.startsWith("{") ? t.substring(1, t.length() - 1) : t;
  }
}
