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

  /** A made-up RSA-shaped body: base64 lines of 64 characters, not a real key. */
  private static final String BODY = ("MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n"
      + "VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n"
      + "LxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo\n");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "src/certs/server.pem  | -----BEGIN PRIVATE KEY-----\\n{body}-----END PRIVATE KEY-----\\n       | path.private_key",
      "src/deploy_key        | -----BEGIN OPENSSH PRIVATE KEY-----\\n{body}-----END OPENSSH PRIVATE KEY-----\\n | path.private_key",
      "tests/notes.txt       | ssh key below\\r\\n-----BEGIN RSA PRIVATE KEY-----\\r\\nProc-Type: 4,ENCRYPTED\\r\\nDEK-Info: AES-128-CBC,0A1B\\r\\n\\r\\n{body}-----END RSA PRIVATE KEY----- | path.private_key",
      // near: a certificate, a public key, and a how-to page that shows the armour
      "src/certs/ca.pem      | -----BEGIN CERTIFICATE-----\\n{body}-----END CERTIFICATE-----\\n       | allow",
      "src/certs/key.pub.pem | -----BEGIN PUBLIC KEY-----\\n{body}-----END PUBLIC KEY-----\\n         | allow",
      "docs/tls.md           | The file starts with -----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBg...\\n   | allow",
  })
  void aFileThatHoldsAPrivateKeyIsDeniedWhateverItsName(String path, String content,
      String expected) throws IOException {
    Path file = fx.workDir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content.replace("\\r", "\r").replace("\\n", "\n")
        .replace("{body}", BODY));
    try {
      assertThat(rule(fx.policy.check(path, Operation.READ))).isEqualTo(expected);
      if (!expected.equals("allow")) {
        assertThat(rule(fx.policy.check(path, Operation.WRITE))).isEqualTo(expected);
      }
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void aKeyInAJsonStringIsAKeyToo() throws IOException {
    Path key = fx.workDir.resolve("src/deploy-sa.json");
    Path cert = fx.workDir.resolve("src/deploy-cert.json");
    String escaped = BODY.replace("\n", "\\n");
    Files.writeString(key, "{\"type\": \"service_account\", \"private_key\": \"-----BEGIN PRIVATE"
        + " KEY-----\\n" + escaped + "-----END PRIVATE KEY-----\\n\"}\n");
    Files.writeString(cert, "{\"certificate\": \"-----BEGIN CERTIFICATE-----\\n" + escaped
        + "-----END CERTIFICATE-----\\n\"}\n");
    try {
      assertThat(rule(fx.policy.check("src/deploy-sa.json", Operation.READ)))
          .isEqualTo("path.private_key");
      assertThat(rule(fx.policy.check("src/deploy-cert.json", Operation.READ))).isEqualTo("allow");
    } finally {
      Files.delete(key);
      Files.delete(cert);
    }
  }
}
