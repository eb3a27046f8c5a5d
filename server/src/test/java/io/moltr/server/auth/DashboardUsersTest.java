package io.moltr.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DashboardUsersTest {
  private static final String HASH = PasswordHashes.hash("pw-for-tests".toCharArray(), 4);

  @TempDir Path data;

  @Test
  void environmentUserLogsInWithTheRightPasswordOnly() {
    DashboardUsers u = DashboardUsers.load(data, Map.of(DashboardUsers.USER_ENV, "alice", DashboardUsers.HASH_ENV, HASH));
    assertThat(u.source()).isEqualTo("environment");
    assertThat(u.verify("alice", "pw-for-tests".toCharArray())).contains("alice");
    assertThat(u.verify("alice", "wrong".toCharArray())).isEmpty();
    assertThat(u.verify("bob", "pw-for-tests".toCharArray())).as("unknown user, even with a real password").isEmpty();
    assertThat(u.verify(null, "x".toCharArray())).isEmpty();
  }

  @Test
  void halfSetOrMalformedEnvironmentStopsTheStartWithoutShowingTheValue() {
    assertThatThrownBy(() -> DashboardUsers.load(data, Map.of(DashboardUsers.USER_ENV, "alice")))
        .hasMessageContaining("MOLTR_DASHBOARD_PASSWORD_HASH is missing");
    assertThatThrownBy(() -> DashboardUsers.load(data, Map.of(DashboardUsers.HASH_ENV, HASH)))
        .hasMessageContaining("MOLTR_DASHBOARD_USER is missing");
    assertThatThrownBy(() -> DashboardUsers.load(data, Map.of(DashboardUsers.USER_ENV, "alice", DashboardUsers.HASH_ENV, "hunter2-plain")))
        .hasMessageContaining("not a bcrypt hash").hasMessageContaining("moltr hash-password")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    assertThatThrownBy(() -> DashboardUsers.load(data, Map.of(DashboardUsers.USER_ENV, "a b", DashboardUsers.HASH_ENV, HASH)))
        .hasMessageContaining("MOLTR_DASHBOARD_USER");
  }

  @Test
  void firstUserIsWrittenOwnerOnlyAsAHashAndItsPasswordWorks() throws Exception {
    String password = DashboardUsers.createFirstUser(data, Clock.systemUTC());
    Path file = data.resolve(DashboardUsers.FILE);
    String stored = Files.readString(file);
    assertThat(stored).doesNotContain(password).contains("\"username\" : \"admin\"").contains("$2a$12$");
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
    DashboardUsers u = DashboardUsers.load(data, Map.of());
    assertThat(u.source()).isEqualTo(file.toString());
    assertThat(u.verify("admin", password.toCharArray())).contains("admin");
    assertThatThrownBy(() -> DashboardUsers.createFirstUser(data, Clock.systemUTC())).hasMessageContaining("already exists");
  }

  @Test
  void environmentWinsOverTheFile() throws Exception {
    DashboardUsers.createFirstUser(data, Clock.systemUTC());
    DashboardUsers u = DashboardUsers.load(data, Map.of(DashboardUsers.USER_ENV, "alice", DashboardUsers.HASH_ENV, HASH));
    assertThat(u.verify("alice", "pw-for-tests".toCharArray())).contains("alice");
  }

  @Test
  void aBrokenUserFileIsNamed() throws Exception {
    Files.writeString(data.resolve(DashboardUsers.FILE), "[{\"username\":\"x\",\"password_hash\":\"plain\"}]");
    assertThatThrownBy(() -> DashboardUsers.load(data, Map.of()))
        .hasMessageContaining(DashboardUsers.FILE).hasMessageContaining("invalid");
  }

  @Test
  void overlongPasswordsAreRefusedWhenHashing() {
    assertThatThrownBy(() -> PasswordHashes.hash("é".repeat(37).toCharArray()))
        .hasMessageContaining("72 bytes");
    assertThatThrownBy(() -> PasswordHashes.hash(new char[0])).hasMessageContaining("empty");
  }
}
