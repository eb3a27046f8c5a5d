package io.moltr.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.JavaSubprocess;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of a JVM in the middle of appends: nothing acknowledged is lost, the chain holds. */
class AuditCrashTest {
  @TempDir Path dir;

  @Test
  void everyAcknowledgedEntrySurvivesSigkillAndTheChainVerifies() throws Exception {
    List<String> acked = JavaSubprocess.runAndKill(AuditAppendLoop.class, 300, 20, dir.toString());
    assertThat(acked).as("the subprocess acknowledged entries before it was killed").isNotEmpty();

    AuditReport afterCrash = AuditVerifier.verify(dir);
    assertThat(afterCrash.intact()).as(afterCrash.summary()).isTrue();
    Map<Long, String> present = entries(dir);
    for (String ack : acked) {
      String[] parts = ack.split(" ");
      assertThat(present).containsEntry(Long.parseLong(parts[0]), parts[1]);
    }

    // A restart resumes the chain after the last durable entry, whatever the crash left.
    try (HashChainedLog log = HashChainedLog.open(dir)) {
      AuditEntry next = log.append("after-restart", "test", Map.of());
      assertThat(next.seq()).isGreaterThan(acked.size());
    }
    AuditReport afterRestart = AuditVerifier.verify(dir);
    assertThat(afterRestart.intact()).as(afterRestart.summary()).isTrue();
    assertThat(afterRestart.entries()).isGreaterThanOrEqualTo(acked.size() + 1L);
  }

  private static Map<Long, String> entries(Path dir) throws Exception {
    return HashChainedLog.listFiles(dir).stream()
        .flatMap(f -> {
          try {
            return java.nio.file.Files.readAllLines(f).stream();
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        })
        .map(EntryCodec::decode)
        .filter(EntryCodec.Parsed::isEntry)
        .collect(Collectors.toMap(p -> p.entry().seq(), p -> p.entry().hash(), (a, b) -> a));
  }
}
