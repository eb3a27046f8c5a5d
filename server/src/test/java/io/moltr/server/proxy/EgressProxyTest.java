package io.moltr.server.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.moltr.core.ActionGate;
import io.moltr.core.Decision;
import io.moltr.core.Mode;
import io.moltr.core.Severity;
import io.moltr.core.Shield;
import io.moltr.server.auth.ApiKeyStore;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real bytes through the proxy: a local HTTP server and a local TCP echo server stand in for
 * the internet; the upstream connector sends every checked address to them.
 */
@Timeout(60)
class EgressProxyTest {
  static final String KEY = "proxy-test-key-0123456789abcdefghijklmnop";
  static final String SECRET = "sk-proj-THISISTHESECRET";
  @TempDir Path data;
  HttpServer origin;
  ServerSocket echo;
  EgressProxy proxy;
  final AtomicReference<String> lastBody = new AtomicReference<>();

  @BeforeEach
  void origins() throws Exception {
    origin = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    origin.createContext("/", ex -> {
      lastBody.set(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      byte[] b = ("hello from " + ex.getRequestHeaders().getFirst("Host") + " " + ex.getRequestURI()).getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, b.length);
      ex.getResponseBody().write(b);
      ex.close();
    });
    origin.start();
    echo = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"));
    Thread t = new Thread(() -> {
      while (!echo.isClosed()) {
        try {
          Socket s = echo.accept();
          new Thread(() -> {
            try (s) {
              s.getInputStream().transferTo(s.getOutputStream());
            } catch (Exception e) {
              // closed
            }
          }).start();
        } catch (Exception e) {
          return;
        }
      }
    });
    t.setDaemon(true);
    t.start();
  }

  @AfterEach
  void stop() throws Exception {
    if (proxy != null) {
      proxy.close();
    }
    origin.stop(0);
    echo.close();
  }

  int startProxy(boolean auth, boolean deception) throws Exception {
    Shield.Engines engines = new Shield.Engines(
        c -> Decision.allow("ok", Map.of()),
        (p, o) -> Decision.allow("ok", Map.of()),
        (url, payload) -> URI.create(url).getHost().equals("allowed.test")
            ? Decision.allow("allowed", Map.of("domain", "allowed.test", "addresses", List.of("203.0.113.10")))
            : Decision.deny("network.not_allowlisted", URI.create(url).getHost() + " is not on the allowlist", Severity.MEDIUM, Map.of()),
        text -> text.contains(SECRET) ? Decision.deny("scan.openai", "secret", Severity.HIGH, Map.of()) : Decision.allow("clean", Map.of()),
        text -> text.replace(SECRET, "[REDACTED]"));
    Shield shield = new Shield(Mode.ENFORCE, Shield.Modules.ALL, engines, i -> {}, ActionGate.OPEN,
        new Shield.LeakLockdown(0, Duration.ofMinutes(1)), Clock.systemUTC());
    EgressProxy.Upstream toLocal = (host, port, checked, timeout) -> {
      assertThat(checked).extracting(a -> a.getHostAddress()).containsExactly("203.0.113.10");
      Socket s = new Socket();
      s.connect(new InetSocketAddress("127.0.0.1", port == 443 ? echo.getLocalPort() : origin.getAddress().getPort()));
      return s;
    };
    proxy = new EgressProxy(shield, ApiKeyStore.open(data, KEY, Clock.systemUTC()),
        new EgressProxy.Settings("127.0.0.1", 0, auth, deception, 16, Duration.ofSeconds(5), Duration.ofSeconds(10), 1 << 20),
        toLocal);
    return proxy.start();
  }

  HttpClient client(int port) {
    return HttpClient.newBuilder().proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", port))).build();
  }

