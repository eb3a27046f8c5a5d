package io.moltr.core.command;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.moltr.core.Decision;
import io.moltr.core.Operation;
import io.moltr.core.Severity;
import io.moltr.core.command.CommandRules.InlineCode;
import io.moltr.core.command.CommandRules.ToolRules;
import io.moltr.core.command.Options.Item;
import io.moltr.core.command.Script.Redirect;
import io.moltr.core.command.Script.SimpleCommand;
import io.moltr.core.command.Script.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Argument policies for allowed tools that can run code, reach the network or touch files. The
 * lists come from commands.yaml; this class knows each tool's option syntax. Files go to the
 * path policy and URLs to the network policy: they are never judged here.
 */
final class ToolArguments {
  private final CommandRules rules;
  private final ToolRules t;
  private final PathCheck paths;
  private final UrlCheck urls;

  ToolArguments(CommandRules rules, PathCheck paths, UrlCheck urls) {
    this.rules = rules;
    this.t = rules.tools();
    this.paths = paths;
    this.urls = urls;
  }

  /** The tool's own policy for {@code args} (the words after the command name). */
  Verdict check(String tool, List<Word> args, SimpleCommand sc) {
    String fileOp = t.fileArguments().get(tool);
    if (fileOp != null) {
      return files(tool, fileOp, args);
    }
    CommandRules.FileTool fileTool = t.fileTools().get(tool);
    if (fileTool != null) {
      return dataFiles(tool, fileTool, args);
    }
    CommandRules.BuildTool build = t.buildTools().get(tool);
    if (build != null) {
      Verdict v = buildTool(tool, build, args);
      return v instanceof Verdict.Block || !tool.equals("coverage") ? v : coverageRun(args, sc);
    }
    return switch (tool) {
      case "sed" -> sed(args);
      case "awk", "gawk", "mawk", "nawk" -> awk(tool, args);
      case "jq" -> jq(args);
      case "yq" -> yq(args, sc);
      case "sqlite3" -> sqlite3(args, sc);
      case "tar" -> tar(args);
      case "zip" -> zip(args);
      case "unzip" -> unzip(args);
      case "yarn", "pnpm" -> yarn(tool, args, sc);
      case "ping", "ping6" -> hosts(tool, args, "ciIlmMpQsStTwWF");
      case "ps" -> ps(args);
      case "nslookup" -> hosts(tool, args, "");
      case "host" -> hosts(tool, args, "tWRNmc");
      case "find" -> find(args);
      case "git" -> git(args);
      case "python", "python3", "python2" -> python(tool, args, sc);
      case "pip", "pip3" -> pip(tool, args);
      case "node", "nodejs" -> node(tool, args, sc);
      case "npm", "bun" -> npm(tool, args, sc);
      case "make" -> make(args);
      case "ffmpeg" -> ffmpeg(args);
      case "curl" -> curl(args);
      case "wget" -> wget(args);
      default -> Verdict.PASS;
    };
  }

  // ---- files ------------------------------------------------------------------------------

  private static final Set<String> GREP_LONG = Set.of("--regexp", "--file", "--max-count",
      "--after-context", "--before-context", "--context", "--include", "--exclude",
      "--exclude-dir", "--exclude-from", "--label", "--binary-files", "--devices",
      "--directories", "--group-separator");
  private static final Set<String> HEAD_LONG = Set.of("--lines", "--bytes", "--sleep-interval",
      "--pid", "--max-unchanged-stats");
  private static final Set<String> LS_LONG = Set.of("--ignore", "--hide", "--width",
      "--tabsize", "--block-size", "--format", "--sort", "--time", "--quoting-style",
      "--indicator-style", "--time-style");
  private static final Set<String> CP_LONG = Set.of("--target-directory", "--suffix");
  private static final Set<String> MKDIR_LONG = Set.of("--mode", "--context");
  private static final Set<String> SORT_LONG = Set.of("--key", "--field-separator", "--output",
      "--buffer-size", "--temporary-directory", "--compress-program", "--files0-from",
      "--parallel", "--batch-size", "--random-source", "--sort");
  private static final Set<String> UNIQ_LONG = Set.of("--skip-fields", "--skip-chars",
      "--check-chars");
  private static final Set<String> CUT_LONG = Set.of("--bytes", "--characters", "--delimiter",
      "--fields", "--output-delimiter");
  private static final Set<String> DIFF_LONG = Set.of("--label", "--ignore-matching-lines",
      "--exclude", "--exclude-from", "--from-file", "--to-file", "--show-function-line",
      "--line-format", "--old-line-format", "--new-line-format", "--unchanged-line-format",
      "--old-group-format", "--new-group-format", "--changed-group-format",
      "--unchanged-group-format", "--width", "--tabsize", "--horizon-lines", "--palette",
      "--starting-file", "--context", "--unified");

  private Verdict files(String tool, String op, List<Word> args) {
    String shortVal = switch (tool) {
      case "grep" -> "efmABCdD";
      case "head", "tail" -> "ncs";
      case "ls" -> "IwT";
      case "cp" -> "tS";
      case "mkdir" -> "m";
      case "sort" -> "ktoSTy";
      case "uniq" -> "fsw";
      case "cut" -> "bcdf";
      case "diff" -> "CUILxXFW";
      default -> "";
    };
    Set<String> longVal = switch (tool) {
      case "grep" -> GREP_LONG;
      case "head", "tail" -> HEAD_LONG;
      case "ls" -> LS_LONG;
      case "cp" -> CP_LONG;
      case "mkdir" -> MKDIR_LONG;
      case "sort" -> SORT_LONG;
      case "uniq" -> UNIQ_LONG;
      case "cut" -> CUT_LONG;
      case "diff" -> DIFF_LONG;
      default -> Set.of();
    };
    List<Item> items = Options.parse(args, shortVal, longVal, true);
    boolean patternGiven = false;
    Word target = null;
    for (Item it : items) {
      if (it.isOperand()) {
        continue;
      }
      switch (it.name()) {
        case "-e", "--regexp" -> patternGiven = tool.equals("grep") || patternGiven;
        case "-f", "--file", "--exclude-from", "--files0-from" -> {
          if (tool.equals("grep") || tool.equals("wc") || tool.equals("sort")
              || tool.equals("diff")) {
            patternGiven |= tool.equals("grep") && !it.name().equals("--exclude-from");
            Verdict v = path(tool, it.value(), Operation.READ);
            if (v instanceof Verdict.Block) {
              return v;
            }
          }
        }
        case "-t", "--target-directory" -> target = tool.equals("cp") ? it.value() : target;
        case "--compress-program" -> {
          return deny(tool, "--compress-program runs a program");
        }
        case "-o", "--output" -> {
          if (tool.equals("sort")) {
            Verdict v = path(tool, it.value(), Operation.WRITE);
            if (v instanceof Verdict.Block) {
              return v;
            }
          }
        }
        case "-X", "--from-file", "--to-file", "--random-source" -> {
          if (tool.equals("diff") || tool.equals("sort")) {
            Verdict v = path(tool, it.value(), Operation.READ);
            if (v instanceof Verdict.Block) {
              return v;
            }
          }
        }
        case "-T", "--temporary-directory" -> {
          if (tool.equals("sort")) {
            Verdict v = path(tool, it.value(), Operation.WRITE);
            if (v instanceof Verdict.Block) {
              return v;
            }
          }
        }
        default -> { }
      }
    }
    List<Word> operands = items.stream().filter(Item::isOperand).map(Item::value).toList();
    if (tool.equals("grep") && !patternGiven && !operands.isEmpty()) {
      operands = operands.subList(1, operands.size());
    }
    if (op.equals("copy")) {
      boolean recursive = items.stream().anyMatch(it -> !it.isOperand()
          && (it.name().equals("-r") || it.name().equals("-R") || it.name().equals("-a")
          || it.name().equals("--recursive") || it.name().equals("--archive")));
      if (target == null && !operands.isEmpty()) {
        target = operands.get(operands.size() - 1);
        operands = operands.subList(0, operands.size() - 1);
      }
      if (target != null) {
        Verdict v = path(tool, target, Operation.WRITE);
        if (v instanceof Verdict.Block) {
          return v;
        }
      }
      for (Word w : operands) {
        if (recursive && isWorkingDirectory(w)) {
          return wholeWorkingDirectory(tool, w);
        }
      }
    }
    if (op.equals("input_output") && operands.size() > 1) {
      Verdict v = path(tool, operands.get(1), Operation.WRITE);
      if (v instanceof Verdict.Block) {
        return v;
      }
      operands = operands.subList(0, 1);
    }
    Operation operation = op.equals("write") ? Operation.WRITE : Operation.READ;
    return paths(tool, operands, operation);
  }

  /** A file tool from commands.yaml: options as declared, operands by their role. */
  private Verdict dataFiles(String tool, CommandRules.FileTool spec, List<Word> args) {
    Verdict dyn = dynamicOption(tool, args);
    if (dyn instanceof Verdict.Block) {
      return dyn;
    }
    List<Item> items = Options.parse(args, spec.shortWithValue(), spec.longWithValue(), true);
    Word target = null;
    boolean patternGiven = false;
    for (Item it : items) {
      if (it.isOperand()) {
        continue;
      }
      patternGiven |= spec.patternOptions().contains(it.name());
      if (spec.denyOptions().contains(it.name())) {
        return deny(tool, "option '" + it.name() + "' runs a program or writes where it should not");
      }
      Operation op = spec.readOptions().contains(it.name()) ? Operation.READ
          : spec.writeOptions().contains(it.name()) ? Operation.WRITE : null;
      if (spec.targetOptions().contains(it.name())) {
        target = it.value();
        op = Operation.WRITE;
      }
      if (op != null) {
        Verdict v = path(tool, it.value(), op);
        if (v instanceof Verdict.Block) {
          return v;
        }
      }
    }
    List<Word> operands = items.stream().filter(Item::isOperand).map(Item::value).toList();
    if (!spec.patternOptions().isEmpty() && !patternGiven && !operands.isEmpty()) {
      operands = operands.subList(1, operands.size()); // rg PATTERN FILE...: the first is no file
    }
    if (operands.size() < spec.minOperands()) {
      return deny(tool, tool.equals("cd") || tool.equals("pushd")
          ? "without a directory it goes to the home directory"
          : "without a name it prints everything it knows, secrets included");
    }
    for (Word o : operands) {
      if (spec.denyOperands().contains(o.text())) {
        return deny(tool, "'" + o.text() + "' names a place the policy cannot check");
      }
    }
    Operation each = switch (spec.files()) {
      case "write" -> Operation.WRITE;
      case "move" -> Operation.DELETE;
      case "none" -> null;
      default -> Operation.READ;
    };
    if (each == null) {
      return Verdict.PASS;
    }
    if (spec.files().equals("move") && operands.size() > 1
        && rules.harmlessPaths().contains(operands.get(operands.size() - 1).text())) {
      return deny(tool, "moving files onto a device deletes them");
    }
    if (tool.equals("ln") && (operands.size() > 1 || target != null) && items.stream().anyMatch(it -> !it.isOperand()
        && (it.name().equals("-s") || it.name().equals("--symbolic")))
        && items.stream().noneMatch(it -> !it.isOperand()
        && (it.name().equals("-r") || it.name().equals("--relative")))) {
      return symlink(tool, operands, target);
    }
    if ((spec.files().equals("copy") || spec.files().equals("move")) && target == null
        && !operands.isEmpty()) {
      Verdict v = path(tool, operands.get(operands.size() - 1), Operation.WRITE);
      if (v instanceof Verdict.Block) {
        return v;
      }
      operands = operands.subList(0, operands.size() - 1);
    }
    return paths(tool, operands, each);
  }

