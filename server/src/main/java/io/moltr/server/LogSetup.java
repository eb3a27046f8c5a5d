package io.moltr.server;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.slf4j.LoggerFactory;

/**
 * Adds the application log file for {@code moltr serve}: {@code <logs>/moltr.log}, rolled daily
 * and at 10 MB into {@code moltr-YYYY-MM-DD.N.log}, at most 50 MB of archives (five full files)
 * and none older than {@code retention.logs_days} (the TOMs' rotation and the deletion concept,
 * docs/operations.md). Other commands log to the console only. Every line written by either is
 * redacted ({@link RedactingEncoder}).
 */
public final class LogSetup {
  static final String FILE_APPENDER = "FILE";
  static final FileSize MAX_FILE = FileSize.valueOf("10MB");
  static final int KEPT_FILES = 5;

  private LogSetup() {}

  public static void serverLogging(Path logDir, String level) {
    serverLogging(logDir, level, LogRetention.DEFAULT_DAYS);
  }

  public static void serverLogging(Path logDir, String level, int retentionDays) {
    LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.toLevel(level, Level.INFO));
    ctx.getLogger("io.moltr").setLevel(Level.toLevel(level, Level.INFO));
    ctx.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
    ctx.getLogger("io.javalin").setLevel(Level.WARN);

    // A second start in the same JVM (tests) replaces the file appender instead of doubling it.
    Appender<ILoggingEvent> old = root.getAppender(FILE_APPENDER);
    if (old != null) {
      root.detachAppender(old);
      old.stop();
    }

    RedactingEncoder encoder = new RedactingEncoder();
    encoder.setContext(ctx);
    encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX, UTC} %-5level [%thread] %logger{36} - %msg%n");
    encoder.start();

    RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
    file.setContext(ctx);
    file.setName(FILE_APPENDER);
    file.setFile(logDir.resolve("moltr.log").toString());
    SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
    rolling.setContext(ctx);
    rolling.setParent(file);
    rolling.setFileNamePattern(logDir.resolve("moltr-%d{yyyy-MM-dd, UTC}.%i.log").toString());
    rolling.setMaxFileSize(MAX_FILE);
    rolling.setMaxHistory(retentionDays);
    rolling.setTotalSizeCap(new FileSize(MAX_FILE.getSize() * KEPT_FILES));
    rolling.setCleanHistoryOnStart(true);
    rolling.start();
    file.setRollingPolicy(rolling);
    file.setEncoder(encoder);
    file.start();
    root.addAppender(file);
  }

  /**
   * Makes every later log line pass through {@code redactor} (the output scanner's redaction)
   * before it is written. Until this is called, a built-in mask hides long mixed tokens.
   */
  public static void installRedactor(UnaryOperator<String> redactor) {
    RedactingEncoder.install(redactor);
  }
}
