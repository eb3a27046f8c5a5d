package io.moltr.core.integrity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.moltr.core.storage.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SHA-256 baseline of the watched roots, stored as {@code baseline.json} and signed with
 * HMAC-SHA256 under MOLTR_WATCHDOG_HMAC_KEY: whoever edits a file and the baseline together
 * still fails the signature. {@link #verify()} names each modified, deleted and added file;
 * {@link #start} repeats it on a daemon thread and calls the listener on every violated check.
 *
 * <p>File format: {@code {"body":{"version":1,"created":..,"roots":{name:path},
 * "files":{name:"sha256:<hex>"|"symlink:<sha256 of target>"}},"hmac":"<hex>"}}; the HMAC covers
 * the body serialised with sorted keys and no spaces.
 */
public final class IntegrityWatchdog implements AutoCloseable {
  static final int MIN_KEY_LENGTH = 16;
  private static final Logger LOG = LoggerFactory.getLogger(IntegrityWatchdog.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper CANONICAL =
      new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private final Path baselineFile;
  private final List<WatchedRoot> roots;
  private final SecretKeySpec key;
  private final IntegrityLimits limits;
  private final Clock clock;
  private ScheduledExecutorService scheduler;
  private volatile IntegrityReport lastReport;
  // Counted for the metrics: a watchdog that silently stopped running looks like a clean one.
  private final AtomicLong runs = new AtomicLong();
  private final AtomicLong violations = new AtomicLong();
  private volatile Instant lastRun;

  /**
   * @param baselineFile usually {@code data/integrity/baseline.json}
   * @param hmacKey MOLTR_WATCHDOG_HMAC_KEY, at least 16 characters (used as its UTF-8 bytes)
   */
  public IntegrityWatchdog(Path baselineFile, List<WatchedRoot> roots, String hmacKey) {
    this(baselineFile, roots, hmacKey, IntegrityLimits.DEFAULT, Clock.systemUTC());
  }

  public IntegrityWatchdog(
      Path baselineFile, List<WatchedRoot> roots, String hmacKey, IntegrityLimits limits, Clock clock) {
    if (hmacKey == null || hmacKey.length() < MIN_KEY_LENGTH) {
      throw new IllegalArgumentException("watchdog HMAC key must be at least " + MIN_KEY_LENGTH + " characters");
    }
    if (roots.stream().map(WatchedRoot::name).distinct().count() != roots.size()) {
      throw new IllegalArgumentException("watched root names must be unique");
    }
    this.baselineFile = baselineFile;
    this.roots = List.copyOf(roots);
    this.key = new SecretKeySpec(hmacKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.limits = limits;
    this.clock = clock;
  }

  /**
   * Hashes every watched file and writes the signed baseline (after a deployment; the caller
   * audits it). Returns how many files it holds.
   *
   * @throws IntegrityException if a limit is exceeded or a file cannot be read
   */
  public synchronized int baseline() {
    Map<String, String> files = scan();
    Map<String, Object> body = new TreeMap<>();
    body.put("version", 1);
    body.put("created", clock.instant().toString());
    Map<String, String> rootPaths = new TreeMap<>();
    roots.forEach(r -> rootPaths.put(r.name(), r.path().toString()));
    body.put("roots", rootPaths);
    body.put("files", files);
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("body", body);
    doc.put("hmac", sign(canonical(body)));
    try {
      AtomicFile.write(baselineFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(doc));
    } catch (IOException e) {
      throw new IntegrityException("cannot write " + baselineFile + ": " + e.getMessage(), e);
    }
    return files.size();
  }

  /** Compares the watched files with the signed baseline. Never throws: failures are problems. */
  public IntegrityReport verify() {
    Instant now = clock.instant();
    runs.incrementAndGet();
    lastRun = now;
    List<String> problems = new ArrayList<>();
    Map<String, String> expected = readBaseline(problems);
    if (expected == null) {
      return remember(new IntegrityReport(now, 0, List.of(), problems));
    }
    Map<String, String> actual;
    try {
      actual = scan();
    } catch (IntegrityException e) {
      problems.add(e.getMessage());
      return remember(new IntegrityReport(now, 0, List.of(), problems));
    }
    List<FileChange> changes = new ArrayList<>();
    TreeMap<String, Boolean> names = new TreeMap<>();
    expected.keySet().forEach(n -> names.put(n, true));
    actual.keySet().forEach(n -> names.put(n, true));
    for (String n : names.keySet()) {
      String was = expected.get(n);
      String is = actual.get(n);
      if (was == null) {
        changes.add(new FileChange(n, FileChange.Kind.ADDED));
      } else if (is == null) {
        changes.add(new FileChange(n, FileChange.Kind.DELETED));
      } else if (!was.equals(is)) {
        changes.add(new FileChange(n, FileChange.Kind.MODIFIED));
      }
    }
    return remember(new IntegrityReport(now, actual.size(), changes, problems));
  }

  /** How many checks ran since this watchdog was made, scheduled and manual ({@link #verify()}) alike. */
  public long runs() {
    return runs.get();
  }

  /** How many of those checks found a violation (a change or a problem). */
  public long violations() {
    return violations.get();
  }

  /** When the latest check started, if one ran. */
  public Optional<Instant> lastRun() {
    return Optional.ofNullable(lastRun);
  }

  /** The latest check's report, for {@code GET /integrity/status}. */
  public Optional<IntegrityReport> lastReport() {
    return Optional.ofNullable(lastReport);
  }

  /**
   * Checks every {@code interval} on a daemon thread and hands each violated report to {@code
   * onViolation} (every time, while the violation lasts; the kill switch ignores repeats).
   */
  public synchronized void start(Duration interval, Consumer<IntegrityReport> onViolation) {
    if (scheduler != null) {
      throw new IllegalStateException("the watchdog is already running");
    }
    if (interval.isZero() || interval.isNegative()) {
      throw new IllegalArgumentException("watchdog interval must be positive");
    }
    scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "moltr-integrity-watchdog");
      t.setDaemon(true);
      return t;
    });
    long millis = interval.toMillis();
    scheduler.scheduleWithFixedDelay(() -> check(onViolation), millis, millis, TimeUnit.MILLISECONDS);
  }

  /** Stops the background checks; a running check finishes first. */
  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      try {
        scheduler.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      scheduler = null;
    }
  }

  public synchronized boolean running() {
    return scheduler != null;
  }

  @Override
  public void close() {
    stop();
  }

  // ---------------------------------------------------------------------------------------

  private void check(Consumer<IntegrityReport> onViolation) {
    IntegrityReport report;
    try {
      report = verify();
    } catch (RuntimeException e) {
      // A check that cannot run is a violation: fail closed.
      report = remember(new IntegrityReport(clock.instant(), 0, List.of(), List.of("check failed: " + e)));
    }
    if (report.violated()) {
      try {
        onViolation.accept(report);
      } catch (RuntimeException e) {
        LOG.error("integrity violation listener failed: {}", e.toString());
      }
    }
  }

  private IntegrityReport remember(IntegrityReport r) {
    if (r.violated()) {
      violations.incrementAndGet();
    }
    lastReport = r;
    return r;
  }

  /** The baseline's files if it is present and its signature holds; else null and a problem. */
  private Map<String, String> readBaseline(List<String> problems) {
    JsonNode doc;
    try {
      doc = JSON.readTree(Files.readAllBytes(baselineFile));
    } catch (NoSuchFileException e) {
      problems.add("no baseline at " + baselineFile + "; create one with 'moltr integrity baseline'");
      return null;
    } catch (IOException e) {
      problems.add("baseline " + baselineFile.getFileName() + " is unreadable or not JSON");
      return null;
    }
    if (doc == null || !doc.path("body").isObject() || !doc.path("hmac").isTextual()) {
      problems.add("baseline " + baselineFile.getFileName() + " lacks its body or signature");
      return null;
    }
    Map<?, ?> body = JSON.convertValue(doc.get("body"), Map.class);
    byte[] expected = HexFormat.of().parseHex(hexOrEmpty(doc.get("hmac").asText()));
    byte[] actual = HexFormat.of().parseHex(sign(canonical(body)));
    if (!MessageDigest.isEqual(expected, actual)) {
      problems.add("baseline signature does not match: the baseline was altered or the HMAC key changed");
      return null;
    }
    JsonNode rootsNode = doc.get("body").path("roots");
    Map<String, String> nowRoots = new TreeMap<>();
    roots.forEach(r -> nowRoots.put(r.name(), r.path().toString()));
    Map<String, String> thenRoots = new TreeMap<>();
    rootsNode.properties().forEach(e -> thenRoots.put(e.getKey(), e.getValue().asText()));
    if (!nowRoots.equals(thenRoots)) {
      problems.add("watched roots differ from the baseline's " + thenRoots.keySet() + "; re-baseline after changing them");
    }
    Map<String, String> files = new TreeMap<>();
    doc.get("body").path("files").properties().forEach(e -> files.put(e.getKey(), e.getValue().asText()));
    return files;
  }

  private static String hexOrEmpty(String s) {
    return s.length() % 2 == 0 && s.chars().allMatch(c -> Character.digit(c, 16) >= 0) ? s : "";
  }

  /** name -> fingerprint of every file under every root, bounded by the limits. */
  private Map<String, String> scan() {
    Map<String, String> files = new TreeMap<>();
    long[] total = {0};
    for (WatchedRoot root : roots) {
      Path base = root.path();
      if (!Files.exists(base, LinkOption.NOFOLLOW_LINKS)) {
        continue; // an absent root has no files; files appearing later are ADDED
      }
      try {
        Files.walkFileTree(base, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            String rel = base.relativize(file).toString().replace('\\', '/');
            String name = rel.isEmpty() ? root.name() : root.name() + "/" + rel;
            if (files.size() >= limits.maxFiles()) {
              throw new IntegrityException(root.name() + ": more than " + limits.maxFiles()
                  + " files in the watched roots; narrow the root or raise the limit");
            }
            files.put(name, fingerprint(file, attrs, name, total));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            throw new IntegrityException("cannot read " + file + ": " + e.getClass().getSimpleName());
          }
        });
      } catch (IOException e) {
        throw new IntegrityException("cannot walk " + base + ": " + e.getMessage(), e);
      }
    }
    return files;
  }

  private String fingerprint(Path file, BasicFileAttributes attrs, String name, long[] total) throws IOException {
    if (attrs.isSymbolicLink()) {
      return "symlink:" + sha256(Files.readSymbolicLink(file).toString().getBytes(StandardCharsets.UTF_8));
    }
    if (!attrs.isRegularFile()) {
      return "other";
    }
    if (attrs.size() > limits.maxFileBytes()) {
      throw new IntegrityException(name + " is larger than " + limits.maxFileBytes() + " bytes; raise the limit or stop watching it");
    }
    total[0] += attrs.size();
    if (total[0] > limits.maxTotalBytes()) {
      throw new IntegrityException("watched files exceed " + limits.maxTotalBytes() + " bytes in total at " + name);
    }
    MessageDigest sha = sha256();
    byte[] buf = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        sha.update(buf, 0, n);
      }
    }
    return "sha256:" + HexFormat.of().formatHex(sha.digest());
  }

  private static String sha256(byte[] b) {
    return HexFormat.of().formatHex(sha256().digest(b));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static byte[] canonical(Object body) {
    try {
      return CANONICAL.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings always serialises", e);
    }
  }

  private String sign(byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(data));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java platform", e);
    }
  }
}
