package io.moltr.core.fs;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.Decision;
import io.moltr.core.Operation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A hard link is the same file under a second name, with no target to resolve: a link in an
 * allowed directory to a blocked or protected file is denied as that file, and a link between
 * two ordinary files is not. Each test gets its own fixture, since the index is built lazily.
 */
class PathHardLinkTest {
  private Path tmp;
  private PathFixture fx;

  @BeforeEach
  void setUp() throws IOException {
    tmp = Files.createTempDirectory("moltr-hardlink");
    fx = new PathFixture(tmp);
  }

  @AfterEach
  void tearDown() throws IOException {
    try (Stream<Path> s = Files.walk(tmp)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private String check(String path, Operation op) {
    Decision d = fx.policy.check(path, op);
    return d instanceof Decision.Deny deny ? deny.ruleId() + " " + d.details().get("matched_rule")
        : "allow";
  }

  private void link(String name, String existing) throws IOException {
    Files.createLink(fx.workDir.resolve(name), fx.workDir.resolve(existing));
  }

  @Test
  void aLinkToADotEnvIsBlockedAsTheDotEnv() throws IOException {
    Files.writeString(fx.workDir.resolve(".env"), "DB_PASSWORD=hunter2-but-longer\n");
    Files.createDirectories(fx.workDir.resolve("src/deep/er"));
    Files.writeString(fx.workDir.resolve("src/deep/er/credentials.json"), "{}\n");
    link("src/notes.txt", ".env");
    link("src/config.txt", "src/deep/er/credentials.json");
    assertThat(check("src/notes.txt", Operation.READ)).isEqualTo("path.blocked .env");
    assertThat(check("src/config.txt", Operation.WRITE)).isEqualTo("path.blocked credentials.json");
    // near: the same layout, a link between two ordinary files
    Files.writeString(fx.workDir.resolve("src/a.txt"), "a\n");
    link("src/b.txt", "src/a.txt");
    assertThat(check("src/b.txt", Operation.READ)).isEqualTo("allow");
    assertThat(check("src/a.txt", Operation.WRITE)).isEqualTo("allow");
  }

  @Test
  void aLinkMadeAfterTheIndexIsFound() throws IOException {
    Files.writeString(fx.workDir.resolve("src/a.txt"), "a\n");
    link("src/b.txt", "src/a.txt");
    assertThat(check("src/b.txt", Operation.READ)).isEqualTo("allow"); // builds the index
    Files.writeString(fx.workDir.resolve("service.key"), "not yet\n");
    link("src/later.txt", "service.key");
    assertThat(check("src/later.txt", Operation.READ)).isEqualTo("path.blocked *.key");
  }

  @Test
  void aLinkToTheShieldsOwnFilesIsProtected() throws IOException {
    link("src/state-copy.json", "data/state.json");
    link("src/defaults.yaml", "config/default.yaml");
    assertThat(check("src/state-copy.json", Operation.READ)).startsWith("path.protected ")
        .endsWith("/project/data/");
    // configuration is write-protected only: reading it under another name is what reading
    // config/default.yaml itself is
    assertThat(check("src/defaults.yaml", Operation.READ)).isEqualTo("allow");
    assertThat(check("src/defaults.yaml", Operation.WRITE)).startsWith("path.protected");
  }

  @Test
  void aBlockedFileBelowALargeTreeIsStillFound() throws IOException {
    // breadth first: the bound is not spent in node_modules before the top-level .env is read
    for (int i = 0; i < 30; i++) {
      Path d = Files.createDirectories(fx.workDir.resolve("node_modules/p" + i + "/lib"));
      Files.writeString(d.resolve("index.js"), "module.exports = 1;\n");
    }
    Files.writeString(fx.workDir.resolve(".env.production"), "API_KEY=x\n");
    link("src/env.txt", ".env.production");
    assertThat(check("src/env.txt", Operation.READ)).isEqualTo("path.blocked .env.production");
  }

  @Test
  void aPipeUnderDevIsASystemPath() {
    assertThat(check("/dev/fd/0", Operation.READ)).startsWith("path.system");
    assertThat(check("/dev/stdin", Operation.READ)).startsWith("path.system");
  }
}
