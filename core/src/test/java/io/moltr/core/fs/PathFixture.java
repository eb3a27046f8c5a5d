package io.moltr.core.fs;

import io.moltr.core.config.ConfigNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * A working directory laid out like an agent's project, with the shield's own directories,
 * shipped policy files, bait files and a set of symbolic and hard links.
 */
final class PathFixture {
  final Path root;
  final Path workDir;
  final Path home;
  final PathPolicy policy;

  PathFixture(Path tmp) throws IOException {
    root = tmp.toRealPath();
    workDir = Files.createDirectories(root.resolve("project"));
    home = Files.createDirectories(root.resolve("home"));
    for (String d : new String[] {"src", "tests", "docs", "data", "logs", "config/allowlists"}) {
      Files.createDirectories(workDir.resolve(d));
    }
    Path shipped = io.moltr.core.network.ShippedConfig.dir();
    Files.copy(shipped.resolve("allowlists/paths.yaml"), workDir.resolve("config/allowlists/paths.yaml"));
    Files.copy(shipped.resolve("default.yaml"), workDir.resolve("config/default.yaml"));
    Files.writeString(workDir.resolve("src/main.py"), "print('hi')\n");
    Files.writeString(workDir.resolve("docs/guide.md"), "# guide\n");
    Files.writeString(workDir.resolve("data/state.json"), "{}\n");

    ConfigNode defaults = ConfigNode.load(workDir.resolve("config/default.yaml"));
    policy = PathPolicy.fromConfig(
        ConfigNode.load(workDir.resolve("config/allowlists/paths.yaml")),
        defaults.get("validators").get("filesystem"), defaults.get("honeypots"), workDir,
        Set.of(workDir.resolve("data"), workDir.resolve("logs")),
        Set.of(workDir.resolve("config")), home);
    policy.ensureHoneypots();

    Path src = workDir.resolve("src");
    Files.createSymbolicLink(src.resolve("ok_link.md"), Path.of("../docs/guide.md"));
    Files.createSymbolicLink(src.resolve("link_honey"), Path.of("../honeypots/passwords.txt"));
    Files.createSymbolicLink(src.resolve("linkdir_honey"), Path.of("../honeypots"));
    Files.createSymbolicLink(src.resolve("link_config"), Path.of("../config/default.yaml"));
    Files.createSymbolicLink(src.resolve("link_shadow"), Path.of("/etc/shadow"));
    Files.createSymbolicLink(src.resolve("linkdir"), Path.of("/etc"));
    Files.createSymbolicLink(src.resolve("dangling_root"), Path.of("/root/moltr-test-no-such-file"));
    Files.createSymbolicLink(src.resolve("link_outside"), Path.of("/opt/moltr-no-such/outside.txt"));
    Files.copy(workDir.resolve("honeypots/passwords.txt"), src.resolve("copy.txt"));
    Files.createLink(src.resolve("hard.txt"), workDir.resolve("honeypots/backup_keys.txt"));
  }
}
