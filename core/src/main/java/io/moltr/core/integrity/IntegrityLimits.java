package io.moltr.core.integrity;

/**
 * Bounds on a scan, so that a misconfigured root (say {@code /}) fails with a message instead
 * of hashing the disk. The defaults fit a config directory, honeypots and a few hundred jars.
 */
public record IntegrityLimits(int maxFiles, long maxFileBytes, long maxTotalBytes) {
  public static final IntegrityLimits DEFAULT = new IntegrityLimits(10_000, 256L << 20, 2L << 30);
}
