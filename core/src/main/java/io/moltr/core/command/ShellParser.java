package io.moltr.core.command;

import io.moltr.core.command.Script.Redirect;
import io.moltr.core.command.Script.SimpleCommand;
import io.moltr.core.command.Script.Word;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A recursive-descent reader of bash syntax that keeps only what matters to a policy: every simple
 * command that would run (also inside $( ), backticks, process substitutions and here-documents),
 * with its words after quote removal. One pass over the input per nesting level, and nesting is
 * bounded, so the time is linear in the input. Anything it does not understand is an error.
 */
final class ShellParser {
  static final int MAX_DEPTH = 16;

  private static final Set<String> SKIPPED_KEYWORDS =
      Set.of("if", "then", "elif", "else", "fi", "do", "done", "while", "until", "!");

  private final String src;
  private final int depth;
  private final List<SimpleCommand> commands;
  private final List<Redirect> compoundRedirects;
  private final List<PendingHeredoc> pending = new ArrayList<>();
  private int pos;

  /**
   * for NAME in WORDS whose words are all known now: inside the body $NAME and ${NAME} stand for
   * each word in turn (a command using it is read once per word). Loops without a binding
   * (while, until, for over substitutions) are null frames.
   */
  private record Binding(String name, List<Word> values) {}

  private static final int MAX_LOOP_VALUES = 16;
  private static final Set<String> SETS_VARIABLES = Set.of("read", "mapfile", "readarray",
      "declare", "typeset", "local", "export", "unset", "printf", "getopts", "let", "readonly");
  private final boolean bindLoops;
  private final List<Binding> loops = new ArrayList<>();
  /** The loop variable being read for one of its later words, and which word. */
  private String overrideName;
  private int overrideIndex;
  /** The multi-word loop variables the command being read uses. */
  private Set<String> multiUsed = new java.util.HashSet<>();
  /** Set when a binding cannot be trusted (the body assigns the variable): read again without. */
  private boolean bindingBroken;
  /** The simple command the last parseCommand read (null for groups and keywords). */
  private SimpleCommand lastSimple;
  private int lastSimpleEnd = -1;
  /** The simple command whose output the command being read gets through a pipe. */
  private SimpleCommand pipeSource;
  /** The root list's operators while it is a flat list of simple commands (see Script.joins). */
  private final List<String> joins = new ArrayList<>();
  private boolean flat = true;
  private int topSimple;

  private record PendingHeredoc(String delimiter, boolean stripTabs, boolean expands, int index,
      List<Redirect> owner) {}

  private ShellParser(String src, int depth, List<SimpleCommand> commands, List<Redirect> compound,
      boolean bindLoops) {
    this.src = src;
    this.depth = depth;
    this.commands = commands;
    this.compoundRedirects = compound;
    this.bindLoops = bindLoops;
  }

  static Script parse(String input) throws ShellSyntaxException {
    Script bound = parse(input, true);
    return bound != null ? bound : parse(input, false);
  }

  /** Null when loop bindings were asked for and turned out untrustworthy. */
  private static Script parse(String input, boolean bindLoops) throws ShellSyntaxException {
    List<SimpleCommand> commands = new ArrayList<>();
    List<Redirect> compound = new ArrayList<>();
    ShellParser p = new ShellParser(input, 0, commands, compound, bindLoops);
    p.parseList(End.EOF, false);
    if (p.bindingBroken) {
      return null;
    }
    boolean flat = p.flat && p.topSimple == commands.size() && p.joins.size() + 1 == commands.size();
    return new Script(List.copyOf(commands), List.copyOf(compound),
        flat ? List.copyOf(p.joins) : List.of());
  }

  private enum End { EOF, PAREN, BRACE, CASE }

  private ShellParser child(String text) throws ShellSyntaxException {
    if (depth + 1 > MAX_DEPTH) {
      throw new ShellSyntaxException("nesting is deeper than " + MAX_DEPTH + " levels");
    }
    return new ShellParser(text, depth + 1, commands, compoundRedirects, false);
  }

  // ---- lists and pipelines ------------------------------------------------------------------