  /**
   * ln -s: a relative target is read from the link's directory, not from here; the link is
   * written. The link's directory is the last operand's parent, or the last operand itself when
   * it is a directory: both readings must pass.
   */
  private Verdict symlink(String tool, List<Word> operands, Word targetDir) {
    List<Word> sources = operands;
    List<String> linkDirs = new java.util.ArrayList<>();
    if (targetDir != null) {
      linkDirs.add(targetDir.text());
    } else if (operands.size() == 1) {
      linkDirs.add(".");
    } else {
      Word link = operands.get(operands.size() - 1);
      Verdict v = path(tool, link, Operation.WRITE);
      if (v instanceof Verdict.Block) {
        return v;
      }
      sources = operands.subList(0, operands.size() - 1);
      String l = link.text();
      int slash = l.replaceAll("/+$", "").lastIndexOf('/');
      linkDirs.add(slash < 0 ? "." : l.substring(0, slash));
      linkDirs.add(l);
    }
    for (Word src : sources) {
      String s = src.text();
      boolean relative = src.isStatic() && !s.startsWith("/") && !s.startsWith("~");
      if (!relative) {
        Verdict v = path(tool, src, Operation.READ);
        if (v instanceof Verdict.Block) {
          return v;
        }
        continue;
      }
      for (String dir : linkDirs) {
        Verdict v = path(tool, Options.sub(src, dir + "/" + s), Operation.READ);
        if (v instanceof Verdict.Block) {
          return v;
        }
      }
    }
    return Verdict.PASS;
  }

  /** go, cargo, mvn, gradle: refused options, subcommands and remote operands from commands.yaml. */
  private Verdict buildTool(String tool, CommandRules.BuildTool spec, List<Word> args) {
    Verdict dyn = dynamicOption(tool, args);
    if (dyn instanceof Verdict.Block) {
      return dyn;
    }
    int subWords = 0; // the subcommand's own words are no operands
    if (!spec.allowedSubcommands().isEmpty()) {
      List<String> leading = args.stream().map(Word::text).filter(a -> !a.startsWith("-")).toList();
      subWords = spec.allowedSubcommands().stream().filter(s -> leading.size() >= s.size()
          && leading.subList(0, s.size()).equals(s)).mapToInt(List::size).max().orElse(-1);
      if (subWords < 0) {
        return deny(tool, "'" + tool + (leading.isEmpty() ? "" : " " + String.join(" ",
            leading.subList(0, Math.min(2, leading.size())))) + "' is not one of the allowed "
            + "subcommands");
      }
    }
    // prettier --write, eslint --fix, clang-format -i: the operands are rewritten in place
    Operation operandOp = args.stream().anyMatch(w -> spec.writeOperandsWith().stream()
        .anyMatch(d -> Options.matches(w.text(), d, true))) ? Operation.WRITE : Operation.READ;
    String sub = null;
    for (int at = 0; at < args.size(); at++) {
      Word w = args.get(at);
      String a = w.text();
      for (String d : spec.readOptions()) {
        boolean glued = d.length() == 2 && !d.startsWith("--") && a.startsWith(d)
            && a.length() > 2 && a.charAt(2) != '=';
        if (a.equals(d) || a.startsWith(d + "=") || glued) {
          Word file = a.equals(d) ? (at + 1 < args.size() ? args.get(at + 1) : null)
              : Options.sub(w, a.substring(glued ? 2 : d.length() + 1));
          Verdict v = path(tool, file, Operation.READ);
          if (v instanceof Verdict.Block) {
            return v;
          }
        }
      }
      if (!a.startsWith("-") && subWords > 0) {
        subWords--;
      } else if (!a.startsWith("-")) {
        for (String part : a.split(",")) {
          int cut = part.length();
          for (char c : new char[] {'/', '.'}) {
            cut = part.indexOf(c) >= 0 ? Math.min(cut, part.indexOf(c)) : cut;
          }
          String kind = part.substring(0, cut).toLowerCase(Locale.ROOT); // secrets.v1, secret/db
          if (kindDenied(spec.denyOperands(), kind)) {
            return deny(tool, "'" + a + "' names what the policy keeps out of reach ('" + kind
                + "')");
          }
        }
        if (spec.operandsAreFiles()) {
          Verdict v = path(tool, w, operandOp);
          if (v instanceof Verdict.Block) {
            return v;
          }
        }
      }
      for (String d : spec.denyOptions()) {
        if (Options.matches(a, d, true)) {
          return deny(tool, "option '" + d + "' runs a program of the caller's choosing");
        }
      }
      for (String d : spec.writeOptions()) {
        boolean glued = d.length() == 2 && !d.startsWith("--") && a.startsWith(d)
            && a.length() > 2 && a.charAt(2) != '=';
        if (a.equals(d) || a.startsWith(d + "=") || glued) {
          Word file = a.equals(d) ? (at + 1 < args.size() ? args.get(at + 1) : null)
              : Options.sub(w, a.substring(glued ? 2 : d.length() + 1));
          Verdict v = path(tool, file, Operation.WRITE);
          if (v instanceof Verdict.Block) {
            return v;
          }
        }
      }
      if (a.startsWith("-") || a.startsWith("+")) {
        if (sub != null) {
          for (String d : spec.denySubcommandOptions().getOrDefault(sub, Set.of())) {
            if (Options.matches(a, d, true)) {
              return deny(tool, "'" + tool + " " + sub + " " + d + "' changes settings or runs a "
                  + "program");
            }
          }
        }
        continue;
      }
      if (sub == null) {
        sub = a;
        if (spec.denySubcommands().contains(sub)) {
          return deny(tool, "'" + tool + " " + sub + "' installs or runs code from outside the "
              + "project");
        }
        if (!spec.operandCheckSubcommands().isEmpty()) {
          continue;
        }
      }
      if (spec.printingGoals().contains(a)) {
        Verdict g = printingGoal(tool, a, args);
        if (g instanceof Verdict.Block) {
          return g;
        }
        continue;
      }
      if (spec.operandCheckSubcommands().isEmpty() || spec.operandCheckSubcommands().contains(sub)) {
        for (String marker : spec.denyOperandsContaining()) {
          if (a.contains(marker)) {
            return deny(tool, "'" + a + "' names code from outside the project (contains '" + marker
                + "')");
          }
        }
      }
    }
    return Verdict.PASS;
  }

  /**
   * A plugin goal that only prints (mvn dependency:tree) passes deny_operands_containing, but not
   * with a -D property: properties configure the goal, and dependency:tree -DoutputFile=PATH or
   * help:effective-pom -Doutput=PATH would write wherever they say.
   */
  private Verdict printingGoal(String tool, String goal, List<Word> args) {
    for (Word w : args) {
      if (w.text().startsWith("-D") || w.text().startsWith("--define")) {
        return deny(tool, "'" + goal + "' with '" + w.text() + "': a property configures the "
            + "goal, which may then write or run what it names");
      }
    }
    return Verdict.PASS;
  }

