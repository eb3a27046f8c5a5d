package io.moltr.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSecretsTest {
  @TempDir Path data;

  @Test
  void missingSecretsAreGeneratedOnceIntoAnOwnerOnlyFile() throws Exception {
    LocalSecrets first = LocalSecrets.load(data, Map.of());
    assertThat(first.generatedNow()).containsExactly(
        LocalSecrets.JWT_SECRET, LocalSecrets.WATCHDOG_HMAC_KEY, LocalSecrets.FERNET_KEY);
    assertThat(first.get(LocalSecrets.JWT_SECRET).length()).isGreaterThanOrEqualTo(64);
    assertThat(Base64.getUrlDecoder().decode(first.get(LocalSecrets.FERNET_KEY))).hasSize(32);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.file()))).isEqualTo("rw-------");

    LocalSecrets second = LocalSecrets.load(data, Map.of());
    assertThat(second.generatedNow()).isEmpty();
    assertThat(second.fromFile()).hasSize(3);
    assertThat(second.get(LocalSecrets.JWT_SECRET)).isEqualTo(first.get(LocalSecrets.JWT_SECRET));
  }

  @Test
  void theEnvironmentWins() {
    LocalSecrets s = LocalSecrets.load(data, Map.of(LocalSecrets.JWT_SECRET, "e".repeat(70)));
    assertThat(s.get(LocalSecrets.JWT_SECRET)).isEqualTo("e".repeat(70));
    assertThat(s.generatedNow()).doesNotContain(LocalSecrets.JWT_SECRET);
  }
}
