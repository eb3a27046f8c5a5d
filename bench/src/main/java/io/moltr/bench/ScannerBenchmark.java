package io.moltr.bench;

import io.moltr.core.config.ConfigNode;
import io.moltr.core.scan.OutputScanner;
import io.moltr.core.scan.ScanReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Output scanner throughput, one thread, full shipped rule set with all decoders and a few
 * registered secrets. MB/s = 1.048576 / (ms per op) for the 1 MiB inputs.
 *
 * <p>Run: {@code ./mvnw -q -pl core,bench package -DskipTests && java -jar
 * bench/target/benchmarks.jar ScannerBenchmark -f 1 -i 3 -r 3s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(1)
// The JIT needs about 20 s of 4 KiB scans to settle: loop predicates in the survey trap, and the
// scan is recompiled a few times before it stays compiled (bench/RESULTS.md, 2026-11-29 late).
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 3, time = 3)
public class ScannerBenchmark {
  static final int MIB = 1 << 20;

  @Param({
    "clean-1MiB", "clean-4KiB", "one-char-1MiB", "repeated-sk-1MiB", "base64-run-1MiB",
    "nested-encodings-1MiB", "nested-distinct-1MiB", "digits-1MiB", "words-1MiB"
  })
  public String input;

  private OutputScanner scanner;
  private String text;

  @Setup(Level.Trial)
  public void setUp() {
    Path config = Files.isDirectory(Path.of("config")) ? Path.of("config") : Path.of("../config");
    scanner = OutputScanner.fromConfig(
        ConfigNode.load(config.resolve("scan_patterns.yaml")),
        ConfigNode.load(config.resolve("default.yaml")).get("scanners").get("output"));
    scanner.setRegisteredSecrets(Map.of(
        "db", "Zq3v8Lr2Nx5Tp7Wd", "webhook", "hook-4f9a2c7e1b6d", "admin", "S3cure!Adm1nPass"));
    text = switch (input) {
      case "clean-1MiB" -> cleanText(MIB);
      case "clean-4KiB" -> cleanText(4096);
      case "one-char-1MiB" -> "a".repeat(MIB);
      case "repeated-sk-1MiB" -> "sk-".repeat(MIB / 3);
      case "base64-run-1MiB" -> randomBase64(MIB);
      case "nested-encodings-1MiB" -> nested(MIB);
      case "nested-distinct-1MiB" -> nestedDistinct(MIB);
      case "digits-1MiB" -> digits(MIB);
      case "words-1MiB" -> "abandon ".repeat(MIB / 8);
      default -> throw new IllegalArgumentException(input);
    };
    ScanReport r = scanner.scan(text);
    if (input.startsWith("clean") && !r.clean()) {
      throw new IllegalStateException("clean corpus flagged: " + r.findings().get(0));
    }
  }

  @Benchmark
  public ScanReport scan() {
    return scanner.scan(text);
  }

  /** Mixed prose, code, JSON and log lines with ids, hashes and URLs, but no secret. */
  public static String cleanText(int size) {
    Random r = new Random(42);
    String[] words = ("the agent reads a file and writes a summary of the changes made to the build "
        + "configuration before it runs tests against staging while the operator reviews each "
        + "step and approves deployment once checks pass on every service in cluster").split(" ");
    StringBuilder b = new StringBuilder(size + 512);
    int kind = 0;
    while (b.length() < size) {
      switch (kind++ % 5) {
        case 0 -> {
          for (int i = 0; i < 40; i++) {
            b.append(words[r.nextInt(words.length)]).append(i % 12 == 11 ? ". " : " ");
          }
          b.append("Über­prüfung läuft – ok.\n\n");
        }
        case 1 -> b.append("def handle_request(request, session):\n")
            .append("    user = session.get_user(request.user_id)\n")
            .append("    if not user.is_active:\n        raise PermissionError(\"inactive\")\n")
            .append("    token_count = len(tokenizer.encode(request.text))\n")
            .append("    return render(\"page.html\", user=user, items=items[:").append(r.nextInt(50)).append("])\n\n");
        case 2 -> b.append("{\"id\":\"").append(new UUID(r.nextLong(), r.nextLong()))
            .append("\",\"status\":\"ok\",\"latency_ms\":").append(r.nextInt(900))
            .append(",\"path\":\"/api/v1/items?page=").append(r.nextInt(20))
            .append("&sort=desc\",\"etag\":\"").append(hex(r, 32)).append("\"}\n");
        case 3 -> b.append("2024-05-01T10:").append(10 + r.nextInt(49)).append(":13.512Z INFO  [worker-")
            .append(r.nextInt(8)).append("] commit ").append(hex(r, 40))
            .append(" deployed to https://staging.example.net/app in ").append(r.nextInt(900)).append(" ms\n");
        default -> b.append("const result = await fetch(`${baseUrl}/search?q=${encodeURIComponent(query)}`);\n")
            .append("const data = await result.json(); // sha256 ").append(hex(r, 64)).append("\n");
      }
    }
    return b.substring(0, size);
  }

  static String hex(Random r, int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append("0123456789abcdef".charAt(r.nextInt(16)));
    }
    return b.toString();
  }

  static String randomBase64(int size) {
    byte[] raw = new byte[size * 3 / 4];
    new Random(7).nextBytes(raw);
    return Base64.getEncoder().encodeToString(raw).substring(0, size);
  }

  /**
   * As {@link #nested}, but every line encodes a different sentence: the scan cannot read a
   * repeated line once, and the decode budget runs out (reported as scan-budget).
   */
  static String nestedDistinct(int size) {
    StringBuilder b = new StringBuilder(size + 512);
    for (int n = 0; b.length() < size; n++) {
      String s = "deploy " + n + " finished and the service is healthy again";
      for (int i = 0; i < 4; i++) {
        s = Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
      }
      b.append(s).append('\n');
    }
    return b.substring(0, size);
  }

  /** Base64 of base64 of base64 ... of a sentence, repeated to fill the size. */
  static String nested(int size) {
    String s = "the deploy finished and the service is healthy again";
    for (int i = 0; i < 4; i++) {
      s = Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
    StringBuilder b = new StringBuilder(size + s.length());
    while (b.length() < size) {
      b.append(s).append('\n');
    }
    return b.substring(0, size);
  }

  static String digits(int size) {
    Random r = new Random(3);
    StringBuilder b = new StringBuilder(size);
    while (b.length() < size) {
      b.append((char) ('0' + r.nextInt(10)));
      if (r.nextInt(5) == 0) {
        b.append(' ');
      }
    }
    return b.substring(0, size);
  }
}
