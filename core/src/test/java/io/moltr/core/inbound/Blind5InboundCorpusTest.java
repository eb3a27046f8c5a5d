package io.moltr.core.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moltr.core.config.ConfigNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Fifth blind corpus (blind5.jsonl, made by blind5-gen.py): indirect injections inside realistic carriers
 * with ordinary content around them, and hard negatives in the same carriers. Written before the scanner was
 * read; the first run is kept in blind5-first-run.txt.
 */
class Blind5InboundCorpusTest {
  static final Set<String> ALLOWED = Set.of("github.com", "raw.githubusercontent.com", "api.openai.com");

  // Floors: the figures after the fixes on this branch, 260/260 detected and 0/340 blocked. The first
  // run (before any fix) was 184/260 and 6/340: blind5-first-run.txt.
  static final double MIN_DETECTED = 1.0;
  static final double MAX_BENIGN_BLOCKED = 0.0;

  record Row(String id, String label, String family, String carrier, String obfuscation, String text) {}

  record Outcome(Row row, boolean blocked, double score, List<String> rules) {}

  static List<Row> rows() throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Row> out = new ArrayList<>();
    try (InputStream in = Blind5InboundCorpusTest.class.getResourceAsStream("/inbound/blind5.jsonl");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) continue;
        JsonNode n = json.readTree(line);
        out.add(new Row(n.get("id").asText(), n.get("label").asText(), n.get("family").asText(),
            n.get("carrier").asText(), n.get("obfuscation").asText(), n.get("text").asText()));
      }
    }
    return out;
  }

  @Test
  void blind5Corpus() throws Exception {
    InputScanner scanner = InputScanner.fromConfig(ConfigNode.empty("default.yaml"), ALLOWED::contains);
    List<Outcome> outcomes = new ArrayList<>();
    for (Row row : rows()) {
      InputReport r = scanner.scan(row.text());
      outcomes.add(new Outcome(row, scanner.blocks(r), r.riskScore(),
          r.findings().stream().map(InputFinding::ruleId).distinct().sorted().toList()));
    }
    List<Outcome> attacks = outcomes.stream().filter(o -> o.row().label().equals("attack")).toList();
    List<Outcome> benign = outcomes.stream().filter(o -> o.row().label().equals("benign")).toList();
    long detected = attacks.stream().filter(Outcome::blocked).count();
    long falseBlocks = benign.stream().filter(Outcome::blocked).count();
    double detectedRate = (double) detected / attacks.size();
    double benignRate = (double) falseBlocks / benign.size();

    StringBuilder out = new StringBuilder();
    out.append(String.format("blind5: detected %d/%d = %.1f%%, benign blocked %d/%d = %.1f%%%n",
        detected, attacks.size(), 100 * detectedRate, falseBlocks, benign.size(), 100 * benignRate));
    group(out, "attacks by family", attacks, o -> o.row().family());
    group(out, "attacks by carrier", attacks, o -> o.row().carrier());
    group(out, "attacks by obfuscation", attacks, o -> o.row().obfuscation());
    group(out, "benign blocked by family", benign, o -> o.row().family());
    group(out, "benign blocked by carrier", benign, o -> o.row().carrier());
    out.append("\nmissed attacks:\n");
    for (Outcome o : attacks) {
      if (!o.blocked()) out.append(line(o));
    }
    out.append("\nblocked benign:\n");
    for (Outcome o : benign) {
      if (o.blocked()) out.append(line(o));
    }
    System.out.println(out);

    assertThat(detectedRate).as("blind5 detection").isGreaterThanOrEqualTo(MIN_DETECTED);
    assertThat(benignRate).as("blind5 benign blocked").isLessThanOrEqualTo(MAX_BENIGN_BLOCKED);
  }

  static String line(Outcome o) {
    return String.format("  %s %s/%s/%s score=%.2f rules=%s%n", o.row().id(), o.row().family(), o.row().carrier(),
        o.row().obfuscation(), o.score(), o.rules());
  }

  static void group(StringBuilder out, String title, List<Outcome> list, Function<Outcome, String> key) {
    out.append('\n').append(title).append(" (blocked/total):\n");
    Map<String, List<Outcome>> by = list.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    by.forEach((k, v) -> out.append(String.format("  %-22s %3d/%3d%n", k,
        v.stream().filter(Outcome::blocked).count(), v.size())));
  }
}
