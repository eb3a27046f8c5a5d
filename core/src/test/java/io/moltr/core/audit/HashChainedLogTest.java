package io.moltr.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moltr.core.audit.AuditFinding.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashChainedLogTest {
  @TempDir Path dir;
  final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

  HashChainedLog open() {
    return HashChainedLog.open(dir, clock, HashChainedLog.DEFAULT_RETENTION);
  }

  @Test
  void appendsChainedEntriesThatVerify() {
    try (HashChainedLog log = open()) {
      AuditEntry a = log.append("killswitch.trigger", "admin#3f2a", Map.of("level", "LOCKDOWN"));
      AuditEntry b = log.append("config.reload", "admin#3f2a", Map.of("files", List.of("default.yaml")));
      assertThat(a.seq()).isEqualTo(1);
      assertThat(a.prevHash()).isEqualTo("0".repeat(64));
      assertThat(b.seq()).isEqualTo(2);
      assertThat(b.prevHash()).isEqualTo(a.hash());
      assertThat(log.head()).contains(new AuditAnchor(2, b.hash()));
    }
    AuditReport report = AuditVerifier.verify(dir);
    assertThat(report.findings()).isEmpty();
    assertThat(report.entries()).isEqualTo(2);
    assertThat(report.lastSeq()).isEqualTo(2);
  }

  @Test
  void writesOneJsonLinePerEntryWithTheDocumentedFields() throws Exception {
    try (HashChainedLog log = open()) {
      log.append("secret.add", "cli", Map.of("name", "OPENAI_KEY"));
    }
    Path file = dir.resolve("audit-2026-03-01.jsonl");
    String line = Files.readString(file);
    assertThat(line)
        .startsWith("{\"actor\":\"cli\",\"details\":{\"name\":\"OPENAI_KEY\"},\"event\":\"secret.add\",\"prev\":\"")
        .contains("\"seq\":1,\"ts\":\"2026-03-01T10:00:00Z\",\"hash\":\"")
        .endsWith("\"}\n");
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
  }

  @Test
  void resumesTheChainAfterRestart() {
    String firstHash;
    try (HashChainedLog log = open()) {
      firstHash = log.append("a", "x", Map.of()).hash();
    }
    try (HashChainedLog log = open()) {
      AuditEntry next = log.append("b", "x", Map.of());
      assertThat(next.seq()).isEqualTo(2);
      assertThat(next.prevHash()).isEqualTo(firstHash);
      assertThat(log.recoveryNotes()).isEmpty();
    }
    assertThat(AuditVerifier.verify(dir).findings()).isEmpty();
  }

  @Test
  void rotatesByUtcDayAndTheChainContinuesAcrossFiles() {
    try (HashChainedLog log = open()) {
      log.append("a", "x", Map.of());
      clock.advance(Duration.ofDays(1));
      log.append("b", "x", Map.of());
      clock.advance(Duration.ofDays(2));
      log.append("c", "x", Map.of());
    }
    assertThat(dir.resolve("audit-2026-03-01.jsonl")).exists();
    assertThat(dir.resolve("audit-2026-03-02.jsonl")).exists();
    assertThat(dir.resolve("audit-2026-03-04.jsonl")).exists();
    AuditReport report = AuditVerifier.verify(dir);
    assertThat(report.findings()).isEmpty();
    assertThat(report.files()).isEqualTo(3);
    assertThat(report.lastSeq()).isEqualTo(3);
  }

  @Test
  void retentionDeletesOnlyFilesOlderThanOneYearAndRecordsIt() throws Exception {
    try (HashChainedLog log = open()) {
      log.append("old", "x", Map.of());
      clock.advance(Duration.ofDays(200));
      log.append("middle", "x", Map.of());
      clock.advance(Duration.ofDays(200));
      AuditEntry e = log.append("new", "x", Map.of()); // first entry of a new day runs retention
      assertThat(e.seq()).isEqualTo(3);
    }
    assertThat(dir.resolve("audit-2026-03-01.jsonl")).doesNotExist();
    assertThat(HashChainedLog.listFiles(dir).stream().map(Object::toString).toList()).hasSize(2);
    AuditReport report = AuditVerifier.verify(dir);
    assertThat(report.findings()).isEmpty();
    assertThat(report.firstSeq()).isEqualTo(2);
    assertThat(report.lastSeq()).isEqualTo(4);
  }

  @Test
  void exportCarriesTheSha256OfItsBytesAndVerifies() throws Exception {
    AuditExport export;
    AuditAnchor head;
    try (HashChainedLog log = open()) {
      log.append("a", "x", Map.of());
      clock.advance(Duration.ofDays(1));
      log.append("b", "x", Map.of("n", 1));
      export = log.export();
      head = log.head().orElseThrow();
    }
    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(export.bytes()));
    assertThat(export.sha256Hex()).isEqualTo(expected);
    assertThat(AuditVerifier.verifyBytes(export.fileName(), export.bytes(), head).findings()).isEmpty();
  }

  @Test
  @SuppressWarnings("try")
  void aSecondWriterIsRefused() {
    try (HashChainedLog log = open()) {
      assertThatThrownBy(this::open).isInstanceOf(AuditException.class).hasMessageContaining("already open");
    }
  }

  @Test
  void aTornLastLineIsReportedClosedAndTheChainContinues() throws Exception {
    try (HashChainedLog log = open()) {
      log.append("a", "x", Map.of());
      log.append("b", "x", Map.of());
    }
    Path file = dir.resolve("audit-2026-03-01.jsonl");
    Files.write(file, "{\"actor\":\"x\",\"deta".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);

    AuditReport torn = AuditVerifier.verify(dir);
    assertThat(torn.findings()).extracting(AuditFinding::kind).containsExactly(Kind.TORN_LINE);
    assertThat(torn.intact()).isTrue();

    long sizeBefore = Files.size(file);
    try (HashChainedLog log = open()) {
      assertThat(log.recoveryNotes()).singleElement().asString().contains("incomplete");
      AuditEntry c = log.append("c", "x", Map.of());
      assertThat(c.seq()).isEqualTo(4); // seq 3 is the recovery note
    }
    byte[] after = Files.readAllBytes(file);
    assertThat(new String(after, 0, (int) sizeBefore, StandardCharsets.UTF_8))
        .as("the torn fragment is never rewritten")
        .endsWith("{\"actor\":\"x\",\"deta");
    AuditReport report = AuditVerifier.verify(dir);
    assertThat(report.findings()).extracting(AuditFinding::kind).containsExactly(Kind.TORN_LINE);
    assertThat(report.findings().get(0).line()).isEqualTo(3);
    assertThat(report.intact()).isTrue();
    assertThat(report.lastSeq()).isEqualTo(4);
  }

  @Test
  void aTornLineDoesNotHideEarlierDamage() throws Exception {
    try (HashChainedLog log = open()) {
      for (int i = 0; i < 4; i++) {
        log.append("e" + i, "x", Map.of());
      }
    }
    Path file = dir.resolve("audit-2026-03-01.jsonl");
    List<String> lines = Files.readAllLines(file);
    lines.set(1, lines.get(1).replace("\"e1\"", "\"e9\""));
    Files.writeString(file, String.join("\n", lines) + "\n{\"act");
    AuditReport report = AuditVerifier.verify(dir);
    assertThat(report.findings()).extracting(AuditFinding::kind).containsExactly(Kind.MODIFIED, Kind.TORN_LINE);
    assertThat(report.intact()).isFalse();
  }

  @Test
  void aNewDaysFileHoldingOnlyATornFirstWriteResumesFromTheDayBefore() throws Exception {
    String lastHash;
    try (HashChainedLog log = open()) {
      log.append("a", "x", Map.of());
      lastHash = log.append("b", "x", Map.of()).hash();
    }
    clock.advance(Duration.ofDays(1));
    Files.writeString(dir.resolve("audit-2026-03-02.jsonl"), "{\"actor\":\"x\",\"de");
    try (HashChainedLog log = open()) {
      AuditEntry c = log.append("c", "x", Map.of());
      assertThat(c.seq()).isEqualTo(4);
    }
    AuditReport report = AuditVerifier.verify(dir);
    assertThat(report.findings()).extracting(AuditFinding::kind).containsExactly(Kind.TORN_LINE);
    assertThat(report.intact()).isTrue();
    assertThat(lastHash).isNotBlank();
  }

  @Test
  void refusesEntriesWithoutEventOrActor() {
    try (HashChainedLog log = open()) {
      assertThatThrownBy(() -> log.append(null, "x", Map.of())).isInstanceOf(AuditException.class);
      assertThatThrownBy(() -> log.append("e", null, Map.of())).isInstanceOf(AuditException.class);
    }
  }

  @Test
  void refusesDetailsThatAreNotJson() {
    try (HashChainedLog log = open()) {
      assertThatThrownBy(() -> log.append("e", "x", Map.of("thread", Thread.currentThread())))
          .isInstanceOf(AuditException.class);
      assertThat(log.append("ok", "x", Map.of()).seq()).isEqualTo(1);
    }
  }
}
