package io.moltr.core.inbound;

import java.util.Random;

/**
 * Writes random strings that a regex of the phrase rules' dialect would match: literals, escapes
 * (\s \S \w \d \b and escaped punctuation), groups with flags, alternation, classes, and the
 * quantifiers ? * + {m,n} (lazy or not). Unbounded repeats stop at three. Test code: it lets the
 * equivalence tests meet every rule's real matches, not only what a corpus happens to contain.
 */
final class RegexSampler {
  private final String re;
  private final Random random;
  private int at;

  private RegexSampler(String re, Random random) {
    this.re = re;
    this.random = random;
  }

  static String sample(String regex, Random random) {
    RegexSampler s = new RegexSampler(regex, random);
    StringBuilder out = new StringBuilder();
    s.alternation(out);
    return out.toString();
  }

  private void alternation(StringBuilder out) {
    // Choose one branch: write each into its own buffer and keep the chosen one.
    StringBuilder chosen = null;
    int branches = 0;
    while (true) {
      StringBuilder b = new StringBuilder();
      sequence(b);
      branches++;
      if (chosen == null || random.nextInt(branches) == 0) {
        chosen = b;
      }
      if (at < re.length() && re.charAt(at) == '|') {
        at++;
        continue;
      }
      break;
    }
    out.append(chosen);
  }

  private void sequence(StringBuilder out) {
    while (at < re.length() && re.charAt(at) != '|' && re.charAt(at) != ')') {
      int atomStart = at;
      StringBuilder atom = new StringBuilder();
      atom(atom);
      int min = 1;
      int max = 1;
      if (at < re.length()) {
        char q = re.charAt(at);
        if (q == '?' || q == '*' || q == '+') {
          min = q == '+' ? 1 : 0;
          max = q == '?' ? 1 : 3;
          at++;
        } else if (q == '{' && Character.isDigit(re.charAt(at + 1))) {
          int close = re.indexOf('}', at);
          String[] mn = re.substring(at + 1, close).split(",", -1);
          min = Integer.parseInt(mn[0]);
          max = mn.length == 1 ? min : mn[1].isEmpty() ? min + 3 : Math.min(Integer.parseInt(mn[1]), min + 5);
          at = close + 1;
        }
        if (at < re.length() && re.charAt(at) == '?') {
          at++;
        }
      }
      int times = min + random.nextInt(max - min + 1);
      for (int i = 0; i < times; i++) {
        if (i == 0) {
          out.append(atom);
        } else {
          int save = at;
          at = atomStart;
          StringBuilder again = new StringBuilder();
          atom(again);
          at = save;
          out.append(again);
        }
      }
    }
  }

  private void atom(StringBuilder out) {
    char c = re.charAt(at);
    if (c == '(') {
      at++;
      if (re.charAt(at) == '?') {
        int colon = at;
        while (re.charAt(colon) != ':' && re.charAt(colon) != ')') {
          colon++;
        }
        if (re.charAt(colon) == ')') { // a bare flag group such as (?i) or (?m)
          at = colon + 1;
          return;
        }
        at = colon + 1;
      }
      alternation(out);
      at++; // ')'
    } else if (c == '[') {
      out.append(fromClass());
    } else if (c == '\\') {
      char e = re.charAt(at + 1);
      at += 2;
      switch (e) {
        case 's' -> out.append(random.nextInt(6) == 0 ? '\n' : ' ');
        case 'S' -> out.append("xQ7.-/".charAt(random.nextInt(6)));
        case 'w' -> out.append("abcXYZ019_".charAt(random.nextInt(10)));
        case 'd' -> out.append((char) ('0' + random.nextInt(10)));
        case 'b' -> {
          if (out.length() > 0 && Leads.wordChar(out.charAt(out.length() - 1))) {
            out.append(' ');
          }
        }
        case 'B' -> { }
        default -> out.append(e);
      }
    } else if (c == '^' || c == '$') {
      at++;
    } else if (c == '.') {
      at++;
      out.append("ab .".charAt(random.nextInt(4)));
    } else {
      at++;
      out.append(random.nextInt(4) == 0 ? Character.toUpperCase(c) : c);
    }
  }

  private char fromClass() {
    int close = at + 1;
    if (re.charAt(close) == '^') {
      close++;
    }
    if (re.charAt(close) == ']') {
      close++;
    }
    while (re.charAt(close) != ']') {
      close += re.charAt(close) == '\\' ? 2 : 1;
    }
    String body = re.substring(at + 1, close);
    at = close + 1;
    String candidates = random.nextBoolean() ? " " : " abcdefghijklmnopqrstuvwxyzABCXYZ0123456789.,;:!?-_'\"<>|/\\\n\t#=€$[]{}()*";
    for (int tries = 0; tries < 200; tries++) {
      char ch = candidates.charAt(random.nextInt(candidates.length()));
      if (com.google.re2j.Pattern.matches("[" + body + "]", String.valueOf(ch))) {
        return ch;
      }
    }
    return ' ';
  }
}
