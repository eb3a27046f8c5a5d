package io.moltr.core.vault;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.JavaSubprocess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 in the middle of vault writes: the file is whole and holds every acknowledged secret. */
class VaultCrashTest {
  @TempDir Path data;

  @Test
  void theFileIsNeverHalfWritten() throws Exception {
    String key = Fernet.generateKey();
    Path file = data.resolve("secrets.json");
    // Each put rewrites the whole file, so 150 acks means 150 complete rewrites raced by the kill.
    List<String> acked = JavaSubprocess.runAndKill(VaultWriteLoop.class, 150, 20, file.toString(), key);
    assertThat(acked).isNotEmpty();

    SecretVault vault = SecretVault.open(file, key); // parses, or the test fails here
    Map<String, String> values = vault.values();
    for (String name : acked) {
      int i = Integer.parseInt(name.substring(1));
      assertThat(values).containsEntry(name, VaultWriteLoop.valueOf(i));
    }
    assertThat(values.size()).isBetween(acked.size(), acked.size() + 1); // one may land unacknowledged
    try (var files = Files.list(data)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("temp files of the killed write were swept at open")
          .noneMatch(n -> n.contains(".tmp-"));
    }
  }
}
