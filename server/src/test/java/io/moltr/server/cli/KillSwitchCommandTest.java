package io.moltr.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.network.HostResolver;
import io.moltr.server.SafetyState;
import io.moltr.server.ServerOptions;
import io.moltr.server.ShieldServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill-switch commands against a real server. The login allows 5 attempts a minute per
 * client, so each test stays within 5 logins per server start.
 */
class KillSwitchCommandTest {
  static final String CODEPHRASE = "correct horse battery staple";
  static final HostResolver NO_DNS = host -> {
    throw new UnknownHostException(host);
  };

  @TempDir Path work;
  ShieldServer server;
  String adminPassword;

  void start() {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    server = ShieldServer.start(new ServerOptions(Cli.SHIPPED_CONFIG, work.resolve("data"), work.resolve("logs"), work,
            "127.0.0.1", 0, 0, null),
        Map.of(SafetyState.CODEPHRASE_ENV, CODEPHRASE), new PrintStream(console, true, StandardCharsets.UTF_8), NO_DNS);
    Matcher pw = Pattern.compile("password is shown only this once[^\\n]*\\n\\s*\\n\\s+(\\S+)")
        .matcher(console.toString(StandardCharsets.UTF_8));
    if (pw.find()) {
      adminPassword = pw.group(1);
    }
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  String url() {
    return "http://127.0.0.1:" + server.port();
  }

  Cli.Result ks(Map<String, String> env, String stdin, String... args) {
    String[] all = new String[args.length + 5];
    all[0] = "killswitch";
    System.arraycopy(args, 0, all, 1, args.length);
    all[all.length - 4] = "--url";
    all[all.length - 3] = server == null ? "http://127.0.0.1:9" : url();
    all[all.length - 2] = "--data-dir";
    all[all.length - 1] = work.resolve("data").toString();
    return Cli.run(env, stdin, all);
  }

  Map<String, String> password() {
    return Map.of("MOLTR_DASHBOARD_PASSWORD", adminPassword);
  }

  @Test
  void triggerStatusAndResetThroughTheRunningServer() {
    start();
    assertThat(adminPassword).isNotNull();
    Cli.Result s = ks(password(), "", "status");
    assertThat(s.exit()).as(s.err()).isEqualTo(MoltrCli.OK);
    assertThat(s.out()).contains("kill switch: inactive");

    Cli.Result t = ks(password(), "", "trigger", "pause", "--reason", "maintenance window");
    assertThat(t.exit()).as(t.err()).isEqualTo(MoltrCli.OK);
    assertThat(t.out()).contains("TRIGGERED; effective level now PAUSE");
    assertThat(server.safety().killSwitch().state().level()).hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("PAUSE"));

    Cli.Result active = ks(password(), "", "status");
    assertThat(active.exit()).isEqualTo(MoltrCli.FOUND);
    assertThat(active.out()).contains("PAUSE is in effect").contains("maintenance window").contains("admin:admin@");

    // Destructive levels and resets need the codephrase; without one nothing is sent.
    ks(password(), "", "trigger", "WIPE", "--reason", "x").isOneLineError("needs the kill-switch codephrase");
    ks(password(), "", "reset").isOneLineError("needs the kill-switch codephrase");
    ks(password(), "", "trigger", "SOMETIMES", "--reason", "x").isOneLineError("unknown level 'SOMETIMES'");

    ks(password(), "", "reset", "--confirm", "not the phrase").isOneLineError("refused: wrong codephrase");

    Map<String, String> env = new HashMap<>(password());
    env.put(SafetyState.CODEPHRASE_ENV, CODEPHRASE);
    Cli.Result reset = ks(env, "", "reset", "PAUSE");
    assertThat(reset.exit()).as(reset.err()).isEqualTo(MoltrCli.OK);
    assertThat(reset.out()).contains("RESET; effective level now none");
    assertThat(reset.out() + reset.err()).doesNotContain(CODEPHRASE).doesNotContain(adminPassword);
    assertThat(server.safety().killSwitch().state().isActive()).isFalse();
  }

  @Test
  void loginFailuresPasswordOnStandardInputAndTheOfflineReset() throws Exception {
    start();
    Cli.Result wrong = ks(Map.of("MOLTR_DASHBOARD_PASSWORD", "not-it"), "", "status");
    wrong.isOneLineError("login to " + url() + " failed: invalid username or password");
    assertThat(wrong.err()).doesNotContain("not-it");

    assertThat(ks(Map.of(), adminPassword + "\n", "status").exit()).isEqualTo(MoltrCli.OK);
    assertThat(ks(Map.of(), adminPassword + "\n", "trigger", "LOCKDOWN", "--reason", "drill").exit()).isEqualTo(MoltrCli.OK);

    ks(Map.of(), "", "reset", "--offline").isOneLineError("the server is running: use 'moltr killswitch reset' without --offline");
    assertThat(server.safety().killSwitch().state().isActive()).isTrue();

    server.close();
    server = null;
    ks(password(), "", "status").isOneLineError("cannot reach the shield at http://127.0.0.1:9");
    Cli.Result offline = ks(Map.of(), "", "reset", "--offline");
    assertThat(offline.exit()).as(offline.err()).isEqualTo(MoltrCli.OK);
    assertThat(offline.out()).contains("every level cleared");
    assertThat(Cli.auditText(work.resolve("data"))).contains("killswitch.reset_offline").contains("LOCKDOWN");

    start();
    assertThat(server.safety().killSwitch().state().isActive()).as("a restart after the offline reset is open").isFalse();
    assertThat(ks(password(), "", "status").out()).contains("inactive");
  }

  @Test
  void everySubcommandHasHelpWithTheCommonFlags() {
    for (String sub : new String[] {"status", "trigger", "reset"}) {
      Cli.Result r = Cli.run(Map.of(), "", "killswitch", sub, "--help");
      assertThat(r.exit()).isEqualTo(MoltrCli.OK);
      assertThat(r.out()).contains("--url").contains("--user").contains("--data-dir");
    }
    assertThat(Files.exists(work.resolve("data"))).isFalse();
  }
}
