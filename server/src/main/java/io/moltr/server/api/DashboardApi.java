package io.moltr.server.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.sse.SseHandler;
import io.moltr.core.audit.HashChainedLog;
import io.moltr.core.killswitch.KillSwitch;
import io.moltr.server.auth.ApiKeyStore;
import io.moltr.server.auth.DashboardAuth;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The admin routes the dashboard needs beyond {@link AdminApi}: an overview, the incident list
 * and detail, agent API keys, and the live event stream. All are admin-only (Bearer token).
 */
public final class DashboardApi {
  private static final Set<String> SEVERITIES = Set.of("low", "medium", "high", "critical");

  private final ApiKeyStore keys;
  private final HashChainedLog audit;
  private final KillSwitch killSwitch;
  private final IncidentLogReader incidents;
  private final Supplier<Map<String, Object>> status;
  private final DashboardAuth dashboard;
  private final LiveEvents events;

  public DashboardApi(ApiKeyStore keys, HashChainedLog audit, KillSwitch killSwitch, Path forensicLog,
      Supplier<Map<String, Object>> status, DashboardAuth dashboard, LiveEvents events) {
    this(keys, audit, killSwitch, forensicLog, IncidentFeed.NONE, status, dashboard, events);
  }

  /** With the fleet's incident feed (cluster mode) in front of this node's forensic log. */
  public DashboardApi(ApiKeyStore keys, HashChainedLog audit, KillSwitch killSwitch, Path forensicLog,
      IncidentFeed feed, Supplier<Map<String, Object>> status, DashboardAuth dashboard, LiveEvents events) {
    this.keys = keys;
    this.audit = audit;
    this.killSwitch = killSwitch;
    this.incidents = new IncidentLogReader(forensicLog, feed);
    this.status = status;
    this.dashboard = dashboard;
    this.events = events;
  }

  public void register(ApiServer api) {
    events.authenticateWith(dashboard.admin());
    api.admin(HandlerType.GET, "/admin/overview", ctx -> {
      Map<String, Object> out = new LinkedHashMap<>(status.get());
      out.put("killswitch", AdminApi.status(killSwitch));
      out.put("decisions", api.counters().snapshot());
      ApiServer.json(ctx, 200, out);
    });
    api.admin(HandlerType.GET, "/admin/incidents", ctx -> {
      int limit = intParam(ctx, "limit", 100, 1, 500);
      String type = ctx.queryParam("type");
      if (type != null && (type.isEmpty() || !type.matches("[a-z_.]{1,40}"))) {
        throw new BadRequest(400, "query 'type' must be 1-40 characters of a-z . _");
      }
      String severity = ctx.queryParam("severity");
      if (severity != null && !SEVERITIES.contains(severity)) {
        throw new BadRequest(400, "query 'severity' must be one of low, medium, high, critical");
      }
      ApiServer.json(ctx, 200, Map.of("incidents", incidents.newest(limit, blankToNull(type), blankToNull(severity))));
    });
    api.admin(HandlerType.GET, "/admin/incidents/{id}", ctx -> {
      String id = ctx.pathParam("id");
      if (!id.matches("[0-9a-fA-F-]{1,64}")) {
        throw new BadRequest(400, "an incident id is a UUID");
      }
      ApiServer.json(ctx, 200, incidents.find(id).orElseThrow(() ->
          new BadRequest(404, "no incident " + id + " in the recent forensic log")));
    });
    api.admin(HandlerType.GET, "/admin/apikeys", ctx -> {
      List<Map<String, Object>> out = new ArrayList<>();
      for (ApiKeyStore.StoredKey k : keys.list()) {
        out.add(Map.of("name", k.name(), "created", k.created()));
      }
      ApiServer.json(ctx, 200, Map.of("keys", out));
    });
    api.admin(HandlerType.POST, "/admin/apikeys", ctx -> {
      JsonBody body = JsonBody.read(ctx.bodyInputStream(), ctx.contentLength(), 4096, Set.of("name"));
      String name = body.requiredString("name");
      String key;
      try {
        key = keys.create(name);
      } catch (IllegalArgumentException e) {
        throw new BadRequest(400, e.getMessage());
      }
      audit.append("apikey.created", AdminApi.actor(ctx), Map.of("name", name));
      // Shown once: only its hash is stored, so this answer is the only copy.
      ApiServer.json(ctx, 201, Map.of("name", name, "key", key));
    });
    api.admin(HandlerType.DELETE, "/admin/apikeys/{name}", ctx -> {
      String name = ctx.pathParam("name");
      if (!keys.revoke(name)) {
        throw new BadRequest(404, "no stored API key named '" + (name.length() > 64 ? name.substring(0, 64) + "…" : name) + "'");
      }
      audit.append("apikey.revoked", AdminApi.actor(ctx), Map.of("name", name));
      ApiServer.json(ctx, 200, Map.of("name", name, "revoked", true));
    });
    api.admin(HandlerType.GET, "/admin/events", new SseHandler(client ->
        events.add(client, client.ctx().header("Authorization"))));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static int intParam(Context ctx, String name, int def, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return def;
    }
    try {
      int n = Integer.parseInt(v.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // fall through to the error
    }
    throw new BadRequest(400, "query '" + name + "' must be a number from " + min + " to " + max);
  }
}
