/**
 * The WORM audit log (TOMs 2.3). {@link io.moltr.core.audit.HashChainedLog} appends hash-chained
 * JSON lines to {@code data/audit/audit-YYYY-MM-DD.jsonl}, fsynced per entry, one writer per
 * directory (file lock), rotated by UTC day, kept one year. {@link
 * io.moltr.core.audit.AuditVerifier} names every modified, deleted, inserted, reordered or
 * truncated entry and every torn line; {@link io.moltr.core.audit.HashChainedLog#export()} gives
 * the bytes and SHA-256 for {@code GET /killswitch/audit}.
 */
package io.moltr.core.audit;
