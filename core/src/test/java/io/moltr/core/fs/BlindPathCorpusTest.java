package io.moltr.core.fs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moltr.core.Decision;
import io.moltr.core.Operation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The blind corpus (blind-paths.jsonl, written from the docs before the code was read) against
 * the shipped default policy in a real directory tree. Prints figures per family and fails on
 * every wrong decision that is not in {@link #KNOWN_MISSES}.
 */
class BlindPathCorpusTest {
  private static final String PEM = "a .pem is as often a public certificate as a key: blocking"
      + " the name would deny `openssl x509 -in cert.pem`, which the command corpus allows on"
      + " purpose; the corpus file does not exist, so its content cannot decide";
  /** "operation path" -> why the row is still decided wrongly. */
  private static final Map<String, String> KNOWN_MISSES = Map.of(
      "read server.pem", PEM,
      "read src/certs/server.pem", PEM,
      "read src/classes/Outer$Inner.class", "a '$' followed by a name is what a shell expands"
          + " ($Inner); the check cannot tell a Java inner-class file from variable text, so it"
          + " refuses it (fail closed, path.variable)");

  private static Path tmp;
  private static PathFixture fx;

  @BeforeAll
  static void setUp() throws IOException {
    tmp = Files.createTempDirectory("moltr-blind-paths");
    fx = new PathFixture(tmp);
    Path wd = fx.workDir;
    // What the corpus assumes the working directory holds besides PathFixture's tree.
    Files.writeString(wd.resolve(".env"), "API_KEY=not-a-real-key\n");
    Files.writeString(wd.resolve("README.md"), "# project\n");
    Files.writeString(wd.resolve("package.json"), "{}\n");
    Files.writeString(wd.resolve("Makefile"), "all:\n");
    Files.writeString(wd.resolve("src/real.py"), "x = 1\n");
    Files.createDirectories(wd.resolve("src/lib"));
    Files.writeString(wd.resolve("src/lib/util.py"), "y = 2\n");
    Files.writeString(wd.resolve("data/secrets.json"), "{}\n");
    for (JsonNode row : rows()) {
      if (row.has("setup")) {
        apply(wd, row.get("setup"));
      }
    }
  }

  private static void apply(Path wd, JsonNode setup) throws IOException {
    if (setup.has("symlink")) {
      Path link = wd.resolve(setup.get("symlink").asText());
      if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, Path.of(setup.get("target").asText()));
      }
    } else if (setup.has("copy") || setup.has("hardlink")) {
      boolean hard = setup.has("hardlink");
      Path from = wd.resolve(setup.get(hard ? "hardlink" : "copy").asText());
      Path to = wd.resolve(setup.get("to").asText());
      Files.createDirectories(to.getParent());
      if (hard) {
        Files.createLink(to, from);
      } else {
        Files.copy(from, to);
      }
    }
    if (setup.has("also")) {
      apply(wd, setup.get("also"));
    }
  }

  @AfterAll
  static void tearDown() throws IOException {
    try (Stream<Path> s = Files.walk(tmp)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  static List<JsonNode> rows() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        BlindPathCorpusTest.class.getResourceAsStream("/fs/blind-paths.jsonl"),
        StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          rows.add(mapper.readTree(line));
        }
      }
    }
    return rows;
  }

  /** Per family: rows, rows decided right. */
  private record Tally(int rows, int right) {
    Tally add(boolean ok) {
      return new Tally(rows + 1, right + (ok ? 1 : 0));
    }
  }

  @Test
  void everyAttackIsDeniedAndEveryBenignPathAllowed() throws IOException {
    Map<String, Tally> byFamily = new TreeMap<>();
    Map<String, Map<String, Integer>> rulesByFamily = new TreeMap<>();
    Tally attacks = new Tally(0, 0);
    Tally benign = new Tally(0, 0);
    List<String> wrong = new ArrayList<>();
    List<String> unexpected = new ArrayList<>();
    for (JsonNode row : rows()) {
      String path = row.get("path").asText().replace("${WORKDIR}", fx.workDir.toString());
      String op = row.get("operation").asText();
      boolean expectAllow = row.get("expect").asText().equals("allow");
      boolean honeypot = row.path("honeypot").asBoolean(false);
      Decision d = fx.policy.check(path, Operation.parse(op).orElseThrow());
      boolean ok = d.allowed() == expectAllow
          && (!honeypot || Boolean.TRUE.equals(d.details().get("is_honeypot")));
      rulesByFamily.computeIfAbsent(row.get("family").asText(), k -> new TreeMap<>())
          .merge(d instanceof Decision.Deny deny ? deny.ruleId() : "allow", 1, Integer::sum);
      byFamily.merge(row.get("family").asText(), new Tally(1, ok ? 1 : 0),
          (a, b) -> new Tally(a.rows + b.rows, a.right + b.right));
      if (expectAllow) {
        benign = benign.add(ok);
      } else {
        attacks = attacks.add(ok);
      }
      if (!ok) {
        String key = op + " " + row.get("path").asText();
        String line = String.format("%-28s %s expected %s%s, got %s (%s)",
            row.get("family").asText(), printable(key), row.get("expect").asText(),
            honeypot ? " as honeypot" : "", d.allowed() ? "allow" : "deny", printable(d.reason()));
        wrong.add(line);
        if (!KNOWN_MISSES.containsKey(key)) {
          unexpected.add(line);
        }
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format("blind path corpus: attacks denied %d/%d, benign allowed %d/%d%n",
        attacks.right, attacks.rows, benign.right, benign.rows));
    byFamily.forEach((f, t) -> out.append(String.format("  %-28s %3d/%3d  %s%n", f, t.right, t.rows,
        rulesByFamily.get(f))));
    out.append(String.format("wrong decisions: %d (known misses: %d)%n", wrong.size(),
        wrong.size() - unexpected.size()));
    wrong.forEach(w -> out.append("  ").append(w).append('\n'));
    System.out.print(out);
    assertThat(unexpected).as(out.toString()).isEmpty();
  }

  /** Rows hold NULs, control and very long strings; keep the report one readable line each. */
  private static String printable(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(c -> {
      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x200b) {
        b.append(String.format("\\u%04x", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.length() > 160 ? b.substring(0, 120) + "...(" + b.length() + " chars)" : b.toString();
  }
}
