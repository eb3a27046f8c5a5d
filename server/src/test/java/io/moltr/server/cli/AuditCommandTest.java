package io.moltr.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moltr.core.audit.HashChainedLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditCommandTest {
  @TempDir Path work;
  Path data;
  Path file;

  @BeforeEach
  void threeEntries() {
    data = work.resolve("data");
    try (HashChainedLog log = HashChainedLog.open(data.resolve("audit"))) {
      log.append("killswitch.trigger", "admin:alice", Map.of("level", "PAUSE", "reason", "maintenance"));
      log.append("secret.registered", "admin:bob", Map.of("name", "db_password"));
      log.append("killswitch.reset", "admin:alice", Map.of("levels", List.of("PAUSE")));
      file = log.files().get(0);
    }
  }

  Cli.Result verify(String... extra) {
    String[] args = new String[2 + extra.length + 2];
    args[0] = "audit";
    args[1] = "verify";
    System.arraycopy(extra, 0, args, 2, extra.length);
    args[args.length - 2] = "--data-dir";
    args[args.length - 1] = data.toString();
    return Cli.run(Map.of(), "", args);
  }

  @Test
  void anIntactLogExitsZeroWithItsSummary() {
    Cli.Result r = verify();
    assertThat(r.exit()).as(r.err()).isEqualTo(MoltrCli.OK);
    assertThat(r.out()).startsWith("OK: 3 entries in 1 file(s), seq 1..3");
  }

  @Test
  void anEditedEntryExitsOneAndIsNamedByFileLineAndSeq() throws Exception {
    List<String> lines = Files.readAllLines(file);
    lines.set(1, lines.get(1).replace("bob", "eve"));
    Files.write(file, lines);
    Cli.Result r = verify();
    assertThat(r.exit()).isEqualTo(MoltrCli.FOUND);
    assertThat(r.out()).startsWith("DAMAGED")
        .contains("MODIFIED " + file.getFileName() + ":2 seq 2: content does not match its hash");
  }

  @Test
  void aDeletedEntryIsFoundInAFileGivenByPath() throws Exception {
    List<String> lines = Files.readAllLines(file);
    lines.remove(1);
    Files.write(file, lines);
    Cli.Result r = Cli.run(Map.of(), "", "audit", "verify", file.toString());
    assertThat(r.exit()).isEqualTo(MoltrCli.FOUND);
    assertThat(r.out()).contains("DELETED").contains("seq 2 missing");
  }

  @Test
  void jsonCarriesEveryFindingWithItsPlace() throws Exception {
    List<String> lines = Files.readAllLines(file);
    lines.set(2, lines.get(2).replace("PAUSE", "LOCKDOWN"));
    Files.write(file, lines);
    Cli.Result r = verify("--json");
    assertThat(r.exit()).isEqualTo(MoltrCli.FOUND);
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertThat(j.get("intact").asBoolean()).isFalse();
    JsonNode f = j.get("findings").get(0);
    assertThat(f.get("kind").asText()).isEqualTo("MODIFIED");
    assertThat(f.get("file").asText()).isEqualTo(file.getFileName().toString());
    assertThat(f.get("line").asLong()).isEqualTo(3);
    assertThat(f.get("seq").asLong()).isEqualTo(3);
  }

  @Test
  void aMissingLogIsAOneLineError() {
    Cli.Result r = Cli.run(Map.of(), "", "audit", "verify", work.resolve("nowhere").toString());
    r.isOneLineError("no audit log at " + work.resolve("nowhere"));
  }

  @Test
  void helpNamesTheExitCodes() {
    Cli.Result r = Cli.run(Map.of(), "", "audit", "verify", "--help");
    assertThat(r.exit()).isEqualTo(MoltrCli.OK);
    assertThat(r.out()).contains("Exit 0 intact, 1 damage found, 2 error").contains("--data-dir").contains("--json");
  }
}
