package io.moltr.server.api;

import io.moltr.core.config.ConfigNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Paths no legitimate caller of the shield ever requests ({@code api.honeypot_endpoints}): whoever
 * asks is scanning. Each answers a plausible fake, so the scanner learns nothing, and raises a
 * critical incident. Paths match exactly ("/admin" is a trap, "/admin/whoami" is not).
 */
public final class HoneypotEndpoints {
  static final List<String> DEFAULTS = List.of("GET /admin", "/.env", "/wp-login.php", "/api/v1/credentials",
      "/debug/vars", "/.git/config", "/actuator/env");
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");
  private static final Set<String> DEFAULT_METHODS = Set.of("GET", "POST");

  /** One trap: the methods it answers and its exact path. */
  record Trap(Set<String> methods, String path) {}

  private final List<Trap> traps;

  private HoneypotEndpoints(List<Trap> traps) {
    this.traps = List.copyOf(traps);
  }

  public static final HoneypotEndpoints NONE = new HoneypotEndpoints(List.of());

  /** Entries are "/path" (GET and POST) or "METHOD /path"; a missing key means the defaults. */
  public static HoneypotEndpoints fromConfig(ConfigNode api) {
    ConfigNode node = api.get("honeypot_endpoints");
    List<String> entries = node.isMissing() || node.raw() == null ? DEFAULTS : api.strings("honeypot_endpoints");
    List<Trap> traps = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String e = entries.get(i).trim();
      Set<String> methods = DEFAULT_METHODS;
      String path = e;
      int space = e.indexOf(' ');
      if (space > 0) {
        String m = e.substring(0, space).toUpperCase(Locale.ROOT);
        if (!METHODS.contains(m)) {
          throw node.error("entry '" + e + "': method must be one of " + String.join(", ", METHODS.stream().sorted().toList()));
        }
        methods = Set.of(m);
        path = e.substring(space + 1).trim();
      }
      if (!path.matches("/[A-Za-z0-9._~/-]*") || path.contains("//")) {
        throw node.error("entry '" + e + "': write an exact path such as /.env (letters, digits, . _ ~ - /; no wildcards)");
      }
      if (path.equals("/") || path.startsWith("/auth/") || path.startsWith("/check/") || path.startsWith("/scan/")
          || path.equals("/health") || path.equals("/status")) {
        throw node.error("entry '" + e + "': " + path + " is a real endpoint of the shield");
      }
      traps.add(new Trap(new LinkedHashSet<>(methods), path));
    }
    return new HoneypotEndpoints(traps);
  }

  List<Trap> traps() {
    return traps;
  }

  /** A fake that looks like what a scanner hopes to find there; values are invented and useless. */
  record Fake(String contentType, String body) {}

  static Fake fakeFor(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    if (p.endsWith(".env")) {
      return new Fake("text/plain; charset=utf-8", "APP_ENV=production\nAPP_DEBUG=false\nDB_CONNECTION=pgsql\n"
          + "DB_HOST=10.20.0.14\nDB_PORT=5432\nDB_DATABASE=app_prod\nDB_USERNAME=app\nDB_PASSWORD=Winter2024-prod\n"
          + "CACHE_DRIVER=redis\nREDIS_HOST=10.20.0.15\n");
    }
    if (p.endsWith("/.git/config")) {
      return new Fake("text/plain; charset=utf-8", "[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n"
          + "\tbare = false\n[remote \"origin\"]\n\turl = git@git.internal:platform/agent-runtime.git\n"
          + "\tfetch = +refs/heads/*:refs/remotes/origin/*\n[branch \"main\"]\n\tremote = origin\n\tmerge = refs/heads/main\n");
    }
    if (p.endsWith(".php") || p.equals("/admin")) {
      return new Fake("text/html; charset=utf-8", "<!doctype html><html><head><title>Log In</title></head><body>"
          + "<form method=\"post\"><p><label>Username <input name=\"log\"></label></p>"
          + "<p><label>Password <input type=\"password\" name=\"pwd\"></label></p>"
          + "<p><button type=\"submit\">Log In</button></p></form></body></html>");
    }
    if (p.contains("credentials")) {
      return new Fake("application/json", "{\"credentials\":[{\"id\":\"svc-backup\",\"type\":\"basic\","
          + "\"username\":\"backup\",\"last_rotated\":\"2025-03-02T08:00:00Z\"}],\"next\":null}");
    }
    if (p.contains("actuator")) {
      return new Fake("application/json", "{\"activeProfiles\":[\"prod\"],\"propertySources\":[{\"name\":"
          + "\"systemEnvironment\",\"properties\":{\"JAVA_HOME\":{\"value\":\"/opt/java/openjdk\"},"
          + "\"SPRING_DATASOURCE_PASSWORD\":{\"value\":\"******\"}}}]}");
    }
    if (p.contains("debug")) {
      return new Fake("application/json", "{\"cmdline\":[\"/usr/local/bin/agent-runtime\",\"-config\","
          + "\"/etc/agent/config.yaml\"],\"memstats\":{\"Alloc\":7340032,\"TotalAlloc\":91226112,\"NumGC\":42}}");
    }
    return new Fake("application/json", "{\"status\":\"ok\"}");
  }
}
