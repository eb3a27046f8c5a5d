package io.moltr.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moltr.core.config.ConfigException;
import io.moltr.core.network.HostResolver;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shield as a new user runs it: shipped configuration, empty data directory, real HTTP.
 * Names resolve through a fake resolver (the test machine is offline): the shipped allowlist's
 * names get public addresses, everything else does not resolve.
 */
class ServerEndToEndTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path SHIPPED_CONFIG = Path.of("..", "config").toAbsolutePath().normalize();
  static final HostResolver FAKE_DNS = host -> {
    if (host.equals("github.com") || host.endsWith(".github.com") || host.endsWith("githubusercontent.com")
        || host.startsWith("api.") || host.endsWith("openrouter.ai") || host.endsWith("supabase.co")) {
      return List.of(InetAddress.getByAddress(host, new byte[] {(byte) 140, 82, 112, 3}));
    }
    throw new UnknownHostException(host);
  };

  @TempDir Path work;
  ShieldServer server;
  final HttpClient http = HttpClient.newHttpClient();
  final ByteArrayOutputStream console = new ByteArrayOutputStream();

  ServerOptions options(Path configDir) {
    return new ServerOptions(configDir, work.resolve("data"), work.resolve("logs"), work, "127.0.0.1", 0,
        ShieldServer.EPHEMERAL, null);
  }

  String startFresh() {
    server = ShieldServer.start(options(SHIPPED_CONFIG), Map.of(), new PrintStream(console, true, StandardCharsets.UTF_8), FAKE_DNS);
    Matcher m = Pattern.compile("(moltr_[A-Za-z0-9]{40})").matcher(console.toString(StandardCharsets.UTF_8));
    assertThat(m.find()).as("first start prints a key").isTrue();
    return m.group(1);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  HttpResponse<String> post(String key, String path, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .header("X-API-Key", key).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void firstStartCreatesTheDataDirectoryAKeyAndOwnerOnlySecrets() throws Exception {
    String key = startFresh();
    String out = console.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("created data directory").contains("MOLTR_JWT_SECRET is not set");
    Path data = work.resolve("data");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("local-secrets.json")))).isEqualTo("rw-------");
    assertThat(Files.readString(data.resolve("api_keys.json"))).doesNotContain(key);
    HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(JSON.readTree(health.body()).get("status").asText()).isEqualTo("ok");
    HttpResponse<String> status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/status"))
        .header("X-API-Key", key).build(), HttpResponse.BodyHandlers.ofString());
    JsonNode s = JSON.readTree(status.body());
    assertThat(s.get("mode").asText()).isEqualTo("enforce");
    assertThat(s.get("modules").get("output_scanner").get("enabled").asBoolean()).isTrue();

    // A second start reuses everything and prints no new key.
    server.close();
    console.reset();
    server = ShieldServer.start(options(SHIPPED_CONFIG), Map.of(), new PrintStream(console, true, StandardCharsets.UTF_8), FAKE_DNS);
    assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain("moltr_").doesNotContain("generated");
    assertThat(post(key, "/check/command", "{\"command\":\"ls\"}").statusCode()).isEqualTo(200);
  }

  @Test
  void realisticAgentActionsGetTheExpectedDecisions() throws Exception {
    String key = startFresh();
    List<String> wrong = new ArrayList<>();
    int total = 0;
    try (Stream<String> lines = Files.lines(Path.of(getClass().getResource("/agent-actions.jsonl").toURI()))) {
      for (String line : (Iterable<String>) lines::iterator) {
        JsonNode c = JSON.readTree(line);
        HttpResponse<String> r = post(key, c.get("endpoint").asText(), JSON.writeValueAsString(c.get("body")));
        total++;
        JsonNode answer = JSON.readTree(r.body());
        boolean expected = c.get("allowed").asBoolean();
        if (r.statusCode() != 200 || answer.get("allowed").asBoolean() != expected) {
          wrong.add(c.get("endpoint").asText() + " " + c.get("body") + " expected " + expected + " (" + c.get("why").asText()
              + ") got " + r.statusCode() + " " + r.body());
        } else if (!expected) {
          assertThat(answer.get("incident_id").asText()).matches("[0-9a-f-]{36}");
        }
      }
    }
    System.out.printf("agent-actions: %d/%d as expected%n", total - wrong.size(), total);
    assertThat(wrong).as("decisions that differ from the expected ones").isEmpty();
  }

  @Test
  void theForensicLogNamesIncidentsButNeverHoldsTheSecret() throws Exception {
    String key = startFresh();
    String secret = "sk-proj-Xq3vT9bKp2LmN8rS4wY6zA1cD5fG7hJ0kQ2eR4tU6iO8pA3sD5fG7hJ9kL1zX3cV";
    JsonNode r = JSON.readTree(post(key, "/scan/output", "{\"text\":\"key=" + secret + "\"}").body());
    assertThat(r.get("allowed").asBoolean()).isFalse();
    assertThat(r.get("redacted").asText()).doesNotContain(secret).contains("[REDACTED:");
    String log = Files.readString(work.resolve("logs/moltr-forensic.jsonl"));
    assertThat(log).contains(r.get("incident_id").asText()).doesNotContain(secret).doesNotContain("Xq3vT9bKp2");
    JsonNode entry = JSON.readTree(log.lines().reduce((a, b) -> b).orElseThrow());
    assertThat(entry.get("source_ip").asText()).isEqualTo("127.0.0.0");
    assertThat(entry.get("input_sha256").asText()).hasSize(64);
  }

  @Test
  void invalidConfigRefusesToStartNamingFileKeyAndValue() throws Exception {
    Path conf = work.resolve("conf");
    copyTree(SHIPPED_CONFIG, conf);
    Path commands = conf.resolve("allowlists/commands.yaml");
    Files.writeString(commands, Files.readString(commands).replace("max_commands_per_minute: 300", "max_commands_per_minute: lots"));
    assertThatThrownBy(() -> ShieldServer.start(options(conf), Map.of(), new PrintStream(console, true, StandardCharsets.UTF_8), FAKE_DNS))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("commands.yaml")
        .hasMessageContaining("rate_limits.max_commands_per_minute")
        .hasMessageContaining("lots");
  }

  static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
