package io.moltr.core.command;

import io.moltr.core.config.ShieldConfig;
import io.moltr.core.fs.PathPolicy;
import io.moltr.core.network.HostResolver;
import io.moltr.core.network.UrlPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The command policy as an operator gets it: commands.yaml, the real path policy (paths.yaml and
 * validators.filesystem over a small project workspace in a temporary directory) and the real URL
 * policy (domains.yaml, with offline DNS that answers every name with a public address).
 */
final class ShippedCommandPolicy {
  private ShippedCommandPolicy() {}

  private static ShieldConfig config;
  private static PathPolicy paths;
  private static UrlPolicy urls;

  /** A fresh policy per command: the per-category rate limits must not decide a table. */
  static synchronized CommandPolicy fresh() {
    if (config == null) {
      build();
    }
    return CommandPolicy.fromConfig(config.commands(), config.section("validators.command"),
        paths::check, urls::check,
        Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
  }

  private static void build() {
    try {
      Path work = Files.createTempDirectory("moltr-workspace");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(work)));
      for (String dir : List.of("src/utils", "tests", "docs", "scripts", "cmd/server", ".git/hooks",
          "config/allowlists", "data/audit", "logs")) {
        Files.createDirectories(work.resolve(dir));
      }
      for (String file : List.of("README.md", "CHANGELOG.md", "Makefile", "package.json",
          "requirements.txt", "pyproject.toml", "setup.py", "script.py", "pom.xml", "go.mod",
          "Cargo.toml", "data.json", "data.csv", "notes.txt", "a.txt", "b.txt", ".gitignore",
          ".env", ".env.production", "release.tar", "payload.tar", "payload.gz", "mvnw", "gradlew",
          "src/app.py", "src/utils.py", "src/main.js", "src/cli.py", "src/Main.java",
          "tests/test_app.py", "docs/index.md", "scripts/env.sh", ".git/HEAD", ".git/config",
          "config/default.yaml", "config/allowlists/commands.yaml")) {
        Files.writeString(work.resolve(file), file.startsWith(".env") ? "API_KEY=x\n" : "x\n");
      }
      config = ShieldConfig.load(configDir());
      paths = PathPolicy.fromConfig(config.paths(), config.section("validators.filesystem"),
          config.section("honeypots"), work, Set.of(work.resolve("data"), work.resolve("logs")),
          Set.of(work.resolve("config")));
      HostResolver publicDns = host -> List.of(
          InetAddress.getByAddress(host, new byte[] {(byte) 140, 82, 112, 3}));
      urls = UrlPolicy.fromConfig(config.domains(), config.section("validators.network"), publicDns);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path configDir() {
    Path p = Path.of("").toAbsolutePath();
    for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("config/allowlists/commands.yaml"))) {
        return p.resolve("config");
      }
    }
    throw new IllegalStateException("config/ not found above " + Path.of("").toAbsolutePath());
  }

  private static void delete(Path root) {
    try (Stream<Path> all = Files.walk(root)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
