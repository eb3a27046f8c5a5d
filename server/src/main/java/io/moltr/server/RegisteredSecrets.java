package io.moltr.server;

import io.moltr.core.scan.OutputScanner;
import io.moltr.core.vault.SecretVault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the scanner's registered secrets equal to the vault's content: after every change made
 * through the API, and when `moltr secrets` changed the file while the server runs.
 */
final class RegisteredSecrets {
  private static final Logger LOG = LoggerFactory.getLogger(RegisteredSecrets.class);
  private final SecretVault vault;
  private final Supplier<OutputScanner> scanner;
  private volatile FileTime seen;

  RegisteredSecrets(SecretVault vault, Supplier<OutputScanner> scanner) {
    this.vault = vault;
    this.scanner = scanner;
  }

  /** Reloads the values into the scanner in force; never logs them. */
  synchronized int refresh() {
    Map<String, String> values = vault.values();
    scanner.get().setRegisteredSecrets(values);
    seen = modified();
    return values.size();
  }

  /** Gives a newly built scanner the current values (before it goes live). */
  synchronized void apply(OutputScanner next) {
    next.setRegisteredSecrets(vault.values());
  }

  /** Reloads when the file changed behind the server's back. */
  void refreshIfChanged() {
    FileTime now = modified();
    if (now != null && !now.equals(seen)) {
      int n = refresh();
      LOG.info("registered secrets reloaded from {} ({} entries)", vault.file().getFileName(), n);
    }
  }

  private FileTime modified() {
    try {
      return Files.exists(vault.file()) ? Files.getLastModifiedTime(vault.file()) : null;
    } catch (IOException e) {
      return null;
    }
  }
}