  /** Reads commands until the terminator; a piped-into list marks all its commands as piped. */
  private void parseList(End end, boolean piped) throws ShellSyntaxException {
    boolean expectCommand = false; // after | && || a command must follow
    SimpleCommand upstream = null;
    SimpleCommand produced = null; // the previous command, when it was one simple command
    boolean pipeNext = piped;
    boolean sawCommand = false;
    boolean root = depth == 0 && end == End.EOF && !piped;
    while (true) {
      skipBlanks();
      if (pos >= src.length()) {
        if (!pending.isEmpty()) {
          throw new ShellSyntaxException(
              "unterminated here-document (no line '" + pending.get(0).delimiter() + "')");
        }
        if (end != End.EOF) {
          throw new ShellSyntaxException(
              end == End.PAREN ? "missing ')'" : end == End.CASE ? "missing 'esac'"
                  : "missing '}' to close a { group");
        }
        if (expectCommand) {
          throw new ShellSyntaxException("the line ends after an operator that needs a command");
        }
        return;
      }
      char c = src.charAt(pos);
      if (c == '#') {
        while (pos < src.length() && src.charAt(pos) != '\n') {
          pos++;
        }
        continue;
      }
      if (c == '\n') {
        if (root && sawCommand && !expectCommand) {
          joins.add(";");
        }
        pos++;
        readHeredocBodies();
        if (!expectCommand) {
          pipeNext = piped;
        }
        continue;
      }
      if (c == ')') {
        if (end != End.PAREN) {
          throw new ShellSyntaxException("unexpected ')'");
        }
        if (expectCommand) {
          throw new ShellSyntaxException("an operator before ')' has no command");
        }
        pos++;
        return;
      }
      if (c == ';' || c == '&' || c == '|') {
        String op = readOperator();
        if (op.equals(";;") || op.equals(";&") || op.equals(";;&")) {
          if (end != End.CASE || expectCommand) {
            throw new ShellSyntaxException("unexpected '" + op + "'");
          }
          return; // the end of one case clause
        }
        if (!sawCommand || expectCommand) {
          throw new ShellSyntaxException("syntax error near '" + op + "'");
        }
        if (root) {
          if (op.equals("&&") || op.equals("||") || op.equals(";")) {
            joins.add(op);
          } else {
            flat = false;
          }
        }
        if (op.equals("|") || op.equals("|&")) {
          expectCommand = true;
          pipeNext = true;
          upstream = produced;
        } else if (op.equals("&&") || op.equals("||")) {
          expectCommand = true;
          pipeNext = piped;
        } else {
          expectCommand = false;
          pipeNext = piped;
          sawCommand = false;
        }
        continue;
      }
      if (end == End.CASE && atWord("esac")) {
        if (expectCommand) {
          throw new ShellSyntaxException("an operator before 'esac' has no command");
        }
        return; // the last clause may end without ;;
      }
      // a command
      int before = pos;
      pipeSource = upstream;
      lastSimple = null;
      upstream = null;
      boolean closed = parseCommand(end, pipeNext);
      produced = lastSimple != null && lastSimpleEnd == pos ? lastSimple : null;
      if (root) {
        if (produced != null) {
          topSimple++;
        } else {
          flat = false;
        }
      }
      if (closed) {
        if (expectCommand) {
          throw new ShellSyntaxException("an operator before '}' has no command");
        }
        return;
      }
      if (pos == before) {
        throw new ShellSyntaxException("unexpected character '" + src.charAt(pos) + "'");
      }
      sawCommand = true;
      expectCommand = false;
      pipeNext = piped;
    }
  }

  private String readOperator() {
    char c = src.charAt(pos);
    String[] ops = c == ';' ? new String[] {";;&", ";;", ";&", ";"}
        : c == '&' ? new String[] {"&&", "&"}
        : new String[] {"||", "|&", "|"};
    for (String op : ops) {
      if (src.startsWith(op, pos)) {
        pos += op.length();
        return op;
      }
    }
    pos++;
    return String.valueOf(c);
  }

  /**
   * One command: a subshell, a group, an arithmetic command, a test, or a simple command.
   * Returns true when it met the closing brace of the group being parsed instead.
   */
  private boolean parseCommand(End end, boolean piped) throws ShellSyntaxException {
    int start = pos;
    int heredocs = pending.size();
    SimpleCommand source = pipeSource;
    Set<String> outer = multiUsed;
    multiUsed = new java.util.HashSet<>();
    try {
      boolean closed = parseCommandOnce(end, piped);
      if (multiUsed.isEmpty() || closed) {
        return closed;
      }
      if (multiUsed.size() > 1 || overrideName != null || pending.size() != heredocs) {
        bindingBroken = true; // nested multi-word loops or here-documents: read without bindings
        return false;
      }
      String name = multiUsed.iterator().next();
      int after = pos;
      int count = lookup(name).values().size();
      for (int k = 1; k < count; k++) {
        pos = start;
        overrideName = name;
        overrideIndex = k;
        pipeSource = source;
        try {
          parseCommandOnce(end, piped);
        } finally {
          overrideName = null;
        }
      }
      pos = after;
      return false;
    } finally {
      multiUsed = outer;
    }
  }

  /** A variable an enclosing for loop binds to numbers only: safe in arithmetic. */
  private boolean numericBound(String name) {
    Binding b = bindLoops ? lookup(name) : null;
    return b != null && b.values().stream().allMatch(w -> w.isStatic() && w.text().matches("[0-9]+"));
  }

