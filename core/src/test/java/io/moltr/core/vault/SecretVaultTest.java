package io.moltr.core.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretVaultTest {
  static final String KEY_OLD = Fernet.generateKey();
  static final String KEY_NEW = Fernet.generateKey();
  static final String VALUE = "sk-live-0123456789abcdef";

  @TempDir Path data;

  Path file() {
    return data.resolve("secrets.json");
  }

  @Test
  void storesFernetTokensByNameAndNeverThePlainValue() throws Exception {
    SecretVault v = SecretVault.open(file(), KEY_OLD);
    v.put("OPENAI_KEY", VALUE);
    v.put("DB_PASSWORD", "pa55word!");

    String raw = Files.readString(file());
    assertThat(raw).doesNotContain(VALUE).doesNotContain("pa55word");
    JsonNode json = new ObjectMapper().readTree(raw);
    assertThat(json.get("OPENAI_KEY").asText()).startsWith("gAAAAA");
    assertThat(new String(Fernet.fromKey(KEY_OLD).decrypt(json.get("OPENAI_KEY").asText()), StandardCharsets.UTF_8))
        .isEqualTo(VALUE);
    if (file().getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
    }
  }

  @Test
  void addListGetRemove() {
    SecretVault v = SecretVault.open(file(), KEY_OLD);
    v.put("B", "two-value");
    v.put("A", "one-value");
    v.put("B", "two-replaced");
    assertThat(v.names()).containsExactly("A", "B");
    assertThat(v.get("B")).contains("two-replaced");
    assertThat(v.values()).isEqualTo(Map.of("A", "one-value", "B", "two-replaced"));
    assertThat(v.remove("A")).isTrue();
    assertThat(v.remove("A")).isFalse();
    assertThat(v.names()).containsExactly("B");
    assertThat(v.get("A")).isEmpty();
  }

  @Test
  void aSecondInstanceSeesChangesOfTheFirst() {
    SecretVault server = SecretVault.open(file(), KEY_OLD);
    SecretVault cli = SecretVault.open(file(), KEY_OLD);
    server.put("A", "from-server");
    cli.put("B", "from-cli");
    assertThat(server.names()).containsExactly("A", "B");
  }

  @Test
  void rotationDecryptsWithAnyKeyAndEncryptsWithTheFirst() throws Exception {
    SecretVault.open(file(), KEY_OLD).put("A", VALUE);

    SecretVault both = SecretVault.open(file(), KEY_NEW + "," + KEY_OLD);
    assertThat(both.get("A")).contains(VALUE);
    both.put("B", "new-secret");
    assertThat(both.rotate()).isEqualTo(2);

    SecretVault onlyNew = SecretVault.open(file(), KEY_NEW);
    assertThat(onlyNew.values()).containsEntry("A", VALUE).containsEntry("B", "new-secret");
    SecretVault onlyOld = SecretVault.open(file(), KEY_OLD);
    assertThatThrownBy(() -> onlyOld.get("A"))
        .isInstanceOf(VaultException.class)
        .hasMessageContaining("'A'")
        .hasMessageNotContaining(VALUE);
  }

  @Test
  void rejectsBadNamesOversizedValuesAndDamagedFiles() throws Exception {
    SecretVault v = SecretVault.open(file(), KEY_OLD);
    assertThatThrownBy(() -> v.put("bad name", "x")).isInstanceOf(VaultException.class);
    assertThatThrownBy(() -> v.put("../etc", "x")).isInstanceOf(VaultException.class);
    assertThatThrownBy(() -> v.put("BIG", "x".repeat(SecretVault.MAX_VALUE_BYTES + 1)))
        .isInstanceOf(VaultException.class).hasMessageNotContaining("xxxx");
    Files.writeString(file(), "{\"A\": 42}");
    assertThatThrownBy(() -> SecretVault.open(file(), KEY_OLD)).isInstanceOf(VaultException.class)
        .hasMessageContaining("'A'");
    Files.writeString(file(), "{\"A\": \"gAAAA");
    assertThatThrownBy(() -> SecretVault.open(file(), KEY_OLD)).isInstanceOf(VaultException.class)
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void leftoverTempFilesFromACrashAreSweptAtOpen() throws Exception {
    Path temp = data.resolve("secrets.json.tmp-123");
    Files.writeString(temp, "{\"half");
    SecretVault.open(file(), KEY_OLD);
    assertThat(temp).doesNotExist();
  }
}
