package io.moltr.core.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moltr.core.config.ConfigNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Ninth blind corpus (blind9.jsonl, made by blind9-gen.py with a fixed seed): instruction overrides and
 * jailbreaks in English and German, asks addressed indirectly to the reading agent ("note to AI agents",
 * "the assistant reading this"), fake system/developer messages and tool outputs, authority and urgency,
 * exfiltration asks, markdown/HTML images carrying data, commands, tool-call smuggling in many chat-template
 * and tool formats, 23 ways of hiding text, nine encodings and nine more languages; hard negatives in the same
 * carriers. Written before the scanner was read; the first run is kept in blind9-first-run.txt.
 */
class Blind9InboundCorpusTest {
  static final Set<String> ALLOWED = Set.of("github.com", "raw.githubusercontent.com", "api.openai.com");

  // Floors: the figures after the fixes on branch inbound9, 454/454 detected and 6/400 blocked
  // (blind9-after-fixes.txt). The first run (before any fix) was 297/454 and 27/400: blind9-first-run.txt;
  // what is still wrong and why 100% here says little about unseen text: blind9-README.md.
  static final double MIN_DETECTED = 454 / 454.0;
  static final double MAX_BENIGN_BLOCKED = 6 / 400.0;

  record Row(int line, String expect, String family, String carrier, String lang, String text) {}

  record Outcome(Row row, boolean blocked, double score, List<String> rules) {}

  static List<Row> rows() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Row> out = new ArrayList<>();
    try (InputStream in = Blind9InboundCorpusTest.class.getResourceAsStream("/inbound/blind9.jsonl");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank()) continue;
        JsonNode j = json.readTree(line);
        out.add(new Row(n, j.get("expect").asText(), j.get("family").asText(), j.get("carrier").asText(),
            j.get("lang").asText(), j.get("text").asText()));
      }
    }
    return out;
  }

  @Test
  void blind9Corpus() throws Exception {
    InputScanner scanner = InputScanner.fromConfig(ConfigNode.empty("default.yaml"), ALLOWED::contains);
    List<Outcome> outcomes = new ArrayList<>();
    for (Row row : rows()) {
      InputReport r = scanner.scan(row.text());
      outcomes.add(new Outcome(row, scanner.blocks(r), r.riskScore(),
          r.findings().stream().map(InputFinding::ruleId).distinct().sorted().toList()));
    }
    List<Outcome> attacks = outcomes.stream().filter(o -> o.row().expect().equals("block")).toList();
    List<Outcome> benign = outcomes.stream().filter(o -> o.row().expect().equals("allow")).toList();
    long detected = attacks.stream().filter(Outcome::blocked).count();
    long falseBlocks = benign.stream().filter(Outcome::blocked).count();

    StringBuilder out = new StringBuilder();
    out.append(String.format("blind9: detected %d/%d (%.1f%%), benign blocked %d/%d (%.1f%%)%n", detected,
        attacks.size(), 100.0 * detected / attacks.size(), falseBlocks, benign.size(),
        100.0 * falseBlocks / benign.size()));
    table(out, "attacks detected by family", attacks, o -> o.row().family());
    table(out, "attacks detected by carrier", attacks, o -> o.row().carrier().split("[:+]")[0]);
    table(out, "attacks detected by technique (hidden/encoded)",
        attacks.stream().filter(o -> o.row().carrier().contains(":")).toList(),
        o -> o.row().carrier().substring(o.row().carrier().indexOf(':') + 1));
    table(out, "attacks detected by lang", attacks, o -> o.row().lang());
    table(out, "benign blocked by family", benign, o -> o.row().family());
    table(out, "benign blocked by carrier", benign, o -> o.row().carrier().split("[:+]")[0]);
    table(out, "benign blocked by lang", benign, o -> o.row().lang());
    list(out, "MISSES (attack allowed)", attacks.stream().filter(o -> !o.blocked()).toList());
    list(out, "FALSE BLOCKS (benign blocked)", benign.stream().filter(Outcome::blocked).toList());
    System.out.println(out);
    Path report = Path.of("target", "blind9-inbound-report.txt");
    Files.createDirectories(report.getParent());
    Files.writeString(report, out);

    assertThat(attacks).isNotEmpty();
    assertThat(benign).isNotEmpty();
    assertThat((double) detected / attacks.size()).isGreaterThanOrEqualTo(MIN_DETECTED);
    assertThat((double) falseBlocks / benign.size()).isLessThanOrEqualTo(MAX_BENIGN_BLOCKED);
  }

  /** Blocked count per group; for attacks that is "detected", for benign rows "falsely blocked". */
  private static void table(StringBuilder out, String title, List<Outcome> rows, Function<Outcome, String> key) {
    Map<String, int[]> groups = new TreeMap<>();
    for (Outcome o : rows) {
      int[] g = groups.computeIfAbsent(key.apply(o), k -> new int[2]);
      g[1]++;
      if (o.blocked()) g[0]++;
    }
    out.append("\n== ").append(title).append(" ==\n");
    groups.forEach((k, g) -> out.append(String.format("  %-24s %3d/%-3d%n", k, g[0], g[1])));
  }

  private static void list(StringBuilder out, String title, List<Outcome> rows) {
    out.append("\n== ").append(title).append(" (").append(rows.size()).append(") ==\n");
    for (Outcome o : rows) {
      Row r = o.row();
      String text = r.text().replace("\n", "\\n");
      out.append(String.format("  line %d [%s/%s/%s] score=%.2f rules=%s%n    %s%n", r.line(), r.family(),
          r.carrier(), r.lang(), o.score(), o.rules(), text.length() > 600 ? text.substring(0, 600) + "…" : text));
    }
  }
}