  /**
   * deny_operands entries: a word ("secrets"), or with a "*" at either end a prefix, suffix or
   * part of the word ("*moltr*": the shield's own container under any compose project name).
   */
  private static boolean kindDenied(List<String> entries, String kind) {
    for (String e : entries) {
      boolean lead = e.startsWith("*");
      boolean trail = e.endsWith("*") && e.length() > 1;
      String core = e.substring(lead ? 1 : 0, e.length() - (trail ? 1 : 0));
      boolean hit = lead && trail ? kind.contains(core) : lead ? kind.endsWith(core)
          : trail ? kind.startsWith(core) : kind.equals(core);
      if (hit) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> FIND_PRINTS_OTHERWISE = Set.of("-printf", "-fprintf", "-fprint",
      "-fprint0", "-ls", "-fls", "-exec", "-execdir", "-ok", "-okdir", "-delete", "-o", "-or", ",",
      "-L", "-H", "-follow", "-files0-from", "-quit");

  /**
   * Does {@code producer} (the command piped into xargs) list only files the policy would let a
   * reader open? It must be find with start directories that pass the path policy, printing
   * nothing but the names (-print0 when {@code nul}), with a -name/-iname pattern that cannot
   * match a protected name. {@code allowed} false: the words would be split, refused.
   */
  Verdict findListsFiles(List<Word> producer, boolean nul, boolean allowed) {
    if (!allowed) {
      return deny("xargs", "without find -print0 | xargs -0 a file name is split into words");
    }
    if (producer.size() > 2 && producer.get(0).text().equals("git")
        && producer.get(1).text().equals("ls-files")) {
      return gitListsFiles(producer.subList(2, producer.size()), nul);
    }
    if (producer.isEmpty() || !producer.get(0).text().equals("find") || !producer.get(0).isStatic()) {
      return deny("xargs", "its input is not a find or git ls-files in the same pipeline");
    }
    int k = 1;
    for (; k < producer.size(); k++) {
      Word w = producer.get(k);
      String a = w.text();
      if (a.startsWith("-") || a.equals("(") || a.equals("!")) {
        break;
      }
      if (!w.isStatic()) {
        return deny("xargs", "find starts from '" + a + "', known only at run time");
      }
      Verdict v = path("find", w, Operation.READ);
      if (v instanceof Verdict.Block) {
        return v;
      }
    }
    if (k == 1) {
      return deny("xargs", "find has no start directory");
    }
    boolean print0 = false;
    boolean safeName = false;
    for (int m = k; m < producer.size(); m++) {
      Word w = producer.get(m);
      String a = w.text();
      if (!w.isStatic() && !w.glob()) {
        return deny("xargs", "find argument '" + a + "' is known only at run time");
      }
      if (FIND_PRINTS_OTHERWISE.contains(a)) {
        return deny("xargs", "find " + a + " prints or does more than file names");
      }
      print0 |= a.equals("-print0");
      if ((a.equals("-name") || a.equals("-iname")) && m + 1 < producer.size()) {
        String before = producer.get(m - 1).text();
        String pattern = producer.get(m + 1).text();
        boolean negated = before.equals("!") || before.equals("-not");
        boolean protectedName = rules.globProtectedNames().stream().anyMatch(n ->
            GlobMatcher.matches(a.equals("-iname") ? pattern.toLowerCase(Locale.ROOT) : pattern,
                n.toLowerCase(Locale.ROOT)));
        safeName |= !negated && !protectedName && !pattern.isEmpty();
        m++;
      }
    }
    if (!safeName) {
      return deny("xargs", "find has no -name pattern that keeps protected files out");
    }
    if (nul && !print0) {
      return deny("xargs", "xargs -0 needs find -print0");
    }
    return Verdict.PASS;
  }

  /**
   * git ls-files PATHSPEC...: tracked files only (-c, -z), every pathspec a name pattern that
   * cannot match a protected name and whose directory passes the path policy.
   */
  private Verdict gitListsFiles(List<Word> args, boolean nul) {
    boolean z = false;
    int specs = 0;
    for (Word w : args) {
      String a = w.text();
      if (a.equals("-z")) {
        z = true;
      } else if (a.equals("-c") || a.equals("--cached") || a.equals("--")) {
        continue;
      } else if (a.startsWith("-")) {
        return deny("xargs", "git ls-files " + a + " lists more than tracked names");
      } else {
        if (w.dynamic() || w.brace() || w.tilde()) {
          return deny("xargs", "git ls-files pathspec '" + a + "' is known only at run time");
        }
        String last = a.substring(a.lastIndexOf('/') + 1);
        if (last.isEmpty() || rules.globProtectedNames().stream()
            .anyMatch(n -> GlobMatcher.matches(last, n))) {
          return deny("xargs", "git ls-files pathspec '" + a + "' can match a protected name");
        }
        String dir = a.lastIndexOf('/') < 0 ? "." : a.substring(0, a.lastIndexOf('/') + 1);
        if (dir.indexOf('*') >= 0 || dir.indexOf('?') >= 0 || dir.indexOf('[') >= 0) {
          return deny("xargs", "git ls-files pathspec '" + a + "' has a wildcard in its directory");
        }
        Verdict v = passthrough(paths.check(dir, Operation.READ));
        if (v instanceof Verdict.Block) {
          return v;
        }
        specs++;
      }
    }
    if (specs == 0) {
      return deny("xargs", "git ls-files without a pathspec lists every tracked file");
    }
    if (nul && !z) {
      return deny("xargs", "xargs -0 needs git ls-files -z");
    }
    return Verdict.PASS;
  }

  /** The first refusal of the path policy among {@code words}, or PASS. */
  private Verdict paths(String tool, List<Word> words, Operation op) {
    for (Word w : words) {
      Verdict v = path(tool, w, op);
      if (v instanceof Verdict.Block) {
        return v;
      }
    }
    return Verdict.PASS;
  }

  /** One file argument through the path policy; unknowable ones are refused. */
  Verdict path(String tool, Word w, Operation op) {
    if (w == null) {
      return Verdict.PASS;
    }
    if (w.procSub()) {
      return Verdict.PASS; // a pipe from a command that is checked on its own
    }
    String p = w.text();
    if (p.startsWith("/dev/tcp/") || p.startsWith("/dev/udp/")) {
      return Verdict.block("command.evasion",
          "'" + p + "' opens a network connection through the shell", Severity.HIGH);
    }
    if (rules.harmlessPaths().contains(p) && w.isStatic()) {
      return Verdict.PASS;
    }
    if (w.dynamic()) {
      return deny(tool, "file argument '" + p + "' depends on an expansion and cannot be checked");
    }
    if (w.brace()) {
      return deny(tool, "file argument '" + p + "' uses brace expansion");
    }
    if (w.glob()) {
      return glob(tool, p, op);
    }
    return passthrough(paths.check(p, op));
  }

  private Verdict glob(String tool, String p, Operation op) {
    int slash = p.lastIndexOf('/');
    String dir = slash < 0 ? "." : p.substring(0, slash + 1);
    String last = p.substring(slash + 1);
    if (hasGlobChar(dir)) {
      return deny(tool, "file argument '" + p + "' has a wildcard in its directory part");
    }
    if (last.startsWith(".") || last.startsWith("[")) {
      return deny(tool, "file argument '" + p + "' is a wildcard that can match hidden files");
    }
    // ls, stat and du read names, sizes and dates, not what a protected file holds; not in the
    // working directory itself, whose honeypots and shield data ls * would list
    boolean metadataOnly = rules.globMetadataTools().contains(tool) && slash >= 0
        && !dir.startsWith("/") && !dir.startsWith("~") && !isWorkingDirectoryPath(dir);
    for (String name : rules.globProtectedNames()) {
      // bash never lets a wildcard match a leading dot (last does not start with one)
      if (name.startsWith(".") || metadataOnly) {
        continue;
      }
      if (GlobMatcher.matches(last, name)) {
        return deny(tool, "file argument '" + p + "' can match the protected file name '" + name
            + "'");
      }
    }
    return passthrough(paths.check(dir.isEmpty() ? "/" : dir, op));
  }

  /** "./", ".//", "src/../": the working directory, or a climb out of it. */
  private static boolean isWorkingDirectoryPath(String dir) {
    int depth = 0;
    for (String part : dir.split("/+")) {
      if (part.equals("..")) {
        return true;
      }
      if (!part.isEmpty() && !part.equals(".")) {
        depth++;
      }
    }
    return depth == 0;
  }

  private static boolean hasGlobChar(String s) {
    return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0;
  }

  private Verdict url(String tool, String url, Set<String> schemes) {
    String u = url;
    int colon = u.indexOf("://");
    if (colon < 0) {
      int c = u.indexOf(':');
      // a scheme without slashes (file:x, concat:, pipe:) is as much a scheme as http://
      if (c > 0 && isScheme(u.substring(0, c)) && !isHostPort(u)) {
        return deny(tool, "URL scheme '" + u.substring(0, c) + "' is not allowed");
      }
      u = "http://" + u;
    } else {
      String scheme = u.substring(0, colon).toLowerCase(Locale.ROOT);
      if (!schemes.contains(scheme)) {
        return deny(tool, "URL scheme '" + scheme + "' is not allowed (" + url + ")");
      }
    }
    return passthrough(urls.check(u));
  }

  private static boolean isScheme(String s) {
    if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '+' && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** "example.com:8080/x": a host and port, which curl reads as http. */
  private static boolean isHostPort(String s) {
    int c = s.indexOf(':');
    int i = c + 1;
    int digits = 0;
    while (i < s.length() && Character.isDigit(s.charAt(i))) {
      i++;
      digits++;
    }
    return digits > 0 && (i == s.length() || s.charAt(i) == '/');
  }

  private static Verdict passthrough(Decision d) {
    if (d instanceof Decision.Deny deny) {
      return Verdict.block(deny.ruleId(), deny.reason(), deny.severity());
    }
    return Verdict.PASS;
  }

  private static Verdict deny(String tool, String reason) {
    return Verdict.block("command.argument_policy." + tool, tool + ": " + reason, Severity.HIGH);
  }

  private static Verdict first(Verdict... vs) {
    for (Verdict v : vs) {
      if (v instanceof Verdict.Block) {
        return v;
      }
    }
    return Verdict.PASS;
  }

  private static Verdict dynamicOption(String tool, List<Word> args) {
    for (Word w : args) {
      if (Options.startsDynamic(w)) {
        return deny(tool, "argument '" + w.text() + "' depends on an expansion and could become "
            + "any option");
      }
    }
    return Verdict.PASS;
  }

  // ---- sed, awk, jq: their programs are read, their files go to the path policy -------------

  private static final Set<String> SED_LONG = Set.of("--expression", "--file", "--line-length");
  private static final Set<String> SED_FLAGS = Set.of("--quiet", "--silent", "--debug",
      "--follow-symlinks", "--in-place", "--posix", "--regexp-extended", "--separate",
      "--sandbox", "--unbuffered", "--null-data", "--zero-terminated", "--help", "--version");

  private Verdict sed(List<Word> args) {
    Verdict dyn = dynamicOption("sed", args);
    if (dyn instanceof Verdict.Block) {
      return dyn;
    }
    List<Item> items = Options.parse(args, "efl", SED_LONG, true);
    List<Word> scripts = new java.util.ArrayList<>();
    boolean inPlace = false;
    for (Item it : items) {
      if (it.isOperand()) {
        continue;
      }
      switch (it.name()) {
        case "-e", "--expression" -> scripts.add(it.value());
        case "-f", "--file" -> {
          return deny("sed", "a script file cannot be read by the policy; give the script inline");
        }
        case "-i", "--in-place" -> inPlace = true;
        default -> {
          Verdict v = knownLong("sed", it.name(), SED_LONG, SED_FLAGS);
          if (v instanceof Verdict.Block) {
            return v;
          }
        }
      }
    }
    List<Word> operands = items.stream().filter(Item::isOperand).map(Item::value).toList();
    if (scripts.isEmpty()) {
      if (operands.isEmpty()) {
        return Verdict.PASS;
      }
      scripts.add(operands.get(0));
      operands = operands.subList(1, operands.size());
    }
    for (Word script : scripts) {
      if (script == null || script.dynamic()) {
        return deny("sed", "the script depends on an expansion and cannot be checked");
      }
      SedScript.Effects e = SedScript.read(script.text());
      if (e.refusal() != null) {
        return deny("sed", e.refusal().substring("sed: ".length()));
      }
      for (String r : e.reads()) {
        Verdict v = path("sed", Word.literal(r), Operation.READ);
        if (v instanceof Verdict.Block) {
          return v;
        }
      }
      for (String w : e.writes()) {
        Verdict v = path("sed", Word.literal(w), Operation.WRITE);
        if (v instanceof Verdict.Block) {
          return v;
        }
      }
    }
    for (Word w : operands) {
      Verdict v = path("sed", w, inPlace ? Operation.WRITE : Operation.READ);
      if (v instanceof Verdict.Block) {
        return v;
      }
    }
    return Verdict.PASS;
  }

  private static final Set<String> AWK_LONG = Set.of("--field-separator", "--assign", "--file",
      "--source", "--include", "--load", "--exec", "--dump-variables", "--profile",
      "--pretty-print", "--debug");
  private static final Set<String> AWK_FLAGS = Set.of("--characters-as-bytes",
      "--traditional", "--copyright", "--gen-pot", "--help", "--lint", "--bignum",
      "--use-lc-numeric", "--non-decimal-data", "--optimize", "--no-optimize", "--posix",
      "--re-interval", "--sandbox", "--version", "--csv");

  private Verdict awk(String tool, List<Word> args) {
    Verdict dyn = dynamicOption(tool, args);
    if (dyn instanceof Verdict.Block) {
      return dyn;
    }
    List<Item> items = Options.parse(args, "Fvfeil", AWK_LONG, true);
    Word program = null;
    List<Word> sources = new java.util.ArrayList<>();
    for (Item it : items) {
      if (it.isOperand()) {
        continue;
      }
      switch (it.name()) {
        case "-f", "--file", "-i", "--include", "-l", "--load", "--exec", "-E" -> {
          return deny(tool, "option '" + it.name() + "' loads a program the policy cannot read");
        }
        case "-e", "--source" -> {
          program = it.value();
          sources.add(it.value());
        }
        case "--dump-variables", "--profile", "--pretty-print", "--debug", "-d", "-p", "-o",
            "-D" -> {
          return deny(tool, "option '" + it.name() + "' writes a file or starts a debugger");
        }
        case "-W" -> {
          return deny(tool, "-W passes implementation options (mawk -W exec reads a program file)");
        }
        default -> {
          Verdict v = knownLong(tool, it.name(), AWK_LONG, AWK_FLAGS);
          if (v instanceof Verdict.Block) {
            return v;
          }
        }
      }
    }
    List<Word> operands = items.stream().filter(Item::isOperand).map(Item::value).toList();
    if (program == null) {
      if (operands.isEmpty()) {
        return Verdict.PASS;
      }
      program = operands.get(0);
      operands = operands.subList(1, operands.size());
    }
    if (sources.isEmpty()) {
      sources.add(program);
    }
    for (Word src : sources) { // gawk joins every -e into one program
      if (src == null || src.dynamic()) {
        return deny(tool, "the program depends on an expansion and cannot be checked");
      }
      String why = AwkProgram.refusal(src.text());
      if (why != null) {
        return deny(tool, why);
      }
    }
    for (Word w : operands) {
      if (w.assignEnd() > 0 || w.isStatic() && isAwkAssignment(w.text())) {
        continue; // var=value between files
      }
      Verdict v = path(tool, w, Operation.READ);
      if (v instanceof Verdict.Block) {
        return v;
      }
    }
    return Verdict.PASS;
  }

  /**
   * "." or "src/..": the working directory itself. Reading it is allowed (ls, find), but a tool
   * that copies or archives it whole takes .env and the other blocked files along, which the
   * path policy never sees one by one.
   */
  private static boolean isWorkingDirectory(Word w) {
    String p = w.text();
    if (!w.isStatic() || p.startsWith("/") || p.startsWith("~")) {
      return false;
    }
    int depth = 0;
    for (String part : p.split("/", -1)) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (--depth < 0) {
          return false; // above the working directory: the path policy refuses it
        }
      } else {
        depth++;
      }
    }
    return depth == 0;
  }

  private static Verdict wholeWorkingDirectory(String tool, Word w) {
    return deny(tool, "'" + w.text() + "' is the whole working directory, with .env and the "
        + "other blocked files in it; name the directories to take");
  }

  /** A long option the tool does not have may be an abbreviation this reader cannot place. */
  private static Verdict knownLong(String tool, String name, Set<String> withValue,
      Set<String> flags) {
    if (name.startsWith("--") && !withValue.contains(name) && !flags.contains(name)) {
      return deny(tool, "option '" + name + "' is not one this policy knows");
    }
    return Verdict.PASS;
  }

  /** "name=value": awk assigns it between files instead of reading a file of that name. */
  private static boolean isAwkAssignment(String a) {
    int eq = a.indexOf('=');
    if (eq <= 0 || Character.isDigit(a.charAt(0))) {
      return false;
    }
    for (int k = 0; k < eq; k++) {
      if (!isIdent(a.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> JQ_TWO_VALUES = Set.of("--arg", "--argjson", "--slurpfile",
      "--rawfile");
  private static final Set<String> JQ_ONE_VALUE = Set.of("--indent", "-L", "--library-path",
      "-f", "--from-file");

  private static final Set<String> YQ_FLAGS = Set.of("-r", "--unwrapScalar", "-P",
      "--prettyPrint", "-C", "--colors", "-M", "--no-colors", "-e", "--exit-status", "-N",
      "--no-doc", "-j", "--tojson", "-y", "--yaml-output", "-c", "--compact-output", "-S",
      "--sort-keys");
  private static final Set<String> YQ_WITH_VALUE = Set.of("-o", "--output-format", "-p",
      "--input-format", "-I", "--indent");
  /** yq (mikefarah's and the jq wrapper) functions that read the environment, files or code. */
  private static final Set<String> YQ_FUNCTIONS = Set.of("env", "strenv", "envsubst", "$ENV",
      "ENV", "load", "load_str", "load_xml", "load_props", "load_base64", "eval", "import",
      "include", "input_filename", "$__prog_args", "input", "inputs", "debug", "stderr");
  private static final Pattern YQ_NAME = Pattern.compile("[$A-Za-z_][A-Za-z0-9_]*");

  /**
   * yq FILTER FILE...: only printing flags (no -i in place, no -s files per document, no
   * --from-file); the filter may not call a function that reads the environment, a file or
   * more code (.environment is a key, env is a call); the files go to the path policy.
   */
  private Verdict yq(List<Word> args, SimpleCommand sc) {
    Verdict dyn = dynamicOption("yq", args);
    if (dyn instanceof Verdict.Block) {
      return dyn;
    }
    Word filter = null;
    List<Word> files = new java.util.ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      Word w = args.get(i);
      String a = w.text();
      if (a.startsWith("-") && a.length() > 1) {
        String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
        if (YQ_WITH_VALUE.contains(name)) {
          i += a.contains("=") ? 0 : 1;
        } else if (!YQ_FLAGS.contains(a)) {
          return deny("yq", "option '" + a + "' is not one of the printing options");
        }
        continue;
      }
      if (filter == null) {
        filter = w;
      } else {
        files.add(w);
      }
    }
    if (filter != null) {
      if (!filter.isStatic()) {
        return deny("yq", "the expression depends on an expansion and cannot be checked");
      }
      String f = filter.text();
      Matcher m = YQ_NAME.matcher(f);
      while (m.find()) {
        boolean field = m.start() > 0 && f.charAt(m.start() - 1) == '.';
        if (!field && YQ_FUNCTIONS.contains(m.group())) {
          return deny("yq", "'" + m.group() + "' reads the environment, a file or more code");
        }
      }
    }
    if (files.isEmpty() && filter != null && !sc.pipedInput()
        && sc.redirects().stream().noneMatch(Redirect::feedsStdin)) {
      files.add(filter); // "yq FILE" without input: one argument that names a file is read
    }
    return paths("yq", files, Operation.READ);
  }

  private static final Pattern SQLITE_DOT_COMMAND =
      Pattern.compile("\\.(tables|schema|indexes|indices|databases|dbinfo)( +[A-Za-z0-9_%]+)?");

  /**
   * sqlite3 DB '.tables': a database file the path policy lets be read and one dot-command that
   * only lists its structure. Anything else is refused: SQL has readfile(), writefile(),
   * load_extension() and ATTACH, the shell has .shell/.system, and options read more (-init,
   * -cmd); with no command it would read commands from stdin.
   */
  private Verdict sqlite3(List<Word> args, SimpleCommand sc) {
    if (args.size() != 2 || !args.get(0).isStatic() || !args.get(1).isStatic()
        || args.get(0).text().startsWith("-")
        || !SQLITE_DOT_COMMAND.matcher(args.get(1).text().strip()).matches()) {
      return deny("sqlite3", "only 'sqlite3 DB .tables|.schema|.indexes|.databases|.dbinfo' is "
          + "allowed: SQL and other dot-commands can read or write any file or run a program");
    }
    return path("sqlite3", args.get(0), Operation.READ);
  }

  private Verdict jq(List<Word> args) {
    Verdict dyn = dynamicOption("jq", args);
    if (dyn instanceof Verdict.Block) {
      return dyn;
    }
    Word filter = null;
    boolean restAreArgs = false;
    java.util.ArrayList<Word> files = new java.util.ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      Word w = args.get(i);
      String a = w.text();
      if (!restAreArgs && a.startsWith("-") && a.length() > 1) {
        if (a.equals("--args") || a.equals("--jsonargs")) {
          restAreArgs = true;
        } else if (JQ_TWO_VALUES.contains(a)) {
          if (i + 2 >= args.size()) {
            return deny("jq", "option '" + a + "' needs a name and a value");
          }
          if (a.equals("--slurpfile") || a.equals("--rawfile")) {
            Verdict v = path("jq", args.get(i + 2), Operation.READ);
            if (v instanceof Verdict.Block) {
              return v;
            }
          }
          i += 2;
        } else if (JQ_ONE_VALUE.contains(a)) {
          if (a.equals("-f") || a.equals("--from-file")) {
            return deny("jq", "a filter file cannot be read by the policy; give the filter inline");
          }
          if (a.equals("-L") || a.equals("--library-path")) {
            return deny("jq", "a module path loads jq code the policy cannot read");
          }
          i++;
        } else if (a.startsWith("-L") || !a.startsWith("--") && (a.indexOf('f') > 0
            || a.indexOf('L') > 0)) {
          return deny("jq", "a filter file or module path is code the policy cannot read");
        }
        continue;
      }
      if (filter == null) {
        filter = w;
      } else if (!restAreArgs) {
        files.add(w);
      }
    }
    if (filter != null) {
      if (filter.dynamic()) {
        return deny("jq", "the filter depends on an expansion and cannot be checked");
      }
      String f = filter.text();
      for (String name : List.of("env", "$ENV", "import", "include", "input_filename", "$__prog_args")) {
        if (containsName(f, name)) {
          return deny("jq", "'" + name + "' reads the environment or loads modules");
        }
      }
    }
    return paths("jq", files, Operation.READ);
  }

  /** Is {@code name} in {@code s} as a whole identifier (not part of a longer one)? */
  private static boolean containsName(String s, String name) {
    int from = 0;
    while (true) {
      int at = s.indexOf(name, from);
      if (at < 0) {
        return false;
      }
      int end = at + name.length();
      boolean before = at == 0 || !isIdent(s.charAt(at - 1)) && s.charAt(at - 1) != '.'
          || name.startsWith("$");
      boolean after = end >= s.length() || !isIdent(s.charAt(end));
      if (before && after && (at == 0 || s.charAt(at - 1) != '$' || name.startsWith("$"))) {
        return true;
      }
      from = at + 1;
    }
  }

  private static boolean isIdent(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  // ---- tar, zip, unzip ----------------------------------------------------------------------

  private static final String TAR_SHORT_VALUE = "fCTXbLNVKgHIF";
  private static final Set<String> TAR_LONG = Set.of("--file", "--directory", "--files-from",
      "--exclude-from", "--blocking-factor", "--tape-length", "--newer", "--after-date",
      "--label", "--starting-file", "--listed-incremental", "--format", "--use-compress-program",
      "--to-command", "--checkpoint-action", "--info-script", "--new-volume-script",
      "--rsh-command", "--rmt-command", "--index-file", "--transform", "--xform", "--exclude",
      "--owner", "--group", "--mode", "--mtime", "--suffix", "--volno-file", "--record-size",
      "--strip-components", "--checkpoint", "--newer-mtime", "--compress-program");
  private static final Set<String> TAR_FLAGS = Set.of("--create", "--append", "--update",
      "--catenate", "--concatenate", "--delete", "--extract", "--get", "--list", "--diff",
      "--compare", "--absolute-names", "--force-local", "--remove-files", "--to-stdout",
      "--gzip", "--bzip2", "--xz", "--zstd", "--lzip", "--lzma", "--verbose", "--keep-old-files",
      "--overwrite", "--no-same-owner", "--help", "--version", "--usage", "--show-defaults");
  private static final Set<String> TAR_DENY = Set.of("-I", "--use-compress-program",
      "--compress-program", "--to-command", "--checkpoint-action", "-F", "--info-script",
      "--new-volume-script", "--rsh-command", "--rmt-command", "-P", "--absolute-names", "-T",
      "--files-from", "--transform", "--xform", "--volno-file", "--index-file");

  private Verdict tar(List<Word> args) {
    Verdict dyn = dynamicOption("tar", args);
    if (dyn instanceof Verdict.Block) {
      return dyn;
    }
    java.util.ArrayList<Item> items = new java.util.ArrayList<>();
    List<Word> rest = args;
    if (!args.isEmpty() && !args.get(0).text().startsWith("-")) {
      // old style: "czf out.tgz src", the letters' values follow in order
      String letters = args.get(0).text();
      int next = 1;
      for (int k = 0; k < letters.length(); k++) {
        char c = letters.charAt(k);
        if (TAR_SHORT_VALUE.indexOf(c) >= 0) {
          items.add(new Item("-" + c, next < args.size() ? args.get(next++) : null));
        } else {
          items.add(new Item("-" + c, null));
        }
      }
      rest = args.subList(Math.min(next, args.size()), args.size());
    }
    Set<String> allLong = new java.util.HashSet<>(TAR_LONG);
    allLong.addAll(TAR_FLAGS);
    for (Item it : Options.parse(rest, TAR_SHORT_VALUE, TAR_LONG, true)) {
      // GNU tar takes any unique prefix of a long option, flags included
      items.add(it.isOperand() || !it.name().startsWith("--") ? it
          : new Item(Options.expand(it.name(), allLong), it.value()));
    }
    char mode = 0;
    Word archive = null;
    Word dir = null;
    boolean forceLocal = false;
    boolean removeFiles = false;
    int dirs = 0;
    for (Item it : items) {
      if (it.isOperand()) {
        continue;
      }
      String n = it.name();
      if (n.startsWith("--") && !allLong.contains(n)) {
        return deny("tar", "option '" + n + "' is not one this policy knows");
      }
      if (TAR_DENY.contains(n)) {
        return deny("tar", "option '" + n + "' runs a program, reads names it cannot show or "
            + "writes outside the target directory");
      }
      switch (n) {
        case "-c", "--create", "-r", "--append", "-u", "--update", "-A", "--catenate",
            "--concatenate", "--delete" -> mode = 'c';
        case "-x", "--extract", "--get" -> mode = 'x';
        case "-t", "--list", "-d", "--diff", "--compare" -> mode = mode == 0 ? 't' : mode;
        case "-f", "--file" -> archive = it.value();
        case "-C", "--directory" -> {
          dir = it.value();
          dirs++;
        }
        case "--force-local" -> forceLocal = true;
        case "--remove-files" -> removeFiles = true;
        case "-X", "--exclude-from" -> {
          Verdict v = path("tar", it.value(), Operation.READ);
          if (v instanceof Verdict.Block) {
            return v;
          }
        }
        case "-g", "--listed-incremental" -> {
          Verdict v = path("tar", it.value(), Operation.WRITE);
          if (v instanceof Verdict.Block) {
            return v;
          }
        }
        default -> { }
      }
    }
    if (mode == 0) {
      return items.stream().anyMatch(Item::isOperand) || archive != null
          ? deny("tar", "no mode (-c, -x, -t, ...) this policy understands")
          : Verdict.PASS; // --help, --version
    }
    if (dirs > 1) {
      return deny("tar", "more than one -C: members would be read from several directories");
    }
    if (archive != null) {
      if (archive.text().indexOf(':') > 0 && !forceLocal) {
        return deny("tar", "archive '" + archive.text() + "' names a remote host (rsh)");
      }
      Verdict v = path("tar", archive, mode == 'c' ? Operation.WRITE : Operation.READ);
      if (v instanceof Verdict.Block) {
        return v;
      }
    }
    if (mode == 'x') {
      return path("tar", dir == null ? Word.literal(".") : dir, Operation.WRITE);
    }
    if (mode == 'c') {
      if (dir != null) {
        Verdict v = path("tar", dir, Operation.READ);
        if (v instanceof Verdict.Block) {
          return v;
        }
      }
      String base = null; // -C applies to the members after it
      for (Item it : items) {
        if (!it.isOperand()) {
          if (it.name().equals("-C") || it.name().equals("--directory")) {
            base = it.value() == null ? null : it.value().text();
          }
          continue;
        }
        {
          Word w = base == null || it.value().text().startsWith("/") ? it.value()
              : Options.sub(it.value(), join(base, it.value().text()));
          if (isWorkingDirectory(w)) {
            return wholeWorkingDirectory("tar", w);
          }
          Verdict v = path("tar", w, removeFiles ? Operation.DELETE : Operation.READ);
          if (v instanceof Verdict.Block) {
            return v;
          }
        }
      }
    }
    return Verdict.PASS;
  }

  private Verdict zip(List<Word> args) {
    Verdict dyn = dynamicOption("zip", args);
    if (dyn instanceof Verdict.Block) {
      return dyn;
    }
    for (Word w : args) {
      String a = w.text();
      if (a.startsWith("-TT") || Options.matches(a, "--unzip-command", true) || a.equals("-@")
          || Options.matches(a, "--names-stdin", true)) {
        return deny("zip", "option '" + a + "' runs a program or reads names it cannot show");
      }
    }
    List<Item> items = Options.parse(args, "bnOtxi", Set.of("--temp-path", "--suffixes",
        "--output-file", "--from-date", "--before-date", "--exclude", "--include"), true);
    Word archive = null;
    for (Item it : items) {
      if (!it.isOperand()) {
        if (it.name().equals("-O") || it.name().equals("--output-file") || it.name().equals("-b")
            || it.name().equals("--temp-path")) {
          Verdict v = path("zip", it.value(), Operation.WRITE);
          if (v instanceof Verdict.Block) {
            return v;
          }
        }
        continue;
      }
      if (archive != null && isWorkingDirectory(it.value())) {
        return wholeWorkingDirectory("zip", it.value());
      }
      Verdict v = path("zip", it.value(), archive == null ? Operation.WRITE : Operation.READ);
      if (v instanceof Verdict.Block) {
        return v;
      }
      if (archive == null) {
        archive = it.value();
      }
    }
    return Verdict.PASS;
  }

  private Verdict unzip(List<Word> args) {
    Verdict dyn = dynamicOption("unzip", args);
    if (dyn instanceof Verdict.Block) {
      return dyn;
    }
    Word archive = null;
    Word dir = null;
    boolean extracts = true;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i).text();
      if (a.startsWith("-") && (a.indexOf(':') > 0 || a.indexOf('^') > 0)) {
        return deny("unzip", "option '" + a + "' keeps '../' or control characters in names");
      }
      if (a.equals("-P") && i + 1 < args.size()) {
        i++; // the password
      } else if (a.equals("-d") && i + 1 < args.size()) {
        dir = args.get(++i);
      } else if (a.startsWith("-d") && a.length() > 2) {
        dir = Options.sub(args.get(i), a.substring(2));
      } else if (a.equals("-x")) {
        break; // the rest are names to leave out
      } else if (a.startsWith("-")) {
        if (a.equals("-Z") || a.indexOf('l') > 0 || a.indexOf('t') > 0 || a.indexOf('v') > 0
            || a.indexOf('p') > 0 || a.indexOf('c') > 0 || a.indexOf('z') > 0) {
          extracts = false;
        }
      } else if (archive == null) {
        archive = args.get(i);
      }
    }
    Verdict v = path("unzip", archive, Operation.READ);
    if (v instanceof Verdict.Block || !extracts) {
      return v;
    }
    return path("unzip", dir == null ? Word.literal(".") : dir, Operation.WRITE);
  }

  /** ps e / ps -o environ: every process's environment, secrets included. */
  private Verdict ps(List<Word> args) {
    for (Word w : args) {
      String a = w.text();
      if (!a.startsWith("-") && a.indexOf('e') >= 0 || a.contains("env")) {
        return deny("ps", "'" + a + "' shows the environment of processes, secrets included");
      }
    }
    return Verdict.PASS;
  }

  // ---- ping, nslookup, host: every name they look up is a host the network policy judges ----

  private Verdict hosts(String tool, List<Word> args, String shortWithValue) {
    for (Item it : Options.parse(args, shortWithValue, Set.of(), false)) {
      if (!it.isOperand()) {
        continue;
      }
      Word w = it.value();
      if (!w.isStatic()) {
        return deny(tool, "host name '" + w.text() + "' is only known at run time (a lookup can "
            + "carry data out)");
      }
      Verdict v = passthrough(urls.check("http://" + w.text()));
      if (v instanceof Verdict.Block) {
        return v;
      }
    }
    return Verdict.PASS;
  }

  // ---- yarn, pnpm: a bare word is a script name unless it is one of their own commands ------

  private Verdict yarn(String tool, List<Word> args, SimpleCommand sc) {
    Verdict dyn = dynamicOption(tool, args);
    if (dyn instanceof Verdict.Block) {
      return dyn;
    }
    for (Word w : args) {
      for (String d : t.npmDenyOptions()) {
        if (Options.matches(w.text(), d, false) && (d.startsWith("--") || w.text().equals(d))) {
          return deny(tool, "option '" + d + "' runs code outside the package scripts");
        }
      }
    }
    Word sub = args.stream().filter(w -> !w.text().startsWith("-")).findFirst().orElse(null);
    if (sub == null || NPM_INSTALL.contains(sub.text()) || sub.text().equals("add")
        || sub.text().equals("run") || t.npmDenySubcommands().contains(sub.text())) {
      return npm(tool, args, sc);
    }
    if (t.yarnSubcommands().contains(sub.text())) {
      return Verdict.PASS;
    }
    if (!t.npmAllowedScripts().contains(sub.text())) {
      return deny(tool, "'" + tool + " " + sub.text() + "' runs a script that is not in the "
          + "allowed scripts");
    }
    return Verdict.PASS;
  }

  // ---- find -------------------------------------------------------------------------------

  private Verdict find(List<Word> args) {
    Verdict dyn = dynamicOption("find", args);
    if (dyn instanceof Verdict.Block) {
      return dyn;
    }
    boolean inExpression = false;
    for (Word w : args) {
      String a = w.text();
      if (t.findDeny().contains(a)) {
        return deny("find", "'" + a + "' runs programs, deletes or writes files");
      }
      if (a.startsWith("-") || a.equals("(") || a.equals("!") || a.equals(")")) {
        inExpression = true;
      } else if (!inExpression) {
        Verdict v = path("find", w, Operation.READ);
        if (v instanceof Verdict.Block) {
          return v;
        }
      }
    }
    return Verdict.PASS;
  }

  // ---- git --------------------------------------------------------------------------------

  private Verdict git(List<Word> args) {
    Verdict dyn = dynamicOption("git", args);
    if (dyn instanceof Verdict.Block) {
      return dyn;
    }
    int i = 0;
    while (i < args.size() && args.get(i).text().startsWith("-")) {
      String a = args.get(i).text();
      Verdict v = gitOption(a);
      if (v instanceof Verdict.Block) {
        return v;
      }
      if (a.equals("-c") || a.equals("--config")) {
        if (i + 1 >= args.size()) {
          return Verdict.PASS;
        }
        Verdict c = gitConfigKey(args.get(i + 1).text());
        if (c instanceof Verdict.Block) {
          return c;
        }
        i += 2;
      } else if (a.startsWith("-c") && a.length() > 2) {
        Verdict c = gitConfigKey(a.substring(2));
        if (c instanceof Verdict.Block) {
          return c;
        }
        i++;
      } else if (a.equals("-C") || a.equals("--git-dir") || a.equals("--work-tree")
          || a.equals("--namespace") || a.equals("--super-prefix")) {
        i += 2;
      } else {
        i++;
      }
    }
    if (i >= args.size()) {
      return Verdict.PASS;
    }
    String sub = args.get(i).text();
    if (t.gitDenySubcommands().contains(sub)) {
      return deny("git", "'git " + sub + "' is not allowed");
    }
    List<Word> rest = args.subList(i + 1, args.size());
    Set<String> subDeny = t.gitDenySubcommandOptions().getOrDefault(sub, Set.of());
    for (int k = 0; k < rest.size(); k++) {
      String a = rest.get(k).text();
      Verdict v = gitOption(a);
      if (v instanceof Verdict.Block) {
        return v;
      }
      for (String d : subDeny) {
        boolean hit = d.startsWith("-") ? Options.matches(a, d, true) || shortCluster(a, d)
            : a.equals(d);
        if (hit) {
          return deny("git", "'git " + sub + " " + d + "' is not allowed (runs a program or "
              + "works outside the repository)");
        }
      }
      if (a.startsWith("--output=") || (a.equals("--output") && k + 1 < rest.size())) {
        Word target = a.equals("--output") ? rest.get(k + 1)
            : Options.sub(rest.get(k), a.substring("--output=".length()));
        Verdict w = path("git", target, Operation.WRITE);
        if (w instanceof Verdict.Block) {
          return w;
        }
      }
    }
    if (sub.equals("diff") && rest.stream().anyMatch(w -> w.text().equals("--no-index"))) {
      // outside a repository git diff reads any two files
      for (Word w : rest) {
        if (!w.text().startsWith("-")) {
          Verdict p = path("git", w, Operation.READ);
          if (p instanceof Verdict.Block) {
            return p;
          }
        }
      }
    }
    Verdict files = gitFiles(sub, rest);
    if (files instanceof Verdict.Block) {
      return files;
    }
    if (sub.equals("push")) {
      Verdict p = gitForcePush(rest);
      if (p instanceof Verdict.Block) {
        return p;
      }
    }
    if (sub.equals("config")) {
      Verdict c = gitConfigCommand(rest);
      if (c instanceof Verdict.Block) {
        return c;
      }
    }
    if (t.gitUrlSubcommands().contains(sub)) {
      for (Word w : rest) {
        Verdict v = gitUrl(w.text());
        if (v instanceof Verdict.Block) {
          return v;
        }
      }
    }
    return Verdict.PASS;
  }

  private static final Set<String> GIT_OBJECT_SUBCOMMANDS = Set.of("show", "cat-file", "diff",
      "log", "grep", "archive", "blame", "difftool");
  private static final Set<String> GIT_CLONE_VALUE_OPTIONS = Set.of("-b", "--branch", "--depth",
      "-o", "--origin", "-j", "--jobs", "--filter", "--reference", "--reference-if-able",
      "--shallow-since", "--shallow-exclude", "--server-option", "--bundle-uri");

  /**
   * The files a git subcommand reads or writes: staged files (add) are read and may leave by a
   * push; REV:PATH names a file's content in history; clone and init create a directory;
   * restore, and checkout/reset after "--", rewrite files; push only to a configured remote,
   * never deleting a remote branch.
   */
  private Verdict gitFiles(String sub, List<Word> rest) {
    boolean afterDashes = false;
    boolean firstOperand = true;
    for (int k = 0; k < rest.size(); k++) {
      Word w = rest.get(k);
      String a = w.text();
      if (a.equals("--") && !afterDashes) {
        afterDashes = true;
        continue;
      }
      if (!afterDashes && a.startsWith("-")) {
        if (sub.equals("clone") && GIT_CLONE_VALUE_OPTIONS.contains(a)
            || sub.equals("clean") && (a.equals("-e") || a.equals("--exclude"))) {
          k++;
        }
        if (sub.equals("push") && (a.equals("-d") || a.equals("--delete"))) {
          return deny("git", "'git push " + a + "' deletes a branch on the remote");
        }
        continue;
      }
      Verdict v = Verdict.PASS;
      if (GIT_OBJECT_SUBCOMMANDS.contains(sub) && (afterDashes || sub.equals("blame"))) {
        v = path("git", w, Operation.READ); // git log -p -- .env shows the file's contents
      }
      switch (sub) {
        case "add" -> v = path("git", w, Operation.READ);
        case "restore" -> v = path("git", w, restoreIndexOnly(rest) ? Operation.READ
            : Operation.WRITE);
        case "checkout", "reset" -> v = afterDashes ? path("git", w, Operation.WRITE) : v;
        case "init" -> v = path("git", w, Operation.WRITE);
        case "clean" -> v = path("git", w, Operation.WRITE); // deletes untracked files below it
        case "clone" -> v = firstOperand ? v : path("git", w, Operation.WRITE);
        case "push" -> {
          if (!firstOperand && a.startsWith(":")) {
            return deny("git", "'git push " + a + "' deletes a branch on the remote");
          }
          if (firstOperand && (a.contains("://") || a.matches("[^/:]+@[^:]+:.*"))) {
            return deny("git", "'git push' to a URL instead of a configured remote");
          }
        }
        default -> { }
      }
      if (v instanceof Verdict.Block) {
        return v;
      }
      if (GIT_OBJECT_SUBCOMMANDS.contains(sub) && !a.contains("://")) {
        int colon = a.indexOf(':');
        int last = a.lastIndexOf(':');
        for (int at : new int[] {colon, last}) {
          if (at >= 0 && at + 1 < a.length()) {
            Verdict o = path("git", Options.sub(w, a.substring(at + 1)), Operation.READ);
            if (o instanceof Verdict.Block) {
              return o;
            }
          }
        }
      }
      firstOperand = false;
    }
    return Verdict.PASS;
  }

  /**
   * git restore --staged (-S) without --worktree (-W) only resets the index: no file in the working
   * tree is rewritten, so its paths are judged as reads (git add reads them the same way).
   */
  private static boolean restoreIndexOnly(List<Word> rest) {
    boolean staged = false;
    for (Word w : rest) {
      String a = w.text();
      if (a.equals("--")) {
        break;
      }
      boolean cluster = a.startsWith("-") && !a.startsWith("--");
      if (a.equals("--worktree") || cluster && a.indexOf('W') > 0) {
        return false;
      }
      staged |= a.equals("--staged") || cluster && a.indexOf('S') > 0;
    }
    return staged;
  }

  private static final Set<String> GIT_PUSH_VALUE_OPTIONS = Set.of("-o", "--push-option",
      "--repo", "--recurse-submodules");

  /**
   * A forced push rewrites the remote branch it lands on, losing others' commits there: refused
   * when the branch is protected (protected_branches), or not named at all (no refspec, HEAD,
   * --all, --tags: the gateway cannot know which branch that is). --mirror overwrites and prunes
   * every remote ref, forced or not. A "+" in front of a refspec forces that one.
   */
  private Verdict gitForcePush(List<Word> rest) {
    boolean force = false;
    boolean unnamed = false;
    List<String> refspecs = new ArrayList<>();
    boolean remoteSeen = false;
    for (int k = 0; k < rest.size(); k++) {
      String a = rest.get(k).text();
      if (a.equals("--mirror")) {
        return deny("git", "'git push --mirror' overwrites and deletes every ref on the remote");
      }
      if (a.startsWith("-") && !a.equals("--")) {
        force |= a.equals("--force") || a.startsWith("--force-with-lease")
            || a.equals("--force-if-includes") || a.equals("-f") || shortCluster(a, "-f");
        unnamed |= a.equals("--all") || a.equals("--branches") || a.equals("--tags");
        k += GIT_PUSH_VALUE_OPTIONS.contains(a) ? 1 : 0;
      } else if (!a.equals("--")) {
        if (remoteSeen) {
          // a refspec only known at run time ($(git branch --show-current)) names no branch
          refspecs.add(rest.get(k).isStatic() ? a : "");
        }
        remoteSeen = true;
      }
    }
    for (String spec : refspecs) {
      String dest = spec.substring(spec.lastIndexOf(':') + 1).replaceFirst("^\\+", "")
          .replaceFirst("^refs/heads/", "");
      boolean forced = force || spec.startsWith("+");
      if (forced && (dest.equals("HEAD") || dest.equals("@") || dest.isEmpty()
          || isProtectedBranch(dest))) {
        return deny("git", "a forced push to '" + dest + "' rewrites a branch others build on");
      }
    }
    if (force && (refspecs.isEmpty() || unnamed)) {
      return deny("git", "a forced push without a named branch may rewrite a protected one");
    }
    return Verdict.PASS;
  }

  private boolean isProtectedBranch(String branch) {
    for (String p : t.gitProtectedBranches()) {
      if (p.endsWith("*") ? branch.startsWith(p.substring(0, p.length() - 1)) : branch.equals(p)) {
        return true;
      }
    }
    return false;
  }

  /** A short option inside a cluster: -ix holds -x for a tool whose short options take no value. */
  private static boolean shortCluster(String arg, String opt) {
    if (opt.length() != 2 || arg.length() < 3 || arg.charAt(0) != '-' || arg.charAt(1) == '-') {
      return false;
    }
    for (int j = 1; j < arg.length(); j++) {
      char c = arg.charAt(j);
      if (!Character.isLetter(c)) {
        return false;
      }
      if (c == opt.charAt(1)) {
        return true;
      }
    }
    return false;
  }

  private Verdict gitOption(String a) {
    for (String d : t.gitDenyOptions()) {
      if (Options.matches(a, d, true)) {
        return deny("git", "option '" + d + "' makes git run a program of the caller's choice");
      }
    }
    return Verdict.PASS;
  }

  private Verdict gitConfigKey(String keyValue) {
    int eq = keyValue.indexOf('=');
    String key = (eq < 0 ? keyValue : keyValue.substring(0, eq)).toLowerCase(Locale.ROOT);
    for (String p : t.gitDenyConfigPrefixes()) {
      if (key.startsWith(p)) {
        return deny("git", "config key '" + key + "' can make git run a program or change "
            + "where it connects");
      }
    }
    return Verdict.PASS;
  }

  /** git config KEY VALUE writes; reading (git config KEY, --get, --list) is harmless. */
  private Verdict gitConfigCommand(List<Word> rest) {
    List<String> operands = new java.util.ArrayList<>();
    boolean writes = false;
    for (Word w : rest) {
      String a = w.text();
      if (a.equals("-e") || a.equals("--edit")) {
        return deny("git", "'git config --edit' opens an editor");
      }
      if (a.equals("--add") || a.equals("--replace-all") || a.equals("set")) {
        writes = true;
      } else if (a.equals("-f") || a.equals("--file") || a.startsWith("--file=")) {
        writes = true; // a config file elsewhere is still read by git later
      } else if (!a.startsWith("-") && !a.equals("get") && !a.equals("list")) {
        operands.add(a);
      }
    }
    if (operands.size() >= 2 || writes) {
      for (String k : operands) {
        Verdict v = gitConfigKey(k);
        if (v instanceof Verdict.Block) {
          return v;
        }
      }
    }
    return Verdict.PASS;
  }

  private Verdict gitUrl(String a) {
    if (a.startsWith("-")) {
      return Verdict.PASS;
    }
    int sep = a.indexOf("://");
    if (sep > 0) {
      String scheme = a.substring(0, sep).toLowerCase(Locale.ROOT);
      if (scheme.equals("file")) {
        return deny("git", "file:// remotes are not allowed");
      }
      return passthrough(urls.check("https://" + a.substring(sep + 3)));
    }
    if (a.contains("::")) {
      return deny("git", "remote helper '" + a.substring(0, a.indexOf("::"))
          + "::' can run programs");
    }
    int colon = a.indexOf(':');
    int slash = a.indexOf('/');
    if (colon > 0 && (slash < 0 || colon < slash)) {
      // scp-like user@host:path
      String host = a.substring(0, colon);
      int at = host.lastIndexOf('@');
      host = host.substring(at + 1);
      if (host.contains(".")) {
        return passthrough(urls.check("https://" + host + "/" + a.substring(colon + 1)));
      }
    }
    return Verdict.PASS;
  }

  // ---- python, node, bun ------------------------------------------------------------------

  private Verdict python(String tool, List<Word> args, SimpleCommand sc) {
    Verdict dyn = dynamicOption(tool, args);
    if (dyn instanceof Verdict.Block) {
      return dyn;
    }
    for (int i = 0; i < args.size(); i++) {
      Word w = args.get(i);
      String a = w.text();
      if (a.equals("-")) {
        return stdinCode(tool, sc, t.python());
      }
      if (!a.startsWith("-")) {
        return path(tool, w, Operation.READ); // the script; its own arguments are its business
      }
      if (a.startsWith("--")) {
        continue; // --version, --help
      }
      for (int j = 1; j < a.length(); j++) {
        char c = a.charAt(j);
        if (c == 'c' || c == 'm' || c == 'W' || c == 'X') {
          String value = j + 1 < a.length() ? a.substring(j + 1)
              : i + 1 < args.size() ? args.get(++i).text() : null;
          if (value == null) {
            return Verdict.PASS;
          }
          if (c == 'c') {
            return inline(tool, value, t.python());
          }
          if (c == 'm') {
            if (value.equals("pip")) {
              return pip(tool, args.subList(i + 1, args.size()));
            }
            CommandRules.BuildTool asTool = t.buildTools().get(value);
            if (asTool != null && t.pythonModules().contains(value)) {
              // python -m pytest -p X is pytest -p X: the tool's own argument policy
              return buildTool(value, asTool, args.subList(i + 1, args.size()));
            }
            if (!t.pythonModules().contains(value)) {
              return projectModule(tool, w, value);
            }
            if (value.equals("venv")) {
              // python -m venv DIR creates DIR: inside the project (.venv) it is the project's
              // environment; anywhere else the path policy decides, as for mkdir
              List<Word> dirs = args.subList(i + 1, args.size()).stream()
                  .filter(d -> !d.text().startsWith("-") && !isProjectRelative(d)).toList();
              return paths(tool, dirs, Operation.WRITE);
            }
            return Verdict.PASS;
          }
          break;
        }
      }
    }
    return stdinCode(tool, sc, t.python());
  }

  /**
   * coverage run [-m] PROGRAM ARGS runs PROGRAM as python would, so it is judged as
   * "python [-m] PROGRAM ARGS" (the allowed -m modules, a script the path policy lets be read).
   */
  private Verdict coverageRun(List<Word> args, SimpleCommand sc) {
    int k = 0;
    while (k < args.size() && args.get(k).text().startsWith("-")) {
      k++;
    }
    if (k >= args.size() || !args.get(k).text().equals("run")) {
      return Verdict.PASS; // report, html, erase: the build_tools entry decided
    }
    boolean module = false;
    for (k++; k < args.size() && args.get(k).text().startsWith("-"); k++) {
      String a = args.get(k).text();
      module |= a.equals("--module") || !a.startsWith("--") && a.indexOf('m') > 0;
    }
    if (k >= args.size()) {
      return Verdict.PASS; // nothing to run
    }
    List<Word> asPython = new java.util.ArrayList<>();
    if (module) {
      asPython.add(Word.literal("-m"));
    }
    asPython.addAll(args.subList(k, args.size()));
    return python("coverage", asPython, sc);
  }

  private static final String DOTTED_MODULE = "[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+";

  /**
   * python -m pkg.mod: a module of the project (python -m src.cli), run like python src/cli.py
   * when its file may be executed under the path policy. A single name (http, code, pdb) is
   * the standard library or an installed tool, and only the allowed -m modules run.
   */
  private Verdict projectModule(String tool, Word w, String value) {
    if (!w.isStatic() || !value.matches(DOTTED_MODULE)) {
      return deny(tool, "module '" + value + "' is not in the allowed -m modules");
    }
    Verdict v = passthrough(paths.check(value.replace('.', '/') + ".py", Operation.EXECUTE));
    return v instanceof Verdict.Block b ? deny(tool, "module '" + value + "' is not in the "
        + "allowed -m modules, nor a project module that may run: " + b.reason()) : v;
  }

  /** A static relative path that stays below the working directory (no "..", no ~, no $). */
  private static boolean isProjectRelative(Word w) {
    String p = w.text();
    return w.isStatic() && !p.isEmpty() && !p.startsWith("/") && !p.startsWith("~")
        && !p.startsWith("-") && !p.contains("\\") && !List.of(p.split("/")).contains("..");
  }

  private Verdict node(String tool, List<Word> args, SimpleCommand sc) {
    Verdict dyn = dynamicOption(tool, args);
    if (dyn instanceof Verdict.Block) {
      return dyn;
    }
    for (int i = 0; i < args.size(); i++) {
      Word w = args.get(i);
      String a = w.text();
      for (String d : t.nodeDenyOptions()) {
        if (Options.matches(a, d, false)) {
          return deny(tool, "option '" + d + "' loads or exposes code outside the program");
        }
      }
      if (a.equals("-e") || a.equals("--eval") || a.equals("-p") || a.equals("--print")
          || a.equals("-pe")) {
        return i + 1 < args.size() ? inline(tool, args.get(i + 1).text(), t.node()) : Verdict.PASS;
      }
      if (a.startsWith("--eval=") || a.startsWith("--print=")) {
        return inline(tool, a.substring(a.indexOf('=') + 1), t.node());
      }
      if (a.equals("-")) {
        return stdinCode(tool, sc, t.node());
      }
      if (!a.startsWith("-")) {
        return path(tool, w, Operation.READ);
      }
    }
    return stdinCode(tool, sc, t.node());
  }

  /** No program argument: the interpreter reads its program from stdin. */
  private Verdict stdinCode(String tool, SimpleCommand sc, InlineCode policy) {
    for (Redirect r : sc.redirects()) {
      if (r.feedsStdin()) {
        if (r.op().equals("<<<")) {
          return r.target().dynamic()
              ? Verdict.block("command.interpreter_pipe", tool + " reads a program built by an "
                  + "expansion", Severity.HIGH)
              : inline(tool, r.target().text(), policy);
        }
        if (r.body() != null) {
          return inline(tool, r.body(), policy);
        }
        return Verdict.PASS; // < file: the redirection is checked by the path policy
      }
    }
    if (sc.pipedInput()) {
      return Verdict.block("command.interpreter_pipe",
          "output is piped into the interpreter " + tool + ", which runs it as a program",
          Severity.HIGH);
    }
    return Verdict.PASS;
  }

  private Verdict inline(String tool, String code, InlineCode policy) {
    switch (policy.mode()) {
      case "allow":
        return Verdict.PASS;
      case "deny":
        return deny(tool, "inline code (-c/-e or a here-document) is not allowed by policy");
      default:
        String hit = CodeScan.firstForbidden(code, policy.forbiddenNames());
        if (hit != null) {
          return deny(tool, "inline code uses '" + hit + "', which can run programs, reach the "
              + "network or touch files");
        }
        return Verdict.PASS;
    }
  }

  // ---- pip --------------------------------------------------------------------------------

  private static final Set<String> PIP_LONG = Set.of("--requirement", "--constraint",
      "--editable", "--index-url", "--extra-index-url", "--find-links", "--trusted-host",
      "--proxy", "--target", "--prefix", "--root", "--src", "--global-option",
      "--install-option", "--config-settings", "--platform", "--python-version",
      "--implementation", "--abi", "--upgrade-strategy", "--progress-bar", "--log", "--cache-dir",
      "--timeout", "--retries", "--exists-action", "--cert", "--client-cert", "--python",
      "--report", "--only-binary", "--no-binary", "--use-feature", "--user-agent", "--dest",
      "--wheel-dir", "--build", "--format");

  private Verdict pip(String tool, List<Word> args) {
    Verdict dyn = dynamicOption(tool, args);
    if (dyn instanceof Verdict.Block) {
      return dyn;
    }
    List<Item> items = Options.parse(args, "rceiftCd", PIP_LONG, true);
    String sub = null;
    for (Item it : items) {
      if (it.isOperand()) {
        if (sub == null) {
          sub = it.value().text();
          if (sub.equals("config")) {
            return deny(tool, "'pip config' changes where later installs come from");
          }
          continue;
        }
        Verdict v = pipTarget(tool, it.value());
        if (v instanceof Verdict.Block) {
          return v;
        }
        continue;
      }
      String n = it.name();
      for (String d : t.pipDenyOptions()) {
        if (n.equals(d)) {
          return deny(tool, "option '" + d + "' is not allowed");
        }
      }
      Word v = it.value();
      Verdict r = switch (n) {
        case "-r", "--requirement", "-c", "--constraint" -> path(tool, v, Operation.READ);
        case "-e", "--editable", "-f", "--find-links" -> v == null ? Verdict.PASS : pipTarget(tool, v);
        case "-i", "--index-url", "--extra-index-url" ->
            v == null ? Verdict.PASS : url(tool, v.text(), Set.of("http", "https"));
        case "--trusted-host" -> v == null ? Verdict.PASS
            : deny(tool, "--trusted-host turns off certificate checks for " + v.text());
        case "--proxy" -> deny(tool, "--proxy sends traffic around the egress policy");
        default -> Verdict.PASS;
      };
      if (r instanceof Verdict.Block) {
        return r;
      }
    }
    return Verdict.PASS;
  }

  /** A requirement: a name (fine), a URL (network policy), or a local path (path policy). */
  private Verdict pipTarget(String tool, Word w) {
    String a = w.text();
    String stripped = a;
    for (String vcs : List.of("git+", "hg+", "svn+", "bzr+")) {
      if (a.startsWith(vcs)) {
        stripped = a.substring(vcs.length());
      }
    }
    int at = stripped.indexOf(" @ ");
    if (at > 0) {
      stripped = stripped.substring(at + 3).trim();
    }
    if (stripped.contains("://")) {
      String scheme = stripped.substring(0, stripped.indexOf("://")).toLowerCase(Locale.ROOT);
      if (scheme.equals("ssh")) {
        return passthrough(urls.check("https://" + stripped.substring(stripped.indexOf("://") + 3)));
      }
      return url(tool, stripped, Set.of("http", "https"));
    }
    boolean localPath = a.startsWith(".") || a.startsWith("/") || a.startsWith("~")
        || a.contains("/") || a.endsWith(".whl") || a.endsWith(".tar.gz") || a.endsWith(".zip");
    if (localPath) {
      if (!t.pipAllowLocalPaths()) {
        return deny(tool, "installing from a local path runs its build scripts");
      }
      return path(tool, w, Operation.READ);
    }
    return Verdict.PASS;
  }

  // ---- npm / bun --------------------------------------------------------------------------

  private static final Set<String> NPM_SCRIPT_ALIASES = Set.of("run", "run-script", "rum", "urn");
  private static final Set<String> NPM_INSTALL = Set.of("install", "i", "in", "ins", "inst",
      "insta", "instal", "isnt", "isnta", "isntal", "add", "ci", "clean-install", "install-test",
      "it", "update", "up", "upgrade", "udpate");

  private Verdict npm(String tool, List<Word> args, SimpleCommand sc) {
    Verdict dyn = dynamicOption(tool, args);
    if (dyn instanceof Verdict.Block) {
      return dyn;
    }
    String sub = null;
    int subAt = -1;
    boolean ignoreScripts = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i).text();
      for (String d : t.npmDenyOptions()) {
        if (Options.matches(a, d, false) && (d.startsWith("--") || a.equals(d))) {
          return deny(tool, "option '" + d + "' runs code outside the package scripts");
        }
      }
      if (a.equals("--ignore-scripts")) {
        ignoreScripts = true;
      }
      if (sub == null && !a.startsWith("-")) {
        sub = a;
        subAt = i;
      }
    }
    if (sub == null) {
      return Verdict.PASS;
    }
    List<Word> rest = args.subList(subAt + 1, args.size());
    if (t.npmDenySubcommands().contains(sub)) {
      return deny(tool, "'" + tool + " " + sub + "' fetches or runs code outside the project");
    }
    if ((sub.equals("config") || sub.equals("set") || sub.equals("pkg"))
        && rest.stream().anyMatch(w -> w.text().equals("set") || w.text().equals("delete"))
        || sub.equals("set")) {
      return deny(tool, "'" + tool + " " + sub + " set' changes scripts or settings");
    }
    if (NPM_SCRIPT_ALIASES.contains(sub)) {
      Word script = rest.stream().filter(w -> !w.text().startsWith("-")).findFirst().orElse(null);
      if (script == null) {
        return Verdict.PASS;
      }
      if (tool.equals("bun") && looksLikeFile(script.text())) {
        return path(tool, script, Operation.READ);
      }
      if (!t.npmAllowedScripts().contains(script.text())) {
        return deny(tool, "script '" + script.text() + "' is not in the allowed scripts");
      }
      return Verdict.PASS;
    }
    if (NPM_INSTALL.contains(sub)) {
      if (t.npmRequireIgnoreScripts() && !ignoreScripts) {
        return deny(tool, "install runs lifecycle scripts; add --ignore-scripts");
      }
      for (Word w : rest) {
        String a = w.text();
        if (a.startsWith("-")) {
          continue;
        }
        Verdict v;
        if (a.contains("://")) {
          String u = a.startsWith("git+") ? a.substring(4) : a;
          v = u.startsWith("ssh://") || u.startsWith("git://")
              ? passthrough(urls.check("https://" + u.substring(u.indexOf("://") + 3)))
              : url(tool, u, Set.of("http", "https"));
        } else if (a.startsWith("github:") || a.startsWith("gitlab:") || a.startsWith("bitbucket:")
            || a.startsWith("gist:") || a.startsWith("file:")) {
          v = deny(tool, "install source '" + a + "' is not allowed");
        } else if (a.startsWith(".") || a.startsWith("/") || a.startsWith("~")
            || a.endsWith(".tgz") || a.endsWith(".tar.gz")) {
          v = path(tool, w, Operation.READ);
        } else {
          v = Verdict.PASS;
        }
        if (v instanceof Verdict.Block) {
          return v;
        }
      }
      return Verdict.PASS;
    }
    if (tool.equals("bun") && looksLikeFile(sub)) {
      return path(tool, args.get(subAt), Operation.READ);
    }
    return Verdict.PASS;
  }

