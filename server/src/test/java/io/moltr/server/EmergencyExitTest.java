package io.moltr.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * EMERGENCY is the one level that ends the process: the real `moltr serve` runs in a child JVM,
 * an administrator triggers EMERGENCY, the process exits with status 3, and a restart comes back
 * still in EMERGENCY.
 */
@Timeout(180)
class EmergencyExitTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String CODEPHRASE = "emergency drill phrase";
  @TempDir Path work;
  final HttpClient http = HttpClient.newHttpClient();

  record Child(Process process, StringBuilder output, int port) {}

  Child serve() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> cmd = new ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "io.moltr.server.cli.MoltrCli", "serve",
        "--port", Integer.toString(port), "--proxy-port", "0",
        "--config-dir", ServerEndToEndTest.SHIPPED_CONFIG.toString(),
        "--data-dir", work.resolve("data").toString(), "--log-dir", work.resolve("logs").toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true);
    pb.environment().put(SafetyState.CODEPHRASE_ENV, CODEPHRASE);
    pb.environment().put("MOLTR_DASHBOARD_USER", "ops");
    pb.environment().put("MOLTR_DASHBOARD_PASSWORD_HASH", io.moltr.server.auth.PasswordHashes.hash("ops-password-123".toCharArray()));
    Process p = pb.start();
    StringBuilder out = new StringBuilder();
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    Thread reader = new Thread(() -> {
      try {
        for (String line; (line = r.readLine()) != null; ) {
          synchronized (out) {
            out.append(line).append('\n');
          }
        }
      } catch (Exception e) {
        // child ended
      }
    });
    reader.setDaemon(true);
    reader.start();
    for (int i = 0; i < 300; i++) {
      synchronized (out) {
        if (out.indexOf("listening on") >= 0) {
          return new Child(p, out, port);
        }
      }
      if (!p.isAlive()) {
        break;
      }
      Thread.sleep(100);
    }
    p.destroyForcibly();
    throw new AssertionError("moltr serve did not start:\n" + out);
  }

  HttpResponse<String> post(Child c, String path, String body, String header, String value) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + c.port() + path))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (header != null) {
      b.header(header, value);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void emergencyExitsWithStatus3AndARestartIsStillInEmergency() throws Exception {
    Child first = serve();
    Matcher key = Pattern.compile("(moltr_[A-Za-z0-9]{40})").matcher(first.output());
    assertThat(key.find()).isTrue();
    String token = JSON.readTree(post(first, "/auth/login", "{\"username\":\"ops\",\"password\":\"ops-password-123\"}", null, null)
        .body()).get("access_token").asText();
    HttpResponse<String> t = post(first, "/killswitch/trigger",
        "{\"level\":\"EMERGENCY\",\"reason\":\"drill\",\"confirm\":\"CONFIRM:" + CODEPHRASE + "\"}", "Authorization", "Bearer " + token);
    assertThat(t.statusCode()).as(t.body()).isEqualTo(200);
    assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).as("process exits").isTrue();
    assertThat(first.process().exitValue()).isEqualTo(ShieldServer.EMERGENCY_EXIT);

    Child second = serve();
    try {
      assertThat(second.output().toString()).contains("kill switch is active at EMERGENCY");
      HttpResponse<String> check = post(second, "/check/command", "{\"command\":\"ls\"}", "X-API-Key", key.group(1));
      // EMERGENCY includes WIPE: the agent key was revoked before the exit.
      assertThat(check.statusCode()).isEqualTo(401);
    } finally {
      second.process().destroy();
      second.process().waitFor(20, TimeUnit.SECONDS);
    }
  }
}
