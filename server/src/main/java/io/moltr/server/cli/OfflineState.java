package io.moltr.server.cli;

import io.moltr.core.audit.HashChainedLog;
import io.moltr.server.SafetyState;
import java.nio.file.Path;

/**
 * Opening the state a running server owns, from a command. The server holds the audit log's
 * lock for as long as it runs; a change made here that must be audited is then refused before
 * anything is changed, with the endpoint to use instead.
 */
final class OfflineState {
  private OfflineState() {}

  /** @param useInstead what to do while the server runs, e.g. "use POST /integrity/baseline" */
  static HashChainedLog openAudit(Path dataDir, String useInstead) {
    Path dir = SafetyState.auditDirectory(dataDir);
    if (HashChainedLog.heldByAnotherWriter(dir)) {
      throw new IllegalStateException("the server is running: " + useInstead
          + " (its audit log " + dir + " is locked; nothing was changed)");
    }
    return HashChainedLog.open(dir);
  }

  /** Who did it, as the audit log records a local operator: the OS account, no address. */
  static String actor() {
    return "cli:" + System.getProperty("user.name", "unknown");
  }
}
