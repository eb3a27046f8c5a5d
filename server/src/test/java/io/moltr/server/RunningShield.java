package io.moltr.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real `moltr serve` for a test, as a new user starts it: the shipped configuration (optionally
 * edited), an empty data directory, and the credentials the first start prints.
 */
final class RunningShield implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String CODEPHRASE = "correct horse battery staple";

  final ShieldServer server;
  final Path logs;
  final String agentKey;
  final String adminPassword;
  private final HttpClient http = HttpClient.newHttpClient();

  private RunningShield(ShieldServer server, Path logs, String agentKey, String adminPassword) {
    this.server = server;
    this.logs = logs;
    this.agentKey = agentKey;
    this.adminPassword = adminPassword;
  }

  /** Starts with the shipped configuration, default.yaml passed through {@code editDefaults}. */
  static RunningShield start(Path work, UnaryOperator<String> editDefaults) throws Exception {
    Path conf = work.resolve("config");
    ServerEndToEndTest.copyTree(ServerEndToEndTest.SHIPPED_CONFIG, conf);
    Path defaults = conf.resolve("default.yaml");
    Files.writeString(defaults, editDefaults.apply(Files.readString(defaults)));
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    ServerOptions opts = new ServerOptions(conf, work.resolve("data"), work.resolve("logs"), work, "127.0.0.1", 0,
        0, null);
    ShieldServer server = ShieldServer.start(opts, Map.of(SafetyState.CODEPHRASE_ENV, CODEPHRASE),
        new PrintStream(console, true, StandardCharsets.UTF_8), ServerEndToEndTest.FAKE_DNS);
    String out = console.toString(StandardCharsets.UTF_8);
    Matcher key = Pattern.compile("(moltr_[A-Za-z0-9]{40})").matcher(out);
    Matcher pw = Pattern.compile("password is shown only this once[^\\n]*\\n\\s*\\n\\s+(\\S+)").matcher(out);
    if (!key.find() || !pw.find()) {
      server.close();
      throw new IllegalStateException("first start printed no key or password:\n" + out);
    }
    return new RunningShield(server, work.resolve("logs"), key.group(1), pw.group(1));
  }

  /**
   * Starts one node of a fleet: credentials come from {@code env} (MOLTR_API_KEYS,
   * MOLTR_DASHBOARD_USER/..._PASSWORD_HASH, MOLTR_JWT_SECRET, MOLTR_REDIS_URL ...), so nothing is
   * generated and the caller already knows the agent key and the admin password.
   */
  static RunningShield startNode(Path work, Map<String, String> env, String agentKey, String adminPassword)
      throws Exception {
    Path conf = work.resolve("config");
    ServerEndToEndTest.copyTree(ServerEndToEndTest.SHIPPED_CONFIG, conf);
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    ServerOptions opts = new ServerOptions(conf, work.resolve("data"), work.resolve("logs"), work, "127.0.0.1", 0,
        0, null);
    java.util.Map<String, String> all = new java.util.HashMap<>(env);
    all.putIfAbsent(SafetyState.CODEPHRASE_ENV, CODEPHRASE);
    ShieldServer server = ShieldServer.start(opts, all, new PrintStream(console, true, StandardCharsets.UTF_8),
        ServerEndToEndTest.FAKE_DNS);
    return new RunningShield(server, work.resolve("logs"), agentKey, adminPassword);
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  HttpResponse<String> call(String method, String path, String body, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  String login() throws Exception {
    HttpResponse<String> r = call("POST", "/auth/login",
        "{\"username\":\"admin\",\"password\":\"" + adminPassword + "\"}");
    if (r.statusCode() != 200) {
      throw new IllegalStateException("login failed: " + r.statusCode() + " " + r.body());
    }
    return "Bearer " + JSON.readTree(r.body()).get("access_token").asText();
  }

  JsonNode admin(String method, String path, String body, String bearer) throws Exception {
    HttpResponse<String> r = call(method, path, body, "Authorization", bearer);
    if (r.statusCode() >= 300) {
      throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
    }
    return JSON.readTree(r.body());
  }

  Path forensicLog() {
    return logs.resolve("moltr-forensic.jsonl");
  }

  @Override
  public void close() {
    server.close();
  }
}
