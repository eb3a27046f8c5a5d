package io.moltr.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class LogSetupTest {
  @Test
  void serverLogRollsDailyAndAtTenMegabytesKeepingFiftyMegabytesAndTheRetentionDays(@TempDir Path logs)
      throws Exception {
    LogSetup.serverLogging(logs, "info", 7);
    LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
    var root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    var appender = (RollingFileAppender<?>) root.getAppender("FILE");
    try {
      var policy = (SizeAndTimeBasedRollingPolicy<?>) appender.getRollingPolicy();
      assertThat(policy.getMaxHistory()).isEqualTo(7);
      assertThat(policy.getFileNamePattern()).endsWith("moltr-%d{yyyy-MM-dd, UTC}.%i.log");
      Field max = SizeAndTimeBasedRollingPolicy.class.getDeclaredField("maxFileSize");
      max.setAccessible(true);
      assertThat(((ch.qos.logback.core.util.FileSize) max.get(policy)).getSize()).isEqualTo(10L * 1024 * 1024);
      LoggerFactory.getLogger("io.moltr.test").info("hello log");
      assertThat(Files.readString(logs.resolve("moltr.log"))).contains("hello log");
    } finally {
      root.detachAppender("FILE");
      appender.stop();
    }
  }
}
