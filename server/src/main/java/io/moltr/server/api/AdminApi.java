package io.moltr.server.api;

import io.javalin.http.HandlerType;
import io.javalin.http.Context;
import io.moltr.core.audit.AuditExport;
import io.moltr.core.audit.HashChainedLog;
import io.moltr.core.incident.Pseudonymizer;
import io.moltr.core.integrity.IntegrityReport;
import io.moltr.core.integrity.IntegrityWatchdog;
import io.moltr.core.killswitch.Activation;
import io.moltr.core.killswitch.KillSwitch;
import io.moltr.core.killswitch.KillSwitchLevel;
import io.moltr.core.killswitch.KillSwitchResult;
import io.moltr.core.killswitch.KillSwitchState;
import io.moltr.core.vault.SecretVault;
import io.moltr.core.vault.VaultException;
import io.moltr.server.ratelimit.RateLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Administrator endpoints: kill switch, audit export, integrity, registered secrets. Every route
 * here runs only after {@link AdminGuard} accepted the caller (see {@link ApiServer}); changes
 * are written to the WORM audit log with a pseudonymised actor.
 */
public final class AdminApi {
  private final KillSwitch killSwitch;
  private final HashChainedLog audit;
  private final IntegrityWatchdog watchdog;
  private final SecretVault vault;
  private final Runnable secretsChanged;
  private final Function<String, Reload> reload;
  private final RateLimits limits;

  public AdminApi(KillSwitch killSwitch, HashChainedLog audit, IntegrityWatchdog watchdog, SecretVault vault,
      Runnable secretsChanged, Function<String, Reload> reload, RateLimits limits) {
    this.reload = reload;
    this.killSwitch = killSwitch;
    this.audit = audit;
    this.watchdog = watchdog;
    this.vault = vault;
    this.secretsChanged = secretsChanged;
    this.limits = limits;
  }

  /** Cluster mode's part in registered secrets: share additions, gate and share removals. */
  public interface SecretsFleet {
    Optional<String> removalRefusal();

    void added();

    void removed(String name);

    SecretsFleet NONE = new SecretsFleet() {
      @Override
      public Optional<String> removalRefusal() {
        return Optional.empty();
      }

      @Override
      public void added() {}

      @Override
      public void removed(String name) {}
    };
  }

  private SecretsFleet secretsFleet = SecretsFleet.NONE;
  private java.util.function.Supplier<Optional<List<Map<String, Object>>>> fleetHistory = Optional::empty;

  /** The fleet's kill-switch history, newest first, for /killswitch/status (cluster mode). */
  public AdminApi fleetHistory(java.util.function.Supplier<Optional<List<Map<String, Object>>>> history) {
    this.fleetHistory = history;
    return this;
  }

  /** Shares registered-secret changes with the fleet (cluster mode). */
  public AdminApi secretsFleet(SecretsFleet fleet) {
    this.secretsFleet = fleet;
    return this;
  }

  /** The answer to a configuration reload. */
  public record Reload(boolean applied, String message, Map<String, Object> details) {}

