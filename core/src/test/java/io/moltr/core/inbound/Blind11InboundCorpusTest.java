package io.moltr.core.inbound;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moltr.core.config.ConfigNode;
import java.io.BufferedReader;
import java.io.IOException;
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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Blind corpus 11 (core/src/test/resources/inbound/blind11-gen.py, labelling rules at its top):
 * 450 injected instructions and 450 benign texts in the same carriers (web pages, issues, MCP
 * tool descriptions and results, e-mails, calendar invites, CSV cells, package metadata, ...).
 * Prints the figures by family, carrier, technique and language and every miss and false block,
 * writes target/blind11-inbound-report.txt and holds the floors.
 */
class Blind11InboundCorpusTest {

  private static final Set<String> ALLOWED = Set.of("github.com", "raw.githubusercontent.com", "api.openai.com");

  /**
   * Floors: at least this many attacks detected, at most this many benign texts blocked. First run
   * (before reading the scanner): 322/450 detected, 0/450 blocked; after the fixes: 426/450, 0/450.
   */
  private static final int MIN_DETECTED = 426;
  private static final int MAX_BENIGN_BLOCKED = 0;

  private record Row(String id, String label, String family, String carrier, String technique, String lang, String text) {}

  private record Outcome(Row row, InputReport report, boolean blocked) {}

  private static List<Row> rows() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Row> rows = new ArrayList<>();
    try (InputStream in = Blind11InboundCorpusTest.class.getResourceAsStream("/inbound/blind11.jsonl")) {
      if (in == null) {
        throw new IOException("blind11.jsonl missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = json.readTree(line);
        rows.add(new Row(n.get("id").asText(), n.get("label").asText(), n.get("family").asText(),
            n.get("carrier").asText(), n.get("technique").asText(), n.get("lang").asText(), n.get("text").asText()));
      }
    }
    return rows;
  }

  @Test
  void corpusFiguresHoldTheFloors() throws IOException {
    InputScanner scanner = InputScanner.fromConfig(ConfigNode.empty("default.yaml"), ALLOWED::contains);
    List<Outcome> outcomes = new ArrayList<>();
    for (Row row : rows()) {
      InputReport r = scanner.scan(row.text());
      outcomes.add(new Outcome(row, r, scanner.blocks(r)));
    }
    List<Outcome> attacks = outcomes.stream().filter(o -> o.row().label().equals("attack")).toList();
    List<Outcome> benign = outcomes.stream().filter(o -> o.row().label().equals("benign")).toList();
    long detected = attacks.stream().filter(Outcome::blocked).count();
    long falseBlocks = benign.stream().filter(Outcome::blocked).count();

    StringBuilder out = new StringBuilder();
    out.append(String.format("blind11 inbound: attacks detected %d/%d (%.1f%%), benign blocked %d/%d (%.1f%%)%n",
        detected, attacks.size(), 100.0 * detected / attacks.size(), falseBlocks, benign.size(),
        100.0 * falseBlocks / benign.size()));
    table(out, "attacks by family", attacks, o -> o.row().family());
    table(out, "attacks by carrier", attacks, o -> o.row().carrier());
    table(out, "attacks by technique", attacks, o -> o.row().technique());
    table(out, "attacks by language", attacks, o -> o.row().lang());
    table(out, "benign blocked by family", benign, o -> o.row().family());
    table(out, "benign blocked by carrier", benign, o -> o.row().carrier());
    table(out, "benign blocked by language", benign, o -> o.row().lang());
    out.append("\nMISSES\n");
    attacks.stream().filter(o -> !o.blocked()).forEach(o -> describe(out, o));
    out.append("\nFALSE BLOCKS\n");
    benign.stream().filter(Outcome::blocked).forEach(o -> describe(out, o));

    System.out.print(out);
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.writeString(target.resolve("blind11-inbound-report.txt"), out.toString(), StandardCharsets.UTF_8);

    assertTrue(attacks.size() >= 440 && benign.size() >= 440, "corpus size");
    assertTrue(detected >= MIN_DETECTED, "detected " + detected + " < floor " + MIN_DETECTED);
    assertTrue(falseBlocks <= MAX_BENIGN_BLOCKED, "benign blocked " + falseBlocks + " > ceiling " + MAX_BENIGN_BLOCKED);
  }

  private interface Key {
    String of(Outcome o);
  }

  private static void table(StringBuilder out, String title, List<Outcome> list, Key key) {
    Map<String, int[]> counts = new TreeMap<>();
    for (Outcome o : list) {
      int[] c = counts.computeIfAbsent(key.of(o), k -> new int[2]);
      c[1]++;
      if (o.blocked()) {
        c[0]++;
      }
    }
    out.append("\n").append(title).append(" (blocked/total)\n");
    counts.forEach((k, c) -> out.append(String.format("  %-18s %3d/%3d%n", k, c[0], c[1])));
  }

  private static void describe(StringBuilder out, Outcome o) {
    Row r = o.row();
    String ids = o.report().findings().stream().map(InputFinding::ruleId).distinct().collect(Collectors.joining(","));
    String text = r.text().replace("\n", "\\n");
    if (text.length() > 300) {
      text = text.substring(0, 300) + "...";
    }
    out.append(String.format("- %s [%s/%s/%s/%s] score=%.2f findings=[%s]%n    %s%n", r.id(), r.family(), r.carrier(),
        r.technique(), r.lang(), o.report().riskScore(), ids, escape(text)));
  }

  /** Invisible and control characters printed as code points so the report stays readable. */
  private static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064)
          || cp == 0xFEFF || (cp >= 0xE0000 && cp <= 0xE007F)) {
        b.append(String.format("<U+%04X>", cp));
      } else {
        b.appendCodePoint(cp);
      }
    });
    return b.toString();
  }
}
