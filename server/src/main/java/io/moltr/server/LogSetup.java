package io.moltr.server;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Adds the application log file for {@code moltr serve}: {@code <logs>/moltr.log}, rotated at
 * 10 MB with 5 old files kept (the TOMs' log rotation). Other commands log to the console only.
 */
public final class LogSetup {
  private LogSetup() {}

  public static void serverLogging(Path logDir, String level) {
    LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.toLevel(level, Level.INFO));
    ctx.getLogger("io.moltr").setLevel(Level.toLevel(level, Level.INFO));
    ctx.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
    ctx.getLogger("io.javalin").setLevel(Level.WARN);

    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(ctx);
    encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX, UTC} %-5level [%thread] %logger{36} - %msg%n");
    encoder.start();

    RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
    file.setContext(ctx);
    file.setName("FILE");
    file.setFile(logDir.resolve("moltr.log").toString());
    FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
    rolling.setContext(ctx);
    rolling.setParent(file);
    rolling.setFileNamePattern(logDir.resolve("moltr.%i.log").toString());
    rolling.setMinIndex(1);
    rolling.setMaxIndex(5);
    rolling.start();
    SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
    trigger.setContext(ctx);
    trigger.setMaxFileSize(FileSize.valueOf("10MB"));
    trigger.start();
    file.setRollingPolicy(rolling);
    file.setTriggeringPolicy(trigger);
    file.setEncoder(encoder);
    file.start();
    root.addAppender(file);
  }
}
