package io.moltr.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.audit.AuditFinding.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each way of tampering with the file is reported as exactly that kind, at that place. */
class AuditVerifierTest {
  @TempDir Path dir;

  /** Six entries, seq 1..6 on lines 1..6 of one file. */
  private Path sixEntries() {
    MutableClock clock = new MutableClock(Instant.parse("2026-05-01T08:00:00Z"));
    try (HashChainedLog log = HashChainedLog.open(dir, clock, HashChainedLog.DEFAULT_RETENTION)) {
      for (int i = 1; i <= 6; i++) {
        log.append("event" + i, "admin#0001", Map.of("i", i));
      }
    }
    return dir.resolve("audit-2026-05-01.jsonl");
  }

  static Stream<Arguments> tampering() {
    return Stream.of(
        Arguments.of("edit a field", edit(3, l -> l.replace("event3", "eventX")), Kind.MODIFIED, 3L),
        Arguments.of("change the sequence number", edit(3, l -> l.replace("\"seq\":3,", "\"seq\":30,")), Kind.MODIFIED, 3L),
        Arguments.of("edit and re-hash", edit(3, AuditVerifierTest::rehashed), Kind.MODIFIED, 3L),
        Arguments.of("replace with garbage", edit(3, l -> "garbage"), Kind.MODIFIED, 3L),
        Arguments.of("delete a line", t(lines -> remove(lines, 3)), Kind.DELETED, 3L),
        Arguments.of("delete two lines", t(lines -> remove(remove(lines, 2), 2)), Kind.DELETED, 2L),
        Arguments.of("insert a copy", t(lines -> insert(lines, 4, lines.get(1))), Kind.INSERTED, 5L),
        Arguments.of("insert a forged entry", t(lines -> insert(lines, 4, forged(lines))), Kind.INSERTED, 5L),
        Arguments.of("swap two lines", t(lines -> swap(lines, 2, 3)), Kind.REORDERED, 3L),
        Arguments.of("move a line to the end", t(lines -> insert(remove(lines, 2), 5, lines.get(1))), Kind.REORDERED, 6L));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tampering")
  void reportsEachTamperingAsExactlyThatKind(
      String why, UnaryOperator<List<String>> tamper, Kind expected, long line) throws Exception {
    Path file = sixEntries();
    List<String> lines = tamper.apply(new ArrayList<>(Files.readAllLines(file)));
    Files.writeString(file, String.join("\n", lines) + "\n");

    AuditReport report = AuditVerifier.verify(dir);

    assertThat(report.intact()).as(why).isFalse();
    assertThat(report.findings()).as(why).extracting(AuditFinding::kind).containsOnly(expected);
    assertThat(report.findings().get(0).line()).as(why).isEqualTo(line);
  }

  /** Every position, not just the middle: the first and last lines are where chains get lax. */
  @ParameterizedTest(name = "line {0}")
  @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 3, 4, 5, 6})
  void everyPositionIsCovered(int line) throws Exception {
    Path file = sixEntries();
    List<String> original = Files.readAllLines(file);
    AuditAnchor anchor = new AuditAnchor(6, AuditVerifier.verify(dir).lastHash());

    Files.writeString(file, String.join("\n", edit(line, l -> l.replace("admin#0001", "admin#0002"))
        .apply(new ArrayList<>(original))) + "\n");
    assertThat(AuditVerifier.verify(dir, anchor).findings()).extracting(AuditFinding::kind).containsExactly(Kind.MODIFIED);

    Files.writeString(file, String.join("\n", remove(original, line)) + "\n");
    assertThat(AuditVerifier.verify(dir, anchor).findings()).extracting(AuditFinding::kind)
        .as("a cut at either end is truncation, in the middle deletion")
        .containsExactly(line == 1 || line == 6 ? Kind.TRUNCATED : Kind.DELETED);

    if (line < 6) {
      Files.writeString(file, String.join("\n", swap(original, line, line + 1)) + "\n");
      assertThat(AuditVerifier.verify(dir, anchor).findings()).extracting(AuditFinding::kind)
          .containsExactly(Kind.REORDERED);
    }
  }

  @Test
  void anUntouchedLogHasNoFindings() {
    sixEntries();
    AuditReport report = AuditVerifier.verify(dir);
    assertThat(report.findings()).isEmpty();
    assertThat(report.summary()).startsWith("OK: 6 entries in 1 file(s), seq 1..6");
  }

  @Test
  void cuttingTheTailIsTruncationAgainstAnAnchor() throws Exception {
    Path file = sixEntries();
    AuditAnchor anchor = AuditVerifier.verify(dir).findings().isEmpty()
        ? new AuditAnchor(6, AuditVerifier.verify(dir).lastHash()) : null;
    List<String> lines = Files.readAllLines(file);
    Files.writeString(file, String.join("\n", lines.subList(0, 4)) + "\n");

    assertThat(AuditVerifier.verify(dir).findings()).as("without an anchor a cut tail is invisible").isEmpty();
    AuditReport report = AuditVerifier.verify(dir, anchor);
    assertThat(report.findings()).extracting(AuditFinding::kind).containsExactly(Kind.TRUNCATED);
    assertThat(report.findings().get(0).message()).contains("ends at seq 4").contains("anchor is seq 6");
  }

  @Test
  void cuttingAnEarlierDaysFileIsTruncation() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-05-01T08:00:00Z"));
    try (HashChainedLog log = HashChainedLog.open(dir, clock, HashChainedLog.DEFAULT_RETENTION)) {
      for (int i = 1; i <= 3; i++) {
        log.append("day1", "x", Map.of());
      }
      clock.advance(Duration.ofDays(1));
      log.append("day2", "x", Map.of());
    }
    Path day1 = dir.resolve("audit-2026-05-01.jsonl");
    List<String> lines = Files.readAllLines(day1);
    Files.writeString(day1, lines.get(0) + "\n");

    AuditReport report = AuditVerifier.verify(dir);
    assertThat(report.findings()).extracting(AuditFinding::kind).containsExactly(Kind.TRUNCATED);
    assertThat(report.findings().get(0).message()).contains("seq 2..3 missing");
  }

  @Test
  void deletingAWholeMiddleFileIsReported() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-05-01T08:00:00Z"));
    try (HashChainedLog log = HashChainedLog.open(dir, clock, HashChainedLog.DEFAULT_RETENTION)) {
      for (int day = 0; day < 3; day++) {
        log.append("d" + day, "x", Map.of());
        clock.advance(Duration.ofDays(1));
      }
    }
    Files.delete(dir.resolve("audit-2026-05-02.jsonl"));
    AuditReport report = AuditVerifier.verify(dir);
    assertThat(report.intact()).isFalse();
    assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.message()).contains("seq 2 missing"));
  }

  @Test
  void deletingTheOldestFileByHandIsTruncationButRetentionIsNot() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-05-01T08:00:00Z"));
    try (HashChainedLog log = HashChainedLog.open(dir, clock, HashChainedLog.DEFAULT_RETENTION)) {
      log.append("d0", "x", Map.of());
      clock.advance(Duration.ofDays(1));
      log.append("d1", "x", Map.of());
    }
    Files.delete(dir.resolve("audit-2026-05-01.jsonl"));
    AuditReport report = AuditVerifier.verify(dir);
    assertThat(report.findings()).extracting(AuditFinding::kind).containsExactly(Kind.TRUNCATED);
    assertThat(report.findings().get(0).message()).contains("seq 1 missing from the start");
    assertThat(AuditVerifier.verify(dir.resolve("audit-2026-05-02.jsonl")).findings())
        .as("a single file may start anywhere").isEmpty();
  }

  @Test
  void severalKindsOfDamageAreAllReported() throws Exception {
    Path file = sixEntries();
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    lines.set(0, lines.get(0).replace("event1", "eventZ"));
    lines.remove(3);
    Files.writeString(file, String.join("\n", lines) + "\n");
    assertThat(AuditVerifier.verify(dir).findings())
        .extracting(AuditFinding::kind)
        .containsExactly(Kind.MODIFIED, Kind.DELETED);
  }

  // --- tampering helpers (1-based line numbers as a reader of the file counts them)

  private static UnaryOperator<List<String>> t(UnaryOperator<List<String>> f) {
    return f;
  }

  private static UnaryOperator<List<String>> edit(int line, UnaryOperator<String> f) {
    return lines -> {
      lines.set(line - 1, f.apply(lines.get(line - 1)));
      return lines;
    };
  }

  private static List<String> remove(List<String> lines, int line) {
    List<String> copy = new ArrayList<>(lines);
    copy.remove(line - 1);
    return copy;
  }

  private static List<String> insert(List<String> lines, int afterLine, String text) {
    List<String> copy = new ArrayList<>(lines);
    copy.add(afterLine, text);
    return copy;
  }

  private static List<String> swap(List<String> lines, int a, int b) {
    List<String> copy = new ArrayList<>(lines);
    String t = copy.get(a - 1);
    copy.set(a - 1, copy.get(b - 1));
    copy.set(b - 1, t);
    return copy;
  }

  /** What an attacker who knows the format can do: change a field and recompute the hash. */
  private static String rehashed(String line) {
    EntryCodec.Parsed p = EntryCodec.decode(line);
    AuditEntry e = p.entry();
    return lineOf(EntryCodec.encode(e.seq(), e.timestamp(), e.event(), "someone-else", e.details(), e.prevHash()));
  }

  /** A well-formed entry with its own valid hash, claiming a sequence number far ahead. */
  private static String forged(List<String> lines) {
    AuditEntry e = EntryCodec.decode(lines.get(0)).entry();
    return lineOf(EntryCodec.encode(99, e.timestamp(), "forged", "intruder", Map.of(), "f".repeat(64)));
  }

  private static String lineOf(EntryCodec.Encoded enc) {
    String s = new String(enc.line(), java.nio.charset.StandardCharsets.UTF_8);
    return s.substring(0, s.length() - 1);
  }
}
