package io.moltr.core.audit;

import io.moltr.core.storage.AtomicFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The write-once audit log: one JSON line per event in {@code <dir>/audit-YYYY-MM-DD.jsonl}
 * (UTC day), each line hash-chained to the one before, across files. Appends are fsynced before
 * {@link #append} returns, so a returned entry survives a crash. One writer: calls are
 * synchronised and the directory is locked against other processes. Nothing is ever rewritten;
 * a torn last line from a crash is left in place, closed with a newline and reported.
 */
public final class HashChainedLog implements AuditTrail, AutoCloseable {
  /** The security-log retention of the TOMs: one year. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(365);

  static final String PREFIX = "audit-";
  static final String SUFFIX = ".jsonl";
  static final String LOCK_FILE = ".audit.lock";
  static final String EVENT_TORN_LINE = "audit.torn_line_recovered";
  static final String EVENT_RETENTION = "audit.retention_deleted";
  /** How far back from the end we look for the last intact entry when resuming. */
  private static final int TAIL_WINDOW = 4 * EntryCodec.MAX_LINE_BYTES;

  private static final Logger LOG = LoggerFactory.getLogger(HashChainedLog.class);

  private final Path dir;
  private final Clock clock;
  private final Duration retention;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final List<String> recoveryNotes = new ArrayList<>();

  private FileChannel out;
  private LocalDate outDay;
  private long lastSeq;
  private String lastHash;
  private Instant lastTime;
  /** Set when a write failed half-way: the next append first re-reads the tail. */
  private boolean tailUncertain;
  private String pendingTornNote;
  private boolean closed;

  private HashChainedLog(Path dir, Clock clock, Duration retention) throws IOException {
    this.dir = dir;
    this.clock = clock;
    this.retention = retention;
    AtomicFile.createDirectories(dir);
    Path lockPath = dir.resolve(LOCK_FILE);
    AtomicFile.createOwnerOnly(lockPath);
    this.lockChannel = FileChannel.open(lockPath, StandardOpenOption.WRITE);
    FileLock l;
    try {
      l = lockChannel.tryLock();
    } catch (OverlappingFileLockException e) {
      l = null;
    }
    if (l == null) {
      lockChannel.close();
      throw new AuditException("audit log " + dir + " is already open by another writer");
    }
    this.lock = l;
  }

  /** Opens (or creates) the log in {@code dir} with the system UTC clock and one-year retention. */
  public static HashChainedLog open(Path dir) {
    return open(dir, Clock.systemUTC(), DEFAULT_RETENTION);
  }

  /** Opens the log, resuming the chain from the newest intact entry on disk. */
  public static HashChainedLog open(Path dir, Clock clock, Duration retention) {
    HashChainedLog log;
    try {
      log = new HashChainedLog(dir, clock, retention);
    } catch (IOException e) {
      throw new AuditException("cannot open audit log in " + dir + ": " + e.getMessage(), e);
    }
    try {
      synchronized (log) {
        log.resume();
      }
      return log;
    } catch (IOException | RuntimeException e) {
      log.close();
      throw e instanceof AuditException a
          ? a
          : new AuditException("cannot resume audit log in " + dir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized AuditEntry append(String event, String actor, Map<String, ?> details) {
    if (closed) {
      throw new AuditException("audit log " + dir + " is closed");
    }
    if (event == null || event.isBlank() || actor == null) {
      throw new AuditException("an audit entry needs an event name and an actor");
    }
    try {
      if (tailUncertain) {
        resume();
      }
      if (pendingTornNote != null) {
        String note = pendingTornNote;
        pendingTornNote = null;
        write(EVENT_TORN_LINE, "system", Map.of("note", note));
      }
      boolean firstOfDay = outDay != null && dayChanges(clock.instant());
      AuditEntry entry = write(event, actor, details);
      if (firstOfDay && !event.equals(EVENT_RETENTION)) {
        deleteExpiredQuietly();
      }
      return entry;
    } catch (IOException e) {
      tailUncertain = true;
      throw new AuditException("audit append to " + dir + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * True when a writer (a running server, or another open log in this JVM) holds the lock on
   * {@code dir}; offline commands check this first so they can say so instead of failing late.
   * Creates nothing.
   */
  public static boolean heldByAnotherWriter(Path dir) {
    Path lockPath = dir.resolve(LOCK_FILE);
    if (!Files.isRegularFile(lockPath)) {
      return false;
    }
    try (FileChannel ch = FileChannel.open(lockPath, StandardOpenOption.WRITE)) {
      FileLock l = ch.tryLock();
      if (l == null) {
        return true;
      }
      l.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true;
    } catch (IOException e) {
      return false; // unreadable lock file: opening the log will report the real problem
    }
  }

  /** The newest entry's sequence number and hash; keep it elsewhere to detect truncation. */
  public synchronized Optional<AuditAnchor> head() {
    return lastSeq == 0 ? Optional.empty() : Optional.of(new AuditAnchor(lastSeq, lastHash));
  }

  /** What opening found and repaired (torn lines); empty after a clean shutdown. */
  public synchronized List<String> recoveryNotes() {
    return List.copyOf(recoveryNotes);
  }

  public Path directory() {
    return dir;
  }

  /** The audit files, oldest first. */
  public List<Path> files() {
    try {
      return listFiles(dir);
    } catch (IOException e) {
      throw new AuditException("cannot list audit files in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** All audit files concatenated, oldest first, with their SHA-256; a verifiable chain. */
  public synchronized AuditExport export() {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try {
      for (Path f : listFiles(dir)) {
        all.write(Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new AuditException("cannot read audit files in " + dir + ": " + e.getMessage(), e);
    }
    byte[] bytes = all.toByteArray();
    String sha = HexFormat.of().formatHex(EntryCodec.sha256().digest(bytes));
    return new AuditExport("audit-export-" + LocalDate.now(clock) + SUFFIX, bytes, sha);
  }

  /**
   * Deletes whole files whose day is older than the retention period, never the file being
   * written, and records the deletion as an entry. Called on every day change as well.
   */
  public synchronized List<String> deleteExpired() {
    LocalDate cutoff = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(retention.toDays());
    List<String> deleted = new ArrayList<>();
    long lastDeletedSeq = 0;
    try {
      for (Path f : listFiles(dir)) {
        LocalDate day = dayOf(f);
        if (day.isBefore(cutoff) && !day.equals(outDay)) {
          if (Files.size(f) > 0) {
            lastDeletedSeq = Math.max(lastDeletedSeq, lastEntry(f).map(AuditEntry::seq).orElse(0L));
          }
          Files.delete(f);
          deleted.add(f.getFileName().toString());
        }
      }
    } catch (IOException e) {
      throw new AuditException("retention cleanup in " + dir + " failed: " + e.getMessage(), e);
    }
    if (!deleted.isEmpty()) {
      AtomicFile.fsyncDirectory(dir);
      // The verifier accepts a log starting after seq 1 only up to this recorded point.
      append(EVENT_RETENTION, "system",
          Map.of("files", deleted, "retention_days", retention.toDays(), "last_deleted_seq", lastDeletedSeq));
    }
    return deleted;
  }

  private boolean dayChanges(Instant now) {
    return LocalDate.ofInstant(now, ZoneOffset.UTC).isAfter(outDay);
  }

  private void deleteExpiredQuietly() {
    try {
      deleteExpired();
    } catch (AuditException e) {
      // The entry is already durable; a failed cleanup is retried on the next day change.
      LOG.warn("audit retention cleanup failed: {}", e.getMessage());
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (out != null) {
        out.close();
      }
      lock.release();
    } catch (IOException e) {
      LOG.warn("closing audit log {} failed: {}", dir, e.getMessage());
    } finally {
      try {
        lockChannel.close();
      } catch (IOException e) {
        LOG.warn("closing audit lock {} failed: {}", dir, e.getMessage());
      }
    }
  }

  private AuditEntry write(String event, String actor, Map<String, ?> details) throws IOException {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
    // A clock stepping back must not reopen an older day's file.
    boolean newDay = outDay == null || day.isAfter(outDay);
    if (newDay) {
      switchTo(day);
    }
    if (lastTime != null && now.isBefore(lastTime)) {
      now = lastTime;
    }
    EntryCodec.Encoded enc = EntryCodec.encode(lastSeq + 1, now, event, actor, details, lastHash);
    ByteBuffer buf = ByteBuffer.wrap(enc.line());
    while (buf.hasRemaining()) {
      out.write(buf);
    }
    out.force(true);
    lastSeq = enc.entry().seq();
    lastHash = enc.entry().hash();
    lastTime = now;
    return enc.entry();
  }

  private void switchTo(LocalDate day) throws IOException {
    Path file = dir.resolve(PREFIX + day + SUFFIX);
    AtomicFile.createOwnerOnly(file);
    FileChannel next = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    if (out != null) {
      out.close();
    }
    out = next;
    outDay = day;
  }

  /** Finds the newest intact entry and the file to continue in; closes a torn tail. */
  private void resume() throws IOException {
    lastSeq = 0;
    lastHash = EntryCodec.GENESIS;
    lastTime = null;
    List<Path> files = listFiles(dir);
    for (int i = files.size() - 1; i >= 0; i--) {
      Path f = files.get(i);
      if (Files.size(f) == 0) {
        continue;
      }
      if (closeTornTail(f)) {
        // keep looking in the same file: the entry before the torn one is the head
      }
      Optional<AuditEntry> last = lastEntry(f);
      if (last.isPresent()) {
        lastSeq = last.get().seq();
        lastHash = last.get().hash();
        lastTime = last.get().timestamp();
        break;
      }
    }
    if (!files.isEmpty()) {
      LocalDate newest = dayOf(files.get(files.size() - 1));
      if (outDay == null || !outDay.equals(newest)) {
        switchTo(newest);
      }
    }
    tailUncertain = false;
  }

  /** If the file does not end in a newline, the last write was torn: end it, never cut it. */
  private boolean closeTornTail(Path f) throws IOException {
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long size = ch.size();
      ByteBuffer last = ByteBuffer.allocate(1);
      ch.read(last, size - 1);
      if (last.get(0) == '\n') {
        return false;
      }
      ch.position(size);
      ch.write(ByteBuffer.wrap(new byte[] {'\n'}));
      ch.force(true);
    }
    String note = f.getFileName() + ": last line was incomplete (crash during a write); ended it with a newline";
    recoveryNotes.add(note);
    pendingTornNote = note;
    LOG.warn("audit log: {}", note);
    return true;
  }

  /** The last line of {@code f} that decodes as an entry, searching back from the end. */
  private static Optional<AuditEntry> lastEntry(Path f) throws IOException {
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
      long size = ch.size();
      int window = (int) Math.min(size, TAIL_WINDOW);
      ByteBuffer buf = ByteBuffer.allocate(window);
      ch.read(buf, size - window);
      String tail = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
      String[] lines = tail.split("\n", -1);
      // lines[0] may be cut by the window; only use it if the window covers the whole file.
      int first = window == size ? 0 : 1;
      for (int i = lines.length - 1; i >= first; i--) {
        if (lines[i].isEmpty()) {
          continue;
        }
        EntryCodec.Parsed p = EntryCodec.decode(lines[i]);
        if (p.isEntry()) {
          return Optional.of(p.entry());
        }
      }
    }
    if (Files.size(f) > TAIL_WINDOW) {
      throw new AuditException(
          f.getFileName() + ": no readable entry near the end; run 'moltr audit verify' before writing");
    }
    // A small file without any entry holds only a torn first write: the head is in an older file.
    return Optional.empty();
  }

  static List<Path> listFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(HashChainedLog::isAuditFile).sorted().toList();
    }
  }

  static boolean isAuditFile(Path p) {
    String n = p.getFileName().toString();
    if (!n.startsWith(PREFIX) || !n.endsWith(SUFFIX) || !Files.isRegularFile(p)) {
      return false;
    }
    try {
      dayOf(p);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  static LocalDate dayOf(Path p) {
    String n = p.getFileName().toString();
    return LocalDate.parse(n.substring(PREFIX.length(), n.length() - SUFFIX.length()));
  }
}