  /**
   * See {@link Arithmetic}: where bash evaluates a variable's value again, a command substitution
   * hidden in the value runs.
   */
  private static void requireSafeArithmetic(String unsafe) throws ShellSyntaxException {
    if (unsafe != null) {
      throw new ShellSyntaxException("'" + unsafe + "' is evaluated again by bash (arithmetic, "
          + "a subscript, ${!x}, ${x@P}): a value holding a[$(cmd)] or $(cmd) would run it");
    }
  }

  private Binding lookup(String name) {
    for (int k = loops.size() - 1; k >= 0; k--) {
      Binding b = loops.get(k);
      if (b != null && b.name().equals(name)) {
        return b;
      }
    }
    return null;
  }

  private boolean parseCommandOnce(End end, boolean piped) throws ShellSyntaxException {
    SimpleCommand source = pipeSource; // read before nested commands replace it
    pipeSource = null;
    char c = src.charAt(pos);
    if (c == '(') {
      if (src.startsWith("((", pos)) {
        pos += 2;
        scanArithmetic();
        return false;
      }
      pos++;
      parseListShared(End.PAREN, piped);
      readCompoundRedirects();
      return false;
    }
    List<Word> assignments = new ArrayList<>();
    List<Word> words = new ArrayList<>();
    List<Redirect> redirects = new ArrayList<>();
    while (true) {
      skipBlanks();
      if (pos >= src.length() || isCommandEnd(src.charAt(pos))) {
        break;
      }
      if (tryRedirect(redirects)) {
        continue;
      }
      Word w = readWord();
      if (w == null) {
        if (src.charAt(pos) == '(' && !words.isEmpty()) {
          throw new ShellSyntaxException("function definitions are not supported");
        }
        if (src.charAt(pos) == '(' && !assignments.isEmpty()) {
          throw new ShellSyntaxException("array assignments are not supported");
        }
        throw new ShellSyntaxException("unexpected '" + src.charAt(pos) + "'");
      }
      if (words.isEmpty() && w.assignEnd() > 0) {
        String var = w.text().substring(0, w.assignEnd());
        if (lookup(var.endsWith("+") ? var.substring(0, var.length() - 1) : var) != null) {
          bindingBroken = true;
        }
        assignments.add(w);
        continue;
      }
      if (words.isEmpty() && assignments.isEmpty() && redirects.isEmpty() && !w.quoted()) {
        String kw = w.text();
        if (kw.equals("{")) {
          parseListShared(End.BRACE, piped);
          readCompoundRedirects();
          return false;
        }
        if (kw.equals("}")) {
          if (end != End.BRACE) {
            throw new ShellSyntaxException("unexpected '}'");
          }
          return true;
        }
        if (SKIPPED_KEYWORDS.contains(kw)) {
          if (kw.equals("while") || kw.equals("until")) {
            loops.add(null);
          } else if (kw.equals("done") && !loops.isEmpty()) {
            loops.remove(loops.size() - 1);
          }
          return false;
        }
        if (kw.equals("case")) {
          parseCase();
          readCompoundRedirects();
          return false;
        }
        if (kw.equals("function") || kw.equals("coproc") || kw.equals("select")) {
          throw new ShellSyntaxException("'" + kw + "' is not supported");
        }
        if (kw.equals("for")) {
          parseForHeader();
          return false;
        }
        if (kw.equals("[[")) {
          parseConditional();
          return false;
        }
      }
      words.add(w);
    }
    if (words.isEmpty() && assignments.isEmpty() && redirects.isEmpty()) {
      return false;
    }
    if (!loops.isEmpty() && !words.isEmpty() && SETS_VARIABLES.contains(words.get(0).text())) {
      for (Word w : words) {
        String t = w.text();
        int cut = t.indexOf('=');
        if (lookup(cut > 0 ? t.substring(0, cut) : t) != null) {
          bindingBroken = true; // read f, declare f=..., unset f: the loop word is replaced
        }
      }
    }
    SimpleCommand sc = new SimpleCommand(List.copyOf(assignments), List.copyOf(words),
        redirects, piped, source == null ? List.of() : source.words());
    commands.add(sc);
    lastSimple = sc;
    lastSimpleEnd = pos;
    return false;
  }

  /** Nesting inside the same input (subshells, groups, $( )); bounded like child parsers. */
  private int sharedDepth = 0;

  private void parseListShared(End end, boolean piped) throws ShellSyntaxException {
    enter();
    parseList(end, piped);
    sharedDepth--;
  }

  /** Every construct that recurses passes here, so no input can nest past the bound. */
  private void enter() throws ShellSyntaxException {
    if (++sharedDepth + depth > MAX_DEPTH) {
      throw new ShellSyntaxException("nesting is deeper than " + MAX_DEPTH + " levels");
    }
  }

  private void readCompoundRedirects() throws ShellSyntaxException {
    while (true) {
      skipBlanks();
      if (pos >= src.length() || !tryRedirect(compoundRedirects)) {
        break;
      }
    }
  }

