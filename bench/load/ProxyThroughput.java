import io.moltr.core.ActionGate;
import io.moltr.core.Decision;
import io.moltr.core.Mode;
import io.moltr.core.Shield;
import io.moltr.server.auth.ApiKeyStore;
import io.moltr.server.proxy.EgressProxy;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * CONNECT tunnel throughput and added time to first byte, loopback only, bounded.
 * Run: java -cp server/target/moltr.jar bench/load/ProxyThroughput.java [MiB] [ttfb-rounds]
 * The policy engine is real code (the Shield facade) with a fixed allow decision; the
 * upstream connector sends the tunnel to a local origin that streams zeros.
 */
public class ProxyThroughput {
  public static void main(String[] args) throws Exception {
    int mib = args.length > 0 ? Integer.parseInt(args[0]) : 512;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    ServerSocket origin = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
    Thread serve = new Thread(() -> {
      byte[] chunk = new byte[64 * 1024];
      while (true) {
        try {
          Socket s = origin.accept();
          new Thread(() -> {
            try (s) {
              InputStream in = s.getInputStream();
              int mode = in.read(); // 'T' = throughput, 'F' = first byte
              OutputStream out = s.getOutputStream();
              if (mode == 'F') {
                out.write('x');
                out.flush();
                return;
              }
              long left = (long) mib << 20;
              while (left > 0) {
                int n = (int) Math.min(chunk.length, left);
                out.write(chunk, 0, n);
                left -= n;
              }
            } catch (Exception e) {
              // client went away
            }
          }).start();
        } catch (Exception e) {
          return;
        }
      }
    });
    serve.setDaemon(true);
    serve.start();

    Shield.Engines engines = new Shield.Engines(c -> Decision.allow("ok", Map.of()), (p, o) -> Decision.allow("ok", Map.of()),
        (url, payload) -> Decision.allow("ok", Map.of("addresses", List.of("203.0.113.9"))),
        t -> Decision.allow("clean", Map.of()), t -> t);
    Shield shield = new Shield(Mode.ENFORCE, Shield.Modules.ALL, engines, i -> { }, ActionGate.OPEN,
        new Shield.LeakLockdown(0, Duration.ofMinutes(1)), Clock.systemUTC());
    var dir = Files.createTempDirectory("moltr-bench");
    EgressProxy proxy = new EgressProxy(shield, ApiKeyStore.open(dir, "bench-key-0123456789abcdefghijklmnopqrstu", Clock.systemUTC()),
        new EgressProxy.Settings("127.0.0.1", 0, false, false, 64, Duration.ofSeconds(5), Duration.ofSeconds(60), 1 << 20),
        (host, port, checked, timeout) -> new Socket(InetAddress.getLoopbackAddress(), origin.getLocalPort()));
    int proxyPort = proxy.start();

    for (int warm = 0; warm < 2; warm++) {
      throughput(null, origin.getLocalPort(), mib);
      throughput(proxyPort, origin.getLocalPort(), mib);
    }
    double direct = 0;
    double tunnel = 0;
    for (int i = 0; i < 3; i++) {
      direct = Math.max(direct, throughput(null, origin.getLocalPort(), mib));
      tunnel = Math.max(tunnel, throughput(proxyPort, origin.getLocalPort(), mib));
    }
    System.out.printf("throughput, best of 3 x %d MiB: direct %.0f MiB/s, CONNECT tunnel %.0f MiB/s (%.0f%%)%n",
        mib, direct, tunnel, 100 * tunnel / direct);

    long[] d = new long[rounds];
    long[] t = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      d[i] = firstByte(null, origin.getLocalPort());
      t[i] = firstByte(proxyPort, origin.getLocalPort());
    }
    Arrays.sort(d);
    Arrays.sort(t);
    System.out.printf("time to first byte over %d connections: direct median %.3f ms, tunnel median %.3f ms,"
        + " added %.3f ms (p99 direct %.3f, tunnel %.3f)%n", rounds, d[rounds / 2] / 1e6, t[rounds / 2] / 1e6,
        (t[rounds / 2] - d[rounds / 2]) / 1e6, d[rounds * 99 / 100] / 1e6, t[rounds * 99 / 100] / 1e6);
    proxy.close();
    System.exit(0);
  }

  static Socket open(Integer proxyPort, int originPort) throws Exception {
    Socket s = new Socket();
    s.setTcpNoDelay(true);
    if (proxyPort == null) {
      s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), originPort));
      return s;
    }
    s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), proxyPort));
    s.getOutputStream().write("CONNECT origin.test:443 HTTP/1.1\r\nHost: origin.test:443\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    InputStream in = s.getInputStream();
    int state = 0;
    while (state < 4) {
      int c = in.read();
      if (c < 0) {
        throw new IllegalStateException("proxy closed");
      }
      state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
    }
    return s;
  }

  static double throughput(Integer proxyPort, int originPort, int mib) throws Exception {
    long t0 = System.nanoTime();
    long total = 0;
    try (Socket s = open(proxyPort, originPort)) {
      s.getOutputStream().write('T');
      byte[] buf = new byte[256 * 1024];
      InputStream in = s.getInputStream();
      for (int n; (n = in.read(buf)) >= 0; ) {
        total += n;
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    if (total != (long) mib << 20) {
      throw new IllegalStateException("short read: " + total);
    }
    return mib / secs;
  }

  static long firstByte(Integer proxyPort, int originPort) throws Exception {
    long t0 = System.nanoTime();
    try (Socket s = open(proxyPort, originPort)) {
      s.getOutputStream().write('F');
      if (s.getInputStream().read() != 'x') {
        throw new IllegalStateException("no first byte");
      }
      return System.nanoTime() - t0;
    }
  }
}