  private static boolean looksLikeFile(String s) {
    return s.contains("/") || s.endsWith(".js") || s.endsWith(".ts") || s.endsWith(".mjs")
        || s.endsWith(".cjs") || s.endsWith(".tsx") || s.endsWith(".jsx");
  }

  // ---- make -------------------------------------------------------------------------------

  private static final Set<String> MAKE_LONG = Set.of("--file", "--makefile", "--directory",
      "--include-dir", "--jobs", "--load-average", "--old-file", "--assume-old", "--what-if",
      "--new-file", "--assume-new", "--eval", "--output-sync", "--debug");

  private Verdict make(List<Word> args) {
    Verdict dyn = dynamicOption("make", args);
    if (dyn instanceof Verdict.Block) {
      return dyn;
    }
    for (Item it : Options.parse(args, "fCIjloWE", MAKE_LONG, true)) {
      if (it.isOperand()) {
        String a = it.value().text();
        int eq = a.indexOf('=');
        if (eq > 0) {
          String name = a.substring(0, eq).replace(":", "").replace("+", "").replace("?", "")
              .trim();
          if (t.makeDenyVariables().contains(name)) {
            return deny("make", "setting " + name + " changes which program runs the recipes");
          }
          String value = a.substring(eq + 1);
          if (value.contains("$(shell") || value.contains("${shell") || value.contains("`")
              || it.value().dynamic()) {
            return deny("make", "variable " + name + " runs a shell command");
          }
        }
        continue;
      }
      if (t.makeDenyOptions().contains(it.name())) {
        return deny("make", "option '" + it.name() + "' evaluates make code from the command line");
      }
      if (it.name().equals("-f") || it.name().equals("--file") || it.name().equals("--makefile")
          || it.name().equals("-C") || it.name().equals("--directory")) {
        Word f = it.value();
        if (f == null) {
          continue;
        }
        for (String d : t.makeUntrustedDirs()) {
          if (f.text().startsWith(d)) {
            return deny("make", "'" + f.text() + "' lies in a directory anyone can write");
          }
        }
        Verdict v = path("make", f, Operation.READ);
        if (v instanceof Verdict.Block) {
          return v;
        }
      }
    }
    return Verdict.PASS;
  }

