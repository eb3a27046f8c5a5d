package io.moltr.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ScanConcurrencyTest {
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void scansStayCorrectWhileRegisteredSecretsAreSwapped() throws Exception {
    OutputScanner s = Fixtures.fresh();
    String token = FakeSecrets.github(new Random(11), "ghp_");
    String text = "deploy with " + token + " and the vault value Qz7-registered-Value";
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(pool.submit(() -> s.scan(text).findings().stream()
            .anyMatch(f -> f.ruleId().equals("github-pat"))));
        int n = i;
        pool.submit(() -> s.setRegisteredSecrets(
            n % 2 == 0 ? Map.of("v", "Qz7-registered-Value") : Map.of()));
      }
      for (Future<Boolean> r : results) {
        assertThat(r.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    s.setRegisteredSecrets(Map.of("v", "Qz7-registered-Value"));
    assertThat(s.scan(text).findings()).extracting(Finding::ruleId).contains("registered-secret");
  }
}
