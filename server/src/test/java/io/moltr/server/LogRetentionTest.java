package io.moltr.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogRetentionTest {
  @Test
  void deletesArchivedApplicationAndForensicLogsOlderThanTheRetentionOnly(@TempDir Path logs) throws Exception {
    for (String name : new String[] {
        "moltr.log", "moltr-forensic.jsonl",                                      // active: never
        "moltr-2026-11-21.0.log", "moltr-2026-11-21.1.log",                       // 8 days: deleted
        "moltr-forensic-2026-11-21.jsonl", "moltr-forensic-2026-11-20.1.jsonl",   // deleted
        "moltr-2026-11-22.0.log", "moltr-forensic-2026-11-22.jsonl",              // 7 days: kept
        "moltr-forensic-2026-11-28.jsonl",                                        // yesterday: kept
        "notes-2020-01-01.log", "moltr-2020-01-01.jsonl", "audit-2020-01-01.jsonl"}) { // not ours
      Files.writeString(logs.resolve(name), "x");
    }
    Clock clock = Clock.fixed(Instant.parse("2026-11-29T03:00:00Z"), ZoneOffset.UTC);

    var deleted = new LogRetention(logs, 7, clock).sweep();

    assertThat(deleted).containsExactlyInAnyOrder("moltr-2026-11-21.0.log", "moltr-2026-11-21.1.log",
        "moltr-forensic-2026-11-21.jsonl", "moltr-forensic-2026-11-20.1.jsonl");
    try (var left = Files.list(logs)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("moltr.log",
          "moltr-forensic.jsonl", "moltr-2026-11-22.0.log", "moltr-forensic-2026-11-22.jsonl",
          "moltr-forensic-2026-11-28.jsonl", "notes-2020-01-01.log", "moltr-2020-01-01.jsonl",
          "audit-2020-01-01.jsonl");
    }
  }

  @Test
  void aMissingDirectoryIsNothingToDo(@TempDir Path tmp) {
    assertThat(new LogRetention(tmp.resolve("none"), 7, Clock.systemUTC()).sweep()).isEmpty();
  }
}