  // ---- ffmpeg -----------------------------------------------------------------------------

  private static final Set<String> FFMPEG_FLAGS = Set.of("-y", "-n", "-hide_banner", "-nostdin",
      "-stdin", "-nostats", "-stats", "-an", "-vn", "-sn", "-dn", "-shortest", "-re",
      "-benchmark", "-benchmark_all", "-copyts", "-start_at_zero", "-xerror", "-ignore_unknown",
      "-h", "-version", "-formats", "-codecs", "-encoders", "-decoders", "-filters", "-pix_fmts",
      "-layouts", "-sample_fmts", "-protocols", "-muxers", "-demuxers", "-bsfs", "-autorotate",
      "-noautorotate", "-accurate_seek", "-noaccurate_seek", "-debug_ts", "-dump",
      "-copy_unknown");
  private static final Set<String> FFMPEG_FILE_OPTIONS = Set.of("-filter_script",
      "-filter_complex_script", "-attach", "-passlogfile", "-sdp_file", "-vstats_file",
      "-progress", "-dump_attachment");

  private Verdict ffmpeg(List<Word> args) {
    Verdict dyn = dynamicOption("ffmpeg", args);
    if (dyn instanceof Verdict.Block) {
      return dyn;
    }
    for (int i = 0; i < args.size(); i++) {
      Word w = args.get(i);
      String a = w.text();
      if (a.equals("-report")) {
        return deny("ffmpeg", "-report writes a log file into the working directory");
      }
      if (a.startsWith("-") && a.length() > 1) {
        if (FFMPEG_FLAGS.contains(a) || i + 1 >= args.size()) {
          continue;
        }
        Word v = args.get(++i);
        Verdict r = Verdict.PASS;
        if (a.equals("-i")) {
          r = media("ffmpeg", v, Operation.READ);
        } else if (FFMPEG_FILE_OPTIONS.contains(a.split(":", 2)[0])) {
          r = deny("ffmpeg", "option '" + a + "' reads or writes a side file");
        }
        if (r instanceof Verdict.Block) {
          return r;
        }
        continue;
      }
      Verdict r = media("ffmpeg", w, Operation.WRITE); // a bare word is an output file
      if (r instanceof Verdict.Block) {
        return r;
      }
    }
    return Verdict.PASS;
  }

