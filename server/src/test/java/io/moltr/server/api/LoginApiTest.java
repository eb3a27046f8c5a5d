package io.moltr.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.javalin.http.HandlerType;
import io.moltr.core.ActionGate;
import io.moltr.core.Decision;
import io.moltr.core.Mode;
import io.moltr.core.Shield;
import io.moltr.server.auth.ApiKeyStore;
import io.moltr.server.auth.DashboardAuth;
import io.moltr.server.auth.DashboardUsers;
import io.moltr.server.auth.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Dashboard login over real HTTP with a hand-moved clock: tokens, refresh cookie, rotation and
 * reuse detection, logout, revoke-all, brute-force limits, and the wall between agent keys and
 * admin routes.
 */
class LoginApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KEY = "test-key-0123456789abcdefghijklmnopqrstuvwxyz";
  private static final String SECRET = "s3cret-for-tests-only-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJKLMNOP";
  private static final String PASSWORD = "correct horse battery";
  // Cost 4 keeps the tests fast; production hashes are cost 12 (HashPasswordCommandTest).
  private static final String HASH = BCrypt.withDefaults().hashToString(4, PASSWORD.toCharArray());

  private final HttpClient http = HttpClient.newHttpClient();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T10:00:00Z"));
  private final List<Duration> pauses = new ArrayList<>();
  private ApiServer server;
  private DashboardAuth dashboard;
  private int port;

  @TempDir Path data;

  void start(String trustedProxy) {
    Shield.Engines engines = new Shield.Engines(
        cmd -> Decision.allow("allowed", Map.of()), (path, op) -> Decision.allow("ok", Map.of()),
        (url, payload) -> Decision.allow("ok", Map.of()), text -> Decision.allow("clean", Map.of()), text -> text);
    Shield shield = new Shield(Mode.ENFORCE, Shield.Modules.ALL, engines, i -> { }, ActionGate.OPEN,
        new Shield.LeakLockdown(0, Duration.ofMinutes(5)), Clock.systemUTC());
    DashboardUsers users = DashboardUsers.load(data, Map.of(
        DashboardUsers.USER_ENV, "alice", DashboardUsers.HASH_ENV, HASH));
    dashboard = DashboardAuth.create(users, SECRET, clock, pauses::add);
    server = new ApiServer(shield, ApiKeyStore.open(data, KEY, Clock.systemUTC()),
        new ApiServer.Settings("127.0.0.1", 0, 4096, 1000, trustedProxy), () -> Map.of("mode", "enforce"), dashboard);
    server.admin(HandlerType.POST, "/killswitch/test", ctx ->
        ctx.contentType("application/json").result("{\"by\":\"" + ApiServer.adminUser(ctx).user() + "\"}"));
    port = server.start();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  HttpResponse<String> send(String method, String path, String body, Map<String, String> headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    headers.forEach(b::header);
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> login(String user, String password, String... headers) throws Exception {
    return send("POST", "/auth/login", JSON.writeValueAsString(Map.of("username", user, "password", password)),
        headersOf(headers));
  }

  HttpResponse<String> whoami(String accessToken) throws Exception {
    return send("GET", "/admin/whoami", null, Map.of("Authorization", "Bearer " + accessToken));
  }

  HttpResponse<String> refresh(String cookie) throws Exception {
    return send("POST", "/auth/refresh", null, Map.of("Cookie", "moltr_refresh=" + cookie));
  }

  static Map<String, String> headersOf(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  static String accessToken(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body()).get("access_token").asText();
  }

  static String setCookie(HttpResponse<String> r) {
    return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("moltr_refresh=")).findFirst()
        .orElseThrow(() -> new AssertionError("no refresh cookie in " + r.headers().map()));
  }

  static String cookieValue(HttpResponse<String> r) {
    String c = setCookie(r);
    return c.substring("moltr_refresh=".length(), c.indexOf(';'));
  }

  @Test
  void loginReturnsAShortLivedBearerTokenAndAScopedRefreshCookie() throws Exception {
    start(null);
    HttpResponse<String> r = login("alice", PASSWORD);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode j = JSON.readTree(r.body());
    assertThat(j.get("token_type").asText()).isEqualTo("Bearer");
    assertThat(j.get("expires_in").asInt()).isEqualTo(900);
    assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");

    SignedJWT jwt = SignedJWT.parse(j.get("access_token").asText());
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
    JWTClaimsSet c = jwt.getJWTClaimsSet();
    assertThat(c.getIssuer()).isEqualTo("moltr-shield");
    assertThat(c.getAudience()).containsExactly("moltr-dashboard");
    assertThat(c.getSubject()).isEqualTo("alice");
    assertThat(c.getJWTID()).hasSizeGreaterThanOrEqualTo(32);
    assertThat(Duration.between(c.getIssueTime().toInstant(), c.getExpirationTime().toInstant())).isEqualTo(Duration.ofMinutes(15));

    String cookie = setCookie(r);
    assertThat(cookie).contains("; Path=/auth").contains("; HttpOnly").contains("; SameSite=Strict")
        .contains("; Max-Age=1800").doesNotContain("Secure");
    assertThat(cookieValue(r)).hasSizeGreaterThanOrEqualTo(43);

    JsonNode me = JSON.readTree(whoami(j.get("access_token").asText()).body());
    assertThat(me.get("user").asText()).isEqualTo("alice");
    assertThat(me.get("expires_at").asText()).isEqualTo("2026-11-29T10:15:00Z");
  }

  @Test
  void unknownUserAndWrongPasswordGetTheSameAnswer() throws Exception {
    start(null);
    HttpResponse<String> wrong = login("alice", "not the password");
    HttpResponse<String> unknown = login("mallory", "not the password");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(unknown.body()).isEqualTo(wrong.body()).contains("invalid username or password");
    assertThat(wrong.headers().allValues("Set-Cookie")).isEmpty();
    assertThat(unknown.headers().allValues("Set-Cookie")).isEmpty();
  }

  @Test
  void malformedLoginBodiesAre400() throws Exception {
    start(null);
    assertThat(send("POST", "/auth/login", "{\"username\":\"alice\"}", Map.of()).statusCode()).isEqualTo(400);
    assertThat(send("POST", "/auth/login", "{\"username\":\"alice\",\"password\":1}", Map.of()).statusCode()).isEqualTo(400);
    assertThat(send("POST", "/auth/login", "{", Map.of()).statusCode()).isEqualTo(400);
  }

  @Test
  void atMostFiveAttemptsAMinutePerClientAddress() throws Exception {
    start("127.0.0.1");
    for (int i = 0; i < 5; i++) {
      assertThat(login("user" + i, "x", "X-Forwarded-For", "198.51.100.7").statusCode()).isEqualTo(401);
    }
    HttpResponse<String> sixth = login("alice", PASSWORD, "X-Forwarded-For", "198.51.100.7");
    assertThat(sixth.statusCode()).isEqualTo(429);
    assertThat(Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
    assertThat(login("alice", PASSWORD, "X-Forwarded-For", "198.51.100.8").statusCode())
        .as("another client is not affected").isEqualTo(200);
    clock.advance(Duration.ofSeconds(61));
    assertThat(login("alice", PASSWORD, "X-Forwarded-For", "198.51.100.7").statusCode()).isEqualTo(200);
  }

  @Test
  void atMostFiveAttemptsAMinutePerUsernameWhetherItExistsOrNot() throws Exception {
    start("127.0.0.1");
    for (String name : List.of("alice", "nobody")) {
      for (int i = 0; i < 5; i++) {
        assertThat(login(name, "x", "X-Forwarded-For", "203.0.113." + (i + 10)).statusCode()).isEqualTo(401);
      }
      HttpResponse<String> sixth = login(name, "x", "X-Forwarded-For", "203.0.113.99");
      assertThat(sixth.statusCode()).as(name).isEqualTo(429);
      assertThat(sixth.body()).contains("too many login attempts");
    }
  }

  @Test
  void failuresSlowDownAndTenFailuresLockForFifteenMinutes() throws Exception {
    start(null);
    for (int i = 0; i < 10; i++) {
      assertThat(login("alice", "wrong " + i).statusCode()).isEqualTo(401);
      clock.advance(Duration.ofSeconds(15)); // stays under 5 attempts a minute
    }
    assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
        Duration.ofSeconds(4), Duration.ofSeconds(4), Duration.ofSeconds(4), Duration.ofSeconds(4),
        Duration.ofSeconds(4), Duration.ofSeconds(4));

    HttpResponse<String> locked = login("alice", PASSWORD);
    assertThat(locked.statusCode()).as("even the right password is refused while locked").isEqualTo(429);
    assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isBetween(700L, 900L);

    clock.advance(Duration.ofMinutes(15));
    assertThat(login("alice", PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void aSuccessfulLoginClearsTheFailureCount() throws Exception {
    start(null);
    for (int i = 0; i < 4; i++) {
      login("alice", "wrong");
      clock.advance(Duration.ofSeconds(15));
    }
    assertThat(login("alice", PASSWORD).statusCode()).isEqualTo(200);
    pauses.clear();
    clock.advance(Duration.ofSeconds(15));
    login("alice", "wrong");
    assertThat(pauses).as("the first failure after a success is not delayed").isEmpty();
  }

  /** Each row edits an otherwise valid token; the control row proves the forging itself works. */
  static Stream<Arguments> forgedTokens() {
    byte[] secret = SECRET.getBytes(StandardCharsets.UTF_8);
    byte[] other = "another-secret-of-sixty-four-characters-0123456789-abcdefghijklmnop".getBytes(StandardCharsets.UTF_8);
    return Stream.of(
        Arguments.of("control: our secret, all claims right", JWSAlgorithm.HS256, secret, UnaryOperator.<JWTClaimsSet.Builder>identity(), 200),
        Arguments.of("HS512 with our secret", JWSAlgorithm.HS512, (SECRET + SECRET).getBytes(StandardCharsets.UTF_8), UnaryOperator.<JWTClaimsSet.Builder>identity(), 401),
        Arguments.of("HS384 with our secret", JWSAlgorithm.HS384, secret, UnaryOperator.<JWTClaimsSet.Builder>identity(), 401),
        Arguments.of("another secret", JWSAlgorithm.HS256, other, UnaryOperator.<JWTClaimsSet.Builder>identity(), 401),
        Arguments.of("wrong issuer", JWSAlgorithm.HS256, secret, (UnaryOperator<JWTClaimsSet.Builder>) b -> b.issuer("someone-else"), 401),
        Arguments.of("wrong audience", JWSAlgorithm.HS256, secret, (UnaryOperator<JWTClaimsSet.Builder>) b -> b.audience("moltr-agents"), 401),
        Arguments.of("extra audience", JWSAlgorithm.HS256, secret, (UnaryOperator<JWTClaimsSet.Builder>) b -> b.audience(List.of("moltr-dashboard", "x")), 401),
        Arguments.of("expired", JWSAlgorithm.HS256, secret, (UnaryOperator<JWTClaimsSet.Builder>) b -> b
            .issueTime(Date.from(Instant.parse("2026-11-29T09:00:00Z"))).expirationTime(Date.from(Instant.parse("2026-11-29T09:15:00Z"))), 401),
        Arguments.of("no expiry", JWSAlgorithm.HS256, secret, (UnaryOperator<JWTClaimsSet.Builder>) b -> b.expirationTime(null), 401),
        Arguments.of("no jti", JWSAlgorithm.HS256, secret, (UnaryOperator<JWTClaimsSet.Builder>) b -> b.jwtID(null), 401),
        Arguments.of("unknown session", JWSAlgorithm.HS256, secret, (UnaryOperator<JWTClaimsSet.Builder>) b -> b.claim("sid", "made-up"), 401));
  }

  @ParameterizedTest(name = "{0} -> {4}")
  @MethodSource("forgedTokens")
  void forgedTokensAreRefused(String why, JWSAlgorithm alg, byte[] key, UnaryOperator<JWTClaimsSet.Builder> edit, int status)
      throws Exception {
    start(null);
    JWTClaimsSet real = SignedJWT.parse(accessToken(login("alice", PASSWORD))).getJWTClaimsSet();
    JWTClaimsSet.Builder b = new JWTClaimsSet.Builder(real).jwtID("forged-jti-0123456789");
    SignedJWT forged = new SignedJWT(new JWSHeader(alg), edit.apply(b).build());
    forged.sign(new MACSigner(key));
    HttpResponse<String> r = whoami(forged.serialize());
    assertThat(r.statusCode()).as(why).isEqualTo(status);
  }

  @Test
  void unsignedTamperedAndGarbageTokensAreRefused() throws Exception {
    start(null);
    String token = accessToken(login("alice", PASSWORD));
    assertThat(whoami(token).statusCode()).isEqualTo(200);
    String[] parts = token.split("\\.");
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);

    String none = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
    String noneUpper = b64.encodeToString("{\"alg\":\"NONE\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + "." + parts[2];
    String otherUser = parts[0] + "." + b64.encodeToString(payload.replace("\"alice\"", "\"admin\"").getBytes(StandardCharsets.UTF_8))
        + "." + parts[2];
    String noSignature = parts[0] + "." + parts[1] + ".";
    for (String bad : List.of(none, noneUpper, otherUser, noSignature, "garbage", token + "x", "a.b.c")) {
      assertThat(whoami(bad).statusCode()).as(bad).isEqualTo(401);
    }
    assertThat(send("GET", "/admin/whoami", null, Map.of("Authorization", token)).statusCode())
        .as("without the Bearer scheme").isEqualTo(401);
    assertThat(send("GET", "/admin/whoami", null, Map.of()).statusCode()).isEqualTo(401);
  }

  @Test
  void accessTokensExpireAfterFifteenMinutes() throws Exception {
    start(null);
    String token = accessToken(login("alice", PASSWORD));
    clock.advance(Duration.ofMinutes(14).plusSeconds(59));
    assertThat(whoami(token).statusCode()).isEqualTo(200);
    clock.advance(Duration.ofSeconds(1));
    assertThat(whoami(token).statusCode()).isEqualTo(401);
  }

  @Test
  void refreshRotatesTheTokenAndAReusedOneRevokesTheWholeSession() throws Exception {
    start(null);
    HttpResponse<String> in = login("alice", PASSWORD);
    String first = cookieValue(in);

    HttpResponse<String> r1 = refresh(first);
    String second = cookieValue(r1);
    String access = accessToken(r1);
    assertThat(second).isNotEqualTo(first);
    assertThat(setCookie(r1)).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/auth");
    assertThat(whoami(access).statusCode()).isEqualTo(200);

    HttpResponse<String> replay = refresh(first);
    assertThat(replay.statusCode()).isEqualTo(401);
    assertThat(setCookie(replay)).contains("Max-Age=0");
    assertThat(refresh(second).statusCode()).as("the current token of a revoked session").isEqualTo(401);
    assertThat(whoami(access).statusCode()).as("access tokens of a revoked session").isEqualTo(401);
    assertThat(whoami(accessToken(in)).statusCode()).isEqualTo(401);
  }

  @Test
  void refreshEndsAfterThirtyMinutesWithoutActivity() throws Exception {
    start(null);
    String cookie = cookieValue(login("alice", PASSWORD));
    clock.advance(Duration.ofMinutes(29));
    HttpResponse<String> r = refresh(cookie);
    assertThat(r.statusCode()).isEqualTo(200);
    clock.advance(Duration.ofMinutes(29));
    r = refresh(cookieValue(r));
    assertThat(r.statusCode()).as("activity keeps the session alive").isEqualTo(200);
    clock.advance(Duration.ofMinutes(30));
    assertThat(refresh(cookieValue(r)).statusCode()).isEqualTo(401);
    assertThat(send("POST", "/auth/refresh", null, Map.of()).statusCode()).as("no cookie").isEqualTo(401);
  }

  @Test
  void logoutEndsTheSession() throws Exception {
    start(null);
    HttpResponse<String> in = login("alice", PASSWORD);
    String token = accessToken(in);
    String cookie = cookieValue(in);
    HttpResponse<String> out = send("POST", "/auth/logout", null,
        Map.of("Cookie", "moltr_refresh=" + cookie, "Authorization", "Bearer " + token));
    assertThat(out.statusCode()).isEqualTo(204);
    assertThat(setCookie(out)).startsWith("moltr_refresh=;").contains("Max-Age=0");
    assertThat(refresh(cookie).statusCode()).isEqualTo(401);
    assertThat(whoami(token).statusCode()).isEqualTo(401);
  }

  @Test
  void revokeAllEndsEverySessionAndANewLoginWorksAfterwards() throws Exception {
    start(null);
    HttpResponse<String> a = login("alice", PASSWORD);
    HttpResponse<String> b = login("alice", PASSWORD);
    dashboard.sessions().revokeAll("kill switch LOCKDOWN (test)");
    for (HttpResponse<String> r : List.of(a, b)) {
      assertThat(whoami(accessToken(r)).statusCode()).isEqualTo(401);
      assertThat(refresh(cookieValue(r)).statusCode()).isEqualTo(401);
    }
    assertThat(dashboard.sessions().openSessions()).isZero();
    assertThat(whoami(accessToken(login("alice", PASSWORD))).statusCode()).isEqualTo(200);
  }

  @Test
  void agentKeysNeverOpenAdminRoutesAndTokensNeverOpenAgentRoutes() throws Exception {
    start(null);
    String token = accessToken(login("alice", PASSWORD));
    HttpResponse<String> byKey = send("GET", "/admin/whoami", null, Map.of("X-API-Key", KEY));
    assertThat(byKey.statusCode()).isEqualTo(401);
    assertThat(JSON.readTree(byKey.body()).get("error").asText()).contains("agent API keys are not accepted");
    assertThat(send("POST", "/killswitch/test", "{}", Map.of("X-API-Key", KEY)).statusCode()).isEqualTo(401);
    assertThat(send("POST", "/killswitch/test", "{}", Map.of("X-API-Key", KEY, "Authorization", "Bearer " + KEY)).statusCode())
        .isEqualTo(401);

    HttpResponse<String> seam = send("POST", "/killswitch/test", "{}", Map.of("Authorization", "Bearer " + token));
    assertThat(seam.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(seam.body()).get("by").asText()).isEqualTo("alice");

    assertThat(send("POST", "/check/command", "{\"command\":\"ls\"}", Map.of("Authorization", "Bearer " + token)).statusCode())
        .isEqualTo(401);
    assertThat(send("GET", "/status", null, Map.of("Authorization", "Bearer " + token)).statusCode()).isEqualTo(401);
    assertThat(send("GET", "/status", null, Map.of("X-API-Key", KEY)).statusCode()).isEqualTo(200);
  }

  @Test
  void theCookieIsSecureOnlyBehindATrustedTlsProxy() throws Exception {
    start("127.0.0.1");
    assertThat(setCookie(login("alice", PASSWORD, "X-Forwarded-Proto", "https"))).contains("; Secure");
    assertThat(setCookie(login("alice", PASSWORD))).doesNotContain("Secure");
    stop();
    start("192.0.2.1");
    assertThat(setCookie(login("alice", PASSWORD, "X-Forwarded-Proto", "https")))
        .as("the header from an untrusted peer changes nothing").doesNotContain("Secure");
  }

  @Test
  void crossOriginRefreshIsRefused() throws Exception {
    start(null);
    String cookie = cookieValue(login("alice", PASSWORD));
    HttpResponse<String> r = send("POST", "/auth/refresh", null,
        Map.of("Cookie", "moltr_refresh=" + cookie, "Origin", "https://evil.example"));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(send("POST", "/auth/refresh", null,
        Map.of("Cookie", "moltr_refresh=" + cookie, "Origin", "http://127.0.0.1:" + port)).statusCode()).isEqualTo(200);
  }
}