  /** Adds the routes as admin-only routes of the API (before it starts). */
  public void register(ApiServer api) {
    api.admin(HandlerType.GET, "/killswitch/status", ctx -> {
      Map<String, Object> out = new LinkedHashMap<>(status(killSwitch));
      fleetHistory.get().ifPresent(h -> out.put("fleet_history", h));
      ApiServer.json(ctx, 200, out);
    });
    api.admin(HandlerType.POST, "/killswitch/trigger", ctx -> {
      limit(ctx, RateLimits.KILLSWITCH_TRIGGER);
      JsonBody body = JsonBody.read(ctx.bodyInputStream(), ctx.contentLength(), 64 * 1024, Set.of("level", "reason", "confirm"));
      KillSwitchLevel level = level(body.requiredString("level"));
      String reason = body.requiredString("reason");
      if (reason.isBlank() || reason.length() > 500) {
        throw new BadRequest(400, "field 'reason' must be 1-500 characters");
      }
      result(ctx, killSwitch.trigger(level, reason, actor(ctx), body.optionalString("confirm")));
    });
    api.admin(HandlerType.POST, "/killswitch/reset", ctx -> {
      limit(ctx, RateLimits.KILLSWITCH_RESET);
      JsonBody body = JsonBody.read(ctx.bodyInputStream(), ctx.contentLength(), 64 * 1024, Set.of("level", "confirm"));
      String confirm = body.requiredString("confirm");
      String levelText = body.optionalString("level");
      KillSwitchResult r = levelText == null || levelText.equalsIgnoreCase("all")
          ? killSwitch.resetAll(confirm, actor(ctx))
          : killSwitch.reset(level(levelText), confirm, actor(ctx));
      result(ctx, r);
    });
    api.admin(HandlerType.GET, "/killswitch/audit", ctx -> {
      AuditExport export = audit.export();
      audit.append("audit.exported", actor(ctx), Map.of("sha256", export.sha256Hex(), "bytes", export.bytes().length));
      ctx.header("X-Checksum-SHA256", export.sha256Hex());
      ctx.header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"");
      ctx.status(200).contentType("application/x-ndjson").result(export.bytes());
    });
    api.admin(HandlerType.GET, "/integrity/status", ctx -> {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("watchdog_running", watchdog.running());
      watchdog.lastReport().ifPresentOrElse(r -> out.putAll(report(r)), () -> out.put("last_check", null));
      ApiServer.json(ctx, 200, out);
    });
    api.admin(HandlerType.POST, "/integrity/baseline", ctx -> {
      int files = watchdog.baseline();
      audit.append("integrity.rebaseline", actor(ctx), Map.of("files", files));
      ApiServer.json(ctx, 200, Map.of("baselined_files", files));
    });
    api.admin(HandlerType.POST, "/config/reload", ctx -> {
      Reload r = reload.apply(actor(ctx));
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("reloaded", r.applied());
      out.put(r.applied() ? "message" : "error", r.message());
      out.putAll(r.details());
      ApiServer.json(ctx, r.applied() ? 200 : 422, out);
    });
    api.admin(HandlerType.GET, "/secrets", ctx -> ApiServer.json(ctx, 200, Map.of("names", List.copyOf(vault.names()))));
    api.admin(HandlerType.POST, "/secrets", ctx -> {
      JsonBody body = JsonBody.read(ctx.bodyInputStream(), ctx.contentLength(), 128 * 1024, Set.of("name", "value"));
      String name = body.requiredString("name");
      String value = body.requiredString("value");
      try {
        vault.put(name, value);
      } catch (VaultException | IllegalArgumentException e) {
        throw new BadRequest(400, e.getMessage());
      }
      audit.append("secret.registered", actor(ctx), Map.of("name", name));
      secretsChanged.run();
      secretsFleet.added();
      // The value is never echoed back.
      ApiServer.json(ctx, 201, Map.of("name", name, "registered", true));
    });
    api.admin(HandlerType.DELETE, "/secrets/{name}", ctx -> {
      String name = ctx.pathParam("name");
      Optional<String> refusal = secretsFleet.removalRefusal();
      if (refusal.isPresent()) {
        throw new BadRequest(503, refusal.get());
      }
      boolean removed;
      try {
        removed = vault.remove(name);
      } catch (VaultException | IllegalArgumentException e) {
        throw new BadRequest(400, e.getMessage());
      }
      if (!removed) {
        throw new BadRequest(404, "no registered secret named '" + name + "'");
      }
      audit.append("secret.deleted", actor(ctx), Map.of("name", name));
      secretsChanged.run();
      secretsFleet.removed(name);
      ApiServer.json(ctx, 200, Map.of("name", name, "deleted", true));
    });
  }

  static Map<String, Object> status(KillSwitch ks) {
    KillSwitchState s = ks.state();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("active", s.isActive());
    out.put("level", s.level().map(Enum::name).orElse(null));
    s.effective().ifPresent(a -> {
      out.put("reason", a.reason());
      out.put("since", a.at().toString());
      out.put("actor", a.actor());
    });
    List<Map<String, Object>> levels = new ArrayList<>();
    for (Activation a : s.active().values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("level", a.level().name());
      m.put("reason", a.reason());
      m.put("actor", a.actor());
      m.put("since", a.at().toString());
      levels.add(m);
    }
    out.put("levels", levels);
    out.put("codephrase_configured", ks.hasCodephrase());
    ks.startupProblem().ifPresent(p -> out.put("startup_problem", p));
    return out;
  }

  private static Map<String, Object> report(IntegrityReport r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("last_check", r.at().toString());
    m.put("files_checked", r.filesChecked());
    m.put("violated", r.violated());
    List<Map<String, Object>> changes = new ArrayList<>();
    r.changes().forEach(c -> changes.add(Map.of("file", c.name(), "kind", c.kind().name().toLowerCase(java.util.Locale.ROOT))));
    m.put("changes", changes);
    m.put("problems", r.problems());
    return m;
  }

  private static void result(Context ctx, KillSwitchResult r) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (r instanceof KillSwitchResult.Applied a) {
      out.put("changed", true);
      out.put("event", a.event().type().name());
    } else if (r instanceof KillSwitchResult.Unchanged u) {
      out.put("changed", false);
      out.put("why", u.why());
    } else if (r instanceof KillSwitchResult.Refused f) {
      out.put("error", f.why());
      out.put("changed", false);
    }
    KillSwitchState s = r.state();
    out.put("active", s.isActive());
    out.put("level", s.level().map(Enum::name).orElse(null));
    ApiServer.json(ctx, r instanceof KillSwitchResult.Refused ? 403 : 200, out);
  }

  private static KillSwitchLevel level(String text) {
    return KillSwitchLevel.parse(text).orElseThrow(() ->
        new BadRequest(400, "field 'level' must be one of PAUSE, NETWORK_CUT, LOCKDOWN, WIPE, EMERGENCY"));
  }

  private void limit(Context ctx, String name) {
    long retry = limits.acquire(name, ApiServer.clientIp(ctx));
    if (retry > 0) {
      ctx.header("Retry-After", Long.toString(retry));
      throw new BadRequest(429, "too many requests; retry in " + retry + " s");
    }
  }

  /** The administrator and their pseudonymised address, as the audit log records them. */
  static String actor(Context ctx) {
    return "admin:" + ApiServer.adminUser(ctx).user() + "@" + Pseudonymizer.ip(ApiServer.clientIp(ctx));
  }
}
