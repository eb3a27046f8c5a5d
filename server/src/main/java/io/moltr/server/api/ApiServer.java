package io.moltr.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.moltr.core.Decision;
import io.moltr.core.Operation;
import io.moltr.core.RequestContext;
import io.moltr.core.Shield;
import io.moltr.server.auth.ApiKeyStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API: translates JSON requests into {@link Shield} calls and decisions into JSON. It
 * decides nothing itself. Every client mistake is a 4xx with {"error": ...}; nothing a client
 * sends produces a 500 or a stack trace.
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  private static final String PRINCIPAL = "moltr.principal";
  static final String ADMIN = "moltr.admin";

  /** Limits and network settings of the API. */
  public record Settings(String bind, int port, long maxBodyBytes, int maxOutputLength, String trustedProxy) {}

  private final Shield shield;
  private final ApiKeyStore keys;
  private final Settings settings;
  private final Supplier<Map<String, Object>> status;
  private final AdminGuard adminGuard;
  private final AdminApi admin;
  private Javalin app;

  /** The agent API only (no administrator routes). */
  public ApiServer(Shield shield, ApiKeyStore keys, Settings settings, Supplier<Map<String, Object>> status) {
    this(shield, keys, settings, status, AdminGuard.NONE, null);
  }

  public ApiServer(Shield shield, ApiKeyStore keys, Settings settings, Supplier<Map<String, Object>> status,
      AdminGuard adminGuard, AdminApi admin) {
    this.shield = shield;
    this.keys = keys;
    this.settings = settings;
    this.status = status;
    this.adminGuard = adminGuard;
    this.admin = admin;
  }

  /** Starts listening; returns the bound port (useful when port 0 was asked for). */
  public int start() {
    app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.maxRequestSize = settings.maxBodyBytes() + 1;
      config.http.prefer405over404 = true;
      config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));

      config.routes.before(this::authenticate);
      config.routes.get("/health", ctx -> {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", "ok");
        health.put("timestamp", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        json(ctx, 200, health);
      });
      config.routes.get("/status", ctx -> json(ctx, 200, status.get()));
      config.routes.post("/check/command", guarded(ctx -> {
        JsonBody body = body(ctx, Set.of("command"));
        String command = body.requiredString("command");
        decision(ctx, shield.checkCommand(command, requestContext(ctx)));
      }));
      config.routes.post("/check/url", guarded(ctx -> {
        JsonBody body = body(ctx, Set.of("url", "payload"));
        String url = body.requiredString("url");
        String payload = body.optionalString("payload");
        decision(ctx, shield.checkUrl(url, payload, requestContext(ctx)));
      }));
      config.routes.post("/check/path", guarded(ctx -> {
        JsonBody body = body(ctx, Set.of("path", "operation"));
        String path = body.requiredString("path");
        String opText = body.optionalString("operation");
        Operation op = opText == null ? Operation.READ : Operation.parse(opText).orElseThrow(() ->
            new BadRequest(400, "field 'operation' must be one of read, write, delete, execute"));
        decision(ctx, shield.checkPath(path, op, requestContext(ctx)));
      }));
      config.routes.post("/scan/output", guarded(ctx -> {
        JsonBody body = body(ctx, Set.of("text"));
        String text = body.requiredString("text");
        if (text.length() > settings.maxOutputLength()) {
          throw new BadRequest(413, "field 'text' is longer than " + settings.maxOutputLength()
              + " characters (scanners.output.max_output_length)");
        }
        decision(ctx, shield.scanOutput(text, requestContext(ctx)));
      }));

      if (admin != null) {
        admin.register(config);
      }
      config.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("request to {} failed: {}", ctx.path(), e.getClass().getSimpleName());
        error(ctx, 500, "internal error");
      });
      config.routes.error(404, ctx -> {
        if (ctx.result() == null || !ctx.res().getContentType().startsWith("application/json")) {
          error(ctx, 404, "no such endpoint: " + ctx.method() + " " + abbreviate(ctx.path()));
        }
      });
      config.routes.error(405, ctx -> error(ctx, 405, "method " + ctx.method() + " is not allowed here"));
      config.routes.error(413, ctx -> error(ctx, 413, "request body is larger than " + settings.maxBodyBytes() + " bytes"));
    });
    app.start(settings.bind(), settings.port());
    return app.port();
  }

  private void authenticate(Context ctx) {
    if (ctx.path().equals("/health")) {
      return;
    }
    if (isAdminPath(ctx.path())) {
      // Administrator routes take a logged-in user's bearer token; an agent key never counts.
      Optional<String> adminName = adminGuard.authenticate(ctx);
      if (adminName.isEmpty()) {
        ctx.header("WWW-Authenticate", "Bearer");
        error(ctx, 401, "administrator login required (Authorization: Bearer <access token>)");
        ctx.skipRemainingHandlers();
        return;
      }
      ctx.attribute(ADMIN, adminName.get());
      return;
    }
    Optional<String> who = keys.authenticate(ctx.header("X-API-Key"));
    if (who.isEmpty()) {
      ctx.header("WWW-Authenticate", "X-API-Key");
      error(ctx, 401, ctx.header("X-API-Key") == null ? "missing X-API-Key header" : "invalid API key");
      ctx.skipRemainingHandlers();
      return;
    }
    ctx.attribute(PRINCIPAL, who.get());
  }

  private static boolean isAdminPath(String path) {
    for (String p : AdminApi.PREFIXES) {
      if (path.startsWith(p) || path.equals(p.endsWith("/") ? p.substring(0, p.length() - 1) : p)) {
        return true;
      }
    }
    return false;
  }

  /** Bad input inside a handler becomes a 4xx, never a 500. */
  private static Handler guarded(Handler h) {
    return ctx -> {
      try {
        h.handle(ctx);
      } catch (BadRequest e) {
        error(ctx, e.status(), e.getMessage());
      }
    };
  }

  /**
   * The body is parsed as JSON whatever the Content-Type says (curl's -d sends a form type):
   * agents authenticate with a header no browser sends cross-site, so there is no CSRF to stop.
   */
  private JsonBody body(Context ctx, Set<String> fields) {
    return JsonBody.read(ctx.bodyInputStream(), ctx.contentLength(), settings.maxBodyBytes(), fields);
  }

  private RequestContext requestContext(Context ctx) {
    String ip = ctx.req().getRemoteAddr();
    String proxy = settings.trustedProxy();
    if (proxy != null && !proxy.isBlank() && proxy.trim().equals(ip)) {
      String xff = ctx.header("X-Forwarded-For");
      if (xff != null && !xff.isBlank()) {
        String[] hops = xff.split(",");
        ip = hops[hops.length - 1].trim();
      }
    }
    return new RequestContext(ip, ctx.header("User-Agent"), ctx.attribute(PRINCIPAL));
  }

  private static void decision(Context ctx, Decision d) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("allowed", d.allowed());
    out.put("reason", d.reason());
    Map<String, Object> details = new LinkedHashMap<>(d.details());
    Object redacted = details.remove("redacted");
    if (details.containsKey("incident_id")) {
      out.put("incident_id", details.get("incident_id"));
    }
    out.put("details", details);
    if (redacted != null) {
      out.put("redacted", redacted);
    }
    json(ctx, 200, out);
  }

  static void error(Context ctx, int status, String message) {
    json(ctx, status, Map.of("error", message));
  }

  static void json(Context ctx, int status, Object body) {
    try {
      ctx.status(status).contentType("application/json").result(JsonBody.MAPPER.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      ctx.status(500).contentType("application/json").result("{\"error\":\"internal error\"}");
    }
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    if (app != null) {
      app.stop();
    }
  }
}
