package io.moltr.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/toms.md maps each measure of the specification to the code that carries it and the test
 * that proves it. This keeps the map true: every file, class, member and test it names exists,
 * so a rename or a deleted test shows up here and not in an audit.
 */
class TomsDocumentTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern TICKED = Pattern.compile("`([^`]+)`");
  /** {@code Class}, {@code Class.member}, {@code core/.../pkg/Class.member} or {@code .member}. */
  private static final Pattern NAME =
      Pattern.compile("(?:[\\w.]+/)*(?:\\.\\.\\./)?(?:[\\w]+/)*([A-Z]\\w*)?(?:\\.(\\w+))?");

  @Test
  void everyFileClassMemberAndTestItNamesExists() throws IOException {
    Path doc = ROOT.resolve("docs/toms.md");
    assertThat(doc).as("docs/toms.md beside the modules").isRegularFile();
    Map<String, List<Path>> sources = javaSourcesByName();
    List<String> missing = new ArrayList<>();
    int rows = 0;
    int checked = 0;
    for (String line : Files.readAllLines(doc)) {
      List<String> cells = cells(line);
      if (cells.size() < 4 || cells.get(0).equals("Measure") || cells.get(0).startsWith("---")) {
        continue;
      }
      rows++;
      for (int column = 2; column <= 3; column++) {
        String previous = null;
        Matcher m = TICKED.matcher(cells.get(column));
        while (m.find()) {
          String name = m.group(1).trim();
          String problem;
          if (name.contains(" ") || name.isEmpty()) {
            continue;
          } else if (name.endsWith(".java")) {
            String simple = name.substring(name.lastIndexOf('/') + 1, name.length() - 5);
            problem = sources.containsKey(simple) ? null : "no source file " + name;
          } else if (name.contains("/") && !name.contains("...") || name.startsWith(".git")) {
            problem = Files.exists(ROOT.resolve(name)) ? null : "no file " + name;
          } else {
            Matcher n = NAME.matcher(name);
            if (!n.matches() || n.group(1) == null && n.group(2) == null) {
              continue;
            }
            String type = n.group(1) != null ? n.group(1) : previous;
            previous = type;
            problem = type == null ? "no class before " + name : member(sources, type, n.group(2));
          }
          checked++;
          if (problem != null) {
            missing.add(cells.get(0) + ": " + problem);
          }
        }
      }
    }
    assertThat(rows).as("measure rows read").isGreaterThan(40);
    assertThat(checked).as("names checked").isGreaterThan(150);
    assertThat(missing).as("names in docs/toms.md that the code no longer has").isEmpty();
  }

  /** Null when class {@code type} exists and, if given, has a member named {@code member}. */
  private static String member(Map<String, List<Path>> sources, String type, String member)
      throws IOException {
    List<Path> files = sources.get(type);
    if (files == null) {
      return "no class " + type;
    }
    if (member == null) {
      return null;
    }
    Pattern declared = Pattern.compile("\\b" + Pattern.quote(member) + "\\b");
    for (Path f : files) {
      if (declared.matcher(Files.readString(f)).find()) {
        return null;
      }
    }
    return "no member " + type + "." + member;
  }

  /** A table row's cells; {@code \|} inside a cell is not a separator. */
  private static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    if (!line.startsWith("|")) {
      return out;
    }
    StringBuilder cell = new StringBuilder();
    for (int i = 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        out.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    return out;
  }

  private static Map<String, List<Path>> javaSourcesByName() throws IOException {
    Map<String, List<Path>> out = new HashMap<>();
    for (String module : List.of("core", "server", "bench")) {
      try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src"))) {
        files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
          String name = p.getFileName().toString();
          out.computeIfAbsent(name.substring(0, name.length() - 5), k -> new ArrayList<>()).add(p);
        });
      }
    }
    return out;
  }
}
