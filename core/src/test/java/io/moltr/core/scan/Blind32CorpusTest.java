package io.moltr.core.scan;

import static io.moltr.core.scan.CorpusTally.add;
import static io.moltr.core.scan.CorpusTally.oneLine;
import static io.moltr.core.scan.CorpusTally.section;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.moltr.core.scan.Blind32Corpus.Label;
import io.moltr.core.scan.CorpusTally.Tally;
import io.moltr.core.scan.Blind32Corpus.Row;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs the blind32 corpus (configuration and infrastructure files) through the shipped output scanner. */
class Blind32CorpusTest {
  /**
   * Floors after the fixes (first run: 280/280 plain, 139/140 encoded, 33/1260 false positives;
   * after fixes: 280/280, 140/140, 0/1260).
   */
  static final int PLAIN_FLOOR = 280;
  static final int ENCODED_FLOOR = 140;
  static final int FP_CEILING = 0;

  @Test
  void corpus() throws Exception {
    OutputScanner scanner = Fixtures.scanner();
    Map<String, Tally> byLabel = new TreeMap<>();
    Map<String, Tally> byKind = new TreeMap<>();
    Map<String, Tally> byEnc = new TreeMap<>();
    Map<String, Tally> byCtx = new TreeMap<>();
    Map<String, Tally> byLang = new TreeMap<>();
    Map<String, Tally> fpByGen = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    List<String> fps = new ArrayList<>();
    for (Row x : Blind32Corpus.rows()) {
      ScanReport rep = scanner.scan(x.text());
      boolean blocked = !rep.clean();
      String rules = rep.findings().stream().map(Finding::ruleId).distinct().collect(Collectors.joining(","));
      add(byLabel, x.label().name(), blocked);
      if (x.label() == Label.NEGATIVE) {
        add(fpByGen, x.generator(), blocked);
        add(byLang, "negative/" + x.lang(), blocked);
        if (blocked) {
          fps.add("FP [" + x.generator() + "/" + x.lang() + "] rules=" + rules + " :: " + oneLine(x.text()));
        }
      } else {
        add(byKind, x.label().name().toLowerCase() + "/" + x.kind(), blocked);
        add(byCtx, x.label().name().toLowerCase() + "/" + x.context(), blocked);
        add(byLang, x.label().name().toLowerCase() + "/" + x.lang(), blocked);
        if (x.label() == Label.ENCODED) {
          add(byEnc, x.encoding(), blocked);
        }
        if (!blocked) {
          misses.add("MISS [" + x.label() + " " + x.kind() + " enc=" + x.encoding() + " ctx=" + x.context() + " lang=" + x.lang()
              + "] :: " + oneLine(x.text()));
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("blind32 corpus: configuration and infrastructure files, seed ").append(Blind32Corpus.SEED).append('\n');
    section(sb, "by label (blocked/total)", byLabel);
    section(sb, "recall by kind", byKind);
    section(sb, "recall by encoding", byEnc);
    section(sb, "recall by context", byCtx);
    section(sb, "by language (recall for positives, FP for negatives)", byLang);
    section(sb, "false positives by generator", fpByGen);
    sb.append("== misses (").append(misses.size()).append(") ==\n");
    misses.forEach(m -> sb.append(m).append('\n'));
    sb.append("== false positives (").append(fps.size()).append(") ==\n");
    fps.forEach(m -> sb.append(m).append('\n'));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/blind32-report.txt"), sb.toString());
    System.out.println(sb);
    assertTrue(byLabel.get("PLAIN").hit >= PLAIN_FLOOR, "plain " + byLabel.get("PLAIN").fmt());
    assertTrue(byLabel.get("ENCODED").hit >= ENCODED_FLOOR, "encoded " + byLabel.get("ENCODED").fmt());
    assertTrue(byLabel.get("NEGATIVE").hit <= FP_CEILING, "false positives " + byLabel.get("NEGATIVE").fmt());
  }
}
