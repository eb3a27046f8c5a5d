package io.moltr.bench;

import io.moltr.core.Operation;
import io.moltr.core.config.ConfigNode;
import io.moltr.core.fs.PathPolicy;
import io.moltr.core.network.HostResolver;
import io.moltr.core.network.UrlPolicy;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of one egress and one path decision under the shipped policy; DNS answers come from an
 * in-memory resolver, which is what a warm cache costs.
 * Run: java -jar bench/target/benchmarks.jar EgressPolicyBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class EgressPolicyBenchmark {
  private UrlPolicy urls;
  private PathPolicy paths;

  @Setup
  public void setUp() throws Exception {
    Path config = Path.of(System.getProperty("moltr.config", "config"));
    InetAddress pub = InetAddress.getByAddress(new byte[] {(byte) 140, 82, 112, 3});
    HostResolver cached = host -> List.of(pub);
    ConfigNode defaults = ConfigNode.load(config.resolve("default.yaml"));
    urls = UrlPolicy.fromConfig(ConfigNode.load(config.resolve("allowlists/domains.yaml")),
        defaults.get("validators").get("network"), cached);
    Path work = Files.createTempDirectory("moltr-bench");
    paths = PathPolicy.fromConfig(ConfigNode.load(config.resolve("allowlists/paths.yaml")),
        defaults.get("validators").get("filesystem"), defaults.get("honeypots"), work,
        Set.of(work.resolve("data")), Set.of(work.resolve("config")));
  }

  @Benchmark
  public Object allowedUrl() {
    return urls.check("https://api.openai.com/v1/chat/completions");
  }

  @Benchmark
  public Object obfuscatedMetadataUrl() {
    return urls.check("http://github.com@0251.0376.0251.0376:80/latest/meta-data/");
  }

  @Benchmark
  public Object allowedPath() {
    return paths.check("src/pkg/main.py", Operation.WRITE);
  }
}
