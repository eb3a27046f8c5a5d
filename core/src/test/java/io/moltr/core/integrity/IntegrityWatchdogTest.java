package io.moltr.core.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moltr.core.integrity.FileChange.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegrityWatchdogTest {
  static final String KEY = "watchdog-hmac-key-0123456789";

  @TempDir Path tmp;
  Path config;
  Path honeypots;
  Path jar;
  Path baselineFile;

  @BeforeEach
  void files() throws Exception {
    config = Files.createDirectories(tmp.resolve("config"));
    Files.writeString(config.resolve("default.yaml"), "mode: enforce\n");
    Files.createDirectories(config.resolve("allowlists"));
    Files.writeString(config.resolve("allowlists/domains.yaml"), "domains: [example.com]\n");
    honeypots = Files.createDirectories(tmp.resolve("honeypots"));
    Files.writeString(honeypots.resolve("aws_credentials"), "AKIA-FAKE-HONEYPOT\n");
    jar = Files.write(tmp.resolve("moltr-core.jar"), new byte[] {0x50, 0x4b, 3, 4});
    baselineFile = tmp.resolve("data/integrity/baseline.json");
  }

  IntegrityWatchdog watchdog(String key) {
    return new IntegrityWatchdog(baselineFile, roots(), key);
  }

  List<WatchedRoot> roots() {
    return List.of(new WatchedRoot("config", config), new WatchedRoot("honeypots", honeypots),
        new WatchedRoot("moltr-core.jar", jar));
  }

  @Test
  void anUnchangedTreeVerifies() {
    IntegrityWatchdog w = watchdog(KEY);
    assertThat(w.baseline()).isEqualTo(4);
    IntegrityReport r = w.verify();
    assertThat(r.violated()).as(r.summary()).isFalse();
    assertThat(r.filesChecked()).isEqualTo(4);
    assertThat(w.lastReport()).contains(r);
  }

  @Test
  void everyCheckIsCountedAndViolatedOnesSeparately() throws Exception {
    IntegrityWatchdog w = watchdog(KEY);
    assertThat(w.runs()).isZero();
    assertThat(w.lastRun()).isEmpty();
    w.verify(); // no baseline yet: a problem, so a violation
    w.baseline();
    w.verify();
    Files.writeString(config.resolve("default.yaml"), "mode: disabled\n");
    w.verify();
    assertThat(w.runs()).isEqualTo(3);
    assertThat(w.violations()).isEqualTo(2);
    assertThat(w.lastRun()).isPresent();
  }

  @Test
  void namesEachModifiedDeletedAndAddedFileAndNothingOfItsContent() throws Exception {
    IntegrityWatchdog w = watchdog(KEY);
    w.baseline();
    Files.writeString(config.resolve("default.yaml"), "mode: disabled\n");
    Files.delete(honeypots.resolve("aws_credentials"));
    Files.writeString(config.resolve("allowlists/commands.yaml"), "commands: [rm]\n");
    Files.write(jar, new byte[] {0x50, 0x4b, 3, 5});

    IntegrityReport r = w.verify();
    assertThat(r.violated()).isTrue();
    assertThat(r.changes()).containsExactly(
        new FileChange("config/allowlists/commands.yaml", Kind.ADDED),
        new FileChange("config/default.yaml", Kind.MODIFIED),
        new FileChange("honeypots/aws_credentials", Kind.DELETED),
        new FileChange("moltr-core.jar", Kind.MODIFIED));
    assertThat(r.summary()).doesNotContain("disabled").doesNotContain("AKIA").doesNotContain(tmp.toString());
  }

  @Test
  void editingAFileAndTheBaselineTogetherFailsTheSignature() throws Exception {
    IntegrityWatchdog w = watchdog(KEY);
    w.baseline();
    Files.writeString(config.resolve("default.yaml"), "mode: disabled\n");
    // The attacker recomputes the file's hash in the baseline but cannot re-sign it.
    String newHash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest("mode: disabled\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    String baseline = Files.readString(baselineFile);
    String edited = baseline.replaceAll("(\"config/default.yaml\" : \"sha256:)[0-9a-f]{64}", "$1" + newHash);
    assertThat(edited).isNotEqualTo(baseline);
    Files.writeString(baselineFile, edited);

    IntegrityReport r = w.verify();
    assertThat(r.violated()).isTrue();
    assertThat(r.problems()).singleElement().asString().contains("signature does not match");
  }

  @Test
  void removingAnEntryFromTheBaselineFailsTheSignature() throws Exception {
    IntegrityWatchdog w = watchdog(KEY);
    w.baseline();
    String baseline = Files.readString(baselineFile);
    Files.writeString(baselineFile, baseline.replaceAll("\\s*\"honeypots/aws_credentials\" : \"sha256:[0-9a-f]{64}\",?", ""));
    assertThat(w.verify().problems()).singleElement().asString().contains("signature");
  }

  @Test
  void aBaselineSignedWithAnotherKeyIsAViolation() {
    watchdog("some-other-key-of-sufficient-length").baseline();
    IntegrityReport r = watchdog(KEY).verify();
    assertThat(r.violated()).isTrue();
    assertThat(r.problems()).singleElement().asString().contains("HMAC key changed").doesNotContain(KEY);
  }

  @Test
  void aMissingOrGarbledBaselineIsAViolation() throws Exception {
    IntegrityWatchdog w = watchdog(KEY);
    assertThat(w.verify().problems()).singleElement().asString().contains("no baseline");
    w.baseline();
    Files.writeString(baselineFile, "{\"body\":");
    assertThat(w.verify().problems()).singleElement().asString().contains("not JSON");
    Files.writeString(baselineFile, "{\"body\":{},\"hmac\":\"zz\"}");
    assertThat(w.verify().problems()).singleElement().asString().contains("signature");
  }

  @Test
  void changedRootsAreReported() {
    watchdog(KEY).baseline();
    IntegrityWatchdog fewer = new IntegrityWatchdog(baselineFile, List.of(new WatchedRoot("config", config)), KEY);
    IntegrityReport r = fewer.verify();
    assertThat(r.problems()).singleElement().asString().contains("watched roots differ");
    assertThat(r.changes()).extracting(FileChange::kind).containsOnly(Kind.DELETED);
  }

  @Test
  void aSymlinkIsRecordedNotFollowed() throws Exception {
    Path link = config.resolve("link.yaml");
    try {
      Files.createSymbolicLink(link, Path.of("default.yaml"));
    } catch (UnsupportedOperationException | java.io.IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no symlinks on this file system");
    }
    IntegrityWatchdog w = watchdog(KEY);
    w.baseline();
    Files.delete(link);
    Files.createSymbolicLink(link, Path.of("/etc/passwd"));
    assertThat(w.verify().changes()).containsExactly(new FileChange("config/link.yaml", Kind.MODIFIED));
  }

  @Test
  void limitsFailWithAClearMessage() {
    IntegrityWatchdog w = new IntegrityWatchdog(baselineFile, roots(), KEY, new IntegrityLimits(3, 1 << 20, 1 << 30),
        Clock.systemUTC());
    assertThatThrownBy(w::baseline).isInstanceOf(IntegrityException.class).hasMessageContaining("more than 3 files");
    watchdog(KEY).baseline();
    assertThat(w.verify().problems()).anyMatch(p -> p.contains("more than 3 files"));

    IntegrityWatchdog small = new IntegrityWatchdog(baselineFile, roots(), KEY, new IntegrityLimits(100, 5, 1 << 30),
        Clock.systemUTC());
    assertThatThrownBy(small::baseline).isInstanceOf(IntegrityException.class).hasMessageContaining("larger than 5 bytes");
  }

  @Test
  void rejectsAShortKey() {
    assertThatThrownBy(() -> watchdog("short")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("short\"");
  }

  @Test
  void theBackgroundCheckReportsAViolationToTheListener() throws Exception {
    IntegrityWatchdog w = watchdog(KEY);
    w.baseline();
    BlockingQueue<IntegrityReport> violations = new LinkedBlockingQueue<>();
    w.start(Duration.ofMillis(50), violations::add);
    try {
      assertThat(w.running()).isTrue();
      Files.writeString(honeypots.resolve("aws_credentials"), "touched\n");
      IntegrityReport r = violations.poll(30, TimeUnit.SECONDS);
      assertThat(r).isNotNull();
      assertThat(r.changes()).containsExactly(new FileChange("honeypots/aws_credentials", Kind.MODIFIED));
    } finally {
      w.stop();
    }
    assertThat(w.running()).isFalse();
    assertThatThrownBy(() -> w.start(Duration.ZERO, r -> {})).isInstanceOf(IllegalArgumentException.class);
  }
}
