package io.moltr.bench;

import io.moltr.core.config.ConfigNode;
import io.moltr.core.inbound.InputReport;
import io.moltr.core.inbound.InputScanner;
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
 * Inbound scanner ({@code /scan/input}) cost, one thread: the output scanner's mixed clean text,
 * an English article (the prose an agent reads most), a long to-do list, texts made of rule lead
 * words without what must follow them ("dense-": they block as too dense or take every attempt to
 * its end), and floods of links, comments and base64.
 *
 * <p>Run: {@code ./mvnw -q -pl core,bench package -DskipTests && java -jar
 * bench/target/benchmarks.jar InputScannerBenchmark -f 1 -wi 2 -i 3 -w 2s -r 3s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class InputScannerBenchmark {
  static final int MIB = 1 << 20;

  @Param({"clean-4KiB", "article-4KiB", "article-64KiB", "clean-1MiB", "article-1MiB", "dense-the-1MiB",
      "dense-ignore-1MiB", "dense-disregard-1MiB", "dense-vergiss-1MiB", "dense-cc-1MiB", "dense-copy-1MiB",
      "dense-zero-width-1MiB", "near-send-1MiB", "todo-1MiB", "md-links-1MiB", "html-comments-1MiB", "base64-1MiB"})
  public String input;

  private InputScanner scanner;
  private String text;

  @Setup(Level.Trial)
  public void setUp() {
    scanner = InputScanner.fromConfig(ConfigNode.empty("default.yaml"), host -> host.endsWith("github.com"));
    text = switch (input) {
      case "clean-4KiB" -> ScannerBenchmark.cleanText(4096);
      case "article-4KiB" -> article(4096);
      case "article-64KiB" -> article(64 * 1024);
      case "clean-1MiB" -> ScannerBenchmark.cleanText(MIB - 1);
      case "article-1MiB" -> article(MIB - 1);
      case "dense-the-1MiB" -> "the ".repeat(MIB / 4);
      case "dense-ignore-1MiB" -> "ignore all previous ".repeat(MIB / 20);
      // Lead words without what must follow them: each anchored attempt fails, some only after a 40- or 60-character gap.
      case "dense-disregard-1MiB" -> repeat("disregard the ", MIB);
      case "dense-vergiss-1MiB" -> repeat("vergiss alle ", MIB);
      case "dense-cc-1MiB" -> repeat("cc ", MIB);
      case "dense-copy-1MiB" -> repeat("copy ", MIB);
      case "dense-zero-width-1MiB" -> repeat("i\u200Bg\u200Bn\u200Bo\u200Br\u200Be a\u200Bl\u200Bl ", MIB);
      case "near-send-1MiB" -> repeat("send the data to the team ", MIB);
      case "todo-1MiB" -> todo(MIB);
      case "md-links-1MiB" -> repeat("[docs](https://x.example/a?b=c) ", MIB);
      case "html-comments-1MiB" -> repeat("<!-- note -->", MIB);
      case "base64-1MiB" -> repeat("QmFzZTY0IGlzIGp1c3QgYW4gZW5jb2Rpbmcgb2YgYnl0ZXMu ", MIB);
      default -> throw new IllegalArgumentException(input);
    };
    InputReport r = scanner.scan(text);
    if (!input.startsWith("dense") && scanner.blocks(r)) {
      throw new IllegalStateException("clean text blocked: " + r.findings());
    }
  }

  @Benchmark
  public InputReport scan() {
    return scanner.scan(text);
  }

  static String repeat(String unit, int size) {
    StringBuilder b = new StringBuilder(size + unit.length());
    while (b.length() < size) {
      b.append(unit);
    }
    return b.substring(0, size - 1);
  }

  /** A long list of imperative to-do items: the densest ordinary text in lead words met so far. */
  static String todo(int size) {
    String[] items = {"Send the weekly report to the team", "Review the open pull requests",
        "Update the user guide for the new release", "Check the logs for errors after the deploy",
        "Share the slides with the customer", "Write the release notes for your users", "Include the changelog in the package",
        "Tell the support team about the outage", "List all the open incidents in the tracker", "Forward the invoice to accounts",
        "Post the update in the team channel", "Copy the files to the shared drive"};
    StringBuilder b = new StringBuilder(size + 64);
    for (int i = 0; b.length() < size; i++) {
      b.append("- [ ] ").append(items[(i * 7) % items.length]).append('\n');
    }
    return b.substring(0, size - 1);
  }

  /** A blog post about moving a build to a new machine: plain English, headings, no injection. */
  static String article(int size) {
    String[] paragraphs = {
      "# How we moved our build to a new runner\n\n",
      "Last month our team moved the whole build from the old shared runner to a dedicated machine. Before the "
          + "move, every pull request waited in a queue for about twelve minutes before any test started, and the "
          + "user who opened it had no way to see where it stood.\n\n",
      "The old runner was set up years ago by a developer who has since left. Nobody on the team knew all of its "
          + "rules, and the documentation was out of date: the page said to restart the agent from the admin "
          + "panel, but that panel had been removed. When a job failed, the log showed only the last hundred "
          + "lines, so you had to read the raw output on the machine itself.\n\n",
      "First we wrote down every step the old runner performed, in order. Then we set up the new machine from a "
          + "script, so that anyone can rebuild it from scratch. The script installs the compilers, sets the "
          + "environment, and registers the runner with the server. It returns a non-zero exit code when any "
          + "step fails, so a half-configured machine never takes jobs.\n\n",
      "The queue time dropped from twelve minutes to under one. The build page now shows each step with its "
          + "duration, and you can download the full log. If a job is stuck, anyone on the team can cancel it; "
          + "before, only an administrator could.\n\n",
      "If you maintain a similar setup, read the logs of a typical week before you change anything, and keep "
          + "the old system running until the new one has produced the same results for every job. Questions "
          + "are welcome in the comments below.\n\n"
    };
    StringBuilder b = new StringBuilder(size + 1024);
    for (int i = 0; b.length() < size; i++) {
      b.append(paragraphs[i % paragraphs.length]);
    }
    return b.substring(0, size);
  }
}
