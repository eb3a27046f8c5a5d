package io.moltr.core.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moltr.core.Decision;
import io.moltr.core.Operation;
import io.moltr.core.Severity;
import io.moltr.core.config.ConfigException;
import io.moltr.core.config.ConfigNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathPolicyTest {
  @TempDir Path tmp;

  private PathPolicy policy(String pathsYaml, String fs) {
    return PathPolicy.fromConfig(ConfigNode.parse("paths.yaml", pathsYaml),
        ConfigNode.parse("default.yaml", fs),
        ConfigNode.parse("default.yaml", "directory: bait/\nfiles: [passwords.txt]"),
        tmp, Set.of(), Set.of(), tmp.resolve("home"));
  }

  private static String rule(Decision d) {
    return d instanceof Decision.Deny deny ? deny.ruleId() : "allow";
  }

  /**
   * An allowed entry that is a link planted in a directory anyone may write (another local user's
   * "/tmp/moltr" pointing into someone's home) covers its own path, not the target; the same link
   * in a private directory still extends the entry to its target.
   */
  @Test
  void anAllowedEntryLinkedFromASharedDirectoryDoesNotAllowItsTarget() throws IOException {
    Path shared = Files.createDirectories(tmp.resolve("shared"));
    Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
    Path privateDir = Files.createDirectories(tmp.resolve("private"));
    Files.setPosixFilePermissions(privateDir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    Path victim = Files.createDirectories(tmp.resolve("home/victim"));
    Files.writeString(victim.resolve("notes.txt"), "x");
    Files.createSymbolicLink(shared.resolve("moltr"), victim);
    Files.createSymbolicLink(privateDir.resolve("moltr"), victim);

    PathPolicy planted = policy("allowed_paths: [" + shared.resolve("moltr") + "/]", "");
    assertThat(rule(planted.check(shared.resolve("moltr/notes.txt").toString(), Operation.READ)))
        .isEqualTo("path.not_allowlisted");
    assertThat(rule(planted.check(victim.resolve("notes.txt").toString(), Operation.READ)))
        .isEqualTo("path.not_allowlisted");

    PathPolicy own = policy("allowed_paths: [" + privateDir.resolve("moltr") + "/]", "");
    assertThat(own.check(privateDir.resolve("moltr/notes.txt").toString(), Operation.READ).allowed()).isTrue();

    assertThat(PathPolicy.linkInSharedDirectory(shared.resolve("moltr/notes.txt"))).isTrue();
    assertThat(PathPolicy.linkInSharedDirectory(privateDir.resolve("moltr/notes.txt"))).isFalse();
    assertThat(PathPolicy.linkInSharedDirectory(victim.resolve("notes.txt"))).isFalse();
  }

  @Test
  void perPathOperations() {
    PathPolicy p = policy("allowed_paths: [{path: ./ro/, operations: [read]}, ./rw/]", "");
    assertThat(p.check("ro/a.txt", Operation.READ).allowed()).isTrue();
    assertThat(rule(p.check("ro/a.txt", Operation.WRITE))).isEqualTo("path.operation");
    assertThat(rule(p.check("ro/a.txt", Operation.EXECUTE))).isEqualTo("path.operation");
    assertThat(p.check("rw/a.txt", Operation.DELETE).allowed()).isTrue();
    assertThat(p.check("rw/a.txt", null).details()).containsEntry("operation", "read");
  }

  @Test
  void honeypotIsCriticalWithDetails() throws IOException {
    PathPolicy p = policy("allowed_paths: [./]", "block_dotfiles: false");
    p.ensureHoneypots();
    Decision d = p.check("bait/passwords.txt", Operation.READ);
    assertThat(d).isInstanceOf(Decision.Deny.class);
    Decision.Deny deny = (Decision.Deny) d;
    assertThat(deny.ruleId()).isEqualTo("path.honeypot");
    assertThat(deny.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(d.details()).containsEntry("is_honeypot", true)
        .containsEntry("normalized_path", tmp.toRealPath().resolve("bait/passwords.txt").toString())
        .containsEntry("operation", "read");
  }

  @Test
  void copyOfBaitIsRecognisedButAnEditedCopyIsNot() throws IOException {
    PathPolicy p = policy("allowed_paths: [./]", "");
    p.ensureHoneypots();
    Path copy = tmp.resolve("notes.txt");
    Files.copy(tmp.resolve("bait/passwords.txt"), copy);
    assertThat(rule(p.check("notes.txt", Operation.READ))).isEqualTo("path.honeypot");
    Files.writeString(copy, Files.readString(copy).replace('a', 'b') + "x");
    assertThat(p.check("notes.txt", Operation.READ).allowed()).isTrue();
  }

  @Test
  void ensureHoneypotsKeepsExistingFilesAndCreatesMissingOnes() throws IOException {
    Files.createDirectories(tmp.resolve("bait"));
    Files.writeString(tmp.resolve("bait/passwords.txt"), "operator's own bait\n");
    PathPolicy p = policy("allowed_paths: [./]", "");
    assertThat(p.ensureHoneypots()).isEmpty();
    assertThat(Files.readString(tmp.resolve("bait/passwords.txt"))).isEqualTo("operator's own bait\n");
  }

  @Test
  void baitContentLooksLikeSecretsAndDiffersPerInstallation() {
    HoneypotFiles h = new HoneypotFiles();
    assertThat(h.content("backup_keys.txt")).contains("AKIA", "sk-proj-", "ghp_");
    assertThat(h.content(".env.backup")).contains("DATABASE_URL=postgres://", "sk-ant-");
    assertThat(h.content("wallet_seed.txt").lines().skip(1).findFirst().orElseThrow().split(" "))
        .hasSize(24);
    assertThat(h.content("passwords.txt")).isNotEqualTo(h.content("passwords.txt"));
  }

  @Test
  void protectedDirectoriesWinOverTheAllowList() throws IOException {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Path conf = Files.createDirectories(tmp.resolve("conf"));
    PathPolicy p = PathPolicy.fromConfig(ConfigNode.parse("paths.yaml", "allowed_paths: [./]"),
        ConfigNode.parse("d.yaml", "block_dotfiles: false"), ConfigNode.parse("d.yaml", ""),
        tmp, Set.of(data), Set.of(conf), tmp);
    assertThat(rule(p.check("data/x", Operation.READ))).isEqualTo("path.protected");
    assertThat(p.check("conf/x", Operation.READ).allowed()).isTrue();
    assertThat(rule(p.check("conf/x", Operation.WRITE))).isEqualTo("path.protected");
  }

  @Test
  void relativeNamesNeedAnAllowedEntry() {
    PathPolicy strict = policy("allowed_paths: [./src/]", "workdir_read: false");
    assertThat(rule(strict.check("README.md", Operation.READ))).isEqualTo("path.not_allowlisted");
    PathPolicy readable = policy("allowed_paths: [./src/]", "");
    assertThat(readable.check("README.md", Operation.READ).allowed()).isTrue();
    assertThat(readable.check(".", Operation.READ).allowed()).isTrue();
    assertThat(rule(readable.check("README.md", Operation.WRITE))).isEqualTo("path.not_allowlisted");
    assertThat(rule(readable.check("lib/deep.py", Operation.READ))).isEqualTo("path.not_allowlisted");
    PathPolicy open = policy("allowed_paths: [./]", "");
    assertThat(open.check("README.md", Operation.READ).allowed()).isTrue();
  }

  @Test
  void dotfilesOnlyCountBelowTheAllowedEntry() throws IOException {
    Path hiddenWork = Files.createDirectories(tmp.resolve(".cache/project"));
    PathPolicy p = PathPolicy.fromConfig(ConfigNode.parse("paths.yaml", "allowed_paths: [./src/]"),
        ConfigNode.parse("d.yaml", ""), ConfigNode.parse("d.yaml", ""), hiddenWork, Set.of(),
        Set.of(), tmp);
    assertThat(p.check("src/a.py", Operation.READ).allowed()).isTrue();
    assertThat(rule(p.check("src/.a.py", Operation.READ))).isEqualTo("path.dotfile");
  }

  @Test
  void symlinkLoopIsAFailClosedDeny() throws IOException {
    Files.createDirectories(tmp.resolve("src"));
    Files.createSymbolicLink(tmp.resolve("src/a"), Path.of("b"));
    Files.createSymbolicLink(tmp.resolve("src/b"), Path.of("a"));
    PathPolicy p = policy("allowed_paths: [./src/]", "");
    assertThat(p.check("src/a", Operation.READ).allowed()).isFalse();
  }

  @Test
  void invalidConfigNamesKeyAndValue() {
    assertThatThrownBy(() -> policy("allowed_paths: [{path: ./x/, operations: [fly]}]", ""))
        .isInstanceOf(ConfigException.class).hasMessageContaining("operations");
    assertThatThrownBy(() -> policy("allowed_paths: [\"./a%2f/\"]", ""))
        .isInstanceOf(ConfigException.class).hasMessageContaining("allowed_paths[0]");
    assertThatThrownBy(() -> PathPolicy.fromConfig(ConfigNode.parse("p.yaml", ""),
        ConfigNode.parse("d.yaml", ""), ConfigNode.parse("d.yaml", "files: [../x]"), tmp,
        Set.of(), Set.of(), tmp)).hasMessageContaining("plain file name");
  }

  @Test
  void disabledValidatorAllows() {
    PathPolicy p = policy("", "enabled: false");
    assertThat(p.check("/etc/shadow", Operation.READ).allowed()).isTrue();
  }
}