  private Verdict media(String tool, Word w, Operation op) {
    String a = w.text();
    if (a.equals("-") || a.equals("pipe:") || a.equals("pipe:0") || a.equals("pipe:1")) {
      return Verdict.PASS;
    }
    int c = a.indexOf(':');
    if (c > 1 && isScheme(a.substring(0, c))) {
      return url(tool, a, t.ffmpegSchemes());
    }
    return path(tool, w, op);
  }

  // ---- curl / wget ------------------------------------------------------------------------

  private static final Set<String> CURL_LONG = Set.of("--data", "--data-ascii", "--data-binary",
      "--data-raw", "--data-urlencode", "--form", "--form-string", "--header", "--output",
      "--output-dir", "--upload-file", "--user", "--proxy", "--request", "--user-agent",
      "--referer", "--cookie", "--cookie-jar", "--config", "--max-time", "--connect-timeout",
      "--retry", "--retry-delay", "--retry-max-time", "--url", "--write-out", "--dump-header",
      "--cacert", "--capath", "--cert", "--key", "--key-type", "--cert-type", "--resolve",
      "--connect-to", "--limit-rate", "--range", "--interface", "--local-port", "--max-filesize",
      "--max-redirs", "--netrc-file", "--proxy-user", "--proxy-header", "--trace",
      "--trace-ascii", "--stderr", "--unix-socket", "--abstract-unix-socket", "--libcurl",
      "--json", "--oauth2-bearer", "--aws-sigv4", "--variable", "--time-cond", "--ciphers",
      "--tls-max", "--hsts", "--alt-svc", "--doh-url", "--dns-servers", "--preproxy",
      "--socks5", "--socks4", "--socks4a", "--socks5-hostname", "--proto", "--proto-redir",
      "--proto-default", "--request-target", "--expect100-timeout", "--keepalive-time",
      "--mail-from", "--mail-rcpt", "--mail-auth", "--pubkey", "--quote", "--rate",
      "--parallel-max", "--etag-save", "--etag-compare", "--url-query", "--create-file-mode",
      "--speed-limit", "--speed-time", "--continue-at", "--ftp-port", "--krb", "--engine",
      "--login-options", "--service-name", "--pinnedpubkey", "--noproxy");
  private static final Set<String> CURL_UPLOADS = Set.of("-d", "--data", "--data-ascii",
      "--data-binary", "--data-urlencode", "--json", "-F", "--form");
  private static final Set<String> CURL_WRITES = Set.of("-o", "--output", "--output-dir",
      "-D", "--dump-header", "-c", "--cookie-jar", "--trace", "--trace-ascii", "--stderr",
      "--etag-save", "--hsts", "--alt-svc");

