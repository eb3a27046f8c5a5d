import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the JMH clean text of the given size to a file (UTF-8), for the Python stand-in. */
public class DumpText {
  public static void main(String[] a) throws Exception {
    String text = io.moltr.bench.ScannerBenchmark.cleanText(Integer.parseInt(a[0]));
    Files.writeString(Path.of(a[1]), text, StandardCharsets.UTF_8);
  }
}
