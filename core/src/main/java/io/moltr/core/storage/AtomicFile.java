package io.moltr.core.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;

/**
 * Writes state files so that a crash at any instant leaves either the old or the new content,
 * never a mix: temp file in the same directory, fsync, atomic rename, fsync of the directory.
 * Files are created owner-only (0600) where the file system knows POSIX permissions.
 */
public final class AtomicFile {
  /** Temp files carry this infix so that a later open can sweep leftovers of a crash. */
  public static final String TEMP_INFIX = ".tmp-";

  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

  private AtomicFile() {}

  /** Replaces {@code target} with {@code content} atomically and durably. */
  public static void write(Path target, byte[] content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    createDirectories(dir);
    Path temp = dir.resolve(target.getFileName() + TEMP_INFIX + UUID.randomUUID());
    try {
      try (FileChannel ch =
          FileChannel.open(
              temp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly(dir))) {
        ByteBuffer buf = ByteBuffer.wrap(content);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // Same directory, so this only happens on exotic file systems; refuse rather than tear.
        throw new IOException("file system cannot rename atomically in " + dir, e);
      }
      fsyncDirectory(dir);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Creates a new empty owner-only file (no-op if it exists); used for append-only logs. */
  public static void createOwnerOnly(Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    createDirectories(dir);
    try {
      Files.createFile(file, ownerOnly(dir));
      fsyncDirectory(dir);
    } catch (FileAlreadyExistsException e) {
      // fine: another writer or an earlier run created it
    }
  }

  /** Creates directories owner-only where the file system supports it. */
  public static void createDirectories(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    if (supportsPosix(dir)) {
      Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
    } else {
      Files.createDirectories(dir);
    }
  }

  /** Makes a rename or a file creation in {@code dir} durable. Ignored where the OS refuses. */
  public static void fsyncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // Windows cannot open directories; the rename is still atomic there, only less durable.
    }
  }

  /** Removes temp files left by a crash in the middle of {@link #write}. */
  public static void sweepTemps(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    if (!Files.isDirectory(dir)) {
      return;
    }
    String prefix = target.getFileName() + TEMP_INFIX;
    try (var files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        if (p.getFileName().toString().startsWith(prefix)) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static FileAttribute<?>[] ownerOnly(Path dir) {
    return supportsPosix(dir)
        ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
        : new FileAttribute<?>[0];
  }

  private static boolean supportsPosix(Path p) {
    return p.getFileSystem().supportedFileAttributeViews().contains("posix");
  }
}