  /** for NAME [in WORDS]; the words may hold substitutions, which readWord records. */
  private void parseForHeader() throws ShellSyntaxException {
    skipBlanks();
    if (src.startsWith("((", pos)) {
      pos += 2;
      scanArithmetic();
      return;
    }
    Word name = readWord();
    if (name == null) {
      throw new ShellSyntaxException("'for' needs a variable name");
    }
    List<Word> items = new ArrayList<>();
    boolean sawIn = false;
    boolean known = true;
    Set<String> before = multiUsed;
    multiUsed = new java.util.HashSet<>();
    try {
      while (true) {
        skipBlanks();
        if (pos >= src.length() || isCommandEnd(src.charAt(pos))) {
          break;
        }
        Word w = readWord();
        if (w == null) {
          throw new ShellSyntaxException("unexpected '" + src.charAt(pos) + "' in a for loop");
        }
        if (!sawIn && w.text().equals("in") && !w.quoted()) {
          sawIn = true;
          continue;
        }
        known &= w.isStatic() || (w.glob() && !w.dynamic() && !w.brace() && !w.tilde()
            && !w.procSub());
        items.add(w);
      }
      known &= multiUsed.isEmpty();
    } finally {
      multiUsed = before;
    }
    String var = name.text();
    if (lookup(var) != null) {
      bindingBroken = true; // an inner loop leaves its last word in the outer loop's variable
    }
    boolean bind = bindLoops && known && sawIn && !items.isEmpty()
        && items.size() <= MAX_LOOP_VALUES && !name.quoted() && var.matches("[A-Za-z_][A-Za-z0-9_]*");
    loops.add(bind ? new Binding(var, List.copyOf(items)) : null);
  }

  /**
   * $NAME or ${NAME} of a bound loop variable: appends its word and answers true, or false when
   * it is not bound or its word would be split or globbed here (unquoted spaces or wildcards).
   */
  private boolean appendBound(String var, StringBuilder text, boolean[] dyn, boolean inQuotes) {
    Binding b = bindLoops ? lookup(var) : null;
    if (b == null) {
      return false;
    }
    int index = var.equals(overrideName) ? overrideIndex : 0;
    Word value = b.values().get(index);
    String v = value.text();
    boolean splits = v.isEmpty() || v.chars().anyMatch(ch -> ch == ' ' || ch == '\t'
        || ch == '\n' || ch == '*' || ch == '?' || ch == '[');
    if (!inQuotes && splits) {
      return false;
    }
    if (b.values().size() > 1 && !var.equals(overrideName)) {
      multiUsed.add(var);
    }
    if (value.glob()) {
      dyn[1] = true; // the word is one file name the pattern matches
    }
    text.append(v);
    return true;
  }

  /** The reserved word {@code w} at pos, followed by a blank, an operator or the end. */
  private boolean atWord(String w) {
    if (!src.startsWith(w, pos)) {
      return false;
    }
    int after = pos + w.length();
    return after >= src.length() || isCommandEnd(src.charAt(after))
        || " \t\r\n".indexOf(src.charAt(after)) >= 0;
  }

