package io.moltr.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeyStoreTest {
  @TempDir Path data;

  @Test
  void createdKeysAuthenticateAndOnlyTheirHashIsStored() throws Exception {
    ApiKeyStore store = ApiKeyStore.open(data, null, Clock.systemUTC());
    String key = store.create("ci-agent");
    assertThat(key).startsWith("moltr_").hasSize(46);
    assertThat(store.authenticate(key)).contains("ci-agent");
    assertThat(Files.readString(data.resolve("api_keys.json"))).doesNotContain(key).contains(ApiKeyStore.sha256(key));

    ApiKeyStore reopened = ApiKeyStore.open(data, null, Clock.systemUTC());
    assertThat(reopened.authenticate(key)).contains("ci-agent");
    assertThat(reopened.revoke("ci-agent")).isTrue();
    assertThat(ApiKeyStore.open(data, null, Clock.systemUTC()).authenticate(key)).isEmpty();
  }

  @Test
  void environmentKeysMustBeLongEnough() {
    assertThatThrownBy(() -> ApiKeyStore.open(data, "short", Clock.systemUTC()))
        .hasMessageContaining("at least 32");
    ApiKeyStore s = ApiKeyStore.open(data, "a".repeat(32) + ", " + "b".repeat(40), Clock.systemUTC());
    assertThat(s.authenticate("b".repeat(40))).contains("env-2");
    assertThat(s.authenticate("c".repeat(40))).isEmpty();
    assertThat(s.authenticate(null)).isEmpty();
  }

  @Test
  void aKeyRevokedByAnotherProcessStaysRevoked() throws Exception {
    ApiKeyStore server = ApiKeyStore.open(data, null, Clock.systemUTC());
    String first = server.create("first");
    ApiKeyStore cli = ApiKeyStore.open(data, null, Clock.systemUTC());
    Thread.sleep(20); // distinct modification times on coarse file systems
    assertThat(cli.revoke("first")).isTrue();
    server.reload();
    assertThat(server.authenticate(first)).isEmpty();
    String second = server.create("second");
    assertThat(ApiKeyStore.open(data, null, Clock.systemUTC()).authenticate(first)).isEmpty();
    assertThat(server.authenticate(second)).contains("second");
  }

  @Test
  void namesAreValidatedAndUnique() {
    ApiKeyStore store = ApiKeyStore.open(data, null, Clock.systemUTC());
    store.create("a");
    assertThatThrownBy(() -> store.create("a")).hasMessageContaining("already exists");
    assertThatThrownBy(() -> store.create("../x")).hasMessageContaining("key name");
  }
}
