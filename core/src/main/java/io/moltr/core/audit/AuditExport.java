package io.moltr.core.audit;

/**
 * The raw bytes of the audit files (oldest first, concatenated) and their SHA-256, for the
 * {@code X-Checksum-SHA256} header; {@link AuditVerifier#verifyBytes} checks such an export.
 */
public record AuditExport(String fileName, byte[] bytes, String sha256Hex) {
  public AuditExport {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }
}