  private void skipBlanksAndNewlines() throws ShellSyntaxException {
    while (true) {
      skipBlanks();
      if (pos < src.length() && src.charAt(pos) == '\n') {
        pos++;
        readHeredocBodies();
      } else if (pos < src.length() && src.charAt(pos) == '#') {
        while (pos < src.length() && src.charAt(pos) != '\n') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  /**
   * case WORD in [(]PATTERN[|PATTERN]...) LIST ;; ... esac. The word and the patterns may hold
   * substitutions (recorded as commands by readWord); each clause's list is read like any other.
   */
  private void parseCase() throws ShellSyntaxException {
    enter();
    try {
      skipBlanks();
      if (readWord() == null) {
        throw new ShellSyntaxException("'case' needs a word");
      }
      skipBlanksAndNewlines();
      Word in = readWord();
      if (in == null || !in.text().equals("in") || in.quoted()) {
        throw new ShellSyntaxException("'case WORD' must be followed by 'in'");
      }
      while (true) {
        skipBlanksAndNewlines();
        if (pos >= src.length()) {
          throw new ShellSyntaxException("missing 'esac'");
        }
        if (atWord("esac")) {
          pos += 4;
          return;
        }
        if (src.charAt(pos) == '(') {
          pos++;
        }
        while (true) {
          skipBlanks();
          if (pos < src.length() && src.charAt(pos) != ')' && src.charAt(pos) != '|'
              && readWord() == null) {
            throw new ShellSyntaxException("unexpected '" + src.charAt(pos) + "' in a case pattern");
          }
          skipBlanks();
          if (pos >= src.length()) {
            throw new ShellSyntaxException("missing ')' after a case pattern");
          }
          char c = src.charAt(pos++);
          if (c == ')') {
            break;
          }
          if (c != '|') {
            throw new ShellSyntaxException("unexpected '" + c + "' in a case pattern");
          }
        }
        parseList(End.CASE, false);
      }
    } finally {
      sharedDepth--;
    }
  }

  /** [[ ... ]]: operators inside are not command separators or redirections. */
  private static final Set<String> ARITHMETIC_TESTS = Set.of("-eq", "-ne", "-lt", "-le", "-gt",
      "-ge");

  private void parseConditional() throws ShellSyntaxException {
    List<Word> read = new ArrayList<>();
    while (true) {
      skipBlanks();
      if (pos >= src.length()) {
        throw new ShellSyntaxException("missing ']]'");
      }
      if (src.startsWith("]]", pos)) {
        pos += 2;
        requireSafeConditional(read);
        return;
      }
      char c = src.charAt(pos);
      if (c == '\n') {
        pos++;
        continue;
      }
      if ("&|<>()!;".indexOf(c) >= 0) {
        pos++;
        continue;
      }
      Word w = readWord();
      if (w == null) {
        throw new ShellSyntaxException("unexpected '" + c + "' in [[ ]]");
      }
      read.add(w);
    }
  }

  /** [[ x -eq y ]] evaluates both sides as arithmetic; [[ -v a[i] ]] evaluates the subscript. */
  private void requireSafeConditional(List<Word> words) throws ShellSyntaxException {
    for (int k = 0; k < words.size(); k++) {
      String op = words.get(k).text();
      if (ARITHMETIC_TESTS.contains(op) && !words.get(k).quoted()) {
        for (int side : new int[] {k - 1, k + 1}) {
          if (side >= 0 && side < words.size()) {
            requireSafeArithmetic(Arithmetic.unsafeOperand(words.get(side).text(),
                this::numericBound));
          }
        }
      }
      if (op.equals("-v") && k + 1 < words.size()
          && Arithmetic.unsafeSubscriptName(words.get(k + 1).text())) {
        requireSafeArithmetic(words.get(k + 1).text());
      }
    }
  }

  private static boolean isCommandEnd(char c) {
    return c == ';' || c == '&' || c == '|' || c == '\n' || c == ')' || c == '#';
  }

  private void skipBlanks() {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\r') {
        pos++;
      } else if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
        pos += 2;
      } else {
        return;
      }
    }
  }

  // ---- redirections and here-documents ----------------------------------------------------

  private static final String[] REDIRECT_OPS = {
    "&>>", "&>", "<<<", "<<-", "<<", "<>", "<&", ">>", ">|", ">&", "<", ">"
  };

  private boolean tryRedirect(List<Redirect> out) throws ShellSyntaxException {
    int start = pos;
    int fd = -1;
    int p = pos;
    while (p < src.length() && Character.isDigit(src.charAt(p)) && p - pos < 4) {
      p++;
    }
    if (p > pos && p < src.length() && (src.charAt(p) == '<' || src.charAt(p) == '>')) {
      fd = Integer.parseInt(src.substring(pos, p));
    } else {
      p = pos;
    }
    if (p >= src.length()) {
      return false;
    }
    char c = src.charAt(p);
    if (c != '<' && c != '>' && c != '&') {
      return false;
    }
    if ((c == '<' || c == '>') && p + 1 < src.length() && src.charAt(p + 1) == '(' && fd == -1) {
      return false; // process substitution, read as a word
    }
    String op = null;
    for (String candidate : REDIRECT_OPS) {
      if (src.startsWith(candidate, p)) {
        op = candidate;
        break;
      }
    }
    if (op == null || (c == '&' && fd != -1)) {
      return false;
    }
    pos = p + op.length();
    skipBlanks();
    boolean procSubTarget = pos + 1 < src.length() && src.charAt(pos + 1) == '(';
    if (pos >= src.length() || isCommandEnd(src.charAt(pos))
        || ((src.charAt(pos) == '<' || src.charAt(pos) == '>') && !procSubTarget)) {
      pos = start;
      throw new ShellSyntaxException("redirection '" + op + "' has no target");
    }
    Word target = readWord();
    if (target == null) {
      throw new ShellSyntaxException("redirection '" + op + "' has no target");
    }
    if (op.equals("<<") || op.equals("<<-")) {
      if (target.dynamic()) {
        throw new ShellSyntaxException("here-document delimiter must be a plain word");
      }
      // the body follows the next newline; the entry is replaced when it has been read
      out.add(new Redirect(fd, op, target, null));
      pending.add(new PendingHeredoc(target.text(), op.equals("<<-"), !target.quoted(),
          out.size() - 1, out));
      return true;
    }
    out.add(new Redirect(fd, op, target, null));
    return true;
  }

