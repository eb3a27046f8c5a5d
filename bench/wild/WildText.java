import io.moltr.core.config.ConfigNode;
import io.moltr.core.inbound.InputFinding;
import io.moltr.core.inbound.InputReport;
import io.moltr.core.inbound.InputScanner;
import io.moltr.core.scan.Finding;
import io.moltr.core.scan.OutputScanner;
import io.moltr.core.scan.ScanReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Real files as hard negatives: each file listed in args[0] is cut into 4 KiB chunks (the size
 * of an agent's tool result) and sent through both scanners. Every finding of /scan/output and
 * every block of /scan/input is printed with its file, so each can be judged by hand: most are
 * false positives, a few are documented example credentials.
 * Run: java -cp bench/target/benchmarks.jar bench/wild/WildText.java LIST
 */
public class WildText {
  public static void main(String[] args) throws Exception {
    Path config = Path.of("config");
    OutputScanner output = OutputScanner.fromConfig(ConfigNode.load(config.resolve("scan_patterns.yaml")),
        ConfigNode.load(config.resolve("default.yaml")).get("scanners").get("output"));
    InputScanner input = InputScanner.fromConfig(
        ConfigNode.load(config.resolve("default.yaml")).get("scanners").get("input"), host -> false);
    List<String> files = Files.readAllLines(Path.of(args[0]));
    int chunks = 0;
    int flagged = 0;
    int blocked = 0;
    Map<String, Integer> outputRules = new TreeMap<>();
    Map<String, Integer> inputRules = new TreeMap<>();
    for (String name : files) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(Path.of(name));
      } catch (Exception e) {
        continue;
      }
      if (bytes.length == 0 || bytes.length > 200_000) {
        continue;
      }
      String text = new String(bytes, StandardCharsets.UTF_8);
      for (int off = 0; off < text.length(); off += 4096) {
        String chunk = text.substring(off, Math.min(text.length(), off + 4096));
        chunks++;
        ScanReport out = output.scan(chunk);
        if (!out.clean()) {
          flagged++;
          for (Finding f : out.findings()) {
            outputRules.merge(f.ruleId(), 1, Integer::sum);
            System.out.println("output\t" + f.ruleId() + "\t" + name + "\t"
                + chunk.substring(Math.max(0, f.start() - 40), Math.min(chunk.length(), f.end() + 20)).replace("\n", "\\n"));
          }
        }
        InputReport in = input.scan(chunk);
        if (input.blocks(in)) {
          blocked++;
          StringBuilder why = new StringBuilder();
          for (InputFinding f : in.findings()) {
            inputRules.merge(f.ruleId(), 1, Integer::sum);
            why.append(f.ruleId()).append('[').append(f.excerpt()).append("] ");
          }
          System.out.println("input\t" + in.riskScore() + "\t" + name + "\t" + why.toString().replace("\n", "\\n"));
        }
      }
    }
    System.out.printf("files %d, chunks %d: /scan/output flagged %d (%.2f%%) %s; /scan/input blocked %d (%.2f%%) %s%n",
        files.size(), chunks, flagged, 100.0 * flagged / chunks, outputRules, blocked, 100.0 * blocked / chunks, inputRules);
  }
}
