package io.moltr.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.moltr.core.config.ConfigException;
import io.moltr.core.config.ConfigNode;
import io.moltr.server.api.HoneypotEndpoints;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Honeypot endpoints through the real server: fake answer, critical incident, kill switch. */
class HoneypotEndpointsTest {
  static final String LONG_AGENT = "Mozilla/5.0 (X11; Linux x86_64) scanner-" + "x".repeat(120);

  @TempDir Path work;
  RunningShield shield;

  void start(UnaryOperator<String> edit) throws Exception {
    shield = RunningShield.start(work, edit);
  }

  @AfterEach
  void stop() {
    if (shield != null) {
      shield.close();
    }
  }

  List<JsonNode> incidents() throws Exception {
    List<JsonNode> out = new ArrayList<>();
    if (Files.exists(shield.forensicLog())) {
      for (String line : Files.readAllLines(shield.forensicLog())) {
        out.add(RunningShield.JSON.readTree(line));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0} {1} answers {2}")
  @CsvSource(delimiter = '|', textBlock = """
      GET  | /admin              | Password
      GET  | /.env               | DB_PASSWORD=
      POST | /.env               | DB_PASSWORD=
      GET  | /wp-login.php       | <form
      POST | /wp-login.php       | <form
      GET  | /api/v1/credentials | "credentials"
      GET  | /debug/vars         | "memstats"
      GET  | /.git/config        | [remote "origin"]
      GET  | /actuator/env       | "propertySources"
      """)
  void everyDefaultTrapAnswersAFakeAndRecordsACriticalIncident(String method, String path, String fake) throws Exception {
    start(UnaryOperator.identity());
    HttpResponse<String> r = shield.call(method, path, method.equals("POST") ? "log=admin&pwd=admin" : null,
        "User-Agent", LONG_AGENT);
    assertThat(r.statusCode()).as("no authentication needed, nothing looks unusual").isEqualTo(200);
    assertThat(r.body()).contains(fake);
    assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();

    assertThat(incidents()).singleElement().satisfies(i -> {
      assertThat(i.get("type").asText()).isEqualTo("honeypot");
      assertThat(i.get("rule").asText()).isEqualTo("api.honeypot");
      assertThat(i.get("severity").asText()).isEqualTo("critical");
      assertThat(i.get("incident_id").asText()).matches("[0-9a-f-]{36}");
      assertThat(i.get("source_ip").asText()).as("pseudonymised").isEqualTo("127.0.0.0");
      assertThat(i.get("user_agent").asText()).hasSize(80).isEqualTo(LONG_AGENT.substring(0, 80));
      assertThat(i.get("preview").asText()).isEqualTo(method + " " + path);
      assertThat(i.get("enforced").asBoolean()).isTrue();
    });
    // honeypot_access is "none" in the shipped configuration: recorded, not escalated
    assertThat(shield.server.safety().killSwitch().state().isActive()).isFalse();
  }

  @Test
  void exactPathsOnly() throws Exception {
    start(UnaryOperator.identity());
    assertThat(shield.call("GET", "/admin/whoami", null).statusCode()).as("a real admin route").isEqualTo(401);
    assertThat(shield.call("POST", "/admin", null).statusCode()).as("/admin traps GET only").isEqualTo(405);
    assertThat(shield.call("GET", "/.env.bak", null).statusCode()).isEqualTo(404);
    assertThat(shield.call("GET", "/health", null).statusCode()).isEqualTo(200);
    assertThat(incidents()).isEmpty();
  }

  @Test
  void aHoneypotHitRaisesTheConfiguredKillSwitchLevel() throws Exception {
    start(y -> y.replace("honeypot_access: none", "honeypot_access: LOCKDOWN"));
    assertThat(shield.call("GET", "/.git/config", null).statusCode()).isEqualTo(200);
    var state = shield.server.safety().killSwitch().state();
    assertThat(state.level()).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("LOCKDOWN"));
    assertThat(state.effective().orElseThrow().reason()).contains(incidents().get(0).get("incident_id").asText());
    HttpResponse<String> check = shield.call("POST", "/check/command", "{\"command\":\"ls\"}", "X-API-Key", shield.agentKey);
    assertThat(RunningShield.JSON.readTree(check.body()).get("allowed").asBoolean()).isFalse();
  }

  @Test
  void monitorModeRecordsButDoesNotEscalate() throws Exception {
    start(y -> y.replace("honeypot_access: none", "honeypot_access: LOCKDOWN").replace("mode: enforce", "mode: monitor"));
    assertThat(shield.call("GET", "/.env", null).statusCode()).isEqualTo(200);
    assertThat(incidents()).singleElement().satisfies(i -> assertThat(i.get("enforced").asBoolean()).isFalse());
    assertThat(shield.server.safety().killSwitch().state().isActive()).isFalse();
  }

  @Test
  void theListIsConfigurable() throws Exception {
    start(y -> y.replaceAll("(?s)  honeypot_endpoints:\\n(    - [^\\n]+\\n)+", "  honeypot_endpoints: [\"PUT /backup.sql\"]\n"));
    assertThat(shield.call("GET", "/.env", null).statusCode()).isEqualTo(404);
    assertThat(shield.call("PUT", "/backup.sql", "x").statusCode()).isEqualTo(200);
    assertThat(incidents()).singleElement().satisfies(i -> assertThat(i.get("preview").asText()).isEqualTo("PUT /backup.sql"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      '/check/command'   | is a real endpoint
      '/'                | is a real endpoint
      'FETCH /x'         | method must be one of
      '/a/*'             | write an exact path
      'no-slash'         | write an exact path
      """)
  void badEntriesNameTheKey(String entry, String message) {
    ConfigNode api = ConfigNode.parse("default.yaml", "api:\n  honeypot_endpoints: ['" + entry + "']\n").get("api");
    assertThatThrownBy(() -> HoneypotEndpoints.fromConfig(api)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("honeypot_endpoints").hasMessageContaining(message);
  }
}
