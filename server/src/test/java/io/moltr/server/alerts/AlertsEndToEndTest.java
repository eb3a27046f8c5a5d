package io.moltr.server.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moltr.core.network.HostResolver;
import io.moltr.server.ServerOptions;
import io.moltr.server.ShieldServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The running server: a honeypot touch reaches a (fake) Telegram chat, with the kill switch it raised. */
class AlertsEndToEndTest {
  @TempDir Path work;
  private ShieldServer server;
  private final FakeHttpServer telegram = new FakeHttpServer();

  AlertsEndToEndTest() throws Exception {}

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
    telegram.close();
  }

  @Test
  void honeypotAndKillSwitchAlertsAreSentAndCountedInStatus() throws Exception {
    Path conf = work.resolve("conf");
    Path shipped = Path.of("..", "config").toAbsolutePath().normalize();
    try (Stream<Path> files = Files.walk(shipped)) {
      for (Path p : files.toList()) {
        Path target = conf.resolve(shipped.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    Path defaults = conf.resolve("default.yaml");
    Files.writeString(defaults, Files.readString(defaults)
        .replace("honeypot_access: none", "honeypot_access: LOCKDOWN")
        .replace("""
              telegram:
                enabled: false""".stripIndent().indent(2).stripTrailing(), """
              telegram:
                enabled: true""".stripIndent().indent(2).stripTrailing())
        .replace("api_base_url: https://api.telegram.org", "api_base_url: " + telegram.base()));
    assertThat(Files.readString(defaults)).contains("enabled: true            # token and chat id");

    ByteArrayOutputStream console = new ByteArrayOutputStream();
    HostResolver dns = host -> List.of(InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 215, 14}));
    server = ShieldServer.start(
        new ServerOptions(conf, work.resolve("data"), work.resolve("logs"), work, "127.0.0.1", 0, 0, null),
        Map.of("MOLTR_TELEGRAM_BOT_TOKEN", TelegramAlertTest.TOKEN, "MOLTR_TELEGRAM_CHAT_ID", "77"),
        new PrintStream(console, true, StandardCharsets.UTF_8), dns);
    Matcher key = Pattern.compile("(moltr_[A-Za-z0-9]{40})").matcher(console.toString(StandardCharsets.UTF_8));
    assertThat(key.find()).isTrue();

    HttpClient http = HttpClient.newHttpClient();
    String ua = "agent-under-test/1.0 " + "z".repeat(100);
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
            + "/check/path")).header("X-API-Key", key.group(1)).header("User-Agent", ua)
        .POST(HttpRequest.BodyPublishers.ofString("{\"path\":\"honeypots/wallet_seed.txt\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.body()).contains("\"allowed\":false");

    // Delivery is asynchronous by design; wait for it (a deadline, not a timing assertion).
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (telegram.received.size() < 2 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    String all = telegram.received.stream().map(FakeHttpServer.Received::text).reduce("", String::concat);
    assertThat(all).contains("honeypot accessed").contains("ip: 127.0.0.0").contains(ua.substring(0, 80))
        .doesNotContain(ua.substring(0, 81)).doesNotContain("127.0.0.1").doesNotContain("wallet_seed")
        .contains("kill switch triggered").contains("level: LOCKDOWN");

    // The fake server has the bytes before the sender has its answer: wait for the counter too.
    HttpResponse<String> status;
    JsonNode alerts;
    do {
      status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/status"))
          .header("X-API-Key", key.group(1)).GET().build(), HttpResponse.BodyHandlers.ofString());
      alerts = new ObjectMapper().readTree(status.body()).get("alerts");
    } while (alerts.get("channels").get("telegram").get("delivered").asLong() < 2 && System.nanoTime() < deadline
        && sleep());
    assertThat(alerts.get("enabled").asBoolean()).isTrue();
    assertThat(alerts.get("channels").get("telegram").get("delivered").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(status.body()).doesNotContain(TelegramAlertTest.TOKEN);
  }

  private static boolean sleep() throws InterruptedException {
    Thread.sleep(50);
    return true;
  }
}