  /** Called after a newline: the bodies of pending here-documents follow, in order. */
  private void readHeredocBodies() throws ShellSyntaxException {
    List<PendingHeredoc> todo = new ArrayList<>(pending);
    pending.clear();
    for (PendingHeredoc h : todo) {
      StringBuilder body = new StringBuilder();
      boolean found = false;
      while (pos < src.length()) {
        int eol = src.indexOf('\n', pos);
        int lineEnd = eol < 0 ? src.length() : eol;
        String line = src.substring(pos, lineEnd);
        pos = eol < 0 ? src.length() : eol + 1;
        String cmp = line;
        if (h.stripTabs()) {
          int i = 0;
          while (i < cmp.length() && cmp.charAt(i) == '\t') {
            i++;
          }
          cmp = cmp.substring(i);
        }
        if (cmp.equals(h.delimiter())) {
          found = true;
          break;
        }
        body.append(line).append('\n');
      }
      if (!found) {
        throw new ShellSyntaxException("unterminated here-document (no line '" + h.delimiter() + "')");
      }
      Redirect old = h.owner().get(h.index());
      h.owner().set(h.index(), new Redirect(old.fd(), old.op(), old.target(), body.toString()));
      if (h.expands()) {
        child(body.toString()).scanDoubleQuotedText();
      }
    }
  }

