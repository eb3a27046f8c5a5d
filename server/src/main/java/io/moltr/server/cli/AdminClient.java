package io.moltr.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

/**
 * A logged-in administrator's view of a running shield's admin API: one login (POST /auth/login,
 * a Bearer access token), then JSON calls. Errors become one-line messages; the password and the
 * token never appear in them.
 */
final class AdminClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  record Answer(int status, JsonNode body) {
    /** The server's {"error": ...} text, or the status. */
    String error() {
      JsonNode e = body.path("error");
      return e.isTextual() ? e.asText() : "HTTP " + status;
    }
  }

  private final HttpClient http;
  private final URI base;
  private final String bearer;

  private AdminClient(HttpClient http, URI base, String bearer) {
    this.http = http;
    this.base = base;
    this.bearer = bearer;
  }

  static AdminClient login(String url, String user, char[] password) {
    URI base = base(url);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Answer a;
    try {
      a = send(http, base, "POST", "/auth/login", Map.of("username", user, "password", new String(password)), null);
    } finally {
      java.util.Arrays.fill(password, '\0');
    }
    if (a.status() == 401) {
      throw new IllegalStateException("login to " + base + " failed: invalid username or password");
    }
    if (a.status() != 200 || !a.body().path("access_token").isTextual()) {
      throw new IllegalStateException("login to " + base + " failed: " + a.error());
    }
    return new AdminClient(http, base, "Bearer " + a.body().get("access_token").asText());
  }

  Answer get(String path) {
    return send(http, base, "GET", path, null, bearer);
  }

  Answer post(String path, Map<String, ?> body) {
    return send(http, base, "POST", path, body, bearer);
  }

  private static URI base(String url) {
    try {
      URI u = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
      if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
        throw new IllegalArgumentException();
      }
      return u;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--url/MOLTR_URL: '" + url + "' is not an http(s) URL such as http://127.0.0.1:8420");
    }
  }

  private static Answer send(HttpClient http, URI base, String method, String path, Map<String, ?> body, String bearer) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
          .header("Accept", "application/json")
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
      if (body != null) {
        b.header("Content-Type", "application/json");
      }
      if (bearer != null) {
        b.header("Authorization", bearer);
      }
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      JsonNode json;
      try {
        json = r.body().length == 0 ? MissingNode.getInstance() : JSON.readTree(r.body());
      } catch (IOException e) {
        json = MissingNode.getInstance(); // not JSON: report the status alone
      }
      return new Answer(r.statusCode(), json == null ? MissingNode.getInstance() : json);
    } catch (ConnectException | HttpConnectTimeoutException e) {
      throw new IllegalStateException("cannot reach the shield at " + base + " (is it running? --url/MOLTR_URL)");
    } catch (HttpTimeoutException e) {
      throw new IllegalStateException("no answer from " + base + " within " + TIMEOUT.toSeconds() + " s");
    } catch (IOException e) {
      throw new IllegalStateException("talking to " + base + " failed: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    }
  }
}