  @Test
  void allowedHttpRequestsReachTheOriginWithTheirBody() throws Exception {
    int port = startProxy(false, false);
    HttpResponse<String> r = client(port).send(HttpRequest.newBuilder(URI.create("http://allowed.test/v1/items?x=1"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"n\":1}")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("hello from allowed.test /v1/items?x=1");
    assertThat(lastBody.get()).isEqualTo("{\"n\":1}");
  }

  @Test
  void deniedHostsGet403WithAReason() throws Exception {
    int port = startProxy(false, false);
    HttpResponse<String> r = client(port).send(HttpRequest.newBuilder(URI.create("http://pastebin.com/raw/x")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.headers().firstValue("X-Moltr-Reason")).contains("pastebin.com is not on the allowlist");
    assertThat(r.headers().firstValue("X-Moltr-Incident")).isPresent();
  }

  @Test
  void aSecretInTheBodyNeverLeavesEvenToAnAllowedHost() throws Exception {
    int port = startProxy(false, false);
    HttpResponse<String> r = client(port).send(HttpRequest.newBuilder(URI.create("http://allowed.test/upload"))
        .POST(HttpRequest.BodyPublishers.ofString("token=" + SECRET)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(lastBody.get()).isNull();
  }

  @Test
  void deceptionModeAnswersAFakeSuccess() throws Exception {
    int port = startProxy(false, true);
    HttpResponse<String> r = client(port).send(HttpRequest.newBuilder(URI.create("http://webhook.site/abc")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"status\":\"ok\"}");
  }

  @Test
  void tunnelsMoveBytesBothWaysAndDieOnNetworkCut() throws Exception {
    int port = startProxy(true, false);
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(5000);
      OutputStream out = s.getOutputStream();
      InputStream in = s.getInputStream();
      String auth = java.util.Base64.getEncoder().encodeToString(("agent:" + KEY).getBytes(StandardCharsets.UTF_8));
      out.write(("CONNECT allowed.test:443 HTTP/1.1\r\nHost: allowed.test:443\r\nProxy-Authorization: Basic " + auth + "\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      String status = readHead(in);
      assertThat(status).startsWith("HTTP/1.1 200");
      byte[] payload = new byte[256 * 1024];
      new java.util.Random(7).nextBytes(payload);
      Thread writer = new Thread(() -> {
        try {
          out.write(payload);
          out.flush();
        } catch (Exception e) {
          // reader fails the test
        }
      });
      writer.start();
      byte[] back = in.readNBytes(payload.length);
      assertThat(back).isEqualTo(payload);
      proxy.closeAllConnections();
      assertThat(in.read()).isEqualTo(-1);
    }
  }

  @Test
  void tunnelsNeedAKeyAndAnAllowedHost() throws Exception {
    int port = startProxy(true, false);
    assertThat(connect(port, "allowed.test:443", null)).startsWith("HTTP/1.1 407");
    assertThat(connect(port, "allowed.test:443", "wrong-key-wrong-key-wrong-key-wrong-key")).startsWith("HTTP/1.1 407");
    assertThat(connect(port, "evil.example:443", KEY)).startsWith("HTTP/1.1 403");
    assertThat(connect(port, "no-port", KEY)).startsWith("HTTP/1.1 400");
  }

  @Test
  void garbageGetsA4xxAndTheProxyKeepsServing() throws Exception {
    int port = startProxy(false, false);
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.getOutputStream().write("HELLO\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      assertThat(readHead(s.getInputStream())).startsWith("HTTP/1.1 400");
    }
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.getOutputStream().write(("GET http://allowed.test/ HTTP/1.1\r\nX: " + "a".repeat(20000) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      assertThat(readHead(s.getInputStream())).startsWith("HTTP/1.1 431");
    } catch (java.net.SocketException e) {
      // the proxy may close while the oversized head is still being written: also a refusal
    }
    HttpResponse<String> r = client(port).send(HttpRequest.newBuilder(URI.create("http://allowed.test/ok")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
  }

  private String connect(int port, String target, String key) throws Exception {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(5000);
      String auth = key == null ? "" : "Proxy-Authorization: Bearer " + key + "\r\n";
      s.getOutputStream().write(("CONNECT " + target + " HTTP/1.1\r\n" + auth + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      return readHead(s.getInputStream());
    }
  }

  private static String readHead(InputStream in) throws Exception {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0) {
      sb.append((char) c);
      if (sb.toString().endsWith("\r\n\r\n")) {
        break;
      }
    }
    return sb.toString();
  }
}
