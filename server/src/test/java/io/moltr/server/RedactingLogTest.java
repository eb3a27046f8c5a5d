package io.moltr.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import io.moltr.core.config.ConfigNode;
import io.moltr.core.scan.OutputScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A real-format key logged through SLF4J never reaches the log file. */
class RedactingLogTest {
  /** OpenAI project-key format: sk-proj- and 48+ mixed characters (fake). */
  static final String KEY = "sk-proj-" + "Qw3rTy7uIo9pAs2dFg4hJk6lZx8cVb1nMq5wE7rT9yU2iO4pA6sD";
  private final Logger log = LoggerFactory.getLogger("io.moltr.test.redaction");
  @TempDir Path logs;

  @AfterEach
  void restore() {
    LogSetup.installRedactor(null); // back to the built-in mask for the other tests
    var root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    var file = root.getAppender(LogSetup.FILE_APPENDER);
    if (file != null) {
      root.detachAppender(file);
      file.stop();
    }
  }

  private static OutputScanner scanner() {
    Path config = Files.isDirectory(Path.of("../config")) ? Path.of("../config") : Path.of("config");
    return OutputScanner.fromConfig(ConfigNode.load(config.resolve("scan_patterns.yaml")),
        ConfigNode.load(config.resolve("default.yaml")).get("scanners").get("output"));
  }

  private String logFile() throws Exception {
    return Files.readString(logs.resolve("moltr.log"));
  }

  @Test
  void aKeyInAMessageAHeaderAndAnExceptionIsRedactedByTheScanner() throws Exception {
    LogSetup.serverLogging(logs, "info");
    OutputScanner scanner = scanner();
    LogSetup.installRedactor(text -> scanner.scan(text).redacted());

    log.warn("upstream refused; request header Authorization: Bearer {}", KEY);
    log.error("call failed", new IllegalStateException("invalid api key " + KEY));

    String written = logFile();
    assertThat(written).contains("upstream refused").contains("call failed")
        .contains("IllegalStateException: invalid api key [REDACTED:").contains("[REDACTED:openai-api-key]");
    assertThat(written).doesNotContain(KEY).doesNotContain(KEY.substring(8, 40));
  }

  @Test
  void beforeTheScannerIsInstalledTheBuiltInMaskFailsClosed() throws Exception {
    LogSetup.serverLogging(logs, "info");
    String incident = "4f9c2a1e-8d3b-4c6a-9e2f-1a2b3c4d5e6f";
    log.info("early start: key {} incident {}", KEY, incident);
    String written = logFile();
    assertThat(written).doesNotContain(KEY.substring(8, 40)).contains("[REDACTED:token]").contains(incident);
  }

  @Test
  void aFailingRedactorFallsBackToTheMaskInsteadOfWritingTheLine() throws Exception {
    LogSetup.serverLogging(logs, "info");
    LogSetup.installRedactor(text -> {
      throw new IllegalArgumentException("text is longer than max_output_length");
    });
    log.info("key {}", KEY);
    assertThat(logFile()).contains("key [REDACTED:token]").doesNotContain(KEY.substring(8, 40));
  }

  @Test
  void aRedactorThatLogsDoesNotRecurse() throws Exception {
    LogSetup.serverLogging(logs, "info");
    Logger inner = LoggerFactory.getLogger("io.moltr.test.scanner");
    LogSetup.installRedactor(text -> {
      inner.info("scanning " + KEY);
      return text.replace(KEY, "[REDACTED:test]");
    });
    log.info("outer {}", KEY);
    String written = logFile();
    assertThat(written).contains("outer [REDACTED:test]").contains("scanning [REDACTED:token]").doesNotContain(KEY);
  }
}
