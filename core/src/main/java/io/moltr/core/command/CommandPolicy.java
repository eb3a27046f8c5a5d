package io.moltr.core.command;

import io.moltr.core.Decision;
import io.moltr.core.Severity;
import io.moltr.core.command.SegmentJudge.Segment;
import io.moltr.core.command.Script.SimpleCommand;
import io.moltr.core.config.ConfigNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The command policy: is this shell command line allowed to run?
 *
 * <p>Order of the checks: disabled, size limit, parse (unparseable is a deny), redirections on
 * groups and subshells, then every simple command that would run (a cd of a flat list judged
 * where it really goes, see {@link DirectoryChanges}) — including those inside $( ),
 * backticks, process substitutions and here-documents — judged by {@link SegmentJudge}; the first
 * refusal names the answer. Only a command line that passes everything counts against the rate
 * limits. Any failure inside the check is a deny.
 */
public final class CommandPolicy {
  private final boolean enabled;
  private final int maxLength;
  private final SegmentJudge judge;
  private final RateWindow rate;

  private CommandPolicy(boolean enabled, int maxLength, SegmentJudge judge, RateWindow rate) {
    this.enabled = enabled;
    this.maxLength = maxLength;
    this.judge = judge;
    this.rate = rate;
  }

  /**
   * @param commandsYaml the root of config/allowlists/commands.yaml
   * @param commandSettings the validators.command node of default.yaml (enabled,
   *     max_command_length)
   * @throws io.moltr.core.config.ConfigException when a value is invalid, naming file and key
   */
  public static CommandPolicy fromConfig(ConfigNode commandsYaml, ConfigNode commandSettings,
      PathCheck paths, UrlCheck urls, Clock clock) {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(urls, "urls");
    Objects.requireNonNull(clock, "clock");
    CommandRules rules = CommandRules.from(commandsYaml);
    boolean enabled = commandSettings.bool("enabled", true);
    int max = commandSettings.intValue("max_command_length", 16384, 1, 1 << 20);
    RateWindow rate = new RateWindow(clock, rules.maxPerMinute(), rules.maxWritePerMinute(),
        rules.maxNetworkPerMinute());
    return new CommandPolicy(enabled, max,
        new SegmentJudge(rules, new ToolArguments(rules, paths, urls)), rate);
  }

  /** Allow or Deny with details {risk_level, segments}; never throws. */
  public Decision check(String command) {
    try {
      return decide(command);
    } catch (RuntimeException | StackOverflowError e) {
      // fail closed: a bug in a check must never let a command through
      return Decision.deny("command.internal_error", "the command check failed internally ("
          + e.getClass().getSimpleName() + "); denied", Severity.HIGH, Map.of("risk_level", "dangerous"));
    }
  }

  /**
   * Whether any command of the line may move the shell (cd, pushd, popd, also wrapped or spelled
   * by path). Over-approximated on purpose: a word "cd" anywhere counts, since the only cost is
   * that relative program paths are not trusted on that line.
   */
  private static boolean changesDirectory(Script script) {
    for (SimpleCommand sc : script.commands()) {
      for (Script.Word w : sc.words()) {
        String t = w.text();
        if (t.equals("cd") || t.equals("pushd") || t.equals("popd") || t.endsWith("/cd")) {
          return true;
        }
      }
    }
    return false;
  }

  private Decision decide(String command) {
    if (!enabled) {
      return Decision.allow("command validation is disabled", Map.of());
    }
    if (command == null || command.isBlank()) {
      return Decision.deny("command.parse_error", "empty command", Severity.LOW,
          Map.of("risk_level", "harmless", "segments", List.of()));
    }
    if (command.length() > maxLength) {
      return Decision.deny("command.too_long", "command is " + command.length()
          + " characters long; the limit is " + maxLength, Severity.MEDIUM,
          Map.of("risk_level", "elevated", "length", command.length(), "max_length", maxLength));
    }
    if (command.indexOf('\0') >= 0) {
      return Decision.deny("command.parse_error", "command contains a NUL character",
          Severity.HIGH, Map.of("risk_level", "dangerous"));
    }
    Script script;
    try {
      script = ShellParser.parse(command);
    } catch (ShellSyntaxException e) {
      return Decision.deny("command.parse_error", "cannot parse the command: " + e.getMessage(),
          Severity.MEDIUM, Map.of("risk_level", "elevated", "segments", List.of()));
    }
    List<Segment> segments = new ArrayList<>();
    boolean inStartDir = !changesDirectory(script);
    for (SimpleCommand sc : DirectoryChanges.resolve(script)) {
      segments.add(judge.judge(sc, inStartDir));
    }
    Verdict compound = judge.redirects(script.compoundRedirects());

    String risk = "harmless";
    Verdict.Block first = compound instanceof Verdict.Block b ? b : null;
    int writes = 0;
    int network = 0;
    List<Object> shown = new ArrayList<>();
    for (Segment s : segments) {
      risk = CommandRules.higher(risk, s.risk());
      if (first == null && s.verdict() instanceof Verdict.Block b) {
        first = b;
      }
      writes |= s.writes() ? 1 : 0;
      network |= s.network() ? 1 : 0;
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("argv", List.copyOf(s.argv()));
      m.put("command", s.command());
      m.put("risk_level", s.risk());
      m.put("rule", s.rule());
      m.put("allowed", s.verdict() instanceof Verdict.Pass);
      if (s.verdict() instanceof Verdict.Block b) {
        m.put("reason", b.reason());
      }
      shown.add(m);
    }
    if (!script.compoundRedirects().isEmpty() && script.compoundRedirects().stream()
        .anyMatch(r -> r.writes() && !r.isFdTarget())) {
      writes = 1;
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("risk_level", first != null && first.severity().compareTo(Severity.HIGH) >= 0
        ? CommandRules.higher(risk, "elevated") : risk);
    details.put("segments", shown);
    if (first != null) {
      return Decision.deny(first.ruleId(), first.reason(), first.severity(), details);
    }
    String over = rate.acquire(1, writes, network);
    if (over != null) {
      details.put("limit_per_minute", rate.limit(over));
      return Decision.deny("command.rate_limit." + over, "rate limit reached: more than "
          + rate.limit(over) + " " + (over.equals("commands") ? "" : over + " ")
          + "commands per minute", Severity.LOW, details);
    }
    return Decision.allow(segments.size() == 1 ? "allowed: " + segments.get(0).command()
        : "allowed: " + segments.size() + " commands", details);
  }
}
