package io.moltr.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import io.moltr.core.Decision;
import io.moltr.core.Mode;
import io.moltr.core.Severity;
import io.moltr.core.incident.Incident;
import io.moltr.core.incident.IncidentSink;
import io.moltr.core.incident.Pseudonymizer;
import io.moltr.core.Operation;
import io.moltr.core.RequestContext;
import io.moltr.core.Shield;
import io.moltr.server.auth.AdminPrincipal;
import io.moltr.server.auth.ApiKeyStore;
import io.moltr.server.metrics.ShieldMetrics;
import io.moltr.server.ratelimit.RateLimits;
import io.moltr.server.auth.DashboardAuth;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.UUID;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
  private static final String ADMIN = "moltr.admin";
  private static final String CLIENT = "moltr.client";
  /** No inline script or style anywhere: the dashboard loads only its own files. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
      + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";
  static final String REFRESH_COOKIE = "moltr_refresh";

  /**
   * Who may call a route. Routes without a role are agent routes and need an X-API-Key (deny by
   * default); ADMIN routes need a dashboard user's Bearer token and never accept an agent key.
   */
  enum Access implements RouteRole { PUBLIC, ADMIN }

  private record AdminRoute(HandlerType method, String path, Handler handler) {}

  /** Limits and network settings of the API. */
  public record Settings(String bind, int port, long maxBodyBytes, int maxOutputLength, String trustedProxy) {}

  private final Supplier<Shield> shield;
  private final ApiKeyStore keys;
  private final Settings settings;
  private final Supplier<Map<String, Object>> status;
  private final DashboardAuth dashboard;
  private ShieldMetrics metrics;
  private String metricsPath = "/metrics";
  private String scrapeToken;
  private final List<AdminRoute> adminRoutes = new ArrayList<>();
  private final TrustedProxies proxies;
  private final DecisionCounters counters = new DecisionCounters();
  private HoneypotEndpoints honeypots = HoneypotEndpoints.NONE;
  private IncidentSink honeypotSink = IncidentSink.NONE;
  private RateLimits rateLimits = RateLimits.none();
  private Supplier<Optional<String>> degraded = Optional::empty;
  private Javalin app;

  /** An API without dashboard login: /auth/* does not exist and admin routes refuse everyone. */
  public ApiServer(Shield shield, ApiKeyStore keys, Settings settings, Supplier<Map<String, Object>> status) {
    this(() -> shield, keys, settings, status, null);
  }

  public ApiServer(Shield shield, ApiKeyStore keys, Settings settings, Supplier<Map<String, Object>> status,
      DashboardAuth dashboard) {
    this(() -> shield, keys, settings, status, dashboard);
  }

  /** The shield is looked up per request, so a configuration reload takes effect at once. */
  public ApiServer(Supplier<Shield> shield, ApiKeyStore keys, Settings settings, Supplier<Map<String, Object>> status,
      DashboardAuth dashboard) {
    this.shield = shield;
    this.keys = keys;
    this.settings = settings;
    this.status = status;
    this.dashboard = dashboard;
    this.proxies = TrustedProxies.parse(settings.trustedProxy());
  }

  /** Registers the honeypot endpoints and where their incidents go (call before {@link #start}). */
  public ApiServer honeypots(HoneypotEndpoints endpoints, IncidentSink sink) {
    if (app != null) {
      throw new IllegalStateException("honeypots must be registered before start()");
    }
    this.honeypots = endpoints;
    this.honeypotSink = sink;
    return this;
  }

  /** The per-client limits of api.rate_limits for /health, /scan/* and /check/* (call before {@link #start}). */
  public ApiServer rateLimits(RateLimits limits) {
    this.rateLimits = limits;
    return this;
  }

  /** Why this node is degraded (cluster store unreachable), shown by /health; empty when healthy. */
  public ApiServer degraded(Supplier<Optional<String>> reason) {
    this.degraded = reason;
    return this;
  }

  /** Fails with a message naming MOLTR_TRUSTED_PROXY and the bad entry. */
  public static void checkTrustedProxy(String spec) {
    TrustedProxies.parse(spec);
  }

  DecisionCounters counters() {
    return counters;
  }

  /**
   * Registers an admin-only route (call before {@link #start}): it runs only for a valid dashboard
   * access token ({@code Authorization: Bearer}); an agent's X-API-Key never reaches it. The
   * handler finds the user with {@link #adminUser(Context)}.
   */
  public ApiServer admin(HandlerType method, String path, Handler handler) {
    if (app != null) {
      throw new IllegalStateException("admin routes must be registered before start()");
    }
    adminRoutes.add(new AdminRoute(method, path, handler));
    return this;
  }

  /** The dashboard user of an admin route's request. */
  public static AdminPrincipal adminUser(Context ctx) {
    AdminPrincipal p = ctx.attribute(ADMIN);
    if (p == null) {
      throw new IllegalStateException("adminUser() called outside an admin route");
    }
    return p;
  }

  /** Starts listening; returns the bound port (useful when port 0 was asked for). */
  public int start() {
    app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.maxRequestSize = settings.maxBodyBytes() + 1;
      config.http.prefer405over404 = true;
      config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));

      // Every request, matched or not: who the client is, and the headers every answer carries.
      config.routes.before(ctx -> {
        ctx.attribute(CLIENT, proxies.clientAddress(ctx.req().getRemoteAddr(),
            Collections.list(ctx.req().getHeaders("X-Forwarded-For"))));
        securityHeaders(ctx);
      });
      // beforeMatched sees the matched route's roles; unmatched paths end as 404/405 anyway.
      config.routes.beforeMatched(ctx -> {
        if (withinRateLimit(ctx)) {
          authenticate(ctx);
        }
      });
      config.routes.get("/health", ctx -> {
        Map<String, Object> health = new LinkedHashMap<>();
        Optional<String> why = degraded.get();
        health.put("status", why.isPresent() ? "degraded" : "ok");
        why.ifPresent(w -> health.put("reason", w));
        health.put("timestamp", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        json(ctx, 200, health);
      }, Access.PUBLIC);
      if (dashboard != null) {
        config.routes.post("/auth/login", guarded(this::login), Access.PUBLIC);
        config.routes.post("/auth/refresh", guarded(this::refresh), Access.PUBLIC);
        config.routes.post("/auth/logout", guarded(this::logout), Access.PUBLIC);
        config.routes.get("/admin/whoami", ctx -> {
          AdminPrincipal p = adminUser(ctx);
          json(ctx, 200, Map.of("user", p.user(), "expires_at", p.expiresAt().toString()));
        }, Access.ADMIN);
      }
      for (HoneypotEndpoints.Trap t : honeypots.traps()) {
        for (String m : t.methods()) {
          config.routes.addHttpHandler(method(m), t.path(), this::honeypot, Access.PUBLIC);
        }
      }
      StaticAssets assets = StaticAssets.load();
      for (String path : assets.paths()) {
        config.routes.get(path, assets::serve, Access.PUBLIC);
      }
      for (AdminRoute r : adminRoutes) {
        config.routes.addHttpHandler(r.method(), r.path(), guarded(r.handler()), Access.ADMIN);
      }
      if (metrics != null) {
        config.routes.get(metricsPath, this::serveMetrics, Access.PUBLIC);
      }
      config.routes.get("/status", ctx -> json(ctx, 200, status.get()));
      config.routes.post("/check/command", guarded(ctx -> {
        JsonBody body = body(ctx, Set.of("command"));
        String command = body.requiredString("command");
        decide(ctx, "command", () -> shield.get().checkCommand(command, requestContext(ctx)));
      }));
      config.routes.post("/check/url", guarded(ctx -> {
        JsonBody body = body(ctx, Set.of("url", "payload"));
        String url = body.requiredString("url");
        String payload = body.optionalString("payload");
        decide(ctx, "url", () -> shield.get().checkUrl(url, payload, requestContext(ctx)));
      }));
      config.routes.post("/check/path", guarded(ctx -> {
        JsonBody body = body(ctx, Set.of("path", "operation"));
        String path = body.requiredString("path");
        String opText = body.optionalString("operation");
        Operation op = opText == null ? Operation.READ : Operation.parse(opText).orElseThrow(() ->
            new BadRequest(400, "field 'operation' must be one of read, write, delete, execute"));
        decide(ctx, "path", () -> shield.get().checkPath(path, op, requestContext(ctx)));
      }));
      config.routes.post("/scan/output", guarded(ctx -> {
        JsonBody body = body(ctx, Set.of("text"));
        String text = body.requiredString("text");
        if (text.length() > settings.maxOutputLength()) {
          throw new BadRequest(413, "field 'text' is longer than " + settings.maxOutputLength()
              + " characters (scanners.output.max_output_length)");
        }
        decide(ctx, "scan", () -> shield.get().scanOutput(text, requestContext(ctx)));
      }));
      config.routes.post("/scan/input", guarded(ctx -> {
        JsonBody body = body(ctx, Set.of("text", "source"));
        String text = body.requiredString("text");
        String source = body.optionalString("source");
        if (text.length() > settings.maxOutputLength()) {
          throw new BadRequest(413, "field 'text' is longer than " + settings.maxOutputLength() + " characters");
        }
        if (source != null && source.length() > 200) {
          throw new BadRequest(400, "field 'source' must be at most 200 characters");
        }
        decide(ctx, "input", () -> shield.get().scanInput(text, source, requestContext(ctx)));
      }));

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

  /**
   * Counts the request against its endpoint's per-client limit (before authentication, so a
   * flood of bad keys is limited too); answers 429 with Retry-After when over it.
   */
  private boolean withinRateLimit(Context ctx) {
    String path = ctx.path();
    String bucket = path.equals("/health") ? RateLimits.HEALTH
        : path.startsWith("/scan/") ? RateLimits.SCAN
        : path.startsWith("/check/") ? RateLimits.CHECK
        : null;
    if (bucket == null) {
      return true;
    }
    long retry = rateLimits.acquire(bucket, clientIp(ctx));
    if (retry <= 0) {
      return true;
    }
    ctx.header("Retry-After", Long.toString(retry));
    error(ctx, 429, "rate limit exceeded: " + rateLimits.perMinute(bucket) + " requests per minute for " + bucket
        + " endpoints (api.rate_limits." + bucket + "); retry in " + retry + " s");
    ctx.skipRemainingHandlers();
    return false;
  }

  private void authenticate(Context ctx) {
    if (ctx.routeRoles().contains(Access.PUBLIC)) {
      return;
    }
    if (ctx.routeRoles().contains(Access.ADMIN)) {
      authenticateAdmin(ctx);
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

  /** Admin routes: a Bearer access token only. An X-API-Key, valid or not, is not looked at. */
  private void authenticateAdmin(Context ctx) {
    Optional<AdminPrincipal> who = dashboard == null ? Optional.empty()
        : dashboard.admin().authenticate(ctx.header("Authorization"));
    if (who.isEmpty()) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"moltr-dashboard\"");
      error(ctx, 401, ctx.header("Authorization") == null
          ? "this route needs a dashboard login (Authorization: Bearer); agent API keys are not accepted"
          : "invalid or expired access token");
      ctx.skipRemainingHandlers();
      return;
    }
    ctx.attribute(ADMIN, who.get());
  }

  private void login(Context ctx) {
    JsonBody body = body(ctx, Set.of("username", "password"));
    String user = body.requiredString("username");
    char[] password = body.requiredString("password").toCharArray();
    DashboardAuth.LoginResult r = dashboard.login(user, password, clientIp(ctx));
    if (r instanceof DashboardAuth.LoggedIn in) {
      tokens(ctx, in.tokens());
    } else if (r instanceof DashboardAuth.Throttled t) {
      ctx.header("Retry-After", Long.toString(Math.max(1, (t.retryAfter().toMillis() + 999) / 1000)));
      error(ctx, 429, "too many login attempts; try again later");
    } else {
      // One answer for an unknown user and a wrong password.
      error(ctx, 401, "invalid username or password");
    }
  }

  private void refresh(Context ctx) {
    sameOrigin(ctx);
    Optional<DashboardAuth.Tokens> t = dashboard.refresh(ctx.cookie(REFRESH_COOKIE));
    if (t.isEmpty()) {
      ctx.header("Set-Cookie", refreshCookie(ctx, "", 0));
      error(ctx, 401, "no valid refresh token; log in again");
      return;
    }
    tokens(ctx, t.get());
  }

  private void logout(Context ctx) {
    sameOrigin(ctx);
    dashboard.logout(ctx.cookie(REFRESH_COOKIE), ctx.header("Authorization"));
    ctx.header("Set-Cookie", refreshCookie(ctx, "", 0));
    ctx.status(204);
  }

  private void tokens(Context ctx, DashboardAuth.Tokens t) {
    ctx.header("Cache-Control", "no-store");
    ctx.header("Set-Cookie", refreshCookie(ctx, t.refreshToken(), t.refreshMaxAge().toSeconds()));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("access_token", t.accessToken());
    out.put("token_type", "Bearer");
    out.put("expires_in", t.expiresInSeconds());
    json(ctx, 200, out);
  }

  // Path=/auth keeps the cookie off every other request; SameSite=Strict keeps it off cross-site ones.
  private String refreshCookie(Context ctx, String value, long maxAgeSeconds) {
    return REFRESH_COOKIE + "=" + value + "; Path=/auth; Max-Age=" + maxAgeSeconds
        + "; HttpOnly; SameSite=Strict" + (overTls(ctx) ? "; Secure" : "");
  }

  /** Cookie-authenticated calls from another origin are refused (CSRF), on top of SameSite. */
  private static void sameOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null) {
      return;
    }
    try {
      URI o = URI.create(origin);
      String host = ctx.header("Host");
      String authority = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
      if (host != null && o.getHost() != null && (host.equalsIgnoreCase(authority) || host.equalsIgnoreCase(o.getHost()))) {
        return;
      }
    } catch (IllegalArgumentException e) {
      // fall through: an unparsable Origin is a foreign one
    }
    throw new BadRequest(403, "cross-origin request refused");
  }

  private boolean overTls(Context ctx) {
    return ctx.req().isSecure() || proxies.forwardedOverTls(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-Proto"));
  }

  /**
   * The client's address as {@link TrustedProxies} decided it for this request: the socket peer,
   * or the forwarded address when the peer is a trusted proxy. Every rate limit, log and incident
   * uses this and nothing else.
   */
  static String clientIp(Context ctx) {
    String ip = ctx.attribute(CLIENT);
    return ip != null ? ip : ctx.req().getRemoteAddr();
  }

  private void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cache-Control", "no-store"); // static assets relax this to no-cache
    if (overTls(ctx)) {
      ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
  }

  /** A honeypot endpoint: a fake answer for the scanner, a critical incident for us. */
  private void honeypot(Context ctx) {
    String id = UUID.randomUUID().toString();
    String what = ctx.method() + " " + ctx.path();
    boolean enforced = shield.get().mode() == Mode.ENFORCE;
    try {
      honeypotSink.record(new Incident(id, Instant.now(), "honeypot", Severity.CRITICAL, Pseudonymizer.ip(clientIp(ctx)),
          Pseudonymizer.userAgent(ctx.header("User-Agent")), "honeypot endpoint requested: " + what, "api.honeypot",
          sha256(what), what, enforced, Map.of("incident_source", "api")));
    } catch (RuntimeException e) {
      LOG.error("could not record honeypot incident {} ({})", id, e.getClass().getSimpleName());
    }
    LOG.warn("honeypot endpoint {} requested by {} (incident {})", what, Pseudonymizer.ip(clientIp(ctx)), id);
    counters.count("honeypot", "denied"); // a trap: every request to it counts as refused
    HoneypotEndpoints.Fake fake = HoneypotEndpoints.fakeFor(ctx.path());
    ctx.status(200).contentType(fake.contentType()).result(fake.body());
  }

  private static HandlerType method(String m) {
    switch (m) {
      case "GET": return HandlerType.GET;
      case "POST": return HandlerType.POST;
      case "PUT": return HandlerType.PUT;
      case "PATCH": return HandlerType.PATCH;
      case "DELETE": return HandlerType.DELETE;
      default: throw new IllegalArgumentException("unsupported honeypot method " + m);
    }
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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
    return new RequestContext(clientIp(ctx), ctx.header("User-Agent"), ctx.attribute(PRINCIPAL));
  }

  private void decide(Context ctx, String check, Supplier<Decision> run) {
    long t0 = System.nanoTime();
    Decision d = run.get();
    if (metrics != null) {
      metrics.decision(check, d, System.nanoTime() - t0);
    }
    decision(ctx, check, d);
  }

  /**
   * Serves Prometheus metrics at {@code path} to a dashboard administrator's bearer token or to
   * a dedicated scrape token (MOLTR_METRICS_TOKEN); call before {@link #start}.
   */
  public ApiServer metrics(ShieldMetrics metrics, String path, String scrapeToken) {
    this.metrics = metrics;
    this.metricsPath = path;
    this.scrapeToken = scrapeToken;
    return this;
  }

  private void serveMetrics(Context ctx) {
    String auth = ctx.header("Authorization");
    boolean scraper = scrapeToken != null && auth != null && java.security.MessageDigest.isEqual(
        auth.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        ("Bearer " + scrapeToken).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    boolean admin = !scraper && dashboard != null && dashboard.admin().authenticate(auth).isPresent();
    if (!scraper && !admin) {
      ctx.header("WWW-Authenticate", "Bearer");
      error(ctx, 401, "metrics need the scrape token or an administrator login (Authorization: Bearer)");
      return;
    }
    ctx.status(200).contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
  }

  private void decision(Context ctx, String check, Decision d) {
    counters.count(check, d.allowed() ? "allowed" : "denied");
    decision(ctx, d);
  }

  private static void decision(Context ctx, Decision d) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("allowed", d.allowed());
    out.put("reason", d.reason());
    Map<String, Object> details = new LinkedHashMap<>(d.details());
    Object redacted = details.remove("redacted");
    Object sanitized = details.remove("sanitized");
    if (details.containsKey("incident_id")) {
      out.put("incident_id", details.get("incident_id"));
    }
    out.put("details", details);
    if (redacted != null) {
      out.put("redacted", redacted);
    }
    if (sanitized != null) {
      out.put("sanitized", sanitized);
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
