package io.moltr.core.command;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.moltr.core.Operation;
import io.moltr.core.Severity;
import io.moltr.core.command.CommandRules.WrapperSpec;
import io.moltr.core.command.Script.Redirect;
import io.moltr.core.command.Script.SimpleCommand;
import io.moltr.core.command.Script.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Judges one simple command. Order: leading assignments, the command word (static? by a trusted
 * path?), wrappers peeled off, code runners and shells, blocked, allowed, stdin into an
 * interpreter, the tool's argument policy, then every redirection. The first refusal wins.
 */
final class SegmentJudge {
  /** The verdict on one simple command, with what the answer shows about it. */
  record Segment(List<String> argv, String command, String risk, String rule, Verdict verdict,
      boolean writes, boolean network) {}

  private static final int MAX_WRAPPERS = 8;
  private static final Set<String> OWN_STDIN_POLICY = Set.of("python", "python2", "python3",
      "node", "nodejs", "bun");

  private final CommandRules rules;
  private final ToolArguments tools;

  SegmentJudge(CommandRules rules, ToolArguments tools) {
    this.rules = rules;
    this.tools = tools;
  }

  /**
   * @param inStartDir false when the command line changes directory somewhere (cd, pushd, popd):
   *     then a relative program path (./mvnw, .venv/bin/pytest, an activation script) may name a
   *     file the agent wrote elsewhere, so it is trusted only when nothing moved the shell
   */
  Segment judge(SimpleCommand sc, boolean inStartDir) {
    List<String> argv = sc.words().stream().map(Word::text).toList();
    boolean writesFile = sc.redirects().stream().anyMatch(r -> r.writes() && !isHarmless(r));
    for (Word a : sc.assignments()) {
      String name = a.text().substring(0, a.assignEnd());
      if (rules.isOversightEnv(name)) {
        return oversight(argv, "", name);
      }
      if (rules.isDangerousEnv(name, a.text().substring(a.assignEnd() + 1), a.isStatic())) {
        return evasion(argv, "", "setting " + name + " can make a program run other code");
      }
    }
    if (sc.words().isEmpty()) {
      Verdict r = redirects(sc.redirects());
      return new Segment(argv, "", "harmless", r instanceof Verdict.Block b ? b.ruleId()
          : "assignment", r, writesFile, false);
    }
    List<Word> words = sc.words();
    int i = 0;
    String name;
    for (int hops = 0; ; hops++) {
      Word w = words.get(i);
      if (!w.isStatic()) {
        return evasion(argv, w.text(), "command name '" + w.text() + "' is only known at run time "
            + "(expansion, substitution or wildcard)");
      }
      if (w.quoted()) {
        return evasion(argv, w.text(), "command name '" + w.text() + "' is spelled with quotes "
            + "or escapes");
      }
      name = w.text();
      for (int k = 0; k < name.length(); k++) {
        if (Character.isISOControl(name.charAt(k)) || Character.isWhitespace(name.charAt(k))) {
          return evasion(argv, name, "command name contains control or space characters");
        }
      }
      int slash = name.lastIndexOf('/');
      if (slash >= 0 && !name.startsWith("/") && !inStartDir) {
        return deny(argv, name, "command.not_allowed", "'" + name + "' is a relative program path "
            + "on a line that changes directory: it could name a file written elsewhere",
            Severity.HIGH, "elevated");
      }
      String asTool = name.startsWith("./") && slash == 1
          ? rules.workspacePrograms().get(name.substring(2)) : null;
      if (asTool != null) {
        name = asTool; // ./mvnw: the project's wrapper script, judged as the tool it starts
      } else if (slash >= 0) {
        String dir = slash == 0 ? "/" : name.substring(0, slash);
        if (dir.startsWith("./")) {
          dir = dir.substring(2);
        }
        if (!rules.trustedBinDirs().contains(dir)) {
          return deny(argv, name, "command.not_allowed", "'" + name + "' runs a program by a path "
              + "outside the trusted bin directories", Severity.HIGH, "elevated");
        }
        name = name.substring(slash + 1);
        if (name.isEmpty()) {
          return evasion(argv, w.text(), "'" + w.text() + "' is a directory, not a program");
        }
      }
      if (isActivation(name, words, i) && inStartDir) {
        Verdict r = redirects(sc.redirects());
        return new Segment(argv, name, "harmless", r instanceof Verdict.Block b ? b.ruleId()
            : "activation_scripts", r, false, false);
      }
      if (rules.blocked().contains(name)) {
        return deny(argv, name, "command.blocked", "'" + name + "' is a blocked command",
            Severity.HIGH, rules.risk().getOrDefault(name, "dangerous"));
      }
      WrapperSpec spec = rules.wrappers().get(name);
      if (spec == null) {
        break;
      }
      if (spec.subcommand() != null && (i + 1 >= words.size()
          || !words.get(i + 1).text().equals(spec.subcommand()) || words.get(i + 1).quoted())) {
        break; // uv sync, poetry install: the tool itself; only "uv run CMD" wraps
      }
      if (hops >= MAX_WRAPPERS) {
        return evasion(argv, name, "too many wrapper commands in a row");
      }
      int j = spec.subcommand() != null ? i + 2 : i + 1;
      boolean lookupOnly = false;
      while (j < words.size()) {
        Word o = words.get(j);
        String a = o.text();
        if (Options.startsDynamic(o)) {
          return evasion(argv, name, "argument '" + a + "' of " + name + " is only known at run time");
        }
        if (name.equals("env") && (a.equals("--ignore-environment") || a.matches("-[0v]*i.*"))
            && !rules.oversightEnv().isEmpty()) {
          return oversight(argv, name, "the whole environment (env -i)");
        }
        String unset = name.equals("env") ? envUnset(words, j) : null;
        if (unset != null && rules.isOversightEnv(unset)) {
          return oversight(argv, name, unset);
        }
        if (name.equals("env") && !a.startsWith("-") && o.assignEnd() > 0) {
          String var = a.substring(0, o.assignEnd());
          if (rules.isOversightEnv(var)) {
            return oversight(argv, name, var);
          }
          if (rules.isDangerousEnv(var, a.substring(o.assignEnd() + 1), o.isStatic())) {
            return evasion(argv, name, "setting " + var + " can make a program run other code");
          }
          j++;
          continue;
        }
        if (a.equals("--")) {
          j++;
          break;
        }
        if (!a.startsWith("-") || a.length() < 2) {
          break;
        }
        for (String d : spec.denyOptions()) {
          if (Options.matches(a, d, true)) {
            return evasion(argv, name, name + " " + d + " splits a string into a command line");
          }
        }
        if (name.equals("command") && (a.contains("v") || a.contains("V"))) {
          lookupOnly = true;
        }
        if (name.equals("xargs") && (a.equals("-a") || a.startsWith("--arg-file")
            || a.startsWith("-a"))) {
          // the words xargs reads come from this file: it is read like any file argument
          Word file = a.equals("-a") || a.equals("--arg-file")
              ? (j + 1 < words.size() ? words.get(j + 1) : null)
              : Options.sub(o, a.substring(a.startsWith("-a") ? 2 : "--arg-file=".length()));
          Verdict v = tools.path("xargs", file, Operation.READ);
          if (v instanceof Verdict.Block b) {
            return new Segment(new ArrayList<>(argv), name, "elevated", b.ruleId(), v, false, false);
          }
        }
        j += spec.optionsWithValue().contains(a) ? 2 : 1;
      }
      j += spec.positionals();
      if (lookupOnly) {
        return new Segment(argv, name, "harmless", "command -v (lookup only)", Verdict.PASS,
            false, false);
      }
      if (j >= words.size()) {
        if (name.equals("env")) {
          return deny(argv, name, "command.not_allowed", "env without a command prints the "
              + "environment, which holds secrets", Severity.MEDIUM, "elevated");
        }
        if (name.equals("xargs")) {
          // without a command xargs runs echo on the words it reads
          Verdict r = redirects(sc.redirects());
          return new Segment(argv, "xargs", "harmless", r instanceof Verdict.Block b ? b.ruleId()
              : "xargs (echo)", r, false, false);
        }
        return new Segment(argv, name, "harmless", "wrapper without a command", Verdict.PASS,
            false, false);
      }
      if (name.equals("xargs")) {
        Word inner = words.get(j);
        String target = inner.text().substring(inner.text().lastIndexOf('/') + 1);
        boolean fileTarget = inner.isStatic() && spec.fileTargets().contains(target);
        if (!inner.isStatic() || !spec.allowedTargets().contains(target) && !fileTarget) {
          return deny(argv, name, "command.argument_policy.xargs", "xargs: '" + inner.text()
              + "' would get arguments read from stdin, which no policy can check", Severity.HIGH,
              "elevated");
        }
        if (fileTarget) {
          boolean nul = words.subList(i + 1, j).stream().map(Word::text)
              .anyMatch(a -> a.equals("-0") || a.equals("--null") || a.matches("-[a-zA-Z]*0"));
          Verdict v = tools.findListsFiles(sc.pipedFrom(), nul,
              nul || spec.splitFileTargets().contains(target));
          if (v instanceof Verdict.Block b) {
            return deny(argv, name, "command.argument_policy.xargs", "xargs: '" + target
                + "' would read files named on stdin: " + b.reason(), Severity.HIGH, "elevated");
          }
        }
      }
      i = j;
    }
    List<Word> args = words.subList(i + 1, words.size());
    String secret = secretExpansion(name, args);
    if (secret != null) {
      return deny(argv, name, "command.secret_variable", "'" + secret + "' expands a variable "
          + "whose name says it holds a secret", Severity.HIGH, "elevated");
    }
    Segment assigns = assignedNames(argv, name, args);
    if (assigns != null) {
      return assigns;
    }
    String risk = rules.riskOf(name);
    boolean network = rules.network().contains(name);
    boolean writes = writesFile || rules.write().contains(name);
    if (rules.codeRunners().contains(name)) {
      return evasion(argv, name, "'" + name + "' runs text as shell code or changes how later "
          + "commands resolve");
    }
    if (rules.stateBuiltins().contains(name)) {
      return stateBuiltin(argv, name, args, sc);
    }
    if (rules.shells().contains(name)) {
      for (Word a : args) {
        String t = a.text();
        if (t.startsWith("-") && !t.startsWith("--") && t.indexOf('c') > 0) {
          return evasion(argv, name, "'" + name + " -c' runs a command string");
        }
      }
    }
    if (!rules.allowed().contains(name) && !network) {
      return deny(argv, name, "command.not_allowed", "'" + name + "' is not an allowed command",
          Severity.MEDIUM, risk);
    }
    if (rules.interpreters().contains(name) && !OWN_STDIN_POLICY.contains(name)
        && args.isEmpty() && (sc.pipedInput() || sc.redirects().stream().anyMatch(Redirect::feedsStdin))) {
      return deny(argv, name, "command.interpreter_pipe", "input is fed into the interpreter "
          + name + ", which runs it as a program", Severity.HIGH, "dangerous");
    }
    Verdict v = tools.check(name, args, sc);
    if (v instanceof Verdict.Block b) {
      return new Segment(argv, name, riskFor(b, risk), b.ruleId(), v, writes, network);
    }
    Verdict r = redirects(sc.redirects());
    if (r instanceof Verdict.Block b) {
      return new Segment(argv, name, riskFor(b, risk), b.ruleId(), r, writes, network);
    }
    String rule = rules.allowed().contains(name) ? "allowed_commands" : "network_commands";
    return new Segment(argv, name, risk, rule, Verdict.PASS, writes, network);
  }

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{?#?!?([A-Za-z_][A-Za-z0-9_]*)");

  /**
   * The first argument that expands (or printenv that names) a secret-named variable; a curl or
   * wget header may carry one (a token for the host the domain policy allows).
   */
  private String secretExpansion(String name, List<Word> args) {
    boolean header = name.equals("curl") || name.equals("wget");
    for (int k = 0; k < args.size(); k++) {
      Word w = args.get(k);
      String t = w.text();
      if (name.equals("printenv") && !t.startsWith("-") && rules.isSecretVariable(t)) {
        return t;
      }
      if (header && (t.startsWith("-H") || t.startsWith("--header"))) {
        if (t.equals("-H") || t.equals("--header")) {
          k++;
        }
        continue;
      }
      if (!w.dynamic()) {
        continue;
      }
      Matcher m = VARIABLE.matcher(t);
      while (m.find()) {
        if (rules.isSecretVariable(m.group(1))) {
          return t;
        }
      }
    }
    return null;
  }

  /** export/declare/set/...: shell state only; their assignments pass the same env check. */
  private Segment stateBuiltin(List<String> argv, String name, List<Word> args, SimpleCommand sc) {
    boolean printsAll = args.isEmpty() && Set.of("export", "declare", "typeset", "readonly", "set",
        "local").contains(name);
    if (printsAll || (name.equals("export") || name.equals("declare")) && args.stream()
        .anyMatch(w -> w.text().equals("-p"))) {
      return deny(argv, name, "command.not_allowed", "'" + name + "' without names prints every "
          + "variable, secrets included", Severity.MEDIUM, "elevated");
    }
    String previous = "";
    for (Word w : args) {
      String t = w.text();
      if (Options.startsDynamic(w)) {
        return evasion(argv, name, "argument '" + t + "' of " + name + " is only known at run time");
      }
      if (name.equals("set") && previous.equals("+o") && rules.oversightShellOptions().contains(t)) {
        return evasion(argv, name, "'set +o " + t + "' switches off what records the agent's "
            + "commands");
      }
      previous = t;
      if (t.startsWith("-") && t.indexOf('f') > 0 && !name.equals("set")) {
        return evasion(argv, name, "'" + name + " " + t + "' changes shell functions");
      }
      if (t.startsWith("-") && t.indexOf('n') > 0 && Set.of("declare", "typeset", "local")
          .contains(name)) {
        return evasion(argv, name, "'" + name + " " + t + "' makes a name refer to another "
            + "variable (PATH, or a[$(cmd)] whose subscript runs), past the assignment checks");
      }
      if (t.startsWith("-") && t.indexOf('i') > 0 && !name.equals("set")) {
        return evasion(argv, name, "'" + name + " " + t + "' makes later assignments arithmetic, "
            + "which evaluates a value's subscripts (a[$(cmd)]) as commands");
      }

      int eq = t.indexOf('=');
      String var = eq > 0 ? t.substring(0, eq) : t;
      if (!t.startsWith("-") && !t.startsWith("+") && Arithmetic.unsafeSubscriptName(var)) {
        return evasion(argv, name, "'" + t + "' has a subscript bash evaluates as arithmetic");
      }
      if (!t.startsWith("-") && !t.startsWith("+") && rules.isOversightEnv(var)) {
        return oversight(argv, name, var); // unset and export -n included: removing one blinds too
      }
      if (!name.equals("unset") && !t.startsWith("-") && !t.startsWith("+")
          && rules.isDangerousEnv(var, eq > 0 ? t.substring(eq + 1) : null, w.isStatic())) {
        return evasion(argv, name, "setting " + var + " can make a program run other code");
      }
    }
    Verdict r = redirects(sc.redirects());
    return new Segment(argv, name, "harmless", r instanceof Verdict.Block b ? b.ruleId()
        : "state_builtins", r, false, false);
  }

  /** read's options that take a value; every other word names a variable it sets. */
  private static final Set<String> READ_VALUE_OPTIONS = Set.of("-a", "-d", "-i", "-n", "-N", "-p",
      "-t", "-u");

  /**
   * printf -v NAME, read NAME..., read -a NAME and getopts OPTSTRING NAME set variables like an
   * assignment does, with a value the policy cannot see: the names pass the same checks
   * (oversight_env, dangerous_env whatever the value, no arithmetic subscript); null when they do.
   */
  private Segment assignedNames(List<String> argv, String name, List<Word> args) {
    if (name.equals("test") || name.equals("[")) {
      return vSubscript(args) ? evasion(argv, name, "'" + name + " -v' evaluates an array "
          + "subscript as arithmetic, which runs commands (a[$(cmd)])") : null;
    }
    if (!Set.of("printf", "read", "getopts").contains(name)) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (int k = 0; k < args.size(); k++) {
      String t = args.get(k).text();
      switch (name) {
        case "printf" -> {
          if (t.equals("-v") && k + 1 < args.size()) {
            names.add(args.get(++k).text());
          } else if (t.startsWith("-v") && t.length() > 2) {
            names.add(t.substring(2));
          }
        }
        case "read" -> {
          if (READ_VALUE_OPTIONS.contains(t) && k + 1 < args.size()) {
            if (t.equals("-a")) {
              names.add(args.get(k + 1).text());
            }
            k++;
          } else if (!t.startsWith("-")) {
            names.add(t);
          }
        }
        case "getopts" -> {
          if (k == 1) {
            names.add(t);
          }
        }
        default -> { }
      }
    }
    for (String var : names) {
      if (rules.isOversightEnv(var)) {
        return oversight(argv, name, var);
      }
      if (rules.isDangerousEnv(var) || Arithmetic.unsafeSubscriptName(var)) {
        return evasion(argv, name, "'" + name + "' sets " + var + " to a value the policy "
            + "cannot see, which can make a program run other code");
      }
    }
    return null;
  }

  private static boolean vSubscript(List<Word> args) {
    for (int k = 0; k + 1 < args.size(); k++) {
      if (args.get(k).text().equals("-v") && Arithmetic.unsafeSubscriptName(args.get(k + 1).text())) {
        return true;
      }
    }
    return false;
  }

  /** The variable "env -u NAME", "env -uNAME" or "env --unset=NAME" at {@code j} removes. */
  private static String envUnset(List<Word> words, int j) {
    String a = words.get(j).text();
    if ((a.equals("-u") || a.equals("--unset")) && j + 1 < words.size()) {
      return words.get(j + 1).text();
    }
    if (a.startsWith("--unset=")) {
      return a.substring("--unset=".length());
    }
    return a.startsWith("-u") && a.length() > 2 ? a.substring(2) : null;
  }

  /** "source .venv/bin/activate": one static operand that activation_scripts lists. */
  private boolean isActivation(String name, List<Word> words, int i) {
    if (!(name.equals("source") || name.equals(".")) || words.size() != i + 2
        || !words.get(i + 1).isStatic()) {
      return false;
    }
    String path = words.get(i + 1).text();
    return rules.activationScripts().contains(path.startsWith("./") ? path.substring(2) : path);
  }

  private static Segment oversight(List<String> argv, String command, String var) {
    return evasion(argv, command, "changing or removing " + var + " blinds what records or "
        + "filters the agent's commands (shell history, the egress proxy)");
  }

  /** Redirections on groups and subshells: { ...; } > file. */
  Verdict redirects(List<Redirect> redirects) {
    for (Redirect r : redirects) {
      if (r.op().startsWith("<<")) {
        continue; // here-documents and here-strings: their substitutions are judged as commands
      }
      if ((r.op().equals(">&") || r.op().equals("<&")) && r.isFdTarget()) {
        continue;
      }
      if (r.target().dynamic()) {
        return Verdict.block("command.evasion", "redirection target '" + r.target().text()
            + "' is only known at run time", Severity.HIGH);
      }
      Verdict v = tools.path("redirect", r.target(), r.writes() ? Operation.WRITE : Operation.READ);
      if (v instanceof Verdict.Block) {
        return v;
      }
    }
    return Verdict.PASS;
  }

  private boolean isHarmless(Redirect r) {
    return r.isFdTarget() || rules.harmlessPaths().contains(r.target().text());
  }

  private static String riskFor(Verdict.Block b, String risk) {
    return b.severity().compareTo(Severity.HIGH) >= 0 ? CommandRules.higher("elevated", risk) : risk;
  }

  private static Segment evasion(List<String> argv, String command, String reason) {
    return deny(argv, command, "command.evasion", reason, Severity.HIGH, "dangerous");
  }

  private static Segment deny(List<String> argv, String command, String rule, String reason,
      Severity severity, String risk) {
    return new Segment(new ArrayList<>(argv), command, risk, rule,
        Verdict.block(rule, reason, severity), false, false);
  }
}
