package io.moltr.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rediss:// against a real redis-server speaking TLS only, with a certificate made here by the
 * JDK's keytool: trusted through MOLTR_REDIS_CA it connects; without it, verification refuses.
 */
class RedisTlsTest {
  @TempDir Path dir;

  @Test
  void redissVerifiesTheServerAndMoltrRedisCaAddsAPrivateCa() throws Exception {
    Path keystore = dir.resolve("redis.p12");
    run(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair", "-alias", "redis",
        "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
        "-validity", "2", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "changeit",
        "-keypass", "changeit"));
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = new FileInputStream(keystore.toFile())) {
      ks.load(in, "changeit".toCharArray());
    }
    Certificate cert = ks.getCertificate("redis");
    PrivateKey key = (PrivateKey) ks.getKey("redis", "changeit".toCharArray());
    Path certPem = dir.resolve("cert.pem");
    Path keyPem = dir.resolve("key.pem");
    Files.writeString(certPem, pem("CERTIFICATE", cert.getEncoded()));
    Files.writeString(keyPem, pem("PRIVATE KEY", key.getEncoded()));

    int port = RedisProcess.freePort();
    Process redis = new ProcessBuilder(redisServer(), "--port", "0", "--tls-port", Integer.toString(port),
        "--bind", "127.0.0.1", "--tls-cert-file", certPem.toString(), "--tls-key-file", keyPem.toString(),
        "--tls-auth-clients", "no", "--save", "", "--appendonly", "no", "--dir", dir.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
    try {
      waitForLog(dir.resolve("redis.log"), "Ready to accept connections", redis);
      String url = "rediss://127.0.0.1:" + port;
      RedisSettings trusted = RedisSettings.fromEnv(Map.of("MOLTR_REDIS_URL", url, "MOLTR_REDIS_CA", certPem.toString()),
          1).orElseThrow();
      try (ClusterStore store = new ClusterStore(trusted, Clock.systemUTC())) {
        assertThat(store.heal()).as(store.downReason().orElse("")).isTrue();
        String pong = store.call(c -> c.ping());
        assertThat(pong).isEqualTo("PONG");
      }
      RedisSettings untrusted = RedisSettings.fromEnv(Map.of("MOLTR_REDIS_URL", url), 1).orElseThrow();
      try (ClusterStore store = new ClusterStore(untrusted, Clock.systemUTC())) {
        assertThat(store.heal()).isFalse();
        assertThat(store.downReason().orElseThrow()).isNotBlank();
      }
    } finally {
      redis.destroyForcibly().waitFor();
    }
  }

  @Test
  void aCaFileNeedsATlsUrlAndMustBeReadable() throws IOException {
    Path ca = Files.writeString(dir.resolve("ca.pem"), "x");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RedisSettings.fromEnv(
        Map.of("MOLTR_REDIS_URL", "redis://127.0.0.1:6379", "MOLTR_REDIS_CA", ca.toString()), 1))
        .hasMessageContaining("rediss://");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RedisSettings.fromEnv(
        Map.of("MOLTR_REDIS_URL", "rediss://127.0.0.1:6379", "MOLTR_REDIS_CA", dir.resolve("missing.pem").toString()), 1))
        .hasMessageContaining("not a readable PEM file");
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(der) + "\n-----END " + type + "-----\n";
  }

  private static void run(List<String> cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException(cmd.get(0) + " failed: " + out);
    }
  }

  private static String redisServer() {
    String fromEnv = System.getenv("MOLTR_TEST_REDIS_SERVER");
    return fromEnv != null && !fromEnv.isBlank() ? fromEnv : "redis-server";
  }

  private static void waitForLog(Path log, String line, Process p) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (Instant.now().isBefore(deadline)) {
      if (Files.exists(log) && Files.readString(log).contains(line)) {
        return;
      }
      if (!p.isAlive()) {
        throw new IllegalStateException("redis-server (TLS) exited: " + Files.readString(log));
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException("redis-server (TLS) not ready within 10 s: " + Files.readString(log));
  }
}
