package io.moltr.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class LogSetupTest {
  @Test
  void serverLogRotatesAtTenMegabytesKeepingFive(@TempDir Path logs) throws Exception {
    LogSetup.serverLogging(logs, "info");
    LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
    var root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    var appender = (RollingFileAppender<?>) root.getAppender("FILE");
    try {
      var policy = (FixedWindowRollingPolicy) appender.getRollingPolicy();
      assertThat(policy.getMaxIndex() - policy.getMinIndex() + 1).isEqualTo(5);
      var trigger = (SizeBasedTriggeringPolicy<?>) appender.getTriggeringPolicy();
      assertThat(trigger.getMaxFileSize().getSize()).isEqualTo(10L * 1024 * 1024);
      LoggerFactory.getLogger("io.moltr.test").info("hello log");
      assertThat(Files.readString(logs.resolve("moltr.log"))).contains("hello log");
    } finally {
      root.detachAppender("FILE");
      appender.stop();
    }
  }
}
