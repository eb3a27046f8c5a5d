package io.moltr.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import io.moltr.core.audit.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForensicLogTest {
  private static Incident incident(String id) {
    return new Incident(id, Instant.EPOCH, "command", Severity.HIGH, "203.0.113.0", "ua", "r", "rule", "h", "p",
        true, Map.of());
  }

  @Test
  void theFirstRecordOfANewDayMovesYesterdaysLinesToADatedFile(@TempDir Path logs) throws Exception {
    Path active = logs.resolve("moltr-forensic.jsonl");
    MutableClock clock = new MutableClock(Instant.parse("2026-11-28T23:59:00Z"));
    try (ForensicLog log = new ForensicLog(active, clock)) {
      log.record(incident("day-one"));
      clock.advance(java.time.Duration.ofSeconds(61)); // 2026-11-29T00:00:01Z
      log.record(incident("day-two"));
    }
    assertThat(Files.readString(logs.resolve("moltr-forensic-2026-11-28.jsonl"))).contains("day-one")
        .doesNotContain("day-two");
    assertThat(Files.readString(active)).contains("day-two").doesNotContain("day-one");
  }

  @Test
  void openingAFileLastWrittenOnAnEarlierDayArchivesItFirst(@TempDir Path logs) throws Exception {
    Path active = logs.resolve("moltr-forensic.jsonl");
    Files.writeString(active, "{\"incident_id\":\"old\"}\n");
    Files.setLastModifiedTime(active, FileTime.from(Instant.parse("2026-11-20T12:00:00Z")));
    Files.writeString(logs.resolve("moltr-forensic-2026-11-20.jsonl"), "{\"incident_id\":\"older\"}\n");
    try (ForensicLog log = new ForensicLog(active, new MutableClock(Instant.parse("2026-11-29T08:00:00Z")))) {
      log.record(incident("new"));
    }
    // The day already had a file: the second one gets a suffix rather than overwriting it.
    assertThat(Files.readString(logs.resolve("moltr-forensic-2026-11-20.1.jsonl"))).contains("\"old\"");
    assertThat(Files.readString(logs.resolve("moltr-forensic-2026-11-20.jsonl"))).contains("older");
    assertThat(Files.readString(active)).contains("\"new\"").doesNotContain("old");
  }

  @Test
  void archiveNames() {
    assertThat(ForensicLog.archiveFile(Path.of("logs/moltr-forensic.jsonl"), LocalDate.of(2026, 1, 2)))
        .isEqualTo(Path.of("logs/moltr-forensic-2026-01-02.jsonl"));
  }
}
