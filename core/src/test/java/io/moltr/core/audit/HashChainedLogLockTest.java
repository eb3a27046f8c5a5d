package io.moltr.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashChainedLogLockTest {
  @TempDir Path dir;

  @Test
  void heldOnlyWhileAWriterHasTheLogOpenAndCheckingCreatesNothing() {
    Path audit = dir.resolve("audit");
    assertThat(HashChainedLog.heldByAnotherWriter(audit)).isFalse();
    assertThat(audit).doesNotExist();
    try (HashChainedLog log = HashChainedLog.open(audit)) {
      assertThat(HashChainedLog.heldByAnotherWriter(audit)).isTrue();
    }
    assertThat(HashChainedLog.heldByAnotherWriter(audit)).isFalse();
    try (HashChainedLog again = HashChainedLog.open(audit)) {
      assertThat(again.head()).isEmpty();
    }
  }
}