  private Verdict curl(List<Word> args) {
    Verdict dyn = dynamicOption("curl", args);
    if (dyn instanceof Verdict.Block) {
      return dyn;
    }
    List<Item> items = Options.parse(args, "dDeEFHKmoPQrTuUwxXyYzbcCtA", CURL_LONG, false);
    boolean remoteName = false;
    String outputDir = null;
    List<String> targets = new java.util.ArrayList<>();
    for (Item it : items) {
      if (it.isOperand()) {
        targets.add(it.value().text());
        continue;
      }
      String n = it.name();
      if (t.curlDenyOptions().contains(n)) {
        return deny("curl", "option '" + n + "' is not allowed (uploads files, reads a config "
            + "or bypasses the egress policy)");
      }
      Word v = it.value();
      if (CURL_UPLOADS.contains(n) && v != null) {
        String s = v.text();
        int eq = s.indexOf('=');
        boolean fromFile = s.startsWith("@") || s.startsWith("<")
            || (eq >= 0 && eq + 1 < s.length() && (s.charAt(eq + 1) == '@' || s.charAt(eq + 1) == '<'))
            || (n.equals("--data-urlencode") && s.indexOf('@') > 0 && (eq < 0 || s.indexOf('@') < eq));
        if (fromFile && !n.equals("--data-raw")) {
          return deny("curl", "sending a local file (" + s + ") is an upload");
        }
      }
      if ((n.equals("-H") || n.equals("--header") || n.equals("--json")) && v != null
          && v.text().startsWith("@")) {
        return deny("curl", "reading " + n + " from a file (" + v.text() + ") sends that file");
      }
      if (CURL_WRITES.contains(n) && v != null) {
        if (n.equals("--output-dir")) {
          outputDir = v.text();
        }
        Verdict w = path("curl", v, Operation.WRITE);
        if (w instanceof Verdict.Block) {
          return w;
        }
      }
      if ((n.equals("-b") || n.equals("--cookie")) && v != null && v.text().indexOf('=') < 0) {
        Verdict r = path("curl", v, Operation.READ);
        if (r instanceof Verdict.Block) {
          return r;
        }
      }
      if ((n.equals("--cacert") || n.equals("--cert") || n.equals("--key")) && v != null) {
        Verdict r = path("curl", v, Operation.READ);
        if (r instanceof Verdict.Block) {
          return r;
        }
      }
      if (n.equals("-O") || n.equals("--remote-name") || n.equals("--remote-name-all")) {
        remoteName = true;
      }
      if (n.equals("--url") && v != null) {
        targets.add(v.text());
      }
    }
    for (String u : targets) {
      Verdict r = url("curl", u, t.curlSchemes());
      if (r instanceof Verdict.Block) {
        return r;
      }
      if (remoteName) {
        Verdict w = path("curl", Word.literal(join(outputDir, lastSegment(u))), Operation.WRITE);
        if (w instanceof Verdict.Block) {
          return w;
        }
      }
    }
    return Verdict.PASS;
  }