  /** A here-document body with an unquoted delimiter: substitutions in it run. */
  private void scanDoubleQuotedText() throws ShellSyntaxException {
    StringBuilder sink = new StringBuilder();
    boolean[] flags = new boolean[2];
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '\\' && pos + 1 < src.length()) {
        pos += 2;
      } else if (c == '$') {
        readDollar(sink, flags, true);
      } else if (c == '`') {
        readBacktick(sink);
      } else {
        pos++;
      }
    }
  }

  // ---- words ------------------------------------------------------------------------------

  /** Reads one word; null when the input here does not start a word. */
  private Word readWord() throws ShellSyntaxException {
    int start = pos;
    StringBuilder text = new StringBuilder();
    boolean quoted = false;
    boolean[] dyn = new boolean[2]; // [0] an expansion, [1] a bound loop word that is a pattern
    boolean glob = false;
    boolean braceOpen = false;
    boolean bracketOpen = false;
    boolean brace = false;
    boolean tilde = false;
    boolean procSub = false;
    boolean nameSoFar = true;
    int assignEnd = -1;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if ((c == '<' || c == '>') && pos + 1 < src.length() && src.charAt(pos + 1) == '('
          && pos == start) {
        pos += 2;
        parseListShared(End.PAREN, false);
        text.append(c).append("(...)");
        procSub = true;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ';' || c == '&' || c == '|'
          || c == '(' || c == ')' || c == '<' || c == '>') {
        break;
      }
      if (c == '#' && pos == start) {
        break;
      }
      boolean wasName = nameSoFar;
      nameSoFar = false;
      if (c == '\'') {
        int close = src.indexOf('\'', pos + 1);
        if (close < 0) {
          throw new ShellSyntaxException("unterminated single quote");
        }
        text.append(src, pos + 1, close);
        pos = close + 1;
        quoted = true;
      } else if (c == '"') {
        pos++;
        readDoubleQuoted(text, dyn);
        quoted = true;
      } else if (c == '\\') {
        if (pos + 1 >= src.length()) {
          throw new ShellSyntaxException("the line ends with a lone backslash");
        }
        char n = src.charAt(pos + 1);
        pos += 2;
        if (n != '\n') {
          text.append(n);
          quoted = true;
        }
      } else if (c == '$') {
        if (pos + 1 < src.length() && src.charAt(pos + 1) == '\'') {
          pos += 2;
          readAnsiC(text);
          quoted = true;
        } else if (pos + 1 < src.length() && src.charAt(pos + 1) == '"') {
          pos += 2;
          readDoubleQuoted(text, dyn);
          quoted = true;
        } else {
          readDollar(text, dyn, false);
        }
      } else if (c == '`') {
        readBacktick(text);
        dyn[0] = true;
      } else {
        if (c == '=' && wasName && assignEnd < 0 && text.length() > 0 && !quoted && !dyn[0]) {
          assignEnd = text.length();
        }
        if (c == '*' || c == '?') {
          glob = true;
        } else if (c == '[') {
          bracketOpen = true; // a glob only once a ']' closes it; a lone '[' is the test command
        } else if (c == ']' && bracketOpen) {
          glob = true; // NAME[i]=v array assignments read as globs too: denied, never guessed
        } else if (c == '{') {
          braceOpen = true;
        } else if (c == ',' && braceOpen) {
          brace = true;
        } else if (c == '~' && pos == start) {
          tilde = true;
        }
        text.append(c);
        pos++;
        nameSoFar = assignEnd < 0 && wasName
            && (Character.isLetterOrDigit(c) || c == '_') && !(text.length() == 1 && Character.isDigit(c));
      }
    }
    if (pos == start) {
      return null;
    }
    if (dyn[1]) {
      // a pattern stands for the file name only when it is the whole word
      String t = text.toString();
      boolean alone = lookupPatternWhole(t);
      if (alone && !dyn[0] && !glob && !brace && !tilde && !procSub) {
        glob = true;
      } else {
        dyn[0] = true;
      }
    }
    return new Word(text.toString(), quoted, dyn[0], glob, brace && braceOpen, tilde, procSub, assignEnd);
  }

  /** True when {@code t} is exactly a pattern word of one of the active loop bindings. */
  private boolean lookupPatternWhole(String t) {
    for (Binding b : loops) {
      if (b != null && b.values().stream().anyMatch(v -> v.glob() && v.text().equals(t))) {
        return true;
      }
    }
    return false;
  }

  private void readDoubleQuoted(StringBuilder text, boolean[] dyn) throws ShellSyntaxException {
    while (true) {
      if (pos >= src.length()) {
        throw new ShellSyntaxException("unterminated double quote");
      }
      char c = src.charAt(pos);
      if (c == '"') {
        pos++;
        return;
      }
      if (c == '\\' && pos + 1 < src.length()) {
        char n = src.charAt(pos + 1);
        if (n == '$' || n == '`' || n == '"' || n == '\\') {
          text.append(n);
          pos += 2;
        } else if (n == '\n') {
          pos += 2;
        } else {
          text.append(c);
          pos++;
        }
      } else if (c == '$') {
        readDollar(text, dyn, true);
      } else if (c == '`') {
        readBacktick(text);
        dyn[0] = true;
      } else {
        text.append(c);
        pos++;
      }
    }
  }

  /** $name, ${...}, $(...), $((...)); a lone $ is literal. */
  private void readDollar(StringBuilder text, boolean[] dyn, boolean inQuotes)
      throws ShellSyntaxException {
    int start = pos;
    if (pos + 1 >= src.length()) {
      text.append('$');
      pos++;
      return;
    }
    char n = src.charAt(pos + 1);
    if (n == '[') {
      throw new ShellSyntaxException("'$[' is the old arithmetic expansion; it is not supported");
    }
    if (n == '(') {
      dyn[0] = true;
      if (src.startsWith("$((", pos)) {
        pos += 3;
        scanArithmetic();
        text.append("$((...))");
      } else {
        pos += 2;
        parseListShared(End.PAREN, false);
        text.append("$(...)");
      }
      return;
    }
    if (n == '{') {
      pos += 2;
      scanBraceParameter();
      String inner = src.substring(start + 2, pos - 1);
      if (inner.matches("[A-Za-z_][A-Za-z0-9_]*") && appendBound(inner, text, dyn, inQuotes)) {
        return;
      }
      dyn[0] = true;
      text.append(src, start, pos);
      return;
    }
    if (Character.isLetter(n) || n == '_') {
      pos++;
      while (pos < src.length()
          && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
        pos++;
      }
      if (appendBound(src.substring(start + 1, pos), text, dyn, inQuotes)) {
        return;
      }
      dyn[0] = true;
      text.append(src, start, pos);
      return;
    }
    if (Character.isDigit(n) || "@*#?$!-".indexOf(n) >= 0) {
      pos += 2;
      dyn[0] = true;
      text.append(src, start, pos);
      return;
    }
    text.append('$');
    pos++;
  }

  /** ${...}: nested braces, quotes and substitutions inside; the substitutions are commands. */
  private void scanBraceParameter() throws ShellSyntaxException {
    enter();
    try {
      scanBraceParameterBody();
    } finally {
      sharedDepth--;
    }
  }

  private void scanBraceParameterBody() throws ShellSyntaxException {
    int level = 1;
    ArrayDeque<Integer> starts = new ArrayDeque<>();
    starts.push(pos);
    StringBuilder sink = new StringBuilder();
    boolean[] flags = new boolean[2];
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '}') {
        // ${a[i]} and ${s:i:n} evaluate i and n as arithmetic, nested ones included
        requireSafeArithmetic(Arithmetic.unsafeParameter(src.substring(starts.pop(), pos),
            this::numericBound));
        pos++;
        if (--level == 0) {
          return;
        }
      } else if (c == '\\' && pos + 1 < src.length()) {
        pos += 2;
      } else if (c == '\'') {
        int close = src.indexOf('\'', pos + 1);
        if (close < 0) {
          throw new ShellSyntaxException("unterminated single quote in ${...}");
        }
        pos = close + 1;
      } else if (c == '"') {
        pos++;
        readDoubleQuoted(sink, flags);
      } else if (c == '$') {
        if (src.startsWith("${", pos)) {
          pos += 2;
          starts.push(pos);
          level++;
        } else {
          readDollar(sink, flags, true);
        }
      } else if (c == '`') {
        readBacktick(sink);
      } else {
        pos++;
      }
    }
    throw new ShellSyntaxException("unterminated ${ parameter expansion");
  }

  /** After "((" or "$((": up to the matching "))"; substitutions inside are commands. */
  private void scanArithmetic() throws ShellSyntaxException {
    enter();
    try {
      scanArithmeticBody();
    } finally {
      sharedDepth--;
    }
  }

  private void scanArithmeticBody() throws ShellSyntaxException {
    int level = 0;
    int start = pos;
    StringBuilder sink = new StringBuilder();
    boolean[] flags = new boolean[2];
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == ')') {
        if (level == 0) {
          if (src.startsWith("))", pos)) {
            requireSafeArithmetic(Arithmetic.unsafeOperand(src.substring(start, pos),
                this::numericBound));
            pos += 2;
            return;
          }
          throw new ShellSyntaxException("arithmetic expression is not closed with '))'");
        }
        level--;
        pos++;
      } else if (c == '(') {
        level++;
        pos++;
      } else if (c == '$') {
        readDollar(sink, flags, true);
      } else if (c == '`') {
        readBacktick(sink);
      } else if (c == '\'' || c == '"' || c == '\\') {
        // quotes inside arithmetic are rare and not worth modelling; refuse rather than guess
        throw new ShellSyntaxException("quotes inside an arithmetic expression are not supported");
      } else {
        pos++;
      }
    }
    throw new ShellSyntaxException("unterminated arithmetic expression");
  }

  /** `...`: the text between unescaped backticks, unescaped once, parsed as a command line. */
  private void readBacktick(StringBuilder text) throws ShellSyntaxException {
    int start = pos;
    pos++;
    StringBuilder inner = new StringBuilder();
    while (true) {
      if (pos >= src.length()) {
        throw new ShellSyntaxException("unterminated backtick");
      }
      char c = src.charAt(pos);
      if (c == '`') {
        pos++;
        break;
      }
      if (c == '\\' && pos + 1 < src.length()) {
        char n = src.charAt(pos + 1);
        if (n == '`' || n == '\\' || n == '$') {
          inner.append(n);
        } else {
          inner.append(c).append(n);
        }
        pos += 2;
        continue;
      }
      inner.append(c);
      pos++;
    }
    ShellParser sub = child(inner.toString());
    sub.parseList(End.EOF, false);
    text.append(src, start, Math.min(pos, start + 1)).append("...`");
  }

  /** $'...': C escapes decoded the way bash does, so $'\x72m' is rm. */
  private void readAnsiC(StringBuilder text) throws ShellSyntaxException {
    while (true) {
      if (pos >= src.length()) {
        throw new ShellSyntaxException("unterminated $'...' string");
      }
      char c = src.charAt(pos);
      if (c == '\'') {
        pos++;
        return;
      }
      if (c != '\\') {
        text.append(c);
        pos++;
        continue;
      }
      if (pos + 1 >= src.length()) {
        throw new ShellSyntaxException("unterminated $'...' string");
      }
      char e = src.charAt(pos + 1);
      pos += 2;
      switch (e) {
        case 'n' -> text.append('\n');
        case 't' -> text.append('\t');
        case 'r' -> text.append('\r');
        case 'a' -> text.append('\u0007');
        case 'b' -> text.append('\b');
        case 'e', 'E' -> text.append('\u001b');
        case 'f' -> text.append('\f');
        case 'v' -> text.append('\u000b');
        case '\\', '\'', '"', '?' -> text.append(e);
        case 'x' -> appendCode(text, readHex(2));
        case 'u' -> appendCode(text, readHex(4));
        case 'U' -> appendCode(text, readHex(8));
        case 'c' -> {
          if (pos >= src.length()) {
            throw new ShellSyntaxException("unterminated $'...' string");
          }
          text.append((char) (src.charAt(pos++) & 0x1f));
        }
        default -> {
          if (e >= '0' && e <= '7') {
            int v = e - '0';
            for (int i = 0; i < 2 && pos < src.length(); i++) {
              char d = src.charAt(pos);
              if (d < '0' || d > '7') {
                break;
              }
              v = v * 8 + (d - '0');
              pos++;
            }
            text.append((char) (v & 0xff));
          } else {
            text.append('\\').append(e);
          }
        }
      }
    }
  }

  private int readHex(int max) {
    int v = 0;
    int n = 0;
    while (n < max && pos < src.length() && Character.digit(src.charAt(pos), 16) >= 0) {
      v = v * 16 + Character.digit(src.charAt(pos), 16);
      pos++;
      n++;
    }
    return n == 0 ? -1 : v;
  }

  private static void appendCode(StringBuilder text, int cp) throws ShellSyntaxException {
    if (cp < 0) {
      throw new ShellSyntaxException("malformed escape in $'...'");
    }
    if (cp == 0) {
      return; // bash truncates at NUL
    }
    if (!Character.isValidCodePoint(cp)) {
      throw new ShellSyntaxException("invalid code point in $'...'");
    }
    text.appendCodePoint(cp);
  }
}
