package io.moltr.server;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily deletion of the deletion concept (docs/operations.md): in the log directory, every
 * archived application log ({@code moltr-YYYY-MM-DD.N.log}) and forensic log
 * ({@code moltr-forensic-YYYY-MM-DD[.N].jsonl}) whose day is more than {@code retention.logs_days}
 * days before today (UTC) is deleted. The day comes from the name, not the file time, which a
 * copy or a backup restore would change. Active files and anything else in the directory are
 * never touched; the audit log has its own one-year retention (HashChainedLog).
 */
public final class LogRetention {
  public static final int DEFAULT_DAYS = 7;
  private static final Logger LOG = LoggerFactory.getLogger(LogRetention.class);
  private static final Pattern ARCHIVE =
      Pattern.compile("(moltr|moltr-forensic)-(\\d{4}-\\d{2}-\\d{2})(\\.\\d{1,6})?\\.(log|jsonl)");

  private final Path logDir;
  private final int days;
  private final Clock clock;

  public LogRetention(Path logDir, int days, Clock clock) {
    if (days < 1) {
      throw new IllegalArgumentException("retention days must be at least 1");
    }
    this.logDir = logDir;
    this.days = days;
    this.clock = clock;
  }

  /** Deletes what is past retention; returns the names deleted. Never throws. */
  public List<String> sweep() {
    LocalDate oldestKept = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(days);
    List<String> deleted = new ArrayList<>();
    if (!Files.isDirectory(logDir)) {
      return deleted;
    }
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(logDir)) {
      for (Path p : dir) {
        String name = p.getFileName().toString();
        Matcher m = ARCHIVE.matcher(name);
        if (!m.matches() || !Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        boolean forensic = m.group(1).equals("moltr-forensic");
        if (forensic != m.group(4).equals("jsonl")) {
          continue; // not a name we make
        }
        LocalDate day;
        try {
          day = LocalDate.parse(m.group(2));
        } catch (DateTimeParseException e) {
          continue;
        }
        if (day.isBefore(oldestKept)) {
          try {
            Files.deleteIfExists(p);
            deleted.add(name);
          } catch (IOException e) {
            LOG.warn("retention: cannot delete {} ({})", name, e.getClass().getSimpleName());
          }
        }
      }
    } catch (IOException e) {
      LOG.warn("retention: cannot list {} ({})", logDir, e.getClass().getSimpleName());
    }
    if (!deleted.isEmpty()) {
      LOG.info("retention: deleted {} log files older than {} days", deleted.size(), days);
    }
    return deleted;
  }
}
