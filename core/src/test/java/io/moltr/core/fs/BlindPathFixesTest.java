package io.moltr.core.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moltr.core.Decision;
import io.moltr.core.Operation;
import io.moltr.core.config.ConfigException;
import io.moltr.core.config.ConfigNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The causes the blind corpus (blind-paths.jsonl) found, each as the failing row beside a near
 * path that keeps its old outcome, under the shipped policy.
 */
class BlindPathFixesTest {
  private static Path tmp;
  private static PathFixture fx;

  @BeforeAll
  static void setUp() throws IOException {
    tmp = Files.createTempDirectory("moltr-blind-fixes");
    fx = new PathFixture(tmp);
  }

  @AfterAll
  static void tearDown() throws IOException {
    try (Stream<Path> s = Files.walk(tmp)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static String rule(Decision d) {
    return d instanceof Decision.Deny deny ? deny.ruleId() : "allow";
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // NFKC folds these to "..", "/" or ".": refused, though each is a legal Linux name
      "src/．．/．．/etc/passwd                 | path.lookalike",
      "src/．．／．．／data／secrets.json        | path.lookalike",
      "src/‥/‥/etc/passwd                      | path.lookalike",
      "src/﹒﹒/﹒﹒/etc/passwd                  | path.lookalike",
      "src/．env                               | path.lookalike",
      // look-alikes NFKC leaves alone
      "src∕..∕..∕etc∕passwd                    | path.lookalike",
      "src/。。/。。/etc/passwd                  | path.lookalike",
      "src/··/··/etc/passwd                    | path.lookalike",
      "src/..\u0338/..\u0338/etc/passwd        | path.lookalike",
      // near: names that only fold letters, or carry one dot-like mark between letters
      "docs/ｆｕｌｌｗｉｄｔｈ.md                 | allow",
      "docs/col·lecció.md                      | allow",
      "docs/cafe\u0301.md                      | allow",
      "docs/ratio÷2.md                         | allow",
      "src/日本語/モジュール.py                  | allow",
      "docs/emoji-⭐\uFE0F.md                  | allow",
  })
  void lookAlikePathSyntaxIsRefused(String path, String expected) {
    assertThat(rule(fx.policy.check(path, Operation.READ))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // overlong UTF-8 forms of '.', '/' and '\': not UTF-8, but lenient decoders accept them
      "src/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd                          | path.encoded",
      "src/%e0%80%ae%e0%80%ae/%e0%80%ae%e0%80%ae/etc/passwd              | path.encoded",
      "src/%f0%80%80%ae%f0%80%80%ae/%f0%80%80%ae%f0%80%80%ae/etc/passwd  | path.encoded",
      "src/..%c0%af..%c0%afetc/passwd                                    | path.encoded",
      "src/%ff.txt                                                       | path.encoded",
      // valid UTF-8 that decodes to a look-alike dot or slash, and IIS %u escapes
      "src/%ef%bc%8e%ef%bc%8e/%ef%bc%8e%ef%bc%8e/etc/passwd              | path.encoded",
      "src/..%e2%88%95..%e2%88%95etc/passwd                              | path.encoded",
      "src/%u002e%u002e/%u002e%u002e/etc/passwd                          | path.encoded",
      // near: escapes of letters and spaces stay literal file names, as before
      "src/%c3%a9t%c3%a9.txt                                             | allow",
      "src/report%20final.txt                                            | allow",
      "src/%41.txt                                                       | allow",
      "src/%u4e2d.txt                                                    | allow",
      "src/50%off.md                                                     | allow",
  })
  void encodedPathSyntaxIsRefusedInEveryByteForm(String path, String expected) {
    assertThat(rule(fx.policy.check(path, Operation.READ))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "src/tls/private.key            | read  | path.blocked",
      "tests/fixtures/client.p12      | read  | path.blocked",
      "src/infra/terraform.tfstate    | read  | path.blocked",
      "src/infra/terraform.tfstate.backup | write | path.blocked",
      "docs/SERVER.KEY                | read  | path.blocked",
      "private.key                    | read  | path.blocked",
      // near: names that mention keys or state but are not key files
      "src/keys.ts                    | read  | allow",
      "src/keyboard.py                | read  | allow",
      "src/key                        | write | allow",
      "src/tfstate_reader.py          | read  | allow",
      "docs/rotating-a.key.md         | read  | allow",
      "src/certs/ca.pem               | read  | allow",
  })
  void keyFilesAreBlockedByTheirExtension(String path, String op, String expected) {
    assertThat(rule(fx.policy.check(path, Operation.parse(op).orElseThrow()))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'*'", "'*key'", "'**.key'", "'./src/*.key'", "'src/*.key'", "'*.k*y'", "'/etc/*.conf'"})
  void aWildcardIsOnlyAWholeNamePrefix(String entry, @TempDir Path dir) {
    assertThatThrownBy(() -> PathPolicy.fromConfig(
        ConfigNode.parse("paths.yaml", "allowed_paths: [./src/]\nblocked_paths: ['" + entry + "']"),
        ConfigNode.parse("default.yaml", ""), ConfigNode.parse("default.yaml", ""),
        dir, Set.of(), Set.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("paths.yaml").hasMessageContaining(entry)
        .hasMessageContaining("*.key");
  }

  @Test
  void aWildcardInTheAllowListIsRefusedToo(@TempDir Path dir) {
    assertThatThrownBy(() -> PathPolicy.fromConfig(
        ConfigNode.parse("paths.yaml", "allowed_paths: ['./src/*.py']"),
        ConfigNode.parse("default.yaml", ""), ConfigNode.parse("default.yaml", ""),
        dir, Set.of(), Set.of()))
        .isInstanceOf(ConfigException.class).hasMessageContaining("*.key");
  }
}
