package io.moltr.core.command;

import io.moltr.core.Decision;
import io.moltr.core.Operation;
import io.moltr.core.Severity;
import io.moltr.core.config.ConfigNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Stand-ins for the path and network policies that behave like the shipped defaults
 * (paths.yaml, domains.yaml), so the command policy can be tested on its own.
 *
 * <p>Decision for the working directory: "." and plain relative names directly in it (README.md,
 * script.py) are readable, except hidden and blocked names; writing needs an allowed directory
 * (src/, tests/, docs/, /tmp/moltr/; config/ is read-only). "~" is the home directory: refused.
 */
final class FakePolicies {
  private FakePolicies() {}

  static final Set<String> BLOCKED_NAMES = Set.of(".env", ".env.local", ".env.production",
      "credentials.json", "service-account.json", "id_rsa", "id_ed25519");
  static final List<String> READ_WRITE_DIRS = List.of("src", "tests", "docs");

  static Decision path(String raw, Operation op) {
    if (raw.startsWith("~")) {
      return deny("path.outside_allowed", "home directory is not allowed: " + raw);
    }
    String norm = normalize(raw);
    if (norm == null) {
      return deny("path.traversal", "path leaves the working directory: " + raw);
    }
    for (String part : norm.split("/")) {
      if (BLOCKED_NAMES.contains(part)) {
        return Decision.deny("path.blocked", "blocked file " + part, Severity.HIGH, Map.of());
      }
    }
    if (norm.equals("/etc/shadow") || norm.equals("/etc/passwd") || norm.startsWith("/root")
        || norm.startsWith("honeypots") || norm.equals(".git") || norm.startsWith(".git/")
        || norm.contains("/.git/")) {
      return Decision.deny("path.blocked", "blocked path " + norm, Severity.HIGH, Map.of());
    }
    if (norm.startsWith("/")) {
      if (norm.equals("/tmp/moltr") || norm.startsWith("/tmp/moltr/")) {
        return Decision.allow("allowed", Map.of());
      }
      return deny("path.outside_allowed", "not in an allowed directory: " + norm);
    }
    String top = norm.contains("/") ? norm.substring(0, norm.indexOf('/')) : norm;
    if (READ_WRITE_DIRS.contains(top)) {
      return Decision.allow("allowed", Map.of());
    }
    if (top.equals("config")) {
      return op == Operation.READ ? Decision.allow("allowed", Map.of())
          : deny("path.read_only", "config/ is read-only");
    }
    if (op == Operation.READ && (norm.equals(".") || (!norm.contains("/") && !norm.startsWith(".")))) {
      return Decision.allow("working directory file", Map.of());
    }
    return deny("path.outside_allowed", "not in an allowed directory: " + norm);
  }

  /** Relative paths stay relative (without "./"); null when ".." climbs above the start. */
  static String normalize(String p) {
    boolean abs = p.startsWith("/");
    Deque<String> parts = new ArrayDeque<>();
    for (String s : p.split("/")) {
      if (s.isEmpty() || s.equals(".")) {
        continue;
      }
      if (s.equals("..")) {
        if (parts.isEmpty()) {
          if (!abs) {
            return null;
          }
          continue;
        }
        parts.removeLast();
        continue;
      }
      parts.addLast(s);
    }
    String joined = String.join("/", parts);
    return abs ? "/" + joined : joined.isEmpty() ? "." : joined;
  }

  static final Set<String> ALLOWED_DOMAINS = Set.of("api.openai.com", "api.anthropic.com",
      "api.groq.com", "openrouter.ai", "api.telegram.org", "github.com",
      "raw.githubusercontent.com");
  static final List<String> ALLOWED_SUFFIXES = List.of(".openrouter.ai", ".supabase.co",
      ".github.com");
  static final Set<String> BLOCKED_DOMAINS = Set.of("pastebin.com", "transfer.sh", "ngrok.io",
      "webhook.site", "requestbin.com", "hookbin.com", "metadata.google.internal");

  static Decision url(String url) {
    int s = url.indexOf("://");
    String rest = s < 0 ? url : url.substring(s + 3);
    int end = rest.length();
    for (char c : new char[] {'/', '?', '#'}) {
      int i = rest.indexOf(c);
      if (i >= 0 && i < end) {
        end = i;
      }
    }
    String host = rest.substring(0, end);
    host = host.substring(host.lastIndexOf('@') + 1);
    int colon = host.lastIndexOf(':');
    if (colon >= 0) {
      host = host.substring(0, colon);
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.isEmpty() || Character.isDigit(host.charAt(host.length() - 1)) || host.contains("[")) {
      return Decision.deny("network.ip_literal", "IP addresses are not allowed", Severity.HIGH,
          Map.of());
    }
    if (BLOCKED_DOMAINS.contains(host) || host.endsWith(".ngrok.io")) {
      return Decision.deny("network.blocked_domain", "blocked domain " + host, Severity.HIGH,
          Map.of());
    }
    if (ALLOWED_DOMAINS.contains(host) || ALLOWED_SUFFIXES.stream().anyMatch(host::endsWith)) {
      return Decision.allow("allowed", Map.of());
    }
    return deny("network.domain_not_allowed", "domain not allowed: " + host);
  }

  private static Decision deny(String rule, String reason) {
    return Decision.deny(rule, reason, Severity.MEDIUM, Map.of());
  }

  static ConfigNode shippedCommands() {
    return ConfigNode.load(Path.of("..", "config", "allowlists", "commands.yaml"));
  }

  static CommandPolicy shipped(Clock clock) {
    return CommandPolicy.fromConfig(shippedCommands(), ConfigNode.empty("default.yaml"),
        FakePolicies::path, FakePolicies::url, clock);
  }

  static CommandPolicy shipped() {
    return shipped(Clock.systemUTC());
  }
}
