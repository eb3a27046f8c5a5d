package io.moltr.server.alerts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** JSON POST shared by the HTTP channels: short timeouts, no redirects, 2xx or a failure. */
final class HttpPost {
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** Made on first use: a client starts a selector thread, which no-HTTP configurations do not need. */
  private HttpClient client;

  private synchronized HttpClient client() {
    if (client == null) {
      // A redirect could carry the body (and a token in the path) somewhere else: never follow.
      client = HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
    }
    return client;
  }

  void json(URI uri, byte[] body, Map<String, String> headers) throws DeliveryException {
    HttpRequest.Builder b = HttpRequest.newBuilder(uri)
        .timeout(TIMEOUT)
        .header("Content-Type", "application/json; charset=utf-8")
        .header("User-Agent", "moltr-shield-alerts")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    try {
      HttpResponse<Void> r = client().send(b.build(), HttpResponse.BodyHandlers.discarding());
      if (r.statusCode() / 100 != 2) {
        throw new DeliveryException("HTTP " + r.statusCode());
      }
    } catch (IOException e) {
      throw DeliveryException.of(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException("interrupted");
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
