package io.moltr.server.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Client addresses and names become fixed-length digests in Redis keys: bounded, and nothing readable. */
final class ClusterKeys {
  private ClusterKeys() {}

  static String digest(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest((s == null ? "" : s).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
