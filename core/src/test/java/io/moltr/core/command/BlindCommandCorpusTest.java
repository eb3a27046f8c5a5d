package io.moltr.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moltr.core.Decision;
import io.moltr.core.config.ShieldConfig;
import io.moltr.core.fs.PathPolicy;
import io.moltr.core.network.HostResolver;
import io.moltr.core.network.UrlPolicy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus written without looking at the command policy (blind2.jsonl: command, expect, why,
 * category), decided by the shipped commands.yaml with the real path policy (paths.yaml, over a
 * small project workspace) and the real URL policy (domains.yaml, offline DNS that answers every
 * name with a public address). Prints the attack-deny and benign-allow rates, the counts by
 * category and every miss.
 */
class BlindCommandCorpusTest {
  record Row(String command, boolean expectAllow, String why, String category) {}

  @TempDir static Path work;
  static ShieldConfig config;
  static PathPolicy paths;
  static UrlPolicy urls;

  @BeforeAll
  static void workspace() throws IOException {
    for (String dir : List.of("src/utils", "tests", "docs", "scripts", "cmd/server", ".git/hooks",
        "config/allowlists", "data/audit", "logs")) {
      Files.createDirectories(work.resolve(dir));
    }
    for (String file : List.of("README.md", "CHANGELOG.md", "Makefile", "package.json",
        "requirements.txt", "pyproject.toml", "setup.py", "script.py", "pom.xml", "go.mod",
        "Cargo.toml", "data.json", "data.csv", "notes.txt", "a.txt", "b.txt", ".gitignore", ".env",
        ".env.production", "release.tar", "payload.tar", "payload.gz", "src/app.py", "src/utils.py",
        "src/main.js", "src/cli.py", "src/Main.java", "tests/test_app.py", "docs/index.md",
        "scripts/env.sh", ".git/HEAD", ".git/config", "config/default.yaml",
        "config/allowlists/commands.yaml")) {
      Files.writeString(work.resolve(file), file.startsWith(".env") ? "API_KEY=x\n" : "x\n");
    }
    config = ShieldConfig.load(shippedConfigDir());
    paths = PathPolicy.fromConfig(config.paths(), config.section("validators.filesystem"),
        config.section("honeypots"), work, Set.of(work.resolve("data"), work.resolve("logs")),
        Set.of(work.resolve("config")));
    HostResolver publicDns = host -> List.of(
        InetAddress.getByAddress(host, new byte[] {(byte) 140, 82, 112, 3}));
    urls = UrlPolicy.fromConfig(config.domains(), config.section("validators.network"), publicDns);
  }

  static Path shippedConfigDir() {
    Path p = Path.of("").toAbsolutePath();
    for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("config/allowlists/commands.yaml"))) {
        return p.resolve("config");
      }
    }
    throw new IllegalStateException("config/ not found above " + Path.of("").toAbsolutePath());
  }

  /** A fresh policy per command: the per-category rate limits must not decide this table. */
  static CommandPolicy shipped() {
    return CommandPolicy.fromConfig(config.commands(), config.section("validators.command"),
        paths::check, urls::check,
        Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
  }

  static Decision decide(String command) {
    return shipped().check(command);
  }

  static List<Row> rows() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        BlindCommandCorpusTest.class.getResourceAsStream("/command/blind2.jsonl"),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          JsonNode n = json.readTree(line);
          rows.add(new Row(n.get("command").asText(), n.get("expect").asText().equals("allow"),
              n.get("why").asText(), n.get("category").asText()));
        }
      }
    }
    return rows;
  }

  @Test
  void attacksAreDeniedAndEverydayCommandsAllowed() throws IOException {
    int attacks = 0;
    int denied = 0;
    int benign = 0;
    int allowed = 0;
    Map<String, int[]> byCategory = new TreeMap<>(); // {right, total}
    Map<String, List<String>> misses = new TreeMap<>();
    for (Row row : rows()) {
      Decision d = decide(row.command());
      boolean right = d.allowed() == row.expectAllow();
      String key = (row.expectAllow() ? "benign/" : "attack/") + row.category();
      int[] c = byCategory.computeIfAbsent(key, k -> new int[2]);
      c[1]++;
      if (right) {
        c[0]++;
      } else {
        misses.computeIfAbsent(key, k -> new ArrayList<>()).add(show(row, d));
      }
      if (row.expectAllow()) {
        benign++;
        allowed += d.allowed() ? 1 : 0;
      } else {
        attacks++;
        denied += d.allowed() ? 0 : 1;
      }
    }
    double denyRate = 100.0 * denied / attacks;
    double allowRate = 100.0 * allowed / benign;
    System.out.printf("blind2 corpus: attacks denied %d/%d (%.1f%%), benign allowed %d/%d (%.1f%%)%n",
        denied, attacks, denyRate, allowed, benign, allowRate);
    byCategory.forEach((k, c) -> System.out.printf("  %-28s %3d/%3d%n", k, c[0], c[1]));
    misses.forEach((k, list) -> {
      System.out.println("misses in " + k + ":");
      list.forEach(m -> System.out.println("    " + m));
    });
    assertThat(attacks).isGreaterThanOrEqualTo(220);
    assertThat(benign).isGreaterThanOrEqualTo(220);
    assertThat(denyRate).as("attack-deny rate").isGreaterThanOrEqualTo(98.0);
    assertThat(allowRate).as("benign-allow rate").isGreaterThanOrEqualTo(97.0);
  }

  private static String show(Row row, Decision d) {
    String rule = d instanceof Decision.Deny deny ? deny.ruleId() : "allow";
    String cmd = row.command().replace("\n", "\\n");
    if (cmd.length() > 160) {
      cmd = cmd.substring(0, 80) + "...(" + cmd.length() + " chars)..." + cmd.substring(cmd.length() - 40);
    }
    String reason = d.reason().length() > 200 ? d.reason().substring(0, 200) + "..." : d.reason();
    return cmd + "  -> " + rule + ": " + reason;
  }
}
