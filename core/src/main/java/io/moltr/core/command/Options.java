package io.moltr.core.command;

import io.moltr.core.command.Script.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * getopt-style reading of a tool's arguments: which words are options (with their values) and
 * which are operands. The tables of options that take a value come from each tool's manual.
 */
final class Options {
  /** One option with its value (null for a flag), or an operand (name null). */
  record Item(String name, Word value) {
    boolean isOperand() {
      return name == null;
    }
  }

  private Options() {}

  /**
   * @param shortWithValue single letters that take a value ("o" for -o FILE / -oFILE)
   * @param longWithValue long names that take a value (--output FILE / --output=FILE)
   * @param longAbbrev whether the tool accepts unique prefixes of long names (getopt_long does)
   */
  static List<Item> parse(List<Word> args, String shortWithValue, Set<String> longWithValue,
      boolean longAbbrev) {
    List<Item> out = new ArrayList<>();
    boolean operandsOnly = false;
    for (int i = 0; i < args.size(); i++) {
      Word w = args.get(i);
      String a = w.text();
      if (operandsOnly || a.length() < 2 || a.charAt(0) != '-' || startsDynamic(w)) {
        out.add(new Item(null, w));
        continue;
      }
      if (a.equals("--")) {
        operandsOnly = true;
        continue;
      }
      if (a.startsWith("--")) {
        int eq = a.indexOf('=');
        String name = eq < 0 ? a : a.substring(0, eq);
        String full = longAbbrev ? expand(name, longWithValue) : name;
        if (eq >= 0) {
          out.add(new Item(full, sub(w, a.substring(eq + 1))));
        } else if (longWithValue.contains(full) && i + 1 < args.size()) {
          out.add(new Item(full, args.get(++i)));
        } else {
          out.add(new Item(full, null));
        }
        continue;
      }
      for (int j = 1; j < a.length(); j++) {
        char c = a.charAt(j);
        if (shortWithValue.indexOf(c) >= 0) {
          if (j + 1 < a.length()) {
            out.add(new Item("-" + c, sub(w, a.substring(j + 1))));
          } else if (i + 1 < args.size()) {
            out.add(new Item("-" + c, args.get(++i)));
          } else {
            out.add(new Item("-" + c, null));
          }
          break;
        }
        out.add(new Item("-" + c, null));
      }
    }
    return out;
  }

  /** A word that begins with an expansion may turn into any option at run time. */
  static boolean startsDynamic(Word w) {
    if (!w.dynamic() && !w.glob() && !w.brace()) {
      return false;
    }
    String t = w.text();
    return t.isEmpty() || t.charAt(0) == '$' || t.charAt(0) == '`' || t.charAt(0) == '*'
        || t.charAt(0) == '?' || t.charAt(0) == '[' || t.charAt(0) == '{';
  }

  /** --upl is --upload-pack to a getopt_long tool when no other option starts that way. */
  static String expand(String name, Set<String> known) {
    if (known.contains(name) || name.length() < 4) {
      return name;
    }
    String hit = null;
    for (String k : known) {
      if (k.startsWith(name)) {
        if (hit != null) {
          return name;
        }
        hit = k;
      }
    }
    return hit == null ? name : hit;
  }

  /** Does this argument spell the option {@code opt}, alone, attached, or abbreviated? */
  static boolean matches(String arg, String opt, boolean longAbbrev) {
    if (opt.endsWith("*")) {
      // a family spelled with the value glued on: -J-Xmx1g, -javaagent:x.jar, -Xbootclasspath/a:x
      return arg.startsWith(opt.substring(0, opt.length() - 1));
    }
    if (opt.startsWith("--")) {
      if (!arg.startsWith("--")) {
        return false;
      }
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg : arg.substring(0, eq);
      return name.equals(opt) || (longAbbrev && name.length() >= 4 && opt.startsWith(name));
    }
    if (opt.length() == 2 && opt.charAt(0) == '-') {
      // -x or -xVALUE; clusters are handled by parse(), which knows which letters take values
      return arg.startsWith(opt);
    }
    // single-dash long options (find -exec, ffmpeg -i): the whole word
    return arg.equals(opt) || arg.startsWith(opt + "=");
  }

  static Word sub(Word w, String text) {
    return new Word(text, w.quoted(), w.dynamic(), w.glob(), w.brace(), false, w.procSub(), -1);
  }
}
