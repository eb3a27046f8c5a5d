package io.moltr.core.incident;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Append-only JSONL file of incidents ({@code logs/moltr-forensic.jsonl}): one object per line,
 * written and flushed under a lock so lines never interleave.
 *
 * <p>The file holds one UTC day: the first record of a new day (and opening a file last written
 * on an earlier day) first renames it to {@code moltr-forensic-YYYY-MM-DD.jsonl}, so retention
 * can delete whole days by name (the server's LogRetention).
 */
public final class ForensicLog implements IncidentSink, AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Logger LOG = LoggerFactory.getLogger(ForensicLog.class);

  private final Path file;
  private final Clock clock;
  private FileChannel channel;
  /** The UTC day of the lines in the active file. */
  private LocalDate day;

  public ForensicLog(Path file) {
    this(file, Clock.systemUTC());
  }

  public ForensicLog(Path file, Clock clock) {
    this.file = file;
    this.clock = clock;
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      LocalDate today = today();
      this.day = Files.exists(file) && Files.size(file) > 0
          ? LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC)
          : today;
      if (day.isBefore(today)) {
        archive();
        day = today;
      }
      this.channel = open(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open forensic log " + file, e);
    }
  }

  /** The name a finished day gets: {@code moltr-forensic.jsonl} of 2026-11-28 becomes {@code moltr-forensic-2026-11-28.jsonl}. */
  public static Path archiveFile(Path active, LocalDate day) {
    String name = active.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String ext = dot > 0 ? name.substring(dot) : "";
    return active.resolveSibling(stem + "-" + day + ext);
  }

  private static FileChannel open(Path file) throws IOException {
    return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  /** Moves the active file to its day's name; a second file for the same day gets a suffix. */
  private void archive() throws IOException {
    Path target = archiveFile(file, day);
    for (int n = 1; Files.exists(target); n++) {
      String t = archiveFile(file, day).getFileName().toString();
      int dot = t.lastIndexOf('.');
      target = file.resolveSibling(t.substring(0, dot) + "." + n + t.substring(dot));
    }
    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
  }

  private void rollIfNewDay() {
    LocalDate today = today();
    if (!today.isAfter(day)) {
      return;
    }
    try {
      channel.close();
      if (Files.size(file) > 0) {
        archive();
      }
    } catch (IOException e) {
      // Keep writing to the active file: losing an incident is worse than a late rotation.
      LOG.warn("could not rotate the forensic log ({})", e.getClass().getSimpleName());
    }
    day = today;
    try {
      channel = open(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reopen forensic log " + file, e);
    }
  }

  public Path file() {
    return file;
  }

  @Override
  public synchronized void record(Incident incident) {
    rollIfNewDay();
    try {
      byte[] line = (JSON.writeValueAsString(toJson(incident)) + "\n").getBytes(StandardCharsets.UTF_8);
      var buf = java.nio.ByteBuffer.wrap(line);
      while (buf.hasRemaining()) {
        channel.write(buf);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write forensic log " + file, e);
    }
  }

  static Map<String, Object> toJson(Incident i) {
    return i.toJson();
  }

  @Override
  public synchronized void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // closing at shutdown: nothing left to protect
    }
  }
}
