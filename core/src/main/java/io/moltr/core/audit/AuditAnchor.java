package io.moltr.core.audit;

/**
 * The last entry someone has seen (from {@link HashChainedLog#head()} or a previous export).
 * Only an anchor kept outside the file reveals entries cut off the end of the log.
 */
public record AuditAnchor(long seq, String hash) {}
