package io.moltr.server.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.moltr.core.ActionGate;
import io.moltr.core.Decision;
import io.moltr.core.Mode;
import io.moltr.core.Severity;
import io.moltr.core.Shield;
import io.moltr.server.auth.ApiKeyStore;
import java.io.FileInputStream;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real TLS through the proxy's CONNECT tunnel: a local HTTPS server with a certificate for
 * allowed.test (made with the JDK's keytool), reached by curl and by Java's HttpClient.
 */
@Timeout(120)
class ProxyTlsTest {
  static final String KEY = "proxy-tls-key-0123456789abcdefghijklmnopq";
  @TempDir Path dir;
  HttpsServer origin;
  EgressProxy proxy;
  SSLContext tls;

  @BeforeEach
  void origin() throws Exception {
    Path ks = dir.resolve("origin.p12");
    run("keytool", "-genkeypair", "-alias", "origin", "-keyalg", "EC", "-groupname", "secp256r1",
        "-dname", "CN=allowed.test", "-ext", "SAN=dns:allowed.test", "-validity", "2",
        "-storetype", "PKCS12", "-keystore", ks.toString(), "-storepass", "changeit", "-keypass", "changeit");
    run("keytool", "-exportcert", "-rfc", "-alias", "origin", "-keystore", ks.toString(),
        "-storepass", "changeit", "-file", dir.resolve("origin.pem").toString());
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (FileInputStream in = new FileInputStream(ks.toFile())) {
      store.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(store, "changeit".toCharArray());
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(store);
    tls = SSLContext.getInstance("TLS");
    tls.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
    origin = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    origin.setHttpsConfigurator(new HttpsConfigurator(tls));
    origin.createContext("/", ex -> {
      byte[] b = ("secure hello " + ex.getRequestURI()).getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, b.length);
      ex.getResponseBody().write(b);
      ex.close();
    });
    origin.start();
  }

  @AfterEach
  void stop() {
    if (proxy != null) {
      proxy.close();
    }
    origin.stop(0);
  }

  int startProxy(boolean auth) throws Exception {
    Shield.Engines engines = new Shield.Engines(
        c -> Decision.allow("ok", Map.of()), (p, o) -> Decision.allow("ok", Map.of()),
        (url, payload) -> URI.create(url).getHost().equals("allowed.test")
            ? Decision.allow("allowed", Map.of("addresses", List.of("203.0.113.7")))
            : Decision.deny("network.not_allowlisted", "not on the allowlist", Severity.MEDIUM, Map.of()),
        t -> Decision.allow("clean", Map.of()), t -> t);
    Shield shield = new Shield(Mode.ENFORCE, Shield.Modules.ALL, engines, i -> {}, ActionGate.OPEN,
        new Shield.LeakLockdown(0, Duration.ofMinutes(1)), Clock.systemUTC());
    EgressProxy.Upstream toOrigin = (host, port, checked, timeout) -> {
      Socket s = new Socket();
      s.connect(new InetSocketAddress("127.0.0.1", origin.getAddress().getPort()));
      return s;
    };
    proxy = new EgressProxy(shield, ApiKeyStore.open(dir, KEY, Clock.systemUTC()),
        new EgressProxy.Settings("127.0.0.1", 0, auth, false, 16, Duration.ofSeconds(5), Duration.ofSeconds(10), 1 << 20),
        toOrigin);
    return proxy.start();
  }

  @Test
  void curlReachesAnAllowedHttpsHostThroughTheTunnelAndNothingElse() throws Exception {
    int port = startProxy(true);
    String ok = run("curl", "-sS", "--max-time", "20", "--proxy", "http://127.0.0.1:" + port,
        "--proxy-user", "agent:" + KEY, "--cacert", dir.resolve("origin.pem").toString(),
        "https://allowed.test:443/v1/models");
    assertThat(ok).isEqualTo("secure hello /v1/models");
    String denied = runAllowingFailure("curl", "-sS", "--max-time", "20", "--proxy", "http://127.0.0.1:" + port,
        "--proxy-user", "agent:" + KEY, "-k", "https://denied.test/");
    assertThat(denied).contains("403");
    String noKey = runAllowingFailure("curl", "-sS", "--max-time", "20", "--proxy", "http://127.0.0.1:" + port,
        "-k", "https://allowed.test/");
    assertThat(noKey).contains("407");
  }

  @Test
  void javaHttpClientReachesAnAllowedHttpsHost() throws Exception {
    int port = startProxy(false);
    HttpClient client = HttpClient.newBuilder().sslContext(tls)
        .proxy(ProxySelector.of(new InetSocketAddress("127.0.0.1", port))).build();
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("https://allowed.test/ping")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("secure hello /ping");
  }

  static String run(String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", cmd) + "\n" + out).isZero();
    return out;
  }

  static String runAllowingFailure(String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    return out;
  }
}
