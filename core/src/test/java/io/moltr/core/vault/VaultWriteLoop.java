package io.moltr.core.vault;

import java.nio.file.Path;

/** Subprocess body for the crash test: adds secrets forever, printing each name once stored. */
public final class VaultWriteLoop {
  public static void main(String[] args) {
    SecretVault vault = SecretVault.open(Path.of(args[0]), args[1]);
    for (int i = 0; ; i++) {
      vault.put("S" + i, valueOf(i));
      System.out.println("S" + i);
      System.out.flush();
    }
  }

  static String valueOf(int i) {
    return "value-" + i + "-" + "v".repeat(200);
  }
}