  private static final Set<String> WGET_LONG = Set.of("--output-document", "--output-file",
      "--append-output", "--directory-prefix", "--execute", "--input-file", "--base", "--tries",
      "--timeout", "--wait", "--quota", "--user-agent", "--level", "--accept", "--reject",
      "--domains", "--exclude-domains", "--include-directories", "--exclude-directories",
      "--post-data", "--post-file", "--body-data", "--body-file", "--method", "--header",
      "--user", "--password", "--load-cookies", "--save-cookies", "--config", "--ca-certificate",
      "--certificate", "--private-key", "--referer", "--limit-rate", "--bind-address",
      "--use-askpass", "--restrict-file-names", "--default-page", "--dns-timeout",
      "--connect-timeout", "--read-timeout", "--waitretry", "--http-user", "--http-password",
      "--proxy-user", "--proxy-password", "--cut-dirs", "--local-encoding", "--remote-encoding");

  private Verdict wget(List<Word> args) {
    Verdict dyn = dynamicOption("wget", args);
    if (dyn instanceof Verdict.Block) {
      return dyn;
    }
    List<Item> items = Options.parse(args, "OoaPeiBtTwQUlARDXIY", WGET_LONG, true);
    String document = null;
    String prefix = null;
    List<String> targets = new java.util.ArrayList<>();
    for (Item it : items) {
      if (it.isOperand()) {
        targets.add(it.value().text());
        continue;
      }
      String n = it.name();
      if (t.wgetDenyOptions().contains(n)) {
        return deny("wget", "option '" + n + "' is not allowed (uploads files, runs wgetrc "
            + "commands or reads URLs from a file)");
      }
      Word v = it.value();
      if (v == null) {
        continue;
      }
      switch (n) {
        case "-O", "--output-document" -> document = v.text();
        case "-P", "--directory-prefix" -> prefix = v.text();
        case "-o", "--output-file", "-a", "--append-output", "--save-cookies" -> {
          Verdict w = path("wget", v, Operation.WRITE);
          if (w instanceof Verdict.Block) {
            return w;
          }
        }
        default -> { }
      }
    }
    for (String u : targets) {
      Verdict r = url("wget", u, t.wgetSchemes());
      if (r instanceof Verdict.Block) {
        return r;
      }
    }
    if (document != null) {
      return path("wget", Word.literal(document), Operation.WRITE);
    }
    for (String u : targets) {
      Verdict w = path("wget", Word.literal(join(prefix, lastSegment(u))), Operation.WRITE);
      if (w instanceof Verdict.Block) {
        return w;
      }
    }
    return Verdict.PASS;
  }

  private static String lastSegment(String url) {
    String u = url;
    int q = u.indexOf('?');
    if (q >= 0) {
      u = u.substring(0, q);
    }
    int scheme = u.indexOf("://");
    String rest = scheme >= 0 ? u.substring(scheme + 3) : u;
    int slash = rest.lastIndexOf('/');
    String name = slash < 0 || slash == rest.length() - 1 ? "index.html" : rest.substring(slash + 1);
    return name;
  }

  private static String join(String dir, String name) {
    if (dir == null || dir.isEmpty()) {
      return name;
    }
    return dir.endsWith("/") ? dir + name : dir + "/" + name;
  }
}
