import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * CPU time of OutputScanner.scan on one thread for two benchmark jars (bench/target/benchmarks.jar
 * of two checkouts) loaded side by side and run alternately, so that a busy machine weighs on both
 * alike. Both first warm up for -Dwarm seconds (default 30): the JIT recompiles the scan several
 * times before it settles, and shorter runs compare warm-up, not code. Prints the minimum and
 * median of the last two thirds of N measured scans.
 * Input: the benchmark's clean text of -Dsize characters (default 1 MiB), or -Dinput=FILE.
 * Config: -Dconfig0 and -Dconfig1, each jar's config directory (default ./config).
 * Run: java bench/load/OutputCpuPair.java before.jar after.jar N
 */
public class OutputCpuPair {
  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: java bench/load/OutputCpuPair.java A.jar B.jar N");
      System.exit(2);
    }
    int n = Integer.parseInt(args[2]);
    int size = Integer.getInteger("size", 1 << 20);
    Object[] scanner = new Object[2];
    Method[] scan = new Method[2];
    String[] text = new String[2];
    for (int k = 0; k < 2; k++) {
      URLClassLoader cl = new URLClassLoader(new URL[] {Path.of(args[k]).toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Class<?> node = cl.loadClass("io.moltr.core.config.ConfigNode");
      Method load = node.getMethod("load", Path.class);
      Method get = node.getMethod("get", String.class);
      Path config = Path.of(System.getProperty("config" + k, "config"));
      Object patterns = load.invoke(null, config.resolve("scan_patterns.yaml"));
      Object output = get.invoke(get.invoke(load.invoke(null, config.resolve("default.yaml")),
          "scanners"), "output");
      Class<?> os = cl.loadClass("io.moltr.core.scan.OutputScanner");
      scanner[k] = os.getMethod("fromConfig", node, node).invoke(null, patterns, output);
      os.getMethod("setRegisteredSecrets", Map.class).invoke(scanner[k],
          Map.of("db", "Zq3v8Lr2Nx5Tp7Wd", "webhook", "hook-4f9a2c7e1b6d"));
      scan[k] = os.getMethod("scan", String.class);
      String input = System.getProperty("input");
      text[k] = input != null ? Files.readString(Path.of(input))
          : (String) cl.loadClass("io.moltr.bench.ScannerBenchmark")
              .getMethod("cleanText", int.class).invoke(null, size);
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long warmEnd = System.nanoTime() + Long.getLong("warm", 30) * 1_000_000_000L;
    while (System.nanoTime() < warmEnd) {
      for (int k = 0; k < 2; k++) {
        scan[k].invoke(scanner[k], text[k]);
      }
    }
    long[][] cpu = new long[2][n];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < 2; k++) {
        long t0 = mx.getCurrentThreadCpuTime();
        scan[k].invoke(scanner[k], text[k]);
        cpu[k][i] = mx.getCurrentThreadCpuTime() - t0;
      }
    }
    for (int k = 0; k < 2; k++) {
      long[] tail = Arrays.copyOfRange(cpu[k], n / 3, n);
      Arrays.sort(tail);
      System.out.printf("%s: min %.3f ms  median %.3f ms%n", args[k], tail[0] / 1e6,
          tail[tail.length / 2] / 1e6);
    }
  }
}
