package io.moltr.core;

import io.moltr.core.command.CommandPolicy;
import io.moltr.core.config.ShieldConfig;
import io.moltr.core.fs.PathPolicy;
import io.moltr.core.inbound.InputFinding;
import io.moltr.core.inbound.InputReport;
import io.moltr.core.inbound.InputScanner;
import io.moltr.core.killswitch.ActionKind;
import io.moltr.core.incident.IncidentSink;
import io.moltr.core.network.HostResolver;
import io.moltr.core.network.UrlPolicy;
import io.moltr.core.scan.Finding;
import io.moltr.core.scan.OutputScanner;
import io.moltr.core.scan.ScanReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the engines from a configuration and wires them into a {@link Shield}. Building an
 * engine validates its rules, so a configuration that loads here is one the shield can enforce.
 */
public final class ShieldFactory {
  private ShieldFactory() {}

  /** What the engines need beyond the policy files. */
  public record Environment(
      Mode mode,
      Path workDir,
      Set<Path> readProtected,
      Set<Path> writeProtected,
      IncidentSink incidents,
      ActionGate gate,
      Clock clock) {}

  /** The engines built from one configuration, for callers that need more than decisions. */
  public record Built(Shield shield, OutputScanner scanner, PathPolicy paths, UrlPolicy urls, CommandPolicy commands,
      InputScanner inbound) {}

  public static Shield create(ShieldConfig config, Environment env) {
    return build(config, env, HostResolver.system()).shield();
  }

  public static Built build(ShieldConfig config, Environment env, HostResolver resolver) {
    OutputScanner scanner = OutputScanner.fromConfig(config.scanPatterns(), config.section("scanners.output"));
    PathPolicy paths = PathPolicy.fromConfig(config.paths(), config.section("validators.filesystem"),
        config.section("honeypots"), env.workDir(), env.readProtected(), env.writeProtected());
    UrlPolicy urls = UrlPolicy.fromConfig(config.domains(), config.section("validators.network"), resolver);
    // URLs inside commands (curl, wget, pip) pass the same gate as /check/url: a NETWORK_CUT
    // stops `curl https://github.com` too.
    CommandPolicy commands = CommandPolicy.fromConfig(config.commands(), config.section("validators.command"),
        paths::check,
        url -> env.gate().admit(ActionKind.URL).map(d -> (Decision) d).orElseGet(() -> urls.check(url)),
        env.clock());
    InputScanner inbound = InputScanner.fromConfig(config.section("scanners.input"), urls::hostAllowlisted);
    Shield.Modules modules = new Shield.Modules(
        config.section("scanners.output").bool("enabled", true),
        config.section("validators.command").bool("enabled", true),
        config.section("validators.network").bool("enabled", true),
        config.section("validators.filesystem").bool("enabled", true));
    Shield shield = new Shield(
        env.mode(),
        modules,
        new Shield.Engines(commands::check, paths::check,
            (url, payload) -> urls.check(url, payload == null ? 0 : payload.getBytes(StandardCharsets.UTF_8).length),
            text -> scanDecision(scanner.scan(text)), text -> scanner.scan(text).redacted(),
            text -> inputDecision(inbound, inbound.scan(text))),
        env.incidents(),
        env.gate(),
        new Shield.LeakLockdown(config.lockdownMaxIncidents(), config.lockdownWindow()),
        env.clock());
    return new Built(shield, scanner, paths, urls, commands, inbound);
  }

  /** An inbound report as a decision: denied at or over the configured risk score. */
  static Decision inputDecision(InputScanner scanner, InputReport report) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (InputFinding f : report.findings()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", f.kind());
      m.put("rule_id", f.ruleId());
      m.put("description", f.description());
      m.put("start", f.start());
      m.put("end", f.end());
      m.put("weight", f.weight());
      m.put("excerpt", f.excerpt());
      out.add(m);
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("risk_score", report.riskScore());
    details.put("risk_level", report.riskLevel());
    details.put("findings", out);
    details.put("sanitized", report.sanitized());
    if (!scanner.blocks(report)) {
      return Decision.allow(report.findings().isEmpty() ? "no planted instructions found"
          : "risk " + report.riskScore() + " is below the blocking threshold " + scanner.blockAt(), details);
    }
    InputFinding top = report.findings().stream().max(Comparator.comparingDouble(InputFinding::weight)).orElseThrow();
    Severity sev = report.riskScore() >= 0.75 ? Severity.HIGH : Severity.MEDIUM;
    return Decision.deny("input." + top.ruleId(), "input carries " + top.description()
        + " (risk " + report.riskScore() + ")", sev, details);
  }

  /** A scan report as a decision: clean allows; any finding denies, naming the worst one. */
  static Decision scanDecision(ScanReport report) {
    if (report.clean()) {
      return Decision.allow("no secrets found", Map.of("findings", List.of()));
    }
    List<Finding> findings = report.findings();
    Finding worst = findings.stream()
        .max(Comparator.comparing(Finding::severity).thenComparing(Finding::confidence))
        .orElseThrow();
    List<Map<String, Object>> out = new ArrayList<>();
    for (Finding f : findings) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rule_id", f.ruleId());
      m.put("name", f.name());
      m.put("type", f.type());
      m.put("severity", f.severity().label());
      m.put("start", f.start());
      m.put("end", f.end());
      m.put("decoding", f.decoding());
      m.put("confidence", f.confidence());
      m.put("preview", f.preview());
      out.add(m);
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("rule_id", worst.ruleId());
    details.put("rule_name", worst.name());
    details.put("threat_type", worst.type());
    details.put("decoding", worst.decoding());
    details.put("findings", out);
    details.put("redacted", report.redacted());
    String how = worst.decoding().isEmpty() ? "" : " (decoded from " + String.join(" > ", worst.decoding()) + ")";
    String reason = findings.size() == 1
        ? "output contains " + worst.name() + how
        : "output contains " + worst.name() + how + " and " + (findings.size() - 1) + " more finding(s)";
    return Decision.deny("scan." + worst.ruleId(), reason, worst.severity(), details);
  }
}
