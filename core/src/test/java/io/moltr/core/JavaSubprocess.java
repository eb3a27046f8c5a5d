package io.moltr.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of the test classpath in a fresh JVM, reads the lines it acknowledges on
 * stdout, and kills it with SIGKILL once enough have arrived: a crash at an arbitrary instant.
 */
public final class JavaSubprocess {
  private JavaSubprocess() {}

  /**
   * Starts {@code mainClass args}, waits until {@code acks} lines were printed (or the process
   * ends, or {@code maxSeconds} pass), kills it with SIGKILL and returns every line it printed.
   */
  public static List<String> runAndKill(Class<?> mainClass, int acks, int maxSeconds, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xshare:auto");
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(mainClass.getName());
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    List<String> lines = new ArrayList<>();
    CompletableFuture<Void> reader =
        CompletableFuture.runAsync(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                  }
                }
              } catch (IOException e) {
                // the pipe breaks when the process is killed; what was read stays
              }
            });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
    synchronized (lines) {
      while (lines.size() < acks && p.isAlive() && System.nanoTime() < deadline) {
        lines.wait(100);
      }
    }
    p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no flush
    p.waitFor(10, TimeUnit.SECONDS);
    try {
      reader.get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IOException("reading the subprocess output failed", e);
    }
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }
}
