package io.moltr.server.cluster;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A real redis-server (Debian's package) for a test, on 127.0.0.1 and a free port, without
 * persistence: stopping it loses its data, as a crashed cache without a disk would. The binary is
 * MOLTR_TEST_REDIS_SERVER or redis-server on the PATH; without one the test fails and says how
 * to install it (`.ci/run` does).
 */
public final class RedisProcess implements AutoCloseable {
  private final String binary;
  private final int port;
  private final Path dir;
  private final java.util.List<String> extra;
  private Process process;

  private RedisProcess(String binary, int port, Path dir, java.util.List<String> extra) {
    this.binary = binary;
    this.port = port;
    this.dir = dir;
    this.extra = extra;
  }

  /** Starts redis-server; {@code extra} are more command-line options (e.g. --requirepass). */
  public static RedisProcess start(Path dir, String... extra) throws IOException {
    RedisProcess r = new RedisProcess(binary(), freePort(), dir, java.util.List.of(extra));
    r.start();
    return r;
  }

  /** The URL tests give the shield. */
  public String url() {
    return "redis://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  /** (Re)starts the server on the same port, empty. */
  public void start() throws IOException {
    Files.createDirectories(dir);
    java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(binary, "--port", Integer.toString(port),
        "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.toString(), "--protected-mode", "yes"));
    cmd.addAll(extra);
    process = new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("redis.log").toFile())
        .start();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (Instant.now().isBefore(deadline)) {
      if (ping()) {
        return;
      }
      if (!process.isAlive()) {
        throw new IOException("redis-server exited at start: " + Files.readString(dir.resolve("redis.log")));
      }
      sleep(20);
    }
    throw new IOException("redis-server did not answer PING on port " + port + " within 10 s");
  }

  /** Kills the server (SIGKILL) and waits until it is gone. */
  public void kill() throws InterruptedException {
    if (process != null) {
      process.destroyForcibly();
      process.waitFor();
    }
  }

  private boolean ping() {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 200);
      s.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
      byte[] buf = new byte[16];
      int n = s.getInputStream().read(buf);
      // A server that wants a password answers -NOAUTH: it is up all the same.
      String answer = n > 0 ? new String(buf, 0, n, StandardCharsets.US_ASCII) : "";
      return answer.startsWith("+PONG") || answer.startsWith("-NOAUTH");
    } catch (IOException e) {
      return false;
    }
  }

  private static String binary() {
    String fromEnv = System.getenv("MOLTR_TEST_REDIS_SERVER");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv;
    }
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/usr/sbin").split(":")) {
      Path p = Path.of(dir, "redis-server");
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    if (Files.isExecutable(Path.of("/usr/bin/redis-server"))) {
      return "/usr/bin/redis-server";
    }
    throw new IllegalStateException("the cluster tests need a real Redis: install Debian's redis-server"
        + " (apt-get install redis-server; .ci/run does) or set MOLTR_TEST_REDIS_SERVER");
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws InterruptedException {
    kill();
  }
}
