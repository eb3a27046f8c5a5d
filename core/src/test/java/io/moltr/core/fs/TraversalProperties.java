package io.moltr.core.fs;

import static org.assertj.core.api.Assertions.assertThat;

import io.moltr.core.Decision;
import io.moltr.core.Operation;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import io.moltr.core.config.ConfigNode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** However a path to a blocked file is spelled, it is denied. */
class TraversalProperties {
  private static final Path WD = Path.of("/nonexistent-moltr/project");
  private static final PathPolicy POLICY = PathPolicy.fromConfig(
      ConfigNode.parse("paths.yaml", "allowed_paths: [./src/, /tmp/moltr/]\n"
          + "blocked_paths: [/etc/passwd, .env, ./honeypots/]"),
      ConfigNode.parse("d.yaml", ""), ConfigNode.parse("d.yaml", ""), WD, Set.of(), Set.of(),
      Path.of("/nonexistent-moltr/home"));

  @Property(tries = 1000)
  void everySpellingOfABlockedFileIsDenied(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int target) {
    Random rnd = new Random(seed);
    String[][] targets = {{"etc", "passwd"}, {"nonexistent-moltr", "project", "src", ".env"},
        {"nonexistent-moltr", "project", "honeypots", "x"}};
    String[] segs = targets[target];
    StringBuilder sb = new StringBuilder();
    if (rnd.nextBoolean()) {
      sb.append("src");
      for (int i = 0; i < 3 + rnd.nextInt(3); i++) {
        sb.append(sep(rnd)).append("..");
      }
    } else if (rnd.nextBoolean()) {
      sb.append(rnd.nextBoolean() ? "C:" : "/proc/self/root");
    }
    for (String s : segs) {
      sb.append(sep(rnd));
      if (rnd.nextInt(4) == 0) {
        sb.append('.').append(sep(rnd));
      }
      if (rnd.nextInt(4) == 0) {
        sb.append("zz").append(sep(rnd)).append("..").append(sep(rnd));
      }
      sb.append(rnd.nextInt(5) == 0 ? s.toUpperCase(java.util.Locale.ROOT) : s);
    }
    String path = sb.toString();
    Decision d = POLICY.check(path, Operation.values()[rnd.nextInt(4)]);
    assertThat(d.allowed()).as(path + " -> " + d).isFalse();
  }

  private static String sep(Random rnd) {
    switch (rnd.nextInt(4)) {
      case 0:
        return "\\";
      case 1:
        return "//";
      default:
        return "/";
    }
  }
}
