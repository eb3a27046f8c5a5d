package io.moltr.core.command;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.moltr.core.config.ConfigNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** commands.yaml read once into validated values; every error names file, key and value. */
record CommandRules(
    Set<String> allowed,
    Set<String> blocked,
    Set<String> network,
    Set<String> write,
    Map<String, String> risk,
    long maxPerMinute,
    long maxWritePerMinute,
    long maxNetworkPerMinute,
    List<String> trustedBinDirs,
    Set<String> codeRunners,
    Set<String> stateBuiltins,
    Set<String> shells,
    Set<String> interpreters,
    Map<String, WrapperSpec> wrappers,
    List<String> dangerousEnv,
    Map<String, Pattern> safeEnvValues,
    List<String> secretVariableMarkers,
    List<String> globProtectedNames,
    Set<String> globMetadataTools,
    Set<String> harmlessPaths,
    Map<String, String> workspacePrograms,
    List<String> oversightEnv,
    Set<String> oversightShellOptions,
    Set<String> activationScripts,
    ToolRules tools) {

  static final List<String> RISK_ORDER = List.of("harmless", "normal", "elevated", "dangerous");

  /** How to step over a wrapper's own options to reach the command it runs. */
  record WrapperSpec(Set<String> optionsWithValue, Set<String> denyOptions, int positionals,
      Set<String> allowedTargets, String subcommand, Set<String> fileTargets,
      Set<String> splitFileTargets) {}

  /**
   * A file tool described as data: what its operands are (read, write, copy, move, none), which
   * options take a value, which are refused, and which name a file to read or write.
   */
  record FileTool(String files, String shortWithValue, Set<String> longWithValue,
      Set<String> denyOptions, Set<String> readOptions, Set<String> writeOptions,
      Set<String> targetOptions, Set<String> patternOptions, int minOperands,
      Set<String> denyOperands) {}

  /**
   * A build tool with subcommands: options and subcommands that run a program of the caller's
   * choosing or fetch code, and operands that name remote code.
   */
  record BuildTool(Set<String> denyOptions, Set<String> denySubcommands,
      Map<String, Set<String>> denySubcommandOptions, List<String> denyOperandsContaining,
      Set<String> operandCheckSubcommands, List<String> writeOptions,
      List<List<String>> allowedSubcommands, List<String> readOptions, boolean operandsAreFiles,
      List<String> denyOperands, List<String> writeOperandsWith, Set<String> printingGoals) {}

  /** The argument_policies block. */
  record ToolRules(
      Map<String, String> fileArguments,
      Map<String, FileTool> fileTools,
      Map<String, BuildTool> buildTools,
      Set<String> yarnSubcommands,
      Set<String> findDeny,
      List<String> gitDenyConfigPrefixes,
      Set<String> gitDenyOptions,
      Set<String> gitDenySubcommands,
      Map<String, Set<String>> gitDenySubcommandOptions,
      Set<String> gitUrlSubcommands,
      InlineCode python,
      Set<String> pythonModules,
      InlineCode node,
      Set<String> nodeDenyOptions,
      boolean pipAllowLocalPaths,
      Set<String> pipDenyOptions,
      Set<String> npmDenySubcommands,
      Set<String> npmAllowedScripts,
      Set<String> npmDenyOptions,
      boolean npmRequireIgnoreScripts,
      Set<String> makeDenyOptions,
      Set<String> makeDenyVariables,
      List<String> makeUntrustedDirs,
      Set<String> ffmpegSchemes,
      Set<String> curlSchemes,
      Set<String> curlDenyOptions,
      Set<String> wgetSchemes,
      Set<String> wgetDenyOptions,
      List<String> gitProtectedBranches) {}

  /** Policy for code given on the command line: allow, deny, or scan for forbidden names. */
  record InlineCode(String mode, Set<String> forbiddenNames) {}

  static CommandRules from(ConfigNode root) {
    Set<String> allowed = Set.copyOf(root.strings("allowed_commands"));
    Set<String> blocked = Set.copyOf(root.strings("blocked_commands"));
    Map<String, String> risk = new HashMap<>();
    ConfigNode levels = root.get("risk_levels");
    for (String level : levels.keys()) {
      if (!RISK_ORDER.contains(level)) {
        throw levels.get(level).error("unknown risk level '" + level + "', use one of "
            + String.join(", ", RISK_ORDER));
      }
      for (String cmd : levels.strings(level)) {
        String before = risk.put(cmd, level);
        if (before != null && !before.equals(level)) {
          throw levels.get(level).error("command '" + cmd + "' is listed under both " + before
              + " and " + level);
        }
      }
    }
    for (String a : allowed) {
      if (blocked.contains(a)) {
        throw root.get("allowed_commands").error("'" + a + "' is both allowed and blocked; "
            + "remove it from one list");
      }
    }
    ConfigNode limits = root.get("rate_limits");
    Map<String, WrapperSpec> wrappers = new LinkedHashMap<>();
    for (Map.Entry<String, ConfigNode> e : root.get("wrappers").entries().entrySet()) {
      ConfigNode w = e.getValue();
      if (!w.isMissing() && !w.isMapping()) {
        throw w.error("expected a mapping of wrapper options");
      }
      wrappers.put(e.getKey(), new WrapperSpec(
          Set.copyOf(w.strings("options_with_value")),
          Set.copyOf(w.strings("deny_options")),
          w.intValue("positionals", 0, 0, 4),
          Set.copyOf(w.strings("allowed_targets")),
          w.string("subcommand", null),
          Set.copyOf(w.strings("file_targets")),
          Set.copyOf(w.strings("split_file_targets"))));
    }
    return new CommandRules(
        allowed,
        blocked,
        Set.copyOf(root.strings("network_commands")),
        Set.copyOf(root.strings("write_commands")),
        Map.copyOf(risk),
        limits.integer("max_commands_per_minute", 0, 0, 1_000_000),
        limits.integer("max_write_commands_per_minute", 0, 0, 1_000_000),
        limits.integer("max_network_commands_per_minute", 0, 0, 1_000_000),
        root.strings("trusted_bin_dirs").stream().map(CommandRules::trimSlash).toList(),
        Set.copyOf(root.strings("code_runners")),
        Set.copyOf(root.strings("state_builtins")),
        Set.copyOf(root.strings("shells")),
        Set.copyOf(root.strings("interpreters")),
        Map.copyOf(wrappers),
        root.strings("dangerous_env"),
        safeEnvValues(root.get("safe_env_values")),
        root.strings("secret_variable_markers").stream()
            .map(m -> m.toUpperCase(Locale.ROOT)).toList(),
        root.strings("glob_protected_names"),
        Set.copyOf(root.strings("glob_metadata_tools")),
        Set.copyOf(root.strings("harmless_paths")),
        workspacePrograms(root.get("workspace_programs")),
        root.strings("oversight_env"),
        Set.copyOf(root.strings("oversight_shell_options")),
        activationScripts(root.get("activation_scripts")),
        tools(root.get("argument_policies")));
  }

  private static ToolRules tools(ConfigNode ap) {
    Map<String, String> files = new LinkedHashMap<>();
    Map<String, FileTool> fileTools = new LinkedHashMap<>();
    for (Map.Entry<String, ConfigNode> e : ap.get("file_arguments").entries().entrySet()) {
      if (e.getValue().isMapping()) {
        fileTools.put(e.getKey(), fileTool(e.getValue()));
        continue;
      }
      String op = e.getValue().asString("");
      if (!Set.of("read", "write", "copy", "input_output").contains(op)) {
        throw e.getValue().error("expected read, write, copy or input_output");
      }
      files.put(e.getKey(), op);
    }
    Map<String, BuildTool> buildTools = new LinkedHashMap<>();
    for (Map.Entry<String, ConfigNode> e : ap.get("build_tools").entries().entrySet()) {
      ConfigNode b = e.getValue();
      if (!b.isMapping()) {
        throw b.error("expected a mapping with deny_options, deny_subcommands, ...");
      }
      Map<String, Set<String>> perSub = new LinkedHashMap<>();
      for (Map.Entry<String, ConfigNode> s : b.get("deny_subcommand_options").entries().entrySet()) {
        perSub.put(s.getKey(), Set.copyOf(s.getValue().items().stream()
            .map(n -> n.asString("")).toList()));
      }
      buildTools.put(e.getKey(), new BuildTool(Set.copyOf(b.strings("deny_options")),
          Set.copyOf(b.strings("deny_subcommands")), Map.copyOf(perSub),
          b.strings("deny_operands_containing"),
          Set.copyOf(b.strings("operand_check_subcommands")), b.strings("write_options"),
          b.strings("allowed_subcommands").stream()
              .map(x -> List.of(x.trim().split(" +"))).toList(),
          b.strings("read_options"),
          b.choice("operands", "none", "none", "read").equals("read"),
          b.strings("deny_operands"),
          b.strings("write_operands_with"),
          Set.copyOf(b.strings("printing_goals"))));
    }
    ConfigNode git = ap.get("git");
    Map<String, Set<String>> perSub = new LinkedHashMap<>();
    for (Map.Entry<String, ConfigNode> e : git.get("deny_subcommand_options").entries().entrySet()) {
      perSub.put(e.getKey(), Set.copyOf(e.getValue().items().stream()
          .map(n -> n.asString("")).toList()));
    }
    ConfigNode py = ap.get("python");
    ConfigNode node = ap.get("node");
    ConfigNode pip = ap.get("pip");
    ConfigNode npm = ap.get("npm");
    ConfigNode make = ap.get("make");
    return new ToolRules(
        Map.copyOf(files),
        Map.copyOf(fileTools),
        Map.copyOf(buildTools),
        Set.copyOf(ap.get("npm").strings("yarn_subcommands")),
        Set.copyOf(ap.get("find").strings("deny_options")),
        git.strings("deny_config_prefixes").stream().map(s -> s.toLowerCase(Locale.ROOT)).toList(),
        Set.copyOf(git.strings("deny_options")),
        Set.copyOf(git.strings("deny_subcommands")),
        Map.copyOf(perSub),
        Set.copyOf(git.strings("url_subcommands")),
        inline(py),
        Set.copyOf(py.strings("allowed_modules")),
        inline(node),
        Set.copyOf(node.strings("deny_options")),
        pip.bool("allow_local_paths", false),
        Set.copyOf(pip.strings("deny_options")),
        Set.copyOf(npm.strings("deny_subcommands")),
        Set.copyOf(npm.strings("allowed_scripts")),
        Set.copyOf(npm.strings("deny_options")),
        npm.bool("require_ignore_scripts", false),
        Set.copyOf(make.strings("deny_options")),
        Set.copyOf(make.strings("deny_variables")),
        make.strings("untrusted_dirs"),
        schemes(ap.get("ffmpeg")),
        schemes(ap.get("curl")),
        Set.copyOf(ap.get("curl").strings("deny_options")),
        schemes(ap.get("wget")),
        Set.copyOf(ap.get("wget").strings("deny_options")),
        git.strings("protected_branches"));
  }

  private static FileTool fileTool(ConfigNode n) {
    String files = n.choice("files", "read", "read", "write", "copy", "move", "none");
    return new FileTool(files, n.string("short_with_value", ""),
        Set.copyOf(n.strings("long_with_value")), Set.copyOf(n.strings("deny_options")),
        Set.copyOf(n.strings("read_options")), Set.copyOf(n.strings("write_options")),
        Set.copyOf(n.strings("target_options")), Set.copyOf(n.strings("pattern_options")),
        n.intValue("min_operands", 0, 0, 4), Set.copyOf(n.strings("deny_operands")));
  }

  /** safe_env_values: NAME -> a whole-value pattern under which a dangerous variable is harmless. */
  private static Map<String, Pattern> safeEnvValues(ConfigNode n) {
    Map<String, Pattern> out = new LinkedHashMap<>();
    for (Map.Entry<String, ConfigNode> e : n.entries().entrySet()) {
      String regex = e.getValue().asString("");
      if (regex.isEmpty()) {
        throw e.getValue().error("expected a regular expression for the whole value");
      }
      try {
        out.put(e.getKey(), Pattern.compile(regex));
      } catch (PatternSyntaxException ex) {
        throw e.getValue().error("not a valid regular expression: " + ex.getMessage());
      }
    }
    return Map.copyOf(out);
  }

  /** ./mvnw is mvn: wrapper scripts in the working directory judged as the tool they start. */
  private static Map<String, String> workspacePrograms(ConfigNode n) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, ConfigNode> e : n.entries().entrySet()) {
      String name = e.getKey();
      if (name.isEmpty() || name.contains("/")) {
        throw e.getValue().error("expected a plain file name in the working directory, not '"
            + name + "'");
      }
      out.put(name, e.getValue().asString(""));
    }
    return Map.copyOf(out);
  }

  /**
   * activation_scripts: relative paths inside the working directory, kept without "./" so
   * "source .venv/bin/activate" and "source ./.venv/bin/activate" meet one entry.
   */
  private static Set<String> activationScripts(ConfigNode n) {
    Set<String> out = new HashSet<>();
    for (ConfigNode item : n.items()) {
      String path = item.asString("");
      String p = path.startsWith("./") ? path.substring(2) : path;
      if (p.isEmpty() || p.startsWith("/") || p.startsWith("~") || p.contains("..")) {
        throw item.error("expected a relative path inside the working directory");
      }
      out.add(p);
    }
    return Set.copyOf(out);
  }

  private static InlineCode inline(ConfigNode n) {
    String mode = n.choice("inline_code", "deny", "allow", "deny", "scan");
    return new InlineCode(mode, Set.copyOf(n.strings("forbidden_names")));
  }

  private static Set<String> schemes(ConfigNode n) {
    List<String> s = n.strings("allowed_schemes");
    return s.isEmpty() ? Set.of("http", "https") : Set.copyOf(
        s.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList());
  }

  private static String trimSlash(String s) {
    String t = s.startsWith("./") ? s.substring(2) : s;
    return t.length() > 1 && t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
  }

  String riskOf(String command) {
    return risk.getOrDefault(command, "normal");
  }

  static String higher(String a, String b) {
    return RISK_ORDER.indexOf(a) >= RISK_ORDER.indexOf(b) ? a : b;
  }

  /**
   * True when setting {@code name} to {@code value} can make a program run other code; a dangerous
   * name is harmless only with a value known now that safe_env_values accepts whole.
   */
  boolean isDangerousEnv(String name, String value, boolean valueStatic) {
    if (!isDangerousEnv(name)) {
      return false;
    }
    Pattern safe = safeEnvValues.get(name);
    return safe == null || !valueStatic || value == null || !safe.matches(value);
  }

  /** A variable whose name says it holds a secret (OPENAI_API_KEY, DB_PASSWORD). */
  boolean isSecretVariable(String name) {
    for (String part : name.toUpperCase(Locale.ROOT).split("_")) {
      if (secretVariableMarkers.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A variable whose change or removal blinds the oversight around the agent: the shell history
   * (HISTFILE, HISTSIZE) or the egress proxy the shield enforces (HTTPS_PROXY, NO_PROXY).
   * Unlike dangerous_env, removing one (unset, env -u) is refused too.
   */
  boolean isOversightEnv(String name) {
    return matchesName(oversightEnv, name);
  }

  boolean isDangerousEnv(String name) {
    return matchesName(dangerousEnv, name);
  }

  /** An entry ending in * is a prefix; any other entry is the whole name. */
  private static boolean matchesName(List<String> entries, String name) {
    for (String d : entries) {
      if (d.endsWith("*") ? name.startsWith(d.substring(0, d.length() - 1)) : name.equals(d)) {
        return true;
      }
    }
    return false;
  }
}
