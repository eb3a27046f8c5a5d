package io.moltr.server;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * A pattern encoder whose every formatted line (message, arguments, MDC and stack trace alike)
 * passes through the redactor before it becomes bytes, so a key in an exception message or a
 * header never reaches a log file or the console.
 *
 * <p>The redactor is process-wide: {@link LogSetup#installRedactor} sets the output scanner's
 * redaction at start. Until then, when it throws, and when the scanner itself logs (re-entry
 * on the same thread), {@link SecretMask} masks long mixed tokens instead: the encoder fails
 * closed, it never writes a line unredacted. Used from logback.xml by class name.
 */
public class RedactingEncoder extends PatternLayoutEncoder {
  private static volatile UnaryOperator<String> redactor = SecretMask::mask;
  private static final ThreadLocal<Boolean> INSIDE = ThreadLocal.withInitial(() -> false);

  static void install(UnaryOperator<String> r) {
    redactor = r == null ? SecretMask::mask : r;
  }

  static String redact(String line) {
    if (INSIDE.get()) {
      return SecretMask.mask(line);
    }
    INSIDE.set(true);
    try {
      return redactor.apply(line);
    } catch (RuntimeException | StackOverflowError e) {
      return SecretMask.mask(line);
    } finally {
      INSIDE.set(false);
    }
  }

  @Override
  public byte[] encode(ILoggingEvent event) {
    String line = redact(layout.doLayout(event));
    Charset cs = getCharset();
    return line.getBytes(cs == null ? StandardCharsets.UTF_8 : cs);
  }
}
